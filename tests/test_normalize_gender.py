"""Gender codes in many languages."""

import pandas as pd
import pytest

from normalizer_checks import assert_idempotent
from tekil.normalize import gender


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Kadın", "f"), ("E", "m"), ("female", "f"), ("M", "m"), ("Weiblich", "f"),
        ("männlich", "m"), ("Femme", "f"), ("Masculino", "m"), ("Feminino", "f"), ("V", "f"),
        ("H", "m"), ("Kobieta", "f"), ("Mężczyzna", "m"), ("Женский", "f"), ("мужской", "m"),
        ("Ж", "f"), ("2", "f"), ("1", "m"),
        # A salutation column's forms of address.
        ("Herr", "m"), ("Frau", "f"), ("Mr.", "m"), ("Mrs", "f"), ("Ms.", "f"), ("Mme", "f"),
        ("Sig.ra", "f"), ("Sig.", "m"), ("Herr Dr.", "m"), ("Dhr.", "m"), ("Mevr.", "f"),
        # Korean, Chinese and Japanese, Vietnamese, Indonesian, Filipino, Thai, Hindi, Arabic.
        ("남", "m"), ("여성", "f"), ("男", "m"), ("女性", "f"), ("Nam", "m"), ("Nữ", "f"),
        ("Laki-laki", "m"), ("Perempuan", "f"), ("Babae", "f"), ("ชาย", "m"), ("หญิง", "f"),
        ("पुरुष", "m"), ("महिला", "f"), ("ذكر", "m"), ("أنثى", "f"),
        # Indonesian codes (L: laki-laki, P: perempuan), Malay, Amharic, Swahili.
        ("L", "m"), ("P", "f"), ("Lelaki", "m"), ("ወንድ", "m"), ("ወ", "m"), ("ሴት", "f"),
        ("ሴ", "f"), ("Mwanamke", "f"), ("mwanaume", "m"),
        # Mongolian, Kazakh, Ukrainian, Greek, Hebrew, Georgian, Armenian.
        ("Эр", "m"), ("Эм", "f"), ("ЭРЭГТЭЙ", "m"), ("эмэгтэй", "f"), ("Ер", "m"), ("Әйел", "f"),
        ("Чоловіча", "m"), ("Жіноча", "f"), ("Άρρεν", "m"), ("Θήλυ", "f"), ("γυναίκα", "f"),
        ("זכר", "m"), ("נקבה", "f"), ("კაცი", "m"), ("ქალი", "f"), ("Արական", "m"), ("Իգական", "f"),
    ],
)  # fmt: skip
def test_gender_is_read_in_many_languages(written, code):
    assert gender(pd.Series([written])).loc[0, "value"] == code


def test_other_values_are_unparseable_and_none_is_lost():
    values = pd.Series(["divers", "Dr.", None, "x", "F", "Эмнэлэг"], index=[4, 3, 2, 1, 0, 5])
    out = gender(values)
    assert out["value"].tolist()[-2] == "f" and out.index.equals(values.index)
    assert out["reason"].tolist()[:4] == ["unparseable", "unparseable", "missing", "unparseable"]
    assert out["reason"].iloc[-1] == "unparseable"  # (a hospital, "эм" a medicine's start)
    assert_idempotent(gender, out)


@pytest.mark.parametrize("name", ["Anrede", "salutation", "Civilité", "Sexo", "Płeć", "Пол"])
def test_a_salutation_or_sex_column_is_the_gender(name):
    from tekil.settings import role_from_name

    assert role_from_name(name) == "gender"


@pytest.mark.parametrize(
    ("written", "code"),
    [("Lab", "m"), ("LAB", "m"), ("Wiil", "m"), ("Dheddig", "f"), ("dhedig", "f"),
     ("Naag", "f"), ("Gabar", "f")],
)  # fmt: skip
def test_somali_sex_is_read(written, code):
    """A Somali wallet's ``Jinsi``: ``Lab`` (male), ``Dheddig`` (female)."""
    assert gender(pd.Series([written])).loc[0, "value"] == code


def test_words_that_begin_as_somali_ones_are_no_sex():
    out = gender(pd.Series(["Labrador", "Laboratory", "Ninja", "Dhegdheer"]))
    assert out["reason"].tolist() == ["unparseable"] * 4
