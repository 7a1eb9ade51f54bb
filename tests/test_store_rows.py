"""Records one at a time (tekil.store.rows) agree with the batch encode on every record."""

import json

import numpy as np
import pandas as pd
import pytest

from tekil.block import default_rules, rule_keys
from tekil.datasets import generate, load_febrl3
from tekil.records import normalisers, prepare, with_card_key
from tekil.settings import IDENTIFIER_ROLES, BlockingRule, Settings, guess_settings
from tekil.store import candidates, rows
from tekil.store.documents import row_document, to_documents
from tekil.store.keys import MANY_ROWS, KeyPlan, key_hash, row_keys
from tekil.store.rows import (
    columns_to_records,
    encode_row,
    keys_read,
    normalise_row,
    readers,
    records_to_rows,
    rows_to_records,
)
from test_records import ROLES, frame


def _both_ways(df: pd.DataFrame, settings: Settings):
    """The batch's rows and the one-record path's rows of ``df``."""
    ids = np.arange(len(df))
    arguments = normalisers(df, settings)
    records = prepare(df, settings, ids, arguments)
    with_key = {
        c: (kind, {**kw, "key": settings.card_key} if kind == "card" else kw)
        for c, (kind, kw) in arguments.items()
    }
    column_readers = readers(settings.matching_roles, with_key)
    split = records.split_lone_names is not False  # as the batch decided
    one_by_one = [
        encode_row(
            normalise_row(cells, column_readers),
            settings.matching_roles,
            split=split,
            name_words=records.name_words,
        )
        for cells in df.to_dict("records")
    ]
    return records, records_to_rows(records), one_by_one


@pytest.fixture(scope="module")
def synthetic():
    df = generate(600, seed=11).records
    settings = guess_settings(df, id_column="record_id")
    settings.card_key = "test-key"
    return df, settings


#: One person's record in Cyrillic, Greek or Devanagari letters and in Latin ones, and others.
SCRIPTS = pd.DataFrame(
    [
        ("Иван", "Петров", "ул. Ленина 5", "Москва", "1980-01-02"),
        ("Ivan", "Petrov", "ul. Lenina 5", "Moskva", "1980-01-02"),
        ("Ελένη", "Παπαδοπούλου", "Οδός Αθηνάς 5", "Αθήνα", "1975-05-06"),
        ("Eleni", "Papadopoulou", "Odos Athinas 5", "Athina", "1975-05-06"),
        ("Petrov", "Ivan", None, "Moskva", "1980-01-02"),
        ("Анна", "Петрова", "ул. Ленина 5", "Москва", "1982-03-04"),
        ("करिश्मा", "गोयल", None, None, "1990-07-08"),
        ("Karishma", "Goyal", None, None, "1990-07-08"),
        ("מרים", "כהן", None, None, "1971-02-03"),
        ("محمد", "عبدالله", None, None, "1965-09-10"),
        ("สมชาย", "ใจดี", None, None, "1959-11-12"),
        ("Խորեն", "Թադևոսյան", None, None, "1949-12-13"),
        ("გიორგი", "ბერიძე", None, None, "1939-10-14"),
    ],
    columns=["first_name", "last_name", "address", "city", "dob"],
)


#: Whole names written family name first ("TAN WEI MING") beside given and family names apart.
FAMILY_FIRST = pd.DataFrame(
    {
        "first_name": ["Wei Ming", "Mei Ling", "Ah Kow", "Siew Hong", "Wei Ling", None, None, None],
        "last_name": ["Tan", "Lim", "Tan", "Lim", "Ng", None, None, None],
        "cust_name": [None] * 5 + ["TAN WEI MING", "Jason Tan Wei Ling", "José María Lim"],
    }
)


