"""The identity store on SQLite and PostgreSQL: the complaint scenario, stable ids, erasure,
transactions, concurrency and bad input. No database is mocked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
import warnings

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import create_engine, inspect, text

import tekil
from conftest_store import CARD, SELIN, SETTINGS, arrivals_of, person, store_url
from tekil.errors import ConfigError, InputError, MissingKeyError, StoreError
from tekil.store import schema
from tekil.store.ahead import Ahead
from tekil.store.stable_ids import carry_ids


@pytest.fixture(
    params=[("sqlite", False), ("postgres", False), ("sqlite", True), ("postgres", True)],
    ids=["sqlite", "postgres", "sqlite-in-memory", "postgres-in-memory"],
)
def store(request, tmp_path, view):
    backend, in_memory = request.param
    s = tekil.IdentityStore(
        store_url(backend, tmp_path), card_key="store-test", in_memory=in_memory
    )
    s.ingest(view)
    assert (s._mirror is not None) == in_memory
    yield s
    s.close()


def customer_of(store, record_id: str) -> str:
    rows = store.records().set_index("record_id")["customer_id"]
    return rows[record_id]


def customer_of_view(view, record_id: str) -> str:
    return view.records.set_index("record_id").loc[record_id, "customer_id"]


def dump(url: str) -> str:
    """Every row of every table as text."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        out = [
            repr(row)
            for table in schema.METADATA.sorted_tables
            for row in conn.execute(text(f"SELECT * FROM {table.name}"))
        ]
    engine.dispose()
    return "\n".join(out)


# ---- the motivating scenario -------------------------------------------------------------------
def test_complaint_with_handle_resolves_and_the_handle_is_kept(store, view):
    selin = customer_of(store, "s1")
    assert customer_of(store, "s2") == customer_of(store, "s3") == selin
    complaint = pd.DataFrame(
        [{"ticket": "t1", "name": "Selin Aydemir", "handle": "@selin.aydem", "phone": "5413096617"}]
    )
    out = store.resolve(complaint, id_column="ticket")
    assert out["ticket"].tolist() == ["t1"]
    assert out.loc[0, "customer_id"] == selin
    assert out.loc[0, "match_probability"] > 0.99
    assert not out.loc[0, "new_customer"]
    assert "phone" in out.loc[0, "evidence"]
    # The handle is now the customer's: in the golden record, and enough on its own.
    assert "selin.aydem" in store.customer(selin)["handles"]
    again = store.resolve(
        pd.DataFrame([{"ticket": "t2", "handle": "@selin.aydem"}]), id_column="ticket"
    )
    assert again.loc[0, "customer_id"] == selin
    assert "identifier link" in again.loc[0, "evidence"]


def _family_name_first_people(n: int) -> pd.DataFrame:
    """An app keeping "Wei Ming" and "Tan" apart, a core system writing "TAN WEI MING"."""
    rng = np.random.default_rng(3)
    family = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo"]
    given = ["Wei", "Ming", "Mei", "Ling", "Hui", "Jia", "Xin", "Kai", "Jun", "Hong", "Siew"]
    rows = []
    for p in range(n):
        f, g = rng.choice(family), " ".join(rng.choice(given, 2, replace=False))
        mail = f"{g.replace(' ', '').lower()}{p}@mail.com"
        born = f"19{rng.integers(50, 99)}-0{rng.integers(1, 9)}-1{rng.integers(0, 9)}"
        rows.append({"record_id": f"a{p}", "first_name": g, "last_name": f, "email": mail})
        rows.append({"record_id": f"c{p}", "cust_name": f"{f} {g}".upper(), "email": mail,
                     "dob": born})  # fmt: skip
    return pd.DataFrame(rows)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@pytest.mark.parametrize("columnar", [False, True])
def test_a_whole_name_written_family_name_first_is_read_as_the_batch_read_it(
    backend, columnar, tmp_path, monkeypatch
):
    # The batch learnt from the app's columns that "tan" is a family name and "ming" a given
    # one; a store reading "TEO LI MING" on its own must read it so too, else the core
    # system's next record of the person ("given tan wei, family ming") meets nobody.
    from tekil.store import reading

    monkeypatch.setattr(reading, "COLUMNAR_ROWS", 1 if columnar else 10**6)
    df = _family_name_first_people(150)
    url = store_url(backend, tmp_path)
    with tekil.IdentityStore(url) as store:
        store.ingest(tekil.customers(df, id_column="record_id"))
    core = df[df["cust_name"].notna()].head(20)
    arrivals = core[["cust_name", "dob"]].assign(record_id=core["record_id"] + "-n")
    with tekil.IdentityStore(url) as store:  # the words are the store's, not this process's
        out = store.resolve(arrivals)
        records = store.records().set_index("record_id")["customer_id"]
    assert out["customer_id"].tolist() == records[core["record_id"]].tolist()
    assert out["evidence"].str.contains("first_name=exact; last_name=exact").all()


def test_unknown_person_is_a_new_customer_once(store):
    rows = pd.DataFrame(
        [
            {"record_id": "n1", "first_name": "Bülent", "last_name": "Çağlayangil",
             "birth_date": "1971-10-02", "phone": "0555 480 19 37"},
            {"record_id": "n2", "first_name": "Bulent", "last_name": "Caglayangil",
             "birth_date": "02.10.1971", "phone": "05554801937"},
        ]
    )  # fmt: skip
    out = store.resolve(rows)
    assert out["new_customer"].all()
    assert out["customer_id"].nunique() == 1
    assert out["customer_id"].iloc[0] not in set(store.records()["customer_id"]) - {
        out["customer_id"].iloc[0]
    }
    # Later the same person resolves to that customer.
    later = store.resolve(
        pd.DataFrame(
            [{"record_id": "n3", "full_name": "BÜLENT ÇAĞLAYANGİL", "phone": "+90 555 480 1937"}]
        )
    )
    assert later.loc[0, "customer_id"] == out["customer_id"].iloc[0]
    assert not later.loc[0, "new_customer"]


def test_records_of_one_call_that_match_each_other_share_one_customer(store):
    selin = customer_of(store, "s1")
    rows = pd.DataFrame(
        [
            {"ticket": "x1", "name": "Selin Aydemir", "handle": "@selin_2", "phone": "05413096617"},
            {"ticket": "x2", "handle": "@selin_2"},  # found through x1 alone
            {"ticket": "x3", "name": "Kemal Sunal", "email": "kemal.sunal@yandex.com.tr"},
            {"ticket": "x4", "email": "kemal.sunal@yandex.com.tr", "handle": "@kemalsunal"},
        ]
    )
    out = store.resolve(rows, id_column="ticket").set_index("ticket")
    assert out.loc["x1", "customer_id"] == out.loc["x2", "customer_id"] == selin
    assert out.loc["x3", "customer_id"] == out.loc["x4", "customer_id"] != selin
    assert out.loc[["x3", "x4"], "new_customer"].all()
    assert not out.loc[["x1", "x2"], "new_customer"].any()


def test_every_input_row_comes_out_once_in_order(store, batch):
    sample = batch.sample(40, random_state=3).assign(record_id=lambda d: d["record_id"] + "-new")
    out = store.resolve(sample)
    assert out["record_id"].tolist() == sample["record_id"].tolist()
    assert out["customer_id"].notna().all()
    assert ((out["match_probability"] >= 0) & (out["match_probability"] <= 1)).all()
    # A copy of a stored record finds that record's customer.
    stored = store.records().set_index("record_id")["customer_id"]
    original = sample["record_id"].str.removesuffix("-new")
    same = (out["customer_id"].to_numpy() == stored[original].to_numpy()).mean()
    assert same >= 0.95


@pytest.mark.parametrize("as_bytes", [False, True])
def test_resolve_leaves_the_callers_frame_as_it_was(store, as_bytes):
    # A single record is read without copying it first: nothing may write into it, whatever
    # it holds to be read as the batch did (a whole address, several contacts in one cell,
    # an agent's own number beside the customer's, text as bytes, an index of its own).
    address = "Bagdat Cad. 12, Kadikoy, Istanbul"
    frame = pd.DataFrame(
        {
            "ticket": ["t9"],
            "name": ["Selin Aydemir"],
            "contact": ["5413096617 / selin@example.com"],
            "adres": [address.encode() if as_bytes else address],
            "phone": ["5413096617"],
            "agent_phone": ["5413096617"],
        },
        index=[7] if as_bytes else None,
    )
    before = frame.copy(deep=True)
    out = store.resolve(frame, id_column="ticket")
    assert out["ticket"].tolist() == ["t9"]
    pd.testing.assert_frame_equal(frame, before)


