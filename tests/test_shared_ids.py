"""Ids read from the values: a person's document that several systems keep in columns of any
name, and numbers that look like cards but are a SIM's."""

from __future__ import annotations

import numpy as np
import pandas as pd

import tekil
from tekil.inference import role_from_values
from tekil.normalize.cards import luhn_ok
from tekil.shared_ids import ids_across_systems

_GIVEN = ["Awa", "Moussa", "Fatou", "Ibrahima", "Aminata", "Ousmane", "Mariama", "Cheikh"]
_FAMILY = ["Diop", "Ndiaye", "Fall", "Sow", "Traore", "Kone", "Diallo", "Camara", "Sylla",
           "Toure", "Bamba", "Cisse", "Keita", "Sangare", "Ouattara", "Coulibaly", "Barry"]  # fmt: skip


def _people(n: int) -> list[tuple[str, str, str]]:
    """Given name, family name and a national card's number (``C`` and ten digits)."""
    rng = np.random.default_rng(5)
    return [
        (_GIVEN[k % 8], _FAMILY[(k * 5) % 17], f"C{rng.integers(10**9, 10**10)}") for k in range(n)
    ]


def _systems(people: list[tuple[str, str, str]], second: list[str]) -> pd.DataFrame:
    """A wallet's records (``C 0012 3456 78`` and passports ``B1234567``) stacked with a bank's
    (the same people's ``second`` codes), each with its own name columns."""
    n = len(people)
    documents = [f"{d[0]} {d[1:5]} {d[5:9]} {d[9:]}" if k % 5 else f"B{7_000_000 + k}"
                 for k, (_, _, d) in enumerate(people)]  # fmt: skip
    wallet = pd.DataFrame(
        {
            "column_1": [f for _, f, _ in people],
            "column_2": [g for g, _, _ in people],
            "column_3": documents,
        }
    )
    bank = pd.DataFrame(
        {
            "column_4": [f"{f.upper()} {g}" for g, f, _ in people],
            "column_5": second,
        }
    )
    return pd.concat([wallet, bank.iloc[: n // 2]], ignore_index=True)


def test_codes_that_another_system_s_records_hold_are_the_person_s_id():
    """A national card written with spaces in a wallet and run together in a bank, beside
    passports: whatever the columns are called, the codes two systems' records share, the
    records sharing their names, are an id of the person."""
    people = _people(300)
    df = _systems(people, [d for _, _, d in people])
    assert ids_across_systems(df, ["column_3", "column_5"], []) == ["column_3", "column_5"]
    roles = tekil.guess_settings(df).roles
    assert roles["column_3"] == roles["column_5"] == "free_id"


def test_codes_that_coincide_between_strangers_are_no_id():
    """Two systems' own numbers, both counting from one (an order's, a ticket's): the same
    codes turn up in both, held by records of other people."""
    people = _people(300)
    order = [f"ORD{100_000 + k}" for k in range(300)]
    df = _systems(people, order[::-1]).assign(column_3=[*order, *[None] * 150])
    assert ids_across_systems(df, ["column_3", "column_5"], []) == []
    roles = tekil.guess_settings(df).roles
    assert "column_3" not in roles and "column_5" not in roles


def test_codes_held_by_one_column_only_or_repeated_as_postcodes_are_no_id():
    people = _people(300)
    df = _systems(people, [f"{10_000 + k % 7}" for k in range(300)])  # postcodes: few
    assert ids_across_systems(df, ["column_3", "column_5"], []) == []
    alone = pd.DataFrame({"a": [d for _, _, d in people], "n": [f for _, f, _ in people]})
    assert ids_across_systems(alone, ["a"], []) == []
    assert ids_across_systems(alone.iloc[:10], ["a"], []) == []  # (too few to tell)


def test_a_card_that_each_system_keeps_on_several_records_is_an_id_a_shop_s_code_is_not():
    """A loyalty card of thirteen digits (no phone's, no national number's) on each ticket of
    its holder at two chains' tills, three tickets a card: the codes repeat within a column,
    and the records sharing one are the holder's. A shop's code on a tenth of the tickets is
    none."""
    people = _people(300)
    cards = [f"29{k:011d}" for k in range(300)]
    first, second = (
        [k for k in range(200) for _ in range(3)],
        [k for k in range(150, 300) for _ in range(3)],
    )
    name = [f"{people[k][1].upper()} {people[k][0]}" for k in first + second]
    df = pd.DataFrame(
        {
            "column_1": name,
            "column_2": [cards[k] for k in first] + [None] * len(second),
            "column_3": [None] * len(first) + [cards[k] for k in second],
            "column_4": [f"{4_100_000 + k % 10}" for k in range(len(name))],
        }
    )
    assert ids_across_systems(df, ["column_2", "column_3", "column_4"], []) == [
        "column_2",
        "column_3",
    ]
    roles = tekil.guess_settings(df).roles
    assert roles["column_2"] == roles["column_3"] == "free_id"
    assert roles.get("column_4") != "free_id"


def _luhn_completed(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def test_a_sim_s_iccid_is_no_payment_card():
    """ICCIDs (``89``, the telecoms' industry, the country's code) pass Luhn's check as card
    numbers do; a column of them is no card, and payment cards stay cards."""
    rng = np.random.default_rng(3)
    iccids = pd.Series([_luhn_completed(f"89221{rng.integers(10**12, 10**13)}") for _ in range(60)])
    cards = pd.Series([_luhn_completed(f"45321{rng.integers(10**9, 10**10)}") for _ in range(60)])
    assert role_from_values(iccids) is None
    assert role_from_values(cards) == "card"


def test_a_column_of_numbers_that_records_of_other_names_hold_is_someone_else_s():
    """A wallet's emergency contact's number, which the contact's own records hold as theirs:
    in a file without a header it is found by the names of the records that share its
    numbers (a relative's, of another given name), where a person's own numbers meet their own
    records, and a home landline the family's (fathers and sons of one family name). Its
    column gets no role; the others stay phones."""
    people = _people(400)
    mobile = [f"+221 77 {k:03d} {k % 97:02d} {k % 89:02d}" for k in range(400)]
    home = [f"+221 33 8{k // 3 % 100:02d} {k // 300}0 34" for k in range(400)]  # three a home
    wallet = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in people],
            "column_2": mobile,
            "column_3": [mobile[(k + 7) % 400] for k in range(400)],  # the contact's
        }
    )
    bank = pd.DataFrame(
        {
            "column_4": [f"{f.upper()} {g}" for g, f, _ in people],
            "column_5": [m.replace(" ", "") for m in mobile],
            "column_6": home,
        }
    )
    df = pd.concat([wallet, wallet.iloc[:100], bank], ignore_index=True)  # (numbers repeat)
    roles = tekil.guess_settings(df).roles
    assert "column_3" not in roles
    assert roles["column_2"] == roles["column_5"] == roles["column_6"] == "phone"


def test_a_next_of_kin_that_two_systems_keep_is_someone_else_s_though_written_twice():
    """The wallet and the bank both keep each customer's next of kin: between the two kin
    columns a kin's number is held by records of one name (the customer's, twice), which
    lifts the kin columns' share of one name over all their pairs near their own columns'.
    Against the person's surest own column the kin's numbers meet only the kin's own records,
    of other names."""
    people = _people(400)
    mobile = [f"+221 77 {k:03d} {k % 97:02d} {k % 89:02d}" for k in range(400)]
    kin = [mobile[(k + 7) % 400] for k in range(400)]
    wallet = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f, _ in people],
            "column_2": mobile,
            "column_3": kin,
        }
    )
    bank = pd.DataFrame(
        {
            "column_4": [f"{f.upper()} {g}" for g, f, _ in people],
            "column_5": [m.replace(" ", "") for m in mobile],
            "column_6": [f"00{k[1:].replace(' ', '')}" for k in kin],
        }
    )
    df = pd.concat([wallet, bank, bank.iloc[:150]], ignore_index=True)
    roles = tekil.guess_settings(df).roles
    assert "column_3" not in roles and "column_6" not in roles
    assert roles["column_2"] == roles["column_5"] == "phone"


