"""Shared machinery of the normalisers: validation and per-unique-value application.

Every normaliser takes a pandas Series and returns a DataFrame aligned to it
(same index, same length) with at least two columns:

* ``value``  - the canonical form, or ``<NA>`` when there is none;
* ``reason`` - ``<NA>`` when the value is fine to match on, otherwise a short
  machine-readable code (``missing``, ``unparseable``, ``invalid_checksum``,
  ``non_personal``, ...).

A value can be present *and* carry a reason (a call-centre number is a valid
phone number, but identifies nobody): downstream stages match only on values
whose ``reason`` is missing. The work is done once per distinct raw value
(factorise, transform the uniques, take by code: :meth:`CellReader.frame`), never once
per row; :meth:`CellReader.row` reads a single cell.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from tekil.errors import InputError

#: Reason given to a null or blank input value.
MISSING = "missing"
#: Reason given to a value that cannot be read as the expected kind at all.
UNPARSEABLE = "unparseable"

NA = pd.NA


def check_series(values: Any, kind: str) -> pd.Series:
    """Return ``values`` if it is a Series; raise a clear :class:`InputError` otherwise."""
    if isinstance(values, pd.Series):
        return values
    if isinstance(values, pd.DataFrame):
        raise InputError(
            f"normalize.{kind} expects one column (a pandas Series), got a DataFrame with "
            f"columns {list(values.columns)[:10]}; pass df['column'] instead"
        )
    raise InputError(
        f"normalize.{kind} expects a pandas Series, got {type(values).__name__}; "
        f"wrap it with pandas.Series(...)"
    )


#: What separates several values written in one cell ("a@x.com; b@y.com", "0532… / 0533…").
#: Separators of several values in one cell.
SEVERAL = re.compile(r"\s*[;|/,]\s*")


def first_valid(
    read: Callable[[str], tuple], text: str, looks: Callable[[str], bool], more: str = ""
) -> tuple:
    """``read(text)``, unless that gives no valid value and ``text`` holds several values that
    ``looks`` like one each (split by ``; , | /`` or the characters of ``more``): then the
    first valid one's.

    >>> number = lambda t: (t, NA) if t.isdigit() else (NA, "bad")
    >>> first_valid(number, "12a / 345 / 6", looks=lambda t: len(t) > 1)
    ('345', <NA>)
    """
    row = read(text)
    if row[1] is NA:
        return row
    parts = re.split(rf"[{re.escape(more)}]+", text) if more else [text]
    parts = [p.strip() for part in parts for p in SEVERAL.split(part)]
    parts = [p for p in parts if p and looks(p)]
    if len(parts) < 2:
        return row
    return next((found for found in map(read, parts) if found[1] is NA), row)


def sample_texts(values: pd.Series, kind: str, size: int = 500, seed: int = 0) -> list[str]:
    """The texts (:func:`as_text`) of a seeded sample of ``size`` of the column's present
    values: what a normaliser infers about a whole column is read off these."""
    from tekil.inference import sample_present

    present = sample_present(check_series(values, kind), size, seed)
    return [text for text in map(as_text, present) if text is not None]


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (a byte a file's decoder could not read, kept by
    ``surrogateescape``) as the replacement character: text a database can hold."""
    return _SURROGATE.sub("\ufffd", text)


#: Letters that a scanner or a typist takes for digits: O 0, l I 1, Z 2, S 5, B 8.
AS_DIGITS = str.maketrans("OoIlZzSsB", "001122558")
_LOOK_ALIKE_LETTERS = frozenset(map(chr, AS_DIGITS))


