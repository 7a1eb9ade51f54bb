"""Values of Western Balkan systems: Yugoslav citizen's numbers (JMBG, EMBG) read as ids by their
check digit, and numbers of other kinds left alone."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from tekil.id_checks import jmbg
from tekil.inference import role_from_values

_RNG = np.random.default_rng(7)


def _jmbg(born: dt.date, region: int, serial: int) -> str | None:
    body = f"{born:%d%m}{born.year % 1000:03d}{region:02d}{serial:03d}"
    s = sum(w * (int(body[i]) + int(body[i + 6])) for i, w in enumerate((7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    return None if k == 10 else body + str(0 if k == 11 else k)


def _jmbgs(n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        born = dt.date(1940, 1, 1) + dt.timedelta(days=int(_RNG.integers(0, 25000)))
        code = _jmbg(
            born, int(_RNG.choice([10, 21, 33, 45, 71, 80, 91])), int(_RNG.integers(0, 1000))
        )
        if code:
            out.append(code)
    return out


def test_a_column_of_jmbgs_is_ids():
    ids = _jmbgs(80)
    assert all(jmbg(i) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"
    # with a slip in one of twenty
    slipped = [
        i[:5] + str((int(i[5]) + 1) % 10) + i[6:] if k % 20 == 0 else i for k, i in enumerate(ids)
    ]
    assert role_from_values(pd.Series(slipped)) == "free_id"


def test_a_check_digit_of_eleven_is_zero():
    # 1 5 0 3 9 8 5 7 1 0 0 1 weigh 176, 0 modulo 11: the check digit is 0
    assert jmbg("1503985710010")
    assert not jmbg("1503985710011")


def test_thirteen_digits_of_other_kinds_are_no_jmbg():
    # EAN-13 barcodes of a store's own range (290...: "29" a day, "0x" a month) pass the check
    # one time in eleven; a column of them is no column of ids
    eans = [f"290{n:09d}" for n in _RNG.integers(0, 10**9, 200)]
    eans = [
        e + str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(e)) % 10) % 10)
        for e in eans
    ]
    assert np.mean([jmbg(e) for e in eans]) < 0.15
    assert role_from_values(pd.Series(eans)) != "free_id"


def test_no_slip_of_one_digit_passes_the_check():
    # A sum that gives 10 is never issued: read as 0 it would let a slip from a check digit of 0
    # (a sum of 11) pass, and two records of one person look like two people.
    for code in _jmbgs(200):
        for k in range(12):
            for d in "0123456789":
                if d != code[k]:
                    assert not jmbg(code[:k] + d + code[k + 1 :])


def test_bad_input_is_no_jmbg():
    assert not jmbg("")
    assert not jmbg("010199071000")  # twelve digits
    assert not jmbg("01019907100080")  # fourteen
    assert not jmbg("0101990710009")  # a wrong check digit
    assert not jmbg("3201990710008")  # the 32nd
    assert not jmbg("0113990710008")  # the 13th month
    assert not jmbg("01019907100O8")  # a letter O
    assert not jmbg("0000000000000")


def test_serbian_croatian_macedonian_and_albanian_address_words():
    from tekil.normalize import address

    got = address(
        pd.Series(
            [
                "ul. Kralja Milana br. 12, stan 3",
                "ул. Цара Душана бр. 25, стан 18",
                "Rruga e Kavajës, Pallati 5, Shk. 2, Ap. 14",
                "Bulevar oslobođenja 15",
                "Булевар ослобођења 15",
                "Trg bana Jelačića 3",
                "Rr. Nënë Tereza nr. 12",
            ]
        )
    )
    assert got["value"].tolist() == [
        "st kralja milana no 12 apt 3",
        "st цара душана no 25 apt 18",
        "st e kavajes blok 5 sc 2 apt 14",
        "blv oslobodenja 15",
        "blv ослобођења 15",
        "pl bana jelacica 3",
        "st nene tereza no 12",
    ]
    assert got["number"].tolist()[:2] == ["12", "25"]


def test_words_that_are_names_elsewhere_stay_words():
    from tekil.normalize import address

    # "Stan" and "Br" before no number are a name's and a street's words, not a flat or a number
    got = address(pd.Series(["Stan Smith Road 4", "Brodarice br", "Put Brodarice 50"]))
    assert got["value"].tolist() == ["stan smith rd 4", "brodarice br", "put brodarice 50"]


def test_serbian_cyrillic_meets_its_latin_spelling():
    from tekil.normalize.latin import latin, south_slavic_latin
    from tekil.normalize.text import fold

    for cyrillic, gaj in [
        ("Ђорђевић", "Đorđević"),
        ("Живковић", "Živković"),
        ("Цара Душана", "Cara Dušana"),
        ("Џавид", "Džavid"),
        ("Љубица", "Ljubica"),
        ("Његошева", "Njegoševa"),
    ]:
        assert south_slavic_latin(fold(cyrillic)) == fold(gaj)
    # a Russian name keeps its passport reading beside it
    assert latin(fold("Шевченко")) == "shevchenko"
    assert south_slavic_latin(fold("Шевченко")) == "sevcenko"  # Ševčenko, as Czech writes it


def test_a_serbian_name_in_two_scripts_is_alike_and_others_are_not():
    import numpy as np

    from tekil.similarity import south_slavic_readings

    uniques = np.array(["zivkovic", "живковић", "petrovic", "ivan"], dtype=object)
    readings = south_slavic_readings(uniques)
    assert readings[0] == readings[1] and readings[2] != readings[1]
    assert south_slavic_readings(np.array(["zivkovic", "ivan"], dtype=object)) is None


def test_two_valid_jmbgs_that_differ_are_two_people_a_slip_is_not():
    from tekil.guards import checked_ids_apart
    from tekil.records import prepare
    from tekil.settings import Settings

    ids = _jmbgs(40)
    slipped = ids[0][:4] + str((int(ids[0][4]) + 1) % 10) + ids[0][5:]  # fails the check
    assert not jmbg(slipped)
    df = pd.DataFrame({"jmbg": [ids[0], ids[1], slipped, ids[0], None, *ids[2:]]})
    records = prepare(df, Settings(roles={"jmbg": "free_id"}), np.arange(len(df)))
    i, j = np.zeros(4, dtype=np.int64), np.arange(1, 5)
    # another valid JMBG: two people; a slip of a digit, the same id, none: the model weighs them
    assert checked_ids_apart(records, i, j).tolist() == [True, False, False, False]


def test_ids_of_a_column_that_few_checks_pass_part_nobody():
    # A system's own numbers, thirteen digits: about one in a hundred passes a JMBG's test
    from tekil.guards import checked_ids_apart
    from tekil.records import prepare
    from tekil.settings import Settings

    own = [f"{n:013d}" for n in _RNG.integers(10**12, 10**13, 60)]
    valid = [_jmbgs(1)[0], _jmbgs(1)[0]]
    df = pd.DataFrame({"no": valid + own})
    records = prepare(df, Settings(roles={"no": "free_id"}), np.arange(len(df)))
    assert not checked_ids_apart(records, np.array([0]), np.array([1])).any()


def test_ids_without_their_leading_zeros_are_the_same_id():
    # A Teudat Zehut a spreadsheet wrote without its zeros: one id, not two
    from tekil.guards import checked_ids_apart
    from tekil.records import prepare
    from tekil.settings import Settings

    tz = ["000000018", "0000018", "046454286", "000000026", "000000034", "000000042", "000000059"]
    df = pd.DataFrame({"tz": tz * 4})
    records = prepare(df, Settings(roles={"tz": "free_id"}), np.arange(len(df)))
    assert checked_ids_apart(records, np.array([0, 0]), np.array([1, 2])).tolist() == [False, True]
