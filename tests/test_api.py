"""End to end: zero-config accuracy on FEBRL, determinism, every record once, bad input."""

import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tekil
from tekil.datasets import load_sample
from tekil.datasets.febrl import load_febrl3, load_febrl4
from tekil.datasets.synthetic import _tckn
from tekil.errors import ConfigError, InputError, TekilError


@pytest.fixture(scope="module")
def febrl3():
    return load_febrl3()


@pytest.fixture(scope="module")
def febrl3_result(febrl3):
    return tekil.dedupe(febrl3.records)


def predicted(result):
    return result.clusters.set_index(result.id_column)["cluster_id"]


def test_febrl3_zero_config_dedupe_f1(febrl3, febrl3_result):
    metrics = tekil.evaluate(predicted(febrl3_result), febrl3.truth)
    assert metrics["pair_f1"] >= 0.99
    assert metrics["pair_precision"] >= 0.99 and metrics["pair_recall"] >= 0.99


def test_febrl3_duplicates_of_another_date_and_id_stay_with_their_person(febrl3_result):
    # FEBRL replaces whole birth dates on one in twenty of a person's records that keep their
    # soc_sec_id: dates decades apart are no father and son there, so a duplicate whose date
    # and id were both replaced (rec-670-dup-1, rec-829-dup-0), or two duplicates replaced one
    # each (rec-567-dup-0 and -dup-1), stay one person.
    assert febrl3_result.settings.born_apart is False
    labels = predicted(febrl3_result)
    for person, dups in {
        "670": [1],
        "829": [0],
        "567": [0, 1],
        "1353": [0],
        "1127": [0, 1],
    }.items():
        ids = [f"rec-{person}-org", *(f"rec-{person}-dup-{k}" for k in dups)]
        assert labels[ids].nunique() == 1, person


def test_roles_were_guessed_from_febrl_names(febrl3_result):
    roles = febrl3_result.settings.roles
    assert roles["given_name"] == "first_name"
    assert roles["surname"] == "last_name"
    assert roles["date_of_birth"] == "dob"
    assert febrl3_result.settings.id_column == "record_id"


def test_one_customer_with_hundreds_of_records_does_not_sway_the_others(febrl3, febrl3_result):
    # 400 records of one person (a firm's lines, a customer every system holds), a letter
    # swapped in one of three: its 80 k pairs, counted as they are, had taught the model
    # that matches hardly ever differ, and the other persons' pair F1 fell from 0.9997 to
    # 0.9954.
    base = febrl3.records.set_index("record_id").loc["rec-175-org"]
    copies = pd.DataFrame([base] * 400).reset_index(drop=True)
    for k in range(0, 400, 3):
        col = ("given_name", "surname", "address_1")[k % 3]
        v = copies.at[k, col]
        copies.at[k, col] = v[:1] + v[2] + v[1] + v[3:]
    copies.insert(0, "record_id", [f"copy-{k}" for k in range(400)])
    result = tekil.dedupe(pd.concat([febrl3.records, copies], ignore_index=True))
    labels = predicted(result)
    assert labels[copies["record_id"]].nunique() == 1
    others = febrl3.truth[febrl3.truth != "rec-175"].index
    swayed = tekil.evaluate(labels[others], febrl3.truth[others])
    alone = tekil.evaluate(predicted(febrl3_result)[others], febrl3.truth[others])
    assert swayed["pair_f1"] >= alone["pair_f1"] - 0.001


def link_truth(result, ds):
    key = result.clusters["record_id"]
    truth = ds.truth.reindex(key).to_numpy()
    index = key + "|" + result.clusters["source"]
    return (
        pd.Series(result.clusters["cluster_id"].to_numpy(), index=index),
        pd.Series(truth, index=index),
    )


def test_febrl4_zero_config_link_f1():
    ds = load_febrl4()
    result = tekil.link(ds.left, ds.right)
    pred, truth = link_truth(result, ds)
    assert tekil.evaluate(pred, truth)["pair_f1"] >= 0.99
    assert set(result.clusters["source"]) == {"left", "right"}


