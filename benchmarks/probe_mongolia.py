"""A Mongolian bank, telco, insurer and e-commerce group's customers, with a remittance desk for
Mongolians working in Korea: five systems stacked in one file (a ``system`` column naming the
system; a column of the same name in two systems is one column).

* Bank (``KHAS_BANK``), a core system in Cyrillic: ``Харилцагчийн код``, ``Ургийн овог`` (the
  clan name, ``Боржигин``, shared by a family and left empty on most rows), ``Овог`` (the
  patronymic: the father's given name in the genitive, ``Батын``, ``Доржийн``,
  ``Бат-Эрдэнийн``, ``Цэцэгмаагийн`` for a mother's; written in full, in the nominative or as an
  initial ``Б.``), ``Нэр`` (the given name), ``Регистрийн дугаар`` (two Cyrillic letters and
  eight digits, ``УБ89031512``: ``YYMMDD`` with twenty added to the month of those born in 2000
  or later, two more digits whose first is odd for a man; no published check digit),
  ``Төрсөн огноо`` (``1989.03.15``), ``Хүйс`` (``Эр`` / ``Эм``), ``Гар утас`` (``99112233``,
  ``9911-2233``, ``+976 9911 2233``, ``976-99112233``), ``Гэрийн утас`` (the household's
  landline, ``7011-2233``), ``Хаяг`` (``БЗД, 3-р хороо, 15-р байр, 45 тоот``, ``Сонгинохайрхан
  дүүрэг 20-р хороо 5-р гудамж 12 тоот``), ``И-мэйл``, ``Яаралтай үед холбоо барих`` /
  ``Холбоо барих утас`` / ``Хэн болох`` (an emergency contact's name, number and relation: a
  relative, someone else).
* Telco (``MOBI_SIM``), SIM registrations in Latin letters with transliterated column names:
  ``Dugaar`` (the SIM's number), ``Ovog``, ``Ner``, ``RD`` (the registry number in Latin,
  ``UB89031512``, in Cyrillic or typed with its digits only), ``Tursun_ognoo`` (``15/03/1989``
  or ``1989-03-15``), ``Hayag``, ``Nemelt_dugaar`` (a second number: the owner's other SIM or a
  relative's). Names transliterated as each clerk types them: Bold / Bolod, Batbayar / Batbaiar
  / Bat-Bayar, Tsetsegmaa / Cecegmaa, Ganbaatar / Ganbatar, Ө and Ү as o/u, oe/ue or ö/ü,
  Х as kh, h or x; a SIM of a parent or child registered under the other's name.
* Insurer (``MANDAL_DAATGAL``), Cyrillic: ``Даатгуулагчийн дугаар``, ``Овог нэр`` (one box, as
  Mongolians write a name: ``Б.Болд``, ``Батын Болд``, ``БОЛД Батын``, ``Болд Б.``), ``РД``,
  ``Төрсөн он сар өдөр`` (``89.03.15``, ``1989/03/15``), ``Утасны дугаар`` (one or two numbers
  in one box), ``Гэрийн хаяг``, ``Ашиг хүртэгч`` / ``Ашиг хүртэгчийн утас`` (the
  beneficiary's name and number: a spouse or a child).
* E-commerce app (``SHOPPY``), English columns: ``customer_id``, ``first_name`` (the given name,
  in Latin or Cyrillic as the user typed it; Ө and Ү typed as О and У on a Russian keyboard),
  ``last_name`` (the patronymic: nominative, genitive or an initial; a fifth of users put the
  given name there and the patronymic in ``first_name``), ``phone``, ``email`` (a family's one
  address now and then), ``birthday`` (``1989-03-15``), ``gender``, ``ebarimt_rd`` (the registry
  number for the VAT receipt: a parent's or a spouse's now and then), ``delivery_address``
  (Cyrillic or Latin, ``UB, BZD, 3-r khoroo, 15-r bair, 45 toot``), ``receiver_name`` /
  ``receiver_phone`` (a gift's receiver: a relative).
* Remittance desk in Korea (``KR_REMIT``), Korean columns: ``고객번호``, ``성명`` (passport
  Latin, patronymic first: ``BATBAYAR BOLD``, ``BOLD BATBAYAR`` now and then),
  ``외국인등록번호`` (the Korean alien registration number: ``YYMMDD-`` and seven digits, the
  first 5 or 6 (7 or 8 from 2000), the last the resident number's mod-11 check digit),
  ``여권번호`` (``E1234567``), ``생년월일`` (``1989.03.15``, ``19890315``), ``휴대폰``
  (``010-1234-5678``), ``본국연락처`` (a number in Mongolia: a relative's or one's own old one),
  ``주소`` (a factory's dormitory in Ansan or Hwaseong, shared by dozens), ``수취인`` /
  ``수취인 연락처`` (the receiver back home: a parent, a spouse, a sibling).

What makes it hard: no family names: the patronymic changes every generation, so siblings share
it and father and son do not, and a couple's differ; the given name is the discriminator, but
very common ones repeat (Bat-Erdene, Bold, Batbayar, Oyuntsetseg, Enkhjargal) and often with one
common patronymic (``Батын Болд``); compound names with or without a hyphen or space
(Бат-Эрдэнэ / Батэрдэнэ / Bat Erdene); Cyrillic and several Latin transliterations; the
patronymic in the genitive, the nominative or as an initial, in its own column, before the name
in one box, or swapped with it; mothers' names as patronymics; households on one landline,
apartment and e-mail; registry numbers in two scripts or without their letters; 8-digit phones
with ``+976``, ``976`` or none; Korean numbers beside Mongolian ones; dormitories shared by
dozens; emergency contacts, beneficiaries and receivers who are other customers; typos and gaps.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

#: Given names (Cyrillic): weight. Compound names keep their hyphen here; records drop it.
MALE = {
    "Бат-Эрдэнэ": 30, "Болд": 30, "Батбаяр": 28, "Ганбаатар": 18, "Энхбаяр": 18, "Энхбаатар": 12,
    "Төмөрбаатар": 10, "Мөнх-Эрдэнэ": 12, "Ганзориг": 10, "Эрдэнэбат": 10, "Батболд": 14,
    "Сүхбаатар": 8, "Отгонбаяр": 10, "Ганболд": 10, "Баатар": 6, "Дорж": 6, "Нямдорж": 5,
    "Тэмүүлэн": 14, "Билгүүн": 12, "Тэмүүжин": 12, "Төгөлдөр": 8, "Мөнхбат": 8, "Очирбат": 6,
    "Дашдорж": 5, "Пүрэвдорж": 5, "Энхтөр": 6, "Хүрэлбаатар": 6, "Бямбадорж": 5, "Цогтбаяр": 5,
    "Батжаргал": 8, "Ганхуяг": 8, "Мөнхжаргал": 6, "Бат-Өлзий": 6, "Амарсанаа": 5, "Эрдэнэ": 6,
    "Баяр": 6, "Ням-Очир": 4, "Хонгор": 4, "Анар": 4, "Бат": 8, "Лхагва": 4, "Даваа": 4,
}  # fmt: skip
FEMALE = {
    "Оюунцэцэг": 28, "Энхжаргал": 26, "Цэцэгмаа": 20, "Сарантуяа": 16, "Наранцэцэг": 14,
    "Мөнхцэцэг": 12, "Оюунчимэг": 12, "Батцэцэг": 10, "Ариунаа": 10, "Номин": 12, "Солонго": 10,
    "Үүрцайх": 6, "Дуламсүрэн": 5, "Болормаа": 10, "Уянга": 10, "Алтанцэцэг": 10, "Туяа": 6,
    "Гэрэлмаа": 8, "Отгонцэцэг": 8, "Энхтуяа": 10, "Нарантуяа": 10, "Хулан": 10, "Мишээл": 6,
    "Ану": 6, "Золзаяа": 8, "Дэлгэрмаа": 6, "Сайнбилэг": 4, "Мөнхзул": 8, "Ундрал": 6,
    "Ганчимэг": 6, "Бат-Очир": 0, "Цэрэнханд": 4, "Эрдэнэчимэг": 6, "Одгэрэл": 5, "Мандах": 5,
}  # fmt: skip
#: Names confused with each other (a slip of the ear or a form filled in from memory).
CONFUSED = {"Энхбаяр": "Энхбаатар", "Энхбаатар": "Энхбаяр", "Батбаяр": "Батболд",
            "Ганболд": "Ганбаатар", "Оюунцэцэг": "Оюунчимэг", "Наранцэцэг": "Нарантуяа"}  # fmt: skip
#: Clan names (``Ургийн овог``): historical ones and those chosen after 1997.
CLANS = {"Боржигин": 30, "Хиад": 8, "Тайчууд": 6, "Горлос": 6, "Урианхай": 6, "Жалайр": 5,
         "Хонгирад": 5, "Сартуул": 4, "Мэргэд": 4, "Халх": 6, "Их Монгол": 3, "Цагаан сүлд": 2,
         "Алтан ураг": 2, "Хатагин": 4, "Олхонуд": 3}  # fmt: skip
#: The registry number's first letter: Ulaanbaatar and the aimags (the birth place).
REG_FIRST = {"У": 55, "Т": 6, "Ф": 5, "Р": 4, "Х": 3, "А": 3, "Е": 3, "С": 3, "М": 3, "Н": 3,
             "Б": 2, "В": 2, "Г": 2, "О": 2, "П": 2, "Ж": 2}  # fmt: skip
REG_SECOND = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЭЮЯӨҮ"
#: Ulaanbaatar's districts: (name, abbreviation, Latin, khoroos, ger share, weight).
DISTRICTS = [
    ("Баянзүрх", "БЗД", "Bayanzurkh", 43, 0.4, 22), ("Сонгинохайрхан", "СХД", "Songinokhairkhan", 43, 0.7, 20),
    ("Баянгол", "БГД", "Bayangol", 34, 0.1, 14), ("Чингэлтэй", "ЧД", "Chingeltei", 24, 0.6, 10),
    ("Сүхбаатар", "СБД", "Sukhbaatar", 20, 0.3, 10), ("Хан-Уул", "ХУД", "Khan-Uul", 21, 0.3, 12),
    ("Налайх", "НД", "Nalaikh", 7, 0.7, 2), ("Багануур", "БНД", "Baganuur", 5, 0.3, 1),
]  # fmt: skip
#: Aimag centres: (aimag, centre, Latin centre, weight).
AIMAGS = [("Дархан-Уул", "Дархан", "Darkhan", 5), ("Орхон", "Эрдэнэт", "Erdenet", 5),
          ("Хөвсгөл", "Мөрөн", "Murun", 2), ("Увс", "Улаангом", "Ulaangom", 1),
          ("Дорнод", "Чойбалсан", "Choibalsan", 2), ("Өвөрхангай", "Арвайхээр", "Arvaikheer", 1),
          ("Сэлэнгэ", "Сүхбаатар", "Sukhbaatar", 1)]  # fmt: skip
MOBILE_PREFIX = {"99": 20, "88": 16, "95": 10, "94": 6, "91": 6, "96": 5, "80": 8, "85": 6,
                 "86": 6, "89": 5, "90": 3, "93": 4, "83": 3, "98": 2}  # fmt: skip
#: Korean towns of factories and their dormitories.
KR_TOWNS = ["경기도 안산시 단원구 원곡동", "경기도 화성시 향남읍", "경기도 시흥시 정왕동",
            "인천광역시 남동구 논현동", "경기도 김포시 대곶면", "충청남도 천안시 서북구 성거읍",
            "서울특별시 광진구 자양동", "경기도 포천시 가산면"]  # fmt: skip
RELATION = {"wife": "эхнэр", "husband": "нөхөр", "mother": "ээж", "father": "аав",
            "son": "хүү", "daughter": "охин", "elder_b": "ах", "elder_s": "эгч", "younger": "дүү"}  # fmt: skip

#: Cyrillic to Latin: each letter's spellings {latin: weight}; a record picks one per letter.
TRANSLIT = {
    "а": {"a": 1}, "б": {"b": 1}, "в": {"v": 9, "w": 1}, "г": {"g": 1}, "д": {"d": 1},
    "е": {"e": 6, "ye": 4}, "ё": {"yo": 7, "e": 3}, "ж": {"j": 8, "zh": 2}, "з": {"z": 9, "dz": 1},
    "и": {"i": 1}, "й": {"i": 7, "y": 3}, "к": {"k": 1}, "л": {"l": 1}, "м": {"m": 1}, "н": {"n": 1},
    "о": {"o": 1}, "ө": {"o": 45, "u": 35, "oe": 10, "ö": 10}, "п": {"p": 1}, "р": {"r": 1},
    "с": {"s": 1}, "т": {"t": 1}, "у": {"u": 1}, "ү": {"u": 70, "ue": 15, "ü": 15}, "ф": {"f": 1},
    "х": {"kh": 70, "h": 25, "x": 5}, "ц": {"ts": 80, "c": 20}, "ч": {"ch": 1}, "ш": {"sh": 1},
    "щ": {"sh": 1}, "ъ": {"": 1}, "ы": {"y": 6, "ii": 2, "i": 2}, "ь": {"i": 6, "": 4},
    "э": {"e": 1}, "ю": {"yu": 8, "iu": 2}, "я": {"ya": 7, "ia": 2, "ja": 1},
}  # fmt: skip
#: The passport's romanisation (the state standard MNS 5217:2012 as passports print it).
PASSPORT = {"ө": "u", "ү": "u", "х": "kh", "ц": "ts", "ж": "j", "й": "i", "ы": "y", "ь": "i",
            "е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "в": "v", "з": "z", "ъ": "", "щ": "sh"}  # fmt: skip
#: A Russian keyboard has no Ө and Ү.
RUSSIAN_KEYS = str.maketrans({"ө": "о", "ү": "у", "Ө": "О", "Ү": "У"})
LATIN_REG = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "J", "З": "Z",
             "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P",
             "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH",
             "Ш": "SH", "Э": "E", "Ю": "YU", "Я": "YA", "Ө": "O", "Ү": "U"}  # fmt: skip
#: Endings after which the genitive takes ``-гийн``: long vowels and diphthongs.
LONG_ENDINGS = ("аа", "ээ", "оо", "уу", "үү", "өө", "ий", "ай", "ой", "уй")
BACK = set("аоуяё")
FRONT = set("эөүе")


def genitive(name: str) -> str:
    """A given name in the genitive, the patronymic's form: Бат → Батын, Дорж → Доржийн,
    Бат-Эрдэнэ → Бат-Эрдэнийн, Цэцэгмаа → Цэцэгмаагийн, Тэмүүлэн → Тэмүүлэнгийн."""
    low = name.lower()
    vowels = [c for c in low if c in BACK or c in FRONT or c == "и"]
    back = bool(vowels) and vowels[-1] in BACK
    if low.endswith("н") or low[-2:] in LONG_ENDINGS:
        return name + "гийн"
    if low[-1] in "эаоөу":  # a short final vowel gives way
        name, low = name[:-1], low[:-1]
    if low[-1] in "жчшгьи":
        return name + "ийн"
    return name + ("ын" if back else "ийн")


def rrn_digit(body: str) -> str:
    """The check digit of a Korean resident (and alien) registration number's twelve digits:
    weights 2 to 9 then 2 to 5, eleven less the sum's remainder by eleven, mod ten."""
    total = sum(int(c) * w for c, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return str((11 - total % 11) % 10)


class Mongolia(Draws):
    SLIP_LETTERS = "аэиоунгрл"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.dorms = [
            f"{self.rnd.choice(KR_TOWNS)} {self.rnd.randint(100, 999)}-{self.rnd.randint(1, 30)} 기숙사"
            for _ in range(25)
        ]
        while len(self.persons) < self.n:
            self.household()

    def given(self, sex: str) -> str:
        return wpick(self.rnd, MALE if sex == "M" else FEMALE)

    def mobile(self) -> str:
        return self.unique(lambda: wpick(self.rnd, MOBILE_PREFIX) + self.digits(6))

    def home(self) -> dict:
        r = self.rnd
        if r.random() < 0.85:
            d = r.choices(DISTRICTS, [x[-1] for x in DISTRICTS])[0]
            ger = r.random() < d[4]
            return dict(city="УБ", district=d[0], abbr=d[1], lat=d[2], khoroo=r.randint(1, d[3]), ger=ger,
                        street=r.randint(1, 30) if ger else None, bair=None if ger else r.randint(1, 120),
                        toot=r.randint(1, 200), aimag=None)  # fmt: skip
        a = r.choices(AIMAGS, [x[-1] for x in AIMAGS])[0]
        ger = r.random() < 0.5
        return dict(city=a[1], district=None, abbr=None, lat=a[2], khoroo=r.randint(1, 12), ger=ger,
                    street=r.randint(1, 15) if ger else None, bair=None if ger else r.randint(1, 40),
                    toot=r.randint(1, 80), aimag=a[0])  # fmt: skip

    def registry(self, dob: dt.date, sex: str, first: str | None = None) -> str:
        r = self.rnd
        month = dob.month + (20 if dob.year >= 2000 else 0)
        sex_digit = r.choice("13579" if sex == "M" else "02468")
        letters = (first or wpick(r, REG_FIRST)) + r.choice(REG_SECOND)
        return self.unique(
            lambda: (
                f"{letters}{dob.year % 100:02d}{month:02d}{dob.day:02d}{sex_digit}{r.randrange(10)}"
            )
        )

    def household(self) -> None:
        r = self.rnd
        home = self.home()
        landline = (
            self.unique(lambda: r.choice(["70", "75", "77", "76"]) + self.digits(6))
            if r.random() < 0.3
            else None
        )
        clan = wpick(r, CLANS) if r.random() < 0.7 else None
        kind = wpick(r, {"single": 22, "couple": 18, "family": 50, "mother": 10})
        members = []
        head = wife = None
        if kind != "mother":
            head_sex = "M" if kind != "single" else wpick(r, {"M": 55, "F": 45})
            head = self.person(head_sex, self.dob(22, 80), home, landline, clan, self.given("M"))
            members.append(head)
        if kind in ("couple", "family", "mother"):
            wife = self.person("F", self.dob(20, 75), home, landline,
                               wpick(r, CLANS) if r.random() < 0.5 else None, self.given("M"))  # fmt: skip
            members.append(wife)
            if head:
                head["spouse"], wife["spouse"] = wife, head
        kids = []
        if kind in ("family", "mother"):
            parent = head or wife
            # the mother's name as the patronymic: a single mother's children, now and then others
            by_mother = kind == "mother" or r.random() < 0.04
            pname = wife["given"] if by_mother else head["given"]
            young = min(m["dob"] for m in members)
            for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                sex = r.choice("MF")
                span = (TODAY - young).days / 365.25
                dob = self.dob(max(0, span - 45), max(1, span - 18))
                kid = self.person(sex, dob, home, landline, parent["clan"], pname)
                kid["mother"], kid["father"] = wife, head
                kids.append(kid)
            members.extend(kids)
            if r.random() < 0.15 and head:  # the head's widowed mother lives with them
                gm = self.person("F", self.dob(65, 90), home, landline, None, self.given("M"))
                head["mother"] = gm
                members.append(gm)
        email = None
        if len(members) > 1 and r.random() < 0.25:
            base = self.latin(self.rnd.choice(members)["given"], passport=True).replace("-", "")
            email = f"{base}_{wpick(r, {'family': 50, 'ger': 20, 'home': 30})}{r.randint(1, 99)}@{wpick(r, {'gmail.com': 70, 'yahoo.com': 30})}"
        for m in members:
            m["household"] = members
            m["family_email"] = email
            m["kids"] = kids if m is head or m is wife else []
        self.persons.extend(members)

    def person(self, sex, dob, home, landline, clan, father_given) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        given = self.given(sex)
        p = dict(pid=self.pid, sex=sex, dob=dob, given=given, pat=father_given, clan=clan,
                 home=home, landline=landline, spouse=None, mother=None, father=None)  # fmt: skip
        p["reg"] = self.registry(dob, sex)
        p["mobiles"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.35 else [])
        p["korea"] = 21 <= age <= 50 and r.random() < 0.12
        if p["korea"]:
            p["kr_mobile"] = self.unique(lambda: "010" + self.digits(8))
            body = (f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
                    + ("5" if sex == "M" else "6") + self.digits(5))  # fmt: skip
            p["arc"] = body + rrn_digit(body) if r.random() < 0.9 else None
            p["passport"] = self.unique(lambda: "E" + self.digits(7))
            p["dorm"] = r.choice(self.dorms)
        p["email"] = None
        if age >= 14 and r.random() < 0.5:
            g = self.latin(given, passport=r.random() < 0.6).replace("-", "").replace(" ", "")
            f = self.latin(father_given, passport=True).replace("-", "")
            local = wpick(r, {f"{g}.{f}": 3, f"{g}{dob.year % 100:02d}": 3, f"{f[0]}.{g}": 2,
                              f"{g}_{r.randint(1, 999)}": 2})  # fmt: skip
            p["email"] = self.unique(
                lambda: local + wpick(r, {"": 6, str(r.randint(1, 99)): 4}) + "@"
                + wpick(r, {"gmail.com": 70, "yahoo.com": 18, "mail.ru": 6, "hotmail.com": 6})
            )  # fmt: skip
        p["move"] = self.home() if r.random() < 0.12 else None
        p["year_only"] = age > 60 and r.random() < 0.08
        return p

    # ------------------------------------------------------------ written forms
    def latin(self, cyr: str, passport: bool = False, choices: dict | None = None) -> str:
        """A Cyrillic name in Latin letters: the passport's spelling or a clerk's (one pick of
        each letter's spelling per record, ``choices``)."""
        r = self.rnd
        choices = {} if choices is None else choices
        out = []
        low = cyr.lower()
        i = 0
        while i < len(low):
            c = low[i]
            if low[i : i + 2] == "ий":
                out.append(
                    "ii"
                    if passport
                    else choices.setdefault("ий", wpick(r, {"ii": 6, "iy": 2, "i": 2}))
                )
                i += 2
                continue
            if c in TRANSLIT:
                if passport:
                    out.append(PASSPORT.get(c, next(iter(TRANSLIT[c]))))
                else:
                    out.append(choices.setdefault(c, wpick(r, TRANSLIT[c])))
            else:
                out.append(c)
            i += 1
        s = "".join(out)
        # capitalise each part of a compound name
        return "-".join(w[:1].upper() + w[1:] for w in s.split("-"))

    def casual(self, cyr: str) -> str:
        """A clerk's Latin: the letters' spellings, long vowels now and then shortened, an
        epenthetic vowel heard (Bold / Bolod), the compound's hyphen kept, dropped or a space."""
        r = self.rnd
        s = self.latin(cyr)
        if r.random() < 0.12:
            for a in ("aa", "ee", "oo", "uu"):
                s = s.replace(a, a[0], 1)
        if cyr == "Болд" and r.random() < 0.25:
            s = "Bolod"
        return self.compound(s)

    def compound(self, s: str) -> str:
        if "-" in s:
            a, b = s.split("-", 1)
            s = wpick(
                self.rnd,
                {f"{a}-{b}": 50, f"{a}{b.lower()}": 35, f"{a} {b}": 10, f"{a}-{b.lower()}": 5},
            )
        return s

    def cyr(self, name: str, russian: float = 0.0) -> str:
        s = self.compound(name)
        return s.translate(RUSSIAN_KEYS) if self.rnd.random() < russian else s

    def own_given(self, p: dict) -> str:
        """The given name a form holds: now and then a confused one."""
        g = p["given"]
        if g in CONFUSED and self.rnd.random() < 0.03:
            return CONFUSED[g]
        return g

    def patronymic(self, p: dict, how: dict) -> str:
        """The patronymic: ``gen`` (Батын), ``nom`` (Бат), ``init`` (Б.)."""
        kind = wpick(self.rnd, how)
        pat = p["pat"]
        if kind == "gen":
            return genitive(pat)
        if kind == "init":
            return pat[0] + "."
        return pat

    def lat_patronymic(self, p: dict, how: dict, passport: bool = False) -> str:
        kind = wpick(self.rnd, how)
        pat = p["pat"]
        if kind == "gen":
            return self.latin(genitive(pat), passport)
        if kind == "init":
            return self.latin(pat, passport)[0] + "."
        return self.casual(pat) if not passport else self.latin(pat, True)

    def phone(self, num: str | None, style: str | None = None) -> str | None:
        if not num:
            return None
        style = style or wpick(
            self.rnd, {"plain": 50, "dash": 15, "space": 8, "plus": 12, "cc": 8, "ccdash": 7}
        )
        return {"plain": num, "dash": f"{num[:4]}-{num[4:]}", "space": f"{num[:4]} {num[4:]}",
                "plus": f"+976 {num[:4]} {num[4:]}", "cc": "976" + num, "ccdash": f"976-{num}",
                "plusplain": "+976" + num}[style]  # fmt: skip

    def kr_phone(self, num: str) -> str:
        return wpick(self.rnd, {f"{num[:3]}-{num[3:7]}-{num[7:]}": 60, num: 20,
                                f"+82 {num[1:3]}-{num[3:7]}-{num[7:]}": 10, f"+82{num[1:]}": 10})  # fmt: skip

    def reg(self, p: dict, script: str = "cyr", slip: float = 0.02) -> str:
        r = self.rnd
        reg = p["reg"]
        if r.random() < slip:
            i = r.randrange(2, 10)
            reg = reg[:i] + str(r.randrange(10)) + reg[i + 1 :]
        if script == "lat":
            return "".join(LATIN_REG.get(c, c) for c in reg[:2]) + reg[2:]
        if script == "digits":
            return reg[2:]
        if script == "lower":
            return reg.lower()
        if script == "space":
            return f"{reg[:2]} {reg[2:]}"
        return reg

    def date(self, p: dict, fmt: str) -> str:
        r = self.rnd
        d = p["dob"]
        if p["year_only"]:
            d = dt.date(d.year, 1, 1)
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
        return {"dot": d.strftime("%Y.%m.%d"), "short": d.strftime("%y.%m.%d"), "slash": d.strftime("%Y/%m/%d"),
                "iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "compact": d.strftime("%Y%m%d"),
                "korean": f"{d.year}년 {d.month}월 {d.day}일"}[fmt]  # fmt: skip

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def address(self, h: dict, latin: bool = False) -> str:
        """An address as Mongolians write it: the district (or its abbreviation), the khoroo, a
        building and flat (``байр``, ``тоот``) or a ger district's street and fence."""
        r = self.rnd
        if latin:
            parts = [
                wpick(r, {"UB": 50, "Ulaanbaatar": 30, "Ulanbator": 5, "": 15})
                if h["aimag"] is None
                else h["lat"]
            ]
            if h["district"]:
                parts.append(wpick(r, {h["lat"]: 40, h["lat"] + " district": 20,
                                       "".join(LATIN_REG.get(c, c) for c in h["abbr"]): 40}))  # fmt: skip
            parts.append(
                wpick(
                    r,
                    {
                        f"{h['khoroo']}-r khoroo": 50,
                        f"{h['khoroo']} khoroo": 30,
                        f"khoroo {h['khoroo']}": 20,
                    },
                )
            )
            if h["ger"]:
                parts.append(
                    wpick(
                        r,
                        {
                            f"{h['street']}-r gudamj {h['toot']} toot": 60,
                            f"{h['street']} gudamj, {h['toot']}": 40,
                        },
                    )
                )
            else:
                parts.append(wpick(r, {f"{h['bair']}-r bair {h['toot']} toot": 60, f"building {h['bair']}, apt {h['toot']}": 25,
                                       f"{h['bair']}-{h['toot']}": 15}))  # fmt: skip
            return ", ".join(x for x in parts if x)
        parts = []
        if h["aimag"]:
            parts.append(wpick(r, {f"{h['aimag']} аймаг, {h['city']}": 50, h["city"]: 50}))
            parts.append(f"{h['khoroo']}-р баг" if r.random() < 0.6 else f"{h['khoroo']}-р хороо")
        else:
            city = wpick(r, {"УБ": 40, "Улаанбаатар": 25, "": 35})
            district = wpick(r, {f"{h['district']} дүүрэг": 50, h["abbr"]: 45, h["district"]: 5})
            parts += [city, district, wpick(r, {f"{h['khoroo']}-р хороо": 75, f"{h['khoroo']} хороо": 20,
                                                f"{h['khoroo']}-р хор": 5})]  # fmt: skip
        if h["ger"]:
            parts.append(
                wpick(
                    r,
                    {
                        f"{h['street']}-р гудамж": 60,
                        f"{h['street']} гудамж": 25,
                        f"гудамж {h['street']}": 15,
                    },
                )
            )
            parts.append(wpick(r, {f"{h['toot']} тоот": 70, f"{h['toot']}-р хашаа": 30}))
        else:
            parts.append(wpick(r, {f"{h['bair']}-р байр": 70, f"{h['bair']} байр": 30}))
            parts.append(wpick(r, {f"{h['toot']} тоот": 80, f"{h['toot']}тоот": 20}))
        sep = wpick(r, {", ": 70, " ": 30})
        return sep.join(x for x in parts if x)

    def relative(self, p: dict) -> dict | None:
        r = self.rnd
        if p["spouse"] and r.random() < 0.6:
            return p["spouse"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def relation(self, p: dict, q: dict) -> str:
        if q is p["spouse"]:
            return RELATION["wife" if q["sex"] == "F" else "husband"]
        if q is p["mother"]:
            return RELATION["mother"]
        if q is p["father"]:
            return RELATION["father"]
        if q in p["kids"]:
            return RELATION["son" if q["sex"] == "M" else "daughter"]
        if q["dob"] < p["dob"]:
            return RELATION["elder_b" if q["sex"] == "M" else "elder_s"]
        return RELATION["younger"]

    def someone(self, q: dict, latin: bool = False) -> str:
        """Another person's name as a contact column holds it: ``Б.Болд``, ``Болд``, ``Батын Болд``."""
        r = self.rnd
        if latin:
            g = self.casual(q["given"])
            return wpick(
                r,
                {
                    g: 40,
                    f"{self.latin(q['pat'])[0]}.{g}": 30,
                    f"{self.latin(q['pat'], True)} {g}".upper(): 30,
                },
            )
        g = self.cyr(q["given"])
        return wpick(r, {g: 35, f"{q['pat'][0]}.{g}": 40, f"{genitive(q['pat'])} {g}": 25})

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        k = self.relative(p)
        sex = {"M": "Эр", "F": "Эм"}[p["sex"]]
        self.add("KHAS_BANK", p, {
            "Харилцагчийн код": self.unique(lambda: "1" + self.digits(9)),
            "Ургийн овог": p["clan"] if p["clan"] and r.random() < 0.3 else None,
            "Овог": self.typo(self.patronymic(p, {"gen": 75, "nom": 10, "init": 15}), 0.02),
            "Нэр": self.typo(self.cyr(self.own_given(p)), 0.03),
            "Регистрийн дугаар": self.reg(p, wpick(r, {"cyr": 90, "lower": 4, "space": 6})) if r.random() < 0.97 else None,
            "Төрсөн огноо": self.date(p, "dot") if r.random() < 0.95 else None,
            "Хүйс": sex if r.random() < 0.9 else None,
            "Гар утас": self.phone(r.choice(p["mobiles"])) if r.random() < 0.92 else None,
            "Гэрийн утас": self.phone(p["landline"], wpick(r, {"plain": 50, "dash": 40, "plus": 10})) if r.random() < 0.8 else None,
            "Хаяг": self.address(self.where(p, 0.4)) if r.random() < 0.9 else None,
            "И-мэйл": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.7 else None,
            "Яаралтай үед холбоо барих": self.someone(k) if k and r.random() < 0.7 else None,
            "Холбоо барих утас": self.phone(k["mobiles"][0]) if k and r.random() < 0.6 else None,
            "Хэн болох": self.relation(p, k) if k and r.random() < 0.5 else None,
        })  # fmt: skip

    def telco(self, p: dict, number: str, holder: dict) -> None:
        """A SIM registration of ``p``'s number under ``holder``'s name and registry number (a
        parent's for a child's SIM, now and then): the record is the holder's."""
        r = self.rnd
        q = holder
        choices: dict = {}
        given = (
            self.casual(self.own_given(q))
            if r.random() < 0.85
            else self.latin(q["given"], choices=choices)
        )
        pat = self.lat_patronymic(q, {"gen": 40, "nom": 35, "init": 25})
        if r.random() < 0.4:
            given, pat = given.upper(), pat.upper()
        other = None
        if r.random() < 0.35:
            rel = self.relative(q)
            other = (
                q["mobiles"][1]
                if len(q["mobiles"]) > 1 and r.random() < 0.5
                else (rel["mobiles"][0] if rel else None)
            )
        self.add("MOBI_SIM", q, {
            "Dugaar": self.phone(number, wpick(r, {"plain": 70, "cc": 30})),
            "Ovog": self.typo(pat, 0.03),
            "Ner": self.typo(given, 0.04),
            "RD": self.reg(q, wpick(r, {"lat": 55, "cyr": 30, "digits": 10, "lower": 5})) if r.random() < 0.9 else None,
            "Tursun_ognoo": self.date(q, wpick(r, {"dmy": 50, "iso": 50})) if r.random() < 0.6 else None,
            "Hayag": self.address(self.where(q, 0.5), latin=r.random() < 0.7) if r.random() < 0.5 else None,
            "Nemelt_dugaar": self.phone(other) if other else None,
        })  # fmt: skip

    def insurer(self, p: dict) -> None:
        r = self.rnd
        g = self.cyr(self.own_given(p))
        pat = p["pat"]
        name = wpick(r, {f"{pat[0]}.{g}": 45, f"{pat[0]}. {g}": 10, f"{genitive(pat)} {g}": 25,
                         f"{g.upper()} {genitive(pat)}": 5, f"{g} {pat[0]}.": 10, g: 5})  # fmt: skip
        phones = [self.phone(m, "plain") for m in p["mobiles"]]
        phone = ", ".join(phones) if len(phones) > 1 and r.random() < 0.5 else phones[0]
        if p["landline"] and r.random() < 0.2:
            phone = f"{phone}, {p['landline']}"
        ben = p["spouse"] or (r.choice(p["kids"]) if p["kids"] else None) or self.relative(p)
        self.add("MANDAL_DAATGAL", p, {
            "Даатгуулагчийн дугаар": self.unique(lambda: "DG" + self.digits(8)),
            "Овог нэр": self.typo(name, 0.03),
            "РД": self.reg(p, wpick(r, {"cyr": 90, "space": 5, "lower": 5})) if r.random() < 0.95 else None,
            "Төрсөн он сар өдөр": self.date(p, wpick(r, {"short": 50, "slash": 25, "dot": 25})) if r.random() < 0.85 else None,
            "Утасны дугаар": phone if r.random() < 0.9 else None,
            "Гэрийн хаяг": self.address(self.where(p, 0.3)) if r.random() < 0.8 else None,
            "Ашиг хүртэгч": self.someone(ben) if ben and r.random() < 0.75 else None,
            "Ашиг хүртэгчийн утас": self.phone(ben["mobiles"][0], "plain") if ben and r.random() < 0.5 else None,
        })  # fmt: skip

    def ecommerce(self, p: dict) -> None:
        r = self.rnd
        if r.random() < 0.55:  # typed in Latin
            first = self.casual(self.own_given(p))
            last = self.lat_patronymic(p, {"gen": 30, "nom": 50, "init": 20})
            if r.random() < 0.15:
                first = first.lower()
        else:
            first = self.cyr(self.own_given(p), russian=0.25)
            last = self.patronymic(p, {"gen": 40, "nom": 40, "init": 20}).translate(
                RUSSIAN_KEYS if r.random() < 0.25 else {}
            )
        if r.random() < 0.2:
            first, last = last, first
        rd = None
        if r.random() < 0.35:
            others = [
                m for m in p["household"] if m is not p and (TODAY - m["dob"]).days > 18 * 365
            ]
            rd_of = r.choice(others) if others and r.random() < 0.15 else p
            rd = self.reg(rd_of, wpick(r, {"cyr": 60, "lat": 30, "lower": 10}))
        gift = self.relative(p) if r.random() < 0.15 else None
        latin = r.random() < 0.4
        self.add("SHOPPY", p, {
            "customer_id": self.unique(lambda: "C" + self.digits(7)),
            "first_name": self.typo(first, 0.04),
            "last_name": self.typo(last, 0.03),
            "phone": self.phone(r.choice(p["mobiles"]), wpick(r, {"plain": 70, "plusplain": 20, "space": 10})) if r.random() < 0.95 else None,
            "email": (p["family_email"] if p["family_email"] and r.random() < 0.3 else p["email"]) if r.random() < 0.85 else None,
            "birthday": self.date(p, "iso") if r.random() < 0.5 else None,
            "gender": wpick(r, {p["sex"]: 40, {"M": "male", "F": "female"}[p["sex"]]: 60}) if r.random() < 0.6 else None,
            "ebarimt_rd": rd,
            "delivery_address": self.address(self.where(p, 0.2), latin=latin) if r.random() < 0.9 else None,
            "receiver_name": self.someone(gift, latin=latin) if gift else None,
            "receiver_phone": self.phone(gift["mobiles"][0], "plain") if gift and r.random() < 0.8 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        given = self.latin(p["given"], passport=True).upper()
        pat = self.latin(p["pat"], passport=True).upper()
        if "-" in given and r.random() < 0.5:
            given = given.replace("-", "")
        name = wpick(r, {f"{pat} {given}": 75, f"{given} {pat}": 20, given: 5})
        receiver = self.relative(p)
        home_no = receiver["mobiles"][0] if receiver and r.random() < 0.5 else p["mobiles"][0]
        self.add("KR_REMIT", p, {
            "고객번호": self.unique(lambda: "KR" + self.digits(6)),
            "성명": self.typo(name, 0.02),
            "외국인등록번호": (f"{p['arc'][:6]}-{p['arc'][6:]}" if r.random() < 0.7 else p["arc"]) if p["arc"] and r.random() < 0.9 else None,
            "여권번호": p["passport"] if r.random() < 0.7 else None,
            "생년월일": self.date(p, wpick(r, {"dot": 40, "compact": 30, "korean": 30})) if r.random() < 0.9 else None,
            "휴대폰": self.kr_phone(p["kr_mobile"]) if r.random() < 0.95 else None,
            "본국연락처": self.phone(home_no, wpick(r, {"plus": 50, "cc": 30, "plain": 20})) if r.random() < 0.6 else None,
            "주소": p["dorm"] if r.random() < 0.7 else None,
            "수취인": self.someone(receiver, latin=True).upper() if receiver and r.random() < 0.85 else None,
            "수취인 연락처": self.phone(receiver["mobiles"][0], "plus") if receiver and r.random() < 0.6 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if age >= 18 and r.random() < 0.6:
                self.bank(p)
                if r.random() < 0.05:
                    self.bank(p)
            if age >= 12 and r.random() < 0.75:
                # a child's SIM, or an old parent's, registered in another member's name
                parents = [m for m in (p["mother"], p["father"]) if m]
                holder = r.choice(parents) if parents and age < 18 and r.random() < 0.5 else p
                self.telco(p, p["mobiles"][0], holder)
                if len(p["mobiles"]) > 1 and r.random() < 0.4:
                    self.telco(p, p["mobiles"][1], p)
            if age >= 18 and r.random() < 0.35:
                self.insurer(p)
            if 14 <= age <= 65 and r.random() < 0.55:
                self.ecommerce(p)
                if r.random() < 0.1:
                    self.ecommerce(p)
            if p["korea"]:
                for _ in range(r.choice([1, 1, 2, 3])):
                    self.remit(p)
            if len(self.rows) == n0 and age >= 12:
                self.telco(p, p["mobiles"][0], p)
        return self.shuffled("row_id", "MN")


def mongolia(persons: int = 4400, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Mongolia.frame(persons, seed, "row_id")
