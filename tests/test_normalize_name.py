import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tekil.errors import InputError
from tekil.normalize._common import NULL_TEXTS
from tekil.normalize.names import name, whole_name_arguments, writes_syllables_joined
from tekil.normalize.text import fold, turkish_lower, turkish_title, turkish_upper


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("İSMAİL", "ismail"),
        ("ISIK", "isik"),
        ("IŞIK", "isik"),
        ("ışık", "isik"),
        ("ŞAHİN", "sahin"),
        ("Sahin", "sahin"),
        ("Çağlar Öğüt", "caglar ogut"),
        ("Ali-Rıza", "ali riza"),
        ("  ayşe   nur  ", "ayse nur"),
        ("José Müller", "jose muller"),
        ("Michał Łódź", "michal lodz"),  # letters no accent decomposes: as written without
        ("Søren Ærø", "soren aero"),
        ("Straße", "strasse"),
        ("Đorđe Þór", "dorde thor"),
    ],
)
def test_fold_turkish_letters(raw, folded):
    assert fold(raw) == folded


def test_turkish_casing():
    assert turkish_lower("IĞDIR İZMİR") == "ığdır izmir"
    assert turkish_upper("ığdır izmir") == "IĞDIR İZMİR"
    assert turkish_title("ismail IŞIK") == "İsmail Işık"


@pytest.mark.parametrize(
    ("raw", "value", "display"),
    [
        ("Sayın AYŞE NUR ŞAHİN", "ayse nur sahin", "Ayşe Nur Şahin"),
        ("Ahmet Bey", "ahmet", "Ahmet"),
        ("Fatma Hanım", "fatma", "Fatma"),
        ("Prof. Dr. Mehmet Öz", "mehmet oz", "Mehmet Öz"),
        ("Mr. John O'Neil", "john oneil", "John Oneil"),
        ("mehmet2 yilmaz", "mehmet yilmaz", "Mehmet Yilmaz"),
        ('"Ayşe Nur"', "ayse nur", "Ayşe Nur"),  # quoted whole: no nickname alone
        ("„Müller“", "muller", "Müller"),
        ('Ahmet "Memo" Yılmaz', "ahmet yilmaz", "Ahmet Yılmaz"),  # quoted part: a nickname
    ],
)
def test_name_canonical_and_display(raw, value, display):
    out = name(pd.Series([raw]))
    assert out.loc[0, "value"] == value
    assert out.loc[0, "display"] == display
    assert pd.isna(out.loc[0, "reason"])


def test_display_casing_is_turkish_only_for_a_column_written_in_turkish():
    english = pd.Series(["JOHN SMITH", "KIM MILLER", "Isabel Diaz", "ingrid SVENSSON"])
    assert name(english)["display"].tolist() == [
        "John Smith",
        "Kim Miller",
        "Isabel Diaz",
        "Ingrid Svensson",
    ]  # Turkish rules gave "John Smıth", "Kım Mıller", "İngrid Svensson"
    # A name with a letter only Turkish has is cased the Turkish way in any column.
    mixed = pd.Series(["KEMAL KILIÇOĞLU", "ŞÜKRÜ YILDIZ", "JOHN SMITH"])
    assert name(mixed, turkish=False)["display"].tolist() == [
        "Kemal Kılıçoğlu",
        "Şükrü Yıldız",
        "John Smith",
    ]
    turkish = pd.Series(["AHMET YILMAZ", "Ayşe Kılıç", "İSMAİL ŞAHİN", "fatma aydın"])
    out = name(turkish)["display"].tolist()
    assert out == ["Ahmet Yılmaz", "Ayşe Kılıç", "İsmail Şahin", "Fatma Aydın"]
    assert name(turkish, turkish=False)["display"][0] == "Ahmet Yilmaz"
    assert name(english, turkish=True)["display"][0] == "John Smıth"
    # Matching never depended on it.
    assert name(turkish)["value"].tolist() == name(turkish, turkish=False)["value"].tolist()


