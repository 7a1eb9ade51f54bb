"""A Central Asian fintech group's customers (Kazakhstan, Uzbekistan, Russia): a Kazakh bank, an
Uzbek mobile operator, a Russian marketplace, a remittance service between them and a loyalty
app, stacked in one file (a ``system`` column; a column of the same name in two systems is one).

* Bank (``KZBANK``), Kazakh column names: ``Клиент №``, ``Тегі``, ``Аты``, ``Әкесінің аты`` (the
  patronymic: Russian-style ``Ерланович`` or Kazakh ``Ерланұлы`` / ``Ерланқызы``), ``ЖСН`` (the IIN:
  ``YYMMDD``, a century-and-sex digit, four serial digits and a check digit of two passes of
  weights), ``Туған күні`` (``DD.MM.YYYY``), ``Ұялы телефон`` (``+7 701 234 56 78``,
  ``8 (701) 234-56-78``, ``87012345678``), ``Үй телефоны`` (the household's landline),
  ``Мекенжай`` (``г. Алматы, ул. Абая, д. 10, кв. 5`` or ``Алматы қ., Абай к-сі, 10 үй, 5 пәтер``),
  ``Электрондық пошта``. Rows migrated from an older system write Kazakh letters as plain
  Russian ones (Нурсултан for Нұрсұлтан) and upper-case whole names.
* Mobile operator (``UZMOBILE``), Uzbek Latin column names: ``Abonent ID``, ``Familiya``, ``Ism``,
  ``Otasining ismi`` (``Rustam o'g'li``, ``Rustamovich``), ``JShShIR`` (the PINFL: a
  century-and-sex digit, ``DDMMYY``, a district, a serial and a check digit of weights 7, 3, 1),
  ``Tug'ilgan sana``, ``Telefon raqami`` (``+998 90 123 45 67``, ``90 123 45 67``,
  ``998901234567``), ``Ishonchli shaxs telefoni`` (a trusted relative's number: someone else's),
  ``Manzil`` (``Toshkent sh., Chilonzor tumani, 5-kvartal, 12-uy, 34-xonadon``). The ʻ of oʻ and gʻ
  typed as ʻ, ', `, ‘ or left out; names of Russian speakers in the operator's Latin.
* Marketplace (``MARKET``), Russian column names: ``ID покупателя``, ``ФИО`` (family name first,
  now and then with initials), ``Телефон`` (+7 9xx: migrants' Russian numbers), ``E-mail``,
  ``Дата рождения``, ``Адрес доставки`` (migrant workers' hostels shared by dozens), ``ИНН``
  (12 digits with two check digits), ``Получатель`` (who receives the parcel: often someone else).
* Remittance service (``REMIT``), English column names: ``customer_id``, ``first_name``,
  ``last_name`` in the Latin letters of the passport (ICAO: IULIIA, AIGUL, OTKIR) or as people type
  them (Yulia, Julia, Aigul, Utkir), ``date_of_birth`` (``YYYY-MM-DD``), ``phone``,
  ``document_no`` (an IIN, a PINFL or a passport number), ``recipient_name`` and
  ``recipient_phone`` (the family back home: someone else's).
* Loyalty app (``LOYALTY``), Russian column names typed by users: ``Фамилия``, ``Имя``
  (diminutives: Саша, Женя), ``Отчество``, ``Телефон``, ``Email``, ``Дата рождения``
  (``YYYY-MM-DD``), ``СНИЛС`` (``123-456-789 01``), ``Город``, ``Пол``; Ё written as Е, Kazakh
  letters as Russian ones, Uzbeks in Latin or Cyrillic.

What makes it hard: one name in Kazakh Cyrillic, Russian Cyrillic, Uzbek Latin, Uzbek Cyrillic and
two kinds of passport Latin; Kazakhstan and Russia share the country code 7 (+7 7xx and +7 9xx),
a trunk 8 before both; feminine surnames (Ахметов / Ахметова, Ковалевский / Ковалевская, Karimov /
Karimova) in one household; Korean and Ukrainian surnames that do not change (Ким, Шевченко);
patronymics in three grammars; migrant workers with a home and a Russian number and address;
households sharing a landline, an e-mail and an address; remittance recipients and parcel
receivers who are other customers; typos and missing values.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
# Kazakh names in Kazakh Cyrillic (the Russian-letter and Latin forms are derived), weight.
KZ_MALE = [
    ("Нұрсұлтан", 8), ("Ерлан", 12), ("Асқар", 10), ("Дәурен", 8), ("Бауыржан", 10), ("Нұрлан", 12),
    ("Серік", 10), ("Ержан", 10), ("Қайрат", 10), ("Әнуар", 5), ("Арман", 10), ("Ғалым", 5),
    ("Мұрат", 10), ("Айдос", 6), ("Досжан", 5), ("Жандос", 6), ("Талғат", 6), ("Ақжол", 3),
]  # fmt: skip
KZ_FEMALE = [
    ("Айгүл", 12), ("Гүлнара", 10), ("Ақмарал", 5), ("Динара", 10), ("Әсем", 8), ("Жанар", 8),
    ("Айжан", 10), ("Мәдина", 8), ("Салтанат", 8), ("Әйгерім", 8), ("Гүлжан", 6), ("Ләззат", 4),
    ("Аружан", 6), ("Жұлдыз", 6),
]  # fmt: skip
#: Kazakh surnames (masculine, -ов/-ев/-ин take -а for women).
KZ_SURNAMES = [
    ("Ахметов", 12), ("Нұрланов", 6), ("Жұмабаев", 8), ("Қасымов", 8), ("Оспанов", 10), ("Әбенов", 4),
    ("Серікбаев", 6), ("Тоқтаров", 5), ("Ержанов", 5), ("Смағұлов", 5), ("Байжанов", 5),
    ("Сүлейменов", 8), ("Омаров", 8), ("Мұқанов", 5), ("Исабеков", 4), ("Жақсылықов", 3),
]  # fmt: skip
RU_MALE = [
    ("Александр", 14), ("Сергей", 12), ("Дмитрий", 10), ("Андрей", 10), ("Алексей", 10), ("Евгений", 6),
    ("Владимир", 8), ("Михаил", 6), ("Юрий", 5), ("Николай", 6), ("Виктор", 5), ("Артём", 6),
    ("Фёдор", 3), ("Игорь", 5), ("Максим", 7),
]  # fmt: skip
RU_FEMALE = [
    ("Елена", 12), ("Ольга", 10), ("Наталья", 10), ("Юлия", 8), ("Татьяна", 10), ("Ирина", 8),
    ("Анна", 10), ("Екатерина", 8), ("Светлана", 7), ("Алёна", 4), ("Ксения", 5), ("Мария", 8),
]  # fmt: skip
RU_SURNAMES = [
    ("Иванов", 12), ("Смирнов", 10), ("Кузнецов", 8), ("Попов", 8), ("Соколов", 6), ("Лебедев", 5),
    ("Козлов", 5), ("Новиков", 5), ("Морозов", 5), ("Волков", 5), ("Ковалевский", 3), ("Никитин", 4),
    ("Ким", 8), ("Шевченко", 5), ("Петров", 7), ("Фёдоров", 4), ("Пак", 3), ("Бондаренко", 3),
]  # fmt: skip
#: Russian diminutives a loyalty app's users type.
DIMINUTIVE = {"Александр": "Саша", "Евгений": "Женя", "Дмитрий": "Дима", "Алексей": "Лёша",
              "Екатерина": "Катя", "Наталья": "Наташа", "Юлия": "Юля", "Мария": "Маша",
              "Татьяна": "Таня", "Светлана": "Света", "Михаил": "Миша"}  # fmt: skip
# Uzbek names in Uzbek Latin (ʻ = U+02BB), weight.
UZ_MALE = [
    ("Rustam", 10), ("Oʻtkir", 6), ("Gʻayrat", 5), ("Bahodir", 8), ("Shavkat", 8), ("Jamshid", 10),
    ("Sardor", 10), ("Sherzod", 10), ("Doniyor", 8), ("Ulugʻbek", 8), ("Otabek", 10), ("Jahongir", 8),
    ("Farrux", 6), ("Akmal", 6), ("Dilshod", 8), ("Abdulla", 5), ("Xurshid", 6), ("Alisher", 8),
]  # fmt: skip
UZ_FEMALE = [
    ("Dilnoza", 10), ("Gulnora", 8), ("Nodira", 8), ("Shahnoza", 8), ("Madina", 8), ("Zarina", 8),
    ("Feruza", 8), ("Mohira", 6), ("Oʻgiloy", 4), ("Gulchehra", 5), ("Nilufar", 8), ("Sevara", 8),
    ("Dildora", 6), ("Xurshida", 4),
]  # fmt: skip
UZ_SURNAMES = [
    ("Karimov", 12), ("Yusupov", 10), ("Toʻxtayev", 6), ("Rahimov", 8), ("Xoʻjayev", 6), ("Aliyev", 10),
    ("Abdullayev", 10), ("Ergashev", 8), ("Qodirov", 8), ("Gʻulomov", 5), ("Nazarov", 8), ("Saidov", 6),
    ("Usmonov", 6), ("Oʻrinboyev", 4), ("Mirzayev", 6), ("Tursunov", 6),
]  # fmt: skip

# ---------------------------------------------------------------- letters
KK_TO_RU = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")
#: Russian (and Kazakh) Cyrillic in ICAO Doc 9303 Latin, as Russian and Kazakh passports print it.
ICAO = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ә": "a",
        "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}  # fmt: skip
#: How people type Cyrillic in Latin letters: each letter's spellings.
TYPED = {"й": ("y", "i", "j"), "х": ("kh", "h", "x"), "ю": ("yu", "iu", "ju"), "я": ("ya", "ia", "ja"),
         "ё": ("yo", "e"), "ж": ("zh", "j"), "ц": ("ts", "c"), "щ": ("sch", "shch"), "ә": ("a", "ae"),
         "қ": ("k", "q"), "ң": ("n", "ng"), "ө": ("o", "oe"), "ү": ("u", "ue"), "ы": ("y", "i"),
         "ғ": ("g", "gh")}  # fmt: skip
#: An Uzbek clerk's Latin for a Russian or Kazakh name.
UZ_LATIN = {"х": "x", "ж": "j", "ц": "s", "й": "y", "ю": "yu", "я": "ya", "ё": "yo", "щ": "sh",
            "ы": "i", "қ": "q", "ғ": "gʻ", "ң": "ng", "ө": "oʻ", "ь": "", "ъ": ""}  # fmt: skip
UZ_CYR = [("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"),
          ("ye", "е"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
          ("h", "ҳ"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
          ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
          ("v", "в"), ("x", "х"), ("y", "й"), ("z", "з")]  # fmt: skip
UZ_CYR_TO_RU = str.maketrans("ЎўҒғҚқҲҳ", "УуГгКкХх")
APOSTROPHES = {"ʻ": 35, "'": 35, "`": 10, "‘": 8, "’": 4, "": 8}


def icao(s: str) -> str:
    """A Cyrillic name in its passport's Latin letters (ICAO), e.g. Юлия -> Iuliia."""
    return "".join(_case(ch, ICAO.get(ch.lower(), ch)) for ch in s)


