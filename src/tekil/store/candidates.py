"""Where a resolve's candidates come from: the stored records sharing a lookup key.

:func:`found_in_database` reads them from the store's tables; :func:`found_in_memory`
from a :class:`~tekil.store.mirror.Mirror` of them. Both give the same candidates
(oldest first), their customers, the values to compare and the pairs to score.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.json as pa_json
from sqlalchemy import select
from sqlalchemy.engine import Connection

from tekil._arrays import distinct, sharing
from tekil.block import pairs_in_blocks
from tekil.store import schema as t
from tekil.store.keys import LOOKED_AT, MAX_KEY_RECORDS, PER_CUSTOMER, finding, flat_keys
from tekil.store.mirror import Mirror
from tekil.store.rows import (
    Columns,
    Row,
    RowColumns,
    codes_of,
    keys_read,
)

#: From this many candidates on, their values are read as codes (the mirror's, or pyarrow's
#: of the database's rows parsed at once: for a few, pyarrow's fixed cost is milliseconds).
MANY_HELD = 2_000


class Found(NamedTuple):
    """A resolve's stored candidates (oldest first: their ids, customers and arrival numbers)
    and the pairs to score (candidates from ``len(rows)`` on)."""

    record_ids: list[str]
    customers: np.ndarray
    seqs: np.ndarray
    columns: Columns
    i: np.ndarray
    j: np.ndarray


class _HeldColumns:
    """The new records' values, then those of held records at ``positions``: records held in
    memory (a :class:`~tekil.store.mirror.Mirror`), taken out of it (:class:`_Taken`) or
    parsed from the database (:class:`_Parsed`).
    """

    def __init__(self, rows: list[Row], held: Mirror | _Encoded, positions: np.ndarray) -> None:
        self.new, self.held, self.positions = RowColumns(rows), held, positions

    def __len__(self) -> int:
        return len(self.new) + len(self.positions)

    def present(self, key: str) -> bool:
        return self.new.present(key) or self.held.has(key, self.positions)

    def __call__(self, key: str) -> np.ndarray:
        new = np.asarray(self.new(key), dtype=object)
        return np.concatenate([new, self.held.column(key, self.positions)])

    def factorized(self, *keys: str) -> tuple[np.ndarray, np.ndarray]:
        if len(self.positions) < MANY_HELD:  # a few: their values hashed as they are
            return codes_of(*(self(key) for key in keys))
        # Many: the held records' values come as codes, and only their distinct values are
        # hashed (a batch's 150 k candidates have a third as many distinct phone numbers).
        pieces, held = [], []
        for key in keys:
            new = np.asarray(self.new(key), dtype=object)
            codes, values = self.held.codes(key, self.positions)
            start = sum(map(len, pieces))
            held.append((start, len(new), codes))
            pieces += [new, values]
        joined, uniques = codes_of(*pieces)
        out = []
        for start, count, codes in held:
            of_held = np.full(len(codes), -1, dtype=joined.dtype)
            present = codes >= 0
            of_held[present] = joined[start + count + codes[present]]
            out += [joined[start : start + count], of_held]
        return np.concatenate(out), uniques


class _Encoded:
    """Stored records' values, each column as codes of its rows into its distinct values
    (:meth:`_encoding`): their order is then a gather of codes, not of texts."""

    def _encoding(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Codes of the column's rows (-1: none) into its distinct values (None: no column)."""
        raise NotImplementedError

    def has(self, key: str, positions: np.ndarray) -> bool:
        encoding = self._encoding(key)
        return encoding is not None and bool((encoding[0][positions] >= 0).any())

    def column(self, key: str, positions: np.ndarray) -> np.ndarray:
        encoding = self._encoding(key)
        if encoding is None:
            return np.full(len(positions), None, dtype=object)
        codes, values = encoding
        return np.append(values, None)[codes[positions]]  # (code -1: the None appended)

    def codes(self, key: str, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`column` as codes (-1: none) into the distinct values held at ``positions``."""
        encoding = self._encoding(key)
        if encoding is None:
            return np.full(len(positions), -1, dtype=np.int32), np.empty(0, dtype=object)
        codes, values = encoding
        held = codes[positions]
        used = np.zeros(len(values) + 1, dtype=bool)
        used[held] = True  # (code -1 marks the last)
        if used[:-1].all():  # (the candidates are every row, reordered)
            return held, values
        distinct = np.flatnonzero(used[:-1])
        local = np.full(len(values) + 1, -1, dtype=np.int32)
        local[distinct] = np.arange(len(distinct), dtype=np.int32)
        return local[held], values[distinct]


class _Parsed(_Encoded):
    """Stored records' values parsed from their rows' JSON texts in one go (pyarrow, in C++):
    for many candidates, five times quicker than ``json`` and a DataFrame of dicts. Only the
    ``keys`` given are read (a date-like text would otherwise be read as a date); each column
    is encoded when first asked for."""

    def __init__(self, lines: bytes, keys: dict[str, bool]) -> None:
        schema = pa.schema([(k, pa.int64() if whole else pa.string()) for k, whole in keys.items()])
        if lines:
            options = pa_json.ParseOptions(
                explicit_schema=schema, unexpected_field_behavior="ignore"
            )
            self.table = pa_json.read_json(io.BytesIO(lines), parse_options=options)
        else:
            self.table = schema.empty_table()
        self._encoded: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _encoding(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        if key not in self.table.column_names:
            return None
        if key not in self._encoded:
            encoded = self.table.column(key).combine_chunks().dictionary_encode()
            codes = encoded.indices.fill_null(-1).to_numpy().astype(np.int32)
            values = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
            self._encoded[key] = codes, values
        return self._encoded[key]


class _Taken(_Encoded):
    """The values of records held in memory at ``positions``, taken out of the
    :class:`~tekil.store.mirror.Mirror` as codes (the ``keys`` given): for another process."""

    def __init__(self, mirror: Mirror, positions: np.ndarray, keys: Iterable[str]) -> None:
        self._encoded = {}
        for key in keys:
            codes, values = mirror.codes(key, positions)
            if len(values):
                self._encoded[key] = codes, values

    def _encoding(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        return self._encoded.get(key)


def found_in_memory(
    mirror: Mirror,
    rows: list[Row],
    keys: list[list[int]],
    new_pairs: bool = True,
    taken: Iterable[str] | None = None,
    looked_up: int | None = None,
) -> Found:
    """:func:`found_in_database`, from the records held in memory; without the new records'
    pairs with each other if not ``new_pairs``, the candidates of the first ``looked_up``
    records only if given. ``taken``: the candidates' values of these row keys are copied
    out of the mirror (for another process), else read from it."""
    owner, holder = mirror.candidates(keys[:looked_up], MAX_KEY_RECORDS)
    held, which = np.unique(holder, return_inverse=True)  # in seq order: oldest first
    within = pairs_within(keys) if new_pairs else (np.empty(0, np.int64),) * 2
    if taken is None:
        values = _HeldColumns(rows, mirror, held)
    else:
        values = _HeldColumns(rows, _Taken(mirror, held, taken), np.arange(len(held)))
    return Found(
        mirror.record_ids.view[held].tolist(),
        mirror.customers(held),
        mirror.seqs.view[held],
        values,
        np.concatenate([owner, within[0]]),
        np.concatenate([len(rows) + which, within[1]]),
    )


def found_in_database(
    conn: Connection, rows: list[Row], keys: list[list[int]], roles: dict[str, str]
) -> Found:
    """The stored candidates of new records (oldest first), their customers, the new
    and candidate records' values (those ``roles`` read), and the pairs to score: new ×
    candidate, and new × new sharing a key (records from ``len(rows)`` on are the candidates)."""
    return found_in_held(read_held(conn, keys, state=False), rows, keys, roles)


class Held(NamedTuple):
    """New records' stored candidates as read from the database, before they are parsed:
    the store's ``state`` then (if asked for), the (new record, candidate id) pairs sharing a key, each
    candidate once (its id, customer and arrival number), and the candidates' field values
    as lines of JSON, in the same order (UTF-8, as the database sent them)."""

    state: tuple[int, int, int] | None
    owner: np.ndarray
    holder: np.ndarray
    ids: list[str]
    customers: list[str]
    seqs: list[int]
    fields: bytes


def store_state(conn: Connection) -> tuple[int, int, int]:
    """What identifies the stored records: every write moves ``generation`` (a new model),
    ``edits`` (records deleted or moved) or ``next_seq`` (records added)."""
    names = ("generation", "edits", "next_seq")
    query = select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.in_(names))
    found = dict(conn.execute(query).all())
    generation, edits, next_seq = (int(found.get(name) or 0) for name in names)
    return generation, edits, next_seq


def read_held(conn: Connection, keys: list[list[int]], state: bool = True) -> Held:
    """The stored candidates of new records with lookup ``keys`` (:class:`Held`); the store's
    state only if asked for (candidates read ahead of the write transaction need it, those
    read in it do not)."""
    owner, holder, record_ids = _candidates(conn, keys)
    # In key order: each statement's records then lie on few pages of the id index (141 k of a
    # million stored: 0.84 s → 0.43 s), where ids in the order found touch pages all over it.
    used = sorted(record_ids[distinct(holder)].tolist())
    columns = ["record_id", "customer_id", "seq", "fields"]
    ids, customers, seqs, fields = t.fetch_columns_in(
        conn, "tekil_records", columns, "record_id", used, lines=("fields",)
    )
    now = store_state(conn) if state else None
    return Held(now, owner, record_ids[holder], ids, customers, seqs, fields)


def found_in_held(
    held: Held,
    rows: list[Row],
    keys: list[list[int]],
    roles: dict[str, str],
    new_pairs: bool = True,
) -> Found:
    """:func:`found_in_database` from the candidates read (``held``); without the new
    records' pairs with each other if not ``new_pairs``."""
    n = len(rows)
    order = np.argsort(np.asarray(held.seqs, dtype=np.int64), kind="stable")  # oldest first
    ids = np.asarray(held.ids, dtype=object)[order]
    values: Columns
    if len(ids) >= MANY_HELD:
        values = _HeldColumns(rows, _Parsed(held.fields, keys_read(roles)), order)
    else:
        lines = held.fields.split(b"\n")
        values = RowColumns(rows + [json.loads(lines[k]) for k in order.tolist()])
    position = positions(ids, held.holder)  # -1: none (its key outlived it)
    i, j = held.owner, position
    width = max(len(ids), 1)
    pair = distinct(i[j >= 0] * width + j[j >= 0])  # by new record, oldest first
    within = pairs_within(keys) if new_pairs else (np.empty(0, np.int64),) * 2
    return Found(
        ids.tolist(),
        np.asarray(held.customers, dtype=object)[order],
        np.asarray(held.seqs, dtype=np.int64)[order],
        values,
        np.concatenate([pair // width, within[0]]),
        np.concatenate([n + pair % width, within[1]]),
    )


def pairs_within(keys: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of new records sharing a key, each pair once, sorted: all of a key held by at
    most ``MAX_KEY_RECORDS`` of them; of a key held by more (at most ``LOOKED_AT`` times as
    many), each record and the next ``PER_CUSTOMER``, so that one new customer's many records
    in one call (a firm's lines) still find each other."""
    n = len(keys)
    counts, flat = flat_keys(keys)
    if len(flat) == 0 or n < 2:  # (a single record's call has no pairs within)
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    _, key = np.unique(flat, return_inverse=True)
    entry = distinct(key * n + owner)  # each (key, record) once, a key's records together
    key = entry // n
    a, b = pairs_in_blocks(key, MAX_KEY_RECORDS)
    size = np.bincount(key)[key]
    common = np.flatnonzero((size > MAX_KEY_RECORDS) & (size <= LOOKED_AT * MAX_KEY_RECORDS))
    for step in range(1, PER_CUSTOMER + 1):
        at = common[common + step < len(entry)]
        at = at[key[at] == key[at + step]]
        a, b = np.concatenate([a, at]), np.concatenate([b, at + step])
    x, y = entry[a] % n, entry[b] % n
    pair = distinct(np.minimum(x, y) * n + np.maximum(x, y))  # once, whatever keys they share
    return pair // n, pair % n


def _candidates(
    conn: Connection, keys: list[list[int]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(new record, stored record) pairs sharing a key (keys too common skipped), the stored
    records as codes into the record ids returned."""
    counts, flat = flat_keys(keys)
    wanted, which = np.unique(flat, return_inverse=True)
    found_keys: list[int] = []
    found_ids: list[str] = []
    for table in t.KEY_TABLES:
        replanned = table in t.REPLANNED
        k, r = t.fetch_columns_in(
            conn, table, ["key", "record_id"], "key", wanted.tolist(), replanned=replanned
        )
        found_keys += k
        found_ids += r
    holders, record_ids = codes_of(found_ids)
    key_of = np.searchsorted(wanted, np.asarray(found_keys, dtype=np.int64))

    def customers_of(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ids = record_ids[holders[rows]]
        columns = ["record_id", "customer_id", "seq"]
        held, customers, seqs = t.fetch_columns_in(
            conn, "tekil_records", columns, "record_id", sorted(set(ids.tolist()))
        )
        at = positions(held, ids)  # -1: gone since its key was read
        customer = np.append(pd.factorize(np.asarray(customers, dtype=object))[0], -1)
        return customer[at], np.append(np.asarray(seqs, dtype=np.int64), 0)[at]

    found = finding(key_of, customers_of)
    owners = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    owner, holder = sharing(
        owners, which, key_of[found], holders[found].astype(np.int64), MAX_KEY_RECORDS
    )
    return owner, holder, record_ids


def positions(ids: Sequence[str], wanted: Sequence[str]) -> np.ndarray:
    """Where each of ``wanted`` is among the distinct ``ids`` (-1: not there), as
    ``pd.Index(ids).get_indexer(wanted)``; by a dict where they are few (a single record's
    candidates), as pandas' index costs more to build than to use there.

    >>> positions(["r7", "r2"], ["r2", "r9", "r7"]).tolist()
    [1, -1, 0]
    """
    if len(ids) + len(wanted) > FEW_IDS:
        return pd.Index(ids).get_indexer(wanted)
    at = {record_id: k for k, record_id in enumerate(ids)}
    return np.fromiter((at.get(w, -1) for w in wanted), np.int64, len(wanted))


#: Most ids :func:`positions` finds by a dict.
FEW_IDS = 512


def stored_rows(conn: Connection, record_ids: list[str]) -> dict[str, tuple[str, Row]]:
    """record id → (customer id, field values), oldest record first."""
    columns = ["record_id", "customer_id", "fields", "seq"]
    rows = t.fetch_in(conn, "tekil_records", columns, "record_id", record_ids, ("fields",))
    rows.sort(key=lambda row: row[3])
    return {r: (c, f) for r, c, f, _ in rows}
