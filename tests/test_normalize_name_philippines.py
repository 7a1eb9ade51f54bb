import pandas as pd
import pytest

from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("written", "given", "family"),
    [("Juan S. Dela Cruz", "juan s", "dela cruz"), ("Ana De los Santos", "ana", "de los santos"),
     ("MICHAEL RIVERA DELOS SANTOS", "michael rivera", "delos santos"),
     ("Joel Sta. Maria", "joel", "sta maria"), ("Rosa Santa Maria", "rosa", "santa maria"),
     ("Rosa San Juan", "rosa", "san juan"), ("Maria De las Mercedes", "maria", "de las mercedes")],
)  # fmt: skip
def test_spanish_and_filipino_particles_start_the_family_name(written, given, family):
    # "Dela Cruz" (joined), "De los Santos", a saint's "Sta. Maria" or "San Juan": one family
    # name, not a given name's last word before a family name of one word.
    out = name(pd.Series([written]))
    assert (out["given"][0], out["family"][0]) == (given, family)
