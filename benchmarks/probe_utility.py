"""A UK energy and water supplier's customer file: billing, meter points, payments, web accounts.

One file of four systems (a ``system`` column). Billing, meter and payment records carry one
``customer_name`` written many ways (title and initials, ``SURNAME, First``, middle initials) and
often naming a couple (``Mr & Mrs Smith``, ``J & M Smith``); web accounts split first and last
names. Partners share an address, a landline and usually a surname; home movers leave their old
address, landline and meter point to the next occupant; ``The Occupier`` records and executors of
deceased customers with a solicitor's phone; postcodes, phones and sort codes in several forms,
typos, missing towns and birth dates.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
from faker import Faker

from slips import slip

# births are drawn relative to this date (Faker's date_of_birth would use today's)
TODAY = dt.date(2026, 12, 4)


class Utility:
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.fk = Faker("en_GB")
        self.fk.seed_instance(seed)
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.rows: list[dict] = []

    def date_of_birth(self, minimum_age: int, maximum_age: int) -> dt.date:
        """Faker's ``date_of_birth`` with ``TODAY`` for today."""
        start = TODAY.replace(year=TODAY.year - (maximum_age + 1))
        end = TODAY.replace(year=TODAY.year - minimum_age)
        dob = self.fk.date_time_ad(start_datetime=start, end_datetime=end).date()
        return dob if dob != start else dob + dt.timedelta(days=1)

    def mobile(self):
        return "07" + str(self.rnd.randint(100000000, 999999999))

    def landline(self):
        rnd = self.rnd
        return "01" + str(rnd.randint(100, 999)) + str(rnd.randint(100000, 999999))

    def fmt_phone(self, p):
        r = self.rnd.random()
        if p.startswith("07"):
            if r < 0.4:
                return p
            if r < 0.6:
                return p[:5] + " " + p[5:]
            if r < 0.8:
                return "+44 " + p[1:5] + " " + p[5:]
            return "+44" + p[1:]
        if r < 0.5:
            return p
        if r < 0.8:
            return p[:5] + " " + p[5:]
        return "(" + p[:5] + ") " + p[5:]

    def fmt_pc(self, pc):
        r = self.rnd.random()
        if r < 0.15:
            return pc.replace(" ", "")
        if r < 0.25:
            return pc.lower()
        if r < 0.3:
            return pc.lower().replace(" ", "")
        return pc

    def typo(self, s):
        if len(s) < 4 or self.rnd.random() > 0.5:
            return s
        return slip(self.rnd, s, "aeiourstnl")

    def new_address(self):
        rnd, fk = self.rnd, self.fk
        return dict(
            street=f"{rnd.randint(1, 220)} {fk.street_name()}",
            town=fk.city(),
            pc=fk.postcode(),
            mpan=str(rnd.randint(10**12, 10**13 - 1)),
            landline=self.landline() if rnd.random() < 0.55 else None,
        )

    def new_person(self, addr, last=None, sex=None):
        rnd, fk, persons = self.rnd, self.fk, self.persons
        sex = sex or rnd.choice("MF")
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        last = last or fk.last_name()
        title = "Mr" if sex == "M" else rnd.choice(["Mrs", "Ms", "Miss", "Mrs"])
        if rnd.random() < 0.04:
            title = "Dr"
        em = None
        if rnd.random() < 0.75:
            em = (
                rnd.choice(
                    [
                        f"{first}.{last}",
                        f"{first[0]}{last}",
                        f"{first}{last}{rnd.randint(1, 99)}",
                        f"{last}{first[0]}",
                    ]
                )
                .lower()
                .replace("'", "")
                .replace(" ", "")
                + "@"
                + rnd.choice(
                    [
                        "gmail.com",
                        "hotmail.co.uk",
                        "btinternet.com",
                        "yahoo.co.uk",
                        "outlook.com",
                        "sky.com",
                    ]
                )
            )
        p = dict(
            pid=len(persons),
            sex=sex,
            first=first,
            last=last,
            title=title,
            mid=fk.first_name() if rnd.random() < 0.3 else None,
            dob=self.date_of_birth(minimum_age=19, maximum_age=90),
            mob=self.mobile() if rnd.random() < 0.85 else None,
            email=em,
            addrs=[addr],
            sort=f"{rnd.randint(1, 99):02d}-{rnd.randint(0, 99):02d}-{rnd.randint(0, 99):02d}",
            acct=f"{rnd.randint(0, 9999):04d}",
            partner=None,
            dead=rnd.random() < 0.03,
        )
        persons.append(p)
        return p

    def population(self):
        rnd, persons = self.rnd, self.persons
        while len(persons) < self.n:
            a = self.new_address()
            p = self.new_person(a)
            if (
                rnd.random() < 0.35 and len(persons) < self.n
            ):  # partner at same address, usually same surname
                q = self.new_person(
                    a,
                    last=p["last"] if rnd.random() < 0.8 else None,
                    sex="F" if p["sex"] == "M" else "M",
                )
                p["partner"] = q["pid"]
                q["partner"] = p["pid"]
        # home movers: the old address is taken by another person (new occupant) where possible
        movers = [p for p in persons if p["partner"] is None and rnd.random() < 0.18]
        moving = {p["pid"] for p in movers}
        singles = [p for p in persons if p["partner"] is None and p["pid"] not in moving]
        rnd.shuffle(singles)
        for p in movers:
            old = p["addrs"][0]
            p["addrs"].append(self.new_address())
            if singles and rnd.random() < 0.7:  # someone else moves into the old address
                q = singles.pop()
                keep = old["landline"] and rnd.random() < 0.3
                landline = old["landline"] if keep else q["addrs"][0]["landline"]
                q["addrs"] = [dict(old, landline=landline), *q["addrs"][1:]]
                q["took_over"] = p["pid"]

    def name_str(self, p, allow_joint=True):
        rnd = self.rnd
        f, ln, t = p["first"], self.typo(p["last"]) if rnd.random() < 0.1 else p["last"], p["title"]
        f = self.typo(f) if rnd.random() < 0.08 else f
        q = self.persons[p["partner"]] if p["partner"] is not None else None
        if q and allow_joint and rnd.random() < 0.35:
            r = rnd.random()
            if q["last"] != p["last"]:
                return f"{f} {ln} & {q['first']} {q['last']}", "joint"
            if r < 0.35:
                return f"{t} {f[0]} & {q['title']} {q['first'][0]} {ln}", "joint"
            if r < 0.7:
                return f"{f} and {q['first']} {ln}", "joint"
            if p["sex"] == "M":
                return f"Mr & Mrs {ln}", "joint"
            return f"{t} {f} & {q['title']} {q['first']} {ln}", "joint"
        r = rnd.random()
        if r < 0.3:
            return f"{t} {f} {ln}", "single"
        if r < 0.5:
            return f"{t} {f[0]} {ln}", "initial"
        if r < 0.6:
            return f"{f[0]} {ln}", "initial"
        if r < 0.68 and p["mid"]:
            return f"{t} {f[0]}{p['mid'][0]} {ln}", "initial"
        if r < 0.75:
            return f"{ln.upper()}, {f}", "single"
        return f"{f} {ln}", "single"

    def rec(self, p, system, addr, kind=None):
        rnd = self.rnd
        r = dict(person_id=p["pid"], system=system, kind=kind)
        r["account_number"] = str(rnd.randint(10**9, 10**10 - 1)) if system != "web" else None
        r["address_line_1"] = (
            addr["street"]
            if rnd.random() > 0.05
            else addr["street"].replace("Road", "Rd").replace("Street", "St")
        )
        r["town"] = addr["town"] if rnd.random() < 0.8 else None
        r["postcode"] = self.fmt_pc(addr["pc"])
        phones = [x for x in (p["mob"], addr["landline"]) if x]
        if system == "web":
            r["first_name"], r["last_name"] = p["first"], p["last"]
            if rnd.random() < 0.1:
                r["first_name"] = p["first"][0]
            r["email"] = p["email"] or (f"{p['first']}{rnd.randint(1, 999)}@gmail.com".lower())
            r["mobile"] = self.fmt_phone(p["mob"]) if p["mob"] and rnd.random() < 0.7 else None
            r["date_of_birth"] = (
                p["dob"].strftime(rnd.choice(["%d/%m/%Y", "%Y-%m-%d"]))
                if rnd.random() < 0.5
                else None
            )
            if rnd.random() < 0.3:
                r["address_line_1"] = r["town"] = None
        else:
            nm, k = self.name_str(p, allow_joint=(system != "payments" or rnd.random() < 0.5))
            r["customer_name"] = nm
            r["kind"] = kind or k
            if rnd.random() < 0.6 and phones:
                r["telephone"] = self.fmt_phone(rnd.choice(phones))
            if system == "billing" and rnd.random() < 0.5:
                r["email"] = p["email"]
            if system == "billing" and rnd.random() < 0.15:
                r["date_of_birth"] = p["dob"].strftime("%d/%m/%Y")
            if system == "meter":
                r["mpan"] = addr["mpan"]
            if system == "payments":
                r["sort_code"] = p["sort"] if rnd.random() < 0.8 else p["sort"].replace("-", "")
                r["bank_account"] = "****" + p["acct"]
        self.rows.append(r)
        return r

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        for p in self.persons:
            n = rnd.choice([1, 2, 2, 3, 3, 3, 4])
            for _ in range(n):
                addr = (
                    p["addrs"][-1]
                    if (len(p["addrs"]) == 1 or rnd.random() < 0.5)
                    else p["addrs"][0]
                )
                self.rec(p, rnd.choice(["billing", "billing", "meter", "payments", "web"]), addr)
            if rnd.random() < 0.06:  # occupier record at the current address: truth = the occupant
                r = self.rec(p, "meter", p["addrs"][-1], "occupier")
                r["customer_name"] = rnd.choice(["The Occupier", "THE OCCUPIER", "Occupier"])
                r.pop("telephone", None)
            if p["dead"]:
                r = self.rec(p, "billing", p["addrs"][-1], "executor")
                r["customer_name"] = rnd.choice(
                    [
                        f"Executors of the late {p['first']} {p['last']}",
                        f"The Executors of {p['title']} {p['first'][0]} {p['last']} (deceased)",
                        f"Exors of {p['first']} {p['last']} Dec'd",
                    ]
                )
                r["email"] = None
                r["telephone"] = self.fmt_phone(self.landline())  # solicitor's number
        df = pd.DataFrame(self.rows).sample(frac=1, random_state=1).reset_index(drop=True)
        df.insert(0, "record_id", [f"R{i:06d}" for i in range(len(df))])
        cols = [
            "record_id",
            "system",
            "account_number",
            "customer_name",
            "first_name",
            "last_name",
            "address_line_1",
            "town",
            "postcode",
            "telephone",
            "mobile",
            "email",
            "date_of_birth",
            "mpan",
            "sort_code",
            "bank_account",
            "person_id",
            "kind",
        ]
        return df[cols]


def utility(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    g = Utility(persons, seed)
    g.population()
    df = g.records()
    truth = df.set_index("record_id")["person_id"]
    df = df.drop(columns=["person_id", "kind"]).astype(object)
    return df.where(df.notna(), None), truth
