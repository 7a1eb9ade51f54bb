"""Phone numbers in E.164 form, with line type and a flag for numbers of no person.

Parsing, validation and typing are Google's libphonenumber rules; nothing here
parses digits by hand. Where its wheel installs, the ``rphonenumbers`` package (the
same rules compiled, in Rust; 6-7 times faster) reads the plain digit strings, and
any number it does not find valid is read again by ``phonenumbers``, the reference
(they disagree on some foreign numbers, such as ``+61 0412 345 678`` written with
the trunk 0; on none of the Turkish ones tried). ``TEKIL_PHONE_LIBRARY=phonenumbers``
uses the reference alone. A number written
without a country code is read in ``region`` (Turkey by default); one written
with ``+`` or ``00`` keeps its own country, so ``+44 20 7946 0958`` is British
whatever the region.

Some valid numbers identify no person: call-centre numbers (Turkish ``444 xx xx``,
dialled without an area code, and ``0850`` "national numbers" that firms rent),
toll-free (``0800``), premium-rate (``0900``) and shared-cost numbers. They keep
their canonical value but get the reason ``non_personal``, so that two customers
who both gave their bank's call centre are never linked through it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd
import phonenumbers
from phonenumbers import PhoneNumberType

try:
    import rphonenumbers
except ImportError:  # no wheel for this platform: the reference alone
    rphonenumbers = None

from tekil.errors import ConfigError
from tekil.normalize._common import NA, UNPARSEABLE, CellReader, digits_misread, first_valid

__all__ = ["INVALID", "NON_PERSONAL", "UNKNOWN_LINE", "phone"]

#: Reason for a number that parses but is not valid in its country's numbering plan.
INVALID = "invalid"
#: Reason for a valid number that identifies no person (call centre, toll free, ...).
NON_PERSONAL = "non_personal"
#: Line type of a number of a possible length that its country's plan does not know.
UNKNOWN_LINE = "unknown"

COLUMNS = ("value", "reason", "line_type", "national", "last7")

_LINE_TYPES = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
    # Some plans (USA, Canada, ...) do not tell fixed from mobile numbers apart.
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.PREMIUM_RATE: "premium",
    PhoneNumberType.VOIP: "voip",
}
_NON_PERSONAL_TYPES = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,  # "universal access numbers": Turkish 444 xx xx
    }
)
# libphonenumber types Turkish 0850 numbers as VOIP; they are rented by firms as one
# nationwide number, so they identify no person either.
_NON_PERSONAL_PREFIXES = {"TR": ("850",)}

#: National renumberings, by country calling code: (the old start of a national significant
#: number, the new one), the rest of the number kept. A number of an old range, which the plan
#: no longer knows, is read as the same line's number today, so that a system never told of
#: the change still agrees with the others. Vietnam, 2018 (Ministry of Information and
#: Communications, decision 798/QĐ-BTTTT): eleven-digit mobiles lost a digit, 0168 xxx xxxx
#: became 038 xxx xxxx. Georgia, 2011: mobiles took a 5 before their eight digits, and the
#: trunk 8 they were dialled with went (8 99 123456 became 599 123456). Brazil, 2012 to 2016
#: (Anatel, resolution 553/2010): mobiles, eight digits from 6 to 9 after the area code (DDD),
#: took a ninth digit 9 before them ((11) 8765-4321 became (11) 98765-4321). Cameroon, 2014
#: (ART, November): the eight-digit numbers took a ninth digit before them, 6 for the mobiles
#: (77 12 34 56 became 6 77 12 34 56; 9x, Orange's, 69x; 5x 65x), 2 for the fixed lines (22 23 45
#: 67, Yaoundé's, became 2 22 23 45 67; Douala's 33 became 233).
_RENUMBERED: dict[int, tuple[tuple[str, str], ...]] = {
    84: (
        ("162", "32"), ("163", "33"), ("164", "34"), ("165", "35"), ("166", "36"),
        ("167", "37"), ("168", "38"), ("169", "39"),  # Viettel
        ("120", "70"), ("121", "79"), ("122", "77"), ("126", "76"), ("128", "78"),  # MobiFone
        ("123", "83"), ("124", "84"), ("125", "85"), ("127", "81"), ("129", "82"),  # VinaPhone
        ("186", "56"), ("188", "58"),  # Vietnamobile
        ("199", "59"),  # Gmobile
    ),
    995: tuple(("8" + code, "5" + code) for code in (
        "55", "57", "58", "68", "70", "71", "74", "77", "79", "91", "93", "95", "97", "98", "99",
    )),
    55: tuple((f"{ddd}{d}", f"{ddd}9{d}") for ddd in range(11, 100) if ddd % 10 for d in "6789"),
    237: (("7", "67"), ("9", "69"), ("5", "65"), ("2", "22"), ("3", "23")),
}  # fmt: skip
#: The digits after the old start of a renumbered number, by country calling code.
_RENUMBERED_REST = {84: 7, 995: 6, 55: 7, 237: 7}
#: Numbers of another country dialled as a country's own, by its calling code: (the start of
#: the national number, its length, the other country's code, the start there). Northern
#: Ireland's landlines (+44 28 xxxx xxxx) are dialled from the Republic as 048 xxxx xxxx.
_ACROSS_BORDER: dict[int, tuple[tuple[str, int, int, str], ...]] = {353: (("48", 10, 44, "28"),)}

# Turkish extension markers ("dahili 123", "dah. 123") become ones libphonenumber reads.
_PUNCTUATED_DIGITS = re.compile(r"^[\d\s().\-/+]+$")
_NOT_DIGIT = re.compile(r"\D")
_EXTENSION = re.compile(r"\s*(?:dahili|dah\.)\s*:?\s*(\d{1,7})\s*$", re.IGNORECASE)
#: Words after a number that say which line it is ("(home)", "- mobile", "/ work"): no digit
#: among them (an extension, "x12", "ext 12", is the number's).
_TRAILING_LABEL = re.compile(r"(?<=\d)[\s\-–:/,(]+[^\W\d_][^\d()]*\)?\s*$")
#: An extension at the end, however written ("x12", "ext. 12", "#12"), set aside to read the rest.
_LAST_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extn\.?|#|dahili|dah\.)\s*:?\s*\d{1,7}\s*$", re.I)


def _check_region(region: Any) -> str:
    if isinstance(region, str) and region.upper() in phonenumbers.SUPPORTED_REGIONS:
        return region.upper()
    raise ConfigError(
        f"normalize.phone: region must be a two-letter region code such as 'TR' or 'GB', "
        f"got {region!r}"
    )


def phone(
    values: pd.Series,
    *,
    region: str = "TR",
    also: Sequence[str] = (),
    bare: Sequence[str] = (),
) -> pd.DataFrame:
    """Parse phone numbers to E.164 (``+905321234567``).

    Accepts the usual ways of writing a number: ``0532 123 45 67``,
    ``+90 532 123 4567``, ``5321234567``, ``90(532)1234567``, ``0090 532 ...``,
    ``(0212) 555 12 34``, dashes and dots, integers and integral floats
    (``5321234567.0``). A number without a country code is read in ``region``, or, if it
    can be no number there, in the first of the regions ``also`` where it is a valid one
    (the other countries a column of several writes out, ``+44 …``). A mobile of one of the
    regions ``bare`` (those the column itself writes out) stored without its ``+``
    (``971501234567``) is read so where ``region``'s plan reads a landline without its trunk
    prefix.
    Extensions (``ext. 12``, ``dahili 12``) are dropped.

    Returns a DataFrame aligned to ``values`` with columns ``value``, ``reason``,
    ``line_type`` (``mobile``, ``fixed``, ``fixed_or_mobile`` where the numbering
    plan does not say, ``toll_free``, ``shared_cost``, ``premium``, ``voip``,
    ``other``, or ``unknown`` for a number of a possible length in a range the plan
    does not know), ``national`` (the national significant number, ``5321234567``)
    and ``last7`` (its last seven digits). An ``unknown`` number is kept to match on
    (records that wrote the same digits agree) but never links records by itself.
    Reasons:

    * ``missing`` - null or blank;
    * ``unparseable`` - not a phone number at all (text, too long, several numbers);
    * ``invalid`` - parses but cannot be a number of its country (a length its plan
      never uses); every other column is ``<NA>``;
    * ``non_personal`` - valid but identifies no person: toll-free, premium-rate,
      shared-cost and universal access numbers in any country, and Turkish
      ``444 xx xx`` and ``0850`` numbers; all columns are kept.

    >>> phone(pd.Series(["0532 123 45 67", "444 1 444", "+44 20 7946 0958"]))["value"].tolist()
    ['+905321234567', '+904441444', '+442079460958']
    """
    return reader(region=region, also=also, bare=bare).frame(values)


def reader(*, region: str = "TR", also: Sequence[str] = (), bare: Sequence[str] = ()) -> CellReader:
    """How :func:`phone` reads one cell (each distinct digit string is parsed once)."""
    region = _check_region(region)
    others = [r for r in map(_check_region, also) if r != region]
    fast = _fast_library()
    parsed: dict[str, tuple[Any, ...]] = {}
    written_out = tuple("+" + _country_code(r) for r in others)
    unplussed = tuple("+" + _country_code(r) for r in map(_check_region, bare) if r != region)

    def read(key: str) -> tuple[Any, ...]:
        out = _abroad_too(fast, key, region)
        if key.startswith("+"):
            return out
        if _valid(out) and not _serves_nobody(out):
            if unplussed and out[2] != "mobile" and len(key) >= 11 and key[0] != "0":
                # "971501234567" beside "+971 50 …": a mobile of a country the column writes
                # out, stored without its "+", where a plan of many lengths (Germany's) reads
                # a landline with no trunk prefix, as no one there writes one.
                plus = _abroad_too(fast, "+" + key, region)
                mobile = plus[2] in ("mobile", "fixed_or_mobile")
                if _valid(plus) and mobile and plus[0].startswith(unplussed):
                    return plus
            return out
        if _valid(out):
            # A premium or toll-free number of the region that is a person's line in a
            # country the file writes out is that line ("0901 535 870", a Slovak mobile, is a
            # premium number in Romania): a customer gives the number they are reached at.
            for other in others:
                there = _abroad_too(fast, key, other)
                if _valid(there) and not _serves_nobody(there):
                    return there
            return out
        # No valid number of the region (perhaps one of a range its plan lacks): a valid one
        # of a country the file writes out is the likelier reading ("07911 123456" among US
        # numbers, "0599 909 444" of a Saudi customer in a UAE call centre's column).
        for other in others:
            there = _abroad_too(fast, key, other)
            if _valid(there):
                return there
        if others and key.isdigit() and not key.startswith("0") and len(key) >= 11:
            # "966512345678": a number of a country the file writes out, stored without its
            # "+" (a spreadsheet's integer), no number where the column is read.
            plus = _abroad_too(fast, "+" + key, region)
            if _valid(plus) and plus[0].startswith(written_out):
                return plus
        return out

    def number(text: str) -> tuple[Any, ...]:
        # "0532 123 45 67" and "0532-123-4567" are one number: parse each digit string once.
        key = _digit_key(text)
        if key is None:  # (digits and punctuation alone carry no label)
            text = _TRAILING_LABEL.sub("", text) or text  # "318 903 3401 (home)", "… - mobile"
            key = _digit_key(text)
        if key is None:  # "+1 664 773 B629 x12": a scanned or retyped form
            misread = digits_misread(_LAST_EXTENSION.sub("", text), 7)
            key = _digit_key(misread) if misread is not None else None
        if key is not None:
            if key not in parsed:
                parsed[key] = read(key)
            return parsed[key]
        return _abroad_too(None, _EXTENSION.sub(r" ext. \1", text).strip(), region)

    def one(text: str) -> tuple[Any, ...]:
        # "0532 123 45 67 / 0533 765 43 21": the first valid one.
        return first_valid(number, text, looks=lambda part: len(_NOT_DIGIT.sub("", part)) >= 7)

    return CellReader("phone", one, tuple(COLUMNS))


def _digit_key(text: str) -> str | None:
    """A number written as digits and punctuation, as its digits (and a leading ``+``)."""
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) >= 7 and _PUNCTUATED_DIGITS.match(text):
        return ("+" if text.startswith("+") else "") + digits
    return None


def valid_share(numbers: pd.Series, region: str) -> float:
    """The share of ``numbers`` (text) that are valid numbers read in ``region``.

    For guessing a column's region: the compiled library alone where it is installed (the
    reference reads again only the numbers it finds invalid, which in a wrong region is
    most of them, at ten times the cost).
    """
    if len(numbers) == 0:
        return 0.0
    lib = _fast_library() or phonenumbers
    region = _check_region(region)
    valid = 0
    for text in numbers:
        key = _digit_key(text) or text.strip()
        try:
            ok = _valid(_parse(lib, key, region))
            valid += ok or (key.startswith("00") and _valid(_parse(lib, "+" + key[2:], region)))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a panic in the compiled code: not counted
            continue
    return valid / len(numbers)


def plan_fit(
    numbers: pd.Series, region: str, *, stored_as_numbers: np.ndarray | None = None
) -> tuple[float, float, float]:
    """How ``numbers`` (text written without a country code) read in ``region``: the share
    that are valid there; the share that are valid *and dialled as its people write them*
    (with its trunk prefix where its plan writes one: a German writes ``0612 345678``, so
    ``612 345 678`` is a Spanish number, not a German one); and the share of those that are
    mobile lines (or lines its plan does not tell from mobiles). Many plans read most digit
    strings of some length; how a number is written, and that most people's numbers are
    mobiles, tell the country apart.

    >>> plan_fit(pd.Series(["612 34 56 78", "699 12 34 56"]), "DE")
    (1.0, 0.0, 0.0)
    >>> plan_fit(pd.Series(["612 34 56 78", "699 12 34 56"]), "ES")
    (1.0, 1.0, 1.0)

    ``stored_as_numbers`` marks the numbers that were stored as numbers (an integer column, a
    CSV read with its types guessed): their leading zeros were lost, a trunk prefix of zeros
    with them, and their ``+``, which are put back where that makes them numbers of the region
    (``911383518``, an Ethiopian mobile dialled ``0911 38 35 18``; :func:`_as_written`).

    >>> plan_fit(pd.Series(["911383518"] * 2), "ET", stored_as_numbers=np.array([True, False]))
    (1.0, 0.5, 1.0)
    """
    if len(numbers) == 0:
        return 0.0, 0.0, 0.0
    lib = _fast_library() or phonenumbers
    region = _check_region(region)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = (metadata.national_prefix if metadata is not None else None) or None
    valid = dialled = mobile = 0
    zeros = trunk if trunk and set(trunk) == {"0"} else ""
    lost = (
        stored_as_numbers if stored_as_numbers is not None else np.zeros(len(numbers), dtype=bool)
    )
    for text, stored_as_number in zip(numbers, lost, strict=True):
        key = _digit_key(text) or text.strip()
        try:
            if stored_as_number and key.isdigit():
                key = _as_written(lib, key, region, zeros)
            number, kind = _typed(lib, key, region)
            if kind is None and key.startswith("00"):  # dialled abroad: no country's own
                number, kind = _typed(lib, "+" + key[2:], region)
            if kind is None:
                continue
            valid += 1
            # Written without the trunk prefix: as dialled only where the plan writes none
            # for this number (China's mobiles, a US number's leading 1).
            if trunk and not key.startswith((trunk, "00", "+")):
                national = lib.format_number(number, lib.PhoneNumberFormat.NATIONAL)
                if national.lstrip("(").startswith(trunk):
                    continue
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a panic in the compiled code: not counted
            continue
        dialled += 1
        mobile += kind in _MOBILE_LINES
    n = len(numbers)
    return valid / n, dialled / n, mobile / dialled if dialled else 0.0


_MOBILE_LINES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _as_written(lib: ModuleType, key: str, region: str, zeros: str) -> str:
    """A number stored as a number (``911383518``, ``251911383518``) as it was written before
    its leading zeros, a trunk prefix of zeros among them, or its ``+`` were lost: whichever
    is a valid number of ``region`` (``0911383518``, ``+251911383518`` in Ethiopia), else
    as it is."""
    if zeros and _typed(lib, zeros + key, region)[1] is not None:
        return zeros + key
    code = _country_code(region)
    if key.startswith(code):
        number, kind = _typed(lib, "+" + key, region)
        if kind is not None and str(number.country_code) == code:
            return "+" + key
    return key


def _typed(lib: ModuleType, text: str, region: str) -> tuple[Any, Any]:
    """The number and its line type where it is valid (as :func:`_parse` finds it), else
    ``(number or None, None)``; no more work than that."""
    try:
        number = lib.parse(text, region)
    except lib.NumberParseException:
        return None, None
    if not lib.region_code_for_number(number):
        return number, None
    kind = lib.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        today = _renumbered(number.country_code, lib.national_significant_number(number))
        return _typed(lib, today, region) if today is not None else (number, None)
    return number, kind


def _fast_library() -> ModuleType | None:
    if os.environ.get("TEKIL_PHONE_LIBRARY", "").lower() == "phonenumbers":
        return None
    return rphonenumbers


def _abroad_too(fast: ModuleType | None, text: str, region: str) -> tuple[Any, ...]:
    """A number read in ``region``; one written ``00`` and a country code that is no number
    there is read as international (``0044 20 7946 0958`` in a North American column, whose
    own prefix is 011): most of the world dials abroad so. One written ``011`` and a country
    code, as North America dials abroad (``011 509 3712 3456``, a Haitian number as the
    diaspora in Miami writes it), that is no valid number of ``region`` is read so where it is
    a valid number there (Sapporo's and Delhi's ``011`` numbers are valid at home)."""
    out = _parse_digits(fast, text, region)
    if text.startswith("011") and not _valid(out):
        abroad = _parse_digits(fast, "+" + text[3:], region)
        if _valid(abroad):
            return abroad
    if text.startswith("00") and not _valid(out):
        abroad = _parse_digits(fast, "+" + text[2:], region)
        if (isinstance(abroad[0], str) and not isinstance(out[0], str)) or _valid(abroad):
            return abroad  # a number there (of a range its plan may not know), or a valid one
    elif text.startswith(_country_code(region)) and text.isdigit():
        # "4915123456789": a number stored without its "+" (a spreadsheet's integer), which a
        # plan of many lengths (Germany's) also reads as a national number (written nationally
        # it would start with the trunk prefix): as that number where it is valid; and
        # "76051552093", no national number there, as that number of a range its plan lacks
        # (kept to match, as "+7 605 155 2093" is).
        national = out[3] if isinstance(out[3], str) else None
        if national is None or national == text:
            plus = _parse_digits(fast, "+" + text, region)
            if _valid(plus) or (national is None and isinstance(plus[3], str)):
                return plus
    return out


@cache
def _country_code(region: str) -> str:
    return str(phonenumbers.country_code_for_region(region))


def _parse_digits(fast: ModuleType | None, key: str, region: str) -> tuple[Any, ...]:
    """A digit string: by the compiled library if it finds the number valid, else the reference."""
    if fast is not None:
        try:
            out = _parse(fast, key, region)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a panic in the compiled code (not an Exception): the reference
            out = None
        if out is not None and _valid(out):
            return out
    return _parse(phonenumbers, key, region)


def _parse(lib: ModuleType, text: str, region: str) -> tuple[Any, ...]:
    """One number's outputs, read by ``lib`` (``phonenumbers`` or its compiled twin)."""
    try:
        number = lib.parse(text, region)
    except lib.NumberParseException:
        return (NA, UNPARSEABLE, NA, NA, NA)
    # is_valid_number() is "a region and a known type": computing the type once halves
    # the work of the number-pattern matching, the costliest step of parsing.
    number_region = lib.region_code_for_number(number)
    kind = lib.number_type(number) if number_region else PhoneNumberType.UNKNOWN
    national = lib.national_significant_number(number)
    for start, length, code, there in _ACROSS_BORDER.get(number.country_code, ()):
        if len(national) == length and national.startswith(start):  # one line, as its own
            return _parse(lib, f"+{code}{there}{national[len(start) :]}", region)
    if kind == PhoneNumberType.UNKNOWN:
        today = _renumbered(number.country_code, national)
        if today is not None:
            now = _parse(lib, today, region)
            if _valid(now):
                return now
        if not _could_be_a_line(lib, number, national):
            return (NA, INVALID, NA, NA, NA)
        # A number of a possible length that the plan does not know (a range opened after
        # the metadata, a typo, made-up test data): two records that wrote the same digits
        # still agree, but its line type is unknown, so it never links records on its own.
        return (f"+{number.country_code}{national}", NA, UNKNOWN_LINE, national, national[-7:])
    prefixes = _NON_PERSONAL_PREFIXES.get(number_region, ())
    personal = kind not in _NON_PERSONAL_TYPES and not national.startswith(prefixes)
    return (
        f"+{number.country_code}{national}",  # E.164, as format_number makes it
        NA if personal else NON_PERSONAL,
        _LINE_TYPES.get(kind, "other"),
        national,
        national[-7:],
    )


