"""The store's tables, and connections that take the store's write lock.

One SQLAlchemy Core schema serves SQLite and PostgreSQL. Writers are
serialised: SQLite with ``BEGIN IMMEDIATE`` (WAL mode, so readers go on), and
PostgreSQL with a transaction-scoped advisory lock. A resolve reads its
candidates and writes its decision under the lock, so two processes can never
both decide that the same new person is new.

>>> sorted(t.name for t in METADATA.sorted_tables)[:3]
['tekil_customers', 'tekil_edits', 'tekil_events']
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from tekil.errors import StoreError

log = logging.getLogger(__name__)

#: Version of the tables' layout: a store of another format is refused, not misread.
STORE_FORMAT = 11
#: PostgreSQL advisory lock key of the store's writers ("tekil" in ASCII).
WRITE_LOCK = 0x74656B696C

METADATA = MetaData()

meta = Table(
    "tekil_meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
records = Table(
    "tekil_records",
    METADATA,
    Column("record_id", String(255), primary_key=True),
    Column("customer_id", String(32), nullable=False),
    #: Arrival order: the earliest record of a customer first.
    Column("seq", BigInteger, nullable=False),
    #: Normaliser outputs and typed values, for golden records (tekil.store.documents).
    Column("document", Text, nullable=False),
    #: Field values, to compare and look up without normalising again (tekil.store.rows).
    Column("fields", Text, nullable=False),
    #: The record's lookup keys (tekil_keys), space-separated: what deleting the record deletes.
    Column("keys", Text, nullable=False),
    Index("tekil_records_customer", "customer_id"),
    #: What a process holding the records in memory reads of others' additions (seq ≥ its own).
    Index("tekil_records_seq", "seq"),
)


def _key_table(name: str) -> Table:
    """A table of lookup keys: (key hash, record id) pairs."""
    return Table(
        name,
        METADATA,
        #: The key's 64-bit hash (tekil.store.keys.key_hash).
        Column("key", BigInteger, primary_key=True, autoincrement=False),
        Column("record_id", String(255), primary_key=True),
        # The key is the table: one B-tree to write, not two; and no index on record_id, as
        # a record's keys are deleted by (key, record_id), read from its row in tekil_records.
        sqlite_with_rowid=False,
    )


keys = _key_table("tekil_keys")
#: The keys of records resolved since the last :func:`fold_keys`, laid out as ``tekil_keys``.
#: Keys are hashes, spread over the whole key table: a resolve of 10 k records adding its
#: 100 k keys there wrote almost every page of a million records' keys (100 MB of log,
#: 0.3-0.5 s). This table stays small, and is folded into the large one now and then.
recent_keys = _key_table("tekil_recent_keys")
#: Keys written to ``tekil_recent_keys`` (deleted ones counted too) before a fold moves them
#: into ``tekil_keys``: some 45 MB, well within SQLite's page cache (:func:`open_engine`).
RECENT_KEYS = 1_000_000
edits = Table(
    "tekil_edits",
    METADATA,
    #: The store's ``edits`` counter after the change (one write transaction, one number).
    Column("edit", BigInteger, primary_key=True, autoincrement=False),
    #: A record deleted, or moved to another customer, by its ``seq`` (no personal value).
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
)
customers = Table(
    "tekil_customers",
    METADATA,
    Column("customer_id", String(32), primary_key=True),
    #: Creation order: the older id survives a merge.
    Column("seq", BigInteger, nullable=False),
    #: The golden record and what it was made of: ``{"of": [records, last seq], "golden":
    #: {...}}``, true while the customer's records still count and end so; NULL: not made.
    Column("golden", Text, nullable=True),
)
frequencies = Table(
    "tekil_frequencies",
    METADATA,
    Column("field", String(128), primary_key=True),
    Column("value", Text, primary_key=True),
    Column("frequency", Float, nullable=False),
    #: Distinct people holding the value (an erasure counts them down).
    Column("people", Integer, nullable=False),
)
shared_values = Table(
    "tekil_shared_values",
    METADATA,
    Column("field", String(128), primary_key=True),
    Column("value", Text, primary_key=True),
)
#: The shared values that strangers hold, as the batch found them (a store's calls see too few
#: of their holders to tell: :func:`tekil.guards.strangers_values`).
strangers_values = Table(
    "tekil_strangers_values",
    METADATA,
    Column("field", String(128), primary_key=True),
    Column("value", Text, primary_key=True),
)
events = Table(
    "tekil_events",
    METADATA,
    Column("event_id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("customer_id", String(32), nullable=True),
    Column("detail", Text, nullable=False),
    Index("tekil_events_customer", "customer_id"),
)


#: The tables every resolve looks up (their statistics matter to PostgreSQL's planner).
LOOKED_UP = (records, keys, recent_keys, customers, meta)
#: Where a lookup key may be.
KEY_TABLES = (keys.name, recent_keys.name)
#: Key tables whose lookups PostgreSQL plans for their keys each time. The recent keys grow
#: from nothing to a million between folds: a plan prepared while the table was small scans
#: it and tests each row against the whole list of keys (0.6 s of a 10 k batch at 2 k rows),
#: where a plan for the values hashes the list or takes the index.
REPLANNED = {recent_keys.name}


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable URL>"


def open_engine(url: str) -> Engine:
    """An engine for ``url`` (``sqlite:///file.db``, ``postgresql://…``), checked to connect."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"{url!r} is not a database URL; use sqlite:///ids.db or postgresql://user@host/db"
        ) from None
    if parsed.drivername == "postgresql":  # psycopg 3, not the legacy psycopg2 default
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": 60})
            _serialise_sqlite_writers(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"no driver for {shown(url)}: {exc}; for PostgreSQL install tekil[postgres]"
        ) from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreError(f"cannot reach the store at {shown(url)}: {reason}") from None
    return engine


