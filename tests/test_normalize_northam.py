"""Canadian and US postcodes, post-office boxes and names with a generation as North Americans
write them."""

import pandas as pd
import pytest

from tekil.normalize.addresses import address, postcode, postcode_digits
from tekil.normalize.names import name


def test_canadian_postcodes_read_alike_however_written():
    codes = ["H2X 1Y4", "h2x1y4", "H2X1Y4", "H2X-1Y4", "h2x-1y4"]
    assert set(postcode(pd.Series(codes))["value"]) == {"H2X1Y4"}


def test_a_country_prefix_is_read_only_at_the_start():
    # "D-12345", "CH-8001": a country's letters before the code; "X-" inside a Canadian
    # code is none.
    out = postcode(pd.Series(["D-12345", "CH-8001", "NL-1012 AB", "K1N-7A0"]))["value"]
    assert out.tolist() == ["12345", "8001", "1012AB", "K1N7A0"]


def test_a_zip_plus_4_without_its_dash_is_its_zip_in_a_column_of_zips():
    zips = ["33144", "331444934", "33144-4934", "02134", "2134", "10025"] * 5
    assert postcode_digits(zips) == 5
    out = postcode(pd.Series(zips[:6]), digits=5)["value"].tolist()
    assert out == ["33144", "33144", "33144", "02134", "02134", "10025"]


def test_nine_digits_are_left_alone_outside_a_column_of_zips():
    # A nine-digit code read on its own, or in a column of codes of another length, stays
    # whole; a column of nine-digit codes is one of its own.
    assert postcode(pd.Series(["331444934"]))["value"].tolist() == ["331444934"]
    assert postcode(pd.Series(["123456789"]), digits=6)["value"].tolist() == ["123456789"]
    assert postcode_digits(["123456789", "987654321", "123456780"]) == 9


def test_a_post_office_box_is_one_however_its_name_is_written():
    boxes = ["C.P. 1234", "CP 1234", "Case postale 1234", "P.O. Box 1234", "Box 1234", "POB 1234"]
    assert set(address(pd.Series(boxes))["value"]) == {"pobox 1234"}


def test_a_spanish_street_or_postcode_is_no_post_office_box():
    out = address(pd.Series(["C/ Mayor 5", "Calle Mayor 5, C.P. 28013", "Box Hill Rd 5"]))
    assert out["value"].tolist() == ["calle mayor 5", "calle mayor 5 c p 28013", "box hill rd 5"]


@pytest.mark.parametrize(
    "written",
    ["Walker Jr, Anthony", "Walker, Jr., Anthony", "Walker, Anthony, Jr.", "WALKER, ANTHONY, JR",
     "Walker, Anthony Jr", "Anthony Walker Jr", "Walker Jr., Anthony"],
)  # fmt: skip
def test_a_call_centre_s_junior_is_read_whatever_the_order(written):
    out = name(pd.Series([written])).iloc[0]
    assert (out["value"], out["given"], out["family"]) == ("anthony walker jr", "anthony", "walker")


def test_double_family_names_and_initials_stay_where_a_comma_puts_them():
    out = name(
        pd.Series(
            ["Hernández Hernández, Jr., José Luis", "Smith, John V", "Ripoll Cozar, Jose Maria"]
        )
    )
    assert out["given"].tolist() == ["jose luis", "john v", "jose maria"]
    assert out["family"].tolist() == ["hernandez hernandez", "smith", "ripoll cozar"]
