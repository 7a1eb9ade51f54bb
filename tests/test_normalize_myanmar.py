"""Myanmar's values: NRC numbers in Burmese and Latin letters."""

import pandas as pd
import pytest

from tekil.inference import street_like
from tekil.normalize import free_id
from tekil.normalize.nrc import nrc


@pytest.mark.parametrize(
    "text",
    [
        "12/LAMANA(N)123456", "12/LaMaNa(N)123456", "12/La Ma Na (N) 123456", "12/LMN(N)123456",
        "12/LAMANAN123456", "12/LAMANA(Naing)123456", "12/lamana(naing)123456",
        "12/LAMANA (N) 123456", "၁၂/လမန(နိုင်)၁၂၃၄၅၆", "၁၂/လမနနိုင်၁၂၃၄၅၆", "၁၂/လမန(နိူင်)၁၂၃၄၅၆",
        "12/လမန(နိုင်)123456",
    ],
)  # fmt: skip
def test_an_nrc_reads_alike_however_written(text):
    assert nrc(text) == "12LMNN123456"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("12/OUKAMA(N)012345", "၁၂/ဥကမ(နိုင်)ဝ၁၂၃၄၅"),  # the letter wa typed for the zero
        ("12/UKAMA(N)012345", "12/OKM(N)012345"),
        ("12/THAKATA(N)654321", "၁၂/သကတ(နိုင်)၆၅၄၃၂၁"),
        ("12/HLATHAYA(N)111111", "12/LATHAYA(N)111111"),
        ("12/AHSANA(N)222222", "၁၂/အစန(နိုင်)၂၂၂၂၂၂"),
        ("9/CHAMATHA(N)333333", "၉/ချမသ(နိုင်)၃၃၃၃၃၃"),
        ("12/BAHANA(N)444444", "12/BHN(N)444444"),
        ("12/KAMAYA(E)555555", "၁၂/ကမရ(ဧည့်)၅၅၅၅၅၅"),
    ],
)
def test_burmese_and_latin_spellings_of_a_township_read_alike(a, b):
    assert nrc(a) == nrc(b) is not None


def test_the_kind_state_and_serial_tell_numbers_apart():
    assert nrc("12/LAMANA(N)123456") != nrc("12/LAMANA(E)123456")
    assert nrc("12/LAMANA(N)123456") != nrc("13/LAMANA(N)123456")
    assert nrc("12/LAMANA(N)123456") != nrc("12/KAMAYA(N)123456")


@pytest.mark.parametrize(
    "text",
    [
        "MB123456", "12/05/1985", "12/123456", "15/LAMANA(N)123456", "12/LAMANA(X)123456",
        "12/LAMANA(N)1234", "No. 12/3, Temple Rd", "S1234567D", "12/LAMANA(N)123456 extra",
    ],
)  # fmt: skip
def test_other_values_are_no_nrc(text):
    assert nrc(text) is None


def test_free_ids_read_nrcs_and_leave_other_ids_as_they_were():
    read = free_id(pd.Series(["12/LaMaNa(N)123456", "၁၂/လမန(နိုင်)၁၂၃၄၅၆", "MB123456", "12/3-A"]))
    assert read["value"].tolist() == ["12LMNN123456", "12LMNN123456", "MB123456", "123A"]
    assert read["tail"].tolist()[:2] == ["3456", "3456"]


def test_a_column_of_nrcs_is_no_street_address():
    values = pd.Series([f"12/THAKATA (N) {i:06d}" for i in range(300)])
    assert not street_like(values)
    streets = pd.Series([f"No. {i}, 3rd Street, Ward 5, Hlaing Township" for i in range(300)])
    assert street_like(streets)


# ------------------------------------------------------------------ Burmese script
from tekil.normalize import name  # noqa: E402
from tekil.normalize.burmese import (  # noqa: E402
    burmese_latin,
    burmese_syllables,
    burmese_title,
    unicode_burmese,
    zawgyi,
)
from tekil.normalize.latin import latin  # noqa: E402
from tekil.normalize.text import fold  # noqa: E402


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("ေအာင္ေက်ာ္", "အောင်ကျော်"), ("ျမင့္", "မြင့်"), ("သႏၱာ", "သန္တာ"), ("မ်ိဳး", "မျိုး"),
        ("ေဒၚခင္ျမ", "ဒေါ်ခင်မြ"), ("လႈိင္", "လှိုင်"), ("ထြန္း", "ထွန်း"),
    ],
)  # fmt: skip
def test_zawgyi_is_read_as_unicode(typed, text):
    assert zawgyi(typed)
    assert unicode_burmese(typed) == text