def test_name_given_family_split():
    out = name(pd.Series(["Ayşe Nur Şahin", "Mehmet"]))
    assert out.loc[0, "given"] == "ayse nur"
    assert out.loc[0, "family"] == "sahin"
    assert pd.isna(out.loc[1, "given"]) and pd.isna(out.loc[1, "family"])


def test_initials_are_no_placeholders_but_n_a_is():
    out = name(pd.Series(["A.", "N.", "Н.", "N/A", "n.a."]))
    assert out["value"].tolist()[:3] == ["a", "n", "н"]
    assert out["reason"].isna().tolist() == [True, True, True, False, False]
    assert out["reason"].tolist()[3:] == ["missing", "placeholder"]


def test_name_bad_values_get_reasons_not_errors():
    out = name(pd.Series([None, "   ", "12345", "TEST", "Bilinmiyor", "?!", 7, ["a"]]))
    assert out["reason"].tolist() == [
        "missing",
        "missing",
        "unparseable",
        "placeholder",
        "placeholder",
        "unparseable",
        "unparseable",
        "unparseable",
    ]
    assert out["value"].iloc[[0, 1, 2, 5, 6, 7]].isna().all()


@pytest.mark.parametrize(
    ("written", "value", "given", "family"),
    [
        ("Sr. Juan García", "juan garcia", "juan", "garcia"),
        ("Sra. María López", "maria lopez", "maria", "lopez"),
        ("John Smith Sr.", "john smith sr", "john", "smith"),  # Senior, after the name
        ("Monsieur Jean Dupont", "jean dupont", "jean", "dupont"),
        ("Sig.ra Maria Rossi", "maria rossi", "maria", "rossi"),
        ("Dhr. Jan de Vries", "jan de vries", "jan", "de vries"),
        ("Senhora Ana Souza", "ana souza", "ana", "souza"),
        ("Don Johnson", "don johnson", "don", "johnson"),  # a name, not a Spanish title
        ("Hr. Hans Weber", "hans weber", "hans", "weber"),
        ("Fr. Anna Weber", "anna weber", "anna", "weber"),
        ("Dña. María", "maria", None, None),
        ("Peter Jones Jnr", "peter jones jnr", "peter", "jones"),
        ("Amartya Sen", "amartya sen", "amartya", "sen"),  # a family name, not "senior"
    ],
)
def test_forms_of_address_of_other_languages_are_dropped(written, value, given, family):
    out = name(pd.Series([written])).iloc[0].replace({pd.NA: None})
    assert (out["value"], out["given"], out["family"]) == (value, given, family)


def test_a_title_before_a_given_name_alone_is_dropped():
    # A given-name column: "Sr. José" and "Hr. Hans" are José and Hans.
    out = name(pd.Series(["Sr. José", "Hr. Hans", "Fr. Anna", "Sr"]))["value"].tolist()
    assert out == ["jose", "hans", "anna", "sr"]


def test_indian_honorifics_are_dropped():
    out = name(pd.Series(["Smt Fatima", "Shri Ram Prasad", "Smt. Selvi"]))
    assert out["value"].tolist() == ["fatima", "ram prasad", "selvi"]


def test_honorific_only_is_kept_rather_than_emptied():
    assert name(pd.Series(["Bey"])).loc[0, "value"] == "bey"


def test_name_alignment_keeps_index_and_duplicates():
    s = pd.Series(["ALİ", None, "Ali", "ALİ"], index=[10, 3, 7, 10])
    out = name(s)
    assert list(out.index) == [10, 3, 7, 10]
    assert out["value"].tolist()[::2] == ["ali", "ali"]
    assert out["value"].iloc[2] == "ali"


def test_name_wrong_type_is_a_clear_error():
    with pytest.raises(InputError, match="expects one column"):
        name(pd.DataFrame({"ad": ["Ali"]}))
    with pytest.raises(InputError, match="pandas Series"):
        name(["Ali"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=20))
