"""Calendar dates (birth dates, registration dates) as ISO ``YYYY-MM-DD``.

Accepted forms: ``1985-03-07``, ``1985/03/07``, ``19850307``, ``07.03.1985``,
``07-03-1985``, ``7/3/85``, ``07031985``, ``7 Mart 1985``, ``7 ŞUBAT 85``,
``March 7, 1985``, ``07-MAR-85``, Japanese eras' and Taiwan's Minguo years (``民國79年3月7日``,
``079/03/07``), with or without a trailing time
(``1985-03-07T10:00:00Z``, ``07.03.1985 00:00``) and a weekday name; and
``datetime``, ``date`` and ``pandas.Timestamp`` objects. Month names may be
Turkish, English, French, German, Spanish, Portuguese, Italian or Dutch, in full or
abbreviated. A year alone (``1985``) or a month and year (``03/1985``, ``March 1985``)
is a partial date: value ``1985`` or ``1985-03``, no day; so is a year said to be about
right (``vers 1975``, ``née vers 1975``, ``ca. 1975``, ``circa 1975``).

Decisions:

* day first by default (Turkey, Europe): ``07.03.1985`` is 7 March; a column whose
  systems write each separator in its own order is read that way (``by_separator``). A numeric
  date whose day-first reading is impossible but whose month-first reading
  works (``03/25/1985``) is read month first, without a reason, since only one
  reading exists. ``dayfirst=False`` reads month first, with the same fallback.
  A four-digit year in front (``1985-03-07``) is always year-month-day, and so is a
  two-digit one that no day can be (``85-03-07``, ``85.3.7``: Korea's, Japan's and
  Sweden's short form).
* a two-digit year is the latest year that does not put the date in the future:
  ``07.03.85`` is 1985, ``07.03.05`` is 2005 (today's date decides, so a run on
  another day may read a date of this very year differently).
* an eight-digit number is ``YYYYMMDD`` when that gives a date from 1800 to 2199,
  else ``DDMMYYYY`` (``MMDDYYYY`` with ``dayfirst=False``). Six-digit
  (``070385``) numbers are not read: they are ambiguous; spreadsheet day numbers
  (``31113``) only in a column that a spreadsheet wrote so, in part or whole (``serial``).
* in a column of Solar Hijri dates (Iran's and Afghanistan's calendar, ``jalali``), ``1368/05/12``,
  ``68/5/12`` and ``13680512`` are 1989-08-03; a year from 1300 to this year less 621 is of
  that calendar, 621 or 622 years behind.
* a date of the Hebrew calendar in letters (``ה' בניסן התשמ"ה``, ``כ"ט באב תשנ"א``, as Israeli
  forms write it now and then) is read in it: 1985-03-27, 1991-08-09.
* a year written from 2400 to this year plus 543 is of the Buddhist era, 543 years ahead:
  ``07/03/2533``, ``2533-03-07`` and ``25330307`` are 1990-03-07 (Thai systems write birth
  dates so); ``2999-06-16`` stays a date in the future.
* a date marked as of the Ethiopian calendar (``12/04/1977 E.C.``, ``12/04/1977 ዓ.ም``: twelve
  months of 30 days and a thirteenth of 5 or 6, the year starting on 11 or 12 September, seven
  or eight years behind) is read in it, day first: 1984-12-21; a year alone (``1977 ዓ.ም``) is
  the Gregorian year that holds most of it (1985). In a column that marks such dates
  (``ethiopian``), its unmarked ones are of that calendar too.
* a date marked as of Bikram Sambat (Nepal's calendar: ``2045-03-15 BS``, ``वि.सं. २०४५/०३/१५``;
  solar months of 29 to 32 days from the sun's entry into a sign, the year starting about 13
  April, 56 years 8 months ahead) is read in it: 1988-06-28; in a column of them (``bikram``), so
  is an unmarked one of a year after this one of the common era, or from 1970 written first
  (``2013-02-16``), and a year alone (``2045``) is the Gregorian year that holds most of it
  (1988).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from typing import Any

import numpy as np
import pandas as pd

from tekil.normalize._common import MISSING, NA, UNPARSEABLE, CellReader, digits_misread
from tekil.normalize.burmese import BURMESE, unicode_burmese
from tekil.normalize.text import fold

__all__ = ["INVALID_DATE", "OUT_OF_RANGE", "PLACEHOLDER", "date"]

#: Reason for a date that does not exist (31.02.1985, month 13).
INVALID_DATE = "invalid_date"
#: Reason for a date after today.
OUT_OF_RANGE = "out_of_range"
#: Reason for 1900-01-01, the default that databases write for "no date", and the days
#: before it that spreadsheets write for a zero.
PLACEHOLDER = "placeholder"

COLUMNS = ("value", "reason", "year", "month", "day")
_PARTS = ("year", "month", "day")
# Dates before 1900 are kept: a register of historical persons, a year mistyped (1885 for
# 1985) that still agrees in its day and month; a default date many share weighs little.
_PLACEHOLDERS = frozenset({dt.date(1900, 1, 1), dt.date(1899, 12, 31), dt.date(1899, 12, 30)})
_UNPARSEABLE_ROW = (NA, UNPARSEABLE, NA, NA, NA)
_INVALID_ROW = (NA, INVALID_DATE, NA, NA, NA)

# Folded month names and abbreviations: Turkish, English, French, German, Spanish, Portuguese,
# Italian and Dutch.
_MONTH_NAMES = [
    "ocak oca january jan janvier janv januar enero ene janeiro gennaio gen januari",
    "subat sub february feb fevrier fevr fev februar febrero fevereiro febbraio februari",
    "mart mar march mars marz maerz marzo marco maart mrt",
    "nisan nis april apr avril avr abril abr aprile",
    "mayis may mai mayo maio maggio mei",
    "haziran haz june jun juin juni junio junho giugno giu",
    "temmuz tem july jul juillet juil juli julio julho luglio lug",
    "agustos agu agus august aug aout agosto ago augustus",
    "eylul eyl september sep sept septembre septiembre setiembre setembro settembre set",
    "ekim eki october oct octobre oktober okt octubre outubro out ottobre ott",
    "kasim kas november nov novembre noviembre novembro",
    "aralik ara december dec decembre dezember dez diciembre dic dezembro dicembre",
]
#: Irish, Welsh and Scottish Gaelic: the names (Irish ``Meán Fómhair`` and ``Deireadh Fómhair``
#: two words, read joined; its genitives ``Samhna``, ``Nollag`` as "mí na Nollag" writes them),
#: their abbreviations, and Welsh names as a soft mutation writes them (``o Fawrth``, ``Fedi``).
_CELTIC_MONTH_NAMES = [
    "eanair ean ionawr ion faoilleach",
    "feabhra feabh chwefror chwef gearran",
    "marta mawrth maw fawrth",
    "aibrean aib ebrill ebr giblean",
    "bealtaine beal ceitean",
    "meitheamh meith mehefin meh fehefin ogmhios",
    "iuil gorffennaf gorff orffennaf iuchar",
    "lunasa awst lunastal",
    "meanfomhair medi fedi sultain",
    "deireadhfomhair hydref hyd damhair",
    "samhain samhna samh tachwedd tach dachwedd",
    "nollaig nollag noll rhagfyr rhag ragfyr dubhlachd",
]
#: Samoan, Tongan, Māori and Fijian: the English names as each language writes them (Samoan
#: ``Ianuari``, ``Aukuso``; Tongan ``Sānuali``, ``Maʻasi``, ``ʻAokosi``, its glottal stops
#: written or not, read joined; Māori ``Hānuere``, ``Hūrae``; Fijian ``Janueri``, ``Okosita``),
#: folded. Samoan ``Me``, Tongan ``Mē`` and Fijian ``Me`` are May.
_PACIFIC_MONTH_NAMES = [
    "ianuari sanuali hanuere janueri",
    "fepuari fepueli pepuere feperueri",
    "mati maasi maehe maji",
    "aperila epeleli aperira epereli",
    "me",
    "iuni sune hune",
    "iulai siulai hurae jiulai",
    "aukuso aokosi akuhata okosita",
    "setema sepitema hepetema seviteba",
    "oketopa okatopa okotova",
    "novema noema noveba",
    "tesema tisema tihema tiseba",
]
#: Malagasy (a wallet's or a lender's form: ``15 Martsa 1989``), with the short forms clerks
#: write (``Aog.``); ``Mey`` and ``Jona`` are May and June.
_MALAGASY_MONTH_NAMES = [
    "janoary jan", "febroary feb", "martsa", "aprily", "mey", "jona", "jolay", "aogositra aog",
    "septambra", "oktobra", "novambra", "desambra",
]  # fmt: skip
_MONTHS = {
    name: i
    for table in (_MONTH_NAMES, _CELTIC_MONTH_NAMES, _PACIFIC_MONTH_NAMES, _MALAGASY_MONTH_NAMES)
    for i, names in enumerate(table, start=1)
    for name in names.split()
}
#: The Gregorian months' names in Burmese (August two ways), and the words around a date written
#: out in Burmese: ``၁၉၈၅ ခုနှစ်၊ မတ်လ ၁၅ ရက်`` ("the year 1985, the month of March, the 15th
#: day"); ``လ`` (month) after the name, ``ခုနှစ်`` (year), ``ရက်`` and ``နေ့`` (day).
_BURMESE_MONTHS = {
    "ဇန်နဝါရီ": "jan", "ဖေဖော်ဝါရီ": "feb", "မတ်": "mar", "ဧပြီ": "apr", "မေ": "may", "ဇွန်": "jun",
    "ဇူလိုင်": "jul", "ဩဂုတ်": "aug", "သြဂုတ်": "aug", "စက်တင်ဘာ": "sep", "အောက်တိုဘာ": "oct",
    "နိုဝင်ဘာ": "nov", "ဒီဇင်ဘာ": "dec",
}  # fmt: skip
_BURMESE_DIGITS = str.maketrans(dict.fromkeys("၀၁၂၃၄၅၆၇၈၉", "0"))
_BURMESE_DATE_WORDS = re.compile(
    "(" + "|".join(sorted(_BURMESE_MONTHS, key=len, reverse=True)) + ")လ?|ခုနှစ်|ရက်နေ့|ရက်|နေ့|[၊။]"
)
#: The Gregorian months' names in Thai, in full and abbreviated (``มี.ค.``, with or without its
#: dots; ``มีนา`` as it is said), as English abbreviations; the era's marks (``พ.ศ.``, the Buddhist era; ``ค.ศ.``, the
#: Christian), and the words of a date written out (``วันที่``, the day; ``เดือน``, the month;
#: ``ปี``, the year; ``เกิด``, born; ``เวลา``, a time, and ``น.`` after it) as nothing: ``15 มี.ค. 2530`` is 15 mar 2530 (1987).
_THAI_MONTHS = {
    "มกราคม": "jan", "กุมภาพันธ์": "feb", "มีนาคม": "mar", "เมษายน": "apr", "พฤษภาคม": "may",
    "มิถุนายน": "jun", "กรกฎาคม": "jul", "สิงหาคม": "aug", "กันยายน": "sep", "ตุลาคม": "oct",
    "พฤศจิกายน": "nov", "ธันวาคม": "dec", "ม.ค.": "jan", "ก.พ.": "feb", "มี.ค.": "mar",
    "เม.ย.": "apr", "พ.ค.": "may", "มิ.ย.": "jun", "ก.ค.": "jul", "ส.ค.": "aug", "ก.ย.": "sep",
    "ต.ค.": "oct", "พ.ย.": "nov", "ธ.ค.": "dec", "มกรา": "jan", "กุมภา": "feb", "มีนา": "mar",
    "เมษา": "apr", "พฤษภา": "may", "มิถุนา": "jun", "กรกฎา": "jul", "สิงหา": "aug", "กันยา": "sep",
    "ตุลา": "oct", "พฤศจิกา": "nov", "ธันวา": "dec",
}  # fmt: skip
_THAI_ERA = r"พุทธศักราช|คริสต์ศักราช|พ\.\s?ศ\.?|ค\.\s?ศ\.?|วันที่|เดือน|ปี|เกิด|เวลา|น\."
_THAI_DATE_WORDS = re.compile(
    f"({_THAI_ERA})|("
    + "|".join(
        re.escape(name).replace(r"\.", r"\.?")
        for name in sorted(_THAI_MONTHS, key=len, reverse=True)
    )
    + ")"
)
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")


def _thai_date_words(text: str) -> str:
    """A date written with a Thai month's name with the English abbreviation for it, the other
    words of a date spaces; a year of two digits beside a Thai month is the Buddhist era's
    (``15 มี.ค. 30``: 2530, as Thai papers shorten it)."""
    month = False

    def word(m: re.Match) -> str:
        nonlocal month
        if m[2] is None:
            return " "
        month = True
        return f" {_THAI_MONTHS[m[2] if m[2] in _THAI_MONTHS else _dotted(m[2])]} "

    out = _THAI_DATE_WORDS.sub(word, text)
    if not month or re.search(r"\d{4}", out):
        return out
    return re.sub(r"(?<![\d:])(\d{2})\s*$", r"25\1", out)


def _dotted(abbreviation: str) -> str:
    """A Thai month's abbreviation written without (some of) its dots, as the table keeps it."""
    bare = abbreviation.replace(".", "").replace(" ", "")
    return next(k for k in _THAI_MONTHS if k.replace(".", "") == bare)


