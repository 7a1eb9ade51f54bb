"""Phones written nationally, read in the country of the record's IBAN (probe ``rhine``)."""

from __future__ import annotations

import pandas as pd

from frames import listed
from tekil.dialling import account_regions, read_in_countries


def test_a_number_without_a_country_code_is_read_in_its_records_iban_country():
    # A telco CRM of Swiss, Austrian and German lines gives no country: the direct debit's
    # IBAN does. "079 …" is a Swiss mobile, "06-…" a Dutch one; a record with no IBAN (or an
    # invalid one, its check digits wrong) stays as written.
    df = pd.DataFrame(
        {
            "IBAN": [
                "CH93 0076 2011 6238 5295 7",
                "NL91ABNA0417164300",
                "AT611904300234573201",
                None,
                "CH94 0076 2011 6238 5295 7",
                "DE89 3704 0044 0532 0130 00",
            ],
            "Mobile": [
                "079 123 45 67",
                "06-12345678",
                "0664 1234567",
                "079 765 43 21",
                "078 1112233",
                "0171 1234567",
            ],
        }
    )
    roles = {"IBAN": "free_id", "Mobile": "phone"}
    assert listed(account_regions(df, roles)) == ["CH", "NL", "AT", None, None, "DE"]
    assert listed(read_in_countries(df, roles)["Mobile"]) == [
        "+41791234567",
        "+31612345678",
        "+436641234567",
        "079 765 43 21",
        "078 1112233",
        "+491711234567",
    ]


def test_a_country_column_goes_before_the_iban():
    df = pd.DataFrame(
        {"IBAN": ["CH9300762011623852957"], "Land": ["DE"], "Telefon": ["0791 123456"]}
    )
    roles = {"IBAN": "free_id", "Land": "country", "Telefon": "phone"}
    assert read_in_countries(df, roles, home="TR")["Telefon"].tolist() == ["+49791123456"]


def test_ids_that_are_no_ibans_give_no_country():
    df = pd.DataFrame({"Steuer-ID": ["12345678901", "98765432109"], "tel": ["0612345678"] * 2})
    assert account_regions(df, {"Steuer-ID": "free_id", "tel": "phone"}) is None
