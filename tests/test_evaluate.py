"""tekil.evaluate: pair and B-cubed metrics, checked by hand and against brute force."""

from __future__ import annotations

import doctest
import importlib
import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tekil.errors import InputError, MissingColumnError

# the module, not the function that ``tekil.evaluate`` names at package level
ev = importlib.import_module("tekil.evaluate")

IDS = ["r1", "r2", "r3", "r4", "r5"]


def labels(values, ids=IDS):
    return pd.Series(values, index=ids)


# -- brute-force references ----------------------------------------------------------------


def brute_pairs(predicted: pd.Series, truth: pd.Series) -> tuple[int, int, int]:
    """(true, predicted, correct) pair counts by enumerating every pair of records."""
    truth = truth.loc[predicted.index]
    true = predicted_pairs = correct = 0
    for i, j in itertools.combinations(range(len(predicted)), 2):
        same_true = truth.iloc[i] == truth.iloc[j]
        same_predicted = predicted.iloc[i] == predicted.iloc[j]
        true += same_true
        predicted_pairs += same_predicted
        correct += same_true and same_predicted
    return true, predicted_pairs, correct


def brute_bcubed(predicted: pd.Series, truth: pd.Series) -> tuple[float, float]:
    truth = truth.loc[predicted.index]
    precision = recall = 0.0
    for record in predicted.index:
        cluster = set(predicted.index[predicted == predicted[record]])
        entity = set(truth.index[truth == truth[record]])
        precision += len(cluster & entity) / len(cluster)
        recall += len(cluster & entity) / len(entity)
    return precision / len(predicted), recall / len(predicted)


# -- evaluate ----------------------------------------------------------------------------------


def test_hand_computed_example():
    # truth:     r1 r2 -> a;  r3 r4 r5 -> b
    # predicted: r1 r2 r3 -> x;  r4 -> y;  r5 -> z
    # contingency: (x,a)=2, (x,b)=1, (y,b)=1, (z,b)=1
    # correct pairs = C(2,2) = 1 (r1-r2); predicted pairs = C(3,2) = 3;
    # true pairs = C(2,2) + C(3,2) = 4
    # pair P = 1/3, R = 1/4, F1 = 2*(1/12)/(7/12) = 2/7
    # B-cubed precision: r1 2/3, r2 2/3, r3 1/3, r4 1, r5 1 -> (11/3)/5 = 11/15
    # B-cubed recall:    r1 1, r2 1, r3 1/3, r4 1/3, r5 1/3 -> 3/5
    # B-cubed F1 = 2*(11/15)*(3/5)/(11/15+3/5) = (66/75)/(20/15) = 33/50
    scores = ev.evaluate(labels(list("xxxyz")), labels(list("aabbb")))
    assert scores["correct_pairs"] == 1
    assert scores["predicted_pairs"] == 3
    assert scores["true_pairs"] == 4
    assert scores["records"] == 5
    assert scores["pair_precision"] == pytest.approx(1 / 3)
    assert scores["pair_recall"] == pytest.approx(1 / 4)
    assert scores["pair_f1"] == pytest.approx(2 / 7)
    assert scores["bcubed_precision"] == pytest.approx(11 / 15)
    assert scores["bcubed_recall"] == pytest.approx(3 / 5)
    assert scores["bcubed_f1"] == pytest.approx(33 / 50)
    assert list(scores) == list(ev.METRICS)


def test_perfect_match_scores_one():
    truth = labels(list("aabbc"))
    scores = ev.evaluate(labels([7, 7, 8, 8, 9]), truth)
    for key in ("pair_precision", "pair_recall", "pair_f1", "bcubed_precision"):
        assert scores[key] == 1.0
    assert scores["bcubed_recall"] == scores["bcubed_f1"] == 1.0
    assert scores["true_pairs"] == scores["predicted_pairs"] == scores["correct_pairs"] == 2


