"""Person names: Turkish-aware folding, honorifics, a display form and a given/family split.

>>> import pandas as pd
>>> out = name(pd.Series(["Sayın AYŞE NUR ŞAHİN", "Dr. mehmet ali yilmaz", "Ahmet Bey"]))
>>> out["value"].tolist()
['ayse nur sahin', 'mehmet ali yilmaz', 'ahmet']
>>> out["display"].tolist()
['Ayşe Nur Şahin', 'Mehmet Ali Yilmaz', 'Ahmet']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd

from tekil.normalize._common import NA, UNPARSEABLE, CellReader, sample_texts
from tekil.normalize.text import MARKS, collapse_spaces, fold, title, writes_turkish_i

#: Reason for values that are clearly not a name ("test", "bilinmiyor", "xxx").
PLACEHOLDER = "placeholder"

# Folded forms of titles and forms of address, Turkish, English and of other European
# languages. They are dropped wherever they stand ("Ahmet Bey", "Sayın Ayşe Hanım", "Prof. Dr.
# X"); not "Don" or "M.", which are also names and initials.
HONORIFICS = frozenset(
    [
        "bey",
        "hanim",
        "hanimefendi",
        "beyefendi",
        "sayin",
        "sn",
        "say",
        "bay",
        "bayan",
        "dr",
        "doc",
        "prof",
        "av",
        "muh",
        "ogr",
        "gor",
        "uzm",
        "ecz",
        "vet",
        "opr",
        "yrd",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "madam",
        "mme",
        "mlle",
        "herr",
        "frau",
        "monsieur",
        "madame",
        "mademoiselle",
        "sra",
        "srta",
        "senor",
        "senora",
        "senorita",
        "senhor",
        "senhora",
        "sig",
        "signor",
        "signora",
        "signorina",
        "dhr",
        "mevr",
        "mej",
    ]
)
#: "Sr." before a name is the Spanish "Señor"; after it, "Senior" (:data:`SUFFIXES`).
LEADING_HONORIFICS = frozenset(["sr"])

#: Generational suffixes: kept in the name (a father and son differ by them), never taken
#: for the family name.
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "junior", "senior"])

#: Degrees and professional letters written after a name ("Anne Lee PhD", "John Smith, MD"):
#: dropped from the end of a name of three words or more ("Md Rahman" is Mohammed Rahman).
POST_NOMINALS = frozenset([
    "phd", "dphil", "md", "dds", "dmd", "dvm", "esq", "mba", "cpa", "rn", "lpn", "jd", "llm",
    "msc", "bsc", "meng", "mph", "frcp", "frcs", "facs",
])  # fmt: skip

#: Words that start a family name rather than end the given names: "Jan van der Berg" is Jan
#: of the van der Berg family, "João da Silva" of the da Silva, "Juan de la Cruz" of the de la
#: Cruz, "Mohammed bin Salman" of the bin Salman (as written in full, folded).
PARTICLES = frozenset([
    "van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "das", "do",
    "dos", "du", "des", "la", "le", "ter", "ten", "zu", "zum", "zur",
    "bin", "binti", "bint", "ibn", "al", "el", "ben", "بن", "بنت", "ابن", "ال", "آل",
])  # fmt: skip

# Folded values that people type when they do not know or will not give a name.
PLACEHOLDERS = frozenset(
    [
        "test",
        "deneme",
        "xxx",
        "xx",
        "x",
        "yok",
        "bilinmiyor",
        "bilinmeyen",
        "isimsiz",
        "adsiz",
        "belirtilmemis",
        "unknown",
        "none",
        "null",
        "nil",
        "na",
        "n a",  # N/A ("A." and "N." alone are initials: Anna, Nikolai)
        "nn",
        "asdf",
        "qwerty",
        "musteri",
        "customer",
        "anonim",
        "anonymous",
    ]
)

_DIGITS = re.compile(r"\d+")
_SIGNORA = re.compile(r"\bsig\.?\s*ra\b\.?", re.IGNORECASE)
_DISPLAY_JUNK = re.compile(rf"[^\w{MARKS}\s\-]+|_")
_ORPHAN_MARKS = re.compile(rf"(?<![\w{MARKS}])[{MARKS}]+")  # a mark with no letter to sit on


def name(values: pd.Series, turkish: bool | None = None) -> pd.DataFrame:
    """Normalise a column of person names (first, last or full names).

    Returns a DataFrame aligned to ``values`` with columns:

    * ``value``   - folded form for matching: Turkish lower case, ASCII letters
      (ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u), honorifics and digits removed, single spaces;
    * ``reason``  - ``missing``, ``unparseable`` (no letters left), ``placeholder``
      ("test", "bilinmiyor", "xxx"), or ``<NA>`` when fine;
    * ``display`` - the name as a person would write it ("Ayşe Nur Şahin"), title case
      with the original letters kept; Turkish title case (``"YILMAZ"`` → ``"Yılmaz"``)
      when ``turkish``, which is inferred from the column when not given
      (:func:`~tekil.normalize.text.writes_turkish_i`), and for a name written with a letter
      only Turkish has;
    * ``given`` / ``family`` - folded split of a full name: the last word is the
      family name, the rest the given names (``<NA>`` for one-word names).
    """
    if turkish is None:
        turkish = writes_turkish_i(sample_texts(values, "name"))
    return reader(turkish=turkish).frame(values)


def reader(*, turkish: bool = False) -> CellReader:
    """How :func:`name` reads one cell."""
    columns = ("value", "reason", "display", "given", "family")
    return CellReader("name", _turkish_name if turkish else _one_name, columns)


#: ``fold`` of one word, cached: a column of names holds far fewer words than names.
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def _turkish_name(text: str) -> tuple:
    return _one_name(text, turkish=True)


def _one_name(text: str, turkish: bool = False) -> tuple:
    # Compatibility forms first (superscripts, full-width letters, ligatures), so that a
    # second pass over the result sees the same words.
    text = _surname_first(unicodedata.normalize("NFKC", text))
    text = _SIGNORA.sub("signora", text)  # "Sig.ra" would leave its "ra" as a name
    # Apostrophes join ("O'Neil" is one word); other punctuation separates.
    cleaned = _DISPLAY_JUNK.sub(" ", _DIGITS.sub(" ", text.replace("'", "").replace("’", "")))
    cleaned = _ORPHAN_MARKS.sub("", cleaned)
    words = collapse_spaces(cleaned).split()
    kept = [w for w in words if _fold_word(w) not in HONORIFICS] or words
    if len(kept) > 2 and _fold_word(kept[0]) in LEADING_HONORIFICS:
        kept = kept[1:]
    while len(kept) > 2 and _fold_word(kept[-1]) in POST_NOMINALS:
        kept = kept[:-1]
    display = title(" ".join(kept), turkish)
    # Digits go after folding too: NFKD turns "¼" into "1⁄4".
    value = collapse_spaces(_DIGITS.sub(" ", fold(display)))
    if not value:
        return (NA, UNPARSEABLE, NA, NA, NA)
    if value in PLACEHOLDERS:
        return (value, PLACEHOLDER, display, NA, NA)
    tokens = value.split()
    if len(tokens) == 1 and 2 <= len(value) <= 4 and all(map(_han_or_hangul, value)):
        # "张伟", "김민수": family name first, one character (two of four: 欧阳娜娜, 남궁민수).
        cut = 2 if len(value) == 4 else 1
        return (value, NA, display, value[cut:], value[:cut])
    given, family = split_whole_name(tokens)
    return (value, NA, display, given or NA, family or NA)


def split_whole_name(tokens: list[str]) -> tuple[str | None, str | None]:
    """Given and family name of a folded whole name's words: the family name is the last word
    that is no generational suffix ("John Smith Jr"), with the particles before it ("Jan van
    der Berg"); the given names are the words before. ``(None, None)`` for one word.

    >>> split_whole_name(["jan", "van", "der", "berg"])
    ('jan', 'van der berg')
    """
    last = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k] not in SUFFIXES), 0)
    if last == 0:
        return None, None
    start = last
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    return " ".join(tokens[:start]), " ".join(tokens[start : last + 1])


def _han_or_hangul(char: str) -> bool:
    """A Chinese character or a Hangul syllable: scripts that write a name without a space."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xAC00 <= code <= 0xD7A3


def _surname_first(text: str) -> str:
    """``"Smith, John"`` → ``"John Smith"``; ``"John Smith, Jr."`` is left as it is."""
    if text.count(",") != 1:
        return text
    family, given = (part.strip() for part in text.split(","))
    if not family or not given or _fold_word(given.rstrip(".")) in SUFFIXES | POST_NOMINALS:
        return text
    return f"{given} {family}"
