"""The stored records' field values and lookup keys held in memory, column by column.

A batch of 10 k new records against a million stored ones has some 150 k
candidates; reading them from the database (the rows, their JSON, dicts turned
into columns) was most of such a resolve's time. A :class:`Mirror` holds every
stored record's values as codes into each column's values (about 100 bytes a
record) and the lookup keys as one sorted array, so that candidates are found
and gathered with numpy.

It stays true to the database without being told of other processes' writes:
the store's writers are serialised, each record gets the next ``seq``, and
anything other than adding records (an ingest, a deletion, a customer split)
moves the store's ``generation`` or ``edits`` counter. Under the write lock a
mirror reads the records added since it last looked (by ``seq``); when a
counter moved, it is thrown away and read again.

>>> m = Mirror(generation=1, edits=0)
>>> m.add(seq_after=2, record_ids=["a", "b"], customers=["C1", "C2"],
...       fields=['{"phone":"+905321"}', '{"phone":"+905329","city":"van"}'],
...       keys=[[7], [7, 9]])
>>> m.column("city", np.array([0, 1])).tolist()
[None, 'van']
>>> m.candidates([[9], [7, 8]], cap=50)
(array([0, 1, 1]), array([1, 0, 1]))
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import chain

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

#: Records read from the database at a time when a mirror is loaded (bounds its peak).
LOAD_CHUNK = 100_000
#: Keys added since the sorted array was last rebuilt, kept in a dict until there are this many.
RECENT_KEYS = 500_000


class _Growing:
    """A numpy array appended to in place (capacity doubles)."""

    def __init__(self, dtype: type | np.dtype, fill: object = 0) -> None:
        self.data = np.full(1024, fill, dtype=dtype)
        self.size = 0
        self.fill = fill

    def extend(self, values: np.ndarray | Sequence) -> None:
        values = np.asarray(values, dtype=self.data.dtype)
        end = self.size + len(values)
        if end > len(self.data):
            grown = np.full(max(end, 2 * len(self.data)), self.fill, dtype=self.data.dtype)
            grown[: self.size] = self.data[: self.size]
            self.data = grown
        self.data[self.size : end] = values
        self.size = end

    @property
    def view(self) -> np.ndarray:
        return self.data[: self.size]


class _Column:
    """One row key's values (``phone``, ``phone.last7``, ...) of every record: code 0 is none."""

    def __init__(self, n: int) -> None:
        self.codes = _Growing(np.int32)
        self.codes.extend(np.zeros(n, dtype=np.int32))
        self.values = _Growing(object, None)
        self.values.extend([None])

    def extend(self, values: np.ndarray) -> None:
        """The values of the next records (None or NaN where a record has none)."""
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        self.codes.extend(np.where(codes >= 0, codes + self.values.size, 0))
        self.values.extend(np.asarray(uniques, dtype=object))


