"""Streaming the candidate pairs: chunks, de-duplication by rule, components, parallel normalising."""

import math
import sys
import time

import numpy as np
import pandas as pd
import pytest

import tekil
from tekil import block, guards, normalize, parallel
from tekil.api import _resolve_settings
from tekil.records import prepare
from tekil.settings import Settings


@pytest.fixture(scope="module")
def synthetic():
    data = tekil.datasets.generate(400, seed=3)
    df = data.records
    df, st = _resolve_settings(df, {"card_key": "k"}, "record_id")
    return prepare(df, st, df["record_id"].to_numpy(dtype=object)), st


def test_plans_produce_each_rules_pairs_once_and_cover_them(synthetic):
    records, st = synthetic
    rules = block.default_rules(records)
    assert any(r.keys == ["alias"] for r in rules) and any(r.window for r in rules)
    plans = block.plan_rules(records, rules, st)
    n = records.n
    union = []
    for r, plan in enumerate(plans):
        chunks = list(plan.chunks(size=50))  # tiny chunks: many of them
        keys = np.concatenate([np.empty(0, np.int64)] + [i * n + j for i, j in chunks])
        assert len(keys) == len(np.unique(keys))
        for i, j in chunks:
            assert (i < j).all() and plan.covers(i, j).all()
            earlier = np.zeros(len(i), dtype=bool)
            for other in plans[:r]:
                earlier |= other.covers(i, j)
            union.append((i * n + j)[~earlier])
    union = np.concatenate(union)
    assert len(union) == len(np.unique(union))  # each distinct pair from its first rule only
    i, j = block.candidate_pairs(records, st, rules)
    assert np.array_equal(np.sort(union), i * n + j)


