"""A university's systems: the student's number, which its records, alumni office and card
system each keep under their own name, is the person's own id."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Student ID", "free_id"), ("Student Number", "free_id"), ("Student No.", "free_id"),
        ("student_number", "free_id"), ("STUDENT_NO", "free_id"), ("Matrikelnummer", "free_id"),
        ("Matriculation Number", "free_id"),
        # lookalikes keep their reading: the student's name, e-mail and phone, a status, a count
        ("Student Name", "full_name"), ("Student Email", "email"), ("Student Phone", "phone"),
        ("Student Type", None), ("Number of Students", None), ("Student Count", None),
    ],
)  # fmt: skip
def test_a_student_number_column_is_a_persons_id(column, role):
    assert role_from_name(column) == role


def test_a_student_number_of_seven_digits_is_no_phone():
    # An alumni office's numbers look like local phone numbers and no two of its records share
    # one: read by their name, they are the person's id that the student records hold too.
    ids = [f"{5_000_000 + 7919 * k}" for k in range(80)]
    df = pd.DataFrame({
        "rid": range(160),
        "First Name": [f"Given{k % 40}" for k in range(160)],
        "Last Name": [f"Family{k % 53}" for k in range(160)],
        "Student ID": [f"z{v}" for v in ids] + [None] * 80,
        "Student Number": [None] * 80 + ids,
    })  # fmt: skip
    roles = guess_settings(df, id_column="rid").roles
    assert roles["Student Number"] == "free_id"
    assert roles["Student ID"] == "free_id"
