"""The public face: ``dedupe`` and ``link``, returning a :class:`Result`.

>>> import tekil
>>> sample = tekil.datasets.load_sample()                       # doctest: +SKIP
>>> result = tekil.dedupe(sample.records, id_column="record_id")  # doctest: +SKIP
>>> result.clusters.head()                                      # doctest: +SKIP
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from tekil import block, guards, stream
from tekil._frames import check_names, flat_header, pandas_frame, uncategorised
from tekil._memory import release_free_memory
from tekil.birth_dates import assembled_for
from tekil.block import ANY_OF, RuleCount
from tekil.cluster import cluster, component_graph
from tekil.compare import compare, default_comparisons
from tekil.derived import derive_columns, read_as
from tekil.errors import ConfigError, InputError
from tekil.estimation import logit2, probability
from tekil.identity import Scorer, resolve_identities
from tekil.model import FellegiSunter
from tekil.normalize._common import bytes_decoded
from tekil.normalize.text import fold
from tekil.records import Records, prepare
from tekil.settings import (
    BlockingRule,
    Settings,
    guess_id_column,
    guess_settings,
    has_values,
    probability_threshold,
)

log = logging.getLogger("tekil")

#: Default decision threshold on the match probability.
DEFAULT_THRESHOLD = 0.5
#: Pairs below this probability are not kept in ``Result.pairs``.
KEEP_PAIRS_ABOVE = 0.01
#: Pairs scored this many bits below both the threshold and ``KEEP_PAIRS_ABOVE`` are dropped
#: after scoring (clustering gets the pairs inside components back, see ``tekil.stream``);
#: the margin covers the second pass, whose person frequencies raise some weights.
KEEP_MARGIN_BITS = 3.0


@dataclass
class Result:
    """The outcome of :func:`dedupe` or :func:`link`.

    Attributes
    ----------
    clusters:
        One row per input record, in input order: the id column (and ``source``
        when linking) and ``cluster_id``.
    pairs:
        Scored candidate pairs (``id_a``, ``id_b``, ``match_weight``,
        ``match_probability``), those above 1 % probability.
    model:
        The fitted :class:`~tekil.model.FellegiSunter` model.
    settings:
        The settings used, with the guessed roles filled in.
    timings, memory:
        Seconds per stage, and the process's peak resident memory (MB) at the end of
        each stage (``getrusage``; a worker process sharing the work is not counted).
    candidate_pairs:
        Distinct candidate pairs compared (``blocking`` counts each rule's before
        de-duplication).
    """

    clusters: pd.DataFrame
    pairs: pd.DataFrame
    model: FellegiSunter
    settings: Settings
    threshold: float
    blocking: list[RuleCount]
    timings: dict[str, float]
    #: What the identifier graph and the over-merge guards did (see :mod:`tekil.identity`).
    guards: dict[str, int]
    records: Records = field(repr=False)
    #: Per identifier field, which distinct values several people share (see :mod:`tekil.guards`).
    shared_values: dict[str, np.ndarray] = field(repr=False)
    _edges: tuple[np.ndarray, np.ndarray, np.ndarray] = field(repr=False)
    #: Distinct candidate pairs compared (each pair once across the rules).
    candidate_pairs: int = 0
    #: What scored the pairs (the guards on top of the model), for :meth:`explain`.
    _scorer: Scorer | None = field(default=None, repr=False)
    #: Peak resident memory (MB) of the process at the end of each stage.
    memory: dict[str, float] = field(default_factory=dict)
    #: Per identifier field, which of its shared values strangers hold (an agent's e-mail on
    #: applicants of every family and town: :func:`tekil.guards.strangers_values`).
    strangers_values: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def id_column(self) -> str:
        return self.clusters.columns[0]

    def explain(self, id_a: Any, id_b: Any) -> pd.DataFrame:
        """Each comparison's level, values and weight for two records, with the total.

        ``id_a`` and ``id_b`` are record ids (for a linkage, ``id_a`` from the left
        and ``id_b`` from the right input). The weights add up to the pair's weight as
        the run scored it: an agreement on a value that several people share (a
        household's landline) weighs nothing, its level marked ``shared``, and what the
        guards did beyond the model (an identifier link, a cannot-link rule, the odds
        among a shared value's holders) is the last row, ``guards``.
        """
        a, b = self._position(id_a, "left"), self._position(id_b, "right")
        scorer = self._scorer
        if scorer is None:  # no pairs were scored: the model alone
            rows = self.model.explain(self.records, a, b)
        else:
            # Two records of one cluster with nothing to compare were weighed at the
            # threshold at least (they may have parted since).
            i, j, _ = self._edges
            labels = self.clusters["cluster_id"].to_numpy()
            together = labels[a] == labels[b] or bool(
                np.any((i == a) & (j == b) | (i == b) & (j == a))
            )
            rows = _scored_explanation(scorer, a, b, logit2(self.threshold) if together else None)
        table = pd.DataFrame(rows)
        total = float(table["weight"].sum())
        table.attrs["match_weight"] = total
        table.attrs["match_probability"] = float(probability(total))
        return table

    def _position(self, record_id: Any, side: str) -> int:
        if self.records.side is None:
            return self.records.position(record_id)
        want = 0 if side == "left" else 1
        hits = np.flatnonzero((self.records.ids == record_id) & (self.records.side == want))
        if len(hits) != 1:
            raise InputError(f"record id {record_id!r} is not among the {side} records")
        return int(hits[0])

    def component_graph(self, cluster_id: int) -> nx.Graph:
        """The records of one cluster and their scored pairs as a ``networkx`` graph."""
        labels = self.clusters["cluster_id"].to_numpy()
        members = np.flatnonzero(labels == cluster_id)
        if len(members) == 0:
            raise InputError(f"there is no cluster {cluster_id!r}")
        i, j, p = self._edges
        return component_graph(members, i, j, p, labels=self.records.ids[members].tolist())

    def summary(self) -> str:
        sizes = self.clusters["cluster_id"].value_counts()
        lines = [
            f"records: {len(self.clusters):,}   clusters: {len(sizes):,}   "
            f"in multi-record clusters: {int(sizes[sizes > 1].sum()):,}   "
            f"largest cluster: {int(sizes.max()) if len(sizes) else 0}",
            f"candidate pairs: {sum(c.pairs for c in self.blocking):,} before de-duplication, "
            f"{self.candidate_pairs:,} distinct, "
            f"{len(self.pairs):,} kept above {KEEP_PAIRS_ABOVE:.0%}, threshold {self.threshold}",
            "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.timings.items()),
        ]
        if self.memory:
            lines.append(
                "peak memory: " + ", ".join(f"{k} {v:,.0f} MB" for k, v in self.memory.items())
            )
        return "\n".join(lines)


def _scored_explanation(
    scorer: Scorer, a: int, b: int, blank: float | None
) -> list[dict[str, Any]]:
    """:meth:`FellegiSunter.explain`'s rows for the pair ``(a, b)`` as ``scorer`` scores it: the
    shared values' agreements at no weight, and a last row for the guards' part, if any.
    ``blank``: the least weight of a pair with nothing to compare (two records of one cluster,
    as :meth:`Scorer.score` weighs them)."""
    i, j = np.array([a]), np.array([b])
    comparisons = scorer.comparisons
    levels = compare(scorer.records, i, j, comparisons)
    scored, report = levels.copy(), {}
    weight = float(scorer.score_levels(i, j, scored, report)[0])
    if blank is not None and not levels.any():
        weight, report["blank"] = max(weight, blank), 1
    rows = scorer.model.explain(scorer.records, a, b, levels=scored)
    for row, comp, before, after in zip(rows[1:], comparisons, levels[0], scored[0], strict=False):
        if before != after:
            row["level"] = f"{comp.levels[before]}, shared"
    rest = weight - sum(row["weight"] for row in rows)
    if abs(rest) > 1e-9:
        if report.get("cannot_link_pairs"):
            why = "cannot link"
        elif report.get("identifier_links"):
            why = "identifier link"
        elif report.get("blank"):
            why = "nothing to compare, in one cluster"
        else:
            why = "among a shared value's holders"
        blank = dict.fromkeys(("value_a", "value_b", "m", "u"))
        rows.append({"comparison": "guards", "level": why, **blank, "weight": rest})
    return rows


def dedupe(
    df: pd.DataFrame,
    settings: Settings | dict | str | Path | None = None,
    threshold: float | None = None,
    *,
    id_column: str | None = None,
    progress: bool = False,
) -> Result:
    """Find the records of ``df`` that belong to the same person.

    Parameters
    ----------
    df:
        One row per record.
    settings:
        :class:`Settings`, a dict of settings, or a TOML/JSON file path; ``None``
        guesses the roles from the column names and values (see ``Result.settings``).
    threshold:
        Match probability from which two records are the same person
        (default: ``settings.threshold`` or 0.5).
    id_column:
        Column with unique record ids; default ``settings.id_column``, a guessed
        id-like column, or the row position.
    """
    df, st = _resolve_settings(_prepare_frame(df, "df"), settings, id_column)
    ids = _ids(df, st.id_column, "dedupe")
    return _run(df, st, ids, None, threshold, progress)


def link(
    left: pd.DataFrame,
    right: pd.DataFrame,
    settings: Settings | dict | str | Path | None = None,
    threshold: float | None = None,
    *,
    id_column: str | None = None,
    progress: bool = False,
) -> Result:
    """Find the records of ``left`` and ``right`` that belong to the same person.

    Only pairs across the two inputs are compared. ``Result.clusters`` has one
    row per record of each input with a ``source`` column (``left``/``right``).
    Columns are matched by role, so the two inputs may name them differently.
    """
    left, right = _prepare_frame(left, "left"), _prepare_frame(right, "right")
    given = _settings(settings)
    # Each input is read by its own roles (given for its columns, or guessed) and its columns
    # are named by them: the two may name them differently ("Vorname", "first_name"); the
    # options given apply to both.
    left, lst = _resolve_settings(left, _for_input(given, left, right), id_column)
    right, rst = _resolve_settings(right, _for_input(given, right, left), id_column)
    left_ids, right_ids = _ids(left, lst.id_column, "left"), _ids(right, rst.id_column, "right")
    names = {**_role_names(rst), **_role_names(lst)}
    left, right = _common_places(_by_role(left, lst), _by_role(right, rst))
    columns = sorted({*left.columns, *right.columns})
    st = Settings.from_dict(given.to_dict()) if given is not None else Settings()
    st.roles = {c: c.split("#")[0] for c in columns}
    st.id_column = lst.id_column
    if st.blocking:  # the rules' fields by their new names
        st.blocking = [_renamed(rule, names) for rule in st.blocking]
    # Columns of the inputs that the frames named by role no longer hold (golden records'
    # matters: a link makes none).
    st.source_column = st.timestamp_column = None
    st.rollups = {}
    both = pd.concat([left, right], ignore_index=True)
    ids = np.concatenate([left_ids, right_ids])
    side = np.r_[np.zeros(len(left), dtype=np.int8), np.ones(len(right), dtype=np.int8)]
    return _run(both, st, ids, side, threshold, progress)


# ---- the pipeline -------------------------------------------------------------------------------
def _run(
    df: pd.DataFrame,
    st: Settings,
    ids: np.ndarray,
    side: np.ndarray | None,
    threshold: float | None,
    progress: bool,
) -> Result:
    threshold = _threshold(threshold if threshold is not None else st.threshold)
    timings: dict[str, float] = {}
    memory: dict[str, float] = {}
    with _stages(progress, timings, memory) as stage:
        with stage("normalise"):
            records = prepare(df, st, ids)
            records.side = side
            if st.split_lone_names is None:  # as learned: a store reads new records so
                st.split_lone_names = records.split_lone_names
            if not records.fields:
                raise ConfigError("no column has a matching role; see Settings.roles")
        with stage("block"):
            rules = st.blocking or block.default_rules(records)
            plans = block.plan_rules(records, rules, st)
            counts = [plan.count() for plan in plans]
        with stage("compare"):
            comparisons = default_comparisons(records)
            with _bar(progress, sum(c.pairs for c in counts), "compare") as bar:
                compared = stream.compare_candidates(
                    records, plans, comparisons, st.seed, bar, release_plans=True
                )
        cut = float(np.log2(threshold / (1.0 - threshold)))
        with stage("model"):
            model = FellegiSunter(
                comparisons, max_iter=st.em_iterations, random_pairs=st.random_pairs, seed=st.seed
            )
            if compared.distinct:
                model.fit_patterns(records, compared.sessions, compared.union, comparisons)
                keep_bits = min(logit2(KEEP_PAIRS_ABOVE), cut) - KEEP_MARGIN_BITS
                links = guards.linking(comparisons, st.identifiers)
                pairs = stream.score(records, model, compared, keep_bits, links)
            else:
                log.warning("blocking found no candidate pairs: every record is its own cluster")
                model.parameters_, model.prior_, model.n_iter_ = [], 1e-6, 0
                pairs = stream.score(records, model, compared, 0.0)
        with stage("cluster"):
            table = compared.table
            pairs = stream.complete_components(records, plans, model, pairs, cut, table)
            del plans  # the blocking plans (≈ 0.5 GB at 1 M persons): clustering needs none
            labels = cluster(
                records.n,
                pairs.i,
                pairs.j,
                pairs.weight,
                threshold,
                max_cluster_size=st.max_cluster_size,
            )
            guard_report: dict[str, int] = {}
            shared: dict[str, np.ndarray] = {}
            scorer = None
            i, j, weight = pairs.i, pairs.j, pairs.weight
            if len(pairs):
                # Second pass: value frequencies among distinct people, not records, and
                # the identifier graph and guards on top of the model's weights.
                records.person_labels = labels
                rows = pairs.levels
                del pairs, weight  # the first pass's weights: no longer needed
                graph = resolve_identities(records, model, i, j, rows, st, threshold, table)
                labels, i, j, weight = graph.labels, graph.i, graph.j, graph.weight
                guard_report, shared, scorer = graph.report, graph.shared, graph.scorer
                if st.born_apart is None and st.cannot_link:  # as learned, for a store
                    st.born_apart = graph.born_apart
    # (pandas 3 writes text ids into its Arrow strings once here, and the pairs take theirs from
    # them: writing each pair's two ids anew took 0.5 s for a million pairs.)
    id_column = pd.Series(ids)
    clusters = pd.DataFrame({st.id_column or "record_id": id_column})
    if side is not None:
        clusters["source"] = np.where(side == 0, "left", "right")
    clusters["cluster_id"] = labels
    # Probabilities for the pairs reported only: all pairs' would be the run's peak at 1 M.
    keep = np.flatnonzero(weight >= logit2(min(KEEP_PAIRS_ABOVE, threshold)))
    prob = probability(weight[keep])
    # Its arrays are its own (made here; the edges keep a copy of the probabilities): not
    # copied again (at 1 M persons pandas' copies took 1.2-1.4 s).
    pairs = pd.DataFrame(
        {
            "id_a": _taken(id_column, i[keep]),
            "id_b": _taken(id_column, j[keep]),
            "match_weight": weight[keep],
            "match_probability": prob,
        },
        copy=False,
    )
    return Result(
        clusters=clusters,
        pairs=pairs,
        model=model,
        settings=st,
        threshold=threshold,
        blocking=counts,
        timings=timings,
        guards=guard_report,
        records=records,
        shared_values=shared,
        strangers_values=scorer.strangers() if scorer is not None else {},
        _edges=(i[keep], j[keep], prob.copy()),
        candidate_pairs=compared.distinct,
        memory=memory,
        _scorer=scorer,
    )


def _taken(values: pd.Series, rows: np.ndarray) -> Any:
    """``values`` at ``rows``, in their dtype: numpy's take, or an extension array's own."""
    if isinstance(values.dtype, np.dtype):
        return values.to_numpy()[rows]
    return values.array.take(rows)


def peak_memory_mb() -> float:
    """The process's peak resident memory so far, in MB (``getrusage``)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KB on Linux


@contextmanager
def _bar(progress: bool, total: int, desc: str):
    """A progress bar over ``total`` pairs, or ``None``."""
    if not progress:
        yield None
        return
    from tqdm.auto import tqdm

    bar = tqdm(total=total, desc=desc, unit="pair", unit_scale=True, leave=False)
    try:
        yield bar
    finally:
        bar.close()


@contextmanager
def _stages(progress: bool, timings: dict[str, float], memory: dict[str, float] | None = None):
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=5, desc="tekil", unit="stage", leave=False)

    @contextmanager
    def stage(name: str):
        if bar is not None:
            bar.set_postfix_str(name)
        start = time.perf_counter()
        yield
        timings[name] = time.perf_counter() - start
        release_free_memory()
        if memory is not None:
            memory[name] = peak_memory_mb()
        log.info("%s: %.2fs, peak memory %.0f MB", name, timings[name], peak_memory_mb())
        if bar is not None:
            bar.update(1)

    try:
        yield stage
    finally:
        if bar is not None:
            bar.close()


# ---- validation ----------------------------------------------------------------------------------
def _prepare_frame(df: Any, name: str) -> pd.DataFrame:
    """Validate the input; columns are addressed by their text names; an id index becomes a column.

    A DataFrame whose ids live in its index (any index but the default 0..n-1)
    gets that index back as a column, so that the output keeps the user's ids.
    """
    df = flat_header(pandas_frame(df, name))
    _check_frame(df, name)
    if not all(isinstance(col, str) for col in df.columns):
        df = df.rename(columns=str)  # (a copy of every column: only when needed)
    df = uncategorised(bytes_decoded(df))
    index = df.index
    if (
        not isinstance(index, pd.RangeIndex)
        and index.is_unique
        and not pd.isna(index.to_frame()).any(axis=None)
    ):
        names = [str(n) for n in index.names if n is not None]
        label = "_".join(names) if names else "record_id"
        if label in RESULT_COLUMNS:  # the result's own columns: the ids go under another name
            label = "record_id"
        if label not in df.columns:
            # A MultiIndex (source system, id) gives one id per record: its tuple.
            ids = index.to_flat_index() if isinstance(index, pd.MultiIndex) else index
            df = df.reset_index(drop=True)
            df.insert(0, label, ids)
    elif not index.is_unique:
        df = df.reset_index(drop=True)  # (frames concatenated as they were: labels of no one)
    return df


#: Columns of ``Result.clusters`` besides the id column (``source`` when linking).
RESULT_COLUMNS = ("cluster_id", "source")


def _check_frame(df: pd.DataFrame, name: str) -> None:
    if len(df) == 0:
        raise InputError(f"{name} has no rows")
    check_names(df, name)


def _settings(settings: Any) -> Settings | None:
    """A copy of the settings given as Settings, a dict or a file path; None for none."""
    if settings is None:
        return None
    if isinstance(settings, Settings):
        return Settings.from_dict(settings.to_dict())
    if isinstance(settings, dict):
        return Settings.from_dict(settings)
    if isinstance(settings, str | Path):
        return Settings.load(settings)
    raise ConfigError(
        f"settings must be Settings, a dict or a file path, not {type(settings).__name__}"
    )


def _resolve_settings(
    df: pd.DataFrame, settings: Any, id_column: str | None
) -> tuple[pd.DataFrame, Settings]:
    """The settings, and ``df`` as they read it: where the roles are guessed, birth dates kept
    in day, month and year columns become one column (:mod:`tekil.birth_dates`)."""
    if settings is None:
        st = guess_settings(df, id_column=id_column)  # (on birth dates' parts put together)
        df, st.roles = derive_columns(assembled_for(df, st.roles), st.roles)
        log.info("guessed settings:\n%s", st.describe())
    else:
        st = _settings(settings)
    if id_column is not None:
        st.id_column = id_column
    elif st.id_column is None and st.roles:
        # Roles given without an id column: an id-like column that has no role of its own.
        guessed = guess_id_column(df)
        if guessed is not None and st.roles.get(guessed, "ignore") == "ignore":
            st.id_column = guessed
    if not st.roles:
        guess = guess_settings(df, id_column=st.id_column)
        df, st.roles = derive_columns(assembled_for(df, guess.roles), guess.roles)
        st.id_column = guess.id_column  # the column the guess left out of the roles as ids
        st.source_column = st.source_column or guess.source_column
        st.timestamp_column = st.timestamp_column or guess.timestamp_column
    # Settings saved from a guess (`tekil roles --save`) name the columns the guess made.
    df = read_as(df, st.roles, st.source_column)
    st.check_columns([str(c) for c in df.columns])
    for col in st.matching_roles:
        if not has_values(df[col]):
            raise InputError(
                f"column {col!r} has no values (it is entirely null); drop it or "
                f"give it the role 'ignore'"
            )
    return df, st


def _ids(df: pd.DataFrame, id_column: str | None, name: str) -> np.ndarray:
    if id_column is None:
        return np.arange(len(df))
    if id_column in RESULT_COLUMNS:
        raise InputError(
            f"id column {id_column!r} has the name of a column of the result "
            f"({', '.join(RESULT_COLUMNS)}); rename it, e.g. "
            f"df.rename(columns={{{id_column!r}: 'record_id'}})"
        )
    if id_column not in df.columns:
        raise InputError(
            f"id column {id_column!r} is not in {name}; columns are "
            f"{[str(c) for c in df.columns][:20]}"
        )
    ids = df[id_column]
    if ids.isna().any():
        raise InputError(
            f"id column {id_column!r} of the {name} input has {int(ids.isna().sum())} "
            f"missing value(s); every record needs an id"
        )
    dup = ids[ids.duplicated()]
    if len(dup):
        raise InputError(
            f"id column {id_column!r} of the {name} input has {len(dup)} duplicate id(s), "
            f"e.g. {dup.iloc[:3].tolist()}; ids must be unique"
        )
    return ids.to_numpy(dtype=object)


def _by_role(df: pd.DataFrame, st: Settings) -> pd.DataFrame:
    """Columns renamed to their role (``role#2`` for a second column of the same role)."""
    return pd.DataFrame(
        {name: df[col].reset_index(drop=True) for col, name in _role_names(st).items()}
    )


def _role_names(st: Settings) -> dict[str, str]:
    """Each matched column's name by its role: ``role``, ``role#2`` for a second column of it."""
    seen: dict[str, int] = {}
    out = {}
    for col, role in st.matching_roles.items():
        seen[role] = seen.get(role, 0) + 1
        out[col] = role if seen[role] == 1 else f"{role}#{seen[role]}"
    return out


def _for_input(given: Settings | None, df: pd.DataFrame, other: pd.DataFrame) -> Settings | None:
    """The settings for one input of a link: the roles of columns only the other one holds
    left out (a column made of another, ``adres (town)``, goes with it)."""
    if given is None or not given.roles:
        return given

    def holds(frame: pd.DataFrame, col: str) -> bool:
        return col in frame.columns or col.split(" (")[0] in frame.columns

    st = Settings.from_dict(given.to_dict())
    st.roles = {c: r for c, r in given.roles.items() if holds(df, c) or not holds(other, c)}
    return st


def _renamed(rule: BlockingRule, names: dict[str, str]) -> BlockingRule:
    """A blocking rule with the columns it names renamed (``tel:last7`` → ``phone:last7``)."""

    def key(spec: str) -> str:
        fields, colon, transform = spec.partition(":")
        renamed = ANY_OF.join(names.get(f, f) for f in fields.split(ANY_OF))
        return renamed + colon + transform

    return BlockingRule([key(k) for k in rule.keys], rule.window, rule.name)


def _words(values: pd.Series) -> pd.Series:
    """Each value's set of folded words, for a sample of the present values."""
    present = values.dropna()
    present = present.sample(min(len(present), 2_000), random_state=0)
    return present.astype(str).map(lambda v: set(fold(v).split()))


def _holds_places(addresses: pd.Series, other: pd.DataFrame, other_places: list[str]) -> bool:
    """Whether most ``addresses`` hold a word of ``other``'s separate place columns that is no
    word of its addresses: a town or postcode written into the address."""
    street = set().union(*_words(other["address"]))
    parts = [c for c in other_places if c.split("#")[0] != "address"]
    place = set().union(*(set().union(*_words(other[c])) for c in parts)) - street
    held = _words(addresses).map(lambda words: not words.isdisjoint(place))
    return bool(len(held)) and float(held.mean()) > 0.5


#: Place columns from the most specific: the order in which they are written as one address.
_PLACE_ORDER = ("address", "house_number", "district", "city", "region", "postcode")


def _common_places(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two inputs' place columns (named by role), written alike: where one input keeps in
    its address what the other keeps apart (a town, a postcode), both are compared as whole
    addresses, the other input's parts joined in order (``"443 Thomas Shoal, New Jerryland,
    37631"`` against street, town and postcode); else as they are.

    An input keeps in its address what the other keeps apart when most of its addresses hold
    a word of the other's separate place columns that is no word of the other's addresses.
    """
    places = [[c for c in df.columns if c.split("#")[0] in _PLACE_ORDER] for df in (left, right)]
    roles = [{c.split("#")[0] for c in cols} for cols in places]
    if not {"address"} <= roles[0] & roles[1]:
        return left, right
    sides = (left, right)
    if not any(
        roles[1 - k] - roles[k] and _holds_places(sides[k]["address"], sides[1 - k], places[1 - k])
        for k in (0, 1)
    ):
        return left, right
    log.info("place columns %s and %s are compared as whole addresses", *places)

    def whole(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
        joined = pd.Series(pd.NA, index=df.index, dtype="string")
        for col in sorted(cols, key=lambda c: (_PLACE_ORDER.index(c.split("#")[0]), c)):
            part = df[col].astype("string").str.strip().replace("", pd.NA)
            joined = (joined + ", " + part).fillna(joined).fillna(part)
        return df.drop(columns=cols).assign(address=joined.astype(object))

    return whole(left, places[0]), whole(right, places[1])


def _threshold(value: float | None) -> float:
    return DEFAULT_THRESHOLD if value is None else probability_threshold(value)