def test_link_matches_columns_by_role_even_when_named_differently():
    ds = load_febrl4()
    turkish = {
        "given_name": "ad",
        "surname": "soyad",
        "date_of_birth": "dogum_tarihi",
        "postcode": "posta_kodu",
        "suburb": "sehir",
        "soc_sec_id": "ssn",
        "address_1": "adres",
        "street_number": "bina_no",
    }
    right = ds.right.drop(columns=["address_2", "state"]).rename(columns=turkish)
    result = tekil.link(ds.left, right)
    pred, truth = link_truth(result, ds)
    assert tekil.evaluate(pred, truth)["pair_f1"] >= 0.98
    # Settings without roles (options only) read the roles of each input alike; they had been
    # read over both inputs at once, each role in two half-empty columns never compared.
    options = tekil.link(ds.left, right, settings={"seed": 0, "max_cluster_size": 500})
    assert options.settings.max_cluster_size == 500
    pred, truth = link_truth(options, ds)
    assert tekil.evaluate(pred, truth)["pair_f1"] >= 0.98
    # Roles given for both inputs' names (and a rule naming one's columns): each input is read
    # by its own; they had been one frame, each role in two half-empty columns (F1 0.67).
    roles = {"given_name": "first_name", "surname": "last_name", "date_of_birth": "dob"}
    roles |= {
        "postcode": "postcode",
        "suburb": "city",
        "address_1": "address",
        "soc_sec_id": "free_id",
    }
    roles |= {turkish[c]: role for c, role in roles.items()}
    rules = [{"keys": ["soc_sec_id"]}, {"keys": ["surname:soundex", "posta_kodu"]}]
    for named in ({"roles": roles}, {"roles": roles, "blocking": rules}):
        pred, truth = link_truth(tekil.link(ds.left, right, settings=named), ds)
        assert tekil.evaluate(pred, truth)["pair_f1"] >= 0.98, named.keys()


def test_link_finds_a_number_in_whichever_phone_column_the_other_side_keeps_it():
    left = pd.DataFrame(
        {"id": ["a1", "a2"], "name": ["Ayşe Kaya"] * 2, "gsm": ["0532 111 22 33", "0533 444 55 66"]}
    )
    right = pd.DataFrame(
        {
            "id": ["b1", "b2"],
            "name": ["Ayşe Kaya"] * 2,
            "home_phone": [None, "0533 444 55 66"],
            "mobile": ["0532 111 22 33", None],
        }
    )
    result = tekil.link(left, right, id_column="id")
    cluster = dict(zip(result.clusters["id"], result.clusters["cluster_id"], strict=True))
    assert cluster["a1"] == cluster["b1"] != cluster["a2"] == cluster["b2"]


def test_every_record_comes_out_once_in_input_order(febrl3, febrl3_result):
    ids = febrl3_result.clusters["record_id"]
    assert ids.tolist() == febrl3.records["record_id"].tolist()
    assert febrl3_result.clusters["cluster_id"].notna().all()


def test_same_input_and_seed_give_identical_clusters(febrl3, febrl3_result):
    again = tekil.dedupe(febrl3.records)
    pd.testing.assert_frame_equal(again.clusters, febrl3_result.clusters)
    pd.testing.assert_frame_equal(again.pairs, febrl3_result.pairs)


def test_a_column_of_one_value_changes_nothing(febrl3, febrl3_result):
    # A file's country, the same in every record: no evidence either way (it had weighed
    # +10 bits for every pair when no random pair disagreed on it).
    one_country = tekil.dedupe(febrl3.records.assign(country="AU"))
    assert one_country.settings.roles["country"] == "country"
    (country,) = [p for p in one_country.model.parameters_ if p.comparison.field == "country"]
    assert np.abs(country.weights[1:]).max() < 0.01
    pd.testing.assert_frame_equal(one_country.clusters, febrl3_result.clusters)


