"""Records one at a time: what :func:`tekil.records.encode` makes of a record, as a plain dict.

A *row* holds a record's field values, ``{"first_name": "ayse", "phone":
"+905321234567", "phone.last7": "1234567", "dob.year": 1985, ...}``; missing
values are left out. The store keeps each record's row, so that candidates
become :class:`~tekil.records.Records` again without normalising anything
(:func:`rows_to_records`), and it reads a new record cell by cell
(:func:`normalise_row`, :func:`encode_row`): no pandas per call, which is what
a resolve in milliseconds needs. A test checks that :func:`encode_row` and the
batch :func:`~tekil.records.encode` agree on every record.

>>> roles = {"name": "full_name", "tel": "phone"}
>>> cells = normalise_row({"name": "Ayşe Nur Yılmaz", "tel": "0532 123 45 67"}, readers(roles))
>>> row = encode_row(cells, roles)
>>> row["first_name"], row["last_name"], row["tel.last7"]
('ayse nur', 'yilmaz', '1234567')
>>> rows_to_records([row], ["r1"], roles).fields["tel"].value_of(0)
'+905321234567'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Any, Protocol

import numpy as np
import pandas as pd

from tekil import normalize
from tekil.normalize import CellReader
from tekil.normalize._common import MISSING
from tekil.normalize.generations import suffix_apart
from tekil.normalize.names import split_whole_name
from tekil.records import (
    _KEPT_COLUMNS,
    _NAME_ROLES,
    MIN_ALIAS_LETTERS,
    NAME_SUFFIX,
    PARTS_OF_ANY_READING,
    Field,
    Records,
    letters,
    middle_apart,
    normaliser_kind,
    read_whole_name,
)
from tekil.store.documents import plain

Row = dict[str, Any]

#: The parts a field of each role carries (``phone.last7``); dates' parts are plain integers.
PARTS = {
    "dob": ("year", "month", "day"),
    "phone": ("last7", "line_type"),
    "email": ("local",),
    "handle": ("username",),
    "card": ("last4", "brand"),
    "free_id": ("tail",),
}
_INTEGER_PARTS = {"year", "month", "day"}
_ALL_PARTS = {part for parts in PARTS.values() for part in parts}
_NAME_ROLES_SET = set(_NAME_ROLES)
#: The identifiers whose letters the alias field compares with names: role → part read.
_ALIAS_SOURCES = {"email": "local", "handle": "username"}
#: Separates a key's kind from its value, and a rule's key parts.
SEP = "="
PART_SEP = "|"


def readers(roles: dict[str, str], arguments: dict[str, tuple[str, dict]] | None = None):
    """Each column's :class:`~tekil.normalize.CellReader` (``arguments``: kind and kwargs)."""
    arguments = arguments or {}
    out = {}
    for col, role in roles.items():
        kind, kwargs = arguments.get(col, (normaliser_kind(role), {}))
        out[col] = normalize.reader(kind, **kwargs)
    return out


def normalise_row(cells: dict[str, Any], column_readers: dict[str, CellReader]) -> Row:
    """Per column, its normaliser's kept outputs for one record (``{col: {"value": …}}``)."""
    return normalise_rows([cells], column_readers)[0]


def normalise_rows(
    records: list[dict[str, Any]], column_readers: dict[str, CellReader]
) -> list[Row]:
    """:func:`normalise_row` of each record; a column's distinct values are read once."""
    columns = [(col, reader, _kept_positions(reader), {}) for col, reader in column_readers.items()]
    out = []
    for cells in records:
        row = {}
        for col, reader, positions, seen in columns:
            raw = cells.get(col)
            if raw is None or raw is pd.NA or (raw.__class__ is float and raw != raw):
                continue  # empty: each NaN is an object of its own, and would miss ``seen``
            try:
                kept = seen[raw]
            except KeyError:
                kept = seen[raw] = _kept(reader, positions, raw)
            except TypeError:  # an unhashable cell (a list): unparseable, read as it is
                kept = _kept(reader, positions, raw)
            if kept:
                row[col] = kept
        out.append(row)
    return out


def _kept_positions(reader: CellReader) -> list[tuple[int, str]]:
    return [(k, name) for k, name in enumerate(reader.columns) if name in _KEPT_COLUMNS]


def _kept(reader: CellReader, positions: list[tuple[int, str]], raw: Any) -> dict[str, Any]:
    result = reader.row(raw)
    if result[1] is not pd.NA and result[1] == MISSING:
        return {}  # nothing to keep of an empty cell
    return {
        name: plain(result[k])
        for k, name in positions
        if result[k] is not pd.NA and result[k] is not None
    }


def _usable(out: dict[str, Any] | None, name: str = "value") -> Any:
    """A normaliser output fit to match on: present, and no reason against it."""
    if not out or "reason" in out:
        return None
    return out.get(name)


