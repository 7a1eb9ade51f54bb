"""What the runners share: the job, its output, tutorial-level cleaning, connected components."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

#: Record id column of every frame a runner gets (unique across both sides of a linkage).
ID = "record_id"


@dataclasses.dataclass(frozen=True)
class Job:
    """One run: the data, already in memory, and what it is.

    Attributes
    ----------
    dataset:
        ``febrl3``, ``febrl4`` or ``synthetic:N``.
    family:
        ``febrl`` (FEBRL columns) or ``synthetic`` (tekil's Turkish customer columns).
    frames:
        One frame to deduplicate, or two (left, right) to link; each has :data:`ID`.
    seed:
        Seed for the tools' random sampling.
    """

    dataset: str
    family: str
    frames: tuple[pd.DataFrame, ...]
    seed: int = 0

    @property
    def is_link(self) -> bool:
        """True when two frames are linked, rather than one deduplicated."""
        return len(self.frames) == 2


@dataclasses.dataclass
class Output:
    """What a runner returns.

    Attributes
    ----------
    labels:
        Cluster id of every input record, indexed by record id.
    candidate_pairs:
        Distinct record pairs the tool compared, when known at once.
    count_pairs:
        Counts them instead; called after the clock has stopped, so it may redo work.
    note:
        One line on what was run (shown under the table).
    """

    labels: pd.Series
    candidate_pairs: int | None = None
    count_pairs: Callable[[], int] | None = None
    note: str = ""


def connected_labels(ids: pd.Index, id_a: pd.Index, id_b: pd.Index) -> pd.Series:
    """Connected components of the graph with edges ``id_a[k] - id_b[k]`` over ``ids``.

    Returns the component number of every id (records in no edge are singletons).
    """
    a, b = ids.get_indexer(id_a), ids.get_indexer(id_b)
    if (a < 0).any() or (b < 0).any():
        raise ValueError("a matched pair names a record id that is not in the input")
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(len(ids), len(ids)))
    _, labels = connected_components(graph, directed=False)
    return pd.Series(labels, index=ids, name="cluster_id")


# ---- what a tutorial user would do to the synthetic Turkish data ----------------------------
def clean_text(values: pd.Series) -> pd.Series:
    """Lower-case, accents stripped (Unicode NFKD), spaces collapsed; empty strings null.

    The generic string standardisation that record-linkage tutorials show. Nothing
    Turkish-specific: dotless ``ı`` stays ``ı`` while ``I`` becomes ``i``.
    """
    out = (
        values.astype("string")
        .str.lower()
        .str.normalize("NFKD")
        .str.replace(r"[\u0300-\u036f]", "", regex=True)
        .str.replace(r"\s+", " ", regex=True)
        .str.strip()
    )
    return out.mask(out == "")


def digits(values: pd.Series, last: int | None = None) -> pd.Series:
    """Digits only (and the ``last`` digits when given); no digit gives null."""
    out = values.astype("string").str.replace(r"\D", "", regex=True)
    if last is not None:
        out = out.str[-last:]
    return out.mask(out == "")


def tutorial_frame(records: pd.DataFrame) -> pd.DataFrame:
    """The synthetic records prepared the way a Splink or recordlinkage tutorial would.

    * names, city and address: :func:`clean_text`;
    * ``first_name``/``last_name`` taken from ``full_name`` (first and last word; a single
      word is a first name) where the source has only a full name (cards, social, warranty);
    * ``birth_date``: parsed with ``pandas.to_datetime(format="mixed", dayfirst=True)``
      and written ``YYYY-MM-DD``;
    * ``phone``: digits only, the last 10 (drops ``+90``/``0`` prefixes);
      ``tckn``: digits only; ``email``: lower-case, trimmed; ``postcode``: trimmed.

    Columns not used by the peers (handle, card number, gender, status...) are dropped.
    Missing values are ``None`` (object columns), which both DuckDB and pandas read as null.
    """
    full = clean_text(records["full_name"])
    first = clean_text(records["first_name"]).fillna(full.str.extract(r"^(\S+)")[0])
    last = clean_text(records["last_name"]).fillna(full.str.extract(r"\s(\S+)$")[0])
    born = pd.to_datetime(records["birth_date"], format="mixed", dayfirst=True, errors="coerce")
    out = pd.DataFrame(
        {
            ID: records[ID],
            "first_name": first,
            "last_name": last,
            "birth_date": born.dt.strftime("%Y-%m-%d"),
            "phone": digits(records["phone"], last=10),
            "email": records["email"].astype("string").str.strip().str.lower(),
            "tckn": digits(records["tckn"]),
            "city": clean_text(records["city"]),
            "postcode": records["postcode"].astype("string").str.strip(),
            "address": clean_text(records["address"]),
        }
    )
    return out.astype(object).where(out.notna(), None)