def test_a_system_s_only_phone_column_is_its_person_s_own_whatever_names_its_numbers_meet():
    """Numbers that meet records of other names, in a system that keeps no other phone beside
    them (initials and a family name, where the other system writes whole given names), stay
    the person's own: no number of the person's own is beside them to tell them apart."""
    from tekil.someone_elses import someone_elses

    own = [f"07{k:08d}" for k in range(60)]
    names = [f"Ana{chr(97 + k % 26)}{k}" for k in range(60)]
    df = pd.DataFrame(
        {
            "name": names + [f"Bo{n}" for n in names] + names,
            "a": own + [None] * 120,
            "b": [None] * 60 + own + [None] * 60,
            "c": [None] * 120 + own,
        }
    )
    roles = {"name": "full_name", "a": "phone", "b": "phone", "c": "phone"}
    assert someone_elses(df, roles, ["a", "b", "c"]) == []


def test_a_family_card_s_representative_number_is_a_household_s_not_an_id():
    """A points programme's member number, kept by the web shop too, is an id; the family
    card's representative's number beside it, which the family's members all carry, is their
    household's (its records are of other given names), and gets no role."""
    people = _people(300)
    head = [people[k - k % 3][2] for k in range(300)]  # households of three
    family = [_FAMILY[(k // 3) % 17] for k in range(300)]
    points = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for (g, _, _), f in zip(people, family, strict=True)],
            "column_2": [d for _, _, d in people],
            "column_3": head,
        }
    )
    shop = pd.DataFrame(
        {
            "column_4": [f"{f.upper()} {g}" for (g, _, _), f in zip(people, family, strict=True)],
            "column_5": [d.lower() for _, _, d in people],
        }
    )
    roles = tekil.guess_settings(pd.concat([points, shop], ignore_index=True)).roles
    assert roles["column_2"] == roles["column_5"] == "free_id"
    assert "column_3" not in roles


