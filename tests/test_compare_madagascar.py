"""Comparisons of Malagasy records: a long family name against its everyday short form."""

import numpy as np
import pandas as pd

from tekil.compare import compare, default_comparisons
from tekil.records import prepare
from tekil.settings import Settings


def _levels(column: str, role: str, values: list[str]) -> list[str]:
    """The levels of the first value against each other, by name."""
    df = pd.DataFrame({column: values})
    records = prepare(df, Settings(roles={column: role}), np.arange(len(df)))
    comps = [
        c for c in default_comparisons(records) if column in (c.field, c.role) or c.field == role
    ]
    i, j = np.zeros(len(df) - 1, dtype=np.int64), np.arange(1, len(df))
    levels = compare(records, i, j, comps)[:, 0]
    return [comps[0].levels[k] for k in levels]


def test_a_family_name_s_short_form_is_part_of_it():
    # RAKOTO for Rakotoarisoa, RANDRIA for Randrianasolo: the start of the name, as an initial.
    assert _levels("NOM", "last_name", ["RAKOTOARISOA", "RAKOTO", "Rakotoarisoa"]) == [
        "initial", "exact"
    ]  # fmt: skip
    assert _levels("NOM", "last_name", ["RANDRIA", "Randrianasolo"]) == ["initial"]


def test_names_that_only_start_alike_are_no_short_form():
    # Under five letters (RABE, a name of its own), two letters apart (Martin, Martinez: a
    # close spelling, as before), or not the start of the other (RAZAFY, Razafinjatovo).
    levels = _levels("NOM", "last_name", ["RABE", "Rabenirina"])
    assert levels != ["initial"]
    assert _levels("NOM", "last_name", ["Martin", "Martinez"]) == ["jw_0.92"]
    assert _levels("NOM", "last_name", ["RAZAFY", "Razafinjatovo"]) != ["initial"]
    assert _levels("NOM", "last_name", ["Rakotomalala", "Rakotoarisoa"]) != ["initial"]
