"""Both cores: distinct values normalised by this process and a worker; threads for numpy work.

The normalisers work once per distinct value and each value on its own, so the
distinct values of all columns can be cut into pieces, normalised anywhere and
put back together: the result is the same as one process's. Below
:data:`MIN_CELLS` cells (or on one core) everything stays in this process.

The worker is a fresh interpreter (``python -m tekil._worker``) fed pickled
calls on its stdin: a new process, as with multiprocessing's *spawn* (never a
fork of a process that may hold native thread pools), but one that does not
import the caller's ``__main__``, so scripts without an ``if __name__ ==
"__main__"`` guard are safe. It answers each call as soon as it is made. Both
processes take pieces from one queue (:class:`Worker`), so that they finish
together whatever each piece costs, and this process encodes the columns that
are done while the worker still normalises others. If the worker fails, the
pieces it did not answer are done here.
"""

from __future__ import annotations

import contextlib
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
from tekil._memory import one_heap
from tekil.normalised import Normalised

log = logging.getLogger(__name__)

#: Fewest cells (all columns together) for which a worker is started: below, this process
#: alone is done before a fresh interpreter has imported tekil.
MIN_CELLS = 1_000_000
#: Distinct values per piece of work: the two processes finish at most a piece apart.
PIECE = 20_000

#: One job: (key, normaliser name in ``tekil.normalize``, values, keyword arguments).
Job = tuple[str, str, pd.Series, dict[str, Any]]


