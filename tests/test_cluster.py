import heapq
import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tekil._greedy import greedy
from tekil.cluster import (
    _cluster_batch,
    _greedy_in_parts,
    cluster,
    cluster_roots,
    connected_components,
    correlation_clustering,
    dense,
    edge_components,
)


def edges(*triples):
    i, j, w = zip(*triples, strict=True)
    return np.array(i), np.array(j), np.array(w, dtype=float)


def test_connected_components_numbers_by_lowest_position():
    assert connected_components(6, np.array([4, 0]), np.array([5, 2])).tolist() == [
        0,
        1,
        0,
        2,
        3,
        3,
    ]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60)
)))  # fmt: skip
def test_connected_components_are_a_graph_traversals(graph):
    # The compiled union-find against scipy's traversal: the same components, numbered alike
    # (by lowest record), with self-pairs, repeated pairs and pairs in either order.
    from scipy.sparse import coo_matrix, csgraph

    n, pairs = graph
    i = np.array([a for a, _ in pairs], dtype=np.int64)
    j = np.array([b for _, b in pairs], dtype=np.int64)
    matrix = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n)).tocsr()
    expected = csgraph.connected_components(matrix, directed=False)[1]
    assert connected_components(n, i, j).tolist() == expected.tolist()
    assert connected_components(n, i.astype(np.int32), j.astype(np.int32)).dtype == np.int32


def test_connected_components_of_no_records_and_no_pairs():
    none = np.empty(0, dtype=np.int64)
    assert connected_components(0, none, none).tolist() == []
    assert connected_components(3, none, none).tolist() == [0, 1, 2]


def test_chain_through_a_weak_bridge_is_split():
    # A~B and B~C look like matches, but A and C are decisively different people.
    i, j, w = edges((0, 1, 3.0), (1, 2, 2.0), (0, 2, -25.0))
    labels = cluster(3, i, j, w, threshold=0.5)
    assert labels[0] == labels[1] != labels[2]


def test_noisy_duplicates_vouched_for_by_the_original_stay_together():
    # Two duplicates disagree with each other (-12) but both match the original strongly.
    i, j, w = edges((0, 1, 15.0), (0, 2, 15.0), (1, 2, -12.0))
    labels = cluster(3, i, j, w, threshold=0.5)
    assert labels[0] == labels[1] == labels[2]


def test_without_conflicts_it_is_connected_components():
    i, j, w = edges((0, 1, 1.0), (1, 2, 1.0), (3, 4, -1.0))
    assert cluster(5, i, j, w, threshold=0.5).tolist() == [0, 0, 0, 1, 2]


def test_size_limit_splits_a_long_chain():
    n = 30
    i = np.arange(n - 1)
    j = i + 1
    w = np.full(n - 1, 5.0)
    labels = cluster(n, i, j, w, threshold=0.5, max_cluster_size=10)
    assert np.bincount(labels).max() <= 10
    assert len(np.unique(labels)) >= 3


def test_threshold_is_respected():
    i, j, w = edges((0, 1, 1.0))  # probability 2/3
    assert cluster(2, i, j, w, threshold=0.5).tolist() == [0, 0]
    assert cluster(2, i, j, w, threshold=0.9).tolist() == [0, 1]


def test_correlation_clustering_merges_by_total_evidence():
    # {0,1} and {2} : 0-2 = +4, 1-2 = -6 → together -2 → no merge.
    i, j, s = edges((0, 1, 10.0), (0, 2, 4.0), (1, 2, -6.0))
    roots = correlation_clustering(3, i, j, s)
    assert roots[0] == roots[1] != roots[2]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.floats(-30, 30)), max_size=40))
