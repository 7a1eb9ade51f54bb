"""Vectorised string similarity: the scoring core of the comparison stage.

A plain Python face over rapidfuzz's compiled batch scorers, with results equal
to jellyfish's definitions (``jaro_winkler_similarity``, ``jaro_similarity``,
``levenshtein_distance``, ``damerau_levenshtein_distance``). Every function
works on whole arrays and computes each *distinct* value pair once, on all CPU
cores (``rapidfuzz.process.cpdist(..., workers=-1)``); there is no Python loop
per pair.

>>> jaro_winkler(["martha", "dwayne"], ["marhta", "duane"]).round(4)
array([0.9611, 0.84  ])
>>> levenshtein(["kitten", None], ["sitting", "x"])
array([ 3., nan])

The comparison stage works on factorised columns and calls
:func:`pair_similarity` with integer codes:

>>> uniques = np.array(["ayşe", "ayse", "fatma"], dtype=object)
>>> pair_similarity(np.array([0, 0, 2, -1]), np.array([1, 0, 1, 2]), uniques, "levenshtein")
array([ 1.,  0.,  4., nan])

Conventions (all match jellyfish 1.x):

* Results are ``float64`` arrays, distances included, so that a missing value
  (``None``/NaN in the strings, code ``-1`` in :func:`pair_similarity`) gives NaN.
  (``cpdist`` returns float32 unless told otherwise; tekil asks for float64, and
  the values then equal jellyfish's bit for bit.)
* Jaro and Jaro-Winkler of two empty strings is ``0.0`` (rapidfuzz says 1.0).
  Jaro-Winkler uses prefix scale 0.1, a prefix of at most 4 characters, the boost
  only above a Jaro score of 0.7 and no long-string tolerance.
* Strings are compared by *grapheme cluster*, as jellyfish does: ``"i̇"`` (``i``
  plus a combining dot, which Python's ``"İ".lower()`` produces) is one
  character, not two. rapidfuzz counts code points, so a value with such clusters
  is handed to it with one private-use character per cluster (Hindi, Thai: cut as
  jellyfish cuts them), and the few it cannot be sure of (joiners, Hangul jamo,
  flags) are scored by jellyfish itself.
* Damerau-Levenshtein is the unrestricted (true) distance, not optimal string
  alignment: ``damerau_levenshtein(["ca"], ["abc"])`` is 2, OSA gives 3.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Literal, NamedTuple

import jellyfish
import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Jaro, JaroWinkler, Levenshtein

from tekil._gc import cycle_collection_paused
from tekil._once import one_maker
from tekil._one_edit import one_edit_apart
from tekil.errors import ConfigError, InputError
from tekil.normalize.latin import (
    abjad_script,
    indic_script,
    latin,
    loose_latin,
    skeletons,
    south_slavic_latin,
)

__all__ = [
    "SCORERS",
    "damerau_levenshtein",
    "jaro",
    "jaro_winkler",
    "levenshtein",
    "pair_similarity",
]

Scorer = Literal["jaro_winkler", "jaro", "levenshtein", "damerau_levenshtein"]
Units = Literal["graphemes", "code_points"]
#: What :func:`pair_similarity` may count as one character.
UNITS: tuple[str, ...] = ("graphemes", "code_points")


class _Metric(NamedTuple):
    batch: Callable[..., float]  # rapidfuzz scorer, run by process.cpdist
    reference: Callable[[str, str], float]  # jellyfish's definition
    dtype: type  # what cpdist computes in
    self_value: float  # a non-empty string against itself
    empty_value: float  # "" against ""


_SCORERS: dict[str, _Metric] = {
    "jaro_winkler": _Metric(
        JaroWinkler.similarity, jellyfish.jaro_winkler_similarity, np.float64, 1.0, 0.0
    ),
    "jaro": _Metric(Jaro.similarity, jellyfish.jaro_similarity, np.float64, 1.0, 0.0),
    "levenshtein": _Metric(
        Levenshtein.distance, jellyfish.levenshtein_distance, np.int64, 0.0, 0.0
    ),
    "damerau_levenshtein": _Metric(
        DamerauLevenshtein.distance, jellyfish.damerau_levenshtein_distance, np.int64, 0.0, 0.0
    ),
}

#: Names accepted by the ``scorer`` argument of :func:`pair_similarity`.
SCORERS: tuple[str, ...] = tuple(_SCORERS)

# Characters that may join a neighbour into one grapheme cluster (Unicode UAX #29):
# marks (Extend, SpacingMark), format characters (ZWJ, ZWNJ, prepended concatenation
# marks, tags), unassigned/private/surrogate code points (unknown to us), plus the
# letters with such a property that general categories do not reveal. Over-eager on
# purpose: a false alarm only sends a pair to jellyfish, which is exact anyway.
_JOINING_CATEGORIES = frozenset({"Mn", "Me", "Mc", "Cf", "Cn", "Co", "Cs"})
_JOINING_RANGES = (
    (0x0D4E, 0x0D4E),  # Malayalam dot reph (Prepend)
    (0x0E33, 0x0E33),  # Thai sara am (SpacingMark)
    (0x0EB3, 0x0EB3),  # Lao vowel sign am (SpacingMark)
    (0x1100, 0x11FF),  # Hangul jamo (L, V, T)
    (0xA960, 0xA97F),  # Hangul jamo extended-A
    (0xD7B0, 0xD7FF),  # Hangul jamo extended-B (syllables join only jamo, listed here)
    (0xFF9E, 0xFF9F),  # halfwidth katakana sound marks (Extend)
    (0x111C2, 0x111C3),  # Sharada (Prepend)
    (0x1193F, 0x11941),  # Dives Akuru (Prepend)
    (0x11A3A, 0x11A3A),  # Zanabazar square (Prepend)
    (0x11A84, 0x11A89),  # Soyombo (Prepend)
    (0x11D46, 0x11D46),  # Masaram Gondi repha (Prepend)
    (0x11F02, 0x11F02),  # Kawi (Prepend)
    (0x1F1E6, 0x1F1FF),  # regional indicators (flags are pairs)
    (0x1F3FB, 0x1F3FF),  # emoji skin-tone modifiers (Extend)
)


@lru_cache(maxsize=4096)
def _is_joining(char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) in _JOINING_CATEGORIES:
        return True
    return any(lo <= code <= hi for lo, hi in _JOINING_RANGES)


def _has_compound_grapheme(text: str) -> bool:
    """True when ``text`` may hold a grapheme cluster of more than one code point."""
    if "\r\n" in text:
        return True
    if text.isascii():
        return False
    return any(ord(char) >= 0x0300 and _is_joining(char) for char in text)


_DERIVED: dict[tuple[int, str], tuple[weakref.ref, object]] = {}


def derived(values: np.ndarray, name: str, make: Callable[[np.ndarray], object]) -> object:
    """``make(values)``, computed once per array of distinct values and kept while it lives.

    Pairs are compared chunk by chunk; what depends only on a field's distinct
    values (checks, token matrices) is not recomputed for each chunk. The array
    must not be changed in place afterwards.
    """
    key = (id(values), name)
    if (hit := _kept(key, values)) is not _NONE:
        return hit
    with one_maker(key):  # (made by one thread: the comparisons' threads ask at once)
        if (hit := _kept(key, values)) is not _NONE:  # (made by the thread waited for)
            return hit
        # Makers build an object or two per value; the cycle collector would walk them again
        # and again (300 k persons: 1.6 s of such work with it, 0.6 s without).
        with cycle_collection_paused():
            out = make(values)
        try:
            ref = weakref.ref(values, lambda _ref, key=key: _DERIVED.pop(key, None))
        except TypeError:  # not weakly referable: not cached
            return out
        _DERIVED[key] = (ref, out)
    return out


#: :func:`_kept` of a value not kept (a maker may make ``None``).
_NONE = object()


def _kept(key: tuple[int, str], values: np.ndarray) -> object:
    """What :func:`derived` keeps for ``key``, if it was made of ``values`` (an array that
    died may have left its id to this one), else :data:`_NONE`."""
    hit = _DERIVED.get(key)
    return hit[1] if hit is not None and hit[0]() is values else _NONE


def value_lengths(uniques: np.ndarray) -> np.ndarray:
    """Each distinct value's length in characters, once per array (:func:`derived`).

    >>> value_lengths(np.array(["34710", "S1234567D"], dtype=object)).tolist()
    [5, 9]
    """
    return derived(uniques, "lengths", _lengths)


def _lengths(uniques: np.ndarray) -> np.ndarray:
    return np.fromiter((len(str(u)) for u in uniques), np.int64, len(uniques))


class _UniquesInfo(NamedTuple):
    empty: np.ndarray  # bool per value
    by_reference: np.ndarray  # bool per value: its pairs are scored by jellyfish
    # The values as rapidfuzz reads them (clusters made single characters); None: as they are
    # (never the values themselves: the cache must not keep them alive).
    scored: np.ndarray | None


def _uniques_info(uniques: np.ndarray) -> _UniquesInfo:
    """Checked values: whether each is empty, and how its pairs are scored: most as they
    are, those with clusters of marks (Hindi, Thai) as one character per cluster
    (:func:`_one_character_per_cluster`), the empty string and the rest of those with
    multi-code-point clusters by the reference scorer (Jaro of two empty strings: rapidfuzz
    1.0, jellyfish 0.0). Found with ``str`` methods mapped in C where they can be."""
    _check_uniques(uniques)
    n = len(uniques)
    empty = np.fromiter(map(len, uniques), np.int64, n) == 0
    by_reference = empty.copy()
    if "\r\n" in "\0".join(uniques):  # rare: each value looked at
        by_reference |= np.fromiter(("\r\n" in value for value in uniques), bool, n)
    other = np.flatnonzero(~np.fromiter(map(str.isascii, uniques), bool, n))
    compound = other[np.fromiter(map(_has_compound_grapheme, uniques[other]), bool, len(other))]
    scored = None
    if compound.size:
        scored = uniques.copy()
        clusters: dict[str, str] = {}
        for k in compound:
            encoded = _one_character_per_cluster(uniques[k], clusters)
            if encoded is None:
                by_reference[k] = True
            else:
                scored[k] = encoded
    return _UniquesInfo(empty, by_reference, scored)


#: Characters that stand for clusters of several code points: supplementary private use
#: area A (values holding private-use characters are never rewritten).
_FIRST_CLUSTER_CODE, _CLUSTER_CODES = 0xF0000, 0xFFFFE - 0xF0000


def _one_character_per_cluster(text: str, clusters: dict[str, str]) -> str | None:
    """``text`` with each grapheme cluster of several code points replaced by one private-use
    character (the same one for the same cluster in ``clusters``), so that rapidfuzz, which
    counts code points, scores clusters as jellyfish does; ``None`` where that is not sure.

    Only letters with marks are rewritten (not joiners, Hangul jamo, flags, private-use
    characters). A mark extends the cluster before it; a virama may join the next letter
    into it (Hindi conjuncts). The cut that gives as many clusters as jellyfish counts is
    taken, and none when neither does.
    """
    if any(_is_joining(ch) and not _is_mark(ch) for ch in text) or _is_mark(text[0]):
        return None
    count = jellyfish.levenshtein_distance(text, "")
    for conjuncts in (True, False):
        parts = _clusters(text, conjuncts)
        if len(parts) == count:
            break
    else:
        return None
    out = []
    for part in parts:
        if len(part) > 1:
            if part not in clusters:
                if len(clusters) == _CLUSTER_CODES:
                    return None
                clusters[part] = chr(_FIRST_CLUSTER_CODE + len(clusters))
            part = clusters[part]
        out.append(part)
    return "".join(out)


#: Letters that extend the cluster before them as a mark does (SpacingMark: Thai คำ is one).
_MARK_LETTERS = frozenset({"\u0e33", "\u0eb3"})


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in _MARK_LETTERS


def _clusters(text: str, conjuncts: bool) -> list[str]:
    parts: list[str] = []
    after_virama = False
    for ch in text:
        category = unicodedata.category(ch)
        if parts and (_is_mark(ch) or (conjuncts and after_virama and category == "Lo")):
            parts[-1] += ch
        else:
            parts.append(ch)
        # Marks after a virama keep it joining (क्ंष is one cluster: Unicode's rule GB9c).
        is_virama = unicodedata.combining(ch) == 9
        after_virama = is_virama or (after_virama and category[0] == "M")
    return parts


def _check_scorer(scorer: str) -> _Metric:
    try:
        return _SCORERS[scorer]
    except (KeyError, TypeError):
        raise ConfigError(
            f"unknown similarity scorer {scorer!r}; choose one of {', '.join(SCORERS)}"
        ) from None


def _check_uniques(uniques: np.ndarray) -> None:
    """Raise :class:`InputError` unless every value is a ``str``."""
    if pd.api.types.infer_dtype(uniques, skipna=False) in ("string", "empty"):
        return
    bad = [value for value in uniques if not isinstance(value, str)]
    if bad:
        shown = ", ".join(repr(value) for value in bad[:5])
        raise InputError(
            f"string similarity needs text values; found {len(bad)} other value(s) such as "
            f"{shown}; convert the column with .astype(str) or normalise it first"
        )


#: Fewest distinct pairs scored on all cores.
PARALLEL_PAIRS = 20_000


def _score_distinct(left: np.ndarray, right: np.ndarray, metric: _Metric) -> np.ndarray:
    """Score aligned arrays of strings with rapidfuzz on all cores."""
    # Threads cost more than they save on a handful of pairs (a store resolving one record).
    workers = -1 if len(left) >= PARALLEL_PAIRS else 1
    out = process.cpdist(left, right, scorer=metric.batch, dtype=metric.dtype, workers=workers)
    return np.asarray(out, dtype=np.float64)


def with_clusters(uniques: np.ndarray) -> np.ndarray | None:
    """Per code and one more for a missing value (-1), whether the value has a character of
    several code points (a letter with a mark: Hindi, Thai), which :func:`pair_similarity`
    counts as one; ``None`` where none has.

    >>> with_clusters(np.array(["ali", "करिश्मा"], dtype=object)).tolist()
    [False, True, False]
    """
    return derived(uniques, "clusters", _with_clusters)


def _with_clusters(uniques: np.ndarray) -> np.ndarray | None:
    empty, by_reference, scored = derived(uniques, "similarity", _uniques_info)
    if scored is None and not (by_reference & ~empty).any():
        return None
    out = np.zeros(len(uniques) + 1, dtype=bool)
    out[:-1] = by_reference & ~empty
    if scored is not None:
        out[:-1] |= scored != uniques
    return out


def hangul_letters(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Per value, whether it holds Hangul syllables, and the values with each syllable written
    as the letters (jamo) it is typed with, an initial, a vowel and a final consonant
    (:func:`jamo`); ``None`` if no value holds Hangul. Worked out once per array of distinct
    values (:func:`derived`).

    >>> spelt, typed = hangul_letters(np.array(["민준", "민쥰", "Kim"], dtype=object))
    >>> spelt.tolist(), typed.tolist()
    ([True, True, False], ['ㅁㅣㄴㅈㅜㄴ', 'ㅁㅣㄴㅈㅠㄴ', 'Kim'])
    """
    return derived(uniques, "hangul", _hangul_letters)


