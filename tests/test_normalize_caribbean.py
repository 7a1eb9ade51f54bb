"""Caribbean readings: Haitian Kreyòl sexes, Saint and Jean abbreviated in French and Haitian
names."""

import pandas as pd
import pytest

from tekil.normalize import gender


@pytest.mark.parametrize(
    ("written", "code"),
    [("Gason", "m"), ("GASON", "m"), ("Fi", "f"), ("FI", "f"), ("Fanm", "f"), ("Nonm", "m"),
     ("Mesye", "m"), ("Madan", "f")],
)  # fmt: skip
def test_kreyol_sexes_are_read(written, code):
    assert gender(pd.Series([written])).loc[0, "value"] == code


@pytest.mark.parametrize("written", ["Fille", "Fin", "Gasoline", "Fiji", "Non"])
def test_lookalikes_of_kreyol_sexes_are_unparseable(written):
    assert pd.isna(gender(pd.Series([written])).loc[0, "value"])


def test_a_wallet_that_writes_sexes_in_kreyol_tells_its_given_names():
    # The sex column read in Kreyòl (Gason, Fi) beside the codes (M, F) is what the file's own
    # given names are learnt from, when no column has a name.
    from tekil.inference import role_from_values

    sexes = pd.Series(["Gason", "Fi", "M", "F", "Fi", "Gason"] * 20)
    assert role_from_values(sexes) == "gender"


@pytest.mark.parametrize(
    ("one", "other"),
    [("St Fleur", "Saint-Fleur"), ("ST-FLEUR", "Saint Fleur"), ("Ste-Anne", "Sainte-Anne"),
     ("Jn Baptiste", "Jean-Baptiste"), ("JN-BAPTISTE", "Jean Baptiste"), ("Jn Robert", "Jean Robert"),
     ("Marie St.Louis", "Marie Saint-Louis"), ("St. John", "Saint John")],
)  # fmt: skip
def test_saint_and_jean_abbreviated_are_read_written_out(one, other):
    from tekil.normalize import name

    read = name(pd.Series([one, other]))["value"].tolist()
    assert read[0] == read[1]


@pytest.mark.parametrize(
    "written", ["Stanley", "Stephen St", "Jnr Smith", "St", "Jn", "Ste", "Stevens", "Jnana"]
)
def test_names_that_only_look_abbreviated_are_left_alone(written):
    from tekil.normalize import name

    value = name(pd.Series([written]))["value"][0]
    assert "saint" not in value and "jean" not in value
