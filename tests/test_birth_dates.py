"""Birth dates kept in day, month and year columns are read as one date when roles are guessed."""

import pandas as pd
import pytest

import tekil
from tekil.birth_dates import assemble_birth_dates
from tekil.datasets import load_febrl3


@pytest.mark.parametrize(
    "names",
    [
        ("Birth Day", "Birth Month", "Birth Year"),
        ("dob_dd", "dob_mm", "dob_yyyy"),
        ("BirthDay", "BirthMonth", "YearOfBirth"),
        ("Geburtstag", "Geburtsmonat", "Geburtsjahr"),
        ("doğum_günü", "doğum_ayı", "doğum_yılı"),
        ("jour_naissance", "mois_naissance", "annee_naissance"),
    ],
)
def test_parts_named_in_several_languages_become_one_date(names):
    day, month, year = names
    df = pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            day: [7, None, "31", 30],
            month: [3.0, 5, 12, 2],
            year: ["1985", 1990, None, 2001],
        }
    )
    out = assemble_birth_dates(df)
    assert list(out.columns) == ["id", "birth_date"]
    # A day without its month is dropped, a date without its year is none; 30 February stays
    # as written, for the date reader to call invalid.
    assert out["birth_date"].tolist() == ["1985-03-07", "1990-05", None, "2001-02-30"]
    assert tekil.normalize.date(out["birth_date"])["reason"].fillna("").tolist() == [
        "",
        "",
        "missing",
        "invalid_date",
    ]


def test_a_year_alone_is_a_partial_date_and_other_columns_are_left_alone():
    df = pd.DataFrame({"name": ["Ann Lee", "Bo Li"], "yob": [1970, 1981], "Birthday": ["x", "y"]})
    assert assemble_birth_dates(df)["birth_date"].tolist() == ["1970", "1981"]
    # A full date column named like a part, or numbers out of the part's range, are no parts.
    full = pd.DataFrame({"Birthday": ["1985-03-07", "1990-01-02"], "Birth Year": [1985, 1990]})
    assert assemble_birth_dates(full)["birth_date"].tolist() == ["1985", "1990"]
    assert "Birthday" in assemble_birth_dates(full).columns
    for unchanged in (
        pd.DataFrame({"birth_year": [1985, 1990], "year_of_birth": [1985, 1990]}),  # which one?
        pd.DataFrame({"birth_day": [7, 8], "birth_month": [3, 4]}),  # no year
        pd.DataFrame({"birth_year": ["85", "90"]}),  # two digits: not read
        pd.DataFrame({"birth_year": [1985], "birth_date": ["1985-03-07"]}),  # a date is there
        pd.DataFrame({"year": [1985, 1990], "month": [1, 2]}),  # of what?
    ):
        assert assemble_birth_dates(unchanged) is unchanged


def _febrl_in_parts(n: int, prefix: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """FEBRL3's first ``n`` records with an ISO date of birth, and with it in day, month and
    year columns (``{prefix}_day``, ...)."""
    febrl = load_febrl3().records.head(n)
    dates = pd.to_datetime(febrl["date_of_birth"], format="%Y%m%d", errors="coerce")
    parts = febrl.drop(columns=["date_of_birth"]).assign(
        **{f"{prefix}_{p}": getattr(dates.dt, p).astype("Int64") for p in ("day", "month", "year")}
    )
    return febrl.assign(date_of_birth=dates.dt.strftime("%Y-%m-%d")), parts


def test_dedupe_and_the_customer_view_read_the_parts_as_the_date_column():
    whole, parts = _febrl_in_parts(1500, "birth")
    a = tekil.dedupe(whole, id_column="record_id")
    b = tekil.dedupe(parts, id_column="record_id")
    assert b.settings.roles["birth_date"] == "dob"
    assert not {"birth_day", "birth_month", "birth_year"} & set(b.settings.roles)
    assert (a.clusters["cluster_id"] == b.clusters["cluster_id"]).all()
    assert len(b.clusters) == len(parts)
    view = tekil.customers(parts, id_column="record_id", result=b)
    assert view.golden["dob"].str.fullmatch(r"\d{4}-\d\d-\d\d").any()
    # Roles given by the user are read as given: no column is put together.
    given = tekil.dedupe(parts, {"roles": {"given_name": "first_name", "birth_year": "dob"}},
                         id_column="record_id")  # fmt: skip
    assert given.settings.roles == {"given_name": "first_name", "birth_year": "dob"}


def test_a_store_built_from_parts_reads_new_records_the_same_way(tmp_path):
    _, parts = _febrl_in_parts(600, "dob")
    view = tekil.customers(parts, id_column="record_id")
    with tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="k") as store:
        store.ingest(view)
        again = parts.head(20).assign(record_id=lambda d: d["record_id"] + "-again")
        out = store.resolve(again, id_column="record_id")
    expected = view.records.set_index("record_id")["customer_id"].reindex(parts["record_id"][:20])
    assert (out["customer_id"].to_numpy() == expected.to_numpy()).all()
    assert out["evidence"].str.contains("birth_date=exact").all()


def test_settings_saved_from_the_guess_read_the_parts_again(tmp_path):
    df = pd.DataFrame(
        {
            "id": range(6),
            "name": ["Ann Lee", "Ann Lee", "Bo Li", "Bo Li", "Cy Dee", "Di Ray"],
            "birth_day": [1, 1, 2, 2, 3, 4],
            "birth_month": [5, 5, 6, 6, 7, 8],
            "birth_year": [1970, 1970, 1980, 1980, 1990, 1960],
        }
    )
    guessed = tekil.dedupe(df, id_column="id")
    path = tmp_path / "settings.toml"
    guessed.settings.save(path)
    again = tekil.dedupe(df, str(path), id_column="id")
    assert again.settings.roles == guessed.settings.roles
    assert (again.clusters["cluster_id"] == guessed.clusters["cluster_id"]).all()
