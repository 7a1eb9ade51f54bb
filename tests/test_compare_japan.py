import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_a_name_written_as_one_word_is_its_two_names_joined():
    # 大谷卓也 and ミヤザキユイ typed without their space are 大谷 卓也 and ミヤザキ ユイ (and
    # "johnsmith" John Smith); 大谷 卓也's brother 大谷翔太 is not.
    df = pd.DataFrame(
        {
            "first": ["大谷卓也", "卓也", "ミヤザキユイ", "ユイ", "大谷翔太", "johnsmith", "john"],
            "last": [None, "大谷", None, "ミヤザキ", None, None, "smith"],
        }
    )
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(recs, [0, 2, 4, 5], [1, 3, 1, 6])
    assert lv["first_name"][:2] == ["exact", "exact"]
    assert lv["first_name"][2] != "exact"
    assert lv["first_name"][3] == "exact"


def test_a_name_of_several_given_names_written_as_one_word_is_its_names_joined():
    # A Burmese name typed without its spaces ("aungkyawmin" for Aung Kyaw Min); its namesake
    # Aung Kyaw Moe is not it, nor is "aungkyaw" alone.
    df = pd.DataFrame(
        {
            "first": ["aungkyawmin", "aung kyaw", "aung kyaw", "aungkyaw"],
            "last": [None, "min", "moe", None],
        }
    )
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(recs, [0, 0, 3], [1, 2, 1])
    assert lv["first_name"][0] == "exact"
    assert lv["first_name"][1] != "exact"
    assert lv["first_name"][2] != "exact"
