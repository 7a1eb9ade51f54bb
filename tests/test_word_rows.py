import random
import sys

import numpy as np

from tekil._word_rows import FEW_WORDS, word_rows


def _expected(values):
    """Words numbered as ``pd.factorize`` numbers ``str.split()``'s words, each value's sorted."""
    numbers: dict[str, int] = {}
    rows = []
    for value in values:
        words = value.split() if isinstance(value, str) else []
        rows.append(sorted({numbers.setdefault(w, len(numbers)) for w in words}))
    return rows


def _rows(values):
    indptr, indices, sizes = word_rows(np.asarray(values, dtype=object))
    rows = [indices[indptr[r] : indptr[r + 1]].tolist() for r in range(len(values))]
    assert sizes.tolist() == [len(row) for row in rows]
    return rows


def test_words_split_where_python_splits_them_and_are_numbered_as_first_seen():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    # (a zero-width space is no space)
    letters = [*"abcé", "ş", "日", "\u200b", "\x00", "\U0001f600"]
    rng = random.Random(0)
    values = [
        "".join(rng.choice(spaces + letters * 3) for _ in range(rng.randint(0, 14)))
        for _ in range(5000)
    ]
    assert _rows(values) == _expected(values)


def test_values_that_are_no_strings_have_no_words():
    values = ["ali  veli ali", "", None, np.nan, 7, "veli", "x\ty z"]
    assert _rows(values) == _expected(values) == [[0, 1], [], [], [], [], [1], [2, 3, 4]]


def test_a_lone_surrogate_is_a_word_as_any_other():
    values = ["a \ud800 b", "\ud800", "b a"]
    assert _rows(values) == _expected(values)


def test_a_value_of_many_words_keeps_each_once_in_order():
    rng = random.Random(1)
    values = [" ".join(str(rng.randint(0, 50)) for _ in range(FEW_WORDS * 10)), "7 3 7", ""]
    assert _rows(values) == _expected(values)


def test_no_values():
    indptr, indices, sizes = word_rows(np.empty(0, dtype=object))
    assert indptr.tolist() == [0] and len(indices) == len(sizes) == 0
