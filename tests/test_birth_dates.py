"""Birth dates kept in day, month and year columns are read as one date when roles are guessed."""

import pandas as pd
import pytest

import tekil
from frames import listed
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
    assert listed(out["birth_date"]) == ["1985-03-07", "1990-05", None, "2001-02-30"]
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


def _people(n: int = 80, seed: int = 3) -> pd.DataFrame:
    """``n`` people (given and family name, a birth date as year, month and day columns
    ``_y``, ``_m``, ``_d``), each twice, the second with the given name slipped now and then."""
    import random

    rnd = random.Random(seed)
    given = ["Karl", "Anna", "Uwe", "Petra", "Hans", "Maria", "Jörg", "Heike", "Klaus", "Erika"]
    family = ["Müller", "Schmidt", "Koch", "Klein", "Wolf", "Braun", "Krause", "Lange", "Vogel"]
    rows = []
    for k in range(n):
        person = {"first_name": rnd.choice(given), "last_name": rnd.choice(family)}
        date = {"_y": rnd.randint(1930, 2000), "_m": rnd.randint(1, 12), "_d": rnd.randint(1, 28)}
        rows.append({"id": f"a{k}", **person, **date})
        again = person["first_name"] + ("e" if k % 5 == 0 else "")
        rows.append({"id": f"b{k}", **person, **date, "first_name": again})
    return pd.DataFrame(rows)


def _named(names: tuple[str, str, str], n: int = 80) -> pd.DataFrame:
    return _people(n).rename(columns=dict(zip(("_y", "_m", "_d"), names, strict=True)))


@pytest.mark.parametrize(
    "names",
    [
        ("by", "bm", "bd"),  # RLdata10000's: "by" is also Danish for a town
        ("yob", "mob", "dob"),  # "mob" is also a mobile
        ("yob", "mob", "dob_day"),
        ("Geb.-Jahr", "Geb.-Monat", "Geb.-Tag"),
        ("annee_nasc", "mes_nasc", "dia_nasc"),
    ],
)
def test_short_codes_of_birth_date_parts_are_one_date_never_a_town_or_a_phone(names):
    df = _named(names)
    out = assemble_birth_dates(df)
    assert list(out.columns) == ["id", "first_name", "last_name", "birth_date"]
    assert out["birth_date"].str.fullmatch(r"\d{4}-\d\d-\d\d").all()
    roles = tekil.guess_settings(df).roles
    assert roles["birth_date"] == "dob"
    assert not set(names) & set(roles)


@pytest.mark.parametrize(
    "names", [("year", "month", "day"), ("YYYY", "MM", "DD"), ("Jahr", "Monat", "Tag")]
)
def test_bare_part_names_are_a_birth_date_when_all_three_hold_years_long_past(names):
    df = _named(names)
    out = assemble_birth_dates(df)
    made = f"birth_date ({', '.join(names)})"
    assert list(out.columns) == ["id", "first_name", "last_name", made]
    assert tekil.dedupe(df, id_column="id").settings.roles[made] == "dob"
    # The year, month and day of an order: of the last few years, no birth.
    orders = df.assign(**{names[0]: df[names[0]] % 3 + 2023})
    assert assemble_birth_dates(orders) is orders
    # A year and a month: of what?
    assert assemble_birth_dates(df.drop(columns=[names[2]])).columns.tolist()[-2:] == [
        names[0],
        names[1],
    ]


def test_parts_whose_names_say_nothing_are_read_by_their_values_side_by_side():
    df = _named(("c1", "c2", "c3"))
    assert assemble_birth_dates(df).columns.tolist() == ["id", "first_name", "last_name", "birth_date (c1, c2, c3)"]  # fmt: skip
    # day, month, year as Europe writes them; the year first or last
    dmy = df[["id", "first_name", "last_name", "c3", "c2", "c1"]]
    assert assemble_birth_dates(dmy).columns[-1] == "birth_date (c1, c2, c3)"
    # apart (something between them), or days all of 12 or less (which is the month?): left
    apart = df[["id", "c1", "first_name", "c2", "c3", "last_name"]]
    assert assemble_birth_dates(apart) is apart
    small = df.assign(c3=df["c3"] % 12 + 1)
    assert assemble_birth_dates(small) is small


def test_months_written_by_name_are_read():
    df = _named(("Geburtsjahr", "Geburtsmonat", "Geburtstag")).head(4)
    df["Geburtsmonat"] = ["März", "Mai", "oct.", "DEZEMBER", "juillet", "3", "Feb", "Januar"][:4]
    out = assemble_birth_dates(df)["birth_date"].str[5:7].tolist()
    assert out == ["03", "05", "10", "12"]


