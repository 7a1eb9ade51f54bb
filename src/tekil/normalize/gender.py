"""Gender or sex codes, in Turkish, English and a dozen other languages → ``f`` / ``m``.

>>> import pandas as pd
>>> gender(pd.Series(["Kadın", "E", "male", "?"]))["value"].tolist()
['f', 'm', 'm', <NA>]
"""

from __future__ import annotations

from functools import partial

import pandas as pd

from tekil.normalize._common import NA, UNPARSEABLE, CellReader
from tekil.normalize.text import fold

_WRITTEN = {
    **dict.fromkeys(
        [
            "f", "female", "k", "kadin", "bayan", "woman", "w", "frau", "femme", "mujer", "kiz",
            "2", "weiblich", "feminin", "feminine", "femenino", "feminino", "femmina", "donna",
            "vrouw", "v", "kobieta", "girl", "lady", "женский", "женщина", "жен", "ж",
            # forms of address, as a salutation column writes them
            "mrs", "ms", "miss", "madame", "mme", "mlle", "mademoiselle", "sra", "srta",
            "senora", "senhora", "signora", "sig ra", "mevr", "mw", "hanim", "pani", "госпожа",
            # East and South-East Asian, South Asian and Middle Eastern words
            "여", "여성", "여자", "女", "女性", "nu", "perempuan", "wanita", "babae", "หญิง",
            "महिला", "أنثى", "انثى", "زن",
            # Khmer (ស្រី, ស្ត្រី: a woman), Lao (ຍິງ; ນາງ: Ms)
            "ស្រី", "ស្ត្រី", "ຍິງ", "ນາງ",
            # Indonesian and Malay (P: perempuan), Amharic, Swahili (KE: mwanamke, as Tanzanian
            # forms abbreviate it; kike: female), Kinyarwanda (gore, umugore: a woman)
            "p", "ሴት", "ሴ", "mwanamke", "ke", "kike", "gore", "umugore",
            # Haitian Kreyòl: fi (a girl, female), fanm (a woman), madan, manmzèl
            "fi", "fanm", "madan", "manmzel",
            # Mongolian (эм, эмэгтэй), Kazakh, Kyrgyz, Uzbek, Ukrainian, Greek, Hebrew,
            # Georgian, Armenian
            "эм", "эмэгтэй", "әйел", "аял", "ayol", "жіноча", "жінка", "γυναίκα", "θήλυ",
            "נקבה", "אישה", "ქალი", "მდედრობითი", "իգական", "կին",
            # Malagasy (V: vavy; Ramatoa, Rtoa: Mrs, Ramatoakely: Miss)
            "vavy", "ramatoa", "rtoa", "ramatoakely",
            # Somali: dheddig (female), naag and haweeney (a woman), dumar (women), gabar (a girl)
            "dheddig", "dhedig", "naag", "haweeney", "haween", "dumar", "gabar",
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            "m", "male", "e", "erkek", "bay", "man", "mann", "homme", "hombre", "1",
            "mannlich", "masculin", "masculine", "masculino", "maschio", "uomo", "h",
            "mezczyzna", "boy", "мужской", "мужчина", "муж", "м",
            "mr", "mister", "herr", "monsieur", "sr", "senor", "senhor", "sig", "signor", "dhr",
            "bey", "pan", "господин",
            "남", "남성", "남자", "男", "男性", "nam", "laki laki", "pria", "lalaki", "ชาย",
            "पुरुष", "ذكر", "مرد",
            # Khmer (ប្រុស; បុរស: a man), Lao (ຊາຍ; ທ້າວ: Mr)
            "ប្រុស", "បុរស", "ຊາຍ", "ທ້າວ",
            # (Swahili ME: mwanaume, kiume: male; Kinyarwanda gabo, umugabo: a man)
            "l", "lelaki", "ወንድ", "ወ", "mwanaume", "me", "kiume", "gabo", "umugabo",
            # Haitian Kreyòl: gason (a boy, male), nonm (a man), mesye
            "gason", "nonm", "mesye", "msye",
            "эр", "эрэгтэй", "ер", "еркек", "эркек", "erkak", "чоловіча", "чоловік", "άνδρας",
            "άρρεν", "זכר", "גבר", "კაცი", "მამრობითი", "արական", "տղամարդ",
            # Malagasy (L: lahy; Andriamatoa, Ingahy: Mr)
            "lahy", "andriamatoa", "ingahy",
            # Somali: lab (male), nin (a man), rag (men), wiil (a boy)
            "lab", "nin", "rag", "wiil",
        ],
        "m",
    ),
}  # fmt: skip
_CODES = {fold(word): code for word, code in _WRITTEN.items()}  # as cells are read
#: Letters that a language writes the other way round, by the word for sex that names its
#: columns: Lithuanian ``lytis`` V (vyras, a man) and M (moteris, a woman), where Dutch V is
#: vrouw and M man; Latvian ``dzimums`` V (vīrietis) and S (sieviete); Estonian ``sugu`` M
#: (mees) and N (naine). Words (``vyras``, ``sieviete``) are read as everywhere.
_LETTERS_BY_COLUMN = {
    "lytis": {"v": "m", "m": "f"},
    "dzimums": {"v": "m", "s": "f"},
    "sugu": {"m": "m", "n": "f"},
}
_LETTERS_BY_COLUMN_KEYS = tuple(_LETTERS_BY_COLUMN)
_WORDS = {"vyras": "m", "moteris": "f", "virietis": "m", "sieviete": "f", "mees": "m", "naine": "f"}
_CODES.update(_WORDS)


def gender(values: pd.Series, letters: dict[str, str] | None = None) -> pd.DataFrame:
    """Normalise gender codes to ``f``/``m``; anything else is ``unparseable``. ``letters``:
    single letters read otherwise than :data:`_WRITTEN` reads them (:func:`column_letters`).

    >>> gender(pd.Series(["V", "M"]))["value"].tolist()
    ['f', 'm']
    >>> gender(pd.Series(["V", "M", "vyras"]), column_letters("Lytis"))["value"].tolist()
    ['m', 'f', 'm']
    """
    return reader(letters).frame(values)


def column_letters(column: str) -> dict[str, str] | None:
    """How a column named in a language that writes sex letters its own way reads them (the
    word for sex alone or at either end of the name: ``Lytis``, ``Kliento lytis``); else
    ``None``."""
    key = "".join(c for c in fold(str(column)) if c.isalnum())
    for word in _LETTERS_BY_COLUMN_KEYS:
        if key.startswith(word) or key.endswith(word):
            return _LETTERS_BY_COLUMN[word]
    return None


def reader(letters: dict[str, str] | None = None) -> CellReader:
    """How :func:`gender` reads one cell."""
    one = _one if not letters else partial(_one, letters=letters)
    return CellReader("gender", one, ("value", "reason"))


def _one(text: str, letters: dict[str, str] | None = None) -> tuple:
    key = fold(text)
    code = letters.get(key) if letters else None
    code = code or _CODES.get(key) or _CODES.get(key.split(" ", 1)[0])  # "Herr Dr." is a Herr
    return (code, NA) if code else (NA, UNPARSEABLE)
