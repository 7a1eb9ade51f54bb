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
    got = name(pd.Series(["SHAZIA RIZWAN W/O RIZWAN AKRAM", "Ali Raza s/o Muhammad Akram"]))
    assert got["given"].tolist() == ["shazia rizwan", "ali raza"]
    assert got["family"].tolist() == ["rizwan akram", "muhammad akram"]


def test_titles_of_descent_and_rank_before_a_name_are_left_out_as_other_systems_do():
    got = name(
        pd.Series(["Syed Ali Raza", "CH. RIZWAN AHMAD", "Most. Moni Begum", "Ali Raza Syed"])
    )
    assert got["value"].tolist() == ["ali raza", "rizwan ahmad", "moni begum", "ali raza syed"]
