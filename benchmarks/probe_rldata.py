"""A German cancer registry's file in RLdata10000's schema, stacked with four other systems that
keep the birth date in parts under their own names (a ``quelle`` column names the system).

* Registry (``KREBSREG``), the schema of RLdata10000 (the R ``RecordLinkage`` package's data set):
  ``fname_c1`` (first given name, capitals, umlauts written out: ``JUERGEN``), ``fname_c2`` (a
  second given name, mostly empty), ``lname_c1``, ``lname_c2`` (the second part of a double
  name, mostly empty), ``by``, ``bm``, ``bd`` (birth year, month and day as integers). One
  report in ten is a second report of a person with a slip in a name or one birth-date part
  changed, as RLdata's duplicates are.
* Hospital (``KLINIK``): ``Nachname``, ``Vorname``, ``Geburtsname``, ``Geburtsjahr``,
  ``Geburtsmonat`` (the month's name: ``März``), ``Geburtstag``, ``Geschlecht`` (``m``/``w``),
  ``Strasse``, ``PLZ``, ``Wohnort``, ``Telefon``; some patients give only their birth year.
* A French cross-border clinic (``CLINIQUE``): ``nom``, ``prenom``, ``annee_naissance``,
  ``mois_naissance``, ``jour_naissance`` (``03``, ``07``), ``code_postal``, ``ville``,
  ``telephone`` (German numbers as ``+49 ...``); umlauts dropped (``MULLER``).
* An English-language research study (``STUDY``): ``participant``, ``first_name``,
  ``last_name``, ``yob``, ``mob``, ``dob_day`` (typed by the participants: day and month
  swapped now and then), ``email``, ``mobile_no``.
* A health insurer (``KASSE``): ``Name``, ``Vorname``, ``Geburtsdatum`` (``14.03.1985``),
  ``PLZ_Ort`` (``10115 Berlin``), ``Telefon_mobil``.

What makes it hard: the registry holds nothing but names and a birth date in three integer
columns (``by`` is also Danish for a town, ``mob`` a mobile); the very common German family
names (Müller, Schmidt, Meyer) and given names, namesakes born the same year; twins (same
family name, same birth date), spouses and children of one household at one address and on one
landline; married women under their husband's name in one system and their birth name in
another, double names cut to one part; umlauts written out, kept or dropped; birth dates with a
year only, with day and month swapped, or one part mistyped.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

MALE = {"Peter": 9, "Michael": 9, "Thomas": 9, "Andreas": 8, "Wolfgang": 7, "Klaus": 7, "Jürgen": 7,
        "Frank": 6, "Stefan": 7, "Uwe": 5, "Hans": 7, "Günter": 5, "Dieter": 5, "Horst": 5,
        "Werner": 5, "Karl": 4, "Gerhard": 5, "Manfred": 4, "Bernd": 4, "Helmut": 4, "Ralf": 4,
        "Matthias": 4, "Markus": 4, "Christian": 5, "Martin": 5, "Jörg": 3, "Heinz": 4, "Rolf": 3,
        "Dirk": 3, "Sven": 2, "Björn": 2, "Lukas": 2, "Jan": 3, "Tobias": 3, "Florian": 2,
        "Sebastian": 3, "Alexander": 3, "Daniel": 3, "Rüdiger": 2, "Joachim": 3}  # fmt: skip
FEMALE = {"Ursula": 7, "Monika": 7, "Petra": 6, "Elisabeth": 6, "Sabine": 6, "Renate": 5,
          "Helga": 5, "Karin": 6, "Brigitte": 5, "Ingrid": 5, "Erika": 5, "Andrea": 6,
          "Gisela": 4, "Claudia": 5, "Susanne": 5, "Christa": 4, "Gabriele": 5, "Birgit": 4,
          "Anna": 4, "Maria": 6, "Jutta": 3, "Heike": 4, "Silke": 3, "Anke": 3, "Jörg": 0,
          "Bärbel": 2, "Doris": 3, "Hannelore": 3, "Julia": 3, "Katrin": 3, "Nicole": 3,
          "Stefanie": 3, "Christine": 4, "Martina": 4, "Margarete": 2, "Käthe": 1}  # fmt: skip
SECOND_M = ["Josef", "Wilhelm", "Friedrich", "Heinrich", "Georg", "Johann", "Maria", "Paul"]
SECOND_F = ["Maria", "Luise", "Charlotte", "Margarete", "Sophie", "Elisabeth", "Anna", "Marie"]
SURNAMES = {"Müller": 30, "Schmidt": 24, "Schneider": 14, "Fischer": 13, "Weber": 12, "Meyer": 12,
            "Wagner": 10, "Becker": 10, "Schulz": 10, "Hoffmann": 10, "Schäfer": 8, "Koch": 8,
            "Bauer": 8, "Richter": 7, "Klein": 7, "Wolf": 7, "Schröder": 7, "Neumann": 7,
            "Schwarz": 6, "Zimmermann": 6, "Braun": 6, "Krüger": 6, "Hofmann": 6, "Hartmann": 5,
            "Lange": 5, "Schmitt": 5, "Werner": 5, "Schmitz": 5, "Krause": 5, "Meier": 5,
            "Lehmann": 5, "Schmid": 4, "Schulze": 4, "Maier": 4, "Köhler": 4, "Herrmann": 4,
            "König": 4, "Walter": 4, "Mayer": 4, "Huber": 4, "Kaiser": 3, "Fuchs": 3,
            "Peters": 3, "Lang": 3, "Scholz": 3, "Möller": 3, "Weiß": 3, "Jung": 3, "Hahn": 3,
            "Vogel": 3, "Friedrich": 3, "Keller": 3, "Günther": 3, "Frank": 3, "Berger": 3,
            "Winkler": 2, "Roth": 2, "Beck": 2, "Lorenz": 2, "Baumann": 2, "Franke": 2,
            "Albrecht": 2, "Schuster": 2, "Simon": 2, "Ludwig": 2, "Böhm": 2, "Winter": 2,
            "Kraus": 2, "Martin": 2, "Schumacher": 2, "Krämer": 2, "Vogt": 2, "Stein": 2,
            "Jäger": 2, "Otto": 2, "Sommer": 2, "Groß": 2, "Seidel": 2, "Heinrich": 2,
            "Brandt": 2, "Haas": 2, "Schreiber": 2, "Graf": 2, "Dietrich": 2, "Ziegler": 2,
            "Kuhn": 2, "Kühn": 2, "Pohl": 2, "Engel": 2, "Horn": 2, "Busch": 2, "Bergmann": 2,
            "Thomas": 2, "Voigt": 2, "Sauer": 2, "Arnold": 2, "Wolff": 2, "Pfeiffer": 2,
            "Kowalski": 1, "Nowak": 1, "Yilmaz": 2, "Kaya": 1, "Öztürk": 1, "Popović": 1,
            "Lindner": 1, "Ebert": 1, "Hübner": 1, "Wendt": 1, "Brenner": 1, "Rademacher": 1,
            "Oberländer": 1, "Niedermeier": 1, "Großkopf": 1, "Wüstenhagen": 1}  # fmt: skip
PLACES = [("10115", "Berlin", "030"), ("10437", "Berlin", "030"), ("20095", "Hamburg", "040"),
          ("22767", "Hamburg", "040"), ("80331", "München", "089"), ("81667", "München", "089"),
          ("50667", "Köln", "0221"), ("60311", "Frankfurt am Main", "069"),
          ("70173", "Stuttgart", "0711"), ("66111", "Saarbrücken", "0681"),
          ("66740", "Saarlouis", "06831"), ("76829", "Landau in der Pfalz", "06341"),
          ("77694", "Kehl", "07851"), ("79098", "Freiburg im Breisgau", "0761"),
          ("54290", "Trier", "0651"), ("67059", "Ludwigshafen am Rhein", "0621"),
          ("68159", "Mannheim", "0621"), ("76133", "Karlsruhe", "0721"),
          ("04109", "Leipzig", "0341"), ("01067", "Dresden", "0351")]  # fmt: skip
STREETS = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße",
           "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße",
           "Friedrichstraße", "Goethestraße", "Schillerstraße", "Am Markt", "Mühlenweg"]  # fmt: skip
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]  # fmt: skip
UMLAUTS_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE",
                             "ß": "ss"})  # fmt: skip
UMLAUTS_DROPPED = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U",
                                 "ß": "ss", "ć": "c"})  # fmt: skip


class Rldata(Draws):
    SLIP_LETTERS = "aeiounrstl"

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            sn = wpick(r, SURNAMES)
            zip_, town, area = r.choice(PLACES)
            home = {"street": f"{r.choice(STREETS)} {r.randint(1, 120)}", "zip": zip_, "town": town}
            landline = area + str(r.randint(2, 9)) + self.digits(6) if r.random() < 0.5 else None
            kind = wpick(r, {"single": 35, "couple": 30, "family": 35})
            head = self.person(sn, r.choice("mw"), self.dob(30, 90), home, landline)
            members = [head]
            if kind != "single":
                sp = self.person(
                    sn, "w" if head["sex"] == "m" else "m", self.dob(30, 90), home, landline
                )
                wife = sp if sp["sex"] == "w" else head
                wife["birth_name"] = wpick(r, SURNAMES)
                if r.random() < 0.12:  # a double name: her birth name joined to his
                    wife["second_sn"] = sn
                    wife["sn"] = wife["birth_name"]
                members.append(sp)
            if kind == "family":
                born = self.dob(18, 45)
                for k in range(r.randint(1, 3)):
                    if k and r.random() < 0.05:  # twins: the same day, the same family name
                        kid = self.person(sn, r.choice("mw"), born, home, landline)
                    else:
                        born = self.dob(18, 45)
                        kid = self.person(sn, r.choice("mw"), born, home, landline)
                    members.append(kid)
            self.persons.extend(members)
        # a namesake: another family's child named after a common pair, born the same year
        for p in r.sample(self.persons, len(self.persons) // 40):
            q = r.choice(self.persons)
            if q is not p and q["sex"] == p["sex"]:
                p["first"], p["sn"] = q["first"], q["sn"]
                if (p["dob"].month, p["dob"].day) != (2, 29):
                    p["dob"] = p["dob"].replace(year=q["dob"].year)

    def person(self, sn: str, sex: str, dob: dt.date, home: dict, landline: str | None) -> dict:
        r = self.rnd
        names = MALE if sex == "m" else FEMALE
        second = r.choice(SECOND_M if sex == "m" else SECOND_F) if r.random() < 0.25 else None
        p = {
            "pid": self.unique(lambda: "P" + self.digits(7)),
            "sex": sex, "first": wpick(r, names), "second": second, "sn": sn, "second_sn": None,
            "birth_name": None, "dob": dob, "home": home, "landline": landline,
            "moved": None, "mobile": "01" + r.choice("567") + str(r.randint(0, 9)) + self.digits(7),
        }  # fmt: skip
        if r.random() < 0.15:  # moved: an older record keeps the old address
            zip_, town, _ = r.choice(PLACES)
            p["moved"] = {
                "street": f"{r.choice(STREETS)} {r.randint(1, 120)}",
                "zip": zip_,
                "town": town,
            }
        p["email"] = self.email(p)
        return p

    def email(self, p: dict) -> str:
        r = self.rnd
        given, sn = (
            p["first"].translate(UMLAUTS_OUT).lower(),
            p["sn"].translate(UMLAUTS_OUT).lower(),
        )
        if r.random() < 0.1:  # the family's one address
            return f"{sn}.familie@web.de"
        hosts = {"web.de": 30, "gmx.de": 30, "t-online.de": 20, "gmail.com": 20}
        local = wpick(r, {f"{given}.{sn}": 40, f"{given[0]}.{sn}": 20,
                          f"{given}{r.randint(1, 99)}": 20, f"{sn}.{p['dob'].year}": 20})  # fmt: skip
        return self.unique(
            lambda: f"{local}{r.choice(['', '', str(r.randint(1, 9))])}@{wpick(r, hosts)}"
        )

    def surname(self, p: dict, married: float) -> str:
        """The family name a system holds: a married woman's birth name in some."""
        if p["birth_name"] and self.rnd.random() > married:
            return p["birth_name"]
        return p["sn"]

    def date(self, p: dict, part_slip: float, swap: float = 0.0) -> tuple[int, int, int]:
        """The birth date's year, month and day as a system holds it: one part mistyped now
        and then, day and month the other way round where the day fits as a month."""
        r = self.rnd
        y, m, d = p["dob"].year, p["dob"].month, p["dob"].day
        if r.random() < part_slip:
            part = r.choice("ymd")
            if part == "y":
                y += r.choice([-10, -1, 1, 10])
            elif part == "m":
                m = r.randint(1, 12)
            else:
                d = r.randint(1, 28)
        if d <= 12 and r.random() < swap:
            m, d = d, m
        return y, m, d

    def address(self, p: dict, stale: float) -> dict:
        return p["moved"] if p["moved"] and self.rnd.random() < stale else p["home"]

    def add(self, system: str, p: dict, rec: dict) -> None:
        # (integers as the systems write them, not as floats beside the others' empty cells)
        rec = {k: (str(v) if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"quelle": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def registry(self, p: dict, again: bool) -> None:
        """RLdata's schema; a second report has a slip in a name or one birth part changed."""
        r = self.rnd
        first, second = p["first"], p["second"]
        sn, second_sn = self.surname(p, 0.9), p["second_sn"]
        y, m, d = self.date(p, 0.01)
        if again:
            if r.random() < 0.5:
                first, sn = (self.typo(first), sn) if r.random() < 0.5 else (first, self.typo(sn))
            else:
                y, m, d = self.date(p, 1.0)
        up = lambda s: s.translate(UMLAUTS_OUT).upper() if s else None  # noqa: E731
        self.add("KREBSREG", p, {
            "fname_c1": up(first), "fname_c2": up(second) if r.random() < 0.6 else None,
            "lname_c1": up(sn), "lname_c2": up(second_sn) if r.random() < 0.8 else None,
            "by": y, "bm": m, "bd": d,
        })  # fmt: skip

    def hospital(self, p: dict) -> None:
        r = self.rnd
        a = self.address(p, 0.3)
        y, m, d = self.date(p, 0.02)
        year_only = r.random() < 0.08  # "Geburtsdatum unbekannt": the year from the age given
        sn = self.surname(p, 0.85)
        if p["second_sn"] and r.random() < 0.5:
            sn = f"{sn}-{p['second_sn']}"
        self.add("KLINIK", p, {
            "Nachname": self.typo(sn, 0.03),
            "Vorname": self.typo(p["first"] if r.random() < 0.8 else f"{p['first']} {p['second'] or ''}".strip(), 0.03),
            "Geburtsname": p["birth_name"] if p["birth_name"] and r.random() < 0.7 else None,
            "Geburtsjahr": y,
            "Geburtsmonat": None if year_only else MONATE[m - 1],
            "Geburtstag": None if year_only else d,
            "Geschlecht": p["sex"] if r.random() < 0.95 else None,
            "Strasse": self.typo(a["street"], 0.04),
            "PLZ": a["zip"],
            "Wohnort": a["town"],
            "Telefon": p["landline"] if p["landline"] and r.random() < 0.6 else (p["mobile"] if r.random() < 0.4 else None),
        })  # fmt: skip

    def clinique(self, p: dict) -> None:
        r = self.rnd
        a = self.address(p, 0.3)
        y, m, d = self.date(p, 0.02, swap=0.03)
        phone = p["mobile"] if r.random() < 0.6 else p["landline"]
        self.add("CLINIQUE", p, {
            "nom": self.typo(self.surname(p, 0.9).translate(UMLAUTS_DROPPED).upper(), 0.04),
            "prenom": self.typo(p["first"].translate(UMLAUTS_DROPPED), 0.04),
            "annee_naissance": y,
            "mois_naissance": f"{m:02d}",
            "jour_naissance": f"{d:02d}",
            "code_postal": a["zip"],
            "ville": a["town"].upper(),
            "telephone": "+49 " + phone[1:] if phone and r.random() < 0.8 else None,
        })  # fmt: skip

    def study(self, p: dict) -> None:
        r = self.rnd
        y, m, d = self.date(p, 0.03, swap=0.08)
        first = p["first"] if r.random() < 0.7 else p["first"].translate(UMLAUTS_OUT)
        sn = self.surname(p, 0.95)
        sn = (
            sn
            if r.random() < 0.6
            else sn.translate(UMLAUTS_OUT if r.random() < 0.6 else UMLAUTS_DROPPED)
        )
        name_case = wpick(r, {"title": 75, "lower": 15, "upper": 10})
        case = {"title": str, "lower": str.lower, "upper": str.upper}[name_case]
        self.add("STUDY", p, {
            "participant": self.unique(lambda: "S-" + self.digits(6)),
            "first_name": case(self.typo(first, 0.05)),
            "last_name": case(self.typo(sn, 0.05)),
            "yob": y if r.random() < 0.97 else None,
            "mob": m if r.random() < 0.9 else None,
            "dob_day": d if r.random() < 0.9 else None,
            "email": p["email"] if r.random() < 0.85 else None,
            "mobile_no": p["mobile"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def kasse(self, p: dict) -> None:
        r = self.rnd
        a = self.address(p, 0.2)
        y, m, d = self.date(p, 0.01)
        try:
            when = dt.date(y, m, d).strftime("%d.%m.%Y")
        except ValueError:
            when = f"{d:02d}.{m:02d}.{y}"
        self.add("KASSE", p, {
            "Name": self.typo(self.surname(p, 0.97), 0.02),
            "Vorname": self.typo(p["first"], 0.02),
            "Geburtsdatum": when,
            "PLZ_Ort": f"{a['zip']} {a['town']}",
            "Telefon_mobil": p["mobile"] if r.random() < 0.5 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if r.random() < 0.75:
                self.registry(p, False)
                if r.random() < 0.12:  # a second report: RLdata's duplicates
                    self.registry(p, True)
            if r.random() < 0.6:
                self.hospital(p)
                if r.random() < 0.08:
                    self.hospital(p)
            if (
                p["home"]["zip"][:2] in ("66", "76", "77", "79", "54", "67", "68")
                and r.random() < 0.5
            ):
                self.clinique(p)
            if age < 75 and r.random() < 0.3:
                self.study(p)
            if r.random() < 0.55:
                self.kasse(p)
            if len(self.rows) == n0:
                self.registry(p, False)
        return self.shuffled("row_id", "R")


def rldata(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Rldata.frame(persons, seed, "row_id")
