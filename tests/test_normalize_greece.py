"""Greek and Cypriot systems: their column names, a "Name" beside a "Surname", a street kept
apart from its number beside another system's whole addresses, each system's places one field,
Greek given names and their everyday forms."""

import numpy as np
import pandas as pd
import pytest

from compare_checks import levels_of
from tekil.nicknames import nickname_groups, same_group
from tekil.normalize.addresses import address
from tekil.normalize.ids import free_id
from tekil.normalize.latin import latin
from tekil.normalize.text import fold
from tekil.places import split_places
from tekil.records import Field, _one_field_per_role, prepare
from tekil.settings import Settings, guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Οδός", "address"), ("ΟΔΟΣ", "address"), ("Αριθμός", "house_number"),
        ("ΑΡΙΘΜΟΣ", "house_number"), ("Αριθμός οδού", "house_number"), ("arithmos", "house_number"),
        ("TIC", "free_id"), ("Α.Φ.Τ.", "free_id"), ("Α.Φ.Μ.", "free_id"), ("Α.Μ.Κ.Α.", "free_id"),
        ("Τ.Κ.", "postcode"), ("Νομός", "region"), ("Αριθμός Τηλεφώνου", "phone"),
        ("Τηλέφωνο", "phone"), ("Αρ. Κινητού", "phone"), ("ΟΝΟΜΑ ΠΑΤΡΟΣ", "father_name"),
        ("ΟΝΟΜΑ ΜΗΤΡΟΣ", "mother_name"), ("Όνομα Πατέρα", "father_name"), ("Α.Τ.", "free_id"),
        ("Αρ. Διαβατηρίου", "free_id"), ("Δήμος", "city"), ("Περιοχή", "district"),
        ("Χώρα", "country"), ("Τηλ. Οικίας", "phone"),
        # someone else's: a spouse's, a guardian's, a parent's phone or family name; the tax
        # office an ΑΦΜ belongs to
        ("Όνομα συζύγου", "ignore"), ("Τηλέφωνο συζύγου", "ignore"), ("Κινητό μητέρας", "ignore"),
        ("Επώνυμο πατρός", "ignore"), ("Ονοματεπώνυμο κηδεμόνα", "ignore"), ("Δ.Ο.Υ.", "ignore"),
    ],
)  # fmt: skip
def test_a_greek_or_cypriot_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column", ["Αριθμός Συμβολαίου", "Αριθμός Πελάτη", "arithmos_symvolaiou", "αριθμός παραγγελίας"]
)
def test_a_number_of_something_else_is_no_house_number(column):
    # "Αριθμός" alone beside "Οδός" is the street's number; before another word, that thing's.
    assert role_from_name(column) != "house_number"


def test_a_name_of_one_word_beside_a_surname_is_the_given_name():
    df = pd.DataFrame(
        {
            "Surname": ["GEORGIOU", "ΙΩΑΝΝΟΥ", "Charalambous", "ΚΥΡΙΑΚΟΥ"] * 5,
            "Name": ["ANDREAS", "ΧΡΥΣΤΑΛΛΑ", "Savvas", "ΜΑΡΙΑ"] * 5,
            "Mobile": [f"99{i:06d}" for i in range(20)],
        }
    )
    assert guess_settings(df).roles["Name"] == "first_name"
    # Whole names beside it stay whole names (a family name repeated, or a title).
    whole = df.assign(Name=["ANDREAS GEORGIOU", "ΧΡΥΣΤΑΛΛΑ ΙΩΑΝΝΟΥ", "Savvas Ch.", "ΜΑΡΙΑ Κ."] * 5)
    assert guess_settings(whole).roles["Name"] == "full_name"


def test_a_street_beside_its_number_stays_and_another_system_s_whole_addresses_are_split():
    df = pd.DataFrame(
        {
            "Οδός": ["ΕΡΜΟΥ", "ΣΤΑΔΙΟΥ", None, None],
            "Αριθμός": ["25", "12Α", None, None],
            "ΔΙΕΥΘΥΝΣΗ": [None, None, "Ερμού 25, 105 63 Αθήνα", "Λεωφ. Κηφισίας 120, 115 26 Αθήνα"],
        }
    )
    roles = {"Οδός": "address", "Αριθμός": "house_number", "ΔΙΕΥΘΥΝΣΗ": "address"}
    out, found = split_places(df, roles)
    assert found["ΔΙΕΥΘΥΝΣΗ (postcode)"] == "postcode"
    assert out["ΔΙΕΥΘΥΝΣΗ"].tolist()[2:] == ["Ερμού 25", "Λεωφ. Κηφισίας 120"]
    assert out["Οδός"].tolist() == df["Οδός"].tolist()
    assert "Οδός (town)" not in out.columns


def _field(name: str, role: str, values: list) -> Field:
    codes, uniques = pd.factorize(pd.Series(values, dtype=object))
    return Field(name, role, codes.astype(np.int32), np.asarray(uniques, dtype=object), [name])


