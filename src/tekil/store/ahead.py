"""A large call's candidates read and scored before its write transaction, on both cores.

The write transaction holds the store's lock, so what it does is done on one core while
every other writer waits. :func:`~tekil.store.reading.read_new` cuts a large call in two
for the helper process; each process then also reads its half's stored candidates and
scores them against its half (:class:`Lookup`). The transaction takes the two halves'
:class:`Ahead` if the store is still in the state they were read in
(:func:`~tekil.store.candidates.store_state`), and scores only the pairs of new records
with each other. A pair's score depends on the pair, the model and the whole store's
frequencies alone, so the halves' scores are the scores of the whole call.

A store that holds its records in memory finds a call's candidates in the write
transaction, where the :class:`~tekil.store.mirror.Mirror` cannot change, and the helper
scores some of them there (:func:`scored_in_memory`), their values copied out of memory.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from tekil._gc import cycle_collection_paused
from tekil.parallel import Helper, HelperFailed
from tekil.store import schema as t
from tekil.store.candidates import (
    Found,
    found_in_held,
    found_in_memory,
    read_held,
    store_state,
    stored_rows,
)
from tekil.store.matching import Knowledge, ScoredPairs, score_pairs
from tekil.store.mirror import Mirror
from tekil.store.rows import Columns, Row, columns_to_records, keys_read, rows_to_records

log = logging.getLogger(__name__)


class Ahead(NamedTuple):
    """New records' stored candidates and the scored (new record, candidate) pairs, as read
    in the store's ``state``: each candidate once, oldest first (its id, customer, arrival
    number); per pair its new record (``owner``), its ``candidate`` and its score."""

    state: tuple[int, int, int]
    ids: list[str]
    customers: np.ndarray
    seqs: np.ndarray
    owner: np.ndarray
    candidate: np.ndarray
    weight: np.ndarray
    levels: np.ndarray
    linked: np.ndarray

    def after(self, other: Ahead, offset: int) -> Ahead | None:
        """These pairs, then ``other``'s (of the new records from ``offset`` on), candidates
        numbered among both halves' (each once, oldest first); None if the halves were read
        in different states of the store."""
        if other.state != self.state:
            return None
        seqs, first, number = np.unique(
            np.concatenate([self.seqs, other.seqs]), return_index=True, return_inverse=True
        )
        ids = np.asarray(self.ids + other.ids, dtype=object)[first]
        return Ahead(
            self.state,
            ids.tolist(),
            np.concatenate([self.customers, other.customers])[first],
            seqs,
            np.concatenate([self.owner, other.owner + offset]),
            number[np.concatenate([self.candidate, other.candidate + len(self.ids)])],
            np.concatenate([self.weight, other.weight]),
            np.concatenate([self.levels, other.levels]),
            np.concatenate([self.linked, other.linked]),
        )

    def of(self, kept: list[int], rows: int) -> Ahead:
        """The pairs of the new records ``kept`` (of ``rows``), numbered among them: those
        left out have no lookup key, so they own no pair."""
        number = np.full(rows, -1, dtype=np.int64)
        number[kept] = np.arange(len(kept))
        return self._replace(owner=number[self.owner])

    def scored(self, new: int, within: ScoredPairs) -> ScoredPairs:
        """All pairs to decide on, as :func:`~tekil.store.candidates.found_in_held` gives
        them: new × candidate (candidates numbered after the ``new`` records), then
        ``within``, the new records' pairs with each other."""
        return ScoredPairs(
            np.concatenate([self.owner, within.i]),
            np.concatenate([new + self.candidate, within.j]),
            np.concatenate([self.weight, within.weight]),
            np.concatenate([self.levels, within.levels]),
            np.concatenate([self.linked, within.linked]),
        )

    @classmethod
    def from_scores(
        cls, state: tuple[int, int, int], found: Found, scored: ScoredPairs, rows: int
    ) -> Ahead:
        """The candidates ``found`` for ``rows`` new records, with their pairs' scores."""
        return cls(
            state,
            found.record_ids,
            found.customers,
            found.seqs,
            scored.i,
            scored.j - rows,
            scored.weight,
            scored.levels,
            scored.linked,
        )


class Scoring:
    """Scores pairs of records with a store's model in another process (the helper), sent
    with the model only until the helper holds that generation's (``send_model``): the helper
    keeps one model per store (``key``) for every call."""

    def __init__(
        self, key: str, knowledge: Knowledge, generation: int, send_model: bool = True
    ) -> None:
        self.key, self.knowledge = key, knowledge
        self.generation, self.send_model = generation, send_model

    def __getstate__(self) -> dict:
        return {**self.__dict__, "knowledge": self.knowledge if self.send_model else None}

    def __setstate__(self, state: dict) -> None:  # in the helper: the model kept for later calls
        self.__dict__.update(state)
        if self.knowledge is not None:
            _MODELS[self.key] = (self.generation, self.knowledge)

    @cycle_collection_paused()  # (as a resolve: a full collection walks the model)
    def score(
        self, columns: Columns, ids: list[str], i: np.ndarray, j: np.ndarray, roles: dict[str, str]
    ) -> ScoredPairs:
        """The pairs ``(i, j)`` of the records ``ids`` with values ``columns``, scored."""
        records = columns_to_records(columns, ids, roles)
        return score_pairs(records, i, j, self._knowledge())

    def _knowledge(self) -> Knowledge:
        if self.knowledge is not None:
            return self.knowledge
        generation, knowledge = _MODELS.get(self.key, (None, None))
        if generation != self.generation or knowledge is None:
            raise LookupError(f"the model of generation {self.generation} was not sent")
        return knowledge


