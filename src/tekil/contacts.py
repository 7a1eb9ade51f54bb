"""A column that holds e-mails in some rows and phone numbers in others, read as two.

A contact or login column (``contact``, ``iletişim``, ``login``) often keeps whichever the
customer gave: ``ali@example.com`` in one row, ``0532 123 45 67`` in the next. Neither role
fits most of its values, so when the roles are guessed such a column becomes two:
``<column> (email)`` and ``<column> (phone)``, each row's value in the one it is, and the
column itself gets no role. A value is sorted by its own look, so a store reads a new
record's contact as the batch read its data.

>>> df = pd.DataFrame({"contact": ["ali@example.com", "0532 123 45 67"] * 10})
>>> out, roles = split_contacts(df, {})
>>> out.iloc[1].tolist(), roles["contact (phone)"]
(['0532 123 45 67', None, '0532 123 45 67'], 'phone')
"""

from __future__ import annotations

import logging
import re

import pandas as pd

from tekil.inference import sample_present

log = logging.getLogger(__name__)

#: Names of the columns a contact column is read as.
EMAIL, PHONE = "{} (email)", "{} (phone)"
#: Share of a column's values that must be e-mails or phone numbers, and of each kind.
SHARE, EACH = 0.8, 0.1
#: Values read (a sample of the present ones).
SAMPLE = 500

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}$")


def split_contacts(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with each contact column split (see the module): a column with no
    role, or an identifier's, whose values are e-mails and phone numbers, each in one in ten."""
    for col in df.columns:
        if roles.get(str(col)) not in (None, "email", "phone", "handle"):
            continue
        values = sample_present(df[col], SAMPLE).astype(str).str.strip()
        values = values[values != ""]
        if len(values) < 20:
            continue
        email, phone = values.str.match(_EMAIL).mean(), values.str.match(_PHONE).mean()
        if email < EACH or phone < EACH or email + phone < SHARE:
            continue
        log.info("column %r holds e-mails and phone numbers: read as two columns", col)
        df = split_column(df, str(col))
        roles = {
            **roles,
            str(col): "ignore",
            EMAIL.format(col): "email",
            PHONE.format(col): "phone",
        }
    return df, roles


def split_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` split as the settings' data was: for each column whose e-mail and phone columns
    the roles name and ``df`` lacks (a customer view or a store)."""
    for col in list(df.columns):
        made = [EMAIL.format(col), PHONE.format(col)]
        if made[0] in roles and not df.columns.isin(made).any():  # not split yet
            df = split_column(df, str(col))
    return df


def split_column(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """``df`` with the e-mails and the phone numbers of ``col`` in two columns after it."""
    text = df[col].astype("string").str.strip()
    is_email = text.str.match(_EMAIL).fillna(False).to_numpy(dtype=bool)
    values = df[col].astype(object).where(df[col].notna(), None)
    out = df.copy(deep=False)  # new columns only: the caller's frame is left as it is
    at = out.columns.get_loc(col) + 1
    out.insert(at, EMAIL.format(col), values.where(is_email, None))
    out.insert(at + 1, PHONE.format(col), values.where(~is_email, None))
    return out
