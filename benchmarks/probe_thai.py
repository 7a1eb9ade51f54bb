"""A Thai bank, mobile operator, retail loyalty app, consumer-finance lender and migrant
remittance service (one group's customers in Thailand), five systems stacked in one file (a
``system`` column; a column of the same name in two systems is one column).

* Bank (``BANK``), core banking in Thai columns: ``รหัสลูกค้า``, ``คำนำหน้า`` (นาย, นาง, นางสาว,
  ด.ช. and ด.ญ. for children, ดร., พ.ต.อ. now and then), ``ชื่อ``, ``นามสกุล`` in Thai script,
  ``เลขประจำตัวประชาชน`` (13 digits with the mod-11 check digit, ``1-1009-01234-56-7``, bare,
  spaced, or in Thai digits), ``วันเกิด`` in the Buddhist era (``15/03/2530``, ``15 มี.ค. 2530``,
  ``15 มีนาคม 2530``, ``๑๕/๐๓/๒๕๓๐``; a clerk's Christian year now and then: ``15/03/1987``),
  ``ที่อยู่`` (``99/12 หมู่ 5 ซ.ลาดพร้าว 71 ถ.ลาดพร้าว แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ``,
  ``ม.5 ต.สุเทพ อ.เมือง จ.เชียงใหม่``), ``รหัสไปรษณีย์``, ``เบอร์มือถือ`` (``081-234-5678``,
  ``๐๘๑๒๓๔๕๖๗๘``), ``เบอร์บ้าน`` (the household's landline, ``02-xxx-xxxx``, ``053-xxx-xxx``,
  ``ต่อ 12``), ``อีเมล``, ``ชื่อคู่สมรส`` (the spouse's whole name: someone else's).
* Mobile operator (``TELCO``), English columns: ``SUBSCRIBER_NO``, ``TITLE`` (Mr, Mrs, Miss, MR.),
  ``FIRST_NAME`` / ``LAST_NAME`` in Latin letters as the clerk heard them (Somchai / Somchay,
  Sukjai / Sookjai, Srisuwan / Srisuwann, Wongsawat / Vongsavat, Phongphan / Pongpan), now and
  then in Thai script, ``ID_TYPE`` / ``ID_NO`` (the citizen id, a pink card or a passport),
  ``BIRTH_DATE`` (``1987-03-15``, ``15-MAR-1987``; a Buddhist year typed into it: ``2530-03-15``),
  ``MSISDN`` (``66812345678``), ``CONTACT_NO`` (any form, a relative's now and then),
  ``BILL_ADDRESS`` in Latin letters (``99/12 Moo 5, Soi Lat Phrao 71, Lat Phrao Rd., Khlong Chan,
  Bang Kapi, Bangkok 10240``), ``EMAIL``. Registered long ago: the name before a marriage or a
  lucky renaming.
* Loyalty app on LINE (``LINE_APP``), Thai and English columns: ``member_id``, ``ชื่อเล่น`` (the
  nickname Thais go by: นก / Nok, ตุ่ม / Tum, พลอย / Ploy, เบียร์ / Beer, กอล์ฟ / Golf: the only
  name the app asks for, shared by thousands), ``LINE_display_name`` (``Nok🌸``, ``น้องพลอย``,
  ``Ploy Siriporn``, ``golf_555``), ``เบอร์มือถือ``, ``วันเกิด`` (a date picker's
  ``1987-03-15``), ``อีเมล``, ``จังหวัด``, ``เพศ``. A child's account on a parent's phone.
* Consumer-finance lender (``LENDER``), Thai columns: ``เลขที่สัญญา``, ``ชื่อ-นามสกุล`` (one box
  with the title run in: ``นางสาวสุดา ศรีสุวรรณ``, ``นาย สมชาย ใจดี``), ``เลขบัตรประชาชน``,
  ``วันเดือนปีเกิด`` (``15/03/2530``), ``โทรศัพท์มือถือ``, ``ที่อยู่ตามทะเบียนบ้าน`` (the house
  registration's: the family home), ``ที่อยู่ปัจจุบัน`` (where one lives now), ``อาชีพ``,
  ``ชื่อผู้ค้ำประกัน`` / ``เลขบัตรผู้ค้ำประกัน`` / ``เบอร์ผู้ค้ำประกัน`` (the guarantor: a
  parent, sibling, spouse or colleague), ``ชื่อคู่สมรส`` / ``เบอร์คู่สมรส``.
* Migrant remittance (``REMIT``), English columns: ``sender_name`` (Khmer names family name
  first, ``SOK DARA``, ``CHAN SOPHEAP``; Lao names given name first, ``KHAMPHONE SOUVANNAVONG``;
  spellings as heard: Sopheap / Sophiep, Souvannavong / Suvannavong), ``nationality``,
  ``doc_type`` / ``doc_no`` (the pink card: a non-Thai's 13-digit number starting ``00`` with the
  same check digit; a Cambodian ``N1234567`` or Lao ``P1234567`` passport; a certificate of
  identity), ``dob`` (``15/03/1990``; a birth known by its year as ``01/01/1990``), ``mobile_th``,
  ``mobile_home`` (``+855 12 345 678``, ``+856 20 5512 3456``), ``employer`` and
  ``workplace_addr`` (a factory's or a construction camp's: shared by hundreds),
  ``receiver_name`` / ``receiver_phone`` / ``receiver_relation`` (the family back home).
  Migrants' bank accounts and SIMs carry their names in Thai script as the clerk wrote them
  (``สก ดารา``) or in Latin letters.

What makes it hard: long Thai family names that are nearly one per family (strong evidence of
kinship, not of a person) beside a few very common ones (แซ่ตั้ง / Saetang, ทองดี / Thongdee);
married women under their maiden or husband's name with นางสาว turned นาง; legal renamings for luck
(a new given name, the same id); romanisations of one name that differ in most letters
(Phongsak / Pongsak, Chaiwat / Chaiyawat / Chaiwath, Kaew / Keaw / Kaeo); nicknames as the only
name; Buddhist-era and Christian years in one column, Thai digits and Thai month names; phones
with ``0``, ``+66``, ``66`` and ``0066``, Thai digits and extensions; households on one landline
and one house registration address; fathers and sons, brothers and sisters of one rare family
name, children with ids from the same district office; guarantors' and spouses' names, ids and
phones on a borrower's row; migrant workers with very common names on one factory's address and
phone; typos in Thai script (a tone mark dropped or added, a vowel before its consonant, a
letter of the same sound) and in Latin letters; missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

BUDDHIST = 543
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                "พ.ย.", "ธ.ค."]  # fmt: skip
MONTHS_LONG = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]  # fmt: skip

# ---------------------------------------------------------------- Thai names
#: Given names: (Thai script, romanisations: the first is the usual one, weight).
GIVEN_M = [
    ("สมชาย", ["Somchai", "Somchay", "Somchaai"], 12), ("สมศักดิ์", ["Somsak", "Somsack", "Somsuk"], 9),
    ("วิชัย", ["Wichai", "Vichai", "Wichay"], 7), ("ประเสริฐ", ["Prasert", "Prasoet", "Prasird"], 6),
    ("ณัฐพงษ์", ["Nattapong", "Natthaphong", "Nuttapong"], 8), ("ธนากร", ["Thanakorn", "Tanakorn", "Thanakon"], 7),
    ("อนุชา", ["Anucha", "Anuchar"], 5), ("สุริยา", ["Suriya", "Sooriya", "Suriyah"], 5),
    ("กิตติพงษ์", ["Kittipong", "Kittiphong", "Kittipong"], 7), ("ชัยวัฒน์", ["Chaiwat", "Chaiyawat", "Chaiwath"], 6),
    ("วีระพงษ์", ["Weerapong", "Veerapong", "Wiraphong"], 5), ("สุรศักดิ์", ["Surasak", "Surasuk"], 5),
    ("ธีรวัฒน์", ["Theerawat", "Teerawat", "Thirawat"], 5), ("พงศกร", ["Pongsakorn", "Phongsakon", "Pongsakon"], 6),
    ("อภิชาติ", ["Apichat", "Aphichat", "Apichart"], 4), ("จักรพันธ์", ["Jakkaphan", "Chakkaphan", "Jakkapan"], 4),
    ("ศุภชัย", ["Supachai", "Suphachai", "Supachay"], 5), ("วรวุฒิ", ["Worawut", "Vorawut", "Worawoot"], 4),
    ("บุญมี", ["Boonmee", "Bunmi", "Boonmi"], 5), ("ประยูร", ["Prayoon", "Prayun"], 3),
    ("สมพงษ์", ["Sompong", "Somphong"], 6), ("ณรงค์", ["Narong", "Narongk"], 5), ("สมบัติ", ["Sombat", "Sombut"], 5),
    ("เอกชัย", ["Ekachai", "Ekkachai", "Aekachai"], 4), ("ภานุวัฒน์", ["Panuwat", "Phanuwat", "Panuwath"], 4),
    ("ศักดิ์ชัย", ["Sakchai", "Sakdichai"], 3), ("ชาตรี", ["Chatree", "Chatri"], 3), ("ธนวัฒน์", ["Thanawat", "Tanawat"], 5),
    ("สุรชัย", ["Surachai", "Surachay"], 4), ("ปิยะพงษ์", ["Piyapong", "Piyaphong"], 3), ("มานพ", ["Manop", "Manob"], 3),
    ("ยุทธนา", ["Yuttana", "Yutthana"], 3), ("ไพโรจน์", ["Pairoj", "Phairot", "Pairote"], 3), ("ชยพล", ["Chayapol", "Chayaphon"], 2),
]  # fmt: skip
GIVEN_F = [
    ("สุดา", ["Suda", "Sudaa"], 6), ("มาลี", ["Malee", "Mali", "Maree"], 6), ("ศิริพร", ["Siriporn", "Siriphon", "Siripon"], 8),
    ("กนกวรรณ", ["Kanokwan", "Kanokwun", "Ganokwan"], 7), ("สุภาพร", ["Supaporn", "Suphaphon", "Supaphon"], 7),
    ("พิมพ์ชนก", ["Pimchanok", "Phimchanok"], 4), ("อรทัย", ["Orathai", "Oratai", "Ornthai"], 5), ("นภา", ["Napa", "Napha"], 4),
    ("วันเพ็ญ", ["Wanpen", "Wanphen", "Vanpen"], 5), ("จันทร์เพ็ญ", ["Chanpen", "Janpen", "Chanphen"], 4),
    ("ปราณี", ["Pranee", "Prani"], 5), ("สมหญิง", ["Somying", "Somyhing"], 4), ("รัตนา", ["Rattana", "Ratana"], 5),
    ("อัญชลี", ["Anchalee", "Anchali", "Unchalee"], 5), ("ธิดารัตน์", ["Thidarat", "Tidarat", "Thidarut"], 4),
    ("ปิยะนุช", ["Piyanuch", "Piyanut"], 4), ("วิไลวรรณ", ["Wilaiwan", "Vilaiwan", "Wilaivan"], 4),
    ("ณัฐธิดา", ["Natthida", "Nattida", "Nuttida"], 5), ("กมลชนก", ["Kamonchanok", "Kamolchanok"], 3),
    ("จิราพร", ["Jiraporn", "Chiraphon", "Jiraphon"], 5), ("สุนิสา", ["Sunisa", "Sunissa"], 5),
    ("บุญเรือน", ["Boonruean", "Bunruean", "Boonruen"], 3), ("ลำดวน", ["Lamduan", "Lumduan"], 2),
    ("ประภาพร", ["Prapaporn", "Praphaphon"], 4), ("วรรณา", ["Wanna", "Vanna", "Wannaa"], 5),
    ("พรทิพย์", ["Porntip", "Phonthip", "Pornthip"], 5), ("เยาวลักษณ์", ["Yaowalak", "Yaovalak", "Yaowaluk"], 3),
    ("ชลธิชา", ["Chonticha", "Cholthicha", "Chontisha"], 3), ("สายสุนีย์", ["Saisunee", "Saisuni"], 2),
    ("ทองใบ", ["Thongbai", "Tongbai"], 2), ("กัญญา", ["Kanya", "Ganya", "Kunya"], 4),
]  # fmt: skip
#: New given names taken for luck (a legal renaming): mostly long, auspicious ones.
LUCKY_M = [("ธนภัทร", ["Thanaphat", "Tanapat", "Thanapat"]), ("ภูริช", ["Purich", "Phurit"]),
           ("ปุณณวิช", ["Punnawich", "Punnavit"]), ("ธนกฤต", ["Thanakrit", "Tanakrit"]),
           ("ศุภณัฐ", ["Supanat", "Suphanat"]), ("กฤษณ์ธนัช", ["Kritthanat", "Kritanach"])]  # fmt: skip
LUCKY_F = [("ณัฐชยา", ["Natchaya", "Nutchaya"]), ("ปภาวรินท์", ["Papawarin", "Phaphawarin"]),
           ("ชญานิศ", ["Chayanit", "Chayanis"]), ("ธัญญ์ณิชา", ["Thanyanicha", "Tanyanicha"]),
           ("ภัทรวดี", ["Pattarawadee", "Phatrawadi"]), ("ศศิภา", ["Sasipa", "Sasiphaa"])]  # fmt: skip
#: Nicknames: (usual Latin spelling, other spellings, Thai script, sex or None for both).
NICKS = [("Nok", ["Nock"], "นก", "F"), ("Tum", ["Toom"], "ตุ่ม", None), ("Ploy", ["Ploi"], "พลอย", "F"),
         ("Beer", ["Bia"], "เบียร์", None), ("Golf", [], "กอล์ฟ", "M"), ("Bank", ["Baank"], "แบงค์", "M"),
         ("Fern", [], "เฟิร์น", "F"), ("Aom", ["Om"], "ออม", "F"), ("Noi", ["Noy"], "น้อย", None),
         ("Lek", ["Leck"], "เล็ก", None), ("Pui", ["Puii"], "ปุ้ย", "F"), ("Toey", ["Tuey"], "เตย", "F"),
         ("Mod", ["Mot"], "มด", "F"), ("Nan", ["Nun"], "แนน", "F"), ("Joy", [], "จอย", "F"),
         ("Ton", ["Tonn"], "ต้น", "M"), ("Boy", [], "บอย", "M"), ("Pla", ["Plaa"], "ปลา", "F"),
         ("Oil", ["Oyl"], "ออย", "F"), ("Gift", ["Kift"], "กิ๊ฟ", "F"), ("Mint", [], "มิ้นท์", "F"),
         ("Bow", ["Bo"], "โบว์", "F"), ("Pam", [], "แพม", "F"), ("Win", [], "วิน", "M"),
         ("Big", [], "บิ๊ก", "M"), ("Art", ["Aart"], "อาร์ต", "M"), ("Top", [], "ท็อป", "M"),
         ("Ice", ["Ize"], "ไอซ์", None), ("Nut", ["Nat"], "นัท", None), ("Aey", ["Ae"], "เอ๋", "F"),
         ("Kung", ["Koong"], "กุ้ง", None), ("Moo", ["Mu"], "หมู", None), ("Oat", ["Ot"], "โอ๊ต", "M"),
         ("Mai", [], "ใหม่", "F"), ("Yui", ["Yuy"], "ยุ้ย", "F"), ("Kwan", ["Khwan"], "ขวัญ", "F"),
         ("Pim", ["Phim"], "พิม", "F"), ("Jack", ["Jak"], "แจ็ค", "M"), ("Tee", ["Ti"], "ตี๋", "M"),
         ("Daeng", ["Dang"], "แดง", None), ("Dam", [], "ดำ", "M"), ("Ek", ["Eak"], "เอก", "M"),
         ("Pond", [], "ปอนด์", "M"), ("Non", [], "นนท์", "M"), ("Kai", ["Gai"], "ไก่", None),
         ("Muay", ["Muey"], "หมวย", "F"), ("Jum", ["Joom"], "จุ๋ม", "F")]  # fmt: skip
#: Family names are built of parts (nearly every Thai family has its own): Thai, romanisations.
SUR_HEAD = [("ศรี", ["Sri", "Si", "Sree"]), ("วงศ์", ["Wong", "Vong"]), ("ชัย", ["Chai", "Chay"]),
            ("แก้ว", ["Kaew", "Keaw", "Kaeo"]), ("ทอง", ["Thong", "Tong"]), ("บุญ", ["Boon", "Bun"]),
            ("สุข", ["Suk", "Sook"]), ("เจริญ", ["Charoen", "Jaroen", "Charern"]), ("รัตน", ["Rattana", "Ratana"]),
            ("ศิริ", ["Siri", "Sri"]), ("พงศ์", ["Phong", "Pong"]), ("กิตติ", ["Kitti", "Kitt"]),
            ("จันทร์", ["Chan", "Jan"]), ("มณี", ["Manee", "Mani"]), ("อินทร์", ["In", "Inn"]),
            ("ธนา", ["Thana", "Tana"]), ("พิทักษ์", ["Phithak", "Pitak"]), ("วิเศษ", ["Wiset", "Vised"]),
            ("สมบูรณ์", ["Somboon", "Sombun"]), ("เพชร", ["Phet", "Pech", "Petch"]), ("นาค", ["Nak", "Nark"]),
            ("ปัญญา", ["Panya", "Punya"]), ("อุดม", ["Udom", "Oudom"]), ("สาย", ["Sai", "Sy"])]  # fmt: skip
SUR_MID = [("สุวรรณ", ["suwan", "suwanna", "suvan"]), ("ประเสริฐ", ["prasert", "prasoet"]),
           ("รุ่ง", ["rung", "roong"]), ("เรือง", ["ruang", "rueang"]), ("ไชย", ["chai", "chay"]),
           ("ศักดิ์", ["sak", "sakdi"]), ("ทรัพย์", ["sap", "sub"]), ("อนันต์", ["anan", "anant"]),
           ("พัฒนา", ["phatthana", "pattana"]), ("สมบัติ", ["sombat", "sombut"]), ("มงคล", ["mongkol", "mongkhon"]),
           ("วัฒน", ["watthana", "wattana"]), ("ใจ", ["jai", "chai"]), ("ดี", ["dee", "di"])]  # fmt: skip
SUR_TAIL = [("สวัสดิ์", ["sawat", "sawad", "savat"]), ("กุล", ["kul", "kun", "gul"]), ("พร", ["porn", "phon", "pon"]),
            ("วงศ์", ["wong", "vong"]), ("ดี", ["dee", "di"]), ("รัตน์", ["rat", "rut"]),
            ("ชัย", ["chai", "chay"]), ("ทอง", ["thong", "tong"]), ("สกุล", ["sakul", "sakun"]),
            ("พานิช", ["panich", "phanit", "panit"]), ("กิจ", ["kit", "kij"]), ("ศิลป์", ["sin", "silp"]),
            ("แสง", ["saeng", "sang"]), ("เดช", ["dech", "det"]), ("ใจ", ["jai", "chai"]),
            ("ภักดี", ["pakdee", "phakdi"]), ("เจริญ", ["charoen", "jaroen"]), ("นาวิน", ["nawin", "navin"])]  # fmt: skip
#: A few family names many unrelated families share (Chinese-Thai ``แซ่``, very plain ones).
COMMON_SUR = [("แซ่ตั้ง", ["Saetang", "Sae-Tang", "Sae Tang"], 6), ("แซ่ลิ้ม", ["Saelim", "Sae-Lim"], 4),
              ("แซ่อึ้ง", ["Sae-Ung", "Saeung"], 3), ("ทองดี", ["Thongdee", "Tongdee", "Thongdi"], 5),
              ("ใจดี", ["Jaidee", "Chaidee", "Jaidi"], 5), ("ศรีสุข", ["Srisuk", "Srisook", "Sisuk"], 4),
              ("บุญมา", ["Boonma", "Bunma"], 4), ("สุขใจ", ["Sukjai", "Sookjai", "Sukchai"], 4)]  # fmt: skip
TITLES_TH = {"M": "นาย", "F": "นางสาว", "Fm": "นาง", "boy": "ด.ช.", "girl": "ด.ญ."}
TITLES_EN = {"นาย": ["Mr", "MR.", "Mr."], "นาง": ["Mrs", "MRS.", "Mrs."], "นางสาว": ["Miss", "MISS", "Ms"],
             "ด.ช.": ["Master", "Mstr"], "ด.ญ.": ["Miss", "Girl"], "ดร.": ["Dr", "Dr."],
             "พ.ต.อ.": ["Pol. Col.", "Mr"], "ว่าที่ร.ต.": ["Acting Sub Lt.", "Mr"]}  # fmt: skip
#: Letters Thais confuse (of one sound), tone marks.
SAME_SOUND = {"ส": "ศษ", "ศ": "สษ", "ท": "ธฒ", "ธ": "ท", "น": "ณ", "ณ": "น", "พ": "ภ", "ภ": "พ", "ค": "ฆ",
              "ล": "ฬ", "ต": "ฏ", "ช": "ฌ", "ร": "ล", "ย": "ญ", "ญ": "ย", "ข": "ฃ"}  # fmt: skip
TONES = "่้๊๋"

# ---------------------------------------------------------------- migrants
#: Khmer names, Latin spellings heard and a Thai clerk's Thai-script writing.
KH_FAMILY = [(["Sok"], "สก"), (["Chan", "Chann"], "จันทร์"), (["Keo", "Kaev"], "แก้ว"),
             (["Heng"], "เฮง"), (["Chea", "Chia"], "เจีย"), (["Meas", "Mias"], "เมียส"),
             (["Pich", "Pech"], "เพ็ช"), (["Sam"], "สาม"), (["Nhem", "Nhim"], "เญม"),
             (["Phan", "Phann"], "พาน"), (["Lim"], "ลิม"), (["Ouk", "Uk"], "อุก")]  # fmt: skip
KH_GIVEN = {"M": [(["Dara"], "ดารา"), (["Vannak", "Vanak"], "วรรณัก"), (["Sophal", "Sopal"], "โสภาล"),
                  (["Rithy", "Rithi"], "ฤทธี"), (["Sambath", "Sambat"], "สมบัติ"), (["Piseth", "Pisith"], "พิเศษ"),
                  (["Chanthy", "Chanty"], "จันที"), (["Vuthy", "Vuthi"], "วุฒิ"), (["Bunthoeun", "Bunthoen"], "บุญเทือน")],
            "F": [(["Sopheap", "Sophiep"], "โสภาพ"), (["Sreymom", "Srey Mom"], "สรีมม"), (["Channary", "Chanary"], "จันนารี"),
                  (["Kunthea", "Kunthia"], "กุนเทีย"), (["Sokha", "Sokhar"], "โสขา"), (["Bopha", "Bophar"], "บุปผา"),
                  (["Srey Neang", "Sreyneang"], "สรีเนียง"), (["Leakhena", "Leakena"], "ลักขณา")]}  # fmt: skip
LA_FAMILY = [(["Souvannavong", "Suvannavong", "Souvanavong"], "สุวรรณวงศ์"), (["Phommachanh", "Phommachan"], "พรหมจันทร์"),
             (["Keomany", "Keomani"], "แก้วมณี"), (["Sisouphanh", "Sisuphan"], "ศรีสุพรรณ"),
             (["Vongsavath", "Vongsavat"], "วงศ์สวัสดิ์"), (["Inthavong", "Inthavongs"], "อินทวงศ์"),
             (["Phetsavong", "Phetsavongs"], "เพชรวงศ์")]  # fmt: skip
LA_GIVEN = {"M": [(["Khamphone", "Khampone"], "คำพอน"), (["Somphone", "Sompone"], "สมพอน"),
                  (["Bounmy", "Bounmi"], "บุญมี"), (["Souk", "Sook"], "สุข"), (["Vilay", "Vilai"], "วิไล")],
            "F": [(["Noy", "Noi"], "น้อย"), (["Khamla", "Kham La"], "คำลา"), (["Vanh", "Van"], "แวน"),
                  (["Souksavanh", "Souksavan"], "สุขสวรรค์"), (["Manivanh", "Manivan"], "มณีวรรณ")]}  # fmt: skip
EMPLOYERS_MIG = [("Thai Union Frozen Products", "Mahachai, Samut Sakhon 74000"),
                 ("CP Foods Factory", "Nong Chok, Bangkok 10530"),
                 ("Ch. Karnchang Construction Camp", "Bang Sue, Bangkok 10800"),
                 ("Betagro Factory", "Lat Lum Kaeo, Pathum Thani 12140"),
                 ("Siam Cement Camp", "Kaeng Khoi, Saraburi 18110"),
                 ("Mahachai Seafood Co.", "Tha Chalom, Samut Sakhon 74000")]  # fmt: skip
EMPLOYER_PHONE = [
    "034-411-222",
    "02-543-1111",
    "02-587-3300",
    "02-577-9000",
    "036-244-555",
    "034-422-777",
]

# ---------------------------------------------------------------- places
#: Provinces: (Thai, Latin, Bangkok?, landline area code, id office prefix,
#:             [(amphoe Thai, Latin, [(tambon Thai, Latin, postcode)])], roads (Thai, Latin), weight).
PLACES = [
    ("กรุงเทพมหานคร", "Bangkok", True, "02", "10",
     [("บางกะปิ", "Bang Kapi", [("คลองจั่น", "Khlong Chan", "10240"), ("หัวหมาก", "Hua Mak", "10240")]),
      ("จตุจักร", "Chatuchak", [("ลาดยาว", "Lat Yao", "10900"), ("เสนานิคม", "Sena Nikhom", "10900")]),
      ("ห้วยขวาง", "Huai Khwang", [("ห้วยขวาง", "Huai Khwang", "10310"), ("สามเสนนอก", "Sam Sen Nok", "10310")]),
      ("บางนา", "Bang Na", [("บางนาเหนือ", "Bang Na Nuea", "10260"), ("บางนาใต้", "Bang Na Tai", "10260")]),
      ("ลาดพร้าว", "Lat Phrao", [("ลาดพร้าว", "Lat Phrao", "10230"), ("จรเข้บัว", "Chorakhe Bua", "10230")]),
      ("บางแค", "Bang Khae", [("บางแค", "Bang Khae", "10160"), ("หลักสอง", "Lak Song", "10160")])],
     [("ลาดพร้าว", "Lat Phrao"), ("สุขุมวิท", "Sukhumvit"), ("พหลโยธิน", "Phahonyothin"),
      ("รามคำแหง", "Ramkhamhaeng"), ("เพชรเกษม", "Phetkasem"), ("ประชาอุทิศ", "Pracha Uthit")], 34),
    ("นนทบุรี", "Nonthaburi", False, "02", "12",
     [("ปากเกร็ด", "Pak Kret", [("บางตลาด", "Bang Talat", "11120"), ("ปากเกร็ด", "Pak Kret", "11120")]),
      ("เมืองนนทบุรี", "Mueang Nonthaburi", [("บางกระสอ", "Bang Kraso", "11000"), ("ท่าทราย", "Tha Sai", "11000")])],
     [("แจ้งวัฒนะ", "Chaeng Watthana"), ("งามวงศ์วาน", "Ngamwongwan"), ("รัตนาธิเบศร์", "Rattanathibet")], 10),
    ("สมุทรปราการ", "Samut Prakan", False, "02", "11",
     [("บางพลี", "Bang Phli", [("บางพลีใหญ่", "Bang Phli Yai", "10540"), ("ราชาเทวะ", "Racha Thewa", "10540")]),
      ("เมืองสมุทรปราการ", "Mueang Samut Prakan", [("ปากน้ำ", "Pak Nam", "10270"), ("บางเมือง", "Bang Mueang", "10270")])],
     [("เทพารักษ์", "Theparak"), ("สุขุมวิท", "Sukhumvit")], 8),
    ("เชียงใหม่", "Chiang Mai", False, "053", "50",
     [("เมืองเชียงใหม่", "Mueang Chiang Mai", [("ช้างเผือก", "Chang Phueak", "50300"), ("สุเทพ", "Suthep", "50200")]),
      ("สันทราย", "San Sai", [("สันทรายหลวง", "San Sai Luang", "50210"), ("หนองหาร", "Nong Han", "50290")]),
      ("หางดง", "Hang Dong", [("หนองแก๋ว", "Nong Kaeo", "50230"), ("บ้านแหวน", "Ban Waen", "50230")])],
     [("ห้วยแก้ว", "Huai Kaeo"), ("เชียงใหม่-ลำพูน", "Chiang Mai-Lamphun"), ("โชตนา", "Chotana")], 9),
    ("ขอนแก่น", "Khon Kaen", False, "043", "40",
     [("เมืองขอนแก่น", "Mueang Khon Kaen", [("ในเมือง", "Nai Mueang", "40000"), ("ศิลา", "Sila", "40000")]),
      ("บ้านไผ่", "Ban Phai", [("บ้านไผ่", "Ban Phai", "40110"), ("หัวหนอง", "Hua Nong", "40110")])],
     [("มิตรภาพ", "Mittraphap"), ("ศรีจันทร์", "Si Chan")], 8),
    ("นครราชสีมา", "Nakhon Ratchasima", False, "044", "30",
     [("เมืองนครราชสีมา", "Mueang Nakhon Ratchasima", [("ในเมือง", "Nai Mueang", "30000"), ("โพธิ์กลาง", "Pho Klang", "30000")]),
      ("ปากช่อง", "Pak Chong", [("ปากช่อง", "Pak Chong", "30130"), ("หนองสาหร่าย", "Nong Sarai", "30130")])],
     [("มิตรภาพ", "Mittraphap"), ("ราชดำเนิน", "Ratchadamnoen")], 8),
    ("อุบลราชธานี", "Ubon Ratchathani", False, "045", "34",
     [("วารินชำราบ", "Warin Chamrap", [("วารินชำราบ", "Warin Chamrap", "34190"), ("ธาตุ", "That", "34190")]),
      ("เมืองอุบลราชธานี", "Mueang Ubon Ratchathani", [("ในเมือง", "Nai Mueang", "34000"), ("ขามใหญ่", "Kham Yai", "34000")])],
     [("ชยางกูร", "Chayangkun"), ("แจ้งสนิท", "Chaeng Sanit")], 6),
    ("สงขลา", "Songkhla", False, "074", "90",
     [("หาดใหญ่", "Hat Yai", [("หาดใหญ่", "Hat Yai", "90110"), ("คอหงส์", "Kho Hong", "90110")])],
     [("เพชรเกษม", "Phetkasem"), ("นิพัทธ์อุทิศ", "Niphat Uthit")], 6),
    ("ชลบุรี", "Chon Buri", False, "038", "20",
     [("ศรีราชา", "Si Racha", [("ศรีราชา", "Si Racha", "20110"), ("สุรศักดิ์", "Surasak", "20110")]),
      ("บางละมุง", "Bang Lamung", [("หนองปรือ", "Nong Prue", "20150"), ("นาเกลือ", "Na Kluea", "20150")])],
     [("สุขุมวิท", "Sukhumvit"), ("เทพประสิทธิ์", "Thep Prasit")], 7),
]  # fmt: skip
VILLAGES = [("หมู่บ้านพฤกษา", "Pruksa Village"), ("หมู่บ้านเสนา", "Sena Village"),
            ("หมู่บ้านศุภาลัย", "Supalai Village"), ("หมู่บ้านชัยพฤกษ์", "Chaiyaphruek Village")]  # fmt: skip
MOBILE = {"81": 8, "82": 6, "83": 5, "84": 6, "85": 4, "86": 6, "87": 4, "89": 6, "80": 4, "61": 4,
          "62": 4, "63": 4, "64": 3, "65": 3, "91": 5, "92": 5, "93": 4, "94": 4, "95": 4, "96": 3,
          "97": 3, "98": 4, "99": 3}  # fmt: skip
JOBS = ["พนักงานบริษัท", "ค้าขาย", "รับราชการ", "เกษตรกร", "รับจ้างทั่วไป", "ธุรกิจส่วนตัว",
        "พนักงานรัฐวิสาหกิจ", "แม่บ้าน", "นักศึกษา"]  # fmt: skip
MAIL = {"gmail.com": 70, "hotmail.com": 16, "yahoo.com": 8, "outlook.co.th": 3, "icloud.com": 3}


def thai_check(d12: str) -> str:
    """The thirteenth digit of a Thai citizen id (and of a non-Thai's 13-digit number): the first
    twelve weighted 13 down to 2, eleven less the sum's remainder by eleven, its last digit.

    >>> thai_check("110170020345")
    '0'
    """
    s = sum(int(c) * (13 - i) for i, c in enumerate(d12))
    return str((11 - s % 11) % 10)


def thai_letters(text: str) -> str:
    """Arabic digits in Thai ones."""
    return text.translate(THAI_DIGITS)


class Thai(Draws):
    SLIP_LETTERS = "aeiounhgk"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.sur_used: set[str] = set()
        while len(self.persons) < self.n:
            if self.rnd.random() < 0.07:
                self.migrants()
            else:
                self.household()

    def family_name(self) -> dict:
        """A family's name: a rare one built of parts (nearly one per family), or a common one."""
        r = self.rnd
        if r.random() < 0.1:
            th, lat, _ = r.choices(COMMON_SUR, [c[2] for c in COMMON_SUR])[0]
            return {"th": th, "parts": [lat]}
        while True:
            parts = [r.choice(SUR_HEAD)]
            if r.random() < 0.55:
                parts.append(r.choice(SUR_MID))
            parts.append(r.choice(SUR_TAIL))
            th = "".join(p[0] for p in parts)
            if th not in self.sur_used:
                self.sur_used.add(th)
                return {"th": th, "parts": [p[1] for p in parts]}

    def given(self, sex: str, lucky: bool = False) -> dict:
        r = self.rnd
        if lucky:
            th, lat = r.choice(LUCKY_M if sex == "M" else LUCKY_F)
        else:
            table = GIVEN_M if sex == "M" else GIVEN_F
            th, lat, _ = r.choices(table, [g[2] for g in table])[0]
        return {"th": th, "parts": [lat]}

    def nick(self, sex: str) -> tuple:
        fits = [n for n in NICKS if n[3] in (None, sex)]
        return self.rnd.choice(fits)

    def home(self, place=None) -> dict:
        r = self.rnd
        place = place or r.choices(PLACES, [p[-1] for p in PLACES])[0]
        th_p, lat_p, bkk, area, office, amphoes, roads, _ = place
        amphoe = r.choice(amphoes)
        tambon = r.choice(amphoe[2])
        main = r.randint(1, 400)
        hno = f"{main}/{r.randint(1, 300)}" if r.random() < 0.5 else str(main)
        road = r.choice(roads)
        soi = None
        if r.random() < (0.7 if bkk else 0.3):
            soi = (f"{road[0]} {r.randint(1, 120)}", f"{road[1]} {r.randint(1, 120)}")
            if r.random() < 0.4:
                soi = (soi[0].split(" ")[0] + " " + str(r.randint(1, 60)), soi[1])
        village = r.choice(VILLAGES) if r.random() < 0.15 else None
        return dict(place=place, province=(th_p, lat_p), bkk=bkk, amphoe=amphoe[:2],
                    tambon=tambon[:2], postcode=tambon[2], hno=hno,
                    moo=None if bkk or r.random() < 0.2 else r.randint(1, 15), soi=soi,
                    road=road if r.random() < 0.8 else None, village=village, area=area,
                    office=office + f"{r.randint(1, 20):02d}")  # fmt: skip

    def landline(self, h: dict) -> str:
        area = h["area"]
        rest = 7 if area == "02" else 6
        return self.unique(lambda: area + str(self.rnd.randint(2, 9)) + self.digits(rest - 1))

    def mobile(self) -> str:
        return self.unique(lambda: "0" + wpick(self.rnd, MOBILE) + self.digits(7))

    def citizen_id(self, dob: dt.date, office: str, foreign: bool = False) -> str:
        """A 13-digit id: its category (1 born after 1984, 3 in the registers of 1984, 00 a
        migrant's pink card), the registering office, a book and serial, the check digit."""
        r = self.rnd
        if foreign:
            prefix = "00" + office
        else:
            prefix = ("1" if dob.year >= 1984 else wpick(r, {"3": 85, "5": 10, "4": 5})) + office
        body = lambda: prefix + self.digits(12 - len(prefix))  # noqa: E731
        return self.unique(lambda: (lambda b: b + thai_check(b))(body()))

    def household(self) -> None:
        r = self.rnd
        h = self.home()
        landline = self.landline(h) if r.random() < 0.45 else None
        sn = self.family_name()
        kind = wpick(r, {"single": 25, "couple": 20, "family": 45, "three": 10})
        members = []
        head_sex = "M" if kind != "single" else wpick(r, {"M": 50, "F": 50})
        head = self.person(sn, head_sex, self.dob(28, 80), h, landline)
        members.append(head)
        wife = None
        if kind != "single":
            maiden = self.family_name()
            wife = self.person(maiden, "F", self.dob(24, 75), h, landline)
            wife["husband"], head["wife"] = head, wife
            wife["took_name"] = r.random() < 0.65
            members.append(wife)
        if kind in ("family", "three"):
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                hi = min(45, (TODAY - head["dob"]).days / 365.25 - 20)
                kid = self.person(sn, r.choice("MF"), self.dob(3, max(4, hi)), h, landline)
                kid["father"], kid["mother"] = head, wife
                members.append(kid)
        if kind == "three":  # the grandmother of the house registration
            gm = self.person(self.family_name(), "F", self.dob(70, 92), h, landline)
            gm["widow"] = True
            members.append(gm)
        email = None
        if len(members) > 2 and r.random() < 0.15:
            email = f"{sn['parts'][0][0].lower()}family{r.randint(1, 999)}@{wpick(r, MAIL)}"
        for m in members:
            m["household"], m["family_email"] = members, email
        self.persons.extend(members)

    def person(self, sn, sex, dob, h, landline, migrant=None) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, sex=sex, dob=dob, sn=sn, home=h, landline=landline, migrant=migrant,
                 husband=None, wife=None, father=None, mother=None, took_name=False, widow=False,
                 age=age)  # fmt: skip
        if migrant:
            return p
        p["given"] = self.given(sex)
        p["old_given"] = None
        if age > 20 and r.random() < 0.07:  # a new given name for luck; older records keep the old
            p["old_given"] = p["given"]
            p["given"] = self.given(sex, lucky=True)
        p["nick"] = self.nick(sex)
        p["id"] = self.citizen_id(dob, h["office"])
        p["mobiles"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.25 else [])
        p["email"] = None
        if age > 15 and r.random() < 0.5:
            lat_g = p["given"]["parts"][0][0].lower()
            lat_s = (
                sn["parts"][0][0].lower()
                if len(sn["parts"]) == 1
                else "".join(x[0] for x in sn["parts"]).lower()
            )
            nick = p["nick"][0].lower()
            local = wpick(r, {f"{lat_g}.{lat_s[:4]}": 3, f"{nick}{r.randint(1, 9999)}": 3,
                              f"{lat_g}{r.randint(1, 99)}": 2, f"{nick}_{lat_g}": 1})  # fmt: skip
            p["email"] = self.unique(
                lambda: local + wpick(r, {"": 5, str(r.randint(1, 99)): 3}) + "@" + wpick(r, MAIL)
            )
        p["move"] = self.home() if age > 20 and r.random() < 0.25 else None
        return p

    def migrants(self) -> None:
        """Workers of one employer from Cambodia or Laos: couples, siblings, singles."""
        r = self.rnd
        emp = r.randrange(len(EMPLOYERS_MIG))
        nat = wpick(r, {"KHM": 65, "LAO": 35})
        h = {"employer": emp, "office": r.choice(["7401", "1027", "1031", "1303", "1907"])}
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            sex = r.choice("MF")
            fam_tab = KH_FAMILY if nat == "KHM" else LA_FAMILY
            giv_tab = (KH_GIVEN if nat == "KHM" else LA_GIVEN)[sex]
            fam, giv = r.choice(fam_tab), r.choice(giv_tab)
            p = self.person({"th": fam[1], "parts": [fam[0]]}, sex, self.dob(19, 50), h, None, nat)
            p["given"] = {"th": giv[1], "parts": [giv[0]]}
            p["old_given"] = None
            p["nick"] = None
            p["year_only"] = r.random() < 0.25
            p["id"] = (
                self.citizen_id(p["dob"], h["office"], foreign=True) if r.random() < 0.8 else None
            )
            p["passport"] = (
                self.unique(lambda: ("N" if nat == "KHM" else "P") + self.digits(7))
                if r.random() < 0.6
                else None
            )
            p["mobiles"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.3 else [])
            cc = "855" if nat == "KHM" else "856"
            p["home_mobile"] = cc + (r.choice(["12", "17", "92", "97"]) + self.digits(6) if nat == "KHM"
                                     else "20" + r.choice("5795") + self.digits(7))  # fmt: skip
            kin_fam, kin_giv = (
                r.choice(fam_tab),
                r.choice((KH_GIVEN if nat == "KHM" else LA_GIVEN)[r.choice("MF")]),
            )
            p["receiver"] = (
                kin_fam[0][0],
                kin_giv[0][0],
                wpick(r, {"MOTHER": 3, "FATHER": 2, "WIFE": 2, "SISTER": 2, "BROTHER": 1}),
            )
            p["receiver_phone"] = (
                p["home_mobile"]
                if r.random() < 0.2
                else cc
                + (
                    r.choice(["12", "17", "92", "97"]) + self.digits(6)
                    if nat == "KHM"
                    else "20" + r.choice("5795") + self.digits(7)
                )
            )
            p["email"] = None
            p["move"] = None
            p["household"] = [p]
            p["family_email"] = None
            self.persons.append(p)

    # ------------------------------------------------------------ written forms
    def roman_part(self, variants: list[str], own: float) -> str:
        r = self.rnd
        v = variants[0] if r.random() < own else r.choice(variants)
        if r.random() < 0.04 and v[-1] in "nltk":  # a doubled final letter (Srisuwann)
            v += v[-1]
        return v

    def roman(self, name: dict, own: float = 0.7) -> str:
        """A name in Latin letters: each part's usual spelling or one a clerk heard."""
        parts = [self.roman_part(v, own) for v in name["parts"]]
        text = "".join(parts)
        if len(name["parts"]) > 1:
            text = text[0].upper() + text[1:].lower()
        if self.rnd.random() < 0.04 and text.startswith("W"):
            text = "V" + text[1:]
        return text

    def thai_typo(self, s: str | None, p: float) -> str | None:
        """A slip in Thai script: a tone mark dropped or added, a letter of the same sound, a
        leading vowel put after its consonant."""
        r = self.rnd
        if not s or r.random() >= p:
            return s
        how = r.random()
        tones = [i for i, c in enumerate(s) if c in TONES]
        if how < 0.35 and tones:
            i = r.choice(tones)
            return s[:i] + s[i + 1 :]
        if how < 0.5:
            i = r.randrange(1, len(s) + 1)
            if "\u0e01" <= s[i - 1] <= "\u0e2e":
                return s[:i] + r.choice(TONES[:2]) + s[i:]
        same = [i for i, c in enumerate(s) if c in SAME_SOUND]
        if how < 0.85 and same:
            i = r.choice(same)
            return s[:i] + r.choice(SAME_SOUND[s[i]]) + s[i + 1 :]
        lead = [i for i, c in enumerate(s[:-1]) if c in "เแโใไ"]
        if lead:
            i = r.choice(lead)
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s[:-1] if len(s) > 3 else s

    def given_now(self, p: dict, stale: float) -> dict:
        """The given name a system holds: the old one where it was registered before a renaming."""
        return p["old_given"] if p["old_given"] and self.rnd.random() < stale else p["given"]

    def sur_now(self, p: dict, stale: float) -> dict:
        """A married woman's family name: her husband's once she took it (a system registered
        before the wedding keeps her maiden name)."""
        if p["took_name"] and self.rnd.random() >= stale:
            return p["husband"]["sn"]
        return p["sn"]

    def title_th(self, p: dict, sur: dict) -> str:
        if p["age"] < 15:
            return TITLES_TH["boy" if p["sex"] == "M" else "girl"]
        if p["sex"] == "M":
            return wpick(self.rnd, {"นาย": 95, "ดร.": 2, "พ.ต.อ.": 1, "ว่าที่ร.ต.": 2})
        married = p["husband"] is not None or p["widow"]
        if married and (sur is not p["sn"] or self.rnd.random() < 0.5):
            return "นาง"
        return "นางสาว"

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def addr_th(self, h: dict, with_province: bool = True) -> str:
        """An address as Thais write it, abbreviations or the words in full."""
        r = self.rnd
        short = r.random() < 0.6
        parts = [h["hno"] if r.random() < 0.7 else f"บ้านเลขที่ {h['hno']}"]
        if h["village"] and r.random() < 0.7:
            parts.append(h["village"][0])
        if h["moo"]:
            parts.append(wpick(r, {f"หมู่ {h['moo']}": 3, f"ม.{h['moo']}": 4, f"หมู่ที่ {h['moo']}": 2}))
        if h["soi"] and r.random() < 0.9:
            parts.append(("ซ." if short else "ซอย") + h["soi"][0])
        if h["road"] and r.random() < 0.85:
            parts.append(("ถ." if short else "ถนน") + h["road"][0])
        bkk = h["bkk"]
        t, a = h["tambon"][0], h["amphoe"][0]
        if bkk:
            parts.append(("แขวง" if r.random() < 0.9 else "") + t)
            parts.append(("เขต" if r.random() < 0.9 else "") + a)
        else:
            parts.append(("ต." if short else "ตำบล") + t)
            a2 = "เมือง" if a.startswith("เมือง") and r.random() < 0.4 else a
            parts.append(("อ." if short else "อำเภอ") + a2)
        if with_province:
            prov = h["province"][0]
            if bkk:
                parts.append(wpick(r, {"กรุงเทพฯ": 4, "กทม.": 3, "กรุงเทพมหานคร": 3}))
            else:
                parts.append(("จ." if short else "จังหวัด") + prov)
        text = " ".join(parts)
        if r.random() < 0.05:
            text = thai_letters(text)
        return text

    def addr_en(self, h: dict) -> str:
        r = self.rnd
        parts = [h["hno"]]
        if h["village"] and r.random() < 0.5:
            parts.append(h["village"][1])
        if h["moo"]:
            parts.append(wpick(r, {f"Moo {h['moo']}": 5, f"M.{h['moo']}": 2, f"Moo.{h['moo']}": 2}))
        if h["soi"] and r.random() < 0.85:
            parts.append(f"Soi {h['soi'][1]}")
        if h["road"] and r.random() < 0.8:
            parts.append(h["road"][1] + wpick(r, {" Rd.": 4, " Road": 3, " Rd": 2}))
        parts.append(h["tambon"][1])
        parts.append(h["amphoe"][1])
        parts.append(
            f"{h['province'][1]} {h['postcode']}" if r.random() < 0.8 else h["province"][1]
        )
        text = ", ".join(parts)
        return text.upper() if r.random() < 0.2 else text

    def phone(self, num: str | None, style: str | None = None) -> str | None:
        """A mobile as typed: ``081-234-5678``, ``0812345678``, ``+66 81 234 5678``,
        ``66812345678``, ``0066812345678``, ``081 234 5678``, in Thai digits now and then."""
        if not num:
            return None
        r = self.rnd
        nsn = num[1:]
        style = style or wpick(
            r,
            {
                "dash": 35,
                "plain": 30,
                "plus": 10,
                "cc": 5,
                "00": 3,
                "space": 12,
                "thai": 3,
                "plusplain": 2,
            },
        )
        out = {"dash": f"{num[:3]}-{num[3:6]}-{num[6:]}", "plain": num, "plus": f"+66 {nsn[:2]} {nsn[2:5]} {nsn[5:]}",
               "cc": "66" + nsn, "00": "0066" + nsn, "space": f"{num[:3]} {num[3:6]} {num[6:]}",
               "thai": thai_letters(f"{num[:3]}-{num[3:6]}-{num[6:]}"), "plusplain": "+66" + nsn}[style]  # fmt: skip
        return out

    def land(self, num: str | None) -> str | None:
        if not num:
            return None
        r = self.rnd
        if num.startswith("02"):
            text = wpick(
                r,
                {
                    f"02-{num[2:5]}-{num[5:]}": 5,
                    num: 3,
                    f"02 {num[2:5]} {num[5:]}": 2,
                    f"+66 2 {num[2:5]} {num[5:]}": 1,
                },
            )
        else:
            text = wpick(
                r, {f"{num[:3]}-{num[3:6]}-{num[6:]}": 5, num: 3, f"{num[:3]} {num[3:]}": 2}
            )
        if r.random() < 0.06:
            text += wpick(r, {f" ต่อ {r.randint(10, 999)}": 1, f" #{r.randint(10, 99)}": 1})
        return text

    def id_text(self, tid: str | None, style: str | None = None, slip: float = 0.015) -> str | None:
        if not tid:
            return None
        r = self.rnd
        if r.random() < slip:  # a digit mistyped
            i = r.randrange(13)
            tid = tid[:i] + str(r.randrange(10)) + tid[i + 1 :]
        style = style or wpick(r, {"dash": 40, "bare": 45, "space": 10, "thai": 5})
        dashed = f"{tid[0]}-{tid[1:5]}-{tid[5:10]}-{tid[10:12]}-{tid[12]}"
        return {
            "dash": dashed,
            "bare": tid,
            "space": dashed.replace("-", " "),
            "thai": thai_letters(dashed),
        }[style]

    def be_date(self, d: dt.date, style: str | None = None) -> str:
        """A birth date in the Buddhist era as a Thai form holds it; a Christian year a clerk
        typed into it now and then."""
        r = self.rnd
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
        y = d.year + BUDDHIST
        if r.random() < 0.05:
            y = d.year  # a Christian year in a Buddhist field
        style = style or wpick(r, {"slash": 60, "short": 15, "long": 10, "thai": 7, "dash": 8})
        if style == "short":
            return f"{d.day} {MONTHS_SHORT[d.month - 1]} {y}"
        if style == "long":
            return f"{d.day} {MONTHS_LONG[d.month - 1]} {y}"
        text = (
            f"{d.day:02d}/{d.month:02d}/{y}"
            if style != "dash"
            else f"{d.day:02d}-{d.month:02d}-{y}"
        )
        return thai_letters(text) if style == "thai" else text

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def whole_th(self, q: dict | None, title: bool = True) -> str | None:
        """Someone else's whole name in Thai script, as a spouse or guarantor column holds it."""
        if q is None:
            return None
        if q["migrant"]:
            return f"{q['given']['th']} {q['sn']['th']}"
        sur = self.sur_now(q, 0.1)
        t = self.title_th(q, sur) if title and self.rnd.random() < 0.6 else ""
        return f"{t}{q['given']['th']} {sur['th']}"

    def relative(self, p: dict) -> dict | None:
        others = [m for m in p["household"] if m is not p and m["age"] >= 18]
        return self.rnd.choice(others) if others else None

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.4)
        if p["migrant"]:  # a migrant's account: the name as the clerk wrote it in Thai script
            given, sur = p["given"]["th"], p["sn"]["th"]
            title = "นาย" if p["sex"] == "M" else wpick(r, {"นาง": 1, "นางสาว": 2})
            addr = EMPLOYERS_MIG[p["home"]["employer"]][1]
            tid = self.id_text(p["id"], "bare") if p["id"] else None
            post = addr[-5:]
            land = None
        else:
            sur_n = self.sur_now(p, 0.1)
            given, sur = self.given_now(p, 0.1)["th"], sur_n["th"]
            title = self.title_th(p, sur_n)
            addr = self.addr_th(a) if r.random() < 0.92 else None
            tid = self.id_text(p["id"])
            post = a["postcode"]
            land = self.land(p["landline"]) if r.random() < 0.8 else None
        spouse = p["husband"] or p["wife"]
        self.add("BANK", p, {
            "รหัสลูกค้า": self.unique(lambda: "C" + self.digits(9)),
            "คำนำหน้า": title if r.random() < 0.97 else None,
            "ชื่อ": self.thai_typo(given, 0.04),
            "นามสกุล": self.thai_typo(sur, 0.04),
            "เลขประจำตัวประชาชน": tid if r.random() < 0.95 else None,
            "วันเกิด": self.be_date(p["dob"]) if r.random() < 0.96 else None,
            "ที่อยู่": addr,
            "รหัสไปรษณีย์": post if r.random() < 0.85 else None,
            "เบอร์มือถือ": self.phone(r.choice(p["mobiles"])) if r.random() < 0.92 else None,
            "เบอร์บ้าน": land,
            "อีเมล": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.7 else None,
            "ชื่อคู่สมรส": self.whole_th(spouse) if spouse and r.random() < 0.5 else None,
        })  # fmt: skip

    def telco(self, p: dict, msisdn: str) -> None:
        r = self.rnd
        a = self.where(p, 0.6)
        if p["migrant"]:
            fam, giv = p["sn"]["parts"][0], p["given"]["parts"][0]
            first = r.choice(giv) if r.random() < 0.3 else giv[0]
            last = r.choice(fam) if r.random() < 0.3 else fam[0]
            if p["migrant"] == "KHM" and r.random() < 0.4:  # Khmer order: family name first
                first, last = last, first
            kind, number = (
                wpick(
                    r,
                    {
                        "PINK CARD": 50 if p["id"] else 0,
                        "PASSPORT": 50 if p["passport"] else 0,
                        "NONE": 5,
                    },
                ),
                None,
            )
            number = (
                p["id"] if kind == "PINK CARD" else p["passport"] if kind == "PASSPORT" else None
            )
            title = "Mr" if p["sex"] == "M" else "Ms"
            addr = EMPLOYERS_MIG[p["home"]["employer"]][1] if r.random() < 0.6 else None
            dob = p["dob"] if not p["year_only"] else dt.date(p["dob"].year, 1, 1)
        else:
            stale = 0.5
            g, s = self.given_now(p, stale), self.sur_now(p, stale)
            in_thai = r.random() < 0.12
            first = g["th"] if in_thai else self.roman(g, 0.65)
            last = s["th"] if in_thai else self.roman(s, 0.6)
            if not in_thai and r.random() < 0.05:
                first = self.typo(first, 1.0)
            if not in_thai and r.random() < 0.3:
                first, last = first.upper(), last.upper()
            kind, number = "CITIZEN ID", self.id_text(p["id"], wpick(r, {"bare": 80, "dash": 20}))
            title = r.choice(TITLES_EN[self.title_th(p, s)])
            addr = self.addr_en(a) if r.random() < 0.75 else None
            dob = p["dob"]
        if p["age"] < 15:  # a child's SIM registered on a parent's id
            parent = p.get("father") or p.get("mother")
            if parent:
                number = self.id_text(parent["id"], "bare")
        if r.random() < 0.04 and not p["migrant"]:
            dtext = f"{dob.year + BUDDHIST}-{dob.month:02d}-{dob.day:02d}"  # a Buddhist year in it
        else:
            dtext = wpick(r, {dob.isoformat(): 70, dob.strftime("%d-%b-%Y").upper(): 30})
        others = [m for m in p["household"] if m is not p]
        contact = (
            r.choice(others)["mobiles"][0]
            if others and r.random() < 0.3
            else r.choice(p["mobiles"])
        )
        self.add("TELCO", p, {
            "SUBSCRIBER_NO": self.unique(lambda: "S" + self.digits(10)),
            "TITLE": title if r.random() < 0.8 else None,
            "FIRST_NAME": first, "LAST_NAME": last,
            "ID_TYPE": kind if number else None, "ID_NO": number if r.random() < 0.97 else None,
            "BIRTH_DATE": dtext if r.random() < 0.85 else None,
            "MSISDN": "66" + msisdn[1:],
            "CONTACT_NO": self.phone(contact) if r.random() < 0.5 else None,
            "BILL_ADDRESS": addr,
            "EMAIL": p["email"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def line_app(self, p: dict) -> None:
        r = self.rnd
        if p["migrant"]:
            nick_lat, nick_th = p["given"]["parts"][0][0].split(" ")[0], p["given"]["th"]
            nick = nick_lat
        else:
            lat, others, th, _ = p["nick"]
            nick_lat = lat if not others or r.random() < 0.8 else r.choice(others)
            nick_th = th
            nick = nick_th if r.random() < 0.55 else nick_lat
        sur_lat = (
            self.roman(self.sur_now(p, 0.2), 0.7) if not p["migrant"] else p["sn"]["parts"][0][0]
        )
        given_lat = self.roman(p["given"], 0.7) if not p["migrant"] else nick_lat
        display = wpick(r, {
            nick_lat: 20, nick_th: 15, f"{nick_lat}🌸": 5, f"น้อง{nick_th}": 5 if p["age"] < 35 else 0,
            f"พี่{nick_th}": 5 if p["age"] >= 30 else 0, f"{nick_lat} {given_lat}": 10, f"{given_lat} {sur_lat}": 10,
            f"{nick_lat.lower()}_{r.randint(1, 999)}": 8, f"แม่{nick_th}": 4 if p["sex"] == "F" and p["age"] > 30 else 0,
            f"{p['given']['th']}": 8, f"{nick_lat.upper()} ✨": 3,
        })  # fmt: skip
        phone_of = p
        if p["age"] < 18 and (p.get("mother") or p.get("father")) and r.random() < 0.5:
            phone_of = p.get("mother") or p.get("father")  # a child's account on a parent's phone
        h = self.where(p, 0.3) if not p["migrant"] else None
        self.add("LINE_APP", p, {
            "member_id": self.unique(lambda: "U" + "".join(r.choice("0123456789abcdef") for _ in range(12))),
            "ชื่อเล่น": nick if r.random() < 0.95 else None,
            "LINE_display_name": display,
            "เบอร์มือถือ": self.phone(phone_of["mobiles"][0], wpick(r, {"plain": 70, "dash": 20, "plus": 10})) if r.random() < 0.9 else None,
            "วันเกิด": p["dob"].isoformat() if r.random() < 0.6 else None,
            "อีเมล": p["email"] if r.random() < 0.5 else None,
            "จังหวัด": h["province"][0] if h and r.random() < 0.7 else None,
            "เพศ": wpick(r, {"ชาย" if p["sex"] == "M" else "หญิง": 70, "M" if p["sex"] == "M" else "F": 20, "ไม่ระบุ": 10}) if r.random() < 0.8 else None,
        })  # fmt: skip

    def lender(self, p: dict) -> None:
        r = self.rnd
        sur_n = self.sur_now(p, 0.25)
        given = self.given_now(p, 0.3)["th"]
        title = self.title_th(p, sur_n)
        name = wpick(r, {f"{title}{given} {sur_n['th']}": 5, f"{title} {given} {sur_n['th']}": 3,
                         f"{given} {sur_n['th']}": 2, f"{given}  {sur_n['th']}": 1})  # fmt: skip
        now = self.where(p, 0.2)
        guarantor = None
        kin = self.relative(p)
        if r.random() < 0.7:
            if kin and r.random() < 0.75:
                guarantor = kin
            else:  # a colleague or a friend
                guarantor = r.choice(self.persons[: max(1, len(self.persons))])
                if guarantor is p or guarantor["migrant"] or guarantor["age"] < 20:
                    guarantor = None
        spouse = p["husband"] or p["wife"]
        self.add("LENDER", p, {
            "เลขที่สัญญา": self.unique(lambda: "HP" + self.digits(8)),
            "ชื่อ-นามสกุล": self.thai_typo(name, 0.05),
            "เลขบัตรประชาชน": self.id_text(p["id"], wpick(r, {"bare": 70, "dash": 30})) if r.random() < 0.97 else None,
            "วันเดือนปีเกิด": self.be_date(p["dob"], wpick(r, {"slash": 80, "short": 20})) if r.random() < 0.95 else None,
            "โทรศัพท์มือถือ": self.phone(p["mobiles"][-1]) if r.random() < 0.95 else None,
            "ที่อยู่ตามทะเบียนบ้าน": self.addr_th(p["home"]) + " " + p["home"]["postcode"] if r.random() < 0.85 else None,
            "ที่อยู่ปัจจุบัน": self.addr_th(now) if r.random() < 0.5 else None,
            "อาชีพ": r.choice(JOBS) if r.random() < 0.8 else None,
            "ชื่อผู้ค้ำประกัน": self.whole_th(guarantor) if guarantor else None,
            "เลขบัตรผู้ค้ำประกัน": self.id_text(guarantor["id"], "bare") if guarantor and r.random() < 0.8 else None,
            "เบอร์ผู้ค้ำประกัน": self.phone(guarantor["mobiles"][0]) if guarantor and r.random() < 0.7 else None,
            "ชื่อคู่สมรส": self.whole_th(spouse, False) if spouse and r.random() < 0.6 else None,
            "เบอร์คู่สมรส": self.phone(spouse["mobiles"][0]) if spouse and r.random() < 0.4 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        fam, giv = p["sn"]["parts"][0], p["given"]["parts"][0]
        f = fam[0] if r.random() < 0.7 else r.choice(fam)
        g = giv[0] if r.random() < 0.7 else r.choice(giv)
        name = f"{f} {g}" if p["migrant"] == "KHM" and r.random() < 0.75 else f"{g} {f}"
        name = name.upper() if r.random() < 0.7 else name
        kind = wpick(
            r, {"PINK CARD": 60 if p["id"] else 0, "PASSPORT": 35 if p["passport"] else 0, "CI": 5}
        )
        number = (
            p["id"]
            if kind == "PINK CARD"
            else p["passport"]
            if kind == "PASSPORT"
            else self.unique(lambda: self.digits(9))
        )
        if kind == "PINK CARD":
            number = self.id_text(number, wpick(r, {"bare": 70, "dash": 30}))
        d = dt.date(p["dob"].year, 1, 1) if p["year_only"] else p["dob"]
        emp_name, emp_addr = EMPLOYERS_MIG[p["home"]["employer"]]
        rf, rg, rel = p["receiver"]
        cc = p["home_mobile"][:3]
        home_nsn = p["home_mobile"][3:]
        self.add("REMIT", p, {
            "sender_name": self.typo(name, 0.05),
            "nationality": p["migrant"] if r.random() < 0.9 else {"KHM": "CAMBODIAN", "LAO": "LAO"}[p["migrant"]],
            "doc_type": kind, "doc_no": number,
            "dob": d.strftime(wpick(r, {"%d/%m/%Y": 70, "%Y-%m-%d": 30})) if r.random() < 0.9 else None,
            "mobile_th": self.phone(r.choice(p["mobiles"]), wpick(r, {"plain": 60, "dash": 30, "plus": 10})) if r.random() < 0.9 else None,
            "mobile_home": wpick(r, {f"+{cc} {home_nsn}": 5, f"00{cc}{home_nsn}": 2, f"0{home_nsn}": 3}) if r.random() < 0.4 else None,
            "employer": emp_name if r.random() < 0.8 else None,
            "workplace_addr": emp_addr if r.random() < 0.6 else None,
            "employer_phone": EMPLOYER_PHONE[p["home"]["employer"]] if r.random() < 0.3 else None,
            "receiver_name": f"{rf} {rg}".upper() if p["migrant"] == "KHM" else f"{rg} {rf}".upper(),
            "receiver_phone": f"+{p['receiver_phone'][:3]} {p['receiver_phone'][3:]}" if r.random() < 0.7 else None,
            "receiver_relation": rel if r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            adult = p["age"] >= 20
            if p["migrant"]:
                for _ in range(r.choice([1, 2, 2, 3, 4])):
                    self.remit(p)
                if r.random() < 0.5:
                    self.telco(p, p["mobiles"][0])
                if r.random() < 0.15:
                    self.bank(p)
                if r.random() < 0.1:
                    self.line_app(p)
            else:
                if p["age"] >= 12 and r.random() < 0.8:
                    self.telco(p, p["mobiles"][0])
                    if len(p["mobiles"]) > 1 and r.random() < 0.7:
                        self.telco(p, p["mobiles"][1])
                    if r.random() < 0.1:  # a SIM swap or a second registration of the same number
                        self.telco(p, p["mobiles"][0])
                if (adult or r.random() < 0.15) and r.random() < 0.7:
                    self.bank(p)
                    if r.random() < 0.1:  # a second customer number at another branch
                        self.bank(p)
                if 8 <= p["age"] <= 70 and r.random() < 0.55:
                    self.line_app(p)
                if adult and p["age"] < 70 and r.random() < 0.4:
                    self.lender(p)
                    if r.random() < 0.2:
                        self.lender(p)
            if len(self.rows) == n0:
                if p["migrant"]:
                    self.remit(p)
                elif p["age"] < 12:
                    self.bank(p)
                else:
                    self.telco(p, p["mobiles"][0])
        return self.shuffled("row_id", "TH")


def thai(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Thai.frame(persons, seed, "row_id")