@example(["AND2A", "ÀND2A"])  # "and" a word only once cleaned: "and a", then "a"
@example(["NAN"])  # a name in capitals, "nan" once folded: what tools write for a missing value
def test_name_never_crashes_and_is_idempotent(texts):
    out = name(pd.Series(texts, dtype=object))
    assert len(out) == len(texts)
    ok = out["value"].dropna()
    # A value that reads as a missing value's text ("nan" of "NAN", as written only) stays out.
    ok = ok[~ok.isin(NULL_TEXTS)]
    again = name(ok.astype(object))
    assert again["value"].tolist() == ok.tolist()


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("कृष्ण खत्री", "कृष्ण खत्री"),  # Hindi: vowel signs and viramas belong to their letters
        ("สมชาย ใจดี", "สมชาย ใจดี"),  # Thai
        ("がくせい", "がくせい"),  # the voicing mark makes が another letter than か
        ("فَاطِمَة", "فاطمة"),  # Arabic vowel marks are optional: dropped
        ("שָׁלוֹם", "שלום"),  # so are Hebrew points
        ("Nguyễn Văn An", "nguyen van an"),
        ("김민준", "김민준"),  # Hangul syllables come back composed
    ],
)
def test_letters_of_every_script_keep_their_marks_and_optional_diacritics_go(raw, value):
    out = name(pd.Series([raw, raw.upper()]))
    assert out["value"].tolist() == [value, value]
    assert fold(value) == value


def test_a_hindi_full_name_splits_into_given_and_family_names_at_the_space_only():
    out = name(pd.Series(["कृष्ण खत्री"]))
    assert (out.loc[0, "given"], out.loc[0, "family"]) == ("कृष्ण", "खत्री")
    assert name(pd.Series(["गा"]))["value"].tolist() != name(pd.Series(["ग"]))["value"].tolist()


@pytest.mark.parametrize(
    ("raw", "given", "family"),
    [
        ("Smith, John", "john", "smith"),  # surname first, set off by a comma
        ("Yılmaz, Ayşe Nur", "ayse nur", "yilmaz"),
        ("Ripoll Cozar, Jose Maria", "jose maria", "ripoll cozar"),  # all before the comma
        ("GARCÍA DE LA TORRE, ANA", "ana", "garcia de la torre"),
        ("John Smith, Jr.", "john", "smith"),  # a comma before a suffix is no surname first
        ("Dr. John A. Smith III", "john a", "smith"),  # the suffix stays in the value only
        # Particles start the family name.
        ("Jan van der Berg", "jan", "van der berg"),
        ("van der Berg, Jan", "jan", "van der berg"),
        ("Juan Carlos de la Cruz", "juan carlos", "de la cruz"),
        # A father's name after "bin", "binti", "s/o" or "a/p" is the family name others write.
        ("Mohammed bin Salman Jr", "mohammed", "salman"),
        ("Nur Aisyah Binti Abdullah", "nur aisyah", "abdullah"),
        ("RAJESH S/O KRISHNAN", "rajesh", "krishnan"),
        ("Kavitha a/p Muthu", "kavitha", "muthu"),
        ("Mdm Siti Binte Tarudin", "siti", "tarudin"),
        ("Ali Al Hashimi", "ali", "al hashimi"),  # "al" joins only with a slash (a/l)
        # An East Slavic patronymic, family name first or last; initials after a family name.
        ("Шевченко Олена Ігорівна", "олена", "шевченко"),
        ("Olena Ihorivna Shevchenko", "olena", "shevchenko"),
        ("Roman Arkadyevich Abramovich", "roman", "abramovich"),
        ("Шевченко О. І.", "о", "шевченко"),
        ("SMITH J R", "j", "smith"),
        ("Van Dyke", "van", "dyke"),  # one word before the family name stays the given name
        # Degrees after a name go; "Md" before one is Mohammed.
        ("Ms Anne Lee PhD", "anne", "lee"),
        ("John Smith, MD", "john", "smith"),
        ("Dr. Jane Roe MD PhD", "jane", "roe"),
    ],
)
def test_surname_first_suffixes_and_particles(raw, given, family):
    out = name(pd.Series([raw]))
    assert (out.loc[0, "given"], out.loc[0, "family"]) == (given, family)
    assert name(pd.Series(["John Smith Jr"]))["value"].tolist() == ["john smith jr"]


