"""User names of handles and e-mails: read, paired by blocking, compared and weighed."""

import numpy as np
import pandas as pd

import tekil
from conftest_store import SETTINGS
from tekil.block import candidate_pairs, default_rules, rule_fields
from tekil.compare import (
    USER_NAME_LEVELS,
    Comparison,
    compare,
    comparisons_for_role,
    default_comparisons,
)
from tekil.estimation import LevelParameters, discounted
from tekil.records import prepare
from tekil.settings import Settings
from tekil.user_names import user_name, user_name_fields, user_names

ROLES = {"first": "first_name", "last": "last_name", "handle": "handle", "contact": "handle",
         "mail": "email"}  # fmt: skip


def levels(df, i, j):
    records = prepare(df, Settings(roles=ROLES), np.arange(len(df)))
    comps = default_comparisons(records)
    out = compare(records, np.array(i), np.array(j), comps)
    return {c.field: [c.levels[v] for v in out[:, k]] for k, c in enumerate(comps)}


def test_user_names_agree_across_platforms_columns_and_e_mails():
    df = pd.DataFrame(
        {
            "first": ["Jess", None, None, "Dean", "Dean", None, None],
            "last": ["Smith", None, None, "Campbell", "Campbell", None, None],
            "handle": ["@JSmith88", None, "instagram.com/jsmith88", "facebook.com/dean.campbell",
                       None, "@jsmith88", "@abc"],
            "contact": [None, "twitter.com/jsmith88", None, None, None, None, None],
            "mail": [None, None, "j.smith88@x.com", None, "deancampbell@y.com", None, None],
        }
    )  # fmt: skip
    lv = levels(df, [0, 0, 3, 3, 0, 0, 1], [1, 2, 4, 1, 5, 3, 6])
    assert lv["user_names"] == [
        "exact",  # @JSmith88 and twitter.com/jsmith88 in another column
        "exact",  # ... and an Instagram link and an e-mail with a dot (its own handle too)
        "letters",  # dean.campbell on Facebook and deancampbell@: spelt as namesakes spell it
        "else",  # user names of their own (an e-mail, a handle in another column)
        "null",  # one handle in one column: the handles' own comparison
        "else",
        "null",  # a user name too short to compare (@abc)
    ]
    assert lv["handle"][4] == "exact"  # unknown:jsmith88 twice
    assert lv["handle"][1] == "same_username"  # unknown: and instagram:jsmith88


def test_no_user_name_comparison_without_a_handle():
    df = pd.DataFrame({"first": ["A", "B"], "last": ["C", "D"], "mail": ["ab@x.com", "ab@y.com"]})
    records = prepare(df, Settings(roles={"first": "first_name", "last": "last_name",
                                          "mail": "email"}), np.arange(2))  # fmt: skip
    assert "user_names" not in [c.field for c in default_comparisons(records)]


def test_a_user_name_read_off_an_identifier_both_records_hold_is_no_news():
    # A child's policy with the parent's e-mail, against the parent's login whose user name is
    # that e-mail's local part: the shared e-mail speaks (or, shared by a family, says nothing).
    df = pd.DataFrame(
        {
            "first": ["Svein", "Nina", "Nina"],
            "last": ["Berge", "Berge", "Berge"],
            "handle": [None, "nina.berge", "nina.berge77"],
            "contact": [None, None, None],
            "mail": ["nina.berge@x.no", "nina.berge@x.no", None],
        }
    )
    lv = levels(df, [0, 0], [1, 2])
    assert lv["user_names"] == ["null", "else"]


def test_a_user_name_is_read_without_its_separators_from_a_handle_or_an_e_mail():
    assert user_name("twitter:jess_smith88", "handle") == "jesssmith88"
    assert user_name("unknown:jess.smith88", "handle") == "jesssmith88"
    assert user_name("jess.smith88@gmail.com", "email") == "jesssmith88"
    assert user_name("instagram:js88", "handle") is None  # too short to tell anyone apart
    assert user_name("facebook:100004567890123", "handle") is None  # a profile's number
    assert user_name("web:jess.dev", "handle") is None  # a web site
    # A bare name the handle reader took for a site of a country's domain may be a handle,
    # as a Mastodon page's user is one.
    assert user_name("web:grace.li", "handle") == "graceli"
    assert user_name("web:mastodon.social/@jess_s88", "handle") == "jesss88"


