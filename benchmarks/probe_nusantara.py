"""A Southeast-Asian bank, e-wallet and ride-hailing group's customers in Indonesia and Thailand:
the Indonesian bank's core system, the Thai bank's core system, the group's e-wallet, its
ride-hailing app and the Thai CRM, stacked in one file (a ``sistem`` column; a column of the same
name in two systems is one column).

* Indonesian core banking (``CORE_ID``), Indonesian columns: ``no_cif``, ``nama_lengkap`` as on
  the KTP (capitals, ``H.``/``Hj.``, ``Dr.``, ``Ir.`` in front, degrees ``S.E.``, ``S.Kom`` behind
  a comma; a single name for many Javanese, old spelling ``SOEHARTO``/``DJOKO`` for the old),
  ``nama_depan`` and ``nama_belakang`` on half the rows (a mononym repeated, ``SUHARTI SUHARTI``,
  or ``FNU``), ``NIK`` (sixteen digits: region, birth date with 40 added to a woman's day, serial),
  ``no_kk`` (the family card, one per household), ``tempat_lahir``, ``tgl_lahir``
  (``07-03-1985``), ``jenis_kelamin`` (``L``/``P``), ``alamat`` (``JL. MERDEKA NO. 12 RT 003/RW
  005``), ``kelurahan``, ``kecamatan``, ``kota_kabupaten``, ``no_hp``, ``nama_ibu_kandung`` (the
  mother's maiden name: another person, often a customer too), ``NPWP`` (fifteen digits, or the
  NIK since 2024), ``email``.
* Thai core banking (``CORE_TH``), Thai columns: ``รหัสลูกค้า``, ``คำนำหน้า`` (นาย, นาง,
  นางสาว), ``ชื่อ``, ``นามสกุล`` in Thai script, ``เลขบัตรประชาชน`` (thirteen digits with a check
  digit, ``1-1037-00123-45-6``), ``วันเกิด`` in the Buddhist era (``07/03/2533`` is 7 March 1990),
  ``เบอร์โทร``, ``ที่อยู่`` (``99/12 หมู่ 5 ถ.สุขุมวิท``), ``ตำบล``, ``อำเภอ``, ``จังหวัด``.
* E-wallet (``WALLET``), both countries, English columns the users typed: ``user_id``,
  ``full_name`` (title case, lower case, Thai script or romanised, ``M. Rizki``, ``Siti N.``),
  ``phone`` (``+62 812-...``, ``62812...``, ``0812...``; ``+66``/``08x``), ``email``, ``dob`` (ISO),
  ``id_number`` (NIK or Thai id after KYC), ``country``.
* Ride-hailing (``RIDE``): ``rider_name`` (a first name, a nickname: ``Nok``, ``Budi``, ``Pak
  Slamet``), ``phone_number``, ``email``, ``home_label`` (the saved home pickup point). Prepaid
  numbers given up go back to the operator and to someone else.
* Thai CRM (``CRM_TH``), romanised columns: ``CUST_NAME_TH``, ``CUST_NAME_EN`` (``Mr Somchai
  Srisuwan``, ``MISS SIRIPORN SRI-SUWAN``), ``NICKNAME``, ``ID_CARD_NO``, ``MOBILE_NO``,
  ``BIRTH_DATE`` (``2533-03-07`` in the Buddhist era, or ``19900307``), ``PROVINCE``.

What makes it hard: Indonesians without a family name (a father's name is not passed on: husband,
wife and children share no name word), Javanese mononyms shared by thousands (``Suharti``,
``Sutrisno``), ``Muhammad`` as ``M.``, ``Moh.``, ``Muh.``, ``Mochammad``, old and new spelling
(``Soeharto``/``Suharto``), titles and degrees; the family card number and the family phone on
every member's row; the mother's name in its own column; Thai names in Thai script and in several
romanisations (``Somchai``/``Somchay``, ``Srisuwan``/``Sri-Suwan``), surnames a whole family
shares, wives who take their husband's surname, nicknames in place of names; Buddhist-era dates;
moves between cities and districts.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- Indonesian names
# Javanese single names (weight), the old more often
MONONYM = {
    "M": {"Sutrisno": 8, "Sugiono": 5, "Wahyudi": 6, "Supriyadi": 6, "Purwanto": 6, "Haryanto": 6,
          "Suparman": 4, "Mulyadi": 5, "Slamet": 6, "Sunarto": 5, "Widodo": 4, "Giyanto": 2,
          "Ngadiman": 2, "Jumadi": 3, "Suharto": 3, "Sukarno": 2, "Suyatno": 3, "Paijo": 1,
          "Darmanto": 2, "Rusdi": 2, "Bambang": 3, "Heru": 2, "Joko": 3, "Tukiman": 1},
    "F": {"Suharti": 8, "Sumarni": 6, "Sulastri": 6, "Rusmini": 3, "Sukarni": 4, "Suwarni": 4,
          "Tukiyem": 2, "Darmi": 2, "Sumiati": 5, "Partini": 3, "Ngatini": 2, "Yuliani": 4,
          "Suryani": 5, "Wartini": 2, "Painem": 1, "Rukmini": 2, "Kasmirah": 1, "Sri": 2},
}  # fmt: skip
# first words (weights), then later words, by sex
FIRST = {
    "M": {"Muhammad": 30, "Ahmad": 12, "Abdul": 6, "Agus": 8, "Budi": 7, "Eko": 5, "Dwi": 4,
          "Rizki": 5, "Aditya": 4, "Dimas": 4, "Andi": 5, "Hendra": 4, "Yohanes": 2, "Fajar": 4,
          "Bayu": 4, "Arif": 4, "Rudi": 4, "Teguh": 3, "Iwan": 3, "Yusuf": 3, "Ilham": 3,
          "Dedi": 3, "Joko": 3, "Bambang": 3, "Rahmat": 3, "Hadi": 2, "Irfan": 3, "Taufik": 3},
    "F": {"Siti": 30, "Nur": 12, "Sri": 10, "Dewi": 8, "Putri": 6, "Rina": 5, "Fitri": 5,
          "Dwi": 4, "Ayu": 4, "Nabila": 3, "Indah": 4, "Ratna": 4, "Wulan": 3, "Maria": 2,
          "Aulia": 3, "Nurul": 5, "Eka": 4, "Yuni": 4, "Lestari": 2, "Anisa": 4, "Desi": 3},
}  # fmt: skip
LATER = {
    "M": ["Rizki", "Ramadhan", "Pratama", "Saputra", "Hidayat", "Fauzi", "Setiawan", "Nugroho",
          "Santoso", "Kurniawan", "Hakim", "Firmansyah", "Prasetyo", "Wibowo", "Susanto",
          "Rahman", "Hasan", "Syahputra", "Maulana", "Iskandar", "Gunawan", "Hidayatullah",
          "Ardiansyah", "Permana", "Yusuf", "Akbar", "Putra", "Wijaya", "Sutrisno", "Haryanto"],
    "F": ["Nurhaliza", "Aminah", "Rahayu", "Lestari", "Wahyuni", "Handayani", "Kurniawati",
          "Rahmawati", "Puspita", "Sartika", "Anggraini", "Safitri", "Maharani", "Permatasari",
          "Azzahra", "Fatimah", "Aisyah", "Nurjanah", "Hidayah", "Utami", "Purnamasari",
          "Susanti", "Wulandari", "Yulianti", "Khotimah", "Mulyani", "Pertiwi", "Novitasari"],
}  # fmt: skip
# clan and family names that ARE shared in a family (Batak, Manado, Chinese-Indonesian)
CLAN = ["Simanjuntak", "Siregar", "Nasution", "Nainggolan", "Hutapea", "Sitompul", "Lubis",
        "Harahap", "Panjaitan", "Sihombing", "Wowor", "Lumban Tobing", "Tanoto", "Halim",
        "Wijaya", "Kusuma", "Tanuwijaya", "Gunawan", "Salim", "Hartono", "Sinaga", "Manurung"]  # fmt: skip
CLAN_GIVEN = {
    "M": ["Rudi", "Yohanes", "Martin", "Hendra", "Daniel", "Samuel", "Ferry", "Robert", "Kevin",
          "Steven", "Benny", "Jonathan", "Andreas", "Michael", "Tommy", "Rinaldi"],
    "F": ["Maria", "Grace", "Monica", "Yanti", "Lina", "Debora", "Sarah", "Veronica", "Cindy",
          "Melati", "Elisabeth", "Yenny", "Christina", "Natalia", "Ruth", "Novita"],
}  # fmt: skip
MUHAMMAD = {"Muhammad": 40, "M.": 20, "Moh.": 8, "Muh.": 8, "Mochammad": 6, "Muhamad": 8,
            "Mohammad": 6, "Mohamad": 4, "Moch.": 4, "Md.": 2}  # fmt: skip
# old (van Ophuijsen / Soewandi) spelling on the old's identity cards
OLD_SPELLING = [("u", "oe"), ("j", "dj"), ("c", "tj"), ("y", "j"), ("kh", "ch")]
DEGREES = ["S.E.", "S.H.", "S.Kom", "S.Pd", "S.T.", "M.M.", "S.Sos", "Amd", "M.Si", "S.Ked"]

# ---------------------------------------------------------------- Indonesian places
# city: (as written, NIK region code, [(kecamatan, [kelurahan])], streets, weight)
ID_CITIES = {
    "JKT_S": ("KOTA JAKARTA SELATAN", "3174",
              [("KEBAYORAN BARU", ["GANDARIA UTARA", "KRAMAT PELA", "MELAWAI", "SENAYAN"]),
               ("TEBET", ["TEBET BARAT", "TEBET TIMUR", "MANGGARAI", "BUKIT DURI"]),
               ("PASAR MINGGU", ["PEJATEN BARAT", "JATI PADANG", "RAGUNAN", "KEBAGUSAN"]),
               ("CILANDAK", ["CIPETE SELATAN", "GANDARIA SELATAN", "LEBAK BULUS"])],
              ["Jl. Fatmawati", "Jl. Kemang Raya", "Jl. Tebet Raya", "Jl. Pejaten Raya",
               "Jl. Ragunan", "Jl. Antasari", "Gg. Mawar", "Jl. Haji Nawi"], 16),
    "JKT_T": ("KOTA JAKARTA TIMUR", "3175",
              [("DUREN SAWIT", ["PONDOK BAMBU", "KLENDER", "DUREN SAWIT", "PONDOK KELAPA"]),
               ("JATINEGARA", ["BALI MESTER", "KAMPUNG MELAYU", "CIPINANG BESAR UTARA"]),
               ("CAKUNG", ["PULO GEBANG", "UJUNG MENTENG", "CAKUNG BARAT"])],
              ["Jl. Raya Bekasi", "Jl. Jatinegara Barat", "Jl. Pondok Bambu Raya",
               "Jl. Kalimalang", "Gg. Kenanga", "Jl. Pulo Gebang"], 14),
    "BDG": ("KOTA BANDUNG", "3273",
            [("COBLONG", ["DAGO", "LEBAK SILIWANGI", "SEKELOA"]),
             ("BANDUNG WETAN", ["CIHAPIT", "TAMAN SARI", "CITARUM"]),
             ("ANTAPANI", ["ANTAPANI KIDUL", "ANTAPANI TENGAH", "ANTAPANI WETAN"])],
            ["Jl. Dago", "Jl. Cihapit", "Jl. Terusan Jakarta", "Jl. Braga", "Jl. Sukajadi",
             "Gg. Sukaluyu"], 10),
    "SBY": ("KOTA SURABAYA", "3578",
            [("WONOKROMO", ["JAGIR", "NGAGEL REJO", "DARMO"]),
             ("TAMBAKSARI", ["PLOSO", "PACAR KELING", "GADING"]),
             ("RUNGKUT", ["KALIRUNGKUT", "RUNGKUT KIDUL", "PENJARINGAN SARI"])],
            ["Jl. Darmo", "Jl. Ngagel Jaya", "Jl. Kertajaya", "Jl. Rungkut Asri",
             "Jl. Ploso Timur", "Gg. Jagir"], 10),
    "BGR": ("KABUPATEN BOGOR", "3201",
            [("CIBINONG", ["PAKANSARI", "CIRIMEKAR", "TENGAH"]),
             ("CILEUNGSI", ["CILEUNGSI KIDUL", "LIMUSNUNGGAL", "DAYEUH"])],
            ["Jl. Raya Cibinong", "Jl. Mayor Oking", "Perum Griya Asri Blok C",
             "Jl. Raya Narogong", "Perum Citra Indah Blok F"], 9),
    "SMG": ("KOTA SEMARANG", "3374",
            [("BANYUMANIK", ["SRONDOL WETAN", "PEDALANGAN", "TINJOMOYO"]),
             ("TEMBALANG", ["TEMBALANG", "BULUSAN", "SENDANGMULYO"])],
            ["Jl. Setiabudi", "Jl. Ngesrep Timur", "Jl. Banjarsari", "Gg. Melati"], 6),
    "MDN": ("KOTA MEDAN", "1271",
            [("MEDAN BARU", ["PADANG BULAN", "DARAT", "MERDEKA"]),
             ("MEDAN JOHOR", ["GEDUNG JOHOR", "KWALA BEKALA", "PANGKALAN MASHYUR"])],
            ["Jl. Dr. Mansyur", "Jl. Sisingamangaraja", "Jl. Setia Budi", "Jl. Karya Wisata"], 6),
    "KLT": ("KABUPATEN KLATEN", "3310",
            [("KLATEN TENGAH", ["BARENAN", "BUNTALAN", "GUMULAN"]),
             ("CEPER", ["CEPER", "KUJON", "MEGER"])],
            ["Dukuh Ngemplak", "Dusun Krajan", "Jl. Pemuda", "Dukuh Gondang"], 5),
}  # fmt: skip
BIRTHPLACES = ["JAKARTA", "BANDUNG", "SURABAYA", "SEMARANG", "MEDAN", "KLATEN", "BOGOR",
               "YOGYAKARTA", "SOLO", "MALANG", "PALEMBANG", "GARUT", "TEGAL", "KEDIRI",
               "PEMATANGSIANTAR", "TARUTUNG", "MAKASSAR", "CIREBON"]  # fmt: skip
BORN_IN = {"JKT_S": "JAKARTA", "JKT_T": "JAKARTA", "BDG": "BANDUNG", "SBY": "SURABAYA",
           "BGR": "BOGOR", "SMG": "SEMARANG", "MDN": "MEDAN", "KLT": "KLATEN"}  # fmt: skip
# mobile prefixes (without the 0), total length after 0 of nine to eleven digits
ID_MOBILE = {"811": 3, "812": 8, "813": 7, "821": 6, "822": 6, "823": 3, "852": 6, "853": 3,
             "814": 1, "815": 2, "856": 5, "857": 5, "858": 2, "817": 3, "818": 2, "819": 4,
             "859": 2, "877": 4, "878": 4, "895": 3, "896": 3, "897": 2, "898": 2, "881": 2,
             "882": 1, "838": 3, "831": 2}  # fmt: skip

# ---------------------------------------------------------------- Thai names
# given names: Thai script, romanisations (the first is the usual one)
TH_GIVEN = {
    "M": [("สมชาย", ["Somchai", "Somchay", "Somchaai"]), ("สมศักดิ์", ["Somsak", "Somsack"]),
          ("วิชัย", ["Wichai", "Vichai", "Wichay"]), ("ประเสริฐ", ["Prasert", "Prasoet", "Prasirt"]),
          ("ณัฐพงษ์", ["Nattapong", "Natthaphong", "Nuttapong"]),
          ("ธนากร", ["Thanakorn", "Tanakorn", "Thanakon"]), ("อนุชา", ["Anucha", "Anuchar"]),
          ("สุริยา", ["Suriya", "Sooriya"]), ("กิตติ", ["Kitti", "Kittee"]),
          ("ชัยวัฒน์", ["Chaiwat", "Chaiyawat", "Chaiwath"]), ("ปิยะ", ["Piya", "Piyah"]),
          ("วีระ", ["Weera", "Veera", "Wira"]), ("สุรศักดิ์", ["Surasak", "Surasuk"]),
          ("ธีรวัฒน์", ["Theerawat", "Teerawat", "Thirawat"]),
          ("พงศกร", ["Pongsakorn", "Phongsakon", "Pongsakon"]), ("อภิชาติ", ["Apichat", "Aphichat"]),
          ("จักรพันธ์", ["Jakkaphan", "Chakkaphan", "Jakkapan"]), ("ศุภชัย", ["Supachai", "Suphachai"]),
          ("วรวุฒิ", ["Worawut", "Vorawut", "Worawoot"]), ("ประยุทธ", ["Prayut", "Prayuth", "Prayoot"])],
    "F": [("สุดา", ["Suda", "Sudaa"]), ("มาลี", ["Malee", "Mali", "Maree"]),
          ("ศิริพร", ["Siriporn", "Siriphon", "Siriporn"]), ("กนกวรรณ", ["Kanokwan", "Kanokwun"]),
          ("สุภาพร", ["Supaporn", "Suphaphon", "Supaporn"]),
          ("พิมพ์ชนก", ["Pimchanok", "Phimchanok"]), ("อรยา", ["Araya", "Oraya"]),
          ("นภา", ["Napa", "Naphaa", "Napha"]), ("วันเพ็ญ", ["Wanpen", "Wanphen"]),
          ("จันทร์เพ็ญ", ["Chanpen", "Janpen", "Chanphen"]), ("ปราณี", ["Pranee", "Prani"]),
          ("สมหญิง", ["Somying", "Somyhing"]), ("รัตนา", ["Rattana", "Ratana"]),
          ("อัญชลี", ["Anchalee", "Anchali", "Unchalee"]), ("ธิดารัตน์", ["Thidarat", "Tidarat"]),
          ("ปิยะนุช", ["Piyanuch", "Piyanut"]), ("วิไลวรรณ", ["Wilaiwan", "Vilaiwan"]),
          ("ณัฐธิดา", ["Natthida", "Nattida"]), ("กมลชนก", ["Kamonchanok", "Kamolchanok"]),
          ("จิราพร", ["Jiraporn", "Chiraphon", "Jiraphon"])],
}  # fmt: skip
# surnames are made of parts (nearly every Thai family has its own): Thai, romanisations
SUR_HEAD = [("ศรี", ["Sri", "Si", "Sri"]), ("วงศ์", ["Wong", "Vong"]), ("ชัย", ["Chai", "Chai"]),
            ("แก้ว", ["Kaew", "Keaw", "Kaeo"]), ("ทอง", ["Thong", "Tong"]), ("บุญ", ["Boon", "Bun"]),
            ("สุข", ["Suk", "Sook"]), ("เจริญ", ["Charoen", "Jaroen", "Charoen"]),
            ("รัตน", ["Rattana", "Ratana"]), ("ประเสริฐ", ["Prasert", "Prasoet"]),
            ("ศิริ", ["Siri", "Sri"]), ("พงศ์", ["Phong", "Pong"]), ("กิตติ", ["Kitti", "Kitti"]),
            ("จันทร์", ["Chan", "Jan"]), ("มณี", ["Manee", "Mani"]), ("อินทร์", ["In", "Inn"])]  # fmt: skip
SUR_TAIL = [("สุวรรณ", ["suwan", "suwanna", "suwun"]), ("สวัสดิ์", ["sawat", "sawad", "swat"]),
            ("กุล", ["kul", "kun"]), ("พร", ["porn", "phon", "pon"]), ("วงศ์", ["wong", "vong"]),
            ("ดี", ["dee", "di"]), ("สมบัติ", ["sombat", "sombut"]), ("รัตน์", ["rat", "rut"]),
            ("ชัย", ["chai", "chay"]), ("ทอง", ["thong", "tong"]), ("สกุล", ["sakul", "sakun"]),
            ("พานิช", ["panich", "phanit", "panit"]), ("กิจ", ["kit", "kij"]),
            ("ศักดิ์", ["sak", "sakdi"]), ("แสง", ["saeng", "sang"]), ("เดช", ["dech", "det"])]  # fmt: skip
SAE = [("แซ่ตั้ง", ["Saetang", "Sae-Tang", "Sae Tang"]), ("แซ่ลิ้ม", ["Saelim", "Sae-Lim"]),
       ("แซ่โค้ว", ["Saekhow", "Sae-Khow", "Saekhou"]), ("แซ่อึ้ง", ["Sae-Ung", "Saeung"]),
       ("แซ่เฮง", ["Saeheng", "Sae-Heng"])]  # fmt: skip
NICKNAMES = ["Nok", "Ploy", "Aom", "Bee", "Mod", "Ton", "Bank", "Golf", "Nan", "Pla", "Noi",
             "Lek", "Joy", "Fern", "Beer", "Pui", "Tum", "Oil", "Mew", "New", "Gift", "Pang",
             "Nong", "Aey", "Kung", "Jum", "Toey", "Yui", "Bow", "Boy"]  # fmt: skip
NICK_TH = {"Nok": "นก", "Ploy": "พลอย", "Aom": "ออม", "Bee": "บี", "Lek": "เล็ก", "Noi": "น้อย",
           "Ton": "ต้น", "Nan": "แนน", "Pla": "ปลา", "Joy": "จอย"}  # fmt: skip
TH_TITLE = {"M": ("นาย", "Mr"), "F_married": ("นาง", "Mrs"), "F": ("นางสาว", "Miss")}

# ---------------------------------------------------------------- Thai places
# changwat: (Thai, romanised, postcode, [(amphoe Thai, amphoe rom, [(tambon Thai, rom)])],
#            streets (Thai, rom), Bangkok?, office code prefix, weight)
TH_PLACES = {
    "BKK": ("กรุงเทพมหานคร", ["Bangkok", "Krung Thep Maha Nakhon", "BKK"], "10",
            [("บางกะปิ", "Bang Kapi", [("คลองจั่น", "Khlong Chan"), ("หัวหมาก", "Hua Mak")]),
             ("จตุจักร", "Chatuchak", [("ลาดยาว", "Lat Yao"), ("เสนานิคม", "Sena Nikhom"),
                                       ("จันทรเกษม", "Chan Kasem")]),
             ("ห้วยขวาง", "Huai Khwang", [("ห้วยขวาง", "Huai Khwang"), ("สามเสนนอก", "Sam Sen Nok")]),
             ("บางนา", "Bang Na", [("บางนาเหนือ", "Bang Na Nuea"), ("บางนาใต้", "Bang Na Tai")])],
            [("สุขุมวิท", "Sukhumvit"), ("ลาดพร้าว", "Lat Phrao"), ("พหลโยธิน", "Phahonyothin"),
             ("รามคำแหง", "Ramkhamhaeng"), ("ประชาอุทิศ", "Pracha Uthit")], True, "10", 40),
    "NBI": ("นนทบุรี", ["Nonthaburi", "Nonthaburee"], "11",
            [("ปากเกร็ด", "Pak Kret", [("บางตลาด", "Bang Talat"), ("ปากเกร็ด", "Pak Kret")]),
             ("เมืองนนทบุรี", "Mueang Nonthaburi", [("บางกระสอ", "Bang Kraso"),
                                                   ("ท่าทราย", "Tha Sai")])],
            [("แจ้งวัฒนะ", "Chaeng Watthana"), ("งามวงศ์วาน", "Ngamwongwan"),
             ("รัตนาธิเบศร์", "Rattanathibet")], False, "12", 12),
    "SPK": ("สมุทรปราการ", ["Samut Prakan", "Samutprakarn"], "10",
            [("บางพลี", "Bang Phli", [("บางพลีใหญ่", "Bang Phli Yai"), ("ราชาเทวะ", "Racha Thewa")]),
             ("เมืองสมุทรปราการ", "Mueang Samut Prakan", [("ปากน้ำ", "Pak Nam"),
                                                         ("บางเมือง", "Bang Mueang")])],
            [("เทพารักษ์", "Theparak"), ("สุขุมวิท", "Sukhumvit"), ("บางนา-ตราด", "Bang Na-Trat")],
            False, "11", 10),
    "CNX": ("เชียงใหม่", ["Chiang Mai", "Chiangmai"], "50",
            [("เมืองเชียงใหม่", "Mueang Chiang Mai", [("ช้างเผือก", "Chang Phueak"),
                                                     ("สุเทพ", "Suthep")]),
             ("สันทราย", "San Sai", [("สันทรายหลวง", "San Sai Luang"), ("หนองหาร", "Nong Han")])],
            [("ห้วยแก้ว", "Huai Kaeo"), ("นิมมานเหมินท์", "Nimmanhaemin"), ("โชตนา", "Chotana")],
            False, "50", 10),
    "KKN": ("ขอนแก่น", ["Khon Kaen", "Khonkaen"], "40",
            [("เมืองขอนแก่น", "Mueang Khon Kaen", [("ในเมือง", "Nai Mueang"),
                                                   ("ศิลา", "Sila")]),
             ("บ้านไผ่", "Ban Phai", [("บ้านไผ่", "Ban Phai"), ("หัวหนอง", "Hua Nong")])],
            [("มิตรภาพ", "Mittraphap"), ("ศรีจันทร์", "Si Chan")], False, "40", 8),
    "UBN": ("อุบลราชธานี", ["Ubon Ratchathani", "Ubon"], "34",
            [("เมืองอุบลราชธานี", "Mueang Ubon Ratchathani", [("ในเมือง", "Nai Mueang"),
                                                             ("ขามใหญ่", "Kham Yai")]),
             ("วารินชำราบ", "Warin Chamrap", [("วารินชำราบ", "Warin Chamrap"),
                                             ("ธาตุ", "That")])],
            [("ชยางกูร", "Chayangkun"), ("แจ้งสนิท", "Chaeng Sanit")], False, "34", 8),
    "HDY": ("สงขลา", ["Songkhla", "Songkla"], "90",
            [("หาดใหญ่", "Hat Yai", [("หาดใหญ่", "Hat Yai"), ("คอหงส์", "Kho Hong")])],
            [("เพชรเกษม", "Phetkasem"), ("นิพัทธ์อุทิศ", "Niphat Uthit")], False, "90", 6),
}  # fmt: skip
TH_MOBILE = {"81": 8, "82": 6, "83": 5, "84": 6, "85": 4, "86": 6, "87": 4, "89": 6, "80": 4,
             "61": 4, "62": 4, "63": 4, "64": 3, "65": 3, "91": 5, "92": 5, "93": 4, "94": 4,
             "95": 4, "96": 3, "97": 3, "98": 4, "99": 3}  # fmt: skip
MAIL_DOMAINS = {"gmail.com": 72, "yahoo.com": 10, "yahoo.co.id": 5, "hotmail.com": 6,
                "outlook.com": 3, "icloud.com": 2, "ymail.com": 2}  # fmt: skip
BUDDHIST = 543


def thai_check(d12: str) -> str:
    """The thirteenth digit of a Thai identity number."""
    s = sum(int(c) * (13 - i) for i, c in enumerate(d12))
    return str((11 - s % 11) % 10)


def old_spelling(name: str) -> str:
    """A name in the spelling before 1972 (``Suharto`` as ``Soeharto``), as the old's identity
    cards keep it."""
    out = name
    for new, old in OLD_SPELLING:
        out = out.replace(new, old).replace(new.capitalize(), old.capitalize())
    return out


class Nusantara(Draws):
    SLIP_LETTERS = "aeiounhrk"

    def __init__(self, persons: int, seed: int):
        super().__init__(persons, seed)
        self.households: list[dict] = []
        self.recycled: list[str] = []  # numbers given up, back with the operator

    # ------------------------------------------------------------ atoms
    def date_between(self, y0: int, y1: int) -> dt.date:
        y0, y1 = min(y0, y1), max(y0, y1)
        return dt.date(y0, 1, 1) + dt.timedelta(days=self.rnd.randrange((y1 - y0 + 1) * 365))

    def id_mobile(self) -> str:
        pre = wpick(self.rnd, ID_MOBILE)
        n = self.rnd.choice([7, 8, 8, 8])
        return "62" + self.unique(lambda: pre + self.digits(n))

    def th_mobile(self) -> str:
        pre = wpick(self.rnd, TH_MOBILE)
        return "66" + self.unique(lambda: pre + self.digits(7))

    def id_home(self, city: str | None = None) -> dict:
        r = self.rnd
        city = city or wpick(r, {k: v[4] for k, v in ID_CITIES.items()})
        kecs, streets = ID_CITIES[city][2:4]
        k = r.randrange(len(kecs))
        kec, kels = kecs[k]
        street = r.choice(streets)
        no = str(r.randint(1, 120)) + (r.choice(["A", "B", ""]) if r.random() < 0.15 else "")
        return dict(country="ID", city=city, kec=kec, kec_code=f"{k + 1:02d}", kel=r.choice(kels),
                    street=street, no=no, rt=r.randint(1, 15), rw=r.randint(1, 12))  # fmt: skip

    def th_home(self, prov: str | None = None) -> dict:
        r = self.rnd
        prov = prov or wpick(r, {k: v[7] for k, v in TH_PLACES.items()})
        pl = TH_PLACES[prov]
        a = r.randrange(len(pl[3]))
        amphoe = pl[3][a]
        tambon = r.choice(amphoe[2])
        street = r.choice(pl[4])
        moo = r.randint(1, 12) if not pl[5] and r.random() < 0.7 else None
        no = f"{r.randint(1, 400)}" + (f"/{r.randint(1, 99)}" if r.random() < 0.5 else "")
        soi = r.randint(1, 80) if pl[5] and r.random() < 0.6 else None
        return dict(country="TH", prov=prov, amphoe=amphoe, tambon=tambon, street=street,
                    moo=moo, no=no, soi=soi,
                    post=pl[2] + f"{r.randint(1, 2)}{r.randint(0, 9)}0")  # fmt: skip

    # ------------------------------------------------------------ persons
    def id_name(self, sex: str, year: int, clan: str | None) -> list[str]:
        """An Indonesian's name words (no family name unless of a clan)."""
        r = self.rnd
        if clan:
            words = [r.choice(CLAN_GIVEN[sex])]
            if r.random() < 0.3:
                words.append(r.choice(LATER[sex]))
            return [*words, *clan.split()]
        old = year < 1970
        if r.random() < (0.55 if old else 0.22 if year < 1985 else 0.06):
            return [wpick(r, MONONYM[sex])]
        first = wpick(r, FIRST[sex])
        n = wpick(r, {1: 45, 2: 45, 3: 10} if year < 1990 else {1: 40, 2: 50, 3: 10})
        later = r.sample([w for w in LATER[sex] if w != first], n)
        return [first, *later]

    def person(self, hh: dict, sex: str, dob: dt.date, **kw) -> dict:
        r = self.rnd
        p = dict(pid=f"P{len(self.persons):05d}", hh=hh, sex=sex, dob=dob, country=hh["country"],
                 lines=[], old_line=None, emails=[], shares=None, mother=None, **kw)  # fmt: skip
        if hh["country"] == "ID":
            p["words"] = kw.get("words") or self.id_name(sex, dob.year, hh.get("clan"))
            p["old_spelling"] = dob.year < 1965 and r.random() < 0.5
            age = (TODAY - dob).days / 365.25
            p["haji"] = age > 40 and r.random() < 0.18
            p["degree"] = r.choice(DEGREES) if 24 < age < 65 and r.random() < 0.2 else None
            p["doctor"] = (
                r.choice(["Dr.", "dr.", "Ir.", "Drs."]) if age > 30 and r.random() < 0.04 else None
            )
            day = dob.day + (40 if sex == "F" else 0)
            home = hh["home"]
            region = ID_CITIES[home["city"]][1] + home["kec_code"]
            if r.random() < 0.2:  # born or first registered elsewhere
                other = r.choice(list(ID_CITIES))
                region = ID_CITIES[other][1] + f"{r.randint(1, 3):02d}"
            p["nik"] = self.unique(
                lambda: (
                    f"{region}{day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(1, 30):04d}"
                )
            )
            p["npwp"] = (self.unique(lambda: self.digits(15)) if age > 23 and r.random() < 0.45
                         else None)  # fmt: skip
            p["birthplace"] = (r.choice(BIRTHPLACES) if r.random() < 0.6
                               else BORN_IN[home["city"]])  # fmt: skip
        else:
            g = r.choice(TH_GIVEN[sex])
            p["th_given"], p["rom_given"] = g[0], g[1]
            p["nick"] = r.choice(NICKNAMES)
            p["surname"] = kw.get("surname") or hh["surname"]
            p["birth_surname"] = p["surname"]
            p["married"] = False
            office = TH_PLACES[hh["home"]["prov"]][6]
            first = "1" if dob.year >= 1984 else "3"
            body = self.unique(lambda: first + office + self.digits(2) + self.digits(7))
            p["thai_id"] = body + thai_check(body)
        hh["members"].append(p)
        self.persons.append(p)
        return p

    def th_surname(self) -> tuple[str, list[list[str]]]:
        """A surname in Thai script and the romanisations of its parts."""
        r = self.rnd
        if r.random() < 0.1:
            s = r.choice(SAE)
            return s[0], [s[1]]
        for _ in range(30):  # an unrelated family's now and then, after thirty tries
            parts = [r.choice(SUR_HEAD), r.choice(SUR_TAIL)]
            if r.random() < 0.5:
                parts.insert(1, r.choice(SUR_HEAD[:10]))
            th = "".join(t for t, _ in parts)
            if th not in self.used:
                break
        self.used.add(th)
        return th, [rom for _, rom in parts]

    def household(self) -> None:
        r = self.rnd
        country = "ID" if r.random() < 0.6 else "TH"
        kind = wpick(r, {"single": 28, "couple": 18, "family": 44, "elderly": 10})
        home = self.id_home() if country == "ID" else self.th_home()
        hh = dict(country=country, kind=kind, home=home, members=[], old_home=None)
        if country == "ID":
            hh["clan"] = r.choice(CLAN) if r.random() < 0.12 else None
            hh["kk"] = self.unique(
                lambda: ID_CITIES[home["city"]][1] + home["kec_code"] + self.digits(10)
            )
        else:
            hh["surname"] = self.th_surname()
        self.households.append(hh)
        if kind == "single":
            self.person(hh, r.choice("MF"), self.dob(20, 70))
        else:
            lo, hi = {"couple": (24, 70), "family": (36, 62), "elderly": (62, 85)}[kind]
            hd = self.dob(lo, hi)
            head = self.person(hh, "M", hd)
            wd = hd + dt.timedelta(days=r.randint(-700, 2500))
            wd = min(wd, TODAY - dt.timedelta(days=19 * 365))
            wkw = {}
            if country == "TH":
                wkw["surname"] = self.th_surname()
            elif hh["clan"]:
                wkw["words"] = [r.choice(CLAN_GIVEN["F"]), r.choice(LATER["F"]), r.choice(CLAN)]
            wife = self.person(hh, "F", wd, **wkw)
            if country == "TH":
                wife["married"] = True
                if r.random() < 0.6:  # takes her husband's surname
                    wife["surname"] = head["surname"]
            if kind == "family":
                mom_age = (TODAY - wd).days / 365.25
                for _ in range(wpick(r, {1: 30, 2: 45, 3: 20, 4: 5})):
                    sex = r.choice("MF")
                    kd = self.dob(max(8.0, mom_age - 40), max(8.5, mom_age - 20))
                    kid = self.person(hh, sex, kd)
                    kid["mother"] = wife
                    if country == "ID" and not hh["clan"] and r.random() < 0.15:
                        # a father's name after one's own ("Rizki Sutrisno")
                        kid["words"] = [*kid["words"][:2], head["words"][-1]]
                    if country == "TH" and kid["sex"] == "F" and (TODAY - kd).days > 28 * 365 \
                            and r.random() < 0.4:  # fmt: skip
                        kid["married"] = True
                        kid["surname"] = self.th_surname()  # a daughter married away
            if kind == "elderly" and r.random() < 0.6:
                # a grown-up child living with them, who sees to their phones
                kid = self.person(hh, r.choice("MF"), self.dob(28, 50))
                kid["mother"] = wife
        if r.random() < 0.25:
            hh["old_home"] = hh["home"]
            hh["home"] = self.id_home() if country == "ID" else self.th_home(
                home["prov"] if r.random() < 0.5 else None)  # fmt: skip
            hh["moved"] = self.date_between(2016, 2025)

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            self.household()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            if age >= 13 and (age < 70 or r.random() < 0.5):
                p["lines"].append(self.id_mobile() if p["country"] == "ID" else self.th_mobile())
                if age >= 20 and r.random() < 0.25:  # a second SIM (cheaper data)
                    p["lines"].append(
                        self.id_mobile() if p["country"] == "ID" else self.th_mobile()
                    )
                if r.random() < 0.15:
                    p["old_line"] = self.id_mobile() if p["country"] == "ID" else self.th_mobile()
                    if r.random() < 0.5:
                        self.recycled.append(p["old_line"])
            self.mails(p, age)
        for hh in self.households:
            first = hh["members"][0]
            for p in hh["members"][1:]:
                if not p["lines"] or r.random() < 0.05:
                    p["shares"] = first if first["lines"] else None
            if len(hh["members"]) > 1 and first["emails"] and r.random() < 0.1:
                for p in hh["members"][1:]:
                    if not p["emails"]:
                        p["emails"].append(first["emails"][0])
        # a given-up number re-issued to someone who registers it with the wallet
        self.rnd.shuffle(self.recycled)
        for p, num in zip(
            [q for q in self.persons if q["lines"] and r.random() < 0.05],
            self.recycled,
            strict=False,
        ):
            if num[:2] == p["lines"][0][:2]:
                p["lines"].append(num)
                p["reissued"] = num

    def rom(self, p: dict, official: bool = True) -> tuple[str, str]:
        """A Thai's given name and surname in Latin letters: the passport's spelling, or a
        spelling of one's own."""
        r = self.rnd
        g = p["rom_given"][0] if official or r.random() < 0.5 else r.choice(p["rom_given"])
        parts = p["surname"][1]
        if official:
            s = "".join(part[0] for part in parts).capitalize()
        else:
            hyphen = len(parts) > 1 and r.random() < 0.15
            s = ("-" if hyphen else "").join(r.choice(part).capitalize() for part in parts)
            s = s if hyphen else s.capitalize()
        return g, s

    def plain_words(self, p: dict) -> list[str]:
        """An Indonesian's name words as typed by the person (modern spelling)."""
        return list(p["words"])

    def mails(self, p: dict, age: float) -> None:
        r = self.rnd
        if age < 14 or r.random() > (0.85 if age < 45 else 0.5 if age < 65 else 0.2):
            return
        if p["country"] == "ID":
            words = [w.lower().replace(" ", "") for w in p["words"]]
        else:
            g, s = self.rom(p)
            words = [g.lower(), s.lower().replace("-", "")]
            if r.random() < 0.3:
                words = [p["nick"].lower(), *words[:1]]
        y = p["dob"].year % 100
        local = wpick(r, {
            ".".join(words[:2]): 20, "".join(words[:2]) + str(y): 20,
            words[0] + str(r.randint(1, 999)): 20, words[-1] + "_" + words[0][:3]: 10,
            words[0][0] + words[-1] + str(r.randint(10, 99)): 15,
            words[0] + ".".join(words[1:2]) + str(p["dob"].day): 15,
        })  # fmt: skip
        p["emails"].append(self.unique(lambda: local + "@" + wpick(r, MAIL_DOMAINS)))

    # ------------------------------------------------------------ formats
    def id_full(self, p: dict, style: str) -> str:
        """An Indonesian's whole name as a system writes it.

        ``ktp``: the identity card's (old spelling, capitals, hajj titles); ``bank``: with
        titles and degrees; ``app``: typed by the person (abbreviated, dropped words)."""
        r = self.rnd
        words = list(p["words"])
        if p["old_spelling"] and (style == "ktp" or (style == "app" and r.random() < 0.3)):
            words = [old_spelling(w) for w in words]
        if words[0] == "Muhammad" and (style != "ktp" or r.random() < 0.3):
            words[0] = wpick(r, MUHAMMAD)
        if style == "app" and len(words) >= 2:
            x = r.random()
            if x < 0.15:
                words = [*words[:-1], words[-1][0] + "."]  # "Siti N."
            elif x < 0.3 and len(words) >= 3:
                words = words[:2]
            elif x < 0.38:
                words = words[:1] if words[0][-1] != "." else words[:2]
            elif x < 0.45 and len(words) >= 3:
                words = [words[0], words[1][0] + ".", *words[2:]]
        text = " ".join(words)
        if style in ("ktp", "bank") and p["haji"] and r.random() < 0.6:
            text = ("H. " if p["sex"] == "M" else "Hj. ") + text
        if style == "bank":
            if p["doctor"] and r.random() < 0.7:
                text = p["doctor"] + " " + text
            if p["degree"] and r.random() < 0.5:
                text = text + ", " + p["degree"]
        return self.typo(text, 0.03)

    def id_phone(self, num: str | None, style: str) -> str | None:
        if num is None:
            return None
        r = self.rnd
        n = num[2:]
        if style == "local":
            return wpick(r, {"0" + n: 55, f"0{n[:3]}-{n[3:7]}-{n[7:]}": 20,
                             f"0{n[:3]} {n[3:7]} {n[7:]}": 10, n: 5, "+62" + n: 10})  # fmt: skip
        return wpick(
            r, {"+62" + n: 40, "62" + n: 20, "0" + n: 25, f"+62 {n[:3]}-{n[3:7]}-{n[7:]}": 15}
        )

    def th_phone(self, num: str | None, style: str) -> str | None:
        if num is None:
            return None
        r = self.rnd
        n = num[2:]
        if style == "local":
            return wpick(
                r, {"0" + n: 55, f"0{n[:2]}-{n[2:5]}-{n[5:]}": 30, f"0{n[:2]} {n[2:5]} {n[5:]}": 15}
            )
        return wpick(
            r, {"+66" + n: 45, "66" + n: 15, "0" + n: 30, f"+66 {n[:2]} {n[2:5]} {n[5:]}": 10}
        )

    def phone(self, p: dict, num: str | None, style: str) -> str | None:
        return (self.id_phone if p["country"] == "ID" else self.th_phone)(num, style)

    def own_line(self, p: dict, when: dt.date | None = None) -> str | None:
        r = self.rnd
        if p["old_line"] and when is not None and when.year < 2020 and r.random() < 0.5:
            return p["old_line"]
        if p["lines"]:
            return p["lines"][0] if len(p["lines"]) == 1 or r.random() < 0.7 else p["lines"][1]
        if p["shares"] and p["shares"]["lines"]:
            return p["shares"]["lines"][0]
        return None

    def home_at(self, p: dict, when: dt.date) -> dict:
        hh = p["hh"]
        if hh["old_home"] is not None and when < hh["moved"]:
            return hh["old_home"]
        return hh["home"]

    def th_date(self, d: dt.date, style: str) -> str:
        be = d.year + BUDDHIST
        if style == "be_dmy":
            return f"{d.day:02d}/{d.month:02d}/{be}"
        if style == "be_iso":
            return f"{be}-{d.month:02d}-{d.day:02d}"
        if style == "ymd":
            return d.strftime("%Y%m%d")
        return d.isoformat()

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"sistem": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def core_id(self, p: dict) -> None:
        r = self.rnd
        when = self.date_between(max(2008, p["dob"].year + 17), 2025)
        a = self.home_at(p, when)
        name = self.id_full(p, "ktp" if r.random() < 0.6 else "bank").upper()
        words = [w for w in name.split(",")[0].split() if not w.endswith(".")] or [name]
        split = r.random() < 0.5
        if len(words) == 1:
            depan, belakang = words[0], wpick(r, {words[0]: 50, "FNU": 15, None: 35})
        else:
            depan, belakang = " ".join(words[:-1]), words[-1]
        mother = p["mother"]
        if mother is not None:
            ibu = " ".join(mother["words"]).upper()
        else:  # a mother who is no customer: one name for all her child's records
            p.setdefault("ibu", " ".join(self.id_name("F", p["dob"].year - 25, None)).upper())
            ibu = p["ibu"]
        line = self.own_line(p, when)
        self.add("CORE_ID", p, {
            "no_cif": f"{r.randint(10**8, 10**9 - 1)}",
            "nama_lengkap": name,
            "nama_depan": depan if split else None,
            "nama_belakang": belakang if split else None,
            "NIK": p["nik"] if r.random() < 0.98 else p["nik"][:-4] + self.digits(4),
            "no_kk": p["hh"]["kk"] if r.random() < 0.7 else None,
            "tempat_lahir": p["birthplace"] if r.random() < 0.9 else None,
            "tgl_lahir": p["dob"].strftime("%d-%m-%Y") if r.random() < 0.8 else p["dob"].strftime("%d/%m/%Y"),
            "jenis_kelamin": {"M": "L", "F": "P"}[p["sex"]],
            "alamat": (f"{a['street']} No. {a['no']} RT {a['rt']:03d}/RW {a['rw']:03d}".upper()
                       if a["country"] == "ID" else None),
            "kelurahan": a.get("kel"),
            "kecamatan": a.get("kec"),
            "kota_kabupaten": ID_CITIES[a["city"]][0] if a["country"] == "ID" else None,
            "no_hp": self.id_phone(line, "local"),
            "nama_ibu_kandung": ibu if r.random() < 0.9 else None,
            "NPWP": ((p["nik"] if when.year >= 2024 and r.random() < 0.6 else
                      f"{p['npwp'][:2]}.{p['npwp'][2:5]}.{p['npwp'][5:8]}.{p['npwp'][8]}-"
                      f"{p['npwp'][9:12]}.{p['npwp'][12:]}") if p["npwp"] else None),
            "email": p["emails"][0] if p["emails"] and r.random() < 0.6 else None,
        })  # fmt: skip

    def core_th(self, p: dict) -> None:
        r = self.rnd
        when = self.date_between(max(2008, p["dob"].year + 17), 2025)
        a = self.home_at(p, when)
        title = TH_TITLE["M" if p["sex"] == "M" else "F_married" if p["married"] else "F"][0]
        surname = p["surname"][0] if when.year > 2012 or not p["married"] else p["birth_surname"][0]
        tid = p["thai_id"]
        if r.random() < 0.6:
            tid = f"{tid[0]}-{tid[1:5]}-{tid[5:10]}-{tid[10:12]}-{tid[12]}"
        addr = None
        if a["country"] == "TH":
            pl = TH_PLACES[a["prov"]]
            bkk = pl[5]
            parts = [a["no"]]
            if a["moo"]:
                parts.append(f"หมู่ {a['moo']}" if r.random() < 0.6 else f"ม.{a['moo']}")
            if a["soi"]:
                parts.append(f"ซอย{a['street'][0]} {a['soi']}")
            parts.append(("ถนน" if r.random() < 0.4 else "ถ.") + a["street"][0])
            addr = " ".join(parts)
        self.add("CORE_TH", p, {
            "รหัสลูกค้า": f"{r.randint(10**9, 10**10 - 1)}",
            "คำนำหน้า": title,
            "ชื่อ": p["th_given"],
            "นามสกุล": surname,
            "เลขบัตรประชาชน": tid,
            "วันเกิด": self.th_date(p["dob"], "be_dmy") if r.random() < 0.95 else None,
            "เบอร์โทร": self.th_phone(self.own_line(p, when), "local"),
            "ที่อยู่": addr,
            "ตำบล": (("แขวง" if bkk else "ต.") + a["tambon"][0]) if addr else None,
            "อำเภอ": (("เขต" if bkk else "อ.") + a["amphoe"][0]) if addr else None,
            "จังหวัด": pl[0] if addr else None,
        })  # fmt: skip

    def wallet(self, p: dict, line: str) -> None:
        r = self.rnd
        kyc = r.random() < 0.65
        if p["country"] == "ID":
            name = self.id_full(p, "app")
        elif r.random() < 0.4:
            name = p["th_given"] + " " + p["surname"][0]
        else:
            g, s = self.rom(p, official=r.random() < 0.5)
            name = f"{g} {s}" if r.random() < 0.85 else g
            name = self.typo(name, 0.03)
        x = r.random()
        name = name.lower() if x < 0.12 else name.upper() if x < 0.2 else name
        a = p["hh"]["home"]
        self.add("WALLET", p, {
            "user_id": f"W{r.randint(10**9, 10**10 - 1)}",
            "full_name": name,
            "phone": self.phone(p, line, "intl"),
            "email": r.choice(p["emails"]) if p["emails"] and r.random() < 0.75 else None,
            "dob": p["dob"].isoformat() if kyc or r.random() < 0.3 else None,
            "id_number": (p["nik"] if p["country"] == "ID" else p["thai_id"]) if kyc else None,
            "country": a["country"] if r.random() < 0.9 else None,
        })  # fmt: skip

    def ride(self, p: dict, line: str) -> None:
        r = self.rnd
        if p["country"] == "ID":
            words = p["words"]
            first = (
                words[0] if words[0] != "Muhammad" else (words[1] if len(words) > 1 else "Muhammad")
            )
            name = wpick(r, {first: 50, " ".join(words[:2]): 30,
                             ("Pak " if p["sex"] == "M" else "Bu ") + first: 10, first.lower(): 10})  # fmt: skip
        else:
            g, s = self.rom(p, official=False)
            name = wpick(r, {p["nick"]: 35, g: 30, f"{g} {s[0]}.": 10, f"{g} {s}": 15,
                             p["th_given"]: 10})  # fmt: skip
        a = p["hh"]["home"]
        if a["country"] == "ID":
            label = f"{a['street']} No.{a['no']}, {a['kel'].title()}, {a['kec'].title()}"
        else:
            label = f"{a['no']} {a['street'][1]} Rd, {a['tambon'][1]}, {a['amphoe'][1]}"
        self.add("RIDE", p, {
            "rider_id": f"R-{r.randint(10**7, 10**8 - 1)}",
            "rider_name": name,
            "phone_number": self.phone(p, line, "intl"),
            "email": r.choice(p["emails"]) if p["emails"] and r.random() < 0.5 else None,
            "home_label": label if r.random() < 0.4 else None,
        })  # fmt: skip

    def crm_th(self, p: dict) -> None:
        r = self.rnd
        when = self.date_between(2012, 2025)
        g, s = self.rom(p, official=r.random() < 0.6)
        title = TH_TITLE["M" if p["sex"] == "M" else "F_married" if p["married"] else "F"]
        en = f"{title[1] if r.random() < 0.8 else ''} {g} {s}".strip()
        en = en.upper() if r.random() < 0.5 else en
        th = f"{title[0] if r.random() < 0.5 else ''}{p['th_given']} {p['surname'][0]}"
        if r.random() < 0.1:  # written in place of the Latin name
            en = None
        tid = p["thai_id"] if r.random() < 0.9 else None
        self.add("CRM_TH", p, {
            "CUST_ID": f"C{r.randint(10**7, 10**8 - 1)}",
            "CUST_NAME_TH": th if r.random() < 0.8 else None,
            "CUST_NAME_EN": en,
            "NICKNAME": p["nick"] if r.random() < 0.5 else None,
            "ID_CARD_NO": tid,
            "MOBILE_NO": self.th_phone(self.own_line(p, when), "local"),
            "BIRTH_DATE": self.th_date(p["dob"], wpick(r, {"be_iso": 60, "ymd": 25, "iso": 15})),
            "PROVINCE": wpick(r, {TH_PLACES[p["hh"]["home"]["prov"]][1][0]: 70,
                                  TH_PLACES[p["hh"]["home"]["prov"]][1][-1]: 30}),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            age = (TODAY - p["dob"]).days / 365.25
            if age >= 17 and r.random() < (0.8 if age < 70 else 0.6):
                (self.core_id if p["country"] == "ID" else self.core_th)(p)
                if r.random() < 0.15:  # a second account at another branch
                    (self.core_id if p["country"] == "ID" else self.core_th)(p)
            pw = 0.85 if age < 35 else 0.65 if age < 55 else 0.3
            for i, line in enumerate(p["lines"]):
                if r.random() < (pw if i == 0 else pw * 0.5) or line == p.get("reissued"):
                    self.wallet(p, line)
                    if r.random() < 0.12:  # a second account (a lost login, a promotion)
                        self.wallet(p, line)
            if p["old_line"] and r.random() < 0.3:
                self.ride(p, p["old_line"])  # the account of an old number, never updated
            if p["lines"] and age < 60 and r.random() < 0.7:
                self.ride(p, p["lines"][0])
                if r.random() < 0.15:
                    self.ride(p, p["lines"][-1])
            if p["country"] == "TH" and age >= 18 and r.random() < 0.6:
                self.crm_th(p)
            if len(self.rows) == n0:
                if p["lines"]:
                    self.wallet(p, p["lines"][0])
                elif age >= 17:
                    (self.core_id if p["country"] == "ID" else self.core_th)(p)
                elif p["shares"] and p["shares"]["lines"]:
                    self.ride(p, p["shares"]["lines"][0])  # a child on a parent's phone
        return self.shuffled("row_id", "N")


def nusantara(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Nusantara.frame(persons, seed, "row_id")
