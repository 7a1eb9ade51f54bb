"""Column names of francophone West African systems (Senegal, Côte d'Ivoire, Mali, Burkina Faso):
a wallet's KYC, a bank's core, a utility's meters, a microfinance lender's loans, a SIM registry."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


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


def _wallets(accounts: list[str]) -> pd.DataFrame:
    """A wallet's KYC (its ``numero_compte``) stacked with a SIM registry's lines."""
    n = len(accounts)
    sims = [f"22177{1000000 + 7919 * k:07d}" for k in range(n)]
    return pd.DataFrame(
        {
            "row_id": [f"r{k}" for k in range(2 * n)],
            "nom": ["Diop", "Ndiaye", "Fall", "Sow"] * (n // 2),
            "prenom": ["Awa", "Moussa", "Fatou", "Cheikh"] * (n // 2),
            "numero_compte": accounts + [None] * n,
            "MSISDN": [None] * n + sims,
        }
    )


def test_a_wallet_s_account_number_of_the_phone_columns_numbers_is_a_phone():
    # Orange Money's account is its SIM's number, which the SIM registry holds with +221.
    n = 40
    accounts = [f"77{1000000 + 7919 * k:07d}" for k in range(n)]
    roles = guess_settings(_wallets(accounts), id_column="row_id").roles
    assert roles["numero_compte"] == "phone"


def test_a_bank_s_account_number_stays_ignored():
    # Numbers no phone column holds: a bank's accounts, however phone-like they look.
    n = 40
    accounts = [f"76{2000000 + 6007 * k:07d}" for k in range(n)]
    roles = guess_settings(_wallets(accounts), id_column="row_id").roles
    assert roles.get("numero_compte", "ignore") == "ignore"


def _with_quartier(quartiers: list[str]) -> pd.DataFrame:
    n = len(quartiers)
    return pd.DataFrame(
        {
            "row_id": [f"r{k}" for k in range(n)],
            "Nom et prénoms": [
                f"DIOP {g}" for g in ["Awa", "Moussa", "Fatou", "Cheikh"] * (n // 4)
            ],
            "Quartier": quartiers,
        }
    )


def test_a_quartier_of_whole_addresses_is_the_address():
    places = [
        ("Sicap Liberté 6", "villa"),
        ("Médina", "Rue 22 x"),
        ("Badalabougou Rue 12", "Porte"),
        ("Marcory Zone 4 Rue 3", "lot"),
    ]
    quartiers = [f"{q} {kind} {k}" for k in range(10) for q, kind in places]
    roles = guess_settings(_with_quartier(quartiers), id_column="row_id").roles
    assert roles["Quartier"] == "address"


def test_a_quartier_of_neighbourhoods_stays_a_district():
    quartiers = ["Médina", "Cocody Angré", "Yopougon", "Badalabougou", "Ouaga 2000"] * 8
    roles = guess_settings(_with_quartier(quartiers), id_column="row_id").roles
    assert roles["Quartier"] == "district"
