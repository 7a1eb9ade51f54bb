"""National ids of digits alone read as ids by their check digits, phone numbers left alone."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tekil.id_checks import checked_id
from tekil.inference import role_from_values

_RNG = np.random.default_rng(11)


def _digits(n: int) -> list[int]:
    return [int(d) for d in _RNG.integers(0, 10, n)]


def _cpf() -> str:
    d = _digits(9)
    for n in (9, 10):
        s = sum(x * w for x, w in zip(d, range(n + 1, 1, -1), strict=True)) % 11
        d.append(0 if s < 2 else 11 - s)
    return "{}{}{}.{}{}{}.{}{}{}-{}{}".format(*d)


def _snils() -> str:
    d = _digits(9)
    s = sum(x * (9 - k) for k, x in enumerate(d))
    s = s % 101 if s > 101 else s
    body = "".join(map(str, d))
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {0 if s == 100 else s:02d}"


def _pinfl() -> str:
    d = _digits(13)
    return "".join(map(str, d)) + str(sum(x * (7, 3, 1)[k % 3] for k, x in enumerate(d)) % 10)


@pytest.mark.parametrize("make", [_cpf, _snils, _pinfl], ids=["cpf", "snils", "pinfl"])
def test_a_column_of_checked_ids_is_ids_not_phones(make):
    ids = [make() for _ in range(60)]
    assert all(checked_id("".join(c for c in i if c.isdigit())) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"


def test_phone_numbers_of_those_lengths_stay_phones():
    # Brazilian mobiles (eleven digits), Uzbek numbers with their country code (twelve),
    # Russian ones with the trunk 8 (eleven): each passes a check one time in ten at most.
    brazil = [f"119{n:08d}" for n in _RNG.integers(0, 10**8, 60)]
    uzbek = [f"99890{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    russia = [f"8916{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    for numbers in (brazil, uzbek, russia):
        assert np.mean([checked_id(n) for n in numbers]) < 0.2
        assert role_from_values(pd.Series(numbers)) != "free_id"
    assert role_from_values(pd.Series(brazil)) == role_from_values(pd.Series(russia)) == "phone"


def test_bad_input_is_no_checked_id():
    assert not checked_id("") and not checked_id("11111111111") and not checked_id("5299822472x")
    assert not checked_id("5299822472") and not checked_id("529982247251")


def test_each_kind_of_id_on_its_own():
    # A CPF and a SNILS have eleven digits each: the guard that parts two ids of one kind
    # (tekil.guards.checked_ids_apart) tells them apart, so a person's two is no conflict.
    from tekil.id_checks import ID_KINDS, jmbg

    cpf = "".join(c for c in _cpf() if c.isdigit())
    snils = "".join(c for c in _snils() if c.isdigit())
    kinds = {name: [k for k, check in enumerate(ID_KINDS) if check(v)] for name, v in
             [("cpf", cpf), ("snils", snils), ("jmbg", "0101990710008")]}  # fmt: skip
    assert kinds["jmbg"] == [ID_KINDS.index(jmbg)]
    assert ID_KINDS.index(jmbg) not in kinds["cpf"] + kinds["snils"]
    assert 2 in kinds["cpf"] and 3 in kinds["snils"]  # (the CPF's kind, the SNILS's)
    assert 2 not in kinds["snils"] or 3 not in kinds["cpf"]  # (each passes the other's rarely)


def _cedula() -> str:
    """A Dominican cédula: an office's three digits, a serial's seven, Luhn's check digit."""
    from tekil.normalize.cards import luhn_ok

    body = "".join(map(str, [0, 0, 1, *_digits(7)]))
    check = next(str(c) for c in range(10) if luhn_ok(body + str(c)))
    return f"{body[:3]}-{body[3:]}-{check}"


def _trn() -> str:
    """A Jamaican TRN: ``1``, seven digits and the check digit of the weights 3, 7, 1."""
    while True:
        d = [1, *_digits(7)]
        r = sum(x * w for x, w in zip(d, (3, 7, 1, 3, 7, 1, 3, 7), strict=True)) % 11
        if r != 1:
            return "{}{}{}-{}{}{}-{}{}".format(*d) + str((11 - r) % 11)


def test_caribbean_ids_are_ids_by_their_check_digits():
    from tekil.id_checks import dominican_cedula, jamaican_trn

    cedulas = [_cedula() for _ in range(60)]
    trns = [_trn() for _ in range(60)]
    assert all(dominican_cedula(c.replace("-", "")) for c in cedulas)
    # A cédula a spreadsheet held as a number, without its two leading zeros: the same id.
    assert all(dominican_cedula(c.replace("-", "").lstrip("0")) for c in cedulas)
    assert all(jamaican_trn(t.replace("-", "")) for t in trns)
    assert role_from_values(pd.Series(cedulas)) == "free_id"
    assert role_from_values(pd.Series(trns)) == "free_id"
    # Eleven digits run together with Luhn's check are a prepaid meter's as well: no id by
    # the check alone (tests/test_normalize_ghana.py), only as cédulas are written.
    assert role_from_values(pd.Series([c.replace("-", "") for c in cedulas])) != "free_id"


