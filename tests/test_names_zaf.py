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
