import datetime as dt

import numpy as np
import pandas as pd

from tekil.id_checks import luhn_id
from tekil.inference import role_from_values
from tekil.normalize.dates import date, hebrew_to_gregorian
from tekil.normalize.latin import hebrew_script, latin, skeletons
from tekil.normalize.names import name
from tekil.normalize.text import fold
from tekil.settings import role_from_name
from tekil.similarity import spelled_alike


def test_hebrew_column_names():
    # Israeli systems name their columns in Hebrew; the father's name is someone else's.
    hebrew = {
        "שם פרטי": "first_name",
        "שם משפחה": "last_name",
        "שם מלא": "full_name",
        "שם האב": "father_name",
        "שם האם": "mother_name",
        "שם נעורים": "birth_name",
        "ת.ז.": "free_id",
        "ת.ז": "free_id",
        "מספר זהות": "free_id",
        "תעודת זהות": "free_id",
        "תאריך לידה": "dob",
        "טלפון נייד": "phone",
        "טלפון בבית": "phone",
        "כתובת": "address",
        "עיר": "city",
        "יישוב": "city",
        "מיקוד": "postcode",
        'דוא"ל': "email",
        "דוא״ל": "email",  # with a real gershayim
        "מין": "gender",
        "teudat_zehut": "free_id",
    }
    assert {c: role_from_name(c) for c in hebrew} == hebrew
    # a system's own customer or member number is no identifier shared across systems
    assert role_from_name("מספר לקוח") == "ignore"
    assert role_from_name("מספר חבר") == "ignore"


def test_hebrew_final_letters_geresh_and_points_fold():
    # Final letters are positional forms of the plain ones; systems that cannot shape them
    # write the plain letters. Niqqud and right-to-left marks are no letters.
    assert fold("כהנ") == fold("כהן") == fold("כֹּהֵן") == fold("\u200fכהן")
    assert fold("ביטונ") == fold("ביטון")
    assert fold("יוסף") == fold("יוספ")
    # a geresh or gershayim, however typed, belongs to its letter: no break between words
    assert fold("ג'בארין") == fold("ג׳בארין") == fold("גבארין")
    assert fold('דוא"ל') == fold("דוא״ל") == "דואל"
    assert " " not in fold("צ'רניחובסקי")
    # an abbreviation's geresh before a space keeps the words apart; Latin apostrophes split
    assert fold("רח' הרצל") == "רח הרצל"
    assert fold("O'Brien") == "o brien"
    # the forms their places ask: a final pe is an f
    assert fold("כהנ") == "כהן" and fold("ךלב") == "כלב"
    assert latin(fold("יוסף")) == "yvsf"
    assert latin(fold("פרץ")) == "prts"


def test_text_of_marks_alone_folds_to_nothing():
    # Accents, niqqud and direction marks alone leave no letter for the Hebrew forms to read.
    for text in ("\u0301", "\u05b8\u05bc", "\u200f", "\u0301\u200f "):
        assert fold(text) == ""


def test_hebrew_names_meet_their_latin_spellings():
    alike = [("יצחק", "Yitzhak"), ("יצחק", "Itzhak"), ("חיים", "Chaim"), ("חיים", "Haim"),
             ("חיים", "Khaim"), ("שמואל", "Shmuel"), ("שמואל", "Samuel"), ("כהן", "Cohen"),
             ("כהן", "Kohn"), ("אברהם", "Avraham"), ("אברהם", "Abraham"), ("שרה", "Sarah"),
             ("מיכל", "Michal"), ("מיכל", "Mikhal"), ("כץ", "Katz"), ("פרץ", "Perez"),
             ("ג'בארין", "Jabarin"), ("ח'טיב", "Khatib"), ("אחמד", "Ahmad"), ("ילנה", "Elena"),
             ("גולדשטיין", "Goldstein"), ("יעקב", "Yaakov"), ("יוסף", "Yosef")]  # fmt: skip
    for he, la in alike:
        assert skeletons(fold(he)) & skeletons(fold(la)), (he, la)
    unlike = [("כהן", "Levi"), ("אחמד", "Hamid"), ("שרה", "Shula"), ("משה", "Michal"),
              ("דוד", "Dahan"), ("יצחק", "Yaakov")]  # fmt: skip
    for he, la in unlike:
        assert not skeletons(fold(he)) & skeletons(fold(la)), (he, la)
    u = np.array([fold(v) for v in ["שמואל", "shmuel", "shlomo", "כהן", "cohen"]], dtype=object)
    got = spelled_alike(np.array([0, 0, 3, 3]), np.array([1, 2, 4, 1]), u).tolist()
    assert got == [True, False, True, False]
    # no skeletons for values of neither script; Hebrew and Arabic letters are told apart
    assert skeletons("") == frozenset()
    assert hebrew_script(fold("מוחמד")) and not hebrew_script(fold("محمد"))


