"""The stored records' field values and lookup keys held in memory, column by column.

A batch of 10 k new records against a million stored ones has some 150 k
candidates; reading them from the database (the rows, their JSON, dicts turned
into columns) was most of such a resolve's time. A :class:`Mirror` holds every
stored record's values as codes into each column's values and the lookup keys
as sorted arrays of their hashes (about 500 bytes a record, text included), so
that candidates are found and gathered with numpy.

It stays true to the database without being told of other processes' writes:
the store's writers are serialised and each record gets the next ``seq``. Under
the write lock a mirror reads the records added since it last looked (by
``seq``), and the edit log (``tekil_edits``: the ``seq`` of each record deleted or
moved to another customer since its last look): those records are dropped or
given their new customer. An ingest (a new ``generation``) is read again whole.

>>> m = Mirror(generation=1, edits=0)
>>> m.add(seqs=[0, 1], record_ids=["a", "b"], customers=["C1", "C2"],
...       fields=['{"phone":"+905321"}', '{"phone":"+905329","city":"van"}'],
...       keys=[[7], [7, 9]])
>>> m.column("city", np.array([0, 1])).tolist()
[None, 'van']
>>> m.candidates([[9], [7, 8]], cap=50)
(array([0, 1, 1]), array([1, 0, 1]))
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from tekil._arrays import distinct, runs, sharing
from tekil.store.keys import LOOKED_AT, finding, flat_keys
from tekil.store.schema import fetch_in, placeholder, read_columns

#: Records read from the database at a time when a mirror is loaded (bounds its peak).
LOAD_CHUNK = 100_000
#: Fewer records than this are added value by value, without pandas.
FEW = 64
#: Keys added go to a small index (each addition moves it in memory); past this many keys it
#: is merged into a larger one, and that past this many times more into the largest: a batch
#: of 10 k records does not re-sort the million held.
RECENT_KEYS = 50_000
LEVEL_GROWTH = 20


class _Growing:
    """A numpy array appended to in place (capacity grows by half)."""

    def __init__(self, dtype: type | np.dtype, fill: object = 0) -> None:
        self.data = np.full(1024, fill, dtype=dtype)
        self.size = 0
        self.fill = fill

    def extend(self, values: np.ndarray | Sequence) -> None:
        values = np.asarray(values, dtype=self.data.dtype)
        end = self.size + len(values)
        if end > len(self.data):
            grown = np.full(max(end, len(self.data) * 3 // 2), self.fill, dtype=self.data.dtype)
            grown[: self.size] = self.data[: self.size]
            self.data = grown
        self.data[self.size : end] = values
        self.size = end

    @property
    def view(self) -> np.ndarray:
        return self.data[: self.size]

    def trim(self) -> None:
        """Capacity for an eighth more: little unused, and no call right after a load pays for
        growing every array at once."""
        data = np.full(self.size + self.size // 8 + 1024, self.fill, dtype=self.data.dtype)
        data[: self.size] = self.view
        self.data = data


class _KeyIndex:
    """Key hashes, sorted, and the record holding each (a key's holders in record order)."""

    def __init__(self, keys: np.ndarray | None = None, holders: np.ndarray | None = None) -> None:
        self.keys = np.empty(0, dtype=np.int64) if keys is None else keys
        self.holders = np.empty(0, dtype=np.int32) if holders is None else holders

    def __len__(self) -> int:
        return len(self.keys)

    def merged(self, keys: np.ndarray, holders: np.ndarray) -> _KeyIndex:
        """This index with more keys, of records after all those held."""
        if len(keys) < 1_000:  # a few: moved into place
            order = np.argsort(keys, kind="stable")
            at = np.searchsorted(self.keys, keys[order], "right")
            return _KeyIndex(
                np.insert(self.keys, at, keys[order]), np.insert(self.holders, at, holders[order])
            )
        keys = np.concatenate([self.keys, keys])
        order = np.argsort(keys, kind="stable")
        return _KeyIndex(keys[order], np.concatenate([self.holders, holders])[order])

    def runs(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each wanted key's holders start, and how many there are."""
        lo = np.searchsorted(self.keys, wanted, "left")
        return lo, np.searchsorted(self.keys, wanted, "right") - lo


class _Column:
    """One row key's values (``phone``, ``phone.last7``, ...) of every record: code 0 is none."""

    def __init__(self, n: int) -> None:
        self.codes = _Growing(np.int32)
        self.codes.extend(np.zeros(n, dtype=np.int32))
        self.values = _Growing(object, None)
        self.values.extend([None])

    def extend(self, values: np.ndarray | list) -> None:
        """The values of the next records (None or NaN where a record has none)."""
        if len(values) < FEW:  # a value a record: pandas would cost more than it saves
            present = [k for k, v in enumerate(values) if v is not None and v == v]
            codes = np.full(len(values), -1)
            codes[present] = range(len(present))
            uniques = [values[k] for k in present]
        else:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
        self.codes.extend(np.where(codes >= 0, codes + self.values.size, 0))
        self.values.extend(np.asarray(uniques, dtype=object))

    def __call__(self, positions: np.ndarray) -> np.ndarray:
        return self.values.view[self.codes.view[positions]]

    def set(self, positions: np.ndarray, values: Sequence) -> None:
        """New values for some records (a customer id after a split)."""
        self.codes.view[positions] = np.arange(len(values)) + self.values.size
        self.values.extend(np.asarray(values, dtype=object))

    def compact(self) -> None:
        """One copy of each value (parts read one after another each had their own)."""
        codes, uniques = pd.factorize(self.values.view[1:])
        self.codes.data = np.r_[0, codes + 1].astype(np.int32)[self.codes.view]
        self.values.data = np.r_[np.array([None], dtype=object), uniques]
        self.values.size = len(self.values.data)


class Mirror:
    """What the store holds of each record for matching: values, customer, lookup keys."""

    def __init__(self, generation: int, edits: int) -> None:
        #: The store's ``generation`` and ``edits`` counters as this mirror last read them.
        self.generation, self.edits = generation, edits
        #: The store's ``next_seq`` when this mirror last read (or wrote) its records.
        self.next_seq = 0
        self.seqs = _Growing(np.int64)  # ascending: records are added in seq order
        self.record_ids = _Growing(object, None)
        self.alive = _Growing(bool, False)
        self._dead = 0
        self._customers = _Column(0)
        self._columns: dict[str, _Column] = {}
        # The records' lookup keys, in indexes of growing size: new keys go to the first.
        self._levels = [_KeyIndex(), _KeyIndex(), _KeyIndex()]

    @property
    def n(self) -> int:
        """Records held, those since deleted included."""
        return self.record_ids.size

    def __len__(self) -> int:
        return self.n - self._dead

    def __repr__(self) -> str:
        return f"Mirror({len(self)} records, {len(self._columns)} columns)"

    # ---- reading the database --------------------------------------------------------------------
    @classmethod
    def load(cls, conn: Connection, generation: int, edits: int, next_seq: int) -> Mirror:
        """Every stored record, read in chunks of :data:`LOAD_CHUNK` in ``seq`` order."""
        mirror = cls(generation, edits)
        mirror.catch_up(conn, next_seq, edits)
        mirror._fold_keys(everything=True)
        for col in [mirror._customers, *mirror._columns.values()]:
            col.compact()
            col.codes.trim()
            col.values.trim()
        for array in (mirror.seqs, mirror.record_ids, mirror.alive):
            array.trim()
        return mirror

    def catch_up(self, conn: Connection, next_seq: int, edits: int) -> None:
        """Read what changed since this mirror last looked: the edit log's entries after its
        ``edits``, and the records from its ``next_seq`` on."""
        if edits > self.edits:
            self._apply_edits(conn)
            self.edits = edits
        columns = ["seq", "record_id", "customer_id", "fields", "keys"]
        chunk = (
            f"(SELECT {', '.join(columns)} FROM tekil_records "
            f"WHERE seq >= {placeholder(conn)} ORDER BY seq LIMIT {LOAD_CHUNK}) AS chunk"
        )
        while self.next_seq < next_seq:
            seqs, ids, customers, fields, keys = read_columns(
                conn, columns, chunk, (self.next_seq,), documents=("fields",)
            )
            if not seqs:
                break
            if (np.diff(seqs) < 0).any():  # (the order of an aggregate is SQLite's choice)
                order = np.argsort(seqs, kind="stable")
                seqs, ids, customers, fields, keys = (
                    [c[k] for k in order] for c in (seqs, ids, customers, fields, keys)
                )
            self._append(
                seqs,
                ids,
                customers,
                fields,
                np.fromiter((len(k.split()) for k in keys), np.int64, len(keys)),
                np.fromstring(" ".join(keys), dtype=np.int64, sep=" "),
            )
            self.next_seq = int(seqs[-1]) + 1
        self.next_seq = max(self.next_seq, next_seq)
        self._fold_keys()

    def _apply_edits(self, conn: Connection) -> None:
        """Records deleted since: no longer found; records moved: their new customer."""
        cursor = conn.connection.cursor()
        cursor.execute(
            f"SELECT seq FROM tekil_edits WHERE edit > {placeholder(conn)}", (self.edits,)
        )
        edited = distinct(np.array([r[0] for r in cursor.fetchall()], dtype=np.int64))
        seqs = self.seqs.view
        where = np.searchsorted(seqs, edited)
        found = where < len(seqs)
        found[found] = seqs[where[found]] == edited[found]
        where = where[found]
        where = where[self.alive.view[where]]
        now = dict(
            fetch_in(conn, "tekil_records", ["seq", "customer_id"], "seq", seqs[where].tolist())
        )
        stays = np.array([int(q) in now for q in seqs[where]], dtype=bool)
        self._customers.set(where[stays], [now[int(q)] for q in seqs[where[stays]]])
        self.alive.view[where[~stays]] = False
        self._dead += int((~stays).sum())

    # ---- adding records ----------------------------------------------------------------------------
    def add(
        self,
        *,
        seqs: Sequence[int],
        record_ids: Sequence[str],
        customers: Sequence[str],
        fields: Sequence[str],
        keys: Sequence[Sequence[int]],
    ) -> None:
        """Records as the store wrote them, in ``seq`` order: their ``fields`` JSON and
        key hashes."""
        counts, flat = flat_keys(keys)
        rows = json.loads(f"[{','.join(fields)}]")
        self._append(seqs, record_ids, customers, rows, counts, flat)
        if len(seqs):
            self.next_seq = max(self.next_seq, int(seqs[-1]) + 1)
        self._fold_keys()

    def _append(
        self,
        seqs: Sequence[int],
        record_ids: Sequence[str],
        customers: Sequence[str],
        rows: Sequence[dict],
        key_counts: np.ndarray,
        keys: np.ndarray,
    ) -> None:
        n0, count = self.n, len(record_ids)
        if count < FEW:
            names = dict.fromkeys(name for row in rows for name in row)
            columns = {name: [row.get(name) for row in rows] for name in names}
        else:  # a DataFrame reads the dicts in C
            frame = pd.DataFrame.from_records(rows)
            columns = {name: frame[name].to_numpy(dtype=object) for name in frame.columns}
        for name, values in columns.items():
            if name not in self._columns:
                self._columns[name] = _Column(n0)
            self._columns[name].extend(values)
        for name, col in self._columns.items():
            if name not in columns:
                col.codes.extend(np.zeros(count, dtype=np.int32))
        self.seqs.extend(seqs)
        self.record_ids.extend(np.asarray(record_ids, dtype=object))
        self.alive.extend(np.ones(count, dtype=bool))
        self._customers.extend(np.asarray(customers, dtype=object))
        holders = np.repeat(np.arange(n0, n0 + count, dtype=np.int32), key_counts)
        self._levels[0] = self._levels[0].merged(keys, holders)

    def _fold_keys(self, everything: bool = False) -> None:
        """Merge each key index past its size into the next (``everything``: into the last)."""
        for k in range(len(self._levels) - 1):
            if everything or len(self._levels[k]) > RECENT_KEYS * LEVEL_GROWTH**k:
                self._levels[k + 1] = self._levels[k + 1].merged(
                    self._levels[k].keys, self._levels[k].holders
                )
                self._levels[k] = _KeyIndex()

    # ---- reading records ---------------------------------------------------------------------------
    def candidates(self, keys: Sequence[Sequence[int]], cap: int) -> tuple[np.ndarray, np.ndarray]:
        """(new record, stored record) pairs sharing a key, each pair once, sorted: a key's
        live holders where they are at most ``cap``, else as :func:`~tekil.store.keys.finding`
        takes them (each customer's oldest few, or nobody)."""
        counts, flat = flat_keys(keys)
        owners = np.repeat(np.arange(len(keys)), counts)
        wanted, which = np.unique(flat, return_inverse=True)
        # Each wanted key's holders: its run in each index (older records in larger ones).
        parts = [(index, *index.runs(wanted)) for index in self._levels]
        held = sum(size for _, _, size in parts)
        within = held <= LOOKED_AT * cap + self._dead  # only these can have few enough live holders
        key_of = np.concatenate(
            [np.repeat(np.arange(len(wanted)), np.where(within, size, 0)) for _, _, size in parts]
        )
        holders = np.concatenate(
            [index.holders[runs(lo, np.where(within, size, 0))] for index, lo, size in parts]
        )
        if self._dead:
            live = self.alive.view[holders]
            key_of, holders = key_of[live], holders[live]

        def customers_of(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return pd.factorize(self.customers(holders[rows]))[0], holders[rows]  # oldest first

        found = finding(key_of, customers_of, cap)
        return sharing(owners, which, key_of[found], holders[found], cap)

    def memory_bytes(self) -> int:
        """Bytes held: the arrays, and the text they point to (counted once per object)."""
        arrays = [self.seqs, self.record_ids, self.alive]
        for col in [self._customers, *self._columns.values()]:
            arrays += [col.codes, col.values]
        total = sum(a.data.nbytes for a in arrays)
        total += sum(index.keys.nbytes + index.holders.nbytes for index in self._levels)
        objects = [self.record_ids.view] + [
            c.values.view for c in [self._customers, *self._columns.values()]
        ]
        return total + sum(sys.getsizeof(v) for view in objects for v in view if v is not None)

    def column(self, name: str, positions: np.ndarray) -> np.ndarray:
        """The values of row key ``name`` of the records at ``positions`` (None: none)."""
        col = self._columns.get(name)
        if col is None:
            return np.full(len(positions), None, dtype=object)
        return col(positions)

    def codes(self, name: str, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`column` as codes (-1: none) into the distinct values held at ``positions``
        (a value held twice, as added by two calls, may be among them twice)."""
        col = self._columns.get(name)
        if col is None:
            return np.full(len(positions), -1, dtype=np.int32), np.empty(0, dtype=object)
        held = col.codes.view[positions]
        size = col.values.size
        if len(held) < size // 16:  # a few records: sorting their codes is cheaper
            distinct, local = np.unique(held, return_inverse=True)
            none = int(len(distinct) > 0 and distinct[0] == 0)  # code 0 (no value) becomes -1
            return local.astype(np.int32) - none, col.values.view[distinct[none:]]
        # Marks over all the column's values: a pass over a million is cheaper than a sort.
        used = np.zeros(size, dtype=bool)
        used[held] = True
        used[0] = False  # code 0: no value
        distinct = np.flatnonzero(used)
        local = np.full(size, -1, dtype=np.int32)
        local[distinct] = np.arange(len(distinct), dtype=np.int32)
        return local[held], col.values.view[distinct]

    def rows(self, positions: np.ndarray) -> list[dict]:
        """The field values of the records at ``positions``, one dict each (as stored)."""
        rows: list[dict] = [{} for _ in range(len(positions))]
        for name in self._columns:
            for row, value in zip(rows, self.column(name, positions).tolist(), strict=True):
                if value is not None:
                    row[name] = value
        return rows

    def newest(self, count: int) -> np.ndarray:
        """Positions of the ``count`` newest records still held, oldest first."""
        return np.flatnonzero(self.alive.view)[-count:]

    def customers(self, positions: np.ndarray) -> np.ndarray:
        """The customer ids of the records at ``positions``."""
        return self._customers(positions)

    def has(self, name: str, positions: np.ndarray) -> bool:
        col = self._columns.get(name)
        return col is not None and bool((col.codes.view[positions] > 0).any())
