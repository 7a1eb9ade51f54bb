"""Time the synthetic generator: persons, records, seconds, peak memory.

    python benchmarks/generate.py                      # 1,000,000 persons
    python benchmarks/generate.py --persons 100000 1000000

Each size runs in a fresh child process, so that the peak RSS of one run does
not hide the next one's.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time


def _measure(persons: int, seed: int) -> dict[str, float]:
    from tekil.datasets import generate

    start = time.perf_counter()
    data = generate(persons, seed=seed)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":  # bytes on macOS
        peak_kb //= 1024
    return {
        "persons": persons,
        "records": len(data.records),
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(_measure(args.persons[0], args.seed)))
        return 0

    print(f"python {platform.python_version()} on {platform.machine()}, {_cpus()} CPUs")
    print(f"{'persons':>10} {'records':>10} {'rec/person':>10} {'seconds':>9} {'peak MB':>9}")
    for persons in args.persons:
        command = [sys.executable, __file__, "--child", "--persons", str(persons)]
        out = subprocess.run(
            [*command, "--seed", str(args.seed)],
            check=True,
            capture_output=True,
            text=True,
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{row['persons']:>10,} {row['records']:>10,} {row['records'] / row['persons']:>10.2f} "
            f"{row['seconds']:>9.1f} {row['peak_mb']:>9,.0f}"
        )
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    raise SystemExit(main())
