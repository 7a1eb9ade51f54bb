"""The ``tekil`` command line.

    tekil demo
    tekil roles INPUT [--save settings.toml]
    tekil dedupe INPUT --out OUT [--id-column COL] [--config FILE] [--threshold P]
    tekil link LEFT RIGHT --out OUT [--id-column COL] [--config FILE] [--threshold P]
    tekil customers INPUT --out DIR [--id-column COL] [--config FILE] [--threshold P]
    tekil evaluate PREDICTED TRUTH --id-column COL --truth-column COL

Inputs and outputs are CSV or Parquet (by suffix); a CSV input is read in ``--encoding``,
else in the one :func:`text_encoding` finds. Errors are one line on stderr with exit code 2,
and an output file is either written whole or not at all.
"""

from __future__ import annotations

import argparse
import codecs
import json
import logging
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from tekil._version import __version__
from tekil.errors import InputError, TekilError

if TYPE_CHECKING:
    from tekil.store import IdentityStore

EXIT_USAGE = 2
log = logging.getLogger("tekil.cli")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="tekil: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.func(args)
    except TekilError as exc:
        print(f"tekil: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tekil: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tekil",
        description="Entity resolution for customer data: one identity per real person.",
    )
    p.add_argument("--version", action="version", version=f"tekil {__version__}")
    p.set_defaults(func=lambda a: (p.print_help(), 0)[1], quiet=False)
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, help: str, func, reads: bool = True) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help, description=help)
        c.add_argument("--quiet", "-q", action="store_true", help="no progress or info output")
        if reads:
            c.add_argument(
                "--encoding",
                help="text encoding of CSV inputs (default: UTF-8, else guessed: UTF-16 with "
                "its mark, Windows-1254 or Windows-1252)",
            )
        c.set_defaults(func=func, encoding=None)
        return c

    demo = command(
        "demo", "run the whole pipeline on the bundled sample and print a summary", _demo, False
    )
    demo.add_argument("--threshold", type=float, default=None)

    roles = command("roles", "show the role tekil guesses for each column", _roles)
    roles.add_argument("input")
    roles.add_argument("--id-column")
    roles.add_argument("--save", metavar="FILE", help="write the guess as TOML or JSON settings")

    for name, n_inputs, what in (("dedupe", 1, "one file"), ("link", 2, "two files")):
        c = command(name, f"find the records of {what} that are the same person", _resolve)
        c.add_argument(
            "input",
            nargs=n_inputs,
            metavar="INPUT" if n_inputs == 1 else "LEFT_RIGHT",
            help="CSV or Parquet file" + ("" if n_inputs == 1 else "s: LEFT then RIGHT"),
        )
        c.add_argument("--out", required=True, help="output CSV or Parquet file")
        c.add_argument("--id-column", help="column with unique record ids")
        c.add_argument("--config", help="settings file (TOML or JSON)")
        c.add_argument("--threshold", type=float, help="match probability threshold (0-1)")

    cu = command(
        "customers",
        "resolve one file into customers: golden records, every record's customer, conflicts",
        _customers,
    )
    cu.add_argument("input", help="CSV or Parquet file")
    cu.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="directory for customers.csv, records.csv and conflicts.csv (created if missing)",
    )
    cu.add_argument("--id-column", help="column with unique record ids")
    cu.add_argument("--config", help="settings file (TOML or JSON)")
    cu.add_argument("--threshold", type=float, help="match probability threshold (0-1)")

    ing = command(
        "ingest",
        "resolve a batch into the identity store (the first one trains it; later ones keep ids)",
        _ingest,
    )
    ing.add_argument("input", help="CSV or Parquet file: the batch (old records plus new ones)")
    ing.add_argument(
        "--store", required=True, metavar="URL", help="sqlite:///ids.db or postgresql://…"
    )
    ing.add_argument("--id-column", help="column with unique record ids (needed by the store)")
    ing.add_argument("--config", help="settings file (default: the store's, or guessed)")
    ing.add_argument("--threshold", type=float, help="match probability threshold (0-1)")

    res = command(
        "resolve",
        "find or create the customer of each new record, and keep it in the store",
        _store_resolve,
    )
    res.add_argument("input", help="CSV or Parquet file of new records")
    res.add_argument("--store", required=True, metavar="URL")
    res.add_argument(
        "--out", required=True, help="output CSV or Parquet file, every input row once"
    )
    res.add_argument("--id-column", help="column with unique record ids (default: the store's)")
    res.add_argument("--threshold", type=float, help="match probability threshold (0-1)")

    fo = command(
        "forget", "erase a customer (or records) from the identity store", _forget, reads=False
    )
    fo.add_argument("--store", required=True, metavar="URL")
    who = fo.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="ID", help="customer id to erase")
    who.add_argument("--record", metavar="ID", action="append", help="record id (repeatable)")

    ev = command(
        "evaluate", "pairwise and B-cubed metrics of predicted clusters against truth", _evaluate
    )
    ev.add_argument("predicted")
    ev.add_argument("truth")
    ev.add_argument("--id-column", required=True)
    ev.add_argument("--truth-column", required=True, help="true entity id column in TRUTH")
    ev.add_argument(
        "--cluster-column",
        default="cluster_id",
        help="predicted cluster column in PREDICTED (default cluster_id)",
    )
    return p


