"""Afghan and Tajik customers at home and in their diaspora (Germany, Peshawar, Mashhad, Istanbul,
the US): five systems stacked in one file (a ``system`` column naming the system; a column of the
same name in two systems is one column).

* An Afghan bank's core (``AF_BANK``), Dari column names in Persian script: ``شماره حساب``,
  ``نام`` (the given name), ``تخلص`` (the family or tribal name, empty for many), ``نام پدر`` (the
  father's given name, which Afghan papers carry to tell namesakes apart), ``تاریخ تولد`` (Solar
  Hijri, ``1365/04/12``, in Persian or Latin digits, or the year alone), ``شماره تذکره`` (a paper
  tazkira's volume, page and number, ``ج ۱۲ ص ۳۴ ث ۵۶۷۸`` or ``12/34/5678``, or an e-tazkira
  ``1400-0101-12345``), ``شماره تماس`` (``0700 123 456``, ``+93 70 012 3456``, Persian digits),
  ``ولایت``. Names in Persian script, now and then with Pashto letters (ګ for گ, ې and ۍ for ی,
  کاکړ for کاکر), the Arabic ي and ك, or compounds joined, with a zero-width non-joiner or a space.
* An Afghan mobile operator's SIM registry (``AF_SIM``), English: ``MSISDN``, ``Subscriber
  Name`` (one box), ``Father Name``, ``Tazkira No``, ``DOB`` (Gregorian or the year alone),
  ``Province``; a child's or a wife's line on the family head's tazkira.
* A hawala company in Hamburg with agents in Istanbul, Mashhad and Virginia (``HAWALA``), German
  columns: ``Auftragsnr``, ``Vorname``, ``Nachname``, ``Vatersname``, ``Geburtsdatum``
  (``15.06.1988``), ``Telefon`` (``0151 23456789``, ``+49 151 23456789``, ``+90 5xx``, ``+98
  9xx``, ``+1``), ``Ausweisnummer`` (a residence permit ``Y0F1234567``, a passport), ``Land``,
  ``Empfänger`` and ``Empfänger Telefon`` (a relative at home: someone else, often a customer).
* A Tajik bank (``TJ_BANK``), Tajik and Russian columns in Cyrillic: ``Рақами ҳисоб``,
  ``Фамилия``, ``Ном``, ``Номи падар`` (``Раҳмон`` or ``Раҳмонович``), ``Санаи таваллуд``
  (``15.06.1988``), ``Рақами шиноснома`` (a Tajik passport, or an Afghan's tazkira), ``Телефон``
  (``+992 93 123 4567``, ``93 123 4567``, ``8 93 1234567``), ``Шаҳр``; names in Tajik letters
  (ҳ ӯ ӣ қ ғ ҷ) or plain Russian ones (Раҳмонов, Рахмонов), the Russian ending kept or the
  ``-зода`` of the new papers; Afghans of Dushanbe in Cyrillic too.
* A refugee-aid register in Pakistan (``PK_AID``), English: ``Case No``, ``Name``, ``Father/Husband
  Name``, ``Family Head``, ``PoR Card No`` (a Proof of Registration card), ``Age`` or ``Year of
  Birth``, ``Gender``, ``Contact No`` (``0301-2345678``, ``+92 301 2345678``: the family's one),
  ``District``.

What makes it hard: many Afghans have one name and no family name, the tribal name (Ahmadzai,
Popalzai, Hotak) written in some systems only; ``Mohammad``/``Muhammad``/``Mohammed``/``Mohd``/``M.``
before a name or left out; Latin spellings (Gul/Gol, Zahir/Zaheer, Abdul Rahim/Abdurrahim/
Abdulrahim); the father's name the best tie-breaker among namesakes; Solar Hijri dates, or a
year alone; one phone for an extended family; senders abroad and recipients at home in one row;
Tajik names in Tajik and Russian Cyrillic and in their Russian transliterations (Rahmonov,
Rakhmonov).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, spellings, wpick
from probe_iran import PERSIAN_DIGITS, jalali

ZWNJ = "\u200c"

# Given names: Persian script ("|" where a compound's parts meet), Latin spellings, Tajik Cyrillic,
# weight.
AF_MALE = [
    ("احمد", "Ahmad:80 Ahmed:20", "Аҳмад", 8), ("محمود", "Mahmood:50 Mahmud:30 Mahmoud:20", "Маҳмуд", 5),
    ("ظاهر", "Zahir:55 Zaheer:30 Zaher:15", "Зоҳир", 5), ("رحیم", "Rahim:70 Raheem:30", "Раҳим", 4),
    ("عبد|الرحیم", "Abdul_Rahim:45 Abdurrahim:20 Abdulrahim:25 Abdul-Rahim:10", "Абдураҳим", 5),
    ("عبد|الله", "Abdullah:70 Abdulla:20 Abdul_lah:10", "Абдулло", 6),
    ("ناصر", "Nasir:60 Naseer:25 Naser:15", "Носир", 5), ("حمید", "Hamid:70 Hameed:30", "Ҳамид", 5),
    ("خالد", "Khalid:70 Khaled:30", "Холид", 4), ("فرید", "Farid:70 Fareed:30", "Фарид", 5),
    ("وحید", "Wahid:60 Waheed:25 Vahid:15", "Ваҳид", 4), ("جواد", "Jawad:70 Javad:30", "Ҷавод", 4),
    ("حبیب", "Habib:70 Habeeb:30", "Ҳабиб", 4), ("کریم", "Karim:70 Kareem:30", "Карим", 5),
    ("نجیب", "Najib:70 Najeeb:30", "Наҷиб", 4),
    ("رحمت|الله", "Rahmatullah:70 Rahmatulla:15 Rahmat_Ullah:15", "Раҳматулло", 5),
    ("حکمت|الله", "Hekmatullah:60 Hikmatullah:40", "Ҳикматулло", 4),
    ("عزت|الله", "Ezatullah:50 Izatullah:25 Ezzatullah:25", "Иззатулло", 4),
    ("شفیق", "Shafiq:60 Shafeeq:25 Shafik:15", "Шафиқ", 3), ("رشید", "Rashid:70 Rasheed:30", "Рашид", 4),
    ("بشیر", "Bashir:70 Basheer:30", "Башир", 4), ("نذیر", "Nazir:70 Nazeer:30", "Назир", 3),
    ("قادر", "Qadir:50 Qader:25 Kadir:25", "Қодир", 4), ("ولی", "Wali:80 Vali:20", "Валӣ", 4),
    ("نور", "Noor:60 Nur:40", "Нур", 3), ("گل|احمد", "Gul_Ahmad:50 Gol_Ahmad:25 Gulahmad:25", "Гулаҳмад", 4),
    ("ذبیح|الله", "Zabihullah:60 Zabiullah:40", "Забеҳулло", 4),
    ("سمیع|الله", "Samiullah:70 Sami_Ullah:30", "Самиулло", 4), ("اجمل", "Ajmal:1", "Аҷмал", 3),
    ("امید", "Omid:70 Umed:30", "Умед", 3), ("فواد", "Fawad:70 Fuad:30", "Фувод", 3),
    ("میرویس", "Mirwais:70 Mirwaiz:30", "Мирвайс", 3), ("نادر", "Nadir:60 Nader:40", "Нодир", 3),
    ("شیر|خان", "Sher_Khan:50 Shir_Khan:25 Sherkhan:25", "Шерхон", 3),
    ("گل|آغا", "Gul_Agha:50 Gol_Agha:30 Gulagha:20", "Гулоғо", 3),
    ("یوسف", "Yousuf:40 Yusuf:40 Yosuf:20", "Юсуф", 4), ("عمر", "Omar:70 Umar:30", "Умар", 3),
]  # fmt: skip
AF_FEMALE = [
    ("فاطمه", "Fatima:60 Fatema:25 Fatimah:15", "Фотима", 8), ("زهرا", "Zahra:70 Zahraa:30", "Заҳро", 6),
    ("مریم", "Maryam:70 Mariam:30", "Марям", 7), ("شبنم", "Shabnam:1", "Шабнам", 5),
    ("گلالۍ", "Gulalai:60 Gulalay:25 Golalai:15", "Гулалай", 5), ("نرگس", "Nargis:60 Narges:40", "Наргис", 5),
    ("فرزانه", "Farzana:70 Farzaneh:30", "Фарзона", 5), ("ملالۍ", "Malalai:70 Malalay:30", "Малалай", 4),
    ("زرغونه", "Zarghona:60 Zarghuna:40", "Заргуна", 4), ("لیلا", "Laila:60 Leila:25 Layla:15", "Лайло", 5),
    ("پروین", "Parwin:50 Parveen:30 Parvin:20", "Парвин", 5), ("رویا", "Roya:70 Ruya:30", "Роя", 4),
    ("سیما", "Sima:70 Seema:30", "Сима", 4), ("ثریا", "Soraya:60 Suraya:40", "Сурайё", 4),
    ("محبوبه", "Mahbooba:60 Mahbuba:40", "Маҳбуба", 4), ("فرشته", "Freshta:60 Fereshta:40", "Фаришта", 4),
    ("نظیفه", "Nazifa:70 Nazifah:30", "Назифа", 3), ("صدف", "Sadaf:1", "Садаф", 3),
    ("گل|بی‌بی", "Gul_Bibi:60 Gol_Bibi:25 Gulbibi:15", "Гулбибӣ", 3), ("شکیلا", "Shakila:70 Shakeela:30", "Шакила", 4),
]  # fmt: skip
#: Afghan family and tribal names: Persian script (Pashto spelling after "/"), Latin spellings,
#: Cyrillic, weight.
AF_FAMILY = [
    ("احمدزی", "Ahmadzai:80 Ahmadzay:20", "Аҳмадзай", 8), ("پوپلزی", "Popalzai:70 Popalzay:30", "Пупалзай", 6),
    ("هوتک", "Hotak:70 Hotaki:30", "Ҳотак", 5), ("ستانکزی", "Stanikzai:70 Stanekzai:30", "Станикзай", 4),
    ("بارکزی", "Barakzai:80 Barakzay:20", "Баракзай", 5), ("الکوزی", "Alokozai:60 Alkozai:40", "Алокозай", 4),
    ("کاکر/کاکړ", "Kakar:80 Kakkar:20", "Какар", 4), ("زدران/ځدران", "Zadran:70 Zardan:30", "Задрон", 3),
    ("شینواری", "Shinwari:80 Shinwary:20", "Шинворӣ", 4), ("درانی", "Durrani:70 Durani:30", "Дуррони", 3),
    ("مومند", "Mohmand:70 Momand:30", "Мӯманд", 3), ("وردک", "Wardak:80 Wardag:20", "Вардак", 4),
    ("صافی", "Safi:1", "Софӣ", 3), ("سلطانی", "Sultani:70 Soltani:30", "Султонӣ", 5),
    ("رحیمی", "Rahimi:80 Raheemi:20", "Раҳимӣ", 6), ("حکیمی", "Hakimi:80 Hakeemi:20", "Ҳакимӣ", 4),
    ("نوری", "Noori:60 Nuri:40", "Нурӣ", 4), ("کریمی", "Karimi:80 Kareemi:20", "Каримӣ", 5),
    ("حسینی", "Hussaini:50 Hosseini:30 Husaini:20", "Ҳусайнӣ", 5), ("رضایی", "Rezaie:40 Rezaei:40 Rezayee:20", "Ризоӣ", 4),
    ("سادات", "Sadat:1", "Содот", 3), ("امیری", "Amiri:1", "Амирӣ", 4), ("نظری", "Nazari:80 Nazary:20", "Назарӣ", 4),
]  # fmt: skip
#: Tajik names: Tajik Cyrillic (a family name as its stem: -ов/-ова, -зода), Latin spellings, weight.
TJ_FAMILY = [
    ("Раҳмон", "Rahmon:60 Rakhmon:30 Rahman:10", 8), ("Карим", "Karim:1", 6), ("Саид", "Said:70 Sayd:30", 6),
    ("Назар", "Nazar:1", 5), ("Шариф", "Sharif:70 Sharip:30", 5), ("Ҳамид", "Hamid:50 Khamid:50", 5),
    ("Қодир", "Qodir:40 Kodir:35 Kadyr:25", 5), ("Раҳим", "Rahim:50 Rakhim:50", 5), ("Ашур", "Ashur:1", 4),
    ("Мирзо", "Mirzo:1", 5), ("Давлат", "Davlat:1", 4), ("Ғафур", "Ghafur:40 Gafur:60", 4),
    ("Юсуп", "Yusup:60 Yusuf:40", 4), ("Сафар", "Safar:1", 4), ("Қурбон", "Qurbon:35 Kurbon:35 Kurban:30", 5),
    ("Азим", "Azim:1", 4), ("Абдулло", "Abdullo:1", 4), ("Иброҳим", "Ibrohim:50 Ibragim:30 Ibrokhim:20", 4),
    ("Ҷалол", "Jalol:60 Dzhalol:40", 3), ("Холиқ", "Kholiq:50 Kholik:30 Holiq:20", 3),
]  # fmt: skip
TJ_MALE = [
    ("Фирдавс", "Firdavs:1", 5), ("Далер", "Daler:1", 5), ("Фаррух", "Farrukh:70 Farruh:30", 5),
    ("Шаҳром", "Shahrom:50 Shakhrom:50", 4), ("Бахтиёр", "Bakhtiyor:50 Bakhtiyar:30 Bahtiyor:20", 5),
    ("Сӯҳроб", "Suhrob:50 Sukhrob:50", 4), ("Илҳом", "Ilhom:50 Ilkhom:50", 4),
    ("Ҷамшед", "Jamshed:70 Dzhamshed:30", 5), ("Муҳаммад", "Muhammad:60 Mukhammad:40", 5),
    ("Умед", "Umed:1", 4), ("Рустам", "Rustam:1", 5), ("Зафар", "Zafar:1", 4),
    ("Комрон", "Komron:60 Kamron:40", 4), ("Парвиз", "Parviz:1", 4),
    ("Манучеҳр", "Manuchehr:60 Manuchekhr:40", 3), ("Хуршед", "Khurshed:70 Hurshed:30", 4),
    ("Абдураҳим", "Abdurahim:50 Abdurakhim:50", 3), ("Шоҳрух", "Shohrukh:50 Shokhrukh:50", 3),
]  # fmt: skip
TJ_FEMALE = [
    ("Нигина", "Nigina:1", 5), ("Мадина", "Madina:1", 5), ("Шаҳноза", "Shahnoza:50 Shakhnoza:50", 5),
    ("Гулнора", "Gulnora:1", 4), ("Зарина", "Zarina:1", 5), ("Малика", "Malika:1", 4),
    ("Парвина", "Parvina:1", 4), ("Фарзона", "Farzona:1", 4), ("Мунира", "Munira:1", 4),
    ("Дилноза", "Dilnoza:1", 4), ("Сурайё", "Surayo:50 Surayyo:50", 3), ("Зебо", "Zebo:1", 3),
    ("Гулчеҳра", "Gulchehra:50 Gulchekhra:50", 3), ("Меҳрубон", "Mehrubon:60 Mekhrubon:40", 3),
]  # fmt: skip
MOHAMMAD = ("محمد", "Mohammad:45 Muhammad:20 Mohammed:15 Mohd:10 M.:10", "Муҳаммад")

AF_PROVINCES = {"Kabul": ("کابل", "Кобул", 35), "Herat": ("هرات", "Ҳирот", 15),
                "Kandahar": ("کندهار", "Қандаҳор", 12), "Balkh": ("بلخ", "Балх", 12),
                "Nangarhar": ("ننگرهار", "Нангарҳор", 12), "Kunduz": ("کندز", "Кундуз", 7),
                "Badakhshan": ("بدخشان", "Бадахшон", 7)}  # fmt: skip
TJ_CITIES = {"Dushanbe": ("Душанбе", 45), "Khujand": ("Хуҷанд", 20), "Bokhtar": ("Бохтар", 15),
             "Kulob": ("Кӯлоб", 12), "Khorog": ("Хоруғ", 8)}  # fmt: skip
ABROAD = {"de": ("Deutschland", "Hamburg"), "tr": ("Türkei", "Istanbul"),
          "ir": ("Iran", "Mashhad"), "us": ("USA", "Virginia")}  # fmt: skip
PK_DISTRICTS = {"Peshawar": 55, "Nowshera": 20, "Quetta": 15, "Haripur": 10}
#: Plain Russian letters for Tajik ones, as older systems and Russian keyboards write them.
RUSSIAN = str.maketrans({"ҳ": "х", "Ҳ": "Х", "қ": "к", "Қ": "К", "ғ": "г", "Ғ": "Г", "ӯ": "у",
                         "Ӯ": "У", "ӣ": "и", "Ӣ": "И", "ҷ": "дж", "Ҷ": "Дж"})  # fmt: skip
#: Arabic letters for Persian ones, as older systems write them.
ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})
#: Pashto letters where Pashto writers use them.
PASHTO = str.maketrans({"گ": "ګ"})


def _table(rows):
    return {row[0]: (row, row[-1]) for row in rows}


class Afghan(Draws):
    SLIP_LETTERS = "aeiouhrlnz"

    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ people
    def pick(self, rows) -> tuple:
        return self.rnd.choices(rows, [row[-1] for row in rows])[0]

    def mobile(self, cc: str) -> str:
        r = self.rnd
        make = {
            "93": lambda: "7" + r.choice("0123456789") + self.digits(7),
            "992": lambda: "9" + r.choice("0123358") + self.digits(7),
            "92": lambda: "3" + r.choice("0123445") + self.digits(8),
            "98": lambda: "9" + r.choice("0123") + self.digits(8),
            "49": lambda: "1" + r.choice(["51", "52", "57", "60", "62", "70", "71", "76"]) + self.digits(8),
            "90": lambda: "5" + r.choice(["30", "32", "35", "41", "42", "52", "55"]) + self.digits(7),
            "1": lambda: r.choice(["571", "703", "202"]) + r.choice("2345678") + self.digits(6),
        }[cc]  # fmt: skip
        return "+" + cc + self.unique(make)

    def person(self, people: str, sex: str, dob: dt.date, fam: dict, father: dict | None) -> dict:
        r = self.rnd
        self.pid += 1
        if people == "af":
            given = self.pick(AF_MALE if sex == "M" else AF_FEMALE)
            mprefix = sex == "M" and r.random() < 0.3
        else:
            given = self.pick(TJ_MALE if sex == "M" else TJ_FEMALE)
            mprefix = False
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, people=people, sex=sex, dob=dob, given=given, mprefix=mprefix,
                 fam=fam, where=fam["where"], spouse=None, head=None, kids=[],
                 exact=r.random() < (0.55 if people == "af" else 0.97))  # fmt: skip
        # a father: the head's drawn anew, a child's the head
        p["father"] = (
            father
            if father
            else {
                "given": self.pick(AF_MALE if people == "af" else TJ_MALE),
                "mprefix": r.random() < 0.3,
            }
        )
        # a tribal name: borne by some, written by some systems
        p["family"] = fam["family"]
        p["tazkira"] = p["etazkira"] = p["passport"] = p["permit"] = p["por"] = None
        if people == "af" and age >= 7:
            if age < 30 or r.random() < 0.25:
                p["etazkira"] = self.unique(
                    lambda: (
                        f"{r.choice(['1398', '1399', '1400', '1401', '1402'])}-{r.randint(1, 9999):04d}-{self.digits(5)}"
                    )
                )
            if age >= 25 or not p["etazkira"]:
                p["tazkira"] = self.unique(
                    lambda: f"{r.randint(1, 400)}/{r.randint(1, 300)}/{r.randint(1, 99999)}"
                )
        if people == "tj" and age >= 16:
            p["passport"] = self.unique(lambda: "4" + self.digits(8))
        if (
            people == "af"
            and age >= 18
            and (p["where"] in ("de", "tr", "us", "tj") or r.random() < 0.05)
        ):
            p["passport"] = self.unique(lambda: "P" + self.digits(8))
        if p["where"] == "de" and age >= 16:
            p["permit"] = self.unique(
                lambda: "Y" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
            )
        if p["where"] == "pk":
            p["por"] = self.unique(lambda: self.digits(9))
        home_cc = {"af": "93", "tj": "992"}[people]
        local_cc = {"home": home_cc, "tj": "992", "pk": "92", "ir": "98", "de": "49", "tr": "90", "us": "1"}[p["where"]]  # fmt: skip
        p["mobiles"] = []
        if age >= 15:
            p["mobiles"] = [self.mobile(local_cc)]
            if local_cc != home_cc and r.random() < 0.3:
                p["mobiles"].append(self.mobile(home_cc))
        self.persons.append(p)
        return p

    def household(self) -> None:
        r = self.rnd
        people = wpick(r, {"af": 78, "tj": 22})
        where = wpick(r, {"home": 45, "pk": 18, "de": 14, "ir": 10, "tr": 5, "us": 4, "tj": 4}) if people == "af" \
            else wpick(r, {"home": 88, "de": 6, "tr": 6})  # fmt: skip
        if people == "af":
            family = self.pick(AF_FAMILY) if r.random() < 0.55 else None
            prov = wpick(r, {k: v[2] for k, v in AF_PROVINCES.items()})
        else:
            family = self.pick(TJ_FAMILY)
            prov = wpick(r, {k: v[1] for k, v in TJ_CITIES.items()})
        fam = {"family": family, "prov": prov, "where": where,
               "district": wpick(r, PK_DISTRICTS), "case": self.unique(lambda: "PSH-" + self.digits(6))}  # fmt: skip
        head = self.person(people, "M", self.dob(30, 72), fam, None)
        members = [head]
        if r.random() < 0.85:
            wfam = dict(fam, family=(self.pick(AF_FAMILY) if r.random() < 0.3 else None) if people == "af"
                        else self.pick(TJ_FAMILY))  # fmt: skip
            wife = self.person(
                people, "F", head["dob"] + dt.timedelta(days=r.randint(0, 365 * 12)), wfam, None
            )
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
            wage = (TODAY - wife["dob"]).days / 365.25
            for _ in range(wpick(r, {0: 10, 1: 15, 2: 25, 3: 25, 4: 15, 5: 10})):
                if len(self.persons) >= self.n:
                    break
                lo, hi = max(1.0, wage - 42), max(2.0, wage - 17)
                kid = self.person(people, r.choice("MF"), self.dob(lo, hi), fam, head)
                kid["head"] = head
                head["kids"].append(kid)
                members.append(kid)
        # a son abroad: the family's remittances come from him
        if people == "af" and where == "home" and len(members) > 2 and r.random() < 0.25:
            son = [k for k in members[2:] if k["sex"] == "M" and (TODAY - k["dob"]).days > 20 * 365]
            if son:
                s = son[0]
                s["where"] = wpick(r, {"de": 50, "tr": 20, "ir": 20, "us": 10})
                s["mobiles"] = [
                    self.mobile({"de": "49", "tr": "90", "ir": "98", "us": "1"}[s["where"]]),
                    *s["mobiles"][:1],
                ]
                if s["where"] == "de":
                    s["permit"] = self.unique(
                        lambda: (
                            "Y" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
                        )
                    )
        shared = head["mobiles"][0] if head["mobiles"] else None
        for m in members:
            m["shared"] = shared if m is not head and r.random() < 0.45 else None
            m["members"] = members

    # ------------------------------------------------------------ written forms
    def fa_word(self, text: str, style: dict) -> str:
        """Persian script as one system writes it: compounds joined, with a ZWNJ or a space."""
        text = text.split("/")[(style.get("pashto", 0) and -1) or 0]
        text = text.replace("|", style["join"])
        if style.get("pashto"):
            text = text.translate(PASHTO)
            if text.endswith("ی") and len(text) > 2:
                text = text[:-1] + "ې"
        if style.get("arabic"):
            text = text.translate(ARABIC)
        return text

    def fa_style(self) -> dict:
        r = self.rnd
        return {
            "join": wpick(r, {"": 50, ZWNJ: 30, " ": 20}),
            "pashto": r.random() < 0.2,
            "arabic": r.random() < 0.25,
        }

    def fa_given(self, p: dict, style: dict, mprefix: float = 0.7) -> str:
        g = self.fa_word(p["given"][0], style)
        if p["mprefix"] and self.rnd.random() < mprefix:
            g = "محمد" + (" " if self.rnd.random() < 0.8 else "") + g
        return g

    def la_given(self, p: dict, mprefix: float = 0.7) -> str:
        r = self.rnd
        g = p["given"]
        spell = spellings(g[1])
        own = next(iter(spell))
        g = own if r.random() < 0.5 else wpick(r, spell)
        if p.get("mprefix") and r.random() < mprefix:
            g = wpick(r, spellings(MOHAMMAD[1])) + " " + g
        return g

    def la_family(self, p: dict) -> str | None:
        f = p["family"]
        if f is None:
            return None
        spell = spellings(f[1])
        if p["people"] == "tj":
            stem = next(iter(spell)) if self.rnd.random() < 0.6 else wpick(self.rnd, spell)
            return self.tj_ending(stem, p, latin=True)
        return next(iter(spell)) if self.rnd.random() < 0.6 else wpick(self.rnd, spell)

    def tj_ending(self, stem: str, p: dict, latin: bool) -> str:
        """A Tajik family name: the Russian ending or, on new papers, ``-zoda`` (``-zade``)."""
        r = self.rnd
        if p.get("zoda") is None:
            p["zoda"] = r.random() < 0.12
        if p["zoda"] and r.random() < 0.7:
            return stem + (("zoda" if r.random() < 0.8 else "zade") if latin else "зода")
        if stem.endswith(("o", "о")):
            return (
                stem
                + ("ev" if latin else "ев")
                + ("a" if p["sex"] == "F" and latin else "а" if p["sex"] == "F" else "")
            )
        return (
            stem
            + ("ov" if latin else "ов")
            + ("a" if p["sex"] == "F" and latin else "а" if p["sex"] == "F" else "")
        )

    def cy_given(self, p: dict) -> str:
        g = p["given"]
        return g[2] if p["people"] == "af" else g[0]

    def cy_family(self, p: dict) -> str | None:
        f = p["family"]
        if f is None:
            return None
        if p["people"] == "af":
            return f[2]
        return self.tj_ending(f[0], p, latin=False)

    def la_whole(self, p: dict, family: float, slip: float = 0.03) -> str:
        g = self.la_given(p)
        f = self.la_family(p) if self.rnd.random() < family else None
        return self.typo(f"{g} {f}" if f else g, slip)

    def phone(self, num: str | None, local: bool = True, fa: float = 0.0) -> str | None:
        r = self.rnd
        if not num:
            return None
        cc = next(c for c in ("992", "93", "92", "98", "49", "90", "1") if num[1:].startswith(c))
        n = num[1 + len(cc) :]
        if cc == "93":
            forms = {f"0{n[:3]} {n[3:6]} {n[6:]}": 30, f"0{n}": 30, f"+93 {n[:2]} {n[2:5]} {n[5:]}": 15,
                     f"+93{n}": 10, f"0093{n}": 5, f"93{n}": 10}  # fmt: skip
        elif cc == "992":
            forms = {f"+992 {n[:2]} {n[2:5]} {n[5:]}": 30, f"{n[:2]} {n[2:5]} {n[5:]}": 25, f"992{n}": 20,
                     f"8 {n}": 10, f"+992{n}": 15}  # fmt: skip
        elif cc == "92":
            forms = {f"0{n[:3]}-{n[3:]}": 45, f"0{n}": 25, f"+92 {n[:3]} {n[3:]}": 20, f"92{n}": 10}
        elif cc == "98":
            forms = {f"0{n}": 45, f"+98 {n[:3]} {n[3:6]} {n[6:]}": 35, f"0098{n}": 20}
        elif cc == "49":
            forms = {
                f"0{n[:3]} {n[3:]}": 45,
                f"+49 {n[:3]} {n[3:]}": 30,
                f"0{n}": 15,
                f"0049{n}": 10,
            }
        elif cc == "90":
            forms = {
                f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}": 45,
                f"+90 {n[:3]} {n[3:]}": 40,
                f"0{n}": 15,
            }
        else:
            forms = {f"({n[:3]}) {n[3:6]}-{n[6:]}": 50, f"+1 {n[:3]}-{n[3:6]}-{n[6:]}": 30, n: 20}
        out = wpick(r, forms)
        if not local and not out.startswith(("+", "00")):
            out = "+" + cc + n
        if fa and r.random() < fa:
            out = out.translate(PERSIAN_DIGITS)
        return out

    def own_mobile(self, p: dict, home_only: bool = False) -> str | None:
        r = self.rnd
        mobiles = p["mobiles"]
        if home_only:
            cc = "+93" if p["people"] == "af" else "+992"
            mobiles = [m for m in mobiles if m.startswith(cc)]
        if p["shared"] and (r.random() < 0.5 or not mobiles):
            return p["shared"]
        return r.choice(mobiles) if mobiles else None

    def sh_date(self, p: dict, digits: str) -> str:
        y, m, d = jalali(p["dob"])
        s = str(y) if not p["exact"] else wpick(self.rnd, {f"{y}/{m:02d}/{d:02d}": 70, f"{y}/{m}/{d}": 20, f"{y}-{m:02d}-{d:02d}": 10})  # fmt: skip
        return s.translate(PERSIAN_DIGITS) if digits == "fa" else s

    def greg(self, p: dict, fmt: str) -> str:
        """A Gregorian birth date; a year alone where only the Solar Hijri year is known."""
        d = p["dob"]
        if not p["exact"]:
            y = jalali(d)[0] + 621
            return wpick(self.rnd, {str(y): 50, f"01.01.{y}" if fmt == "de" else f"01/01/{y}": 50})
        return {"de": f"{d.day:02d}.{d.month:02d}.{d.year}", "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "iso": d.isoformat()}[fmt]  # fmt: skip

    def tazkira_text(self, p: dict, fa: bool, digits: bool = False) -> str | None:
        r = self.rnd
        e, t = p["etazkira"], p["tazkira"]
        if e and (not t or r.random() < 0.5):
            out = e if r.random() < 0.8 else e.replace("-", "")
        elif t:
            v, pg, n = t.split("/")
            label = f"ج {v} ص {pg} ث {n}" if fa else f"Vol {v} Pg {pg} No {n}"
            out = wpick(r, {t: 40, label: 40, f"{v}-{pg}-{n}": 20})
        else:
            return None
        if r.random() < 0.02:
            i = r.choice([i for i, c in enumerate(out) if c.isdigit()])
            out = out[:i] + str(r.randrange(10)) + out[i + 1 :]
        return out.translate(PERSIAN_DIGITS) if fa and digits else out

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def af_bank(self, p: dict) -> None:
        r = self.rnd
        style = self.fa_style()
        fam = p["family"]
        digits = "fa" if r.random() < 0.5 else "la"
        self.add("AF_BANK", p, {
            "شماره حساب": self.unique(lambda: "AIB" + self.digits(9)),
            "نام": self.fa_given(p, style),
            "تخلص": self.fa_word(fam[0], style) if fam and p["people"] == "af" and r.random() < 0.6 else None,
            "نام پدر": self.fa_given(p["father"] | {"people": "af"}, style) if r.random() < 0.9 else None,
            "تاریخ تولد": self.sh_date(p, digits) if r.random() < 0.92 else None,
            "شماره تذکره": self.tazkira_text(p, True, digits == "fa") if r.random() < 0.9 else None,
            "شماره تماس": self.phone(self.own_mobile(p, home_only=True), fa=0.4 if digits == "fa" else 0.0) if r.random() < 0.9 else None,
            "ولایت": AF_PROVINCES[p["fam"]["prov"]][0] if r.random() < 0.8 else None,
        })  # fmt: skip

    def af_sim(self, p: dict, number: str, holder: dict) -> None:
        r = self.rnd
        self.add("AF_SIM", holder, {
            "MSISDN": "93" + number[3:] if r.random() < 0.6 else "0" + number[3:],
            "Subscriber Name": self.la_whole(holder, family=0.5).upper() if r.random() < 0.7 else self.la_whole(holder, family=0.5),
            "Father Name": self.la_given(holder["father"] | {"people": "af"}).upper() if r.random() < 0.85 else None,
            "Tazkira No": self.tazkira_text(holder, False) if r.random() < 0.9 else None,
            "DOB": self.greg(holder, "dmy") if r.random() < 0.8 else None,
            "Province": holder["fam"]["prov"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def hawala(self, p: dict) -> None:
        r = self.rnd
        home = [
            q
            for q in p["members"]
            if q is not p and q["where"] == "home" and (TODAY - q["dob"]).days > 16 * 365
        ]
        recv = r.choice(home) if home and r.random() < 0.9 else None
        doc = p["permit"] if p["permit"] and r.random() < 0.7 else p["passport"]
        g = self.la_given(p)
        self.add("HAWALA", p, {
            "Auftragsnr": self.unique(lambda: "HW" + self.digits(8)),
            "Vorname": self.typo(g, 0.04),
            "Nachname": self.typo(self.la_family(p), 0.04) if r.random() < 0.75 else None,
            "Vatersname": self.la_given(p["father"] | {"people": p["people"]}) if r.random() < 0.5 else None,
            "Geburtsdatum": self.greg(p, "de") if r.random() < 0.85 else None,
            "Telefon": self.phone(p["mobiles"][0]) if p["mobiles"] and r.random() < 0.95 else None,
            "Ausweisnummer": doc if doc and r.random() < 0.8 else None,
            "Land": ABROAD[p["where"]][0],
            "Empfänger": self.la_whole(recv, family=0.4, slip=0.04) if recv else None,
            "Empfänger Telefon": self.phone(self.own_mobile(recv), local=False) if recv and r.random() < 0.9 else None,
        })  # fmt: skip

    def tj_bank(self, p: dict) -> None:
        r = self.rnd
        russian = r.random() < 0.35
        fix = lambda s: s.translate(RUSSIAN) if s and russian else s  # noqa: E731
        father = self.cy_given(p["father"] | {"people": p["people"]})
        if p["people"] == "tj" and r.random() < 0.4:
            father = father + ("ович" if p["sex"] == "M" else "овна")
        doc = p["passport"] or p["etazkira"] or p["tazkira"]
        self.add("TJ_BANK", p, {
            "Рақами ҳисоб": self.unique(lambda: "40817" + self.digits(10)),
            "Фамилия": fix(self.cy_family(p)) if p["people"] == "tj" or r.random() < 0.5 else None,
            "Ном": fix(self.cy_given(p)),
            "Номи падар": fix(father) if r.random() < 0.85 else None,
            "Санаи таваллуд": self.greg(p, "de") if r.random() < 0.95 else None,
            "Рақами шиноснома": doc if r.random() < 0.85 else None,
            "Телефон": self.phone(self.own_mobile(p)) if r.random() < 0.9 else None,
            "Шаҳр": TJ_CITIES[p["fam"]["prov"]][0] if p["people"] == "tj" and r.random() < 0.8 else ("Душанбе" if r.random() < 0.5 else None),
        })  # fmt: skip

    def pk_aid(self, p: dict, phone: str | None) -> None:
        r = self.rnd
        head = p["members"][0]
        father = p["spouse"] if p["sex"] == "F" and p["spouse"] else p["father"] | {"people": "af"}
        age = (TODAY - p["dob"]).days // 365
        self.add("PK_AID", p, {
            "Case No": p["fam"]["case"],
            "Name": self.la_whole(p, family=0.35, slip=0.05),
            "Father/Husband Name": self.la_given(father) if r.random() < 0.9 else None,
            "Family Head": self.la_whole(head, family=0.3) if p is not head else None,
            "PoR Card No": wpick(r, {p["por"]: 60, f"{p['por'][:3]}-{p['por'][3:6]}-{p['por'][6:]}": 40}) if p["por"] and age >= 5 and r.random() < 0.85 else None,
            "Year of Birth": (str(p["dob"].year) if p["exact"] else str(jalali(p["dob"])[0] + 621)) if r.random() < 0.6 else None,
            "Age": str(age + r.choice([-1, 0, 0, 0, 1])) if r.random() < 0.5 else None,
            "Gender": p["sex"] if r.random() < 0.9 else None,
            "Contact No": self.phone(phone),
            "District": p["fam"]["district"],
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        done = set()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            w, af = p["where"], p["people"] == "af"
            n0 = len(self.rows)
            if (
                af
                and age >= 18
                and ((w == "home" and r.random() < 0.75) or (w != "home" and r.random() < 0.12))
            ):
                for _ in range(wpick(r, {1: 35, 2: 40, 3: 25})):
                    self.af_bank(p)
            if af and age >= 12 and r.random() < (0.85 if w == "home" else 0.3):
                holder = p if (p["tazkira"] or p["etazkira"]) and age >= 18 else (p["head"] or p)
                for number in (m for m in p["mobiles"] if m.startswith("+93")):
                    self.af_sim(p, number, holder if r.random() < 0.85 else p)
                    if r.random() < 0.25:  # registered again
                        self.af_sim(p, number, holder)
            if w in ABROAD and age >= 18:
                for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                    self.hawala(p)
            if ((not af and w == "home") or w == "tj") and age >= 18 and r.random() < 0.85:
                for _ in range(wpick(r, {1: 30, 2: 40, 3: 30})):
                    self.tj_bank(p)
            if w == "pk" and id(p["members"]) not in done:
                done.add(id(p["members"]))
                head = p["members"][0]
                phone = head["mobiles"][0] if head["mobiles"] else None
                for _ in range(1 if r.random() < 0.5 else 2):  # registered again after a move
                    for q in p["members"]:
                        if q["where"] == "pk":
                            self.pk_aid(q, phone if r.random() < 0.8 else self.own_mobile(q))
            if len(self.rows) == n0 and age >= 18 and w == "home":
                (self.af_bank if af else self.tj_bank)(p)
        return self.shuffled("row_id", "AF")


def afghan(persons: int = 5500, seed: int = 93) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Afghan.frame(persons, seed, "row_id")
