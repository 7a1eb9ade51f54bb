"""An Israeli bank, mobile operator, health fund (kupat holim) and online shop's customer file,
stacked in one file (a ``system`` column; a column of the same name in two systems is one column).

* Bank (``BANK``), Hebrew column names: ``מספר לקוח``, ``שם פרטי`` and ``שם משפחה`` in Hebrew
  script (Arab and Russian-born customers' names transcribed into it), ``שם האב`` (the father's
  given name, which Israeli forms ask for: someone else's name), ``ת.ז.`` (the Teudat Zehut,
  nine digits, the last a Luhn-like check digit), ``תאריך לידה`` (``DD/MM/YYYY``), ``טלפון נייד``
  (``050-1234567``), ``טלפון בבית`` (``02-6543210``), ``כתובת``, ``עיר``, ``מיקוד``. Old rows keep a
  married woman's maiden name.
* Health fund (``KUPA``), Hebrew column names: ``מספר חבר``, ``שם פרטי``, ``שם משפחה`` (with
  niqqud now and then, and a right-to-left mark pasted in from a web form), ``מספר זהות`` (leading
  zeros dropped by a spreadsheet), ``תאריך לידה`` (``DD/MM/YYYY``, or in the Hebrew calendar:
  ``ה' בניסן התשמ"ה``), ``טלפון`` (a parent's number on a child's row), ``כתובת``, ``עיר``.
* Mobile operator (``TELCO``), English columns: ``subscriber_id``, ``full_name`` in Latin letters
  (the person's own transliteration or the clerk's: Yitzhak/Itzhak/Isaac, Chaim/Haim/Khaim,
  Cohen/Kohen/Kohn), ``id_number``, ``date_of_birth`` (``YYYY-MM-DD``), ``msisdn``
  (``972501234567``), ``city``. One row per line.
* Online shop (``SHOP``), English columns typed by customers: ``first_name``, ``last_name`` in
  Hebrew, Latin, Arabic (Arab customers) or Cyrillic (Russian speakers) script, ``email`` (a
  family's one address), ``phone`` (``0501234567``, ``+972-50-123-4567``, ``050-123-4567``),
  ``address``, ``city``, ``zip``.

What makes it hard: names in four scripts and several transliterations (Shmuel/Samuel,
Yekaterina/Ekaterina/Katya, Mohammad/Muhammad); Hebrew final letters written as medial ones by
forms that capitalise or sort (כהנ for כהן), geresh and gershayim (ז'ק, צ'רניחובסקי) written with
an apostrophe, a quotation mark or left out; fathers and sons: a son often named after his
grandfather, sometimes after his father, both in one household at one address and landline;
women who took their husband's family name; households sharing a landline, an e-mail and an
address; TZ numbers without their leading zeros or with a slip; typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick

# Names: (Hebrew, {Latin: weight}, weight) for Jews; (Arabic, Hebrew, {Latin: weight}, weight) for
# Arabs; (Cyrillic, Hebrew, {Latin: weight}, weight) for Russian speakers.
J_MALE = [
    ("יצחק", {"Yitzhak": 40, "Itzhak": 25, "Isaac": 15, "Yitzchak": 10, "Izhak": 10}, 20),
    ("חיים", {"Chaim": 40, "Haim": 40, "Khaim": 10, "Hayim": 10}, 15),
    ("שמואל", {"Shmuel": 60, "Samuel": 30, "Shmoel": 10}, 15),
    ("אברהם", {"Avraham": 60, "Abraham": 30, "Avrum": 10}, 18), ("משה", {"Moshe": 85, "Moishe": 15}, 20),
    ("יוסף", {"Yosef": 60, "Joseph": 25, "Yossef": 15}, 18), ("דוד", {"David": 1}, 20),
    ("יעקב", {"Yaakov": 60, "Jacob": 25, "Yakov": 15}, 14), ("אליהו", {"Eliyahu": 70, "Eliahu": 30}, 8),
    ("מרדכי", {"Mordechai": 60, "Mordehai": 25, "Mordekhai": 15}, 6), ("אהרון", {"Aharon": 70, "Aaron": 30}, 8),
    ("דניאל", {"Daniel": 1}, 18), ("נועם", {"Noam": 1}, 14), ("איתי", {"Itai": 60, "Itay": 40}, 12),
    ("עומר", {"Omer": 80, "Omar": 20}, 10), ("אורי", {"Uri": 70, "Ori": 30}, 10), ("רון", {"Ron": 1}, 10),
    ("יונתן", {"Yonatan": 60, "Jonathan": 30, "Yehonatan": 10}, 12), ("אריאל", {"Ariel": 1}, 10),
    ("צבי", {"Tzvi": 50, "Zvi": 40, "Tsvi": 10}, 6), ("ז'ק", {"Jacques": 60, "Zhak": 40}, 2),
    ("שלמה", {"Shlomo": 1}, 10), ("מנחם", {"Menachem": 60, "Menahem": 40}, 5),
    ("אלון", {"Alon": 1}, 8), ("גיל", {"Gil": 1}, 6), ("עמית", {"Amit": 1}, 8),
]  # fmt: skip
J_FEMALE = [
    ("שרה", {"Sarah": 50, "Sara": 50}, 15), ("רחל", {"Rachel": 60, "Rahel": 30, "Rakhel": 10}, 12),
    ("מיכל", {"Michal": 70, "Mikhal": 20, "Michall": 10}, 14), ("נועה", {"Noa": 80, "Noah": 20}, 14),
    ("תמר", {"Tamar": 1}, 12), ("יעל", {"Yael": 80, "Jael": 20}, 12), ("רבקה", {"Rivka": 70, "Rebecca": 30}, 8),
    ("אסתר", {"Esther": 80, "Ester": 20}, 10), ("חנה", {"Hana": 50, "Chana": 30, "Hannah": 20}, 10),
    ("שירה", {"Shira": 1}, 10), ("מאיה", {"Maya": 80, "Maia": 20}, 10), ("אורית", {"Orit": 1}, 8),
    ("לאה", {"Leah": 70, "Lea": 30}, 8), ("אביגיל", {"Avigail": 60, "Abigail": 40}, 6),
    ("טליה", {"Talia": 70, "Talya": 30}, 6), ("הדס", {"Hadas": 80, "Hadass": 20}, 6),
    ("ציפורה", {"Tzipora": 60, "Zipora": 30, "Tsipora": 10}, 4), ("אילנה", {"Ilana": 1}, 6),
]  # fmt: skip
J_SURNAMES = [
    ("כהן", {"Cohen": 70, "Kohen": 15, "Kohn": 10, "Cohn": 5}, 40), ("לוי", {"Levi": 70, "Levy": 30}, 30),
    ("מזרחי", {"Mizrahi": 70, "Mizrachi": 30}, 15), ("פרץ", {"Peretz": 70, "Perez": 30}, 12),
    ("ביטון", {"Biton": 80, "Bitton": 20}, 12), ("דהן", {"Dahan": 1}, 10), ("אברהם", {"Avraham": 1}, 8),
    ("פרידמן", {"Friedman": 70, "Fridman": 30}, 8), ("מלכה", {"Malka": 1}, 6), ("אזולאי", {"Azoulay": 60, "Azulai": 40}, 8),
    ("כץ", {"Katz": 80, "Kats": 20}, 10), ("יוסף", {"Yosef": 1}, 6), ("דוד", {"David": 1}, 6),
    ("עמר", {"Amar": 80, "Amer": 20}, 6), ("אוחיון", {"Ohayon": 70, "Ohion": 30}, 6),
    ("חדד", {"Hadad": 70, "Haddad": 30}, 6), ("גבאי", {"Gabay": 60, "Gabai": 40}, 6),
    ("שפירא", {"Shapira": 60, "Shapiro": 40}, 6), ("רוזנברג", {"Rosenberg": 60, "Rozenberg": 40}, 5),
    ("גולדשטיין", {"Goldstein": 70, "Goldshtein": 30}, 5), ("שטרן", {"Stern": 60, "Shtern": 40}, 4),
    ("אשכנזי", {"Ashkenazi": 1}, 5), ("בן דוד", {"Ben David": 70, "Ben-David": 30}, 5),
    ("צ'רניחובסקי", {"Chernichovsky": 60, "Tchernichovsky": 40}, 1), ("גולן", {"Golan": 1}, 6),
    ("שמש", {"Shemesh": 1}, 4), ("ברק", {"Barak": 1}, 5), ("אלמוג", {"Almog": 1}, 4),
]  # fmt: skip
A_MALE = [
    ("محمد", "מוחמד", {"Mohammad": 50, "Muhammad": 30, "Mohamed": 20}, 25), ("أحمد", "אחמד", {"Ahmad": 70, "Ahmed": 30}, 15),
    ("علي", "עלי", {"Ali": 1}, 10), ("محمود", "מחמוד", {"Mahmoud": 70, "Mahmud": 30}, 10),
    ("يوسف", "יוסף", {"Yousef": 60, "Yusuf": 40}, 8), ("خالد", "חאלד", {"Khaled": 70, "Khalid": 30}, 8),
    ("إبراهيم", "איברהים", {"Ibrahim": 1}, 8), ("سامي", "סאמי", {"Sami": 1}, 6), ("عمر", "עומר", {"Omar": 1}, 8),
    ("حسن", "חסן", {"Hassan": 70, "Hasan": 30}, 8), ("جمال", "ג'מאל", {"Jamal": 80, "Gamal": 20}, 5),
]  # fmt: skip
A_FEMALE = [
    ("فاطمة", "פאטמה", {"Fatima": 70, "Fatma": 30}, 15), ("مريم", "מרים", {"Mariam": 60, "Maryam": 40}, 10),
    ("آية", "איה", {"Aya": 1}, 8), ("نور", "נור", {"Nour": 60, "Noor": 40}, 8), ("رنا", "רנא", {"Rana": 1}, 6),
    ("سماح", "סמאח", {"Samah": 1}, 5), ("هبة", "הבה", {"Hiba": 70, "Heba": 30}, 6), ("ليلى", "ליילא", {"Layla": 60, "Leila": 40}, 6),
]  # fmt: skip
A_SURNAMES = [
    ("مصاروة", "מצארווה", {"Masarwa": 80, "Massarwa": 20}, 8), ("جبارين", "ג'בארין", {"Jabarin": 70, "Jabareen": 30}, 8),
    ("أبو ريا", "אבו ריא", {"Abu Ria": 60, "Abu-Ria": 40}, 5), ("خطيب", "ח'טיב", {"Khatib": 70, "Hatib": 30}, 8),
    ("زعبي", "זועבי", {"Zoabi": 70, "Zuabi": 30}, 8), ("حاج يحيى", "חאג' יחיא", {"Haj Yahya": 70, "Hajj Yahia": 30}, 5),
    ("عثامنة", "עת'אמנה", {"Athamna": 1}, 5), ("طه", "טאהא", {"Taha": 1}, 5), ("كيال", "כיאל", {"Kayal": 70, "Kayyal": 30}, 5),
    ("سليمان", "סולימאן", {"Suleiman": 60, "Sliman": 40}, 6), ("عودة", "עודה", {"Odeh": 60, "Awda": 40}, 5),
]  # fmt: skip
R_MALE = [
    ("Александр", "אלכסנדר", {"Alexander": 50, "Aleksandr": 40, "Alexandr": 10}, 15), ("Дмитрий", "דמיטרי", {"Dmitry": 60, "Dmitri": 30, "Dmitrii": 10}, 12),
    ("Сергей", "סרגיי", {"Sergey": 60, "Sergei": 40}, 12), ("Михаил", "מיכאל", {"Mikhail": 70, "Michael": 30}, 10),
    ("Евгений", "יבגני", {"Evgeny": 50, "Yevgeny": 40, "Evgeni": 10}, 8), ("Борис", "בוריס", {"Boris": 1}, 8),
    ("Владимир", "ולדימיר", {"Vladimir": 1}, 10), ("Илья", "איליה", {"Ilya": 80, "Ilia": 20}, 6),
]  # fmt: skip
R_FEMALE = [
    ("Екатерина", "יקטרינה", {"Ekaterina": 50, "Yekaterina": 30, "Katya": 20}, 12), ("Ольга", "אולגה", {"Olga": 1}, 12),
    ("Наталья", "נטליה", {"Natalia": 60, "Natalya": 30, "Natasha": 10}, 10), ("Елена", "ילנה", {"Elena": 60, "Yelena": 40}, 10),
    ("Юлия", "יוליה", {"Yulia": 70, "Julia": 30}, 8), ("Анна", "אנה", {"Anna": 1}, 10), ("Ирина", "אירינה", {"Irina": 1}, 8),
]  # fmt: skip
R_SURNAMES = [
    ("Иванов", "איבנוב", {"Ivanov": 1}, 8), ("Кузнецов", "קוזנצוב", {"Kuznetsov": 80, "Kuznetsoff": 20}, 6),
    ("Рабинович", "רבינוביץ'", {"Rabinovich": 70, "Rabinovitz": 30}, 8), ("Коган", "קוגן", {"Kogan": 1}, 8),
    ("Шапиро", "שפירו", {"Shapiro": 1}, 6), ("Гольдберг", "גולדברג", {"Goldberg": 1}, 6),
    ("Смирнов", "סמירנוב", {"Smirnov": 1}, 6), ("Левин", "לוין", {"Levin": 1}, 8), ("Фельдман", "פלדמן", {"Feldman": 1}, 6),
]  # fmt: skip
#: The feminine form of a Russian surname in Cyrillic and Latin letters.
R_FEM = {"ов": ("ова", "ova"), "ич": ("ич", "ich")}

# (Hebrew, Latin, area code, weight)
CITIES = [
    ("ירושלים", "Jerusalem", "02", 20), ("תל אביב-יפו", "Tel Aviv", "03", 18), ("חיפה", "Haifa", "04", 12),
    ("ראשון לציון", "Rishon LeZion", "03", 8), ("פתח תקווה", "Petah Tikva", "03", 8), ("אשדוד", "Ashdod", "08", 8),
    ("באר שבע", "Beer Sheva", "08", 8), ("נתניה", "Netanya", "09", 8),
]  # fmt: skip
ARAB_CITIES = [
    ("נצרת", "Nazareth", "04", 10),
    ("אום אל-פחם", "Umm al-Fahm", "04", 8),
    ("טייבה", "Tayibe", "09", 6),
]
STREETS = [("הרצל", "Herzl"), ("ויצמן", "Weizmann"), ("בן גוריון", "Ben Gurion"), ("ז'בוטינסקי", "Jabotinsky"),
           ("רוטשילד", "Rothschild"), ("הנביאים", "HaNevi'im"), ("יפו", "Jaffa"), ("העצמאות", "HaAtzmaut"),
           ("אלנבי", "Allenby"), ("סוקולוב", "Sokolov"), ("הגפן", "HaGefen"), ("התאנה", "HaTe'ena")]  # fmt: skip
MOBILE_PREFIX = ["050", "050", "052", "052", "053", "054", "054", "055", "058"]
#: Niqqud for a few names (as a health fund's old forms print them).
NIQQUD = {"יצחק": "יִצְחָק", "שמואל": "שְׁמוּאֵל", "חיים": "חַיִּים", "משה": "מֹשֶׁה", "כהן": "כֹּהֵן", "לוי": "לֵוִי",
          "שרה": "שָׂרָה", "רחל": "רָחֵל", "דוד": "דָּוִד", "יוסף": "יוֹסֵף", "אברהם": "אַבְרָהָם"}  # fmt: skip
FINALS = str.maketrans("םןץףך", "מנצפכ")
RLM = "\u200f"

# ------------------------------------------------------------------ the Hebrew calendar
HEBREW_EPOCH = -1373427  # the proleptic Gregorian ordinal (datetime.toordinal) of 1 Tishri AM 1
LETTERS = [(400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"), (50, "נ"),
           (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"), (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"), (5, "ה"), (4, "ד"),
           (3, "ג"), (2, "ב"), (1, "א")]  # fmt: skip


def _elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    day = months * 29 + (12084 + 13753 * months) // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _new_year(y: int) -> int:
    ny0, ny1, ny2 = _elapsed(y - 1), _elapsed(y), _elapsed(y + 1)
    delay = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return HEBREW_EPOCH + ny1 + delay


def hebrew(day: dt.date) -> tuple[int, str, int]:
    """A Gregorian date as a Hebrew (year, month's name, day).

    >>> hebrew(dt.date(1985, 3, 27)), hebrew(dt.date(2000, 9, 30))
    ((5745, 'ניסן', 5), (5761, 'תשרי', 1))
    """
    rd = day.toordinal()
    y = day.year + 3760
    while _new_year(y + 1) <= rd:
        y += 1
    while _new_year(y) > rd:
        y -= 1
    length = _new_year(y + 1) - _new_year(y)
    leap = (7 * y + 1) % 19 < 7
    months = [("תשרי", 30), ("חשוון", 30 if length % 10 == 5 else 29), ("כסלו", 29 if length % 10 == 3 else 30),
              ("טבת", 29), ("שבט", 30)]  # fmt: skip
    months += [("אדר א'", 30), ("אדר ב'", 29)] if leap else [("אדר", 29)]
    months += [("ניסן", 30), ("אייר", 29), ("סיוון", 30), ("תמוז", 29), ("אב", 30), ("אלול", 29)]
    k = rd - _new_year(y)
    for name, n in months:
        if k < n:
            return y, name, k + 1
        k -= n
    raise AssertionError(day)


def gematria(n: int) -> str:
    """A number in Hebrew letters with its geresh or gershayim (15 and 16 as ט"ו, ט"ז)."""
    out = ""
    for v, letter in LETTERS:
        while n >= v and not (n in (15, 16) and v == 10):
            out += letter
            n -= v
    return out + "'" if len(out) == 1 else out[:-1] + '"' + out[-1]


def tz_check(eight: str) -> str:
    """The check digit that ends a Teudat Zehut number (Luhn's, weights 1, 2, 1, ...)."""
    return luhn_digit(eight)


class Israel(Draws):
    SLIP_LETTERS = "aeiouhnrsl"

    def pick(self, table: list) -> tuple:
        return self.rnd.choices(table, [e[-1] for e in table])[0]

    def named(self, entry: tuple, group: str) -> dict:
        """A name in each script it has: he, la (own spelling), las (the spellings), ar / ru."""
        if group == "J":
            he, las, _ = entry
            other = None
        else:
            other, he, las, _ = entry
        return {"he": he, "la": wpick(self.rnd, las), "las": las, "other": other}

    def surname_for(self, sn: dict, sex: str, group: str) -> dict:
        if group != "R" or sex == "M":
            return sn
        for end, (ru, la) in R_FEM.items():
            if sn["other"].endswith(end):
                out = dict(sn)
                out["other"] = sn["other"][: -len(end)] + ru
                out["la"] = sn["la"][: -len(end)] + la
                out["las"] = {k[: -len(end)] + la: w for k, w in sn["las"].items()}
                return out
        return sn

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            group = wpick(r, {"J": 70, "A": 20, "R": 10})
            males, females, surnames = {"J": (J_MALE, J_FEMALE, J_SURNAMES), "A": (A_MALE, A_FEMALE, A_SURNAMES),
                                        "R": (R_MALE, R_FEMALE, R_SURNAMES)}[group]  # fmt: skip
            city = self.pick(ARAB_CITIES if group == "A" else CITIES)
            home = dict(city=city, street=r.choice(STREETS), no=r.randint(1, 120),
                        apt=r.randint(1, 30) if r.random() < 0.6 else None, zip=self.digits(7))  # fmt: skip
            landline = city[2] + str(r.randint(2, 9)) + self.digits(6) if r.random() < 0.5 else None
            email = None
            sn = self.named(self.pick(surnames), group)
            kind = wpick(r, {"single": 30, "couple": 20, "family": 50})
            grandfather = self.named(self.pick(males), group)
            head = self.person(sn, "M" if kind != "single" else r.choice("MF"), self.dob(28, 80), group,
                               grandfather, home, landline, None, males, females)  # fmt: skip
            members = [head]
            if kind != "single":
                maiden = self.named(self.pick(surnames), group)
                wife = self.person(self.surname_for(sn, "F", group), "F", self.dob(25, 78), group,
                                   self.named(self.pick(males), group), home, landline, None, males, females)  # fmt: skip
                wife["maiden"] = self.surname_for(maiden, "F", group) if group != "A" else None
                if group == "A":  # Arab women keep their family name
                    wife["sn"] = self.surname_for(maiden, "F", group)
                members.append(wife)
                if r.random() < 0.35:  # the family's one e-mail
                    email = f"{sn['la'].lower().replace(' ', '').replace('-', '')}.family{r.randint(1, 99)}@gmail.com"
            if kind == "family":
                for _ in range(r.choice([1, 2, 2, 3])):
                    sex = r.choice("MF")
                    given = None
                    if sex == "M" and r.random() < 0.4:
                        given = head["father"]  # named after his grandfather
                    elif sex == "M" and r.random() < 0.08:
                        given = head["gn"]  # after his father
                    kid = self.person(self.surname_for(sn, sex, group), sex, self.dob(16, 30), group, head["gn"],
                                      home, landline, given, males, females)  # fmt: skip
                    members.append(kid)
            for m in members:
                m["household"] = members
                m["family_email"] = email
            self.persons.extend(members)

    def person(self, sn, sex, dob, group, father, home, landline, given, males, females) -> dict:
        r = self.rnd
        self.pid += 1
        gn = given or self.named(self.pick(males if sex == "M" else females), group)

        def tz() -> str:
            eight = ("0" if r.random() < 0.3 else str(r.randint(2, 3))) + self.digits(7)
            return eight + tz_check(eight)

        email = None
        if r.random() < 0.5:
            local = wpick(
                r,
                {
                    f"{gn['la']}.{sn['la']}": 3,
                    f"{gn['la'][0]}{sn['la']}": 3,
                    f"{gn['la']}{r.randint(70, 99)}": 2,
                },
            )
            email = self.unique(lambda: local.lower().replace(" ", "").replace("-", "") + wpick(r, {"": 6, str(r.randint(1, 99)): 4})
                                + "@" + wpick(r, {"gmail.com": 60, "walla.co.il": 20, "hotmail.com": 15, "012.net.il": 5}))  # fmt: skip
        return dict(
            pid=self.pid, sex=sex, dob=dob, group=group, gn=gn, sn=sn, maiden=None, father=father,
            tz=self.unique(tz), home=home, landline=landline,
            mobile=self.unique(lambda: r.choice(MOBILE_PREFIX) + self.digits(7)),
            move=dict(home, street=r.choice(STREETS), no=r.randint(1, 120)) if r.random() < 0.15 else None,
            email=email,
        )  # fmt: skip

    # ------------------------------------------------------------ written forms
    def he(self, name: dict, p: float = 0.0) -> str:
        """A name in Hebrew script: now and then with niqqud, final letters as medial ones, the
        geresh as a quotation mark or left out."""
        r = self.rnd
        text = name["he"]
        if text in NIQQUD and r.random() < p:
            return NIQQUD[text]
        if "'" in text:
            text = text.replace("'", wpick(r, {"'": 60, "׳": 20, "": 20}))
        if r.random() < p / 2:
            text = text.translate(FINALS)
        return text

    def la(self, name: dict, own: float = 0.7) -> str:
        return name["la"] if self.rnd.random() < own else wpick(self.rnd, name["las"])

    def native(self, name: dict) -> str:
        return name["other"] or name["he"]

    def tz_str(self, p: dict, style: str) -> str:
        code = p["tz"]
        if self.rnd.random() < 0.02:
            i = self.rnd.randrange(1, 9)
            code = code[:i] + str(self.rnd.randrange(10)) + code[i + 1 :]
        if style == "number":
            return code.lstrip("0")
        if style == "dash":
            return f"{code[:8]}-{code[8]}"
        return code

    def phone(self, num: str | None, style: str) -> str | None:
        if not num:
            return None
        rest = num[1:]
        return {
            "plain": num, "dash": f"{num[:3]}-{num[3:]}", "intl": f"+972-{rest[:2]}-{rest[2:5]}-{rest[5:]}",
            "972": "972" + rest, "dash2": f"{num[:3]}-{num[3:6]}-{num[6:]}",
        }[style]  # fmt: skip

    def land(self, num: str | None, style: str = "dash") -> str | None:
        if not num:
            return None
        return f"{num[:2]}-{num[2:]}" if style == "dash" else num

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def addr_he(self, a: dict) -> str:
        r = self.rnd
        prefix = wpick(r, {"": 60, "רחוב ": 25, "רח' ": 15})
        text = f"{prefix}{a['street'][0]} {a['no']}"
        if a["apt"] and r.random() < 0.6:
            text += wpick(r, {f" דירה {a['apt']}": 60, f"/{a['apt']}": 40})
        return text

    def addr_la(self, a: dict) -> str:
        r = self.rnd
        text = f"{a['street'][1]} {wpick(r, {'St': 50, 'Street': 30, '': 20})} {a['no']}".replace(
            "  ", " "
        )
        if a["apt"] and r.random() < 0.5:
            text += f" Apt {a['apt']}"
        return text

    def hdate(self, d: dt.date) -> str:
        y, month, day = hebrew(d)
        return f"{gematria(day)} ב{month} {wpick(self.rnd, {'ה': 60, '': 40})}{gematria(y % 1000)}"

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        sn = (
            p["maiden"] if p["maiden"] and r.random() < 0.4 else p["sn"]
        )  # an old row: her maiden name
        self.add("BANK", p, {
            "מספר לקוח": self.unique(lambda: "12" + self.digits(7)),
            "שם פרטי": self.he(p["gn"], 0.1),
            "שם משפחה": self.he(sn, 0.1),
            "שם האב": self.he(p["father"]) if r.random() < 0.85 else None,
            "ת.ז.": self.tz_str(p, "plain") if r.random() < 0.97 else None,
            "תאריך לידה": p["dob"].strftime("%d/%m/%Y") if r.random() < 0.95 else None,
            "טלפון נייד": self.phone(p["mobile"], wpick(r, {"dash": 70, "plain": 30})) if r.random() < 0.9 else None,
            "טלפון בבית": self.land(p["landline"]) if r.random() < 0.7 else None,
            "כתובת": self.addr_he(a),
            "עיר": a["city"][0],
            "מיקוד": a["zip"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def kupa(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        head = p["household"][0]
        minor = (TODAY - p["dob"]).days < 21 * 365 and head is not p
        rlm = (lambda s: s and RLM + s) if r.random() < 0.2 else (lambda s: s)
        self.add("KUPA", p, {
            "מספר חבר": self.unique(lambda: "K" + self.digits(8)),
            "שם פרטי": rlm(self.he(p["gn"], 0.3)),
            "שם משפחה": rlm(self.typo(self.he(p["sn"], 0.3), 0.03)),
            "מספר זהות": self.tz_str(p, wpick(r, {"number": 60, "plain": 40})) if r.random() < 0.95 else None,
            "תאריך לידה": (self.hdate(p["dob"]) if r.random() < 0.15 else p["dob"].strftime("%d/%m/%Y"))
            if r.random() < 0.95 else None,
            "טלפון": self.phone(head["mobile"] if minor or r.random() < 0.05 else p["mobile"], "dash"),
            "כתובת": self.addr_he(a) if r.random() < 0.8 else None,
            "עיר": a["city"][0],
        })  # fmt: skip

    def telco(self, p: dict) -> None:
        r = self.rnd
        name = f"{self.la(p['gn'], 0.6)} {self.la(p['sn'], 0.6)}"
        if r.random() < 0.2:
            name = name.upper()
        self.add("TELCO", p, {
            "subscriber_id": self.unique(lambda: "S" + self.digits(8)),
            "full_name": self.typo(name, 0.05),
            "id_number": self.tz_str(p, wpick(r, {"plain": 50, "number": 35, "dash": 15})) if r.random() < 0.9 else None,
            "date_of_birth": p["dob"].isoformat() if r.random() < 0.8 else None,
            "msisdn": self.phone(p["mobile"], "972"),
            "city": self.where(p, 0.4)["city"][1] if r.random() < 0.7 else None,
        })  # fmt: skip

    def shop(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        script = wpick(r, {"he": 45, "la": 35, "native": 20 if p["group"] != "J" else 0})
        if script == "he":
            first, last = self.he(p["gn"], 0.05), self.he(p["sn"], 0.05)
        elif script == "native":
            first, last = self.native(p["gn"]), self.native(p["sn"])
        else:
            first, last = (
                self.typo(self.la(p["gn"], 0.6), 0.05),
                self.typo(self.la(p["sn"], 0.6), 0.05),
            )
            if p["group"] == "R" and p["gn"]["la"] == "Ekaterina" and r.random() < 0.3:
                first = "Katya"
        email = p["family_email"] if p["family_email"] and r.random() < 0.5 else p["email"]
        self.add("SHOP", p, {
            "first_name": first,
            "last_name": last,
            "email": email if r.random() < 0.9 else None,
            "phone": self.phone(p["mobile"], wpick(r, {"plain": 40, "intl": 30, "dash2": 30})) if r.random() < 0.85 else None,
            "address": (self.addr_la(a) if script == "la" else self.addr_he(a)) if r.random() < 0.8 else None,
            "city": (a["city"][1] if script == "la" else a["city"][0]) if r.random() < 0.8 else None,
            "zip": a["zip"] if r.random() < 0.4 else None,
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
            if r.random() < 0.85:
                self.kupa(p)
            if r.random() < 0.65:
                self.telco(p)
            if age < 70 and r.random() < 0.45:
                self.shop(p)
                if r.random() < 0.08:
                    self.shop(p)
            if len(self.rows) == n0:
                self.kupa(p)
        return self.shuffled("row_id", "IL")


def israel(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Israel.frame(persons, seed, "row_id")
