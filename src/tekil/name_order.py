"""Which words a column of whole names writes as family names, when it writes both orders.

One system writes "Yamada Taro", another "Taro Yamada"; a form asks for the family name
first, a web shop for the given name. A column of such whole names read family name last
has half its people's names the wrong way round, and a lone "Yamada" is no longer the family
name of "Yamada Taro". Nothing in a name says its order, but the names together do: a given
name stands beside family names, a family name beside given names, so the words of two-word
names form a graph with two sides (nearly: a few words are both, Thomas, Martin), whatever
order each name is written in.

:func:`family_scores` finds the two sides (a greedy two-colouring, each connected part turned
so that its family side stands where most of its names put it), then refines how often each
word is a family name by expectation-maximisation over each name's unknown order. The scores
have :func:`tekil.records.read_whole_name`'s scale, so that whole names are read by them as
by the scores of a file's given and family name columns.

>>> names = [("taro", "yamada"), ("yamada", "hanako"), ("jiro", "tanaka"), ("tanaka", "taro"),
...          ("hanako", "tanaka")]
>>> scores = family_scores([g for g, _ in names], [f for _, f in names], [1] * 5)
>>> scores["yamada"] > 0 > scores["taro"], scores["tanaka"] > 0 > scores["hanako"]
(True, True)
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from tekil._numba import compiled

#: Share of a column's two-word names (by records) written in its rarer order from which the
#: column writes both orders: fewer are strays, left to the comparison's swap of two names (a
#: column of one order reads every name as written, none the other way).
BOTH_ORDERS_SHARE = 0.01
#: How far the words must split into two sides (:func:`_split_share`, from chance to all names
#: across) for the names to have given and family names at all: Burmese names, whose words
#: stand anywhere, are 0.09 of the way (the probe's); East African ones, a given name and a
#: father's ("Juma Hassan"), 0.48, and are read by the sides.
SPLIT_SHARE = 1 / 3
#: Rounds of expectation-maximisation at most: the shares settle within twenty on the columns
#: tried, and the rounds stop once no name's order changes by a millionth.
ROUNDS = 50
#: A word's score (from -1, given names only, to 1, family names only) from which it is
#: clearly of one side, here and wherever whole names are read by such scores.
CLEAR = 1 / 3


def family_scores(
    given: Sequence[str], family: Sequence[str], counts: Sequence[int]
) -> dict[str, float]:
    """Per word of two-word whole names read as ``given`` and ``family`` (``counts`` records
    each), how much more often it is a family name than a given one, ``(family - given) /
    (family + given + 1)`` counted over the names' likely orders, for the words it is a third
    or more either way; empty where the column writes one order (fewer than
    :data:`BOTH_ORDERS_SHARE` of its names the other way) or its words make no given and family
    names (:data:`SPLIT_SHARE`)."""
    pairs = pd.DataFrame({"g": given, "f": family, "n": counts})
    pairs = pairs[(pairs["g"] != pairs["f"]) & pairs["g"].notna() & pairs["f"].notna()]
    if pairs.empty:
        return {}
    codes, words = pd.factorize(pd.concat([pairs["g"], pairs["f"]], ignore_index=True))
    a, b = np.split(codes.astype(np.int64), 2)
    n = pairs["n"].to_numpy(dtype=float)
    side = _sides(a, b, n, len(words), _initials(words))
    seen = np.bincount(a, n, len(words)) + np.bincount(b, n, len(words))
    family_share = np.where(side > 0, 0.75, 0.25)
    in_order = 0.5  # (a start between the orders: the sides above tell them apart)
    as_read = np.ones(len(n))
    for _ in range(ROUNDS):
        kept = in_order * (1 - family_share[a]) * family_share[b]
        turned = (1 - in_order) * family_share[a] * (1 - family_share[b])
        before, as_read = as_read, kept / np.maximum(kept + turned, 1e-300)
        as_family = np.bincount(b, n * as_read, len(words))
        as_family += np.bincount(a, n * (1 - as_read), len(words))
        family_share = (as_family + 0.5) / (seen + 1)
        in_order = float((n * as_read).sum() / n.sum())
        if np.abs(as_read - before).max() < 1e-6:
            break
    written = (n * (as_read >= 0.5)).sum() / n.sum()
    if min(written, 1 - written) < BOTH_ORDERS_SHARE:
        return {}
    if _split_share(a, b, n, len(words), side) < SPLIT_SHARE:
        return {}
    scores = (2 * as_family - seen) / (seen + 1)
    # (Only the words clearly of one side: a word the names put on either side, a father's
    # given name written last as Arabic and East African names chain them, "Ali Mahmoud
    # Hassan", moves no name's words to its family name.)
    return {str(w): float(s) for w, s in zip(words, scores, strict=True) if abs(s) >= CLEAR}


def _sides(
    a: np.ndarray, b: np.ndarray, n: np.ndarray, size: int, initials: np.ndarray | None = None
) -> np.ndarray:
    """+1 (family) or -1 (given) per word of names ``a[k] b[k]`` (``n[k]`` records each):
    each connected part coloured from its most frequent word outwards, a word taking the side
    opposite to most of its coloured neighbours' weight, then words moved while most of their
    weight is on their own side; each part turned so that its family side stands last in most
    of its names, or, where neither order has :data:`CLEAR` more of them, so that the words
    that are ``initials`` stand on its given side if most do."""
    graph = sparse.coo_matrix((np.concatenate([n, n]), (np.r_[a, b], np.r_[b, a])), (size, size))
    graph = graph.tocsr()  # (duplicates summed)
    weight = np.asarray(graph.sum(axis=1)).ravel()
    order = np.lexsort((np.arange(size), -weight))
    indptr, indices = graph.indptr.astype(np.int64), graph.indices.astype(np.int64)
    side, part = _coloured(indptr, indices, graph.data.astype(np.float64), order)
    crossing = side[a] != side[b]
    last = np.bincount(part[b[crossing]], n[crossing] * side[b[crossing]], size)
    across = np.bincount(part[b[crossing]], n[crossing], size)
    turned = last < 0
    if initials is not None and initials.any():
        # Where the names' order hardly tells the sides (half and half, as two systems' exports
        # in one column write them), the initials do: "M. Brito" and "Brito M." abbreviate the
        # given name, in either order.
        weight_of = weight * initials
        on_family = np.bincount(part, weight_of * side, size)
        held = np.bincount(part, weight_of, size)
        unclear = np.abs(last) < CLEAR * across
        clear = np.abs(on_family) >= CLEAR * held
        by_initials = unclear & clear & (held > 0)
        turned = np.where(by_initials, on_family > 0, turned)
    return side * np.where(turned[part], -1, 1)


def _initials(words: Sequence[str]) -> np.ndarray:
    """Per word, whether it is one letter of an alphabet (an initial: "m" of "M. Brito"), not
    one character of a script that writes a name's syllable so (王, 김)."""
    # (Latin, Greek, Cyrillic and Armenian letters)
    return np.array(
        [len(w) == 1 and w.isalpha() and (w.isascii() or "\u00c0" <= w <= "\u058f") for w in words],
        dtype=bool,
    )


