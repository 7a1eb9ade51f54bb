"""Whether candidate pairs share a key of some blocking rules, compiled: each record's keys
of all the rules are one row of a matrix, read once per pair instead of once per rule
(random reads of a few million records' keys are what this costs; 1 M persons: about half).
The alias rule's keys are of two kinds, a name and an identifier's letters: which way a pair
matches (:func:`alias_ways`) is read the same way.

>>> import numpy as np
>>> keys = np.array([[0, 5], [0, -1], [1, 5]], dtype=np.int32)
>>> shares_a_key(keys, np.array([0, 0, 1]), np.array([1, 2, 2]), 2).tolist()
[True, True, False]
"""

from __future__ import annotations

import numpy as np

from tekil._numba import compiled


@compiled(nogil=True)
def shares_a_key(keys: np.ndarray, i: np.ndarray, j: np.ndarray, rules: int) -> np.ndarray:
    """Per pair ``(i[p], j[p])``, whether the two records hold the same key (``>= 0``) in one
    of the first ``rules`` columns of ``keys`` (a row per record)."""
    out = np.zeros(len(i), dtype=np.bool_)
    for p in range(len(i)):
        a, b = i[p], j[p]
        for r in range(rules):
            key = keys[a, r]
            if key >= 0 and key == keys[b, r]:
                out[p] = True
                break
    return out


@compiled(nogil=True)
def alias_ways(
    names: np.ndarray, others: np.ndarray, allowed: np.ndarray, i: np.ndarray, j: np.ndarray
) -> np.ndarray:  # pragma: no cover - compiled
    """Per pair ``(i[p], j[p])``, the first way in which one record's name is the other's
    identifier, or -1: ways ranked ``(x * 2 + side) * len(y) + y`` for the name kind ``x`` (a
    column of ``names``, a row per record), the side (0: the name is ``i``'s) and the
    identifier kind ``y`` (a column of ``others``); a key not ``allowed`` (capped) matches none.

    >>> names, others = np.array([[3], [-1]]), np.array([[-1], [3]])
    >>> alias_ways(names, others, np.ones(4, dtype=bool), np.array([0, 1]), np.array([1, 0])).tolist()
    [0, 1]
    """
    out = np.empty(len(i), dtype=np.int64)
    for p in range(len(i)):
        out[p] = _alias_way(names, others, allowed, i[p], j[p])
    return out


@compiled(nogil=True)
def _alias_way(names, others, allowed, a, b):  # pragma: no cover - compiled
    n_y = others.shape[1]
    for x in range(names.shape[1]):
        for side in range(2):
            p, q = (a, b) if side == 0 else (b, a)
            key = names[p, x]
            if key < 0 or not allowed[key]:
                continue
            for y in range(n_y):
                if others[q, y] == key:
                    return (x * 2 + side) * n_y + y
    return -1
