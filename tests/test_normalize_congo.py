"""Congolese and Cameroonian names, ids, phones and dates as a bank, a wallet's KYC, a telco, a
microfinance lender and a remittance service write them."""

import random

import numpy as np
import pandas as pd
import pytest

from tekil.compare import _family_alone
from tekil.id_checks import mod97_national_number
from tekil.inference import role_from_values
from tekil.normalize import phone
from tekil.records import Field, middle_apart, read_whole_name

#: Words as a file's own NOM and PRENOM columns write them (family names' near 1, given -1).
WORDS = {"kabamba": 0.9, "mutombo": 0.85, "masamba": 0.9, "kalonji": 0.95, "jean": -0.9,
         "pierre": -0.9, "grace": -0.8, "de": 0.5, "thomas": 0.5, "morgan": 0.9}  # fmt: skip


@pytest.mark.parametrize(
    ("given", "family", "read"),
    [
        # The initials of a compound prénom after the nom and postnom: the given name's.
        ("kabamba mutombo j", "p", ("j p", "kabamba mutombo")),
        ("masamba kalonji", "g", ("g", "masamba kalonji")),
        # An initial after a given name stays the family name's ("John S."), and one after a
        # word the data does not know is left as written.
        ("jean", "k", ("jean", "k")),
        ("ilunga j", "p", ("ilunga j", "p")),
        # A given name between them: left as written.
        ("kabamba jean", "p", ("kabamba jean", "p")),
    ],
)
def test_initials_after_family_names_are_the_given_name(given, family, read):
    assert read_whole_name(given, family, WORDS) == read


def test_initials_alone_stay_the_given_name_and_an_initial_after_a_given_name_is_the_middle():
    assert middle_apart("kabamba mutombo j", "p", WORDS) == ("j p", "kabamba mutombo", None)
    assert middle_apart("jean k", "mutombo", WORDS) == ("jean", "mutombo", "k")


def test_a_name_of_family_names_alone_meets_the_whole_name_without_differing_given_names():
    words = np.array(
        ["kabamba", "ngandu", "kabamba ngandu", "joseph", "mutombo", "jean"], dtype=object
    )
    fld = Field("first_name", "first_name", np.array([0]), words, ["nom_complet"])
    first, last = np.array([0, 3, 0, 5, 0]), np.array([1, 1, 4, 1, -1])
    other_last = np.array([2, 2, 2, 2, 2])
    # KABAMBA NGANDU (read kabamba | ngandu) against Joseph KABAMBA NGANDU: family names alone.
    # Joseph Ngandu, Kabamba Mutombo and Jean Ngandu are other names; a given name alone tells
    # nothing of it.
    assert _family_alone(fld, first, last, other_last).tolist() == [
        True,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        # Belgian national register numbers (one born in 2000 or later: "2" before the nine),
        # a foreigner's bis number, a French NIR of one born abroad (99, then the country).
        ("85031412302", True), ("01050868830", True), ("85231412345", True),
        ("185039931204551", True), ("200029931226847", True),
        # A slip, a Belgian phone with its country code, a Congolese one, a voter card's eleven
        # digits, a NIR whose sex digit is none.
        ("85031412303", False), ("32470123456", False), ("243812345678", False),
        ("22451921979", False), ("985039931204539", False),
    ],
)  # fmt: skip
def test_belgian_and_french_numbers_are_known_by_their_mod_97_keys(digits, ok):
    assert mod97_national_number(digits) is ok


def test_a_column_of_belgian_and_french_numbers_is_read_as_ids_by_its_values():
    # A remittance desk's senders' ids: Belgian national numbers dotted or bare, French NIRs.
    values = pd.Series(
        ["85.03.14-123.02", "01050868830", "185039931204551", "2000299312268 47"] * 10
    )
    assert role_from_values(values) == "free_id"


def test_belgian_mobiles_stay_phones():
    rnd = random.Random(7)
    values = pd.Series(
        [
            f"+32 4{rnd.choice('789')}{rnd.randrange(10)} {rnd.randrange(10**6):06d}"
            for _ in range(40)
        ]
    )
    assert role_from_values(values) == "phone"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Cameroonian numbers of before November 2014, eight digits, as their lines are today.
        ("77 12 34 56", "+237677123456"), ("+237 77123456", "+237677123456"),
        ("99 12 34 56", "+237699123456"), ("22 23 45 67", "+237222234567"),
        ("33 42 12 34", "+237233421234"),
        # Today's numbers stay as they are.
        ("6 77 12 34 56", "+237677123456"), ("+237 6 99 12 34 56", "+237699123456"),
        ("2 22 23 45 67", "+237222234567"),
    ],
)  # fmt: skip
def test_cameroon_numbers_of_before_2014_are_read_as_today_s(written, read):
    assert phone(pd.Series([written]), region="CM")["value"].iloc[0] == read


@pytest.mark.parametrize("written", ["7712345", "1 23 45 67 8", "+243 77 12 34 56"])
def test_numbers_of_other_lengths_or_countries_are_not_renumbered(written):
    value = phone(pd.Series([written]), region="CM")["value"].iloc[0]
    assert pd.isna(value) or not value.startswith("+2376")
