"""The Fellegi–Sunter model: a match weight for each pair from its comparison levels.

For every comparison level ``l`` of every field, ``m[l]`` is the probability of
that level among true matches and ``u[l]`` among non-matches; the pair's match
weight is ``log2(prior odds) + Σ log2(m/u)``. The model learns from the data
without labels:

* ``u`` from uniformly sampled record pairs (almost all non-matches), with the
  ``exact`` level taken straight from the value frequencies: ``Σ c(c-1) / N(N-1)``;
* ``m`` and the prior by expectation–maximisation over the candidate pairs,
  seeded from the pairs that already look certain under a neutral start; then
  ``u`` freed of the matches among the random pairs (:func:`without_matches`) and
  EM once more;
* term-frequency adjustment at scoring time: agreeing on a common value
  ("Yılmaz", a shared landline) is worth less than agreeing on a rare one; the
  exact level's ``u`` is replaced by the value's own frequency in the data.

A supervised alternative, :meth:`FellegiSunter.fit_supervised`, estimates ``m``
from labelled pairs. Models save to and load from JSON; no pickle.

>>> model = FellegiSunter()          # doctest: +SKIP
>>> model.fit(records, i, j)         # doctest: +SKIP
>>> model.predict_proba(records, i, j)  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from tekil.compare import Comparison, compare, initials
from tekil.errors import InputError, TekilError
from tekil.estimation import (
    FLOOR,
    NEUTRAL_PRIOR,
    PSEUDO_PAIRS,
    LevelParameters,
    discounted,
    fit_prior_and_dependence,
    level_share,
    logit2,
    neutral_m,
    no_stronger_than_exact,
    no_weaker_than_else,
    patterns_of,
    posterior,
    probability,
    robust_mean,
)
from tekil.frequencies import (
    chance_agreement,
    full_name_codes,
    full_name_frequencies,
    pair_weights,
    random_pairs,
    total_pairs,
    value_frequencies,
)
from tekil.parallel import map_threads
from tekil.records import Records
from tekil.settings import HOUSEHOLD_ROLES
from tekil.user_names import USER_NAMES

MODEL_FORMAT = 1
#: Pairs weighed at a time: each comparison's weights and term frequencies are some 40 bytes a
#: pair while they are added up (two threads score at once).
WEIGHT_CHUNK = 1_000_000


@dataclass(frozen=True)
class TrainingSession:
    """Candidate pairs found by one blocking rule (``pairs``: indices) and the fields it used."""

    name: str
    pairs: np.ndarray
    fields: frozenset[str]


@dataclass(frozen=True)
class SessionPatterns:
    """One session as EM sees it: its pairs' distinct level patterns and their counts.

    ``pairs`` is how many pairs the rule found; the patterns may count a sample
    of them (the shares EM learns do not depend on the sample's size).
    """

    name: str
    pairs: int
    fields: frozenset[str]
    patterns: np.ndarray
    counts: np.ndarray


def without_matches(
    sampled: list[np.ndarray], m: list[np.ndarray], prior: float
) -> list[np.ndarray]:
    """``u`` of the levels past ``exact`` with the matches among random pairs taken out.

    A random pair is a match with probability ``prior``, and then at level ``l`` with
    probability ``m[l]``: the sampled share is ``u + prior · m``. In data of a few thousand
    records that is most of it for a level matches reach and non-matches rarely do (two
    records in one postcode: 6.8e-5 sampled, 5.5e-6 among non-matches in Faker's people),
    which had weighed such agreement 3–4 bits too little. The exact level keeps the value
    frequencies' estimate: term frequencies counted among people replace it when scoring.

    >>> sampled, m = np.array([1.0, 0.001, 0.002, 0.997]), np.array([0.0, 0.7, 0.2, 0.1])
    >>> without_matches([sampled], [m], prior=0.005)[0].round(4).tolist()  # level 2 halved
    [1.0, 0.001, 0.001, 0.998]
    """
    out = []
    for uu, mm in zip(sampled, m, strict=True):
        freed = uu.copy()
        freed[2:] = np.maximum((uu[2:] - prior * mm[2:]) / (1.0 - prior), FLOOR)
        freed[1:] /= freed[1:].sum()
        out.append(freed)
    return out


class NotFittedError(TekilError, RuntimeError):
    """The model was used before :meth:`FellegiSunter.fit`."""


def _kind(rule: str, comparisons: list[Comparison], read: list[int]) -> Hashable:
    """A session's kind, for :func:`~tekil.estimation.robust_mean`: the roles its rule reads,
    where a household may share them all (a home phone's, a mobile's and both together are
    one trait, as are two address lines); else the rule itself (a birth date is a person's)."""
    roles = frozenset(comparisons[c].role for c in read) - _READ_AGAIN
    return roles if roles <= HOUSEHOLD_ROLES else rule


#: Comparisons of fields that others compare too (a name spelt as an e-mail, a birth year in
#: one): a rule reading those fields says nothing more of the trait its pairs share.
_READ_AGAIN = frozenset({"alias", "written_year", USER_NAMES})


class FellegiSunter:
    """Unsupervised (EM) or supervised Fellegi–Sunter model over comparison levels.

    Parameters
    ----------
    comparisons:
        The comparisons to use; ``None`` means one per field (``compare.default_comparisons``).
    max_iter, tol:
        EM stops after ``max_iter`` rounds or when no probability moves more than ``tol``.
    random_pairs:
        How many random pairs estimate ``u``.
    tf_adjust:
        Term-frequency adjustment of the ``exact`` level at scoring time.
    seed:
        Seed of the random pair sample (fixes the model for the same data).

    Learned attributes end in ``_``: ``parameters_`` (list of :class:`LevelParameters`),
    ``prior_`` (the share of matches among candidate pairs), ``n_iter_``.
    """

    def __init__(
        self,
        comparisons: list[Comparison] | None = None,
        *,
        max_iter: int = 60,
        tol: float = 1e-5,
        random_pairs: int = 1_000_000,
        tf_adjust: bool = True,
        seed: int = 0,
    ):
        self.comparisons = comparisons
        self.max_iter = max_iter
        self.tol = tol
        self.random_pairs = random_pairs
        self.tf_adjust = tf_adjust
        self.seed = seed

    # ---- fitting ---------------------------------------------------------------------------------
    def fit(
        self,
        records: Records,
        i: np.ndarray,
        j: np.ndarray,
        levels: np.ndarray | None = None,
        *,
        sessions: list[TrainingSession] | None = None,
    ) -> FellegiSunter:
        """Learn ``u`` from random pairs, ``m`` by EM, and the prior over all record pairs.

        ``sessions`` split the candidates by the blocking rule that found them. Pairs
        found by a rule always agree on that rule's fields, so each session runs EM
        with those fields ignored, and every field's ``m`` is the average over the
        sessions that could see it, weighted by their expected matches. Without
        sessions, one session holds all pairs.
        """
        comparisons = self._comparisons(records)
        if levels is None:
            levels = compare(records, i, j, comparisons)
        if len(levels) == 0:
            raise InputError(
                "no candidate pairs to learn from: the data has no likely duplicates "
                "under the blocking rules"
            )
        if sessions is None:
            sessions = [TrainingSession("all pairs", np.arange(len(levels)), frozenset())]
        summaries = []
        weights = pair_weights(records, i, j)
        for session in sessions:
            ignored = self._ignored(comparisons, session.fields)
            if len(session.pairs) == 0 or len(ignored) == len(comparisons):
                continue
            part = levels[session.pairs]
            part[:, ignored] = 0  # null level: no evidence either way
            summaries.append(
                SessionPatterns(
                    session.name,
                    len(session.pairs),
                    session.fields,
                    *patterns_of(part, None if weights is None else weights[session.pairs]),
                )
            )
        return self.fit_patterns(records, summaries, patterns_of(levels, weights), comparisons)

    @staticmethod
    def _ignored(comparisons: list[Comparison], fields: frozenset[str]) -> list[int]:
        """The comparisons a session cannot learn from: those reading its rule's fields."""
        return [c for c, comp in enumerate(comparisons) if set(comp.fields) & fields]

    def fit_patterns(
        self,
        records: Records,
        sessions: list[SessionPatterns],
        union: tuple[np.ndarray, np.ndarray],
        comparisons: list[Comparison] | None = None,
    ) -> FellegiSunter:
        """:meth:`fit` from level patterns: each session's (its ignored comparisons set to 0,
        possibly from a sample of its pairs) and those of all distinct candidate pairs."""
        comparisons = comparisons if comparisons is not None else self._comparisons(records)
        if union[1].sum() == 0:
            raise InputError(
                "no candidate pairs to learn from: the data has no likely duplicates "
                "under the blocking rules"
            )
        sampled = self._estimate_u(records, comparisons)
        n_pairs = total_pairs(records)
        m = self._fit_given_u(comparisons, sessions, union, sampled, n_pairs)
        # The random pairs held matches too: once EM has found them, again without them.
        self._fit_given_u(
            comparisons, sessions, union, without_matches(sampled, m, self.prior_), n_pairs
        )
        self.n_iter_ = max((x["iterations"] for x in self.sessions_), default=0)
        return self

    def _fit_given_u(
        self,
        comparisons: list[Comparison],
        sessions: list[SessionPatterns],
        union: tuple[np.ndarray, np.ndarray],
        u: list[np.ndarray],
        n_pairs: int,
    ) -> list[np.ndarray]:
        """``m``, the prior and the dependence matrix for a given ``u``; returns ``m``."""
        m = self._fit_m(comparisons, sessions, u)
        self.parameters_ = [
            LevelParameters(c, mm, uu) for c, mm, uu in zip(comparisons, m, u, strict=True)
        ]
        self.prior_, self.dependence_ = fit_prior_and_dependence(*union, self.parameters_, n_pairs)
        return m

    def _fit_m(
        self, comparisons: list[Comparison], sessions: list[SessionPatterns], u: list[np.ndarray]
    ) -> list[np.ndarray]:
        """``m`` of each comparison: EM per session, combined over the sessions that see it."""
        estimates: list[list[np.ndarray]] = [[] for _ in comparisons]
        weights: list[list[float]] = [[] for _ in comparisons]
        kinds: list[list[Hashable]] = [[] for _ in comparisons]
        self.sessions_ = []
        for session in sessions:
            ignored = self._ignored(comparisons, session.fields)
            if session.pairs == 0 or len(ignored) == len(comparisons):
                continue
            m, share, n_iter = self._em(comparisons, session.patterns, session.counts, u)
            self.sessions_.append(
                {
                    "rule": session.name,
                    "pairs": session.pairs,
                    "match_share": share,
                    "iterations": n_iter,
                }
            )
            # A session speaks for a comparison as far as its matches have both values.
            matches = session.counts * posterior(session.patterns, m, u, share)
            for c in range(len(comparisons)):
                if c not in ignored:
                    estimates[c].append(m[c])
                    weights[c].append(float(matches[session.patterns[:, c] > 0].sum()))
                    kinds[c].append(_kind(session.name, comparisons, ignored))
        return [
            no_stronger_than_exact(
                no_weaker_than_else(
                    robust_mean(estimates[c], weights[c], kinds[c]),
                    u[c],
                    comp.differing,
                    sum(weights[c]),
                    comp.partial,
                ),
                u[c],
                comp.less_specific,
                getattr(self, "prior_", 0.0),
            )
            if estimates[c]
            else neutral_m(comp, u[c])
            for c, comp in enumerate(comparisons)
        ]

    def _em(
        self,
        comparisons: list[Comparison],
        patterns: np.ndarray,
        counts: np.ndarray,
        u: list[np.ndarray],
    ) -> tuple[list[np.ndarray], float, int]:
        """EM for ``m`` and the share of matches within one session; ``u`` stays fixed."""
        m, share = self._seed_m(comparisons, patterns, counts, u)
        # MAP rather than maximum likelihood: a weak Dirichlet prior (worth PSEUDO_PAIRS pairs)
        # towards the neutral start keeps EM sane on tiny inputs and vanishes on real volumes.
        pseudo = [PSEUDO_PAIRS * neutral_m(c, uu) for c, uu in zip(comparisons, u, strict=True)]
        n_iter = 0
        for n_iter in range(1, self.max_iter + 1):  # noqa: B007 - reported after the loop
            weight = counts * posterior(patterns, m, u, share)
            new_share = (weight.sum() + PSEUDO_PAIRS * NEUTRAL_PRIOR) / (
                counts.sum() + PSEUDO_PAIRS
            )
            new_share = float(np.clip(new_share, 1e-9, 1 - 1e-9))
            new_m = [
                level_share(patterns[:, c], weight, comp.n_levels, pseudo=pseudo[c])
                for c, comp in enumerate(comparisons)
            ]
            delta = max(
                [abs(new_share - share)]
                + [float(np.abs(a - b).max()) for a, b in zip(new_m, m, strict=True)]
            )
            m, share = new_m, new_share
            if delta < self.tol:
                break
        return m, share, n_iter

    def fit_supervised(
        self, records: Records, i: np.ndarray, j: np.ndarray, is_match: np.ndarray
    ) -> FellegiSunter:
        """Estimate ``m``, ``u`` and the prior from labelled pairs (``is_match`` boolean)."""
        is_match = np.asarray(is_match, dtype=bool)
        if len(is_match) != len(i) or len(i) != len(j):
            raise InputError("i, j and is_match must have the same length")
        if not is_match.any() or is_match.all():
            raise InputError("labelled pairs must hold both matches and non-matches")
        comparisons = self._comparisons(records)
        levels = compare(records, i, j, comparisons)
        self.parameters_ = [
            LevelParameters(
                comp,
                level_share(levels[is_match, c], np.ones(is_match.sum()), comp.n_levels),
                level_share(levels[~is_match, c], np.ones((~is_match).sum()), comp.n_levels),
            )
            for c, comp in enumerate(comparisons)
        ]
        self.prior_ = float(is_match.mean())
        self.n_iter_ = 0
        return self

    def _comparisons(self, records: Records) -> list[Comparison]:
        from tekil.compare import default_comparisons

        comps = self.comparisons if self.comparisons is not None else default_comparisons(records)
        missing = sorted({f for c in comps for f in c.fields if f not in records.fields})
        if missing:
            raise InputError(f"the model compares fields the data does not have: {missing}")
        return comps

    def _estimate_u(self, records: Records, comparisons: list[Comparison]) -> list[np.ndarray]:
        i, j = random_pairs(records, self.random_pairs, self.seed)
        levels = compare(records, i, j, comparisons)
        weights = pair_weights(records, i, j)
        u = []
        for c, comp in enumerate(comparisons):
            share = level_share(levels[:, c], weights, comp.n_levels, floor=0.0)  # None: 1 each
            if comp.exact_is_equality:  # exact from the value frequencies, rest from the sample
                exact = chance_agreement(records, comp.primary)
                rest = share[2:]
                rest = rest / rest.sum() * (1.0 - exact) if rest.sum() > 0 else rest
                uu = np.concatenate([[1.0, exact], rest])
            else:
                uu = share.copy()
            uu = np.maximum(uu, max(FLOOR, 1.0 / max(len(i), 1)))
            uu[0] = 1.0
            uu[1:] /= uu[1:].sum()
            u.append(uu)
        return u

    def _seed_m(self, comparisons, patterns, counts, u):
        """Start EM from the pairs that look certain under a neutral model."""
        neutral = [neutral_m(c, uu) for c, uu in zip(comparisons, u, strict=True)]
        post = posterior(patterns, neutral, u, NEUTRAL_PRIOR)
        sure = post > 0.99
        if counts[sure].sum() < 10:  # too few to learn from: keep the neutral start
            return neutral, NEUTRAL_PRIOR
        weight = counts * sure
        m = [
            level_share(patterns[:, c], weight, comp.n_levels) for c, comp in enumerate(comparisons)
        ]
        prior = float(np.clip(weight.sum() / counts.sum(), 1e-6, 0.5))
        return m, prior

    # ---- scoring ----------------------------------------------------------------------------------
    def match_weight(
        self, records: Records, i: np.ndarray, j: np.ndarray, levels: np.ndarray | None = None
    ) -> np.ndarray:
        """log2 Bayes factor plus prior log-odds of each pair.

        Includes the term-frequency adjustment and the dependence correction.
        """
        self._check_fitted()
        if levels is None:
            levels = compare(records, i, j, [p.comparison for p in self.parameters_])
        weight = np.full(len(i), logit2(self.prior_))
        for start in range(0, len(i), WEIGHT_CHUNK):  # bounded memory: a chunk's temporaries
            part = slice(start, start + WEIGHT_CHUNK)
            # Column by column below: a column-major copy reads each once (a fifth faster).
            columns = np.asfortranarray(levels[part])
            for _, contribution in self._contributions(records, i[part], j[part], columns):
                weight[part] += contribution
        return weight

    def partial_weights(
        self, records: Records, i: np.ndarray, j: np.ndarray, levels: np.ndarray
    ) -> np.ndarray:
        """Each comparison's share of the match weight, shape (pairs, comparisons), prior excluded.

        The row sums plus the prior's log-odds are :meth:`match_weight`; the
        whole-name correction counts with the first name.
        """
        self._check_fitted()
        out = np.zeros((len(i), len(self.parameters_)), dtype=np.float32, order="F")
        first = next(
            (c for c, p in enumerate(self.parameters_) if p.comparison.field == "first_name"), 0
        )
        columns = np.asfortranarray(levels)  # read and written column by column
        for c, contribution in self._contributions(records, i, j, columns):
            out[:, first if c == -1 else c] += contribution
        return out

    def _contributions(self, records: Records, i: np.ndarray, j: np.ndarray, levels: np.ndarray):
        """Each comparison's weight per pair: level weight + term frequency - dependence.

        Ends with key ``-1``: the correction for the whole name, see
        :meth:`_full_name_adjustment`.
        """

        def term_frequency(c: int, level: np.ndarray) -> np.ndarray:
            return self._tf_adjustment(records, self.parameters_[c], i, j, level)

        yield from discounted(
            levels,
            self.parameters_,
            getattr(self, "dependence_", None),
            term_frequency if self.tf_adjust else None,
        )
        if self.tf_adjust:
            yield -1, self._full_name_adjustment(records, i, j, levels)

    def frequencies_ahead(self, records: Records) -> None:
        """Make the value frequencies that scoring ``records`` reads, each field's on a thread
        of its own (:func:`~tekil.parallel.map_threads`): otherwise the scoring's threads,
        which need them in one order, wait for each other to make each in turn (a million
        persons' frequencies among people: 1.7 s of CPU, 0.9 s on two threads)."""
        if not self.tf_adjust:
            return
        fields = {
            p.comparison.primary for p in self.parameters_ if p.comparison.weighs_value_frequencies
        }
        makers = [partial(value_frequencies, records, f) for f in sorted(fields)]
        if "first_name" in records.fields and "last_name" in records.fields:
            makers.append(partial(full_name_frequencies, records))
        map_threads(lambda make: make(), makers)

    def _full_name_adjustment(
        self, records: Records, i: np.ndarray, j: np.ndarray, levels: np.ndarray
    ) -> np.ndarray:
        """log2(p_first · p_last / p_full) for pairs agreeing exactly on both names.

        The two names' term frequencies assume that first and last names combine
        at random; "Zeliha Yılmaz" may be one person although "Zeliha" and
        "Yılmaz" are both common. This puts the frequency of the combination in
        place of the product of the parts' frequencies. It needs frequencies among
        different people (``records.person_labels``): counted over records, a
        person's own duplicates would make every combination look common.
        """
        out = np.zeros(len(i))
        full = full_name_codes(records) if records.person_labels is not None else None
        names = [
            c
            for c, p in enumerate(self.parameters_)
            if p.comparison.field in ("first_name", "last_name")
        ]
        if full is None or len(names) != 2:
            return out
        at = np.flatnonzero((levels[:, names[0]] == 1) & (levels[:, names[1]] == 1))
        fi = full[i[at]]
        same = (fi == full[j[at]]) & (fi >= 0)
        for field in ("first_name", "last_name"):  # "Valentina A." is many people's name
            fld = records.fields[field]
            same &= ~initials(fld)[0][fld.codes[i[at]]]
        at, fi = at[same], fi[same]
        if not len(at):
            return out
        p_full = full_name_frequencies(records)[fi]
        parts = 1.0
        for field in ("first_name", "last_name"):
            parts = parts * value_frequencies(records, field)[records.fields[field].codes[i[at]]]
        out[at] = np.log2(np.maximum(parts, FLOOR**2) / np.maximum(p_full, FLOOR**2))
        return out

    def predict_proba(
        self, records: Records, i: np.ndarray, j: np.ndarray, levels: np.ndarray | None = None
    ) -> np.ndarray:
        """Match probability of each pair."""
        return probability(self.match_weight(records, i, j, levels))

    def _tf_adjustment(
        self, records: Records, p: LevelParameters, i: np.ndarray, j: np.ndarray, level: np.ndarray
    ) -> np.ndarray:
        """Term-frequency adjustment: agreeing on a common value is worth less than on a rare one.

        * exact level: ``log2(u_exact / frequency of the shared value)``; for a
          comparison whose level 1 is not plain equality (a name against a
          handle), the shared value is the one of the side holding the primary field;
        * a swapped first and last name: ``log2(u_swapped / (p_first(y) p_last(x)))``
          for the names x, y of one side, the chance that a random record holds
          them the other way round;
        * the fuzzy levels of names: the more common of the two values lowers the
          weight as on the exact level (never raises it), so that "Mehmed" against
          "Mehmet" is not worth more than "Mehmet" against "Mehmet".
        """
        comp = p.comparison
        adj = np.zeros(len(level))
        if not comp.weighs_value_frequencies:
            return adj
        codes = records.fields[comp.primary].codes
        # The values are read only where they count (a few pairs agree exactly).
        at = np.flatnonzero(level == 1)
        ci, cj = codes[i[at]], codes[j[at]]
        ok = (ci == cj) & (ci >= 0) if comp.exact_is_equality else (ci >= 0) | (cj >= 0)
        if ok.any():
            freq = value_frequencies(records, comp.primary)[np.maximum(ci, cj)[ok]]
            if not comp.exact_is_equality:
                # A non-match's handle spells this name only if its owner bears it, and then
                # as often as a match's does (m): the chance is the name's frequency times m.
                freq = freq * p.m[1]
            adj[at[ok]] = np.log2(p.u[1] / np.maximum(freq, FLOOR))
        if comp.role in ("first_name", "last_name"):
            freq = value_frequencies(records, comp.primary)
            fuzzy = level > 1
            if "swapped" in comp.levels:
                swapped = level == comp.levels.index("swapped")
                fuzzy &= ~swapped
                adj[swapped] = self._swap_adjustment(
                    records, p, i[swapped], j[swapped], swapped.sum()
                )
            at = np.flatnonzero(fuzzy)
            ci, cj = codes[i[at]], codes[j[at]]
            present = (ci >= 0) & (cj >= 0)
            at, ci, cj = at[present], ci[present], cj[present]
            common = np.maximum(freq[ci], freq[cj])
            adj[at] = np.minimum(0.0, np.log2(p.u[1] / np.maximum(common, FLOOR)))
        return adj

    def _swap_adjustment(
        self, records: Records, p: LevelParameters, i: np.ndarray, j: np.ndarray, n: int
    ) -> np.ndarray:
        """Replace ``u`` of the swapped level by the chance that a non-match reads so.

        Record ``i`` is "x y"; a non-match reads "y x" if its owner is called "y x", or
        is another "x y" written surname first, which happens as often as among matches
        (``m`` of the level): ``p_first(y) p_last(x) + m_swapped p_first(x) p_last(y)``.
        The more common of the two records' names counts, as on the fuzzy levels: a swap met
        through an initial or a slip ("D'Angelo A." against Angela D'Angelo, "Rtia") is no
        rarer than the names it stands for, and the weight is the same either way round.
        """
        first, last = records.fields.get("first_name"), records.fields.get("last_name")
        if first is None or last is None or n == 0:
            return np.zeros(n)
        p_first = value_frequencies(records, "first_name")
        p_last = value_frequencies(records, "last_name")
        at = p.comparison.levels.index("swapped")
        chance = np.zeros(n)
        for k in (i, j):
            x, y = first.codes[k], last.codes[k]
            chance = np.maximum(chance, p_first[y] * p_last[x] + p.m[at] * p_first[x] * p_last[y])
        return np.log2(p.u[at] / np.maximum(chance, FLOOR**2))

    def explain(
        self, records: Records, a: int, b: int, levels: np.ndarray | None = None
    ) -> list[dict[str, Any]]:
        """Each comparison's level and weight for the pair of record positions ``(a, b)``;
        ``levels`` (one row) as compared, unless given."""
        self._check_fitted()
        i, j = np.array([a]), np.array([b])
        if levels is None:
            levels = compare(records, i, j, [p.comparison for p in self.parameters_])
        rows = [
            {
                "comparison": "prior",
                "level": "",
                "value_a": None,
                "value_b": None,
                "m": None,
                "u": None,
                "weight": logit2(self.prior_),
            }
        ]
        contributions = dict(self._contributions(records, i, j, levels))
        name_adjustment = float(contributions.pop(-1, np.zeros(1))[0])
        for c, p in enumerate(self.parameters_):
            lvl = int(levels[0, c])
            fld = records.fields[p.comparison.primary]
            rows.append(
                {
                    "comparison": p.comparison.field,
                    "level": p.comparison.levels[lvl],
                    "value_a": _shown(fld, a),
                    "value_b": _shown(fld, b),
                    "m": float(p.m[lvl]) if lvl else None,
                    "u": float(p.u[lvl]) if lvl else None,
                    "weight": float(contributions[c][0]),
                }
            )
        if name_adjustment:
            rows.append(
                {
                    "comparison": "full_name_frequency",
                    "level": "combination",
                    "value_a": None,
                    "value_b": None,
                    "m": None,
                    "u": None,
                    "weight": name_adjustment,
                }
            )
        return rows

    def _check_fitted(self) -> None:
        if not hasattr(self, "parameters_"):
            raise NotFittedError("the model is not fitted yet: call fit() or load() first")

    # ---- persistence ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        self._check_fitted()
        return {
            "format": MODEL_FORMAT,
            "kind": "fellegi_sunter",
            "prior": self.prior_,
            "tf_adjust": self.tf_adjust,
            "dependence": getattr(self, "dependence_", np.zeros((0, 0))).tolist(),
            "n_iter": self.n_iter_,
            "comparisons": [
                {
                    "field": p.comparison.field,
                    "role": p.comparison.role,
                    "levels": list(p.comparison.levels),
                    "members": list(p.comparison.members),
                    "exact_is_equality": p.comparison.exact_is_equality,
                    "m": p.m.tolist(),
                    "u": p.u.tolist(),
                }
                for p in self.parameters_
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FellegiSunter:
        if data.get("kind") != "fellegi_sunter" or data.get("format") != MODEL_FORMAT:
            raise InputError(f"not a tekil model of format {MODEL_FORMAT}")
        model = cls(tf_adjust=bool(data.get("tf_adjust", True)))
        model.parameters_ = [
            LevelParameters(
                Comparison(
                    c["field"],
                    c["role"],
                    tuple(c["levels"]),
                    tuple(c.get("members", ())),
                    bool(c.get("exact_is_equality", True)),
                ),
                np.asarray(c["m"], dtype=float),
                np.asarray(c["u"], dtype=float),
            )
            for c in data["comparisons"]
        ]
        model.comparisons = [p.comparison for p in model.parameters_]
        model.prior_ = float(data["prior"])
        if data.get("dependence"):
            model.dependence_ = np.asarray(data["dependence"], dtype=float)
        model.n_iter_ = int(data.get("n_iter", 0))
        return model

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> FellegiSunter:
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, KeyError) as exc:
            raise InputError(f"cannot load a model from {str(path)!r}: {exc}") from None

    def summary(self) -> str:
        """A readable table of every level's m, u and weight."""
        self._check_fitted()
        lines = [f"prior (probability that two random records match): {self.prior_:.4g}"]
        for p in self.parameters_:
            lines.append(f"{p.comparison.field} ({p.comparison.role})")
            for lvl in range(1, p.comparison.n_levels):
                lines.append(
                    f"  {p.comparison.levels[lvl]:<18} m={p.m[lvl]:.4f}  "
                    f"u={p.u[lvl]:.6f}  weight={p.weights[lvl]:+.2f}"
                )
        return "\n".join(lines)


# ---- helpers --------------------------------------------------------------------------------------
def _shown(fld, i: int) -> str | None:
    from tekil.privacy import mask

    value = fld.value_of(i)
    return mask(value, fld.role) if fld.role == "card" else value
