"""Estimating the Fellegi–Sunter parameters: EM over level patterns, and what it needs.

Candidate pairs are reduced to their distinct *level patterns* with counts, so
every EM step costs O(patterns), not O(pairs).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from tekil.compare import Comparison
from tekil.user_names import USER_NAMES

#: No level probability is ever exactly 0 (it would make a weight infinite).
FLOOR = 1e-6
#: Strength, in pairs, of the prior that EM's estimates are shrunk towards.
PSEUDO_PAIRS = 10.0
#: Prior share of matches among candidate pairs before the data speaks.
NEUTRAL_PRIOR = 0.01


@dataclass
class LevelParameters:
    """Learned probabilities of one comparison: ``m`` and ``u`` per level (index 0 = null)."""

    comparison: Comparison
    m: np.ndarray
    u: np.ndarray

    @property
    def weights(self) -> np.ndarray:
        """log2(m/u) per level; 0 for the null level."""
        w = np.log2(self.m / self.u)
        w[0] = 0.0
        return w


def probability(weight: np.ndarray) -> np.ndarray:
    """Match weight (log2 odds) → probability."""
    return 1.0 / (1.0 + np.exp2(-np.clip(weight, -60, 60)))


def logit2(p: float) -> float:
    """Probability → log2 odds."""
    return math.log2(p / (1.0 - p))


def no_weaker_than_else(
    m: np.ndarray,
    u: np.ndarray,
    differing: Sequence[int] = (),
    matches: float = 0.0,
    partial: Sequence[int] = (),
) -> np.ndarray:
    """``m`` with no level of agreement weighing less than the last level (``else``): where
    EM saw too few matches reach a rare level (a nickname among a few pairs) it would
    otherwise count that agreement as stronger evidence against a match than none. A level
    of values that differ as written (``differing``) that fewer than one of the expected
    ``matches`` reached weighs as the disagreement: its ``m`` and ``u`` would otherwise be
    two floors, and their ratio no evidence either way. A level where one side gives only
    part of the value, which agrees (``partial``: an initial), weighs no less than nothing:
    where the records that write initials rarely match (a social network's "Etelvina B."),
    EM would learn the writing for evidence against.

    >>> no_weaker_than_else(np.array([0.0, 0.5, 0.0, 0.5]), np.array([1.0, 0.1, 0.01, 0.89]))
    array([0.        , 0.5       , 0.00561798, 0.5       ])
    >>> m, u = np.array([1.0, 0.5, 1e-5, 0.5]), np.array([1.0, 0.1, 1e-6, 0.9])
    >>> bool(no_weaker_than_else(m, u, [2], matches=500_000)[2] == 1e-5)  # five matches at it
    True
    >>> bool(no_weaker_than_else(m, u, [2], matches=50)[2] == 1e-6 * 0.5 / 0.9)  # none
    True
    >>> no_weaker_than_else(np.array([1.0, 0.999, 0.001]), np.array([1.0, 1.0, 1e-6]))
    array([1.e+00, 1.e+00, 1.e-06])
    """
    out = m.copy()
    ratio = m[-1] / u[-1]
    if ratio > 1.0:  # random pairs never differ (a file's country): disagreement tells nothing
        ratio, out[-1] = 1.0, u[-1]
    out[1:-1] = np.maximum(m[1:-1], u[1:-1] * ratio)
    for level in differing:
        if m[level] * matches < 1.0:
            out[level] = u[level] * ratio
    for level in partial:
        out[level] = max(out[level], u[level])
    return out


def no_stronger_than_exact(
    m: np.ndarray, u: np.ndarray, less_specific: Sequence[int], prior: float = 0.0
) -> np.ndarray:
    """``m`` with no level of agreement on less than the whole value (``less_specific``, in
    order: a postcode where the streets differ or one is missing) weighing more than agreeing
    at it or better: where random pairs almost never share a postcode but not their street
    (one postcode a home), EM would count a postcode beside a missing street for more than a
    whole address. Not where the whole value's agreement is no evidence for (a column of
    towns read as addresses): what it says is not more than the levels below it.

    >>> m, u = np.array([1.0, 0.8, 0.1, 0.1]), np.array([1.0, 1e-3, 1e-7, 0.999])
    >>> no_stronger_than_exact(m, u, [2]).round(6).tolist()
    [1.0, 0.8, 9e-05, 0.1]
    """
    out = m.copy()
    # The exact level's u holds the random pairs that match (its term frequencies replace it
    # when scoring): without them here.
    u = u.copy()
    u[1] = max((u[1] - prior * m[1]) / (1.0 - prior), FLOOR)
    if m[1] <= u[1]:
        return out
    for level in less_specific:
        at_least = slice(1, level + 1)
        out[level] = min(out[level], u[level] * out[at_least].sum() / u[at_least].sum())
    return out


def _lower_median(values: np.ndarray) -> float:
    return float(np.sort(values)[(len(values) - 1) // 2])


def neutral_m(comparison: Comparison, u: np.ndarray) -> np.ndarray:
    """A start that trusts exact agreement: 0.9 exact, 0.05 (or 0.1) disagreement. A level
    of values that differ as written (a nickname: ``Comparison.differing``) starts with the
    weight of the disagreement: only matches found at it in the data raise it (else a level
    that random pairs rarely reach would weigh much from the start alone).

    >>> from tekil.compare import comparisons_for_role
    >>> (first,) = comparisons_for_role("first_name", "first_name")
    >>> m = neutral_m(first, np.full(first.n_levels, 0.1))
    >>> bool(np.isclose(m[first.levels.index("nickname")], m[-1]))
    True
    """
    n_levels = comparison.n_levels
    m = np.zeros(n_levels)
    m[0], m[1] = 1.0, 0.9
    middle = n_levels - 3
    if middle > 0:
        m[2:-1] = 0.05 / middle
    m[-1] = 1.0 - m[1:-1].sum()
    differing = comparison.differing
    if differing:
        m[differing] = m[-1] * u[differing] / u[-1]
        m[1:] /= m[1:].sum()
    return m


def robust_mean(
    estimates: list[np.ndarray], weights: list[float], kinds: Sequence[Hashable] | None = None
) -> np.ndarray:
    """Combine the sessions' estimates of one comparison's ``m``.

    Each session estimates the same ``m``, but a session whose pairs share a hidden trait
    (the members of a household share its address, surname and landline; namesakes sort
    next to each other) lets some non-matches into its match class, which inflates the
    disagreement level, and such sessions are the large ones (a household multiplies the
    pairs of its address). So the disagreement share is a median over the sessions whose
    matches with both values (``weights``: how many) outweigh EM's prior (``PSEUDO_PAIRS``:
    else the estimate is mostly the prior's), the lower one on a tie (contamination only
    ever raises it): the median of each ``kind`` of session (the fields its rule reads: a
    home phone's, a mobile's and both together share one trait), then the median of those,
    one vote per kind, so that a file's many columns of one trait (two address lines, three
    phones) do not outvote the rest. The split of the rest among the agreement levels is
    their mean weighted by ``weights``, which keeps rare levels alive.

    >>> clean, household = np.array([1.0, 0.9, 0.1]), np.array([1.0, 0.4, 0.6])
    >>> float(robust_mean([clean, clean, household], [100, 100, 5000])[-1].round(3))
    0.1
    >>> estimates = [clean, household, household, household]
    >>> float(robust_mean(estimates, [100] * 4, ["names", "home", "mobile", "phones"])[-1])
    0.6
    >>> float(robust_mean(estimates, [100] * 4, ["names", "phone", "phone", "phone"])[-1])
    0.1
    """
    stack = np.vstack(estimates)[:, 1:]  # drop the null level
    w = np.asarray(weights, dtype=float)
    if w.sum() <= 0:  # no session saw a match with both values: each counts alike
        w = np.ones(len(w))
    voters = w > PSEUDO_PAIRS
    if not voters.any():  # no session's data outweighs the prior: each that saw one votes
        voters = w > 0
    kinds = list(range(len(estimates))) if kinds is None else list(kinds)
    votes = [
        _lower_median(stack[[k for k, x in enumerate(kinds) if x == kind and voters[k]], -1])
        for kind in dict.fromkeys(x for x, v in zip(kinds, voters, strict=True) if v)
    ]
    disagree = _lower_median(np.array(votes))
    agree = stack[:, :-1] / np.maximum(stack[:, :-1].sum(axis=1, keepdims=True), FLOOR)
    split = (w[:, None] * agree).sum(axis=0) / w.sum()
    out = np.concatenate([[1.0], (1.0 - disagree) * split, [disagree]])
    out[1:] = np.maximum(out[1:], FLOOR)
    out[1:] /= out[1:].sum()
    return out


def fit_prior_and_dependence(
    patterns: np.ndarray,
    counts: np.ndarray,
    parameters: list[LevelParameters],
    n_pairs: int,
    rounds: int = 4,
) -> tuple[float, np.ndarray]:
    """The random-pair prior and the dependence matrix, solved together.

    ``D[a, b] = log2(u_ab / (u_a u_b))`` measures how much more often two fields
    agree exactly together than apart among non-matches (a surname and an
    address in data full of households). ``u_ab`` counts the candidate pairs
    agreeing on both, each weighted by its probability of being a non-match;
    that probability itself depends on ``D``, so the two are iterated. In data
    without such structure the joint agreements are matches and ``D`` stays 0.
    """
    k = len(parameters)
    eq = [c for c, p in enumerate(parameters) if p.comparison.exact_is_equality]
    exact = patterns == 1
    dep = np.zeros((k, k))
    prior = 1e-6
    for _ in range(rounds):
        weights = pattern_weights(patterns, parameters, dep)
        prior = random_pair_prior(weights, counts, n_pairs)
        non_match = counts * (1.0 - probability(weights + logit2(prior)))
        new = np.zeros((k, k))
        for x, a in enumerate(eq):
            for b in eq[x + 1 :]:
                u_ab = float(non_match[exact[:, a] & exact[:, b]].sum()) / n_pairs
                u_a, u_b = parameters[a].u[1], parameters[b].u[1]
                if u_ab > 0:
                    new[a, b] = new[b, a] = max(0.0, math.log2(u_ab / (u_a * u_b)))
        if np.allclose(new, dep, atol=0.05):
            break
        dep = new
    return prior, dep


def pattern_weights(
    patterns: np.ndarray, parameters: list[LevelParameters], dep: np.ndarray
) -> np.ndarray:
    """Bayes factor (log2) of each level pattern, dependence discounted, no term frequencies."""
    total = np.zeros(len(patterns))
    for _, contribution in discounted(patterns, parameters, dep, None):
        total += contribution
    return total


def discounted(
    levels: np.ndarray, parameters: list[LevelParameters], dep: np.ndarray | None, term_frequency
):
    """Each comparison's weight per row, with its exact agreement discounted for dependence.

    Exact agreements are visited from the most specific comparison down; each is
    discounted by its strongest dependence on an exact agreement already counted
    (sharing an address makes sharing a surname or a landline likely, whoever
    the two people are), but never below zero. ``term_frequency(c, level)``
    returns the term-frequency adjustment of comparison ``c``, if any.

    Evidence read twice counts once: where the alias comparison found one record's
    name spelt as the other's handle or e-mail, the names' positive weights are
    dropped (a namesake's handle spells the same name); where the names agree, so
    are those of e-mails that agree only partly (see :func:`_names_agree`).
    Negative weights are always kept.
    """
    order = np.argsort([p.u[1] for p in parameters], kind="stable")
    read_twice = _read_twice(levels, [p.comparison for p in parameters])
    counted: list[int] = []
    for c in order:
        p = parameters[c]
        level = levels[:, c]
        contribution = p.weights[level]  # a new array: fancy indexing copies
        if term_frequency is not None:
            contribution += term_frequency(c, level)
        if c in read_twice:  # its positive evidence is another comparison's
            np.minimum(contribution, 0.0, out=contribution, where=read_twice[c])
        partners = [e for e in counted if dep is not None and dep[c, e] > 0]
        if partners:  # a discount only where this agrees exactly, as an earlier one does
            at = np.flatnonzero(level == 1)
            discount = np.zeros(len(at))
            for earlier in partners:
                discount = np.maximum(discount, dep[c, earlier] * (levels[at, earlier] == 1))
            contribution[at] -= np.minimum(discount, np.maximum(contribution[at], 0.0))
        counted.append(int(c))
        yield int(c), contribution


def _read_twice(levels: np.ndarray, comparisons: list[Comparison]) -> dict[int, np.ndarray]:
    """Per comparison, the rows where what it measures another comparison holds already:
    the names where the alias agrees, partial e-mail agreements where the names agree, and
    user names of letters only where either does."""
    out: dict[int, np.ndarray] = {}
    spelt = _name_spelt_as_identifier(levels, comparisons)
    named = _names_agree(levels, comparisons)
    for c, comp in enumerate(comparisons):
        if comp.role in _NAME_ROLES and spelt is not None:
            mask = spelt
        elif comp.role == USER_NAMES and (named is not None or spelt is not None):
            # A user name of letters only is spelt: news only where neither the names nor a
            # name spelt as the other's identifier say so already.
            mask = levels[:, c] == comp.levels.index("letters")
            mask &= np.logical_or.reduce([x for x in (named, spelt) if x is not None])
        elif comp.role in _NAME_SPELLING_ROLES and named is not None:
            level = levels[:, c]
            mask = named & (level > 1) & (level < comp.n_levels - 1)
            for news in _NEWS_BEYOND_NAMES.intersection(comp.levels):
                mask &= level != comp.levels.index(news)
        else:
            continue
        if mask.any():
            out[c] = mask
    return out


#: The comparisons an alias is read from (see :func:`_name_spelt_as_identifier`).
_NAME_ROLES = ("first_name", "last_name")


def _name_spelt_as_identifier(
    levels: np.ndarray, comparisons: list[Comparison]
) -> np.ndarray | None:
    """Rows whose alias comparison agrees (exactly or closely), or None without one.

    There the alias already holds the names' evidence: a namesake's handle spells
    the same name, so the names agreeing as well is no further news.
    """
    for c, comp in enumerate(comparisons):
        if comp.role == "alias":
            level = levels[:, c]
            return (level > 0) & (level < comp.n_levels - 1)
    return None


#: Identifiers whose partial agreement the names explain (see :func:`_names_agree`). Not
#: handles: the same user name on two platforms is chosen, not spelt (90 % of such pairs
#: whose names agree are one person, against 6–38 % for similar e-mails). A user name of
#: letters only that a handle and an e-mail share (``deancampbell``) is spelt as a namesake
#: spells it: see :func:`_read_twice`.
_NAME_SPELLING_ROLES = ("email",)
#: Partial agreements of those that namesakes do not show: one address keyed with two
#: characters the other way round.
_NEWS_BEYOND_NAMES = frozenset({"transposed"})


def _names_agree(levels: np.ndarray, comparisons: list[Comparison]) -> np.ndarray | None:
    """Rows where some name comparison agrees (any level above null and below ``else``) and
    none disagrees.

    There a partial agreement of e-mails (the same local part at another domain,
    similar addresses) is what namesakes show anyway, ``zeynepbulut212`` against
    ``zeynep.bulut74``: only the exact address is news beyond the names.
    """
    cols = [c for c, comp in enumerate(comparisons) if comp.role in _NAME_ROLES]
    if not cols:
        return None
    some, none_else = np.zeros(len(levels), bool), np.ones(len(levels), bool)
    for c in cols:
        level, last = levels[:, c], comparisons[c].n_levels - 1
        some |= (level > 0) & (level < last)
        none_else &= level != last
    return some & none_else


def random_pair_prior(weights: np.ndarray, counts: np.ndarray, n_pairs: int) -> float:
    """Probability that two random records match, by EM for the prior alone over all pairs.

    ``weights`` are the Bayes factors (log2) of the candidate patterns. Pairs
    outside the candidates disagree on every blocking key and count as
    non-matches, so the prior is the expected number of matches among the
    candidates over the number of all pairs, solved as a fixed point.
    """
    prior = max(float(counts.sum()) / n_pairs * 0.5, 1e-12)
    for _ in range(500):
        expected = float((counts * probability(weights + logit2(prior))).sum())
        new = min(max(expected / n_pairs, 1e-12), 0.5)
        if abs(new - prior) <= 1e-9 * prior:
            break
        prior = new
    return prior


#: Each byte of a 64-bit word holding a level (0..15) in its low four bits.
_LOW_NIBBLES = np.uint64(0x0F0F0F0F0F0F0F0F)


def row_keys(levels: np.ndarray) -> np.ndarray | None:
    """One int64 per row of the level matrix, equal for equal rows (:func:`key_rows` reads it
    back); ``None`` past 16 comparisons or levels over 15.

    The rows' bytes are read as one or two 64-bit words (no pass per column); each
    byte uses only its low four bits, so the second word fits in the first's high ones.
    """
    n, k = levels.shape
    if k > 16 or (n and (int(levels.max()) > 15 or int(levels.min()) < 0)):
        return None
    width = 8 if k <= 8 else 16
    if k == width and levels.flags.c_contiguous:
        raw = levels.view(np.uint8)
    else:
        raw = np.zeros((n, width), dtype=np.uint8)
        raw[:, :k] = levels
    words = raw.view(np.uint64)
    keys = words[:, 0].copy()
    if width == 16:
        keys |= words[:, 1] << np.uint64(4)
    return keys.view(np.int64)


def key_rows(keys: np.ndarray, k: int) -> np.ndarray:
    """The level rows (int8, ``k`` columns) of :func:`row_keys`' keys."""
    keys = np.ascontiguousarray(keys).view(np.uint64)
    words = np.stack([keys & _LOW_NIBBLES, (keys >> np.uint64(4)) & _LOW_NIBBLES], axis=1)
    return words.view(np.uint8)[:, :k].astype(np.int8)


def patterns_of(
    levels: np.ndarray, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of the level matrix (sorted by the last column, then the one before...)
    and how often each occurs.

    Rows are counted by hashing their :func:`row_keys`, far faster than ``np.unique(axis=0)``.
    """
    keys = row_keys(levels)
    if keys is None:
        patterns, inverse = np.unique(levels, axis=0, return_inverse=True)
        return patterns, np.bincount(inverse.ravel(), weights=weights, minlength=len(patterns))
    codes, distinct = pd.factorize(keys)
    counts = np.bincount(codes, weights=weights, minlength=len(distinct)).astype(float)
    patterns = key_rows(distinct, levels.shape[1]).astype(levels.dtype)
    order = np.lexsort(patterns.T)
    return patterns[order], counts[order]


def merge_patterns(
    parts: list[tuple[np.ndarray, np.ndarray]], k: int
) -> tuple[np.ndarray, np.ndarray]:
    """The patterns and counts of several :func:`patterns_of` results, as one."""
    parts = [(p, c) for p, c in parts if len(p)]
    if not parts:
        return np.zeros((0, k), dtype=np.int8), np.zeros(0)
    if len(parts) == 1:
        return parts[0]
    patterns = np.concatenate([p for p, _ in parts])
    counts = np.concatenate([c for _, c in parts])
    distinct, inverse = np.unique(patterns, axis=0, return_inverse=True)
    return distinct, np.bincount(inverse.ravel(), weights=counts, minlength=len(distinct))


def posterior(
    patterns: np.ndarray, m: list[np.ndarray], u: list[np.ndarray], prior: float
) -> np.ndarray:
    log_ratio = np.full(len(patterns), math.log(prior / (1 - prior)))
    for c in range(patterns.shape[1]):
        log_ratio += np.log(m[c][patterns[:, c]]) - np.log(u[c][patterns[:, c]])
    return 1.0 / (1.0 + np.exp(-np.clip(log_ratio, -700, 700)))


def level_share(
    levels: np.ndarray,
    weight: np.ndarray | None,
    n_levels: int,
    floor: float = FLOOR,
    pseudo: np.ndarray | None = None,
) -> np.ndarray:
    """Weighted share of each non-null level (index 0, null, is set to 1); ``weight`` None:
    each row counts 1.

    ``pseudo`` adds prior counts per level (a Dirichlet prior) before normalising.
    """
    counts = np.bincount(levels, weights=weight, minlength=n_levels).astype(float)
    if pseudo is not None:
        counts += pseudo
    counts[0] = 0.0
    total = counts.sum()
    share = counts / total if total > 0 else np.full(n_levels, 1.0 / (n_levels - 1))
    share = np.maximum(share, floor)
    share[0] = 0.0
    share /= share.sum()
    share[0] = 1.0
    return share
