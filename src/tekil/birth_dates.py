"""Birth dates kept in separate day, month and year columns, read as one date.

Many files keep ``birth_day``, ``birth_month`` and ``birth_year`` (``Geburtsjahr``,
``doğum_yılı``, RLdata's ``by``, ``bm``, ``bd``, ``yob``/``mob``), or the year alone. tekil
compares a birth date whole (equal, day and month swapped, one part off, same year), so
without settings such columns are put together into one column before the roles are
guessed: ``1985-03-07``, or ``1985-03`` and ``1985`` where less is known.

A column is a part of a birth date when nine in ten of its values are whole numbers in the
part's range (a month may be named: ``März``, ``juillet``) and

* its name says so: a birth word and a part word, or a short code (``by``, ``yob``, ``mob``);
  a full date column named ``Birthday`` is not one, and a year alone is a partial date;
* or its name is a part word alone (``year``, ``MM``, ``Jahr``, ``jour``): only year, month
  and day together, the years those of births (most of them long past: not when something
  was ordered);
* or, where names say nothing (``column_5``), its values do: three columns side by side, a
  year's (of births), a month's and a day's (some over 12).

A file of several systems stacked may keep several such sets, each on its own records: each
becomes a column of its own, made of the year column and the month and day columns filled on
its records. The column made is ``birth_date``, or where the parts are no named set that can be
found again by names, ``birth_date (<year>, <month>, <day>)``: the settings name the parts, and
new records (a store's) are read by them.

>>> df = pd.DataFrame({"Birth Day": [7, None], "Birth Month": [3, 5], "Birth Year": [1985, 1990]})
>>> assemble_birth_dates(df)["birth_date"].tolist()
['1985-03-07', '1990-05']
>>> df = pd.DataFrame({"by": [1985, 1990], "bm": ["3", "Mai"], "bd": [7, 21]})
>>> assemble_birth_dates(df).columns.tolist()
['birth_date']
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Hashable

import numpy as np
import pandas as pd

from tekil.inference import sample_present
from tekil.normalize.dates import _MONTHS
from tekil.normalize.text import fold

log = logging.getLogger(__name__)

#: The column made of the parts that names find again.
ASSEMBLED = "birth_date"
#: The column made of other parts: the year's, month's and day's columns named.
MADE = "birth_date ({})"
_MADE = re.compile(r"birth_date \((.+)\)")
#: Words of a birth (folded, no spaces), in the languages of tekil's column names.
_BIRTH = ("birth", "dob", "born", "bday", "dogum", "geburt", "naissance", "nacimiento",
          "nascimento", "nascita", "geboorte", "urodzeni", "yob", "geb", "naiss", "nasc")  # fmt: skip
#: Words of each part; the longest one found in a name decides ("day" holds the Turkish "ay").
_PART_WORDS = {
    "year": ("year", "yyyy", "yr", "yil", "jahr", "annee", "ano", "anno", "jaar", "rok", "yob"),
    "month": ("month", "mm", "mon", "ay", "monat", "mois", "mes", "mese", "maand", "miesiac"),
    "day": ("day", "dd", "gun", "tag", "jour", "dia", "giorno", "dag", "dzien"),
}
#: Whole names that are a birth date's part: RLdata's ``by``/``bm``/``bd``, year, month and
#: day of birth.
_SHORT = {"by": "year", "byr": "year", "byear": "year", "bm": "month", "bmon": "month",
          "bmonth": "month", "bd": "day", "yob": "year", "mob": "month", "dob": "day"}  # fmt: skip
_RANGE = {"year": (1000, None), "month": (1, 12), "day": (1, 31)}
#: Share of a part column's values that must be whole numbers in the part's range.
_SHARE = 0.9
#: Years before today that half of the years of a set not named a birth's lie at least (as
#: :mod:`tekil.inference` reads a column of dates as births).
_BORN_YEARS_AGO = 10
#: Present values looked at to tell whether a column is a part by its values alone.
_SAMPLE = 500

Part = tuple[str, bool]  # the part, and whether the name says it is a birth's


def assemble_birth_dates(df: pd.DataFrame, by_values: bool = True) -> pd.DataFrame:
    """``df`` with each set of birth date part columns replaced by one column of dates (text);
    ``df`` itself when it has none (or where a ``birth_date`` column holds their records'
    dates already). ``by_values``: also sets whose names say nothing (:func:`_sets_by_values`)."""
    sets = _sets(df, by_values)
    if not sets:
        return df
    named = [s for s in sets if s.named]
    out = df
    for found in sets:
        made = ASSEMBLED if named == [found] and ASSEMBLED not in df.columns else found.made
        if made in out.columns:
            continue
        log.info("birth date parts %s read as one column %r", found.columns, made)
        text = _joined(found.numbers)
        out = out.drop(columns=found.columns)
        out[made] = text.to_numpy()
    return out


def assembled_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` assembled as the settings' data was: the ``birth_date`` columns ``roles`` name
    that ``df`` lacks, made of its parts (a customer view, a store reading new records)."""
    for col in roles:
        if col in df.columns:
            continue
        if col == ASSEMBLED:  # (made of named parts: a set found by values has its own name)
            df = assemble_birth_dates(df, by_values=False)
        elif (parts := _parts_of(col, df.columns)) is not None:
            numbers = [_numbers(df[c], p)[0] for c, p in zip(parts, _RANGE, strict=False)]
            df = df.drop(columns=parts).assign(**{col: _joined(numbers).to_numpy()})
    return df


