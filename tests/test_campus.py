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


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Preferred Name", "known_as"), ("Known As", "known_as"), ("preferred_first_name", "known_as"),
        ("Chosen Name", "known_as"), ("Roepnaam", "known_as"),
        # lookalikes: a preferred way of contact, a language, an e-mail; a screen name
        ("Preferred Contact", None), ("Preferred Language", None), ("Preferred Email", "email"),
        ("Nickname", None),
    ],
)  # fmt: skip
def test_a_name_the_person_goes_by_is_read_by_its_column_name(column, role):
    assert role_from_name(column) == role


def test_a_student_known_by_a_preferred_name_is_one_customer():
    # The student records keep the legal given name and the preferred one; the card office
    # and the alumni office write the preferred one alone, with nothing else to go by than a
    # birth date the alumni office shares.
    import tekil

    df = pd.DataFrame({
        "rid": ["s1", "c1", "a1", "s2", "a2"],
        "Legal Given Names": ["Wei", None, None, "Jun", None],
        "Preferred Name": ["Jack", None, None, None, None],
        "Family Name": ["Zhang", None, "Zhang", "Zhang", "Zhang"],
        "Cardholder Name": [None, "Jack Zhang", None, None, None],
        "First Name": [None, None, "Jack", None, "Jake"],
        "Date of Birth": ["2001-04-12", None, "2001-04-12", "2002-09-30", "2001-04-12"],
        "Mobile": ["0412 345 678", "0412 345 678", None, "0413 999 111", None],
    })  # fmt: skip
    settings = tekil.guess_settings(df, id_column="rid")
    assert settings.roles["Preferred Name"] == "known_as"
    recs = tekil.records.prepare(df.drop(columns="rid"), settings, df["rid"].to_numpy())
    from compare_checks import levels_of

    # The alumni office's Jack meets the student's Wei by the name he goes by; Jake does not
    # (no typo of it, and another person's name).
    assert levels_of(recs, [0, 0, 3], [2, 4, 2])["first_name"] == ["nickname", "else", "else"]
