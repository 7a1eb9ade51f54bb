import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare_checks import levels_of
from tekil.compare import compare, default_comparisons, token_overlap
from tekil.errors import ConfigError
from tekil.records import prepare
from tekil.settings import Settings

ROLES = {"first": "first_name", "last": "last_name", "dob": "dob", "tel": "phone", "mail": "email"}


@pytest.fixture
def records():
    df = pd.DataFrame(
        {
            "first": ["Mehmet", "Mehmet", "Mehmed", "Yılmaz", "Ayşe Nur", "Ayşe", None],
            "last": ["Yılmaz", "YILMAZ", "Yilmaz", "Mehmet", "Kaya", "Kaya", "Kaya"],
            "dob": [
                "1980-03-07",
                "1980-07-03",
                "1980-03-08",
                "1980-03-07",
                None,
                "1990-01-01",
                "1990-06-09",
            ],
            "tel": [
                "05321234567",
                "0532 123 45 67",
                "0542 123 45 67",
                "05321234568",
                None,
                None,
                None,
            ],
            "mail": [
                "Mehmet.Yilmaz@gmail.com",
                "mehmetyilmaz@gmail.com",
                "mehmetyilmaz@hotmail.com",
                "mehmet.yilmazz@gmail.com",
                None,
                None,
                None,
            ],
        }
    )
    return prepare(df, Settings(roles=ROLES), np.arange(len(df)))


def test_levels_on_known_pairs(records):
    lv = levels_of(records, [0, 0, 0, 4, 5, 0], [1, 2, 3, 5, 6, 6])
    assert lv["first_name"] == ["exact", "jw_0.92", "swapped", "tokens_shared", "null", "null"]
    assert lv["last_name"] == [
        "exact",
        "exact",
        "null",
        "exact",
        "exact",
        "else",
    ]  # swap counted once
    assert lv["dob"] == ["day_month_swapped", "one_part_off", "exact", "null", "same_year", "else"]
    assert lv["tel"][:3] == ["exact", "same_last7", "one_edit"]
    assert lv["mail"][:3] == ["exact", "same_local_part", "jw_0.92"]


def test_a_year_alone_agrees_on_its_year_never_in_full():
    # As far as it goes ("known_parts"), never as a whole date of the same year and another
    # day ("same_year"), nor in full.
    dob = ["1980", "1980", "1980-03", "1980-03", "1980-03-07", "1981", "1980-07-03", "1980-05"]
    df = pd.DataFrame({"first": ["Ali"] * len(dob), "dob": dob})
    records = prepare(df, Settings(roles={"first": "first_name", "dob": "dob"}), np.arange(8))
    lv = levels_of(records, [0, 2, 0, 2, 0, 4, 2, 4], [1, 3, 4, 4, 5, 6, 7, 7])["dob"]
    assert lv == ["known_parts", "known_parts", "known_parts", "known_parts", "same_year",
                  "day_month_swapped", "same_year", "same_year"]  # fmt: skip


def test_a_year_alone_one_year_from_the_other_date_agrees_weakly():
    # A year alone is often a guess ("vers 1972" beside a defaulted 01/01/1971): one year off is
    # the weak agreement of whole dates of one year; two years off, a month and year one year
    # off, or whole dates one year apart are not.
    dob = [
        "vers 1972",
        "01/01/1971",
        "1972",
        "1974",
        "1980-03",
        "1981-03",
        "1980-03-07",
        "1981-03-07",
    ]
    df = pd.DataFrame({"first": ["Awa"] * len(dob), "dob": dob})
    records = prepare(df, Settings(roles={"first": "first_name", "dob": "dob"}), np.arange(8))
    lv = levels_of(records, [0, 1, 2, 4, 6, 0], [1, 0, 3, 5, 7, 2])["dob"]
    assert lv == ["same_year", "same_year", "else", "else", "one_part_off", "known_parts"]


def test_date_levels_read_by_code_or_per_record_alike():
    # The parts are read per distinct date where each date's records hold its parts; where a
    # field was made otherwise (a record's day not its date's), per record, as before.
    dob = ["1980-03-07", "07.03.1980", "1980", "1980-07-03", "1981-03-07", None, "1980-03", "x"]
    df = pd.DataFrame({"first": ["Ali"] * len(dob), "dob": dob})
    records = prepare(df, Settings(roles={"first": "first_name", "dob": "dob"}), np.arange(8))
    i, j = np.triu_indices(len(dob), 1)
    by_code = levels_of(records, i, j)["dob"]
    assert records.__dict__["_date_parts"]["dob"][1]  # (read by code)
    records.fields["dob"].parts["day"] = records.fields["dob"].parts["day"].copy()
    records.fields["dob"].parts["day"][0] = 9  # "1980-03-09" on a record coded "1980-03-07"
    del records.__dict__["_date_parts"]
    changed = levels_of(records, i, j)["dob"]
    assert not records.__dict__["_date_parts"]["dob"][1]  # (read per record)
    assert changed != by_code
    first = i == 0  # only the pairs of record 0 moved
    assert [x for x, f in zip(changed, first, strict=True) if not f] == [
        x for x, f in zip(by_code, first, strict=True) if not f
    ]
    assert by_code[:3] == ["exact", "known_parts", "day_month_swapped"]
    assert changed[:3] == ["exact", "known_parts", "same_year"]  # (equal codes: exact)


def test_levels_are_symmetric(records):
    i = np.array([0, 0, 0, 4, 2])
    j = np.array([1, 2, 3, 5, 6])
    comps = default_comparisons(records)
    assert (compare(records, i, j, comps) == compare(records, j, i, comps)).all()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(list("abcde")), max_size=4).map(" ".join), min_size=2, max_size=8
    )
)
def test_token_overlap_matches_python_sets(values):
    uniques = np.array(list(dict.fromkeys(values)), dtype=object)
    codes = np.array([list(uniques).index(v) for v in values])
    a = codes[:-1]
    b = codes[1:]
    inter, la, lb = token_overlap(a, b, uniques)
    for k in range(len(a)):
        sa, sb = set(uniques[a[k]].split()), set(uniques[b[k]].split())
        assert (inter[k], la[k], lb[k]) == (len(sa & sb), len(sa), len(sb))