def test_all_singletons_predicted():
    # no predicted pair: precision is zero_division (1.0), recall 0
    # B-cubed: precision 1 for everyone; recall (1/2+1/2+1/3+1/3+1/3)/5 = 2/5
    scores = ev.evaluate(labels(range(5)), labels(list("aabbb")))
    assert scores["predicted_pairs"] == 0
    assert scores["pair_precision"] == 1.0
    assert scores["pair_recall"] == 0.0
    assert scores["pair_f1"] == 0.0
    assert scores["bcubed_precision"] == 1.0
    assert scores["bcubed_recall"] == pytest.approx(2 / 5)
    zero = ev.evaluate(labels(range(5)), labels(list("aabbb")), zero_division=0.0)
    assert zero["pair_precision"] == 0.0
    nan = ev.evaluate(labels(range(5)), labels(list("aabbb")), zero_division=float("nan"))
    assert math.isnan(nan["pair_precision"])
    assert math.isnan(nan["pair_f1"])


def test_all_singletons_on_both_sides_is_perfect():
    scores = ev.evaluate(labels(range(5)), labels(list("abcde")))
    assert scores["true_pairs"] == scores["predicted_pairs"] == 0
    assert all(scores[key] == 1.0 for key in ev.METRICS[:6])


def test_one_giant_cluster():
    # predicted pairs = C(5,2) = 10, true 4, correct 4 -> P 0.4, R 1
    # B-cubed precision: r1,r2 2/5; r3,r4,r5 3/5 -> (4/5 + 9/5)/5 = 13/25; recall 1
    scores = ev.evaluate(labels(["g"] * 5), labels(list("aabbb")))
    assert (scores["predicted_pairs"], scores["correct_pairs"]) == (10, 4)
    assert scores["pair_precision"] == pytest.approx(0.4)
    assert scores["pair_recall"] == 1.0
    assert scores["bcubed_precision"] == pytest.approx(13 / 25)
    assert scores["bcubed_recall"] == 1.0


def test_label_permutation_and_index_order_are_irrelevant():
    predicted = labels(list("xxxyz"))
    truth = labels(list("aabbb"))
    base = ev.evaluate(predicted, truth)
    renamed = predicted.map({"x": 3.5, "y": ("t", 1), "z": "q"})
    assert ev.evaluate(renamed, truth.map({"a": "b", "b": "a"})) == base
    shuffled = truth.iloc[[4, 2, 0, 3, 1]]
    assert ev.evaluate(predicted, shuffled) == base
    assert ev.evaluate(predicted.iloc[::-1], truth) == base
    # the roles swap precision and recall
    swapped = ev.evaluate(truth, predicted)
    assert swapped["pair_precision"] == base["pair_recall"]
    assert swapped["bcubed_recall"] == base["bcubed_precision"]


def test_misaligned_ids_are_reported():
    predicted = pd.Series([1, 1, 2], index=["r1", "r2", "r9"])
    truth = pd.Series([1, 1, 2, 2], index=["r1", "r2", "r3", "r4"])
    with pytest.raises(InputError) as caught:
        ev.evaluate(predicted, truth)
    message = str(caught.value)
    assert "2 id(s) of truth are missing from predicted" in message
    assert "'r3'" in message and "'r4'" in message
    assert "1 id(s) of predicted are missing from truth" in message
    assert "'r9'" in message


def test_duplicate_ids_and_null_labels_are_rejected():
    truth = labels(list("aabbb"))
    with pytest.raises(InputError, match="duplicate record id"):
        ev.evaluate(pd.Series([1, 2, 3, 4, 5], index=["r1", "r1", "r3", "r4", "r5"]), truth)
    with pytest.raises(InputError, match=r"null cluster id.*'r2'"):
        ev.evaluate(labels([1, None, 2, 2, 3]), truth)
    with pytest.raises(InputError, match="null cluster id"):
        ev.evaluate(labels(list("xxxyz")), labels(["a", np.nan, "b", "b", "b"]))
    with pytest.raises(InputError, match="Series"):
        ev.evaluate([1, 2, 3], truth)
    with pytest.raises(InputError, match="no records"):
        ev.evaluate(pd.Series([], dtype=int), pd.Series([], dtype=int))