def digits_misread(text: str, min_digits: int) -> str | None:
    """``text`` with letters that look like digits read as those digits (``+1 664 773 B629``,
    ``2OO3-05-22``), where it is otherwise a number: at least ``min_digits`` digits and at
    most two such letters, no other letter (``1-800-FLOWERS`` is no misreading); else None."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or len(letters) > 2 or not set(letters) <= _LOOK_ALIKE_LETTERS:
        return None
    if sum(ch.isdigit() for ch in text) < min_digits:
        return None
    return text.translate(AS_DIGITS)


#: Digits that a scanner takes for letters, each as the letter of its neighbour's case.
_AS_LETTER = {"0": "oO", "1": "lI", "5": "sS", "8": "bB"}
#: Such a digit, alone (``A000``, ``s1`` are codes), among letters: after two (``Isabe1``),
#: between two (``Ka1e``) or before two (``0laf``).
_DIGIT_IN_WORD = re.compile(
    r"(?<=[^\W\d_]{2})[0158](?!\d)|(?<=[^\W\d_])[0158](?=[^\W\d_])|(?<!\w)[0158](?=[^\W\d_]{2})"
)


#: The first characters of a UTF-8 letter's two bytes read as Windows-1252 (``é`` as ``Ã©``).
_MOJIBAKE = re.compile(
    "[ÃÂÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def mojibake_undone(text: str) -> str:
    """``text`` as written where it is UTF-8 read back as Windows-1252 or Latin-1 (``JoÃ£o``,
    ``JOÃƒO``, ``CONCEIÃ‡ÃƒO``: an export through the wrong code page), else as it is.

    >>> mojibake_undone("JoÃ£o"), mojibake_undone("CONCEIÃ‡ÃƒO"), mojibake_undone("Ã\x81LVARO")
    ('João', 'CONCEIÇÃO', 'ÁLVARO')
    >>> mojibake_undone("JOÃO"), mojibake_undone("Ãgua"), mojibake_undone("SÃO PAULO")
    ('JOÃO', 'Ãgua', 'SÃO PAULO')
    """
    if not _MOJIBAKE.search(text):
        return text
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            try:
                raw += ch.encode("latin-1")
            except UnicodeEncodeError:
                return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def letters_misread(text: str) -> str:
    """``text`` with digits inside words of letters read as the letters they look like
    (``Mi1ou`` is Milou, ``ISABE1`` ISABEL, ``Over1oon`` Overloon): a scanned or retyped name,
    whose digits would otherwise cut a word in two. Digits apart from letters stay.

    >>> letters_misread("Mi1ou"), letters_misread("DANIE1"), letters_misread("A000 s1 Paris 16e")
    ('Milou', 'DANIEI', 'A000 s1 Paris 16e')
    """
    while True:  # a digit read as a letter may leave the next one among letters ("1a5")
        read = _DIGIT_IN_WORD.sub(_as_letter, text)
        if read == text:
            return text
        text = read


def _as_letter(found: re.Match) -> str:
    text, at = found.string, found.start()
    neighbour = text[at - 1] if at and text[at - 1].isalpha() else text[found.end()]
    return _AS_LETTER[found[0]][neighbour.isupper()]


#: How tools write a missing value as text: pandas' ``astype(str)`` of NaN and None, SQL's NULL,
#: spreadsheets' #N/A. As written only: "Nan" is also a given name.
NULL_TEXTS = frozenset(["nan", "NaN", "None", "none", "NULL", "null", "Null", "N/A", "n/a",
                        "#N/A", "<NA>", "NaT"])  # fmt: skip


#: Zero-width spaces and joiners, word joiner and byte order mark: no part of any value.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
#: A decimal digit of another script (Arabic-Indic ٣٤, Persian ۳۴, Devanagari ३४, Bengali ৩৪).
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a digit, not 0-9 (a lookahead: 3 times slower)


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of other scripts written 0-9: one number, whatever
    digits wrote it.

    >>> ascii_digits("٣٤٧١٠"), ascii_digits("বাড়ী নং ৫")
    ('34710', 'বাড়ী নং 5')
    """
    return text.translate(_digit_table()) if _OTHER_DIGIT.search(text) else text


@cache
def _digit_table() -> dict[int, int]:
    """Every decimal digit of another script, as the ASCII digit of its value."""
    every = "".join(map(chr, range(128, 0x20000)))  # digits lie in the first two planes
    return {ord(c): ord("0") + unicodedata.decimal(c) for c in re.findall(r"\d", every)}


#: Each opening quotation mark and the marks that close it (German „…“ and ‚…‘, French «…»,
#: Swedish »…», Japanese 「…」 and 『…』, a backtick).
_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“”", "‚": "‘’", "‘": "’", "«": "»", "»": "«»",
           "‹": "›", "「": "」", "『": "』", "`": "`'"}  # fmt: skip


def unquoted(text: str) -> str:
    """``text`` without the quotation marks around the whole of it (an export that quoted its
    fields, ``"John"``, twice over in a CSV written again, ``""John""``); marks around a part
    stay (``John "Jack" Smith``: a nickname).

    >>> unquoted('"John"'), unquoted('""ada@x.com""'), unquoted("„Müller“"), unquoted('"Jack" Smith')
    ('John', 'ada@x.com', 'Müller', '"Jack" Smith')
    """
    while len(text) >= 2 and text[-1] in _QUOTES.get(text[0], ""):
        inner = text[1:-1].strip()
        # '"Jack" and "Jill"' is no quoted whole; '""John""' is, twice.
        if any(mark in inner for mark in (text[0], *_QUOTES[text[0]])) and not (
            inner[:1] in _QUOTES and inner[-1] in _QUOTES[inner[0]]
        ):
            break
        text = inner
    return text


