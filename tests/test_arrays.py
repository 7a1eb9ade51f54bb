"""tekil._arrays: numpy's results, faster."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tekil._arrays import distinct
from tekil._order import block_pairs, by_key


@pytest.mark.parametrize("dtype", [np.int8, np.int32, np.int64, np.uint64, np.float64])
@pytest.mark.parametrize("n", [0, 1, 2, 1000])
def test_distinct_is_numpys_unique(dtype, n):
    rng = np.random.default_rng(n)
    for high in (3, 100, 2**62):
        values = rng.integers(0, min(high, np.iinfo(np.int8).max if dtype == np.int8 else high), n)
        values = values.astype(dtype)
        got = distinct(values)
        assert got.dtype == values.dtype
        np.testing.assert_array_equal(got, np.unique(values))


def test_distinct_flattens_like_unique():
    values = np.array([[5, 1], [1, -2]])
    np.testing.assert_array_equal(distinct(values), [-2, 1, 5])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1, 30), max_size=60))
def test_records_by_key_are_the_stable_sort_of_their_keys(values):
    keys = np.array(values, dtype=np.int64)
    valid = np.flatnonzero(keys >= 0)
    expected = valid[np.argsort(keys[valid], kind="stable")]
    assert by_key(keys, 31).tolist() == expected.tolist()
    assert by_key(keys.astype(np.int32), 31).tolist() == expected.tolist()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=8), st.randoms(use_true_random=False))
def test_block_pairs_are_every_pair_within_each_block_in_order(sizes, rnd):
    order = list(range(sum(sizes)))
    rnd.shuffle(order)
    starts = np.cumsum([0, *sizes[:-1]]) if sizes else np.array([], dtype=np.int64)
    expected = [
        (min(order[x], order[y]), max(order[x], order[y]))
        for start, size in zip(starts, sizes, strict=True)
        for x in range(start, start + size)
        for y in range(x + 1, start + size)
    ]
    left, right = block_pairs(
        np.array(order, dtype=np.int64),
        np.array(starts, dtype=np.int64),
        np.array(sizes, dtype=np.int64),
    )
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == expected
