"""A German telco's subscribers in households: billing, SIM registry, web shop, customer care.

One file of four systems (a ``system`` column), each with its own German or English column
names. Households of singles, couples, families and three generations share an address, a
landline, a bank account and sometimes a family e-mail; partners keep, hyphenate or change
their names; grown children move out; twins, a child named as its parent, a family-plan SIM
registered under the holder's name, a parent's card in a teenager's order, a parent calling
about a child's line, moves, new and recycled phone numbers, typos and transliterated umlauts.
"""

from __future__ import annotations

import random
import unicodedata

import pandas as pd
from faker import Faker

from check_digits import luhn_digit
from slips import slip

COMMON_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
    "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
    "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank",
    "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster",
    "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein",
    "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf",
    "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann",
    "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Yılmaz", "Kaya", "Nowak",
    "Kowalski", "Demir", "Petrović", "Popescu", "Ivanov",
]  # fmt: skip
COMMON_MALE = [
    "Thomas", "Michael", "Andreas", "Stefan", "Peter", "Frank", "Markus", "Christian", "Klaus",
    "Jürgen", "Wolfgang", "Uwe", "Jan", "Tobias", "Daniel", "Alexander", "Sebastian", "Florian",
    "Lukas", "Jonas", "Leon", "Felix", "Paul", "Maximilian", "Finn", "Ben", "Noah", "Elias", "Tim",
    "Niklas", "Moritz", "Hans", "Dieter", "Günter", "Bernd", "Ralf", "Sven", "Dirk", "Matthias",
    "Martin", "Jens",
]  # fmt: skip
COMMON_FEMALE = [
    "Sabine", "Susanne", "Petra", "Claudia", "Andrea", "Nicole", "Stefanie", "Julia", "Anna",
    "Katharina", "Laura", "Lena", "Lea", "Sarah", "Lisa", "Hannah", "Emma", "Mia", "Sophie",
    "Marie", "Johanna", "Ursula", "Monika", "Renate", "Karin", "Birgit", "Heike", "Sandra",
    "Melanie", "Christina", "Jana", "Nina", "Tanja", "Anja", "Silke", "Kerstin", "Maria",
    "Elisabeth", "Ingrid", "Helga",
]  # fmt: skip
# "Am" and "Sportplatz" are two entries, as in the data the probe was first scored on
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße",
    "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Mühlenweg", "Am", "Sportplatz",
    "Goethestraße", "Schillerstraße", "Friedrichstraße", "Birkenweg", "Rosenweg", "Wiesenweg",
    "Parkstraße", "Poststraße", "Feldstraße", "Mozartstraße",
]  # fmt: skip
MAIL = ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "freenet.de", "yahoo.de"]
MOBILE_PREFIX = [
    "0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171",
    "0172", "0173", "0174", "0175", "0176", "0177", "0178", "0179",
]  # fmt: skip
AREA = [
    "030", "040", "089", "0221", "069", "0711", "0211", "0231", "0201", "0421", "0511",
    "0341", "0351", "0911", "06221", "07071", "05221", "04331", "02234", "08031",
]  # fmt: skip
TARIFF = ["MagentaMobil S", "MagentaMobil M", "Family Card", "Prepaid Start", "Data Comfort"]
KINDS = ["single", "couple", "family", "single_parent", "multigen"]
KIND_WEIGHTS = [0.36, 0.25, 0.25, 0.08, 0.06]
FIRST_CUSTOMER_NUMBER = 4_100_000


