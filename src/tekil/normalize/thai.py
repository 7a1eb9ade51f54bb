"""Thai script in Latin letters as Thai names are romanised (the Royal Thai General System,
RTGS, near enough for a comparison): ``สมชาย`` is somchai, ``ศรีสุวรรณ`` srisuwan, ``วงศ์สวัสดิ์``
wongsawat, ``แก้ว`` kaeo, as a passport or a telco's clerk writes them (``Somchai``,
``Srisuwan``, ``Wongsawat``, ``Kaew``), where reading each letter by its Unicode name does not
(smchay, srisuwrrn).

Thai writes syllables, not letters: a consonant is heard one way starting a syllable and
another closing it (ร is r, then n: พร phon), vowels stand before, above, below or after their
consonant (เ before: เก ke), and a syllable with no vowel written has one unwritten (o when a
consonant closes it, สม som; a when it is open, สวัสดิ์ sa-wat). Tone marks are not heard in
Latin letters, and a letter under the silencer ``์`` (with its vowel: ดิ์) is not read at all.
Irregular readings of Sanskrit words (สุรศักดิ์ surasak, read here sunsak) are left: the
comparisons' fuzzy levels meet the rest.

>>> [thai_latin(w) for w in ("สมชาย", "ศรีสุวรรณ", "วงศ์สวัสดิ์", "แก้ว", "ประเสริฐ", "บุญเรือน")]
['somchai', 'srisuwan', 'wongsawat', 'kaeo', 'prasroet', 'bunruean']
>>> [thai_latin(w) for w in ("ทองดี", "จันทร์เพ็ญ", "สมหญิง", "กนก", "ธนากร", "พลอย")]
['thongdi', 'chanphen', 'somying', 'kanok', 'thanakon', 'phloi']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["thai_latin"]

#: Each consonant's sound starting a syllable, and closing one (k, t, p, n, m, ng; y and w
#: close one as the vowels i and o).
_INITIAL = dict(
    zip(
        "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
        ["k", "kh", "kh", "kh", "kh", "kh", "ng", "ch", "ch", "ch", "s", "ch", "y", "d", "t",
         "th", "th", "th", "n", "d", "t", "th", "th", "th", "n", "b", "p", "ph", "f", "ph", "f",
         "ph", "m", "y", "r", "l", "w", "s", "s", "s", "h", "l", "", "h"],
        strict=True,
    )
)  # fmt: skip
_FINAL = dict(
    zip(
        "กขคฆงจชซญฎฏฐฑฒณดตถทธนบปพฟภมยรลวศษสฬ",
        ["k", "k", "k", "k", "ng", "t", "t", "t", "n", "t", "t", "t", "t", "t", "n", "t", "t",
         "t", "t", "t", "n", "p", "p", "p", "p", "p", "m", "i", "n", "n", "o", "t", "t", "t", "n"],
        strict=True,
    )
)  # fmt: skip
_CONSONANTS = frozenset(_INITIAL)
#: Vowel signs written after, above or below their consonant; those written before it, and the
#: vowels they make with a sign after the consonant (เ-ีย ia, เ-ือ uea, เ-า ao).
_AFTER = {"ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue",
          "ุ": "u", "ู": "u"}  # fmt: skip
_LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_WITH_LEADING = {"ีย": "ia", "ือ": "uea", "า": "ao", "อ": "oe", "ิ": "oe"}
#: First consonants of a cluster read as one with ร or ล after them (ปร pr, กล kl; กว kw).
_CLUSTER_FIRST = frozenset("กขคตปพผบดศสท")
#: Not heard: a letter under the silencer (with its vowel), ร closing after จ ช ต ท (เพชร phet),
#: tone marks and the signs of shortness and repetition.
_SILENT = re.compile("[ทตด]ร์|[ก-ฮ][ิุ]?์|(?<=[จชตท])ร$|[่้๊๋็ๆฯ]")
#: ทร starting a syllable is heard s (ทรัพย์ sap).
_SAME_AS_S = re.compile("ทร(?=[ะัาำิีึืุู])")


@lru_cache(maxsize=1 << 14)
def thai_latin(word: str) -> str:
    """A run of Thai letters in Latin ones, syllable by syllable."""
    s = _SAME_AS_S.sub("ซ", _SILENT.sub("", word))
    n = len(s)
    out: list[str] = []

    def cons(k: int) -> bool:
        return k < n and s[k] in _CONSONANTS

    def starts(k: int) -> bool:
        """Whether the consonant at ``k`` starts a syllable: a vowel sign, อ or รร follows it."""
        return k + 1 < n and (s[k + 1] in _AFTER or s[k + 1] == "อ" or s[k + 1 : k + 3] == "รร")

    i = 0
    while i < n:
        lead = s[i] if s[i] in _LEADING else ""
        i += bool(lead)
        if not cons(i):  # a vowel sign with no consonant: a slip, or a run cut short
            out.append(_LEADING.get(lead, "") + (_AFTER.get(s[i], "") if i < n else ""))
            i += 1
            continue
        init, sound = s[i], _INITIAL[s[i]]
        i += 1
        if init == "ห" and cons(i) and s[i] in "งญนมยรลว":  # ห before them is not heard: หญิง
            sound, i = _INITIAL[s[i]], i + 1
        elif (
            init in _CLUSTER_FIRST
            and cons(i)
            and s[i] in ("รลว" if init in "กขค" else "รล")
            and (starts(i) or (lead and s[i] != "ว"))
        ):
            sound, i = sound + _INITIAL[s[i]], i + 1
        vowel, i = _vowel(s, i, lead, cons, starts)
        out.append(sound + vowel)
        if vowel == "a" and not lead and cons(i) and cons(i + 1) and i + 2 == n:
            continue  # กนก: ka, then nok
        if cons(i) and s[i] != "อ" and not starts(i) and vowel != "an":
            if cons(i + 1) and i + 2 == n:
                continue  # ศิริพร: the last two are a syllable of their own (phon)
            final = _FINAL.get(s[i], "")
            heard = not (final == "i" and vowel in ("ia", "ua", "uea", "ai"))
            out.append(final if heard and not (final == "o" and vowel in ("ao", "o")) else "")
            i += 1
    return "".join(out)


def _vowel(s: str, i: int, lead: str, cons, starts) -> tuple[str, int]:
    """The vowel of the syllable whose consonant(s) end before ``i``, and where it ends."""
    n = len(s)
    if lead:
        for sign, sound in _WITH_LEADING.items():
            if s[i : i + len(sign)] == sign:
                return sound, i + len(sign)
        return _LEADING[lead], i + (s[i : i + 1] == "ะ")
    if s[i : i + 2] in ("ัว", "ือ"):
        return {"ัว": "ua", "ือ": "ue"}[s[i : i + 2]], i + 2
    if i < n and s[i] in _AFTER:
        sound = _AFTER[s[i]]
        return sound, i + 1 + (sound == "a" and s[i + 1 : i + 2] == "ะ")
    if s[i : i + 2] == "รร":  # วรรณ wan, สรร san
        return ("a" if cons(i + 2) and not starts(i + 2) else "an"), i + 2
    if s[i : i + 1] == "อ" and (i + 1 >= n or cons(i + 1)):
        return "o", i + 1  # ทอง thong
    if s[i : i + 1] == "ว" and cons(i + 1) and not starts(i + 1):
        return "ua", i + 1  # สวน suan
    if not cons(i) or starts(i):
        return "a", i  # an open syllable: สวัสดิ์ sa-wat
    if i + 1 >= n or not cons(i + 1):
        return "o", i  # closed by the next consonant: สม som
    return ("a" if i + 2 == n else "o"), i  # กนก ka-nok; สมชาย som-chai
