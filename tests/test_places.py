"""Whole addresses read as street, postcode and town."""

import numpy as np
import pandas as pd
import pytest

import tekil
from frames import listed
from tekil import places
from tekil.places import split_for, split_places


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Hauptstraße 5, 10115 Berlin", ("Hauptstraße 5", "10115", "Berlin")),
        ("5 rue de la Paix, 75002 Paris", ("5 rue de la Paix", "75002", "Paris")),
        (
            "443 Thomas Shoal, New Jerryland, NY 37631",
            ("443 Thomas Shoal", "37631", "New Jerryland"),
        ),
        ("Flat 2, 10 Downing St, London SW1A 2AA", ("Flat 2, 10 Downing St", "SW1A 2AA", "London")),
        ("Rua Augusta 10, 1100-053 Lisboa", ("Rua Augusta 10", "1100-053", "Lisboa")),
        ("Matthäistraße 26, Norden", ("Matthäistraße 26", None, "Norden")),
        ("Eberthgases 1-9, 43455", ("Eberthgases 1-9", "43455", None)),
        ("Norden", (None, None, "Norden")),
        # The street left out: a town, then a postcode no house number is as long as.
        ("East Johnmouth, 12345", (None, "12345", "East Johnmouth")),
        ("New Jerryland, NY 37631", (None, "37631", "New Jerryland")),
        ("22078", (None, "22078", None)),
        # Not a place at the end: a flat, a street, a house number and a street alone.
        ("12 Main St, Apt 405", ("12 Main St, Apt 405", None, None)),
        ("Flat 2, 10 Downing St", ("Flat 2, 10 Downing St", None, None)),
        ("Gül Sok. No:1, Daire 3", ("Gül Sok. No:1, Daire 3", None, None)),
        ("443 Thomas Shoal", ("443 Thomas Shoal", None, None)),
        # The house number before the street (French) or after it (Italian, Spanish).
        ("91, rue Chartier", ("91, rue Chartier", None, None)),
        ("7 bis, avenue Foch", ("7 bis, avenue Foch", None, None)),
        ("91, rue Chartier, 75001 Paris", ("91, rue Chartier", "75001", "Paris")),
        ("91, rue Chartier, Paris, 75001", ("91, rue Chartier", "75001", "Paris")),
        # The town left out: the street after its number is no town.
        ("91, rue Chartier, 75001", ("91, rue Chartier", "75001", None)),
        ("10, Downing Street, SW1A 2AA", ("10, Downing Street", "SW1A 2AA", None)),
        ("rue de Marin, 58363", ("rue de Marin", "58363", None)),
        ("Studio 9\nHilton Terrace, G2E 6TS", ("Studio 9, Hilton Terrace", "G2E 6TS", None)),
        ("Dexsteeg 592, 1380 XF", ("Dexsteeg 592", "1380 XF", None)),
        ("1520 VJ", (None, "1520 VJ", None)),
        ("Arkel, 3800 CX", (None, "3800 CX", "Arkel")),
        ("4 Main St, Ottawa, ON K1A 0B1", ("4 Main St", "K1A 0B1", "Ottawa")),
        ("Elm Road, 12345", ("Elm Road", "12345", None)),
        ("avenue Foch", ("avenue Foch", None, None)),
        ("Hauptstr.", ("Hauptstr.", None, None)),
        ("Barneschestr, L3S3C1", (None, "L3S3C1", "Barneschestr")),  # a town, a letter short
        ("Via Pierangelo, 755", ("Via Pierangelo, 755", None, None)),
        ("Calle Mayor, 5", ("Calle Mayor, 5", None, None)),
        ("Via Roma 5, Milano, 20100", ("Via Roma 5", "20100", "Milano")),
        ("Via Roma, 20100 Milano", ("Via Roma", "20100", "Milano")),
        # An address on several lines: the lines are its parts.
        ("Drubinstraße 47\n06690 Groß-Gerau", ("Drubinstraße 47", "06690", "Groß-Gerau")),
        ("1777 Kramer Court\nJohnsonfurt, NE 80119", ("1777 Kramer Court", "80119", "Johnsonfurt")),
        ("17 Jones Light\r\nNorth Holly\r\nS6 7LJ", ("17 Jones Light", "S6 7LJ", "North Holly")),
        ("Gerritsingel 7\n1317 YB\nZwolle", ("Gerritsingel 7", "1317 YB", "Zwolle")),
        ("Strada Taliercio, 47\n56011, Gabella (PI)", ("Strada Taliercio, 47", "56011", "Gabella")),
        (
            "Rua Alves, 87\n31706-690 Belo Horizonte / MG",
            ("Rua Alves, 87", "31706-690", "Belo Horizonte"),
        ),
        ("Via Roma, 75, Milano", ("Via Roma, 75", None, "Milano")),  # 75: the house number
        ("Via Roma, 7, Pisa, 56100", ("Via Roma, 7", "56100", "Pisa")),
        # A ZIP+4; a postcode in Bengali digits (read as 0-9).
        ("Calle 5, San Ignacio, 56641-3559", ("Calle 5", "56641-3559", "San Ignacio")),
        ("বাসা নং ৯, বন্দরহার, ঝিনাইদহ, ৪১৭৫", ("বাসা নং 9, বন্দরহার", "4175", "ঝিনাইদহ")),
        ("Flat 84Z\nSteele Walks", ("Flat 84Z\nSteele Walks", None, None)),  # a flat, its street
        # A region's code before the postcode, or in a part of its own, is no town's word;
        # "ST" is a town's word where it opens it, and no region without a postcode after it.
        ("181 George Street, Springvale VIC 3171", ("181 George Street", "3171", "Springvale")),
        ("212 BANKSIA ROAD, ST KILDA VIC 3182", ("212 BANKSIA ROAD", "3182", "ST KILDA")),
        (
            "Unit 28, 226 Albert Dr, IPSWICH, QLD, 4305",
            ("Unit 28, 226 Albert Dr", "4305", "IPSWICH"),
        ),
        ("So 5 Tran Phu, Q. Ba Dinh, HA NOI", ("So 5 Tran Phu, Q. Ba Dinh", None, "HA NOI")),
        ("282 Truong Chinh, Quan Dong Da, HN", ("282 Truong Chinh, Quan Dong Da, HN", None, None)),
        # On one line without commas: the town after the word that closes the street's name.
        ("10 RAILWAY STREET DANDENONG VIC 3175", ("10 RAILWAY STREET", "3175", "DANDENONG")),
        ("10 St Kilda Rd Melbourne VIC 3004", ("10 St Kilda Rd", "3004", "Melbourne")),
        ("1/5 Main St Box Hill 3128", ("1/5 Main St", "3128", "Box Hill")),
        ("10 Downing Street London SW1A 2AA", ("10 Downing Street", "SW1A 2AA", "London")),
        (
            "UNIT 22 42 LACHLAN ST, PALMERSTON NT 0830",
            ("UNIT 22 42 LACHLAN ST", "0830", "PALMERSTON"),
        ),
        (
            "Unit 1, 58 Elm Avenue Dandenong VIC 3175",
            ("Unit 1, 58 Elm Avenue", "3175", "Dandenong"),
        ),
        # A flat's number, then the street's (Faker's en_AU); a four-digit postcode after a town.
        (
            "Apt. 819 772 Michele Tarn, Patriciahaven, 2802",
            ("Apt. 819 772 Michele Tarn", "2802", "Patriciahaven"),
        ),
        ("Unit 48 486 Cooper Highroad, 2604", ("Unit 48 486 Cooper Highroad", "2604", None)),
        ("Lisaberg, 9572", (None, "9572", "Lisaberg")),
        ("Via Roma, 7551", ("Via Roma, 7551", None, None)),  # after a street: its number
        # No word tells where the town starts: the postcode alone, after a region's code.
        (
            "443 Thomas Shoal New Jerryland NY 37631",
            ("443 Thomas Shoal New Jerryland", "37631", None),
        ),
        ("Avenida Paulista 1578", ("Avenida Paulista 1578", None, None)),  # its house number
        ("SVEAVÄGEN 19 LGH 1504", ("SVEAVÄGEN 19 LGH 1504", None, None)),  # a flat's number
        ("BLK 386 BANGKIT RD 07-203", ("BLK 386 BANGKIT RD 07-203", None, None)),
        ("Studio 3\nHutchinson Loaf", ("Studio 3\nHutchinson Loaf", None, None)),
        # Hungarian: the postcode and the town first, then the street.
        ("1052 Budapest, Váci utca 12. 3/4", ("Váci utca 12. 3/4", "1052", "Budapest")),
        ("4024 Debrecen, Piac u. 5. 2. em. 7.", ("Piac u. 5. 2. em. 7.", "4024", "Debrecen")),
        # No numbered street after them: a flat; a street without a postcode.
        ("12345 Main, Apt 4", ("12345 Main, Apt 4", None, None)),
        ("1600 Pennsylvania Avenue, Washington", ("1600 Pennsylvania Avenue", None, "Washington")),
        # A Chinese road, street or lane is a street, alone or before its postcode; a town,
        # county or district is a town.
        ("张街H座", ("张街H座", None, None)),
        ("阮路r座, 434685", ("阮路r座", "434685", None)),
        ("济南路b座, 太原市, 637942", ("济南路b座", "637942", "太原市")),
        ("沈阳县", (None, None, "沈阳县")),
        # A postcode's label is no town: Greek ΤΚ, German PLZ, Italian CAP, Spanish CP.
        ("Σελινοπούλου 168, Λαμία, ΤΚ 313 22", ("Σελινοπούλου 168", "313 22", "Λαμία")),
        ("Χονδρούδη 24, ΤΚ 06048", ("Χονδρούδη 24", "06048", None)),
        ("Hauptstr. 5, PLZ 10115 Berlin", ("Hauptstr. 5", "10115", "Berlin")),
        ("Via Roma 7, CAP 00184, Roma", ("Via Roma 7", "00184", "Roma")),
        ("Calle Mayor 3, C.P. 28013 Madrid", ("Calle Mayor 3", "28013", "Madrid")),
        ("Cap 3000, Nice", ("Cap 3000", None, "Nice")),  # a place, no label
        # Persian and Arabic streets, the Arabic script's comma, Iran's ten-digit postcodes.
        ("6207 محمد پور خیابان", ("6207 محمد پور خیابان", None, None)),
        ("تهران، خیابان ولیعصر", ("تهران، خیابان ولیعصر", None, None)),  # a street last
        ("شارع الملك فهد 12، الرياض، 12345", ("شارع الملك فهد 12", "12345", "الرياض")),
        ("32081 ربانی دره, شهر پرهام, 0688069504", ("32081 ربانی دره", "0688069504", "شهر پرهام")),
    ],
)
def test_an_address_is_cut_into_street_postcode_and_town(value, parts):
    roles = {"a": "address", "a (postcode)": "postcode", "a (town)": "city"}
    out = split_for(pd.DataFrame({"a": [value]}), roles)
    assert tuple(out.iloc[0]) == parts


