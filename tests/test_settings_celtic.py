"""Column names of Irish and British systems, in English, Irish, Welsh and Scottish Gaelic."""

import pandas as pd
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


def test_national_insurance_numbers_are_ids_by_their_values():
    from tekil.inference import role_from_values

    ninos = ["QQ 12 34 56 C", "AB123456D", "cx745227c", "YW 99 02 96 D", "TN 14 03 85 M"]
    assert role_from_values(pd.Series(ninos * 20)) == "free_id"
    # A D or a Q first, an E last, no suffix letter at all: no National Insurance number
    for lookalike in (["QQ 12 34 56 E", "DB123456D"], ["AB 12 34 56"], ["ZZ123456A"]):
        assert role_from_values(pd.Series(lookalike * 20)) != "free_id"


def test_eircodes_are_postcodes_by_their_shape():
    from tekil.inference import _postcodes

    # Four letters after the routing key (F26 PAPP), Dublin 6W's key, with or without a space
    eircodes = ["F26 PAPP", "D06 X285", "d06x285", "A65F4E2", "D6W KX92", "T12 Y2VC"]
    assert _postcodes(pd.Series(eircodes * 5))
    # Letters the Eircode's set leaves out (B, G, I, ...), a key of letters: no Eircodes
    assert not _postcodes(pd.Series(["F26 BGIO", "DD6 X285", "ABCD 1234"] * 5))


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A possessive without its apostrophe names someone else as the apostrophe's does: the
        # mother's maiden name is no birth name of the person's (siblings share it)
        ("MOTHERS_MAIDEN_NAME", "ignore"), ("mother's maiden name", "ignore"),
        ("mothers_first_name", "mother_name"), ("fathers_name", "father_name"),
        ("parents_phone", "ignore"), ("spouses_name", "ignore"),
        # The person's own, as before: plural words that name no one else
        ("maiden_name", "birth_name"), ("status", "ignore"), ("address", "address"),
    ],
)  # fmt: skip
def test_someone_elses_possessive_without_apostrophe(column, role):
    assert role_from_name(column) == role
