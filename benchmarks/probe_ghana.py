"""A Ghanaian group's customers (Ghanaians mostly; Nigerians, Liberians, Sierra Leoneans and
Gambians living in Ghana too): a mobile-money operator's KYC, a bank's core system, an
electricity company's prepaid meters, the pension register and a susu (savings collector) app
with Twi labels, stacked in one file (a ``system`` column; a column of the same name in two
systems is one column).

* Mobile money (``MOMO``), a telco's export: ``MSISDN`` (``233244123456``), ``FIRST_NAME``,
  ``MIDDLE_NAME``, ``LAST_NAME`` as the agent typed them (the day name or the Christian name
  first, now and then the other way round), ``DOB`` (``12-MAR-85``, Oracle's default),
  ``GENDER``, ``ID_TYPE`` / ``ID_NUMBER`` (the Ghana Card, an old voter's id, an NHIS card or a
  passport), ``NOK_NAME`` / ``NOK_MSISDN`` (next of kin: someone else's name and number),
  ``AGENT_MSISDN`` (the registering agent's number, shared by hundreds) and ``TOWN``. A wallet
  registered for an old parent on a child's SIM, or a child's on the mother's, carries the
  other's number.
* Bank (``BANK``), a core system's customer file: ``CIF_NO``, ``TITLE`` (``Mr``, ``Mrs``,
  ``Rev.``, ``Alhaji``, ``Hajia``, ``Nana``, ``Dr``), ``SURNAME``, ``OTHER_NAMES`` (``Kwame
  Emmanuel``, ``Emmanuel K.``), ``DATE_OF_BIRTH`` (``DD/MM/YYYY``; a birth known by its year only
  defaulted to 01/01), ``GHANA_CARD_NO`` (``GHA-123456789-0``, ``GHA1234567890``, the prefix
  dropped), ``TIN`` (the revenue authority's ``P00…`` with its check character, or the Ghana
  Card's PIN, the TIN since 2021), ``MOBILE_NO``, ``HOME_TEL`` (``030 2xx xxxx``), ``EMAIL`` (a
  family's one address now and then), ``RES_ADDRESS`` (``H/No. 12, near Methodist Church,
  Kasoa``, ``P.O. Box 1234, Kumasi``), ``DIGITAL_ADDRESS`` (GhanaPostGPS ``GA-123-4567``),
  ``MOTHERS_MAIDEN_NAME``, ``NEXT_OF_KIN``, ``NOK_RELATIONSHIP``, ``NOK_PHONE``. A married
  woman is under her husband's family name or her own.
* Electricity (``ECG``), prepaid meters: ``Meter No`` (11 digits, the last Luhn's, the
  house's: on each of its holders' rows), ``Customer Name`` (``MENSAH Kwame``, ``Mad. Comfort
  Owusu``, ``Nana Yaw Boateng``), ``Phone`` (in any form, often a son's or a wife's),
  ``GPS Address`` (``GA-123-4567``, ``ga1234567``), ``Landmark`` and ``District``.
* Pensions (``SSNIT``), the register of the employed: ``SSNIT_NO`` (a letter and twelve digits,
  no published check digit), ``NAME`` (``MENSAH, KWAME EMMANUEL``), ``DOB`` (``YYYY-MM-DD``),
  ``SEX``, ``NIA_PIN`` (the Ghana Card's), ``EMPLOYER``, ``PHONE``, ``NOMINEE`` /
  ``NOMINEE_RELATIONSHIP`` / ``NOMINEE_PHONE`` (a beneficiary: a spouse or a child).
* Susu (``SUSU``), a savings collector's app in Twi: ``Din`` (the whole name), ``Awoda`` (the
  birthday, ``12/03/1985`` or with the Akan month's name, ``12 Ɔbɛnem 1985``), ``Fon nɔma``,
  ``Beaeɛ a ɔte`` (where one lives, by a landmark), ``Adwuma`` (a trade: ``Batafoɔ``, shared),
  ``Abusuani`` / ``Abusuani fon nɔma`` (a relative's name and phone) and ``Susu boafoɔ`` (the
  collector's name, shared).

Identity numbers: the Ghana Card's PIN (``GHA-`` nine digits and a check digit whose algorithm
the identification authority has not published; foreigners' cards start with their country's
code, ``NGA-``, ``LBR-``), old voter ids (ten digits), NHIS numbers (eight digits), SSNIT
numbers, the revenue authority's TINs and passports.

What makes it hard: Akan day names (a person's is that of the weekday of their birth) as given
names, alone or beside a Christian one, in any order, written many ways (Kwame/Kwamena/Kuami,
Kofi/Koffi/Fiifi, Kwaku/Kweku, Yaw/Yao/Ekow, Ama/Amma, Akosua/Akos, Abena/Abenaa/Araba,
Efua/Afua/Efia, Adwoa/Adjoa/Ajoa), or cut to an initial; very common family names (Mensah,
Owusu, Boateng, Asante, Osei, Appiah) and their spellings (Agyeman/Agyemang,
Acheampong/Achiampong, Adjei/Agyei, Quarshie/Quashie); Ewe, Ga and Northern names (Kodzo/Kojo,
Dzifa, Nii and Naa before Ga names, Abdul-Rahman/Abdulrahman, Fuseini/Fusheini/Huseini);
honorifics in name fields (Nana, Rev., Alhaji, Hajia, Maame, Auntie); married women under their
own or their husband's family name; Akan children whose family name is not their father's;
sons named after their fathers (``Jnr``); births known by their year only; phones in ``0XX``,
``+233``, ``233`` and ``00233`` forms with spaces, a relative's MoMo number on one's rows and
agents' numbers on hundreds; families on one landline, meter, GhanaPostGPS code and e-mail;
typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import ghana_tin_digit, luhn_digit
from draws import TODAY, Draws, wpick

#: The Akan day names by weekday (Monday first): {spelling: weight} for men and women.
DAY_MALE = [
    {"Kwadwo": 35, "Kojo": 35, "Kwodwo": 10, "Jojo": 5, "Kodzo": 15},
    {"Kwabena": 50, "Kobina": 30, "Kabenla": 5, "Ebo": 15},
    {"Kwaku": 50, "Kweku": 35, "Kuuku": 10, "Kwaaku": 5},
    {"Yaw": 70, "Yao": 20, "Ekow": 10},
    {"Kofi": 65, "Koffi": 15, "Fiifi": 10, "Kofie": 10},
    {"Kwame": 55, "Kwamena": 20, "Kuami": 10, "Kwami": 10, "Komi": 5},
    {"Kwasi": 45, "Kwesi": 30, "Akwasi": 15, "Kosi": 10},
]
DAY_FEMALE = [
    {"Adwoa": 50, "Adjoa": 30, "Ajoa": 10, "Adzo": 10},
    {"Abena": 60, "Abenaa": 15, "Araba": 15, "Abla": 10},
    {"Akua": 60, "Ekua": 25, "Kukua": 10, "Aku": 5},
    {"Yaa": 70, "Aba": 20, "Yawa": 10},
    {"Afua": 45, "Efua": 30, "Afia": 10, "Efia": 10, "Afi": 5},
    {"Ama": 65, "Amma": 20, "Ame": 10, "Ami": 5},
    {"Akosua": 60, "Esi": 20, "Akos": 10, "Kisi": 10},
]
#: Christian / English given names: {canonical: ({spelling: weight}, weight)}.
CHRISTIAN_M = {
    "Emmanuel": ({"Emmanuel": 85, "Emanuel": 10, "Immanuel": 5}, 30), "Samuel": ({"Samuel": 1}, 18),
    "Daniel": ({"Daniel": 1}, 14), "Isaac": ({"Isaac": 90, "Isaak": 10}, 12), "Joseph": ({"Joseph": 1}, 14),
    "Michael": ({"Michael": 85, "Micheal": 15}, 14), "Eric": ({"Eric": 90, "Erick": 10}, 14),
    "Prince": ({"Prince": 1}, 10), "Richard": ({"Richard": 1}, 10), "Stephen": ({"Stephen": 80, "Steven": 20}, 10),
    "Francis": ({"Francis": 1}, 10), "Godfred": ({"Godfred": 60, "Godfried": 30, "Godfrey": 10}, 8),
    "Ebenezer": ({"Ebenezer": 80, "Ebenezar": 20}, 10), "Felix": ({"Felix": 1}, 6), "Bernard": ({"Bernard": 1}, 6),
    "Benjamin": ({"Benjamin": 1}, 8), "Dennis": ({"Dennis": 85, "Denis": 15}, 5), "Collins": ({"Collins": 1}, 6),
    "Solomon": ({"Solomon": 1}, 5), "George": ({"George": 1}, 6),
    "Augustine": ({"Augustine": 80, "Austin": 20}, 5), "Evans": ({"Evans": 1}, 6),
    "Justice": ({"Justice": 1}, 5), "Gideon": ({"Gideon": 1}, 4), "Frederick": ({"Frederick": 70, "Fredrick": 30}, 5),
}  # fmt: skip
CHRISTIAN_F = {
    "Grace": ({"Grace": 1}, 18), "Mercy": ({"Mercy": 1}, 14), "Comfort": ({"Comfort": 1}, 14),
    "Patience": ({"Patience": 1}, 12), "Gifty": ({"Gifty": 1}, 14), "Abigail": ({"Abigail": 85, "Abigal": 15}, 12),
    "Esther": ({"Esther": 1}, 10), "Vida": ({"Vida": 1}, 8), "Priscilla": ({"Priscilla": 80, "Pricilla": 20}, 10),
    "Joyce": ({"Joyce": 1}, 8), "Beatrice": ({"Beatrice": 1}, 8), "Rita": ({"Rita": 1}, 6), "Linda": ({"Linda": 1}, 8),
    "Doris": ({"Doris": 1}, 6), "Cynthia": ({"Cynthia": 85, "Cinthia": 15}, 8), "Florence": ({"Florence": 1}, 6),
    "Elizabeth": ({"Elizabeth": 85, "Elisabeth": 15}, 8), "Dorcas": ({"Dorcas": 1}, 5), "Hannah": ({"Hannah": 80, "Hanna": 20}, 6),
    "Rebecca": ({"Rebecca": 80, "Rebekah": 10, "Rebeca": 10}, 6), "Felicia": ({"Felicia": 1}, 6),
    "Veronica": ({"Veronica": 1}, 5), "Agnes": ({"Agnes": 1}, 5), "Faustina": ({"Faustina": 1}, 4),
    "Josephine": ({"Josephine": 1}, 5), "Millicent": ({"Millicent": 1}, 4), "Sandra": ({"Sandra": 1}, 5),
}  # fmt: skip
#: Ewe and Ga given names beside or instead of a day name.
EWE_M = {"Selasi": ({"Selasi": 60, "Selase": 40}, 10), "Edem": ({"Edem": 1}, 10), "Elikem": ({"Elikem": 1}, 8),
         "Mawuli": ({"Mawuli": 1}, 8), "Senyo": ({"Senyo": 1}, 6), "Etornam": ({"Etornam": 1}, 5)}  # fmt: skip
EWE_F = {"Dzifa": ({"Dzifa": 80, "Jifa": 20}, 10), "Enyonam": ({"Enyonam": 1}, 8), "Esinam": ({"Esinam": 1}, 8),
         "Sena": ({"Sena": 1}, 8), "Mawusi": ({"Mawusi": 1}, 6), "Dela": ({"Dela": 1}, 5)}  # fmt: skip
GA_M = {"Armah": ({"Armah": 80, "Arma": 20}, 10), "Lante": ({"Lante": 1}, 8), "Odartey": ({"Odartey": 1}, 8),
        "Adjetey": ({"Adjetey": 80, "Ajetey": 20}, 8), "Okaitei": ({"Okaitei": 1}, 5), "Tetteh": ({"Tetteh": 1}, 6)}  # fmt: skip
GA_F = {"Dedei": ({"Dedei": 1}, 10), "Ayorkor": ({"Ayorkor": 1}, 10), "Adoley": ({"Adoley": 80, "Adole": 20}, 8),
        "Kokor": ({"Kokor": 1}, 6), "Shika": ({"Shika": 1}, 6), "Korkoi": ({"Korkoi": 1}, 5)}  # fmt: skip
NORTH_M = {
    "Abdul-Rahman": ({"Abdul-Rahman": 40, "Abdulrahman": 30, "Abdul Rahman": 20, "Abdul-Rahaman": 10}, 8),
    "Fuseini": ({"Fuseini": 50, "Fusheini": 30, "Huseini": 20}, 10), "Iddrisu": ({"Iddrisu": 60, "Idrisu": 30, "Idris": 10}, 10),
    "Alhassan": ({"Alhassan": 70, "Alhasan": 30}, 10), "Issah": ({"Issah": 60, "Issa": 40}, 8),
    "Zakaria": ({"Zakaria": 60, "Zakariah": 40}, 6), "Abubakari": ({"Abubakari": 60, "Abukari": 30, "Abubakar": 10}, 8),
    "Mohammed": ({"Mohammed": 60, "Muhammed": 20, "Mohamed": 20}, 12), "Yakubu": ({"Yakubu": 1}, 6),
    "Sulemana": ({"Sulemana": 60, "Suleman": 40}, 6), "Mahama": ({"Mahama": 1}, 6), "Abdulai": ({"Abdulai": 1}, 6),
}  # fmt: skip
NORTH_F = {
    "Amina": ({"Amina": 70, "Aminah": 30}, 10), "Mariama": ({"Mariama": 60, "Mariam": 40}, 10),
    "Ayishetu": ({"Ayishetu": 40, "Aishetu": 30, "Ayisha": 30}, 10), "Fatimatu": ({"Fatimatu": 50, "Fati": 25, "Fatima": 25}, 10),
    "Memuna": ({"Memuna": 70, "Maimuna": 30}, 8), "Rahinatu": ({"Rahinatu": 60, "Rahina": 40}, 6),
    "Sanatu": ({"Sanatu": 1}, 5), "Hawa": ({"Hawa": 1}, 6),
}  # fmt: skip
#: Family names: {canonical: ({spelling: weight}, weight)}.
AKAN_SN = {
    "Mensah": ({"Mensah": 95, "Mensa": 5}, 40), "Owusu": ({"Owusu": 95, "Owusuh": 5}, 30),
    "Boateng": ({"Boateng": 90, "Boaten": 10}, 28), "Asante": ({"Asante": 80, "Asanti": 10, "Ashanti": 10}, 22),
    "Osei": ({"Osei": 1}, 24), "Appiah": ({"Appiah": 85, "Apia": 5, "Appia": 10}, 20),
    "Agyeman": ({"Agyeman": 50, "Agyemang": 45, "Agyaman": 5}, 16), "Acheampong": ({"Acheampong": 75, "Achiampong": 20, "Acheampon": 5}, 14),
    "Ofori": ({"Ofori": 1}, 14), "Amoah": ({"Amoah": 85, "Amoa": 15}, 12), "Adjei": ({"Adjei": 60, "Agyei": 30, "Adjey": 10}, 16),
    "Darko": ({"Darko": 1}, 10), "Antwi": ({"Antwi": 1}, 10), "Opoku": ({"Opoku": 1}, 12), "Sarpong": ({"Sarpong": 1}, 10),
    "Asamoah": ({"Asamoah": 90, "Asamoa": 10}, 10), "Frimpong": ({"Frimpong": 90, "Frimpon": 10}, 10),
    "Ansah": ({"Ansah": 90, "Ansa": 10}, 10), "Bonsu": ({"Bonsu": 1}, 8), "Amponsah": ({"Amponsah": 1}, 8),
    "Gyamfi": ({"Gyamfi": 80, "Gyamfie": 10, "Jamfi": 10}, 8), "Donkor": ({"Donkor": 1}, 8), "Addo": ({"Addo": 1}, 10),
    "Annan": ({"Annan": 1}, 6), "Quansah": ({"Quansah": 80, "Quansa": 20}, 6), "Arthur": ({"Arthur": 1}, 6),
    "Baidoo": ({"Baidoo": 90, "Baidu": 10}, 6), "Essien": ({"Essien": 1}, 6), "Kyei": ({"Kyei": 80, "Kyeii": 5, "Chei": 15}, 6),
    "Nkrumah": ({"Nkrumah": 1}, 5), "Ampofo": ({"Ampofo": 1}, 5), "Kyeremeh": ({"Kyeremeh": 80, "Kyereme": 20}, 5),
    "Mensah-Bonsu": ({"Mensah-Bonsu": 60, "Mensah Bonsu": 40}, 2), "Yeboah": ({"Yeboah": 90, "Yeboa": 10}, 10),
    "Oppong": ({"Oppong": 1}, 8), "Danso": ({"Danso": 1}, 6), "Nyarko": ({"Nyarko": 1}, 6),
}  # fmt: skip
EWE_SN = {
    "Agbeko": ({"Agbeko": 1}, 6), "Ahiable": ({"Ahiable": 1}, 5), "Amedzro": ({"Amedzro": 70, "Amedjro": 30}, 4),
    "Kpodo": ({"Kpodo": 1}, 5), "Dzokoto": ({"Dzokoto": 80, "Dzokotoe": 20}, 4), "Tsikata": ({"Tsikata": 1}, 4),
    "Agbenyega": ({"Agbenyega": 1}, 4), "Dogbe": ({"Dogbe": 1}, 5), "Gbeho": ({"Gbeho": 1}, 3), "Klutse": ({"Klutse": 80, "Klutsey": 20}, 4),
}  # fmt: skip
GA_SN = {
    "Tetteh": ({"Tetteh": 95, "Teteh": 5}, 12), "Quaye": ({"Quaye": 90, "Quay": 10}, 8), "Lartey": ({"Lartey": 1}, 8),
    "Ankrah": ({"Ankrah": 90, "Ankra": 10}, 8), "Lamptey": ({"Lamptey": 80, "Lamptei": 20}, 8), "Nortey": ({"Nortey": 1}, 6),
    "Quarshie": ({"Quarshie": 60, "Quashie": 30, "Kwashie": 10}, 6), "Okine": ({"Okine": 1}, 4), "Odoi": ({"Odoi": 1}, 5),
    "Aryee": ({"Aryee": 1}, 5), "Sowah": ({"Sowah": 90, "Sowa": 10}, 6), "Laryea": ({"Laryea": 1}, 5),
}  # fmt: skip
NORTH_SN = {
    "Mahama": ({"Mahama": 1}, 8), "Iddrisu": ({"Iddrisu": 60, "Idrisu": 40}, 8), "Alhassan": ({"Alhassan": 70, "Alhasan": 30}, 8),
    "Abdulai": ({"Abdulai": 1}, 6), "Yakubu": ({"Yakubu": 1}, 6), "Mohammed": ({"Mohammed": 70, "Muhammed": 15, "Mohamed": 15}, 8),
    "Salifu": ({"Salifu": 1}, 5), "Sulemana": ({"Sulemana": 60, "Suleman": 40}, 5), "Fuseini": ({"Fuseini": 60, "Fusheini": 40}, 5),
    "Seidu": ({"Seidu": 70, "Seidou": 30}, 5), "Osman": ({"Osman": 1}, 4), "Ibrahim": ({"Ibrahim": 1}, 5),
}  # fmt: skip
#: Foreigners living in Ghana: (male given, female given, family names, dialling code, ISO code).
FOREIGN = {
    "NG": ({"Chukwuemeka": ({"Chukwuemeka": 60, "Emeka": 40}, 8), "Oluwaseun": ({"Oluwaseun": 70, "Seun": 30}, 6),
            "Ibrahim": ({"Ibrahim": 1}, 5), "Chinedu": ({"Chinedu": 1}, 5), "Tunde": ({"Tunde": 80, "Babatunde": 20}, 5)},
           {"Ngozi": ({"Ngozi": 1}, 6), "Chiamaka": ({"Chiamaka": 80, "Amaka": 20}, 6), "Funmilayo": ({"Funmilayo": 70, "Funmi": 30}, 5),
            "Blessing": ({"Blessing": 1}, 6)},
           {"Okafor": ({"Okafor": 1}, 6), "Adeyemi": ({"Adeyemi": 1}, 6), "Okonkwo": ({"Okonkwo": 1}, 5), "Eze": ({"Eze": 1}, 5),
            "Bello": ({"Bello": 1}, 4), "Olawale": ({"Olawale": 1}, 4)}, "234", "NGA"),
    "LR": ({"Varney": ({"Varney": 1}, 5), "Momo": ({"Momo": 1}, 4), "Saye": ({"Saye": 1}, 4), "Moses": ({"Moses": 1}, 4)},
           {"Musu": ({"Musu": 1}, 5), "Kebeh": ({"Kebeh": 1}, 4), "Comfort": ({"Comfort": 1}, 4)},
           {"Kollie": ({"Kollie": 1}, 5), "Mulbah": ({"Mulbah": 1}, 4), "Flomo": ({"Flomo": 1}, 4), "Dolo": ({"Dolo": 1}, 3)}, "231", "LBR"),
    "SL": ({"Mohamed": ({"Mohamed": 70, "Mohammed": 30}, 6), "Abu": ({"Abu": 1}, 4), "Alhaji": ({"Alhaji": 1}, 0)},
           {"Fatmata": ({"Fatmata": 80, "Fatmatta": 20}, 6), "Aminata": ({"Aminata": 1}, 5), "Isatu": ({"Isatu": 1}, 4)},
           {"Kamara": ({"Kamara": 1}, 6), "Sesay": ({"Sesay": 1}, 6), "Kargbo": ({"Kargbo": 1}, 4), "Conteh": ({"Conteh": 1}, 4)}, "232", "SLE"),
    "GM": ({"Lamin": ({"Lamin": 1}, 6), "Ebrima": ({"Ebrima": 1}, 5), "Modou": ({"Modou": 1}, 5)},
           {"Isatou": ({"Isatou": 1}, 6), "Fatou": ({"Fatou": 1}, 5), "Mariama": ({"Mariama": 1}, 4)},
           {"Jallow": ({"Jallow": 1}, 6), "Ceesay": ({"Ceesay": 1}, 5), "Touray": ({"Touray": 1}, 4), "Bah": ({"Bah": 1}, 4)}, "220", "GMB"),
}  # fmt: skip
GROUPS = {"akan": 62, "ewe": 12, "ga": 10, "north": 10, "foreign": 6}
FOREIGN_W = {"NG": 55, "LR": 15, "SL": 15, "GM": 15}
#: Cities: (name, GhanaPostGPS district codes, landline code, areas, weight).
CITIES = [
    ("Accra", ["GA", "GE", "GW", "GT"], "0302",
     ["Madina", "Adenta", "Dansoman", "Kaneshie", "Teshie", "Nungua", "Achimota", "Lapaz", "Dome", "Kwabenya",
      "Spintex", "Osu", "Labadi", "Mamprobi", "Abeka"], 38),
    ("Kasoa", ["CX"], "0302", ["Kasoa", "Old Barrier", "Galilea", "Opeikuma", "Millennium City"], 8),
    ("Tema", ["GT"], "0303", ["Comm. 25", "Comm. 1", "Comm. 9", "Ashaiman", "Sakumono", "Kpone"], 8),
    ("Kumasi", ["AK", "AS"], "0322", ["Bantama", "Suame", "Asafo", "Tafo", "Ayigya", "Santasi", "Kwadaso", "Atonsu"], 20),
    ("Takoradi", ["WS"], "0312", ["Effiakuma", "Kwesimintsim", "Anaji", "Sekondi", "Tanokrom"], 7),
    ("Cape Coast", ["CC"], "0332", ["Abura", "Kotokuraba", "Pedu", "Ola", "Amamoma"], 5),
    ("Tamale", ["NT"], "0372", ["Lamashegu", "Sakasaka", "Kalpohin", "Vittin", "Choggu"], 7),
    ("Ho", ["VH"], "0362", ["Bankoe", "Ahoe", "Dome", "Hliha", "Heve"], 4),
    ("Koforidua", ["EN"], "0342", ["Adweso", "Effiduase", "Betom", "Srodae"], 3),
]  # fmt: skip
LANDMARKS = ["Methodist Church", "Presby Church", "Catholic Church", "the Mosque", "Total filling station",
             "Shell filling station", "Goil", "Melcom", "Zongo junction", "Police Station", "the lorry station",
             "Pentecost Church", "SDA Church", "Kingdom Hall", "Star Oil", "the Chief's palace",
             "Nkwantanang market", "the clinic", "Ebenezer School", "Apostolic Church"]  # fmt: skip
STREETS = ["Nii Okaiman St", "Kwame Nkrumah Ave", "Liberation Rd", "Otumfuo Rd", "Lagos Ave", "Mango Tree St",
           "Palace St", "Awudome Rd", "Agbogba Rd", "Abafun Cres"]  # fmt: skip
MTN = ["024", "054", "055", "059", "053", "025"]
MOBILE_PREFIX = {"024": 22, "054": 16, "055": 12, "059": 6, "053": 4, "025": 2, "020": 10, "050": 8,
                 "027": 8, "057": 4, "026": 4, "056": 4}  # fmt: skip
FOREIGN_MOBILE = {"NG": ["803", "806", "813", "703", "816", "905"], "LR": ["77", "88", "55"],
                  "SL": ["76", "77", "78", "30", "88"], "GM": ["7", "3", "9", "2"]}  # fmt: skip
AKAN_MONTHS = ["Ɔpɛpɔn", "Ɔgyefuo", "Ɔbɛnem", "Oforisuo", "Kotonimma", "Ayɛwohomumu", "Kutawonsa",
               "Ɔsanaa", "Ɛbɔ", "Ahinime", "Obubuo", "Ɔpɛnimma"]  # fmt: skip
EMPLOYERS = ["Ghana Education Service", "Ghana Health Service", "GCB Bank", "Ghana Police Service",
             "Melcom Ltd", "Unilever Ghana", "Kasapreko Co. Ltd", "Accra Metropolitan Assembly",
             "Newmont Ghana", "Self employed", "KNUST", "University of Ghana"]  # fmt: skip
TRADES = [
    "Batafoɔ",
    "Adwadifoɔ",
    "Nsu tɔnfoɔ",
    "Kwadwumfoɔ",
    "Tailor",
    "Hairdresser",
    "Trader",
    "Driver",
]
COLLECTORS = [
    "Auntie Akos",
    "Kofi Susu",
    "Maame Esi",
    "Brother Kwame",
    "Yaw Collector",
    "Auntie Abena",
]


def meter(body: str) -> str:
    """An 11-digit prepaid meter number: ten digits and Luhn's check digit (STS, IEC 62055-41)."""
    return body + luhn_digit(body)