def _serialise_sqlite_writers(engine: Engine) -> None:
    """SQLite: WAL journal; a write transaction takes the write lock when it begins."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA wal_autocheckpoint=0")  # see Checkpointer
        # 128 MB of pages (SQLite's default is 2 MB): a batch's key inserts land on pages all
        # over the index, and at a million records each would be read again (1 M store, 12 k
        # batch: key inserts 2.1 → 0.8 s). The cache grows only as pages are used.
        cursor.execute("PRAGMA cache_size=-131072")
        # Reads through a memory map of the file (up to SQLite's own limit, 2 GB as built):
        # a batch's candidates are rows all over it, each else a read() copying its page
        # (1 M store, 10 k batch from the database: 3.2-3.4 k → 3.8-4.1 k records/s).
        cursor.execute(f"PRAGMA mmap_size={1 << 31}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("tekil_write") else "BEGIN")


class Checkpointer:
    """SQLite: copies the write-ahead log into the database file from a background thread.

    A checkpoint syncs the disk (some 15 ms here); left to SQLite, it falls on the
    commit that fills the log, and one resolve in a hundred would pay for it. The
    thread checkpoints what is there every ``interval`` seconds, beside readers and
    writers (``PASSIVE``); the last connection to close checkpoints the rest.
    """

    def __init__(self, engine: Engine, interval: float = 1.0) -> None:
        self.engine = engine
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tekil-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.checkpoint()

    def checkpoint(self) -> None:
        try:
            conn = self.engine.raw_connection()
            try:
                conn.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                conn.close()
        except Exception as exc:  # the next round tries again; SQLite keeps the log meanwhile
            log.debug("checkpoint failed: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


#: Values per ``IN`` list and rows per PostgreSQL ``executemany``.
BATCH = 5_000
#: Fewest rows that PostgreSQL gets with ``COPY`` (for a few, one ``INSERT`` is quicker).
COPY_ROWS = 100
#: Most parameters in one SQLite statement (SQLite's limit before 3.32). sqlite3 lets the GIL
#: go and takes it again for every statement it runs: with ``executemany``, once per row, and
#: while another thread of the process runs Python each row waits for it (a 118 k-row insert
#: beside a busy thread took 160 s instead of 0.2 s; in statements of 499 rows, 1.6 s).
SQLITE_PARAMETERS = 999


def fetch_in(
    conn: Connection,
    table: str,
    columns: list[str],
    column: str,
    values: list,
    documents: tuple[str, ...] = (),
    replanned: bool = False,
) -> list[tuple]:
    """Rows (``columns``) of ``table`` whose ``column`` is one of ``values``, as plain tuples,
    from the driver's own cursor (see :func:`read_columns`; ``replanned``: a PostgreSQL query
    planned for its values each time, not prepared once).

    A batch resolve reads hundreds of thousands of candidate rows: SQLAlchemy's row
    objects would cost more than the queries. PostgreSQL gets the values as one array
    parameter (``= ANY``), SQLite an ``IN`` list. Runs in ``conn``'s transaction.
    """
    found = fetch_columns_in(conn, table, columns, column, values, documents, replanned)
    return list(zip(*found, strict=True))


def fetch_columns_in(
    conn: Connection,
    table: str,
    columns: list[str],
    column: str,
    values: list,
    documents: tuple[str, ...] = (),
    replanned: bool = False,
    lines: tuple[str, ...] = (),
) -> list:
    """:func:`fetch_in`, one list per column (for a column of ``lines``, its texts joined by
    newlines, UTF-8)."""
    out: list[list] = [[] for _ in columns]
    for start in range(0, len(values), BATCH):
        part = values[start : start + BATCH]
        if conn.dialect.name == "postgresql":
            where, parameters = f"{column} = ANY(%s)", (array_literal(part),)
        else:
            where, parameters = f"{column} IN ({', '.join('?' * len(part))})", part
        found = read_columns(
            conn,
            columns,
            f"{table} WHERE {where}",
            parameters,
            documents,
            replanned=replanned,
            lines=lines,
        )
        for c, values_of, more in zip(columns, out, found, strict=True):
            if c in lines:
                values_of.append(more)
            else:
                values_of.extend(more)
    return [
        b"\n".join(filter(None, values)) if c in lines else values
        for c, values in zip(columns, out, strict=True)
    ]


def array_literal(values: list) -> str | list:
    """``values`` (whole numbers, or texts) as one PostgreSQL array literal (``{1,2}``,
    ``{"a","b"}``): made by joining in C, where the driver would write each of a batch's
    hundred thousand keys and ids into its array format in Python (a tenth of a resolve's
    time). Values of other types are left to the driver."""
    if not values:
        return values
    if all(type(v) is int for v in values):
        return "{" + ",".join(map(str, values)) + "}"
    if not all(type(v) is str for v in values):
        return values
    joined = '","'.join(values)
    # Quoted elements escape quotes and backslashes (the separators hold 2 quotes each).
    if joined.count('"') > 2 * (len(values) - 1) or "\\" in joined:
        joined = '","'.join(v.replace("\\", "\\\\").replace('"', '\\"') for v in values)
    return '{"' + joined + '"}'


def read_columns(
    conn: Connection,
    columns: list[str],
    source: str,
    parameters: Sequence = (),
    documents: tuple[str, ...] = (),
    floats: tuple[str, ...] = (),
    replanned: bool = False,
    lines: tuple[str, ...] = (),
) -> list:
    """The values of ``SELECT columns FROM source``, one list per column; the ``documents`` columns
    (JSON texts, never NULL: ``group_concat`` would skip a NULL) parsed, those of ``lines``
    (texts without a newline, never NULL) joined by newlines, as UTF-8 bytes (SQLite's own:
    no text object made and encoded again).

    SQLite sends them all as one row: sqlite3 lets the GIL go and takes it again for
    each row it reads, and beside a thread running Python each row would wait for it
    (20 k rows: 0.04 s alone, 5.3 s beside a busy thread; as one row, 0.03 s either
    way). Each column comes as one JSON array (a float as text of 21 digits, which reads
    back exactly: JSON's own 15 would round it), a document column's texts joined.
    """
    if conn.dialect.name != "sqlite":
        cursor = conn.connection.cursor(binary=True)
        query = f"SELECT {', '.join(columns)} FROM {source}"
        cursor.execute(query, parameters, **({"prepare": False} if replanned else {}))
        rows = cursor.fetchall()  # a column at a time: zip(*rows) is slow for many rows
        out = [[row[k] for row in rows] for k in range(len(columns))]
        for k, c in enumerate(columns):
            if c in documents:
                out[k] = json.loads(f"[{','.join(out[k])}]")
            elif c in lines:
                out[k] = "\n".join(out[k]).encode()
        return out
    cursor = conn.connection.cursor()

    def aggregate(c: str) -> str:
        if c in documents:
            return f"'[' || coalesce(group_concat({c}, ','), '') || ']'"
        if c in lines:
            return f"CAST(coalesce(group_concat({c}, char(10)), '') AS BLOB)"
        shown = f"printf('%!.20e', {c})" if c in floats else c
        return f"json_group_array({shown})"

    # One pass over the rows: every aggregate sees them in the same order.
    cursor.execute(f"SELECT {', '.join(map(aggregate, columns))} FROM {source}", parameters)
    texts = cursor.fetchone()
    values = [
        text if c in lines else json.loads(text) for c, text in zip(columns, texts, strict=True)
    ]
    return [list(map(float, v)) if c in floats else v for c, v in zip(columns, values, strict=True)]


def placeholder(conn: Connection) -> str:
    """The driver's parameter mark in plain SQL: ``?`` (sqlite3) or ``%s`` (psycopg)."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def insert_rows(conn: Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """``INSERT`` the rows (tuples in the order of ``columns``): PostgreSQL's ``COPY`` for
    many, else SQLite statements of many rows each (see :data:`SQLITE_PARAMETERS`), or
    the driver's ``executemany`` for PostgreSQL's few."""
    if conn.dialect.name == "postgresql" and len(rows) >= COPY_ROWS:
        with _copying(conn, table, columns, rows):
            pass  # (the rows go while the block runs: here none)
        return
    cursor = conn.connection.cursor()
    names = ", ".join(columns)
    mark = placeholder(conn)
    one = f"({', '.join([mark] * len(columns))})"
    if conn.dialect.name != "sqlite":
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES {one}", rows)
        return
    per = max(SQLITE_PARAMETERS // len(columns), 1)
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        sql = f"INSERT INTO {table} ({names}) VALUES {', '.join([one] * len(part))}"
        cursor.execute(sql, list(chain.from_iterable(part)))


@contextmanager
def inserting(
    conn: Connection, table: str, columns: list[str], rows: list[tuple]
) -> Iterator[None]:
    """:func:`insert_rows`, with the ``with`` block's own work done while PostgreSQL takes
    the rows: the driver's thread feeds ``COPY`` (the server's work on 117 k keys, some
    0.1 s, no longer waits for this process's, nor this process's for it). The block must
    not use ``conn``; elsewhere (SQLite, a few rows) the rows are inserted before it runs.

    A block that raises ends the ``COPY`` with its error, and the transaction then rolls back.
    """
    if conn.dialect.name != "postgresql" or len(rows) < COPY_ROWS:
        insert_rows(conn, table, columns, rows)
        yield
        return
    with _copying(conn, table, columns, rows, queued=True):
        yield


@contextmanager
def _copying(
    conn: Connection, table: str, columns: list[str], rows: list[tuple], queued: bool = False
) -> Iterator[None]:
    """PostgreSQL's ``COPY`` of the rows, ended (the server's answer awaited) when the block
    ends; ``queued``: the driver's own thread sends them, so that the block runs meanwhile."""
    cursor = conn.connection.cursor()
    writer = None
    if queued:
        from psycopg.copy import QueuedLibpqWriter  # (only a PostgreSQL store has the driver)

        writer = QueuedLibpqWriter(cursor)
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN", writer=writer) as copy:
        for row in rows:
            copy.write_row(row)
        yield


