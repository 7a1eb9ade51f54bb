"""Afghan and Tajik data: Dari, Pashto and Tajik column names, Pashto letters, Solar Hijri years
alone, names in Persian script met by their Latin spellings, a telco's MSISDNs."""

import numpy as np
import pandas as pd
import pytest

from tekil.dialling import own_phone_regions
from tekil.inference import lone_names_met
from tekil.normalize.dates import date
from tekil.normalize.latin import skeletons
from tekil.normalize.text import fold
from tekil.settings import _receivers, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Dari and Pashto (an Afghan bank's core), and the English of Afghan systems
        ("نام", "first_name"), ("تخلص", "last_name"), ("نام پدر", "father_name"),
        ("د پلار نوم", "father_name"), ("نوم", "first_name"), ("تاریخ تولد", "dob"),
        ("شماره تذکره", "free_id"), ("نمبر تذکره", "free_id"), ("Tazkira No", "free_id"),
        ("e-Tazkira No", "free_id"), ("شماره تماس", "phone"), ("ولایت", "region"),
        ("ولسوالی", "district"),
        # Tajik, in Tajik letters or plain Russian ones
        ("Ном", "first_name"), ("Насаб", "last_name"), ("Номи падар", "middle_name"),
        ("Санаи таваллуд", "dob"), ("Рақами шиноснома", "free_id"), ("Раками шиноснома", "free_id"),
        ("Шаҳр", "city"), ("Шахр", "city"), ("Рақами ҳисоб", "ignore"),
        # German: the father's name
        ("Vatersname", "father_name"), ("Name des Vaters", "father_name"),
    ],
)  # fmt: skip
def test_an_afghan_or_tajik_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Lookalikes keep their roles: Persian's family name, Russian's number, a German name.
        ("نام خانوادگی", "last_name"), ("Номер телефона", "phone"), ("Name", "full_name"),
        ("Vorname", "first_name"), ("Telefon", "phone"), ("Номер", None),
    ],
)  # fmt: skip
def test_lookalike_column_names_keep_their_roles(column, role):
    assert role_from_name(column) == role


def test_a_transfers_german_receiver_is_a_receiver():
    assert _receivers("Empfänger Telefon") and _receivers("Empfänger")
    assert not _receivers("Telefon") and not _receivers("Vatersname")


def test_pashto_letters_fold_to_the_persian_ones_dari_writes():
    assert fold("کاکړ") == fold("کاکر")
    assert fold("ګلالۍ") == fold("گلالی")
    assert fold("ځدران") == fold("زدران")
    assert fold("بارکزې") == fold("بارکزی")
    assert fold(fold("ښکلې")) == fold("ښکلې")  # idempotent
    # and meet their Latin spellings
    assert skeletons(fold("ملالۍ")) & skeletons("malalai")
    assert skeletons(fold("کاکړ")) & skeletons("kakar")
    # Arabic's alef maksura and Urdu's letters stay as they were
    assert fold("مصطفى") == "مصطفى" and fold("ٹیپو") == "ٹیپو"


def test_a_solar_hijri_year_alone_is_the_common_eras_year_that_holds_most_of_it():
    values = pd.Series(["1365", "۱۳۶۵", "1365/04/12", "1986", "01/01/1986", "1299"])
    assert date(values, jalali=True)["value"].tolist() == [
        "1986", "1986", "1986-07-03", "1986", "1986-01-01", "1299",
    ]  # fmt: skip
    # Outside a column of Solar Hijri dates a year is as written.
    assert date(pd.Series(["1365", "1986"]))["value"].tolist() == ["1365", "1986"]


def test_given_names_in_persian_script_meet_their_latin_spellings():
    persian = ["فرزانه", "شکیلا", "جواد", "نرگس", "حمید", "مریم", "احمد", "زهرا"] * 5
    latin = ["Farzana", "Shakila", "Javad", "Narges", "Hameed", "Mariam", "Ahmed", "Zahra"] * 5
    df = pd.DataFrame({"نام": persian + [None] * 40, "Vorname": [None] * 40 + latin})
    assert lone_names_met(df, "نام", ["Vorname"], 500, 0) == 1.0
    # Nicknames in Persian script that no Latin column spells are met seldom.
    nicknames = ["گلی", "پپه", "ققنوس", "شیطون", "ننه", "تپلی", "کوچولو", "جوجه"] * 5
    df["نام"] = nicknames + [None] * 40
    assert lone_names_met(df, "نام", ["Vorname"], 500, 0) < 0.25


def test_a_telcos_msisdns_without_plus_leave_its_national_numbers_to_tell_its_country():
    # An Afghan SIM registry in a file whose other systems are German: "93701234567" (the code,
    # no "+") beside "0701234567"; Germany's plan reads the national ones as landlines too.
    msisdn = [f"937{k % 10}{k * 7919 % 10**7:07d}" for k in range(40)]
    msisdn += [f"07{k % 10}{k * 6007 % 10**7:07d}" for k in range(40)]
    df = pd.DataFrame({"MSISDN": msisdn})
    assert own_phone_regions(df, ["MSISDN"], "DE", ["DE", "AF"], seed=0) == {"MSISDN": "AF"}
    # A German column of national numbers stays German.
    df["Telefon"] = [f"0151 {k * 7919 % 10**8:08d}" for k in range(80)]
    assert own_phone_regions(df, ["Telefon"], "DE", ["DE", "AF"], seed=0) == {}


def test_a_column_of_whole_birth_dates_and_years_alone_is_of_birth_dates():
    from tekil.inference import role_from_values

    # An Afghan bank's Solar Hijri births, in Persian digits now and then, half by the year alone
    solar = ["۱۳۵۸", "1369", "1365", "۱۳۷۴-۱۱-۱۰", "۱۳۷۱/۰۸/۰۷", "1358", "1362/04/18", "1371-11-21"]
    assert role_from_values(pd.Series(solar * 10)) == "dob"
    # and Gregorian ones
    gregorian = ["1958", "1969", "1965", "12/03/1970", "1988-01-01", "1958"]
    assert role_from_values(pd.Series(gregorian * 10)) == "dob"
    # A column of years alone may be anything; codes beside a few dates are no years.
    years = ["1958", "1969", "1965", "1970", "1988", "1958"]
    assert role_from_values(pd.Series(years * 10)) is None
    codes = ["1234", "5678", "9012", "12/03/1970", "1988-01-01", "4455"]
    assert role_from_values(pd.Series(codes * 10)) is None


def test_a_name_in_tajik_cyrillic_and_in_persian_letters_are_spelled_alike():
    # One language in two scripts: a Dushanbe bank's Заргуна is a Kabul bank's زرغونه, by the
    # consonants of its Latin reading (zarguna) as a Latin spelling's are.
    from tekil.similarity import spelled_alike

    uniques = np.array(["زرغونه", "заргуна", "zarguna", "зарина", "فرید", "фарид"])
    a, b = np.array([0, 0, 0, 4]), np.array([1, 2, 3, 5])
    assert spelled_alike(a, b, uniques.astype(object)).tolist() == [True, True, False, True]
