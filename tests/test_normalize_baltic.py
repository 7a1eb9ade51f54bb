"""Baltic personal codes: Lithuania's asmens kodas and Estonia's isikukood, Latvia's personas
kods, known by their check digits, and the birth dates they carry read as birth dates."""

from __future__ import annotations

import numpy as np
import pandas as pd

from frames import listed
from tekil.coded_births import coded_births, read_off
from tekil.id_checks import ID_KINDS, baltic_personal_code, birth_date, latvian_personal_code
from tekil.inference import role_from_values
from tekil.records import prepare
from tekil.settings import Settings

_RNG = np.random.default_rng(7)


def _baltic(first: int, yymmdd: str) -> str:
    """A Lithuanian or Estonian code with its check digit."""
    body = f"{first}{yymmdd}{_RNG.integers(0, 1000):03d}"
    d = [int(c) for c in body]
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        check = sum(x * w for x, w in zip(d, weights, strict=True)) % 11
        if check != 10:
            return body + str(check)
    return body + "0"


def _latvian(ddmmyy: str, century: int = 1) -> str:
    body = f"{ddmmyy}{century}{_RNG.integers(0, 1000):03d}"
    total = sum(int(c) * w for c, w in zip(body, (1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    return body + str((1101 - total) % 11 % 10)


def test_the_codes_are_known_by_their_check_digits():
    assert baltic_personal_code("33309240064")  # a published example
    assert latvian_personal_code("18056505610") and latvian_personal_code("06119306460")
    for yymmdd in ("850314", "991231", "000101"):
        code = _baltic(3, yymmdd)
        assert baltic_personal_code(code)
        slipped = code[:5] + str((int(code[5]) + 1) % 10) + code[6:]
        assert not baltic_personal_code(slipped)  # a slip of one digit
    code = _latvian("140385")
    assert latvian_personal_code(code) and not latvian_personal_code(code[:-1] + "x")


def test_lookalikes_are_no_codes():
    # Baltic phones with their country code (no month at the code's place), a Latvian code of
    # 2017's form (no date, no published check), a century digit no code has, other lengths.
    for number in ("37061234567", "37052123456", "37251234567", "37129123456", "37167123456"):
        assert not baltic_personal_code(number) and not latvian_personal_code(number)
    assert not latvian_personal_code("32123456789") and birth_date("32123456789") is None
    body = "7850314001"
    assert not baltic_personal_code(body + "0") and not baltic_personal_code(body[:9])
    assert not latvian_personal_code("14038531234")  # a century digit of 3


def test_the_birth_date_a_code_carries():
    assert birth_date(_baltic(3, "850314")) == "1985-03-14"
    assert birth_date(_baltic(6, "150101")) == "2015-01-01"
    assert birth_date(_baltic(2, "991231")) == "1899-12-31"
    assert birth_date(_latvian("140385")) == "1985-03-14"
    assert birth_date(_latvian("010105", century=2)) == "2005-01-01"
    # A Lithuanian code of someone whose birth day was not known (00): a code, no date.
    unknown = _baltic(4, "500300")
    assert baltic_personal_code(unknown) and birth_date(unknown) is None
    assert birth_date("52998224725") is None  # a CPF


def test_a_column_of_codes_is_read_as_ids_by_its_values():
    lt = [_baltic(int(_RNG.integers(3, 5)), f"{y:02d}{m:02d}{d:02d}")
          for y, m, d in zip(_RNG.integers(40, 99, 40), _RNG.integers(1, 13, 40),
                             _RNG.integers(1, 29, 40), strict=True)]  # fmt: skip
    lv = [_latvian(f"{d:02d}{m:02d}{y:02d}")
          for y, m, d in zip(_RNG.integers(40, 99, 40), _RNG.integers(1, 13, 40),
                             _RNG.integers(1, 29, 40), strict=True)]  # fmt: skip
    assert role_from_values(pd.Series(lt)) == "free_id"
    assert role_from_values(pd.Series([f"{c[:6]}-{c[6:]}" for c in lv])) == "free_id"


def test_a_code_of_each_country_its_own_kind():
    # Two different codes of one kind are two people's; a Latvian code of either form and a
    # Lithuanian one are not of one kind, nor a CPF of eleven digits.
    lt, lv = _baltic(3, "850314"), _latvian("140385")
    kinds = {v: [k for k, check in enumerate(ID_KINDS) if check(v)] for v in (lt, lv)}
    assert kinds[lt] == [ID_KINDS.index(baltic_personal_code)]
    assert kinds[lv] == [ID_KINDS.index(latvian_personal_code)]
    assert not any(check("32123456789") for check in ID_KINDS[-2:])


def test_an_id_column_of_codes_gets_a_birth_date_column():
    codes = [_baltic(3, "850314"), _baltic(4, "900211")] * 10 + ["3850314001X", None]
    df = pd.DataFrame({"Asmens kodas": codes, "Vardas": ["Jonas"] * len(codes)})
    out, roles = coded_births(df, {"Asmens kodas": "free_id", "Vardas": "first_name"})
    made = "Asmens kodas (birth date)"
    assert roles[made] == "dob" and read_off(made) and not read_off("Asmens kodas")
    assert list(out.columns) == ["Asmens kodas", made, "Vardas"]
    assert out[made].tolist()[:2] == ["1985-03-14", "1990-02-11"]
    assert listed(out[made])[-2:] == [None, None]
    assert list(df.columns) == ["Asmens kodas", "Vardas"]  # the caller's frame as it was


def test_id_columns_of_other_numbers_are_left_alone():
    # Passports, a system's own numbers, phones, Latvian codes of 2017's form: no dates.
    for values in (
        [f"LT{n:07d}" for n in range(30)],
        [f"{n:011d}" for n in range(10**9, 10**9 + 30)],
        [f"+370 6{n:07d}" for n in range(30)],
        [f"32{n:04d}-{n:05d}" for n in range(30)],
    ):
        df = pd.DataFrame({"id": values})
        out, roles = coded_births(df, {"id": "free_id"})
        assert list(out.columns) == ["id"] and roles == {"id": "free_id"}


def test_a_date_read_off_a_code_fills_the_records_without_a_written_one():
    # A bank writes the date beside the code, a telco keeps the code alone, an app the date:
    # the three meet on one date field, a record's written date first.
    lt = _baltic(3, "850314")
    df = pd.DataFrame(
        {
            "Gimimo data": ["1985-03-14", None, None, "1985-03-15"],
            "Asmens kodas": [lt, None, None, lt],
            "Personas kods": [None, _latvian("140385"), None, None],
            "birth_date": [None, None, "14/03/1985", None],
        }
    )
    roles = {"Gimimo data": "dob", "Asmens kodas": "free_id", "Personas kods": "free_id"}
    roles |= {"birth_date": "dob"}
    df, roles = coded_births(pd.concat([df] * 25, ignore_index=True), roles)
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    dob = [name for name, f in records.fields.items() if f.role == "dob"]
    assert dob == ["Gimimo data"]
    field = records.fields["Gimimo data"]
    years = field.parts["year"][:4].tolist()
    assert years == [1985, 1985, 1985, 1985]
    assert field.codes[0] == field.codes[1] == field.codes[2] != field.codes[3]  # its own date


def test_sex_letters_read_as_the_columns_language_writes_them():
    # Lithuanian V is vyras (a man), M moteris (a woman): the Dutch letters the other way round.
    from tekil.normalize.gender import column_letters, gender

    letters = pd.Series(["V", "M", "v", "vyras", "Moteris", "F", "?"])
    read = gender(letters, column_letters("Lytis"))["value"].tolist()
    assert read[:6] == ["m", "f", "m", "m", "f", "f"] and pd.isna(read[6])
    assert gender(pd.Series(["V", "S"]), column_letters("Dzimums"))["value"].tolist() == ["m", "f"]
    assert gender(pd.Series(["M", "N"]), column_letters("Sugu"))["value"].tolist() == ["m", "f"]
    assert column_letters("Kliento lytis") == column_letters("Lytis")
    # ... and a column of another language, or of none, as before: Dutch V is vrouw.
    assert column_letters("geslacht") is None and column_letters("gender") is None
    assert column_letters("column_7") is None
    assert gender(pd.Series(["V", "M"]), column_letters("geslacht"))["value"].tolist() == ["f", "m"]


def test_a_lithuanian_sex_column_is_read_by_its_name():
    df = pd.DataFrame({"Vardas": ["Jonas", "Ona"], "Lytis": ["V", "M"], "geslacht": ["V", "M"]})
    roles = {"Vardas": "first_name", "Lytis": "gender", "geslacht": "gender"}
    records = prepare(df, Settings(roles=roles), np.arange(2))
    lytis = [f for f in records.fields.values() if f.role == "gender"]
    values = {tuple(f.columns): [f.value_of(k) for k in range(2)] for f in lytis}
    assert values == {("Lytis",): ["m", "f"], ("geslacht",): ["f", "m"]}


def test_russian_and_english_given_names_as_the_baltic_countries_write_them():
    # Сергей is Latvian Sergejs, Lithuanian Sergejus, an Estonian passport's Sergei and an
    # app's Sergey; John is Latvian Džons. Folded as the name normaliser leaves them.
    from tekil.nicknames import nickname_groups, same_group
    from tekil.normalize.text import fold

    pairs = [("Sergejs", "Sergey"), ("Sergejus", "сергей"), ("Jevgēņijs", "Evgeny"),
             ("Mihhail", "Mihails"), ("Natālija", "Natalja"), ("Jeļena", "Elena"), ("Džons", "John"),
             ("Aleksejus", "Alexey")]  # fmt: skip
    others = [("Jonas", "Jana"), ("Marius", "Maria"), ("Sergejs", "Aleksejs"), ("Igors", "Inga")]
    names = [fold(n).lower() for pair in pairs + others for n in pair]
    groups = nickname_groups(names)
    a, b = np.arange(0, len(names), 2), np.arange(1, len(names), 2)
    assert same_group(groups, a, b).tolist() == [True] * len(pairs) + [False] * len(others)


def _telco(n: int, with_dob: float, seed: int = 3) -> pd.DataFrame:
    """A telco's records without a header: a birth date on some, the contract's date on all."""
    rng = np.random.default_rng(seed)
    born = pd.to_datetime("1950-01-01") + pd.to_timedelta(rng.integers(0, 50 * 365, n), "D")
    signed = born + pd.to_timedelta(rng.integers(18 * 365, 40 * 365, n), "D")
    signed = signed.where(signed < pd.Timestamp("2025-06-01"), pd.Timestamp("2025-06-01"))
    return pd.DataFrame(
        {
            "column_1": [f"Vārds{k % 50}" for k in range(n)],
            "column_2": [d.strftime("%d.%m.%Y") if rng.random() < with_dob else None for d in born],
            "column_3": [d.strftime("%d.%m.%Y") for d in signed],
        }
    )


def test_a_contracts_date_beside_a_birth_date_on_some_records_is_no_birth_date():
    # The birth date on two records in five, the contract's date, later, on all: one date of
    # birth (a contract's dates lie as long ago as a young customer's birth).
    from tekil.settings import _Filled, _later_dates

    df = _telco(400, 0.4)
    assert _later_dates(_Filled(df), ["column_2", "column_3"], 0) == ["column_3"]
    # Two systems' birth dates, each on its own records: both kept.
    other = _telco(400, 1.0, seed=4)
    stacked = pd.DataFrame(
        {
            "column_2": [*df["column_2"], *[None] * 400],
            "column_4": [*[None] * 400, *other["column_2"]],
        }
    )
    assert _later_dates(_Filled(stacked), ["column_2", "column_4"], 0) == []
    # A spouse's birth date beside a customer's: earlier as often as later, no later date.
    from tekil.settings import _after_on_records

    spouse = _telco(400, 0.4, seed=5)["column_2"]
    both = pd.DataFrame({"column_2": _telco(400, 1.0)["column_2"], "column_5": spouse})
    assert not _after_on_records(both, "column_5", "column_2", 0)
    assert not _after_on_records(both, "column_2", "column_5", 0)
    assert _after_on_records(df, "column_3", "column_2", 0)
