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


@pytest.mark.parametrize(
    ("written", "region", "number"),
    [("011 509 3712 3456", "HT", "+50937123456"), ("011509 37123456", "HT", "+50937123456"),
     ("011 44 20 7946 0958", "HT", "+442079460958"), ("011 509 3712-3456", "JM", "+50937123456")],
)  # fmt: skip
def test_a_number_dialled_abroad_from_north_america_is_read_so(written, region, number):
    from tekil.normalize import phone

    assert phone(pd.Series([written]), region=region).loc[0, "value"] == number


@pytest.mark.parametrize(
    ("written", "region", "number"),
    # Sapporo's and Delhi's numbers start 011 at home; Leeds's 0113.
    [("011-222-3333", "JP", "+81112223333"), ("011 2345 6789", "IN", "+911123456789"),
     ("0113 496 0000", "GB", "+441134960000")],
)  # fmt: skip
def test_a_number_of_011_at_home_stays_at_home(written, region, number):
    from tekil.normalize import phone

    assert phone(pd.Series([written]), region=region).loc[0, "value"] == number