def _case(ch: str, out: str) -> str:
    return out.capitalize() if ch.isupper() else out


def uz_cyrillic(s: str) -> str:
    """Uzbek Latin in Uzbek Cyrillic (Oʻtkir -> Ўткир; e at a word's start is э)."""
    out, i, low = [], 0, s.lower()
    while i < len(s):
        for lat, cyr in UZ_CYR:
            if low.startswith(lat, i):
                if lat == "e" and (i == 0 or not low[i - 1].isalpha()):
                    cyr = "э"
                out.append(cyr.upper() if s[i].isupper() else cyr)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def uz_russian(s: str) -> str:
    """An Uzbek name as Russian forms write it (Oʻtkir -> Уткир, Jamshid -> Джамшид)."""
    text = uz_cyrillic(s).translate(UZ_CYR_TO_RU)
    return text.replace("Ж", "Дж").replace("ж", "ж")


# ---------------------------------------------------------------- check digits
def iin_check(eleven: str) -> int | None:
    """The Kazakh IIN's check digit (weights 1..11, then 3..11,1,2 when the first gives 10);
    None when the second pass gives 10 too (such a serial is not issued)."""
    d = [int(c) for c in eleven]
    for w in (range(1, 12), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        c = sum(a * b for a, b in zip(d, w, strict=True)) % 11
        if c != 10:
            return c
    return None


def inn_checks(ten: str) -> str:
    """The two check digits of a Russian person's 12-digit INN."""
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(c) for c in ten]
    c1 = sum(a * b for a, b in zip(d, w1, strict=True)) % 11 % 10
    d.append(c1)
    c2 = sum(a * b for a, b in zip(d, w2, strict=True)) % 11 % 10
    return f"{c1}{c2}"