class Lookup(Scoring):
    """Reads and scores new records' candidates (:class:`Ahead`) in a read transaction of
    its own, with the store's model as :class:`Scoring` sends it. Sent to the helper without
    the engine: the helper keeps one engine per store for every call.
    """

    def __init__(
        self,
        url: str,
        engine: Engine | None,
        knowledge: Knowledge,
        generation: int,
        send_model: bool = True,
    ) -> None:
        super().__init__(url, knowledge, generation, send_model)
        self.url, self.engine = url, engine

    def __getstate__(self) -> dict:
        return {**super().__getstate__(), "engine": None}

    def __call__(
        self, rows: list[Row], keys: list[list[int]], ids: list[str], roles: dict[str, str]
    ) -> Ahead:
        knowledge = self._knowledge()
        with t.reading(self.engine or _engine(self.url)) as conn:
            held = read_held(conn, keys)
        roles = {**knowledge.settings.matching_roles, **roles}
        found = found_in_held(held, rows, keys, roles, new_pairs=False)
        scored = self.score(found.columns, ids + found.record_ids, found.i, found.j, roles)
        return Ahead.from_scores(held.state, found, scored, len(rows))


def scored_in_memory(
    mirror: Mirror,
    rows: list[Row],
    keys: list[list[int]],
    ids: list[str],
    roles: dict[str, str],
    scoring: Scoring,
    helper: Helper,
) -> tuple[Ahead, ScoredPairs, bool] | None:
    """New records' candidates held in memory, scored on both cores, and the new records'
    pairs with each other: the helper scores the last records' candidates (their values
    copied out of ``mirror``) while this process scores the first's and the pairs within;
    and whether the helper did (if it failed, they are scored here). None if the helper
    cannot take it now. Made in the write transaction, where the mirror does not change
    (its state is the state of both parts)."""
    n = len(rows)
    cut = int(n * HERE)
    state = (mirror.generation, mirror.edits, mirror.next_seq)
    there = found_in_memory(mirror, rows[cut:], keys[cut:], False, keys_read(roles))
    sent = (there.columns, ids[cut:] + there.record_ids, there.i, there.j, roles)
    if not helper.call(scoring.score, sent):
        return None
    here = found_in_memory(mirror, rows, keys, looked_up=cut)
    scored = scoring.score(here.columns, ids + here.record_ids, here.i, here.j, roles)
    stored = scored.j >= n
    mine = Ahead.from_scores(state, here, scored.taking(stored), n)
    try:
        theirs, helped = helper.result(), True
    except HelperFailed as exc:
        log.warning("%s; scoring those candidates here", exc)
        theirs, helped = scoring.score(*sent), False
    both = mine.after(Ahead.from_scores(state, there, theirs, n - cut), cut)
    return both, scored.taking(~stored), helped


def prepare_lookup(url: str, generation: int, knowledge: Knowledge) -> bool:
    """Set the helper up for :class:`Lookup` s of the store at ``url`` before its first call:
    its engine, a first connection, the model of ``generation`` and its first scoring (a
    batch would otherwise wait for them: some 0.6 s at a million stored records)."""
    with t.reading(_engine(url)) as conn:
        store_state(conn)
        warm_up(conn, knowledge)
    _MODELS[url] = (generation, knowledge)
    return True


def prepare_scoring(
    key: str, generation: int, knowledge: Knowledge, rows: list[Row], ids: list[str]
) -> bool:
    """Set the helper up for :class:`Scoring` before its first call: the model of
    ``generation`` and its first scoring, of the stored records ``rows`` against each other
    (as :func:`warm_up`)."""
    _score_each_other(rows, ids, knowledge)
    _MODELS[key] = (generation, knowledge)
    return True


def warm_up(conn: Connection, knowledge: Knowledge) -> None:
    """Score the newest stored records against each other: a process's first scoring costs
    a tenth of a second or more (compiled kernels loaded from numba's cache, threads started,
    lazy tables built), paid here rather than by a caller's first record that needs them."""
    newest = select(t.records.c.record_id).order_by(t.records.c.seq.desc()).limit(WARM_UP)
    stored = stored_rows(conn, list(conn.execute(newest).scalars()))
    _score_each_other([row for _, row in stored.values()], list(stored), knowledge)


def _score_each_other(rows: list[Row], ids: list[str], knowledge: Knowledge) -> None:
    if len(rows) > 1:
        records = rows_to_records(rows, ids, knowledge.settings.matching_roles)
        i, j = np.triu_indices(len(rows), 1)
        score_pairs(records, i.astype(np.int64), j.astype(np.int64), knowledge)


#: The share of a call's records whose candidates :func:`scored_in_memory` scores here, where
#: it also sends the rest, scores the pairs within and reads the mirror's values, which lie
#: all over its memory (the same pairs took a quarter longer than with the helper's copies).
HERE = 0.4

#: Stored records :func:`warm_up` scores against each other.
WARM_UP = 64


def _engine(url: str) -> Engine:
    """The helper's engine for the store at ``url``, one for every call."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _ENGINES[url] = t.open_engine(url)
    return engine


_ENGINES: dict[str, Engine] = {}
_MODELS: dict[str, tuple[int, Knowledge]] = {}
