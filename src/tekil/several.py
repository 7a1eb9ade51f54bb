"""Identifier cells that hold several values (``a@x.com; b@y.com``), read as two columns.

A system that keeps one contact field often writes a second number or address into it. The
normalisers read a cell's first valid value; the second would be lost, although another
record of the person may hold only that one. So when the roles are guessed, a phone or e-mail
column with several values in one cell in twenty or more gets a second column,
``<column> (2)``, holding each cell's second value; the columns of a role are compared and
blocked across each other (:mod:`tekil.compare`). A cell is read by its own value, so a store
reads a new record as the batch read its data.

>>> df = pd.DataFrame({"tel": ["0532 111 22 33 / 0212 555 12 34", "0533 444 55 66"] * 20})
>>> out, roles = split_several(df, {"tel": "phone"})
>>> out.iloc[0, 1], roles["tel (2)"]
('0212 555 12 34', 'phone')
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from tekil.inference import sample_present
from tekil.normalize._common import SEVERAL, as_strings

log = logging.getLogger(__name__)

#: The name of the column of second values.
SECOND = "{} (2)"
#: Share of a column's cells that must hold several values.
SHARE = 0.05
#: Cells read to decide (a sample of the present ones).
SAMPLE = 500
#: What a value of each role looks like, to tell two values from one written with a separator.
_LOOKS = {
    "phone": lambda part: sum(c.isdigit() for c in part) >= 7,
    "email": lambda part: "@" in part,
}  # not handles: their URLs hold the separators ("https://x.com/ayse")


def split_several(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with a column of second values after each identifier column that
    holds several values in one cell in twenty or more (see the module)."""
    for col, role in list(roles.items()):
        if role not in _LOOKS or SECOND.format(col) in roles or col not in df.columns:
            continue
        cells = as_strings(sample_present(df[col], SAMPLE))
        several = sum(_second(cell, role) is not None for cell in cells)
        if len(cells) < 20 or several < SHARE * len(cells):
            continue
        log.info("column %r holds several values in a cell: the second ones are read too", col)
        df = split_column(df, col, role)
        roles = {**roles, SECOND.format(col): role}
    return df, roles


def split_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` with the columns of second values that ``roles`` name and ``df`` lacks."""
    for col, role in roles.items():
        if (
            role in _LOOKS
            and SECOND.format(col) in roles
            and col in df
            and SECOND.format(col) not in df
        ):
            df = split_column(df, col, role)
    return df


def split_column(df: pd.DataFrame, col: str, role: str) -> pd.DataFrame:
    """``df`` with each cell's second value of ``col`` in a column after it."""
    present = df[col].notna().to_numpy()
    codes, distinct = pd.factorize(df.loc[present, col].astype(str))
    second = np.full(len(df), None, dtype=object)
    second[present] = np.array([_second(c, role) for c in distinct] + [None], dtype=object)[codes]
    out = df.copy(deep=False)  # new columns only: the caller's frame is left as it is
    out.insert(out.columns.get_loc(col) + 1, SECOND.format(col), second)
    return out


def _second(cell: str, role: str) -> str | None:
    """A cell's second value, where it holds two or more that look like the role's."""
    parts = [p for p in SEVERAL.split(cell.strip()) if p and _LOOKS[role](p)]
    return parts[1] if len(parts) >= 2 else None
