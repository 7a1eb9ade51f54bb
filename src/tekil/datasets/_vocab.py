"""Frequency tables for the synthetic Turkish customer generator.

Lists are ordered from most to least frequent; the generator turns the rank into
a Zipf-like weight. Double first names ("Ali Rıza", "Ayşe Nur") are entries of
their own. Nothing here is real customer data: names, streets and numbers are
common vocabulary, and the card BINs below are made up or well-known test BINs.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    """Split a ``|``-separated block into unique, stripped entries (first one wins)."""
    items = (item.strip() for item in text.split("|"))
    return tuple(dict.fromkeys(item for item in items if item))


# --------------------------------------------------------------------------- first names
MALE_NAMES: tuple[str, ...] = _split(
    """
    Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|
    Halil|Süleyman|Abdullah|Mahmut|Mehmet Ali|Salih|Recep|Kemal|Fatih|Emre|Hakan|Adem|Kadir|
    Metin|Orhan|Yaşar|Burak|Serkan|Halil İbrahim|Cemal|Bayram|Uğur|Musa|Erkan|Abdurrahman|
    Volkan|Şükrü|Yunus|Sinan|Gökhan|Emin|Onur|İsa|Ercan|Enes|Ömer Faruk|Tuncay|Selim|Yakup|
    Şaban|Cengiz|Sedat|Levent|Erol|Aydın|Nihat|Erdal|Hamza|Ali Rıza|Necati|Zeki|Sami|Celal|
    Tahir|Kenan|Bülent|Serdar|Tamer|Engin|Arif|Nuri|Rıza|Kazım|Cem|Barış|Deniz|Can|Eren|
    Hasan Hüseyin|Berk|Kaan|Mert|Oğuz|Tolga|Selçuk|Taner|Özgür|Tarık|Ferhat|Faruk|Harun|
    Mehmet Emin|İlhan|Cihan|Alper|Umut|Furkan|Yiğit|Efe|Arda|Emir|Batuhan|Berkay|Oğuzhan|
    Doğan|Erhan|Muhammed|Muhammet|Yasin|Hüsnü|Nurettin|Sabri|Veli|Yavuz|Zafer|Tayfun|Turgut|
    Mustafa Kemal|Nevzat|Hikmet|Haydar|İlyas|Davut|Cafer|Ferit|Fikret|Galip|Hayri|Hilmi|İhsan|
    Kamil|Lütfi|Mesut|Muharrem|Naci|Necdet|Nazım|Rahmi|Remzi|Rüstem|Ahmet Can|Sadık|Sait|
    Savaş|Şenol|Şerif|Tevfik|Turan|Ufuk|Vedat|Zülfikar|Ayhan|Bilal|Çağlar|Çetin|Doğukan|
    Ekrem|Erdem|Fevzi|Gürkan|Eyüp|Ergün|Ertan|Özcan|Sefa|Talha|Sezer|Yücel|Zekeriya|Ünal|
    Ümit|Kerem|Koray|Alp|Mehmet Akif|Abdülkadir|Necmettin|Hamdi|Halit|Fuat|Şakir|Kubilay
    """
)

FEMALE_NAMES: tuple[str, ...] = _split(
    """
    Fatma|Ayşe|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hanife|Merve|Havva|
    Zeliha|Esra|Fadime|Özlem|Hacer|Melek|Yasemin|Hülya|Büşra|Cemile|Songül|Kübra|Rabia|
    Ayşe Nur|Leyla|Dilek|Gülsüm|Elif Nur|Rukiye|Esma|Sevgi|Tuğba|Derya|Fatma Nur|Nurten|
    Aysel|Gülay|Emel|Sibel|Sevim|Kader|Ebru|Seda|Gamze|Aynur|Sevda|Nur|Filiz|Şükran|Gülten|
    Nermin|Pınar|Canan|Zerrin|Gül|Serpil|Fatma Zehra|Nurcan|Meltem|Arzu|Aylin|Burcu|Cansu|
    Ceren|Damla|Duygu|Ece|Ecem|Ezgi|Gizem|İrem|Melike|Melis|Nazlı|Neslihan|Nilay|Nihal|
    Hatice Kübra|Özge|Selin|Sena|Sinem|Şeyma|Tuba|Yağmur|Zübeyde|Asiye|Medine|Naciye|
    Nazife|Nebahat|Necla|Nesrin|Nevin|Saadet|Safiye|Saniye|Semra|Sermin|Şengül|Şenay|
    Türkan|Ümmühan|Ümran|Yıldız|Zekiye|Zühal|Ayten|Bahar|Belgin|Berna|Betül|Beyza|Birsen|
    Emine Nur|Cennet|Çiğdem|Demet|Dilara|Ela|Elvan|Esin|Eylül|Feride|Figen|Gönül|Gülşen|
    Güler|Hale|Handan|Hilal|Huriye|İlknur|İpek|Kevser|Lale|Mine|Muazzez|Nagihan|Nalan|
    Nuray|Nurhan|Oya|Perihan|Reyhan|Sabiha|Seher|Selma|Serap|Sevil|Sevinç|Şule|Tülay|
    Vildan|Yeliz|Yeşim|Zuhal|Azra|Defne|Eda|Hande|Nisa|Ayşegül|Elifnur|Ayla|Gülcan|Nazan|
    Sema|Sevil Nur|Şahika|Tülin|Zerda|Zümrüt|Asuman|Bedriye|Dürdane|Fikriye|Gülizar
    """
)

#: Nicknames people use on social media (display names), keyed by first name.
NICKNAMES: dict[str, str] = {
    "Mehmet": "Memo",
    "Mustafa": "Musti",
    "Ahmet": "Ahmo",
    "Hüseyin": "Hüso",
    "İbrahim": "İbo",
    "İsmail": "İsmo",
    "Abdullah": "Apo",
    "Abdurrahman": "Apo",
    "Süleyman": "Süleyman",
    "Muhammed": "Memo",
    "Muhammet": "Memo",
    "Mahmut": "Memo",
    "Ramazan": "Rambo",
    "Recep": "Reco",
    "Yusuf": "Yuso",
    "Emre": "Emrecan",
    "Fatih": "Fatiş",
    "Burak": "Buro",
    "Gökhan": "Gökho",
    "Fatma": "Fatoş",
    "Ayşe": "Ayşoş",
    "Hatice": "Hatçe",
    "Zeynep": "Zeyno",
    "Merve": "Mervoş",
    "Büşra": "Büşi",
    "Emine": "Emoş",
    "Elif": "Elifim",
    "Esra": "Esroş",
    "Kübra": "Kübiş",
    "Özlem": "Özlemim",
    "Tuğba": "Tuğbiş",
    "Gamze": "Gamzoş",
}

# --------------------------------------------------------------------------- surnames
SURNAMES: tuple[str, ...] = _split(
    """
    Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|
    Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Özcan|Korkmaz|Çakır|Erdoğan|Yavuz|Can|Acar|
    Şen|Aktaş|Güler|Yalçın|Güneş|Bozkurt|Bulut|Keskin|Ünal|Turan|Gül|Özer|Işık|Kaplan|Avcı|
    Sarı|Tekin|Taş|Köse|Yüksel|Ateş|Aksoy|Altun|Güven|Uçar|Karaca|Ak|Yücel|Tuncer|Sönmez|
    Tunç|Uysal|Bayram|Karataş|Aksu|Kılınç|Duman|Cengiz|Bayrak|Akın|Erdem|Esen|Oral|Toprak|
    Altıntaş|Yiğit|Karakaya|Sezer|Coşkun|Çiftçi|Kahraman|Demirci|Demirtaş|Akbulut|Türk|
    Akgül|Gündüz|Kalkan|Bilgin|Tan|Dinç|Özgür|Ekinci|Orhan|Sevim|Soylu|Özbek|Erol|Metin|
    Ayhan|Önal|Çınar|Uzun|Bilgiç|Günay|Dağ|Başaran|Altay|Ergün|Kocaman|Kandemir|Durmaz|
    Pehlivan|Baysal|Akyol|Demirel|Karabulut|Bozdağ|Eren|Tatlı|Temel|Atalay|Yaman|Alkan|
    Kaçar|Balcı|Kurtoğlu|Ertürk|Aydemir|Aydoğan|Karagöz|Karadağ|Özkaya|Sağlam|Koçak|Güngör|
    Arıkan|Akar|Kuru|Tok|Uğur|Özgen|Sarıkaya|Çakmak|Yazıcı|Tosun|Bektaş|Çalışkan|Akkaya|
    Oğuz|Gök|Gökçe|Özyurt|Türkmen|Akdoğan|Karakuş|Deniz|Şahan|Yurt|Sevinç|Ay|Er|Bal|Bağcı|
    Ceylan|Dursun|Elmas|Geçer|Gezer|İnce|Kaymak|Kocabaş|Mutlu|Nas|Oktay|Savaş|Sezgin|Taşkın|
    Tekeli|Ulusoy|Yazar|Yeşil|Yılmazer|Zengin|Albayrak|Baran|Bozkaya|Çoban|Dede|Efe|Fidan|
    Gümüş|Hacıoğlu|Irmak|Kartal|Keleş|Kurtuluş|Mert|Önder|Parlak|Sancak|Şener|Tuna|Usta|Varol
    """
)

# Compound surnames make the long tail of rare surnames (Akoğlu, Karasoy, Öztaş...).
SURNAME_PREFIXES: tuple[str, ...] = (
    "Ak", "Kara", "Er", "Öz", "Gül", "Demir", "Al", "Ay", "Gök", "Tek", "Baş", "Şen",
    "Kaya", "Taş", "Kurt", "Yıldız", "Bay", "Çelik", "Uz", "Ok", "Tur", "Ilgaz", "Sarı",
    "Alp", "Ata", "Can", "Dal", "Ergin", "Ev", "Yurt",
)  # fmt: skip
SURNAME_SUFFIXES: tuple[str, ...] = (
    "oğlu", "soy", "han", "er", "taş", "kan", "türk", "can", "el", "ay", "dağ", "göz",
    "kaya", "yol", "bay", "ok", "men", "gün", "yurt", "çelik", "tepe", "alp", "su", "demir",
    "ağa", "bey", "ateş", "yıldız",
)  # fmt: skip

# --------------------------------------------------------------------------- geography
#: (plate code, province, population in millions (≈2023), landline area code)
PROVINCES: tuple[tuple[int, str, float, str], ...] = (
    (1, "Adana", 2.27, "322"), (2, "Adıyaman", 0.60, "416"), (3, "Afyonkarahisar", 0.75, "272"),
    (4, "Ağrı", 0.51, "472"), (5, "Amasya", 0.34, "358"), (6, "Ankara", 5.80, "312"),
    (7, "Antalya", 2.70, "242"), (8, "Artvin", 0.17, "466"), (9, "Aydın", 1.16, "256"),
    (10, "Balıkesir", 1.27, "266"), (11, "Bilecik", 0.23, "228"), (12, "Bingöl", 0.28, "426"),
    (13, "Bitlis", 0.35, "434"), (14, "Bolu", 0.32, "374"), (15, "Burdur", 0.27, "248"),
    (16, "Bursa", 3.21, "224"), (17, "Çanakkale", 0.56, "286"), (18, "Çankırı", 0.20, "376"),
    (19, "Çorum", 0.52, "364"), (20, "Denizli", 1.06, "258"), (21, "Diyarbakır", 1.82, "412"),
    (22, "Edirne", 0.41, "284"), (23, "Elazığ", 0.59, "424"), (24, "Erzincan", 0.24, "446"),
    (25, "Erzurum", 0.75, "442"), (26, "Eskişehir", 0.91, "222"), (27, "Gaziantep", 2.16, "342"),
    (28, "Giresun", 0.45, "454"), (29, "Gümüşhane", 0.14, "456"), (30, "Hakkari", 0.28, "438"),
    (31, "Hatay", 1.54, "326"), (32, "Isparta", 0.45, "246"), (33, "Mersin", 1.92, "324"),
    (34, "İstanbul", 15.66, "212"), (35, "İzmir", 4.48, "232"), (36, "Kars", 0.27, "474"),
    (37, "Kastamonu", 0.38, "366"), (38, "Kayseri", 1.44, "352"), (39, "Kırklareli", 0.37, "288"),
    (40, "Kırşehir", 0.24, "386"), (41, "Kocaeli", 2.08, "262"), (42, "Konya", 2.32, "332"),
    (43, "Kütahya", 0.58, "274"), (44, "Malatya", 0.74, "422"), (45, "Manisa", 1.46, "236"),
    (46, "Kahramanmaraş", 1.12, "344"), (47, "Mardin", 0.87, "482"), (48, "Muğla", 1.05, "252"),
    (49, "Muş", 0.40, "436"), (50, "Nevşehir", 0.31, "384"), (51, "Niğde", 0.37, "388"),
    (52, "Ordu", 0.76, "452"), (53, "Rize", 0.35, "464"), (54, "Sakarya", 1.10, "264"),
    (55, "Samsun", 1.37, "362"), (56, "Siirt", 0.33, "484"), (57, "Sinop", 0.22, "368"),
    (58, "Sivas", 0.64, "346"), (59, "Tekirdağ", 1.14, "282"), (60, "Tokat", 0.60, "356"),
    (61, "Trabzon", 0.82, "462"), (62, "Tunceli", 0.09, "428"), (63, "Şanlıurfa", 2.17, "414"),
    (64, "Uşak", 0.37, "276"), (65, "Van", 1.13, "432"), (66, "Yozgat", 0.42, "354"),
    (67, "Zonguldak", 0.59, "372"), (68, "Aksaray", 0.43, "382"), (69, "Bayburt", 0.085, "458"),
    (70, "Karaman", 0.26, "338"), (71, "Kırıkkale", 0.28, "318"), (72, "Batman", 0.63, "488"),
    (73, "Şırnak", 0.57, "486"), (74, "Bartın", 0.20, "378"), (75, "Ardahan", 0.09, "478"),
    (76, "Iğdır", 0.20, "476"), (77, "Yalova", 0.29, "226"), (78, "Karabük", 0.25, "370"),
    (79, "Kilis", 0.15, "348"), (80, "Osmaniye", 0.56, "328"), (81, "Düzce", 0.41, "380"),
)  # fmt: skip

#: Other spellings of a province that people write in the city field.
CITY_ALIASES: dict[str, str] = {
    "Afyonkarahisar": "Afyon",
    "Mersin": "İçel",
    "Şanlıurfa": "Urfa",
    "Kahramanmaraş": "K.Maraş",
    "Kocaeli": "İzmit",
    "Hatay": "Antakya",
    "İstanbul": "İst.",
}

#: Districts (ilçe) by province, most populous first; provinces not listed get
#: ``("Merkez",)``.
DISTRICTS: dict[str, tuple[str, ...]] = {
    "İstanbul": (
        "Esenyurt", "Küçükçekmece", "Pendik", "Bağcılar", "Ümraniye", "Bahçelievler",
        "Üsküdar", "Sultangazi", "Maltepe", "Kartal", "Esenler", "Kadıköy", "Başakşehir",
        "Kağıthane", "Ataşehir", "Avcılar", "Eyüpsultan", "Sancaktepe", "Fatih",
        "Gaziosmanpaşa", "Sarıyer", "Sultanbeyli", "Beylikdüzü", "Zeytinburnu", "Arnavutköy",
        "Tuzla", "Bayrampaşa", "Güngören", "Şişli", "Çekmeköy", "Büyükçekmece", "Beykoz",
        "Bakırköy", "Beyoğlu", "Silivri", "Beşiktaş", "Çatalca", "Şile", "Adalar",
    ),
    "Ankara": (
        "Çankaya", "Keçiören", "Yenimahalle", "Mamak", "Etimesgut", "Sincan", "Altındağ",
        "Pursaklar", "Gölbaşı", "Polatlı", "Çubuk", "Kahramankazan", "Elmadağ", "Beypazarı",
    ),
    "İzmir": (
        "Buca", "Karabağlar", "Bornova", "Karşıyaka", "Konak", "Bayraklı", "Çiğli", "Torbalı",
        "Menemen", "Gaziemir", "Ödemiş", "Bergama", "Tire", "Narlıdere", "Balçova", "Urla",
        "Çeşme",
    ),
    "Bursa": (
        "Osmangazi", "Yıldırım", "Nilüfer", "İnegöl", "Gemlik", "Mustafakemalpaşa", "Gürsu",
        "Kestel", "Mudanya",
    ),
    "Antalya": (
        "Kepez", "Muratpaşa", "Alanya", "Manavgat", "Konyaaltı", "Serik", "Aksu", "Döşemealtı",
        "Kumluca", "Kemer",
    ),
    "Konya": ("Selçuklu", "Meram", "Karatay", "Ereğli", "Akşehir", "Beyşehir", "Seydişehir"),
    "Adana": ("Seyhan", "Yüreğir", "Çukurova", "Sarıçam", "Ceyhan", "Kozan"),
    "Şanlıurfa": ("Eyyübiye", "Haliliye", "Siverek", "Karaköprü", "Viranşehir", "Suruç"),
    "Gaziantep": ("Şahinbey", "Şehitkamil", "Nizip", "İslahiye"),
    "Kocaeli": (
        "Gebze", "İzmit", "Darıca", "Körfez", "Gölcük", "Derince", "Çayırova", "Kartepe",
        "Başiskele", "Dilovası",
    ),
    "Mersin": ("Tarsus", "Toroslar", "Yenişehir", "Akdeniz", "Mezitli", "Erdemli", "Silifke"),
    "Diyarbakır": ("Kayapınar", "Bağlar", "Yenişehir", "Sur", "Ergani", "Bismil"),
    "Hatay": ("Antakya", "İskenderun", "Defne", "Dörtyol", "Reyhanlı", "Kırıkhan"),
    "Manisa": ("Yunusemre", "Şehzadeler", "Akhisar", "Turgutlu", "Salihli", "Soma"),
    "Kayseri": ("Melikgazi", "Kocasinan", "Talas", "Develi"),
    "Samsun": ("İlkadım", "Atakum", "Bafra", "Çarşamba", "Canik", "Tekkeköy"),
    "Balıkesir": ("Altıeylül", "Karesi", "Bandırma", "Edremit", "Gönen", "Ayvalık"),
    "Kahramanmaraş": ("Onikişubat", "Dulkadiroğlu", "Elbistan", "Afşin"),
    "Van": ("İpekyolu", "Tuşba", "Erciş", "Edremit"),
    "Aydın": ("Efeler", "Nazilli", "Söke", "Kuşadası", "Didim"),
    "Tekirdağ": ("Çorlu", "Süleymanpaşa", "Çerkezköy", "Kapaklı", "Ergene"),
    "Sakarya": ("Adapazarı", "Serdivan", "Erenler", "Akyazı", "Hendek"),
    "Denizli": ("Pamukkale", "Merkezefendi", "Çivril", "Acıpayam"),
    "Muğla": ("Bodrum", "Fethiye", "Menteşe", "Milas", "Marmaris", "Dalaman"),
    "Eskişehir": ("Odunpazarı", "Tepebaşı", "Sivrihisar"),
    "Mardin": ("Kızıltepe", "Artuklu", "Midyat", "Nusaybin"),
    "Malatya": ("Battalgazi", "Yeşilyurt", "Doğanşehir"),
    "Trabzon": ("Ortahisar", "Akçaabat", "Araklı", "Of", "Yomra"),
    "Erzurum": ("Yakutiye", "Palandöken", "Aziziye", "Oltu"),
    "Ordu": ("Altınordu", "Ünye", "Fatsa"),
    "Afyonkarahisar": ("Merkez", "Sandıklı", "Dinar"),
    "Sivas": ("Merkez", "Şarkışla"),
    "Tokat": ("Merkez", "Erbaa", "Turhal"),
    "Zonguldak": ("Merkez", "Ereğli"),
    "Batman": ("Merkez", "Kozluk"),
    "Elazığ": ("Merkez", "Kovancılar"),
    "Kütahya": ("Merkez", "Tavşanlı"),
    "Çanakkale": ("Merkez", "Biga", "Çan"),
    "Çorum": ("Merkez", "Sungurlu"),
    "Isparta": ("Merkez", "Yalvaç"),
    "Giresun": ("Merkez", "Bulancak"),
    "Edirne": ("Merkez", "Keşan"),
    "Düzce": ("Merkez", "Akçakoca"),
    "Rize": ("Merkez", "Çayeli"),
    "Bolu": ("Merkez", "Gerede"),
    "Yalova": ("Merkez", "Çınarcık"),
    "Karabük": ("Merkez", "Safranbolu"),
    "Kırklareli": ("Lüleburgaz", "Merkez"),
    "Amasya": ("Merkez", "Merzifon"),
    "Niğde": ("Merkez", "Bor"),
    "Nevşehir": ("Merkez", "Ürgüp"),
    "Uşak": ("Merkez", "Banaz"),
    "Bilecik": ("Bozüyük", "Merkez"),
    "Artvin": ("Merkez", "Hopa"),
    "Burdur": ("Merkez", "Bucak"),
    "Kastamonu": ("Merkez", "Tosya"),
    "Sinop": ("Merkez", "Boyabat"),
    "Osmaniye": ("Merkez", "Kadirli"),
    "Aksaray": ("Merkez", "Ortaköy"),
    "Karaman": ("Merkez", "Ermenek"),
    "Kırıkkale": ("Merkez", "Yahşihan"),
    "Yozgat": ("Merkez", "Sorgun"),
    "Kars": ("Merkez", "Sarıkamış"),
    "Erzincan": ("Merkez", "Tercan"),
    "Ağrı": ("Merkez", "Doğubayazıt", "Patnos"),
    "Muş": ("Merkez", "Bulanık"),
    "Bitlis": ("Tatvan", "Merkez"),
    "Siirt": ("Merkez", "Kurtalan"),
    "Şırnak": ("Cizre", "Silopi", "Merkez"),
    "Hakkari": ("Yüksekova", "Merkez"),
    "Adıyaman": ("Merkez", "Kahta"),
    "Bingöl": ("Merkez", "Genç"),
    "Tunceli": ("Merkez", "Pertek"),
    "Gümüşhane": ("Merkez", "Kelkit"),
    "Bayburt": ("Merkez", "Aydıntepe"),
    "Ardahan": ("Merkez", "Göle"),
    "Iğdır": ("Merkez", "Aralık"),
    "Kilis": ("Merkez", "Elbeyli"),
    "Bartın": ("Merkez", "Amasra"),
    "Çankırı": ("Merkez", "Ilgaz"),
    "Kırşehir": ("Merkez", "Kaman"),
}  # fmt: skip

#: İstanbul districts on the Anatolian side (landline area code 216, not 212).
ISTANBUL_ANATOLIAN: frozenset[str] = frozenset(
    _split(
        "Kadıköy|Üsküdar|Pendik|Ümraniye|Kartal|Maltepe|Ataşehir|Sancaktepe|Sultanbeyli|Tuzla|"
        "Çekmeköy|Beykoz|Şile|Adalar"
    )
)

NEIGHBOURHOODS: tuple[str, ...] = (
    "Cumhuriyet", "Atatürk", "Yeni", "Fatih", "Mimar Sinan", "Yunus Emre", "Fevzi Çakmak",
    "İstiklal", "Hürriyet", "Barbaros", "Gazi Osman Paşa", "Merkez", "Bahçelievler",
    "Yenişehir", "Kazım Karabekir", "Mevlana", "Güzelyalı", "Zafer", "İnönü", "Esentepe",
    "Çamlık", "Yıldıztepe", "Kocatepe", "Yavuz Selim", "Selimiye", "Sultan Selim",
    "Hacı Bayram", "Akıncılar", "Ertuğrul Gazi", "Karşıyaka", "Orhangazi", "Osmangazi",
    "Kurtuluş", "Namık Kemal", "Mehmet Akif Ersoy", "Pınarbaşı", "Aydınlıkevler", "Emek",
    "Şirinevler", "Güneşli", "Kavaklı", "Çiftlik", "Güzeltepe", "Fenerbahçe", "Caferağa",
    "Erenköy", "Suadiye", "Bostancı", "Göztepe", "Acıbadem", "Feneryolu", "Sahrayıcedit",
    "Kozyatağı", "İçerenköy", "Örnek", "Yeşilköy", "Ataköy", "Zuhuratbaba", "Cevizli",
    "Gülbahar", "Kuştepe", "Mecidiyeköy", "Levent", "Etiler", "Ortaköy", "Bağlarbaşı",
    "Kuzguncuk", "Altunizade", "Kısıklı", "Küçükyalı", "Alsancak", "Bostanlı", "Sakarya",
    "Gaziler", "Şehitler", "Vatan", "Millet", "Toki", "Yeşiltepe", "Beştepe",
)  # fmt: skip

AVENUES: tuple[str, ...] = (
    "Atatürk", "Cumhuriyet", "İstiklal", "İnönü", "Gazi", "Fevzi Paşa", "Bağdat", "Barış",
    "Hürriyet", "Millet", "Vatan", "Ankara", "İstanbul", "İzmir", "Kıbrıs Şehitleri",
    "Mustafa Kemal", "Talatpaşa", "Menderes", "Ziya Gökalp", "Necip Fazıl", "Halaskargazi",
    "Büyükdere", "Ordu", "Selanik", "Alemdağ", "Turgut Özal", "Adnan Menderes",
    "Fatih Sultan Mehmet", "Yavuz Sultan Selim", "Kazım Karabekir", "Bahariye", "Okul",
    "Çarşı", "İstasyon", "Lise", "Sağlık", "Belediye", "Şehit Ömer Halisdemir",
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Gül", "Lale", "Menekşe", "Papatya", "Çınar", "Akasya", "Ihlamur", "Zambak", "Karanfil",
    "Nergis", "Sümbül", "Leylak", "Manolya", "Begonya", "Orkide", "Yasemin", "Kardelen",
    "Defne", "Çiçek", "Bahar", "Yaprak", "Dut", "Ceviz", "Kiraz", "Elma", "Nar", "İncir",
    "Zeytin", "Badem", "Palmiye", "Söğüt", "Meşe", "Kavak", "Selvi", "Okul", "Cami",
    "Çeşme", "Değirmen", "Bağ", "Bostan", "Pınar", "Dere", "Tepe", "Yokuş", "Deniz", "Güneş",
    "Ay", "Yıldız", "Kaya", "Park", "Fırın", "Oya", "Güvercin", "Kumru", "Serçe", "Martı",
    "Şair Nedim", "Mektep", "Hamam", "Han", "Köprü", "Kuyu", "Bayır", "Hilal", "Umut",
)  # fmt: skip

# --------------------------------------------------------------------------- contact data
#: Mobile prefixes (GSM area codes) with rough market shares.
GSM_PREFIXES: tuple[tuple[int, float], ...] = (
    (532, 9), (533, 6), (530, 5), (535, 5), (536, 3), (537, 3), (538, 3), (539, 3), (534, 2),
    (531, 2), (542, 6), (543, 4), (544, 4), (545, 3), (546, 3), (541, 3), (547, 2), (548, 2),
    (549, 2), (505, 5), (506, 4), (507, 4), (501, 2), (552, 3), (553, 2), (554, 2), (555, 3),
    (551, 1), (559, 1),
)  # fmt: skip

#: Call-centre numbers of businesses (non-personal "phones" that show up in records).
CALL_CENTRES: tuple[str, ...] = (
    "444 0 500", "444 4 444", "444 0 332", "4440 800", "444 1 212", "4445555", "444 66 33",
    "0850 222 0 222", "0 850 200 04 44", "08502220333", "0850 724 00 00", "444 25 25",
)  # fmt: skip

EMAIL_PROVIDERS: tuple[tuple[str, float], ...] = (
    ("gmail.com", 46), ("hotmail.com", 18), ("outlook.com", 5), ("yahoo.com", 5),
    ("yandex.com", 3), ("yandex.com.tr", 1), ("icloud.com", 4), ("mynet.com", 3),
    ("hotmail.com.tr", 2), ("windowslive.com", 1), ("ttmail.com", 2), ("superonline.com", 1),
    ("turk.net", 1), ("msn.com", 1), ("live.com", 2), ("mail.ru", 0.5), ("protonmail.com", 0.5),
)  # fmt: skip

#: Mis-typed providers seen in real sign-up forms.
EMAIL_DOMAIN_TYPOS: dict[str, tuple[str, ...]] = {
    "gmail.com": ("gmial.com", "gmail.con", "gmal.com", "gmail.co", "gamil.com"),
    "hotmail.com": ("hotmial.com", "hotmail.con", "hotmal.com", "hotmil.com"),
    "outlook.com": ("outlok.com", "outlook.con"),
    "yahoo.com": ("yaho.com", "yahoo.con"),
}

SOCIAL_PLATFORMS: tuple[tuple[str, float], ...] = (
    ("instagram", 45), ("twitter", 38), ("tiktok", 10), ("facebook", 7),
)  # fmt: skip

#: (prefix, suffix) written around a handle, per platform.
HANDLE_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "twitter": (
        ("@", ""), ("@", ""), ("", ""), ("twitter.com/", ""), ("https://twitter.com/", ""),
        ("https://x.com/", "?lang=tr"), ("x.com/", ""), ("https://x.com/", ""),
    ),
    "instagram": (
        ("@", ""), ("@", ""), ("", ""), ("instagram.com/", ""),
        ("https://www.instagram.com/", "/"), ("https://instagram.com/", "?igshid=MzRlODBiNWFlZA=="),
        ("ig: ", ""),
    ),
    "tiktok": (("@", ""), ("", ""), ("tiktok.com/@", ""), ("https://www.tiktok.com/@", "")),
    "facebook": (
        ("", ""), ("facebook.com/", ""), ("https://www.facebook.com/", ""), ("fb.com/", ""),
    ),
}  # fmt: skip

#: Made-up issuer BINs shaped like Visa (4…), Mastercard (51–55…) and Troy (9792…).
CARD_BINS: tuple[str, ...] = (
    "454671", "479612", "402277", "435508", "409084", "426886", "476619", "413252",
    "540667", "552879", "515865", "528208", "542119", "535601", "510152", "549834",
    "979203", "979217", "979236", "979244", "979271", "979290",
)  # fmt: skip
#: Well-known test BINs, used for the bundled sample.
TEST_CARD_BINS: tuple[str, ...] = ("411111", "424242", "400000", "555555", "510510", "222300")

STATUS_TIERS: tuple[tuple[str, float], ...] = (("Normal", 0.85), ("Gold", 0.11), ("Platinum", 0.04))

#: Turkish Q keyboard rows, for keyboard-adjacent typos.
KEYBOARD_ROWS: tuple[str, ...] = ("1234567890*-", "qwertyuıopğü", "asdfghjklşi,", "zxcvbnmöç.")

EMOJI_DECORATIONS: tuple[str, ...] = (" 🇹🇷", " ⚽", " ✨", " 💙💛", " 🦁", " ❤️", " | 34", " 🖤")
