"""Records as the store keeps them: one JSON document per record, and its lookup keys.

A document holds, per matched column, the normaliser's outputs (canonical
value, reason, display form and the parts comparisons read), and the values as
typed for golden records. It never holds a clear card number: a card column
keeps its token, brand and last four digits, and is shown typed as
``visa ****1111``. :func:`encode_documents` turns documents back into
:class:`~tekil.records.Records`, the same as normalising the rows again.

Keys are what :meth:`IdentityStore.resolve` looks candidates up by: each
identifier's canonical value (``phone=+905321234567``) and each blocking rule's
key (``first_name:metaphone+last_name:metaphone=MHMT|YLMS``).

>>> kinds = {"name": "name", "phone": "phone"}
>>> columns_of(kinds)["phone"]
['value', 'reason', 'line_type', 'last7']
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from tekil import normalize
from tekil.block import _TRANSFORMS, _prefix
from tekil.records import _KEPT_COLUMNS, Records, encode
from tekil.settings import IDENTIFIER_ROLES, BlockingRule

#: Separates a key's kind from its value, and a rule's key parts.
SEP = "="
PART_SEP = "|"


@cache
def _columns_of_kind(kind: str) -> tuple[str, ...]:
    kwargs = {"key": "k"} if kind == "card" else {}
    out = getattr(normalize, kind)(pd.Series([], dtype=object), **kwargs)
    return tuple(c for c in _KEPT_COLUMNS if c in out.columns)


def columns_of(kinds: dict[str, str]) -> dict[str, list[str]]:
    """The kept normaliser outputs of each column, by its normaliser's name."""
    return {col: list(_columns_of_kind(kind)) for col, kind in kinds.items()}


def to_documents(
    records: Records, data: pd.DataFrame, roles: dict[str, str], extra: Iterable[str] = ()
) -> list[str]:
    """One JSON document per record: normaliser outputs and typed values, no clear card number.

    ``extra`` columns of ``data`` (a source, a timestamp, roll-up columns) are kept as typed.
    """
    n = records.n
    docs: list[dict[str, Any]] = [{"f": {}, "t": {}} for _ in range(n)]
    for col, frame in records.normalised.items():
        for name in frame.columns:
            values = frame[name].astype(object).where(frame[name].notna(), None).tolist()
            for doc, v in zip(docs, values, strict=True):
                if v is not None:
                    doc["f"].setdefault(col, {})[name] = _plain(v)
    typed_columns = [c for c in roles if roles[c] != "card"] + [
        c for c in extra if c in data.columns and c not in roles
    ]
    for col in dict.fromkeys(typed_columns):
        values = data[col].astype(object).where(data[col].notna(), None).tolist()
        for doc, v in zip(docs, values, strict=True):
            if v is not None:
                doc["t"][col] = _plain(v)
    for col, role in roles.items():
        if role == "card" and col in records.normalised:
            frame = records.normalised[col]
            shown = (
                frame["brand"].astype(object).fillna("card")
                + " ****"
                + frame["last4"].astype(object)
            )
            for doc, v in zip(
                docs, shown.where(frame["last4"].notna(), None).tolist(), strict=True
            ):
                if v is not None:
                    doc["t"][col] = v
    return [json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in docs]


def _plain(v: Any) -> Any:
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return v if isinstance(v, str | int | float | bool) else str(v)


def encode_documents(
    documents: list[str],
    ids: np.ndarray,
    roles: dict[str, str],
    kinds: dict[str, str],
    *,
    keep: bool = True,
) -> tuple[Records, pd.DataFrame]:
    """:class:`Records` of the documents, and a frame of their typed values (for golden records)."""
    parsed = [json.loads(d) for d in documents]
    frames = documents_frames(parsed, columns_of(kinds))
    typed = pd.DataFrame([d["t"] for d in parsed], index=range(len(parsed)))
    for col in roles:
        if col not in typed.columns:
            typed[col] = None
    return encode(frames, roles, np.asarray(ids, dtype=object), keep=keep), typed


def documents_frames(
    parsed: list[dict[str, Any]], columns: dict[str, list[str]]
) -> dict[str, pd.DataFrame]:
    """Per column, the normaliser output frame of the parsed documents."""
    frames = {}
    for col, names in columns.items():
        rows = [d["f"].get(col, {}) for d in parsed]
        frame = pd.DataFrame(rows, index=range(len(rows)), columns=names)
        frame["reason"] = (
            frame["reason"]
            .astype(object)
            .where(frame["reason"].notna() | frame["value"].notna(), "empty")
        )
        frames[col] = frame
    return frames


# ---- keys ----------------------------------------------------------------------------------------
def record_keys(records: Records, rules: list[BlockingRule]) -> list[list[str]]:
    """Per record, its lookup keys: identifier values by role, and each rule's key."""
    out: list[list[str]] = [[] for _ in range(records.n)]
    for name, fld in records.fields.items():
        if fld.role in IDENTIFIER_ROLES:
            _add(out, f"{fld.role}{SEP}", _strings(records, name))
    identifiers = {n for n, f in records.fields.items() if f.role in IDENTIFIER_ROLES}
    for rule in rules:
        if rule.keys == [rule.keys[0]] and rule.keys[0] in identifiers:
            continue  # the identifier's own key
        if rule.keys == ["alias"]:
            _add_alias(out, records)
            continue
        parts = [_strings(records, k) for k in rule.keys]
        if any(p is None for p in parts):
            continue
        joined = pd.Series(parts[0], dtype="string")
        for p in parts[1:]:
            joined = joined + PART_SEP + pd.Series(p, dtype="string")
        _add(out, f"{rule.name}{SEP}", joined.astype(object).where(joined.notna(), None).to_numpy())
    return out


def _add(out: list[list[str]], prefix: str, values: np.ndarray | None) -> None:
    if values is None:
        return
    for keys, v in zip(out, values, strict=True):
        if v is not None and v == v:
            keys.append(prefix + str(v))


def _add_alias(out: list[list[str]], records: Records) -> None:
    """Names as identifiers: a name key, reversed, and e-mail/handle letters, in one kind."""
    fld = records.fields.get("alias")
    if fld is None:
        return
    for codes in (fld.codes, *fld.parts.values()):
        values = np.where(codes >= 0, fld.uniques[np.maximum(codes, 0)], None)
        _add(out, f"alias{SEP}", values)


def _strings(records: Records, key: str) -> np.ndarray | None:
    """Per record, the string value of a key spec (``field`` or ``field:transform``); None if absent."""
    name, _, transform = key.partition(":")
    fld = records.fields.get(name)
    if fld is None:
        return None
    if not transform:
        codes, uniques = fld.codes, fld.uniques
    elif transform in fld.part_uniques:
        codes, uniques = fld.parts[transform], fld.part_uniques[transform]
    elif transform in fld.parts:  # plain integers (a date's year)
        v = fld.parts[transform]
        return np.where(v >= 0, v.astype(str).astype(object), None)
    else:
        fn = _TRANSFORMS.get(transform) or _prefix(transform)
        codes = fld.codes
        uniques = np.array([fn(str(u)) or str(u) for u in fld.uniques], dtype=object)
    if len(uniques) == 0:
        return np.full(len(codes), None, dtype=object)
    return np.where(codes >= 0, np.asarray(uniques, dtype=object)[np.maximum(codes, 0)], None)
