"""National ids of digits alone read as ids by their check digits, phone numbers left alone."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tekil.id_checks import checked_id
from tekil.inference import role_from_values

_RNG = np.random.default_rng(11)


def _digits(n: int) -> list[int]:
    return [int(d) for d in _RNG.integers(0, 10, n)]


def _cpf() -> str:
    d = _digits(9)
    for n in (9, 10):
        s = sum(x * w for x, w in zip(d, range(n + 1, 1, -1), strict=True)) % 11
        d.append(0 if s < 2 else 11 - s)
    return "{}{}{}.{}{}{}.{}{}{}-{}{}".format(*d)


def _snils() -> str:
    d = _digits(9)
    s = sum(x * (9 - k) for k, x in enumerate(d))
    s = s % 101 if s > 101 else s
    body = "".join(map(str, d))
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {0 if s == 100 else s:02d}"


def _pinfl() -> str:
    d = _digits(13)
    return "".join(map(str, d)) + str(sum(x * (7, 3, 1)[k % 3] for k, x in enumerate(d)) % 10)


@pytest.mark.parametrize("make", [_cpf, _snils, _pinfl], ids=["cpf", "snils", "pinfl"])
def test_a_column_of_checked_ids_is_ids_not_phones(make):
    ids = [make() for _ in range(60)]
    assert all(checked_id("".join(c for c in i if c.isdigit())) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"


def test_phone_numbers_of_those_lengths_stay_phones():
    # Brazilian mobiles (eleven digits), Uzbek numbers with their country code (twelve),
    # Russian ones with the trunk 8 (eleven): each passes a check one time in ten at most.
    brazil = [f"119{n:08d}" for n in _RNG.integers(0, 10**8, 60)]
    uzbek = [f"99890{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    russia = [f"8916{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    for numbers in (brazil, uzbek, russia):
        assert np.mean([checked_id(n) for n in numbers]) < 0.2
        assert role_from_values(pd.Series(numbers)) != "free_id"
    assert role_from_values(pd.Series(brazil)) == role_from_values(pd.Series(russia)) == "phone"


def test_bad_input_is_no_checked_id():
    assert not checked_id("") and not checked_id("11111111111") and not checked_id("5299822472x")
    assert not checked_id("5299822472") and not checked_id("529982247251")


def test_each_kind_of_id_on_its_own():
    # A CPF and a SNILS have eleven digits each: the guard that parts two ids of one kind
    # (tekil.guards.checked_ids_apart) tells them apart, so a person's two is no conflict.
    from tekil.id_checks import ID_KINDS, jmbg

    cpf = "".join(c for c in _cpf() if c.isdigit())
    snils = "".join(c for c in _snils() if c.isdigit())
    kinds = {name: [k for k, check in enumerate(ID_KINDS) if check(v)] for name, v in
             [("cpf", cpf), ("snils", snils), ("jmbg", "0101990710008")]}  # fmt: skip
    assert kinds["jmbg"] == [ID_KINDS.index(jmbg)]
    assert ID_KINDS.index(jmbg) not in kinds["cpf"] + kinds["snils"]
    assert 2 in kinds["cpf"] and 3 in kinds["snils"]  # (the CPF's kind, the SNILS's)
    assert 2 not in kinds["snils"] or 3 not in kinds["cpf"]  # (each passes the other's rarely)