def test_a_big_call_column_by_column_stores_what_one_by_one_would(
    tmp_path, batch, view, monkeypatch
):
    """Many records are read as a batch reads them, a few cell by cell, half of a large call by
    the helper process: same results, same rows."""
    from tekil.parallel import Helper
    from tekil.store import reading

    arrivals = arrivals_of(batch, 120, seeds=(4, 5), empty=0.2)
    arrivals.loc[arrivals.index[7], arrivals.columns.drop("record_id")] = None  # nothing usable
    dumps, outs, ahead = [], [], []
    taken = Ahead.scored
    monkeypatch.setattr(Ahead, "scored", lambda *a: ahead.append(1) or taken(*a))
    for name, many, helped in (("columns", 1, False), ("cells", 10**9, False), ("two", 1, True)):
        monkeypatch.setattr(reading, "COLUMNAR_ROWS", many)
        monkeypatch.setattr(reading, "HELPER_ROWS", 2 if helped else 10**9)
        url = f"sqlite:///{tmp_path / f'ids-{name}.db'}"
        with tekil.IdentityStore(url, card_key="store-test") as store:
            store.ingest(view)
            if helped:
                store._helper = Helper()
                assert store._helper.wait_ready(120)
            outs.append(store.resolve(arrivals, unusable="reject"))
        # Every table but the clock's: events and the meta rows holding times.
        dumps.append([row for row in dump(url).splitlines() if not re.search(r"T\d\d:\d\d", row)])
    for out in outs[1:]:
        pd.testing.assert_frame_equal(outs[0], out)
    assert pd.isna(outs[0]["customer_id"].iloc[7]) and outs[0]["customer_id"].notna().sum() > 100
    assert dumps[0] == dumps[1] == dumps[2]
    assert ahead == [1]  # the two processes' candidates read ahead, taken by the transaction


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_candidates_read_ahead_are_read_again_when_a_record_was_stored_since(
    tmp_path, view, backend, monkeypatch
):
    """A large call's candidates are read before its write transaction (half by the helper);
    a record another process stores in between is found all the same."""
    from tekil.parallel import Helper
    from tekil.store import ahead as read_ahead
    from tekil.store import reading

    monkeypatch.setattr(reading, "HELPER_ROWS", 2)
    ahead = []
    taken = Ahead.scored
    monkeypatch.setattr(Ahead, "scored", lambda *a: ahead.append(1) or taken(*a))
    bulent = {"first_name": "Bülent", "last_name": "Çağlayangil", "birth_date": "1971-10-02"}
    other = {"record_id": "o1", "full_name": "Nermin Kaya", "phone": "0532 765 43 21"}
    url = store_url(backend, tmp_path)
    with (
        tekil.IdentityStore(url, card_key="store-test") as store,
        tekil.IdentityStore(url, card_key="store-test", helper=False) as elsewhere,
    ):
        store.ingest(view)
        store._helper = Helper()
        assert store._helper.wait_ready(120)
        first = store.resolve(pd.DataFrame([{"record_id": "b1", **bulent}, other]))
        assert ahead == [1] and first["new_customer"].all()

        looked_up = read_ahead.Lookup.__call__

        def then_stored_elsewhere(lookup, *args):
            found = looked_up(lookup, *args)
            elsewhere.resolve(
                pd.DataFrame([{"record_id": "w1", **bulent, "phone": "0555 480 19 37"}])
            )
            return found

        monkeypatch.setattr(read_ahead.Lookup, "__call__", then_stored_elsewhere)
        later = pd.DataFrame(
            [{"record_id": "b2", "phone": "05554801937"}, other]  # only w1 has that number
        )
        out = store.resolve(later.assign(record_id=["b2", "o2"]))
    assert out.loc[0, "customer_id"] == first.loc[0, "customer_id"]  # through w1
    assert out.loc[1, "customer_id"] == first.loc[1, "customer_id"]
    assert ahead == [1]  # read again in the transaction: w1 was stored after the read-ahead


def test_the_helper_gets_the_model_once_per_generation_and_scores_as_this_process(
    tmp_path, batch, view, monkeypatch
):
    """The helper scores its half of a call's candidates with the model that the first call
    of each generation sends it: the results are those of a store without a helper."""
    from tekil.store import reading

    monkeypatch.setattr(reading, "HELPER_ROWS", 2)
    sent, taken = _models_sent(monkeypatch), []
    scored = Ahead.scored
    monkeypatch.setattr(Ahead, "scored", lambda *a: taken.append(1) or scored(*a))
    calls = _calls(batch, 3, seed=8)
    outs = {}
    for helped in (False, True):
        url = f"sqlite:///{tmp_path / f'ids{helped}.db'}"
        with tekil.IdentityStore(url, card_key="store-test", helper=helped) as store:
            store.ingest(view)
            if helped:
                assert store._helper.wait_ready(120)
            outs[helped] = _across_a_new_generation(store, view, calls)
    # The model travels once per generation; the third call's first try, read with the old
    # one, is found stale by its transaction, which reads the new model and tries again.
    assert sent == [True, False, False, True]
    assert taken == [1, 1, 1]
    for one, two in zip(outs[False], outs[True], strict=True):
        pd.testing.assert_frame_equal(one, two)


