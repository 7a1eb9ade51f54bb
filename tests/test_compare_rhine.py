"""German postcodes that lost their leading zero in one system (probe ``rhine``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_a_postcode_that_lost_its_leading_zeros_is_the_same_postcode_in_any_column():
    # The bank's PLZ "01067" (Dresden), the web shop's zip "1067" as a spreadsheet left it
    # (a column of Dutch postcodes too, so no length of its own to pad to); a Swiss "8001" and
    # "80001", a code of other digits, are other postcodes.
    df = pd.DataFrame(
        {
            "PLZ": ["01067", None, "01067", "8001", None, "04103", None, None],
            "zip": [None, "1067", None, None, "80001", None, "1012 AB", "3511 CD"],
            "town": ["Dresden"] * 3 + ["Zürich"] * 2 + ["Leipzig", "Amsterdam", "Utrecht"],
        }
    )
    roles = {"PLZ": "postcode", "zip": "postcode", "town": "city"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    assert levels_of(records, [0, 0, 3, 1], [1, 2, 4, 5])["location"] == [
        "same_postcode", "same_postcode", "same_city", "else"
    ]  # fmt: skip
