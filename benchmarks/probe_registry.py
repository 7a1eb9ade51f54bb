"""A US hospital network's patient registry: four facilities' patient files merged into one.

Each facility fills the one schema its own way: MERCY_MAIN (Epic) names in title case with
accents, dates MM/DD/YYYY, SSNs 123-45-6789; ST_LUKES (Cerner) names in capitals, the suffix
after the last name, dates ISO, ZIP+4; NORTHSIDE_CLINIC the SSN's last four only, unpadded
dates, the unit in the first address line; REGIONAL_LAB one ``LAST, FIRST M`` name, dates
YYYYMMDD, no SSN. The patients live in households (shared landlines and addresses, children
with a parent's cell), with twins, Jr/Sr at one address, newborns registered as ``BABY GIRL``,
Hispanic double surnames, maiden names, moves, nicknames, typos, placeholder SSNs and dates,
and in every file other people's names: emergency contacts and the primary care physician.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pandas as pd
from faker import Faker

NICK = {
    "Robert": ["Bob", "Rob", "Bobby"],
    "William": ["Bill", "Will", "Billy"],
    "Elizabeth": ["Liz", "Beth", "Betty"],
    "Katherine": ["Kate", "Katie", "Kathy"],
    "Michael": ["Mike"],
    "James": ["Jim", "Jimmy"],
    "Richard": ["Rick", "Dick"],
    "Margaret": ["Maggie", "Peggy"],
    "Jennifer": ["Jen", "Jenny"],
    "Christopher": ["Chris"],
    "Joseph": ["Joe", "Joey"],
    "Thomas": ["Tom", "Tommy"],
    "Daniel": ["Dan", "Danny"],
    "Anthony": ["Tony"],
    "Charles": ["Charlie", "Chuck"],
    "Patricia": ["Pat", "Patty"],
    "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue"],
    "Jonathan": ["Jon"],
    "Nicholas": ["Nick"],
    "Matthew": ["Matt"],
    "Alexander": ["Alex"],
    "Samuel": ["Sam"],
    "Benjamin": ["Ben"],
    "Edward": ["Ed", "Ted"],
    "Steven": ["Steve"],
    "Kenneth": ["Ken"],
    "Andrew": ["Andy"],
    "Joshua": ["Josh"],
    "Zachary": ["Zach"],
    "Victoria": ["Vicky"],
    "Rebecca": ["Becky"],
    "Jessica": ["Jess"],
    "Timothy": ["Tim"],
    "Gregory": ["Greg"],
    "Donald": ["Don"],
    "Ronald": ["Ron"],
    "Jeffrey": ["Jeff"],
    "Kimberly": ["Kim"],
    "Christina": ["Tina"],
    "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe"],
    "Guadalupe": ["Lupe"],
    "Jesús": ["Chuy"],
    "Alejandro": ["Alex"],
    "Roberto": ["Beto"],
    "Alberto": ["Beto"],
    "Eduardo": ["Lalo"],
}
FIRST_M = [
    "Robert", "William", "Michael", "James", "Richard", "Christopher", "Joseph", "Thomas",
    "Daniel", "Anthony", "Charles", "Jonathan", "Nicholas", "Matthew", "Alexander", "Samuel",
    "Benjamin", "Edward", "Steven", "Kenneth", "Andrew", "Joshua", "Zachary", "Timothy",
    "Gregory", "Donald", "Ronald", "Jeffrey",
]  # fmt: skip
FIRST_F = [
    "Elizabeth", "Katherine", "Margaret", "Jennifer", "Patricia", "Deborah", "Susan",
    "Victoria", "Rebecca", "Jessica", "Kimberly", "Christina",
]  # fmt: skip
HISP_M = ["Francisco", "José", "Jesús", "Alejandro", "Roberto", "Alberto", "Eduardo"]
HISP_F = ["Guadalupe"]
SUFFIX_ABBR = {
    "Street": "St",
    "Avenue": "Ave",
    "Road": "Rd",
    "Drive": "Dr",
    "Lane": "Ln",
    "Court": "Ct",
    "Boulevard": "Blvd",
    "Place": "Pl",
    "Circle": "Cir",
    "Way": "Way",
    "Parkway": "Pkwy",
    "Terrace": "Ter",
    "Trail": "Trl",
}
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West"}
AREA = ["614", "614", "614", "740", "380", "937"]
FACILITIES = ["MERCY_MAIN", "ST_LUKES", "NORTHSIDE_CLINIC", "REGIONAL_LAB"]
FACILITY_WEIGHTS = [0.35, 0.30, 0.20, 0.15]
EMAIL_RATE = {"MERCY_MAIN": 0.55, "ST_LUKES": 0.25, "NORTHSIDE_CLINIC": 0.7, "REGIONAL_LAB": 0.0}
PAYORS = ["MEDICARE", "MEDICAID", "ANTHEM BCBS", "AETNA", "UNITEDHEALTHCARE", "CIGNA", "HUMANA"]
PLACEHOLDER_SSNS = ["000000000", "999999999", "000000000", "123456789"]
TODAY = dt.date(2025, 6, 30)
COLUMNS = [
    "RECORD_ID", "FACILITY", "PAT_MRN_ID", "PAT_FIRST_NAME", "PAT_MIDDLE_NAME", "PAT_LAST_NAME",
    "PAT_NAME_SUFFIX", "PAT_NAME", "BIRTH_DATE", "SEX", "SSN", "SSN_LAST4", "ADD_LINE_1",
    "ADD_LINE_2", "CITY", "STATE", "ZIP", "HOME_PHONE", "MOBILE_PHONE", "WORK_PHONE",
    "EMAIL_ADDRESS", "LAST_VISIT_DATE", "PCP_NAME", "EMERG_CONTACT_NAME", "EMERG_CONTACT_PHONE",
    "PRIMARY_PAYOR",
]  # fmt: skip
PHONE_FORMATS = {
    "MERCY_MAIN": lambda x: f"({x[:3]}) {x[3:6]}-{x[6:]}",
    "ST_LUKES": lambda x: f"{x[:3]}-{x[3:6]}-{x[6:]}",
    "NORTHSIDE_CLINIC": lambda x: x,
    "REGIONAL_LAB": lambda x: f"+1 {x[:3]} {x[3:6]} {x[6:]}",
}


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def age_at_today(dob: dt.date) -> float:
    return (TODAY - dob).days / 365.25


class Registry:
    """Draws the households, then each patient's visits to the four facilities."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.fk = Faker("en_US")
        self.fk.seed_instance(seed)
        self.fx = Faker("es_MX")
        self.fx.seed_instance(seed + 1)
        r = self.r
        # a regional network: 30 towns with 1 to 3 ZIP codes, most in Ohio
        self.towns = []
        for i in range(30):
            state = "OH" if i < 26 else r.choice(["WV", "KY", "IN", "PA"])
            base = r.randint(43001, 45999) if state == "OH" else r.randint(15001, 47999)
            zips = [f"{base + k * r.randint(1, 9):05d}" for k in range(r.randint(1, 3))]
            self.towns.append((self.fk.city(), state, zips))
        self.town_w = [r.paretovariate(1.2) for _ in self.towns]
        self.used_ssn, self.used_phone, self.mrn_seq = set(), set(), {}
        self.doctors: list[str] = []

    # ---- identifiers -------------------------------------------------------------------
    def ssn(self) -> str:
        r = self.r
        while True:
            s = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
            if s[:3] != "666" and s not in self.used_ssn:
                self.used_ssn.add(s)
                return s

    def phone(self) -> str:
        r = self.r
        while True:
            p = r.choice(AREA) + str(r.randint(2, 9)) + f"{r.randint(0, 99):02d}"
            p += f"{r.randint(0, 9999):04d}"
            if p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def address(self) -> dict:
        r = self.r
        town = r.choices(self.towns, self.town_w)[0]
        street = self.fk.last_name() if r.random() < 0.6 else self.fk.street_name().split()[0]
        suffix = r.choice(list(SUFFIX_ABBR))
        d = r.choice(list(DIRS)) if r.random() < 0.2 else None
        unit = None
        if r.random() < 0.25:
            unit = r.choice(
                [
                    str(r.randint(1, 40)),
                    f"{r.randint(1, 4)}{r.choice('ABCD')}",
                    str(r.randint(101, 450)),
                ]
            )
        zip5 = r.choice(town[2])
        return {
            "num": str(r.randint(1, 9999)),
            "dir": d,
            "street": street,
            "suffix": suffix,
            "unit": unit,
            "city": town[0],
            "state": town[1],
            "zip": zip5,
            "plus4": f"{r.randint(1, 9999):04d}",
        }

    def mrn(self, fac: str) -> str:
        n = self.mrn_seq.get(fac, 0) + 1
        self.mrn_seq[fac] = n
        x = self.r.randint(0, 10**9)
        return {
            "MERCY_MAIN": f"E{(x + n * 7919) % 10**7:07d}",
            "ST_LUKES": f"{(x + n * 104729) % 10**8:08d}",
            "NORTHSIDE_CLINIC": f"NC{(x + n) % 10**6:06d}",
            "REGIONAL_LAB": f"L{(x + n * 31) % 10**9:09d}",
        }[fac]

    # ---- people ------------------------------------------------------------------------
    def dob(self, lo_age: float, hi_age: float) -> dt.date:
        return TODAY - dt.timedelta(days=int(self.r.uniform(lo_age, hi_age) * 365.25))

    def given(self, sex: str, hisp: bool) -> str:
        r = self.r
        if hisp:
            if r.random() < 0.25:
                return r.choice(HISP_M if sex == "M" else [*HISP_F, "María"])
            return self.fx.first_name_male() if sex == "M" else self.fx.first_name_female()
        if r.random() < 0.35:
            return r.choice(FIRST_M if sex == "M" else FIRST_F)
        return self.fk.first_name_male() if sex == "M" else self.fk.first_name_female()

    def surname(self, hisp: bool) -> str:
        return self.fx.last_name() if hisp else self.fk.last_name()

    def email(self, first: str, last: str, dob: dt.date) -> str:
        r = self.r
        given = strip_accents(first).lower()
        family = strip_accents(last.split()[0].split("-")[0]).lower()
        local = r.choice(
            [
                f"{given}.{family}",
                f"{given[0]}{family}",
                f"{given}{family}{r.randint(1, 99)}",
                f"{family}.{given}{dob.year % 100:02d}",
            ]
        )
        domain = r.choice(
            [
                "gmail.com",
                "gmail.com",
                "yahoo.com",
                "hotmail.com",
                "aol.com",
                "outlook.com",
                "att.net",
            ]
        )
        return f"{local}@{domain}"

    def person(self, sex: str, hisp: bool, last: str, dob: dt.date, hh: dict, **kw) -> dict:
        r = self.r
        first = kw.pop("first", None) or self.given(sex, hisp)
        middle = kw.pop("middle", None)
        if middle is None and r.random() < 0.75:
            middle = self.given(sex, hisp)
        age = age_at_today(dob)
        p = {
            "first": first,
            "middle": middle or "",
            "last": last,
            "sex": sex,
            "dob": dob,
            "ssn": self.ssn() if r.random() < (0.95 if age >= 18 else 0.8) else "",
            "cell": self.phone() if age >= 14 and r.random() < 0.9 else "",
            "work": self.phone() if 22 <= age <= 67 and r.random() < 0.4 else "",
            "hh": hh,
            "suffix": "",
            "maiden": None,
            "tags": set(),
            "moved": None,
            "email": "",
        }
        if age >= 16 and r.random() < 0.65:
            p["email"] = self.email(first, last, dob)
        p.update(kw)
        return p

    def spouse(self, a: dict, hisp: bool, last: str, hh: dict) -> dict:
        r = self.r
        s_sex = "F" if a["sex"] == "M" else "M"
        if r.random() < 0.05:
            s_sex = a["sex"]
        s_dob = a["dob"] + dt.timedelta(days=r.randint(-2500, 2500))
        spouse = self.person(s_sex, hisp, last, s_dob, hh)
        if s_sex == "F" and r.random() < 0.12 and age_at_today(s_dob) < 50:
            spouse["maiden"] = self.surname(hisp)  # married recently: earlier records, maiden name
        elif s_sex == "F" and r.random() < 0.08 and not hisp:
            spouse["last"] = f"{self.surname(False)}-{last}"
        return spouse

    def children(self, people: list[dict], dad: dict | None, hisp: bool, last: str, hh: dict):
        r = self.r
        parent_age = min((TODAY - p["dob"]).days for p in people) / 365.25
        n = r.choices([1, 2, 3, 4], [0.35, 0.4, 0.18, 0.07])[0]
        kids = []
        i = 0
        while i < n:
            k_dob = self.dob(0, max(1.5, min(parent_age - 20, 18)))
            if r.random() < 0.04:  # a newborn
                k_dob = self.dob(0, 1)
            k_sex = r.choice("MF")
            twins = r.random() < 0.06 and i + 1 < 5
            k = self.person(k_sex, hisp, last, k_dob, hh)
            if (
                dad is not None
                and k_sex == "M"
                and r.random() < 0.12
                and not any("junior" in x["tags"] for x in kids)
            ):
                k["first"], k["middle"], k["suffix"] = dad["first"], dad["middle"], "JR"
                dad["suffix"] = "SR"
                k["tags"].add("junior")
            kids.append(k)
            if twins:
                t_sex = r.choice("MF")
                t = self.person(t_sex, hisp, last, k_dob, hh)
                while t["first"] == k["first"]:
                    t["first"] = self.given(t_sex, hisp)
                k["twin"], t["twin"] = "A", "B"  # newborn twins: BABY GIRL A, BABY BOY B
                kids.append(t)
                i += 1
            i += 1
        return kids

    def household(self, hid: int) -> list[dict]:
        r = self.r
        hisp = r.random() < 0.15
        last = self.surname(hisp)
        if hisp and r.random() < 0.6:
            last = f"{last} {self.surname(True)}"  # paternal + maternal surname
        hh = {
            "id": hid,
            "addr": self.address(),
            "land": self.phone() if r.random() < 0.45 else "",
            "moved": None,
        }
        kind = r.choices(["single", "couple", "family", "single_parent"], [0.33, 0.27, 0.30, 0.10])[
            0
        ]
        a_sex = r.choice("MF")
        a_dob = self.dob(19, 92) if kind in ("single", "couple") else self.dob(24, 56)
        a = self.person(a_sex, hisp, last, a_dob, hh)
        people = [a]
        spouse = None
        if kind in ("couple", "family"):
            spouse = self.spouse(a, hisp, last, hh)
            people.append(spouse)
            for x, y in ((a, spouse), (spouse, a)):
                x["emerg"] = (f"{y['first']} {y['last']}", y["cell"] or hh["land"])
        if kind in ("family", "single_parent"):
            dad = a if a_sex == "M" else (spouse if spouse and spouse["sex"] == "M" else None)
            kids = self.children(people, dad, hisp, last, hh)
            mom = next((p for p in people if p["sex"] == "F"), a)
            for k in kids:
                age = age_at_today(k["dob"])
                if (
                    age < 1 and r.random() < 0.5
                ):  # born here (else born elsewhere, registered named)
                    k["tags"].add("newborn")
                if age < 14:  # a child's records carry a parent's cell
                    k["cell"] = mom["cell"] or a["cell"]
                    k["tags"].add("parent_cell")
                k["emerg"] = (f"{mom['first']} {mom['last']}", mom["cell"] or hh["land"])
            people.extend(kids)
        for p in people:
            p.setdefault("emerg", ("", ""))
        if r.random() < 0.10:  # the household moved during the records' period
            hh["moved"] = (
                self.address(),
                self.phone() if hh["land"] and r.random() < 0.7 else hh["land"],
            )
        for p in people:
            if hh["moved"] is None and age_at_today(p["dob"]) >= 18 and r.random() < 0.05:
                p["moved"] = (self.address(), "")
        return people

    # ---- records -----------------------------------------------------------------------
    def typo(self, s: str) -> str:
        r = self.r
        if len(s) < 3:
            return s
        i = r.randint(2, len(s) - 1)
        op = r.choice(["sub", "del", "swap", "ins"])
        c = r.choice("aeiounrstl")
        if s.isupper():
            c = c.upper()
        if op == "sub":
            return s[:i] + c + s[i + 1 :]
        if op == "del":
            return s[:i] + s[i + 1 :]
        if op == "ins":
            return s[:i] + c + s[i:]
        return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :] if i < len(s) else s

    def names(self, p: dict, phase: float) -> tuple[str, str, str, bool]:
        """First, middle and last name as one record writes them, and whether a newborn's."""
        r = self.r
        first, middle, last = p["first"], p["middle"], p["last"]
        if "newborn" in p["tags"] and phase < 0.4 and r.random() < 0.8:  # not named yet
            first = "BABY GIRL" if p["sex"] == "F" else "BABY BOY"
            if "twin" in p:
                first += " " + p["twin"]
            return first, "", last, True
        if p["maiden"] and phase < 0.45:
            last = p["maiden"]
        if first in NICK and r.random() < 0.18:
            first = r.choice(NICK[first])
        if " " in last and r.random() < 0.55:  # double surname
            parts = last.split()
            last = r.choices([parts[0], "-".join(parts), parts[1]], [0.7, 0.22, 0.08])[0]
        if r.random() < 0.03:
            first = self.typo(first)
        if r.random() < 0.03:
            last = self.typo(last)
        if middle and r.random() < 0.35:
            middle = middle[0]
        return first, middle, last, False

    def birth_date(self, dob: dt.date) -> dt.date:
        r = self.r
        u = r.random()
        if u < 0.008 and dob.day <= 12 and dob.day != dob.month:
            return dt.date(dob.year, dob.day, dob.month)
        if u < 0.02:
            k = r.choice(["day", "year", "month"])
            try:
                if k == "day":
                    dob = dob.replace(day=dob.day + r.choice([-1, 1, 10, -10]))
                elif k == "year":
                    dob = dob.replace(year=dob.year + r.choice([-1, 1, -10, 10]))
                else:
                    dob = dob.replace(month=dob.month + r.choice([-1, 1]))
            except ValueError:
                pass
            return dob
        if u < 0.023:
            return dt.date(1900, 1, 1)
        return dob

    def ssn_of(self, p: dict, baby: bool) -> str:
        r = self.r
        ssn = "" if baby else p["ssn"]
        if ssn:
            v = r.random()
            if v < 0.01:
                i = r.randint(0, 8)
                ssn = ssn[:i] + str((int(ssn[i]) + r.randint(1, 9)) % 10) + ssn[i + 1 :]
            elif v < 0.016:
                i = r.randint(0, 7)
                ssn = ssn[:i] + ssn[i + 1] + ssn[i] + ssn[i + 2 :]
        if not ssn and r.random() < 0.12:
            ssn = r.choice(PLACEHOLDER_SSNS)
        return ssn

    def address_columns(self, addr: dict, fac: str) -> dict:
        r = self.r
        suffix_word = addr["suffix"] if r.random() < 0.4 else SUFFIX_ABBR[addr["suffix"]]
        d = addr["dir"]
        if d and r.random() < 0.3:
            d = DIRS[d]
        line1 = " ".join(x for x in [addr["num"], d, addr["street"], suffix_word] if x)
        unit = addr["unit"]
        line2 = ""
        if unit:
            label = r.choice(["Apt", "APT", "Unit", "#", "Apt."])
            unit_s = f"{label} {unit}" if label != "#" else f"#{unit}"
            if fac in ("MERCY_MAIN", "ST_LUKES") and r.random() < 0.85:
                line2 = unit_s
            elif r.random() < 0.9:  # else the unit is dropped
                line1 = f"{line1} {unit_s}"
        plus4 = (fac == "ST_LUKES" and r.random() < 0.7) or r.random() < 0.1
        zipc = addr["zip"] + ("-" + addr["plus4"] if plus4 else "")
        city = addr["city"]
        if r.random() < 0.01:
            city = self.typo(city)
        return {
            "ADD_LINE_1": line1,
            "ADD_LINE_2": line2,
            "CITY": city,
            "STATE": addr["state"],
            "ZIP": zipc,
        }

    def name_columns(self, p, fac, first, middle, last, dob, ssn) -> dict:
        r = self.r
        if fac == "MERCY_MAIN":
            suffix = p["suffix"].title() + "." if p["suffix"] and r.random() < 0.9 else ""
            return {
                "PAT_FIRST_NAME": first,
                "PAT_MIDDLE_NAME": middle,
                "PAT_LAST_NAME": last,
                "PAT_NAME_SUFFIX": suffix,
                "BIRTH_DATE": dob.strftime("%m/%d/%Y"),
                "SSN": f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}" if ssn and r.random() < 0.85 else "",
            }
        if fac == "ST_LUKES":
            ln = strip_accents(last).upper()
            if p["suffix"] and r.random() < 0.8:
                ln = f"{ln} {p['suffix']}"
            return {
                "PAT_FIRST_NAME": strip_accents(first).upper(),
                "PAT_MIDDLE_NAME": strip_accents(middle[:1]).upper(),
                "PAT_LAST_NAME": ln,
                "PAT_NAME_SUFFIX": "",
                "BIRTH_DATE": dob.isoformat(),
                "SSN": ssn if ssn and r.random() < 0.6 else "",
            }
        if fac == "NORTHSIDE_CLINIC":
            real = ssn and ssn not in ("000000000", "999999999")
            return {
                "PAT_FIRST_NAME": strip_accents(first),
                "PAT_MIDDLE_NAME": strip_accents(middle),
                "PAT_LAST_NAME": strip_accents(last),
                "PAT_NAME_SUFFIX": "",
                "BIRTH_DATE": f"{dob.month}/{dob.day}/{dob.year}",
                "SSN": "",
                "SSN_LAST4": ssn[-4:] if real and r.random() < 0.8 else "",
            }
        name = f"{strip_accents(last).upper()}, {strip_accents(first).upper()}"
        if middle:
            name += f" {strip_accents(middle[:1]).upper()}"
        return {"PAT_NAME": name, "BIRTH_DATE": dob.strftime("%Y%m%d")}

    def record(self, p: dict, fac: str, when: dt.date, phase: float) -> dict:
        r = self.r
        hh = p["hh"]
        first, middle, last, baby = self.names(p, phase)
        addr, land = hh["addr"], hh["land"]
        move = hh["moved"] or p["moved"]
        if move and phase > 0.5:
            addr, land = move[0], move[1] or land
        dob = self.birth_date(p["dob"])
        ssn = self.ssn_of(p, baby)
        sex = "U" if r.random() < 0.02 else p["sex"]
        cell, work, email = p["cell"], p["work"], p["email"]
        if "parent_cell" in p["tags"]:
            email = ""
        row = {"FACILITY": fac, "PAT_MRN_ID": self.mrn(fac), "PATIENT_TRUTH_ID": p["pid"]}
        fmt_phone = PHONE_FORMATS[fac]
        row.update(self.address_columns(addr, fac))
        home, mobile = land, cell
        if fac in ("ST_LUKES", "REGIONAL_LAB") and not home and mobile and r.random() < 0.7:
            home, mobile = mobile, ""  # a system with one phone number: the cell in HOME_PHONE
        if r.random() < 0.08:
            home = ""
        if r.random() < 0.08:
            mobile = ""
        wk = ""
        if work and fac in ("MERCY_MAIN", "NORTHSIDE_CLINIC") and r.random() < 0.5:
            wk = fmt_phone(work) + (f" x{r.randint(100, 9999)}" if r.random() < 0.4 else "")
        row["HOME_PHONE"] = fmt_phone(home) if home else ""
        row["MOBILE_PHONE"] = fmt_phone(mobile) if mobile else ""
        row["WORK_PHONE"] = wk
        row["EMAIL_ADDRESS"] = ""
        if email and r.random() < EMAIL_RATE[fac]:
            row["EMAIL_ADDRESS"] = email.upper() if fac == "ST_LUKES" else email
        row.update(self.name_columns(p, fac, first, middle, last, dob, ssn))
        row["SEX"] = (
            sex if fac != "REGIONAL_LAB" else {"M": "Male", "F": "Female", "U": "Unknown"}[sex]
        )
        row["LAST_VISIT_DATE"] = when.strftime("%m/%d/%Y")
        row["PCP_NAME"] = (
            self.doctors[p["pid"] % len(self.doctors)] if fac != "REGIONAL_LAB" else ""
        )
        contact, contact_phone = p["emerg"]
        if contact and r.random() < 0.6 and fac != "REGIONAL_LAB":
            row["EMERG_CONTACT_NAME"] = contact
            row["EMERG_CONTACT_PHONE"] = fmt_phone(contact_phone) if contact_phone else ""
        row["PRIMARY_PAYOR"] = PAYORS[p["pid"] % len(PAYORS)] if r.random() < 0.8 else "SELF PAY"
        return row

    def visits(self, p: dict) -> list[dict]:
        r = self.r
        n = r.choices([1, 2, 3, 4, 5, 6], [0.22, 0.32, 0.24, 0.12, 0.06, 0.04])[0]
        if "newborn" in p["tags"]:
            n = max(n, 2)
        home_fac = r.choices(FACILITIES, FACILITY_WEIGHTS)[0]
        rows = []
        for j in range(n):
            fac = home_fac if r.random() < 0.35 else r.choices(FACILITIES, FACILITY_WEIGHTS)[0]
            phase = (j + r.random()) / n
            start = max(p["dob"], dt.date(2015, 1, 1))
            when = start + dt.timedelta(days=int(phase * (TODAY - start).days))
            rows.append(self.record(p, fac, when, phase))
        return rows

    def run(self, n_patients: int) -> pd.DataFrame:
        self.doctors = [f"{self.fk.last_name()}, {self.fk.first_name()} MD" for _ in range(60)]
        people, hid = [], 0
        while len(people) < n_patients:
            people.extend(self.household(hid))
            hid += 1
        for pid, p in enumerate(people):
            p["pid"] = pid
        rows = [row for p in people for row in self.visits(p)]
        df = pd.DataFrame(rows).fillna("")
        df = df.sample(frac=1, random_state=self.r.randint(0, 10**6)).reset_index(drop=True)
        df["RECORD_ID"] = [f"R{i:06d}" for i in range(len(df))]
        return df


def registry(patients: int = 5000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The merged registry (every value a string) and each record's patient."""
    df = Registry(seed).run(patients).astype(str)
    truth = df.set_index("RECORD_ID")["PATIENT_TRUTH_ID"]
    return df[COLUMNS], truth
