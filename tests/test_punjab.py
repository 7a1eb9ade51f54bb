"""Punjabi data: Gurmukhi and Urdu column names, Gurmukhi names read in Latin letters as their
Latin spellings write them, CNICs by their shape, and given names both sexes bear (a Sikh's sex
is told by Singh or Kaur) found in a file without its header."""

import random

import numpy as np
import pandas as pd
import pytest

from tekil.given_names import leading_words
from tekil.inference import _position_in, role_from_values
from tekil.normalize.latin import latin
from tekil.normalize.text import fold
from tekil.settings import guess_settings, role_from_name
from tekil.similarity import spelled_alike, words_spelled_alike


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Gurmukhi (an Indian Punjab bank's forms)
        ("ਨਾਮ", "full_name"), ("ਪਿਤਾ ਦਾ ਨਾਮ", "father_name"), ("ਜਨਮ ਮਿਤੀ", "dob"),
        ("ਮੋਬਾਈਲ ਨੰਬਰ", "phone"), ("ਪਤਾ", "address"), ("ਪਿੰਡ", "city"), ("ਜ਼ਿਲ੍ਹਾ", "district"),
        ("ਆਧਾਰ ਨੰਬਰ", "free_id"),
        # Urdu (a Lahore bank's)
        ("ولدیت", "father_name"), ("شناختی کارڈ نمبر", "free_id"), ("تاریخ پیدائش", "dob"),
        ("موبائل نمبر", "phone"), ("شہر", "city"), ("پتہ", "address"), ("اکاؤنٹ نمبر", "ignore"),
    ],
)  # fmt: skip
def test_a_punjabi_or_urdu_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A husband's name is someone else's, though it differs from the father's in its vowel
        # signs only (ਪਿਤਾ, ਪਤੀ; Nepali पिता, पति); a father's or husband's either.
        ("ਪਤੀ ਦਾ ਨਾਮ", "ignore"), ("ਪਿਤਾ/ਪਤੀ ਦਾ ਨਾਮ", "ignore"), ("ولدیت/زوجیت", "ignore"),
        ("पतिको नाम", "ignore"), ("पिताको नाम", "father_name"), ("बाबुको नाम", "father_name"),
        # Persian's نام stays the given name; Persian's city too.
        ("نام", "first_name"), ("شهر", "city"), ("Father's/Husband's Name", "ignore"),
    ],
)  # fmt: skip
def test_lookalike_column_names_keep_their_roles(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("gurmukhi", "reading"),
    [
        ("ਹਰਪ੍ਰੀਤ", "harprit"), ("ਅਮਨਦੀਪ", "amandip"), ("ਕਮਲਜੀਤ", "kamaljit"),
        ("ਰਾਜਵਿੰਦਰ", "rajvindar"), ("ਸਿਮਰਨਜੀਤ", "simranjit"), ("ਸਿੰਘ", "singh"), ("ਕੌਰ", "kaur"),
        ("ਗਿੱਲ", "gill"), ("ਢਿੱਲੋਂ", "dhillon"), ("ਸਿੱਧੂ", "sidhu"), ("ਸ਼ਰਮਾ", "sharma"),
        ("ਸੰਦੀਪ", "sandip"), ("ਅੰਮ੍ਰਿਤ", "amrit"), ("ਚੀਮਾ", "chima"), ("ਮਲਹੋਤਰਾ", "malhotra"),
        # a consonant with no vowel after it keeps its a: a word's first, one before a nasal
        ("ਕਮਲ", "kamal"), ("ਸਿਮਰਨ", "simran"),
    ],
)  # fmt: skip
def test_gurmukhi_is_read_as_punjabi_names_are_spelt(gurmukhi, reading):
    assert latin(fold(gurmukhi)) == reading


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        # Devanagari: a nasal after a consonant follows its a, a nukta makes its sound; the
        # inherent a between consonants stays (Nepali keeps it: Kamala).
        ("संदीप", "sandip"), ("अंबर", "ambar"), ("ज़ाहिद", "zahid"), ("कमला", "kamala"),
        ("करिश्मा गोयल", "karishma goyal"), ("आदित्य", "aditya"),
        # Bengali and Tamil as before (Tamil's ச is no ch)
        ("রবীন্দ্রনাথ ঠাকুর", "rabindranath thakur"), ("முருகன்", "murukan"), ("சரவணன்", "caravanan"),
    ],
)  # fmt: skip
def test_other_indic_scripts_keep_their_readings(word, reading):
    assert latin(fold(word)) == reading


def test_a_gurmukhi_word_is_found_in_a_latin_name_by_its_consonants():
    assert _position_in(["ਹਰਪ੍ਰੀਤ"], "harpreetkaursandhu") == 0.0
    assert _position_in(["ਰਾਜਵਿੰਦਰ"], "rajwinderkaur") == 0.0
    assert _position_in(["ਸੰਧੂ"], "harpreetkaursandhu") is not None
    assert _position_in(["ਗਰੇਵਾਲ"], "harpreetkaursandhu") is None


def test_cnics_are_ids_by_their_shape():
    rnd = random.Random(3)
    cnics = pd.Series(
        [f"35202-{rnd.randrange(10**7):07d}-{rnd.randrange(10)}" for _ in range(70)]
        + [f"3520{rnd.randrange(10**9):09d}" for _ in range(30)]
    )
    assert role_from_values(cnics) == "free_id"
    # Pakistani mobiles written 0300-1234567 are phones, Dominican cédulas stay ids
    mobiles = pd.Series(
        [
            f"03{rnd.choice('0123')}{rnd.randrange(10)}-{rnd.randrange(10**7):07d}"
            for _ in range(100)
        ]
    )
    assert role_from_values(mobiles) == "phone"


