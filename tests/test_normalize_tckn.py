"""Tests of tekil.normalize.tckn (Turkish national identity numbers)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tekil.errors import InputError
from tekil.normalize.tckn import tckn

FAST = settings(max_examples=200, deadline=None)


def make_tckn(first9: str) -> str:
    """Complete nine digits into a valid TCKN (written independently of the module)."""
    d = list(map(int, first9))
    odd, even = d[0] + d[2] + d[4] + d[6] + d[8], d[1] + d[3] + d[5] + d[7]
    d10 = (odd * 7 - even) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


VALID = make_tckn("384920175")
OTHER = make_tckn("512345098")


def test_helper_matches_known_numbers():
    assert make_tckn("100000001") == "10000000146"
    assert make_tckn("123456789") == "12345678950"


def test_valid_numbers_in_many_forms():
    s = pd.Series(
        [VALID, f" {VALID[:3]} {VALID[3:6]} {VALID[6:]} ", int(VALID), float(VALID), OTHER]
    )
    out = tckn(s)
    assert out["value"].tolist() == [VALID, VALID, VALID, VALID, OTHER]
    assert out["reason"].isna().all()
    assert list(out.columns) == ["value", "reason"]


def test_dashes_and_dots_are_ignored():
    dashed = f"{VALID[:3]}-{VALID[3:6]}.{VALID[6:]}"
    assert tckn(pd.Series([dashed]))["value"].tolist() == [VALID]


@pytest.mark.parametrize(
    "raw", ["1234567890", "123456789012", "abcdefghijk", "3849201750a", "+90 38492017512", "1.5"]
)
def test_unparseable(raw):
    out = tckn(pd.Series([raw]))
    assert out["reason"].tolist() == ["unparseable"]
    assert out["value"].isna().all()


def test_invalid_checksum():
    wrong_d10 = VALID[:9] + str((int(VALID[9]) + 1) % 10) + VALID[10]
    wrong_d11 = VALID[:10] + str((int(VALID[10]) + 1) % 10)
    leading_zero = make_tckn("012345678")  # right check digits, but ids never start with 0
    out = tckn(pd.Series([wrong_d10, wrong_d11, leading_zero]))
    assert out["reason"].tolist() == ["invalid_checksum"] * 3
    assert out["value"].isna().all()


def test_repeated_digit_ids_pass_the_checksum_but_are_placeholders():
    repeated = [str(d) * 10 + "0" for d in range(1, 10)]
    assert all(make_tckn(r[:9]) == r for r in repeated)  # they really pass
    out = tckn(pd.Series([*repeated, "12345678950", "10000000146"]))
    assert set(out["reason"]) == {"placeholder"}
    assert out["value"].tolist() == [*repeated, "12345678950", "10000000146"]


def test_missing_values():
    out = tckn(pd.Series([None, "", "   ", float("nan"), pd.NA]))
    assert out["reason"].tolist() == ["missing"] * 5


def test_non_text_cells_are_unparseable():
    out = tckn(pd.Series([[1, 2], {"a": 1}, True], dtype=object))
    assert out["reason"].tolist() == ["unparseable"] * 3


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError, match="Series"):
        tckn(pd.DataFrame({"tckn": [VALID]}))


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series([VALID, None, VALID, "x", OTHER], index=[10, 7, 10, "a", 3])
    out = tckn(s)
    assert out.index.equals(s.index)
    assert out["value"].tolist()[::2] == [VALID, VALID, OTHER]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, "unparseable", pd.NA]


def test_empty_series():
    out = tckn(pd.Series([], dtype=object))
    assert len(out) == 0 and list(out.columns) == ["value", "reason"]


@FAST
@given(st.text())
def test_never_crashes_on_arbitrary_text(text):
    out = tckn(pd.Series([text]))
    assert len(out) == 1
    reason = out["reason"].iloc[0]
    assert pd.isna(reason) or reason in {
        "missing",
        "unparseable",
        "invalid_checksum",
        "placeholder",
    }
    if pd.notna(out["value"].iloc[0]):
        assert tckn(out["value"])["value"].tolist() == out["value"].tolist()


@FAST
@given(st.integers(100_000_000, 999_999_999))
def test_generated_numbers_are_valid_and_idempotent(first9):
    number = make_tckn(str(first9))
    out = tckn(pd.Series([number, int(number)]))
    assert out["value"].tolist() == [number, number]
    placeholders = {str(d) * 10 + "0" for d in range(1, 10)} | {"12345678950", "10000000146"}
    expected = "placeholder" if number in placeholders else None
    assert [None if pd.isna(r) else r for r in out["reason"]] == [expected, expected]
    again = tckn(out["value"])
    assert again["value"].tolist() == out["value"].tolist()


@FAST
@given(st.integers(100_000_000, 999_999_999), st.integers(0, 8), st.integers(1, 9))
def test_a_single_wrong_digit_is_caught(first9, position, delta):
    number = make_tckn(str(first9))
    digit = (int(number[position]) + delta) % 10
    typo = number[:position] + str(digit) + number[position + 1 :]
    assert tckn(pd.Series([typo]))["reason"].tolist() == ["invalid_checksum"]


@FAST
@given(st.from_regex(r"[0-9]{11}", fullmatch=True))
def test_any_eleven_digits_are_valid_exactly_when_is_valid_tckn_says_so(digits):
    from tekil.normalize.tckn import is_valid_tckn

    def invalid(number: str) -> bool:
        return tckn(pd.Series([number]))["reason"].fillna("").iloc[0] == "invalid_checksum"

    assert invalid(digits) != is_valid_tckn(digits)
    assert invalid(make_tckn(digits[:9])) == (digits[0] == "0")