def test_token_overlap_counts_the_same_with_sets_and_with_word_rows(monkeypatch):
    import tekil.compare as comparing

    uniques = np.array(["ali veli", "veli ali", "ali ali", "ayse nur", "nur", "", "x y z"], object)
    a, b = np.array([0, 2, 3, 5, -1, 6]), np.array([1, 0, 4, 5, 1, 6])
    expected = ([2, 1, 1, 0, 0, 3], [2, 1, 2, 0, 0, 3], [2, 2, 1, 0, 0, 3])
    few = comparing.token_overlap(a, b, uniques)
    monkeypatch.setattr(comparing, "FEW_PAIRS", 0)
    numbered = comparing.token_overlap(a, b, uniques.copy())
    assert [x.tolist() for x in few] == [x.tolist() for x in numbered] == list(map(list, expected))


def test_comparisons_on_threads_give_the_levels_of_one_thread(monkeypatch):
    from tekil import compare as module
    from tekil.api import _resolve_settings
    from tekil.datasets import generate

    df = generate(400, seed=3).records
    df, st = _resolve_settings(df, None, "record_id")
    recs = prepare(df, st, df["record_id"].to_numpy())
    comps = default_comparisons(recs)
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, recs.n, 5000), rng.integers(0, recs.n, 5000)
    monkeypatch.setattr(module, "THREADED_PAIRS", 10**9)
    serial = compare(recs, i, j, comps)
    monkeypatch.setattr(module, "THREADED_PAIRS", 0)
    monkeypatch.setattr(module, "CHUNK", 1000)  # several chunks, each on the threads
    threaded = compare(recs, i, j, comps)
    assert (serial > 0).any(axis=0).sum() >= 8  # most comparisons have levels to check
    np.testing.assert_array_equal(threaded, serial)


def test_an_address_within_the_other_and_a_model_saved_before_that_level():
    from tekil.compare import Comparison, comparisons_for_role

    addresses = ["443 Thomas Shoal, 37631", "443 Thomas Shoal, New Jerryland", "Rachelburgh",
                 "01456 Rachelburgh", "12 Oak Road", "98 Elm Avenue, Dover",
                 # cut by a fixed width, and the start of another street
                 "Estação Ca", "Estação Cavalcanti, 45", "Rua Abr", "Rua Abreu Lima, 7"]  # fmt: skip
    df = pd.DataFrame({"first": ["Ann"] * 10, "addr": addresses})
    records = prepare(df, Settings(roles={"first": "first_name", "addr": "address"}), np.arange(10))
    i, j = np.array([0, 2, 4, 6, 8]), np.array([1, 3, 5, 7, 9])
    (now,) = comparisons_for_role("addr", "address")
    names = [now.levels[v] for v in compare(records, i, j, [now])[:, 0]]
    assert names[:4] == ["within", "within", "else", "within"]
    assert names[4] != "within"  # "rua abr" starts "rua abreu lima 7", too short to tell
    # A model saved before "within" existed reads it as its next, weaker level.
    old = Comparison("addr", "address", ("null", "exact", "close", "similar", "else"))
    assert [old.levels[v] for v in compare(records, i, j, [old])[:4, 0]] == [
        "similar",
        "similar",
        "else",
        "similar",
    ]
    with pytest.raises(ConfigError, match="train the model again"):
        compare(records, i, j, [Comparison("addr", "address", ("null", "exact", "nearby"))])


def test_a_lone_name_in_the_other_column_is_crossed_and_counted_once():
    df = pd.DataFrame(
        {
            "first": ["Palmer", "Lucas", "Katrina", None, "Ann", "Ann", "Anne", "Lucas", None],
            "last": [None, "Palmer", None, "Katrina", None, "Lee", "Lee", "Smith", "Lucas"],
        }
    )
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(9)
    )
    # A lone family name that is the other side's given name ("Lucas" against Lucas Palmer)
    # is crossed too, either way round; its family names are then not compared.
    lv = levels_of(records, [0, 2, 4, 0, 6, 5, 8, 1], [1, 3, 5, 3, 5, 7, 1, 8])
    assert (
        lv["first_name"]
        == ["crossed", "crossed", "exact", "null", "jw_0.92", "else"] + ["crossed"] * 2
    )
    assert lv["last_name"] == ["null", "null", "null", "null", "exact", "else", "null", "null"]


