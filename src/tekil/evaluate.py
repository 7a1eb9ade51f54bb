"""Evaluation: how close predicted clusters are to the true entities.

Two families of metrics, both computed from the contingency table of the two
labelings (records counted per (predicted cluster, true entity) cell), without
ever enumerating record pairs:

* **pair metrics** treat clustering as the decision "same entity or not" for
  every pair of records. With ``n_ij`` records in cell (i, j), ``a_i`` in
  predicted cluster i and ``b_j`` in true entity j:
  correct pairs ``TP = Σ C(n_ij, 2)``, predicted pairs ``Σ C(a_i, 2)``, true
  pairs ``Σ C(b_j, 2)``; precision ``TP / predicted``, recall ``TP / true``.
  Large clusters weigh quadratically.
* **B-cubed** metrics average over records: precision is the mean over records
  r of ``|C(r) ∩ T(r)| / |C(r)|`` (C = predicted cluster of r, T = true entity),
  recall the mean of ``|C(r) ∩ T(r)| / |T(r)|``. From the table:
  ``precision = Σ n_ij² / a_i / N``, ``recall = Σ n_ij² / b_j / N``.

Zero division: pair precision with no predicted pair (all singletons) and pair
recall with no true pair are ``zero_division`` (default 1.0: nothing was
claimed, so nothing was wrong; like scikit-learn's ``zero_division=1.0``). Two
all-singleton labelings therefore score 1.0 everywhere. B-cubed never divides
by zero. F1 is 0.0 when precision and recall are both 0.

>>> truth = pd.Series(["a", "a", "b", "b", "b"], index=[1, 2, 3, 4, 5])
>>> predicted = pd.Series(["x", "x", "x", "y", "z"], index=[1, 2, 3, 4, 5])
>>> scores = evaluate(predicted, truth)
>>> scores["correct_pairs"], scores["predicted_pairs"], scores["true_pairs"]
(1, 3, 4)
>>> round(scores["pair_f1"], 4), round(scores["bcubed_f1"], 4)
(0.2857, 0.66)

:func:`threshold_sweep` clusters scored pairs at a range of thresholds and
evaluates each; :func:`pairwise_sweep` evaluates the pair decisions alone.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tekil.errors import InputError, MissingColumnError

__all__ = ["cluster_size_stats", "evaluate", "pairwise_sweep", "threshold_sweep"]

#: Keys of the dict returned by :func:`evaluate`, in order.
METRICS = (
    "pair_precision",
    "pair_recall",
    "pair_f1",
    "bcubed_precision",
    "bcubed_recall",
    "bcubed_f1",
    "true_pairs",
    "predicted_pairs",
    "correct_pairs",
    "records",
)


# -- input checks --------------------------------------------------------------------------


def _examples(values: Any, limit: int = 5) -> str:
    values = list(values)
    shown = ", ".join(repr(v) for v in values[:limit])
    return f"[{shown}{', ...' if len(values) > limit else ''}]"


def _as_labels(
    labels: Any, name: str, id_column: str | None = None, cluster_column: str | None = None
) -> pd.Series:
    """Turn ``labels`` into a checked Series: record id (index) -> cluster id."""
    if isinstance(labels, pd.DataFrame):
        frame = labels
        if id_column is not None:
            if id_column not in frame.columns:
                raise MissingColumnError(id_column, list(frame.columns))
            frame = frame.set_index(id_column)
        if cluster_column is None:
            if frame.shape[1] != 1:
                raise InputError(
                    f"{name} is a DataFrame with columns {list(frame.columns)[:10]}; say which "
                    "one holds the cluster id with cluster_column=... (and the record id with "
                    "id_column=..., else the index is used)"
                )
            cluster_column = frame.columns[0]
        elif cluster_column not in frame.columns:
            raise MissingColumnError(cluster_column, list(frame.columns))
        labels = frame[cluster_column]
    elif not isinstance(labels, pd.Series):
        raise InputError(
            f"{name} must be a pandas Series (index: record id, values: cluster id) or a "
            f"DataFrame, got {type(labels).__name__}"
        )
    if labels.index.hasnans:
        raise InputError(f"{name} has {int(labels.index.isna().sum())} null record id(s)")
    if not labels.index.is_unique:
        duplicated = labels.index[labels.index.duplicated()].unique()
        raise InputError(
            f"{name} has {len(duplicated)} duplicate record id(s), e.g. "
            f"{_examples(duplicated)}; each record must appear once"
        )
    null = labels.isna().to_numpy()
    if null.any():
        raise InputError(
            f"{name} has {int(null.sum())} record(s) with a null cluster id, e.g. record ids "
            f"{_examples(labels.index[null])}; give every record a cluster id (its own, "
            "if it is a singleton)"
        )
    return labels


def _aligned_codes(predicted: pd.Series, truth: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Factorised labels of both Series, in the order of ``predicted``'s index."""
    position = truth.index.get_indexer(predicted.index)
    missing_in_truth = position < 0
    missing_in_predicted = ~truth.index.isin(predicted.index)
    if missing_in_truth.any() or missing_in_predicted.any():
        parts = []
        if missing_in_predicted.any():
            parts.append(
                f"{int(missing_in_predicted.sum())} id(s) of truth are missing from predicted "
                f"(e.g. {_examples(truth.index[missing_in_predicted])})"
            )
        if missing_in_truth.any():
            parts.append(
                f"{int(missing_in_truth.sum())} id(s) of predicted are missing from truth "
                f"(e.g. {_examples(predicted.index[missing_in_truth])})"
            )
        raise InputError("predicted and truth must label the same records: " + "; ".join(parts))
    return _factorize(predicted), _factorize(truth)[position]