def _renumbered(country_code: int, national: str) -> str | None:
    """A number of a range its country renumbered (:data:`_RENUMBERED`), as dialled today
    (``+84381234567`` for ``+841681234567``); None for any other number."""
    rest = _RENUMBERED_REST.get(country_code)
    if rest is None:
        return None
    for old, new in _RENUMBERED[country_code]:
        if len(national) == len(old) + rest and national.startswith(old):
            return f"+{country_code}{new}{national[len(old) :]}"
    return None


def _serves_nobody(parsed: tuple[Any, ...]) -> bool:
    """Whether :func:`_parse`'s outputs are a number that identifies no person (premium-rate,
    toll-free)."""
    return isinstance(parsed[1], str) and parsed[1] == NON_PERSONAL


def _valid(parsed: tuple[Any, ...]) -> bool:
    """Whether :func:`_parse`'s outputs are a valid number's (a known line type)."""
    kind = parsed[2]
    return isinstance(kind, str) and kind != UNKNOWN_LINE


def _could_be_a_line(lib: ModuleType, number: Any, national: str) -> bool:
    """Whether a number its plan does not know has a fixed or mobile line's length there.

    Not one digit repeated (``0000000``), and no trunk ``0`` left in front (``0532 123 45 6``,
    a digit short, keeps it).
    """
    if national.startswith("0") or len(set(national)) == 1:
        return False
    return any(
        lib.is_possible_number_for_type(number, kind)
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)
    )
