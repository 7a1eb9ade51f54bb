"""Values of francophone West African systems (Senegal, Côte d'Ivoire, Mali, Burkina Faso)."""

from __future__ import annotations

import pandas as pd
import pytest

from tekil.normalize.dates import date
from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # A birth known about its year: the year alone, as "1975" is read.
        ("vers 1975", "1975"), ("Vers 1975", "1975"), ("né vers 1975", "1975"),
        ("NEE VERS 1960", "1960"), ("env. 1975", "1975"), ("ca. 1975", "1975"),
        ("circa 1975", "1975"), ("c. 1975", "1975"), ("abt 1975", "1975"),
        # French ordinals and "born on" around a whole date.
        ("1er mars 1985", "1985-03-01"), ("né le 12/03/1985", "1985-03-12"),
        ("née le 4 décembre 2001", "2001-12-04"),
    ],
)  # fmt: skip
def test_an_approximate_or_french_birth_date_is_read(raw, value):
    assert date(pd.Series([raw]))["value"][0] == value


@pytest.mark.parametrize("raw", ["vers", "ca", "vers 12", "vers 75", "vers 1975 ou 1976", "né"])
def test_words_alone_or_with_no_year_stay_unread(raw):
    assert date(pd.Series([raw]))["reason"][0] == "unparseable"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # A married woman's birth name and her husband's, joined by "épouse" or its short forms.
        ("DIOP EPSE FALL", "diop fall"), ("Fofana ép. Traoré", "fofana traore"),
        ("FOFANA EP. TRAORÉ", "fofana traore"), ("Diop épouse Fall", "diop fall"),
        ("Diallo Vve Barry", "diallo barry"),
        # Left alone: the word first or last, or inside another word.
        ("Ep Diop", "ep diop"), ("Diop Ep", "diop ep"), ("Jean Epstein", "jean epstein"),
        ("Veuve Clicquot", "veuve clicquot"), ("Fall née Diop", "fall"),
    ],
)  # fmt: skip
def test_a_married_woman_s_two_family_names_are_read_without_epouse(raw, value):
    assert name(pd.Series([raw]))["value"][0] == value