def _lender_and_telco(dates: bool) -> pd.DataFrame:
    """A Thai lender's borrowers (names in Thai script, their mobile, a guarantor's mobile) and
    a telco's subscribers (names in Latin letters) of the same 120 people."""
    n = 120
    mobile = [f"08{k:08d}" for k in range(n)]
    born = [f"19{60 + k % 40}-{1 + k % 12:02d}-{1 + k % 28:02d}" for k in range(n)]
    thai = [f"สม{chr(0x0E01 + k % 40)} ศรี{chr(0x0E01 + k // 40)}" for k in range(n)]
    latin = [f"Som{chr(97 + k % 26)} Sri{chr(97 + k // 26)}" for k in range(n)]
    return pd.DataFrame(
        {
            "name": thai + latin,
            "mobile": mobile + [None] * n,
            "guarantor": [mobile[(k + 5) % n] for k in range(n)] + [None] * n,
            "msisdn": [None] * n + [f"66{m[1:]}" for m in mobile],
            "dob": born * 2 if dates else [None] * (2 * n),
        }
    )


def test_a_guarantors_number_is_someone_elses_by_birth_dates_where_names_are_in_two_scripts():
    """A Thai lender's names in Thai script, the telco's in Latin letters: the names cannot
    tell whether records sharing a number are one person's, the birth dates can (the guarantor's
    own records were born on another day)."""
    from tekil.someone_elses import someone_elses

    roles = {"name": "full_name", "mobile": "phone", "guarantor": "phone", "msisdn": "phone"}
    roles |= {"dob": "dob"}
    cols = ["mobile", "guarantor", "msisdn"]
    assert someone_elses(_lender_and_telco(True), roles, cols) == ["guarantor"]
    # Without birth dates nothing tells: the column is left as it is.
    assert someone_elses(_lender_and_telco(False), roles, cols) == []