@pytest.mark.parametrize("source", ["synthetic", "febrl3", "names", "scripts", "family_first"])
def test_one_record_at_a_time_equals_the_batch(source, synthetic):
    if source == "synthetic":
        df, settings = synthetic
    elif source == "febrl3":
        df = load_febrl3().records.head(800)
        settings = guess_settings(df, id_column="rec_id")
    elif source == "scripts":  # names, streets and towns in Cyrillic or Greek and in Latin
        df, settings = SCRIPTS, Settings(roles={c: c for c in SCRIPTS.columns})
    elif source == "family_first":
        roles = {"first_name": "first_name", "last_name": "last_name", "cust_name": "full_name"}
        df, settings = FAMILY_FIRST, Settings(roles=roles)
    else:  # full names, lone full names typed as last names, handles and e-mails
        df, settings = frame(), Settings(roles=ROLES)
    records, batch, single = _both_ways(df, settings)
    assert single == batch
    if source == "febrl3":  # (two address lines: names meet in the first each record has)
        assert any(r.name.endswith(":coalesced") for r in default_rules(records))
    # Two records share a rule's lookup key exactly when the batch blocks them together.
    roles = settings.matching_roles
    for rule in settings.blocking or default_rules(records):
        if rule.window or rule.keys == ["alias"]:
            continue
        col = rule.keys[0]
        if len(rule.keys) == 1 and roles.get(col) in IDENTIFIER_ROLES:  # the identifier's key
            found = [f"{roles[col]}={r[col]}" if col in r else None for r in single]
            assert all(k in row_keys(r, [], roles) for k, r in zip(found, single, strict=True) if k)
        else:
            prefix = f"{rule.name}="
            found = [
                next((k for k in row_keys(r, [rule], roles) if k.startswith(prefix)), None)
                for r in single
            ]
        batch_keys = rule_keys(records, rule).tolist()
        assert _groups(found) == _groups([c if c >= 0 else None for c in batch_keys]), rule.name
        if source == "scripts" and not rule.keys[0].startswith("first_name:initial"):
            # A value and its Latin spelling share every key (an initial: with the postcode)
            assert found[0] == found[1] and found[2] == found[3], rule.name
            assert found[6] == found[7], rule.name


@pytest.mark.parametrize("source", ["synthetic", "names"])
def test_names_in_their_order_are_keyed_where_the_names_as_a_set_find_less(source, synthetic):
    # The sorted neighbourhood's key (the two names in order) adds lookups, not candidates,
    # for a record with two names: the names as a set find the same records (until one of
    # the two keys is held by too many records to be looked up).
    df, settings = synthetic if source == "synthetic" else (frame(), Settings(roles=ROLES))
    records, _, single = _both_ways(df, settings)
    roles = settings.matching_roles
    rules = settings.blocking or default_rules(records)
    in_order = next(r for r in rules if r.window and sorted(r.keys) == ["first_name", "last_name"])
    prefix = f"{in_order.name}="
    alone = [[k for k in row_keys(r, [in_order], roles) if k.startswith(prefix)] for r in single]
    keys = [row_keys(r, rules, roles) for r in single]
    two = [
        r.get("first_name") not in (None, r.get("last_name")) and "last_name" in r for r in single
    ]
    assert any(two) and not all(two)
    for has_two, own, by_order in zip(two, keys, alone, strict=True):
        assert not set(by_order) & set(own) if has_two else set(by_order) <= set(own)
    assert _pairs(keys) == _pairs([k + a for k, a in zip(keys, alone, strict=True)])


def _pairs(keys: list[list[str]]) -> set[tuple[int, int]]:
    """The pairs of records sharing a key."""
    by_key: dict = {}
    for i, ks in enumerate(keys):
        for key in ks:
            by_key.setdefault(key, []).append(i)
    return {(a, b) for group in by_key.values() for a in group for b in group if a < b}


def test_a_part_of_any_phone_column_is_keyed_as_the_batch_blocks_by_it():
    # The last seven digits of a number in one column meet those in another (as dialled in
    # two countries): a store looks a record up by each column's as the batch pairs them.
    df = pd.DataFrame(
        {
            "name": ["Samira Saidi", "Samira Saidi", "Karim Benali", "Karim Benali"],
            "num_ligne": ["+213 661 23 45 67", None, "+212 612 34 56 78", None],
            "telephone": [None, "+212 661 23 45 67", None, "+212 698 76 54 32"],
        }
    )
    settings = Settings(roles={"name": "full_name", "num_ligne": "phone", "telephone": "phone"})
    records, _, single = _both_ways(df, settings)
    (rule,) = [r for r in default_rules(records) if r.name == "num_ligne|telephone:last7"]
    prefix = f"{rule.name}="
    found = [
        [k for k in row_keys(r, [rule], settings.matching_roles) if k.startswith(prefix)]
        for r in single
    ]
    assert found[0] == found[1] and found[2] != found[3] and all(len(k) == 1 for k in found)


