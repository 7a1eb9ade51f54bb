"""How common values and pairs are in the data: the statistics behind ``u`` and term frequencies.

Value frequencies are counted over records, or, once a first clustering is
known (``records.person_labels``), over *different people*: a rare name held by
one person with four records is rare.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.errors import InputError
from tekil.estimation import FLOOR as _FLOOR
from tekil.records import Records


def random_pairs(records: Records, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``k`` uniformly drawn record pairs (cross-side only when linking), seeded."""
    rng = np.random.default_rng(seed)
    if records.side is not None:
        left = np.flatnonzero(records.side == 0)
        right = np.flatnonzero(records.side == 1)
        if len(left) == 0 or len(right) == 0:
            raise InputError("linking needs records on both sides")
        k = min(k, len(left) * len(right))
        return rng.choice(left, k), rng.choice(right, k)
    n = records.n
    if n < 2:
        raise InputError("at least two records are needed")
    k = min(k, n * (n - 1) // 2)
    i = rng.integers(0, n, k)
    j = (i + rng.integers(1, n, k)) % n  # never equal to i
    return np.minimum(i, j), np.maximum(i, j)


def value_frequencies(records: Records, field: str) -> np.ndarray:
    """How common each distinct value of the field is, for term-frequency adjustment.

    Without clusters: the share of the field's present records holding it. With
    ``records.person_labels`` (clusters from a first pass), the share is scaled
    by the fraction of the value's record pairs that join two *different*
    people, ``1 - Σ k² / n²`` over the clusters holding it: a rare name held by
    one person with four records is rare, not four times as common.
    """
    cache = records.__dict__.setdefault("_tf_cache", {})
    key = (field, records.person_labels is not None)
    if key not in cache:
        fld = records.fields[field]
        cache[key] = code_frequencies(fld.codes, len(fld.uniques), records.person_labels)
    return cache[key]


def full_name_codes(records: Records) -> np.ndarray | None:
    """One code per distinct (first name, last name) combination; -1 if either is missing."""
    first, last = records.fields.get("first_name"), records.fields.get("last_name")
    if first is None or last is None:
        return None
    cache = records.__dict__.setdefault("_tf_cache", {})
    if "full_name_codes" not in cache:
        a, b = first.codes.astype(np.int64), last.codes.astype(np.int64)
        both = (a >= 0) & (b >= 0)
        codes = np.full(len(a), -1, dtype=np.int64)
        codes[both] = pd.factorize(a[both] * (int(b.max()) + 1) + b[both])[0]
        cache["full_name_codes"] = codes
    return cache["full_name_codes"]


def full_name_frequencies(records: Records) -> np.ndarray:
    """Frequency among people of each (first name, last name) combination of :func:`full_name_codes`."""
    cache = records.__dict__.setdefault("_tf_cache", {})
    if "full_name_frequencies" not in cache:
        full = full_name_codes(records)
        size = int(full.max(initial=-1)) + 1 if full is not None else 0
        cache["full_name_frequencies"] = (
            np.zeros(0) if full is None else code_frequencies(full, size, records.person_labels)
        )
    return cache["full_name_frequencies"]


def use_known_frequencies(
    records: Records, fields: dict[str, np.ndarray], full_names: np.ndarray | None
) -> None:
    """Score ``records`` with value frequencies known from elsewhere (a store's whole data).

    ``fields`` holds, per field, the frequency of each of its distinct values
    (aligned with ``uniques``) and ``full_names`` that of each combination of
    :func:`full_name_codes`. A handful of records resolved against a store
    cannot count how common "Yılmaz" is; the store can.
    """
    records.person_labels = np.arange(records.n)  # frequencies are among people
    cache = records.__dict__.setdefault("_tf_cache", {})
    for name, freq in fields.items():
        cache[(name, True)] = freq
    if full_names is not None:
        cache["full_name_frequencies"] = full_names


def code_frequencies(codes: np.ndarray, size: int, labels: np.ndarray | None) -> np.ndarray:
    """Frequency of each code among present records, or among different people (see above)."""
    present = codes >= 0
    counts = np.bincount(codes[present], minlength=size).astype(float)
    total = max(counts.sum(), 1.0)
    if labels is None:
        return counts / total
    span = int(labels.max()) + 1
    joint = codes[present].astype(np.int64) * span + labels[present]
    codes_joint, keys = pd.factorize(joint)
    per_person = np.bincount(codes_joint)
    squares = np.bincount(keys // span, weights=per_person.astype(float) ** 2, minlength=size)
    cross = np.maximum(counts**2 - squares, counts)  # at least one record's worth
    return cross / np.maximum(counts, 1.0) / total


def chance_agreement(records: Records, field: str) -> float:
    """Probability that two random records (both with a value) hold the same value."""
    codes = records.fields[field].codes
    if records.side is not None:
        size = len(records.fields[field].uniques)
        left = np.bincount(codes[(codes >= 0) & (records.side == 0)], minlength=size)
        right = np.bincount(codes[(codes >= 0) & (records.side == 1)], minlength=size)
        total = left.sum() * right.sum()
        return float((left * right).sum() / total) if total else _FLOOR
    counts = np.bincount(codes[codes >= 0]).astype(float)
    n = counts.sum()
    return float((counts * (counts - 1)).sum() / (n * (n - 1))) if n > 1 else _FLOOR


def total_pairs(records: Records) -> int:
    """How many record pairs could match: all pairs, or all cross pairs when linking."""
    if records.side is not None:
        left = int((records.side == 0).sum())
        return left * (records.n - left)
    return records.n * (records.n - 1) // 2
