"""Zero-config on Faker's people (``benchmarks/foreign.py``): data tekil was not written for.

The benchmark's own files: a change that costs accuracy on people of other countries
under unseen column names fails here, not only in a benchmark run nobody repeats.
"""

from __future__ import annotations

import functools
import importlib.util
import random
from pathlib import Path

import pandas as pd
import pytest

import tekil

pytest.importorskip("faker")


def _people():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "foreign.py"
    spec = importlib.util.spec_from_file_location("foreign_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.people


@pytest.mark.parametrize(("locale", "floor"), [("en_US", 0.955), ("de_DE", 0.95)])
def test_zero_config_on_people_of_other_countries(locale, floor):
    # 3,000 persons, hard mode: every field missing three times in ten, initials, typos,
    # other addresses, numbers and birth dates of the same person. (At 5e4dfb7, whose
    # guards took a record with a replaced birth date for a namesake: 0.939 both.)
    df, truth = _people()(locale, 3000, hard=True)
    result = tekil.dedupe(df, id_column="rid")
    labels = result.clusters.set_index("rid")["cluster_id"].reindex(df["rid"])
    metrics = tekil.evaluate(labels, pd.Series(truth, index=df["rid"]))
    assert metrics["pair_precision"] >= 0.99
    assert metrics["pair_f1"] >= floor


@functools.cache
def _en_us() -> tuple[pd.DataFrame, tuple]:
    df, truth = _people()("en_US", 3000, hard=True)
    return df, tuple(truth)


def _f1(df: pd.DataFrame, truth) -> float:
    result = tekil.dedupe(df, id_column="rid")
    labels = result.clusters.set_index("rid")["cluster_id"].reindex(df["rid"])
    return tekil.evaluate(labels, pd.Series(truth, index=df["rid"]))["pair_f1"]


def _one_line(df: pd.DataFrame) -> pd.DataFrame:
    parts = zip(df["Street"], df["Town"], df["ZIP"], strict=True)
    whole = [", ".join(p for p in row if p) or None for row in parts]
    return df.drop(columns=["Street", "Town", "ZIP"]).assign(Address=whole)


@pytest.mark.parametrize(
    "rewrite",
    [
        # "77058 Cannon Islands" without its town and ZIP had been ZIP 77058 in the town of
        # Cannon Islands (at cbc4866: 0.948 against 0.956)
        _one_line,
        # a country every record shares agrees on every pair, and had made a pair of one
        # cluster that has nothing else to compare look compared (at cbc4866: 0.954)
        lambda df: df.assign(country="US"),
    ],
    ids=["address_in_one_column", "country_of_one_value"],
)
def test_the_same_people_written_otherwise_are_found_alike(rewrite):
    df, truth = _en_us()
    assert _f1(rewrite(df), truth) >= _f1(df, truth) - 0.001


def _whole_names(df: pd.DataFrame, turned: float) -> pd.DataFrame:
    """The given and family names as one column, a share of them family name first."""
    rnd = random.Random(1)
    names = zip(df["Given Name"], df["Family Name"], strict=True)
    whole = [
        (f"{f} {g}" if rnd.random() < turned else f"{g} {f}") if g and f else (g or f)
        for g, f in names
    ]
    return df.drop(columns=["Given Name", "Family Name"]).assign(Name=whole)


def test_whole_names_written_in_both_orders_are_found_as_in_one():
    # Half the names family name first ("Smith John"), as a second system or form writes them:
    # at 8fce206, read family name last, 0.922 against 0.952 in one order.
    df, truth = _en_us()
    assert _f1(_whole_names(df, 0.5), truth) >= _f1(_whole_names(df, 0.0), truth) - 0.002
