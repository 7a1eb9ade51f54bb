"""The customer view: identities, golden records, households, roll-ups and audiences.

:func:`customers` resolves the records (:func:`tekil.dedupe`, with the
identifier graph and the over-merge guards) and builds what the business
works with:

* ``Customers.records``: every input row once, with its ``customer_id`` and
  ``household_id``;
* ``Customers.golden``: one row per customer: the surviving value of each
  attribute with its source and record, all phones, e-mails, handles and cards,
  and the configured roll-ups;
* ``Customers.conflicts``: where the sources disagree, for data stewards;
* :meth:`Customers.roll_up` and :meth:`Customers.audience` for customer-level
  decisions.

>>> import tekil
>>> sample = tekil.datasets.load_sample()                                   # doctest: +SKIP
>>> view = tekil.customers(sample.records, id_column="record_id")           # doctest: +SKIP
>>> view.golden[["customer_id", "name", "phone", "phones"]].head()          # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from tekil.api import Result, _prepare_frame, dedupe
from tekil.derived import read_as
from tekil.errors import InputError
from tekil.golden import golden_records, masked_cards
from tekil.households import households
from tekil.rollup import Rule, roll_up

#: Contact channels by golden attribute, in the default order of preference.
CHANNELS = {"phone": "phone", "email": "email", "handle": "social"}


@dataclass
class Customers:
    """Customers resolved from records; see the module docstring."""

    records: pd.DataFrame
    golden: pd.DataFrame
    conflicts: pd.DataFrame
    result: Result = field(repr=False)
    data: pd.DataFrame = field(repr=False)

    @property
    def id_column(self) -> str:
        return self.records.columns[0]

    def __len__(self) -> int:
        return len(self.golden)

    def customer(self, customer_id: str) -> pd.DataFrame:
        """The input rows of one customer, with their ``customer_id``."""
        rows = self._rows_of(customer_id)
        return self.data.iloc[rows].assign(customer_id=customer_id)

    def graph(self, customer_id: str) -> nx.Graph:
        """The customer's records and their scored pairs (``match_probability``) as a graph."""
        rows = self._rows_of(customer_id)
        return self.result.component_graph(int(self.result.clusters["cluster_id"].iat[rows[0]]))

    def roll_up(self, rules: dict[str, str | Rule]) -> pd.DataFrame:
        """Every record with each column rolled up over its customer.

        ``rules`` maps a column of the input to a rule (see :mod:`tekil.rollup`),
        e.g. ``{"status": "tier:Normal<Gold<Platinum", "paid": "any"}``.
        """
        label = self._labels()
        out = self.records[[self.id_column, "customer_id"]].copy()
        for column, rule in rules.items():
            if column not in self.data.columns:
                raise InputError(
                    f"roll-up column {column!r} is not in the data; "
                    f"columns are {list(self.data.columns)[:20]}"
                )
            out[column] = roll_up(self.data[column], label, rule, column).to_numpy()[label]
        return out

    def audience(
        self,
        include: pd.DataFrame | Sequence[Any],
        exclude: pd.DataFrame | Sequence[Any] | None = None,
        *,
        channels: Sequence[str] = tuple(CHANNELS),
    ) -> pd.DataFrame:
        """One row per customer to contact: the audience less every excluded customer.

        ``include`` and ``exclude`` are record ids (a list, or a DataFrame with
        the id column) or customers (a DataFrame with ``customer_id``). A
        customer is excluded when *any* of their records is, so that a person
        who already paid through one account is not asked again through
        another. Each row carries the preferred channel and contact value
        from the golden record (the first of ``channels`` the customer has;
        ``None`` when they have none).
        """
        for channel in channels:
            if channel not in CHANNELS:
                raise InputError(f"unknown channel {channel!r}; use {', '.join(CHANNELS)}")
        wanted = self._customers_of(include, "include")
        if exclude is not None:
            wanted = wanted[~np.isin(wanted, self._customers_of(exclude, "exclude"))]
        rows = self.golden.set_index("customer_id").loc[wanted]
        out = pd.DataFrame({"customer_id": wanted})
        out["name"] = rows["name"].to_numpy() if "name" in rows else None
        out["channel"] = None
        out["contact"] = None
        for attribute in reversed([c for c in channels if c in rows]):
            has = rows[attribute].notna().to_numpy()
            out.loc[has, "channel"] = CHANNELS[attribute]
            out.loc[has, "contact"] = rows[attribute].to_numpy()[has]
        return out.reset_index(drop=True)

    def summary(self) -> str:
        sizes = self.records["customer_id"].value_counts()
        return (
            f"records: {len(self.records):,}   customers: {len(self.golden):,}   "
            f"households: {self.records['household_id'].nunique():,}   "
            f"customers whose sources disagree: {self._n_disputed():,}   "
            f"largest customer: {int(sizes.max()) if len(sizes) else 0} records"
        )

    # ---- helpers -------------------------------------------------------------------------------
    def _n_disputed(self) -> int:
        different = self.conflicts["kind"] == "different"
        return int(self.conflicts.loc[different, "customer_id"].nunique())

    def _labels(self) -> np.ndarray:
        return self.result.clusters["cluster_id"].to_numpy()

    def _rows_of(self, customer_id: str) -> np.ndarray:
        rows = np.flatnonzero(self.records["customer_id"].to_numpy() == customer_id)
        if len(rows) == 0:
            raise InputError(f"there is no customer {customer_id!r}")
        return rows

    def _customers_of(self, selection: Any, name: str) -> np.ndarray:
        """Distinct customer ids of a selection of records or customers, in first-seen order."""
        if isinstance(selection, pd.DataFrame):
            if "customer_id" in selection.columns:
                wanted = selection["customer_id"]
                known = self.golden["customer_id"]
                unknown = ~wanted.isin(known)
                if unknown.any():
                    raise InputError(
                        f"{name}: customer id(s) {wanted[unknown].tolist()[:5]} are not known"
                    )
                return pd.unique(wanted.to_numpy(dtype=object))
            if self.id_column not in selection.columns:
                raise InputError(
                    f"{name} needs a {self.id_column!r} column (record ids) or a 'customer_id' "
                    f"column; it has {list(selection.columns)[:20]}"
                )
            selection = selection[self.id_column]
        ids = pd.Index(self.records[self.id_column])
        positions = ids.get_indexer(pd.Index(list(selection)))
        if (positions < 0).any():
            missing = [x for x, p in zip(list(selection), positions, strict=True) if p < 0]
            raise InputError(f"{name}: record id(s) {missing[:5]} are not in the data")
        return pd.unique(self.records["customer_id"].to_numpy()[positions])


