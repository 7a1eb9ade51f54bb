"""Khmer and Lao script read in Latin letters as Cambodian and Lao names are romanised, so that
a name written in its script meets its spellings in Latin letters."""

from __future__ import annotations

import pytest
from rapidfuzz.distance import JaroWinkler

from tekil.normalize.khmer import khmer_latin
from tekil.normalize.lao import lao_latin
from tekil.normalize.latin import latin


@pytest.mark.parametrize(
    ("khmer", "read"),
    [
        ("សុខ", "sok"), ("ចាន់", "chan"), ("ហេង", "heng"), ("មាស", "meas"), ("ជា", "chea"),
        ("ស៊ុន", "sun"), ("ប៊ុន", "bun"), ("ម៉ៅ", "mao"), ("ពៅ", "pov"), ("ព្រំ", "prum"),
        ("សុផល", "sophal"), ("ចាន់ធី", "chanthi"), ("ស្រីពៅ", "sreipov"), ("សំណាង", "samnang"),
        ("ចន្ទ្រា", "chantrea"), ("បុប្ផា", "boppha"), ("ពន្លក", "ponlok"), ("សុខហេង", "sokheng"),
        ("ពិសិដ្ឋ", "pisetth"), ("វិចិត្រ", "vichet"), ("នួន", "nuon"), ("ខៀវ", "khiev"),
    ],
)  # fmt: skip
def test_khmer_reads_as_its_romanisation(khmer, read):
    assert khmer_latin(khmer) == read


@pytest.mark.parametrize(
    ("lao", "read"),
    [
        ("ພົມມະຈັນ", "phommachan"), ("ສີສຸພັນທອງ", "sisouphanthong"), ("ວົງສະຫວັນ", "vongsavan"),
        ("ບຸນມີ", "bounmi"), ("ສົມສັກ", "somsak"), ("ບົວພັນ", "bouaphan"), ("ດວງມາລາ", "douangmala"),
        ("ຄຳພອນ", "khamphon"), ("ວຽງຈັນ", "viangchan"), ("ສີປະເສີດ", "sipasoet"),
    ],
)  # fmt: skip
def test_lao_reads_as_its_romanisation(lao, read):
    assert lao_latin(lao) == read


def test_a_whole_name_in_either_script_meets_its_latin_spellings():
    assert latin("សុខ ចាន់ធី") == "sok chanthi"
    assert latin("ສົມສັກ ພົມມະຈັນ") == "somsak phommachan"
    # Its spellings in Latin letters are near it, other names not.
    read = [latin("សុខ ចាន់ធី"), latin("ສົມສັກ ພົມມະຈັນ")]
    near = [
        JaroWinkler.similarity(a, b)
        for a, b in zip(read, ["sok chanthy", "somsack phommachanh"], strict=True)
    ]
    far = [
        JaroWinkler.similarity(a, b)
        for a, b in zip(read, ["meas sophal", "bounmi inthavong"], strict=True)
    ]
    assert min(near) > 0.9 and max(far) < 0.75


def test_other_scripts_and_digits_are_left_as_they_were():
    # Thai is read as Thai (ก is no ກ), Latin as it is; Khmer and Lao digits are no letters.
    assert latin("สมชาย") == "somchai" and latin("sok chanthy") == "sok chanthy"
    assert khmer_latin("១២៣") == "" and latin("สมชาย ສົມສັກ") == "somchai somsak"
