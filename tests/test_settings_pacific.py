"""Column names of New Zealand, Australian and Pacific Islands systems: English, Samoan, Tongan,
Māori and Fijian, their glottal stops and macrons written or not."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # English: New Zealand's IRD number, Australia's TFN, Fiji's provident fund number
        ("IRD Number", "free_id"), ("IRD No", "free_id"), ("ird_number", "free_id"),
        ("TFN", "free_id"), ("Tax File Number", "free_id"), ("FNPF No", "free_id"),
        ("FNPF Number", "free_id"),
        # Samoan
        ("Igoa", "full_name"), ("Igoa muamua", "first_name"), ("Igoa fa'ai'u", "last_name"),
        ("Igoa faʻaiʻu", "last_name"), ("Aso fanau", "dob"), ("Aso Fānau", "dob"),
        ("Itupa", "gender"), ("Nofoaga", "city"), ("Nu'u", "city"), ("Itumalo", "district"),
        ("Tuatusi", "address"), ("Numera Telefoni", "phone"), ("Imeli", "email"),
        ("Igoa o le Tama", "father_name"), ("Igoa o le Tinā", "mother_name"),
        # Tongan
        ("Hingoa", "full_name"), ("Hingoa fakafāmili", "last_name"), ("'Aho fā'ele'i", "dob"),
        ("ʻAho fāʻeleʻi", "dob"), ("Kolo", "city"), ("Vahe", "district"),
        ("Fika Telefoni", "phone"), ("Tu'asila", "address"),
        # Māori and Fijian
        ("Ingoa", "full_name"), ("Ingoa tuatahi", "first_name"), ("Ingoa whānau", "last_name"),
        ("Ingoa Whanau", "last_name"), ("Rā whānau", "dob"), ("Nama waea", "phone"),
        ("Īmēra", "email"), ("Yaca", "full_name"), ("Yasana", "district"),
        # Someone else's: a transfer's receiver (Tongan "'o e ma'u"), a relation
        ("Hingoa 'o e Ma'u", "ignore"), ("Hingoa ʻo e Maʻu", "ignore"),
        ("Fika Telefoni 'o e Ma'u", "ignore"), ("Fekau'aki", "ignore"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Names that hold the new words' letters keep the roles they had: a third name, a
        # bird's, a Dutch column, Spanish and Italian phones, a father's name in English.
        ("Third Name", None), ("bird_count", None), ("Kolom", None), ("Igoal", None),
        ("Telefono", "phone"), ("Father's Name", "father_name"), ("Next of Kin Phone", "ignore"),
        ("Emergency Contact", "ignore"), ("Ref No", None),
    ],
)  # fmt: skip
def test_lookalikes_are_left_alone(column, role):
    assert role_from_name(column) == role
