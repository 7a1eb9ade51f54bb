"""Clustering: scored pairs → clusters of records, guarded against chaining.

Records are first grouped by the connected components of the match graph (the
pairs at or above the threshold), found with ``scipy.sparse.csgraph`` in
O(records + pairs). Connected components trust every edge and ignore every
non-edge, so one record that carries only a common name can glue two namesakes
together although their own comparison says decisively that they are different
people. A component is therefore *suspect* when two of its records are a
conflict (match odds of 1:1000 or worse) or when it is larger than
``max_cluster_size``.

Suspect components are re-clustered by greedy correlation clustering: starting
from single records, the two groups whose candidate pairs add up to the most
evidence for a match (log-odds above the threshold's, summed over all their
pairs, for and against) are merged, until no merge adds evidence or a merge
would pass the size limit. A noisy duplicate that disagrees with another
duplicate still joins when the original vouches for both; a bridge between
namesakes does not. Clusters are numbered by their lowest record position, so
the same input always gives the same numbering.

>>> import numpy as np
>>> connected_components(5, np.array([0, 3]), np.array([1, 4])).tolist()
[0, 0, 1, 2, 2]
"""

from __future__ import annotations

import heapq
import logging

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

log = logging.getLogger(__name__)

#: A pair whose match odds are at most 1:1000 (log2) is a conflict.
CONFLICT_BITS = -float(np.log2(1000))


def connected_components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Component label of each of ``n`` records, given the edges ``(i, j)``."""
    graph = sparse.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    return labels.astype(np.int64)


def cluster(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    weight: np.ndarray,
    threshold: float,
    *,
    max_cluster_size: int | None = None,
    conflict_bits: float = CONFLICT_BITS,
) -> np.ndarray:
    """Cluster labels from scored pairs.

    Parameters
    ----------
    n:
        Number of records; labels are returned for all of them.
    i, j, weight:
        Candidate pairs and their match weights (log2 odds of a match, prior
        included). Pairs whose probability reaches ``threshold`` are edges.
    max_cluster_size:
        No cluster grows beyond this many records. ``None``: no limit.
    conflict_bits:
        Pairs at or below these log2 odds (relative to the threshold) make their
        component suspect. ``None``: connected components only.
    """
    cut = float(np.log2(threshold / (1.0 - threshold)))
    score = weight - cut  # > 0: the pair on its own says "same person"
    keep = score >= 0
    labels = connected_components(n, i[keep], j[keep])
    same = labels[i] == labels[j]
    suspect = np.zeros(labels.max(initial=-1) + 1, dtype=bool)
    if conflict_bits is not None:
        suspect[labels[i[same & (score <= conflict_bits)]]] = True
    if max_cluster_size is not None:
        suspect |= np.bincount(labels) > max_cluster_size
    if not suspect.any():
        return labels
    inside = same & suspect[labels[i]]
    roots = correlation_clustering(n, i[inside], j[inside], score[inside], max_cluster_size)
    log.info("re-clustered %d component(s) with conflicts or over the size limit",
             int(suspect.sum()))
    # Untouched components keep their label, re-clustered ones get their new roots.
    merged = np.where(suspect[labels], roots, labels + n)
    return np.unique(merged, return_inverse=True)[1].astype(np.int64)


def correlation_clustering(
    n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray, max_size: int | None = None
) -> np.ndarray:
    """Greedy agglomerative correlation clustering; returns a root record per record.

    ``score`` is each pair's evidence for a match (positive) or against
    (negative). The two groups with the largest positive total over their pairs
    are merged first; pairs not given count as 0. Runs in Python over the given
    pairs, so it is meant for the few suspect components, not the whole graph.
    """
    root = np.arange(n)
    size: dict[int, int] = {}
    links: dict[int, dict[int, float]] = {}
    for a, b, s in zip(i.tolist(), j.tolist(), score.tolist(), strict=True):
        links.setdefault(a, {})[b] = links.setdefault(a, {}).get(b, 0.0) + s
        links.setdefault(b, {})[a] = links.setdefault(b, {}).get(a, 0.0) + s
        size.setdefault(a, 1)
        size.setdefault(b, 1)
    members = {x: [x] for x in size}
    heap = [(-s, a, b) for a, nb in links.items() for b, s in nb.items() if a < b and s > 0]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or links[a].get(b) != -neg:
            continue  # stale entry: a group was merged or its total changed
        if max_size is not None and size[a] + size[b] > max_size:
            continue
        if size[a] < size[b] or (size[a] == size[b] and a > b):
            a, b = b, a  # keep the larger (then lower) root: deterministic
        for c, s in links.pop(b).items():
            links[c].pop(b)
            if c == a:
                continue
            total = links[a].get(c, 0.0) + s
            links[a][c] = links[c][a] = total
            if total > 0:
                heapq.heappush(heap, (-total, min(a, c), max(a, c)))
        members[a].extend(members.pop(b))
        size[a] += size.pop(b)
    for r, group in members.items():
        root[group] = r
    return root


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
