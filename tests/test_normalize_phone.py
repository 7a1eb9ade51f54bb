"""Tests of tekil.normalize.phone (E.164, line type, non-personal numbers)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer_checks import assert_idempotent
from tekil.errors import ConfigError, InputError
from tekil.normalize import phones
from tekil.normalize.phones import phone

FAST = settings(max_examples=200, deadline=None)
REASONS = {"missing", "unparseable", "invalid", "non_personal"}


@pytest.mark.parametrize(
    "raw",
    [
        "0532 123 45 67",
        "+90 532 123 4567",
        "5321234567",
        "90(532)1234567",
        "0090 532 123 45 67",
        "0090(532)1234567",
        "+90 (532) 123-45-67",
        "0532-123-45-67",
        "0532.123.45.67",
        "0 (532) 123 45 67",
        "+905321234567",
        "05321234567",
        " 0532 123 45 67 ",
        "tel:+90-532-123-4567",
        "0532 123 45 67 dahili 12",
        "0532 123 45 67 (cep)",  # words after the number that say which line it is
        "0532 123 45 67 - mobile",
        "Cep: 0532 123 45 67",
        5321234567,
        5321234567.0,
        905321234567,
    ],
)
def test_turkish_mobile_formats(raw):
    out = phone(pd.Series([raw], dtype=object))
    row = out.iloc[0]
    assert row["value"] == "+905321234567"
    assert pd.isna(row["reason"])
    assert row["line_type"] == "mobile"
    assert row["national"] == "5321234567"
    assert row["last7"] == "1234567"


def test_turkish_fixed_lines():
    out = phone(pd.Series(["(0212) 555 12 34", "0212 555 1234", "+90 312 555 12 34"]))
    assert out["value"].tolist() == ["+902125551234", "+902125551234", "+903125551234"]
    assert out["line_type"].tolist() == ["fixed"] * 3
    assert out["reason"].isna().all()
    assert out["last7"].tolist() == ["5551234", "5551234", "5551234"]


@pytest.mark.parametrize(
    ("raw", "value", "line_type"),
    [
        ("444 1 444", "+904441444", "other"),
        ("4441444", "+904441444", "other"),
        ("444 0 333", "+904440333", "other"),
        ("0 444 1 444", "+904441444", "other"),
        ("+90 444 1 444", "+904441444", "other"),
        (4441444, "+904441444", "other"),
        ("0850 222 0 444", "+908502220444", "voip"),
        ("0800 211 00 00", "+908002110000", "toll_free"),
        ("0900 123 45 67", "+909001234567", "premium"),
        ("+1 800 555 1234", "+18005551234", "toll_free"),
        ("+44 871 234 5678", "+448712345678", "premium"),
        ("+1 900 555 0199", "+19005550199", "premium"),
    ],
)
def test_non_personal_numbers_keep_their_value(raw, value, line_type):
    out = phone(pd.Series([raw], dtype=object))
    assert out["value"].tolist() == [value]
    assert out["reason"].tolist() == ["non_personal"]
    assert out["line_type"].tolist() == [line_type]


def test_foreign_numbers_with_default_region():
    out = phone(
        pd.Series(["+44 20 7946 0958", "0044 20 7946 0958", "+1 650 253 0000", "+49 30 1234567"])
    )
    assert out["value"].tolist() == [
        "+442079460958",
        "+442079460958",
        "+16502530000",
        "+49301234567",
    ]
    assert out["reason"].isna().all()
    assert out["line_type"].tolist() == ["fixed", "fixed", "fixed_or_mobile", "fixed"]
    assert out["national"].tolist()[0] == "2079460958"


def test_region_argument():
    out = phone(pd.Series(["020 7946 0958", "07911 123456", "+90 532 123 45 67"]), region="gb")
    assert out["value"].tolist() == ["+442079460958", "+447911123456", "+905321234567"]
    assert out["line_type"].tolist() == ["fixed", "mobile", "mobile"]


def test_a_number_written_00_and_a_country_code_is_international_where_abroad_is_dialled_011():
    out = phone(
        pd.Series(["0044 20 7946 0958", "001-650-253-0000x12", "00 1 535 460 7691", "0012"]),
        region="US",
    )
    # The last but one is in a range the plan does not know: kept to match on, as "unknown".
    assert out["value"].tolist()[:3] == ["+442079460958", "+16502530000", "+15354607691"]
    assert out["reason"].tolist()[3] == "invalid"


@pytest.mark.parametrize("region", ["XX", "", "Turkey", None, 90])
def test_bad_region_raises_config_error(region):
    with pytest.raises(ConfigError, match="region"):
        phone(pd.Series(["0532 123 45 67"]), region=region)


@pytest.mark.parametrize(
    "raw", ["123", "0532 123 45 6", "0532 1234567890", "5551234", "0000000000", "2222222"]
)
def test_invalid(raw):
    out = phone(pd.Series([raw]))
    assert out["reason"].tolist() == ["invalid"]
    assert out.drop(columns="reason").isna().all().all()


def test_a_number_of_a_lines_length_in_an_unknown_range_is_kept_to_match_on():
    # 592 is no Turkish prefix; (591) no American area code: as made-up test data writes them.
    out = phone(pd.Series(["+90 592 123 45 67", "0592 123 4567", "5921234567"]))
    assert out["value"].tolist() == ["+905921234567"] * 3
    assert out["reason"].isna().all() and out["line_type"].tolist() == ["unknown"] * 3
    us = phone(pd.Series(["(591)341-7776", "591.341.7776x12"]), region="US")
    assert us["value"].tolist() == ["+15913417776"] * 2 and us["last7"].tolist() == ["3417776"] * 2


@pytest.mark.parametrize("raw", ["telefon yok", "abc", "+", "-", "1.5"])
def test_unparseable(raw):
    out = phone(pd.Series([raw]))
    assert out["reason"].tolist() == ["unparseable"]
    assert out["value"].isna().all()


def test_missing_and_non_text_cells():
    out = phone(pd.Series([None, "", "  ", float("nan"), pd.NA, [1], True], dtype=object))
    assert out["reason"].tolist() == ["missing"] * 5 + ["unparseable"] * 2


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError, match="Series"):
        phone(pd.DataFrame({"tel": ["0532 123 45 67"]}))


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series(
        ["0532 123 45 67", None, "+905321234567", "444 1 444", "x"], index=[5, 5, 2, 9, 0]
    )
    out = phone(s)
    assert out.index.equals(s.index)
    assert out["value"].tolist() == ["+905321234567", pd.NA, "+905321234567", "+904441444", pd.NA]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, "non_personal", "unparseable"]
    assert str(out["value"].dtype) == "string"


def test_float_column_from_csv():
    s = pd.Series([5321234567.0, float("nan"), 2125551234.0])
    out = phone(s)
    assert out["value"].tolist() == ["+905321234567", pd.NA, "+902125551234"]


@FAST
@given(st.text())
def test_never_crashes_on_arbitrary_text(text):
    out = phone(pd.Series([text]))
    assert len(out) == 1
    reason = out["reason"].iloc[0]
    assert pd.isna(reason) or reason in REASONS
    assert_idempotent(phone, out)


@FAST
@given(st.text("0123456789 +-().", max_size=20))
def test_never_crashes_and_idempotent_on_phone_like_text(text):
    out = phone(pd.Series([text]))
    assert_idempotent(phone, out)


@FAST
@given(
    st.sampled_from(["530", "532", "533", "535", "542", "505", "555", "507"]),
    st.integers(0, 9_999_999),
    st.sampled_from(
        ["0{a} {b} {c} {d}", "+90 {a} {b}{c}{d}", "{a}{b}{c}{d}", "0090({a}){b}-{c}-{d}"]
    ),
)
def test_generated_mobiles_in_any_format(prefix, rest, template):
    digits = f"{rest:07d}"
    raw = template.format(a=prefix, b=digits[:3], c=digits[3:5], d=digits[5:])
    out = phone(pd.Series([raw]))
    assert out["value"].tolist() == [f"+90{prefix}{digits}"]
    assert out["last7"].tolist() == [digits]
    assert out["line_type"].tolist() == ["mobile"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["+90", "0", "", "+44", "+1", "+49", "+33", "00"]),
    st.text(alphabet="0123456789", min_size=6, max_size=12),
)
def test_validity_agrees_with_phonenumbers(prefix, digits):
    import phonenumbers

    text = prefix + digits
    out = phone(pd.Series([text]))

    def valid(written: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(written, "TR"))
        except phonenumbers.NumberParseException:
            return False

    # "00" and a country code that is no Turkish number is read as dialled abroad.
    expected = valid(text) or (text.startswith("00") and valid("+" + text[2:]))
    kind = out.loc[0, "line_type"]
    assert (pd.notna(kind) and kind != "unknown") == expected
    if pd.notna(kind) and kind == "unknown":  # a line's length in a range the plan lacks: kept
        value, national = out.loc[0, "value"], out.loc[0, "national"]
        assert pd.isna(out.loc[0, "reason"]) and value.endswith(national)


# ---- the compiled library (rphonenumbers) and the reference (phonenumbers) ------------------------
def _both(values: pd.Series, monkeypatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``phone(values)`` read with the compiled library first, and with the reference alone."""
    pytest.importorskip("rphonenumbers")
    monkeypatch.delenv("TEKIL_PHONE_LIBRARY", raising=False)
    fast = phone(values)
    monkeypatch.setenv("TEKIL_PHONE_LIBRARY", "phonenumbers")
    return fast, phone(values)