def normalise_columns(
    jobs: list[Job], workers: int | None = None
) -> dict[str, Callable[[], Normalised]]:
    """``{key: f}`` where ``f()`` is ``normalize.<kind>(values, **kwargs)`` of the job, as
    a :class:`~tekil.normalised.Normalised` (the output once per distinct value).

    The work over the distinct values is cut into pieces that this process and a worker
    take from one queue (:class:`Worker`), in the order of the columns: the worker as soon
    as this process has factorised a column, this process between encoding the columns
    that are done (:func:`tekil.records.encode`), so that columns are done one after the
    other and only the last one is encoded while the worker has nothing left. Each
    column's output is only made when asked for.
    """
    workers = workers if workers is not None else min(os.cpu_count() or 1, 2)
    cells = sum(len(values) for _, _, values, _ in jobs)
    # Started first: the interpreter imports tekil while the columns are factorised.
    worker = Worker(_normalise_piece) if workers >= 2 and cells >= MIN_CELLS else None
    out: dict[str, Callable[[], Normalised]] = {}
    task = 0
    for key, kind, values, kw in jobs:
        try:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
        except TypeError:  # unhashable cells: the normaliser reads them one by one
            out[key] = partial(_normalise_here, kind, values, None, kw)
            continue
        # The missing value last: code -1 takes its row.
        uniques = np.append(np.asarray(uniques, dtype=object), None)
        rows = np.where(codes < 0, len(uniques) - 1, codes).astype(np.int32)
        if worker is None:
            out[key] = partial(_normalise_here, kind, values, (rows, uniques), kw)
            continue
        numbers = range(task, task + -(-len(uniques) // PIECE))
        for k, start in zip(numbers, range(0, len(uniques), PIECE), strict=True):
            worker.add(k, (kind, uniques[start : start + PIECE], kw))
        task = numbers.stop
        out[key] = _Column(numbers, worker, rows, values.index)
    if worker is not None:
        worker.close()
    return out


class _Column:
    """A column's output from its pieces (tasks of a :class:`Worker`); :meth:`ready` once all
    are done, so that a caller can take the columns in the order they are done."""

    def __init__(self, numbers: range, worker: Worker, rows, index):
        self.numbers, self.worker, self.rows, self.index = numbers, worker, rows, index

    def ready(self) -> bool:
        return all(self.worker.done(k) for k in self.numbers)

    def step(self) -> bool:
        return self.worker.step()

    def __call__(self) -> Normalised:
        parts = [self.worker.take(k) for k in self.numbers]
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


# Before any thread of tekil's (the pool, the worker's sender) allocates.
one_heap()


class Worker:
    """Tasks ``func(*args)`` shared by this process and a worker process through one queue,
    each side taking the next task when it is free, so that neither idles while the
    other has work left (:meth:`add`, :meth:`close`, :meth:`step`, :meth:`take`).

    Both take the first task queued: the worker is sent one ahead of the task it is
    working on; this process makes one at each :meth:`step`, and when it asks for a task
    that is not done, makes that task or (while the worker finishes it) the first one
    still queued. ``func`` must be a module-level function (the worker imports it by
    name). A task the worker could not do (it did not start, could not be sent the task,
    or failed) is done here, so the results never depend on where each ran.
    """

    #: Tasks sent to the worker and not answered yet: one at work, one waiting in the pipe.
    AHEAD = 2

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.queued: dict[int, tuple] = {}  # in the order added
        self.sent: dict[int, tuple] = {}  # in the order sent (the worker answers in it)
        self.results: dict[int, tuple[bool, Any]] = {}  # (made, result or exception)
        self.changed = threading.Condition()
        self.closed = False  # no more tasks will be added
        self.over = False  # the worker is done, or failed
        self.proc = _interpreter()
        if self.proc is None:
            self.over = True
            return
        for target, name in ((self._send, "sender"), (self._read, "reader")):
            threading.Thread(target=target, daemon=True, name=f"tekil-worker-{name}").start()

    def add(self, k: int, args: tuple) -> None:
        """Queue task ``k``."""
        with self.changed:
            self.queued[k] = args
            self.changed.notify_all()

    def close(self) -> None:
        """No more tasks: the worker ends once it has answered those it was sent."""
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def done(self, k: int) -> bool:
        """Whether task ``k``'s result is in."""
        with self.changed:
            return k in self.results

    def step(self) -> bool:
        """Make the first queued task here, or wait for the worker's next answer; False if
        neither is left."""
        with self.changed:
            if not self.queued:
                if not self.sent:
                    return False
                self.changed.wait()
                return True
            k = next(iter(self.queued))
            args = self.queued.pop(k)
        self._make(k, args)
        return True

    def _make(self, k: int, args: tuple) -> None:
        try:
            made = (True, self.func(*args))
        except Exception as exc:
            made = (False, exc)
        with self.changed:
            self.results[k] = made

    def take(self, k: int) -> Any:
        """Task ``k``'s result (once), made here if it is still queued; while the worker makes
        it, this process makes the first tasks queued (:meth:`step`)."""
        while True:
            with self.changed:
                if k in self.results:
                    made, value = self.results.pop(k)
                    if not made:
                        raise value
                    return value
                args = self.queued.pop(k, None)
            if args is not None:
                self._make(k, args)
            elif not self.step():
                raise KeyError(f"task {k} was never queued, or was taken already")

    def _send(self) -> None:
        """Feed the worker the first tasks queued; close its input when nothing is left."""
        stdin = self.proc.stdin
        try:
            while True:
                with self.changed:
                    self.changed.wait_for(
                        lambda: (
                            self.over
                            or (self.queued and len(self.sent) < self.AHEAD)
                            or (self.closed and not self.queued)
                        )
                    )
                    if self.over or not self.queued:
                        break
                    k = next(iter(self.queued))
                    args = self.queued.pop(k)
                    self.sent[k] = args
                pickle.dump((self.func, args), stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
        except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
            log.warning("the worker could not be sent its task (%s)", exc)
            self.proc.kill()
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def _read(self) -> None:
        """Take the worker's answers; when it ends, give what it did not answer back here."""
        why = "reading its results failed"
        try:
            if pickle.load(self.proc.stdout) != _READY:
                raise ValueError("it did not greet")
            while True:
                made, value = pickle.load(self.proc.stdout)
                with self.changed:
                    k, args = next(iter(self.sent.items()))
                    del self.sent[k]
                    if made:
                        self.results[k] = (True, value)
                    else:  # made again here, where it fails with its own exception
                        self.queued[k] = args
                    self.changed.notify_all()
        except EOFError:
            code = self.proc.wait()
            why = f"it exited with status {code}" if code else ""
        except Exception as exc:  # (a class this process lacks, too: see Helper.result)
            why = f"its results could not be read: {type(exc).__name__}: {exc}"
        finally:
            if why:
                self.proc.kill()
                self.proc.wait()
                log.warning("the worker failed (%s): its tasks are done here", why)
            with self.changed:
                self.over = True
                self.queued.update(self.sent)
                self.sent.clear()
                self.changed.notify_all()


def _interpreter() -> subprocess.Popen | None:
    """A fresh interpreter running ``python -m tekil._worker`` with pipes to it (None: no)."""
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
    for pipe in (proc.stdin, proc.stdout):
        _widen(pipe)
    return proc


class Helper:
    """A worker process kept by a long-lived object (a store), running module-level functions
    one call at a time: ``call(func, args)`` starts one there, ``result()`` waits for it.

    It starts in the background (a fresh interpreter imports what a call needs: about a second);
    until it is ready, while it is busy with another thread's call, or after it failed,
    ``call`` says no and the caller does the work itself, so results never depend on it.

    >>> helper = Helper()
    >>> helper.wait_ready(60) and helper.call(max, (3, 7)) and helper.result()
    7
    >>> helper.close()
    """

    def __init__(self, prepare: tuple[Callable[..., Any], tuple] | None = None) -> None:
        self._busy = threading.Lock()
        self._ready = threading.Event()
        self._failed = False
        #: Whether ``prepare`` (``(func, args)``: a call made before the helper is ready, to
        #: have it set up what later calls need) ran there.
        self.prepared = False
        self.proc = _interpreter()
        if self.proc is None:
            self._failed = True
        else:
            greet = threading.Thread(target=self._greeted, args=(prepare,), name="tekil-helper")
            greet.daemon = True
            greet.start()

    def _greeted(self, prepare: tuple[Callable[..., Any], tuple] | None) -> None:
        try:
            if pickle.load(self.proc.stdout) != _READY:
                raise pickle.UnpicklingError("no greeting")
            if prepare is not None:  # before any call: nothing else is in the pipes yet
                pickle.dump(prepare, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                self.proc.stdin.flush()
                self.prepared, _ = pickle.load(self.proc.stdout)
        except Exception:  # (its greeting or answer unreadable, the set-up unpicklable)
            self._fail()
            return
        self._ready.set()

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
        except (EOFError, OSError) as exc:
            self._fail()
            raise HelperFailed(f"the helper process ended ({exc})") from None
        except Exception as exc:  # (a helper started after an upgrade in place answers with
            # classes this process lacks): the pipe cannot be trusted after it
            self._fail()
            raise HelperFailed(f"the helper's answer could not be read ({exc!r})") from None
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


def _serve() -> None:
    """The worker's side (of a :class:`Worker` or a :class:`Helper`): calls from stdin, one at
    a time, each result (or the error that stopped it) to stdout, until stdin closes.

    The results keep the pipe to themselves: what else is written to stdout here (a print in
    a function run here, a C library's output) goes to stderr instead of into them."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    pickle.dump(_READY, out)
    out.flush()
    while True:
        try:
            # A call's data and answer hold no cycles, and each full collection while they are
            # made would walk all that the helper holds (a store's model: 0.1 s a time).
            with cycle_collection_paused():
                func, args = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        try:
            answer = (True, func(*args))
        except Exception as exc:  # reported to the caller, which then does the work itself
            answer = (False, f"{type(exc).__name__}: {exc}")
        with cycle_collection_paused():
            pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
