"""Ages in years, for files that keep a person's age instead of a birth date → ``"34"``.

An age says less than a birth date, and records of one person written a year or a few
apart give different ages: tekil compares them by how many years apart they are
(:mod:`tekil.compare`), and reads an age column only where no birth date is given.

>>> import pandas as pd
>>> age(pd.Series(["34", 35.0, "41 years old", "34 J.", "0", "212", "30-39"]))["value"].tolist()
['34', '35', '41', '34', <NA>, <NA>, <NA>]
"""

from __future__ import annotations

import re

import pandas as pd

from tekil.normalize._common import NA, UNPARSEABLE, CellReader

__all__ = ["OUT_OF_RANGE", "PLACEHOLDER", "age", "ages_share"]

#: Reason for an age over :data:`OLDEST` (a year of birth, a typo).
OUT_OF_RANGE = "out_of_range"
#: Reason for an age of 0, what systems write for "not known".
PLACEHOLDER = "placeholder"
OLDEST = 120

#: Whole years, perhaps as a float (``35.0``) or with a unit (``41 years old``, ``34 J.``).
_AGE = re.compile(r"(\d{1,3})(?:[.,]0+)?(?:\s*[^\W\d_]{1,6}\.?){0,2}")


def age(values: pd.Series) -> pd.DataFrame:
    """Normalise ages to whole years as text; anything else is ``unparseable``."""
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`age` reads one cell."""
    return CellReader("age", _one, ("value", "reason"))


def ages_share(texts: list[str]) -> float:
    """The share of ``texts`` that read as ages (0 for none): a column named "age" that
    holds age bands (``30-39``) or dates is no column of ages."""
    if not texts:
        return 0.0
    return sum(_one(text)[1] is NA for text in texts) / len(texts)


def _one(text: str) -> tuple:
    found = _AGE.fullmatch(text)
    if found is None:
        return (NA, UNPARSEABLE)
    years = int(found.group(1))
    if years == 0:
        return (NA, PLACEHOLDER)
    if years > OLDEST:
        return (NA, OUT_OF_RANGE)
    return (str(years), NA)
