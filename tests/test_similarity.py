"""tekil.similarity must equal jellyfish exactly, computed once per distinct pair."""

from __future__ import annotations

import doctest

import jellyfish
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import JaroWinkler

import tekil.similarity as sim
from tekil.errors import ConfigError, InputError

REFERENCE = {
    "jaro_winkler": (sim.jaro_winkler, jellyfish.jaro_winkler_similarity),
    "jaro": (sim.jaro, jellyfish.jaro_similarity),
    "levenshtein": (sim.levenshtein, jellyfish.levenshtein_distance),
    "damerau_levenshtein": (sim.damerau_levenshtein, jellyfish.damerau_levenshtein_distance),
}
TURKISH = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ "
# Strings that jellyfish reads as fewer characters than Python (grapheme clusters).
COMPOUND = [
    "i̇",
    "i\u0307smail",
    "e\u0301",
    "\r\n",
    "a\r\nb",
    "👨\u200d👩",
    "🇹🇷",
    "👍🏽",
    "각",
    "가",
]

ascii_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=12)
small_text = st.text(alphabet="abc", max_size=8)  # many matches and transpositions
turkish_text = st.text(alphabet=TURKISH, max_size=15)
combining_text = st.text(alphabet="aeiı\u0307\u0301\u0308\r\n\u200d", max_size=8)
any_text = st.text(max_size=10)
long_text = st.text(alphabet="abcdeşı", min_size=60, max_size=150)  # multi-word bit-parallel
texts = st.one_of(
    ascii_text, small_text, turkish_text, combining_text, any_text, long_text, st.just("")
)
pair_lists = st.lists(st.tuples(texts, texts), max_size=30)


def expected(scorer: str, a: list[str], b: list[str]) -> np.ndarray:
    reference = REFERENCE[scorer][1]
    return np.array([reference(x, y) for x, y in zip(a, b, strict=True)], dtype=np.float64)


def assert_equal_to_jellyfish(scorer: str, a: list[str], b: list[str]) -> None:
    got = REFERENCE[scorer][0](a, b)
    assert got.dtype == np.float64
    assert got.shape == (len(a),)
    np.testing.assert_allclose(got, expected(scorer, a, b), rtol=0, atol=1e-12)


@pytest.mark.parametrize("scorer", sim.SCORERS)
@settings(max_examples=150, deadline=None)
@given(pairs=pair_lists)
def test_equals_jellyfish_on_random_strings(scorer, pairs):
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    assert_equal_to_jellyfish(scorer, a, b)


@pytest.mark.parametrize("scorer", sim.SCORERS)
def test_known_differences_between_rapidfuzz_and_jellyfish(scorer):
    a = ["", "", "a", "x", *COMPOUND, *COMPOUND, "İsmail".lower(), "1234x", "ab" * 40, "ca"]
    b = ["", "a", "", "x", *COMPOUND, *reversed(COMPOUND), "ismail", "1234y", "ba" * 40, "abc"]
    assert_equal_to_jellyfish(scorer, a, b)


@pytest.mark.parametrize("scorer", sim.SCORERS)
def test_equals_jellyfish_on_name_sample(scorer):
    rng = np.random.default_rng(7)
    names = np.array(
        ["".join(rng.choice(list(TURKISH), rng.integers(0, 14))) for _ in range(300)] + [""],
        dtype=object,
    )
    a = names[rng.integers(0, len(names), 3000)]
    b = names[rng.integers(0, len(names), 3000)]
    assert_equal_to_jellyfish(scorer, list(a), list(b))


def test_classic_values():
    np.testing.assert_allclose(
        sim.jaro_winkler(["martha", "dwayne", "dixon"], ["marhta", "duane", "dicksonx"]),
        [0.961111111111111, 0.84, 0.8133333333333332],
        atol=1e-12,
    )
    # unrestricted Damerau-Levenshtein, not optimal string alignment (which gives 3)
    assert sim.damerau_levenshtein(["ca"], ["abc"])[0] == 2
    assert sim.levenshtein(["ca"], ["abc"])[0] == 3
    # jellyfish: Jaro of two empty strings is 0, not 1
    assert sim.jaro([""], [""])[0] == 0.0
    assert sim.jaro_winkler([""], [""])[0] == 0.0
    assert sim.levenshtein([""], [""])[0] == 0.0