def test_user_names_share_one_vocabulary_across_handle_and_e_mail_columns():
    df = pd.DataFrame(
        {
            "ig": ["@jess.smith88", None, "@bondi_bec"],
            "tw": [None, "twitter.com/jess_smith88", None],
            "mail": ["jesssmith88@x.com", None, "rebecca@y.com"],
        }
    )
    roles = {"ig": "handle", "tw": "handle", "mail": "email"}
    records = prepare(df, Settings(roles=roles), np.arange(3))
    names = user_name_fields(records)
    assert names == ("ig", "tw", "mail")
    (ig, tw, mail), chosen = user_names(records, names)
    assert ig[0] == tw[1] == mail[0] >= 0 and chosen[ig[0]]  # jesssmith88: with digits
    assert ig[2] >= 0 and not chosen[ig[2]] and mail[2] != ig[2]  # bondibec: letters only
    # No handle, or one field only: nothing to compare.
    alone = prepare(df[["ig"]], Settings(roles={"ig": "handle"}), np.arange(3))
    assert user_name_fields(alone) == ()


def test_a_user_name_in_any_handle_or_e_mail_column_makes_a_candidate_pair():
    df = pd.DataFrame(
        {
            "handle": ["@jsmith88", None, None, "@bondi_bec", None],
            "contact": [None, "twitter.com/jsmith88", None, None, None],
            "mail": [None, None, "j.smith88@x.com", None, "bec@y.com"],
        }
    )
    st_ = Settings(roles={"handle": "handle", "contact": "handle", "mail": "email"})
    records = prepare(df, st_, np.arange(len(df)))
    rules = {r.name: r for r in default_rules(records)}
    assert "user_names" in rules
    assert rule_fields(records, rules["user_names"]) >= {"handle", "contact", "mail"}
    i, j = candidate_pairs(records, st_, [rules["user_names"]])
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1), (0, 2), (1, 2)}


def _weights_by_row(levels: list[list[int]]) -> dict[str, np.ndarray]:
    """Each comparison's contribution to the rows of ``levels`` (names, alias, user names)."""
    comps = [comparisons_for_role(r, r)[0] for r in ("first_name", "last_name", "alias")]
    comps.append(Comparison("user_names", "user_names", USER_NAME_LEVELS, ("h", "e"), False))
    params = []
    for comp in comps:
        k = comp.n_levels
        m = np.linspace(0.6, 0.05, k - 1)  # agreement likely among matches
        u = np.geomspace(1e-4, 0.5, k - 1)  # and rare among non-matches
        params.append(LevelParameters(comp, np.r_[1, m / m.sum()], np.r_[1, u / u.sum()]))
    out = {}
    for c, contribution in discounted(np.array(levels, dtype=np.int8), params, None, None):
        out[comps[c].field] = contribution
    return out


def test_a_user_name_of_letters_only_is_news_only_where_no_name_says_it():
    # columns: first_name, last_name, alias, user_names (1 exact: with digits, 2 letters only)
    w = _weights_by_row(
        [
            [1, 1, 0, 2],  # names agree: "deancampbell" is what a namesake spells too
            [0, 0, 1, 2],  # a name spelt as the other's identifier says it already
            [0, 0, 0, 2],  # no name to compare ("Dad of 2"): the user name counts
            [1, 1, 0, 1],  # "jsmith88" is chosen: it counts where the names agree
        ]
    )
    assert w["user_names"][0] == 0 and w["user_names"][1] == 0
    assert w["user_names"][2] > 0 and w["user_names"][3] > 0


def test_a_store_finds_the_customer_whose_e_mail_holds_a_new_handles_user_name(tmp_path, batch):
    # A complaint from Twitter, with nothing but the handle: the CRM's e-mail holds its user name.
    crm = batch.loc[batch["email"] == "tsahin860@yahoo.com", "record_id"].iloc[0]
    store = tekil.IdentityStore(f"sqlite:///{tmp_path / 'ids.db'}", card_key="store-test")
    store.ingest(tekil.customers(batch, SETTINGS, id_column="record_id"))
    new = pd.DataFrame(
        [
            {"record_id": "c1", "handle": "twitter.com/tsahin860"},
            {"record_id": "c2", "handle": "@t.sahin860", "first_name": "Tuncay"},
            {"record_id": "c3", "handle": "@tsahin861"},  # another user name: a stranger
        ]
    )
    out = store.resolve(new).set_index("record_id")
    customer = store.records().set_index("record_id").loc[crm, "customer_id"]
    assert out.loc["c1", "customer_id"] == out.loc["c2", "customer_id"] == customer
    assert "user_names=exact" in out.loc["c1", "evidence"]
    assert out.loc["c3", "new_customer"]
    store.close()
