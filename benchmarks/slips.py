"""A typing slip, as the probes' generators make them."""

from __future__ import annotations

import random


def slip(rnd: random.Random, s: str, letters: str) -> str:
    """One slip inside a word of four letters or more (never its first or last letter): a
    letter dropped, two the other way round, or one replaced by one of ``letters``.

    >>> slip(random.Random(1), "Schmidt", "aeinrstl")
    'Scmhidt'
    """
    if not s or len(s) < 4:
        return s
    i = rnd.randrange(1, len(s) - 1)
    op = rnd.random()
    if op < 0.33:
        return s[:i] + s[i + 1 :]
    if op < 0.66:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + rnd.choice(letters) + s[i + 1 :]
