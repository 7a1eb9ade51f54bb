import itertools
import logging

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tekil
from tekil._covering import alias_ways
from tekil.block import (
    EITHER_ORDER,
    YEAR_ALONE,
    candidate_pairs,
    candidate_pairs_by_rule,
    combine,
    count_pairs,
    default_rules,
    key_codes,
    pairs_in_blocks,
    pairs_in_window,
)
from tekil.errors import ConfigError
from tekil.records import joint_codes, normalisers, prepare
from tekil.settings import BlockingRule, Settings


def brute_force(keys):
    return {
        (a, b)
        for a, b in itertools.combinations(range(len(keys)), 2)
        if keys[a] >= 0 and keys[a] == keys[b]
    }


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1, 6), max_size=60))
def test_pairs_in_blocks_equals_brute_force(keys):
    keys = np.array(keys, dtype=np.int64)
    i, j = pairs_in_blocks(keys)
    got = list(zip(i.tolist(), j.tolist(), strict=True))
    assert len(got) == len(set(got))  # each pair once
    assert set(got) == brute_force(keys.tolist())
    assert (i < j).all()


def test_block_cap_drops_only_oversized_blocks():
    keys = np.array([0] * 5 + [1] * 2 + [2] * 3)
    i, j = pairs_in_blocks(keys, max_block_size=3)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(5, 6), (7, 8), (7, 9), (8, 9)}


def test_sorted_neighbourhood_window():
    rank = np.array([3, 0, 2, -1, 1])  # order by rank: 1, 4, 2, 0
    i, j = pairs_in_window(rank, window=2)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(1, 4), (2, 4), (0, 2)}


def test_combine_is_missing_when_any_part_is_missing():
    a = np.array([0, 0, 1, -1, 1])
    b = np.array([5, 5, 5, 5, -1])
    out = combine([a, b])
    assert out[0] == out[1] != out[2]
    assert out[3] == -1 and out[4] == -1


def people():
    return pd.DataFrame(
        {
            "ad": ["Mehmet", "MEHMET", "Ayşe", "Ayse", "Ali", "Fatma"],
            "soyad": ["Yılmaz", "YILMAZ", "Kaya", "Kaya", "Demir", "Çelik"],
            "dogum_tarihi": ["1980-01-02", "02.01.1980", "1990-05-05", None, "1970-07-07", None],
            "gsm": ["05321112233", None, "0533 444 55 66", "+90 533 444 5566", None, "0544 1"],
        }
    )


def records_of(df, **kw):
    st_ = Settings(
        roles={"ad": "first_name", "soyad": "last_name", "dogum_tarihi": "dob", "gsm": "phone"},
        **kw,
    )
    return prepare(df, st_, np.arange(len(df))), st_


def test_candidate_pairs_union_and_link_filter():
    recs, st_ = records_of(people())
    i, j = candidate_pairs(recs, st_)
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert {(0, 1), (2, 3)} <= pairs
    assert len(pairs) == len(i)
    recs.side = np.array([0, 1, 0, 0, 1, 1])
    i, j = candidate_pairs(recs, st_)
    assert (recs.side[i] != recs.side[j]).all()
    assert (2, 3) not in set(zip(i.tolist(), j.tolist(), strict=True))


def test_dry_run_counts_match_generation():
    recs, _ = records_of(people())
    rules = [BlockingRule(["last_name"]), BlockingRule(["first_name:soundex"])]
    counts = count_pairs(recs, rules, Settings(max_block_size=100))
    for rule, count in zip(rules, counts, strict=True):
        i, _ = pairs_in_blocks(combine([key_codes(recs, k) for k in rule.keys]))
        assert count.pairs == len(i)


def test_capped_block_warns_with_rule_name_and_masked_key(caplog):
    df = pd.DataFrame({"gsm": ["0532 111 22 33"] * 5, "ad": list("abcde")})
    recs = prepare(df, Settings(roles={"gsm": "phone", "ad": "first_name"}), np.arange(5))
    st_ = Settings(roles={"gsm": "phone"}, max_block_size=3)
    with caplog.at_level(logging.WARNING):
        i, _ = candidate_pairs(recs, st_, [BlockingRule(["gsm"])])
    assert len(i) == 0
    assert "gsm" in caplog.text and "larger than 3 records" in caplog.text
    assert "5321112233" not in caplog.text  # phones are masked in logs


