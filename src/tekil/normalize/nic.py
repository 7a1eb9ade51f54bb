"""Sri Lanka's national identity card numbers (NIC): the old form read as the new one.

The old card's number is nine digits and a letter (``851234567V``: the birth year's last two
digits, the day of the year, plus 500 for a woman, a three-digit serial and a check digit;
``V`` for a voter, ``X`` for someone who is not). Cards issued since 2016 carry twelve digits:
the whole year, the same day, the serial widened to four, the same check digit. The Department
for Registration of Persons converts an old number by writing ``19`` before it and ``0`` before
the serial, dropping the letter, so one person holds both forms and systems keep either:

>>> new_nic("851234578V"), new_nic("851234578v"), new_nic("198512304578")
('198512304578', '198512304578', None)

Only a number whose day is one of a year's (1-366, 501-866) and whose check digit holds is
read so: nine digits and a ``V`` of another country's scheme, or a slip, keep their own form.

>>> new_nic("851234577V"), new_nic("859994578V"), new_nic("X12345678V")
(None, None, None)
"""

from __future__ import annotations

import re

__all__ = ["new_nic", "nic_check_digit"]

#: An old NIC without separators: the year, the day, the serial, the check digit, the letter.
_OLD = re.compile(r"(\d{2})(\d{3})(\d{3})(\d)[VX]")
#: The check digit's weights over the old form's first eight digits; the new form's eleven take
#: 8 and 4 for the century's ``19`` (which add 44, nothing modulo 11) and 8 for the ``0``, so
#: that a converted number keeps its digit.
_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def nic_check_digit(body: str) -> str:
    """The check digit of an old NIC's first eight digits: eleven less their weighted sum's
    remainder by eleven, 0 where that is 10 or 11.

    >>> nic_check_digit("85123457")
    '8'
    """
    c = 11 - sum(int(ch) * w for ch, w in zip(body, _WEIGHTS, strict=True)) % 11
    return "0" if c >= 10 else str(c)


def new_nic(value: str) -> str | None:
    """The twelve-digit form of an old NIC (no separators), or None where ``value`` is no old
    NIC."""
    m = _OLD.fullmatch(value.upper())
    if m is None:
        return None
    year, day, serial, check = m.groups()
    if not (1 <= int(day) <= 366 or 501 <= int(day) <= 866):
        return None
    if nic_check_digit(year + day + serial) != check:
        return None
    return f"19{year}{day}0{serial}{check}"
