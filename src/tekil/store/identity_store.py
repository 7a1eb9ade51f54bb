"""The identity store: resolved customers kept in a database, stable ids, new records in ms.

>>> import tekil
>>> store = tekil.IdentityStore("sqlite:///ids.db")                  # doctest: +SKIP
>>> store.ingest(tekil.customers(batch, id_column="record_id"))      # doctest: +SKIP
>>> store.resolve(complaints, id_column="ticket")                    # doctest: +SKIP
   ticket customer_id  match_probability  new_customer  ...

A long-lived service holds the stored records in memory (``in_memory=True``,
:mod:`tekil.store.mirror`); candidates come from :mod:`tekil.store.candidates`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import case, delete, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection

from tekil._arrays import distinct
from tekil._frames import check_names, flat_header, pandas_frame, uncategorised
from tekil._gc import cycle_collection_paused
from tekil._version import __version__
from tekil.birth_dates import assemble_birth_dates
from tekil.block import default_rules, typo_tolerant
from tekil.choices import choices_of
from tekil.derived import read_as
from tekil.dialling import read_in_countries
from tekil.errors import ConfigError, InputError, MissingKeyError, StoreError
from tekil.estimation import logit2
from tekil.frequencies import (
    full_name_codes,
    full_name_frequencies,
    one_person_frequency,
    value_frequencies,
)
from tekil.golden import golden_records
from tekil.model import FellegiSunter
from tekil.normalize._common import bytes_decoded
from tekil.parallel import Helper
from tekil.records import (
    Normaliser,
    Records,
    normaliser_kind,
    normalisers,
    with_card_key,
)
from tekil.settings import BlockingRule, Settings, guess_settings, probability_threshold
from tekil.store import schema as t
from tekil.store.ahead import (
    WARM_UP,
    Ahead,
    Lookup,
    Scoring,
    prepare_lookup,
    prepare_scoring,
    scored_in_memory,
    warm_up,
)
from tekil.store.candidates import (
    found_in_database,
    found_in_memory,
    pairs_within,
    store_state,
    stored_rows,
)
from tekil.store.documents import (
    encode_documents,
    is_missing,
    storable,
    stored_fields,
    to_documents,
)
from tekil.store.keys import finding, flat_keys, hashed_keys
from tekil.store.matching import Knowledge, evidence, score_pairs
from tekil.store.mirror import Mirror
from tekil.store.reading import HELPER_ROWS, NewRecords, Reading, read_new, ready_to_read
from tekil.store.rows import (
    SEP,
    Row,
    RowColumns,
    columns_to_records,
    records_to_rows,
    rows_to_records,
)
from tekil.store.stable_ids import carry_ids

log = logging.getLogger(__name__)

#: Stored records from which a store starts its helper process when it opens.
HELPER_STORE = 100_000
#: The key of a store's model in its helper for :class:`Scoring` (a helper serves one store).
HELD = "held in memory"


class IdentityStore:
    """Customers, their records and the model that links them, in SQLite or PostgreSQL.

    Parameters
    ----------
    url:
        ``sqlite:///ids.db`` (a file, created if missing) or ``postgresql://user@host/db``.
    card_key:
        The card tokenisation key (default: ``TEKIL_CARD_KEY``); it must be the key
        the store was built with, or card numbers would never match.
    in_memory:
        Hold the stored records' field values and lookup keys in this process (about
        500 bytes a record; read, with the model, when the store opens and after an
        ingest): a batch resolve then reads no candidates from the database (at a
        million stored records, most of its time). What other processes add, delete or
        move to another customer is read under the write lock (by ``seq``, and from the
        edit log).
    helper:
        Keep a second process that reads half of each large call's new records (4,000 or
        more) and, from the database, their stored candidates, on the machine's other
        core: ``None`` (the default) starts it when the store
        opens with 100,000 records or more, or at the first large call (it helps from the
        next); ``False`` never (a service running many stores on few cores); ``True`` when
        the store opens. Started as the store opens, it is set up then with the store's
        model and a connection of its own, while the service is idle. It ends when the
        store is closed.
    """

    def __init__(
        self,
        url: str = "sqlite:///ids.db",
        *,
        card_key: str | None = None,
        in_memory: bool = False,
        helper: bool | None = None,
    ) -> None:
        self.url = url
        self.card_key = card_key or os.environ.get("TEKIL_CARD_KEY")
        self.engine = t.open_engine(url)
        sqlite = self.engine.dialect.name == "sqlite"
        self._checkpointer = t.Checkpointer(self.engine) if sqlite else None
        self._knowledge: Knowledge | None = None
        self._generation = -1
        self._in_memory = in_memory
        self._mirror: Mirror | None = None
        self._mirror_lock = threading.Lock()
        self._helper: Helper | None = None
        self._helps = helper
        self._helper_generation = -1  # the model the helper holds
        self._prepared_generation = -1  # the model it was started with
        self._open()
        self._refresh_mirror()
        stored = self._stored()
        if self._mirror is not None or stored >= HELPER_STORE:
            # A long-lived process: the model read and first used now, not by a call.
            knowledge = self._load()
            try:
                with t.reading(self.engine) as conn:
                    warm_up(conn, knowledge)
            except Exception as exc:  # only the first call's time is at stake
                log.warning("the store's first scoring at open failed (%s)", exc)
        if helper or (helper is None and stored >= HELPER_STORE):
            self._helper_for(HELPER_ROWS, prepared=stored > 0)

    def close(self) -> None:
        """Close the database connections and let the records held in memory go."""
        self._mirror = None
        if self._helper is not None:
            self._helper.close()
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self.engine.dispose()

    def __enter__(self) -> IdentityStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"IdentityStore({t.shown(self.url)!r})"

    # ---- opening ---------------------------------------------------------------------------------
    def _open(self) -> None:
        with t.writing(self.engine) as conn:
            names = set(inspect(conn).get_table_names())
            if t.meta.name in names:
                found = conn.execute(
                    select(t.meta.c.value).where(t.meta.c.key == "format")
                ).scalar()
                if found is None:
                    raise StoreError(f"{t.shown(self.url)} has a tekil_meta table but no format")
                if int(found) != t.STORE_FORMAT and not t.upgrade(conn, int(found)):
                    made_by = _meta(conn, "tekil_version")
                    raise StoreError(
                        f"the store at {t.shown(self.url)} has format {found} (made by tekil "
                        f"{made_by}); this tekil {__version__} reads format {t.STORE_FORMAT}. "
                        "Ingest the data into a new store"
                    )
                return
            t.METADATA.create_all(conn)
            now = _now()
            conn.execute(
                insert(t.meta),
                [
                    {"key": "format", "value": str(t.STORE_FORMAT)},
                    {"key": "tekil_version", "value": __version__},
                    {"key": "created_at", "value": now},
                    {"key": "generation", "value": "0"},
                    {"key": "next_customer", "value": "1"},
                    {"key": "next_seq", "value": "0"},
                    {"key": "edits", "value": "0"},
                    {"key": "recent_keys", "value": "0"},
                ],
            )

    def _refresh_mirror(self) -> None:
        """Read the stored records into memory, unless those held are of the model in use."""
        if not self._in_memory:
            return
        with self._mirror_lock:  # threads of one process read them once
            held = self._mirror
            if held is not None and held.generation == self._generation:
                return  # what changed since is read under the write lock
            self._mirror = None  # let the old one go first
            self._mirror = self._read_mirror()

    @contextmanager
    def _mirror_for_write(self) -> Iterator[Mirror | None]:
        """The records held in memory for a write (None: read the database), dropped if the
        write fails: they may hold deletions or records that were rolled back."""
        self._refresh_mirror()
        held = self._mirror
        mirror = held if held is not None and held.generation == self._generation else None
        try:
            yield mirror
        except BaseException:
            if mirror is not None and self._mirror is mirror:
                self._mirror = None  # read again by the next call
            raise

    def _read_mirror(self) -> Mirror | None:
        with t.reading(self.engine) as conn:
            counters = _metas(conn, ("generation", "edits", "next_seq"))
            generation = int(counters["generation"])
            if generation == 0:
                return None
            edits, next_seq = int(counters["edits"]), int(counters["next_seq"])
            return Mirror.load(conn, generation, edits, next_seq)

    # ---- batch -----------------------------------------------------------------------------------
    @cycle_collection_paused()
    def ingest(self, batch: Any) -> dict[str, int]:
        """Save a batch resolution (:func:`tekil.customers`) in one transaction.

        The first batch trains the store (its model, settings and value
        frequencies). A later batch, made over the old records plus new ones,
        replaces those records and the model; every existing customer id whose
        records stayed together is kept, a merge keeps the older id, and merges
        and splits are logged (:meth:`events`). Returns counts of what changed.
        """
        from tekil.customers import Customers

        if not isinstance(batch, Customers):
            raise ConfigError(
                "ingest takes the result of tekil.customers(df, ...); for a Result of "
                "tekil.dedupe use tekil.customers(df, result=result)"
            )
        result, data = batch.result, batch.data
        st = result.settings
        ids = _record_ids(result.records.ids, st.id_column)
        records = result.records
        kinds = normalisers(data, st)
        self._check_card_key(st, kinds)
        extra = [c for c in (st.source_column, st.timestamp_column, *st.rollups) if c]
        documents = to_documents(records, data, st.matching_roles, extra)
        # The typo-tolerant rules' keys would cost the store's lookups more than they find.
        rules = st.blocking or [r for r in default_rules(records) if not typo_tolerant(r)]
        rows = records_to_rows(records)
        labels = result.clusters["cluster_id"].to_numpy()
        keys = _capped(hashed_keys(rows, rules, st.matching_roles), labels)
        new = NewRecords(rows, storable(documents), stored_fields(rows), keys)
        frequencies, singleton = _frequencies(records, result.model, labels, result.shared_values)
        shared, strangers = (
            [
                {"field": name, "value": str(v)}
                for name, mask in values.items()
                for v in records.fields[name].uniques[mask]
            ]
            for values in (result.shared_values, result.strangers_values)
        )
        golden = batch.golden.drop(columns=["customer_id"])

        with t.writing(self.engine) as conn:
            old = _customer_of(conn, ids)
            age = _ages(conn, set(old.values()))
            old_ids = np.array([old.get(r) for r in ids], dtype=object)
            kept, changes = carry_ids(labels, old_ids, age)
            next_customer = int(_meta(conn, "next_customer"))
            width = 6
            customer_ids = []
            for k in kept:
                if k is None:
                    k = f"C{next_customer:0{width}d}"
                    next_customer += 1
                customer_ids.append(k)
            customer_of_label = np.array(customer_ids, dtype=object)
            now = _now()
            self._delete_records(conn, [r for r in ids if r in old])
            for change in changes:
                if change["kind"] == "merge":
                    for gone in change["absorbed"]:
                        conn.execute(
                            update(t.records)
                            .where(t.records.c.customer_id == gone)
                            .values(customer_id=change["customer_id"])
                        )
            seq0 = int(_meta(conn, "next_seq"))
            _insert(
                conn,
                t.records,
                _record_rows(ids, customer_of_label[labels], seq0, new),
            )
            t.fold_keys(conn)  # after an ingest every key is in the large table
            t.insert_rows(conn, t.keys.name, ["key", "record_id"], _key_rows(ids, keys))
            # Customers: this batch's golden records; customers left without records go.
            existing = set(age)
            golden_json = golden.to_json(orient="records", lines=True, force_ascii=False)
            golden_rows = _stamped(golden_json.splitlines() if len(golden) else [], labels, seq0)
            outside = _customers_with_records_outside(conn, ids, set(customer_ids))
            new_rows, updates = [], []
            cust_seq = int(_meta(conn, "next_seq"))
            for label, (cid, g) in enumerate(zip(customer_ids, golden_rows, strict=True)):
                g = None if cid in outside else g
                if cid in existing:
                    updates.append({"cid": cid, "golden": g})
                else:
                    new_rows.append({"customer_id": cid, "seq": cust_seq + label, "golden": g})
            _insert(conn, t.customers, new_rows)
            for row in updates:
                conn.execute(
                    update(t.customers)
                    .where(t.customers.c.customer_id == row["cid"])
                    .values(golden=row["golden"])
                )
            emptied = _customers_without_records(conn, existing)
            _delete_in(conn, t.customers, t.customers.c.customer_id, emptied)
            # What the store knows: the batch's model, settings and value frequencies.
            conn.execute(delete(t.frequencies))
            _insert(conn, t.frequencies, frequencies)
            conn.execute(delete(t.shared_values))
            _insert(conn, t.shared_values, shared)
            conn.execute(delete(t.strangers_values))
            _insert(conn, t.strangers_values, strangers)
            conn.execute(delete(t.edits))  # every mirror reads a new model's records again
            stored = st.to_dict()
            stored.pop("card_key", None)  # a secret: only its fingerprint is kept
            _set_meta(
                conn,
                {
                    "settings": json.dumps(stored, ensure_ascii=False),
                    "model": json.dumps(result.model.to_dict()),
                    "normalisers": json.dumps(kinds),
                    "name_words": json.dumps(records.name_words, ensure_ascii=False),
                    # (with the shared values strangers hold: in their own table)
                    "choices": json.dumps(
                        {**choices_of(records, result.guards), "strangers": True},
                        ensure_ascii=False,
                    ),
                    "rules": json.dumps([[r.keys, r.window, r.name] for r in rules]),
                    "singleton": json.dumps(singleton),
                    "threshold": str(result.threshold),
                    "card_key_check": _fingerprint(self._key_for(st)),
                    "extra_roles": "{}",
                    "next_customer": str(next_customer),
                    "next_seq": str(seq0 + len(ids) + len(customer_ids)),
                    "recent_keys": "0",
                    "generation": str(int(_meta(conn, "generation")) + 1),
                },
            )
            counts = {
                "records": len(ids),
                "customers": len(customer_ids),
                "new_customers": sum(k is None for k in kept),
                "kept_ids": sum(k is not None for k in kept),
                "merges": sum(c["kind"] == "merge" for c in changes),
                "splits": sum(c["kind"] == "split" for c in changes),
                "removed_customers": len(emptied),
            }
            _log(conn, now, [{"kind": "ingest", "customer_id": None, "detail": counts}])
            _log(conn, now, [{**c, "detail": c} for c in changes])
        if self.engine.dialect.name == "postgresql":
            # A bulk load leaves the tables without statistics (the planner takes the large
            # ones for empty and scans them whole, ~0.5 s a call) and without a visibility map
            # (a key read from the index alone visits its table row all the same), until
            # autovacuum comes, in the middle of the next calls: vacuumed and analysed now.
            tables = ", ".join(table.name for table in t.LOOKED_UP)
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(f"VACUUM (ANALYZE) {tables}"))
        self._generation = -1  # the next call reads the new model
        self._mirror = None  # and these records are of the old one
        self._refresh_mirror()
        log.info("ingested %s", counts)
        return counts

    # ---- incremental -----------------------------------------------------------------------------
    def resolve(
        self,
        df: pd.DataFrame,
        *,
        id_column: str | None = None,
        threshold: float | None = None,
        unusable: str = "raise",
    ) -> pd.DataFrame:
        """Find (or create) the customer of each new record, and keep the record.

        Candidates come from the identifier index and the blocking keys and are
        scored with the stored model; a record matching nobody becomes a new
        customer, and records of one call that match each other share one.
        The records, with their new identifiers (a handle, a second phone), are
        attached to their customer. Returns, per input row in order: the id,
        ``customer_id``, ``match_probability`` (of the best stored match),
        ``new_customer``, ``matched_record`` and ``evidence``.

        A record with no usable value (nothing that could ever find it again)
        is an :class:`InputError` and nothing is written; ``unusable="reject"``
        resolves the others and returns it with no customer and the evidence
        ``"rejected: no usable value"``.
        """
        if unusable not in ("raise", "reject"):
            raise ConfigError(f"unusable must be 'raise' or 'reject', not {unusable!r}")
        try:
            return self._resolve(df, id_column, threshold, unusable)
        except _Stale:  # an ingest elsewhere replaced the model: read it, and start again
            self._generation = -1
            return self._resolve(df, id_column, threshold, unusable)

    @cycle_collection_paused()
    def _resolve(
        self, df: pd.DataFrame, id_column: str | None, threshold: float | None, unusable: str
    ) -> pd.DataFrame:
        # The model as last read; the write transaction checks that it is still the store's.
        st = (self._knowledge if self._generation >= 0 else self._load()).settings
        cut = logit2(probability_threshold(threshold if threshold is not None else self._threshold))
        df = read_as(_frame(df), st.roles)
        id_column = id_column or st.id_column
        if id_column is None or id_column not in df.columns:
            raise InputError(
                f"resolve needs a record id column ({id_column or 'pass id_column='}); "
                f"columns are {list(df.columns)[:20]}"
            )
        ids = _record_ids(df[id_column].to_numpy(dtype=object), id_column)
        # Only filled columns are read: a complaint carries three fields, not the store's fourteen.
        filled = df.drop(columns=[id_column]).dropna(axis=1, how="all")
        result = _Outcome(len(ids), evidence="rejected: no usable value")
        if filled.empty:
            if unusable == "reject":
                log.warning("%d record(s) with no usable value rejected", len(ids))
                return result.frame(id_column, df[id_column].to_numpy())
            raise InputError(
                f"record(s) {ids[:5]} have no usable value in any column; nothing was written"
            )
        mapped, roles = self._map_columns(filled)
        # A column matched by its role ("adres" as the store's "address") is read as the store's
        # column was: a whole address split, a contact column sorted into e-mails and phones.
        mapped = read_as(mapped, st.roles)
        made = [c for c in mapped.columns if c not in roles and c in st.matching_roles]
        roles = {**roles, **{c: st.matching_roles[c] for c in made}}
        # A record that gives its country has its numbers read there, whatever the batch had
        # (those of the country the store reads numbers in read the same as written).
        home = next((kw["region"] for k, kw in self._normalisers.values() if k == "phone"), "")
        mapped = read_in_countries(mapped, roles, home=home)
        reading, helper = self._reading(mapped, roles), self._helper_for(len(ids))
        lookup = None if self._in_memory else self._lookup()
        new, ahead = read_new(mapped, roles, ids, reading, helper, lookup)
        rows = new.rows
        if ahead is not None:  # the helper scored its half: it holds this model
            self._helper_generation = self._generation
        kept = [k for k, row in enumerate(rows) if row]
        if len(kept) < len(rows):
            bad = [ids[k] for k, row in enumerate(rows) if not row]
            if unusable == "raise":
                raise InputError(
                    f"record(s) {bad[:5]} have no usable value in any matched column "
                    f"({', '.join(roles)}); nothing was written"
                )
            log.warning("%d record(s) with no usable value rejected", len(bad))
        if kept:
            if len(kept) < len(rows):
                new = new.taking(kept)
                ahead = ahead.of(kept, len(rows)) if ahead is not None else None
            attached = self._attach([ids[k] for k in kept], new, roles, cut, ahead)
            result.put(kept, attached)
        return result.frame(id_column, df[id_column].to_numpy())

    def _attach(
        self,
        ids: list[str],
        new: NewRecords,
        roles: dict[str, str],
        cut: float,
        ahead: Ahead | None = None,
    ) -> _Outcome:
        """Find each new record's customer (or make one), and store the records; ``ahead``:
        their candidates as read and scored before, taken if nothing was stored or deleted
        since."""
        rows, keys = new.rows, new.keys
        knowledge = self._knowledge
        st = knowledge.settings
        all_roles = {**st.matching_roles, **roles}
        n = len(ids)
        with self._mirror_for_write() as mirror, t.writing(self.engine) as conn:
            counters = _metas(
                conn,
                ("generation", "edits", "next_customer", "next_seq", "extra_roles", "recent_keys"),
            )
            if int(counters["generation"]) != self._generation:
                raise _Stale
            held = t.fetch_in(conn, "tekil_records", ["record_id", "customer_id"], "record_id", ids)
            previous = {r: c for r, c in held}  # a known id is an update of that record
            known = list(previous)
            self._delete_records(conn, known)
            if mirror is not None:
                edits = int(_meta(conn, "edits") if known else counters["edits"])
                mirror.catch_up(conn, int(counters["next_seq"]), edits)
            vacated = _customers_without_records(conn, set(previous.values()))
            read_ahead = ahead is not None and not known and ahead.state == store_state(conn)
            # Candidates in the database are read before the new records' keys go in; those
            # held in memory are found below, while the keys go in.
            from_database = not read_ahead and mirror is None
            found = found_in_database(conn, rows, keys, all_roles) if from_database else None
            key_rows = _key_rows(ids, keys)
            # PostgreSQL takes the new records' keys while this process scores and decides.
            with t.inserting(conn, t.recent_keys.name, ["key", "record_id"], key_rows):
                split = None
                if mirror is not None and n >= HELPER_ROWS and self._helper is not None:
                    split = scored_in_memory(
                        mirror, rows, keys, ids, all_roles, self._scoring(), self._helper
                    )
                if split is not None:
                    ahead, within, helped = split  # (then the helper holds this model)
                    self._helper_generation = self._generation if helped else -1
                elif read_ahead:  # only the new records' pairs with each other are left to score
                    alone = columns_to_records(RowColumns(rows), ids, all_roles)
                    within = score_pairs(alone, *pairs_within(keys), knowledge)
                if split is not None or read_ahead:
                    cand_ids, stored_customers = ahead.ids, ahead.customers
                    scored = ahead.scored(n, within)
                else:
                    if found is None:
                        found = found_in_memory(mirror, rows, keys)
                    cand_ids, stored_customers, _, columns, pi, pj = found
                    combined = columns_to_records(columns, ids + cand_ids, all_roles)
                    scored = score_pairs(combined, pi, pj, knowledge)
                customer_of = np.concatenate([np.full(n, None, dtype=object), stored_customers])
                decision = _decide(n, scored, customer_of, cut)
                _keep_customers(decision, ids, previous, vacated)
            created, next_customer = _name_new_customers(decision, int(counters["next_customer"]))
            seq = int(counters["next_seq"])
            _insert(
                conn,
                t.customers,
                [{"customer_id": c, "seq": seq + k, "golden": None} for k, c in enumerate(created)],
            )
            seq += len(created)
            record_rows = _record_rows(ids, decision.customer, seq, new)
            # PostgreSQL takes the records while the records held in memory take them too.
            with _inserting(conn, t.records, record_rows):
                if mirror is not None:  # under the write lock, as every change to it
                    mirror.add(
                        seqs=range(seq, seq + n),
                        record_ids=ids,
                        customers=list(decision.customer),
                        fields=new.fields,
                        keys=keys,
                    )
            # An updated record that now joins another customer leaves none behind empty.
            gone = _customers_without_records(conn, set(vacated))
            _delete_in(conn, t.customers, t.customers.c.customer_id, gone)
            # Customers' golden records are not touched: each is stamped with the records it
            # was made of (see customer()), and these records are newer than any stamp.
            before = int(counters["recent_keys"])
            recent = before + len(key_rows)
            if recent >= t.RECENT_KEYS:
                t.fold_keys(conn)
                recent = 0
            else:
                t.keep_recent_keys_planned(conn, before, recent)
            extra = {c: r for c, r in roles.items() if c not in st.matching_roles}
            updates = {
                "next_customer": str(next_customer),
                "next_seq": str(seq + n),
                "recent_keys": str(recent),
            }
            if extra:
                known_extra = json.loads(counters["extra_roles"] or "{}")
                updates["extra_roles"] = json.dumps({**known_extra, **extra})
            _set_meta(conn, updates)

        best = decision.best
        found = best >= 0
        result = _Outcome(n)
        result.customer_id[:] = decision.customer
        result.match_probability[found] = scored.probability[best[found]]
        created_ids = set(created)
        result.new_customer[:] = [c in created_ids for c in decision.customer]
        ids_all = np.asarray(ids + cand_ids, dtype=object)
        picked = best[found]
        result.matched_record[found] = ids_all[scored.j[picked]]
        # Said once per distinct way of agreeing (a batch's matches agree in a few hundred ways).
        ways = np.column_stack([scored.levels[picked], scored.linked[picked]])
        distinct, way = np.unique(ways, axis=0, return_inverse=True)
        said = [evidence(row[:-1], bool(row[-1]), knowledge.comparisons) for row in distinct]
        result.evidence[found] = np.asarray(said, dtype=object)[way.ravel()]
        return result

    # ---- erasure ---------------------------------------------------------------------------------
    def forget(
        self, customer_id: str | None = None, *, record_ids: Sequence[Any] | None = None
    ) -> int:
        """Erase a customer (or some records) everywhere; returns how many records went.

        Removes the records, their identifiers and lookup keys, the golden record,
        the customer's events and the erased values' traces in the value
        frequencies; keeps one anonymous ``erasure`` event. When only some of a
        customer's records go, the rest are re-resolved: records that were linked
        only through the erased ones become customers of their own.
        """
        if (customer_id is None) == (record_ids is None):
            raise InputError("forget takes a customer_id or record_ids (one of them)")
        if isinstance(record_ids, str):  # one id, not its characters
            record_ids = [record_ids]
        knowledge = self._load()
        with t.writing(self.engine) as conn:
            if customer_id is not None:
                rows = conn.execute(
                    select(t.records.c.record_id, t.records.c.customer_id).where(
                        t.records.c.customer_id == str(customer_id)
                    )
                ).all()
                if (
                    not rows
                    and conn.execute(
                        select(t.customers.c.customer_id).where(
                            t.customers.c.customer_id == str(customer_id)
                        )
                    ).first()
                    is None
                ):
                    raise InputError(f"there is no customer {customer_id!r} in the store")
            else:
                wanted = [str(r) for r in record_ids]
                rows = _select_in(
                    conn,
                    select(t.records.c.record_id, t.records.c.customer_id),
                    t.records.c.record_id,
                    wanted,
                )
                missing = sorted(set(wanted) - {r for r, _ in rows})
                if missing:
                    raise InputError(f"record id(s) {missing[:5]} are not in the store")
            erased = [r for r, _ in rows]
            owners = sorted({c for _, c in rows} | ({str(customer_id)} if customer_id else set()))
            stored = stored_rows(conn, erased)
            self._forget_values(conn, [row for _, row in stored.values()], knowledge)
            self._delete_records(conn, erased)
            remaining = _customers_with_records(conn, owners)
            gone = [c for c in owners if c not in remaining]
            _delete_in(conn, t.customers, t.customers.c.customer_id, gone)
            _delete_in(conn, t.events, t.events.c.customer_id, gone)
            for cid in remaining:
                self._split_if_apart(conn, cid, knowledge)
            _log(
                conn,
                _now(),
                [{"kind": "erasure", "customer_id": None, "detail": {"records": len(erased)}}],
            )
        return len(erased)

    # ---- reading ---------------------------------------------------------------------------------
    def customer(self, customer_id: str) -> dict[str, Any]:
        """The golden record of one customer (made afresh if its records changed)."""
        customer_id = str(customer_id)
        with t.reading(self.engine) as conn:
            row = conn.execute(
                select(t.customers.c.golden).where(t.customers.c.customer_id == customer_id)
            ).first()
            if row is None:
                raise InputError(f"there is no customer {customer_id!r} in the store")
            held = json.loads(row.golden) if row.golden is not None else {}
            state = conn.execute(
                select(func.count(), func.max(t.records.c.seq)).where(
                    t.records.c.customer_id == customer_id
                )
            ).one()
        if held.get("of") == list(state):
            return {"customer_id": customer_id, **held["golden"]}
        if not state[0]:  # (a store written before customers left empty were removed)
            raise InputError(f"customer {customer_id!r} has no records left in the store")
        golden, state = self._golden(customer_id)
        stamped = {"of": list(state), "golden": golden}
        with t.writing(self.engine) as conn:
            conn.execute(
                update(t.customers)
                .where(t.customers.c.customer_id == customer_id)
                .values(golden=json.dumps(stamped, ensure_ascii=False, default=str))
            )
        return {"customer_id": customer_id, **golden}

    def records(self, customer_id: str | None = None) -> pd.DataFrame:
        """``record_id`` and ``customer_id`` of every record (of one customer, if given)."""
        query = select(t.records.c.record_id, t.records.c.customer_id).order_by(t.records.c.seq)
        if customer_id is not None:
            query = query.where(t.records.c.customer_id == str(customer_id))
        with t.reading(self.engine) as conn:
            return pd.DataFrame(conn.execute(query).all(), columns=["record_id", "customer_id"])

    def events(self) -> pd.DataFrame:
        """The event log: ingests, merges, splits and erasures, oldest first."""
        with t.reading(self.engine) as conn:
            rows = conn.execute(select(t.events).order_by(t.events.c.event_id)).all()
        out = pd.DataFrame(rows, columns=["event_id", "at", "kind", "customer_id", "detail"])
        out["detail"] = out["detail"].map(json.loads)
        return out

    def counts(self) -> dict[str, int]:
        """How many records, customers and lookup keys the store holds."""

        def count(table) -> int:
            return int(conn.execute(select(func.count()).select_from(table)).scalar())

        with t.reading(self.engine) as conn:
            return {
                "records": count(t.records),
                "customers": count(t.customers),
                "keys": count(t.keys) + count(t.recent_keys),
            }

    def memory_bytes(self) -> int:
        """Bytes of stored records this process holds (``in_memory=True``; else 0)."""
        return self._mirror.memory_bytes() if self._mirror is not None else 0

    @property
    def settings(self) -> Settings | None:
        """The settings of the last batch ingested (``None`` for an empty store)."""
        try:
            return Settings.from_dict(self._load().settings.to_dict())
        except StoreError:
            return None

    # ---- internals -------------------------------------------------------------------------------
    def _load(self) -> Knowledge:
        """The stored settings and model, read again only when an ingest changed them."""
        with t.reading(self.engine) as conn:
            generation = int(_meta(conn, "generation"))
            if generation == self._generation and self._knowledge is not None:
                return self._knowledge
            if generation == 0:
                raise StoreError(
                    f"the store at {t.shown(self.url)} is empty: ingest a batch first "
                    "(tekil ingest --store URL INPUT)"
                )
            values = dict(conn.execute(select(t.meta.c.key, t.meta.c.value)).all())
            # (a store built before it kept its batch's choices makes them on each call's values)
            choices = json.loads(values["choices"]) if values.get("choices") else None
            shared = _values_by_field(conn, t.shared_values)
            strangers = None
            if choices is not None and choices.get("strangers"):
                strangers = _values_by_field(conn, t.strangers_values)
            frequencies: dict[str, dict[str, float]] = {}
            holders: dict[str, dict[str, int]] = {}
            columns = ["field", "value", "frequency", "people"]
            read = t.read_columns(conn, columns, "tekil_frequencies", floats=("frequency",))
            for name, value, freq, people in zip(*read, strict=True):
                frequencies.setdefault(name, {})[value] = freq
                if value in shared.get(name, ()):
                    holders.setdefault(name, {})[value] = int(people)
        settings = Settings.from_dict(json.loads(values["settings"]))
        settings.card_key = self.card_key
        self._knowledge = Knowledge(
            settings=settings,
            model=FellegiSunter.from_dict(json.loads(values["model"])),
            frequencies=frequencies,
            singleton=json.loads(values["singleton"]),
            shared=shared,
            holders=holders,
            choices=choices,
            strangers=strangers,
        )
        self._normalisers = {c: (k, kw) for c, (k, kw) in json.loads(values["normalisers"]).items()}
        # A store built before whole names were read by the batch's words reads them as written.
        self._name_words = json.loads(values.get("name_words") or "{}")
        self._rules = [BlockingRule(k, w, n) for k, w, n in json.loads(values["rules"])]
        self._threshold = float(values["threshold"])
        self._card_key_check = values.get("card_key_check")
        self._generation = generation
        return self._knowledge

    def _check_card_key(self, st: Settings, kinds: dict[str, tuple[str, dict]]) -> None:
        if "card" not in {k for k, _ in kinds.values()}:
            return
        if not (st.card_key or self.card_key):
            raise MissingKeyError(
                "a store with card numbers needs a stable card key: set TEKIL_CARD_KEY or pass "
                "card_key= (to the store and the batch settings)"
            )

    def _key_for(self, st: Settings) -> str | None:
        return st.card_key or self.card_key

    def _map_columns(self, df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
        """The new records' columns under the store's names: same name, else same role."""
        st = self._knowledge.settings
        stored = st.matching_roles
        roles: dict[str, str] = {}
        rename: dict[str, str] = {}
        skip = {st.source_column, st.timestamp_column, *st.rollups, *st.roles}
        unknown = [c for c in df.columns if c not in skip]
        guessed = {}
        if unknown:
            # Birth date parts of other names than the store's ("Geburtsjahr" beside its "by")
            # are one date, as the guess reads them.
            own = assemble_birth_dates(df[unknown])
            df = pd.concat([df.drop(columns=unknown), own], axis=1)
            unknown = list(own.columns)
            try:
                guessed = guess_settings(df[unknown], id_column=None).matching_roles
            except ConfigError:  # nothing personal among the other columns
                guessed = {}
        for col in df.columns:
            if col in stored:
                roles[col] = stored[col]
        for col, role in guessed.items():
            if role in ("first_name", "last_name", "full_name"):
                name = col if col not in stored else f"{col}+"
            else:
                free = [c for c, r in stored.items() if r == role and c not in roles]
                name = free[0] if free else (col if col not in stored else f"{col}+")
            rename[col] = name
            roles[name] = role
        others = [c for c in df.columns if c not in roles and c not in rename]
        mapped = df.rename(columns=rename)[[*roles, *others]]
        if not roles:
            raise InputError(
                f"none of the columns {list(df.columns)[:20]} can be matched with the store's "
                f"columns {list(stored)} (by name or by role)"
            )
        return mapped.reset_index(drop=True), roles

    def _helper_for(self, records: int, prepared: bool = False) -> Helper | None:
        """The helper process that reads half of a large call's records (started by the first
        such call, or when a large store opens; it helps once it is ready). ``prepared``: set
        up for the lookups of this store's model before it is ready (:func:`prepare_lookup`)."""
        wanted = self._helps is not False and records >= HELPER_ROWS
        if self._helper is None and wanted and (os.cpu_count() or 1) >= 2:
            address = self._address()
            if prepared and self._mirror is not None:
                knowledge = self._load()
                held = self._mirror.newest(WARM_UP)
                warm = self._mirror.rows(held), self._mirror.record_ids.view[held].tolist()
                self._helper = Helper((prepare_scoring, (HELD, self._generation, knowledge, *warm)))
                self._prepared_generation = self._generation
            elif prepared and address is not None and not self._in_memory:
                knowledge = self._load()
                self._helper = Helper((prepare_lookup, (address, self._generation, knowledge)))
                self._prepared_generation = self._generation
            else:  # ready to read records; a model to score candidates with comes with a call
                self._helper = Helper((ready_to_read, ()))
        return self._helper

    def _lookup(self) -> Lookup | None:
        """How the helper process and this one read and score a call's candidates ahead (None
        for a database in memory, which the helper cannot open)."""
        address = self._address()
        if address is None:
            return None
        return Lookup(address, self.engine, self._knowledge, self._generation, self._send_model())

    def _scoring(self) -> Scoring:
        """How the helper scores candidates held in memory that this process sends it."""
        return Scoring(HELD, self._knowledge, self._generation, self._send_model())

    def _send_model(self) -> bool:
        """Whether the model goes to the helper with a call: until it holds this generation's."""
        if self._helper is not None and self._helper.prepared and self._prepared_generation >= 0:
            # The model it was set up with (once: a helper found without a model is sent one).
            self._helper_generation, self._prepared_generation = self._prepared_generation, -1
        return self._helper_generation != self._generation

    def _address(self) -> str | None:
        """The store's URL for another process (a SQLite file by its absolute path); None for a
        database in memory, which only this process can open."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:" or url.query:
                return None
            url = url.set(database=os.path.abspath(url.database))
        return url.render_as_string(hide_password=False)

    def _stored(self) -> int:
        """Records stored (those held in memory, else the arrival counter: deleted ones too)."""
        if self._mirror is not None:
            return len(self._mirror)
        with t.reading(self.engine) as conn:
            return int(_meta(conn, "next_seq") or 0)

    def _reading(self, mapped: pd.DataFrame, roles: dict[str, str]) -> Reading:
        """How new records are read: as the batch the store was built from read its data."""
        st = self._knowledge.settings
        return Reading(
            # A store trained before the setting was learned splits lone whole names, as it did.
            split=st.split_lone_names is not False,
            name_words=self._name_words,
            arguments=self._arguments(mapped, roles),
            extra=self._extra_columns(mapped),
            card_key=self.card_key,
            rules=self._rules,
        )

    def _arguments(self, df: pd.DataFrame, roles: dict[str, str]) -> dict[str, Normaliser]:
        """Each column's normaliser, read as the batch the store was built from read it."""
        settings = Settings(roles=roles, card_key=self.card_key)
        inferred = normalisers(df, settings) if set(roles) - set(self._normalisers) else {}
        arguments = {c: tuple(self._normalisers.get(c) or inferred[c]) for c in roles}
        if any(kind == "card" for kind, _ in arguments.values()):
            if not self.card_key:
                raise MissingKeyError(
                    "these records have card numbers: set TEKIL_CARD_KEY or pass card_key= to "
                    "IdentityStore (the key the store was built with)"
                )
            if self._card_key_check and _fingerprint(self.card_key) != self._card_key_check:
                raise MissingKeyError(
                    "the card key differs from the key this store was built with: card numbers "
                    "would never match"
                )
            arguments = with_card_key(arguments, self.card_key)
        return arguments

    @staticmethod
    def _kinds(roles: dict[str, str]) -> dict[str, str]:
        """Each column's normaliser name (what its stored outputs look like)."""
        return {c: normaliser_kind(r) for c, r in roles.items()}

    def _extra_columns(self, df: pd.DataFrame) -> list[str]:
        st = self._knowledge.settings
        return [c for c in (st.source_column, st.timestamp_column, *st.rollups) if c and c in df]

    def _delete_records(self, conn: Connection, record_ids: Iterable[str]) -> None:
        record_ids = list(record_ids)
        if not record_ids:  # a new record's call: no queries
            return
        columns = ["record_id", "keys", "seq"]
        held = t.fetch_in(conn, "tekil_records", columns, "record_id", record_ids)
        keys = sorted((int(k), r) for r, ks, _ in held for k in ks.split())
        for table in t.KEY_TABLES:
            t.delete_rows(conn, table, ["key", "record_id"], keys)
        _delete_in(conn, t.records, t.records.c.record_id, record_ids)
        _log_edit(conn, [seq for _, _, seq in held])

    def _forget_values(self, conn: Connection, rows: list[Row], knowledge: Knowledge) -> None:
        """Count the erased person out of the value frequencies and shared values."""
        if not rows:
            return
        records = rows_to_records(rows, range(len(rows)), _roles(conn, knowledge))
        values: set[tuple[str, str]] = set()
        for name, fld in records.fields.items():
            for v in fld.uniques[distinct(fld.codes[fld.codes >= 0])]:
                values.add((name, str(v)))
                values.add((fld.role, str(v)))
        full = full_name_codes(records)
        if full is not None:
            first, last = records.fields["first_name"], records.fields["last_name"]
            both = full >= 0
            for a, b in zip(first.codes[both], last.codes[both], strict=True):
                values.add(("full_name", f"{first.uniques[a]}{SEP}{last.uniques[b]}"))
        for name, value in sorted(values):
            row = conn.execute(
                select(t.frequencies.c.people).where(
                    (t.frequencies.c.field == name) & (t.frequencies.c.value == value)
                )
            ).first()
            where = (t.frequencies.c.field == name) & (t.frequencies.c.value == value)
            if row is not None and row.people > 2:
                conn.execute(
                    update(t.frequencies)
                    .where(where)
                    .values(
                        people=t.frequencies.c.people - 1,
                        frequency=t.frequencies.c.frequency * (row.people - 2) / (row.people - 1),
                    )
                )
            elif row is not None:
                conn.execute(delete(t.frequencies).where(where))
            for table in (t.shared_values, t.strangers_values):
                conn.execute(
                    delete(table).where((table.c.field == name) & (table.c.value == value))
                )

    def _split_if_apart(self, conn: Connection, customer_id: str, knowledge: Knowledge) -> None:
        """Re-resolve a customer's remaining records: parts no longer linked get their own ids."""
        rows = _of_customer(conn, customer_id, t.records.c.fields)
        ids = list(rows)
        conn.execute(
            update(t.customers).where(t.customers.c.customer_id == customer_id).values(golden=None)
        )
        if len(ids) < 2:
            return
        records = rows_to_records([json.loads(rows[r]) for r in ids], ids, _roles(conn, knowledge))
        i, j = np.triu_indices(len(ids), k=1)
        scored = score_pairs(records, i, j, knowledge)
        keep = scored.weight >= logit2(self._threshold)
        labels = _components(len(ids), i[keep], j[keep])
        if labels.max() == 0:
            return
        next_customer = int(_meta(conn, "next_customer"))
        seq = int(_meta(conn, "next_seq"))
        for part in range(1, int(labels.max()) + 1):
            cid = f"C{next_customer:06d}"
            next_customer += 1
            _insert(conn, t.customers, [{"customer_id": cid, "seq": seq, "golden": None}])
            seq += 1
            moved = [r for r, lab in zip(ids, labels, strict=True) if lab == part]
            conn.execute(
                update(t.records).where(t.records.c.record_id.in_(moved)).values(customer_id=cid)
            )
        _set_meta(conn, {"next_customer": str(next_customer), "next_seq": str(seq)})
        apart = [r for r, lab in zip(ids, labels, strict=True) if lab]
        seqs = _select_in(conn, select(t.records.c.seq), t.records.c.record_id, apart)
        _log_edit(conn, [q for (q,) in seqs])
        _log(
            conn,
            _now(),
            [
                {
                    "kind": "split",
                    "customer_id": customer_id,
                    "detail": {"parts": int(labels.max()) + 1},
                }
            ],
        )

    def _golden(self, customer_id: str) -> tuple[dict[str, Any], tuple[int, int | None]]:
        """A customer's golden record, made from its records, and their stamp (how many,
        the last ``seq``)."""
        knowledge = self._load()
        with t.reading(self.engine) as conn:
            read = conn.execute(
                select(t.records.c.record_id, t.records.c.document, t.records.c.seq)
                .where(t.records.c.customer_id == customer_id)
                .order_by(t.records.c.seq)
            ).all()
            extra = json.loads(_meta(conn, "extra_roles") or "{}")
        docs = {r: d for r, d, _ in read}
        state = (len(read), read[-1].seq if read else None)
        st = Settings.from_dict(knowledge.settings.to_dict())
        st.roles = {**st.roles, **extra}
        ids = np.array(list(docs), dtype=object)
        records, typed = encode_documents(
            list(docs.values()),
            ids,
            st.matching_roles,
            self._kinds(st.matching_roles),
            split=st.split_lone_names is not False,
            name_words=self._name_words,
        )
        for col in (st.source_column, st.timestamp_column):
            if col and col not in typed:
                typed[col] = None
        table = golden_records(typed, records, np.zeros(len(ids), dtype=int), st, ids)
        row = table.golden.iloc[0]
        return {k: (None if is_missing(v) else _jsonable(v)) for k, v in row.items()}, state


