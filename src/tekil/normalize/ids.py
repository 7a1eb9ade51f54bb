"""Identifiers of no format tekil knows (a passport, an NRIC, a member number): their letters
and digits, and the last four, which a masked or shortened copy of the number still shows.

>>> free_id(pd.Series(["S1234567D", "S****567D", "XXXX-1234", "567D"])).to_dict("list")
{'value': ['S1234567D', None, None, '567D'], 'reason': [None, 'masked', 'masked', None], 'tail': ['567D', '567D', '1234', '567D']}
"""

from __future__ import annotations

import re
from functools import partial

import pandas as pd

from tekil.normalize._common import NA, CellReader
from tekil.normalize.addresses import one_postcode
from tekil.normalize.cards import MASKED
from tekil.normalize.text import fold

#: What a printed copy hides a number's characters with: stars, bullets, hashes, a run of X.
MASK = re.compile(r"[*•#]+|[Xx]{3,}")
#: How many of an identifier's last characters a shortened copy keeps (``NRIC_LAST4``).
TAIL = 4


def free_id(values: pd.Series, digits: int | None = None) -> pd.DataFrame:
    """Normalise identifiers: upper-case letters and digits only, as postcodes are read (a
    column of digits padded to ``digits`` with zeros a spreadsheet dropped).

    Columns: ``value``; ``reason`` (``masked`` for a number printed with some of it hidden,
    ``S****567D``: no value, but its tail); ``tail``: the last four characters, where shown.
    """
    return reader(digits).frame(values)


def reader(digits: int | None = None) -> CellReader:
    """How :func:`free_id` reads one cell."""
    return CellReader("free_id", partial(_one_id, digits=digits), ("value", "reason", "tail"))


def _one_id(text: str, digits: int | None = None) -> tuple:
    if MASK.search(text):
        shown = re.sub(r"[^0-9A-Z]", "", fold(MASK.split(text)[-1]).upper())
        return (NA, MASKED, shown[-TAIL:] if len(shown) >= TAIL else NA)
    value, reason = one_postcode(text, digits)
    usable = reason is NA and len(value) >= TAIL
    return (value, reason, value[-TAIL:] if usable else NA)