def test_labels_differing_after_a_nul_character_stay_distinct():
    # pandas' C-string hash table would read "a\x00b" and "a\x00c" as "a"
    truth = labels(["a\x00b", "a\x00c", "a", "a", "b"])
    scores = ev.evaluate(labels(list("xyzzw")), truth)
    assert scores["true_pairs"] == 1
    assert scores["pair_f1"] == 1.0
    assert ev.cluster_size_stats(truth.astype("string"))["n_clusters"] == 4


def test_dataframe_input():
    predicted = pd.DataFrame({"record": IDS, "cluster": list("xxxyz")})
    truth = pd.DataFrame({"record": IDS[::-1], "cluster": list("bbbaa")})
    scores = ev.evaluate(predicted, truth, id_column="record", cluster_column="cluster")
    assert scores == ev.evaluate(labels(list("xxxyz")), labels(list("aabbb")))
    one_column = pd.DataFrame({"entity": list("aabbb")}, index=IDS)
    assert ev.evaluate(one_column, one_column)["pair_f1"] == 1.0
    with pytest.raises(InputError, match="cluster_column"):
        ev.evaluate(predicted, truth)
    with pytest.raises(MissingColumnError, match="'label'"):
        ev.evaluate(predicted, truth, id_column="record", cluster_column="label")


labelings = st.integers(1, 25).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 5), min_size=n, max_size=n),
        st.lists(st.sampled_from(["a", "b", "c", 4, 5.5]), min_size=n, max_size=n),
        st.permutations(range(n)),
    )
)


@settings(max_examples=150, deadline=None)
@given(labelings)
def test_matches_brute_force(case):
    predicted_values, truth_values, order = case
    ids = [f"id{i}" for i in range(len(order))]
    predicted = pd.Series(predicted_values, index=ids)
    truth = pd.Series(truth_values, index=ids).iloc[list(order)]
    scores = ev.evaluate(predicted, truth)
    true, predicted_pairs, correct = brute_pairs(predicted, truth)
    assert (scores["true_pairs"], scores["predicted_pairs"], scores["correct_pairs"]) == (
        true,
        predicted_pairs,
        correct,
    )
    precision, recall = brute_bcubed(predicted, truth)
    assert scores["bcubed_precision"] == pytest.approx(precision, abs=1e-12)
    assert scores["bcubed_recall"] == pytest.approx(recall, abs=1e-12)
    assert 0.0 <= scores["bcubed_f1"] <= 1.0


# -- cluster_size_stats -------------------------------------------------------------------------


def test_cluster_size_stats():
    stats = ev.cluster_size_stats(pd.Series(["a", "b", "b", "c", "c", "c", "d"]))
    assert stats == {
        "records": 7,
        "n_clusters": 4,
        "singletons": 2,
        "mean_size": 7 / 4,
        "max_size": 3,
        "size_histogram": {1: 2, 2: 1, 3: 1},
    }
    assert ev.cluster_size_stats([1, 1, 2])["size_histogram"] == {1: 1, 2: 1}
    assert ev.cluster_size_stats(pd.Series([], dtype=object))["n_clusters"] == 0
    with pytest.raises(InputError, match="null cluster id"):
        ev.cluster_size_stats(pd.Series(["a", None]))


# -- sweeps --------------------------------------------------------------------------------


@pytest.fixture
def scored_pairs():
    # truth: 1 2 3 -> a; 4 5 -> b; 6 -> c
    truth = pd.Series({1: "a", 2: "a", 3: "a", 4: "b", 5: "b", 6: "c"})
    pairs = pd.DataFrame(
        {
            "id_a": [1, 2, 4, 3, 1, 6],
            "id_b": [2, 3, 5, 4, 3, 2],
            "match_probability": [0.95, 0.8, 0.7, 0.4, 0.2, np.nan],
        }
    )
    return pairs, truth


