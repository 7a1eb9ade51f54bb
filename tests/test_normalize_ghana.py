"""Ghanaian values: the Ghana Card's personal number written with its country code or without."""

import pandas as pd
import pytest

from tekil.normalize.ghana_card import card_digits
from tekil.normalize.ids import document_labels, free_id


@pytest.mark.parametrize(
    "written",
    ["GHA-123456789-0", "GHA1234567890", "GHA 123456789 0", "gha-123456789-0", "GHA-1234567890",
     "1234567890", "123456789-0"],
)  # fmt: skip
def test_a_ghana_cards_number_is_its_ten_digits_however_written(written):
    assert free_id(pd.Series([written]))["value"].tolist() == ["1234567890"]


def test_a_resident_foreigners_card_is_read_by_its_digits_too():
    # A Nigerian living in Ghana holds a card whose number starts with NGA.
    read = free_id(pd.Series(["NGA-244646620-2", "NGA2446466202", "244646620-2"]))["value"]
    assert read.tolist() == ["2446466202"] * 3


@pytest.mark.parametrize(
    "other",
    [
        "ABC1234567890",  # three letters that are no country's code
        "GHA123456789",  # nine digits
        "GHA12345678901",  # eleven
        "GH1234567890",  # two letters
        "P0012345678",  # a revenue authority's TIN of before the card
        "G1234567",  # a Ghanaian passport
        "D625454558861",  # an SSNIT number: a letter and twelve digits
    ],
)
def test_numbers_that_only_look_like_a_ghana_card_keep_their_letters(other):
    assert card_digits(other) is None
    read = free_id(pd.Series([other]))["value"].iloc[0]
    assert read == other


def test_a_cards_country_code_is_no_label_where_the_column_writes_it_run_together():
    # A bank's column of cards written with and without hyphens: the three letters are read
    # off by the card's own reading, not learnt as a document's label.
    values = pd.Series(["GHA1234567890", "GHA-234567891-2", "3456789123", "GHA3456789123"] * 20)
    read = free_id(values, labels=document_labels(values))["value"]
    assert set(read) == {"1234567890", "2345678912", "3456789123"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("kwame", "kwamena"), ("kofi", "fiifi"), ("kwasi", "kwesi"), ("yaw", "ekow"), ("ama", "amma"),
     ("akosua", "esi"), ("efua", "afua"), ("kwadwo", "kojo"), ("kouame", "kwame")],
)  # fmt: skip
def test_the_akan_day_names_are_one_name_in_their_spellings(a, b):
    from tekil.nicknames import nickname_groups, same_group

    assert same_group(nickname_groups([a, b]), [0], [1]).tolist() == [True]


@pytest.mark.parametrize(
    ("a", "b"),
    # Two weekdays, or a boy's and a girl's name of one day: other names.
    [("kwame", "kofi"), ("kwame", "ama"), ("yaw", "yaa"), ("kofi", "afua"), ("emmanuel", "kwame")],
)
def test_day_names_of_other_days_or_of_the_other_sex_are_other_names(a, b):
    from tekil.nicknames import nickname_groups, same_group

    assert same_group(nickname_groups([a, b]), [0], [1]).tolist() == [False]


def test_a_family_name_in_capitals_is_told_past_titles_and_initials():
    # A meter file's names: "MENSAH Kwame", "Kwame Mensah", and names in capitals after a
    # title or with an initial ("Mad. COMFORT OWUSU", "ADJOA G. ARTHUR"), which are no names
    # of a family name in capitals beside given names.
    from tekil.normalize.names import name, writes_family_in_capitals

    names = ["MENSAH Kwame", "Kwame Mensah", "OWUSU Ama", "Ama Owusu", "BOATENG Yaw Kofi"]
    capitals = ["Mad. COMFORT OWUSU", "ADJOA G. ARTHUR", "Nii ERIC ANKRAH", "Mrs GRACE MENSAH"]
    texts = (names + capitals + ["Comfort Arthur", "Eric Boateng", "Grace Ankrah"]) * 3
    assert writes_family_in_capitals(texts)
    read = name(pd.Series(["AHABLE Kobina Prince"]), family_in_capitals=True)
    assert (read["given"][0], read["family"][0]) == ("kobina prince", "ahable")
    # A column of given names in capitals beside family names is no such column.
    assert not writes_family_in_capitals(["KWAME Mensah", "Kwame Mensah", "AMA Owusu", "Ama Owusu"])


@pytest.mark.parametrize(
    "written", ["GA-123-4567", "ga1234567", "GA 123 4567", "GA-1234567", "ga-123-4567"]
)
def test_a_ghanapost_digital_address_is_one_code_however_written(written):
    from tekil.normalize.addresses import address

    assert address(pd.Series([written]))["value"][0] == "ga1234567"


def test_a_digital_address_inside_an_address_and_house_numbers_that_look_like_one():
    from tekil.normalize.addresses import address

    read = address(pd.Series(["H/No. 12, near Methodist Church, GA-123-4567, Kasoa",
                              "No 123 4567 High St", "GA-12-4567"]))  # fmt: skip
    assert read["value"].tolist() == [
        "h no 12 near methodist church ga1234567 kasoa",
        "no 123 4567 high st",  # a house number after "no", no code
        "ga 12 4567",  # two digits: no district's area
    ]


def test_a_column_of_ghana_cards_is_read_as_ids_by_its_values_not_as_phones():
    # Numbered columns: the card's digits would read as phones in a lax plan (Germany's).
    from tekil.inference import role_from_values

    cards = pd.Series(["GHA-123456789-0", "GHA2345678901", "3456789012", "GHA-456789012-3"] * 20)
    assert role_from_values(cards) == "free_id"
    # Phones stay phones, and codes of a system's letters and digits stay no one's.
    phones = pd.Series(["0244123456", "054 412 3456", "+233 24 412 3456", "0202345678"] * 20)
    assert role_from_values(phones) == "phone"
    assert role_from_values(pd.Series(["POS1234567", "EMP0045213"] * 20)) is None
    assert role_from_values(pd.Series(["ABC-123456789-0", "XYZ1234567890"] * 20)) != "free_id"


def test_prepaid_meter_numbers_are_no_phones_by_their_values():
    # An STS meter's eleven digits end in Luhn's check digit: a column of them is a house's
    # meters, not phones a lax plan reads in them; phones pass the check a tenth of the time.
    from tekil.inference import role_from_values

    def luhn_digit(body: str) -> str:
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if k % 2 == 0 else d
            for k, d in enumerate(map(int, reversed(body)))
        )
        return str((10 - total % 10) % 10)

    bodies = [f"{k:010d}"[::-1] for k in range(1000, 1080)]
    meters = pd.Series([b + luhn_digit(b) for b in bodies])
    assert role_from_values(meters) is None
    phones = pd.Series([f"024{k:07d}" for k in range(1234567, 1234647)])
    assert role_from_values(phones) == "phone"
