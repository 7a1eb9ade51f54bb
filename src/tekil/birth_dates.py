"""Birth dates kept in separate day, month and year columns, read as one date.

Many files keep ``birth_day``, ``birth_month`` and ``birth_year`` (``Geburtsjahr``,
``doğum_yılı``), or the year alone. tekil compares a birth date whole (equal, day and
month swapped, one part off, same year), so without settings such columns are put
together into one ``birth_date`` column before the roles are guessed: ``1985-03-07``,
or ``1985-03`` and ``1985`` where less is known. A column is a part of a birth date
when its name says so (a birth word and a part word) and nine in ten of its values are
whole numbers in the part's range; a full date column named ``Birthday`` is not one.

>>> df = pd.DataFrame({"Birth Day": [7, None], "Birth Month": [3, 5], "Birth Year": [1985, 1990]})
>>> assemble_birth_dates(df)["birth_date"].tolist()
['1985-03-07', '1990-05']
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import numpy as np
import pandas as pd

from tekil.normalize.text import fold

log = logging.getLogger(__name__)

#: The column made of the parts.
ASSEMBLED = "birth_date"
#: Words of a birth (folded, no spaces), in the languages of tekil's column names.
_BIRTH = ("birth", "dob", "born", "bday", "dogum", "geburt", "naissance", "nacimiento",
          "nascimento", "nascita", "geboorte", "urodzeni", "yob")  # fmt: skip
#: Words of each part; the longest one found in a name decides ("day" holds the Turkish "ay").
_PART_WORDS = {
    "year": ("year", "yyyy", "yr", "yil", "jahr", "annee", "ano", "anno", "jaar", "rok", "yob"),
    "month": ("month", "mm", "mon", "ay", "monat", "mois", "mes", "mese", "maand", "miesiac"),
    "day": ("day", "dd", "gun", "tag", "jour", "dia", "giorno", "dag", "dzien"),
}
_RANGE = {"year": (1000, None), "month": (1, 12), "day": (1, 31)}
#: Share of a part column's values that must be whole numbers in the part's range.
_SHARE = 0.9


def assemble_birth_dates(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its birth date part columns replaced by one ``birth_date`` column (text);
    ``df`` itself when it has no year column of a birth date, or already a ``birth_date``."""
    if ASSEMBLED in df.columns:
        return df
    found: dict[str, list[str]] = {}
    numbers: dict[str, pd.Series] = {}
    for col in df.columns:
        part = _part_named(str(col))
        if part is not None:
            values = _whole_numbers(df[col], part)
            if values is not None:
                found.setdefault(part, []).append(str(col))
                numbers[str(col)] = values
    if len(found.get("year", ())) != 1 or any(len(cols) > 1 for cols in found.values()):
        return df  # no year, or two columns of one part: nothing to put together safely
    year, month, day = (numbers[found[p][0]] if p in found else None for p in _RANGE)
    text = year.astype("string").str.zfill(4)
    if month is not None:
        with_month = year.notna() & month.notna()
        text = text.mask(with_month, text + "-" + month.astype("string").str.zfill(2))
        if day is not None:
            whole = with_month & day.notna()
            text = text.mask(whole, text + "-" + day.astype("string").str.zfill(2))
    parts = [found[p][0] for p in _RANGE if p in found]
    log.info("birth date parts %s read as one column %r", parts, ASSEMBLED)
    out = df.drop(columns=parts)
    out[ASSEMBLED] = text.astype(object).where(year.notna(), None).to_numpy()
    return out


def _part_named(name: str) -> str | None:
    """The part of a birth date a column name says it holds, or None."""
    key = re.sub(r"[^a-z0-9]", "", fold(name))
    birth = next((w for w in _BIRTH if w in key), None)
    if birth is None:
        return None
    rest = key.replace(birth, "", 1) if birth != "yob" else "yob"
    words = [(len(w), part) for part, ws in _PART_WORDS.items() for w in ws if w in rest]
    return max(words)[1] if words else None


def _whole_numbers(values: pd.Series, part: str) -> pd.Series | None:
    """The column as nullable integers if nine in ten of its values are whole numbers in the
    part's range (the others become missing), else None."""
    present = values.dropna()
    if present.empty:
        return None
    text = present.astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
    number = pd.to_numeric(text.where(text.str.fullmatch(r"\d{1,4}")), errors="coerce")
    low, high = _RANGE[part]
    high = high if high is not None else dt.date.today().year
    good = number.between(low, high)
    if float(good.mean()) < _SHARE:
        return None
    out = pd.Series(pd.NA, index=values.index, dtype="Int64")
    out[good[good].index] = number[good].astype(np.int64)
    return out


def assembled_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` assembled as the settings' data was: when ``roles`` name ``birth_date`` and
    ``df`` lacks it (a customer view or a store built from data read without settings)."""
    return assemble_birth_dates(df) if ASSEMBLED in roles else df