def _factorize(values: pd.Series) -> np.ndarray:
    """Codes ``0..k-1`` of non-null labels, equal labels sharing a code.

    pandas hashes an all-string object array as C strings, cut at NUL (``"a\\x00b"``
    would equal ``"a"``); a trailing None sentinel keeps it on the exact object path.
    """
    array = values.to_numpy()
    if array.dtype == object or isinstance(values.dtype, pd.StringDtype):
        array = np.append(np.asarray(values, dtype=object), None)
        return pd.factorize(array, sort=False)[0][:-1].astype(np.int64)
    return pd.factorize(array, sort=False)[0].astype(np.int64)


# -- metrics from codes ----------------------------------------------------------------------


def _pairs(counts: np.ndarray) -> int:
    return int((counts * (counts - 1) // 2).sum())


def _ratio(numerator: float, denominator: float, zero_division: float) -> float:
    return float(numerator / denominator) if denominator else float(zero_division)


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _scores(
    predicted_codes: np.ndarray, truth_codes: np.ndarray, zero_division: float = 1.0
) -> dict[str, float]:
    """All metrics of two aligned labelings given as codes in ``[0, k)``."""
    n = len(predicted_codes)
    if n == 0:
        raise InputError("there are no records to evaluate")
    predicted_sizes = np.bincount(predicted_codes)
    truth_sizes = np.bincount(truth_codes)
    n_truth = len(truth_sizes)
    cells, cell_sizes = np.unique(predicted_codes * n_truth + truth_codes, return_counts=True)
    cell_predicted, cell_truth = np.divmod(cells, n_truth)

    correct_pairs = _pairs(cell_sizes)
    predicted_pairs = _pairs(predicted_sizes)
    true_pairs = _pairs(truth_sizes)
    pair_precision = _ratio(correct_pairs, predicted_pairs, zero_division)
    pair_recall = _ratio(correct_pairs, true_pairs, zero_division)

    squared = cell_sizes.astype(np.float64) ** 2
    # fsum: exactly rounded, so the result does not depend on the order of the records
    bcubed_precision = math.fsum(squared / predicted_sizes[cell_predicted]) / n
    bcubed_recall = math.fsum(squared / truth_sizes[cell_truth]) / n
    return {
        "pair_precision": pair_precision,
        "pair_recall": pair_recall,
        "pair_f1": _f1(pair_precision, pair_recall),
        "bcubed_precision": bcubed_precision,
        "bcubed_recall": bcubed_recall,
        "bcubed_f1": _f1(bcubed_precision, bcubed_recall),
        "true_pairs": true_pairs,
        "predicted_pairs": predicted_pairs,
        "correct_pairs": correct_pairs,
        "records": n,
    }


# -- public functions ------------------------------------------------------------------------


def evaluate(
    predicted: pd.Series | pd.DataFrame,
    truth: pd.Series | pd.DataFrame,
    *,
    id_column: str | None = None,
    cluster_column: str | None = None,
    zero_division: float = 1.0,
) -> dict[str, float]:
    """Pair and B-cubed precision, recall and F1 of ``predicted`` against ``truth``.

    Parameters
    ----------
    predicted, truth
        pandas Series mapping record id (the index) to a cluster id / entity id
        (any hashable values; only equality matters). Both must hold the same
        record ids, each once, and no null cluster id; order is irrelevant.
        A DataFrame is read the same way: the record id is the index, or the
        column ``id_column``; the cluster id is the column ``cluster_column``, or
        the only column left. (The same names apply to both arguments; for
        different names pass Series: ``df.set_index("id")["entity"]``.)
    zero_division
        Pair precision when nothing was predicted as a pair, and pair recall when
        the truth has no pair (default 1.0; 0.0 and NaN are also sensible).

    Returns
    -------
    dict
        ``pair_precision``, ``pair_recall``, ``pair_f1``, ``bcubed_precision``,
        ``bcubed_recall``, ``bcubed_f1`` (floats) and the counts ``true_pairs``,
        ``predicted_pairs``, ``correct_pairs`` and ``records`` (ints).

    Raises
    ------
    InputError
        When the record ids differ (the message counts and shows the missing ids
        on each side), repeat, or a cluster id is null.

    Cost: O(N) hashing plus a sort of the distinct (cluster, entity) cells.

    >>> truth = pd.Series({"r1": 1, "r2": 1, "r3": 2})
    >>> evaluate(pd.Series({"r3": "k", "r2": "m", "r1": "m"}), truth)["pair_f1"]
    1.0
    """
    predicted = _as_labels(predicted, "predicted", id_column, cluster_column)
    truth = _as_labels(truth, "truth", id_column, cluster_column)
    predicted_codes, truth_codes = _aligned_codes(predicted, truth)
    return _scores(predicted_codes, truth_codes, zero_division)


def cluster_size_stats(clusters: pd.Series | Sequence[Hashable] | np.ndarray) -> dict[str, Any]:
    """Summary of cluster sizes: how many clusters, singletons, and how large.

    ``clusters`` maps each record to its cluster id (a Series, or any sequence).
    Returns ``records``, ``n_clusters``, ``singletons`` (clusters of one record),
    ``mean_size``, ``max_size`` and ``size_histogram`` (``{size: number of
    clusters of that size}``, sizes ascending).

    >>> stats = cluster_size_stats(pd.Series(["a", "a", "b", "c", "c", "c"]))
    >>> stats["n_clusters"], stats["singletons"], stats["size_histogram"]
    (3, 1, {1: 1, 2: 1, 3: 1})
    """
    if not isinstance(clusters, pd.Series):
        clusters = pd.Series(np.asarray(clusters, dtype=object))
    null = clusters.isna().to_numpy()
    if null.any():
        raise InputError(
            f"clusters has {int(null.sum())} record(s) with a null cluster id, e.g. record "
            f"ids {_examples(clusters.index[null])}"
        )
    sizes = np.bincount(_factorize(clusters))
    size_values, size_counts = np.unique(sizes, return_counts=True)
    return {
        "records": len(clusters),
        "n_clusters": len(sizes),
        "singletons": int((sizes == 1).sum()),
        "mean_size": float(sizes.mean()) if len(sizes) else 0.0,
        "max_size": int(sizes.max()) if len(sizes) else 0,
        "size_histogram": {
            int(size): int(count) for size, count in zip(size_values, size_counts, strict=True)
        },
    }


def _default_thresholds(scores: np.ndarray) -> np.ndarray:
    finite = scores[np.isfinite(scores)]
    if finite.size == 0 or (finite.min() >= 0.0 and finite.max() <= 1.0):
        return np.round(np.linspace(0.0, 1.0, 21), 2)
    return np.linspace(finite.min(), finite.max(), 21)


def _pair_inputs(
    pairs: pd.DataFrame,
    id_columns: tuple[str, str],
    score_column: str,
    thresholds: Sequence[float] | np.ndarray | None,
) -> tuple[pd.Series, pd.Series, np.ndarray, np.ndarray]:
    if not isinstance(pairs, pd.DataFrame):
        raise InputError(f"pairs must be a pandas DataFrame, got {type(pairs).__name__}")
    for column in (*id_columns, score_column):
        if column not in pairs.columns:
            raise MissingColumnError(column, list(pairs.columns))
    try:
        scores = pairs[score_column].to_numpy(dtype=np.float64, na_value=np.nan)
    except (TypeError, ValueError):
        raise InputError(f"column {score_column!r} of pairs must hold numbers") from None
    if thresholds is None:
        thresholds = _default_thresholds(scores)
    thresholds = np.asarray(thresholds, dtype=np.float64).ravel()
    if thresholds.size == 0 or np.isnan(thresholds).any():
        raise InputError("thresholds must be a non-empty list of numbers")
    left, right = (pairs[column] for column in id_columns)
    return left, right, scores, thresholds


def threshold_sweep(
    pairs: pd.DataFrame,
    truth: pd.Series,
    thresholds: Sequence[float] | np.ndarray | None = None,
    *,
    id_columns: tuple[str, str] = ("id_a", "id_b"),
    score_column: str = "match_probability",
    all_ids: Sequence[Hashable] | pd.Index | None = None,
    zero_division: float = 1.0,
) -> pd.DataFrame:
    """Cluster the scored pairs at each threshold and evaluate against ``truth``.

    For each threshold t the pairs with score ≥ t (NaN scores never count) are the
    edges of a graph over all records; its connected components are the predicted
    clusters, and a record in no such pair is a singleton. The graph holds the
    records of ``all_ids`` (default: the ids of ``truth`` together with those in
    ``pairs``), so an unlabelled record can still join two labelled ones; the
    metrics are computed over the records of ``truth``.

    Parameters
    ----------
    pairs
        One row per candidate pair: record ids in ``id_columns`` and a score in
        ``score_column`` (a probability, a match weight, any number).
    truth
        Series record id -> true entity id, as for :func:`evaluate`.
    thresholds
        Default: 0, 0.05, ..., 1 when the scores lie in [0, 1], else 21 steps
        from the lowest to the highest score.
    all_ids
        Every record id of the graph; must include the ids of ``truth`` and of
        ``pairs``.

    Returns
    -------
    pandas.DataFrame
        One row per threshold (in the given order): ``threshold``,
        ``pairs_above`` (candidate pairs with score ≥ t), ``clusters`` (predicted
        clusters among the records of ``truth``), then the keys of :func:`evaluate`.

    Cost per threshold: O(N + P) for N records and P pairs.

    >>> truth = pd.Series({1: "a", 2: "a", 3: "a", 4: "b"})
    >>> pairs = pd.DataFrame({"id_a": [1, 2, 3], "id_b": [2, 3, 4],
    ...                       "match_probability": [0.9, 0.6, 0.3]})
    >>> sweep = threshold_sweep(pairs, truth, [0.5, 0.8])
    >>> sweep[["threshold", "pairs_above", "clusters", "pair_f1"]]
       threshold  pairs_above  clusters  pair_f1
    0        0.5            2         2      1.0
    1        0.8            1         3      0.5
    """
    truth = _as_labels(truth, "truth")
    left, right, scores, thresholds = _pair_inputs(pairs, id_columns, score_column, thresholds)
    if all_ids is None:
        in_pairs = [pd.Index(column) for column in (left, right) if len(column)]
        ids = truth.index.append(in_pairs).unique()
    else:
        ids = pd.Index(all_ids)
        if not ids.is_unique:
            raise InputError(f"all_ids has duplicates, e.g. {_examples(ids[ids.duplicated()])}")
    node_a = ids.get_indexer(left)
    node_b = ids.get_indexer(right)
    for name, column, nodes in (
        (id_columns[0], left, node_a),
        (id_columns[1], right, node_b),
    ):
        if (nodes < 0).any():
            raise InputError(
                f"{int((nodes < 0).sum())} id(s) in column {name!r} of pairs are not in all_ids, "
                f"e.g. {_examples(pd.unique(column[nodes < 0]))}"
            )
    labelled = ids.get_indexer(truth.index)
    if (labelled < 0).any():
        raise InputError(
            f"{int((labelled < 0).sum())} id(s) of truth are not in all_ids, e.g. "
            f"{_examples(truth.index[labelled < 0])}"
        )
    truth_codes = _factorize(truth)

    rows = []
    for threshold in thresholds:
        above = scores >= threshold
        graph = coo_matrix(
            (np.ones(int(above.sum()), dtype=np.int8), (node_a[above], node_b[above])),
            shape=(len(ids), len(ids)),
        )
        _, components = connected_components(graph, directed=False)
        predicted_codes = pd.factorize(components[labelled], sort=False)[0].astype(np.int64)
        rows.append(
            {
                "threshold": float(threshold),
                "pairs_above": int(above.sum()),
                "clusters": int(predicted_codes.max()) + 1 if len(predicted_codes) else 0,
                **_scores(predicted_codes, truth_codes, zero_division),
            }
        )
    return pd.DataFrame(rows)


def pairwise_sweep(
    pairs: pd.DataFrame,
    truth: pd.Series,
    thresholds: Sequence[float] | np.ndarray | None = None,
    *,
    id_columns: tuple[str, str] = ("id_a", "id_b"),
    score_column: str = "match_probability",
    zero_division: float = 1.0,
) -> pd.DataFrame:
    """Precision and recall of the pair decisions "score ≥ t", before clustering.

    A pair is correct when both records have the same entity in ``truth``.
    Recall is against *all* true pairs of ``truth`` (``Σ C(b_j, 2)``), so pairs
    that blocking never generated count as missed. Compare with
    :func:`threshold_sweep` to see what clustering (transitivity) adds or costs.

    The pairs are read as unordered: ``(a, b)`` and ``(b, a)`` are one pair,
    repeated pairs keep their highest score, pairs of a record with itself are
    ignored, and so are pairs with a record that is not in ``truth`` (they can be
    neither right nor wrong).

    Returns one row per threshold: ``threshold``, ``predicted_pairs``,
    ``correct_pairs``, ``true_pairs``, ``pair_precision``, ``pair_recall``,
    ``pair_f1``. Cost: O(P log P) once, O(log P) per threshold.

    >>> truth = pd.Series({1: "a", 2: "a", 3: "a", 4: "b"})
    >>> pairs = pd.DataFrame({"id_a": [1, 2, 3], "id_b": [2, 3, 4],
    ...                       "match_probability": [0.9, 0.6, 0.3]})
    >>> pairwise_sweep(pairs, truth, [0.5])[["predicted_pairs", "correct_pairs", "true_pairs"]]
       predicted_pairs  correct_pairs  true_pairs
    0                2              2           3
    """
    truth = _as_labels(truth, "truth")
    left, right, scores, thresholds = _pair_inputs(pairs, id_columns, score_column, thresholds)
    node_a = truth.index.get_indexer(left).astype(np.int64)
    node_b = truth.index.get_indexer(right).astype(np.int64)
    keep = (node_a >= 0) & (node_b >= 0) & (node_a != node_b) & ~np.isnan(scores)
    lo = np.minimum(node_a[keep], node_b[keep])
    hi = np.maximum(node_a[keep], node_b[keep])
    scores = scores[keep]
    # unordered pairs, highest score first; keep the first row of each pair
    order = np.lexsort((-scores, hi, lo))
    lo, hi, scores = lo[order], hi[order], scores[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, scores = lo[first], hi[first], scores[first]

    truth_codes = _factorize(truth)
    true_pairs = _pairs(np.bincount(truth_codes)) if len(truth_codes) else 0
    correct = truth_codes[lo] == truth_codes[hi]
    # descending scores: the pairs with score >= t are a prefix
    order = np.argsort(-scores, kind="stable")
    descending = scores[order]
    correct_so_far = np.concatenate([[0], np.cumsum(correct[order])])
    predicted = np.searchsorted(-descending, -thresholds, side="right")

    rows = []
    for threshold, n_predicted in zip(thresholds, predicted, strict=True):
        n_correct = int(correct_so_far[n_predicted])
        precision = _ratio(n_correct, n_predicted, zero_division)
        recall = _ratio(n_correct, true_pairs, zero_division)
        rows.append(
            {
                "threshold": float(threshold),
                "predicted_pairs": int(n_predicted),
                "correct_pairs": n_correct,
                "true_pairs": true_pairs,
                "pair_precision": precision,
                "pair_recall": recall,
                "pair_f1": _f1(precision, recall),
            }
        )
    return pd.DataFrame(rows)
