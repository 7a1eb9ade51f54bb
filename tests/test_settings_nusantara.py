import pandas as pd
import pytest

from tekil.normalize.dates import date
from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [("tgl_lahir", "dob"), ("TGL_LHR", "dob"), ("jenis_kelamin", "gender"), ("no_ktp", "free_id"),
     ("NPWP", "free_id"), ("kota_kabupaten", "city"), ("kabupaten", "city"),
     ("kecamatan", "district"), ("kelurahan", "district"), ("provinsi", "region"),
     ("nama_ibu_kandung", "mother_name"), ("hp_suami", "ignore"), ("telp_ibu", "ignore"), ("no_telp", "phone"),
     ("เลขบัตรประชาชน", "free_id"), ("เพศ", "gender"), ("ตำบล", "district"), ("อำเภอ", "city"),
     ("จังหวัด", "region"), ("ID_CARD_NO", "free_id"), ("id_card_number", "free_id"),
     ("rider_name", "full_name"), ("passenger_phone", "phone")],
)  # fmt: skip
def test_indonesian_and_thai_column_names(column, role):
    # An Indonesian bank's short names (tanggal lahir, the KTP, the tax number, the regency, the
    # mother's maiden name, a husband's phone), a Thai bank's (citizen id, sex, tambon, amphoe,
    # changwat), an "ID card no" that is no payment card, a ride-hailing app's rider.
    assert role_from_name(column) == role


def test_buddhist_era_years_are_read_in_the_common_era():
    # Thai systems write birth dates in the Buddhist era, 543 years ahead: 2533 is 1990.
    got = date(pd.Series(["07/03/2533", "2533-03-07", "25330307", "2533", "2027-01-01"]))
    assert got["value"].tolist() == ["1990-03-07"] * 3 + ["1990", "2027-01-01"]
    assert got["year"].tolist()[:4] == [1990] * 4
