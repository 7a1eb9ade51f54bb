"""Candidate pairs in bounded memory: compared chunk by chunk, scored, thresholded.

The rules' pairs are never held all at once. Each rule's pairs come in chunks
(:meth:`tekil.block.RulePlan.chunks`); a pair that an earlier rule also produces
is dropped (:meth:`~tekil.block.RulePlan.covers`), so every distinct pair is
compared once. What is kept per pair is small (two int32 positions and the
int8 levels); the model learns from level *patterns* (each rule's, from at most
``SESSION_SAMPLE`` of its pairs, and those of all distinct pairs), then every
pair is scored and only those that could matter are kept:

* pairs whose weight reaches ``keep_bits`` (a margin below both the threshold
  and :data:`tekil.api.KEEP_PAIRS_ABOVE`);
* the candidate pairs inside the connected components of the match graph, as
  clustering weighs the conflicts within a component (:mod:`tekil.cluster`):
  they are found again by blocking within the components
  (:meth:`~tekil.block.RulePlan.within`) and compared then.

Pairs across components never reach the clustering, so the result is that of
scoring every candidate pair.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from tekil._memory import RELEASE_EVERY, release_free_memory
from tekil._order import by_key
from tekil.block import PAIR_CHUNK, RulePlan, rule_fields, sorted_unique, typo_tolerant
from tekil.cluster import connected_components
from tekil.compare import Comparison, compare
from tekil.estimation import key_rows, merge_patterns, patterns_of, row_keys
from tekil.frequencies import pair_weights
from tekil.model import FellegiSunter, SessionPatterns
from tekil.parallel import map_threads
from tekil.records import Records

log = logging.getLogger(__name__)

#: EM for a rule learns from at most this many of its pairs, drawn at random (seeded).
SESSION_SAMPLE = 4_000_000
#: Of those that an earlier rule found (compared a second time for the rule's sample), about
#: this many at most; each counts for the ones left out.
SESSION_SAMPLE_AGAIN = 250_000
#: Kept pairs are sorted in this many ranges of their first position, one range at a time.
SORT_RANGES = 16


class LevelTable:
    """The distinct rows of comparison levels, each held once; pairs keep a row number.

    A pair's levels take ``k`` bytes, its row number two (four past 65,536 distinct rows).
    :meth:`patterns` counts the rows encoded so far.
    """

    def __init__(self, k: int):
        self.k = k
        self.rows = np.zeros((0, k), dtype=np.int8)
        self.counts = np.zeros(0)
        self._ids: dict[int | bytes, int] = {}

    def encode(self, levels: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        """Row numbers of the levels (new rows are added, in order of first appearance)."""
        if len(levels) == 0:
            return np.empty(0, dtype=np.uint16)
        keys = row_keys(levels)
        if keys is not None:
            codes, distinct = pd.factorize(keys)
            hashable = distinct.tolist()
        else:  # past 16 comparisons or 15 levels: rows as bytes
            distinct, first, codes = np.unique(
                levels, axis=0, return_index=True, return_inverse=True
            )
            order = np.argsort(first)  # in order of first appearance, as factorize gives
            distinct, codes = distinct[order], np.argsort(order)[codes.ravel()]
            hashable = [row.tobytes() for row in distinct]
        known = len(self._ids)
        ids = np.array([self._ids.setdefault(key, len(self._ids)) for key in hashable])
        if len(self._ids) > known:
            new = distinct[ids >= known]
            self.rows = np.concatenate([self.rows, new if keys is None else key_rows(new, self.k)])
            self.counts = np.concatenate([self.counts, np.zeros(len(new))])
        ids = ids[codes]
        self.counts += np.bincount(ids, weights=weights, minlength=len(self.counts))
        return ids.astype(np.uint16 if len(self._ids) <= 2**16 else np.int32)

    def decode(self, ids: np.ndarray) -> np.ndarray:
        return self.rows[ids]

    def patterns(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows encoded so far, in the order of ``np.unique(axis=0)``, and how often each
        was (what :func:`~tekil.estimation.merge_patterns` makes of each call's patterns)."""
        order = np.lexsort(self.rows.T[::-1])
        return self.rows[order], self.counts[order].astype(float)


@dataclass
class Pairs:
    """Scored pairs, sorted by ``(i, j)``: positions, level rows (:class:`LevelTable`), weights."""

    i: np.ndarray
    j: np.ndarray
    levels: np.ndarray
    weight: np.ndarray

    def __len__(self) -> int:
        return len(self.i)

    def take(self, keep: np.ndarray) -> Pairs:
        return Pairs(self.i[keep], self.j[keep], self.levels[keep], self.weight[keep])


