"""Myanmar's National Registration Card numbers (NRC): one reading of their Burmese and Latin
writings.

An NRC number is the holder's state or region (1 to 14), the letters of the township that
issued it, the kind of card (``N``, ``နိုင်``, a citizen's; ``E``, ``ဧည့်``, an associate's; ``P``,
``ပြု``, a naturalised citizen's) and a six-digit serial: ``12/LAMANA(N)123456`` is written
``၁၂/လမန(နိုင်)၁၂၃၄၅၆`` in Burmese. The township's letters are Burmese consonants, which Latin
writings spell with their vowel (``LAMANA``, ``LaMaNa``, ``La Ma Na``) or without (``LMN``), an
aspirated or a voiceless one as a pair (``THAKATA`` for သကတ, ``HLATHAYA`` or ``LATHAYA`` for လသယ),
a vowel letter as one or two vowels (``OUKAMA``, ``UKAMA`` for ဥကမ); the kind is written ``(N)``,
``(Naing)``, ``N`` or ``(နိုင်)``; Burmese digits are typed with the letter ``ဝ`` for the zero,
which looks alike. Read: the state, the township's consonants, one letter apiece (its pairs
as one, its vowels left out), the kind and the serial, so that every writing of one number
reads alike:

>>> nrc("12/LAMANA(N)123456"), nrc("၁၂/လမန(နိုင်)၁၂၃၄၅၆"), nrc("12/LMN (Naing) 123456")
('12LMNN123456', '12LMNN123456', '12LMNN123456')
>>> nrc("12/OUKAMAN023456"), nrc("၁၂/ဥကမနိုင်ဝ၂၃၄၅၆"), nrc("12/ThaKaTa(N)123456"), nrc("၁၂/သကတ(နိုင်)၁၂၃၄၅၆")
('12KMN023456', '12KMN023456', '12TKTN123456', '12TKTN123456')

Anything else is no NRC (None): a passport, a date, a number with no township.

>>> nrc("MB123456"), nrc("12/05/1985"), nrc("12/123456"), nrc("15/LAMANA(N)123456")
(None, None, None, None)
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["nrc"]

#: Burmese digits as ASCII ones.
_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")
#: The letter wa (ဝ) between or beside digits: a zero typed with the letter it looks like.
_WA_AS_ZERO = re.compile(r"(?<=[0-9])ဝ|ဝ(?=[0-9])")
#: The kinds of card, as Latin and Burmese write them (an asat typed as Zawgyi's ္ too).
_KINDS = {"N": "N", "NAING": "N", "E": "E", "AE": "E", "P": "P", "PYU": "P"}
_BURMESE_KINDS = {"နိုင": "N", "နိူင": "N", "ဧည့": "E", "ပြု": "P"}
_LATIN = re.compile(
    r"(\d{1,2})\s*/\s*([A-Z][A-Z .]*?)\s*(?:\(\s*(NAING|N|AE|E|PYU|P)\s*\)|(NAING|N|E|P))"
    r"\s*[-.]?\s*(\d{6})"
)
_BURMESE = re.compile(
    r"(\d{1,2})\s*/\s*([\u1000-\u102a\u103b-\u103e]+?)\s*\(?\s*(နိုင|နိူင|ဧည့|ပြု)[\u103a\u1039]?"
    r"\s*\)?\s*(\d{6})"
)
#: Latin pairs that spell one Burmese consonant of a township's letters (an aspirated or a
#: voiceless one: ထ ht, သ th, ခ kh, ဖ ph, ဆ hs, လှ hl; ချ ch), and the letters that are no
#: consonant's (vowels, which the Latin spellings write or leave out).
_LATIN_PAIRS = re.compile(r"HL|HT|HS|TH|KH|PH|CH|SH")
_VOWELS = re.compile(r"[AEIOU]")
#: Burmese consonants as the one Latin letter of their usual spelling (none for the vowel
#: carrier အ and the vowel letters).
_BURMESE_LETTERS = dict(
    zip("ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠ", "KKGGNSSZZNTTDDNTTDDNPPBBMYYLWTHL", strict=True)
)


@lru_cache(maxsize=1 << 14)
def nrc(text: str) -> str | None:
    """An NRC number as its state, its township's consonants, its kind and its serial, in
    ASCII letters and digits; None where ``text`` is none."""
    if "/" not in text:
        return None
    text = _WA_AS_ZERO.sub("0", text.translate(_DIGITS)).strip()
    m = _LATIN.fullmatch(text.upper())
    if m is not None:
        state, letters, kind = m[1], m[2], _KINDS[m[3] or m[4]]
        letters = letters.replace(" ", "").replace(".", "")
        township = _VOWELS.sub("", _LATIN_PAIRS.sub(_one_letter, letters))
        serial = m[5]
    else:
        m = _BURMESE.fullmatch(text)
        if m is None:
            return None
        state, kind, serial = m[1], _BURMESE_KINDS[m[3]], m[4]
        township = _burmese_township(m[2])
    if not (1 <= int(state) <= 14) or not township:
        return None
    return f"{int(state)}{township}{kind}{serial}"


def _one_letter(pair: re.Match) -> str:
    """The letter of a Latin pair that :func:`nrc` keeps: hl, ht, hs as l, t, s; th, kh as t, k."""
    return pair[0][1] if pair[0][0] == "H" else pair[0][0]


def _burmese_township(letters: str) -> str:
    """A township's Burmese letters as :func:`nrc` reads them: a Latin letter per consonant,
    ``C`` for ချ (``ch``), a ``Y`` for a medial ya or ra after another."""
    out: list[str] = []
    for before, ch in zip(" " + letters, letters, strict=False):
        if ch in _BURMESE_LETTERS:
            out.append(_BURMESE_LETTERS[ch])
        elif ch in "\u103b\u103c" and out:  # a medial ya or ra: ချ is ch, ကျ ky
            out[-1] = "C" if before == "ခ" else out[-1] + "Y"
    return "".join(out)
