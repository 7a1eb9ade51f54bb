import numpy as np
import pytest

from tekil.frequencies import code_frequencies, one_person_frequency


def _people(values_per_person: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Codes and person labels from each person's records' values."""
    codes = [v for values in values_per_person for v in values]
    labels = [p for p, values in enumerate(values_per_person) for _ in values]
    return np.array(codes), np.array(labels)


def test_a_value_nobody_else_holds_is_rare_however_many_records_its_owner_has():
    # Person 0 has three records with value 0; persons 1 and 2 share value 1; 3 to 6 hold one each.
    codes, labels = _people([[0, 0, 0], [1], [1], [2], [3], [4], [5]])
    freq = code_frequencies(codes, 6, labels)
    alone = one_person_frequency(codes, labels)
    # Good-Turing: one value held by two people against five held by one, among 7 people.
    assert alone == pytest.approx(2 * 1 / 5 / 7)
    assert freq[0] == freq[2] == freq[5] == pytest.approx(alone)  # the three records count once
    # A value of two people: the share of the other person's records among all 9.
    assert freq[1] == pytest.approx(1 / 9)
    assert freq[1] > alone
    # Counted over records, the value of three records looked three times as common.
    assert code_frequencies(codes, 6, None)[0] == pytest.approx(3 / 9)


def test_values_that_people_never_share_are_nearly_impossible_by_chance():
    # E-mail addresses: every person has their own, some written in several records.
    codes, labels = _people([[k, k] for k in range(50)])
    assert one_person_frequency(codes, labels) == 0.0
    # Birth dates: one value in ten is shared by two people.
    shared = [[k // 2] if k < 20 else [k] for k in range(100)]
    codes, labels = _people(shared)
    once, twice = 80, 10
    assert one_person_frequency(codes, labels) == pytest.approx(2 * twice / once / 100)


def test_missing_values_and_fields_without_single_holders():
    codes, labels = _people([[0, -1], [0], [-1]])
    assert one_person_frequency(codes, labels) == pytest.approx(1 / 2)  # no value of one person
    assert code_frequencies(codes, 1, labels)[0] == pytest.approx(1 / 2)
