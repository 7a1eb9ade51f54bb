"""Column names of Cambodian (Khmer) and Lao systems."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("នាមត្រកូល", "last_name"), ("ឈ្មោះ", "first_name"), ("នាមខ្លួន", "first_name"),
        ("គោត្តនាម និងនាម", "full_name"), ("ឈ្មោះអតិថិជន", "full_name"),
        ("ថ្ងៃខែឆ្នាំកំណើត", "dob"), ("ភេទ", "gender"), ("ទូរស័ព្ទ", "phone"),
        ("លេខទូរស័ព្ទ", "phone"), ("លេខអត្តសញ្ញាណប័ណ្ណ", "free_id"), ("លេខលិខិតឆ្លងដែន", "free_id"),
        ("អាសយដ្ឋាន", "address"), ("ខេត្ត", "region"),
        ("ຊື່", "first_name"), ("ນາມສະກຸນ", "last_name"), ("ຊື່ ແລະ ນາມສະກຸນ", "full_name"),
        ("ວັນເດືອນປີເກີດ", "dob"), ("ເບີໂທ", "phone"), ("ເບີໂທລະສັບ", "phone"),
        ("ເລກບັດປະຈຳຕົວ", "free_id"), ("ເພດ", "gender"), ("ແຂວງ", "region"), ("ເມືອງ", "district"),
    ],
)  # fmt: skip
def test_a_khmer_or_lao_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    "column",
    [
        # A husband's or a wife's name is someone else's; a customer's or an account's number
        # the system's own.
        "ឈ្មោះប្តី/ប្រពន្ធ", "ឈ្មោះប្តី", "លេខអតិថិជន", "លេខគណនី", "ຊື່ຜົວ/ເມຍ", "ລະຫັດລູກຄ້າ",
        "ເລກບັນຊີ",
    ],
)  # fmt: skip
def test_someone_elses_and_a_systems_own_columns_are_ignored(column):
    assert role_from_name(column) == "ignore"
