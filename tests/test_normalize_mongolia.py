import numpy as np
import pandas as pd

from tekil.settings import _receivers, role_from_name


def test_mongolian_column_names():
    # Mongolian systems name their columns in Cyrillic or in its Latin letters: "Овог" is the
    # patronymic Mongolians write where others write a family name, "Нэр" the given name.
    names = {
        "Овог": "last_name",
        "Нэр": "first_name",
        "Ovog": "last_name",
        "Ner": "first_name",
        "Эцэг /эх/-ийн нэр": "last_name",
        "Овог нэр": "full_name",
        "Регистрийн дугаар": "free_id",
        "РД": "free_id",
        "RD": "free_id",
        "Төрсөн огноо": "dob",
        "Төрсөн он сар өдөр": "dob",
        "Tursun_ognoo": "dob",
        "Хүйс": "gender",
        "Гар утас": "phone",
        "Гэрийн утас": "phone",
        "Утасны дугаар": "phone",
        "Хаяг": "address",
        "Гэрийн хаяг": "address",
        "Hayag": "address",
        "И-мэйл": "email",
        "Дүүрэг": "district",
        "Хороо": "district",
        "Аймаг": "region",
        "외국인등록번호": "free_id",
    }
    assert {c: role_from_name(c) for c in names} == names
    # a system's own customer, policy or contract number; the clan name a family shares
    for own in ("Харилцагчийн код", "Даатгуулагчийн дугаар", "Гэрээний дугаар", "Ургийн овог"):
        assert role_from_name(own) == "ignore"


def test_mongolian_someone_elses_columns():
    # an emergency contact's name and phone, a beneficiary's, a spouse's are someone else's
    for other in (
        "Яаралтай үед холбоо барих",
        "Яаралтай үед холбоо барих утас",
        "Ашиг хүртэгч",
        "Ашиг хүртэгчийн утас",
        "Холбоо барих хүний утас",
        "Эхнэрийн нэр",
        "Нөхрийн утас",
        "Батлан даагчийн утас",
        "Хэн болох",
    ):
        assert role_from_name(other) == "ignore", other
    # a parent's given name is a parent's
    assert role_from_name("Аавын нэр") == "father_name"
    assert role_from_name("Ээжийн нэр") == "mother_name"
    # a "contact phone" is the person's own on one form, a contact's on another: its values tell
    assert role_from_name("Холбоо барих утас") is None
    # a Korean transfer's receiver is weighed as someone else's, the customer's phone is not
    assert _receivers("수취인") and _receivers("수취인 연락처")
    assert not _receivers("휴대폰")


def test_registry_numbers_in_either_script_are_one():
    from tekil.normalize.ids import free_id
    from tekil.normalize.mongolian_register import register_number

    # Cyrillic, a clerk's Latin, lower case, a space or a dash: one number
    same = ["УБ89031512", "UB89031512", "уб 89031512", "УБ-89031512", "ub89031512"]
    assert {register_number(v) for v in same} == {"UB89031512"}
    # letters of several Latin spellings: Х as KH, H or X; Ч as CH; Ө and Ү as O, U, OE, UE
    assert {
        register_number(v) for v in ("ХӨ05281234", "KHO05281234", "HU05281234", "XOE05281234")
    } == {"HU05281234"}
    assert register_number("ЧҮ76020187") == register_number("CHUE76020187") == "CU76020187"
    # born in 2000 or later: twenty added to the month
    assert register_number("УБ05320312") == "UB05320312"
    read = free_id(pd.Series(["УБ89031512", "UB89031512", "ТЙ99060308", "TI99060308"]))
    assert read["value"].tolist() == ["UB89031512", "UB89031512", "TI99060308", "TI99060308"]


def test_other_numbers_are_no_registry_numbers():
    from tekil.normalize.mongolian_register import register_number

    for other in (
        "89031512",  # digits alone
        "AB1234567",  # a passport: seven digits
        "КВ123456",  # a Ukrainian passport
        "УБ89131512",  # month 13: no birth date
        "УБ89030012",  # day 0
        "УБВГ89031512",  # four Cyrillic letters
        "M12345678",  # one letter
        "950324-6132718",  # a Korean registration number
        "УBБ89031512",  # scripts mixed
    ):
        assert register_number(other) is None, other


