"""Column names of Irish and British systems, in English, Irish, Welsh and Scottish Gaelic."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # English: Ireland's PPSN (its old name the RSI number) and Eircode
        ("PPSN", "free_id"), ("PPS Number", "free_id"), ("PPS No", "free_id"), ("RSI No", "free_id"),
        ("Eircode", "postcode"),
        # Irish: an Irish-language form's labels, with and without their fadas
        ("Céadainm", "first_name"), ("Ceadainm", "first_name"), ("Sloinne", "last_name"),
        ("Uimhir PSP", "free_id"), ("Dáta Breithe", "dob"), ("Data Breithe", "dob"),
        ("Seoladh", "address"), ("Éirchód", "postcode"), ("Uimhir Ghutháin", "phone"),
        ("Ríomhphost", "email"), ("Seoladh ríomhphoist", "email"), ("Contae", "district"),
        ("Ainm an Athar", "father_name"), ("Ainm na Máthar", "mother_name"),
        ("Sloinne breithe", "birth_name"),
        # Welsh
        ("Enw cyntaf", "first_name"), ("Cyfenw", "last_name"), ("Dyddiad geni", "dob"),
        ("Cyfeiriad", "address"), ("Cod post", "postcode"), ("Côd post", "postcode"),
        ("Rhif ffôn", "phone"), ("Ffôn symudol", "phone"), ("E-bost", "email"),
        ("Cyfeiriad e-bost", "email"), ("Rhyw", "gender"), ("Rhif yswiriant gwladol", "free_id"),
        # Scottish Gaelic
        ("Ciad ainm", "first_name"), ("Sloinneadh", "last_name"), ("Seòladh", "address"),
        ("Còd-puist", "postcode"),
        # Someone else's, or no person's: the mother's maiden surname (siblings share it), an
        # account's number, the language chosen, another resident
        ("Sloinne na Máthar roimh phósadh", "ignore"), ("Enw morwynol y fam", "ignore"),
        ("Rhif cyfrif", "ignore"), ("Uimhir chuntais", "ignore"), ("Iaith", "ignore"),
        ("Teanga", "ignore"), ("Preswylydd arall", "ignore"), ("MPRN", "ignore"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    # Irish "Ainm" (a name) and "Fón" (a phone) are left to the values: Turkish "Fon" is a fund;
    # Indonesian "alamat dinas" is an office's address, no town.
    ["Ainm", "Fón", "Fon"],
)
def test_a_word_of_two_languages_says_nothing(column):
    assert role_from_name(column) is None


def test_an_office_address_is_no_town():
    assert role_from_name("alamat dinas") != "city"