def encode_row(
    normalised: Row,
    roles: dict[str, str],
    *,
    split: bool = True,
    name_words: dict[str, float] | None = None,
) -> Row:
    """One record's field values, as :func:`tekil.records.encode` makes them; ``split``: whether
    a whole name alone in the last name is split, ``name_words``: how whole names are read
    (:func:`~tekil.records.read_whole_name`; both as the batch decided)."""
    row: Row = {}
    first = last = suffix = middle = None
    middle_column = next((col for col, role in roles.items() if role == "middle_name"), None)
    for col, role in roles.items():
        if role == "first_name" and first is None:
            first = _usable(normalised.get(col))
        elif role == "last_name" and last is None:
            last = _usable(normalised.get(col))
            if last is not None:
                last, suffix = suffix_apart(last)
    for col, role in roles.items():
        if role == "full_name":
            out = normalised.get(col)
            given, family = _usable(out, "given"), _usable(out, "family")
            if given and family and middle_column is not None:
                given, family, read = middle_apart(given, family, name_words or {})
                middle = middle or read
            elif given and family and name_words:
                given, family = read_whole_name(given, family, name_words)
            single = None if family else _usable(out)
            if single is not None and single == last:  # the family name again: no given name
                single = None
            first = first or given or single
            last = last or family
            if suffix is None and family:
                suffix = suffix_apart(_usable(out))[1]
    if split and first is None and last is not None and " " in last:  # a whole name alone
        given, family = split_whole_name(last.split())
        if given is not None:  # "smith jr" stays whole
            first, last = given, family
    for name, value in (("first_name", first), ("last_name", last)):
        if value is not None:
            row[name] = value
    suffix_column = next((col for col, role in roles.items() if role == "suffix"), None)
    if suffix is not None and suffix_column is None:
        row[NAME_SUFFIX] = suffix
    for col, role in roles.items():
        if role in _NAME_ROLES:
            continue
        out = normalised.get(col)
        value = _usable(out)
        if value is not None:
            row[col] = value
        for part in PARTS.get(role, ()):
            shown = value is not None or part in PARTS_OF_ANY_READING  # a masked card's last4
            if shown and out and out.get(part) is not None:
                row[f"{col}.{part}"] = out[part]
    if suffix is not None and suffix_column is not None:
        row.setdefault(suffix_column, suffix)  # the column's value, else the name's suffix
    if middle is not None and middle_column is not None:
        row.setdefault(middle_column, middle)  # the column's value, else the whole name's
    row.update(_alias(row, roles))
    return row


def _alias(row: Row, roles: dict[str, str]) -> Row:
    """The alias field's values: the name as an identifier, and identifiers' letters."""
    out: Row = {}
    sources = _alias_sources(roles)
    if not _NAME_ROLES_SET & set(roles.values()) or not sources:
        return out  # no alias field (see tekil.records.alias_field)
    given, family = _letters(row.get("first_name")), _letters(row.get("last_name"))
    if len(given) >= 2 and len(family) >= 2:  # only full names make a key
        out["alias"] = given + family
        out["alias.reversed"] = family + given
    for role, col in sources.items():
        out[f"alias.{role}"] = _letters(row.get(f"{col}.{_ALIAS_SOURCES[role]}"))
    return {k: v for k, v in out.items() if len(v) >= MIN_ALIAS_LETTERS}


def _alias_sources(roles: dict[str, str]) -> dict[str, str]:
    """The first e-mail and handle columns: the identifiers the alias field reads."""
    found = {
        role: next((c for c, r in roles.items() if r == role), None) for role in _ALIAS_SOURCES
    }
    return {role: col for role, col in found.items() if col is not None}


@lru_cache(maxsize=1 << 16)  # bounded: a service reads names for months
def _letters(value: str | None) -> str:
    return "" if value is None else letters(value)


# ---- rows and Records ----------------------------------------------------------------------------
def records_to_rows(records: Records) -> list[Row]:
    """Each record's field values (the inverse of :func:`rows_to_records`)."""
    rows: list[Row] = [{} for _ in range(records.n)]
    for name, fld in records.fields.items():
        _spread(rows, name, fld.codes, fld.uniques)
        for part, codes in fld.parts.items():
            if part in fld.part_uniques:
                uniques = fld.part_uniques[part]
            else:  # a date's plain integers, or the alias parts in the field's own vocabulary
                uniques = None if part in _INTEGER_PARTS else fld.uniques
            _spread(rows, f"{name}.{part}", codes, uniques)
    return rows


def _spread(rows: list[Row], key: str, codes: np.ndarray, uniques: np.ndarray | None) -> None:
    present = np.flatnonzero(codes >= 0)
    if uniques is None:  # plain integers
        values = codes[present].tolist()
    else:
        values = np.asarray(uniques, dtype=object)[codes[present]].tolist()
    for k, v in zip(present.tolist(), values, strict=True):
        rows[k][key] = v


def rows_to_records(rows: list[Row], ids: Iterable[Any], roles: dict[str, str]) -> Records:
    """:class:`Records` of rows, with the fields :func:`tekil.records.encode` gives ``roles``."""
    return columns_to_records(RowColumns(rows), ids, roles)


