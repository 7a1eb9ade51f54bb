"""New records as the store keeps them: each one's field values, document and lookup keys.

A record is read by its own values only (the store's settings fix every choice a batch
would make from its data), so a call's records can be cut in two and read by two processes:
:func:`read_new` hands the second part of a large call to a :class:`~tekil.parallel.Helper`
while this process reads the first, and the result is the one process's.

>>> new, _ = read_new(
...     pd.DataFrame({"tel": ["0532 123 45 67"]}), {"tel": "phone"}, ["r1"],
...     Reading(split=True, name_words={}, arguments={"tel": ("phone", {"region": "TR"})}, extra=[],
...             card_key=None, rules=[]))
>>> new.rows[0]["tel"], new.fields[0], len(new.keys[0])
('+905321234567', '{"tel":"+905321234567","tel.last7":"1234567","tel.line_type":"mobile"}', 1)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from tekil._gc import cycle_collection_paused
from tekil.parallel import Helper, HelperFailed
from tekil.records import prepare
from tekil.settings import BlockingRule, Settings
from tekil.store.ahead import Ahead, Lookup
from tekil.store.documents import row_document, storable, stored_fields, to_documents
from tekil.store.keys import hashed_keys
from tekil.store.rows import (
    Row,
    encode_row,
    normalise_rows,
    readers,
    records_to_rows,
)

log = logging.getLogger(__name__)

#: From this many records on, a call is normalised column by column, as a batch is (pandas
#: costs some 40 ms a call, more than reading fewer records cell by cell; crossing 1.6–2 k).
COLUMNAR_ROWS = 2_000
#: From this many records on, a call's second half is read by the helper process (sending
#: the records and their results back costs a tenth of reading them).
HELPER_ROWS = 4_000


@dataclass(frozen=True)
class Reading:
    """How the store reads new records: its settings' choices, fixed when it was built."""

    #: Whether a whole name alone in a last-name column is split (``Settings.split_lone_names``).
    split: bool
    #: How whole names are read (:func:`tekil.records.read_whole_name`): the batch's name words.
    name_words: dict[str, float]
    #: Each column's normaliser and its arguments, as the store's batch read them.
    arguments: dict[str, tuple[str, dict[str, Any]]]
    #: Columns kept as typed in the documents (a source, a timestamp, roll-ups).
    extra: list[str]
    card_key: str | None
    rules: list[BlockingRule]


class NewRecords(NamedTuple):
    """A call's records as the store keeps them, each made outside the write transaction:
    their rows (field values; empty: nothing usable), documents, rows as stored (JSON) and
    lookup key hashes."""

    rows: list[Row]
    documents: list[str]
    fields: list[str]
    keys: list[list[int]]

    def then(self, other: NewRecords) -> NewRecords:
        """These records, then ``other``."""
        return NewRecords(*(a + b for a, b in zip(self, other, strict=True)))

    def taking(self, kept: list[int]) -> NewRecords:
        """The records at positions ``kept``."""
        return NewRecords(*([part[k] for k in kept] for part in self))


def read_new(
    mapped: pd.DataFrame,
    roles: dict[str, str],
    ids: list[str],
    reading: Reading,
    helper: Helper | None = None,
    lookup: Lookup | None = None,
) -> tuple[NewRecords, Ahead | None]:
    """The call's records as the store keeps them; the second half of a large call read by
    ``helper`` when it can take it. With a helper and a ``lookup``, each process then reads
    and scores its half's stored candidates too (:mod:`tekil.store.ahead`: the write
    transaction takes them if nothing was stored since); else they are None."""
    n = len(ids)
    if helper is None or n < HELPER_ROWS:
        return _read(mapped, roles, ids, reading), None
    half = n // 2
    there = mapped.iloc[half:].reset_index(drop=True)
    sent = helper.call(_read_and_look_up, (there, roles, ids[half:], reading, lookup))
    new = _read(mapped.iloc[:half].reset_index(drop=True), roles, ids[:half], reading)
    ahead = lookup(new.rows, new.keys, ids[:half], roles) if sent and lookup is not None else None
    more = None
    if sent:
        try:
            more = helper.result()
        except HelperFailed as exc:
            log.warning("%s; reading those records here", exc)
    if more is None:  # the helper was busy, not ready or failed
        more = _read(there, roles, ids[half:], reading), None
    both = ahead is not None and more[1] is not None
    return new.then(more[0]), ahead.after(more[1], half) if both else None


def ready_to_read() -> bool:
    """Nothing, run in a helper process as it starts: sent by reference, it has the helper
    import what reading a call's records needs (the store's modules, numba's cached kernels:
    0.9 s in a fresh interpreter) before the first large call, not during it."""
    return True


@cycle_collection_paused()  # (as this process's resolve: a full collection walks the model)
def _read_and_look_up(
    mapped: pd.DataFrame,
    roles: dict[str, str],
    ids: list[str],
    reading: Reading,
    lookup: Lookup | None,
) -> tuple[NewRecords, Ahead | None]:
    """:func:`_read`, and the records' stored candidates scored (the helper's half of a call)."""
    new = _read(mapped, roles, ids, reading)
    ahead = None
    if lookup is not None:
        try:
            ahead = lookup(new.rows, new.keys, ids, roles)
        except Exception as exc:  # only time is lost: the write transaction reads them
            log.debug("candidates not read ahead: %s", exc)
    return new, ahead


def _read(
    mapped: pd.DataFrame, roles: dict[str, str], ids: list[str], reading: Reading
) -> NewRecords:
    """:func:`read_new` in this process. Many records are normalised column by column, a few
    cell by cell, each distinct value once; both give the same rows and documents."""
    if len(mapped) >= COLUMNAR_ROWS:
        settings = Settings(roles=roles, card_key=reading.card_key, split_lone_names=reading.split)
        records = prepare(
            mapped, settings, np.asarray(ids, dtype=object), reading.arguments, reading.name_words
        )
        rows = records_to_rows(records)
        documents = to_documents(records, mapped, roles, reading.extra)
    else:
        # (as ``to_dict("records")``, at a tenth of its cost on a single record)
        cells = [{} for _ in range(len(mapped))]
        for name, values in mapped.items():
            for cell, value in zip(cells, values.tolist(), strict=True):
                cell[name] = value
        normalised = normalise_rows(cells, readers(roles, reading.arguments))
        rows = [
            encode_row(x, roles, split=reading.split, name_words=reading.name_words)
            for x in normalised
        ]
        documents = [
            row_document(x, c, roles, reading.extra) for x, c in zip(normalised, cells, strict=True)
        ]
    keys = hashed_keys(rows, reading.rules, roles)
    return NewRecords(rows, storable(documents), stored_fields(rows), keys)
