"""Column names of German, Austrian, Swiss, Dutch and Belgian systems (probe ``rhine``)."""

from __future__ import annotations

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Belgium's national number: eleven digits that are no phone number
        ("rijksregisternummer", "free_id"),
        ("Rijksregisternr.", "free_id"),
        ("INSZ", "free_id"),
        ("NISS", "free_id"),
        ("Numéro de registre national", "free_id"),
        ("Burgerservicenummer", "free_id"),
        ("SVNR", "free_id"),
        ("Sozialversicherungsnummer", "free_id"),
        # An IBAN is a person's (or a couple's) account: evidence, not ignored
        ("IBAN", "free_id"),
        ("rekeningnummer", "free_id"),
        ("IBAN-rekeningnummer", "free_id"),
        # Dutch initials are given names, written short
        ("voorletters", "first_name"),
        # ... and what stays as it was
        ("Kontonummer", "ignore"),
        ("Account No", "ignore"),
        ("polisnummer", "ignore"),
    ],
)
def test_role_from_name(column, role):
    assert role_from_name(column) == role