def cluster_at(pairs: pd.DataFrame, ids: list, threshold: float) -> pd.Series:
    """Reference clustering with a small union-find over the pairs above threshold."""
    parent = {i: i for i in ids}

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b, p in pairs.itertuples(index=False):
        if p >= threshold:
            parent[root(a)] = root(b)
    return pd.Series({i: root(i) for i in ids})


def test_threshold_sweep_matches_cluster_then_evaluate(scored_pairs):
    pairs, truth = scored_pairs
    thresholds = [0.0, 0.3, 0.5, 0.75, 0.9, 1.0]
    sweep = ev.threshold_sweep(pairs, truth, thresholds)
    assert list(sweep["threshold"]) == thresholds
    assert list(sweep["pairs_above"]) == [5, 4, 3, 2, 1, 0]
    for row, threshold in zip(sweep.itertuples(index=False), thresholds, strict=True):
        predicted = cluster_at(pairs, list(truth.index), threshold)
        expected = ev.evaluate(predicted, truth)
        for key, value in expected.items():
            assert getattr(row, key) == pytest.approx(value), (threshold, key)
        assert row.clusters == predicted.nunique()
    # at 0.5: clusters {1,2,3}, {4,5}, {6} -> perfect
    assert sweep.loc[2, "pair_f1"] == 1.0
    # at 0.3: 3-4 joins everything but 6: predicted pairs C(5,2)=10, correct 4
    assert (sweep.loc[1, "predicted_pairs"], sweep.loc[1, "correct_pairs"]) == (10, 4)


def test_threshold_sweep_unlabelled_records_bridge_clusters():
    truth = pd.Series({1: "a", 2: "a", 3: "b"})
    # 9 is not labelled but links 1 and 2
    pairs = pd.DataFrame({"id_a": [1, 9], "id_b": [9, 2], "match_probability": [0.9, 0.9]})
    sweep = ev.threshold_sweep(pairs, truth, [0.5])
    assert sweep.loc[0, "records"] == 3
    assert sweep.loc[0, "pair_f1"] == 1.0
    with pytest.raises(InputError, match=r"not in all_ids.*9"):
        ev.threshold_sweep(pairs, truth, [0.5], all_ids=[1, 2, 3])
    with pytest.raises(InputError, match="truth are not in all_ids"):
        ev.threshold_sweep(pairs, truth, [0.5], all_ids=[1, 2, 9])
    with_all = ev.threshold_sweep(pairs, truth, [0.5], all_ids=[1, 2, 3, 9, 10])
    pd.testing.assert_frame_equal(with_all, sweep)


def test_threshold_sweep_default_thresholds_and_columns(scored_pairs):
    pairs, truth = scored_pairs
    sweep = ev.threshold_sweep(pairs, truth)
    assert len(sweep) == 21
    assert sweep["threshold"].iloc[0] == 0.0
    assert sweep["threshold"].iloc[-1] == 1.0
    assert list(sweep.columns) == ["threshold", "pairs_above", "clusters", *ev.METRICS]
    weights = pairs.assign(match_probability=pairs["match_probability"] * 20 - 10)
    sweep = ev.threshold_sweep(weights, truth)
    assert sweep["threshold"].iloc[0] == pytest.approx(-6.0)
    assert sweep["threshold"].iloc[-1] == pytest.approx(9.0)


def test_threshold_sweep_bad_input(scored_pairs):
    pairs, truth = scored_pairs
    with pytest.raises(MissingColumnError, match="'score'"):
        ev.threshold_sweep(pairs, truth, score_column="score")
    with pytest.raises(InputError, match="DataFrame"):
        ev.threshold_sweep(pairs.to_numpy(), truth)
    with pytest.raises(InputError, match="thresholds"):
        ev.threshold_sweep(pairs, truth, [])


