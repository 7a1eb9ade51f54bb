"""An Ethiopian and Eritrean bank, mobile-money wallet, microfinance lender and diaspora
remittance company's customer file, stacked in one file (a ``source`` column naming the system).

* Bank (``BANK``), a core-banking export: ``CUSTOMER_ID``, ``FIRST_NAME``, ``MIDDLE_NAME`` (the
  father's given name), ``LAST_NAME`` (the grandfather's; often empty), ``SEX``,
  ``DATE_OF_BIRTH`` in the Ethiopian calendar (``12/04/1977``, ``12/04/1977 E.C.``),
  ``FAYDA_NO`` (the 12-digit national id; most customers have none yet), ``MOBILE``
  (``0911234567``, ``+251911234567``), ``REGION``, ``CITY``, ``SUB_CITY``, ``WOREDA``,
  ``KEBELE``, ``HOUSE_NO``.
* Wallet (``WALLET``), a telebirr-like mobile-money KYC: ``msisdn`` (``251911234567``),
  ``full_name`` (one field: the three names, or two, in Latin letters or in Ge'ez script),
  ``id_type`` / ``id_number`` (a kebele id, which changes on a move, or the Fayda number),
  ``birth_date`` (Gregorian, from the app's date picker; often empty), ``city``.
* Microfinance (``MFI``), a branch spreadsheet with Amharic column names: ``የደንበኛ ቁጥር``,
  ``ስም``, ``የአባት ስም``, ``የአያት ስም``, ``ጾታ`` (``ወ``/``ሴ``), ``የትውልድ ዘመን`` (the Ethiopian
  calendar, ``12/04/1977 ዓ.ም``, or the year alone), ``ስልክ`` (``0911 23 45 67``), ``ወረዳ``,
  ``ቀበሌ``; names in Ge'ez script or Latin letters.
* Diaspora remittance (``REMIT``), a US money-transfer company: ``sender_first_name``,
  ``sender_last_name`` (the father's given name, sometimes the grandfather's, or both),
  ``sender_dob`` (Gregorian, ``03/07/1985``), ``sender_phone`` (``+1 202 555 0134``, ``+44 7700
  900123``, ``+49 1512 3456789``), ``sender_email``, ``sender_country``, and the receiver in
  Ethiopia or Eritrea (``receiver_name``, ``receiver_phone``): a relative, whose own records
  elsewhere carry that name and phone.

What makes it hard: no family name (a person is a given name, the father's and the
grandfather's): a father's given name is his children's second name, siblings share their
second and third names, a wife keeps her own father's; common names (Tesfaye, Abebe,
Gebremariam) make namesakes; names in Ge'ez script (``ሰላማዊት ተስፋዬ``) and several Latin
spellings (Tesfaye/Tesfay/Tesfaie, Haile/Hayle), compounds abbreviated (``G/Mariam``,
``W/Giorgis``) or split (``Gebre Egziabher``, ``Gebreegziabher``, ``G/Egziabher``); birth dates
in the Ethiopian calendar (seven or eight years behind, thirteen months, the year starting in
September) beside Gregorian ones; the Fayda number often missing; families on one phone;
Safaricom 07 numbers beside Ethio Telecom 09 ones; diaspora customers with foreign numbers.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

# A given name: (Ge'ez, Latin spellings, the first the most used), weight.
MALE = {
    "Tesfaye": ("ተስፋዬ", ["Tesfaye", "Tesfay", "Tesfaie"], 9),
    "Abebe": ("አበበ", ["Abebe"], 8),
    "Kebede": ("ከበደ", ["Kebede"], 7),
    "Bekele": ("በቀለ", ["Bekele", "Bekelle"], 7),
    "Alemu": ("ዓለሙ", ["Alemu", "Alamu"], 6),
    "Girma": ("ግርማ", ["Girma"], 6),
    "Mulugeta": ("ሙሉጌታ", ["Mulugeta", "Mulugetta"], 6),
    "Tadesse": ("ታደሰ", ["Tadesse", "Tadese"], 6),
    "Getachew": ("ጌታቸው", ["Getachew", "Getachewu"], 7),
    "Solomon": ("ሰለሞን", ["Solomon"], 4),
    "Dawit": ("ዳዊት", ["Dawit"], 6),
    "Yohannes": ("ዮሐንስ", ["Yohannes", "Yohanes"], 5),
    "Mesfin": ("መስፍን", ["Mesfin"], 4),
    "Berhanu": ("ብርሃኑ", ["Berhanu", "Birhanu"], 5),
    "Tsegaye": ("ፀጋዬ", ["Tsegaye", "Tsegay", "Segaye"], 4),
    "Assefa": ("አሰፋ", ["Assefa", "Asefa"], 5),
    "Desta": ("ደስታ", ["Desta"], 3),
    "Habtamu": ("ሀብታሙ", ["Habtamu"], 3),
    "Yonas": ("ዮናስ", ["Yonas"], 3),
    "Mekonnen": ("መኮንን", ["Mekonnen", "Mekonen"], 4),
    "Negash": ("ነጋሽ", ["Negash"], 2),
    "Lemma": ("ለማ", ["Lemma", "Lema"], 3),
    "Wondimu": ("ወንድሙ", ["Wondimu", "Wendimu"], 3),
    "Tilahun": ("ጥላሁን", ["Tilahun"], 4),
    "Ayele": ("አየለ", ["Ayele"], 3),
    "Asfaw": ("አስፋው", ["Asfaw", "Asfau"], 3),
    "Kassa": ("ካሳ", ["Kassa", "Kasa"], 4),
    "Worku": ("ወርቁ", ["Worku", "Werku"], 3),
    "Tefera": ("ተፈራ", ["Tefera", "Teferra"], 3),
    "Demissie": ("ደምሴ", ["Demissie", "Demisse"], 3),
    "Shiferaw": ("ሽፈራው", ["Shiferaw", "Shiferau"], 3),
    "Haile": ("ኃይሌ", ["Haile", "Hayle"], 5),
    "Daniel": ("ዳንኤል", ["Daniel"], 4),
    "Samuel": ("ሳሙኤል", ["Samuel"], 3),
    "Henok": ("ሄኖክ", ["Henok", "Henock"], 3),
    "Eyob": ("ኢዮብ", ["Eyob", "Iyob"], 2),
    "Biniam": ("ቢንያም", ["Biniam", "Biniyam", "Binyam"], 3),
    "Amanuel": ("አማኑኤል", ["Amanuel"], 3),
    "Abel": ("አቤል", ["Abel"], 2),
    "Yared": ("ያሬድ", ["Yared"], 2),
    "Berhe": ("በርሀ", ["Berhe"], 3),
    "Gebru": ("ገብሩ", ["Gebru", "Gebiru"], 3),
    "Hagos": ("ሓጎስ", ["Hagos"], 3),
    "Kidane": ("ኪዳኔ", ["Kidane"], 2),
    "Mehari": ("መሓሪ", ["Mehari"], 2),
    "Yemane": ("የማነ", ["Yemane"], 2),
}  # fmt: skip
FEMALE = {
    "Selamawit": ("ሰላማዊት", ["Selamawit"], 5),
    "Tigist": ("ትዕግስት", ["Tigist", "Tigest"], 6),
    "Hirut": ("ሒሩት", ["Hirut"], 3),
    "Meseret": ("መሰረት", ["Meseret"], 4),
    "Almaz": ("አልማዝ", ["Almaz"], 5),
    "Aster": ("አስቴር", ["Aster"], 5),
    "Tsehay": ("ፀሐይ", ["Tsehay", "Tsehai", "Tsehaye"], 3),
    "Genet": ("ገነት", ["Genet"], 3),
    "Hiwot": ("ሕይወት", ["Hiwot", "Hewot"], 4),
    "Mekdes": ("መቅደስ", ["Mekdes", "Meqdes"], 4),
    "Bethlehem": ("ቤተልሔም", ["Bethlehem", "Betelhem"], 4),
    "Rahel": ("ራሔል", ["Rahel"], 4),
    "Saba": ("ሳባ", ["Saba"], 2),
    "Liya": ("ሊያ", ["Liya", "Lia"], 2),
    "Senait": ("ሰናይት", ["Senait", "Senayt"], 3),
    "Azeb": ("አዜብ", ["Azeb"], 2),
    "Birtukan": ("ብርቱካን", ["Birtukan"], 2),
    "Tirunesh": ("ጥሩነሽ", ["Tirunesh"], 2),
    "Meron": ("ሜሮን", ["Meron"], 3),
    "Eden": ("ኤደን", ["Eden"], 2),
    "Kidist": ("ቅድስት", ["Kidist", "Kedist"], 3),
    "Frehiwot": ("ፍሬሕይወት", ["Frehiwot", "Firehiwot"], 2),
    "Haregewoin": ("ሐረገወይን", ["Haregewoin", "Haregewein"], 1),
    "Abeba": ("አበባ", ["Abeba"], 2),
    "Tsion": ("ጽዮን", ["Tsion", "Tsiyon"], 3),
    "Mahlet": ("ማህሌት", ["Mahlet"], 3),
    "Yeshi": ("የሺ", ["Yeshi"], 1),
    "Mulu": ("ሙሉ", ["Mulu"], 2),
    "Aberash": ("አበራሽ", ["Aberash"], 1),
}  # fmt: skip
# Compound names: a prefix ("servant of", "power of", "plant of", "gift of") and a saint.
PREFIX = {
    "Gebre": ("ገብረ", ["Gebre", "Gebre", "Gebra", "Ghebre"], "G/"),
    "Wolde": ("ወልደ", ["Wolde", "Welde", "Walde"], "W/"),
    "Haile": ("ኃይለ", ["Haile", "Hayle"], "H/"),
    "Tekle": ("ተክለ", ["Tekle", "Tekla"], "T/"),
    "Habte": ("ሀብተ", ["Habte"], "H/"),
}  # fmt: skip
SAINT = {
    "Mariam": ("ማርያም", ["Mariam", "Maryam", "Mariyam"]),
    "Egziabher": ("እግዚአብሔር", ["Egziabher", "Egziabiher"]),
    "Medhin": ("መድህን", ["Medhin", "Medihin"]),
    "Giorgis": ("ጊዮርጊስ", ["Giorgis", "Giyorgis", "Georgis"]),
    "Selassie": ("ሥላሴ", ["Selassie", "Silassie"]),
    "Michael": ("ሚካኤል", ["Michael", "Mikael"]),
    "Yesus": ("ኢየሱስ", ["Yesus", "Iyesus"]),
    "Kidan": ("ኪዳን", ["Kidan"]),
}  # fmt: skip
COMPOUNDS = {("Gebre", "Mariam"): 8, ("Gebre", "Egziabher"): 5, ("Gebre", "Medhin"): 5,
             ("Gebre", "Michael"): 3, ("Gebre", "Selassie"): 3, ("Gebre", "Yesus"): 2,
             ("Wolde", "Mariam"): 4, ("Wolde", "Giorgis"): 4, ("Wolde", "Michael"): 2,
             ("Haile", "Mariam"): 4, ("Haile", "Selassie"): 2, ("Haile", "Michael"): 2,
             ("Tekle", "Haimanot"): 0, ("Tekle", "Giorgis"): 2, ("Habte", "Mariam"): 2,
             ("Habte", "Michael"): 1, ("Wolde", "Kidan"): 1}  # fmt: skip

# (region, city, [sub-cities or towns' woredas])
PLACES = [
    ("Addis Ababa", "Addis Ababa", ["Bole", "Kirkos", "Yeka", "Kolfe Keranio", "Arada", "Lideta",
                                    "Nifas Silk-Lafto", "Gulele", "Akaki Kality", "Addis Ketema",
                                    "Lemi Kura"], 45),
    ("Oromia", "Adama", ["Dabe", "Bole", "Lugo"], 8),
    ("Amhara", "Bahir Dar", ["Belay Zeleke", "Gish Abay", "Tana"], 7),
    ("Tigray", "Mekelle", ["Hadnet", "Ayder", "Kedamay Weyane"], 7),
    ("Sidama", "Hawassa", ["Tabor", "Menaharia", "Hayk Dar"], 6),
    ("Amhara", "Gondar", ["Arada", "Maraki", "Azezo"], 5),
    ("Amhara", "Dessie", ["Hote", "Piassa"], 4),
    ("Oromia", "Jimma", ["Hermata", "Bosa Addis"], 4),
    ("Dire Dawa", "Dire Dawa", ["Kezira", "Sabian", "Gende Kore"], 4),
]  # fmt: skip
ABROAD = {"US": ("+1", 55), "UK": ("+44", 12), "DE": ("+49", 10), "SE": ("+46", 6), "CA": ("+1", 9),
          "SA": ("+966", 8)}  # fmt: skip
CITY_ABROAD = {"US": ["Washington", "Silver Spring", "Alexandria", "Seattle", "Atlanta", "Dallas",
                      "Minneapolis", "Denver"], "UK": ["London"], "DE": ["Frankfurt", "Berlin"],
               "SE": ["Stockholm"], "CA": ["Toronto", "Calgary"], "SA": ["Riyadh", "Jeddah"]}  # fmt: skip
MAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]


def ec_date(d: dt.date) -> tuple[int, int, int]:
    """A Gregorian date in the Ethiopian calendar (year, month 1-13, day), by day numbers."""
    jdn = d.toordinal() + 1721425
    era = 1723856
    r = (jdn - era) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - era) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


class Ethiopia(Draws):
    SLIP_LETTERS = "aeiounrstl"

    def given(self, sex: str) -> str:
        r = self.rnd
        if sex == "M" and r.random() < 0.3:
            pre, saint = wpick(r, {k: v for k, v in COMPOUNDS.items() if v})
            return f"{pre}|{saint}"
        pool = MALE if sex == "M" else FEMALE
        return wpick(r, {k: v[2] for k, v in pool.items()})

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            region, city, subs, _ = r.choices(PLACES, [p[3] for p in PLACES])[0]
            eritrean = r.random() < 0.06
            home = self.address(region, city, subs)
            head = self.person("M", (self.given("M"), self.given("M")), self.dob(28, 75), home)
            head["eritrean"] = eritrean
            kind = wpick(r, {"single": 25, "couple": 20, "family": 55})
            members = [head]
            if kind != "single":
                wife = self.person("F", (self.given("M"), self.given("M")), self.dob(22, 70), home)
                wife["cells"] = wife["cells"] if r.random() < 0.6 else []  # on her husband's phone
                members.append(wife)
            if kind == "family":
                for _ in range(r.randint(1, 4)):
                    kid = self.person(r.choice("MF"), (head["names"][0], head["names"][1]),
                                      self.dob(16, 40), home)  # fmt: skip
                    if r.random() < 0.35:  # the family's one phone
                        kid["cells"] = []
                    if r.random() < 0.25 and (TODAY - kid["dob"]).days > 22 * 365:
                        kid["home"] = self.address(
                            *r.choices(PLACES, [p[3] for p in PLACES])[0][:3]
                        )
                    members.append(kid)
            for m in members:
                m["family"] = members
                m["eritrean"] = eritrean
            self.persons.extend(members)
        # the diaspora: grown-up children and some heads abroad, sending money home
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            if 22 < age < 60 and r.random() < (0.16 if p is not p["family"][0] else 0.06):
                country = wpick(r, {k: v[1] for k, v in ABROAD.items()})
                p["abroad"] = country
                code = ABROAD[country][0]
                p["foreign_cell"] = self.unique(lambda code=code: self.foreign_number(code))
                p["email"] = self.email(p)
        # numbers given out again to someone else
        for p in r.sample(self.persons, len(self.persons) // 30):
            q = r.choice(self.persons)
            if q is not p and q["cells"]:
                p["old_cell"] = q["cells"][0]

    def foreign_number(self, code: str) -> str:
        r = self.rnd
        if code == "+1":
            return f"+1 {r.choice(['202', '301', '571', '206', '404', '214', '612', '416'])} {self.digits(3)} {self.digits(4)}"
        if code == "+44":
            return f"+44 7{self.digits(3)} {self.digits(6)}"
        if code == "+49":
            return f"+49 15{self.digits(2)} {self.digits(7)}"
        if code == "+46":
            return f"+46 7{r.choice('0236')} {self.digits(3)} {self.digits(4)}"
        return f"+966 5{self.digits(8)}"

    def address(self, region: str, city: str, subs: list) -> dict:
        r = self.rnd
        return dict(region=region, city=city, sub=r.choice(subs), woreda=f"{r.randint(1, 14):02d}",
                    kebele=f"{r.randint(1, 20):02d}",
                    house=str(r.randint(1, 3999)) if r.random() < 0.6 else "New")  # fmt: skip

    def person(self, sex: str, fathers: tuple[str, str], dob: dt.date, home: dict) -> dict:
        r = self.rnd
        cells = [self.unique(lambda: "09" + self.digits(8))] if r.random() < 0.9 else []
        if r.random() < 0.18:  # a Safaricom line too
            cells.append(self.unique(lambda: "07" + self.rnd.choice("01") + self.digits(7)))
        self.next_pid = getattr(self, "next_pid", 0) + 1
        return dict(pid=self.next_pid, sex=sex, names=[self.given(sex), *fathers], dob=dob,
                    home=home, cells=cells, old_cell=None, abroad=None, foreign_cell=None, email=None,
                    fayda=self.unique(lambda: self.digits(12)) if r.random() < 0.5 else None,
                    kebele_id=f"KB{home['woreda']}{home['kebele']}/{r.randint(1000, 99999)}")  # fmt: skip

    def email(self, p: dict) -> str:
        r = self.rnd
        g, f = (self.latin(n, 0).lower().replace(" ", "").replace("/", "") for n in p["names"][:2])
        local = wpick(r, {f"{g}.{f}": 40, f"{g}{f[0]}": 20, f"{g}{r.randint(1, 99)}": 40})
        return self.unique(
            lambda: local + wpick(r, {"": 70, str(r.randint(1, 9)): 30}) + "@" + r.choice(MAIL)
        )

    # ------------------------------------------------------------ written forms
    def latin(self, name: str, vary: float = 0.3) -> str:
        """A name in Latin letters: its usual spelling or, with probability ``vary``, another;
        a compound joined (``Gebremariam``), split (``Gebre Mariam``) or abbreviated (``G/Mariam``)."""
        r = self.rnd
        if "|" in name:
            pre, saint = name.split("|")
            spell_p = PREFIX[pre][1][0] if r.random() >= vary else r.choice(PREFIX[pre][1])
            spell_s = SAINT[saint][1][0] if r.random() >= vary else r.choice(SAINT[saint][1])
            form = (
                wpick(r, {"joined": 55, "split": 15, "abbr": 22, "abbr_dot": 4, "camel": 4})
                if vary
                else "joined"
            )
            if form == "split":
                return f"{spell_p} {spell_s}"
            if form == "abbr":
                return f"{PREFIX[pre][2]}{spell_s}"
            if form == "abbr_dot":
                return f"{PREFIX[pre][2][0]}.{spell_s}"
            if form == "camel":
                return f"{spell_p}{spell_s}"
            return f"{spell_p}{spell_s.lower()}"
        spells = (MALE.get(name) or FEMALE[name])[1]
        return spells[0] if r.random() >= vary else r.choice(spells)

    def geez(self, name: str) -> str:
        if "|" in name:
            pre, saint = name.split("|")
            return PREFIX[pre][0] + SAINT[saint][0]
        return (MALE.get(name) or FEMALE[name])[0]

    def ec(self, d: dt.date, sep: str = "/") -> str:
        y, m, day = ec_date(d)
        return f"{day:02d}{sep}{m:02d}{sep}{y}"

    def cell(self, p: dict, own: float = 1.0) -> str | None:
        """The phone a local system holds: the person's, or the family's (the head's)."""
        r = self.rnd
        if p["old_cell"] and r.random() < 0.15:
            return p["old_cell"]
        if p["cells"] and r.random() < own:
            return p["cells"][-1] if len(p["cells"]) > 1 and r.random() < 0.4 else p["cells"][0]
        head = p["family"][0]
        if head["cells"]:
            return head["cells"][0]
        return p["cells"][0] if p["cells"] else None

    def phone_str(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {"plain": num, "plus": "+251" + rest, "251": "251" + rest,
                "spaced": f"{num[:4]} {num[4:6]} {num[6:8]} {num[8:]}",
                "plus_spaced": f"+251 {rest[:2]} {rest[2:5]} {rest[5:]}"}[style]  # fmt: skip

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"source": system, "_pid": p["pid"], **rec})

    def home(self, p: dict) -> dict:
        return p["home"]

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = p["names"]
        a = self.home(p)
        abroad = p["abroad"]
        date = self.ec(p["dob"]) + (" E.C." if r.random() < 0.4 else "")
        if r.random() < 0.05:
            date = self.ec(p["dob"].replace(month=1, day=1) if p["dob"].month > 1 else p["dob"])
        self.add("BANK", p, {
            "CUSTOMER_ID": self.unique(lambda: "1000" + self.digits(7)),
            "FIRST_NAME": self.typo(self.latin(g), 0.03).upper(),
            "MIDDLE_NAME": self.typo(self.latin(f), 0.03).upper(),
            "LAST_NAME": self.latin(gf).upper() if r.random() < 0.7 else None,
            "SEX": p["sex"],
            "DATE_OF_BIRTH": date if r.random() < 0.92 else None,
            "FAYDA_NO": p["fayda"] if p["fayda"] and r.random() < 0.5 else None,
            "MOBILE": p["foreign_cell"].replace(" ", "") if abroad and r.random() < 0.6
            else self.phone_str(self.cell(p, 0.85), wpick(r, {"plain": 70, "plus": 30})),
            "REGION": a["region"],
            "CITY": a["city"],
            "SUB_CITY": a["sub"] if r.random() < 0.85 else None,
            "WOREDA": a["woreda"] if r.random() < 0.8 else None,
            "KEBELE": a["kebele"] if r.random() < 0.6 else None,
            "HOUSE_NO": a["house"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def wallet(self, p: dict, line: str | None = None) -> None:
        r = self.rnd
        names = p["names"] if r.random() < 0.6 else p["names"][:2]
        if r.random() < 0.35:
            full = " ".join(self.geez(n) for n in names)
        else:
            full = self.typo(" ".join(self.latin(n) for n in names), 0.04)
            full = wpick(r, {full: 70, full.upper(): 20, full.lower(): 10})
        num = line or self.cell(p, 0.9)
        if not num:
            return
        fayda = p["fayda"] and r.random() < 0.6
        self.add("WALLET", p, {
            "msisdn": self.phone_str(num, "251"),
            "full_name": full,
            "id_type": "FAYDA" if fayda else "KEBELE_ID",
            "id_number": p["fayda"] if fayda else p["kebele_id"],
            "birth_date": p["dob"].isoformat() if r.random() < 0.45 else None,
            "city": p["home"]["city"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def mfi(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = p["names"]
        geez = r.random() < 0.6
        name = (lambda n: self.geez(n)) if geez else (lambda n: self.typo(self.latin(n), 0.04))
        if r.random() < 0.2:
            born = str(ec_date(p["dob"])[0])
        else:
            born = self.ec(p["dob"], wpick(r, {"/": 80, "-": 20})) + (
                " ዓ.ም" if r.random() < 0.5 else ""
            )
        self.add("MFI", p, {
            "የደንበኛ ቁጥር": self.unique(lambda: f"MF-{r.randint(1, 60):02d}-{self.digits(5)}"),
            "ስም": name(g),
            "የአባት ስም": name(f),
            "የአያት ስም": name(gf) if r.random() < 0.55 else None,
            "ጾታ": "ወ" if p["sex"] == "M" else "ሴ",
            "የትውልድ ዘመን": born if r.random() < 0.85 else None,
            "ስልክ": self.phone_str(self.cell(p, 0.6), wpick(r, {"plain": 60, "spaced": 40})),
            "ወረዳ": p["home"]["woreda"] if r.random() < 0.9 else None,
            "ቀበሌ": p["home"]["kebele"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = p["names"]
        last = wpick(
            r, {self.latin(f): 75, self.latin(gf): 12, f"{self.latin(f)} {self.latin(gf)}": 13}
        )
        kin = [q for q in p["family"] if q is not p and not q["abroad"]]
        receiver = r.choice(kin) if kin and r.random() < 0.9 else None
        country = p["abroad"]
        rec_num = self.cell(receiver, 0.9) if receiver else "09" + self.digits(8)
        if p["eritrean"] and r.random() < 0.4:
            rec_num = None
            rec_phone = f"+291 7{self.digits(6)}"
        else:
            rec_phone = self.phone_str(rec_num, wpick(r, {"plus": 60, "251": 20, "plain": 20}))
        rname = (f"{self.latin(receiver['names'][0])} {self.latin(receiver['names'][1])}" if receiver
                 else f"{self.latin(self.given('M'))} {self.latin(self.given('M'))}")  # fmt: skip
        self.add("REMIT", p, {
            "transaction_ref": self.unique(lambda: "TX" + self.digits(10)),
            "sender_first_name": self.typo(self.latin(g, 0.4), 0.04),
            "sender_last_name": self.typo(last, 0.04),
            "sender_dob": p["dob"].strftime("%m/%d/%Y") if r.random() < 0.8 else None,
            "sender_phone": p["foreign_cell"],
            "sender_email": p["email"] if r.random() < 0.75 else None,
            "sender_city": r.choice(CITY_ABROAD[country]),
            "sender_country": country,
            "receiver_name": rname,
            "receiver_phone": rec_phone,
            "receiver_city": receiver["home"]["city"] if receiver else r.choice(PLACES)[1],
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if p["abroad"]:
                for _ in range(wpick(r, {1: 25, 2: 30, 3: 25, 4: 20})):
                    self.remit(p)
                if r.random() < 0.4:  # a diaspora account at home
                    self.bank(p)
                continue
            if r.random() < 0.85:
                self.bank(p)
                if r.random() < 0.15:  # a second account at another branch
                    self.bank(p)
            if age < 65 and r.random() < 0.9:
                self.wallet(p)
                if r.random() < 0.12:  # registered again after a SIM swap, typed anew
                    self.wallet(p)
                if len(p["cells"]) > 1 and r.random() < 0.7:  # a wallet on the other line
                    self.wallet(p, p["cells"][1])
            if age > 20 and r.random() < (0.75 if p["home"]["city"] != "Addis Ababa" else 0.5):
                self.mfi(p)
                if r.random() < 0.3:  # a second loan cycle at another branch
                    self.mfi(p)
            if len(self.rows) == n0:
                self.bank(p)
        return self.shuffled("row_id", "ET")


def ethiopia(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Ethiopia.frame(persons, seed, "row_id")
