"""A father and a son of one name at one address, on one landline (probe ``rhine``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

import tekil
from tekil.compare import compare, default_comparisons
from tekil.guards import born_apart
from tekil.records import prepare
from tekil.settings import Settings


def test_a_landline_of_a_father_and_son_of_one_name_is_shared():
    # Jan Koch, born 1956, and his son Jan Koch, born 1997: one name, one home, one landline.
    # Their birth dates differ outright (no swap, no part off) and so do their own mobiles: two
    # people, so the landline is shared, and counts as no evidence that a record is one or
    # the other; nor does their name and home make them one.
    sample = tekil.datasets.load_sample().records
    home = {"address": "Kordon Sokak No 161", "city": "İzmir", "phone": "0232 444 12 12"}
    rows = pd.DataFrame(
        [
            {"record_id": "F1", "full_name": "Jan Koch", "birth_date": "1956-06-21",
             "mobile": "0532 123 45 67", **home},
            {"record_id": "F2", "full_name": "Jan Koch", "birth_date": "1956-06-21",
             "mobile": "0532 123 45 67", "email": "jan.koch@example.de", **home},
            {"record_id": "S1", "full_name": "Jan Koch", "birth_date": "1997-02-22",
             "mobile": "0535 765 43 21", **home},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    phones = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][phones.index("+902324441212")]
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["F1"] == cluster["F2"] != cluster["S1"]


def test_birth_dates_decades_apart_are_two_people_a_slip_or_a_swap_is_not():
    # Whole dates thirty years apart on records whose own mobiles differ tell two people (a
    # father and a son); the same date with day and month swapped, a year's digit slipped,
    # or another date two years apart do not by themselves; nor does a date decades apart on
    # a record of the same mobile (a date copied from someone else's), or with no id to differ.
    df = pd.DataFrame(
        {
            "dob": ["1956-06-21", "1997-02-22", "1956-06-12", "1986-03-21", "1958-01-02",
                    "1999-05-05", "1999-05-05"],
            "mobile": ["0532 111 22 33", "0533 444 55 66", "0533 444 55 66", "0533 444 55 66",
                       "0533 444 55 66", "0532 111 22 33", None],
        }
    )  # fmt: skip
    roles = {"dob": "dob", "mobile": "phone"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    comps = default_comparisons(records)
    i, j = np.zeros(6, dtype=np.int64), np.arange(1, 7)
    levels = compare(records, i, j, comps)
    assert born_apart(records, comps, levels, i, j).tolist() == [
        True, False, False, False, False, False
    ]  # fmt: skip
