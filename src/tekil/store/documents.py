"""Records as the store keeps them for golden records: one JSON document per record.

A document holds, per matched column, the normaliser's outputs (canonical
value, reason, display form and the parts comparisons read), and the values as
typed for golden records. It never holds a clear card number: a card column
keeps its token, brand and last four digits, and is shown typed as
``visa ****1111``. :func:`encode_documents` turns documents back into
:class:`~tekil.records.Records`, the same as normalising the rows again.

A record arriving alone gets its document from :func:`row_document`, the
same as :func:`to_documents` gives a batch.

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
from tekil.normalised import Normalised
from tekil.normalize._common import MISSING
from tekil.records import _KEPT_COLUMNS, KeptOutputs, Records, encode

_MISSING = {"reason": MISSING}


@cache
def _columns_of_kind(kind: str) -> tuple[str, ...]:
    kwargs = {"key": "k"} if kind == "card" else {}
    return tuple(c for c in _KEPT_COLUMNS if c in normalize.reader(kind, **kwargs).columns)


def columns_of(kinds: dict[str, str]) -> dict[str, list[str]]:
    """The kept normaliser outputs of each column, by its normaliser's name."""
    return {col: list(_columns_of_kind(kind)) for col, kind in kinds.items()}


def to_documents(
    records: Records, data: pd.DataFrame, roles: dict[str, str], extra: Iterable[str] = ()
) -> list[str]:
    """One JSON document per record: normaliser outputs and typed values, no clear card number.

    ``extra`` columns of ``data`` (a source, a timestamp, roll-up columns) are kept as typed.
    """
    docs: list[dict[str, Any]] = [{"f": {}, "t": {}} for _ in range(records.n)]
    kept = records.normalised
    for col in kept:
        outputs = (
            kept.outputs(col) if isinstance(kept, KeptOutputs) else Normalised.of_frame(kept[col])
        )
        for doc, out in zip(docs, _outputs(outputs), strict=True):
            if out:  # an empty cell leaves nothing (read back as missing)
                doc["f"][col] = out
    typed_columns = [c for c in roles if roles[c] != "card"] + [
        c for c in extra if c in data.columns and c not in roles
    ]
    for col in dict.fromkeys(typed_columns):
        values = data[col].astype(object).where(data[col].notna(), None).tolist()
        for doc, v in zip(docs, values, strict=True):
            if v is not None:
                doc["t"][col] = plain(v)
    for col, role in roles.items():
        if role == "card" and col in records.normalised:
            for doc in docs:
                _show_card(doc, col)
    return [dump(d) for d in docs]


def _outputs(out: Normalised) -> list[dict[str, Any] | None]:
    """Per record, its kept outputs (None for an empty cell): one dict per distinct raw value,
    shared by the records that have it."""
    table = out.table
    columns = [table[c].astype(object).where(table[c].notna(), None).tolist() for c in table]
    distinct = []
    for values in zip(*columns, strict=True):
        got = {
            name: plain(v) for name, v in zip(table.columns, values, strict=True) if v is not None
        }
        distinct.append(got if got and got != _MISSING else None)
    return [distinct[k] for k in out.rows.tolist()]


def row_document(
    normalised: dict[str, dict[str, Any]],
    cells: dict[str, Any],
    roles: dict[str, str],
    extra: Iterable[str] = (),
) -> str:
    """The document of one record: its normaliser outputs (:func:`tekil.store.rows.normalise_row`)
    and its cells as typed, as :func:`to_documents` makes them for a batch."""
    doc: dict[str, Any] = {"f": normalised, "t": {}}
    typed = [c for c in roles if roles[c] != "card"] + [c for c in extra if c not in roles]
    for col in dict.fromkeys(typed):
        v = cells.get(col)
        if v is not None and not is_missing(v):
            doc["t"][col] = plain(v)
    for col, role in roles.items():
        if role == "card":
            _show_card(doc, col)
    return dump(doc)


def _show_card(doc: dict[str, Any], col: str) -> None:
    """A card is shown typed as ``visa ****1111``: never the clear number."""
    out = doc["f"].get(col, {})
    if out.get("last4") is not None:
        doc["t"][col] = f"{out.get('brand') or 'card'} ****{out['last4']}"


def dump(doc: dict[str, Any]) -> str:
    """Compact JSON as the store keeps it (documents and rows' field values)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def is_missing(v: Any) -> bool:
    """A null cell (None, NaN, NaT, <NA>); a list or an array is present."""
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # a list or an array: present
        return False


def plain(v: Any) -> Any:
    """A value JSON can hold: numpy numbers as Python's, timestamps in ISO form."""
    if v.__class__ is str:  # most values: before the slower checks
        return v
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
            .where(frame["reason"].notna() | frame["value"].notna(), MISSING)
        )
        frames[col] = frame
    return frames
