import numpy as np
import pytest

from tekil.frequencies import (
    chance_agreement,
    code_frequencies,
    copies,
    one_person_frequency,
    pair_weights,
)


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
    # No value is held by three: a value of two is no more common than one of one person
    # (as the same person's records left apart would make it).
    assert freq[1] == pytest.approx(alone)
    # Counted over records, the value of three records looked three times as common.
    assert code_frequencies(codes, 6, None)[0] == pytest.approx(3 / 9)


def test_values_of_few_people_follow_good_turing_and_of_many_their_count():
    # 60 values of one person, 10 of two, 2 of three, 1 of twenty people (one record each).
    holders = [1] * 60 + [2] * 10 + [3] * 2 + [20]
    per_person = [[v] for v, k in enumerate(holders) for _ in range(k)]
    codes, labels = _people(per_person)
    freq = code_frequencies(codes, len(holders), labels)
    persons = len(per_person)
    assert freq[0] == pytest.approx(2 * 10 / 60 / persons)
    assert freq[60] == pytest.approx(3 * 2 / 10 / persons)  # two people: 0.6 of one's worth ...
    assert freq[70] == pytest.approx(freq[60])  # ... three: no fewer (no value of four people)
    assert freq[72] == pytest.approx(19 / persons)  # twenty: the other nineteen
    assert freq[0] < freq[60] < freq[72]
    # Never more common than the other holders make it: one record each, two people, 1 of 95.
    codes, labels = _people(
        [[v] for v, k in enumerate([1] * 4 + [2] * 4 + [3] * 4) for _ in range(k)]
    )
    assert code_frequencies(codes, 12, labels)[4] == pytest.approx(1 / 24)


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


def test_a_field_without_values_has_no_frequencies_to_learn():
    missing, labels = np.array([-1, -1]), np.array([0, 1])
    assert code_frequencies(missing, 2, labels).tolist() == [0.0, 0.0]
    assert one_person_frequency(missing, labels) == 1.0  # one person's share of nobody


def _records(rows: list[tuple[str, str, str | None]]):
    import pandas as pd

    from tekil.records import prepare
    from tekil.settings import Settings

    df = pd.DataFrame(rows, columns=["first", "last", "born"])
    st = Settings(roles={"first": "first_name", "last": "last_name", "born": "dob"})
    return prepare(df, st, np.arange(len(df)))


def test_a_customer_copied_far_more_than_the_usual_duplicates_counts_as_the_usual_few():
    # 200 persons, every tenth with a second record; one customer with 60 alike records.
    names = [a + b for a in "bcdfghklmn" for b in "aeiourstvz"]  # 100 syllables
    rows = [
        (f"Gi{names[p % 100]}", f"Fa{names[p // 2]}", f"19{p % 90 + 10}-01-{p % 28 + 1:02d}")
        for p in range(200)
    ]
    ada = ("Ada", "Lovelace", "1975-12-10")
    recs = _records(rows + rows[::10] + [ada] * 60 + [(*ada[:2], None)])
    count, usual = copies(recs)
    assert usual == 2.0  # the 99th percentile of the groups' sizes: 20 of 2, one of 60
    assert count[:200].max() == 2 and count[-61:-1].tolist() == [60] * 60
    assert count[-1] == 1  # no birth date: no group
    w = pair_weights(recs, np.array([220, 0, 1]), np.array([221, 200, 2]))
    assert w.tolist() == pytest.approx([1 / 59, 1.0, 1.0])  # copies, a duplicate, strangers
    # The copies' name agrees by chance as seldom as if the customer had two records, not
    # (60 * 59) / (281 * 280) = 0.045 as counted by records.
    two = chance_agreement(_records(rows + rows[::10] + [ada] * 2), "first_name")
    assert chance_agreement(recs, "first_name") == pytest.approx(two, rel=0.1)


def test_without_birth_dates_every_pair_counts_whole():
    recs = _records([("Ada", "Lovelace", None)] * 5 + [("Alan", "Turing", None)])
    count, _ = copies(recs)
    assert count.tolist() == [1] * 6
    assert pair_weights(recs, np.array([0, 0]), np.array([1, 5])) is None  # each counts 1
