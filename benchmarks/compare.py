"""tekil and its peers side by side on the same data, each in its own process.

    python benchmarks/compare.py --dataset febrl3|febrl4|synthetic:N
                                 [--tools tekil,splink,recordlinkage] [--seed 0]
                                 [--timeout 600] [--strings object|arrow]
                                 [--json results.json]

The parent loads or generates the data (not timed), writes it to Parquet in a temporary
folder and starts, for each tool, a fresh Python process running this file with the hidden
``--worker TOOL`` flag. The worker reads the data, starts the clock, runs the tool from
the in-memory frames to a cluster id per record, stops the clock, reads its peak RSS
(``getrusage``), counts the candidate pairs (after the clock, as that may repeat work) and
writes the cluster ids back. The parent scores every tool with :func:`tekil.evaluate`.
``--strings arrow`` has every worker read the text columns as pandas 3 does by default
(Arrow-backed ``str``, about a quarter of the memory of Python ``object`` strings at 1 M
persons), ``object`` (the default) as pandas 2 does.

FEBRL4 is a linkage: every tool links the two files (Splink ``link_only``, recordlinkage
indexing across the two frames, ``tekil.link``), record ids prefixed ``A:`` and ``B:``,
and the clusters are scored on the union of both files.

How each tool is configured is in ``benchmarks/peers/`` (one module per tool): tekil runs
zero-config; Splink and recordlinkage follow their own tutorials, the synthetic data being
cleaned for them as a tutorial would (:func:`peers.common.tutorial_frame`). A tool that
fails or runs past ``--timeout`` gets its error in its row, and the others still run.

Prints the machine, the library versions and one table: tool, records, candidate pairs,
wall seconds, peak RSS, pair precision, recall and F1.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

import tekil
from peers import RUNNERS
from peers.common import ID, Job
from tekil.evaluate import cluster_size_stats

VERSIONED = ("tekil", "splink", "duckdb", "recordlinkage", "pandas", "numpy")
DEFAULT_TIMEOUT = 600.0


@dataclasses.dataclass(frozen=True)
class Prepared:
    """The data written for the workers and the truth to score them against."""

    dataset: str
    family: str
    files: list[str]
    truth: pd.Series


@dataclasses.dataclass
class Row:
    """One tool's line of the table."""

    tool: str
    records: int
    candidate_pairs: int | None = None
    wall_s: float | None = None
    rss_mb: float | None = None
    process_s: float | None = None
    scores: dict[str, float] = dataclasses.field(default_factory=dict)
    note: str = ""
    error: str | None = None
    clusters: int | None = None
    largest_cluster: int | None = None


# ---- the parent -------------------------------------------------------------------------------
def prepare(dataset: str, seed: int, folder: Path) -> Prepared:
    """Load or generate ``dataset`` and write it as Parquet under ``folder``."""
    if dataset == "febrl3":
        data = tekil.datasets.load_febrl3()
        frames, truth, family = [data.records], data.truth, "febrl"
    elif dataset == "febrl4":
        data = tekil.datasets.load_febrl4()
        left, right = data.left.copy(), data.right.copy()
        truth_left, truth_right = data.truth.iloc[: len(left)], data.truth.iloc[len(left) :]
        if not (
            truth_left.index.equals(pd.Index(left[ID]))
            and truth_right.index.equals(pd.Index(right[ID]))
        ):
            raise SystemExit("febrl4: truth is not in the order of left then right")
        left[ID] = "A:" + left[ID].astype(str)
        right[ID] = "B:" + right[ID].astype(str)
        truth = pd.Series(
            data.truth.to_numpy(),
            index=pd.Index(pd.concat([left[ID], right[ID]], ignore_index=True), name=ID),
            name=data.truth.name,
        )
        frames, family = [left, right], "febrl"
    elif dataset.startswith("synthetic:"):
        try:
            n_persons = int(dataset.split(":", 1)[1].replace("_", ""))
        except ValueError:
            raise SystemExit(f"--dataset {dataset!r}: expected synthetic:N, N persons") from None
        data = tekil.datasets.generate(n_persons, seed=seed)
        frames, truth, family = [data.records], data.truth, "synthetic"
    else:
        raise SystemExit(f"--dataset {dataset!r}: expected febrl3, febrl4 or synthetic:N")
    files = []
    for k, frame in enumerate(frames):
        path = folder / f"input{k}.parquet"
        frame.to_parquet(path, index=False)
        files.append(str(path))
    return Prepared(dataset, family, files, truth)


