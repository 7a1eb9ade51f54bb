"""Hungarian married women's names (``-né``, "wife of") and Czech, Slovak, Polish and Russian
women's forms of family names (probe ``central``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.normalize import name
from tekil.records import prepare
from tekil.settings import Settings


def test_a_married_woman_s_name_is_read_without_her_husband_s_part():
    read = name(
        pd.Series(
            [
                "Kovácsné Szabó Anna",  # his family name, then her own name: Anna Szabó
                "Kovács Jánosné",  # his whole name: a Kovács, her given name not written
                "dr. Papp Tiborné",
                "KOVÁCS JÁNOSNÉ",
            ]
        )
    )
    assert read["value"].tolist() == ["szabo anna", "kovacs", "papp", "kovacs"]
    assert read["given"].tolist()[1:] == [pd.NA] * 3  # no "janos": that is her husband
    assert read["family"].tolist()[1:] == ["kovacs", "papp", "kovacs"]


def test_names_that_only_end_like_it_are_left_as_written():
    read = name(pd.Series(["René Dupont", "Renée Martin", "Kovácsné Anna", "Irene Kovacsne"]))
    assert read["value"].tolist() == [
        "rene dupont",
        "renee martin",
        "kovacsne anna",
        "irene kovacsne",
    ]
    assert read["given"].tolist() == ["rene", "renee", "kovacsne", "irene"]


def test_a_wife_written_as_mrs_husband_does_not_agree_on_his_given_name():
    df = pd.DataFrame({"név": ["Lakatos Sándor", "Lakatos Sándorné", "Lakatos Sándor"]})
    records = prepare(df, Settings(roles={"név": "full_name"}), np.arange(len(df)))
    lv = levels_of(records, [0, 0], [1, 2])
    # Her record holds a family name alone: no given name to agree with his "Sándor".
    assert lv["first_name"][0] not in ("exact", "jw_0.92", "jw_0.80")
    assert lv["first_name"][1] == "exact"


def test_a_man_s_and_a_woman_s_form_of_one_family_name_say_nothing():
    # Novák and Nováková, Černý and Černá, Kowalski and Kowalska, Ivanov and Ivanova: a husband
    # and his wife (or one woman written in the man's form abroad), no slip of one name.
    last = ["Novák", "Nováková", "Černý", "Černá", "Kowalski", "Kowalska", "Ivanov", "Ivanova",
            "Němec", "Němcová", "Novak", "Svoboda", "Svobodová", "Novotný", "Novotna"]  # fmt: skip
    df = pd.DataFrame({"first": ["Jan"] * len(last), "last": last})
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(len(df))
    )
    lv = levels_of(records, [0, 2, 4, 6, 8, 0, 11, 13, 1], [1, 3, 5, 7, 9, 10, 12, 14, 10])
    assert lv["last_name"][:5] == ["null"] * 5
    assert lv["last_name"][5] == "exact"  # Novák, Novak: one name, its accent dropped
    assert lv["last_name"][6:8] == ["null", "null"]
    assert lv["last_name"][8] == "null"  # Nováková, Novak


def test_hungarian_and_czech_generation_words_are_read_as_suffixes():
    read = name(
        pd.Series(["ifj. Nagy János", "id. Nagy János", "dr. ifj. Tóth László", "Jan Novák ml."])
    )
    assert read["value"].tolist() == [
        "nagy janos jr",
        "nagy janos sr",
        "toth laszlo jr",
        "jan novak jr",
    ]
    # Without their points the words may be names: left as written; Czech "st." (starší) before
    # a name is no generation but Saint, written out (tekil.normalize.names._sainted_out).
    assert name(pd.Series(["Ifj Nagy", "St. John Smith"]))["value"].tolist() == [
        "ifj nagy",
        "saint john smith",
    ]


def test_a_father_and_a_son_of_one_name_differ_in_their_generation():
    df = pd.DataFrame(
        {"név": ["id. Nagy János", "ifj. Nagy János", "Nagy János", "ifj. Nagy János"]}
    )
    records = prepare(df, Settings(roles={"név": "full_name"}), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 1], [1, 2, 3])
    assert lv["first_name"] == ["exact", "exact", "exact"]
    assert [lv[k] for k in lv if "suffix" in k] == [["else", "null", "exact"]]
