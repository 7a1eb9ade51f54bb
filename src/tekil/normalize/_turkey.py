"""Reference data for Turkey: the 81 provinces by licence-plate code."""

from __future__ import annotations

#: Plate code → province name as written in Turkish.
PROVINCES: dict[int, str] = dict(
    enumerate(
        """Adana Adıyaman Afyonkarahisar Ağrı Amasya Ankara Antalya Artvin Aydın Balıkesir
        Bilecik Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır
        Edirne Elazığ Erzincan Erzurum Eskişehir Gaziantep Giresun Gümüşhane Hakkâri Hatay
        Isparta Mersin İstanbul İzmir Kars Kastamonu Kayseri Kırklareli Kırşehir Kocaeli Konya
        Kütahya Malatya Manisa Kahramanmaraş Mardin Muğla Muş Nevşehir Niğde Ordu Rize Sakarya
        Samsun Siirt Sinop Sivas Tekirdağ Tokat Trabzon Tunceli Şanlıurfa Uşak Van Yozgat
        Zonguldak Aksaray Bayburt Karaman Kırıkkale Batman Şırnak Bartın Ardahan Iğdır Yalova
        Karabük Kilis Osmaniye Düzce""".split(),
        start=1,
    )
)

#: Folded aliases people and systems use for provinces (abbreviations, old and
#: colloquial names, the capital town instead of the province).
PROVINCE_ALIASES: dict[str, int] = {
    "ist": 34, "istanbul avrupa": 34, "istanbul anadolu": 34, "istanbul avrupa yakasi": 34,
    "istanbul anadolu yakasi": 34, "stanbul": 34, "constantinople": 34,
    "ank": 6, "angora": 6, "izm": 35, "smyrna": 35, "icel": 33, "antep": 27, "g antep": 27,
    "urfa": 63, "s urfa": 63, "maras": 46, "k maras": 46, "afyon": 3, "izmit": 41,
    "adapazari": 54, "antakya": 31, "hakkari": 30, "agri": 4, "kirikkale": 71,
}
