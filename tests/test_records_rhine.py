"""A Dutch insurer's initials beside the given names (probe ``rhine``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.records import prepare
from tekil.settings import Settings


def test_given_names_go_before_initials_whatever_the_column_order():
    # "voorletters" comes first in the file, yet a record with both is known by its given
    # names; a record with initials alone keeps them.
    df = pd.DataFrame(
        {
            "voorletters": ["J.C.", "M.", "P.", "A.B.", "K."],
            "voornamen": ["Johannes Cornelis", "Maria", None, "Anna Berta", "Kees"],
            "achternaam": ["Jansen", "de Vries", "Bakker", "Smit", "Bos"],
        }
    )
    roles = {"voorletters": "first_name", "voornamen": "first_name", "achternaam": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first = recs.fields["first_name"]
    assert [first.value_of(k) for k in range(len(df))] == [
        "johannes cornelis",
        "maria",
        "p",
        "anna berta",
        "kees",
    ]


def test_a_column_of_given_names_with_no_usable_value_is_no_column_of_initials():
    # A store's new record with no value in the column: its values read as floats (NaN).
    from tekil.normalised import Normalised
    from tekil.records import _mostly_initials

    empty = Normalised(
        pd.DataFrame({"value": [np.nan], "reason": ["missing"]}), np.array([0]), pd.RangeIndex(1)
    )
    assert not _mostly_initials(empty)
    initials = Normalised(
        pd.DataFrame({"value": ["j c", "m"], "reason": [None, None]}),
        np.array([0, 1, 0]),
        pd.RangeIndex(3),
    )
    assert _mostly_initials(initials)
