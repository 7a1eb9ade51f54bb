import datetime as dt

import numpy as np
import pandas as pd

from tekil.inference import jalali_dates, role_from_values
from tekil.normalize.addresses import postcode_digits
from tekil.normalize.dates import date, jalali_to_gregorian
from tekil.normalize.ids import free_id
from tekil.normalize.latin import skeletons
from tekil.normalize.text import fold
from tekil.settings import role_from_name
from tekil.similarity import spelled_alike


def test_persian_and_fingilish_column_names():
    # Iranian systems name their columns in Persian, or in Persian words in Latin letters.
    persian = {
        "نام": "first_name",
        "نام خانوادگی": "last_name",
        "نام و نام خانوادگی": "full_name",
        "نام پدر": "father_name",
        "کد ملی": "free_id",
        "تاریخ تولد": "dob",
        "تلفن همراه": "phone",
        "نشانی": "address",
        "کد پستی": "postcode",
        "nam_khanevadegi": "last_name",
        "code_melli": "free_id",
        "tarikh_tavalod": "dob",
        "tel_hamrah": "phone",
        "code_posti": "postcode",
        "national_code": "free_id",
    }
    assert {c: role_from_name(c) for c in persian} == persian
    # a customer's number is no identifier shared across systems
    assert role_from_name("شماره مشتری") == "ignore"


def test_arabic_yeh_and_kaf_fold_as_the_persian_letters():
    # Older Iranian software and Arabic keyboards write ي and ك for ی and ک.
    assert fold("هاشمي") == fold("هاشمی")
    assert fold("كاظمي") == fold("کاظمی")
    assert fold("رضائی") == fold("رضایی")  # the hamza's seat is a yeh too
    assert fold("مصطفى") != fold("مصطفی")  # alef maksura is its own letter
    assert role_from_name("کد ملي") == "free_id"
    assert role_from_name("نام خانوادگي") == "last_name"


def test_solar_hijri_dates():
    assert jalali_to_gregorian(1368, 5, 12) == dt.date(1989, 8, 3)
    assert jalali_to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20)  # Nowruz
    assert jalali_to_gregorian(1403, 12, 30) == dt.date(2025, 3, 20)  # a leap year's last day
    assert jalali_to_gregorian(1400, 12, 30) is None  # 1400 is no leap year
    assert jalali_to_gregorian(1368, 2, 31) == dt.date(1989, 5, 21)  # first six months: 31 days
    v = pd.Series(["1368/05/12", "۱۳۶۸/۰۵/۱۲", "68/5/12", "1368-05-12", "13680512", "12/05/1368"])
    assert date(v, jalali=True)["value"].tolist() == ["1989-08-03"] * 6
    # Gregorian dates in the column are read as ever; outside such a column 1368 is 1368
    assert date(pd.Series(["1989-08-03"]), jalali=True)["value"][0] == "1989-08-03"
    assert date(pd.Series(["1368/05/12"]))["value"][0] == "1368-05-12"
    assert date(pd.Series(["1400/12/30"]), jalali=True)["reason"][0] == "invalid_date"


def test_a_column_of_solar_hijri_dates_is_told_by_its_values():
    iran = pd.Series(["1368/05/12", "۱۳۵۲/۱۱/۰۳", "75/2/31", "1399-07-01", None] * 8)
    lunar = pd.Series(["1410/05/12", "1425/01/02", "1398/03/04", "1440/09/09"] * 10)
    gregorian = pd.Series(["1989-08-03", "03/08/1989", "1975-01-02"] * 10)
    assert jalali_dates(iran)
    assert not jalali_dates(lunar) and not jalali_dates(gregorian)


def test_names_in_persian_letters_meet_their_latin_spellings():
    # Arabic script leaves short vowels unwritten: a name and its Latin spellings share their
    # consonants, whatever vowels each spelling writes.
    def alike(persian: str, latin: str) -> bool:
        return bool(skeletons(fold(persian)) & skeletons(fold(latin)))

    for persian, spellings in {
        "حسینی": ["Hosseini", "Hoseini", "Hosseyni", "HUSSEINI"],
        "محمد": ["Mohammad", "Muhammad", "Mohamed"],
        "غلامرضا": ["Gholamreza", "Gholam Reza", "Gholam-Reza", "Qolamreza"],
        "عبد الله": ["Abdollah", "Abdullah"],
        "مصطفی": ["Mostafa", "Mustafa"],
        "رضائی": ["Rezaei", "Rezaee", "Rezaie"],
        "سعید": ["Saeed", "Saeid", "Said"],
        "فاطمه": ["Fatemeh", "Fateme"],
        "رمضان": ["Ramadan", "Ramezan"],  # ض: d in Arabic, z in Persian
        "تهران": ["Tehran"],
    }.items():
        assert all(alike(persian, s) for s in spellings), persian
    # names that differ in a written letter stay apart
    assert not alike("حسن", "Hossein") and not alike("حسین", "Hassan")
    assert not alike("احمد", "Hamid") and not alike("محمد", "Mahmoud")
    assert skeletons("john") and not skeletons(fold("Иван")) and not skeletons("")


def test_a_persian_name_and_its_latin_spelling_compare_as_close_spellings():
    uniques = np.array(["حسینی", "hoseini", "hassani", "حسینی"[::-1]], dtype=object)
    a, b = np.array([0, 0, 0, 1]), np.array([1, 2, 3, 2])
    assert spelled_alike(a, b, uniques).tolist() == [True, False, False, False]
    assert not spelled_alike(a, b, np.array(["x", "y", "z", "w"], dtype=object)).any()


def test_national_codes_that_lost_two_leading_zeros_are_padded():
    # A Tehran-born person's national code starts with 00: a spreadsheet that stored the
    # codes as numbers dropped both, as the whole codes starting with 00 beside them show.
    written = ["0012345679", "0081329751", "1270727516", "0921382154", "2281594238"] * 3
    written += ["12345679", "81329751", "16669045", "921382154", "1378261380"]
    assert postcode_digits(written * 3) == 10
    assert free_id(pd.Series(["16669045"]), 10)["value"][0] == "0016669045"


def test_a_column_of_iranian_national_codes_is_told_by_its_check_digits():
    # Ten digits, the last a check digit: no phone numbers (read as such before), whatever
    # the column's name; dashed, or without the zeros a spreadsheet dropped.
    codes = ["0012345679", "12345679", "001-234567-9", "1270727516", "0921382154", "2281594238"]
    assert role_from_values(pd.Series(codes * 5)) == "free_id"
    postcodes = ["1944683511", "1493965704", "7157348810", "8153695890", "1763984543"]
    assert role_from_values(pd.Series(postcodes * 6)) != "free_id"
