"""Column names of Hungarian, Czech, Slovak and Romanian systems."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Hungarian
        ("név", "full_name"), ("szerződő neve", "full_name"), ("születési név", "full_name"),
        ("születési hely", "birth_place"), ("szül. hely", "birth_place"),
        ("TAJ szám", "free_id"), ("adóazonosító jel", "free_id"), ("irányítószám", "postcode"),
        ("település", "city"), ("utca, házszám", "address"), ("cím", "address"),
        ("ország", "country"), ("megye", "region"), ("vezetékes", "phone"), ("nem", "gender"),
        # Czech and Slovak
        ("rodné číslo", "free_id"), ("RČ", "free_id"), ("rodné příjmení", "birth_name"),
        ("priezvisko", "last_name"), ("meno", "first_name"), ("dátum narodenia", "dob"),
        ("místo narození", "birth_place"), ("pevná linka", "phone"), ("číslo popisné", "house_number"),
        # Romanian
        ("județ", "region"), ("localitate", "city"), ("locul nașterii", "birth_place"),
        ("cod numeric personal", "free_id"), ("nume și prenume", "full_name"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # The mother's whole birth name, as Hungarian papers give it, is no name of the person.
        ("anyja neve", "mother_name"), ("anyja születési neve", "mother_name"),
        ("anyja leánykori neve", "mother_name"), ("apja neve", "father_name"),
        ("jméno matky", "mother_name"), ("jméno otce", "father_name"),
        ("prenume mama", "mother_name"), ("prenume tata", "father_name"),
        # A spouse's or a parent's number is someone else's.
        ("telefon manžela", "ignore"), ("telefon manželky", "ignore"),
        ("férj neve", "ignore"), ("telefon soț", "ignore"),
    ],
)  # fmt: skip
def test_a_parent_s_or_spouse_s_column_is_not_the_person_s(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    ["titul", "kötvényszám", "ügyfélazonosító", "číslo smlouvy", "nr. poliță", "rendszer"],
)
def test_titles_and_contract_or_customer_numbers_are_not_matched(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize("column", ["stat", "okres", "numar", "sector"])
def test_words_of_other_meanings_elsewhere_get_no_role_by_name(column):
    # "stat" is a status, "okres" a period in Polish, "număr" any number, "sector" a business's.
    assert role_from_name(column) is None
