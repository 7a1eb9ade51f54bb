"""Birth dates read off the national ids that carry them, as a birth date column of their own.

A Lithuanian or Estonian personal code (``38503140017``: the century and sex, ``YYMMDD``) and a
Latvian one of the dated form (``140385-11234``) hold their holder's birth date, which their
check digit vouches for. A system that keeps the code but no date (a telco's contract, a
bank's core, a desk that notes the code said on the phone) then still meets another system's
birth date. So when the roles are guessed, an id column nearly all of whose ids are of such a
kind (:func:`tekil.id_checks.birth_date`, on a sample) gets a column after it,
``<column> (birth date)``, of each id's date (none where an id is not of the kind, a slip of
one digit among them); the birth date columns are compared across each other
(:mod:`tekil.compare`). The Latvian codes issued since 2017 (``32...``) carry none. A value is
read by itself, so a store reads a new record as the batch
read its data.

>>> df = pd.DataFrame({"Asmens kodas": ["38503140017"] * 19 + ["38503140018"]})
>>> out, roles = coded_births(df, {"Asmens kodas": "free_id"})
>>> roles["Asmens kodas (birth date)"], out.iloc[0, 1], pd.isna(out.iloc[19, 1])
('dob', '1985-03-14', True)
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from tekil.id_checks import birth_date
from tekil.inference import sample_present
from tekil.normalize._common import as_strings

log = logging.getLogger(__name__)

#: The name of the column of dates read off an id column.
BORN = "{} (birth date)"
#: Share of an id column's values (a sample of the present ones) that must carry a date: a
#: column of ids of one such kind nearly whole, where phone numbers or a system's own numbers
#: pass one time in a hundred at most.
SHARE = 0.8
#: Values read to decide.
SAMPLE = 500


def coded_births(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with a column of birth dates after each id column whose ids carry
    them (see the module)."""
    for col, role in list(roles.items()):
        if role != "free_id" or col not in df.columns or BORN.format(col) in roles:
            continue
        values = as_strings(sample_present(df[col], SAMPLE)).map(_digits)
        if len(values) < 20 or float(values.map(birth_date).notna().mean()) < SHARE:
            continue
        log.info("column %r holds ids that carry a birth date: read as a birth date too", col)
        df = born_column(df, col)
        roles = {**roles, BORN.format(col): "dob"}
    return df, roles


def read_off(column: str) -> bool:
    """Whether ``column`` is one of birth dates read off an id column."""
    return column.endswith(BORN.format(""))


def births_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` with the columns of birth dates that ``roles`` name and ``df`` lacks."""
    for col in roles:
        made = BORN.format(col)
        if made in roles and col in df and made not in df:
            df = born_column(df, col)
    return df


def born_column(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """``df`` with each id's birth date of ``col`` in a column after it (per distinct value)."""
    present = df[col].notna().to_numpy()
    codes, distinct = pd.factorize(df.loc[present, col].astype(str))
    dates = np.full(len(df), None, dtype=object)
    read = [birth_date(_digits(v)) for v in distinct]
    dates[present] = np.array(read, dtype=object)[codes]
    out = df.copy(deep=False)  # new columns only: the caller's frame is left as it is
    out.insert(out.columns.get_loc(col) + 1, BORN.format(col), dates)
    return out


def _digits(value: str) -> str:
    """An id's digits as it is written (``140385-11234``, ``385 0314 0011``): separators
    dropped, a spreadsheet's ``.0`` too; letters kept, so that a passport's number is none."""
    text = value.strip().removesuffix(".0")
    return "".join(c for c in text if c not in " -./")
