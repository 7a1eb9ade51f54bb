"""Greek and Cypriot systems: their column names, a "Name" beside a "Surname", a street kept
apart from its number beside another system's whole addresses."""

import pandas as pd
import pytest

from tekil.places import split_places
from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Οδός", "address"), ("ΟΔΟΣ", "address"), ("Αριθμός", "house_number"),
        ("ΑΡΙΘΜΟΣ", "house_number"), ("Αριθμός οδού", "house_number"), ("arithmos", "house_number"),
        ("TIC", "free_id"), ("Α.Φ.Τ.", "free_id"), ("Α.Φ.Μ.", "free_id"), ("Α.Μ.Κ.Α.", "free_id"),
        ("Τ.Κ.", "postcode"), ("Νομός", "region"), ("Αριθμός Τηλεφώνου", "phone"),
        ("Τηλέφωνο", "phone"), ("Αρ. Κινητού", "phone"), ("ΟΝΟΜΑ ΠΑΤΡΟΣ", "father_name"),
        ("ΟΝΟΜΑ ΜΗΤΡΟΣ", "mother_name"),
    ],
)  # fmt: skip
def test_a_greek_or_cypriot_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column", ["Αριθμός Συμβολαίου", "Αριθμός Πελάτη", "arithmos_symvolaiou", "αριθμός παραγγελίας"]
)
def test_a_number_of_something_else_is_no_house_number(column):
    # "Αριθμός" alone beside "Οδός" is the street's number; before another word, that thing's.
    assert role_from_name(column) != "house_number"


def test_a_name_of_one_word_beside_a_surname_is_the_given_name():
    df = pd.DataFrame(
        {
            "Surname": ["GEORGIOU", "ΙΩΑΝΝΟΥ", "Charalambous", "ΚΥΡΙΑΚΟΥ"] * 5,
            "Name": ["ANDREAS", "ΧΡΥΣΤΑΛΛΑ", "Savvas", "ΜΑΡΙΑ"] * 5,
            "Mobile": [f"99{i:06d}" for i in range(20)],
        }
    )
    assert guess_settings(df).roles["Name"] == "first_name"
    # Whole names beside it stay whole names (a family name repeated, or a title).
    whole = df.assign(Name=["ANDREAS GEORGIOU", "ΧΡΥΣΤΑΛΛΑ ΙΩΑΝΝΟΥ", "Savvas Ch.", "ΜΑΡΙΑ Κ."] * 5)
    assert guess_settings(whole).roles["Name"] == "full_name"


def test_a_street_beside_its_number_stays_and_another_system_s_whole_addresses_are_split():
    df = pd.DataFrame(
        {
            "Οδός": ["ΕΡΜΟΥ", "ΣΤΑΔΙΟΥ", None, None],
            "Αριθμός": ["25", "12Α", None, None],
            "ΔΙΕΥΘΥΝΣΗ": [None, None, "Ερμού 25, 105 63 Αθήνα", "Λεωφ. Κηφισίας 120, 115 26 Αθήνα"],
        }
    )
    roles = {"Οδός": "address", "Αριθμός": "house_number", "ΔΙΕΥΘΥΝΣΗ": "address"}
    out, found = split_places(df, roles)
    assert found["ΔΙΕΥΘΥΝΣΗ (postcode)"] == "postcode"
    assert out["ΔΙΕΥΘΥΝΣΗ"].tolist()[2:] == ["Ερμού 25", "Λεωφ. Κηφισίας 120"]
    assert out["Οδός"].tolist() == df["Οδός"].tolist()
    assert "Οδός (town)" not in out.columns
