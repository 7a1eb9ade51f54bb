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
