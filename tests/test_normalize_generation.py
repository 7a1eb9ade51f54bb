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
