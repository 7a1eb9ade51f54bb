"""Facts of a person that stay when they move: a middle name, the family name at birth, the place
of birth and the parents' given names, named so, compared each on its own (a birth place never
as where a person lives), weighed."""

import numpy as np
import pandas as pd
import pytest

from compare_checks import levels_of as levels
from conftest_store import resolved_held_out
from tekil import IdentityStore, dedupe, evaluate
from tekil.compare import default_comparisons
from tekil.datasets.febrl import load_febrl3
from tekil.records import prepare
from tekil.settings import Settings, guess_settings


def levels_of(df: pd.DataFrame, roles: dict[str, str], i, j) -> dict[str, list[str]]:
    """Each comparison's level names for the pairs (i, j) of ``df``'s records."""
    return levels(prepare(df, Settings(roles=roles), np.arange(len(df))), i, j)


@pytest.mark.parametrize("name", ["birth_place", "Place of Birth", "Geburtsort", "Doğum Yeri"])
def test_a_column_named_a_place_of_birth_is_one(name):
    df = pd.DataFrame(
        {"first_name": ["Ann", "Bo"], "city": ["Leeds", "York"], name: ["Hull", None]}
    )
    assert guess_settings(df).roles[name] == "birth_place"


@pytest.mark.parametrize(
    ("name", "role"),
    [("anne_adi", "mother_name"), ("Baba Adı", "father_name"), ("Mother First Name", "mother_name"),
     ("mother_maiden_name", "ignore"), ("mother_phone", "ignore")],
)  # fmt: skip
def test_a_parents_given_name_is_named_so_and_nothing_else_of_a_parent_is(name, role):
    df = pd.DataFrame({"ad": ["Ayşe", "Ali"], "soyad": ["Kaya", "Uçar"], name: ["Fatma", None]})
    assert guess_settings(df).roles.get(name, "ignore") == role


def test_parents_names_agree_or_not_each_on_its_own():
    roles = {"ad": "first_name", "anne": "mother_name", "baba": "father_name"}
    df = pd.DataFrame(
        {
            "ad": ["Ayşe"] * 4,
            "anne": ["Fatma", "FATMA", "Fadime", "Fatma"],
            "baba": ["Mehmet", "Mehmet", "Mehmet", "Fatma"],
        }
    )
    named = levels_of(df, roles, [0, 0, 0], [1, 2, 3])
    assert named["anne"] == ["exact", "else", "exact"]
    assert named["baba"] == ["exact", "exact", "else"]  # a father is never a mother


def test_a_middle_name_agrees_with_its_initial():
    roles = {"first": "first_name", "middle": "middle_name"}
    df = pd.DataFrame(
        {"first": ["Ann"] * 6, "middle": ["Marie", "M.", "Maria", "marie", "Louise", "NMI"]}
    )
    assert levels_of(df, roles, [0] * 5, [1, 2, 3, 4, 5])["middle"] == [
        "initial", "jw_0.92", "exact", "else", "null",  # "no middle initial" of US forms
    ]  # fmt: skip


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
    (location,) = [c for c in default_comparisons(records) if c.field == "location"]
    assert "born" not in location.members  # born in Hull is no home in Hull
    named = levels_of(df, roles, [0] * 5, [1, 2, 3, 4, 5])
    assert named["born"] == ["exact", "exact", "jw_0.90", "else", "null"]
    assert named["location"] == ["else", "same_postcode", "same_postcode", "null", "else"]


FACTS = ["place_of_birth", "fathers_name", "middle_name"]


@pytest.fixture(scope="module")
def febrl_facts():
    """FEBRL3 without birth dates and social security numbers, and per person a place of birth,
    a father's name (another town and given name of the data set's own), each left out of a
    fifth of the records, and a middle name (most often the father's name, as Russians'
    patronymics and many families' middle names are)."""
    data = load_febrl3()
    persons, _ = pd.factorize(data.truth.reindex(data.records["record_id"]).to_numpy())
    rng = np.random.default_rng(0)
    facts = {}
    for column, values in (("place_of_birth", "suburb"), ("fathers_name", "given_name")):
        of_person = rng.choice(data.records[values].dropna().unique(), persons.max() + 1)
        written = pd.Series(of_person[persons], dtype=object)
        facts[column] = written.where(rng.random(len(persons)) > 0.2).to_numpy()
    # A middle name: its initial alone in a third of the records that write it.
    middle = pd.Series(facts["fathers_name"]).where(rng.random(len(persons)) > 0.1)
    initial = middle.str[:1] + "."
    facts["middle_name"] = middle.where(rng.random(len(persons)) > 0.3, initial).to_numpy()
    some = np.flatnonzero(persons % 7 == 0)  # not the father's name, for some
    facts["middle_name"][some] = rng.permutation(facts["middle_name"][some])
    return data, data.records.drop(columns=["date_of_birth", "soc_sec_id"]).assign(**facts)


