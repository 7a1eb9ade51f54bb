import pandas as pd

from tekil.normalize.names import name


def test_thai_titles_are_dropped_written_apart_or_joined_to_the_name():
    # Thai systems write Mr (นาย), Mrs (นาง), Miss (นางสาว, น.ส.) and Khun before the given
    # name, as often without a space as with one; a title alone stays (no name is left).
    got = name(pd.Series(["นางธิดารัตน์ รัตนศรีพร", "นาย วิชัย ใจดี", "นางสาวสุดา ศรีสุข",
                          "น.ส.มาลี ทองดี", "คุณสมชาย", "นาย"]))  # fmt: skip
    assert got["value"].tolist() == [
        "ธิดารัตน์ รัตนศรีพร", "วิชัย ใจดี", "สุดา ศรีสุข", "มาลี ทองดี", "สมชาย", "นาย",
    ]  # fmt: skip
    assert got["given"].tolist()[:4] == ["ธิดารัตน์", "วิชัย", "สุดา", "มาลี"]
