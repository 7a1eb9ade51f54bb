"""Pakistani and Bangladeshi names: Muhammad and Mosammat abbreviated, fathers' and husbands'
names inside the name field."""

import pandas as pd

from tekil.normalize import name


def test_md_and_mst_before_a_name_are_dropped_as_most_systems_drop_them():
    got = name(pd.Series(["MD. RAFIQUL ISLAM", "Mst. Nasrin Akter", "Mohd Azlan", "মোঃ রহিম"]))
    assert got["value"].tolist() == ["rafiqul islam", "nasrin akter", "azlan", "রহিম"]
    assert got.loc[0, ["given", "family"]].tolist() == ["rafiqul", "islam"]
    # (Abdul Karim: one name, servant of the Generous; no "MD" after a name, a doctor's.)
    assert name(pd.Series(["Md Abdul Karim"]))["value"].tolist() == ["abdulkarim"]
    # Alone, it is the name written (nothing else to keep).
    assert name(pd.Series(["Md"]))["value"].tolist() == ["md"]


def test_a_wifes_name_with_her_husbands_after_w_o():
    # Two names or more on each side: her whole name before, as other records write it alone;
    # the husband's or father's after is someone else's.
    got = name(pd.Series(["SHAZIA RIZWAN W/O RIZWAN AKRAM", "Ali Raza s/o Muhammad Akram"]))
    assert got["value"].tolist() == ["shazia rizwan", "ali raza"]
    assert got["given"].tolist() == ["shazia", "ali"]
    assert got["family"].tolist() == ["rizwan", "raza"]
    # One name before or after: the father's as the family name other records write alone.
    got = name(pd.Series(["Rajesh s/o Krishnan", "Ali Raza s/o Akram", "Ahmad bin Abdul Rahman"]))
    assert got["family"].tolist() == ["krishnan", "akram", "abdulrahman"]


def test_titles_of_descent_and_rank_before_a_name_are_left_out_as_other_systems_do():
    got = name(
        pd.Series(["Syed Ali Raza", "CH. RIZWAN AHMAD", "Most. Moni Begum", "Ali Raza Syed"])
    )
    assert got["value"].tolist() == ["ali raza", "rizwan ahmad", "moni begum", "ali raza syed"]
