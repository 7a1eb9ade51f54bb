"""Values of Western Balkan systems: Yugoslav citizen's numbers (JMBG, EMBG) read as ids by their
check digit, and numbers of other kinds left alone."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from tekil.id_checks import jmbg
from tekil.inference import role_from_values

_RNG = np.random.default_rng(7)


def _jmbg(born: dt.date, region: int, serial: int) -> str | None:
    body = f"{born:%d%m}{born.year % 1000:03d}{region:02d}{serial:03d}"
    s = sum(w * (int(body[i]) + int(body[i + 6])) for i, w in enumerate((7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    return None if k == 10 else body + str(0 if k == 11 else k)


def _jmbgs(n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        born = dt.date(1940, 1, 1) + dt.timedelta(days=int(_RNG.integers(0, 25000)))
        code = _jmbg(
            born, int(_RNG.choice([10, 21, 33, 45, 71, 80, 91])), int(_RNG.integers(0, 1000))
        )
        if code:
            out.append(code)
    return out


def test_a_column_of_jmbgs_is_ids():
    ids = _jmbgs(80)
    assert all(jmbg(i) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"
    # with a slip in one of twenty
    slipped = [
        i[:5] + str((int(i[5]) + 1) % 10) + i[6:] if k % 20 == 0 else i for k, i in enumerate(ids)
    ]
    assert role_from_values(pd.Series(slipped)) == "free_id"


def test_a_check_digit_of_eleven_is_zero():
    # 1 5 0 3 9 8 5 7 1 0 0 1 weigh 176, 0 modulo 11: the check digit is 0
    assert jmbg("1503985710010")
    assert not jmbg("1503985710011")


def test_thirteen_digits_of_other_kinds_are_no_jmbg():
    # EAN-13 barcodes of a store's own range (290...: "29" a day, "0x" a month) pass the check
    # one time in eleven; a column of them is no column of ids
    eans = [f"290{n:09d}" for n in _RNG.integers(0, 10**9, 200)]
    eans = [
        e + str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(e)) % 10) % 10)
        for e in eans
    ]
    assert np.mean([jmbg(e) for e in eans]) < 0.15
    assert role_from_values(pd.Series(eans)) != "free_id"


def test_bad_input_is_no_jmbg():
    assert not jmbg("")
    assert not jmbg("010199071000")  # twelve digits
    assert not jmbg("01019907100080")  # fourteen
    assert not jmbg("0101990710009")  # a wrong check digit
    assert not jmbg("3201990710008")  # the 32nd
    assert not jmbg("0113990710008")  # the 13th month
    assert not jmbg("01019907100O8")  # a letter O
    assert not jmbg("0000000000000")
