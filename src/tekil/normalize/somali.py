"""Somali names in Somali orthography and in their English spellings.

Somali's Latin alphabet (1972) writes the pharyngeal ħ as ``x`` and the ʿayn as ``c``, and
long vowels doubled: ``Maxamed``, ``Cabdi``, ``Xasan``, ``Faadumo``, ``Cabdullaahi`` are the
Mohamed, Abdi, Hassan, Fadumo and Abdullahi of a passport, a bank abroad, a hawala's form. One
person's records hold both. Read with ``x`` as ``h``, ``c`` left out and doubled letters single,
most meet: ``xasan`` and ``hassan`` both ``hasan``, ``cabdullaahi`` and ``abdullahi`` both
``abdulahi``; the rest come nearer (``maxamed`` ``mahamed`` against ``mohamed``).

A name says it is written so by a long vowel and an ``x`` or a ``c`` beside a vowel (``Cali
Ibraahim``, ``Faarax Nuur``); only a file holding many such names reads its names so
(:func:`tekil.similarity.somali_readings`): elsewhere ``c`` and ``x`` are other letters.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["english_somali", "written_somali"]

_LONG_VOWEL = re.compile(r"aa|ii|uu|oo")
_X_OR_C = re.compile(r"[xc][aeiou]|[aeiou][xc]")
_DOUBLED = re.compile(r"([a-z])\1+")


def written_somali(text: str) -> bool:
    """Whether a folded name is written in Somali orthography: a long vowel doubled and an
    ``x`` or ``c`` beside a vowel.

    >>> [written_somali(t) for t in ("cali ibraahim", "faarax nuur", "maxamed xasan")]
    [True, True, False]
    >>> [written_somali(t) for t in ("ali ibrahim", "claasen", "xiao xuan", "kees coolen")]
    [False, False, False, True]

    (A Dutch ``Kees Coolen`` is written so too: a file is read so where a tenth of its names are,
    :func:`tekil.similarity.somali_readings`.)
    """
    return _LONG_VOWEL.search(text) is not None and _X_OR_C.search(text) is not None


@lru_cache(maxsize=1 << 16)
def english_somali(text: str) -> str:
    """A folded name read as its English spellings write it: ``x`` as ``h``, ``c`` left out,
    doubled letters single (an English spelling of it reads the same).

    >>> [english_somali(t) for t in ("xasan", "hassan", "cabdullaahi", "abdullahi")]
    ['hasan', 'hasan', 'abdulahi', 'abdulahi']
    >>> english_somali("faadumo cali jaamac"), english_somali("fadumo ali jama")
    ('fadumo ali jama', 'fadumo ali jama')
    """
    return _DOUBLED.sub(r"\1", text.replace("x", "h").replace("c", ""))
