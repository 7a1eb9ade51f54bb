"""Fixtures shared by test modules: the identity store's batch and its resolved view."""

from __future__ import annotations

import os

import pandas as pd
import pytest
from hypothesis import settings

import tekil
from conftest_store import SELIN_RECORDS, SETTINGS
from tekil.datasets import load_sample

# On CI the property tests draw the same examples every run: a red run is the change's, not a
# draw's (a new failing example is found by local runs, which draw afresh, and kept with
# @example).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="module")
def batch() -> pd.DataFrame:
    return pd.concat([load_sample().records, pd.DataFrame(SELIN_RECORDS)], ignore_index=True)


@pytest.fixture(scope="module")
def view(batch) -> tekil.Customers:
    return tekil.customers(batch, SETTINGS, id_column="record_id")
