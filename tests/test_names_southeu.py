"""Whole names as Italian and Greek call centres write them (probe ``southeu``): courtesy
titles, family names with a particle written first, an initial after the family name."""

from __future__ import annotations

import pandas as pd

from tekil.normalize.names import name
from tekil.records import read_whole_name


def test_italian_and_greek_titles_are_dropped() -> None:
    out = name(
        pd.Series(
            [
                "dott. Gianluca Vitale",
                "Dott.ssa Anna Rossi",
                "κα Μαρία Οικονόμου",
                "κ. Νίκος Παπαδόπουλος",
                "ΚΟΣ ΓΙΩΡΓΟΣ ΔΗΜΗΤΡΙΟΥ",
            ]
        )
    )
    assert out["given"].tolist() == ["gianluca", "anna", "μαρια", "νικος", "γιωργος"]
    assert out["family"].tolist() == ["vitale", "rossi", "οικονομου", "παπαδοπουλος", "δημητριου"]


def test_a_capital_greek_initial_stays_an_initial() -> None:
    out = name(pd.Series(["Κ. Παπαδόπουλος"]))
    assert out["given"].tolist() == ["κ"]


def test_a_particle_written_first_takes_the_next_word() -> None:
    # "stefano" is a given name too: the data does not say it is a family name's word
    words = {"di": 0.9, "de": 0.9, "giovanni": -0.9, "maria": -0.9, "luca": 0.0}
    assert read_whole_name("di stefano", "giovanni", words) == ("giovanni", "di stefano")
    assert read_whole_name("de luca", "maria", words) == ("maria", "de luca")


def test_an_initial_after_a_family_name_is_the_given_name() -> None:
    words = {"rossi": 0.9, "de": 0.8, "angelis": 0.9, "νικολαου": 0.9, "john": -0.9}
    assert read_whole_name("rossi", "m", words) == ("m", "rossi")
    assert read_whole_name("de angelis", "f", words) == ("f", "de angelis")
    assert read_whole_name("νικολαου", "ι", words) == ("ι", "νικολαου")
    # a given name and a family name's initial ("John S.", as social media show names)
    assert read_whole_name("john", "s", words) == ("john", "s")
    # words the data does not know: as split
    assert read_whole_name("mario", "r", words) == ("mario", "r")