def ascii_de(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def dob_str(d: tuple[int, int, int], style: str) -> str:
    y, m, dd = d
    if style == "de":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    return f"{dd}.{m}.{y}"


def holder_card(hh: dict) -> str | None:
    return hh["members"][0]["card"]


class Households:
    """Draws the households, then each system's records of their members."""

    def __init__(self, seed: int):
        self.rnd = random.Random(seed)
        self.fk = Faker("de_DE")
        self.fk.seed_instance(seed)
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.rows: list[dict] = []
        self.customer_numbers = iter(range(FIRST_CUSTOMER_NUMBER, 9_999_999, 7))

    # ---- values ------------------------------------------------------------------------
    def maybe(self, p: float) -> bool:
        return self.rnd.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rnd.choice("0123456789") for _ in range(n))

    def typo(self, s: str) -> str:
        return slip(self.rnd, s, "aeinrstl")

    def last_name(self) -> str:
        return self.rnd.choice(COMMON_LAST) if self.maybe(0.3) else self.fk.last_name()

    def given(self, sex: str) -> str:
        if self.maybe(0.45):
            return self.rnd.choice(COMMON_MALE if sex == "m" else COMMON_FEMALE)
        return self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()

    def mobile(self) -> str:
        p = self.rnd.choice(MOBILE_PREFIX)
        return p + self.digits(8 if p.startswith("015") else 7)

    def landline(self) -> str:
        a = self.rnd.choice(AREA)
        return a + str(self.rnd.randint(2, 9)) + self.digits(10 - len(a))

    def fmt_phone(self, p: str, msisdn: bool = False) -> str:
        if msisdn:
            return "49" + p[1:]
        r = self.rnd.random()
        if p.startswith("01"):
            pre, rest = (p[:4], p[4:])
        else:
            k = 3 if p[:3] in ("030", "040", "089", "069") else (4 if p[:4] in AREA else 5)
            pre, rest = p[:k], p[k:]
        if r < 0.30:
            return p
        if r < 0.50:
            return f"{pre} {rest}"
        if r < 0.65:
            return f"{pre}/{rest}"
        if r < 0.80:
            return f"+49 {pre[1:]} {rest}"
        if r < 0.88:
            return f"0049{p[1:]}"
        if r < 0.95:
            return f"({pre}) {rest[:3]} {rest[3:]}"
        return f"+49{p[1:]}"

    def luhn(self, prefix: str) -> str:
        body = prefix + "".join(str(self.rnd.randrange(10)) for _ in range(15 - len(prefix)))
        return body + luhn_digit(body)

    def fmt_card(self, c: str) -> str:
        r = self.rnd.random()
        if r < 0.5:
            return c
        if r < 0.85:
            return " ".join(c[i : i + 4] for i in range(0, 16, 4))
        return "-".join(c[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        return "DE" + self.digits(20)

    def address(self) -> dict:
        street = self.rnd.choice(STREETS) if self.maybe(0.5) else self.fk.street_name()
        no = str(self.rnd.randint(1, 120)) + (self.rnd.choice("ab") if self.maybe(0.08) else "")
        return {"street": street, "no": no, "plz": self.fk.postcode(), "ort": self.fk.city()}

    def fmt_street(self, a: dict, legacy: bool = False) -> str:
        s = a["street"]
        if s.endswith("straße") and self.maybe(0.3):
            s = s[:-6] + "str."
        if legacy:
            s = ascii_de(s)
        return f"{s} {a['no']}"

    def email_of(self, first: str, last: str, year: int) -> str:
        rnd = self.rnd
        given = ascii_de(first).lower().replace(" ", "")
        family = ascii_de(last).lower().replace(" ", "")
        r = rnd.random()
        if r < 0.35:
            loc = f"{given}.{family}"
        elif r < 0.55:
            loc = f"{given[0]}.{family}"
        elif r < 0.75:
            loc = f"{given}{family}{year % 100:02d}"
        elif r < 0.88:
            loc = f"{given}_{family}"
        else:
            loc = f"{given}{rnd.randint(1, 999)}"
        return f"{loc}@{rnd.choice(MAIL)}"

    def dob_noise(self, d: tuple[int, int, int]) -> tuple[int, int, int]:
        y, m, dd = d
        r = self.rnd.random()
        if r < 0.4 and dd <= 12:
            return (y, dd, m)
        if r < 0.7:
            return (y + self.rnd.choice([-1, 1]), m, dd)
        return (y, m, min(28, max(1, dd + self.rnd.choice([-1, 1, 10, -10]))))

    # ---- population --------------------------------------------------------------------
    def person(self, hh: dict, role: str, sex: str, age: int, last: str, **kw) -> dict:
        rnd = self.rnd
        p = {
            "pid": f"P{len(self.persons):05d}",
            "hh": hh["hid"],
            "role": role,
            "sex": sex,
            "age": age,
            "first": self.given(sex),
            "last": last,
            "alt_last": None,
            "dob": (2024 - age, rnd.randint(1, 12), rnd.randint(1, 28)),
            "mobile": None,
            "old_mobile": None,
            "email": None,
            "card": None,
            "own": False,
            "addr": hh["addr"],
            "old_addr": None,
            "moved_out": False,
        }
        p.update(kw)
        if age >= 10 and self.maybe(0.97 if age >= 14 else 0.7):
            p["mobile"] = self.mobile()
        if age >= 16 and self.maybe(0.75 if age < 70 else 0.4):
            p["email"] = self.email_of(p["first"], p["last"], p["dob"][0])
        if age >= 18 and self.maybe(0.6):
            p["card"] = self.luhn(rnd.choice(["4", "51", "52", "53"]))
        self.persons.append(p)
        hh["members"].append(p)
        return p

    def partner(self, hh: dict, adult: dict, fam: str) -> dict:
        rnd = self.rnd
        psex = "f" if adult["sex"] == "m" or self.maybe(0.05) else "m"
        r = rnd.random()
        plast, alt = fam, None
        if r < 0.25:  # unmarried or kept her name
            plast = self.last_name()
            age = max(18, adult["age"] + rnd.randint(-6, 6))
            return self.person(hh, "partner", psex, age, plast)
        birth = self.last_name()
        if r < 0.40:  # double name after marriage
            plast = f"{fam}-{birth}" if self.maybe(0.7) else f"{birth}-{fam}"
            alt = rnd.choice([fam, birth])
        elif r < 0.48:  # married name, old records under the birth name
            alt = birth
        age = max(18, adult["age"] + rnd.randint(-6, 6))
        return self.person(hh, "partner", psex, age, plast, alt_last=alt)

    def children(self, hh: dict, kind: str, adult: dict, fam: str) -> None:
        rnd = self.rnd
        a_age = adult["age"]
        nkids = rnd.choices([1, 2, 3, 4], [0.4, 0.4, 0.15, 0.05])[0]
        twins = self.maybe(0.05) and nkids >= 2
        ages = sorted({rnd.randint(max(0, a_age - 40), max(0, a_age - 20)) for _ in range(nkids)})
        klast = fam if kind == "family" or self.maybe(0.7) else self.last_name()
        kids = []
        for i, kage in enumerate(ages):
            ksex = rnd.choice("mf")
            kw = {}
            if twins and i == 1:
                kw["dob"] = kids[0]["dob"]
                kage = kids[0]["age"]
            k = self.person(hh, "child", ksex, kage, klast, **kw)
            if twins and i == 1:
                while k["first"] == kids[0]["first"]:
                    k["first"] = self.given(ksex)
            if i == 0 and ksex == adult["sex"] and self.maybe(0.06):
                k["first"] = adult["first"]  # named as the parent
            kids.append(k)
            if kage >= 19 and self.maybe(0.5):  # grown up and moved out
                k["addr"] = self.address()
                k["old_addr"] = hh["addr"]
                k["moved_out"] = True

    def family_email(self, hh: dict, fam: str, adult: dict, partner: dict | None) -> str:
        rnd = self.rnd
        f, a = ascii_de(fam).lower(), ascii_de(adult["first"]).lower()
        b = ascii_de(partner["first"]).lower() if partner else "kinder"
        loc = rnd.choice(
            [
                f"familie.{f}",
                f"{f}s",
                f"fam.{f}",
                f"{f}.familie",
                f"{a}.und.{b}",
                f"{f}{rnd.randint(1, 99)}",
            ]
        )
        return f"{loc}@{rnd.choice(MAIL)}"

    def household(self, h: int) -> None:
        rnd = self.rnd
        fam = self.last_name()
        hh = {
            "hid": f"H{h:05d}",
            "addr": self.address(),
            "old_addr": None,
            "members": [],
            "landline": self.landline() if self.maybe(0.5) else None,
            "family_email": None,
            "iban": self.iban(),
        }
        kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        a_age = rnd.randint(20, 80) if kind in ("single", "couple") else rnd.randint(30, 58)
        adult = self.person(hh, "holder", rnd.choice("mf"), a_age, fam)
        partner = None
        if kind in ("couple", "family", "multigen"):
            partner = self.partner(hh, adult, fam)
            adult["partner"], partner["partner"] = partner["pid"], adult["pid"]
        if kind in ("family", "single_parent"):
            self.children(hh, kind, adult, fam)
        if kind == "multigen":
            self.person(hh, "grandparent", rnd.choice("mf"), rnd.randint(70, 90), fam)
        self.households.append(hh)
        if sum(m["age"] >= 10 for m in hh["members"]) >= 2 and self.maybe(0.3):
            hh["family_email"] = self.family_email(hh, fam, adult, partner)
        if self.maybe(0.10):  # the household moved: old systems still have the old address
            hh["old_addr"] = hh["addr"]
            hh["addr"] = self.address()
            hh["old_landline"] = hh["landline"]
            hh["landline"] = self.landline() if hh["landline"] else None
            for m in hh["members"]:
                if m["addr"] is hh["old_addr"]:
                    m["addr"], m["old_addr"] = hh["addr"], hh["old_addr"]

    def population(self, n_households: int) -> None:
        for h in range(n_households):
            self.household(h)
        for p in self.persons:
            if p["mobile"] and self.maybe(0.05):  # new number; old records keep the old one
                p["old_mobile"], p["mobile"] = p["mobile"], self.mobile()

    # ---- records -----------------------------------------------------------------------
    def emit(self, system: str, p: dict, **cols) -> None:
        values = {k: v for k, v in cols.items() if v not in (None, "")}
        self.rows.append({"system": system, **values, "truth_person": p["pid"]})

    def name_of(self, p: dict, legacy: bool = False) -> tuple[str, str]:
        first, last = p["first"], p["last"]
        if p["alt_last"] and self.maybe(0.35):
            last = p["alt_last"]
        if self.maybe(0.04):
            first = self.typo(first)
        if self.maybe(0.04):
            last = self.typo(last)
        if legacy:
            first, last = ascii_de(first), ascii_de(last)
        return first, last

    def dob_of(self, p: dict, style: str) -> str:
        if self.maybe(0.03):
            return dob_str(self.dob_noise(p["dob"]), style)
        return dob_str(p["dob"], style)

    def billing(self) -> None:
        """Accounts: the holder, a partner with an own contract, grown children."""
        for hh in self.households:
            hh["members"][0]["own"] = True
            for m in hh["members"][1:]:
                if m["role"] == "partner" and self.maybe(0.3):
                    m["own"] = True
                if (
                    m["role"] == "child"
                    and m["age"] >= 18
                    and self.maybe(0.6 if m["moved_out"] else 0.3)
                ):
                    m["own"] = True
                if m["role"] == "grandparent" and self.maybe(0.3):
                    m["own"] = True
            for m in hh["members"]:
                if m["own"]:
                    self.account(hh, m)

    def account(self, hh: dict, m: dict) -> None:
        m["account"] = str(next(self.customer_numbers))
        addrs = [m["addr"]] + ([m["old_addr"]] if m["old_addr"] and self.maybe(0.5) else [])
        for k, a in enumerate(addrs):
            first, last = self.name_of(m)
            dob = self.dob_of(m, "de") if self.maybe(0.92) else ""
            mail = m["email"]
            if hh["family_email"] and m["addr"] is hh["addr"] and self.maybe(0.6):
                mail = hh["family_email"]
            land = hh["landline"] if a is hh["addr"] else hh.get("old_landline")
            at_home = a is m["addr"] and m["addr"] is hh["addr"]
            mobile = m["mobile"] if k == 0 else (m["old_mobile"] or m["mobile"])
            self.emit(
                "billing",
                m,
                Kundennummer=m["account"] if k == 0 else str(next(self.customer_numbers)),
                Anrede=("Herr" if m["sex"] == "m" else "Frau") if self.maybe(0.9) else "",
                Vorname=first,
                Nachname=last,
                Geburtsdatum=dob,
                Straße=self.fmt_street(a),
                PLZ=a["plz"],
                Ort=a["ort"],
                **{"E-Mail": mail if self.maybe(0.9) else None},
                Festnetz=self.fmt_phone(land) if land and at_home and self.maybe(0.7) else None,
                Mobilnummer=self.fmt_phone(mobile) if m["mobile"] and self.maybe(0.8) else None,
                IBAN=hh["iban"] if m["addr"] is hh["addr"] and self.maybe(0.8) else self.iban(),
            )

    def lines(self) -> None:
        """One line per mobile; a family-plan line carries the user's or the holder's name."""
        rnd = self.rnd
        recycled = []
        for hh in self.households:
            holder = hh["members"][0]
            for m in hh["members"]:
                if not m["mobile"]:
                    continue
                payer = m if m["own"] else holder
                legacy = self.maybe(0.25)
                if m is payer or self.maybe(0.55):
                    first, last = self.name_of(m, legacy)
                    dob = self.dob_of(m, "iso") if self.maybe(0.6) else ""
                else:
                    first, last = self.name_of(holder, legacy)
                    dob = dob_str(holder["dob"], "iso") if self.maybe(0.3) else ""
                self.emit(
                    "lines",
                    m,
                    MSISDN=self.fmt_phone(m["mobile"], msisdn=True),
                    Vertragskonto=payer["account"],
                    Teilnehmer_Vorname=first,
                    Teilnehmer_Nachname=last,
                    Teilnehmer_Geburtsdatum=dob,
                    Tarif=rnd.choice(TARIFF[:3] + TARIFF[4:]),
                    SIM_Typ="postpaid",
                )
                if m["old_mobile"]:
                    recycled.append(m["old_mobile"])
            for m in hh["members"]:
                if m["age"] >= 14 and self.maybe(0.07):  # a second, prepaid SIM
                    self.prepaid(m)
        # a number given up is handed to somebody else, in another household
        for num in recycled[: len(recycled) // 3]:
            p = rnd.choice(self.persons)
            if p["age"] >= 14:
                self.prepaid(p, num)

    def prepaid(self, p: dict, number: str | None = None) -> None:
        """A prepaid SIM, name and number only: a new number unless one is given."""
        first, last = self.name_of(p)
        number = number or self.mobile()
        self.emit(
            "lines",
            p,
            MSISDN=self.fmt_phone(number, msisdn=True),
            Teilnehmer_Vorname=first,
            Teilnehmer_Nachname=last,
            Tarif="Prepaid Start",
            SIM_Typ="prepaid",
        )

    def webshop(self) -> None:
        """Orders by teens and adults: the family e-mail, the partner's or a parent's card."""
        rnd = self.rnd
        by_id = {p["pid"]: p for p in self.persons}
        hh_by_id = {h["hid"]: h for h in self.households}
        for p in self.persons:
            if p["age"] < 15 or not self.maybe(0.35):
                continue
            hh = hh_by_id[p["hh"]]
            for _ in range(1 if self.maybe(0.7) else 2):
                legacy = self.maybe(0.5)
                first, last = self.name_of(p, legacy)
                old = p["old_addr"] is not None and self.maybe(0.4)
                a = p["old_addr"] if old else p["addr"]
                mail = p["email"]
                if hh["family_email"] and p["addr"] is hh["addr"] and self.maybe(0.5):
                    mail = hh["family_email"]
                elif not mail or self.maybe(0.1):
                    mail = None
                card = p["card"]
                partner = by_id.get(p.get("partner", ""))
                if partner and partner["card"] and self.maybe(0.2):
                    card = partner["card"]
                elif p["age"] < 18 and holder_card(hh) and self.maybe(0.5):
                    card = holder_card(hh)
                if card and self.maybe(0.2):
                    card = None
                mob = p["old_mobile"] if old and p["old_mobile"] else p["mobile"]
                self.emit(
                    "webshop",
                    p,
                    shop_user=f"u{rnd.randint(10**6, 10**7)}",
                    first_name=first,
                    last_name=last,
                    e_mail=mail,
                    handy=self.fmt_phone(mob) if mob and self.maybe(0.75) else None,
                    birthday=self.dob_of(p, "iso") if self.maybe(0.45) else None,
                    street=self.fmt_street(a, legacy) if self.maybe(0.95) else None,
                    zip=a["plz"],
                    city=a["ort"],
                    card_number=self.fmt_card(card) if card else None,
                )

    def care(self) -> None:
        """Callers: a callback number (often the landline), the holder calling for a child."""
        rnd = self.rnd
        hh_by_id = {h["hid"]: h for h in self.households}
        for p in self.persons:
            if p["age"] < 16 or not self.maybe(0.33):
                continue
            hh = hh_by_id[p["hh"]]
            for _ in range(1 if self.maybe(0.65) else 2):
                first, last = self.name_of(p)
                r = rnd.random()
                home = p["addr"] is hh["addr"]
                if r < 0.55 and p["mobile"]:
                    cb = p["mobile"]
                elif r < 0.85 and hh["landline"] and home:
                    cb = hh["landline"]
                else:
                    cb = None
                kids = [
                    k for k in hh["members"] if k["role"] == "child" and k["mobile"] and k is not p
                ]
                if p is hh["members"][0] and kids and self.maybe(0.15):
                    cb = rnd.choice(kids)["mobile"]
                name = f"{last}, {first}" if self.maybe(0.4) else f"{first} {last}"
                a = p["addr"]
                mail = p["email"] if self.maybe(0.45) else None
                if hh["family_email"] and home and self.maybe(0.25):
                    mail = hh["family_email"]
                self.emit(
                    "care",
                    p,
                    Ticket=f"T-{rnd.randint(10**7, 10**8)}",
                    Anrufer=name,
                    Rückrufnummer=self.fmt_phone(cb) if cb else None,
                    Kundennr=p.get("account") or hh["members"][0].get("account"),
                    **{
                        "E-Mail-Adresse": mail,
                        "Anschrift": f"{self.fmt_street(a)}, {a['plz']} {a['ort']}"
                        if self.maybe(0.5)
                        else None,
                    },
                )


def households(n_households: int = 2500, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string) and each one's person."""
    g = Households(seed)
    g.population(n_households)
    g.billing()
    g.lines()
    g.webshop()
    g.care()
    df = pd.DataFrame(g.rows)
    df = df.sample(frac=1, random_state=seed).reset_index(drop=True)
    df.insert(0, "record_id", [f"r{i:06d}" for i in range(len(df))])
    truth = df.set_index("record_id")["truth_person"]
    df = df.drop(columns=["truth_person"]).astype(object)
    return df.where(df.notna(), None), truth
