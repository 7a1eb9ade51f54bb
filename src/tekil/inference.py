"""What a column's own values say about it: its role, its phone region, its date order.

A sample of the column is run through the normalisers. A role is proposed
when most sampled values are valid for it, checked from the most specific
(card numbers pass Luhn, national ids pass their checksum) to the least. Phone
numbers without a country code are read in the region where most of them are
valid; 03/04/1985 is read day first unless the column's unambiguous dates
(13/25 against 25/12) show months first.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
import pandas as pd

from tekil.normalize._common import as_strings, as_text, is_number
from tekil.normalize.cards import luhn_ok
from tekil.normalize.names import SUFFIXES

log = logging.getLogger(__name__)

_SOCIAL = re.compile(
    r"^@\w|(?:^|[/.])(?:twitter|x|instagram|facebook|fb|linkedin|tiktok|youtube|t)\.(?:com|me)/",
    re.I,
)
_DIGITS = re.compile(r"\D")


#: Three letters before a number: perhaps a country's code on an identity card.
_COUNTRY_CODED = re.compile(r"^\s*[A-Za-z]{3}[\s-]?\d")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def role_from_values(
    values: pd.Series,
    *,
    sample: int = 500,
    seed: int = 0,
    share: float = 0.8,
    numbers: bool = True,
) -> str | None:
    """The role most sampled values of ``values`` are valid for, or ``None``; with
    ``numbers=False`` only those written with letters (an e-mail, a handle): a column named
    as a system's ids holds numbers that may look like cards, phones or dates."""
    from tekil import normalize
    from tekil.id_checks import ID_CHECKS, dated_luhn_id, dominican_cedula
    from tekil.normalize.ghana_card import card_digits

    present = sample_present(values, sample, seed)
    if present.empty:
        return None
    text = as_strings(present).str.strip()
    digits = text.str.replace(_DIGITS, "", regex=True)
    digit_share = (digits.str.len() / text.str.len().clip(lower=1)).mean()

    def valid(result: pd.DataFrame) -> float:
        return float(result["reason"].isna().mean())

    def parsed(result: pd.DataFrame) -> float:
        """Share with a canonical value, flagged or not (a test address is still an e-mail)."""
        return float(result["value"].notna().mean())

    # (an airline reservation writes "@" as "//": JOHN.SMITH//GMAIL.COM)
    if text.str.contains("@|//").mean() >= share and parsed(normalize.email(text)) >= share:
        return "email"
    social = float(text.str.contains(_SOCIAL).mean())
    if social >= share or (social >= 0.5 and parsed(normalize.handle(text)) >= share):
        return "handle"  # half of them handles by their look, the rest read as user names
    if _genders(text, share):
        return "gender"
    if float(text.str.lower().str.strip(" .").isin(SUFFIXES).mean()) >= share:
        return "suffix"  # "Jr.", "Sr.", "III"
    if numbers and float(digits.map(dated_luhn_id).mean()) >= share:
        return "free_id"  # South Africa's ids, Sweden's personnummer: a birth date, Luhn's check
    if numbers and _card_share(text, digits) >= share:
        return "card"
    if numbers and float(text.str.contains(_COUNTRY_CODED).mean()) >= 0.5:
        # Ghana Cards (GHA-123456789-0): a country's three letters before ten digits are no
        # phone's, whatever a lax plan reads in the digits (tekil.normalize.ghana_card).
        coded = text.str.upper().str.replace(_NOT_ALNUM, "", regex=True)
        if float(coded.map(card_digits).notna().mean()) >= 0.5:
            return "free_id"
    if numbers and float(text.str.fullmatch(_NINO).mean()) >= share:
        return "free_id"  # National Insurance numbers: letters round six digits, no phone's
    if numbers and digit_share >= 0.7:
        # (A number's digits, not its cents: "48348.00" is an amount of five digits, a phone
        # read as a float "9876543210.0" ten.)
        lengths = text.str.replace(_CENTS, "", regex=True).str.replace(_DIGITS, "", regex=True)
        lengths = lengths.str.len()
        if (lengths == 11).mean() >= share and valid(normalize.tckn(digits)) >= share:
            return "tckn"
        if float(text.str.fullmatch(_SSN).mean()) >= 0.5 and (lengths == 9).mean() >= share:
            return "free_id"  # a US social security number: no plan writes a number 3-2-4
        if any(float(digits.map(check).mean()) >= share for check in ID_CHECKS):
            return "free_id"  # national ids by their check digits (tekil.id_checks)
        if (
            float(text.str.fullmatch(_CEDULA).mean()) >= 0.5
            and float(digits.map(dominican_cedula).mean()) >= share
        ):
            return "free_id"  # (eleven digits and Luhn's check alone are a meter's too)
        if float(text.str.fullmatch(_CNIC).mean()) >= 0.5 and (lengths == 13).mean() >= share:
            return "free_id"  # (and the thirteen digits of those written without hyphens)
        if (dates := _whole_dates(text, min(share, _DATES))) is not None:
            return _birth_dates(text, dates)
        if float(text.str.fullmatch(_NO_PHONE).mean()) >= share:
            return None  # measures and coordinates (-41.28, 1234.50), IP addresses
        if float(text.str.fullmatch(_STAMP).mean()) >= share:
            return None  # a date and time in digits (HL7's 202506190930): when, not a phone
        if float(text.str.contains(_LETTERED).mean()) >= 0.5:
            return None  # national ids with a check letter (12345678Z, X1234567L)
        if float(text.str.fullmatch(_CODED).mean()) >= 0.5:
            return None  # a system's codes: letters and digits run together (POS1234567)
        if float(digits.map(_serial_ok).mean()) >= _SERIALS:
            return None  # a meter's or a device's serial that ends in Luhn's check digit
        # No plan's national numbers run to thirteen digits: such numbers written without a
        # country code ("2900123456789", a loyalty card's EAN) are ids, whatever a permissive
        # plan (Germany's) would accept.
        abroad = text.str.match(r"\s*(?:\+|00[1-9])")
        if (lengths >= 13).mean() >= share and float(abroad.mean()) < 1 - share:
            return None
        # Numbers written without a country code are read where most of them are valid, and
        # as the pipeline reads them: one that is none of the column's region in the
        # countries the column writes out ("+60 ..." beside "012-345 6789"). No plan has
        # numbers under seven digits (a postcode is no phone number).
        region = phone_region(text, seed=seed)
        also = [r for r in written_phone_regions(text, seed=seed) if r != region]
        if (
            lengths.median() >= 7
            and parsed(normalize.phone(text, region=region, also=also)) >= share
        ):
            return "phone"
    # Dates with their months' names ("July 30, 1996").
    if numbers and digit_share < 0.7 and (dates := _whole_dates(text, share)) is not None:
        return _birth_dates(text, dates)
    return None


def _genders(text: pd.Series, share: float) -> bool:
    """Whether ``share`` of the texts are genders written with letters (``F``, ``male``,
    ``Mrs``), both of them, each in one value in ten or more, in a dozen ways at most (codes
    of digits, ``1``/``2``, may be anything)."""
    from tekil.normalize import gender

    if text.str.lower().nunique() > _GENDER_WRITINGS or not text.str.contains(r"[^\W\d_]").all():
        return False
    codes = gender(text)["value"]
    return bool(
        codes.notna().mean() >= share and min((codes == "f").mean(), (codes == "m").mean()) >= 0.1
    )


#: Ways a column writes its genders, at most (``F``, ``f``, ``Female``, ``W``, ...).
_GENDER_WRITINGS = 12


def _whole_dates(text: pd.Series, share: float) -> pd.DataFrame | None:
    """The texts read as dates, if ``share`` of them are whole dates (a column of years may
    be anything), or whole dates and years alone, with a good part of whole ones: papers give
    many a birth by its year alone (Afghanistan's, Somalia's), and a column of both is one of
    dates; else None."""
    from tekil.normalize import date

    # (Nepal's dates: "2045-03-15" is 1988; Afghanistan's "1365/04/12" and "1365" 1986.)
    dates = date(text, bikram=bikram_dates(text), jalali=jalali_dates(text))
    read = dates["reason"].isna() & dates["year"].notna()
    whole = read & dates["day"].notna()
    if float(whole.mean()) >= share:
        return dates
    year = dates["year"].astype("Float64")
    now = dt.date.today().year
    alone = read & dates["month"].isna() & (year >= now - _OLDEST).fillna(False)
    years = float((whole | alone).mean()) >= share and float(whole.mean()) >= _SOME_WHOLE
    return dates if years else None


def _birth_dates(text: pd.Series, dates: pd.DataFrame) -> str | None:
    """``"dob"`` for a column of whole dates (``dates``: their reading) that are birth dates."""
    # A birth has a day, not an hour: "2021-03-04 14:22:05" is when something happened.
    timed = text.str.contains(_CLOCK) & ~text.str.contains(_MIDNIGHT)
    # Most people of a file were born long before: dates of the last few years are when they
    # ordered, signed up or called.
    years = float(dt.date.today().year - dates["year"].dropna().astype(float).median())
    return "dob" if float(timed.mean()) < 0.5 and years >= _BORN_YEARS_AGO else None


#: Share of a column's values that whole dates must be, at least, for a column of whole dates and
#: years alone (within :data:`_OLDEST` years of today) to be one of dates.
_SOME_WHOLE, _OLDEST = 0.3, 110
#: Share of a column's values that whole dates must be, at least, for it to be a column of dates
#: (a date is rarely a phone number; a third of the dates may be in a form no one reads for
#: sure: Korea's "930525").
_DATES = 0.6
#: Years before today that half of a column's dates lie at least, to be birth dates: most of
#: a customer file's people are of age, and the dates a bank or a shop opened their accounts
#: in the last thirty years lie half within the last fifteen.
_BORN_YEARS_AGO = 18

#: A US social security number as it is written (``123-45-6789``).
_SSN = re.compile(r"\s*\d{3}-\d{2}-\d{4}\s*")
#: A Dominican cédula as it is written: the office's three digits, seven, the check digit.
_CEDULA = re.compile(r"\s*\d{3}-\d{7}-\d\s*")
#: Pakistan's CNIC as it is written: five digits (the place), seven, and one (odd for a man, even
#: for a woman), 35202-1234567-1; no plan writes a phone number so.
_CNIC = re.compile(r"\s*\d{5}-\d{7}-\d\s*")
#: A British National Insurance number (``QQ 12 34 56 C``, ``QQ123456C``): two letters (neither
#: D, F, I, Q, U nor V; the second no O), six digits, A to D; a temporary one of old, ``TN``
#: and the birth date, M or F.
_NINO = re.compile(
    r"\s*(?:(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:\s?\d{2}){3}\s?[A-D]"
    r"|TN(?:\s?\d{2}){3}\s?[MF])\s*",
    re.IGNORECASE,
)


#: A time of day in a date, and one at midnight (a date exported as a timestamp).
_CLOCK = re.compile(r"\d:\d\d")
_MIDNIGHT = re.compile(r"(?<!\d)0?0:00(?::00(?:\.0+)?)?(?!\d)")
#: A letter at either end of a number, as national ids have (a phone's extension is no letter).
_LETTERED = re.compile(r"^\s*[^\W\d_]\s*-?\s*\d|\d\s*-?\s*[^\W\d_]\s*$")
#: Trailing zero decimals of a number written as a float ("9876543210.0", "48348.00").
_CENTS = re.compile(r"[.,]0+\s*$")
#: A code of a few letters run into six digits or more ("POS1234567", "EMP004521"): no phone
#: number, nor a postcode (Malta's VLT1117 has four).
_CODED = re.compile(r"\s*[^\W\d_]{2,5}\d{6,}\s*")
#: A date and time of day written as one run of digits, as HL7 messages and logs write them
#: (``YYYYMMDDHHMM``, seconds or not).
_STAMP = re.compile(
    r"\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?\s*"
)
#: Digits no phone number is written as: a decimal number, an amount in thousands with its
#: cents ("15 908,00", "68.000,00", "1,250.00"), an IP address (parts up to 255).
_NO_PHONE = re.compile(
    r"[+-]?\d+[.,](?!0+$)\d+|\d{1,3}(?:[ .,\u00a0']\d{3})+[.,]\d{2}"
    r"|(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
)


