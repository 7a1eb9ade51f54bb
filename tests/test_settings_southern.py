"""Column names of Southern African systems: Mozambican and Angolan banks' Portuguese, a funeral
insurer's policyholder and its numbered dependants."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("telemovel", "phone"), ("Telemóvel", "phone"), ("numero_telemovel", "phone"),
        ("bilhete_identidade", "free_id"), ("Bilhete de Identidade", "free_id"), ("BI", "free_id"),
        ("n_bi", "free_id"), ("NUIT", "free_id"), ("omang", "free_id"), ("Omang No", "free_id"),
        # A policy's holder ("ph_name" beside "ph_surname") is the record's own person; "ph"
        # alone, or before a number, is still a phone.
        ("ph_name", "full_name"), ("ph_surname", "last_name"), ("ph_dob", "dob"),
        ("ph_cell", "phone"), ("ph_no", "phone"), ("ph_number", "phone"), ("ph1", "phone"),
        ("home_ph", "phone"), ("policyholder_name", "full_name"),
        # Portuguese's parents: their given names ("Nome da Mãe": the name of the mother).
        ("nome_mae", "mother_name"), ("Nome da Mãe", "mother_name"), ("Nome do Pai", "father_name"),
        # The person's own numbered fields stay theirs.
        ("phone2", "phone"), ("email2", "email"), ("address1", "address"), ("mobile1", "phone"),
    ],
)  # fmt: skip
def test_a_southern_african_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # A numbered dependant's, spouse's or child's fields are someone else's ("dep" alone may
        # be a department: only its number makes it a dependant).
        "dep1_name", "dep1_dob", "dep1_cell", "DEP2_ID_NO", "dependant1_cell", "spouse2_phone",
        "child1_name", "kin1_phone", "dependant_1_cell",
        # A Portuguese spouse's.
        "telemovel_conjuge", "telefone_do_conjuge", "nome_conjuge", "esposa", "marido",
    ],
)  # fmt: skip
def test_someone_elses_numbered_or_portuguese_columns_are_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize("column", ["dep_name", "dep_date", "dep_no", "pais", "paises"])
def test_lookalikes_are_not_someone_elses(column):
    assert role_from_name(column) != "ignore"
