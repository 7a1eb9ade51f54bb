"""A South African bank, insurer and retailer group's customer file: the bank's core system, the
insurer's policy system (Afrikaans column names), the retailer's store-card accounts and the
group's rewards app, stacked in one file (a ``bron`` column naming the system).

* Bank (``BANK``): ``CIF_NO``, ``TITLE`` (``MR``/``MRS``/``MS``/``DR``), ``INITIALS`` (``JP``,
  ``J.P.``), ``FIRST_NAMES`` (all given names, capitals), ``SURNAME``, ``MAIDEN_NAME``,
  ``ID_NUMBER`` (the 13-digit ID, or a passport number for foreign nationals), ``CELL_NO``
  (``0821234567``, ``27821234567``), ``HOME_TEL`` (``0114561234``), ``RES_ADDRESS``, ``SUBURB``,
  ``CITY``, ``POSTAL_CODE``.
* Insurer (``VERSEKERAAR``), Afrikaans columns: ``polisnommer``, ``voornaam`` (the first given
  name, or the one used), ``van``, ``geboortedatum`` (``1985/03/14``), ``ID_NOMMER`` (often
  ``850314 5123 08 4``), ``geslag`` (``M``/``V``), ``selfoon`` (``082 123 4567``), ``adres``,
  ``voorstad``, ``poskode``.
* Retailer (``RETAIL``): ``AccountNo``, ``Title``, ``Initials``, ``Surname``, ``IDNumber``
  (often empty), ``CellNo`` (``+27 82 123 4567``), ``Email``, ``PostalAddress`` (a PO Box, or the
  street), ``Suburb``, ``PostalCode``.
* Rewards app (``APP``), typed by the customers: ``member_id``, ``full_name`` (``Sipho Nkosi``,
  ``lucky dlamini``, ``JP vd Merwe``), ``mobile``, ``email``, ``date_of_birth`` (``14-03-1985``),
  ``id_number`` (rarely given).

What makes it hard: the ID number ``YYMMDDSSSSCAZ`` (birth date, sex digits, citizenship, Luhn
digit) typed with a slip or spaces, or missing, and passports for Zimbabwean, Mozambican and
Nigerian customers; given names that many share (``Lucky``, ``Precious``, ``Blessing``,
``Gift``, ``Thabo``, ``Johannes``) and several given names, one system keeping only initials;
an English name beside an African one (``Blessing Thandiwe``), the customer using either;
Afrikaans particle surnames written many ways (``van der Merwe``, ``VAN DER MERWE``,
``VanDerMerwe``, ``v.d. Merwe``, ``Janse van Rensburg``, ``Van Rensburg``); married women's
new or double-barrelled surnames beside the maiden name; very common surnames (``Nkosi``,
``Dlamini``, ``Naidoo``, ``Botha``); families sharing one cell number and an address; cell
numbers that are re-issued to strangers; township addresses (``Stand 1234``, ``Site C``,
``Zone 3``), RDP houses whose stand numbers are the only street, PO Boxes; moves.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

ZULU_M = ["Sipho", "Thabo", "Bongani", "Mandla", "Sibusiso", "Themba", "Sifiso", "Mthunzi", "Siyabonga",
          "Lwazi", "Musa", "Andile", "Nkosinathi", "Vusi", "Jabulani", "Sandile"]  # fmt: skip
ZULU_F = ["Thandiwe", "Nomvula", "Zanele", "Nokuthula", "Lindiwe", "Ntombi", "Sibongile", "Thandeka",
          "Nompumelelo", "Zodwa", "Palesa", "Lerato", "Dineo", "Naledi", "Nosipho", "Ayanda"]  # fmt: skip
SOTHO_M = ["Tshepo", "Kagiso", "Lebogang", "Tumelo", "Karabo", "Teboho", "Mpho", "Katlego", "Neo"]
SOTHO_F = ["Mpho", "Lerato", "Dimakatso", "Kgomotso", "Refilwe", "Boitumelo", "Tebogo", "Mmabatho"]
ENG_AFR_M = ["Lucky", "Gift", "Blessing", "Innocent", "Prince", "Justice", "Given", "Godfrey", "Patrick",
             "Joseph", "Samuel", "Peter"]  # fmt: skip
ENG_AFR_F = ["Precious", "Blessing", "Gift", "Patience", "Beauty", "Grace", "Mercy", "Portia", "Busisiwe",
             "Elizabeth", "Maria", "Martha"]  # fmt: skip
AFR_M = ["Johannes", "Jacobus", "Pieter", "Hendrik", "Willem", "Gerhardus", "Francois", "Andries",
         "Christiaan", "Stefanus", "Jan", "Petrus", "Daniel", "Marthinus"]  # fmt: skip
AFR_F = ["Maria", "Anna", "Susanna", "Elizabeth", "Johanna", "Magdalena", "Anel", "Elmarie", "Marietjie",
         "Charlene", "Liezel", "Annelie", "Hester", "Cornelia"]  # fmt: skip
ENG_M = [
    "John",
    "David",
    "Michael",
    "Mark",
    "Craig",
    "Brandon",
    "Ryan",
    "Gareth",
    "Paul",
    "Kevin",
    "Warren",
]
ENG_F = ["Sarah", "Nicole", "Michelle", "Lauren", "Jessica", "Tracey", "Candice", "Kim", "Jennifer"]
IND_M = ["Pravin", "Rajesh", "Kugan", "Vishal", "Yusuf", "Ahmed", "Ashwin", "Dhiren"]
IND_F = ["Priya", "Kamla", "Sharmila", "Fatima", "Ayesha", "Nirasha", "Kavitha"]
ZIM_M = ["Tendai", "Farai", "Tinashe", "Tatenda", "Kudakwashe", "Tafadzwa"]
ZIM_F = ["Rutendo", "Chiedza", "Nyasha", "Tsitsi", "Rumbidzai", "Tariro"]
NG_M = ["Chukwuemeka", "Oluwaseun", "Emeka", "Tunde", "Ifeanyi"]
NG_F = ["Ngozi", "Chioma", "Funmilayo", "Adaeze", "Yetunde"]
MOZ_M = ["Armando", "Carlos", "Manuel", "Alberto", "Fernando"]
MOZ_F = ["Ana", "Lucia", "Fatima", "Celeste", "Rosa"]

SURNAMES = {
    "zulu": {"Nkosi": 9, "Dlamini": 12, "Ndlovu": 8, "Khumalo": 7, "Mkhize": 6, "Zulu": 6, "Ngcobo": 5,
             "Mthembu": 5, "Buthelezi": 4, "Shabalala": 3, "Zungu": 2, "Cele": 3, "Mahlangu": 5, "Sithole": 5},
    "xhosa": {"Mthethwa": 3, "Nxumalo": 3, "Mabaso": 2, "Ntuli": 3, "Mbatha": 3, "Gumede": 3, "Tshabalala": 4,
              "Zwane": 2, "Majola": 2, "Qwabe": 1, "Mahlaba": 1, "Jafta": 1, "Sotyato": 1},
    "sotho": {"Mokoena": 10, "Molefe": 6, "Mofokeng": 6, "Radebe": 5, "Maseko": 4, "Modise": 3, "Motaung": 3,
              "Letsoalo": 2, "Mashaba": 2, "Sebola": 1, "Phiri": 4, "Moloi": 3, "Nkuna": 2, "Baloyi": 5},
    "afr": {"van der Merwe": 10, "Botha": 9, "du Plessis": 6, "Pretorius": 6, "Smit": 5, "Venter": 5,
            "van Wyk": 6, "Janse van Rensburg": 3, "de Villiers": 3, "Nel": 5, "Coetzee": 5, "Steyn": 4,
            "Fourie": 4, "du Toit": 4, "van Zyl": 4, "Engelbrecht": 2, "le Roux": 3, "de Beer": 2,
            "Kruger": 4, "Swanepoel": 2, "van den Berg": 2, "Oosthuizen": 2},
    "col": {"Adams": 6, "Jacobs": 6, "Petersen": 5, "Hendricks": 5, "Williams": 5, "Isaacs": 3,
            "Abrahams": 3, "Daniels": 3, "Fortuin": 2, "Arendse": 2, "Davids": 3, "Solomons": 2},
    "eng": {"Smith": 6, "Jones": 3, "Taylor": 3, "Brown": 3, "Naidoo": 0, "Wilson": 3, "Mitchell": 2,
            "Campbell": 2, "Harris": 2, "Walker": 2, "Roberts": 2},
    "ind": {"Naidoo": 10, "Pillay": 8, "Govender": 8, "Reddy": 4, "Moodley": 4, "Singh": 3, "Chetty": 3,
            "Maharaj": 2, "Patel": 3, "Khan": 2},
    "zim": {"Moyo": 6, "Ncube": 5, "Chikwanha": 1, "Mutasa": 2, "Sibanda": 4, "Banda": 2, "Chirwa": 1},
    "ng": {"Okafor": 3, "Adeyemi": 2, "Okonkwo": 2, "Eze": 2, "Balogun": 1},
    "moz": {"Mabunda": 2, "Cossa": 2, "Machava": 2, "Sitoe": 1, "Tembe": 2},
}  # fmt: skip
GROUP = {"zulu": 26, "xhosa": 14, "sotho": 20, "afr": 12, "col": 9, "eng": 6, "ind": 5, "zim": 4,
         "ng": 2, "moz": 2}  # fmt: skip
GIVEN = {
    "zulu": (ZULU_M, ZULU_F), "xhosa": (ZULU_M, ZULU_F), "sotho": (SOTHO_M, SOTHO_F),
    "afr": (AFR_M, AFR_F), "col": (AFR_M + ENG_M, AFR_F + ENG_F), "eng": (ENG_M, ENG_F),
    "ind": (IND_M, IND_F), "zim": (ZIM_M, ZIM_F), "ng": (NG_M, NG_F), "moz": (MOZ_M, MOZ_F),
}  # fmt: skip
AFRICAN = {"zulu", "xhosa", "sotho", "zim"}

# (city, area code, [(suburb, postal code, township?)])
PLACES = [
    ("Johannesburg", "011", [("Soweto", "1804", True), ("Orlando West", "1804", True),
                             ("Diepkloof", "1862", True), ("Randburg", "2194", False), ("Sandton", "2196", False),
                             ("Alexandra", "2090", True), ("Roodepoort", "1724", False), ("Melville", "2092", False),
                             ("Tembisa", "1632", True), ("Kempton Park", "1619", False)]),
    ("Cape Town", "021", [("Khayelitsha", "7784", True), ("Mitchells Plain", "7785", True),
                          ("Gugulethu", "7750", True), ("Bellville", "7530", False), ("Durbanville", "7550", False),
                          ("Athlone", "7764", False), ("Rondebosch", "7700", False), ("Parow", "7500", False)]),
    ("Durban", "031", [("Umlazi", "4031", True), ("KwaMashu", "4359", True), ("Chatsworth", "4092", False),
                       ("Phoenix", "4068", False), ("Westville", "3629", False), ("Morningside", "4001", False)]),
    ("Pretoria", "012", [("Mamelodi", "0122", True), ("Soshanguve", "0152", True), ("Centurion", "0157", False),
                         ("Pretoria North", "0182", False), ("Garsfontein", "0081", False)]),
    ("Bloemfontein", "051", [("Mangaung", "9323", True), ("Universitas", "9301", False)]),
    ("Gqeberha", "041", [("Motherwell", "6211", True), ("Walmer", "6070", False)]),
]  # fmt: skip
STREETS = ["Main Road", "Church Street", "Voortrekker Road", "Jan Smuts Avenue", "Nelson Mandela Drive",
           "Vilakazi Street", "Oak Avenue", "Kerk Straat", "Rivonia Road", "Beyers Naude Drive",
           "Protea Street", "Jacaranda Crescent", "Long Street", "Du Toit Street", "Louis Botha Avenue"]  # fmt: skip
CELL_PREFIX = ["060", "061", "062", "063", "064", "065", "071", "072", "073", "074", "076", "078", "079",
               "081", "082", "083", "084"]  # fmt: skip


def luhn_digit(body: str) -> str:
    """The check digit the ID number ends with (Luhn over the first twelve digits)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def particles(sn: str, style: str) -> str:
    """An Afrikaans particle surname as a system writes it."""
    words = sn.split(" ")
    if len(words) == 1:
        return sn.upper() if style == "upper" else sn
    if style == "upper":
        return sn.upper()
    if style == "joined":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if style == "abbr" and words[0] == "van" and len(words) == 3:
        return f"v.d. {words[-1]}"
    if style == "abbr" and words[0] == "van":
        return f"v {words[-1]}"
    if style == "short" and sn.startswith("Janse "):
        return sn[len("Janse ") :]
    return sn


