"""Turkish-aware text folding, the basis of every name, address and city comparison.

Python's ``str.lower`` is wrong for Turkish: ``"İ".lower()`` gives ``"i̇"`` (i plus
a combining dot) and ``"I".lower()`` gives ``"i"`` where Turkish wants ``"ı"``.
Different systems also store the same name with or without Turkish letters
("Şahin", "Sahin", "SAHİN", "ŞAHIN"). tekil therefore compares names in a
*folded* form: lower case the Turkish way, then map every Turkish letter to its
ASCII base (ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u), strip other accents, and keep only
letters, digits and single spaces.

>>> fold("İSMAİL  ŞAHİN")
'ismail sahin'
>>> turkish_lower("IŞIK")
'ışık'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UPPER_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TURKISH_TO_ASCII = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
# Anything but a letter or digit of any script: Cyrillic, Greek or Arabic names survive folding.
_NON_ALNUM = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


def turkish_lower(text: str) -> str:
    """Lower-case ``text`` with Turkish rules (I→ı, İ→i)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.translate(_UPPER_TO_LOWER).lower()


def turkish_upper(text: str) -> str:
    """Upper-case ``text`` with Turkish rules (i→İ, ı→I)."""
    return unicodedata.normalize("NFC", text).translate(_LOWER_TO_UPPER).upper()


def turkish_title(text: str) -> str:
    """Title-case each word with Turkish rules: ``"ismail IŞIK"`` → ``"İsmail Işık"``."""
    return " ".join(_title_word(word) for word in _SPACES.split(text.strip()) if word)


@lru_cache(maxsize=1 << 16)
def _title_word(word: str) -> str:
    # Names and addresses repeat their words: each distinct word is cased once.
    return "-".join(turkish_upper(p[:1]) + turkish_lower(p[1:]) for p in word.split("-"))


def strip_accents(text: str) -> str:
    """Drop combining marks (é→e, ñ→n) after NFKD decomposition."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Fold ``text`` for comparison: Turkish lower case, accents off, single spaces.

    Turkish and other accented Latin letters become ASCII; letters of other
    scripts are kept, lower-cased (``"Иван"`` → ``"иван"``). Punctuation becomes a
    space, so ``"Ali-Rıza"`` and ``"ali rıza"`` fold alike. Idempotent:
    ``fold(fold(x)) == fold(x)``.
    """
    lowered = turkish_lower(text).translate(_TURKISH_TO_ASCII)
    if not lowered.isascii():  # most names are ASCII by now: skip the decomposition
        lowered = strip_accents(lowered).lower()
    return _NON_ALNUM.sub(" ", lowered).strip()


def collapse_spaces(text: str) -> str:
    """Trim and collapse runs of whitespace to one space."""
    return _SPACES.sub(" ", text).strip()
