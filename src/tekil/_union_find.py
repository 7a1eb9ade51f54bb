"""Connected components of records joined by pairs, compiled: union-find over the pairs.

Each component's root is its lowest record (the lower of two roots becomes the other's
parent), so components are numbered by their lowest record, as a traversal from record 0
upward numbers them (``scipy.sparse.csgraph.connected_components``, which needs a sparse
matrix built and sorted first: 0.33-0.43 s for 3.3 M pairs of 2.9 M records, this 0.05-0.1 s).

>>> import numpy as np
>>> component_labels(6, np.array([4, 1, 3]), np.array([5, 0, 5])).tolist()
[0, 0, 1, 2, 2, 2]
"""

from __future__ import annotations

import numpy as np

from tekil._numba import compiled


@compiled(nogil=True)
def component_labels(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:  # pragma: no cover
    """The component of each of ``n`` records (0, 1, ... by lowest record), given the pairs
    ``(i[k], j[k])``."""
    parent = np.arange(n, dtype=np.int64)
    for k in range(len(i)):
        a, b = _root(parent, i[k]), _root(parent, j[k])
        if a < b:
            parent[b] = a
        elif b < a:
            parent[a] = b
    labels = np.empty(n, dtype=np.int64)
    count = 0
    for v in range(n):
        r = parent[v]
        if r == v:  # a root: the lowest record of a component not met before
            labels[v] = count
            count += 1
        else:  # (its root is lower, so labelled already)
            labels[v] = labels[_root(parent, r)]
    return labels


@compiled(nogil=True)
def _root(parent: np.ndarray, v: int) -> int:  # pragma: no cover - compiled
    """``v``'s root, halving the path on the way (each node then points to its grandparent)."""
    while parent[v] != v:
        parent[v] = parent[parent[v]]
        v = parent[v]
    return v
