"""The stored records held in memory (``IdentityStore(..., in_memory=True)``): the same
candidates, decisions and rows as reading them from the database, and kept true to
what other processes write."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

import tekil
from conftest_store import arrivals_of, store_url
from tekil.store import candidates
from tekil.store import mirror as mirror_module
from tekil.store.mirror import Mirror
from test_store import customer_of, dump


def _held_keys(rng, count: int) -> list[list[int]]:
    return [sorted(set(rng.integers(0, 60, rng.integers(0, 5)).tolist())) for _ in range(count)]


@pytest.mark.parametrize("deleted", [0, 60])
@pytest.mark.parametrize("recent_keys", [10**9, 0, 40])  # all recent, all sorted, both
def test_candidates_are_the_live_holders_of_each_key_below_the_cap(
    monkeypatch, recent_keys, deleted
):
    monkeypatch.setattr(mirror_module, "RECENT_KEYS", recent_keys)
    rng = np.random.default_rng(1)
    held = _held_keys(rng, 300)
    m = Mirror(generation=1, edits=0)
    for start in range(0, 300, 70):  # in parts: sorted arrays and recent keys mixed
        part = held[start : start + 70]
        m.add(
            seqs=list(range(start, start + len(part))),
            record_ids=[f"r{k}" for k in range(start, start + len(part))],
            customers=[f"C{k % 3}" for k in range(start, start + len(part))],
            fields=['{"x":"1"}'] * len(part),
            keys=part,
        )
    gone = set(rng.choice(300, deleted, replace=False).tolist())
    m.alive.view[list(gone)] = False
    m._dead = len(gone)
    new = [*_held_keys(rng, 40), [], [999]]
    cap = 6
    owners = {
        key: [k for k, ks in enumerate(held) if key in ks and k not in gone] for key in range(60)
    }

    def found(key: int) -> list[int]:  # all live holders; of a common key, few customers' oldest
        holders = owners.get(key, [])
        if len(holders) <= cap:
            return holders
        oldest = [k for k in holders if sum(h % 3 == k % 3 for h in holders if h < k) < 3]
        return oldest if len(oldest) <= cap else []

    expected = sorted({(a, b) for a, ks in enumerate(new) for key in ks for b in found(key)})
    i, j = m.candidates(new, cap)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == expected
    common = [key for key, v in owners.items() if len(v) > cap]
    assert len(expected) > 0 and {len(found(key)) > 0 for key in common} == {True, False}


def test_values_come_back_by_position_and_missing_ones_as_none():
    m = Mirror(generation=1, edits=0)
    m.add(seqs=[0, 1, 2], record_ids=["a", "b", "c"], customers=["C1", "C1", "C2"],
          fields=['{"phone":"+9053","dob.year":1985}', '{"city":"van"}', '{"phone":"+9053"}'],
          keys=[[1], [2], [1]])  # fmt: skip
    m.add(seqs=[8], record_ids=["d"], customers=["C3"], fields=['{"email":"a@b.co"}'],
          keys=[[3]])  # fmt: skip
    everyone = np.arange(4)
    assert m.column("phone", everyone).tolist() == ["+9053", None, "+9053", None]
    assert m.column("dob.year", everyone).tolist() == [1985, None, None, None]
    assert m.column("email", everyone).tolist() == [None, None, None, "a@b.co"]
    assert m.column("tckn", everyone).tolist() == [None] * 4
    assert m.has("city", np.array([1])) and not m.has("city", np.array([0, 2]))
    assert m.next_seq == 9 and m.customers(np.arange(4)).tolist() == ["C1", "C1", "C2", "C3"]


@pytest.mark.parametrize("chosen", [3, 40, 1_500])  # sorted codes, or marks over all values
def test_codes_are_the_values_of_the_records_chosen(chosen):
    rng = np.random.default_rng(chosen)
    m = Mirror(generation=1, edits=0)
    for start in (0, 1_000):  # the second call adds some of the first call's values again
        values = [f"v{k}" if k % 3 else None for k in rng.integers(0, 1_400, 1_000)]
        m.add(seqs=range(start, start + 1_000),
              record_ids=[f"r{start + k}" for k in range(1_000)], customers=["C"] * 1_000,
              fields=[json.dumps({} if v is None else {"x": v}) for v in values],
              keys=[[start + k] for k in range(1_000)])  # fmt: skip
    positions = rng.choice(2_000, chosen, replace=False)
    codes, values = m.codes("x", positions)
    assert [None if c < 0 else values[c] for c in codes] == m.column("x", positions).tolist()
    assert sorted(set(codes.tolist()) - {-1}) == list(range(len(values)))  # each one used
    assert m.codes("y", positions)[0].tolist() == [-1] * chosen


@pytest.mark.parametrize("many_held", [2_000, 1], ids=["few held", "many held"])
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_in_memory_finds_decides_and_stores_what_the_database_path_does(
    tmp_path, batch, view, backend, many_held, monkeypatch
):
    # Many candidates: the database's come as JSON lines parsed by pyarrow, the mirror's as codes.
    monkeypatch.setattr(candidates, "MANY_HELD", many_held)
    arrivals = arrivals_of(batch, 150, seeds=(8, 7), empty=0.25)
    later = arrivals.sample(40, random_state=9).assign(record_id=lambda d: d["record_id"] + "2")
    update = arrivals.iloc[:3]  # known ids: the records are replaced
    dumps, outs = [], []
    for in_memory in (False, True):
        url = store_url(backend, tmp_path / str(in_memory))
        (tmp_path / str(in_memory)).mkdir()
        with tekil.IdentityStore(url, card_key="store-test", in_memory=in_memory) as store:
            store.ingest(view)
            assert (store._mirror is not None) == in_memory
            outs.append(
                pd.concat(
                    [
                        store.resolve(df, unusable="reject")
                        for df in (arrivals, later, update, later.iloc[:5])
                    ]
                )
            )
        dumps.append([row for row in dump(url).splitlines() if not re.search(r"T\d\d:\d\d", row)])
    pd.testing.assert_frame_equal(outs[0], outs[1])
    assert dumps[0] == dumps[1]
    assert outs[1]["new_customer"].sum() < len(outs[1]) / 2  # mostly found, not all new


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_mirror_follows_what_other_processes_write(tmp_path, view, backend):
    url = store_url(backend, tmp_path)
    other = tekil.IdentityStore(url, card_key="store-test")
    other.ingest(view)
    held = tekil.IdentityStore(url, card_key="store-test", in_memory=True)
    mirror = held._mirror
    assert len(mirror) == len(view.records)
    assert 100 * len(mirror) < held.memory_bytes() < 5_000 * len(mirror)
    assert other.memory_bytes() == 0
    bulent = {"first_name": "Bülent", "last_name": "Çağlayangil", "phone": "0555 480 19 37"}
    first = other.resolve(pd.DataFrame([{"record_id": "b1", **bulent}]))
    # Added elsewhere: read under the write lock, by seq.
    found = held.resolve(pd.DataFrame([{"record_id": "b2", "phone": "05554801937"}]))
    assert found.loc[0, "customer_id"] == first.loc[0, "customer_id"]
    assert found.loc[0, "matched_record"] == "b1"
    assert len(mirror) == len(view.records) + 2
    # Erased elsewhere: read from the edit log; the erased person is found by nobody.
    other.forget(first.loc[0, "customer_id"])
    again = held.resolve(pd.DataFrame([{"record_id": "b3", **bulent}]))
    assert again.loc[0, "new_customer"]
    assert len(mirror) == len(view.records) + 1
    # A customer split elsewhere: its records are found under their new customers.
    kamil = {"first_name": "Kâmil", "last_name": "Ferhatoğlu", "birth_date": "1966-01-05"}
    other.resolve(pd.DataFrame([{"record_id": "k1", **kamil, "phone": "0536 118 72 40"}]))
    other.resolve(pd.DataFrame([{"record_id": "k2", "handle": "@kf_gece", "phone": "05361187240"}]))
    other.resolve(pd.DataFrame([{"record_id": "k3", "handle": "@kf_gece", "email": "kf@ya.com"}]))
    other.forget(record_ids=["k2"])  # k1 and k3 were one customer through k2 alone
    assert customer_of(other, "k1") != customer_of(other, "k3")
    k = held.resolve(pd.DataFrame([{"record_id": "k4", "email": "kf@ya.com"}]))
    assert k.loc[0, "customer_id"] == customer_of(other, "k3")
    selin = customer_of(other, "s1")
    # This process' own update (a known id): the old record goes from memory too.
    moved = held.resolve(pd.DataFrame([{"record_id": "b3", "phone": "0532 714 22 81"}]))
    assert moved.loc[0, "customer_id"] == selin
    later = held.resolve(pd.DataFrame([{"record_id": "b4", **bulent}]))
    assert later.loc[0, "new_customer"]  # b3 was Bülent; now it is a phone of Selin's
    assert held._mirror is mirror  # followed, never read again
    assert len(mirror) == other.counts()["records"]
    stored = other.records().set_index("record_id")["customer_id"]
    live = np.flatnonzero(mirror.alive.view)
    assert dict(zip(mirror.record_ids.view[live], mirror.customers(live), strict=True)) == dict(
        stored
    )
    held.close()
    other.close()


def test_a_mirror_is_read_again_after_an_ingest_elsewhere(tmp_path, view, monkeypatch):
    loads = []
    load = Mirror.load.__func__
    monkeypatch.setattr(
        Mirror, "load", classmethod(lambda cls, *a: loads.append(1) or load(cls, *a))
    )
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    held = tekil.IdentityStore(url, card_key="store-test", in_memory=True)
    for again in range(2):
        held.ingest(view)
        held.resolve(pd.DataFrame([{"record_id": f"z0{again}", "phone": "0532 714 22 81"}]))
        assert len(loads) == again + 1  # read once after each of its own ingests
    other = tekil.IdentityStore(url, card_key="store-test")
    other.resolve(pd.DataFrame([{"record_id": "z1", "full_name": "Ümit Kaplan",
                                 "phone": "0532 600 11 22"}]))  # fmt: skip
    other.forget(record_ids=["s3"])
    other.ingest(view)  # a new model; z1 stays, s3 is back
    out = held.resolve(pd.DataFrame([{"record_id": "z2", "phone": "05326001122"}]))
    assert out.loc[0, "matched_record"] == "z1"
    assert held._mirror.generation == 3 and len(held._mirror) == other.counts()["records"]
    assert len(loads) == 3  # and once after the ingest elsewhere
    assert held.resolve(
        pd.DataFrame([{"record_id": "z3", "email": "selin.aydemir@gmail.com"}])
    ).loc[0, "customer_id"] == customer_of(other, "s3")
    held.close()
    other.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_threads_of_one_process_share_the_mirror(tmp_path, view, backend, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    url = store_url(backend, tmp_path)
    with tekil.IdentityStore(url, card_key="store-test") as first:
        first.ingest(view)
    loads = []
    load = Mirror.load.__func__
    monkeypatch.setattr(
        Mirror, "load", classmethod(lambda cls, *a: loads.append(1) or load(cls, *a))
    )
    store = tekil.IdentityStore(url, card_key="store-test", in_memory=True)

    firsts = ["Deniz", "Ufuk", "Sevgi", "Gönül", "Tarık", "Nail"]
    lasts = ["Kılıç", "Oral", "Sezer", "Ünver"]
    phones = [f"05{44 + k % 5}{k * 7919 % 10_000_000:07d}" for k in range(24)]

    def arrive(k: int) -> str:  # 24 people, four threads at once
        row = {"record_id": f"t{k}", "first_name": firsts[k % 6], "last_name": lasts[k // 6],
               "phone": phones[k]}  # fmt: skip
        return store.resolve(pd.DataFrame([row]))["customer_id"][0]

    with ThreadPoolExecutor(4) as pool:
        first_ids = list(pool.map(arrive, range(24)))
    again = [
        store.resolve(pd.DataFrame([{"record_id": f"u{k}", "phone": phones[k]}]))["customer_id"][0]
        for k in range(24)
    ]
    assert again == first_ids and len(set(first_ids)) == 24
    assert len(loads) == 1  # read when opened, never again
    mirror = store._mirror
    stored = store.records().set_index("record_id")["customer_id"]
    live = np.flatnonzero(mirror.alive.view)
    assert len(live) == len(stored)
    assert dict(zip(mirror.record_ids.view[live], mirror.customers(live), strict=True)) == dict(
        stored
    )
    store.close()


def test_pairs_within_a_call_are_those_sharing_a_key_and_neighbours_in_a_common_one():
    from tekil.store.candidates import MAX_KEY_RECORDS, pairs_within

    rng = np.random.default_rng(11)
    keys = [rng.choice(300, rng.integers(0, 5), replace=False).tolist() for _ in range(400)]
    for ks in keys[: MAX_KEY_RECORDS + 1]:
        ks.append(-5)  # held by one record too many: each record and the next three
    by_key: dict[int, list[int]] = {}
    for a, ks in enumerate(keys):
        for key in ks:
            by_key.setdefault(key, []).append(a)
    expected = sorted(
        {
            (x, y)
            for members in by_key.values()
            for k, x in enumerate(members)
            for y in members[k + 1 : None if len(members) <= MAX_KEY_RECORDS else k + 4]
        }
    )
    i, j = pairs_within(keys)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == expected and len(expected) > 100
    assert [len(a) for a in pairs_within([[], [3]])] == [0, 0]
