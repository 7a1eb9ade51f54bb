"""National ids of digits alone, known by their check digits: a column of them is read as ids
by its values (a file without its header row, or with names in a language tekil has no word
for), where its numbers might pass for phone numbers (or, thirteen digits and more, for card
numbers) of some plan.

A phone number passes one check digit one time in ten or eleven, two of them one time in a
hundred: a column passes only where nearly all its values do.

>>> checked_id("52998224725"), checked_id("11223344595"), checked_id("500100732259")
(True, True, True)
>>> checked_id("52998224724"), checked_id("79161234567"), checked_id("123")
(False, False, False)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from tekil.normalize.cards import luhn_ok

__all__ = [
    "ID_CHECKS",
    "ID_KINDS",
    "amka",
    "au_tfn",
    "baltic_personal_code",
    "birth_date",
    "checked_id",
    "dated_luhn_id",
    "dominican_cedula",
    "hetu",
    "iran_national_code",
    "jamaican_trn",
    "jmbg",
    "latvian_personal_code",
    "luhn_id",
    "mod97_national_number",
    "nz_ird",
    "ppsn",
    "thai_citizen_id",
]


def _digits(number: str) -> list[int]:
    return [int(c) for c in number]


def _weighted(digits: list[int], weights: list[int] | range) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False))


def _cpf(number: str) -> bool:
    """Brazil's CPF: eleven digits, two check digits mod 11 (weights 10..2, then 11..2)."""
    d = _digits(number)
    if len(set(d)) == 1:
        return False  # 111.111.111-11 passes and is no one's
    for n in (9, 10):
        s = _weighted(d[:n], range(n + 1, 1, -1)) % 11
        if d[n] != (0 if s < 2 else 11 - s):
            return False
    return True


def _snils(number: str) -> bool:
    """Russia's SNILS: nine digits weighted 9..1, the sum mod 101 as the last two (100: 00)."""
    d = _digits(number)
    s = _weighted(d[:9], range(9, 0, -1))
    s = s % 101 if s > 101 else s
    return int(number[9:]) == (0 if s == 100 else s)


def _inn(number: str) -> bool:
    """Russia's INN of a person: twelve digits, the last two check digits mod 11."""
    d = _digits(number)
    w = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d[10] == _weighted(d[:10], w[1:]) % 11 % 10 and d[11] == _weighted(d[:11], w) % 11 % 10


