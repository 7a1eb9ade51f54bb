"""Khmer script in Latin letters as Cambodian names are romanised (the spelling of Cambodian
ids and passports, near enough for a comparison): ``សុខ`` is sok, ``ចាន់ធី`` chanthi, ``មាស``
meas, ``ស៊ុន`` sun, ``ព្រំ`` prum, as a clerk writes them (``Sok``, ``Chanthy``, ``Meas``,
``Sun``, ``Prum``), where reading each letter by its Unicode name does not.

Khmer writes syllables: a consonant, others below it (after the sign ``្``, coeng: ស្រ sr), a
vowel sign before, above, below or after it, and a consonant closing the syllable. Each
consonant belongs to one of two series, and a vowel sign sounds one way after the first and
another after the second (ា: a after ច, ចា cha; ea after ម, មា mea); the signs ``៉`` and ``៊``
move a consonant to the other series (ម៉ៅ mao, ប៊ុន bun). A consonant with no vowel sign has
one unwritten: a (o closing the syllable after the second series: វង្ស vong), or none when it
ends the word (it closes the syllable before it, with its closing sound: សុខ sok). A letter
under ``៍`` is silent (លក្ខណ៍ leak). Spellings of Pali and Sanskrit names (វណ្ណៈ vannak) are
read letter by letter; the comparisons' fuzzy levels meet the rest.

>>> [khmer_latin(w) for w in ("សុខ", "ចាន់ធី", "មាស", "ស៊ុន", "ព្រំ", "ម៉ៅ", "ពៅ", "ហេង")]
['sok', 'chanthi', 'meas', 'sun', 'prum', 'mao', 'pov', 'heng']
>>> [khmer_latin(w) for w in ("សុផល", "ដារ៉ា", "ស្រីពៅ", "សំណាង", "ពន្លក", "វង្ស", "ខៀវ")]
['sophal', 'dara', 'sreipov', 'samnang', 'ponlok', 'vongs', 'khiev']
>>> [khmer_latin(w) for w in ("ចន្ទ្រា", "បុប្ផា", "វិចិត្រ", "សុខហេង", "ឯក", "អ៊ុំ", "សុភ័ក្ត្រ")]
['chantrea', 'boppha', 'vichet', 'sokheng', 'aek', 'um', 'sopheakt']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["KHMER", "khmer_latin"]

#: A run of Khmer letters and signs.
KHMER = re.compile("[\u1780-\u17dd\u19e0-\u19ff]+")

#: Consonants: (sound starting a syllable, sound closing one, series 1 or 2).
_CONSONANTS: dict[str, tuple[str, str, int]] = {
    c: (first, last, series)
    for c, first, last, series in zip(
        "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវឝឞសហឡអ",
        ["k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n",
         "t", "th", "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s",
         "h", "l", ""],
        ["k", "k", "k", "k", "ng", "ch", "ch", "ch", "ch", "nh", "t", "th", "t", "th", "n",
         "t", "th", "t", "th", "n", "p", "p", "p", "p", "m", "y", "", "l", "v", "s", "s", "s",
         "h", "l", ""],
        [1, 1, 2, 2, 2, 1, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 1, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 2,
         1, 1, 1, 1, 1, 1],
        strict=True,
    )
}  # fmt: skip
#: Independent vowels (a syllable of their own, no consonant).
_INDEPENDENT = {"ឥ": "e", "ឦ": "ei", "ឧ": "o", "ឩ": "u", "ឪ": "ov", "ឫ": "rue", "ឬ": "rue",
                "ឭ": "lue", "ឮ": "lue", "ឯ": "ae", "ឰ": "ai", "ឱ": "ao", "ឲ": "ao", "ឳ": "au"}  # fmt: skip
#: Vowel signs (and their pairs with ំ and ះ): the sound after a first-series consonant, after
#: a second-series one. Longest first, as they are matched.
_VOWELS: dict[str, tuple[str, str]] = {
    "ុំ": ("om", "um"), "ាំ": ("am", "oam"), "ុះ": ("oh", "uh"), "េះ": ("eh", "ih"),
    "ោះ": ("oh", "uoh"), "ាះ": ("ah", "eah"),
    "ា": ("a", "ea"), "ិ": ("e", "i"), "ី": ("ei", "i"), "ឹ": ("oe", "i"), "ឺ": ("eu", "eu"),
    "ុ": ("o", "u"), "ូ": ("o", "u"), "ួ": ("uo", "uo"), "ើ": ("aeu", "eu"), "ឿ": ("oea", "oea"),
    "ៀ": ("ie", "ie"), "េ": ("e", "e"), "ែ": ("ae", "e"), "ៃ": ("ai", "ey"), "ោ": ("ao", "o"),
    "ៅ": ("ao", "ov"), "ំ": ("am", "um"), "ះ": ("ah", "eah"), "ៈ": ("a", "ea"), "័": ("a", "ea"),
}  # fmt: skip
_COENG = "្"
_BANTOC = "់"
#: ៉ moves a second-series consonant to the first, ៊ a first-series one to the second.
_SHIFT = {"៉": 1, "៊": 2}
#: A consonant (with its vowel, if any) under ៍ or ៌ is not heard.
_SILENT = re.compile("[\u1780-\u17a2][\u17b6-\u17c5]?[៍៌]")
#: Signs not heard: the other diacritics, zero-width spaces and joiners.
_MUTE = re.compile("[៎៏៑៓៝\u200b-\u200d]")
#: Vowels after which no consonant closes the syllable (ំ, ះ and ៈ close it themselves).
_CLOSED = ("ំ", "ះ", "ៈ")


@lru_cache(maxsize=1 << 14)
def khmer_latin(word: str) -> str:
    """A run of Khmer letters in Latin ones, syllable by syllable."""
    units = _units(_MUTE.sub("", _SILENT.sub("", word)))
    out: list[str] = []
    state = ""  # the syllable before: "" closed (or none), "vowel" or "inherent" open
    for k, (letters, series, vowel, bantoc) in enumerate(units):
        if not letters:
            out.append(vowel)
            state = "vowel"
            continue
        last = k + 1 == len(units)
        nxt = units[k + 1] if not last else None
        if state and len(letters) > 1 and (vowel or not last):
            # a cluster after an open syllable: its first letter closes that syllable, the
            # others start this one (ចន្ទ្រា chan-trea, បុប្ផា bop-pha); ending the word, all
            # close it (ពិសិដ្ឋ piseth)
            out.append(_CONSONANTS[letters[0]][1])
            letters = letters[1:]
            series = _CONSONANTS[letters[0]][2]
            state = ""
        if vowel:
            out.append(_initial(letters) + _VOWELS[vowel][series - 1])
            state = "" if vowel.endswith(_CLOSED) else "vowel"
        elif state and (
            bantoc
            or last
            or (state == "vowel" and nxt is not None and (not nxt[0] or nxt[2]) and len(nxt[0]) < 2)
        ):
            # a consonant closing the syllable before (សុខ sok, ចាន់ chan, សុខហេង sok-heng)
            out.append("".join(_CONSONANTS[c][1] for c in letters))
            state = ""
        else:
            # a consonant opening a syllable with its unwritten vowel: o before a consonant
            # closing it after the second series (វង្ស vong, ពន្លក ponlok), else a
            out.append(_initial(letters))
            if not last:
                closed = nxt is not None and nxt[0] and not nxt[2]
                out.append("o" if series == 2 and closed else "a")
            state = "inherent"
    return "".join(out)


def _initial(letters: list[str]) -> str:
    return "".join(_CONSONANTS[c][0] for c in letters)


def _units(s: str) -> list[tuple[list[str], int, str, bool]]:
    """A word's written syllables: (consonants, the first one below the others, its series,
    its vowel sign or "", whether bantoc closes it); an independent vowel as ([], 1, its sound,
    False)."""
    units: list[tuple[list[str], int, str, bool]] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        i += 1
        if ch in _INDEPENDENT:
            units.append(([], 1, _INDEPENDENT[ch], False))
            continue
        if ch not in _CONSONANTS:
            continue  # digits, signs out of place
        letters = [ch]
        while i + 1 < n and s[i] == _COENG and s[i + 1] in _CONSONANTS:
            letters.append(s[i + 1])
            i += 2
        series = _CONSONANTS[ch][2]
        if i < n and s[i] in _SHIFT:
            series = _SHIFT[s[i]]
            i += 1
        vowel = next((v for v in (s[i : i + 2], s[i : i + 1]) if v in _VOWELS), "")
        i += len(vowel)
        bantoc = i < n and s[i] == _BANTOC
        i += bantoc
        units.append((letters, series, vowel, bantoc))
    return units