def test_caribbean_phones_and_slips_are_no_caribbean_ids():
    from tekil.id_checks import dominican_cedula, jamaican_trn

    # Dominican and Jamaican numbers with and without their 1: each passes one time in ten.
    dominican = [f"1809{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    jamaican = [f"876{n:07d}" for n in _RNG.integers(0, 10**7, 60)]
    for numbers in (dominican, jamaican):
        assert np.mean([dominican_cedula(n) or jamaican_trn(n) for n in numbers]) < 0.25
        assert role_from_values(pd.Series(numbers)) == "phone"
    # A slip of one digit, a digit too many or too few, nothing but zeros: no id.
    trn = _trn().replace("-", "")
    slipped = trn[:3] + str((int(trn[3]) + 1) % 10) + trn[4:]
    assert not jamaican_trn(slipped) and not jamaican_trn(trn[:8]) and not jamaican_trn(trn + "0")
    cedula = _cedula().replace("-", "")
    assert not dominican_cedula(cedula[:5] + str((int(cedula[5]) + 1) % 10) + cedula[6:])
    assert not dominican_cedula("0" * 11) and not dominican_cedula(cedula + "0")
    assert not dominican_cedula("001-1391820-5") and not jamaican_trn("12345678x")


def test_two_valid_cedulas_that_differ_are_two_people_one_without_its_zeros_is_not():
    from tekil.guards import checked_ids_apart
    from tekil.records import prepare
    from tekil.settings import Settings

    ids = [_cedula() for _ in range(40)]
    bare = ids[0].replace("-", "").lstrip("0")
    slipped = ids[0][:5] + str((int(ids[0][5]) + 1) % 10) + ids[0][6:]
    df = pd.DataFrame({"cedula": [ids[0], ids[1], bare, slipped, None, *ids[2:]]})
    records = prepare(df, Settings(roles={"cedula": "free_id"}), np.arange(len(df)))
    i, j = np.zeros(4, dtype=np.int64), np.arange(1, 5)
    # another valid cédula: two people; the same without its zeros, a slip, none: the model's
    assert checked_ids_apart(records, i, j).tolist() == [True, False, False, False]


def test_greek_amkas_are_ids_by_their_birth_date_and_check_digit_a_meter_s_serial_is_not():
    """An AMKA is eleven digits, the birth date first and Luhn's check last: a column of them
    is ids by its values, where eleven digits with Luhn's check alone are a meter's."""
    from tekil.id_checks import amka
    from tekil.normalize.cards import luhn_ok

    def completed(body: str) -> str:
        return next(body + d for d in "0123456789" if luhn_ok(body + d))

    amkas = [
        completed(f"{k % 28 + 1:02d}{k % 12 + 1:02d}{60 + k % 40:02d}{k:04d}") for k in range(60)
    ]
    assert all(map(amka, amkas))
    assert role_from_values(pd.Series(amkas)) == "free_id"
    meters = [completed(f"{k:010d}"[::-1]) for k in range(1000, 1060)]
    assert not all(map(amka, meters))
    assert role_from_values(pd.Series(meters)) != "free_id"


def test_finnish_identity_codes_are_ids_by_their_check_character_lookalikes_are_not():
    """A henkilötunnus is the birth date, the century's sign, three digits and the check
    character: a column of them that records share is ids by its values, where no name tells
    whose they are; codes of that shape whose check fails (order numbers) are not."""
    import tekil
    from tekil.id_checks import hetu

    checks = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    signs = "-A-Y"
    codes = [
        f"{k % 28 + 1:02d}{k % 12 + 1:02d}{k % 90 + 10:02d}{signs[k % 4]}{k + 100:03d}"
        for k in range(80)
    ]
    valid = [c + checks[int(c[:6] + c[7:]) % 31] for c in codes]
    wrong = [c + checks[(int(c[:6] + c[7:]) + 1) % 31] for c in codes]
    assert all(map(hetu, valid)) and not any(map(hetu, wrong))
    assert not hetu("131052 308T") and not hetu("131052-308t")
    given = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Mikko", "Sanna"]
    family = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen",
              "Koskinen", "Järvinen", "Lehtonen"]  # fmt: skip
    names = [f"{given[k % 8]} {family[k // 8]}" for k in range(80)]
    for ids, role in ((valid, "free_id"), (wrong, None)):
        # (The second system writes no name: its records' names cannot tell whose codes.)
        df = pd.DataFrame({"column_1": ids * 2, "name": names + [None] * 80})
        assert tekil.guess_settings(df).roles.get("column_1") == role