@pytest.mark.parametrize(
    "text", ["အောင်ကျော်မင်း", "မြင့်", "သန္တာ", "ဒေါ်ခင်မြ", "ကြည်", "လှိုင်", "ထွန်း", "abc", ""]
)
def test_unicode_burmese_and_other_text_are_left_as_they_are(text):
    assert not zawgyi(text)
    assert unicode_burmese(text) == text


def test_a_names_syllables_are_its_words():
    assert burmese_syllables("အောင်ကျော်မင်း") == "အောင် ကျော် မင်း"
    assert burmese_syllables("ခင်သန္တာ") == "ခင် သန္တာ"  # a stacked syllable stays with its own
    assert burmese_syllables("မြင့်မြင့်") == "မြင့် မြင့်"
    assert burmese_syllables("ေအာင္ေက်ာ္") == "အောင် ကျော်"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("အောင် ကျော် မင်း", "aung kyaw min"), ("ထွန်း", "htun"), ("လှိုင်", "hlaing"),
        ("သိန်း", "thein"), ("နိုင်", "naing"), ("ထက်", "htet"), ("ဝင်း", "win"), ("ခင်", "khin"),
        ("ဇော်", "zaw"), ("ဖြိုး", "phyo"), ("ချို", "cho"), ("ငြိမ်း", "nyein"), ("နွယ်", "nwe"),
        ("ကြည်", "kyi"), ("မြ", "mya"), ("ဦး", "u"), ("ဆွေ", "hswe"), ("ေအာင္ေက်ာ္", "aung kyaw"),
    ],
)  # fmt: skip
def test_burmese_reads_in_latin_letters_as_names_are_spelt(text, reading):
    assert burmese_latin(text) == reading
    assert latin(fold(text)) == reading


def test_other_scripts_read_as_before():
    assert latin(fold("สมชาย เก่ง")) == "somchai keng"  # (Thai by its syllables)
    assert latin(fold("Aung Kyaw")) == "aung kyaw"
    assert burmese_latin("Aung") == "Aung"


def test_forms_of_address_before_a_burmese_name_are_dropped():
    assert burmese_title("ဦး အောင် ကျော်") == "အောင် ကျော်"
    assert burmese_title("ဒေါ် ခင် မြ") == "ခင် မြ"
    assert burmese_title("ဒေါက် တာ ထွန်း ထွန်း") == "ထွန်း ထွန်း"
    assert burmese_title("နော် စု စု") == "စု စု"
    assert burmese_title("ကို ကို နိုင်") == "ကို နိုင်"  # one only: Ko is a name's syllable too
    assert burmese_title("မောင်") == "မောင်"  # no name left: a name
    assert burmese_title("မြင့် မြင့်") == "မြင့် မြင့်"  # မ is a name's first letter here


def test_burmese_names_read_with_their_syllables_as_words():
    read = name(pd.Series(["ဦးအောင်ကျော်မင်း", "ေအာင္ေက်ာ္မ်ိဳး", "မဖြူဖြူ", "ခင်သန္တာ"]))
    assert read["value"].tolist() == ["အောင် ကျော် မင်း", "အောင် ကျော် မျိုး", "ဖြူ ဖြူ", "ခင် သန္တာ"]


# ------------------------------------------------------------------ Burmese names in Latin letters
from tekil.normalize.names import whole_name_arguments, writes_burmese_titles  # noqa: E402


def test_a_column_that_writes_burmese_titles_drops_them_before_latin_names():
    names = pd.Series(["U Aung Kyaw", "Daw Khin Mya", "Ko Min Min", "Ma Su Su", "Mg Thu Ya",
                       "Saw Htoo Htoo", "Daw Naw Paw", "Aung Aung", "Ko Ko Naing"] * 5)  # fmt: skip
    arguments = whole_name_arguments(names)
    assert arguments.get("burmese")
    read = name(names, **arguments)["value"].tolist()[:9]
    assert read == ["aung kyaw", "khin mya", "min min", "su su", "thu ya", "htoo htoo", "paw",
                    "aung aung", "ko naing"]  # fmt: skip


