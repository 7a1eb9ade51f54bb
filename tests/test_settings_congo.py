"""Column names of Congolese and CEMAC systems (a bank's core with ``NOM``, ``POSTNOM`` and
``PRENOM``, a wallet's KYC, a microfinance lender, a diaspora remittance service)."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # The postnom is the person's own second name, no family name.
        ("POSTNOM", "middle_name"), ("Post-nom", "middle_name"), ("post_nom", "middle_name"),
        ("Nom et postnom", "last_name"), ("NOM_POSTNOM", "last_name"), ("nom_complet", "full_name"),
        # A transfer's sender is its customer.
        ("Expéditeur", "full_name"), ("Tél. expéditeur", "phone"), ("Pièce expéditeur", "free_id"),
        ("Adresse expéditeur", "address"), ("nom_expediteur", "full_name"),
        ("NUM_CARTE_ELECTEUR", "free_id"), ("Carte d'électeur", "free_id"), ("Pièce", "free_id"),
        ("numero_piece", "free_id"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # Someone else's, the document's kind, the system's own numbers.
        "PERSONNE_A_CONTACTER", "Personne à prévenir", "Tél. personne à contacter", "type_piece",
        "Type de pièce", "Compte", "N° dossier", "Réf. transfert", "MTCN", "Avaliste",
        "Tél. avaliste", "Conjoint",
    ],
)  # fmt: skip
def test_someone_else_s_or_a_thing_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were.
        ("NOM", "last_name"), ("PRENOM", "first_name"), ("Noms et prénoms", "full_name"),
        ("Prénom(s)", "first_name"), ("Quartier", "district"), ("TELEPHONE", "phone"),
        ("Bénéficiaire", None), ("DATE_NAISSANCE", "dob"), ("Date d'octroi", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role


def _bank(contacts: list[str | None]) -> pd.DataFrame:
    n = len(contacts)
    return pd.DataFrame(
        {
            "row_id": [f"r{k}" for k in range(n)],
            "NOM": ["KABAMBA", "MUTOMBO", "ILUNGA", "KALONJI"] * (n // 4),
            "PRENOM": ["JEAN", "GRACE", "PAPY", "MARIE"] * (n // 4),
            "TELEPHONE": [f"08{1000000 + 7919 * k:08d}" for k in range(n)],
            "PERSONNE_A_CONTACTER": contacts,
            "TEL_CONTACT": [f"09{2000000 + 6007 * k:08d}" for k in range(n)],
        }
    )


def test_a_contact_s_phone_beside_the_person_to_contact_is_someone_else_s():
    roles = guess_settings(_bank(["NZUZI Ruth", "MBALA Joseph"] * 20), id_column="row_id").roles
    assert roles["TEL_CONTACT"] == "ignore"
    assert roles["TELEPHONE"] == "phone"


def test_a_contact_phone_with_no_person_to_contact_beside_it_is_the_person_s():
    roles = guess_settings(_bank([None] * 40), id_column="row_id").roles
    assert roles["TEL_CONTACT"] == "phone"


def test_an_agent_s_number_names_no_other_number_column_the_agent_s():
    """A wallet's "AGENT_NUMBER" (the agent's, ignored by its name) beside the customer's
    "ID_NUMBER": the word for a number says what both hold, not whose."""
    df = _bank([None] * 40).drop(columns=["PERSONNE_A_CONTACTER", "TEL_CONTACT"])
    df["ID_NUMBER"] = [f"{10**8 + 7907 * k}" for k in range(40)]
    df["AGENT_NUMBER"] = ["0812345678"] * 40
    roles = guess_settings(df, id_column="row_id").roles
    assert roles["AGENT_NUMBER"] == "ignore" and roles["ID_NUMBER"] == "free_id"
