"""A Vietnamese bank and e-wallet group's customer file: the bank's core-banking system, the
group's e-wallet app, a telco partner's subscriber file and the consumer-finance arm's cards and
loans, stacked in one file (a ``system`` column; a column of the same name in two systems is one
column).

* Core banking (``CORE``), Vietnamese column names: ``Mã KH``, ``Họ và tên`` in capitals with
  diacritics (``NGUYỄN THỊ MINH KHAI``), ``Ngày sinh`` (``07/03/1985``; the year alone,
  ``1958``, for older customers whose identity card gives no more), ``Giới tính`` (``Nam`` /
  ``Nữ``), ``Số CMND/CCCD`` (the nine-digit CMND on accounts opened before the twelve-digit CCCD,
  the CCCD since), ``Số điện thoại`` (as given when the account was opened: an eleven-digit
  ``0168 xxx xxxx`` from before the 2018 renumbering, the same line as ``038 xxx xxxx`` today),
  ``Địa chỉ thường trú`` (the permanent address of the identity card: often the home province
  of a customer who lives in Hà Nội or Hồ Chí Minh City), ``Phường/Xã``, ``Quận/Huyện``,
  ``Tỉnh/Thành phố``, ``Email``, ``Chi nhánh``. Some customers have a second, older CIF at
  another branch.
* E-wallet (``WALLET``), English columns typed by the users: ``user_id``, ``full_name`` without
  diacritics (``Nguyen Thi Minh Khai``), in Western order (``Khai Nguyen``, ``Minh Khai Nguyen``)
  or the given name alone (``Khai``, ``Minh Khai``), ``phone`` (``+84``, ``84`` or ``0``),
  ``email``, ``dob``, ``id_number`` (the CCCD read by the app's KYC, now and then the old CMND),
  ``gender``, ``address`` (one line, the current home: ``12/3A Nguyen Trai, P. Ben Thanh, Q.1,
  TP.HCM``), ``kyc_level``. One account per phone; a second phone, a second account.
* Telco partner (``TELCO``), phone first: ``msisdn`` (``84381234567``; an old snapshot keeps
  ``841681234567``), ``subscriber_name`` with diacritics stripped or partly stripped and middle
  names shortened (``Nguyen T. M. Khai``), ``id_no``, ``birth_date``, ``province``, ``activated``.
  A line may be held in a parent's or a grown-up child's name.
* Cards and loans (``CARD``), a consumer-finance system's ASCII abbreviations: ``SO_HD``,
  ``TEN_KH`` as embossed (``NGUYEN THI MINH KHAI``), ``NGAY_SINH`` (``19850307``), ``SO_GTTT``,
  ``DTDD`` (mobile), ``DT_CO_DINH`` (the household's landline), ``DIA_CHI_LH`` (contact address,
  capitals without diacritics), ``NGUOI_LH`` and ``SDT_NGUOI_LH`` (a reference person: a spouse,
  a parent, a sibling, with their phone).

What makes it hard: Nguyễn for four in ten persons, Trần, Lê, Phạm for another quarter; the middle
names Thị (women) and Văn (men) that most share, dropped or shortened to an initial; given names
(the LAST word, by which people are called) shared widely (Anh, Linh, Hương, Minh, Hùng), so that
namesakes born in the same year are common; names with and without diacritics, in Vietnamese and
in Western order, or the given name alone; wives keep their own family name and children take the
father's; households sharing an address, a landline and sometimes a phone; the 2018 mobile
renumbering (``0168`` -> ``038``, ``0123`` -> ``083``, ...) that old systems never caught up
with; CMND and CCCD of one person in different systems; dates of birth with the year alone;
addresses with ``Phường``/``P.``, ``Quận``/``Q.``, ``TP.HCM``/``TP. Hồ Chí Minh``/``Sài Gòn``,
house numbers like ``12/3A`` and ``Ngõ 45 Ngách 6``, streets named after persons (``Nguyễn
Trãi``), the 2025 province mergers and the end of districts in new records; people who moved from
the provinces with the old address left in old systems.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
# family names, weight per 1,000 persons (Hoàng in the North is Huỳnh in the South, Vũ is Võ)
FAMILY = {
    "Nguyễn": 380, "Trần": 110, "Lê": 95, "Phạm": 70, "Hoàng": 30, "Huỳnh": 21, "Phan": 45,
    "Vũ": 20, "Võ": 19, "Đặng": 21, "Bùi": 20, "Đỗ": 14, "Hồ": 13, "Ngô": 13, "Dương": 10,
    "Lý": 5, "Đinh": 7, "Trương": 8, "Lâm": 5, "Mai": 5, "Đào": 5, "Hà": 5, "Cao": 4, "Lưu": 3,
    "Tạ": 2, "Tô": 3, "Châu": 2, "Lương": 3, "Kiều": 1, "Quách": 1,
}  # fmt: skip
REGIONAL = {"Hoàng": "Huỳnh", "Huỳnh": "Hoàng", "Vũ": "Võ", "Võ": "Vũ"}
MIDDLE = {
    "F": {"Thị": 60, "Ngọc": 8, "Thu": 6, "Thanh": 5, "Phương": 4, "Minh": 4, "Hồng": 4,
          "Kim": 4, "Mỹ": 3, "Bảo": 3, "Khánh": 3, "Thùy": 4, "Hoài": 2},
    "M": {"Văn": 50, "Đức": 9, "Minh": 9, "Quang": 7, "Hữu": 6, "Thanh": 5, "Công": 5,
          "Ngọc": 3, "Xuân": 3, "Hoàng": 4, "Tuấn": 3, "Gia": 3, "Trọng": 3, "Anh": 3},
}  # fmt: skip
# a second middle name after Thị / Văn now and then (Nguyễn Thị Minh Khai)
MIDDLE2 = {"F": ["Minh", "Thu", "Ngọc", "Thanh", "Kim", "Hồng", "Mai", "Bích"],
           "M": ["Minh", "Quốc", "Thanh", "Đức", "Hoàng", "Ngọc"]}  # fmt: skip
GIVEN = {
    "F": {"Anh": 30, "Linh": 28, "Hương": 25, "Lan": 18, "Hà": 16, "Trang": 22, "Thảo": 18,
          "Hằng": 14, "Ngọc": 12, "Mai": 14, "Nhung": 10, "Hoa": 12, "Thủy": 12, "Yến": 10,
          "Phương": 12, "Nga": 10, "Vy": 10, "Hạnh": 9, "Dung": 9, "Loan": 7, "Huyền": 12,
          "Oanh": 6, "Nhi": 9, "Quỳnh": 9, "Thư": 8, "Châu": 4, "Giang": 8, "Hiền": 8,
          "Tâm": 6, "Khai": 2, "Vân": 7, "Liên": 6, "Diệp": 3, "Uyên": 6, "Trinh": 6},
    "M": {"Minh": 28, "Hùng": 26, "Dũng": 20, "Tuấn": 22, "Nam": 18, "Hải": 16, "Long": 16,
          "Sơn": 14, "Thắng": 12, "Hoàng": 10, "Huy": 18, "Quân": 12, "Đức": 12, "Trung": 12,
          "Phong": 10, "Khoa": 9, "Bảo": 8, "Cường": 12, "Hiếu": 10, "Thành": 12, "Tùng": 10,
          "Việt": 8, "Kiên": 7, "Phúc": 8, "Khang": 6, "Anh": 14, "Tâm": 6, "Thịnh": 6,
          "Lộc": 6, "Tài": 7, "Vinh": 8, "Đạt": 10, "Hưng": 9, "Quang": 8, "Toàn": 6},
}  # fmt: skip

# ---------------------------------------------------------------- places
# city: (as written in the core system, spellings elsewhere, landline area code,
#        [(district, wards)], streets, weight)
HCM_WARDS_NUM = [f"Phường {i}" for i in range(1, 16)]
CITIES = {
    "HCM": ("Thành phố Hồ Chí Minh",
            {"TP. Hồ Chí Minh": 30, "TP.HCM": 30, "Hồ Chí Minh": 15, "TPHCM": 8, "Sài Gòn": 4,
             "HCMC": 5, "Ho Chi Minh City": 8},
            "28",
            [("Quận 1", ["Phường Bến Nghé", "Phường Bến Thành", "Phường Đa Kao", "Phường Tân Định",
                         "Phường Cầu Ông Lãnh"]),
             ("Quận 3", [*HCM_WARDS_NUM[:12], "Phường Võ Thị Sáu"]),
             ("Quận 5", HCM_WARDS_NUM), ("Quận 10", HCM_WARDS_NUM),
             ("Quận Bình Thạnh", ["Phường 1", "Phường 2", "Phường 3", "Phường 11", "Phường 13",
                                  "Phường 17", "Phường 22", "Phường 25", "Phường 26"]),
             ("Quận Gò Vấp", ["Phường 1", "Phường 3", "Phường 5", "Phường 7", "Phường 10",
                              "Phường 12", "Phường 15", "Phường 17"]),
             ("Quận Tân Bình", HCM_WARDS_NUM), ("Quận Phú Nhuận", HCM_WARDS_NUM),
             ("Thành phố Thủ Đức", ["Phường Linh Trung", "Phường Hiệp Bình Chánh",
                                    "Phường Thảo Điền", "Phường An Phú", "Phường Phước Long B"]),
             ("Quận Bình Tân", ["Phường An Lạc", "Phường Bình Hưng Hòa", "Phường Bình Trị Đông",
                                "Phường Tân Tạo"])],
            ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt",
             "Điện Biên Phủ", "Cách Mạng Tháng Tám", "Nguyễn Văn Cừ", "Lê Văn Sỹ",
             "Nguyễn Đình Chiểu", "Võ Văn Tần", "Phan Xích Long", "Quang Trung", "Nguyễn Oanh",
             "Lê Quang Định", "Xô Viết Nghệ Tĩnh", "Cộng Hòa", "Hoàng Văn Thụ", "Tên Lửa",
             "Kha Vạn Cân", "Nguyễn Thị Minh Khai", "Bạch Đằng", "Phan Văn Trị"],
            34),
    "HN": ("Thành phố Hà Nội", {"Hà Nội": 60, "TP. Hà Nội": 15, "HN": 6, "Ha Noi": 12, "Hanoi": 7},
           "24",
           [("Quận Ba Đình", ["Phường Kim Mã", "Phường Ngọc Hà", "Phường Liễu Giai",
                              "Phường Cống Vị"]),
            ("Quận Đống Đa", ["Phường Láng Hạ", "Phường Kim Liên", "Phường Ô Chợ Dừa",
                              "Phường Trung Liệt", "Phường Văn Chương"]),
            ("Quận Cầu Giấy", ["Phường Dịch Vọng", "Phường Dịch Vọng Hậu", "Phường Nghĩa Đô",
                               "Phường Quan Hoa", "Phường Yên Hòa"]),
            ("Quận Thanh Xuân", ["Phường Khương Trung", "Phường Nhân Chính",
                                 "Phường Thanh Xuân Bắc"]),
            ("Quận Hai Bà Trưng", ["Phường Bạch Mai", "Phường Minh Khai", "Phường Vĩnh Tuy"]),
            ("Quận Hoàng Mai", ["Phường Định Công", "Phường Hoàng Liệt", "Phường Tương Mai"]),
            ("Quận Long Biên", ["Phường Bồ Đề", "Phường Ngọc Thụy", "Phường Gia Thụy"])],
           ["Láng", "Kim Mã", "Giải Phóng", "Xuân Thủy", "Cầu Giấy", "Nguyễn Trãi",
            "Trường Chinh", "Minh Khai", "Tôn Đức Thắng", "Lê Duẩn", "Hoàng Quốc Việt",
            "Trần Duy Hưng", "Nguyễn Chí Thanh", "Bạch Mai", "Nguyễn Văn Cừ", "Kim Ngưu"],
           26),
}  # fmt: skip
# provinces: (name, {as written}, landline area code, [districts], merged into (2025), weight)
PROVINCES = {
    "Đà Nẵng": ({"Đà Nẵng": 70, "TP. Đà Nẵng": 20, "Da Nang": 10}, "236",
                ["Quận Hải Châu", "Quận Thanh Khê", "Quận Sơn Trà"], None, 5),
    "Hải Phòng": ({"Hải Phòng": 75, "TP. Hải Phòng": 15, "Hai Phong": 10}, "225",
                  ["Quận Lê Chân", "Quận Ngô Quyền", "Huyện An Dương"], None, 4),
    "Cần Thơ": ({"Cần Thơ": 75, "TP. Cần Thơ": 15, "Can Tho": 10}, "292",
                ["Quận Ninh Kiều", "Quận Cái Răng", "Huyện Phong Điền"], None, 3),
    "Bình Dương": ({"Bình Dương": 80, "Binh Duong": 10, "BD": 10}, "274",
                   ["Thành phố Thủ Dầu Một", "Thành phố Dĩ An", "Thành phố Thuận An"],
                   "TP. Hồ Chí Minh", 5),
    "Đồng Nai": ({"Đồng Nai": 85, "Dong Nai": 15}, "251",
                 ["Thành phố Biên Hòa", "Huyện Trảng Bom", "Huyện Long Thành"], None, 4),
    "Nghệ An": ({"Nghệ An": 85, "Nghe An": 15}, "238",
                ["Thành phố Vinh", "Huyện Diễn Châu", "Huyện Nghi Lộc", "Huyện Quỳnh Lưu"],
                None, 5),
    "Thanh Hóa": ({"Thanh Hóa": 70, "Thanh Hoá": 15, "Thanh Hoa": 15}, "237",
                  ["Thành phố Thanh Hóa", "Huyện Hoằng Hóa", "Huyện Tĩnh Gia"], None, 5),
    "Nam Định": ({"Nam Định": 85, "Nam Dinh": 15}, "228",
                 ["Thành phố Nam Định", "Huyện Hải Hậu", "Huyện Giao Thủy"], "Ninh Bình", 4),
    "Thái Bình": ({"Thái Bình": 85, "Thai Binh": 15}, "227",
                  ["Thành phố Thái Bình", "Huyện Thái Thụy", "Huyện Kiến Xương"], "Hưng Yên", 4),
    "Quảng Nam": ({"Quảng Nam": 85, "Quang Nam": 15}, "235",
                  ["Thành phố Tam Kỳ", "Thành phố Hội An", "Huyện Điện Bàn"], "Đà Nẵng", 3),
    "Tiền Giang": ({"Tiền Giang": 85, "Tien Giang": 15}, "273",
                   ["Thành phố Mỹ Tho", "Huyện Cái Bè", "Huyện Châu Thành"], "Đồng Tháp", 3),
    "An Giang": ({"An Giang": 85, "An Giang ": 5, "AG": 10}, "296",
                 ["Thành phố Long Xuyên", "Thành phố Châu Đốc", "Huyện Chợ Mới"], None, 3),
    "Hải Dương": ({"Hải Dương": 85, "Hai Duong": 15}, "220",
                  ["Thành phố Hải Dương", "Huyện Cẩm Giàng", "Huyện Kinh Môn"], "Hải Phòng", 3),
}  # fmt: skip
COMMUNES = [
    "Xã Hải Anh",
    "Xã Diễn Kỷ",
    "Xã Hoằng Đạo",
    "Xã Quỳnh Lâm",
    "Phường Trường Thi",
    "Phường Lê Lợi",
    "Xã Tân Phú",
    "Xã Bình Minh",
    "Phường An Hòa",
    "Xã Thụy Liên",
    "Thị trấn Cồn",
    "Xã Điện Thắng",
    "Xã Mỹ Đức",
    "Phường Quang Trung",
    "Xã Nghĩa Hưng",
]
VILLAGES = [
    "Thôn Đông",
    "Thôn Tây",
    "Thôn 3",
    "Xóm 5",
    "Ấp Bình Hòa",
    "Ấp 2",
    "Khối 7",
    "Tổ 4",
    "Thôn Trung",
    "Xóm Mới",
]
PROV_STREETS = [
    "Lê Lợi",
    "Trần Phú",
    "Quang Trung",
    "Nguyễn Du",
    "Hùng Vương",
    "Lý Thái Tổ",
    "Phan Bội Châu",
    "Hai Bà Trưng",
    "Nguyễn Huệ",
]
# provinces' identity-card codes (CCCD digits 1-3)
CCCD_CODE = {"HN": "001", "HCM": "079", "Đà Nẵng": "048", "Hải Phòng": "031", "Cần Thơ": "092",
             "Bình Dương": "074", "Đồng Nai": "075", "Nghệ An": "040", "Thanh Hóa": "038",
             "Nam Định": "036", "Thái Bình": "034", "Quảng Nam": "049", "Tiền Giang": "082",
             "An Giang": "089", "Hải Dương": "030"}  # fmt: skip

# ---------------------------------------------------------------- phones
# mobile prefixes today, with the eleven-digit prefix the line had before September 2018
# (None: a prefix that was never renumbered), weight
MOBILE = [
    ("32", "162", 3), ("33", "163", 3), ("34", "164", 3), ("35", "165", 3), ("36", "166", 3),
    ("37", "167", 3), ("38", "168", 4), ("39", "169", 4), ("86", None, 4), ("96", None, 6),
    ("97", None, 6), ("98", None, 6),                                       # Viettel
    ("70", "120", 2), ("79", "121", 2), ("77", "122", 2), ("76", "126", 2), ("78", "128", 2),
    ("90", None, 6), ("93", None, 5), ("89", None, 2),                      # MobiFone
    ("83", "123", 2), ("84", "124", 2), ("85", "125", 2), ("81", "127", 1), ("82", "129", 1),
    ("91", None, 6), ("94", None, 4), ("88", None, 2),                      # VinaPhone
    ("92", None, 2), ("56", "186", 1), ("58", "188", 1), ("99", None, 1), ("59", "199", 1),
]  # fmt: skip
MAIL_DOMAINS = {"gmail.com": 70, "yahoo.com": 10, "yahoo.com.vn": 6, "outlook.com": 4,
                "hotmail.com": 4, "icloud.com": 3, "fpt.vn": 1, "vnn.vn": 1}  # fmt: skip
BRANCHES = [
    "CN Sở Giao Dịch",
    "CN Hà Nội",
    "CN Thăng Long",
    "CN TP.HCM",
    "CN Sài Gòn",
    "CN Bến Thành",
    "CN Đà Nẵng",
    "CN Cần Thơ",
    "CN Nghệ An",
    "CN Bình Dương",
]

NEW_ADDRESSES = dt.date(2025, 7, 1)  # provinces merged, districts abolished
RENUMBERED = dt.date(2018, 9, 15)


def plain(s: str) -> str:
    """Vietnamese without diacritics, as typed on a phone without a Vietnamese keyboard."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Vietnam(Draws):
    SLIP_LETTERS = "aeiounhgt"

    # ------------------------------------------------------------ atoms
    def mobile(self, opened: int) -> dict:
        """A line: its number today (nine digits without the 0) and the eleven-digit form it had
        before the renumbering, if it was opened then under a renumbered prefix."""
        r = self.rnd
        while True:
            new, old, _ = r.choices(MOBILE, [m[2] for m in MOBILE])[0]
            if old is None or opened < 2018 or r.random() < 0.5:
                break
        rest = self.unique(lambda: new + self.digits(7))[len(new) :]
        return {
            "now": new + rest,
            "old": old + rest if old and opened < 2018 else None,
            "opened": opened,
        }

    def landline(self, area: str) -> str:
        n = 8 if area in ("24", "28") else 7
        return self.unique(lambda: area + str(self.rnd.randint(3, 6)) + self.digits(n - 1))

    def date_between(self, y0: int, y1: int) -> dt.date:
        y0, y1 = min(y0, y1), max(y0, y1)
        start = dt.date(y0, 1, 1)
        end = min(dt.date(y1, 12, 31), TODAY - dt.timedelta(days=1))
        return start + dt.timedelta(days=self.rnd.randrange(max(1, (end - start).days)))

    def address(self, where: str) -> dict:
        r = self.rnd
        if where in CITIES:
            _, _, _, districts, streets, _ = CITIES[where]
            district, wards = r.choice(districts)
            house = r.choices(
                [f"{r.randint(1, 300)}",
                 f"{r.randint(1, 200)}/{r.randint(1, 60)}{r.choice(['', '', 'A', 'B'])}",
                 f"{r.randint(1, 200)}/{r.randint(1, 40)}/{r.randint(1, 20)}",
                 f"Ngõ {r.randint(2, 300)} Ngách {r.randint(1, 60)} Số {r.randint(1, 40)}"],
                [30, 30, 12, 28 if where == "HN" else 3],
            )[0]  # fmt: skip
            if r.random() < 0.12:
                house = f"Căn hộ {r.randint(1, 30)}.{r.randint(1, 20):02d}"
            return {"where": where, "house": house, "street": r.choice(streets),
                    "ward": r.choice(wards), "district": district}  # fmt: skip
        districts = PROVINCES[where][2]
        if r.random() < 0.5:
            house, street = str(r.randint(1, 400)), r.choice(PROV_STREETS)
        else:
            house, street = r.choice(VILLAGES), None
        return {"where": where, "house": house, "street": street,
                "ward": r.choice(COMMUNES), "district": r.choice(districts)}  # fmt: skip

    # ------------------------------------------------------------ persons
    def person(self, sex: str, age: tuple[float, float], family: str | None, hh: int,
               home: dict, hometown: str) -> dict:  # fmt: skip
        r = self.rnd
        dob = self.dob(*age)
        fam = family or wpick(r, FAMILY)
        mids = [wpick(r, MIDDLE[sex])]
        if dob.year > 1995 and mids[0] in ("Thị", "Văn") and r.random() < 0.4:
            mids = [wpick(r, {k: v for k, v in MIDDLE[sex].items() if k not in ("Thị", "Văn")})]
        if mids[0] in ("Thị", "Văn") and r.random() < 0.25:
            mids.append(r.choice(MIDDLE2[sex]))
        given = wpick(r, GIVEN[sex])
        if mids[-1] == given:
            given = wpick(r, GIVEN[sex])
        age_now = (TODAY - dob).days / 365.25
        lines = []
        if age_now >= 15 and r.random() < 0.9:
            lines.append(self.mobile(r.randint(max(2005, dob.year + 15), 2025)))
            if r.random() < 0.18:
                lines.append(self.mobile(r.randint(max(2008, dob.year + 18), 2025)))
        cmnd = None
        if dob.year + 14 < 2016:
            cmnd = self.unique(lambda: str(r.choice([0, 1, 2, 3])) + self.digits(8))
        century = 0 if dob.year < 2000 else 2
        code = CCCD_CODE[hometown if hometown in CCCD_CODE else home["where"]]
        cccd = self.unique(
            lambda: code + str(century + (sex == "F")) + f"{dob.year % 100:02d}" + self.digits(6)
        )
        p = {
            "pid": f"P{len(self.persons):05d}", "sex": sex, "dob": dob, "family": fam,
            "middle": mids, "given": given, "lines": lines, "cmnd": cmnd, "cccd": cccd,
            "hh": hh, "home": home, "hometown": hometown, "emails": [], "shares": None,
            "year_only": dob.year < 1975 and r.random() < 0.35,
        }  # fmt: skip
        # the permanent address of the identity card: the home province for many in the cities
        if hometown != home["where"] and r.random() < 0.75:
            p["permanent"] = self.address(hometown)
        else:
            p["permanent"] = home
        # an older home, left in the systems that were not told of the move
        p["old_home"] = p["permanent"] if p["permanent"] is not home else (
            self.address(home["where"]) if r.random() < 0.25 else None
        )  # fmt: skip
        if age_now >= 16 and r.random() < 0.8:
            p["emails"].append(self.email(p))
            if r.random() < 0.15:
                p["emails"].append(self.email(p))
        self.persons.append(p)
        return p

    def email(self, p: dict) -> str:
        r = self.rnd
        fam, giv = plain(p["family"]).lower(), plain(p["given"]).lower()
        mids = [plain(m).lower() for m in p["middle"]]
        yy = p["dob"].year
        local = wpick(r, {
            f"{giv}{fam}{yy % 100:02d}": 10, f"{fam}{''.join(mids)}{giv}": 12,
            f"{giv}.{fam}": 8, f"{giv}{fam[0]}{''.join(m[0] for m in mids)}": 14,
            f"{fam}{giv}{yy}": 8, f"{mids[-1]}{giv}{r.randint(1, 999)}": 10,
            f"{giv}{r.randint(80, 9999)}": 8, f"{giv}.{mids[-1]}{yy % 100:02d}": 5,
        })  # fmt: skip
        return self.unique(
            lambda: (
                local
                + ("" if r.random() < 0.6 else str(r.randint(1, 99)))
                + "@"
                + wpick(r, MAIL_DOMAINS)
            )
        )

    def population(self) -> None:
        r = self.rnd
        hh = 0
        while len(self.persons) < self.n:
            hh += 1
            where = wpick(r, {"HCM": CITIES["HCM"][5], "HN": CITIES["HN"][5],
                              **{k: v[4] for k, v in PROVINCES.items()}})  # fmt: skip
            # those in the cities often come from a province
            if where in CITIES and r.random() < 0.45:
                hometown = wpick(r, {k: v[4] for k, v in PROVINCES.items()})
            else:
                hometown = where
            home = self.address(where)
            area = CITIES[where][2] if where in CITIES else PROVINCES[where][1]
            landline = self.landline(area) if r.random() < 0.35 else None
            kind = r.random()
            if kind < 0.3:  # one adult (a student, a worker from a province)
                members = [self.person(r.choice("MF"), (18, 60), None, hh, home, hometown)]
            else:
                head = self.person("M", (25, 75), None, hh, home, hometown)
                age = TODAY.year - head["dob"].year
                wife = self.person("F", (max(20, age - 12), max(21, age + 2)), None, hh, home,
                                   hometown if r.random() < 0.7 else where)  # fmt: skip
                members = [head, wife]
                if age >= 40:
                    for _ in range(r.choices([0, 1, 2, 3], [20, 35, 35, 10])[0]):
                        members.append(self.person(r.choice("MF"), (18, max(19, age - 22)),
                                                   head["family"], hh, home, hometown))  # fmt: skip
                if age < 50 and r.random() < 0.15:  # a widowed grandparent
                    members.append(self.person(r.choice("MF"), (age + 22, age + 35),
                                               head["family"], hh, home, hometown))  # fmt: skip
            for m in members:
                m["landline"] = landline
                m["household"] = members
            # the old and the young without a line use one of the family's
            for m in members[1:]:
                if not m["lines"] or r.random() < 0.06:
                    m["shares"] = members[0] if members[0]["lines"] else None
            if len(members) > 1 and members[0]["emails"] and r.random() < 0.08:
                for m in members[1:]:
                    if not m["emails"]:
                        m["emails"].append(members[0]["emails"][0])

    # ------------------------------------------------------------ formats
    def name(self, p: dict, style: str) -> str:
        """The name as a system writes it.

        ``vn``: in full, with diacritics; ``plain``: without; ``partly``: some words without;
        ``western``: the given name first; ``given``: the given name (and a middle one) alone;
        ``short``: a middle name dropped or shortened to its initial."""
        r = self.rnd
        fam = p["family"]
        if r.random() < 0.02 and fam in REGIONAL:
            fam = REGIONAL[fam]
        mids, giv = list(p["middle"]), p["given"]
        if style == "western":
            words = wpick(r, {
                (giv, fam): 35, (*mids[1:], giv, fam): 20, (*mids, giv, fam): 15,
                (giv, *mids, fam): 10, (*mids[-1:], giv, fam, *mids[:-1]): 5,
            })  # fmt: skip
            words = [w for w in words if w]
        elif style == "given":
            words = [giv] if r.random() < 0.6 else [mids[-1], giv]
        elif style == "short":
            if r.random() < 0.5:
                words = [fam, *[m[0] + "." for m in mids], giv]
            else:
                words = [fam, *mids[1:], giv] if len(mids) > 1 else [fam, giv]
        else:
            words = [fam, *mids, giv]
        text = " ".join(words)
        return self.typo(text, 0.03)

    def letters(self, text: str, how: str) -> str:
        """``text`` with its diacritics as a system keeps them: ``vn`` all, ``plain`` none,
        ``partly`` some words without (a keyboard switched mid-way)."""
        if how == "plain":
            return plain(text)
        if how == "partly":
            return " ".join(plain(w) if self.rnd.random() < 0.5 else w for w in text.split())
        return text

    def phone_str(self, line: dict | None, when: dt.date, style: str,
                  updated: float = 0.3) -> str | None:  # fmt: skip
        """The line's number as written on a record of ``when``: its old eleven-digit form on
        records older than the renumbering (unless updated since)."""
        if line is None:
            return None
        r = self.rnd
        num = line["now"]
        if line["old"] and when < RENUMBERED and r.random() >= updated:
            num = line["old"]
        if style == "local":
            s = wpick(r, {"0" + num: 60, f"0{num[:-7]} {num[-7:-4]} {num[-4:]}": 25,
                          f"0{num[:-7]}.{num[-7:-4]}.{num[-4:]}": 15})  # fmt: skip
        elif style == "intl":
            s = wpick(r, {"+84" + num: 50, "84" + num: 30, "0" + num: 15,
                          f"+84 {num[:-7]} {num[-7:-4]} {num[-4:]}": 5})  # fmt: skip
        else:  # msisdn
            s = "84" + num
        return s

    def own_line(self, p: dict) -> dict | None:
        if p["lines"]:
            return p["lines"][0]
        if p["shares"] and p["shares"]["lines"]:
            return p["shares"]["lines"][0]
        return None

    def city_str(self, where: str, when: dt.date, ascii_: bool = False) -> str:
        r = self.rnd
        if where in CITIES:
            s = CITIES[where][0] if r.random() < 0.3 else wpick(r, CITIES[where][1])
        else:
            merged = PROVINCES[where][3]
            if merged and when >= NEW_ADDRESSES:
                s = merged
            else:
                s = wpick(r, PROVINCES[where][0]).strip()
                if r.random() < 0.2:
                    s = "Tỉnh " + s if not s.startswith("TP") and where not in (
                        "Đà Nẵng", "Hải Phòng", "Cần Thơ") else s  # fmt: skip
        return plain(s) if ascii_ else s

    def short_unit(self, unit: str) -> str:
        """``Phường Bến Thành`` as ``P. Bến Thành``, ``Quận 1`` as ``Q.1``, now and then."""
        r = self.rnd
        for full, short in (("Phường ", "P."), ("Quận ", "Q."), ("Huyện ", "H."), ("Xã ", "X."),
                            ("Thành phố ", "TP. ")):  # fmt: skip
            if unit.startswith(full):
                rest = unit[len(full) :]
                x = r.random()
                if x < 0.4:
                    return unit
                if x < 0.7:
                    return (
                        short
                        + (" " if not short.endswith(" ") and not rest.isdigit() else "")
                        + rest
                    )
                if x < 0.85:
                    return rest if not rest.isdigit() else short + rest
                return short + " " + rest
        return unit

    def street_line(self, a: dict) -> str:
        if a["street"] is None:
            return a["house"]
        house = a["house"]
        if house[0].isdigit() and self.rnd.random() < 0.2:
            house = "Số " + house
        return f"{house} {a['street']}"

    def one_line(self, a: dict, when: dt.date, ascii_: bool = False, upper: bool = False) -> str:
        parts = [self.street_line(a), self.short_unit(a["ward"])]
        if when < NEW_ADDRESSES or self.rnd.random() < 0.3:
            parts.append(self.short_unit(a["district"]))
        parts.append(self.city_str(a["where"], when))
        s = ", ".join(parts)
        if ascii_:
            s = plain(s)
        return s.upper() if upper else s

    def dob_str(self, p: dict, style: str) -> str:
        d = p["dob"]
        if style == "dmy":
            return (
                d.strftime("%d/%m/%Y")
                if self.rnd.random() < 0.85
                else f"{d.day}/{d.month}/{d.year}"
            )
        if style == "iso":
            return d.isoformat()
        return d.strftime("%Y%m%d")

    def id_for(self, p: dict, when: dt.date) -> str | None:
        """The identity number a record of ``when`` holds: the CMND before the CCCD."""
        r = self.rnd
        cccd_from = dt.date(2016 + r.randint(0, 7), 1, 1)
        v = p["cccd"] if (p["cmnd"] is None or when >= cccd_from) else p["cmnd"]
        if r.random() < 0.015:
            i = r.randrange(len(v))
            v = v[:i] + str(r.randrange(10)) + v[i + 1 :]
        return v

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def core(self, p: dict, old: bool = False) -> None:
        r = self.rnd
        y0 = max(2006, p["dob"].year + 18)
        when = self.date_between(y0, 2017 if old else 2025)
        line = self.own_line(p)
        if p["lines"] and len(p["lines"]) > 1 and r.random() < 0.4:
            line = p["lines"][1]
        if line and line["opened"] > when.year:
            line = None if r.random() < 0.5 else line
        addr = p["permanent"]
        if old and p["old_home"] is not None:
            addr = p["old_home"]
        name = self.name(p, "vn" if r.random() < 0.95 else "short")
        name = name.upper() if r.random() < 0.85 else name
        dob = str(p["dob"].year) if p["year_only"] and r.random() < 0.8 else self.dob_str(p, "dmy")
        self.add("CORE", p, {
            "Mã KH": f"{r.randint(10**7, 10**8 - 1)}",
            "Họ và tên": name,
            "Ngày sinh": dob if r.random() < 0.97 else None,
            "Giới tính": ("Nam" if p["sex"] == "M" else "Nữ") if r.random() < 0.95 else None,
            "Số CMND/CCCD": self.id_for(p, when),
            "Số điện thoại": self.phone_str(line, when, "local", updated=0.25 if not old else 0.0),
            "Địa chỉ thường trú": self.street_line(addr),
            "Phường/Xã": addr["ward"],
            "Quận/Huyện": addr["district"],
            "Tỉnh/Thành phố": (CITIES[addr["where"]][0] if addr["where"] in CITIES
                               else self.city_str(addr["where"], when)),
            "Email": (p["emails"][0] if p["emails"] and r.random() < 0.5 else None),
            "Chi nhánh": r.choice(BRANCHES),
            "Ngày mở": when.strftime("%d/%m/%Y"),
        })  # fmt: skip

    def wallet(self, p: dict, line: dict, when: dt.date | None = None) -> None:
        r = self.rnd
        when = when or self.date_between(max(2016, line["opened"]), 2025)
        style = wpick(r, {"plain": 55, "western": 17, "given": 10, "vn": 12, "short": 6})
        name = self.name(p, style if style != "plain" else "vn")
        name = self.letters(
            name, "vn" if style == "vn" else ("partly" if r.random() < 0.1 else "plain")
        )
        if r.random() < 0.15:
            name = name.lower() if r.random() < 0.5 else name.upper()
        kyc = r.random() < 0.7
        self.add("WALLET", p, {
            "user_id": f"u{r.randint(10**8, 10**9 - 1)}",
            "full_name": name,
            "phone": self.phone_str(line, when, "intl", updated=1.0),
            "email": (r.choice(p["emails"]) if p["emails"] and r.random() < 0.7 else None),
            "dob": self.dob_str(p, wpick(r, {"iso": 50, "dmy": 50})) if kyc or r.random() < 0.3 else None,
            "id_number": self.id_for(p, when) if kyc else None,
            "gender": ({"M": "male", "F": "female"}[p["sex"]] if r.random() < 0.6 else None),
            "address": self.one_line(p["home"], when, ascii_=r.random() < 0.6) if r.random() < 0.55 else None,
            "kyc_level": "2" if kyc else "1",
            "created_at": when.isoformat(),
        })  # fmt: skip

    def telco(self, holder: dict, line: dict) -> None:
        """A line's subscriber record: in its holder's name (a parent's, a grown-up child's),
        whoever uses the line."""
        r = self.rnd
        when = self.date_between(line["opened"], 2025)
        snapshot = dt.date(2017, 6, 1) if r.random() < 0.3 else TODAY
        style = wpick(r, {"vn": 40, "short": 35, "western": 5})
        name = self.letters(
            self.name(holder, style), wpick(r, {"plain": 60, "partly": 25, "vn": 15})
        )
        if r.random() < 0.5:
            name = name.upper()
        self.add("TELCO", holder, {
            "msisdn": self.phone_str(line, min(snapshot, when), "msisdn", updated=0.0),
            "subscriber_name": name,
            "id_no": self.id_for(holder, when) if r.random() < 0.9 else None,
            "birth_date": (str(holder["dob"].year) if r.random() < 0.2
                           else holder["dob"].strftime("%d/%m/%Y")) if r.random() < 0.8 else None,
            "province": self.city_str(holder["home"]["where"], when, ascii_=r.random() < 0.6),
            "activated": when.isoformat(),
            "plan": r.choice(["PREPAID", "POSTPAID", "DATA_ONLY"]),
        })  # fmt: skip

    def card(self, p: dict) -> None:
        r = self.rnd
        when = self.date_between(max(2010, p["dob"].year + 18), 2025)
        line = self.own_line(p)
        fam = [q for q in p["household"] if q is not p and (TODAY - q["dob"]).days > 18 * 365]
        ref = r.choice(fam) if fam and r.random() < 0.8 else None
        ref_line = ref["lines"][0] if ref and ref["lines"] else None
        name = plain(self.name(p, "vn" if r.random() < 0.9 else "short")).upper()
        self.add("CARD", p, {
            "SO_HD": f"HD{r.randint(10**9, 10**10 - 1)}",
            "TEN_KH": name,
            "NGAY_SINH": self.dob_str(p, "ymd") if r.random() < 0.97 else None,
            "SO_GTTT": self.id_for(p, when),
            "DTDD": self.phone_str(line, when, "local", updated=0.4),
            "DT_CO_DINH": (f"0{p['landline']}" if p["landline"] and r.random() < 0.7 else None),
            "DIA_CHI_LH": self.one_line(p["home"] if when.year > 2019 or not p["old_home"]
                                        else p["old_home"], when, ascii_=True, upper=True),
            "NGUOI_LH": plain(self.name(ref, "vn")).upper() if ref else None,
            "SDT_NGUOI_LH": self.phone_str(ref_line, when, "local") if ref_line else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            age = (TODAY - p["dob"]).days / 365.25
            if age >= 18 and r.random() < (0.75 if age < 70 else 0.6):
                self.core(p)
                if r.random() < 0.15:
                    self.core(p, old=True)
            pw = 0.8 if age < 35 else 0.6 if age < 55 else 0.3
            for i, line in enumerate(p["lines"]):
                if r.random() < (pw if i == 0 else pw * 0.5):
                    self.wallet(p, line)
                    if r.random() < 0.12:  # an account opened again (a new phone, a lost login)
                        self.wallet(p, line)
            for line in p["lines"]:
                if r.random() < 0.6:
                    holder = p
                    if r.random() < 0.1 and len(p["household"]) > 1:
                        holder = r.choice([q for q in p["household"] if q is not p])
                    self.telco(holder, line)
            if age >= 20 and r.random() < 0.4:
                for _ in range(r.choices([1, 2, 3], [70, 22, 8])[0]):
                    self.card(p)
            if len(self.rows) == n0:
                if p["lines"]:
                    self.wallet(p, p["lines"][0])
                else:
                    self.core(p)
        return self.shuffled("row_id", "R")


def vietnam(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Vietnam.frame(persons, seed, "row_id")
