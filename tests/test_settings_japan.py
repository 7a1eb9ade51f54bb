import pandas as pd
import pytest

from tekil.derived import read_as
from tekil.senders import receivers_on_shop_rows
from tekil.settings import _receivers, guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [("依頼主氏名", "full_name"), ("依頼主郵便番号", "postcode"), ("依頼主住所", "address"),
     ("依頼主電話", "phone"), ("ご注文者メールアドレス", "email"), ("会員名", "full_name"),
     ("契約者生年月日", "dob"), ("届け先氏名", "full_name"), ("お届け先電話番号", "phone"),
     ("緊急連絡先電話", "ignore"), ("配偶者氏名", "ignore"), ("勤務先住所", "ignore"),
     ("勤務先名", "ignore"), ("会社名", "ignore"), ("勤務先電話", "phone"), ("会員番号", None)],
)  # fmt: skip
def test_a_japanese_column_names_first_word_says_whose_value_it_holds(column, role):
    # Japanese writes no spaces either: 依頼主 (a label's sender) before 住所 is the record's
    # person's address, 緊急連絡先 (an emergency contact) someone else's, 勤務先 a workplace.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("携帯", "phone"), ("携帯番号", "phone"), ("連絡先", "phone"), ("自宅電話", "phone"),
     ("Eメール", "email"), ("携帯メール", "email"), ("誕生日", "dob"), ("お名前", "full_name"),
     ("セイ", "last_name"), ("メイ", "first_name"), ("所在地", "address")],
)  # fmt: skip
def test_japanese_column_names(column, role):
    assert role_from_name(column) == role


def test_a_japanese_receivers_columns_are_read_as_a_receivers():
    assert _receivers("届け先氏名") and _receivers("お届け先住所") and not _receivers("依頼主氏名")


def _labels() -> pd.DataFrame:
    # A delivery desk: customers send gifts to others (sender the customer), and the shop
    # sends their orders to them (sender the shop, one name and one phone on every label).
    n = 60
    shop = [k % 3 == 0 for k in range(n)]
    family = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤"]
    given = ["太郎", "花子", "健一", "裕子", "大輔", "美咲", "翔太", "陽菜", "誠", "恵"]
    names = [f"{family[k % 6]} {given[k // 6]}" for k in range(n)]
    return pd.DataFrame(
        {
            "依頼主氏名": ["ストア 渋谷店" if s else names[k] for k, s in enumerate(shop)],
            "依頼主電話": [
                "03-1111-2222" if s else f"090-0000-{k:04d}" for k, s in enumerate(shop)
            ],
            "届け先氏名": names[::-1],
            "届け先電話": [f"080-0000-{k:04d}" for k in range(n)],
        }
    )


def test_the_receiver_is_the_person_on_the_labels_a_shop_sends():
    df = _labels()
    roles = {"依頼主氏名": "full_name", "依頼主電話": "phone"}
    read = receivers_on_shop_rows(df, roles)
    assert read.loc[0, "依頼主氏名"] == "伊藤 恵" and read.loc[0, "依頼主電話"] == "080-0000-0000"
    assert read.loc[1, "依頼主氏名"] == "佐藤 太郎" and read.loc[1, "依頼主電話"] == "090-0000-0001"
    assert read_as(df, roles).loc[3, "依頼主氏名"] == df.loc[3, "届け先氏名"]


def test_no_sender_is_a_shop_where_no_value_is_on_many_labels():
    df = _labels().iloc[1::3]  # the customers' own gifts only
    roles = {"依頼主氏名": "full_name", "依頼主電話": "phone"}
    assert receivers_on_shop_rows(df, roles).equals(df)


def test_a_label_files_sender_is_its_person_and_its_receiver_is_left_out():
    roles = guess_settings(_labels()).roles
    assert roles["依頼主氏名"] == "full_name" and roles["依頼主電話"] == "phone"
    assert roles.get("届け先氏名", "ignore") == "ignore"
