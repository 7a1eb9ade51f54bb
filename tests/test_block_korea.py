import numpy as np
import pandas as pd

from tekil.block import BlockingRule, candidate_pairs, key_transform
from tekil.records import prepare
from tekil.settings import Settings


def test_names_without_latin_letters_are_their_own_phonetic_keys():
    # Soundex codes Latin letters: of "민준" it made "ᄆ000", the first consonant that a
    # fourteenth of all Korean names share (and of "山田" "山000"); such a name is its own key.
    for transform in ("soundex", "metaphone", "nysiis"):
        code = key_transform(transform)
        assert code("민준") == "민준" and code("山田") == "山田"
    assert key_transform("soundex")("Müller") == "M460"  # Latin names as before
    assert key_transform("soundex")("иван") == "I150"  # and those read in Latin letters
    assert key_transform("metaphone")("ヤマダ") == key_transform("metaphone")("yamada")


def test_korean_given_names_meet_by_sound_only_when_they_are_one_name():
    # A family at one postcode: 민준, his brother 민서 and his mother 미영 no longer meet by a
    # phonetic key of their given names (all three began "ᄆ000"); 민준's two records do.
    df = pd.DataFrame(
        {
            "first": ["민준", "민준", "민서", "미영"],
            "last": ["김", "김", "김", "박"],
            "zip": ["06234"] * 4,
        }
    )
    roles = {"first": "first_name", "last": "last_name", "zip": "postcode"}
    st = Settings(roles=roles)
    recs = prepare(df, st, np.arange(len(df)))
    i, j = candidate_pairs(recs, st, [BlockingRule(["first_name:soundex", "zip"])])
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}
