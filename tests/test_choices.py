"""Choices a batch makes on its whole data, kept by a store: a call's few records compare a
pair as the batch did, not as their own chance counts would have it."""

import json

import numpy as np
import pandas as pd
import pytest

from tekil.choices import choices_of, settle
from tekil.compare import compare, default_comparisons
from tekil.records import prepare
from tekil.settings import Settings, guess_settings

NONE = {
    "somali": [],
    "burmese": [],
    "issued_in_turn": [],
    "genitives": [],
    "sex_marks": [],
    "id_kinds": {},
}


def _levels(df: pd.DataFrame, roles: dict, pairs, choices=None) -> dict[str, list[str]]:
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    if choices is not None:
        settle(records, choices)
    comps = default_comparisons(records)
    i, j = (np.array(side) for side in zip(*pairs, strict=True))
    levels = compare(records, i, j, comps)
    return {c.field: [c.levels[x] for x in levels[:, k]] for k, c in enumerate(comps)}


def test_a_few_english_names_read_as_somali_ones_only_by_chance():
    """Among a call's seven names, Cooper, Isaac and Cook are written as Somali names are (a
    long vowel, a ``c`` beside a vowel): read so, Anna and Ana would be one name. A store whose
    batch read no field so keeps them apart; one whose batch did reads Xasan as Hassan."""
    names = ["Anna Cooper", "Ana Cooper", "Isaac Brown", "Cook Smith"]
    df = pd.DataFrame({"full_name": names})
    roles = {"full_name": "full_name"}
    assert _levels(df, roles, [(0, 1)])["first_name"] == ["exact"]  # (the call's own count)
    assert _levels(df, roles, [(0, 1)], NONE)["first_name"] == ["jw_0.92"]
    somali = pd.DataFrame({"full_name": ["Xasan Cali", "Hassan Ali"]})
    assert _levels(somali, roles, [(0, 1)])["first_name"] == ["jw_0.80"]
    read = {**NONE, "somali": ["first_name", "last_name"]}
    assert _levels(somali, roles, [(0, 1)], read)["first_name"] == ["exact"]


def test_ids_issued_in_turn_are_two_people_in_a_call_of_two():
    """A hospital's record numbers issued one after another: two ids one digit apart are two
    patients where the batch found the column issued in turn, a slip where it did not."""
    df = pd.DataFrame({"mrn": ["2007274", "2007275"]})
    roles = {"mrn": "free_id"}
    assert _levels(df, roles, [(0, 1)])["mrn"] == ["one_edit"]
    assert _levels(df, roles, [(0, 1)], NONE)["mrn"] == ["one_edit"]
    in_turn = {**NONE, "issued_in_turn": ["mrn"]}
    assert _levels(df, roles, [(0, 1)], in_turn)["mrn"] == ["else"]


def test_a_column_of_national_ids_parts_two_valid_ones_in_a_call_with_a_slip():
    """Two valid Dominican cédulas that differ are two people where the batch's column held
    such ids, though the call's third id, a slip, leaves too few of its own that pass."""
    from tekil.guards import checked_ids_apart, id_kinds
    from test_id_checks import _cedula

    roles = {"cedula": "free_id"}
    batch = pd.DataFrame({"cedula": [_cedula() for _ in range(40)]})
    kinds = id_kinds(prepare(batch, Settings(roles=roles), np.arange(40)))
    assert kinds["cedula"] >= 0
    one, two = batch["cedula"][:2]
    slipped = one[:5] + str((int(one[5]) + 1) % 10) + one[6:]
    call = pd.DataFrame({"cedula": [one, two, slipped]})
    pair = np.array([0]), np.array([1])
    for settled, apart in ((None, False), ({"id_kinds": {}}, False), ({"id_kinds": kinds}, True)):
        records = prepare(call, Settings(roles=roles), np.arange(3))
        if settled is not None:
            settle(records, settled)
        assert checked_ids_apart(records, *pair).tolist() == [apart]


def test_the_batchs_marks_of_one_sex_hold_for_a_call_of_two():
    """Singh and Kaur, found on a batch's 300 records, stand beside family names: one
    record's Singh against another's Sekhon is no evidence, though the call's two records
    could never show it; a batch without them leaves the difference."""
    from test_punjab import sikh_records

    choices = choices_of(sikh_records(), {"twins_hold": 1})
    assert choices["sex_marks"] == ["kaur", "singh"] and choices["twins"]
    assert json.loads(json.dumps(choices)) == choices
    call = pd.DataFrame(
        {"first_name": ["Gurpreet"] * 2, "last_name": ["Singh", "Sekhon"], "gender": ["M"] * 2}
    )
    roles = {"first_name": "first_name", "last_name": "last_name", "gender": "gender"}
    assert _levels(call, roles, [(0, 1)])["last_name"] == ["else"]
    assert _levels(call, roles, [(0, 1)], choices)["last_name"] == ["null"]
    assert _levels(call, roles, [(0, 1)], NONE)["last_name"] == ["else"]


