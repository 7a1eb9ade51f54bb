"""Column names of Serbian, Croatian, Bosnian, Montenegrin, Macedonian and Albanian systems."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Serbian in Cyrillic and Latin letters, Croatian, Bosnian
        ("Презиме", "last_name"), ("Име", "first_name"), ("Prezime", "last_name"), ("Ime", "first_name"),
        ("Ime i prezime", "full_name"), ("Презиме и име", "full_name"), ("ЈМБГ", "free_id"),
        ("JMBG", "free_id"), ("JMB", "free_id"), ("OIB", "free_id"), ("Матични број", "free_id"),
        ("Broj lične karte", "free_id"), ("Датум рођења", "dob"), ("Datum rođenja", "dob"),
        ("Datum rodjenja", "dob"), ("Mjesto rođenja", "birth_place"), ("Мобилни", "phone"),
        ("Фиксни", "phone"), ("Broj mobitela", "phone"), ("Kućni telefon", "phone"),
        ("Место", "city"), ("Mjesto", "city"), ("Općina", "city"), ("Opština", "city"),
        ("Град", "city"), ("Поштански број", "postcode"), ("Poštanski broj", "postcode"),
        ("Država", "country"), ("Djevojačko prezime", "birth_name"), ("E-pošta", "email"),
        ("Ime klijenta", "first_name"),
        # Macedonian
        ("ЕМБГ", "free_id"), ("Датум на раѓање", "dob"), ("Место на раѓање", "birth_place"),
        ("Моминско презиме", "birth_name"), ("Мобилен телефон", "phone"),
        ("Име на осигуреникот", "first_name"),
        # Albanian
        ("Emri", "first_name"), ("Mbiemri", "last_name"), ("Emri dhe mbiemri", "full_name"),
        ("Numri personal", "free_id"), ("Datëlindja", "dob"), ("Data e lindjes", "dob"),
        ("Vendlindja", "birth_place"), ("Celulari", "phone"), ("Qyteti", "city"),
        ("Shteti", "country"), ("Gjinia", "gender"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # The father's and the mother's given names, as identity papers give them
        ("Име оца", "father_name"), ("Ime oca", "father_name"), ("Татково име", "father_name"),
        ("Očevo ime", "father_name"), ("Atësia", "father_name"), ("Emri i babait", "father_name"),
        ("Ime majke", "mother_name"), ("Мајчино име", "mother_name"), ("Amësia", "mother_name"),
        # A guarantor's, a spouse's: someone else's
        ("Žirant", "ignore"), ("Telefon žiranta", "ignore"), ("Telefon jemca", "ignore"),
        ("Telefon supruge", "ignore"), ("Телефон на сопругата", "ignore"),
        ("Корисник на осигурување", "ignore"),
    ],
)  # fmt: skip
def test_someone_else_s_column_is_not_the_person_s(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    ["Број клијента", "Šifra klijenta", "ID pretplatnika", "Broj ugovora", "Шифра на осигуреник",
     "Numri i klientit"],
)  # fmt: skip
def test_customer_and_contract_numbers_are_not_matched(column):
    assert role_from_name(column) == "ignore"


def test_a_receiver_s_columns_are_read_past_albanian_s_article():
    # "Emri i përfituesit": the name of the receiver, weighed as a receiver's (not the sender's)
    assert role_from_name("Emri i përfituesit") == "first_name"
    assert role_from_name("Celulari i përfituesit") == "phone"


@pytest.mark.parametrize("column", ["место работы", "место"])
def test_a_russian_workplace_is_no_town(column):
    # Serbian "Место" alone is the town; Russian "место работы" a workplace, read by values.
    assert role_from_name(column) == ("city" if column == "место" else None)