def upgrade(conn: Connection, found: int) -> bool:
    """Bring a store of an older format to :data:`STORE_FORMAT` in ``conn``'s transaction;
    False if there is no way from ``found``.

    3 → 4: each record keeps its keys' hashes in its row (read from ``tekil_keys`` by the
    record_id index of format 3), and that index goes.
    4 → 5: an index on the records' ``seq``, the ``edits`` counter and its log
    (``tekil_edits``; read by tekil.store.mirror).
    5 → 6: golden records are stamped with the records they were made of (one without a
    stamp is made again when asked for); keys added by resolves go to ``tekil_recent_keys``.
    6 → 7: Cyrillic and Greek values are also read in Latin letters (tekil.normalize.latin.latin),
    so their phonetic keys and alias letters changed: a store that holds any is refused
    (:class:`StoreError`), as its keys would no longer meet a new record's.
    7 → 8: every key is made of its values' Latin reading (a name, street or town written in
    Cyrillic meets its Latin spelling), and Armenian, Georgian, Hebrew, Arabic, Indic and Thai
    letters have one too:
    refused alike where values in those letters are held.
    8 → 9: Ethiopic letters have a Latin reading too, and the Arabic yeh and kaf (ي ك) fold as
    the Persian letters (ی ک): refused alike where values in those letters are held.
    9 → 10: Greek αυ, ευ, ηυ and γγ read as ELOT 743 writes them (av/af, ev/ef, ng), Latin
    look-alikes inside a Greek or Cyrillic word in its script, an identifier's Greek letters no
    longer dropped, the Cyrillic letters of Kazakh, Uzbek, Tajik, Tatar and Bashkir read in
    Latin ones and Uzbek's turned comma (ʻ) kept in its word, Sinhala letters read as Sri Lankan
    names are spelt and an old Sri Lankan NIC (``851234578V``) as its new form, Armenian ու
    read u (and ո opening a word vo), Azerbaijani ə read a, a Ghana Card's number
    (``GHA-123456789-0``) read as its ten digits: refused alike where Greek letters, those
    letters, Cyrillic ones beside a Latin letter, Sinhala or Armenian letters, ə, old NICs or
    Ghana Card numbers are held.
    10 → 11: the shared values that strangers hold (``tekil_strangers_values``; a store of
    format 10 finds them among each call's records, as before, until its next ingest).
    """
    if found not in (3, 4, 5, 6, 7, 8, 9, 10):
        return False
    if found < 8 and _holds(conn, _READ_IN_LATIN):
        raise StoreError(
            f"the store has format {found} and holds values in Cyrillic, Greek, Armenian, "
            f"Georgian, Hebrew, Arabic, Indic or Thai letters, whose keys this tekil makes from "
            f"their Latin reading (format {STORE_FORMAT}): ingest the data into a new store"
        )
    if found < 9 and _holds(conn, _READ_ANEW_IN_9):
        raise StoreError(
            f"the store has format {found} and holds values in Ethiopic letters or with the "
            f"Arabic yeh or kaf, whose keys this tekil makes from another reading (format "
            f"{STORE_FORMAT}): ingest the data into a new store"
        )
    if found < 10 and _holds(conn, _READ_ANEW_IN_10):
        raise StoreError(
            f"the store has format {found} and holds values in Greek letters, Turkic or Tajik "
            f"Cyrillic ones, Cyrillic ones beside Latin letters, Sinhala or Armenian letters, "
            f"ə, Sri Lankan NICs of the old form or Ghana Card numbers, whose keys this tekil "
            f"makes from another reading (format {STORE_FORMAT}): ingest the data into a new store"
        )
    if found == 3:
        joined = (
            "string_agg(k.key::text, ' ')"
            if conn.dialect.name == "postgresql"
            else ("group_concat(k.key, ' ')")
        )
        conn.execute(text("ALTER TABLE tekil_records ADD COLUMN keys TEXT NOT NULL DEFAULT ''"))
        conn.execute(
            text(
                f"UPDATE tekil_records SET keys = COALESCE((SELECT {joined} FROM tekil_keys k "
                "WHERE k.record_id = tekil_records.record_id), '')"
            )
        )
        conn.execute(text("DROP INDEX IF EXISTS tekil_keys_record"))
    if found < 5:
        conn.execute(text("CREATE INDEX tekil_records_seq ON tekil_records (seq)"))
        edits.create(conn)
        conn.execute(text("INSERT INTO tekil_meta (key, value) VALUES ('edits', '0')"))
    if found < 6:
        recent_keys.create(conn)
        conn.execute(text("INSERT INTO tekil_meta (key, value) VALUES ('recent_keys', '0')"))
    strangers_values.create(conn, checkfirst=True)
    conn.execute(
        text("UPDATE tekil_meta SET value = :v WHERE key = 'format'"), {"v": str(STORE_FORMAT)}
    )
    log.info("store upgraded from format %d to %d", found, STORE_FORMAT)
    return True