def _card_share(text: pd.Series, digits: pd.Series) -> float:
    """The share of card numbers: written whole (13 to 19 digits and separators, Luhn-valid)
    or printed masked (4111 11** **** 1111). A SIM card's ICCID (ITU-T E.118: ``89``, the
    telecoms' major industry, then the country's calling code) is Luhn-valid too, and no
    payment card."""
    from tekil.normalize.cards import printed_masked

    whole = text.str.fullmatch(_CARD_CHARACTERS) & _luhn_ok(digits) & ~digits.str.startswith("89")
    return float((whole | printed_masked(text)).mean())


_CARD_CHARACTERS = re.compile(r"[\d\s.-]+")


#: Share of a column's numbers that must pass Luhn's check to be serials (a tenth of phone
#: numbers pass it by chance).
_SERIALS = 0.9


def _serial_ok(number: str) -> bool:
    """Whether ``number`` is eight digits or more that pass Luhn's check (an STS prepaid
    meter's eleven, an IMEI's fifteen)."""
    return number.isdigit() and len(number) >= 8 and luhn_ok(number)


def _luhn_ok(digits: pd.Series) -> pd.Series:
    def ok(number: str) -> bool:
        return number.isdigit() and 13 <= len(number) <= 19 and luhn_ok(number)

    return digits.map(ok).astype(bool)


#: Regions tried when most phone numbers are not valid Turkish numbers (after those the column
#: writes out); a later one must be clearly better than those before it.
PHONE_REGIONS = tuple(
    [
        "TR",
        "US",
        "GB",
        "DE",
        "FR",
        "IT",
        "ES",
        "NL",
        "BE",
        "AT",
        "CH",
        "PL",
        "SE",
        "RU",
        "UA",
        "AU",
        "CA",
        "IN",
        "BR",
        "MX",
        "AE",
        "SA",
        "EG",
        "AZ",
        "GR",
        "PT",
        "IE",
        "DK",
        "NO",
        "FI",
        "CZ",
        "RO",
        "HU",
        "IL",
        "ZA",
        "NG",
        "AR",
        "CO",
        "CL",
        "JP",
        "CN",
        "KR",
        "ID",
        "PH",
        "VN",
        "TH",
        "PK",
    ]
)
_SAMPLE = 500
_MIN_EVIDENCE = 20  # values needed before the data may overrule the defaults
_DAY_MONTH = re.compile(r"^\s*(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})[./-]\d{2,4}\s*$")


def sample_present(values: pd.Series, size: int, seed: int = 0) -> pd.Series:
    """A seeded sample of up to ``size`` of the column's present cells (neither null nor
    blank), drawn from 4 and then 64 times as many random cells: no pass over a column of
    millions unless its values are that sparse."""

    def present(cells: pd.Series) -> pd.Series:
        cells = cells.dropna()
        # Cell by cell: bytes that are no UTF-8 are no value (``astype(str)`` raised). (Over
        # numpy's objects: pandas 3's Arrow text hands out its cells one Python call each.)
        return cells[[as_text(cell) is not None for cell in cells.to_numpy(dtype=object)]]

    rng = np.random.default_rng(seed)
    for draw in (4 * size, 64 * size):
        if len(values) <= draw:
            break
        # Generator.choice draws without a permutation of all rows (Series.sample makes one).
        some = present(values.iloc[rng.choice(len(values), draw, replace=False)])
        if len(some) >= size:
            return some.head(size)
    every = present(values)
    return every.sample(min(len(every), size), random_state=seed)


def _sample(values: pd.Series, seed: int) -> pd.Series:
    return sample_present(values, _SAMPLE, seed)


def phone_region(
    values: pd.Series, region: str | None = None, seed: int = 0, *, everywhere: bool = False
) -> str:
    """``region`` if given, else where most of the column's numbers read as dialled there
    (Turkey if unsure).

    The numbers written without a country code are read in each candidate region
    (:func:`tekil.normalize.phones.plan_fit`): valid there and written as its people write
    them, mobile lines breaking near ties; a region must be clearly better than those tried
    before it. Turkey is tried first, then the countries the column writes out (``+1 …``, the
    most frequent first), then a list of common ones, and only if none of them reads most
    numbers as its mobiles, dialled there, every other country's plan. Where no plan reads
    them so (numbers stored as integers lose their trunk zero; ids are no one's mobiles), the
    regions are tried again by the share they read as valid. The world's other plans only
    ``everywhere`` (for a column known to hold phone numbers: many small countries' plans
    read a customer number of seven or eight digits as their mobiles).
    """
    from tekil.normalize._common import as_text

    if region:
        return region
    # Cells as the normaliser reads them (5321234567.0 after a CSV round trip is 5321234567);
    # cells of too few digits to be any number ("0", "-" for none) are no evidence either way.
    cells = _sample(values, seed)
    sample = cells.map(as_text).astype(object)  # (none: as typed)
    kept = (sample.notna() & (sample.astype(str).str.count(r"\d") >= _FEWEST_DIGITS)).to_numpy()
    sample = sample[kept]
    # A number stored as a number lost its leading zeros: the trunk 0 it was dialled with too.
    stored_as_numbers = np.array([is_number(cell) for cell in cells], dtype=bool)[kept]
    if len(sample) < _MIN_EVIDENCE:
        return "TR"
    if stored_as_numbers.sum() >= _MIN_EVIDENCE:
        sample = _pluses_put_back(sample, stored_as_numbers)
    international = sample.str.startswith("+")
    written = _written_regions(sample[international])
    if not written:
        # A column of numbers all stored with their country code but no "+" (a telco's or a
        # wallet's MSISDNs, "959401008531"): the countries that half of them are valid in so.
        written = _bare_regions(sample)
    # "37491234567" beside "+374 91 234567": a number stored without its "+" (a spreadsheet's
    # integer) of a country the column writes out, which a lax plan (Germany's) would read as
    # its own; no evidence of where the numbers written nationally are dialled.
    international |= code_without_plus(sample, written)
    local = sample[~international]
    if len(local) < _MIN_EVIDENCE:
        return written[0] if written else "TR"
    readings = _Readings(local, stored_as_numbers[~international.to_numpy()])
    common = list(dict.fromkeys(["TR", *written, *PHONE_REGIONS]))
    best, settled = _first_clearly_better(common, written, readings.dialled)
    jointly = not settled and _dialled_in_several(readings, written)
    if jointly:
        # The countries the column writes out read its other numbers as dialled there between
        # them (a transfer service's Russian, Armenian and Georgian customers' numbers): the one
        # that reads the most, the others' numbers read in theirs; no lax plan that reads
        # them all as its landlines (Germany's).
        best = max(written, key=lambda r: readings.dialled(r)[0])
    if not settled and everywhere and not jointly:
        # The world's other plans, none before another: the best that reads them well (lax
        # plans of landlines read almost any digits), if clearly better.
        floor = readings.dialled(best)[0] + _CLEARLY_BETTER
        few = readings.first(_SCREEN)  # most plans read almost none: screened first
        near = [r for r in _other_regions() if few.near(r, floor - _SCREENED)]
        scores = {r: readings.dialled(r) for r in near}
        scores = {r: score for r, (score, well) in scores.items() if well and score > floor}
        best = max(scores, key=scores.__getitem__, default=best)
    if not readings.dialled(best)[1] and not jointly:  # no plan reads them well: as valid
        best, _ = _first_clearly_better(common, written, readings.valid)
    if best != "TR":
        log.info("phone numbers without a country code are read as %s numbers", best)
    return best


def _pluses_put_back(numbers: pd.Series, stored_as_numbers: np.ndarray) -> pd.Series:
    """``numbers`` with the ``+`` that those stored as numbers lost put back (a telco's
    MSISDNs in a column of a CSV read with its types guessed, ``251911383518`` beside
    ``911383518``, both once written as text), where half of them or more are valid numbers
    so of one country (:func:`_bare_regions`): counted as written out, as often as they are.
    Only numbers of twelve digits or more: eleven are a national number that lost its trunk
    0 as often (``15112345678``, a German mobile, that the North American plan reads too)."""
    import phonenumbers

    long = stored_as_numbers & numbers.str.fullmatch(r"[1-9]\d{11,14}").to_numpy(dtype=bool)
    if long.sum() < _MIN_EVIDENCE:
        return numbers
    regions = _bare_regions(numbers[long])
    if not regions:
        return numbers
    codes = tuple(str(phonenumbers.country_code_for_region(r)) for r in regions)
    lost = long & numbers.str.startswith(codes).to_numpy(dtype=bool)
    return numbers.where(~lost, "+" + numbers)


def _dialled_in_several(readings: _Readings, written: list[str]) -> bool:
    """Whether two or more of the countries a column writes out read most of its other
    numbers as dialled there between them (their shares summed)."""
    return len(written) > 1 and sum(readings.fit(r)[1] for r in written) >= _READ_WELL


def _first_clearly_better(
    regions: list[str], written: list[str], score: Callable[[str], tuple[float, bool]]
) -> tuple[str, bool]:
    """The first region that scores clearly better than those before it, and whether the
    regions left out could not do better (it reads the numbers well, or is the column's own)."""
    best, best_score, settled = "TR", -1.0, False
    for candidate in regions:
        value, reads_well = score(candidate)
        if value > best_score + _CLEARLY_BETTER:
            best, best_score, settled = candidate, value, reads_well
        if best == "TR" and reads_well:
            break
        if best == candidate in written and value > 0.5:
            # The column's own country reads most of its numbers: no other plan's chance.
            return best, True
    return best, settled


class _Readings:
    """Each region's :func:`~tekil.normalize.phones.plan_fit` of some numbers, read once."""

    def __init__(self, numbers: pd.Series, stored_as_numbers: np.ndarray | None = None):
        self.numbers, self.stored_as_numbers, self._fits = numbers, stored_as_numbers, {}

    def first(self, n: int) -> _Readings:
        """The readings of the first ``n`` numbers."""
        lost = self.stored_as_numbers[:n] if self.stored_as_numbers is not None else None
        return _Readings(self.numbers.iloc[:n], lost)

    def fit(self, region: str) -> tuple[float, float, float]:
        """Valid, dialled and mobile shares (see ``plan_fit``)."""
        from tekil.normalize.phones import plan_fit

        if region not in self._fits:
            self._fits[region] = plan_fit(
                self.numbers, region, stored_as_numbers=self.stored_as_numbers
            )
        return self._fits[region]

    def dialled(self, region: str) -> tuple[float, bool]:
        """The share read as dialled there, mobile lines breaking near ties; and whether the
        region reads them well: most of them dialled, half of those mobile lines."""
        _, dialled, mobile = self.fit(region)
        well = dialled >= _READ_WELL and mobile >= _MOBILES
        return dialled * (1 + _MOBILE_WEIGHT * mobile), well

    def near(self, region: str, floor: float) -> bool:
        """Whether the region's reading may be a good one that scores above ``floor``, on a
        screening sample (both shares a screening margin below reading well)."""
        score, _ = self.dialled(region)
        _, dialled, mobile = self.fit(region)
        return score > floor and min(dialled - _READ_WELL, mobile - _MOBILES) >= -_SCREENED

    def valid(self, region: str) -> tuple[float, bool]:
        """The share read as valid numbers there, and whether that is most of them."""
        valid = self.fit(region)[0]
        return valid, valid >= _READ_WELL


#: How much better a later region's reading must be than the best before it.
_CLEARLY_BETTER = 0.05
#: Share of the numbers a plan reads as dialled there for the rest of the world not to be tried
#: (if half of them or more are its mobile lines: a customer file's numbers are mostly mobiles,
#: and a plan that reads another country's mobiles as its landlines is the wrong one).
_READ_WELL, _MOBILES = 0.8, 0.5
#: The world's other plans are screened on this many numbers; those that score within
#: ``_SCREENED`` of the best reading so far are read on all of them.
_SCREEN, _SCREENED = 100, 0.1
#: Weight of the mobile lines' share (of the numbers read as dialled) in a plan's score.
_MOBILE_WEIGHT = 0.1


