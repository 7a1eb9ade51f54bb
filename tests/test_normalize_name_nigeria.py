import pandas as pd

from tekil.normalize.names import name


def test_west_african_titles_are_dropped():
    # Nigerian and Ghanaian forms: the pilgrim's titles, Engineer, the Reverend, wherever
    # they stand; Chief, Pastor, Barrister, Architect, the Honourable, Mallam before a name.
    written = ["Alhaji Bello Musa", "ALHAJA KAFAYAT LAWAL", "Hajia Aisha Bello", "Engr. Femi Ojo",
               "Rev. John Eze", "CHIEF OKONKWO EMEKA", "Pastor Chukwuemeka Nwoye",
               "Barr. Janet Oni", "Arc Tunde Bakare", "Hon. Aminu Sule", "Mallam Sani Garba"]  # fmt: skip
    out = name(pd.Series(written))
    assert out["value"].tolist() == [
        "bello musa", "kafayat lawal", "aisha bello", "femi ojo", "john eze", "okonkwo emeka",
        "chukwuemeka nwoye", "janet oni", "tunde bakare", "aminu sule", "sani garba",
    ]  # fmt: skip


def test_titles_that_are_also_names_are_dropped_only_before_a_name():
    # Barr, Deacon and Pastor are family names after a given name; alone, a name is kept.
    out = name(pd.Series(["Roseanne Barr", "John Deacon", "Juan Pastor", "Chief", "Pastor"]))
    assert out["value"].tolist() == [
        "roseanne barr",
        "john deacon",
        "juan pastor",
        "chief",
        "pastor",
    ]
    assert out["family"].tolist()[:3] == ["barr", "deacon", "pastor"]