def test_default_rules_cover_identifiers_and_names():
    recs, _ = records_of(people())
    names = [r.name for r in default_rules(recs)]
    assert "gsm" in names
    assert "first_name:metaphone+last_name:metaphone" in names


def test_a_birth_place_pairs_a_birth_date_and_names_as_a_town_does():
    # Historical registers: "Tracy homas" and "Tracy Thomas", born in Bristol on one day,
    # living elsewhere; the place of birth stays when a person moves. A town is keyed by its
    # sound: "Bristoll" is Bristol.
    df = pd.DataFrame(
        {
            "first": ["Tracy", "Tracy", "Tracey"],
            "last": ["homas", "Thomas", "Tomas"],
            "born": ["1790-01-14", "1790-01-14", "1791-02-01"],
            "place": ["Bristol", "Bristoll", "Bristol"],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "born": "dob", "place": "birth_place"}
    recs = prepare(df, Settings(roles=roles), np.arange(3))
    names = [r.name for r in default_rules(recs)]
    assert "born+place:metaphone" in names and "last_name:soundex+place:metaphone" in names
    i, j = candidate_pairs(recs, Settings(roles=roles))
    assert {(0, 1), (1, 2)} <= set(zip(i.tolist(), j.tolist(), strict=True))


def test_records_that_share_only_a_street_address_are_candidates():
    df = pd.DataFrame(
        {
            "first": [None, "Christopher", "Ann"],
            "last": [None, "Robinson", "Lee"],
            "mail": ["crobinson759@gmail.com", None, None],
            "street": ["8153 Stacey Radial", "8153 Stacey Radial", "1 High St"],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "mail": "email", "street": "address"}
    st_ = Settings(roles=roles)
    recs = prepare(df, st_, np.arange(3))
    assert "street" in [r.name for r in default_rules(recs)]
    i, j = candidate_pairs(recs, st_)
    assert (0, 1) in set(zip(i.tolist(), j.tolist(), strict=True))


def test_a_typo_in_a_street_or_other_digits_in_an_e_mail_still_make_a_candidate_pair():
    # Nothing else in common: the house and its street's first word, the e-mail's letters.
    streets = [
        "81915 Jill Cresctnt Apt. 890",
        "81915 Jill Crescent Apt 890",
        "81915 Jill Crescent Apt 891",
        "7 Oak Road",
        "8 Oak Road",
        None,
        None,
        None,
    ]
    mails = [None] * 5 + ["rreyes222@gmail.com", "rreyes558@gmail.com", "reyes558@gmail.com"]
    df = pd.DataFrame({"street": streets, "mail": mails})  # fmt: skip
    st_ = Settings(roles={"street": "address", "mail": "email"})
    recs = prepare(df, st_, np.arange(len(df)))
    names = [r.name for r in default_rules(recs)]
    assert "street:number_and_word" in names and "mail:local_letters" in names
    i, j = candidate_pairs(recs, st_)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1), (5, 6)}  # not flat 891


def test_numbers_that_end_in_the_same_seven_digits_are_a_candidate_pair():
    # One written with another area code, or a country code read as part of the number.
    df = pd.DataFrame({"ad": [None] * 3, "soyad": [None] * 3, "dogum_tarihi": [None] * 3,
                       "gsm": ["0532 123 45 67", "0533 123 45 67", "0532 765 43 21"]})  # fmt: skip
    records, st_ = records_of(df)
    assert "gsm:last7" in [r.name for r in default_rules(records)]
    i, j = candidate_pairs(records, st_)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}


