import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [("고객명", "full_name"), ("회원명", "full_name"), ("영문성명", "full_name"), ("생일", "dob"),
     ("BRDT", "dob"), ("휴대폰번호", "phone"), ("휴대전화", "phone"), ("핸드폰", "phone"),
     ("연락처", "phone"), ("자택전화", "phone"), ("HP_NO", "phone"), ("이메일주소", "email"),
     ("상세주소", "address"), ("도로명주소", "address"), ("고객번호", "ignore"),
     ("회원번호", "ignore")],
)  # fmt: skip
def test_korean_column_names(column, role):
    # A Korean card or telco system's columns: the customer's name, the name in Latin letters
    # as on the card, the public-data standard's BRDT (생년월일), a "hand phone", the address's
    # flat after the road, and a customer's number, no phone of theirs.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("name_kr", "full_name"), ("eng_name", "full_name"), ("ENG_NM", "full_name"),
     ("name_en", "full_name"), ("first_name_en", "first_name"), ("address_en", "address"),
     ("city_local", "city"), ("name_lat", None), ("amount_kr", None)],
)  # fmt: skip
def test_a_name_or_a_place_written_in_a_language_keeps_its_role(column, role):
    # A file that keeps a name in two scripts names the second by its language; "lat" is no
    # language (a latitude), and an amount in won is no name.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("FAM_BNDL_NO", "ignore"), ("household_id", "ignore"), ("hh_id", "ignore"),
     ("family_no", "ignore"), ("family_name", "last_name"), ("FAMILY_NM", "last_name")],
)  # fmt: skip
def test_a_household_or_family_number_is_no_persons_identifier(column, role):
    # A telco's family bundle, a CRM's household key: shared by a family; a family name stays.
    assert role_from_name(column) == role


def test_a_receivers_columns_are_someone_elses_beside_the_buyers_own_name():
    # A shop's order names its buyer and the parcel's receiver (a gift, a parent): the
    # receiver's name and phone are someone else's. A courier's shipments name nobody else:
    # there the receiver is the record's person.
    n = 40
    receivers = {
        "receiver_name": ["김민준", "이서연", "박지훈", "최영숙"] * (n // 4),
        "receiver_phone": [f"010-{2000 + k:04d}-{3000 + k // 2:04d}" for k in range(n)],
    }
    shop = pd.DataFrame(
        {
            "first_name": ["Minjun", "Seoyeon", "Jihoon", "Youngsook"] * (n // 4),
            "last_name": ["Kim", "Lee", "Park", "Choi"] * (n // 4),
            "email": [f"user{k // 2}@naver.com" for k in range(n)],
            **receivers,
        }
    )
    roles = guess_settings(shop).roles
    assert roles["receiver_phone"] == "ignore"
    assert roles.get("receiver_name") in (None, "ignore")
    assert roles["first_name"] == "first_name" and roles["email"] == "email"
    courier = pd.DataFrame({"shipment": [f"S{k}" for k in range(n)], **receivers})
    assert guess_settings(courier).roles["receiver_phone"] == "phone"