# ---- helpers -------------------------------------------------------------------------------------
class _Stale(Exception):
    """The store's model changed since this process read it."""


class _Outcome:
    """The columns resolve returns, one entry per record."""

    _COLUMNS = ("customer_id", "match_probability", "new_customer", "matched_record", "evidence")

    def __init__(self, n: int, evidence: str = "") -> None:
        self.customer_id = np.full(n, None, dtype=object)
        self.match_probability = np.zeros(n)
        self.new_customer = np.zeros(n, dtype=bool)
        self.matched_record = np.full(n, None, dtype=object)
        self.evidence = np.full(n, evidence, dtype=object)

    def put(self, positions: list[int], part: _Outcome) -> None:
        for name in self._COLUMNS:
            getattr(self, name)[positions] = getattr(part, name)

    def frame(self, id_column: str, ids: np.ndarray) -> pd.DataFrame:
        return pd.DataFrame(
            {
                id_column: ids,
                "customer_id": self.customer_id,
                "match_probability": self.match_probability,
                "new_customer": self.new_customer,
                "matched_record": self.matched_record,
                "evidence": self.evidence,
            }
        )


class _Decision:
    def __init__(self, n: int) -> None:
        self.customer = np.array([None] * n, dtype=object)
        self.best = np.full(n, -1)
        self.group = np.arange(n)