#: A letter of a script read in Latin letters from format 8 (Greek, Cyrillic, Armenian,
#: Hebrew, Arabic: U+0370 to U+06FF; India's scripts and Thai: U+0900 to U+0E7F; Georgian:
#: U+10A0 to U+10FF), as itself or as JSON writes it escaped (``\u0438``).
_READ_IN_LATIN = re.compile(
    r"[\u0370-\u06ff\u0900-\u0e7f\u10a0-\u10ff]"
    r"|\\u(?:0(?:3[7-9a-f]|[4-6][0-9a-f]|[9a-d][0-9a-f]|e[0-7])|10[a-f])",
    re.I,
)


#: Values read otherwise from format 10: Greek letters (U+0370 to U+03FF), the Cyrillic letters
#: beyond Russian's and Ukrainian's that Kazakh, Uzbek, Tajik, Tatar and Bashkir write (U+0492 to
#: U+04FF), Uzbek's turned comma and apostrophe (U+02BB, U+02BC), Armenian letters (U+0531 to
#: U+0587), Azerbaijani's schwa (ə, Ə: U+0259, U+018F), and Cyrillic letters (U+0400 to U+04FF)
#: beside a Latin letter (a look-alike typed inside a word), as themselves or as JSON writes them
#: escaped (a letter that ends an escape, ``\u043a``, is none); Sinhala letters (U+0D80 to
#: U+0DFF), a Sri Lankan NIC of the old form (nine digits and V or X, now read as the new
#: twelve) and a Ghana Card's number with its country code (``GHA-123456789-0``, now read as its
#: ten digits).
_CYRILLIC = r"(?:[\u0400-\u04ff]|\\u04[0-9a-f]{2})"
_READ_ANEW_IN_10 = re.compile(
    rf"[\u0370-\u03ff]|\\u03[7-9a-f][0-9a-f]|(?<!\\u[0-9a-f]{{3}})[A-Za-z]{_CYRILLIC}"
    rf"|{_CYRILLIC}[A-Za-z]"
    r"|[\u0492-\u04ff\u02bb\u02bc]|\\u04(?:9[2-9a-f]|[a-f][0-9a-f])|\\u02b[bc]"
    r"|[\u0d80-\u0dff]|\\u0d[89a-f][0-9a-f]|(?<![0-9])[0-9]{9}[VX](?![0-9A-Z])"
    r"|[\u0531-\u0587\u0259\u018f]|\\u05(?:3[1-9a-f]|[4-7][0-9a-f]|8[0-7])|\\u0259|\\u018f"
    r"|(?<![0-9A-Z])[A-Z]{3}[-\s]?[0-9]{9}[-\s]?[0-9](?![0-9])",
    re.I,
)


