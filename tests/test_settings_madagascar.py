"""Column names of Malagasy systems (a mobile-money wallet's KYC and a microfinance lender's file
in Malagasy, as the identity card prints its fields)."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Anarana", "last_name"), ("Fanampiny", "first_name"), ("Anarana fanampiny", "first_name"),
        ("Fanampin'anarana", "first_name"), ("Anarana sy fanampiny", "full_name"),
        ("Anaran'ny mpanjifa", "full_name"), ("Daty nahaterahana", "dob"),
        ("Toerana nahaterahana", "birth_place"), ("Lahy/Vavy", "gender"), ("Lahy na vavy", "gender"),
        ("Laharana finday", "phone"), ("Finday", "phone"), ("Laharan'ny finday", "phone"),
        ("Laharana karatra", "free_id"), ("Karatra", "free_id"), ("Karapanondro", "free_id"),
        ("Adiresy", "address"), ("Fokontany", "district"), ("Kaominina", "city"),
        ("Adiresy mailaka", "email"), ("Lot", "address"), ("N° lot", "address"),
    ],
)  # fmt: skip
def test_a_malagasy_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # Someone else's: a relative's, a spouse's, a guarantor's, a father's; the system's own.
        "Havana akaiky", "Findain'ny havana", "Vady", "Findain'ny vady", "Anaran'ny vady",
        "Mpiantoka", "Findain'ny mpiantoka", "Karatry ny mpiantoka", "Anaran'ny rainy",
        "Laharana mpindrana", "Fifandraisana",
    ],
)  # fmt: skip
def test_someone_else_s_or_the_system_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: French and English names beside them, words that hold "ray".
        ("NOM", "last_name"), ("PRENOMS", "first_name"), ("NUM_CIN", "free_id"),
        ("DATE_NAISS", "dob"), ("array", None), ("X-ray", None), ("Commune", "city"),
        ("nom_pere", "ignore"), ("TEL", "phone"), ("lot_number", None), ("Lotissement", None),
        ("lot_date", None), ("Bénéficiaire", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role
