"""Throughput of each normaliser, in values per second, on realistic Turkish values.

    python benchmarks/normalize.py [--rows 1000000] [--distinct-share 0.3]

Normalisers work once per distinct value, so throughput depends on how many
distinct values a column holds; the table shows both the per-row rate (what a
user sees) and the per-distinct-value rate (the cost of the parsing itself).
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np
import pandas as pd

from check_digits import luhn_digit
from tekil import normalize

FIRST = [
    "Mehmet",
    "MUSTAFA",
    "ayşe",
    "Fatma",
    "EMİNE",
    "Ahmet",
    "Ali Rıza",
    "ışıl",
    "Çağla",
    "Sayın Özlem",
    "Dr. Hüseyin",
    "Zeynep Hanım",
]
LAST = ["Yılmaz", "KAYA", "demir", "Şahin", "ÇELİK", "Yıldız", "Öztürk", "Aydın", "Doğan"]
STREETS = ["Atatürk", "Cumhuriyet", "İnönü", "Fatih", "Gazi", "Mimar Sinan", "Bağdat"]


def values(kind: str, n: int, distinct: int, rng: np.random.Generator) -> pd.Series:
    k = rng.integers(0, 10**9, distinct)
    if kind == "name":
        pool = [
            f"{FIRST[x % len(FIRST)]} {LAST[(x // 7) % len(LAST)]}{'' if x % 5 else 'x'}"
            f"{x % 97 if x % 11 == 0 else ''}"
            for x in k
        ]
    elif kind == "phone":
        pool = [
            ("0" if x % 3 else "+90 ") + f"5{x % 100:02d} {x % 1000:03d} {x % 97:02d} {x % 89:02d}"
            for x in k
        ]
    elif kind == "email":
        pool = [
            f"{FIRST[x % len(FIRST)].split()[-1]}.{x % 100000}@{['gmail.com', 'Hotmail.com', 'yandex.com.tr'][x % 3]}"
            for x in k
        ]
    elif kind == "handle":
        pool = [
            [
                "@user{}",
                "twitter.com/user{}",
                "https://x.com/user{}?lang=tr",
                "instagram.com/user.{}",
            ][x % 4].format(x % 1000000)
            for x in k
        ]
    elif kind == "card":
        pool = [(b := f"4{x:014d}"[:15]) + luhn_digit(b) for x in k]
    elif kind == "tckn":
        pool = [f"{1 + x % 9}{x % 10**10:010d}" for x in k]
    elif kind == "date":
        pool = [
            ["{:04d}-{:02d}-{:02d}", "{2:02d}.{1:02d}.{0:04d}", "{0:04d}{1:02d}{2:02d}"][
                x % 3
            ].format(1940 + x % 70, 1 + x % 12, 1 + x % 28)
            for x in k
        ]
    elif kind == "address":
        pool = [
            f"{STREETS[x % len(STREETS)]} Mah. {STREETS[(x // 3) % len(STREETS)]} "
            f"{['Cad.', 'Caddesi', 'Sok.', 'Sk.'][x % 4]} No:{x % 200} D:{x % 20}"
            for x in k
        ]
    elif kind == "city":
        pool = [
            ["İSTANBUL", "Istanbul", "ist", "Ankara", "İzmir", "Antep", "34", "Bursa"][x % 8]
            for x in k
        ]
    else:
        raise ValueError(kind)
    return pd.Series(np.asarray(pool, dtype=object)[rng.integers(0, distinct, n)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct-share", type=float, default=0.3)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    distinct = max(1, int(args.rows * args.distinct_share))
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"python {platform.python_version()}, pandas {pd.__version__}"
    )
    print(f"{args.rows:,} rows per kind, about {distinct:,} distinct values\n")
    print(
        f"{'normaliser':<10} {'rows':>10} {'distinct':>9} {'seconds':>8} {'rows/s':>11} "
        f"{'distinct/s':>11}"
    )
    fns = {"card": lambda s: normalize.card(s, key="benchmark-key")}
    for kind in ("name", "phone", "email", "handle", "card", "tckn", "date", "address", "city"):
        series = values(kind, args.rows, distinct, rng)
        n_distinct = series.nunique()
        fn = fns.get(kind, getattr(normalize, kind))
        start = time.perf_counter()
        fn(series)
        sec = time.perf_counter() - start
        print(
            f"{kind:<10} {args.rows:>10,} {n_distinct:>9,} {sec:>8.2f} {args.rows / sec:>11,.0f} "
            f"{n_distinct / sec:>11,.0f}"
        )


if __name__ == "__main__":
    main()
