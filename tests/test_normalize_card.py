"""Tests of tekil.normalize.card: keyed tokens, and no clear card number anywhere."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tekil.normalize.cards as cards
from tekil.errors import InputError, MissingKeyError, TekilError
from tekil.normalize.cards import card

FAST = settings(max_examples=200, deadline=None)
KEY = "test-key-not-secret"


def with_luhn(body: str) -> str:
    """Append the Luhn check digit to ``body`` (written independently of the module)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return body + str((10 - total % 10) % 10)


VISA = "4111111111111111"
MASTERCARD = "5555555555554444"
MASTERCARD_2 = with_luhn("222100000000001")
AMEX = "378282246310005"
TROY = with_luhn("979200123456789")
OTHER = with_luhn("601100009013942")  # Discover: brand "other"
VALID = [VISA, MASTERCARD, MASTERCARD_2, AMEX, TROY, OTHER]
BAD_LUHN = "4111111111111112"


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch):
    monkeypatch.delenv("TEKIL_CARD_KEY", raising=False)


def assert_no_clear_number(out: pd.DataFrame, numbers: list[str]) -> None:
    texts = [out.to_string(), out.to_csv(), repr(out), out.to_json(), str(out.to_dict())]
    for number in numbers:
        for text in texts:
            assert number not in text


def test_helper_matches_known_numbers():
    assert with_luhn(VISA[:-1]) == VISA
    assert with_luhn(AMEX[:-1]) == AMEX


def test_valid_numbers_give_tokens_last4_bin_brand():
    out = card(pd.Series(VALID), key=KEY)
    assert list(out.columns) == ["value", "reason", "last4", "bin", "brand"]
    assert out["reason"].isna().all()
    assert all(re.fullmatch(r"tok_[0-9a-f]{32}", v) for v in out["value"])
    assert out["value"].nunique() == len(VALID)
    assert out["last4"].tolist() == [n[-4:] for n in VALID]
    assert out["bin"].tolist() == [n[:6] for n in VALID]
    assert out["brand"].tolist() == ["visa", "mastercard", "mastercard", "amex", "troy", "other"]
    assert_no_clear_number(out, VALID)


def test_spaces_dashes_ints_and_floats_give_the_same_token():
    s = pd.Series(
        [VISA, "4111 1111 1111 1111", "4111-1111-1111-1111", " 4111.1111.1111.1111 ", int(VISA)]
    )
    s = pd.concat([s, pd.Series([float(VISA)])], ignore_index=True)
    out = card(s, key=KEY)
    assert out["value"].nunique() == 1 and out["reason"].isna().all()


def test_token_depends_on_key():
    s = pd.Series([VISA])
    a = card(s, key=KEY)["value"].iloc[0]
    assert card(s, key=KEY)["value"].iloc[0] == a  # deterministic
    assert card(s, key=KEY.encode())["value"].iloc[0] == a  # str and bytes keys agree
    assert card(s, key="another key")["value"].iloc[0] != a


def test_key_from_environment(monkeypatch):
    monkeypatch.setenv("TEKIL_CARD_KEY", KEY)
    s = pd.Series([VISA])
    assert card(s)["value"].iloc[0] == card(s, key=KEY)["value"].iloc[0]
    assert card(s, key="explicit wins")["value"].iloc[0] != card(s)["value"].iloc[0]


def test_missing_key_raises_without_the_number():
    with pytest.raises(MissingKeyError) as info:
        card(pd.Series([None, VISA]))
    message = str(info.value)
    assert "TEKIL_CARD_KEY" in message and "key=" in message
    assert VISA not in message and VISA not in repr(info.value)


def test_empty_key_counts_as_missing():
    with pytest.raises(MissingKeyError):
        card(pd.Series([VISA]), key="")


def test_all_null_column_needs_no_key():
    out = card(pd.Series([None, "", "  ", float("nan")]))
    assert out["reason"].tolist() == ["missing"] * 4


def test_invalid_checksum_keeps_last4_but_no_token():
    out = card(pd.Series([BAD_LUHN, "4111 1111 1111 1112"]), key=KEY)
    assert out["reason"].tolist() == ["invalid_checksum"] * 2
    assert out["value"].isna().all()
    assert out["last4"].tolist() == ["1112", "1112"]
    assert out["brand"].tolist() == ["visa", "visa"]
    assert_no_clear_number(out, [BAD_LUHN])