def test_fields_an_export_quoted_are_read_as_written(febrl3, febrl3_result):
    # A system that quotes its fields ("John", „Müller“, doubled by a CSV written again):
    # the marks are no part of the value (a quoted whole name had been read as a nickname
    # alone, and a quoted e-mail as no e-mail).
    df = febrl3.records.copy()
    marks = [('"', '"'), ("“", "”"), ('""', '""'), ("«", "»")]
    for k, col in enumerate(["given_name", "surname", "address_1", "suburb", "soc_sec_id"]):
        rows = df.index[k % 3 :: 3]
        left, right = marks[k % len(marks)]
        df.loc[rows, col] = left + df.loc[rows, col].astype("string") + right
    quoted = tekil.dedupe(df)
    assert quoted.settings.roles == febrl3_result.settings.roles
    pd.testing.assert_frame_equal(quoted.clusters, febrl3_result.clusters)


def test_higher_threshold_never_merges_more(febrl3, febrl3_result):
    strict = tekil.dedupe(febrl3.records, threshold=0.99)
    assert strict.clusters["cluster_id"].nunique() >= febrl3_result.clusters["cluster_id"].nunique()


def test_explain_and_component_graph(febrl3_result):
    pair = febrl3_result.pairs.iloc[0]
    table = febrl3_result.explain(pair["id_a"], pair["id_b"])
    assert table.attrs["match_weight"] == pytest.approx(pair["match_weight"])
    assert {"comparison", "level", "weight"} <= set(table.columns)
    cid = febrl3_result.clusters.set_index("record_id").loc[pair["id_a"], "cluster_id"]
    graph = febrl3_result.component_graph(cid)
    assert isinstance(graph, nx.Graph) and graph.has_edge(pair["id_a"], pair["id_b"])
    with pytest.raises(InputError, match="not in the data"):
        febrl3_result.explain("nope", pair["id_b"])


def test_changing_the_pairs_frame_leaves_the_component_graphs_as_they_were():
    # The pairs frame holds its arrays without a copy: they must be its own.
    result = tekil.dedupe(tekil.datasets.generate(150, seed=5).records, id_column="record_id")
    cluster = int(result.clusters["cluster_id"].value_counts().index[0])

    def probabilities() -> dict:
        graph = result.component_graph(cluster)
        return nx.get_edge_attributes(graph, "match_probability")

    before = probabilities()
    assert before and all(p > 0 for p in before.values())
    result.pairs.loc[:, "match_probability"] = 0.0  # in place, as a user may
    assert probabilities() == before


def test_explain_adds_up_to_the_weight_the_run_gave_the_pair():
    # The sample's households share landlines and its card rows link by their numbers: the
    # guards act on many pairs, and each pair's explanation shows what they did.
    result = tekil.dedupe(load_sample().records, id_column="record_id", settings={"card_key": "k"})
    pairs = result.pairs.iloc[::5]
    tables = [result.explain(a, b) for a, b in zip(pairs["id_a"], pairs["id_b"], strict=True)]
    weights = [table.attrs["match_weight"] for table in tables]
    np.testing.assert_allclose(weights, pairs["match_weight"], atol=1e-6)
    rows = pd.concat(tables)
    assert rows["level"].str.endswith(", shared").any()  # a household's landline: no weight
    assert (rows.loc[rows["level"].str.endswith(", shared"), "weight"] == 0).all()
    guards = rows.loc[rows["comparison"] == "guards", "level"]
    assert {"identifier link", "among a shared value's holders"} <= set(guards)


def test_explain_a_pair_that_a_cannot_link_rule_parts():
    # Two valid national ids that differ: never one person, whatever else agrees. The guard's
    # weight (about -10**6) once overflowed the probability's power of two.
    ta, tb = _tckn(np.random.default_rng(0), 2)
    df = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "ad": ["Ali", "Ali", "Can", "Eda"],
            "soyad": ["Kaya", "Kaya", "Demir", "Şahin"],
            "tckn": [ta, tb, None, None],
            "telefon": ["0532 123 45 67", "05321234567", "0533 765 43 21", None],
        }
    )
    result = tekil.dedupe(df, id_column="id")
    labels = result.clusters.set_index("id")["cluster_id"]
    assert labels["a"] != labels["b"]
    table = result.explain("a", "b")
    assert table.iloc[-1]["level"] == "cannot link"
    assert table.attrs["match_weight"] < -1e5
    assert 0.0 <= table.attrs["match_probability"] < 1e-12


