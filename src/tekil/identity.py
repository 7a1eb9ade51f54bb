"""Identities: scored pairs, the identifier graph and the guards → one cluster per person.

:func:`resolve_identities` runs after the model. It

1. finds the shared identifier values (:func:`tekil.guards.shared_values`) and
   takes their agreement out of the evidence (a household landline says
   nothing about which member a record belongs to);
2. scores the pairs; identifier links become near-certain edges, cannot-link
   pairs certain non-edges;
3. clusters (:func:`tekil.cluster.cluster`: components, and correlation
   clustering where a component holds a conflict or is too large);
4. compares the pairs *inside* each cluster that blocking never proposed, so
   that a chain A~B~C whose ends conflict is seen as a conflict, and clusters
   again.

>>> from tekil.identity import CANNOT_LINK_BITS, LINK_BITS
>>> LINK_BITS > 0 > CANNOT_LINK_BITS
True
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from tekil import guards
from tekil._memory import RELEASE_EVERY, release_free_memory
from tekil.block import pairs_in_blocks, sorted_unique
from tekil.cluster import cluster_roots, dense, edge_components
from tekil.compare import Comparison, compare
from tekil.estimation import logit2
from tekil.model import FellegiSunter
from tekil.parallel import map_threads
from tekil.records import Records
from tekil.settings import Settings

if TYPE_CHECKING:
    from tekil.stream import LevelTable

log = logging.getLogger(__name__)

#: Match weight (log2 odds) given to an identifier link: far above any threshold.
LINK_BITS = 30.0
#: Match weight of a cannot-link pair: no amount of evidence elsewhere outweighs it.
CANNOT_LINK_BITS = -1e6
#: Rounds of comparing the unseen pairs inside clusters and clustering again.
COMPLETION_ROUNDS = 2
#: Candidate pairs read to weigh whether shared birth dates are twins': stretches of them.
TWINS_STRETCH, TWINS_STRETCHES = 250_000, 4
#: Pairs scored at a time on each thread: the scoring's temporaries (the decoded levels, each
#: comparison's weights, the guards' masks) are some 60 bytes a pair, twice over.
SCORE_CHUNK = 1_000_000


@dataclass
class IdentityGraph:
    """Clusters with the pairs they were made from and what the guards did."""

    labels: np.ndarray
    i: np.ndarray
    j: np.ndarray
    weight: np.ndarray
    report: dict[str, int] = field(default_factory=dict)
    #: Per identifier field, which distinct values are shared by several people.
    shared: dict[str, np.ndarray] = field(default_factory=dict)
    #: Whether whole birth dates decades apart parted records (:attr:`Settings.born_apart`).
    born_apart: bool = True
    #: What scored the pairs, for :meth:`tekil.api.Result.explain` to score a pair the same way.
    scorer: Scorer | None = None


def resolve_identities(
    records: Records,
    model: FellegiSunter,
    i: np.ndarray,
    j: np.ndarray,
    levels: np.ndarray,
    settings: Settings,
    threshold: float,
    table: LevelTable | None = None,
) -> IdentityGraph:
    """Cluster the candidate pairs with the identifier graph and the guards applied.

    ``levels`` are the pairs' comparison levels, or, with ``table``, their row numbers
    in that :class:`~tekil.stream.LevelTable`; either way they are read (and decoded) a
    chunk at a time, and left unchanged.
    """
    comparisons = [p.comparison for p in model.parameters_]
    report: dict[str, int] = {}
    scorer = Scorer(records, model, comparisons, settings)

    def stored(part: slice) -> np.ndarray:
        return table.decode(levels[part]) if table is not None else levels[part].copy()

    model.frequencies_ahead(records)  # (among people now: records.person_labels)
    weight = scorer.fit_shared(i, j, stored, report)
    max_size = settings.max_cluster_size
    # The completion pairs lie inside clusters, so inside components: these stay the same.
    components = edge_components(records.n, i, j, weight, threshold)
    roots = cluster_roots(
        records.n, i, j, weight, threshold, max_cluster_size=max_size, components=components
    )
    labels = dense(roots)
    report["completion_pairs"] = 0
    for _ in range(COMPLETION_ROUNDS):
        ei, ej = unseen_pairs_within(labels, i, j, records.side)
        if len(ei) == 0:
            break
        ei, ej = ei.astype(i.dtype), ej.astype(j.dtype)  # int32 positions stay int32
        report["completion_pairs"] += len(ei)

        def compared(part: slice, ei=ei, ej=ej) -> np.ndarray:
            return compare(records, ei[part], ej[part], comparisons)

        extra = scorer.score(ei, ej, compared, report, blank=float(logit2(threshold)))
        added = np.r_[np.zeros(len(i), dtype=bool), np.ones(len(ei), dtype=bool)]
        # One array at a time, so that each old one can go before the next is made.
        i = np.r_[i, ei]
        j = np.r_[j, ej]
        weight = np.r_[weight, extra]
        del ei, ej, extra
        # The added pairs lie inside clusters: only their components are clustered again.
        roots = cluster_roots(
            records.n,
            i,
            j,
            weight,
            threshold,
            max_cluster_size=max_size,
            previous=roots,
            changed=added,
            components=components,
        )
        labels = dense(roots)
    return IdentityGraph(
        labels, i, j, weight, report, scorer.shared, bool(scorer.born_apart_holds), scorer
    )


#: A level that weighs less than this (in bits either way) is no evidence.
SILENT_BITS = 1e-3


class Scorer:
    """Weights with the shared values demoted and the links and cannot-links applied.

    Levels come a chunk at a time from a function of a slice of the pairs
    (:meth:`score`) or as one array (:meth:`score_levels`). ``shared`` (per field,
    a flag per distinct value) is found by :meth:`fit_shared` or given, e.g. by a
    store that found it on its whole data.
    """

    def __init__(
        self,
        records: Records,
        model: FellegiSunter,
        comparisons: list[Comparison],
        settings: Settings,
        shared: dict[str, np.ndarray] | None = None,
    ) -> None:
        self.records, self.model, self.comparisons, self.settings = (
            records,
            model,
            comparisons,
            settings,
        )
        self.shared: dict[str, np.ndarray] = shared or {}
        #: The shared values that strangers hold (:func:`guards.strangers_values`), with the
        #: shared values they were found among, and the records that hold none but them.
        self._strangers: tuple[dict | None, dict[str, np.ndarray]] = (None, {})
        self._only_shared: dict[tuple[str, ...], np.ndarray] = {}
        #: Per identifier field, how many people hold each shared value (where found here).
        self.people: dict[str, np.ndarray] = {}
        #: Whether whole birth dates decades apart part two records (:func:`guards.born_apart`):
        #: as the settings say (a store's, as its batch found), else weighed by :meth:`fit_shared`
        #: (``None`` meanwhile: :func:`guards.born_apart_holds`).
        self.born_apart_holds: bool | None = settings.born_apart is not False
        #: Whether a birth date and a family name that records share under given names that
        #: differ outright are twins' (:func:`guards.twins_hold`), as :meth:`fit_shared` finds.
        self.twins_hold = False

    def fit_shared(self, i, j, levels_of, report) -> np.ndarray:
        """Find the shared values on the candidate pairs, then score them."""
        st = self.settings
        self.people = {}
        self.shared = guards.shared_values(
            self.records,
            self.model,
            st.cannot_link,
            st.shared_value_people,
            st.max_block_size,
            holders=self.people,
        )
        for name, mask in self.shared.items():
            report[f"shared_{name}"] = int(mask.sum())
        self.twins_hold = self._twins_hold(i, j, levels_of)
        report["twins_hold"] = int(self.twins_hold)
        if self.settings.born_apart is not None:
            return self.score(i, j, levels_of, report)
        # The birth-date guard is weighed on all the pairs before it parts any: scored without
        # it, the pairs it would part are kept aside.
        self.born_apart_holds = None
        born = np.zeros(len(i), dtype=bool)
        weight = self.score(i, j, levels_of, report, born=born)
        keys = ("on_id", "apart_on_id", "likely", "parted")
        counts = {k: report.pop(f"born_apart_{k}", 0) for k in keys}
        report.update({f"born_apart_{k}": round(counts[k]) for k in keys})  # (weighed pairs)
        self.born_apart_holds = guards.born_apart_holds(counts)
        report["born_apart_pairs"] = int(born.sum()) if self.born_apart_holds else 0
        if self.born_apart_holds:
            report["cannot_link_pairs"] = report.get("cannot_link_pairs", 0) + int(
                np.count_nonzero(born & (weight > CANNOT_LINK_BITS))
            )
            weight[born] = CANNOT_LINK_BITS
        return weight

    def _twins_hold(self, i, j, levels_of) -> bool:
        """Whether a shared birth date is twins' in this data (:func:`guards.twins_hold`),
        weighed on a few stretches of the candidate pairs, their shared values made null."""
        counts: dict[str, float] = {}
        starts = np.linspace(0, max(len(i) - TWINS_STRETCH, 0), TWINS_STRETCHES).astype(int)
        for start in np.unique(starts):
            part = slice(int(start), int(start) + TWINS_STRETCH)
            levels = levels_of(part)
            a, b = i[part], j[part]
            on_shared = guards.on_shared_value(
                self.records, a, b, levels, self.comparisons, self.shared
            )
            for c, mask in on_shared.items():
                levels[mask, c] = 0
            guards.twins(self.records, self.comparisons, levels, a, b, counts)
        return guards.twins_hold(counts)

    def score(
        self, i, j, levels_of, report, blank: float | None = None, born: np.ndarray | None = None
    ) -> np.ndarray:
        """Weights of the pairs, ``levels_of(part)`` giving a fresh copy of a slice's levels.

        Chunks are scored on threads, each into its own slice; their counts are added
        to ``report`` in order. ``blank``: the weight at least of a pair with nothing to
        compare (two records of one cluster: an e-mail and a card against a name and an
        address are no evidence either way, not a random pair's odds). ``born``: where the
        birth-date guard is being weighed, filled with the pairs it would part.
        """
        weight = np.empty(len(i))

        def scored(part: slice) -> dict[str, int]:
            counts: dict[str, int] = {}
            levels = levels_of(part)
            nothing = self._nothing_to_compare(levels) if blank is not None else None
            weight[part] = self._score_levels(
                i[part], j[part], levels, counts, born[part] if born is not None else None
            )
            if nothing is not None and nothing.any():
                weight[part][nothing] = np.maximum(weight[part][nothing], blank)
            release_free_memory(every=RELEASE_EVERY)
            return counts

        parts = [slice(start, start + SCORE_CHUNK) for start in range(0, len(i), SCORE_CHUNK)]
        for counts in map_threads(scored, parts):
            for key, count in counts.items():
                report[key] = report.get(key, 0) + count
        return weight

    @cached_property
    def _silent(self) -> list[np.ndarray]:
        """Per comparison, whether each level weighs nothing: null, or m = u (a column of one
        value, a country every record shares, agrees on every pair)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            silent = [np.abs(np.log2(p.m / p.u)) < SILENT_BITS for p in self.model.parameters_]
        for table in silent:
            table[0] = True
        return silent

    def _nothing_to_compare(self, levels: np.ndarray) -> np.ndarray:
        """Per pair, whether every comparison is at a level that weighs nothing."""
        out = np.ones(len(levels), dtype=bool)
        for c, table in enumerate(self._silent):
            out &= table[levels[:, c]]
        return out

    def score_levels(self, i, j, levels, report) -> np.ndarray:
        """Weights of the pairs ``(i, j)``; ``levels`` of shared agreements become null in place."""
        return self._score_levels(i, j, levels, report)

    def strangers(self) -> dict[str, np.ndarray]:
        """Per identifier field, which of its shared values strangers hold
        (:func:`guards.strangers_values`), found once per set of shared values."""
        if self._strangers[0] is not self.shared:
            self.settle_strangers(guards.strangers_values(self.records, self.shared))
        return self._strangers[1]

    def settle_strangers(self, flags: dict[str, np.ndarray]) -> None:
        """The shared values strangers hold, as found elsewhere (a store's batch): per field
        in :attr:`shared`, a flag per distinct value."""
        self._strangers, self._only_shared = (self.shared, flags), {}

    def _score_levels(self, i, j, levels, report, born=None) -> np.ndarray:
        """:meth:`score_levels`; while the birth-date guard is weighed (``born_apart_holds``
        None), the pairs it would part go into ``born``, its counts into ``report``, and it
        parts none."""
        forbidden = guards.cannot_link(levels, self.comparisons, self.settings.cannot_link)
        if self.settings.cannot_link:  # (no rules: the guards are off)
            forbidden |= guards.checked_ids_apart(self.records, i, j)
        on_shared = guards.on_shared_value(
            self.records, i, j, levels, self.comparisons, self.shared
        )
        for c, mask in on_shared.items():
            levels[mask, c] = 0
            report["demoted_agreements"] = report.get("demoted_agreements", 0) + int(mask.sum())
        only_shared = guards.apart_on_shared_only(
            self.records, i, j, levels, self.comparisons, self.strangers(), self._only_shared
        )
        for c, mask in only_shared.items():
            levels[mask, c] = 0
            report["demoted_differences"] = report.get("demoted_differences", 0) + int(mask.sum())
        if self.settings.cannot_link and self.twins_hold:  # (no rules: the guards are off)
            twins = guards.twins(self.records, self.comparisons, levels, i, j)
            for c, comp in enumerate(self.comparisons):
                if comp.role == "dob":
                    levels[twins, c] = 0
            report["twins"] = report.get("twins", 0) + int(twins.sum())
        weight = self.model.match_weight(self.records, i, j, levels)
        # (no rules: the guards are off; after the shared values: a household's landline
        # tells nobody apart)
        if self.settings.cannot_link and self.born_apart_holds is not False:
            if self.born_apart_holds or born is None:
                forbidden |= guards.born_apart(self.records, self.comparisons, levels, i, j)
            else:
                counts: dict[str, float] = {}
                dates = [c for c, comp in enumerate(self.comparisons) if comp.role == "dob"]

                def likely(at: np.ndarray) -> np.ndarray:
                    """Whether the pairs at ``at`` are one person by all but their birth dates."""
                    rest = levels[at]
                    rest[:, dates] = 0
                    weight_rest = self.model.match_weight(self.records, i[at], j[at], rest)
                    return (weight_rest > 0) & ~forbidden[at]

                born[:] = guards.born_apart(
                    self.records, self.comparisons, levels, i, j, counts, likely
                )
                for key, count in counts.items():
                    report[f"born_apart_{key}"] = report.get(f"born_apart_{key}", 0) + count
        if on_shared and self.people:
            self._among_holders(i, j, levels, on_shared, weight)
        links = guards.identifier_links(
            self.records, i, j, levels, self.comparisons, self.settings.identifiers, self.shared
        )
        links &= ~forbidden
        # Not a mobile where the given names differ outright and the model, the number's
        # agreement counted, still finds them two people: a family's phones are bought in a
        # husband's or a father's name, and relatives call from them.
        named_apart = np.zeros(len(levels), dtype=bool)
        given = np.zeros(len(levels), dtype=bool)  # both records have a given name
        for c, comp in enumerate(self.comparisons):
            if comp.role == "first_name":
                given |= levels[:, c] != 0
                apart = guards.disagree(levels[:, c], comp)
                named_apart |= apart & guards.comparable(self.records.fields[comp.field], i, j)
        for c, comp in enumerate(self.comparisons):
            if comp.role == "last_name":
                # A single name ("Suparman", as many Indonesians have) is no given name beside
                # a family name: where one record has none, the names differ outright when the
                # rest does ("Lestari Anggraini"), a daughter on her father's mobile.
                apart = guards.disagree(levels[:, c], comp) & ~given
                named_apart |= apart & guards.comparable(self.records.fields[comp.field], i, j)
        named_apart &= weight <= 0
        if named_apart.any():
            modes = {r: m for r, m in self.settings.identifiers.items() if r != "phone"}
            others = guards.identifier_links(
                self.records, i, j, levels, self.comparisons, modes, self.shared
            )
            links &= ~named_apart | others
        weight[links] = np.maximum(weight[links], LINK_BITS)
        weight[forbidden] = CANNOT_LINK_BITS
        report["identifier_links"] = report.get("identifier_links", 0) + int(links.sum())
        report["cannot_link_pairs"] = report.get("cannot_link_pairs", 0) + int(forbidden.sum())
        return weight

    def _among_holders(self, i, j, levels, on_shared, weight) -> None:
        """Pairs that agree on a value ``k`` people share (a family's one mobile) are two of
        its holders: their odds of being one person are 1 to k - 1 before what tells the
        holders apart (a given name, a birth date). The weight is at least that, in place."""
        k = np.full(len(i), np.inf)
        for c, mask in on_shared.items():
            field = self.comparisons[c].field
            if field not in self.people:
                continue
            at = np.flatnonzero(mask)
            codes = guards.shared_value_codes(
                self.records, self.records.fields[field], i[at], j[at]
            )
            k[at] = np.minimum(k[at], self.people[field][np.maximum(codes, 0)])
        at = np.flatnonzero(np.isfinite(k) & (k >= 2))
        if len(at) == 0:
            return
        # The home and the family name do not tell a family's members apart (differing, they
        # tell that the value's holders are not one family); the rest does: given names, birth
        # dates, ids (the shared value itself is null by now).
        home, facts = guards.home_and_facts(self.comparisons, identifiers=True)
        part = self.model.partial_weights(self.records, i[at], j[at], levels[at])
        among = -np.log2(k[at] - 1) + part[:, facts].sum(axis=1)
        among += np.minimum(part[:, home].sum(axis=1), 0)
        # Names that differ outright are two of the holders (twins share the rest); given
        # names too that differ but for a few letters (Sunil and Sunita, Prakash and Prabhu).
        for c, comp in enumerate(self.comparisons):
            if comp.role in ("first_name", "last_name"):
                apart = guards.disagree(levels[at, c], comp)
                if comp.role == "first_name" and "jw_0.80" in comp.levels:
                    apart |= levels[at, c] == comp.levels.index("jw_0.80")
                among[apart] = -np.inf
        weight[at] = np.maximum(weight[at], among)


def unseen_pairs_within(
    labels: np.ndarray, i: np.ndarray, j: np.ndarray, side: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of records in one cluster that are not among ``(i, j)`` (across sides if linking;
    ``(i, j)`` hold each pair once)."""
    small = labels.astype(np.int32) if len(labels) < 2**31 else labels  # half the temporaries
    of_i = small[i]
    inside = of_i == small[j]  # only pairs within a cluster can be among (a, b)
    del small
    if side is not None:
        inside &= side[i] != side[j]
    sizes = np.bincount(labels)
    if side is None:
        possible = sizes * (sizes - 1) // 2
    else:
        left = np.bincount(labels[side == 0], minlength=len(sizes))
        possible = left * (sizes - left)
    # Only clusters with fewer pairs among (i, j) than they hold have any to add (after the
    # first round, hardly any): the others' pairs are neither made nor looked up.
    open_ = np.bincount(of_i[inside], minlength=len(sizes)) < possible
    inside &= open_[of_i]
    del of_i
    a, b = pairs_in_blocks(np.where(open_[labels], labels, -1))
    if side is not None:
        across = side[a] != side[b]
        a, b = a[across], b[across]
    if len(a) == 0:
        return a, b
    n = np.int64(len(labels))
    lo, hi = np.minimum(i[inside], j[inside]), np.maximum(i[inside], j[inside])
    seen = sorted_unique(lo.astype(np.int64) * n + hi)
    want = np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b)
    at = np.minimum(np.searchsorted(seen, want), max(len(seen) - 1, 0))
    new = seen[at] != want if len(seen) else np.ones(len(want), dtype=bool)
    return a[new], b[new]
