"""The process's heap: one for all threads, and its free pages handed back to the system.

numpy arrays under glibc's mmap threshold (which grows to 32 MB as large arrays are freed)
come from the heap. A stage that makes and frees millions of pairs' arrays a chunk at a
time leaves the heap full of holes that later arrays do not fit: at 1 M persons a stage's
end held about 1 GB of such free pages. :func:`release_free_memory` hands them back
(glibc's ``malloc_trim``, which also frees whole pages inside the heap); elsewhere than
glibc both functions do nothing.

>>> release_free_memory(every=3600.0)  # at most once an hour: a loop may call it per chunk
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import threading
import time

#: glibc's ``mallopt`` parameter for the most heaps ("arenas") threads get.
_M_ARENA_MAX = -8


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc (musl, ...)
        return None


#: Seconds between the releases of a stage's loop over chunks (see :func:`release_free_memory`).
RELEASE_EVERY = 1.0

_LIBC = _libc()
_last_release = -float("inf")  # time.monotonic() of the last release
_releasing = threading.Lock()


def one_heap() -> None:
    """Threads share the process's heap.

    glibc gives a thread that allocates a heap of its own and keeps what is freed
    there for later: with pair chunks scored on two threads, the peak at 1 M persons
    grew by 0.8 GB. One heap gave the same speed.
    """
    if _LIBC is not None:
        _LIBC.mallopt(_M_ARENA_MAX, 1)


def release_free_memory(every: float = 0.0) -> None:
    """Hand the heap's free pages back to the system.

    Called between stages, and with ``every`` (seconds) from a stage's loop over chunks:
    then only if that long has passed since the last release, and not while another
    thread releases. Pages handed back cost a page fault each when used again: at 1 M
    persons, releases once a second in the stages after the comparisons cost them some
    1.5 s and took their peak (6.0–6.4 GB) under the compare stage's (5.7–5.9 GB). The
    compare stage has none: its peak is live pairs, and there they cost 2–6 s.
    """
    global _last_release
    if _LIBC is None or not _releasing.acquire(blocking=False):
        return
    try:
        now = time.monotonic()
        if now - _last_release >= every:
            with contextlib.suppress(OSError):
                _LIBC.malloc_trim(0)
            _last_release = time.monotonic()
    finally:
        _releasing.release()
