"""The customer view end to end: the scenarios that motivate it, on the bundled sample plus
a few hand-made people whose expected customers are known exactly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import tekil
from people import valid_tckn
from tekil.datasets import load_sample
from tekil.errors import ConfigError, InputError

ZERRIN = valid_tckn("318472615")
OGUZHAN = valid_tckn("527194038")
HASAN, NURTEN, EMRE = valid_tckn("613850274"), valid_tckn("724961385"), valid_tckn("835072496")
LANDLINE = "0312 417 28 93"


def person(rid, source, first, last, **values):
    return {"record_id": rid, "source": source, "first_name": first, "last_name": last, **values}


#: Hand-made people: (record id → expected person).
CRAFTED = [
    # Zerrin: five lines, one of them Platinum.
    *[
        person(
            f"z{k}",
            "telco",
            "Zerrin",
            "Karaosmanoğlu",
            birth_date="1977-04-12",
            tckn=ZERRIN,
            phone=f"0532 61{k} 40 7{k}",
            status="Platinum" if k == 3 else "Normal",
            city="Eskişehir",
        )
        for k in range(1, 6)
    ],
    # Oğuzhan: three systems, three different addresses.
    person(
        "o1",
        "crm",
        "Oğuzhan",
        "Pekdemir",
        birth_date="02.11.1985",
        tckn=OGUZHAN,
        phone="0545 318 77 21",
        email="oguzhan.pekdemir@gmail.com",
        address="Yenimahalle Mah. Gazi Cad. No:12 D:4",
        city="Ankara",
        status="Gold",
    ),
    person(
        "o2",
        "telco",
        "Oguzhan",
        "Pekdemir",
        birth_date="1985-11-02",
        tckn=OGUZHAN,
        phone="05453187721",
        address="Kızılay Mah. Atatürk Blv. No:88 D:12",
        city="Ankara",
        status="Normal",
    ),
    person(
        "o3",
        "warranty",
        None,
        None,
        full_name="OĞUZHAN PEKDEMİR",
        phone="+90 545 318 7721",
        email="oguzhan.pekdemir@gmail.com",
        address="Bahçelievler Mah. 7. Cad. No:3",
        city="Ankara",
    ),
    # The Gezer household: three people, one landline.
    person(
        "h1", "telco", "Hasan", "Gezer", birth_date="1958-06-30", tckn=HASAN, phone="0533 902 14 66"
    ),
    person("h2", "crm", "Hasan", "Gezer", birth_date="30.06.1958", tckn=HASAN, phone=LANDLINE),
    person(
        "n1",
        "telco",
        "Nurten",
        "Gezer",
        birth_date="1961-01-19",
        tckn=NURTEN,
        phone="0542 771 30 58",
    ),
    person("n2", "crm", "Nurten", "Gezer", birth_date="19.01.1961", tckn=NURTEN, phone=LANDLINE),
    person(
        "e1", "telco", "Emre", "Gezer", birth_date="1990-09-09", tckn=EMRE, phone="0505 660 81 12"
    ),
    person("e2", "warranty", "Emre", "Gezer", phone=LANDLINE, email="emregezer90@hotmail.com"),
]
EXPECTED = {
    "z1": "zerrin",
    "z2": "zerrin",
    "z3": "zerrin",
    "z4": "zerrin",
    "z5": "zerrin",
    "o1": "oguzhan",
    "o2": "oguzhan",
    "o3": "oguzhan",
    "h1": "hasan",
    "h2": "hasan",
    "n1": "nurten",
    "n2": "nurten",
    "e1": "emre",
    "e2": "emre",
}
SETTINGS = {
    "card_key": "test",
    "source_column": "source",
    "source_trust": ["crm", "telco", "card", "warranty", "social"],
    "rollups": {"status": "tier:Normal<Gold<Platinum"},
}


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return pd.concat([load_sample().records, pd.DataFrame(CRAFTED)], ignore_index=True)


@pytest.fixture(scope="module")
def view(data) -> tekil.Customers:
    return tekil.customers(data, SETTINGS, id_column="record_id")


def customer_of(view, record_id: str) -> str:
    rows = view.records.set_index("record_id")["customer_id"]
    return rows[record_id]


def test_every_record_comes_out_once_with_a_customer(view, data):
    assert view.records["record_id"].tolist() == data["record_id"].tolist()
    assert view.records["customer_id"].notna().all()
    assert set(view.golden["customer_id"]) == set(view.records["customer_id"])
    assert view.golden["customer_id"].is_unique


def test_hand_made_people_are_exactly_their_customers(view):
    crafted = view.records[view.records["record_id"].isin(list(EXPECTED))]
    truth = crafted["record_id"].map(EXPECTED)
    # Same person ⇔ same customer, and nobody else joined them.
    for name, group in crafted.groupby(truth):
        assert group["customer_id"].nunique() == 1, name
    assert crafted.groupby("customer_id")["record_id"].size().to_dict() == {
        customer_of(view, "z1"): 5,
        customer_of(view, "o1"): 3,
        customer_of(view, "h1"): 2,
        customer_of(view, "n1"): 2,
        customer_of(view, "e1"): 2,
    }
    sizes = view.records["customer_id"].value_counts()
    assert sizes[customer_of(view, "z1")] == 5


def test_platinum_on_one_line_is_platinum_on_all_five(view):
    rolled = view.roll_up({"status": "tier:Normal<Gold<Platinum"}).set_index("record_id")
    assert rolled.loc[[f"z{k}" for k in range(1, 6)], "status"].tolist() == ["Platinum"] * 5
    golden = view.golden.set_index("customer_id")
    assert golden.loc[customer_of(view, "z1"), "status"] == "Platinum"
    # Oğuzhan: Gold in the CRM, Normal in the telco: Gold.
    assert golden.loc[customer_of(view, "o1"), "status"] == "Gold"


def test_campaign_excludes_every_customer_with_the_event_on_any_record(view, data):
    audience = data[["record_id"]]
    paid = pd.DataFrame({"record_id": ["z5"], "event": ["vehicle tax paid"]})
    contacts = view.audience(audience, exclude=paid)
    assert customer_of(view, "z1") not in set(contacts["customer_id"])
    assert contacts["customer_id"].is_unique
    assert len(contacts) == len(view.golden) - 1
    oguzhan = contacts.set_index("customer_id").loc[customer_of(view, "o1")]
    assert (oguzhan["channel"], oguzhan["contact"]) == ("phone", "+905453187721")


def test_audience_by_customer_ids_and_unknown_ids(view):
    wanted = pd.DataFrame({"customer_id": [customer_of(view, "o1"), customer_of(view, "h1")]})
    assert view.audience(wanted)["customer_id"].tolist() == wanted["customer_id"].tolist()
    with pytest.raises(InputError, match="not in the data"):
        view.audience(["no-such-record"])
    with pytest.raises(InputError, match="'record_id' column"):
        view.audience(pd.DataFrame({"x": [1]}))


def test_conflicting_addresses_are_reported_with_their_sources(view):
    mine = view.conflicts[
        (view.conflicts["customer_id"] == customer_of(view, "o1"))
        & (view.conflicts["attribute"] == "address")
    ]
    assert mine[["value", "kind", "records", "sources"]].values.tolist() == [
        ["Yenimahalle Mah. Gazi Cad. No:12 D:4", "chosen", "o1", "crm"],
        ["Kızılay Mah. Atatürk Blv. No:88 D:12", "different", "o2", "telco"],
        ["Bahçelievler Mah. 7. Cad. No:3", "different", "o3", "warranty"],
    ]
    golden = view.golden.set_index("customer_id").loc[customer_of(view, "o1")]
    assert golden["address"] == "Yenimahalle Mah. Gazi Cad. No:12 D:4"
    assert (golden["address_source"], golden["address_record"]) == ("crm", "o1")
    assert golden["name"] == "Oğuzhan Pekdemir"


def test_shared_landline_keeps_people_apart_but_makes_a_household(view):
    people = [customer_of(view, r) for r in ("h1", "n1", "e1")]
    assert len(set(people)) == 3
    homes = view.records.set_index("record_id").loc[["h1", "h2", "n1", "n2", "e1", "e2"]]
    assert homes["household_id"].nunique() == 1
    phone = view.result.records.fields["phone"]
    landline = int(phone.codes[view.result.records.position("h2")])
    assert view.result.shared_values["phone"][landline]


def test_golden_record_keeps_all_lines_and_prefers_the_mobile(view):
    golden = view.golden.set_index("customer_id").loc[customer_of(view, "h1")]
    assert golden["phone"] == "+905339021466"
    assert set(golden["phones"].split("; ")) == {"+905339021466", "+903124172893"}
    zerrin = view.golden.set_index("customer_id").loc[customer_of(view, "z1")]
    assert len(zerrin["phones"].split("; ")) == 5


def test_cards_never_appear_in_clear(view, data):
    numbers = data["card_number"].dropna().str.replace(r"\D", "", regex=True)
    # The golden records, the conflicts, and the rows a service reads of one customer.
    with_cards = data.loc[data["card_number"].notna(), "record_id"]
    rows = pd.concat(
        [
            view.customer(cid)
            for cid in view.records.set_index("record_id").loc[with_cards, "customer_id"].unique()
        ]
    )
    assert rows["card_number"].notna().sum() == len(numbers)  # masked, not dropped
    text = view.golden.to_csv() + view.conflicts.to_csv() + rows.to_csv() + view.data.to_csv()
    assert not any(n in text.replace(" ", "").replace("-", "") for n in numbers)
    assert view.golden["card"].dropna().str.fullmatch(r"\w+ \*{4}\d{4}").all()
    assert rows["card_number"].dropna().str.fullmatch(r"\w+ \*{4}\d{4}|\*{4}").all()


def test_same_input_same_customers(data, view):
    again = tekil.customers(data, SETTINGS, id_column="record_id")
    pd.testing.assert_frame_equal(again.records, view.records)
    pd.testing.assert_frame_equal(again.golden, view.golden)


def test_customer_records_and_graph(view):
    cid = customer_of(view, "o1")
    assert sorted(view.customer(cid)["record_id"]) == ["o1", "o2", "o3"]
    graph = view.graph(cid)
    assert set(graph.nodes) == {"o1", "o2", "o3"}
    with pytest.raises(InputError, match="no customer"):
        view.customer("C999999")


def test_bad_roll_up_rules_and_values(view):
    with pytest.raises(ConfigError, match="tier:Low<Mid<High"):
        view.roll_up({"status": "highest"})
    with pytest.raises(InputError, match="not among the tiers"):
        view.roll_up({"status": "tier:Normal<Gold"})
    with pytest.raises(InputError, match="not in the data"):
        view.roll_up({"segment": "any"})
    with pytest.raises(ConfigError, match="lists no tiers"):
        tekil.Settings(rollups={"status": "tier:Gold"})


def test_bad_survivorship_settings():
    with pytest.raises(ConfigError, match="survivorship for 'address'"):
        tekil.Settings(survivorship={"address": ["newest"]})
    with pytest.raises(ConfigError, match="identifiers"):
        tekil.Settings(identifiers={"phone": "always"})
    with pytest.raises(ConfigError, match="cannot_link"):
        tekil.Settings(cannot_link="tckn")


def test_result_from_other_data_is_refused(view, data):
    with pytest.raises(InputError, match="other data"):
        tekil.customers(data.iloc[:10], result=view.result)


def test_guard_report_is_filled(view):
    report = view.result.guards
    assert report["identifier_links"] > 0
    assert report["cannot_link_pairs"] > 0
    assert np.all([v >= 0 for v in report.values()])
