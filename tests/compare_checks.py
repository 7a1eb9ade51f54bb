"""Checks shared by the comparison tests."""

import numpy as np

from tekil.compare import compare, default_comparisons


def levels_of(records, i, j) -> dict[str, list[str]]:
    """Each default comparison's level names for the pairs (i, j) of ``records``."""
    comps = default_comparisons(records)
    levels = compare(records, np.asarray(i), np.asarray(j), comps)
    return {c.field: [c.levels[v] for v in levels[:, k]] for k, c in enumerate(comps)}
