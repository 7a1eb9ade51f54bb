"""A column's normaliser output, kept once per distinct raw value (:class:`Normalised`).

The normalisers work once per distinct value; keeping their output that way,
with each record's row number into it, lets :func:`tekil.records.encode` factorise,
count and convert to categoricals on the distinct values only (a column of a
million records may hold a few thousand distinct cities), instead of first
spreading every output column to one row per record.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Normalised:
    """A normaliser's output for a column: ``table`` row ``rows[k]`` is record ``k``'s.

    ``table`` has one row per distinct raw value in order of first appearance
    (and possibly a last row for missing cells), so that values factorised on the
    table come out in the order of the records, as factorising per record would.

    >>> frame = pd.DataFrame({"value": ["a", "b", None], "reason": [None, None, "missing"]})
    >>> out = Normalised(frame, np.array([0, 2, 0, 1]), pd.RangeIndex(4))
    >>> codes, uniques = out.factorize("value")
    >>> codes.tolist(), uniques.tolist(), out.reason_counts()
    ([0, -1, 0, 1], ['a', 'b'], {'ok': 3, 'missing': 1})
    """

    table: pd.DataFrame
    rows: np.ndarray
    index: pd.Index

    @classmethod
    def of_frame(cls, frame: pd.DataFrame) -> Normalised:
        """A normaliser's per-record frame as it is (one table row per record)."""
        return cls(frame.reset_index(drop=True), np.arange(len(frame)), frame.index)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def columns(self) -> pd.Index:
        return self.table.columns

    def frame(self) -> pd.DataFrame:
        """The per-record frame the normaliser returns for the column."""
        out = self.table.take(self.rows)
        out.index = self.index
        return out

    def column(self, name: str, *, usable: bool = False) -> pd.Series:
        """Output column ``name`` per record (index 0..n-1); ``usable``: ``<NA>`` where a reason is given."""
        values = self._values(name, usable)
        return pd.Series(values.array.take(self.rows), name=name)

    def factorize(self, name: str, *, usable: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Codes per record (int32, -1 missing) and the distinct values, in order of first appearance.

        ``usable``: values that carry a reason count as missing.
        """
        codes, uniques = pd.factorize(self._values(name, usable).astype(object))
        return codes.astype(np.int32)[self.rows], np.asarray(uniques, dtype=object)

    def integers(self, name: str) -> np.ndarray:
        """An integer column per record (int32), -1 where missing or unusable."""
        values = self._values(name, usable=True).fillna(-1).astype(np.int32).to_numpy()
        return values[self.rows]

    def categorical(self, name: str) -> pd.Categorical:
        """Output column ``name`` per record as a categorical (categories in order of appearance)."""
        codes, categories = pd.factorize(self.table[name])
        return pd.Categorical.from_codes(codes[self.rows], categories=categories)

    def reason_counts(self) -> dict[str, int]:
        """How many records got each reason (``ok`` for none), most frequent first."""
        reason = self.table["reason"]
        per_row = np.bincount(self.rows, minlength=len(reason))
        given = reason.notna().to_numpy()
        # Only the rows with a reason are hashed (most have none); no reason is "ok", in its
        # place of first appearance among the reasons, as ties are listed.
        codes, reasons = pd.factorize(reason[given])
        counts = np.bincount(codes, weights=per_row[given], minlength=len(reasons))
        firsts = np.flatnonzero(given)[np.unique(codes, return_index=True)[1]]
        labels = [str(r) for r in reasons]
        if not given.all():
            labels.append("ok")
            counts = np.append(counts, per_row[~given].sum())
            firsts = np.append(firsts, np.argmin(given))
        order = np.lexsort((firsts, -counts))
        return {labels[k]: int(counts[k]) for k in order if counts[k] > 0}

    def usable(self, name: str) -> pd.Series:
        """Output column ``name`` per row of ``table``, ``<NA>`` where a reason is given."""
        return self.table[name].where(self.table["reason"].isna())

    def _values(self, name: str, usable: bool) -> pd.Series:
        return self.usable(name) if usable else self.table[name]
