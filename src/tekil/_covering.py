"""Whether candidate pairs share a key of some blocking rules, compiled: each record's keys
of all the rules are one row of a matrix, read once per pair instead of once per rule
(random reads of a few million records' keys are what this costs; 1 M persons: about half).

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