def test_within_groups_finds_the_candidate_pairs_inside_groups(synthetic):
    records, st = synthetic
    plans = block.plan_rules(records, block.default_rules(records), st)
    i, j = block.candidate_pairs(records, st)
    groups = np.where(np.arange(records.n) % 7 < 5, np.arange(records.n) // 40, -1)
    want = {(a, b) for a, b in zip(i.tolist(), j.tolist(), strict=True)}
    want = {(a, b) for a, b in want if groups[a] >= 0 and groups[a] == groups[b]}
    got = set()
    for plan in plans:
        a, b = plan.within(groups)
        got |= set(zip(a.tolist(), b.tolist(), strict=True))
    assert got == want


def test_global_budget_caps_the_largest_blocks_of_all_rules(synthetic, monkeypatch):
    records, _ = synthetic
    monkeypatch.setattr(block, "UNCAPPED_PAIRS", 0)  # budgets as on large data
    rules = block.default_rules(records)
    free = block.plan_rules(records, rules, Settings(), warn=False)
    tight = block.plan_rules(records, rules, Settings(max_total_pairs_per_record=4), warn=False)
    assert sum(p.pairs for p in tight if p.kind == "window") < 4 * records.n
    assert sum(p.pairs for p in tight) <= 4 * records.n < sum(p.pairs for p in free)
    assert all(t.cap <= f.cap for t, f in zip(tight, free, strict=True))


def test_streamed_result_is_that_of_scoring_every_pair(synthetic):
    data = tekil.datasets.generate(400, seed=3)
    result = tekil.dedupe(data.records, {"card_key": "k"}, id_column="record_id")
    assert result.candidate_pairs == len(block.candidate_pairs(result.records, result.settings)[0])
    assert set(result.memory) == {"normalise", "block", "compare", "model", "cluster"}
    assert "peak memory" in result.summary()
    assert len(result.clusters) == len(data.records)


def test_parallel_normalising_equals_one_process(monkeypatch):
    values = pd.Series(
        ["0532 111 22 33", "+90 532 111 2233", None, "", "444 1 444", 5321112233, "abc"] * 3,
        index=np.arange(100, 121),
    )
    names = pd.Series(["Ayşe Yılmaz", None, "MEHMET", "x"] * 5)
    dates = pd.Series(["1985-03-04", "04/03/1985", None, "1900-01-01", "31.12.1999"] * 4)
    jobs = [
        ("p", "phone", values, {"region": "TR"}),
        ("n", "name", names, {}),
        ("d", "date", dates, {"dayfirst": True}),
    ]
    serial = parallel.normalise_columns(jobs, workers=1)
    monkeypatch.setattr(parallel, "MIN_CELLS", 0)
    monkeypatch.setattr(parallel, "PIECE", 2)
    split = parallel.normalise_columns(jobs, workers=2)
    _until(split["d"].ready)  # the worker has made every piece: none was asked for here
    for key, kind, column, kwargs in jobs:
        expected = getattr(normalize, kind)(column, **kwargs)
        pd.testing.assert_frame_equal(serial[key]().frame(), expected)
        pd.testing.assert_frame_equal(split[key]().frame(), expected)


def _until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _queue(func, tasks: list) -> parallel.Worker:
    worker = parallel.Worker(func)
    for k, args in enumerate(tasks):
        worker.add(k, args)
    worker.close()
    return worker


def test_tasks_the_worker_made_and_tasks_made_here_are_taken_alike():
    worker = _queue(math.sqrt, [(float(k * k),) for k in range(400)])
    while worker.step():  # each step makes a task here or waits for one of the worker's
        pass
    assert all(worker.done(k) for k in range(400))
    assert [worker.take(k) for k in range(400)] == list(range(400))
    with pytest.raises(KeyError):
        worker.take(3)  # once only


def test_a_worker_that_cannot_take_its_tasks_leaves_them_to_this_process(caplog):
    # A lambda cannot be pickled for the worker: its tasks are done here, results unchanged.
    worker = _queue(lambda x: x * x, [(k,) for k in range(6)])
    _until(lambda: worker.over)
    assert [worker.take(k) for k in range(6)] == [k * k for k in range(6)]
    assert "could not be sent" in caplog.text


def test_a_worker_answer_this_process_cannot_read_leaves_its_tasks_here(
    tmp_path, monkeypatch, caplog
):
    # A worker started after the package was upgraded in place may answer with classes this
    # process lacks: its tasks are done here (where this one fails with its own error).
    (tmp_path / "only_there.py").write_text("class Thing:\n    pass\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    worker = _queue(eval, [("__import__('only_there').Thing()",), ("6 * 7",)])
    _until(lambda: worker.over)
    assert "its results could not be read: ModuleNotFoundError" in caplog.text
    with pytest.raises(ModuleNotFoundError):
        worker.take(0)
    assert worker.take(1) == 42


def test_an_answer_larger_than_the_pipe_comes_back_whole():
    worker = _queue(bytes, [(3_000_000,), (5,)])  # 3 MB: three times the pipe's buffer
    _until(lambda: worker.over)
    assert worker.take(0) == bytes(3_000_000) and worker.take(1) == bytes(5)


def test_a_task_that_fails_in_the_worker_fails_here_with_its_own_error():
    worker = _queue(math.sqrt, [(4.0,), (-1.0,), (9.0,)])
    _until(lambda: worker.done(2))
    assert worker.take(0) == 2.0 and worker.take(2) == 3.0
    with pytest.raises(ValueError, match="math domain error"):
        worker.take(1)


def test_what_a_task_prints_in_the_worker_does_not_reach_its_results(caplog):
    # print writes to stdout, the worker's pipe of results: it goes to stderr instead.
    worker = _queue(print, [("noise",)] * 4)
    _until(lambda: worker.over)
    assert [worker.take(k) for k in range(4)] == [None] * 4
    assert "failed" not in caplog.text
    helper = parallel.Helper()
    assert helper.wait_ready(60)
    assert helper.call(print, ("noise",)) and helper.result() is None
    assert helper.call(max, (3, 7)) and helper.result() == 7
    helper.close()


def test_a_worker_that_dies_leaves_its_task_to_this_process(caplog):
    worker = _queue(sys.exit, [(3,)])  # ends the worker with status 3
    _until(lambda: worker.over)
    assert "exited with status 3" in caplog.text
    with pytest.raises(SystemExit):
        worker.take(0)  # made here


def test_map_threads_keeps_the_order_and_runs_nested_calls_in_place():
    def inner(x):
        return [x * 10 + k for k in range(3)]

    def outer(x):  # on a pool thread: its own map_threads must not wait on the pool
        return parallel.map_threads(inner, range(x, x + 2))

    out = parallel.map_threads(outer, range(8))  # more tasks than threads, each nesting
    assert out == [[inner(x), inner(x + 1)] for x in range(8)]


def test_scored_and_completed_pairs_are_distinct_and_sorted(synthetic, monkeypatch):
    from tekil import stream
    from tekil.compare import default_comparisons
    from tekil.model import FellegiSunter

    records, st = synthetic
    plans = block.plan_rules(records, block.default_rules(records), st)
    comparisons = default_comparisons(records)
    monkeypatch.setattr(stream, "PAIR_CHUNK", 500)  # several chunks to put together
    compared = stream.compare_candidates(records, plans, comparisons)
    assert len(compared.chunks) > 2
    model = FellegiSunter(comparisons, random_pairs=20_000)
    model.fit_patterns(records, compared.sessions, compared.union, comparisons)
    table = compared.table
    pairs = stream.score(records, model, compared, keep_bits=0.0)
    before = {name: getattr(pairs, name).copy() for name in ("i", "j", "levels", "weight")}
    pairs = stream.complete_components(records, plans, model, pairs, 0.0, table)
    keys = pairs.i.astype(np.int64) * records.n + pairs.j
    assert len(keys) > 100 and (np.diff(keys) > 0).all()  # strictly increasing: distinct, sorted
    # Every scored pair kept as it was; the added ones weighed as the model weighs them.
    old = np.searchsorted(keys, before["i"].astype(np.int64) * records.n + before["j"])
    assert len(keys) > len(old)
    assert (pairs.weight[old] == before["weight"]).all()
    assert (pairs.levels[old] == before["levels"]).all()
    added = np.setdiff1d(np.arange(len(keys)), old)
    i, j = pairs.i[added], pairs.j[added]
    expected = model.match_weight(records, i, j, table.decode(pairs.levels[added]))
    assert np.array_equal(pairs.weight[added], expected)


def test_compiled_coverage_and_numpy_coverage_compare_the_same_pairs(synthetic, monkeypatch):
    from tekil import stream
    from tekil.compare import default_comparisons

    records, st = synthetic
    plans = block.plan_rules(records, block.default_rules(records), st)
    assert sum(plan.kind == "block" for plan in plans) >= 2 and len(plans) > 2
    comparisons = default_comparisons(records)
    numpy = stream.compare_candidates(records, plans, comparisons)
    monkeypatch.setattr(stream, "COMPILED_PAIRS", 0)
    compiled = stream.compare_candidates(records, plans, comparisons)
    assert numpy.distinct == compiled.distinct == len(block.candidate_pairs(records, st)[0])
    for a, b in zip(numpy.chunks, compiled.chunks, strict=True):
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_assembled_pairs_are_the_parts_pairs_sorted_whatever_the_ranges():
    from tekil import stream

    rng = np.random.default_rng(5)
    n = 1_000
    keys = rng.choice(n * n, 5_000, replace=False)
    i, j = (keys // n).astype(np.int32), (keys % n).astype(np.int32)
    weight = rng.normal(size=len(keys))
    levels = rng.integers(0, 2**16, len(keys))  # row numbers: uint16, or int32 past 65,536 rows
    parts, start = [], 0
    for size, dtype in ((0, np.uint16), (1_700, np.uint16), (3_300, np.int32)):
        end = start + size
        part = stream.Pairs(
            i[start:end], j[start:end], levels[start:end].astype(dtype), weight[start:end]
        )
        parts.append(stream._by_range(part, span=-(-n // stream.SORT_RANGES)))
        start = end
    got = stream._assemble(parts, n)
    order = np.argsort(keys)
    assert parts == []  # taken apart on the way
    assert np.array_equal(got.i, i[order]) and np.array_equal(got.j, j[order])
    assert np.array_equal(got.weight, weight[order]) and np.array_equal(got.levels, levels[order])
    assert got.levels.dtype == np.int32 and got.i.dtype == np.int32


def test_a_frame_of_arrow_strings_gets_the_clusters_of_python_strings():
    data = tekil.datasets.generate(300, seed=4)
    objects = data.records.astype(object)  # pandas 2's text
    text = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas 3's ("str")
    arrow = pd.DataFrame({c: objects[c].astype(text) for c in objects})
    assert str(arrow["first_name"].dtype) == "str"
    a = tekil.dedupe(objects, {"card_key": "k"}, id_column="record_id")
    b = tekil.dedupe(arrow, {"card_key": "k"}, id_column="record_id")
    assert a.clusters["cluster_id"].tolist() == b.clusters["cluster_id"].tolist()
    pd.testing.assert_frame_equal(a.pairs, b.pairs)


def test_map_threads_raises_the_first_failure():
    def fails_on_three(x):
        if x == 3:
            raise ValueError("three")
        return x

    with pytest.raises(ValueError, match="three"):
        parallel.map_threads(fails_on_three, range(6))


def test_a_failing_comparison_stops_the_streaming_with_its_own_error(synthetic, monkeypatch):
    from tekil import stream
    from tekil.compare import default_comparisons

    records, st = synthetic
    plans = block.plan_rules(records, block.default_rules(records), st)
    calls = []

    def broken(records, i, j, comparisons):
        calls.append(len(i))
        if len(calls) == 2:  # the second buffer, compared while the third is being made
            raise MemoryError("no room for the levels")
        return np.zeros((len(i), len(comparisons)), dtype=np.int8)

    monkeypatch.setattr(stream, "PAIR_CHUNK", 300)
    monkeypatch.setattr(stream, "compare", broken)
    with pytest.raises(MemoryError, match="no room"):
        stream.compare_candidates(records, plans, default_comparisons(records))
    assert len(calls) >= 2


@pytest.mark.parametrize("k", [3, 12, 16, 20])  # past 16 comparisons, rows are keyed as bytes
def test_the_level_table_gives_back_the_rows_and_counts_them(k):
    from tekil.estimation import merge_patterns, patterns_of
    from tekil.stream import LevelTable

    rng = np.random.default_rng(k)
    table = LevelTable(k)
    calls = [rng.integers(0, 3, (500, k)).astype(np.int8) for _ in range(3)]
    for levels in calls:
        ids = table.encode(levels)
        assert np.array_equal(table.decode(ids), levels)
    patterns, counts = table.patterns()
    expected = merge_patterns([patterns_of(levels) for levels in calls], k)
    assert np.array_equal(patterns, expected[0]) and np.array_equal(counts, expected[1])


def test_pairs_sharing_a_linking_identifier_are_kept_whatever_their_weight(synthetic):
    # The identifier graph links them after scoring: dropping them for a low weight first
    # had left a married name's record with its old e-mail out of its person.
    from tekil import stream
    from tekil.compare import default_comparisons
    from tekil.model import FellegiSunter

    records, st = synthetic
    plans = block.plan_rules(records, block.default_rules(records), st)
    comparisons = default_comparisons(records)
    model = FellegiSunter(comparisons, random_pairs=20_000)
    compared = stream.compare_candidates(records, plans, comparisons)
    model.fit_patterns(records, compared.sessions, compared.union, comparisons)
    links = guards.linking(comparisons, st.identifiers)
    high = 1e9  # no pair reaches it
    kept = stream.score(records, model, compared, high, links)
    compared = stream.compare_candidates(records, plans, comparisons)
    everything = stream.score(records, model, compared, -high)
    exact = (compared.table.decode(everything.levels)[:, links] == 1).any(axis=1)
    assert exact.sum() > 50
    assert np.array_equal(kept.i, everything.i[exact]) and np.array_equal(
        kept.j, everything.j[exact]
    )


def test_plans_let_go_of_what_made_their_pairs_and_still_cover_and_find_them(
    synthetic, monkeypatch
):
    from tekil import stream
    from tekil.compare import default_comparisons

    records, st = synthetic
    rules = block.default_rules(records)
    kept = block.plan_rules(records, rules, st)
    plans = block.plan_rules(records, rules, st)
    assert {plan.kind for plan in plans} == {"block", "alias", "window"}
    keys_before = [plan.keys.copy() for plan in plans if plan.kind == "block"]
    comparisons = default_comparisons(records)
    monkeypatch.setattr(stream, "COMPILED_PAIRS", 0)  # the block rules' keys as one matrix
    released = stream.compare_candidates(records, plans, comparisons, release_plans=True)
    again = stream.compare_candidates(records, kept, comparisons)
    for a, b in zip(released.chunks, again.chunks, strict=True):
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    keys_after = [plan.keys for plan in plans if plan.kind == "block"]
    for before, after in zip(keys_before, keys_after, strict=True):
        assert after.flags.c_contiguous and after.base is None  # its own array again
        assert np.array_equal(before, after)
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, records.n, (2, 5_000))
    groups = rng.integers(-1, 40, records.n)
    for plan, whole in zip(plans, kept, strict=True):
        assert np.array_equal(plan.covers(i, j), whole.covers(i, j))
        for got, want in zip(plan.within(groups), whole.within(groups), strict=True):
            assert np.array_equal(got, want)
        with pytest.raises(RuntimeError, match="made and let go"):
            next(plan.chunks())
        with pytest.raises(RuntimeError, match="made and let go"):
            plan.set_cap(2)
