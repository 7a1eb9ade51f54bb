"""Countries: the normaliser, the role, and phone numbers read in each record's country."""

import pandas as pd
import pytest

import tekil
from normalizer_checks import assert_idempotent
from tekil import normalize
from tekil.dialling import home_region, read_in_countries
from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Almanya", "DE"),
        ("Германия", "DE"),
        ("ドイツ", "DE"),
        ("de", "DE"),
        ("DEU", "DE"),
        ("+49", "DE"),
        ("0049", "DE"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("U.S.A.", "US"),
        ("United States", "US"),
        ("1", "US"),
        ("Pays-Bas", "NL"),
        ("Birleşik Krallık", "GB"),
        ("  united kingdom ", "GB"),
        ("España", "ES"),
    ],
)
def test_a_country_is_read_in_many_languages_and_codes(written, code):
    assert normalize.country(pd.Series([written]))["value"].tolist() == [code]


def test_what_names_no_country_is_unparseable_and_nothing_is_lost():
    values = pd.Series(["Atlantis", "999", "", None, "Mars", "FR"])
    out = normalize.country(values)
    assert out["value"].tolist()[-1] == "FR"
    assert out["reason"].tolist()[:5] == [
        "unparseable",
        "unparseable",
        "missing",
        "missing",
        "unparseable",
    ]
    assert len(out) == len(values) and out.index.equals(values.index)
    assert_idempotent(normalize.country, out)


@pytest.mark.parametrize(
    "name",
    [
        "Country",
        "country_code",
        "Land / Country",
        "Pays",
        "País",
        "Ülke",
        "home_country",
        "phone_country_code",
        "dial_code",
    ],
)
def test_a_country_column_is_known_by_its_name(name):
    assert role_from_name(name) == "country"


@pytest.mark.parametrize("name", ["nationality", "country_of_birth", "birth_country"])
def test_other_countries_of_a_person_are_not_where_they_live(name):
    assert role_from_name(name) != "country"


def test_numbers_written_at_home_are_read_in_the_record_s_country():
    df = pd.DataFrame(
        {
            "tel": ["06 12 34 56 78", "030 1234567", "+33 6 12 34 56 78", "0532 123 45 67", "12"],
            "land": ["France", "DE", "Germany", None, "FR"],
        },
        index=[5, 6, 7, 8, 9],
    )
    out = read_in_countries(df, {"tel": "phone", "land": "country"}, home="TR")
    # Written with a country code, with no known country, or no number there: as written.
    assert out["tel"].tolist() == [
        "+33612345678",
        "+49301234567",
        "+33 6 12 34 56 78",
        "0532 123 45 67",
        "12",
    ]
    assert out.index.equals(df.index) and df["tel"].iloc[0] == "06 12 34 56 78"  # not changed
    assert read_in_countries(df, {"tel": "phone"}) is df  # no country column: as it is
    # A country without a numbering plan of its own reads nothing.
    polar = pd.DataFrame({"tel": ["0612345678"], "land": ["Antarctica"]})
    assert read_in_countries(polar, {"tel": "phone", "land": "country"}, home="TR").equals(polar)
    # By default the country most records give is home: its numbers are read there as written.
    assert home_region(df, {"land": "country"}) == "DE"  # two each: the first in order
    assert read_in_countries(df, {"tel": "phone", "land": "country"})["tel"].tolist()[:2] == [
        "+33612345678",
        "030 1234567",
    ]


def test_each_system_s_country_column_gives_its_records_country():
    # Two systems stacked in one file, each with a country column of its own ("pays" in the
    # French one, "land" in the Dutch one): a record's country is the first that has one.
    df = pd.DataFrame(
        {
            "tel": ["06 12 34 56 78", "0497 12 34 56", "06 12 34 56 78"],
            "pays": ["France", None, None],
            "land": [None, "België", "Nederland"],
        }
    )
    roles = {"tel": "phone", "pays": "country", "land": "country"}
    out = read_in_countries(df, roles, home="FR")
    assert out["tel"].tolist() == ["06 12 34 56 78", "+32497123456", "+31612345678"]


