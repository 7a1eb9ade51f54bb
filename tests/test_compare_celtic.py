"""Comparisons of Irish and British records: Irish PPSNs, Irish family names in two forms."""

import numpy as np
import pandas as pd
import pytest

from tekil.compare import compare, default_comparisons
from tekil.id_checks import ppsn
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


@pytest.mark.parametrize(
    ("value", "ok"),
    [("1234567T", True), ("1234567TW", True), ("1234567FA", True), ("1234567F", False),
     ("1234567TA", False), ("1234567", False), ("12345678T", False), ("1234567T1", False)],
)  # fmt: skip
def test_ppsn_check_letter(value, ok):
    assert ppsn(value) is ok


def test_a_wifes_ppsn_of_old_is_not_her_husbands():
    # 1234567TW, a married woman's number of old (her husband's with a W), and 1234567T, his:
    # both pass their check, two people. A slip of a digit (1234568T) or the A of a number
    # since 2013 dropped (1234567F of 1234567FA) fails its check: one edit, as before.
    assert _levels("PPSN", "free_id", ["1234567T", "1234567TW", "1234568T", "1234567T"]) == [
        "else", "one_edit", "exact"
    ]  # fmt: skip
    assert _levels("PPSN", "free_id", ["1234567FA", "1234567F"]) == ["one_edit"]


def test_other_ids_one_edit_apart_stay_so():
    assert _levels("id", "free_id", ["AB123456C", "AB123456D"]) == ["one_edit"]


def test_irish_family_names_meet_their_english_forms():
    # Ní Bhriain (a woman's form) is O'Brien; Ó Súilleabháin O'Sullivan, with or without the
    # apostrophe; Ó Murchú no O'Brien.
    levels = _levels("Sloinne", "last_name", ["Ní Bhriain", "O'Brien", "Ó Murchú"])
    assert levels[0] == "exact" and levels[1] == "else"
    assert _levels("Sloinne", "last_name", ["Ó Súilleabháin", "O'Sullivan"]) == ["exact"]
