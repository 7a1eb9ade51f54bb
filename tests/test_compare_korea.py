import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.records import prepare
from tekil.settings import Settings


def test_korean_names_are_compared_letter_by_letter():
    # A slip of one key (민준, 민쥰) is close; brothers named with one generation syllable
    # (민준, 민서) and family names of one syllable (김 and 조; 김 and 임, one letter apart) are
    # different names, though each pair is one syllable apart.
    df = pd.DataFrame(
        {
            "first": ["민준", "민쥰", "민서", "민준", "민준", "민준"],
            "last": ["김", "김", "김", "조", "임", "김"],
        }
    )
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(recs, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5])
    assert lv["first_name"][0] in ("jw_0.92", "jw_0.80")
    assert lv["first_name"][1] == "else"
    assert lv["last_name"][2:4] == ["else", "else"]
    assert lv["first_name"][4] == lv["last_name"][4] == "exact"


def test_a_chinese_character_one_off_stays_close_and_latin_names_are_as_before():
    han = pd.DataFrame({"first": ["伟", "玮", "Day", "Dy"], "last": ["王", "王", "Li", "Li"]})
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(han, Settings(roles=roles), np.arange(len(han)))
    assert levels_of(recs, [0, 2], [1, 3])["first_name"] == ["jw_0.80", "jw_0.80"]
