"""Records in the order of their keys, by counting: what numpy's stable sort gives, in linear time.

Blocking keys are codes (``0 .. k-1``, ``-1`` for none): sorting them is counting them.
A stable ``argsort`` of 2.9 M such keys takes 0.3 s; this takes a hundredth of that.

>>> by_key(np.array([2, -1, 0, 2, 0]), 3).tolist()
[2, 4, 0, 3]
"""

from __future__ import annotations

import numpy as np

from tekil._numba import compiled


@compiled(nogil=True)
def by_key(keys: np.ndarray, size: int) -> np.ndarray:  # pragma: no cover - compiled
    """The positions of ``keys`` ≥ 0 (each below ``size``), by key, in position order within a
    key (``valid[np.argsort(keys[valid], kind="stable")]``)."""
    starts = np.zeros(size + 1, dtype=np.int64)
    for k in keys:
        if k >= 0:
            starts[k + 1] += 1
    for b in range(size):
        starts[b + 1] += starts[b]
    out = np.empty(starts[size], dtype=np.int64)
    for at in range(len(keys)):
        k = keys[at]
        if k >= 0:
            out[starts[k]] = at
            starts[k] += 1
    return out