def test_a_birth_year_written_in_an_e_mail_or_a_handle_meets_the_other_records_date():
    roles = {"name": "full_name", "dob": "dob", "mail": "email", "web": "handle"}
    df = pd.DataFrame(
        {
            "name": ["Ayşe Kaya"] * 7,
            "dob": ["1985-04-02", None, None, "1986-04-02", "1985-04-02", None, None],
            "mail": [None, "ayse.kaya85@x.com", None, None, "ak1985@y.com", "ayse1985@z.com", None],
            "web": [None, None, "@aysekaya_1985", None, None, "@ayse_1985", "@ayse_kaya"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 1, 3, 0, 3, 5, 0], [1, 2, 2, 2, 4, 4, 2, 6])
    assert lv["written_year"] == [
        "exact",  # a date against a two-digit year in the e-mail
        "exact",  # ... and four digits in a handle
        "exact",  # an e-mail's year against a handle's
        "else",  # another year
        "null",  # two dates: the dates' own comparison
        "null",  # a date on both sides, whatever the identifiers write
        "exact",  # two e-mails' years are the e-mails' comparison, a handle's is news
        "null",  # no year written
    ]
    assert (
        compare(records, np.array([1, 3]), np.array([0, 2]), default_comparisons(records))
        == compare(records, np.array([0, 2]), np.array([1, 3]), default_comparisons(records))
    ).all()


def test_a_number_in_another_phone_column_agrees_and_is_counted_once():
    roles = {"name": "full_name", "home": "phone", "mobile": "phone"}
    x, y, z = "0212 555 12 34", "0532 111 22 33", "0216 444 00 11"
    df = pd.DataFrame(
        {
            "name": ["Ayşe Kaya"] * 6,
            "home": [x, None, y, x, None, z],
            "mobile": [y, x, x, None, None, None],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 0, 1, 4, 1], [1, 2, 3, 3, 1, 5])
    # Home against mobile counts in the home comparison; mobile's is then no disagreement.
    # Numbers in different columns, none shared, differ in the first column only.
    assert lv["home"] == ["exact", "exact", "exact", "exact", "null", "else"]
    assert lv["mobile"] == ["null", "null", "null", "null", "null", "null"]
    assert (
        compare(records, np.array([1, 2]), np.array([0, 0]), default_comparisons(records))
        == compare(records, np.array([0, 0]), np.array([1, 2]), default_comparisons(records))
    ).all()


def test_numbers_in_two_phone_columns_that_end_alike_agree_on_their_last_seven_digits():
    # A care desk writes an Algerian's line as dialled in Morocco (no country in its rows), the
    # operator with its code: one number in another column ends alike, as in one column.
    roles = {"name": "full_name", "num_ligne": "phone", "telephone": "phone"}
    df = pd.DataFrame(
        {
            "name": ["Samira Saidi"] * 5,
            "num_ligne": ["+213 661 23 45 67", None, None, None, "+213 551 98 76 54"],
            "telephone": [
                None,
                "+212 661 23 45 67",
                "+212 661 23 45 67",
                "+212 661 23 45 68",
                None,
            ],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 1, 0, 4], [1, 2, 3, 1])
    # Across the columns the first counts it; in a later one, its own comparison does.
    assert lv["num_ligne"] == ["same_last7", "null", "else", "else"]
    assert lv["telephone"] == ["null", "exact", "null", "null"]


def test_two_digits_the_other_way_round_in_a_phone_number_are_one_edit():
    df = pd.DataFrame(
        {
            "first": ["Ali", "Ali", "Ali"],
            "tel": ["0532 123 45 67", "0532 123 45 76", "0532 123 54 76"],
        }
    )
    records = prepare(df, Settings(roles={"first": "first_name", "tel": "phone"}), np.arange(3))
    assert levels_of(records, [0, 0], [1, 2])["tel"] == ["one_edit", "else"]


def test_given_names_and_their_short_forms_and_a_model_saved_before_that_level():
    from tekil.compare import Comparison

    first = ["William", "Bill", "Robert", "Bob", "Pepe", "José", "Саша", "Александр", "Bill H."]
    last = ["Bill", "William", "Smith", "Smith", "Ruiz", "Ruiz", "Иванов", "Иванов", "Jones"]
    df = pd.DataFrame({"first": first, "last": last})
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(len(df))
    )
    i, j = np.array([0, 2, 4, 6, 0, 1, 8]), np.array([1, 3, 5, 7, 2, 3, 0])
    lv = levels_of(records, i, j)
    assert lv["first_name"] == ["swapped", *["nickname"] * 3, "else", "else", "nickname"]
    assert "nickname" not in lv["last_name"]  # family names have no short forms here
    # A model saved before the level reads it as its next, weaker one: a disagreement.
    now = default_comparisons(records)[0]
    old = Comparison(now.field, now.role, tuple(x for x in now.levels if x != "nickname"))
    assert {old.levels[v] for v in compare(records, i[1:4], j[1:4], [old])[:, 0]} == {"else"}


def test_a_name_a_record_goes_by_meets_the_other_records_given_name():
    # A student's legal "Wei" and preferred "Jack"; the card office writes Jack alone.
    df = pd.DataFrame(
        {
            "given": ["Wei", "Jack", "Wei", "Wei", "Tom", "Jak", None],
            "pref": ["Jack", None, None, "Jack", None, None, "Jack"],
            "last": ["Zhang"] * 7,
        }
    )
    roles = {"given": "first_name", "pref": "known_as", "last": "last_name"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    assert "pref" not in [c.field for c in default_comparisons(records)]  # none of its own
    lv = levels_of(records, [0, 1, 0, 4, 0, 6], [1, 0, 2, 0, 5, 1])["first_name"]
    # Either way round; a given name it meets is no disagreement, another one is; a typo of
    # it is close; a record that gives no given name says nothing of its own.
    assert lv == ["nickname", "nickname", "exact", "else", "nickname", "null"]


def test_an_address_keyed_with_two_characters_the_other_way_round_is_transposed():
    mails = ["shaun.castro463@outlook.com", "shaun.castro643@outlook.com",
             "shaun.castro436@outlook.com", "shaun.castro463@yahoo.com",
             "shaun.castro46@outlook.com", "shaun.castro@outlook.com"]  # fmt: skip
    df = pd.DataFrame({"first": ["Shaun"] * 6, "mail": mails})
    records = prepare(df, Settings(roles={"first": "first_name", "mail": "email"}), np.arange(6))
    lv = levels_of(records, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5])["mail"]
    assert lv == ["transposed", "transposed", "same_local_part", "jw_0.92", "jw_0.92"]


