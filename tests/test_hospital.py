"""A hospital group's master patient index: HL7 names, newborns not yet named, unknown patients'
aliases, placeholder SSNs, record numbers issued in turn, twins, time stamps in digits."""

import numpy as np
import pandas as pd
import pytest

import tekil
from tekil.compare import _issued_in_turn
from tekil.inference import role_from_values
from tekil.normalize.ids import free_id
from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("BAKER^LISA^J", "lisa j", "baker"),
        ("WILLIAMS^MICHAEL^J^JR", "michael j", "williams"),
        ("SMITH^JOHN^^^DR^MD", "john", "smith"),
        ("WILLIAMS^BABY GIRL", None, "williams"),
        # Lookalikes: a comma's and a plain name's readings stay as they were.
        ("BAKER, LISA J", "lisa j", "baker"),
        ("Lisa Baker", "lisa", "baker"),
    ],
)
def test_an_hl7_name_is_read_family_name_first(text, given, family):
    out = name(pd.Series([text])).iloc[0]
    assert (None if pd.isna(out["given"]) else out["given"]) == given
    assert out["family"] == family


@pytest.mark.parametrize(
    "text", ["BABY GIRL", "Baby Boy", "BG", "BB", "TWIN A", "Baby Boy B", "BABYGIRL",
             "Baby of Jane", "Infant Girl", "JOHN DOE", "Jane Doe", "UNKNOWN UNKNOWN", "TRAUMA",
             "ZZTRAUMA", "Unknown Male"],
)  # fmt: skip
def test_a_newborn_not_yet_named_or_an_unknown_patient_has_no_name(text):
    assert name(pd.Series([text])).iloc[0]["reason"] == "placeholder"


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        # A newborn's family name after the placeholder is theirs.
        ("BABY GIRL SMITH", None, "smith"),
        ("TWIN B JONES", None, "jones"),
        # Lookalikes: Baby is a given name or a nickname (Filipino, Keralan), Doerr a family name.
        ("Baby Kumari", "baby", "kumari"),
        ("Baby Smith", "baby", "smith"),
        ("Bob Baby", "bob", "baby"),
        ("John Doerr", "john", "doerr"),
        ("Babette Twining", "babette", "twining"),
    ],
)
def test_a_newborn_s_family_name_is_kept_and_real_names_read_as_before(text, given, family):
    out = name(pd.Series([text])).iloc[0]
    assert pd.isna(out["reason"])
    assert (None if pd.isna(out["given"]) else out["given"]) == given
    assert out["family"] == family
    assert name(pd.Series(["Baby"])).iloc[0]["reason"] is pd.NA


def test_a_placeholder_name_in_two_columns_is_no_name():
    # "JOHN" and "DOE" apart say as little as "John Doe": two unknown patients born
    # 01/01/1900 are strangers. John Doerr and Jane Smith keep their names.
    df = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "first": ["JOHN", "JOHN", "John", "Jane"],
            "last": ["DOE", "DOE", "Doerr", "Smith"],
            "dob": ["01/01/1900", "01/01/1900", "1970-01-02", "1971-03-04"],
        }
    )
    result = tekil.dedupe(df, id_column="id")
    for part in ("first_name", "last_name"):
        fld = result.records.fields[part]
        assert list(fld.codes >= 0) == [False, False, True, True]
    cluster = result.clusters.set_index("id")["cluster_id"]
    assert cluster["a"] != cluster["b"]


def test_a_run_of_digits_is_a_placeholder_id():
    out = free_id(pd.Series(["123-45-6789", "987654321", "12345678", "1234567", "234567891"]))
    assert list(out["reason"].fillna("ok")) == ["placeholder"] * 3 + ["ok", "ok"]


def test_record_numbers_issued_in_turn_are_told_from_typed_ids():
    rng = np.random.default_rng(1)
    issued = np.array([str(2_000_000 + k) for k in np.cumsum(rng.integers(1, 9, 400))])
    family = np.array([f"XYZ{n:09d}{m:02d}" for n in rng.integers(0, 10**9, 150) for m in (1, 2)])
    typed = np.array([f"{n:09d}" for n in rng.integers(10**8, 10**9, 400)])
    slips = np.concatenate([typed, [typed[k][:-1] + "0" for k in range(8)]])  # a few slips
    assert _issued_in_turn(issued) and _issued_in_turn(family)
    assert not _issued_in_turn(typed) and not _issued_in_turn(slips)


def test_twins_are_two_people_and_a_nickname_is_one():
    # Twins share a family name, a birth date and a home; their given names differ outright.
    # In this data such pairs' SSNs differ (five twin families): their birth date is no
    # evidence, and Amanda and Heather Cherry, who have none, are two. Robert and Bob of one
    # birth date are one man, and so are Heather's two records.
    sample = tekil.datasets.load_sample().records
    home = {"address": "Bağdat Caddesi No 12 D 4", "city": "İstanbul"}
    rows = [
        {"record_id": "T1", "full_name": "Amanda Cherry", "birth_date": "2014-07-11", **home},
        {"record_id": "T2", "full_name": "Amanda Cherry", "birth_date": "2014-07-11",
         "email": "amanda.c@example.com", **home},
        {"record_id": "T3", "full_name": "Heather Cherry", "birth_date": "2014-07-11", **home},
        {"record_id": "T4", "full_name": "Heather Cherry", "birth_date": "2014-07-11", **home},
        {"record_id": "R1", "full_name": "Robert Smith", "birth_date": "1961-02-03", **home},
        {"record_id": "R2", "full_name": "Bob Smith", "birth_date": "1961-02-03", **home},
    ]  # fmt: skip
    pairs = [("Oliver", "Sophia"), ("Liam", "Noah"), ("Emma", "Ava"), ("Mason", "Ella"),
             ("Lucas", "Mia")]  # fmt: skip
    for k, (a, b) in enumerate(pairs):
        place = {"address": f"Moda Caddesi No {k + 3}", "city": "İstanbul"}
        for n, given in enumerate((a, b)):
            rows.append({"record_id": f"F{k}{n}", "full_name": f"{given} Kaya{k}",
                         "birth_date": f"201{k}-03-0{k + 1}", "ssn": f"5{k}{n}-42-71{k}{n}",
                         **place})  # fmt: skip
    data = pd.concat([sample, pd.DataFrame(rows)], ignore_index=True)
    result = tekil.dedupe(data, id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["T1"] == cluster["T2"] != cluster["T3"] == cluster["T4"]
    assert cluster["R1"] == cluster["R2"]
    assert all(cluster[f"F{k}0"] != cluster[f"F{k}1"] for k in range(len(pairs)))


def test_a_time_stamp_in_digits_is_no_phone():
    stamps = pd.Series(["202506190000", "201810050930", "20240629120015"] * 40)
    phones = pd.Series(["6145550134", "(614) 555-0199", "740-555-0123"] * 40)
    assert role_from_values(stamps) is None
    assert role_from_values(phones) == "phone"
