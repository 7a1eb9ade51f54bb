"""Column names of Sri Lankan systems: Sinhala, Tamil and the English of its banks."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # English
        ("NIC", "free_id"), ("NIC_NO", "free_id"), ("nic number", "free_id"), ("NIC/Passport", "free_id"),
        ("NAME_IN_FULL", "full_name"), ("Name with Initials", "full_name"), ("RES_TEL", "phone"),
        # Sinhala
        ("නම", "full_name"), ("සම්පූර්ණ නම", "full_name"), ("ජා.හැ.අ.", "free_id"),
        ("ජාතික හැඳුනුම්පත් අංකය", "free_id"), ("උපන් දිනය", "dob"), ("දුරකථන අංකය", "phone"),
        ("ජංගම දුරකථන අංකය", "phone"), ("ලිපිනය", "address"), ("ප්‍රදේශය", "city"),
        ("දිස්ත්‍රික්කය", "district"), ("ලිංගය", "gender"), ("පියාගේ නම", "father_name"),
        # Tamil
        ("பெயர்", "full_name"), ("முழுப் பெயர்", "full_name"), ("தே.அ.அ. இல", "free_id"),
        ("தேசிய அடையாள அட்டை இலக்கம்", "free_id"), ("பிறந்த திகதி", "dob"), ("கைபேசி", "phone"),
        ("முகவரி", "address"), ("மாவட்டம்", "district"), ("தந்தையின் பெயர்", "father_name"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column", ["ගිණුම් අංකය", "கணக்கு இலக்கம்", "පාරිභෝගික අංකය", "nominee_name", "nominee_nic"]
)
def test_account_and_customer_numbers_and_nominees_are_not_the_person_s(column):
    # An account's number, a system's customer number; a nominee is someone else.
    assert role_from_name(column) == "ignore"


def test_a_bank_s_cif_number_is_left_to_its_values():
    # The bank's one number for a customer, on each of the customer's accounts' rows.
    assert role_from_name("CIF_NO") is None


@pytest.mark.parametrize("column", ["nicotine", "nickname_status", "nice"])
def test_words_that_start_like_nic_are_no_ids(column):
    assert role_from_name(column) != "free_id"
