"""Store URLs for the tests: a fresh SQLite file always, PostgreSQL when one is given.

``.ci/run`` starts a PostgreSQL server on loopback and sets
``TEKIL_TEST_POSTGRES_URL``; with ``TEKIL_REQUIRE_POSTGRES=1`` (CI) a missing
server fails the tests instead of skipping them.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import create_engine

from people import valid_tckn
from tekil.store import schema

POSTGRES_URL = os.environ.get("TEKIL_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("TEKIL_REQUIRE_POSTGRES") == "1"


def fresh_postgres() -> str:
    """The test server's URL with the store's tables dropped."""
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("TEKIL_REQUIRE_POSTGRES=1 but TEKIL_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server (set TEKIL_TEST_POSTGRES_URL)")
    engine = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    schema.METADATA.drop_all(engine)
    engine.dispose()
    return POSTGRES_URL


def arrivals_of(batch: pd.DataFrame, n: int, seeds: tuple[int, int], empty: float) -> pd.DataFrame:
    """``n`` of the batch's records arriving under new ids (``-n``), a share of cells empty."""
    drawn, masked = seeds
    arrivals = batch.sample(n, random_state=drawn).assign(record_id=lambda d: d["record_id"] + "-n")
    cells = np.random.default_rng(masked).random(arrivals.shape)
    return arrivals.mask(cells < empty).assign(record_id=arrivals["record_id"])


def store_url(backend: str, tmp_path) -> str:
    if backend == "postgres":
        return fresh_postgres()
    return f"sqlite:///{tmp_path / 'ids.db'}"


# ---- the store tests' scenario: the bundled sample and Selin -----------------------------------
SELIN = valid_tckn("402718653")
CARD = "4532015112830366"
SETTINGS = {"card_key": "store-test", "source_column": "source"}


def person(rid, source, **values):
    return {"record_id": rid, "source": source, **values}


#: Selin: two lines and an e-mail across three systems (and a card).
SELIN_RECORDS = [
    person("s1", "telco", first_name="Selin", last_name="Aydemir", birth_date="1988-03-14",
           tckn=SELIN, phone="0532 714 22 81"),
    person("s2", "telco", first_name="Selin", last_name="Aydemir", birth_date="1988-03-14",
           tckn=SELIN, phone="0541 309 66 17"),
    person("s3", "crm", first_name="Selin", last_name="Aydemir", birth_date="14.03.1988",
           email="selin.aydemir@gmail.com", phone="0532 714 22 81", card_number=CARD),
]  # fmt: skip


def resolved_held_out(data, frame: pd.DataFrame, store, held: int = 100):
    """Ingest all but the first ``held`` records of ``frame`` (FEBRL3 made over: ``data``'s
    truth), resolve those, and count how many got their own person's customer id (or a new id
    where the person had no stored record). Returns the resolve's output and that count."""
    from tekil import customers

    store.ingest(customers(frame.iloc[held:]))
    out = store.resolve(frame.iloc[:held], id_column="record_id")
    stored = store.records().set_index("record_id")["customer_id"]
    person_of = data.truth.reindex(stored.index)
    right = 0
    for record, customer, new in out[["record_id", "customer_id", "new_customer"]].values:
        theirs = set(stored[person_of == data.truth[record]])
        right += customer in theirs if theirs else new
    return out, right