# ---- commands -------------------------------------------------------------------------------------
def _demo(args: argparse.Namespace) -> int:
    from tekil import api
    from tekil.datasets import load_sample
    from tekil.evaluate import evaluate

    sample = load_sample()
    # The sample's card numbers are synthetic; a fixed demo key keeps the run reproducible.
    settings = {"card_key": "tekil-demo-key"}
    result = api.dedupe(
        sample.records,
        settings=settings,
        threshold=args.threshold,
        id_column="record_id",
        progress=not args.quiet,
    )
    print(f"tekil {__version__} demo: {sample.name}")
    print(result.settings.describe())
    print(result.summary())
    predicted = result.clusters.set_index("record_id")["cluster_id"]
    metrics = evaluate(predicted, sample.truth)
    print("accuracy against the sample's ground truth:")
    for key in ("pair_precision", "pair_recall", "pair_f1", "bcubed_precision", "bcubed_recall"):
        print(f"  {key:<17} {metrics[key]:.4f}")
    sizes = result.clusters["cluster_id"].value_counts()
    biggest = sizes.index[sizes == sizes.max()].min()  # (ties ordered alike in every pandas)
    print(f"example cluster {biggest}:")
    members = result.clusters.loc[result.clusters["cluster_id"] == biggest, "record_id"]
    shown = sample.records.set_index("record_id").loc[members]
    cols = [
        c
        for c in (
            "source",
            "first_name",
            "last_name",
            "full_name",
            "phone",
            "email",
            "handle",
            "city",
        )
        if c in shown.columns
    ]
    from tekil.privacy import mask

    shown = shown[cols].copy()
    for col, role in (("phone", "phone"), ("email", "email"), ("handle", "handle")):
        if col in shown.columns:  # personal identifiers are shown masked, even synthetic ones
            shown[col] = shown[col].map(lambda v, r=role: mask(v, r) if pd.notna(v) else "")
    print(shown.fillna("").to_string())
    return 0


def _roles(args: argparse.Namespace) -> int:
    from tekil.birth_dates import assemble_birth_dates
    from tekil.derived import derive_columns
    from tekil.settings import guess_settings

    if args.save:
        check_output(args.save)
    df = assemble_birth_dates(read_table(args.input, args.encoding))  # as dedupe reads it
    settings = guess_settings(df, id_column=args.id_column)
    _, settings.roles = derive_columns(df, settings.roles)
    print(settings.describe())
    if args.save:
        settings.save(args.save)
        print(f"saved to {args.save}")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    """``dedupe`` (one input) or ``link`` (two inputs): write the clusters, every row once."""
    from tekil import api

    check_output(args.out)
    frames = [read_table(path, args.encoding) for path in args.input]
    run = api.dedupe if len(frames) == 1 else api.link
    result = run(
        *frames,
        settings=args.config,
        threshold=args.threshold,
        id_column=args.id_column,
        progress=not args.quiet,
    )
    _report(result, args)
    write_table(result.clusters, args.out)
    return 0