@dataclass
class Compared:
    """The outcome of :func:`compare_candidates`."""

    chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]]
    sessions: list[SessionPatterns]
    union: tuple[np.ndarray, np.ndarray]
    distinct: int
    table: LevelTable


def _small(positions: np.ndarray, n: int) -> np.ndarray:
    return positions.astype(np.int32) if n < 2**31 else positions


#: Fewest pairs whose earlier rules are checked by the compiled :mod:`tekil._covering`.
COMPILED_PAIRS = 100_000


class _Coverage:
    """Which pairs the rules before a rule produce, as :meth:`RulePlan.covers` of each says;
    the block rules' keys (a column each, in the rules' order) are read record by record.
    While they are, each block plan's keys are its column of that matrix, not a copy beside
    it (at 1 M persons 0.25 GB); :meth:`done` gives each its own again."""

    def __init__(self, plans: list[RulePlan]):
        self.plans = plans
        self._keys: np.ndarray | None = None

    def done(self) -> None:
        """Each block plan's keys in an array of its own again (what later stages read
        block by block), the matrix let go."""
        if self._keys is not None:
            for plan in self.plans:
                if plan.kind == "block":
                    plan.keys = np.ascontiguousarray(plan.keys)
            self._keys = None

    def before(self, r: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Whether one of ``plans[:r]`` produces each pair; each plan checks only the pairs
        that the ones before it do not."""
        earlier = self.plans[:r]
        blocks = sum(plan.kind == "block" for plan in earlier)
        if blocks and len(i) >= COMPILED_PAIRS:
            from tekil._covering import shares_a_key

            if self._keys is None:
                block_plans = [plan for plan in self.plans if plan.kind == "block"]
                self._keys = np.stack([plan.keys for plan in block_plans], axis=1)
                for column, plan in enumerate(block_plans):
                    plan.keys = self._keys[:, column]
            out = shares_a_key(self._keys, i, j, blocks)
            earlier = [plan for plan in earlier if plan.kind != "block"]
        else:
            out = np.zeros(len(i), dtype=bool)
        rest = np.flatnonzero(~out)
        for plan in earlier:
            if not len(rest):
                break
            hit = plan.covers(i[rest], j[rest])
            out[rest[hit]] = True
            rest = rest[~hit]
        return out


def compare_candidates(
    records: Records,
    plans: list[RulePlan],
    comparisons: list[Comparison],
    seed: int = 0,
    bar=None,
    release_plans: bool = False,
) -> Compared:
    """Compare every distinct candidate pair once; sample each rule's pairs for EM.

    Pairs wait in a buffer until about :data:`~tekil.block.PAIR_CHUNK` of them (of one rule
    or several small ones) are compared in one call. That call runs on a thread of its own
    while this one makes the next buffer's pairs (making pairs is numpy on one core, and
    comparing leaves part of the other idle); the buffers' results are taken in order, so
    the outcome is that of comparing one buffer after the other. With ``release_plans``, as
    a rule's pairs are done what made them is let go (:meth:`RulePlan.release_chunks`): the
    plans then make no pairs again.
    """
    n, k = records.n, len(comparisons)
    table = LevelTable(k)
    chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    fields = [rule_fields(records, plan.rule) for plan in plans]
    ignored = [FellegiSunter._ignored(comparisons, f) for f in fields]
    # A rule trains a model session of its own if it leaves a comparison to learn from and
    # is not typo-tolerant (see tekil.block.TYPO_TOLERANT).
    learns = [len(ignored[r]) < k and not typo_tolerant(p.rule) for r, p in enumerate(plans)]
    session: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in plans]
    found = [0] * len(plans)
    again_weight = [1.0] * len(plans)
    pending: list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    in_flight: list[tuple] = []  # the buffer being compared: (levels future, pairs, ...)
    distinct = 0
    # Not a thread of parallel.thread_pool: compare() still spreads over that pool.
    comparing = ThreadPoolExecutor(1, thread_name_prefix="tekil-compare")
    coverage = _Coverage(plans)

    def flush() -> None:
        if not pending:
            return
        rule = np.concatenate([np.full(len(x[1]), x[0], dtype=np.int32) for x in pending])
        i, j, new, sample = (np.concatenate([x[c] for x in pending]) for c in range(1, 5))
        pending.clear()
        todo = new | sample  # new pairs, and the sample's pairs an earlier rule found
        i, j, rule, new, sample = i[todo], j[todo], rule[todo], new[todo], sample[todo]
        future = comparing.submit(compare, records, i, j, comparisons)
        if in_flight:  # the buffer before, while this one is compared
            take(*in_flight.pop())
        in_flight.append((future, i, j, rule, new, sample))

    def take(future, i, j, rule, new, sample) -> None:
        nonlocal distinct
        levels = future.result()
        fresh = levels[new]
        weights = pair_weights(records, i, j)
        chunks.append(
            (_small(i[new], n), _small(j[new], n), table.encode(fresh, _at(weights, new)))
        )
        distinct += len(fresh)
        del fresh
        # A buffer holds its rules' pairs one rule after the other: each rule's are a slice.
        for r in np.flatnonzero(np.bincount(rule[sample])).tolist():
            lo, hi = np.searchsorted(rule, [r, r + 1])
            here, mine, is_new = levels[lo:hi], sample[lo:hi], new[lo:hi]
            w = _at(weights, slice(lo, hi))
            for chosen, weight in (
                (mine & is_new, 1.0),
                (mine & ~is_new, again_weight[r]),
            ):
                part = here[chosen]
                part[:, ignored[r]] = 0  # null level: no evidence either way
                patterns, counts = patterns_of(part, _at(w, chosen))
                session[r].append((patterns, counts * weight))

    waiting = 0
    with comparing:  # on a failure, the buffer being compared is let finish
        for r, plan in enumerate(plans):
            rate = min(1.0, SESSION_SAMPLE / max(plan.pairs, 1))
            rate_again = min(rate, SESSION_SAMPLE_AGAIN / max(plan.pairs, 1))
            again_weight[r] = rate / rate_again if rate_again > 0 else 1.0
            rng = np.random.default_rng([seed, r])
            for i, j in plan.chunks():
                if bar is not None:
                    bar.update(len(i))
                if records.side is not None:
                    cross = records.side[i] != records.side[j]
                    i, j = i[cross], j[cross]
                found[r] += len(i)
                new = ~coverage.before(r, i, j)
                if learns[r]:
                    draw = rng.random(len(i)) if rate_again < 1.0 else np.zeros(len(i))
                    sample = np.where(new, draw < rate, draw < rate_again)
                else:
                    sample = np.zeros(len(i), dtype=bool)
                pending.append((r, i, j, new, sample))
                waiting += len(i)
                if waiting >= PAIR_CHUNK:
                    flush()
                    waiting = 0
            if release_plans:
                plan.release_chunks()
        flush()
        if in_flight:
            take(*in_flight.pop())
    coverage.done()
    sessions = [
        SessionPatterns(plan.rule.name, found[r], fields[r], *merge_patterns(session[r], k))
        for r, plan in enumerate(plans)
        if found[r] and learns[r]
    ]
    return Compared(chunks, sessions, table.patterns(), distinct, table)


def _at(weights: np.ndarray | None, where) -> np.ndarray | None:
    """Pair weights at ``where`` (``None``: every pair counts 1)."""
    return None if weights is None else weights[where]


def score(
    records: Records,
    model: FellegiSunter,
    compared: Compared,
    keep_bits: float,
    links: list[int] | None = None,
) -> Pairs:
    """Score the compared pairs chunk by chunk, keeping those at or above ``keep_bits`` and
    those that agree exactly on a comparison of ``links`` (a linking identifier: the
    identifier graph may link them whatever the model says).

    The chunks are released as they are scored.
    """
    span = max(-(-records.n // SORT_RANGES), 1)
    links = links or []

    def scored(chunk: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[Pairs]:
        i, j, levels = chunk
        decoded = compared.table.decode(levels)
        weight = model.match_weight(records, i, j, decoded)
        keep = weight >= keep_bits
        for c in links:
            keep |= decoded[:, c] == 1
        kept = _by_range(Pairs(i[keep], j[keep], levels[keep], weight[keep]), span)
        release_free_memory(every=RELEASE_EVERY)
        return kept

    chunks, compared.chunks = compared.chunks, []
    # In order, whichever thread scored each chunk; a chunk is released once scored.
    kept = map_threads(scored, _emptied(chunks))
    pairs = _assemble(kept, records.n)
    log.info(
        "%d of %d distinct pairs kept, weight >= %.1f", len(pairs), compared.distinct, keep_bits
    )
    return pairs


def _emptied(items: list):
    """The items of a list, each dropped from it as it is taken."""
    items.reverse()
    while items:
        yield items.pop()


def _by_range(p: Pairs, span: int) -> list[Pairs]:
    """The pairs cut by ``i`` into :data:`SORT_RANGES` ranges of ``span`` positions."""
    which = p.i // span
    order = by_key(which, int(which.max(initial=-1)) + 1)
    cuts = np.searchsorted(which[order], np.arange(1, SORT_RANGES))
    return [p.take(part) for part in np.split(order, cuts)]


def _assemble(parts: list[list[Pairs]], n: int) -> Pairs:
    """The parts' pairs (distinct, each part cut by :func:`_by_range`) as one set sorted by
    ``(i, j)``.

    Sorted range by range, each range's pieces let go as it is sorted: the sort needs
    memory for one range's pairs, not for all of them (at 1 M persons a sort of all
    25 M kept pairs had been the run's peak).
    """
    if not parts:
        empty = np.empty(0, dtype=np.int32)
        return Pairs(empty, empty, np.empty(0, dtype=np.uint16), np.empty(0))
    ranges: list[Pairs] = []
    for r in range(SORT_RANGES):
        pieces = [p[r] for p in parts]
        for p in parts:
            p[r] = None
        i, j = (np.concatenate([getattr(x, name) for x in pieces]) for name in ("i", "j"))
        # The pairs are distinct, so any sort gives this order (quicksort: the fastest).
        order = np.argsort(i.astype(np.int64) * n + j)
        levels, weight = (
            np.concatenate([getattr(x, name) for x in pieces])[order]
            for name in ("levels", "weight")
        )
        del pieces
        ranges.append(Pairs(i[order], j[order], levels, weight))
        release_free_memory(every=RELEASE_EVERY)
    parts.clear()
    out = {}
    for name in ("weight", "i", "j", "levels"):  # the widest first, while the rest is smallest
        out[name] = np.concatenate([getattr(x, name) for x in ranges])
        for x in ranges:
            setattr(x, name, None)
        release_free_memory()  # the ranges' arrays: a range's is under the mmap threshold
    return Pairs(out["i"], out["j"], out["levels"], out["weight"])


def _keys(p: Pairs, n: int) -> np.ndarray:
    return p.i.astype(np.int64) * n + p.j.astype(np.int64)


def complete_components(
    records: Records,
    plans: list[RulePlan],
    model: FellegiSunter,
    pairs: Pairs,
    cut: float,
    table: LevelTable,
) -> Pairs:
    """Add the candidate pairs inside the match graph's components that ``pairs`` lacks.

    Clustering reads the pairs within a component (its conflicts, the evidence
    against a merge); the pairs scored too low to be kept are found again by
    blocking within the components, compared and scored. ``pairs`` is extended in
    place (its old arrays are let go one by one) and returned.
    """
    n = records.n
    edges = pairs.weight >= cut
    labels = connected_components(n, pairs.i[edges], pairs.j[edges])
    sizes = np.bincount(labels)
    groups = np.where(sizes[labels] >= 2, labels, -1)
    if not (groups >= 0).any():
        return pairs

    def within(plan: RulePlan) -> np.ndarray:
        i, j = plan.within(groups)
        if records.side is not None:
            cross = records.side[i] != records.side[j]
            i, j = i[cross], j[cross]
        keys = i.astype(np.int64) * n + j
        release_free_memory(every=RELEASE_EVERY)
        return keys

    # Sorting and hashing numbers, which numpy and pandas do without the GIL: 300 k persons
    # 1.14 -> 0.63 s on two threads.
    found = map_threads(within, plans)
    keys = sorted_unique(np.concatenate(found))
    del found
    have = _keys(pairs, n)
    at = np.searchsorted(have, keys)
    new = (at >= len(have)) | (have[np.minimum(at, len(have) - 1)] != keys)
    del have
    missing, at = keys[new], at[new]  # sorted, with their places among the pairs
    del keys, new
    if len(missing) == 0:
        return pairs
    log.info("%d candidate pairs inside components added", len(missing))
    i, j = missing // n, missing % n
    del missing
    levels = compare(records, i, j, [p.comparison for p in model.parameters_])
    added = {
        "i": _small(i, n),
        "j": _small(j, n),
        "levels": table.encode(levels),
        "weight": model.match_weight(records, i, j, levels),
    }
    del i, j, levels
    # Put in their places: the pairs stay sorted without sorting them all again, and each
    # old array goes as its new one is made (in the wider type: level rows may pass 2**16).
    for name, add in added.items():
        old = getattr(pairs, name)
        setattr(pairs, name, None)
        setattr(pairs, name, np.insert(old.astype(np.result_type(old, add), copy=False), at, add))
        del old
    return pairs
