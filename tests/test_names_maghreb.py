"""Names of the Maghreb and Egypt: Arabic letters against French and English spellings."""

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.nicknames import nickname_groups, same_group
from tekil.normalize.latin import skeletons
from tekil.normalize.names import name, whole_name_arguments
from tekil.normalize.text import fold
from tekil.records import prepare, read_whole_name
from tekil.settings import Settings
from tekil.similarity import spelled_alike


def alike(arabic: str, latin: str) -> bool:
    return bool(skeletons(fold(arabic)) & skeletons(fold(latin)))


def test_names_in_arabic_letters_meet_their_french_and_english_spellings():
    for arabic, spellings in {
        # the article written, left out or as the next consonant doubled
        "الإدريسي": ["El Idrissi", "Idrissi", "El-Idrissi"],
        "التازي": ["Tazi", "Ettazi"],
        "عبد القادر": ["Abdelkader", "Abd El Kader", "Abdel-Kader"],
        "عبد الرحمن": ["Abderrahmane", "Abdel Rahman", "Abdelrahman"],
        # ch for ش, dj and the Egyptian g for ج, k for ق, c for س
        "شريف": ["Chérif", "Cherif", "Sherif"],
        "جمال": ["Djamel", "Jamal", "Gamal"],
        "طارق": ["Tarek", "Tariq", "Tarik"],
        "بلقاسم": ["Belkacem", "Belgacem"],
        "يوسف": ["Youcef", "Youssef", "Yusuf"],
        # a short i that Arabic letters leave unwritten; a last h that is ح
        "خالد": ["Khalid", "Khaled"],
        "هشام": ["Hicham", "Hisham", "Hichem"],
        "فاطمة": ["Fatima", "Fatma"],
        "صلاح": ["Salah"],
        # a French ou after the first consonant: a short u left unwritten, or و
        "هدى": ["Houda", "Huda"],
        "مراد": ["Mourad", "Murad"],
        "منير": ["Mounir"],
        "نور": ["Nour"],
    }.items():
        assert all(alike(arabic, s) for s in spellings), arabic
    # names that differ in a written letter stay apart
    assert not alike("احمد", "Hamid") and not alike("محمد", "Mahmoud")
    assert not alike("حسن", "Hussein") and not alike("خالد", "Khalil")
    assert not alike("محمد", "Mahmoud") and not alike("مراد", "Mouloud")  # a later ou is و


def test_an_arabic_family_name_and_its_spelling_without_the_article_compare_as_close():
    uniques = np.array(["الادریسی", "idrissi", "العمرانی", "amrani", "alaoui"], dtype=object)
    a, b = np.array([0, 2, 0, 4]), np.array([1, 3, 3, 2])
    assert spelled_alike(a, b, uniques).tolist() == [True, True, False, False]


def whole(text: str) -> list:
    """A whole name's folded value, given and family names as a column of such names reads them."""
    out = name(pd.Series([text]), hyphenated_words=True, family_in_capitals=True).iloc[0]
    return [None if pd.isna(v) else v for v in out[["value", "given", "family"]]]


def test_arabic_compound_names_are_one_name_however_written():
    # "Servant of" one of God's names, and "... of the faith": one name each.
    assert whole("IMAN ABD EL KADER SAEED") == ["iman abdelkader saeed", "iman abdelkader", "saeed"]
    assert whole("Aisha Abdel Rahman") == ["aisha abdelrahman", "aisha", "abdelrahman"]
    assert whole("Abdel-Kader Benali")[0] == whole("Abdelkader Benali")[0] == "abdelkader benali"
    assert whole("Salah El Din Hassan")[1:] == ["salaheldin", "hassan"]
    assert whole("Salah Eddine Ben Ali")[1:] == ["salaheddine", "ben ali"]
    assert whole("عبد القادر بن علي")[0] == whole("عبدالقادر بن علي")[0]
    # an article of a family name stays apart, and a name that is no compound stays as it was
    assert whole("Ali El Amrani")[1:] == ["ali", "el amrani"]
    assert whole("Abdou Diouf")[1:] == ["abdou", "diouf"]


def test_the_pilgrims_title_is_no_name():
    assert whole("Hajja Hiba")[0] == "hiba"
    assert whole("HADJ Mohamed BENALI")[1:] == ["mohamed", "benali"]
    assert whole("الحاج محمد العلوي")[0] == fold("محمد العلوي")
    assert whole("Ali Hadj")[1:] == ["ali", "hadj"]  # a family name after a given one


def test_a_family_name_written_first_in_lower_case_keeps_its_particle():
    # "ben-ali rachid", "el-idrissi sarah" as a care desk types them: the records' own given
    # and family names show the last word a given name, the second a family name's word.
    words = {"ali": 0.8, "idrissi": 0.9, "rachid": -0.9, "sarah": -0.9}
    assert read_whole_name("ben ali", "rachid", words) == ("rachid", "ben ali")
    assert read_whole_name("el idrissi", "sarah", words) == ("sarah", "el idrissi")