def test_each_system_of_a_stacked_file_has_its_parts_made_one_date():
    """A registry's ``by``/``bm``/``bd``, a hospital's ``Geburtsjahr``..., a study's year alone,
    each filled on its own records: three dates, which the records compare as one field."""
    people = _people(60)
    registry = people.iloc[::2].rename(columns={"_y": "by", "_m": "bm", "_d": "bd"})
    hospital = people.iloc[1::2].rename(
        columns={"_y": "Geburtsjahr", "_m": "Geburtsmonat", "_d": "Geburtstag"}
    )
    study = people.iloc[1::4][["id", "first_name", "last_name", "_y"]].rename(columns={"_y": "yob"})
    study = study.assign(id=study["id"] + "s")
    df = pd.concat([registry, hospital, study], ignore_index=True)
    out = assemble_birth_dates(df)
    made = ["birth_date (by, bm, bd)", "birth_date (Geburtsjahr, Geburtsmonat, Geburtstag)",
            "birth_date (yob)"]  # fmt: skip
    assert out.columns.tolist() == ["id", "first_name", "last_name", *made]
    assert out[made[2]].dropna().str.fullmatch(r"\d{4}").all()  # a year alone: a partial date
    result = tekil.dedupe(df, id_column="id")
    assert all(result.settings.roles[c] == "dob" for c in made)
    truth = pd.Series(df["id"].str[1:].str.rstrip("s").to_numpy(), index=df["id"])
    m = tekil.evaluate(result.clusters.set_index("id")["cluster_id"], truth)
    assert m["pair_recall"] > 0.9 and m["pair_precision"] > 0.9


def test_a_store_reads_new_records_by_the_parts_its_settings_name(tmp_path):
    df = _named(("c1", "c2", "c3"), n=150)
    view = tekil.customers(df, id_column="id")
    assert view.result.settings.roles["birth_date (c1, c2, c3)"] == "dob"
    with tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="k") as store:
        store.ingest(view)
        # One record at a time (a day of 12 or less: its values alone tell nothing), and
        # records whose parts have other names than the store's.
        one = df[df["c3"] <= 12].head(1).assign(id="new-1")
        other = df.head(3).rename(columns={"c1": "by", "c2": "bm", "c3": "bd"})
        other = other.assign(id=other["id"] + "-again")
        out = store.resolve(pd.concat([one, other.head(0)]), id_column="id")
        out2 = store.resolve(other, id_column="id")
    customer = view.records.set_index("id")["customer_id"]
    assert out["customer_id"].iloc[0] == customer[df[df["c3"] <= 12]["id"].iloc[0]]
    assert out["evidence"].str.contains("birth_date").all()
    assert (out2["customer_id"].to_numpy() == customer[df["id"].head(3)].to_numpy()).all()


def test_link_reads_parts_on_one_side_and_whole_dates_on_the_other():
    people = _people(60)
    left = people.iloc[::2].rename(columns={"_y": "by", "_m": "bm", "_d": "bd"})
    right = people.iloc[1::2]
    right = right.assign(
        Geburtsdatum=[f"{d:02d}.{m:02d}.{y}" for y, m, d in zip(right["_y"], right["_m"], right["_d"], strict=True)]
    ).drop(columns=["_y", "_m", "_d"])  # fmt: skip
    result = tekil.link(left, right, id_column="id")
    clusters = result.clusters.set_index("id")["cluster_id"]
    same = [clusters[f"a{k}"] == clusters[f"b{k}"] for k in range(60)]
    assert sum(same) >= 57


def test_settings_saved_from_parts_found_by_values_read_them_again(tmp_path):
    df = _named(("c1", "c2", "c3"))
    guessed = tekil.dedupe(df, id_column="id")
    path = tmp_path / "settings.toml"
    guessed.settings.save(path)
    again = tekil.dedupe(df.head(6), str(path), id_column="id")  # too few to tell by values
    assert again.settings.roles == guessed.settings.roles
    assert again.records.fields  # the date was made again, and compared
    assert "birth_date (c1, c2, c3)" in again.records.fields or any(
        f.role == "dob" for f in again.records.fields.values()
    )


def test_frames_whose_index_repeats_are_read_alike():
    """Frames stacked without a new index (``pd.concat`` of two systems) repeat labels."""
    df = _named(("c1", "c2", "c3"))
    stacked = pd.concat([df.iloc[:80], df.iloc[80:].reset_index(drop=True)])
    assert not stacked.index.is_unique
    out = assemble_birth_dates(stacked)
    assert out["birth_date (c1, c2, c3)"].tolist() == assemble_birth_dates(df)["birth_date (c1, c2, c3)"].tolist()  # fmt: skip


def test_new_records_are_read_by_the_named_parts_alone_not_their_values():
    # A store's new record whose birth date the batch made of named parts, and which lacks it:
    # only named parts are looked for; columns whose values look like a date's parts are left
    # as they are (a single record says nothing by its values, and reading them cost a store's
    # single call a third of its time).
    from tekil.birth_dates import assembled_for

    df = pd.DataFrame({"name": ["Ana"], "a": [1984], "b": [7], "c": [23]})
    assert list(assembled_for(df, {"birth_date": "dob", "name": "full_name"}).columns) == [
        "name", "a", "b", "c"
    ]  # fmt: skip
    named = pd.DataFrame({"name": ["Ana"], "birth_year": [1984], "birth_month": [7]})
    assert assembled_for(named, {"birth_date": "dob"})["birth_date"].tolist() == ["1984-07"]
