"""tekil, zero-config: ``tekil.dedupe`` or ``tekil.link`` on the raw records, roles guessed."""

from __future__ import annotations

import os

import pandas as pd

from peers.common import ID, Job, Output

# Imported here, as a service imports them (not timed, like the peers' imports): ``import
# tekil`` alone defers its modules to their first use.
from tekil import dedupe, link

#: Key for the card tokens (the synthetic data has card numbers); any value will do.
CARD_KEY = "bench"


def run(job: Job) -> Output:
    """Resolve ``job`` with tekil's defaults (threshold 0.5); nothing is cleaned beforehand."""
    os.environ.setdefault("TEKIL_CARD_KEY", CARD_KEY)
    if job.is_link:
        left, right = job.frames
        result = link(left, right, id_column=ID)
    else:
        result = dedupe(job.frames[0], id_column=ID)
    clusters = result.clusters
    labels = pd.Series(clusters["cluster_id"].to_numpy(), index=pd.Index(clusters[ID]))

    return Output(
        labels=labels,
        candidate_pairs=result.candidate_pairs,  # the distinct pairs tekil compared
        note=f"zero-config, threshold {result.threshold}; "
        + ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items())
        + "; peak MB after "
        + ", ".join(f"{k} {v:,.0f}" for k, v in result.memory.items()),
    )
