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
"__main__"`` guard are safe. It sends each piece's result back as soon as it is
made, so that this process can encode the columns that are done while the
worker still normalises others (its share counts that encoding). If the worker
fails, the pieces it did not send are done here.

Work that is mostly numpy and rapidfuzz (comparing and scoring pairs) releases
the GIL and runs on threads instead (:func:`map_threads`): no copy of the data to send.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
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

from tekil._gc import cycle_collection_paused
from tekil.normalised import Normalised

log = logging.getLogger(__name__)

#: Fewest distinct values (all columns together) for which a worker is started.
MIN_DISTINCT = 400_000
#: Distinct values per piece of work.
PIECE = 50_000
#: Cost (in the units of COST) of encoding one cell in this process after normalising:
#: factorising outputs, parts, alias keys (measured ≈ 2 s for 12 M cells at 300 k persons).
ENCODE_COST = 0.025
#: The worker's start (a fresh interpreter importing tekil) and sending results back, in
#: the same units (measured ≈ 2 s at 300 k persons).
WORKER_START = 300_000
#: Rough cost of a distinct value per normaliser, relative to a date (7.4 µs), for balancing
#: (measured on one process at 300 k persons; a phone costs 3 without rphonenumbers).
COST = {
    "phone": 1.1 if importlib.util.find_spec("rphonenumbers") else 3.0,
    "name": 1.5,
    "handle": 1.3,
    "email": 1.05,
    "address": 0.95,
    "card": 0.95,
    "city": 0.8,
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
    # This process also encodes every column afterwards (while the worker may still be
    # normalising): that work counts towards its share.
    encoding = ENCODE_COST * sum(len(values) for _, _, values, _ in jobs)
    mine, theirs = _shares(
        [len(x[3]) * COST.get(x[2], 1.0) for x in pieces], here=encoding, worker=WORKER_START
    )
    worker = Worker(_normalise_piece, [(k, pieces[k][2:]) for k in theirs])
    done = {k: _normalise_piece(*pieces[k][2:]) for k in mine}

    out: dict[str, Callable[[], Normalised]] = {}
    for key, kind, values, kw in jobs:
        if key not in distinct:
            out[key] = partial(_normalise_here, kind, values, None, kw)
            continue
        numbers = [k for k, x in enumerate(pieces) if x[0] == key]
        rows, _ = distinct.pop(key)
        out[key] = _Column({k: done.pop(k, None) for k in numbers}, worker, rows, values.index)
    return out


class _Column:
    """A column's output from its pieces, made here or by the worker; :meth:`ready` once all
    are in, so that a caller can take the columns in the order they are done."""

    def __init__(self, parts: dict[int, pd.DataFrame | None], worker: Worker, rows, index):
        self.parts, self.worker, self.rows, self.index = parts, worker, rows, index

    def ready(self) -> bool:
        return all(part is not None or self.worker.has(k) for k, part in self.parts.items())

    def __call__(self) -> Normalised:
        parts = [p if p is not None else self.worker.take(k) for k, p in self.parts.items()]
        self.parts = {}
        return Normalised(_retyped(parts), self.rows, self.index)


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


@cycle_collection_paused()  # a few objects per value: 300 k persons 20-22 s -> 16-17 s
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


def _shares(costs: list[float], here: float = 0.0, worker: float = 0.0) -> tuple[list, list]:
    """Task numbers for this process and for the worker: largest cost first, each to the side
    with less work so far (``here`` and ``worker``: their work to start with)."""
    load = {"here": here, "worker": worker}
    sides: dict[str, list[int]] = {"here": [], "worker": []}
    for k in sorted(range(len(costs)), key=lambda k: -costs[k]):
        side = min(load, key=load.get)
        load[side] += costs[k]
        sides[side].append(k)
    return sorted(sides["here"]), sorted(sides["worker"])


class Worker:
    """``func(*args)`` of each task ``(k, args)`` in a worker process, results read back as
    they come (:meth:`has`, :meth:`take`).

    ``func`` must be a module-level function (the worker imports it by name). A task the
    worker could not do (it did not start, could not be sent its tasks, or failed) is done
    here when taken, so the results never depend on where each ran.
    """

    def __init__(self, func: Callable[..., Any], tasks: list[tuple[int, tuple]]) -> None:
        self.func, self.args = func, dict(tasks)
        self.results: dict[int, Any] = {}
        self.finished = threading.Condition()
        self.over = False
        self.proc = _start_worker(func, tasks)
        if self.proc is None:
            self.over = True
        else:
            threading.Thread(target=self._read, daemon=True, name="tekil-worker-reader").start()

    def has(self, k: int) -> bool:
        """Whether task ``k``'s result is in (or will be made here without waiting)."""
        with self.finished:
            return k in self.results or self.over

    def take(self, k: int) -> Any:
        """Task ``k``'s result (once): the worker's once it is in, else made here."""
        args = self.args.pop(k)  # let the task's data go with it
        with self.finished:
            self.finished.wait_for(lambda: k in self.results or self.over)
            if k in self.results:
                return self.results.pop(k)
        return self.func(*args)

    def _read(self) -> None:
        ok = False
        try:
            while True:
                k, result = pickle.load(self.proc.stdout)
                with self.finished:
                    self.results[k] = result
                    self.finished.notify_all()
        except EOFError:
            ok = self.proc.wait() == 0
        except (pickle.UnpicklingError, OSError, ValueError):
            pass
        finally:
            self.proc.sender.join()
            if not ok:
                self.proc.kill()
                self.proc.wait()
                log.warning("the worker failed: its remaining tasks are done in this process")
            with self.finished:
                self.over = True
                self.finished.notify_all()


def _start_worker(func: Callable[..., Any], tasks: list) -> subprocess.Popen | None:
    if not tasks:
        return None
    proc = _interpreter()
    if proc is None:
        return None
    # The worker reads its tasks only once it has imported tekil (about a second): they
    # are sent from a thread, so that this process starts on its own share meanwhile.
    proc.sender = threading.Thread(target=_send, args=(proc, func, tasks), daemon=True)
    proc.sender.start()
    return proc


def _interpreter(*arguments: str) -> subprocess.Popen | None:
    """A fresh interpreter running ``python -m tekil._worker`` with pipes to it (None: no)."""
    import tekil

    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(tekil.__file__)))
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tekil._worker", *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
    except OSError as exc:
        log.warning("working in one process: the worker did not start (%s)", exc)
        return None
    for pipe in (proc.stdin, proc.stdout):
        _widen(pipe)
    return proc


