"""Fixtures shared by test modules: the identity store's batch and its resolved view."""

from __future__ import annotations

import pandas as pd
import pytest

import tekil
from conftest_store import SELIN_RECORDS, SETTINGS
from tekil.datasets import load_sample


@pytest.fixture(scope="module")
def batch() -> pd.DataFrame:
    return pd.concat([load_sample().records, pd.DataFrame(SELIN_RECORDS)], ignore_index=True)


@pytest.fixture(scope="module")
def view(batch) -> tekil.Customers:
    return tekil.customers(batch, SETTINGS, id_column="record_id")
