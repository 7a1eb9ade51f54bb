import pandas as pd
import pytest

from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("written", "given", "family"),
    [("Juan S. Dela Cruz", "juan s", "dela cruz"), ("Ana De los Santos", "ana", "de los santos"),
     ("MICHAEL RIVERA DELOS SANTOS", "michael rivera", "delos santos"),
     ("Joel Sta Maria", "joel", "sta maria"), ("Rosa Santa Maria", "rosa", "santa maria"),
     ("Rosa San Juan", "rosa", "san juan"), ("Maria De las Mercedes", "maria", "de las mercedes")],
)  # fmt: skip
def test_spanish_and_filipino_particles_start_the_family_name(written, given, family):
    # "Dela Cruz" (joined), "De los Santos", a saint's "Sta. Maria" or "San Juan": one family
    # name, not a given name's last word before a family name of one word.
    out = name(pd.Series([written]))
    assert (out["given"][0], out["family"][0]) == (given, family)


@pytest.mark.parametrize(
    ("written", "value"),
    [("Ma. Cristina", "maria cristina"), ("MA. THERESA", "maria theresa"),
     ("Ma.Luisa", "maria luisa"), ("Mª José", "maria jose"), ("Joel Sta. Maria", "joel santa maria"),
     ("STO. TOMAS, JUAN", "juan santo tomas"), ("Ma Long", "ma long"), ("Ma.", "ma")],
)  # fmt: skip
def test_maria_santa_and_santo_abbreviated_before_a_name_are_written_out(written, value):
    # Filipino and Spanish forms write María as "Ma." or "Mª" before a second given name, and a
    # saint's family name as "Sta. Maria": one name with "Maria Cristina", "Santa Maria". "Ma"
    # with no point stays (a Chinese family name), as does "Ma." alone.
    assert name(pd.Series([written]))["value"][0] == value
