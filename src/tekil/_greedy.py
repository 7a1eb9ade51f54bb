"""The greedy of correlation clustering, compiled with numba: one loop per merge, not per pair.

:func:`tekil.cluster.correlation_clustering` contracts the near-certain pairs and sums the
evidence between groups with numpy; what is left is inherently sequential (each merge
changes the totals of the next), so it is compiled rather than vectorised. The links live in
one open-addressing hash table; each group lists its links in the order they were made, as
the insertion-ordered dictionaries of the Python it replaces did, so that the alternatives
are summed in the same order and the merges are the same. The compiled code releases the
GIL: batches of components run on threads.

>>> import numpy as np
>>> greedy(np.array([0, 1]), np.array([1, 2]), np.array([3.0, -5.0]), np.ones(3, np.int64), None)
array([0, 0, 2])
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from tekil._numba import compiled as _compiled
from tekil.block import sorted_unique


def greedy(
    a: np.ndarray,
    b: np.ndarray,
    total: np.ndarray,
    size: np.ndarray,
    max_size: int | None,
    room: int = 3,
) -> np.ndarray:
    """Merge the groups ``a[k]``, ``b[k]`` (``a < b``, each pair once) with the largest
    positive ``total[k]`` first; the root group of each of the ``len(size)`` groups.

    A merge must also be more likely than the alternatives. A record belongs to one
    person only: when x also links to a group c that cannot join x and y (the evidence
    between y and c outweighs c's link to x: namesakes the data shows to be different
    people), c is a competing explanation, and the merge needs odds above
    ``1 + Σ odds(alternatives)``, not just above 1 (scores are log2 odds; only the
    groups a group's links favour can compete). The merged group keeps the root of the
    larger (then lower-numbered) one; no group grows past ``max_size`` records
    (``size``: records per group). ``room``: hash-table slots per link to start with
    (the table grows as needed).
    """
    roots = np.arange(len(size))
    if not (total > 0).any():
        return roots
    # The groups with links, numbered 0..m-1 in their order (ties are broken by number).
    present = sorted_unique(np.r_[a, b].astype(np.int64))
    la = np.searchsorted(present, a).astype(np.int64)
    lb = np.searchsorted(present, b).astype(np.int64)
    limit = math.inf if max_size is None else float(max_size)
    local = _merge(la, lb, total.astype(np.float64), size[present].astype(np.int64), limit, room)
    roots[present] = present[local]
    return roots


#: Hash-table slots: never used, and deleted (free for a new key, but not the end of a probe).
_EMPTY, _DELETED = -1, -2


@_compiled(nogil=True)
def _merge(a, b, total, size, limit, room=3):  # pragma: no cover - compiled
    """:func:`greedy` on groups 0..m-1; the hash table starts with ``room`` slots per key."""
    m = len(size)
    # The links: one hash table keyed by (group, other) → total, both directions, and
    # per group a chain of its others in the order their links were made (entries of
    # groups merged away are skipped). The positive links (those that can compete as
    # alternatives) have chains of their own; an entry is current while the table points
    # at it (``at``), so a link that turns negative and positive again moves to the end,
    # as in an insertion-ordered set.
    bits = 4
    while (1 << bits) < room * 2 * len(a) + 16:
        bits += 1
    keys = np.full(1 << bits, _EMPTY, dtype=np.int64)
    value = np.zeros(1 << bits)
    at = np.full(1 << bits, -1, dtype=np.int64)  # the link's entry in the positive chain
    used = 0  # slots not _EMPTY
    # Chains: first and last entry per group; per entry the other group and the next entry.
    head, tail = np.full(m, -1, dtype=np.int64), np.full(m, -1, dtype=np.int64)
    other, after = np.empty(2 * len(a), dtype=np.int64), np.empty(2 * len(a), dtype=np.int64)
    phead, ptail = np.full(m, -1, dtype=np.int64), np.full(m, -1, dtype=np.int64)
    pother, pafter = np.empty(2 * len(a), dtype=np.int64), np.empty(2 * len(a), dtype=np.int64)
    entries = pentries = 0
    degree = np.zeros(m, dtype=np.int64)
    favoured = np.zeros(m, dtype=np.int64)  # positive links per group
    heap = []
    for k in range(len(a)):
        x, y, t = a[k], b[k], total[k]
        for p, q in ((x, y), (y, x)):
            s = -1 - _find(keys, p * m + q, bits)
            keys[s], value[s] = p * m + q, t
            used += 1
            entries = _append(head, tail, other, after, entries, p, q)
            degree[p] += 1
            if t > 0:
                at[s] = pentries
                pentries = _append(phead, ptail, pother, pafter, pentries, p, q)
                favoured[p] += 1
        if t > 0:
            heap.append((-t, x, y))
    heapq.heapify(heap)
    alive = np.ones(m, dtype=np.bool_)
    sizes = size.copy()
    following = np.full(m, -1, dtype=np.int64)  # each group's records as a chain of groups
    last = np.arange(m)
    while len(heap) > 0:
        neg, x, y = heapq.heappop(heap)
        if not alive[x] or not alive[y]:
            continue  # stale entry: a group was merged
        if value[_find(keys, x * m + y, bits)] != -neg:
            continue  # stale entry: the total changed
        if sizes[x] + sizes[y] > limit:
            continue
        alternatives = 0.0
        for p, q in ((x, y), (y, x)):
            if favoured[p] > 1:  # a group favoured besides the other one
                e = phead[p]
                while e >= 0:
                    c = pother[e]
                    if c != q and alive[c]:
                        s = _find(keys, p * m + c, bits)
                        if s >= 0 and at[s] == e:  # the current entry
                            mine = value[s]
                            theirs = _get(keys, value, q * m + c, bits)
                            if theirs + mine < 0:
                                alternatives += 2.0 ** min(mine, 60.0)
                    e = pafter[e]
        if alternatives != 0.0 and -neg <= math.log2(1.0 + alternatives):
            continue
        if sizes[x] < sizes[y] or (sizes[x] == sizes[y] and x > y):
            x, y = y, x  # keep the larger (then lower) root
        alive[y] = False
        need = 2 * degree[y]  # at most two entries per link moved to x (one per end)
        if used + need > len(keys) // 2:  # room for y's links moved to x
            bits_now = bits
            while (1 << bits) < 3 * (used + need):
                bits += 1
            keys, value, at = _rehash(keys, value, at, bits_now, bits)
            used = int((keys >= 0).sum())
        if entries + need > len(other):
            other, after = _grown(other, entries + need), _grown(after, entries + need)
        if pentries + need > len(pother):
            pother, pafter = _grown(pother, pentries + need), _grown(pafter, pentries + need)
        e = head[y]
        while e >= 0:
            c = other[e]
            e = after[e]
            if not alive[c]:
                continue  # merged away: its link was deleted then
            s = _find(keys, y * m + c, bits)
            t = value[s]
            keys[s] = _DELETED
            r = _find(keys, c * m + y, bits)
            if at[r] >= 0:
                favoured[c] -= 1
            keys[r] = _DELETED
            degree[c] -= 1
            if c == x:
                continue
            s = _find(keys, x * m + c, bits)
            if s >= 0:
                new = value[s] + t
            else:
                new = 0.0 + t
                for p, q in ((x, c), (c, x)):
                    free = -1 - _find(keys, p * m + q, bits)
                    if keys[free] == _EMPTY:
                        used += 1
                    keys[free], at[free] = p * m + q, -1
                    entries = _append(head, tail, other, after, entries, p, q)
                    degree[p] += 1
            for p, q in ((x, c), (c, x)):
                s = _find(keys, p * m + q, bits)
                value[s] = new
                if new > 0 and at[s] < 0:
                    at[s] = pentries
                    pentries = _append(phead, ptail, pother, pafter, pentries, p, q)
                    favoured[p] += 1
                elif new <= 0 and at[s] >= 0:
                    at[s] = -1
                    favoured[p] -= 1
            if new > 0:
                heapq.heappush(heap, (-new, min(x, c), max(x, c)))
        following[last[x]] = y
        last[x] = last[y]
        sizes[x] += sizes[y]
    roots = np.arange(m)
    for r in range(m):
        if alive[r]:
            g = following[r]
            while g >= 0:
                roots[g] = r
                g = following[g]
    return roots


@_compiled(inline="always")
def _find(keys, key, bits):  # pragma: no cover - compiled
    """The slot of ``key``, or ``-1 - slot`` of the slot a new ``key`` goes to."""
    mask = (1 << bits) - 1
    s = np.int64((np.uint64(key) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - bits))
    free = -1
    while True:
        k = keys[s]
        if k == key:
            return s
        if k == _EMPTY:
            return -1 - (free if free >= 0 else s)
        if k == _DELETED and free < 0:
            free = s
        s = (s + 1) & mask


@_compiled(inline="always")
def _append(head, tail, other, after, n, p, q):  # pragma: no cover - compiled
    """Entry ``n`` (``q``) added to the end of ``p``'s chain; the next free entry."""
    other[n], after[n] = q, -1
    if head[p] < 0:
        head[p] = n
    else:
        after[tail[p]] = n
    tail[p] = n
    return n + 1


@_compiled()
def _grown(array, need):  # pragma: no cover - compiled
    """``array`` with room for at least ``need`` entries (doubled at least)."""
    out = np.empty(max(need, 2 * len(array)), dtype=array.dtype)
    out[: len(array)] = array
    return out


@_compiled(inline="always")
def _get(keys, value, key, bits):  # pragma: no cover - compiled
    s = _find(keys, key, bits)
    return value[s] if s >= 0 else 0.0


@_compiled()
def _rehash(keys, value, at, old_bits, bits):  # pragma: no cover - compiled
    """The table in ``1 << bits`` slots, without its deleted ones."""
    new_keys = np.full(1 << bits, _EMPTY, dtype=np.int64)
    new_value = np.zeros(1 << bits)
    new_at = np.full(1 << bits, -1, dtype=np.int64)
    for s in range(1 << old_bits):
        if keys[s] >= 0:
            r = -1 - _find(new_keys, keys[s], bits)
            new_keys[r], new_value[r], new_at[r] = keys[s], value[s], at[s]
    return new_keys, new_value, new_at
