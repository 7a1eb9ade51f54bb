"""Store URLs for the tests: a fresh SQLite file always, PostgreSQL when one is given.

``.ci/run`` starts a PostgreSQL server on loopback and sets
``TEKIL_TEST_POSTGRES_URL``; with ``TEKIL_REQUIRE_POSTGRES=1`` (CI) a missing
server fails the tests instead of skipping them.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine

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


def store_url(backend: str, tmp_path) -> str:
    if backend == "postgres":
        return fresh_postgres()
    return f"sqlite:///{tmp_path / 'ids.db'}"
