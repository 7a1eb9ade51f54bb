import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name, staff_members


@pytest.mark.parametrize(
    ("column", "role"),
    [("Số CMND/CCCD", "free_id"), ("Số CCCD", "free_id"), ("SO_CMND", "free_id"),
     ("SO_GTTT", "free_id"), ("Số hộ chiếu", "free_id"),
     ("Giới tính", "gender"), ("GIOI_TINH", "gender"), ("SĐT", "phone"), ("DTDD", "phone"),
     ("DT_CO_DINH", "phone"), ("TEN_KH", "full_name"), ("Tên khách hàng", "full_name"),
     ("Tên đệm", "middle_name"), ("Năm sinh", "dob"), ("Tỉnh/Thành phố", "city"),
     ("Quận/Huyện", "district"), ("Phường/Xã", "district")],
)  # fmt: skip
def test_vietnamese_column_names(column, role):
    # The identity card (CMND) and citizen's card (CCCD), often in one column; the short
    # names of a bank's tables (số điện thoại di động, tên khách hàng); the province, the
    # district and the ward.
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [("SDT_NGUOI_LH", "ignore"), ("NGUOI_LH", "ignore"), ("SĐT người thân", "ignore"),
     ("telefono_conyuge", "ignore"), ("nombre_madre", "mother_name"),
     ("email_parent", "ignore"), ("Số điện thoại", "phone"), ("tel_avisos", "phone")],
)  # fmt: skip
def test_a_name_that_says_what_before_whose(column, role):
    # "SDT_NGUOI_LH", the phone of the contact person: someone else's, as "spouse_phone".
    assert role_from_name(column) == role


def test_a_staff_members_number_named_what_first():
    assert staff_members("phone_agent") == "phone"
    assert staff_members("SDT_NGUOI_LH") is None


def test_a_contact_persons_phone_is_not_the_customers():
    n = 40
    df = pd.DataFrame(
        {
            "TEN_KH": ["NGUYEN VAN HUNG", "TRAN THI LAN"] * (n // 2),
            "DTDD": [f"09{12345678 + k}" for k in range(n)],
            "SDT_NGUOI_LH": [f"09{87654321 - k}" for k in range(n)],
            "SO_GTTT": [f"0791{90000000 + 7919 * k}" for k in range(n)],
        }
    )
    roles = guess_settings(df).roles
    assert roles["DTDD"] == "phone" and roles["SO_GTTT"] == "free_id"
    assert roles["SDT_NGUOI_LH"] == "ignore"


def test_an_id_no_of_digits_that_records_share_is_an_id_not_a_phone():
    # Nine-digit CMNDs and twelve-digit CCCDs: Germany's plan reads most as fixed lines.
    n = 40
    ids = [f"0791{90000000 + 7919 * k}" if k % 2 else f"{123456789 + 7919 * k}" for k in range(n)]
    df = pd.DataFrame(
        {
            "subscriber_name": ["Nguyen Van Hung", "Tran Thi Lan"] * (n // 2),
            "msisdn": [f"849{12345678 + k}" for k in range(n)],
            "id_no": ids[: n // 2] * 2,
        }
    )
    assert guess_settings(df).roles["id_no"] == "free_id"
    # A system's own numbers, which no two records share: no role.
    assert "id_no" not in guess_settings(df.assign(id_no=ids)).roles