def test_a_letter_dropped_from_a_short_name_is_close():
    df = pd.DataFrame({"first_name": ["Kenneth"] * 4, "last_name": ["Day", "Dy", "Yad", "Mayer"]})
    recs = prepare(df, Settings(roles={c: c for c in df.columns}), np.arange(4))
    comps = default_comparisons(recs)
    levels = compare(recs, np.array([0, 0, 0]), np.array([1, 2, 3]), comps)
    last = comps[[c.field for c in comps].index("last_name")]
    # Jaro-Winkler of "day" and "dy" is 0.61; one edit apart, they are close all the same.
    assert [last.levels[k] for k in levels[:, 1]] == ["jw_0.80", "else", "else"]


def test_short_forms_of_german_spanish_and_turkish_given_names():
    from tekil.nicknames import nickname_groups, same_group

    groups = nickname_groups(
        [
            "johann",
            "hans",
            "mehmet",
            "memo",
            "guillermo",
            "elisabeth",
            "liesel",
            "mercedes",
            "merche",
        ]
    )
    pairs = [(0, 1), (2, 3), (4, 3), (5, 6), (7, 8), (2, 4)]  # Mehmet and Guillermo: both Memo
    met = same_group(groups, [a for a, _ in pairs], [b for _, b in pairs]).tolist()
    assert met == [True, True, True, True, True, False]


def test_ukrainian_russian_and_polish_forms_of_one_given_name_are_one_group():
    from tekil.nicknames import nickname_groups, same_group

    # Ukrainian passports write "Oleksandr", Russian-language papers "Aleksandr", Cyrillic
    # records "Олександр" (read "oleksandr"); Polish short forms ("Ania" for Anna).
    names = ["oleksandr", "олександр", "aleksandr", "sasha", "володимир", "vladimir", "volodymyr"]
    names += ["anna", "ania", "olena", "elena", "oleksii", "olena"]
    groups = nickname_groups(names)
    pairs = [(0, 1), (1, 2), (0, 3), (4, 5), (4, 6), (7, 8), (9, 10), (11, 0), (12, 7)]
    met = same_group(groups, [a for a, _ in pairs], [b for _, b in pairs]).tolist()
    assert met == [True, True, True, True, True, True, True, False, False]


def test_australian_short_forms_and_the_english_names_emigrants_go_by():
    from tekil.nicknames import nickname_groups, same_group

    # "Gazza", "Stevo" and "Bec" as Australians write them; a Greek Dimitrios known as Jim
    # and an Italian Giuseppe as Joe on the bill's other records.
    names = ["gary", "gazza", "steven", "stevo", "rebecca", "bec", "dimitrios", "jim"]
    names += ["giuseppe", "joe", "barry", "gavin"]
    groups = nickname_groups(names)
    pairs = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 1), (11, 1)]
    met = same_group(groups, [a for a, _ in pairs], [b for _, b in pairs]).tolist()
    assert met == [True, True, True, True, True, False, False]


def test_names_in_chinese_characters_and_in_latin_letters_are_no_evidence_either_way():
    # "山田 太郎" and a card's "TARO YAMADA": no Latin reading of Chinese characters or Hangul
    # tells whether they are one name; in one script, they differ or agree as ever.
    df = pd.DataFrame(
        {
            "first_name": ["太郎", "Taro", "花子", "太郎", "민수", "Minsu", "Taro"],
            "last_name": ["山田", "Yamada", "佐藤", "山田", "김", "Kim", "Suzuki"],
        }
    )
    recs = prepare(df, Settings(roles={c: c for c in df.columns}), np.arange(len(df)))
    comps = default_comparisons(recs)
    levels = compare(recs, np.array([0, 0, 0, 4, 1]), np.array([1, 2, 3, 5, 6]), comps)
    first = comps[[c.field for c in comps].index("first_name")]
    named = [first.levels[k] for k in levels[:, [c.field for c in comps].index("first_name")]]
    assert named[0] == named[3] == "null"  # other scripts
    assert named[1] == "else" and named[2] != "null" and named[4] == "exact"


def test_a_name_in_kana_meets_its_latin_letters():
    # A card's "YAMADA TARO" and a reading's "ヤマダ タロウ" (long vowels written short on
    # cards), "ｻﾄｳ ｼﾞﾛｳ" typed in half-width kana and "SATO JIRO": as close as a name and its
    # spelling in another script are (Иван, Ivan).
    df = pd.DataFrame(
        {"name": ["ヤマダ タロウ", "YAMADA TARO", "ｻﾄｳ ｼﾞﾛｳ", "SATO JIRO", "サトウ ハナコ"]}
    )
    recs = prepare(df, Settings(roles={"name": "full_name"}), np.arange(len(df)))
    comps = default_comparisons(recs)
    levels = compare(recs, np.array([0, 2, 2]), np.array([1, 3, 4]), comps)
    at = [c.field for c in comps]
    first, last = comps[at.index("first_name")], comps[at.index("last_name")]
    # Kana is read family name first, Latin letters as written: the card's order is either.
    top = {"exact", "jw_0.92", "swapped"}
    assert {first.levels[k] for k in levels[:2, at.index("first_name")]} <= top
    assert {last.levels[k] for k in levels[:2, at.index("last_name")]} <= top | {"null"}
    # サトウ ジロウ and サトウ ハナコ: the family name the same, the given name not
    assert [f.levels[levels[2, at.index(f.field)]] for f in (first, last)] == ["else", "exact"]