@pytest.mark.parametrize(
    "source", ["synthetic", "febrl3", "names", "scripts", "family_first", "rules"]
)
def test_many_rows_keyed_column_by_column_have_each_rows_own_keys(source, synthetic):
    # A batch's rows are keyed column by column; each row's hashes, in order, are those of
    # its own keys read alone, whatever rules and roles make them.
    if source in ("synthetic", "rules"):
        df, settings = synthetic
    elif source == "febrl3":
        df = load_febrl3().records.head(800)
        settings = guess_settings(df, id_column="rec_id")
    elif source == "scripts":
        df, settings = SCRIPTS, Settings(roles={c: c for c in SCRIPTS.columns})
    elif source == "family_first":
        roles = {"first_name": "first_name", "last_name": "last_name", "cust_name": "full_name"}
        df, settings = FAMILY_FIRST, Settings(roles=roles)
    else:
        df, settings = frame(), Settings(roles=ROLES)
    records, batch, _ = _both_ways(df, settings)
    rules = default_rules(records)
    if source == "rules":  # transforms no row carries as a part, on names, dates and places
        specs = [
            ["first_name:soundex", "last_name:nysiis"],
            ["last_name:metaphone", "dob:year", "dob:month"],
            ["first_name:either_order"],
            ["last_name", "city"],
            ["first_name:initial", "postcode"],
        ]
        rules = [BlockingRule(keys, name=f"r{k}") for k, keys in enumerate(specs)]
    rows_ = batch * max(1, -(-MANY_ROWS // max(len(batch), 1)))  # enough to go columnar
    plan = KeyPlan(rules, settings.matching_roles)
    one_by_one = [[key_hash(k) for k in plan(row)] for row in rows_]
    assert plan.hashes(rows_) == one_by_one
    assert sum(map(len, one_by_one)) > len(rows_)  # keys were made
    assert plan.hashes(rows_[:3]) == one_by_one[:3]  # a few, one by one


def test_rows_keyed_column_by_column_keep_each_key_once_and_skip_missing_parts():
    rule = BlockingRule(["last_name:metaphone", "dob:year"], name="lm+y")
    roles = {"tel": "phone", "mobile": "phone", "dob": "dob", "s": "last_name"}
    plan = KeyPlan([rule], roles)
    rows_ = [
        {"last_name": "yilmaz", "dob.year": 1985, "tel": "+9053", "mobile": "+9053"},
        {"last_name": "yilmaz"},  # no year: no rule key
        {},
        {"first_name": "ayse", "dob.year": 1990},  # one name only: it is either
    ] * 40
    hashes = plan.hashes(rows_)
    assert hashes[:4] == [
        [key_hash("phone=+9053"), key_hash("lm+y=YLMS|1985")],
        [],
        [],
        [key_hash("lm+y=AS|1990")],
    ]
    assert hashes == [[key_hash(k) for k in plan(row)] for row in rows_]


def _groups(keys: list) -> set[frozenset[int]]:
    """The records sharing each key."""
    by_key: dict = {}
    for i, key in enumerate(keys):
        if key is not None:
            by_key.setdefault(key, set()).add(i)
    return {frozenset(g) for g in by_key.values()}


@pytest.mark.parametrize("many", [False, True], ids=["row by row", "through a frame"])
def test_rows_make_the_same_records_again(synthetic, many, monkeypatch):
    if many:
        monkeypatch.setattr(rows.RowColumns, "MANY", 1)
    df, settings = synthetic
    records, batch, _ = _both_ways(df, settings)
    again = rows_to_records(batch, records.ids, settings.matching_roles)
    assert list(again.fields) == list(records.fields)
    for name, fld in records.fields.items():
        other = again.fields[name]
        assert (other.role, other.columns, sorted(other.parts)) == (
            fld.role,
            fld.columns,
            sorted(fld.parts),
        )
        assert [other.value_of(i) for i in range(records.n)] == [
            fld.value_of(i) for i in range(records.n)
        ]
    assert records_to_rows(again) == batch


@pytest.mark.parametrize("source", ["synthetic", "febrl3", "names"])
@pytest.mark.parametrize("many", [False, True], ids=["values", "codes"])
def test_rows_parsed_from_their_json_in_one_go_make_the_same_records(
    source, many, synthetic, monkeypatch
):
    """A batch's many candidates are read from the database as JSON lines by pyarrow, only the
    keys that ``keys_read`` names: every key the records are made of must be among them."""
    if many:
        monkeypatch.setattr(candidates, "MANY_HELD", 1)
    if source == "synthetic":
        df, settings = synthetic
    elif source == "febrl3":
        df = load_febrl3().records.head(800)
        settings = guess_settings(df, id_column="rec_id")
    else:
        df, settings = frame(), Settings(roles=ROLES)
    records, batch, _ = _both_ways(df, settings)
    roles = settings.matching_roles
    new, stored = batch[:7], batch[7:][::-1]  # stored records given back in another order
    lines = "\n".join(json.dumps(row, ensure_ascii=False) for row in stored).encode()
    parsed = candidates._Parsed(lines, keys_read(roles))
    positions = np.arange(len(stored))[::-1].copy()
    again = columns_to_records(candidates._HeldColumns(new, parsed, positions), records.ids, roles)
    assert records_to_rows(again) == batch
    assert list(again.fields) == list(records.fields)


def test_parsed_rows_give_the_values_held_at_the_positions_asked_for():
    """Each column is encoded once for all rows; asked for some rows, the codes still index
    only the values those rows hold (a value of no such row would count as a held value)."""
    rows = [{"a": "x"}, {"a": "y"}, {}, {"a": "x"}, {"a": "z", "b": 3}]
    lines = "\n".join(json.dumps(row) for row in rows).encode()
    parsed = candidates._Parsed(lines, {"a": False, "b": True, "c": False})
    codes, values = parsed.codes("a", np.array([4, 3, 2, 1, 0]))
    assert values[codes].tolist() == ["z", "x", "z", "y", "x"] and codes[2] == -1
    codes, values = parsed.codes("a", np.array([2, 3, 0, 3]))
    assert values.tolist() == ["x"] and codes.tolist() == [-1, 0, 0, 0]
    assert parsed.column("a", np.array([2, 4, 1])).tolist() == [None, "z", "y"]
    assert parsed.column("b", np.array([4, 0])).tolist() == [3, None]
    assert parsed.has("a", np.array([2, 0])) and not parsed.has("a", np.array([2]))
    assert not parsed.has("c", np.array([0]))
    assert parsed.column("c", np.array([1])).tolist() == [None]


def test_documents_one_record_at_a_time_equal_the_batch(synthetic):
    df, settings = synthetic
    roles = settings.matching_roles
    arguments = with_card_key(normalisers(df, settings), settings.card_key)
    records = prepare(df, settings, np.arange(len(df)), arguments)
    cells = df.to_dict("records")
    column_readers = readers(roles, arguments)
    single = [row_document(normalise_row(c, column_readers), c, roles, ["source"]) for c in cells]
    batch = to_documents(records, df, roles, ["source"])
    assert single == batch
    clear = df["card_number"].dropna().str.replace(r"\D", "", regex=True)
    assert len(clear) and not any(number in "".join(batch) for number in clear)
    _ = records.normalised["card_number"]  # a column's frame made first: read from the frame
    assert to_documents(records, df, roles, ["source"]) == batch


def test_documents_keep_typed_values_that_are_not_text_as_they_are(synthetic):
    df, settings = synthetic
    df = df.head(6).copy()
    # Equal to pandas, not in JSON: each record keeps its own.
    df["score"] = pd.Series([1, 1.0, -0.0, 0.0, None, True], dtype=object)
    df["seen"] = pd.to_datetime(["2024-01-02", None, "2024-01-02", "2025-03-04", None, None])
    roles = settings.matching_roles
    arguments = with_card_key(normalisers(df, settings), settings.card_key)
    records = prepare(df, settings, np.arange(len(df)), arguments)
    column_readers = readers(roles, arguments)
    single = [
        row_document(normalise_row(c, column_readers), c, roles, ["score", "seen"])
        for c in df.to_dict("records")
    ]
    assert to_documents(records, df, roles, ["score", "seen"]) == single
    assert [json.loads(d)["t"].get("score") for d in single] == [1, 1.0, -0.0, 0.0, None, True]


def test_a_row_leaves_out_what_is_missing_or_unusable():
    roles = {"ad": "full_name", "tel": "phone", "kart": "card", "dt": "dob"}
    cells = {"ad": "Ali Veli", "tel": "444 1 444", "kart": None, "dt": "31.02.1985"}
    column_readers = readers(roles, {"kart": ("card", {"key": "k"})})
    normalised = normalise_row(cells, column_readers)
    assert normalised["tel"]["reason"] == "non_personal"  # kept for golden records
    assert "kart" not in normalised  # an empty cell leaves nothing
    assert encode_row(normalised, roles) == {"first_name": "ali", "last_name": "veli"}


@pytest.mark.parametrize("few", [0, 10_000])  # pandas lookups, or one dictionary lookup each
def test_store_frequencies_and_shared_values_are_looked_up_alike(monkeypatch, few):
    from tekil.store import matching

    monkeypatch.setattr(matching, "FEW_VALUES", few)
    knowledge = matching.Knowledge(
        settings=None,
        model=None,
        frequencies={"phone": {"+905321": 0.25, "+905322": 0.5}},
        singleton={"phone": 0.01},
        shared={"phone": {"+905322"}},
    )
    values = np.array(["+905322", "+905329", "+905321"], dtype=object)
    assert knowledge.frequency("phone", values, 0.01).tolist() == [0.5, 0.01, 0.25]
    assert knowledge.frequency("email", values, 0.1).tolist() == [0.1] * 3
    assert knowledge.is_shared("phone", values).tolist() == [True, False, False]
    assert knowledge.is_shared("email", values).tolist() == [False] * 3
    assert len(knowledge.frequency("phone", np.array([], dtype=object), 0.01)) == 0


def test_a_card_printed_masked_keeps_its_last_four_digits_and_brand_only():
    roles = {"ad": "full_name", "kart": "card"}
    column_readers = readers(roles, {"kart": ("card", {"key": "k"})})
    row = encode_row(
        normalise_row({"ad": "Ali Veli", "kart": "4111 11** **** 1111"}, column_readers), roles
    )
    assert row == {
        "first_name": "ali",
        "last_name": "veli",
        "kart.last4": "1111",
        "kart.brand": "visa",
    }
    # The batch reads it alike (the store's records compare as the batch's do).
    df = pd.DataFrame({"ad": ["Ali Veli"], "kart": ["4111 11** **** 1111"]})
    records = prepare(df, Settings(roles=roles, card_key="k"), np.arange(1))
    assert rows.records_to_rows(records)[0] == row


def test_a_suffix_written_after_the_family_name_fills_an_empty_column_of_suffixes():
    # One system keeps a column of suffixes, another writes "FLYNN SR": both are the suffix.
    df = pd.DataFrame(
        {
            "first": ["John", "John", "John", "Ann"],
            "last": ["FLYNN SR", "Flynn", "Flynn", "Flynn Jr"],
            "sfx": [None, "JR", None, "II"],  # the column says it where it has a value
        }
    )
    settings = Settings(roles={"first": "first_name", "last": "last_name", "sfx": "suffix"})
    records, batch, single = _both_ways(df, settings)
    assert single == batch
    fld = records.fields["sfx"]
    assert [fld.uniques[c] if c >= 0 else None for c in fld.codes] == ["sr", "jr", None, "ii"]
    assert "name_suffix" not in records.fields


def test_few_values_are_numbered_as_pandas_numbers_many():
    # A single call's dozen values are numbered in Python; they must come out as pandas would.
    rng = np.random.default_rng(3)
    pool = np.array(["a", "b", "ç", 7, 7.0, None, float("nan"), pd.NA, "", "7"], dtype=object)
    for size in range(0, 40):
        values = pool[rng.integers(0, len(pool), size)]
        codes, uniques = rows.codes_of(values[: size // 2], values[size // 2 :])
        expected, distinct = pd.factorize(values, use_na_sentinel=True)
        assert codes.tolist() == expected.tolist()
        assert codes.dtype == np.int32 and uniques.dtype == object
        assert list(uniques) == list(distinct)


@pytest.mark.parametrize("size", [3, 2_000])
def test_positions_of_ids_are_pandas_indexers_whatever_their_number(size):
    ids = [f"r{k}" for k in range(size)][::-1]
    wanted = [f"r{k}" for k in range(-2, size + 2, 3)]
    expected = pd.Index(ids).get_indexer(wanted)
    assert candidates.positions(ids, wanted).tolist() == expected.tolist()