def columns_to_records(column: Columns, ids: Iterable[Any], roles: dict[str, str]) -> Records:
    """:func:`rows_to_records` of rows read key by key (``column("phone.last7")``)."""
    ids = np.asarray(list(ids), dtype=object)
    n = len(column)
    fields: dict[str, Field] = {}
    names = [name for name in ("first_name", "last_name") if column.present(name)]
    if names:
        codes, uniques = column.factorized(*names)
        for k, name in enumerate(names):
            columns = [c for c, r in roles.items() if r == name]
            columns += [c for c, r in roles.items() if r == "full_name"]
            fields[name] = Field(name, name, codes[k * n : (k + 1) * n], uniques, columns)
    if column.present(NAME_SUFFIX) and "suffix" not in roles.values():
        last_names = [c for c, r in roles.items() if r == "last_name"]
        fields[NAME_SUFFIX] = Field(
            NAME_SUFFIX, "suffix", *column.factorized(NAME_SUFFIX), last_names
        )
    for col, role in roles.items():
        if role in _NAME_ROLES:
            continue
        fld = Field(col, role, *column.factorized(col), [col])
        for part in PARTS.get(role, ()):
            key = f"{col}.{part}"
            if part in _INTEGER_PARTS:
                values = pd.Series(column(key), dtype="float64")
                fld.parts[part] = values.fillna(-1).to_numpy(np.int32)
            else:
                fld.parts[part], fld.part_uniques[part] = column.factorized(key)
        fields[col] = fld
    sources = _alias_sources(roles)
    if "first_name" in fields and "last_name" in fields and sources:
        keys = ["alias", "alias.reversed", *(f"alias.{role}" for role in sources)]
        codes, uniques = column.factorized(*keys)
        columns = [*fields["first_name"].columns, *fields["last_name"].columns, *sources.values()]
        alias = Field("alias", "alias", codes[:n], uniques, columns)
        for k, key in enumerate(keys[1:], start=1):
            alias.parts[key.removeprefix("alias.")] = codes[k * n : (k + 1) * n]
        fields["alias"] = alias
    return Records(ids=ids, fields=fields)


def keys_read(roles: dict[str, str]) -> dict[str, bool]:
    """The row keys :func:`columns_to_records` may read for ``roles``: key → integer values?

    >>> keys_read({"tel": "phone", "dob": "dob"})["dob.year"]
    True
    """
    keys = {"first_name": False, "last_name": False, NAME_SUFFIX: False}
    for col, role in roles.items():
        if role not in _NAME_ROLES:
            keys[col] = False
            keys.update((f"{col}.{part}", part in _INTEGER_PARTS) for part in PARTS.get(role, ()))
    for key in ("alias", "alias.reversed", *(f"alias.{role}" for role in _alias_sources(roles))):
        keys[key] = False
    return keys


class Columns(Protocol):
    """Records' values one row key at a time (missing: None or NaN)."""

    def __len__(self) -> int: ...
    def present(self, key: str) -> bool: ...
    def __call__(self, key: str) -> np.ndarray | list: ...
    def factorized(self, *keys: str) -> tuple[np.ndarray, np.ndarray]:
        """The values of ``keys``, one after another, as codes (-1: missing) into their
        distinct values."""
        ...


class RowColumns:
    """The rows' values of one key at a time.

    Many rows (a batch's candidates) go through one DataFrame, which reads the
    dicts in C, made when first read (and not sent to another process); a few rows are
    read directly.
    """

    MANY = 2_000

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows

    def __getstate__(self) -> dict:
        return {"rows": self.rows}

    @cached_property
    def frame(self) -> pd.DataFrame | None:
        return pd.DataFrame.from_records(self.rows) if len(self.rows) >= self.MANY else None

    def __len__(self) -> int:
        return len(self.rows)

    def present(self, key: str) -> bool:
        if self.frame is not None:
            return key in self.frame and bool(self.frame[key].notna().any())
        return any(key in r for r in self.rows)

    def __call__(self, key: str) -> np.ndarray | list:
        if self.frame is None:
            return [r.get(key) for r in self.rows]
        if key not in self.frame:
            return np.full(len(self.rows), None, dtype=object)
        return self.frame[key].to_numpy(dtype=object)

    def factorized(self, *keys: str) -> tuple[np.ndarray, np.ndarray]:
        return codes_of(*(self(key) for key in keys))


def codes_of(*values: list | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes (-1 for missing) and distinct values in order of appearance, over all ``values``.

    >>> [a.tolist() for a in codes_of(["a", None, "b"], ["b", float("nan")])]
    [[0, -1, 1, 1, -1], ['a', 'b']]
    """
    joined = np.concatenate([np.asarray(v, dtype=object) for v in values])
    if len(joined) > FEW_VALUES:
        codes, uniques = pd.factorize(joined, use_na_sentinel=True)
        return codes.astype(np.int32), np.asarray(uniques, dtype=object)
    # A store's single call: a dozen values, where pandas' fixed cost is most of the work.
    seen: dict[Any, int] = {}
    codes = np.fromiter(
        (-1 if pd.isna(v) else seen.setdefault(v, len(seen)) for v in joined), np.int32, len(joined)
    )
    uniques = np.empty(len(seen), dtype=object)
    uniques[:] = list(seen)
    return codes, uniques


#: Most values :func:`codes_of` numbers in Python rather than with pandas.
FEW_VALUES = 64
