"""Column names of Levantine and Iraqi systems: Arabic forms of the four-part name, a Lebanese
bank's French columns, a humanitarian case register's."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("اسم الأب", "father_name"), ("اسم الاب", "father_name"), ("اسم الوالد", "father_name"),
        ("اسم الأم", "mother_name"), ("اسم الوالدة", "mother_name"),
        ("Nom du père", "father_name"), ("nom_du_pere", "father_name"),
        ("Prénom du père", "father_name"), ("Nom de la mère", "mother_name"),
        ("Prénom de la mère", "mother_name"), ("Individual No", "free_id"),
        ("individual_id", "free_id"),
    ],
)  # fmt: skip
def test_a_levantine_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # The grandfather's name (brothers and cousins share it), the family register's number
        # (a household's, repeated by other villages' registers), a household's case number,
        # a refugee's country of origin (no country the person lives or is called in).
        "اسم الجد", "Registre N°", "N° registre", "رقم السجل", "Case No", "Case Number",
        "Country of Origin", "بلد الأصل", "الجنسية",
    ],
)  # fmt: skip
def test_a_household_s_or_someone_else_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: the names themselves, a Malagasy card's parents' whole names.
        ("Nom", "last_name"), ("Prénom", "first_name"), ("الاسم الأول", "first_name"),
        ("اسم العائلة", "last_name"), ("الرقم الوطني", "free_id"), ("nom_pere", "ignore"),
        ("NOM_MERE", "ignore"), ("Country", "country"), ("registre_commerce", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role