def _decide(n: int, scored, customer_of: np.ndarray, cut: float) -> _Decision:
    """Each new record's customer: its best stored match above ``cut``, else its batch group's."""
    out = _Decision(n)
    w = scored.weight
    order = np.lexsort((scored.j, -w))  # best first, ties: the oldest stored record
    order = order[scored.j[order] >= n]  # pairs with a stored record
    new, first = np.unique(scored.i[order], return_index=True)
    out.best[new] = order[first]
    matched = new[w[order[first]] >= cut]
    out.customer[matched] = customer_of[scored.j[out.best[matched]]]
    # New records matching each other (above the threshold) are one customer: that of its
    # member with the best stored match, if any has one.
    within = (scored.j < n) & (w >= cut)
    groups = _components(n, scored.i[within], scored.j[within])
    known = out.customer != None  # noqa: E711
    strength = np.full(n, -np.inf)
    strength[known] = w[out.best[known]]
    top = np.lexsort((np.arange(n), -strength, groups))  # per group: strongest, then earliest
    _, first = np.unique(groups[top], return_index=True)
    leader = top[first]  # by group number (components are numbered 0, 1, ...)
    out.customer[~known] = out.customer[leader[groups[~known]]]
    out.group = _first_member(groups)
    return out


def _keep_customers(
    decision: _Decision, ids: list[str], previous: dict[str, str], vacated: list[str]
) -> None:
    """A stored record sent again that matches nobody stays its customer's (with its batch
    group), where the customer has no other record: resending a record is no new customer."""
    free = set(vacated)
    for k in np.flatnonzero(decision.customer == None):  # noqa: E711
        customer = previous.get(ids[k])
        if customer in free and decision.customer[k] is None:
            free.discard(customer)
            group = decision.group == decision.group[k]
            decision.customer[group & (decision.customer == None)] = customer  # noqa: E711