class _Set:
    """The columns of one birth date: a year's, and a month's and a day's where found."""

    def __init__(self, columns: list[str], numbers: list[pd.Series], named: bool):
        self.columns, self.numbers, self.named = columns, numbers, named

    @property
    def made(self) -> str:
        return MADE.format(", ".join(self.columns))


def _sets(df: pd.DataFrame, by_values: bool = True) -> list[_Set]:
    """The sets of birth date parts of ``df``: by their names, then (``by_values``) by their
    values."""
    parts: dict[str, Part] = {}
    numbers: dict[str, pd.Series] = {}
    for col in df.columns:
        part = None if _made(str(col)) else _part_named(str(col))
        if part is not None and (values := _whole_numbers(df[col], part[0])) is not None:
            parts[str(col)], numbers[str(col)] = part, values
    sets = _named_sets(df, parts, numbers)
    taken = {c for s in sets for c in s.columns} | set(parts)
    if not by_values:
        return sets
    rest = [str(c) for c in df.columns if str(c) not in taken and not _made(str(c))]
    return sets + _sets_by_values(df, rest)


def _made(name: str) -> bool:
    """Whether a column is one made of parts (and no part itself)."""
    return name == ASSEMBLED or _MADE.fullmatch(name) is not None


def _named_sets(
    df: pd.DataFrame, parts: dict[str, Part], numbers: dict[str, pd.Series]
) -> list[_Set]:
    """Each year column found by its name with the month and day columns filled on its
    records; none where two year columns are filled on the same records (which one?)."""
    years = [c for c, (p, _) in parts.items() if p == "year"]
    held = {c: numbers[c].notna().to_numpy() for c in parts}
    for k, a in enumerate(years):
        for b in years[k + 1 :]:
            both = int((held[a] & held[b]).sum())
            if both > 0.5 * min(held[a].sum(), held[b].sum()):
                return []
    members: dict[str, dict[str, list[str]]] = {y: {} for y in years}
    for col, (part, _) in parts.items():
        if part == "year" or not years:
            continue
        shared = [int((held[col] & held[y]).sum()) for y in years]
        if max(shared) > 0:
            members[years[int(np.argmax(shared))]].setdefault(part, []).append(col)
    birth = pd.Series(False, index=df.index)
    if ASSEMBLED in df.columns:  # a date is there already on the records it fills
        birth = df[ASSEMBLED].notna()
    sets = []
    for year, found in members.items():
        if any(len(cols) > 1 for cols in found.values()):
            continue  # two columns of one part: nothing to put together safely
        month, day = found.get("month", [None])[0], found.get("day", [None])[0]
        if month is None and day is not None:
            day = None  # a day without its month says nothing (and is left as it is)
        columns = [c for c in (year, month, day) if c is not None]
        if not parts[year][1] and (len(columns) < 3 or not _births(numbers[year])):
            continue  # "year", "month", "day": of what? All three, and years long past.
        if held[year].any() and birth[held[year]].mean() > 0.5:
            continue
        named = all(parts[c][1] for c in columns)
        sets.append(_Set(columns, [numbers[c] for c in columns], named))
    return sets


def _sets_by_values(df: pd.DataFrame, columns: list[str]) -> list[_Set]:
    """Three columns side by side whose names say nothing and whose values are a year of
    birth, a month and a day (some over 12, or it might be a month): in any order with the
    year first or last."""
    sets: list[_Set] = []
    k = 0
    while k + 3 <= len(columns):
        window = columns[k : k + 3]
        found = _by_values(df, window) if _side_by_side(df, window) else None
        if found is None:
            k += 1
            continue
        sets.append(found)
        k += 3
    return sets


def _side_by_side(df: pd.DataFrame, window: list[str]) -> bool:
    """Whether the columns are next to each other in ``df`` (none left out between them)."""
    where = [df.columns.get_loc(c) for c in window]
    return all(isinstance(w, int) for w in where) and where == list(range(where[0], where[0] + 3))


