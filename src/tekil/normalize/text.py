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
from collections.abc import Iterable
from functools import lru_cache

_UPPER_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TURKISH_TO_ASCII = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
#: Latin letters that no accent decomposes, as writers without them spell them ("Michał" is
#: "Michal", "Søren" "Soren", "Straße" "Strasse").
_LATIN_TO_ASCII = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)
#: Diacritics that writers may leave out, dropped by :func:`strip_accents`: the combining
#: accents of Latin, Greek and Cyrillic letters, Hebrew points and Arabic vowel marks. The
#: vowel signs and viramas of Indic and South-East Asian scripts, or Japanese kana's voicing
#: marks, are parts of their letters and are kept (``"कृष्ण"`` stays one word).
_OPTIONAL_MARKS = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
_DROP_OPTIONAL_MARKS = {c: None for lo, hi in _OPTIONAL_MARKS for c in range(lo, hi + 1)}


def _mark_ranges() -> str:
    """A regular-expression class body of the combining marks of the basic plane."""
    marks = [c for c in range(0x0300, 0x10000) if unicodedata.category(chr(c))[0] == "M"]
    runs, start = [], marks[0]
    for prev, c in zip(marks, [*marks[1:], None], strict=True):
        if c != prev + 1:
            runs.append(f"\\u{start:04x}-\\u{prev:04x}" if prev > start else f"\\u{start:04x}")
            start = c
    return "".join(runs)


#: Combining marks, for character classes: Python's ``\\w`` leaves them out, so without them
#: a Devanagari or Thai word would fall apart at each vowel sign.
MARKS = _mark_ranges()
# Anything but a letter, digit or mark of any script: Cyrillic, Greek, Arabic or Hindi names
# survive folding.
_NON_ALNUM = re.compile(rf"(?:[^\w{MARKS}]|_)+")
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


def title(text: str, turkish: bool = False) -> str:
    """Title-case each word; with Turkish rules (I→ı, i→İ) when ``turkish`` (the column's
    writers write Turkish, see :func:`writes_turkish_i`) or when the text itself has a letter
    only Turkish has (İ ı Ş ş Ğ ğ).

    >>> title("JOHN SMITH"), title("AYŞE YILMAZ", turkish=True), title("ismail IŞIK")
    ('John Smith', 'Ayşe Yılmaz', 'İsmail Işık')
    """
    if turkish or not _TURKISH_ONLY.isdisjoint(text):
        return turkish_title(text)
    return " ".join(_plain_title_word(word) for word in _SPACES.split(text.strip()) if word)


@lru_cache(maxsize=1 << 16)
def _plain_title_word(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


_TURKISH_ONLY = frozenset("İıŞşĞğ")
_ANY_I = re.compile("[IİıiÎî]")
#: Share of a column's words with an i that hold a letter only Turkish has when the column is
#: written in Turkish: 0.2-0.35 (mixed with ASCII spellings of it, or upper-cased by a
#: program that drops the dot of İ) to half; in another language's names with some Turkish
#: ones among them, a few hundredths.
TURKISH_I_SHARE = 0.1


def writes_turkish_i(values: Iterable[str]) -> bool:
    """Whether ``values`` are written in Turkish, with its dotted and dotless i: then a plain
    ``I`` is a dotless one, and ``"YILMAZ"`` reads ``"Yılmaz"``.

    >>> writes_turkish_i(["Ayşe Yılmaz", "ALİ KILIÇ", "Fatma Demir"]), writes_turkish_i(["IVAN"])
    (True, False)
    """
    words = {word for text in values for word in text.split() if _ANY_I.search(word)}
    turkish = sum(1 for word in words if not _TURKISH_ONLY.isdisjoint(word))
    return bool(words) and turkish >= TURKISH_I_SHARE * len(words)


def strip_accents(text: str) -> str:
    """Drop the optional diacritics (é→e, ñ→n, Arabic vowel marks) after NFKD decomposition.

    Marks that are part of a letter stay (Hindi ``"कृष्ण"``, Japanese ``"が"``).
    """
    decomposed = unicodedata.normalize("NFKD", text).translate(_DROP_OPTIONAL_MARKS)
    return unicodedata.normalize("NFC", decomposed)


def fold(text: str) -> str:
    """Fold ``text`` for comparison: Turkish lower case, accents off, single spaces.

    Turkish and other accented Latin letters become ASCII (``ł`` → ``l``, ``ß`` → ``ss``,
    ``æ`` → ``ae``); letters of other scripts are kept, lower-cased (their Latin reading is
    :func:`~tekil.normalize.latin.latin`'s). Punctuation becomes a space, so ``"Ali-Rıza"`` and ``"ali rıza"`` fold
    alike. Idempotent: ``fold(fold(x)) == fold(x)``.

    >>> fold("Jürgen Müller"), fold("ИВАН Петров")
    ('jurgen muller', 'иван петров')
    """
    lowered = turkish_lower(text).translate(_TURKISH_TO_ASCII)
    if not lowered.isascii():  # most names are ASCII by now: skip the decomposition
        lowered = strip_accents(lowered).lower().translate(_LATIN_TO_ASCII)
    return _NON_ALNUM.sub(" ", lowered).strip()


def collapse_spaces(text: str) -> str:
    """Trim and collapse runs of whitespace to one space."""
    return _SPACES.sub(" ", text).strip()