def _name_new_customers(decision: _Decision, next_customer: int) -> tuple[list[str], int]:
    """A new customer id for each batch group matching nobody (set in ``decision``); the ids
    made, and the next number."""
    made: dict[int, str] = {}  # batch group → its new customer
    for k in np.flatnonzero(decision.customer == None):  # noqa: E711
        group = int(decision.group[k])
        if group not in made:
            made[group] = f"C{next_customer:06d}"
            next_customer += 1
        decision.customer[k] = made[group]
    return list(made.values()), next_customer


def _first_member(groups: np.ndarray) -> np.ndarray:
    """Per record, the smallest index of its group."""
    first = np.full(int(groups.max(initial=-1)) + 1, len(groups))
    np.minimum.at(first, groups, np.arange(len(groups)))
    return first[groups]


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected components, numbered in order of their first member."""
    if len(i) == 0:  # each its own (a single record's call: scipy's set-up is most of it)
        return np.arange(n)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    _, first = np.unique(labels, return_index=True)
    rank = np.empty(len(first), dtype=int)
    rank[np.argsort(np.argsort(first))] = np.arange(len(first))
    return rank[labels]


def _of_customer(conn: Connection, customer_id: str, column) -> dict[str, str]:
    """record id → ``column`` of a customer's records, oldest first."""
    rows = conn.execute(
        select(t.records.c.record_id, column)
        .where(t.records.c.customer_id == customer_id)
        .order_by(t.records.c.seq)
    ).all()
    return dict(rows)