@cache
def _other_regions() -> tuple[str, ...]:
    """Each calling code's main region that :data:`PHONE_REGIONS` leaves out, alphabetically."""
    import phonenumbers

    codes = {phonenumbers.country_code_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS}
    main = {phonenumbers.region_code_for_country_code(c) for c in codes}
    return tuple(sorted((main & phonenumbers.SUPPORTED_REGIONS) - {"TR", *PHONE_REGIONS}))


#: Fewest digits of a phone number anywhere (Turkish call centres' 444 xx xx has seven).
_FEWEST_DIGITS = 5


def written_phone_regions(values: pd.Series, seed: int = 0) -> list[str]:
    """The countries a phone column writes out (``+44 …``, or ``44…`` in half of its numbers
    and none with a "+") in two of its sampled numbers or more, the most frequent first: where a number written without its code is no valid
    number in the column's region, it is read in these (:func:`tekil.normalize.phone`)."""
    from tekil.normalize._common import as_text

    sample = _sample(values, seed).map(as_text).dropna().astype(object)
    written = sample[sample.str.startswith("+")]
    abroad = "+" + sample[sample.str.match(r"00[1-9]")].str[2:]  # "00966 …" writes it too
    # (Else a column of numbers stored with their country code but no "+": its countries.)
    return _written_regions(pd.concat([written, abroad]), at_least=2) or _bare_regions(sample)


def dialled_share(values: pd.Series, region: str, seed: int = 0) -> float:
    """The share of the column's sampled numbers written as people write phone numbers: with
    a country code (``+234``, ``00234``), with ``region``'s trunk prefix (``0803…``, the ``8``
    of Russia's ``8 912 …``), or without one where the plan writes none (China's mobiles,
    ``139 1234 5678``). An id column's numbers are none of these, whatever plan reads them."""
    import phonenumbers

    sample = _sample(values, seed).map(as_text).dropna().astype(object).str.strip()
    sample = sample[sample.str.count(r"\d") >= _FEWEST_DIGITS]
    if sample.empty:
        return 0.0
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = (metadata.national_prefix if metadata else None) or "+"
    dialled = sample.str.match(r"\+|00") | sample.str.startswith(trunk)

    def without_trunk(text: str) -> bool:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return False
        if not phonenumbers.is_valid_number(number):
            # (Germany's plan reads "115 141 607 764" as a service number of no trunk prefix,
            # valid for none of its kinds: a Malagasy CIN, written as no phone is.)
            return False
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return not national.startswith(trunk)

    plain = sum(map(without_trunk, sample[~dialled]))
    return float((dialled.sum() + plain) / len(sample))


def code_without_plus(numbers: pd.Series, regions: list[str]) -> pd.Series:
    """Per number, whether it is one of ``regions``' written with its country code but no
    ``+`` or ``00``: eleven digits or more, no trunk zero, valid read with a ``+``
    (``37491234567``, ``994501234567``); read once per distinct number."""
    import phonenumbers

    codes = tuple(str(phonenumbers.country_code_for_region(r)) for r in regions)
    if not codes:
        return pd.Series(False, index=numbers.index)

    def bare(text: str) -> bool:
        digits = re.sub(r"[\s().-]", "", text)
        if not (digits.isdigit() and len(digits) >= 11 and digits.startswith(codes)):
            return False
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
        except phonenumbers.NumberParseException:
            return False

    found = {text: bare(text) for text in numbers.unique()}
    return numbers.map(found).astype(bool)


def _bare_regions(numbers: pd.Series) -> list[str]:
    """The regions of ``numbers`` read with a "+" before them (eleven digits or more, no
    trunk zero), the most frequent first, if half of them or more are valid in one; else none."""
    digits = numbers.str.replace(r"[\s().-]", "", regex=True)
    bare = digits[digits.str.fullmatch(r"[1-9]\d{10,14}")]
    if len(bare) < len(numbers) / 2:
        return []
    # (Read on a hundred of them: a number is parsed and checked in a millisecond or more.)
    read = bare.iloc[:_BARE_READ]
    counts = _region_counts("+" + read, valid=True)
    # (Half of all the numbers valid in one region, as the hundred read tell.)
    if max(counts.values(), default=0) * len(bare) < len(read) * len(numbers) / 2:
        return []
    return sorted(counts, key=lambda r: -counts[r])


#: Numbers stored without their "+" read to tell their country.
_BARE_READ = 100


def _written_regions(numbers: pd.Series, at_least: int = 1) -> list[str]:
    """Regions of the numbers written with a country code (``at_least`` of them), the most
    frequent first."""
    counts = _region_counts(numbers)
    return sorted((r for r in counts if counts[r] >= at_least), key=lambda r: -counts[r])


def _region_counts(numbers: pd.Series, valid: bool = False) -> dict[str, int]:
    """How many of the numbers written with a country code are of each region (the code's
    main one), ``valid`` ones only if asked."""
    import phonenumbers

    counts: dict[str, int] = {}
    for text in numbers:
        try:
            number = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            continue
        if valid and not phonenumbers.is_valid_number(number):
            continue
        main = phonenumbers.region_code_for_country_code(number.country_code)
        if main in phonenumbers.SUPPORTED_REGIONS:
            counts[main] = counts.get(main, 0) + 1
    return counts


def dayfirst(values: pd.Series, given: bool | None = None, seed: int = 0) -> bool:
    """``given`` if set, else day first unless the column's own dates show months first."""
    if given is not None:
        return given
    parts = _sample(values, seed).astype("string").str.extract(_DAY_MONTH).dropna()
    if _months_first(parts):
        log.info("dates like 03/04/1985 are read month first (3 April is 04/03)")
        return False
    return True


def spreadsheet_days(values: pd.Series, seed: int = 0) -> bool:
    """Whether a date column holds spreadsheet day numbers (``31113`` for 1985-03-07): one in
    twenty of its values or more are five-digit numbers, nine in ten of those days 10,000
    (1927) to today. A system that exported through a spreadsheet may have written them
    beside the other systems' dates; a five-digit number is no date otherwise."""
    from tekil.normalize._common import as_text
    from tekil.normalize.dates import SPREADSHEET_EPOCH

    texts = [t for t in map(as_text, _sample(values, seed)) if t is not None]
    today = (dt.date.today() - SPREADSHEET_EPOCH).days
    days = [int(t) for t in texts if t.isdigit() and len(t) == 5]
    serial = sum(10_000 <= d <= today for d in days)
    return len(texts) >= _MIN_EVIDENCE and serial >= max(0.9 * len(days), len(texts) / 20)


def minguo_dates(values: pd.Series, seed: int = 0) -> bool:
    """Whether a date column writes Taiwan's Minguo years: one in twenty of its values or
    more say so (``民國79年3月7日``, or a three-digit year first: ``079/03/07``,
    ``100.06.12``). Then its short dates are of those years too (``79/03/07`` is 1990), as a
    system that writes three digits for the young writes two for everyone older."""
    from tekil.normalize._common import as_text
    from tekil.normalize.dates import _MINGUO

    texts = [t for t in map(as_text, _sample(values, seed)) if t is not None]
    roc = sum(_MINGUO.fullmatch(t) is not None for t in texts)
    return len(texts) >= _MIN_EVIDENCE and roc >= len(texts) / 20


def ethiopian_dates(values: pd.Series, seed: int = 0) -> bool:
    """Whether a date column writes the Ethiopian calendar: one in twenty of its values or more
    are marked so (``12/04/1977 E.C.``, ``12/04/1977 ዓ.ም``). Then its unmarked dates are of that
    calendar too, as clerks who type the mark on some forms leave it off on others."""
    from tekil.normalize._common import as_text
    from tekil.normalize.dates import _ETHIOPIAN_MARK

    texts = [t for t in map(as_text, _sample(values, seed)) if t is not None]
    marked = sum(_ETHIOPIAN_MARK.search(t) is not None for t in texts)
    return len(texts) >= _MIN_EVIDENCE and marked >= len(texts) / 20


def bikram_dates(values: pd.Series, seed: int = 0) -> bool:
    """Whether a date column writes Bikram Sambat (Nepal's calendar) unmarked: one in five of
    its values or more have a four-digit year fifteen or more after this one of the common era,
    up to this one of Bikram Sambat (57 ahead), and none a later one: no birth date lies in the
    future, nor does a card's expiry or an appointment so far ahead. Then
    its dates written year first from :data:`~tekil.normalize.dates.BIKRAM_FIRST` are of that
    calendar too (``2013-02-16``). (Dates marked so, ``2045-03-15 BS``, are read so in any
    column: beside them, unmarked ones are of the common era.)"""
    from tekil.normalize._common import as_text, ascii_digits
    from tekil.normalize.dates import BIKRAM_AHEAD

    texts = [t for t in map(as_text, _sample(values, seed)) if t is not None]
    if len(texts) < _MIN_EVIDENCE:
        return False
    now = dt.date.today().year
    years = [int(y) for t in texts if (y := _four_digit_year(ascii_digits(t))) is not None]
    ahead = sum(now + _FAR_AHEAD <= y <= now + BIKRAM_AHEAD for y in years)
    return ahead >= len(texts) / 5 and all(y <= now + BIKRAM_AHEAD for y in years)


#: Years after this one that no expiry date or appointment lies, at least.
_FAR_AHEAD = 15
#: A numeric date's four-digit year, first or last, or a year alone.
_FOUR_DIGIT_YEAR = re.compile(
    r"^\s*(\d{4})(?:\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2})?\s*$|^\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(\d{4})\s*$"
)


def _four_digit_year(text: str) -> str | None:
    found = _FOUR_DIGIT_YEAR.match(text)
    return None if found is None else found.group(1) or found.group(2)


#: The share of a column's Solar Hijri-looking dates above this Solar Hijri year that says their
#: years are lunar (Saudi papers' Hijri dates run some 40 years ahead of Iran's).
_LUNAR_SHARE = 0.1


def jalali_dates(values: pd.Series, seed: int = 0) -> bool:
    """Whether a date column writes the Solar Hijri calendar (Iran's, Afghanistan's): one in
    twenty of its values or more have a four-digit year from 1300 (1921) to this Solar Hijri
    year, first or last (``1368/05/12``; no Gregorian birth date is written so), and few
    later ones, as dates of the lunar Hijri calendar, 40 years further on, would have. Then its
    short dates are of that calendar too (``68/5/12``)."""
    from tekil.normalize._common import as_text
    from tekil.normalize.dates import JALALI_FIRST

    texts = [t for t in map(as_text, _sample(values, seed)) if t is not None]
    years = [int(y) for t in texts if (y := _hijri_year(t)) is not None]
    now = dt.date.today().year - 621
    solar = sum(JALALI_FIRST <= y <= now for y in years)
    later = sum(y > now for y in years)
    return (
        len(texts) >= _MIN_EVIDENCE
        and solar >= len(texts) / 20
        and later <= _LUNAR_SHARE * len(years)
    )


#: A numeric date's four-digit year of 13xx or 14xx, first or last.
_HIJRI_YEAR = re.compile(
    r"^\s*(1[34]\d\d)\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*$|^\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(1[34]\d\d)\s*$"
)


def _hijri_year(text: str) -> str | None:
    found = _HIJRI_YEAR.match(text)
    return None if found is None else found.group(1) or found.group(2)


def dayfirst_by_separator(
    values: pd.Series, given: bool | None = None, seed: int = 0
) -> dict[str, bool]:
    """Per separator of the column's numeric dates, whether its own unambiguous dates show the
    day first: a column written by several systems may hold ``07.03.1985`` (day first)
    beside ``03/07/1985`` (month first). Empty when the order is ``given``."""
    if given is not None:
        return {}
    parts = _sample(values, seed).astype("string").str.extract(_DAY_MONTH).dropna()
    return {
        str(sep): not _months_first(group)
        for sep, group in parts.groupby("sep")
        if (group[["first", "second"]].astype(int) > 12).any(axis=None)
    }