def test_chinese_and_korean_names_without_a_space_split_after_the_family_name():
    out = name(pd.Series(["张伟", "欧阳娜娜", "김민수", "남궁민수", "王", "John"]))
    assert out["family"].tolist()[:4] == ["张", "欧阳", "김", "남궁"]
    assert out["given"].tolist()[:4] == ["伟", "娜娜", "민수", "민수"]
    assert out["family"][4:].isna().all() and out["value"].tolist()[4:] == ["王", "john"]


def test_a_column_that_writes_chinese_and_korean_names_apart_leaves_one_word_whole():
    # "민수 김" and "秀兰 戴": the column spaces its names, so "민수" alone is a given name,
    # not the family name 민 and the given name 수.
    spaced = pd.Series(["민수 김", "지훈 박", "秀兰 戴", "建国 张", "민수", "张伟"])
    assert not writes_syllables_joined(spaced.tolist())
    out = name(spaced, syllables_joined=False)
    assert out["family"].tolist()[:4] == ["김", "박", "戴", "张"]
    assert out["given"][4:].isna().all() and out["family"][4:].isna().all()
    assert writes_syllables_joined(["김민수", "王秀英", "张伟", "민수 김"])
    assert whole_name_arguments(spaced)["syllables_joined"] is False


@pytest.mark.parametrize(
    ("raw", "given", "family"),
    [
        ("DUPONT Jean", "jean", "dupont"),  # the family name first, in capitals
        ("Jean DUPONT", "jean", "dupont"),
        ("DE LA FONTAINE Jean-Pierre", "jean pierre", "de la fontaine"),
        ("MÜLLER-LÜDENSCHEIDT Hans", "hans", "muller ludenscheidt"),
        ("Hans Müller-Lüdenscheidt", "hans", "muller ludenscheidt"),  # a hyphenated name
        ("Smith-Jones, Anna", "anna", "smith jones"),
        ("ŞAHİN Ayşe Nur", "ayse nur", "sahin"),
        # Not a family name in capitals: an initial, particles alone, a name all in capitals.
        ("J. Smith", "j", "smith"),
        ("VAN DER Berg", "van", "der berg"),
        ("JOHN SMITH", "john", "smith"),
        ("Mary-Jane", None, None),  # one word
    ],
)
def test_whole_names_split_as_written(raw, given, family):
    out = name(pd.Series([raw]), hyphenated_words=True, family_in_capitals=True)
    assert (out.loc[0, "given"], out.loc[0, "family"]) == (given or pd.NA, family or pd.NA)
    # The value is as written; only the split reads the capitals and hyphens.
    assert out.loc[0, "value"] == name(pd.Series([raw])).loc[0, "value"]


def test_names_are_split_as_before_unless_asked_as_stores_made_before_read_them():
    out = name(pd.Series(["DUPONT Jean", "Hans Müller-Lüdenscheidt"]))
    assert out["given"].tolist() == ["dupont", "hans muller"]
    assert out["family"].tolist() == ["jean", "ludenscheidt"]


def test_family_names_that_are_given_names_too_do_not_hide_the_convention():
    # Six of France's ten commonest family names are given names (Martin, Bernard, Thomas,
    # Robert, Richard, Laurent): a sample of a French file where the family name comes first
    # in capitals finds one in six or seven of them first elsewhere (six in seven had read
    # 2,000 of Faker's French names as given names first).
    from tekil.normalize.names import writes_family_in_capitals

    families = ["GUILLET", "SAMSON", "COUSIN", "BOULAY", "LECOMTE", "MARTIN"]
    given = ["Constance", "Marianne", "Pauline", "Gabrielle", "Luc", "Paul"]
    texts = [f"{f} {g}" for f, g in zip(families, given, strict=True)]
    texts += [f"{g} {f.title()}" for f, g in zip(families[:5], given[:5], strict=True)]
    texts += ["Martin Dupont", "Martin Leroy"]  # Martin stands first elsewhere
    assert writes_family_in_capitals(texts)


