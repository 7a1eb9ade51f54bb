"""Both cores: distinct values normalised by this process and a worker; threads for numpy work.

The normalisers work once per distinct value and each value on its own, so the
distinct values of all columns can be cut into pieces, normalised anywhere and
put back together: the result is the same as one process's. Below
:data:`MIN_DISTINCT` distinct values (or on one core) everything stays in this
process, as starting a worker costs about a second.

The worker is a fresh interpreter (``python -m tekil._worker``) fed pickled
pieces on its stdin: a new process, as with multiprocessing's *spawn* (never a
fork of a process that may hold native thread pools), but one that does not
import the caller's ``__main__``, so scripts without an ``if __name__ ==
"__main__"`` guard are safe. If the worker fails, its pieces are done here.

Work that is mostly numpy and rapidfuzz (comparing and scoring pairs) releases
the GIL and runs on threads instead (:func:`map_threads`): no copy of the data to send.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache, partial
from typing import Any

import numpy as np
import pandas as pd

from tekil.normalised import Normalised

log = logging.getLogger(__name__)

#: Fewest distinct values (all columns together) for which a worker is started.
MIN_DISTINCT = 400_000
#: Distinct values per piece of work.
PIECE = 50_000
#: Rough cost of a distinct value per normaliser, relative to a date (measured), for balancing.
COST = {
    "phone": 3.0,
    "name": 1.8,
    "address": 1.5,
    "email": 1.1,
    "handle": 1.1,
    "city": 0.9,
    "tckn": 0.5,
    "postcode": 0.3,
}

#: One job: (key, normaliser name in ``tekil.normalize``, values, keyword arguments).
Job = tuple[str, str, pd.Series, dict[str, Any]]


def normalise_columns(
    jobs: list[Job], workers: int | None = None
) -> dict[str, Callable[[], Normalised]]:
    """``{key: f}`` where ``f()`` is ``normalize.<kind>(values, **kwargs)`` of the job, as
    a :class:`~tekil.normalised.Normalised` (the output once per distinct value).

    The work over the distinct values is done here, on up to two processes; each
    column's output is only made when asked for, one at a time.
    """
    workers = workers if workers is not None else min(os.cpu_count() or 1, 2)
    distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for key, _, values, _ in jobs:
        try:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
        except TypeError:  # unhashable cells: the normaliser reads them one by one
            continue
        # The missing value last: code -1 takes its row.
        uniques = np.append(np.asarray(uniques, dtype=object), None)
        distinct[key] = (np.where(codes < 0, len(uniques) - 1, codes).astype(np.int32), uniques)
    total = sum(len(u) for _, u in distinct.values())
    if workers < 2 or total < MIN_DISTINCT:
        return {
            key: partial(_normalise_here, kind, values, distinct.pop(key, None), kw)
            for key, kind, values, kw in jobs
        }

    pieces = []  # (key, piece number, kind, values, kwargs)
    for key, kind, _, kw in jobs:
        if key in distinct:
            uniques = distinct[key][1]
            for p, start in enumerate(range(0, len(uniques), PIECE)):
                pieces.append((key, p, kind, uniques[start : start + PIECE], kw))
    results = run_split(
        _normalise_piece,
        pieces,
        [len(x[3]) * COST.get(x[2], 1.0) for x in pieces],
        make_args=lambda x: (x[2], x[3], x[4]),
        head_start=100_000,  # cost units (about 0.7 s): the worker starts late
        workers=workers,
    )
    done = {(x[0], x[1]): r for x, r in zip(pieces, results, strict=True)}
    del results

    out: dict[str, Callable[[], Normalised]] = {}
    for key, kind, values, kw in jobs:
        if key not in distinct:
            out[key] = partial(_normalise_here, kind, values, None, kw)
            continue
        rows, uniques = distinct.pop(key)
        table = _retyped([done.pop((key, p)) for p in range(-(-len(uniques) // PIECE))])
        out[key] = partial(Normalised, table, rows, values.index)
    return out


def _normalise_here(
    kind: str,
    values: pd.Series,
    distinct: tuple[np.ndarray, np.ndarray] | None,
    kwargs: dict[str, Any],
) -> Normalised:
    """The job in this process: on the distinct values, or cell by cell if they are unhashable."""
    if distinct is None:
        from tekil import normalize

        return Normalised.of_frame(getattr(normalize, kind)(values, **kwargs))
    rows, uniques = distinct
    return Normalised(_normalise_piece(kind, uniques, kwargs), rows, values.index)


def _normalise_piece(kind: str, values: np.ndarray, kwargs: dict[str, Any]) -> pd.DataFrame:
    from tekil import normalize

    return getattr(normalize, kind)(pd.Series(values, dtype=object), **kwargs).reset_index(
        drop=True
    )


def _retyped(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The pieces as one table, each column typed as one process would have typed it."""
    from tekil.normalize._common import typed

    table = pd.concat(parts, ignore_index=True)
    for col in table.columns:
        if len({str(p[col].dtype) for p in parts}) > 1:
            table[col] = typed(pd.concat([p[col].astype(object) for p in parts], ignore_index=True))
    return table


