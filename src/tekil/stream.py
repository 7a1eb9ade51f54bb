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

from dataclasses import dataclass

import numpy as np

from tekil.block import RulePlan, rule_fields, sorted_unique
from tekil.cluster import connected_components
from tekil.compare import Comparison, compare
from tekil.estimation import merge_patterns, patterns_of
from tekil.model import FellegiSunter, SessionPatterns
from tekil.records import Records

#: EM for a rule learns from at most this many of its pairs, drawn at random (seeded).
SESSION_SAMPLE = 4_000_000


@dataclass
class Pairs:
    """Scored pairs, sorted by ``(i, j)``: positions, levels and match weights."""

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


def _small(positions: np.ndarray, n: int) -> np.ndarray:
    return positions.astype(np.int32) if n < 2**31 else positions


def _covered(plans: list[RulePlan], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    out = np.zeros(len(i), dtype=bool)
    for plan in plans:
        out |= plan.covers(i, j)
    return out


def compare_candidates(
    records: Records,
    plans: list[RulePlan],
    comparisons: list[Comparison],
    seed: int = 0,
    bar=None,
) -> Compared:
    """Compare every distinct candidate pair once; sample each rule's pairs for EM."""
    n, k = records.n, len(comparisons)
    chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    union: list[tuple[np.ndarray, np.ndarray]] = []
    sessions: list[SessionPatterns] = []
    distinct = 0
    for r, plan in enumerate(plans):
        fields = rule_fields(records, plan.rule)
        ignored = FellegiSunter._ignored(comparisons, fields)
        rate = min(1.0, SESSION_SAMPLE / max(plan.pairs, 1))
        rng = np.random.default_rng([seed, r])
        session: list[tuple[np.ndarray, np.ndarray]] = []
        found = 0
        for i, j in plan.chunks():
            if bar is not None:
                bar.update(len(i))
            if records.side is not None:
                cross = records.side[i] != records.side[j]
                i, j = i[cross], j[cross]
            found += len(i)
            new = ~_covered(plans[:r], i, j)
            levels = compare(records, i[new], j[new], comparisons)
            chunks.append((_small(i[new], n), _small(j[new], n), levels))
            union.append(patterns_of(levels))
            distinct += int(new.sum())
            if len(ignored) == k:
                continue
            sample = rng.random(len(i)) < rate if rate < 1.0 else np.ones(len(i), dtype=bool)
            seen = np.zeros((len(i), k), dtype=np.int8)
            seen[new] = levels
            again = sample & ~new  # found before: compared again for this rule's sample
            seen[again] = compare(records, i[again], j[again], comparisons)
            part = seen[sample]
            part[:, ignored] = 0  # null level: no evidence either way
            session.append(patterns_of(part))
        if found and len(ignored) < k:
            sessions.append(
                SessionPatterns(plan.rule.name, found, fields, *merge_patterns(session, k))
            )
        union = [merge_patterns(union, k)]
    return Compared(chunks, sessions, merge_patterns(union, k), distinct)


def score(
    records: Records,
    model: FellegiSunter,
    compared: Compared,
    keep_bits: float,
) -> Pairs:
    """Score the compared pairs chunk by chunk, keeping those at or above ``keep_bits``.

    The chunks are released as they are scored.
    """
    kept = []
    while compared.chunks:
        i, j, levels = compared.chunks.pop(0)
        weight = model.match_weight(records, i, j, levels)
        keep = weight >= keep_bits
        kept.append(Pairs(i[keep], j[keep], levels[keep], weight[keep]))
    return _sorted(_concat(kept, len(model.parameters_)), records.n)


def _concat(parts: list[Pairs], k: int) -> Pairs:
    if not parts:
        empty = np.empty(0, dtype=np.int32)
        return Pairs(empty, empty, np.zeros((0, k), dtype=np.int8), np.empty(0))
    return Pairs(
        np.concatenate([p.i for p in parts]),
        np.concatenate([p.j for p in parts]),
        np.concatenate([p.levels for p in parts]),
        np.concatenate([p.weight for p in parts]),
    )


def _keys(p: Pairs, n: int) -> np.ndarray:
    return p.i.astype(np.int64) * n + p.j.astype(np.int64)


def _sorted(p: Pairs, n: int) -> Pairs:
    order = np.argsort(_keys(p, n), kind="stable")
    return p.take(order)


def complete_components(
    records: Records,
    plans: list[RulePlan],
    model: FellegiSunter,
    pairs: Pairs,
    cut: float,
) -> Pairs:
    """Add the candidate pairs inside the match graph's components that ``pairs`` lacks.

    Clustering reads the pairs within a component (its conflicts, the evidence
    against a merge); the pairs scored too low to be kept are found again by
    blocking within the components, compared and scored.
    """
    n = records.n
    edges = pairs.weight >= cut
    labels = connected_components(n, pairs.i[edges], pairs.j[edges])
    sizes = np.bincount(labels)
    groups = np.where(sizes[labels] >= 2, labels, -1)
    if not (groups >= 0).any():
        return pairs
    found = []
    for plan in plans:
        i, j = plan.within(groups)
        if records.side is not None:
            cross = records.side[i] != records.side[j]
            i, j = i[cross], j[cross]
        found.append(i.astype(np.int64) * n + j)
    keys = sorted_unique(np.concatenate(found))
    have = _keys(pairs, n)
    at = np.searchsorted(have, keys)
    missing = keys[(at >= len(have)) | (have[np.minimum(at, len(have) - 1)] != keys)]
    if len(missing) == 0:
        return pairs
    i, j = missing // n, missing % n
    levels = compare(records, i, j, [p.comparison for p in model.parameters_])
    extra = Pairs(_small(i, n), _small(j, n), levels, model.match_weight(records, i, j, levels))
    return _sorted(_concat([pairs, extra], len(model.parameters_)), n)


def rescore(records: Records, model: FellegiSunter, pairs: Pairs) -> Pairs:
    """The same pairs with weights from the model as it stands (e.g. person frequencies)."""
    weight = model.match_weight(records, pairs.i, pairs.j, pairs.levels)
    return Pairs(pairs.i, pairs.j, pairs.levels, weight)