def customers(
    df: pd.DataFrame,
    settings: Any = None,
    threshold: float | None = None,
    *,
    id_column: str | None = None,
    progress: bool = False,
    result: Result | None = None,
) -> Customers:
    """Resolve ``df`` into customers with golden records (see :class:`Customers`).

    Arguments as for :func:`tekil.dedupe`; pass ``result`` to build the view
    on a resolution already made from the same ``df``.
    """
    if result is None:
        result = dedupe(df, settings, threshold, id_column=id_column, progress=progress)
    st = result.settings
    data = read_as(_prepare_frame(df, "df"), st.roles, st.source_column)
    data = data.reset_index(drop=True)
    if len(data) != len(result.clusters):
        raise InputError("result was made from other data: its record count differs from df")
    label = result.clusters["cluster_id"].to_numpy()
    ids = result.records.ids
    width = max(6, len(str(int(label.max(initial=0)) + 1)))
    customer_ids = np.array([f"C{k + 1:0{width}d}" for k in range(int(label.max()) + 1)])
    house = households(result.records, label, result.shared_values)
    house_ids = np.array([f"H{k + 1:0{width}d}" for k in range(int(house.max()) + 1)])

    records = result.clusters[[result.id_column]].copy()
    if "source" in result.clusters.columns:
        records["source"] = result.clusters["source"]
    records["customer_id"] = customer_ids[label]
    records["household_id"] = house_ids[house[label]]

    table = golden_records(data, result.records, label, st, ids)
    golden = table.golden
    for column, rule in st.rollups.items():
        golden[column] = roll_up(data[column], label, rule, column).to_numpy()
    golden.insert(0, "customer_id", customer_ids)
    golden.insert(1, "household_id", house_ids[house])
    golden = golden.reset_index(drop=True)
    conflicts = table.conflicts.copy()
    conflicts.insert(0, "customer_id", customer_ids[conflicts.pop("label").to_numpy(dtype=int)])
    for column, role in st.roles.items():  # the view keeps no clear card number
        if role == "card" and column in data.columns:
            data[column] = masked_cards(data[column], result.records.normalised.get(column))
    return Customers(records=records, golden=golden, conflicts=conflicts, result=result, data=data)