def test_names_meet_by_sound_within_a_town_where_the_data_gives_no_finer_place():
    df = pd.DataFrame(
        {
            "first": ["Kelsey", "Kelsey", "Mary", "Mary", "Kelsey"],
            "last": ["Parirsh", "Parrihs", "Rubio", None, "Parrish"],
            "town": [
                "Port Kathryn",
                "Port Kathryn",
                "Lake Jessica",
                "Lake Jessica",
                "Lake Jessica",
            ],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "town": "city"}
    recs = prepare(df, Settings(roles=roles), np.arange(5))
    assert "first_name:soundex+town:metaphone" in [r.name for r in default_rules(recs)]
    rule = BlockingRule(["first_name:soundex", "town"])  # (the names' own rules pair all five)
    i, j = candidate_pairs(recs, Settings(roles=roles), [rule])
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1), (2, 3)}
    # With a postcode, names meet within it, not within the town.
    with_zip = df.assign(zip=["1", "1", "2", "2", "3"])
    roles = {**roles, "zip": "postcode"}
    recs = prepare(with_zip, Settings(roles=roles), np.arange(5))
    names = [r.name for r in default_rules(recs)]
    assert "first_name:soundex+zip" in names and "first_name:soundex+town:metaphone" not in names


def test_names_meet_by_sound_in_a_postcode_that_two_systems_keep_in_columns_of_their_own():
    # A US bank's ZIP and a shop's postal_code, stacked in one file, and a carrier that keeps
    # both (so they stay two fields): Elizabeth Allen's two records meet in 90210 across the
    # columns; a namesake's postcode elsewhere does not.
    df = pd.DataFrame(
        {
            "first": ["Elizabeth", "Elizabeth", "Elizabeth", "Mark"],
            "last": ["Allen", "Allen", "Allen", "Cole"],
            "ZIP": ["90210", None, None, "60601"],
            "postal_code": [None, "90210", "10025", "60601"],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "ZIP": "postcode",
             "postal_code": "postcode"}  # fmt: skip
    recs = prepare(df, Settings(roles=roles), np.arange(4))
    assert {"ZIP", "postal_code"} <= set(recs.fields)
    rules = [r for r in default_rules(recs) if "ZIP|postal_code" in r.name]
    assert rules
    i, j = candidate_pairs(recs, Settings(roles=roles), rules)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}
    # One postcode column: no such rule.
    del roles["ZIP"]
    recs = prepare(df.drop(columns="ZIP"), Settings(roles=roles), np.arange(4))
    assert not [r for r in default_rules(recs) if "|" in r.name and "coalesced" in r.name]


def test_a_record_with_one_name_only_meets_the_records_of_either_name():
    # "Lopes" alone in a whole-name column: a batch reads it as the family name its data
    # writes; a store, reading a record as given to it, as a given name. It meets the family.
    df = pd.DataFrame(
        {
            "name": ["Ana Clara Lopes", "Lopes", "Maria Costa", "Eda"],
            "zip": ["01310", "01310", "01310", "01310"],
        }
    )
    st_ = Settings(roles={"name": "full_name", "zip": "postcode"})
    assert prepare(df, st_, np.arange(4)).fields["last_name"].value_of(1) == "lopes"
    recs = prepare(df, st_, np.arange(4), normalisers(df, st_))  # as a store reads it
    assert recs.fields["first_name"].value_of(1) == "lopes"
    last = key_codes(recs, "last_name:soundex")
    assert last[1] == last[0] and last[2] != last[0]
    i, j = candidate_pairs(recs, st_, [BlockingRule(["last_name:soundex", "zip"])])
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}


def test_numbers_ending_alike_in_two_phone_columns_make_a_candidate_pair():
    # An operator writes an Algerian's line with its code, a care desk of no country as dialled
    # in Morocco: one number, whose last seven digits meet across the columns.
    df = pd.DataFrame(
        {
            "num_ligne": ["+213 661 23 45 67", None, "+213 551 98 76 54"],
            "telephone": [None, "+212 661 23 45 67", None],
        }
    )
    st_ = Settings(roles={"num_ligne": "phone", "telephone": "phone"})
    recs = prepare(df, st_, np.arange(3))
    assert "num_ligne|telephone:last7" in [r.name for r in default_rules(recs)]
    i, j = candidate_pairs(recs, st_)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}


