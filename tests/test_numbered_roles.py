"""Roles read from the values alone, where a file's columns are numbered (a file read without
its header row, or with names in a language tekil does not know): several systems stacked in
one file, each with its own name columns."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

import tekil
from tekil.given_names import given_share, given_words, named_given_words
from tekil.inference import street_like

_MEN = ["Karl", "Uwe", "Hans", "Jörg", "Klaus", "Peter", "Dirk", "Sven", "Frank", "Horst", "Rolf"]
_WOMEN = ["Anna", "Petra", "Maria", "Heike", "Erika", "Karin", "Helga", "Jutta", "Silke", "Doris"]
_FAMILY = ["Müller", "Schmidt", "Koch", "Klein", "Wolf", "Braun", "Krause", "Lange", "Vogel",
           "Becker", "Weber", "Meyer", "Wagner", "Bauer", "Richter", "Neumann", "Schwarz",
           "Krüger", "Hartmann", "Lehmann", "Fuchs", "Keller", "Berger", "Roth", "Kuhn",
           "Pohl", "Engel", "Horn", "Busch", "Sauer"]  # fmt: skip


def _person(k: int) -> tuple[str, str, str]:
    """The ``k``-th person's given name, family name and sex."""
    male = k % 2 == 0
    names = _MEN if male else _WOMEN
    return names[(k // 2) % len(names)], _FAMILY[(k // 3) % len(_FAMILY)], "m" if male else "w"


def _registry(start: int, n: int) -> pd.DataFrame:
    """A hospital's records: family name, given name, a birth name now and then, the sex."""
    people = [_person(k) for k in range(start, start + n)]
    return pd.DataFrame(
        {
            "column_1": [f for _, f, _ in people],
            "column_2": [g for g, _, _ in people],
            "column_3": [_FAMILY[(k * 11) % 29] if k % 6 == 0 else None for k in range(n)],
            "column_4": [s for _, _, s in people],
        }
    )


def _unsexed(start: int, n: int) -> pd.DataFrame:
    """Another system's records: given name and family name in capitals, no sex."""
    people = [_person(k) for k in range(start, start + n)]
    return pd.DataFrame(
        {
            "column_5": [g.upper() for g, _, _ in people],
            "column_6": [f.upper() for _, f, _ in people],
        }
    )


def test_the_file_s_given_names_are_those_its_records_sexes_tell():
    df = _registry(0, 120)
    words = given_words(df, ["column_2"], ["column_4"])
    assert "karl" in words and "anna" in words and not words & {"muller", "koch"}
    assert given_share(pd.Series(["KARL", "PETRA", "MULLER", None]), words) == 2 / 3
    # A family name written first in a whole name is held by both sexes: no given name.
    whole = df.assign(column_2=df["column_1"] + " " + df["column_2"])
    assert not given_words(whole, ["column_2"], ["column_4"])


def test_a_system_without_a_sex_has_its_given_names_where_the_file_s_given_names_are():
    """A registry's given names in capitals, with no sex and no e-mail in its records, are the
    column holding the given names that a stacked hospital's records (which tell a sex) hold;
    its family names the column beside them."""
    df = pd.concat([_registry(0, 200), _unsexed(200, 200)], ignore_index=True)
    roles = tekil.guess_settings(df).roles
    assert roles["column_2"] == "first_name" and roles["column_1"] == "last_name"
    assert roles["column_5"] == "first_name" and roles["column_6"] == "last_name"


def test_a_system_without_a_sex_in_a_file_of_none_has_the_given_names_of_the_file_s_columns():
    """No record tells a sex: a web shop's given and family names are read off its e-mails,
    and a registry's, in capitals with no e-mail, are the columns holding the same words."""
    people = [_person(k) for k in range(200)]
    shop = pd.DataFrame(
        {
            "column_1": [g for g, _, _ in people],
            "column_2": [f for _, f, _ in people],
            "column_3": [f"{g}.{f}{k}@example.org".lower() for k, (g, f, _) in enumerate(people)],
        }
    )
    df = pd.concat([shop, _unsexed(200, 200)], ignore_index=True)
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "first_name" and roles["column_2"] == "last_name"
    assert roles["column_5"] == "first_name" and roles["column_6"] == "last_name"
    words = named_given_words(df, ["column_1", "column_5"], ["column_2", "column_6"])
    assert "karl" in words and not words & {"muller", "koch"}


def test_a_column_beside_few_given_names_is_no_family_name():
    """A birth name filled in one record in six, as near the given names as the family name,
    is not taken for the family name."""
    roles = tekil.guess_settings(_registry(0, 200)).roles
    assert roles["column_2"] == "first_name" and roles["column_1"] == "last_name"
    assert roles.get("column_3") != "last_name"


def test_a_middle_name_filled_in_few_records_is_no_given_name_though_it_tells_the_sex_better():
    """A wallet's first, middle and last names, where a clerk put the family name first in
    one record in five: the middle names, left blank in most records, tell the sex better
    than the first names do, but the given names are the column filled in every record."""
    rng = np.random.default_rng(0)
    men = [a + b for a in ("Kwa", "Ko", "Ya", "Ebo", "Kuu") for b in ("me", "fi", "ku", "si")]
    women = [a + b for a in ("Ama", "Efu", "Abe", "Adjo", "Aku") for b in ("a", "ya", "na", "ssi")]
    family = [a + b for a in ("Men", "Boa", "Asa", "Owu", "Ampo", "Dar")
              for b in ("sah", "teng", "nte", "ko", "fo")]  # fmt: skip
    sex = rng.choice(["m", "f"], 1200)
    given = [(men if s == "m" else women)[rng.integers(20)] for s in sex]
    middle = [(men if s == "m" else women)[rng.integers(20)] if rng.random() < 0.3 else None
              for s in sex]  # fmt: skip
    families = [family[rng.integers(30)] for _ in sex]
    swapped = rng.random(1200) < 0.2
    df = pd.DataFrame(
        {
            "column_1": np.where(swapped, families, given),
            "column_2": middle,
            "column_3": np.where(swapped, given, families),
            "column_4": sex,
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "first_name" and roles["column_3"] == "last_name"
    assert roles.get("column_2") != "first_name"


def test_another_system_s_family_names_beside_a_shared_given_name_column():
    """Two systems stacked whose given names fell into one column, each with its own family
    name column: both are family names."""
    insurer = pd.DataFrame(
        {
            "column_2": [_person(k)[0] for k in range(200, 320)],
            "column_5": [_person(k)[1] for k in range(200, 320)],
        }
    )
    roles = tekil.guess_settings(pd.concat([_registry(0, 200), insurer], ignore_index=True)).roles
    assert roles["column_2"] == "first_name" and roles["column_1"] == "last_name"
    assert roles["column_5"] == "last_name"


def test_of_two_columns_as_near_the_given_names_the_fuller_is_the_family_name():
    """A mother's maiden name after the given name (Philippine forms: last, first, middle) is
    blank more often than the family name before it."""
    df = _registry(0, 200).assign(
        column_3=[_FAMILY[(k * 11) % 29] if k % 7 else None for k in range(200)]
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_2"] == "first_name" and roles["column_1"] == "last_name"
    assert roles.get("column_3") != "last_name"


def test_a_status_of_a_few_words_is_no_name_though_a_whole_name_holds_it():
    """A status column ("Normal", "Returns") whose word a returns desk's name holds now and
    then ("Returns Centre" as a parcel's receiver) is no family name: a file's names are
    many."""
    n = 200
    names = [
        "Returns Centre" if k % 8 == 0 else f"{_person(k)[0]} {_person(k)[1]}" for k in range(n)
    ]
    df = pd.DataFrame(
        {
            "column_1": names,
            "column_2": ["Returns" if k % 8 == 0 else "Normal" for k in range(n)],
            "column_3": [f"{k % 28 + 1:02d}.03.19{50 + k % 40}" for k in range(n)],
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "full_name" and "column_2" not in roles


def _with_kin(kin: list[str]) -> pd.DataFrame:
    """Records of a person's whole name and phone, and another person's whole name after."""
    n = len(kin)
    return pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in map(_person, range(n))],
            "column_2": [f"0917{k:07d}" for k in range(n)],
            "column_3": kin,
        }
    )


def test_the_first_of_two_whole_names_in_the_same_records_is_the_record_s_person():
    """A customer and the father or husband (names as many and longer, which alone would make
    them the file's names): forms ask for the record's own person first."""
    kin = [f"{_MEN[k % 11]} {_MEN[(k * 3) % 11]} {_FAMILY[(k * 7) % 30]}" for k in range(200)]
    roles = tekil.guess_settings(_with_kin(kin)).roles
    assert roles["column_1"] == "full_name" and "column_3" not in roles


def test_a_whole_name_beside_the_record_s_sharing_its_family_name_only_is_someone_else_s():
    """A remittance's beneficiary, a relative written "FAMILY, GIVEN": the family name is the
    sender's, the given name another's; the person's own name written again holds both."""
    people = [_person(k) for k in range(200)]
    kin = [f"{f.upper()}, {_person(k + 7)[0].upper()}" for k, (_, f, _) in enumerate(people)]
    roles = tekil.guess_settings(_with_kin(kin)).roles
    assert roles["column_1"] == "full_name" and "column_3" not in roles
    again = [f"{f.upper()}, {g.upper()}" for g, f, _ in people]
    assert tekil.guess_settings(_with_kin(again)).roles["column_3"] == "full_name"


def test_a_next_of_kin_beside_few_e_mails_is_someone_else_s_not_the_file_s_whole_names():
    """A care desk's caller (``Nguyen, Charles``, with an e-mail in four records in ten) and,
    in one record in seven, a next of kin: too few e-mails beside the kin to read them by, but
    none writes the kin's first name. The kin are no whole names of the file, and the
    caller's names are not read against them."""
    from tekil.normalize.text import fold

    people = [_person(k) for k in range(300)]
    caller = [f"{f}, {g}" if k % 3 else f"{g} {f}" for k, (g, f, _) in enumerate(people)]
    mail = [f"{fold(g)}.{fold(f)}{k}@mail.de" if k % 10 < 4 else None
            for k, (g, f, _) in enumerate(people)]  # fmt: skip
    kin = [f"{_person(k + 5)[0]} {f}" if k % 7 == 0 else None for k, (_, f, _) in enumerate(people)]
    df = pd.DataFrame({"column_1": caller, "column_2": mail, "column_3": kin})
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "full_name" and roles["column_2"] == "email"
    assert "column_3" not in roles


def test_a_sex_in_digits_is_read_where_the_given_names_follow_it():
    """ISO/IEC 5218's ``1``/``2`` (a Japanese card's ``SEX``): digits that may be anything,
    read as the sex where the names' given names are each held by one code; a flag or a card
    type in the same digits, even or not, follows no name."""
    people = [_person(k) for k in range(400)]
    df = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in people],
            "column_2": [f"0917{k:07d}" for k in range(400)],
            "column_3": ["1" if s == "m" else "2" for _, _, s in people],
            "column_4": [str(code) for code in np.random.default_rng(1).integers(1, 3, 400)],
            "column_5": [
                str(code) for code in np.random.default_rng(2).choice([1, 2], 400, p=[0.7, 0.3])
            ],
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "full_name" and roles["column_3"] == "gender"
    assert "column_4" not in roles and "column_5" not in roles
    assert tekil.dedupe(df).records.fields["column_3"].uniques.tolist() == ["m", "f"]


def test_names_in_another_alphabet_are_read_against_latin_e_mails_by_their_reading():
    """A Russian shop's columns named in a language tekil has no word for: family names and
    given names in Cyrillic beside e-mails in Latin letters (``ivan.petrov85@``) are names,
    found in the e-mails by their Latin reading, not towns."""
    given = {"Иван": "ivan", "Ольга": "olga", "Сергей": "sergei", "Анна": "anna",
             "Дмитрий": "dmitrii", "Мария": "mariia", "Алексей": "aleksei", "Елена": "elena"}  # fmt: skip
    family = {"Петров": "petrov", "Смирнов": "smirnov", "Кузнецов": "kuznetsov", "Попов": "popov",
              "Васильев": "vasilev", "Соколов": "sokolov", "Новиков": "novikov",
              "Морозов": "morozov", "Волков": "volkov", "Лебедев": "lebedev", "Козлов": "kozlov",
              "Егоров": "egorov"}  # fmt: skip
    rows = [(list(family)[k % 12], list(given)[k % 8]) for k in range(440)]
    df = pd.DataFrame(
        {
            "column_1": [f for f, _ in rows],
            "column_2": [g for _, g in rows],
            "column_3": [f"{given[g]}.{family[f]}{k}@mail.ru" for k, (f, g) in enumerate(rows)],
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles == {"column_1": "last_name", "column_2": "first_name", "column_3": "email"}


def test_another_system_s_names_many_of_one_word_are_its_whole_names():
    """A wallet's names stacked beside a bank's whole names, many of one name only ("Rizwan",
    "ALI RAZA ASLAM"), with no e-mail and no sex beside them: the column whose values hold
    the file's names is the wallet's whole names; its towns, which hold none, are not."""
    bank = pd.DataFrame(
        {"column_1": [f"{g} {f}" for g, f, _ in map(_person, range(200))]},
    )
    towns = ["Karachi", "Lahore", "Multan", "Quetta", "Sialkot", "Sukkur", "Hyderabad", "Mardan",
             "Okara", "Kasur", "Sahiwal", "Jhelum", "Gujrat", "Chiniot", "Attock", "Bannu",
             "Swat", "Kohat", "Dera Ismail Khan", "Mirpur Khas", "Rahim Yar Khan"]  # fmt: skip
    wallet = pd.DataFrame(
        {
            "column_2": [
                g if k % 2 else f"{g} {f}" for k, (g, f, _) in enumerate(map(_person, range(300)))
            ],
            "column_3": [f"92300{k:07d}" for k in range(300)],
            "column_4": [towns[(k * 5) % 21] for k in range(300)],
        }
    )
    roles = tekil.guess_settings(pd.concat([bank, wallet], ignore_index=True)).roles
    assert roles["column_1"] == "full_name" and roles["column_2"] == "full_name"
    assert "column_4" not in roles


def test_dates_after_the_birth_dates_beside_them_are_no_birth_dates():
    """An account's opening dates lie as long ago as a young customer's birth (2008 to 2025),
    but come after the birth dates beside them: a person has one birth date."""
    n = 120
    df = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in map(_person, range(n))],
            "column_2": [f"19{50 + k % 45}-{k % 12 + 1:02d}-{k % 28 + 1:02d}" for k in range(n)],
            "column_3": [f"20{8 + k % 18:02d}-{k % 12 + 1:02d}-{k % 27 + 1:02d}" for k in range(n)],
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_2"] == "dob" and "column_3" not in roles
    # Stacked systems' birth dates, each on its own records, are all birth dates.
    other = df.assign(column_3=df["column_2"]).drop(columns="column_2")
    stacked = pd.concat([df.drop(columns="column_3"), other], ignore_index=True)
    assert tekil.guess_settings(stacked).roles["column_3"] == "dob"


def _kin_beside(n: int, kin: list[str | None], sexed: bool) -> pd.DataFrame:
    """A system's records of a family name, a given name, a sex (or none) and a whole name
    that is someone else's (a next of kin, a guarantor), before the person's own in ``kin``'s
    order."""
    people = [_person(k) for k in range(n)]
    df = pd.DataFrame(
        {
            "column_1": kin,
            "column_2": [f.upper() for _, f, _ in people],
            "column_3": [g for g, _, _ in people],
        }
    )
    return df.assign(column_4=[s for _, _, s in people]) if sexed else df


def test_whole_names_beside_given_names_they_do_not_hold_are_someone_else_s():
    """A wallet's emergency contact (a relative: ``Uwe Koch`` for ``Anna KOCH``) and a
    lender's guarantor, beside the person's own family and given names: whole names, many and
    longer than the names, but they rarely hold the given name that the record's sex tells
    (or, in a system with no sex, that the file's sexes tell). The person's own whole name
    written beside holds it, and stays the full name."""
    relatives = [f"{_person(k + 1)[0]} {_person(k)[1]}" for k in range(300)]
    guarantors = [f"{_person(k + 41)[0]} {_FAMILY[(k * 7) % 30]}" for k in range(200)]
    wallet = _kin_beside(300, relatives, sexed=True)
    lender = _kin_beside(200, guarantors, sexed=False).rename(
        columns={"column_1": "column_5", "column_2": "column_6", "column_3": "column_7"}
    )
    roles = tekil.guess_settings(pd.concat([wallet, lender], ignore_index=True)).roles
    assert "column_1" not in roles and "column_5" not in roles
    assert roles["column_2"] == roles["column_6"] == "last_name"
    assert roles["column_3"] == roles["column_7"] == "first_name"
    own = [f"{g} {f}" for g, f, _ in map(_person, range(300))]
    assert tekil.guess_settings(_kin_beside(300, own, sexed=True)).roles["column_1"] == "full_name"


def test_several_family_names_beside_the_given_names_are_the_family_names_not_someone_else_s():
    """A Congolese lender's ``Nom et postnom`` (``KALONJI BANZA``: two names, the person's
    own, neither a given name) beside its ``Prénom(s)``: whole names that never hold the given
    name beside them, as a next of kin's rarely do, but that hold none of the file's given
    names either. They are the system's family names, and the column beside them its given
    names; a guarantor's whole names beside them stay someone else's."""
    wallet = _registry(0, 300)
    people = [_person(k) for k in range(100, 400)]
    lender = pd.DataFrame(
        {
            "column_5": [
                f"{f.upper()} {_FAMILY[(k * 7) % 30].upper()}" for k, (_, f, _) in enumerate(people)
            ],
            "column_6": [g for g, _, _ in people],
            "column_7": [f"{_person(k + 41)[0]} {_FAMILY[(k * 11) % 30]}" for k in range(300)],
        }
    )
    roles = tekil.guess_settings(pd.concat([wallet, lender], ignore_index=True)).roles
    assert roles["column_5"] == "last_name"
    assert roles["column_6"] == "first_name"
    assert "column_7" not in roles
    # An occupation of two words ("farm labourer") holds no given name either, nor any name.
    jobs = [f"{a} {b}" for a in ("farm", "coal", "cotton", "dock", "mill", "iron")
            for b in ("labourer", "worker", "hand", "clerk", "porter")]  # fmt: skip
    lender = lender.drop(columns="column_5").assign(column_8=[jobs[k % 30] for k in range(300)])
    roles = tekil.guess_settings(pd.concat([wallet, lender], ignore_index=True)).roles
    assert roles.get("column_8") != "last_name"


_RU = [("Иван", "IVAN", "m"), ("Анна", "ANNA", "f"), ("Олег", "OLEG", "m"), ("Мария", "MARIIA", "f"),
       ("Павел", "PAVEL", "m"), ("Елена", "ELENA", "f"), ("Денис", "DENIS", "m"), ("Ольга", "OLGA", "f"),
       ("Роман", "ROMAN", "m"), ("Нина", "NINA", "f"), ("Борис", "BORIS", "m"), ("Вера", "VERA", "f"),
       ("Антон", "ANTON", "m"), ("Дарья", "DARIA", "f"), ("Игорь", "IGOR", "m"), ("Ирина", "IRINA", "f"),
       ("Максим", "MAKSIM", "m"), ("Татьяна", "TATIANA", "f"), ("Степан", "STEPAN", "m"),
       ("Алина", "ALINA", "f"), ("Артем", "ARTEM", "m"), ("Полина", "POLINA", "f")]  # fmt: skip
_RU_FAMILY = [("Петров", "PETROV"), ("Смирнов", "SMIRNOV"), ("Козлов", "KOZLOV"), ("Попов", "POPOV"),
              ("Волков", "VOLKOV"), ("Зайцев", "ZAITSEV"), ("Соколов", "SOKOLOV"), ("Лебедев", "LEBEDEV"),
              ("Морозов", "MOROZOV"), ("Новиков", "NOVIKOV"), ("Федоров", "FEDOROV"), ("Орлов", "ORLOV"),
              ("Гусев", "GUSEV"), ("Титов", "TITOV"), ("Белов", "BELOV"), ("Комаров", "KOMAROV"),
              ("Карпов", "KARPOV"), ("Жуков", "ZHUKOV"), ("Соловьев", "SOLOVEV"), ("Тихонов", "TIKHONOV"),
              ("Фролов", "FROLOV"), ("Быков", "BYKOV"), ("Воронин", "VORONIN")]  # fmt: skip


def test_a_transfer_s_receiver_in_latin_letters_beside_a_shop_s_cyrillic_names():
    """A Russian shop's given names in Cyrillic, told by its sex column, and a money-transfer
    service's sender in passport Latin letters (``IVAN``, ``PETROV``) beside the receiver's
    whole name: the sender's given names are the shop's read in Latin letters, and the
    receiver (another given name) is someone else."""
    shop = pd.DataFrame(
        {
            "column_1": [_RU_FAMILY[k % 23][0] for k in range(440)],
            "column_2": [_RU[k % 22][0] for k in range(440)],
            "column_3": [_RU[k % 22][2] for k in range(440)],
        }
    )
    transfer = pd.DataFrame(
        {
            "column_4": [_RU[k % 22][1] for k in range(440)],
            "column_5": [_RU_FAMILY[k % 23][1] for k in range(440)],
            "column_6": [
                f"{_RU[(k + 6) % 22][1]} {_RU_FAMILY[(k * 5) % 23][1]}" for k in range(440)
            ],
        }
    )
    roles = tekil.guess_settings(pd.concat([shop, transfer], ignore_index=True)).roles
    assert "column_6" not in roles
    assert roles["column_2"] == roles["column_4"] == "first_name"
    assert roles["column_1"] == roles["column_5"] == "last_name"


_SR_MEN = ["Марко", "Никола", "Милош", "Стефан", "Петар", "Јован", "Драган", "Зоран", "Горан",
           "Милан", "Душан", "Лазар", "Ненад", "Дејан", "Бојан", "Владимир", "Александар",
           "Небојша", "Срђан", "Вук", "Жељко", "Бранислав", "Мирослав"]  # fmt: skip
_SR_WOMEN = ["Ана", "Јелена", "Милица", "Марија", "Ивана", "Тијана", "Весна", "Гордана", "Јована",
             "Драгана", "Снежана", "Биљана", "Катарина", "Софија", "Наташа", "Бранка", "Љубица",
             "Мирјана", "Данијела", "Сандра", "Маја", "Невена"]  # fmt: skip
_SR_FAMILY = ["Јовановић", "Петровић", "Николић", "Марковић", "Ђорђевић", "Илић", "Павловић",
              "Поповић", "Савић", "Лазић", "Јанковић", "Вуковић", "Тодоровић", "Станковић",
              "Живковић", "Ђурић", "Милошевић", "Стојановић", "Кнежевић", "Радуловић", "Ћирић",
              "Стевановић", "Лукић", "Митровић"]  # fmt: skip
_GAJ = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n",
                 "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"], strict=True))  # fmt: skip


def _latin(name: str) -> str:
    """A Serbian name in Gaj's Latin letters."""
    return "".join(_GAJ.get(ch, ch) for ch in name.lower()).capitalize()


def _serbs(start: int, n: int) -> list[tuple[str, str, str, str]]:
    """People's given name, family name, father's given name and a relative's given name."""
    out = []
    for k in range(start, start + n):
        given = (_SR_MEN if k % 2 == 0 else _SR_WOMEN)[(k * 7 // 2) % 22]
        family = _SR_FAMILY[(k * 5) % len(_SR_FAMILY)]
        out.append((given, family, _SR_MEN[(k * 5 + 3) % 23], _SR_WOMEN[(k * 3 + 1) % 22]))
    return out


def _serbian_file(beneficiary: bool = True) -> pd.DataFrame:
    """A telco's records in Latin letters with e-mails, stacked with an insurer's in Cyrillic:
    family name, given name, the father's given name and a relative's whole name (the
    beneficiary, of the same family)."""
    telco = [(_latin(g), _latin(f)) for g, f, _, _ in _serbs(0, 200)]
    shop = pd.DataFrame(
        {
            "column_1": [g for g, _ in telco],
            "column_2": [f for _, f in telco],
            "column_3": [f"{g}.{f}{k}@example.rs".lower() for k, (g, f) in enumerate(telco)],
        }
    )
    people = _serbs(200, 200)
    insurer = pd.DataFrame(
        {
            "column_4": [f for _, f, _, _ in people],
            "column_5": [g for g, _, _, _ in people],
            # (left blank now and then, as a family name is not)
            "column_6": [f if k % 4 else None for k, (_, _, f, _) in enumerate(people)],
        }
    )
    if beneficiary:
        insurer["column_7"] = [f"{other} {f}" for _, f, _, other in people]
    return pd.concat([shop, insurer], ignore_index=True)


def test_a_beneficiary_s_whole_name_beside_the_person_s_own_names_is_no_full_name():
    """An insurer's beneficiary (a relative of the same family name) is someone else; the
    person's given names, in Cyrillic beside a telco's Latin ones, are the column before the
    father's."""
    roles = tekil.guess_settings(_serbian_file()).roles
    assert roles.get("column_7") != "full_name"
    assert roles["column_5"] == "first_name" and roles["column_4"] == "last_name"
    assert roles.get("column_6") != "first_name"


def test_the_person_s_own_whole_name_beside_the_names_stays_a_full_name():
    """A display name that repeats the record's given and family names is the person's."""
    df = _serbian_file(beneficiary=False)
    insurer = df["column_4"].notna()
    df.loc[insurer, "column_7"] = df.loc[insurer, "column_5"] + " " + df.loc[insurer, "column_4"]
    roles = tekil.guess_settings(df).roles
    assert roles.get("column_7") == "full_name"


def test_cyrillic_given_names_are_the_file_s_latin_given_names():
    assert given_share(pd.Series(["Марко", "Јелена", "Петровић"]), {"marko", "jelena"}) == 2 / 3
    # Letters alone are no reading: a family name stays one
    assert given_share(pd.Series(["Марковић", "Markovic"]), {"marko"}) == 0.0


def test_each_system_s_own_person_is_its_first_whole_name_not_its_receiver_s():
    """A remittance desk's sender and receiver stacked under a bank's customers: the receivers
    are more names (each transfer's), the senders the desk's customers, asked for first."""
    bank = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in map(_person, range(200))],
            "column_2": [f"0151{k:07d}" for k in range(200)],
        }
    )
    senders = [_person(k % 60) for k in range(100)]
    desk = pd.DataFrame(
        {
            "column_3": [f"{g.upper()} {f.upper()}" for g, f, _ in senders],
            "column_4": [f"0151{k % 60:07d}" for k in range(100)],
            "column_5": [
                f"{_WOMEN[k % 10]} {_FAMILY[(k * 7 + 3) % 30]} {_MEN[k % 11]}" for k in range(100)
            ],
        }
    )
    roles = tekil.guess_settings(pd.concat([bank, desk], ignore_index=True)).roles
    assert roles["column_1"] == "full_name" and roles["column_3"] == "full_name"
    assert roles.get("column_5") != "full_name"


