"""Whole names written in both orders: which words are family names, learnt from the column."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from tekil.name_order import family_scores
from tekil.records import prepare
from tekil.settings import Settings

GIVEN = ["taro", "hanako", "jiro", "yuki", "kenji", "aiko", "sora", "ren", "mei", "haruto"]
FAMILY = ["yamada", "tanaka", "suzuki", "sato", "ito", "kato", "mori", "ono"]


def _names(share_turned: float, seed: int = 0, size: int = 300) -> list[tuple[str, str]]:
    """(first word, second word) of ``size`` two-word names, a share written family first."""
    rnd = random.Random(seed)
    out = []
    for _ in range(size):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        out.append((f, g) if rnd.random() < share_turned else (g, f))
    return out


def _scores(names: list[tuple[str, str]]) -> dict[str, float]:
    return family_scores([a for a, _ in names], [b for _, b in names], [1] * len(names))


def test_both_orders_put_every_family_name_on_one_side_and_every_given_name_on_the_other():
    for share in (0.2, 0.5, 0.8):
        scores = _scores(_names(share))
        sign = 1 if scores["yamada"] > 0 else -1  # (half and half: either side may be "family")
        assert all(sign * scores[w] >= 1 / 3 for w in FAMILY), share
        assert all(sign * scores[w] <= -1 / 3 for w in GIVEN), share
    # Most names written given name first: the family names are the family side.
    scores = _scores(_names(0.2))
    assert min(scores[w] for w in FAMILY) > 0 > max(scores[w] for w in GIVEN)


def test_a_column_of_one_order_is_left_as_written():
    assert _scores(_names(0.0)) == {}
    assert _scores(_names(1.0)) == {}
    # Words that are given and family names both (Thomas, Martin) make no second order.
    names = _names(0.0) + [("thomas", "yamada"), ("taro", "thomas"), ("martin", "ito")] * 3
    names += [("kenji", "martin")] * 4
    assert _scores(names) == {}
    assert family_scores([], [], []) == {}


def test_the_scores_are_the_same_for_the_same_names_in_any_row_order():
    names = _names(0.5, seed=3)
    shuffled = names[::-1]
    assert _scores(names) == pytest.approx(_scores(shuffled), abs=1e-9)


def test_a_whole_name_column_of_both_orders_is_read_family_name_last_and_lone_names_by_role():
    # Two systems' exports in one column: "Taro Yamada" and "Yamada Taro"; a third writes one
    # name only. Each record's family name is the family word, whichever order it came in,
    # and a family name alone is a family name (not a given name that differs from Taro).
    names = _names(0.4, seed=1, size=200)
    whole = [f"{a.title()} {b.title()}" for a, b in names] + ["Yamada", "Suzuki", "Hanako"]
    df = pd.DataFrame({"name": whole})
    recs = prepare(df, Settings(roles={"name": "full_name"}), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    for k, (a, b) in enumerate(names):
        family, given = (a, b) if a in FAMILY else (b, a)
        assert (first.value_of(k), last.value_of(k)) == (given, family), (a, b)
    assert [last.value_of(k) for k in range(200, 203)] == ["yamada", "suzuki", None]
    assert first.value_of(202) == "hanako"
    assert recs.name_words["yamada"] > 0 > recs.name_words["hanako"]


def test_a_whole_name_column_of_one_order_keeps_its_reading():
    names = _names(0.0, seed=2, size=200)
    df = pd.DataFrame({"name": [f"{a.title()} {b.title()}" for a, b in names]})
    recs = prepare(df, Settings(roles={"name": "full_name"}), np.arange(len(df)))
    assert recs.name_words == {}
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    assert all((first.value_of(k), last.value_of(k)) == names[k] for k in range(len(names)))


def test_a_store_reads_a_new_record_by_the_words_its_batch_learnt():
    from tekil.store.rows import encode_row, normalise_row, readers

    names = _names(0.4, seed=1, size=200)
    df = pd.DataFrame({"name": [f"{a.title()} {b.title()}" for a, b in names]})
    roles = {"name": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    column_readers = readers(roles, {"name": ("name", {})})
    for written in ("Kenji Mori", "Mori Kenji"):
        row = encode_row(
            normalise_row({"name": written}, column_readers), roles, name_words=recs.name_words
        )
        assert (row.get("first_name"), row.get("last_name")) == ("kenji", "mori"), written


def test_family_names_with_particles_are_read_in_both_orders():
    # "Van der Berg Jan" beside "Jan van der Berg": the particles go with the family name.
    rnd = random.Random(4)
    given = ["jan", "piet", "anna", "sanne", "daan", "emma", "lotte", "bram"]
    family = ["van der berg", "de vries", "jansen", "van dijk", "bakker", "de jong", "visser"]
    names = []
    for _ in range(200):
        g, f = rnd.choice(given), rnd.choice(family)
        names.append((g, f, f"{f} {g}" if rnd.random() < 0.4 else f"{g} {f}"))
    df = pd.DataFrame({"naam": [written.title() for _, _, written in names]})
    recs = prepare(df, Settings(roles={"naam": "full_name"}), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    read = [(first.value_of(k), last.value_of(k)) for k in range(len(names))]
    assert read == [(g, f) for g, f, _ in names]


def _with_initials(names: list[tuple[str, str]], seed: int) -> list[tuple[str, str]]:
    """A third of the names with the given name as an initial ("T Yamada", "Yamada T")."""
    rnd = random.Random(seed)
    out = []
    for a, b in names:
        if rnd.random() < 1 / 3:
            a, b = (a, b[0]) if a in FAMILY else (a[0], b)
        out.append((a, b))
    return out


def test_initials_tell_the_family_side_where_the_order_does_not():
    # Two exports in one column, one a little larger: "Yamada Taro" in 55 of 100 names. The
    # side written last in most names would be the given names'; the initials say otherwise.
    for seed in range(4):
        scores = _scores(_with_initials(_names(0.55, seed=seed), seed))
        assert min(scores[w] for w in FAMILY) > 0 > max(scores[w] for w in GIVEN), seed
    # Where the order is clear, it decides: a column of "Taro Y." (the family name's initial)
    # keeps its family names last.
    rnd = random.Random(5)
    names = [(f, g) if rnd.random() < 0.2 else (g, f) for g, f in _names(0.0, seed=5)]
    names = [(a, b[0]) if a in GIVEN and rnd.random() < 1 / 3 else (a, b) for a, b in names]
    scores = _scores(names)
    assert min(scores[w] for w in FAMILY) > 0 > max(scores[w] for w in GIVEN)
