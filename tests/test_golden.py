"""Survivorship, provenance, conflicts and roll-ups on small frames with known answers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from people import valid_tckn
from tekil import Settings
from tekil.errors import InputError
from tekil.golden import golden_records
from tekil.households import households_from_keys
from tekil.records import prepare
from tekil.rollup import parse_rule, roll_up

GOOD = valid_tckn("318472615")
ROLES = {"name": "full_name", "phone": "phone", "address": "address", "tckn": "tckn"}


def build(df, labels=None, **settings):
    st = Settings(roles=ROLES, card_key="k", **settings)
    records = prepare(df, st, df["rid"].to_numpy(dtype=object))
    labels = np.zeros(len(df), dtype=np.int64) if labels is None else np.asarray(labels)
    return golden_records(df, records, labels, st)


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "rid": ["a", "b", "c"],
            "system": ["telco", "crm", "telco"],
            "updated": ["2024-01-05", "2023-06-01", "2025-02-01"],
            "name": ["Ayşe Kaya", "AYSE KAYA", "Ayşe"],
            "phone": ["0212 555 11 22", "0532 111 22 33", "0532 111 22 33"],
            "address": ["Moda Cad. No:5", "Bağdat Cad. No:9", "Moda Cad. No 5"],
            "tckn": ["12345678901", GOOD, None],
        }
    )


def test_default_survivorship_valid_personal_frequent(frame):
    g = build(frame).golden.iloc[0]
    assert g["name"] == "Ayşe Kaya"  # two-part name, most frequent
    assert g["phone"] == "+905321112233"  # mobile before landline
    assert g["phones"] == "+905321112233; +902125551122"
    assert g["tckn"] == GOOD  # the valid one; the other fails its checksum
    assert g["address"] == "Moda Cad. No:5"  # "Moda Cad. No 5" is the same address
    assert (g["name_record"], g["n_records"]) == ("a", 3)


def test_trust_and_recency_orders(frame):
    trusted = build(
        frame,
        source_column="system",
        source_trust=["crm", "telco"],
        survivorship={"address": ["trusted"]},
    ).golden.iloc[0]
    assert (trusted["address"], trusted["address_source"]) == ("Bağdat Cad. No:9", "crm")
    recent = build(
        frame, timestamp_column="updated", survivorship={"address": ["recent"]}
    ).golden.iloc[0]
    assert recent["address_record"] == "c"


def test_invalid_value_survives_only_without_a_valid_one(frame):
    only_bad = frame.assign(tckn=["12345678901", None, None])
    assert build(only_bad).golden.iloc[0]["tckn"] == "12345678901"


def test_conflicts_report_kinds(frame):
    conflicts = build(frame).conflicts
    address = conflicts[conflicts["attribute"] == "address"]
    assert address[["value", "kind", "records"]].values.tolist() == [
        ["Moda Cad. No:5", "chosen", "a; c"],
        ["Bağdat Cad. No:9", "different", "b"],
    ]


def test_conflicts_name_the_sources_known_and_no_missing_one(frame):
    # A record of no known system ("b") names none: neither "None" nor a float in the join.
    conflicts = build(frame.assign(system=["telco", None, "crm"]), source_column="system")
    address = conflicts.conflicts[conflicts.conflicts["attribute"] == "address"]
    assert address["sources"].tolist() == ["telco; crm", ""]
    assert conflicts.golden.iloc[0]["sources"] == "crm; telco"


def test_one_row_per_customer_and_unreadable_timestamps(frame):
    g = build(frame, labels=[0, 1, 0]).golden
    assert len(g) == 2 and g["n_records"].tolist() == [2, 1]
    with pytest.raises(InputError, match="no readable dates"):
        build(frame.assign(updated=["x", "y", "z"]), timestamp_column="updated")


def test_roll_up_rules():
    customer = np.array([0, 0, 1, 1, 2])
    assert roll_up(pd.Series(["yes", "no", "no", None, None]), customer, "any").tolist() == [
        True,
        False,
        pd.NA,
    ]
    assert roll_up(pd.Series([1, 1, 1, 0, 1]), customer, "all").tolist() == [True, False, True]
    assert roll_up(pd.Series(["10", "5.5", None, "2", "1"]), customer, "sum").tolist() == [
        15.5,
        2.0,
        1.0,
    ]
    with pytest.raises(InputError, match="as a number"):
        roll_up(pd.Series(["ten", "1", "2", "3", "4"]), customer, "max", "balance")
    with pytest.raises(InputError, match="as a flag"):
        roll_up(pd.Series(["maybe", "1", "2", "3", "4"]), customer, "any", "paid")
    assert parse_rule("tier: Normal < Gold ").tiers == ("Normal", "Gold")


def test_households_from_keys_skip_crowded_keys():
    landline = np.array([[0, 1], [1, 1], [2, 9]])
    crowded = np.array([[c, 5] for c in range(4)])
    assert households_from_keys(4, [landline, crowded], max_size=3).tolist() == [0, 0, 1, 2]


def test_docstring_examples_of_the_customer_modules():
    import doctest

    from tekil import golden, guards, households, identity, rollup

    for module in (golden, guards, households, identity, rollup):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0, module.__name__
        assert result.attempted > 0, module.__name__


def test_a_card_printed_masked_is_shown_once_and_never_in_clear():
    df = pd.DataFrame(
        {
            "rid": ["a", "b", "c", "d"],
            "name": ["Ayşe Kaya"] * 3 + ["Can Öz"],
            "card": ["4111 1111 1111 1111", "4111 11** **** 1111", "XXXX XXXX XXXX 0004", None],
        }
    )
    st = Settings(roles={"name": "full_name", "card": "card"}, card_key="k")
    records = prepare(df, st, df["rid"].to_numpy(dtype=object))
    golden = golden_records(df, records, np.array([0, 0, 0, 1]), st).golden
    # The statement's masked copy of the card is the card once; the other masked one is shown.
    assert golden.loc[0, "cards"] == "visa ****1111; card ****0004"
    assert golden.loc[0, "card"] == "visa ****1111"  # the whole number before a masked one
    assert "4111111111111111" not in golden.to_csv().replace(" ", "")