def run_tool(
    tool: str, prepared: Prepared, seed: int, folder: Path, timeout: float, strings: str
) -> Row:
    """Run ``tool`` in a fresh process on the prepared data and score its clusters."""
    row = Row(tool=tool, records=len(prepared.truth))
    job = folder / f"{tool}.job.json"
    job.write_text(
        json.dumps(
            {
                "dataset": prepared.dataset,
                "family": prepared.family,
                "files": prepared.files,
                "seed": seed,
                "strings": strings,
                "clusters": str(folder / f"{tool}.clusters.parquet"),
                "metrics": str(folder / f"{tool}.metrics.json"),
            }
        )
    )
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--job", str(job)]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        row.error = f"timed out after {timeout:.0f} s (skipped)"
        return row
    finally:
        row.process_s = time.perf_counter() - start
    metrics_file = folder / f"{tool}.metrics.json"
    metrics = json.loads(metrics_file.read_text()) if metrics_file.exists() else {}
    if done.returncode != 0 or "error" in metrics:
        print(f"--- {tool} failed; the end of its stderr:", file=sys.stderr)
        print(done.stderr[-3000:], file=sys.stderr)
        row.error = metrics.get("error") or f"exit code {done.returncode}"
        row.error = " ".join(row.error.split())[:160]
        return row
    row.candidate_pairs = metrics["candidate_pairs"]
    row.wall_s = metrics["wall_s"]
    row.rss_mb = metrics["rss_mb"]
    row.note = metrics["note"]
    clusters = pd.read_parquet(folder / f"{tool}.clusters.parquet")
    predicted = pd.Series(clusters["cluster_id"].to_numpy(), index=pd.Index(clusters[ID]))
    try:
        row.scores = tekil.evaluate(predicted, prepared.truth)
    except tekil.TekilError as exc:
        row.error = f"cannot score the output: {exc}"
        return row
    stats = cluster_size_stats(predicted)
    row.clusters, row.largest_cluster = stats["n_clusters"], stats["max_size"]
    return row


