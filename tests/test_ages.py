"""Ages instead of birth dates: read, guessed from column names, compared and blocked on."""

import numpy as np
import pandas as pd
import pytest

from conftest_store import resolved_held_out
from normalizer_checks import assert_idempotent
from tekil import IdentityStore, dedupe, evaluate
from tekil.block import candidate_pairs, default_rules, key_codes
from tekil.compare import compare, default_comparisons
from tekil.datasets.febrl import load_febrl3
from tekil.normalize import age
from tekil.records import prepare
from tekil.settings import Settings, guess_settings


def test_ages_are_whole_years_and_nothing_else_is_an_age():
    values = pd.Series(
        ["34", 35.0, " 41 years", "34 J.", 52, "0", "212", "30-39", "1985-03-07", "-4", None, []]
    )
    out = age(values)
    assert out["value"].tolist()[:5] == ["34", "35", "41", "34", "52"]
    assert out["reason"].tolist()[5:] == [
        "placeholder",  # what systems write for "not known"
        "out_of_range",
        "unparseable",  # an age band says too little to compare
        "unparseable",
        "unparseable",
        "missing",
        "unparseable",
    ]
    assert out.index.equals(values.index)
    assert_idempotent(age, out)


@pytest.mark.parametrize("name", ["Age", "AGE", "age2", "Alter", "Edad", "Idade", "Yaş", "Età"])
def test_a_column_named_an_age_is_the_age_where_no_birth_date_is_given(name):
    df = pd.DataFrame(
        {"id": [1, 2, 3], "first_name": ["Ann", "Bo", "Cy"], name: ["34", "51", None]}
    )
    assert guess_settings(df).roles[name] == "age"


def test_an_age_beside_a_birth_date_or_of_bands_is_not_compared():
    people = {"id": [1, 2, 3], "first_name": ["Ann", "Bo", "Cy"]}
    beside = pd.DataFrame({**people, "dob": ["1990-01-02"] * 3, "age": [34, 51, 60]})
    assert "age" not in guess_settings(beside).roles  # the same fact again, told less well
    assert guess_settings(beside).roles["dob"] == "dob"
    bands = pd.DataFrame({**people, "age": ["30-39", "50-59", "60+"]})
    assert "age" not in guess_settings(bands).roles


def _records(ages: list) -> object:
    df = pd.DataFrame({"last_name": ["Moss"] * len(ages), "age": ages})
    return prepare(
        df, Settings(roles={"last_name": "last_name", "age": "age"}), np.arange(len(ages))
    )


def test_ages_are_compared_by_how_many_years_apart_they_are():
    records = _records(["34", "34", "35", "33", "39", "40", None])
    comps = default_comparisons(records)
    i, j = np.zeros(6, dtype=np.int64), np.arange(1, 7)
    levels = compare(records, i, j, comps)[:, [c.field for c in comps].index("age")]
    names = comps[[c.field for c in comps].index("age")].levels
    assert [names[k] for k in levels] == [
        "exact", "one_year_apart", "one_year_apart", "few_years_apart", "else", "null",
    ]  # fmt: skip
    assert (compare(records, j, i, comps) == compare(records, i, j, comps)).all()


def test_names_with_ages_a_year_apart_are_paired_and_ages_far_apart_are_not():
    records = _records(["34", "35", "36", "60", "61"])
    rules = default_rules(records)
    assert {r.name for r in rules} >= {
        "last_name:soundex+age:year_pair",
        "last_name:soundex+age:year_pair_shifted",
    }
    # Each pairing puts two years together; between them every two ages a year apart meet.
    even, shifted = (key_codes(records, f"age:{t}") for t in ("year_pair", "year_pair_shifted"))
    assert (even[0] == even[1]) and (shifted[1] == shifted[2]) and (even[3] != even[0])
    i, j = candidate_pairs(records, Settings(roles={"last_name": "last_name", "age": "age"}))
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1), (1, 2), (3, 4)}


@pytest.fixture(scope="module")
def febrl_aged():
    """FEBRL3 without its birth dates and social security numbers, and ages for the birth dates:
    some records written a year after the others."""
    data = load_febrl3()
    year = pd.to_numeric(data.records["date_of_birth"].str[:4], errors="coerce")
    rng = np.random.default_rng(0)
    ages = (2024 - year - rng.integers(0, 2, len(year))).astype("Int64")
    return data, data.records.drop(columns=["date_of_birth", "soc_sec_id"]).assign(age=ages)


def test_an_age_in_place_of_the_birth_date_is_evidence_that_counts(febrl_aged):
    data, aged = febrl_aged

    def pair_f1(df: pd.DataFrame) -> float:
        result = dedupe(df)
        labels = result.clusters.set_index(result.id_column)["cluster_id"]
        return evaluate(labels, data.truth)["pair_f1"]

    assert pair_f1(aged) >= max(0.95, pair_f1(aged.drop(columns="age")) + 0.05)  # 0.97, 0.87


def test_a_store_reads_and_weighs_the_age_of_new_records(febrl_aged, tmp_path):
    data, aged = febrl_aged
    with IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}") as store:
        out, right = resolved_held_out(data, aged, store)
        assert right >= 95
        matched = out[~out["new_customer"]]
        assert matched["evidence"].str.contains("age=").mean() > 0.9
        assert store.customer(out["customer_id"].iloc[1])["age"].isdigit()


def test_ages_of_two_files_written_years_apart_are_compared_as_of_one_day():
    # A register's snapshots eight years apart: 30 people whose whole name each side holds
    # once are eight years older on the right (and one of them ten).
    names = [(f"Given{chr(97 + k % 26)}{k // 26}", f"Family{chr(97 + k % 13)}") for k in range(30)]
    left = pd.DataFrame(names, columns=["first", "last"]).assign(age=[20 + k for k in range(30)])
    right = left.assign(age=left["age"] + 8)
    right.loc[0, "age"] = 30
    df = pd.concat([left, right], ignore_index=True).astype({"age": str})
    roles = {"first": "first_name", "last": "last_name", "age": "age"}
    records = prepare(df, Settings(roles=roles), np.arange(60))
    records.side = np.repeat([0, 1], 30)
    comps = default_comparisons(records)
    c = [comp.role for comp in comps].index("age")
    i, j = np.array([1, 0, 2, 2]), np.array([31, 30, 32, 33])
    names_of = [comps[c].levels[k] for k in compare(records, i, j, comps)[:, c]]
    assert names_of == ["exact", "few_years_apart", "exact", "one_year_apart"]
    # Deduplicating one file, ages are compared as written.
    records.side = None
    records.__dict__.pop("_age_shift", None)
    assert comps[c].levels[compare(records, i[:1], j[:1], comps)[0, c]] == "else"