def _roles(conn: Connection, knowledge: Knowledge) -> dict[str, str]:
    """The roles of every stored column: the batch's, and those resolves brought."""
    extra = json.loads(_meta(conn, "extra_roles") or "{}")
    return {**knowledge.settings.matching_roles, **extra}


def _select_in(conn: Connection, query, column, values: list) -> list:
    out = []
    for start in range(0, len(values), t.BATCH):
        out.extend(conn.execute(query.where(column.in_(values[start : start + t.BATCH]))).all())
    return out


def _delete_in(conn: Connection, table, column, values: list) -> None:
    for start in range(0, len(values), t.BATCH):
        conn.execute(delete(table).where(column.in_(values[start : start + t.BATCH])))


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        t.insert_rows(conn, table.name, *_as_tuples(rows))


def _inserting(conn: Connection, table, rows: list[dict]) -> AbstractContextManager[None]:
    """:func:`~tekil.store.schema.inserting` the rows, if any."""
    return t.inserting(conn, table.name, *_as_tuples(rows)) if rows else nullcontext()


def _as_tuples(rows: list[dict]) -> tuple[list[str], list[tuple]]:
    """Rows (dicts of one set of keys) as their columns and a tuple each."""
    columns = list(rows[0])
    return columns, [tuple(r[c] for c in columns) for r in rows]


