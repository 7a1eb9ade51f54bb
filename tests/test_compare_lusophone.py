"""Comparisons of Brazilian and Portuguese records."""

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_a_cpf_and_a_nif_say_nothing_two_cpfs_differ():
    # A Brazilian's CPF (eleven digits) in a Brazilian bank, his NIF (nine) in a Portuguese
    # one, a care desk's cpf_nif holding either: ids of two kinds.
    roles = {"nome": "full_name", "CPF": "free_id", "NIF": "free_id", "cpf_nif": "free_id"}
    df = pd.DataFrame(
        {
            "nome": ["Carlos de Almeida Lima"] * 6,
            "CPF": ["07734939643", "52998224725", None, None, None, None],
            "NIF": [None, None, "292346174", "123456789", None, None],
            "cpf_nif": [None, None, None, None, "292346174", "077.349.396-43"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 2, 0, 0], [1, 2, 3, 4, 5])
    # Two CPFs differ; a CPF and a NIF in two columns or one say nothing; two NIFs differ
    # (by the first column's comparison of all of them); one CPF typed two ways agrees.
    assert lv["CPF"][0] == "else"
    assert lv["CPF"][1] == "null"
    assert lv["CPF"][2] == "else"
    assert lv["CPF"][3] == "null"
    assert lv["CPF"][4] not in ("null", "else")


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