def test_a_postcode_with_a_letter_scanned_for_a_digit_is_the_same_postcode():
    codes = ["4546 BY", "4S46BY", "1234 AI", "1234 AL", "4547 BY", "5B98 GY", "5898GY"]
    towns = ["Leeds", "York", "Hull", "Bath", "Ely", "Wells", "Truro"]
    df = pd.DataFrame({"first_name": ["Ann"] * len(codes), "zip": codes, "town": towns})
    roles = {"first_name": "first_name", "zip": "postcode", "town": "city"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    # Scanned: S for 5, B for 8. Two letters (I, L) or two digits apart: other postcodes,
    # one edit apart near ones (the test below).
    assert levels_of(records, [0, 2, 0, 5, 1], [1, 3, 4, 6, 4])["location"] == [
        "same_postcode", "near_postcode", "near_postcode", "same_postcode", "else"
    ]  # fmt: skip


def test_a_postcode_one_slip_apart_is_near_and_a_saved_model_reads_it_as_before():
    # 52114 for 52164, 31642 for 36142: a digit mistyped or two the other way round. Nearer
    # than another postcode, not as near as the same town; a model saved before the level
    # existed reads it as its next, weaker level, as any level added later is read.
    from tekil.compare import LOCATION_LEVELS, Comparison

    df = pd.DataFrame(
        {
            "first_name": ["Ann"] * 8,
            "zip": ["52114", "52164", "36142", "31642", "36142", "52114", "10115", "80331"],
            "town": ["Ely", "Ely", None, "Hull", "Leeds", "York", None, None],
        }
    )
    roles = {"first_name": "first_name", "zip": "postcode", "town": "city"}
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    i, j = np.array([0, 2, 3, 6]), np.array([1, 3, 4, 7])
    assert levels_of(records, i, j)["location"] == [
        "same_city", "near_postcode", "near_postcode", "else"
    ]  # fmt: skip
    before = tuple(level for level in LOCATION_LEVELS if level != "near_postcode")
    old = Comparison("location", "location", before, ("zip", "town"))
    assert [before[v] for v in compare(records, i, j, [old])[:, 0]] == [
        "same_city", "same_region", "same_region", "else"
    ]  # fmt: skip


def test_names_with_a_slipped_key_in_letters_with_marks_are_close():
    # "रकिश्मा" for "करिश्मा", "गयोल" for "गोयल": two keys swapped break two clusters; by code
    # points the names are close, and different names stay apart.
    df = pd.DataFrame(
        {
            "first": ["करिश्मा", "रकिश्मा", "सुरेन्द्र"],
            "last": ["गोयल", "गयोल", "पाण्डेय"],
        }
    )
    records = prepare(
        df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(3)
    )
    levels = levels_of(records, [0, 0], [1, 2])
    assert [levels["first_name"][0], levels["last_name"][0]] == ["jw_0.92", "jw_0.92"]
    assert [levels["first_name"][1], levels["last_name"][1]] == ["else", "else"]


def test_places_that_two_systems_keep_in_columns_of_their_own_agree_across_them():
    # A billing row's address and a shop row's delivery address, one place each system.
    df = pd.DataFrame(
        {
            "domicilio": ["Ronda de Aníbal 695", None, "Calle Mayor 1", None],
            "cp": ["46566", None, "28013", None],
            "envio": [None, "Ronda de Aníbal 695", None, "Calle Sol 9"],
            "cp_envio": [None, "46566", None, "28013"],
            "nombre": ["Jose Ripoll"] * 4,
        }
    )
    roles = {
        "domicilio": "address",
        "cp": "postcode",
        "envio": "address",
        "cp_envio": "postcode",
        "nombre": "full_name",
    }
    recs = prepare(df, Settings(roles=roles), np.arange(4))
    comps = default_comparisons(recs)
    (c,) = [k for k, comp in enumerate(comps) if comp.role == "location"]
    levels = comps[c].levels
    out = compare(recs, np.array([0, 2, 0]), np.array([1, 3, 3]), comps)[:, c]
    # The same address; the same postcode only; nothing in common (no longer "no value").
    assert [levels[k] for k in out] == ["same_address", "same_postcode", "else"]


def test_addresses_written_two_ways_in_two_systems_columns_are_alike_across_them():
    # A US bank's ADDR1 (its flat in ADDR2) and a shop's address_line1 with the flat in it; a
    # Quebec carrier's "adresse" and the shop's unit before the number. A neighbour's address
    # on the street, and the second line ("APT 5A") beside it, are no such address.
    df = pd.DataFrame(
        {
            "ADDR1": ["8616 OAK DR", None, None, None, None],
            "ADDR2": ["APT 5A", None, None, None, None],
            "address_line1": [None, "8616 Oak Dr Apt 5A", None, "8-2482 rue Saint-Denis",
                              "14 Oak Dr Apt 3"],
            "adresse": [None, None, "2482 rue Saint-Denis, app. 8", None, None],
            "nom": ["Karen Anderson"] * 5,
        }
    )  # fmt: skip
    roles = {"ADDR1": "address", "ADDR2": "address", "address_line1": "address",
             "adresse": "address", "nom": "full_name"}  # fmt: skip
    recs = prepare(df, Settings(roles=roles), np.arange(5))
    comps = default_comparisons(recs)
    (c,) = [k for k, comp in enumerate(comps) if comp.role == "location"]
    levels = comps[c].levels
    out = compare(recs, np.array([0, 2, 0]), np.array([1, 3, 4]), comps)[:, c]
    assert [levels[k] for k in out] == ["similar_address", "similar_address", "else"]


def test_names_swapped_with_a_typo_in_one_are_swapped():
    # "Tracy Thomas" written "Thomas Tracy", and "Tohmsa Tracy" or "Thomas Tacry" as well
    # (a slip that leaves Jaro-Winkler 0.88-0.90: no longer a swap of two names both at 0.92).
    df = pd.DataFrame(
        {
            "first": ["Tracy", "Thomas", "Tohmsa", "Thomas", "Tomas", "Maria"],
            "last": ["Thomas", "Tracy", "Tracy", "Tacry", "Trinh", "Thomas"],
        }
    )
    recs = prepare(df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(6))
    lv = levels_of(recs, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5])
    # Both crossed names far off ("Tomas Trinh") or one name in common: no swap.
    assert lv["first_name"] == ["swapped", "swapped", "swapped", "else", "else"]


