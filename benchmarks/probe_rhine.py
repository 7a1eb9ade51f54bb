"""A Rhine-land bank and telco group after its mergers: German, Austrian, Swiss, Dutch and Belgian
customers in a German core-banking export, a Swiss/Austrian telco's CRM, a Dutch/Belgian
insurer's policy system (Dutch columns) and the group's web shop, stacked in one file (a
``Quellsystem`` column naming the system). No system but the bank and the shop has a country
column: where a phone number is dialled is told by the number alone.

* Core banking (``KERNBANK``): ``Kundennummer``, ``Anrede``, ``Nachname`` (now and then with a
  title, ``Dr. Müller``, or the birth name, ``Schulz geb. Meier``), ``Vorname`` (``Prof. Dr.
  Thomas``), ``Geburtsdatum`` (``14.03.1985``), ``Straße`` (``Hauptstraße``, ``Hauptstr.``,
  ``HAUPTSTRASSE``), ``Hausnummer`` (``12``, ``12a``, Austrian ``12/3/7``), ``PLZ``, ``Ort``,
  ``Land`` (``DE``, ``AT``, ...), ``Telefon`` (any country's number, any way), ``IBAN``
  (``DE89 3704 0044 0532 0130 00`` or unspaced; a couple's joint account on both),
  ``Steuer-ID`` (the customer's tax number for the CRS report: a German Steuer-ID, a Swiss AHV
  number, a Dutch BSN, a Belgian national number). Rows migrated from the old mainframe are in
  capitals with umlauts written out (``MUELLER``, ``JUERGEN``, ``STRASSE``).
* Telco CRM (``TELCO_CRM``), Swiss and Austrian lines and some German ones: ``Kunden-Nr.``,
  ``Name`` (``Müller, Thomas``, ``Huber Anna``, ``Mag. Gruber, Eva``), ``Mobile`` (``079 123 45
  67``, ``+41 79 123 45 67``, ``0041791234567``, ``0664 1234567``, ``+43 664 ...``), ``Festnetz``,
  ``E-Mail``, ``Geb.-Datum`` (``14.03.1985``, an agent's ``03.14.1985`` now and then),
  ``Adresse`` (``Bahnhofstrasse 12``), ``PLZ``, ``Ort``, ``AHV-Nr.`` (``756.1234.5678.97``, the
  EAN-13 check digit), ``IBAN`` (the direct debit's, often a parent's or partner's).
* Insurer (``VERZEKERAAR``), Dutch columns: ``polisnummer``, ``voorletters`` (``J.C.``),
  ``voornamen`` (all given names, as the register gives them), ``tussenvoegsel`` (``van der``,
  ``de``; in some rows left inside the surname), ``achternaam`` (the birth name: Dutch wives keep
  theirs in the register), ``geboortedatum`` (``14-03-1985``), ``geslacht``, ``straatnaam``,
  ``huisnummer`` (``12``, ``12a``, ``12-2``, ``12 bus 3``), ``postcode`` (``1012 AB``,
  ``1012AB``, Belgian ``2000``), ``woonplaats``, ``BSN`` (9 digits passing the 11-proof, its
  leading zero lost by a spreadsheet now and then), ``rijksregisternummer``
  (``85.03.14-123.45``), ``telefoonnummer`` (``06-12345678``, ``+31 6 12345678``, ``0475 12 34
  56``), ``e-mailadres``, ``rekeningnummer`` (an IBAN).
* Web shop (``WEBSHOP``), typed by customers: ``customer_id``, ``full_name`` (``Thomas
  Mueller``, ``dr. anna meier-schulz``, ``Jan vd Berg``, ``Berg, Jan van den``), ``email``,
  ``phone`` (as typed), ``street_address`` (``Hauptstr. 12``), ``zip`` (a German ``01067`` that
  lost its zero, ``D-10115``, ``CH-8001``), ``city``, ``country`` (a drop-down), ``birthday``.

What makes it hard: very common surnames (``Müller``, ``Schmidt``, ``Meier``, ``Huber``,
``Gruber``, ``de Jong``, ``Jansen``, ``Peeters``, ``Janssens``) and given names; umlauts kept,
written out or dropped (``Müller``/``Mueller``/``Muller``, ``ß`` as ``ss``); Dutch particles in
their own column, inside the surname, after it (``Berg, van den``) or glued (Belgian
``Vandenbroeck``); double-barrelled and birth names (``Meier-Schulz``, ``geb. Schmidt``,
``Jansen-de Vries`` in daily life and ``de Vries`` in the register); academic titles in name
fields (``Dr.``, ``Prof. Dr.``, ``Dipl.-Ing.``, Austrian ``Mag.`` and ``DI``, Dutch ``drs.``,
``ir.``, ``mr.``); Dutch roepnamen (``Kees`` for ``Cornelis``) beside the register's given
names; street abbreviations; postcodes of four shapes; households sharing a landline, an
address, a family e-mail and a joint account (and parents paying their children's lines and
policies); fathers and sons of one name; people who moved across a border (a new country's
address and mobile in some systems, the old ones in others); birth dates with day and month
swapped; phones written nationally (Swiss ``079``, Dutch ``06``) with no country beside them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from draws import TODAY, Draws, wpick

COUNTRIES = {"DE": 40, "AT": 15, "CH": 15, "NL": 18, "BE": 12}

DE_M = {"Thomas": 8, "Michael": 8, "Andreas": 7, "Stefan": 6, "Peter": 5, "Frank": 4, "Markus": 5,
        "Christian": 5, "Klaus": 4, "Jürgen": 4, "Wolfgang": 4, "Uwe": 3, "Jan": 3, "Tobias": 3,
        "Daniel": 4, "Alexander": 4, "Sebastian": 4, "Lukas": 3, "Jonas": 3, "Felix": 2, "Günter": 2,
        "Jörg": 3, "Björn": 2, "Matthias": 4, "Hans-Peter": 2, "Karl-Heinz": 2, "Maximilian": 2}  # fmt: skip
DE_F = {"Sabine": 6, "Petra": 5, "Andrea": 6, "Susanne": 5, "Claudia": 5, "Monika": 4, "Anna": 5,
        "Julia": 5, "Katharina": 4, "Stefanie": 4, "Laura": 3, "Lena": 3, "Jana": 3, "Sarah": 3,
        "Ursula": 3, "Bärbel": 2, "Jutta": 2, "Renate": 3, "Birgit": 3, "Gabriele": 3, "Anne-Marie": 1,
        "Käthe": 1, "Maria": 4}  # fmt: skip
DE_SN = {"Müller": 16, "Schmidt": 13, "Schneider": 7, "Fischer": 7, "Weber": 6, "Meyer": 6, "Wagner": 5,
         "Becker": 5, "Schulz": 5, "Hoffmann": 5, "Schäfer": 4, "Koch": 4, "Bauer": 4, "Richter": 4,
         "Klein": 4, "Wolf": 4, "Schröder": 4, "Neumann": 3, "Schwarz": 3, "Zimmermann": 3, "Braun": 3,
         "Krüger": 3, "Hofmann": 3, "Hartmann": 3, "Lange": 3, "Weiß": 3, "Groß": 2, "Köhler": 2,
         "Jäger": 2, "Böhm": 2, "Meier": 4, "Schmitz": 3, "Krause": 3, "Lehmann": 3, "Vogel": 2,
         "Friedrich": 2, "Günther": 2, "Jung": 2, "Hahn": 2, "Keller": 2, "Yılmaz": 2, "Kaya": 1,
         "Nowak": 1, "Kowalski": 1}  # fmt: skip
AT_M = {"Johann": 5, "Josef": 5, "Franz": 5, "Lukas": 4, "Florian": 4, "Markus": 4, "Michael": 5,
        "Thomas": 5, "Christian": 4, "Stefan": 4, "Wolfgang": 3, "Gerhard": 3, "Manfred": 3,
        "Alexander": 3, "Martin": 4, "David": 3, "Jakob": 2, "Andreas": 4}  # fmt: skip
AT_F = {"Maria": 7, "Elisabeth": 5, "Anna": 5, "Christina": 4, "Katharina": 4, "Sandra": 4,
        "Barbara": 4, "Sabine": 3, "Birgit": 3, "Eva": 3, "Johanna": 3, "Theresa": 3, "Julia": 4,
        "Lena": 3, "Sophie": 3, "Andrea": 3}  # fmt: skip
AT_SN = {"Gruber": 10, "Huber": 10, "Bauer": 7, "Wagner": 7, "Müller": 7, "Pichler": 6, "Steiner": 6,
         "Moser": 5, "Mayer": 5, "Hofer": 5, "Leitner": 4, "Berger": 4, "Fuchs": 4, "Eder": 4,
         "Fischer": 4, "Schmid": 4, "Winkler": 3, "Weber": 3, "Schwarz": 3, "Maier": 3, "Reiter": 3,
         "Mayr": 3, "Wimmer": 3, "Egger": 3, "Brunner": 3, "Lang": 2, "Baumgartner": 3, "Auer": 3,
         "Binder": 2, "Lechner": 2, "Wallner": 2, "Aigner": 2, "Ebner": 2, "Koller": 2, "Haas": 2,
         "Pölzl": 1, "Höller": 1, "Strauß": 1}  # fmt: skip
CH_M = {"Daniel": 5, "Thomas": 5, "Peter": 5, "Hans": 4, "Martin": 5, "Beat": 4, "Urs": 4, "Reto": 3,
        "Marco": 4, "Stefan": 4, "Andreas": 4, "Christian": 4, "Lukas": 3, "Luca": 3, "Jürg": 2,
        "Roger": 2, "Patrick": 3, "Simon": 3}  # fmt: skip
CH_F = {"Ursula": 4, "Ruth": 3, "Verena": 3, "Monika": 4, "Regula": 3, "Barbara": 4, "Corinne": 3,
        "Nicole": 4, "Sandra": 4, "Daniela": 4, "Andrea": 4, "Esther": 3, "Brigitte": 3, "Laura": 3,
        "Sarah": 3, "Lea": 3, "Anna": 3}  # fmt: skip
CH_SN = {"Müller": 10, "Meier": 8, "Schmid": 8, "Keller": 6, "Weber": 6, "Huber": 5, "Schneider": 5,
         "Meyer": 5, "Steiner": 4, "Fischer": 4, "Gerber": 4, "Brunner": 4, "Baumann": 4, "Frei": 4,
         "Zimmermann": 3, "Moser": 3, "Widmer": 3, "Wyss": 3, "Graf": 3, "Roth": 3, "Bühler": 3,
         "Sutter": 2, "Kälin": 2, "Zürcher": 2, "Rossi": 2, "Favre": 1, "Bachmann": 3, "Hess": 2}  # fmt: skip
#: Dutch given names as the register has them, and the roepnaam used.
NL_M = {"Johannes": 5, "Cornelis": 4, "Hendrik": 4, "Pieter": 4, "Jan": 5, "Willem": 4, "Gerrit": 3,
        "Jacobus": 3, "Daan": 3, "Sem": 2, "Lucas": 3, "Thijs": 3, "Bram": 3, "Ruben": 3, "Jeroen": 4,
        "Martijn": 4, "Niels": 3, "Sander": 3, "Bas": 2, "Dennis": 2}  # fmt: skip
NL_F = {"Maria": 5, "Johanna": 4, "Anna": 3, "Cornelia": 3, "Elisabeth": 3, "Wilhelmina": 2,
        "Emma": 3, "Sophie": 3, "Julia": 3, "Lotte": 3, "Sanne": 4, "Fleur": 2, "Anouk": 3,
        "Linda": 3, "Marieke": 3, "Inge": 3, "Esther": 2, "Femke": 3}  # fmt: skip
ROEPNAAM = {"Johannes": ["Hans", "Jan", "Johan"], "Cornelis": ["Kees", "Cor"], "Hendrik": ["Henk"],
            "Jacobus": ["Jaap", "Koos"], "Willem": ["Wim"], "Gerrit": ["Gert"], "Pieter": ["Piet"],
            "Maria": ["Marja", "Mieke", "Ria"], "Johanna": ["Joke", "Annie"], "Cornelia": ["Corrie", "Nel"],
            "Elisabeth": ["Els", "Lies"], "Wilhelmina": ["Willeke", "Mien"]}  # fmt: skip
#: (tussenvoegsel, stem)
NL_SN = {("de", "Jong"): 12, ("", "Jansen"): 11, ("de", "Vries"): 10, ("van den", "Berg"): 8,
         ("van", "Dijk"): 8, ("", "Bakker"): 8, ("", "Janssen"): 7, ("", "Visser"): 7, ("", "Smit"): 6,
         ("", "Meijer"): 6, ("de", "Boer"): 6, ("", "Mulder"): 5, ("de", "Groot"): 5, ("", "Bos"): 5,
         ("", "Vos"): 4, ("", "Peters"): 4, ("", "Hendriks"): 4, ("van", "Leeuwen"): 4, ("", "Dekker"): 4,
         ("", "Brouwer"): 3, ("de", "Wit"): 3, ("", "Dijkstra"): 3, ("", "Smits"): 3, ("de", "Graaf"): 3,
         ("van der", "Meer"): 4, ("van der", "Linden"): 3, ("", "Kok"): 3, ("de", "Haan"): 3,
         ("", "Vermeulen"): 3, ("van den", "Heuvel"): 3, ("van der", "Veen"): 3, ("van den", "Broek"): 3,
         ("de", "Bruijn"): 2, ("van", "Beek"): 2, ("in 't", "Veld"): 1, ("", "Yilmaz"): 1}  # fmt: skip
BE_M = {"Jan": 4, "Luc": 4, "Marc": 4, "Peter": 4, "Koen": 4, "Bart": 4, "Wim": 3, "Tom": 3, "Dirk": 3,
        "Geert": 3, "Stijn": 3, "Pieter": 2, "Jean": 3, "Pierre": 2, "Philippe": 2, "Michel": 2,
        "Lucas": 2, "Arne": 2}  # fmt: skip
BE_F = {"Marie": 3, "An": 3, "Els": 4, "Sofie": 4, "Katrien": 3, "Nathalie": 3, "Sarah": 3, "Lien": 3,
        "Ine": 2, "Hilde": 3, "Kristel": 2, "Isabelle": 2, "Christine": 2, "Nele": 3, "Eline": 2,
        "Lotte": 2}  # fmt: skip
BE_SN = {"Peeters": 12, "Janssens": 11, "Maes": 8, "Jacobs": 7, "Mertens": 7, "Willems": 6, "Claes": 6,
         "Goossens": 5, "Wouters": 5, "De Smet": 5, "Dubois": 3, "Lambert": 3, "Dupont": 3,
         "Van den Broeck": 4, "Vandenberghe": 3, "Van Damme": 4, "De Backer": 3, "Vermeulen": 4,
         "Hermans": 3, "Pauwels": 3, "Van de Velde": 3, "De Clercq": 3, "Verstraete": 2,
         "Van Acker": 2}  # fmt: skip
GIVEN = {"DE": (DE_M, DE_F), "AT": (AT_M, AT_F), "CH": (CH_M, CH_F), "NL": (NL_M, NL_F),
         "BE": (BE_M, BE_F)}  # fmt: skip
TITLES = {"DE": {"Dr.": 5, "Prof. Dr.": 1, "Dipl.-Ing.": 2}, "AT": {"Mag.": 6, "Dr.": 4, "DI": 3, "Ing.": 2},
          "CH": {"Dr.": 4}, "NL": {"drs.": 3, "ir.": 2, "mr.": 2, "dr.": 1}, "BE": {"Dr.": 2}}  # fmt: skip
TITLE_SHARE = {"DE": 0.07, "AT": 0.14, "CH": 0.04, "NL": 0.06, "BE": 0.02}

# (city, postcode maker's range, landline area code)
DE_CITIES = [("Berlin", (10115, 14199), "030"), ("Hamburg", (20095, 22769), "040"),
             ("München", (80331, 81929), "089"), ("Köln", (50667, 51149), "0221"),
             ("Frankfurt am Main", (60306, 60599), "069"), ("Düsseldorf", (40210, 40629), "0211"),
             ("Aachen", (52062, 52080), "0241"), ("Dresden", (1067, 1328), "0351"),
             ("Leipzig", (4103, 4357), "0341"), ("Stuttgart", (70173, 70629), "0711"),
             ("Freiburg im Breisgau", (79098, 79117), "0761"), ("Kleve", (47533, 47533), "02821")]  # fmt: skip
AT_CITIES = [("Wien", None, "01"), ("Graz", (8010, 8055), "0316"), ("Linz", (4020, 4040), "0732"),
             ("Salzburg", (5020, 5026), "0662"), ("Innsbruck", (6020, 6080), "0512"),
             ("Bregenz", (6900, 6900), "05574")]  # fmt: skip
CH_CITIES = [("Zürich", (8001, 8057), "044"), ("Bern", (3011, 3027), "031"), ("Basel", (4051, 4059), "061"),
             ("Luzern", (6003, 6006), "041"), ("St. Gallen", (9000, 9016), "071"),
             ("Winterthur", (8400, 8411), "052")]  # fmt: skip
NL_CITIES = [("Amsterdam", (1011, 1109), "020"), ("Rotterdam", (3011, 3089), "010"),
             ("Den Haag", (2511, 2599), "070"), ("Utrecht", (3511, 3585), "030"),
             ("Eindhoven", (5611, 5658), "040"), ("Groningen", (9711, 9747), "050"),
             ("Maastricht", (6211, 6229), "043"), ("Venlo", (5911, 5928), "077")]  # fmt: skip
BE_CITIES = [("Antwerpen", (2000, 2660), "03"), ("Gent", (9000, 9052), "09"), ("Brussel", (1000, 1210), "02"),
             ("Leuven", (3000, 3012), "016"), ("Brugge", (8000, 8310), "050"), ("Hasselt", (3500, 3512), "011"),
             ("Liège", (4000, 4032), "04")]  # fmt: skip
CITIES = {"DE": DE_CITIES, "AT": AT_CITIES, "CH": CH_CITIES, "NL": NL_CITIES, "BE": BE_CITIES}
STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße",
           "Lindenstraße", "Kirchstraße", "Goethestraße", "Schillerstraße", "Mozartstraße", "Ringstraße",
           "Waldweg", "Birkenweg", "Am Markt", "Friedrichstraße", "Kastanienallee", "Uhlandstraße"],
    "AT": ["Hauptstraße", "Mariahilfer Straße", "Wiener Straße", "Kirchengasse", "Schulgasse",
           "Herrengasse", "Linzer Straße", "Bahnhofstraße", "Grazer Straße", "Lindengasse", "Am Anger"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchweg", "Schulhausstrasse",
           "Zürcherstrasse", "Bergstrasse", "Gartenstrasse", "Rosenweg", "Bernstrasse"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianalaan",
           "Beatrixlaan", "Wilhelminastraat", "Prinsengracht", "Hoofdstraat", "Parallelweg",
           "Nieuwe Binnenweg", "Oranjelaan", "Vondelstraat"],
    "BE": ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Dorpstraat", "Rue de la Station",
           "Chaussée de Louvain", "Molenstraat", "Kapelstraat", "Schoolstraat", "Leopoldlaan", "Meir"],
}  # fmt: skip
MAIL = {"DE": {"gmx.de": 25, "web.de": 25, "t-online.de": 15, "gmail.com": 25, "outlook.de": 10},
        "AT": {"gmx.at": 30, "aon.at": 20, "gmail.com": 30, "chello.at": 10, "a1.net": 10},
        "CH": {"bluewin.ch": 35, "gmx.ch": 20, "gmail.com": 30, "sunrise.ch": 15},
        "NL": {"hotmail.com": 25, "ziggo.nl": 20, "kpnmail.nl": 15, "gmail.com": 30, "xs4all.nl": 10},
        "BE": {"telenet.be": 30, "skynet.be": 20, "gmail.com": 35, "hotmail.com": 15}}  # fmt: skip
CC = {"DE": "49", "AT": "43", "CH": "41", "NL": "31", "BE": "32"}
LAND = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "NL": "Nederland", "BE": "België"}
#: Where people move across a border to.
MOVES = {
    "DE": ["NL", "CH", "AT"],
    "AT": ["DE", "CH"],
    "CH": ["DE"],
    "NL": ["BE", "DE"],
    "BE": ["NL"],
}


def ascii_de(s: str) -> str:
    """Umlauts and ß written out, as old systems and foreign keyboards have them."""
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i")
    return s


def bare(s: str) -> str:
    """Diacritics dropped (``Muller``)."""
    s = s.replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def iban(country: str, bban: str) -> str:
    """An IBAN with its mod-97 check digits."""
    digits = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def steuer_id_digit(body: str) -> str:
    """The German tax id's check digit (ISO 7064 MOD 11,10)."""
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def ean13_digit(body: str) -> str:
    """The EAN-13 check digit a Swiss AHV number ends with."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


class Rhine(Draws):
    SLIP_LETTERS = "aeiounrlst"

    def population(self) -> None:
        r = self.rnd
        self.dialled: dict[
            str, tuple[str, int]
        ] = {}  # a number's country code and area code's length
        while len(self.persons) < self.n:
            country = wpick(r, COUNTRIES)
            home = self.address(country)
            landline = self.landline(country, home) if r.random() < 0.55 else None
            sn = self.surname(country)
            kind = wpick(r, {"single": 35, "couple": 30, "family": 35})
            head = self.person(country, sn, r.choice("MF"), self.dob(28, 85), home, landline)
            members = [head]
            if kind != "single":
                sex = "F" if head["sex"] == "M" else "M"
                sp = self.person(country, sn, sex, self.dob(28, 85), home, landline)
                wife, husband = (sp, head) if sex == "F" else (head, sp)
                wife["birth_sn"] = self.surname(country)
                if country in ("NL", "BE") or r.random() < 0.12:
                    wife["sn"] = wife["birth_sn"]  # keeps her own in the register
                    wife["daily_sn"] = (
                        self.joined(husband["sn"], wife["birth_sn"]) if r.random() < 0.5 else None
                    )
                elif r.random() < 0.2:  # double-barrelled: her birth name first
                    wife["sn"] = f"{wife['birth_sn']}-{sn}"
                if r.random() < 0.6:  # a joint account
                    sp["iban"] = head["iban"]
                if head["email"] and r.random() < 0.15:
                    sp["email"] = head["email"]
                members.append(sp)
            if kind == "family":
                for _ in range(r.randint(1, 3)):
                    kid = self.person(country, sn, r.choice("MF"), self.dob(16, 35), home, landline)
                    if kid["sex"] == "M" and r.random() < 0.12:  # named after the father
                        father = next((m for m in members if m["sex"] == "M"), None)
                        if father:
                            kid["given"] = list(father["given"])
                            kid["roep"] = father["roep"]
                    if r.random() < 0.4:
                        kid["payer_iban"] = head["iban"]
                    if r.random() < 0.2 and head["mobile"]:  # the family's phone
                        kid["mobile"] = None
                        kid["family_mobile"] = head["mobile"]
                    members.append(kid)
            self.persons.extend(members)
        for p in r.sample(self.persons, len(self.persons) // 40):  # a number given out again
            q = r.choice(self.persons)
            if q is not p and q["mobile"]:
                p["old_mobile"] = q["mobile"]

    def surname(self, country: str):
        table = {"DE": DE_SN, "AT": AT_SN, "CH": CH_SN, "NL": NL_SN, "BE": BE_SN}[country]
        return wpick(self.rnd, table)

    @staticmethod
    def joined(husband, wife) -> str:
        """A Dutch wife's name in daily life: her husband's, a hyphen, her own."""
        h = " ".join(x for x in husband if x) if isinstance(husband, tuple) else husband
        w = " ".join(x for x in wife if x) if isinstance(wife, tuple) else wife
        return f"{h}-{w}"

    def address(self, country: str) -> dict:
        r = self.rnd
        city, span, code = r.choice(CITIES[country])
        if country == "AT" and span is None:
            pc = f"1{r.randint(1, 23):02d}0"
        else:
            pc = str(r.randint(*span))
        if country == "DE":
            pc = pc.zfill(5)
        if country == "NL":
            pc = f"{pc} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        n = r.randint(1, 180)
        extra = ""
        if country == "NL" and r.random() < 0.35:
            extra = r.choice(["a", "b", "-1", "-2", "-3", " II", "A"])
        elif country == "BE" and r.random() < 0.25:
            extra = f" bus {r.randint(1, 12)}"
        elif country == "AT" and r.random() < 0.5:
            extra = (
                f"/{r.randint(1, 4)}/{r.randint(1, 25)}"
                if r.random() < 0.6
                else f"/{r.randint(1, 30)}"
            )
        elif country in ("DE", "CH") and r.random() < 0.12:
            extra = r.choice(["a", "b"])
        return dict(country=country, city=city, pc=pc, street=r.choice(STREETS[country]),
                    number=f"{n}{extra}", code=code)  # fmt: skip

    def landline(self, country: str, home: dict) -> str:
        code = home["code"]
        size = {"DE": 11, "BE": 9}.get(country, 10)
        num = self.unique(lambda: code + self.digits(size - len(code)))
        self.dialled[num] = (CC[country], len(code))
        return num

    def mobile(self, country: str) -> str:
        num = self.draw_mobile(country)
        self.dialled[num] = (CC[country], 2 if country == "NL" else (3 if country == "CH" else 4))
        return num

    def draw_mobile(self, country: str) -> str:
        r = self.rnd
        if country == "DE":
            return self.unique(lambda: r.choice(["0151", "0152", "0160", "0170", "0171", "0172", "0176", "0157"])
                               + self.digits(r.choice([7, 8])))  # fmt: skip
        if country == "AT":
            return self.unique(
                lambda: r.choice(["0664", "0676", "0699", "0650", "0660"]) + self.digits(7)
            )
        if country == "CH":
            return self.unique(lambda: r.choice(["076", "077", "078", "079"]) + self.digits(7))
        if country == "NL":
            return self.unique(lambda: "06" + self.digits(8))
        return self.unique(lambda: r.choice(["0470", "0471", "0472", "0475", "0476", "0478", "0486", "0497"])
                           + self.digits(6))  # fmt: skip

    def account(self, country: str) -> str:
        r = self.rnd
        bban = {
            "DE": lambda: r.choice(["37040044", "10070000", "50010517", "20041111", "70150000"]) + self.digits(10),
            "AT": lambda: r.choice(["20111", "12000", "32000", "14000"]) + self.digits(11),
            "CH": lambda: r.choice(["00762", "00230", "09000", "00700"]) + self.digits(12),
            "NL": lambda: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + self.digits(10),
            "BE": lambda: self.be_bban(),
        }[country]  # fmt: skip
        return self.unique(lambda: iban(country, bban()))

    def be_bban(self) -> str:
        body = self.rnd.choice(["001", "063", "068", "735", "979"]) + self.digits(7)
        return body + f"{int(body) % 97 or 97:02d}"

    def tax_id(self, country: str, dob: dt.date, sex: str) -> str | None:
        r = self.rnd
        if country == "DE":
            body = str(r.randint(1, 9)) + self.digits(9)
            return self.unique(lambda: body + steuer_id_digit(body))
        if country == "CH":

            def ahv() -> str:
                body = "756" + self.digits(9)
                return body + ean13_digit(body)

            return self.unique(ahv)
        if country == "NL":

            def bsn() -> str:
                while True:
                    d = self.digits(8)
                    rest = sum(int(c) * w for c, w in zip(d, range(9, 1, -1), strict=True)) % 11
                    if rest < 10:
                        return d + str(rest)

            return self.unique(bsn)
        if country == "BE":

            def rrn() -> str:
                seq = r.randrange(1, 997, 2) if sex == "M" else r.randrange(2, 998, 2)
                body = f"{dob:%y%m%d}{seq:03d}"
                check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
                return f"{body}{check:02d}"

            return self.unique(rrn)
        return None  # Austria: no tax number in the file

    def person(self, country: str, sn, sex: str, dob: dt.date, home: dict, landline) -> dict:
        r = self.rnd
        males, females = GIVEN[country]
        pool = males if sex == "M" else females
        given = [wpick(r, pool)]
        while r.random() < (0.55 if country == "NL" else 0.2) and len(given) < 3:
            extra = wpick(r, pool)
            if extra not in given and "-" not in extra:
                given.append(extra)
        roep = given[0]
        if country == "NL" and given[0] in ROEPNAAM and r.random() < 0.5:
            roep = r.choice(ROEPNAAM[given[0]])
        moved = None
        if r.random() < 0.05:  # across the border
            to = r.choice(MOVES[country])
            moved = self.address(to)
        elif r.random() < 0.12:
            moved = self.address(country)
        self.next_pid = getattr(self, "next_pid", 0) + 1
        p = dict(pid=self.next_pid, country=country, sn=sn, sex=sex, dob=dob, given=given, roep=roep,
                 home=home, landline=landline, moved=moved, birth_sn=None, daily_sn=None,
                 title=wpick(r, TITLES[country]) if r.random() < TITLE_SHARE[country] and dob.year < 1995 else None,
                 mobile=self.mobile(country) if r.random() < 0.92 else None, family_mobile=None,
                 new_mobile=None, old_mobile=None, iban=self.account(country), payer_iban=None,
                 tax=self.tax_id(country, dob, sex), email=None)  # fmt: skip
        if moved and moved["country"] != country and r.random() < 0.7:
            p["new_mobile"] = self.mobile(moved["country"])
        if r.random() < 0.7:
            p["email"] = self.email(p)
        return p

    def email(self, p: dict) -> str:
        r = self.rnd
        g = ascii_de(p["roep"]).lower().replace(" ", "").replace("-", "")
        s = ascii_de(self.stem_text(p["sn"])).lower().replace(" ", "").replace("'", "")
        local = wpick(r, {f"{g}.{s}": 40, f"{g[0]}.{s}": 15, f"{g}{s}": 10, f"{g}{r.randint(60, 99)}": 15,
                          f"{s}.{g}": 10, f"{g}_{s}{r.randint(1, 99)}": 10})  # fmt: skip
        return self.unique(
            lambda: (
                local
                + wpick(r, {"": 70, str(r.randint(1, 99)): 30})
                + "@"
                + wpick(r, MAIL[p["country"]])
            )
        )

    # ------------------------------------------------------------ written forms
    @staticmethod
    def stem_text(sn) -> str:
        """A surname whole, particles included (``van den Berg``)."""
        return " ".join(x for x in sn if x) if isinstance(sn, tuple) else sn

    def sn_text(self, p: dict, style: str = "plain", daily: float = 0.0) -> str:
        """The surname as a system writes it: ``plain`` (``van den Berg``), ``inverted`` (``Berg,
        van den``), ``glued`` (``Vandenberg``), ``upper``."""
        r = self.rnd
        sn = p["sn"]
        if p["daily_sn"] and r.random() < daily:
            return p["daily_sn"]
        if isinstance(sn, tuple):
            tv, stem = sn
            if not tv:
                return stem
            if style == "inverted":
                return f"{stem}, {tv}"
            if style == "glued":
                return (tv + stem).replace(" ", "").replace("'", "").capitalize()
            if style == "abbr" and tv.startswith("van ") and len(tv.split()) == 2:
                return f"v.d. {stem}"
            return f"{tv} {stem}"
        if style == "glued" and " " in sn:
            return sn.replace(" ", "").capitalize()
        if style == "lower_particle" and " " in sn:
            return sn[0].lower() + sn[1:]
        return sn

    def fold(self, s: str | None, style: str) -> str | None:
        """Umlauts as a system keeps them: ``keep``, ``ascii`` (``ue``), ``bare`` (``u``)."""
        if s is None:
            return None
        return {"keep": s, "ascii": ascii_de(s), "bare": bare(s)}[style]

    def street_text(self, street: str, style: str) -> str:
        """``Hauptstraße`` as ``Hauptstrasse``, ``Hauptstr.``, ``Hauptstr``; ``Kerkstraat`` as
        ``Kerkstr.``; ``Mariahilfer Straße`` as ``Mariahilfer Str.``."""
        s = street
        if style == "ss":
            return s.replace("ß", "ss")
        if style in ("abbr", "abbr_nodot"):
            dot = "." if style == "abbr" else ""
            for long in ("straße", "strasse", "Straße", "Strasse", "straat"):
                if s.endswith(long):
                    return s[: -len(long)] + long[:3] + dot
            if s.endswith("gasse") and style == "abbr":
                return s[:-5] + "g."
        return s

    def phone(self, num: str | None, style: str) -> str | None:
        """A national number (``0791234567``) as written: ``plain``, ``spaced``, ``plus``,
        ``plus_plain``, ``00``, ``slash`` (``0171/1234567``), ``dash`` (``06-12345678``),
        ``plus0`` (``+49 (0)171 ...``)."""
        if not num:
            return None
        cc, k = self.dialled[num]
        area, rest = num[:k], num[k:]
        if cc == "41" or (cc == "32" and len(rest) == 6):
            grouped = " ".join(
                [rest[:3], rest[3:5], rest[5:]]
                if len(rest) == 7
                else [rest[:2], rest[2:4], rest[4:]]
            )
        else:
            grouped = rest
        nat = area[1:]
        return {
            "plain": num, "spaced": f"{area} {grouped}", "plus": f"+{cc} {nat} {grouped}",
            "plus_plain": f"+{cc}{num[1:]}", "00": f"00{cc}{num[1:]}", "slash": f"{area}/{rest}",
            "dash": f"{area}-{rest}", "plus0": f"+{cc} (0){nat} {rest}",
        }[style]  # fmt: skip

    def line(self, p: dict, old: float = 0.08, fresh: float = 0.6) -> str | None:
        """The mobile a system holds: the new country's after a move, the family's, a number
        since given to someone else."""
        r = self.rnd
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"]
        if p["new_mobile"] and r.random() < fresh:
            return p["new_mobile"]
        return p["mobile"] or p["family_mobile"]

    def where(self, p: dict, stale: float) -> dict:
        return p["moved"] if p["moved"] and self.rnd.random() >= stale else p["home"]

    def given_text(self, p: dict, register: float) -> str:
        """The given name a system holds: the register's (all of them, or the first) or the
        roepnaam."""
        r = self.rnd
        if r.random() < register:
            return " ".join(p["given"]) if r.random() < 0.6 else p["given"][0]
        return p["roep"]

    def date_text(self, d: dt.date, fmt: str, swap: float = 0.0) -> str:
        if d.day <= 12 and self.rnd.random() < swap:
            d = dt.date(d.year, d.day, d.month)
        return d.strftime(fmt)

    def digit_slip(self, s: str | None, p: float) -> str | None:
        if not s or self.rnd.random() >= p:
            return s
        idx = [i for i, c in enumerate(s) if c.isdigit()]
        i = self.rnd.choice(idx[2:])
        return s[:i] + str(self.rnd.randrange(10)) + s[i + 1 :]

    def iban_text(self, value: str | None, spaced: float) -> str | None:
        if not value:
            return None
        if self.rnd.random() < spaced:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def zip_text(self, a: dict, style: str) -> str:
        pc = a["pc"]
        if style == "prefix" and a["country"] != "NL":
            return {"DE": "D-", "AT": "A-", "CH": "CH-", "BE": "B-"}[a["country"]] + pc
        if style == "unspaced":
            return pc.replace(" ", "")
        if style == "lost_zero" and pc.startswith("0"):
            return pc.lstrip("0")
        return pc

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"Quellsystem": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.35)
        legacy = r.random() < 0.3
        fold = "ascii" if legacy else wpick(r, {"keep": 90, "ascii": 10})
        sn = self.typo(
            self.sn_text(p, wpick(r, {"plain": 80, "inverted": 10, "glued": 5, "abbr": 5}), 0.3),
            0.02,
        )
        if p["birth_sn"] and p["sn"] != p["birth_sn"] and r.random() < 0.2:
            sn = f"{sn} geb. {self.stem_text(p['birth_sn'])}"
        given = self.typo(self.given_text(p, 0.7), 0.02)
        if p["title"] and r.random() < 0.7:
            if r.random() < 0.5:
                given = f"{p['title']} {given}"
            else:
                sn = f"{p['title']} {sn}"
        tax = p["tax"]
        if tax and p["country"] == "CH" and r.random() < 0.6:
            tax = f"{tax[:3]}.{tax[3:7]}.{tax[7:11]}.{tax[11:]}"
        elif tax and p["country"] == "BE" and r.random() < 0.6:
            tax = f"{tax[:2]}.{tax[2:4]}.{tax[4:6]}-{tax[6:9]}.{tax[9:]}"
        rec = {
            "Kundennummer": self.unique(lambda: "1" + self.digits(9)),
            "Anrede": "Herr" if p["sex"] == "M" else "Frau",
            "Nachname": self.fold(sn, fold),
            "Vorname": self.fold(given, fold),
            "Geburtsdatum": self.date_text(p["dob"], "%d.%m.%Y") if r.random() < 0.95 else None,
            "Straße": self.fold(self.street_text(a["street"], wpick(r, {"full": 50, "ss": 10, "abbr": 35,
                                                                         "abbr_nodot": 5})), fold),
            "Hausnummer": a["number"],
            "PLZ": a["pc"],
            "Ort": self.fold(a["city"], fold),
            "Land": a["country"],
            "Telefon": self.phone(p["landline"] if p["landline"] and r.random() < 0.5 else self.line(p, 0.05, 0.5),
                                  wpick(r, {"spaced": 35, "slash": 25, "plus": 20, "plain": 20})),
            "IBAN": self.iban_text(self.digit_slip(p["iban"], 0.01), 0.5),
            "Steuer-ID": tax if r.random() < 0.6 else None,
        }  # fmt: skip
        if legacy:
            rec = {k: v.upper() if isinstance(v, str) and k in ("Nachname", "Vorname", "Straße", "Ort") else v
                   for k, v in rec.items()}  # fmt: skip
        self.add("KERNBANK", p, rec)

    def telco(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        fold = wpick(r, {"keep": 80, "ascii": 15, "bare": 5})
        sn = self.typo(
            self.sn_text(p, wpick(r, {"plain": 75, "inverted": 15, "glued": 10}), 0.4), 0.03
        )
        given = self.typo(self.given_text(p, 0.4), 0.03)
        name = wpick(r, {f"{sn}, {given}": 60, f"{sn} {given}": 25, f"{given} {sn}": 15})
        if p["title"] and r.random() < 0.6:
            name = f"{p['title']} {name}"
        street = a["street"]
        if a["country"] == "CH" or r.random() < 0.2:
            street = street.replace("ß", "ss")
        street = self.street_text(street, wpick(r, {"full": 70, "abbr": 30}))
        ahv = p["tax"] if p["country"] == "CH" and r.random() < 0.7 else None
        if ahv and r.random() < 0.75:
            ahv = f"{ahv[:3]}.{ahv[3:7]}.{ahv[7:11]}.{ahv[11:]}"
        pay = p["payer_iban"] if p["payer_iban"] and r.random() < 0.7 else p["iban"]
        self.add("TELCO_CRM", p, {
            "Kunden-Nr.": self.unique(lambda: "K" + self.digits(8)),
            "Name": self.fold(name, fold),
            "Mobile": self.phone(self.line(p, 0.1, 0.7), wpick(r, {"spaced": 55, "plus": 25, "00": 10, "plain": 10})),
            "Festnetz": self.phone(p["landline"], wpick(r, {"spaced": 70, "plus": 30})) if r.random() < 0.5 else None,
            "E-Mail": p["email"] if r.random() < 0.6 else None,
            "Geb.-Datum": self.date_text(p["dob"], "%d.%m.%Y", 0.08) if r.random() < 0.85 else None,
            "Adresse": self.fold(f"{street} {a['number']}", fold),
            "PLZ": self.zip_text(a, wpick(r, {"plain": 85, "prefix": 15})),
            "Ort": self.fold(a["city"], fold),
            "AHV-Nr.": self.digit_slip(ahv, 0.02),
            "IBAN": self.iban_text(pay, 0.6) if r.random() < 0.6 else None,
        })  # fmt: skip

    def insurer(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.4)
        sn = p["sn"]
        if isinstance(sn, tuple) and sn[0] and r.random() < 0.8:
            tv, last = sn
        elif isinstance(sn, tuple):
            tv, last = "", self.sn_text(p, wpick(r, {"plain": 70, "inverted": 30}))
        elif " " in sn and r.random() < 0.25:  # a Belgian particle split off as if Dutch
            tv, last = sn.rsplit(" ", 1)[0].lower(), sn.rsplit(" ", 1)[1]
        else:
            tv, last = "", self.sn_text(p, wpick(r, {"plain": 85, "glued": 15}))
        last = self.typo(last, 0.03)
        if p["title"] and r.random() < 0.3:
            last = f"{last}, {p['title']}"
        given = p["given"]
        pc = a["pc"]
        if a["country"] == "NL":
            pc = wpick(r, {pc: 60, pc.replace(" ", ""): 35, pc.replace(" ", "").lower(): 5})
        number = a["number"]
        if a["country"] == "NL" and r.random() < 0.3:
            number = number.replace("-", " ").replace("II", "2")
        bsn = p["tax"] if p["country"] == "NL" and r.random() < 0.85 else None
        if bsn and bsn.startswith("0") and r.random() < 0.5:
            bsn = bsn.lstrip("0")
        rrn = p["tax"] if p["country"] == "BE" and r.random() < 0.8 else None
        if rrn and r.random() < 0.7:
            rrn = f"{rrn[:2]}.{rrn[2:4]}.{rrn[4:6]}-{rrn[6:9]}.{rrn[9:]}"
        pay = p["payer_iban"] if p["payer_iban"] and r.random() < 0.6 else p["iban"]
        self.add("VERZEKERAAR", p, {
            "polisnummer": self.unique(lambda: "PL" + self.digits(8)),
            "voorletters": "".join(g[0] + "." for g in given),
            "voornamen": self.typo(" ".join(given), 0.02) if r.random() < 0.75 else None,
            "tussenvoegsel": tv or None,
            "achternaam": last,
            "geboortedatum": self.date_text(p["dob"], "%d-%m-%Y") if r.random() < 0.95 else None,
            "geslacht": "M" if p["sex"] == "M" else "V",
            "straatnaam": self.street_text(a["street"], wpick(r, {"full": 85, "abbr": 15})),
            "huisnummer": number,
            "postcode": pc,
            "woonplaats": a["city"],
            "BSN": self.digit_slip(bsn, 0.02),
            "rijksregisternummer": rrn,
            "telefoonnummer": self.phone(self.line(p, 0.08, 0.5), wpick(r, {"dash": 40, "plain": 20, "plus": 25,
                                                                             "spaced": 15})),
            "e-mailadres": p["email"] if r.random() < 0.7 else None,
            "rekeningnummer": self.iban_text(pay, 0.3) if r.random() < 0.8 else None,
        })  # fmt: skip

    def webshop(self, p: dict, email: str | None) -> None:
        r = self.rnd
        a = self.where(p, 0.15)
        given = p["roep"] if r.random() < 0.85 else p["given"][0]
        sn = self.sn_text(p, wpick(r, {"plain": 75, "abbr": 15, "glued": 10}), 0.6)
        name = wpick(
            r,
            {
                f"{given} {sn}": 75,
                f"{sn}, {given}": 10,
                f"{given[0]}. {sn}": 10,
                f"{sn} {given}": 5,
            },
        )
        name = self.fold(name, wpick(r, {"keep": 70, "ascii": 18, "bare": 12}))
        if p["title"] and r.random() < 0.25:
            name = f"{p['title']} {name}"
        name = self.typo(name, 0.04)
        name = wpick(r, {name: 75, name.lower(): 20, name.upper(): 5})
        street = self.street_text(
            a["street"], wpick(r, {"full": 45, "ss": 15, "abbr": 30, "abbr_nodot": 10})
        )
        phone = self.line(p, 0.05, 0.8)
        if phone and r.random() < 0.15 and p["landline"]:
            phone = p["landline"]
        self.add("WEBSHOP", p, {
            "customer_id": self.unique(lambda: "W" + self.digits(7)),
            "full_name": name,
            "email": email,
            "phone": self.phone(phone, wpick(r, {"plain": 35, "spaced": 25, "plus": 15, "plus_plain": 15,
                                                 "dash": 5, "plus0": 5})) if r.random() < 0.8 else None,
            "street_address": f"{street} {a['number']}" if r.random() < 0.9 else None,
            "zip": self.zip_text(a, wpick(r, {"plain": 70, "prefix": 10, "unspaced": 10, "lost_zero": 10})),
            "city": a["city"] if r.random() < 0.9 else bare(a["city"]),
            "country": a["country"],
            "birthday": self.date_text(p["dob"], "%Y-%m-%d") if r.random() < 0.3 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            c = p["country"]
            n0 = len(self.rows)
            if r.random() < 0.75:
                self.bank(p)
                if r.random() < 0.1:  # a second customer number from a merged bank
                    self.bank(p)
            if r.random() < {"CH": 0.9, "AT": 0.9, "DE": 0.4, "NL": 0.1, "BE": 0.1}[c]:
                self.telco(p)
                if r.random() < 0.2:  # a second contract (home internet)
                    self.telco(p)
            if age >= 18 and r.random() < {"NL": 0.9, "BE": 0.9, "DE": 0.25}.get(c, 0.05):
                self.insurer(p)
                if r.random() < 0.25:  # a second policy
                    self.insurer(p)
            if age < 75 and r.random() < 0.75:
                self.webshop(p, p["email"])
                if r.random() < 0.15:  # a second account under another address
                    other = self.email(p) if r.random() < 0.7 else None
                    self.webshop(p, other)
            if len(self.rows) == n0:
                self.webshop(p, p["email"])
        return self.shuffled("Datensatz_ID", "RH")


def rhine(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Rhine.frame(persons, seed, "Datensatz_ID")
