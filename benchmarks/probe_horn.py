"""Horn of Africa customers at home and in the diaspora (Minneapolis, London, Stockholm,
Nairobi's Eastleigh, Dubai): Somali, Somaliland, Djiboutian, Sudanese and Eritrean persons in six
systems stacked in one file (a ``system`` column; a column of the same name in two systems is one
column).

* Hawala remittance company (``HAWALA``), one row per transfer, English columns: ``Transfer No``,
  ``Sender Name`` (two, three or four names), ``Sender Phone`` (the sender's number abroad),
  ``Sender ID No`` (a passport), ``Sender Country``, ``Beneficiary Name``, ``Beneficiary Phone``
  (``+252 61 5123456``, ``00252615123456``, ``0615123456``), ``Beneficiary City``,
  ``Amount USD``; the beneficiaries are the senders' parents, wives and siblings at home, most
  of them customers of the other systems too.
* Mobile-money wallet KYC (``WALLET``, EVC Plus / Zaad style), Somali columns: ``Lambarka``
  (``252615123456``, ``615123456``, ``+253 77 12 34 56``), ``Magaca`` (the three or four names,
  in Somali orthography mostly: ``Faadumo Cabdi Xasan``), ``Magaca Hooyo`` (the mother's name),
  ``Taariikhda Dhalashada`` (``01/01/1980`` for many who know only the year), ``Goobta
  Dhalashada``, ``Jinsi`` (``Lab``/``Dheddig``), ``Aqoonsi`` (an id card, often none).
* Kenyan bank (``KE_BANK``), Eastleigh customers, English columns: ``ACCOUNT_NO``,
  ``FIRST_NAME``, ``MIDDLE_NAME``, ``SURNAME`` (the grandfather's name; or the father's and
  grandfather's in one), ``NATIONAL_ID`` (8 digits) or ``ALIEN_ID`` (a refugee's),
  ``MOBILE`` (``0712345678``, ``+254 712 345678``, ``254712345678``), ``DOB``, ``POSTAL_ADDRESS``.
* Money-transfer app: Swedish customers (``SE_APP``, Swedish columns: ``Förnamn``,
  ``Efternamn`` (the father's, or the father's and grandfather's), ``Personnummer``
  (``19850314-1234``, ``850314-1234``, ``8503141234``), ``Mobilnummer`` (``070-123 45 67``,
  ``+46701234567``), ``E-post``, ``Postnummer``, ``Ort``) and UK ones (``UK_APP``:
  ``first_name``, ``last_name``, ``date_of_birth``, ``mobile``, ``email``, ``postcode``).
* Humanitarian agency's beneficiary register (``AID``), one row per household member: ``Household
  ID``, ``Ration Card No`` (the household's), ``Full Name``, ``Head of Household``,
  ``Relationship``, ``Sex``, ``Date of Birth`` (a year alone or ``01/01/YYYY``), ``Phone`` (one
  per household, the head's, now and then a relative's abroad), ``Clan``, ``Sub-clan`` (that
  thousands share: no family names), ``District``, ``Settlement``; Sudanese households' names in
  Arabic letters, Eritrean ones' in Ge'ez script (``ሰላም ተስፋይ``) or Latin.

What makes it hard: no family names (a given name, the father's and the grandfather's: siblings
share two of three, the same few names shared by many: Mohamed/Maxamed, Abdi/Cabdi,
Hassan/Xasan, Fadumo/Faadumo/Fatima), Somali orthography (``x`` for ħ, ``c`` for ʿ, doubled
vowels) against English spellings, two, three or four names kept, unknown birth dates as
1 January, one phone for a household or a relative's abroad, numbers with or without ``252``,
``00252``, a leading 0 and spaces, personnummer with or without the century and the ``-``.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import luhn_digit
from draws import ARABIC_DIGITS, TODAY, Draws, wpick
from draws import spellings as sp

# A given name: Somali spelling, English spellings, Arabic letters, weight, groups
# (S Somali, D Sudanese).
MALE = [
    ("Maxamed", "Mohamed:50 Mohammed:20 Mohamad:10 Muhammad:10 Mohmed:10", "محمد", 16, "SD"),
    ("Maxamuud", "Mohamud:55 Mahmoud:25 Mohamoud:20", "محمود", 5, "SD"),
    ("Cabdi", "Abdi:100", "عبدي", 8, "S"), ("Axmed", "Ahmed:80 Ahmad:20", "أحمد", 9, "SD"),
    ("Xasan", "Hassan:80 Hasan:20", "حسن", 7, "SD"), ("Xuseen", "Hussein:60 Hussen:20 Husein:20", "حسين", 5, "SD"),
    ("Cali", "Ali:100", "علي", 7, "SD"), ("Cumar", "Omar:75 Omer:25", "عمر", 5, "SD"),
    ("Cabdullaahi", "Abdullahi:70 Abdullah:20 Abdalla:10", "عبد الله", 5, "SD"),
    ("Cabdiraxmaan", "Abdirahman:60 Abdulrahman:20 Abdurahman:20", "عبد الرحمن", 4, "SD"),
    ("Cabdirashiid", "Abdirashid:80 Abdirashiid:20", "عبد الرشيد", 2, "S"),
    ("Yuusuf", "Yusuf:60 Yousif:20 Yussuf:20", "يوسف", 4, "SD"), ("Ibraahim", "Ibrahim:100", "إبراهيم", 4, "SD"),
    ("Cismaan", "Osman:70 Othman:15 Ismaan:15", "عثمان", 5, "SD"), ("Ismaaciil", "Ismail:70 Ismael:30", "إسماعيل", 3, "S"),
    ("Faarax", "Farah:90 Faarah:10", "فارح", 4, "S"), ("Jaamac", "Jama:85 Jaama:15", "جامع", 3, "S"),
    ("Warsame", "Warsame:100", "ورسمي", 2, "S"), ("Cabdikariim", "Abdikarim:70 Abdulkarim:30", "عبد الكريم", 2, "S"),
    ("Saciid", "Said:60 Saeed:40", "سعيد", 3, "SD"), ("Aadan", "Aden:70 Adan:30", "آدم", 3, "S"),
    ("Nuur", "Nur:60 Noor:40", "نور", 3, "S"), ("Guuleed", "Guled:80 Guleid:20", "جوليد", 2, "S"),
    ("Bashiir", "Bashir:100", "بشير", 2, "SD"), ("Mustafe", "Mustafa:60 Mustafe:40", "مصطفى", 2, "SD"),
    ("Khaalid", "Khalid:80 Khaled:20", "خالد", 2, "SD"), ("Xamsa", "Hamza:90 Hamsa:10", "حمزة", 2, "D"),
    ("Babikir", "Babiker:70 Babikir:30", "بابكر", 3, "D"), ("Elfatix", "Elfatih:60 Alfatih:40", "الفاتح", 2, "D"),
    ("Elsaadig", "Elsadig:60 Alsadig:40", "الصادق", 2, "D"), ("Caadil", "Adil:70 Adel:30", "عادل", 2, "D"),
]  # fmt: skip
FEMALE = [
    ("Faadumo", "Fadumo:45 Fatima:30 Faduma:25", "فاطمة", 10, "SD"), ("Hodan", "Hodan:100", "هودن", 5, "S"),
    ("Aamina", "Amina:80 Aamina:20", "أمينة", 6, "S"), ("Caasha", "Asha:70 Aisha:30", "عائشة", 6, "S"),
    ("Xaliimo", "Halima:60 Halimo:40", "حليمة", 5, "S"), ("Khadiijo", "Khadija:50 Hadija:25 Khadijo:25", "خديجة", 5, "SD"),
    ("Maryan", "Maryan:60 Mariam:25 Maryam:15", "مريم", 5, "SD"), ("Sahra", "Sahra:60 Sahro:20 Zahra:20", "زهراء", 4, "S"),
    ("Xaawo", "Hawa:60 Hawo:40", "حواء", 4, "SD"), ("Nimco", "Nimo:60 Nimca:20 Nimco:20", "نعمة", 3, "S"),
    ("Ayaan", "Ayan:70 Ayaan:30", "أيان", 3, "S"), ("Ifraax", "Ifrah:80 Ifra:20", "إفراح", 3, "S"),
    ("Sagal", "Sagal:100", "سجل", 2, "S"), ("Ubax", "Ubah:70 Ubax:30", "أوبه", 2, "S"),
    ("Deeqa", "Deka:50 Deeqa:50", "ديقا", 2, "S"), ("Safiyo", "Safia:50 Safiya:50", "صفية", 2, "S"),
    ("Muna", "Muna:100", "منى", 2, "SD"), ("Aamna", "Amna:80 Amona:20", "آمنة", 3, "D"),
    ("Saara", "Sara:60 Sarah:40", "سارة", 3, "D"), ("Nafiisa", "Nafisa:70 Nafeesa:30", "نفيسة", 2, "D"),
    ("Saamiya", "Samia:60 Samya:40", "سامية", 2, "D"), ("Ikhlaas", "Ikhlas:100", "إخلاص", 2, "D"),
    ("Tasniim", "Tasneem:70 Tasnim:30", "تسنيم", 2, "D"), ("Huda", "Huda:60 Hoda:40", "هدى", 2, "D"),
]  # fmt: skip
# Tigrinya names: Ge'ez, Latin spellings, weight.
TI_MALE = [
    ("ተስፋይ", "Tesfay:60 Tesfai:30 Tesfaye:10", 6), ("ዮናስ", "Yonas:80 Yonatan:20", 5), ("መሓሪ", "Mehari:80 Mhari:20", 4),
    ("ተኽለ", "Tekle:70 Teklay:30", 4), ("ብርሃነ", "Berhane:60 Birhane:40", 4), ("ኪዳነ", "Kidane:80 Kidan:20", 3),
    ("ሃብተ", "Habte:100", 3), ("ገብረማርያም", "Ghebremariam:45 Gebremariam:35 Ghebre-Mariam:20", 4),
    ("ኣማኑኤል", "Amanuel:70 Emanuel:30", 4), ("ሳሙኤል", "Samuel:100", 3), ("ዳኒኤል", "Daniel:100", 3),
    ("ፊልሞን", "Filmon:70 Philemon:30", 3), ("ዮውሃንስ", "Yohannes:60 Yohanes:40", 3), ("ጎይቶም", "Goitom:70 Goytom:30", 3),
    ("ተወልደ", "Tewelde:70 Tewolde:30", 3), ("ፍስሃ", "Fisseha:60 Fsaha:40", 2),
]  # fmt: skip
TI_FEMALE = [
    ("ሰላም", "Selam:80 Salam:20", 5), ("ሰናይት", "Senait:80 Senayt:20", 4), ("ሄለን", "Helen:100", 3),
    ("ሉዋም", "Luwam:80 Luam:20", 3), ("ሳባ", "Saba:100", 3), ("ጸጋ", "Tsega:70 Tsegga:30", 3),
    ("ዮርዳኖስ", "Yordanos:100", 3), ("ሕይወት", "Hiwet:60 Hewan:40", 3), ("ራሄል", "Rahel:80 Rachel:20", 3),
    ("ፍረወይኒ", "Freweyni:70 Fireweini:30", 2), ("ሰምሃር", "Semhar:100", 3), ("ኤልሳ", "Elsa:100", 2),
]  # fmt: skip
# Home groups: weight, dialling code, mobile prefixes and lengths after them, cities.
HOME = {
    "SO": (40, "252", ["61", "61", "62", "68", "90"], 7, ["Muqdisho", "Kismaayo", "Baydhabo", "Gaalkacyo", "Garoowe", "Boosaaso", "Beledweyne"]),
    "SL": (18, "252", ["63", "65"], 7, ["Hargeysa", "Burco", "Boorama", "Berbera", "Ceerigaabo"]),
    "DJ": (9, "253", ["77"], 6, ["Djibouti", "Ali Sabieh", "Tadjourah", "Dikhil"]),
    "SD": (18, "249", ["91", "92", "99", "12"], 7, ["Khartoum", "Omdurman", "Port Sudan", "Kassala", "El Obeid", "Gedaref"]),
    "ER": (15, "291", ["7"], 6, ["Asmara", "Keren", "Massawa", "Mendefera", "Barentu"]),
}  # fmt: skip
CLANS = {
    "SO": {"Hawiye": ["Abgaal", "Habar Gidir", "Murusade", "Hawaadle"], "Darood": ["Majeerteen", "Mareexaan", "Ogaadeen"],
           "Digil-Mirifle": ["Leysan", "Harin", "Eelay"]},
    "SL": {"Isaaq": ["Habar Awal", "Garxajis", "Habar Jeclo", "Arap"], "Dir": ["Gadabuursi", "Ciise"]},
    "DJ": {"Dir": ["Ciise", "Gadabuursi"], "Afar": ["Adoimara", "Asaimara"]},
}  # fmt: skip
ABROAD = {"US": 28, "UK": 24, "SE": 16, "KE": 22, "AE": 10}
ABROAD_CITY = {"US": ["Minneapolis", "St Paul", "Columbus", "Seattle"], "UK": ["London", "Birmingham", "Leicester"],
               "SE": ["Stockholm", "Göteborg", "Örebro", "Uppsala"], "KE": ["Nairobi"], "AE": ["Dubai", "Sharjah"]}  # fmt: skip
COUNTRY = {"US": "USA", "UK": "United Kingdom", "SE": "Sweden", "KE": "Kenya", "AE": "UAE"}
UK_POST = ["E1", "E2", "N15", "N17", "NW10", "W12", "SE15", "E14", "B10", "B11", "LE5", "LE4"]
SE_POST = {
    "Stockholm": ["163", "164", "165", "145"],
    "Göteborg": ["415", "424"],
    "Örebro": ["703"],
    "Uppsala": ["754"],
}
MAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "hotmail.se", "live.co.uk"]


class Horn(Draws):
    SLIP_LETTERS = "aeiounrlh"

    # ------------------------------------------------------------ population
    def given(self, home: str, sex: str) -> tuple:
        """A given name: ("x", Somali spelling, English spellings, Arabic) or ("t", Ge'ez, spellings)."""
        r = self.rnd
        if home == "ER":
            t = TI_MALE if sex == "M" else TI_FEMALE
            g, s, _ = r.choices(t, [e[2] for e in t])[0]
            return ("t", g, sp(s))
        group = "D" if home == "SD" else "S"
        t = [e for e in (MALE if sex == "M" else FEMALE) if group in e[4]]
        so, s, ar, _, _ = r.choices(t, [e[3] for e in t])[0]
        return ("x", so, sp(s), ar)

    def person(self, home: str, sex: str, line: list, dob: dt.date, hh: dict) -> dict:
        r = self.rnd
        self.next_pid = getattr(self, "next_pid", 0) + 1
        return dict(pid=self.next_pid, sex=sex, home=home, names=[self.given(home, sex), *line],
                    dob=dob, known=r.random() < 0.45, hh=hh, phone=None, abroad=None,
                    abroad_phone=None, email=None, ids={}, mother=None)  # fmt: skip

    def local_number(self, home: str) -> str:
        _, code, pre, n, _ = HOME[home]
        return self.unique(lambda: code + self.rnd.choice(pre) + self.digits(n))

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            home = wpick(r, {k: v[0] for k, v in HOME.items()})
            clan = sub = None
            if home in CLANS:
                clan = wpick(r, {k: 1 for k in CLANS[home]})
                sub = r.choice(CLANS[home][clan])
            hh = dict(home=home, city=r.choice(HOME[home][4]), clan=clan, sub=sub,
                      card=self.unique(lambda home=home: f"{home}{r.randint(10, 99)}-{self.digits(6)}"),
                      case=self.unique(lambda: f"HH-{self.digits(7)}"), members=[])  # fmt: skip
            fline = [self.given(home, "M") for _ in range(3)]
            head = self.person(home, "M", fline, self.dob(30, 78), hh)
            head["phone"] = self.local_number(home)
            members = [head]
            if r.random() < 0.8:
                wife = self.person(home, "F", [self.given(home, "M") for _ in range(3)],
                                   self.dob(22, 70), hh)  # fmt: skip
                wife["phone"] = self.local_number(home) if r.random() < 0.55 else None
                members.append(wife)
            mother = members[1] if len(members) > 1 else None
            for _ in range(r.choice([0, 1, 2, 3, 3, 4, 5, 6])):
                kid = self.person(home, r.choice("MF"), head["names"][:3], self.dob(8, 42), hh)
                kid["mother"] = mother
                if (TODAY - kid["dob"]).days > 15 * 365 and r.random() < 0.6:
                    kid["phone"] = self.local_number(home)
                members.append(kid)
            hh["members"] = members
            self.persons.extend(members)
        for p in self.persons:
            if p["mother"] is None:
                p["mother_name"] = self.given(p["home"], "F")
            else:
                p["mother_name"] = p["mother"]["names"][0]
            age = (TODAY - p["dob"]).days / 365.25
            if 20 < age < 58 and r.random() < (0.3 if p is not p["hh"]["members"][0] else 0.08):
                country = wpick(r, ABROAD)
                p["abroad"] = country
                p["city_abroad"] = r.choice(ABROAD_CITY[country])
                p["abroad_phone"] = self.unique(lambda c=country: self.foreign_number(c))
                p["email"] = self.email(p) if r.random() < 0.7 else None
                p["passport"] = self.unique(lambda: r.choice("PNA") + self.digits(7))
                if country == "SE":
                    p["ids"]["pnr"] = self.personnummer(p)
                if country == "KE":
                    p["ids"]["ke"] = self.unique(lambda: str(r.randint(20_000_000, 39_999_999)))
                if country == "UK":
                    p["postcode"] = (
                        f"{r.choice(UK_POST)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                    )
            elif age >= 18 and p["home"] in ("SO", "SL", "DJ") and r.random() < 0.35:
                p["ids"]["card"] = self.unique(lambda: self.digits(r.choice([9, 10, 11])))

    def foreign_number(self, c: str) -> str:
        r = self.rnd
        return {
            "US": lambda: f"1{r.choice(['612', '651', '763', '614', '206'])}{self.digits(7)}",
            "UK": lambda: f"447{r.choice('45789')}{self.digits(8)}",
            "SE": lambda: f"467{r.choice('0236')}{self.digits(7)}",
            "KE": lambda: f"2547{r.choice('0129')}{self.digits(7)}",
            "AE": lambda: f"9715{r.choice('02568')}{self.digits(7)}",
        }[c]()

    def personnummer(self, p: dict) -> str:
        d = p["dob"] if p["known"] else p["dob"].replace(month=1, day=1)
        body = (
            d.strftime("%y%m%d")
            + self.digits(2)
            + self.rnd.choice("13579" if p["sex"] == "M" else "02468")
        )
        return body + luhn_digit(body)

    def email(self, p: dict) -> str:
        r = self.rnd
        g, f = (self.latin(n, 0).lower().replace(" ", "").replace("-", "") for n in p["names"][:2])
        local = wpick(r, {f"{g}.{f}": 40, f"{g}{f}": 20, f"{g}{r.randint(1, 99)}": 40})
        return self.unique(
            lambda: local + wpick(r, {"": 70, str(r.randint(1, 9)): 30}) + "@" + r.choice(MAIL)
        )

    # ------------------------------------------------------------ written forms
    def latin(self, n: tuple, vary: float = 0.35) -> str:
        """A name in English letters: its usual spelling or, with probability ``vary``, another."""
        spells = n[2]
        if self.rnd.random() < vary:
            return wpick(self.rnd, spells)
        return max(spells, key=spells.get)

    def somali(self, n: tuple) -> str:
        """A name as a Somali clerk writes it (``Maxamed``, ``Cabdi``); Tigrinya ones in Latin."""
        return n[1] if n[0] == "x" else self.latin(n)

    def script(self, n: tuple) -> str:
        """A name in its own script: Arabic letters or Ge'ez."""
        return n[3] if n[0] == "x" else n[1]

    def full(self, p: dict, how, parts: int | None = None) -> str:
        r = self.rnd
        k = parts or wpick(r, {2: 25, 3: 60, 4: 15})
        return " ".join(how(n) for n in p["names"][:k])

    def date(self, p: dict, fmt: str = "%d/%m/%Y") -> str:
        """The birth date a system holds: the true one, or 1 January of a year (now and then
        one off) for those who know only the year."""
        d = p["dob"]
        if not p["known"]:
            y = d.year + (self.rnd.choice([-1, 1]) if self.rnd.random() < 0.1 else 0)
            d = dt.date(y, 1, 1)
        return d.strftime(fmt)

    def phone(self, num: str | None, home: str | None = None) -> str | None:
        """A number written many ways: ``+252 61 5123456``, ``00252615123456``, ``0615123456``."""
        if not num:
            return None
        r = self.rnd
        code = next(
            c
            for c in ("252", "253", "249", "291", "254", "971", "44", "46", "1")
            if num.startswith(c)
        )
        nat = num[len(code) :]
        style = wpick(r, {"plain": 25, "plus": 20, "00": 12, "zero": 18, "bare": 12, "spaced": 13})
        if style == "plain":
            return num
        if style == "plus":
            return "+" + num
        if style == "00":
            return "00" + num
        if style == "zero":
            return ("" if code in ("1", "253") else "0") + nat
        if style == "bare":
            return nat
        return f"+{code} {nat[:2]} {nat[2:5]} {nat[5:]}".strip()

    def own_phone(self, p: dict) -> str | None:
        """The number a home system holds: the person's, or the household's (the head's)."""
        r = self.rnd
        if p["phone"] and r.random() < 0.85:
            return p["phone"]
        head = p["hh"]["members"][0]
        return head["phone"] or p["phone"]

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def hawala(self, p: dict) -> None:
        r = self.rnd
        kin = [q for q in p["hh"]["members"] if q is not p and not q["abroad"]]
        ben = r.choice(kin) if kin and r.random() < 0.85 else None
        if ben:
            bname = self.full(
                ben, self.somali if r.random() < 0.5 else self.latin, wpick(r, {2: 40, 3: 60})
            )
            bphone = self.phone(self.own_phone(ben))
        else:
            bname = " ".join(self.latin(self.given(p["home"], "M")) for _ in range(3))
            bphone = self.phone(self.local_number(p["home"]))
        self.add("HAWALA", p, {
            "Transfer No": self.unique(lambda: f"TR{self.digits(9)}"),
            "Sender Name": self.typo(self.full(p, self.latin), 0.04),
            "Sender Phone": self.phone(p["abroad_phone"]),
            "Sender ID No": p["passport"] if r.random() < 0.6 else None,
            "Sender Country": COUNTRY[p["abroad"]],
            "Beneficiary Name": bname,
            "Beneficiary Phone": bphone,
            "Beneficiary City": (ben or p)["hh"]["city"],
            "Amount USD": str(r.choice([50, 100, 150, 200, 300, 500])),
        })  # fmt: skip

    def wallet(self, p: dict, number: str | None = None) -> None:
        r = self.rnd
        how = self.somali if r.random() < 0.85 else self.latin
        name = self.typo(self.full(p, how, wpick(r, {3: 55, 4: 35, 2: 10})), 0.04)
        self.add("WALLET", p, {
            "Lambarka": self.phone(number or self.own_phone(p)),
            "Magaca": wpick(r, {name: 60, name.upper(): 40}),
            "Magaca Hooyo": how(p["mother_name"]) if r.random() < 0.7 else None,
            "Taariikhda Dhalashada": self.date(p) if r.random() < 0.8 else None,
            "Goobta Dhalashada": p["hh"]["city"] if r.random() < 0.6 else None,
            "Jinsi": {"M": "Lab", "F": "Dheddig"}[p["sex"]] if r.random() < 0.8 else None,
            "Aqoonsi": p["ids"].get("card") if r.random() < 0.7 else None,
        })  # fmt: skip

    def ke_bank(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = (self.typo(self.latin(n), 0.03).upper() for n in p["names"][:3])
        surname = wpick(r, {gf: 70, f"{f} {gf}": 15, f: 15})
        ke = p["ids"].get("ke")
        num = p["abroad_phone"]
        self.add("KE_BANK", p, {
            "ACCOUNT_NO": self.unique(lambda: "01" + self.digits(10)),
            "FIRST_NAME": g,
            "MIDDLE_NAME": f if surname != f else None,
            "SURNAME": surname,
            "NATIONAL_ID": ke if ke and r.random() < 0.85 else None,
            "ALIEN_ID": None if ke else (self.unique(lambda: "RF" + self.digits(6)) if r.random() < 0.6 else None),
            "MOBILE": wpick(r, {num: 40, "+" + num: 25, "0" + num[3:]: 35}),
            "DOB": self.date(p) if r.random() < 0.9 else None,
            "POSTAL_ADDRESS": f"P.O. Box {r.randint(1, 9999)}-00610" if r.random() < 0.5 else "Eastleigh",
        })  # fmt: skip

    def se_app(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = (self.latin(n) for n in p["names"][:3])
        pnr = p["ids"]["pnr"]
        cent = "19" if p["dob"].year < 2000 else "20"
        nat = p["abroad_phone"][2:]
        self.add("SE_APP", p, {
            "Förnamn": g,
            "Efternamn": wpick(r, {f: 60, f"{f} {gf}": 40}),
            "Personnummer": wpick(r, {cent + pnr[:6] + "-" + pnr[6:]: 40, pnr[:6] + "-" + pnr[6:]: 30,
                                      pnr: 15, cent + pnr: 15}) if r.random() < 0.9 else None,
            "Mobilnummer": wpick(r, {f"0{nat[:2]}-{nat[2:5]} {nat[5:7]} {nat[7:]}": 50, "+" + p["abroad_phone"]: 50}),
            "E-post": p["email"],
            "Postnummer": f"{r.choice(SE_POST.get(p['city_abroad'], ['163']))} {r.randint(10, 99)}" if r.random() < 0.8 else None,
            "Ort": p["city_abroad"],
        })  # fmt: skip

    def uk_app(self, p: dict) -> None:
        r = self.rnd
        g, f, gf = (self.latin(n) for n in p["names"][:3])
        nat = p["abroad_phone"][2:]
        self.add("UK_APP", p, {
            "first_name": g,
            "last_name": wpick(r, {f: 55, gf: 15, f"{f} {gf}": 30}),
            "date_of_birth": self.date(p, "%Y-%m-%d") if r.random() < 0.85 else None,
            "mobile": wpick(r, {"0" + nat: 50, "+" + p["abroad_phone"]: 30, f"0{nat[:4]} {nat[4:]}": 20}),
            "email": p["email"],
            "postcode": p.get("postcode") if r.random() < 0.85 else None,
        })  # fmt: skip

    def aid(self, hh: dict, p: dict, head: dict, phone: str | None) -> None:
        r = self.rnd
        home = hh["home"]
        if home == "SD":
            how = self.script if r.random() < 0.6 else self.latin
        elif home == "ER":
            how = self.script if r.random() < 0.4 else self.latin
        else:
            how = self.somali if r.random() < 0.5 else self.latin
        name = self.full(p, how, wpick(r, {3: 70, 2: 20, 4: 10}))
        rel = "Head" if p is head else ("Spouse" if p["hh"]["members"].index(p) == 1 and head["sex"] != p["sex"] and p["mother"] is None
                                         else {"M": "Son", "F": "Daughter"}[p["sex"]])  # fmt: skip
        born = self.date(p, "%d/%m/%Y") if r.random() < 0.5 else self.date(p, "%Y")
        if r.random() < 0.05:
            born = born.translate(ARABIC_DIGITS)
        self.add("AID", p, {
            "Household ID": hh["case"],
            "Ration Card No": hh["card"] if r.random() < 0.9 else None,
            "Full Name": self.typo(name, 0.05),
            "Head of Household": self.full(head, how, 3),
            "Relationship": rel,
            "Sex": p["sex"] if r.random() < 0.9 else None,
            "Date of Birth": born if r.random() < 0.9 else None,
            "Phone": self.phone(phone),
            "Clan": hh["clan"],
            "Sub-clan": hh["sub"] if hh["clan"] and r.random() < 0.8 else None,
            "District": hh["city"],
            "Settlement": f"IDP site {r.randint(1, 40)}" if r.random() < 0.7 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        done = set()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            if p["abroad"]:
                for _ in range(wpick(r, {1: 15, 2: 25, 3: 25, 4: 15, 5: 10, 6: 10})):
                    self.hawala(p)
                if p["abroad"] == "KE" and r.random() < 0.85:
                    self.ke_bank(p)
                if p["abroad"] == "SE" and r.random() < 0.8:
                    self.se_app(p)
                if p["abroad"] == "UK" and r.random() < 0.8:
                    self.uk_app(p)
                    if r.random() < 0.15:
                        self.uk_app(p)
                if p["home"] in ("SO", "SL", "DJ") and p["phone"] and r.random() < 0.4:
                    self.wallet(p)  # the line at home kept
                continue
            if p["home"] in ("SO", "SL", "DJ") and age >= 15 and r.random() < 0.9:
                self.wallet(p)
                if r.random() < 0.3:  # registered again after a SIM swap
                    self.wallet(p)
                if p["phone"] and r.random() < 0.12:  # a second line
                    self.wallet(p, self.local_number(p["home"]))
            hh = p["hh"]
            if id(hh) not in done:
                done.add(id(hh))
                if r.random() < (0.85 if hh["home"] in ("SD", "ER") else 0.65):
                    head = hh["members"][0]
                    away = [q for q in hh["members"] if q["abroad"]]
                    phone = head["phone"]
                    if away and r.random() < 0.3:  # the relative abroad's number
                        phone = r.choice(away)["abroad_phone"]
                    for _ in range(1 if r.random() < 0.75 else 2):  # registered again after a move
                        for q in hh["members"]:
                            if not q["abroad"]:
                                self.aid(hh, q, head, phone)
        seen = {row["_pid"] for row in self.rows}
        for p in self.persons:  # everyone of twelve or more is somewhere
            if p["pid"] not in seen and (TODAY - p["dob"]).days > 12 * 365:
                if p["home"] in ("SO", "SL", "DJ"):
                    self.wallet(p)
                else:
                    self.aid(p["hh"], p, p["hh"]["members"][0], self.own_phone(p))
        return self.shuffled("row_id", "HR")


def horn(persons: int = 5000, seed: int = 252) -> tuple[pd.DataFrame, pd.Series]:
    """The six systems' records in one frame (every value a string or None) and each one's person."""
    return Horn.frame(persons, seed, "row_id")