def _record_rows(ids: list[str], customers: Sequence[str], seq: int, new: NewRecords) -> list[dict]:
    """The records' rows of ``tekil_records``, in arrival order from ``seq``."""
    return [
        {
            "record_id": r,
            "customer_id": c,
            "seq": seq + k,
            "document": d,
            "fields": f,
            "keys": " ".join(map(str, ks)),
        }
        for k, (r, c, d, f, ks) in enumerate(
            zip(ids, customers, new.documents, new.fields, new.keys, strict=True)
        )
    ]


def _key_rows(ids: list[str], keys: list[list[int]]) -> list[tuple[int, str]]:
    """The records' lookup keys as rows (key, record id), in key order (consecutive rows
    land on the same pages)."""
    counts, flat = flat_keys(keys)
    owner = np.repeat(np.arange(len(ids)), counts)
    order = np.argsort(flat, kind="stable")
    holders = np.asarray(ids, dtype=object)[owner[order]]
    return list(zip(flat[order].tolist(), holders.tolist(), strict=True))


def _stamped(goldens: list[str], labels: np.ndarray, seq0: int) -> list[str]:
    """Each cluster's golden record (JSON) stamped with its records: how many, and the last
    ``seq`` (record ``k`` of the batch has ``seq0 + k``). A resolve adds records with larger
    ``seq`` and deletions lower the count, so a stamp that still matches is still true."""
    count = np.bincount(labels, minlength=len(goldens))
    last = np.full(len(goldens), -1, dtype=np.int64)
    np.maximum.at(last, labels, np.arange(len(labels)))
    return [
        f'{{"of":[{c},{seq0 + k}],"golden":{g}}}'
        for c, k, g in zip(count.tolist(), last.tolist(), goldens, strict=True)
    ]


