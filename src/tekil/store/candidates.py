"""Where a resolve's candidates come from: the stored records sharing a lookup key.

:func:`found_in_database` reads them from the store's tables; :func:`found_in_memory`
from a :class:`~tekil.store.mirror.Mirror` of them. Both give the same candidates
(oldest first), their customers, the values to compare and the pairs to score.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from sqlalchemy.engine import Connection

from tekil._arrays import distinct
from tekil.block import pairs_in_blocks
from tekil.store import schema as t
from tekil.store.mirror import Mirror
from tekil.store.rows import Columns, Row, RowColumns, codes_of, flat_keys

#: A lookup key held by more records than this finds no candidates (a common surname, say).
MAX_KEY_RECORDS = 50
#: From this many candidates on, their values are read as the mirror's codes.
MANY_HELD = 2_000


class Found(NamedTuple):
    """A resolve's stored candidates and the pairs to score (candidates from ``len(rows)`` on)."""

    record_ids: list[str]
    customers: np.ndarray
    columns: Columns
    i: np.ndarray
    j: np.ndarray


class _MirrorColumns:
    """The new records' values, then those of the mirror's records at ``positions``."""

    def __init__(self, rows: list[Row], mirror: Mirror, positions: np.ndarray) -> None:
        self.new, self.mirror, self.positions = RowColumns(rows), mirror, positions

    def __len__(self) -> int:
        return len(self.new) + len(self.positions)

    def present(self, key: str) -> bool:
        return self.new.present(key) or self.mirror.has(key, self.positions)

    def __call__(self, key: str) -> np.ndarray:
        new = np.asarray(self.new(key), dtype=object)
        return np.concatenate([new, self.mirror.column(key, self.positions)])

    def factorized(self, *keys: str) -> tuple[np.ndarray, np.ndarray]:
        if len(self.positions) < MANY_HELD:  # a few: their values hashed as they are
            return codes_of(*(self(key) for key in keys))
        # Many: the held records' values come as codes, and only their distinct values are
        # hashed (a batch's 150 k candidates have a third as many distinct phone numbers).
        pieces, held = [], []
        for key in keys:
            new = np.asarray(self.new(key), dtype=object)
            codes, values = self.mirror.codes(key, self.positions)
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


def found_in_memory(mirror: Mirror, rows: list[Row], keys: list[list[int]]) -> Found:
    """:func:`found_in_database`, from the records held in memory."""
    owner, holder = mirror.candidates(keys, MAX_KEY_RECORDS)
    held, which = np.unique(holder, return_inverse=True)  # in seq order: oldest first
    pairs = _pairs_within(keys)
    return Found(
        mirror.record_ids.view[held].tolist(),
        mirror.customers(held),
        _MirrorColumns(rows, mirror, held),
        np.concatenate([owner, pairs[0]]),
        np.concatenate([len(rows) + which, pairs[1]]),
    )


def found_in_database(conn: Connection, rows: list[Row], keys: list[list[int]]) -> Found:
    """The stored candidates of new records (oldest first), their customers, the new
    and candidate records' values, and the pairs to score: new × candidate, and new × new
    sharing a key (records from ``len(rows)`` on are the candidates)."""
    n = len(rows)
    candidates = _candidates(conn, keys)
    stored = stored_rows(conn, list({r for c in candidates for r in c}))
    cand_ids = list(stored)
    position = {r: n + k for k, r in enumerate(cand_ids)}
    counts = [len(found) for found in candidates]
    i = np.repeat(np.arange(n, dtype=np.int64), counts)
    j = np.fromiter((position[r] for found in candidates for r in found), np.int64, sum(counts))
    pairs = _pairs_within(keys)
    return Found(
        cand_ids,
        np.array([stored[r][0] for r in cand_ids], dtype=object),
        RowColumns(rows + [stored[r][1] for r in cand_ids]),
        np.concatenate([i, pairs[0]]),
        np.concatenate([j, pairs[1]]),
    )


def _pairs_within(keys: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of new records sharing a key held by at most ``MAX_KEY_RECORDS`` of them, each
    pair once, sorted."""
    n = len(keys)
    counts, flat = flat_keys(keys)
    if len(flat) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    _, key = np.unique(flat, return_inverse=True)
    entry = distinct(key * n + owner)  # each (key, record) once
    a, b = pairs_in_blocks(entry // n, MAX_KEY_RECORDS)
    x, y = entry[a] % n, entry[b] % n
    pair = distinct(np.minimum(x, y) * n + np.maximum(x, y))  # once, whatever keys they share
    return pair // n, pair % n


def _candidates(conn: Connection, keys: list[list[int]]) -> list[set[str]]:
    """Per new record, the stored records sharing one of its keys (keys too common skipped)."""
    wanted = sorted({k for ks in keys for k in ks})
    hits: dict[int, list[str]] = {}
    for table in t.KEY_TABLES:
        replanned = table in t.REPLANNED
        found = t.fetch_in(conn, table, ["key", "record_id"], "key", wanted, replanned=replanned)
        for key, record_id in found:
            hits.setdefault(key, []).append(record_id)
    usable = {k: v for k, v in hits.items() if len(v) <= MAX_KEY_RECORDS}
    return [{r for k in ks for r in usable.get(k, ())} for ks in keys]


def stored_rows(conn: Connection, record_ids: list[str]) -> dict[str, tuple[str, Row]]:
    """record id → (customer id, field values), oldest record first."""
    columns = ["record_id", "customer_id", "fields", "seq"]
    rows = t.fetch_in(conn, "tekil_records", columns, "record_id", record_ids, ("fields",))
    rows.sort(key=lambda row: row[3])
    return {r: (c, f) for r, c, f, _ in rows}