def small():
    return pd.DataFrame(
        {"id": ["a", "b", "c"], "ad": ["Ali", "Ali", "Can"], "soyad": ["Kaya", "Kaya", "Demir"]}
    )


@pytest.mark.parametrize(
    ("frame", "kwargs", "error", "message"),
    [
        (small().assign(id=["a", "a", "c"]), {}, InputError, "duplicate id"),
        (small().assign(id=["a", None, "c"]), {"id_column": "id"}, InputError, "missing value"),
        (small().iloc[:0], {}, InputError, "no rows"),
        (
            small().assign(ad=None),
            {"settings": {"roles": {"ad": "first_name"}}},
            InputError,
            "entirely null",
        ),
        (small(), {"settings": {"roles": {"ad": "name"}}}, ConfigError, "unknown role"),
        (small(), {"settings": {"roles": {"isim": "first_name"}}}, ConfigError, "isim"),
        (small(), {"id_column": "nope"}, ConfigError, "id column 'nope'"),
        (small(), {"threshold": 2.0}, ConfigError, "threshold"),
    ],
)
def test_bad_input_gets_a_clear_error(frame, kwargs, error, message):
    with pytest.raises(error, match=message):
        tekil.dedupe(frame, **{"id_column": "id", **kwargs})


def test_cells_of_bytes_are_read_as_text_even_where_they_are_no_utf8():
    frame = small().assign(ad=[b"Ali", "Ali", b"\xffCan"], soyad=[b"Kaya", "Kaya", "Demir"])
    result = tekil.dedupe(frame, id_column="id")
    labels = result.clusters.set_index("id")["cluster_id"]
    assert labels["a"] == labels["b"] != labels["c"]  # b"Ali" is "Ali"
    assert sorted(result.clusters["id"]) == ["a", "b", "c"]


@pytest.mark.parametrize("rows", [1, 5_000])
def test_a_column_of_bytes_is_found_in_one_record_or_many(rows):
    from tekil.normalize._common import bytes_decoded

    frame = pd.DataFrame({"ad": pd.Series(["Ali"] * rows, dtype=object), "no": range(rows)})
    frame.loc[0, "ad"] = "Çağrı".encode()  # (a long column is looked at in a sample of cells)
    decoded = bytes_decoded(frame)
    assert decoded.loc[0, "ad"] == "Çağrı"
    assert bytes_decoded(decoded) is decoded  # nothing left to decode: the frame itself


def test_not_a_dataframe():
    import pyarrow as pa

    with pytest.raises(InputError, match="must be a pandas DataFrame"):
        tekil.dedupe([{"ad": "Ali"}])
    with pytest.raises(InputError, match="got ChunkedArray"):  # to_pandas() gives a Series
        tekil.dedupe(pa.chunked_array([["Ali"]]))


def test_whole_names_missing_as_nan_are_read_without_warnings():
    # Two whole-name columns read from a CSV (objects, NaN where empty), the second empty on
    # all these records: read as text; pandas' warning that it downcast the row had escaped.
    from tekil.someone_elses import _names_written

    df = pd.DataFrame({"n1": ["Ana B", np.nan, "C D"], "n2": [np.nan] * 3}, dtype=object)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        names = _names_written(df, {"n1": "full_name", "n2": "full_name"})
    assert names.tolist() == ["Ana B ", " ", "C D "]


def test_a_table_that_converts_itself_is_read_as_its_pandas_frame(febrl3):
    # A pyarrow Table (or a polars DataFrame): read as its to_pandas() frame.
    import pyarrow as pa

    df = febrl3.records.head(300)
    table = pa.Table.from_pandas(df, preserve_index=False)
    expected = tekil.dedupe(df, id_column="record_id").clusters
    got = tekil.dedupe(table, id_column="record_id").clusters
    assert got.equals(expected)
    linked = tekil.link(table.slice(0, 150), df.iloc[150:], id_column="record_id").clusters
    assert len(linked) == 300


