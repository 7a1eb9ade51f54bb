import numpy as np
import pandas as pd

from tekil.records import middle_apart, prepare
from tekil.settings import Settings
from tekil.store.rows import encode_row, normalise_row, readers


def test_a_whole_names_middle_initial_or_middle_surname_fills_the_middle_name_column():
    # A bank keeps LAST_NAME, FIRST_NAME and MIDDLE_NAME (a Filipino's mother's maiden
    # surname); a remittance counter writes the whole name: "Juan S. Dela Cruz", "DELA CRUZ,
    # JUAN S.", "Juan Santos Dela Cruz" or, family name first with no comma, "DELA CRUZ JUAN
    # SANTOS". The initial and the middle surname are the middle name, not part of the given
    # name ("juan s") nor of the family name ("santos dela cruz").
    df = pd.DataFrame(
        {
            "FIRST_NAME": ["Juan", "Ana", "Pedro", None, None, None, None, None],
            "MIDDLE_NAME": ["Santos", "Reyes", "Santos", None, None, None, None, None],
            "LAST_NAME": ["Dela Cruz", "Santos", "Reyes", None, None, None, None, None],
            "SENDER_NAME": [None, None, None, "Juan S. Dela Cruz", "DELA CRUZ, JUAN S.",
                            "Juan Santos Dela Cruz", "Mary Grace Reyes", "DELA CRUZ JUAN SANTOS"],
        }
    )  # fmt: skip
    roles = {
        "FIRST_NAME": "first_name",
        "MIDDLE_NAME": "middle_name",
        "LAST_NAME": "last_name",
        "SENDER_NAME": "full_name",
    }
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    middle = recs.fields["MIDDLE_NAME"]
    assert [first.value_of(k) for k in range(3, 8)] == ["juan"] * 3 + ["mary grace", "juan"]
    assert [last.value_of(k) for k in range(3, 8)] == ["dela cruz"] * 3 + ["reyes", "dela cruz"]
    assert [middle.value_of(k) for k in range(8)] == [
        "santos", "reyes", "santos", "s", "s", "santos", None, "santos"
    ]  # fmt: skip
    # The store reads a record as the batch does (words learnt by the batch).
    column_readers = readers(roles, {c: ("name", {}) for c in roles})
    rows = [
        encode_row(normalise_row(r, column_readers), roles, name_words=recs.name_words)
        for r in df.to_dict("records")
    ]
    assert [r.get("MIDDLE_NAME") for r in rows[3:]] == ["s", "s", "santos", None, "santos"]
    assert [r.get("first_name") for r in rows[3:]] == ["juan"] * 3 + ["mary grace", "juan"]


def test_without_a_middle_name_column_whole_names_are_read_as_before():
    # No column of middle names: the initial stays with the given names, no field is made.
    df = pd.DataFrame({"name": ["John Q. Public", "Jane Public"], "phone": ["555-0101", None]})
    recs = prepare(df, Settings(roles={"name": "full_name"}), np.arange(2))
    assert recs.fields["first_name"].value_of(0) == "john q"
    assert not any(f.role == "middle_name" for f in recs.fields.values())


def test_middle_apart():
    assert middle_apart("ana marie d", "caballero", {}) == ("ana marie", "caballero", "d")
    assert middle_apart("j", "smith", {}) == ("j", "smith", None)
    assert middle_apart("adeyemi", "funke", {"adeyemi": 0.9, "funke": -0.9}) == (
        "funke", "adeyemi", None
    )  # fmt: skip
