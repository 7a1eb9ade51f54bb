"""Roles read from the values alone in files of Japanese and Chinese records: names in Chinese
characters or kana written with a space between family and given name, addresses written with
no space, postcodes after Japan's postal mark, and a delivery file's columns that name a desk
or repeat the buyer."""

from __future__ import annotations

import pandas as pd

import tekil
from tekil.inference import postcode_like, street_like
from tekil.settings import _copies

_FAMILY = ["山口", "大塚", "新井", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林",
           "加藤", "吉田", "山田", "松本", "井上", "木村", "清水", "林", "斎藤"]  # fmt: skip
_GIVEN = ["悠斗", "美代子", "孝之", "直美", "優介", "友子", "結菜", "典子", "潔", "健太", "陽菜",
          "大翔", "さくら", "翔太", "美咲", "蓮", "葵", "拓海", "結衣", "浩"]  # fmt: skip
_CITIES = ["東京都渋谷区神宮前", "大阪府大阪市北区梅田", "神奈川県横浜市中区本町", "千葉県船橋市本町",
           "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前"]  # fmt: skip


def _name(k: int) -> str:
    family, given = _FAMILY[k % 20], _GIVEN[(k // 20 + k) % 20]
    return f"{family}\u3000{given}" if k % 3 else f"{family} {given}"


def _points(n: int) -> pd.DataFrame:
    """A points programme: whole names in kanji, e-mails in Latin letters, the postcode with
    its mark or without, the address written with no space, the prefecture alone."""
    return pd.DataFrame(
        {
            "column_1": [_name(k) for k in range(n)],
            "column_2": [f"user{k:04d}@example.jp" for k in range(n)],
            "column_3": [f"〒{100 + k % 90:03d}-{k % 9000:04d}" for k in range(n)],
            "column_4": [
                f"{_CITIES[k % 6]}{k % 5 + 1}丁目{k % 40 + 13}-{k % 20 + 1}" for k in range(n)
            ],
            "column_5": [_CITIES[k % 6][:3] for k in range(n)],
            "column_6": [f"090{k:08d}" for k in range(n)],
        }
    )


def test_names_in_chinese_characters_with_a_space_are_whole_names_not_towns():
    roles = tekil.guess_settings(_points(300)).roles
    assert roles["column_1"] == "full_name"
    assert roles.get("column_5") != "full_name"  # prefectures: a place's character last


def test_addresses_written_with_no_space_are_addresses():
    values = pd.Series([f"{_CITIES[k % 6]}{k % 9 + 1}-{k % 30 + 1}-{k}" for k in range(60)])
    assert street_like(values)
    chinese = pd.Series([f"上海市闵行区中山北路{k}号{k % 30}栋{k % 9}01室" for k in range(60)])
    assert street_like(chinese)
    # Names, a shop's branches and products are none: no place's character before a number.
    assert not street_like(pd.Series([_name(k) for k in range(60)]))
    assert not street_like(pd.Series([f"{k:04d} 立川店" for k in range(60)]))
    assert not street_like(pd.Series([f"米 {k % 9 + 1}0kg（返品）" for k in range(60)]))


def test_postcodes_after_the_postal_mark_or_in_full_width_digits():
    marked = pd.Series([f"〒{100 + k:03d}-{k:04d}" for k in range(60)])
    wide = pd.Series([f"１２０－００{k % 10}{k % 7}" for k in range(60)])
    assert postcode_like(marked) and postcode_like(wide)
    assert not postcode_like(pd.Series([f"2023-05-{k % 28 + 1:02d}" for k in range(60)]))


def test_a_delivery_file_s_desk_and_copied_buyer_names_are_not_its_whole_names():
    """Labels of a delivery desk stacked under a points programme: the receiver is the returns
    centre on a third of them, the sender repeats the buyer's name; neither column is read as
    another system's whole names, so the desk's labels are not one person."""
    points = _points(300)
    n = 240
    labels = pd.DataFrame(
        {
            "column_7": [
                "株式会社ジャパンリテール\u3000返品センター" if k % 3 == 0 else _name(k + 5)
                for k in range(n)
            ],
            "column_8": ["047-452-1234" if k % 3 == 0 else f"080{k:08d}" for k in range(n)],
            "column_9": [_name(k) for k in range(n)],
            "column_10": [f"090{k:08d}" for k in range(n)],
        }
    )
    df = pd.concat([points, labels], ignore_index=True)
    result = tekil.dedupe(df)
    desk = result.clusters["cluster_id"].iloc[300::3]
    assert desk.nunique() > len(desk) // 2  # the returns centre's labels are not one person
    assert result.settings.roles.get("column_7") != "full_name"


def test_a_column_that_mostly_repeats_the_buyer_s_whole_name_is_ignored():
    """An online shop's buyer and parcel receiver, numbered: the receiver is the buyer but for
    gifts, where it is someone else."""
    n = 300
    df = pd.DataFrame(
        {
            "column_1": [_name(k) for k in range(n)],
            "column_2": [f"user{k:04d}@example.cn" for k in range(n)],
            "column_3": [_name(k) if k % 5 else _name(k + 11) for k in range(n)],
            "column_4": [f"139{k:08d}" for k in range(n)],
        }
    )
    roles = tekil.guess_settings(df).roles
    assert roles["column_1"] == "full_name" and roles.get("column_3") in (None, "ignore")
    assert _copies(df, "column_3", ["column_1"])
    # Other people's names (a guarantor's), or too few records, are no copy.
    others = df.assign(column_3=[_name(k + 11) for k in range(n)])
    assert not _copies(others, "column_3", ["column_1"])
    assert not _copies(df.head(10), "column_3", ["column_1"])
    # The person's own name again, differing by slips where it differs ("aJde Kemp"), stays.
    slips = [f"{n[:-1]}x" if k % 5 == 0 else n for k, n in enumerate(df["column_1"])]
    assert not _copies(df.assign(column_3=slips), "column_3", ["column_1"])
