"""A US and UK hospital group's master patient index (MPI): five systems' patient registrations
stacked in one file (a ``Source`` column naming the system; a column of the same name in two
systems is one column).

* The US emergency department's ADT (``ED_ADT``): ``MRN`` (the ED's own, six or seven digits),
  ``Acct #`` (the visit), ``Patient Last Name``, ``Patient First Name``, ``MI``, ``DOB``
  (``MM/DD/YYYY``), ``Sex``, ``SSN`` (whole, or ``999-99-9999``, ``000-00-0000``,
  ``123-45-6789`` where the registrar had none), ``Home Phone``, ``Cell``, ``Street``, ``City``,
  ``State``, ``Zip``, ``PCP`` (the primary care physician: someone else), ``Guarantor`` (a
  parent's name for a child; the patient or ``SELF`` for an adult), ``Emergency Contact Name``,
  ``Emergency Contact Phone``, ``Arrival``. Unknown patients come in as ``DOE, JOHN``,
  ``UNKNOWN, UNKNOWN``, ``TRAUMA, ALPHA`` born ``01/01/1900`` with no phone or address; newborns
  as ``BABY GIRL SMITH``, ``BG SMITH``, ``TWIN A SMITH``; a junior's ``JR`` in the last name.
* The UK outpatient clinics' patient administration system (``OP_PAS``): ``Hospital Number``,
  ``NHS Number`` (ten digits with their mod-11 check digit, ``943 476 5919``), ``Title``,
  ``Forename``, ``Surname``, ``Date of Birth`` (``DD/MM/YYYY``), ``Gender``, ``Address Line 1``,
  ``Town``, ``Postcode``, ``Home Tel``, ``Mobile Tel``, ``Registered GP`` (``Dr A Khan``),
  ``Next of Kin``, ``NOK Telephone``, ``Clinic Date``.
* The group's laboratory system (``LAB``, both countries): ``Accession No``, ``Lab Patient ID``,
  ``Patient Name`` as HL7 writes it (``SMITH^JOHN^A^JR``) or ``SMITH, JOHN A``, ``Birth Date``
  (``YYYYMMDD``), ``Sex``, ``Phone``, ``NHS No`` (UK requests), ``Ordering Provider`` (a doctor),
  ``Collected``.
* The US outpatient pharmacy (``RX``): ``MRN`` (the pharmacy's own, drawn from the same range
  as the ED's: one number is two strangers in two systems), ``Last``, ``First``, ``DOB``
  (``MM/DD/YYYY`` or ``MM/DD/YY``), ``Gender``, ``SSN Last 4``, ``Phone``, ``Address``,
  ``City``, ``ST``, ``ZIP``, ``Insurance Member ID`` (the subscriber's number, with the
  dependant's ``-01``/``-02`` suffix or without it: a family's one number), ``Cardholder Name``
  (the subscriber: a parent or a spouse), ``Prescriber``, ``Fill Date``.
* The patient portal (``PORTAL``, both countries): ``username``, ``email``, ``first_name``,
  ``last_name``, ``date_of_birth`` (ISO), ``mobile``, ``zip_postcode``, ``proxy_name`` (the
  parent who manages a child's account, whose e-mail and mobile the child's account carries).

What makes it hard: twins (one surname, birth date, address and phone, other given names) and
juniors and seniors (one name, address and phone, other birth dates) who must stay apart;
newborns registered as ``BABY GIRL`` and renamed; unknown patients of one placeholder name and
birth date who are strangers; married names, hyphenated names kept whole or in part, nicknames
(Bob/Robert), first and last names swapped, birth dates with day and month swapped or a typo;
placeholder SSNs; a mother's cell on her children's records; the subscriber's insurance id on
the whole family's fills; each system's own MRNs, which never say two systems' records are one
patient's.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from faker import Faker

from draws import TODAY, Draws, wpick

NICK = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"],
    "Elizabeth": ["Liz", "Beth", "Betty"], "Katherine": ["Kate", "Katie", "Kathy"],
    "Michael": ["Mike"], "James": ["Jim", "Jimmy", "Jamie"], "Richard": ["Rick", "Dick", "Rich"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Jennifer": ["Jen", "Jenny"],
    "Christopher": ["Chris"], "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"],
    "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Charles": ["Charlie", "Chuck"],
    "Patricia": ["Pat", "Patty", "Trish"], "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"],
    "Jonathan": ["Jon"], "Nicholas": ["Nick"], "Matthew": ["Matt"], "Alexander": ["Alex"],
    "Samuel": ["Sam"], "Benjamin": ["Ben"], "Edward": ["Ed", "Ted", "Eddie"],
    "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Timothy": ["Tim"], "Gregory": ["Greg"],
    "Rebecca": ["Becky"], "Victoria": ["Vicky", "Tori"], "Jessica": ["Jess"],
    "Catherine": ["Cathy", "Kate"], "Stephen": ["Steve"], "David": ["Dave"],
    "Peter": ["Pete"], "Susannah": ["Sue"], "Alexandra": ["Alex", "Sandra"],
}  # fmt: skip
GIVEN_M = ["Robert", "William", "Michael", "James", "Richard", "Christopher", "Joseph",
           "Thomas", "Daniel", "Anthony", "Charles", "Jonathan", "Nicholas", "Matthew",
           "Alexander", "Samuel", "Benjamin", "Edward", "Steven", "Andrew", "Timothy", "Gregory",
           "David", "Peter", "Stephen"]  # fmt: skip
GIVEN_F = ["Elizabeth", "Katherine", "Margaret", "Jennifer", "Patricia", "Deborah", "Susan",
           "Rebecca", "Victoria", "Jessica", "Catherine", "Alexandra"]  # fmt: skip
NATO = ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA"]
PLACEHOLDER_SSN = {"999-99-9999": 5, "000-00-0000": 4, "123-45-6789": 1}
STATES = ["OH", "OH", "OH", "KY", "IN", "PA", "MI"]
PAYERS = {"commercial": 60, "medicare": 25, "medicaid": 15}
RELATIONS = {"spouse": "Spouse", "mother": "Mother", "father": "Father", "child": "Son/Daughter"}


def nhs_number(body: str) -> str | None:
    """``body`` (nine digits) and its NHS check digit: weights 10 down to 2, eleven less the sum's
    remainder by eleven (0 for 11); ``None`` where that is 10, a body the NHS never issues."""
    c = 11 - sum(int(ch) * w for ch, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return None if c == 10 else body + ("0" if c == 11 else str(c))


class Hospital(Draws):
    SLIP_LETTERS = "aeiounrstl"

    def population(self) -> None:
        r = self.rnd
        self.fk = {"US": Faker("en_US"), "UK": Faker("en_GB")}
        self.fk["US"].seed_instance(r.randrange(10**6))
        self.fk["UK"].seed_instance(r.randrange(10**6))
        self.towns = {
            "US": [
                (self.fk["US"].city(), r.choice(STATES), f"{r.randint(40000, 49999):05d}")
                for _ in range(40)
            ],
            "UK": [(self.fk["UK"].city(), "", self.fk["UK"].postcode()[:-4]) for _ in range(30)],
        }
        self.doctors = {
            c: [(self.fk[c].first_name(), self.fk[c].last_name()) for _ in range(70)]
            for c in ("US", "UK")
        }
        self.seq = {"ED_ADT": 2_000_000, "RX": 2_000_000, "OP_PAS": 0, "LAB": 0}
        while len(self.persons) < self.n:
            self.household(wpick(r, {"US": 70, "UK": 30}))
        for i, p in enumerate(self.persons):
            p["pid"] = i

    # ------------------------------------------------------------------ drawing people
    def given(self, c: str, sex: str) -> str:
        if self.rnd.random() < 0.4:
            return self.rnd.choice(GIVEN_M if sex == "M" else GIVEN_F)
        f = self.fk[c]
        return f.first_name_male() if sex == "M" else f.first_name_female()

    def phone(self, c: str, mobile: bool) -> str:
        r = self.rnd
        if c == "US":
            return self.unique(lambda: f"{r.choice(['614', '740', '937', '513', '859'])}"
                               f"{r.randint(2, 9)}{self.digits(6)}")  # fmt: skip
        if mobile:
            return self.unique(lambda: "07" + r.choice(["4", "5", "7", "8", "9"]) + self.digits(8))
        return self.unique(lambda: r.choice(["0113", "0161", "0121", "0114"]) + self.digits(7))

    def address(self, c: str) -> dict:
        r = self.rnd
        town = r.choice(self.towns[c])
        f = self.fk[c]
        if c == "US":
            street = f"{r.randint(1, 9999)} {f.street_name()}"
            code = town[2]
        else:
            street = f"{r.randint(1, 180)} {f.street_name()}"
            code = f"{town[2]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return {"street": street, "city": town[0], "state": town[1], "code": code}

    def person(self, c: str, sex: str, dob: dt.date, last: str, hh: dict, **kw) -> dict:
        r = self.rnd
        age = (TODAY - dob).days / 365.25
        p = {
            "c": c, "sex": sex, "dob": dob, "last": last, "hh": hh,
            "first": self.given(c, sex), "middle": self.given(c, sex) if r.random() < 0.7 else "",
            "maiden": None, "suffix": "", "twin": "", "newborn": False, "child": age < 16,
            "cell": self.phone(c, True) if age >= 13 and r.random() < 0.9 else None,
            "ssn": None, "nhs": None, "mother": None, "guarantor": None, "contact": None,
            "pcp": r.choice(self.doctors[c]), "member": None, "subscriber": None, "email": None,
        }  # fmt: skip
        if c == "US" and r.random() < (0.92 if age >= 18 else 0.7):
            p["ssn"] = self.unique(lambda: f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}"
                                   f"{r.randint(1, 9999):04d}")  # fmt: skip
        if c == "UK" and r.random() < 0.95:
            p["nhs"] = self.unique(lambda: nhs_number(str(r.randint(4, 9)) + self.digits(8)) or "x")
        p.update(kw)
        if age >= 16 and r.random() < 0.7:
            p["email"] = self.email(p)
        self.persons.append(p)
        return p

    def email(self, p: dict) -> str:
        r = self.rnd
        g, f = p["first"].lower(), p["last"].split("-")[0].split()[0].lower().replace("'", "")
        local = wpick(r, {f"{g}.{f}": 4, f"{g[0]}{f}": 3, f"{g}{f}{r.randint(1, 99)}": 3,
                          f"{f}{g[0]}{p['dob'].year % 100:02d}": 2})  # fmt: skip
        dom = {"US": {"gmail.com": 5, "yahoo.com": 2, "aol.com": 1, "outlook.com": 2},
               "UK": {"gmail.com": 4, "hotmail.co.uk": 2, "btinternet.com": 1, "outlook.com": 1}}  # fmt: skip
        return self.unique(lambda: f"{local}@{wpick(r, dom[p['c']])}")

    def household(self, c: str) -> None:
        r = self.rnd
        f = self.fk[c]
        last = f.last_name()
        start = len(self.persons)
        hh = {"addr": self.address(c), "land": self.phone(c, False) if r.random() < 0.4 else None}
        if r.random() < 0.08:
            hh["moved"] = (self.address(c), self.phone(c, False) if hh["land"] else None)
        kind = wpick(r, {"single": 30, "couple": 25, "family": 35, "single_parent": 10})
        a_sex = r.choice("MF")
        a = self.person(
            c,
            a_sex,
            self.dob(22, 90) if kind in ("single", "couple") else self.dob(25, 55),
            last,
            hh,
        )
        adults = [a]
        if kind in ("couple", "family"):
            s_dob = a["dob"] + dt.timedelta(days=r.randint(-2000, 2000))
            s = self.person(c, "F" if a_sex == "M" else "M", s_dob, last, hh)
            if s["sex"] == "F" and r.random() < 0.25:
                s["maiden"] = f.last_name()  # married during the records' years
            elif r.random() < 0.12:
                s["last"] = f"{f.last_name()}-{last}"  # a double-barrelled name
            a["contact"], s["contact"] = (s, "spouse"), (a, "spouse")
            adults.append(s)
        mom = next((x for x in adults if x["sex"] == "F"), a)
        dad = next((x for x in adults if x["sex"] == "M"), None)
        for x in adults:
            x["subscriber"] = adults[0] if r.random() < 0.7 else x
        if kind in ("family", "single_parent"):
            young = min(x["dob"] for x in adults)
            taken = {x["first"] for x in adults}
            for _ in range(wpick(r, {1: 35, 2: 40, 3: 18, 4: 7})):
                lo = max(0.0, (TODAY - young).days / 365.25 - 40)
                hi = max(lo + 1, (TODAY - young).days / 365.25 - 18)
                k_dob = self.dob(0, 3) if r.random() < 0.15 else self.dob(lo, hi)
                kids = [self.person(c, r.choice("MF"), k_dob, last, hh, mother=mom)]
                if r.random() < 0.05:  # twins
                    kids.append(self.person(c, r.choice("MF"), k_dob, last, hh, mother=mom))
                    kids[0]["twin"], kids[1]["twin"] = "A", "B"
                for k in kids:
                    while k["first"] in taken:  # no two children of one name
                        k["first"] = self.given(c, k["sex"])
                    taken.add(k["first"])
                    if dad and k["sex"] == "M" and not dad["suffix"] and r.random() < 0.15:
                        k["first"], k["middle"], k["suffix"] = dad["first"], dad["middle"], "JR"
                        dad["suffix"] = "SR"
                    age = (TODAY - k["dob"]).days / 365.25
                    if age < 1.5 and r.random() < 0.6:
                        k["newborn"] = True
                    if age < 13:
                        k["cell"] = mom["cell"]  # a child's records carry the mother's cell
                    k["contact"] = (mom, "mother")
                    k["guarantor"] = mom if r.random() < 0.7 or not dad else dad
                    k["subscriber"] = mom["subscriber"]
                    if age >= 18 and r.random() < 0.5:  # an adult child moved out
                        k["hh"] = {"addr": self.address(c), "land": None}
        for x in adults:
            if x["contact"] is None and r.random() < 0.7:  # a relative elsewhere
                x["contact"] = ((f"{f.first_name()} {r.choice([last, f.last_name()])}",
                                 self.phone(c, True)), r.choice(["sibling", "friend", "child"]))  # fmt: skip
        # insurance: a subscriber's number, a dependant's two-digit suffix
        for x in self.persons[start:]:
            if c != "US" or x["member"]:
                continue
            age = (TODAY - x["dob"]).days / 365.25
            if age >= 65:
                x["member"], x["subscriber"] = self.unique(lambda: f"{r.randint(1, 9)}{r.choice('ACDEFGHJK')}"
                                                           f"{r.choice('ACDEFGHJK')}{self.digits(1)}-{self.digits(3)}-{self.digits(4)}"), x  # fmt: skip
            else:
                sub = x["subscriber"] or x
                if not sub.get("plan"):
                    sub["plan"] = self.unique(
                        lambda: r.choice(["XYZ", "ZGP", "YRK", "JQU", "H"]) + self.digits(9)
                    )
                deps = sub.setdefault("deps", [])
                deps.append(x)
                x["member"] = f"{sub['plan']}-{len(deps):02d}"

    # ------------------------------------------------------------------ writing records
    def name_of(self, p: dict, phase: float) -> tuple[str, str, str]:
        """First, middle and last name as one registration writes them."""
        r = self.rnd
        first, middle, last = p["first"], p["middle"], p["last"]
        if p["maiden"] and phase < 0.4:
            last = p["maiden"]
        if "-" in last and r.random() < 0.5:
            a, b = last.split("-")
            last = wpick(r, {a: 2, b: 3, f"{a} {b}": 3, f"{a}{b}": 1})
        if first in NICK and r.random() < 0.15:
            first = r.choice(NICK[first])
        first, last = self.typo(first, 0.03), self.typo(last, 0.03)
        middle = middle[:1] if middle and r.random() < 0.5 else middle
        return first, middle, last

    def birth(self, p: dict) -> dt.date:
        r = self.rnd
        d, u = p["dob"], r.random()
        if u < 0.012 and d.day <= 12 and d.day != d.month:
            return dt.date(d.year, d.day, d.month)
        if u < 0.03:
            k = r.choice(["day", "day", "year", "month"])
            try:
                if k == "day":
                    return d.replace(day=d.day + r.choice([-1, 1, 10, -10]))
                if k == "year":
                    return d.replace(year=d.year + r.choice([-1, 1, -10, 10]))
                return d.replace(month=d.month + r.choice([-1, 1]))
            except ValueError:
                return d
        return d

    def where(self, p: dict, phase: float) -> tuple[dict, str | None]:
        hh = p["hh"]
        if hh.get("moved") and phase > 0.5:
            return hh["moved"][0], hh["moved"][1]
        return hh["addr"], hh["land"]

    def us_phone(self, n: str | None) -> str | None:
        if not n:
            return None
        return wpick(self.rnd, {f"({n[:3]}) {n[3:6]}-{n[6:]}": 5, f"{n[:3]}-{n[3:6]}-{n[6:]}": 4,
                                n: 2, f"+1 {n[:3]} {n[3:6]} {n[6:]}": 1})  # fmt: skip

    def uk_phone(self, n: str | None) -> str | None:
        if not n:
            return None
        if n.startswith("07"):
            return wpick(self.rnd, {f"{n[:5]} {n[5:]}": 5, n: 3, f"+44 {n[1:5]} {n[5:]}": 2})
        return wpick(self.rnd, {f"{n[:4]} {n[4:7]} {n[7:]}": 5, n: 2, f"({n[:4]}) {n[4:]}": 2})

    def phone_of(self, p: dict, n: str | None) -> str | None:
        return self.us_phone(n) if p["c"] == "US" else self.uk_phone(n)

    def whole(self, q: dict) -> str:
        g = q["first"] if self.rnd.random() < 0.8 else NICK.get(q["first"], [q["first"]])[0]
        return f"{g} {q['last']}"

    def contact_of(self, p: dict) -> tuple[str | None, str | None, str | None]:
        if not p["contact"]:
            return None, None, None
        who, rel = p["contact"]
        if isinstance(who, tuple):
            return who[0], who[1], rel.title()
        return self.whole(who), who["cell"] or who["hh"]["land"], RELATIONS.get(rel, rel.title())

    def doctor(self, p: dict, style: str) -> str:
        g, f = p["pcp"]
        return {"us": f"{f}, {g} MD" if self.rnd.random() < 0.6 else f"Dr. {g} {f}",
                "uk": f"Dr {g[0]} {f}", "hl7": f"{f.upper()}^{g.upper()}^^^DR"}[style]  # fmt: skip

    def mrn(self, system: str, p: dict) -> str:
        """The system's own number for ``p``: the one it gave before, or a new one where the
        registrar did not find them (a duplicate registration, the MPI's own problem)."""
        r = self.rnd
        mrns = p.setdefault("mrns", {})
        if system in mrns and r.random() < 0.8:
            return mrns[system]
        self.seq[system] += r.randint(1, 9)
        n = self.seq[system]
        v = {"ED_ADT": str(n), "RX": str(n), "OP_PAS": f"H{n + 300000:06d}",
             "LAB": f"L{n + 5_000_000:08d}"}[system]  # fmt: skip
        mrns.setdefault(system, v)
        return v

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {"Source": system, **{k: v for k, v in rec.items() if v not in ("", None)}}
        self.rows.append(rec | {"_pid": p["pid"]})

    def visit_date(self, p: dict, phase: float) -> dt.date:
        start = max(p["dob"], dt.date(2016, 1, 1))
        return start + dt.timedelta(days=int(phase * max(1, (TODAY - start).days - 1)))

    def baby_name(self, p: dict, last: str) -> tuple[str, str]:
        r = self.rnd
        g = "GIRL" if p["sex"] == "F" else "BOY"
        if p["twin"]:
            return wpick(r, {f"TWIN {p['twin']}": 3, f"BABY {g} {p['twin']}": 3, f"B{g[0]} {p['twin']}": 1}), last.upper()  # fmt: skip
        return wpick(r, {f"BABY {g}": 5, f"B{g[0]}": 2, f"BABY{g}": 1, "BABY": 1}), last.upper()

    def ed_adt(self, p: dict, phase: float) -> None:
        r = self.rnd
        first, middle, last = self.name_of(p, phase)
        addr, land = self.where(p, phase)
        dob = self.birth(p)
        when = self.visit_date(p, phase)
        if p["newborn"] and phase < 0.35:
            first, last = self.baby_name(p, p["mother"]["last"] if p["mother"] else last)
            middle = ""
        elif p["suffix"] and r.random() < 0.6:
            last = f"{last} {p['suffix']}"
        if r.random() < 0.02:
            first, last = last, first  # the registrar swapped the boxes
        contact, contact_phone, _ = self.contact_of(p)
        g = p["guarantor"]
        ssn = p["ssn"]
        ssn = f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}" if ssn and r.random() < 0.75 else None
        if not ssn and r.random() < 0.5:
            ssn = wpick(r, PLACEHOLDER_SSN)
        rec = {
            "MRN": self.mrn("ED_ADT", p),
            "Acct #": self.unique(lambda: "V" + self.digits(9)),
            "Patient Last Name": last.upper(), "Patient First Name": first.upper(),
            "MI": middle[:1].upper(), "DOB": dob.strftime("%m/%d/%Y"),
            "Sex": p["sex"] if r.random() < 0.98 else "U", "SSN": ssn,
            "Home Phone": self.us_phone(land) if r.random() < 0.9 else None,
            "Cell": self.us_phone(p["cell"]) if r.random() < 0.9 else None,
            "Street": addr["street"].upper(), "City": addr["city"].upper(), "State": addr["state"],
            "Zip": addr["code"] + (f"-{self.digits(4)}" if r.random() < 0.2 else ""),
            "PCP": self.doctor(p, "us").upper() if r.random() < 0.7 else None,
            "Guarantor": (self.whole(g).upper() if g else wpick(r, {"SELF": 3, f"{p['first']} {p['last']}".upper(): 1}))
            if r.random() < 0.8 else None,
            "Emergency Contact Name": contact.upper() if contact and r.random() < 0.8 else None,
            "Emergency Contact Phone": self.us_phone(contact_phone) if contact else None,
            "Arrival": when.strftime("%m/%d/%Y") + f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        }  # fmt: skip
        self.add("ED_ADT", p, rec)

    def ed_unknown(self, p: dict, phase: float) -> None:
        """``p`` brought in unconscious: a placeholder name and birth date, nothing else."""
        r = self.rnd
        alias = wpick(r, {("DOE", "JOHN" if p["sex"] == "M" else "JANE"): 4, ("UNKNOWN", "UNKNOWN"): 2,
                          ("TRAUMA", r.choice(NATO)): 3, ("ZZTRAUMA", r.choice(NATO)): 1,
                          ("UNKNOWN", "MALE" if p["sex"] == "M" else "FEMALE"): 1})  # fmt: skip
        self.seq["ED_ADT"] += r.randint(1, 9)
        self.add("ED_ADT", p, {
            "MRN": str(self.seq["ED_ADT"]), "Acct #": self.unique(lambda: "V" + self.digits(9)),
            "Patient Last Name": alias[0], "Patient First Name": alias[1],
            "DOB": "01/01/1900", "Sex": p["sex"] if r.random() < 0.9 else "U",
            "SSN": wpick(r, PLACEHOLDER_SSN) if r.random() < 0.6 else None,
            "Home Phone": "(000) 000-0000" if r.random() < 0.3 else None,
            "Street": "UNKNOWN" if r.random() < 0.4 else None,
            "Guarantor": "UNKNOWN" if r.random() < 0.3 else None,
            "Arrival": self.visit_date(p, phase).strftime("%m/%d/%Y") + f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        })  # fmt: skip

    def op_pas(self, p: dict, phase: float) -> None:
        r = self.rnd
        first, middle, last = self.name_of(p, phase)
        addr, land = self.where(p, phase)
        dob = self.birth(p)
        if p["newborn"] and phase < 0.3:
            first, last = self.baby_name(p, p["mother"]["last"] if p["mother"] else last)
            first = wpick(
                r,
                {first: 2, "BABY OF " + p["mother"]["first"].upper() if p["mother"] else first: 1},
            )
        elif r.random() < 0.015:
            first, last = last, first
        if middle and len(middle) > 1 and r.random() < 0.5:
            first = f"{first} {middle}"  # forenames: all of them
        contact, contact_phone, rel = self.contact_of(p)
        age = (TODAY - p["dob"]).days / 365.25
        title = ("Mr" if p["sex"] == "M" else r.choice(["Mrs", "Ms", "Miss"])) if age >= 16 else (
            "Master" if p["sex"] == "M" and r.random() < 0.5 else None)  # fmt: skip
        nhs = p["nhs"] if r.random() < 0.9 else None
        if nhs and r.random() < 0.6:
            nhs = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
        self.add("OP_PAS", p, {
            "Hospital Number": self.mrn("OP_PAS", p), "NHS Number": nhs, "Title": title,
            "Forename": first if r.random() < 0.6 else first.upper(),
            "Surname": last.upper() if r.random() < 0.6 else last,
            "Date of Birth": dob.strftime("%d/%m/%Y"),
            "Gender": {"M": "Male", "F": "Female"}[p["sex"]] if r.random() < 0.97 else "Not Known",
            "Address Line 1": addr["street"], "Town": addr["city"] if r.random() < 0.9 else None,
            "Postcode": addr["code"] if r.random() < 0.8 else addr["code"].replace(" ", ""),
            "Home Tel": self.uk_phone(land) if r.random() < 0.9 else None,
            "Mobile Tel": self.uk_phone(p["cell"]) if r.random() < 0.9 else None,
            "Registered GP": self.doctor(p, "uk") if r.random() < 0.85 else None,
            "Next of Kin": f"{contact} ({rel})" if contact and r.random() < 0.3 else contact,
            "NOK Telephone": self.uk_phone(contact_phone) if contact and r.random() < 0.8 else None,
            "Clinic Date": self.visit_date(p, phase).strftime("%d/%m/%Y"),
        })  # fmt: skip

    def lab(self, p: dict, phase: float) -> None:
        r = self.rnd
        first, middle, last = self.name_of(p, phase)
        _addr, land = self.where(p, phase)
        dob = self.birth(p)
        suffix = p["suffix"] if r.random() < 0.7 else ""
        if p["newborn"] and phase < 0.35:
            first, last = self.baby_name(p, p["mother"]["last"] if p["mother"] else last)
            middle, suffix = "", ""
        elif r.random() < 0.015:
            first, last = last, first
        up = lambda s: s.upper()  # noqa: E731
        if r.random() < 0.6:
            name = "^".join([up(last), up(first), up(middle[:1]), suffix]).rstrip("^")
        else:
            name = f"{up(last)}{' ' + suffix if suffix else ''}, {up(first)}{' ' + up(middle[:1]) if middle else ''}"
        self.add("LAB", p, {
            "Accession No": self.unique(lambda: f"{r.randint(16, 25)}-{self.digits(7)}"),
            "Lab Patient ID": self.mrn("LAB", p), "Patient Name": name,
            "Birth Date": dob.strftime("%Y%m%d"),
            "Sex": p["sex"] if r.random() < 0.97 else "U",
            "Phone": self.phone_of(p, p["cell"] or land) if r.random() < 0.7 else None,
            "NHS No": p["nhs"] if p["c"] == "UK" and r.random() < 0.7 else None,
            "Ordering Provider": self.doctor(p, "hl7") if r.random() < 0.8 else None,
            "Collected": self.visit_date(p, phase).strftime("%Y%m%d%H%M"),
        })  # fmt: skip

    def rx(self, p: dict, phase: float) -> None:
        r = self.rnd
        first, _middle, last = self.name_of(p, phase)
        addr, land = self.where(p, phase)
        dob = self.birth(p)
        if p["suffix"] and r.random() < 0.4:
            first = f"{first} {p['suffix']}"
        if r.random() < 0.015:
            first, last = last, first
        sub = p["subscriber"] or p
        member = p["member"]
        if member and "-" in member[-3:] and r.random() < 0.45:
            member = member[:-3]  # the subscriber's number alone: the family's one
        self.add("RX", p, {
            "MRN": self.mrn("RX", p), "Last": last, "First": first,
            "DOB": dob.strftime("%m/%d/%Y" if r.random() < 0.7 else "%m/%d/%y"),
            "Gender": p["sex"], "SSN Last 4": p["ssn"][-4:] if p["ssn"] and r.random() < 0.6 else None,
            "Phone": self.us_phone(p["cell"] or land) if r.random() < 0.9 else None,
            "Address": addr["street"], "City": addr["city"], "ST": addr["state"], "ZIP": addr["code"],
            "Insurance Member ID": member if r.random() < 0.85 else None,
            "Cardholder Name": f"{sub['last']}, {sub['first']}".upper() if member and r.random() < 0.7 else None,
            "Prescriber": self.doctor(p, "us") if r.random() < 0.9 else None,
            "Fill Date": self.visit_date(p, phase).strftime("%m/%d/%Y"),
        })  # fmt: skip

    def portal(self, p: dict, phase: float) -> None:
        r = self.rnd
        first, _, last = self.name_of(p, phase)
        addr, _ = self.where(p, phase)
        age = (TODAY - p["dob"]).days / 365.25
        proxy = p["mother"] if age < 16 and p["mother"] else None
        email = proxy["email"] if proxy else p["email"]
        self.add("PORTAL", p, {
            "username": self.unique(lambda: (first[:1] + last.replace(" ", "")).lower()[:12] + self.digits(3)),
            "email": email if r.random() < 0.95 else None,
            "first_name": first, "last_name": last,
            "date_of_birth": self.birth(p).isoformat(),
            "mobile": self.phone_of(p, proxy["cell"] if proxy else p["cell"]) if r.random() < 0.8 else None,
            "zip_postcode": addr["code"],
            "proxy_name": self.whole(proxy) if proxy else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            us = p["c"] == "US"
            plan = []
            if us:
                plan += ["ED_ADT"] * wpick(r, {0: 45, 1: 30, 2: 17, 3: 8})
                plan += ["RX"] * (wpick(r, {0: 50, 1: 25, 2: 15, 3: 10}) if age >= 1 else 0)
            else:
                plan += ["OP_PAS"] * wpick(r, {0: 15, 1: 40, 2: 30, 3: 15})
            plan += ["LAB"] * wpick(r, {0: 55, 1: 30, 2: 15})
            if (age >= 18 or age < 16) and r.random() < 0.3:
                plan.append("PORTAL")
            if p["newborn"]:
                plan.insert(0, "ED_ADT" if us else "OP_PAS")
            if not plan:
                plan = ["ED_ADT" if us else "OP_PAS"]
            r.shuffle(plan)
            if p["newborn"]:
                plan.sort(key=lambda s: s not in ("ED_ADT", "OP_PAS"))
            for j, system in enumerate(plan):
                phase = (j + r.random()) / len(plan)
                if system == "ED_ADT" and age >= 14 and r.random() < 0.04:
                    self.ed_unknown(p, phase)
                    continue
                {"ED_ADT": self.ed_adt, "OP_PAS": self.op_pas, "LAB": self.lab, "RX": self.rx,
                 "PORTAL": self.portal}[system](p, phase)  # fmt: skip
        return self.shuffled("row_id", "MPI")


def hospital(persons: int = 4000, seed: int = 44) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Hospital.frame(persons, seed, "row_id")