# Words that may sit around a date and carry nothing: weekdays, ordinal suffixes (French "1er",
# Irish "14ú", Welsh "1af", "3ydd", "5ed", "7fed", "11eg"; the Irish article "an", Welsh "o"),
# "born on"; and those of a birth known about its year, as registers in Africa and South Asia and
# historical ones write it ("né vers 1975", "env. 1975", "ca. 1975", "abt 1975", Malagasy "tokony
# ho 1975"; "teraka tamin'ny", born on): its year alone.
_NOISE_WORDS = """
    pazartesi sali carsamba persembe cuma cumartesi pazar pzt sal crs car prs per cum cmt paz
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun st nd rd th of de del le der den di er
    u an o af il ydd ed fed eg
    vers ne nee env environ ca circa c abt about approx
    tokony ho teraka tamin ny
    """
_NOISE = frozenset(_NOISE_WORDS.split())
_TIME = re.compile(
    r"(?:[T\s]+|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_TOKENS = re.compile(r"[a-z]+|\d+")
_SEPARATOR = re.compile(r"\s*\d{1,2}([./-])\d{1,2}[./-]")
_SERIAL = re.compile(r"\d{5}")
#: A Japanese era date: ``昭和60年3月12日``, ``平成元年5月1日``, ``S60.3.12``, ``H02/05/01``.
_ERA = re.compile(
    r"\s*(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(\d{1,2}|元)\s*[年./-]\s*(\d{1,2})\s*[月./-]"
    r"\s*(\d{1,2})\s*日?\s*",
    re.IGNORECASE,
)
#: The year before each era's first (Meiji 1 is 1868, Showa 1 is 1926).
_ERA_YEAR0 = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_YEAR0.update({"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018})
#: A date in the years of the Republic of China (Taiwan's Minguo calendar; year 1 is 1912):
#: ``民國79年3月7日``, or a three-digit year first (``079/03/07``, ``100.06.12``), as no
#: Gregorian birth date is written. (``79/03/07`` is one only in a column that writes them so:
#: :func:`tekil.inference.minguo_dates`.)
_MINGUO = re.compile(
    r"\s*(?:(?:中華|中华)?(?:民國|民国)\s*(\d{1,3})|(\d{3}))\s*[年./-]\s*(\d{1,2})\s*[月./-]"
    r"\s*(\d{1,2})\s*日?\s*"
)
#: A short Minguo date, in a column of them (``79/03/07``, ``79.3.7``).
_SHORT_MINGUO = re.compile(r"\s*(\d{1,3})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*")
#: The year before the Republic's first.
MINGUO_YEAR0 = 1911
#: Day 0 of spreadsheets' day numbers (Excel's 1900 system, whose day 60 is a 29 February 1900
#: that never was: from day 61 on, as every date of birth is, this epoch is exact).
SPREADSHEET_EPOCH = dt.date(1899, 12, 30)
#: Years of the Buddhist era (Thailand's, Laos's, Cambodia's, Sri Lanka's papers) run 543 ahead:
#: 2533 is 1990. A year from 2400 (1857) is no date a person's record holds in the common era.
BUDDHIST_ERA = 543
_BUDDHIST_FROM = 2400


#: The mark of a date of the Ethiopian calendar, after it or before: "E.C." (Ethiopian calendar)
#: or "ዓ.ም" (ዓመተ ምሕረት, the year of mercy).
_ETHIOPIAN_MARK = re.compile(
    r"^\s*ዓ\.?\s*ም\.?\s*|(?:(?<=\d)|\s+)(?:e\.\s?c\.?|ec|ዓ\.?\s*ም\.?)\s*$", re.IGNORECASE
)
#: The day number (:meth:`datetime.date.toordinal`) before the Ethiopian calendar's first day,
#: less one year's: day 1 of month 1 of year ``y`` is ``365 * (y - 1) + y // 4 + 2796``.
_ETHIOPIAN_EPOCH = 2795


def _ethiopian(numbers: list[str]) -> tuple[Any, ...]:
    """A date of the Ethiopian calendar (day first, or a four-digit year first; or a year
    alone) in the Gregorian one."""
    if len(numbers) == 1 and len(numbers[0]) == 4:  # the year holds September to September
        return _partial([str(int(numbers[0]) + 8)])
    if len(numbers) != 3 or max(map(len, numbers)) > 4:
        return _UNPARSEABLE_ROW
    if len(numbers[0]) == 4:
        year, month, day = map(int, numbers)
    else:
        day, month, year = map(int, numbers)
        if len(numbers[2]) <= 2:  # the latest such year up to today's
            now = (_today().toordinal() - _ETHIOPIAN_EPOCH) * 4 // 1461 + 1
            year += (now // 100) * 100 if year <= now % 100 else (now // 100 - 1) * 100
        if month > 13 and day <= 13:
            day, month = month, day
    last = 30 if month < 13 else 5 + (year % 4 == 3)
    if not (1 <= month <= 13 and 1 <= day <= last and year > 0):
        return _INVALID_ROW
    when = dt.date.fromordinal(
        365 * (year - 1) + year // 4 + 30 * (month - 1) + day + _ETHIOPIAN_EPOCH
    )
    return _result(when.year, when.month, when.day, written=False)


#: The mark of a date of Bikram Sambat (Nepal's calendar), after it or before: "B.S.", "BS",
#: "V.S." or "वि.सं." (विक्रम संवत्).
BIKRAM_MARK = re.compile(
    r"^\s*वि\.?\s*सं\.?\s*|(?:(?<=\d)|\s+)(?:[bv]\.\s?s\.?|[bv]s|वि\.?\s*सं\.?)\s*$", re.IGNORECASE
)
#: Bikram Sambat runs 56 years 8 months ahead: its year begins (1 Baisakh) about 13 April of the
#: year 57 before.
BIKRAM_AHEAD = 57
#: The first Bikram Sambat year a column of them is read from (1913): an earlier four-digit year
#: in such a column is one of the common era that a clerk wrote so.
BIKRAM_FIRST = 1970
_J2000 = dt.date(2000, 1, 1).toordinal()


def _sidereal_sign(day: int) -> int:
    """The sidereal sign (0 Mesha to 11 Meena) the sun is in at the end of ``day`` (an ordinal)
    in Nepal (18:15 UTC): the sun's true longitude by its mean one and the equation of the
    centre, less Lahiri's ayanamsa. A Bikram Sambat month begins on the day the sun enters its
    sign (sankranti); this reading gives 1 Baisakh on the days printed calendars have (14 April
    2018, 14 April 2019, 13 April 2020, ..., 13 April 2024)."""
    n = day - _J2000 + 0.26  # days from noon of 1 January 2000
    anomaly = math.radians(357.52911 + 0.98560028 * n)
    longitude = (
        280.46646 + 0.9856474 * n + 1.9146 * math.sin(anomaly) + 0.02 * math.sin(2 * anomaly)
    )
    ayanamsa = 23.853 + 0.0139694 * n / 365.25
    return int((longitude - ayanamsa) % 360 // 30)


@functools.lru_cache(maxsize=4096)
def _bikram_month_start(year: int, month: int) -> int:
    """The day (an ordinal) a month of Bikram Sambat begins: the first day that ends with the
    sun in its sign, within a week of 14 April of ``year - 57`` plus a mean month per month."""
    sign = (month - 1) % 12
    guess = dt.date(year - BIKRAM_AHEAD, 4, 14).toordinal() + round((month - 1) * 30.44)
    day = guess - 8
    while not (_sidereal_sign(day) == sign and _sidereal_sign(day - 1) != sign):
        day += 1
    return day


def bikram_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Bikram Sambat date as a Gregorian one; ``None`` if it is none (its months have 29 to
    32 days, by the sun's speed).

    >>> bikram_to_gregorian(2045, 3, 15), bikram_to_gregorian(2081, 1, 1)
    (datetime.date(1988, 6, 28), datetime.date(2024, 4, 13))
    >>> bikram_to_gregorian(2045, 3, 33), bikram_to_gregorian(2045, 13, 1)
    (None, None)
    """
    if not (1 <= month <= 12 and day >= 1 and 1000 <= year <= 9000):
        return None
    start = _bikram_month_start(year, month)
    end = _bikram_month_start(year + month // 12, month % 12 + 1)
    return dt.date.fromordinal(start + day - 1) if day <= end - start else None


def _bikram(text: str, column: bool) -> tuple[Any, ...] | None:
    """A date marked as of Bikram Sambat (``2045-03-15 BS``, ``वि.सं. 2045/03/15``) or, in a
    column of them (``column``), an unmarked one of a year after this one of the common era (up
    to this one of Bikram Sambat), or from :data:`BIKRAM_FIRST` written first or alone; else
    None (read as any other). A year alone is the common era's year that holds most of it
    (Baisakh to Poush)."""
    bare = BIKRAM_MARK.sub("", text)
    if bare == text and not column:
        return None
    if not re.fullmatch(r"[\d\s./-]+", bare):
        return _UNPARSEABLE_ROW if bare != text else None
    numbers = re.findall(r"\d+", bare)
    if len(numbers) == 3 and len(numbers[0]) == 4:
        year, month, day = map(int, numbers)
    elif len(numbers) == 3 and len(numbers[2]) == 4:
        day, month, year = map(int, numbers)
    elif len(numbers) == 1 and len(numbers[0]) == 4:
        year, month, day = int(numbers[0]), 0, 0
    else:
        return _UNPARSEABLE_ROW if bare != text else None
    now = _today().year
    if bare == text and not (
        now < year <= now + BIKRAM_AHEAD or (BIKRAM_FIRST <= year <= now and len(numbers[0]) == 4)
    ):
        return None  # (``15/06/1988`` in such a column is of the common era, as written)
    if not month:
        return _partial([str(year - BIKRAM_AHEAD)])
    when = bikram_to_gregorian(year, month, day)
    if when is None:
        return _INVALID_ROW
    return _result(when.year, when.month, when.day, written=False)


#: The Solar Hijri calendar (:func:`jalali_to_gregorian`): 1 Farvardin 1300 was 21 March 1921,
#: and from 1210 to 1634 its leap years are those whose remainder by 33 is one of these (the
#: 33-year cycle that the astronomical calendar follows in those years).
_NOWRUZ_1300 = dt.date(1921, 3, 21)
_JALALI_LEAP = (1, 5, 9, 13, 17, 22, 26, 30)
_JALALI_FROM, _JALALI_TO = 1210, 1634
#: The first Solar Hijri year a column of them is read from: 1300 is 1921.
JALALI_FIRST = 1300
#: How many years the Solar Hijri calendar's count is behind the common era's, from Nowruz on.
_JALALI_AHEAD = 621
#: A Solar Hijri date: its year first (``1368/05/12``, ``68/5/12``), or last (``12/05/1368``).
_JALALI = re.compile(r"\s*(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})\s*")


def _jalali_leaps(year: int) -> int:
    """The Solar Hijri leap years from 1300 to ``year`` (not counted), negative before 1300."""
    n = year - JALALI_FIRST
    whole, rest = divmod(n, 33)
    first = JALALI_FIRST % 33
    return whole * 8 + sum((first + k) % 33 in _JALALI_LEAP for k in range(rest))


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Solar Hijri date (years 1210 to 1634) as a Gregorian one; ``None`` if it is none.

    >>> jalali_to_gregorian(1368, 5, 12), jalali_to_gregorian(1403, 1, 1)
    (datetime.date(1989, 8, 3), datetime.date(2024, 3, 20))
    """
    if not (_JALALI_FROM <= year <= _JALALI_TO and 1 <= month <= 12 and day >= 1):
        return None
    leap = year % 33 in _JALALI_LEAP
    if day > (31 if month <= 6 else 30 if month <= 11 else 30 if leap else 29):
        return None
    before = 365 * (year - JALALI_FIRST) + _jalali_leaps(year)
    into = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _NOWRUZ_1300 + dt.timedelta(days=before + into + day - 1)


def _jalali(text: str) -> tuple[Any, ...] | None:
    """A date of a column of Solar Hijri dates, or None (then read as any other): year first
    or, with a four-digit year, last; a two-digit year is the latest not in the future. A year
    alone (``1365``, as Afghan papers give many a birth) is the common era's year that holds most
    of it (Nowruz to December: 1986)."""
    found = _JALALI.fullmatch(text)
    if found is None and len(text) == 4 and text.isdigit():
        if not JALALI_FIRST <= int(text) <= _today().year - _JALALI_AHEAD:
            return None  # (``1986`` in such a column is of the common era, as written)
        return _partial([str(int(text) + _JALALI_AHEAD)])
    if found is not None:
        a, b, c = found.groups()
        if len(a) == 4 or (len(a) <= 2 and len(c) <= 2 and int(c) <= 31):
            year, month, day = a, int(b), int(c)
        elif len(c) == 4 or (len(a) <= 2 and len(c) == 2):
            year, month, day = c, int(b), int(a)
        else:
            return None
    elif len(text) == 8 and text.isdigit():
        year, month, day = text[:4], int(text[4:6]), int(text[6:])
    else:
        return None
    now = _today().year - 621
    if len(year) == 4:
        full = int(year)
    elif len(year) == 2:
        full = 1400 + int(year) if 1400 + int(year) <= now else 1300 + int(year)
    else:
        return None
    if not JALALI_FIRST <= full <= now:
        return None
    when = jalali_to_gregorian(full, month, day)
    if when is None:  # (Esfand 30 of a common year)
        return _INVALID_ROW
    return _result(when.year, when.month, when.day, written=False)


#: The Hebrew calendar (:func:`hebrew_to_gregorian`): 1 Tishri of the year 1 is the proleptic
#: Gregorian day number (:meth:`datetime.date.toordinal`) -1373427; a year's new year is put off
#: by the molad's rules (Dershowitz and Reingold, *Calendrical Calculations*).
HEBREW_EPOCH = -1373427
#: The months from Tishri, by the names Israeli forms write (Adar I and II in leap years).
_HEBREW_MONTHS = {
    "תשרי": "tishri", "חשון": "heshvan", "חשוון": "heshvan", "מרחשון": "heshvan",
    "מרחשוון": "heshvan", "כסלו": "kislev", "כסליו": "kislev", "טבת": "tevet", "שבט": "shevat",
    "אדר": "adar", "ניסן": "nisan", "אייר": "iyar", "סיון": "sivan", "סיוון": "sivan",
    "תמוז": "tammuz", "אב": "av", "אלול": "elul",
}  # fmt: skip
#: The letters' values, by which Hebrew writes numbers (ט"ו 15, תשמ"ה 745).
_GEMATRIA = dict(zip("אבגדהוזחטיכלמנסעפצקרשת", [*range(1, 11), *range(20, 100, 10),
                                               *range(100, 500, 100)], strict=True))  # fmt: skip
_GEMATRIA |= {"ך": 20, "ם": 40, "ן": 50, "ף": 80, "ץ": 90}
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")


def _hebrew_elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    day = months * 29 + (12084 + 13753 * months) // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(year: int) -> int:
    before, this, after = (_hebrew_elapsed(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return HEBREW_EPOCH + this + delay


def hebrew_to_gregorian(year: int, month: str, day: int) -> dt.date | None:
    """A date of the Hebrew calendar (``month`` one of :data:`_HEBREW_MONTHS`' readings, or
    ``adar1``, ``adar2``) as a Gregorian one; None if the year has no such day. Plain Adar in a
    leap year is Adar I.

    >>> hebrew_to_gregorian(5745, "nisan", 5), hebrew_to_gregorian(5761, "tishri", 1)
    (datetime.date(1985, 3, 27), datetime.date(2000, 9, 30))
    """
    if not 3000 <= year <= 6000 or not 1 <= day <= 30:
        return None
    start = _hebrew_new_year(year)
    length = _hebrew_new_year(year + 1) - start
    leap = (7 * year + 1) % 19 < 7
    months = [("tishri", 30), ("heshvan", 30 if length % 10 == 5 else 29),
              ("kislev", 29 if length % 10 == 3 else 30), ("tevet", 29), ("shevat", 30)]  # fmt: skip
    months += [("adar1", 30), ("adar2", 29)] if leap else [("adar", 29)]
    months += [("nisan", 30), ("iyar", 29), ("sivan", 30), ("tammuz", 29), ("av", 30), ("elul", 29)]
    if leap and month == "adar":
        month = "adar1"  # plain Adar in a leap year is Adar I
    elif not leap and month.startswith("adar"):
        month = "adar"  # a common year has one Adar
    for name, days in months:
        if name == month:
            return dt.date.fromordinal(start + day - 1) if day <= days else None
        start += days
    return None


def _gematria(word: str) -> int | None:
    if not word or any(c not in _GEMATRIA for c in word):
        return None
    return sum(_GEMATRIA[c] for c in word)


def _hebrew(text: str) -> tuple[Any, ...] | None:
    """A date written in the Hebrew calendar in letters (``ה' בניסן התשמ"ה``, ``כ"ט באב
    תשנ"א``, ``י"ב אדר ב' תשס"ח``), or None: the day, the month (``ב`` before it: "of"), Adar's
    ``א``/``ב``, the year (its thousands as a first ``ה``, or left out: the 5000s)."""
    words = fold(text).split()  # (geresh and gershayim off)
    if len(words) not in (3, 4):
        return None
    month_word = words[1]
    if month_word not in _HEBREW_MONTHS and month_word[1:] in _HEBREW_MONTHS:
        month_word = month_word[1:]
    month = _HEBREW_MONTHS.get(month_word)
    if month is None:
        return None
    if len(words) == 4:
        if month != "adar" or words[2] not in ("א", "ב"):
            return None
        month = "adar1" if words[2] == "א" else "adar2"
    day, year = _gematria(words[0]), words[-1]
    if year[:1] == "ה" and len(year) > 1:  # the thousands: gematria writes its largest first
        year = year[1:]
    hundreds = _gematria(year)
    if day is None or hundreds is None or not 1 <= day <= 30:
        return None
    when = hebrew_to_gregorian(5000 + hundreds, month, day)
    if when is None:
        return _INVALID_ROW
    return _result(when.year, when.month, when.day, written=False)


def _today() -> dt.date:
    return dt.date.today()  # a function, so that tests can fix "today"


def _common_era(year: int) -> int:
    """A year written from 2400 to this year of the Buddhist era, in the common era."""
    return year - BUDDHIST_ERA if _BUDDHIST_FROM <= year <= _today().year + BUDDHIST_ERA else year


def _result(year: int, month: int, day: int, written: bool = True) -> tuple[Any, ...]:
    if written:  # (a date object is of the common era)
        year = _common_era(year)
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return _INVALID_ROW
    if when > _today():
        reason: Any = OUT_OF_RANGE
    elif when in _PLACEHOLDERS:
        reason = PLACEHOLDER
    else:
        reason = NA
    return (when.isoformat(), reason, when.year, when.month, when.day)


def _full_year(token: str, month: int, day: int) -> int | None:
    """A year from its digits; two digits pivot so that the date is not in the future."""
    if len(token) == 4:
        return int(token)
    if len(token) > 2:
        return None
    year = 2000 + int(token)
    today = _today()
    return year if (year, month, day) <= (today.year, today.month, today.day) else year - 100


def _numeric(first: str, second: str, year: str, dayfirst: bool) -> tuple[Any, ...]:
    if len(first) > 2 or len(second) > 2:
        return _UNPARSEABLE_ROW
    if int(first) > 31 and len(year) <= 2:
        # "85-03-07": a first number that no day or month can be is a two-digit year, the
        # date year first (as Korea, Japan, China and Sweden write it); only one reading exists.
        month, day = int(second), int(year)
        full = _full_year(first, month, day)
        return _UNPARSEABLE_ROW if full is None else _result(full, month, day)
    a, b = int(first), int(second)
    day, month = (a, b) if dayfirst else (b, a)
    if month > 12 and day <= 12:  # only the other reading exists
        day, month = month, day
    full = _full_year(year, month, day)
    return _UNPARSEABLE_ROW if full is None else _result(full, month, day)


def _plausible(row: tuple[Any, ...]) -> bool:
    """A date that exists, with a year from 1800 to 2199."""
    return row[0] is not NA and 1800 <= row[2] <= 2199


def _eight_digits(digits: str, dayfirst: bool) -> tuple[Any, ...]:
    iso = _result(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    if _plausible(iso):
        return iso
    a, b, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    other = _result(year, b, a) if dayfirst else _result(year, a, b)
    return other if _plausible(other) else iso


def _era(text: str) -> tuple[Any, ...] | None:
    """A date written in a Japanese era's years, or None."""
    if not any(c in text for c in "明大昭平令MTSHRmtshrＭＴＳＨＲｍｔｓｈｒ"):
        return None
    era = _ERA.fullmatch(unicodedata.normalize("NFKC", text))
    if era is None:
        return None
    name, year, month, day = era.groups()
    year = 1 if year == "元" else int(year)
    return _result(_ERA_YEAR0[name.upper()] + year, int(month), int(day))


def _minguo(text: str, short: bool) -> tuple[Any, ...] | None:
    """A date in the Republic of China's years (:data:`_MINGUO`), or None; ``short``: the
    column writes them with two-digit years too (``79/03/07``)."""
    roc = _MINGUO.fullmatch(text)
    if roc is not None:
        named, three, month, day = roc.groups()
        return _result(MINGUO_YEAR0 + int(named or three), int(month), int(day))
    if short and (roc := _SHORT_MINGUO.fullmatch(text)) is not None:
        year, month, day = map(int, roc.groups())
        row = _result(MINGUO_YEAR0 + year, month, day)
        return row if row[0] is not NA and year > 0 else None  # else as any other date
    return None


#: The plainest numeric dates (``07.03.1985``, ``1985-03-07``), which most columns hold: read
#: as the full reading below reads them, without its checks for eras, words and misread digits.
#: (Not three digits first: ``079/03/07`` is a Minguo date.)
_PLAIN_DATE = re.compile(r"([0-9]{4}|[0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{1,4})")


def _text(
    text: str, dayfirst: bool, minguo: bool = False, ethiopian: bool = False
) -> tuple[Any, ...]:
    plain = None if minguo or ethiopian else _PLAIN_DATE.fullmatch(text)
    if plain is None:
        return _read_fully(text, dayfirst, minguo, ethiopian)
    first, second, third = plain.groups()
    if len(first) < 4:
        return _numeric(first, second, third, dayfirst)
    return _UNPARSEABLE_ROW if len(third) > 2 else _result(int(first), int(second), int(third))


def _burmese_date_word(m: re.Match) -> str:
    """A Burmese month's name as its English abbreviation; the other words of a date a space."""
    return f" {_BURMESE_MONTHS.get(m[1], '')} " if m[1] else " "


def _read_fully(text: str, dayfirst: bool, minguo: bool, ethiopian: bool) -> tuple[Any, ...]:
    marked = _ETHIOPIAN_MARK.search(text)
    if marked is not None or ethiopian:
        bare = _ETHIOPIAN_MARK.sub("", _TIME.sub("", text))
        if marked is not None or re.fullmatch(r"[\d\s./-]+", bare):
            return _ethiopian(re.findall(r"\d+", bare))
    era = _era(text)
    if era is not None:
        return era
    roc = _minguo(text, minguo)
    if roc is not None:
        return roc
    if _HEBREW_LETTER.search(text) and (hebrew := _hebrew(text)) is not None:
        return hebrew
    if BURMESE.search(text):  # "၁၉၈၅ ခုနှစ် မတ်လ ၁၅ ရက်": 1985 Mar 15
        text = _BURMESE_DATE_WORDS.sub(_burmese_date_word, unicode_burmese(text))
        if BURMESE.search(text.translate(_BURMESE_DIGITS)):  # a Myanmar calendar's month, ...
            return _UNPARSEABLE_ROW
    if _THAI_LETTER.search(text):  # "15 มี.ค. 2530": 15 Mar 2530 (1987)
        text = _thai_date_words(text)
    text = _TIME.sub("", text)
    # "2OO3-05-22", "l5.03.1985": letters a scanner or a typist took for digits.
    text = digits_misread(text, 4) or text
    tokens = [t for t in _TOKENS.findall(fold(text)) if t not in _NOISE]
    words = [t for t in tokens if t.isalpha()]
    numbers = [t for t in tokens if t.isdigit()]
    if len(words) == 2 and "".join(words) in _MONTHS:  # Irish "Meán Fómhair", one month
        words = ["".join(words)]
    if words:
        if len(words) == 1 and words[0] in _MONTHS and len(numbers) == 1:  # "March 1985"
            return _partial([numbers[0], str(_MONTHS[words[0]])])
        if len(words) != 1 or words[0] not in _MONTHS or len(numbers) != 2:
            return _UNPARSEABLE_ROW
        month = _MONTHS[words[0]]
        day, year = numbers  # "7 Mart 1985", "March 7, 1985", "07-MAR-85"
        if len(day) == 4:  # "1985 Mart 7"
            day, year = year, day
        if len(day) > 2:
            return _UNPARSEABLE_ROW
        full = _full_year(year, month, int(day))
        return _UNPARSEABLE_ROW if full is None else _result(full, month, int(day))
    if len(numbers) == 3:
        if len(numbers[0]) == 4:  # year first is always year-month-day
            if len(numbers[1]) > 2 or len(numbers[2]) > 2:
                return _UNPARSEABLE_ROW
            return _result(int(numbers[0]), int(numbers[1]), int(numbers[2]))
        return _numeric(numbers[0], numbers[1], numbers[2], dayfirst)
    if len(numbers) == 1 and len(numbers[0]) == 8:
        return _eight_digits(numbers[0], dayfirst)
    return _partial(numbers)


def _partial(numbers: list[str]) -> tuple[Any, ...]:
    """A year alone (``1985``), or a month and a four-digit year (``1985-03``, ``03/1985``):
    files that keep no more of a birth date. Their value is ``1985`` or ``1985-03``, with
    the parts known; a comparison sees them agree on the year (and month), never in full."""
    if len(numbers) == 1 and len(numbers[0]) == 4:
        year, month = int(numbers[0]), None
    elif len(numbers) == 2 and sorted(map(len, numbers)) in ([1, 4], [2, 4]):
        four = 0 if len(numbers[0]) == 4 else 1
        year, month = int(numbers[four]), int(numbers[1 - four])
        if not 1 <= month <= 12:
            return _INVALID_ROW
    else:
        return _UNPARSEABLE_ROW
    if year < 1000:
        return _UNPARSEABLE_ROW
    year = _common_era(year)
    reason = NA if year <= _today().year else OUT_OF_RANGE
    if month is None:
        return (str(year), reason, year, NA, NA)
    return (f"{year}-{month:02d}", reason, year, month, NA)


def _raw(cell: Any) -> tuple[Any, ...] | None:
    if isinstance(cell, dt.datetime | dt.date | np.datetime64):
        if pd.isna(cell):  # NaT
            return (NA, MISSING, NA, NA, NA)
        when = pd.Timestamp(cell) if isinstance(cell, np.datetime64) else cell
        return _result(when.year, when.month, when.day, written=False)
    return None


def date(
    values: pd.Series,
    *,
    dayfirst: bool = True,
    by_separator: dict[str, bool] | None = None,
    serial: bool = False,
    minguo: bool = False,
    ethiopian: bool = False,
    jalali: bool = False,
    bikram: bool = False,
) -> pd.DataFrame:
    """Read dates written in the usual Turkish, European, ISO and English ways.

    See the module documentation for the accepted forms and for how ambiguous
    numeric dates and two-digit years are read.

    Returns a DataFrame aligned to ``values`` with columns ``value`` (ISO
    ``YYYY-MM-DD``; ``YYYY`` or ``YYYY-MM`` for a year alone or a month and year),
    ``reason`` and ``year``, ``month``, ``day`` (nullable
    ``Int64``, for comparisons such as "one component off" or "day and month
    swapped"). Reasons:

    * ``missing`` - null, blank or ``NaT``;
    * ``unparseable`` - not a date in any accepted form (unknown words, a lone
      day and month);
    * ``invalid_date`` - a date that does not exist (``31.02.1985``, month 13);
      other columns ``<NA>``;
    * ``out_of_range`` - after today; value and parts kept;
    * ``placeholder`` - 1900-01-01, written by many systems for "unknown" (and
      1899-12-30 / 31, a spreadsheet's zero); value and parts kept.

    A date before 1900 is a date (a historical register, a mistyped year).

    >>> date(pd.Series(["07.03.1985", "7 Mart 1985", "1985-03-07", "31.02.1985"]))[
    ...     "value"
    ... ].tolist()
    ['1985-03-07', '1985-03-07', '1985-03-07', <NA>]
    """
    return reader(
        dayfirst=dayfirst,
        by_separator=by_separator,
        serial=serial,
        minguo=minguo,
        ethiopian=ethiopian,
        jalali=jalali,
        bikram=bikram,
    ).frame(values)


def reader(
    *,
    dayfirst: bool = True,
    by_separator: dict[str, bool] | None = None,
    serial: bool = False,
    minguo: bool = False,
    ethiopian: bool = False,
    jalali: bool = False,
    bikram: bool = False,
) -> CellReader:
    """How :func:`date` reads one cell; ``by_separator``: the order of the numeric dates
    written with each separator (``{".": True, "/": False}``), where it differs by system;
    ``serial``: five-digit numbers are spreadsheet day numbers (``31113`` is 1985-03-07), for
    a column that a spreadsheet wrote so (see :func:`tekil.inference.spreadsheet_days`);
    ``minguo``: ``79/03/07`` is in the Republic of China's years, 1990-03-07, for a column that
    writes them so (see :func:`tekil.inference.minguo_dates`); ``ethiopian``: unmarked numeric
    dates are of the Ethiopian calendar, for a column that marks some so (see
    :func:`tekil.inference.ethiopian_dates`); ``jalali``: ``1368/05/12`` and ``68/5/12`` are Solar
    Hijri dates, 1989-08-03, for a column that writes them so (see
    :func:`tekil.inference.jalali_dates`); ``bikram``: ``2045-03-15`` and ``2045`` are of
    Bikram Sambat, 1988-06-29 and 1988, for a column that writes them so (see
    :func:`tekil.inference.bikram_dates`; a date marked so is read so in any column)."""
    orders = {sep: bool(first) for sep, first in (by_separator or {}).items()}

    def one(text: str) -> tuple[Any, ...]:
        if jalali and (solar := _jalali(text)) is not None:
            return solar
        if (bikram or not text.isascii() or not (text[:1] + text[-1:]).isdigit()) and (
            nepali := _bikram(text, bikram)
        ) is not None:
            return nepali
        if serial and _SERIAL.fullmatch(text):
            when = SPREADSHEET_EPOCH + dt.timedelta(days=int(text))
            return _result(when.year, when.month, when.day)
        if orders:
            written = _SEPARATOR.match(text)
            if written is not None:
                first = orders.get(written.group(1), bool(dayfirst))
                return _text(text, first, minguo, ethiopian)
        return _text(text, bool(dayfirst), minguo, ethiopian)

    return CellReader(
        "date",
        one,
        tuple(COLUMNS),
        raw_transform=_raw,
        integer_columns=tuple(_PARTS),
    )
