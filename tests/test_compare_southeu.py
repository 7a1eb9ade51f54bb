"""Names in Greek letters against their Latin spellings (probe ``southeu``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_a_name_that_reads_as_its_latin_spelling_agrees_exactly():
    # "ΕΛΕΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ" on a Greek bill, "ELENI PAPADOPOULOU" on the passport-spelled
    # policy: one name. "Elena" is another spelling, close but not the same.
    first = ["ΕΛΕΝΗ", "Eleni", "Elena", "Иван", "Ivan", "Ελένη"]
    last = ["ΠΑΠΑΔΟΠΟΥΛΟΥ", "Papadopoulou", "Papadopoulu", "Петров", "Petrov", "Παπαδοπούλου"]
    df = pd.DataFrame({"first": first, "last": last})
    roles = {"first": "first_name", "last": "last_name"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 3, 0], [1, 2, 4, 5])
    assert lv["first_name"] == ["exact", "jw_0.92", "exact", "exact"]
    assert lv["last_name"] == ["exact", "jw_0.92", "exact", "exact"]