#: Letters read otherwise from format 9: Ethiopic (U+1200 to U+137F) and the Arabic yeh and
#: kaf (U+064A, U+0643), as themselves or as JSON writes them escaped.
_READ_ANEW_IN_9 = re.compile(
    r"[\u064a\u0643\u1200-\u137f]|\\u(?:064a|0643|12[0-9a-f]{2}|13[0-7][0-9a-f])", re.I
)


def _holds(conn: Connection, letters: re.Pattern) -> bool:
    """Whether a stored record's field values hold one of ``letters`` (read once, at an
    upgrade: a second or two at a million records)."""
    # Streamed a statement at a time (a connection-wide option would stream the upgrade's
    # ALTER and CREATE statements too, which PostgreSQL's server-side cursors cannot run).
    query = select(records.c.fields).execution_options(stream_results=True, max_row_buffer=10_000)
    result = conn.execute(query)
    try:
        return any(letters.search(fields) for (fields,) in result)
    finally:
        result.close()


def fold_keys(conn: Connection) -> None:
    """Move the keys of ``tekil_recent_keys`` into ``tekil_keys``, in key order (one pass
    over the large table's pages), in ``conn``'s transaction."""
    conn.execute(
        text(
            f"INSERT INTO {keys.name} (key, record_id) "
            f"SELECT key, record_id FROM {recent_keys.name} ORDER BY key"
        )
    )
    conn.execute(text(f"DELETE FROM {recent_keys.name}"))
    _analyse_recent_keys(conn)