def as_text(raw: Any) -> str | None:
    """Read one raw cell as text; ``None`` for null, blank or unreadable cells, and for the
    texts tools write for a missing value (:data:`NULL_TEXTS`).

    Integers and integral floats (``5321234567.0`` after a CSV round trip) become
    their digits, so identifiers stored as numbers survive.

    >>> [as_text(v) for v in (" Ada ", "nan", "Nan", "#N/A", 5321234567.0, float("nan"))]
    ['Ada', None, 'Nan', None, '5321234567', None]
    >>> as_text("\u00a0ada@x.com \u200b"), as_text("\ufeff"), as_text("'05321234567")
    ('ada@x.com', None, '05321234567')
    >>> as_text("٣٤٧١٠")  # digits of other scripts read as 0-9 (:func:`ascii_digits`)
    '34710'
    """
    if raw is None or raw is NA:
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if text[:1] in _QUOTES:
            text = unquoted(text)
        if text in NULL_TEXTS:
            return None
        if (text[:1] == "'" and text[1:2].isdigit()) or text[:2] == "'+":
            text = text[1:]  # a spreadsheet's mark of a number kept as text ('0532…, '+90…)
        if not text.isascii():
            # A byte a file's decoder could not read (``surrogateescape``) is no character
            # that can be stored or compared: it reads as the replacement character.
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                text = without_surrogates(text)
            if _INVISIBLE.search(text):  # marks pasted with a value (zero-width space, BOM)
                text = _INVISIBLE.sub("", text).strip()
                if text in NULL_TEXTS:
                    return None
            text = ascii_digits(text)
        return text or None
    if isinstance(raw, bool | np.bool_):
        return None
    if isinstance(raw, int | np.integer):
        return str(int(raw))
    if isinstance(raw, float | np.floating):
        if math.isnan(raw) or math.isinf(raw):
            return None
        return str(int(raw)) if float(raw).is_integer() else repr(float(raw))
    if isinstance(raw, bytes):
        try:
            return as_text(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return None


def texts(values: pd.Series) -> pd.Series:
    """The cells as text, a ``string`` Series, missing cells ``<NA>``: a column of text only
    typed; any other each cell as :func:`as_text` reads it (``8031234567.0``, a number column
    read from a CSV, is ``8031234567``, where ``astype`` writes ``8031234567.0``). Beside
    :func:`as_strings`, for present cells, this keeps a column's gaps.

    >>> texts(pd.Series([8031234567.0, None])).tolist(), texts(pd.Series([" a "])).tolist()
    (['8031234567', <NA>], [' a '])
    """
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        return values.astype("string")
    return values.map(as_text).astype("string")


def as_strings(cells: pd.Series) -> pd.Series:
    """Present cells as ``astype(str)`` writes them, but numbers as :func:`as_text` reads them:
    ``10484.0``, a postcode of a CSV read with its types guessed, is ``10484``.

    >>> as_strings(pd.Series([10484.0, "10484", 7, " "])).tolist()
    ['10484', '10484', '7', ' ']
    >>> as_strings(pd.Series([], dtype=bool)).str.strip().tolist()
    []
    """
    if pd.api.types.infer_dtype(cells, skipna=True) == "string":
        return cells.astype(str)
    strings = cells.map(lambda cell: (as_text(cell) if is_number(cell) else None) or str(cell))
    return strings.astype(str)  # (an empty sample of a column of truth values keeps its dtype)


def is_number(cell: Any) -> bool:
    """Whether a cell holds a number (an integer, a float), not text nor a truth value."""
    return isinstance(cell, int | float | np.integer | np.floating) and not isinstance(
        cell, bool | np.bool_
    )


#: Most cells of a column :func:`bytes_decoded` looks at one by one.
FEW_CELLS = 16


def bytes_decoded(df: pd.DataFrame, sample: int = 2_000) -> pd.DataFrame:
    """``df`` with its columns of bytes (a file or a database read without decoding) as text,
    UTF-8, a byte that is none as the replacement character; ``df`` itself when none holds
    bytes. A column is looked at in ``sample`` cells spread over it (all of them took 0.6 s at
    3 M records); a cell of bytes elsewhere is read by :func:`as_text`, as any cell is."""

    def holds_bytes(values: pd.Series) -> bool:
        # On the numpy array: a Series' slicing costs more than the test on a short column.
        cells = values.to_numpy()
        if len(cells) <= FEW_CELLS:  # a store's single record: each cell, without pandas
            return any(isinstance(cell, bytes) for cell in cells)
        spread = cells[:: max(1, len(cells) // sample)]
        return pd.api.types.infer_dtype(spread, skipna=True) in ("bytes", "mixed")

    columns = [col for col, values in df.items() if values.dtype == object and holds_bytes(values)]
    if not columns:
        return df

    def text(cell: Any) -> Any:
        return cell.decode("utf-8", errors="replace") if isinstance(cell, bytes) else cell

    return df.assign(**{str(col): df[col].map(text) for col in columns})


@dataclass(frozen=True)
class CellReader:
    """How a normaliser reads one cell: its transform and the columns of the result.

    :meth:`row` reads one raw cell (a service resolving one record at a time);
    :meth:`frame` reads a Series once per distinct value (a batch).

    >>> from tekil.normalize.gender import reader
    >>> reader().row(" Kadın "), list(reader().frame(pd.Series(["E", None]))["value"])
    (('f', <NA>), ['m', <NA>])
    """

    kind: str
    transform: Callable[[str], tuple[Any, ...]]
    columns: tuple[str, ...]
    #: Sees the raw cell first (to accept e.g. ``datetime`` objects); ``None`` falls through.
    raw_transform: Callable[[Any], tuple[Any, ...] | None] | None = None
    #: Columns typed as nullable integers even when every value is missing.
    integer_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if list(self.columns[:2]) != ["value", "reason"]:
            raise ValueError("the first two columns must be 'value' and 'reason'")

    @property
    def missing_row(self) -> tuple[Any, ...]:
        return (NA, MISSING) + (NA,) * (len(self.columns) - 2)

    def row(self, raw: Any) -> tuple[Any, ...]:
        """The result for one raw cell, a tuple matching :attr:`columns`."""
        row = self.raw_transform(raw) if self.raw_transform is not None else None
        if row is None:
            text = as_text(raw)
            if text is None:
                is_null = raw is None or raw is NA or (isinstance(raw, float) and math.isnan(raw))
                if is_null or isinstance(raw, str):
                    return self.missing_row
                row = (NA, UNPARSEABLE) + (NA,) * (len(self.columns) - 2)
            else:
                try:
                    row = self.transform(text)
                except Exception:  # a bad value must never crash the batch
                    row = (NA, UNPARSEABLE) + (NA,) * (len(self.columns) - 2)
        if len(row) != len(self.columns):
            raise AssertionError(
                f"normalize.{self.kind} produced {len(row)} fields, not {len(self.columns)}"
            )
        return row

    def frame(self, values: pd.Series) -> pd.DataFrame:
        """The result for a Series, aligned to it; the work is done once per distinct value."""
        values = check_series(values, self.kind)
        codes, uniques = _factorize(values)
        rows = [self.row(raw) for raw in uniques]
        rows.append(self.missing_row)  # code -1 (null) maps to the last row

        table = pd.DataFrame(rows, columns=list(self.columns), dtype=object)
        for col in table.columns:  # typed once per distinct value, not per row
            if col in self.integer_columns:
                table[col] = table[col].astype("Int64")
            else:
                table[col] = typed(table[col])
        take = np.where(codes < 0, len(rows) - 1, codes)
        out = table.take(take)
        out.index = values.index
        return out


#: The dtype of normalisers' text: Python strings, as pandas 2's ``"string"`` holds them (pandas
#: 3's are Arrow's, into which each value would be written and read back out for comparing).
PYTHON_TEXT = pd.StringDtype("python")


def typed(column: pd.Series) -> pd.Series:
    """A column of normaliser results (objects) typed: text as ``string``, integers as ``Int64``.

    ``value`` and ``reason`` are always text.

    >>> [str(typed(pd.Series(v, dtype=object)).dtype) for v in (["a", NA], [1, None], [1, "a"])]
    ['string', 'Int64', 'object']
    """
    # The kind of the values is told in C (a Python check per value cost more than normalising).
    kind = pd.api.types.infer_dtype(column, skipna=True)
    if column.name in ("value", "reason") or kind in ("string", "empty"):
        return column.astype(PYTHON_TEXT)
    if kind == "integer":
        return column.astype("Int64")
    return column


def _factorize(values: pd.Series) -> tuple[np.ndarray, list[Any]]:
    """Factorise values, tolerating unhashable cells (lists, dicts) as unparseable."""
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        if isinstance(uniques.dtype, pd.StringDtype):  # (pandas 3's Arrow text hands out its
            uniques = uniques.to_numpy(dtype=object)  # cells one call each: numpy's at once)
        return np.asarray(codes), list(uniques)
    except TypeError:
        keyed = values.map(lambda v: v if _hashable(v) else _Unhashable())
        codes, uniques = pd.factorize(keyed.astype(object), use_na_sentinel=True)
        return np.asarray(codes), list(uniques)


class _Unhashable:
    """Stand-in for an unhashable cell; all of them factorise to one code."""

    _instance: _Unhashable | None = None

    def __new__(cls) -> _Unhashable:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __hash__(self) -> int:
        return 0


def _hashable(v: Any) -> bool:
    try:
        hash(v)
    except TypeError:
        return False
    return True


def column(df: pd.DataFrame, name: str) -> pd.Series:
    """Return ``df[name]`` or raise :class:`~tekil.errors.MissingColumnError` naming it."""
    from tekil.errors import MissingColumnError

    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    if name not in df.columns:
        raise MissingColumnError(name, [str(c) for c in df.columns])
    return df[name]
