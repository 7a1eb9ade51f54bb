"""A parcel's receiver as the record's person, on the records a shop sends.

A delivery desk's labels name a sender and a receiver (``依頼主`` and ``お届け先``,
``sender_name`` and ``receiver_name``). Where the customer sends (a gift, a return) the
sender is the record's person and the receiver someone else, whose columns the guess leaves
out (:func:`~tekil.settings.guess_settings`); where the shop sends to the customer (a store
delivery), the sender is the shop and the receiver the person. A shop is known by its values:
a phone, an e-mail or a name on more records than any person's (:func:`_shop_rows`). On those
records the receiver's values take the place of the sender's, column for column.

>>> df = pd.DataFrame({"依頼主電話": ["03-1111-2222"] * 30 + ["090-1234-5678"],
...                    "届け先電話": ["090-5555-6666"] + ["080-1"] * 29 + ["03-9999-0000"]})
>>> read = receivers_on_shop_rows(df, {"依頼主電話": "phone"})["依頼主電話"]
>>> read[0], read[30]
('090-5555-6666', '090-1234-5678')
"""

from __future__ import annotations

import math

import pandas as pd

from tekil.settings import _NAME_ROLES, _receivers, role_from_name

#: Roles by which a shop is known: what it writes the same on every label.
_SHOP_ROLES = _NAME_ROLES | {"phone", "email"}


def _shop_rows(df: pd.DataFrame, columns: list[str]) -> pd.Series:
    """Records that hold, in one of ``columns``, a value that more records hold than a
    household has: at least the square root of the file's records (and 20), which no person's
    phone or name reaches in a file of customers but a shop's, on all it sends, does."""
    least = max(20, math.isqrt(len(df)))
    rows = pd.Series(False, index=df.index)
    for col in columns:
        text = df[col].astype("string").str.replace(r"[\W_]", "", regex=True).str.lower()
        counts = text.map(text.value_counts())
        rows |= (counts >= least).fillna(False).astype(bool)
    return rows


def receivers_on_shop_rows(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` with, on each record whose sender is a shop (see the module), each receiver
    column's value in its counterpart of the person's columns: the one of its role most often
    filled beside it. ``df`` itself where no column is a receiver's left without a role."""
    pairs: dict[str, str] = {}
    for col in df.columns:
        if roles.get(str(col), "ignore") != "ignore" or not _receivers(col):
            continue
        role = role_from_name(col)
        own = [c for c, r in roles.items() if r == role and c in df.columns and not _receivers(c)]
        beside = {c: int((df[col].notna() & df[c].notna()).sum()) for c in own}
        if beside and max(beside.values()) > 0:
            pairs[str(col)] = max(beside, key=lambda c: beside[c])
    senders = [o for o in pairs.values() if roles[o] in _SHOP_ROLES]
    if not senders:
        return df
    shop = _shop_rows(df, senders) & df[list(pairs)].notna().any(axis=1)
    if not shop.any():
        return df
    df = df.copy()
    for receiver, own in pairs.items():
        df.loc[shop, own] = df.loc[shop, receiver]
    return df
