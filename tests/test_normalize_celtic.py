"""Irish, Welsh and Scottish Gaelic names and dates: given names in two languages, Irish family
names in Irish and in English, the months' names."""

import numpy as np
import pandas as pd
import pytest

from tekil.nicknames import nickname_groups, same_group
from tekil.normalize.dates import date
from tekil.normalize.irish import english_forms
from tekil.similarity import irish_readings


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # One person's given name in English and in Irish, Welsh or Scottish Gaelic
        ("john", "sean", True), ("mary", "maire", True), ("patrick", "padraig", True),
        ("james", "seamus", True), ("david", "dafydd", True), ("john", "sion", True),
        ("jane", "sian", True), ("mary", "mair", True), ("john", "iain", True),
        ("james", "hamish", True), ("catherine", "caitriona", True), ("dermot", "diarmuid", True),
        # English spellings of Irish and Welsh names; Dai and Dave, both David's
        ("ciaran", "kieran", True), ("eoin", "owen", True), ("rhys", "reece", True),
        ("dai", "dave", True), ("dafydd", "dave", True), ("margaret", "mags", True),
        # Two names one Irish form stands for are not one another: Dónall is Donal, and was
        # written Daniel, but Donal is no Daniel; Siobhán is Joan, Sinéad Jane
        ("donal", "daniel", False), ("siobhan", "sinead", False), ("sean", "sion", False),
        ("aoife", "eva", False), ("kieran", "karen", False), ("owen", "john", False),
    ],
)  # fmt: skip
def test_given_names_in_two_languages(a, b, same):
    groups = nickname_groups([a, b])
    assert bool(same_group(groups, [0], [1])[0]) is same


@pytest.mark.parametrize(
    ("value", "forms"),
    [
        # A man's, a woman's, a married woman's form of one name
        ("o suilleabhain", ("osullivan",)), ("ni shuilleabhain", ("osullivan",)),
        ("bean ui shuilleabhain", ("osullivan",)), ("ui bhriain", ("obrien",)),
        ("mac carthaigh", ("mccarthy",)), ("nic carthaigh", ("mccarthy",)),
        ("mhic carthaigh", ("mccarthy",)),
        # An h before a vowel after Ó; Mac and Ó before one stem read otherwise
        ("o haodha", ("hughes", "hayes")), ("mac aodha", ("mchugh",)),
        ("o mathuna", ("omahony", "mahony")), ("mac mathuna", ("mcmahon",)),
        # Names without a prefix (a woman's lenited), Norman names after "de", two words
        ("breathnach", ("walsh",)), ("bhreathnach", ("walsh",)), ("de burca", ("burke", "bourke")),
        ("mac giolla phadraig", ("fitzpatrick",)),
        # Inside a whole name
        ("sean o murchu", ("sean murphy",)), ("maire ni bhriain", ("maire obrien",)),
    ],
)  # fmt: skip
def test_irish_family_names_in_english(value, forms):
    assert english_forms(value) == forms


@pytest.mark.parametrize(
    "value",
    # English forms, written with a space or not; a prefix before no Irish name (Chinese "Ni",
    # a Portuguese "de"); a prefix alone; "Bean" (a wife) before no name; "Paor" with no "de"
    ["osullivan", "o sullivan", "obrien", "murphy", "mccarthy", "mac carthy", "ni hao",
     "de barros", "mac", "o", "bean", "bean smith", "paor", "burca"],
)  # fmt: skip
def test_other_names_are_left(value):
    assert english_forms(value) == ()


def test_readings_per_distinct_value():
    values = np.array(["kelly", "ni cheallaigh", "o brien", "mac gabhann"], dtype=object)
    readings, irish = irish_readings(values)
    assert irish.tolist() == [False, True, False, True, False]
    assert [r.tolist() for r in readings] == [
        ["kelly", "kelly", "o brien", "mcgowan"],
        ["kelly", "okelly", "o brien", "smith"],
    ]
    assert irish_readings(np.array(["murphy", "o brien"], dtype=object))[0] == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Irish, Welsh and Scottish Gaelic months, Irish September and October two words, the
        # Irish genitives, a Welsh month mutated after "o", ordinals and the Irish article
        ("14 Márta 1985", "1985-03-14"), ("14 Marta 1985", "1985-03-14"),
        ("2 Meán Fómhair 1996", "1996-09-02"), ("3 Deireadh Fómhair 1960", "1960-10-03"),
        ("12 Samhna 1950", "1950-11-12"), ("25 Nollaig 1960", "1960-12-25"),
        ("an 14ú Márta 1985", "1985-03-14"), ("14 Mawrth 1985", "1985-03-14"),
        ("5 Chwefror 1990", "1990-02-05"), ("21 Hydref 1970", "1970-10-21"),
        ("7 Medi 1975", "1975-09-07"), ("3ydd o Fawrth 1985", "1985-03-03"),
        ("2 Ion 1990", "1990-01-02"), ("12 Faoilleach 1980", "1980-01-12"),
        # Other languages' months as before
        ("1 Mai 1999", "1999-05-01"), ("14 mar 1985", "1985-03-14"), ("14-Mar-1985", "1985-03-14"),
    ],
)  # fmt: skip
def test_celtic_month_names(text, iso):
    assert str(date(pd.Series([text]), dayfirst=True)["value"].iloc[0]) == iso


@pytest.mark.parametrize(
    # "Fómhair" alone is September's or October's; "Meán" no month; two months in one date
    "text",
    ["14 Fómhair 1985", "14 Meán 1985", "14 Márta Mawrth 1985", "1 am 1985"],
)
def test_what_no_month_name_tells_stays_unread(text):
    assert pd.isna(date(pd.Series([text]), dayfirst=True)["value"].iloc[0])


def test_northern_irish_landlines_dialled_from_the_republic():
    from tekil.normalize import phone

    # 048 and the eight digits of a Northern Irish landline, as dialled from the Republic, is
    # that line (+44 28 ...), as a British system writes it
    dialled = pd.Series(["048 9066 1234", "04890661234", "+353 48 9066 1234"])
    assert phone(dialled, region="IE")["value"].tolist() == ["+442890661234"] * 3
    assert phone(pd.Series(["028 9066 1234"]), region="GB")["value"].tolist() == ["+442890661234"]
    # Irish numbers of other lengths and other ranges stay Irish
    others = phone(pd.Series(["0489066123", "087 1234567", "(094) 936 1234"]), region="IE")
    assert others["value"].tolist() == ["+353489066123", "+353871234567", "+353949361234"]