def test_tiny_input_without_candidates_gives_singletons():
    df = pd.DataFrame({"ad": ["Ali", "Zeynep"], "soyad": ["Kaya", "Demir"]})
    result = tekil.dedupe(df)
    assert result.clusters["cluster_id"].tolist() == [0, 1]
    assert np.array_equal(result.clusters["record_id"], [0, 1])


def test_ids_in_the_index_are_kept(febrl3):
    df = febrl3.records.head(300).set_index("record_id")
    result = tekil.dedupe(df)
    assert result.clusters["record_id"].tolist() == df.index.tolist()


def test_frames_concatenated_as_they_were_resolve_as_one_frame():
    """Two systems' frames stacked without ``ignore_index`` repeat their row labels (0, 1, …
    twice): the records come out once each, in their order, clustered as the same records
    under labels of their own; guess_settings reads them as well (its columns unnamed)."""
    given = ["Anna", "Ben", "Cara", "Dan", "Eva", "Finn", "Gus", "Hana"]
    family = ["Smith", "Jones", "Brown", "Green", "White", "Black", "Stone"]
    df = pd.DataFrame(
        {
            "c1": [given[k % 8] for k in range(300)],
            "c2": [family[k % 7] for k in range(300)],
            "c3": [
                f"{given[k % 8].lower()}.{family[k % 7].lower()}{k % 150}@x.com" for k in range(300)
            ],
        }
    )
    stacked = pd.concat([df.iloc[:150], df.iloc[150:].reset_index(drop=True)])
    assert not stacked.index.is_unique
    result = tekil.dedupe(stacked)
    expected = tekil.dedupe(df)
    assert len(result.clusters) == 300
    assert result.clusters["cluster_id"].tolist() == expected.clusters["cluster_id"].tolist()
    assert tekil.guess_settings(stacked).roles == tekil.guess_settings(df).roles


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.assign(
            date_of_birth=pd.to_datetime(d["date_of_birth"], format="%Y%m%d", errors="coerce")
        ),
        lambda d: d.assign(soc_sec_id=pd.to_numeric(d["soc_sec_id"], errors="coerce")),
        lambda d: d.assign(state=d["state"].astype("category")),
        lambda d: d.astype("string[pyarrow]"),
        lambda d: d.set_axis(range(len(d.columns)), axis=1),
        lambda d: d.assign(consent=True, newsletter=[True, False] * (len(d) // 2)),
    ],
    ids=["datetime", "float", "category", "pyarrow", "int-column-names", "bool"],
)
def test_common_dtypes_go_through_and_every_row_comes_out(febrl3, change):
    df = change(febrl3.records.head(400).copy())
    result = tekil.dedupe(df)
    assert len(result.clusters) == len(df)
    assert result.clusters["cluster_id"].notna().all()


