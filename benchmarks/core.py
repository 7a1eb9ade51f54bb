"""Time the comparison core alone: string similarity of many name pairs.

    python benchmarks/core.py [--pairs 2000000] [--scorer jaro_winkler] [--repeat 3]

Generates Turkish-looking first and last names with typos (folded letters,
dropped, doubled, swapped and replaced characters), draws them with skewed,
name-like frequencies, pairs them (half with a variant of the same name, half at
random) and times:

(a) ``tekil.similarity.pair_similarity`` on factorised codes (what the comparison
    stage calls);
(b) ``tekil.similarity.<scorer>`` on the raw string arrays (factorises first);
(c) a plain Python loop over jellyfish, on a subsample, rate extrapolated;
(d) ``rapidfuzz.process.cpdist`` directly on the string arrays, ``workers=-1``.

Prints machine information, versions, a table (method, pairs, seconds,
comparisons per second) and the largest difference between the methods.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from importlib.metadata import version

import jellyfish
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Jaro, JaroWinkler, Levenshtein

from tekil import similarity


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer "
    "ramazan halil süleyman abdullah mahmut recep salih fatih kadir emre hakan adem "
    "kemal yaşar bekir musa metin serkan orhan burak ayşe fatma emine hatice zeynep elif "
    "meryem şerife zehra sultan hanife merve havva zeliha esra özlem yasemin hülya büşra "
    "leyla gülsüm songül çiğdem dilek şükran gökhan ilknur tuğba ırmak ışıl çağla çağrı "
    "doğan gülşen şenay nurgül ümit ünal öznur özge"
)
LAST = _words(
    "yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan "
    "kılıç aslan çetin kara koç kurt özkan şimşek polat özcan korkmaz çakır erdoğan "
    "yavuz can acar şen aktaş güler yalçın güneş bozkurt bulut keskin ünal turan gül "
    "özer işık kaplan avcı sarı tekin taş köse yüksel ateş aksoy ekinci çiftçi karataş "
    "uçar bayram güngör akgül tunç ışık erol durmaz kurtuluş"
)
SYLLABLES = _words(
    "ka ya de mir şa hin çe lik yıl dız öz tür ay dın ar slan do ğan kı lıç a ce tin ko "
    "ç kur kan şim şek po lat er gün taş ak bul ut ke skin tu ran gül se vim nur han bey "
    "can su na ze y ne p e lif"
)
FOLD = str.maketrans("ışğçöüİ", "isgcoui")


def vocabulary(rng: np.random.Generator, n_base: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct names and, for each, the index of the base name it is a variant of."""
    bases = list(dict.fromkeys(FIRST + LAST))
    while len(bases) < n_base:
        word = "".join(rng.choice(SYLLABLES, rng.integers(2, 4)))
        if len(word) >= 3 and word not in bases:
            bases.append(word)
    letters = list("abcçdefgğhıijklmnoöprsştuüvyz")
    names: dict[str, int] = {}
    for base_id, base in enumerate(bases):
        names.setdefault(base, base_id)
        for _ in range(rng.integers(1, 4)):
            chars = list(base)
            kind = rng.integers(5)
            i = rng.integers(len(chars))
            if kind == 0:
                chars = list(base.translate(FOLD))
            elif kind == 1 and len(chars) > 3:
                del chars[i]
            elif kind == 2:
                chars.insert(i, chars[i])
            elif kind == 3 and i + 1 < len(chars):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                chars[i] = rng.choice(letters)
            names.setdefault("".join(chars), base_id)
    values = np.array(list(names), dtype=object)
    return values, np.array(list(names.values()))


