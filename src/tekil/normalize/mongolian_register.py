"""The Mongolian civil registry number read alike in Cyrillic and in Latin letters.

A Mongolian's registry number (``Регистрийн дугаар``, ``РД``) is two Cyrillic letters and
eight digits, ``УБ89031512``: the letters the registry gave (the first of the birth's aimag or
city), the birth date as ``YYMMDD`` with twenty added to the month of those born in 2000 or
later (``УБ05220312``: 12 February 2005), and two more digits. Systems typed in Latin letters
keep the letters as the clerk transliterated them: ``UB89031512``, and ``Х``, ``Ц``, ``Ч``,
``Ш``, ``Ж`` as ``KH``/``H``/``X``, ``TS``/``C``, ``CH``, ``SH``, ``J``/``ZH``, ``Ө`` and ``Ү``
as ``O`` or ``U`` (``OE``/``UE``). Each letter is read as one Latin letter whatever the script
(the vowels ``О``, ``Ө``, ``У``, ``Ү`` as one, for Latin writes them alike), so that the number's
every writing is one:

>>> register_number("УБ89031512"), register_number("UB89031512"), register_number("уб 89031512")
('UB89031512', 'UB89031512', 'UB89031512')
>>> register_number("ЧӨ05220312"), register_number("CHU05220312"), register_number("ЦО05220312")
('CU05220312', 'CU05220312', 'CU05220312')
>>> register_number("ХҮ91120155"), register_number("KHU91120155"), register_number("XU91120155")
('HU91120155', 'HU91120155', 'HU91120155')

Only two letters before eight digits whose first six are a date so written are one (a
passport's ``AB1234567``, a Ukrainian ``КВ123456``, digits alone, a label's ``C.C. 16091218``
are other numbers):

>>> register_number("AB1234567"), register_number("КВ123456"), register_number("89031512")
(None, None, None)
>>> register_number("УБ89131512"), register_number("УБ89033212"), register_number("C.C. 16091218")
(None, None, None)
"""

from __future__ import annotations

import re

from tekil.normalize.text import fold

__all__ = ["register_number"]

#: Each Cyrillic letter (as :func:`fold` leaves it: ``й`` is ``и``) as one Latin letter.
_CYRILLIC = dict(
    zip(
        "абвгдеёжзиклмноөпрстуүфхцчшщыэюя",
        "ABVGDEEJZIKLMNUUPRSTUUFHCCSSIEUA",
        strict=True,
    )
)
#: Latin spellings of one Cyrillic letter, as the same letters (longest first).
_LATIN = {"KH": "H", "X": "H", "TS": "C", "CH": "C", "SH": "S", "ZH": "J", "OE": "U", "UE": "U",
          "YU": "U", "YA": "A", "YO": "U", "YE": "E", "O": "U", "W": "V", "Y": "I"}  # fmt: skip
_LATIN_UNIT = re.compile("|".join(sorted(_LATIN, key=len, reverse=True)) + "|[A-Z]")
#: Letters and eight digits, perhaps a space or a dash between (no dots: ``C.C. 16091218`` is
#: a Colombian cédula's label and number).
_NUMBER = re.compile(r"\s*([^\W\d_]{2,4})[ -]?(\d{8})\s*")


def register_number(text: str) -> str | None:
    """The registry number in ``text`` as two Latin letters and its eight digits, or None where
    ``text`` is no registry number."""
    m = _NUMBER.fullmatch(text)
    if m is None or not _a_birth_date(m[2]):
        return None
    letters = fold(m[1])
    if letters.isascii():
        units = [_LATIN.get(u, u) for u in _LATIN_UNIT.findall(letters.upper())]
    elif all(c in _CYRILLIC for c in letters):
        units = [_CYRILLIC[c] for c in letters]
    else:
        return None
    return "".join(units) + m[2] if len(units) == 2 else None


def _a_birth_date(digits: str) -> bool:
    """Whether the first six of the eight digits are ``YYMMDD`` with twenty added to the month
    of a birth in 2000 or later."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return (1 <= month <= 12 or 21 <= month <= 32) and 1 <= day <= 31
