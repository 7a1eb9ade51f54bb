"""Nepali systems: Nepali column names, Bikram Sambat birth dates, a given name with its middle
name beside the family name, and a wallet's id that is its phone number."""

import datetime as dt

import pandas as pd
import pytest

from tekil.inference import bikram_dates, role_from_values
from tekil.normalize.dates import bikram_to_gregorian, date
from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("नाम", "full_name"), ("थर", "last_name"), ("जन्म मिति", "dob"), ("जन्म मिति (वि.सं.)", "dob"),
        ("नागरिकता नं.", "free_id"), ("राष्ट्रिय परिचयपत्र नं.", "free_id"), ("मोबाइल", "phone"),
        ("ठेगाना", "address"), ("जिल्ला", "district"), ("लिङ्ग", "gender"), ("बाबुको नाम", "father_name"),
        ("Citizenship No", "free_id"),
        # someone else's, or the system's own
        ("बाजेको नाम", "ignore"), ("पति/पत्नीको नाम", "ignore"), ("पति/बाबुको नाम", "ignore"),
        ("ग्राहक नं.", "ignore"), ("सदस्य नं.", "ignore"),
        # lookalikes keep their reading: a nationality is no certificate's number
        ("Citizenship", None), ("Father/Husband Name", "ignore"),
    ],
)  # fmt: skip
def test_a_nepali_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


def test_bikram_sambat_dates():
    # 1 Baisakh falls on 13 or 14 April as printed calendars have it; months of 29 to 32 days.
    assert [bikram_to_gregorian(y, 1, 1) for y in (2075, 2076, 2077, 2081)] == [
        dt.date(2018, 4, 14), dt.date(2019, 4, 14), dt.date(2020, 4, 13), dt.date(2024, 4, 13),
    ]  # fmt: skip
    assert bikram_to_gregorian(2073, 12, 15) == dt.date(2017, 3, 28)
    assert bikram_to_gregorian(2045, 3, 32) is not None  # Asar has 32 days
    assert bikram_to_gregorian(2045, 3, 33) is None
    assert bikram_to_gregorian(2045, 13, 1) is None
    # Marked dates are read so in any column, in Latin or Devanagari digits; the rest as written.
    v = pd.Series(
        ["2045-03-15 BS", "वि.सं. २०४५/०३/१५", "2045/03/15 B.S.", "15/06/1988", "2533-03-07"]
    )
    assert date(v)["value"].tolist() == [
        "1988-06-28", "1988-06-28", "1988-06-28", "1988-06-15", "1990-03-07",
    ]  # fmt: skip


def test_a_column_of_bikram_sambat_dates_is_told_by_its_years():
    bank = pd.Series(["२०४५-०३-१५", "2052/11/02", "2013-02-16", "2061-07-30", "2048"] * 10)
    assert bikram_dates(bank)
    read = date(bank, bikram=True)["value"].tolist()[:5]
    assert read == ["1988-06-28", "1996-02-14", "1956-05-29", "2004-11-15", "1991"]
    # in such a column a date written day first with a year of the common era stays one
    assert date(pd.Series(["15/06/1988"]), bikram=True)["value"].tolist() == ["1988-06-15"]
    # Lookalikes: birth dates of the common era, marked dates beside unmarked ones (those are of
    # the common era), cards' expiry dates, Thai Buddhist-era years.
    born = pd.Series(["1988-06-29", "1956-05-29", "2004-11-15", "1991-01-01"] * 10)
    marked = pd.Series(["15/06/1988", "2045-03-01 BS", "02/02/1990", "04/07/1975"] * 10)
    expiry = pd.Series(["2031-06-30", "2029-01-31", "2035-12-31", "2028-05-31"] * 10)
    thai = pd.Series(["2533-03-07", "2545-11-02", "2510-01-15", "2528-07-30"] * 10)
    assert not any(bikram_dates(s) for s in (born, marked, expiry, thai))


def test_bikram_sambat_dates_are_birth_dates_not_phones():
    # "2045-03-15": eight digits a lax plan reads as a phone number
    bs = pd.Series([f"20{y}-{m:02d}-{d:02d}" for y in range(30, 66) for m, d in ((3, 15), (9, 2))])
    assert role_from_values(bs) == "dob"


def test_given_names_with_a_middle_name_beside_the_family_name():
    # Nepali "नाम" holds the given and the middle name ("राम बहादुर") beside "थर": the given name;
    # a whole name beside its family name again (a CRM's "name" and "surname") stays whole.
    given = ["राम बहादुर", "सीता कुमारी", "हरि प्रसाद", "गीता", "कृष्ण बहादुर"] * 8
    family = ["थापा", "श्रेष्ठ", "शर्मा", "गुरुङ", "राई"] * 8
    df = pd.DataFrame({"id": range(40), "नाम": given, "थर": family})
    assert guess_settings(df, id_column="id").roles["नाम"] == "first_name"
    whole = [f"{g} {f}" for g, f in zip(given, family, strict=True)]
    df = pd.DataFrame({"id": range(40), "नाम": whole, "थर": family})
    assert guess_settings(df, id_column="id").roles["नाम"] == "full_name"


def test_a_wallet_id_of_the_phone_columns_numbers_is_a_phone():
    mobiles = [f"98{41000000 + 7919 * i:08d}" for i in range(300)]
    df = pd.DataFrame(
        {
            "row": range(600),
            "mobile": mobiles + [None] * 300,
            "wallet_id": [None] * 300 + mobiles[::-1],
            "member_id": [None] * 300 + [f"97{53000000 + 6133 * i:08d}" for i in range(300)],
        }
    )
    roles = guess_settings(df, id_column="row").roles
    assert roles["wallet_id"] == "phone"
    # a system's own ids, numbers no phone column holds, stay no phones
    assert roles.get("member_id") != "phone"
