"""Comparisons of Brazilian and Portuguese records."""

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_ids_of_one_length_or_one_digit_apart_still_differ():
    roles = {"nome": "full_name", "CPF": "free_id"}
    # Two CPFs differ; one with a digit left out is one typed with a slip.
    df = pd.DataFrame(
        {"nome": ["Ana Silva"] * 3, "CPF": ["52998224725", "11144477735", "1114447735"]}
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 0], [1, 2])
    assert lv["CPF"][0] == "else"
    assert lv["CPF"][1] != "null"
