"""Payment card numbers, turned into keyed tokens at once.

A clear card number (PAN) must never be stored, logged or written by tekil. This
module is the only place that sees one: it checks the digits (length and Luhn)
and returns a keyed token, the last four digits, the issuer prefix (BIN) and
the scheme. The token is ``"tok_"`` followed by the first 32 hex digits (128
bits) of ``HMAC-SHA256(key, "tekil.card.v1:" + digits)``: equal numbers give
equal tokens under one key, and without the key a token cannot be brute-forced
back to a number (the space of valid numbers of one BIN is small, so a plain
unkeyed hash would not protect it).

The key comes from the ``key`` argument or the ``TEKIL_CARD_KEY`` environment
variable. Keep it secret and stable: tokens made under another key never match.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
from typing import Any

import numpy as np
import pandas as pd

from tekil.errors import ConfigError, MissingKeyError, TekilError
from tekil.normalize._common import NA, UNPARSEABLE, CellReader, as_text, check_series

__all__ = ["ENV_KEY", "INVALID_CHECKSUM", "MASKED", "card", "luhn_ok"]

#: Environment variable read when no ``key`` argument is given.
ENV_KEY = "TEKIL_CARD_KEY"
#: Reason for 12-19 digits that fail the Luhn check.
INVALID_CHECKSUM = "invalid_checksum"
#: Reason for a number printed with its middle masked: last four, BIN and brand, no token.
MASKED = "masked"

COLUMNS = ("value", "reason", "last4", "bin", "brand")
_TOKEN_HEX = 32
_DOMAIN = b"tekil.card.v1:"  # domain separation: the same key may serve other purposes
_SEPARATORS = re.compile(r"[\s\-.]+")
_UNPARSEABLE_ROW = (NA, UNPARSEABLE, NA, NA, NA)
# A float above 2**53 has lost digits; a card number read that way is not the real one.
_FLOAT_EXACT = 2**53


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check.

    >>> luhn_ok("4111111111111111"), luhn_ok("4111111111111112")
    (True, False)
    """
    # From the right: every second digit doubled (its digits summed); sums of bytes in C.
    kept, doubled = digits[-1::-2], digits[-2::-2].translate(_DOUBLED)
    return (sum(kept.encode()) + sum(doubled.encode()) - 48 * len(digits)) % 10 == 0


#: A digit doubled, with the digits of the result summed: 5 → 10 → 1, 9 → 18 → 9.
_DOUBLED = str.maketrans("0123456789", "0246813579")