def make_pairs(
    rng: np.random.Generator, n_pairs: int, n_base: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Codes of name pairs and the vocabulary; half are variants of one base name."""
    uniques, base_of = vocabulary(rng, n_base)
    weights = 1.0 / np.arange(1, len(uniques) + 1) ** 1.1  # Zipf-like name frequencies
    weights = weights[rng.permutation(len(uniques))]
    weights /= weights.sum()
    codes_a = rng.choice(len(uniques), n_pairs, p=weights)
    codes_b = rng.choice(len(uniques), n_pairs, p=weights)
    # same-person half: b is a random name (variant) of the same base as a
    same = rng.random(n_pairs) < 0.5
    order = np.argsort(base_of, kind="stable")
    start = np.searchsorted(base_of[order], base_of)
    size = np.bincount(base_of)[base_of]
    pick = start[codes_a] + (rng.random(n_pairs) * size[codes_a]).astype(np.int64)
    codes_b[same] = order[pick[same]]
    return codes_a, codes_b, uniques


BATCH: dict[str, Callable] = {
    "jaro_winkler": JaroWinkler.similarity,
    "jaro": Jaro.similarity,
    "levenshtein": Levenshtein.distance,
    "damerau_levenshtein": DamerauLevenshtein.distance,
}
REFERENCE: dict[str, Callable[[str, str], float]] = {
    "jaro_winkler": jellyfish.jaro_winkler_similarity,
    "jaro": jellyfish.jaro_similarity,
    "levenshtein": jellyfish.levenshtein_distance,
    "damerau_levenshtein": jellyfish.damerau_levenshtein_distance,
}


def best_time(function: Callable[[], np.ndarray], repeat: int) -> tuple[float, np.ndarray]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def memory_gib() -> float:
    try:
        import psutil

        return psutil.virtual_memory().total / 2**30
    except ImportError:
        with open("/proc/meminfo") as meminfo:
            return int(meminfo.readline().split()[1]) / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2_000_000)
    parser.add_argument("--scorer", choices=similarity.SCORERS, default="jaro_winkler")
    parser.add_argument("--names", type=int, default=1500, help="base names before typos")
    parser.add_argument("--jellyfish-pairs", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}")
    print(f"cores: {os.cpu_count()} ({usable} usable), memory: {memory_gib():.1f} GiB")
    packages = ["tekil", "numpy", "pandas", "rapidfuzz", "jellyfish"]
    print(
        f"python {platform.python_version()}, "
        + ", ".join(f"{name} {version(name)}" for name in packages)
    )

    rng = np.random.default_rng(args.seed)
    codes_a, codes_b, uniques = make_pairs(rng, args.pairs, args.names)
    a, b = uniques[codes_a], uniques[codes_b]
    lo, hi = np.minimum(codes_a, codes_b), np.maximum(codes_a, codes_b)
    distinct = len(np.unique(lo * len(uniques) + hi))
    print(
        f"data: {args.pairs:,} pairs of {len(uniques):,} distinct names "
        f"(mean length {np.mean([len(s) for s in uniques]):.1f}), "
        f"{distinct:,} distinct unordered pairs ({distinct / args.pairs:.1%}); "
        f"scorer {args.scorer}"
    )

    scorer = args.scorer
    results = {}
    timings = {}
    timings["tekil pair_similarity (codes)"], results["a"] = best_time(
        lambda: similarity.pair_similarity(codes_a, codes_b, uniques, scorer), args.repeat
    )
    raw = getattr(similarity, scorer)
    timings[f"tekil {scorer} (strings)"], results["b"] = best_time(lambda: raw(a, b), args.repeat)
    n_sub = min(args.jellyfish_pairs, args.pairs)
    reference = REFERENCE[scorer]
    sub_a, sub_b = a[:n_sub].tolist(), b[:n_sub].tolist()
    seconds, results["c"] = best_time(
        lambda: np.array([reference(x, y) for x, y in zip(sub_a, sub_b, strict=True)]), 1
    )
    timings["jellyfish Python loop (extrapolated)"] = seconds * args.pairs / n_sub
    batch = BATCH[scorer]
    timings["rapidfuzz cpdist workers=-1 (strings)"], results["d"] = best_time(
        lambda: process.cpdist(a, b, scorer=batch, dtype=np.float64, workers=-1), args.repeat
    )

    print()
    width = max(map(len, timings))
    print(f"{'method':<{width}}  {'pairs':>11}  {'seconds':>8}  {'comparisons/s':>14}")
    for method, seconds in timings.items():
        print(
            f"{method:<{width}}  {args.pairs:>11,}  {seconds:>8.3f}  {args.pairs / seconds:>14,.0f}"
        )
    print(f"(jellyfish timed on {n_sub:,} pairs; best of {args.repeat} runs for the others)")

    full = np.max([np.abs(results[k] - results["a"]).max() for k in "bd"])
    sub = np.abs(results["c"] - results["a"][:n_sub]).max()
    print(
        f"agreement: max |difference| vs pair_similarity: strings/rapidfuzz {full:.3g}, "
        f"jellyfish {sub:.3g} -> {'all agree' if max(full, sub) <= 1e-12 else 'DIFFER'}"
    )
    if max(full, sub) > 1e-12:
        sys.exit(1)


if __name__ == "__main__":
    main()
