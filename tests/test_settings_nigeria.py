import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name, staff_members


@pytest.mark.parametrize(
    ("column", "role"),
    [("BVN", "free_id"), ("bvn", "free_id"), ("customer_bvn", "free_id"), ("BVN_NO", "free_id"),
     ("bank_verification_number", "free_id"), ("nin", "free_id"), ("lga", "district"),
     ("LGA", "district"), ("local_government", "district"), ("agent_phone", "ignore"),
     ("nok_phone", "ignore")],
)  # fmt: skip
def test_nigerian_column_names(column, role):
    # The Bank Verification Number and the National Identification Number, both of eleven
    # digits; the local government area, the unit below the state.
    assert role_from_name(column) == role


def test_eleven_digit_bvns_are_no_phone_numbers():
    n = 40
    df = pd.DataFrame(
        {
            "ACCOUNT_NAME": ["ADEYEMI OLUWASEUN JOHN", "OKAFOR NGOZI"] * (n // 2),
            "BVN": [f"22{123456789 + 7919 * k}" for k in range(n)],
            "PHONE_NO": [f"080{31234567 + k}" for k in range(n)],
        }
    )
    roles = guess_settings(df).roles
    assert roles["BVN"] == "free_id" and roles["PHONE_NO"] == "phone"


@pytest.mark.parametrize(
    ("column", "role"),
    [("agent_phone", "phone"), ("advisor_email", "email"), ("sales_rep_phone", "phone"),
     ("PCP_PHONE", "phone"), ("agent_name", "full_name"), ("nok_phone", None),
     ("next_of_kin_phone", None), ("EMERG_CONTACT_PHONE", None), ("spouse_email", None),
     ("phone", None), ("customer_phone", None), ("BC_AGENT_ID", None)],
)  # fmt: skip
def test_what_a_column_holds_of_someone_who_serves_the_records_person(column, role):
    # An agent's, an adviser's, a doctor's; not a relative's or a next of kin's.
    assert staff_members(column) == role