@pytest.mark.parametrize(
    "texts",
    [
        ["Ko Eun-ji", "Ma Long", "Ma Yun", "Kim Min-ji", "Ko Seung-hoon"],  # Korean, Chinese
        ["U. Schmidt", "U. Meier", "Ulrich Müller"],  # an initial
        ["John Smith", "Mary Jones"],
        ["U Thant"],  # one alone says nothing
    ],
)
def test_other_columns_keep_ko_and_ma(texts):
    assert not writes_burmese_titles(texts)
    assert name(pd.Series(["Ma Long", "Ko Eun-ji"]))["value"].tolist() == ["ma long", "ko eun ji"]


# ------------------------------------------------------------------ dates
from tekil.normalize import date  # noqa: E402


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("၁၉၉၇ ခုနှစ် ဒီဇင်ဘာလ ၁၉ ရက်", "1997-12-19"), ("၁၉၉၇ ခုနှစ်၊ မေလ ၉ ရက်နေ့", "1997-05-09"),
        ("၁၅ မတ် ၁၉၈၅", "1985-03-15"), ("1985 ခုနှစ် သြဂုတ်လ 3 ရက်", "1985-08-03"),
        ("၁၉-၁၀-၁၉၅၂", "1952-10-19"), ("၁၉၈၅ ခုနှစ်", "1985"),
    ],
)  # fmt: skip
def test_dates_written_out_in_burmese(text, value):
    assert date(pd.Series([text]))["value"].tolist() == [value]


@pytest.mark.parametrize(
    "text",
    [
        "၁၉၈၅ ခုနှစ် တန်ခူးလ ၅ ရက်",  # a month of the Myanmar calendar: no Gregorian one
        "မေ",  # a month alone (and a name)
        "အောင်ကျော် ၁၉၈၅",
    ],
)
def test_other_burmese_is_no_date(text):
    assert date(pd.Series([text]))["reason"].tolist() == ["unparseable"]


# ------------------------------------------------------------------ roles from values
from tekil.inference import _several, _value_words  # noqa: E402


def test_a_burmese_names_syllables_are_its_words_to_tell_a_whole_name():
    assert _value_words("ဦးအောင်ကျော်မင်း") == ["ဦး", "အောင်", "ကျော်", "မင်း"]
    assert _value_words("Aung Kyaw") == ["aung", "kyaw"]
    names = pd.Series(["အောင်ကျော်မင်း", "ခင်မြ", "ေအာင္ေက်ာ္"] * 10)
    assert _several(names) == 1.0
    assert _several(pd.Series(["Yangon", "Mandalay"] * 10)) == 0.0


# ------------------------------------------------------------------ loose spellings
import numpy as np  # noqa: E402

from tekil.normalize.burmese import loose_burmese  # noqa: E402
from tekil.similarity import burmese_readings  # noqa: E402


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("nway", "nwe"), ("htoon", "tun"), ("linn", "lin"), ("thane", "thein"), ("hlaine", "hlaing"),
        ("phyoe", "phyo"), ("pyo", "phyo"), ("hsu", "su"), ("thandar", "thanda"), ("aong", "aung"),
        ("kyau", "kyaw"), ("nyee", "nyi"), ("htett", "htet"), ("mg thu", "maung thu"),
    ],
)  # fmt: skip
def test_romanisations_of_one_burmese_name_read_alike(a, b):
    assert loose_burmese(a) == loose_burmese(b)


@pytest.mark.parametrize(("a", "b"), [("aung", "min"), ("khin", "khaing"), ("thu", "thet")])
def test_other_burmese_names_stay_apart(a, b):
    assert loose_burmese(a) != loose_burmese(b)


def test_loose_readings_only_where_burmese_names_are_written():
    readings, burmese = burmese_readings(
        np.array(["nway cho", "nwe cho", "ခင်မြ", "ထွန်း"], dtype=object)
    )
    assert readings is not None and burmese[:-1].all() and not burmese[-1]
    assert readings[0] == readings[1] == "nwe cho"
    # A file of names in other letters keeps its spellings: "Rachel" is no "Rachael".
    readings, burmese = burmese_readings(np.array(["rachel", "rachael", "mae"], dtype=object))
    assert readings is None and not burmese.any()