def true_pairs(truth: pd.Series) -> int:
    """Number of record pairs that belong to the same entity."""
    sizes = truth.value_counts().to_numpy()
    return int((sizes * (sizes - 1) // 2).sum())


def machine() -> dict[str, str]:
    """Cores, memory, CPU, OS and Python of this machine."""
    try:
        import psutil

        memory = f"{psutil.virtual_memory().total / 2**30:.1f} GiB"
    except ImportError:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text().splitlines()
        names = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    return {
        "cores": str(os.cpu_count()),
        "memory": memory,
        "cpu": cpu,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def versions() -> dict[str, str]:
    """Installed versions of the libraries that take part (tekil with its git commit)."""
    out = {}
    for name in VERSIONED:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    commit = _git_commit(Path(tekil.__file__).resolve().parent)
    if commit:
        out["tekil"] += f" ({commit})"
    return out


def _git_commit(folder: Path) -> str | None:
    """Short commit of the checkout holding ``folder``, ``+dirty`` if it has changes there."""
    try:
        head = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(folder), "status", "--porcelain", "--", "."],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+dirty" if dirty else head


def table(rows: list[Row]) -> str:
    """The rows as an aligned text table (an error takes the place of the numbers)."""
    header = ["tool", "records", "candidate pairs", "wall s", "peak RSS MB",
              "pair P", "pair R", "pair F1"]  # fmt: skip
    lines = []
    for row in rows:
        cells = [row.tool, f"{row.records:,}"]
        if row.error is not None and not row.scores:
            cells += [f"error: {row.error}"]
        else:
            s = row.scores
            cells += [
                "n/a" if row.candidate_pairs is None else f"{row.candidate_pairs:,}",
                f"{row.wall_s:.1f}",
                f"{row.rss_mb:,.0f}",
                *(f"{s[k]:.4f}" for k in ("pair_precision", "pair_recall", "pair_f1")),
            ]
        lines.append(cells)
    full = len(header)
    widths = [
        max([len(header[k])] + [len(c[k]) for c in lines if k < len(c) - (len(c) < full)])
        for k in range(full)
    ]

    def fmt(cells: list[str]) -> str:
        # an error row has fewer cells: its message, the last one, runs to the end of the line
        aligned = [
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(cells[:-1], widths, strict=False))
        ]
        last = cells[-1] if len(cells) < len(header) else cells[-1].rjust(widths[-1])
        return "  ".join([*aligned, last])

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), rule, *(fmt(c) for c in lines)])


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, then run as the parent or as a worker."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", help="febrl3, febrl4 or synthetic:N (N persons)")
    parser.add_argument("--tools", default=",".join(RUNNERS), help="comma-separated")
    parser.add_argument("--seed", type=int, default=0, help="data generation and sampling seed")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per tool (default 600)"
    )
    parser.add_argument(
        "--strings",
        choices=("object", "arrow"),
        default="object",
        help="how workers read text columns: Python objects (pandas 2) or Arrow (pandas 3)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--job", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.job)
    if not args.dataset:
        parser.error("--dataset is required")
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = sorted(set(tools) - set(RUNNERS))
    if unknown:
        parser.error(f"unknown tool(s) {unknown}; known: {', '.join(RUNNERS)}")

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tekil-compare-") as tmp:
        folder = Path(tmp)
        prepared = prepare(args.dataset, args.seed, folder)
        print(
            f"{args.dataset}: {len(prepared.truth):,} records, "
            f"{prepared.truth.nunique():,} true entities "
            f"(loaded in {time.perf_counter() - started:.1f} s, not timed)",
            file=sys.stderr,
        )
        rows = []
        for tool in tools:
            print(f"running {tool} ...", file=sys.stderr, flush=True)
            rows.append(run_tool(tool, prepared, args.seed, folder, args.timeout, args.strings))
            print(f"  {tool}: {rows[-1].process_s:.1f} s", file=sys.stderr, flush=True)

    info, libs = machine(), versions()
    print(f"machine: {info['cores']} cores, {info['memory']} RAM, {info['cpu']}; {info['os']}")
    print(f"python {info['python']}; " + ", ".join(f"{k} {v}" for k, v in libs.items()))
    print(
        f"dataset: {args.dataset} ({'link' if len(prepared.files) == 2 else 'dedupe'}), "
        f"{len(prepared.truth):,} records, {prepared.truth.nunique():,} true entities, "
        f"{true_pairs(prepared.truth):,} true pairs; seed {args.seed}; {args.strings} strings"
    )
    print()
    print(table(rows))
    print()
    for row in rows:
        done = "" if row.clusters is None else (
            f"; {row.clusters:,} clusters, largest {row.largest_cluster:,}"
        )  # fmt: skip
        process = "" if row.process_s is None else f" [{row.process_s:.1f} s in all]"
        print(f"{row.tool}: {row.note or row.error or ''}{done}{process}")
    if args.json:
        payload = {
            "dataset": args.dataset,
            "seed": args.seed,
            "strings": args.strings,
            "machine": info,
            "versions": libs,
            "rows": [dataclasses.asdict(r) for r in rows],
        }
        args.json.write_text(json.dumps(payload, indent=2))
    return 0


# ---- the worker -------------------------------------------------------------------------------
def worker(tool: str, job_file: Path) -> int:
    """Run one tool on the job's data and write its cluster ids and measurements."""
    spec = json.loads(job_file.read_text())
    try:
        runner = importlib.import_module(RUNNERS[tool])  # imports the tool: not timed
    except ImportError as exc:
        Path(spec["metrics"]).write_text(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        raise
    with pd.option_context("future.infer_string", spec.get("strings") == "arrow"):
        frames = tuple(pd.read_parquet(path) for path in spec["files"])
    job = Job(spec["dataset"], spec["family"], frames, seed=spec["seed"])

    start = time.perf_counter()
    try:
        output = runner.run(job)
    except Exception as exc:  # reported in the tool's row; the traceback goes to stderr
        Path(spec["metrics"]).write_text(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        raise
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux

    pairs = output.candidate_pairs
    if pairs is None and output.count_pairs is not None:
        pairs = output.count_pairs()
    labels = output.labels
    pd.DataFrame(
        {ID: labels.index.astype(str), "cluster_id": labels.astype(str).to_numpy()}
    ).to_parquet(spec["clusters"], index=False)
    Path(spec["metrics"]).write_text(
        json.dumps(
            {
                "wall_s": wall,
                "rss_mb": peak_kb / 1024,
                "candidate_pairs": None if pairs is None else int(pairs),
                "note": output.note,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
