import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [("SSS_NO", "free_id"), ("sss_number", "free_id"), ("GSIS_NO", "free_id"), ("PSN", "free_id"),
     ("philsys_no", "free_id"), ("UMID", "free_id"), ("BARANGAY", "district"), ("brgy", "district"),
     ("CITY_MUNICIPALITY", "city"), ("SENDER_NAME", "full_name"), ("remitter_name", "full_name")],
)  # fmt: skip
def test_philippine_column_names(column, role):
    # A Philippine bank's social security (SSS: "34-1234567-8", ten digits a phone's length) and
    # national id numbers, the barangay below the city, and a money transfer's sender: the
    # record's own person.
    assert role_from_name(column) == role


def test_a_transfers_beneficiary_is_someone_else_beside_the_senders_own_name():
    # A remittance counter's send-outs name the sender (its customer, whose id and address the
    # row holds) and the beneficiary (a relative at home): the beneficiary's name and mobile
    # are someone else's. A welfare programme's file names only its beneficiaries: there the
    # beneficiary is the record's person.
    n = 40
    beneficiaries = {
        "BENEFICIARY_NAME": ["DELA CRUZ, ANA S.", "REYES, JOSE M.", "Maria Santos", "BOY GARCIA"]
        * (n // 4),
        "BENEFICIARY_MOBILE": [f"0917{2000000 + k // 2:07d}" for k in range(n)],
    }
    sends = pd.DataFrame(
        {
            "TXN_NO": [f"MT{k}" for k in range(n)],
            "SENDER_NAME": ["DELA CRUZ, JUAN S.", "Juan S. Dela Cruz", "REYES, ROSA", "PEDRO GO"]
            * (n // 4),
            "SENDER_CONTACT": [f"+97150{1000000 + k // 2:07d}" for k in range(n)],
            **beneficiaries,
        }
    )
    roles = guess_settings(sends).roles
    assert roles["SENDER_NAME"] == "full_name" and roles["SENDER_CONTACT"] == "phone"
    assert roles.get("BENEFICIARY_NAME") in (None, "ignore")
    assert roles["BENEFICIARY_MOBILE"] == "ignore"
    programme = pd.DataFrame({"household_no": [f"H{k}" for k in range(n)], **beneficiaries})
    assert guess_settings(programme).roles["BENEFICIARY_NAME"] == "full_name"


def test_an_id_documents_number_beside_its_type():
    # A remittance counter's "ID_TYPE" and "ID_NO" (a passport, the PhilSys card, a driver's
    # licence): the customer's id, which their send-outs share; an "ID_NO" that no two records
    # share is the row's own number.
    n = 40
    docs = [
        lambda k: f"P{1000000 + k}A",
        lambda k: f"{1234 + k:04d}-5678-{9012 + k:04d}-3456",
        lambda k: f"N01-12-{345678 + k:06d}",
        lambda k: f"34-{1234567 + k:07d}-8",
    ]
    shared = [docs[k // 2 % 4](k // 2) for k in range(n)]
    # (each customer's send-outs under their own name)
    names = [["Juan Cruz", "Ana Reyes", "Jose Santos", "Rosa Garcia"][k // 2 % 4] for k in range(n)]
    roles = guess_settings(pd.DataFrame({"name": names, "ID_NO": shared})).roles
    assert roles["ID_NO"] == "free_id"
    rows = [f"{700000 + k}" for k in range(n)]
    roles = guess_settings(pd.DataFrame({"name": names, "ID_NO": rows})).roles
    assert roles.get("ID_NO", "ignore") == "ignore"
