"""Identifier cells with several values read as two columns."""

import pandas as pd

import tekil
from frames import listed
from tekil.derived import read_as
from tekil.several import split_several


def test_a_column_with_two_numbers_in_some_cells_gets_a_column_of_second_numbers():
    tel = ["0532 111 22 33 / 0212 555 12 34", "0533 444 55 66", None, "0534 1; 0535 777 88 99"]
    out, roles = split_several(pd.DataFrame({"tel": tel * 8}), {"tel": "phone"})
    assert roles == {"tel": "phone", "tel (2)": "phone"}
    # The second of two values that look like numbers; "0534 1" is none.
    assert listed(out["tel (2)"])[:4] == ["0212 555 12 34", None, None, None]
    assert listed(out["tel"]) == tel * 8  # the first column is read as before
    again = read_as(pd.DataFrame({"tel": tel[:1]}), roles)
    assert again["tel (2)"].tolist() == ["0212 555 12 34"]


def test_columns_with_few_several_cells_or_of_other_roles_are_left_as_they_are():
    emails = [f"u{k}@x.com" for k in range(40)]
    assert split_several(pd.DataFrame({"m": emails}), {"m": "email"})[1] == {"m": "email"}
    one = pd.DataFrame({"m": [*emails[:39], "a@x.com; b@y.com"]})  # one cell in forty
    assert split_several(one, {"m": "email"})[1] == {"m": "email"}
    handles = pd.DataFrame({"h": ["https://x.com/ayse", "twitter.com/ali"] * 20})
    assert split_several(handles, {"h": "handle"})[1] == {"h": "handle"}


def test_a_record_with_the_second_number_alone_meets_the_one_that_wrote_both():
    people = pd.DataFrame(
        {
            "id": range(24),
            "name": ["Ali Kaya", "Ali Kaya", "Veli Can", "Veli Can"] * 6,
            "tel": ["0532 111 22 33; 0212 555 12 34", "0212 555 12 34",
                    "0533 444 55 66", "0216 777 88 99"] * 6,
        }
    )  # fmt: skip
    result = tekil.dedupe(people, id_column="id")
    assert result.settings.roles["tel (2)"] == "phone"
    levels = result.explain(0, 1).set_index("comparison")["level"]
    # The number both hold counts once, in the first column it is in (the other's only one).
    assert (levels["tel"], levels["tel (2)"]) == ("exact", "null")
    assert result.clusters["cluster_id"][0] == result.clusters["cluster_id"][1]