#: Fathers' names and their genitives, as Mongolian patronymics write them.
_FATHERS = {
    "Бат": "Батын", "Болд": "Болдын", "Дорж": "Доржийн", "Батбаяр": "Батбаярын",
    "Ганбаатар": "Ганбаатарын", "Энхбаяр": "Энхбаярын", "Цэцэгмаа": "Цэцэгмаагийн",
    "Тэмүүлэн": "Тэмүүлэнгийн", "Бат-Эрдэнэ": "Бат-Эрдэнийн", "Мөнхбат": "Мөнхбатын",
    "Ганзориг": "Ганзоригийн", "Сүхбаатар": "Сүхбаатарын", "Очирбат": "Очирбатын",
    "Нямдорж": "Нямдоржийн", "Билгүүн": "Билгүүний", "Төгөлдөр": "Төгөлдөрийн",
    "Хүрэлбаатар": "Хүрэлбаатарын", "Батжаргал": "Батжаргалын", "Ганхуяг": "Ганхуягийн",
    "Отгонбаяр": "Отгонбаярын", "Эрдэнэбат": "Эрдэнэбатын", "Ганболд": "Ганболдын",
    "Энхтөр": "Энхтөрийн", "Пүрэвдорж": "Пүрэвдоржийн", "Цогтбаяр": "Цогтбаярын",
}  # fmt: skip


def _patronymic_levels(pairs: list[tuple[str, str]], given: str = "Болормаа") -> list[str]:
    from compare_checks import levels_of
    from tekil.records import prepare
    from tekil.settings import Settings

    rows = [name for pair in pairs for name in pair]
    df = pd.DataFrame({"first": [given] * len(rows), "last": rows})
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    return levels_of(recs, list(range(0, len(rows), 2)), list(range(1, len(rows), 2)))["last_name"]


def test_a_patronymic_in_the_genitive_is_its_fathers_name():
    # Батын, Batyn, Batiin and Бат are one patronymic where a file writes them so
    pairs = [(gen, nom) for nom, gen in _FATHERS.items()]
    pairs += [
        ("Batyn", "Бат"),
        ("Dorjiin", "Дорж"),
        ("Tsetsegmaagiin", "Цэцэгмаа"),
        ("Батын", "Bat"),
    ]
    levels = _patronymic_levels(pairs)
    assert set(levels) == {"exact"}, levels


def test_family_names_in_in_are_not_read_as_genitives():
    # Russian family names made of given names now and then (Никитин, Лукин) among many that
    # are not: no genitives, they stay other names than the given names
    pairs = [("Никитин", "Никита"), ("Лукин", "Лука"), ("Martin", "Marta")]
    pairs += [(f"{stem}ин", "Иван") for stem in ("Пушк", "Кузьм", "Ильюш", "Сорок", "Карп", "Зим")]
    pairs += [(f"{stem}ин", "Петр") for stem in ("Голов", "Бород", "Галк", "Рыбк", "Синиц", "Шишк")]
    levels = _patronymic_levels(pairs, given="Анна")
    assert "exact" not in levels[:3], levels


def test_a_registry_number_and_a_passport_are_two_kinds_of_id():
    from compare_checks import levels_of
    from tekil.records import prepare
    from tekil.settings import Settings

    # a remittance desk's passport number beside a bank's registry number: two kinds of id,
    # no evidence; two registry numbers, or two passports, that differ: two people
    df = pd.DataFrame(
        {
            "name": ["Bold", "Bold", "Bold", "Bold", "Bold"],
            "registry": ["УБ89031512", None, "УБ89031513", "ТД91021845", None],
            "passport": [None, "E1234567", None, None, "E7654321"],
        }
    )
    roles = {"name": "first_name", "registry": "free_id", "passport": "free_id"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    levels = levels_of(recs, [0, 0, 1], [1, 3, 4])["registry"]
    assert levels == ["null", "else", "else"], levels
    # one edit apart is a slip, whatever the kinds say
    assert levels_of(recs, [0], [2])["registry"] == ["one_edit"]