def _months_first(parts: pd.DataFrame) -> bool:
    """More of these dates' second numbers than first numbers are over 12."""
    first, second = parts["first"].astype(int), parts["second"].astype(int)
    return int((second > 12).sum()) > int((first > 12).sum())


def roles_beside_emails(
    df: pd.DataFrame, roles: dict[str, str], sample: int = 500, seed: int = 0
) -> dict[str, str]:
    """Roles of name columns that their names do not tell (``c1``, ``field_4``), read off the
    record's own name written elsewhere in it: the local part of its e-mail address
    (``john.smith42@…``), else its whole name. A column whose words are in that text in one
    record in ten or more is a name (given names about a third of e-mails, family names nine
    in ten, towns none in Faker's people). Whole names (a third of two words or more) are
    full names; of single names, the one written first is the given name. A column of whole
    names beside no e-mail (two words or more in most values, many distinct; of several, the
    one in the most records, with the most words and the fewest repeated) is the full name,
    and the whole names other columns are read against. Street addresses: words and a house
    number, three words or more, mostly distinct, no dates. In a file whose names were found
    so, towns (letters that no name holds, three words at most, rarely the file's names) and
    postcodes (short codes with digits), each with many distinct values (a status or a
    gender has few); middle names beside the given names (:func:`_middle_names`)."""

    open_columns = [c for c in df.columns if str(c) not in roles]
    if not open_columns:
        return {}
    rows = df.sample(min(len(df), sample), random_state=seed)
    emails = [c for c, r in roles.items() if r == "email"]
    # (A contact column keeps an e-mail in one row, a phone number or a handle in the next.)
    emails += [
        c
        for c in map(str, rows.columns)
        if c not in emails and roles.get(c) != "ignore" and some_emails(rows[c])
    ]
    local = _local_parts(rows, emails)
    read: dict[str, tuple[pd.Series, pd.Series, float]] = {}  # texts, words, lettered share
    whole: dict[str, float] = {}  # columns of whole names beside no e-mail, by their score
    commonest: dict[str, float] = {}  # their shares of values holding their commonest word
    severals: dict[str, float] = {}  # and of values of two words or more
    for col in open_columns:
        text = as_strings(rows[col].dropna()).str.strip()
        text = text[text != ""]
        if len(text) < _MIN_EVIDENCE:
            continue
        words = text.map(_value_words)
        lettered = float(words.map(lambda ws: bool(ws) and all(map(_lettered, ws))).mean())
        read[str(col)] = text, words, lettered
        # (An e-mail in Latin letters cannot tell whose a name in Hangul or characters is.)
        beside = 0 if _syllabic_names(words) else int((local[words.index] != "").sum())
        several = _several(text)
        many = words.map(" ".join).nunique() >= _MIN_EVIDENCE
        streets = _streets_named(words)
        if (
            lettered >= 0.9
            and beside < _MIN_EVIDENCE
            and several >= _SEVERAL_WORDS
            and many
            and not streets
            and not _others_by_emails(words, local)
            and not _firms(words)
        ):
            # Of several, the one in the most records, with the most words and the fewest
            # repeated: a name that many records give is someone's who serves them (an
            # agent's, a branch's).
            whole[str(col)] = several * words.map(" ".join).nunique()
            commonest[str(col)] = float(words.map(set).explode().value_counts().iloc[0]) / len(
                words
            )
            severals[str(col)] = several
    # A beneficiary's, a receiver's, a guarantor's whole names beside the person's own names.
    singles = [c for c, r in read.items() if c not in whole and _single(r)]
    # (Of them, the columns of names, as towns' are not: their words are the file's names, of
    # whole columns with no word in many values, as a landmark's "Near" is.)
    named_whole = [c for c in whole if commonest[c] < _OTHERS_WORD]
    known = _name_words(df, named_whole, seed) if named_whole and singles else set()
    named = [c for c in singles if _share_named(read[c][1], known) >= _NAMED_TOWNS]
    if named and (sexes := [c for c, r in roles.items() if r == "gender"]):
        named = [c for c in named if c not in _parents_given(df, rows, named, whole, sexes, seed)]
    others = {c for c in whole if _others_by_names(rows, read[c][1], singles, named)}
    kin, found = _kin_beside_own_names(df, rows, read, list(whole), roles, seed)
    for col in others | set(kin) | set(found):
        whole.pop(col, None)
    names = [c for c, r in roles.items() if r == "full_name"]
    for rank, col in enumerate(_own_first(df, rows, whole)):
        # The best column, and those of other systems' records stacked in the file: whole
        # names (nearly all of two words or more, or no word in many of them: Thai subdistricts
        # are written "ต.ศิลา", the kind's abbreviation first, or in one word; a third of
        # Vietnamese names hold "Nguyen") in records where the names taken are not (an
        # agent's or a receiver's name stands beside the customer's).
        present = rows[col].notna()
        if rank == 0 or (
            (severals[col] >= _OTHERS_WHOLE or commonest[col] < _OTHERS_WORD)
            and float(rows.loc[present, names].notna().any(axis=1).mean()) < _OTHERS
            and _commonest_share(df[col]) < _OTHERS_ONE
        ):
            names.append(col)
            found[col] = "full_name"
    # Where a record has no e-mail, its whole name is where its name columns' words are.
    source = pd.Series(np.where(local != "", "\0email", ""), index=rows.index, dtype=object)
    for col in names:
        free = (local == "") & rows[col].notna()
        local[free] = rows.loc[free, col].astype(str).map(_name_text)
        source[free] = col
    if not (local != "").any() and not any(r in _NAME_ROLES for r in roles.values()):
        # Nothing writes the record's name out: its name columns by how they look and lie.
        found.update(_names_unwritten(df, rows, read, roles, seed))
        parts = [c for c, r in found.items() if r in ("first_name", "last_name")]
        if parts:
            local[:] = rows[parts].fillna("").astype(str).agg(" ".join, axis=1).map(_name_text)
            source[:] = "\0names"
    position: dict[str, float] = {}  # where in the records' own names a column's words are
    places_of: dict[str, str] = {}
    for col, (text, words, lettered) in read.items():
        if col in found:
            continue
        own = local[words.index].where(source[words.index] != col, "")
        beside = int((own != "").sum())
        many = words.map(" ".join).nunique() >= _MIN_EVIDENCE
        if (
            (_street_like(words) or _streets_named(words))
            and _whole_dates(text, 0.5) is None
            and not _codes(text)
            and not _issued(text)
        ):
            # ("20-OCT-2021" has a street's shape: a date; "SC-2024-605158" a case's number,
            # "12.345.678-9 SSP/SP" a Brazilian RG)
            found[col] = "address"
        elif lettered >= 0.9 and beside < _MIN_EVIDENCE:
            continue  # no name of the record's own beside it to read it against
        elif lettered >= 0.9:
            at_words = [(k, ws) for k, ws in words.items() if own[k]]
            at = [_position_in(ws, own[k]) for k, ws in at_words]
            seen = [p for p in at if p is not None]
            several = _several(text)
            if several > 1 / 3 and at and len(seen) >= len(at) / 10:
                # Whole names: the person's if their first words are the record's own too; a
                # next of kin's share the family name only, and get no role.
                firsts = sum(_position_in(ws[:1], own[k]) is not None for k, ws in at_words)
                if firsts >= len(at) / 10 and not _someone_else(at_words, own, source):
                    found[col] = "full_name"
                    position[col] = sum(seen) / len(seen)
            elif at and len(seen) >= len(at) / 10 and _varied(at_words, at):
                # (A status of a few words, "通常" or "返品", may be in a whole name now and
                # then: "返品センター", a returns desk; the names found so are many.)
                found[col] = "name"
                position[col] = sum(seen) / len(seen)
            elif (
                many
                and float((words.str.len() <= 3).mean()) >= 0.9
                and float(words.map(_worded).mean()) >= 0.9
                and not _syllabic_names(words)
            ):
                places_of[col] = "city"  # letters that no name holds (no initials)
        elif many and _postcodes(text) and (local != "").any():
            places_of[col] = "postcode"  # short codes with digits (34710, SW1A 1AA)
    for col in _beside_own_whole(rows, read, found, names, local, source):
        del found[col]  # a father's whole name beside the customer's, in records of one system
    name_columns = [c for c, r in {**roles, **found}.items() if r in _NAME_ROLES]
    if name_columns:
        # A file of people: its town and postcode, as they look; not a column of someone's
        # names (a doctor's "Snyder, Jeffery MD": the file's own names, where a town's are
        # rarely: US towns 0.39, British 0.29, others under 0.05).
        known = _name_words(df, name_columns, seed)
        for col, role in places_of.items():
            if role != "city" or _share_named(read[col][1], known) < _NAMED_TOWNS:
                found[col] = role
    sexes = [c for c, r in roles.items() if r == "gender"]
    # Each system's records (columns filled in the same rows) name the person once: a file of
    # several systems stacked has a given and a family name column of each.
    wholes = [c for c, r in found.items() if r == "full_name" and c not in names]
    for group in _systems(rows, [c for c, r in found.items() if r == "name"] + wholes):
        single = sorted((c for c in group if c not in wholes), key=position.get)
        if len(single) == 1:
            # Alone, a system's column of names is the given names if they come first in the
            # record's name: before whole names beside it ("Maria" before "Silva Santos", but
            # "Satu Sofia" before "Lindholm"; a Javanese mononym is written in both, "Suharti
            # Suharti"), else at its start.
            beside = [position[c] for c in group if c in wholes]
            first = position[single[0]] < (min(beside) if beside else 0.3)
            found[single[0]] = "first_name" if first else "last_name"
            continue
        if len(single) >= 2 and sexes:
            # The given names are those the sex tells, wherever the e-mails write them
            # ("kimjihun").
            told = {c: _sex_told(df, c, sexes, seed) or 0.0 for c in single[:2]}
            if told[single[1]] >= _SEX_TOLD > told[single[0]]:
                single[:2] = single[1::-1]
        for k, col in enumerate(single[:2]):
            found[col] = "first_name" if k == 0 else "last_name"
        for col in single[2:]:
            del found[col]
    given = [c for c, r in {**roles, **found}.items() if r == "first_name"]
    for col in [c for c, r in found.items() if r == "full_name" and c not in names]:
        if given and "last_name" not in {**roles, **found}.values() and _without(rows, col, given):
            found[col] = "last_name"  # several family names ("Gras Polo"), the given beside
    given = [c for c, r in {**roles, **found}.items() if r == "first_name"]
    if given:
        found.update(_middle_names(rows, read, [c for c in read if c not in found], given))
    family = [c for c, r in {**roles, **found}.items() if r == "last_name"]
    found.update(_initials_of_given(rows, read, [c for c in read if c not in found], family,
                                    given, local[source == "\0email"]))  # fmt: skip
    if any(r in _NAME_ROLES for r in {**roles, **found}.values()):
        found.update(_names_of_systems(df, rows, read, roles, found, seed))
    if found:
        log.info("roles read off the values: %s", found)
    return found


def _beside_own_whole(
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    found: dict[str, str],
    names: list[str],
    local: pd.Series,
    source: pd.Series,
) -> list[str]:
    """Columns of whole names taken beside no e-mail (in too few records to be read against
    them) that are someone else's: in the records of a system whose own whole names the
    e-mails confirm, the e-mails hold their first words half as often as the own's, or less (a
    father's ``Anil Nand`` beside the customer's ``Shireen Lata``, ``shireen_nand88@``; a son
    named after his father has both in his). Names in other letters than Latin, which an e-mail
    cannot tell, are left as they are."""
    confirmed = [c for c, r in found.items() if r == "full_name" and c not in names]
    taken = [c for c in names if found.get(c) == "full_name"]
    if not confirmed or not taken:
        return []

    def mailed_first(col: str) -> tuple[int, float]:
        """Records with an e-mail, and the share of them whose e-mail holds the first word."""
        words = read[col][1]
        mailed = [
            (k, ws) for k, ws in words.items() if source[k] == "\0email" and ws and ws[0].isascii()
        ]
        held = sum(_position_in(ws[:1], local[k]) is not None for k, ws in mailed)
        return len(mailed), held / max(1, len(mailed))

    out = []
    for group in _systems(rows, confirmed + taken):
        own = [mailed_first(c) for c in group if c in confirmed]
        if not own:
            continue
        best = max(share for _, share in own)
        for col in (c for c in group if c in taken):
            if _syllabic_names(read[col][1]):
                continue
            n, share = mailed_first(col)
            if n >= _FEW_MAILED and share < best / 2:
                out.append(col)
    return out