def test_a_column_is_split_only_where_its_values_end_with_places_and_none_is_kept_apart():
    whole = pd.DataFrame({"adres": ["Hauptstraße 5, 10115 Berlin", "Am Markt 1, Bonn", None]})
    out, roles = split_places(whole, {"adres": "address"})
    assert roles == {"adres": "address", "adres (postcode)": "postcode", "adres (town)": "city"}
    assert out.columns.tolist() == ["adres", "adres (postcode)", "adres (town)"]
    assert out["adres (town)"].tolist()[:2] == ["Berlin", "Bonn"]
    assert out.iloc[2].isna().all()
    # Addresses on one line without commas, their postcode last.
    lines = pd.DataFrame({"address": ["10 Railway St Dandenong VIC 3175", "4 Elm Rd Kew 3101"]})
    out, roles = split_places(lines, {"address": "address"})
    assert out.iloc[1].tolist() == ["4 Elm Rd", "3101", "Kew"]
    streets = pd.DataFrame({"adres": ["Hauptstraße 5", "Am Markt 1", "12 Main St, Apt 4"]})
    assert split_places(streets, {"adres": "address"})[1] == {"adres": "address"}
    # Streets without their numbers, kept in a column of their own, are no towns.
    named = pd.DataFrame({"street": ["Neumayer St", "Elm Road", "Baker St"], "no": [5, 7, 9]})
    roles = {"street": "address", "no": "house_number"}
    assert split_places(named, roles) == (named, roles)
    assert split_places(named, {"street": "address"})[1] == {"street": "address"}
    # A file's own town column beside whole addresses: the address still gives up its town.
    with_town = whole.assign(ort=["Berlin", "Bonn", None])
    out, roles = split_places(with_town, {"adres": "address", "ort": "city"})
    assert out["adres"].tolist()[:2] == ["Hauptstraße 5", "Am Markt 1"]


