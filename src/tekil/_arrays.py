"""Array helpers that numpy has, but slowly.

numpy 2.3 and later find the values of a plain ``np.unique(x)`` by hashing; on
integers spread over a wide range (pair codes, key hashes) that is 50 to 100
times slower than sorting (numpy 2.4, 410 k int64: 0.38 s against 6 ms).

>>> distinct(np.array([7, 3, 7, 10**12, 3]))
array([            3,             7, 1000000000000])
"""

from __future__ import annotations

import numpy as np


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-D array (``np.unique(values)``, by sorting)."""
    ordered = np.sort(np.asarray(values).ravel())
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices ``start, start + 1, ...`` of each run, runs one after another.

    >>> runs(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    offsets = np.repeat(np.asarray(starts, dtype=np.int64) - (ends - lengths), lengths)
    return np.arange(total, dtype=np.int64) + offsets


def sharing(
    owners: np.ndarray, wanted: np.ndarray, key_of: np.ndarray, holders: np.ndarray, cap: int
) -> tuple[np.ndarray, np.ndarray]:
    """(owner, holder) pairs through shared keys, each pair once, sorted.

    ``owners[k]`` looks up key number ``wanted[k]``, ``holders[m]`` holds key number
    ``key_of[m]`` (keys numbered from 0); a key with more than ``cap`` holders finds nobody.

    >>> [a.tolist() for a in sharing(np.array([0, 0, 1]), np.array([0, 1, 1]),
    ...                              np.array([0, 1, 1, 2]), np.array([7, 8, 9, 7]), cap=2)]
    [[0, 0, 0, 1, 1], [7, 8, 9, 8, 9]]
    """
    keys = max(int(wanted.max(initial=-1)), int(key_of.max(initial=-1))) + 1
    sizes = np.bincount(key_of, minlength=keys)
    sizes[sizes > cap] = 0
    order = np.argsort(key_of, kind="stable")
    held = holders[order][sizes[key_of[order]] > 0]
    starts = np.cumsum(sizes) - sizes
    taken = sizes[wanted]  # each (owner, key) takes its key's holders
    width = int(holders.max(initial=0)) + 1
    code = distinct(np.repeat(owners, taken) * width + held[runs(starts[wanted], taken)])
    return code // width, code % width
