"""Column names of francophone West African systems (Senegal, Côte d'Ivoire, Mali, Burkina Faso):
a wallet's KYC, a bank's core, a utility's meters, a microfinance lender's loans, a SIM registry."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Nom et prénoms", "full_name"), ("NOM ET PRENOMS", "full_name"), ("PRENOMS", "first_name"),
        ("DATE_NAISS", "dob"), ("date_nais", "dob"), ("LIEU_NAISS", "birth_place"),
        ("n_cni", "free_id"), ("N° CNI", "free_id"), ("CNIB", "free_id"), ("NINA", "free_id"),
        ("numero_nina", "free_id"),
        # The borrower's, the subscriber's, the insured's own name.
        ("nom_emprunteur", "last_name"), ("prenoms_emprunteur", "first_name"),
        ("NOM_ABONNE", "last_name"), ("PRENOM_ABONNE", "first_name"), ("nom_assure", "last_name"),
        ("tel_abonne", "phone"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # A guarantor's, an emergency contact's, a husband's, a guardian's: someone else's.
        "garant", "nom_garant", "tel_garant", "caution", "tel_contact_urgence", "tel_urgence",
        "tel_personne_a_prevenir", "nom_epoux", "nom_mari", "tuteur",
        # A household's meter, a SIM card's serial: no person's.
        "N° compteur", "numero_compteur", "ICCID", "nom_conjoint",
    ],
)  # fmt: skip
def test_someone_else_s_or_a_thing_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: the person's own name, phone and place.
        ("nom", "last_name"), ("prenom", "first_name"), ("telephone", "phone"),
        ("date_naissance", "dob"), ("lieu_naissance", "birth_place"), ("Quartier", "district"),
        ("localite", "city"), ("mariage", None), ("montant_caution", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role