def test_a_column_of_hungarian_addresses_is_split_and_meets_a_system_that_keeps_parts_apart():
    whole = pd.DataFrame(
        {"cím": ["1052 Budapest, Váci utca 12. 3/4", "6720 Szeged, Kossuth Lajos sgt. 7.", None]}
    )
    out, roles = split_places(whole, {"cím": "address"})
    assert roles == {"cím": "address", "cím (postcode)": "postcode", "cím (town)": "city"}
    assert out.iloc[1].tolist() == ["Kossuth Lajos sgt. 7.", "6720", "Szeged"]
    people = pd.DataFrame(
        {
            "id": range(4),
            "név": ["Nagy János", "Nagy János", "Kiss Anna", None],
            "cím": ["1052 Budapest, Váci utca 12.", None, "6720 Szeged, Fő tér 3.", None],
            "first_name": [None, None, None, "Anna"],
            "last_name": [None, None, None, "Kiss"],
            "street": [None, None, None, "Fő tér 3."],
            "zip": [None, None, None, "6720"],
            "city": [None, None, None, "Szeged"],
        }
    )
    result = tekil.dedupe(people, id_column="id")
    assert result.explain(2, 3).set_index("comparison").loc["location", "level"] == "same_address"


def test_french_and_italian_streets_with_their_numbers_are_no_places():
    french = pd.DataFrame(
        {"adresse": ["91, rue Chartier", "3, rue de Jacquet", "boulevard Coulon"]}
    )
    assert split_places(french, {"adresse": "address"}) == (french, {"adresse": "address"})
    italian = pd.DataFrame(
        {"via": ["Via Pierangelo, 755", "Rotonda Carla, 20", "Stretto Nat, 136"]}
    )
    assert split_places(italian, {"via": "address"})[1] == {"via": "address"}