def keep_recent_keys_planned(conn: Connection, before: int, now: int) -> None:
    """PostgreSQL: fresh statistics of the recent keys each time their number doubles from
    1,024 (and after a fold), so that lookups take the index. Left to autovacuum, a table grown
    from nothing to 100 k rows was still planned as empty: 8 ms a lookup of ten keys, 0.2 ms
    after."""
    if now >= 1024 and now.bit_length() > before.bit_length():
        _analyse_recent_keys(conn)


def _analyse_recent_keys(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"ANALYZE {recent_keys.name}"))


def delete_rows(conn: Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """``DELETE`` the rows whose ``columns`` equal each tuple of ``rows`` (a primary key):
    SQLite in statements of many rows (an ``OR`` of keys, each found by the key's index)."""
    cursor = conn.connection.cursor()
    mark = placeholder(conn)
    where = " AND ".join(f"{c} = {mark}" for c in columns)
    if conn.dialect.name != "sqlite":
        for start in range(0, len(rows), BATCH):
            cursor.executemany(f"DELETE FROM {table} WHERE {where}", rows[start : start + BATCH])
        return
    per = 100  # terms of one OR (each a level of SQLite's expression tree, at most 1000)
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        sql = f"DELETE FROM {table} WHERE " + " OR ".join([f"({where})"] * len(part))
        cursor.execute(sql, list(chain.from_iterable(part)))


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One transaction holding the store's write lock: all of it is written, or none."""
    with engine.connect() as conn:
        conn.info["tekil_write"] = True
        try:
            with conn.begin():
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                yield conn
        finally:
            conn.info["tekil_write"] = False


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction (a consistent view: PostgreSQL's default isolation would give
    each statement its own)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn
