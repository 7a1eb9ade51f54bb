"""Zero-config on Faker's people (``benchmarks/foreign.py``): data tekil was not written for.

The benchmark's own files: a change that costs accuracy on people of other countries
under unseen column names fails here, not only in a benchmark run nobody repeats.
"""

from __future__ import annotations

import importlib.util
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
