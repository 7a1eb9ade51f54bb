"""The identity store: ingest time, single-record resolve latency and batch throughput.

    python benchmarks/store.py                                   # 20,000 persons, SQLite
    python benchmarks/store.py --persons 100000 --postgres postgresql://tekil@127.0.0.1:54329/db

Synthetic persons (``tekil.datasets.generate``): every person's records but one
are ingested as a batch; the held-out records then arrive one by one
(``resolve`` of a one-row frame, p50/p99 latency) and as one batch (records
per second). Accuracy: the share of held-out records given their own person's
customer id (or a new id when the person had no other record). Each database
is measured twice on a fresh store: reading candidates from the database, and
with the stored records held in memory (``in_memory=True``; "open s" is then
the time to read them, "held MB" the memory they take). Prints one table.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

import numpy as np
import pandas as pd

from tekil import IdentityStore, customers
from tekil.datasets import generate


def split(data, singles: int, batch_size: int, seed: int):
    """The stored records, and the held-out arrivals: one record of each of some persons."""
    records, truth = data.records, data.truth
    rng = np.random.default_rng(seed)
    persons = truth.reindex(records["record_id"]).to_numpy()
    order = rng.permutation(len(records))
    held = pd.Series(order).groupby(persons[order]).first().to_numpy()
    held = rng.choice(held, min(len(held), singles + batch_size), replace=False)
    return records.drop(index=records.index[held]), records.iloc[held]


def run(url: str, view, resolved: float, arrivals, truth, singles: int, in_memory: bool) -> dict:
    with IdentityStore(url, card_key="bench") as fresh:
        start = time.perf_counter()
        fresh.ingest(view)
        ingested = time.perf_counter() - start
    start = time.perf_counter()
    store = IdentityStore(url, card_key="bench", in_memory=in_memory)
    opened = time.perf_counter() - start
    held = store.memory_bytes() / 2**20 if in_memory else None
    customer_of_person = (
        view.records.assign(person=truth.reindex(view.records["record_id"]).to_numpy())
        .groupby("person")["customer_id"]
        .agg(lambda s: s.mode().iloc[0])
    )
    latencies, outs = [], []
    for k in range(min(singles, len(arrivals))):
        one = arrivals.iloc[[k]]
        t0 = time.perf_counter()
        outs.append(store.resolve(one, id_column="record_id", unusable="reject"))
        latencies.append(time.perf_counter() - t0)
    rest = arrivals.iloc[singles:]
    t0 = time.perf_counter()
    if len(rest):
        outs.append(store.resolve(rest, id_column="record_id", unusable="reject"))
    batch_seconds = time.perf_counter() - t0
    out = pd.concat(outs, ignore_index=True)
    expected = customer_of_person.reindex(truth.reindex(out["record_id"]).to_numpy()).to_numpy()
    right = np.where(pd.isna(expected), out["new_customer"], out["customer_id"] == expected)
    right = right[out["customer_id"].notna().to_numpy()]  # rejected: nothing to find them by
    store.close()
    lat = np.array(latencies) * 1000
    return {
        "database": url.split(":", 1)[0],
        "records held": "in memory" if in_memory else "database",
        "stored records": len(view.records),
        "batch s": round(resolved, 1),
        "ingest s": round(ingested, 1),
        "open s": round(opened, 1),
        "held MB": round(held) if held is not None else None,
        "single p50 ms": round(float(np.percentile(lat, 50)), 1) if len(lat) else None,
        "single p99 ms": round(float(np.percentile(lat, 99)), 1) if len(lat) else None,
        "batch records": len(rest),
        "batch rec/s": round(len(rest) / batch_seconds) if len(rest) else None,
        "right customer": round(float(np.mean(right)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--singles", type=int, default=300, help="one-record resolve calls")
    parser.add_argument("--batch", type=int, default=10_000, help="records in the batch call")
    parser.add_argument("--postgres", help="PostgreSQL URL (its tekil tables are replaced)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--modes",
        default="database,memory",
        help="where candidates are read from: database, memory (in_memory=True), or both",
    )
    parser.add_argument(
        "--sqlite", action=argparse.BooleanOptionalAction, default=True, help="measure SQLite"
    )
    args = parser.parse_args()
    data = generate(args.persons, seed=args.seed)
    base, arrivals = split(data, args.singles, args.batch, args.seed)
    start = time.perf_counter()
    view = customers(base, {"card_key": "bench"}, id_column="record_id")
    resolved = time.perf_counter() - start
    rows = []
    modes = [m.strip() for m in args.modes.split(",")]
    if not set(modes) <= {"database", "memory"}:
        parser.error(f"--modes takes database and/or memory, not {args.modes!r}")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            urls = [f"sqlite:///{os.path.join(tmp, f'ids-{mode}.db')}"] if args.sqlite else []
            urls += [args.postgres] if args.postgres else []
            for url in urls:
                if url == args.postgres:
                    drop_tables(url)
                row = run(url, view, resolved, arrivals, data.truth, args.singles, mode == "memory")
                rows.append(row)
                print(row, flush=True)
    print(f"{args.persons:,} persons, {len(data.records):,} records; {os.cpu_count()} cores")
    print(pd.DataFrame(rows).to_string(index=False))


def drop_tables(url: str) -> None:
    from sqlalchemy import create_engine

    from tekil.store import schema

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    schema.METADATA.drop_all(engine)
    engine.dispose()


if __name__ == "__main__":
    main()
