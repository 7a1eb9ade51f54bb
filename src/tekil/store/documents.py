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
from tekil.normalize._common import MISSING, without_surrogates
from tekil.records import _KEPT_COLUMNS, KeptOutputs, Records, encode

_MISSING = {"reason": MISSING}

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once, not per call


def dump(doc: Any) -> str:
    """Compact JSON as the store keeps it (documents and rows' field values)."""
    return _ENCODER.encode(doc)


def storable(texts: list[str]) -> list[str]:
    """The texts as a database can hold them (:func:`without_surrogates`)."""
    try:
        "".join(texts).encode("utf-8")  # one check for all, in C
        return texts
    except UnicodeEncodeError:
        return [without_surrogates(text) for text in texts]


def stored_fields(rows: list[dict[str, Any]]) -> list[str]:
    """Records' rows (their field values) as the store keeps them: JSON texts."""
    return storable([dump(row) for row in rows])


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
    Each distinct value's JSON is written once and the records' documents put together from
    those pieces: the same text as :func:`dump` of each record's document.
    """
    kept = records.normalised
    outputs: list[np.ndarray] = []  # per column, each record's '"col":{...}' (None: nothing)
    shown: dict[str, np.ndarray] = {}  # per card column, each record's '"col":"visa ****1111"'
    for col in kept:
        out = kept.outputs(col) if isinstance(kept, KeptOutputs) else Normalised.of_frame(kept[col])
        outputs.append(_spread(_outputs(out.table, col), out))
        if roles.get(col) == "card":
            shown[col] = _spread(_cards_shown(out.table, col), out)
    typed_columns = [c for c in roles if roles[c] != "card"] + [
        c for c in extra if c in data.columns and c not in roles
    ]
    typed = [_pieces(data[col], col) for col in dict.fromkeys(typed_columns)]
    typed += [shown[col] for col in roles if col in shown]  # after the others, as row_document
    f, t = _joined(outputs, records.n), _joined(typed, records.n)
    return [f'{{"f":{{{a}}},"t":{{{b}}}}}' for a, b in zip(f, t, strict=True)]


#: The outputs of an empty cell, which a document leaves out.
_ONLY_MISSING = dump(_MISSING)[1:-1]


def _outputs(table: pd.DataFrame, col: str) -> list[str | None]:
    """Per distinct raw value (a row of the normaliser's table), '"col":{...}' of its kept
    outputs, or None for an empty cell."""
    inner = _joined([_pieces(table[c], c) for c in table.columns], len(table))
    name = _name(col)
    return [None if x in ("", _ONLY_MISSING) else f"{name}{{{x}}}" for x in inner]


def _cards_shown(table: pd.DataFrame, col: str) -> list[str | None]:
    """Per distinct card, '"col":"visa ****1111"' (None without last four digits)."""
    last4, brand = (
        _or_none(table[c]) if c in table else [None] * len(table) for c in ("last4", "brand")
    )
    name = _name(col)
    return [
        None if d is None else name + dump(_card_text({"last4": d, "brand": b}))
        for d, b in zip(last4, brand, strict=True)
    ]


def _or_none(values: pd.Series) -> list[Any]:
    return values.astype(object).where(values.notna(), None).tolist()


def _spread(pieces: list[str | None], out: Normalised) -> np.ndarray:
    """Each record's piece, from those of the distinct raw values."""
    return np.asarray([*pieces, None], dtype=object)[out.rows]


def _joined(columns: list[np.ndarray], n: int) -> list[str]:
    """Per record, its pieces of all columns joined by commas (empty ones left out)."""
    if not columns:
        return [""] * n
    return [",".join(filter(None, parts)) for parts in zip(*columns, strict=True)]


def _name(key: str) -> str:
    return dump(key) + ":"


def _pieces(values: pd.Series, key: str) -> np.ndarray:
    """Each value's '"key":value' (None where missing), as :func:`dump` writes it in a dict."""
    name = _name(key)
    present = values.notna().to_numpy()
    if pd.api.types.infer_dtype(values[present], skipna=False) in ("string", "empty"):
        codes, uniques = pd.factorize(values, use_na_sentinel=True)  # text: once per value
        pieces = np.asarray([*(name + dump(v) for v in uniques), None], dtype=object)
        return pieces[codes]  # code -1: the None at the end
    # Other types one by one: factorising would take 1 and 1.0, or 0.0 and -0.0, as one.
    cells = values.astype(object).tolist()
    return np.asarray(
        [name + dump(plain(v)) if ok else None for v, ok in zip(cells, present, strict=True)],
        dtype=object,
    )


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
    text = _card_text(doc["f"].get(col, {}))
    if text is not None:
        doc["t"][col] = text


def _card_text(outputs: dict[str, Any]) -> str | None:
    if outputs.get("last4") is None:
        return None
    return f"{outputs.get('brand') or 'card'} ****{outputs['last4']}"


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
    split: bool = True,
    name_words: dict[str, float] | None = None,
) -> tuple[Records, pd.DataFrame]:
    """:class:`Records` of the documents, and a frame of their typed values (for golden records);
    ``split``: whether a whole name alone in the last name is split, ``name_words``: how whole
    names are read (both as the batch decided)."""
    parsed = [json.loads(d) for d in documents]
    frames = documents_frames(parsed, columns_of(kinds))
    typed = pd.DataFrame([d["t"] for d in parsed], index=range(len(parsed)))
    for col in roles:
        if col not in typed.columns:
            typed[col] = None
    ids = np.asarray(ids, dtype=object)
    return encode(frames, roles, ids, keep=keep, split=split, name_words=name_words or {}), typed


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
