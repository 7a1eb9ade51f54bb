import pandas as pd

from tekil.normalize.names import name, whole_name_arguments, writes_family_first

FAMILY = ["山田", "佐藤", "鈴木", "高橋", "田中"]
GIVEN = ["太郎", "花子", "健一", "裕子", "大輔", "美咲", "翔太", "陽菜"]


def test_a_column_of_japanese_names_is_read_family_name_first():
    # 山田 太郎 is Taro of the Yamada family, in kanji, in kana and in half-width kana alike:
    # a household's 山田 花子 shares his family name, not his given name. The column says so:
    # fewer words stand first than last.
    names = [f"{f}　{g}" for f in FAMILY for g in GIVEN]
    assert writes_family_first(names)
    arguments = whole_name_arguments(pd.Series(names))
    assert arguments["family_first"]
    read = name(pd.Series(["ﾔﾏﾀﾞ ﾀﾛｳ", "山田　花子", "長谷川 公美子・茂"]), **arguments)
    assert read["family"].tolist() == ["ヤマダ", "山田", "长谷川"]
    assert read["given"].tolist()[:2] == ["タロウ", "花子"]


def test_a_family_name_with_its_repeat_mark_is_written_family_name_first_too():
    # 々 repeats the character before it (佐々木, 野々村): the names are in kanji all the same.
    names = [f"{f}　{g}" for f in FAMILY for g in GIVEN]
    arguments = whole_name_arguments(pd.Series(names))
    read = name(pd.Series(["佐々木　健一", "野々村 花子"]), **arguments)
    assert read["family"].tolist() == ["佐々木", "野々村"]


def test_names_written_given_name_first_keep_their_order():
    # A system made for Latin letters writes "秀兰 戴": as many words first as last.
    spaced = [f"{g} {f}" for f in FAMILY for g in GIVEN]
    assert not writes_family_first(spaced)
    assert not writes_family_first(["山田 太郎"] * 10)  # too few to tell
    read = name(pd.Series(["太郎 山田", "taro yamada"]), **whole_name_arguments(pd.Series(spaced)))
    assert read["family"].tolist() == ["山田", "yamada"]


def test_a_name_in_kana_is_family_name_first_in_any_column():
    # Kana is Japanese only, and Japanese writes the family name first.
    read = name(pd.Series(["ヤマダ タロウ", "ｽｽﾞｷ ﾊﾅｺ"]))
    assert read["family"].tolist() == ["ヤマダ", "スズキ"]