def _customers(args: argparse.Namespace) -> int:
    """Golden records, each record's customer and the conflicts, as three CSV files."""
    from tekil.customers import customers

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {args.out!r} is a file; give a directory")
    if not out.parent.exists():
        raise InputError(f"the parent of --out {args.out!r} does not exist")
    df = read_table(args.input, args.encoding)
    view = customers(
        df,
        settings=args.config,
        threshold=args.threshold,
        id_column=args.id_column,
        progress=not args.quiet,
    )
    _report(view.result, args)
    out.mkdir(exist_ok=True)
    for name, frame in (
        ("customers", view.golden),
        ("records", view.records),
        ("conflicts", view.conflicts),
    ):
        write_table(frame, str(out / f"{name}.csv"))
    if not args.quiet:
        print(view.summary(), file=sys.stderr)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from tekil.customers import customers
    from tekil.store import IdentityStore

    df = read_table(args.input, args.encoding)
    with IdentityStore(args.store) as store:
        settings = args.config or store.settings
        _card_key_first(df, settings, args.id_column, store)
        view = customers(
            df,
            settings=settings,
            threshold=args.threshold,
            id_column=args.id_column,
            progress=not args.quiet,
        )
        _report(view.result, args)
        counts = store.ingest(view)
    print(json.dumps(counts))
    return 0


def _card_key_first(
    df: pd.DataFrame, settings: Any, id_column: str | None, store: IdentityStore
) -> None:
    """A store refuses card numbers without a stable key: said before the batch runs for
    minutes, not after (the columns' roles guessed as the batch will guess them)."""
    if store.card_key:
        return
    from tekil.api import _prepare_frame, _resolve_settings
    from tekil.errors import MissingKeyError

    said = logging.getLogger("tekil")
    level = said.level
    said.setLevel(logging.WARNING)  # (the batch says the roles it guessed)
    try:
        _, st = _resolve_settings(_prepare_frame(df, "the input"), settings, id_column)
    finally:
        said.setLevel(level)
    if not st.card_key and "card" in st.roles.values():
        raise MissingKeyError(
            "the input has card numbers, and a store needs a stable card key for them: set "
            "TEKIL_CARD_KEY (or card_key in the settings); nothing was ingested"
        )


def _store_resolve(args: argparse.Namespace) -> int:
    from tekil.store import IdentityStore

    check_output(args.out)  # before the store is written to
    df = read_table(args.input, args.encoding)
    with IdentityStore(args.store) as store:
        # Every input row comes out: one without any usable value gets no customer id.
        out = store.resolve(
            df, id_column=args.id_column, threshold=args.threshold, unusable="reject"
        )
    write_table(out[[out.columns[0], "customer_id", "match_probability", "new_customer"]], args.out)
    if not args.quiet:
        print(
            f"{len(out):,} records: {int(out['new_customer'].sum()):,} new customers, "
            f"{int((~out['new_customer']).sum()):,} matched",
            file=sys.stderr,
        )
    return 0


def _forget(args: argparse.Namespace) -> int:
    from tekil.store import IdentityStore

    with IdentityStore(args.store) as store:
        n = store.forget(args.customer, record_ids=args.record)
    print(json.dumps({"erased_records": n}))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from tekil.evaluate import evaluate

    pred = read_table(args.predicted, args.encoding)
    truth = read_table(args.truth, args.encoding)
    for df, name, cols in (
        (pred, args.predicted, [args.id_column, args.cluster_column]),
        (truth, args.truth, [args.id_column, args.truth_column]),
    ):
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise InputError(f"{name} has no column(s) {missing}; columns are {list(df.columns)}")
    metrics = evaluate(
        pred.set_index(args.id_column)[args.cluster_column],
        truth.set_index(args.id_column)[args.truth_column],
    )
    print(json.dumps(metrics, indent=2))
    return 0


def _report(result, args: argparse.Namespace) -> None:
    if not args.quiet:
        print(result.settings.describe(), file=sys.stderr)
        print(result.summary(), file=sys.stderr)