def test_an_id_cut_to_its_last_digits_meets_the_whole_id_of_a_given_name_of_one_initial():
    # A bank's CNIC, a wallet's "cnic_last6": nothing else in common (no phone on the bank's).
    df = pd.DataFrame(
        {
            "name": ["Sana Ahmed", "Sana", "Bilal Khan", "Sana Riaz"],
            "cnic": ["3520205221028", None, "3520205221029", None],
            "cnic_last6": [None, "221028", None, "221029"],
        }
    )
    st_ = Settings(roles={"name": "full_name", "cnic": "free_id", "cnic_last6": "free_id"})
    recs = prepare(df, st_, np.arange(4))
    assert "cnic|cnic_last6:tail+first_name:initial" in [r.name for r in default_rules(recs)]
    whole, cut = joint_codes(recs, ("cnic", "cnic_last6"), "tail")
    initial = key_codes(recs, "first_name:initial")
    assert whole[0] == cut[1] and initial[0] == initial[1]
    assert whole[2] == cut[3] and initial[2] != initial[3]
    # Whole ids alone (no copy cut short or masked): their own exact rule only.
    roles = {"name": "full_name", "cnic": "free_id"}
    whole_only = prepare(df.drop(columns="cnic_last6"), Settings(roles=roles), np.arange(4))
    assert not any(":tail" in r.name for r in default_rules(whole_only))


def test_a_number_in_another_phone_column_makes_a_candidate_pair():
    df = pd.DataFrame(
        {
            "home": ["0212 555 12 34", None, "0216 444 00 11"],
            "mobile": [None, "0212 555 12 34", None],
        }
    )
    st_ = Settings(roles={"home": "phone", "mobile": "phone"})
    recs = prepare(df, st_, np.arange(3))
    assert "home|mobile" in [r.name for r in default_rules(recs)]
    i, j = candidate_pairs(recs, st_)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1)}
    with pytest.raises(ConfigError, match="'fax'"):
        candidate_pairs(recs, st_, [BlockingRule(["home|fax"])])
    # A column whose own name holds the separator is a column, not two.
    named = df.rename(columns={"home": "tel|fax"})
    st_ = Settings(roles={"tel|fax": "phone", "mobile": "phone"})
    recs = prepare(named, st_, np.arange(3))
    rules = ["tel|fax", "tel|fax:last7", "mobile", "mobile:last7"]
    assert [r.name for r in default_rules(recs)] == rules
    i, j = candidate_pairs(recs, st_, [BlockingRule(["tel|fax"])])
    assert len(i) == 0


def test_unknown_blocking_key_is_a_config_error():
    recs, _ = records_of(people())
    with pytest.raises(ConfigError, match="not among the fields"):
        key_codes(recs, "email")
    with pytest.raises(ConfigError, match="unknown transform"):
        key_codes(recs, "last_name:reverse")


def test_pair_budget_drops_the_largest_blocks_first():
    from tekil.block import block_cap

    keys = np.repeat(np.arange(5), [2, 3, 10, 50, 200])  # 1, 3, 45, 1225, 19900 pairs
    assert block_cap(keys, 2000, budget=10**9) == 2000
    assert block_cap(keys, 2000, budget=2000) == 50
    assert block_cap(keys, 2000, budget=0) == 1
    i, _ = pairs_in_blocks(keys, block_cap(keys, 2000, budget=2000))
    assert len(i) == 1 + 3 + 45 + 1225


def test_a_small_file_keeps_its_blocks_whatever_the_per_record_budget():
    # Twenty copies of one person and three others: every rule's block of the twenty holds
    # 190 pairs, far above 25 pairs per record in all; on a file this small nothing is capped.
    anna = {
        "first_name": "Anna",
        "last_name": "Schmidt",
        "dob": "1985-04-12",
        "email": "anna.schmidt@web.de",
        "phone": "+49 170 1234567",
        "city": "Berlin",
    }
    others = [
        {"first_name": f, "last_name": surname, "dob": d, "city": "Hamburg"}
        for f, surname, d in [("Jan", "Meyer", "1970-01-02"), ("Eva", "Wolf", "1990-06-07")]
    ]
    result = tekil.dedupe(pd.DataFrame([anna] * 20 + others))
    assert not any(count.capped_blocks for count in result.blocking)
    assert result.clusters["cluster_id"].iloc[:20].nunique() == 1
    assert result.clusters["cluster_id"].iloc[20:].nunique() == 2


