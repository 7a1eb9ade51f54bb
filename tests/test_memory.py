"""The heap's free pages handed back: at most once per interval from a loop, never twice at once."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from tekil import _memory


class _CountingLibc:
    def __init__(self) -> None:
        self.trims = 0

    def malloc_trim(self, pad: int) -> int:
        assert pad == 0
        self.trims += 1
        return 1


@pytest.fixture
def libc(monkeypatch):
    fake = _CountingLibc()
    monkeypatch.setattr(_memory, "_LIBC", fake)
    monkeypatch.setattr(_memory, "_last_release", -float("inf"))
    return fake


def test_between_stages_every_call_releases(libc):
    for _ in range(3):
        _memory.release_free_memory()
    assert libc.trims == 3


def test_a_loop_releases_at_most_once_per_interval(libc, monkeypatch):
    now = [100.0]
    monkeypatch.setattr(_memory.time, "monotonic", lambda: now[0])
    for _ in range(50):  # a loop over chunks within one interval
        _memory.release_free_memory(every=1.0)
    assert libc.trims == 1
    now[0] += 0.99
    _memory.release_free_memory(every=1.0)
    assert libc.trims == 1
    now[0] += 0.02
    _memory.release_free_memory(every=1.0)
    assert libc.trims == 2


def test_a_release_under_way_is_not_repeated_by_another_thread(libc):
    with _memory._releasing:  # another thread is releasing
        done = threading.Thread(target=_memory.release_free_memory)
        done.start()
        done.join(timeout=1.0)
        assert not done.is_alive()  # it did not wait for the lock
    assert libc.trims == 0
    _memory.release_free_memory()
    assert libc.trims == 1


def test_without_glibc_nothing_happens(monkeypatch):
    monkeypatch.setattr(_memory, "_LIBC", None)
    _memory.release_free_memory()
    _memory.release_free_memory(every=1.0)
    _memory.one_heap()


def test_released_memory_leaves_live_arrays_intact():
    arrays = [np.arange(k, k + 50_000) for k in range(40)]
    del arrays[::2]  # holes between live arrays
    _memory.release_free_memory()
    assert all(int(a[0]) == 2 * k + 1 for k, a in enumerate(arrays))
