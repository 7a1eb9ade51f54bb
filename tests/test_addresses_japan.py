import pandas as pd

from tekil.normalize.addresses import address


def test_a_japanese_addresses_block_numbers_read_alike_however_written():
    # 丁目, 番地 and 号, kanji numerals, a long-vowel mark typed for a hyphen, and hyphens
    # all give the same numbers, apart from the town's and the building's names.
    out = address(
        pd.Series(
            [
                "川口市本町四丁目14番25号 ハイム東606",
                "川口市本町4-14-25　ハイム東606号室",
                "川口市本町4ー14ー25ハイム東606",
            ]
        )
    )["value"].tolist()
    assert out[0] == out[1] == out[2] == "川口市本町 4 14 25 ハイム东 606"


def test_other_addresses_are_read_as_before():
    assert address(pd.Series(["Hauptstraße 5", "12 Main St"]))["value"].tolist() == [
        "hauptstr 5",
        "12 main st",
    ]


def test_block_numbers_joined_by_any_dash_read_alike():
    # A hyphen, a Unicode hyphen (U+2010), a minus sign (U+2212) and a full-width hyphen
    # between block numbers are one separator, in kanji text and in Latin text alike.
    out = address(pd.Series(["本町4-14-25", "本町4‐14‐25", "本町4−14−25", "本町４－１４－２５"]))[
        "value"
    ].tolist()
    assert len(set(out)) == 1
    latin = address(pd.Series(["Honcho 4-14-25", "Honcho 4‐14‐25", "Honcho 4−14−25"]))
    assert len(set(latin["value"])) == 1