def test_every_record_gets_one_label_within_the_size_limit_deterministically(triples):
    triples = [(a, b, w) for a, b, w in triples if a != b]
    n = 12
    if triples:
        i, j, w = edges(*triples)
    else:
        i = j = np.empty(0, dtype=int)
        w = np.empty(0)
    labels = cluster(n, i, j, w, threshold=0.5, max_cluster_size=6)
    assert len(labels) == n
    assert np.bincount(labels).max() <= 6
    again = cluster(n, i, j, w, threshold=0.5, max_cluster_size=6)
    assert labels.tolist() == again.tolist()  # deterministic


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.9])
def test_labels_are_dense(threshold):
    i, j, w = edges((0, 1, 2.0), (2, 3, -20.0), (1, 3, 3.0))
    labels = cluster(4, i, j, w, threshold=threshold)
    assert sorted(set(labels.tolist())) == list(range(labels.max() + 1))


def test_reclustered_components_never_merge_with_untouched_ones():
    # 0-1: a plain pair. 2..5: near-certain pairs plus a conflict, so it is re-clustered
    # with contracted groups whose ids run past the number of records.
    i, j, w = edges((0, 1, 20.0), (2, 3, 20.0), (3, 4, 20.0), (4, 5, 20.0), (2, 5, -30.0))
    labels = cluster(6, i, j, w, threshold=0.5)
    assert labels[0] == labels[1]
    assert labels[0] not in labels[2:]
    assert labels[2] != labels[5]


def test_a_record_linking_two_incompatible_people_joins_neither_when_it_is_a_coin_toss():
    # Record 0 (a name-only card) matches namesakes 1 and 2 equally (odds 2:1 each),
    # and 1 and 2 are decisively different people: P(0 is 1) = 2 / (1 + 2 + 2) < 0.5.
    i, j, w = edges((0, 1, 1.0), (0, 2, 1.0), (1, 2, -30.0))
    labels = cluster(3, i, j, w, threshold=0.5)
    assert len(set(labels.tolist())) == 3
    # With one clearly better candidate it joins that one.
    i, j, w = edges((0, 1, 6.0), (0, 2, 1.0), (1, 2, -30.0))
    labels = cluster(3, i, j, w, threshold=0.5)
    assert labels[0] == labels[1] != labels[2]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15), st.floats(-30, 30)), max_size=40),
    st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15), st.floats(-30, 30)), max_size=8),
    st.lists(st.tuples(st.integers(0, 39), st.floats(-30, 30)), max_size=4),
)
def test_clustering_again_only_where_pairs_changed_is_clustering_all(triples, added, reweigh):
    n, size = 16, 5
    triples = [(a, b, w) for a, b, w in triples + added if a != b]
    k = len([1 for a, b, _ in added if a != b])
    if not triples:
        return
    i, j, w = edges(*triples)
    before = w.copy()
    changed = np.zeros(len(i), dtype=bool)
    changed[len(i) - k :] = True
    for at, weight in reweigh:
        if at < len(i) - k:
            w[at], changed[at] = weight, True
    old = len(i) - k
    previous = cluster_roots(n, i[:old], j[:old], before[:old], 0.5, max_cluster_size=size)
    again = cluster_roots(
        n, i, j, w, 0.5, max_cluster_size=size, previous=previous, changed=changed
    )
    assert dense(again).tolist() == cluster(n, i, j, w, 0.5, max_cluster_size=size).tolist()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 14), st.integers(0, 14), st.sampled_from([-9, -2, -1, 0.5, 1, 2, 3, 7])
        ),
        max_size=30,
    ),
    st.lists(st.integers(1, 3), min_size=15, max_size=15),
    st.sampled_from([None, 3, 4]),
)
def test_greedy_in_parts_is_the_greedy(triples, size, max_size):
    seen = {}
    for x, y, t in triples:
        if x != y:
            seen.setdefault((min(x, y), max(x, y)), float(t))
    pairs = list(seen.items())
    a = np.array([k[0] for k, _ in pairs], dtype=np.int64)
    b = np.array([k[1] for k, _ in pairs], dtype=np.int64)
    t = np.array([v for _, v in pairs])
    size = np.array(size)
    expected = _reference_greedy(a, b, t, size, max_size)
    assert greedy(a, b, t, size, max_size).tolist() == expected.tolist()
    assert greedy(a, b, t, size, max_size, room=1).tolist() == expected.tolist()  # rehashed
    assert _greedy_in_parts(a, b, t, size, max_size).tolist() == expected.tolist()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.floats(-30, 30)), max_size=40),
    st.sampled_from([None, 3]),
)
def test_a_batch_numbered_by_its_own_records_is_the_batch_among_all(triples, max_size):
    # Records spread over many positions: the batch renumbers them 0..m-1 first.
    triples = [(a, b, w) for a, b, w in triples if a != b]
    if not triples:
        return
    i, j, w = edges(*triples)
    at = np.array([3, 5, 17, 18, 40, 41, 77, 100, 101, 230, 231, 999])
    n = 1000
    members, lowest = _cluster_batch(n, at[i], at[j], w, max_size)
    roots = correlation_clustering(n, at[i], at[j], w, max_size)
    assert members.tolist() == sorted(set(at[i].tolist()) | set(at[j].tolist()))
    expected = {r: min(m for m in members.tolist() if roots[m] == r) for r in roots[members]}
    assert lowest.tolist() == [expected[r] for r in roots[members].tolist()]