def _across_a_new_generation(store, view, calls: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """The store's results of two calls, then of a third after another store object ingested
    the batch again (a new generation: the model the helper holds is stale)."""
    outs = [store.resolve(calls[0]), store.resolve(calls[1])]
    with tekil.IdentityStore(store.url, card_key="store-test", helper=False) as other:
        other.ingest(view)
    return [*outs, store.resolve(calls[2])]


def _models_sent(monkeypatch) -> list[bool]:
    """Per scoring sent to the helper (a lookup or candidates held in memory), whether the
    model went with it: the list is filled as they go."""
    from tekil.store import ahead as read_ahead

    sent: list[bool] = []
    state = read_ahead.Scoring.__getstate__
    monkeypatch.setattr(
        read_ahead.Scoring, "__getstate__", lambda s: sent.append(s.send_model) or state(s)
    )
    return sent


def _watch_scoring_in_memory(monkeypatch) -> tuple[list[bool], list[bool | None]]:
    """Every call large enough for the helper; per call scored in memory, whether the model
    went with it (``sent``) and whether the helper scored its part (``helped``; None: busy)."""
    from tekil.store import ahead as read_ahead
    from tekil.store import identity_store, reading

    monkeypatch.setattr(reading, "HELPER_ROWS", 2)
    monkeypatch.setattr(identity_store, "HELPER_ROWS", 2)
    sent, helped = _models_sent(monkeypatch), []
    split = read_ahead.scored_in_memory

    def scored_in_memory(*args):
        out = split(*args)
        helped.append(None if out is None else out[2])
        return out

    monkeypatch.setattr(identity_store, "scored_in_memory", scored_in_memory)
    return sent, helped


def _calls(batch, count: int, seed: int) -> list[pd.DataFrame]:
    """``count`` calls of 30 arrivals each, their ids apart."""
    calls = [
        arrivals_of(batch, 30, seeds=(seed + k, seed + 1 + k), empty=0.1) for k in range(count)
    ]
    return [c.assign(record_id=c["record_id"] + f"-{k}") for k, c in enumerate(calls)]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_store_held_in_memory_has_its_helper_score_part_of_a_large_call(
    tmp_path, backend, batch, view, monkeypatch, caplog
):
    """In the write transaction, the helper scores the last records' candidates, their values
    copied out of the records held in memory, while this process scores the first's: the
    results of a store without a helper. The model travels once per generation, and a helper
    that cannot score leaves its part to this process."""
    sent, helped = _watch_scoring_in_memory(monkeypatch)
    calls = _calls(batch, 4, seed=20)
    outs = {}
    for helper in (False, True):
        (tmp_path / str(helper)).mkdir()
        url = store_url(backend, tmp_path / str(helper))
        with tekil.IdentityStore(
            url, card_key="store-test", helper=helper, in_memory=True
        ) as store:
            store.ingest(view)
            if helper:
                assert store._helper.wait_ready(120)
            outs[helper] = _across_a_new_generation(store, view, calls)
            if helper:  # a helper that lost the model cannot score: this process does
                forget = "from tekil.store import ahead; ahead._MODELS.clear()"
                assert store._helper.call(exec, (forget,))
                store._helper.result()
            outs[helper].append(store.resolve(calls[3]))
            if helper:
                assert store._helper_generation == -1  # the next call sends the model again
    assert helped == [True, True, True, False]
    assert sent == [True, False, True, False]
    assert "was not sent; scoring those candidates here" in caplog.text
    for one, two in zip(outs[False], outs[True], strict=True):
        pd.testing.assert_frame_equal(one, two)


def test_a_helper_set_up_with_the_model_that_lost_it_is_sent_it_again(
    tmp_path, batch, view, monkeypatch, caplog
):
    """A store held in memory sets its helper up with the model as it opens, and sends none
    with the first large call; a helper then found without it leaves that call's part to this
    process, and gets the model with the next call."""
    sent, helped = _watch_scoring_in_memory(monkeypatch)
    calls = _calls(batch, 3, seed=40)
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        store.ingest(view)
    with tekil.IdentityStore(url, card_key="store-test", helper=True, in_memory=True) as store:
        assert store._helper.wait_ready(120) and store._helper.prepared
        store.resolve(calls[0])
        assert store._helper.call(exec, ("from tekil.store import ahead; ahead._MODELS.clear()",))
        store._helper.result()
        store.resolve(calls[1])
        store.resolve(calls[2])
    assert helped == [True, False, True] and sent == [False, False, True]
    assert "was not sent; scoring those candidates here" in caplog.text


def test_candidates_taken_out_of_the_memory_read_as_those_held_there(tmp_path, view):
    """The values copied for the helper (:class:`_Taken`) are the mirror's, value for value
    and code for code, and the new records' rows travel without their DataFrame."""
    import pickle

    from tekil.store import candidates
    from tekil.store.rows import RowColumns, keys_read

    url = f"sqlite:///{tmp_path / 'ids.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False, in_memory=True) as store:
        store.ingest(view)
        mirror = store._mirror
        roles = store._load().settings.matching_roles
        held = np.array([0, 3, 4, 9, mirror.n - 1])
        rows = [{"phone": "+905321234567"}, {"first_name": "selin"}]
        there = candidates._HeldColumns(rows, mirror, held)
        taken = candidates._Taken(mirror, held, keys_read(roles))
        copied = pickle.loads(pickle.dumps(candidates._HeldColumns(rows, taken, np.arange(5))))
        for key in [*keys_read(roles), "no such key"]:
            assert copied.present(key) == there.present(key), key
            assert list(copied(key)) == list(there(key)), key
        keys = ["first_name", "last_name"]
        for one, two in zip(copied.factorized(*keys), there.factorized(*keys), strict=True):
            assert one.tolist() == two.tolist()
        # (and its rows, which set the helper's scoring up, are those stored)
        with schema.reading(store.engine) as conn:
            stored = candidates.stored_rows(conn, mirror.record_ids.view[held].tolist())
        assert mirror.rows(held) == [row for _, row in stored.values()]
        many = RowColumns(rows * RowColumns.MANY)
        assert many.frame is not None and "frame" not in pickle.loads(pickle.dumps(many)).__dict__


def test_the_helpers_half_runs_with_the_cycle_collector_paused(monkeypatch):
    """As this process's resolve: in the helper a full collection would walk the model's
    millions of objects, more than once in a large call (0.1 s of a 5 k half)."""
    import gc

    from tekil.store import reading

    seen = []
    read = reading.NewRecords([], [], [], [])
    monkeypatch.setattr(reading, "_read", lambda *args: seen.append(gc.isenabled()) or read)

    def lookup(*args):
        seen.append(gc.isenabled())
        return "looked up"

    enabled = gc.isenabled()
    gc.enable()
    try:
        got = reading._read_and_look_up(None, {}, [], None, lookup)
        after = gc.isenabled()
    finally:
        if not enabled:
            gc.disable()
    assert seen == [False, False] and after
    assert got == (read, "looked up")


def test_a_store_that_opens_with_records_sets_its_helper_up_with_the_model(
    tmp_path, batch, view, monkeypatch
):
    """The helper started when a store opens gets the engine and the model then, not with a
    batch's first call (which would wait for them); results as without a helper."""
    from tekil.parallel import Helper
    from tekil.store import ahead as read_ahead
    from tekil.store import reading

    monkeypatch.setattr(reading, "HELPER_ROWS", 2)
    sent = _models_sent(monkeypatch)
    arrivals = arrivals_of(batch, 30, seeds=(12, 13), empty=0.1)
    outs = []
    for helped in (False, True):
        url = f"sqlite:///{tmp_path / f'ids{helped}.db'}"
        with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
            store.ingest(view)
        with tekil.IdentityStore(url, card_key="store-test", helper=helped) as store:
            if helped:
                assert store._helper.wait_ready(120) and store._helper.prepared
                # (here too: the set-up scores some stored records against each other)
                assert read_ahead.prepare_lookup(url, store._generation, store._load())
            outs.append(store.resolve(arrivals))
    assert sent == [False]  # the helper held the model already
    pd.testing.assert_frame_equal(outs[0], outs[1])
    # A store held in memory sets its helper up with the model too, its first scoring made
    # on records held here (the helper scores candidates that this process sends it).
    url = f"sqlite:///{tmp_path / 'held.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        store.ingest(view)
    with tekil.IdentityStore(url, card_key="store-test", helper=True, in_memory=True) as store:
        assert store._helper.wait_ready(120) and store._helper.prepared
        assert not store._send_model()
        held = store._mirror.newest(3)
        assert len(store._mirror.rows(held)) == 3 and held[-1] == store._mirror.n - 1
        pd.testing.assert_frame_equal(store.resolve(arrivals), outs[0])
    # A set-up that fails leaves a helper that is ready all the same, and not prepared.
    failing = Helper((int, ("not a number",)))
    assert failing.wait_ready(120) and not failing.prepared
    assert failing.call(max, (3, 7)) and failing.result() == 7
    failing.close()


def test_a_helper_that_fails_leaves_its_work_to_this_process(
    tmp_path, batch, view, monkeypatch, caplog
):
    from tekil.parallel import Helper
    from tekil.store import reading

    monkeypatch.setattr(reading, "HELPER_ROWS", 2)
    arrivals = arrivals_of(batch, 40, seeds=(6, 7), empty=0.1)
    outs = []
    for killed in (False, True):
        with tekil.IdentityStore(
            f"sqlite:///{tmp_path / f'ids{killed}.db'}", card_key="store-test"
        ) as store:
            store.ingest(view)
            store._helper = Helper()
            assert store._helper.wait_ready(120)
            if killed:
                store._helper.proc.kill()
                store._helper.proc.wait()
            outs.append(store.resolve(arrivals))
    pd.testing.assert_frame_equal(outs[0], outs[1])
    assert "helper process" in caplog.text


def test_a_large_store_reads_and_first_uses_its_model_as_it_opens(
    tmp_path, view, monkeypatch, caplog
):
    # A long-lived service's first record should not wait for the model, nor for the first
    # scoring's compiled kernels and threads: a store of production size pays them at open.
    from tekil.store import ahead, identity_store

    url = f"sqlite:///{tmp_path / 'ids.db'}"
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as store:
        store.ingest(view)
    warmed = []
    monkeypatch.setattr(identity_store, "warm_up", lambda conn, k: warmed.append(k))
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as small:
        assert small._generation < 0 and not warmed  # a small store: the first call reads it
    monkeypatch.setattr(identity_store, "HELPER_STORE", 10)
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as large:
        assert large._generation >= 0 and warmed == [large._knowledge]

    def failing(conn, knowledge):
        raise ValueError("no scoring")

    monkeypatch.setattr(identity_store, "warm_up", failing)
    with tekil.IdentityStore(url, card_key="store-test", helper=False) as large:
        assert "first scoring at open failed (no scoring)" in caplog.text  # it opens all the same
        assert large._generation >= 0 and large.counts()["records"] > 0
    store = tekil.IdentityStore(url, card_key="store-test", helper=False)
    with schema.reading(store.engine) as conn:
        ahead.warm_up(conn, store._load())  # the real one scores stored records
    store.close()


def test_a_helper_answer_this_process_cannot_read_fails_the_helper_not_the_call(
    tmp_path, monkeypatch
):
    # A helper started after the package was upgraded in place may answer with classes this
    # process lacks: that helper is given up, and its work is done here.
    from tekil.parallel import Helper, HelperFailed

    (tmp_path / "only_there.py").write_text("class Thing:\n    pass\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    helper = Helper()
    assert helper.wait_ready(120)
    assert helper.call(eval, ("__import__('only_there').Thing()",))
    with pytest.raises(HelperFailed, match=r"could not be read.*only_there"):
        helper.result()
    assert not helper.call(max, (1, 2))
    helper.close()


# ---- batches and stable ids --------------------------------------------------------------------
def test_rerun_keeps_ids_and_a_merge_keeps_the_older_id(tmp_path, batch, view):
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    first = batch[~batch["record_id"].isin(["s3"])]
    # Without s3, Selin's telco lines s1/s2 are one customer; add a second person record.
    store.ingest(tekil.customers(first, SETTINGS, id_column="record_id"))
    before = store.records().set_index("record_id")["customer_id"]
    store.ingest(view)  # old data plus s3
    after = store.records().set_index("record_id")["customer_id"]
    unchanged = (before == after[before.index]).mean()
    assert unchanged > 0.99
    assert after["s3"] == after["s1"] == before["s1"]
    assert store.events()["kind"].tolist()[:2] == ["ingest", "ingest"]


def test_carry_ids_merge_and_split():
    labels = np.array([0, 0, 0, 1, 2, 2])
    old = np.array(["C2", "C1", "C1", "C3", "C3", None], dtype=object)
    kept, changes = carry_ids(labels, old, {"C1": 1, "C2": 2, "C3": 3})
    assert kept == ["C1", None, "C3"] or kept == ["C1", "C3", None]
    kinds = {c["kind"]: c for c in changes}
    assert kinds["merge"] == {"kind": "merge", "customer_id": "C1", "absorbed": ["C2"]}
    assert kinds["split"]["customer_id"] == "C3"


def test_same_batch_same_ids(tmp_path, view):
    ids = []
    for k in range(2):
        s = tekil.IdentityStore(f"sqlite:///{tmp_path / f'ids{k}.db'}", card_key="store-test")
        s.ingest(view)
        ids.append(s.records())
    pd.testing.assert_frame_equal(ids[0], ids[1])


def key_tables(store) -> list[set[tuple[int, str]]]:
    """The (key, record id) rows of the large key table and of the recent keys."""
    with store.engine.connect() as conn:
        return [
            {(int(k), r) for k, r in conn.execute(text(f"SELECT key, record_id FROM {name}"))}
            for name in schema.KEY_TABLES
        ]


def test_resolved_records_keys_are_kept_apart_then_folded_into_the_large_table(store, monkeypatch):
    ingested, recent = key_tables(store)
    assert not recent  # an ingest leaves every key in the large table
    oya = {"record_id": "u1", "full_name": "Oya Kılıçdaroğlu", "phone": "0532 901 23 45"}
    store.resolve(pd.DataFrame([oya]))
    main, first = key_tables(store)
    assert main == ingested and first and {r for _, r in first} == {"u1"}
    # Past the limit, the call that adds keys folds them all into the large table.
    monkeypatch.setattr(schema, "RECENT_KEYS", len(first) + 1)
    store.resolve(
        pd.DataFrame([{"record_id": "u2", "full_name": "Ali Vural", "phone": "05441112233"}])
    )
    main, recent = key_tables(store)
    assert (
        not recent and main > ingested | first and {r for _, r in main - ingested - first} == {"u2"}
    )
    assert store.counts()["keys"] == len(main)
    # Both are found again by their keys, from the database and from memory alike.
    again = store.resolve(pd.DataFrame([{"record_id": "u3", "phone": "0532 901 23 45"},
                                        {"record_id": "u4", "phone": "0544 111 22 33"}]))  # fmt: skip
    assert again["matched_record"].tolist() == ["u1", "u2"]


def test_postgresql_plans_the_recent_keys_with_fresh_statistics(store):
    if not store.url.startswith("postgresql"):
        pytest.skip("a PostgreSQL planner matter")

    def analysed() -> float:
        with store.engine.connect() as conn:
            query = "SELECT reltuples FROM pg_class WHERE relname = 'tekil_recent_keys'"
            return conn.execute(text(query)).scalar()

    assert analysed() <= 0  # analysed empty at the ingest
    people = [{"record_id": f"k{n}", "full_name": f"Deniz Kaya{'x' * (n % 7)}",
               "phone": f"0532{n:07d}", "email": f"deniz{n}@example.com"} for n in range(400)]  # fmt: skip
    store.resolve(pd.DataFrame(people))
    held = len(key_tables(store)[1])
    assert held >= 1024 and analysed() == held  # its number doubled past 1,024: analysed


def test_a_store_reads_a_lone_whole_name_as_its_batch_did(tmp_path, batch):
    # A Spanish double surname without a given name: the batch learns not to split it.
    spanish = pd.DataFrame(
        [
            person(
                "e1", "crm", first_name="Priscila", last_name="Bueno Ibáñez", phone="0532 611 20 45"
            ),
            person("e2", "telco", last_name="Bueno Ibáñez", phone="0532 611 20 45"),
        ]
    )
    data = pd.concat([batch, spanish], ignore_index=True)
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    store.ingest(tekil.customers(data, SETTINGS, id_column="record_id"))
    assert store.settings.split_lone_names is False
    new = pd.DataFrame([{"record_id": "e3", "last_name": "Bueno Ibáñez", "phone": "05326112045"}])
    out = store.resolve(new).iloc[0]
    assert "last_name=exact" in out["evidence"]
    assert out["customer_id"] == customer_of(store, "e1")
    store.close()


def test_a_lone_family_name_the_batch_read_as_one_still_finds_its_customer(tmp_path, batch):
    # The batch reads "Karaca" alone as a family name (its data writes it so); a store reads a
    # new record's lone word as a given name: its keys and the crossed names still meet it.
    karaca = pd.DataFrame(
        [
            person("k1", "crm", full_name="Derya Karaca", email="derya.k@firma.com.tr"),
            person("k2", "warranty", full_name="Karaca", email="derya.k@firma.com.tr",
                   phone="0533 218 40 77"),
        ]
    )  # fmt: skip
    data = pd.concat([batch, karaca], ignore_index=True)
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    view = tekil.customers(data, SETTINGS, id_column="record_id")
    assert view.result.records.fields["last_name"].value_of(len(data) - 1) == "karaca"
    store.ingest(view)
    new = pd.DataFrame([{"record_id": "k3", "full_name": "Karaca", "phone": "05332184077"}])
    out = store.resolve(new).iloc[0]
    assert out["customer_id"] == customer_of(store, "k1")
    assert "first_name=crossed" in out["evidence"]
    store.close()


def test_a_number_kept_in_another_phone_column_resolves_to_its_customer(tmp_path, batch):
    # The store keeps home and mobile numbers in two columns; Selin's second line is a "phone".
    spread = batch.assign(mobile=batch["phone"].where(batch.index % 2 == 0))
    spread["phone"] = batch["phone"].where(batch.index % 2 == 1)
    spread.loc[spread["record_id"] == "s2", ["phone", "mobile"]] = ["0541 309 66 17", None]
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    store.ingest(tekil.customers(spread, SETTINGS, id_column="record_id"))
    new = pd.DataFrame([{"record_id": "c1", "full_name": "Selin Aydemir", "mobile": "05413096617"}])
    out = store.resolve(new).iloc[0]
    assert out["customer_id"] == customer_of(store, "s2")
    assert "identifier link" in out["evidence"]
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_record_on_a_couples_one_mobile_finds_the_holder_it_names(tmp_path, batch, backend):
    # A couple's one mobile is shared: it links nobody alone. A care ticket with the husband's
    # name and that number is one of its two holders, at the odds a batch gives (1 to 1, and
    # what the name adds), not a stranger's; a third given name is neither of them.
    mobile = "0532 614 49 70"
    towns = ["Ankara", "İzmir", "Bursa", "Konya", "Adana", "Kayseri"]
    namesakes = [
        person(f"n{k}", "crm", full_name="Ayşe Yılmaz", phone=f"0535 {100 + k} 22 {10 + k}",
               birth_date=f"19{50 + k}-0{k % 9 + 1}-1{k % 10}", city=towns[k % 6])
        for k in range(40)
    ]  # fmt: skip
    couple = [
        person("f1", "telco", full_name="Mehmet Yılmaz", birth_date="1961-02-03", phone=mobile),
        person("w1", "telco", full_name="Ayşe Yılmaz", birth_date="1966-05-04", phone=mobile),
    ]
    data = pd.concat([batch, pd.DataFrame(couple + namesakes)], ignore_index=True)
    store = tekil.IdentityStore(store_url(backend, tmp_path), card_key="store-test")
    view = tekil.customers(data, SETTINGS, id_column="record_id")
    assert customer_of_view(view, "f1") != customer_of_view(view, "w1")
    store.ingest(view)
    new = pd.DataFrame(
        [
            {"record_id": "t1", "full_name": "Mehmet Yılmaz", "phone": "05326144970"},
            {"record_id": "t2", "first_name": "Mehmet", "phone": "+90 532 614 4970"},
            {"record_id": "t3", "full_name": "Zeynep Yılmaz", "phone": "05326144970"},
        ]
    )
    out = store.resolve(new).set_index("record_id")
    assert out.loc["t1", "customer_id"] == customer_of(store, "f1")
    assert out.loc["t2", "customer_id"] == customer_of(store, "f1")
    assert out.loc["t1", "match_probability"] > 0.9
    new_ids = set(out["customer_id"]) - {customer_of(store, "f1")}
    assert len(new_ids) == 1 and customer_of(store, "w1") not in new_ids  # Zeynep: a new one
    store.close()


def test_a_known_id_again_replaces_the_record_and_its_keys(store):
    before = store.counts()["records"]
    oya = {"record_id": "u1", "full_name": "Oya Kılıçdaroğlu", "phone": "0532 901 23 45"}
    store.resolve(pd.DataFrame([oya]))
    store.resolve(pd.DataFrame([{**oya, "phone": "0533 765 43 21"}]))
    assert store.counts()["records"] == before + 1
    main, recent = key_tables(store)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT record_id, keys FROM tekil_records")).all()
    assert not main & recent
    assert main | recent == {(int(k), r) for r, held in rows for k in held.split()}
    # The old number finds the record no more; the new one does.
    old = store.resolve(pd.DataFrame([{"record_id": "u2", "phone": "0532 901 23 45"}]))
    new = store.resolve(pd.DataFrame([{"record_id": "u3", "phone": "05337654321"}]))
    assert old.loc[0, "new_customer"] and new.loc[0, "matched_record"] == "u1"


def test_a_golden_record_is_made_again_when_its_records_changed(store):
    selin = customer_of(store, "s1")
    engine = create_engine(store.url.replace("postgresql://", "postgresql+psycopg://", 1))

    def held() -> str:
        with engine.connect() as conn:
            query = text("SELECT golden FROM tekil_customers WHERE customer_id = :c")
            return conn.execute(query, {"c": selin}).scalar()

    ingested = held()
    assert json.loads(ingested)["of"][0] == 3  # made of three records
    assert store.customer(selin)["emails"] == "selinaydemir@gmail.com"
    assert held() == ingested  # still true: read as it is
    # s3 arrives again as somebody else: Selin keeps two records, without e-mail and card.
    moved = pd.DataFrame([{"record_id": "s3", "first_name": "Orhan", "last_name": "Kılıç",
                           "email": "orhan.kilic@example.com"}])  # fmt: skip
    assert store.resolve(moved).loc[0, "customer_id"] != selin
    assert held() == ingested  # a resolve writes no golden record
    golden = store.customer(selin)
    assert golden["n_records"] == 2 and golden.get("emails") is None and not golden.get("cards")
    assert held() != ingested
    # A record added: made again, from the three records.
    added = pd.DataFrame([{"record_id": "s4", "tckn": SELIN, "email": "selin@aydemir.dev"}])
    assert store.resolve(added).loc[0, "customer_id"] == selin
    golden = store.customer(selin)
    assert golden["n_records"] == 3 and golden["emails"] == "selin@aydemir.dev"
    assert json.loads(held())["of"][0] == 3
    engine.dispose()


# ---- erasure -----------------------------------------------------------------------------------
def test_forget_leaves_no_trace(store):
    selin = customer_of(store, "s1")
    store.resolve(pd.DataFrame([{"ticket": "t9", "handle": "@selin.aydem", "phone": "05327142281"}]),
                  id_column="ticket")  # fmt: skip
    token = tekil.normalize.card(pd.Series([CARD]), key="store-test")["value"][0]
    assert store.forget(selin) == 4
    content = dump(store.url)
    for trace in ("'s1'", "'s3'", "'t9'", "selin", "aydemir", "5327142281", "5413096617", "402718653", "****0366", token,
                  "selin.aydem", selin):  # fmt: skip
        assert trace not in content.casefold(), trace
    events = store.events()
    assert events["kind"].iloc[-1] == "erasure"
    assert events["detail"].iloc[-1] == {"records": 4}
    with pytest.raises(InputError, match="no customer"):
        store.customer(selin)


def test_forget_records_splits_what_they_alone_held_together(store):
    # A name-only record and a phone-only record of one customer, joined through a third one.
    a = store.resolve(pd.DataFrame([{"record_id": "x1", "first_name": "Kâmil", "last_name": "Ferhatoğlu",
                                     "birth_date": "1966-01-05", "phone": "0536 118 72 40"}]))  # fmt: skip
    cid = a.loc[0, "customer_id"]
    b = store.resolve(
        pd.DataFrame([{"record_id": "x2", "handle": "@kf_gece_kusu", "phone": "05361187240"}])
    )
    c = store.resolve(
        pd.DataFrame([{"record_id": "x3", "handle": "@kf_gece_kusu", "email": "kf66@yandex.com"}])
    )
    assert b.loc[0, "customer_id"] == c.loc[0, "customer_id"] == cid
    store.forget(record_ids=["x2"])
    rows = store.records().set_index("record_id")["customer_id"]
    assert "x2" not in rows.index
    assert rows["x1"] != rows["x3"]
    assert "split" in store.events()["kind"].tolist()


# ---- personal data, transactions, concurrency ----------------------------------------------------
def test_no_clear_card_number_in_the_store(store):
    store.resolve(
        pd.DataFrame([{"record_id": "c1", "full_name": "Selin Aydemir", "card_number": CARD}])
    )
    assert CARD not in dump(store.url)
    assert "4532 0151" not in dump(store.url)


def test_a_failed_ingest_leaves_the_store_as_it_was(tmp_path, view, monkeypatch):
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    store.ingest(view)
    before = dump(store.url)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr("tekil.store.identity_store._set_meta", crash)
    with pytest.raises(KeyboardInterrupt):
        store.ingest(view)
    assert dump(store.url) == before


CONCURRENT = textwrap.dedent(
    """
    import sys, pandas as pd, tekil
    store = tekil.IdentityStore(sys.argv[1], card_key="store-test", in_memory=sys.argv[3] == "1")
    tag = sys.argv[2]
    people = [("Abdurrahim", "Özdoğru"), ("Nesibe", "Karakılçık"), ("Tayfun", "Elbeyli"),
              ("Gülizar", "Sırmalı"), ("Rüstem", "Keklikçi"), ("Mübeccel", "Altıntaş"),
              ("Haydar", "Zeytinoğlu"), ("Şehriban", "Okumuş")]
    for k, (first, last) in enumerate(people):
        rows = pd.DataFrame([{"record_id": f"{tag}{k}", "first_name": first, "last_name": last,
                              "birth_date": f"19{60 + 3 * k}-0{k + 1}-1{k}",
                              "phone": f"0539 4{k}{k} 1{k} {k}7"}])
        print(store.resolve(rows)["customer_id"].iloc[0], flush=True)
    """
)


@pytest.mark.parametrize("in_memory", ["00", "11", "10"], ids=["database", "memory", "mixed"])
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_two_processes_never_split_one_new_person(tmp_path, view, backend, in_memory):
    url = store_url(backend, tmp_path)
    tekil.IdentityStore(url, card_key="store-test").ingest(view)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT, url, tag, held],
            stdout=subprocess.PIPE,
            text=True,
        )
        for tag, held in zip("ab", in_memory, strict=True)
    ]
    outs = [p.communicate(timeout=300)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outs[0] == outs[1]  # the same eight people: one id each, whoever came first
    assert len(set(outs[0])) == 8
    store = tekil.IdentityStore(url, card_key="store-test")
    counts = store.counts()
    assert counts["records"] == len(view.records) + 16


# ---- bad input ---------------------------------------------------------------------------------
def test_a_process_reads_the_model_again_after_an_ingest_elsewhere(tmp_path, view):
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    first, second = (tekil.IdentityStore(url, card_key="store-test") for _ in range(2))
    first.ingest(view)
    one = pd.DataFrame([{"record_id": "z1", "first_name": "Selin", "phone": "0532 714 22 81"}])
    assert first.resolve(one).loc[0, "customer_id"] == customer_of(first, "s1")
    assert first._generation == 1
    second.ingest(view)  # a new model (generation 2) that `first` has not read
    two = one.assign(record_id="z2")
    assert first.resolve(two).loc[0, "customer_id"] == customer_of(second, "s1")
    assert first._generation == 2
    first.close()
    second.close()


def test_sqlite_log_is_copied_into_the_database_in_the_background(tmp_path, view):
    path = tmp_path / "ids.db"
    store = tekil.IdentityStore(f"sqlite:///{path}", card_key="store-test")
    store._checkpointer.interval = 0.05
    store.ingest(view)
    wal = tmp_path / "ids.db-wal"
    assert wal.stat().st_size > path.stat().st_size  # the batch is in the log, not yet copied
    deadline = time.monotonic() + 10
    while path.stat().st_size < wal.stat().st_size / 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.stat().st_size >= wal.stat().st_size / 2, "no background checkpoint"
    store.close()
    assert not store._checkpointer._thread.is_alive()
    assert not wal.exists() or wal.stat().st_size == 0  # the last connection folded it in
    again = tekil.IdentityStore(f"sqlite:///{path}", card_key="store-test")
    assert again.counts()["records"] == len(view.records)
    again.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_many_rows_are_written_and_deleted_in_few_statements(tmp_path, backend):
    """Rows go in by many per statement: sqlite3 takes the GIL again after every statement,
    and a row per statement would wait for any other busy thread of the process each time."""
    engine = schema.open_engine(store_url(backend, tmp_path))
    schema.METADATA.create_all(engine)
    rows = [(k * 7919 - 5_000_000, f"r{k % 1500}") for k in range(2_345)]
    statements: list[str] = []
    with schema.writing(engine) as conn:
        if backend == "sqlite":
            conn.connection.driver_connection.set_trace_callback(statements.append)
        schema.insert_rows(conn, schema.keys.name, ["key", "record_id"], rows)
        schema.delete_rows(conn, schema.keys.name, ["key", "record_id"], rows[::2])
    with schema.reading(engine) as conn:
        left = conn.execute(text("SELECT key, record_id FROM tekil_keys")).all()
    engine.dispose()
    assert sorted(map(tuple, left)) == sorted(rows[1::2])
    if backend == "sqlite":  # 5 inserts of up to 499 rows, 12 deletes of up to 100
        assert sum(s.startswith("INSERT") for s in statements) == 5
        assert sum(s.startswith("DELETE") for s in statements) == 12


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_rows_inserted_beside_work_are_written_or_rolled_back_with_it(tmp_path, backend):
    """``inserting`` runs its block while PostgreSQL takes the rows (COPY fed by the driver's
    thread): after the block every row is in, texts as written; a block that raises ends
    the COPY, its own error comes out, and the transaction leaves nothing."""
    engine = schema.open_engine(store_url(backend, tmp_path))
    schema.METADATA.create_all(engine)
    rows = [(k * 7919 - 5_000_000, f'r{k % 1500}\t\\ "ş"') for k in range(2_345)]
    columns = ["key", "record_id"]
    failed = pytest.raises(KeyError, match="scoring failed")
    with (
        failed,
        schema.writing(engine) as conn,
        schema.inserting(conn, "tekil_keys", columns, rows),
    ):
        raise KeyError("scoring failed")
    with schema.reading(engine) as conn:
        assert conn.execute(text("SELECT count(*) FROM tekil_keys")).scalar() == 0
    with schema.writing(engine) as conn:
        with schema.inserting(conn, schema.keys.name, columns, rows):
            worked = sum(range(100_000))
        written = conn.execute(text("SELECT count(*) FROM tekil_keys")).scalar()
    with schema.reading(engine) as conn:
        left = conn.execute(text("SELECT key, record_id FROM tekil_keys")).all()
    engine.dispose()
    assert worked == 4_999_950_000 and written == len(rows)  # (readable in the transaction)
    assert sorted(map(tuple, left)) == sorted(rows)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_rows_read_back_exactly_as_written(tmp_path, backend):
    """SQLite's rows come as one JSON text: 64-bit integers, any text, NULL and floats
    (as 21 digits, JSON's own 15 would round them) must come back unchanged."""
    engine = schema.open_engine(store_url(backend, tmp_path))
    schema.METADATA.create_all(engine)
    texts = ['Şule "ş" \\ \n\t', "", "🇹🇷 \u0000x"[:3], "a" * 250]
    keys = [(-(2**63), texts[0]), (2**63 - 1, texts[1]), (0, texts[2]), (7, texts[3])]
    floats = [0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e-300]
    frequencies = [("f", f"v{k}", x, k) for k, x in enumerate(floats)]
    with schema.writing(engine) as conn:
        schema.insert_rows(conn, schema.keys.name, ["key", "record_id"], keys)
        columns = ["field", "value", "frequency", "people"]
        schema.insert_rows(conn, schema.frequencies.name, columns, frequencies)
    with schema.reading(engine) as conn:
        got = schema.fetch_in(conn, "tekil_keys", ["key", "record_id"], "key", [k for k, _ in keys])
        # Looked up by their texts too: quotes, backslashes, braces and NULL as a value's text.
        odd = ['a"b', "c\\", '"', "{x,y}", "NULL", " ", "r1"]
        schema.insert_rows(conn, schema.keys.name, ["key", "record_id"], list(enumerate(odd)))
        by_text = schema.fetch_in(conn, "tekil_keys", ["record_id"], "record_id", odd + texts)
        read = schema.read_columns(conn, columns, "tekil_frequencies", floats=("frequency",))
    engine.dispose()
    assert sorted(got) == sorted(keys)
    assert sorted(v for (v,) in by_text) == sorted(odd + texts)
    assert sorted(zip(*read, strict=True)) == sorted(frequencies)


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach the store"):
        tekil.IdentityStore("postgresql://tekil:secret@127.0.0.1:1/nowhere")
    with pytest.raises(StoreError, match="not a database URL"):
        tekil.IdentityStore("ids.db")


def test_store_of_another_format_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    tekil.IdentityStore(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE tekil_meta SET value = '99' WHERE key = 'format'"))
    with pytest.raises(StoreError, match="format 99"):
        tekil.IdentityStore(url)


@pytest.mark.parametrize("old_format", [3, 4, 5, 6, 7, 10])
def test_a_store_of_an_older_format_is_upgraded_in_place(store, old_format):
    url = store.url.replace("postgresql://", "postgresql+psycopg://", 1)
    store.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        # Format 10: no shared values strangers hold (nor the batch's choices before it).
        conn.execute(text("DROP TABLE tekil_strangers_values"))
        conn.execute(text("DELETE FROM tekil_meta WHERE key = 'choices'"))
        # Format 5: golden records without a stamp (this one no longer true), no recent keys.
        conn.execute(text("""UPDATE tekil_customers SET golden = '{"name": "Old Name"}'"""))
        if old_format < 6:
            conn.execute(text("DROP TABLE tekil_recent_keys"))
            conn.execute(text("DELETE FROM tekil_meta WHERE key = 'recent_keys'"))
    with engine.begin() as conn:  # format 4: no index on seq, no edits counter or log
        if old_format < 5:
            conn.execute(text("DROP INDEX tekil_records_seq"))
            conn.execute(text("DROP TABLE tekil_edits"))
            conn.execute(text("DELETE FROM tekil_meta WHERE key = 'edits'"))
        if old_format == 3:  # no keys in the rows, an index on the keys' ids
            conn.execute(text("ALTER TABLE tekil_records DROP COLUMN keys"))
            conn.execute(text("CREATE INDEX tekil_keys_record ON tekil_keys (record_id)"))
        conn.execute(text(f"UPDATE tekil_meta SET value = '{old_format}' WHERE key = 'format'"))
    upgraded = tekil.IdentityStore(store.url, card_key="store-test", in_memory=True)
    with engine.connect() as conn:
        keys = {(k, r) for k, r in conn.execute(text("SELECT key, record_id FROM tekil_keys"))}
        rows = conn.execute(text("SELECT record_id, keys FROM tekil_records")).all()
        meta = dict(conn.execute(text("SELECT key, value FROM tekil_meta")).all())
        indexes = {index["name"] for index in inspect(conn).get_indexes("tekil_keys")}
        indexes |= {index["name"] for index in inspect(conn).get_indexes("tekil_records")}
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert meta["format"] == str(schema.STORE_FORMAT) and meta["edits"] == "0"
    assert len(keys) > 1000 and keys == {(int(k), r) for r, held in rows for k in held.split()}
    assert "tekil_keys_record" not in indexes and "tekil_records_seq" in indexes
    assert "tekil_edits" in tables and "tekil_recent_keys" in tables
    assert "tekil_strangers_values" in tables and upgraded._load().strangers is None
    assert meta["recent_keys"] == "0"
    assert upgraded.customer(customer_of(upgraded, "s1"))["name"] == "Selin Aydemir"
    out = upgraded.resolve(pd.DataFrame([{"record_id": "s1", "phone": "0532 714 22 81"}]))
    assert out.loc[0, "customer_id"] == customer_of(upgraded, "s2")  # s1 replaced, keys too
    upgraded.close()


def _as_of_format(store, old_format: int, name: str) -> str:
    """Close ``store`` as a store of ``old_format`` whose first record has the first name
    ``name``; its URL for SQLAlchemy."""
    url = store.url.replace("postgresql://", "postgresql+psycopg://", 1)
    store.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        fields = conn.execute(text("SELECT record_id, fields FROM tekil_records")).first()
        held = fields[1].replace("}", f',"first_name":"{name}"}}', 1)
        conn.execute(
            text("UPDATE tekil_records SET fields = :f WHERE record_id = :r"),
            {"f": held, "r": fields[0]},
        )
        conn.execute(text(f"UPDATE tekil_meta SET value = '{old_format}' WHERE key = 'format'"))
    engine.dispose()
    return url


@pytest.mark.parametrize(
    ("old_format", "name"),
    [
        (6, "иван"),
        (7, "иван"),
        (7, "करिश्मा"),
        (7, "محمد"),
        (7, "สมชาย"),
        (7, "խորեն"),
        (7, "გიორგი"),
    ],
)
def test_a_store_of_an_older_format_with_cyrillic_values_is_refused(store, old_format, name):
    # Format 6 kept Cyrillic letters as they were, format 7 in its keys of equal values and
    # Indic letters in all; format 8 reads them in Latin letters in every key, so the stored
    # keys would not meet a new record's.
    _as_of_format(store, old_format, name)
    with pytest.raises(
        StoreError, match=r"Cyrillic, Greek, Armenian,\s+Georgian.*Thai letters.*new store"
    ):
        tekil.IdentityStore(store.url, card_key="store-test")


@pytest.mark.parametrize(("name", "refused"), [("ተስፋዬ", True), ("علي", True), ("иван", False)])
def test_a_format_8_store_is_refused_where_its_values_read_otherwise_now(store, name, refused):
    # Format 9 reads Ethiopic letters in Latin ones and folds the Arabic yeh and kaf as the
    # Persian letters: such stored keys would not meet a new record's. Cyrillic reads as before.
    _refused_or_upgraded(
        store, 8, name, refused, r"format 8 .*Ethiopic letters or with the\s+Arabic"
    )


@pytest.mark.parametrize(
    ("name", "refused"),
    [("Γιάννης", True), ("Ивaнов", True), ("Қасымов", True), ("Xoʻjayev", True), ("නිමල්", True),
     ("851234578V", True), ("Nimal 851234578v", True), ("Արթուր", True), ("Məmmədov", True),
     ("გიორგი", False), ("иван", False), ("Ali", False), ("1851234578V", False),
     ("851234578", False), ("GHA-123456789-0", True), ("gha1234567890", True),
     ("1234567890", False), ("0244123456", False), ("ተስፋዬ", False), ("علي", False)],
)  # fmt: skip
def test_a_format_9_store_is_refused_where_its_values_read_otherwise_now(store, name, refused):
    # Format 10 reads Greek αυ, ευ and γγ as ELOT 743 writes them, a Latin look-alike inside a
    # Greek or Cyrillic word in its script, Kazakh қ, Uzbek ʻ, Armenian ու, Azerbaijani ə,
    # Sinhala letters, old Sri Lankan NICs and Ghana Card numbers anew: such stored keys would
    # not meet a new record's. Ethiopic letters and the Arabic yeh read in format 9 as now.
    _refused_or_upgraded(store, 9, name, refused, r"format 9 .*Greek letters, Turkic or Tajik")


@pytest.mark.parametrize("name", ["Γιάννης", "ተስፋዬ", "Məmmədov"])
def test_a_format_10_store_is_upgraded_whatever_its_letters(store, name):
    # Format 10 read its values as this version does: only a table is added.
    _refused_or_upgraded(store, 10, name, False, "")


def _refused_or_upgraded(store, old_format: int, name: str, refused: bool, match: str) -> None:
    """A store of ``old_format`` holding ``name`` is refused (the message matching ``match``),
    or opened and upgraded to this version's format."""
    url = _as_of_format(store, old_format, name)
    if refused:
        with pytest.raises(StoreError, match=match):
            tekil.IdentityStore(store.url, card_key="store-test")
        return
    tekil.IdentityStore(store.url, card_key="store-test").close()
    engine = create_engine(url)
    with engine.connect() as conn:
        found = conn.execute(text("SELECT value FROM tekil_meta WHERE key = 'format'"))
        assert found.scalar() == str(schema.STORE_FORMAT)
    engine.dispose()


def test_empty_store_cannot_resolve(tmp_path):
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}")
    with pytest.raises(StoreError, match="ingest a batch first"):
        store.resolve(pd.DataFrame([{"record_id": "a", "full_name": "Ali Veli"}]))


def test_record_without_usable_field_writes_nothing(store):
    before = store.counts()
    rows = pd.DataFrame([
        {"record_id": "ok", "full_name": "Deniz Ulusoy", "phone": "0532 000 11 22"},
        {"record_id": "bad", "full_name": None, "phone": "n/a"},
    ])  # fmt: skip
    with pytest.raises(InputError, match=r"\['bad'\] have no usable value"):
        store.resolve(rows)
    assert store.counts() == before
    out = store.resolve(rows, unusable="reject")
    assert out["record_id"].tolist() == ["ok", "bad"]
    assert out["customer_id"].notna().tolist() == [True, False]
    assert out["evidence"].iloc[1] == "rejected: no usable value"
    assert store.counts()["records"] == before["records"] + 1
    # Rows with no value in any column at all: rejected too, or an error naming them.
    empty = pd.DataFrame({"record_id": ["e1", "e2"], "phone": [None, None]})
    with pytest.raises(InputError, match=r"\['e1', 'e2'\] have no usable value"):
        store.resolve(empty)
    out = store.resolve(empty, unusable="reject")
    assert out["record_id"].tolist() == ["e1", "e2"] and out["customer_id"].isna().all()
    assert store.counts()["records"] == before["records"] + 1


def test_a_frames_header_is_read_as_a_batch_reads_it(store):
    before = store.counts()
    # Two columns of one name: which one is the phone? Refused, nothing written.
    twice = pd.DataFrame([["h1", "Deniz Ulusoy", "0532 000 11 22", "0532 999 88 77"]])
    twice.columns = ["record_id", "full_name", "phone", "phone"]
    with pytest.raises(InputError, match=r"duplicate column names: \['phone'\]"):
        store.resolve(twice)
    assert store.counts() == before
    # A header on two rows (read_excel(header=[0, 1])): each column named by its levels.
    two_rows = pd.DataFrame([["h2", "Deniz Ulusoy", "0532 000 11 22"]])
    two_rows.columns = pd.MultiIndex.from_tuples(
        [("record_id", ""), ("full_name", "Unnamed: 1_level_1"), ("phone", "")]
    )
    out = store.resolve(two_rows)
    assert out["record_id"].tolist() == ["h2"] and out["customer_id"].notna().all()
    # Categorical columns (a parquet file's dictionaries): read as their values.
    categorical = pd.DataFrame(
        {"record_id": ["h3"], "full_name": ["Deniz Ulusoy"], "phone": ["0532 000 11 22"]}
    ).astype({"full_name": "category", "phone": "category"})
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        again = store.resolve(categorical)
    assert again["customer_id"].tolist() == out["customer_id"].tolist()
    # A table that converts itself (a pyarrow Table, a polars DataFrame): its pandas frame.
    import pyarrow as pa

    table = pa.table({"record_id": ["h4"], "full_name": ["Deniz Ulusoy"], "phone": ["05320001122"]})
    assert store.resolve(table)["customer_id"].tolist() == out["customer_id"].tolist()


def test_bad_arguments(store, view):
    with pytest.raises(ConfigError, match=r"tekil\.customers"):
        store.ingest(view.result)
    with pytest.raises(InputError, match="record id column"):
        store.resolve(pd.DataFrame([{"full_name": "Ali Veli"}]), id_column="nope")
    with pytest.raises(InputError, match="one of them"):
        store.forget()
    with pytest.raises(InputError, match="no customer"):
        store.forget("C999999")


def test_cards_need_the_stores_key(tmp_path, view):
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    tekil.IdentityStore(url, card_key="store-test").ingest(view)
    other = tekil.IdentityStore(url, card_key="another-key")
    with pytest.raises(MissingKeyError, match="differs"):
        other.resolve(
            pd.DataFrame([{"record_id": "k", "full_name": "Ali Veli", "card_number": CARD}])
        )


def test_events_are_json(store):
    events = store.events()
    assert events.loc[0, "kind"] == "ingest"
    assert json.loads(json.dumps(events.loc[0, "detail"]))["records"] > 800


# ---- the CLI contract ----------------------------------------------------------------------------
def test_cli_ingest_resolve_forget(tmp_path, batch, monkeypatch, capsys):
    from tekil.cli import main

    monkeypatch.setenv("TEKIL_CARD_KEY", "store-test")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    batch.to_csv(tmp_path / "batch.csv", index=False)
    assert (
        main(
            [
                "ingest",
                "--store",
                url,
                str(tmp_path / "batch.csv"),
                "--id-column",
                "record_id",
                "-q",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["records"] == len(batch)
    new = pd.DataFrame(
        [
            {
                "record_id": "q1",
                "handle": "@selin.aydem",
                "full_name": "Selin Aydemir",
                "phone": "05327142281",
            },
            {"record_id": "q2", "full_name": "Zekeriya Boztepe", "phone": "0544 810 27 36"},
        ]
    )
    new.to_csv(tmp_path / "new.csv", index=False)
    out = tmp_path / "out.csv"
    assert (
        main(["resolve", "--store", url, str(tmp_path / "new.csv"), "--out", str(out), "-q"]) == 0
    )
    got = pd.read_csv(out)
    assert got.columns.tolist() == ["record_id", "customer_id", "match_probability", "new_customer"]
    assert got["record_id"].tolist() == ["q1", "q2"]
    selin = tekil.IdentityStore(url).records().set_index("record_id")["customer_id"]["s1"]
    assert got["customer_id"].tolist()[0] == selin
    assert got["new_customer"].tolist() == [False, True]
    assert main(["forget", "--store", url, "--customer", selin, "-q"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == {"erased_records": 4}
    # Errors are one line, exit 2, nothing written.
    assert main(["forget", "--store", url, "--customer", selin, "-q"]) == 2
    assert "no customer" in capsys.readouterr().err
    assert main(["resolve", "--store", "postgresql://x@127.0.0.1:1/x", str(tmp_path / "new.csv"),
                 "--out", str(out), "-q"]) == 2  # fmt: skip
    assert "cannot reach the store" in capsys.readouterr().err


def test_a_record_sent_again_keeps_its_customer_and_none_is_left_empty(store):
    kemal = {"record_id": "k1", "full_name": "Kemal Sunal", "phone": "0532 777 88 99"}
    first = store.resolve(pd.DataFrame([kemal]))
    counts = store.counts()
    again = store.resolve(pd.DataFrame([kemal]))
    assert again.loc[0, "customer_id"] == first.loc[0, "customer_id"]
    assert not again.loc[0, "new_customer"]
    assert store.counts() == counts
    assert store.customer(first.loc[0, "customer_id"])["n_records"] == 1


def test_blank_ids_and_bad_thresholds_are_refused_before_anything_is_written(store):
    counts = store.counts()
    row = {"full_name": "Kemal Sunal", "phone": "0532 777 88 99"}
    with pytest.raises(InputError, match="1 missing value"):
        store.resolve(pd.DataFrame([{"record_id": None, **row}]))
    for bad in (0, 1, 1.5, float("nan"), "high"):
        with pytest.raises(ConfigError, match="threshold must be a probability"):
            store.resolve(pd.DataFrame([{"record_id": "t1", **row}]), threshold=bad)
    assert store.counts() == counts


def test_a_record_with_the_names_the_other_way_round_finds_its_customer(store):
    # A form that took the family name first: only the names and the birth date to go by.
    selin = store.records().set_index("record_id").loc["s1", "customer_id"]
    row = {"record_id": "r1", "first_name": "Aydemir", "last_name": "Selin"}
    out = store.resolve(pd.DataFrame([{**row, "birth_date": "1988-03-14"}]))
    assert out.loc[0, "customer_id"] == selin and not out.loc[0, "new_customer"]


def test_a_record_that_a_file_could_not_decode_is_stored_with_a_replacement_character(store):
    # "J\udcfcrgen": a Latin-1 ü read as UTF-8 with surrogateescape. The database takes no
    # lone surrogate; the record is kept, the byte read as U+FFFD (no letter of a name).
    row = {"record_id": "j1", "first_name": "J\udcfcrgen", "last_name": "Meyer"}
    # (pandas 3's text columns refuse it: a frame of objects, as a file read so gives)
    out = store.resolve(pd.DataFrame([{**row, "birth_date": "1990-05-05"}], dtype=object))
    assert out.loc[0, "new_customer"]
    assert store.customer(out.loc[0, "customer_id"])["name"].endswith("Meyer")
    assert store.forget(record_ids="j1") == 1  # one id, not its characters


def test_the_store_keeps_no_lookup_keys_of_the_typo_tolerant_rules(store):
    # They find few pairs of their own and would cost each resolve a lookup per key.
    from tekil.block import typo_tolerant

    store._load()
    names = [rule.name for rule in store._rules]
    assert names and not any(typo_tolerant(rule) for rule in store._rules)
    assert not any(name.endswith((":last7", ":local_letters")) for name in names)


@pytest.mark.parametrize(
    ("backend", "in_memory"),
    [("sqlite", False), ("postgres", False), ("sqlite", True), ("postgres", True)],
)
def test_a_customer_with_more_records_than_a_key_may_hold_is_still_found_by_them(
    tmp_path, batch, backend, in_memory
):
    # A customer with 80 lines, each a record with the customer's name and e-mail: the
    # e-mail's and the name's keys are held by 80 records, more than a key may hold (a common
    # surname's), but all of one customer: each finds that customer's oldest records.
    lines = pd.DataFrame(
        [
            person(f"line{k}", "telco", first_name="Doruk", last_name="Karaalioğlu",
                   birth_date="1979-11-02", email="doruk.karaalioglu@firma.com.tr",
                   phone=f"0532 40{k // 10} 1{k % 10} 7{k % 7}")
            for k in range(80)
        ]
    )  # fmt: skip
    customers = tekil.customers(
        pd.concat([batch, lines], ignore_index=True), SETTINGS, id_column="record_id"
    )
    store = tekil.IdentityStore(
        store_url(backend, tmp_path), card_key="store-test", in_memory=in_memory
    )
    store.ingest(customers)
    doruk = customer_of(store, "line0")
    assert store.records().set_index("record_id")["customer_id"][lines["record_id"]].eq(doruk).all()
    complaints = [
        {"ticket": "c1", "name": "Doruk Karaalioğlu", "email": "doruk.karaalioglu@firma.com.tr"},
        {"ticket": "c2", "email": "doruk.karaalioglu@firma.com.tr", "handle": "@dkaraali"},
    ]
    for complaint in complaints:
        out = store.resolve(pd.DataFrame([complaint]), id_column="ticket")
        assert out["customer_id"].tolist() == [doruk], out.to_dict("records")
    # Another firm's 80 lines arriving in one call find each other: one new customer.
    more = lines.assign(
        record_id=lines["record_id"] + "b",
        first_name="Ece",
        last_name="Tanrıverdi",
        birth_date="1990-05-17",
        email="ece.tan@tanlar.com.tr",
        phone=lines["phone"].str.replace("0532", "0544"),
    )
    out = store.resolve(more, id_column="record_id")
    assert out["customer_id"].nunique() == 1 and out["customer_id"].iloc[0] != doruk
    store.close()
