"""Column names of Canadian (French and English) and US systems, and of a US Hispanic app."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Quebec: the SIN (numéro d'assurance sociale), a mobile, an account's number
        ("NAS", "free_id"), ("numéro d'assurance sociale", "free_id"), ("NAS_no", "free_id"),
        ("no d'assurance sociale", "free_id"), ("cellulaire", "phone"),
        ("tél. cellulaire", "phone"), ("no_compte", "ignore"), ("numéro de compte", "ignore"),
        ("num_compte", "ignore"),
        # A US core system's columns
        ("MID_INIT", "middle_name"), ("MIDDLE_INIT", "middle_name"), ("ITIN", "free_id"),
        ("ssn_itin", "free_id"), ("SSN", "free_id"),
        # A care desk's last four digits of whichever id the caller gave
        ("ID Last 4", "free_id"), ("ID_last4", "free_id"), ("SSN Last 4", "free_id"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: a family name is no "last" and a number; "Last 4" alone says
        # nothing of whose; an account's holder is a name; its e-mail an e-mail.
        ("Last Name", "last_name"), ("last_name_2", "last_name"), ("last", "last_name"),
        ("last 4", "ignore"), ("titulaire du compte", "full_name"), ("titulaire", "full_name"),
        ("courriel du compte", "email"), ("date de naissance", "dob"), ("SIN", "free_id"),
        ("phone last 4", None),
    ],
)  # fmt: skip
def test_lookalike_column_names_keep_their_roles(column, role):
    assert role_from_name(column) == role


def test_a_remittance_s_beneficiary_beside_the_customer_s_name_is_someone_else_s():
    # A US remittance app: the customer's nombre and apellidos, and the relative in Mexico who
    # receives the money, with a phone there.
    n = 40
    df = pd.DataFrame(
        {
            "id_cliente": [f"RM{k:06d}" for k in range(n)],
            "nombre": ["José Luis", "María", "Juan", "Guadalupe"] * (n // 4),
            "apellidos": ["García López", "Hernández", "Pérez Cruz", "Ramírez"] * (n // 4),
            "celular": [f"(713) 555-{1000 + k:04d}" for k in range(n)],
            "beneficiario": ["Rosa García Díaz", "Pedro Hernández", "Ana Cruz", "Luis Ramírez"]
            * (n // 4),
            "tel_beneficiario": [f"+52 55 {1000 + k:04d} {2000 + k:04d}" for k in range(n)],
        }
    )
    roles = guess_settings(df, id_column="id_cliente").roles
    assert roles["nombre"] == "first_name" and roles["celular"] == "phone"
    assert roles.get("beneficiario", "ignore") == "ignore"
    assert roles.get("tel_beneficiario", "ignore") == "ignore"
