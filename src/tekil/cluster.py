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
import itertools
import logging
import math

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph

from tekil.block import sorted_unique
from tekil.parallel import run_split

log = logging.getLogger(__name__)

#: A pair whose match odds are at most 1:1000 (log2) is a conflict.
CONFLICT_BITS = -float(np.log2(1000))


def connected_components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Component label of each of ``n`` records, given the edges ``(i, j)``."""
    graph = sparse.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    return labels.astype(np.int32 if n < 2**31 else np.int64)


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
    cut = float(np.log2(threshold / (1.0 - threshold)))
    score = weight - cut  # > 0: the pair on its own says "same person"
    labels = components if components is not None else edge_components(n, i, j, weight, threshold)
    count = labels.max(initial=-1) + 1
    li = labels[i]  # each pair's component (where both ends are in one)
    same = li == labels[j]
    if previous is None:
        touched = np.ones(count, dtype=bool)
    else:
        touched = np.zeros(count, dtype=bool)
        touched[li[changed]] = True
        touched[labels[j[changed]]] = True
        same &= touched[li]
    suspect = np.zeros(count, dtype=bool)
    if conflict_bits is not None:
        suspect[li[same & (score <= conflict_bits)]] = True
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
    roots = _by_batches(n, i[inside], j[inside], score[inside], li[inside], max_cluster_size)
    del li
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
    edge = weight - float(np.log2(threshold / (1.0 - threshold))) >= 0
    return connected_components(n, i[edge], j[edge])


#: Pairs re-clustered at a time (whole components): bounds the greedy's dictionaries.
BATCH_PAIRS = 1_000_000
#: From this many pairs to re-cluster on, the batches are shared with a second process.
PARALLEL_PAIRS = 3_000_000


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
    """
    # Whole components in the order of their labels (comp: each pair's component), a batch
    # starting where the pairs so far pass a multiple of BATCH_PAIRS: about BATCH_PAIRS
    # pairs, at least one component. A stable sort by batch keeps each batch's pairs in
    # their order (a radix sort: batch numbers are small).
    counts = np.bincount(comp)
    first = np.cumsum(counts) - counts  # pairs before each component
    batch = first // BATCH_PAIRS
    del counts, first
    batch = batch.astype(
        np.uint8 if batch[-1] < 2**8 else np.uint16 if batch[-1] < 2**16 else np.int64
    )
    batch = batch[comp]
    order = np.argsort(batch, kind="stable")
    sizes = np.bincount(batch)
    del batch
    bounds = np.r_[0, np.cumsum(sizes)]
    specs = [(int(a), int(b)) for a, b in itertools.pairwise(bounds) if b > a]

    def make_args(spec: tuple[int, int]) -> tuple:
        sel = order[spec[0] : spec[1]]
        return n, i[sel], j[sel], score[sel], max_size

    # Above PARALLEL_PAIRS pairs, the batches are shared with a second process.
    results = run_split(
        _cluster_batch,
        specs,
        [float(b - a) for a, b in specs],
        make_args,
        head_start=PARALLEL_PAIRS / 2,
        workers=None if len(i) >= PARALLEL_PAIRS else 1,
    )
    out = np.full(n, -1, dtype=np.int64)
    for members, lowest in results:
        out[members] = lowest
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
    conflicting pair and stays within ``max_size``; the greedy then runs in
    Python over the (much smaller) graph of contracted groups, whose pair
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
    """:func:`_greedy`, on each part of the groups that positive totals join.

    Groups of different parts never merge (a merge adds the totals of its groups, so
    those across parts stay ≤ 0) and never compete as alternatives (only positive
    totals do), so the greedy runs on each part alone and pairs across parts are
    dropped. A part of two groups (one positive pair) merges unless it is too large:
    done with numpy; the larger parts go to :func:`_greedy`.
    """
    span = len(size)
    positive = total > 0
    part = connected_components(span, a[positive], b[positive])
    within = part[a] == part[b]
    a, b, total = a[within], b[within], total[within]
    two = np.bincount(part)[part[a]] == 2
    roots = _greedy(a[~two], b[~two], total[~two], size, max_size, part)
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