def test_capitals_mark_the_family_name_where_the_column_writes_it_so():
    by_convention = ["DUPONT Jean", "Marie Dupont", "MARTIN Luc", "Paul Martin", "Luc Bernard"]
    by_chance = ["JEAN Dupont", "Jean Martin", "Luc MARTIN", "Paul Martin", "Luc Bernard"]
    out = name(pd.Series(by_convention), hyphenated_words=True, family_in_capitals=None)
    assert out["family"].tolist()[:3] == ["dupont", "dupont", "martin"]
    out = name(pd.Series(by_chance), hyphenated_words=True, family_in_capitals=None)
    assert out.loc[0, "family"] == "dupont"  # JEAN Dupont is Jean of the Dupont family
    # Initials are no sign: "Mr AG Page" is A. G. Page, not Page of the AG family.
    initials = ["Mr AG Page", "Mrs J Smith", "John Smith", "Ann Page", "Mr JR Smith"]
    out = name(pd.Series(initials), family_in_capitals=None)
    assert out["family"].tolist() == ["page", "smith", "smith", "page", "smith"]


@pytest.mark.parametrize(
    ("written", "given", "family"),
    [
        ("Executors of the late John Smith", "john", "smith"),
        ("Exors of J Smith Dec'd", "j", "smith"),
        ("The Estate of Mary Jones (deceased)", "mary", "jones"),
        ("Latecia Decker", "latecia", "decker"),  # no estate: the words are a name
    ],
)
def test_an_estate_is_named_for_the_deceased(written, given, family):
    out = name(pd.Series([written]))
    assert (out.loc[0, "given"], out.loc[0, "family"]) == (given, family)


def test_the_occupier_is_nobody():
    out = name(pd.Series(["The Occupier", "the current occupier", "Householder"]))
    assert out["reason"].tolist() == ["placeholder"] * 3


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("JOHN SMITH (work)", "john smith"),  # a remark in brackets
        ("Smith, John [old]", "john smith"),
        ('John "Johnny" Smith', "john smith"),  # a nickname in quotes
        ("Maria (Mary) Lee", "maria lee"),
        ("Dr. med. Hans Müller", "hans muller"),  # the doctor's field after the title
        ("Prof. Dr. rer. nat. Eva Weber", "eva weber"),
        ("Dr. Phil Smith", "phil smith"),  # a given name, not the field
        ("John & Jane Smith", "john smith"),  # two people: the first
        ("John Smith and Jane Doe", "john smith"),
        ("Mr & Mrs Smith", "smith"),
        ("Hans und Eva Weber", "hans weber"),
        ("Smith, John & Jane", "john smith"),
        ("Sandy Andrews", "sandy andrews"),  # "and" inside a word is no couple
    ],
)
def test_remarks_doctors_fields_and_couples_leave_one_persons_name(written, value):
    out = name(pd.Series([written]))
    assert out.loc[0, "value"] == value
    assert name(out["display"]).loc[0, "value"] == value  # and read again, the same


def test_a_digit_scanned_for_a_letter_in_a_name_is_that_letter():
    out = name(pd.Series(["Mi1ou", "Isabe1 Bökenkamp", "DANIE1", "0laf", "John Smith 2"]))
    assert out["value"].tolist() == ["milou", "isabel bokenkamp", "daniei", "olaf", "john smith"]
    assert out["display"].tolist()[:2] == ["Milou", "Isabel Bökenkamp"]
    assert out["given"][1] == "isabel" and out["family"][1] == "bokenkamp"


_NAME_WORD = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Nd")) | st.sampled_from("-'. ,&"),
    min_size=1,
    max_size=12,
)


def _read_in_full(texts: list[str], **kwargs) -> list[tuple]:
    """Each name read with the short way for plain letters shut: every name cleaned in full."""
    from tekil.normalize import names

    plain = names._PLAIN
    try:
        names._PLAIN = re.compile(r"(?!)")  # matches nothing
        return [names._one_name(text, **kwargs) for text in texts]
    finally:
        names._PLAIN = plain


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_WORD, min_size=1, max_size=4).map(" ".join), st.booleans())
def test_names_of_plain_letters_read_as_the_full_cleaning_reads_them(text, turkish):
    # Words of letters take a short way past the cleaning (remarks, commas, digits, marks):
    # it must give what the whole cleaning gives.
    from tekil.normalize.names import _one_name

    assert repr(_one_name(text, turkish=turkish)) == repr(_read_in_full([text], turkish=turkish)[0])