def _brand(digits: str) -> str:
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"34", "37"}:
        return "amex"
    two, four = int(digits[:2]), int(digits[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "mastercard"
    if digits.startswith("9792"):  # Troy, the Turkish domestic scheme
        return "troy"
    return "other"


def _resolve_key(key: str | bytes | None) -> bytes | None:
    if key is None:
        key = os.environ.get(ENV_KEY)
    if key is None:
        return None
    if isinstance(key, str):
        key = key.encode("utf-8")
    if not isinstance(key, bytes):
        raise ConfigError(f"the card key must be str or bytes, got {type(key).__name__}")
    return key or None


def _has_value(values: pd.Series) -> bool:
    return any(as_text(v) is not None for v in values[values.notna()])


def card(values: pd.Series, *, key: str | bytes | None = None) -> pd.DataFrame:
    """Tokenise payment card numbers; the clear number never leaves this function.

    Spaces, dashes and dots are ignored. ``key`` (or the ``TEKIL_CARD_KEY``
    environment variable) keys the HMAC; without one, a column holding any
    value raises :class:`~tekil.errors.MissingKeyError` (an all-null column
    needs no key).

    Returns a DataFrame aligned to ``values`` with columns ``value`` (token
    ``tok_`` + 32 hex digits), ``reason``, ``last4``, ``bin`` (first six digits,
    given only for numbers of 15 or more digits so that bin and last4 together
    never reveal most of a short number) and ``brand`` (``visa``,
    ``mastercard``, ``amex``, ``troy`` or ``other``). Reasons:

    * ``missing`` - null or blank;
    * ``unparseable`` - not 12-19 digits after removing separators, or a float
      too large to hold the digits exactly; no other column is filled;
    * ``masked`` - printed with its middle masked (``4111 11** **** 1111``,
      ``XXXX-XXXX-XXXX-1111``): ``last4``, and ``bin`` and ``brand`` as far as
      the digits shown give them; no token;
    * ``invalid_checksum`` - fails the Luhn check; no token, but ``last4``,
      ``bin`` and ``brand`` are given to help find the typo.

    >>> out = card(pd.Series(["4111 1111 1111 1111"]), key="secret")
    >>> out["value"].str.len().tolist(), out["last4"].tolist(), out["brand"].tolist()
    ([36], ['1111'], ['visa'])
    """
    values = check_series(values, "card")
    secret = _resolve_key(key)
    if secret is None and _has_value(values):
        _missing_key()
    failure = ""
    try:
        return _reader(secret).frame(values)
    except Exception as exc:  # an error message or traceback could carry a card number
        failure = type(exc).__name__
    # Raised outside the except block so that the original is not even kept as __context__.
    raise TekilError(f"normalize.card failed ({failure}); details withheld to protect card data")


def reader(*, key: str | bytes | None = None) -> CellReader:
    """How :func:`card` reads one cell; the key is required (or ``TEKIL_CARD_KEY``)."""
    secret = _resolve_key(key)
    if secret is None:
        _missing_key()
    return _reader(secret)


def _missing_key() -> None:
    raise MissingKeyError(
        "normalize.card needs a secret key to tokenise card numbers: pass key=... or set "
        f"the {ENV_KEY} environment variable (keep it stable: tokens made under another "
        "key never match)"
    )


def _masked(digits: str) -> tuple[Any, ...]:
    """A number as receipts and statements print it (``4111 11** **** 1111``,
    ``XXXXXXXXXXXX1111``): its last four digits, and the BIN and brand its first digits
    give; no token (the rest is unknown)."""
    match = _MASKED.fullmatch(digits)
    if match is None or not 12 <= len(digits) <= 19:
        return _UNPARSEABLE_ROW
    lead, last4 = match.group(1), match.group(2)
    bin6 = lead[:6] if len(lead) >= 6 and len(digits) >= 15 else NA
    brand = _brand(lead) if len(lead) >= 2 else NA
    return (NA, MASKED, last4, bin6, brand)


#: A masked number: leading digits (maybe none), mask characters, the last four digits.
_MASKED = re.compile(r"(\d{0,8})[*xX#•●]{4,15}(\d{4})")


def printed_masked(text: pd.Series) -> pd.Series:
    """Whether each text is a card number printed with its middle masked.

    >>> printed_masked(pd.Series(["4111 11** **** 1111", "XXXX-XXXX-XXXX-1234", "1234"])).tolist()
    [True, True, False]
    """
    digits = text.str.replace(_SEPARATORS, "", regex=True)
    return digits.str.fullmatch(_MASKED).fillna(False) & digits.str.len().between(12, 19)


def _reader(secret: bytes | None) -> CellReader:
    def one(text: str) -> tuple[Any, ...]:
        digits = _SEPARATORS.sub("", text)
        if not (12 <= len(digits) <= 19 and digits.isascii() and digits.isdigit()):
            return _masked(digits)
        last4, brand = digits[-4:], _brand(digits)
        bin6 = digits[:6] if len(digits) >= 15 else NA
        if not luhn_ok(digits):
            return (NA, INVALID_CHECKSUM, last4, bin6, brand)
        assert secret is not None  # a non-null value was seen, so the key was checked
        mac = hmac.new(secret, _DOMAIN + digits.encode("ascii"), hashlib.sha256)
        return ("tok_" + mac.hexdigest()[:_TOKEN_HEX], NA, last4, bin6, brand)

    def raw(cell: Any) -> tuple[Any, ...] | None:
        is_float = isinstance(cell, float | np.floating)
        if is_float and math.isfinite(cell) and abs(cell) >= _FLOAT_EXACT:
            return _UNPARSEABLE_ROW
        return None

    return CellReader("card", one, COLUMNS, raw_transform=raw)