def test_names_written_the_other_way_round_meet_on_their_birth_date():
    # The two columns swapped in one system ("Chang", "Megan"), or a whole name written
    # family name first: no other rule pairs them when nothing else is shared.
    people = [("Megan", "Chang", "1980-02-03"), ("John", "Stephens", "1962-12-04")]
    rows = [{"ad": f, "soyad": last, "dogum_tarihi": d, "gsm": None} for f, last, d in people]
    rows += [{"ad": last, "soyad": f, "dogum_tarihi": d, "gsm": None} for f, last, d in people]
    rows += [{"ad": "Megan", "soyad": "Stephens", "dogum_tarihi": "1980-02-03", "gsm": None}]
    records, _ = records_of(pd.DataFrame(rows))
    rule = BlockingRule([f"first_name:{EITHER_ORDER}", f"dogum_tarihi:{YEAR_ALONE}"])
    assert rule in default_rules(records)
    i, j = candidate_pairs(records, Settings(), [rule])
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 2), (1, 3)]


def test_names_written_the_other_way_round_meet_with_nothing_else_shared():
    # A card's embossed "KAYAKAYA ISMAIL" and a telco's "İsmail Kayakaya": the names as a set.
    df = pd.DataFrame(
        {"ad": ["İsmail", "KAYAKAYA", "Ayşe", "İsmail"], "soyad": ["Kayakaya", "ISMAIL", "Kaya", "Kaya"],
         "dogum_tarihi": [None] * 4, "gsm": [None] * 4}
    )  # fmt: skip
    records, _ = records_of(df)
    rule = BlockingRule([f"first_name:{EITHER_ORDER}"])
    assert rule in default_rules(records)
    i, j = candidate_pairs(records, Settings(), [rule])
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]


def test_an_initial_meets_the_names_it_starts_and_whole_names_meet_by_sound():
    df = pd.DataFrame(
        {
            "first_name": ["J.", "John", "Jack", "Jane", "M.", "John"],
            "last_name": ["Smith", "Smith", "Brown", "Smith", "Smith", "Smyth"],
            "dob": ["1980-01-02"] * 4 + ["1980-01-02", "1979-05-05"],
        }
    )
    recs = prepare(df, Settings(roles={c: c for c in df.columns}), np.arange(len(df)))
    rule = BlockingRule(["first_name:initial", f"dob:{YEAR_ALONE}"])
    assert rule in default_rules(recs)
    i, j, _ = candidate_pairs_by_rule(recs, Settings(), [rule])
    # "J." meets John, Jack and Jane born that day; the whole names do not meet each other
    # here, nor "M." anyone, nor the John born another day.
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1), (0, 2), (0, 3)]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_first_alias_way_of_a_pair_is_its_first_name_that_is_the_others_identifier(data):
    n, n_x, n_y, k = 6, data.draw(st.integers(1, 2)), data.draw(st.integers(1, 3)), 4
    codes = st.lists(st.integers(-1, k - 1), min_size=n, max_size=n)
    names = np.array([data.draw(codes) for _ in range(n_x)]).T
    others = np.array([data.draw(codes) for _ in range(n_y)]).T
    allowed = np.array(data.draw(st.lists(st.booleans(), min_size=k, max_size=k)))
    i, j = np.indices((n, n)).reshape(2, -1)
    expected = []
    for a, b in zip(i, j, strict=True):
        ways = [
            (x * 2 + side) * n_y + y
            for x in range(n_x)
            for side, (p, q) in enumerate([(a, b), (b, a)])
            for y in range(n_y)
            if names[p, x] >= 0 and names[p, x] == others[q, y] and allowed[names[p, x]]
        ]
        expected.append(min(ways, default=-1))
    assert alias_ways(names, others, allowed, i, j).tolist() == expected


def test_a_year_alone_meets_the_first_of_january_it_is_written_as_and_no_other_day():
    # A refugee register keeps the year alone; a bank writes it as 1 January of that year.
    df = pd.DataFrame(
        {"ad": ["Fereshta", "Fereshta", "Fereshta", "Fereshta", "Parwin"],
         "soyad": [None] * 5,
         "dogum_tarihi": ["1987", "01.01.1987", "05.03.1987", "01.01.1988", "1987"],
         "gsm": [None] * 5}
    )  # fmt: skip
    records, st_ = records_of(df)
    rule = BlockingRule(["first_name:soundex", f"dogum_tarihi:{YEAR_ALONE}"])
    assert rule in default_rules(records)
    i, j = candidate_pairs(records, st_, [rule])
    assert sorted(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]
