"""What Malagasy systems write: birth dates with Malagasy month names and presumed years, the
sex as ``Lahy``/``Vavy``."""

import pandas as pd
import pytest

from tekil.normalize.dates import date
from tekil.normalize.gender import gender


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("15 Martsa 1989", "1989-03-15"), ("1 Mey 1970", "1970-05-01"), ("3 Jona 1990", "1990-06-03"),
        ("28 Janoary 1995", "1995-01-28"), ("14 Aogositra 1971", "1971-08-14"),
        ("24 Septambra 1995", "1995-09-24"), ("2 Desambra 1960", "1960-12-02"),
        ("teraka tamin'ny 3 Jona 1990", "1990-06-03"), ("Aogositra 1971", "1971-08"),
        # A presumed birth, its year alone.
        ("Tokony ho 1962", "1962"), ("vers 1962", "1962"),
    ],
)  # fmt: skip
def test_malagasy_dates_are_read(raw, iso):
    assert date(pd.Series([raw]))["value"].iloc[0] == iso


@pytest.mark.parametrize("raw", ["Martsa", "Tokony ho", "Jona Mey 1990", "15 Martsa", "ho 12 34"])
def test_malagasy_words_without_a_date_are_no_date(raw):
    assert pd.isna(date(pd.Series([raw]))["value"].iloc[0])


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Lahy", "m"), ("Vavy", "f"), ("L", "m"), ("V", "f"), ("VAVY", "f"), ("Ramatoa", "f"),
     ("Rtoa", "f"), ("Andriamatoa", "m"), ("Ingahy", "m")],
)  # fmt: skip
def test_malagasy_sex_words_are_read(raw, code):
    assert gender(pd.Series([raw]))["value"].iloc[0] == code


@pytest.mark.parametrize("raw", ["Lahitra", "vava", "Rakoto", "Vady", "Lahylahy"])
def test_lookalikes_of_the_malagasy_sex_words_are_no_sex(raw):
    assert pd.isna(gender(pd.Series([raw]))["value"].iloc[0])


def test_twelve_digit_cins_are_not_dialled_as_phones():
    from tekil.inference import dialled_share

    # Germany's plan reads CINs of Antananarivo (1...) as service numbers of no trunk prefix,
    # valid for none of its kinds; its own numbers and China's untrunked mobiles are dialled.
    cins = pd.Series(
        [f"1{k % 19 + 1:02d}{k % 30 + 1:02d}1{100000 + 7919 * k:06d}" for k in range(40)]
    )
    assert dialled_share(cins, "DE") == 0.0
    assert dialled_share(pd.Series(["030 1234567", "+49 30 1234567"] * 10), "DE") == 1.0
    assert dialled_share(pd.Series(["139 1234 5678", "138 0013 8000"] * 10), "CN") == 1.0


def test_a_guarantor_s_cin_beside_the_borrower_s_is_someone_else_s():
    from tekil.settings import guess_settings

    n = 120
    cins = [
        f"1{k % 19 + 1:02d}{k % 30 + 1:02d}{k % 2 + 1}{100000 + 7919 * k:06d}" for k in range(n)
    ]
    givens = ["Hery", "Voahirana", "Tsiory", "Fenosoa", "Andry", "Nomena"]
    families = ["Rakotomalala", "Rasoanaivo", "Randrianarisoa", "Andrianarivelo", "Razafindrakoto"]
    names = [f"{families[k % 5]} {givens[k % 6]} {k}" for k in range(n)]
    df = pd.DataFrame(
        {
            "row_id": [f"r{k}" for k in range(2 * n)],
            "column_1": names + names,
            "column_2": cins + [None] * n,
            "column_3": [f"034{1000000 + 7919 * k:07d}" for k in range(n)] * 2,
            "column_4": [None] * n + cins,
            # the guarantor: another customer, who stands for three borrowers
            "column_5": [None] * n + [cins[(k // 3 * 3 + 7) % n] for k in range(n)],
        }
    )
    roles = guess_settings(df, id_column="row_id").roles
    assert roles["column_2"] == roles["column_4"] == "free_id"
    assert roles.get("column_5", "ignore") == "ignore"
