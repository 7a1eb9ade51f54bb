"""Clustering: scored pairs above a threshold → connected components → cluster per record.

Connected components of the sparse match graph are found with
``scipy.sparse.csgraph`` in O(records + pairs). Components are numbered by their
lowest record position, so the same input always gives the same numbering.
:func:`component_graph` returns one component as a ``networkx`` graph to inspect.

>>> import numpy as np
>>> connected_components(5, np.array([0, 3]), np.array([1, 4])).tolist()
[0, 0, 1, 2, 2]
"""

from __future__ import annotations

import logging

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

log = logging.getLogger(__name__)


def connected_components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Component label of each of ``n`` records, given the edges ``(i, j)``."""
    graph = sparse.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    return labels.astype(np.int64)


def cluster(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    probability: np.ndarray,
    threshold: float,
    max_cluster_size: int | None = None,
) -> np.ndarray:
    """Cluster labels from the pairs whose match probability reaches ``threshold``.

    A warning names every component larger than ``max_cluster_size`` (a sign of
    over-merging: a shared value glueing different people together).
    """
    keep = probability >= threshold
    labels = connected_components(n, i[keep], j[keep])
    if max_cluster_size is not None:
        sizes = np.bincount(labels)
        big = np.flatnonzero(sizes > max_cluster_size)
        if len(big):
            log.warning(
                "%d cluster(s) exceed max_cluster_size=%d, the largest holds %d records; "
                "inspect them with Result.component_graph() or raise the threshold",
                len(big),
                max_cluster_size,
                int(sizes.max()),
            )
    return labels


def component_graph(
    members: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    weight: np.ndarray,
    labels: list[object] | None = None,
) -> nx.Graph:
    """The pairs among ``members`` (record positions) as a weighted ``networkx.Graph``."""
    inside = np.isin(i, members) & np.isin(j, members)
    g = nx.Graph()
    names = dict(zip(members.tolist(), labels or members.tolist(), strict=True))
    g.add_nodes_from(names.values())
    for a, b, w in zip(
        i[inside].tolist(), j[inside].tolist(), weight[inside].tolist(), strict=True
    ):
        g.add_edge(names[a], names[b], match_probability=w)
    return g
