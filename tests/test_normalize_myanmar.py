"""Myanmar's values: NRC numbers in Burmese and Latin letters."""

import pandas as pd
import pytest

from tekil.inference import street_like
from tekil.normalize import free_id
from tekil.normalize.nrc import nrc


@pytest.mark.parametrize(
    "text",
    [
        "12/LAMANA(N)123456", "12/LaMaNa(N)123456", "12/La Ma Na (N) 123456", "12/LMN(N)123456",
        "12/LAMANAN123456", "12/LAMANA(Naing)123456", "12/lamana(naing)123456",
        "12/LAMANA (N) 123456", "၁၂/လမန(နိုင်)၁၂၃၄၅၆", "၁၂/လမနနိုင်၁၂၃၄၅၆", "၁၂/လမန(နိူင်)၁၂၃၄၅၆",
        "12/လမန(နိုင်)123456",
    ],
)  # fmt: skip
def test_an_nrc_reads_alike_however_written(text):
    assert nrc(text) == "12LMNN123456"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("12/OUKAMA(N)012345", "၁၂/ဥကမ(နိုင်)ဝ၁၂၃၄၅"),  # the letter wa typed for the zero
        ("12/UKAMA(N)012345", "12/OKM(N)012345"),
        ("12/THAKATA(N)654321", "၁၂/သကတ(နိုင်)၆၅၄၃၂၁"),
        ("12/HLATHAYA(N)111111", "12/LATHAYA(N)111111"),
        ("12/AHSANA(N)222222", "၁၂/အစန(နိုင်)၂၂၂၂၂၂"),
        ("9/CHAMATHA(N)333333", "၉/ချမသ(နိုင်)၃၃၃၃၃၃"),
        ("12/BAHANA(N)444444", "12/BHN(N)444444"),
        ("12/KAMAYA(E)555555", "၁၂/ကမရ(ဧည့်)၅၅၅၅၅၅"),
    ],
)
def test_burmese_and_latin_spellings_of_a_township_read_alike(a, b):
    assert nrc(a) == nrc(b) is not None


def test_the_kind_state_and_serial_tell_numbers_apart():
    assert nrc("12/LAMANA(N)123456") != nrc("12/LAMANA(E)123456")
    assert nrc("12/LAMANA(N)123456") != nrc("13/LAMANA(N)123456")
    assert nrc("12/LAMANA(N)123456") != nrc("12/KAMAYA(N)123456")


@pytest.mark.parametrize(
    "text",
    [
        "MB123456", "12/05/1985", "12/123456", "15/LAMANA(N)123456", "12/LAMANA(X)123456",
        "12/LAMANA(N)1234", "No. 12/3, Temple Rd", "S1234567D", "12/LAMANA(N)123456 extra",
    ],
)  # fmt: skip
def test_other_values_are_no_nrc(text):
    assert nrc(text) is None


def test_free_ids_read_nrcs_and_leave_other_ids_as_they_were():
    read = free_id(pd.Series(["12/LaMaNa(N)123456", "၁၂/လမန(နိုင်)၁၂၃၄၅၆", "MB123456", "12/3-A"]))
    assert read["value"].tolist() == ["12LMNN123456", "12LMNN123456", "MB123456", "123A"]
    assert read["tail"].tolist()[:2] == ["3456", "3456"]


def test_a_column_of_nrcs_is_no_street_address():
    values = pd.Series([f"12/THAKATA (N) {i:06d}" for i in range(300)])
    assert not street_like(values)
    streets = pd.Series([f"No. {i}, 3rd Street, Ward 5, Hlaing Township" for i in range(300)])
    assert street_like(streets)