def test_compiled_library_reads_real_columns_as_the_reference(monkeypatch):
    from tekil.datasets import generate

    turkish = generate(3000, seed=4).records["phone"].dropna()
    rng = np.random.default_rng(4)
    formats = ["04{:02d} {:03d} {:03d}", "(02) 9{:03d} {:04d}", "+61 4{:02d} {:03d} {:03d}",
               "+61 (0)4{:02d} {:03d} {:03d}", "0061 3 {:04d} {:04d}", "13 {:02d} {:02d}"]  # fmt: skip
    australian = pd.Series([f.format(*rng.integers(0, 99, 3)) for f in rng.choice(formats, 2000)])
    fast, reference = _both(turkish, monkeypatch)
    pd.testing.assert_frame_equal(fast, reference)
    monkeypatch.delenv("TEKIL_PHONE_LIBRARY", raising=False)
    assert phones._fast_library() is not None  # installed, and taken
    assert fast["value"].notna().mean() > 0.9
    monkeypatch.delenv("TEKIL_PHONE_LIBRARY", raising=False)
    fast_au = phone(australian, region="AU")
    monkeypatch.setenv("TEKIL_PHONE_LIBRARY", "phonenumbers")
    pd.testing.assert_frame_equal(fast_au, phone(australian, region="AU"))


