from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import tekil.normalize.dates as dates
from tekil.normalize.dates import date

TODAY = dt.date(2024, 6, 15)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(dates, "_today", lambda: TODAY)


def one(raw, **kwargs) -> pd.Series:
    return date(pd.Series([raw], dtype=object), **kwargs).iloc[0]


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