#: Records with an e-mail, at least, that tell a column of whole names beside a system's own
#: for someone else's (the own's first words are in most e-mails, a father's in few: a son
#: named after him, a family name that is the father's given name).
_FEW_MAILED = 5


def _kin_beside_own_names(
    df: pd.DataFrame,
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    whole: list[str],
    roles: dict[str, str],
    seed: int,
) -> tuple[list[str], dict[str, str]]:
    """Of the columns of ``whole`` names, those whose records name the person in a column of
    given names beside them that the whole names rarely hold: a next of kin's, a father's, a
    guarantor's (a wallet's ``prenom`` "Awa" and ``contact_urgence`` "Moussa Diop"). Given
    names are the single names that the records' sex tells (:func:`_sex_told`) and that the
    whole names hold too, or in a system with no sex, the file's given names so found
    (:mod:`tekil.given_names`); a whole name that is the person's own holds them, in either
    order. Beside them, the roles of whole names that hold hardly any given name at all: the
    person's family names, two or more ("KALONJI BANZA", a Congolese nom and postnom), beside
    the system's given names."""
    from tekil.given_names import given_share, given_words
    from tekil.normalize.latin import latin

    sexes = [c for c, r in roles.items() if r == "gender"]
    singles = [c for c in read if c not in whole and _single(read[c])]
    if not whole or not sexes or not singles:
        return [], {}
    # (Names that the file's whole names hold too, in any script: a town may follow the sex in
    # made-up data.)
    known = {latin(w) for w in _name_words(df, whole, seed)}
    told = [
        c
        for c in singles
        if (_sex_told(df, c, sexes, seed) or 0.0) >= _SEX_TOLD
        and _share_named(read[c][1].map(lambda ws: [latin(w) for w in ws]), known) >= _NAMED_TOWNS
    ]
    words = given_words(df, told, sexes, seed) if told else set()
    if not words:
        return [], {}

    def named_elsewhere(col: str) -> set[str]:
        return {latin(w) for w in _name_words(df, [c for c in whole if c != col], seed)}

    others, families = [], {}
    for col in whole:
        present = rows[col].notna()
        beside = [c for c in singles if float(rows.loc[present, c].notna().mean()) >= 0.5]
        given = [
            c
            for c in beside
            if c in told or given_share(rows.loc[present, c], words) >= _GIVEN_WORDS
        ]
        if not given or not _without(rows[present], col, given):
            continue
        latins = read[col][1].map(lambda ws: [latin(w) for w in ws])
        if _share_named(latins, words) >= _KIN_GIVEN:
            others.append(col)
        elif (
            given[0] not in families and _share_named(latins, named_elsewhere(col)) >= _NAMED_TOWNS
        ):
            # (Words that other columns' names hold: an occupation, "farm labourer", is none.)
            families.update({col: "last_name", given[0]: "first_name"})
    if others:
        log.info("whole names beside given names they rarely hold, someone else's: %s", others)
    if families:
        log.info("family names of several words beside given names: %s", families)
    return others, families


def _someone_else(
    at_words: list[tuple[object, list[str]]], own: pd.Series, source: pd.Series
) -> bool:
    """Whether whole names beside the record's own whole name (another column's, not an
    e-mail's) are mostly someone else's: a relative's, a beneficiary's, that shares the family
    name at most, where the person's own written again holds most of its words."""
    written = [(k, ws) for k, ws in at_words if source[k] not in ("", "\0email")]
    if len(written) < _MIN_EVIDENCE:
        return False
    alike = [_words_in(ws, own[k]) > 0.5 for k, ws in written]
    return float(np.mean(alike)) < 0.5


def _others_by_emails(words: pd.Series, local: pd.Series) -> bool:
    """Whether whole names in Latin letters beside few e-mails (five at least) are someone
    else's: their first words in fewer than one in ten of the e-mails (a next of kin's beside
    the customer's ``nancy.scott70@``; the customer's own are in most)."""
    # (Only names in Latin letters: an e-mail cannot tell whose "Иван" or "김민준" is.)
    mailed = [(k, ws) for k, ws in words.items() if local[k] and ws and ws[0].isascii()]
    if len(mailed) < _MIN_EVIDENCE // 4:
        return False
    firsts = sum(_position_in(ws[:1], local[k]) is not None for k, ws in mailed)
    return firsts < len(mailed) / 10


def _others_by_names(
    rows: pd.DataFrame, words: pd.Series, singles: list[str], named: list[str] = ()
) -> bool:
    """Whether whole names are someone else's by the single names their records hold too (a
    form's given, family and father's names beside a beneficiary's or a receiver's whole
    name): in most records where both are written, some of the whole name's words are among
    the single names and some not (a relative shares the family name only), or, beside
    single names of the file's names (``named``), none in the same script (a mother's given
    and maiden name beside her child's given and family names, ``Nom de la mère``; a
    Cambodian wife's husband's ``សុខ វិចិត្រ`` beside her ``ខៀវ``, ``ស្រីពៅ``), where the
    person's own name written again has them all (and one in another script none). A word is
    found by its stem, but for its last two letters: a wife's family name ends as a woman's
    (Stojanovska beside her husband's Stojanovski, Nováková beside Novák). Names of Chinese
    characters or Hangul are left ("김민수" is written without the space of "김 민수")."""
    from tekil.normalize.names import syllabic
    from tekil.normalize.text import fold

    if not singles:
        return False
    beside = rows.loc[words.index, singles]
    held = beside.notna().any(axis=1)
    if int(held.sum()) < _MIN_EVIDENCE:
        return False
    names = [singles.index(c) for c in named]
    parts = 0
    for ws, values in zip(words[held], beside[held].to_numpy(), strict=True):
        own = {w for v in values if isinstance(v, str) for w in fold(v).split()}
        long = [w for w in ws if len(w) >= 3]
        found = sum(any(_same_stem(w, o) for o in own) for w in long)
        parts += 0 < found < len(long)
        scripts = {_script(w) for w in long}
        if found or not long or len(scripts) != 1 or any(map(syllabic, long)):
            continue
        # (None of its words among the record's names in the same letters: not the person's.)
        given = {w for k in names if isinstance(v := values[k], str) for w in fold(v).split()}
        parts += bool(given) and {_script(w) for w in given} == scripts
    return parts > int(held.sum()) / 2


def _same_stem(a: str, b: str) -> bool:
    """Whether two words agree but for their last two letters (four letters at least)."""
    n = max(4, min(len(a), len(b)) - 2)
    return a[:n] == b[:n] and abs(len(a) - len(b)) <= 2


def _words_in(words: list[str], local: str) -> float:
    """The share of ``words`` (of three letters or more) found in ``local`` (an Indic word by
    its consonants, :func:`_position_in`)."""
    from tekil.normalize.latin import indic_script

    long = [w for w in words if len(w) >= 3]
    found = sum(
        w in local or (indic_script(w) and _position_in([w], local) is not None) for w in long
    )
    return found / len(long) if long else 0.0


def _commonest_share(values: pd.Series) -> float:
    """The share of a column's present values that are its commonest, over the whole column (a
    sample of the file's rows holds few of a small system's records) or 50,000 of its cells."""
    present = None
    if len(values) > _COMMONEST_READ:  # (drawn by position: dropping a million cells is slow)
        drawn = np.random.default_rng(0).integers(0, len(values), _COMMONEST_READ)
        present = values.iloc[drawn].dropna()
    if present is None or len(present) < _COMMONEST_FEWEST:  # a small system's: all of them
        present = values.dropna()
    return float(present.value_counts(normalize=True).iloc[0]) if len(present) else 0.0


#: Cells drawn for a column's commonest value, and the fewest present values it is read on.
_COMMONEST_READ, _COMMONEST_FEWEST = 50_000, 1_000


def _own_first(df: pd.DataFrame, rows: pd.DataFrame, whole: dict[str, float]) -> list[str]:
    """Columns of whole names by their score (``whole``), best first; but of each system's
    columns that score as well or half as well as its best, the first in the file comes in
    the best one's place: forms ask for the record's own person before the others it names (a
    sender before the beneficiary, a customer before the father or husband), whose names are
    as many and as long."""
    order = sorted(whole, key=whole.get, reverse=True)
    if len(order) < 2:
        return order
    at = {c: k for k, c in enumerate(map(str, df.columns))}
    own: dict[str, str] = {}  # each column's system's own column
    for system in _systems(rows, order):
        best = max(whole[c] for c in system)
        first = min((c for c in system if whole[c] >= best / 2), key=at.__getitem__)
        own.update(dict.fromkeys(system, first))
    out: list[str] = []
    for col in order:
        for c in (own[col], col):
            if c not in out:
                out.append(c)
    return out


def _systems(rows: pd.DataFrame, columns: list[str]) -> list[list[str]]:
    """``columns`` grouped by the records that fill them: two columns are of one system when
    most records of the sparser one fill the other too (a file of systems stacked fills each
    system's columns in its own rows), in the order of their first column.

    >>> rows = pd.DataFrame({"a": [1, 1, None, None], "b": [1, 1, None, None],
    ...                      "c": [None, None, 1, 1], "d": [1, None, 1, 1]})
    >>> _systems(rows, ["a", "b", "c"]), _systems(rows, ["a", "d"])
    ([['a', 'b'], ['c']], [['a', 'd']])
    """
    filled = rows[columns].notna().to_numpy()
    both = filled.T.astype(np.int64) @ filled.astype(np.int64)
    counts = np.diag(both)
    together = both * 2 >= np.minimum.outer(counts, counts)
    group = list(range(len(columns)))
    for a, b in zip(*np.nonzero(np.triu(together, 1)), strict=True):
        old, new = max(group[a], group[b]), min(group[a], group[b])
        group = [new if g == old else g for g in group]
    return [[c for c, g in zip(columns, group, strict=True) if g == k] for k in sorted(set(group))]


def first_present(rows: pd.DataFrame, columns: list[str]) -> pd.Series:
    """Each row's first value among ``columns``, in their order (``None`` where all miss).

    Not ``bfill(axis=1)``: on columns of several dtypes it casts (and warns that it will stop
    casting), and on pandas' own string type it has filled down the rows.

    >>> rows = pd.DataFrame({"a": [None, "Ana", None], "b": ["Rui", "Eva", None]})
    >>> first_present(rows, ["a", "b"]).tolist()
    ['Rui', 'Ana', None]
    """
    values = rows[columns].to_numpy(dtype=object)
    present = pd.notna(values)
    out = np.full(len(rows), None, dtype=object)
    if values.size:
        found = present.any(axis=1)
        at = present.argmax(axis=1)
        out[found] = values[np.flatnonzero(found), at[found]]
    return pd.Series(out, index=rows.index, dtype=object)


def _without(rows: pd.DataFrame, col: str, given: list[str]) -> bool:
    """Whether the column's words rarely hold the record's given name, in the records that
    have both (a whole name holds it; two family names do not)."""
    from tekil.normalize.text import fold

    first = first_present(rows, given)
    both = rows[col].notna() & first.notna()
    if int(both.sum()) < _MIN_EVIDENCE:
        return False
    held = [
        next(iter(fold(str(g)).split()), "") in fold(str(v)).split()
        for v, g in zip(rows.loc[both, col], first[both], strict=True)
    ]
    return float(np.mean(held)) < 0.5


