"""An Iranian bank, mobile operator, online shop and insurer's customer file, stacked in one file
(a ``system`` column; a column of the same name in two systems is one column).

* Bank (``BANK``), Persian column names: ``شماره مشتری``, ``نام`` and ``نام خانوادگی`` in
  Persian script, ``نام پدر`` (the father's given name, which Iranian papers carry to tell
  namesakes apart), ``کد ملی`` (the ten-digit national code, its last digit a check digit),
  ``شماره شناسنامه`` (the birth certificate's number: the national code for those born since
  1368, a short number that thousands share for their elders), ``تاریخ تولد`` in the Solar
  Hijri calendar (``1368/05/12``, ``۱۳۶۸/۰۵/۱۲``), ``جنسیت`` (``مرد``/``زن``), ``تلفن همراه``,
  ``تلفن ثابت`` (``021-88776655``), ``نشانی``, ``کد پستی``, ``شهر``. A third of its rows come
  from an older branch system that writes Persian digits and the Arabic letters ``ي`` and ``ك``.
* Mobile operator (``TELCO``), Persian column names: ``شماره اشتراک``, ``نام و نام خانوادگی``
  (whole), ``کد ملی`` (``0012345678``, ``12345678`` where a spreadsheet dropped the zeros,
  ``001-234567-8``), ``تاریخ تولد`` (``1368/05/12``, ``68/5/12``, ``1368-05-12``),
  ``شماره همراه`` (the line), ``نشانی``, ``کد پستی``. One row per line; a parent registers
  the line of a child (the row is the parent's, the number the child's), and numbers left
  unused are given out again.
* Online shop (``SHOP``), English columns, typed by the customers: ``customer_id``,
  ``first_name`` / ``last_name`` in Persian script or in Latin letters (``Mohammad``,
  ``Mohamad``, ``Hosseini``, ``Hoseini``), ``mobile`` (``09121234567``, ``+98 912 123 4567``,
  ``00989121234567``, ``9121234567``), ``email``, ``national_code`` (for invoices, often
  without its leading zeros), ``birth_date`` (Gregorian), ``city``, ``address``,
  ``postal_code`` (``1944683511``, ``19446-83511``). Wives order on their husband's mobile.
* Insurer (``BIMEH``), Fingilish columns (Persian words in Latin letters): ``shomare_bimename``,
  ``nam``, ``nam_khanevadegi``, ``nam_pedar``, ``code_melli``, ``tarikh_tavalod`` (Gregorian,
  ``1989-08-03``, ``03/08/1989``), ``jensiat``, ``tel_hamrah``, ``tel_sabet``, ``code_posti``;
  names in passport spelling, capitals; a family's supplementary health policy lists the
  spouse and children with the policy holder's mobile.

What makes it hard: a few very common names (Mohammad, Ali, Hossein, Fatemeh, Zahra; Mohammadi,
Hosseini, Ahmadi, Rezaei), so namesakes born in the same years are many; names in Persian
script in some systems and in several Latin spellings in others (Mohammad/Mohamad/Muhammad,
Hosseini/Hoseini/Hosseyni, Gholamreza/Gholam Reza/Gholam-Reza, -zadeh/-zade, -pour/-pur/-poor);
compound names written joined, with a zero-width non-joiner or with a space (عبدالله,
عبد‌الله, عبد الله; حسین‌زاده, حسینزاده, حسین زاده); the Arabic letters ي and ك for the
Persian ی and ک, and ئ for ی (رضائی, رضایی); the Seyed prefix of the Prophet's descendants
(سید علی, سیدعلی, Seyed Ali, Seyyed Ali, Sayed Ali, S. Ali) written or left out, and the
pilgrims' Haj; Solar Hijri birth dates beside Gregorian ones, in Persian, Arabic-Indic or ASCII
digits; national codes without their leading zeros (every Tehran-born person's starts with 00),
with dashes or a slip; wives keeping their own family name, so a couple shares an address, a
landline and sometimes a mobile but no name; siblings sharing family name, father's name,
address and landline; compound given names that their bearers shorten (Reza for
Mohammadreza, Amir for Amirhossein) where they type them; a family's one e-mail; lines registered
by a parent; recycled mobile numbers; moves.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import ARABIC_DIGITS, TODAY, Draws, wpick
from slips import slip

# Names: (Persian, {Latin spelling: weight}, weight). "|" marks where a compound name's parts meet:
# written joined, with a zero-width non-joiner, or with a space.
MALE = [
    ("محمد", {"Mohammad": 60, "Mohamad": 15, "Mohammed": 10, "Muhammad": 10, "Mohamed": 5}, 90),
    ("علی", {"Ali": 1}, 70), ("حسین", {"Hossein": 70, "Hosein": 20, "Hussein": 10}, 50),
    ("رضا", {"Reza": 1}, 40), ("مهدی", {"Mehdi": 80, "Mahdi": 20}, 40),
    ("امیر", {"Amir": 1}, 25), ("حسن", {"Hassan": 70, "Hasan": 30}, 25),
    ("محمد|رضا", {"Mohammadreza": 50, "Mohammad Reza": 35, "Mohammad-Reza": 10, "Mohamadreza": 5}, 30),
    ("علی|رضا", {"Alireza": 80, "Ali Reza": 20}, 30),
    ("غلام|رضا", {"Gholamreza": 55, "Gholam Reza": 20, "Gholam-Reza": 15, "Qolamreza": 10}, 12),
    ("عبد|الله", {"Abdollah": 50, "Abdolah": 20, "Abdullah": 20, "Abdallah": 10}, 10),
    ("ابو|الفضل", {"Abolfazl": 80, "Abolfazel": 10, "Abol Fazl": 10}, 15),
    ("امیر|حسین", {"Amirhossein": 65, "Amir Hossein": 30, "Amirhosein": 5}, 20),
    ("محمد|حسین", {"Mohammadhossein": 50, "Mohammad Hossein": 45, "Mohamadhosein": 5}, 12),
    ("سعید", {"Saeed": 60, "Saeid": 30, "Said": 10}, 20), ("مجید", {"Majid": 1}, 15),
    ("مصطفی", {"Mostafa": 80, "Mustafa": 20}, 15), ("جواد", {"Javad": 1}, 15),
    ("احمد", {"Ahmad": 90, "Ahmed": 10}, 15), ("اکبر", {"Akbar": 1}, 6),
    ("ابراهیم", {"Ebrahim": 80, "Ibrahim": 20}, 8), ("اسماعیل", {"Esmaeil": 50, "Esmaeel": 30, "Ismail": 20}, 6),
    ("کاظم", {"Kazem": 85, "Kazim": 15}, 6), ("محسن", {"Mohsen": 1}, 15),
    ("داود", {"Davood": 50, "Davoud": 35, "Dawood": 15}, 6), ("پرویز", {"Parviz": 90, "Parvis": 10}, 5),
    ("بهروز", {"Behrouz": 60, "Behrooz": 40}, 5), ("فرهاد", {"Farhad": 1}, 8),
    ("کوروش", {"Kourosh": 60, "Koorosh": 30, "Kurosh": 10}, 5), ("آرش", {"Arash": 1}, 8),
    ("بابک", {"Babak": 1}, 6), ("سینا", {"Sina": 1}, 8), ("پوریا", {"Pouria": 60, "Pooria": 30, "Pouriya": 10}, 6),
    ("یوسف", {"Yousef": 60, "Yusef": 25, "Yousof": 15}, 6), ("مرتضی", {"Morteza": 1}, 10),
    ("عباس", {"Abbas": 1}, 10), ("حمید", {"Hamid": 1}, 12), ("میلاد", {"Milad": 1}, 10),
]  # fmt: skip
FEMALE = [
    ("فاطمه", {"Fatemeh": 65, "Fateme": 15, "Fatemah": 10, "Fatima": 10}, 80),
    ("زهرا", {"Zahra": 1}, 60), ("مریم", {"Maryam": 1}, 45),
    ("زینب", {"Zeinab": 50, "Zeynab": 40, "Zainab": 10}, 25),
    ("معصومه", {"Masoumeh": 55, "Masoomeh": 30, "Masume": 15}, 15),
    ("طاهره", {"Tahereh": 80, "Tahere": 20}, 8), ("نرگس", {"Narges": 1}, 15),
    ("لیلا", {"Leila": 60, "Leyla": 30, "Laila": 10}, 12), ("سارا", {"Sara": 80, "Sarah": 20}, 15),
    ("نازنین", {"Nazanin": 1}, 10), ("مهسا", {"Mahsa": 1}, 10), ("الهام", {"Elham": 1}, 12),
    ("شیرین", {"Shirin": 1}, 8), ("پریسا", {"Parisa": 1}, 10), ("نسرین", {"Nasrin": 1}, 8),
    ("فرشته", {"Fereshteh": 70, "Fereshte": 30}, 8), ("مینا", {"Mina": 1}, 8),
    ("آزاده", {"Azadeh": 85, "Azade": 15}, 6), ("کبری", {"Kobra": 1}, 5), ("اعظم", {"Azam": 1}, 5),
    ("راضیه", {"Razieh": 70, "Raziyeh": 30}, 8), ("هانیه", {"Hanieh": 70, "Haniyeh": 30}, 8),
    ("کوثر", {"Kosar": 50, "Kowsar": 40, "Kousar": 10}, 6), ("سمیرا", {"Samira": 1}, 8),
    ("فاطمه|زهرا", {"Fatemehzahra": 50, "Fatemeh Zahra": 50}, 5), ("محبوبه", {"Mahboubeh": 60, "Mahboobeh": 40}, 6),
    ("ستاره", {"Setareh": 1}, 6), ("نیلوفر", {"Niloufar": 60, "Niloofar": 40}, 8),
]  # fmt: skip
SURNAMES = [
    ("محمدی", {"Mohammadi": 75, "Mohamadi": 20, "Muhammadi": 5}, 40),
    ("حسینی", {"Hosseini": 65, "Hoseini": 20, "Hosseyni": 10, "Husseini": 5}, 35),
    ("احمدی", {"Ahmadi": 1}, 30), ("رضایی", {"Rezaei": 55, "Rezaee": 25, "Rezaie": 15, "Rezayi": 5}, 25),
    ("موسوی", {"Mousavi": 60, "Musavi": 25, "Moosavi": 15}, 20), ("کریمی", {"Karimi": 1}, 18),
    ("جعفری", {"Jafari": 85, "Jafary": 15}, 15), ("رحیمی", {"Rahimi": 1}, 12),
    ("صادقی", {"Sadeghi": 85, "Sadeqi": 15}, 12), ("حیدری", {"Heidari": 55, "Heydari": 45}, 12),
    ("قاسمی", {"Ghasemi": 85, "Qasemi": 15}, 12), ("کاظمی", {"Kazemi": 1}, 10),
    ("عباسی", {"Abbasi": 1}, 10), ("نوری", {"Nouri": 60, "Noori": 40}, 8),
    ("میرزایی", {"Mirzaei": 70, "Mirzaee": 30}, 8), ("طاهری", {"Taheri": 1}, 8),
    ("ابراهیمی", {"Ebrahimi": 90, "Ibrahimi": 10}, 10), ("زارعی", {"Zarei": 70, "Zareei": 30}, 8),
    ("هاشمی", {"Hashemi": 1}, 10), ("سلیمانی", {"Soleimani": 55, "Soleymani": 45}, 8),
    ("اکبری", {"Akbari": 1}, 8), ("قربانی", {"Ghorbani": 90, "Qorbani": 10}, 8),
    ("محمد|زاده", {"Mohammadzadeh": 65, "Mohammadzade": 20, "Mohamadzadeh": 15}, 8),
    ("حسین|زاده", {"Hosseinzadeh": 70, "Hoseinzadeh": 20, "Hosseinzade": 10}, 8),
    ("علی|پور", {"Alipour": 65, "Alipoor": 25, "Alipur": 10}, 6),
    ("حسن|پور", {"Hassanpour": 60, "Hasanpour": 30, "Hassanpoor": 10}, 5),
    ("میر|حسینی", {"Mirhosseini": 60, "Mir-Hosseini": 25, "Mir Hosseini": 15}, 4),
    ("کریمی|نژاد", {"Kariminejad": 60, "Karimi Nejad": 25, "Kariminezhad": 15}, 4),
    ("طباطبایی", {"Tabatabaei": 70, "Tabatabaee": 30}, 4), ("شریفی", {"Sharifi": 1}, 8),
    ("یزدانی", {"Yazdani": 1}, 5), ("بهرامی", {"Bahrami": 1}, 6), ("فرهادی", {"Farhadi": 1}, 5),
    ("نیک|نام", {"Niknam": 1}, 3), ("امینی", {"Amini": 1}, 8), ("نجفی", {"Najafi": 1}, 8),
    ("کرمانی", {"Kermani": 1}, 4), ("اصفهانی", {"Esfahani": 80, "Isfahani": 20}, 4),
    ("شیرازی", {"Shirazi": 1}, 4), ("تهرانی", {"Tehrani": 1}, 4), ("رستمی", {"Rostami": 1}, 6),
    ("ملکی", {"Maleki": 1}, 6), ("یوسفی", {"Yousefi": 80, "Yusefi": 20}, 8), ("نادری", {"Naderi": 1}, 6),
]  # fmt: skip
#: Given names by their Persian spelling: the parts of compound names one goes by.
BY_PERSIAN = {fa: entry for entry in MALE + FEMALE for fa in [entry[0]] if "|" not in fa}
#: Names written with ئ for ی by some (رضائی for رضایی).
HAMZA = {"رضایی": "رضائی", "میرزایی": "میرزائی", "طباطبایی": "طباطبائی"}

# (city Persian, Latin, area code, national-code prefixes, postcode's first digit pairs, districts)
CITIES = [
    ("تهران", "Tehran", "021", ["001", "002", "003", "004", "005", "006", "007", "008"], ["13", "14", "15", "16", "17", "19"], 55),
    ("مشهد", "Mashhad", "051", ["092", "093", "094"], ["91"], 12),
    ("اصفهان", "Isfahan", "031", ["127", "128", "129", "130"], ["81"], 10),
    ("شیراز", "Shiraz", "071", ["228", "229", "230"], ["71"], 8),
    ("تبریز", "Tabriz", "041", ["136", "137", "138"], ["51"], 8),
    ("کرج", "Karaj", "026", ["031", "032"], ["31"], 7),
]  # fmt: skip
STREETS = [("ولیعصر", "Valiasr"), ("شریعتی", "Shariati"), ("انقلاب", "Enghelab"), ("آزادی", "Azadi"),
           ("جمهوری", "Jomhouri"), ("پاسداران", "Pasdaran"), ("ستارخان", "Sattarkhan"), ("نیاوران", "Niavaran"),
           ("امام خمینی", "Imam Khomeini"), ("مطهری", "Motahari"), ("بهشتی", "Beheshti"), ("فردوسی", "Ferdowsi"),
           ("حافظ", "Hafez"), ("طالقانی", "Taleghani"), ("کارگر", "Kargar")]  # fmt: skip
ALLEYS = [("نیلوفر", "Niloufar"), ("یاس", "Yas"), ("بهار", "Bahar"), ("لاله", "Laleh"), ("گلستان", "Golestan"),
          ("شهید رضایی", "Shahid Rezaei"), ("سوم", "3rd"), ("دهم", "10th"), ("صدف", "Sadaf"), ("نسترن", "Nastaran")]  # fmt: skip
MOBILE_PREFIX = ["0912", "0912", "0912", "0919", "0935", "0936", "0937", "0938", "0939", "0901", "0902",
                 "0910", "0911", "0914", "0915", "0917", "0990", "0991", "0921"]  # fmt: skip
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})
ZWNJ = "\u200c"

# ------------------------------------------------------------------ the Solar Hijri calendar
#: 1 Farvardin 1300 (Nowruz) was 21 March 1921; from 1300 to 1472 the leap years are those whose
#: remainder by 33 is one of these.
NOWRUZ_1300 = dt.date(1921, 3, 21)
LEAP_REMAINDERS = {1, 5, 9, 13, 17, 22, 26, 30}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """A Gregorian date as a Solar Hijri (year, month, day)."""
    year, start = 1300, NOWRUZ_1300
    while True:
        length = 366 if year % 33 in LEAP_REMAINDERS else 365
        if day < start + dt.timedelta(days=length):
            break
        start += dt.timedelta(days=length)
        year += 1
    k = (day - start).days
    if k < 186:
        return year, k // 31 + 1, k % 31 + 1
    k -= 186
    return year, k // 30 + 7, k % 30 + 1


def melli_check(nine: str) -> str:
    """The check digit that ends a national code."""
    r = sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return str(r if r < 2 else 11 - r)


class Iran(Draws):
    SLIP_LETTERS = "aeiounhrsz"

    # ------------------------------------------------------------ population
    def name(self, table: list) -> tuple:
        return self.rnd.choices(table, [w for *_, w in table])[0]

    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            city = self.rnd.choices(CITIES, [c[-1] for c in CITIES])[0]
            home = self.address(city)
            landline = (
                city[2] + str(r.choice([2, 3, 4, 5, 6, 7, 8])) + self.digits(7)
                if r.random() < 0.55
                else None
            )
            sn = self.name(SURNAMES)
            seyed = r.random() < 0.08
            kind = wpick(r, {"single": 28, "couple": 22, "family": 50})
            head_sex = r.choice("MF") if kind == "single" else "M"
            sn = self.spelled(sn)
            head = self.person(sn, head_sex, self.dob(25, 80), city, home, landline, seyed, None)
            members = [head]
            if kind != "single":
                # the wife keeps her own family name (and her father's Seyed)
                sp = self.person(self.spelled(self.name(SURNAMES)), "F", self.dob(22, 75), city, home, landline,
                                 r.random() < 0.08, None)  # fmt: skip
                if r.random() < 0.1:  # she uses her husband's mobile
                    sp["mobiles"] = [head["mobiles"][0]]
                members.append(sp)
            if kind == "family":
                for _ in range(r.choice([1, 1, 2, 2, 3])):
                    kid = self.person(
                        sn, r.choice("MF"), self.dob(16, 35), city, home, landline, seyed, head
                    )
                    members.append(kid)
            self.persons.extend(members)
            for m in members:
                m["household"] = members
        # mobile numbers left unused are given out again
        for p in r.sample(self.persons, len(self.persons) // 30):
            q = r.choice(self.persons)
            if q is not p:
                p["old_mobile"] = q["mobiles"][0]

    def address(self, city: tuple) -> dict:
        r = self.rnd
        street, alley = r.choice(STREETS), r.choice(ALLEYS)
        first = r.choice(city[4])
        pc = first + "".join(r.choice("13456789") for _ in range(3)) + self.digits(5)
        return dict(city=city, street=street, alley=alley, plak=r.randint(1, 180),
                    unit=r.randint(1, 24) if r.random() < 0.6 else None, pc=pc)  # fmt: skip

    def code_melli(self, city: tuple) -> str:
        def make() -> str:
            nine = self.rnd.choice(city[3]) + self.digits(6)
            return nine + melli_check(nine)

        return self.unique(make)

    def person(self, sn, sex, dob, city, home, landline, seyed, father) -> dict:
        r = self.rnd
        self.pid += 1
        gn = self.spelled(self.name(MALE if sex == "M" else FEMALE))
        parts = [
            BY_PERSIAN[w] for w in gn[0].split("|")[-1:] + gn[0].split("|")[:1] if w in BY_PERSIAN
        ]
        called = (
            self.spelled(parts[0] if r.random() < 0.7 else parts[-1])
            if "|" in gn[0] and parts and r.random() < 0.35
            else None
        )
        born = city if r.random() < 0.7 else self.rnd.choices(CITIES, [c[-1] for c in CITIES])[0]
        melli = self.code_melli(born)
        shenasnameh = (
            melli
            if dob.year >= 1990
            else str(r.choice([r.randint(1, 999), r.randint(1, 9999), r.randint(1, 99999)]))
        )
        move = (
            self.address(r.choices(CITIES, [c[-1] for c in CITIES])[0])
            if r.random() < 0.2
            else None
        )
        mobiles = [self.unique(lambda: r.choice(MOBILE_PREFIX) + self.digits(7))]
        if r.random() < 0.2:
            mobiles.append(self.unique(lambda: r.choice(MOBILE_PREFIX) + self.digits(7)))
        father_name = father["gn"] if father else self.name(MALE)
        email = None
        if r.random() < 0.45:
            local = wpick(r, {f"{gn[1]}.{sn[1]}": 3, f"{gn[1]}{sn[1]}": 3, f"{gn[1]}{r.randint(60, 99)}": 2,
                              f"{sn[1]}_{gn[1][0]}": 2})  # fmt: skip
            email = self.unique(lambda: local.lower().replace(" ", "").replace("-", "") + wpick(r, {"": 6, str(r.randint(1, 999)): 4})
                                + "@" + wpick(r, {"gmail.com": 60, "yahoo.com": 25, "chmail.ir": 10, "outlook.com": 5}))  # fmt: skip
        return dict(
            pid=self.pid, sex=sex, dob=dob, gn=gn, sn=sn, seyed=seyed, called=called,
            father=self.spelled(father_name) if not father else father["gn"], melli=melli,
            shenasnameh=shenasnameh, home=home, move=move, landline=landline, mobiles=mobiles,
            old_mobile=None, email=email, haj=sex == "M" and (TODAY - dob).days > 50 * 365 and r.random() < 0.15,
        )  # fmt: skip

    def spelled(self, entry: tuple) -> tuple:
        """(Persian, the person's own Latin spelling, the other spellings' table)."""
        fa, latin, _ = entry
        return (fa, wpick(self.rnd, latin), latin)

    # ------------------------------------------------------------ written forms
    def fa(self, name: tuple, style: dict) -> str:
        """A name in Persian script as a system writes it."""
        r = self.rnd
        text = name[0]
        if "|" in text:
            text = text.replace("|", wpick(r, style.get("join", {"": 50, ZWNJ: 30, " ": 20})))
        if text in HAMZA and r.random() < 0.3:
            text = HAMZA[text]
        if style.get("arabic"):
            text = text.translate(ARABIC_LETTERS)
        return text

    def fa_typo(self, text: str, p: float) -> str:
        """A slip of a Persian keyboard in a word of four letters or more."""
        words = text.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 4]
        if not long or self.rnd.random() >= p:
            return text
        i = self.rnd.choice(long)
        words[i] = slip(self.rnd, words[i], "اینرهوبدسمت")
        return " ".join(words)

    def la(self, name: tuple, own: float = 0.7) -> str:
        """A name in Latin letters: the person's own spelling, or another."""
        return name[1] if self.rnd.random() < own else wpick(self.rnd, name[2])

    def seyed_fa(self, p: dict, given: str) -> str:
        if not p["seyed"] or self.rnd.random() < 0.2:
            return given
        word = "سید" if p["sex"] == "M" else "سیده"
        return word + wpick(self.rnd, {"": 40, " ": 60}) + given

    def seyed_la(self, p: dict, given: str) -> str:
        if not p["seyed"] or self.rnd.random() < 0.3:
            return given
        if p["sex"] == "F":
            return wpick(self.rnd, {"Seyedeh ": 70, "Sayedeh ": 20, "Seyyedeh ": 10}) + given
        return wpick(self.rnd, {"Seyed ": 50, "Seyyed ": 25, "Sayed ": 15, "S. ": 10}) + given

    def digits_in(self, text: str | None, style: str) -> str | None:
        if text is None:
            return None
        return {
            "ascii": text,
            "fa": text.translate(PERSIAN_DIGITS),
            "ar": text.translate(ARABIC_DIGITS),
        }[style]

    def jdate(self, d: dt.date, style: str) -> str:
        y, m, dd = jalali(d)
        return {
            "slash": f"{y}/{m:02d}/{dd:02d}", "dash": f"{y}-{m:02d}-{dd:02d}",
            "short": f"{y % 100}/{m}/{dd}", "loose": f"{y}/{m}/{dd}",
        }[style]  # fmt: skip

    def melli_str(self, p: dict, style: str) -> str:
        code = p["melli"]
        if self.rnd.random() < 0.02:  # a slip
            i = self.rnd.randrange(3, 10)
            code = code[:i] + str(self.rnd.randrange(10)) + code[i + 1 :]
        if style == "dash":
            return f"{code[:3]}-{code[3:9]}-{code[9]}"
        if style == "number":  # a spreadsheet dropped the leading zeros
            return code.lstrip("0")
        return code

    def mobile(self, p: dict, old: float = 0.1) -> str | None:
        r = self.rnd
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"]
        return p["mobiles"][-1] if len(p["mobiles"]) > 1 and r.random() < 0.4 else p["mobiles"][0]

    def phone_str(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {
            "plain": num, "intl": f"+98 {rest[:3]} {rest[3:6]} {rest[6:]}", "plus": "+98" + rest,
            "00": "0098" + rest, "98": "98" + rest, "lost0": rest, "spaced": f"{num[:4]} {num[4:7]} {num[7:]}",
            "dash": f"{num[:3]}-{num[3:]}",
        }[style]  # fmt: skip

    def land_str(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        return {"plain": num, "dash": f"{num[:3]}-{num[3:]}", "local": num[3:],
                "intl": f"+98 {num[1:3]} {num[3:]}"}[style]  # fmt: skip

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def addr_fa(self, a: dict, style: dict) -> str:
        r = self.rnd
        parts = []
        if r.random() < 0.5:
            parts.append(a["city"][0])
        parts.append(wpick(r, {"خیابان ": 70, "خ ": 20, "خ. ": 10}) + a["street"][0])
        if r.random() < 0.8:
            parts.append(wpick(r, {"کوچه ": 80, "ک ": 20}) + a["alley"][0])
        parts.append(wpick(r, {"پلاک ": 85, "پ ": 15}) + str(a["plak"]))
        if a["unit"] and r.random() < 0.7:
            parts.append(wpick(r, {"واحد ": 80, "طبقه ": 20}) + str(a["unit"]))
        text = wpick(r, {"، ": 60, " - ": 25, " ": 15}).join(parts)
        text = self.digits_in(text, style.get("digits", "ascii"))
        return text.translate(ARABIC_LETTERS) if style.get("arabic") else text

    def addr_la(self, a: dict) -> str:
        r = self.rnd
        parts = [f"{a['street'][1]} {wpick(r, {'St': 60, 'Ave': 25, 'Street': 15})}"]
        if r.random() < 0.7:
            parts.append(f"{a['alley'][1]} {wpick(r, {'Alley': 70, 'Kuche': 30})}")
        parts.append(f"No {a['plak']}" if r.random() < 0.7 else f"Pelak {a['plak']}")
        if a["unit"] and r.random() < 0.6:
            parts.append(f"Unit {a['unit']}")
        return ", ".join(parts)

    def pc_str(self, pc: str, style: str) -> str:
        return f"{pc[:5]}-{pc[5:]}" if style == "dash" else pc

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        old = r.random() < 0.33  # the older branch system: Persian digits, Arabic letters
        style = {"arabic": old and r.random() < 0.8, "digits": "fa" if old else "ascii"}
        a = self.where(p, 0.3)
        d = lambda t: self.digits_in(t, style["digits"])  # noqa: E731
        self.add("BANK", p, {
            "شماره مشتری": self.unique(lambda: "10" + self.digits(8)),
            "نام": self.seyed_fa(p, self.fa(p["gn"], style)),
            "نام خانوادگی": self.fa(p["sn"], style),
            "نام پدر": self.fa(p["father"], style) if r.random() < 0.9 else None,
            "کد ملی": d(self.melli_str(p, "plain")) if r.random() < 0.97 else None,
            "شماره شناسنامه": d(p["shenasnameh"]) if r.random() < 0.8 else None,
            "تاریخ تولد": d(self.jdate(p["dob"], wpick(r, {"slash": 85, "loose": 15}))) if r.random() < 0.95 else None,
            "جنسیت": ("مرد" if p["sex"] == "M" else "زن") if r.random() < 0.95 else None,
            "تلفن همراه": d(self.phone_str(self.mobile(p, 0.15), "plain")),
            "تلفن ثابت": d(self.land_str(p["landline"], wpick(r, {"plain": 60, "dash": 30, "local": 10})))
            if r.random() < 0.8 else None,
            "نشانی": self.addr_fa(a, style),
            "کد پستی": d(a["pc"]) if r.random() < 0.85 else None,
            "شهر": a["city"][0],
        })  # fmt: skip

    def telco(self, p: dict, line: str, holder: dict | None = None) -> None:
        r = self.rnd
        q = holder or p  # a parent's registration of a child's line: the parent's row
        a = self.where(q, 0.4)
        style = {"join": {"": 45, ZWNJ: 25, " ": 30}}
        name = f"{self.seyed_fa(q, self.fa(q['gn'], style))} {self.fa(q['sn'], style)}"
        self.add("TELCO", q, {
            "شماره اشتراک": self.unique(lambda: "S" + self.digits(9)),
            "نام و نام خانوادگی": self.fa_typo(name, 0.03),
            "کد ملی": self.melli_str(q, wpick(r, {"plain": 60, "number": 25, "dash": 15})) if r.random() < 0.95 else None,
            "تاریخ تولد": self.jdate(q["dob"], wpick(r, {"slash": 55, "short": 30, "dash": 15})) if r.random() < 0.85 else None,
            "شماره همراه": self.phone_str(line, wpick(r, {"plain": 70, "98": 20, "lost0": 10})),
            "نشانی": self.addr_fa(a, {"digits": wpick(r, {"ascii": 70, "fa": 30})}) if r.random() < 0.7 else None,
            "کد پستی": a["pc"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def shop(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        # the name one goes by: Reza for Mohammadreza, Amir or Hossein for Amirhossein
        gn = p["called"] if p["called"] and r.random() < 0.7 else p["gn"]
        if r.random() < 0.65:  # Persian keyboard
            first = self.seyed_fa(p, self.fa(gn, {})) if r.random() < 0.5 else self.fa(gn, {})
            last = self.fa(p["sn"], {})
        else:
            first, last = self.la(gn, 0.6), self.la(p["sn"], 0.6)
            if r.random() < 0.5:
                first = self.seyed_la(p, first)
            if r.random() < 0.15:
                first, last = first.lower(), last.lower()
            first, last = self.typo(first, 0.05), self.typo(last, 0.05)
        if r.random() < 0.05:  # the whole name in the first box
            first, last = f"{first} {last}", None
        mobile, email = self.mobile(p, 0.1), p["email"]
        if p["sex"] == "F" and r.random() < 0.1:  # her husband's
            mobile = p["household"][0]["mobiles"][0]
        if p["sex"] == "F" and r.random() < 0.08:  # the family's one e-mail
            email = p["household"][0]["email"] or email
        latin = r.random() < 0.3
        self.add("SHOP", p, {
            "customer_id": self.unique(lambda: "DK-" + self.digits(7)),
            "first_name": first,
            "last_name": last,
            "mobile": self.digits_in(self.phone_str(mobile, wpick(r, {"plain": 50, "intl": 15, "plus": 15, "00": 10, "lost0": 10})),
                                     wpick(r, {"ascii": 85, "fa": 15})),
            "email": email if r.random() < 0.8 else None,
            "national_code": self.melli_str(p, wpick(r, {"number": 55, "plain": 45})) if r.random() < 0.35 else None,
            "birth_date": p["dob"].strftime(wpick(r, {"%Y-%m-%d": 70, "%d/%m/%Y": 30})) if r.random() < 0.4 else None,
            "city": (a["city"][1] if latin else a["city"][0]) if r.random() < 0.9 else None,
            "address": self.addr_la(a) if latin else self.addr_fa(a, {"digits": wpick(r, {"ascii": 60, "fa": 40})}),
            "postal_code": self.digits_in(self.pc_str(a["pc"], wpick(r, {"plain": 75, "dash": 25})), wpick(r, {"ascii": 80, "fa": 20}))
            if r.random() < 0.7 else None,
        })  # fmt: skip

    def insurer(self, p: dict, holder: dict | None = None) -> None:
        r = self.rnd
        payer = holder or p  # dependants on a family policy carry the holder's numbers
        a = self.where(payer, 0.3)
        gn = self.la(p["gn"], 0.85)
        if p["haj"] and r.random() < 0.3:
            gn = "Haj " + gn
        self.add("BIMEH", p, {
            "shomare_bimename": self.unique(lambda: "BN" + self.digits(8)),
            "nam": self.typo(self.seyed_la(p, gn), 0.03).upper(),
            "nam_khanevadegi": self.typo(self.la(p["sn"], 0.85), 0.03).upper(),
            "nam_pedar": self.la(p["father"], 0.8).upper() if r.random() < 0.7 else None,
            "code_melli": self.melli_str(p, wpick(r, {"plain": 50, "dash": 35, "number": 15})) if r.random() < 0.9 else None,
            "tarikh_tavalod": p["dob"].strftime(wpick(r, {"%Y-%m-%d": 60, "%d/%m/%Y": 40})) if r.random() < 0.9 else None,
            "jensiat": wpick(r, {("M" if p["sex"] == "M" else "F"): 60, ("mard" if p["sex"] == "M" else "zan"): 40}),
            "tel_hamrah": self.phone_str(self.mobile(payer, 0.1), wpick(r, {"plain": 60, "plus": 25, "spaced": 15})),
            "tel_sabet": self.land_str(payer["landline"], wpick(r, {"plain": 60, "dash": 40})) if r.random() < 0.6 else None,
            "code_posti": a["pc"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        policies = set()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if r.random() < 0.65:
                self.bank(p)
                if r.random() < 0.06:  # a second customer number at another branch
                    self.bank(p)
            if r.random() < 0.75:
                parent = p["household"][0]
                young = age < 24 and parent is not p
                for line in p["mobiles"]:
                    self.telco(p, line, parent if young and r.random() < 0.3 else None)
            if age < 65 and r.random() < 0.55:
                self.shop(p)
                if r.random() < 0.08:  # a second account
                    self.shop(p)
            head = p["household"][0]
            if r.random() < 0.5 and id(head) not in policies:  # a family policy
                policies.add(id(head))
                for m in p["household"]:
                    if m is head or r.random() < 0.8:
                        self.insurer(m, head)
            elif r.random() < 0.15:
                self.insurer(p)
            if len(self.rows) == n0:
                self.shop(p)
        return self.shuffled("row_id", "IR")


def iran(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Iran.frame(persons, seed, "row_id")
