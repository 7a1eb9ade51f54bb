import pandas as pd
import pytest

from tekil.normalize.names import name


@pytest.mark.parametrize(
    ("raw", "given", "family"),
    [("NGUYỄN THỊ MINH KHAI", "khai", "nguyen thi minh"), ("Nguyen Van Phuc", "phuc", "nguyen van"),
     ("Đỗ Văn Hùng", "hung", "do van"), ("Nguyễn T. M. Khai", "khai", "nguyen t m"),
     ("Trần Hùng", "hung", "tran"), ("LÊ VĂN MINH", "minh", "le van"),
     ("LE GOFF Marie", "marie", "le goff"), ("Khai Nguyen", "khai", "nguyen"),
     ("Minh Khai Nguyen", "minh khai", "nguyen"), ("Jan van der Berg", "jan", "van der berg")],
)  # fmt: skip
def test_a_vietnamese_name_is_written_family_name_first_and_given_name_last(raw, given, family):
    # People are called by the last word; Thị and Văn (no Dutch "van") go with the family name.
    # Written the Western way round, the family name is last as anywhere else.
    out = name(pd.Series([raw])).iloc[0]
    assert (out["given"], out["family"]) == (given, family)