class Mirror:
    """What the store holds of each record for matching: values, customer, lookup keys."""

    def __init__(self, generation: int, edits: int) -> None:
        self.generation, self.edits = generation, edits
        #: The store's ``next_seq`` when this mirror last read (or wrote) its records.
        self.next_seq = 0
        self.record_ids = _Growing(object, None)
        self.customers = _Growing(object, None)
        self._columns: dict[str, _Column] = {}
        self._keys = np.empty(0, dtype=np.int64)  # sorted key hashes ...
        self._holders = np.empty(0, dtype=np.int32)  # ... and the record holding each
        self._recent: dict[int, list[int]] = {}  # keys added since: key → records
        self._recent_count = 0

    @property
    def n(self) -> int:
        return self.record_ids.size

    def __repr__(self) -> str:
        return f"Mirror({self.n} records, {len(self._columns)} columns)"

    # ---- reading the database --------------------------------------------------------------------
    @classmethod
    def load(cls, conn: Connection, generation: int, edits: int, next_seq: int) -> Mirror:
        """Every stored record, read in chunks of :data:`LOAD_CHUNK` in ``seq`` order."""
        mirror = cls(generation, edits)
        mirror.catch_up(conn, next_seq)
        mirror._rebuild_keys()
        return mirror

    def catch_up(self, conn: Connection, next_seq: int) -> None:
        """Read the records added since this mirror last looked (``seq`` ≥ its ``next_seq``)."""
        cursor = conn.connection.cursor()
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        query = (
            "SELECT seq, record_id, customer_id, fields, keys FROM tekil_records "
            f"WHERE seq >= {mark} ORDER BY seq LIMIT {LOAD_CHUNK}"
        )
        start = self.next_seq
        while start < next_seq:
            cursor.execute(query, (start,))
            rows = cursor.fetchall()
            if not rows:
                break
            self.add(
                seq_after=int(rows[-1][0]) + 1,
                record_ids=[r[1] for r in rows],
                customers=[r[2] for r in rows],
                fields=[r[3] for r in rows],
                keys=[[int(k) for k in r[4].split()] for r in rows],
            )
            start = self.next_seq
        self.next_seq = max(self.next_seq, next_seq)

    # ---- adding records ----------------------------------------------------------------------------
    def add(
        self,
        *,
        seq_after: int,
        record_ids: Sequence[str],
        customers: Sequence[str],
        fields: Sequence[str],
        keys: Sequence[Sequence[int]],
    ) -> None:
        """Records as the store wrote them: their ``fields`` JSON and key hashes, in ``seq``
        order; ``seq_after`` is one past the last record's ``seq``."""
        n0, count = self.n, len(record_ids)
        frame = pd.DataFrame.from_records(json.loads(f"[{','.join(fields)}]"))
        for name in frame.columns:
            if name not in self._columns:
                self._columns[name] = _Column(n0)
            self._columns[name].extend(frame[name].to_numpy(dtype=object))
        for name, col in self._columns.items():
            if name not in frame.columns:
                col.codes.extend(np.zeros(count, dtype=np.int32))
        self.record_ids.extend(np.asarray(record_ids, dtype=object))
        self.customers.extend(np.asarray(customers, dtype=object))
        for k, held in enumerate(keys, start=n0):
            for key in held:
                self._recent.setdefault(key, []).append(k)
            self._recent_count += len(held)
        if self._recent_count > RECENT_KEYS:
            self._rebuild_keys()
        self.next_seq = max(self.next_seq, seq_after)

    def _rebuild_keys(self) -> None:
        """Fold the recent keys into the sorted arrays."""
        if not self._recent:
            return
        counts = [len(v) for v in self._recent.values()]
        keys = np.repeat(np.fromiter(self._recent, np.int64, len(counts)), counts)
        holders = np.fromiter(chain.from_iterable(self._recent.values()), np.int32, len(keys))
        keys, holders = np.concatenate([self._keys, keys]), np.concatenate([self._holders, holders])
        order = np.lexsort((holders, keys))
        self._keys, self._holders = keys[order], holders[order]
        self._recent, self._recent_count = {}, 0

    # ---- reading records ---------------------------------------------------------------------------
    def candidates(self, keys: Sequence[Sequence[int]], cap: int) -> tuple[np.ndarray, np.ndarray]:
        """(new record, stored record) pairs sharing a key held by at most ``cap`` stored
        records (a more common key finds nobody), each pair once, sorted."""
        owners = np.repeat(np.arange(len(keys)), [len(ks) for ks in keys])
        flat = np.fromiter(chain.from_iterable(keys), np.int64, len(owners))
        wanted, which = np.unique(flat, return_inverse=True)
        lo = np.searchsorted(self._keys, wanted, "left")
        in_sorted = np.searchsorted(self._keys, wanted, "right") - lo
        recent = [self._recent.get(int(k), ()) for k in wanted] if self._recent else []
        in_recent = np.fromiter(map(len, recent), np.int64, len(recent))
        sizes = in_sorted + in_recent if recent else in_sorted
        sizes[sizes > cap] = 0
        # Each wanted key's holders, key after key: its run of the sorted array, then recent ones.
        in_sorted[sizes == 0] = 0
        holders = self._holders[_runs(lo, in_sorted)].astype(np.int64)
        if recent:
            in_recent[sizes == 0] = 0
            added = chain.from_iterable(r for r, size in zip(recent, sizes, strict=True) if size)
            holders = np.concatenate([holders, np.fromiter(added, np.int64, in_recent.sum())])
            key_of = np.repeat(np.tile(np.arange(len(wanted)), 2), np.r_[in_sorted, in_recent])
            holders = holders[np.argsort(key_of, kind="stable")]
        starts = np.cumsum(sizes) - sizes
        taken = sizes[which]  # each (new record, key) takes its key's holders
        width = max(self.n, 1)
        code = np.unique(np.repeat(owners, taken) * width + holders[_runs(starts[which], taken)])
        return code // width, code % width

    def column(self, name: str, positions: np.ndarray) -> np.ndarray:
        """The values of row key ``name`` of the records at ``positions`` (None: none)."""
        col = self._columns.get(name)
        if col is None:
            return np.full(len(positions), None, dtype=object)
        return col.values.view[col.codes.view[positions]]

    def has(self, name: str, positions: np.ndarray) -> bool:
        col = self._columns.get(name)
        return col is not None and bool((col.codes.view[positions] > 0).any())


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices ``start, start + 1, ...`` of each run, runs one after another."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    offsets = np.repeat(np.asarray(starts, dtype=np.int64) - (ends - lengths), lengths)
    return np.arange(total, dtype=np.int64) + offsets