@FAST
@given(
    st.sampled_from(["+90", "0090", "90", "0", "", "+44", "+1", "+49", "+61 0", "+994"]),
    st.sampled_from(["532", "505", "212", "850", "800", "444", "4", "7", ""]),
    st.text(alphabet="0123456789", min_size=4, max_size=9),
)
def test_compiled_library_agrees_with_the_reference(prefix, area, rest):
    import os

    pytest.importorskip("rphonenumbers")
    values = pd.Series([prefix + area + rest, f"{prefix} {area} {rest}"])
    os.environ.pop("TEKIL_PHONE_LIBRARY", None)
    try:
        fast = phone(values)
        os.environ["TEKIL_PHONE_LIBRARY"] = "phonenumbers"
        reference = phone(values)
    finally:
        os.environ.pop("TEKIL_PHONE_LIBRARY", None)
    pd.testing.assert_frame_equal(fast, reference)


def test_a_number_the_compiled_library_rejects_is_read_again(monkeypatch):
    # "+61 0412 ..." keeps Australia's trunk 0: libphonenumber drops it, rlibphonenumber does not.
    fast, reference = _both(pd.Series(["+61 0412 345 678", "+610412345678"]), monkeypatch)
    assert fast["value"].tolist() == reference["value"].tolist() == ["+61412345678"] * 2


def test_a_panic_in_the_compiled_library_falls_back_to_the_reference(monkeypatch):
    rphonenumbers = pytest.importorskip("rphonenumbers")

    class Panic(BaseException):  # what a Rust panic surfaces as (not an Exception)
        pass

    def panicking(*args, **kwargs):
        raise Panic("index out of bounds")

    monkeypatch.setattr(rphonenumbers, "parse", panicking)
    out = phone(pd.Series(["0532 123 45 67", "+44 20 7946 0958"]))
    assert out["value"].tolist() == ["+905321234567", "+442079460958"]


def test_a_cell_of_several_numbers_gives_its_first_valid_one():
    cells = ["0532 123 45 67 / 0533 765 43 21", "0532 12 34; +90 533 765 43 21", "12 / 34"]
    out = phone(pd.Series(cells))
    assert out["value"][0] == "+905321234567" and out["value"][1] == "+905337654321"
    assert pd.isna(out["value"][2])


@pytest.mark.parametrize(
    ("stored", "region", "value"),
    [
        ("4915123456789", "DE", "+4915123456789"),  # Germany's plan reads it as national too
        ("436641234567", "AT", "+436641234567"),
        ("905321234567", "TR", "+905321234567"),
        ("015123456789", "DE", "+4915123456789"),  # written nationally: as before
    ],
)
def test_a_number_stored_without_its_plus_is_its_international_form(stored, region, value):
    assert phone(pd.Series([stored]), region=region).loc[0, "value"] == value