@pytest.mark.parametrize(
    "raw",
    [
        "41111111111",  # 11 digits
        "41111111111111111111",  # 20 digits
        "4111 1111 1111 111a",
        "kart yok",
        "4111/1111/1111/1111",
    ],
)
def test_unparseable(raw):
    out = card(pd.Series([raw]), key=KEY)
    assert out["reason"].tolist() == ["unparseable"]
    assert out.drop(columns="reason").isna().all().all()
    assert_no_clear_number(out, [raw])


@pytest.mark.parametrize(
    ("raw", "last4", "bin6", "brand"),
    [
        ("4111 11** **** 1111", "1111", "411111", "visa"),
        ("XXXX-XXXX-XXXX-1234", "1234", None, None),
        ("************0004", "0004", None, None),
        ("5500 00•• •••• 0004", "0004", "550000", "mastercard"),
    ],
)
def test_a_masked_number_gives_its_last_four_and_no_token(raw, last4, bin6, brand):
    # As statements and receipts print a card: shown in a customer's golden record, never
    # matched on (the middle digits are unknown).
    out = card(pd.Series([raw]), key=KEY).astype(object).where(lambda f: f.notna(), None)
    assert out.iloc[0].tolist() == [None, "masked", last4, bin6, brand]
    assert_no_clear_number(out, [raw])


def test_short_numbers_give_no_bin():
    twelve = with_luhn("50000000000")  # 12 digits: bin + last4 would reveal too much
    out = card(pd.Series([twelve]), key=KEY)
    assert out["reason"].isna().all()
    assert out["bin"].isna().all() and out["last4"].tolist() == [twelve[-4:]]


def test_float_beyond_exact_range_is_unparseable():
    # A 19-digit number stored as float has lost digits: never tokenise a wrong number.
    out = card(pd.Series([float("4" + "0" * 17 + "9")]), key=KEY)
    assert out["reason"].tolist() == ["unparseable"]


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError):
        card(pd.DataFrame({"pan": [VISA]}), key=KEY)


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series([VISA, None, VISA, "x", AMEX], index=["a", "b", "a", "c", "d"])
    out = card(s, key=KEY)
    assert out.index.equals(s.index)
    assert out["value"].iloc[0] == out["value"].iloc[2]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, "unparseable", pd.NA]
    assert out["last4"].tolist() == ["1111", pd.NA, "1111", pd.NA, "0005"]


def test_internal_errors_are_reraised_without_details(monkeypatch):
    def boom(*args, **kwargs):
        raise ValueError(f"bad value {VISA}")

    monkeypatch.setattr(cards.CellReader, "frame", boom)
    with pytest.raises(TekilError) as info:
        card(pd.Series([VISA]), key=KEY)
    assert VISA not in str(info.value)
    assert info.value.__context__ is None and info.value.__cause__ is None


@FAST
@given(st.text())
def test_never_crashes_on_arbitrary_text(text):
    out = card(pd.Series([text]), key=KEY)
    assert len(out) == 1
    digits = re.sub(r"[\s.\-]", "", text)
    if len(digits) >= 12:
        assert_no_clear_number(out, [text.strip(), digits])


@FAST
@given(st.integers(12, 19).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)))
def test_card_numbers_never_appear_in_any_output(number):
    numbers = [number, with_luhn(number[:-1])]
    out = card(pd.Series([*numbers, " ".join([number[:4], number[4:]])]), key=KEY)
    assert_no_clear_number(out, numbers)
    assert pd.isna(out["reason"].iloc[1])
    assert out["value"].iloc[1].startswith("tok_")


@FAST
@given(st.text(alphabet="0123456789", min_size=11, max_size=18), st.integers(0, 9))
def test_luhn_accepts_exactly_the_right_check_digit(body, check):
    number = body + str(check)
    assert cards.luhn_ok(number) == (number == with_luhn(body))


def test_an_id_of_no_known_format_keeps_its_last_four_also_where_masked():
    from tekil.normalize import free_id

    out = free_id(
        pd.Series(["S1234567D", "s 123 4567 d", "S****567D", "XXX-XX-1234", "***56", "X1234567L"])
    )
    assert out["value"].tolist()[:2] == ["S1234567D", "S1234567D"]
    assert out["reason"].tolist()[2:5] == ["masked"] * 3
    tails = out["tail"].tolist()
    assert tails[:4] + tails[5:] == ["567D", "567D", "567D", "1234", "567L"] and pd.isna(tails[4])
    assert out["value"].tolist()[5] == "X1234567L"  # a NIE's letter X is no mask
