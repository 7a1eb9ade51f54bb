"""Turkish national identity numbers (T.C. Kimlik No, TCKN).

A TCKN has 11 digits, never starts with 0, and ends with two check digits::

    d10 = ((d1 + d3 + d5 + d7 + d9) * 7 - (d2 + d4 + d6 + d8)) mod 10
    d11 = (d1 + d2 + ... + d10) mod 10

Foreigners' numbers (YKN, starting with 99) follow the same rules and are accepted.
Some well-known fake numbers pass the checks (``11111111110``, ``12345678950``);
they are kept but flagged ``placeholder`` so that they never link two people.
"""

from __future__ import annotations

import re

import pandas as pd

from tekil.normalize._common import NA, UNPARSEABLE, CellReader

__all__ = ["INVALID_CHECKSUM", "PLACEHOLDER", "is_valid_tckn", "tckn", "tckn_check_digits"]

#: Reason for eleven digits that break the TCKN rules (leading 0 or wrong check digits).
INVALID_CHECKSUM = "invalid_checksum"
#: Reason for a number that passes the checks but is a known dummy value.
PLACEHOLDER = "placeholder"

COLUMNS = ("value", "reason")

# Separators people type inside an id; anything else (letters, "+") makes it unparseable.
_SEPARATORS = re.compile(r"[\s.\-]+")

# "aaaaaaaaaa0" passes the checksum for every digit a (d10 = 31a mod 10 = a, d11 = 10a mod 10),
# so a form filled with one repeated digit yields a "valid" id. The other two are the test
# numbers that circulate in Turkish developer documentation.
_PLACEHOLDERS = frozenset({f"{d}" * 10 + "0" for d in "123456789"} | {"12345678950", "10000000146"})


def tckn_check_digits(first9: str) -> str:
    """Return the two check digits for the first nine digits of a TCKN.

    >>> tckn_check_digits("123456789")
    '50'
    """
    d = [int(c) for c in first9]
    if len(d) != 9:
        raise ValueError("expected nine digits")
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{d10}{d11}"


def is_valid_tckn(digits: str) -> bool:
    """True when ``digits`` is eleven ASCII digits obeying the TCKN rules."""
    return (
        len(digits) == 11
        and digits.isascii()
        and digits.isdigit()
        and digits[0] != "0"
        and tckn_check_digits(digits[:9]) == digits[9:]
    )


def _one(text: str) -> tuple[object, object]:
    digits = _SEPARATORS.sub("", text)
    if len(digits) != 11 or not (digits.isascii() and digits.isdigit()):
        return (NA, UNPARSEABLE)
    # is_valid_tckn's rules on the digits' bytes, summed in C (a batch reads each distinct id).
    b = digits.encode()
    odd, even = sum(b[0:9:2]) - 240, sum(b[1:8:2]) - 192  # (less "0" = 48 per digit)
    d10 = (odd * 7 - even) % 10
    if b[0] == 48 or b[9] - 48 != d10 or b[10] - 48 != (odd + even + d10) % 10:
        return (NA, INVALID_CHECKSUM)
    if digits in _PLACEHOLDERS:
        return (digits, PLACEHOLDER)
    return (digits, NA)


def tckn(values: pd.Series) -> pd.DataFrame:
    """Validate Turkish national identity numbers.

    Spaces, dots and dashes inside the number are ignored; integers and integral
    floats (``12345678950.0`` from a spreadsheet) are read as their digits.

    Returns a DataFrame aligned to ``values`` with columns ``value`` (the
    11-digit string) and ``reason``:

    * ``missing`` - null or blank;
    * ``unparseable`` - not exactly 11 digits;
    * ``invalid_checksum`` - 11 digits that start with 0 or have wrong check digits
      (``value`` is ``<NA>``);
    * ``placeholder`` - passes the checks but is a known dummy number
      (``11111111110`` ... ``99999999990``, ``12345678950``, ``10000000146``);
      ``value`` is kept.

    >>> tckn(pd.Series(["100 000 001 46", "12345678901", "abc"]))["reason"].tolist()
    ['placeholder', 'invalid_checksum', 'unparseable']
    """
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`tckn` reads one cell."""
    return CellReader("tckn", _one, tuple(COLUMNS))
