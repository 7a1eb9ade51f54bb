"""Helpers for tests that read columns the same way under pandas 2 and pandas 3."""

import pandas as pd


def listed(values: pd.Series | pd.Index) -> list:
    """The values as a list, each missing one as None (pandas 3 writes a text column's NaN)."""
    return [
        None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in values
    ]
