"""The check digit of the Luhn formula, as the benchmarks' generators make card numbers,
Emirates IDs and SIM serials.

>>> luhn_digit("411111111111111")
'1'
"""

from __future__ import annotations


def luhn_digit(body: str) -> str:
    """The digit that makes ``body`` followed by it pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def sri_lanka_nic_digit(body: str) -> str:
    """The check digit of a Sri Lankan NIC: the old form's eight digits (``YY DDD SSS``) weighted
    3, 2, 7, 6, 5, 4, 3, 2, the new form's eleven (``YYYY DDD SSSS``) 8, 4, 3, 2, 7, 6, 5, 8, 4,
    3, 2, eleven less the sum's remainder by eleven (0 for 10 and 11). The weights make an old
    number and its new form (``19`` before it, ``0`` before the serial) end in the same digit.

    >>> sri_lanka_nic_digit("85123457"), sri_lanka_nic_digit("19851230457")
    ('8', '8')
    """
    weights = (3, 2, 7, 6, 5, 4, 3, 2) if len(body) == 8 else (8, 4, 3, 2, 7, 6, 5, 8, 4, 3, 2)
    c = 11 - sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11
    return "0" if c >= 10 else str(c)


def ghana_tin_digit(body: str) -> str:
    """The check character of a Ghana Revenue Authority TIN of before the Ghana Card
    (``P00`` and seven more characters, then it): the second to tenth characters weighted 1 to
    9, the sum's remainder by eleven (``X`` for 10).

    >>> ghana_tin_digit("C000080356")
    '1'
    """
    c = sum(i * int(ch) for i, ch in enumerate(body[1:10], start=1)) % 11
    return "X" if c == 10 else str(c)


def cpf_digits(body: str) -> str:
    """The two check digits of a Brazilian CPF: the nine digits weighted 10 down to 2, eleven
    less the sum's remainder by eleven (0 for 10 and 11); then the ten weighted 11 down to 2.

    >>> cpf_digits("111444777")
    '35'
    """
    digits = [int(ch) for ch in body]
    for top in (10, 11):
        c = 11 - sum(d * w for d, w in zip(digits, range(top, 1, -1), strict=True)) % 11
        digits.append(0 if c >= 10 else c)
    return f"{digits[-2]}{digits[-1]}"


def portugal_mod11_digit(body: str) -> str:
    """The check digit of a Portuguese NIF (nine digits) and of a civil identification number
    (the old BI's and the Cartão de Cidadão's first eight digits): the eight digits weighted 9
    down to 2, eleven less the sum's remainder by eleven (0 for 10 and 11).

    >>> portugal_mod11_digit("12345678")
    '9'
    """
    c = 11 - sum(int(ch) * w for ch, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return "0" if c >= 10 else str(c)


def cartao_cidadao_digit(body: str) -> str:
    """The last character of a Portuguese Cartão de Cidadão's document number (``12345678 9 ZZ``
    then it): from the right, every second character's value (letters A=10 to Z=35) doubled,
    less nine above nine, the sum a multiple of ten with it.

    >>> cartao_cidadao_digit("000000000ZZ")
    '4'
    """
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch, 36)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    return str((10 - total % 10) % 10)


def rg_sp_digit(body: str) -> str:
    """The check character of a São Paulo RG (eight digits, then it): the digits weighted 2 to
    9, eleven less the sum's remainder by eleven (``X`` for 10, 0 for 11).

    >>> rg_sp_digit("24678131")
    '2'
    """
    c = 11 - sum(int(ch) * w for ch, w in zip(body, range(2, 10), strict=True)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def baltic_personal_digit(body: str) -> str:
    """The check digit of a Lithuanian *asmens kodas* and an Estonian *isikukood* (the same
    rule): the ten digits weighted 1 to 9 then 1, the sum's remainder by eleven; where that is
    10, weighted 3 to 9 then 1, 2, 3, and a remainder of 10 again is 0.

    >>> baltic_personal_digit("3330924006"), baltic_personal_digit("4900101123")
    ('4', '8')
    """
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        c = sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11
        if c != 10:
            return str(c)
    return "0"


def latvia_personal_digit(body: str) -> str:
    """The check digit of a Latvian *personas kods* (``DDMMYY-CNNNK``, and the ``32...`` codes
    without a birth date): 1101 less the ten digits weighted 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, by
    eleven, 0 for 10.

    >>> latvia_personal_digit("1805650561"), latvia_personal_digit("0611930646")
    ('0', '0')
    """
    total = sum(int(ch) * w for ch, w in zip(body, (1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    return str((1101 - total) % 11 % 10)


def ppsn_letter(digits: str, second: str = "") -> str:
    """The check letter of an Irish PPSN (seven digits, the letter, now and then a second
    letter: ``A`` on numbers issued since 2013, ``W`` on a married woman's of old, her
    husband's number with it): the digits weighted 8 down to 2, the second letter's place in the
    alphabet (``W`` nothing) weighted 9, the sum's remainder by 23 as a letter (0 ``W``, 1 ``A``
    to 22 ``V``).

    >>> ppsn_letter("1234567"), ppsn_letter("1234567", "A"), ppsn_letter("1234567", "W")
    ('T', 'F', 'T')
    """
    total = sum(int(ch) * w for ch, w in zip(digits, range(8, 1, -1), strict=True))
    if second and second.upper() != "W":
        total += 9 * (ord(second.upper()) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def mpan_digit(body: str) -> str:
    """The check digit of a British electricity meter's MPAN core (thirteen digits: the
    distributor's two, ten more, then it): the twelve digits weighted by the primes 3 to 43
    (11 left out), the sum's remainder by eleven, then by ten.

    >>> mpan_digit("120012345678")
    '7'
    """
    primes = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
    return str(sum(int(ch) * p for ch, p in zip(body, primes, strict=True)) % 11 % 10)


def belgian_nrn_digits(body: str, born_2000s: bool = False) -> str:
    """The two check digits of a Belgian national register number (``YYMMDD``, a three-digit
    serial odd for men: nine digits): 97 less the nine digits' remainder by 97, with a ``2`` put
    before them for those born in 2000 or later.

    >>> belgian_nrn_digits("850314123")
    '02'
    """
    n = int(("2" if born_2000s else "") + body)
    return f"{97 - n % 97:02d}"


def nir_key(body: str) -> str:
    """The key of a French social-security number (NIR: sex, ``YYMM``, the département, ``99``
    for those born abroad, the commune or the INSEE country code, a serial: thirteen digits):
    97 less their remainder by 97.

    >>> nir_key("1850399312045")
    '51'
    """
    return f"{97 - int(body) % 97:02d}"


def rib_key(bank: str, branch: str, account: str) -> str:
    """The two-digit key of a French-style RIB, as CEMAC banks use it (a bank's five digits, a
    branch's five, an account's eleven): 97 less the remainder by 97 of 89 times the bank, 15
    times the branch and 3 times the account.

    >>> rib_key("10005", "00001", "12345678901")
    '34'
    """
    c = (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{97 - c:02d}"


def ird_digit(body: str) -> str | None:
    """The check digit of a New Zealand IRD number (seven or eight digits, eight with a ``0``
    before them): the eight weighted 3, 2, 7, 6, 5, 4, 3, 2, eleven less the sum's remainder
    by eleven (0 for a remainder of 0); where that is 10, again with the weights 7, 4, 3, 2, 5,
    2, 7, 6; ``None`` where it is 10 again (the body is never issued).

    >>> ird_digit("4909185"), ird_digit("13641013")
    ('0', '2')
    """
    digits = [int(ch) for ch in body.zfill(8)]
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c < 10:
            return str(c)
    return None


def tfn_digit(body: str) -> str | None:
    """The last digit of an Australian Tax File Number (nine digits whose sum weighted 1, 4, 3,
    7, 5, 8, 6, 9, 10 is a multiple of eleven) after its first eight; ``None`` where no digit
    makes it one (the last weight is 10, so a remainder needing 10 is never issued).

    >>> tfn_digit("12345678")
    '2'
    """
    r = sum(int(ch) * w for ch, w in zip(body, (1, 4, 3, 7, 5, 8, 6, 9), strict=True)) % 11
    for d in range(10):
        if (r + 10 * d) % 11 == 0:
            return str(d)
    return None