def test_letters_taken_for_digits_are_read_as_them_but_words_are_not():
    from tekil.normalize import reader

    us = reader("phone", region="US")
    assert us.row("+1 664 773 B629")[0] == us.row("+1 664 773 8629")[0] == "+16647738629"
    assert us.row("+l 677 662 832O")[0] == "+16776628320"
    # With an extension, however written: the number's own letters are still digits.
    for written in ("+1-664-773-B629x1372", "(664) 773-B629 ext. 12", "664 773 B629 #12"):
        assert us.row(written)[0] == "+16647738629", written
    from tekil.normalize._common import digits_misread

    # Words are words: a vanity number, a label before the number.
    assert digits_misread("1-800-FLOWERS", 7) is None
    assert digits_misread("Tel: 0532 111 22 33", 7) is None


def test_a_number_that_is_none_in_the_region_is_read_in_the_other_countries_written_out():
    # A column of US numbers beside British and German ones written out (+44, +49): those
    # written nationally are no US numbers, and read as the first country's they are.
    raw = pd.Series(["07911 123456", "(201) 555-0123", "0151 23456789"])
    out = phone(raw, region="US", also=["GB", "DE"])
    assert out["value"].tolist() == ["+447911123456", "+12015550123", "+4915123456789"]
    assert out["line_type"].tolist() == ["mobile", "fixed_or_mobile", "mobile"]
    assert phone(raw, region="US")["value"].isna().tolist() == [True, False, True]
    # A number of a range the US plan lacks stays a US number: records that wrote it agree.
    made_up = phone(pd.Series(["(999) 555-0123"]), region="US", also=["GB"])
    assert made_up.loc[0, "value"] == "+19995550123"
    # Unless it is a valid number of a country written out: a Saudi mobile in a UAE column.
    gulf = phone(pd.Series(["0599 909 444", "050 123 4567"]), region="AE", also=["SA"])
    assert gulf["value"].tolist() == ["+966599909444", "+971501234567"]
    # Stored without its "+", a number of a country written out is that country's.
    stored = pd.Series(["966553753364"])
    assert phone(stored, region="AE", also=["SA"]).loc[0, "value"] == "+966553753364"
    assert pd.isna(phone(stored, region="AE").loc[0, "value"])


def test_the_countries_a_column_writes_out_are_read_from_its_numbers():
    from tekil.inference import written_phone_regions

    column = pd.Series(["+44 7911 123456", "+44 7911 654321", "+49 151 23456789", "2015550123"])
    assert written_phone_regions(column) == ["GB"]  # one German number is no evidence


def test_numbers_dialled_with_00_write_their_country_and_a_file_pools_its_columns():
    from tekil.inference import written_phone_regions
    from tekil.records import normalisers
    from tekil.settings import Settings

    assert written_phone_regions(
        pd.Series(["00966553753364", "00966 51 234 5678", "0501234567"])
    ) == ["SA"]
    # A call centre keeps numbers as dialled at home; the shop writes its customers' out.
    df = pd.DataFrame(
        {
            "shop": ["+966 55 375 3364", "+966 51 234 5678", "+971 50 123 4567", None],
            "care": [None, None, "050 123 4567", "0599 909 444"],
        }
    )
    made = normalisers(df, Settings(roles={"shop": "phone", "care": "phone"}))
    assert "SA" in made["care"][1]["also"]


@pytest.mark.parametrize(
    "raw",
    ["0168 123 4567", "01681234567", "+84 168 123 4567", "841681234567", "038 123 4567"],
)
def test_a_vietnamese_mobile_of_before_the_2018_renumbering_is_the_same_line_today(raw):
    # 0168 xxx xxxx became 038 xxx xxxx: old systems keep the eleven-digit number.
    out = phone(pd.Series([raw]), region="VN").iloc[0]
    assert out["value"] == "+84381234567" and out["line_type"] == "mobile"


def test_only_numbers_of_a_renumbered_range_are_renumbered():
    out = phone(pd.Series(["0130 123 4567", "0912 345 678", "+90 168 123 4567"]), region="VN")
    assert out["value"].tolist() == ["+841301234567", "+84912345678", "+901681234567"]


def test_a_premium_number_of_the_region_that_is_a_line_of_a_country_written_out_is_that_line():
    # "0901 535 870" is a Slovak mobile and a Romanian premium-rate number: in a column that
    # writes out Slovak numbers too, a customer's number is the line.
    out = phone(
        pd.Series(["0901 535 870", "0722 123 456", "0900 123 456"]), region="RO", also=["SK"]
    )
    assert out["value"].tolist() == ["+421901535870", "+40722123456", "+40900123456"]
    assert out["reason"].tolist()[:2] == [pd.NA, pd.NA]
    assert out["reason"].tolist()[2] == "non_personal"  # no line anywhere else: premium it stays
    alone = phone(pd.Series(["0901 535 870"]), region="RO")  # no other country written out
    assert alone["reason"].tolist() == ["non_personal"]
