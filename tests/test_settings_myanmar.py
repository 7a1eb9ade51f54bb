"""Column names of Myanmar systems: Burmese ones and the English ones of their IT."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("အမည်", "full_name"), ("အမည်(အင်္ဂလိပ်)", "full_name"), ("ချေးသူအမည်", "full_name"),
        ("ဖောက်သည်အမည်", "full_name"), ("အဖအမည်", "father_name"), ("ဖခင်အမည်", "father_name"),
        ("မိခင်အမည်", "mother_name"), ("မှတ်ပုံတင်အမှတ်", "free_id"), ("မှတ်ပုံတင်", "free_id"),
        ("နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်", "free_id"), ("NRC No", "free_id"), ("nrc_no", "free_id"),
        ("NRC_NUMBER", "free_id"), ("မွေးသက္ကရာဇ်", "dob"), ("မွေးနေ့", "dob"), ("အသက်", "age"),
        ("ဖုန်းနံပါတ်", "phone"), ("ဆက်သွယ်ရန်ဖုန်း", "phone"), ("နေရပ်လိပ်စာ", "address"),
        ("လိပ်စာ", "address"), ("ရပ်ကွက်/ကျေးရွာ", "district"), ("မြို့နယ်", "city"),
        ("ကျား/မ", "gender"),
    ],
)  # fmt: skip
def test_a_burmese_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # A husband's or a guarantor's name and phone are someone else's; a loan's, an
        # account's or a customer's number a system's own.
        "ခင်ပွန်း/အဖအမည်", "ခင်ပွန်းအမည်", "အာမခံသူအမည်", "အာမခံသူဖုန်း", "ငွေလက်ခံသူအမည်",
        "ဖောက်သည်အမှတ်", "ချေးငွေအမှတ်", "အကောင့်နံပါတ်",
    ],
)  # fmt: skip
def test_someone_elses_and_a_systems_own_columns_are_ignored(column):
    assert role_from_name(column) == "ignore"


@pytest.mark.parametrize("column", ["မြို့", "အမှတ်", "မ"])
def test_short_words_are_left_to_the_values(column):
    # "မြို့" (a town) folds to one letter without its marks, as "မ" (a woman's honorific) does.
    assert role_from_name(column) is None