def test_a_name_in_arabic_letters_shares_its_words_with_a_longer_latin_one():
    # An Egyptian's given name, and the same with the father's and grandfather's, one in each
    # script: the words of the shorter are all in the longer, as "zainab" and "zainab said".
    df = pd.DataFrame(
        {"first": ["زينب", "Zainab Said", "طارق محمود", "Tarek Mahmoud Ibrahim", "Tarek Ali"]}
    )
    records = prepare(df, Settings(roles={"first": "first_name"}), np.arange(len(df)))
    lv = levels_of(records, [0, 2, 2], [1, 3, 4])
    assert lv["first_name"] == ["tokens_shared", "tokens_shared", "else"]


def test_med_and_mohd_are_mohamed_written_short():
    names = ["mohamed", "med", "mohd", "muhammad", "mahmoud"]
    groups = nickname_groups(names)
    assert same_group(groups, [0, 3, 0], [1, 2, 4]).tolist() == [True, True, False]


def test_an_arabic_particle_and_one_word_are_a_family_name_alone():
    assert whole("Monsieur El Hassani") == ["el hassani", None, "el hassani"]
    assert whole("Latifa Ould Abbes")[1:] == ["latifa", "ould abbes"]
    assert whole("Ali Ait Ali")[1:] == ["ali", "ait ali"]
    assert whole("Van Dyke")[1:] == ["van", "dyke"]  # Van, Ben and Al may be given names


def test_bani_before_a_family_name_is_of_the_family_name():
    # A tribe's name as the family name, as Jordanian and Gulf names write it ("Bani Hani",
    # "بني ياس"): all of it the family name, not Ahmed Bani of the Hani family.
    assert whole("Ahmed Bani Hani")[1:] == ["ahmed", "bani hani"]
    assert whole("محمد بني ياس")[1:] == ["محمد", "بنی یاس"]
    assert whole("بنو حنيفة")[1:] == [None, "بنو حنیفة"]  # (never a given name in Arabic)
    assert whole("Bani Das")[1:] == ["bani", "das"]  # (a Bengali given name first)


def test_ben_and_al_alone_before_a_word_are_a_family_name_where_names_hold_them_inside():
    maghreb = pd.Series(
        ["Karim Ben Ali", "Sami Ben Salah", "M. Ben Moussa", "Ben Salah", "Eman Al Sayed",
         "Omar Al Sayed", "Al Sayed", "Yacine Haddad"]
    )  # fmt: skip
    arguments = whole_name_arguments(maghreb)
    assert arguments["family_particles"] == ["al", "ben"]
    read = name(maghreb, **arguments)
    assert read.loc[[3, 6], "family"].tolist() == ["ben salah", "al sayed"]
    assert read.loc[[3, 6], "given"].isna().all()
    assert read.loc[0, ["given", "family"]].tolist() == ["karim", "ben ali"]
    # Where names never hold them inside, Ben and Al are given names: Ben Smith, Al Green.
    english = pd.Series(["Ben Smith", "Ben Jones", "Mary Ann Smith", "Al Green", "John Smith"])
    arguments = whole_name_arguments(english)
    assert "family_particles" not in arguments
    read = name(english, **arguments)
    assert read["given"].tolist()[:2] == ["ben", "ben"] and read["given"][3] == "al"


def test_m_before_a_name_is_monsieur_in_a_column_that_writes_mme_and_mlle():
    french = pd.Series(["Mme Alaoui", "M. Benali", "Karim Tazi", "Mlle Nadia", "M. Karim Tazi"])
    arguments = whole_name_arguments(french)
    assert arguments["monsieur"]
    read = name(french, **arguments)
    assert read["value"].tolist() == ["alaoui", "benali", "karim tazi", "nadia", "karim tazi"]
    # Elsewhere an M. is an initial (Michael Smith, Marie Curie).
    english = pd.Series(["M. Smith", "John Smith", "Mrs Jones", "Ann Lee"])
    arguments = whole_name_arguments(english)
    assert "monsieur" not in arguments
    assert name(english, **arguments)["value"][0] == "m smith"


def test_a_family_name_that_is_a_word_of_the_others_given_names_is_no_difference():
    # "Zainab Said": her given name and her father's, the family name left out, against the
    # bank's four names; in Arabic letters too. A family name of its own still differs.
    roles = {"first": "first_name", "last": "last_name"}
    df = pd.DataFrame(
        {
            "first": ["Zainab Said", "Zainab", "Zainab", "Zainab"],
            "last": ["Farouk", "Said", "سعيد", "Mansour"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    assert levels_of(records, [0, 0, 0], [1, 2, 3])["last_name"] == ["null", "null", "else"]