def _complete(body: str, check) -> str | None:
    """``body`` and the one last digit that passes ``check`` (None: no digit does)."""
    return next((body + d for d in "0123456789" if check(body + d)), None)


def _central_european_ids() -> dict[str, list[str]]:
    """PESELs (men and women, 1900s and 2000s), NIPs, RNOKPPs, birth numbers (women's months
    plus 50) written ``YYMMDD/XXXX``, TAJs written in threes."""
    from tekil.id_checks import _birth_number, _nip, _pesel, _rnokpp, _taj

    def birth(k: int) -> str:
        return f"{60 + k % 40:02d}{k % 12 + 1 + 50 * (k % 2):02d}{k % 28 + 1:02d}"

    pesels = [_complete(f"{birth(k)[:2]}{k % 12 + 1 + 20 * (k % 3 == 0):02d}"
                        f"{k % 28 + 1:02d}{k:04d}", _pesel) for k in range(60)]  # fmt: skip
    nips = [_complete(f"{k * 7919 % 10**9:09d}", _nip) for k in range(1, 80)]
    rnokpps = [_complete(f"{20000 + k * 97}{k:04d}", _rnokpp) for k in range(60)]
    births = [_complete(f"{birth(k)}{k:03d}", _birth_number) for k in range(60)]
    tajs = [_complete(f"{k * 104729 % 10**8:08d}", _taj) for k in range(60)]
    return {
        "pesel": pesels,
        "nip": [n for n in nips if n is not None],
        "rnokpp": rnokpps,
        "birth number": [f"{b[:6]}/{b[6:]}" for b in births],
        "taj": [f"{t[:3]} {t[3:6]} {t[6:]}" for t in tajs],
    }


@pytest.mark.parametrize("kind", ["pesel", "nip", "rnokpp", "birth number", "taj"])
def test_polish_ukrainian_czech_and_hungarian_ids_are_ids_by_their_check_digits(kind):
    ids = _central_european_ids()[kind]
    assert len(ids) >= 40
    assert all(checked_id("".join(c for c in i if c.isdigit())) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"


def test_central_european_slips_and_phones_are_no_such_ids():
    from tekil.id_checks import _birth_number, _pesel

    pesel = _central_european_ids()["pesel"][0]
    assert not checked_id(pesel[:10] + str((int(pesel[10]) + 1) % 10))
    assert not _pesel("44131401358")  # no thirteenth month
    assert not _birth_number("7813233542") and not _birth_number("7801323542")  # nor a 32nd day
    # Ten-digit numbers (the US, India, Ukraine's with its trunk 0) and nine-digit ones (Poland,
    # Hungary without the 06): each passes one check in five at most.
    for numbers in (
        [f"212{n:07d}" for n in _RNG.integers(0, 10**7, 60)],
        [f"98{n:08d}" for n in _RNG.integers(0, 10**8, 60)],
        [f"067{n:07d}" for n in _RNG.integers(0, 10**7, 60)],
        [f"60{n:07d}" for n in _RNG.integers(0, 10**7, 60)],
        [f"30{n:07d}" for n in _RNG.integers(0, 10**7, 60)],
    ):
        assert np.mean([checked_id(n) for n in numbers]) < 0.35
        assert role_from_values(pd.Series(numbers)) != "free_id"


def test_personnummer_with_their_century_are_ids_egyptian_mobiles_with_their_20_are_not():
    """A Swedish personnummer written with its century (``199408294941``, ``19940829-4941``) is
    checked on its last ten digits; Egypt's mobiles with the country code (``20 10 …``, twelve
    digits starting 20) pass a date and Luhn's check seldom."""
    from tekil.id_checks import dated_luhn_id

    born = [f"{1950 + k % 50}{k % 12 + 1:02d}{k % 28 + 1:02d}{k % 1000:03d}" for k in range(60)]
    ids = [_complete(b, dated_luhn_id) for b in born]
    written = [i if k % 2 else f"{i[:8]}-{i[8:]}" for k, i in enumerate(ids)]
    assert role_from_values(pd.Series(written)) == "free_id"
    assert role_from_values(pd.Series([i[2:] for i in ids])) == "free_id"  # without it, as before
    egypt = [f"2010{n:08d}" for n in _RNG.integers(0, 10**8, 60)]
    assert np.mean([dated_luhn_id(n) for n in egypt]) < 0.2
    assert role_from_values(pd.Series(egypt)) != "free_id"
