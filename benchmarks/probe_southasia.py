"""A Pakistani and Bangladeshi mobile-money and bank group's customer file: a Pakistani bank's core
system, a JazzCash/Easypaisa-style wallet, a bKash-style Bangladeshi wallet and the group's telco
care desk, stacked in one file (a ``source`` column naming the system).

* Bank core (``CORE``), Pakistani customers, capitals: ``CUSTOMER_NAME`` (one field, now and
  then with ``S/O`` / ``D/O`` / ``W/O`` and the father's or husband's name inside it),
  ``FATHER_HUSBAND_NAME``, ``CNIC`` (``12345-1234567-1`` or 13 digits; the last digit odd for
  men, even for women), ``DOB`` (``DD-MM-YYYY`` or ``DD/MM/YY``; only the year, or 01-01, for
  those who do not know the day), ``CELL_NO`` (``0300-1234567``, ``03001234567``, ``+92 300
  1234567``, ``923001234567``), ``ADDRESS`` (one line: ``House # 12, Street 4, Mohallah
  Islampura, Tehsil Samundri, Distt. Faisalabad``).
* Pakistani wallet (``WALLET``), registered on the phone: ``full_name`` (Latin, or Urdu script
  for one user in eight), ``msisdn`` (``923001234567``), ``cnic_last6``, ``city``; a wallet
  opened on the CNIC and phone of the household's head for his wife or grown-up child.
* Bangladeshi wallet (``BKASH``): ``নাম`` (the name in Bengali script, for some rows) and
  ``name`` (Latin, for others, sometimes both), ``NID`` (10 digits on the smart card, 13 on the
  old card, 17 when the old one is written after the birth year), ``mobile`` (``01712-345678``,
  ``+880 1712 345678``, ``8801712345678``), ``dob`` (``YYYY-MM-DD``).
* Telco care desk (``CARE``), both countries, typed by agents on the phone: ``caller_name``
  (often short or lower-case, ``ali raza s/o akram``), ``caller_number`` (the line called from:
  a relative's now and then), ``complaint``.

What makes it hard: ``Muhammad`` / ``Mohammad`` / ``Mohammed`` / ``Muhammed`` / ``Mohd.`` /
``M.`` as the first word, Bangladeshi ``Md.`` (and ``Mst.`` for women) nearly universal and
dropped in another system; fathers' and husbands' names inside the name field; honorifics and
caste names (``Syed``, ``Sheikh``, ``Chaudhry`` / ``Ch.``, ``Rana``, ``Malik``, ``Mian``) and
women's ``Begum`` / ``Bibi`` / ``Khatun`` added or dropped; Urdu and Bengali script beside Latin
spellings (``Hossain`` / ``Hossen`` / ``Hussain``, ``Rahman`` / ``Rahaman``, ``Akter`` /
``Akhter`` / ``Aktar``); a handful of given names that thousands share (``Muhammad Ali``,
``Md. Rahim``); families on one phone and one CNIC; wives known by their husband's name; birth
dates of only a year, 1 January placeholders and day/month swaps.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import Draws, wpick

PK_M = ["Ali", "Usman", "Bilal", "Imran", "Asif", "Kashif", "Faisal", "Tariq", "Shahid", "Naveed",
        "Zeeshan", "Hamza", "Umar", "Abbas", "Riaz", "Yousaf", "Akram", "Aslam", "Arshad", "Nadeem",
        "Waqas", "Adnan", "Sajid", "Khalid", "Rizwan", "Ahmed", "Hassan", "Irfan"]  # fmt: skip
PK_M2 = ["Raza", "Ahmed", "Iqbal", "Javed", "Nawaz", "Riaz", "Akram", "Aslam", "Hussain", "Rehman"]
PK_F = ["Fatima", "Ayesha", "Sana", "Rabia", "Nadia", "Saima", "Shazia", "Samina", "Bushra", "Kiran",
        "Hina", "Iqra", "Mehwish", "Sadia", "Nasreen", "Parveen", "Rukhsana", "Shabana"]  # fmt: skip
PK_FAM = {"Khan": 12, "Butt": 5, "Qureshi": 4, "Awan": 4, "Hussain": 6, "Ahmed": 6, "Iqbal": 4,
          "Akram": 3, "Aslam": 3, "Shah": 5, "Javed": 3, "Abbasi": 3, "Gill": 2, "Bhatti": 3,
          "Mughal": 2, "Ansari": 2, "Rajput": 2, None: 30}  # fmt: skip
#: Honorifics and caste names written before the name, and which families carry them.
PK_HON = {"Syed": 6, "Sheikh": 4, "Chaudhry": 6, "Rana": 3, "Malik": 5, "Mian": 2, None: 74}
BD_M = ["Rahim", "Karim", "Rafiqul", "Shahidul", "Kamrul", "Jahangir", "Mizanur", "Habibur",
        "Aminul", "Sumon", "Rubel", "Shakil", "Sabbir", "Tanvir", "Mamun", "Masud", "Abdur Rahim",
        "Abdul Karim", "Nurul", "Saiful", "Anisur", "Monir"]  # fmt: skip
BD_F = ["Nasrin", "Shirin", "Rokeya", "Fatema", "Salma", "Rina", "Shapla", "Jesmin", "Taslima",
        "Nazma", "Roksana", "Sharmin", "Moni", "Sumaiya"]  # fmt: skip
BD_FAM_M = {"Islam": 14, "Hossain": 14, "Rahman": 12, "Alam": 6, "Hasan": 6, "Uddin": 6, "Ahmed": 5,
            "Chowdhury": 3, "Sarkar": 3, "Miah": 4, "Mollah": 2, "Sheikh": 2, None: 8}  # fmt: skip
BD_FAM_F = {"Akter": 30, "Begum": 18, "Khatun": 14, "Islam": 5, "Rahman": 3, None: 6}

#: Spellings a Latin word is written in (the first the most usual).
SPELL = {
    "Hossain": ["Hossain", "Hossen", "Hussain", "Hosen"], "Rahman": ["Rahman", "Rahaman"],
    "Akter": ["Akter", "Akhter", "Aktar", "Akther"], "Chowdhury": ["Chowdhury", "Chowdhuri", "Choudhury"],
    "Ahmed": ["Ahmed", "Ahmad"], "Hussain": ["Hussain", "Husain", "Hussian"], "Yousaf": ["Yousaf", "Yusuf"],
    "Rehman": ["Rehman", "Rahman"], "Javed": ["Javed", "Javaid"], "Naveed": ["Naveed", "Navid"],
    "Ayesha": ["Ayesha", "Aisha", "Aysha"], "Zeeshan": ["Zeeshan", "Zeshan"], "Qureshi": ["Qureshi", "Qurashi"],
    "Fatema": ["Fatema", "Fatima"], "Miah": ["Miah", "Mia", "Mia"], "Mollah": ["Mollah", "Molla"],
    "Uddin": ["Uddin", "Uddeen"], "Chaudhry": ["Chaudhry", "Ch.", "Chaudhary", "Chohdry"],
    "Sheikh": ["Sheikh", "Shaikh", "Sk."], "Rafiqul": ["Rafiqul", "Rafikul"], "Shahidul": ["Shahidul", "Shohidul"],
    "Jesmin": ["Jesmin", "Jasmin"], "Nasrin": ["Nasrin", "Nasreen"], "Hasan": ["Hasan", "Hassan"],
    "Mizanur": ["Mizanur", "Mizan"], "Habibur": ["Habibur", "Habib"], "Taslima": ["Taslima", "Tasleema"],
}  # fmt: skip
MUH_PK = {"Muhammad": 50, "Mohammad": 20, "Muhammed": 6, "Mohammed": 8, "M.": 10, "Mohd.": 6}
MUH_BD = {"Md.": 70, "Md": 12, "Mohammad": 10, "Mohammed": 4, "Muhammad": 4}

URDU = {
    "Muhammad": "محمد", "Ali": "علی", "Raza": "رضا", "Ahmed": "احمد", "Khan": "خان", "Usman": "عثمان",
    "Bilal": "بلال", "Imran": "عمران", "Asif": "آصف", "Kashif": "کاشف", "Faisal": "فیصل", "Tariq": "طارق",
    "Shahid": "شاہد", "Akram": "اکرم", "Aslam": "اسلم", "Iqbal": "اقبال", "Hussain": "حسین", "Javed": "جاوید",
    "Naveed": "نوید", "Zeeshan": "ذیشان", "Hamza": "حمزہ", "Umar": "عمر", "Abbas": "عباس", "Nawaz": "نواز",
    "Rehman": "رحمان", "Riaz": "ریاض", "Yousaf": "یوسف", "Arshad": "ارشد", "Nadeem": "ندیم", "Waqas": "وقاص",
    "Adnan": "عدنان", "Sajid": "ساجد", "Khalid": "خالد", "Rizwan": "رضوان", "Hassan": "حسن", "Irfan": "عرفان",
    "Fatima": "فاطمہ", "Ayesha": "عائشہ", "Sana": "ثنا", "Rabia": "رابعہ", "Nadia": "نادیہ", "Saima": "صائمہ",
    "Shazia": "شازیہ", "Samina": "ثمینہ", "Bushra": "بشریٰ", "Kiran": "کرن", "Hina": "حنا", "Iqra": "اقرا",
    "Mehwish": "مہوش", "Sadia": "سعدیہ", "Nasreen": "نسرین", "Parveen": "پروین", "Rukhsana": "رخسانہ",
    "Shabana": "شبانہ", "Bibi": "بی بی", "Begum": "بیگم", "Syed": "سید", "Malik": "ملک", "Butt": "بٹ",
    "Qureshi": "قریشی", "Awan": "اعوان", "Chaudhry": "چوہدری", "Shah": "شاہ", "Rana": "رانا", "Sheikh": "شیخ",
    "Mian": "میاں", "Abbasi": "عباسی", "Gill": "گل", "Bhatti": "بھٹی", "Mughal": "مغل", "Ansari": "انصاری",
    "Rajput": "راجپوت", "Syeda": "سیدہ",
}  # fmt: skip
BENGALI = {
    "Md.": "মোঃ", "Mst.": "মোসাঃ", "Rahim": "রহিম", "Karim": "করিম", "Abdur": "আব্দুর", "Abdul": "আব্দুল",
    "Rafiqul": "রফিকুল", "Shahidul": "শহিদুল", "Kamrul": "কামরুল", "Jahangir": "জাহাঙ্গীর", "Mizanur": "মিজানুর",
    "Habibur": "হাবিবুর", "Aminul": "আমিনুল", "Sumon": "সুমন", "Rubel": "রুবেল", "Shakil": "শাকিল",
    "Sabbir": "সাব্বির", "Tanvir": "তানভীর", "Mamun": "মামুন", "Masud": "মাসুদ", "Nurul": "নুরুল",
    "Saiful": "সাইফুল", "Anisur": "আনিসুর", "Monir": "মনির", "Islam": "ইসলাম", "Hossain": "হোসেন",
    "Rahman": "রহমান", "Alam": "আলম", "Hasan": "হাসান", "Uddin": "উদ্দিন", "Ahmed": "আহমেদ",
    "Chowdhury": "চৌধুরী", "Sarkar": "সরকার", "Miah": "মিয়া", "Mollah": "মোল্লা", "Sheikh": "শেখ",
    "Akter": "আক্তার", "Begum": "বেগম", "Khatun": "খাতুন", "Nasrin": "নাসরিন", "Shirin": "শিরিন",
    "Rokeya": "রোকেয়া", "Fatema": "ফাতেমা", "Salma": "সালমা", "Rina": "রিনা", "Shapla": "শাপলা",
    "Jesmin": "জেসমিন", "Taslima": "তাসলিমা", "Nazma": "নাজমা", "Roksana": "রোকসানা", "Sharmin": "শারমিন",
    "Moni": "মনি", "Sumaiya": "সুমাইয়া",
}  # fmt: skip

# (district, [tehsils], [mohallahs], share)
PK_PLACES = [
    ("Lahore", ["Lahore City", "Lahore Cantt", "Raiwind", "Model Town"], ["Islampura", "Shadbagh", "Samanabad", "Gulberg", "Township"], 20),
    ("Karachi", ["Gulshan", "Korangi", "Orangi", "Saddar"], ["Nazimabad", "Lyari", "Malir", "Landhi", "Shah Faisal Colony"], 22),
    ("Faisalabad", ["Faisalabad City", "Samundri", "Jaranwala", "Tandlianwala"], ["Ghulam Muhammad Abad", "Madina Town", "Peoples Colony", "Islampura"], 10),
    ("Rawalpindi", ["Rawalpindi", "Gujar Khan", "Taxila", "Murree"], ["Satellite Town", "Dhok Hassu", "Saddar", "Chaklala"], 9),
    ("Multan", ["Multan City", "Shujabad", "Jalalpur Pirwala"], ["Gulgasht", "Mumtazabad", "Shah Rukn-e-Alam"], 7),
    ("Gujranwala", ["Gujranwala", "Kamoke", "Wazirabad"], ["Satellite Town", "Peoples Colony", "Islampura"], 6),
    ("Peshawar", ["Peshawar", "Hayatabad", "Chamkani"], ["Gulbahar", "Hashtnagri", "Yakatoot"], 8),
    ("Sialkot", ["Sialkot", "Daska", "Pasrur", "Sambrial"], ["Rangpura", "Model Town", "Islampura"], 5),
    ("Hyderabad", ["Qasimabad", "Latifabad", "Hyderabad City"], ["Hirabad", "Paretabad", "Latifabad Unit 7"], 5),
]  # fmt: skip
PK_REGION = {"Lahore": "35202", "Karachi": "42101", "Faisalabad": "33100", "Rawalpindi": "37405",
             "Multan": "36302", "Gujranwala": "34101", "Peshawar": "17301", "Sialkot": "34603",
             "Hyderabad": "41303"}  # fmt: skip
BD_DISTRICTS = {"Dhaka": ("26", 30), "Chattogram": ("15", 12), "Gazipur": ("33", 8), "Narayanganj": ("67", 6),
                "Cumilla": ("19", 8), "Mymensingh": ("61", 7), "Rajshahi": ("81", 6), "Khulna": ("47", 6),
                "Bogura": ("10", 6), "Sylhet": ("91", 5), "Rangpur": ("85", 6)}  # fmt: skip
BD_PREFIX = ["013", "014", "015", "016", "017", "018", "019"]
COMPLAINTS_PK = ["SIM band ho gayi", "balance deducted without call", "JazzCash PIN reset",
                 "wallet account blocked", "package not activated", "internet slow", "MNP request",
                 "biometric verisys failed", "duplicate SIM required", "cash withdrawal failed at agent"]  # fmt: skip
COMPLAINTS_BD = ["bKash cash out failed", "PIN reset request", "wrong send money", "recharge not received",
                 "SIM replacement", "account locked after 3 wrong PIN", "agent took extra charge",
                 "internet pack problem"]  # fmt: skip


class SouthAsia(Draws):
    SLIP_LETTERS = "aeiouhnr"

    def population(self) -> None:
        r = self.rnd
        self.next_pid = 0
        while len(self.persons) < self.n:
            if r.random() < 0.6:
                self.pk_household()
            else:
                self.bd_household()

    # ------------------------------------------------------------ population
    def new(self, **kw) -> dict:
        self.next_pid += 1
        p = dict(pid=self.next_pid, hon=None, muh=False, fam=None, father=None, husband=None,
                 cnic=None, nid=None, smart=None, cells=[], holder=None, year_only=False)  # fmt: skip
        p.update(kw)
        # people who do not know the day: the card says 1 January, or a system has only the year
        if self.rnd.random() < 0.12:
            p["dob"] = dt.date(p["dob"].year, 1, 1)
        p["year_only"] = self.rnd.random() < 0.08
        return p

    def pk_cell(self) -> str:
        return self.unique(
            lambda: "03" + str(self.rnd.choice([0, 0, 0, 1, 2, 3, 4])) + self.digits(8)
        )

    def bd_cell(self) -> str:
        return self.unique(lambda: self.rnd.choice(BD_PREFIX) + self.digits(8))

    def cnic(self, region: str, sex: str) -> str:
        last = self.rnd.choice("13579" if sex == "M" else "02468")
        return self.unique(lambda: region + self.digits(7) + last)

    def pk_household(self) -> None:
        r = self.rnd
        dist, tehsils, mohallahs, _ = wpick(r, [(pl, pl[3]) for pl in PK_PLACES])
        home = dict(
            house=f"House # {r.randint(1, 999)}", street=f"Street {r.randint(1, 40)}" if r.random() < 0.7 else None,
            mohallah=r.choice(mohallahs), tehsil=r.choice(tehsils), dist=dist,
        )  # fmt: skip
        region = PK_REGION[dist]
        hon = wpick(r, PK_HON)
        fam = wpick(r, PK_FAM)
        grandfather = self.pk_male_name(r.random() < 0.5, None, fam)
        head = self.new(country="PK", sex="M", dob=self.dob(28, 75), home=home, hon=hon, fam=fam,
                        father=grandfather, muh=r.random() < 0.45, given=self.pk_given("M"))  # fmt: skip
        head["cnic"] = self.cnic(region, "M")
        head["cells"] = [self.pk_cell()] + ([self.pk_cell()] if r.random() < 0.2 else [])
        members = [head]
        if r.random() < 0.75:
            wife = self.new(country="PK", sex="F", dob=self.dob(22, 70), home=home, hon=None,
                            fam=wpick(r, {"Bibi": 25, "Begum": 10, None: 45, head["given"].split()[-1]: 20}),
                            father=self.pk_male_name(r.random() < 0.5, None, wpick(r, PK_FAM)),
                            given=self.pk_given("F"))  # fmt: skip
            wife["husband"] = self.full_latin(head)
            wife["cnic"] = self.cnic(
                region if r.random() < 0.6 else r.choice(list(PK_REGION.values())), "F"
            )
            if r.random() < 0.55:  # her own line
                wife["cells"] = [self.pk_cell()]
            else:
                wife["holder"] = head  # lines on her husband's CNIC
            members.append(wife)
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            sex = r.choice("MF")
            kid = self.new(country="PK", sex=sex, dob=self.dob(18, 32), home=home,
                           hon=head["hon"] if sex == "M" else ("Syeda" if head["hon"] == "Syed" else None),
                           fam=fam if sex == "M" else wpick(r, {fam: 40, "Bibi": 15, None: 45}),
                           father=self.full_latin(head), muh=sex == "M" and r.random() < 0.45,
                           given=self.pk_given(sex))  # fmt: skip
            kid["cnic"] = self.cnic(region, sex)
            if r.random() < 0.6:
                kid["cells"] = [self.pk_cell()]
            else:
                kid["holder"] = head
            members.append(kid)
        self.persons.extend(members)

    def pk_given(self, sex: str) -> str:
        r = self.rnd
        if sex == "F":
            return r.choice(PK_F)
        g = r.choice(PK_M)
        if r.random() < 0.35:  # two given names: Ali Raza, Usman Ahmed
            second = r.choice(PK_M2)
            if second != g:
                g = f"{g} {second}"
        return g

    def pk_male_name(self, muh: bool, hon: str | None, fam: str | None) -> str:
        words = (["Muhammad"] if muh else []) + [self.pk_given("M")] + ([fam] if fam else [])
        return " ".join(([hon] if hon else []) + words)

    def bd_household(self) -> None:
        r = self.rnd
        district = wpick(r, {k: v[1] for k, v in BD_DISTRICTS.items()})
        code = BD_DISTRICTS[district][0]
        fam = wpick(r, BD_FAM_M)
        head = self.new(country="BD", sex="M", dob=self.dob(25, 70), district=district,
                        muh=r.random() < 0.85, given=r.choice(BD_M), fam=fam,
                        father=f"Md. {r.choice(BD_M)} {wpick(r, BD_FAM_M) or ''}".strip())  # fmt: skip
        self.bd_ids(head, code)
        head["cells"] = [self.bd_cell()] + ([self.bd_cell()] if r.random() < 0.25 else [])
        members = [head]
        if r.random() < 0.7:
            wife = self.new(country="BD", sex="F", dob=self.dob(20, 65), district=district,
                            muh=r.random() < 0.5, given=r.choice(BD_F), fam=wpick(r, BD_FAM_F))  # fmt: skip
            wife["husband"] = self.full_latin(head)
            self.bd_ids(wife, code)
            if r.random() < 0.5:
                wife["cells"] = [self.bd_cell()]
            else:
                wife["holder"] = head
            members.append(wife)
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            sex = r.choice("MF")
            kid = self.new(country="BD", sex=sex, dob=self.dob(18, 30), district=district,
                           muh=r.random() < (0.8 if sex == "M" else 0.4), given=r.choice(BD_M if sex == "M" else BD_F),
                           fam=wpick(r, BD_FAM_M if sex == "M" else BD_FAM_F),
                           father=self.full_latin(head))  # fmt: skip
            self.bd_ids(kid, code)
            if r.random() < 0.6:
                kid["cells"] = [self.bd_cell()]
            else:
                kid["holder"] = head
            members.append(kid)
        self.persons.extend(members)

    def bd_ids(self, p: dict, code: str) -> None:
        """The old 13-digit NID (district first) and, for most, the 10-digit smart card's."""
        p["nid"] = self.unique(lambda: code + self.digits(11))
        p["smart"] = (
            self.unique(lambda: str(self.rnd.randint(1, 9)) + self.digits(9))
            if self.rnd.random() < 0.6
            else None
        )

    # ------------------------------------------------------------ written forms
    def words(self, p: dict, muh: float = 1.0, hon: float = 1.0, fam: float = 1.0) -> list[str]:
        """The canonical words of a person's name: Muhammad / Md. / Mst. (kept with probability
        ``muh``), honorific (``hon``), given names, family name (``fam``)."""
        r = self.rnd
        w: list[str] = []
        if p["hon"] and r.random() < hon:
            w.append(p["hon"])
        elif not p["hon"] and p["country"] == "PK" and p["sex"] == "M" and r.random() < 0.03 * hon:
            w.append(r.choice(["Malik", "Ch.", "Mian"]))  # an honorific the person does not carry
        if p["muh"] and r.random() < muh:
            w.append("Muhammad" if p["country"] == "PK" else ("Md." if p["sex"] == "M" else "Mst."))
        w.extend(p["given"].split())
        if p["fam"] and r.random() < fam:
            w.append(p["fam"])
        return w

    def latin(self, words: list[str], spell: float = 0.3) -> str:
        r = self.rnd
        out = []
        for w in words:
            if w == "Muhammad":
                w = wpick(r, MUH_PK)
            elif w == "Md.":
                w = wpick(r, MUH_BD)
            elif w == "Mst.":
                w = wpick(r, {"Mst.": 60, "Most.": 20, "Mosammat": 10, "Mst": 10})
            elif w in SPELL and r.random() < spell:
                w = r.choice(SPELL[w])
            out.append(w)
        return " ".join(out)

    def full_latin(self, p: dict) -> str:
        return " ".join(self.words(p))

    def script(self, words: list[str], table: dict) -> str:
        return " ".join(table.get(w, w) for w in words if w in table)

    def dob_str(self, p: dict, fmts: dict, year_only: float = 1.0) -> str:
        r = self.rnd
        d = p["dob"]
        if p["year_only"] and r.random() < year_only:
            return str(d.year)
        if d.day <= 12 and d.day != d.month and r.random() < 0.04:  # day and month swapped
            d = dt.date(d.year, d.day, d.month)
        return d.strftime(wpick(r, fmts))

    def pk_phone(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {"plain": num, "dash": f"{num[:4]}-{num[4:]}", "intl": f"+92 {rest[:3]} {rest[3:]}",
                "92": "92" + rest}[style]  # fmt: skip

    def bd_phone(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {"plain": num, "dash": f"{num[:5]}-{num[5:]}", "intl": f"+880 {rest[:4]} {rest[4:]}",
                "880": "880" + rest}[style]  # fmt: skip

    def line(self, p: dict, relative: float = 0.0) -> str | None:
        """The number a person uses: their own, the household head's they use, now and then a
        relative's."""
        r = self.rnd
        if p["holder"]:
            return p["holder"]["cells"][0]
        if not p["cells"]:
            return None
        return p["cells"][-1] if len(p["cells"]) > 1 and r.random() < 0.4 else p["cells"][0]

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"source": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def core(self, p: dict) -> None:
        r = self.rnd
        name = self.typo(self.latin(self.words(p, muh=0.85, hon=0.8, fam=0.9)), 0.04)
        relation = p["husband"] if p["husband"] and r.random() < 0.8 else p["father"]
        rel_word = "W/O" if relation == p["husband"] else ("S/O" if p["sex"] == "M" else "D/O")
        relation_l = self.latin(relation.split(), 0.2) if relation else None
        if relation_l and r.random() < 0.12:  # the relation inside the name field too
            name = f"{name} {rel_word} {relation_l}"
        cnic = p["cnic"]
        if r.random() < 0.03:  # a digit slipped
            i = r.randrange(5, 12)
            cnic = cnic[:i] + str(r.randrange(10)) + cnic[i + 1 :]
        h = p["home"]
        parts = [h["house"], h["street"], f"Mohallah {h['mohallah']}" if r.random() < 0.7 else h["mohallah"],
                 f"Tehsil {h['tehsil']}" if r.random() < 0.6 else None,
                 wpick(r, {f"Distt. {h['dist']}": 50, f"District {h['dist']}": 20, h["dist"]: 30})]  # fmt: skip
        self.add("CORE", p, {
            "CUSTOMER_NAME": name.upper(),
            "FATHER_HUSBAND_NAME": relation_l.upper() if relation_l and r.random() < 0.9 else None,
            "CNIC": wpick(r, {f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}": 60, cnic: 40}),
            "DOB": self.dob_str(p, {"%d-%m-%Y": 60, "%d/%m/%y": 25, "%d/%m/%Y": 15}) if r.random() < 0.95 else None,
            "CELL_NO": self.pk_phone(self.line(p), wpick(r, {"dash": 35, "plain": 35, "intl": 15, "92": 15}))
            if r.random() < 0.92 else None,
            "ADDRESS": self.typo(", ".join(x for x in parts if x), 0.05).upper(),
        })  # fmt: skip

    def wallet(self, p: dict) -> None:
        r = self.rnd
        owner = p["holder"] if p["holder"] and r.random() < 0.5 else p
        words = self.words(p, muh=0.6, hon=0.5, fam=0.7)
        if r.random() < 0.13 and self.script(words, URDU):
            name = self.script(words, URDU)
        else:
            name = self.typo(self.latin(words, 0.4), 0.06)
            name = wpick(r, {name: 60, name.lower(): 25, name.upper(): 15})
        cell = self.line(p) if r.random() < 0.9 else (owner["cells"] or [None])[0]
        self.add("WALLET", p, {
            "full_name": name,
            "msisdn": self.pk_phone(cell, "92"),
            "cnic_last6": owner["cnic"][-6:] if r.random() < 0.9 else None,
            "city": wpick(r, {p["home"]["dist"]: 70, p["home"]["dist"].lower(): 15, p["home"]["tehsil"]: 15}),
        })  # fmt: skip

    def bkash(self, p: dict) -> None:
        r = self.rnd
        words = self.words(p, muh=0.7, fam=0.85)
        bn = self.script(words, BENGALI) if r.random() < 0.45 else None
        lat = None if bn and r.random() < 0.7 else self.typo(self.latin(words, 0.45), 0.05)
        if lat:
            lat = wpick(r, {lat: 55, lat.upper(): 35, lat.lower(): 10})
        nid_kind = wpick(r, {"smart": 50 if p["smart"] else 0, "old": 30, "year": 20})
        nid = {"smart": p["smart"], "old": p["nid"], "year": f"{p['dob'].year}{p['nid']}"}[nid_kind]
        self.add("BKASH", p, {
            "নাম": bn,
            "name": lat,
            "NID": nid if r.random() < 0.95 else None,
            "mobile": self.bd_phone(self.line(p), wpick(r, {"plain": 40, "dash": 20, "intl": 15, "880": 25})),
            "dob": self.dob_str(p, {"%Y-%m-%d": 100}, 0.5) if r.random() < 0.85 else None,
        })  # fmt: skip

    def care(self, p: dict) -> None:
        r = self.rnd
        words = self.words(p, muh=0.4, hon=0.4, fam=0.6)
        if r.random() < 0.15:
            words = [w for w in words if w not in ("Muhammad", "Md.", "Mst.")][:1]  # "Ali", "Rahim"
        name = self.latin(words, 0.5)
        relation = p["husband"] or p["father"]
        if relation and r.random() < 0.1:
            rel = "w/o" if p["husband"] else ("s/o" if p["sex"] == "M" else "d/o")
            name = f"{name} {rel} {self.latin(relation.split()[-2:], 0.5)}"
        name = self.typo(name, 0.08)
        name = wpick(r, {name: 50, name.lower(): 40, name.upper(): 10})
        num = self.line(p)
        if r.random() < 0.1:  # called from a relative's phone
            rel = self.rnd.choice(self.persons)
            if rel.get("home") is p.get("home") and rel.get("district") == p.get("district"):
                num = self.line(rel)
        phone = self.pk_phone if p["country"] == "PK" else self.bd_phone
        self.add("CARE", p, {
            "caller_name": name if r.random() < 0.95 else None,
            "caller_number": phone(num, wpick(r, {"plain": 50, "dash": 10, "intl": 20, "92" if p["country"] == "PK" else "880": 20})),
            "complaint": r.choice(COMPLAINTS_PK if p["country"] == "PK" else COMPLAINTS_BD),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            if p["country"] == "PK":
                if r.random() < 0.7:
                    self.core(p)
                    if r.random() < 0.15:  # an account at a second branch
                        self.core(p)
                if r.random() < 0.8:
                    self.wallet(p)
                    if r.random() < 0.25:  # JazzCash and Easypaisa both
                        self.wallet(p)
            else:
                if r.random() < 0.9:
                    self.bkash(p)
                    if r.random() < 0.3:  # a second account on another SIM or NID
                        self.bkash(p)
            for _ in range(wpick(r, {0: 35, 1: 35, 2: 20, 3: 10})):
                self.care(p)
            if len(self.rows) == n0:
                (self.core if p["country"] == "PK" else self.bkash)(p)
        return self.shuffled("row_id", "R")


def southasia(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return SouthAsia.frame(persons, seed, "row_id")
