"""Values a record gives for someone who serves its person, kept out of its person's columns.

Forms ask for a staff member's number beside the customer's (``agent_phone``,
``advisor_email``, ``PCP_PHONE``), and where a customer gives none of their own, whoever
fills the form in writes their own in the customer's box too: a POS agent's phone on the
walk-ins of customers who gave none, a sales rep's on the leads they enter. A value that one
record holds both in a column of its person's and in a column its name gives to an agent,
an adviser or a doctor (:func:`~tekil.settings.staff_members`, a column with no role of its
own) is theirs: it is removed from the record's own column, so that the agent's customers
are not linked by the agent's number. Other records' values are left alone (the agent's own
records keep it), and so are a relative's: a next of kin's or an emergency contact's number
on a person's record is often one they share, a household's landline, a family's one mobile.

>>> df = pd.DataFrame({"customer_phone": ["0803 123 4567", "0805 555 1234"],
...                    "agent_phone": ["+2348031234567", "08031234567"]})
>>> out = without_staff_values(df, {"customer_phone": "phone"})["customer_phone"]
>>> out.to_numpy(dtype=object, na_value=None).tolist()
[None, '0805 555 1234']
>>> df["agent_phone"] = [8031234567.0, None]  # a number column read from a CSV
>>> out = without_staff_values(df, {"customer_phone": "phone"})["customer_phone"]
>>> out.to_numpy(dtype=object, na_value=None).tolist()
[None, '0805 555 1234']
"""

from __future__ import annotations

import pandas as pd

from tekil.normalize._common import texts
from tekil.settings import phone_tail, staff_members


def _email_key(values: pd.Series) -> pd.Series:
    return values.str.strip().str.lower().where(values.str.contains("@", regex=False).fillna(False))


def _id_key(values: pd.Series) -> pd.Series:
    return values.str.replace(r"[\W_]", "", regex=True).str.upper()


#: Roles whose values are compared across a record's columns, and what each is compared by.
_KEYS = {"phone": phone_tail, "email": _email_key, "free_id": _id_key, "tckn": _id_key}


def without_staff_values(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` with each value that its record also gives for a staff member (see the module)
    removed from the columns of ``roles``; ``df`` itself where there is none."""
    theirs: dict[str, list[str]] = {}
    for col in df.columns:
        if roles.get(str(col), "ignore") != "ignore":
            continue
        role = staff_members(col)
        if role in _KEYS:
            theirs.setdefault(role, []).append(col)
    copied = False
    for role, columns in theirs.items():
        own = [c for c, r in roles.items() if r == role and c in df.columns]
        if not own:
            continue
        key = _KEYS[role]
        their_keys = [key(texts(df[c])) for c in columns]
        for col in own:
            mine = key(texts(df[col]))
            same = pd.Series(False, index=df.index)
            for k in their_keys:
                same |= (mine == k).fillna(False).astype(bool)
            if same.any():
                if not copied:
                    df, copied = df.copy(), True
                df[col] = df[col].where(~same.to_numpy(), None)
    return df
