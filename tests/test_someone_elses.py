"""Columns of someone else's numbers found by whose records hold them (tekil.someone_elses)."""

from __future__ import annotations

import pandas as pd

from tekil.someone_elses import someone_elses

_N = 200


def _system(own: str, kin: list[tuple[str, int]]) -> pd.DataFrame:
    """One system's records of the ``_N`` persons: their name, their own mobile in ``own``, and
    in each ``kin`` column the mobile of the person that many places on (a relative's)."""
    mobile = [f"0244{k:06d}" for k in range(_N)]
    return pd.DataFrame(
        {
            "name": [f"Given{k} Family{k % 50}" for k in range(_N)],
            own: mobile,
            **{col: [mobile[(k + step) % _N] for k in range(_N)] for col, step in kin},
        }
    )


def test_kin_columns_found_where_they_outnumber_the_person_s_own():
    """A wallet, a bank and a lender, each with the customer's mobile beside a next of kin's,
    a nominee's and a guarantor's: four columns of other people's numbers against three of the
    person's own, whose records of one name are then fewer than half of all."""
    df = pd.concat(
        [
            _system("wallet", [("next_of_kin", 1), ("nominee", 3)]),
            _system("bank", [("beneficiary", 2)]),
            _system("lender", [("guarantor", 5)]),
        ],
        ignore_index=True,
    )
    roles = {"name": "full_name", **{c: "phone" for c in df.columns if c != "name"}}
    found = someone_elses(df, roles, [c for c in df.columns if c != "name"])
    assert sorted(found) == ["beneficiary", "guarantor", "next_of_kin", "nominee"]


def test_the_person_s_own_columns_alone_are_nobody_else_s():
    df = pd.concat([_system("wallet", []), _system("bank", [])], ignore_index=True)
    roles = {"name": "full_name", "wallet": "phone", "bank": "phone"}
    assert someone_elses(df, roles, ["wallet", "bank"]) == []