def test_each_system_s_address_column_is_one_field_and_two_addresses_of_a_record_stay_two():
    # A Greek bank's "Οδός" and a shop's "address": one field, so that "ερμου 25" meets
    # "ermou 25" (by its Latin reading) as equal values alone would not across two columns.
    fields = {
        "Οδός": _field("Οδός", "address", ["ερμου 25", None, "σταδιου 3", None]),
        "address": _field("address", "address", [None, "ermou 25", None, "stadiou 3"]),
        "Πόλη": _field("Πόλη", "city", ["αθηνα", None, "αθηνα", None]),
        "city": _field("city", "city", [None, "athina", None, "athina"]),
    }
    _one_field_per_role(fields)
    assert list(fields) == ["Οδός", "Πόλη"]
    merged = fields["Οδός"]
    assert [merged.value_of(i) for i in range(4)] == [
        "ερμου 25",
        "ermou 25",
        "σταδιου 3",
        "stadiou 3",
    ]
    assert merged.columns == ["Οδός", "address"]
    # A billing and a delivery address on one record are two addresses: compared apart.
    both = {
        "billing": _field("billing", "address", ["ερμου 25", "σταδιου 3"]),
        "delivery": _field("delivery", "address", ["ομηρου 8", "σταδιου 3"]),
    }
    _one_field_per_role(both)
    assert list(both) == ["billing", "delivery"]


@pytest.mark.parametrize(
    ("formal", "everyday"),
    [
        ("ιωαννης", "γιαννης"), ("ιωαννης", "giannis"), ("ioannis", "γιαννης"),
        ("αικατερινη", "κατερινα"), ("aikaterini", "katerina"), ("χαραλαμπος", "μπαμπης"),
        ("charalambos", "bambos"), ("κωνσταντινος", "κωστας"), ("βασιλικη", "vaso"),
        ("γεωργιος", "george"), ("παναγιωτης", "takis"),
    ],
)  # fmt: skip
def test_a_greek_given_name_meets_its_everyday_form_in_either_script(formal, everyday):
    groups = nickname_groups([formal, everyday])
    assert same_group(groups, [0], [1]).tolist() == [True]


@pytest.mark.parametrize(
    ("one", "other"), [("γιαννης", "γιωργος"), ("μαρια", "βασω"), ("κωστας", "κατερινα")]
)
def test_other_greek_given_names_are_not_one_name(one, other):
    groups = nickname_groups([one, other])
    assert same_group(groups, [0], [1]).tolist() == [False]


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("ΠAΠΑΔΟΠΟΥΛΟΣ", "παπαδοπουλος"), ("ΝΙΚΟΛAΟΣ", "νικολαος"), ("Eλένη", "ελενη"),
        ("IΩΑΝΝΟΥ", "ιωαννου"), ("Ивaнов", "иванов"), ("Papadοpoulos", "papadopoulos"),
        ("ΧΡΙΣΤΟΔΟΥΛΟΥ", "χριστοδουλου"),
    ],
)  # fmt: skip
def test_a_latin_look_alike_inside_a_greek_or_cyrillic_word_is_read_in_its_script(written, folded):
    assert fold(written) == folded
    assert fold(folded) == folded


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("AK123456", "ak123456"), ("iPhone Ωmega", "iphone ωmega"), ("Δqλ", "δqλ"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ abc", "παπαδοπουλος abc"),
    ],
)  # fmt: skip
def test_words_of_one_script_or_with_a_letter_of_no_look_alike_are_left_as_they_are(
    written, folded
):
    assert fold(written) == folded


def test_a_greek_identity_card_typed_in_greek_or_latin_letters_is_one_number():
    read = free_id(pd.Series(["ΑΚ 123456", "AK123456", "ΑΚ-123456", "AΚ 123456"]))
    assert read["value"].tolist() == ["AK123456"] * 4
    # Letters that look like no Latin one are read in Latin letters, and kept.
    assert free_id(pd.Series(["Σ 654321", "Π907213"]))["value"].tolist() == ["S654321", "P907213"]
    assert free_id(pd.Series(["12345678", "S1234567D"]))["value"].tolist() == [
        "12345678",
        "S1234567D",
    ]


@pytest.mark.parametrize(
    ("greek", "reading"),
    [
        ("ευαγγελος", "evangelos"), ("ευθυμιου", "efthymiou"), ("παυλος", "pavlos"),
        ("ευαγορου 112", "evagorou 112"), ("λευκωσια", "lefkosia"), ("ταυ", "taf"),
        ("παπαδοπουλου", "papadopoulou"), ("αγγελικη", "angeliki"), ("σφιγξ", "sfinx"),
        ("γεωργιου", "georgiou"),
    ],
)  # fmt: skip
def test_greek_letter_pairs_are_read_as_elot_743_writes_them(greek, reading):
    assert latin(greek) == reading


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Λεωφ. Κηφισίας 120", "ave κηφισιας 120"), ("Kifisias Leof. 120", "kifisias ave 120"),
        ("Kifisias Avenue 120", "kifisias ave 120"), ("ΟΔΟΣ ΕΡΜΟΥ 25", "st ερμου 25"),
        ("Μακαρίου 45, Διαμ. 4", "μακαριου 45 apt 4"),
        # no street type: left as written
        ("Ερμού 25", "ερμου 25"), ("Αγίου Δημητρίου 77Β", "αγιου δημητριου 77β"),
    ],
)  # fmt: skip
def test_greek_street_types_are_read_as_the_other_languages_ones(written, read):
    assert address(pd.Series([written]))["value"].tolist() == [read]


def test_an_address_in_greek_letters_meets_its_latin_spelling_word_by_word():
    df = pd.DataFrame(
        {"addr": ["Οδός Αγίου Δημητρίου 150", "Agiou Dimitriou 150", "Agiou Nikolaou 150"]}
    )
    records = prepare(df, Settings(roles={"addr": "address"}), np.arange(len(df)))
    levels = levels_of(records, [0, 0], [1, 2])["addr"]
    assert levels[0] in ("close", "within")
    assert levels[1] not in ("exact", "close", "within")
