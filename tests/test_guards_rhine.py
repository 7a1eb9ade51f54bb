"""A father and a son of one name at one address, on one landline (probe ``rhine``)."""

from __future__ import annotations

import pandas as pd

import tekil


def test_a_landline_of_a_father_and_son_of_one_name_is_shared():
    # Jan Koch, born 1956, and his son Jan Koch, born 1997: one name, one home, one landline.
    # Their birth dates differ outright (no swap, no part off): two people, so the landline is
    # shared, and counts as no evidence that a record is one or the other.
    sample = tekil.datasets.load_sample().records
    home = {"address": "Kordon Sokak No 161", "city": "İzmir", "phone": "0232 444 12 12"}
    rows = pd.DataFrame(
        [
            {"record_id": "F1", "full_name": "Jan Koch", "birth_date": "1956-06-21", **home},
            {"record_id": "F2", "full_name": "Jan Koch", "birth_date": "1956-06-21",
             "email": "jan.koch@example.de", **home},
            {"record_id": "S1", "full_name": "Jan Koch", "birth_date": "1997-02-22", **home},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    phones = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][phones.index("+902324441212")]