def snils_check(nine: str) -> str:
    """The SNILS checksum: digits weighted 9..1, mod 101, 100 as 00."""
    s = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    s = s % 101 if s > 101 else s
    return f"{0 if s == 100 else s:02d}"


def pinfl_check(thirteen: str) -> str:
    """The Uzbek PINFL's check digit (weights 7, 3, 1 repeated, mod 10)."""
    return str(sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(thirteen)) % 10)


# ---------------------------------------------------------------- places
# (Kazakh, Russian, Latin, area code, weight)
KZ_CITIES = [("Алматы", "Алматы", "Almaty", "727", 30), ("Астана", "Астана", "Astana", "7172", 20),
             ("Шымкент", "Шымкент", "Shymkent", "7252", 12), ("Қарағанды", "Караганда", "Karaganda", "7212", 8)]  # fmt: skip
# (Kazakh street, Russian street in the genitive)
KZ_STREETS = [("Абай", "Абая"), ("Төле би", "Толе би"), ("Сейфуллин", "Сейфуллина"), ("Жібек жолы", "Жибек жолы"),
              ("Достық", "Достык"), ("Сәтпаев", "Сатпаева"), ("Гагарин", "Гагарина"), ("Назарбаев", "Назарбаева")]  # fmt: skip
# (Uzbek Latin, Russian, area code, districts (Uzbek, Russian adjective), weight)
UZ_CITIES = [
    ("Toshkent", "Ташкент", "71", [("Chilonzor", "Чиланзарский"), ("Yunusobod", "Юнусабадский"),
                                   ("Mirzo Ulugʻbek", "Мирзо-Улугбекский"), ("Sergeli", "Сергелийский")], 30),
    ("Samarqand", "Самарканд", "66", [("Siyob", "Сиабский")], 12),
    ("Andijon", "Андижан", "74", [("Asaka", "Асакинский")], 10),
    ("Namangan", "Наманган", "69", [("Chortoq", "Чартакский")], 8),
]  # fmt: skip
RU_CITIES = [("Москва", "Moscow", "495", 30), ("Санкт-Петербург", "Saint Petersburg", "812", 15),
             ("Новосибирск", "Novosibirsk", "383", 8), ("Екатеринбург", "Yekaterinburg", "343", 8)]  # fmt: skip
RU_STREETS = ["Ленина", "Мира", "Садовая", "Гагарина", "Пушкина", "Советская", "Лесная", "Новая"]
#: Migrant workers' hostels: one address for dozens of people.
HOSTELS = ["г. Москва, ул. Складочная, д. 1, стр. 2", "г. Москва, Варшавское ш., д. 170, корп. 3",
           "г. Санкт-Петербург, пр. Обуховской Обороны, д. 120, общ.", "Москва, ул. Поречная, 5"]  # fmt: skip
