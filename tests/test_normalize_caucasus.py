from tekil.settings import _receivers, role_from_name


def test_caucasian_column_names():
    # Armenian, Georgian and Azerbaijani systems name their columns in their languages and
    # scripts; "Հայրանուն" and "Ata adı" hold the person's own patronymic, as papers print it.
    names = {
        "Ազգանուն": "last_name",
        "Անուն": "first_name",
        "Հայրանուն": "middle_name",
        "Քարտի անուն": "full_name",
        "Ծննդյան ամսաթիվ": "dob",
        "ՀԾՀ": "free_id",
        "Անձնագիր": "free_id",
        "Բջջային": "phone",
        "Քաղաքային հեռ.": "phone",
        "Հասցե": "address",
        "Էլ. փոստ": "email",
        "სახელი": "first_name",
        "გვარი": "last_name",
        "პირადი ნომერი": "free_id",
        "დაბადების თარიღი": "dob",
        "ტელეფონი": "phone",
        "სახლის ტელეფონი": "phone",
        "მისამართი": "address",
        "ელ. ფოსტა": "email",
        "Soyad": "last_name",
        "Ad": "first_name",
        "Ata adı": "middle_name",
        "FİN": "free_id",
        "Doğum tarixi": "dob",
        "Mobil nömrə": "phone",
        "Ünvan": "address",
        "E-poçt": "email",
    }
    assert {c: role_from_name(c) for c in names} == names
    # a system's own customer or subscriber number is no identifier shared across systems
    for own in ("Հաճախորդի կոդ", "აბონენტის ნომერი", "Müştəri ID"):
        assert role_from_name(own) == "ignore"


def test_caucasian_someone_elses_columns():
    # a contact person's name and phone, a spouse's or a relative's are someone else's
    assert role_from_name("საკონტაქტო პირი") == "ignore"
    assert role_from_name("საკონტაქტო პირის ტელეფონი") == "ignore"
    assert role_from_name("მეუღლის ტელეფონი") == "ignore"
    assert role_from_name("Ամուսնու հեռախոս") == "ignore"
    assert role_from_name("Əlaqə şəxsinin telefonu") == "ignore"
    assert role_from_name("Həyat yoldaşının telefonu") == "ignore"
    # a parent's given name is a parent's
    assert role_from_name("მამის სახელი") == "father_name"
    assert role_from_name("Հոր անուն") == "father_name"
    assert role_from_name("Anasının adı") == "mother_name"
    # a transfer's receiver is weighed as someone else's
    assert _receivers("Ստացողի հեռախոս") and _receivers("მიმღების ტელეფონი")
    assert _receivers("Alıcının telefonu")
    # the customer's own contact number stays theirs
    assert role_from_name("საკონტაქტო ტელეფონი") == "phone"
    assert not _receivers("ტელეფონი")


def test_armenian_and_azerbaijani_letters_read_in_latin_letters():
    from tekil.normalize.latin import latin, loose_latin
    from tekil.normalize.text import fold

    # Armenian ու is u, ո opening a word vo; as passports and Russian spellings write them
    assert latin(fold("Արթուր")) == latin(fold("Артур")) == "artur"
    assert latin(fold("Սիրանուշ")) == "siranush"
    assert latin(fold("Ոսկանյան")) == latin(fold("Восканян")) == "voskanyan"
    assert latin(fold("Ուրարտու")) == "urartu"
    # ո inside a word (not before ւ) stays o
    assert latin(fold("Հովհաննիսյան")) == "hovhannisyan"
    assert latin(fold("Գևորգ")) == "gevorg"
    # Azerbaijani ə reads a: Məmmədov meets the passport's Mammadov, Əliyev Aliyev and Алиев
    assert latin(fold("Məmmədov")) == "mammadov"
    assert loose_latin(latin(fold("Əliyev"))) == loose_latin(latin(fold("Алиев"))) == "aliev"
    # Latin values without those letters are left as written
    assert latin(fold("Memmedov")) == "memmedov"
    assert latin(fold("Ovanesyan")) == "ovanesyan"


def test_patronymics_of_one_father_in_armenian_and_azerbaijani_grammars():
    from tekil.normalize.names import patronymic_father

    # Armenian papers give the father's name in the genitive (Արամի: Aram's)
    assert patronymic_father("արամի") == "արամ"
    assert patronymic_father("վահեի") == "վահե"
    assert patronymic_father("նիկիտայի") == "նիկիտա"
    # Azerbaijani oğlu / qızı in Russian papers: оглы, гызы, in their Latin letters ogly
    assert patronymic_father("али оглы") == "али"
    assert patronymic_father("мамед гызы") == "мамед"
    assert patronymic_father("ali ogly") == "ali"
    # a given name that ends in ի, a bare name, two words, a Latin -i are no patronymics
    assert patronymic_father("անի") is None
    assert patronymic_father("արամ") is None
    assert patronymic_father("արամի արամի") is None
    assert patronymic_father("gevorgi") is None
    assert patronymic_father("оглы") is None