def test_pairwise_sweep(scored_pairs):
    pairs, truth = scored_pairs
    # true pairs: C(3,2) + C(2,2) = 4. Correct candidates: 1-2 (.95), 2-3 (.8), 4-5 (.7),
    # 1-3 (.2); wrong: 3-4 (.4); 6-2 has no score.
    sweep = ev.pairwise_sweep(pairs, truth, [0.0, 0.5, 0.75, 0.96])
    assert list(sweep["predicted_pairs"]) == [5, 3, 2, 0]
    assert list(sweep["correct_pairs"]) == [4, 3, 2, 0]
    assert (sweep["true_pairs"] == 4).all()
    assert sweep.loc[0, "pair_precision"] == pytest.approx(4 / 5)
    assert sweep.loc[0, "pair_recall"] == 1.0
    assert sweep.loc[1, "pair_precision"] == 1.0
    assert sweep.loc[1, "pair_recall"] == pytest.approx(3 / 4)
    assert sweep.loc[3, "pair_precision"] == 1.0  # nothing predicted: zero_division
    # at 0.3 clustering adds the transitive pairs 1-4, 2-4, ... that no candidate scored
    clustered = ev.threshold_sweep(pairs, truth, [0.3])
    pairwise = ev.pairwise_sweep(pairs, truth, [0.3])
    assert clustered.loc[0, "predicted_pairs"] == 10
    assert pairwise.loc[0, "predicted_pairs"] == 4


def test_pairwise_sweep_reads_pairs_as_unordered():
    truth = pd.Series({"a": 1, "b": 1, "c": 2})
    pairs = pd.DataFrame(
        {
            "left": ["a", "b", "a", "a", "c", "zz"],
            "right": ["b", "a", "b", "a", "b", "a"],
            "p": [0.2, 0.9, 0.5, 1.0, 0.1, 1.0],
        }
    )
    sweep = ev.pairwise_sweep(
        pairs, truth, [0.0, 0.8], id_columns=("left", "right"), score_column="p"
    )
    # a-b (best .9) and b-c; a-a and the pair with unknown "zz" are ignored
    assert list(sweep["predicted_pairs"]) == [2, 1]
    assert list(sweep["correct_pairs"]) == [1, 1]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 12).flatmap(
        lambda n: st.tuples(
            st.lists(st.integers(0, 3), min_size=n, max_size=n),
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.floats(0, 1)),
                max_size=20,
            ),
        )
    )
)
def test_sweeps_match_reference(case):
    truth_values, edges = case
    ids = list(range(len(truth_values)))
    truth = pd.Series(truth_values, index=ids)
    pairs = pd.DataFrame(edges, columns=["id_a", "id_b", "match_probability"])
    thresholds = [0.0, 0.25, 0.5, 0.9]
    sweep = ev.threshold_sweep(pairs, truth, thresholds)
    pairwise = ev.pairwise_sweep(pairs, truth, thresholds)
    for k, threshold in enumerate(thresholds):
        expected = ev.evaluate(cluster_at(pairs, ids, threshold), truth)
        assert sweep.loc[k, "pair_f1"] == pytest.approx(expected["pair_f1"])
        assert sweep.loc[k, "bcubed_f1"] == pytest.approx(expected["bcubed_f1"])
        best = {}
        for a, b, p in edges:
            if a != b:
                key = (min(a, b), max(a, b))
                best[key] = max(best.get(key, -1.0), p)
        chosen = [key for key, p in best.items() if p >= threshold]
        correct = sum(truth[a] == truth[b] for a, b in chosen)
        assert pairwise.loc[k, "predicted_pairs"] == len(chosen)
        assert pairwise.loc[k, "correct_pairs"] == correct


def test_doctests():
    result = doctest.testmod(ev, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