def _adjacency(
    a: np.ndarray, b: np.ndarray, total: np.ndarray
) -> tuple[dict[int, dict[int, float]], dict[int, dict[int, None]]]:
    """Each group's links ``{other: total}``, in the order of the pairs, and its links with
    a positive total (``{other: None}``, same order; empty for a group without)."""
    k = len(a)
    if k == 0:
        return {}, {}
    ends, others = np.r_[a, b], np.r_[b, a]
    # By group, then pair (the keys are distinct: a[p] != b[p]).
    order = np.argsort(ends.astype(np.int64) * k + np.r_[np.arange(k), np.arange(k)])
    ends, others, totals = ends[order], others[order], np.r_[total, total][order]
    starts = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]])
    groups = ends[starts].tolist()
    bounds = [*starts.tolist(), 2 * k]
    listed, tl = others.tolist(), totals.tolist()
    links = {
        x: dict(zip(listed[s:e], tl[s:e], strict=True))
        for x, s, e in zip(groups, bounds[:-1], bounds[1:], strict=True)
    }
    up = totals > 0
    ends, others = ends[up], others[up]
    starts = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]]) if len(ends) else starts[:0]
    bounds, listed = [*starts.tolist(), len(ends)], others.tolist()
    positive: dict[int, dict[int, None]] = dict.fromkeys(groups)  # type: ignore[arg-type]
    for x, s, e in zip(ends[starts].tolist(), bounds[:-1], bounds[1:], strict=True):
        positive[x] = dict.fromkeys(listed[s:e])
    for x, mine in positive.items():
        if mine is None:
            positive[x] = {}
    return links, positive


def _greedy(
    a: np.ndarray,
    b: np.ndarray,
    total: np.ndarray,
    size: np.ndarray,
    max_size: int | None,
    part: np.ndarray | None = None,
) -> np.ndarray:
    """Merge the groups ``a[k]``, ``b[k]`` with the largest positive ``total[k]`` first.

    A merge must also be more likely than the alternatives. A record belongs to one
    person only: when x also links to a group c that cannot join x and y (the evidence
    between y and c outweighs c's link to x: namesakes the data shows to be different
    people), c is a competing explanation, and the merge needs odds above
    ``1 + Σ odds(alternatives)``, not just above 1 (scores are log2 odds; only the
    groups a group's links favour, ``positive``, can compete).
    ``part`` (per group, optional): the parts of :func:`_greedy_in_parts`, which never
    interact; each is then run with a heap of its own (the same merges in the same order
    within each part as one heap over all, but heap operations on small heaps).
    """
    links, positive = _adjacency(a, b, total)
    members = {x: [x] for x in links}
    sizes = dict(zip(links, size[list(links)].tolist(), strict=True)) if links else {}
    up = np.flatnonzero(total > 0)
    if part is not None:
        up = up[np.argsort(part[a[up]], kind="stable")]
        of = part[a[up]]
        starts = np.flatnonzero(np.r_[True, of[1:] != of[:-1]]).tolist() if len(up) else []
    else:
        starts = [0] if len(up) else []
    entries = list(zip((-total[up]).tolist(), a[up].tolist(), b[up].tolist(), strict=True))
    heappop, heappush, log2 = heapq.heappop, heapq.heappush, math.log2
    limit = math.inf if max_size is None else max_size
    ends = [*starts[1:], len(entries)] if starts else []
    for s, e in zip(starts, ends, strict=True):
        heap = entries[s:e]
        heapq.heapify(heap)
        while heap:
            neg, x, y = heappop(heap)
            if x not in members or y not in members:
                continue  # stale entry: a group was merged
            lx, ly = links[x], links[y]
            if lx[y] != -neg:
                continue  # stale entry: the total changed
            if sizes[x] + sizes[y] > limit:
                continue
            # More likely than the alternatives (see above)?
            px, py = positive[x], positive[y]
            alternatives = 0.0
            for mine, theirs, favoured, other in ((lx, ly, px, y), (ly, lx, py, x)):
                if len(favoured) > 1:  # a group favoured besides the other one
                    for c in favoured:
                        if c != other:
                            s_ = mine[c]
                            if theirs.get(c, 0.0) + s_ < 0:
                                alternatives += 2.0 ** min(s_, 60.0)
            if alternatives != 0.0 and -neg <= log2(1.0 + alternatives):
                continue
            if sizes[x] < sizes[y] or (sizes[x] == sizes[y] and x > y):
                x, y, lx, ly, px = y, x, ly, lx, py  # keep the larger (then lower) root
            del positive[y]
            for c, t in links.pop(y).items():
                theirs, pc = links[c], positive[c]
                del theirs[y]
                pc.pop(y, None)
                if c == x:
                    continue
                new = lx.get(c, 0.0) + t
                lx[c] = theirs[x] = new
                if new > 0:
                    px[c] = pc[x] = None
                    heappush(heap, (-new, x, c) if x < c else (-new, c, x))
                else:
                    px.pop(c, None)
                    pc.pop(x, None)
            members[x].extend(members.pop(y))
            sizes[x] += sizes.pop(y)
    roots = np.arange(len(size))
    for r, group in members.items():
        if len(group) > 1:
            roots[group] = r
    return roots


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