def test_what_a_batch_chose_on_its_fields():
    somali = ["Maxamed Cabdi Nuur", "Faadumo Xasan", "Caasha Cumar Jaamac", "Hodan Saciid"]
    df = pd.DataFrame({"full_name": somali * 3, "email": ["a@x.com"] * 12})
    records = prepare(df, guess_settings(df), np.arange(len(df)))
    choices = choices_of(records)
    assert set(choices["somali"]) >= {"first_name", "last_name"}
    assert "email" not in choices["somali"] and not choices["burmese"]
    assert choices["sex_marks"] == [] and choices["twins"] is False
    assert choices["id_kinds"] == {}


@pytest.mark.parametrize("kept", [True, False])
def test_a_store_keeps_its_batchs_choices(tmp_path, view, kept):
    """The store reads them with its model; one built before it kept them makes them on each
    call's own values, as it did."""
    from sqlalchemy import delete

    import tekil
    from tekil.store import schema

    url = f"sqlite:///{tmp_path / 'ids.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        store.ingest(view)
        if not kept:
            with schema.writing(store.engine) as conn:
                conn.execute(delete(schema.meta).where(schema.meta.c.key == "choices"))
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        choices = store._load().choices
        made = {**choices_of(view.result.records, view.result.guards), "strangers": True}
        assert choices == (made if kept else None)
        assert (store._knowledge.strangers is not None) == kept
        out = store.resolve(view.data.head(3).assign(record_id=["n1", "n2", "n3"]))
    assert out["customer_id"].notna().all()


def test_a_file_of_mongolian_names_reads_a_genitive_as_the_fathers_name_in_a_call_of_two():
    """Батын is Бат's genitive (a patronymic): one name where the batch found its file to
    write them, though a call's two names are too few to show it; else two names."""
    df = pd.DataFrame({"first_name": ["Дорж", "Дорж"], "last_name": ["Батын", "Бат"]})
    roles = {"first_name": "first_name", "last_name": "last_name"}
    genitives = {**NONE, "genitives": ["first_name", "last_name"]}
    own, apart = _levels(df, roles, [(0, 1)]), _levels(df, roles, [(0, 1)], NONE)
    assert own["last_name"] == apart["last_name"] != ["exact"]
    assert _levels(df, roles, [(0, 1)], genitives)["last_name"] == ["exact"]


def test_a_store_keeps_the_shared_values_strangers_hold(tmp_path):
    """An education agent's number on two dozen applicants of every family: the batch finds
    strangers hold it, so a record holding no number but it says nothing against another's
    own number. A store's pair of such records sees too few of its holders to tell: it keeps
    the batch's finding (and a store without it differs by the number, as it did)."""
    from dataclasses import replace

    import tekil
    from tekil.store import schema
    from tekil.store.candidates import stored_rows
    from tekil.store.matching import score_pairs
    from tekil.store.rows import rows_to_records
    from test_guards import applicants

    agent = "0532 900 10 20"
    own = pd.DataFrame(
        [{"record_id": "E2", "full_name": "Elif Arslan", "birth_date": "1970-01-10",
          "phone": "0533 111 22 33"}]
    )  # fmt: skip
    sample = tekil.datasets.load_sample().records
    data = pd.concat([sample, applicants(agent, 24, first_year=1970), own], ignore_index=True)
    batch = tekil.customers(data, {"card_key": "store-test"}, id_column="record_id")
    phones = list(batch.result.records.fields["phone"].uniques)
    assert batch.result.strangers_values["phone"][phones.index("+905329001020")]
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        store.ingest(batch)
        knowledge = store._load()
        assert knowledge.strangers["phone"] == {"+905329001020"}
        with schema.reading(store.engine) as conn:
            stored = stored_rows(conn, ["A0", "E2"])
        # Erasing one of its holders takes the number out of the table too, as out of all.
        store.forget(record_ids=["A1"])
        with schema.reading(store.engine) as conn:
            assert not conn.execute(schema.strangers_values.select()).all()
    roles = knowledge.settings.matching_roles
    phone = next(c for c, comp in enumerate(knowledge.comparisons) if comp.field == "phone")
    levels = {}
    for kept in (True, False):
        known = knowledge if kept else replace(knowledge, strangers=None)
        records = rows_to_records([row for _, row in stored.values()], list(stored), roles)
        scored = score_pairs(records, np.array([0]), np.array([1]), known)
        levels[kept] = int(scored.levels[0, phone])
    assert levels[True] == 0 and levels[False] == knowledge.comparisons[phone].n_levels - 1