def _bank_with_initials(codes: bool) -> pd.DataFrame:
    """A bank's title, initials (``V.R.``, ``PLZ``, ``M``) or a province's code (``codes``),
    family name and e-mail, given name first in the e-mail as people write theirs."""
    rng = np.random.default_rng(3)
    rows = []
    for k in range(600):
        given, family, sex = _person(k)
        middle = _person(k + 7)[0]
        initials = [f"{given[0]}.", f"{given[0]}.{middle[0]}.", f"{given[0]}{middle[0]}", given[0]]
        rows.append(
            {
                "column_1": "Mr" if sex == "m" else "Ms",
                "column_2": rng.choice(["GP", "KZN", "WC", "EC", "FS", "NW", "LP", "MP", "NC"])
                if codes
                else initials[k % 4],
                "column_3": family,
                "column_4": f"{given.lower()}.{family.lower()}{k}@mail.example" if k % 3 else None,
            }
        )
    return pd.DataFrame(rows)


def test_initials_beside_a_family_name_are_the_given_names_whose_first_letter_the_email_has():
    """A South African bank keeps initials and a surname, no given name: the initials' first
    letter is the e-mail's in most records, and they are the given names (compared by their
    initial). A province's code beside the surname starts an e-mail by chance only."""
    roles = tekil.guess_settings(_bank_with_initials(False)).roles
    assert roles["column_2"] == "first_name" and roles["column_3"] == "last_name"
    roles = tekil.guess_settings(_bank_with_initials(True)).roles
    assert roles.get("column_2") != "first_name" and roles["column_3"] == "last_name"


