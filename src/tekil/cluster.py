"""Clustering: scored pairs → clusters of records, guarded against chaining.

Records are first grouped by the connected components of the match graph (the
pairs at or above the threshold), found by a compiled union-find in
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

import logging

import networkx as nx
import numpy as np
import pandas as pd

from tekil._union_find import component_labels
from tekil.block import sorted_unique
from tekil.parallel import map_threads

log = logging.getLogger(__name__)

#: Pairs whose components are compared at a time (see :func:`cluster_roots`).
SAME_CHUNK = 4_000_000
#: A pair whose match odds are at most 1:1000 (log2) is a conflict.
CONFLICT_BITS = -float(np.log2(1000))


def connected_components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Component label of each of ``n`` records, given the edges ``(i, j)``."""
    labels = component_labels(n, np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64))
    return labels.astype(np.int32) if n < 2**31 else labels


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
    return dense(
        cluster_roots(
            n,
            i,
            j,
            weight,
            threshold,
            max_cluster_size=max_cluster_size,
            conflict_bits=conflict_bits,
        )
    )


def cluster_roots(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    weight: np.ndarray,
    threshold: float,
    *,
    max_cluster_size: int | None = None,
    conflict_bits: float = CONFLICT_BITS,
    previous: np.ndarray | None = None,
    changed: np.ndarray | None = None,
    components: np.ndarray | None = None,
) -> np.ndarray:
    """:func:`cluster` before numbering: per record, the lowest record of its cluster where
    its component was re-clustered, else ``-1 - component``.

    With ``previous`` (this function's result for the same records and pairs, except the
    pairs flagged in ``changed``: added, or weighed anew), only the components that a
    changed pair touches are clustered again. The others keep their clusters: their pairs
    are those of before, and components do not interact.

    ``components``: :func:`edge_components` of these pairs, where the caller knows them
    (pairs added inside clusters, which lie inside components, leave them as they are).
    """
    cut = float(np.log2(threshold / (1.0 - threshold)))  # weight - cut > 0: "same person"
    labels = components if components is not None else edge_components(n, i, j, weight, threshold)
    count = labels.max(initial=-1) + 1
    li = labels[i]  # each pair's component (where both ends are in one)
    same = np.empty(len(i), dtype=bool)
    for start in range(0, len(i), SAME_CHUNK):  # no second pair-sized array of labels
        part = slice(start, start + SAME_CHUNK)
        same[part] = li[part] == labels[j[part]]
    if previous is None:
        touched = np.ones(count, dtype=bool)
    else:
        touched = np.zeros(count, dtype=bool)
        touched[li[changed]] = True
        touched[labels[j[changed]]] = True
        same &= touched[li]
    suspect = np.zeros(count, dtype=bool)
    if conflict_bits is not None:
        suspect[li[same & (weight <= cut + conflict_bits)]] = True  # no pair-sized float
    if max_cluster_size is not None:
        suspect |= np.bincount(labels) > max_cluster_size
    suspect &= touched
    # Components not re-clustered keep their label (made negative so that it cannot
    # collide with a root id), re-clustered ones get their new roots, untouched ones
    # their previous roots.
    out = -1 - labels.astype(np.int64)
    if previous is not None:
        out = np.where(touched[labels] | (previous < 0), out, previous)
    if not suspect.any():
        return out
    inside = same & suspect[li]
    del same
    comp = li[inside]
    del li  # pair-sized arrays go as soon as they are done with: this is the peak of a run
    roots = _by_batches(n, i[inside], j[inside], weight[inside] - cut, comp, max_cluster_size)
    log.info(
        "re-clustered %d component(s) with conflicts or over the size limit (%d pairs, "
        "largest component %d records)",
        int(suspect.sum()),
        int(inside.sum()),
        int(np.bincount(labels[suspect[labels]]).max()),
    )
    return np.where(suspect[labels], roots, out)


def edge_components(
    n: int, i: np.ndarray, j: np.ndarray, weight: np.ndarray, threshold: float
) -> np.ndarray:
    """The connected components of the pairs whose probability reaches ``threshold``."""
    edge = weight >= float(np.log2(threshold / (1.0 - threshold)))  # no pair-sized float
    return connected_components(n, i[edge], j[edge])


#: Pairs re-clustered at a time (whole components): bounds the greedy's tables.
BATCH_PAIRS = 1_000_000


