"""Column names of Somali, Somaliland and Djiboutian systems (a wallet's KYC, a hawala's form)
and of a humanitarian agency's beneficiary register."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


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


def test_a_whole_name_beside_the_mothers_given_name_alone_is_the_persons_own():
    """A Somali wallet without its header: the customer's given, father's and grandfather's
    names in one column, the mother's given name in the next, the sex and a phone. The mother's name is
    none of the whole name's words, but it is a woman's name whatever the customer's sex: a
    parent's, no name of the customer's to hold the whole name against."""
    import random

    men = [
        "Maxamed",
        "Cabdi",
        "Axmed",
        "Xasan",
        "Cali",
        "Cumar",
        "Yuusuf",
        "Ismaaciil",
        "Ibraahim",
        "Faarax",
        "Aadan",
        "Nuur",
        "Jaamac",
        "Cismaan",
        "Khaalid",
        "Muuse",
        "Saciid",
        "Warsame",
        "Bashiir",
        "Daahir",
    ]
    women = ["Faadumo", "Caasha", "Hodan", "Aamina", "Xaliimo", "Sahra", "Maryan", "Khadiija",
             "Sagal", "Nimco", "Hibo", "Ifrah", "Deeqa", "Ubah", "Ayaan", "Filsan", "Idil",
             "Muna", "Ladan", "Sucaad"]  # fmt: skip
    rng = random.Random(3)
    rows = []
    for k in range(600):
        male = rng.random() < 0.5
        given = rng.choice(men if male else women)
        rows.append({
            "column_1": f"{given} {rng.choice(men)} {rng.choice(men)}",
            "column_2": rng.choice(women),
            "column_3": "Lab" if male else "Dheddig",
            "column_4": f"+252 61 {k:07d}",
        })  # fmt: skip
    roles = guess_settings(pd.DataFrame(rows)).roles
    assert roles.get("column_1") == "full_name"
    assert roles.get("column_2") not in ("first_name", "full_name")