def _bank_with_mother(mother: list[str], n: int = 300) -> pd.DataFrame:
    """A bank's family, given and father's names and a whole name beside them (``mother``),
    stacked under a wallet's whole names and sexes."""
    people = [_person(k) for k in range(n)]
    bank = pd.DataFrame(
        {
            "column_1": [f for _, f, _ in people],
            "column_2": [g for g, _, _ in people],
            "column_3": [_MEN[(k * 5 + 2) % 11] for k in range(n)],
            "column_4": mother,
        }
    )
    others = [_person(k) for k in range(n, n + 300)]
    wallet = pd.DataFrame(
        {"column_5": [f"{g} {f}" for g, f, _ in others], "column_6": [s for _, _, s in others]}
    )
    return pd.concat([bank, wallet], ignore_index=True)


def test_a_whole_name_beside_the_names_sharing_none_of_them_is_someone_else_s():
    """A Lebanese bank's ``Nom de la mère`` (her given and maiden name: no word of her child's
    given or family name) beside ``Nom``, ``Prénom``, ``Nom du père``: not the record's own
    whole name, which would hide the names beside it."""
    mother = [
        f"{_WOMEN[(k * 3) % 10]} {_FAMILY[(k // 3 + 1 + k % 29) % 30]}" if k % 5 else None
        for k in range(300)
    ]
    roles = tekil.guess_settings(_bank_with_mother(mother)).roles
    assert roles.get("column_4") != "full_name"
    assert roles["column_2"] == "first_name" and roles["column_1"] == "last_name"
    assert roles["column_5"] == "full_name"


