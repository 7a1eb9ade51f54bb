"""Identifier links, shared values, cannot-link rules and the chain split."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import tekil
from people import valid_tckn
from tekil.cluster import cluster
from tekil.compare import Comparison
from tekil.errors import ConfigError
from tekil.guards import cannot_link, rules_from
from tekil.identity import CANNOT_LINK_BITS, unseen_pairs_within


def test_chain_with_conflicting_ends_is_split():
    # A~B and B~C are strong matches; A and C are a cannot-link pair.
    i, j = np.array([0, 1, 0]), np.array([1, 2, 2])
    weight = np.array([25.0, 22.0, CANNOT_LINK_BITS])
    labels = cluster(3, i, j, weight, 0.5)
    assert labels[0] != labels[2]
    assert labels[1] == labels[0]  # B goes with the side it matches more strongly


def test_chain_is_split_even_when_blocking_never_compared_the_ends():
    labels = np.array([0, 0, 0, 1])
    a, b = unseen_pairs_within(labels, np.array([0, 1]), np.array([1, 2]))
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == [(0, 2)]
    side = np.array([0, 1, 0, 1])
    a, b = unseen_pairs_within(np.array([0, 0, 0, 0]), np.array([0]), np.array([1]), side)
    assert sorted(zip(a.tolist(), b.tolist(), strict=True)) == [(0, 3), (1, 2), (2, 3)]


def test_chain_end_to_end():
    # Two people named Kemal Sunal: A and C with different valid TCKNs; B shares A's phone
    # and C's e-mail. Without the guards one identity; with them, A and C apart.
    sample = tekil.datasets.load_sample().records
    rows = pd.DataFrame(
        [
            {
                "record_id": "A",
                "full_name": "Kemal Sunal",
                "tckn": valid_tckn("411223344"),
                "phone": "0532 700 11 22",
                "birth_date": "1944-11-10",
            },
            {
                "record_id": "B",
                "full_name": "Kemal Sunal",
                "phone": "0532 700 11 22",
                "email": "kemalsunal@gmail.com",
            },
            {
                "record_id": "C",
                "full_name": "Kemal Sunal",
                "tckn": valid_tckn("522334455"),
                "email": "kemalsunal@gmail.com",
                "birth_date": "1944-11-10",
            },
        ]
    )
    data = pd.concat([sample, rows], ignore_index=True)
    result = tekil.dedupe(data, {"card_key": "t"}, id_column="record_id")
    labels = result.clusters.set_index("record_id")["cluster_id"]
    assert labels["A"] != labels["C"]


def test_cannot_link_rules():
    comps = [
        Comparison("tckn", "tckn", ("null", "exact", "else")),
        Comparison("dob", "dob", ("null", "exact", "one_part_off", "else")),
        Comparison("first_name", "first_name", ("null", "exact", "else")),
    ]
    levels = np.array([[2, 1, 1], [1, 3, 2], [0, 3, 2], [2, 0, 0]], dtype=np.int8)
    assert cannot_link(levels, comps, ["tckn"]).tolist() == [True, False, False, True]
    assert cannot_link(levels, comps, ["dob+first_name"]).tolist() == [False, True, True, False]
    assert not cannot_link(levels, comps, ["card"]).any()  # a role the data lacks
    with pytest.raises(ConfigError, match="neither a role"):
        cannot_link(levels, comps, ["shoe_size"])
    assert rules_from(["tckn", " dob + first_name "]) == [("tckn",), ("dob", "first_name")]


def test_identifier_modes_are_validated():
    with pytest.raises(ConfigError, match="not an identifier role"):
        tekil.Settings(identifiers={"first_name": "link"})
    with pytest.raises(ConfigError, match="shared_value_people"):
        tekil.Settings(shared_value_people=-1)


def test_guards_can_be_switched_off():
    sample = tekil.datasets.load_sample()
    off = {
        "card_key": "t",
        "identifiers": {k: "evidence" for k in ("card", "tckn", "email", "handle", "phone")},
        "cannot_link": [],
        "shared_value_people": 0,
    }
    result = tekil.dedupe(sample.records, off, id_column="record_id")
    assert result.guards["identifier_links"] == 0
    assert result.guards["cannot_link_pairs"] == 0
    assert result.shared_values == {}


def test_identity_stage_reads_level_rows_a_chunk_at_a_time(monkeypatch):
    # The same clusters and weights from the decoded levels and from LevelTable rows,
    # whatever the chunk size; the caller's levels are left unchanged.
    from tekil import identity
    from tekil.block import candidate_pairs
    from tekil.compare import compare
    from tekil.stream import LevelTable

    result = tekil.dedupe(tekil.datasets.generate(400, seed=3).records, id_column="record_id")
    records, model, st = result.records, result.model, result.settings
    i, j = candidate_pairs(records, st)
    levels = compare(records, i, j, [p.comparison for p in model.parameters_])
    table = LevelTable(levels.shape[1])
    rows = table.encode(levels)
    before = levels.copy()
    whole = identity.resolve_identities(records, model, i, j, levels, st, 0.5)
    assert (levels == before).all()
    monkeypatch.setattr(identity, "SCORE_CHUNK", 97)
    monkeypatch.setattr(identity.guards, "PEOPLE_CHUNK", 89)
    chunked = identity.resolve_identities(records, model, i, j, rows, st, 0.5, table)
    assert whole.labels.tolist() == chunked.labels.tolist()
    assert np.array_equal(whole.weight, chunked.weight)
    assert whole.report == chunked.report
    assert len(whole.i) > len(i) and whole.report["identifier_links"] > 0  # not vacuous


def test_an_identifier_column_without_one_usable_value_links_nobody_and_breaks_nothing():
    df = pd.DataFrame(
        {
            "rid": ["a", "b", "c"],
            "name": ["Ali Veli", "Ali Veli", "Ayse Kaya"],
            "email": ["0532 123 45 67", "not one", "x"],  # given the e-mail role, none is one
            "dob": ["1985-03-07"] * 3,
        }
    )
    roles = {"name": "full_name", "email": "email", "dob": "dob"}
    result = tekil.dedupe(df, {"roles": roles}, id_column="rid")
    assert result.clusters["cluster_id"].tolist() == [0, 0, 1]
    # ... beside a usable column of its role: compared and blocked across them all the same.
    df["email2"] = ["ali@x.com", "ali@x.com", None]
    result = tekil.dedupe(df, {"roles": {**roles, "email2": "email"}}, id_column="rid")
    assert result.clusters["cluster_id"].tolist() == [0, 0, 1]
    # ... and a phone column of no usable number beside it, its line types unknown.
    df["phone"] = ["n/a", "-", None]
    result = tekil.dedupe(
        df, {"roles": {**roles, "email2": "email", "phone": "phone"}}, id_column="rid"
    )
    assert result.clusters["cluster_id"].tolist() == [0, 0, 1]


def test_a_family_number_in_different_phone_columns_is_shared_in_both():
    sample = tekil.datasets.load_sample().records
    number = "0532 600 70 80"
    family = pd.DataFrame(
        [
            {"record_id": "F1", "full_name": "Ali Kaya", "birth_date": "1960-02-01",
             "tckn": valid_tckn("611223344"), "phone": number},
            {"record_id": "F2", "full_name": "Ayşe Kaya", "birth_date": "1991-05-12",
             "tckn": valid_tckn("622334455"), "mobile": number},
            {"record_id": "F3", "full_name": "Zeynep Kaya", "birth_date": "1994-09-30",
             "tckn": valid_tckn("633445566"), "mobile": number},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, family], ignore_index=True), id_column="record_id")
    assert result.settings.roles["mobile"] == "phone"
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert len({cluster["F1"], cluster["F2"], cluster["F3"]}) == 3
    # Ali's home number is his daughters' mobile: three people carry it, in two columns.
    for column in ("phone", "mobile"):
        fld = result.records.fields[column]
        assert result.shared_values[column][list(fld.uniques).index("+905326007080")]


def test_a_couple_sharing_home_and_phone_is_two_people_and_their_number_is_shared():
    # No national id to tell them apart: their given names and birth dates do, while their
    # shared address, postcode and family name say nothing about which of them is which.
    sample = tekil.datasets.load_sample().records
    home = {"address": "Bağdat Caddesi No 12 D 4", "city": "İstanbul", "phone": "0216 555 12 34"}
    couple = pd.DataFrame(
        [
            {"record_id": "C1", "full_name": "Kemal Öztürk", "birth_date": "1958-03-14", **home},
            {"record_id": "C2", "full_name": "Kemal Öztürk", "birth_date": "1958-03-14",
             "email": "kemal.ozturk@example.com", **home},
            {"record_id": "C3", "full_name": "Sevgi Öztürk", "birth_date": "1962-11-02", **home},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, couple], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["C1"] == cluster["C2"] != cluster["C3"]
    fld = result.records.fields["phone"]
    assert result.shared_values["phone"][list(fld.uniques).index("+902165551234")]


def test_a_family_e_mail_of_a_mother_and_daughter_is_shared_a_buyers_e_mail_is_not():
    # Their given names differ outright and their birth dates too: two people, whatever
    # weight EM gave a given name's difference on data of households. A gift sent to
    # someone else under the buyer's e-mail is no second person: nothing of the recipient's
    # own (a birth date) tells them apart.
    sample = tekil.datasets.load_sample().records
    home = {"address": "Gül Sokak No 4", "city": "Ankara", "phone": "0312 444 55 66"}
    family = "aile.yildiz@ornek.com.tr"
    rows = pd.DataFrame(
        [
            {"record_id": "M1", "full_name": "Hatice Yıldız", "birth_date": "1969-04-02",
             "email": family, **home},
            {"record_id": "M2", "full_name": "Hatice Yıldız", "birth_date": "1969-04-02",
             "phone": "0532 111 22 99"},
            {"record_id": "D1", "full_name": "Elif Yıldız", "birth_date": "1998-10-20",
             "email": family, **home},
            {"record_id": "B1", "full_name": "Murat Demir", "birth_date": "1980-01-05",
             "email": "murat.demir@ornek.com.tr"},
            {"record_id": "B2", "full_name": "Murat Demir", "email": "murat.demir@ornek.com.tr",
             "city": "İzmir"},
            {"record_id": "G1", "full_name": "Selin Aksoy", "email": "murat.demir@ornek.com.tr",
             "city": "Bursa"},
            # One national id under two given names: a record's typo, no id of a household
            # (a phone would be: below).
            {"record_id": "T1", "full_name": "Orhan Arslan", "gender": "E",
             "tckn": valid_tckn("712345678"), "phone": "0312 777 88 99"},
            {"record_id": "T2", "full_name": "Kemal Arslan", "gender": "E",
             "tckn": valid_tckn("712345678"), "phone": "0312 777 88 99"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["M1"] != cluster["D1"]
    emails = list(result.records.fields["email"].uniques)
    assert result.shared_values["email"][emails.index(family)]
    assert not result.shared_values["email"][emails.index("murat.demir@ornek.com.tr")]
    assert cluster["B1"] == cluster["B2"] == cluster["G1"]
    ids = list(result.records.fields["tckn"].uniques)
    assert not result.shared_values["tckn"][ids.index(valid_tckn("712345678"))]
    phones = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][phones.index("+903127778899")]


def test_a_landline_under_given_names_that_differ_outright_is_shared_without_a_birth_date():
    # A care desk keeps the household's landline as the son's contact number and no birth
    # date: his given name alone tells him from his mother, who holds the line. A mobile under
    # two given names that differ outright is no household's on that alone (a nickname tekil
    # does not know).
    sample = tekil.datasets.load_sample().records
    landline, mobile = "0312 468 21 90", "0533 418 27 65"
    rows = pd.DataFrame(
        [
            {"record_id": "H1", "full_name": "Gülten Aydın", "birth_date": "1961-07-19",
             "phone": landline, "city": "Ankara"},
            {"record_id": "H2", "full_name": "Gülten Aydın", "birth_date": "1961-07-19",
             "email": "gulten.aydin@ornek.com.tr", "city": "Ankara"},
            {"record_id": "S1", "full_name": "Burak Aydın", "contact": landline, "city": "Ankara"},
            {"record_id": "S2", "full_name": "Burak Aydın", "contact": "0544 912 30 07",
             "city": "Ankara"},
            {"record_id": "N1", "full_name": "Hüseyin Koç", "phone": mobile, "city": "Sivas"},
            {"record_id": "N2", "full_name": "Cengiz Koç", "contact": mobile, "city": "Sivas"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    assert result.settings.roles["contact"] == "phone"
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["H1"] == cluster["H2"] != cluster["S1"]
    phones = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][phones.index("+903124682190")]
    assert not result.shared_values["phone"][phones.index("+905334182765")]


def test_a_childs_personal_number_on_a_parents_e_mail_tells_two_people_without_a_birth_date():
    # A child's account carries the father's e-mail; no birth date is kept, but their
    # personal numbers differ outright and so do their given names: the e-mail is shared.
    sample = tekil.datasets.load_sample().records
    family = "oskar.andersson@hotmail.com"
    rows = pd.DataFrame(
        [
            {"record_id": "F1", "full_name": "Oskar Andersson", "personnummer": "19700312-2389",
             "email": family},
            {"record_id": "F2", "full_name": "Oskar Andersson", "personnummer": "19700312-2389",
             "phone": "070-123 45 67"},
            {"record_id": "K1", "full_name": "Jonas Andersson", "personnummer": "20221118-8392",
             "email": family},
        ]
    )  # fmt: skip
    data = pd.concat([sample, rows], ignore_index=True)
    result = tekil.dedupe(data, id_column="record_id")
    assert result.settings.roles["personnummer"] == "free_id"
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["F1"] == cluster["F2"] != cluster["K1"]
    emails = list(result.records.fields["email"].uniques)
    assert result.shared_values["email"][emails.index(family)]


def test_a_number_its_plan_cannot_tell_from_a_landline_links_nobody_alone():
    from tekil.compare import compare, default_comparisons
    from tekil.guards import identifier_links
    from tekil.records import prepare
    from tekil.settings import Settings

    # Every number of the US and Canada may be a mobile or a landline (a household's):
    # the model weighs it, but it links no two records by itself; a mobile does.
    df = pd.DataFrame(
        {
            "name": ["John Miller", "Mary Miller", "Ayşe Kaya", "Ali Kaya"],
            "phone": ["(614) 555-0142", "614-555-0142", "+90 532 123 45 67", "+90 532 123 4567"],
        }
    )
    settings = Settings(roles={"name": "full_name", "phone": "phone"}, phone_region="US")
    records = prepare(df, settings, np.arange(4))
    comps = default_comparisons(records)
    i, j = np.array([0, 2]), np.array([1, 3])
    links = identifier_links(
        records, i, j, compare(records, i, j, comps), comps, {"phone": "link"}, {}
    )
    assert links.tolist() == [False, True]


def test_an_agent_s_number_on_customers_records_is_shared_where_it_is_the_agent_s_own():
    # An agent's number written as the contact on the customers it registered (a second
    # phone column) is held by several people: shared in every phone column, the agent's
    # own too (where the agent's records tell nothing against the customers' but their
    # names), so that it links none of them to the agent.
    sample = tekil.datasets.load_sample().records
    agent = "0532 900 10 20"
    rows = pd.DataFrame(
        [
            {"record_id": "A1", "full_name": "Hasan Çelik", "phone": agent},
            {"record_id": "A2", "full_name": "Hasan Çelik", "phone": agent,
             "email": "hasan.celik@ornek.com.tr"},
            {"record_id": "K1", "full_name": "Emine Doğan", "birth_date": "1988-02-11",
             "phone": "0533 111 22 33", "phone2": agent},
            {"record_id": "K2", "full_name": "Yusuf Aydın", "birth_date": "1979-12-30",
             "phone": "0533 444 55 66", "phone2": agent},
            {"record_id": "K3", "full_name": "Merve Koç", "birth_date": "1995-07-19",
             "phone": "0533 777 88 99", "phone2": agent},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    assert result.settings.roles["phone2"] == "phone"
    for column in ("phone", "phone2"):
        uniques = list(result.records.fields[column].uniques)
        assert result.shared_values[column][uniques.index("+905329001020")]
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["A1"] == cluster["A2"]
    assert len({cluster[r] for r in ("A1", "K1", "K2", "K3")}) == 4


def test_a_given_name_among_the_other_record_s_names_is_no_second_holder():
    # Whole names of unknown order: "Nzomo | Yusuf" and "Yusuf | Kioko Nzomo" are one man
    # filed two ways; his number is not shared, though the given names differ outright.
    sample = tekil.datasets.load_sample().records
    number = "0532 321 65 47"
    rows = pd.DataFrame(
        [
            {"record_id": "Y1", "first_name": "Nzomo", "last_name": "Yusuf", "gender": "E",
             "phone": number},
            {"record_id": "Y2", "first_name": "Yusuf", "last_name": "Kioko Nzomo",
             "gender": "E", "phone": number},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    uniques = list(result.records.fields["phone"].uniques)
    assert not result.shared_values["phone"][uniques.index("+905323216547")]


def test_records_of_one_person_with_nothing_to_compare_are_no_evidence_against():
    from tekil.compare import compare
    from tekil.identity import Scorer

    # A call-back request (a number alone) linked to its person by the number, and the
    # person's warranty registration (a name, an address, a birth date): inside one cluster
    # they share nothing to compare, which is no evidence that they are two people (a random
    # pair's odds would be); scored with ``blank``, such a pair weighs that at least.
    sample = tekil.datasets.load_sample().records
    person = {"full_name": "Selin Ateş", "address": "Kızılay Caddesi No 5", "city": "Ankara",
              "birth_date": "1987-04-12"}  # fmt: skip
    rows = pd.DataFrame(
        [
            {"record_id": "N1", "phone": "0532 480 11 22"},
            {"record_id": "S1", "phone": "0532 480 11 22", **person},
            {"record_id": "W1", **person},
        ]
    )
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    comparisons = [p.comparison for p in result.model.parameters_]
    scorer = Scorer(result.records, result.model, comparisons, result.settings)
    at = {r: k for k, r in enumerate(result.records.ids) if r in ("N1", "S1", "W1")}
    i, j = np.array([at["N1"], at["S1"]]), np.array([at["W1"], at["W1"]])

    def levels_of(part: slice) -> np.ndarray:
        return compare(result.records, i[part], j[part], comparisons)

    assert (levels_of(slice(0, 1)) == 0).all()
    plain = scorer.score(i, j, levels_of, {})
    assert plain[0] < -5 < 20 < plain[1]
    blank = scorer.score(i, j, levels_of, {}, blank=1.5)
    assert blank[0] == 1.5 and blank[1] == plain[1]


def test_two_records_of_a_family_mobile_s_holders_have_the_odds_of_two_of_its_holders():
    # A family's one mobile, bought in the father's name: his wife's two care tickets and her
    # son's record carry it too. The number is shared, and says nothing of which of its
    # three holders a record is: two records of one of them are one person at odds of 1 to 2
    # (and what their names add: a name forty others carry, next to nothing), not at the odds
    # of two strangers' records. Names that differ outright are two of the holders.
    sample = tekil.datasets.load_sample().records
    mobile = "0532 614 49 70"
    towns = ["Ankara", "İzmir", "Bursa", "Konya", "Adana", "Kayseri"]
    namesakes = [
        {"record_id": f"N{k}", "full_name": "Ayşe Yılmaz", "phone": f"0535 {100 + k} 22 {10 + k}",
         "birth_date": f"19{50 + k}-0{k % 9 + 1}-1{k % 10}", "city": towns[k % 6]}
        for k in range(40)
    ]  # fmt: skip
    rows = pd.DataFrame(
        [
            {"record_id": "F1", "full_name": "Mehmet Yılmaz", "birth_date": "1961-02-03",
             "phone": mobile},
            {"record_id": "S1", "full_name": "Ali Yılmaz", "birth_date": "1990-07-08",
             "phone": mobile},
            {"record_id": "W1", "full_name": "Ayşe Yılmaz", "birth_date": "1966-05-04",
             "phone": mobile},
            {"record_id": "W2", "full_name": "Ayşe Yılmaz", "phone": mobile},
            *namesakes,
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    phones = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][phones.index("+905326144970")]
    pairs = result.pairs.set_index(["id_a", "id_b"])["match_weight"]
    assert -1.5 < pairs[("W1", "W2")] < 0.5  # log2 of 1 to 2, and the name's little
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert len({cluster["F1"], cluster["S1"], cluster["W1"]}) == 3


def test_a_mobile_links_no_two_records_whose_given_names_differ_outright():
    # A line bought in one name and used by another (a relative's number given at a care
    # desk): nothing else of theirs agrees, and their given names differ outright.
    sample = tekil.datasets.load_sample().records
    rows = pd.DataFrame(
        [
            {"record_id": "A1", "full_name": "Akhil Tiwari", "phone": "0533 605 71 73"},
            {"record_id": "R1", "full_name": "Reshmi Nair", "phone": "0533 605 71 73",
             "city": "Kars"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["A1"] != cluster["R1"]


def test_a_mobile_links_no_given_names_that_differ_outright_across_alphabets():
    # A man's line given at a care desk in Latin letters and on his married sister's wallet
    # in Arabic ones: "mustapha" and "سعاد" are read letter by letter into one alphabet and
    # differ outright. The same man in both alphabets, and a name in Chinese characters against a
    # Latin spelling (no letter tells whether 山田 is Yamada), stay linked by the line.
    sample = tekil.datasets.load_sample().records
    rows = pd.DataFrame(
        [
            {"record_id": "M1", "full_name": "Mustapha Bensalem", "phone": "0533 605 71 73"},
            {"record_id": "S1", "full_name": "سعاد حداد", "phone": "0533 605 71 73",
             "city": "Kars"},
            {"record_id": "K1", "full_name": "Karim Haddad", "phone": "0532 111 22 33"},
            {"record_id": "K2", "full_name": "كريم حداد", "phone": "0532 111 22 33",
             "city": "Kars"},
            {"record_id": "Y1", "full_name": "Taro Yamada", "phone": "0532 444 55 66"},
            {"record_id": "Y2", "full_name": "山田 太郎", "phone": "0532 444 55 66",
             "city": "Kars"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["M1"] != cluster["S1"]
    assert cluster["K1"] == cluster["K2"]
    assert cluster["Y1"] == cluster["Y2"]


def test_a_mobile_links_no_single_name_to_a_whole_name_it_shares_nothing_with():
    # A father's line, on his record under his one name (many Indonesians have no other; the
    # files write it as a family name more often, a father's after his children's) and on his
    # daughter's under her two: no given name beside a family name to differ, but the names
    # share nothing, and nothing else agrees.
    sample = tekil.datasets.load_sample().records
    rows = pd.DataFrame(
        [
            {"record_id": "S1", "full_name": "Suparman", "phone": "0533 605 71 73"},
            {"record_id": "L1", "full_name": "Lestari Anggraini", "phone": "0533 605 71 73",
             "city": "Kars"},
            {"record_id": "A1", "full_name": "Agus Suparman", "phone": "0532 111 22 33"},
            {"record_id": "B1", "full_name": "Budi Suparman", "phone": "0532 444 55 66"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["S1"] != cluster["L1"]


def test_an_e_mail_under_three_given_names_it_names_none_of_is_a_family_s():
    # A family's one address ("tiwarifamily@") given by a mother, her son and her daughter
    # in a shop and a telco: no birth dates to tell them apart, but given names that differ
    # outright on an address that names none of them are other people (one that names one
    # of them is that person's, another name beside it a gift's recipient's: above).
    sample = tekil.datasets.load_sample().records
    family = "tiwarifamily@gmail.com"
    rows = pd.DataFrame(
        [
            {"record_id": "A1", "full_name": "Akhil Tiwari", "email": family},
            {"record_id": "R1", "full_name": "Reshmi Tiwari", "email": family, "city": "Kars"},
            {"record_id": "P1", "full_name": "Priya Tiwari", "email": family, "city": "Kars"},
            {"record_id": "A2", "full_name": "Akhil Tiwari", "phone": "0532 614 49 70"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert len({cluster["A1"], cluster["R1"], cluster["P1"]}) == 3
    emails = list(result.records.fields["email"].uniques)
    assert result.shared_values["email"][emails.index(family)]


def test_an_e_mail_still_links_a_name_s_short_forms_and_initials():
    # One person's address under the names they go by: a nickname and an initial, initials
    # of a compound given name (an address that names its holder, or names that do not differ
    # outright: no family's).
    sample = tekil.datasets.load_sample().records
    rows = pd.DataFrame(
        [
            {"record_id": "W1", "full_name": "William Parker", "email": "wparker@gmail.com"},
            {"record_id": "W2", "full_name": "Bill Parker", "email": "wparker@gmail.com"},
            {"record_id": "W3", "full_name": "W. Parker", "email": "wparker@gmail.com"},
            {"record_id": "J1", "full_name": "Jean-François Roy", "email": "jfroy@videotron.ca",
             "city": "Montréal"},
            {"record_id": "J2", "full_name": "JF Roy", "email": "jfroy@videotron.ca",
             "city": "Montréal"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["W1"] == cluster["W3"]
    assert cluster["J1"] == cluster["J2"]
    emails = list(result.records.fields["email"].uniques)
    assert not result.shared_values["email"][emails.index("jfroy@videotron.ca")]


def test_an_e_mail_that_names_neither_given_name_is_a_family_s_under_two():
    # "smithfamily@", given by a father in a shop and by his daughter at a bank: two given
    # names that differ outright, no birth date on his record, and an address that names
    # neither of them. (One that names one of them is that person's: a gift, above.)
    sample = tekil.datasets.load_sample().records
    family = "smithfamily@gmail.com"
    rows = pd.DataFrame(
        [
            {"record_id": "D1", "full_name": "Dave Smith", "email": family, "city": "Kars"},
            {"record_id": "J1", "full_name": "Jessica Smith", "email": family,
             "birth_date": "2005-05-08", "city": "Sivas"},
            {"record_id": "M1", "full_name": "Murat Kaya", "email": "murat.kaya@ornek.com.tr"},
            {"record_id": "G1", "full_name": "Selin Aksoy", "email": "murat.kaya@ornek.com.tr",
             "city": "Bursa"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert cluster["D1"] != cluster["J1"]
    emails = list(result.records.fields["email"].uniques)
    assert result.shared_values["email"][emails.index(family)]
    assert not result.shared_values["email"][emails.index("murat.kaya@ornek.com.tr")]
    assert cluster["M1"] == cluster["G1"]


def applicants(agent: str, count: int, first_year: int) -> pd.DataFrame:
    """Applications an education agent made, its number on each: ``count`` people of every
    family (A0, A1, ...), born a year apart from ``first_year``."""
    given = ["Elif", "Burak", "Zeynep", "Onur", "Selin", "Emre", "Derya", "Cem", "Ece", "Mert"]
    family = ["Arslan", "Kurt", "Özdemir", "Aslan", "Polat", "Erdem", "Tekin", "Ünal", "Bulut"]
    return pd.DataFrame(
        {
            "record_id": [f"A{k}" for k in range(count)],
            "full_name": [f"{given[k % 10]} {family[k % 9]}" for k in range(count)],
            "birth_date": [f"{first_year + k}-0{k % 9 + 1}-1{k % 9}" for k in range(count)],
            "phone": agent,
        }
    )


def test_a_number_that_differs_from_an_agent_s_shared_one_is_no_evidence_against():
    # An education agent's number is the contact on the applications it made: a record that
    # holds no number but the agent's says nothing of its person's own, so its differing from
    # the applicant's own number elsewhere is null; a record that holds an own number beside
    # the agent's still differs by it.
    sample = tekil.datasets.load_sample().records
    agent = "0532 900 10 20"
    rows = pd.DataFrame(
        [
            {"record_id": "E1", "full_name": "Emine Doğan", "birth_date": "1988-02-11",
             "phone": agent},
            {"record_id": "E2", "full_name": "Emine Doğan", "birth_date": "1988-02-11",
             "phone": "0533 111 22 33"},
            {"record_id": "Y1", "full_name": "Yusuf Aydın", "birth_date": "1979-12-30",
             "phone": agent},
            {"record_id": "M1", "full_name": "Merve Koç", "birth_date": "1995-07-19",
             "phone": agent, "phone2": "0533 777 88 99"},
            {"record_id": "K1", "full_name": "Kemal Şahin", "birth_date": "1991-04-03",
             "phone": agent},
        ]
    )  # fmt: skip
    # (an agent's number is on dozens of applications, a household's on a few)
    more = applicants(agent, 20, first_year=1980)
    rows = pd.concat([rows, more], ignore_index=True)
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    uniques = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][uniques.index("+905329001020")]

    def phone(a: str, b: str) -> pd.Series:
        table = result.explain(a, b)
        return table[table["comparison"] == "phone"].iloc[0]

    on_agent_only = phone("E1", "E2")
    assert on_agent_only["level"] == "else, shared" and on_agent_only["weight"] == 0
    # lookalike: an own number beside the agent's is the person's, and differs
    own_beside = phone("M1", "E2")
    assert own_beside["level"] == "else" and own_beside["weight"] < 0
    cluster = result.clusters.set_index("record_id")["cluster_id"]
    assert len({cluster[r] for r in ("E1", "Y1", "M1", "K1")}) == 4


def test_a_number_that_differs_from_a_family_s_shared_one_still_differs():
    # Lookalike: a household's landline is shared too, but its records bear one family name:
    # it is a family member's, and a record holding it alone still differs from another's own
    # number (what tells the family's members apart stays).
    sample = tekil.datasets.load_sample().records
    home = "0532 400 50 60"
    rows = pd.DataFrame(
        [
            {"record_id": "H1", "full_name": "Ahmet Yılmaz", "birth_date": "1961-05-02",
             "phone": home},
            {"record_id": "H2", "full_name": "Ayşe Yılmaz", "birth_date": "1964-09-17",
             "phone": home},
            {"record_id": "H3", "full_name": "Can Yılmaz", "birth_date": "1992-01-25",
             "phone": home},
            {"record_id": "H4", "full_name": "Can Yılmaz", "birth_date": "1992-01-25",
             "phone": "0533 818 27 36"},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    uniques = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][uniques.index("+905324005060")]
    table = result.explain("H3", "H4")
    assert table[table["comparison"] == "phone"].iloc[0]["level"] == "else"


@pytest.mark.parametrize("town", ["Dadaab", None])
def test_a_number_that_a_family_without_a_family_name_shares_still_differs(town):
    # Lookalike: a Somali household's one phone is on records of a given name, the father's
    # and the grandfather's, no family name in common, but of one district, or of no place
    # written: on a few records, a family's, and a record holding it alone still differs from
    # another's own number.
    sample = tekil.datasets.load_sample().records
    home = "0532 400 50 61"
    rows = pd.DataFrame(
        [
            {"record_id": "S1", "full_name": "Faadumo Cabdi Xasan", "birth_date": "1980-01-01",
             "phone": home, "city": town},
            {"record_id": "S2", "full_name": "Maxamed Cali Nuur", "birth_date": "1975-01-01",
             "phone": home, "city": town},
            {"record_id": "S3", "full_name": "Hodan Maxamed Cali", "birth_date": "2001-06-12",
             "phone": home, "city": town},
            {"record_id": "S4", "full_name": "Hodan Maxamed Cali", "birth_date": "2001-06-12",
             "phone": "0533 818 27 37", "city": town},
        ]
    )  # fmt: skip
    result = tekil.dedupe(pd.concat([sample, rows], ignore_index=True), id_column="record_id")
    uniques = list(result.records.fields["phone"].uniques)
    assert result.shared_values["phone"][uniques.index("+905324005061")]
    table = result.explain("S3", "S4")
    assert table[table["comparison"] == "phone"].iloc[0]["level"] == "else"
