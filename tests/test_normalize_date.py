"""Tests of tekil.normalize.date (ISO dates from Turkish, European, ISO and English forms)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tekil.normalize.dates as dates
from normalizer_checks import assert_idempotent
from tekil.errors import InputError
from tekil.normalize.dates import date

FAST = settings(max_examples=200, deadline=None)
REASONS = {"missing", "unparseable", "invalid_date", "out_of_range", "placeholder"}
TODAY = dt.date(2024, 6, 15)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(dates, "_today", lambda: TODAY)


def one(raw, **kwargs) -> pd.Series:
    return date(pd.Series([raw], dtype=object), **kwargs).iloc[0]


@pytest.mark.parametrize(
    "raw",
    [
        "1985-03-07",
        "1985/03/07",
        "1985.03.07",
        "19850307",
        "07.03.1985",
        "7.3.1985",
        "07/03/1985",
        "07-03-1985",
        "7/3/85",
        "07.03.85",
        "07031985",
        "7 Mart 1985",
        "07 MART 1985",
        "7 mar 1985",
        "Perşembe, 7 Mart 1985",
        "7 March 1985",
        "March 7, 1985",
        "7th of March 1985",
        "07-MAR-85",
        "1985 Mart 7",
        "1985-03-07T10:30:00Z",
        "1985-03-07 00:00:00",
        "1985-03-07 10:30:00.000+03:00",
        "07.03.1985 10:30",
        "3/7/1985 12:00:00 AM",  # month first is read day first: 3 July; checked below
        19850307,
        19850307.0,
        dt.date(1985, 3, 7),
        dt.datetime(1985, 3, 7, 23, 59),
        pd.Timestamp("1985-03-07 10:00"),
        pd.Timestamp("1985-03-07", tz="Europe/Istanbul"),
        np.datetime64("1985-03-07"),
    ],
)
def test_accepted_forms(raw):
    row = one(raw)
    expected = "1985-07-03" if raw == "3/7/1985 12:00:00 AM" else "1985-03-07"
    assert row["value"] == expected
    assert pd.isna(row["reason"])
    y, m, d = map(int, expected.split("-"))
    assert (row["year"], row["month"], row["day"]) == (y, m, d)


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("1 Ocak 1990", "1990-01-01"),
        ("14 Şubat 1990", "1990-02-14"),
        ("14 ŞUBAT 1990", "1990-02-14"),
        ("14 şub 1990", "1990-02-14"),
        ("1 Nisan 1990", "1990-04-01"),
        ("19 Mayıs 1990", "1990-05-19"),
        ("19 MAYIS 1990", "1990-05-19"),
        ("1 Haziran 1990", "1990-06-01"),
        ("15 Temmuz 1990", "1990-07-15"),
        ("30 Ağustos 1990", "1990-08-30"),
        ("30 AĞUSTOS 1990", "1990-08-30"),
        ("9 Eylül 1990", "1990-09-09"),
        ("29 Ekim 1990", "1990-10-29"),
        ("10 Kasım 1990", "1990-11-10"),
        ("31 Aralık 1990", "1990-12-31"),
        ("31 ARALIK 1990", "1990-12-31"),
        ("1 January 1990", "1990-01-01"),
        ("Feb 14, 1990", "1990-02-14"),
        ("14 Sept 1990", "1990-09-14"),
        ("APRIL 1, 1990", "1990-04-01"),
    ],
)
def test_month_names(raw, iso):
    assert one(raw)["value"] == iso


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("昭和60年3月12日", "1985-03-12"),
        ("平成元年5月1日", "1989-05-01"),
        ("S60.3.12", "1985-03-12"),
        ("H02/05/01", "1990-05-01"),
        ("Ｈ１２．１２．３１", "2000-12-31"),  # full-width, as an old system types them
        ("令和2年1月6日", "2020-01-06"),
        ("大正15年12月24日", "1926-12-24"),
    ],
)
def test_japanese_era_dates(raw, iso):
    # Japanese forms give birth dates in the years of an era (Showa 1 is 1926).
    assert one(raw)["value"] == iso


def test_day_first_and_month_first():
    assert one("03/07/1985")["value"] == "1985-07-03"
    assert one("03/07/1985", dayfirst=False)["value"] == "1985-03-07"
    # Only one reading exists, so it is taken whatever dayfirst says.
    assert one("03/25/1985")["value"] == "1985-03-25"
    assert one("25/03/1985", dayfirst=False)["value"] == "1985-03-25"
    assert pd.isna(one("03/25/1985")["reason"])
    # A year in front is always year-month-day.
    assert one("1985-03-07", dayfirst=False)["value"] == "1985-03-07"
    assert one("03071985", dayfirst=False)["value"] == "1985-03-07"


def test_two_digit_years_pivot_on_today():
    out = date(pd.Series(["07.03.85", "07.03.05", "07.03.24", "07.07.24", "07.03.30", "29.02.00"]))
    assert out["value"].tolist() == [
        "1985-03-07",
        "2005-03-07",
        "2024-03-07",  # earlier this year
        "1924-07-07",  # later this year would be in the future
        "1930-03-07",
        "2000-02-29",
    ]
    assert out["reason"].isna().all()


@pytest.mark.parametrize(
    "raw",
    [
        "31.02.1985",
        "29.02.1985",
        "13.13.1985",
        "1985-13-01",
        "1985-02-30",
        "00.03.1985",
        "19851301",
    ],
)
def test_invalid_date(raw):
    row = one(raw)
    assert row["reason"] == "invalid_date"
    assert row[["value", "year", "month", "day"]].isna().all()


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2999-06-16", "2999-06-16"),
        ("01.01.2999", "2999-01-01"),
        (dt.date(2850, 1, 1), "2850-01-01"),
        (pd.Timestamp("2030-01-01"), "2030-01-01"),
    ],
)
def test_out_of_range_keeps_the_value(raw, iso):
    row = one(raw)
    assert row["reason"] == "out_of_range"
    assert row["value"] == iso and pd.notna(row["year"])


def test_today_is_in_range():
    assert pd.isna(one(TODAY.isoformat())["reason"])


@pytest.mark.parametrize(
    ("raw", "iso"), [("07.03.1885", "1885-03-07"), ("1764-12-28", "1764-12-28"), ("1899", "1899")]
)
def test_dates_before_1900_are_dates(raw, iso):
    # A register of historical persons, or a mistyped year that still agrees in its day and month.
    row = one(raw)
    assert pd.isna(row["reason"]) and row["value"] == iso


@pytest.mark.parametrize("raw", ["01.01.1900", "1899-12-31", "30/12/1899"])
def test_placeholder_date(raw):
    row = one(raw)
    assert row["reason"] == "placeholder"
    assert row["value"] in ("1900-01-01", "1899-12-31", "1899-12-30")


@pytest.mark.parametrize(
    "raw", ["070385", "abc", "7 Martt 1985", "7 Mart 1985 Mart", "1985-03-07-01", "31113",
            "07.03.985", "007.03.1985", "07.03", "985", "0512 03"],
)  # fmt: skip
def test_unparseable(raw):
    row = one(raw)
    assert row["reason"] == "unparseable"
    assert pd.isna(row["value"])


@pytest.mark.parametrize(
    ("raw", "value", "month"),
    [("1985", "1985", None), (1985, "1985", None), ("03/1985", "1985-03", 3),
     ("1985-3", "1985-03", 3), ("Mart 1985", "1985-03", 3), ("March 1985", "1985-03", 3)],
)  # fmt: skip
def test_a_year_alone_or_a_month_and_year_is_kept_as_far_as_it_goes(raw, value, month):
    row = one(raw)
    assert row["value"] == value and pd.isna(row["reason"]) and row["year"] == 1985
    assert pd.isna(row["month"]) if month is None else row["month"] == month
    assert pd.isna(row["day"])
    assert one("13/1985")["reason"] == "invalid_date"
    assert one(str(TODAY.year + 1))["reason"] == "out_of_range"


def test_missing_and_non_text_cells():
    out = date(pd.Series([None, "", " ", float("nan"), pd.NaT, pd.NA, [1]], dtype=object))
    assert out["reason"].tolist() == ["missing"] * 6 + ["unparseable"]


def test_datetime_column():
    s = pd.Series(pd.to_datetime(["1985-03-07", None, "2030-01-01"]))
    out = date(s)
    assert out["value"].tolist() == ["1985-03-07", pd.NA, "2030-01-01"]
    assert out["reason"].tolist() == [pd.NA, "missing", "out_of_range"]


def test_dtypes():
    out = date(pd.Series(["1985-03-07", None]))
    assert list(out.columns) == ["value", "reason", "year", "month", "day"]
    assert [str(t) for t in out.dtypes] == ["string", "string", "Int64", "Int64", "Int64"]
    empty = date(pd.Series([None, None]))
    assert [str(t) for t in empty.dtypes][2:] == ["Int64"] * 3


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError, match="Series"):
        date(pd.DataFrame({"dogum": ["1985-03-07"]}))


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series(["07.03.1985", None, "1985-03-07", "x", "31.02.1985"], index=[4, 4, 1, 0, 8])
    out = date(s)
    assert out.index.equals(s.index)
    assert out["value"].tolist() == ["1985-03-07", pd.NA, "1985-03-07", pd.NA, pd.NA]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, "unparseable", "invalid_date"]
    assert out["year"].tolist() == [1985, pd.NA, 1985, pd.NA, pd.NA]


@FAST
@given(st.text(), st.booleans())
def test_never_crashes_on_arbitrary_text(text, dayfirst):
    out = date(pd.Series([text]), dayfirst=dayfirst)
    reason = out["reason"].iloc[0]
    assert pd.isna(reason) or reason in REASONS
    assert_idempotent(date, out, dayfirst=dayfirst)


@FAST
@given(
    st.dates(dt.date(1900, 1, 2), TODAY),
    st.sampled_from(
        ["{d:02d}.{m:02d}.{y}", "{d}/{m}/{y}", "{y}-{m:02d}-{d:02d}", "{y}{m:02d}{d:02d}",
         "{d} {mon} {y}", "{d:02d}-{m:02d}-{y} 00:00"]
    ),
)  # fmt: skip
def test_generated_dates_round_trip(when, template):
    mon = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"][when.month - 1]  # fmt: skip
    raw = template.format(d=when.day, m=when.month, y=when.year, mon=mon)
    out = date(pd.Series([raw, when]))
    assert out["value"].tolist() == [when.isoformat()] * 2
    assert out["reason"].isna().all()
    assert (out["year"].iloc[0], out["month"].iloc[0], out["day"].iloc[0]) == (
        when.year, when.month, when.day
    )  # fmt: skip
    assert_idempotent(date, out)


@FAST
@given(st.dates(dt.date(1900, 1, 2), TODAY))
def test_swapped_day_and_month_with_dayfirst_false(when):
    raw = f"{when.month:02d}/{when.day:02d}/{when.year}"
    assert one(raw, dayfirst=False)["value"] == when.isoformat()


@pytest.mark.parametrize(
    "raw",
    [
        "5 mars 1980",
        "5. März 1980",
        "5 de marzo de 1980",
        "5 de março de 1980",
        "5 marzo 1980",
        "5 maart 1980",
        "5 Mart 1980",
        "March 5, 1980",
    ],
)
def test_month_names_of_european_languages(raw):
    assert date(pd.Series([raw]))["value"].tolist() == ["1980-03-05"]


def test_each_separator_keeps_the_order_its_own_dates_show():
    from tekil.inference import dayfirst_by_separator
    from tekil.records import normalisers
    from tekil.settings import Settings

    # One system writes 25.03.1985 (day first), another 03/25/1985 (month first).
    written = ["25.03.1985", "07.03.1985", "03/25/1985", "03/07/1985", "1985-03-07", None]
    column = pd.Series(written * 10)
    assert dayfirst_by_separator(column) == {".": True, "/": False}
    assert dayfirst_by_separator(column, given=True) == {}
    settings = Settings(roles={"dob": "dob"})
    arguments = normalisers(pd.DataFrame({"dob": column}), settings)["dob"][1]
    assert arguments["by_separator"] == {".": True, "/": False}
    values = date(column[:5], **arguments)["value"].tolist()
    assert values == ["1985-03-25", "1985-03-07", "1985-03-25", "1985-03-07", "1985-03-07"]
    # One order in the whole column: no per-separator argument.
    plain = pd.Series(["25.03.1985", "07/03/1985"] * 10)
    assert "by_separator" not in normalisers(pd.DataFrame({"dob": plain}), settings)["dob"][1]


def test_spreadsheet_day_numbers_are_read_only_in_a_column_that_holds_them():
    from tekil.inference import spreadsheet_days
    from tekil.records import normalisers
    from tekil.settings import Settings

    days = pd.Series(["31113", 31113.0, "25000", 44000, None] * 10)
    assert spreadsheet_days(days)
    arguments = normalisers(pd.DataFrame({"dob": days}), Settings(roles={"dob": "dob"}))["dob"][1]
    assert arguments["serial"] is True
    assert date(days[:4], **arguments)["value"].tolist() == [
        "1985-03-07",
        "1985-03-07",
        "1968-06-11",
        "2020-06-18",
    ]
    # Years, postcodes or a stray number among dates are no day numbers; alone, 31113 is none.
    for other in (["1985", "1990"] * 20, ["34710", "06510"] * 20, ["31113"] + ["1985-03-07"] * 39):
        assert not spreadsheet_days(pd.Series(other))
    # One system's records written through a spreadsheet, beside another's dates.
    assert spreadsheet_days(pd.Series(["31113", "07.03.1985"] * 20))
    assert one("31113")["reason"] == "unparseable"


def test_letters_taken_for_digits_in_a_date_are_read_as_them():
    from tekil.normalize import reader

    dates = reader("date")
    assert dates.row("2O03-O5-22")[0] == "2003-05-22"
    assert dates.row("l5.03.1985")[0] == "1985-03-15"
    assert dates.row("7 Mart 1985")[0] == "1985-03-07"  # a month's name is no misreading


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("85-03-07", "1985-03-07"), ("85.3.7", "1985-03-07"), ("90/01/21", "1990-01-21"),
     ("32-1-1", "1932-01-01"), ("99-12-31", "1999-12-31")],
)  # fmt: skip
def test_a_two_digit_year_first_that_no_day_can_be_is_read_year_month_day(raw, iso):
    # Korea's, Japan's and Sweden's short form: only one reading of "85-03-07" exists, as
    # of "03/25/1985" (month first) where the day-first one does not.
    row = one(raw)
    assert row["value"] == iso and pd.isna(row["reason"])
    assert one(raw, dayfirst=False)["value"] == iso


def test_a_two_digit_first_number_that_may_be_a_day_is_read_as_before():
    # "05-12-17" is 5 December 2017 (day first), as ever: a year of 2005 cannot be told apart.
    assert one("05-12-17")["value"] == "2017-12-05"
    assert one("07.03.85")["value"] == "1985-03-07"
    assert one("99-02-30")["reason"] == "invalid_date"
    assert one("45-13-01")["reason"] == "invalid_date"
    assert one("90-01-1985")["reason"] == "invalid_date"  # a year at the end: day first


@FAST
@given(
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 9999),
    st.sampled_from(["{:d}", "{:02d}", "{:03d}", "{:04d}"]),
    st.sampled_from(["{:d}", "{:02d}"]),
    st.sampled_from(["{:d}", "{:02d}", "{:03d}", "{:04d}"]),
    st.sampled_from("./-"),
    st.sampled_from("./-"),
    st.booleans(),
)
def test_plain_numeric_dates_read_as_the_full_reading_reads_them(
    a, b, c, fa, fb, fc, sep1, sep2, dayfirst
):
    text = f"{fa.format(a)}{sep1}{fb.format(b)}{sep2}{fc.format(c)}"
    assert dates._text(text, dayfirst) == dates._read_fully(text, dayfirst, False, False)


@pytest.mark.parametrize("raw", ["079/03/07", "79/03/07", "1985-03-07", "7.3.85", "31/12/2023"])
def test_plain_numeric_dates_of_a_minguo_column_take_the_full_reading(raw):
    assert dates._text(raw, True, minguo=True) == dates._read_fully(raw, True, True, False)
    assert dates._text(raw, True) == dates._read_fully(raw, True, False, False)
