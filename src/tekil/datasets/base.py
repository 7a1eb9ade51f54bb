"""The shared ground-truth form of every dataset tekil ships or generates."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pandas as pd

from tekil.errors import InputError


@dataclasses.dataclass(frozen=True, eq=False)
class Dataset:
    """Records with the true entity of each record.

    Attributes
    ----------
    name:
        Short name, such as ``"febrl3"`` or ``"synthetic"``.
    records:
        One row per record. The first column is ``record_id`` (unique strings),
        followed by the data columns. Truth is never a column of ``records``.
    truth:
        True entity id (string) of every record: index ``record_id`` in the order
        of ``records``, name ``entity_id``.
    left, right:
        For linkage datasets (two files to link, such as FEBRL4) the two inputs,
        each with ``record_id``; ``records`` is then their concatenation with a
        ``source`` column. ``None`` for deduplication datasets.
    household:
        Optional household id of each record (index ``record_id``), for
        datasets that model families (the synthetic generator). Records of one
        household are different people on purpose: hard negatives.
    persons:
        Optional table of the true person attributes (index ``entity_id``), for
        checking golden records against what was generated.
    """

    id_column: ClassVar[str] = "record_id"

    name: str
    records: pd.DataFrame
    truth: pd.Series
    left: pd.DataFrame | None = None
    right: pd.DataFrame | None = None
    household: pd.Series | None = None
    persons: pd.DataFrame | None = None

    def __post_init__(self) -> None:
        records, truth = self.records, self.truth
        if len(records.columns) == 0 or records.columns[0] != self.id_column:
            raise InputError(f"dataset {self.name!r}: the first column must be {self.id_column!r}")
        ids = records[self.id_column]
        if not ids.is_unique:
            raise InputError(f"dataset {self.name!r}: column {self.id_column!r} has duplicates")
        if len(truth) != len(records) or not truth.index.equals(pd.Index(ids)):
            raise InputError(
                f"dataset {self.name!r}: truth must give one entity per record, "
                f"indexed by {self.id_column!r} in the order of the records"
            )
        if (self.left is None) != (self.right is None):
            raise InputError(f"dataset {self.name!r}: give both left and right, or neither")

    @property
    def n_records(self) -> int:
        """Number of records."""
        return len(self.records)

    @property
    def n_entities(self) -> int:
        """Number of distinct true entities."""
        return int(self.truth.nunique())

    @property
    def is_linkage(self) -> bool:
        """True for two-file linkage datasets (``left`` and ``right`` given)."""
        return self.left is not None

    def __repr__(self) -> str:
        kind = ", linkage" if self.is_linkage else ""
        return f"Dataset({self.name!r}, records={self.n_records}, entities={self.n_entities}{kind})"
