"""Column names of Caribbean systems: Haitian Kreyòl and French, Dominican Spanish, Jamaican
English."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Kreyòl: a mobile-money wallet's and an agent's labels, with and without their accents
        ("Siyati", "last_name"), ("SIYATI", "last_name"), ("Prenon", "first_name"),
        ("Non konplè", "full_name"), ("Non konple", "full_name"), ("Dat nesans", "dob"),
        ("Kote li fèt", "birth_place"), ("Sèks", "gender"), ("Seks", "gender"),
        ("Nimewo telefòn", "phone"), ("Nimewo telefon", "phone"), ("Imèl", "email"),
        ("Komin", "city"), ("Depatman", "region"), ("Nimewo pyès", "free_id"), ("NIU", "free_id"),
        # Haitian French: a married woman's own family name
        ("NOM_JEUNE_FILLE", "birth_name"), ("Nom de jeune fille", "birth_name"),
        # Dominican Spanish, Jamaican English
        ("PASAPORTE", "free_id"), ("TRN", "free_id"), ("TRN No.", "free_id"),
        ("Taxpayer Registration Number", "free_id"), ("Parish", "region"),
        # Someone else's, or no person's: a contact person, a beneficiary, an account, a
        # document's kind
        ("Moun pou kontakte", "ignore"), ("Telefòn moun pou kontakte", "ignore"),
        ("Telefon moun pou kontakte", "ignore"), ("Benefisyè", "ignore"), ("Non manman", "ignore"),
        ("Nimewo kont", "ignore"), ("Tip pyès", "ignore"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    # Kreyòl "Non" (a name; French "non", no) says nothing alone; a transaction's id or date
    # (``TRN_ID``, ``trn_date``) is no taxpayer's number; a business sector is no neighbourhood.
    ["Non", "TRN_ID", "trn_date", "Sector económico"],
)
def test_lookalikes_are_left_alone(column):
    assert role_from_name(column) not in ("last_name", "free_id", "district")