@pytest.mark.parametrize("fact", FACTS)
def test_a_fact_of_the_person_is_evidence_that_counts(febrl_facts, fact):
    data, facts = febrl_facts

    def pair_f1(df: pd.DataFrame) -> float:
        result = dedupe(df)
        labels = result.clusters.set_index(result.id_column)["cluster_id"]
        return evaluate(labels, data.truth)["pair_f1"]

    with_fact = pair_f1(facts.drop(columns=[f for f in FACTS if f != fact]))
    without = pair_f1(facts.drop(columns=FACTS))
    assert with_fact >= without + 0.01, (with_fact, without)


def test_a_store_reads_and_weighs_the_birth_place_of_new_records(febrl_facts, tmp_path):
    data, facts = febrl_facts
    held = facts.iloc[:100]
    with IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}") as store:
        out, right = resolved_held_out(data, facts, store)
        assert right >= 95
        matched = out[~out["new_customer"]]
        assert matched["evidence"].str.contains("place_of_birth=").mean() > 0.5
        with_place = held["place_of_birth"].notna().to_numpy() & ~out["new_customer"].to_numpy()
        customer = store.customer(out["customer_id"][with_place].iloc[0])
        assert customer["birth_place"] == held["place_of_birth"][with_place].iloc[0].title()


def test_a_parents_name_and_the_birth_place_are_masked_in_logs():
    from tekil.privacy import mask

    assert mask("Fatma", "mother_name") == "F***" and mask("Hull", "birth_place") == "H***"
    assert mask("Marie", "middle_name") == "Marie"  # a name, as given names are shown


def test_a_birth_name_meets_the_family_name_it_was():
    roles = {"first": "first_name", "last": "last_name", "born": "birth_name"}
    df = pd.DataFrame(
        {
            "first": ["Anna"] * 6,
            "last": ["Weber", "Schmidt", "Schmitt", "Klein", "Klein", "Lang"],
            "born": [None, "Weber", None, None, "Schmidt", "Wolf"],
        }
    )
    named = levels_of(df, roles, [1, 0, 1, 3, 4, 5], [0, 1, 2, 1, 1, 4])
    # Anna Schmidt, born Weber, meets Anna Weber either way round, and her family name is then
    # not held against the pair (Anna Klein, born Schmidt, meets her); other birth names differ.
    assert named["born"] == ["family_name", "family_name", "null", "null", "family_name", "else"]
    assert named["last_name"] == ["null", "null", "jw_0.92", "else", "null", "else"]
    renamed = df.rename(columns={"born": "Geburtsname"})
    assert guess_settings(renamed).roles["Geburtsname"] == "birth_name"


def test_a_married_name_beside_the_birth_name_finds_the_person(febrl_facts):
    data, facts = febrl_facts
    facts = facts.drop(columns=FACTS)
    rng = np.random.default_rng(1)
    surnames = facts["surname"].dropna().unique()
    # One in five records under another family name, the name it had kept as the birth name.
    married = rng.random(len(facts)) < 0.2
    now = facts.assign(
        surname=np.where(married, rng.choice(surnames, len(facts)), facts["surname"])
    )
    born = now.assign(birth_name=np.where(married, facts["surname"], None))

    def pair_f1(df: pd.DataFrame) -> float:
        result = dedupe(df)
        labels = result.clusters.set_index(result.id_column)["cluster_id"]
        return evaluate(labels, data.truth)["pair_f1"]

    with_birth_name, without = pair_f1(born), pair_f1(now)
    assert with_birth_name >= without + 0.02, (with_birth_name, without)
