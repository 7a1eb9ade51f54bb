"""How common values and pairs are in the data: the statistics behind ``u`` and term frequencies.

Value frequencies are counted over records, or, once a first clustering is
known (``records.person_labels``), over *different people*: a rare name held by
one person with four records is rare.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil._once import once
from tekil.errors import InputError
from tekil.estimation import FLOOR as _FLOOR
from tekil.records import Records


def _cache(records: Records) -> dict:
    """What this module keeps per :class:`Records` (made once: :func:`~tekil._once.once`)."""
    return records.__dict__.setdefault("_tf_cache", {})


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
    fld = records.fields[field]
    return once(
        _cache(records),
        (field, records.person_labels is not None),
        lambda: code_frequencies(fld.codes, len(fld.uniques), records.person_labels),
    )


def full_name_codes(records: Records) -> np.ndarray | None:
    """One code per distinct (first name, last name) combination; -1 if either is missing."""
    first, last = records.fields.get("first_name"), records.fields.get("last_name")
    if first is None or last is None:
        return None

    def make() -> np.ndarray:
        a, b = first.codes.astype(np.int64), last.codes.astype(np.int64)
        both = (a >= 0) & (b >= 0)
        codes = np.full(len(a), -1, dtype=np.int64)
        codes[both] = pd.factorize(a[both] * (int(b.max()) + 1) + b[both])[0]
        return codes

    return once(_cache(records), "full_name_codes", make)


def full_name_frequencies(records: Records) -> np.ndarray:
    """Frequency among people of each (first name, last name) combination of :func:`full_name_codes`."""

    def make() -> np.ndarray:
        full = full_name_codes(records)
        if full is None:
            return np.zeros(0)
        return code_frequencies(full, int(full.max(initial=-1)) + 1, records.person_labels)

    return once(_cache(records), "full_name_frequencies", make)


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
    cache = _cache(records)
    for name, freq in fields.items():
        cache[(name, True)] = freq
    if full_names is not None:
        cache["full_name_frequencies"] = full_names


def code_frequencies(codes: np.ndarray, size: int, labels: np.ndarray | None) -> np.ndarray:
    """Frequency of each code among present records, or among different people (see above).

    Among people, a value's frequency is the share of the records of *other* people that
    hold it, or less for a value that few people hold: Good–Turing's estimate from how
    many values one more person holds (:func:`few_people_frequencies`). As counted, a
    value of one person would be no one else's, and a value of two (often one person
    whose records the first clustering left apart) as common as any other person's.
    """
    present = codes >= 0
    counts = np.bincount(codes[present], minlength=size).astype(float)
    total = max(counts.sum(), 1.0)
    if labels is None:
        return counts / total
    value, per_person = _holders(codes[present], labels[present])
    squares = np.bincount(value, weights=per_person.astype(float) ** 2, minlength=size)
    people = np.bincount(value, minlength=size)
    others = (counts**2 - squares) / np.maximum(counts, 1.0) / total
    few = few_people_frequencies(people, _count_distinct(labels[present]))
    # One person's value: no other holder to bound it (their share is nought).
    smoothed = np.where(
        people == 1, few[1], np.minimum(others, few[np.minimum(people, FEW_PEOPLE)])
    )
    return np.where(people > FEW_PEOPLE, others, smoothed)


def one_person_frequency(codes: np.ndarray, labels: np.ndarray) -> float:
    """How common a value that only one person holds is among other people, by Good–Turing.

    A value seen with one person may still be another's: values held by exactly two
    people (``n2``) against those held by one (``n1``) say how likely, ``2 n2 / n1`` people
    out of all of them. Birth dates, which people share by chance, come out near one day
    in the span of birth years; e-mail addresses, which nobody shares, near zero; a
    record's own duplicates never count (a count of records would call a value held by
    one person with three records three times as common).

    >>> codes, people = np.array([0, 0, 1, 2, 3, 4, 4]), np.array([0, 0, 1, 2, 3, 4, 5])
    >>> round(one_person_frequency(codes, people), 4)  # four values of one person, one of two
    0.0833
    """
    present = codes >= 0
    value, _ = _holders(codes[present], labels[present])
    return float(few_people_frequencies(np.bincount(value), _count_distinct(labels[present]))[1])


#: Values held by up to this many people get Good–Turing's frequency (Katz's usual bound:
#: above it, the observed count is the better estimate).
FEW_PEOPLE = 5


def few_people_frequencies(people: np.ndarray, persons: int) -> np.ndarray:
    """Good–Turing's frequency of a value held by ``r`` people, at index ``r`` (1 to
    :data:`FEW_PEOPLE`): ``(r + 1) n_{r+1} / n_r`` people (at most ``r``) of ``persons``,
    where ``n_r`` values are held by ``r`` people (``people``: how many hold each value),
    and never less than for fewer people. Where no value is held by one person, one
    person's share.

    >>> few_people_frequencies(np.array([1, 1, 1, 1, 2, 2, 3]), 10).round(3).tolist()
    [0.0, 0.1, 0.15, 0.15, 0.15, 0.15]
    """
    n = np.bincount(people, minlength=FEW_PEOPLE + 2)[: FEW_PEOPLE + 2].astype(float)
    r = np.arange(1, FEW_PEOPLE + 1)
    star = np.divide((r + 1) * n[r + 1], n[r], out=np.zeros(FEW_PEOPLE), where=n[r] > 0)
    if n[1] == 0:
        star[0] = 1.0
    out = np.zeros(FEW_PEOPLE + 1)
    out[1:] = np.maximum.accumulate(np.minimum(star, r)) / max(persons, 1)
    return out


def _count_distinct(labels: np.ndarray) -> int:
    """How many distinct labels (dense non-negative integers) there are."""
    return int(np.count_nonzero(np.bincount(labels))) if len(labels) else 0


def _holders(codes: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each distinct (value, person) held, its value and its number of records."""
    span = int(labels.max(initial=0)) + 1
    held, keys = pd.factorize(codes.astype(np.int64) * span + labels)
    return (keys // span).astype(np.int64), np.bincount(held, minlength=len(keys))


def copies(records: Records) -> tuple[np.ndarray, float]:
    """How many records share each record's name and birth date (1 where it lacks either),
    and the usual size of such a group in the data: the 99th percentile over the groups."""

    def make() -> tuple[np.ndarray, float]:
        full = full_name_codes(records)
        dobs = [f for f in records.fields.values() if f.role == "dob"]
        count, usual = np.ones(records.n), 2.0
        if full is not None and dobs:
            dob = dobs[0].codes.astype(np.int64)
            both = (full >= 0) & (dob >= 0)
            key = pd.factorize(full[both] * (int(dob.max()) + 1) + dob[both])[0]
            sizes = np.bincount(key)
            count[both] = sizes[key]
            sizes = np.sort(sizes[sizes >= 2])
            usual = float(sizes[int(0.99 * (len(sizes) - 1))]) if len(sizes) else usual
        return count, usual

    return once(_cache(records), "copies", make)


def pair_weights(records: Records, i: np.ndarray, j: np.ndarray) -> np.ndarray | None:
    """How much a pair counts when learning the model: 1, but for the pairs of a record copied
    far more often than the data's usual duplicates (a firm's hundred lines under one name):
    such a group's pairs, which grow with its size squared, count as if it were of the usual
    size, lest one customer's pairs outweigh everybody else's. ``None`` where every pair
    counts 1 (no record is copied beyond the usual)."""
    count, usual = copies(records)
    if not (count > usual).any():
        return None
    return np.minimum(1.0, (usual - 1.0) / (np.maximum(count[i], count[j]) - 1.0).clip(1.0))


def chance_agreement(records: Records, field: str) -> float:
    """Probability that two random records (both with a value) hold the same value."""
    codes = records.fields[field].codes
    if records.side is not None:
        size = len(records.fields[field].uniques)
        left = np.bincount(codes[(codes >= 0) & (records.side == 0)], minlength=size)
        right = np.bincount(codes[(codes >= 0) & (records.side == 1)], minlength=size)
        total = left.sum() * right.sum()
        return float((left * right).sum() / total) if total else _FLOOR
    present = codes >= 0
    count, usual = copies(records)
    weight = np.minimum(1.0, usual / count[present])  # see pair_weights
    counts = np.bincount(codes[present], weights=weight).astype(float)
    n = counts.sum()
    return float((counts * np.maximum(counts - 1, 0)).sum() / (n * (n - 1))) if n > 1 else _FLOOR


def total_pairs(records: Records) -> int:
    """How many record pairs could match: all pairs, or all cross pairs when linking."""
    if records.side is not None:
        left = int((records.side == 0).sum())
        return left * (records.n - left)
    return records.n * (records.n - 1) // 2