# ---- files ----------------------------------------------------------------------------------------
def read_table(path: str, encoding: str | None = None) -> pd.DataFrame:
    """Read CSV or Parquet as text columns; one-line errors for unreadable or empty files.

    A CSV file is read in ``encoding``, or else in the one :func:`text_encoding` finds.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"input file {path!r} does not exist")
    if p.is_dir():
        raise InputError(f"input {path!r} is a directory, not a file")
    if p.suffix.lower() in (".xlsx", ".xls", ".xlsm", ".ods", ".json", ".jsonl", ".xml"):
        raise InputError(
            f"cannot read {path!r}: tekil reads text tables (CSV, TSV, separated by , ; tab or |) "
            f"and Parquet; save it as one of those"
        )
    parquet = p.suffix.lower() in (".parquet", ".pq")
    if not parquet:
        encoding = _checked_encoding(encoding) if encoding else text_encoding(p)
    try:
        if parquet:
            df = pd.read_parquet(p)
        else:
            with warnings.catch_warnings():
                # pandas only warns of a row with more fields than the header, and drops them.
                warnings.simplefilter("error", pd.errors.ParserWarning)
                df = pd.read_csv(
                    p,
                    dtype=str,
                    keep_default_na=True,
                    encoding=encoding,
                    sep=_separator(p, encoding),
                    index_col=False,  # a row with more fields than the header is an error
                )
    except pd.errors.EmptyDataError:
        raise InputError(f"input file {path!r} is empty") from None
    except pd.errors.ParserWarning:
        raise InputError(
            f"cannot read {path!r}: a row has more fields than the header (a separator in an "
            f"unquoted value?)"
        ) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot read {path!r} as {encoding}: {exc.reason} at byte {exc.start}; give its "
            f"encoding with --encoding"
        ) from None
    except (pd.errors.ParserError, OSError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read {path!r}: {first}") from None
    if len(df) == 0:
        raise InputError(f"input file {path!r} has a header but no rows")
    return df


#: Bytes that are Turkish letters in Windows-1254 (``Ğ İ Ş ğ ı ş``) and Icelandic ones in
#: Windows-1252 (``Ð Ý Þ ð ý þ``): the only letters in which the two code pages differ.
_TURKISH_BYTES = tuple(bytes([b]) for b in (0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE))
#: Bytes that Windows-1252 and -1254 leave undefined: a file holding them is read as Latin-1.
_UNDEFINED_BYTES = tuple(bytes([b]) for b in (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E))


def text_encoding(path: Path) -> str:
    """The encoding of a text table: UTF-16 after its byte-order mark; UTF-8 (with or without
    its mark) if every byte of the file reads as UTF-8; else the Windows code page that
    spreadsheet programs write, Turkish (Windows-1254) where a byte is one of its letters
    ``ğ ı ş İ Ş Ğ`` and Western European (Windows-1252) otherwise, Latin-1 where a byte is
    neither's. A file that is UTF-8 up to a byte that is not is refused (two files joined?).

    A guess other than UTF-8 is logged: a file in another code page (Polish, Czech, Greek)
    needs ``--encoding``.
    """
    with open(path, "rb") as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        f.seek(0)
        decoder, offset, wide = codecs.getincrementaldecoder("utf-8")(), 0, False
        turkish = undefined = False
        for chunk in iter(lambda: f.read(1 << 20), b""):
            if decoder is not None:
                try:
                    wide = wide or not decoder.decode(chunk).isascii()
                except UnicodeDecodeError as exc:
                    if wide or not chunk[: exc.start].decode("utf-8", "ignore").isascii():
                        raise InputError(
                            f"cannot read {str(path)!r}: it is UTF-8 up to byte "
                            f"{offset + exc.start}, which is not; mend the file or give its "
                            f"encoding with --encoding"
                        ) from None
                    decoder = None
            if decoder is None:
                turkish = turkish or any(b in chunk for b in _TURKISH_BYTES)
                undefined = undefined or any(b in chunk for b in _UNDEFINED_BYTES)
            offset += len(chunk)
    if decoder is not None:
        return "utf-8-sig"
    guess = "latin-1" if undefined else "cp1254" if turkish else "cp1252"
    log.info("%s is not UTF-8: read as %s (--encoding chooses another)", path.name, guess)
    return guess


def _checked_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InputError(
            f"--encoding: unknown encoding {name!r} (utf-8, cp1254, latin-1, …)"
        ) from None


def _separator(path: Path, encoding: str) -> str:
    """The field separator of a text table: the one of ``,`` ``;`` tab ``|`` that the header
    line holds most often (Excel writes ``;`` where the decimal mark is a comma)."""
    with open(path, encoding=encoding, errors="replace") as f:
        header = f.readline()
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def check_output(path: str) -> Path:
    """The output path, refused before any work (or any write to a store) if it cannot be one."""
    p = Path(path)
    if not p.parent.exists():
        raise InputError(f"output directory {str(p.parent)!r} does not exist")
    if p.is_dir():
        raise InputError(f"output {path!r} is a directory; give a file name")
    return p


def write_table(df: pd.DataFrame, path: str) -> None:
    """Write CSV or Parquet atomically: to a temporary file, then renamed into place."""
    p = check_output(path)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".part")
    os.close(fd)
    umask = os.umask(0)  # mkstemp makes the file 0600: give it what the user's umask gives
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


if __name__ == "__main__":
    raise SystemExit(main())
