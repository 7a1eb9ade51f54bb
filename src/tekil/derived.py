"""Columns read off others: what the guess of a file's roles makes, and makes again for new data.

When the roles are guessed, some columns are read as others: birth-date parts as one date
(:mod:`tekil.birth_dates`, before the guess), a column of e-mails and phone numbers as two
(:mod:`tekil.contacts`), cells of several identifiers as two columns (:mod:`tekil.several`),
an area code column and a phone column as one (:mod:`tekil.area_codes`),
whole addresses as street, postcode and town (:mod:`tekil.places`), the birth date a national
id carries as a birth date (:mod:`tekil.coded_births`). Phone numbers written
the national way are completed by their record's country (:mod:`tekil.dialling`); a value a
record also gives for an agent or an adviser is not its person's (:mod:`tekil.staff`); on
the labels a shop sends, the receiver is the person (:mod:`tekil.senders`).
The settings name the columns made; :func:`read_as` makes them for a frame that lacks them (a
customer view, a store reading new records, settings saved from a guess), value by value as
the guess did.

>>> df = pd.DataFrame({"adres": ["Hauptstraße 5, 10115 Berlin"], "c": ["0532 123 45 67"]})
>>> roles = {"adres": "address", "adres (town)": "city", "c (email)": "email"}
>>> list(read_as(df, roles))
['adres', 'adres (town)', 'c', 'c (email)', 'c (phone)']
"""

from __future__ import annotations

import pandas as pd

from tekil import area_codes, coded_births, contacts, dialling, places, senders, several, staff
from tekil.birth_dates import assembled_for


def derive_columns(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and guessed ``roles`` with an area code and its phone column read as one, an
    address line of house numbers as theirs, and contact columns, cells of several identifiers
    and whole addresses read as several."""
    df, roles = area_codes.join_area_codes(df, roles)
    roles = places.house_number_lines(df, roles)
    df, roles = coded_births.coded_births(df, roles)
    return places.split_places(*several.split_several(*contacts.split_contacts(df, roles)))


def read_as(df: pd.DataFrame, roles: dict[str, str], source: str | None = None) -> pd.DataFrame:
    """``df`` with the columns ``roles`` name that were made of others, made alike, and
    without the values its records give for a staff member too (:mod:`tekil.staff`); its
    phone numbers read in each record's country, or its system's (``source``: the column
    naming each record's system)."""
    df = area_codes.joined_for(assembled_for(df, roles), roles)
    df = coded_births.births_for(df, roles)
    df = senders.receivers_on_shop_rows(df, roles)
    df = contacts.split_for(df, roles)
    df = places.numbered_streets(places.split_for(several.split_for(df, roles), roles), roles)
    return staff.without_staff_values(dialling.read_in_countries(df, roles, source=source), roles)