def test_an_initial_for_one_of_two_swapped_names_and_names_in_another_order_are_swapped():
    # South Indian "S. Ramesh" (the father's or village's initial first) for Ramesh
    # Srinivasan; a form's "Patil Manisha Rahul" (family name first) for Manisha Rahul Patil;
    # two initials are no closer for being one letter apart ("D" and "B" Rajesh).
    df = pd.DataFrame(
        {
            "first": ["Ramesh", "S.", "Manisha Rahul", "Patil Manisha", "D", "B", "Ramesh"],
            "last": ["Srinivasan", "Ramesh", "Patil", "Rahul", "Rajesh", "Rajesh", "Kumar"],
        }
    )
    recs = prepare(df, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(7))
    lv = levels_of(recs, [0, 2, 4, 0], [1, 3, 5, 6])
    assert lv["first_name"][:2] == ["swapped", "swapped"]
    assert lv["first_name"][2] == "else" and lv["first_name"][3] == "exact"
    # A Chinese character is a name of its own, not an initial: one character off is close.
    han = pd.DataFrame({"first": ["伟", "玮", "伟"], "last": ["王", "王", "李"]})
    recs = prepare(han, Settings(roles={"first": "first_name", "last": "last_name"}), np.arange(3))
    assert levels_of(recs, [0], [1])["first_name"] != ["else"]


