"""tekil._gc: the cycle collector paused, and switched on again when the last pause ends."""

import gc
import threading

from tekil._gc import cycle_collection_paused


def test_overlapping_pauses_in_threads_leave_the_collector_on():
    assert gc.isenabled()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def first():
        with cycle_collection_paused():
            first_in.set()
            second_in.wait()
        first_out.set()

    def second():
        first_in.wait()
        with cycle_collection_paused():
            second_in.set()
            first_out.wait()
            seen.append(gc.isenabled())  # the other pause ended: this one still holds

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [False]
    assert gc.isenabled()


def test_a_pause_keeps_the_collector_off_if_it_was_off():
    gc.disable()
    try:
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