def test_categorical_columns_are_read_as_their_values():
    # A frame read with categorical columns (a parquet file's dictionaries, read_csv's
    # dtype="category"): three systems' records, two writing their numbers out with the
    # country code, resolve as the same frame of objects, and pandas warns of nothing (its
    # grouping of categories, and the mapping of them to sets, had escaped or failed).
    given = ["Ana", "Luis", "Marta", "Jorge", "Rosa", "Pedro", "Elena", "Diego", "Lucia", "Pablo"]
    family = ["Soto", "Rojas", "Munoz", "Vera", "Diaz", "Silva", "Pinto", "Reyes", "Mora"]
    rows = []
    for k in range(150):
        g, f = given[k % 10], family[k * 7 % 9] + ("" if k < 90 else "z")
        mobile = f"9{6 + k % 3}{k * 7919 % 10**7:07d}"
        plus = "+56" if k % 2 else "+51"
        rows += [
            {"sistema": "CRM", "nombre": g, "apellido": f, "telefono": f"{plus} {mobile}"},
            {"sistema": "CARE", "telefono": mobile, "contacto": f"{g} {f}"},
            {"sistema": "SHOP" if k % 2 else "TIENDA", "telefono": plus + mobile},
        ]
    df = pd.DataFrame(rows).assign(row_id=lambda d: [f"R{k}" for k in range(len(d))])
    expected = tekil.dedupe(df, id_column="row_id").clusters
    categorical = df.astype({c: "category" for c in df.columns if c != "row_id"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert tekil.guess_settings(categorical).roles == tekil.guess_settings(df).roles
        got = tekil.dedupe(categorical, id_column="row_id").clusters
    assert got["cluster_id"].tolist() == expected["cluster_id"].tolist()
    assert expected["cluster_id"].nunique() < len(df)


def test_link_compares_whole_addresses_when_one_input_writes_the_town_into_its_address():
    from tekil.api import _common_places

    left = pd.DataFrame(
        {
            "address": ["443 Thomas Shoal", "12 Oak Road", None, "9 Elm Street"],
            "city": ["New Jerryland", "Dover", "Leeds", None],
            "postcode": ["37631", None, "LS1 4AB", "99001"],
        }
    )
    right = pd.DataFrame(
        {"address": ["443 Thomas Shoal, New Jerryland, 37631", "Dover", "1 High St, Leeds"]}
    )
    a, b = _common_places(left, right)
    assert list(a.columns) == ["address"] and list(b.columns) == ["address"]
    assert a["address"].tolist() == [
        "443 Thomas Shoal, New Jerryland, 37631",
        "12 Oak Road, Dover",
        "Leeds, LS1 4AB",
        "9 Elm Street, 99001",
    ]
    # Both keep towns apart, or the right's addresses hold none of the left's place words.
    streets = pd.DataFrame({"address": ["1 High St", "2 Low Rd", "3 Mid Ave"]})
    assert _common_places(left, streets)[0] is left
    assert _common_places(left, left.drop(columns=["postcode"]))[0] is left


JUNK = [None, float("nan"), "", "n/a", 0, 1985, 31113, "03/1985", "a@b.com; c@d.org",
        "ali.veli@x.com", "0532 123 45 67", "Ali Veli", "张伟", "12 Main St, Town, 12345",
        pd.Timestamp("1985-03-07"), "@handle", "4111 1111 1111 1111", "10000000146", "E"]  # fmt: skip
JUNK_COLUMNS = ["Birth Day", "Birth Year", "c1", "email", "Имя", "nome", "address", "zip",
                "phone", "card", "tckn", "gender", "first_name", "last_name"]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_junk_gives_every_record_once_or_a_clear_error(data):
    """Cells of any kind under column names that sound like roles: every record comes out once
    (dedupe, link), or tekil says what is wrong; nothing else escapes."""
    columns = data.draw(
        st.lists(st.sampled_from(JUNK_COLUMNS), min_size=1, max_size=6, unique=True)
    )
    n = data.draw(st.integers(1, 25))
    cells = st.lists(st.sampled_from(JUNK), min_size=n, max_size=n)
    df = pd.DataFrame(
        {"rid": [f"r{k}" for k in range(n)], **{c: data.draw(cells) for c in columns}}
    )
    try:
        result = tekil.dedupe(df, id_column="rid")
        assert result.clusters["rid"].tolist() == df["rid"].tolist()
        linked = tekil.link(df, df.assign(rid=df["rid"] + "b"), id_column="rid")
        assert len(linked.clusters) == 2 * n
    except TekilError as exc:
        assert str(exc)  # a message that says what is wrong


def test_the_callers_frame_is_left_as_it_was():
    # Columns that are split (a whole address, contacts, several numbers in one cell): tekil
    # adds columns to a frame of its own, never to the caller's.
    n = 40
    df = pd.DataFrame(
        {
            "name": [f"Ayşe Yılmaz{k % 20}" for k in range(n)],
            "address": [f"Atatürk Cd. {k % 20}, 347{k % 20:02d} Kadıköy" for k in range(n)],
            "contact": [
                f"ayse{k}@example.com" if k % 2 else f"0532 111 22 {k:02d}" for k in range(n)
            ],
            "phones": [f"0532 111 33 {k % 20:02d}; 0212 444 55 {k:02d}" for k in range(n)],
        }
    )
    before = df.copy(deep=True)
    result = tekil.dedupe(df)
    assert {"contact (email)", "phones (2)", "address (town)"} <= set(result.settings.roles)
    pd.testing.assert_frame_equal(df, before)


def _three_records() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "first_name": ["Anna", "Anna", "Bob"],
            "last_name": ["Schmidt", "Schmidt", "Jones"],
            "email": ["anna@x.de", "anna@x.de", "bob@y.com"],
        }
    )


