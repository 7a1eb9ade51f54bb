"""Column names of travel systems: an airline reservation's GDS columns, passports and driving
licences in several languages, a frequent-flyer member's number."""

import numpy as np
import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A reservation's passenger and the contacts IATA's elements give: e-mail, mobile
        ("PAX NAME", "full_name"), ("pax_name", "full_name"), ("Nom du passager", "full_name"),
        ("CTCE", "email"), ("CTCM", "phone"), ("CTCH", "phone"),
        # A booking's record locator: its passengers share it
        ("PNR", "ignore"), ("Record Locator", "ignore"), ("Buchungsnummer", "ignore"),
        # A frequent traveller's number
        ("FQTV", "free_id"), ("Frequent Flyer Number", "free_id"),
        ("numero_adherent", "free_id"), ("Numéro d'adhérent", "free_id"),
        # Driving licences and passports
        ("Führerscheinnummer", "free_id"), ("Führerschein-Nr.", "free_id"),
        ("driving_licence_number", "free_id"), ("Driving License No", "free_id"),
        ("numéro de permis", "free_id"), ("carnet de conducir", "free_id"),
        ("numero patente", "free_id"), ("CNH", "free_id"), ("rijbewijsnummer", "free_id"),
        ("ehliyet no", "free_id"), ("Reisepassnummer", "free_id"), ("passaporto", "free_id"),
        ("pasaport no", "free_id"),
    ],
)  # fmt: skip
def test_travel_columns(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    # A count of passengers, a passenger's type, a hotel's "Pax" (how many guests): no name
    ["passenger_count", "Passenger", "pax", "Nb pax", "PAX TYPE", "passenger_type"],
)
def test_passenger_counts_and_types_are_no_names(column):
    assert role_from_name(column) is None


def _travellers() -> pd.DataFrame:
    """Three tickets each of 120 travellers, two to a booking (a family: one family name),
    their passports of several countries' forms (``123456789``, ``FX750887``, ``C01X00T47``)
    in a column whose name says nothing, and the booking's code in another."""
    rng = np.random.default_rng(3)
    given = ["John", "Anna", "Mehmet", "Yuki", "Maria", "Lars", "Wei", "Omar", "Lea", "Tom"]
    family = ["Smith", "Yilmaz", "Tanaka", "Garcia", "Berg", "Wang", "Haddad", "Rossi"]
    rows = []
    for k in range(120):
        name = f"{given[k % 10]} {family[(k // 2) % 8]}{k // 16}"
        born = f"19{50 + k % 40}-0{1 + k % 9}-{10 + k % 18}"
        form = k % 3
        digits = "".join(map(str, rng.integers(0, 10, 9)))
        passport = (
            digits if form == 0 else ("FX" + digits[:6] if form == 1 else "C" + digits[:5] + "X7")
        )
        for trip in range(3):
            booking = (
                f"BK{k // 2:03d}{trip}{rng.integers(10000, 99999)}"
                if trip
                else f"BK{k // 2:03d}0000{k // 2}"
            )
            rows.append({"name": name, "dob": born, "column_3": passport, "column_4": booking})
    return pd.DataFrame(rows)


def test_a_passport_column_of_many_forms_is_found_by_its_values():
    roles = guess_settings(_travellers()).roles
    assert roles.get("column_3") == "free_id"


def test_a_bookings_code_that_a_family_shares_is_no_persons_id():
    frame = _travellers()
    # The first trip's booking code is the family's: two travellers of two given names.
    roles = guess_settings(frame).roles
    assert roles.get("column_4") != "free_id"


def test_a_wallet_account_of_emails_and_phones_is_no_passport():
    """An account column that holds an e-mail in one record and a phone number in the next
    (``2081628407@qq.com``, ``13234053402``, a masked ``133****5224``), which records of one
    name share, is the person's contacts, split as such (:mod:`tekil.contacts`), no id."""
    frame = _travellers()
    k = np.arange(len(frame)) // 3
    frame["column_3"] = np.where(
        k % 2 == 0, [f"{13000000000 + n * 7919}@qq.com" for n in k], [f"1{n:010d}" for n in k]
    )
    assert guess_settings(frame).roles.get("column_3") != "free_id"