def test_a_country_code_kept_apart_completes_its_number():
    df = pd.DataFrame({"tel": ["30 1234567", "6 12 34 56 78"], "dial_code": ["+49", "33"]})
    out = read_in_countries(df, {"tel": "phone", "dial_code": "country"}, home="TR")
    assert out["tel"].tolist() == ["+49301234567", "+33612345678"]


def test_one_person_s_number_written_at_home_and_from_abroad_agrees():
    # Customers of three countries; each wrote their number once nationally, once in full.
    rows = []
    for k, (country, home, full) in enumerate(
        [
            ("France", "06 12 34 56 78", "+33 6 12 34 56 78"),
            ("Deutschland", "0151 2345 6789", "+49 151 23456789"),
            ("Nederland", "06 12345678", "+31 6 12345678"),
            ("France", "06 98 76 54 32", "+33 6 98 76 54 32"),
            ("Deutschland", "0170 1234567", "+49 170 1234567"),
            ("Nederland", "06 87654321", "+31 6 87654321"),
        ]
    ):
        for number in (home, full):
            rows.append({"name": f"Kunde{k} Person{k}", "phone": number, "country": country})
    df = pd.DataFrame(rows).assign(id=[f"r{k}" for k in range(len(rows))])
    result = tekil.dedupe(df, id_column="id")
    assert result.settings.roles["country"] == "country"
    pairs = result.explain("r0", "r1").set_index("comparison")
    assert pairs.loc["phone", "level"] == "exact"
    assert result.explain("r2", "r3").set_index("comparison").loc["phone", "level"] == "exact"
    assert pairs.loc["country", "level"] == "exact"
    assert result.explain("r0", "r2").set_index("comparison").loc["country", "level"] == "else"
    labels = result.clusters.set_index("id")["cluster_id"]
    assert len(labels) == len(df)  # every record once
    assert all(labels[f"r{2 * k}"] == labels[f"r{2 * k + 1}"] for k in range(6))


def test_a_store_reads_a_new_record_s_number_in_its_country(tmp_path):
    rows = [
        {"id": f"r{k}", "name": name, "phone": phone, "country": country}
        for k, (name, phone, country) in enumerate(
            [("Jean Martin", "+33 6 12 34 56 78", "France"), ("Hans Weber", "+49 151 23456789", "DE"),
             ("Eva Janssen", "+31 6 12345678", "NL"), ("Ali Kaya", "+90 532 123 45 67", "TR")]
        )
    ]  # fmt: skip
    with tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}") as store:
        store.ingest(tekil.customers(pd.DataFrame(rows), id_column="id"))
        new = pd.DataFrame(
            [{"id": "n1", "name": "Jean Martin", "phone": "0612345678", "country": "FR"}]
        )
        out = store.resolve(new).iloc[0]
        customer = store.records().set_index("record_id").loc["r0", "customer_id"]
        assert out["customer_id"] == customer
        assert "phone=exact" in out["evidence"]


def test_a_store_built_without_countries_reads_a_record_that_gives_its_own(tmp_path):
    rows = [
        {"id": "r0", "name": "Jean Martin", "phone": "+33 6 12 34 56 78"},
        {"id": "r1", "name": "Ali Kaya", "phone": "0532 123 45 67"},
        {"id": "r2", "name": "Veli Can", "phone": "0533 765 43 21"},
    ]
    with tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}") as store:
        store.ingest(tekil.customers(pd.DataFrame(rows), id_column="id"))
        new = pd.DataFrame(
            [{"id": "n1", "name": "Jean Martin", "phone": "06 12 34 56 78", "pays": "France"}]
        )
        out = store.resolve(new).iloc[0]
        assert out["matched_record"] == "r0" and "phone=exact" in out["evidence"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Slovensko", "SK"), ("Szlovákia", "SK"), ("Slovacia", "SK"),
        ("Česko", "CZ"), ("Csehország", "CZ"), ("Cehia", "CZ"),
        ("Maďarsko", "HU"), ("Ungaria", "HU"), ("Magyarország", "HU"),
        ("Rumunsko", "RO"), ("Románia", "RO"), ("Rakúsko", "AT"), ("Németország", "DE"),
        ("Poľsko", "PL"), ("Ukrajina", "UA"),
    ],
)  # fmt: skip
def test_central_european_names_of_the_region_s_countries(written, code):
    assert normalize.country(pd.Series([written]))["value"].tolist() == [code]