def _customer_of(conn: Connection, ids: list[str]) -> dict[str, str]:
    rows = _select_in(
        conn, select(t.records.c.record_id, t.records.c.customer_id), t.records.c.record_id, ids
    )
    return dict(rows)


def _ages(conn: Connection, customer_ids: set[str]) -> dict[str, int]:
    rows = _select_in(
        conn,
        select(t.customers.c.customer_id, t.customers.c.seq),
        t.customers.c.customer_id,
        sorted(customer_ids),
    )
    return dict(rows)


def _customers_with_records(conn: Connection, customer_ids: list[str]) -> list[str]:
    rows = _select_in(
        conn,
        select(t.records.c.customer_id).distinct(),
        t.records.c.customer_id,
        sorted(customer_ids),
    )
    return sorted(r for (r,) in rows)


def _customers_without_records(conn: Connection, customer_ids: set[str]) -> list[str]:
    if not customer_ids:  # a new record's call: no query
        return []
    return sorted(set(customer_ids) - set(_customers_with_records(conn, sorted(customer_ids))))


def _customers_with_records_outside(
    conn: Connection, ids: list[str], customer_ids: set[str]
) -> set[str]:
    """Customers of the batch that also hold stored records the batch did not carry."""
    batch = set(ids)
    rows = _select_in(
        conn,
        select(t.records.c.record_id, t.records.c.customer_id),
        t.records.c.customer_id,
        sorted(customer_ids),
    )
    return {c for r, c in rows if r not in batch}