class Zaf(Draws):
    SLIP_LETTERS = "aeiounlhm"

    def population(self) -> None:
        r = self.rnd
        self.households: list[list[dict]] = []
        while len(self.persons) < self.n:
            group = wpick(r, GROUP)
            sn = wpick(r, {k: v for k, v in SURNAMES[group].items() if v})
            city, code, subs = r.choice(PLACES)
            home = self.address(city, code, subs)
            landline = code + str(r.randint(2, 8)) + self.digits(6) if r.random() < 0.3 else None
            members = []
            kind = wpick(r, {"single": 35, "couple": 25, "family": 40})
            head = self.person(group, sn, r.choice("MF"), self.dob(25, 80), home, landline)
            members.append(head)
            if kind != "single":
                spouse_sex = "F" if head["sex"] == "M" else "M"
                sp = self.person(group, sn, spouse_sex, self.dob(25, 80), home, landline)
                if spouse_sex == "F":
                    sp["maiden"] = wpick(r, {k: v for k, v in SURNAMES[group].items() if v})
                    if r.random() < 0.1:
                        sp["sn"] = f"{sp['maiden']}-{sn}"
                else:
                    head["maiden"] = wpick(r, {k: v for k, v in SURNAMES[group].items() if v})
                members.append(sp)
            if kind == "family":
                for _ in range(r.randint(1, 3)):
                    kid = self.person(group, sn, r.choice("MF"), self.dob(16, 30), home, landline)
                    if r.random() < 0.5:  # the family's one cell number
                        kid["cells"] = [head["cells"][0]] if head["cells"] else kid["cells"]
                    members.append(kid)
            self.households.append(members)
            self.persons.extend(members)
        # cell numbers re-issued: a stranger's old number is someone else's now
        for p in r.sample(self.persons, len(self.persons) // 25):
            q = r.choice(self.persons)
            if q is not p and q["cells"]:
                p["old_cell"] = q["cells"][0]

    def address(self, city: str, code: str, subs: list) -> dict:
        r = self.rnd
        sub, pc, township = r.choice(subs)
        if township:
            street = wpick(r, {f"Stand {r.randint(100, 9999)}": 40, f"{r.randint(1, 9999)} Zone {r.randint(1, 9)}": 20,
                               f"{r.randint(1, 3999)} {r.choice(STREETS)}": 30,
                               f"Site {r.choice('ABC')} {r.randint(1, 999)}": 10})  # fmt: skip
        else:
            street = f"{r.randint(1, 250)} {r.choice(STREETS)}"
        pobox = f"PO Box {r.randint(10, 9999)}" if r.random() < 0.2 else None
        return dict(street=street, suburb=sub, city=city, pc=pc, pobox=pobox, code=code)

    def person(self, group: str, sn: str, sex: str, dob: dt.date, home: dict, landline) -> dict:
        r = self.rnd
        males, females = GIVEN[group]
        pool = males if sex == "M" else females
        names = [r.choice(pool)]
        if group in AFRICAN and r.random() < 0.5:  # an English name beside the African one
            eng = r.choice(ENG_AFR_M if sex == "M" else ENG_AFR_F)
            names = [eng, names[0]] if r.random() < 0.6 else [names[0], eng]
        while r.random() < (0.5 if group in ("afr", "col") else 0.2) and len(names) < 3:
            extra = r.choice(pool)
            if extra not in names:
                names.append(extra)
        foreign = group in ("zim", "ng", "moz") and r.random() < 0.8
        if foreign:
            doc = {"zim": lambda: r.choice("ABCDEFGHJKLMN") + r.choice("NJ") + self.digits(6),
                   "ng": lambda: "A" + self.digits(8),
                   "moz": lambda: self.digits(2) + r.choice("ABCD") + r.choice("ABCD") + self.digits(5)}[group]  # fmt: skip
            idn = self.unique(doc)
        else:
            idn = self.unique(lambda: self.sa_id(dob, sex, group in ("zim", "ng", "moz")))
        move = None
        if r.random() < 0.25:
            city, code, subs = r.choice(PLACES)
            move = self.address(city, code, subs)
        cells = (
            [self.unique(lambda: r.choice(CELL_PREFIX) + self.digits(7))]
            if r.random() < 0.93
            else []
        )
        if r.random() < 0.15:
            cells.append(self.unique(lambda: r.choice(CELL_PREFIX) + self.digits(7)))
        self.next_pid = getattr(self, "next_pid", 0) + 1
        p = dict(pid=self.next_pid, group=group, sn=sn, sex=sex,
                 dob=dob, names=names, idn=idn, foreign=foreign, home=home, move=move, landline=landline,
                 cells=cells, maiden=None, old_cell=None,
                 email=self.email(names[0], sn) if r.random() < 0.6 else None)  # fmt: skip
        return p

    def sa_id(self, dob: dt.date, sex: str, resident: bool) -> str:
        seq = self.rnd.randint(5000, 9999) if sex == "M" else self.rnd.randint(0, 4999)
        body = f"{dob:%y%m%d}{seq:04d}{'1' if resident else '0'}8"
        return body + luhn_digit(body)

    def email(self, given: str, sn: str) -> str:
        r = self.rnd
        local = wpick(
            r, {f"{given}.{sn}": 40, f"{given[0]}{sn}": 30, f"{given}{r.randint(1, 99)}": 30}
        )
        local = local.lower().replace(" ", "")
        return self.unique(lambda: local + wpick(r, {"": 70, str(r.randint(1, 9)): 30}) + "@"
                           + wpick(r, {"gmail.com": 50, "webmail.co.za": 15, "yahoo.com": 15,
                                       "mweb.co.za": 10, "telkomsa.net": 10}))  # fmt: skip

    # ------------------------------------------------------------ written forms
    def id_str(self, p: dict, style: str = "plain") -> str | None:
        r = self.rnd
        idn = p["idn"]
        if r.random() < 0.03 and not p["foreign"]:  # a slip: a digit replaced or two swapped
            i = r.randrange(6, 12)
            idn = (
                idn[:i] + idn[i + 1] + idn[i] + idn[i + 2 :]
                if r.random() < 0.5
                else idn[:i] + str(r.randrange(10)) + idn[i + 1 :]
            )
        if style == "spaced" and not p["foreign"]:
            return f"{idn[:6]} {idn[6:10]} {idn[10:12]} {idn[12]}"
        return idn

    def cell_str(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {
            "plain": num, "27": "27" + rest, "intl": f"+27 {rest[:2]} {rest[2:5]} {rest[5:]}",
            "spaced": f"{num[:3]} {num[3:6]} {num[6:]}", "intl_plain": "+27" + rest,
        }[style]  # fmt: skip

    def cell(self, p: dict, when_old: float = 0.1) -> str | None:
        r = self.rnd
        if p["old_cell"] and r.random() < when_old:
            return p["old_cell"]
        if not p["cells"]:
            return None
        return p["cells"][-1] if len(p["cells"]) > 1 and r.random() < 0.4 else p["cells"][0]

    def addr(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def surname(self, p: dict, married: float = 0.85) -> str:
        """The surname a system holds: a married woman's maiden name in systems not told."""
        if p["maiden"] and p["sex"] == "F" and self.rnd.random() >= married:
            return p["maiden"]
        return p["sn"]

    def initials(self, p: dict, dots: bool) -> str:
        return ("." if dots else "").join(n[0] for n in p["names"]) + ("." if dots else "")

    def title(self, p: dict) -> str:
        if self.rnd.random() < 0.04:
            return "DR"
        return "MR" if p["sex"] == "M" else ("MRS" if p["maiden"] else "MS")

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"bron": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.addr(p, 0.3)
        sn = particles(self.typo(self.surname(p, 0.9), 0.02), "upper")
        self.add("BANK", p, {
            "CIF_NO": self.unique(lambda: "1" + self.digits(9)),
            "TITLE": self.title(p),
            "INITIALS": self.initials(p, r.random() < 0.3),
            "FIRST_NAMES": self.typo(" ".join(p["names"]), 0.03).upper(),
            "SURNAME": sn,
            "MAIDEN_NAME": p["maiden"].upper() if p["maiden"] and p["sex"] == "F" and r.random() < 0.6 else None,
            "ID_NUMBER": self.id_str(p) if r.random() < 0.97 else None,
            "CELL_NO": self.cell_str(self.cell(p), wpick(r, {"plain": 75, "27": 25})),
            "HOME_TEL": p["landline"] if r.random() < 0.7 else None,
            "RES_ADDRESS": a["street"].upper(),
            "SUBURB": a["suburb"].upper(),
            "CITY": a["city"].upper(),
            "POSTAL_CODE": a["pc"],
        })  # fmt: skip

    def insurer(self, p: dict) -> None:
        r = self.rnd
        a = self.addr(p, 0.5)
        used = p["names"][0] if r.random() < 0.7 else r.choice(p["names"])
        self.add("VERSEKERAAR", p, {
            "polisnommer": self.unique(lambda: "P" + self.digits(8)),
            "voornaam": self.typo(used, 0.04),
            "van": particles(self.typo(self.surname(p, 0.8), 0.04),
                             wpick(r, {"plain": 50, "title": 20, "joined": 15, "upper": 10, "short": 5})),
            "geboortedatum": p["dob"].strftime(wpick(r, {"%Y/%m/%d": 60, "%Y-%m-%d": 40})) if r.random() < 0.9 else None,
            "ID_NOMMER": self.id_str(p, wpick(r, {"plain": 60, "spaced": 40})) if r.random() < 0.9 else None,
            "geslag": "M" if p["sex"] == "M" else "V",
            "selfoon": self.cell_str(self.cell(p, 0.2), wpick(r, {"spaced": 60, "plain": 40})),
            "adres": self.typo(a["street"], 0.05),
            "voorstad": a["suburb"] if r.random() < 0.85 else None,
            "poskode": a["pc"] if r.random() < 0.9 else None,
        })  # fmt: skip

    def retail(self, p: dict) -> None:
        r = self.rnd
        a = self.addr(p, 0.4)
        self.add("RETAIL", p, {
            "AccountNo": self.unique(lambda: "ED" + self.digits(8)),
            "Title": self.title(p).title(),
            "Initials": self.initials(p, r.random() < 0.5) if r.random() < 0.95 else p["names"][0][0],
            "Surname": particles(self.typo(self.surname(p, 0.85), 0.05),
                                 wpick(r, {"plain": 40, "title": 25, "abbr": 15, "joined": 10, "upper": 10})),
            "IDNumber": self.id_str(p) if r.random() < 0.55 else None,
            "CellNo": self.cell_str(self.cell(p, 0.25), wpick(r, {"intl": 40, "plain": 40, "intl_plain": 20})),
            "Email": p["email"] if r.random() < 0.7 else None,
            "PostalAddress": a["pobox"] if a["pobox"] and r.random() < 0.8 else a["street"],
            "Suburb": a["suburb"] if r.random() < 0.9 else a["city"],
            "PostalCode": a["pc"] if r.random() < 0.85 else None,
        })  # fmt: skip

    def app(self, p: dict) -> None:
        r = self.rnd
        given = p["names"][0] if r.random() < 0.6 else r.choice(p["names"])
        if r.random() < 0.15:
            given = self.initials(p, False)
        sn = particles(
            self.surname(p, 0.9), wpick(r, {"plain": 50, "title": 20, "abbr": 20, "joined": 10})
        )
        name = self.typo(f"{given} {sn}", 0.05)
        name = wpick(r, {name: 65, name.lower(): 20, name.upper(): 15})
        self.add("APP", p, {
            "member_id": self.unique(lambda: "RW" + self.digits(7)),
            "full_name": name,
            "mobile": self.cell_str(self.cell(p, 0.1), wpick(r, {"plain": 50, "intl_plain": 30, "27": 20})),
            "email": p["email"] if r.random() < 0.85 else None,
            "date_of_birth": p["dob"].strftime(wpick(r, {"%d-%m-%Y": 50, "%d/%m/%Y": 30, "%Y-%m-%d": 20}))
            if r.random() < 0.7 else None,
            "id_number": self.id_str(p) if r.random() < 0.2 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if r.random() < 0.7:
                self.bank(p)
                if r.random() < 0.05:
                    self.bank(p)
            if age >= 21 and r.random() < 0.6:
                self.insurer(p)
                if r.random() < 0.15:  # a second policy
                    self.insurer(p)
            if r.random() < 0.65:
                self.retail(p)
                if r.random() < 0.1:  # a second store's account
                    self.retail(p)
            if age < 60 and r.random() < 0.6:
                self.app(p)
            if len(self.rows) == n0:
                self.retail(p)
        return self.shuffled("rekord_id", "Z")


def zaf(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Zaf.frame(persons, seed, "rekord_id")