def test_plain_names_in_many_scripts_read_as_the_full_cleaning_reads_them():
    from faker import Faker

    from tekil.normalize.names import _one_name

    texts = ["Sigra Rossi", "John and Jane Smith", "Anna-Lena Schmidt", "ﬁona Smith", "Zoë Ång"]
    for locale in ("en_US", "de_DE", "tr_TR", "ru_RU", "ja_JP", "hi_IN", "ar_AA", "ko_KR"):
        fake = Faker(locale)
        fake.seed_instance(0)
        texts += [fake.name() for _ in range(100)]
    assert list(map(repr, map(_one_name, texts))) == list(map(repr, _read_in_full(texts)))


def _both_readings(texts, *, turkish: bool):
    """Each text's reading by the plain names' path, where it takes the text, and in full."""
    from tekil.normalize.names import _plain_name, _read_name

    for text in texts:
        plain = _plain_name(text, turkish)
        if plain is not None:
            for as_written, family_first, monsieur in (
                ((False, False), False, False),
                ((True, False), True, True),
            ):
                full = _read_name(text, turkish, as_written, True, family_first, monsieur)
                yield text, plain, full


def test_plain_names_read_as_the_full_reading_reads_them_on_many_peoples_names():
    from faker import Faker

    from tekil.datasets import synthetic
    from tekil.datasets.febrl import load_febrl3
    from tekil.normalize._common import as_text

    texts: set[str] = set()
    frames = [synthetic.generate(3000, seed=3).records, load_febrl3().records]
    for df in frames:
        for col in df.columns:
            texts.update(t for t in map(as_text, df[col].dropna().unique()) if isinstance(t, str))
    for locale in ("en_US", "de_DE", "fr_FR", "es_ES", "pl_PL", "tr_TR", "vi_VN", "fil_PH"):
        fake = Faker(locale)
        fake.seed_instance(0)
        for _ in range(300):
            texts.update((fake.name(), fake.name().upper(), fake.last_name().lower()))
    seen = 0
    for turkish in (False, True):
        for text, plain, full in _both_readings(sorted(texts), turkish=turkish):
            assert plain == full, text
            seen += 1
    assert seen > 10_000  # most names take the plain path


_WORDS = [
    "van", "der", "Bin", "ISMAIL", "Jr", "phd", "Dr", "and", "UND", "née", "geb", "Gebre",
    "Mariam", "Abdel", "Kader", "Estate", "late", "of", "Nguyen", "Ivanovich", "test", "El",
    "Sigra", "Don", "Mehmet", "IŞIK", "Çağla", "Łódź", "Ærø", "Ĳssel", "ǅemal", "Ali", "a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text("aAıIİiŞşéÉßłŁ", min_size=1, max_size=6),
                min_size=1, max_size=5))  # fmt: skip
def test_plain_names_read_as_the_full_reading_reads_them_among_words_read_apart(words):
    for turkish in (False, True):
        for text, plain, full in _both_readings([" ".join(words)], turkish=turkish):
            assert plain == full, text


def test_names_with_words_read_apart_take_the_full_reading():
    from tekil.normalize.names import _plain_name

    for text in ("Jan van der Berg", "Ahmad bin Ismail", "John Smith Jr", "Mr John Smith",
                 "John and Jane Smith", "Nguyen Van An", "Executors of John Smith", "Gebre Mariam",
                 "Abdel Kader", "Olena Ihorivna Shevchenko", "Test", "Jean-Pierre Dupont",
                 "O'Neil", "J Smith", "张 伟", "Иван Петров", "Maria  Silva", "Marie née Dupont",
                 "Anna geb Schulz", "Tom AND Ann Lee", "Sigra Rossi"):  # fmt: skip
        assert _plain_name(text, False) is None, text