def _by_values(df: pd.DataFrame, window: list[str]) -> _Set | None:
    for year_at in (0, 2):
        year = window[year_at]
        others = [c for c in window if c != year]
        if _sampled(df[year], "year") is None:
            continue
        for month, day in (others, others[::-1]):
            m, d = _sampled(df[month], "month"), _sampled(df[day], "day")
            if m is None or d is None or not (d > 12).any():
                continue
            numbers = [
                _whole_numbers(df[c], p) for c, p in zip((year, month, day), _RANGE, strict=True)
            ]
            if any(n is None for n in numbers) or not _births(numbers[0]):  # type: ignore[arg-type]
                continue
            return _Set([year, month, day], numbers, named=False)  # type: ignore[arg-type]
    return None


def _sampled(values: pd.Series, part: str) -> pd.Series | None:
    """The part's numbers of a sample of the column's values, if it is one (a quick look)."""
    sample = sample_present(values, _SAMPLE)
    if sample.empty:
        return None
    found = _whole_numbers(sample, part)
    return None if found is None else found.dropna()


def _births(years: pd.Series) -> bool:
    """Whether the years are those of births: most of them long past."""
    present = years.dropna()
    return len(present) > 0 and dt.date.today().year - float(present.median()) >= _BORN_YEARS_AGO


def _part_named(name: str) -> Part | None:
    """The part of a birth date a column name says it holds, and whether it says a birth's."""
    key = re.sub(r"[^a-z0-9]", "", fold(name))
    if key in _SHORT:
        return _SHORT[key], True
    plain = [part for part, words in _PART_WORDS.items() if key in words]
    if plain:
        return plain[0], False
    birth = next((w for w in _BIRTH if w in key), None)
    if birth is None:
        return None
    rest = key.replace(birth, "", 1) if birth != "yob" else "yob"
    words = [(len(w), part) for part, ws in _PART_WORDS.items() for w in ws if w in rest]
    return (max(words)[1], True) if words else None


def _numbers(values: pd.Series, part: str) -> tuple[pd.Series, float]:
    """The column as nullable integers in the part's range (a month also by its name), the
    others missing; and the share of its present values that are such."""
    cells = pd.Series(values.to_numpy(dtype=object))  # by position: an index may repeat
    out = pd.Series(pd.NA, index=cells.index, dtype="Int64")
    present = cells.dropna()
    if present.empty:
        return out.set_axis(values.index), 0.0
    text = present.astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
    number = pd.to_numeric(text.where(text.str.fullmatch(r"\d{1,4}")), errors="coerce")
    if part == "month":
        named = text.map(lambda t: _MONTHS.get(fold(t).strip(" .")))
        number = number.fillna(pd.to_numeric(named, errors="coerce"))
    low, high = _RANGE[part]
    high = high if high is not None else dt.date.today().year
    good = number.between(low, high)
    out[good[good].index] = number[good].astype(np.int64)
    return out.set_axis(values.index), float(good.mean())


def _whole_numbers(values: pd.Series, part: str) -> pd.Series | None:
    """The column as nullable integers if nine in ten of its values are whole numbers in the
    part's range (the others become missing), else None."""
    out, share = _numbers(values, part)
    return out if share >= _SHARE else None


def _joined(numbers: list[pd.Series]) -> pd.Series:
    """The dates of a year, a month and a day column (the last two where given) as text:
    ``1985-03-07``, ``1985-03`` or ``1985``; none without a year."""
    year = numbers[0]
    month = numbers[1] if len(numbers) > 1 else None
    day = numbers[2] if len(numbers) > 2 else None
    text = year.astype("string").str.zfill(4)
    if month is not None:
        with_month = year.notna() & month.notna()
        text = text.mask(with_month, text + "-" + month.astype("string").str.zfill(2))
        if day is not None:
            whole = with_month & day.notna()
            text = text.mask(whole, text + "-" + day.astype("string").str.zfill(2))
    return text.astype(object).where(year.notna(), None)


def _parts_of(made: str, columns: pd.Index) -> list[str] | None:
    """The year, month and day columns a ``birth_date (...)`` column was made of, if
    ``columns`` has them all (a column's own name may hold ", ")."""
    match = _MADE.fullmatch(made)
    if match is None:
        return None
    have: set[Hashable] = set(map(str, columns))
    parts: list[str] = []
    piece = ""
    for word in match.group(1).split(", "):
        piece = f"{piece}, {word}" if piece else word
        if piece in have:
            parts.append(piece)
            piece = ""
    return parts if not piece and 1 <= len(parts) <= 3 else None
