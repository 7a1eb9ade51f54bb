"""Checks shared by the normaliser tests."""

from collections.abc import Callable

import pandas as pd


def assert_idempotent(normaliser: Callable[..., pd.DataFrame], out: pd.DataFrame, **kwargs) -> None:
    """Normalising the canonical values again gives the same values and reasons."""
    again = normaliser(out["value"], **kwargs)
    present = out["value"].notna()
    assert again["value"][present].tolist() == out["value"][present].tolist()
    assert (
        again["reason"][present].fillna("").tolist() == out["reason"][present].fillna("").tolist()
    )