def test_a_whole_name_beside_names_it_holds_or_beside_no_names_stays_the_full_name():
    """The person's own whole name written again holds the names beside it; beside a town
    alone (no column of the file's names) a whole name tells nothing of whose it is."""
    own = [f"{g} {f}" for g, f, _ in map(_person, range(300))]
    assert tekil.guess_settings(_bank_with_mother(own)).roles["column_4"] == "full_name"
    towns = ["Zahlé", "Tripoli", "Saida", "Jounieh", "Baalbek", "Tyr", "Jbeil", "Aley", "Batroun"]
    people = [_person(k) for k in range(300)]
    shop = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in people],
            "column_2": [f"{towns[k % 9]}{'' if k % 2 else ' Nord'}" for k in range(300)],
        }
    )
    assert tekil.guess_settings(shop).roles["column_1"] == "full_name"


def test_a_whole_name_beside_a_district_that_landmarks_name_stays_the_full_name():
    """A utility's customer names beside a district column, whose places a landmark column
    names too (``Near Methodist Church Teshie``): the landmark's words are no names of the
    file's (a word in most of its values), so the district is no column of names beside the
    customer's, and the customer's whole name stays the full name."""
    towns = ["Teshie", "Dome", "Santasi", "Nungua", "Dansoman", "Kaneshie", "Abeka", "Labadi",
             "Madina", "Adenta", "Kasoa", "Ashaiman", "Tema", "Achimota", "Lapaz", "Osu",
             "Kwabenya", "Sakumono", "Bantama", "Suame", "Tafo", "Asokwa", "Ejisu",
             "Oforikrom", "Kotei", "Tanoso", "Atonsu", "Buokrom", "Anloga", "Aboabo"]  # fmt: skip
    kinds = ["Methodist Church", "the clinic", "Zongo junction", "Shell filling station",
             "the mosque", "Kingdom Hall", "the market", "Total station"]  # fmt: skip
    people = [_person(k) for k in range(300)]
    utility = pd.DataFrame(
        {
            "column_7": [f"{g} {f}" for g, f, _ in people],
            "column_8": [towns[(k * 7) % 30] for k in range(300)],
            "column_9": [f"Near {kinds[k % 8]} {towns[(k * 7) % 30]}" for k in range(300)],
        }
    )
    bank = _bank_with_mother([f"{g} {f}" for g, f, _ in map(_person, range(400))], 400)
    roles = tekil.guess_settings(pd.concat([bank, utility], ignore_index=True)).roles
    assert roles["column_4"] == "full_name" and roles["column_7"] == "full_name"


