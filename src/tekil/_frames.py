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

from typing import Any

import pandas as pd

from tekil.errors import InputError


def pandas_frame(df: Any, name: str) -> pd.DataFrame:
    """``df`` as a pandas DataFrame: a table of another library that converts itself
    (``to_pandas()``: a pyarrow Table, a polars DataFrame) is converted; anything else is an
    :class:`InputError`.

    >>> import pyarrow as pa
    >>> pandas_frame(pa.table({"tel": ["0532 000 11 22"]}), "df").shape
    (1, 1)
    >>> pandas_frame([{"tel": "0532 000 11 22"}], "df")
    Traceback (most recent call last):
    tekil.errors.InputError: df must be a pandas DataFrame (or a table with to_pandas(), such as a pyarrow Table or a polars DataFrame), got list
    """
    if isinstance(df, pd.DataFrame):
        return df
    to_pandas = getattr(df, "to_pandas", None)
    converted = to_pandas() if callable(to_pandas) else None
    if isinstance(converted, pd.DataFrame):
        return converted
    raise InputError(
        f"{name} must be a pandas DataFrame (or a table with to_pandas(), such as a pyarrow "
        f"Table or a polars DataFrame), got {type(df).__name__}"
    )


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
