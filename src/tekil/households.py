"""Households: customers who live together, grouped apart from identities.

Two customers are in one household when they share an address and a surname,
or a landline, or any identifier value that several people carry (a family
e-mail; see :func:`tekil.guards.shared_values`). Households never merge
identities: they are a separate label on top of the customers.

A key that too many customers carry (an office block, a call centre) says
nothing about a family and is skipped.

>>> import numpy as np
>>> households_from_keys(3, [np.array([[0, 7], [2, 7]])]).tolist()
[0, 1, 0]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.cluster import connected_components
from tekil.guards import PERSONAL_LINE_TYPES
from tekil.normalize.phones import UNKNOWN_LINE
from tekil.records import Records

#: A key carried by more customers than this is not a household's.
MAX_HOUSEHOLD_SIZE = 12


def households(
    records: Records,
    customer: np.ndarray,
    shared: dict[str, np.ndarray] | None = None,
    max_size: int = MAX_HOUSEHOLD_SIZE,
) -> np.ndarray:
    """A household label per customer (``0..customer.max()``), numbered by first customer."""
    n = int(customer.max(initial=-1)) + 1
    keys = []
    last = records.fields.get("last_name")
    for fld in records.fields.values():
        codes = fld.codes.astype(np.int64)
        if fld.role == "address" and last is not None:
            both = (codes >= 0) & (last.codes >= 0)
            key = np.where(both, codes * (len(last.uniques) + 1) + last.codes, -1)
            keys.append(_pairs(customer, key))
        if fld.role == "phone" and "line_type" in fld.parts:
            kinds = fld.part_uniques["line_type"]
            personal = np.isin(kinds, PERSONAL_LINE_TYPES)
            kind = fld.parts["line_type"]
            # a number the plan does not know is no known landline either
            landline = np.append(~personal & (kinds != UNKNOWN_LINE), False)[kind]
            keys.append(_pairs(customer, np.where(landline, codes, -1)))
        if shared and fld.name in shared and shared[fld.name].any():
            on_shared = (codes >= 0) & shared[fld.name][np.maximum(codes, 0)]
            keys.append(_pairs(customer, np.where(on_shared, codes, -1)))
    return households_from_keys(n, keys, max_size)


def _pairs(customer: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Distinct (customer, key) pairs where the key is present, as an (m, 2) array."""
    ok = key >= 0
    frame = pd.DataFrame({"c": customer[ok], "k": key[ok]}).drop_duplicates()
    return frame.to_numpy(dtype=np.int64)


def households_from_keys(
    n_customers: int, keys: list[np.ndarray], max_size: int = MAX_HOUSEHOLD_SIZE
) -> np.ndarray:
    """Connected components of customers joined by the keys they share.

    ``keys`` holds one (m, 2) array of (customer, key) per kind of key; keys of
    different kinds are different nodes. Keys carried by more than ``max_size``
    customers are ignored.
    """
    left, right = [], []
    offset = n_customers
    for pairs in keys:
        if len(pairs) == 0:
            continue
        codes, uniques = pd.factorize(pairs[:, 1])
        carriers = np.bincount(codes)
        ok = carriers[codes] <= max_size
        left.append(pairs[ok, 0])
        right.append(offset + codes[ok])
        offset += len(uniques)
    if not left:
        return np.arange(n_customers, dtype=np.int64)
    labels = connected_components(offset, np.concatenate(left), np.concatenate(right))
    return pd.factorize(labels[:n_customers])[0].astype(np.int64)