def test_a_part_no_value_has_is_not_made_and_new_data_is_split_alike():
    towns = pd.DataFrame({"adres": ["Am Markt 1, Bonn", "Ringweg 3, Köln", "Seeweg 9, Kiel"]})
    out, roles = split_places(towns, {"adres": "address"})
    assert roles == {"adres": "address", "adres (town)": "city"}  # no empty postcode column
    assert out.columns.tolist() == ["adres", "adres (town)"]
    new = split_for(pd.DataFrame({"adres": ["Hauptstraße 5, 10115 Berlin"]}), roles)
    assert new.iloc[0].tolist() == ["Hauptstraße 5", "Berlin"]


def test_records_with_the_town_alone_meet_those_with_the_whole_address():
    people = pd.DataFrame(
        {
            "id": range(6),
            "name": ["Jan Berger", "Jan Berger", "Anna Vogt", "Anna Vogt", "Paul Roth", "Paul Roth"],
            "address": [
                "Hauptstraße 5, 10115 Berlin", "Berlin",
                "Am Markt 1, 53111 Bonn", "53111 Bonn, Bonn",
                "Ringweg 3, 80331 München", "Ringweg 3, 80331 München",
            ],
        }
    )  # fmt: skip
    result = tekil.dedupe(people, id_column="id")
    assert result.settings.roles["address (town)"] == "city"
    assert result.explain(0, 1).set_index("comparison").loc["location", "level"] == "same_city"
    assert np.array_equal(result.clusters["id"], people["id"])  # every record once


