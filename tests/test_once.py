"""A cache's value is made by one thread, however many ask for it at once."""

import threading
import time

import numpy as np
import pytest

from tekil._once import _making, once
from tekil.similarity import derived


def _ask_at_once(ask, threads: int = 4) -> list:
    start = threading.Barrier(threads)
    got: list = [None] * threads

    def run(k: int) -> None:
        start.wait()
        got[k] = ask()

    workers = [threading.Thread(target=run, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return got


def test_threads_asking_at_once_get_the_one_value_made_once():
    made = []
    cache: dict = {}

    def slow():
        made.append(1)
        time.sleep(0.2)  # long enough for every thread to ask meanwhile
        return object()

    got = _ask_at_once(lambda: once(cache, "key", slow))
    assert len(made) == 1
    assert all(value is got[0] for value in got)
    assert not _making  # no lock is left behind


def test_a_maker_that_fails_leaves_the_next_ask_to_make_it():
    cache: dict = {}

    def failing():
        raise ValueError("no")

    for _ in range(2):
        with pytest.raises(ValueError):
            once(cache, "key", failing)
    assert once(cache, "key", lambda: 5) == 5 and not _making


def test_a_derived_value_is_made_once_for_threads_that_ask_at_once():
    values = np.array(["ayse", "mehmet"], dtype=object)
    made = []

    def lengths(v):
        made.append(1)
        time.sleep(0.2)
        return np.array([len(x) for x in v])

    got = _ask_at_once(lambda: derived(values, "test-lengths", lengths))
    assert len(made) == 1 and all(g is got[0] for g in got)
    assert got[0].tolist() == [4, 6]
