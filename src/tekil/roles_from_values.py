"""Guess a column's role from its values, when its name says nothing.

A sample of the column is run through the normalisers; a role is proposed
when most sampled values are valid for it. Checks run from the most specific
(card numbers pass Luhn, national ids pass their checksum) to the least.
"""

from __future__ import annotations

import re

import pandas as pd

_SOCIAL = re.compile(
    r"^@\w|(?:^|[/.])(?:twitter|x|instagram|facebook|fb|linkedin|tiktok|youtube|t)\.(?:com|me)/",
    re.I,
)
_DIGITS = re.compile(r"\D")


def role_from_values(
    values: pd.Series, *, sample: int = 500, seed: int = 0, share: float = 0.8
) -> str | None:
    """The role most sampled values of ``values`` are valid for, or ``None``."""
    from tekil import normalize

    present = values.dropna()
    present = present[present.astype(str).str.strip() != ""]
    if present.empty:
        return None
    if len(present) > sample:
        present = present.sample(sample, random_state=seed)
    text = present.astype(str).str.strip()
    digits = text.str.replace(_DIGITS, "", regex=True)
    digit_share = (digits.str.len() / text.str.len().clip(lower=1)).mean()

    def valid(result: pd.DataFrame) -> float:
        return float(result["reason"].isna().mean())

    def parsed(result: pd.DataFrame) -> float:
        """Share with a canonical value, flagged or not (a test address is still an e-mail)."""
        return float(result["value"].notna().mean())

    if text.str.contains("@").mean() >= share and parsed(normalize.email(text)) >= share:
        return "email"
    if text.str.contains(_SOCIAL).mean() >= share:
        return "handle"
    if digit_share >= 0.7:
        lengths = digits.str.len()
        if lengths.between(13, 19).mean() >= share and _luhn_share(digits) >= share:
            return "card"
        if (lengths == 11).mean() >= share and valid(normalize.tckn(digits)) >= share:
            return "tckn"
        if valid(normalize.date(text)) >= share:
            return "dob"
        if parsed(normalize.phone(text)) >= share:
            return "phone"
    return None


def _luhn_share(digits: pd.Series) -> float:
    def ok(number: str) -> bool:
        if not number.isdigit():
            return False
        total = 0
        for i, ch in enumerate(reversed(number)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        return total % 10 == 0

    return float(digits.map(ok).mean())
