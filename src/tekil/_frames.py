"""An input frame as every entry point reads it: one text name per column, values as values.

>>> df = pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("Ad", ""), ("Tel", "ev")]))
>>> list(flat_header(df).columns)
['Ad', 'Tel ev']
>>> check_names(pd.DataFrame([[1, 2]], columns=["tel", "tel"]), "df")
Traceback (most recent call last):
tekil.errors.InputError: df has duplicate column names: ['tel']
>>> uncategorised(pd.DataFrame({"ad": ["Ana", "Ana"]}, dtype="category"))["ad"].dtype
dtype('O')
"""

from __future__ import annotations

import pandas as pd

from tekil.errors import InputError


def flat_header(df: pd.DataFrame) -> pd.DataFrame:
    """A header on several rows (``read_excel(header=[0, 1])``) as one name per column."""
    if not isinstance(df.columns, pd.MultiIndex):
        return df
    return df.set_axis([_joined(col) for col in df.columns], axis=1)


def _joined(levels: tuple) -> str:
    """A column name from the levels of a MultiIndex header, leaving out empty levels."""
    parts = [str(x) for x in levels if pd.notna(x) and str(x) and not str(x).startswith("Unnamed:")]
    return " ".join(parts) or "column"


def check_names(df: pd.DataFrame, name: str) -> None:
    """An :class:`InputError` where two columns have one name (as text): which is the phone?"""
    names = list(map(str, df.columns))
    if len(names) != len(set(names)):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise InputError(f"{name} has duplicate column names: {dupes}")


def uncategorised(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its categorical columns (a parquet file's dictionaries, ``read_csv(...,
    dtype="category")``) as their values, objects; ``df`` itself where it has none. pandas
    maps a categorical's categories and makes a categorical of what comes back, which fails
    where that is a set of words, and groups it by every category, seen or not."""
    categorical = [c for c, dtype in df.dtypes.items() if isinstance(dtype, pd.CategoricalDtype)]
    return df.astype(dict.fromkeys(categorical, object)) if categorical else df