def _iin(number: str) -> bool:
    """Kazakhstan's IIN: twelve digits, the last weighted 1..11 mod 11 (10: weights 3..11, 1,
    2 again; 10 again: not issued)."""
    d = _digits(number)
    for weights in (range(1, 12), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        check = _weighted(d[:11], weights) % 11
        if check != 10:
            return d[11] == check
    return False


def _pinfl(number: str) -> bool:
    """Uzbekistan's PINFL (JShShIR): fourteen digits, the last weighted 7, 3, 1 mod 10."""
    d = _digits(number)
    return d[13] == _weighted(d[:13], [7, 3, 1] * 5) % 10


def _pesel(number: str) -> bool:
    """Poland's PESEL: the birth date YYMMDD (the month plus 20 for the 2000s, 80 for the
    1800s), five digits, the last weighted 1, 3, 7, 9 over the ten before, mod 10."""
    d = _digits(number)
    month, day = int(number[2:4]) % 20, int(number[4:6])
    return (int(number[2:4]) // 20 in (0, 1, 4) and 1 <= month <= 12 and 1 <= day <= 31) and d[
        10
    ] == -_weighted(d[:10], [1, 3, 7, 9] * 3) % 10


def _nip(number: str) -> bool:
    """Poland's NIP (a tax number): ten digits, the last weighted 6, 5, 7, 2, 3, 4, 5, 6, 7 over
    the nine before, mod 11 (10: not issued)."""
    d = _digits(number)
    return d[9] == _weighted(d[:9], [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11


def _rnokpp(number: str) -> bool:
    """Ukraine's RNOKPP (a person's tax number): the birth date as days since 1899-12-31, four
    digits, the last weighted -1, 5, 7, 9, 4, 6, 10, 5, 7 over the nine before, mod 11, mod 10."""
    d = _digits(number)
    return int(number[:5]) > 0 and d[9] == _weighted(d[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10


def _birth_number(number: str) -> bool:
    """The Czech and Slovak birth number (rodné číslo) of ten digits: the birth date YYMMDD (the
    month plus 50 for a woman, plus 20 once the day's numbers ran out), four digits, the whole
    divisible by 11 (or the first nine's remainder 10 and the last 0)."""
    month, day = int(number[2:4]) % 50, int(number[4:6])
    if not (1 <= month % 20 <= 12 and month <= 32 and 1 <= day <= 31):
        return False
    return int(number) % 11 == 0 or (int(number[:9]) % 11 == 10 and number[9] == "0")


def _taj(number: str) -> bool:
    """Hungary's TAJ (a social security number): nine digits, the last weighted 3, 7 over the
    eight before, mod 10."""
    d = _digits(number)
    return d[8] == _weighted(d[:8], [3, 7] * 4) % 10


_BY_LENGTH: dict[int, tuple[Callable[[str], bool], ...]] = {
    9: (_taj,),
    10: (_nip, _rnokpp, _birth_number),
    11: (_cpf, _snils, _pesel),
    12: (_inn, _iin),
    14: (_pinfl,),
}


def checked_id(digits: str) -> bool:
    """Whether ``digits`` (digits alone) are a national id whose check digits hold: Brazil's
    CPF, Russia's SNILS and INN, Kazakhstan's IIN, Uzbekistan's PINFL, Poland's PESEL and NIP,
    Ukraine's RNOKPP, the Czech and Slovak birth number, Hungary's TAJ."""
    checks = _BY_LENGTH.get(len(digits), ())
    return digits.isdigit() and any(check(digits) for check in checks)


def iran_national_code(digits: str) -> bool:
    """Whether ``digits`` are an Iranian national code (کد ملی): ten digits (eight or nine
    where a spreadsheet dropped its leading zeros), the last the check digit of the nine
    before it, the sum of each times its place from the end (10 to 2) modulo 11, r for r
    under 2, else 11 - r. One number in eleven passes by chance: a column of them passes whole.

    >>> iran_national_code("0012345679"), iran_national_code("12345679"), iran_national_code("0012345678")
    (True, True, False)
    """
    if not 8 <= len(digits) <= 10 or not digits.isdigit():
        return False
    code = digits.zfill(10)
    if code == code[0] * 10:
        return False
    r = sum(int(d) * (10 - k) for k, d in enumerate(code[:9])) % 11
    return int(code[9]) == (r if r < 2 else 11 - r)


def luhn_id(digits: str) -> bool:
    """Whether ``digits`` are a national id of nine digits whose last is Luhn's check digit of
    the rest (Israel's Teudat Zehut, Canada's social insurance number; seven or eight where a
    spreadsheet dropped leading zeros, which Luhn's sum does not count). One number in ten
    passes by chance, a phone number too: a column of them passes whole.

    >>> luhn_id("000000018"), luhn_id("18"), luhn_id("046454286"), luhn_id("046454287")
    (True, False, True, False)
    """
    ok = 7 <= len(digits) <= 9 and digits.isdigit() and digits.strip("0") != ""
    return ok and luhn_ok(digits)


def dominican_cedula(digits: str) -> bool:
    """Whether ``digits`` are a Dominican cédula de identidad y electoral: eleven digits, the
    issuing office's three (``001`` the National District; ``402`` a series issued anywhere),
    a serial of seven, Luhn's check digit of the ten before it (weights 1, 2, 1, 2, ... from
    the left); nine or ten where a spreadsheet dropped its leading zeros (``00112345678``),
    which Luhn's sum does not count. One number in ten passes by chance, a
    phone number too: a column of them passes whole.

    >>> dominican_cedula("00113918205"), dominican_cedula("113918205"), dominican_cedula("40225543210")
    (True, True, True)
    >>> dominican_cedula("00113918206"), dominican_cedula("00000000000"), dominican_cedula("12345678")
    (False, False, False)
    """
    ok = 9 <= len(digits) <= 11 and digits.isdigit() and digits.strip("0") != ""
    return ok and luhn_ok(digits)


def jamaican_trn(digits: str) -> bool:
    """Whether ``digits`` are a Jamaican taxpayer registration number (TRN, every adult's and
    every firm's: ``1`` first for a person): nine digits, the last the check digit that
    validators compute (Tax Administration Jamaica publishes none): the eight before it weighted
    3, 7, 1, 3, 7, 1, 3, 7, eleven less the sum's remainder by eleven (0 for 0; a remainder of 1
    gives 10, a body never issued). A slip of one digit moves the remainder, so it never passes.

    >>> jamaican_trn("123456784"), jamaican_trn("100000011")
    (True, True)
    >>> jamaican_trn("123456785"), jamaican_trn("000000000"), jamaican_trn("12345678")
    (False, False, False)
    """
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    r = _weighted(_digits(digits), [3, 7, 1, 3, 7, 1, 3, 7]) % 11
    return r != 1 and int(digits[8]) == (11 - r) % 11


def dated_luhn_id(digits: str) -> bool:
    """Whether ``digits`` are a national id that starts with its holder's birth date (YYMMDD)
    and ends with Luhn's check digit: South Africa's thirteen digits, Sweden's personnummer of
    ten. A card number's first six digits are such a date about one time in twenty-five: a
    column of them is no column of cards.

    >>> dated_luhn_id("8001015009087"), dated_luhn_id("8001015009088")
    (True, False)
    >>> dated_luhn_id("8112189876"), dated_luhn_id("4111111111111111")
    (True, False)

    A personnummer written with its century (twelve digits, as Swedish forms now ask) is
    checked on its last ten, and a coordination number's day is the birth day plus 60:

    >>> dated_luhn_id("198112189876"), dated_luhn_id("8112789873"), dated_luhn_id("178112189876")
    (True, True, False)
    """
    if len(digits) == 12 and digits[:2] in ("18", "19", "20"):
        digits = digits[2:]
    if len(digits) not in (10, 13) or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if len(digits) == 10 and day > 60:
        day -= 60  # (a Swedish coordination number)
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn_ok(digits)


def amka(digits: str) -> bool:
    """Whether ``digits`` are a Greek social security number (AMKA, every insured person's):
    eleven digits, the holder's birth date first (DDMMYY), Luhn's check digit last. Eleven
    digits and Luhn's check alone are a prepaid meter's too; the date is not, one time in
    twenty-five.

    >>> amka("01017012343"), amka("15038512347"), amka("15038512348"), amka("32017012341")
    (True, True, False, False)
    """
    if len(digits) != 11 or not digits.isdigit():
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12 and luhn_ok(digits)


def jmbg(digits: str) -> bool:
    """Whether ``digits`` are a Yugoslav citizen's number (JMBG; Serbia's, Bosnia and
    Herzegovina's, Montenegro's, North Macedonia's EMBG, and the old ones of Croatia, Slovenia and
    Kosovo): thirteen digits, ``DDMMYYY`` (the birth date, the year's last three digits), the
    region, a serial and a check digit, eleven less the sum of the first twelve weighted 7, 6, 5,
    4, 3, 2, 7, 6, 5, 4, 3, 2 modulo eleven (0 for 11; serials whose sum gives 10 are never
    issued, so that a slip of one digit never passes: read as 0 it would, where the sum moves
    from 11 to 10). No plan's phone numbers run to thirteen digits, and a card number is no
    such date one time in ten.

    >>> jmbg("0101990710008"), jmbg("1503985710010"), jmbg("0101990710009"), jmbg("3213985710010")
    (True, True, False, False)
    >>> jmbg("3009997102280"), jmbg("3009997192280")  # a slip of the ninth digit: a sum of 10
    (True, False)
    """
    if len(digits) != 13 or not digits.isdigit():
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    d = _digits(digits)
    k = 11 - _weighted(d[:12], [7, 6, 5, 4, 3, 2] * 2) % 11
    return k != 10 and d[12] == k % 11


def thai_citizen_id(digits: str) -> bool:
    """Whether ``digits`` are a Thai citizen id (เลขประจำตัวประชาชน, on every Thai identity card,
    house registration and tax form), or the number of the same plan a non-Thai resident is
    given (a migrant worker's pink card: ``00`` first): thirteen digits, the first the holder's
    category (0 to 8), then the registering office, a book and a serial, and a check digit: eleven
    less the sum of the first twelve weighted 13 down to 2 modulo eleven, its last digit. A slip
    of one digit changes the sum's remainder, which gives another check digit but one time in
    eleven (remainders 0 and 10 both give 1).

    >>> thai_citizen_id("1101700203450"), thai_citizen_id("0074014704131")
    (True, True)
    >>> thai_citizen_id("1101700203451"), thai_citizen_id("9101700203455"), thai_citizen_id("110")
    (False, False, False)
    """
    if len(digits) != 13 or not digits.isdigit() or digits[0] == "9":
        return False
    d = _digits(digits)
    return d[12] == (11 - _weighted(d[:12], range(13, 1, -1)) % 11) % 10


def baltic_personal_code(digits: str) -> bool:
    """Whether ``digits`` are a Lithuanian personal code (*asmens kodas*) or an Estonian one
    (*isikukood*), which share their rule: eleven digits, the century and sex (1 to 6: a man of
    the 1800s, a woman, a man of the 1900s, ...), the birth date ``YYMMDD`` (a month or day of
    00 where it was not known), a serial, and a check digit: the first ten weighted 1 to 9 then
    1, the sum's remainder by eleven; where that is 10, weighted 3 to 9 then 1, 2, 3, and a
    remainder of 10 again gives 0. A Baltic phone number with its country code (``370 6``,
    ``372 5``) has no month there.

    >>> baltic_personal_code("33309240064"), baltic_personal_code("49001011238")
    (True, True)
    >>> baltic_personal_code("33309240065"), baltic_personal_code("37061234567")
    (False, False)
    """
    if len(digits) != 11 or not digits.isdigit() or digits[0] not in "123456":
        return False
    if int(digits[3:5]) > 12 or int(digits[5:7]) > 31:
        return False
    d = _digits(digits)
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        check = _weighted(d[:10], weights) % 11
        if check != 10:
            return d[10] == check
    return d[10] == 0


def latvian_personal_code(digits: str) -> bool:
    """Whether ``digits`` are a Latvian personal code (*personas kods*) of the form that
    carries the birth date: ``DDMMYY``, the century (0: the 1800s, 1: the 1900s, 2: the 2000s),
    a serial and a check digit, 1101 less the first ten weighted 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
    by eleven (0 for 10). The codes issued since 2017 without a date (``32`` first) have no
    check that is published, and are no code of this kind.

    >>> latvian_personal_code("18056505610"), latvian_personal_code("06119306460")
    (True, True)
    >>> latvian_personal_code("18056505611"), latvian_personal_code("32123456789")
    (False, False)
    """
    if len(digits) != 11 or not digits.isdigit() or digits[6] not in "012":
        return False
    if not (1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12):
        return False
    d = _digits(digits)
    return d[10] == (1101 - _weighted(d[:10], [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 % 10


def birth_date(digits: str) -> str | None:
    """The birth date (``YYYY-MM-DD``) a national id of digits carries, where it is one of the
    kinds known to carry it with their check digit right (a Lithuanian or Estonian personal
    code, a Latvian one of the dated form), and its date is whole; else ``None``.

    >>> birth_date("33309240064"), birth_date("61501010002"), birth_date("14038512341")
    ('1933-09-24', '2015-01-01', '1985-03-14')
    >>> birth_date("33309240065"), birth_date("32123456789"), birth_date("12345")
    (None, None, None)
    """
    if baltic_personal_code(digits):
        century = 1800 + 100 * ((int(digits[0]) - 1) // 2)
        year, month, day = century + int(digits[1:3]), int(digits[3:5]), int(digits[5:7])
    elif latvian_personal_code(digits):
        year = 1800 + 100 * int(digits[6]) + int(digits[4:6])
        month, day = int(digits[2:4]), int(digits[:2])
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # a month or day of 00, the 30th of February
        return None


def mod97_national_number(digits: str) -> bool:
    """Whether ``digits`` are a Belgian national register number or a French social-security
    number (NIR), both keyed by 97 less the number's remainder by 97. The Belgian: eleven
    digits, ``YYMMDD``, a serial and the key of the first nine (with a ``2`` before them for
    those born in 2000 or later; the month 20 or 40 higher in a foreigner's bis number). The
    French: fifteen, the sex (1 or 2; 3, 4, 7, 8 for a provisional number), ``YYMM``, the place
    of birth, a serial and the key of the first thirteen. A diaspora's files hold the two side by
    side; a phone number passes a two-digit key one time in 97.

    >>> mod97_national_number("85031412302"), mod97_national_number("185039931204551")
    (True, True)
    >>> mod97_national_number("85031412303"), mod97_national_number("32470123456")
    (False, False)
    """
    if not digits.isdigit():
        return False
    if len(digits) == 11:
        month = int(digits[2:4]) % 20
        key = int(digits[9:])
        body = digits[:9]
        return month <= 12 and key in (97 - int(body) % 97, 97 - int("2" + body) % 97)
    if len(digits) == 15 and digits[0] in "123478":
        return int(digits[13:]) == 97 - int(digits[:13]) % 97
    return False


def nz_ird(digits: str) -> bool:
    """Whether ``digits`` are a New Zealand IRD number (Inland Revenue's, on every pay slip,
    bank account and KiwiSaver form): eight or nine digits from 10,000,000 to 150,000,000 (a
    leading zero written or not), the last a check digit: the eight before it (a zero before
    seven) weighted 3, 2, 7, 6, 5, 4, 3, 2, eleven less the sum's remainder by eleven (0 for
    none); where that is 10, weighted 7, 4, 3, 2, 5, 2, 7, 6 instead, and a 10 again is never
    issued. A phone number of eight or nine digits passes one time in eleven or fewer.

    >>> nz_ird("49091850"), nz_ird("049091850"), nz_ird("136410132"), nz_ird("35901981")
    (True, True, True, True)
    >>> nz_ird("49091851"), nz_ird("136410133"), nz_ird("211234567"), nz_ird("9125634")
    (False, False, False, False)
    """
    if not 8 <= len(digits) <= 9 or not digits.isdigit():
        return False
    if not 10_000_000 <= int(digits) <= 150_000_000:
        return False
    d = _digits(digits.zfill(9))
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = _weighted(d[:8], weights) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return d[8] == check
    return False


def au_tfn(digits: str) -> bool:
    """Whether ``digits`` are an Australian Tax File Number: nine digits whose sum weighted 1,
    4, 3, 7, 5, 8, 6, 9, 10 is a multiple of eleven (the eight of an old one weighted 10, 7, 8,
    4, 6, 3, 5, 1). One number in eleven passes by chance: a column of them passes whole.

    >>> au_tfn("123456782"), au_tfn("876543210"), au_tfn("37118629")
    (True, True, True)
    >>> au_tfn("123456783"), au_tfn("000000000"), au_tfn("0412345678")
    (False, False, False)
    """
    weights = {9: (1, 4, 3, 7, 5, 8, 6, 9, 10), 8: (10, 7, 8, 4, 6, 3, 5, 1)}.get(len(digits))
    if weights is None or not digits.isdigit() or digits.strip("0") == "":
        return False
    return _weighted(_digits(digits), weights) % 11 == 0


#: The checks a column of ids is read by, each on its own: a column of one kind passes whole.
#: (Not the Dominican cédula's: eleven digits and Luhn's check are a prepaid meter's too; a
#: column of cédulas is read by how they are written, ``001-1234567-8``.)
ID_CHECKS: tuple[Callable[[str], bool], ...] = (
    iran_national_code,
    luhn_id,
    checked_id,
    jmbg,
    thai_citizen_id,
    baltic_personal_code,
    latvian_personal_code,
    mod97_national_number,
    jamaican_trn,
    nz_ird,
    au_tfn,
    amka,
)


_PPSN = re.compile(r"(\d{7})([A-W])([A-IW]?)")


def ppsn(value: str) -> bool:
    """Whether ``value`` (upper case, no spaces) is an Irish PPSN that passes its check: seven
    digits, then the check letter, then now and then a second letter (``A`` on numbers since
    2013; ``W`` on a married woman's of old, her husband's number with it): the digits weighted
    8 down to 2 and the second letter's place in the alphabet (``W`` nothing) 9, the sum's
    remainder by 23 the check letter (0 ``W``, 1 ``A``).

    >>> ppsn("1234567T"), ppsn("1234567TW"), ppsn("1234567FA"), ppsn("1234567F"), ppsn("1234567")
    (True, True, True, False, False)
    """
    m = _PPSN.fullmatch(value)
    if m is None:
        return False
    total = _weighted(_digits(m[1]), range(8, 1, -1))
    if m[3] and m[3] != "W":
        total += 9 * (ord(m[3]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == m[2]


_HETU = re.compile(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])")


def hetu(value: str) -> bool:
    """Whether ``value`` (upper case, no spaces) is a Finnish personal identity code
    (henkilötunnus) that passes its check: the birth date DDMMYY, the century's sign (``+``
    1800s, ``-`` or ``U``–``Y`` 1900s, ``A``–``F`` 2000s), three digits, and the check
    character, the nine digits' remainder by 31 in ``0123456789ABCDEFHJKLMNPRSTUVWXY``.

    >>> hetu("131052-308T"), hetu("010594Y9032"), hetu("131052-308U"), hetu("131052308T")
    (True, True, False, False)
    """
    m = _HETU.fullmatch(value)
    return m is not None and _HETU_CHECKS[int(m[1] + m[2]) % 31] == m[3]


_HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _of_length(n: int, check: Callable[[str], bool]) -> Callable[[str], bool]:
    def one(digits: str) -> bool:
        return len(digits) == n and digits.isdigit() and check(digits)

    return one


#: Each kind of id on its own (a CPF is no SNILS, an INN no IIN, though each has eleven or
#: twelve digits): two different ids of one kind are two people's
#: (:func:`tekil.guards.checked_ids_apart`).
ID_KINDS: tuple[Callable[[str], bool], ...] = (
    iran_national_code,
    luhn_id,
    _of_length(11, _cpf),
    _of_length(11, _snils),
    _of_length(12, _inn),
    _of_length(12, _iin),
    _of_length(14, _pinfl),
    _of_length(11, _pesel),
    _of_length(10, _nip),
    _of_length(10, _rnokpp),
    _of_length(10, _birth_number),
    _of_length(9, _taj),
    jmbg,
    thai_citizen_id,
    baltic_personal_code,
    latvian_personal_code,
    dominican_cedula,
    jamaican_trn,
    nz_ird,
    au_tfn,
    amka,
)