def _reference_greedy(a, b, total, size, max_size):
    """The greedy as first written: every link scanned for alternatives, one loop for all."""
    links = {}
    for x, y, t in zip(a.tolist(), b.tolist(), total.tolist(), strict=True):
        links.setdefault(x, {})[y] = t
        links.setdefault(y, {})[x] = t
    members = {x: [x] for x in links}
    sizes = {x: int(size[x]) for x in links}
    triples = zip(a.tolist(), b.tolist(), total.tolist(), strict=True)
    heap = [(-t, x, y) for x, y, t in triples if t > 0]
    heapq.heapify(heap)
    while heap:
        neg, x, y = heapq.heappop(heap)
        if x not in members or y not in members or links[x].get(y) != -neg:
            continue
        if max_size is not None and sizes[x] + sizes[y] > max_size:
            continue
        alternatives = 0.0
        for p, q in ((x, y), (y, x)):
            for c, s in links[p].items():
                if c != q and s > 0 and links[q].get(c, 0.0) + s < 0:
                    alternatives += 2.0 ** min(s, 60.0)
        if alternatives and -neg <= math.log2(1.0 + alternatives):
            continue
        if sizes[x] < sizes[y] or (sizes[x] == sizes[y] and x > y):
            x, y = y, x
        for c, t in links.pop(y).items():
            links[c].pop(y)
            if c == x:
                continue
            new = links[x].get(c, 0.0) + t
            links[x][c] = links[c][x] = new
            if new > 0:
                heapq.heappush(heap, (-new, min(x, c), max(x, c)))
        members[x].extend(members.pop(y))
        sizes[x] += sizes.pop(y)
    roots = np.arange(len(size))
    for r, group in members.items():
        roots[group] = r
    return roots


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_clustering_is_that_of_the_greedy_as_first_written_on_a_large_random_graph(
    seed, monkeypatch
):
    # Namesake-like blocks: people of 1-4 records, blocks of ~30 people whose records are
    # all paired, weights high within a person and mixed (mostly against) across people.
    rng = np.random.default_rng(seed)
    person = np.repeat(np.arange(1500), rng.integers(1, 5, 1500))
    n = len(person)
    block = rng.integers(0, 50, n)
    order = np.argsort(block, kind="stable")
    starts = np.flatnonzero(np.r_[True, block[order][1:] != block[order][:-1], True])
    i_parts, j_parts = [], []
    for s, e in itertools.pairwise(starts):
        members = np.sort(order[s:e])
        a, b = np.triu_indices(len(members), 1)
        keep = rng.random(len(a)) < 0.15
        i_parts.append(members[a[keep]])
        j_parts.append(members[b[keep]])
    i, j = np.concatenate(i_parts), np.concatenate(j_parts)
    same = person[i] == person[j]
    w = np.where(same, rng.normal(8, 6, len(i)), rng.normal(-6, 7, len(i))).round(2)
    w[rng.random(len(i)) < 0.02] = 30.0  # identifier links
    for size in (None, 6):
        new = cluster(n, i, j, w, 0.5, max_cluster_size=size)
        with monkeypatch.context() as m:
            m.setattr("tekil.cluster._greedy_in_parts", _reference_greedy)
            old = cluster(n, i, j, w, 0.5, max_cluster_size=size)
        assert new.tolist() == old.tolist()


