"""Column names of Somali, Somaliland and Djiboutian systems (a wallet's KYC, a hawala's form)
and of a humanitarian agency's beneficiary register."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Magaca", "full_name"), ("magaca_buuxa", "full_name"), ("Magaca Hooyo", "mother_name"),
        ("Magaca Aabbaha", "father_name"), ("Taariikhda Dhalashada", "dob"),
        ("Goobta Dhalashada", "birth_place"), ("Jinsi", "gender"), ("Lambarka", "phone"),
        ("Lambarka Taleefanka", "phone"), ("Aqoonsi", "free_id"),
        ("Lambarka Aqoonsiga", "free_id"), ("Magaalada", "city"), ("Degmada", "district"),
        ("Gobolka", "region"),
    ],
)  # fmt: skip
def test_a_somali_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # A clan and a sub-clan (thousands share them: no family name), an account's number,
        # the household head's name on each member's row, a household's ration card.
        "Qabiil", "Beesha", "Jilib", "Lambarka Xisaabta", "Head of Household", "HoH Name",
        "household_head", "Ration Card No", "ration_card", "Ration Card Number", "RATION_CARD_NO",
    ],
)  # fmt: skip
def test_a_clan_or_a_household_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: a person's own name, phone and card; the head's phone is the
        # household's phone, which phones shared by a family already weigh.
        ("Full Name", "full_name"), ("Card Number", "card"), ("National ID", "free_id"),
        ("Mobile", "phone"), ("HoH Phone", "phone"), ("Household ID", "ignore"),
        ("Mother", "mother_name"), ("Sub-clan", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role