def test_ids_a_person_s_id_column_holds_are_someone_else_s_only_on_records_of_other_names():
    """A lender's guarantor's card numbers, which the bank's card column holds on the
    guarantor's own records (other names), are someone else's; a chat desk's customers' own
    documents meet their holders' bank records under one name (or under display names that
    cannot tell) and are the same people's ids."""
    from tekil.settings import _ids_held_by_persons

    people = _people(200)
    cards = [f"1{k:03d}{(k * 7919) % 10**6:06d}" for k in range(200)]
    names = [f"{g} {f}" for g, f, _ in people]
    df = pd.DataFrame(
        {
            "name": names + names[:100] + [None] * 100,
            "card": cards + [None] * 200,
            "guarantor": [None] * 200 + [cards[(k + 37) % 200] for k in range(100)] + [None] * 100,
            "document": [None] * 200 + cards[:100] + cards[100:],
        }
    )
    roles = {"name": "full_name", "card": "free_id"}
    assert _ids_held_by_persons(["guarantor", "document"], ["card"], df, roles, 0) == {
        "guarantor": "ignore",
        "document": "free_id",
    }


def test_a_kins_whole_name_after_the_persons_own_is_no_part_of_the_persons_name():
    """A bank writes its customer's whole name, then the next of kin's, both read as full
    names by their values. Where the kin is a customer too, the kin's own record shares the
    kin's number; it is another person, though the kin's three words are most of the words of
    the customer's record taken whole (the form names its person first)."""
    from tekil.someone_elses import one_name_share

    people = _people(60)
    bank = pd.DataFrame(
        {
            "name": [f"{g} {f}" for g, f, _ in people],
            "kin": [f"{g} Kwamena {f}" for g, f, _ in people[1:] + people[:1]],
        }
    )
    kins_own = pd.DataFrame({"name": [f"{g} Kwamena {f}" for g, f, _ in people]})
    df = pd.concat([bank, kins_own], ignore_index=True)
    roles = {"name": "full_name", "kin": "full_name"}
    pairs = pd.DataFrame({"row": range(60), "row_other": [60 + (k + 1) % 60 for k in range(60)]})
    assert one_name_share(df, roles, pairs, seed=0) == 0.0
    # The customer's own records of one name, written with and without the kin, are one person.
    pairs = pd.DataFrame({"row": range(60), "row_other": range(60, 120)})
    alone = pd.concat([bank, bank[["name"]]], ignore_index=True)
    assert one_name_share(alone, roles, pairs, seed=0) == 1.0


def _bank_and_desk(tails: bool) -> pd.DataFrame:
    """A bank's whole names and NRICs stacked with a care desk's given names and a code of
    four: the NRICs' last four (``tails``) or codes that meet other people's NRICs' tails (as a
    postcode of four may by chance)."""
    people = _people(300)
    nrics = [f"S{int(d[1:8]):07d}{'ABCDEFGHIZJ'[k % 11]}" for k, (_, _, d) in enumerate(people)]
    bank = pd.DataFrame(
        {
            "column_1": [f"{g} {f}".upper() for g, f, _ in people],
            "column_2": nrics,
        }
    )
    desk = pd.DataFrame(
        {
            "column_3": [g for g, _, _ in people],
            "column_4": [n[-4:] for n in (nrics if tails else nrics[150:] + nrics[:150])],
        }
    )
    return pd.concat([bank, desk], ignore_index=True)


def test_the_last_four_of_a_persons_id_on_the_same_persons_records_are_an_id():
    """A care desk keeps the NRIC's last four (``567D``) and the given name: the bank's
    records that end in them are of the same names, and the column is an id, compared by the
    tail. Codes of four that meet the NRICs' tails on other people's records are no id."""
    from tekil.shared_ids import tails_of_ids

    roles = {"column_1": "full_name", "column_2": "free_id", "column_3": "first_name"}
    assert tails_of_ids(_bank_and_desk(True), ["column_4"], roles) == ["column_4"]
    assert tails_of_ids(_bank_and_desk(False), ["column_4"], roles) == []
    assert tails_of_ids(_bank_and_desk(True), ["column_4"], {"column_2": "free_id"}) == []