def test_given_names_both_sexes_bear_lead_names_that_put_them_first():
    given = ["Harpreet", "Amandeep", "Manpreet", "Gurpreet", "Navdeep"]
    rows = [(f"{g} {'Singh' if s == 'M' else 'Kaur'} Gill", s) for g in given for s in "MF"] * 3
    # (and names of one sex, more of them than Singh and Kaur)
    rows += [("Simran Kaur", "F"), ("Harleen Kaur", "F"), ("Ranjit Singh", "M")] * 6
    df = pd.DataFrame(rows, columns=["name", "sex"])
    assert leading_words(df, ["name"], ["sex"]) >= {w.lower() for w in given}
    assert not {"singh", "kaur", "gill"} & leading_words(df, ["name"], ["sex"])
    # names that put the family first (Vietnamese: the sex is told by later words) lead none
    viet = pd.DataFrame(
        [(f"{f} {'Van' if s == 'M' else 'Thi'} {g}", s) for f in ("Nguyen", "Tran", "Le")
         for g, s in (("Hung", "M"), ("Lan", "F"), ("Dung", "M"), ("Huong", "F"))] * 3,
        columns=["name", "sex"],
    )  # fmt: skip
    assert leading_words(viet, ["name"], ["sex"]) == set()


def test_a_systems_unisex_given_names_are_found_without_the_header():
    """A matrimonial site's whole names and sexes beside a telco's given and family names,
    without the file's header: the given names are Harpreet and Amandeep for either sex (Singh
    or Kaur tells it) but for a few, so the sexes tell few of the given names; the words the
    file's whole names start with do."""
    rnd = random.Random(7)
    given = ["Harpreet", "Amandeep", "Manpreet", "Gurpreet", "Navdeep", "Jaspreet", "Sandeep",
             "Kamaljit", "Rajwinder", "Parminder", "Sukhwinder", "Jaswinder", "Baljit", "Kuldeep"]  # fmt: skip
    family = ["Gill", "Sandhu", "Sidhu", "Dhillon", "Grewal", "Brar", "Bains", "Mann", "Virk"]
    rows = []
    for k in range(400):
        f, sex = rnd.choice(family), rnd.choice("MF")
        g = rnd.choice(
            given
            + (["Simran", "Harleen", "Jasleen"] if sex == "F" else ["Ranjit", "Jagdeep", "Ajit"])
        )
        sk = "Singh" if sex == "M" else "Kaur"
        if k % 2:
            whole = f"{g} {sk} {f}" if rnd.random() < 0.6 else f"{g} {sk}"
            rows.append({"c1": whole, "c2": sex, "c3": None, "c4": None})
        else:
            last = rnd.choice([sk, f, f"{sk} {f}"])
            rows.append({"c1": None, "c2": None, "c3": g, "c4": last})
    roles = guess_settings(pd.DataFrame(rows)).roles
    assert roles.get("c3") == "first_name"
    assert roles.get("c4") == "last_name"


def test_a_gurmukhi_name_is_spelled_alike_by_its_latin_spellings():
    names = ["ਸੁਖਵਿੰਦਰ", "Sukhwinder", "Harpreet", "ਰਾਜਵਿੰਦਰ ਕੌਰ", "Rajvinder Kaur Sidhu"]
    names += ["Rajinder Kaur", "ਸਿੰਘ", "Sandhu"]
    u = np.array([fold(v) for v in names], dtype=object)
    alike = spelled_alike(np.array([0, 0, 6]), np.array([1, 2, 7]), u)
    assert alike.tolist() == [True, False, False]  # (not Harpreet, nor Singh and Sandhu)
    words = words_spelled_alike(np.array([3, 3]), np.array([4, 5]), u)
    assert words.tolist() == [True, False]  # (Rajinder is no Rajvinder)


def sikh_records():
    """A matrimonial site's whole names with the sex beside a telco's given and last names."""
    from tekil.records import prepare

    rnd = random.Random(5)
    family = ["Gill", "Sandhu", "Sidhu", "Dhillon", "Grewal", "Brar", "Bains", "Mann", "Sekhon"]
    given = ["Harpreet", "Amandeep", "Manpreet", "Gurpreet", "Navdeep", "Jaspreet"]
    rows = []
    for k in range(300):
        sex = rnd.choice("MF")
        sk = "Singh" if sex == "M" else "Kaur"
        g, f = rnd.choice(given), rnd.choice(family)
        if k % 2:
            rows.append({"full_name": f"{g} {sk}", "gender": sex})
        else:
            last = rnd.choice([sk, f, f"{sk} {f}", "Ivanova" if sex == "F" else "Ivanov"])
            rows.append({"first_name": g, "last_name": last})
    df = pd.DataFrame(rows).reset_index(names="id")
    return prepare(df, guess_settings(df, id_column="id"), df["id"].to_numpy())


def test_singh_and_kaur_are_names_of_one_sex_that_stand_beside_family_names():
    """A matrimonial site's whole names with the sex beside a telco's given and last names
    (``Singh``, ``Gill``, ``Singh Gill``): Singh and Kaur are one sex's each and stand before
    many family names, so one record's "Singh" against another's "Sekhon" is no evidence; Gill,
    borne by both sexes, and a name of one sex that stands before no family name are none."""
    from tekil.compare import _sex_marks

    records = sikh_records()
    lone, holds = _sex_marks(records, records.fields["last_name"])
    uniques = list(records.fields["last_name"].uniques)
    assert lone[uniques.index("singh")] and lone[uniques.index("kaur")]
    assert not lone[uniques.index("gill")] and not lone[uniques.index("ivanova")]
    assert holds[uniques.index("kaur gill")] and not holds[uniques.index("sekhon")]