def _by_batches(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    score: np.ndarray,
    comp: np.ndarray,
    max_size: int | None,
) -> np.ndarray:
    """:func:`correlation_clustering` of whole components at a time; each record's root is
    the lowest record of its new cluster.

    Components do not interact, and within a batch the pairs keep their order and the
    groups their relative numbering, so the clusters are those of one call over all.
    Batches run on threads (the compiled greedy releases the GIL), each writing its own
    records' roots.
    """
    # Whole components in the order of their labels (comp: each pair's component), a batch
    # starting where the pairs so far pass a multiple of the batch size: about that many
    # pairs, at least one component. Each batch takes its pairs in their order by a scan
    # (no sort of all pairs, whose order array would be the run's peak), so there are at
    # most ~64 batches.
    per_batch = max(BATCH_PAIRS, len(comp) // 64)
    counts = np.bincount(comp)
    first = np.cumsum(counts) - counts  # pairs before each component
    batch = first // per_batch
    del counts, first
    batch = batch.astype(np.uint8)[comp]
    out = np.full(n, -1, dtype=np.int64)

    def clustered(number: int) -> None:
        sel = np.flatnonzero(batch == number)
        members, lowest = _cluster_batch(n, i[sel], j[sel], score[sel], max_size)
        out[members] = lowest

    map_threads(clustered, np.flatnonzero(np.bincount(batch)).tolist())
    return out


def _cluster_batch(
    n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray, max_size: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """The records of one batch and the lowest record of each one's new cluster.

    The batch's records are numbered 0..m-1 in their order first (the clustering depends
    only on the records' order, not on their positions), so that no array of all ``n``
    records is made per batch.
    """
    members = sorted_unique(np.concatenate([i, j]).astype(np.int64))
    local = np.empty(n, dtype=np.int64)  # uninitialised: only the members' entries are set
    local[members] = np.arange(len(members))
    li, lj = local[i], local[j]
    del local
    root = correlation_clustering(len(members), li, lj, score, max_size)
    lowest = members[pd.Series(np.arange(len(members))).groupby(root).transform("min").to_numpy()]
    return members, lowest


def dense(labels: np.ndarray) -> np.ndarray:
    """Relabel to 0..k-1 in order of first appearance (the lowest record of each cluster)."""
    return pd.factorize(labels)[0].astype(np.int64)


def correlation_clustering(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    score: np.ndarray,
    max_size: int | None = None,
    certain_bits: float = -CONFLICT_BITS,
) -> np.ndarray:
    """Greedy agglomerative correlation clustering; returns a root record per record.

    ``score`` is each pair's evidence for a match (positive) or against
    (negative). The two groups with the largest positive total over their pairs
    are merged first; pairs not given count as 0. The greedy would take the
    near-certain pairs (score ≥ ``certain_bits``) first anyway, so they are
    contracted up front by connected components, wherever that joins no
    conflicting pair and stays within ``max_size``; the greedy (compiled,
    :mod:`tekil._greedy`) then runs over the (much smaller) graph of contracted groups, whose pair
    scores are summed with numpy.
    """
    groups = _contract_certain(n, i, j, score, max_size, certain_bits)
    gi, gj = groups[i], groups[j]
    between = gi != gj
    span = int(groups.max(initial=0)) + 1
    lo, hi = np.minimum(gi, gj)[between], np.maximum(gi, gj)[between]
    codes, keys = pd.factorize(lo * span + hi)
    totals = np.bincount(codes, weights=score[between], minlength=len(keys))
    roots = _greedy_in_parts(
        keys // span, keys % span, totals, np.bincount(groups, minlength=span), max_size
    )
    return roots[groups]


def _greedy_in_parts(
    a: np.ndarray, b: np.ndarray, total: np.ndarray, size: np.ndarray, max_size: int | None
) -> np.ndarray:
    """:func:`tekil._greedy.greedy`, on each part of the groups that positive totals join.

    Groups of different parts never merge (a merge adds the totals of its groups, so
    those across parts stay ≤ 0) and never compete as alternatives (only positive
    totals do), so the greedy runs on each part alone and pairs across parts are
    dropped. A part of two groups (one positive pair) merges unless it is too large:
    done with numpy; the larger parts go to the compiled greedy.
    """
    span = len(size)
    positive = total > 0
    part = connected_components(span, a[positive], b[positive])
    within = part[a] == part[b]
    a, b, total = a[within], b[within], total[within]
    from tekil._greedy import greedy  # numba: imported when there is something to merge

    two = np.bincount(part)[part[a]] == 2
    roots = greedy(a[~two], b[~two], total[~two], size, max_size)
    x, y = a[two], b[two]
    fits = np.ones(len(x), dtype=bool) if max_size is None else size[x] + size[y] <= max_size
    keep_x = (size[x] > size[y]) | ((size[x] == size[y]) & (x < y))
    root, other = np.where(keep_x, x, y), np.where(keep_x, y, x)
    roots[other[fits]] = root[fits]
    return roots


def _contract_certain(n, i, j, score, max_size, certain_bits) -> np.ndarray:
    """A group per record: near-certain pairs joined where that is safe, else itself."""
    certain = score >= certain_bits
    groups = connected_components(n, i[certain], j[certain])
    same = groups[i] == groups[j]
    unsafe = np.zeros(groups.max(initial=-1) + 1, dtype=bool)
    unsafe[groups[i[same & (score <= CONFLICT_BITS)]]] = True
    if max_size is not None:
        unsafe |= np.bincount(groups) > max_size
    # Unsafe groups fall apart into single records (ids past every group id).
    return np.where(unsafe[groups], groups.max(initial=-1) + 1 + np.arange(n), groups)


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
