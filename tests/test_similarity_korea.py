from __future__ import annotations

import numpy as np

import tekil.similarity as sim


def test_hangul_is_written_as_its_letters():
    assert sim.jamo("김민준") == "ㄱㅣㅁㅁㅣㄴㅈㅜㄴ"
    assert sim.jamo("이 하은, Lee") == "ㅇㅣ ㅎㅏㅇㅡㄴ, Lee"
    assert sim.jamo("각") == "ㄱㅏㄱ" and sim.jamo("힣") == "ㅎㅣㅎ"  # the first and the last
    assert sim.hangul_letters(np.array(["Kim", "山田"], dtype=object)) is None


def test_a_slip_in_hangul_is_one_letter_and_another_syllable_several():
    values = np.array(["민준", "민쥰", "민서", "서준", "김", "조", "Minjun"], dtype=object)
    spelt, typed = sim.hangul_letters(values)
    assert spelt.tolist() == [True] * 6 + [False] and typed[-1] == "Minjun"
    jw = sim.pair_similarity(np.array([0, 0, 0, 4]), np.array([1, 2, 3, 5]), typed)
    assert jw[0] >= 0.92  # one key slipped: ㅜ for ㅠ
    assert jw[1] < 0.8 and jw[2] < 0.8  # a brother's name: one syllable of two shared
    assert jw[3] == 0.0  # 김 and 조 share no letter
