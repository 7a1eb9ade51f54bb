"""A Central European bank, telco, insurer and web-shop group's customers in Hungary, Czechia,
Slovakia and Romania: the Hungarian bank's core system (Hungarian columns, customers of all four
countries, Slovak and Romanian Hungarians among them), the Czech telco's billing (Czech columns,
Czech and Slovak lines), the Romanian insurer's policies (Romanian columns) and its Hungarian
arm (Hungarian columns), and the group's web shop (English columns), stacked in one file (a
``rendszer`` column naming the system).

* Bank (``BANK_HU``): ``ügyfélazonosító``, ``név`` (family name first: ``Nagy János``, ``dr.
  Kovács Péter``, ``ifj. Tóth László``; a married woman as she signs: ``Kovácsné Szabó Anna``,
  ``Kovács Jánosné``, ``Kovács Anna``), ``születési név`` (the name at birth, family name
  first: ``Szabó Anna``), ``anyja neve`` (the mother's birth name, as Hungarian papers give it:
  another person's whole name, shared by siblings), ``születési hely``, ``születési dátum``
  (``1985.03.14.``, ``1985. 03. 14.``), ``adóazonosító jel`` (Hungarians: ten digits, ``8``, the
  days since 1867-01-01, a check digit; others blank), ``irányítószám``, ``település``, ``utca,
  házszám`` (``Váci utca 12. 3/4``, ``Váci u. 12.``), ``telefonszám`` (``+36 30 123 4567``,
  ``06-30/123-4567``, ``06301234567``, ``+421 905 123 456``), ``e-mail cím``. Old rows migrated
  through Latin-1 have ``õ`` and ``û`` for ``ő`` and ``ű``.
* Telco (``TELCO_CZ``): ``číslo smlouvy``, ``titul`` (``Ing.``, ``Mgr.``, ``MUDr.``, or none),
  ``jméno``, ``příjmení`` (women's forms: ``Nováková``, ``Černá``; a wife and a husband are two
  people), ``rodné číslo`` (``850314/1234``; a woman's month plus 50; ten digits divisible by
  eleven; now and then without the slash), ``datum narození`` (``14. 3. 1985``, ``14.03.1985``),
  ``ulice`` (``Dlouhá 12/345``), ``obec``, ``PSČ`` (``110 00``, ``11000``), ``telefon``
  (``+420 602 123 456``, ``602123456``, ``00421 905 123 456``, ``0905 123 456``), ``e-mail``.
  A third of the rows exported without háčky and čárky (``Dvorak``, ``Ruzicka``).
* Insurer (``ASIGURARI_RO``): ``nr. poliță``, ``nume``, ``prenume`` (``Ion``, ``Maria Elena``),
  ``CNP`` (13 digits: sex and century, ``YYMMDD``, the county, a serial, a check digit),
  ``data nașterii`` (``14.03.1985``), ``județ``, ``localitate``, ``adresa`` (``Str. Mihai
  Eminescu nr. 12, bl. A3, ap. 4``), ``cod poștal``, ``telefon`` (``0722 123 456``, ``+40 722
  123 456``, ``0040722123456``, ``021 312 3456``), ``email``. ``ș``/``ț`` with a comma below in
  some rows, with a cedilla (``ş``/``ţ``) in others, or dropped.
* Hungarian insurer (``BIZTOSITO_HU``): ``szerződő neve`` (family name first), ``TAJ szám``
  (``123 456 789``: nine digits, a weighted check digit), ``adóazonosító jel``, ``születési
  dátum`` (``1985-03-14`` or ``1985.03.14``), ``anyja neve``, ``cím`` (``1052 Budapest, Váci
  utca 12.``), ``mobil``, ``vezetékes`` (the household's landline, ``06 1 234 5678``),
  ``e-mail``.
* Web shop (``ESHOP``), typed by customers: ``order_id``, ``first_name``, ``last_name``
  (Hungarians in Western order, ``János Nagy``, now and then the other way round, family name in
  ``first_name``), ``email``, ``phone`` (as typed), ``street``, ``zip``, ``city``, ``country``
  (a drop-down: ``Magyarország``, ``Česká republika``, ``Slovensko``, ``România``), no accents
  half the time.

What makes it hard: very common names (``Nagy``, ``Kovács``, ``Tóth``, ``Novák``, ``Popescu``;
``János``, ``László``, ``Jan``, ``Ion``, ``Maria``); married Hungarian women under their
husband's name in three forms and under their own in another system; Czech and Slovak husbands
and wives whose surnames differ by the feminine ending and who share a home, a landline and an
e-mail; fathers and sons of one name at one address (``id.``/``ifj.``, ``st.``/``ml.``); the
mother's name column, a whole name that is not the customer's; diacritics kept, dropped,
Latin-1-mangled or with Romanian cedillas; phones with a country code, a trunk ``06``/``0`` or
neither; people who moved (an old address and landline in some systems); typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from draws import TODAY, Draws, wpick

COUNTRIES = {"HU": 40, "CZ": 25, "SK": 15, "RO": 20}

# ------------------------------------------------------------------ Hungary
HU_M = {"László": 10, "István": 10, "József": 9, "János": 9, "Zoltán": 8, "Sándor": 7, "Gábor": 7,
        "Ferenc": 7, "Attila": 6, "Péter": 7, "Tamás": 6, "Zsolt": 5, "Tibor": 5, "András": 5,
        "Csaba": 4, "Imre": 3, "Lajos": 3, "György": 4, "Balázs": 4, "Károly": 3, "Róbert": 3,
        "Dávid": 3, "Gergő": 2, "Bence": 3, "Máté": 2, "Ádám": 3, "Levente": 2, "Dániel": 3}  # fmt: skip
HU_F = {"Mária": 10, "Erzsébet": 8, "Katalin": 8, "Ilona": 6, "Éva": 7, "Anna": 6, "Zsuzsanna": 6,
        "Margit": 4, "Judit": 5, "Ágnes": 5, "Andrea": 5, "Erika": 4, "Krisztina": 5, "Mónika": 4,
        "Edit": 3, "Gabriella": 3, "Szilvia": 3, "Anita": 3, "Tímea": 3, "Eszter": 3, "Réka": 2,
        "Nikolett": 2, "Dóra": 2, "Zsófia": 2, "Viktória": 2, "Enikő": 2, "Csilla": 2}  # fmt: skip
HU_SN = {"Nagy": 12, "Kovács": 11, "Tóth": 10, "Szabó": 10, "Horváth": 10, "Varga": 8, "Kiss": 8,
         "Molnár": 6, "Németh": 6, "Farkas": 5, "Balogh": 5, "Papp": 4, "Takács": 4, "Juhász": 4,
         "Lakatos": 4, "Mészáros": 4, "Oláh": 3, "Simon": 3, "Rácz": 3, "Fekete": 3, "Szilágyi": 3,
         "Török": 3, "Fehér": 3, "Balázs": 3, "Gál": 3, "Kis": 3, "Szűcs": 3, "Kocsis": 3,
         "Orsós": 2, "Pintér": 2, "Fodor": 2, "Szalai": 2, "Sipos": 2, "Magyar": 2, "Lukács": 2,
         "Gulyás": 2, "Bíró": 2, "Király": 2, "Balog": 2, "László": 2, "Katona": 2, "Jakab": 2,
         "Bogdán": 2, "Fülöp": 1, "Vörös": 1, "Győri": 1, "Szőke": 1, "Bőr": 1}  # fmt: skip
HU_SHORT = {"János": "Jani", "István": "Pisti", "József": "Józsi", "Ferenc": "Feri",
            "Sándor": "Sanyi", "László": "Laci", "Katalin": "Kati", "Erzsébet": "Erzsi",
            "Zsuzsanna": "Zsuzsa", "Mária": "Marika", "Gábor": "Gabi"}  # fmt: skip
# (town, postcode range, landline area code, weight)
HU_TOWNS = [("Budapest", (1011, 1239), "1", 35), ("Debrecen", (4024, 4032), "52", 6),
            ("Szeged", (6720, 6729), "62", 5), ("Miskolc", (3525, 3535), "46", 5),
            ("Pécs", (7621, 7633), "72", 4), ("Győr", (9021, 9030), "96", 4),
            ("Nyíregyháza", (4400, 4405), "42", 3), ("Kecskemét", (6000, 6000), "76", 3),
            ("Székesfehérvár", (8000, 8000), "22", 3), ("Szombathely", (9700, 9700), "94", 2),
            ("Eger", (3300, 3300), "36", 2), ("Érd", (2030, 2030), "23", 2),
            ("Sopron", (9400, 9400), "99", 2), ("Vác", (2600, 2600), "27", 1)]  # fmt: skip
HU_STREETS = ["Kossuth Lajos", "Petőfi Sándor", "Rákóczi", "Dózsa György", "Széchenyi", "Ady Endre",
              "Arany János", "Bajcsy-Zsilinszky", "Váci", "Fő", "Jókai", "Deák Ferenc", "Béke",
              "Hunyadi", "Szabadság", "Árpád", "Kölcsey", "Bartók Béla", "Thököly", "Üllői"]  # fmt: skip
HU_KINDS = {
    "utca": ["u.", "u"],
    "út": ["út", "ut"],
    "tér": ["tér", "ter"],
    "körút": ["krt.", "körút"],
}
HU_MOBILE = ["20", "30", "70", "31"]
HU_MAIL = {"gmail.com": 40, "freemail.hu": 20, "citromail.hu": 8, "t-online.hu": 8, "hotmail.com": 8,
           "yahoo.com": 6, "outlook.hu": 6, "invitel.hu": 4}  # fmt: skip

# ------------------------------------------------------------------ Czechia and Slovakia
# (masculine, feminine)
CZ_SN = {("Novák", "Nováková"): 12, ("Svoboda", "Svobodová"): 8, ("Novotný", "Novotná"): 8,
         ("Dvořák", "Dvořáková"): 8, ("Černý", "Černá"): 7, ("Procházka", "Procházková"): 7,
         ("Kučera", "Kučerová"): 6, ("Veselý", "Veselá"): 6, ("Horák", "Horáková"): 5,
         ("Němec", "Němcová"): 5, ("Pokorný", "Pokorná"): 4, ("Marek", "Marková"): 4,
         ("Pospíšil", "Pospíšilová"): 4, ("Hájek", "Hájková"): 4, ("Král", "Králová"): 4,
         ("Jelínek", "Jelínková"): 4, ("Růžička", "Růžičková"): 3, ("Beneš", "Benešová"): 3,
         ("Fiala", "Fialová"): 3, ("Sedláček", "Sedláčková"): 3, ("Doležal", "Doležalová"): 3,
         ("Zeman", "Zemanová"): 3, ("Kolář", "Kolářová"): 3, ("Navrátil", "Navrátilová"): 3,
         ("Čermák", "Čermáková"): 2, ("Urban", "Urbanová"): 2, ("Vaněk", "Vaňková"): 2,
         ("Blažek", "Blažková"): 2, ("Kříž", "Křížová"): 2, ("Kovář", "Kovářová"): 2}  # fmt: skip
SK_SN = {("Horváth", "Horváthová"): 10, ("Kováč", "Kováčová"): 9, ("Varga", "Vargová"): 8,
         ("Tóth", "Tóthová"): 8, ("Nagy", "Nagyová"): 6, ("Baláž", "Balážová"): 6,
         ("Szabó", "Szabóová"): 5, ("Molnár", "Molnárová"): 5, ("Balog", "Balogová"): 5,
         ("Lukáč", "Lukáčová"): 4, ("Novák", "Nováková"): 5, ("Kollár", "Kollárová"): 4,
         ("Németh", "Némethová"): 4, ("Oravec", "Oravcová"): 4, ("Polák", "Poláková"): 4,
         ("Kráľ", "Kráľová"): 3, ("Hudák", "Hudáková"): 3, ("Kučera", "Kučerová"): 3,
         ("Hudec", "Hudecová"): 3, ("Šimko", "Šimková"): 3, ("Baran", "Baranová"): 3,
         ("Krajčí", "Krajčíová"): 2, ("Gajdoš", "Gajdošová"): 2, ("Vlček", "Vlčková"): 2}  # fmt: skip
CZ_M = {"Jiří": 10, "Jan": 10, "Petr": 9, "Josef": 7, "Pavel": 7, "Martin": 7, "Tomáš": 7,
        "Jaroslav": 6, "Miroslav": 5, "Zdeněk": 5, "Václav": 5, "Michal": 5, "František": 4,
        "Jakub": 4, "Milan": 4, "Karel": 4, "Lukáš": 4, "David": 3, "Ondřej": 3, "Vojtěch": 2}  # fmt: skip
SK_M = {"Peter": 9, "Ján": 9, "Jozef": 8, "Michal": 7, "Martin": 7, "Tomáš": 6, "Marek": 5,
        "Milan": 5, "Ľubomír": 3, "Štefan": 4, "Juraj": 4, "Miroslav": 4, "Lukáš": 3, "Róbert": 3,
        "Ladislav": 3, "Vladimír": 3, "Pavol": 4, "Dušan": 2}  # fmt: skip
CZ_F = {"Marie": 10, "Jana": 10, "Eva": 8, "Hana": 7, "Anna": 6, "Lenka": 6, "Kateřina": 6,
        "Věra": 4, "Lucie": 5, "Alena": 5, "Petra": 5, "Jaroslava": 4, "Veronika": 4, "Martina": 4,
        "Tereza": 4, "Michaela": 3, "Ludmila": 3, "Zdeňka": 2, "Markéta": 2}  # fmt: skip
SK_F = {"Mária": 10, "Anna": 8, "Zuzana": 8, "Katarína": 7, "Eva": 6, "Jana": 7, "Helena": 4,
        "Martina": 5, "Lucia": 5, "Monika": 4, "Veronika": 4, "Ľudmila": 2, "Alžbeta": 3,
        "Andrea": 3, "Jarmila": 2, "Renáta": 2}  # fmt: skip
CZ_SHORT = {"Jan": "Honza", "Jiří": "Jirka", "Josef": "Pepa", "Tomáš": "Tom", "František": "Franta",
            "Ján": "Janko", "Jozef": "Jožo", "Kateřina": "Katka", "Katarína": "Katka",
            "Zuzana": "Zuzka", "Lucie": "Lucka"}  # fmt: skip
CZ_TITLES = {"": 80, "Ing.": 9, "Mgr.": 6, "MUDr.": 2, "Bc.": 2, "JUDr.": 1}
# (town, postcode range, landline prefix: the whole nine-digit number starts with it, weight)
CZ_TOWNS = [("Praha", (11000, 19900), "2", 30), ("Brno", (60200, 64400), "54", 10),
            ("Ostrava", (70030, 72500), "59", 7), ("Plzeň", (30100, 32600), "37", 5),
            ("Liberec", (46001, 46015), "48", 3), ("Olomouc", (77900, 77900), "58", 3),
            ("České Budějovice", (37001, 37011), "38", 3), ("Hradec Králové", (50002, 50012), "49", 3),
            ("Ústí nad Labem", (40001, 40011), "47", 3), ("Pardubice", (53002, 53012), "46", 2),
            ("Zlín", (76001, 76005), "57", 2), ("Kladno", (27201, 27204), "31", 2)]  # fmt: skip
SK_TOWNS = [("Bratislava", (81101, 85110), "2", 20), ("Košice", (4001, 4023), "55", 8),
            ("Prešov", (8001, 8006), "51", 5), ("Žilina", (1001, 1015), "41", 5),
            ("Nitra", (94901, 94912), "37", 4), ("Banská Bystrica", (97401, 97411), "48", 4),
            ("Trnava", (91701, 91708), "33", 4), ("Komárno", (94501, 94501), "35", 3),
            ("Dunajská Streda", (92901, 92901), "31", 3), ("Trenčín", (91101, 91108), "32", 3)]  # fmt: skip
CZ_STREETS = ["Dlouhá", "Nádražní", "Husova", "Palackého", "Masarykova", "Sokolská", "Školní",
              "Komenského", "Jiráskova", "Na Příkopě", "Vinohradská", "Zahradní", "Lidická",
              "Tyršova", "Žižkova", "Smetanova", "Hlavní", "Štefánikova", "Hviezdoslavova",
              "Mierová", "Obchodná", "Záhradnícka"]  # fmt: skip
CZ_MOBILE = ["602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724", "728",
             "731", "732", "736", "737", "739", "773", "775", "777", "774"]  # fmt: skip
SK_MOBILE = ["901", "902", "903", "904", "905", "907", "908", "910", "911", "915", "940", "944",
             "948", "949", "950"]  # fmt: skip
CZ_MAIL = {"seznam.cz": 40, "gmail.com": 30, "email.cz": 12, "centrum.cz": 8, "post.cz": 4,
           "volny.cz": 3, "atlas.cz": 3}  # fmt: skip
SK_MAIL = {"gmail.com": 40, "azet.sk": 20, "centrum.sk": 12, "zoznam.sk": 10, "post.sk": 8,
           "pobox.sk": 5, "yahoo.com": 5}  # fmt: skip

# ------------------------------------------------------------------ Romania
RO_M = {"Ion": 10, "Gheorghe": 9, "Vasile": 8, "Constantin": 8, "Mihai": 9, "Andrei": 7,
        "Alexandru": 8, "Nicolae": 6, "Ștefan": 5, "Florin": 5, "Marius": 5, "Adrian": 6,
        "Cristian": 6, "Daniel": 5, "Dumitru": 5, "Ionuț": 4, "Răzvan": 3, "Bogdan": 4,
        "Gabriel": 4, "Petru": 3, "Costel": 2}  # fmt: skip
RO_F = {"Maria": 12, "Elena": 10, "Ioana": 8, "Ana": 7, "Mihaela": 7, "Andreea": 7, "Cristina": 6,
        "Gabriela": 5, "Alexandra": 5, "Daniela": 5, "Mariana": 5, "Florentina": 3, "Nicoleta": 4,
        "Ștefania": 3, "Alina": 4, "Georgiana": 3, "Roxana": 3, "Raluca": 3, "Maria Elena": 2,
        "Ana Maria": 3}  # fmt: skip
RO_SN = {"Popescu": 12, "Popa": 10, "Pop": 9, "Radu": 7, "Ionescu": 8, "Dumitru": 7, "Stan": 6,
         "Stoica": 6, "Gheorghe": 6, "Matei": 5, "Ciobanu": 5, "Constantin": 5, "Mocanu": 4,
         "Munteanu": 5, "Rusu": 5, "Lupu": 4, "Ștefan": 4, "Țurcanu": 3, "Mureșan": 4, "Bălan": 4,
         "Florea": 4, "Dinu": 4, "Marin": 5, "Tudor": 4, "Nistor": 3, "Toma": 3, "Moldovan": 4,
         "Oprea": 4, "Sârbu": 3, "Nițu": 2, "Țăranu": 2, "Ungureanu": 3, "Vasilescu": 3}  # fmt: skip
RO_HU_SN = {"Kovács": 5, "Szabó": 4, "Nagy": 5, "Kiss": 3, "Fazakas": 2, "Székely": 2, "Bálint": 2}
RO_SHORT = {"Constantin": "Costel", "Gheorghe": "Gigi", "Alexandru": "Alex", "Ionuț": "Ionut",
            "Mihaela": "Miha", "Andreea": "Andra", "Ștefan": "Fane", "Nicolae": "Nicu"}  # fmt: skip
# (town, county, county code in the CNP, postcode prefix, landline area code, weight)
RO_TOWNS = [("București", "București", "40", "0", "21", 30), ("Cluj-Napoca", "Cluj", "12", "40", "264", 8),
            ("Timișoara", "Timiș", "35", "30", "256", 7), ("Iași", "Iași", "22", "70", "232", 7),
            ("Constanța", "Constanța", "13", "90", "241", 6), ("Brașov", "Brașov", "08", "50", "268", 6),
            ("Craiova", "Dolj", "16", "20", "251", 5), ("Oradea", "Bihor", "05", "41", "259", 4),
            ("Târgu Mureș", "Mureș", "26", "54", "265", 4), ("Sibiu", "Sibiu", "32", "55", "269", 3),
            ("Ploiești", "Prahova", "29", "10", "244", 4), ("Miercurea Ciuc", "Harghita", "19", "53", "266", 2),
            ("Sfântu Gheorghe", "Covasna", "14", "52", "267", 2)]  # fmt: skip
RO_STREETS = ["Mihai Eminescu", "Unirii", "Republicii", "Ștefan cel Mare", "Mihai Viteazul",
              "Avram Iancu", "Libertății", "Decebal", "Traian", "Independenței", "Victoriei",
              "Nicolae Bălcescu", "Tudor Vladimirescu", "Horea", "1 Decembrie 1918", "Dacia"]  # fmt: skip
RO_MOBILE = ["722", "723", "724", "726", "728", "730", "731", "732", "740", "744", "745", "747",
             "749", "751", "752", "755", "757", "760", "762", "766", "770", "771", "773", "786"]  # fmt: skip
RO_MAIL = {"yahoo.com": 40, "gmail.com": 40, "yahoo.ro": 10, "hotmail.com": 5, "mail.ro": 5}

CC = {"HU": "36", "CZ": "420", "SK": "421", "RO": "40"}
COUNTRY_SHOP = {"HU": ["Magyarország", "Hungary", "HU"], "CZ": ["Česká republika", "Czech Republic", "CZ"],
                "SK": ["Slovensko", "Slovakia", "SK"], "RO": ["România", "Romania", "RO"]}  # fmt: skip
HU_COUNTRY = {"HU": None, "CZ": "Csehország", "SK": "Szlovákia", "RO": "Románia"}


# ------------------------------------------------------------------ identifiers
def adoazonosito(dob: dt.date, serial: str) -> str | None:
    """A Hungarian tax id: ``8``, the days from 1867-01-01 to the birth, a serial of three digits,
    the check digit (the digits weighted 1..9, modulo 11; a remainder of 10 is never issued)."""
    body = "8" + f"{(dob - dt.date(1867, 1, 1)).days:05d}" + serial
    check = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
    return None if check == 10 else body + str(check)


def taj(body: str) -> str:
    """A Hungarian social-security number: eight digits, weighted 3 and 7 in turn, modulo 10."""
    return body + str(sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10)


def rodne_cislo(dob: dt.date, sex: str, serial: int) -> str | None:
    """A Czech or Slovak birth number: ``YYMMDD`` (a woman's month plus 50) and four digits, the
    ten divisible by eleven."""
    month = dob.month + (50 if sex == "F" else 0)
    head = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
    check = int(head) % 11
    return None if check == 10 else f"{head}{check}"


def cnp(dob: dt.date, sex: str, county: str, serial: int) -> str:
    """A Romanian personal numeric code: sex and century, ``YYMMDD``, the county, a serial, the
    check digit (weights 279146358279, modulo 11, 10 written 1)."""
    s = ("1" if sex == "M" else "2") if dob.year < 2000 else ("5" if sex == "M" else "6")
    body = f"{s}{dob:%y%m%d}{county}{serial:03d}"
    check = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + ("1" if check == 10 else str(check))


# ------------------------------------------------------------------ letters
def strip_accents(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"
    ).replace("ł", "l")


#: Hungarian long umlauts as a Latin-1 conversion leaves them.
LATIN1 = str.maketrans("őŐűŰ", "õÕûÛ")
#: Romanian letters with a comma below written with a cedilla, as pre-2007 keyboards typed them.
CEDILLA = str.maketrans("șȘțȚ", "şŞţŢ")


class Central(Draws):
    SLIP_LETTERS = "aeiolnrst"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            c = wpick(r, COUNTRIES)
            self.household(c)
        for p in r.sample(self.persons, len(self.persons) // 25):  # a number given out again
            q = r.choice(self.persons)
            if q is not p and q["mobiles"] and q["country"] == p["country"]:
                p["old_mobile"] = q["mobiles"][0]

    def new(self, **kw) -> dict:
        self.pid += 1
        p = dict(pid=self.pid, mobiles=[], old_mobile=None, moved=None, new_landline=None,
                 email=None, nick=None, title="", junior=None, married=None, mother=None,
                 hu_ethnic=False)  # fmt: skip
        p.update(kw)
        self.persons.append(p)
        return p

    def given(self, country: str, sex: str, hu: bool = False) -> str:
        if country == "HU" or hu:
            return wpick(self.rnd, HU_M if sex == "M" else HU_F)
        if country == "RO":
            return wpick(self.rnd, RO_M if sex == "M" else RO_F)
        if country == "CZ":
            return wpick(self.rnd, CZ_M if sex == "M" else CZ_F)
        return wpick(self.rnd, SK_M if sex == "M" else SK_F)

    def surname(self, country: str, hu: bool) -> tuple[str, str]:
        """(masculine, feminine) forms of a family name drawn for ``country``."""
        r = self.rnd
        if country == "HU":
            s = wpick(r, HU_SN)
            return s, s
        if country == "RO":
            s = wpick(r, RO_HU_SN) if hu else wpick(r, RO_SN)
            return s, s
        if hu:  # a Slovak Hungarian: the Slovak feminine form, or since 2015 the Hungarian one
            s = wpick(r, HU_SN)
            return s, s + "ová" if r.random() < 0.6 else s
        return wpick(r, CZ_SN if country == "CZ" else SK_SN)

    def home(self, country: str) -> dict:
        r = self.rnd
        towns = {"HU": HU_TOWNS, "CZ": CZ_TOWNS, "SK": SK_TOWNS, "RO": RO_TOWNS}[country]
        t = wpick(r, [(t, t[-1]) for t in towns])
        h = dict(country=country, town=t[0], no=str(r.randint(1, 120)))
        if country == "HU":
            lo, hi = t[1]
            h.update(zip=str(r.randint(lo, hi)), street=r.choice(HU_STREETS),
                     kind=wpick(r, {"utca": 70, "út": 20, "tér": 5, "körút": 5}),
                     flat=f"{r.randint(1, 10)}/{r.randint(1, 40)}" if t[0] == "Budapest" or r.random() < 0.3 else None,
                     area=t[2])  # fmt: skip
        elif country in ("CZ", "SK"):
            lo, hi = t[1]
            h.update(zip=f"{r.randint(lo, hi):05d}", street=r.choice(CZ_STREETS),
                     popisne=str(r.randint(100, 3999)), area=t[2])  # fmt: skip
        else:
            h.update(county=t[1], county_code=t[2], street=r.choice(RO_STREETS),
                     kind=wpick(r, {"Str.": 75, "Bd.": 15, "Calea": 10}), area=t[4],
                     zip=t[3] + self.digits(6 - len(t[3])),
                     block=f"{r.choice('ABCDEFGHM')}{r.randint(1, 30)}" if r.random() < 0.6 else None,
                     ap=str(r.randint(1, 80)))  # fmt: skip
            if t[0] == "București":
                h["county_code"] = "4" + str(r.randint(1, 6))
                h["county"] = f"Sector {h['county_code'][1]}"
        return h

    def landline(self, h: dict) -> str:
        """A national number without its trunk prefix."""
        c, area = h["country"], h["area"]
        if c == "HU":
            rest = 6 if area == "1" else 5
            return self.unique(lambda: area + str(self.rnd.randint(2, 9)) + self.digits(rest))
        if c in ("CZ", "SK"):
            return self.unique(
                lambda: area + str(self.rnd.randint(2, 7)) + self.digits(8 - len(area))
            )
        return self.unique(
            lambda: area + str(self.rnd.randint(2, 5)) + self.digits(9 - len(area) - 1)
        )

    def mobile_number(self, c: str) -> str:
        r = self.rnd
        if c == "HU":
            return self.unique(lambda: r.choice(HU_MOBILE) + self.digits(7))
        if c == "CZ":
            return self.unique(lambda: r.choice(CZ_MOBILE) + self.digits(6))
        if c == "SK":
            return self.unique(lambda: r.choice(SK_MOBILE) + self.digits(6))
        return self.unique(lambda: r.choice(RO_MOBILE) + self.digits(6))

    def household(self, c: str) -> None:
        r = self.rnd
        home = self.home(c)
        land = self.landline(home) if r.random() < (0.5 if c == "HU" else 0.3) else None
        hu = c in ("SK", "RO") and r.random() < (0.2 if c == "SK" else 0.15)  # Hungarians abroad
        sn = self.surname(c, hu)
        kind = wpick(r, {"single": 30, "couple": 25, "family": 35, "namesake": 10})
        head_sex = "M" if kind != "single" or r.random() < 0.5 else "F"
        head = self.person(
            c, hu, sn, head_sex, self.dob(35 if kind == "namesake" else 25, 85), home, land
        )
        members = [head]
        if kind != "single":
            wife_sn = self.surname(c, hu)
            wife = self.person(c, hu, sn, "F", self.dob(25, 80), home, land, birth_sn=wife_sn)
            wife["husband_given"] = head["given"]
            members.append(wife)
            mother = wife
        else:
            mother = None
        if kind in ("family", "namesake"):
            for k in range(r.randint(1, 3)):
                sex = "M" if kind == "namesake" and k == 0 else r.choice("MF")
                namesake = kind == "namesake" and k == 0
                given = head["given"] if namesake else None
                while given is None or (not namesake and given in {m["given"] for m in members}):
                    given = self.given(c, sex, hu)  # no two children of one name, nor a parent's
                kid = self.person(c, hu, sn, sex, self.dob(18, 40), home, land, given=given,
                                  mother=mother)  # fmt: skip
                if namesake:
                    head["junior"], kid["junior"] = "senior", "junior"
                members.append(kid)
        if len(members) > 1 and r.random() < 0.3:
            mail = self.email(head)
            for m in members:
                if r.random() < 0.6:
                    m["email"] = mail

    def person(
        self, c, hu, sn, sex, dob, home, land, birth_sn=None, given=None, mother=None
    ) -> dict:
        r = self.rnd
        given = given or self.given(c, sex, hu)
        own_sn = birth_sn or sn
        p = self.new(country=c, hu_ethnic=hu or c == "HU", sex=sex, dob=dob, home=home, landline=land,
                     given=given, sn=sn[0] if sex == "M" else sn[1], sn_m=sn[0],
                     birth_sn=own_sn[0] if sex == "M" else own_sn[1], birth_sn_m=own_sn[0])  # fmt: skip
        # the mother's birth name: the household's wife where there is one, else someone's
        if mother is not None:
            p["mother"] = (mother["birth_sn"], mother["given"])
        else:
            m_sn = self.surname(c, hu)[1]
            p["mother"] = (m_sn, self.given(c, "F", hu))
        if birth_sn and (c == "HU" or hu):  # a married Hungarian woman's names
            p["married"] = wpick(r, {"né_full": 35, "né_husband": 15, "husband_sn": 35, "own": 15})
        if birth_sn and c == "RO" and r.random() < 0.1:
            p["sn"] = p["birth_sn"]  # kept her own name
        if c == "HU":
            p["ado"] = self.unique(lambda: adoazonosito(dob, self.digits(3)) or "x")
            p["taj"] = self.unique(lambda: taj("0" + self.digits(7)))
        elif c in ("CZ", "SK"):
            p["rc"] = self.unique(lambda: rodne_cislo(dob, sex, r.randint(0, 999)) or "x")
        else:
            p["cnp"] = self.unique(lambda: cnp(dob, sex, home["county_code"], r.randint(1, 999)))
        if c in ("CZ", "SK") and r.random() < 0.25:
            p["title"] = wpick(r, CZ_TITLES)
        if c == "HU" and r.random() < 0.08:
            p["title"] = "dr."
        short = {**HU_SHORT, **CZ_SHORT, **RO_SHORT}
        if given in short and r.random() < 0.3:
            p["nick"] = short[given]
        if r.random() < 0.9:
            p["mobiles"].append(self.mobile_number(c))
        if r.random() < 0.1:
            p["mobiles"].append(self.mobile_number(c))
        if r.random() < 0.15:
            p["moved"] = self.home(c)
            p["new_landline"] = self.landline(p["moved"]) if r.random() < 0.3 else None
        if r.random() < 0.65:
            p["email"] = self.email(p)
        return p

    def email(self, p: dict) -> str:
        r = self.rnd
        g = strip_accents(p["given"].split(" ")[0]).lower()
        s = strip_accents(p["sn"]).lower().replace(" ", "")
        dom = wpick(r, {"HU": HU_MAIL, "CZ": CZ_MAIL, "SK": SK_MAIL, "RO": RO_MAIL}[p["country"]])
        local = wpick(r, {f"{g}.{s}": 30, f"{s}.{g}": 20, f"{s}{g}": 10, f"{g}{s}{p['dob']:%y}": 15,
                          f"{g[0]}{s}": 10, f"{s}{r.randint(1, 99)}": 10, f"{g}.{s}{p['dob'].year}": 5})  # fmt: skip
        return self.unique(
            lambda: local + wpick(r, {"": 75, str(r.randint(1, 99)): 25}) + "@" + dom
        )

    # ------------------------------------------------------------ written forms
    def where(self, p: dict, stale: float) -> tuple[dict, str | None]:
        if p["moved"] and self.rnd.random() >= stale:
            return p["moved"], p["new_landline"]
        return p["home"], p["landline"]

    def mobile(self, p: dict, old: float = 0.08) -> str | None:
        r = self.rnd
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"]
        if not p["mobiles"]:
            return None
        return p["mobiles"][-1] if len(p["mobiles"]) > 1 and r.random() < 0.4 else p["mobiles"][0]

    def phone(self, num: str | None, c: str, style: str, mobile: bool = True) -> str | None:
        """A national number as written: ``national`` (the trunk prefix, grouped as at home),
        ``plain`` (trunk prefix, no spaces), ``intl`` (``+cc`` grouped), ``00`` (``00cc``),
        ``bare`` (no prefix at all)."""
        if not num:
            return None
        r = self.rnd
        cc = CC[c]
        if c == "HU":
            k = 1 if num[0] == "1" else 2
            rest = num[k:]
            grouped = f"{num[:k]} {rest[:3]} {rest[3:]}"
            national = wpick(r, {f"06 {grouped}": 35, f"06-{num[:k]}/{rest[:3]}-{rest[3:]}": 35,
                                 f"06/{num[:k]}/{rest}": 15, f"({num[:k]}) {rest}": 15 if not mobile else 0})  # fmt: skip
            plain = "06" + num
        elif c in ("CZ", "SK"):
            grouped = f"{num[:3]} {num[3:6]} {num[6:]}"
            national = f"0{grouped}" if c == "SK" else grouped
            plain = ("0" + num) if c == "SK" else num
        else:
            grouped = (
                f"{num[:3]} {num[3:6]} {num[6:]}"
                if mobile
                else f"{num[:-7]} {num[-7:-4]} {num[-4:]}"
            )
            national = "0" + grouped
            plain = "0" + num
        return {"national": national, "plain": plain, "intl": f"+{cc} {grouped}",
                "intl_plain": f"+{cc}{num}", "00": f"00{cc} {grouped}", "bare": num}[style]  # fmt: skip

    def letters(self, s: str | None, c: str, mangle: dict) -> str | None:
        """Diacritics as a system keeps them: ``keep``, ``strip``, ``latin1`` (Hungarian ő, ű),
        ``cedilla`` (Romanian ș, ț)."""
        if not s:
            return s
        how = wpick(self.rnd, mangle)
        if how == "strip":
            return strip_accents(s)
        if how == "latin1":
            return s.translate(LATIN1)
        if how == "cedilla":
            return s.translate(CEDILLA)
        return s

    def hu_name(self, p: dict, married_form: bool = True) -> tuple[str, str]:
        """(family name part, given name part), family name first, as a Hungarian writes it."""
        given = p["given"]
        if p["sex"] == "F" and p["married"] and married_form:
            hg = p.get("husband_given") or given
            form = p["married"]
            if form == "né_full":
                return f"{p['sn_m']}né {p['birth_sn_m']}", given
            if form == "né_husband":
                return p["sn_m"], hg + "né"
            if form == "husband_sn":
                return p["sn_m"], given
            return p["birth_sn_m"], given
        if p["married"]:
            return p["birth_sn_m"], given
        return (p["sn_m"] if p["hu_ethnic"] else p["sn"]), given

    def hu_whole(self, p: dict, title: float = 0.8, married_form: bool = True) -> str:
        r = self.rnd
        sn, given = self.hu_name(p, married_form)
        name = f"{sn} {given}"
        if p["junior"] and r.random() < 0.5:
            name = ("ifj. " if p["junior"] == "junior" else "id. ") + name
        if p["title"] and r.random() < title:
            name = "dr. " + name
        return name

    def hu_address(self, a: dict) -> str:
        r = self.rnd
        kind = a["kind"]
        if kind in HU_KINDS and r.random() < 0.4:
            kind = r.choice(HU_KINDS[kind])
        s = f"{a['street']} {kind} {a['no']}."
        if a["flat"] and r.random() < 0.7:
            fl, door = a["flat"].split("/")
            s += wpick(r, {f" {fl}/{door}": 50, f" {fl}. em. {door}.": 35, f" {fl}/{door}.": 15})
        return s

    def cz_street(self, a: dict) -> str:
        r = self.rnd
        return wpick(r, {f"{a['street']} {a['popisne']}/{a['no']}": 50, f"{a['street']} {a['no']}": 40,
                         f"{a['street']} č.p. {a['popisne']}": 10})  # fmt: skip

    def ro_address(self, a: dict) -> str:
        r = self.rnd
        if a["country"] != "RO":
            return self.shop_street(a)
        s = f"{a['kind']} {a['street']} nr. {a['no']}"
        if a["block"]:
            s += (
                f", bl. {a['block']}"
                + (f", sc. {r.randint(1, 3)}" if r.random() < 0.3 else "")
                + f", ap. {a['ap']}"
            )
        return wpick(
            r, {s: 80, s.replace("nr. ", "").replace(", bl.", " bl.").replace(", ap.", " ap."): 20}
        )

    def shop_street(self, a: dict) -> str:
        if a["country"] == "HU":
            return self.hu_address(a)
        if a["country"] in ("CZ", "SK"):
            return self.cz_street(a)
        s = f"{a['kind']} {a['street']} {a['no']}"
        return s + (f" bl. {a['block']} ap. {a['ap']}" if a["block"] else "")

    def zip(self, a: dict) -> str:
        z = a["zip"]
        if a["country"] in ("CZ", "SK"):
            return f"{z[:3]} {z[3:]}" if self.rnd.random() < 0.6 else z
        return z

    def hu_dob(self, d: dt.date) -> str:
        return wpick(self.rnd, {f"{d:%Y.%m.%d.}": 60, f"{d:%Y. %m. %d.}": 20, f"{d:%Y.%m.%d}": 15,
                                f"{d:%Y-%m-%d}": 5})  # fmt: skip

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"rendszer": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a, land = self.where(p, 0.3)
        c = p["country"]
        mangle = {"keep": 75, "latin1": 15, "strip": 10}
        name = self.letters(self.typo(self.hu_whole(p), 0.03), c, mangle)
        birth = None
        if p["sex"] == "F" and p["married"] and r.random() < 0.85:
            birth = f"{p['birth_sn_m']} {p['given']}"
        elif r.random() < 0.6:
            birth = " ".join(self.hu_name(p, married_form=False))
        mother = f"{p['mother'][0]} {p['mother'][1]}" if r.random() < 0.85 else None
        town = a["town"]
        num = self.mobile(p) if r.random() < 0.8 or not land else land
        style = wpick(r, {"national": 45, "plain": 20, "intl": 25, "00": 10}) if c == "HU" else \
            wpick(r, {"intl": 60, "00": 30, "intl_plain": 10})  # fmt: skip
        self.add("BANK_HU", p, {
            "ügyfélazonosító": self.unique(lambda: "U" + self.digits(8)),
            "név": name,
            "születési név": self.letters(birth, c, mangle),
            "anyja neve": self.letters(self.typo(mother, 0.03), c, mangle),
            "születési hely": (p["home"]["town"] if r.random() < 0.4 else None) if r.random() < 0.7 else None,
            "születési dátum": self.hu_dob(p["dob"]) if r.random() < 0.95 else None,
            "adóazonosító jel": p.get("ado") if c == "HU" and r.random() < 0.85 else None,
            "irányítószám": self.zip(a) if r.random() < 0.95 else None,
            "település": town,
            "ország": HU_COUNTRY[c],
            "utca, házszám": self.hu_address(a) if c == "HU" else self.shop_street(a),
            "telefonszám": self.phone(num, c, style, mobile=num != land) if r.random() < 0.9 else None,
            "e-mail cím": p["email"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def biztosito(self, p: dict) -> None:
        r = self.rnd
        a, land = self.where(p, 0.4)
        mangle = {"keep": 70, "latin1": 10, "strip": 20}
        addr = f"{self.zip(a)} {a['town']}, {self.hu_address(a)}"
        self.add("BIZTOSITO_HU", p, {
            "kötvényszám": self.unique(lambda: "KB-" + self.digits(7)),
            "szerződő neve": self.letters(self.typo(self.hu_whole(p, 0.5), 0.03), "HU", mangle),
            "TAJ szám": (p["taj"] if r.random() < 0.5 else f"{p['taj'][:3]} {p['taj'][3:6]} {p['taj'][6:]}")
            if r.random() < 0.8 else None,
            "adóazonosító jel": p["ado"] if r.random() < 0.4 else None,
            "születési dátum": p["dob"].strftime(wpick(r, {"%Y-%m-%d": 50, "%Y.%m.%d": 50})) if r.random() < 0.9 else None,
            "anyja neve": self.letters(f"{p['mother'][0]} {p['mother'][1]}", "HU", mangle) if r.random() < 0.7 else None,
            "cím": self.letters(addr, "HU", mangle),
            "mobil": self.phone(self.mobile(p), "HU", wpick(r, {"national": 40, "plain": 30, "intl": 20, "intl_plain": 10}))
            if r.random() < 0.85 else None,
            "vezetékes": self.phone(land, "HU", "national", mobile=False) if land and r.random() < 0.6 else None,
            "e-mail": p["email"] if r.random() < 0.5 else None,
        })  # fmt: skip

    def telco(self, p: dict, line: str | None) -> None:
        r = self.rnd
        a, land = self.where(p, 0.3)
        c = p["country"]
        strip = r.random() < 0.33
        fix = strip_accents if strip else (lambda s: s)
        given = p["nick"] if p["nick"] and r.random() < 0.1 else p["given"]
        rc = p["rc"]
        rc = wpick(r, {f"{rc[:6]}/{rc[6:]}": 75, rc: 25}) if r.random() < 0.9 else None
        d = p["dob"]
        num = line or self.mobile(p)
        self.add("TELCO_CZ", p, {
            "číslo smlouvy": self.unique(lambda: "S" + self.digits(9)),
            "titul": p["title"] or None,
            "jméno": fix(self.typo(given, 0.03)),
            "příjmení": fix(self.typo(p["sn"], 0.03)),
            "rodné číslo": rc,
            "datum narození": wpick(r, {f"{d.day}. {d.month}. {d.year}": 40, f"{d:%d.%m.%Y}": 50, None: 10}),
            "ulice": fix(self.cz_street(a)),
            "obec": fix(a["town"]),
            "PSČ": self.zip(a),
            "telefon": self.phone(num, c, wpick(r, {"national": 45, "plain": 20, "intl": 25, "00": 10})),
            "pevná linka": self.phone(land, c, "national", mobile=False) if land and r.random() < 0.3 else None,
            "e-mail": p["email"] if r.random() < 0.55 else None,
        })  # fmt: skip

    def asigurari(self, p: dict) -> None:
        r = self.rnd
        a, land = self.where(p, 0.35)
        mangle = {"keep": 50, "cedilla": 25, "strip": 25}
        given = p["given"]
        if " " in given and r.random() < 0.3:
            given = given.split(" ")[0]
        num = self.mobile(p) if r.random() < 0.85 or not land else land
        self.add("ASIGURARI_RO", p, {
            "nr. poliță": self.unique(lambda: "RCA" + self.digits(8)),
            "nume": self.letters(self.typo(p["sn"], 0.03), "RO", mangle).upper() if r.random() < 0.5
            else self.letters(self.typo(p["sn"], 0.03), "RO", mangle),
            "prenume": self.letters(self.typo(given, 0.03), "RO", mangle),
            "CNP": p["cnp"] if r.random() < 0.9 else None,
            "data nașterii": p["dob"].strftime(wpick(r, {"%d.%m.%Y": 80, "%d/%m/%Y": 20})) if r.random() < 0.85 else None,
            "județ": self.letters(a["county"], "RO", mangle),
            "localitate": self.letters(a["town"], "RO", mangle),
            "adresa": self.letters(self.ro_address(a), "RO", mangle),
            "cod poștal": a["zip"] if r.random() < 0.8 else None,
            "telefon": self.phone(num, "RO", wpick(r, {"national": 50, "plain": 25, "intl": 15, "00": 10}), mobile=num != land),
            "email": p["email"] if r.random() < 0.5 else None,
        })  # fmt: skip

    def eshop(self, p: dict) -> None:
        r = self.rnd
        a, _ = self.where(p, 0.2)
        c = p["country"]
        hu = c == "HU" or p["hu_ethnic"]
        given = p["nick"] if p["nick"] and r.random() < 0.25 else p["given"].split(" ")[0]
        if hu:
            sn, gv = self.hu_name(p, married_form=r.random() < 0.3)
            if gv.endswith("né"):
                gv = p["given"]
            gv = given if gv == p["given"] else gv
            first, last = (
                (gv, sn) if r.random() < 0.85 else (sn, gv)
            )  # some keep the Hungarian order
        else:
            first, last = given, p["sn"]
        strip = r.random() < 0.5
        fix = strip_accents if strip else (lambda s: s)
        case = wpick(r, {"asis": 75, "lower": 20, "upper": 5})
        cfix = {"asis": lambda s: s, "lower": str.lower, "upper": str.upper}[case]
        email = p["email"] or self.email(p)
        self.add("ESHOP", p, {
            "order_id": self.unique(lambda: "O" + self.digits(9)),
            "first_name": cfix(fix(self.typo(first, 0.04))),
            "last_name": cfix(fix(self.typo(last, 0.04))),
            "email": email,
            "phone": self.phone(self.mobile(p, 0.05), c,
                                wpick(r, {"national": 30, "plain": 25, "intl": 20, "intl_plain": 15, "00": 5, "bare": 5}))
            if r.random() < 0.8 else None,
            "street": fix(self.shop_street(a)),
            "zip": self.zip(a),
            "city": fix(a["town"]),
            "country": r.choice(COUNTRY_SHOP[c]),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            c = p["country"]
            n0 = len(self.rows)
            if r.random() < (0.8 if c == "HU" else (0.4 if p["hu_ethnic"] else 0.08)):
                self.bank(p)
                if r.random() < 0.3:  # a second account, a credit card
                    self.bank(p)
            if c == "HU" and r.random() < 0.55:
                self.biztosito(p)
                while r.random() < 0.25:  # the home, the car
                    self.biztosito(p)
            if c in ("CZ", "SK"):
                for k, line in enumerate(p["mobiles"]):
                    if r.random() < (0.85 if k == 0 else 0.6):
                        self.telco(p, line)
                        if r.random() < 0.25:  # the contract renewed, a new row
                            self.telco(p, line)
            if c == "RO" and r.random() < 0.85:
                self.asigurari(p)
                while r.random() < 0.3:  # the car, the home
                    self.asigurari(p)
            age = (TODAY - p["dob"]).days / 365.25
            if age < 75 and r.random() < 0.8:
                self.eshop(p)
                while r.random() < 0.3:  # another order, another account
                    self.eshop(p)
            if len(self.rows) == n0:
                self.eshop(p)
        return self.shuffled("row_id", "CE")


def central(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Central.frame(persons, seed, "row_id")
