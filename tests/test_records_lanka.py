"""A Sri Lankan bank's name with initials beside the name in full (probe ``lanka``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.records import prepare
from tekil.settings import Settings


def test_whole_names_with_given_names_go_before_names_with_initials():
    # CUSTOMER_NAME ("W.A.D.N. PERERA") comes first in the file, yet a record with both is
    # known by its NAME_IN_FULL's given names; a record with initials alone keeps them.
    df = pd.DataFrame(
        {
            "CUSTOMER_NAME": ["W.A.D.N. PERERA", "K. RAVINDRAN", "H.P.K. SILVA", "S. HERATH"],
            "NAME_IN_FULL": ["NIMAL PERERA", "RAVINDRAN KANDASAMY", None, "SUNIL HERATH"],
        }
    )
    roles = {"CUSTOMER_NAME": "full_name", "NAME_IN_FULL": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    assert [first.value_of(k) for k in range(len(df))] == ["nimal", "ravindran", "h p k", "sunil"]
    assert [last.value_of(k) for k in range(len(df))] == ["perera", "kandasamy", "silva", "herath"]


def test_whole_name_columns_of_given_names_keep_their_order():
    # Two columns of given names (a Latin name and the same in another script): the first.
    df = pd.DataFrame({"name": ["Nimal Perera", "Sunil Herath"], "alt": ["Kamal Silva", None]})
    roles = {"name": "full_name", "alt": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    assert [recs.fields["first_name"].value_of(k) for k in range(2)] == ["nimal", "sunil"]
