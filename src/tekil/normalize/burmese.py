"""Burmese script: the Zawgyi encoding read as Unicode, a name's syllables as words, and their
reading in Latin letters.

Until 2019 most Burmese phones and PCs typed Burmese with the Zawgyi font, which puts letters
on Unicode's code points in the order they are drawn: the vowel sign ``ေ`` and the medial ``ြ``
before the consonant they follow in Unicode, the medials and the asat on other code points,
stacked letters as glyphs of their own. Systems hold both: ``ေအာင္ေက်ာ္`` is ``အောင်ကျော်``.

>>> unicode_burmese("ေအာင္ေက်ာ္"), unicode_burmese("ျမင့္"), unicode_burmese("သႏၱာ")
('အောင်ကျော်', 'မြင့်', 'သန္တာ')

Burmese writes a name's syllables without spaces; Latin letters write one word per syllable
(``အောင်ကျော်မင်း``, Aung Kyaw Min), a stacked syllable with the one before it (``သန္တာ``,
Thandar):

>>> burmese_syllables("အောင်ကျော်မင်း"), burmese_syllables("ခင်သန္တာ")
('အောင် ကျော် မင်း', 'ခင် သန္တာ')

A syllable reads in Latin letters as Burmese names are spelt in them: the consonant (``ထ`` ht,
``သ`` th, ``ဆ`` hs; ``ကျ`` ky, ``ချ`` ch, ``လှ`` hl), the vowel and the final (``ောင်`` aung, ``ိုင်``
aing, ``ိန်း`` ein, ``က်`` et, ``ော်`` aw); tones are unwritten.

>>> burmese_latin("အောင် ကျော် မင်း"), burmese_latin("ထွန်း လှိုင် သိန်း"), burmese_latin("ခင် သန္တာ")
('aung kyaw min', 'htun hlaing thein', 'khin thantar')
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "BURMESE",
    "burmese_latin",
    "burmese_syllables",
    "burmese_title",
    "loose_burmese",
    "unicode_burmese",
]

#: A letter or sign of the Myanmar block.
BURMESE = re.compile("[\u1000-\u109f]")
_CONSONANTS = "\u1000-\u1021"
_INDEPENDENT = "\u1023-\u102a"
_ASAT, _VIRAMA = "\u103a", "\u1039"

# ------------------------------------------------------------------ Zawgyi
#: Signs that Zawgyi types where Unicode never writes them: ``ေ`` or Zawgyi's ``ြ`` (U+103B) at a
#: word's start, the asat on U+1039 with no consonant after it, stacked glyphs (U+1060-U+1097).
_ZAWGYI = re.compile(
    rf"(?:^|[^{_CONSONANTS}\u103b-\u103e])[\u1031\u103b](?=[{_CONSONANTS}])"
    rf"|\u1039(?![{_CONSONANTS}])|\u103a[\u102b-\u1030\u1032\u1036\u103c\u103d]|[\u1060-\u1097]"
)
#: Zawgyi's stacked glyphs as the virama and the lower consonant; its other glyphs as Unicode's.
_ZAWGYI_GLYPHS = {
    **{chr(0x1060 + i): _VIRAMA + c for i, c in enumerate("ကခဂဃ")},
    "\u1065": _VIRAMA + "စ", "\u1066": _VIRAMA + "ဆ", "\u1067": _VIRAMA + "ဆ",
    "\u1068": _VIRAMA + "ဇ", "\u1069": _VIRAMA + "ဈ", "\u106c": _VIRAMA + "ဋ",
    "\u106d": _VIRAMA + "ဌ", "\u1070": _VIRAMA + "ဏ", "\u1071": _VIRAMA + "တ",
    "\u1072": _VIRAMA + "တ", "\u1073": _VIRAMA + "ထ", "\u1074": _VIRAMA + "ထ",
    "\u1075": _VIRAMA + "ဒ", "\u1076": _VIRAMA + "ဓ", "\u1077": _VIRAMA + "န",
    "\u1078": _VIRAMA + "ပ", "\u1079": _VIRAMA + "ဖ", "\u107a": _VIRAMA + "ဗ",
    "\u107b": _VIRAMA + "ဘ", "\u107c": _VIRAMA + "မ", "\u1085": _VIRAMA + "လ",
    "\u106a": "ဉ", "\u106b": "ည", "\u106e": "ဍ\u1039ဍ", "\u106f": "ဍ\u1039ဎ", "\u108f": "န",
    "\u1090": "ရ", "\u1086": "ဿ", "\u1087": "\u103e", "\u1088": "\u103e\u102f",
    "\u1089": "\u103e\u1030", "\u108a": "\u103d\u103e", "\u1033": "\u102f", "\u1034": "\u1030",
    "\u1094": "\u1037", "\u1095": "\u1037", "\u105a": "\u102b\u103a",
    **dict.fromkeys("\u107e\u107f\u1080\u1081\u1082\u1083\u1084", "\u103b"),
}  # fmt: skip
_GLYPHS = re.compile("[" + "".join(_ZAWGYI_GLYPHS) + "]")
#: A Zawgyi cluster: the signs drawn before the consonant (``ေ``, Zawgyi's ``ြ``), the consonant,
#: and the medials after it (Zawgyi's ya U+103A, wa U+103C, ha U+103D).
_ZAWGYI_CLUSTER = re.compile(
    rf"(\u1031?)(\u103b?)([{_CONSONANTS}{_INDEPENDENT}])((?:{_VIRAMA}[{_CONSONANTS}])?)"
    r"([\u103a\u103c\u103d]*)"
)
_ZAWGYI_MEDIALS = {"\u103a": "\u103b", "\u103c": "\u103d", "\u103d": "\u103e"}


def zawgyi(text: str) -> bool:
    """Whether Burmese text is typed in Zawgyi (its signs stand where Unicode writes none)."""
    return _ZAWGYI.search(text) is not None


@lru_cache(maxsize=1 << 14)
def unicode_burmese(text: str) -> str:
    """Burmese text in Unicode: Zawgyi's (:func:`zawgyi`) reordered and recoded; Unicode's as
    it is."""
    if not zawgyi(text):
        return text
    # Zawgyi's U+1039 is the asat (its stacked letters are glyphs): set apart until the
    # glyphs are a virama and a consonant, and the medials are in place.
    text = _GLYPHS.sub(lambda m: _ZAWGYI_GLYPHS[m[0]], text.replace(_VIRAMA, "\x00"))
    text = _ZAWGYI_CLUSTER.sub(_unicode_cluster, text)
    text = text.replace("\x00", _ASAT).replace("\u1025\u102e", "\u1026")
    return _SIGN_ORDER.sub(lambda m: m[0][::-1], text)  # ိ before ု, the dot below before the asat


#: Signs typed in the other order than Unicode keeps them.
_SIGN_ORDER = re.compile("[\u102f\u1030][\u102d\u102e]|\u103a\u1037")


def _unicode_cluster(m: re.Match) -> str:
    e, ra, consonant, stacked, medials = m.groups()
    medials = "".join(sorted(_ZAWGYI_MEDIALS[c] for c in medials))
    ordered = "".join(sorted(("\u103c" if ra else "") + medials))  # ya, ra, wa, ha: Unicode's order
    return consonant + stacked + ordered + e


# ------------------------------------------------------------------ syllables
#: A syllable's first letter: a consonant that no asat or virama makes a final, and is not
#: stacked under another; a vowel letter.
_ONSET = re.compile(
    rf"(?<!{_VIRAMA})(?<!^)(?<! )([{_CONSONANTS}{_INDEPENDENT}])(?![{_ASAT}{_VIRAMA}\u1037]*[{_ASAT}{_VIRAMA}])"
)


@lru_cache(maxsize=1 << 16)
def burmese_syllables(text: str) -> str:
    """Burmese text (Unicode or Zawgyi) in Unicode with a space before each syllable."""
    return _ONSET.sub(r" \1", unicode_burmese(text).replace("\u1025\u102e", "\u1026"))


#: Forms of address written before a Burmese name, as syllables (:func:`burmese_syllables`):
#: U, Daw, Dr, Ko, Ma, Maung, and the Karen (Saw, Naw) and Shan (Sai, Nang) ones.
_TITLES = re.compile(
    "(?:(?:ဦး|ဒေါ်|ဒေါက် တာ|ကို|မ|မောင်) (?:(?:စော|နော်|စိုင်း|နန်း) )?|(?:စော|နော်|စိုင်း|နန်း) )(?=\\S)"
)


def burmese_title(syllables: str) -> str:
    """A name (as :func:`burmese_syllables` writes it) without the forms of address before it,
    where a syllable of the name is left.

    >>> burmese_title("ဦး အောင် ကျော်"), burmese_title("မ နော် စု စု"), burmese_title("ကို ကို နိုင်")
    ('အောင် ကျော်', 'စု စု', 'ကို နိုင်')
    """
    return _TITLES.sub("", syllables, count=1)


# ------------------------------------------------------------------ in Latin letters
#: Consonants as Burmese names are spelt in Latin letters.
_ONSETS = dict(zip(
    "ကခဂဃငစဆဇဈညဉဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ",
    ["k", "kh", "g", "g", "ng", "s", "hs", "z", "z", "ny", "ny", "t", "ht", "d", "d", "n", "t", "ht",
     "d", "d", "n", "p", "ph", "b", "b", "m", "y", "y", "l", "w", "th", "h", "l", ""],
    strict=True,
))  # fmt: skip
#: A consonant with a medial ya or ra (ျ, ြ), where it is no consonant and a y.
_WITH_Y = {"ခ": "ch", "ဆ": "ch", "ဂ": "gy", "င": "ny", "သ": "sh"}
#: A consonant with the medial ha (ှ): voiceless.
_WITH_H = {"လ": "hl", "မ": "hm", "န": "hn", "ည": "hny", "င": "hng", "ရ": "sh", "ယ": "sh", "ဝ": "wh"}
_INDEPENDENTS = {"ဣ": "i", "ဤ": "i", "ဥ": "u", "ဦ": "u", "ဧ": "e", "ဩ": "aw", "ဪ": "aw"}
#: Vowels without a final: the vowel signs (ါ and ာ alike) as spelt.
_OPEN = {"": "a", "ာ": "ar", "ိ": "i", "ီ": "i", "ု": "u", "ူ": "u", "ေ": "ay", "ဲ": "ae", "ော": "aw",
         "ို": "o", "ေါ": "aw"}  # fmt: skip
#: A final's sound by its consonant's kind (velar k, ng; palatal c, ny; the others t, n, m, y).
_FINALS = {"က": "k", "င": "ng", "စ": "t", "ည": "i", "ဉ": "n", "တ": "t", "န": "n", "ပ": "t",
           "မ": "n", "ယ": "e", "ဏ": "n", "ဋ": "t", "ဒ": "t", "ဗ": "t", "ဘ": "t", "ဂ": "k", "ဇ": "t",
           "ဓ": "t", "ဌ": "t", "ထ": "t", "ဆ": "t", "ဿ": "t", "လ": "n"}  # fmt: skip
#: A vowel and a final, as names spell them (ောင် aung, ိုင် aing, ိန် ein, ုန် un, က် et, င် in).
_CLOSED = {("", "k"): "et", ("", "ng"): "in", ("", "t"): "at", ("", "n"): "an", ("", "i"): "i",
           ("", "e"): "e", ("ော", "k"): "auk", ("ော", "ng"): "aung", ("ို", "k"): "aik",
           ("ို", "ng"): "aing", ("ိ", "t"): "eik", ("ိ", "n"): "ein", ("ု", "t"): "ok",
           ("ု", "n"): "on", ("ေါ", "k"): "auk", ("ေါ", "ng"): "aung", ("ော", "n"): "aw",
           ("ော", "t"): "aw"}  # fmt: skip
_VOWEL_SIGNS = frozenset("ါာိီုူေဲ")
#: A syllable: its first letter, its medials, and its vowel signs, tones and final consonant
#: (one that an asat or a virama follows).
_SYLLABLE = re.compile(
    rf"([{_CONSONANTS}{_INDEPENDENT}])([\u103b-\u103e]*)"
    rf"((?:[^{_CONSONANTS}{_INDEPENDENT}]|[{_CONSONANTS}](?=\u1037*[{_ASAT}{_VIRAMA}]))*)"
)


@lru_cache(maxsize=1 << 16)
def burmese_latin(text: str) -> str:
    """Burmese text (Unicode or Zawgyi) in Latin letters, a word for each word or syllable
    of :func:`burmese_syllables` (the letters of other scripts as they are)."""
    words = burmese_syllables(text).split(" ")
    return " ".join(_word_in_latin(w) if BURMESE.search(w) else w for w in words)


def _word_in_latin(word: str) -> str:
    out: list[str] = []
    for onset, medials, rest in _SYLLABLE.findall(word):
        final = ""
        m = re.search(rf"([{_CONSONANTS}])[\u1037]*[{_ASAT}{_VIRAMA}]", rest)
        if m:
            final = _FINALS.get(m[1], "")
            rest = rest[: m.start()] + rest[m.end() :]
        vowel = "".join(c for c in rest if c in _VOWEL_SIGNS)
        if "\u1036" in rest:  # the anusvara: an n
            final = final or "n"
        if onset in _INDEPENDENTS:  # a vowel letter: its own vowel, and the final's consonant
            out.append(_INDEPENDENTS[onset] + ("n" if final in ("ng", "n") else final.strip("ie")))
            continue
        out.append(_onset(onset, medials) + _rhyme(vowel, final, "\u103d" in medials))
    # Letters of the block that no syllable took (digits, signs) are left out.
    return "".join(out)


def _onset(letter: str, medials: str) -> str:
    if letter in _INDEPENDENTS:
        return _INDEPENDENTS[letter]
    sound = _ONSETS.get(letter, "")
    if "\u103e" in medials:
        sound = _WITH_H.get(letter, "h" + sound)
    if "\u103b" in medials or "\u103c" in medials:
        sound = _WITH_Y.get(letter, sound if sound.endswith("y") else sound + "y")
    return sound


def _rhyme(vowel: str, final: str, wa: bool) -> str:
    vowel = {"ါ": "ာ", "ေါ": "ော", "ော": "ော", "ုိ": "ို"}.get(vowel, vowel)
    if wa and final in ("n", "t") and not vowel:
        return "u" + final  # ွန် un, ွတ် ut (ထွန်း Htun)
    if wa and vowel == "ေ":
        return "we"  # ဆွေ Swe, as ေ after a w is spelt
    sound = _CLOSED.get((vowel, final)) if final else _OPEN.get(vowel)
    if sound is None:
        sound = _OPEN.get(vowel, "a") + (final if final not in ("i", "e") else "")
    return ("w" if wa else "") + sound


# ------------------------------------------------------------------ loose spellings
#: Spellings that romanisations of Burmese names write several ways, as one: a final consonant
#: doubled (Linn, Lin; Htett, Htet), an aspirate's h (Htun, Tun; Phyo, Pyo; Hsu, Su), the vowels
#: ay, ae, ai, ei, e (Nway, Nwe; May, Mae; Pyae, Pyay), ee, i (Nyee, Nyi), oo, u (Htoon, Htun),
#: oe, o (Soe, So), ao, au (Aong, Aung), aine, ine (Hlaine, Hlaing; Khine, Khaing), ane, ain, ein
#: (Thane, Thein), a final ar, er, a (Thandar, Thanda), au, aw (Kyau, Kyaw), Mg for Maung.
_LOOSE = [
    (re.compile(r"\bh(?=[ts])|(?<=\bp)h"), ""),
    (re.compile(r"\bmg\b"), "maung"),
    (re.compile(r"aou(?=ng)|ao(?=ng)"), "au"),
    (re.compile(r"a?ine\b|aine\b"), "aing"),
    (re.compile(r"(?:ane|ain)\b"), "ein"),
    (re.compile(r"(?:ay|ae|ai|ei)\b"), "e"),
    (re.compile(r"ee\b"), "i"),
    (re.compile(r"(?:oo|uu)(?=n?\b)"), "u"),
    (re.compile(r"oe\b"), "o"),
    (re.compile(r"(?<=\w)(?:ar|er)\b"), "a"),
    (re.compile(r"au\b"), "aw"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=1 << 16)
def loose_burmese(text: str) -> str:
    """A Burmese name's Latin spelling (folded, or :func:`burmese_latin`'s reading) with the
    letters that its romanisations write several ways made one (:data:`_LOOSE`).

    >>> [loose_burmese(n) for n in ("nway cho", "nwe cho", "htoon linn", "tun lin")]
    ['nwe cho', 'nwe cho', 'tun lin', 'tun lin']
    >>> [loose_burmese(n) for n in ("thane hlaine", "thein hlaing", "phyoe thandar", "phyo thanda")]
    ['thein hlaing', 'thein hlaing', 'pyo thanda', 'pyo thanda']
    """
    for pattern, replacement in _LOOSE:
        text = pattern.sub(replacement, text)
    return text
