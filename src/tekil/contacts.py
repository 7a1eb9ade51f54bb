"""A column that holds e-mails, phone numbers and social handles in its rows, read as several.

A contact or login column (``contact``, ``iletişim``, ``login``) often keeps whichever the
customer gave: ``ali@example.com`` in one row, ``0532 123 45 67`` in the next, ``@ali_k`` or
``instagram.com/ali.k`` in a third; a social-care desk's ``handle`` keeps the sender's e-mail
on the e-mail channel and the number on WhatsApp. No one role fits most of its values, so when
the roles are guessed such a column becomes two or three: ``<column> (email)`` and ``<column>
(phone)``, and ``<column> (handle)`` where one value in fifty is a handle by its look (an
``@``, a link to a social platform, a platform's name before it: ``IG: ali.k``); beside
handles, numbers get a column only where one value in ten is one (a few numbers among user
names may be user names: a login's personal number). Each row's value goes to the one it is,
and the column itself gets no role. A value is sorted by its own look, so a store reads a new
record's contact as the batch read its data: an e-mail, a phone number, then (where the column
has handles) anything the handle reader reads, and the rest with the phone numbers, whose
reader flags what is none.

>>> df = pd.DataFrame({"contact": ["ali@example.com", "0532 123 45 67"] * 10})
>>> out, roles = split_contacts(df, {})
>>> out.iloc[1].tolist(), roles["contact (phone)"]
(['0532 123 45 67', None, '0532 123 45 67'], 'phone')
>>> df = pd.DataFrame({"contact": ["ali@example.com", "0532 123 45 67", "@ali_k"] * 10})
>>> out, roles = split_contacts(df, {})
>>> out.iloc[2].tolist(), roles["contact (handle)"]
(['@ali_k', None, None, '@ali_k'], 'handle')
"""

from __future__ import annotations

import logging
import re

import numpy as np
import pandas as pd

from tekil.inference import sample_present
from tekil.normalize._common import as_strings
from tekil.normalize.handles import PLATFORMS
from tekil.normalize.handles import reader as handle_reader

log = logging.getLogger(__name__)

#: Names of the columns a contact column is read as.
EMAIL, PHONE, HANDLE = "{} (email)", "{} (phone)", "{} (handle)"
#: Share of a column's values that must be e-mails, phone numbers or handles, and of each of
#: two kinds at least.
SHARE, EACH = 0.8, 0.1
#: Share of a split column's values that must be handles by their look for a column of them.
FEW_HANDLES = 0.02
#: The kinds of value a contact column is read as, and the names of their columns.
KINDS = {"email": EMAIL, "phone": PHONE, "handle": HANDLE}
#: Values read (a sample of the present ones).
SAMPLE = 500

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: A phone number by its look, with its extension ("423.981.3746x414", "… ext. 12").
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)
#: A user name by its look: one word of letters that a dot, an underscore or a digit joins.
_USER_NAME = re.compile(r"(?=.*[a-zA-Z])(?=.*[._\d])[a-zA-Z\d][\w.]*")


def split_contacts(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with each contact column split (see the module): a column with no
    role, or an identifier's, whose values are e-mails, phone numbers and handles, each of two
    kinds in one in ten. In a column named for handles, what is neither an e-mail nor a phone
    number and reads as a handle counts as one; elsewhere only a handle by its look does."""
    for col in df.columns:
        role = roles.get(str(col))
        if role not in (None, "email", "phone", "handle"):
            continue
        values = as_strings(sample_present(df[col], SAMPLE)).str.strip()
        values = values[values != ""]
        if len(values) < 20:
            continue
        is_email, is_phone = values.str.match(_EMAIL), values.str.match(_PHONE)
        rest = values[~is_email & ~is_phone]
        read = handle_reader().frame(rest)
        marked = read["platform"].isin(PLATFORMS).to_numpy() | rest.str.startswith("@").to_numpy()
        if role == "handle":
            marked |= read["value"].notna().to_numpy()
        elif role is None and marked.sum() >= EACH * len(values):
            # Beside handles by their look, user names by theirs ("ruby.cooper.1980",
            # "visitor_22449"): a care desk's senders, whatever the column is called.
            marked |= rest.str.fullmatch(_USER_NAME).to_numpy() & read["value"].notna().to_numpy()
        email, phone, handle = is_email.mean(), is_phone.mean(), marked.sum() / len(values)
        if sorted([email, phone, handle])[1] < EACH or email + phone + handle < SHARE:
            continue
        kinds = _kinds(email, phone, handle)
        log.info("column %r holds %s: read as %d columns", col, ", ".join(kinds), len(kinds))
        df = split_column(df, str(col), kinds)
        roles = {**roles, str(col): "ignore", **{KINDS[k].format(col): k for k in kinds}}
    return df, roles


def _kinds(email: float, phone: float, handle: float) -> tuple[str, ...]:
    """The columns a contact column is read as, by the shares of its kinds of value: an
    e-mail's and a phone number's; with handles (one in fifty), a handle's, beside an
    e-mail's where one value in fifty is an e-mail and a phone number's where one in ten is
    a number (a few numbers among user names may be user names: a login's personal number)."""
    if handle < FEW_HANDLES:
        return ("email", "phone")
    least = {"email": FEW_HANDLES, "phone": EACH, "handle": 0.0}
    shares = {"email": email, "phone": phone, "handle": handle}
    return tuple(k for k in KINDS if shares[k] >= least[k])


def split_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` split as the settings' data was: for each column whose made columns the roles
    name and ``df`` lacks (a customer view or a store)."""
    for col in list(df.columns):
        made = {kind: name.format(col) for kind, name in KINDS.items()}
        kinds = tuple(kind for kind, name in made.items() if name in roles)
        if kinds and "handle" not in kinds:
            kinds = ("email", "phone")  # a split without handles makes both, as it always did
        if kinds and not df.columns.isin(list(made.values())).any():  # not split yet
            df = split_column(df, str(col), kinds)
    return df


def split_column(
    df: pd.DataFrame, col: str, kinds: tuple[str, ...] = ("email", "phone")
) -> pd.DataFrame:
    """``df`` with the values of ``col`` in a column of each of ``kinds`` (``email``,
    ``phone``, ``handle``) after it, each where its look puts it. Without a handle column
    what is no e-mail goes with the phone numbers; with one, what the handle reader reads of
    the rest goes there (a number where there is no column of numbers), and what it does not
    read with the phone numbers."""
    text = df[col].astype("string").str.strip()
    is_email = text.str.match(_EMAIL).fillna(False).to_numpy(dtype=bool)
    is_phone = text.str.match(_PHONE).fillna(False).to_numpy(dtype=bool) & ~is_email
    is_handle = np.zeros(len(df), dtype=bool)
    if "handle" in kinds:
        rest = text.notna().to_numpy(dtype=bool) & ~is_email
        if "phone" in kinds:
            rest &= ~is_phone
        read = handle_reader().frame(text[rest].astype(object))
        is_handle[rest] = read["value"].notna().to_numpy()
    into = {"email": is_email, "phone": ~is_email & ~is_handle, "handle": is_handle}
    values = df[col].astype(object).where(df[col].notna(), None)
    out = df.copy(deep=False)  # new columns only: the caller's frame is left as it is
    at = out.columns.get_loc(col) + 1
    for k, kind in enumerate(kinds):
        out.insert(at + k, KINDS[kind].format(col), values.where(into[kind], None))
    return out
