import numpy as np
import pandas as pd

from tekil.compare import _written_as
from tekil.inference import ethiopian_dates
from tekil.normalize.addresses import city
from tekil.normalize.dates import date
from tekil.normalize.latin import latin
from tekil.normalize.names import name
from tekil.normalize.text import fold
from tekil.records import Field
from tekil.settings import role_from_name


def test_amharic_column_names():
    # A given name, the father's (the second name) and the grandfather's (the third).
    assert role_from_name("ስም") == "first_name"
    assert role_from_name("የአባት ስም") == "middle_name"
    assert role_from_name("የአያት ስም") == "last_name"
    assert role_from_name("የትውልድ ዘመን") == role_from_name("የትውልድ ቀን") == "dob"
    assert role_from_name("ጾታ") == "gender"
    assert role_from_name("ስልክ") == "phone"
    assert role_from_name("የደንበኛ ቁጥር") == "ignore"  # the customer number: the row's own


def test_ethiopian_calendar_dates():
    # Tahsas 12, 1977 is 21 December 1984; Pagume (month 13) has 6 days in 2015, its new year
    # was 12 September 2023; a year alone is the Gregorian year that holds most of it.
    v = pd.Series(["12/04/1977 E.C.", "12/04/1977 ዓ.ም", "1977-04-12 EC", "06/13/2015 E.C.",
                   "07/13/2015 E.C.", "01/01/2016 ዓ.ም", "1977 ዓ.ም", "7 Dec 1985", "12/04/1977"])  # fmt: skip
    assert date(v)["value"].tolist() == [
        "1984-12-21", "1984-12-21", "1984-12-21", "2023-09-11", pd.NA, "2023-09-12", "1985",
        "1985-12-07", "1977-04-12",
    ]  # fmt: skip
    # In a column that marks some so, the unmarked dates are of that calendar too.
    assert date(v, ethiopian=True)["value"].iloc[-1] == "1984-12-21"


def test_a_column_of_ethiopian_dates_is_told_by_its_marks():
    bank = pd.Series(["12/04/1977 E.C.", "23/11/1980", "05/02/1969", "02/10/1983 ዓ.ም"] * 10)
    europe = pd.Series(["12/04/1977", "23/11/1980", "7 Dec 1985", "1985-12-07"] * 10)
    assert ethiopian_dates(bank) and not ethiopian_dates(europe)


def test_ethiopic_script_in_latin_letters():
    # Each syllable its consonant and vowel, as Latin spellings write Amharic names.
    assert latin(fold("ሰላማዊት ተስፋዬ")) == "selamawit tesfaye"
    assert latin("ገብረማርያም") == "gebremaryam"
    assert latin("አበበ ከበደ") == "abebe kebede"  # the first order after a glottal stop: a
    assert latin("ግርማ ሀብታሙ") == "girma habtamu"  # a sixth order opening a word: i
    assert latin("ጌታቸው ፀጋዬ") == "getachew tsegaye"


def test_a_father_name_kept_as_the_middle_name_is_met_in_another_script():
    # Bank: HAILEMARIAM DANIEL TILAHUN; wallet: ኃይለማርያም ዳንኤል, the father's name last.
    middle = Field(
        "middle", "middle_name", np.array([0, -1]), np.array(["daniel"], dtype=object), ["m"]
    )
    family = Field("last_name", "last_name", np.array([1, 0]), np.array(["ዳንኤል", "tilahun"], dtype=object), ["l"])  # fmt: skip
    assert _written_as(middle, family, np.array([0]), np.array([1])).tolist() == [True]


def test_a_compound_abbreviated_with_a_point_before_a_saints_name():
    # "T.Giorgis" is Teklegiorgis; an initial and a space before a name stays an initial.
    v = pd.Series(["ALMAZ SHIFERAW T.GIORGIS", "G.Medhin", "H. Michael Smith", "J.Smith"])
    assert name(v)["value"].tolist() == [
        "almaz shiferaw teklegiorgis", "gebremedhin", "h michael smith", "j smith",
    ]  # fmt: skip


def test_ethiopian_compound_names_are_one_word():
    # G/ is Gebre, W/ Wolde, H/ Haile, T/ Tekle; "Gebre Mariam" is Gebremariam; in Ge'ez too.
    v = pd.Series(["G/Mariam", "Meseret G/MARIAM", "Gebre Egziabher", "W/Giorgis", "ገ/ማርያም",
                   "ገብረ ማርያም", "Haile Gebreselassie", "Sunita w/o Ramesh", "Tekle Berhan"])  # fmt: skip
    assert name(v)["value"].tolist() == [
        "gebremariam", "meseret gebremariam", "gebreegziabher", "woldegiorgis", "ገብረማርያም",
        "ገብረማርያም", "haile gebreselassie", "sunita ramesh", "tekle berhan",  # w/o: wife of
    ]  # fmt: skip


def test_a_districts_number_is_its_own_not_a_turkish_plate():
    # Woreda 06 of Addis Ababa is no Ankara (the plate code 06 of a Turkish city column).
    assert city(pd.Series(["06", "09", "Bole"]), numbered=True)["value"].tolist() == [
        "6",
        "9",
        "bole",
    ]
    assert city(pd.Series(["06"]))["value"].tolist() == ["ankara"]
