import pandas as pd
import pytest

from tekil.settings import _receivers, guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [("证件号码", "free_id"), ("身份证号", "free_id"), ("身分證字號", "free_id"), ("HKID", "free_id"),
     ("用戶姓名", "full_name"), ("英文姓名", "full_name"), ("門號", "phone"), ("手機", "phone"),
     ("联系电话", "phone"), ("電子郵件", "email"), ("联系地址", "address"), ("帳單地址", "address"),
     ("客户号", "ignore"), ("real_name", "full_name")],
)  # fmt: skip
def test_chinese_column_names(column, role):
    # Mainland systems in simplified characters, Hong Kong and Taiwan ones in traditional.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("KHXM", "full_name"), ("ZJHM", "free_id"), ("SJHM", "phone"), ("CSRQ", "dob"),
     ("LXDZ", "address"), ("DZYX", "email"), ("XB", "gender"), ("KHBH", "ignore")],
)  # fmt: skip
def test_mainland_pinyin_initial_column_names(column, role):
    # Mainland IT names columns by the pinyin initials of their Chinese names: KHXM is 客户姓名.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("客户姓名", "full_name"), ("会员生日", "dob"), ("用户手机号", "phone"),
     ("联系人电话", "ignore"), ("紧急联系人手机", "ignore"), ("配偶姓名", "ignore"),
     ("联系人", "ignore"), ("单位地址", "ignore"), ("单位电话", "phone"), ("收货手机", "phone"),
     ("收货人", "full_name"), ("客户", None)],
)  # fmt: skip
def test_a_chinese_column_names_first_word_says_whose_value_it_holds(column, role):
    # Chinese writes no spaces: 客户 (the customer) before 姓名 is the record's person's name,
    # 联系人 (a contact person) someone else's, 单位 (the employer) a place not the home.
    assert role_from_name(column) == role


def test_a_chinese_receivers_columns_are_read_as_a_receivers():
    assert _receivers("收货手机") and _receivers("收件人") and not _receivers("手机号")


def test_the_buyers_own_name_beside_a_receivers_is_read_off_its_values():
    # An app's order: the buyer's verified name (in a column no alias names) beside the
    # parcel's receiver (a relative, now and then): the receiver's name makes the buyer's no
    # second name column, and the receiver's columns are someone else's.
    n = 40
    given = ["伟", "芳", "敏", "静", "强", "丽", "军", "洋", "杰", "娟"]
    family = ["王", "李", "张", "刘"]
    buyers = [family[k % 4] + given[k % 10] + given[(k // 10) % 10] for k in range(n)]
    shop = pd.DataFrame(
        {
            "member_id": [f"m{k}" for k in range(n)],
            "verified_nm": buyers,
            "mobile": [f"138{k // 2:08d}" for k in range(n)],
            "收货人": [b if k % 3 else "陈静" for k, b in enumerate(buyers)],
            "收货手机": [f"139{k:08d}" for k in range(n)],
        }
    )
    roles = guess_settings(shop).roles
    assert roles["收货手机"] == "ignore" and roles.get("收货人") in (None, "ignore")
    assert roles["verified_nm"] == "full_name"