_AR_MEN = [("Mohammad", "محمد"), ("Ahmad", "أحمد"), ("Omar", "عمر"), ("Khaled", "خالد"),
           ("Hassan", "حسن"), ("Youssef", "يوسف"), ("Ali", "علي"), ("Hussein", "حسين"),
           ("Ibrahim", "إبراهيم"), ("Mahmoud", "محمود"), ("Tarek", "طارق"), ("Walid", "وليد"),
           ("Fadi", "فادي"), ("Rami", "رامي"), ("Ziad", "زياد"), ("Samir", "سمير"),
           ("Nabil", "نبيل"), ("Khalil", "خليل"), ("Salim", "سليم"), ("Bassel", "باسل"),
           ("Imad", "عماد"), ("Abbas", "عباس")]  # fmt: skip
_AR_WOMEN = [("Fatima", "فاطمة"), ("Mariam", "مريم"), ("Zainab", "زينب"), ("Sara", "سارة"),
             ("Nour", "نور"), ("Huda", "هدى"), ("Rana", "رنا"), ("Lina", "لينا"), ("Reem", "ريم"),
             ("Hiba", "هبة"), ("Rasha", "رشا"), ("Amal", "أمل"), ("Souad", "سعاد"),
             ("Raghad", "رغد"), ("Rola", "رولا"), ("Samira", "سميرة")]  # fmt: skip