def _names_unwritten(
    df: pd.DataFrame,
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    roles: dict[str, str],
    seed: int,
    given: str | None = None,
    by_sex_only: bool = False,
) -> dict[str, str]:
    """Given, middle and family name columns of records that write no name out (no e-mail,
    no whole name): columns of single words of letters, many distinct, no streets. The given
    names (unless ``given`` are known) are the column whose values tell the record's sex, where
    the records have a sex (a given name is held by one sex: 0.99 of its holders in North
    Carolina's voters; a middle name 0.78, a family name or a town as the file, 0.55), else
    (unless ``by_sex_only``) the first such column, if another lies near it; the family name
    the column nearest to them that holds no middle names. Towns and postcodes are read
    against these names as against an e-mail's."""
    candidates = [
        c
        for c in map(str, df.columns)
        if c in read and roles.get(c, "city") == "city" and _single(read[c])
    ]
    by_position = False  # whether the given names are only the first such column
    if given is None:
        if not candidates:
            return {}
        sexes = [c for c, r in roles.items() if r == "gender"]
        told = {c: _sex_told(df, c, sexes, seed) for c in candidates} if sexes else {}
        if any(v is not None for v in told.values()):
            given = max(candidates, key=lambda c: told[c] or 0.0)
            if (told[given] or 0.0) < _SEX_TOLD:
                return {}  # no column a sex holds: no given names here
            # A middle name tells the sex as well, but is left blank in most records: of the
            # columns that tell it, one filled twice as often is the given names.
            filled = {c: float(rows[c].notna().mean()) for c in candidates}
            fuller = [
                c
                for c in candidates
                if (told[c] or 0.0) >= _SEX_TOLD and filled[c] >= 2 * filled[given]
            ]
            given = max(fuller, key=lambda c: told[c] or 0.0) if fuller else given
        elif by_sex_only:
            return {}
        else:
            given, by_position = candidates[0], True
    found = {given: "first_name"}
    found.update(_middle_names(rows, read, [c for c in candidates if c != given], [given]))
    at = {c: k for k, c in enumerate(map(str, df.columns))}
    near = [c for c in candidates if c not in found and abs(at[c] - at[given]) <= _NEAR_NAMES]
    # A family name is beside nearly every given name; a column beside few of them is a birth
    # name or a second name ("Geburtsname", "lname_c2").
    with_given = {c: _filled_beside(rows, c, given) for c in near}
    fullest = max(with_given.values(), default=0.0)
    near = [c for c in near if with_given[c] >= fullest / 2]
    if near:
        # The nearest; of two as near, the one beside clearly more given names (a middle name,
        # a mother's maiden name, is left blank more often), else the one with fewer initials,
        # else the one after.
        family = min(
            near,
            key=lambda c: (
                abs(at[c] - at[given]),
                with_given[c] < fullest - _CLEARLY_FULLER,
                _initials(read[c][1]),
                at[c] < at[given],
            ),
        )
        found[family] = "last_name"
        found.update(
            _other_families(rows, [c for c in candidates if c not in found], given, family)
        )
    elif by_position:
        return {}  # one column of single words, and nothing says they are names (a town's?)
    log.info("names read off how the columns look, where no record writes its name: %s", found)
    return found


#: How much more of the given names' records a column must fill to be the family name rather
#: than a column as near (a middle name is blank in a tenth of records or more).
_CLEARLY_FULLER = 0.05


def _filled_beside(rows: pd.DataFrame, col: str, given: str) -> float:
    """The share of the records with a given name in ``given`` that fill ``col`` too."""
    present = rows[given].notna()
    return float(rows.loc[present, col].notna().mean()) if present.any() else 0.0


def _other_families(
    rows: pd.DataFrame, columns: list[str], given: str, family: str
) -> dict[str, str]:
    """Of ``columns``, the family names of another system that shares the given-name column
    (a hospital's ``Vorname`` and an insurer's ``Vorname`` stacked in one, each with its own
    family name column): filled in most records with a given name and no ``family``, and in
    hardly any with one (a town, a birth name are filled beside the family name)."""
    lone = rows[given].notna() & rows[family].isna()
    paired = rows[given].notna() & rows[family].notna()
    if int(lone.sum()) < _MIN_EVIDENCE:
        return {}
    return {
        c: "last_name"
        for c in columns
        if float(rows.loc[lone, c].notna().mean()) >= 0.5
        and float(rows.loc[paired, c].notna().mean()) < _OTHERS
    }


def _initials(words: pd.Series) -> float:
    """The share of values that are an initial ("D.", "R"): middle names are written so now
    and then, family names hardly ever."""
    return float((words.str[0].fillna("").str.strip(".").str.len() == 1).mean())


def _single(read: tuple[pd.Series, pd.Series, float]) -> bool:
    """Whether a column's sampled values (texts, words, lettered share) may be single names:
    words of letters, mostly one (or an initial), many distinct, no streets."""
    text, words, lettered = read
    return (
        lettered >= 0.9
        and _several(text) < _SEVERAL_WORDS
        and words.map(" ".join).nunique() >= _MIN_EVIDENCE
        and float(words.map(_worded).mean()) >= 0.5
        and not _street_like(words)
        and not _streets_named(words)
    )


def _names_of_systems(
    df: pd.DataFrame,
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    roles: dict[str, str],
    found: dict[str, str],
    seed: int,
) -> dict[str, str]:
    """Names in the records of a file's systems that write none out where others do (a CRM of
    given and family names beside a web shop's e-mails): given names found with no family name
    in their records get the nearest column of single names beside them; a system with no
    name found gets its names as a file without any would (:func:`_names_unwritten`)."""
    known = {**roles, **found}
    named = [c for c, r in known.items() if r in _NAME_ROLES and c in rows]
    open_ = [c for c in map(str, df.columns) if c in read and c not in known and _single(read[c])]
    out: dict[str, str] = {}
    at = {c: k for k, c in enumerate(map(str, df.columns))}
    for given in [c for c, r in found.items() if r == "first_name"]:
        present = rows[given].notna()
        family = [c for c in named if c != given and known[c] in ("last_name", "full_name")]
        if family and float(rows.loc[present, family].notna().any(axis=1).mean()) >= 0.5:
            continue
        # (Family names that no e-mail writes may have been read as towns: the column next to
        # the given names is theirs.)
        towns = [c for c, r in found.items() if r == "city" and abs(at[c] - at[given]) == 1]
        beside = [c for c in open_ + towns if float(rows.loc[present, c].notna().mean()) >= 0.5]
        out.update(
            {
                c: r
                for c, r in _names_unwritten(
                    df, rows, {c: read[c] for c in beside}, known, seed, given
                ).items()
                if c != given
            }
        )
    orphans = []
    for col in [c for c in open_ if c not in out]:
        present = rows[col].notna()
        if not named or float(rows.loc[present, named].notna().any(axis=1).mean()) < _OTHERS:
            orphans.append(col)
    # Each system of such columns on its own: its given names are the column its records'
    # sexes tell; in a system with no sex, the column of the given names that the file's
    # records with a sex hold (:mod:`tekil.given_names`).
    unsexed = []
    for group in _systems(rows, orphans) if orphans else []:
        held = df[group].notna().any(axis=1)
        here = rows[rows[group].notna().any(axis=1)]
        got = _names_unwritten(
            df[held],
            here,
            {c: read[c] for c in group},
            {**known, **out},
            seed,
            by_sex_only=True,  # (beside other systems' names, forms put the family first)
        )
        out.update(got)
        if not got:
            unsexed.append((group, held, here))
    if unsexed:
        from tekil.given_names import (
            given_share,
            given_words,
            leading_words,
            named_given_words,
        )

        roles_now = {**known, **out}
        words = given_words(
            df,
            [c for c, r in roles_now.items() if r in ("first_name", "full_name")],
            [c for c, r in roles_now.items() if r == "gender"],
            seed,
        )
        if not words:  # no record tells a sex: the given names the file's columns hold
            firsts = [c for c, r in roles_now.items() if r == "first_name"]
            families = [c for c, r in roles_now.items() if r == "last_name"]
            words = named_given_words(df, firsts, families, seed)
        vocabulary: set[str] | None = None
        leading: set[str] | None = None
        for group, held, here in unsexed:
            singles = [c for c in group if _single(read[c])]
            shares = {c: given_share(here[c], words) for c in singles}
            if shares and max(shares.values()) < _GIVEN_WORDS:
                # Given names both sexes bear (a Sikh's sex is told by Singh or Kaur): the
                # words the file's names start with.
                if leading is None:
                    leading = leading_words(
                        df,
                        [c for c, r in roles_now.items() if r in ("first_name", "full_name")],
                        [c for c, r in roles_now.items() if r == "gender"],
                        seed,
                    )
                if leading:
                    shares = {c: given_share(here[c], words | leading) for c in singles}
            if not shares or max(shares.values()) < _GIVEN_WORDS:
                if vocabulary is None:
                    vocabulary = _name_words(df, [c for c in named if c in df], seed)
                out.update(_whole_names_of(read, singles, vocabulary))
                continue
            # Of columns of given names, the first: forms ask for the person's own given
            # name before a parent's ("Emri", "Mbiemri", "Atësia": the father's).
            given = next(c for c in group if shares.get(c, 0.0) >= _GIVEN_WORDS)
            # (The other columns of given names, a father's and a grandfather's after the
            # person's own, "اسم الأب", "اسم الجد", are no family names, however near.)
            rest = [c for c in group if c == given or shares.get(c, 0.0) < _GIVEN_WORDS]
            got = _names_unwritten(
                df[held], here, {c: read[c] for c in rest}, {**known, **out}, seed, given
            )
            out.update({c: r for c, r in got.items() if shares.get(c, 0.0) < _GIVEN_WORDS})
            out[given] = "first_name"
    return out


def _whole_names_of(
    read: dict[str, tuple[pd.Series, pd.Series, float]], columns: list[str], known: set[str]
) -> dict[str, str]:
    """The whole names of a system with no e-mail, no sex and no given names the file's tell
    (a wallet's, a care desk's callers, many of one name only: "Rizwan", "ALI RAZA ASLAM"): of
    ``columns``, the one whose values most hold the file's names (``known``), as a town's
    rarely do, with two words or more in a third of them."""
    shares = {c: _share_named(read[c][1], known) for c in columns if _several(read[c][0]) > 1 / 3}
    shares = {c: v for c, v in shares.items() if v >= _NAMED_TOWNS}
    return {max(shares, key=shares.__getitem__): "full_name"} if shares else {}


#: Share of a column's whole names that must hold one of the file's given names to be someone
#: else's beside the person's given names: a next of kin's, a father's hold them in 0.45 to
#: 1.0 of their values, a column of the person's several family names in hardly any.
_KIN_GIVEN = 0.2
#: Share of a column's values that are the file's given names (:mod:`tekil.given_names`)
#: above which it is the given names of its system: a column of given names 0.8 or more where
#: another system's are seen, family names and towns hardly any.
_GIVEN_WORDS = 0.5


def _parents_given(
    df: pd.DataFrame,
    rows: pd.DataFrame,
    singles: list[str],
    whole: Iterable[str],
    sexes: list[str],
    seed: int,
) -> list[str]:
    """Of ``singles``, the columns of a parent's given name (a mother's, ``Magaca Hooyo``,
    beside her son's or daughter's whole name): given names, of one sex each in the file's other
    name columns (the first words of ``whole`` and the singles that the sexes tell), that the
    record's own sex does not tell."""
    from tekil.given_names import given_share, given_words

    told = {c: _sex_told(df, c, sexes, seed) for c in singles}
    own = [c for c in singles if told[c] is not None and told[c] >= _SEX_TOLD]
    words = given_words(df, [*whole, *own], sexes, seed)
    if not words:
        return []
    untold = [c for c in singles if told[c] is not None and told[c] < _SEX_TOLD]
    return [c for c in untold if given_share(rows[c].dropna(), words) >= _GIVEN_WORDS]


