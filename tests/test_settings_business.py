"""Small businesses' records beside persons' (a bank's and a telecoms provider's SME customers):
column names of a business account's person, of a business's own names and numbers, of
someone else; shared mailboxes and firms' names that no person's name is read off."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from tekil.inference import _firms, _local_parts, roles_beside_emails
from tekil.normalize.emails import role_mailbox
from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A business account's one person: its authorised contact, a merchant's owner
        ("Authorised Contact", "full_name"), ("Authorized Contact", "full_name"),
        ("AUTHORISED_SIGNATORY", "full_name"), ("Business Owner", "full_name"),
        ("Proprietor", "full_name"), ("Owner Name", "full_name"), ("Contact Person", "full_name"),
        # A business's names and numbers, on its owner's, its director's and its staff's rows
        ("Trading As", "ignore"), ("Trading Name", "ignore"), ("Merchant Trading Name", "ignore"),
        ("DBA", "ignore"), ("Company Reg No", "ignore"), ("Company Registration Number", "ignore"),
        ("Company Number", "ignore"), ("EIN", "ignore"), ("FEIN", "ignore"),
        ("Switchboard", "ignore"), ("Company Switchboard", "ignore"), ("VAT No", "ignore"),
        # Someone else, whatever words come before: a guarantor, a guardian, a manager
        ("Personal Guarantor", "ignore"), ("Legal Guardian", "ignore"),
        ("Account Manager", "ignore"), ("Patient Guarantor", "ignore"),
    ],
)  # fmt: skip
def test_a_business_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize("column", ["Customer Reference", "Protein", "Vein", "Reinstatement"])
def test_lookalikes_say_nothing(column):
    # A customer's reference is their own number (left to its values); words that end in a
    # legal form's or an id's letters are no business's.
    assert role_from_name(column) is None


def test_shared_mailboxes_name_no_one():
    assert role_mailbox("accounts") and role_mailbox("Info") and role_mailbox("no-reply")
    assert not role_mailbox("anita.patel") and not role_mailbox("officer.jones")


def test_a_shared_mailbox_gives_way_to_the_records_next_email():
    rows = pd.DataFrame(
        {
            "billing": ["info@acme.co.uk", "accounts@apex.com", "jo.smith@x.com", None],
            "work": ["anita.patel@acme.co.uk", None, "j.smith@y.com", "office@z.ie"],
        }
    )
    assert _local_parts(rows, ["billing", "work"]).tolist() == ["anitapatel", "", "josmith", ""]


def test_firms_names_hold_legal_forms():
    firms = pd.Series([["acme", "trading", "ltd"], ["apex", "inc."], ["john", "smith"]])
    assert _firms(firms)
    # Names that look like legal forms' words, but are not them
    people = pd.Series([["ann", "inch"], ["mary", "limon"], ["corpus", "christi"], ["incas"]])
    assert not _firms(people)


_GIVEN = ["John", "Anita", "Sean", "Niamh", "Robert", "Priya", "Tyler", "Megan", "Declan",
          "Susan", "Rajesh", "Claire", "Gareth", "Aoife", "Kevin", "Louise", "Michael", "Emma"]  # fmt: skip
_FAMILY = ["Smith", "Patel", "O'Neill", "Murphy", "Jones", "Garcia", "Walsh", "Khan", "Taylor",
           "Byrne", "Evans", "Lee", "Kelly", "Brown", "Hughes", "Moore", "Quinn", "Davies"]  # fmt: skip
_WORDS = ["Acme", "Apex", "Northgate", "Riverside", "Crown", "Beacon", "Summit", "Harbour"]
_TRADES = ["Trading", "Logistics", "Engineering", "Consulting", "Design", "Catering"]


def _business_accounts(n: int = 300, seed: int = 3) -> pd.DataFrame:
    r = random.Random(seed)
    firms = [(w, t) for w in _WORDS for t in _TRADES]
    rows = []
    for _ in range(n):
        w, t = r.choice(firms)
        rows.append(
            {
                "c1": f"{w} {t} " + r.choice(["Ltd", "LIMITED", "Inc.", "LLC", "Ltd"]),
                "c2": f"{r.choice(_GIVEN)} {r.choice(_FAMILY)}",
                "c3": r.choice(["info", "accounts", "office"]) + f"@{w}{t}.co.uk".lower(),
            }
        )
    return pd.DataFrame(rows)


def test_a_business_accounts_person_is_its_contact_not_the_firm():
    # The account's name (a firm's, first in the file) and its shared mailbox name no one: the
    # authorised contact's whole names are the record's.
    found = roles_beside_emails(_business_accounts(), {"c3": "email"})
    assert found.get("c2") == "full_name"
    assert found.get("c1") not in ("full_name", "first_name", "last_name")


def test_a_guarantors_name_is_someone_elses():
    # A loan's guarantor stands for the borrower: another person, whatever the columns' words.
    for column in ("Guarantor Name", "guarantor_name", "GUARANTOR_NAME", "Personal Guarantor"):
        assert role_from_name(column) == "ignore"
