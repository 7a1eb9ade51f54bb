"""A UK, Irish and US bank and telecoms group that serves consumers and small businesses: five
systems stacked in one file (a ``source_system`` column; a column of the same name in two
systems is one column), whose customers are persons, sole traders and limited companies.

* The retail-and-SME bank's core (``CORE``): ``Customer No``, ``Customer Name`` (``Mrs A Patel``,
  ``PATEL, ANITA``, ``Dr. R. O'Neill``; a sole trader's ``Smith, John t/a Smith Electrical`` or
  ``J Smith Plumbing``; a company's ``ACME TRADING LTD``, ``Acme Trading Limited``, ``ACME
  TRADING (UK) LTD``), ``Customer Type`` (``P``/``B``), ``Trading As``, ``Date of Birth`` (empty
  for companies), ``Company Reg No``, ``VAT No``, ``SSN Last 4`` (US persons), ``Address Line
  1``, ``Town``, ``Postcode``, ``Telephone``, ``Email``.
* The B2B telecoms billing system (``TELCO``), one row per authorised contact on an account:
  ``Account Number``, ``Account Name`` (the company, or the sole trader under their trading
  name), ``Authorised Contact`` (a job title after the name now and then, ``TBC`` or ``N/A``
  where none is on file), ``Contact Mobile`` (the contact's own), ``Switchboard`` (the
  company's, shared by every contact there), ``Billing Email`` (``accounts@``, ``info@``,
  ``office@``), ``Installation Address``, ``Postcode``.
* The CRM of business contacts (``CRM``): ``First Name``, ``Last Name`` (``Smith - Finance
  Director`` now and then), ``Job Title``, ``Company``, ``Work Email``
  (``firstname.lastname@company.co.uk``), ``Direct Dial`` (the switchboard with the contact's
  extension: ``020 7946 0958 ext 214``, ``x214``), ``Mobile``; a contact who changed employer
  has a row at each company.
* Card-acquiring (merchant) onboarding (``MERCHANT``): ``Merchant Trading Name``, ``Business
  Owner``, ``Owner DOB``, ``Owner Home Address``, ``Owner Postcode``, ``Owner Mobile``,
  ``Personal Guarantor`` (a spouse's name, or the owner's own), ``Company Reg No`` and ``EIN``
  (the business's), ``SSN Last 4``.
* The consumer web shop (``SHOP``): ``Full Name``, ``Email`` (personal), ``Mobile``,
  ``Delivery Address``, ``Postcode``; business owners and employees buy there privately too.

The truth: the person is the entity. A sole trader is their business (its rows, whatever name
they trade under, are theirs); a limited company (``Ltd``, ``Limited``, ``LLC``, ``Inc``) is an
entity of its own, never its director's: the bank's company rows and a telecoms account with
no authorised contact on file are the company's. A telecoms row with a contact is that
contact's, and a merchant row the business owner's, though both carry the business's
numbers, names and addresses.

What makes it hard: colleagues sharing a switchboard, an ``info@`` mailbox, a billing address
and a company name (not one person); a company's reg no and EIN on its owner's merchant row;
a sole trader's business and private records sharing only a name and a mobile; trading names
built from the owner's name; titles and initials; job titles in name fields; placeholders
(``N/A``, ``TBC``, ``-``); extensions on phones; postcodes written three ways; a contact at two
companies over time.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import Draws, spellings, wpick

# --------------------------------------------------------------------- names
#: Given names: (legal, {written form: weight}).
GIVEN = {
    "M": [("John", {"John": 6, "Jon": 1, "Johnny": 1}), ("William", {"William": 3, "Will": 2, "Bill": 1}),
          ("Robert", {"Robert": 4, "Rob": 2, "Bob": 1}), ("James", {"James": 5, "Jim": 1, "Jamie": 1}),
          ("Michael", {"Michael": 4, "Mike": 2, "Mick": 1}), ("David", {"David": 5, "Dave": 2}),
          ("Richard", {"Richard": 4, "Rich": 1, "Dick": 1}), ("Thomas", {"Thomas": 3, "Tom": 2}),
          ("Christopher", {"Christopher": 3, "Chris": 3}), ("Daniel", {"Daniel": 3, "Dan": 1}),
          ("Patrick", {"Patrick": 3, "Paddy": 1, "Pat": 1}), ("Sean", {"Sean": 3, "Seán": 1}),
          ("Ciarán", {"Ciarán": 2, "Ciaran": 3}), ("Declan", {"Declan": 1}), ("Liam", {"Liam": 1}),
          ("Anthony", {"Anthony": 3, "Tony": 2}), ("Stephen", {"Stephen": 3, "Steve": 2}),
          ("Rajesh", {"Rajesh": 3, "Raj": 1}), ("Mohammed", {"Mohammed": 3, "Mohammad": 1}),
          ("Tyler", {"Tyler": 1}), ("Brandon", {"Brandon": 1}), ("Kevin", {"Kevin": 1}),
          ("Gareth", {"Gareth": 1}), ("Andrew", {"Andrew": 3, "Andy": 2})],
    "F": [("Elizabeth", {"Elizabeth": 3, "Liz": 2, "Beth": 1}), ("Margaret", {"Margaret": 3, "Maggie": 1, "Peggy": 1}),
          ("Catherine", {"Catherine": 3, "Kate": 2, "Cathy": 1}), ("Jennifer", {"Jennifer": 3, "Jenny": 1, "Jen": 1}),
          ("Susan", {"Susan": 3, "Sue": 2}), ("Sarah", {"Sarah": 1}), ("Emma", {"Emma": 1}),
          ("Siobhán", {"Siobhán": 2, "Siobhan": 3}), ("Aoife", {"Aoife": 1}), ("Niamh", {"Niamh": 1}),
          ("Anita", {"Anita": 1}), ("Priya", {"Priya": 1}), ("Rebecca", {"Rebecca": 3, "Becky": 1}),
          ("Victoria", {"Victoria": 3, "Vicky": 2}), ("Deborah", {"Deborah": 2, "Debbie": 2}),
          ("Ashley", {"Ashley": 1}), ("Megan", {"Megan": 1}), ("Patricia", {"Patricia": 3, "Trish": 1, "Pat": 1}),
          ("Claire", {"Claire": 3, "Clare": 1}), ("Louise", {"Louise": 1}), ("Fatima", {"Fatima": 1})],
}  # fmt: skip
MIDDLE = {"M": ["James", "John", "Paul", "Edward", "Joseph", "Lee", "Francis"],
          "F": ["Anne", "Marie", "Louise", "Jane", "Elizabeth", "Rose", "Mary"]}  # fmt: skip
FAMILY = {
    "UK": spellings("Smith:12 Jones:8 Williams:7 Brown:7 Taylor:6 Davies:5 Evans:4 Wilson:4 "
                    "Thomas:4 Roberts:4 Johnson:3 Wright:3 Walker:3 Wood:3 Hughes:3 Patel:5 Khan:3 "
                    "Shah:2 Green:2 Hall:2 Clarke:2 Lewis:2 Jackson:2 Harris:2 Morgan:2 Edwards:2"),
    "IE": spellings("Murphy:8 Kelly:6 O'Sullivan:5 Walsh:5 Smith:4 O'Brien:5 Byrne:5 Ryan:5 "
                    "O'Connor:5 O'Neill:5 Reilly:3 Doyle:4 McCarthy:4 Gallagher:3 O'Doherty:2 "
                    "Kennedy:3 Lynch:3 Murray:3 Quinn:3 Moore:2 McLoughlin:2 Fitzgerald:3"),
    "US": spellings("Smith:10 Johnson:8 Williams:7 Brown:6 Jones:6 Garcia:5 Miller:5 Davis:5 "
                    "Rodriguez:4 Martinez:4 Hernandez:3 Lopez:3 Wilson:3 Anderson:3 Thomas:3 "
                    "Taylor:3 Moore:3 Jackson:3 Martin:3 Lee:3 Nguyen:2 Patel:3 O'Neill:2 Kim:2"),
}  # fmt: skip
COUNTRIES = {"UK": 55, "IE": 17, "US": 28}
#: Towns: (town, postcode or ZIP prefixes, landline area code (national, without 0), its length).
TOWNS = {
    "UK": [("London", ["SW1A", "EC1A", "N1", "SE1", "E14", "W1D", "NW3"], "20", 8),
           ("Manchester", ["M1", "M4", "M14", "M20"], "161", 7), ("Birmingham", ["B1", "B15", "B29"], "121", 7),
           ("Leeds", ["LS1", "LS6", "LS11"], "113", 7), ("Cardiff", ["CF10", "CF14", "CF24"], "29", 8),
           ("Glasgow", ["G1", "G12", "G41"], "141", 7), ("Bristol", ["BS1", "BS6", "BS8"], "117", 7)],
    "IE": [("Dublin", ["D02", "D04", "D08", "D06", "D15"], "1", 7), ("Cork", ["T12", "T23"], "21", 7),
           ("Galway", ["H91"], "91", 6), ("Limerick", ["V94"], "61", 6)],
    "US": [("New York, NY", ["100", "101", "112"], "212", 7), ("Boston, MA", ["021"], "617", 7),
           ("Chicago, IL", ["606"], "312", 7), ("Philadelphia, PA", ["191"], "215", 7),
           ("Austin, TX", ["787"], "512", 7)],
}  # fmt: skip
STREETS = ["High St", "Church Rd", "Station Rd", "Main St", "Park Ave", "Victoria Rd", "Green Ln",
           "Mill Ln", "Oak Drive", "Elm Street", "Maple Ave", "King St", "Queen St", "New Rd",
           "School Ln", "Manor Rd", "Broadway", "Chestnut Grove", "Castle St", "Bridge St"]  # fmt: skip
BUSINESS_PLACES = ["Unit {n}, Riverside Business Park", "Unit {n}, Enterprise Way",
                   "Suite {n}, Kingsway House", "{n} Commercial Rd", "Office {n}, The Exchange",
                   "{n} Industrial Estate Rd", "Floor {n}, Harbour Point", "Unit {n}, Millennium Park"]  # fmt: skip
COMPANY_WORDS = ["Acme", "Apex", "Northgate", "Riverside", "Crown", "Beacon", "Summit", "Harbour",
                 "Pinnacle", "Oakwood", "Meridian", "Keystone", "Blue Sky", "Greenfield", "Redwood",
                 "Silverline", "Cornerstone", "Lighthouse", "Evergreen", "Atlas", "Phoenix", "Sterling",
                 "Vertex", "Horizon", "Castle", "Bridgewater", "Ironbridge", "Westfield", "Eastgate"]  # fmt: skip
COMPANY_TRADES = ["Trading", "Logistics", "Engineering", "Consulting", "Property Services",
                  "Solutions", "Construction", "Design", "Recruitment", "Catering", "Distribution",
                  "Marketing", "Facilities Management", "IT Services", "Dental Care", "Accountants"]  # fmt: skip
SOLE_TRADES = ["Plumbing", "Electrical", "Joinery", "Building Services", "Roofing", "Decorating",
               "Landscaping", "Cleaning Services", "Hair Design", "Photography", "Bookkeeping",
               "Motors", "Carpentry", "Tiling", "Plastering", "Gas Services"]  # fmt: skip
TITLES = ["Director", "Managing Director", "Finance Director", "Office Manager", "Accounts Payable",
          "Operations Manager", "Sales Executive", "HR Manager", "Procurement", "Receptionist",
          "IT Manager", "Project Manager", "Payroll Administrator", "Account Manager"]  # fmt: skip
FREEMAIL = {"UK": {"gmail.com": 45, "hotmail.co.uk": 20, "btinternet.com": 10, "outlook.com": 10,
                   "yahoo.co.uk": 10, "icloud.com": 5},
            "IE": {"gmail.com": 55, "eircom.net": 15, "hotmail.com": 15, "yahoo.ie": 10, "icloud.com": 5},
            "US": {"gmail.com": 50, "yahoo.com": 15, "aol.com": 5, "outlook.com": 15, "icloud.com": 15}}  # fmt: skip
PLACEHOLDERS = {"N/A": 3, "TBC": 3, "-": 3, "n/a": 1, "Unknown": 1}
BIG = 1_000_000  # companies' entity ids: BIG + the company's number


class Business(Draws):
    SLIP_LETTERS = "aeiounrl"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.companies: list[dict] = []
        pid = 0
        while pid < self.n:
            country = wpick(r, COUNTRIES)
            kind = wpick(r, {"company": 10, "sole": 14, "consumer": 36})
            if kind == "company":
                co = self.company(country)
                size = min(
                    wpick(r, {1: 15, 2: 20, 3: 20, 4: 15, 6: 12, 9: 10, 14: 8}), self.n - pid
                )
                for i in range(size):
                    pid += 1
                    p = self.person(pid, country, co["town"])
                    p["role"] = "director" if i == 0 else "employee"
                    p["title"] = r.choice(TITLES[:2]) if i == 0 else r.choice(TITLES[2:])
                    p["jobs"] = [co]
                    co["staff"].append(p)
                    self.persons.append(p)
            else:
                pid += 1
                p = self.person(pid, country, None)
                p["role"] = kind
                p["jobs"] = []
                if kind == "sole":
                    p["trade"] = self.trading_name(p)
                    p["biz_email"] = self.sole_email(p)
                    p["vat"] = self.vat(country) if r.random() < 0.4 else None
                    p["ein"] = self.ein() if country == "US" and r.random() < 0.5 else None
                self.persons.append(p)
        # a contact who moved: a second employer in the same country
        movers = [p for p in self.persons if p["role"] == "employee" and r.random() < 0.08]
        for p in movers:
            others = [
                c for c in self.companies if c["country"] == p["country"] and c not in p["jobs"]
            ]
            if others:
                p["jobs"].append(r.choice(others))

    def person(self, pid: int, country: str, town: tuple | None) -> dict:
        r = self.rnd
        sex = r.choice("MF")
        legal, forms = r.choice(GIVEN[sex])
        t = town if town and r.random() < 0.8 else r.choice(TOWNS[country])
        p = dict(pid=pid, country=country, sex=sex, given=legal, forms=forms,
                 middle=r.choice(MIDDLE[sex]) if r.random() < 0.4 else None,
                 family=wpick(r, FAMILY[country]), dob=self.dob(21, 70), town=t,
                 honorific=wpick(r, {"Mr": 10, "Dr": 1}) if sex == "M" else wpick(r, {"Mrs": 5, "Ms": 4, "Miss": 2, "Dr": 1}))  # fmt: skip
        p["mobile"] = self.mobile(country)
        p["email"] = self.personal_email(p)
        p["home"] = self.address(t)
        p["ssn4"] = self.digits(4) if country == "US" else None
        p["spouse"] = f"{r.choice(GIVEN['F' if sex == 'M' else 'M'])[0]} {p['family']}"
        return p

    def company(self, country: str) -> dict:
        r = self.rnd
        cid = len(self.companies) + 1
        base = self.unique(lambda: f"{r.choice(COMPANY_WORDS)} {r.choice(COMPANY_TRADES)}")
        town = r.choice(TOWNS[country])
        domain = (
            base.lower().replace(" ", "") + {"UK": ".co.uk", "IE": ".ie", "US": ".com"}[country]
        )
        co = dict(cid=cid, pid=BIG + cid, country=country, base=base, town=town, domain=domain,
                  suffix={"UK": "Ltd", "IE": "Ltd", "US": r.choice(["LLC", "Inc"])}[country],
                  address=self.business_address(town), switchboard=self.landline(town),
                  mailbox=f"{r.choice(['info', 'accounts', 'office', 'admin'])}@{domain}",
                  reg=self.company_reg(country), vat=self.vat(country) if country != "US" else None,
                  ein=self.ein() if country == "US" else None, staff=[])  # fmt: skip
        self.companies.append(co)
        return co

    def trading_name(self, p: dict) -> str:
        r = self.rnd
        trade = r.choice(SOLE_TRADES)
        g, f = p["given"], p["family"]
        return wpick(r, {f"{f} {trade}": 40, f"{g[0]} {f} {trade}": 30, f"{g} {f} {trade}": 10,
                         f"{f} & Sons {trade}" if p["sex"] == "M" else f"{f} {trade}": 5,
                         f"{r.choice(COMPANY_WORDS)} {trade}": 15})  # fmt: skip

    # ------------------------------------------------------------ values
    def mobile(self, c: str) -> str:
        r = self.rnd
        if c == "UK":
            return self.unique(lambda: "+447" + r.choice("4589") + self.digits(8))
        if c == "IE":
            return self.unique(lambda: "+3538" + r.choice("35679") + self.digits(7))
        return self.unique(lambda: "+1" + r.choice(["212", "646", "617", "312", "215", "512"])
                           + r.choice("23456789") + self.digits(6))  # fmt: skip

    def landline(self, town: tuple) -> str:
        _, _, area, n = town
        code = {"20": "44", "1": "353", "21": "353", "91": "353", "61": "353"}.get(area)
        if area in ("212", "617", "312", "215", "512"):
            return self.unique(lambda: "+1" + area + self.rnd.choice("23456789") + self.digits(6))
        code = code or "44"
        return self.unique(
            lambda: f"+{code}{area}" + self.rnd.choice("2345678") + self.digits(n - 1)
        )

    def phone_text(self, num: str, ext: str | None = None) -> str:
        """A number in its national form mostly (``020 7946 0958``, ``087 123 4567``, ``(212)
        555-0123``), international now and then, an extension after it where one is given."""
        r = self.rnd
        if num.startswith("+1"):
            n = num[2:]
            text = wpick(r, {f"({n[:3]}) {n[3:6]}-{n[6:]}": 45, f"{n[:3]}-{n[3:6]}-{n[6:]}": 30,
                             f"+1 {n[:3]} {n[3:6]} {n[6:]}": 15, n: 10})  # fmt: skip
        else:
            code = "44" if num.startswith("+44") else "353"
            n = num[1 + len(code) :]
            if n.startswith("7"):
                local = wpick(r, {f"0{n[:4]} {n[4:]}": 60, f"0{n}": 40})
            elif n.startswith("20"):
                local = f"0{n[:2]} {n[2:6]} {n[6:]}"
            elif n.startswith("8") and code == "353":
                local = wpick(r, {f"0{n[:2]} {n[2:5]} {n[5:]}": 60, f"0{n}": 40})
            elif code == "353":
                a = 1 if n.startswith("1") else 2
                local = f"0{n[:a]} {n[a:]}"
            else:
                local = f"0{n[:3]} {n[3:6]} {n[6:]}"
            text = wpick(
                r, {local: 75, f"+{code} {n}": 15, f"+{code} (0){n}": 5, f"00{code}{n}": 5}
            )
        if ext:
            text += wpick(
                r, {f" ext {ext}": 40, f" x{ext}": 30, f" Ext. {ext}": 15, f" ext.{ext}": 15}
            )
        return text

    def postcode(self, town: tuple) -> str:
        r = self.rnd
        prefix = r.choice(town[1])
        if "," in town[0]:  # a US town: a five-digit ZIP
            return prefix + self.digits(5 - len(prefix))
        if town[0] in ("Dublin", "Cork", "Galway", "Limerick"):  # an Eircode
            letters = "ACDEFHKNPRTVWXY"
            return f"{prefix} " + "".join(r.choice(letters + "0123456789") for _ in range(4))
        return f"{prefix} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def address(self, town: tuple) -> dict:
        r = self.rnd
        return dict(
            line=f"{r.randint(1, 240)} {r.choice(STREETS)}",
            town=town[0],
            postcode=self.postcode(town),
        )

    def business_address(self, town: tuple) -> dict:
        r = self.rnd
        line = r.choice(BUSINESS_PLACES).format(n=r.randint(1, 40))
        return dict(line=line, town=town[0], postcode=self.postcode(town))

    def postcode_text(self, pc: str) -> str:
        return wpick(self.rnd, {pc: 70, pc.replace(" ", ""): 15, pc.lower(): 10, f" {pc}": 5})

    def personal_email(self, p: dict) -> str:
        r = self.rnd
        g, f = p["given"].lower(), p["family"].lower().replace("'", "")
        g = g.replace("á", "a").replace("é", "e")
        y = p["dob"].year % 100
        dom = wpick(r, FREEMAIL[p["country"]])
        return self.unique(lambda: wpick(r, {f"{g}.{f}": 3, f"{g}{f}{y:02d}": 2, f"{g[0]}{f}{r.randint(1, 99)}": 2,
                                             f"{f}.{g}{r.randint(1, 9)}": 1, f"{g}_{f}{r.randint(1, 999)}": 2}) + "@" + dom)  # fmt: skip

    def sole_email(self, p: dict) -> str:
        r = self.rnd
        slug = p["trade"].lower().replace(" ", "").replace("&", "and").replace("'", "")
        tld = {"UK": ".co.uk", "IE": ".ie", "US": ".com"}[p["country"]]
        return self.unique(lambda: wpick(r, {f"info@{slug}{tld}": 40, f"{slug}@gmail.com": 30,
                                             f"{p['given'].lower()}@{slug}{tld}": 30}))  # fmt: skip

    def work_email(self, p: dict, co: dict) -> str:
        g, f = p["given"].lower(), p["family"].lower().replace("'", "")
        g = g.replace("á", "a").replace("é", "e")
        return wpick(self.rnd, {f"{g}.{f}@{co['domain']}": 70, f"{g[0]}.{f}@{co['domain']}": 15,
                                f"{g[0]}{f}@{co['domain']}": 15})  # fmt: skip

    def company_reg(self, c: str) -> str:
        r = self.rnd
        if c == "UK":
            return self.unique(
                lambda: (
                    wpick(r, {"": 85, "SC": 10, "NI": 5})
                    + self.digits(8 if r.random() < 0.85 else 6)
                )
            )
        if c == "IE":
            return self.unique(lambda: str(r.randint(100000, 759999)))
        return self.unique(lambda: f"{r.choice(['NY', 'MA', 'IL', 'DE'])}-{self.digits(7)}")

    def vat(self, c: str) -> str:
        if c == "IE":
            return self.unique(lambda: "IE" + self.digits(7) + self.rnd.choice("ABCDEFGHW"))
        return self.unique(lambda: "GB" + self.digits(9))

    def ein(self) -> str:
        return self.unique(lambda: f"{self.rnd.randint(10, 99)}-{self.digits(7)}")

    def vat_text(self, v: str) -> str:
        if v.startswith("GB") and self.rnd.random() < 0.4:
            return f"GB {v[2:5]} {v[5:9]} {v[9:]}"
        return v if self.rnd.random() < 0.8 else v[2:]

    def dob_text(self, p: dict, style: str | None = None) -> str:
        d: dt.date = p["dob"]
        style = style or ("mdy" if p["country"] == "US" else "dmy")
        return {"dmy": d.strftime("%d/%m/%Y"), "mdy": d.strftime("%m/%d/%Y"), "iso": d.isoformat(),
                "text": f"{d.day} {d.strftime('%b %Y')}"}[style]  # fmt: skip

    def placeholder(self) -> str:
        return wpick(self.rnd, PLACEHOLDERS)

    # ------------------------------------------------------------ written names
    def given_text(self, p: dict) -> str:
        return wpick(self.rnd, p["forms"])

    def name(self, p: dict, how: str | None = None) -> str:
        """A person's name as a form holds it: ``Anita Patel``, ``Mrs A Patel``, ``PATEL, ANITA``,
        ``Dr. R. O'Neill``, with a middle name or a typo now and then."""
        r = self.rnd
        how = how or wpick(
            r, {"plain": 45, "title": 15, "initial": 15, "comma": 12, "middle": 8, "upper": 5}
        )
        g, f = self.given_text(p), self.typo(p["family"], 0.03) or p["family"]
        hon = p["honorific"] + ("." if r.random() < 0.3 else "")
        if how == "title":
            return f"{hon} {g} {f}"
        if how == "initial":
            dot = "." if r.random() < 0.4 else ""
            mid = f" {p['middle'][0]}{dot}" if p["middle"] and r.random() < 0.5 else ""
            return (
                f"{hon} {p['given'][0]}{dot}{mid} {f}"
                if r.random() < 0.8
                else f"{p['given'][0]}{dot} {f}"
            )
        if how == "comma":
            text = f"{f}, {g}"
            return text.upper() if r.random() < 0.6 else text
        if how == "middle" and p["middle"]:
            return f"{g} {p['middle']} {f}"
        if how == "upper":
            return f"{g} {f}".upper()
        return self.typo(f"{g} {f}", 0.03) or f"{g} {f}"

    def company_name(self, co: dict) -> str:
        r = self.rnd
        b, s = co["base"], co["suffix"]
        if s == "Ltd":
            return wpick(r, {f"{b.upper()} LTD": 30, f"{b} Limited": 25, f"{b} Ltd": 20,
                             f"{b.upper()} (UK) LTD" if co["country"] == "UK" else f"{b.upper()} (IRELAND) LTD": 10,
                             f"{b} Ltd.": 10, f"{b.upper()} LIMITED": 5})  # fmt: skip
        return wpick(r, {f"{b} {s}": 40, f"{b.upper()} {s.upper()}": 25, f"{b}, {s}.": 20, b: 15})

    def account_name(self, p: dict) -> str:
        """A sole trader's name on a business account: the trading name, the owner's name with
        it (``Smith, John t/a Smith Electrical``) or the owner's name alone."""
        r = self.rnd
        t = p["trade"]
        return wpick(r, {t: 35, f"{p['family']}, {p['given']} t/a {t}": 20, f"{p['given']} {p['family']} t/a {t}": 15,
                         f"{p['given']} {p['family']} T/A {t.upper()}": 5, self.name(p): 25})  # fmt: skip

    def add(self, system: str, entity: int, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"source_system": system, "_pid": entity, **rec})

    # ------------------------------------------------------------ systems
    def core_person(self, p: dict, business: bool) -> None:
        r = self.rnd
        sole = business and p["role"] == "sole"
        addr = p["home"]
        self.add("CORE", p["pid"], {
            "Customer No": self.unique(lambda: "C" + self.digits(8)),
            "Customer Name": self.account_name(p) if sole and r.random() < 0.6 else self.name(p),
            "Customer Type": "B" if sole else "P",
            "Trading As": p["trade"] if sole and r.random() < 0.7 else None,
            "Date of Birth": self.dob_text(p) if r.random() < 0.93 else None,
            "VAT No": self.vat_text(p["vat"]) if sole and p["vat"] and r.random() < 0.8 else None,
            "SSN Last 4": p["ssn4"] if p["ssn4"] and r.random() < 0.7 else None,
            "Address Line 1": addr["line"],
            "Town": addr["town"],
            "Postcode": self.postcode_text(addr["postcode"]) if r.random() < 0.95 else None,
            "Telephone": self.phone_text(p["mobile"]) if r.random() < 0.8 else self.placeholder() if r.random() < 0.3 else None,
            "Email": (p["biz_email"] if sole and r.random() < 0.6 else p["email"]) if r.random() < 0.75 else None,
        })  # fmt: skip

    def core_company(self, co: dict) -> None:
        r = self.rnd
        a = co["address"]
        self.add("CORE", co["pid"], {
            "Customer No": self.unique(lambda: "C" + self.digits(8)),
            "Customer Name": self.company_name(co),
            "Customer Type": "B",
            "Trading As": co["base"] if r.random() < 0.2 else None,
            "Date of Birth": None if r.random() < 0.9 else self.placeholder(),
            "Company Reg No": co["reg"] if r.random() < 0.85 else None,
            "VAT No": self.vat_text(co["vat"]) if co["vat"] and r.random() < 0.7 else None,
            "Address Line 1": a["line"],
            "Town": a["town"],
            "Postcode": self.postcode_text(a["postcode"]),
            "Telephone": self.phone_text(co["switchboard"]) if r.random() < 0.85 else None,
            "Email": co["mailbox"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def telco(self, account: dict, p: dict | None, co: dict | None) -> None:
        """One authorised contact's row on a business account (``p`` None: no contact on file,
        the company's row)."""
        r = self.rnd
        if co:
            a, board, mail, name = (
                co["address"],
                co["switchboard"],
                co["mailbox"],
                self.company_name(co),
            )
        else:
            assert p is not None
            a, board, mail, name = p["home"], p["mobile"], p["biz_email"], self.account_name(p)
        contact = None
        if p:
            contact = self.name(p, wpick(r, {"plain": 70, "title": 15, "initial": 10, "upper": 5}))
            if co and r.random() < 0.12:
                contact = wpick(r, {f"{contact} ({p['title']})": 1, f"{contact} - {p['title']}": 1})
        self.add("TELCO", p["pid"] if p else co["pid"], {  # type: ignore[index]
            "Account Number": account["no"],
            "Account Name": name,
            "Authorised Contact": contact or self.placeholder(),
            "Contact Mobile": self.phone_text(p["mobile"]) if p and r.random() < 0.85 else None,
            "Switchboard": self.phone_text(board) if r.random() < 0.85 else None,
            "Billing Email": mail if r.random() < 0.85 else None,
            "Installation Address": f"{a['line']}, {a['town']}",
            "Postcode": self.postcode_text(a["postcode"]),
        })  # fmt: skip

    def crm(self, p: dict, co: dict | None) -> None:
        r = self.rnd
        g, f = self.given_text(p), p["family"]
        title = p.get("title") or "Owner"
        if r.random() < 0.08:
            f = f"{f} - {title}"
        elif r.random() < 0.04:
            g = f"{g} ({title})"
        if co:
            email = self.work_email(p, co)
            dial = self.phone_text(
                co["switchboard"], str(r.randint(100, 499)) if r.random() < 0.7 else None
            )
            company = self.company_name(co)
        else:
            email, dial, company = p["biz_email"], None, p["trade"]
        self.add("CRM", p["pid"], {
            "First Name": g if r.random() < 0.97 else self.placeholder(),
            "Last Name": f,
            "Job Title": title if r.random() < 0.8 else None,
            "Company": company,
            "Work Email": email if r.random() < 0.9 else None,
            "Direct Dial": dial if dial and r.random() < 0.85 else None,
            "Mobile": self.phone_text(p["mobile"]) if r.random() < 0.6 else (self.placeholder() if r.random() < 0.2 else None),
        })  # fmt: skip

    def merchant(self, p: dict, co: dict | None) -> None:
        r = self.rnd
        h = p["home"]
        us = p["country"] == "US"
        self.add("MERCHANT", p["pid"], {
            "Merchant Trading Name": co["base"] if co else p["trade"],
            "Business Owner": self.name(p, wpick(r, {"plain": 60, "middle": 20, "title": 10, "upper": 10})),
            "Owner DOB": self.dob_text(p, "iso" if r.random() < 0.3 else None) if r.random() < 0.95 else None,
            "Owner Home Address": f"{h['line']}, {h['town']}",
            "Owner Postcode": self.postcode_text(h["postcode"]),
            "Owner Mobile": self.phone_text(p["mobile"]) if r.random() < 0.9 else None,
            "Personal Guarantor": (p["spouse"] if r.random() < 0.4 else self.name(p, "plain")) if r.random() < 0.6 else None,
            "Company Reg No": co["reg"] if co and r.random() < 0.8 else None,
            "EIN": (co["ein"] if co else p.get("ein")) if us and r.random() < 0.85 else None,
            "SSN Last 4": p["ssn4"] if us and r.random() < 0.8 else None,
        })  # fmt: skip

    def shop(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        self.add("SHOP", p["pid"], {
            "Full Name": self.name(p, wpick(r, {"plain": 80, "upper": 5, "middle": 5, "title": 10})),
            "Email": p["email"] if r.random() < 0.95 else None,
            "Mobile": self.phone_text(p["mobile"]) if r.random() < 0.75 else None,
            "Delivery Address": f"{h['line']}, {h['town']}" if r.random() < 0.9 else None,
            "Postcode": self.postcode_text(h["postcode"]) if r.random() < 0.9 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for co in self.companies:
            for _ in range(wpick(r, {1: 88, 2: 12})):
                self.core_company(co)
            account = dict(no=self.unique(lambda: "BA" + self.digits(7)))
            contacts = [
                p for p in co["staff"] if r.random() < (0.9 if p["role"] == "director" else 0.45)
            ]
            for p in contacts:
                self.telco(account, p, co)
            if not contacts or r.random() < 0.1:
                self.telco(account, None, co)
        for p in self.persons:
            role = p["role"]
            if role == "consumer":
                for _ in range(wpick(r, {0: 15, 1: 75, 2: 10})):
                    self.core_person(p, False)
            elif role == "sole":
                self.core_person(p, True)
                if r.random() < 0.5:
                    self.core_person(p, False)
                if r.random() < 0.6:
                    self.telco(dict(no=self.unique(lambda: "BA" + self.digits(7))), p, None)
                if r.random() < 0.4:
                    self.crm(p, None)
                if r.random() < 0.5:
                    self.merchant(p, None)
            else:
                if r.random() < (0.7 if role == "director" else 0.3):
                    self.core_person(p, False)
                for co in p["jobs"]:
                    if r.random() < 0.75:
                        self.crm(p, co)
                if role == "director" and r.random() < 0.6:
                    self.merchant(p, p["jobs"][0])
            for _ in range(
                wpick(r, {0: 45, 1: 45, 2: 10} if role == "consumer" else {0: 60, 1: 35, 2: 5})
            ):
                self.shop(p)
        return self.shuffled("row_id", "BZ")


def business(persons: int = 4000, seed: int = 4420) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's
    person (or company)."""
    return Business.frame(persons, seed, "row_id")