def test_a_kins_number_against_the_surest_column_is_measured_against_the_other_columns():
    """A patient registry's home phones (the surest column), mobiles and emergency contacts'
    phones: against the home phones the mobiles meet records of one name in 0.72 of pairs
    (the same patient), the emergency contacts' in 0.18 (a spouse's records; now and then the
    patient's own landline). Four times under the mobiles' is someone else's, though the
    midpoint of the two would ask for eight."""
    from tekil.someone_elses import _against_surest

    people = _people(100)
    names = pd.Series([f"{g} {f}" for g, f, _ in people] * 2)
    other = [k + 100 for k in range(100)]
    spouse = [(k + 1) % 100 + 100 for k in range(100)]
    pairs = pd.DataFrame(
        {
            "column": ["mobile"] * 100 + ["kin"] * 100,
            "column_other": ["home"] * 200,
            "row": list(range(100)) * 2,
            "row_other": [other[k] if k % 25 < 18 else spouse[k] for k in range(100)]
            + [other[k] if k % 50 < 9 else spouse[k] for k in range(100)],
        }
    )
    df = pd.DataFrame({"name": names})
    met = {"home": 0.45, "mobile": 0.34, "kin": 0.13}
    assert _against_surest(df, {"name": "full_name"}, pairs, met, 0, []) == ["kin"]
    # Where the kin's number meets the patient's own records as often, it is the patient's.
    pairs.loc[100:, "row_other"] = pairs.loc[:99, "row_other"].to_numpy()
    assert _against_surest(df, {"name": "full_name"}, pairs, met, 0, []) == []


def test_beside_the_persons_given_names_a_whole_name_is_anothers_wherever_it_stands():
    """Where a record writes its person's given and family names, a whole name beside them
    (a next of kin's, before or after) is no part of the person's name: the kin's own records
    that share the kin's number are of another person."""
    from tekil.someone_elses import one_name_share

    people = _people(60)
    kin = [f"{g} Kwamena {f}" for g, f, _ in people[1:] + people[:1]]
    bank = pd.DataFrame(
        {
            "kin": kin,
            "given": [g for g, _, _ in people],
            "family": [f for _, f, _ in people],
        }
    )
    kins_own = pd.DataFrame({"whole": [f"{g} Kwamena {f}" for g, f, _ in people]})
    df = pd.concat([bank, kins_own], ignore_index=True)
    roles = {"kin": "full_name", "given": "first_name", "family": "last_name", "whole": "full_name"}
    pairs = pd.DataFrame({"row": range(60), "row_other": [60 + (k + 1) % 60 for k in range(60)]})
    assert one_name_share(df, roles, pairs, seed=0) == 0.0


def test_ids_of_letters_with_few_digits_are_codes_words_and_streets_are_not():
    """Malawi's national ids (``K8T4P2X9``: eight capitals and digits, two or three digits)
    are codes as written in one word; a street, a handle in small letters or a word of
    letters alone are not."""
    from tekil.shared_ids import codes_of

    rng = np.random.default_rng(3)
    letters, digits = list("ABCDEFGHJKLMNPRSTVWXYZ"), list("0123456789")
    shapes = ["LDLDLDLD", "LLDLLDLL", "DLLDLLLD", "LDDLLDLL"]

    def malawi_id(k: int) -> str:
        return "".join(rng.choice(letters if c == "L" else digits) for c in shapes[k % 4])

    ids = [malawi_id(k) for k in range(200)]
    assert codes_of(pd.Series(ids)) is not None
    streets = pd.Series([f"{k} Main Street" for k in range(200)])
    handles = pd.Series([f"tendai{k}x" for k in range(200)])
    words = pd.Series([f"CHIPO{'ABCDEFGH'[k % 8]}" for k in range(200)])
    numbered = pd.Series([f"SMITH{'ABCDEFGH'[k % 8]}{k}" for k in range(200)])
    assert codes_of(streets) is None and codes_of(handles) is None and codes_of(words) is None
    assert codes_of(numbered) is None  # a name with a number after it
    people = _people(300)
    malawi = [malawi_id(k) for k in range(300)]
    df = _systems(people, malawi)
    df["column_3"] = [*malawi, *[None] * (len(df) - len(malawi))]
    assert ids_across_systems(df, ["column_3", "column_5"], []) == ["column_3", "column_5"]
