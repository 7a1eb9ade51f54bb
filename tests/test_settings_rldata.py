"""Column roles of a German registry's and its neighbours' files (probe ``rldata``)."""

from __future__ import annotations

import pandas as pd
import pytest

import tekil

_GIVEN = ["Karl", "Anna", "Uwe", "Petra", "Hans", "Maria", "Jörg", "Heike", "Klaus", "Erika"]
_FAMILY = ["Müller", "Schmidt", "Koch", "Klein", "Wolf", "Braun", "Krause", "Lange", "Vogel"]


@pytest.mark.parametrize(
    ("family", "given"), [("Name", "Vorname"), ("NAME", "VORNAME"), ("name", "first_name")]
)
def test_a_name_column_of_one_word_beside_a_given_name_is_the_family_name(family, given):
    """German forms ask "Name, Vorname" (as French ones "Nom, Prénom"): the family's name."""
    df = pd.DataFrame(
        {
            family: [_FAMILY[k % 9] for k in range(40)],
            given: [_GIVEN[k % 10] for k in range(40)],
            "Geburtsdatum": [f"{k % 28 + 1:02d}.03.19{50 + k % 40}" for k in range(40)],
        }
    )
    assert tekil.guess_settings(df).roles[family] == "last_name"
    # Whole names beside a given name stay whole names.
    whole = df.assign(**{family: [f"{g} {f}" for g, f in zip(df[given], df[family], strict=True)]})
    assert tekil.guess_settings(whole).roles[family] == "full_name"


def test_small_numbers_are_no_phone_nor_town_whatever_the_name():
    """Where a birth date's parts are not read as one ("by" and "birth_year" on the same
    records: which one?, a month with no year), "by" (Danish: town) is no town, "mob" no
    mobile."""
    df = pd.DataFrame(
        {
            "name": [f"{_GIVEN[k % 10]} {_FAMILY[k % 9]}" for k in range(40)],
            "by": [1950 + k % 40 for k in range(40)],
            "birth_year": [1950 + k % 40 for k in range(40)],
            "mob": [k % 12 + 1 for k in range(40)],
            "Telefon": [f"0301234{k:04d}" for k in range(40)],
            "Wohnort": ["Berlin", "Köln", "Kehl", "Trier"] * 10,
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles.get("by", "ignore") == "ignore" and roles.get("mob", "ignore") == "ignore"
    assert roles["Telefon"] == "phone" and roles["Wohnort"] == "city"


def test_dates_on_other_records_than_the_named_birth_dates_are_another_systems_birth_dates():
    """A column of dates beside one named a birth date is something else's (an account
    opened); on other records (a file of several systems) it is those records' birth date."""
    people = [(_GIVEN[k % 10], _FAMILY[k % 9], f"{k % 28 + 1:02d}.0{k % 9 + 1}.19{50 + k % 40}") for k in range(40)]  # fmt: skip
    a = pd.DataFrame(people[:20], columns=["Vorname", "Nachname", "Geburtsdatum"])
    b = pd.DataFrame(people[20:], columns=["Vorname", "Nachname", "column_7"])
    roles = tekil.guess_settings(pd.concat([a, b], ignore_index=True)).roles
    assert roles["Geburtsdatum"] == "dob" and roles["column_7"] == "dob"
    opened = a.assign(column_7=[f"0{k % 9 + 1}.03.{1990 + k}" for k in range(20)])
    assert "column_7" not in tekil.guess_settings(opened).roles
