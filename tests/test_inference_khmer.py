"""Roles read off the values of Cambodian records: Khmer and Lao words for the sexes, Khmer
names of one syllable as names (their vowel signs are letters), and a wife's record's husband's
whole name, in the same script as her own names, as someone else's."""

from __future__ import annotations

import random

import pandas as pd

from tekil.inference import _others_by_names, _worded, roles_beside_emails
from tekil.normalize import gender

_FAMILY = [
    "សុខ",
    "ចាន់",
    "ហេង",
    "លី",
    "កែវ",
    "មាស",
    "ជា",
    "ទេព",
    "យឹម",
    "ហ៊ុន",
    "នួន",
    "រស់",
    "ម៉ៅ",
    "ស៊ុន",
    "ឈឹម",
    "ប៊ុន",
    "សេង",
    "ពៅ",
    "ញឹក",
    "ខៀវ",
    "ភាព",
    "ឃុន",
    "ឯក",
    "វង្ស",
    "តាំង",
    "គឹម",
]
_MEN = ["សុផល", "ដារ៉ា", "សុវណ្ណ", "ពិសិដ្ឋ", "សំណាង", "វិចិត្រ", "បូរ៉ា", "សុខា", "វុទ្ធី", "វិសាល"]
_WOMEN = ["ចាន់ធី", "ស្រីពៅ", "សុភា", "ដាវី", "សុខលី", "ធីតា", "បុប្ផា", "លីដា", "គន្ធា", "វណ្ណា"]


def test_khmer_and_lao_words_for_the_sexes():
    codes = gender(pd.Series(["ស្រី", "ប្រុស", "ຍິງ", "ຊາຍ", "ស្រីពៅ"]))["value"].tolist()
    assert codes[:4] == ["f", "m", "f", "m"]
    assert pd.isna(codes[4])  # a woman's given name that starts as the word does is no sex


def test_a_khmer_name_of_one_syllable_is_a_word_and_initials_are_not():
    assert _worded(["សុខ"]) and _worded(["ហេង"]) and _worded(["राम"])
    assert not _worded(["j.c."]) and not _worded(["jp"])


def _mfi(n: int, seed: int = 3) -> pd.DataFrame:
    rnd = random.Random(seed)
    rows = []
    for _ in range(n):
        sex = rnd.choice("MF")
        rows.append({
            "c1": rnd.choice(_FAMILY),
            "c2": rnd.choice(_MEN if sex == "M" else _WOMEN),
            "c3": {"M": "ប្រុស", "F": "ស្រី"}[sex],
            # the spouse's whole name, in some records
            "c4": f"{rnd.choice(_FAMILY)} {rnd.choice(_WOMEN if sex == 'M' else _MEN)}" if rnd.random() < 0.4 else None,
        })  # fmt: skip
    return pd.DataFrame(rows)


def test_a_spouses_whole_name_beside_her_own_names_in_one_script_is_someone_elses():
    df = _mfi(400)
    words = df["c4"].dropna().map(str.split)
    assert _others_by_names(df, words, ["c1", "c2"], ["c1", "c2"])
    # The person's own name written again has the words of her own.
    own = (df["c1"] + " " + df["c2"]).map(str.split)
    assert not _others_by_names(df, own, ["c1", "c2"], ["c1", "c2"])


def test_hangul_names_without_a_space_are_left():
    df = pd.DataFrame({"family": ["김", "이", "박"] * 10, "given": ["민수", "지은", "서준"] * 10})
    words = pd.Series([[f + g] for f, g in zip(df["family"], df["given"], strict=True)])
    assert not _others_by_names(df, words, ["family", "given"], ["family", "given"])


def test_khmer_given_and_family_names_are_read_off_the_sex_beside_them():
    df = _mfi(600)
    found = roles_beside_emails(df, {"c3": "gender"})
    assert found.get("c2") == "first_name" and found.get("c1") == "last_name"
    assert found.get("c4") != "full_name"