class Ghana(Draws):
    SLIP_LETTERS = "aeiouknmr"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.agents = [self.mobile() for _ in range(60)]
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def name(self, table: dict, key: str | None = None) -> dict:
        """A name: its canonical form, the person's own spelling and the spellings heard."""
        r = self.rnd
        if key is None or key not in table:
            keys = [k for k, (_, w) in table.items() if w]
            key = r.choices(keys, [table[k][1] for k in keys])[0]
        spellings = {k: w for k, w in table[key][0].items() if w}
        return {"key": key, "own": wpick(r, spellings), "all": spellings}

    def day_name(self, dob: dt.date, sex: str) -> dict:
        spellings = (DAY_MALE if sex == "M" else DAY_FEMALE)[dob.weekday()]
        own = wpick(self.rnd, spellings)
        return {"key": f"day{dob.weekday()}{sex}", "own": own, "all": spellings}

    def mobile(self, country: str = "GH") -> str:
        """A mobile in its national form with its trunk zero (Ghana ``0244123456``) or, for a
        foreigner's home number, its national significant number."""
        r = self.rnd
        if country == "GH":
            return self.unique(lambda: wpick(r, MOBILE_PREFIX) + self.digits(7))
        p = r.choice(FOREIGN_MOBILE[country])
        return self.unique(lambda: p + self.digits({"NG": 7, "LR": 7, "SL": 6, "GM": 6}[country]))

    def home(self) -> dict:
        r = self.rnd
        city, codes, land, areas, _ = r.choices(CITIES, [c[-1] for c in CITIES])[0]
        return dict(city=city, area=r.choice(areas), land=land, hno=r.randint(1, 300),
                    block=r.choice("ABCDEFGHJK") if r.random() < 0.25 else None,
                    street=r.choice(STREETS) if r.random() < 0.3 else None, landmark=r.choice(LANDMARKS),
                    gps=self.unique(lambda: f"{r.choice(codes)}-{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"),
                    box=r.randint(100, 9999) if r.random() < 0.15 else None,
                    meter=self.unique(lambda: meter(r.choice(["0", "1", "3"]) + self.digits(9))))  # fmt: skip

    def household(self, group: str) -> None:
        r = self.rnd
        country = wpick(r, FOREIGN_W) if group == "foreign" else "GH"
        home = self.home()
        landline = home["land"] + r.choice("2345678") + self.digits(5) if r.random() < 0.2 else None
        sn = self.name(self.surnames(group, country))
        kind = wpick(r, {"single": 28, "couple": 20, "family": 52})
        head_sex = "M" if kind != "single" else wpick(r, {"M": 55, "F": 45})
        grandfather = self.given_of(group, country, "M", self.dob(50, 90))
        head = self.person(
            group, country, sn, head_sex, self.dob(25, 80), home, landline, grandfather
        )
        members = [head]
        wife = None
        if kind != "single":
            wgroup = group if r.random() < 0.8 else wpick(r, {"akan": 60, "ewe": 20, "ga": 20})
            wcountry = country if wgroup == group else "GH"
            wife = self.person(wgroup, wcountry, self.name(self.surnames(wgroup, wcountry)), "F",
                               self.dob(22, 75), home, landline,
                               self.given_of(wgroup, wcountry, "M", self.dob(50, 90)), husband=head)  # fmt: skip
            head["wife"] = wife
            members.append(wife)
        if kind == "family":
            for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                sex = r.choice("MF")
                # Akan children get a name their father chooses: often not his family name.
                own_sn = group == "akan" and r.random() < 0.35
                ksn = self.name(self.surnames(group, country)) if own_sn else sn
                kid = self.person(group, country, ksn, sex, self.dob(14, 38), home, landline, head)
                if sex == "M" and r.random() < 0.1:  # named after his father: Kwame Mensah Jnr
                    kid["christian"], kid["other"], kid["sn"] = (
                        head["christian"],
                        head["other"],
                        head["sn"],
                    )
                    kid["day"] = kid["day"] or head["day"]
                    kid["jnr"] = True
                kid["mother"] = wife
                members.append(kid)
        email = None
        if len(members) > 1 and r.random() < 0.3:  # the family's one e-mail
            email = f"{sn['own'].lower().replace(' ', '').replace('-', '')}family{r.randint(1, 99)}@{wpick(r, {'gmail.com': 70, 'yahoo.com': 30})}"
        for m in members:
            m["household"] = members
            m["head"] = head
            m["family_email"] = email
        self.persons.extend(members)

    def surnames(self, group: str, country: str) -> dict:
        if group == "foreign":
            return FOREIGN[country][2]
        return {"akan": AKAN_SN, "ewe": EWE_SN, "ga": GA_SN, "north": NORTH_SN}[group]

    def given_of(self, group: str, country: str, sex: str, dob: dt.date) -> dict:
        """Someone else's given name (a father's): the Christian, Muslim or day name he goes by."""
        p = {"group": group, "country": country, "sex": sex, "dob": dob}
        self.given_names(p)
        return p["christian"] or p["other"] or p["day"]

    def given_names(self, p: dict) -> None:
        """The given names a person has: a day name, a Christian one, another (Ewe, Ga, Muslim)."""
        r = self.rnd
        g, sex = p["group"], p["sex"]
        p["day"] = p["christian"] = p["other"] = None
        if g == "foreign":
            p["other"] = self.name(FOREIGN[p["country"]][0 if sex == "M" else 1])
            return
        if g == "north":
            p["other"] = self.name(NORTH_M if sex == "M" else NORTH_F)
            return
        day = self.day_name(p["dob"], sex)
        christian = self.name(CHRISTIAN_M if sex == "M" else CHRISTIAN_F)
        if g == "akan":
            how = wpick(r, {"both": 60, "christian": 22, "day": 18})
            p["day"] = day if how != "christian" else None
            p["christian"] = christian if how != "day" else None
        elif g == "ewe":
            how = wpick(r, {"both": 35, "ewe": 25, "christian": 20, "ewe_day": 20})
            p["day"] = day if how in ("both", "ewe_day") else None
            p["christian"] = christian if how in ("both", "christian") else None
            p["other"] = (
                self.name(EWE_M if sex == "M" else EWE_F) if how in ("ewe", "ewe_day") else None
            )
        else:  # Ga: a Ga name after Nii or Naa, a Christian one
            p["other"] = self.name(GA_M if sex == "M" else GA_F)
            p["christian"] = christian if r.random() < 0.75 else None
            p["day"] = day if r.random() < 0.2 else None

    def person(self, group, country, sn, sex, dob, home, landline, father, husband=None) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, group=group, country=country, sex=sex, dob=dob, sn=sn, home=home,
                 landline=landline, father=father, husband=husband, wife=None, mother=None, jnr=False)  # fmt: skip
        self.given_names(p)
        if isinstance(father, dict) and "pid" in father:
            p["father"] = father["christian"] or father["other"] or father["day"]
            p["father_p"] = father
        else:
            p["father_p"] = None
        p["year_only"] = r.random() < (0.3 if age > 50 else 0.07)
        title = None
        if group == "north" and age > 40 and r.random() < 0.4:
            title = "Alhaji" if sex == "M" else "Hajia"
        elif group == "ga" and r.random() < 0.6:
            title = "Nii" if sex == "M" else "Naa"
        elif group == "akan" and r.random() < 0.06:
            title = "Nana"
        elif age > 40 and r.random() < 0.05:
            title = "Rev."
        p["title"] = title
        ghana = country == "GH"
        mobiles = [self.mobile()]
        if r.random() < 0.35:  # a second SIM on another network
            mobiles.append(self.mobile())
        p["mobiles"] = mobiles
        p["home_mobile"] = self.mobile(country) if not ghana and r.random() < 0.6 else None
        code = "GHA" if ghana else FOREIGN[country][4]
        p["card"] = (
            (code, self.unique(lambda: self.digits(9)), str(r.randrange(10)))
            if r.random() < 0.88
            else None
        )
        p["voter"] = (
            self.unique(lambda: self.digits(10))
            if ghana and age > 25 and r.random() < 0.6
            else None
        )
        p["nhis"] = self.unique(lambda: self.digits(8)) if r.random() < 0.5 else None
        p["passport"] = (
            self.unique(lambda: r.choice("GH" if ghana else "AB") + self.digits(7))
            if r.random() < 0.15
            else None
        )
        p["tin"] = None
        if r.random() < 0.4:
            body = "P00" + self.digits(7)
            p["tin"] = body + ghana_tin_digit(body)
        p["ssnit"] = self.unique(lambda: r.choice("ABCDEFGHJKLMNPRSTUVWY") + self.digits(12))
        p["employer"] = r.choice(EMPLOYERS)
        p["email"] = None
        if r.random() < 0.35:
            first = (
                (p["christian"] or p["other"] or p["day"])["own"]
                .lower()
                .split(" ")[0]
                .replace("-", "")
            )
            local = wpick(r, {f"{first}.{sn['own'].lower()}": 4, f"{first}{sn['own'].lower()}{r.randint(1, 99)}": 3,
                              f"{sn['own'].lower()}{first[0]}": 2})  # fmt: skip
            local = local.replace(" ", "").replace("-", "")
            p["email"] = self.unique(lambda: local + wpick(r, {"": 5, str(r.randint(1, 999)): 5}) + "@" +
                                     wpick(r, {"gmail.com": 65, "yahoo.com": 25, "hotmail.com": 10}))  # fmt: skip
        p["move"] = self.home() if r.random() < 0.12 else None
        return p

    # ------------------------------------------------------------ written forms
    def spell(self, name: dict | None, own: float = 0.75) -> str | None:
        if not name:
            return None
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def surname(self, p: dict, married: float, own: float = 0.75) -> str:
        """A family name as a form holds it: a wife's own or her husband's."""
        h = p["husband"]
        if h and h["group"] != "north" and self.rnd.random() < married:
            return self.spell(h["sn"], own)
        return self.spell(p["sn"], own)

    def givens(
        self, p: dict, own: float = 0.75, initials: float = 0.1, drop: float = 0.25
    ) -> list[str]:
        """The given names as written: the day name and the Christian one in either order, one
        of them left out, or cut to an initial."""
        r = self.rnd
        day, ch, other = (
            self.spell(p["day"], own),
            self.spell(p["christian"], own),
            self.spell(p["other"], own),
        )
        if p["group"] == "ga" and p["title"] and other and r.random() < 0.7:
            other = f"{p['title']} {other}"
        names = [n for n in (ch, day, other) if n]
        if p["group"] == "ga" and other and r.random() < 0.5:
            names = [other] + [n for n in names if n != other]
        if len(names) > 1:
            if r.random() < 0.3:
                names = [names[1], names[0], *names[2:]]
            if r.random() < drop:
                names.pop(r.randrange(len(names)))
            elif r.random() < initials:
                i = len(names) - 1
                names[i] = names[i][0] + "."
        return names

    def whole(self, p: dict, order: str = "first", married: float = 0.5, own: float = 0.75) -> str:
        given = " ".join(self.givens(p, own))
        sn = self.surname(p, married, own)
        jnr = wpick(self.rnd, {" Jnr": 50, " Jnr.": 20, " Junior": 10, "": 20}) if p["jnr"] else ""
        if order == "last":
            return f"{sn.upper()} {given}{jnr}"
        if order == "comma":
            return f"{sn.upper()}, {given.upper()}{jnr.upper()}"
        return f"{given} {sn}{jnr}"

    def someone(self, q: dict | None) -> str | None:
        """Another person's whole name, as a next-of-kin or beneficiary column holds it."""
        if q is None:
            return None
        return self.whole(q, wpick(self.rnd, {"first": 80, "last": 20}), 0.7, 0.8)

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def gps(self, h: dict, style: str | None = None) -> str:
        code = h["gps"]
        style = style or wpick(self.rnd, {"dash": 70, "plain": 12, "lower": 8, "space": 10})
        return {"dash": code, "plain": code.replace("-", ""), "lower": code.lower(),
                "space": code.replace("-", " ")}[style]  # fmt: skip

    def address(self, h: dict, box: float = 0.0) -> str:
        """A house as locals write it: its number, a landmark, the area and the town."""
        r = self.rnd
        if h["box"] and r.random() < box:
            return f"{wpick(r, {'P.O. Box ': 50, 'P. O. Box ': 20, 'Box ': 15, 'P.O.Box ': 15})}{h['box']}, {h['city']}"
        hno = f"{h['block']}/{h['hno']}" if h["block"] else str(h["hno"])
        parts = [wpick(r, {f"H/No. {hno}": 35, f"House No. {hno}": 15, f"HSE NO {hno}": 15, f"Hse {hno}": 10,
                           f"Plot {hno}": 10, hno: 15})]  # fmt: skip
        if h["street"] and r.random() < 0.6:
            parts.append(h["street"])
        if r.random() < 0.6:
            parts.append(
                f"{wpick(r, {'near': 45, 'opp.': 15, 'behind': 15, 'close to': 15, 'Opposite': 10})} {h['landmark']}"
            )
        if r.random() < 0.15:
            parts.append(self.gps(h))
        parts.append(h["area"])
        if h["area"] != h["city"] and r.random() < 0.6:
            parts.append(h["city"])
        text = ", ".join(parts)
        return text.upper() if r.random() < 0.2 else text

    def phone(self, num: str | None, style: str | None = None, country: str = "GH") -> str | None:
        """A number as typed: ``024 412 3456``, ``0244123456``, ``+233 24 412 3456``,
        ``233244123456``, ``00233244123456``, ``+233(0)244123456``; a foreign one with its code."""
        if not num:
            return None
        r = self.rnd
        if country != "GH":
            cc = FOREIGN[country][3]
            return wpick(
                r, {f"+{cc}{num}": 50, f"+{cc} {num}": 25, f"00{cc}{num}": 10, f"{cc}{num}": 15}
            )
        nsn = num[1:]
        style = style or wpick(
            r, {"local": 30, "spaced": 25, "plus": 20, "cc": 10, "00": 5, "plus0": 3, "dash": 7}
        )
        return {
            "local": num, "spaced": f"{num[:3]} {num[3:6]} {num[6:]}", "plus": f"+233 {nsn[:2]} {nsn[2:5]} {nsn[5:]}",
            "cc": "233" + nsn, "00": "00233" + nsn, "plus0": f"+233(0){nsn}", "dash": f"{num[:3]}-{num[3:]}",
            "plusplain": "+233" + nsn, "nozero": nsn,
        }[style]  # fmt: skip

    def landline(self, num: str | None) -> str | None:
        if not num:
            return None
        return wpick(self.rnd, {f"{num[:4]} {num[4:7]} {num[7:]}": 40, num: 30, f"{num[:4]}-{num[4:]}": 15,
                                f"+233 {num[1:3]} {num[3:]}": 15})  # fmt: skip

    def date(self, p: dict, fmt: str) -> str | None:
        """A birth date as a system keeps it; a year-only one defaulted to 1 January or a year."""
        r = self.rnd
        d = p["dob"]
        if p["year_only"]:
            year = d.year + (r.choice([-1, 1]) if r.random() < 0.15 else 0)
            how = wpick(r, {"jan1": 60, "jul1": 10, "year": 30 if fmt in ("twi", "bank") else 0})
            if how == "year":
                return str(year)
            d = dt.date(year, 1, 1) if how == "jan1" else dt.date(year, 7, 1)
        if r.random() < 0.02 and d.day <= 12 and d.day != d.month:  # day and month swapped
            d = dt.date(d.year, d.day, d.month)
        if fmt == "oracle":
            return d.strftime("%d-%b-%y").upper()
        if fmt == "iso":
            return d.isoformat()
        if fmt == "twi" and r.random() < 0.25:
            return f"{d.day} {AKAN_MONTHS[d.month - 1]} {d.year}"
        return d.strftime(wpick(r, {"%d/%m/%Y": 75, "%d-%m-%Y": 15, "%d.%m.%Y": 5, "%d/%m/%y": 5}))

    def card(self, p: dict, style: str | None = None) -> str | None:
        """The Ghana Card's PIN as written: ``GHA-123456789-0``, run together, its prefix left out."""
        if not p["card"]:
            return None
        r = self.rnd
        code, nine, check = p["card"]
        if r.random() < 0.02:  # a slip
            i = r.randrange(9)
            nine = nine[:i] + str(r.randrange(10)) + nine[i + 1 :]
        style = style or wpick(
            r, {"dash": 60, "plain": 15, "space": 8, "nocode": 10, "lower": 4, "dash1": 3}
        )
        return {"dash": f"{code}-{nine}-{check}", "plain": f"{code}{nine}{check}", "space": f"{code} {nine} {check}",
                "nocode": f"{nine}-{check}" if r.random() < 0.5 else nine + check,
                "lower": f"{code.lower()}-{nine}-{check}", "dash1": f"{code}-{nine}{check}"}[style]  # fmt: skip

    def id_doc(self, p: dict) -> tuple[str | None, str | None]:
        """(type, number) of the paper shown at a counter."""
        r = self.rnd
        options = {"GHANA CARD": 70 if p["card"] else 0, "VOTER ID": 15 if p["voter"] else 0,
                   "NHIS": 8 if p["nhis"] else 0, "PASSPORT": 7 if p["passport"] else 0}  # fmt: skip
        if not any(options.values()):
            return None, None
        kind = wpick(r, options)
        if kind == "GHANA CARD":
            return wpick(r, {"GHANA CARD": 60, "NIA": 20, "Ghana Card": 20}), self.card(p)
        if kind == "VOTER ID":
            return kind, p["voter"]
        if kind == "NHIS":
            return kind, p["nhis"]
        return kind, p["passport"]

    def kin(self, p: dict) -> dict | None:
        r = self.rnd
        if p["husband"]:
            return p["husband"]
        if p["wife"] and r.random() < 0.7:
            return p["wife"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def relation(self, p: dict, q: dict) -> str:
        if p["husband"] is q or p["wife"] is q:
            return wpick(self.rnd, {"SPOUSE": 50, "WIFE" if q["sex"] == "F" else "HUSBAND": 50})
        if p["head"] is q or q is p.get("mother"):
            return wpick(self.rnd, {"FATHER" if q["sex"] == "M" else "MOTHER": 70, "PARENT": 30})
        if q["head"] is p or q.get("mother") is p:
            return wpick(self.rnd, {"SON" if q["sex"] == "M" else "DAUGHTER": 70, "CHILD": 30})
        return wpick(self.rnd, {"BROTHER" if q["sex"] == "M" else "SISTER": 80, "SIBLING": 20})

    def momo_number(self, p: dict) -> str:
        """The number a wallet is on: one's own, or a relative's (an old parent's wallet on a
        child's SIM, a child's on the mother's)."""
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        others = [m for m in p["household"] if m is not p]
        if others and r.random() < (0.25 if age > 60 or age < 20 else 0.05):
            return r.choice(others)["mobiles"][0]
        return p["mobiles"][0]

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def momo(self, p: dict, msisdn: str) -> None:
        r = self.rnd
        names = self.givens(p, 0.6, 0.05, 0.3)
        first, middle = names[0], " ".join(names[1:]) or None
        last = self.surname(p, 0.5, 0.6)
        if r.random() < 0.1:  # the agent typed the family name first
            first, last = last, first
        if r.random() < 0.5:
            first, last = first.upper(), last.upper()
            middle = middle.upper() if middle else None
        kind, number = self.id_doc(p)
        k = self.kin(p)
        self.add("MOMO", p, {
            "MSISDN": self.phone(msisdn, wpick(r, {"cc": 85, "local": 15})),
            "FIRST_NAME": self.typo(first, 0.04), "MIDDLE_NAME": middle if r.random() < 0.8 else None,
            "LAST_NAME": self.typo(last, 0.04),
            "DOB": self.date(p, "oracle") if r.random() < 0.85 else None,
            "GENDER": wpick(r, {p["sex"]: 70, "MALE" if p["sex"] == "M" else "FEMALE": 30}) if r.random() < 0.9 else None,
            "ID_TYPE": kind, "ID_NUMBER": number if r.random() < 0.95 else None,
            "NOK_NAME": self.someone(k) if k and r.random() < 0.5 else None,
            "NOK_MSISDN": self.phone(k["mobiles"][0], "cc") if k and r.random() < 0.4 else None,
            "AGENT_MSISDN": self.phone(r.choice(self.agents), "cc"),
            "TOWN": self.where(p, 0.3)["area"].upper() if r.random() < 0.7 else None,
        })  # fmt: skip

    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.4)
        age = (TODAY - p["dob"]).days / 365.25
        if p["title"] and p["title"] not in ("Nii", "Naa") and r.random() < 0.7:
            title = p["title"]
        elif p["sex"] == "M":
            title = wpick(r, {"Mr": 85, "Dr": 5, "Mr.": 10})
        else:
            title = "Mrs" if p["husband"] else wpick(r, {"Miss": 60, "Ms": 20, "Mrs": 20})
        tin = p["tin"]
        if p["card"] and (tin is None or r.random() < 0.4):
            tin = self.card(p, "dash")
        mother = p.get("mother")
        k = self.kin(p)
        mobile = r.choice(p["mobiles"])
        self.add("BANK", p, {
            "CIF_NO": self.unique(lambda: "0" + self.digits(9)),
            "TITLE": title if r.random() < 0.95 else None,
            "SURNAME": self.typo(self.surname(p, 0.6, 0.85).upper(), 0.02),
            "OTHER_NAMES": self.typo(" ".join(self.givens(p, 0.85, 0.15, 0.15)), 0.02),
            "DATE_OF_BIRTH": self.date(p, "bank") if r.random() < 0.97 else None,
            "GHANA_CARD_NO": self.card(p) if r.random() < 0.8 else None,
            "TIN": tin if age > 20 and r.random() < 0.6 else None,
            "MOBILE_NO": self.phone(mobile, None) if r.random() < 0.95 else None,
            "HOME_TEL": self.landline(p["landline"]) if r.random() < 0.7 else None,
            "EMAIL": (p["family_email"] if p["family_email"] and r.random() < 0.5 else p["email"]) if r.random() < 0.8 else None,
            "RES_ADDRESS": self.address(a, 0.5) if r.random() < 0.9 else None,
            "DIGITAL_ADDRESS": self.gps(a) if r.random() < 0.6 else None,
            "MOTHERS_MAIDEN_NAME": self.spell(mother["sn"]).upper() if mother and r.random() < 0.6 else None,
            "NEXT_OF_KIN": self.someone(k) if k and r.random() < 0.7 else None,
            "NOK_RELATIONSHIP": self.relation(p, k) if k and r.random() < 0.6 else None,
            "NOK_PHONE": self.phone(k["mobiles"][0]) if k and r.random() < 0.6 else None,
        })  # fmt: skip

    def ecg(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        sur = self.surname(p, 0.6)
        given = " ".join(self.givens(p, 0.7, 0.1, 0.4))
        prefix = ""
        if p["title"] and r.random() < 0.6:
            prefix = p["title"] + " "
        elif p["sex"] == "F" and r.random() < 0.2:
            prefix = wpick(r, {"Mad. ": 40, "Madam ": 20, "Maame ": 20, "Auntie ": 10, "Mrs. ": 10})
        name = wpick(
            r, {f"{sur.upper()} {given}": 40, f"{given} {sur}": 45, f"{given} {sur}".upper(): 15}
        )
        others = [m for m in p["household"] if m is not p]
        phone = (
            r.choice(others)["mobiles"][0]
            if others and r.random() < 0.25
            else r.choice(p["mobiles"])
        )
        self.add("ECG", p, {
            "Meter No": a["meter"] if r.random() < 0.97 else None,
            "Customer Name": self.typo(prefix + name, 0.05),
            "Phone": self.phone(phone) if r.random() < 0.9 else None,
            "GPS Address": self.gps(a) if r.random() < 0.75 else None,
            "Landmark": f"{wpick(r, {'Near ': 60, 'Opp. ': 20, 'Behind ': 20})}{a['landmark']}" if r.random() < 0.6 else None,
            "District": a["area"] if r.random() < 0.85 else None,
        })  # fmt: skip

    def ssnit(self, p: dict) -> None:
        r = self.rnd
        beneficiaries = [q for q in (p["wife"], p["husband"]) if q] + [
            m
            for m in p["household"]
            if m.get("mother") is p or (m["head"] is p and m is not p and m is not p["wife"])
        ]
        q = r.choice(beneficiaries) if beneficiaries else None
        self.add("SSNIT", p, {
            "SSNIT_NO": p["ssnit"] if r.random() < 0.98 else None,
            "NAME": self.typo(self.whole(p, "comma", 0.5, 0.9), 0.02),
            "DOB": self.date(p, "iso") if r.random() < 0.95 else None,
            "SEX": p["sex"] if r.random() < 0.9 else None,
            "NIA_PIN": self.card(p, wpick(r, {"dash": 80, "plain": 20})) if r.random() < 0.7 else None,
            "EMPLOYER": p["employer"],
            "PHONE": self.phone(p["mobiles"][-1]) if r.random() < 0.8 else None,
            "NOMINEE": self.someone(q) if q and r.random() < 0.8 else None,
            "NOMINEE_RELATIONSHIP": self.relation(p, q) if q and r.random() < 0.7 else None,
            "NOMINEE_PHONE": self.phone(q["mobiles"][0]) if q and r.random() < 0.5 else None,
        })  # fmt: skip

    def susu(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        name = self.whole(p, wpick(r, {"first": 75, "last": 25}), 0.7, 0.6)
        if p["sex"] == "F" and r.random() < 0.2:
            name = wpick(r, {"Maame ": 40, "Auntie ": 40, "Sister ": 20}) + name
        k = self.kin(p)
        place = f"{wpick(r, {'near ': 50, 'Near ': 30, '': 20})}{a['landmark']}, {a['area']}"
        self.add("SUSU", p, {
            "Din": self.typo(name, 0.06),
            "Awoda": self.date(p, "twi") if r.random() < 0.6 else None,
            "Fon nɔma": self.phone(self.momo_number(p), wpick(r, {"local": 60, "spaced": 30, "plus": 10})),
            "Beaeɛ a ɔte": place if r.random() < 0.85 else None,
            "Adwuma": r.choice(TRADES) if r.random() < 0.7 else None,
            "Abusuani": self.someone(k) if k and r.random() < 0.5 else None,
            "Abusuani fon nɔma": self.phone(k["mobiles"][0], "local") if k and r.random() < 0.4 else None,
            "Susu boafoɔ": r.choice(COLLECTORS),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if r.random() < 0.7:
                self.momo(p, self.momo_number(p))
                if len(p["mobiles"]) > 1 and r.random() < 0.3:  # a wallet on the second SIM
                    self.momo(p, p["mobiles"][1])
            if age >= 18 and r.random() < 0.5:
                self.bank(p)
                if r.random() < 0.06:
                    self.bank(p)
            holder = p is p["head"] or p["wife"] is not None or p["husband"] is not None
            if (holder and r.random() < 0.6) or r.random() < 0.08:
                self.ecg(p)
            if 20 <= age <= 65 and r.random() < 0.45:
                self.ssnit(p)
            if age >= 18 and r.random() < 0.4:
                self.susu(p)
            if len(self.rows) == n0:
                self.momo(p, self.momo_number(p))
        return self.shuffled("row_id", "GH")


def ghana(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Ghana.frame(persons, seed, "row_id")