def test_ids_in_a_multiindex_come_out_as_one_id_per_record():
    df = _three_records()
    df.index = pd.MultiIndex.from_tuples([("crm", 1), ("web", 1), ("crm", 2)], names=["src", "id"])
    clusters = tekil.dedupe(df).clusters
    assert clusters["src_id"].tolist() == [("crm", 1), ("web", 1), ("crm", 2)]
    assert clusters["cluster_id"].tolist() == [0, 0, 1]


def test_headers_on_two_rows_are_read_as_one_name_per_column():
    df = _three_records()
    df.columns = pd.MultiIndex.from_tuples([("person", c) for c in df.columns])
    result = tekil.dedupe(df)
    assert result.settings.roles["person first_name"] == "first_name"
    assert result.clusters["cluster_id"].tolist() == [0, 0, 1]


def test_an_id_column_named_as_a_result_column_is_refused_or_not_taken_for_ids():
    df = _three_records().assign(cluster_id=["c1", "c2", "c3"])
    with pytest.raises(InputError, match="id column 'cluster_id' has the name of a column"):
        tekil.dedupe(df, id_column="cluster_id")
    with pytest.raises(InputError, match="id column 'source'"):
        both = df.rename(columns={"cluster_id": "source"})
        tekil.link(both, both, id_column="source")
    assert tekil.dedupe(df).settings.id_column is None  # not guessed as the ids
    # Ids in an index of that name keep their values, under another name.
    clusters = tekil.dedupe(df.set_index("cluster_id")).clusters
    assert clusters["record_id"].tolist() == ["c1", "c2", "c3"]


def test_a_short_form_of_the_given_name_still_finds_its_person(febrl3):
    # A second system knows some people by the name they go by, with their surname and
    # postcode only: William as Bill, Joshua as Josh; others got an unrelated given name there.
    short = {"joshua": "josh", "jack": "john", "benjamin": "ben", "samuel": "sam",
             "thomas": "tom", "james": "jim", "william": "bill", "jessica": "jess",
             "alexandra": "sandra", "matthew": "matt", "nicholas": "nick", "harry": "henry"}  # fmt: skip
    records = febrl3.records
    people = records[records["given_name"].isin(short) & records["postcode"].notna()]
    people = people[people["record_id"].str.endswith("-org")]
    unrelated = dict(zip(short, [*list(short.values())[1:], "josh"], strict=True))
    copies = [
        people.assign(
            given_name=people["given_name"].map(names), record_id=people["record_id"] + tag
        )
        for names, tag in ((short, "-short"), (unrelated, "-other"))
    ]
    kept = ["record_id", "given_name", "surname", "postcode"]
    clusters = predicted(tekil.dedupe(pd.concat([records, *(c[kept] for c in copies)])))
    linked = [
        np.mean(clusters[c["record_id"]].to_numpy() == clusters[people["record_id"]].to_numpy())
        for c in copies
    ]
    # Without the short forms known: 0.70 against 0.57 (the surname and postcode alone).
    assert linked[0] >= 0.8 and linked[0] - linked[1] >= 0.15, linked


def test_an_e_mail_keyed_with_two_digits_the_other_way_round_still_finds_its_person():
    # Another system's copy of some people: their names and their e-mail address, typed in
    # with two adjacent digits swapped; the copies of a control group carry another number.
    data = tekil.datasets.generate(1500, seed=3)
    records = data.records
    has = records["email"].str.contains(r"\d\d@", na=False, regex=True)
    named = records["first_name"].notna() & records["last_name"].notna()
    people = records[has & named].drop_duplicates("email").head(300)
    parts = people["email"].str.partition("@")
    local, domain = parts[0], parts[2]
    swapped = local.str[:-2] + local.str[-1] + local.str[-2]
    other = local.str[:-2] + "00"
    copies = [
        people[["record_id", "first_name", "last_name"]].assign(
            email=new + "@" + domain, record_id=people["record_id"] + tag
        )
        for new, tag in ((swapped, "-swapped"), (other, "-other"))
    ]
    result = tekil.dedupe(pd.concat([records, *copies]), id_column="record_id")
    clusters = predicted(result)
    linked = [
        np.mean(clusters[c["record_id"]].to_numpy() == clusters[people["record_id"]].to_numpy())
        for c in copies
    ]
    # Without the level: 0.91 against 0.89 (the names alone; a similar address adds nothing).
    assert linked[0] >= 0.95 and linked[0] - linked[1] >= 0.05, linked


