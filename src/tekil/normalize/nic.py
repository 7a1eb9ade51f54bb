"""Sri Lanka's national identity card numbers (NIC): the old form read as the new one.

The old card's number is nine digits and a letter (``851234567V``: the birth year's last two
digits, the day of the year, plus 500 for a woman, a three-digit serial and a check digit;
``V`` for a voter, ``X`` for someone who is not). Cards issued since 2016 carry twelve digits:
the whole year, the same day, the serial widened to four, the same check digit. The Department
for Registration of Persons converts an old number by writing ``19`` before it and ``0`` before
the serial, dropping the letter, so one person holds both forms and systems keep either:

>>> new_nic("851234578V"), new_nic("851234578v"), new_nic("198512304578")
('198512304578', '198512304578', None)

Only a number whose day is one of a year's (1-366, 501-866) is read so. Its check digit is
not asked for: a number typed with a slip is converted all the same, so that it stays a slip
(one digit) away from its holder's other form, as the clerk's conversion would write it.

>>> new_nic("851234577V"), new_nic("859994578V"), new_nic("X12345678V")
('198512304577', None, None)
"""

from __future__ import annotations

import re

__all__ = ["new_nic"]

#: An old NIC without separators: the year, the day, the serial, the check digit, the letter.
_OLD = re.compile(r"(\d{2})(\d{3})(\d{3})(\d)[VX]")


def new_nic(value: str) -> str | None:
    """The twelve-digit form of an old NIC (no separators), or None where ``value`` is no old
    NIC."""
    m = _OLD.fullmatch(value.upper())
    if m is None:
        return None
    year, day, serial, check = m.groups()
    if not (1 <= int(day) <= 366 or 501 <= int(day) <= 866):
        return None
    return f"19{year}{day}0{serial}{check}"
