"""A column of e-mails and phone numbers read as two."""

import pandas as pd

import tekil
from tekil.contacts import split_contacts
from tekil.derived import read_as


def test_a_column_of_e_mails_and_numbers_is_read_as_two_and_gets_no_role_itself():
    df = pd.DataFrame({"contact": ["ali@x.com", "0532 111 22 33", None, "veli@y.org"] * 8})
    out, roles = split_contacts(df, {})
    assert roles == {"contact": "ignore", "contact (email)": "email", "contact (phone)": "phone"}
    assert out.iloc[:4, 1:].to_numpy().tolist() == [
        ["ali@x.com", None],
        [None, "0532 111 22 33"],
        [None, None],
        ["veli@y.org", None],
    ]
    # Settings that name the made columns make them again for new data, once.
    again = read_as(df.head(2), roles)
    assert again.columns.tolist() == out.columns.tolist()
    phones_only = again.drop(columns=["contact (email)"])  # an empty column left out
    assert read_as(phones_only, roles).equals(phones_only)


def test_a_column_of_one_kind_or_of_other_things_is_left_as_it_is():
    emails = pd.DataFrame({"c": [f"u{k}@x.com" for k in range(30)]})
    assert split_contacts(emails, {"c": "email"})[1] == {"c": "email"}
    few_numbers = pd.DataFrame({"c": [f"u{k}@x.com" for k in range(29)] + ["0532 111 22 33"]})
    assert split_contacts(few_numbers, {})[1] == {}
    notes = pd.DataFrame({"c": ["call back", "ali@x.com", "0532 111 22 33", "no answer"] * 6})
    assert split_contacts(notes, {})[1] == {}  # half the values are neither
    assert split_contacts(notes.head(4), {})[1] == {}  # too few to tell


def test_dedupe_and_the_store_read_a_contact_column(tmp_path):
    people = pd.DataFrame(
        {
            "id": [f"r{k}" for k in range(24)],
            "name": ["Ali Kaya", "Veli Can", "Ayşe Nur", "Can Öz"] * 6,
            "contact": ["ali@x.com", "0532 111 22 33", "ayse@y.org", "0533 444 55 66"] * 6,
        }
    )
    result = tekil.dedupe(people, id_column="id")
    assert result.settings.roles["contact (phone)"] == "phone"
    assert result.clusters["cluster_id"].nunique() == 4
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}")
    store.ingest(tekil.customers(people, id_column="id"))
    new = pd.DataFrame([{"id": "n1", "name": "Veli Can", "contact": "05321112233"}])
    out = store.resolve(new).iloc[0]
    assert out["customer_id"] == store.records().set_index("record_id").loc["r1", "customer_id"]
    assert "contact (phone)=exact" in out["evidence"]
    store.close()
