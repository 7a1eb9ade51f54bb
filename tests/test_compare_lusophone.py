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


def test_ids_of_two_columns_that_never_share_one_say_nothing():
    # A Brazilian bank's RG and a Portuguese bank's NIF, both nine digits: no record holds an
    # id of the one that the other holds, so they are two kinds; a bank's CPF and a shop's cpf
    # share ids, so two of them differ.
    n = 240
    roles = {
        "nome": "full_name",
        "RG": "free_id",
        "NIF": "free_id",
        "CPF": "free_id",
        "cpf": "free_id",
    }
    df = pd.DataFrame(
        {
            "nome": [f"Maria Costa {k}" for k in range(2 * n)],
            "RG": [f"29{k * 7:07d}" for k in range(n)] + [None] * n,
            "NIF": [None] * n + [f"21{k * 7:07d}" for k in range(n)],
            "CPF": [str(10**10 + k * 1234567) for k in range(n)] + [None] * n,
            "cpf": [None] * n
            + [str(10**10 + k * 1234567) for k in range(n // 2)]
            + [None] * (n // 2),
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    # An RG against a NIF: nothing; a CPF against another record's cpf: they differ.
    lv = levels_of(records, [n - 1, 0], [n + n // 2 + 1, n + 1])
    assert lv["RG"] == ["null", "else"]