def map_threads(func: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
    """``[func(x) for x in items]`` on :func:`thread_pool`, results in the order of ``items``.

    For numpy and rapidfuzz work, which releases the GIL. On one core, or when called
    from one of the pool's own threads (a task waiting on tasks of its pool could wait
    for ever), the items are done here, one after the other.
    """
    pool = thread_pool()
    if pool is None or threading.current_thread().name.startswith(_THREAD_PREFIX):
        return list(map(func, items))
    items = list(items)
    if len(items) < 2:  # here, where the item's own work may use the threads
        return list(map(func, items))
    futures = [pool.submit(func, item) for item in items]
    del items  # an item is let go once its task has run (a chunk of pairs is large)
    try:
        return [future.result() for future in futures]
    finally:  # after a failure, the tasks not started yet are dropped
        for future in futures:
            future.cancel()


_THREAD_PREFIX = "tekil-thread"


@cache
def thread_pool() -> ThreadPoolExecutor | None:
    """The threads of :func:`map_threads` (``None`` on one core)."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2:
        return None
    return ThreadPoolExecutor(workers, thread_name_prefix=_THREAD_PREFIX)


#: glibc's ``mallopt`` parameter for the most heaps ("arenas") threads get.
_M_ARENA_MAX = -8


def _one_heap() -> None:
    """Threads share the process's heap (glibc only; elsewhere nothing changes). Set on import.

    glibc gives a thread that allocates a heap of its own and keeps what is freed
    there for later: with pair chunks scored on two threads, the peak at 1 M persons
    grew by 0.8 GB. One heap gave the same speed.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl, ...)
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, 1)


def release_free_memory() -> None:
    """Hand the heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Called between stages: what a stage freed goes back to the system (0.2–0.6 GB at
    300 k persons), instead of staying with a process that may live on in a service.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


# Before any thread of tekil's (the pool, the worker's sender) allocates.
_one_heap()


def run_split(
    func: Callable[..., Any],
    specs: list[Any],
    costs: list[float],
    make_args: Callable[[Any], tuple],
    head_start: float = 0.0,
    workers: int | None = None,
) -> list[Any]:
    """``[func(*make_args(spec)) for spec in specs]``, split between this process and a worker.

    ``func`` must be a module-level function (the worker imports it by name); the
    results do not depend on where each ran. Specs go, largest cost first, to the
    side with less work (the worker's counts ``head_start`` for its start). The
    worker's arguments are made and sent first, this process's made one at a time.
    """
    workers = workers if workers is not None else min(os.cpu_count() or 1, 2)
    results: list[Any] = [None] * len(specs)
    if workers < 2 or len(specs) < 2:
        for k, spec in enumerate(specs):
            results[k] = func(*make_args(spec))
        return results
    load = {"here": 0.0, "worker": float(head_start)}
    mine, theirs = [], []
    for k in sorted(range(len(specs)), key=lambda k: -costs[k]):
        side = min(load, key=load.get)
        load[side] += costs[k]
        (mine if side == "here" else theirs).append(k)
    mine.sort()
    theirs.sort()
    proc = _start_worker(func, [(k, make_args(specs[k])) for k in theirs])
    for k in mine:
        results[k] = func(*make_args(specs[k]))
    done = _finish_worker(proc)
    for k in theirs:
        results[k] = done[k] if done is not None else func(*make_args(specs[k]))
    return results


def _start_worker(func: Callable[..., Any], tasks: list) -> subprocess.Popen | None:
    if not tasks:
        return None
    import tekil

    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(tekil.__file__)))
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tekil._worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
    except OSError as exc:
        log.warning("working in one process: the worker did not start (%s)", exc)
        return None
    # The worker reads its tasks only once it has imported tekil (about a second): they
    # are sent from a thread, so that this process starts on its own share meanwhile.
    proc.sender = threading.Thread(target=_send, args=(proc, func, tasks), daemon=True)
    proc.sender.start()
    return proc


def _send(proc: subprocess.Popen, func: Callable[..., Any], tasks: list) -> None:
    try:
        pickle.dump((func, tasks), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.close()
    except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
        log.warning("the worker's tasks could not be sent (%s)", exc)
        proc.kill()


def _finish_worker(proc: subprocess.Popen | None) -> dict | None:
    """The worker's results by task number, or ``None`` if it failed (then done here)."""
    if proc is None:
        return None
    try:
        result = pickle.load(proc.stdout)
        if proc.wait() == 0:
            return result
    except (EOFError, pickle.UnpicklingError, OSError):
        pass
    finally:
        proc.sender.join()
    proc.kill()
    proc.wait()
    log.warning("working in one process: the worker failed")
    return None


def _worker() -> None:
    func, tasks = pickle.load(sys.stdin.buffer)
    out = {k: func(*args) for k, args in tasks}
    pickle.dump(out, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
