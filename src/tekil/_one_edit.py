"""Whether two short byte strings are one edit apart, compiled: each value is a zero-padded
row of bytes (:func:`tekil.similarity.within_one_edit` makes them) read per pair with an early
stop, where numpy had to gather whole rows and compare every byte of every pair (phone
numbers, which mostly differ in many digits, stop at the second).

>>> import numpy as np
>>> rows = np.array([b"12345", b"12354", b"1245", b"99999"], dtype="S8").view(np.uint8).reshape(4, 8)
>>> lengths = np.array([5, 5, 4, 5])
>>> one_edit_apart(rows, lengths, np.array([0, 0, 0, 0]), np.array([1, 2, 3, 0]), True).tolist()
[True, True, False, True]
>>> one_edit_apart(rows, lengths, np.array([0]), np.array([1]), False).tolist()
[False]
"""

from __future__ import annotations

import numpy as np

from tekil._numba import compiled


@compiled(nogil=True)
def one_edit_apart(
    rows: np.ndarray, lengths: np.ndarray, a: np.ndarray, b: np.ndarray, transpositions: bool
) -> np.ndarray:
    """Per pair, whether rows ``a[p]`` and ``b[p]`` (their first ``lengths`` bytes) are at most
    one edit apart: a byte inserted, deleted or replaced, or with ``transpositions`` two
    neighbouring bytes swapped."""
    out = np.zeros(len(a), dtype=np.bool_)
    for p in range(len(a)):
        x, y = a[p], b[p]
        if lengths[x] > lengths[y]:  # the shorter first: a deletion from the longer is the edit
            x, y = y, x
        short, long = lengths[x], lengths[y]
        if long - short > 1:
            continue
        k = 0  # the first byte that differs
        while k < short and rows[x, k] == rows[y, k]:
            k += 1
        if long > short:  # the rest of the shorter is the longer's, one byte on
            rest = k
            while rest < short and rows[x, rest] == rows[y, rest + 1]:
                rest += 1
            out[p] = rest == short
            continue
        if k >= short - 1:  # none, or the last byte alone
            out[p] = True
            continue
        rest = k + 1
        while rest < short and rows[x, rest] == rows[y, rest]:
            rest += 1
        if rest == short:  # one byte replaced
            out[p] = True
        elif transpositions and rest == k + 1:  # two neighbours swapped, the rest alike
            swapped = rows[x, k] == rows[y, k + 1] and rows[x, k + 1] == rows[y, k]
            after = k + 2
            while swapped and after < short and rows[x, after] == rows[y, after]:
                after += 1
            out[p] = swapped and after == short
    return out