def _hangul_letters(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    spelt = np.fromiter(
        (any("\uac00" <= c <= "\ud7a3" for c in str(u)) for u in uniques), bool, len(uniques)
    )
    if not spelt.any():
        return None
    typed = uniques.copy()
    typed[spelt] = [jamo(str(u)) for u in uniques[spelt]]
    return spelt, typed


def jamo(text: str) -> str:
    """``text`` with each Hangul syllable written as its letters (compatibility jamo), one
    character each as a keyboard types them: a syllable differs from another in one letter
    (준, 쥰) or in all (김, 조), which the syllables alone cannot tell.

    >>> jamo("김민준"), jamo("이 하은")
    ('ㄱㅣㅁㅁㅣㄴㅈㅜㄴ', 'ㅇㅣ ㅎㅏㅇㅡㄴ')
    """
    out = []
    for c in text:
        k = ord(c) - 0xAC00
        if 0 <= k < 11172:
            out.append(_LEADS[k // 588] + _VOWELS[k % 588 // 28] + _TAILS[k % 28])
        else:
            out.append(c)
    return "".join(out)


#: The letters of a Hangul syllable (Unicode's order): its initial, vowel and final consonant.
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def latin_readings(uniques: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """The values' Latin readings (:func:`~tekil.normalize.latin.latin`; ``None`` if every
    value is its own) and, per code and one more for a missing value (-1), whether it reads
    otherwise; worked out once per array of distinct values (:func:`derived`).

    >>> readings, other = latin_readings(np.array(["ivan", "иван"], dtype=object))
    >>> readings.tolist(), other.tolist()
    (['ivan', 'ivan'], [False, True, False])
    """
    return derived(uniques, "latin", _latin_readings)


def _latin_readings(uniques: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    other = np.zeros(len(uniques) + 1, dtype=bool)
    foreign = [k for k, u in enumerate(uniques) if not str(u).isascii()]  # most values are ASCII
    if not foreign:
        return None, other
    readings = uniques.copy()
    readings[foreign] = [latin(str(u)) for u in uniques[foreign]]
    other[:-1] = readings != uniques
    return (readings if other.any() else None), other


def loose_readings(uniques: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """The values' loose Latin readings (:func:`~tekil.normalize.latin.loose_latin` of their
    :func:`~tekil.normalize.latin.latin` ones; ``None`` if no value is in Cyrillic letters) and,
    per code and one more for a missing value (-1), whether it is in Cyrillic letters: by them
    a Cyrillic name meets the Latin spellings of other conventions than the passports' (Uzbek
    and Kazakh Latin: "xurshid" and "хуршид", "aliyev" and "алиев").

    >>> readings, cyrillic = loose_readings(np.array(["xurshid", "хуршид"], dtype=object))
    >>> readings.tolist(), cyrillic.tolist()
    (['hurshid', 'hurshid'], [False, True, False])
    """
    return derived(uniques, "loose", _loose_readings)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def burmese_readings(
    uniques: np.ndarray, settled: bool | None = None
) -> tuple[np.ndarray | None, np.ndarray]:
    """The values' loose readings as Burmese names (:func:`~tekil.normalize.burmese.loose_burmese`
    of their :func:`~tekil.normalize.latin.latin` ones: "nway" and "nwe", "htoon" and "tun") and,
    per code and one more for a missing value (-1), whether to read them so: all of them where a
    hundredth of the values (two at least) are in Burmese letters, a file of Burmese names, whose
    Latin spellings are as loose; ``None`` and none elsewhere. ``settled``: whether to, as chosen
    on other values (a store's batch), once per array.

    >>> readings, burmese = burmese_readings(np.array(["nway", "nwe", "နွယ်", "ထွန်း"], dtype=object))
    >>> readings.tolist(), burmese.tolist()
    (['nwe', 'nwe', 'nwe', 'tun'], [True, True, True, True, False])
    """
    return derived(uniques, "burmese", partial(_burmese_readings, read=settled))


def _burmese_readings(
    uniques: np.ndarray, read: bool | None = None
) -> tuple[np.ndarray | None, np.ndarray]:
    """:func:`burmese_readings`; ``read``: whether to read them so (None: as their share says)."""
    from tekil.normalize.burmese import BURMESE, loose_burmese

    burmese = np.zeros(len(uniques) + 1, dtype=bool)
    if read is None:
        written = sum(1 for u in uniques if not str(u).isascii() and BURMESE.search(str(u)))
        read = written >= max(2, _BURMESE_SHARE * len(uniques))
    if not read:
        return None, burmese
    readings = np.empty(len(uniques), dtype=object)
    readings[:] = [loose_burmese(latin(str(u))) for u in uniques]
    burmese[:-1] = True
    return readings, burmese


#: Share of a field's values in Burmese letters that make it one of Burmese names.
_BURMESE_SHARE = 0.01


def somali_readings(
    uniques: np.ndarray, settled: bool | None = None
) -> tuple[np.ndarray | None, np.ndarray]:
    """The values read as English spellings of Somali names write them
    (:func:`~tekil.normalize.somali.english_somali`: "xasan" and "hassan" both "hasan") and,
    per code and one more for a missing value (-1), whether to read them so: all of them where a
    tenth of the values (two at least) are written in Somali orthography
    (:func:`~tekil.normalize.somali.written_somali`), a file of Somali names; ``None`` and none
    elsewhere (a Dutch file's few "Kees Coolen" keep their ``c``). ``settled``: whether to, as
    chosen on other values (a store's batch), once per array.

    >>> u = np.array(["cali ibraahim", "ali ibrahim", "faarax nuur", "farah nur"], dtype=object)
    >>> readings, somali = somali_readings(u)
    >>> readings.tolist(), somali.tolist()
    (['ali ibrahim', 'ali ibrahim', 'farah nur', 'farah nur'], [True, True, True, True, False])
    """
    return derived(uniques, "somali", partial(_somali_readings, read=settled))


def _somali_readings(
    uniques: np.ndarray, read: bool | None = None
) -> tuple[np.ndarray | None, np.ndarray]:
    """:func:`somali_readings`; ``read``: whether to read them so (None: as their share says)."""
    from tekil.normalize.somali import english_somali, written_somali

    somali = np.zeros(len(uniques) + 1, dtype=bool)
    texts = [str(u) for u in uniques]
    if read is None:
        # An e-mail address by its local part: "outlook.com" and "yahoo.com" are no Somali names.
        written = sum(1 for t in texts if t.isascii() and written_somali(t.partition("@")[0]))
        read = written >= max(2, _SOMALI_SHARE * len(uniques))
    if not read:
        return None, somali
    readings = np.empty(len(uniques), dtype=object)
    readings[:] = [english_somali(t) if t.isascii() else t for t in texts]
    somali[:-1] = True
    return readings, somali


#: Share of a field's values written in Somali orthography that make it one of Somali names.
_SOMALI_SHARE = 0.1


def irish_readings(uniques: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """The values read with their Irish family names in English forms
    (:func:`~tekil.normalize.irish.english_forms`: "o suilleabhain" and "ni shuilleabhain" as
    "osullivan"), one array per form (its first where a value has fewer; the value itself where
    it holds none; no array if no value does) and, per code and one more for a missing value
    (-1), whether it holds one.

    >>> readings, irish = irish_readings(np.array(["osullivan", "ni shuilleabhain"], dtype=object))
    >>> [r.tolist() for r in readings], irish.tolist()
    ([['osullivan', 'osullivan']], [False, True, False])
    """
    return derived(uniques, "irish", _irish_readings)


def _irish_readings(uniques: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    from tekil.normalize.irish import english_forms

    irish = np.zeros(len(uniques) + 1, dtype=bool)
    forms = [english_forms(str(u)) for u in uniques]
    read = [k for k, f in enumerate(forms) if f]
    if not read:
        return [], irish
    irish[read] = True
    width = max(len(forms[k]) for k in read)
    readings = []
    for n in range(width):
        values = uniques.copy()
        values[read] = [forms[k][min(n, len(forms[k]) - 1)] for k in read]
        readings.append(values)
    return readings, irish


def _loose_readings(uniques: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    cyrillic = np.zeros(len(uniques) + 1, dtype=bool)
    cyrillic[:-1] = [not str(u).isascii() and _CYRILLIC.search(str(u)) is not None for u in uniques]
    if not cyrillic.any():
        return None, cyrillic
    readings = np.empty(len(uniques), dtype=object)
    readings[:] = [loose_latin(latin(str(u))) for u in uniques]
    return readings, cyrillic


def south_slavic_readings(uniques: np.ndarray) -> np.ndarray | None:
    """The values' readings as the Latin alphabets of Serbian, Croatian, Bosnian and Macedonian
    write Cyrillic letters (:func:`~tekil.normalize.latin.south_slavic_latin`; ``None`` if no
    value is in Cyrillic letters): by them "душана" meets "dusana" (Dušana, folded).

    >>> south_slavic_readings(np.array(["dusana", "душана"], dtype=object)).tolist()
    ['dusana', 'dusana']
    """
    return derived(uniques, "south_slavic", _south_slavic_readings)


def _south_slavic_readings(uniques: np.ndarray) -> np.ndarray | None:
    if not any(not str(u).isascii() and _CYRILLIC.search(str(u)) for u in uniques):
        return None
    readings = np.empty(len(uniques), dtype=object)
    readings[:] = [south_slavic_latin(str(u)) for u in uniques]
    return readings


def spelled_alike(codes_a: np.ndarray, codes_b: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Per pair of codes, whether one value is in Arabic-script letters, the other in Latin ones,
    and the two share a consonant skeleton (:func:`~tekil.normalize.latin.skeletons`):
    "حسینی" and "hoseini", "مصطفی" and "mostafa". A Latin reading of the Arabic letters
    (consonants only, :func:`latin`) is too far from a spelling with vowels for a string
    similarity to tell.

    >>> u = np.array(["حسینی", "hoseini", "hassani"], dtype=object)
    >>> spelled_alike(np.array([0, 0]), np.array([1, 2]), u).tolist()
    [True, False]
    """
    found = derived(uniques, "skeletons", _skeleton_pairs)
    out = np.zeros(len(codes_a), dtype=bool)
    if found is None:
        return out
    script, alike = found
    sa, sb = script[codes_a], script[codes_b]
    cross = np.flatnonzero((sa * sb) == 2)  # one of each (1 Arabic, 2 Latin)
    if len(cross) and len(alike):
        a, b = codes_a[cross].astype(np.int64), codes_b[cross].astype(np.int64)
        arabic = sa[cross] == 1
        key = np.where(arabic, a, b) * (len(uniques) + 1) + np.where(arabic, b, a)
        at = np.minimum(np.searchsorted(alike, key), len(alike) - 1)
        out[cross] = alike[at] == key
    return out


#: Most words of a name whose spellings :func:`words_spelled_alike` matches (the rest are left
#: out): given, father's, grandfather's and family names, and a title or two.
_MOST_WORDS = 6


def words_spelled_alike(
    codes_a: np.ndarray, codes_b: np.ndarray, uniques: np.ndarray
) -> np.ndarray:
    """Per pair of codes, whether one value is in Arabic-script letters, the other in Latin ones,
    and each word of the one with fewer words is spelled alike (:func:`spelled_alike`) by a
    word of the other: "زينب" and "zainab said" (a name and the same with the father's), as
    "zainab" and "zainab said" share their words.

    >>> u = np.array(["زينب", "zainab said", "طارق محمود", "tarek mahmoud ibrahim", "tarek ali"])
    >>> words_spelled_alike(np.array([0, 2, 2]), np.array([1, 3, 4]), u.astype(object)).tolist()
    [True, True, False]
    """
    out = np.zeros(len(codes_a), dtype=bool)
    found = derived(uniques, "word_skeletons", _word_skeleton_pairs)
    if found is None:
        return out
    script, words, counts, alike, span = found
    sa, sb = script[codes_a], script[codes_b]
    cross = np.flatnonzero((sa * sb) == 2)  # one of each (1 Arabic, 2 Latin)
    if not len(cross) or not len(alike):
        return out
    arabic = sa[cross] == 1
    ar = np.where(arabic, codes_a[cross], codes_b[cross])
    la = np.where(arabic, codes_b[cross], codes_a[cross])
    x, y = words[ar], words[la]  # (pairs, words): word codes, -1 after the last
    key = x[:, :, None] * span + y[:, None, :]
    at = np.minimum(np.searchsorted(alike, key), len(alike) - 1)
    hit = (alike[at] == key) & (x[:, :, None] >= 0) & (y[:, None, :] >= 0)
    out[cross] = (hit.any(axis=2).sum(axis=1) == counts[ar]) | (
        hit.any(axis=1).sum(axis=1) == counts[la]
    )
    return out


def _word_skeleton_pairs(
    uniques: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int] | None:
    """Per value (and one more for a missing one): its script (1 Arabic-script or Hebrew
    letters, 2 Latin letters, 0 else), its words' codes (``-1`` after the last, at most
    :data:`_MOST_WORDS`) and their count; and the pairs of such a word and a Latin one that
    share a skeleton, as sorted keys ``abjad * span + latin``, and ``span``. ``None`` when no
    value of several words is in those letters or none in Latin ones has several."""
    found = derived(uniques, "skeletons", _skeleton_pairs)
    if found is None:
        return None
    script = found[0]
    texts = [str(u).split()[:_MOST_WORDS] for u in uniques]
    if not any(len(t) > 1 for t, s in zip(texts, script, strict=False) if s):
        return None
    vocabulary: dict[str, int] = {}
    words = np.full((len(texts) + 1, _MOST_WORDS), -1, dtype=np.int64)
    counts = np.zeros(len(texts) + 1, dtype=np.int64)
    for k, t in enumerate(texts):
        if script[k]:
            words[k, : len(t)] = [vocabulary.setdefault(w, len(vocabulary)) for w in t]
            counts[k] = len(t)
    by_script: dict[int, list[tuple[str, int]]] = {1: [], 2: []}
    for w, code in vocabulary.items():
        kind = 2 if w.isascii() else (1 if abjad_script(w) or indic_script(w) else 0)
        if kind:
            by_script[kind].append((w, code))
    holders: dict[str, list[int]] = {}
    for w, code in by_script[1]:
        for form in skeletons(w):
            holders.setdefault(form, []).append(code)
    span = len(vocabulary) + 1
    keys = {
        ar * span + code
        for w, code in by_script[2]
        for form in skeletons(w)
        for ar in holders.get(form, ())
    }
    return script, words, counts, np.array(sorted(keys), dtype=np.int64), span


#: A letter of the Arabic script's blocks or Hebrew, as :func:`~tekil.normalize.latin.abjad_script` reads them,
#: or of India's scripts (:func:`~tekil.normalize.latin.indic_script`).
_ABJAD_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u05d0-\u05ea\u0900-\u0dff]")


def _skeleton_pairs(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Per value (and one more for a missing one): its script (1 Arabic-script, Hebrew or Indic
    letters, 2 Latin letters or another alphabet read in them, 0 else); and the pairs of such a
    value and a Latin one that share a skeleton, as sorted keys ``abjad * (len(uniques) + 1) +
    latin``. ``None`` when no value is in Arabic-script, Hebrew or Indic letters."""
    if _ABJAD_LETTER.search("".join(map(str, uniques))) is None:
        return None  # (most files: one pass in C, not one call per value)
    texts = [str(u) for u in uniques]
    arabic = [
        k for k, t in enumerate(texts) if not t.isascii() and (abjad_script(t) or indic_script(t))
    ]
    if not arabic:
        return None
    script = np.zeros(len(texts) + 1, dtype=np.int8)
    script[arabic] = 1
    # Another alphabet by its Latin reading: a Tajik bank's Заргуна is a Kabul bank's زرغونه.
    readings = [t if t.isascii() or script[k] else latin(t) for k, t in enumerate(texts)]
    latin_ones = [
        k
        for k, t in enumerate(readings)
        if not script[k] and t.isascii() and any(c.isalpha() for c in t)
    ]
    script[latin_ones] = 2
    # Each skeleton's Arabic-script values, then each Latin value's (a dictionary's lookups:
    # a value has a few dozen readings at most, and meets the few values that share one).
    holders: dict[str, list[int]] = {}
    for k in arabic:
        for form in skeletons(texts[k]):
            holders.setdefault(form, []).append(k)
    keys = {
        k_ar * (len(texts) + 1) + k
        for k in latin_ones
        for form in skeletons(readings[k])
        for k_ar in holders.get(form, ())
    }
    return script, np.array(sorted(keys), dtype=np.int64)


def pair_similarity(
    codes_a: np.ndarray,
    codes_b: np.ndarray,
    uniques: np.ndarray | Sequence[str],
    scorer: Scorer = "jaro_winkler",
    units: Units = "graphemes",
) -> np.ndarray:
    """Score pairs of factorised values, once per distinct value pair.

    ``codes_a[k]`` and ``codes_b[k]`` index into ``uniques`` (the distinct values of
    one column, as from :func:`pandas.factorize`); ``-1`` marks a missing value and
    gives NaN. Pairs are put in canonical order ``(min, max)`` (all scorers are
    symmetric), reduced to distinct pairs through the combined key
    ``lo * len(uniques) + hi``, scored once each by rapidfuzz on all cores, and
    scattered back. A value against itself is 1.0 (similarities) or 0 (distances)
    without computing, except that Jaro(-Winkler) of ``""`` with itself is 0.0.

    Cost: O(p) hashing for p pairs plus one string comparison per distinct pair.

    >>> uniques = np.array(["mehmet", "mehmed", "ahmet"], dtype=object)
    >>> pair_similarity(np.array([0, 1, 0]), np.array([1, 0, 0]), uniques).round(4)
    array([0.9333, 0.9333, 1.    ])

    Parameters
    ----------
    codes_a, codes_b
        Integer arrays of equal length, values in ``[-1, len(uniques))``.
    uniques
        The distinct strings that the codes point to.
    scorer
        One of :data:`SCORERS`: ``"jaro_winkler"`` and ``"jaro"`` (similarities in
        [0, 1]), ``"levenshtein"`` and ``"damerau_levenshtein"`` (edit distances).
    units
        What a character is: a grapheme cluster, as jellyfish counts (a Hindi letter with its
        vowel sign is one), or each code point, as a keyboard types them (``"रकिश्मा"``, two
        keys swapped in ``"करिश्मा"``, shares one cluster of three but six code points of seven).

    Returns
    -------
    numpy.ndarray
        ``float64``, one value per pair, NaN where either code is ``-1``.
    """
    metric = _check_scorer(scorer)
    codes_a = np.asarray(codes_a)
    codes_b = np.asarray(codes_b)
    if not (isinstance(uniques, np.ndarray) and uniques.dtype == object):
        uniques = np.asarray(uniques, dtype=object)  # (an object array as it is: see derived())
    if uniques.ndim != 1:
        raise InputError(f"uniques must be one-dimensional, got shape {uniques.shape}")
    for name, codes in (("codes_a", codes_a), ("codes_b", codes_b)):
        if codes.ndim != 1 or not (codes.dtype.kind in "iu" or codes.size == 0):
            raise InputError(
                f"{name} must be a one-dimensional integer array, got dtype {codes.dtype} "
                f"and shape {codes.shape}"
            )
    if codes_a.shape != codes_b.shape:
        raise InputError(
            f"codes_a and codes_b must have the same length, got {len(codes_a)} and {len(codes_b)}"
        )
    n = len(uniques)
    for name, codes in (("codes_a", codes_a), ("codes_b", codes_b)):
        if codes.size and (codes.min() < -1 or codes.max() >= n):
            raise InputError(
                f"{name} holds codes outside [-1, {n}) (min {codes.min()}, max {codes.max()}); "
                "codes must index into uniques, -1 for missing"
            )
    if units not in UNITS:
        raise InputError(f"units must be one of {UNITS}, not {units!r}")
    empty, by_reference, scored = derived(uniques, "similarity", _uniques_info)
    scored = uniques if scored is None or units == "code_points" else scored
    if units == "code_points":
        by_reference = empty  # rapidfuzz counts code points; only "" against "" differs

    out = np.full(len(codes_a), np.nan)
    present = (codes_a >= 0) & (codes_b >= 0)
    if not present.any():
        return out
    a = codes_a[present].astype(np.int64)
    b = codes_b[present].astype(np.int64)
    lo = np.minimum(a, b)
    hi = np.maximum(a, b)
    # hash-based factorize: same as np.unique(..., return_inverse=True), faster
    inverse, keys = pd.factorize(lo * n + hi, sort=False)
    ulo, uhi = np.divmod(np.asarray(keys, dtype=np.int64), n)
    values = np.empty(len(keys))
    same = ulo == uhi
    values[same] = metric.self_value
    values[same & empty[ulo]] = metric.empty_value
    todo = np.flatnonzero(~same)
    if todo.size:
        left, right = ulo[todo], uhi[todo]
        reference = by_reference[left] | by_reference[right]
        values[todo] = _score_distinct(scored[left], scored[right], metric)
        for k in np.flatnonzero(reference):
            values[todo[k]] = metric.reference(uniques[left[k]], uniques[right[k]])
    out[present] = values[inverse]
    return out


def within_one_edit(
    codes_a: np.ndarray,
    codes_b: np.ndarray,
    uniques: np.ndarray,
    *,
    transpositions: bool = False,
) -> np.ndarray:
    """Whether each pair of factorised values is at most one edit apart (False if missing).

    An edit inserts, deletes or replaces one character; with ``transpositions``
    swapping two adjacent characters is one edit too. The same as
    ``pair_similarity(..., "levenshtein") <= 1`` (or ``"damerau_levenshtein"``),
    but for short printable ASCII values (phone numbers, postcodes, identifiers)
    it is decided on fixed-width byte rows (:func:`tekil._one_edit.one_edit_apart`), several
    times faster than computing the distance; other values go through
    :func:`pair_similarity`.

    >>> uniques = np.array(["+905321234567", "+905321234576", "+90532123456", "34000"], dtype=object)
    >>> within_one_edit(np.array([0, 0, 0, 3]), np.array([1, 2, 3, -1]), uniques).tolist()
    [False, True, False, False]
    >>> within_one_edit(np.array([0]), np.array([1]), uniques, transpositions=True).tolist()
    [True]
    """
    codes_a, codes_b = np.asarray(codes_a), np.asarray(codes_b)
    uniques = uniques if isinstance(uniques, np.ndarray) else np.asarray(uniques, dtype=object)
    rows, lengths, plain = derived(uniques, "byte rows", _byte_rows)
    out = np.zeros(len(codes_a), dtype=bool)
    present = (codes_a >= 0) & (codes_b >= 0)
    fast = present & plain[codes_a] & plain[codes_b]
    slow = np.flatnonzero(present & ~fast)
    if slow.size:
        scorer = "damerau_levenshtein" if transpositions else "levenshtein"
        out[slow] = pair_similarity(codes_a[slow], codes_b[slow], uniques, scorer) <= 1
    fast = np.flatnonzero(fast)
    if fast.size:
        out[fast] = one_edit_apart(rows, lengths, codes_a[fast], codes_b[fast], transpositions)
    return out


def one_transposition(codes_a: np.ndarray, codes_b: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Whether each pair of factorised values differs only in two adjacent characters written
    the other way round (a keying slip: ``castro463`` / ``castro643``); False if missing or equal.

    >>> uniques = np.array(["ab463@x.com", "ab643@x.com", "ab463@y.com", "ab4630@x.com"], dtype=object)
    >>> one_transposition(np.array([0, 0, 0, 0]), np.array([1, 2, 3, -1]), uniques).tolist()
    [True, False, False, False]
    """
    codes_a, codes_b = np.asarray(codes_a), np.asarray(codes_b)
    lengths = derived(uniques, "lengths", _lengths)
    out = np.zeros(len(codes_a), dtype=bool)
    present = (codes_a >= 0) & (codes_b >= 0) & (codes_a != codes_b)
    same = np.flatnonzero(present & (lengths[codes_a] == lengths[codes_b]))
    a, b = codes_a[same], codes_b[same]
    # One length and one edit with swaps counted, but not one without: the edit is a swap.
    out[same] = within_one_edit(a, b, uniques, transpositions=True) & ~within_one_edit(
        a, b, uniques
    )
    return out


def _lengths(uniques: np.ndarray) -> np.ndarray:
    return np.fromiter(
        (len(v) if isinstance(v, str) else -1 for v in uniques), np.int64, len(uniques)
    )


#: Longest value decided on byte rows (longer ones go through the distance).
ONE_EDIT_WIDTH = 32


def _byte_rows(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each value as a zero-padded row of bytes (read up to its length), its length, and
    whether it has such a row."""
    plain = np.fromiter(
        (
            isinstance(v, str) and v.isascii() and v.isprintable() and len(v) < ONE_EDIT_WIDTH
            for v in uniques
        ),
        bool,
        len(uniques),
    )
    texts = [v if ok else "" for v, ok in zip(uniques, plain, strict=True)]
    width = max(map(len, texts), default=0) + 1  # (one byte at least, where all are empty)
    rows = np.array(texts, dtype=f"S{width}").view(np.uint8).reshape(len(texts), width)
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    return rows, lengths, plain


def _strings_to_codes(
    a: Sequence[str | None] | np.ndarray, b: Sequence[str | None] | np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a = np.asarray(a, dtype=object)
    b = np.asarray(b, dtype=object)
    if a.ndim != 1 or b.ndim != 1 or len(a) != len(b):
        raise InputError(
            f"expected two one-dimensional sequences of equal length, got shapes "
            f"{a.shape} and {b.shape}"
        )
    # The trailing None keeps pandas off its C-string hash table, which cuts strings at
    # NUL ("a\x00b" would equal "a"); the object table compares Python strings.
    values = np.concatenate([a, b, np.array([None], dtype=object)])
    codes, uniques = pd.factorize(values, sort=False, use_na_sentinel=True)
    return codes[: len(a)], codes[len(a) : -1], np.asarray(uniques, dtype=object)


def _make_scorer(scorer: Scorer, summary: str, example: str) -> Callable[..., np.ndarray]:
    def score(
        a: Sequence[str | None] | np.ndarray, b: Sequence[str | None] | np.ndarray
    ) -> np.ndarray:
        codes_a, codes_b, uniques = _strings_to_codes(a, b)
        return pair_similarity(codes_a, codes_b, uniques, scorer)

    score.__name__ = score.__qualname__ = scorer
    score.__doc__ = (
        f"{summary}\n\n"
        "``a`` and ``b`` are equal-length sequences of strings (lists, numpy object\n"
        "arrays, pandas Series); ``None``/NaN gives NaN. Each distinct pair is scored\n"
        f"once. Equal to ``jellyfish.{_SCORERS[scorer].reference.__name__}`` element-wise.\n\n"
        f"{example}\n"
    )
    return score


jaro_winkler = _make_scorer(
    "jaro_winkler",
    "Jaro-Winkler similarity in [0, 1] of ``a[k]`` and ``b[k]``, as a float64 array.",
    '>>> jaro_winkler(["dixon", "şahin"], ["dicksonx", "sahin"]).round(4)\narray([0.8133, 0.8667])',
)
jaro = _make_scorer(
    "jaro",
    "Jaro similarity in [0, 1] of ``a[k]`` and ``b[k]``, as a float64 array.",
    '>>> jaro(["martha", ""], ["marhta", ""]).round(4)\narray([0.9444, 0.    ])',
)
levenshtein = _make_scorer(
    "levenshtein",
    "Levenshtein (edit) distance of ``a[k]`` and ``b[k]``, as a float64 array.",
    '>>> levenshtein(["yılmaz", "ca"], ["yilmaz", "abc"])\narray([1., 3.])',
)
damerau_levenshtein = _make_scorer(
    "damerau_levenshtein",
    "Unrestricted Damerau-Levenshtein distance of ``a[k]`` and ``b[k]`` (float64 array).\n\n"
    "Adjacent transpositions cost 1 and substrings may be edited more than once.",
    '>>> damerau_levenshtein(["yılmaz", "ca"], ["yılamz", "abc"])\narray([1., 2.])',
)
