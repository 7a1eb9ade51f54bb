"""Generational suffixes of a name (Jr., Senior, III, 2nd) → ``jr``, ``sr``, ``ii``, ``iii``...

A father and his son often share a given name, a family name and an address; the suffix is
what tells them apart where a file keeps it.

>>> import pandas as pd
>>> generation(pd.Series(["Jr.", "SENIOR", "3rd", "II", "x"]))["value"].tolist()
['jr', 'sr', 'iii', 'ii', <NA>]
"""

from __future__ import annotations

import pandas as pd

from tekil.normalize._common import NA, UNPARSEABLE, CellReader
from tekil.normalize.names import SUFFIXES
from tekil.normalize.text import fold

_WRITTEN = {
    "jr": ("jr", "junior", "jnr", "jun", "hijo", "filho", "fils"),
    "sr": ("sr", "senior", "snr", "sen", "padre", "pere"),
    "ii": ("ii", "2nd", "2", "second"),
    "iii": ("iii", "3rd", "3", "third"),
    "iv": ("iv", "4th", "4", "fourth"),
    "v": ("v", "5th", "5", "fifth"),
}
_CODES = {word: code for code, words in _WRITTEN.items() for word in words}


def generation(values: pd.Series) -> pd.DataFrame:
    """Normalise generational suffixes; anything else is ``unparseable``."""
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`generation` reads one cell."""
    return CellReader("generation", _one, ("value", "reason"))


def suffix_apart(name: str) -> tuple[str, str | None]:
    """A folded name without the generational suffix after it, and the suffix read.

    >>> suffix_apart("brady jr"), suffix_apart("jr"), suffix_apart("lee")
    (('brady', 'jr'), ('jr', None), ('lee', None))
    """
    rest, _, last = name.rpartition(" ")
    if rest and last in SUFFIXES:
        return rest, _CODES.get(last)
    return name, None


def _one(text: str) -> tuple:
    code = _CODES.get(fold(text).replace(".", "").strip())
    return (code, NA) if code else (NA, UNPARSEABLE)
