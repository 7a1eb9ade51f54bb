"""The bundled sample: 300 synthetic Turkish customers (about 850 records).

The file ``data/sample_customers.csv`` holds the output of
``generate(SAMPLE_PERSONS, seed=SAMPLE_SEED, **SAMPLE_OPTIONS)``: the record
columns, then two truth columns, ``person_id`` and ``household_id``, which
:func:`load_sample` splits off into ``Dataset.truth`` and
``Dataset.household``. Card numbers use well-known test BINs (411111, 424242,
555555...). Rewrite the file with ``python -m tekil.datasets.synthetic --sample``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from tekil.datasets.base import Dataset

SAMPLE_PERSONS = 300
SAMPLE_SEED = 20240607
SAMPLE_OPTIONS: dict[str, Any] = {"card_bins": "test"}
SAMPLE_FILE = "sample_customers.csv"
_TRUTH_COLUMNS = ("person_id", "household_id")


def _resource() -> Any:
    return resources.files("tekil.datasets").joinpath("data", SAMPLE_FILE)


def read_records_csv(source: Any) -> pd.DataFrame:
    """Read a CSV written by tekil's generator: every value a string, blanks as NaN."""
    return pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""]).astype(object)


def to_frame(data: Dataset) -> pd.DataFrame:
    """``records`` with the truth columns ``person_id`` and ``household_id`` appended."""
    frame = data.records.copy()
    frame["person_id"] = data.truth.to_numpy()
    if data.household is not None:
        frame["household_id"] = data.household.to_numpy()
    return frame


def from_frame(frame: pd.DataFrame, name: str) -> Dataset:
    """Inverse of :func:`to_frame`: split the truth columns off into a :class:`Dataset`."""
    records = frame.drop(columns=[c for c in _TRUTH_COLUMNS if c in frame.columns])
    index = pd.Index(records[Dataset.id_column].to_numpy(dtype=object), name=Dataset.id_column)
    truth = pd.Series(frame["person_id"].to_numpy(dtype=object), index=index, name="entity_id")
    household = None
    if "household_id" in frame.columns:
        household = pd.Series(
            frame["household_id"].to_numpy(dtype=object), index=index, name="household_id"
        )
    return Dataset(name, records.reset_index(drop=True), truth, household=household)


def load_sample() -> Dataset:
    """The bundled sample of synthetic Turkish customers, with the true person per record.

    >>> data = load_sample()
    >>> data.records.columns[0], data.n_entities
    ('record_id', 300)
    """
    with _resource().open("r", encoding="utf-8", newline="") as handle:
        frame = read_records_csv(handle)
    return from_frame(frame, "sample")


def make_sample() -> pd.DataFrame:
    """Generate the sample afresh, as the frame stored in the CSV."""
    from tekil.datasets.synthetic import generate

    return to_frame(generate(SAMPLE_PERSONS, seed=SAMPLE_SEED, **SAMPLE_OPTIONS))


def write_sample(path: str | Path | None = None) -> Path:
    """Write the sample CSV (by default into the package's data folder)."""
    target = Path(path) if path is not None else Path(__file__).parent / "data" / SAMPLE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    make_sample().to_csv(target, index=False, lineterminator="\n", encoding="utf-8")
    return target