class Helper:
    """A worker process kept by a long-lived object (a store), running module-level functions
    one call at a time: ``call(func, args)`` starts one there, ``result()`` waits for it.

    It starts in the background (a fresh interpreter importing tekil takes about a second);
    until it is ready, while it is busy with another thread's call, or after it failed,
    ``call`` says no and the caller does the work itself, so results never depend on it.

    >>> helper = Helper()
    >>> helper.wait_ready(60) and helper.call(max, (3, 7)) and helper.result()
    7
    >>> helper.close()
    """

    def __init__(self) -> None:
        self._busy = threading.Lock()
        self._ready = threading.Event()
        self._failed = False
        self.proc = _interpreter("--serve")
        if self.proc is None:
            self._failed = True
        else:
            threading.Thread(target=self._greeted, daemon=True, name="tekil-helper").start()

    def _greeted(self) -> None:
        try:
            if pickle.load(self.proc.stdout) == _READY:
                self._ready.set()
                return
        except (EOFError, OSError, pickle.UnpicklingError):
            pass
        self._fail()

    def wait_ready(self, timeout: float) -> bool:
        """Whether the helper is ready within ``timeout`` seconds."""
        return self._ready.wait(timeout) and not self._failed

    def call(self, func: Callable[..., Any], args: tuple) -> bool:
        """Start ``func(*args)`` in the helper; False (nothing started) if it cannot take it."""
        if self._failed or not self._ready.is_set() or not self._busy.acquire(blocking=False):
            return False
        try:
            pickle.dump((func, args), self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.proc.stdin.flush()
        except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
            log.warning("the helper process could not be sent its work (%s)", exc)
            self._busy.release()
            self._fail()
            return False
        return True

    def result(self) -> Any:
        """The started call's result; :class:`HelperFailed` if the helper could not make it."""
        try:
            done, value = pickle.load(self.proc.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            self._fail()
            raise HelperFailed(f"the helper process ended ({exc})") from None
        finally:
            self._busy.release()
        if not done:
            raise HelperFailed(value)
        return value

    def _fail(self) -> None:
        if not self._failed:
            self._failed = True
            log.warning("the helper process failed: its work is done in this process")
            self.close()

    def close(self) -> None:
        """End the helper process."""
        self._failed = True
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class HelperFailed(RuntimeError):
    """The helper process could not make a call's result (the caller makes it itself)."""


_READY = "tekil helper ready"


def _widen(pipe) -> None:
    """A 1 MB pipe buffer (Linux; 64 KB by default): a thread of this process moves data
    through the pipe only while it holds the GIL, so each buffer full costs a wait for it."""
    with contextlib.suppress(OSError, AttributeError, ImportError):
        import fcntl

        fcntl.fcntl(pipe.fileno(), 1031, 1 << 20)  # F_SETPIPE_SZ


def _send(proc: subprocess.Popen, func: Callable[..., Any], tasks: list) -> None:
    try:
        pickle.dump((func, tasks), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.close()
    except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
        log.warning("the worker's tasks could not be sent (%s)", exc)
        proc.kill()


def _worker() -> None:
    """The worker's side: its tasks from stdin, each result to stdout as soon as it is made."""
    func, tasks = pickle.load(sys.stdin.buffer)
    for k, args in tasks:
        pickle.dump((k, func(*args)), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
        sys.stdout.buffer.flush()


def _serve() -> None:
    """A :class:`Helper`'s side: calls from stdin, one at a time, each result (or the error
    that stopped it) to stdout, until stdin closes."""
    out = sys.stdout.buffer
    pickle.dump(_READY, out)
    out.flush()
    while True:
        try:
            func, args = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        try:
            answer = (True, func(*args))
        except Exception as exc:  # reported to the caller, which then does the work itself
            answer = (False, f"{type(exc).__name__}: {exc}")
        pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