def test_a_maiden_name_kept_as_the_middle_name_is_no_other_family_name():
    # "Barbara Terri Harris" married: "Barbara Harris Summers"; neither her family name nor her
    # middle name differs from the other record's as a stranger's would.
    df = pd.DataFrame(
        {
            "first": ["Barbara", "Barbara", "Barbara"],
            "middle": ["Terri", "Harris", "Anne"],
            "last": ["Harris", "Summers", "Summers"],
        }
    )
    roles = {"first": "first_name", "middle": "middle_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(3))
    lv = levels_of(recs, [0, 0], [1, 2])
    assert lv["last_name"] == ["null", "else"] and lv["middle"] == ["null", "else"]


def test_a_masked_or_mistyped_card_agrees_by_its_last_four_digits_where_brands_allow():
    roles = {"name": "full_name", "card": "card", "saved": "card"}
    visa, visa_2 = "4111 1111 1111 1111", "4012 8888 8888 1881"
    df = pd.DataFrame(
        {
            "name": ["Ana Ruiz"] * 11,
            "card": [
                visa,
                "4111 11** **** 1111",  # masked, its brand shown
                "XXXX-XXXX-XXXX-1111",  # masked, no brand
                "5500 00** **** 1111",  # a Mastercard ending alike
                "4111 1111 1111 1112",  # mistyped: no token, last four 1112
                visa_2,
                None,
                "************1111",
                "not a card",
                None,
                None,
            ],
            "saved": [None] * 6 + ["XXXX XXXX XXXX 1111", None, None, visa, visa_2],
        }
    )
    records = prepare(df, Settings(roles=roles, card_key="k"), np.arange(len(df)))
    lv = levels_of(records, [0, 0, 1, 0, 0, 0, 0, 5, 2, 0, 8], [1, 2, 2, 3, 4, 5, 6, 2, 7, 8, 2])
    assert lv["card"] == [
        "same_last4",  # the full number and its masked print
        "same_last4",
        "same_last4",  # two masked prints
        "else",  # the brands differ
        "else",  # other last digits
        "else",  # two whole numbers differ: two cards
        "same_last4",  # the saved card's column, counted by the first column's comparison
        "else",
        "same_last4",
        "null",  # nothing readable on one side
        "null",
    ]
    assert lv["saved"] == ["null"] * 11
    assert levels_of(records, [9, 9], [10, 0])["saved"] == ["else", "null"]  # (the first's exact)
    assert levels_of(records, [9, 9], [10, 0])["card"] == ["else", "exact"]


def test_compound_given_names_meet_their_initials_and_a_till_s_slip_in_an_e_mail_is_one():
    df = pd.DataFrame(
        {
            "first": ["Jean-Pierre", "JP", "J. P.", "Anne-Sophie", "AS", "Jean", "Paul"],
            "mail": [
                "romain.fontaine@free.fr",
                "rmain.fontaine@free.fr",  # a letter dropped at the till
                "romain.fontaime@free.fr",  # a letter mistyped
                "j.dupont@free.fr",
                "m.dupont@free.fr",  # the first letter: a couple, no slip
                "dupont1@free.fr",
                "dupont2@free.fr",  # a digit: another account
            ],
        }
    )
    records = prepare(df, Settings(roles={"first": "first_name", "mail": "email"}), np.arange(7))
    lv = levels_of(records, [0, 0, 3, 0, 5], [1, 2, 4, 5, 6])
    assert lv["first_name"] == ["initial", "initial", "initial", "tokens_shared", "else"]
    # A slip is the level of two letters swapped; the first letter or a digit is not one.
    assert lv["mail"] == ["transposed", "transposed", "jw_0.92", "else", "jw_0.92"]


def test_initials_written_together_meet_a_name_that_starts_with_the_first():
    # "Mr JD Page" on a bill, "James Page" on the web: JD is no name (no vowel), its first
    # letter is James's; "Ed" and "Al" are names, and two sets of initials are no closer.
    df = pd.DataFrame({"first": ["JD", "James", "Ed", "Edward", "JG", "Joanna", "SL"]})
    records = prepare(df, Settings(roles={"first": "first_name"}), np.arange(7))
    lv = levels_of(records, [0, 0, 2, 0, 6], [1, 5, 3, 4, 1])
    assert lv["first_name"][:2] == ["initial", "initial"]
    assert lv["first_name"][2] != "initial"  # Ed for Edward: a short form, no initial
    assert lv["first_name"][3:] == ["else", "else"]


def test_a_masked_id_or_its_last_four_meet_the_whole_id_by_its_tail():
    # A core system's NRIC, an app's masked copy, a CRM's last four characters.
    df = pd.DataFrame(
        {
            "first": ["Wei Ming", "Wei Ming", "Wei Ming", "Mei Ling", "Ah Kow"],
            "nric": ["S1234567D", "S****567D", None, "S7654321A", "S7654567D"],
            "nric_last4": [None, None, "567D", "321A", None],
        }
    )
    roles = {"first": "first_name", "nric": "free_id", "nric_last4": "free_id"}
    records = prepare(df, Settings(roles=roles), np.arange(5))
    lv = levels_of(records, [0, 0, 1, 0, 1, 3, 0], [1, 2, 2, 3, 3, 2, 4])
    # Two whole ids that end alike are two ids: they differ.
    assert lv["nric"] == ["same_tail", "same_tail", "same_tail", "else", "else", "else", "else"]


def test_an_id_cut_to_its_last_six_or_written_after_a_prefix_meets_the_whole_id_by_its_tail():
    # A bank's CNIC, a wallet's "cnic_last6"; Bangladesh's 13-digit NID and the 17-digit one
    # (the birth year before it). Ids one edit apart in length are slips, not cuts.
    df = pd.DataFrame(
        {
            "first": ["Ali", "Ali", "Rahim", "Rahim", "Sana", "Sana"],
            "cnic": ["3520212345671", None, "2612345678901", "19852612345678901", "3520212345671",
                     "352021234567"],
            "cnic_last6": [None, "345671", None, None, None, None],
        }
    )  # fmt: skip
    roles = {"first": "first_name", "cnic": "free_id", "cnic_last6": "free_id"}
    records = prepare(df, Settings(roles=roles), np.arange(6))
    lv = levels_of(records, [0, 2, 4, 0], [1, 3, 5, 2])
    assert lv["cnic"] == ["same_tail", "same_tail", "one_edit", "else"]


def test_a_value_in_two_columns_of_both_records_is_counted_once():
    # A login that is the e-mail address, beside the e-mail column: the same address twice.
    roles = {"name": "full_name", "mail": "email", "login": "email"}
    df = pd.DataFrame(
        {
            "name": ["Emma Henriksen", "Svein Henriksen", "Svein Henriksen"],
            "mail": ["henriksens@live.no", "henriksens@live.no", None],
            "login": ["henriksens@live.no", "henriksens@live.no", "henriksens@live.no"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(3))
    comps = default_comparisons(records)
    out = compare(records, np.array([0, 0]), np.array([1, 2]), comps)
    lv = {c.field: [c.levels[v] for v in out[:, k]] for k, c in enumerate(comps)}
    assert lv["mail"] == ["exact", "exact"]  # the first column it is in counts it
    assert lv["login"] == ["null", "null"]  # and the later one no more


def test_an_id_or_card_two_records_share_in_a_later_column_is_no_difference_in_the_first():
    # Three systems' id columns (a retailer's IDNumber, a bank's and an insurer's): two insurer
    # records of one ID agree in ID_NOMMER; the retailer's column, empty on both, says nothing
    # (it said "else": its tails differ, read across all columns, though none differ).
    roles = {"name": "full_name", "IDNumber": "free_id", "ID_NUMBER": "free_id",
             "ID_NOMMER": "free_id"}  # fmt: skip
    df = pd.DataFrame(
        {
            "name": ["Sipho Nkosi"] * 4,
            "IDNumber": ["8001015009087", None, None, None],
            "ID_NUMBER": [None, "8503145123084", None, None],
            "ID_NOMMER": [None, None, "850314 5123 08 4", "8503145123084"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [2, 1, 0], [3, 3, 3])
    assert lv["IDNumber"] == ["null", "null", "else"]
    assert lv["ID_NOMMER"] == ["exact", "null", "null"]
    assert lv["ID_NUMBER"] == ["null", "exact", "null"]
    # The same for cards: a saved card both records hold.
    visa = "4111 1111 1111 1111"
    roles = {"name": "full_name", "card": "card", "saved": "card"}
    df = pd.DataFrame({"name": ["Ana Ruiz"] * 3, "card": [None, None, "4012 8888 8888 1881"],
                       "saved": [visa, visa, None]})  # fmt: skip
    records = prepare(df, Settings(roles=roles, card_key="k"), np.arange(len(df)))
    lv = levels_of(records, [0, 0], [1, 2])
    assert lv["card"] == ["null", "else"]
    assert lv["saved"] == ["exact", "null"]


def test_an_id_typed_with_a_slip_in_another_systems_column_is_one_edit_apart():
    # The bank's 13-digit ID against the insurer's with two digits swapped, or one mistyped:
    # one edit, as in one column; another person's ID is "else".
    roles = {"name": "full_name", "ID_NUMBER": "free_id", "ID_NOMMER": "free_id"}
    df = pd.DataFrame(
        {
            "name": ["Sipho Nkosi"] * 4,
            "ID_NUMBER": ["4707062787085", None, None, None],
            "ID_NOMMER": [None, "4707062778085", "4707062787385", "6001015009087"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    assert levels_of(records, [0, 0, 0], [1, 2, 3])["ID_NUMBER"] == ["one_edit", "one_edit", "else"]


def test_a_value_cut_short_is_found_by_its_start_in_any_script_without_wide_copies():
    # "estacao ca" is "estacao cavalcanti 45" cut by a fixed width; "şile yolu" (UTF-8 of two
    # bytes a letter) starts "şile yolu 12"; a start of fewer than CUT_AT_LEAST characters, or
    # one that is not the start, is not a cut. One value of 2,000 characters among the pairs
    # must not make every pair's copy that wide (it did: 20 k pairs took 320 MB).
    import tracemalloc

    from tekil.compare import cut_short

    u = np.array(
        ["estacao ca", "estacao cavalcanti 45", "şile yolu", "şile yolu 12", "rua a", "rua abc",
         "estacao cz", "x" * 2000],
        dtype=object,
    )  # fmt: skip
    a, b = np.array([0, 3, 4, 6, 7]), np.array([1, 2, 5, 1, 1])
    assert cut_short(a, b, u).tolist() == [True, True, False, False, False]
    a, b = np.tile(a, 4000), np.tile(b, 4000)
    tracemalloc.start()
    try:
        cut_short(a, b, u)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20


def _assign_by_masks(null, conditions):
    """_assign as a mask per condition sets it: the first true condition wins, null is 0."""
    level = np.full(len(null), len(conditions) + 1, dtype=np.int8)
    for k in range(len(conditions) - 1, -1, -1):
        level[conditions[k]] = k + 1
    level[null] = 0
    return level


@pytest.mark.parametrize("n_conditions", [1, 2, 6, 9])
def test_assign_packed_conditions_give_the_first_true_condition(n_conditions):
    from tekil.compare import _assign

    rng = np.random.default_rng(n_conditions)
    null = rng.random(5000) < 0.2
    conditions = [rng.random(5000) < p for p in rng.uniform(0.01, 0.6, n_conditions)]
    conditions[0] = np.repeat(conditions[0], 2)[::2]  # not contiguous
    levels = _assign(null, conditions)
    assert levels.dtype == np.int8
    assert np.array_equal(levels, _assign_by_masks(null, conditions))


@pytest.mark.parametrize("vocabulary", [5, 300, 100_000])
def test_distinct_pairs_by_table_or_hash_read_back_each_pair(vocabulary):
    from tekil.compare import _distinct_pairs

    rng = np.random.default_rng(vocabulary)
    a = rng.integers(-1, vocabulary, 20_000).astype(np.int32)
    b = rng.integers(-1, vocabulary, 20_000).astype(np.int32)
    rows, da, db = _distinct_pairs(a, b)
    assert np.array_equal(da[rows], a) and np.array_equal(db[rows], b)
    assert len(set(zip(da.tolist(), db.tolist(), strict=True))) == len(da)
    assert len(da) == len(set(zip(a.tolist(), b.tolist(), strict=True)))


def test_a_pairs_levels_are_its_own_whatever_else_the_call_compares(records):
    # A store compares a new record's few pairs at a time (often none left to score for a
    # name, or none with a side missing): each pair's levels are those it has among many.
    i, j = np.triu_indices(records.n, k=1)
    comparisons = default_comparisons(records)
    together = compare(records, i, j, comparisons)
    for k in range(len(i)):
        alone = compare(records, i[k : k + 1], j[k : k + 1], comparisons)
        np.testing.assert_array_equal(alone[0], together[k], err_msg=f"pair {i[k]}, {j[k]}")
    assert compare(records, i[:0], j[:0], comparisons).shape == (0, len(comparisons))


def test_pairs_compared_alone_as_a_store_does_have_their_levels_among_many():
    # Cards, handles, e-mails, aliases and written years too: a comparison may skip its work
    # where one side of every pair has none of its values, never change a level by it.
    import tekil
    from tekil.datasets import generate

    data = generate(300, seed=5)
    result = tekil.dedupe(data.records, id_column="record_id")
    records = result.records
    comparisons = [p.comparison for p in result.model.parameters_]
    rng = np.random.default_rng(5)
    position = pd.Index(records.ids)
    kept = result.pairs.head(150)
    i = np.r_[position.get_indexer(kept["id_a"]), rng.integers(0, records.n, 150)]
    j = np.r_[position.get_indexer(kept["id_b"]), rng.integers(0, records.n, 150)]
    together = compare(records, i, j, comparisons)
    for k in range(len(i)):
        alone = compare(records, i[k : k + 1], j[k : k + 1], comparisons)
        np.testing.assert_array_equal(alone[0], together[k], err_msg=f"pair {i[k]}, {j[k]}")


def test_a_comparison_is_skipped_only_where_no_pair_has_values_on_both_sides():
    from tekil.compare import _FIRST_LOOK, _one_side_empty

    n = 3 * _FIRST_LOOK
    codes = np.full(2 * n, -1)
    codes[:n] = 7  # records 0..n-1 hold a value, n..2n-1 none
    other = np.full(2 * n, -1)
    i, j = np.arange(n), np.arange(n, 2 * n)  # every pair has a value on one side only
    assert _one_side_empty(i, j, [codes, other])
    for at in (0, _FIRST_LOOK - 1, _FIRST_LOOK, n - 1):  # one pair with both, first or late
        both = j.copy()
        both[at] = (at + 1) % n
        assert not _one_side_empty(i, both, [codes, other]), at
    other[n + 5] = 3  # a value in a second column counts as well
    late = np.r_[i[: 2 * _FIRST_LOOK], 5]
    assert not _one_side_empty(np.r_[j[: 2 * _FIRST_LOOK], n + 5], late, [codes, other])
    assert _one_side_empty(i[:0], j[:0], [codes])


def test_ids_of_two_kinds_in_one_column_or_two_say_nothing():
    # A SIM registry's ID_NUMBER beside its ID_TYPE: a Myanmar NRC for one line, a passport for
    # another of the same person; a wallet's NRC beside it. Two NRCs, or two passports, differ.
    roles = {"name": "full_name", "ID_NUMBER": "free_id", "nrc_no": "free_id"}
    df = pd.DataFrame(
        {
            "name": ["Ei Swe Nwe"] * 5,
            "ID_NUMBER": ["13/TAKANA(N)333453", "MD230299", "MD230300", None, None],
            "nrc_no": [None, None, None, "13/TKN(N)333453", "13/TKN(N)555555"],
        }
    )
    records = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(records, [0, 1, 0, 0, 1], [1, 2, 3, 4, 4])
    assert lv["ID_NUMBER"] == ["null", "else", "exact", "else", "null"]
    assert lv["nrc_no"] == ["null", "null", "null", "null", "null"]
