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
