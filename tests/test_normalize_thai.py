"""Thai values: citizen ids (and migrants' pink cards) read by their check digit however written,
in Arabic or Thai digits; thirteen-digit numbers of other kinds left alone."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tekil.id_checks import ID_KINDS, jmbg, thai_citizen_id
from tekil.inference import role_from_values
from tekil.normalize.ids import free_id

_RNG = np.random.default_rng(7)
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _thai_id(first: str = "1") -> str:
    body = first + "".join(str(d) for d in _RNG.integers(0, 10, 12 - len(first)))
    check = (11 - sum(int(c) * (13 - k) for k, c in enumerate(body)) % 11) % 10
    return body + str(check)


def _written(number: str, k: int) -> str:
    dashed = f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"
    return [number, dashed, dashed.replace("-", " "), dashed.translate(_THAI_DIGITS)][k % 4]


def test_a_thai_citizen_id_passes_its_check_digit_and_a_slip_mostly_not():
    ids = [_thai_id(first) for first in "1358" * 15]
    assert all(thai_citizen_id(i) for i in ids)
    slipped = [i[:5] + str((int(i[5]) + 1) % 10) + i[6:] for i in ids]
    assert np.mean([thai_citizen_id(s) for s in slipped]) < 0.2
    # A migrant worker's pink card: the same plan, "00" first.
    assert thai_citizen_id(_thai_id("00"))


def test_a_column_of_thai_ids_however_written_is_ids():
    ids = [_thai_id(first) for first in "13" * 40]
    written = pd.Series([_written(i, k) for k, i in enumerate(ids)])
    assert role_from_values(written) == "free_id"
    # Thai digits and dashes read as the same number.
    assert free_id(pd.Series([_written(ids[0], k) for k in range(4)]))["value"].nunique() == 1


def test_bad_input_and_lookalikes_are_no_thai_id():
    assert not thai_citizen_id("") and not thai_citizen_id("110170020345")
    assert not thai_citizen_id("11017002034501") and not thai_citizen_id("110170020345x")
    assert not thai_citizen_id("9101700203455")  # no category 9
    # Indonesian mobiles with their country code, EAN-13 barcodes: one in ten pass at most,
    # and a column of them is no column of ids.
    phones = [f"62812{n:08d}" for n in _RNG.integers(0, 10**8, 60)]
    eans = [f"885{n:010d}" for n in _RNG.integers(0, 10**10, 60)]
    for numbers in (phones, eans):
        assert np.mean([thai_citizen_id(n) for n in numbers]) < 0.2
    assert role_from_values(pd.Series(phones)) != "free_id"


def test_a_jmbg_is_its_own_kind():
    # Thirteen digits too: the guard that parts two ids of one kind keeps them apart.
    kinds = [k for k, check in enumerate(ID_KINDS) if check("0101990710008")]
    assert ID_KINDS.index(jmbg) in kinds
    assert ID_KINDS.index(thai_citizen_id) in [
        k for k, check in enumerate(ID_KINDS) if check("1101700203450")
    ]


def test_thai_dates_with_their_months_names_in_the_buddhist_era():
    from tekil.normalize import date

    written = ["15 มี.ค. 2530", "15 มีนาคม 2530", "15 มี.ค 2530", "15 มีค 2530", "15 มีนา 2530",
               "๑๕ มี.ค. ๒๕๓๐", "วันที่ 15 เดือนมีนาคม พ.ศ. 2530", "15 มี.ค. 30", "15 มี.ค. 1987",
               "15 มี.ค. ค.ศ. 1987", "15/03/2530", "๑๕/๐๓/๒๕๓๐"]  # fmt: skip
    read = date(pd.Series(written), dayfirst=True)["value"]
    assert read.tolist() == ["1987-03-15"] * len(written)
    # Each month by its abbreviation: May (พ.ค.) and November (พ.ย.) apart, the day first.
    months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
              "พ.ย.", "ธ.ค."]  # fmt: skip
    read = date(pd.Series([f"3 {m} 2525" for m in months]), dayfirst=True)["value"]
    assert read.tolist() == [f"1982-{k:02d}-03" for k in range(1, 13)]


def test_thai_words_that_are_no_date_are_left_alone():
    from tekil.normalize import date

    read = date(pd.Series(["สมชาย", "31 ก.พ. 2531", "15 สมชาย 2530", "มี.ค."]), dayfirst=True)
    assert read["value"].isna().all()


def test_thai_names_read_in_latin_letters_as_they_are_romanised():
    from tekil.normalize.latin import latin
    from tekil.normalize.text import fold
    from tekil.normalize.thai import thai_latin

    names = {"สมชาย": "somchai", "สมศักดิ์": "somsak", "วิชัย": "wichai", "มาลี": "mali",
             "ศิริพร": "siriphon", "พรทิพย์": "phonthip", "ศรีสุวรรณ": "srisuwan",
             "วงศ์สวัสดิ์": "wongsawat", "ทองดี": "thongdi", "แซ่ตั้ง": "saetang", "สุขใจ": "sukchai",
             "บุญมี": "bunmi", "เรือง": "rueang", "แก้ว": "kaeo", "เพชร": "phet", "ทรัพย์": "sap",
             "จันทร์เพ็ญ": "chanphen", "สมหญิง": "somying", "พลอย": "phloi", "นก": "nok"}  # fmt: skip
    assert {th: thai_latin(th) for th in names} == names
    assert latin(fold("นาย สมชาย ใจดี")) == "nai somchai chaidi"


def test_what_is_no_thai_word_is_read_without_failing():
    from tekil.normalize.latin import latin
    from tekil.normalize.thai import thai_latin

    # Marks and vowels without a consonant (a slip, a run cut short), Latin letters, digits.
    assert [thai_latin(t) for t in ("ิ", "เ", "์", "่", "ๆ")] == ["i", "e", "", "", ""]
    assert latin("somchai 123") == "somchai 123"
