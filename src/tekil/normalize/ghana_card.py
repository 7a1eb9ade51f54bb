"""The Ghana Card's personal number read as its ten digits, with or without its country code.

The National Identification Authority's card (the Ghana Card, the ECOWAS identity card of
Ghana) prints its holder's personal identification number as ``GHA-123456789-0``: the
holder's country as ISO 3166's three letters (``GHA`` for a Ghanaian; a resident foreigner's
card carries theirs, ``NGA-``, ``LBR-``), nine digits, and a check digit whose algorithm the
authority has not published. Systems keep it whole, run together (``GHA1234567890``) or
without the letters (``1234567890``, ``123456789-0``), which a clerk or a form's field of
digits dropped; the ten digits are the number:

>>> card_digits("GHA1234567890"), card_digits("NGA2446466202"), card_digits("1234567890")
('1234567890', '2446466202', None)

Only three letters that are a country's code are read so (``ABC1234567890`` is another
number), before exactly ten digits:

>>> card_digits("ABC1234567890"), card_digits("GHA123456789"), card_digits("GHA12345678901")
(None, None, None)
"""

from __future__ import annotations

import re

from tekil.normalize.countries import ALPHA3_CODES

__all__ = ["card_digits"]

#: A card's number without separators: a country's three letters and ten digits.
_PIN = re.compile(r"([A-Z]{3})(\d{10})")


def card_digits(value: str) -> str | None:
    """The ten digits of a Ghana Card number written with its country code (letters and
    digits only, upper case), or None where ``value`` is none."""
    m = _PIN.fullmatch(value)
    if m is None or m[1] not in ALPHA3_CODES:
        return None
    return m[2]