def _sex_told(df: pd.DataFrame, col: str, sexes: list[str], seed: int) -> float | None:
    """How far a column's first words tell the record's sex (of the first of its ``sexes``
    columns it fills: each system its own): 1 where each word common in the file is held by
    one sex only, 0 where its holders are as the file (``None``: too few common words to
    tell)."""
    from tekil.normalize import gender
    from tekil.normalize.text import fold

    sex = df[sexes[0]]
    for other in sexes[1:]:
        sex = sex.where(sex.notna(), df[other])
    sex = sex.rename("\0sex")
    rows = pd.concat([df[col], sex], axis=1).dropna()
    rows = rows.sample(min(len(rows), _NAME_SAMPLE), random_state=seed)
    first = rows[col].astype(str).map(lambda v: next(iter(fold(v).split()), None))
    told = gender(rows[sex.name])["value"].to_numpy()
    table = pd.DataFrame({"word": first.to_numpy(), "sex": told})
    counts = table.dropna().groupby(["word", "sex"]).size().unstack(fill_value=0)
    held = counts.sum(axis=1)
    common = counts[held >= _COMMON_NAME]
    if len(common) < _MIN_EVIDENCE / 2 or counts.shape[1] < 2:
        return None
    base = float(counts.sum().max() / counts.to_numpy().sum())
    purity = float(common.max(axis=1).sum() / common.to_numpy().sum())
    return (purity - base) / (1 - base) if base < 1 else None


#: How far (0 to 1) a column's words must tell the record's sex to be its given names: given
#: names 0.99, middle names 0.51, family names and towns 0.02-0.06 (North Carolina's voters).
_SEX_TOLD = 0.75
#: Records that hold a word for it to count as common.
_COMMON_NAME = 5
#: Columns at most between a file's given and family name columns (a middle name, a sex).
_NEAR_NAMES = 3


def _streets_named(words: pd.Series) -> bool:
    """Whether half the values are streets named without a number ("Wittenoom Crescent",
    "rue de Marin"): their first or last word a street's."""
    from tekil.places import street_named

    return float(words.map(street_named).mean()) >= 0.5


def _middle_names(
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    columns: list[str],
    given: list[str],
) -> dict[str, str]:
    """Of ``columns`` (with their sampled texts and words in ``read``), those of middle
    names beside the given names of ``given``: one word or an initial each, with many
    initials (a code of letters has a few), most of the words given names of the file, and
    the record's given name rarely again (a preferred name is often the same)."""
    from tekil.normalize.text import fold

    first = first_present(rows, given).astype("string").fillna("").map(fold)
    names = {w for c in given for v in as_strings(rows[c].dropna()) for w in fold(v).split()}
    out = {}
    for col in columns:
        _, words, lettered = read[col]
        if lettered < 0.9 or float((words.str.len() == 1).mean()) < 0.9:
            continue
        word = words.str[0].fillna("").str.strip(".")
        initials = word.str.len() == 1
        spelt = word[~initials]
        if word[initials].nunique() < _MIN_INITIALS or len(spelt) < _MIN_EVIDENCE:
            continue
        if spelt.isin(names).mean() >= 0.5 and (spelt == first[spelt.index]).mean() < 0.5:
            out[col] = "middle_name"
    return out


#: Distinct initials of a column of middle names at least (a code of letters has a few).
_MIN_INITIALS = 10


def _initials_of_given(
    rows: pd.DataFrame,
    read: dict[str, tuple[pd.Series, pd.Series, float]],
    columns: list[str],
    family: list[str],
    given: list[str],
    mailed: pd.Series,
) -> dict[str, str]:
    """Of ``columns``, one of initials beside a system's family names where it has no given
    names (a South African bank's ``Initials`` ``V.R.``, ``PLZ``, ``M.`` and ``Surname``): the
    given names' initials, if their first letter is the first of the record's own e-mail
    address (``mailed``: its local parts) in most records that have one (a province's or a
    title's code starts one by chance)."""
    out: dict[str, str] = {}
    for col in columns:
        text = read[col][0].str.strip()
        letters = text.str.replace(r"[\s.]", "", regex=True)
        spelt = text.str.fullmatch(r"(?:[^\W\d_][.\s]+)*[^\W\d_]\.?")  # "V.R.", "E M", "M"
        if (
            float((letters.str.len() <= _INITIALS).mean()) < 0.9
            or float(spelt.mean()) < 0.5
            or letters.nunique() < _MIN_INITIALS
        ):
            continue
        present = rows[col].notna()
        if not family or _filled(rows[present], family) < 0.5 or _filled(rows[present], given):
            continue
        both = letters.index.intersection(mailed[mailed != ""].index)
        if len(both) < _MIN_EVIDENCE // 2:
            continue
        first = letters[both].str[0].str.lower() == mailed[both].str[0]
        if float(first.mean()) >= 0.5:
            out[col] = "first_name"
    return out


def _filled(rows: pd.DataFrame, columns: list[str]) -> float:
    """The share of ``rows`` that fill one of ``columns`` or more."""
    return float(rows[columns].notna().any(axis=1).mean()) if columns and len(rows) else 0.0


#: Letters of a given name's initials at most ("E.M.H.", "SFTL").
_INITIALS = 4
#: Name roles whose words tell a file's names from its towns.
_NAME_ROLES = ("name", "first_name", "last_name", "full_name", "middle_name")
#: Share of a column's values holding one of the file's names above which it is no town.
_NAMED_TOWNS = 0.75
#: Records whose names make the file's vocabulary of names.
_NAME_SAMPLE = 20_000


def _name_words(df: pd.DataFrame, columns: list[str], seed: int) -> set[str]:
    """The words of three letters or more in the file's names (a sample of its records)."""
    from tekil.normalize.text import fold

    rows = df[columns].sample(min(len(df), _NAME_SAMPLE), random_state=seed)
    values = pd.unique(rows.stack().dropna().astype(str))  # (pandas 3 stacks gaps too)
    return {w for v in values for w in fold(v).replace(",", " ").split() if len(w) >= 3}


def lone_names_met(
    df: pd.DataFrame, col: str, others: list[str], sample: int, seed: int
) -> float | None:
    """The share of a name column's values of one word that the file's other name columns
    (``others``: other systems' records of the same people) hold, of the words in a script that
    they write; None where most of its values are no one word, or too few tell. A column of
    nicknames or names chosen in an app, no name on papers, meets them seldom (a Thai loyalty
    app's "นก", "Nok", "golf_555" beside the bank's "สมชาย" and the telco's "Somchai"), a
    column of given names often (a Javanese single name, a CRM's "Jason"); a family and given
    name in Chinese characters without a space is no lone word (``syllabic``).

    >>> df = pd.DataFrame({"app": ["Nok", "Tum", "Ploy", "Beer"] * 10 + [None] * 40,
    ...                    "bank": [None] * 40 + ["Somchai", "Suda", "Malee", "Wichai"] * 10})
    >>> lone_names_met(df, "app", ["bank"], 500, 0)
    0.0
    >>> df["app"] = ["Somchai", "Suda", "Nok", "Wichai"] * 10 + [None] * 40
    >>> lone_names_met(df, "app", ["bank"], 500, 0)
    0.75
    """
    from tekil.normalize.latin import abjad_script, latin, skeletons
    from tekil.normalize.names import syllabic

    words = _sampled_words(df[col], sample, seed)
    if len(words) < _FEW_NICKNAMES or float((words.str.len() == 1).mean()) < _LONE_NAMES:
        return None
    # (Each word and its reading in Latin letters: a telco's "Somchai" meets the bank's "สมชาย".)
    written = {w for c in others for ws in _sampled_words(df[c], sample, seed) for w in ws}
    known = written | {latin(w) for w in written}
    scripts = {_script(w) for w in known}
    lone = words[words.str.len() == 1].str[0]
    lone = lone[lone.map(lambda w: not syllabic(w) and _script(latin(w)) in scripts)]
    if len(lone) < _FEW_NICKNAMES:
        return None
    # (A name in Arabic-script or Hebrew letters meets its Latin spellings by its consonants, as
    # the comparisons read it: the bank's "شکیلا" is the hawala's "Shakila".)
    latin_skeletons = set().union(*(skeletons(w) for w in written if w.isascii()))
    spelled = lone.map(lambda w: abjad_script(w) and not skeletons(w).isdisjoint(latin_skeletons))
    return float((lone.isin(known) | lone.map(latin).isin(known) | spelled).mean())


#: The fewest values that tell a column of nicknames, and the share of them that are one word.
_FEW_NICKNAMES, _LONE_NAMES = 30, 0.5


def _sampled_words(values: pd.Series, sample: int, seed: int) -> pd.Series:
    return as_strings(sample_present(values, sample, seed)).map(_lettered_words)


def _lettered_words(value: str) -> list[str]:
    """A value's folded words that hold a letter ("🌸" and "555" are none)."""
    return [w for w in _value_words(value) if any(ch.isalpha() for ch in w)]


def _script(word: str) -> str:
    """The script of a word's first letter (:func:`~tekil.normalize.latin.script`)."""
    from tekil.normalize.latin import script

    return script(next((ch for ch in word if ch.isalpha()), "?"))


def _share_named(words: pd.Series, known: set[str]) -> float:
    """The share of values (lists of words) with a word among ``known``."""
    return float(words.map(lambda ws: any(w.strip(",") in known for w in ws)).mean())


def _local_parts(rows: pd.DataFrame, emails: list[str]) -> pd.Series:
    """Each row's first e-mail's local part, folded and without spaces ("" for none): a file
    of several systems keeps them in columns of each, a contact column among other values.
    A shared mailbox's (``info@``, ``accounts@`` on a business account) names no one: the
    row's next e-mail is read, or none."""
    from tekil.normalize.emails import role_mailbox
    from tekil.normalize.text import fold

    if not emails:
        return pd.Series("", index=rows.index, dtype=object)
    first = pd.Series(pd.NA, index=rows.index, dtype="string")
    for col in emails:  # (bfill(axis=1) of text in pandas' own string type fills down the rows)
        cells = rows[col].astype("string")
        mailed = cells.str.fullmatch(_EMAIL).fillna(False)
        shared = cells[mailed].str.split("@").str[0].map(role_mailbox).astype(bool)
        mailed[shared.index[shared]] = False
        first = first.fillna(cells.where(mailed))
    return first.str.split("@").str[0].fillna("").map(fold).str.replace(" ", "").astype(object)


def some_emails(values: pd.Series) -> bool:
    """Whether one in ten of a column's (sampled) values is an e-mail address by its look."""
    present = values.dropna().astype("string")
    return len(present) > 0 and float(present.str.fullmatch(_EMAIL).mean()) >= 0.1


#: An e-mail address by its look.
_EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"


def _name_text(whole: str) -> str:
    """A whole name as an e-mail's local part writes it: folded, given name first ("Smith,
    John" is John Smith), without spaces."""
    from tekil.normalize.text import fold

    family, comma, given = whole.partition(",")
    return fold(f"{given} {family}" if comma else whole).replace(" ", "")


#: Share of a column's values of two words or more from which, beside no e-mail, its words are
#: whole names (Faker's names of 16 locales: all; their towns 0.0-0.57, Russian ones "г. …").
#: Of several such columns, the one with the most is taken, and those of other systems.
_SEVERAL_WORDS = 0.6
#: Share of a column's records, at most, that hold the whole names taken too, for its own to be
#: another system's records' whole names.
_OTHERS = 0.1
#: Share of another system's whole names, at most, that its commonest word is in (a given name
#: is in a few hundredths of a file's names, a place's kind in a third of its places), unless
#: nearly all its values are of two words or more.
_OTHERS_WORD, _OTHERS_WHOLE = 0.25, 0.9
#: Share of another system's whole names, at most, that are one name: a desk's or a branch's
#: that the system writes where a customer's name goes ("返品センター", the returns desk, on a
#: third of a delivery file's labels); the commonest of a country's names is under one in fifty.
_OTHERS_ONE = 0.05


#: A postcode's shape: three to ten letters and digits, with at least two digits and no four
#: letters in a row (34710, SW1A 1AA, 1012 AB, 75008, C1425DKB; India's PAN ABCDE1234F is none).
_POSTCODE = r"(?=(?:\D*\d){2})(?!.*[A-Za-z]{4})[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]"
#: An Eircode (Ireland's postcode of an address): a routing key (a letter, two digits; Dublin's
#: D6W) and four letters and digits of a set without look-alikes, which may be four letters
#: (``F26 PAPP``).
_EIRCODE = r"(?i:(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})"


