"""Column names of travel systems: an airline reservation's GDS columns, passports and driving
licences in several languages, a frequent-flyer member's number."""

import pytest

from tekil.settings import role_from_name


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
