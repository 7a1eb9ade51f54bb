"""Column names of East African systems: Swahili ones of Kenyan and Tanzanian systems (a
mobile-money operator's KYC, a bank's form), Kinyarwanda ones of Rwandan systems."""

import random

import pandas as pd
import pytest

from tekil.normalize import gender
from tekil.settings import _undialled_digits, guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Jina Kamili", "full_name"), ("Jina la Kwanza", "first_name"), ("Jina la Kati", "middle_name"),
        ("Jina la Ukoo", "last_name"), ("Tarehe ya Kuzaliwa", "dob"), ("Jinsia", "gender"),
        ("Nambari ya Simu", "phone"), ("Namba ya Simu", "phone"), ("Simu", "phone"),
        ("Nambari ya Kitambulisho", "free_id"), ("Namba ya NIDA", "free_id"), ("KRA PIN", "free_id"),
        ("Anwani", "address"), ("Mkoa", "region"), ("Wilaya", "district"), ("Kijiji", "city"),
        ("Barua pepe", "email"), ("Mahali pa kuzaliwa", "birth_place"),
        ("Amazina", "full_name"), ("Izina ry'umuryango", "last_name"), ("Izina bwite", "first_name"),
        ("Indangamuntu", "free_id"), ("Igitsina", "gender"), ("Itariki y'amavuko", "dob"),
        ("Nimero ya Telefoni", "phone"), ("Akarere", "district"), ("Umurenge", "district"),
        ("Intara", "region"), ("Umudugudu", "city"), ("Izina rya se", "father_name"),
        ("Izina rya nyina", "mother_name"),
    ],
)  # fmt: skip
def test_an_east_african_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # Someone else's: a relative's, a next of kin's, an heir's, a guarantor's; the system's
        # own account number; an occupation, a nationality.
        "Jina la ndugu", "Simu ya ndugu", "Mtu wa karibu", "Simu ya mtu wa karibu", "Jina la mrithi",
        "Jina la mdhamini", "Simu ya mdhamini", "Namba ya Akaunti", "Nambari ya Akaunti", "Kazi",
        "Uraia",
    ],
)  # fmt: skip
def test_someone_else_s_or_the_system_s_column_is_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Left as they were: English names beside them, and words that merely hold the aliases.
        ("Surname", "last_name"), ("Given Names", "first_name"), ("NIN", "free_id"),
        ("District", "district"), ("Member No", None), ("Next of Kin", "ignore"),
        ("kata_id", None), ("simulation", None), ("majina_ya_bidhaa", None),
        ("Jina kamili la mdhamini", "ignore"), ("Amazina y'umubyeyi", None),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_reading(column, role):
    assert role_from_name(column) == role


def test_swahili_and_kinyarwanda_sex_words_are_read():
    # Tanzanian forms abbreviate mwanaume and mwanamke ME and KE; Kinyarwanda gabo and gore.
    values = pd.Series(["ME", "KE", "Kiume", "kike", "Gabo", "Gore", "Umugabo", "umugore"])
    assert gender(values)["value"].tolist() == ["m", "f", "m", "f", "m", "f", "m", "f"]


def test_lookalikes_of_the_east_african_sex_words_are_no_sex():
    values = pd.Series(["MEE", "KEN", "Gabon", "Gorel", "TZ", "UG"])
    assert gender(values)["value"].isna().all()


def _kenyan_file(held_by_ids: bool) -> pd.DataFrame:
    """A Kenyan wallet's records (numbered columns: a phone, an eight-digit national id, twice
    each) beside a remittance's senders (a named id and phone), one in three of them customers."""
    rnd = random.Random(3)

    def digits(k: int) -> str:
        return "".join(str(rnd.randrange(10)) for _ in range(k))

    rows = []
    for k in range(300):
        phone, nid = "07" + digits(8), str(rnd.randint(10_000_000, 39_999_999))
        rows += [{"c1": phone, "c2": nid}] * 2
        if k % 3 == 0:
            other = nid if held_by_ids else str(rnd.randint(40_000_000, 49_999_999))
            rows.append({"National ID": other, "Mobile": "+254" + phone[1:]})
    df = pd.DataFrame(rows)
    df.insert(0, "rid", range(len(df)))
    return df


def test_ids_of_eight_digits_that_other_records_ids_hold_are_no_phones():
    # Kenya's national id ("Nambari ya Kitambulisho", numbered): digits that a lax plan reads
    # as phone numbers, never written as a number is dialled, that a sender's id holds.
    roles = guess_settings(_kenyan_file(held_by_ids=True), id_column="rid").roles
    assert roles["c2"] == "free_id" and roles["c1"] == "phone" and roles["Mobile"] == "phone"
    # Held by no id column: read as before.
    roles = guess_settings(_kenyan_file(held_by_ids=False), id_column="rid").roles
    assert roles["c2"] == "phone"


def test_phone_numbers_written_as_dialled_are_no_undialled_digits():
    assert _undialled_digits(pd.Series(["62900508", "7502026", "34176479"]))
    assert not _undialled_digits(pd.Series(["0712345678", "712345678", "+254712345678"]))
    assert not _undialled_digits(pd.Series(["712345678", "722345678"]))  # nine: a trunk left out
    assert not _undialled_digits(pd.Series(["A1234567", "12345678"]))
