"""Datasets: the synthetic Turkish customer generator, FEBRL loaders and the bundled sample.

Every loader returns a :class:`Dataset`: ``records`` (first column
``record_id``) and ``truth`` (the true entity of each record).

>>> from tekil.datasets import generate
>>> data = generate(100, seed=1)
>>> data.records.columns[:3].tolist()
['record_id', 'source', 'first_name']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from tekil.datasets.base import Dataset

if TYPE_CHECKING:
    from tekil.datasets.febrl import load_febrl1, load_febrl2, load_febrl3, load_febrl4
    from tekil.datasets.sample import load_sample
    from tekil.datasets.synthetic import COLUMNS, SOURCES, SyntheticOptions, generate

# Imported on first use, so that ``python -m tekil.datasets.synthetic`` runs cleanly
# and ``import tekil`` stays light.
_LAZY = {
    "generate": "synthetic",
    "SyntheticOptions": "synthetic",
    "COLUMNS": "synthetic",
    "SOURCES": "synthetic",
    "load_febrl1": "febrl",
    "load_febrl2": "febrl",
    "load_febrl3": "febrl",
    "load_febrl4": "febrl",
    "load_sample": "sample",
}

__all__ = [
    "COLUMNS",
    "SOURCES",
    "Dataset",
    "SyntheticOptions",
    "generate",
    "load_febrl1",
    "load_febrl2",
    "load_febrl3",
    "load_febrl4",
    "load_sample",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tekil.datasets' has no attribute {name!r}")
    value = getattr(import_module(f"tekil.datasets.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