def test_whole_names_with_a_turkic_patronymic_of_two_words():
    from tekil.normalize.names import split_whole_name

    # Russian forms write family name, given name, then the patronymic: "Али оглы" is two words
    assert split_whole_name(["аббасов", "гасан", "али", "оглы"]) == ("гасан", "аббасов")
    assert split_whole_name(["məmmədova", "gunel", "əli", "qizi"]) == ("gunel", "məmmədova")
    # the family name last, after the patronymic
    assert split_whole_name(["hasan", "ali", "oglu", "abbasov"]) == ("hasan", "abbasov")
    # four words with no patronymic are read as before
    assert split_whole_name(["john", "paul", "van", "dyke"]) == ("john paul", "van dyke")
    assert split_whole_name(["maria", "del", "carmen", "lopez"]) == ("maria del carmen", "lopez")


def test_a_phone_column_of_several_countries_is_read_in_one_of_them():
    import pandas as pd

    from tekil.inference import phone_region

    # a transfer service's Russian, Armenian, Azerbaijani and Georgian customers, each number
    # dialled as at home: read in the country the column writes out most, the others' numbers
    # in theirs, not in a lax plan (Germany's) that reads any of them as its landlines
    numbers = ["+7 916 123-45-67", "+7 925 765-43-21", "+374 91 234567", "+994 50 123 45 67",
               "+995 555 123 456", "+7 903 111-22-33"] * 4  # fmt: skip
    numbers += ["8 (916) 234-56-78", "89251234567", "8 (903) 765-43-21", "8 (985) 111-22-33"] * 6
    numbers += ["091 234567", "093-45-67-14", "(094) 608991"] * 5
    numbers += ["050 645 01 38", "(070) 015-13-17", "077-269-82-07"] * 5
    numbers += ["557 32 08 93", "(574) 71-48-09", "599 62 95 26"] * 5
    assert phone_region(pd.Series(numbers)) == "RU"
    # numbers stored with their country code but no "+" are of the countries written out
    bare = ["37491234567", "995591697584", "994501234567", "79161234567"] * 8
    bare += ["+374 91 234567", "+995 591 697 584", "+994 50 123 45 67"] * 2
    assert phone_region(pd.Series(bare)) in ("AM", "GE", "AZ", "RU")
    # a column of one country's numbers is read there as before
    assert (
        phone_region(pd.Series(["8 (916) 234-56-78", "89251234567", "+7 903 765-43-21"] * 10))
        == "RU"
    )
    assert phone_region(pd.Series(["030 1234567", "0151 23456789", "+49 30 1234567"] * 10)) == "DE"


def test_street_types_of_the_former_soviet_union_and_the_caucasus():
    import pandas as pd

    from tekil.normalize.addresses import address

    read = address(pd.Series([
        "г. Москва, ул. Тверская, д. 40, кв. 5", "40 Tverskaya str., Moscow, apt 5",
        "ք. Երևան, Արշակունյաց պողոտա 89, բն. 66", "89 Arshakunyats avenue, Yerevan, apt 66",
        "თბილისი, ჭავჭავაძის გამზ. 12, ბ. 5", "Tbilisi, Chavchavadze ave 12, apt 5",
        "Bakı, Nizami küç. 30", "Bakı, Azadlıq prospekti 5",
    ]))  # fmt: skip
    assert read["value"].tolist() == [
        "г москва st тверская no 40 apt 5", "40 tverskaya st moscow apt 5",
        "ք երեւան արշակունյաց ave 89 apt 66", "89 arshakunyats ave yerevan apt 66",
        "თბილისი ჭავჭავაძის ave 12 apt 5", "tbilisi chavchavadze ave 12 apt 5",
        "baki nizami st 30", "baki azadliq ave 5",
    ]  # fmt: skip
    assert read["number"].tolist()[0] == "40"
    # a д or a ბ not before a number, a Cyrillic word that starts like a type, stay as written
    assert address(pd.Series(["Улица Д Горького", "пересвет 5"]))["value"].tolist() == [
        "st д горького", "пересвет 5",
    ]  # fmt: skip


def test_georgian_mobiles_dialled_as_before_the_2011_renumbering():
    import pandas as pd

    from tekil.normalize.phones import phone

    read = phone(pd.Series(["8 99 123456", "599 12 34 56", "+995 599 123 456", "8 93 726881"]),
                 region="GE")["value"].tolist()  # fmt: skip
    assert read == ["+995599123456"] * 3 + ["+995593726881"]
    # a toll-free 800 number and a number of another country are left as they are
    assert phone(pd.Series(["800 123 456"]), region="GE")["value"].tolist() == ["+995800123456"]
    assert phone(pd.Series(["8 (925) 395-18-23"]), region="RU")["value"].tolist() == [
        "+79253951823"
    ]


def test_russian_g_for_the_h_of_other_languages():
    from tekil.normalize.latin import latin, loose_latin
    from tekil.normalize.text import fold

    def loose(name: str) -> str:
        return loose_latin(latin(fold(name)))

    # Russian writes the h of Azerbaijani, Armenian and Georgian names with its г
    assert loose("Гусейнов") == loose("Huseynov") == loose("Hüseynov")
    assert loose("Гасанов") == loose("Hasanov") == loose("Həsənov")
    assert loose("Глонти") == loose("Ghlonti")
    # a g stays a g's equal in both scripts; other letters still tell names apart
    assert loose("Галина") == loose("Galina")
    assert loose("Гасанов") != loose("Касанов")
