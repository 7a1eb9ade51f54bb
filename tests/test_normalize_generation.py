"""Generational suffixes: read, named, and a father and son of one name kept apart."""

import pandas as pd
import pytest

import tekil
from normalizer_checks import assert_idempotent
from tekil.normalize import generation
from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("written", "code"),
    [("Jr.", "jr"), ("JR", "jr"), ("Junior", "jr"), ("Sr", "sr"), ("SENIOR", "sr"),
     ("II", "ii"), ("2nd", "ii"), ("III", "iii"), ("3rd", "iii"), ("IV", "iv"), ("Hijo", "jr")],
)  # fmt: skip
def test_suffixes_are_read_however_written(written, code):
    assert generation(pd.Series([written])).loc[0, "value"] == code


def test_other_values_are_unparseable_and_none_is_lost():
    values = pd.Series(["MD", None, "Jr", ""], index=[3, 2, 1, 0])
    out = generation(values)
    assert out.index.equals(values.index) and out["value"].tolist()[2] == "jr"
    assert out["reason"].tolist() == ["unparseable", "missing", pd.NA, "missing"]
    assert_idempotent(generation, out)


@pytest.mark.parametrize("name", ["name_sfx", "suffix", "Name Suffix", "sfx"])
def test_a_suffix_column_is_named_so(name):
    assert role_from_name(name) == "suffix"


def test_a_junior_is_not_his_father_whose_name_and_address_he_shares():
    # Voter rows: fathers and sons of one name at one address, written in two registers; a
    # person's rows agree on everything (the suffix given once, missing once, for some).
    rows = []
    for k in range(60):
        given, family = ["JAMES", "ROBERT", "JOHN", "DAVID"][k % 4], f"SMITH{chr(65 + k % 26)}{k}"
        home = f"{100 + k} OAK ST"
        for reg in (0, 1):
            rows.append((f"f{k}-{reg}", given, family, "SR" if reg or k % 3 else None, home, 60))
            rows.append((f"s{k}-{reg}", given, family, "JR", home, 30))
    df = pd.DataFrame(rows, columns=["id", "first_name", "last_name", "name_sfx", "street", "x"])
    result = tekil.dedupe(df.drop(columns="x"), id_column="id")
    assert result.settings.roles["name_sfx"] == "suffix"
    label = result.clusters.set_index("id")["cluster_id"]
    both = [k for k in range(60) if k % 3]  # the father's suffix in both registers
    assert all(label[f"f{k}-{r}"] != label[f"s{k}-{r}"] for k in both for r in (0, 1))
    assert all(label[f"f{k}-0"] == label[f"f{k}-1"] for k in both)
    assert all(label[f"s{k}-0"] == label[f"s{k}-1"] for k in range(60))
    # Without it (k % 3 == 0), the father's first row may go with either: nothing tells.


def test_a_suffix_written_after_the_family_name_is_read_apart_by_the_batch_and_the_store():
    import numpy as np

    from tekil.records import NAME_SUFFIX, prepare
    from tekil.settings import Settings
    from tekil.store.rows import encode_row, normalise_row, readers

    df = pd.DataFrame(
        {
            "first": ["John", "John", None, "Ann"],
            "last": ["Brady Jr.", "Brady", None, "Lee"],
            "whole": [None, None, "John Brady Sr", "Ann Lee III"],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "whole": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(4))
    last, suffix = recs.fields["last_name"], recs.fields[NAME_SUFFIX]
    assert [last.value_of(k) for k in range(4)] == ["brady", "brady", "brady", "lee"]
    assert [suffix.value_of(k) for k in range(4)] == ["jr", None, "sr", "iii"]
    column_readers = readers(roles, {c: ("name", {}) for c in roles})
    rows = [encode_row(normalise_row(r, column_readers), roles) for r in df.to_dict("records")]
    assert [r.get("last_name") for r in rows] == ["brady", "brady", "brady", "lee"]
    assert [r.get(NAME_SUFFIX) for r in rows] == ["jr", None, "sr", "iii"]