def test_missing_values_written_as_text_are_missing(febrl3, febrl3_result):
    # A text export, or pandas' astype(str): NaN became "nan", None "None", a sheet's "#N/A".
    records = febrl3.records.astype(object)
    spelt = records.mask(records.isna(), "nan")
    spelt.iloc[::3] = spelt.iloc[::3].replace("nan", "#N/A")
    spelt.iloc[1::3] = spelt.iloc[1::3].replace("nan", "None")
    assert (spelt == "nan").any().any()
    again = predicted(tekil.dedupe(spelt))
    pd.testing.assert_series_equal(again, predicted(febrl3_result))


def test_a_customer_with_many_records_comes_out_whole(febrl3):
    # A customer a file keeps 120 times (a line, an account or a visit each), some with a typo:
    # one cluster (the size limit had cut it into clusters of 50), the others as well found.
    records = febrl3.records
    person = records[records["record_id"] == "rec-1070-org"]
    many = pd.concat([person] * 120, ignore_index=True)
    many["record_id"] = [f"many-{k}" for k in range(len(many))]
    many.loc[::7, "given_name"] = many.loc[::7, "given_name"].str[:-1]
    both = pd.concat([records, many], ignore_index=True)
    clusters = predicted(tekil.dedupe(both))
    own = febrl3.truth[febrl3.truth == febrl3.truth["rec-1070-org"]].index
    assert clusters[many["record_id"]].nunique() == 1
    assert set(clusters[own]) == set(clusters[many["record_id"]])
    limited = predicted(tekil.dedupe(both, settings={"max_cluster_size": 50}))
    sizes = limited[many["record_id"]].value_counts()
    assert len(sizes) >= 3 and sizes.max() <= 50  # cut to the limit
    f1 = [
        tekil.evaluate(c[records["record_id"]], febrl3.truth)["pair_f1"]
        for c in (clusters, limited)
    ]
    # 120 copies of one person sway the model a little; whole, the others are found as well
    # as with the customer cut into pieces (a few pairs either way).
    assert f1[0] >= 0.99 and f1[0] >= f1[1] - 0.001, f1


def test_settings_without_an_id_column_take_the_guessed_one(febrl3, febrl3_result):
    # Settings that name no roles let tekil guess them, and the id column with them.
    result = tekil.dedupe(febrl3.records, settings={"max_cluster_size": 1_000})
    assert result.id_column == febrl3_result.id_column == "record_id"
    pd.testing.assert_series_equal(predicted(result), predicted(febrl3_result))


def test_settings_with_roles_and_no_id_column_take_an_id_like_column_without_a_role():
    df = pd.DataFrame(
        {
            "customer_id": ["c1", "c2", "c3"],
            "ad": ["Ali", "Ali", "Can"],
            "soyad": ["Kaya", "Kaya", "Er"],
            "tel": ["05321112233", "0532 111 22 33", "05334445566"],
        }
    )
    roles = {"ad": "first_name", "soyad": "last_name", "tel": "phone"}
    result = tekil.dedupe(df, settings={"roles": roles})
    assert result.clusters["customer_id"].tolist() == ["c1", "c2", "c3"]
    assert result.clusters["cluster_id"].tolist() == [0, 0, 1]
    # A column given a role is matched on, not taken for the ids; nor one with repeated values.
    with_role = tekil.dedupe(df, settings={"roles": {**roles, "customer_id": "free_id"}})
    assert with_role.settings.id_column is None and with_role.id_column == "record_id"
    repeated = df.assign(customer_id=["c1", "c1", "c3"])
    assert tekil.dedupe(repeated, settings={"roles": roles}).settings.id_column is None