KZ_MOBILE = ["701", "702", "705", "707", "747", "775", "778", "700"]
RU_MOBILE = ["903", "905", "909", "915", "916", "925", "926", "977", "985", "999"]
UZ_MOBILE = ["90", "91", "93", "94", "97", "99", "88", "33"]


class Steppe(Draws):
    SLIP_LETTERS = "аеиоунлрс"

    def typo(self, s: str | None, p: float = 1.0) -> str | None:
        """A slip to a letter of the word's own script."""
        self.SLIP_LETTERS = "аеиоунлрс" if s and re.search("[а-яё]", s, re.I) else "aeiounlrs"
        return super().typo(s, p)

    def pick(self, table: list) -> str:
        return self.rnd.choices([e[0] for e in table], [e[-1] for e in table])[0]

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        self.hostel_of: dict[int, str] = {}
        while len(self.persons) < self.n:
            group = wpick(r, {"KZ": 32, "RK": 10, "UZ": 32, "RU": 22, "RUZ": 4})
            country = {"KZ": "KZ", "RK": "KZ", "UZ": "UZ", "RU": "RU", "RUZ": "UZ"}[group]
            males, _, surnames = self.tables(group)
            home = self.home(country)
            landline = self.landline(country, home) if r.random() < 0.45 else None
            sn = self.pick(surnames)
            kind = wpick(r, {"single": 30, "couple": 20, "family": 50})
            grandfather = self.pick(males)
            head_sex = "M" if kind != "single" else r.choice("MF")
            head = self.person(
                group, country, sn, head_sex, self.dob(30, 75), grandfather, home, landline, None
            )
            members = [head]
            email = None
            if kind != "single":
                wife_sn = sn if r.random() < 0.85 else self.pick(surnames)  # most take his name
                wife = self.person(group, country, wife_sn, "F", self.dob(26, 72), self.pick(males), home,
                                   landline, None)  # fmt: skip
                wife["maiden"] = self.pick(surnames)
                members.append(wife)
                if r.random() < 0.35:
                    email = (
                        f"{self.latin_typed(self.ru(sn)).lower()}.family{r.randint(1, 99)}@mail.ru"
                    )
            if kind == "family":
                for _ in range(r.choice([1, 2, 2, 3])):
                    sex = r.choice("MF")
                    given = grandfather if sex == "M" and r.random() < 0.15 else None
                    kid = self.person(
                        group, country, sn, sex, self.dob(17, 32), head["gn"], home, landline, given
                    )
                    members.append(kid)
            for m in members:
                m["household"] = members
                m["family_email"] = email
            self.persons.extend(members)

    def tables(self, group: str) -> tuple[list, list, list]:
        return {"KZ": (KZ_MALE, KZ_FEMALE, KZ_SURNAMES), "RK": (RU_MALE, RU_FEMALE, RU_SURNAMES),
                "UZ": (UZ_MALE, UZ_FEMALE, UZ_SURNAMES), "RU": (RU_MALE, RU_FEMALE, RU_SURNAMES),
                "RUZ": (RU_MALE, RU_FEMALE, RU_SURNAMES)}[group]  # fmt: skip

    def home(self, country: str) -> dict:
        r = self.rnd
        if country == "KZ":
            city = r.choices(KZ_CITIES, [c[-1] for c in KZ_CITIES])[0]
            return dict(country="KZ", city=city, street=r.choice(KZ_STREETS), no=r.randint(1, 200),
                        apt=r.randint(1, 120) if r.random() < 0.7 else None,
                        mkr=f"Самал-{r.randint(1, 3)}" if r.random() < 0.15 else None)  # fmt: skip
        if country == "UZ":
            city = r.choices(UZ_CITIES, [c[-1] for c in UZ_CITIES])[0]
            return dict(country="UZ", city=city, district=r.choice(city[3]), kvartal=r.randint(1, 30),
                        no=r.randint(1, 60), apt=r.randint(1, 80) if r.random() < 0.6 else None)  # fmt: skip
        city = r.choices(RU_CITIES, [c[-1] for c in RU_CITIES])[0]
        return dict(country="RU", city=city, street=r.choice(RU_STREETS), no=r.randint(1, 150),
                    apt=r.randint(1, 300) if r.random() < 0.85 else None)  # fmt: skip

    def landline(self, country: str, home: dict) -> str:
        if country == "KZ":
            code = home["city"][3]
            return self.unique(lambda: "7" + code + "2" + self.digits(9 - len(code)))
        if country == "UZ":
            return self.unique(lambda: "998" + home["city"][2] + "2" + self.digits(6))
        return self.unique(lambda: "7" + home["city"][2] + self.digits(7))

    def mobile(self, country: str) -> str:
        r = self.rnd
        if country == "KZ":
            return self.unique(lambda: "7" + r.choice(KZ_MOBILE) + self.digits(7))
        if country == "UZ":
            return self.unique(lambda: "998" + r.choice(UZ_MOBILE) + self.digits(7))
        return self.unique(lambda: "7" + r.choice(RU_MOBILE) + self.digits(7))

    def person(self, group, country, sn, sex, dob, father, home, landline, given) -> dict:
        r = self.rnd
        self.pid += 1
        males, females, _ = self.tables(group)
        gn = given or self.pick(males if sex == "M" else females)
        age = (TODAY - dob).days / 365.25
        migrant = (
            group in ("UZ", "KZ")
            and 19 <= age <= 50
            and r.random() < (0.45 if sex == "M" else 0.15)
        )
        p = dict(pid=self.pid, group=group, country=country, sn=sn, sex=sex, dob=dob, gn=gn, father=father,
                 home=home, landline=landline, maiden=None, migrant=migrant,
                 mobile=self.mobile(country), ru_mobile=self.mobile("RU") if migrant else None,
                 ru_home=(r.choice(HOSTELS) if r.random() < 0.6 else self.ru_address(self.home("RU")))
                 if migrant else None,
                 iin=self.iin(dob, sex) if country == "KZ" else None,
                 pinfl=self.pinfl(dob, sex) if country == "UZ" else None,
                 inn=self.inn() if country == "RU" or (migrant and r.random() < 0.7) else None,
                 snils=self.snils() if country == "RU" or (migrant and r.random() < 0.3) else None,
                 passport=self.passport(country))  # fmt: skip
        p["email"] = self.email(p) if r.random() < 0.55 else None
        return p

    # ------------------------------------------------------------ ids
    def iin(self, dob: dt.date, sex: str) -> str:
        century = (3 if dob.year < 2000 else 5) + (sex == "F")

        def make() -> str:
            while True:
                body = dob.strftime("%y%m%d") + str(century) + self.digits(4)
                c = iin_check(body)
                if c is not None:
                    return body + str(c)

        return self.unique(make)

    def pinfl(self, dob: dt.date, sex: str) -> str:
        century = (3 if dob.year < 2000 else 5) + (sex == "F")

        def make() -> str:
            body = str(century) + dob.strftime("%d%m%y") + self.digits(6)
            return body + pinfl_check(body)

        return self.unique(make)

    def inn(self) -> str:
        def make() -> str:
            ten = self.rnd.choice(["77", "50", "78", "54", "66"]) + self.digits(8)
            return ten + inn_checks(ten)

        return self.unique(make)

    def snils(self) -> str:
        def make() -> str:
            nine = self.digits(9)
            return nine + snils_check(nine)

        return self.unique(make)

    def passport(self, country: str) -> str:
        if country == "RU":
            return self.unique(lambda: self.digits(4) + self.digits(6))
        if country == "UZ":
            return self.unique(lambda: self.rnd.choice(["AA", "AB", "AC", "FA"]) + self.digits(7))
        return self.unique(lambda: "N" + self.digits(8))

    # ------------------------------------------------------------ name forms
    def ru(self, name: str) -> str:
        """A name in Russian Cyrillic: Kazakh letters plainly, Uzbek names Russified."""
        if name.isascii() or "ʻ" in name:
            return uz_russian(name)
        return name.translate(KK_TO_RU)

    def latin_typed(self, cyr: str) -> str:
        """Cyrillic typed in Latin letters, each hard letter one of its usual spellings."""
        r = self.rnd
        out = []
        for i, ch in enumerate(cyr):
            low = ch.lower()
            if low in TYPED:
                lat = r.choice(TYPED[low])
            elif (
                low == "е" and (i == 0 or cyr[i - 1].lower() in "аеиоуыэюяьъ") and r.random() < 0.5
            ):
                lat = "ye"
            else:
                lat = ICAO.get(low, ch)
            out.append(_case(ch, lat))
        return "".join(out)

    def uz_typed(self, name: str) -> str:
        """Uzbek Latin with its ʻ typed as the keyboard allows."""
        return name.replace("ʻ", wpick(self.rnd, APOSTROPHES))

    def uz_latin_of(self, cyr: str) -> str:
        """A Russian or Kazakh name in an Uzbek clerk's Latin."""
        return "".join(_case(ch, UZ_LATIN.get(ch.lower(), ICAO.get(ch.lower(), ch))) for ch in cyr)

    def passport_latin(self, p: dict, name: str) -> str:
        """A name in the Latin of the person's passport."""
        if p["group"] == "UZ":
            return name.replace("ʻ", "'" if self.rnd.random() < 0.5 else "")
        return icao(name)

    def typed_latin(self, p: dict, name: str) -> str:
        """A name as its owner types it in Latin letters."""
        r = self.rnd
        if p["group"] == "UZ":
            if r.random() < 0.35:  # a Russian-style spelling: Utkir, Khodjaev
                return self.latin_typed(self.ru(name))
            return self.uz_typed(name)
        return self.latin_typed(name)

    def surname(self, p: dict, sn: str | None = None) -> str:
        """The family name in the person's own (gendered) form, in its native spelling."""
        sn = sn or p["sn"]
        if p["sex"] == "M":
            return sn
        if sn.endswith(("ов", "ев", "ин", "ёв", "ов", "ov", "yev", "ev", "in")):
            return sn + ("a" if sn[-1].isascii() else "а")
        if sn.endswith("ский"):
            return sn[:-2] + "ая"
        return sn  # Ким, Шевченко

    def patronymic(self, p: dict, style: str) -> str:
        """The person's patronymic from the father's name: ``ru`` (Ерланович), ``kk`` (Ерланұлы),
        ``kk_ru`` (Ерланулы), ``uz`` (Rustam o'g'li), ``uz_ru`` (Rustamovich)."""
        f, fem = p["father"], p["sex"] == "F"
        if style in ("ru", "uz_ru"):
            base = self.ru(f) if style == "ru" else f.replace("ʻ", "")
            if style == "ru":
                if base.endswith("ий"):
                    stem, end = base[:-2] + "ь", ("евна", "евич")
                elif base.endswith("й"):
                    stem, end = base[:-1], ("евна", "евич")
                elif base.endswith("а"):  # Абдулла -> Абдуллаевич
                    stem, end = base, ("евна", "евич")
                elif base.endswith("ь"):
                    stem, end = base[:-1], ("евна", "евич")
                else:
                    stem, end = base, ("овна", "ович")
                if base.endswith("ий"):
                    stem = base[:-2] + "и"
                return stem + end[0 if fem else 1]
            if base.endswith("a"):
                return base[:-1] + ("ovna" if fem else "ovich")
            return base + ("ovna" if fem else "ovich")
        if style == "kk":
            return f + ("қызы" if fem else "ұлы")
        if style == "kk_ru":
            return self.ru(f) + wpick(
                self.rnd, {"кызы" if fem else "улы": 70, " кызы" if fem else " улы": 30}
            )
        return self.uz_typed(f) + " " + self.uz_typed("qizi" if fem else "oʻgʻli")

    # ------------------------------------------------------------ contact forms
    def phone(self, num: str | None, style: str | None = None) -> str | None:
        """A full number (country code first) as one of the region's forms writes it."""
        if not num:
            return None
        r = self.rnd
        if num.startswith("998"):
            n = num[3:]
            style = style or wpick(
                r, {"intl": 35, "digits": 20, "local": 20, "br": 10, "e164": 10, "plain": 5}
            )
            return {"intl": f"+998 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "digits": num,
                    "local": f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "br": f"({n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                    "e164": "+" + num, "plain": n}[style]  # fmt: skip
        n = num[1:]
        style = style or wpick(
            r, {"intl": 25, "br": 20, "eight": 20, "trunk": 15, "e164": 10, "ten": 10}
        )
        return {"intl": f"+7 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "br": f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
                "eight": "8" + n, "trunk": f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", "e164": "+" + num,
                "ten": n}[style]  # fmt: skip

    def email(self, p: dict) -> str:
        r = self.rnd
        gn = self.latin_typed(self.ru(p["gn"])).lower()
        sn = self.latin_typed(self.ru(self.surname(p))).lower()
        local = wpick(
            r,
            {
                f"{gn}.{sn}": 3,
                f"{gn[0]}{sn}": 2,
                f"{gn}{p['dob'].year % 100:02d}": 2,
                f"{sn}_{gn}": 1,
            },
        )
        domain = {"KZ": {"mail.ru": 40, "gmail.com": 35, "inbox.kz": 15, "bk.ru": 10},
                  "UZ": {"mail.ru": 35, "gmail.com": 45, "umail.uz": 20},
                  "RU": {"mail.ru": 35, "yandex.ru": 35, "gmail.com": 20, "rambler.ru": 10}}[p["country"]]  # fmt: skip
        return self.unique(
            lambda: local + wpick(r, {"": 6, str(r.randint(1, 99)): 4}) + "@" + wpick(r, domain)
        )

    def address(self, a: dict, lang: str) -> str:
        """A home as a form in ``lang`` (ru, kk, uz) writes it."""
        r = self.rnd
        if a["country"] == "KZ":
            city, street = a["city"], a["street"]
            if lang == "kk":
                text = (
                    f"{city[0]} қ., "
                    + (f"{a['mkr']} ш/а, " if a["mkr"] else f"{street[0]} к-сі, ")
                    + f"{a['no']} үй"
                )
                return text + (f", {a['apt']} пәтер" if a["apt"] else "")
            place = (
                f"мкр. {a['mkr']}"
                if a["mkr"]
                else f"{wpick(r, {'ул.': 70, 'пр.': 10, '': 20})} {street[1]}".strip()
            )
            if r.random() < 0.6:
                text = f"г. {city[1]}, {place}, д. {a['no']}" + (
                    f", кв. {a['apt']}" if a["apt"] else ""
                )
            else:
                text = f"{city[1]}, {place} {a['no']}" + (f"-{a['apt']}" if a["apt"] else "")
            return text
        if a["country"] == "UZ":
            city, (d_uz, d_ru) = a["city"], a["district"]
            if lang == "uz":
                sh = wpick(r, {" sh.": 50, " shahri": 30, "": 20})
                text = f"{self.uz_typed(city[0])}{sh}, {self.uz_typed(d_uz)} tumani, {a['kvartal']}-kvartal, {a['no']}-uy"
                return text + (f", {a['apt']}-xonadon" if a["apt"] else "")
            if r.random() < 0.5:
                return f"г. {city[1]}, {d_ru} р-н, кв-л {a['kvartal']}, д. {a['no']}" + (
                    f", кв. {a['apt']}" if a["apt"] else ""
                )
            return f"{city[1]}, {uz_russian(d_uz)}-{a['kvartal']}, {a['no']}" + (
                f"-{a['apt']}" if a["apt"] else ""
            )
        return self.ru_address(a)

    def ru_address(self, a: dict) -> str:
        r = self.rnd
        city = a["city"][0]
        if r.random() < 0.6:
            return f"г. {city}, ул. {a['street']}, д. {a['no']}" + (
                f", кв. {a['apt']}" if a["apt"] else ""
            )
        return f"{city}, {a['street']} {a['no']}" + (f"-{a['apt']}" if a["apt"] else "")

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def slip_id(self, code: str | None, p: float = 0.02) -> str | None:
        if code and self.rnd.random() < p:
            i = self.rnd.randrange(len(code))
            return code[:i] + str(self.rnd.randrange(10)) + code[i + 1 :]
        return code

    def relative(self, p: dict) -> dict | None:
        others = [m for m in p["household"] if m is not p]
        return self.rnd.choice(others) if others else None

    # ------------------------------------------------------------ systems
    def kzbank(self, p: dict) -> None:
        r = self.rnd
        old = r.random() < 0.35  # migrated from a system without Kazakh letters
        gn, sn = p["gn"], self.surname(p, p["maiden"] if p["maiden"] and r.random() < 0.2 else None)
        if p["group"] == "KZ":
            style = wpick(r, {"ru": 55, "kk": 30 if not old else 0, "kk_ru": 15})
        else:
            style = "ru"
        fix = (
            (lambda s: s and s.translate(KK_TO_RU).replace("ё", "е").replace("Ё", "Е"))
            if old
            else (lambda s: s)
        )
        upper = (lambda s: s and s.upper()) if old and r.random() < 0.5 else (lambda s: s)
        dob = p["dob"].strftime("%d.%m.%Y")
        self.add("KZBANK", p, {
            "Клиент №": self.unique(lambda: "KZ" + self.digits(8)),
            "Тегі": upper(fix(self.typo(sn, 0.03))),
            "Аты": upper(fix(gn)),
            "Әкесінің аты": upper(fix(self.patronymic(p, style))) if r.random() < 0.85 else None,
            "ЖСН": self.slip_id(p["iin"]) if p["iin"] and r.random() < 0.95 else None,
            "Туған күні": dob if r.random() < 0.97 else None,
            "Ұялы телефон": self.phone(p["mobile"]) if r.random() < 0.92 else None,
            "Үй телефоны": self.phone(p["landline"]) if r.random() < 0.7 else None,
            "Мекенжай": self.address(p["home"], wpick(r, {"ru": 70, "kk": 30})) if r.random() < 0.9 else None,
            "Электрондық пошта": (p["email"] or p["family_email"]) if r.random() < 0.6 else None,
        })  # fmt: skip

    def uzmobile(self, p: dict) -> None:
        r = self.rnd
        if p["group"] == "UZ":
            gn, sn = self.uz_typed(p["gn"]), self.uz_typed(self.surname(p))
            if r.random() < 0.15:  # an old contract in Cyrillic
                gn, sn = uz_cyrillic(p["gn"]), uz_cyrillic(self.surname(p))
            pat = self.patronymic(p, wpick(r, {"uz": 65, "uz_ru": 35}))
        else:
            gn, sn = self.uz_latin_of(p["gn"]), self.uz_latin_of(self.surname(p))
            pat = self.uz_latin_of(self.patronymic(p, "ru"))
        rel = self.relative(p)
        trusted = (
            rel["mobile"]
            if rel and r.random() < 0.5
            else (p["ru_mobile"] if p["migrant"] else None)
        )
        minor = (TODAY - p["dob"]).days < 20 * 365.25 and rel
        self.add("UZMOBILE", p, {
            "Abonent ID": self.unique(lambda: "UZ" + self.digits(9)),
            "Familiya": self.typo(sn, 0.04),
            "Ism": gn,
            "Otasining ismi": pat if r.random() < 0.8 else None,
            "JShShIR": self.slip_id(p["pinfl"]) if p["pinfl"] and r.random() < 0.9 else None,
            "Tug'ilgan sana": p["dob"].strftime(wpick(r, {"%d.%m.%Y": 80, "%Y-%m-%d": 20})) if r.random() < 0.9 else None,
            "Telefon raqami": self.phone(p["household"][0]["mobile"] if minor and r.random() < 0.3 else p["mobile"]),
            "Ishonchli shaxs telefoni": self.phone(trusted) if trusted and r.random() < 0.6 else None,
            "Manzil": self.address(p["home"], "uz" if r.random() < 0.75 else "ru") if r.random() < 0.85 else None,
        })  # fmt: skip

    def fio(self, p: dict) -> str:
        r = self.rnd
        sn, gn = self.ru(self.surname(p)), self.ru(p["gn"])
        if p["group"] == "UZ" and r.random() < 0.3:
            sn, gn = self.uz_typed(self.surname(p)), self.uz_typed(p["gn"])
            return f"{sn} {gn}"
        pat = self.patronymic(p, "ru") if r.random() < 0.6 else ""
        if r.random() < 0.12:
            return f"{sn} {gn[0]}." + (f" {pat[0]}." if pat else "")
        if r.random() < 0.3:
            gn, sn, pat = gn.replace("ё", "е"), sn.replace("ё", "е"), pat.replace("ё", "е")
        return self.typo(f"{sn} {gn} {pat}".strip(), 0.04)

    def market(self, p: dict) -> None:
        r = self.rnd
        in_ru = p["country"] == "RU" or p["migrant"]
        rel = self.relative(p)
        receiver = (
            self.fio(rel)
            if rel and r.random() < 0.25
            else (self.fio(p) if r.random() < 0.5 else None)
        )
        self.add("MARKET", p, {
            "ID покупателя": self.unique(lambda: self.digits(9)),
            "ФИО": self.fio(p),
            "Телефон": self.phone(p["ru_mobile"] or p["mobile"] if in_ru else p["mobile"]) if r.random() < 0.95 else None,
            "E-mail": p["email"] or (p["family_email"] if r.random() < 0.5 else None),
            "Дата рождения": p["dob"].strftime("%d.%m.%Y") if r.random() < 0.4 else None,
            "Адрес доставки": (p["ru_home"] if p["migrant"] else self.address(p["home"], "ru")) if r.random() < 0.85 else None,
            "ИНН": self.slip_id(p["inn"]) if p["inn"] and r.random() < 0.35 else None,
            "Получатель": receiver,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        passport = r.random() < 0.6
        conv = self.passport_latin if passport else self.typed_latin
        gn, sn = conv(p, p["gn"]), conv(p, self.surname(p))
        if passport:
            gn, sn = gn.upper(), sn.upper()
        rel = self.relative(p)
        recipient = rel or p
        own = p["ru_mobile"] if p["migrant"] and r.random() < 0.8 else p["mobile"]
        rgn, rsn = (
            self.typed_latin(recipient, recipient["gn"]),
            self.typed_latin(recipient, self.surname(recipient)),
        )
        doc = wpick(
            r, {"iin": 50 if p["iin"] else 0, "pinfl": 50 if p["pinfl"] else 0, "passport": 30}
        )
        self.add("REMIT", p, {
            "customer_id": self.unique(lambda: "RM-" + self.digits(7)),
            "first_name": gn,
            "last_name": self.typo(sn, 0.03),
            "date_of_birth": p["dob"].isoformat() if r.random() < 0.9 else None,
            "phone": self.phone(own, wpick(r, {"e164": 50, "intl": 30, "digits": 20} if own.startswith("998")
                                           else {"e164": 50, "intl": 30, "eight": 20})),
            "document_no": self.slip_id(p[doc]) if r.random() < 0.9 else None,
            "recipient_name": f"{rgn} {rsn}" if recipient is not p else None,
            "recipient_phone": self.phone(recipient["mobile"]) if recipient is not p and r.random() < 0.9 else None,
        })  # fmt: skip

    def loyalty(self, p: dict) -> None:
        r = self.rnd
        if p["group"] == "UZ" and r.random() < 0.5:
            gn, sn, pat = self.uz_typed(p["gn"]), self.uz_typed(self.surname(p)), None
        else:
            gn, sn = self.ru(p["gn"]), self.ru(self.surname(p))
            gn = DIMINUTIVE.get(gn, gn) if r.random() < 0.12 else gn
            if r.random() < 0.5:
                gn, sn = gn.replace("ё", "е").replace("Ё", "Е"), sn.replace("ё", "е")
            pat = self.patronymic(p, "ru") if r.random() < 0.5 else None
            if p["group"] == "KZ" and r.random() < 0.3:
                gn, sn = p["gn"], self.surname(p)  # Kazakh letters on a Kazakh keyboard
        city = p["home"]["city"]
        where = "Москва" if p["migrant"] else city[1] if p["country"] != "RU" else city[0]
        self.add("LOYALTY", p, {
            "Фамилия": self.typo(sn, 0.04),
            "Имя": gn,
            "Отчество": pat,
            "Телефон": self.phone(p["ru_mobile"] if p["migrant"] and r.random() < 0.6 else p["mobile"]),
            "Email": p["email"] or p["family_email"] if r.random() < 0.7 else None,
            "Дата рождения": p["dob"].isoformat() if r.random() < 0.6 else None,
            "СНИЛС": self.snils_str(p["snils"]) if p["snils"] and r.random() < 0.4 else None,
            "Город": where if r.random() < 0.8 else None,
            "Пол": ("М" if p["sex"] == "M" else "Ж") if r.random() < 0.7 else None,
        })  # fmt: skip

    def snils_str(self, s: str) -> str:
        return wpick(self.rnd, {f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}": 70, s: 30})

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if p["country"] == "KZ" and age >= 18 and r.random() < 0.8:
                self.kzbank(p)
                if r.random() < 0.1:
                    self.kzbank(p)
            if p["country"] == "UZ" and r.random() < 0.85:
                self.uzmobile(p)
                if r.random() < 0.15:  # a second SIM
                    self.uzmobile(p)
            if r.random() < (0.8 if p["country"] == "RU" or p["migrant"] else 0.4):
                self.market(p)
                if r.random() < 0.15:
                    self.market(p)
            if r.random() < (0.85 if p["migrant"] else 0.0 if p["country"] == "RU" else 0.2):
                self.remit(p)
                if r.random() < 0.2:
                    self.remit(p)
            if age < 65 and r.random() < 0.75:
                self.loyalty(p)
                if r.random() < 0.08:
                    self.loyalty(p)
            if len(self.rows) == n0:
                self.loyalty(p)
        return self.shuffled("row_id", "ST")


def steppe(persons: int = 4000, seed: int = 35) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Steppe.frame(persons, seed, "row_id")