def postcode_like(values: pd.Series, seed: int = 0) -> bool:
    """Whether a column's values have a postcode's shape (see :func:`_postcodes`)."""
    return _postcodes(as_strings(_sample(values, seed)).str.strip())


def _postcodes(text: pd.Series) -> bool:
    """Whether nine in ten texts have a postcode's shape and are no whole date (``2023-05-12``
    has that shape, but is no place)."""
    from tekil.normalize import date
    from tekil.normalize.addresses import POSTCODE_LABEL

    # (Japan writes its postal mark before a postcode, "〒150-0001", and full-width digits.)
    text = text.str.normalize("NFKC").str.removeprefix("〒").str.strip()
    text = text.str.replace(POSTCODE_LABEL, "", regex=True)  # "ΤΚ 335 60", "PLZ 10115"
    eircodes = text.str.fullmatch(_EIRCODE)
    shaped = (text.str.fullmatch(_POSTCODE) & ~text.str.fullmatch(_CODED)) | eircodes
    if float(shaped.mean()) < 0.9:
        return False
    return float((shaped & date(text)["day"].isna()).mean()) >= 0.9


def _several(text: pd.Series) -> float:
    """The share of values that may be whole names (:func:`_whole_name_words`), a hyphen
    joining its words into one name ("Ji-hun", "Meier-Schulz")."""

    joined = text.str.replace(r"(?<=\w)-(?=\w)", "", regex=True)
    return float(joined.map(lambda v: _whole_name_words(_value_words(v))).mean())


def _value_words(value: str) -> list[str]:
    """A value's folded words; Burmese script's syllables, each a word as Latin letters write
    them (:func:`~tekil.normalize.burmese.burmese_syllables`: "အောင်ကျော်မင်း" is Aung Kyaw Min)."""
    from tekil.normalize.burmese import BURMESE, burmese_syllables
    from tekil.normalize.text import fold

    return fold(burmese_syllables(value) if BURMESE.search(value) else value).split()


#: Words of a firm's legal form (its name's last words: ``ACME TRADING LTD``, ``Acme Inc.``).
_LEGAL_FORMS = frozenset(
    {"ltd", "limited", "llc", "inc", "incorporated", "plc", "llp", "corp", "corporation"}
    | {"gmbh", "pty", "ltda", "sarl", "srl", "kft", "ooo", "ооо", "тоо", "teoranta", "cyf"}
)
#: Share of a column's values, at least, naming a firm for it to hold firms' names (a business
#: account's name), not persons': no person's name holds a legal form.
_FIRMS = 0.2


def _firms(words: pd.Series) -> bool:
    """Whether ``words`` (each value's) name firms: :data:`_FIRMS` of them or more hold a
    legal form (``Ltd``, ``Limited``, ``LLC``, ``Inc.``, ``GmbH``).

    >>> _firms(pd.Series([["acme", "trading", "ltd"], ["apex", "inc."], ["john", "smith"]]))
    True
    >>> _firms(pd.Series([["john", "smith"], ["mary", "limon"], ["ann", "inch"]]))
    False
    """
    held = words.map(lambda ws: any(w.strip(".,()") in _LEGAL_FORMS for w in ws))
    return bool(held.mean() >= _FIRMS) if len(words) else False


def _whole_name_words(words: list[str]) -> bool:
    """Whether ``words`` may be a whole name: two words or more, or one of three or four Chinese
    characters or Hangul syllables (family and given name written as one: "김민수"; two may be
    a given name alone)."""
    from tekil.normalize.names import syllabic

    return len(words) >= 2 or (len(words) == 1 and 3 <= len(words[0]) <= 4 and syllabic(words[0]))


def _syllabic_names(words: pd.Series) -> bool:
    """Whether half the values are whole names of Chinese characters, kana or Hangul
    (:func:`_east_asian_name`: "김민수", "张伟", "山口 悠斗", "ヤマグチ ユウト") with no place's
    word last: a town, a district or a province ("강남구", "반송동", "朝阳区", "渋谷区") is
    written with one."""
    whole = words.map(_east_asian_name)
    # (The last word only: family names end in one, 中村, 木村, 北村; given names seldom.)
    placed = words.map(lambda ws: bool(ws) and ws[-1][-1:] in _PLACE_ENDINGS)
    return float((whole & ~placed).mean()) >= 0.5


def _east_asian_name(words: list[str]) -> bool:
    """Whether ``words`` may be a whole name in Chinese characters, kana or Hangul: one word of
    three or four syllables, or a family and a given name apart, short words of one of those
    scripts (a company's or a desk's name, "株式会社ジャパンリテール", runs longer)."""
    from tekil.normalize.names import syllabic, written_family_first

    if len(words) == 1:
        return _whole_name_words(words)
    return 2 <= len(words) <= 3 and all(
        len(w) <= _NAME_SYLLABLES and (syllabic(w) or written_family_first(w)) for w in words
    )


#: Characters of one word of a name in Chinese characters or kana at most ("ヤマモト", "ﾀﾆｸﾞﾁ"
#: folded to five, "シュンスケ").
_NAME_SYLLABLES = 6


#: The last character of a place's name in Korean, Chinese and Japanese (city, district,
#: county, neighbourhood, town, village, province, prefecture, street, road).
_PLACE_ENDINGS = frozenset("시구군동읍면리도市区區县縣省镇鎮乡鄉村街路都道府県町")


def _varied(at_words: list[tuple[object, list[str]]], at: list[float | None]) -> bool:
    """Whether the values of a column found in the records' own names are several: names are
    (a status's one word found in a desk's name, "返品" in "返品センター", is not)."""
    found = {" ".join(ws) for (_, ws), p in zip(at_words, at, strict=True) if p is not None}
    return len(found) >= _FEW_FOUND


#: Distinct values of a column of names found in the records' own names at least.
_FEW_FOUND = 3


def _worded(words: list[str]) -> bool:
    """Whether a value has a word of three letters or more (or of Chinese characters or
    Hangul, "北京"): a town's name is no string of initials ("J.C.", "A. M.", "JP"). A vowel
    sign is a letter here: Khmer "សុខ" (Sok) is a name of three, not two."""
    from tekil.normalize.names import syllabic

    return any(
        (sum(map(_letter_or_sign, w)) >= 3 or syllabic(w)) and "." not in w.strip(".")
        for w in words
    )


def _letter_or_sign(ch: str) -> bool:
    """A letter, or a vowel sign or other mark written with one (ុ, ा, ั)."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _lettered(word: str) -> bool:
    """Letters (with their marks: Hindi vowel signs are no letters to ``isalpha``), no digit."""
    return any(ch.isalpha() for ch in word) and not any(ch.isdigit() for ch in word)


def _position_in(words: list[str], local: str) -> float | None:
    """Where in ``local`` the first of ``words`` (three letters or more; any Chinese characters
    or Hangul syllables, each a syllable: "静", "재현"; a word in another script by itself or
    by its Latin reading) is found, 0 to 1."""
    from tekil.normalize.latin import indic_script, latin
    from tekil.normalize.names import syllabic

    for word in words:
        if (len(word) >= 3 or syllabic(word)) and local:
            at = local.find(word)
            if at < 0 and _spelt_in_latin(word) and len(reading := latin(word)) >= 3:
                at = local.find(reading)  # "иван" in "ivan.petrov@", by its Latin reading
            if at < 0 and indic_script(word) and len(bare := _consonants(latin(word))) >= 3:
                # "ਹਰਪ੍ਰੀਤ" (harprit) in "harpreetkaur": an Indic word's consonants, whose vowels
                # Latin spellings write many ways (ee, i; w, v)
                spelt = _consonants(local)
                at = spelt.find(bare)
                if at >= 0:
                    return at / len(spelt)
            if at >= 0:
                return at / len(local)
    return None


_VOWELS = re.compile(r"[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")


def _consonants(text: str) -> str:
    """A Latin text's consonants, w as v, doubled ones once: "harpreet" and "harprit" are
    "hrprt", "rajwinder" and "rajvindar" "rjvndr"."""
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", text).replace("w", "v"))


#: Alphabets whose names an e-mail spells letter for letter in Latin ones (not kana, whose
#: readings a gift desk's recipients share with their senders' e-mails, nor abjads, whose
#: vowels are unwritten).
_SPELT_IN_LATIN = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"})


def _spelt_in_latin(word: str) -> bool:
    from tekil.normalize.latin import script

    return not word.isascii() and script(word[0]) in _SPELT_IN_LATIN


def street_like(values: pd.Series, seed: int = 0) -> bool:
    """Whether a column holds street addresses (see :func:`_street_like`)."""
    from tekil.normalize.ids import ISSUED, MASK
    from tekil.normalize.nrc import nrc
    from tekil.normalize.text import fold

    text = as_strings(_sample(values, seed)).str.strip()
    text = text[~text.str.contains(MASK)]  # "XXXX-XXXX-1234": a masked number, no street
    text = text[~text.str.fullmatch(ISSUED)]  # "12.345.678-9 SSP/SP": a Brazilian RG, no street
    text = text[text.map(nrc).isna()]  # "12/LAMANA (N) 123456": a Myanmar NRC, no street
    text = text[~text.str.fullmatch(_NINO)]  # "QQ 12 34 56 C": a National Insurance number
    return (
        len(text) >= _MIN_EVIDENCE
        and _street_like(text.map(lambda v: fold(v).split()))
        and not _codes(text)
    )


def _issued(text: pd.Series) -> bool:
    """Whether a third of the values or more are numbers with their issuer and state after
    them (a Brazilian RG's ``12.345.678-9 SSP/SP``: :data:`tekil.normalize.ids.ISSUED`)."""
    from tekil.normalize.ids import ISSUED

    return float(text.astype(str).str.strip().str.fullmatch(ISSUED).mean()) >= 1 / 3


def _codes(text: pd.Series) -> bool:
    """Whether most values are codes: letters and digits in parts joined by a hyphen, a slash
    or a dot, no space ("SC-2024-605158", "INV/2023/0042"); an address has spaces (or letters
    that write none: "東京都港区六本木6-10-1")."""
    return float(text.str.fullmatch(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)+").mean()) > 0.5


def _street_like(words: pd.Series) -> bool:
    """Most values have a house number (or a postcode: six digits at most; a message's phone
    number has more) and a word, three words or more, or are written as China, Japan and Taiwan
    write addresses, with no space: a place's name then a number ("東京都港区六本木6-10-1",
    "灣仔軒尼詩道343號"); and are mostly distinct. A street's name of one word and its number
    count too ("Drottninggatan 19", "Hauptstraße 5", as Nordic, German and Dutch streets are
    written) where the column's words are many (a plan's "Tier 2", a month's "Januar 2020" are
    a few, a plate's "ABC 123" short)."""
    shaped = words.map(
        lambda ws: (
            (len(ws) >= 3 and any(_house_number(w) for w in ws) and any(map(_lettered, ws)))
            or _EAST_ASIAN_ADDRESS.search(" ".join(ws)) is not None
        )
    )
    two = words.map(
        lambda ws: (
            len(ws) == 2
            and _house_number(ws[1])
            and _lettered(ws[0])
            and len(ws[0]) >= _STREET_WORD
        )
    )
    if two.any() and words[two].str[0].nunique() >= _MIN_EVIDENCE:
        shaped |= two
    distinct = words.map(" ".join).nunique() / max(len(words), 1)
    return float(shaped.mean()) > 0.5 and distinct >= 0.5


#: Letters, at least, of a street's name written in one word before its number.
_STREET_WORD = 5


#: A place's name in Chinese characters or kana, its kind's character last (city, ward,
#: county, town, village, road, prefecture, street), then a house or block number.
_EAST_ASIAN_ADDRESS = re.compile(
    "[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+[市区區县縣镇鎮乡鄉村街路道都府県町].*[0-9０-９]"
)


def _house_number(word: str) -> bool:
    """Whether a word is a number of six digits at most ("25", "36826", "12,"), as a house or
    a postcode is written."""
    digits = word.strip(".,;:")
    return digits.isdigit() and len(digits) <= 6
