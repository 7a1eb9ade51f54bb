from tekil.settings import _receivers, role_from_name


def test_central_asian_column_names():
    # Kazakh, Uzbek and Russian systems name their columns in their languages; "Әкесінің аты"
    # and "Otasining ismi" hold the person's own patronymic, as identity papers print it.
    names = {
        "Тегі": "last_name",
        "Аты": "first_name",
        "Әкесінің аты": "middle_name",
        "ЖСН": "free_id",
        "ИИН": "free_id",
        "Туған күні": "dob",
        "Ұялы телефон": "phone",
        "Үй телефоны": "phone",
        "Мекенжай": "address",
        "Электрондық пошта": "email",
        "Аты-жөні": "full_name",
        "Familiya": "last_name",
        "Ism": "first_name",
        "Otasining ismi": "middle_name",
        "JShShIR": "free_id",
        "PINFL": "free_id",
        "Tug'ilgan sana": "dob",
        "Tug‘ilgan sanasi": "dob",
        "Telefon raqami": "phone",
        "Manzil": "address",
        "Номер паспорта": "free_id",
        "document_no": "free_id",
    }
    assert {c: role_from_name(c) for c in names} == names
    # a system's own customer or subscriber number is no identifier shared across systems
    for own in ("Клиент №", "Abonent ID", "ID покупателя"):
        assert role_from_name(own) == "ignore"


def test_central_asian_someone_elses_columns():
    # a trusted person's, a spouse's phone are someone else's; a parent's given name is a parent's
    assert role_from_name("Ishonchli shaxs telefoni") == "ignore"
    assert role_from_name("Телефон супруга") == "ignore"
    assert role_from_name("Имя отца") == "father_name"
    assert role_from_name("Onasining ismi") == "mother_name"
    # a parcel's or a transfer's receiver is weighed as someone else's; the sender is the customer
    assert _receivers("Телефон получателя") and _receivers("ФИО получателя")
    assert not _receivers("Телефон отправителя")
    # the customer's own phones stay theirs
    assert role_from_name("Контактный телефон") == "phone"
    assert role_from_name("Телефон") == "phone"


def test_kazakh_and_uzbek_cyrillic_read_in_latin_letters():
    from tekil.normalize.latin import latin
    from tekil.normalize.text import fold

    # Kazakh and Uzbek letters read as their passports write them, and as the plain Russian
    # letter an older system writes meets them
    assert latin(fold("Қасымов")) == latin(fold("Касымов")) == "kasymov"
    assert latin(fold("Сүлейменова")) == latin(fold("Сулейменова")) == "suleimenova"
    assert latin(fold("Әсем Ғалымқызы")) == "asem galymkyzy"
    assert latin(fold("Нұрсұлтан Ерланұлы")) == "nursultan erlanuly"
    assert latin(fold("Ҳасанов Ўткир")) == "hasanov utkir"
    # Russian, Ukrainian and Serbian letters read as before; Latin values stay as they are
    assert latin(fold("Пётр Ильич")) == "petr ilich"
    assert latin(fold("Їжак Ђорђе")) == "izhak djordje"
    assert latin("kasymov") == "kasymov"


def test_uzbek_apostrophes_join_their_word():
    import pandas as pd

    from tekil.normalize.names import name

    # oʻ and gʻ typed with the turned comma, a quotation mark, a backtick or an apostrophe: one
    # name, one word
    read = name(
        pd.Series(["Xoʻjayeva", "Xo‘jayeva", "Xo`jayeva", "Xo'jayeva", "Gʻayrat Toʻxtayev"])
    )
    assert read["value"].tolist() == ["xojayeva"] * 4 + ["gayrat toxtayev"]
    assert read["family"].iloc[4] == "toxtayev"
    # a mark alone is no name; names with no such mark read as before
    assert name(pd.Series(["ʻ", "O'Brien", "Anna-Maria Müller"]))["value"].tolist()[1:] == [
        "obrien",
        "anna maria muller",
    ]
    assert name(pd.Series(["ʻ"]))["reason"].iloc[0] == "unparseable"