def test_a_store_reads_a_new_record_s_whole_address_as_its_batch(tmp_path):
    rows = [
        {"id": f"r{k}", "name": name, "phone": f"0532 {k:03d} 11 22", "address": address}
        for k, (name, address) in enumerate(
            [("Jan Berger", "Hauptstraße 5, 10115 Berlin"), ("Anna Vogt", "Am Markt 1, 53111 Bonn"),
             ("Paul Roth", "Ringweg 3, 80331 München"), ("Eva Kurz", "Seeweg 9, 20095 Hamburg")]
        )
    ]  # fmt: skip
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}")
    store.ingest(tekil.customers(pd.DataFrame(rows), id_column="id"))
    assert store.settings.roles["address (postcode)"] == "postcode"
    new = pd.DataFrame(
        [
            {
                "id": "n1",
                "name": "Anna Vogt",
                "phone": "05320011122",
                "address": "Am Markt 1, 53111 Bonn",
            }
        ]
    )
    out = store.resolve(new).iloc[0]
    assert out["customer_id"] == store.records().set_index("record_id").loc["r1", "customer_id"]
    assert "location=same_address" in out["evidence"]  # the street against the street
    # ... under a name of the new system's own, matched by its role.
    renamed = new.rename(columns={"address": "adres"}).assign(id="n2")
    assert "location=same_address" in store.resolve(renamed).iloc[0]["evidence"]
    store.close()


def test_link_meets_whole_addresses_with_the_parts_the_other_side_keeps_apart():
    left = pd.DataFrame(
        {
            "id": ["a1", "a2"],
            "name": ["Jan Berger", "Jan Berger"],
            "address": ["Hauptstraße 5, 10115 Berlin", "Seeweg 9, 20095 Hamburg"],
        }
    )
    right = pd.DataFrame(
        {
            "id": ["b1", "b2"],
            "name": ["Jan Berger", "Jan Berger"],
            "street": ["Seeweg 9", None],
            "plz": ["20095", "10115"],
            "ort": ["Hamburg", "Berlin"],
        }
    )
    result = tekil.link(left, right, id_column="id")
    assert {"postcode", "city"} <= set(result.settings.roles.values())
    levels = {
        pair: result.explain(*pair).set_index("comparison").loc["location", "level"]
        for pair in (("a1", "b2"), ("a2", "b1"), ("a1", "b1"))
    }
    assert levels == {("a1", "b2"): "same_postcode", ("a2", "b1"): "same_address",
                      ("a1", "b1"): "else"}  # fmt: skip


def test_a_systems_house_numbers_kept_apart_are_written_into_its_streets():
    from tekil.places import numbered_streets

    roles = {"strasse": "address", "nr": "house_number", "adresse": "address"}
    df = pd.DataFrame(
        {
            "strasse": ["Gartenstr.", "Am Markt 1", None, "Ringweg"],
            "nr": ["19", "1", None, None],
            "adresse": [None, None, "Gartenstraße 19", None],
        }
    )
    out = numbered_streets(df, roles)
    # The number after the street, as the file's other addresses write theirs; a street that
    # has its number, or a record without one, as written; the input is not changed.
    assert listed(out["strasse"]) == ["Gartenstr. 19", "Am Markt 1", None, "Ringweg"]
    assert df.loc[0, "strasse"] == "Gartenstr."
    # A file that writes the number first ("12 Main St") gets it first.
    us = pd.DataFrame({"street": ["Main St", None], "no": ["12", None], "a": [None, "7 Oak Rd"]})
    us_roles = {"street": "address", "no": "house_number", "a": "address"}
    assert listed(numbered_streets(us, us_roles)["street"]) == ["12 Main St", None]
    # No house-number column: nothing to write.
    assert numbered_streets(df, {"strasse": "address"}) is df


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("10115 Berlin", (None, "10115", "Berlin")),
        ("D-10115 Berlin", (None, "10115", "Berlin")),
        ("79098 Freiburg im Breisgau", (None, "79098", "Freiburg im Breisgau")),
        ("1011 AB Amsterdam", (None, "1011 AB", "Amsterdam")),
        ("3000 Bern", (None, "3000", "Bern")),
        # a house number before its street: no postcode and town
        ("1600 Pennsylvania Avenue", ("1600 Pennsylvania Avenue", None, None)),
        ("4305 Orchard Ln", ("4305 Orchard Ln", None, None)),
        ("1234 Hauptstr.", ("1234 Hauptstr.", None, None)),
        # ... by any of the US Postal Service's street suffixes, of a street whose town and
        # ZIP the record leaves out (beside "79456 Lee Burgs, Jamesville, 37756")
        ("77058 Cannon Islands", ("77058 Cannon Islands", None, None)),
        ("1092 Brian Parkway", ("1092 Brian Parkway", None, None)),
        ("3072 Cole Run", ("3072 Cole Run", None, None)),
        ("55967 White Shoal", ("55967 White Shoal", None, None)),
        # towns that end with such a word are towns
        ("1190 Forest", (None, "1190", "Forest")),
        ("97420 Le Port", (None, "97420", "Le Port")),
        ("1661 Bella Vista", (None, "1661", "Bella Vista")),
    ],
)
def test_a_postcode_and_its_town_alone_are_read_apart(value, parts):
    roles = {"a": "address", "a (postcode)": "postcode", "a (town)": "city"}
    assert tuple(split_for(pd.DataFrame({"a": [value]}), roles).iloc[0]) == parts


