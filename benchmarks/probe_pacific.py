"""A Pacific remittance, telco and bank group's customers: Samoans, Tongans, Fijians and
Indo-Fijians at home and in New Zealand and Australia, and New Zealand Māori, in five systems
stacked in one file (a ``system`` column; a column of the same name in two systems is one column).

* New Zealand bank (``NZ_BANK``), one row per account (a joint account or a second product typed
  again): ``Customer Number``, ``Title``, ``First Name`` (a Samoan's matai title now and then
  before the given name: ``Seiuli Ioane``), ``Middle Names``, ``Surname``, ``Date of Birth``
  (``14/03/1985``), ``IRD Number`` (eight or nine digits, the last a mod-11 check digit with its
  second weighting: ``123-456-789``, ``49-091-850``, bare), ``Mobile Phone`` (``021 123 4567``,
  ``+64 21 123 4567``, ``0211234567``), ``Home Phone`` (the household's landline, ``09 263 1234``,
  ``(09) 263 1234``, seven digits without the area code), ``Email Address``, ``Street Address``
  (``2/14 Bairds Rd``), ``Suburb`` (``Otara`` / ``Ōtara``), ``Town/City``, ``Postcode``,
  ``Next of Kin`` and ``Next of Kin Phone`` (a parent's or a spouse's).
* Samoan telco (``SAMOA_TEL``), prepaid lines' registrations, Samoan columns: ``Numera Telefoni``
  (the line: ``7512345``, ``+685 75 12345``, ``685 7512345``, ``75-12345``), ``Igoa`` (the whole
  name, the matai title first and now and then in place of the family name: ``Tuilaepa Sailele
  Malielegaoi``, ``Tuilaepa Sailele``), ``Aso Fanau`` (``14/03/1985``, ``14.03.85``, ``14 Mati
  1985`` with Samoan months), ``Itupa`` (``Tane``/``Fafine``), ``Nofoaga`` (the village, no
  street or number), ``Itumalo`` (the district), ``Igoa o le Tama`` (the father's name) and
  ``Telefoni o le Aiga`` (the family's landline, five digits). Children's lines in a parent's
  name; diaspora Samoans keep a line for their visits.
* Remittance desk (``REMIT``) in Auckland and Sydney, one row per transfer home: ``Ref No``,
  ``Sender Name`` (capitals, apostrophes dropped), ``Sender Phone`` (the NZ or Australian mobile),
  ``Sender Address`` in one line, ``Sender DOB`` (``1985-03-14``), ``ID Type`` / ``ID Number``
  (a passport, a driver licence), then the receiver's columns in Tongan: ``Hingoa 'o e Ma'u``
  (the receiver's name: a parent or sibling at home), ``Fika Telefoni 'o e Ma'u`` (their phone,
  ``+676 771 2345``, ``+685``, ``+679``), ``Kolo`` (their village) and ``Fekau'aki`` (the
  relation: ``Tamai``, ``Fa'ē``, ``Tokoua``).
* Islands bank (``ISLANDS_BANK``), branches in Suva, Lautoka, Labasa, Nuku'alofa and Apia, English
  columns: ``Customer Name`` (the chiefly ``Ratu``/``Adi``/``Ro`` first; an Indo-Fijian's
  father's name written in it: ``Ram Prasad s/o Shiu Narayan``, ``Sunita Devi f/n Ram Lal``),
  ``Father's Name`` (as KYC asks), ``TIN`` (Fiji's nine digits), ``FNPF No`` (the provident fund's
  member number), ``Date of Birth`` (``14/03/1985``, ``14-Mar-1985``), ``Mobile`` (``9123456``,
  ``+679 912 3456``, ``(679) 7123456``; Tonga's and Samoa's seven digits), ``Postal Address``
  (``P O Box 1234, Nausori``), ``Residential Address`` (``Lot 12 Vatuwaqa St, Suva``, ``Naivicula
  Village, Tailevu``, ``Kolofo'ou``), ``Branch`` and ``Email``.
* Labour-hire payroll (``PALM_PAYROLL``) in Australia: Pacific workers of the seasonal scheme and
  Australian residents, ``Employee ID``, ``Given Names``, ``Family Name``, ``Preferred Name``,
  ``DOB`` (``14/3/1985``, ``14/03/85``), ``TFN`` (nine digits whose weighted sum is a multiple of
  eleven, ``123 456 782``), ``Mobile`` (``0412 345 678``, ``+61 412 345 678``, ``412345678``),
  ``Home Country Phone`` (the worker's own island number or his wife's), ``Address`` (``Unit
  3/45 Carlisle Ave, Mount Druitt NSW 2770``; a worker's hostel shared by dozens),
  ``Passport No``, ``Emergency Contact`` and ``Emergency Contact Phone``.

Names: glottal stops written as apostrophes, ``‘``, ``ʻ`` or left out (``Tu'ilagi``, ``Tuilagi``,
``Fa'amausili``, ``Taufaʻahau``), macrons as they are, doubled or dropped (``Tāmati``, ``Taamati``,
``Tamati``); Samoan matai titles before the name, changing in life and standing for the family
name; Tongan and Fijian children under their father's given name as a family name now and then
(siblings and fathers do not share one); Indo-Fijian women as ``Devi``, ``Wati``, ``Kumari``;
very common Christian given names (Sione, Mele, Losa, Tevita, Ioane, Salote, Viliami) in island
and English forms (Viliami / William, Siaosi / George); large households on one landline and
address, family e-mails, hostels, village addresses, PO Boxes shared by a family.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import ird_digit, tfn_digit
from draws import TODAY, Draws, wpick

#: Given names: {canonical: ({spelling: weight}, weight)}; the apostrophe is a glottal stop.
WS_M = {
    "Ioane": ({"Ioane": 90, "John": 10}, 18), "Sione": ({"Sione": 1}, 14), "Tavita": ({"Tavita": 85, "David": 15}, 10),
    "Iosefa": ({"Iosefa": 85, "Joseph": 15}, 10), "Pita": ({"Pita": 90, "Peter": 10}, 9), "Samuelu": ({"Samuelu": 80, "Samuel": 20}, 9),
    "Falaniko": ({"Falaniko": 1}, 5), "Fa'amoana": ({"Fa'amoana": 1}, 4), "Lealofi": ({"Lealofi": 1}, 4),
    "Malakai": ({"Malakai": 1}, 5), "Paulo": ({"Paulo": 1}, 8), "Semi": ({"Semi": 1}, 5), "Mikaele": ({"Mikaele": 85, "Michael": 15}, 7),
    "Siaosi": ({"Siaosi": 85, "George": 15}, 6), "Aukusitino": ({"Aukusitino": 85, "Augustine": 15}, 3),
    "Sailele": ({"Sailele": 1}, 3), "Tupe": ({"Tupe": 1}, 3), "Fetu": ({"Fetu": 1}, 3), "Leilua": ({"Leilua": 1}, 3),
    "Tanielu": ({"Tanielu": 85, "Daniel": 15}, 5), "Ropati": ({"Ropati": 85, "Robert": 15}, 4), "Tomasi": ({"Tomasi": 1}, 4),
}  # fmt: skip
WS_F = {
    "Mele": ({"Mele": 1}, 12), "Losa": ({"Losa": 85, "Rosa": 15}, 10), "Malia": ({"Malia": 85, "Maria": 15}, 12),
    "Sina": ({"Sina": 1}, 9), "Lupe": ({"Lupe": 1}, 8), "Fa'asalele": ({"Fa'asalele": 1}, 3), "Tala": ({"Tala": 1}, 5),
    "Leilani": ({"Leilani": 1}, 5), "Ana": ({"Ana": 90, "Anna": 10}, 8), "Telesia": ({"Telesia": 85, "Theresa": 15}, 5),
    "Lagi": ({"Lagi": 1}, 4), "Alofa": ({"Alofa": 1}, 5), "Eseta": ({"Eseta": 85, "Esther": 15}, 5), "Luisa": ({"Luisa": 1}, 5),
    "Silia": ({"Silia": 1}, 4), "Fetuao": ({"Fetuao": 1}, 3), "Salote": ({"Salote": 1}, 5), "Faafetai": ({"Fa'afetai": 1}, 3),
    "Matelita": ({"Matelita": 85, "Margaret": 15}, 4), "Elisapeta": ({"Elisapeta": 75, "Elizabeth": 25}, 5),
}  # fmt: skip
WS_SN = {
    "Tu'ilagi": 8, "Fa'amausili": 5, "Leaupepe": 5, "Faleolo": 7, "Toleafoa": 5, "Tuiasosopo": 5, "Sapolu": 5,
    "Fonoti": 5, "Aiono": 5, "Leota": 8, "Tauiliili": 4, "Seiuli": 4, "Pouono": 4, "Lemalu": 4, "Su'a": 6,
    "Fa'alogo": 5, "Aumua": 6, "Lauina": 3, "Matagi": 4, "Fuimaono": 5, "Malielegaoi": 3, "Pouesi": 3,
    "Mulitalo": 4, "Tuimavave": 3, "Ah Kuoi": 2, "Ah Chong": 2, "Betham": 2, "Schmidt": 2, "Annandale": 1,
    "Fa'afiu": 3, "Tavita": 3, "Ioane": 3, "Ta'ase": 3, "So'o": 3, "Afoa": 4, "Vaai": 4, "Lafaele": 3,
}  # fmt: skip
#: Samoan matai titles: many are also families' names.
MATAI = ["Tuilaepa", "Seiuli", "Tofilau", "Lealaiauloto", "Afamasaga", "Tuatagaloa", "Lauofo", "Fuimaono",
         "Leota", "Aiono", "Toleafoa", "Tagaloa", "Fonoti", "Su'a", "Fa'aolatane", "Mulitalo", "Lemalu",
         "Tapusalaia", "Leaupepe", "Fiame", "Tui", "Va'ai", "Lealofi", "Tuala", "Afioga", "Fa'amatuainu"]  # fmt: skip
TO_M = {
    "Sione": ({"Sione": 1}, 20), "Tevita": ({"Tevita": 85, "David": 15}, 14), "Viliami": ({"Viliami": 85, "William": 15}, 14),
    "Siaosi": ({"Siaosi": 85, "George": 15}, 8), "Sitiveni": ({"Sitiveni": 85, "Steven": 15}, 6), "Semisi": ({"Semisi": 85, "James": 15}, 8),
    "Sateki": ({"Sateki": 1}, 5), "Paula": ({"Paula": 1}, 6), "Pita": ({"Pita": 1}, 6), "Mosese": ({"Mosese": 90, "Moses": 10}, 6),
    "Lopeti": ({"Lopeti": 1}, 4), "Taniela": ({"Taniela": 85, "Daniel": 15}, 5), "Feleti": ({"Feleti": 1}, 4),
    "Sifa": ({"Sifa": 1}, 4), "'Aisea": ({"'Aisea": 1}, 4), "Tomasi": ({"Tomasi": 1}, 5), "Siosaia": ({"Siosaia": 1}, 6),
    "Maikolo": ({"Maikolo": 85, "Michael": 15}, 3), "Lisiate": ({"Lisiate": 1}, 3), "Sosefo": ({"Sosefo": 85, "Joseph": 15}, 4),
    "Kalisitiane": ({"Kalisitiane": 1}, 2), "'Inoke": ({"'Inoke": 1}, 3), "Vaea": ({"Vaea": 1}, 2),
}  # fmt: skip
TO_F = {
    "Mele": ({"Mele": 1}, 22), "Salote": ({"Salote": 90, "Charlotte": 10}, 14), "Losa": ({"Losa": 1}, 8),
    "'Ana": ({"'Ana": 90, "Anna": 10}, 8), "Lupe": ({"Lupe": 1}, 6), "Seini": ({"Seini": 85, "Jane": 15}, 6),
    "'Ofa": ({"'Ofa": 1}, 6), "Siosiana": ({"Siosiana": 1}, 5), "Kalolaine": ({"Kalolaine": 85, "Caroline": 15}, 4),
    "Luseane": ({"Luseane": 1}, 4), "Mele'ana": ({"Mele'ana": 1}, 3), "Tupou": ({"Tupou": 1}, 3), "Sela": ({"Sela": 1}, 4),
    "Lesieli": ({"Lesieli": 1}, 3), "Meleane": ({"Meleane": 1}, 3), "'Elisiva": ({"'Elisiva": 80, "Elizabeth": 20}, 3),
    "Vika": ({"Vika": 1}, 3), "Fane": ({"Fane": 1}, 3), "Kalo": ({"Kalo": 1}, 2), "Mafi": ({"Mafi": 1}, 2),
}  # fmt: skip
TO_SN = {
    "Taufa": 7, "Fifita": 8, "Tonga": 5, "Vea": 5, "Havili": 5, "Latu": 8, "Lolohea": 4, "Fonua": 6, "Mahe": 4,
    "Tu'ipulotu": 5, "Fakatava": 3, "Funaki": 6, "Kaufusi": 4, "Moala": 6, "Hufanga": 3, "Kupu": 3, "Lavemai": 3,
    "Pulu": 4, "Ha'unga": 3, "'Aholelei": 3, "Naufahu": 3, "Vaipulu": 3, "Fusitu'a": 4, "Tapueluelu": 3, "Folau": 5,
    "Taumalolo": 3, "Tu'itupou": 3, "Taufa'ahau": 1, "Ma'ake": 3, "Vaka": 3, "Piutau": 3, "Hopoate": 3, "Kata": 3,
    "Manu": 4, "Tuipulotu": 2, "Vainikolo": 4, "Mateaki": 3, "Kioa": 3, "Palu": 3,
}  # fmt: skip
FJ_M = {
    "Jone": ({"Jone": 1}, 12), "Josaia": ({"Josaia": 1}, 10), "Isikeli": ({"Isikeli": 1}, 6), "Apisai": ({"Apisai": 1}, 5),
    "Epeli": ({"Epeli": 1}, 8), "Semi": ({"Semi": 1}, 6), "Inoke": ({"Inoke": 1}, 5), "Manasa": ({"Manasa": 1}, 5),
    "Waisea": ({"Waisea": 1}, 5), "Tevita": ({"Tevita": 1}, 5), "Viliame": ({"Viliame": 85, "William": 15}, 8),
    "Eroni": ({"Eroni": 1}, 4), "Sakiusa": ({"Sakiusa": 1}, 4), "Ilaisa": ({"Ilaisa": 1}, 4), "Josefa": ({"Josefa": 1}, 7),
    "Pita": ({"Pita": 1}, 5), "Sevanaia": ({"Sevanaia": 1}, 3), "Samuela": ({"Samuela": 1}, 6), "Mosese": ({"Mosese": 1}, 5),
    "Timoci": ({"Timoci": 1}, 4), "Joeli": ({"Joeli": 1}, 5), "Aminiasi": ({"Aminiasi": 1}, 3), "Penioni": ({"Penioni": 1}, 3),
}  # fmt: skip
FJ_F = {
    "Mere": ({"Mere": 1}, 12), "Litia": ({"Litia": 1}, 7), "Salote": ({"Salote": 1}, 6), "Ana": ({"Ana": 1}, 6),
    "Vasiti": ({"Vasiti": 1}, 6), "Losana": ({"Losana": 1}, 5), "Akanisi": ({"Akanisi": 1}, 5), "Makereta": ({"Makereta": 1}, 6),
    "Unaisi": ({"Unaisi": 1}, 5), "Kalesi": ({"Kalesi": 1}, 5), "Vika": ({"Vika": 1}, 4), "Asenaca": ({"Asenaca": 1}, 5),
    "Sereana": ({"Sereana": 1}, 5), "Miliakere": ({"Miliakere": 1}, 4), "Luisa": ({"Luisa": 1}, 4), "Elenoa": ({"Elenoa": 1}, 4),
    "Salanieta": ({"Salanieta": 1}, 3), "Torika": ({"Torika": 1}, 3), "Ateca": ({"Ateca": 1}, 4), "Loata": ({"Loata": 1}, 3),
}  # fmt: skip
FJ_SN = {
    "Naivalu": 5, "Ravuvu": 4, "Tabua": 5, "Rokodi": 3, "Waqa": 6, "Qarase": 3, "Vunibaka": 3, "Tikoduadua": 3,
    "Nailatikau": 3, "Rabuka": 3, "Seruvakula": 3, "Koroi": 5, "Naulivou": 3, "Rokotuiwai": 3, "Vakaloloma": 3,
    "Tuidraki": 3, "Baleinabuli": 3, "Cakau": 4, "Delana": 3, "Lomaloma": 3, "Tuinamata": 3, "Ratuva": 4,
    "Naisara": 3, "Vosailagi": 3, "Kunabuli": 3, "Bulivou": 4, "Nakarawa": 3, "Radrodro": 3, "Tuilau": 3,
    "Vuniwaqa": 3, "Tora": 4, "Tuivaga": 3, "Vakacegu": 3, "Naceba": 3, "Nawaqa": 3,
}  # fmt: skip
IF_M = {
    "Ram": ({"Ram": 1}, 6), "Shiu": ({"Shiu": 85, "Shiv": 15}, 4), "Suresh": ({"Suresh": 1}, 6), "Rajesh": ({"Rajesh": 1}, 7),
    "Ashok": ({"Ashok": 1}, 5), "Vijay": ({"Vijay": 1}, 5), "Mahendra": ({"Mahendra": 1}, 4), "Anil": ({"Anil": 1}, 6),
    "Dinesh": ({"Dinesh": 1}, 5), "Pravin": ({"Pravin": 80, "Praveen": 20}, 4), "Ravindra": ({"Ravindra": 1}, 4),
    "Sanjay": ({"Sanjay": 1}, 5), "Mohammed": ({"Mohammed": 55, "Mohammad": 20, "Mohd": 10, "Muhammad": 15}, 8),
    "Abdul": ({"Abdul": 1}, 4), "Krishna": ({"Krishna": 1}, 4), "Rohit": ({"Rohit": 1}, 3), "Ravinesh": ({"Ravinesh": 1}, 4),
    "Ronil": ({"Ronil": 1}, 4), "Shalendra": ({"Shalendra": 85, "Shalend": 15}, 3), "Avinesh": ({"Avinesh": 1}, 4),
    "Praneel": ({"Praneel": 1}, 3), "Navin": ({"Navin": 80, "Naveen": 20}, 3), "Sunil": ({"Sunil": 1}, 5), "Hari": ({"Hari": 1}, 3),
}  # fmt: skip
IF_F = {
    "Sunita": ({"Sunita": 1}, 7), "Anita": ({"Anita": 1}, 6), "Shanti": ({"Shanti": 85, "Shantee": 15}, 5),
    "Kamla": ({"Kamla": 80, "Kamala": 20}, 5), "Savita": ({"Savita": 1}, 5), "Radha": ({"Radha": 1}, 4), "Priya": ({"Priya": 1}, 5),
    "Shalini": ({"Shalini": 1}, 5), "Asha": ({"Asha": 1}, 4), "Rekha": ({"Rekha": 1}, 4), "Usha": ({"Usha": 1}, 4),
    "Nirmala": ({"Nirmala": 1}, 4), "Sushila": ({"Sushila": 1}, 4), "Farzana": ({"Farzana": 1}, 3), "Shireen": ({"Shireen": 1}, 3),
    "Roshni": ({"Roshni": 1}, 4), "Salma": ({"Salma": 1}, 3), "Reshmi": ({"Reshmi": 1}, 3), "Ashika": ({"Ashika": 1}, 4),
    "Shivani": ({"Shivani": 1}, 3), "Kajal": ({"Kajal": 1}, 3), "Pooja": ({"Pooja": 80, "Puja": 20}, 3),
}  # fmt: skip
IF_SN = {
    "Prasad": 10, "Chand": 8, "Lal": 7, "Kumar": 10, "Narayan": 6, "Singh": 8, "Sharma": 5, "Reddy": 4, "Naidu": 4,
    "Goundar": 4, "Khan": 5, "Ali": 6, "Hussein": 3, "Nand": 4, "Dutt": 3, "Maharaj": 3, "Pillay": 3, "Raj": 4, "Deo": 3,
}  # fmt: skip
#: An Indo-Fijian woman's second name where it is no family name.
IF_WOMAN = {"Devi": 55, "Wati": 15, "Kumari": 15, "Lata": 10, "Bibi": 5}
MA_M = {
    "Tāmati": ({"Tāmati": 1}, 8), "Wiremu": ({"Wiremu": 90, "William": 10}, 8), "Hēmi": ({"Hēmi": 85, "James": 15}, 5),
    "Rāwiri": ({"Rāwiri": 85, "David": 15}, 5), "Tama": ({"Tama": 1}, 4), "Nikora": ({"Nikora": 1}, 3), "Hōhepa": ({"Hōhepa": 1}, 4),
    "Mikaere": ({"Mikaere": 1}, 4), "Ihaia": ({"Ihaia": 1}, 3), "Rewi": ({"Rewi": 1}, 3), "Te Ariki": ({"Te Ariki": 1}, 2),
    "Michael": ({"Michael": 1}, 5), "John": ({"John": 1}, 5), "Daniel": ({"Daniel": 1}, 4),
}  # fmt: skip
MA_F = {
    "Mere": ({"Mere": 1}, 7), "Hine": ({"Hine": 1}, 5), "Aroha": ({"Aroha": 1}, 6), "Moana": ({"Moana": 1}, 5),
    "Ngaio": ({"Ngaio": 1}, 3), "Kiri": ({"Kiri": 1}, 4), "Huia": ({"Huia": 1}, 3), "Anahera": ({"Anahera": 1}, 4),
    "Mihi": ({"Mihi": 1}, 3), "Rangimārie": ({"Rangimārie": 1}, 3), "Sarah": ({"Sarah": 1}, 4), "Anna": ({"Anna": 1}, 3),
}  # fmt: skip
MA_SN = {
    "Ngata": 5, "Te Rangi": 4, "Parata": 4, "Ngāpō": 3, "Wihongi": 3, "Pōmare": 3, "Kereama": 3, "Te Whata": 3,
    "Hōhaia": 3, "Mātene": 3, "Tūhiwai": 2, "Walker": 4, "Smith": 4, "Brown": 3, "Williams": 4, "Tamihana": 3,
    "Te Kani": 2, "Hēnare": 4, "Paewai": 2, "Tāwhai": 2,
}  # fmt: skip
TABLES = {"WS": (WS_M, WS_F, WS_SN), "TO": (TO_M, TO_F, TO_SN), "FJ": (FJ_M, FJ_F, FJ_SN),
          "IF": (IF_M, IF_F, IF_SN), "MA": (MA_M, MA_F, MA_SN)}  # fmt: skip
#: Where each people's households live: at home, in New Zealand, in Australia.
LIVES = {"WS": {"WS": 45, "NZ": 40, "AU": 15}, "TO": {"TO": 40, "NZ": 35, "AU": 25},
         "FJ": {"FJ": 55, "NZ": 15, "AU": 30}, "IF": {"FJ": 50, "NZ": 25, "AU": 25}, "MA": {"NZ": 85, "AU": 15}}  # fmt: skip
HOME = {"WS": "WS", "TO": "TO", "FJ": "FJ", "IF": "FJ", "MA": "NZ"}
GROUPS = {"WS": 32, "TO": 26, "FJ": 15, "IF": 18, "MA": 9}

#: NZ suburbs: (suburb with its macrons, city, postcode, landline area code, streets).
NZ_SUBURBS = [
    ("Ōtara", "Auckland", "2023", "09", ["Otara Rd", "Bairds Rd", "East Tamaki Rd", "Ferguson Rd", "Alexander Cres"], 12),
    ("Māngere", "Auckland", "2022", "09", ["Massey Rd", "Bader Dr", "Kirkbride Rd", "Robertson Rd", "Idlewild Ave"], 12),
    ("Māngere East", "Auckland", "2024", "09", ["Buckland Rd", "Yates Rd", "Raglan St"], 6),
    ("Ōtāhuhu", "Auckland", "1062", "09", ["Great South Rd", "Station Rd", "Princes St"], 7),
    ("Manurewa", "Auckland", "2102", "09", ["Russell Rd", "Weymouth Rd", "Great South Rd", "Finlayson Ave"], 9),
    ("Papatoetoe", "Auckland", "2025", "09", ["Kolmar Rd", "Shirley Rd", "Puhinui Rd"], 7),
    ("Glen Innes", "Auckland", "1072", "09", ["Taniwha St", "Line Rd", "Apirana Ave"], 4),
    ("Porirua", "Porirua", "5022", "04", ["Bedford St", "Warspite Ave", "Mungavin Ave"], 5),
    ("Cannons Creek", "Porirua", "5024", "04", ["Warspite Ave", "Champion St"], 3),
    ("Naenae", "Lower Hutt", "5011", "04", ["Treadwell St", "Seddon St"], 3),
    ("Flaxmere", "Hastings", "4120", "06", ["Flaxmere Ave", "Swansea Rd"], 2),
]  # fmt: skip
AU_SUBURBS = [
    ("Mount Druitt", "NSW", "2770", "02", ["Carlisle Ave", "Luxford Rd", "Hythe St"], 9),
    ("Blacktown", "NSW", "2148", "02", ["Main St", "Flushcombe Rd", "Sunnyholt Rd"], 6),
    ("Liverpool", "NSW", "2170", "02", ["Elizabeth Dr", "Hoxton Park Rd", "Memorial Ave"], 6),
    ("Campbelltown", "NSW", "2560", "02", ["Queen St", "Pembroke Rd"], 4),
    ("Logan Central", "QLD", "4114", "07", ["Wembley Rd", "Ewing Rd"], 6),
    ("Inala", "QLD", "4077", "07", ["Inala Ave", "Kittyhawk Dr"], 4),
    ("Ipswich", "QLD", "4305", "07", ["Brisbane St", "Limestone St"], 3),
    ("St Albans", "VIC", "3021", "03", ["Main Rd E", "Alfrieda St"], 4),
    ("Dandenong", "VIC", "3175", "03", ["Lonsdale St", "Foster St"], 3),
    ("Melton", "VIC", "3337", "03", ["High St", "Coburns Rd"], 3),
]  # fmt: skip
#: The seasonal scheme's hostels: dozens of workers at one address.
HOSTELS = [("14 Fifteenth St", "Mildura", "VIC", "3500"), ("220 Bourbong St", "Bundaberg", "QLD", "4670"),
           ("8 Wyndham St", "Shepparton", "VIC", "3630"), ("31 Banna Ave", "Griffith", "NSW", "2680"),
           ("5 Bromley Rd", "Robinvale", "VIC", "3549")]  # fmt: skip
#: Villages: (village, district or island, landline prefix).
WS_VILLAGES = [("Vaitele", "Tuamasaga"), ("Vailima", "Tuamasaga"), ("Lepea", "Tuamasaga"), ("Moata'a", "Tuamasaga"),
               ("Fasito'otai", "A'ana"), ("Faleasi'u", "A'ana"), ("Leulumoega", "A'ana"), ("Saleimoa", "Tuamasaga"),
               ("Satapuala", "Aiga-i-le-Tai"), ("Falealupo", "Vaisigano"), ("Salelologa", "Fa'asaleleaga"),
               ("Lalomanu", "Atua"), ("Falefa", "Atua"), ("Vaimoso", "Tuamasaga"), ("Sapapali'i", "Fa'asaleleaga"),
               ("Siumu", "Tuamasaga"), ("Safotu", "Gaga'emauga")]  # fmt: skip
TO_VILLAGES = [("Kolofo'ou", "Tongatapu"), ("Ma'ufanga", "Tongatapu"), ("Halaleva", "Tongatapu"),
               ("Kolomotu'a", "Tongatapu"), ("Haveluloto", "Tongatapu"), ("Ha'ateiho", "Tongatapu"),
               ("Tofoa", "Tongatapu"), ("Houma", "Tongatapu"), ("Lapaha", "Tongatapu"), ("Mu'a", "Tongatapu"),
               ("Neiafu", "Vava'u"), ("Pangai", "Ha'apai"), ("Nukunuku", "Tongatapu"), ("Fua'amotu", "Tongatapu")]  # fmt: skip
FJ_TOWNS = [("Suva", "3", ["Vatuwaqa", "Samabula", "Toorak", "Raiwaqa", "Nabua", "Tamavua"], 10),
            ("Nasinu", "3", ["Valelevu", "Nadera", "Kinoya", "Nakasi"], 7), ("Nausori", "3", ["Vunimono", "Davuilevu"], 5),
            ("Lautoka", "6", ["Namoli", "Simla", "Drasa"], 6), ("Nadi", "6", ["Namaka", "Martintar", "Sabeto"], 6),
            ("Ba", "6", ["Rarawai", "Varadoli"], 3), ("Labasa", "8", ["Vunimoli", "Bulileka"], 3)]  # fmt: skip
FJ_VILLAGES = [("Naivicula", "Tailevu"), ("Nakorovou", "Tailevu"), ("Nadroga", "Nadroga"), ("Lomanikoro", "Rewa"),
               ("Bau", "Tailevu"), ("Somosomo", "Cakaudrove"), ("Namatakula", "Nadroga"), ("Nukuloa", "Ba")]  # fmt: skip
FJ_STREETS = ["Ratu Mara Rd", "Princes Rd", "Grantham Rd", "Queens Rd", "Fletcher Rd", "Kings Rd", "Ratu Sukuna Rd",
              "Khalsa Rd", "Vitogo Parade", "Namena Rd"]  # fmt: skip
SAMOAN_MONTHS = ["Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aukuso", "Setema",
                 "Oketopa", "Novema", "Tesema"]  # fmt: skip
MAIL = {"NZ": {"gmail.com": 40, "xtra.co.nz": 15, "hotmail.com": 15, "yahoo.com": 8, "outlook.com": 10, "icloud.com": 6},
        "AU": {"gmail.com": 45, "bigpond.com": 12, "hotmail.com": 15, "outlook.com": 10, "yahoo.com.au": 8, "icloud.com": 6},
        "WS": {"gmail.com": 50, "yahoo.com": 20, "hotmail.com": 15, "lesamoa.net": 10, "samoa.ws": 5},
        "TO": {"gmail.com": 55, "yahoo.com": 20, "hotmail.com": 15, "kalianet.to": 10},
        "FJ": {"gmail.com": 50, "yahoo.com": 15, "hotmail.com": 15, "connect.com.fj": 15, "outlook.com": 5}}  # fmt: skip
#: Relations in the remittance desk's Tongan column.
FEKAUAKI = {
    "father": "Tamai",
    "mother": "Fa'ē",
    "sibling": "Tokoua",
    "spouse": "Mali",
    "other": "Kāinga",
}
QUOTES = {"'": 50, "": 32, "‘": 8, "ʻ": 6, "’": 4}


def fold(s: str) -> str:
    """Macrons dropped (``Tāmati`` → ``Tamati``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def doubled(s: str) -> str:
    """Macrons written as a doubled vowel (``Tāmati`` → ``Taamati``), as Waikato Māori write them."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u0304" and out:
            out.append(out[-1].lower())
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def ascii_upper(s: str) -> str:
    return fold(s).replace("'", "").replace("‘", "").replace("ʻ", "").replace("’", "").upper()


class Pacific(Draws):
    SLIP_LETTERS = "aeioulstn"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.clan(wpick(self.rnd, GROUPS))

    def surname(self, group: str) -> str:
        table = TABLES[group][2]
        return wpick(self.rnd, table)

    def clan(self, group: str) -> None:
        """Parents and their children: some children moved abroad with a spouse and their own."""
        r = self.rnd
        where = wpick(r, LIVES[group])
        sn = self.surname(group)
        chiefly = group == "FJ" and r.random() < 0.1
        home = self.home(where)
        father = self.person(group, "M", self.dob(48, 85), sn, home, chiefly=chiefly)
        members = [father]
        mother = None
        if r.random() < 0.85:
            mother = self.person(
                group, "F", self.dob(45, 80), self.surname(group), home, chiefly=chiefly
            )
            self.marry(father, mother)
            members.append(mother)
        father["kids"] = []
        n_kids = r.choice([1, 2, 3, 3, 4, 5, 6]) if group != "MA" else r.choice([1, 2, 3])
        for _ in range(n_kids):
            sex = r.choice("MF")
            age_hi = (TODAY - (mother or father)["dob"]).days / 365.25 - 18
            kid = self.child(group, sex, max(1.0, age_hi), father, mother, home, chiefly)
            father["kids"].append(kid)
            adult = (TODAY - kid["dob"]).days / 365.25
            if adult >= 22 and r.random() < 0.55:  # moved out, abroad where the clan is at home
                away = wpick(
                    r, {k: v for k, v in LIVES[group].items() if k != HOME[group]} or {"NZ": 1}
                )
                if where != HOME[group]:
                    away = where if r.random() < 0.7 else away
                kid["was"] = home
                nh = self.home(away)
                self.settle(kid, nh)
                spouse_group = group if r.random() < 0.8 else wpick(r, GROUPS)
                spouse = self.person(spouse_group, "F" if sex == "M" else "M", self.dob(20, adult + 6),
                                     self.surname(spouse_group), nh)  # fmt: skip
                husband, wife = (kid, spouse) if sex == "M" else (spouse, kid)
                self.marry(husband, wife)
                hh = [kid, spouse]
                husband["kids"] = []
                for _ in range(r.choice([0, 1, 2, 2, 3, 4])):
                    gk_age = min(adult, (TODAY - wife["dob"]).days / 365.25) - 18
                    if gk_age < 1:
                        break
                    gk = self.child(
                        husband["group"], r.choice("MF"), gk_age, husband, wife, nh, False
                    )
                    husband["kids"].append(gk)
                    hh.append(gk)
                self.household(hh, nh)
            else:
                members.append(kid)
        self.household(members, home)

    def marry(self, husband: dict, wife: dict) -> None:
        husband["spouse"], wife["spouse"] = wife, husband
        # Wives take their husband's family name (or go on under their own); Indo-Fijian ones keep Devi.
        if wife["group"] != "IF" and self.rnd.random() < 0.6:
            wife["maiden"] = wife["sn"]
            wife["sn"] = husband["sn"]

    def child(self, group, sex, age_hi, father, mother, home, chiefly) -> dict:
        r = self.rnd
        lo = max(0.5, age_hi - 25)
        kid_sn = father["sn"]
        if group in ("TO", "FJ") and r.random() < (0.4 if group == "TO" else 0.3):
            kid_sn = father["given"]["own"].split(" ")[
                0
            ]  # the father's given name as a family name
        elif group == "IF" and sex == "M" and r.random() < 0.4:
            kid_sn = father["given"]["own"].split(" ")[0]
        elif group == "WS" and father.get("matai") and r.random() < 0.15:
            kid_sn = father["matai"]
        kid = self.person(group, sex, self.dob(lo, age_hi), kid_sn, home, chiefly=chiefly)
        if sex == "M" and r.random() < 0.08:  # named after his father
            kid["given"] = father["given"]
            kid["middle"] = father["middle"]
            kid["junior"] = True
        kid["father"], kid["mother"] = father, mother
        return kid

    def household(self, members: list[dict], home: dict) -> None:
        r = self.rnd
        landline = self.landline(home) if len(members) > 1 and r.random() < 0.55 else None
        family_email = None
        if len(members) > 2 and r.random() < 0.3:
            stem = ascii_upper(members[0]["sn"]).lower().replace(" ", "")
            family_email = self.unique(lambda: f"{stem}{wpick(r, {'family': 50, 'fam': 20, 'aiga': 15, '': 15})}"
                                               f"{r.randint(1, 99) if r.random() < 0.5 else ''}@"
                                               f"{wpick(r, MAIL[home['country']])}")  # fmt: skip
        for m in members:
            m["household"], m["landline"], m["family_email"] = members, landline, family_email
        self.persons.extend(members)

    def home(self, where: str) -> dict:
        r = self.rnd
        if where == "NZ":
            sub, city, pc, area, streets, _ = r.choices(NZ_SUBURBS, [s[-1] for s in NZ_SUBURBS])[0]
            unit = f"{r.randint(1, 6)}/" if r.random() < 0.25 else ""
            return dict(country="NZ", street=f"{unit}{r.randint(1, 250)} {r.choice(streets)}", suburb=sub, city=city,
                        pc=pc, area=area)  # fmt: skip
        if where == "AU":
            sub, state, pc, area, streets, _ = r.choices(AU_SUBURBS, [s[-1] for s in AU_SUBURBS])[0]
            unit = (
                f"{wpick(r, {'Unit ': 50, 'U': 20, '': 30})}{r.randint(1, 12)}/"
                if r.random() < 0.3
                else ""
            )
            return dict(country="AU", street=f"{unit}{r.randint(1, 180)} {r.choice(streets)}", suburb=sub, city=state,
                        pc=pc, area=area)  # fmt: skip
        if where == "WS":
            village, district = r.choice(WS_VILLAGES)
            return dict(country="WS", village=village, district=district,
                        po=f"P O Box {r.randint(100, 3999)}" if r.random() < 0.2 else None)  # fmt: skip
        if where == "TO":
            village, island = r.choice(TO_VILLAGES)
            return dict(country="TO", village=village, district=island,
                        po=f"P O Box {r.randint(10, 1999)}" if r.random() < 0.25 else None)  # fmt: skip
        if r.random() < 0.25:  # a Fijian village
            village, province = r.choice(FJ_VILLAGES)
            return dict(country="FJ", village=village, district=province, town=None, land="3",
                        po=f"P O Box {r.randint(10, 999)}, Nausori" if r.random() < 0.3 else None)  # fmt: skip
        town, land, areas, _ = r.choices(FJ_TOWNS, [t[-1] for t in FJ_TOWNS])[0]
        return dict(country="FJ", village=None, district=r.choice(areas), town=town, land=land,
                    street=f"Lot {r.randint(1, 90)} {r.choice(FJ_STREETS)}" if r.random() < 0.6 else
                    f"{r.randint(1, 120)} {r.choice(FJ_STREETS)}",
                    po=f"P O Box {r.randint(100, 9999)}, {town}" if r.random() < 0.35 else None)  # fmt: skip

    def landline(self, home: dict) -> str:
        r = self.rnd
        c = home["country"]
        if c == "NZ":
            return self.unique(lambda: home["area"][1:] + r.choice("2345689") + self.digits(6))
        if c == "AU":
            return self.unique(lambda: home["area"][1:] + r.choice("4689") + self.digits(7))
        if c == "WS":
            return self.unique(lambda: "2" + self.digits(4))
        if c == "TO":
            return self.unique(lambda: r.choice("23") + self.digits(4))
        return self.unique(lambda: home["land"] + self.digits(6))

    def mobile(self, country: str) -> str:
        """A mobile's national digits (without the trunk 0)."""
        r = self.rnd
        if country == "NZ":
            return self.unique(
                lambda: (
                    wpick(r, {"21": 45, "22": 20, "27": 35}) + self.digits(r.choice([7, 7, 7, 6]))
                )
            )
        if country == "AU":
            return self.unique(lambda: "4" + r.choice("0123456789") + self.digits(7))
        if country == "WS":
            return self.unique(
                lambda: wpick(r, {"75": 30, "77": 30, "72": 20, "76": 20}) + self.digits(5)
            )
        if country == "TO":
            return self.unique(
                lambda: wpick(r, {"77": 35, "78": 15, "84": 30, "87": 20}) + self.digits(5)
            )
        return self.unique(lambda: wpick(r, {"9": 45, "7": 35, "8": 20}) + self.digits(6))

    def person(self, group, sex, dob, sn, home, chiefly=False) -> dict:
        r = self.rnd
        self.pid += 1
        tm, tf, _ = TABLES[group]
        given = self.name(tm if sex == "M" else tf)
        middle = self.name(tm if sex == "M" else tf) if r.random() < 0.45 else None
        if middle and middle["key"] == given["key"]:
            middle = None
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, group=group, sex=sex, dob=dob, given=given, middle=middle, sn=sn, maiden=None,
                 spouse=None, father=None, mother=None, kids=[], junior=False, was=None, matai=None,
                 old_matai=None, chiefly=chiefly and (sex == "M" or r.random() < 0.9))  # fmt: skip
        if group == "IF" and sex == "F" and r.random() < 0.6:
            p["sn"] = wpick(r, IF_WOMAN)
        if group == "WS" and age >= 30 and r.random() < (0.4 if sex == "M" else 0.1):
            p["matai"] = r.choice(MATAI)
            if r.random() < 0.25:
                p["old_matai"] = r.choice(MATAI)
        p["ird"] = p["tfn"] = p["tin"] = p["fnpf"] = None
        self.settle(p, home)
        first = ascii_upper(given["own"]).lower().replace(" ", "")
        last = ascii_upper(sn).lower().replace(" ", "")
        p["email"] = None
        if age >= 15 and r.random() < (0.7 if age < 55 else 0.3):
            local = wpick(r, {f"{first}.{last}": 4, f"{first}{last}": 3, f"{first}{r.randint(1, 99)}": 2,
                              f"{first}_{last}{dob.year % 100:02d}": 2, f"{last}{first[0]}": 1})  # fmt: skip
            p["email"] = self.unique(lambda: local + wpick(r, {"": 4, str(r.randint(1, 999)): 3}) + "@" +
                                     wpick(r, MAIL[home["country"]]))  # fmt: skip
        p["passport"] = self.unique(lambda: {"WS": "S", "TO": "T", "FJ": "B", "IF": "B", "MA": "L"}[group]
                                                 + r.choice("ABCDEFGHJK") + self.digits(6))  # fmt: skip
        if HOME[group] == "FJ" and age >= 18:
            p["tin"] = self.unique(lambda: r.choice("12") + self.digits(8))
            p["fnpf"] = self.unique(lambda: self.digits(r.choice([6, 7])))
        return p

    def settle(self, p: dict, home: dict) -> None:
        """Where ``p`` lives now: the country's ids and phones taken there."""
        r = self.rnd
        p["home"] = home
        age = (TODAY - p["dob"]).days / 365.25
        c = home["country"]
        p.setdefault("mobiles", {})
        if age >= 12 and c not in p["mobiles"] and r.random() < 0.92:
            p["mobiles"][c] = self.mobile(c)
        if c == "NZ" and age >= 16 and not p.get("ird"):
            # Issued from 10,000,000 to 150,000,000: eight digits, or nine from 100,000,000.
            body = self.unique(
                lambda: r.choice(["0", "0", "1"]) + r.choice("123456789") + self.digits(6)
            )
            while ird_digit(body) is None or int(body) >= 15_000_000:
                body = self.unique(
                    lambda: r.choice(["0", "0", "1"]) + r.choice("123456789") + self.digits(6)
                )
            p["ird"] = body + ird_digit(body)
        if c == "AU" and age >= 16 and not p.get("tfn"):
            body = self.unique(lambda: self.digits(8))
            while tfn_digit(body) is None:
                body = self.unique(lambda: self.digits(8))
            p["tfn"] = body + tfn_digit(body)

    # ------------------------------------------------------------ written forms
    def quoted(self, s: str, style: str | None = None) -> str:
        """The glottal stops as a system writes them: an apostrophe, a turned comma, an ʻokina, none."""
        q = wpick(self.rnd, QUOTES) if style is None else style
        return s.replace("'", q)

    def macrons(self, s: str, keep: float) -> str:
        r = self.rnd
        x = r.random()
        return s if x < keep else doubled(s) if x < keep + 0.1 else fold(s)

    def spell(self, name: dict | None, own: float = 0.88) -> str:
        if not name:
            return ""
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def given_text(self, p: dict, middle: float) -> str:
        words = [self.spell(p["given"])]
        if p["middle"] and self.rnd.random() < middle:
            words.append(self.spell(p["middle"]))
        return " ".join(words)

    def sn_text(self, p: dict, maiden: float = 0.15) -> str:
        return p["maiden"] if p["maiden"] and self.rnd.random() < maiden else p["sn"]

    def title(self, p: dict, old: bool = False) -> str | None:
        if old and p["old_matai"]:
            return p["old_matai"]
        return p["matai"]

    def father_name(self, p: dict) -> str | None:
        f = p["father"]
        if not f:
            return None
        return (
            f"{self.spell(f['given'])} {f['sn']}"
            if self.rnd.random() < 0.8
            else self.spell(f["given"])
        )

    def finish(
        self, s: str | None, keep_macrons: float, quote: str | None = None, typo: float = 0.03
    ) -> str | None:
        if s is None:
            return None
        return self.typo(self.quoted(self.macrons(s, keep_macrons), quote), typo)

    def dob_text(self, p: dict, style: str, unknown: float = 0.0) -> str:
        """The birth date in ``style``; one in thirty mistyped (the day and month the other way
        round, a day or a year off), and ``unknown`` of them as 1 January of the year, as island
        offices write a birth date no one knows."""
        r = self.rnd
        d = p["dob"]
        x = r.random()
        if x < unknown:
            d = dt.date(d.year, 1, 1)
        elif x < unknown + 0.033:
            slip = r.random()
            if slip < 0.4 and d.day <= 12:
                d = dt.date(d.year, d.day, d.month)
            elif slip < 0.7:
                d = d + dt.timedelta(days=r.choice([-1, 1, 10]))
            else:
                d = dt.date(d.year + r.choice([-1, 1]), d.month, min(d.day, 28))
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "d/m/yy":
            return f"{d.day}/{d.month}/{d.year % 100:02d}"
        if style == "d/m/y":
            return f"{d.day}/{d.month}/{d.year}"
        if style == "dot":
            return d.strftime("%d.%m.%y")
        if style == "iso":
            return d.isoformat()
        if style == "samoan":
            return f"{d.day} {SAMOAN_MONTHS[d.month - 1]} {d.year}"
        if style == "mon":
            return d.strftime("%d-%b-%Y")
        return d.strftime("%d-%m-%Y")

    def phone(self, country: str, digits: str, style: str | None = None) -> str:
        """A number as people in ``country`` write it (national digits without the trunk 0)."""
        r = self.rnd
        cc = {"NZ": "64", "AU": "61", "WS": "685", "TO": "676", "FJ": "679"}[country]
        if country in ("NZ", "AU"):
            mobile = digits[0] == "4" if country == "AU" else digits[:2] in ("21", "22", "27")
            if country == "NZ":
                a, b = (digits[:2], digits[2:]) if mobile else (digits[:1], digits[1:])
                rest = f"{b[:3]} {b[3:]}"
            else:
                a, b = (digits[:3], digits[3:]) if mobile else (digits[:1], digits[1:])
                rest = f"{b[:3]} {b[3:]}" if mobile else f"{b[:4]} {b[4:]}"
            style = style or wpick(
                r, {"local": 45, "bare": 20, "plus": 20, "plainplus": 8, "paren": 7}
            )
            if style == "local":
                return f"0{a} {rest}"
            if style == "bare":
                return f"0{digits}"
            if style == "plus":
                return f"+{cc} {a} {rest}"
            if style == "plainplus":
                return f"{cc}{digits}"
            if style == "nozero":
                return digits
            if style == "short":  # a landline without its area code
                return b
            return f"(0{a}) {rest}"
        style = style or wpick(r, {"bare": 50, "plus": 25, "plainplus": 10, "dash": 10, "paren": 5})
        split = 2 if len(digits) == 7 and country == "WS" else 3 if len(digits) == 7 else 2
        spaced = f"{digits[:split]} {digits[split:]}"
        if style == "bare":
            return digits
        if style == "plus":
            return f"+{cc} {spaced}"
        if style == "plainplus":
            return f"{cc} {digits}"
        if style == "dash":
            return f"{digits[:split]}-{digits[split:]}"
        return f"({cc}) {digits}"

    def own_phone(self, p: dict, country: str, style: str | None = None) -> str | None:
        """``p``'s mobile in ``country``: an older number where they changed it, now and then."""
        m = p["mobiles"].get(country)
        if m and country in ("NZ", "AU"):
            old = p.setdefault("old_mobile", {})
            if country not in old:
                old[country] = self.mobile(country) if self.rnd.random() < 0.25 else None
            if old[country] and self.rnd.random() < 0.4:
                m = old[country]
        return self.phone(country, m, style) if m else None

    def address_line(self, home: dict) -> str:
        c = home["country"]
        if c == "NZ":
            return f"{home['street']}, {self.macrons(home['suburb'], 0.4)}, {home['city']} {home['pc']}"
        if c == "AU":
            return f"{home['street']}, {home['suburb']} {home['city']} {home['pc']}"
        if c in ("WS", "TO"):
            return self.quoted(f"{home['village']}, {home['district']}")
        if home.get("village"):
            return f"{home['village']} Village, {home['district']}"
        return f"{home.get('street', '')}, {home['district']}, {home['town']}"

    def add(self, system: str, p: dict, row: dict) -> None:
        self.rows.append({"_pid": p["pid"], "system": system, **row})

    # ------------------------------------------------------------ systems
    def nz_bank(self, p: dict, home: dict) -> None:
        r = self.rnd
        keep = 0.15 if p["group"] != "MA" else 0.4
        quote = wpick(r, {"'": 55, "": 40, "’": 5})
        first = self.given_text(p, 0.2)
        middle = self.spell(p["middle"]) if p["middle"] and r.random() < 0.6 else None
        if p["matai"] and r.random() < 0.35:
            first = f"{self.title(p, old=r.random() < 0.5)} {first}"
        surname = self.sn_text(p)
        if p["junior"] and r.random() < 0.4:
            surname += " Jnr"
        caps = r.random() < 0.2
        kin = p["spouse"] or p["mother"] or p["father"]
        kin_phone = None
        if kin:
            for c in ("NZ", "AU", HOME[kin["group"]]):
                if kin["mobiles"].get(c):
                    kin_phone = self.phone(c, kin["mobiles"][c])
                    break
        ird = p["ird"]
        ird_text = None
        if ird and r.random() < 0.85:
            short = ird.lstrip("0") if ird.startswith("0") and r.random() < 0.5 else ird
            ird_text = wpick(
                r,
                {
                    short: 40,
                    f"{ird[:3]}-{ird[3:6]}-{ird[6:]}": 45,
                    f"{ird[:3]} {ird[3:6]} {ird[6:]}": 15,
                },
            )
        land = p["landline"] if home is p["home"] else None
        self.add("NZ_BANK", p, {
            "Customer Number": self.unique(lambda: self.digits(9)),
            "Title": wpick(r, {"Mr": 1} if p["sex"] == "M" else {"Mrs": 50 if p["spouse"] else 0, "Ms": 30, "Miss": 20})
            if r.random() < 0.7 else None,
            "First Name": self.finish(first.upper() if caps else first, keep, quote),
            "Middle Names": self.finish(middle, keep, quote),
            "Surname": self.finish(surname.upper() if caps else surname, keep, quote),
            "Date of Birth": self.dob_text(p, "dmy") if r.random() < 0.95 else None,
            "IRD Number": ird_text,
            "Mobile Phone": self.own_phone(p, "NZ") if r.random() < 0.85 else None,
            "Home Phone": self.phone("NZ", land, wpick(r, {"local": 45, "paren": 25, "short": 20, "plus": 10}))
            if land and home["country"] == "NZ" and r.random() < 0.7 else None,
            "Email Address": (p["family_email"] if p["family_email"] and r.random() < 0.35 else p["email"])
            if r.random() < 0.8 else None,
            "Street Address": self.typo(home["street"], 0.04),
            "Suburb": self.macrons(home["suburb"], keep) if r.random() < 0.9 else None,
            "Town/City": home["city"], "Postcode": home["pc"] if r.random() < 0.9 else None,
            "Next of Kin": self.finish(f"{self.spell(kin['given'])} {kin['sn']}", keep) if kin and r.random() < 0.5 else None,
            "Next of Kin Phone": kin_phone if kin and r.random() < 0.45 else None,
        })  # fmt: skip

    def samoa_tel(self, p: dict, holder: dict, which: str = "WS") -> None:
        """A prepaid line used by ``p`` and registered in ``holder``'s name."""
        r = self.rnd
        h = holder
        given = self.given_text(h, 0.5)
        title = self.title(h, old=r.random() < 0.5)
        sn = self.sn_text(h)
        if title and r.random() < 0.7:
            igoa = f"{title} {given}" if r.random() < 0.35 else f"{title} {given} {sn}"
        else:
            igoa = f"{given} {sn}"
        home = h["home"] if h["home"]["country"] == "WS" else (h["was"] or self.home("WS"))
        if home["country"] != "WS":
            home = self.home("WS")
        line = p["mobiles"].get(which)
        if not line:
            return
        self.add("SAMOA_TEL", p, {
            "Numera Telefoni": self.phone("WS", line),
            "Igoa": self.finish(igoa.upper() if r.random() < 0.3 else igoa, 0.0, typo=0.05),
            "Aso Fanau": self.dob_text(h, wpick(r, {"dmy": 50, "dot": 20, "samoan": 20, "d/m/y": 10}), 0.04)
            if r.random() < 0.8 else None,
            "Itupa": ("Tane" if h["sex"] == "M" else "Fafine") if r.random() < 0.7 else None,
            "Nofoaga": self.quoted(home["village"]) if r.random() < 0.9 else None,
            "Itumalo": self.quoted(home["district"]) if r.random() < 0.6 else None,
            "Igoa o le Tama": self.finish(self.father_name(h), 0.0) if h["father"] and r.random() < 0.5 else None,
            "Telefoni o le Aiga": self.phone("WS", h["landline"], wpick(r, {"bare": 70, "plus": 30}))
            if h["landline"] and h["home"]["country"] == "WS" and r.random() < 0.6 else None,
        })  # fmt: skip

    def remit(self, p: dict, receiver: dict, relation: str) -> None:
        r = self.rnd
        home = p["home"]
        name = f"{self.given_text(p, 0.4)} {self.sn_text(p, 0.1)}"
        id_type = wpick(r, {"Passport": 50, "Driver Licence": 40, "18+ Card": 10})
        if "licence" not in p:  # the papers a sender shows, the same at each transfer
            p["licence"] = self.unique(lambda: (r.choice("ABCDEFGHDK") + r.choice("ABCDEFGHJK") + self.digits(6))
                                       if home["country"] == "NZ" else self.digits(8))  # fmt: skip
            p["nz_passport"] = self.unique(lambda: "L" + r.choice("ABCDEFGH") + self.digits(6))
            p["card18"] = self.unique(lambda: self.digits(9))
            p["own_passport"] = r.random() < 0.5 or home["country"] == "AU" or p["group"] == "MA"
        if id_type == "Passport":
            id_no = p["passport"] if p["own_passport"] else p["nz_passport"]
        elif id_type == "Driver Licence":
            id_no = p["licence"]
        else:
            id_no = p["card18"]
        rc = HOME[receiver["group"]]
        if receiver["home"]["country"] != rc:
            rc = receiver["home"]["country"]
        rphone = receiver["mobiles"].get(rc)
        rhome = receiver["home"]
        self.add("REMIT", p, {
            "Ref No": self.unique(lambda: f"TX{self.digits(8)}"),
            "Sender Name": self.typo(ascii_upper(name) if r.random() < 0.7 else fold(name), 0.04),
            "Sender Phone": self.own_phone(p, home["country"], wpick(r, {"local": 40, "bare": 30, "plus": 30})),
            "Sender Address": self.address_line(home) if r.random() < 0.85 else None,
            "Sender DOB": self.dob_text(p, wpick(r, {"iso": 60, "dmy": 40})) if r.random() < 0.85 else None,
            "ID Type": id_type, "ID Number": id_no,
            "Hingoa 'o e Ma'u": self.finish(f"{self.spell(receiver['given'])} {receiver['sn']}", 0.0, typo=0.05),
            "Fika Telefoni 'o e Ma'u": self.phone(rc, rphone, wpick(r, {"plus": 50, "bare": 35, "plainplus": 15}))
            if rphone else None,
            "Kolo": self.quoted(rhome.get("village") or rhome.get("town") or rhome.get("suburb") or "")
            if r.random() < 0.8 else None,
            "Fekau'aki": FEKAUAKI[relation] if r.random() < 0.7 else None,
            "Amount": str(r.choice([100, 150, 200, 250, 300, 500, 1000])),
        })  # fmt: skip

    def islands_bank(self, p: dict, home: dict) -> None:
        r = self.rnd
        c = home["country"]
        given = self.given_text(p, 0.6)
        sn = self.sn_text(p, 0.2)
        words = f"{given} {sn}"
        if p["chiefly"] and r.random() < 0.7:
            words = f"{'Ratu' if p['sex'] == 'M' else wpick(r, {'Adi': 85, 'Ro': 15})} {words}"
        father = self.father_name(p)
        if p["group"] == "IF" and father and r.random() < 0.45:
            rel = wpick(r, {"s/o" if p["sex"] == "M" else "d/o": 60, "f/n": 40})
            words = f"{words} {rel} {father}"
        elif p["group"] == "WS" and p["matai"] and r.random() < 0.4:
            words = f"{p['matai']} {words}"
        caps = r.random() < 0.5
        if c == "FJ":
            res = (f"{home['village']} Village, {home['district']}" if home.get("village") else
                   f"{home.get('street')}, {home['district']}, {home['town']}" if r.random() < 0.7 else
                   f"{home['district']}, {home['town']}")  # fmt: skip
            branch = home.get("town") or "Nausori"
        else:
            res = self.quoted(f"{home['village']}, {home['district']}")
            branch = "Apia" if c == "WS" else "Nuku'alofa"
        phone = p["mobiles"].get(c)
        self.add("ISLANDS_BANK", p, {
            "Customer Name": self.finish(ascii_upper(words) if caps else words, 0.0),
            "Father's Name": self.finish(father, 0.0) if father and r.random() < 0.5 else None,
            "TIN": (p["tin"] if r.random() < 0.8 else f"{p['tin'][:2]}-{p['tin'][2:]}") if p["tin"] and r.random() < 0.7 else None,
            "FNPF No": p["fnpf"] if p["fnpf"] and r.random() < 0.5 else None,
            "Date of Birth": self.dob_text(p, wpick(r, {"dmy": 60, "mon": 25, "dash": 15}), 0.03) if r.random() < 0.9 else None,
            "Mobile": self.phone(c, phone) if phone and r.random() < 0.9 else None,
            "Postal Address": home.get("po") if r.random() < 0.8 else None,
            "Residential Address": self.typo(res, 0.04) if r.random() < 0.85 else None,
            "Branch": branch,
            "Email": p["email"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def palm_payroll(self, p: dict, worker: bool) -> None:
        r = self.rnd
        if worker:
            street, town, state, pc = r.choice(HOSTELS)
            addr = f"{street}, {town} {state} {pc}"
            if "AU" not in p["mobiles"]:
                p["mobiles"]["AU"] = self.mobile("AU")
            if not p["tfn"]:
                body = self.unique(lambda: self.digits(8))
                while tfn_digit(body) is None:
                    body = self.unique(lambda: self.digits(8))
                p["tfn"] = body + tfn_digit(body)
        else:
            addr = self.address_line(p["home"])
        hc = HOME[p["group"]]
        home_phone = p["mobiles"].get(hc)
        if worker and p["spouse"] and r.random() < 0.4:
            home_phone = p["spouse"]["mobiles"].get(hc) or home_phone
        kin = p["spouse"] or p["mother"] or p["father"]
        kin_phone = None
        if kin:
            kc = kin["home"]["country"]
            kin_phone = self.phone(kc, kin["mobiles"][kc]) if kin["mobiles"].get(kc) else None
        tfn = p["tfn"]
        self.add("PALM_PAYROLL", p, {
            "Employee ID": self.unique(lambda: f"E{self.digits(6)}"),
            "Given Names": self.finish(self.given_text(p, 0.7), 0.5),
            "Family Name": self.finish(self.sn_text(p), 0.5),
            "Preferred Name": self.spell(p["given"], 0.3).split(" ")[0] if r.random() < 0.25 else None,
            "DOB": self.dob_text(p, wpick(r, {"d/m/y": 40, "dmy": 35, "d/m/yy": 25})) if r.random() < 0.95 else None,
            "TFN": wpick(r, {tfn: 40, f"{tfn[:3]} {tfn[3:6]} {tfn[6:]}": 45, f"{tfn[:3]}-{tfn[3:6]}-{tfn[6:]}": 15})
            if tfn and r.random() < 0.85 else None,
            "Mobile": self.own_phone(p, "AU", wpick(r, {"local": 50, "bare": 25, "plus": 15, "nozero": 10}))
            if r.random() < 0.9 else None,
            "Home Country Phone": self.phone(hc, home_phone) if worker and home_phone and r.random() < 0.7 else None,
            "Address": self.typo(addr, 0.04) if r.random() < 0.9 else None,
            "Passport No": p["passport"] if worker and r.random() < 0.8 else None,
            "Emergency Contact": self.finish(f"{self.spell(kin['given'])} {kin['sn']}", 0.3) if kin and r.random() < 0.6 else None,
            "Emergency Contact Phone": kin_phone if kin and r.random() < 0.55 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            c = p["home"]["country"]
            n0 = len(self.rows)
            if c == "NZ" and age >= 16 and r.random() < 0.85:
                for _ in range(
                    wpick(r, {1: 25, 2: 35, 3: 25, 4: 15})
                ):  # a joint account, a card, KiwiSaver
                    self.nz_bank(p, p["home"])
            if c == "AU" and p["was"] is None and age >= 18 and r.random() < 0.25:
                self.nz_bank(p, self.home("NZ"))  # lived in New Zealand before Australia
            if c in ("WS", "TO", "FJ") and age >= 18 and r.random() < 0.8:
                for _ in range(wpick(r, {1: 40, 2: 35, 3: 25})):
                    self.islands_bank(p, p["home"])
            if p["was"] and p["was"]["country"] in ("TO", "FJ", "WS") and r.random() < 0.5:
                self.islands_bank(p, p["was"])  # the account kept at home
            if p["group"] == "WS" and age >= 10:
                if c == "WS" and r.random() < 0.85:
                    if "WS" not in p["mobiles"]:
                        p["mobiles"]["WS"] = self.mobile("WS")
                    parents = [q for q in (p["father"], p["mother"]) if q]
                    holder = r.choice(parents) if age < 18 and parents and r.random() < 0.6 else p
                    self.samoa_tel(p, holder)
                    if age >= 16 and r.random() < 0.3:  # a second line, in the person's own name
                        p["mobiles"]["WS2"] = self.mobile("WS")
                        self.samoa_tel(p, p, "WS2")
                elif c != "WS" and r.random() < 0.35:
                    p["mobiles"].setdefault("WS", self.mobile("WS"))
                    self.samoa_tel(p, p)
            if c in ("NZ", "AU") and p["group"] != "MA" and age >= 18 and r.random() < 0.7:
                kin = [(q, "father") for q in [p["father"]] if q] + [
                    (q, "mother") for q in [p["mother"]] if q
                ]
                if p["father"]:
                    kin += [(q, "sibling") for q in p["father"].get("kids", []) if q is not p]
                    kin += [
                        (q, "other") for q in (p["father"]["father"], p["father"]["mother"]) if q
                    ]
                kin = [(q, rel) for q, rel in kin if q["home"]["country"] not in ("NZ", "AU")]
                if kin:
                    for _ in range(r.choice([1, 2, 2, 3, 4, 6])):  # a transfer a month or so
                        self.remit(p, *r.choice(kin))
            if c == "AU" and age >= 16 and r.random() < 0.6:
                for _ in range(wpick(r, {1: 45, 2: 35, 3: 20})):  # an employer each
                    self.palm_payroll(p, worker=False)
            if c in ("WS", "TO", "FJ") and 21 <= age <= 50 and r.random() < 0.3:
                for _ in range(wpick(r, {1: 50, 2: 30, 3: 20})):  # a season each
                    self.palm_payroll(p, worker=True)
            if len(self.rows) == n0 and age >= 16:
                if c == "NZ":
                    self.nz_bank(p, p["home"])
                elif c == "AU":
                    self.palm_payroll(p, worker=False)
                else:
                    self.islands_bank(p, p["home"])
        return self.shuffled("row_id", "PA")


def pacific(persons: int = 6000, seed: int = 29) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Pacific.frame(persons, seed, "row_id")