def test_cyrillic_names_meet_uzbek_and_kazakh_latin_spellings():
    import numpy as np

    from tekil.normalize.latin import latin, loose_latin
    from tekil.normalize.text import fold
    from tekil.similarity import loose_readings

    def loose(text: str) -> str:
        return loose_latin(latin(fold(text)))

    # Uzbek Latin's x, j, q, y and Russian-style kh, dzh, ye, iu meet the Cyrillic
    assert loose("Хуршид") == loose("Xurshid") == loose("Khurshid")
    assert loose("Джамшид") == loose("Jamshid") == loose("Djamshid")
    assert loose("Алиев") == loose("Aliyev") == loose("Aliev")
    assert loose("Кодиров") == loose("Qodirov")
    assert loose("Юлия") == loose("Iuliia") == loose("Yulia")
    assert loose("Жандос") == loose("Zhandos") == loose("Jandos")
    # a vowel of its own, or a letter more, stays a difference
    assert loose("Уткир") != loose("Otkir")
    assert loose("Тухтаев") != loose("Toxtayev")
    assert loose("Ахметова") != loose("Ahmetov")
    # only a pair with a side in Cyrillic letters is read so: Latin values keep their letters
    readings, cyrillic = loose_readings(np.array(["xurshid", "хуршид", "maxim"], dtype=object))
    assert cyrillic.tolist() == [False, True, False, False]
    readings, cyrillic = loose_readings(np.array(["maxim", "alex"], dtype=object))
    assert readings is None and not cyrillic.any()


def test_patronymics_of_one_father_in_two_grammars():
    import numpy as np

    from tekil.compare import _patronymic_fathers
    from tekil.normalize.names import patronymic_father

    # Russian, Kazakh and Uzbek grammars of one father's name
    assert patronymic_father("ерланович") == patronymic_father("ерланұлы") == "ерлан"
    assert patronymic_father("ерлан улы") == patronymic_father("ерланкызы") == "ерлан"
    assert patronymic_father("rustamovich") == patronymic_father("rustam ogli") == "rustam"
    assert patronymic_father("dilshod qizi") == patronymic_father("dilshodovna") == "dilshod"
    assert patronymic_father("абдуллаевич") == "абдулла"
    # no patronymic: a given name, a patronymic's word alone, three words
    assert patronymic_father("james") is None
    assert patronymic_father("ogli") is None
    assert patronymic_father("anna maria ogli") is None
    # across scripts: Джахонгирович and Jahongir oʻgʻli; other fathers stay apart
    codes = _patronymic_fathers(
        np.array(["джахонгирович", "jahongir ogli", "jamshidovich", "нурлановна"], dtype=object)
    )
    assert codes[0] == codes[1] >= 0
    assert len({codes[0], codes[2], codes[3]}) == 3


def test_a_family_name_made_of_a_given_name_is_no_swap():
    import numpy as np
    import pandas as pd

    from compare_checks import levels_of
    from tekil.records import prepare
    from tekil.settings import Settings

    # Ержан Ержанов and Ержанов Е. (another Е: Ерлан): a family name made of a given name is
    # no swapped name; a true swap, and a swap with an initial, still are
    df = pd.DataFrame(
        {
            "first": ["Ержан", "Е.", "Ерлан", "Yerzhan", "Thomas", "Tracy", "Ivan"],
            "last": ["Ержанов", "Ержанов", "Ержанов", "Erzhanov", "Tracy", "Thomas", "Petrov"],
        }
    )
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(len(df))
    )
    lv = levels_of(records, np.array([0, 2, 4]), np.array([1, 3, 5]))["first_name"]
    assert lv[0] != "swapped" and lv[1] != "swapped"
    assert lv[2] == "swapped"


def test_russian_column_names_whose_person_follows_in_the_genitive():
    # the sender's, the client's, the subscriber's: the customer's own; the receiver's is weighed
    # as someone else's
    assert role_from_name("ФИО отправителя") == "full_name"
    assert role_from_name("Дата рождения отправителя") == "dob"
    assert role_from_name("Телефон абонента") == "phone"
    assert role_from_name("Имя клиента") == "first_name"
    assert role_from_name("Имя получателя") == "first_name" and _receivers("Имя получателя")
    assert role_from_name("ФИО получателя") == "full_name" and _receivers("ФИО получателя")
    # a system's own number stays no identifier; a word alone says nothing
    assert role_from_name("Номер клиента") == "ignore"
    assert role_from_name("Клиента") is None


def test_russian_short_forms_of_names_with_marked_letters():
    import numpy as np
    import pandas as pd

    from compare_checks import levels_of
    from tekil.records import prepare
    from tekil.settings import Settings

    # Дмитрий, Алексей, Евгений fold to "дмитрии", "алексеи", "евгении" (й is и with a breve);
    # their short forms meet them so, Лёша as Леша; Саша is no Сергей
    first = ["Дима", "Дмитрий", "Лёша", "Алексей", "Женя", "Евгений", "Саша", "Сергей"]
    df = pd.DataFrame({"first": first, "last": ["Смирнов"] * len(first)})
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(len(df))
    )
    lv = levels_of(records, np.array([0, 2, 4, 6]), np.array([1, 3, 5, 7]))["first_name"]
    assert lv == ["nickname", "nickname", "nickname", "else"]