def test_a_column_of_postcodes_and_towns_is_two_columns_and_new_data_is_read_alike():
    """Forms ask "PLZ/Ort", "CP Ville" in one box: the column is its postcode and its town,
    and no street (it has no role of its own)."""
    df = pd.DataFrame({"PLZ_Ort": ["10115 Berlin", "50667 Köln", None, "77694 Kehl"]})
    out, roles = split_places(df, {"PLZ_Ort": "address"})
    assert roles == {"PLZ_Ort (postcode)": "postcode", "PLZ_Ort (town)": "city"}
    assert listed(out["PLZ_Ort (town)"]) == ["Berlin", "Köln", None, "Kehl"]
    new = split_for(pd.DataFrame({"PLZ_Ort": ["66740 Saarlouis"]}), roles)
    assert new[["PLZ_Ort (postcode)", "PLZ_Ort (town)"]].iloc[0].tolist() == ["66740", "Saarlouis"]


def test_an_address_line_of_house_numbers_alone_is_a_house_number_s():
    # A Sri Lankan bank's ADDRESS_1 ("No. 70", "12/3", "45A") beside its ADDRESS_2 (the street).
    df = pd.DataFrame({
        "ADDRESS_1": ["No. 70", "12/3", "45A", "No 7", "238", None],
        "ADDRESS_2": ["Peradeniya Rd.", "Temple Road", "Galle Rd", "Lake Road", "Main Street", None],
        "address": [None, None, None, None, None, "No. 70, Peradeniya Road, Colombo 13"],
    })  # fmt: skip
    roles = {"ADDRESS_1": "address", "ADDRESS_2": "address", "address": "address"}
    read = places.house_number_lines(df, roles)
    assert read == {**roles, "ADDRESS_1": "house_number"}
    joined = places.numbered_streets(df, read)["ADDRESS_2"].tolist()
    assert joined[:2] == ["No. 70 Peradeniya Rd.", "12/3 Temple Road"]


@pytest.mark.parametrize(
    "values",
    [
        ["Flat 3", "Apt 12", "No. 4", "Suite 100", "Unit 7"],  # flats and units: no house numbers
        ["12 Main St", "4 High Road", "No. 7", "19", "221B Baker Street"],  # whole streets
        ["Colombo 03", "Kandy", "Galle", "Jaffna", "No. 5"],  # towns
    ],
)
def test_address_lines_of_other_things_stay_addresses(values):
    df = pd.DataFrame({"line": values, "line2": ["Temple Road"] * len(values)})
    roles = {"line": "address", "line2": "address"}
    assert places.house_number_lines(df, roles)["line"] == "address"
