"""Names as German, Austrian and Dutch systems write them (probe ``rhine``): academic degrees
before the name, a title before a family name written first, a birth name after "geb."."""

from __future__ import annotations

import pandas as pd
import pytest

from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Dipl.-Ing. Thomas Weber", "thomas weber"),
        ("Dipl.-Kfm. Hans Meier", "hans meier"),
        ("Ing. Franz Mayr", "franz mayr"),
        ("Mag. Eva Gruber", "eva gruber"),
        ("drs. Jan de Vries", "jan de vries"),
        ("ir. Kees Jansen", "kees jansen"),
        ("Mgr. Jana Nováková", "jana novakova"),
        # A title before the family name written first stays a title
        ("Mag. Gruber, Eva", "eva gruber"),
        ("Gruber, Mag. Eva", "eva gruber"),
        ("Prof. Dr. Weber, Anna", "anna weber"),
        # The name now, not the birth name after "geb." or "née"
        ("Schulz geb. Meier", "schulz"),
        ("Anna Hahn-Weiß geb. Hahn", "anna hahn weiss"),
        ("DUPONT née MARTIN", "dupont"),
        # ... but these are names: a syllable of a Chinese name, the name alone
        ("Lee Ing Hua", "lee ing hua"),
        ("Tan Nee Lin", "tan nee lin"),
        ("Ing", "ing"),
        ("Mag", "mag"),
    ],
)
def test_degrees_titles_and_birth_names(written, value):
    assert name(pd.Series([written]))["value"].tolist() == [value]


def test_a_title_before_the_family_name_leaves_the_family_name():
    out = name(pd.Series(["Mag. Gruber, Eva", "Schulz geb. Meier, Anna"]))
    assert out["family"].tolist() == ["gruber", "schulz"]
    assert out["given"].tolist() == ["eva", "anna"]


def test_dutch_call_names_are_of_their_register_names_groups():
    from tekil.nicknames import nickname_groups, same_group

    names = ["cornelis", "kees", "johanna", "joke", "jan", "hans", "johannes", "wilhelmina"]
    groups = nickname_groups(names)
    a, b = [0, 2, 6, 6, 4, 7], [1, 3, 4, 5, 5, 3]
    # Kees is Cornelis, Joke Johanna, Jan and Hans are Johannes; Jan is no Hans, nor
    # Wilhelmina a Joke.
    assert same_group(groups, a, b).tolist() == [True, True, True, True, False, False]