def test_missing_values_give_nan():
    got = sim.jaro_winkler(["ali", None, float("nan"), "veli"], ["ali", "ali", "x", None])
    assert got[0] == 1.0
    assert np.isnan(got[1:]).all()


def test_strings_differing_after_a_nul_character_stay_distinct():
    a = ["", "a\x00b", "a\x00c", "\x00"]
    b = ["\x00", "a", "a\x00b", ""]
    for scorer in sim.SCORERS:
        assert_equal_to_jellyfish(scorer, a, b)


def test_accepts_numpy_and_empty_input():
    a = np.array(["ayşe", "fatma"], dtype=object)
    assert sim.levenshtein(a, a[::-1]).tolist() == [4.0, 4.0]
    assert sim.jaro([], []).shape == (0,)


def test_non_string_values_are_rejected():
    with pytest.raises(InputError, match="text values"):
        sim.jaro_winkler(["a", 5], ["b", "c"])


def test_length_mismatch_is_rejected():
    with pytest.raises(InputError, match="equal length"):
        sim.levenshtein(["a", "b"], ["a"])


# -- pair_similarity ---------------------------------------------------------------------


def draw_pairs(data, uniques: list[str], most: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Up to ``most`` pairs of codes into ``uniques`` (-1: missing), and the values."""
    size = data.draw(st.integers(0, most))
    codes = st.lists(st.integers(-1, len(uniques) - 1), min_size=size, max_size=size)
    codes_a = np.array(data.draw(codes), dtype=np.int64)
    codes_b = np.array(data.draw(codes), dtype=np.int64)
    return codes_a, codes_b, np.array(uniques, dtype=object)


@pytest.mark.parametrize("scorer", sim.SCORERS)
@settings(max_examples=100, deadline=None)
@given(
    uniques=st.lists(texts, min_size=1, max_size=12, unique=True),
    data=st.data(),
)
def test_pair_similarity_equals_jellyfish(scorer, uniques, data):
    codes_a, codes_b, values = draw_pairs(data, uniques, 40)
    got = sim.pair_similarity(codes_a, codes_b, values, scorer)
    missing = (codes_a < 0) | (codes_b < 0)
    assert np.isnan(got[missing]).all()
    want = expected(scorer, list(values[codes_a[~missing]]), list(values[codes_b[~missing]]))
    np.testing.assert_allclose(got[~missing], want, rtol=0, atol=1e-12)


@pytest.mark.parametrize("transpositions", [False, True])
@settings(max_examples=150, deadline=None)
@given(
    uniques=st.lists(
        st.one_of(small_text, ascii_text, texts), min_size=1, max_size=14, unique=True
    ),
    data=st.data(),
)
def test_within_one_edit_equals_the_distance(transpositions, uniques, data):
    codes_a, codes_b, values = draw_pairs(data, uniques, 60)
    got = sim.within_one_edit(codes_a, codes_b, values, transpositions=transpositions)
    reference = REFERENCE["damerau_levenshtein" if transpositions else "levenshtein"][1]
    want = [
        a >= 0 and b >= 0 and reference(values[a], values[b]) <= 1
        for a, b in zip(codes_a.tolist(), codes_b.tolist(), strict=True)
    ]
    assert got.tolist() == want


@pytest.mark.parametrize("transpositions", [False, True])
@settings(max_examples=150, deadline=None)
@given(base=st.text(alphabet="0123456789+", min_size=6, max_size=30), data=st.data())
def test_within_one_edit_on_long_near_alike_values(transpositions, base, data):
    """Long values of near-alike digits whose edits fall anywhere (before, after or between the
    places where the compiled comparison stops early)."""
    variants = [base]
    for _ in range(data.draw(st.integers(1, 6))):
        v = list(data.draw(st.sampled_from(variants)))
        k = data.draw(st.integers(0, len(v) - 1))
        edit = data.draw(st.sampled_from(["replace", "insert", "delete", "swap"]))
        if edit == "replace":
            v[k] = data.draw(st.sampled_from("0123456789+"))
        elif edit == "insert":
            v.insert(k, data.draw(st.sampled_from("0123456789+")))
        elif edit == "delete" and len(v) > 1:
            del v[k]
        elif k + 1 < len(v):
            v[k], v[k + 1] = v[k + 1], v[k]
        variants.append("".join(v))
    values = np.array(list(dict.fromkeys(variants)), dtype=object)
    a, b = np.triu_indices(len(values), 1)
    got = sim.within_one_edit(a, b, values, transpositions=transpositions)
    reference = REFERENCE["damerau_levenshtein" if transpositions else "levenshtein"][1]
    assert got.tolist() == [reference(values[x], values[y]) <= 1 for x, y in zip(a, b, strict=True)]


def test_within_one_edit_on_phone_numbers_and_postcodes():
    values = np.array(
        ["+905321234567", "+905321234576", "+95321234567", "+9053212345678", "", "34000", "3400"],
        dtype=object,
    )
    a, b = np.array([0, 0, 0, 0, 4, 5, 6]), np.array([1, 2, 3, 5, 6, 6, 4])
    assert sim.within_one_edit(a, b, values).tolist() == [
        False,  # two replacements
        True,  # one deletion
        True,  # one insertion
        False,
        False,  # "" and "3400": four insertions
        True,
        False,
    ]
    assert sim.within_one_edit(a, b, values, transpositions=True).tolist()[0] is True


def test_pair_similarity_scores_each_distinct_pair_once(monkeypatch):
    seen = []
    real = sim._score_distinct

    def spy(left, right, metric):
        seen.append(len(left))
        return real(left, right, metric)

    monkeypatch.setattr(sim, "_score_distinct", spy)
    uniques = np.array(["mehmet", "mehmed", "ahmet"], dtype=object)
    codes_a = np.array([0, 1, 0, 1, 2, 2, 0, -1, 1], dtype=np.int32)
    codes_b = np.array([1, 0, 1, 0, 2, 0, 0, 1, -1], dtype=np.int32)
    got = sim.pair_similarity(codes_a, codes_b, uniques)
    # distinct unordered pairs of different codes: {0,1} and {0,2}
    assert seen == [2]
    assert (
        got[0]
        == got[1]
        == got[2]
        == got[3]
        == jellyfish.jaro_winkler_similarity("mehmet", "mehmed")
    )
    assert got[4] == got[6] == 1.0
    assert got[5] == jellyfish.jaro_winkler_similarity("ahmet", "mehmet")
    assert np.isnan(got[7:]).all()


def test_pair_similarity_identical_codes_skip_computation(monkeypatch):
    def fail(*args):
        raise AssertionError("identical codes must not be scored")

    monkeypatch.setattr(sim, "_score_distinct", fail)
    uniques = np.array(["a", "", "çağrı"], dtype=object)
    codes = np.array([0, 1, 2])
    assert sim.pair_similarity(codes, codes, uniques, "jaro_winkler").tolist() == [1.0, 0.0, 1.0]
    assert sim.pair_similarity(codes, codes, uniques, "levenshtein").tolist() == [0.0, 0.0, 0.0]


def test_pair_similarity_all_missing_and_empty():
    uniques = np.array(["a"], dtype=object)
    got = sim.pair_similarity(np.array([-1, 0]), np.array([0, -1]), uniques)
    assert np.isnan(got).all()
    assert sim.pair_similarity(np.array([], dtype=int), np.array([], dtype=int), []).shape == (0,)


def test_pair_similarity_rejects_bad_input():
    uniques = np.array(["a", "b"], dtype=object)
    with pytest.raises(ConfigError, match="unknown similarity scorer 'soundex'"):
        sim.pair_similarity(np.array([0]), np.array([1]), uniques, "soundex")
    with pytest.raises(InputError, match="outside"):
        sim.pair_similarity(np.array([0]), np.array([2]), uniques)
    with pytest.raises(InputError, match="outside"):
        sim.pair_similarity(np.array([-2]), np.array([1]), uniques)
    with pytest.raises(InputError, match="integer"):
        sim.pair_similarity(np.array([0.0]), np.array([1.0]), uniques)
    with pytest.raises(InputError, match="same length"):
        sim.pair_similarity(np.array([0, 1]), np.array([1]), uniques)
    with pytest.raises(InputError, match="units must be"):
        sim.pair_similarity(np.array([0]), np.array([1]), uniques, units="letters")


@given(st.lists(st.text(alphabet="कखगरि्ािुeé", max_size=6), min_size=2, max_size=8), st.data())
@settings(max_examples=60, deadline=None)
def test_code_points_are_scored_as_rapidfuzz_counts_them(values, data):
    # Grapheme clusters as jellyfish counts them, or code points as a keyboard types them.
    uniques = np.array(list(dict.fromkeys(values)), dtype=object)
    n = len(uniques)
    a = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=10)))
    b = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=len(a), max_size=len(a))))
    got = sim.pair_similarity(a, b, uniques, "jaro_winkler", "code_points")
    want = [1.0 if x == y and uniques[x] else JaroWinkler.similarity(uniques[x], uniques[y])
            for x, y in zip(a, b, strict=True)]  # fmt: skip
    want = [
        0.0 if uniques[x] == uniques[y] == "" else w for x, y, w in zip(a, b, want, strict=True)
    ]
    np.testing.assert_allclose(got, want)


def test_a_slip_of_one_key_in_hindi_is_close_by_code_points():
    # "रकिश्मा" is "करिश्मा" with two keys swapped: one cluster of three alike, six code points.
    names = np.array(["रकिश्मा", "करिश्मा"], dtype=object)
    by_cluster, by_key = (sim.pair_similarity([0], [1], names, units=u)[0] for u in sim.UNITS)
    assert by_cluster < 0.6 < 0.95 < by_key


def test_grapheme_detection_has_no_false_negatives_in_bmp():
    # Every BMP character that tekil lets rapidfuzz score must be one grapheme by itself and
    # next to ordinary letters, else rapidfuzz (code points) and jellyfish (graphemes) differ.
    for code in range(0x0300, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if sim._has_compound_grapheme(char):
            continue
        for text in ("a" + char, char + "a", char + char):
            assert jellyfish.levenshtein_distance(text, "") == 2, hex(code)


def test_doctests():
    result = doctest.testmod(sim, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


# Devanagari consonants, virama, nukta, vowel signs and an independent vowel; Tamil; Thai
# (its sara am a letter that joins the cluster before it, as a mark does).
INDIC = "कषतरअ\u094d\u093c\u093e\u093f\u0947\u0902கஷ\u0bcd\u0bbfกข\u0e35\u0e48\u0e33 "
# Hangul syllables, one cluster each, and conjoining jamo, which may join one (가 + ᆨ is 각).
HANGUL = "김이박정희민수\u1100\u1161\u11a8 ."


@pytest.mark.parametrize("alphabet", [INDIC, HANGUL], ids=["indic", "hangul"])
@pytest.mark.parametrize("scorer", sim.SCORERS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_scripts_with_clusters_equal_jellyfish(scorer, alphabet, data):
    # Such values are scored by rapidfuzz with one character per cluster (conjuncts too).
    texts = st.lists(st.text(alphabet=alphabet, max_size=8), min_size=2, max_size=12, unique=True)
    uniques = np.array(data.draw(texts), dtype=object)
    codes = st.lists(st.integers(0, len(uniques) - 1), min_size=20, max_size=20)
    a, b = np.array(data.draw(codes)), np.array(data.draw(codes))
    got = sim.pair_similarity(a, b, uniques, scorer=scorer)
    reference = sim._SCORERS[scorer].reference
    expected = [
        reference(uniques[i], uniques[j]) if i != j else got[k]
        for k, (i, j) in enumerate(zip(a, b, strict=True))
    ]
    assert got.tolist() == expected


def test_korean_and_thai_values_are_scored_in_one_batch_not_one_by_one():
    # Each pair of values sent to jellyfish is a Python call: a Korean file's addresses and
    # e-mails had all gone that way.
    uniques = np.array(
        ["정희.이82@live.com", "서울특별시 관악구", "คำนวณ", "가\u11a8"], dtype=object
    )
    info = sim._uniques_info(uniques)
    assert info.by_reference.tolist() == [False, False, False, True]
    assert len(info.scored[2]) == 4  # คำ is one cluster, as jellyfish counts


def test_hindi_names_are_scored_in_one_batch_not_one_by_one():
    uniques = np.array(["कृष्ण", "क्ष", "कृष्णा"], dtype=object)
    info = sim._uniques_info(uniques)
    assert not info.by_reference.any()
    assert [len(v) for v in info.scored] == [2, 1, 2]  # clusters, as jellyfish counts them