def test_a_hebrew_geresh_keeps_a_name_one_word():
    # ג׳, צ׳, ז׳ with the Hebrew geresh (U+05F3) or an apostrophe: one word, as O'Brien is
    got = name(pd.Series(["צ׳רניחובסקי", "צ'רניחובסקי", "צרניחובסקי", "ג׳בארין"]))["value"]
    assert got.tolist() == ["צרניחובסקי", "צרניחובסקי", "צרניחובסקי", "גבארין"]
    assert name(pd.Series(["Ali-Reza"]))["value"][0] == "ali reza"  # a hyphen still separates


def test_hebrew_calendar_dates():
    # Israeli forms write a birth date in the Hebrew calendar now and then, in letters.
    assert hebrew_to_gregorian(5745, "nisan", 5) == dt.date(1985, 3, 27)
    assert hebrew_to_gregorian(5761, "tishri", 1) == dt.date(2000, 9, 30)  # Rosh Hashana
    assert hebrew_to_gregorian(5768, "adar2", 14) == dt.date(2008, 3, 21)  # Purim, a leap year
    assert hebrew_to_gregorian(5745, "adar", 30) is None  # a common year's Adar has 29 days
    v = pd.Series(['ה\' בניסן התשמ"ה', "ה׳ בניסן תשמ״ה", "ה ניסן התשמה", 'ט"ו בשבט התש"ס',
                   'י"ב באדר ב\' תשס"ח', 'כ"ט באב תשנ"א', "05/03/1985"])  # fmt: skip
    assert date(v)["value"].tolist() == ["1985-03-27"] * 3 + [
        "2000-01-22", "2008-03-19", "1991-08-09", "1985-03-05"]  # fmt: skip
    # not a date: a month name without a day, a made-up month, a day of no month
    bad = date(pd.Series(["בניסן התשמה", "ה' בפלוני התשמ\"ה", "ל' באדר תשמ\"ה"]))
    assert bad["value"].isna().all()


def _with_check_digit(body: str) -> str:
    """``body`` (eight digits) and Luhn's check digit, as a Teudat Zehut ends."""
    total = sum(int(d) * (1 + k % 2) // 10 + int(d) * (1 + k % 2) % 10 for k, d in enumerate(body))
    return body + str(-total % 10)


def test_teudat_zehut_numbers_are_ids_by_their_values_not_phones():
    # A column named in a language tekil has no word for: nine digits whose last is Luhn's
    # check digit, some without the leading zeros a spreadsheet dropped, some dashed. Read as
    # dialled in Israel they were landlines ("034567891": Tel Aviv's 03).
    rng = np.random.default_rng(5)
    ids = [_with_check_digit(f"{n:08d}") for n in rng.integers(0, 10**8, 60)]
    written = [i.lstrip("0") if k % 5 == 0 else i for k, i in enumerate(ids)]
    written = [f"{i[:2]}-{i[2:8]}-{i[8]}" if k % 7 == 3 else i for k, i in enumerate(written)]
    assert all(luhn_id(i.replace("-", "")) for i in written)
    assert role_from_values(pd.Series(written)) == "free_id"
    # Phones of nine or ten digits pass Luhn's check one in ten: still phones.
    mobiles = [f"05{n % 10}-{n // 10 % 10**7:07d}" for n in rng.integers(0, 10**9, 60)]
    assert role_from_values(pd.Series(mobiles)) == "phone"
    assert role_from_values(pd.Series([m.replace("-", "")[1:] for m in mobiles])) == "phone"
    assert not luhn_id("000000000") and not luhn_id("18") and not luhn_id("0123456789")
