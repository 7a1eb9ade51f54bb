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


def test_numbers_with_their_extensions_count_as_numbers():
    # A phone column where one system put e-mails: "423.981.3746x414" is a number by its look.
    df = pd.DataFrame({"tel": ["423.981.3746x414", "(891)918-8319 ext. 12", "ali@x.com"] * 8})
    out, roles = split_contacts(df, {"tel": "phone"})
    assert roles["tel (email)"] == "email" and roles["tel (phone)"] == "phone"
    assert out["tel (phone)"].head(3).tolist() == [
        "423.981.3746x414",
        "(891)918-8319 ext. 12",
        None,
    ]


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


def test_a_column_of_e_mails_numbers_and_handles_is_read_as_three():
    cells = ["ali@x.com", "0532 111 22 33", "@ali_k", "IG: ali.k", "x.com/AliK", None]
    df = pd.DataFrame({"contact": cells * 6})
    out, roles = split_contacts(df, {})
    assert roles == {
        "contact": "ignore",
        "contact (email)": "email",
        "contact (phone)": "phone",
        "contact (handle)": "handle",
    }
    assert out.iloc[:6, 1:].to_numpy().tolist() == [
        ["ali@x.com", None, None],
        [None, "0532 111 22 33", None],
        [None, None, "@ali_k"],
        [None, None, "IG: ali.k"],
        [None, None, "x.com/AliK"],
        [None, None, None],
    ]
    # Settings that name the made columns make them again for new data, value by value.
    again = read_as(df.head(3), roles)
    assert again.columns.tolist() == out.columns.tolist()
    assert again["contact (handle)"].tolist() == [None, None, "@ali_k"]


def test_a_handle_column_that_keeps_e_mails_and_numbers_of_other_channels_is_split():
    # A social-care desk: the sender's e-mail on the e-mail channel, the number on WhatsApp,
    # a bare user name on the others (a column named for handles: any handle counts).
    cells = ["jess.smith.1990", "jsmith88", "+61 412 345 678", "jess@example.com", "61412345678"]
    out, roles = split_contacts(pd.DataFrame({"handle": cells * 6}), {"handle": "handle"})
    assert roles["handle"] == "ignore" and roles["handle (handle)"] == "handle"
    assert out["handle (handle)"].head(5).tolist() == ["jess.smith.1990", "jsmith88", *[None] * 3]
    assert out["handle (phone)"].head(5).tolist() == [None, None, cells[2], None, cells[4]]
    # Without a handle's look, a bare word in a column of no role is no handle: a column of
    # e-mails, numbers and words stays as it is.
    words = pd.DataFrame({"c": ["ali@x.com", "0532 111 22 33", "alik", "velik"] * 6})
    assert split_contacts(words, {})[1] == {}


def test_user_names_beside_handles_count_in_a_column_of_no_name():
    # The same desk's column in a file without its header row: handles by their look in one
    # row of ten or more make the user names beside them handles too (a display name is none).
    cells = ["@jess_s", "ruby.cooper.1980", "visitor_22449", "+61 412 345 678", "jess@example.com",
             "Becky King", "wmorris02", "instagram.com/tom.b", "ana@x.org", "0412 345 678"]  # fmt: skip
    out, roles = split_contacts(pd.DataFrame({"column_4": cells * 4}), {})
    assert roles["column_4"] == "ignore" and roles["column_4 (handle)"] == "handle"
    handles = out["column_4 (handle)"].head(10).dropna().tolist()
    assert handles == ["@jess_s", "ruby.cooper.1980", "visitor_22449", "wmorris02", cells[7]]
    # Without handles by their look, user names alone do not make a contact column.
    alone = ["ali.k@x.com", "0532 111 22 33", "ali.k", "veli_90", "notes 2"] * 6
    assert split_contacts(pd.DataFrame({"c": alone}), {})[1] == {}


def test_a_few_handles_among_e_mails_and_numbers_get_their_own_column_or_none():
    many = ["ali@x.com", "0532 111 22 33"] * 24 + ["@ali_k", "@veli"]  # one in 25
    roles = split_contacts(pd.DataFrame({"c": many}), {})[1]
    assert roles["c (handle)"] == "handle"
    few = ["ali@x.com", "0532 111 22 33"] * 49 + ["@ali_k", "0532 111 22 34"]  # one in 100
    out, roles = split_contacts(pd.DataFrame({"c": few}), {})
    assert "c (handle)" not in roles  # as before: what is no e-mail goes with the numbers
    assert out["c (phone)"].iloc[-2] == "@ali_k"


def test_dedupe_links_a_handle_kept_in_a_contact_column():
    people = pd.DataFrame(
        {
            "id": [f"r{k}" for k in range(24)],
            "name": ["Jess Smith", "Tom Brown", "Ana Lee", "Bo Chan"] * 6,
            "contact": ["jess@x.com", "0412 345 678", "@ana_lee88", "bo.chan@y.org"] * 6,
        }
    )
    result = tekil.dedupe(people, id_column="id")
    assert result.settings.roles["contact (handle)"] == "handle"
    assert result.clusters["cluster_id"].nunique() == 4


def test_a_few_numbers_among_user_names_stay_user_names():
    # A login: an e-mail, a user name, now and then a personal number (no phone number).
    cells = ["anne.olsen@live.no", "anne8593", "janne80", "kalle670@gmail.com", "heikkim"] * 9
    df = pd.DataFrame({"username": [*cells, "197812029820", "199001011234"]})
    out, roles = split_contacts(df, {"username": "handle"})
    assert roles == {
        "username": "ignore",
        "username (email)": "email",
        "username (handle)": "handle",
    }
    assert out["username (handle)"].iloc[-2:].tolist() == ["197812029820", "199001011234"]
    again = read_as(df.tail(3), roles)  # new data is read alike
    assert again["username (handle)"].tolist() == ["heikkim", "197812029820", "199001011234"]
