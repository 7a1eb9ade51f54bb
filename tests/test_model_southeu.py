"""A swap of first and last name met through an initial (probe ``southeu``: a call centre's
"D'Angelo A." against a policy's Angela D'Angelo)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.model import FellegiSunter
from tekil.records import prepare
from tekil.settings import Settings


def test_a_swap_through_an_initial_weighs_the_names_it_stands_for_either_way_round():
    n = 300
    gen = [f"Ad{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(n)]
    fam = [f"Soy{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(n)]
    # ten Angelas, ten D'Angelos: the swap says no more than these names do
    gen[:10] = ["Angela"] * 10
    fam[10:20] = ["D'Angelo"] * 10
    gen[-2:], fam[-2:] = ["Angela", "D'Angelo"], ["D'Angelo", "A."]
    df = pd.DataFrame({"nome": gen, "cognome": fam})
    recs = prepare(df, Settings(roles={"nome": "first_name", "cognome": "last_name"}), np.arange(n))
    model = FellegiSunter(random_pairs=5000, seed=0).fit(recs, np.arange(n - 1), np.arange(1, n))
    one, other = (
        pd.DataFrame(model.explain(recs, a, b)).set_index("comparison").loc["first_name"]
        for a, b in ((n - 2, n - 1), (n - 1, n - 2))
    )
    assert one["level"] == other["level"] == "swapped"
    assert one["weight"] == other["weight"]
    # about as rare as "Angela D'Angelo" (ten of each among 300), not an unheard-of "A." (16.5)
    assert one["weight"] < 12