def test_clustering_in_batches_on_threads_is_clustering_at_once(monkeypatch):
    # 60 blocks of 12 records (many components, each with conflicts), pairs in random order.
    rng = np.random.default_rng(5)
    block = rng.integers(0, 60, 3000)
    i = block * 12 + rng.integers(0, 12, 3000)
    j = block * 12 + rng.integers(0, 12, 3000)
    keep = i != j
    i, j = i[keep], j[keep]
    w = rng.normal(0, 12, len(i)).round(1)
    at_once = cluster(720, i, j, w, 0.5, max_cluster_size=8)
    monkeypatch.setattr("tekil.cluster.BATCH_PAIRS", 40)
    assert cluster(720, i, j, w, 0.5, max_cluster_size=8).tolist() == at_once.tolist()
    monkeypatch.setattr("tekil.cluster.SAME_CHUNK", 7)  # pairs' components compared in parts
    assert cluster(720, i, j, w, 0.5, max_cluster_size=8).tolist() == at_once.tolist()
    assert len(set(at_once.tolist())) > 120


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15), st.floats(-30, 30)), max_size=40),
    st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15), st.floats(-30, 30)), max_size=10),
)
def test_components_handed_over_for_pairs_added_inside_clusters(triples, extra):
    # As in the identity stage's completion rounds: pairs added inside clusters.
    n, size = 16, 5
    triples = [(a, b, w) for a, b, w in triples if a != b]
    if not triples:
        return
    i, j, w = edges(*triples)
    components = edge_components(n, i, j, w, 0.5)
    previous = cluster_roots(n, i, j, w, 0.5, max_cluster_size=size, components=components)
    assert previous.tolist() == cluster_roots(n, i, j, w, 0.5, max_cluster_size=size).tolist()
    labels = dense(previous)
    extra = [(a, b, x) for a, b, x in extra if a != b and labels[a] == labels[b]]
    if not extra:
        return
    ei, ej, ew = edges(*extra)
    i, j, w = np.r_[i, ei], np.r_[j, ej], np.r_[w, ew]
    assert edge_components(n, i, j, w, 0.5).tolist() == components.tolist()
    added = np.r_[np.zeros(len(i) - len(ei), dtype=bool), np.ones(len(ei), dtype=bool)]
    kw = {"max_cluster_size": size, "previous": previous, "changed": added}
    assert (
        cluster_roots(n, i, j, w, 0.5, components=components, **kw).tolist()
        == cluster_roots(n, i, j, w, 0.5, **kw).tolist()
    )


def test_the_greedy_compiles_without_a_writable_cache(monkeypatch):
    # A read-only install and no writable home: numba cannot cache; tekil compiles per process.
    import importlib

    import numba.core.caching
    import numba.core.dispatcher

    import tekil._greedy

    def no_locator(py_func):
        raise RuntimeError(f"cannot cache function {py_func.__name__!r}: no locator available")

    a, b = np.array([0, 1, 0]), np.array([1, 2, 2])
    total, size = np.array([3.0, 2.5, -9.0]), np.ones(3, dtype=np.int64)
    expected = tekil._greedy.greedy(a, b, total, size, None)
    monkeypatch.setattr(numba.core.dispatcher, "FunctionCache", no_locator)
    uncached = importlib.reload(tekil._greedy)
    try:
        assert uncached.greedy(a, b, total, size, None).tolist() == expected.tolist()
        assert isinstance(uncached._merge._cache, numba.core.caching.NullCache)
    finally:
        monkeypatch.undo()
        importlib.reload(tekil._greedy)
