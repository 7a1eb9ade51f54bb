"""Places of birth: named so, compared on their own (never as where a person lives), weighed."""

import numpy as np
import pandas as pd
import pytest

from tekil import IdentityStore, customers, dedupe, evaluate
from tekil.compare import compare, default_comparisons
from tekil.datasets.febrl import load_febrl3
from tekil.records import prepare
from tekil.settings import Settings, guess_settings


@pytest.mark.parametrize("name", ["birth_place", "Place of Birth", "Geburtsort", "Doğum Yeri"])
def test_a_column_named_a_place_of_birth_is_one(name):
    df = pd.DataFrame(
        {"first_name": ["Ann", "Bo"], "city": ["Leeds", "York"], name: ["Hull", None]}
    )
    assert guess_settings(df).roles[name] == "birth_place"


def test_a_birth_place_is_its_own_comparison_beside_the_location():
    roles = {"first": "first_name", "town": "city", "zip": "postcode", "born": "birth_place"}
    df = pd.DataFrame(
        {
            "first": ["Ann"] * 6,
            "town": ["Leeds", "York", "Leeds", "Leeds", None, "Hull"],
            "zip": ["LS1", "YO1", "LS1", "LS1", None, "HU1"],
            "born": ["Hull", "Hull", "HULL ", "Hul", "Bristol", None],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(6))
    comps = default_comparisons(records)
    born = [c.field for c in comps].index("born")
    location = [c.field for c in comps].index("location")
    assert "born" not in comps[location].members  # born in Hull is no home in Hull
    i, j = np.array([0, 0, 0, 0, 0]), np.array([1, 2, 3, 4, 5])
    levels = compare(records, i, j, comps)
    assert [comps[born].levels[v] for v in levels[:, born]] == [
        "exact", "exact", "jw_0.90", "else", "null",
    ]  # fmt: skip
    assert [comps[location].levels[v] for v in levels[:, location]] == [
        "else", "same_postcode", "same_postcode", "null", "else",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def febrl_born():
    """FEBRL3 without birth dates and social security numbers, and a place of birth per
    person (another town of the data set's own) that a fifth of the records leave out."""
    data = load_febrl3()
    towns = data.records["suburb"].dropna().unique()
    rng = np.random.default_rng(0)
    persons = data.truth.reindex(data.records["record_id"]).to_numpy()
    codes, _ = pd.factorize(persons)
    of_person = rng.choice(towns, codes.max() + 1)
    born = pd.Series(of_person[codes], dtype=object).where(rng.random(len(codes)) > 0.2)
    held = data.records.drop(columns=["date_of_birth", "soc_sec_id"])
    return data, held.assign(place_of_birth=born.to_numpy())


def test_a_place_of_birth_is_evidence_that_counts(febrl_born):
    data, born = febrl_born

    def pair_f1(df: pd.DataFrame) -> float:
        result = dedupe(df)
        labels = result.clusters.set_index(result.id_column)["cluster_id"]
        return evaluate(labels, data.truth)["pair_f1"]

    with_place, without = pair_f1(born), pair_f1(born.drop(columns="place_of_birth"))
    assert with_place >= without + 0.01, (with_place, without)


def test_a_store_reads_and_weighs_the_birth_place_of_new_records(febrl_born, tmp_path):
    data, born = febrl_born
    held, rest = born.iloc[:100], born.iloc[100:]
    with IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}") as store:
        store.ingest(customers(rest))
        out = store.resolve(held, id_column="record_id")
        stored = store.records().set_index("record_id")["customer_id"]
        person_of = data.truth.reindex(stored.index)
        right = 0
        for record, customer, new in out[["record_id", "customer_id", "new_customer"]].values:
            theirs = set(stored[person_of == data.truth[record]])
            right += customer in theirs if theirs else new
        assert right >= 95
        matched = out[~out["new_customer"]]
        assert matched["evidence"].str.contains("place_of_birth=").mean() > 0.5
        with_place = held["place_of_birth"].notna().to_numpy() & ~out["new_customer"].to_numpy()
        customer = store.customer(out["customer_id"][with_place].iloc[0])
        assert customer["birth_place"] == held["place_of_birth"][with_place].iloc[0].title()
