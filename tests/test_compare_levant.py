"""Levantine and Iraqi names: a given name and the father's after it, against the given name
alone in another spelling."""

import numpy as np
import pandas as pd

from tekil.compare import compare, default_comparisons
from tekil.records import prepare
from tekil.settings import Settings


def _first_name_levels(pairs: list[tuple[str, str]]) -> list[str]:
    names = [n for pair in pairs for n in pair]
    df = pd.DataFrame({"first_name": names, "last_name": ["Haddad"] * len(names)})
    recs = prepare(df, Settings(roles={c: c for c in df.columns}), np.arange(len(df)))
    comps = default_comparisons(recs)
    a = np.arange(0, len(names), 2)
    levels = compare(recs, a, a + 1, comps)
    first = comps[[c.field for c in comps].index("first_name")]
    return [first.levels[k] for k in levels[:, [c.field for c in comps].index("first_name")]]


def test_a_given_name_and_the_father_s_against_the_given_name_spelled_otherwise_is_close():
    """``Mustafa Samir`` (a whole name's given and father's names) and ``Mostafa``, ``Mohammad
    Ali`` and ``Muhammed``, ``Houssein Omar`` and ``Hussein``: the one name, spelled two ways."""
    levels = _first_name_levels(
        [("Mustafa Samir", "Mostafa"), ("Mohammad Ali", "Muhammed"), ("Houssein Omar", "Hussein")]
    )
    assert levels == ["jw_0.80"] * 3


def test_first_words_apart_or_names_of_one_word_stay_as_they_were():
    """Other given names before the same father's (brothers: ``Omar Ali`` and ``Ahmad Ali``)
    differ, as do first words further apart (``Samir Ali``, ``Salma``); two names of one word
    each are compared as before (``Hiba``, ``Rima``)."""
    levels = _first_name_levels(
        [("Omar Ali", "Ahmad Ali"), ("Samir Ali", "Salma"), ("Hiba", "Rima"), ("Sara", "Omar")]
    )
    assert levels[0] != "jw_0.80" and levels[1] == levels[2] == levels[3] == "else"