def _meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()


def _values_by_field(conn: Connection, table) -> dict[str, set[str]]:
    """The (field, value) rows of ``table``, as each field's set of values."""
    out: dict[str, set[str]] = {}
    for name, value in zip(*t.read_columns(conn, ["field", "value"], table.name), strict=True):
        out.setdefault(name, set()).add(value)
    return out


def _metas(conn: Connection, keys: Sequence[str]) -> dict[str, str | None]:
    query = select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.in_(keys))
    found = dict(conn.execute(query).all())
    return {key: found.get(key) for key in keys}


def _set_meta(conn: Connection, values: dict[str, str]) -> None:
    """Set meta values in one statement (new keys are inserted)."""
    done = conn.execute(
        update(t.meta)
        .where(t.meta.c.key.in_(list(values)))
        .values(value=case(values, value=t.meta.c.key))
    )
    if done.rowcount < len(values):
        found = {k for k, v in _metas(conn, list(values)).items() if v is not None}
        for key in values.keys() - found:
            conn.execute(insert(t.meta).values(key=key, value=values[key]))


def _log_edit(conn: Connection, seqs: list[int]) -> None:
    """Records (by ``seq``) went or changed customer: what mirrors of the records read."""
    if seqs:
        edit = int(_meta(conn, "edits")) + 1
        _insert(conn, t.edits, [{"edit": edit, "seq": int(q)} for q in seqs])
        _set_meta(conn, {"edits": str(edit)})


def _log(conn: Connection, at: str, entries: list[dict]) -> None:
    rows = [
        {
            "at": at,
            "kind": e["kind"],
            "customer_id": e.get("customer_id"),
            "detail": json.dumps(e["detail"], ensure_ascii=False, default=str),
        }
        for e in entries
    ]
    _insert(conn, t.events, rows)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fingerprint(key: str | None) -> str:
    if not key:
        return ""
    return hmac.new(key.encode(), b"tekil card key check", hashlib.sha256).hexdigest()[:16]


def _record_ids(values: Iterable[Any], column: str | None) -> list[str]:
    if column is None:
        raise ConfigError(
            "the store needs record ids that stay the same between calls: pass id_column= "
            "(the CLI's --id-column)"
        )
    values = list(values)
    missing = sum(
        v is None or v is pd.NA or v is pd.NaT or v != v or (isinstance(v, str) and not v.strip())
        for v in values
    )
    if missing:
        raise InputError(
            f"id column {column!r} has {missing} missing value(s); every record needs an id"
        )
    ids = [str(v) for v in values]
    if len(set(ids)) != len(ids):
        dup = pd.Series(ids)[pd.Series(ids).duplicated()].tolist()[:3]
        raise InputError(f"id column {column!r} has duplicate ids, e.g. {dup}")
    return ids


def _frame(df: Any) -> pd.DataFrame:
    df = pandas_frame(df, "resolve's frame")
    if len(df) == 0:
        raise InputError("resolve got no rows")
    df = flat_header(df)
    check_names(df, "resolve's frame")
    # (each step only where it changes something: on one record it is most of the cost)
    if not all(isinstance(c, str) for c in df.columns):
        df = df.rename(columns=str)
    if not df.index.equals(pd.RangeIndex(len(df))):
        df = df.reset_index(drop=True)
    return uncategorised(bytes_decoded(df))


def _capped(keys: list[list[int]], labels: np.ndarray) -> list[list[int]]:
    """The keys that find somebody (:func:`~tekil.store.keys.finding`, ``labels``: each
    record's customer, records oldest first): the others are not indexed."""
    keys = [sorted(set(ks)) for ks in keys]
    counts, flat = flat_keys(keys)
    owner = np.repeat(np.arange(len(keys)), counts)
    wanted, key_of = np.unique(flat, return_inverse=True)
    found = finding(key_of, lambda rows: (labels[owner[rows]], owner[rows]))
    kept = set(wanted[key_of[found]].tolist())
    return [[k for k in ks if k in kept] for ks in keys]


def _frequencies(
    records: Records,
    model: FellegiSunter,
    labels: np.ndarray,
    shared: dict[str, np.ndarray] | None = None,
) -> tuple[list[dict], dict[str, float]]:
    """Values held by several people with their frequency; the frequency of a one-person value.
    A value several people share (``shared``, per field) is kept whatever its frequency: its
    row tells how many hold it (a couple's one mobile, though a one-person value's Good–Turing
    frequency came out above a two-person value's)."""
    rows: list[dict] = []
    singleton: dict[str, float] = {}
    fields = {f for p in model.parameters_ for f in p.comparison.fields} & set(records.fields)
    for name in sorted(fields):
        fld = records.fields[name]
        if not (fld.codes >= 0).any():
            continue
        freq = value_frequencies(records, name)
        singleton[name] = one_person_frequency(fld.codes, labels)
        kept = (shared or {}).get(name)
        rows.extend(_common(fld.codes, fld.uniques, freq, labels, name, singleton[name], kept))
    full = full_name_codes(records)
    if full is not None and records.person_labels is not None:
        first, last = records.fields["first_name"], records.fields["last_name"]
        both = full >= 0
        if both.any():
            freq = full_name_frequencies(records)
            names = np.empty(int(full.max()) + 1, dtype=object)
            names[full[both]] = [
                f"{first.uniques[a]}{SEP}{last.uniques[b]}"
                for a, b in zip(first.codes[both], last.codes[both], strict=True)
            ]
            singleton["full_name"] = one_person_frequency(full, labels)
            rows.extend(_common(full, names, freq, labels, "full_name", singleton["full_name"]))
    return rows, singleton


def _common(
    codes, uniques, freq, labels, name: str, singleton: float, kept: np.ndarray | None = None
) -> list[dict]:
    present = codes >= 0
    people = (
        pd.DataFrame({"code": codes[present], "label": labels[present]})
        .drop_duplicates()
        .groupby("code")
        .size()
    )
    common = people[people >= 2]
    return [
        {"field": name, "value": str(uniques[c]), "frequency": float(freq[c]), "people": int(k)}
        for c, k in common.items()
        if freq[c] > singleton or (kept is not None and kept[c])
    ]


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v