def _split_share(a: np.ndarray, b: np.ndarray, n: np.ndarray, size: int, side: np.ndarray) -> float:
    """How far the names' words split into two sides, from 0 (no better than the same words
    paired at random: :func:`_sides` of a random pairing) to 1 (every name across the sides)."""
    crossing = (n * (side[a] != side[b])).sum() / n.sum()
    words = np.random.default_rng(0).permutation(
        np.repeat(np.r_[a, b], np.r_[n, n].astype(np.int64))
    )
    x, y = np.split(words, 2)
    apart = x != y
    x, y = x[apart], y[apart]
    if not len(x):
        return 0.0
    at_random = _sides(x, y, np.ones(len(x)), size)
    chance = (at_random[x] != at_random[y]).mean()
    return float((crossing - chance) / (1 - chance)) if chance < 1 else 0.0


@compiled()
def _coloured(indptr, indices, weights, order):  # pragma: no cover - compiled
    size = len(order)
    side = np.zeros(size, np.int64)
    part = np.full(size, -1, np.int64)
    pull = np.zeros(size)  # weight of coloured neighbours, + for side 1
    for start in order:
        if side[start] != 0:
            continue
        side[start], part[start] = 1, start
        heap = [(0.0, start)]
        heapq.heappop(heap)
        word = start
        while True:
            for k in range(indptr[word], indptr[word + 1]):
                other = indices[k]
                if side[other] == 0:
                    pull[other] += weights[k] * side[word]
                    heapq.heappush(heap, (-abs(pull[other]), other))
            while len(heap) > 0 and side[heap[0][1]] != 0:
                heapq.heappop(heap)
            if len(heap) == 0:
                break
            word = heapq.heappop(heap)[1]
            side[word] = -1 if pull[word] > 0 else 1
            part[word] = start
    for _ in range(10):  # (a move makes its neighbours' weight more one-sided: few rounds)
        moved = False
        for word in range(size):
            same, total = 0.0, 0.0
            for k in range(indptr[word], indptr[word + 1]):
                total += weights[k]
                if side[indices[k]] == side[word]:
                    same += weights[k]
            if 2 * same > total:
                side[word] = -side[word]
                moved = True
        if not moved:
            break
    return side, part