_AR_FAMILY = ["الخطيب", "النجار", "الحلبي", "زيدان", "قباني", "الطراونة", "الزعبي", "المجالي",
              "العتوم", "الخصاونة", "عبيدات", "الدليمي", "الجبوري", "التميمي", "الربيعي",
              "الساعدي", "الخفاجي", "الشمري", "الكعبي", "الزبيدي", "الرواشدة", "الحمايدة",
              "النسور", "حمادة"]  # fmt: skip
_LATIN_FAMILY = ["Khatib", "Najjar", "Halabi", "Zaidan", "Kabbani", "Tarawneh", "Zoubi", "Majali"]


def test_given_names_in_arabic_letters_are_the_file_s_latin_given_names():
    words = {"mohammad", "fatima", "omar"}
    assert given_share(pd.Series(["محمد", "فاطمة", "عمر", "الخطيب"]), words) == 3 / 4
    # Letters alone are no reading: a family name's consonants are no given name's
    assert given_share(pd.Series(["النجار", "قباني"]), words) == 0.0


def test_an_arabic_form_s_own_father_s_and_grandfather_s_names_before_the_family_name():
    """A Jordanian operator's ``الاسم الأول``, ``اسم الأب``, ``اسم الجد``, ``اسم العائلة`` in
    Arabic letters, no sex, beside a wallet's Latin whole names and sexes: the first column of
    the file's given names is the given name; the father's and the grandfather's, given names
    too, are no family name however near; the family name is the column after them."""
    wallet = pd.DataFrame(
        {
            "column_1": [
                f"{(_AR_MEN if k % 2 else _AR_WOMEN)[k // 2 % 16][0]} {_LATIN_FAMILY[k % 8]}"
                for k in range(300)
            ],
            "column_2": ["M" if k % 2 else "F" for k in range(300)],
        }
    )
    operator = pd.DataFrame(
        {
            "column_3": [(_AR_MEN if k % 3 else _AR_WOMEN)[(k * 5) % 16][1] for k in range(300)],
            "column_4": [_AR_MEN[(k * 7 + 1) % 22][1] for k in range(300)],
            "column_5": [_AR_MEN[(k * 11 + 2) % 22][1] if k % 4 else None for k in range(300)],
            "column_6": [_AR_FAMILY[(k * 13) % 24] for k in range(300)],
        }
    )
    roles = tekil.guess_settings(pd.concat([wallet, operator], ignore_index=True)).roles
    assert roles["column_3"] == "first_name" and roles["column_6"] == "last_name"
    assert roles.get("column_4") != "last_name" and roles.get("column_5") != "last_name"


