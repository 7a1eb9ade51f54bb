"""Stable customer ids across batch runs: which old id each new cluster keeps.

A batch re-run over the old records plus new ones finds clusters afresh; the
customers' ids must not change under the services that hold them. Each old id
goes to the new cluster holding most of its records (ties: the cluster whose
first record comes first). A cluster that receives several old ids is a
*merge*: it keeps the oldest, the others retire. An old id whose records now
lie in several clusters is a *split*: the other parts get ids of their own.

>>> import numpy as np
>>> labels = np.array([0, 0, 1, 1, 2])
>>> old = np.array(["C1", "C2", "C3", "C3", None], dtype=object)
>>> kept, changes = carry_ids(labels, old, {"C1": 1, "C2": 2, "C3": 3})
>>> kept
['C1', 'C3', None]
>>> [c["kind"] for c in changes]
['merge']
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def carry_ids(
    labels: np.ndarray, old_ids: np.ndarray, age: dict[str, int]
) -> tuple[list[str | None], list[dict]]:
    """Per new cluster label, the old id it keeps (``None``: a new customer), and the changes.

    ``old_ids`` holds each batch record's customer id in the store (``None`` for
    a record new to the store); ``age`` orders the old ids (smaller is older).
    Changes are ``{"kind": "merge", "customer_id": kept, "absorbed": [...]}`` and
    ``{"kind": "split", "customer_id": id, "parts": k}``.
    """
    n_labels = int(labels.max(initial=-1)) + 1
    kept: list[str | None] = [None] * n_labels
    frame = pd.DataFrame({"label": labels, "old": old_ids, "pos": np.arange(len(labels))})
    frame = frame[frame["old"].notna()]
    if frame.empty:
        return kept, []
    counts = (
        frame.groupby(["old", "label"], sort=False)
        .agg(records=("pos", "size"), first=("pos", "min"))
        .reset_index()
    )
    counts["age"] = counts["old"].map(age).fillna(np.iinfo(np.int64).max)
    # Each old id's best cluster: most records, then the earliest record.
    best = counts.sort_values(["old", "records", "first"], ascending=[True, False, True])
    home = best.drop_duplicates("old")
    changes: list[dict] = []
    absorbed: dict[int, list[str]] = {}
    for row in home.sort_values(["age", "old"]).itertuples(index=False):
        if kept[row.label] is None:
            kept[row.label] = row.old
        else:
            absorbed.setdefault(row.label, []).append(row.old)
    for label, ids in sorted(absorbed.items()):
        changes.append({"kind": "merge", "customer_id": kept[label], "absorbed": sorted(ids)})
    parts = counts.groupby("old")["label"].nunique()
    for old, k in parts[parts > 1].sort_index().items():
        changes.append({"kind": "split", "customer_id": old, "parts": int(k)})
    return kept, changes
