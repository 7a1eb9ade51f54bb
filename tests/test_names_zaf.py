"""South African systems: Afrikaans column names, a column of initials beside the given names."""

import numpy as np
import pandas as pd

from compare_checks import levels_of
from tekil.compare import initials
from tekil.records import prepare
from tekil.settings import Settings, role_from_name


def test_afrikaans_and_south_african_column_names_have_their_roles():
    names = {
        "van": "last_name",
        "voorname": "first_name",
        "FIRST_NAMES": "first_name",
        "INITIALS": "first_name",
        "nooiensvan": "birth_name",
        "ID_NOMMER": "free_id",
        "identiteitsnommer": "free_id",
        "selfoon": "phone",
        "geslag": "gender",
        "voorstad": "city",
        "poskode": "postcode",
        "e-pos": "email",
    }
    assert {c: role_from_name(c) for c in names} == names


def test_initials_of_all_given_names_agree_with_a_name_of_their_first_letter():
    # A retailer's "M.T." against the insurer's "Mthunzi" (the first given name) is an initial
    # that agrees, like "M." is; against "Sipho" it is not. Characters of a script without
    # capitals written apart ("明 华") are no initials.
    df = pd.DataFrame(
        {
            "first": ["M.T.", "Mthunzi", "Sipho", "明 华"],
            "last": ["Mthethwa", "Mthethwa", "Mthethwa", "王"],
        }
    )
    roles = {"first": "first_name", "last": "last_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    lv = levels_of(recs, [0, 0], [1, 2])["first_name"]
    assert lv == ["initial", "else"]
    first = recs.fields["first_name"]
    is_initial = dict(zip(first.uniques, initials(first)[0], strict=True))
    assert is_initial["m t"] and not is_initial["明 华"]


def test_ids_that_start_with_a_birth_date_and_end_with_luhn_s_digit_are_ids_not_cards():
    """A column named in a language tekil has no word for: South African ids (YYMMDD, four
    digits, a citizenship digit, an 8, Luhn's check digit) are no card numbers, though both
    are thirteen digits or more that pass Luhn's check; real cards stay cards."""
    from tekil.id_checks import dated_luhn_id
    from tekil.inference import role_from_values
    from test_normalize_card import with_luhn

    rng = np.random.default_rng(3)
    born = pd.to_datetime("1940-01-01") + pd.to_timedelta(rng.integers(0, 25_000, 80), "D")
    serials = rng.integers(0, 10**4, 80)
    ids = [with_luhn(f"{d:%y%m%d}{n:04d}08") for d, n in zip(born, serials, strict=True)]
    assert all(dated_luhn_id(i) for i in ids)
    assert role_from_values(pd.Series(ids)) == "free_id"
    assert role_from_values(pd.Series([f"{i[:6]} {i[6:10]} {i[10:]}" for i in ids])) == "free_id"
    cards = [with_luhn(f"4{n:014d}") for n in rng.integers(0, 10**14, 80)]
    assert role_from_values(pd.Series(cards)) == "card"
    # Thirteen digits that pass Luhn but start with no date: no id of this kind.
    assert not dated_luhn_id(with_luhn("801301500908"))
    assert not dated_luhn_id(with_luhn("800100500908"))