_STREETS = ["Drottninggatan", "Kungsgatan", "Storgatan", "Hornsgatan", "Malmvägen", "Kirkegata",
            "Havnegata", "Østergade", "Bjørkeveien", "Solbakken", "Hauptstraße", "Bahnhofstraße",
            "Lindenweg", "Kerkstraat", "Dorpsstraat", "Schulstraße", "Bergvägen", "Skolegata",
            "Vestergade", "Strandvejen", "Parkweg", "Mühlenweg", "Ringvägen", "Fabriksgatan",
            "Nygata", "Torggata", "Åsvegen", "Kirkevej", "Molenstraat", "Gartenstraße"]  # fmt: skip


def test_a_street_of_one_word_and_its_number_is_an_address():
    """Nordic, German and Dutch streets are one word before the number (``Drottninggatan 19``,
    ``Hauptstraße 5``); a plan's tier, a month and year, a plate are no addresses: a few
    words, or short ones."""
    streets = pd.Series([f"{_STREETS[(k * 7) % 30]} {k % 97 + 1}" for k in range(200)])
    assert street_like(streets)
    assert not street_like(pd.Series([f"Tier {k % 9}" for k in range(200)]))
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
    assert not street_like(pd.Series([f"{months[k % 8]} {2000 + k % 25}" for k in range(200)]))
    plates = pd.Series(
        [f"{'ABCDEFGH'[k % 8]}{'KLMNOPRS'[k // 8 % 8]}X {k:03d}" for k in range(200)]
    )
    assert not street_like(plates)
    # As the column of a file without its header, beside whole names:
    people = [_person(k) for k in range(200)]
    shop = pd.DataFrame({"column_1": [f"{g} {f}" for g, f, _ in people], "column_2": streets})
    assert tekil.guess_settings(shop).roles["column_2"] == "address"


def test_dates_an_account_was_opened_are_no_birth_dates():
    """A bank's ``kund_sedan`` (customer since, the last thirty years: half within the last
    fifteen) beside whole names is no birth date; birth dates stay birth dates, a fifth of
    them children's."""
    today = dt.date.today()
    people = [_person(k) for k in range(300)]

    def dates(first: int, years: int) -> list[str]:
        return [f"{first + (k * 7) % years}-{k % 12 + 1:02d}-{k % 28 + 1:02d}" for k in range(300)]

    bank = pd.DataFrame(
        {"column_1": [f"{g} {f}" for g, f, _ in people], "column_2": dates(today.year - 31, 31)}
    )
    assert tekil.guess_settings(bank).roles.get("column_2") != "dob"
    born = dates(today.year - 75, 60)
    born[::5] = dates(today.year - 12, 10)[::5]
    bank["column_2"] = born
    assert tekil.guess_settings(bank).roles["column_2"] == "dob"
