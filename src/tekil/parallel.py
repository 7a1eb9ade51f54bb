"""Normalising columns on two cores: the distinct values split between this process and a worker.

The normalisers work once per distinct value and each value on its own, so the
distinct values of all columns can be cut into pieces, normalised anywhere and
put back together: the result is the same as one process's. Below
:data:`MIN_DISTINCT` distinct values (or on one core) everything stays in this
process, as starting a worker costs about a second.

The worker is a fresh interpreter (``python -m tekil.parallel``) fed pickled
pieces on its stdin: a new process, as with multiprocessing's *spawn* (never a
fork of a process that may hold native thread pools), but one that does not
import the caller's ``__main__``, so scripts without an ``if __name__ ==
"__main__"`` guard are safe. If the worker fails, its pieces are done here.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
from typing import Any

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

#: Fewest distinct values (all columns together) for which a worker is started.
MIN_DISTINCT = 200_000
#: Distinct values per piece of work.
PIECE = 100_000
#: Rough cost of a distinct value per normaliser, relative to a name (for balancing).
COST = {"phone": 6.0, "address": 2.0, "email": 2.0, "handle": 2.0, "date": 1.5}

#: One job: (key, normaliser name in ``tekil.normalize``, values, keyword arguments).
Job = tuple[str, str, pd.Series, dict[str, Any]]


def normalise_columns(jobs: list[Job], workers: int | None = None) -> dict[str, pd.DataFrame]:
    """``{key: normalize.<kind>(values, **kwargs)}`` for every job, on up to two processes."""
    from tekil import normalize

    workers = workers if workers is not None else min(os.cpu_count() or 1, 2)
    distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for key, _, values, _ in jobs:
        try:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
        except TypeError:  # unhashable cells: that column stays in this process
            continue
        # The missing value last: code -1 takes its row.
        distinct[key] = (codes, np.append(np.asarray(uniques, dtype=object), None))
    total = sum(len(u) for _, u in distinct.values())
    if workers < 2 or total < MIN_DISTINCT:
        return {key: getattr(normalize, kind)(values, **kw) for key, kind, values, kw in jobs}

    pieces = []  # (key, piece number, kind, values, kwargs)
    for key, kind, _, kw in jobs:
        if key in distinct:
            uniques = distinct[key][1]
            for p, start in enumerate(range(0, len(uniques), PIECE)):
                pieces.append((key, p, kind, uniques[start : start + PIECE], kw))
    # Largest first, each to the less loaded side; the worker starts a second late.
    load = {"here": 0.0, "worker": 2.0 * PIECE}
    mine, theirs = [], []
    for piece in sorted(pieces, key=lambda x: -len(x[3]) * COST.get(x[2], 1.0)):
        side = min(load, key=load.get)
        load[side] += len(piece[3]) * COST.get(piece[2], 1.0)
        (mine if side == "here" else theirs).append(piece)

    done: dict[tuple[str, int], pd.DataFrame] = {}
    proc = _start_worker([(k, p, kind, v, kw) for k, p, kind, v, kw in theirs])
    for key, p, kind, values, kw in mine:
        done[key, p] = _normalise_piece(kind, values, kw)
    done.update(_finish_worker(proc, theirs))

    out = {}
    for key, kind, values, kw in jobs:
        if key not in distinct:
            out[key] = getattr(normalize, kind)(values, **kw)
            continue
        codes, uniques = distinct[key]
        parts = [done[key, p] for p in range(-(-len(uniques) // PIECE))]
        table = _retyped(parts)
        frame = table.take(np.where(codes < 0, len(uniques) - 1, codes))
        frame.index = values.index
        out[key] = frame
    return out


def _normalise_piece(kind: str, values: np.ndarray, kwargs: dict[str, Any]) -> pd.DataFrame:
    from tekil import normalize

    return getattr(normalize, kind)(pd.Series(values, dtype=object), **kwargs).reset_index(
        drop=True
    )


def _retyped(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The pieces as one table, each column typed as one process would have typed it."""
    from tekil.normalize._common import _is_int_or_na, _is_text

    table = pd.concat(parts, ignore_index=True)
    for col in table.columns:
        if len({str(p[col].dtype) for p in parts}) == 1:
            continue
        column = pd.concat([p[col].astype(object) for p in parts], ignore_index=True)
        if col in ("value", "reason") or column.map(_is_text).all():
            table[col] = column.astype("string")
        elif column.map(_is_int_or_na).all():
            table[col] = column.astype("Int64")
        else:
            table[col] = column
    return table


def _start_worker(pieces: list) -> subprocess.Popen | None:
    if not pieces:
        return None
    import tekil

    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(tekil.__file__)))
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tekil.parallel"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        pickle.dump(pieces, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.close()
    except OSError as exc:
        log.warning("normalising in one process: the worker did not start (%s)", exc)
        return None
    return proc


def _finish_worker(proc: subprocess.Popen | None, pieces: list) -> dict:
    if pieces and proc is not None:
        try:
            result = pickle.load(proc.stdout)
            if proc.wait() == 0:
                return result
        except (EOFError, pickle.UnpicklingError, OSError):
            pass
        proc.kill()
        log.warning("normalising in one process: the worker failed")
    return {(key, p): _normalise_piece(kind, v, kw) for key, p, kind, v, kw in pieces}


def _worker() -> None:
    pieces = pickle.load(sys.stdin.buffer)
    out = {(key, p): _normalise_piece(kind, v, kw) for key, p, kind, v, kw in pieces}
    pickle.dump(out, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _worker()
