"""Sri Lankan values: the old and new forms of one national identity card number; names in
Sinhala letters."""

import pandas as pd
import pytest

from tekil.normalize._common import as_text
from tekil.normalize.ids import free_id
from tekil.normalize.latin import latin
from tekil.normalize.nic import new_nic
from tekil.normalize.text import fold


def nic_check_digit(body: str, weights=(3, 2, 7, 6, 5, 4, 3, 2)) -> str:
    """An old NIC's check digit: eleven less the weighted sum's remainder by eleven (0 for 10
    and 11); the new form's weights are 8, 4, 3, 2, 7, 6, 5, 8, 4, 3, 2."""
    c = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return "0" if c >= 10 else str(c)


def _old(year: int, day: int, serial: int) -> str:
    body = f"{year:02d}{day:03d}{serial:03d}"
    return body + nic_check_digit(body)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (_old(85, 123, 457) + "V", "198512304578"),
        (_old(69, 315, 672) + "V", "196931506726"),  # a man born on 10 November 1969
        (_old(47, 706, 816) + "X", "194770608162"),  # a woman's day (plus 500), no voter
    ],
)
def test_an_old_nic_is_read_as_its_new_form(old, new):
    assert new_nic(old) == new
    written = [old, old.lower(), f"{old[:9]} {old[9]}", new]
    assert free_id(pd.Series(written))["value"].tolist() == [new] * 4


def test_the_new_form_keeps_the_old_check_digit():
    # The new form's weights (8, 4 for the century, 8 for the serial's 0) add nothing mod 11.
    old = _old(92, 40, 118)
    new = new_nic(old + "V")
    assert new is not None
    assert new[11] == nic_check_digit(new[:11], (8, 4, 3, 2, 7, 6, 5, 8, 4, 3, 2)) == old[8]


@pytest.mark.parametrize(
    "value",
    [
        "859994578V",  # no day of a year (999)
        "854004578V",  # nor 400, between a man's days and a woman's
        "851234578",  # no letter: any nine digits (an SSN, a Teudat Zehut)
        "851234578Z",  # another letter
        "1851234578V",  # ten digits
        "V851234578",
        "198512304578",  # already new
    ],
)
def test_other_values_are_left_alone(value):
    assert new_nic(value) is None


def test_a_slip_stays_a_slip_away_from_the_other_form():
    # 851234577V has a wrong check digit (a slip in the serial or the digit itself): converted
    # all the same, it is one digit from the holder's 198512304578, as the old forms were.
    assert new_nic("851234577V") == "198512304577"


def test_ids_of_other_schemes_keep_their_form():
    assert free_id(pd.Series(["X1234567L", "12345678Z", "859994578V"]))["value"].tolist() == [
        "X1234567L",
        "12345678Z",
        "859994578V",
    ]


@pytest.mark.parametrize(
    ("script", "latin_spelling"),
    [
        ("නිමල් පෙරේරා", "nimal perera"),
        ("ඉෂාරා ශිරෝමි සිල්වා", "ishara shiromi silva"),  # ව after a consonant: v
        ("රුවන් බණ්ඩාර", "ruwan bandara"),  # ව between vowels: w; the last a kept
        ("තරිඳු රත්නායක", "tharindu rathnayaka"),  # dental ත: th
        ("වික්‍රමසිංහ", "wikramasingha"),  # a joiner inside; ං: ng
        ("අසංක ලියනගේ", "asangka liyanage"),
        ("චමින්ද හේරත්", "chaminda herath"),
    ],
)
def test_sinhala_letters_read_as_sri_lankan_names_are_spelt(script, latin_spelling):
    assert latin(fold(as_text(script))) == latin_spelling


def test_other_indian_scripts_read_as_before():
    # Hindi drops a word's last inherent a, Sinhala keeps it; Tamil letters by their names.
    assert latin(fold("करिश्मा गोयल")) == "karishma goyal"
    assert latin(fold("முருகன்")) == "murukan"
