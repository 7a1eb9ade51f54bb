"""Gender or sex codes, in Turkish, English and a dozen other languages → ``f`` / ``m``.

>>> import pandas as pd
>>> gender(pd.Series(["Kadın", "E", "male", "?"]))["value"].tolist()
['f', 'm', 'm', <NA>]
"""

from __future__ import annotations

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
            # Indonesian and Malay (P: perempuan), Amharic, Swahili
            "p", "ሴት", "ሴ", "mwanamke",
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
            "l", "lelaki", "ወንድ", "ወ", "mwanaume",
        ],
        "m",
    ),
}  # fmt: skip
_CODES = {fold(word): code for word, code in _WRITTEN.items()}  # as cells are read


def gender(values: pd.Series) -> pd.DataFrame:
    """Normalise gender codes to ``f``/``m``; anything else is ``unparseable``."""
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`gender` reads one cell."""
    return CellReader("gender", _one, ("value", "reason"))


def _one(text: str) -> tuple:
    key = fold(text)
    code = _CODES.get(key) or _CODES.get(key.split(" ", 1)[0])  # "Herr Dr." is a Herr
    return (code, NA) if code else (NA, UNPARSEABLE)
