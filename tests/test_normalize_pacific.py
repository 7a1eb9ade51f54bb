"""New Zealand, Australian and Pacific Islands values: IRD numbers and Tax File Numbers by their
check digits, birth dates with Samoan, Tongan, Māori and Fijian months' names."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.id_checks import ID_KINDS, au_tfn, nz_ird
from tekil.inference import role_from_values
from tekil.normalize.dates import date

_RNG = np.random.default_rng(7)


def _ird() -> str:
    """An IRD number as Inland Revenue issues them: its check digit by the first weights, or by
    the second where the first give 10 (a body both give 10 is never issued)."""
    while True:
        body = f"{_RNG.integers(1_000_000, 15_000_000):08d}"
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            r = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
            check = 0 if r == 0 else 11 - r
            if check < 10:
                return body + str(check)


def _tfn() -> str:
    while True:
        body = [int(c) for c in f"{_RNG.integers(10_000_000, 100_000_000)}"]
        r = sum(d * w for d, w in zip(body, (1, 4, 3, 7, 5, 8, 6, 9), strict=True)) % 11
        last = next((d for d in range(10) if (r + 10 * d) % 11 == 0), None)
        if last is not None:
            return "".join(map(str, body)) + str(last)


def test_ird_numbers_pass_their_check():
    # Inland Revenue's examples: 49-091-850 (a zero before it or not), 136-410-132, and
    # 35-901-981, whose digit the second weights give.
    assert nz_ird("49091850") and nz_ird("049091850") and nz_ird("136410132")
    assert nz_ird("35901981")
    assert all(nz_ird(_ird()) for _ in range(200))


def test_what_is_no_ird_number():
    # A digit slipped; under 10,000,000 or over 150,000,000 (never issued: a New Zealand
    # mobile of nine digits without its 0); letters; too short or long.
    assert not nz_ird("49091851") and not nz_ird("136410133")
    assert not nz_ird("9125634") and not nz_ird("211234567") and not nz_ird("150000017")
    assert not nz_ird("4909185O") and not nz_ird("") and not nz_ird("1364101320")


def test_tax_file_numbers_pass_their_check():
    assert au_tfn("123456782") and au_tfn("876543210") and au_tfn("37118629")  # an old one's eight
    assert all(au_tfn(_tfn()) for _ in range(200))
    assert not au_tfn("123456783") and not au_tfn("000000000") and not au_tfn("0412345678")
    assert not au_tfn("12345678x") and not au_tfn("")


def test_columns_of_them_are_ids_written_any_way():
    irds = [_ird() for _ in range(80)]
    written = [f"{i[:3]}-{i[3:6]}-{i[6:]}" if k % 2 else i.lstrip("0") for k, i in enumerate(irds)]
    assert role_from_values(pd.Series(written)) == "free_id"
    tfns = [_tfn() for _ in range(80)]
    assert role_from_values(pd.Series([f"{t[:3]} {t[3:6]} {t[6:]}" for t in tfns])) == "free_id"


def test_phone_numbers_of_those_lengths_stay_phones():
    # Auckland landlines with their trunk 0 (nine digits), Singaporean and Fijian numbers of
    # eight and seven: each passes either check one time in eleven at most.
    auckland = [
        f"09 {n // 10_000:03d} {n % 10_000:04d}" for n in _RNG.integers(2_000_000, 9_999_999, 80)
    ]
    eight = [f"{n}" for n in _RNG.integers(81_000_000, 99_999_999, 80)]
    for numbers in (auckland, eight):
        digits = ["".join(c for c in n if c.isdigit()) for n in numbers]
        assert np.mean([nz_ird(d) for d in digits]) < 0.2
        assert np.mean([au_tfn(d) for d in digits]) < 0.2
        assert role_from_values(pd.Series(numbers)) != "free_id"


def test_each_is_a_kind_of_its_own():
    # Two IRD numbers that differ are two people's (tekil.guards.checked_ids_apart).
    assert [k for k, check in enumerate(ID_KINDS) if check("136410132")] == [ID_KINDS.index(nz_ird)]
    assert ID_KINDS.index(au_tfn) in [k for k, check in enumerate(ID_KINDS) if check("123456782")]


def test_birth_dates_with_pacific_months():
    got = date(
        pd.Series(
            [
                "10 Ianuari 1973",  # Samoan
                "8 Aukuso 1977",
                "14 Ma'asi 1985",  # Tongan, the glottal stop an apostrophe, an ʻokina, or none
                "14 Maʻasi 1985",
                "3 ʻAokosi 1990",
                "5 Mē 1960",
                "17 Hūrae 2001",  # Māori
                "2 Okosita 1999",  # Fijian
                "Tesema 12, 1980",
            ]
        )
    )
    assert got["value"].tolist() == [
        "1973-01-10",
        "1977-08-08",
        "1985-03-14",
        "1985-03-14",
        "1990-08-03",
        "1960-05-05",
        "2001-07-17",
        "1999-08-02",
        "1980-12-12",
    ]


def test_words_that_are_no_month_stay_unread():
    got = date(pd.Series(["14 Matia 1985", "14 mati", "Aukuso", "Samoa 1985 12"]))
    assert got["value"].isna().all()


def test_a_fathers_name_after_f_n_as_after_s_o():
    # Fiji's forms write the father's name after "f/n" (father's name), as others write "s/o".
    from tekil.normalize.names import name

    got = name(
        pd.Series(["Sunita Devi f/n Ram Lal", "SHIREEN LATA F/N ANIL NAND", "Sunita f / n Ram"])
    )
    # Two names or more on each side: the person's whole name before, the father's after.
    assert got["value"].tolist() == ["sunita devi", "shireen lata", "sunita ram"]
    assert got["given"].tolist() == ["sunita", "shireen", "sunita"]
    assert got["family"].tolist() == ["devi", "lata", "ram"]
    got = name(pd.Series(["Ram Prasad s/o Shiu Narayan", "Ravindra Singh S/O Ravindra Singh"]))
    assert got["value"].tolist() == ["ram prasad", "ravindra singh"]


def test_f_and_n_without_their_slash_or_at_an_end_are_left_alone():
    from tekil.normalize.names import name

    got = name(pd.Series(["Ram f n Lal", "F/N Ram Lal", "Ram Lal f/n"]))
    assert got["family"].tolist() == ["lal", "lal", "n"]


_GIVEN = ["sione", "mele", "tevita", "salote", "viliami", "losa", "semisi", "ana", "pita", "seini"]
_FAMILY = ["fifita", "latu", "vea", "havili", "moala", "funaki", "folau", "tabua", "waqa"]


def _beside(second: list[list[str]], mailed: int = 40) -> list[str]:
    """:func:`tekil.inference._beside_own_whole` on a bank's records: the customer's whole names
    (confirmed by the e-mails), ``second`` another whole-name column taken beside no e-mail."""
    from tekil.inference import _beside_own_whole

    own = [[_GIVEN[k % 10], _FAMILY[k % 9]] for k in range(len(second))]
    rows = pd.DataFrame({"c1": [" ".join(w) for w in own], "c2": [" ".join(w) for w in second]})
    local = pd.Series(
        [f"{g}.{f}{k}" if k < mailed else "" for k, (g, f) in enumerate(own)], dtype=object
    )
    source = pd.Series(np.where(local != "", "\0email", ""), dtype=object)
    read = {c: (rows[c], pd.Series([w for w in (own if c == "c1" else second)]), 1.0) for c in rows}
    found = {"c1": "full_name", "c2": "full_name"}
    return _beside_own_whole(rows, read, found, ["c2"], local, source)


def test_a_fathers_whole_names_beside_the_customers_are_someone_elses():
    # The father's given name is the son's in one record in eight: too often for kin told by
    # the e-mails alone, half as often as the customer's own names or less.
    fathers = [
        [_GIVEN[(k + 3) % 10] if k % 8 else _GIVEN[k % 10], _FAMILY[k % 9]] for k in range(60)
    ]
    assert _beside(fathers) == ["c2"]


def test_the_customers_names_written_again_or_in_other_letters_or_beside_few_e_mails_stay():
    again = [[_GIVEN[k % 10], _FAMILY[k % 9]] for k in range(60)]
    assert _beside(again) == []
    cyrillic = [["иван", "петров"] for _ in range(60)]
    assert _beside(cyrillic) == []
    fathers = [[_GIVEN[(k + 3) % 10], _FAMILY[k % 9]] for k in range(60)]
    assert _beside(fathers, mailed=3) == []
