"""A Singapore and Malaysia retail bank's customer file: core banking KYC, credit cards, mobile app
sign-ups and branch / call-centre CRM, stacked in one file (a ``SRC_SYS`` column; a column of the
same name in two systems is one column).

* Core banking KYC (``CBS``): the legal name in capitals (``TAN WEI MING``, ``JASON TAN WEI MING``,
  ``TAN WEI MING, JASON``, ``AHMAD BIN ISMAIL``, ``RAJESH S/O KRISHNAN``, ``RAJESH A/L KRISHNAN``),
  an alias (Hanyu Pinyin or English name), ID type and number (NRIC / FIN with their check letter,
  MyKad with the birth date in it, passport), birth date, HP / home / office phones in the
  entity's national forms, e-mail, ADDR1..ADDR3 + POSTAL_CD + COUNTRY_CD, employer, a joint
  holder's name. Two CIFs for some persons (second entity, a FIN holder who became a PR and got
  an NRIC, a branch that opened a second CIF).
* Credit cards (``CCS``): the embossed name (21 characters at most), the name on the application,
  NRIC_NO, birth date as ``12-MAY-88``, HP / office phone, billing address lines, card's last four;
  supplementary cards of spouses and children on the principal's address and often phone.
* Mobile app (``MBAPP``): typed first / last names (a Chinese surname in either box, ``bin`` and
  ``s/o`` in the last name or not, an English name as the first name), or the Myinfo legal name
  with the full NRIC; otherwise a masked NRIC (``S****567D``); mobile in E.164, ISO birth date,
  postal code.
* CRM (``CRM``): salutation, a contact name as the agent wrote it (``Mdm Lim``, ``Encik Ahmad``,
  ``K. Rajesh``, ``Jason``), the last four of the NRIC / MyKad, contact numbers in any form
  (sometimes the spouse's), e-mail.

Households share home phones, addresses and sometimes an e-mail; colleagues share an office
switchboard; siblings share a surname and a generation name (Tan Wei Ming, Tan Wei Jie) or a
patronymic (bin Ismail); many namesakes (Tan Wei Ming, Muhammad bin Abdullah, Zhang Wei, Harpreet
Singh); dialect and pinyin romanisations of one surname in different persons (Tan/Chen, Lim/Lin,
Ng/Huang, Goh/Wu); cross-border workers with a MyKad and a FIN, a Malaysian address and both
countries' mobiles; stale phones and addresses; typing slips.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import phonenumbers

from draws import TODAY, Draws, records_and_truth, wpick

# ---------------------------------------------------------------- Chinese names
# dialect surname (SG/MY spelling) -> (weight SG, weight MY, pinyin)
CN_SUR = {
    "Tan": (110, 60, "Chen"), "Lim": (70, 65, "Lin"), "Lee": (60, 55, "Li"), "Ng": (45, 35, "Huang"),
    "Ong": (30, 25, "Wang"), "Wong": (35, 60, "Huang"), "Goh": (27, 15, "Wu"), "Chua": (23, 8, "Cai"),
    "Chan": (22, 35, "Chen"), "Koh": (22, 10, "Xu"), "Teo": (20, 8, "Zhang"), "Ang": (18, 8, "Hong"),
    "Yeo": (17, 6, "Yang"), "Tay": (16, 5, "Zheng"), "Ho": (16, 15, "He"), "Low": (16, 12, "Liu"),
    "Toh": (14, 6, "Du"), "Sim": (14, 6, "Shen"), "Chong": (13, 25, "Zhang"), "Chia": (11, 5, "Xie"),
    "Seah": (8, 3, "Xie"), "Foo": (7, 8, "Fu"), "Leong": (8, 15, "Liang"), "Lau": (9, 18, "Liu"),
    "Yap": (10, 20, "Ye"), "Choo": (6, 4, "Zhu"), "Heng": (8, 3, "Wang"), "Kang": (4, 3, "Hong"),
    "Quek": (5, 2, "Guo"), "Pang": (5, 5, "Feng"), "Loh": (8, 12, "Lu"), "Soh": (6, 4, "Su"),
    "Khoo": (6, 12, "Qiu"), "Tham": (3, 6, "Tan"), "Chew": (6, 6, "Zhou"), "Lai": (7, 10, "Lai"),
    "Liew": (5, 12, "Liu"), "Cheah": (4, 10, "Xie"), "Ooi": (6, 15, "Huang"), "Neo": (6, 1, "Liang"),
    "Phua": (4, 1, "Pan"), "Tee": (4, 6, "Zheng"), "Yong": (5, 10, "Yang"), "Chin": (4, 15, "Chen"),
    "Teh": (3, 12, "Zheng"), "Siew": (2, 6, "Xiao"), "Kwek": (2, 1, "Guo"), "Wee": (5, 2, "Huang"),
    "Poh": (4, 2, "Fu"), "Gan": (4, 8, "Yan"), "Hew": (1, 5, "Qiu"), "Looi": (1, 4, "Lei"),
}  # fmt: skip
# given-name syllables: (older, dialect-style) and (younger, pinyin-style); by gender
CN_SYL_M_OLD = ["Kok", "Boon", "Chee", "Kiat", "Hock", "Seng", "Beng", "Soon", "Hong", "Leong",
    "Wee", "Kian", "Guan", "Heng", "Kwang", "Choon", "Teck", "Meng", "Peng", "Ah", "Keng", "Tiong",
    "Yew", "Chye", "Huat", "Swee", "Lian", "Wah", "Kim", "Eng"]  # fmt: skip
CN_SYL_F_OLD = ["Siew", "Lay", "Bee", "Geok", "Hwee", "Poh", "Swee", "Choo", "Peck", "Kim", "Lian",
    "Ah", "Mui", "Hoon", "Gek", "Chin", "Sok", "Eng", "Lee", "Kheng", "Yoke", "Hua", "Luan"]  # fmt: skip
CN_SYL_M_NEW = ["Wei", "Ming", "Jun", "Jie", "Hao", "Zhi", "Jia", "Yong", "Kai", "Xiang", "Rui",
    "Jin", "Han", "Long", "Wen", "Yi", "Sheng", "Hong", "Kang", "Zheng", "Hui", "Xuan", "Yu", "Chen",
    "Feng", "Liang", "Jian", "Hua", "Cheng", "Heng"]  # fmt: skip
CN_SYL_F_NEW = ["Mei", "Ling", "Hui", "Li", "Xin", "Yi", "Wen", "Shu", "Ying", "Xue", "Qi", "Jia",
    "Pei", "Yan", "Min", "Ting", "Ee", "Yun", "Hui", "Jing", "Shan", "Xuan", "En", "Le", "Yu", "Lin",
    "Qing", "Rou", "Si", "Yee"]  # fmt: skip
ENG_M = {"Jason": 5, "Kelvin": 4, "Alvin": 3, "Melvin": 3, "Desmond": 3, "Eugene": 2, "Benjamin": 2,
    "Daniel": 3, "Ryan": 3, "Marcus": 3, "Nicholas": 2, "Jonathan": 2, "Vincent": 3, "Raymond": 3,
    "Kenneth": 3, "Terence": 2, "Gabriel": 1, "Ethan": 2, "Darren": 2, "Eric": 2, "Andy": 2,
    "Jeremy": 2, "Dominic": 1, "Brandon": 1, "Wilson": 2, "Patrick": 1, "Roy": 1, "Edwin": 2,
    "Bryan": 2, "Joshua": 2, "Aaron": 2, "Jeffrey": 2, "Derek": 1, "Gary": 1, "Steven": 2,
    "Alan": 1, "Victor": 1, "Francis": 1, "Leonard": 1, "Samuel": 1}  # fmt: skip
ENG_F = {"Michelle": 4, "Jessica": 3, "Rachel": 3, "Grace": 3, "Jasmine": 3, "Cheryl": 3,
    "Sharon": 3, "Joanne": 2, "Evelyn": 2, "Vivian": 2, "Serene": 2, "Shirley": 2, "Jennifer": 3,
    "Karen": 2, "Angeline": 2, "Irene": 2, "Doris": 1, "Priscilla": 1, "Eileen": 2, "Valerie": 2,
    "Charmaine": 1, "Felicia": 1, "Audrey": 2, "Natalie": 2, "Chloe": 2, "Nicole": 2,
    "Stephanie": 2, "Wendy": 2, "Jacqueline": 1, "Amanda": 2, "Fiona": 1, "Joyce": 2, "Cindy": 1,
    "Winnie": 1, "Janice": 2, "Agnes": 1, "Esther": 1, "Pamela": 1}  # fmt: skip
ENG_SHORT = {"Nicholas": "Nick", "Jonathan": "Jon", "Benjamin": "Ben", "Kenneth": "Ken",
    "Jennifer": "Jenny", "Stephanie": "Steph", "Jacqueline": "Jackie", "Samuel": "Sam",
    "Jeffrey": "Jeff", "Steven": "Steve", "Raymond": "Ray", "Terence": "Terry", "Patrick": "Pat",
    "Valerie": "Val", "Victor": "Vic", "Gabriel": "Gabe", "Leonard": "Len", "Priscilla": "Cilla"}  # fmt: skip
# PRC immigrants: pinyin surnames and given names
PRC_SUR = {"Wang": 10, "Li": 10, "Zhang": 9, "Liu": 7, "Chen": 7, "Yang": 4, "Huang": 4, "Zhao": 3,
    "Wu": 3, "Zhou": 3, "Xu": 2, "Sun": 2, "Ma": 2, "Zhu": 2, "Hu": 2, "Guo": 2, "Lin": 3, "He": 2,
    "Gao": 1, "Luo": 1}  # fmt: skip
PRC_GIVEN_M = {"Wei": 8, "Lei": 4, "Jun": 3, "Qiang": 3, "Yang": 4, "Jie": 3, "Tao": 2, "Bin": 2,
    "Hao": 2, "Haoran": 2, "Yuxuan": 1, "Zihao": 1, "Xiaoming": 2, "Jianguo": 1, "Peng": 2,
    "Chao": 2, "Gang": 2, "Ming": 2, "Yong": 2, "Hui": 1}  # fmt: skip
PRC_GIVEN_F = {"Fang": 6, "Na": 5, "Jing": 5, "Li": 4, "Min": 3, "Yan": 4, "Juan": 2, "Xia": 2,
    "Ting": 2, "Xinyi": 2, "Yuting": 2, "Jiahui": 1, "Lina": 1, "Hong": 2, "Mei": 2, "Ying": 2,
    "Xiaoyan": 1, "Lei": 1, "Qian": 1, "Shuang": 1}  # fmt: skip

# ---------------------------------------------------------------- Malay names
MUHAMMAD = [("Muhammad", 40), ("Mohd", 25), ("Mohamad", 10), ("Mohammad", 8), ("Muhd", 7),
    ("Md", 5), ("Muhamad", 5)]  # fmt: skip
ML_M2 = {"Hafiz": 5, "Faizal": 4, "Syafiq": 4, "Amirul": 4, "Firdaus": 4, "Hakim": 3, "Aiman": 3,
    "Danial": 3, "Haziq": 3, "Irfan": 3, "Khairul": 3, "Azlan": 3, "Zulkifli": 3, "Rizal": 3,
    "Shahrul": 2, "Aizat": 2, "Iskandar": 2, "Nazri": 2, "Fadzil": 2, "Ridzuan": 2, "Faris": 2,
    "Hariz": 2, "Ikhwan": 2, "Rashid": 2, "Arif": 2, "Syahmi": 2, "Imran": 2, "Fauzi": 1}  # fmt: skip
ML_M1 = {"Ahmad": 10, "Abdul Rahman": 3, "Ismail": 3, "Hassan": 2, "Azman": 3, "Rosli": 3,
    "Zainal": 2, "Kamal": 2, "Roslan": 3, "Hamzah": 2, "Adam": 2, "Rahim": 2, "Sulaiman": 2,
    "Yusri": 2, "Nor Azman": 1, "Shamsul": 2, "Khairuddin": 1, "Hisham": 2, "Azhar": 2,
    "Razali": 2, "Amin": 2, "Harith": 1}  # fmt: skip
ML_F = {"Nur Aisyah": 5, "Nurul Izzah": 3, "Nur Syafiqah": 3, "Nur Amira": 3, "Nurul Hidayah": 3,
    "Nur Nabilah": 2, "Nur Farhana": 3, "Nurul Ain": 3, "Nur Atiqah": 2, "Nur Aqilah": 2,
    "Nurul Husna": 2, "Siti Nurhaliza": 2, "Siti Aminah": 3, "Siti Khadijah": 2, "Siti Aishah": 3,
    "Siti Fatimah": 2, "Siti Zulaikha": 2, "Siti Mariam": 2, "Siti Norhayati": 2, "Siti Hajar": 2,
    "Nor Azlina": 2, "Nor Hayati": 2, "Noraini": 2, "Farah": 3, "Aina": 2, "Zarina": 2, "Rohani": 2,
    "Salmah": 2, "Rosnah": 2, "Faridah": 2, "Zainab": 2, "Sharifah Nor": 1, "Aishah": 2,
    "Nadia": 2, "Hazirah": 1, "Izzati": 1}  # fmt: skip
# fathers of persons who are not in the file (heads of household)
ML_FATHER = {"Abdullah": 12, "Ismail": 5, "Ahmad": 5, "Abdul Rahman": 4, "Hassan": 4, "Osman": 3,
    "Ibrahim": 4, "Yusof": 4, "Ali": 4, "Abdul Razak": 3, "Abdul Aziz": 3, "Hamid": 3, "Salleh": 3,
    "Tarudin": 1, "Mohamed": 5, "Mat": 2, "Omar": 3, "Jaafar": 2, "Harun": 2, "Kassim": 2,
    "Abu Bakar": 3, "Rashid": 2, "Sulaiman": 2, "Zakaria": 2, "Mahmud": 2, "Hussin": 2,
    "Mohd Yusof": 2, "Mohd Noor": 2, "Sapari": 1, "Rahmat": 1, "Jumaat": 1, "Idris": 2}  # fmt: skip
ML_SPELL = {"Aisyah": ["Aishah", "Aisya"], "Syafiq": ["Shafiq", "Syafik"], "Nurul": ["Nur Ul"],
    "Firdaus": ["Firdhaus"], "Zulkifli": ["Zulkefli"], "Yusof": ["Yusoff", "Yusuf"],
    "Hussin": ["Hussain", "Husin"], "Abdul": ["Abd", "Abd."], "Noraini": ["Nor Aini"],
    "Nurhaliza": ["Nur Haliza"], "Khadijah": ["Khadijah", "Khatijah"], "Mahmud": ["Mahmood"]}  # fmt: skip

# ---------------------------------------------------------------- Indian names
IN_M = {"Rajesh": 4, "Suresh": 4, "Ganesh": 3, "Ramesh": 3, "Muthu": 2, "Selvam": 2, "Kannan": 2,
    "Prakash": 3, "Saravanan": 3, "Vijay": 3, "Arun": 3, "Siva": 2, "Bala": 2, "Ravi": 3,
    "Karthik": 3, "Dinesh": 3, "Mani": 2, "Raja": 2, "Murugan": 2, "Gopal": 2, "Anand": 3,
    "Kumar": 2, "Subramaniam": 1, "Thiagarajan": 1, "Velu": 1, "Santhosh": 2, "Sanjay": 2,
    "Vignesh": 2, "Naveen": 2, "Haresh": 1, "Logan": 1, "Yogan": 1, "Dhinesh": 1}  # fmt: skip
IN_F = {"Kavitha": 3, "Priya": 4, "Lakshmi": 3, "Devi": 2, "Shanti": 2, "Meena": 2, "Revathi": 2,
    "Malathi": 2, "Saraswathi": 1, "Anitha": 3, "Geetha": 2, "Vani": 2, "Indra": 1, "Kalaivani": 1,
    "Sumathi": 2, "Yogeswari": 1, "Thenmoli": 1, "Nirmala": 2, "Divya": 3, "Deepa": 2,
    "Shalini": 2, "Kogila": 1, "Punitha": 1, "Vasanthi": 1, "Jothi": 1}  # fmt: skip
IN_FATHER = {"Krishnan": 4, "Muthu": 3, "Subramaniam": 4, "Ramasamy": 3, "Raman": 2, "Murugan": 3,
    "Govindasamy": 2, "Arumugam": 3, "Perumal": 2, "Suppiah": 2, "Letchumanan": 1, "Kandasamy": 2,
    "Maniam": 2, "Velu": 2, "Rajoo": 2, "Nadarajan": 1, "Shanmugam": 2, "Sinnathamby": 1,
    "Gopal": 2, "Raju": 2, "Kumar": 2, "Pillai": 1, "Chandran": 2, "Balakrishnan": 2,
    "Selvaraj": 2, "Ramachandran": 1, "Sivalingam": 1, "Ponnusamy": 1}  # fmt: skip
SIKH_M = {"Harpreet": 3, "Gurpreet": 3, "Jasbir": 2, "Manjit": 2, "Sukhdev": 1, "Baljit": 2,
    "Amarjit": 2, "Kuldip": 1, "Jaswant": 1, "Ranjit": 2}  # fmt: skip
SIKH_F = {"Harpreet": 2, "Gurpreet": 2, "Manjit": 2, "Jasvinder": 2, "Rajinder": 1, "Simran": 2,
    "Navneet": 1, "Amrit": 1}  # fmt: skip
MALAYALEE_LAST = ["Nair", "Menon", "Pillai", "Kurup", "Varghese", "Thomas", "George", "Iyer"]

# ---------------------------------------------------------------- Eurasian, Filipino, Western, Indian expat
EU_M = ["Daniel", "Michael", "Gerald", "Adrian", "Brian", "Clarence", "Timothy", "Marc",
    "Christopher", "Desmond", "Terence", "Joseph", "Anthony", "Francis"]  # fmt: skip
EU_F = ["Sharon", "Melissa", "Nicole", "Shannon", "Andrea", "Michelle", "Geraldine", "Bernadette",
    "Audrey", "Christine", "Monica", "Theresa"]  # fmt: skip
EU_LAST = {"De Souza": 5, "Pereira": 5, "Rozario": 3, "Fernandez": 4, "D'Cruz": 3, "De Silva": 3,
    "Oliveiro": 2, "Tessensohn": 1, "Shepherdson": 1, "Westerhout": 1, "Monteiro": 2,
    "Theseira": 1, "Scully": 1, "Carvalho": 2, "Sta Maria": 1, "De Costa": 2, "Rodrigues": 2,
    "Aeria": 1, "Gomes": 2, "Santa Maria": 1}  # fmt: skip
EU_LAST_VAR = {"De Souza": ["de Souza", "Desouza", "D'Souza"], "D'Cruz": ["Dcruz", "D Cruz", "D'cruz"],
    "De Silva": ["de Silva", "Desilva"], "Sta Maria": ["Sta. Maria", "Santa Maria"],
    "De Costa": ["de Costa", "Decosta"], "Oliveiro": ["Oliviero"], "Rozario": ["Rosario"]}  # fmt: skip
FIL_M = ["Jose", "Mark Anthony", "John Paul", "Rodel", "Jerome", "Christian", "Ramon", "Reynaldo",
    "Jun", "Arnel"]  # fmt: skip
FIL_F = ["Maria Cristina", "Mary Grace", "Kristine", "Jennifer", "Rowena", "Jocelyn", "Maricel",
    "Ma. Theresa", "Rosalie", "Lovely", "Marites", "Joy"]  # fmt: skip
FIL_LAST = {"Santos": 5, "Reyes": 5, "Cruz": 4, "Bautista": 3, "Garcia": 4, "Mendoza": 3,
    "Dela Cruz": 4, "Ramos": 3, "Aquino": 2, "Villanueva": 2, "Castillo": 2, "Fernandez": 2,
    "Gonzales": 2, "Del Rosario": 2, "Manalo": 1}  # fmt: skip
WEST_M = ["James", "John", "David", "Michael", "Thomas", "Paul", "Mark", "Richard", "Peter",
    "Andrew", "Stefan", "Pierre", "Lukas", "Matthew"]  # fmt: skip
WEST_F = ["Sarah", "Emma", "Laura", "Claire", "Anna", "Sophie", "Rebecca", "Katherine", "Julia",
    "Hannah"]  # fmt: skip
WEST_LAST = ["Smith", "Brown", "Wilson", "Taylor", "Anderson", "Mueller", "Schmidt", "Dubois",
    "Martin", "van der Berg", "O'Brien", "Walker", "Thompson", "Clarke", "Jensen", "Rossi",
    "Hughes", "Murphy", "Evans", "Robinson"]  # fmt: skip
INX_M = ["Rahul", "Amit", "Ankit", "Vikram", "Sandeep", "Abhishek", "Arjun", "Rohit", "Nikhil",
    "Venkatesh", "Srinivas", "Pradeep"]  # fmt: skip
INX_F = ["Priya", "Sneha", "Pooja", "Neha", "Anjali", "Swati", "Divya", "Aparna", "Shruti"]
INX_LAST = {"Sharma": 5, "Gupta": 4, "Agarwal": 3, "Iyer": 3, "Reddy": 3, "Rao": 3, "Patel": 3,
    "Singh": 3, "Kumar": 4, "Verma": 2, "Menon": 2, "Nair": 2, "Krishnamurthy": 1, "Subramanian": 2,
    "Jain": 2, "Mehta": 2}  # fmt: skip

# ---------------------------------------------------------------- places
# HDB towns: name, abbreviation, street stems, postal sector
SG_TOWNS = [
    ("Ang Mo Kio", "AMK", ["Ang Mo Kio Ave 1", "Ang Mo Kio Ave 3", "Ang Mo Kio Ave 4",
        "Ang Mo Kio Ave 5", "Ang Mo Kio Ave 6", "Ang Mo Kio Ave 10", "Ang Mo Kio St 21",
        "Ang Mo Kio St 31"], "56", 8),
    ("Bedok", None, ["Bedok North Rd", "Bedok North Ave 1", "Bedok North St 3", "Bedok Reservoir Rd",
        "Bedok South Ave 2", "New Upper Changi Rd"], "46", 9),
    ("Tampines", None, ["Tampines St 21", "Tampines St 81", "Tampines Ave 4", "Tampines Ave 9",
        "Tampines St 45", "Tampines St 11"], "52", 10),
    ("Jurong West", "JW", ["Jurong West St 42", "Jurong West St 52", "Jurong West Ave 1",
        "Jurong West St 91", "Jurong West St 61"], "64", 10),
    ("Jurong East", "JE", ["Jurong East St 21", "Jurong East Ave 1", "Jurong East St 13"], "60", 4),
    ("Woodlands", None, ["Woodlands Dr 14", "Woodlands Dr 50", "Woodlands Ave 6", "Woodlands St 13",
        "Woodlands Circle", "Woodlands Ring Rd"], "73", 9),
    ("Yishun", None, ["Yishun Ring Rd", "Yishun Ave 11", "Yishun St 22", "Yishun St 61",
        "Yishun Ave 4"], "76", 8),
    ("Sengkang", None, ["Sengkang East Way", "Compassvale Rd", "Anchorvale Link", "Fernvale Rd",
        "Rivervale Dr"], "54", 8),
    ("Punggol", None, ["Punggol Field", "Punggol Dr", "Edgefield Plains", "Sumang Walk",
        "Punggol Central"], "82", 7),
    ("Hougang", None, ["Hougang Ave 8", "Hougang St 91", "Hougang Ave 1", "Hougang St 52"], "53", 7),
    ("Bukit Batok", "BB", ["Bukit Batok West Ave 6", "Bukit Batok St 21", "Bukit Batok East Ave 4",
        "Bukit Batok St 52"], "65", 5),
    ("Bukit Panjang", "BP", ["Petir Rd", "Pending Rd", "Bangkit Rd", "Fajar Rd"], "67", 4),
    ("Choa Chu Kang", "CCK", ["Choa Chu Kang Ave 4", "Choa Chu Kang Ave 2", "Choa Chu Kang St 52",
        "Choa Chu Kang Loop"], "68", 5),
    ("Clementi", None, ["Clementi Ave 3", "Clementi Ave 4", "Clementi West St 2"], "12", 3),
    ("Toa Payoh", "TPY", ["Lorong 1 Toa Payoh", "Lorong 4 Toa Payoh", "Toa Payoh Lorong 8",
        "Toa Payoh East", "Toa Payoh North"], "31", 5),
    ("Pasir Ris", None, ["Pasir Ris Dr 6", "Pasir Ris St 21", "Pasir Ris Dr 10"], "51", 4),
    ("Serangoon", None, ["Serangoon Ave 2", "Serangoon North Ave 1", "Serangoon Central"], "55", 3),
    ("Bishan", None, ["Bishan St 22", "Bishan St 13", "Bishan St 24"], "57", 3),
    ("Sembawang", None, ["Sembawang Cres", "Sembawang Dr", "Canberra Rd"], "75", 3),
    ("Queenstown", None, ["Commonwealth Dr", "Stirling Rd", "Mei Ling St", "Dawson Rd"], "14", 3),
    ("Geylang", None, ["Geylang Bahru", "Eunos Cres", "Aljunied Cres", "Pipit Rd"], "38", 3),
    ("Bukit Merah", None, ["Jalan Bukit Merah", "Henderson Rd", "Telok Blangah Cres",
        "Redhill Close"], "15", 4),
    ("Kallang", None, ["Whampoa Dr", "McNair Rd", "Boon Keng Rd", "Jalan Besar"], "33", 3),
]  # fmt: skip
SG_CONDOS = [("The Sail @ Marina Bay", "Marina Blvd", "01"), ("Parc Esta", "Sims Ave", "40"),
    ("Treasure at Tampines", "Tampines Lane", "52"), ("The Interlace", "Depot Rd", "10"),
    ("D'Leedon", "Leedon Heights", "26"), ("Bishan Loft", "Bishan St 13", "57"),
    ("The Minton", "Hougang St 11", "53"), ("Waterfront Waves", "Bedok Reservoir Rd", "47"),
    ("Eight Riversuites", "Whampoa East", "32"), ("Parc Vista", "Choa Chu Kang Way", "68"),
    ("Sol Acres", "Choa Chu Kang Grove", "68"), ("The Tampines Trilliant", "Tampines Ave 1", "52"),
    ("Lakeville", "Jurong Lake Link", "64"), ("Riverfront Residences", "Hougang Ave 7", "53"),
    ("Forest Woods", "Lorong Lew Lian", "53"), ("Caribbean at Keppel Bay", "Keppel Bay Dr", "09")]  # fmt: skip
SG_LANDED = [("Jalan Kembangan", "41"), ("Siglap Rise", "45"), ("Sunset Way", "59"),
    ("Jalan Kayu", "79"), ("Serangoon Garden Way", "55"), ("Jalan Bunga Rampai", "53"),
    ("Upper Thomson Rd", "57"), ("Opera Estate Ave", "46"), ("Frankel Ave", "45"),
    ("Jalan Lim Tai See", "26")]  # fmt: skip
# Malaysia: (street, area, postcode, city, state, weight)
MY_STREETS = [
    ("Jalan SS 2/24", "SS 2", "47300", "Petaling Jaya", "Selangor", 4),
    ("Jalan SS 21/37", "Damansara Utama", "47400", "Petaling Jaya", "Selangor", 3),
    ("Jalan PJU 1/42", "Dataran Prima", "47301", "Petaling Jaya", "Selangor", 2),
    ("Jalan 17/1", "Seksyen 17", "46400", "Petaling Jaya", "Selangor", 2),
    ("Jalan SS 15/4", "SS 15", "47500", "Subang Jaya", "Selangor", 3),
    ("Jalan USJ 9/5", "USJ 9", "47620", "Subang Jaya", "Selangor", 3),
    ("Jalan Plumbum 7/102", "Seksyen 7", "40000", "Shah Alam", "Selangor", 3),
    ("Jalan Kenari 5", "Bandar Puchong Jaya", "47100", "Puchong", "Selangor", 3),
    ("Jalan Bukit Indah 2", "Taman Bukit Indah", "68000", "Ampang", "Selangor", 2),
    ("Jalan Ampang", "Ampang Hilir", "50450", "Kuala Lumpur", "WP Kuala Lumpur", 3),
    ("Jalan Kuching", "Kepong Baru", "51200", "Kuala Lumpur", "WP Kuala Lumpur", 2),
    ("Jalan Klang Lama", "Taman Desa", "58000", "Kuala Lumpur", "WP Kuala Lumpur", 3),
    ("Jalan Desa Bakti", "Taman Desa", "58100", "Kuala Lumpur", "WP Kuala Lumpur", 2),
    ("Jalan Kepong", "Kepong", "52100", "Kuala Lumpur", "WP Kuala Lumpur", 3),
    ("Jalan Genting Kelang", "Setapak", "53300", "Kuala Lumpur", "WP Kuala Lumpur", 3),
    ("Jalan Cheras", "Taman Connaught", "56000", "Kuala Lumpur", "WP Kuala Lumpur", 4),
    ("Jalan Bangsar", "Bangsar", "59100", "Kuala Lumpur", "WP Kuala Lumpur", 2),
    ("Jalan Harimau", "Taman Century", "80250", "Johor Bahru", "Johor", 3),
    ("Jalan Sutera", "Taman Sentosa", "80150", "Johor Bahru", "Johor", 3),
    ("Jalan Molek 1/5", "Taman Molek", "81100", "Johor Bahru", "Johor", 3),
    ("Jalan Indah 15", "Taman Bukit Indah", "81200", "Johor Bahru", "Johor", 3),
    ("Jalan Pendekar", "Taman Ungku Tun Aminah", "81300", "Skudai", "Johor", 2),
    ("Jalan Burma", "Pulau Tikus", "10050", "George Town", "Pulau Pinang", 2),
    ("Lebuh Chulia", "George Town", "10200", "George Town", "Pulau Pinang", 1),
    ("Jalan Sultan Azlan Shah", "Bayan Lepas", "11900", "Bayan Lepas", "Pulau Pinang", 2),
    ("Jalan Air Itam", "Air Itam", "11500", "Air Itam", "Pulau Pinang", 2),
    ("Jalan Gopeng", "Taman Cempaka", "31350", "Ipoh", "Perak", 2),
    ("Jalan Canning Estate", "Taman Canning", "31400", "Ipoh", "Perak", 2),
    ("Jalan Lintas", "Luyang", "88300", "Kota Kinabalu", "Sabah", 2),
    ("Jalan Padungan", "Padungan", "93100", "Kuching", "Sarawak", 2),
    ("Jalan Bukit Baru", "Bukit Baru", "75150", "Melaka", "Melaka", 2),
    ("Jalan Rasah", "Taman Rasah Jaya", "70300", "Seremban", "Negeri Sembilan", 2),
]  # fmt: skip
MY_CONDOS = ["Residensi Vista", "Pangsapuri Seri Mas", "Menara Duta", "Casa Indah", "Villa Angsana",
    "Pangsapuri Cemara", "Sri Pelangi Apartment", "Mutiara Residence"]  # fmt: skip
MY_STATE_CODE = {"Selangor": "10", "WP Kuala Lumpur": "14", "Johor": "01", "Pulau Pinang": "07",
    "Perak": "08", "Sabah": "12", "Sarawak": "13", "Melaka": "04", "Negeri Sembilan": "05"}  # fmt: skip
MY_CITY_ABBR = {"Petaling Jaya": ["PJ"], "Kuala Lumpur": ["KL"], "Johor Bahru": ["JB", "Johor Baharu"],
    "Shah Alam": [], "Subang Jaya": [], "George Town": ["Georgetown", "Penang"]}  # fmt: skip
MY_STATE_VAR = {"WP Kuala Lumpur": ["Wilayah Persekutuan", "W.P. Kuala Lumpur", "Kuala Lumpur"],
    "Pulau Pinang": ["Penang", "P. Pinang"], "Negeri Sembilan": ["N. Sembilan"], "Johor": ["Johor Darul Takzim"]}  # fmt: skip
# employers: name, country, share of office numbers
EMPLOYERS_SG = ["DBS Bank", "Singtel", "SIA Engineering", "ST Engineering", "Keppel Corp",
    "NTUC FairPrice", "Changi General Hospital", "Ministry of Education", "Grab Holdings",
    "Shopee Singapore", "PSA International", "SMRT Trains", "CapitaLand", "Accenture Singapore",
    "Deloitte & Touche", "National University Hospital", "Great Eastern Life", "Sembcorp",
    "Wilmar International", "Micron Semiconductor", "Sheng Siong", "ComfortDelGro",
    "Singapore Police Force", "Raffles Medical", "Jurong Town Corp", "Sats Ltd", "Olam",
    "Prudential Assurance", "Lazada Singapore", "Google Asia Pacific"]  # fmt: skip
EMPLOYERS_MY = ["Petronas", "Maybank", "Tenaga Nasional", "Telekom Malaysia", "Sime Darby",
    "Intel Malaysia", "AirAsia", "Top Glove", "Public Bank", "Axiata", "Genting Malaysia",
    "Hospital Kuala Lumpur", "IOI Corporation", "Nestle Malaysia", "UMW Holdings",
    "Jabatan Pendidikan", "Dell Global Business Centre", "Celcom", "Sunway Group", "Gamuda"]  # fmt: skip
DOM_SG = {"gmail.com": 45, "yahoo.com.sg": 12, "hotmail.com": 12, "outlook.com": 5,
    "singnet.com.sg": 3, "icloud.com": 5, "yahoo.com": 5, "live.com.sg": 1, "hotmail.sg": 1}  # fmt: skip
DOM_MY = {"gmail.com": 52, "yahoo.com": 12, "yahoo.com.my": 6, "hotmail.com": 12, "outlook.com": 4,
    "icloud.com": 3, "live.com.my": 1}  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
CARD_TYPES = ["VISA PLATINUM", "VISA SIGNATURE", "MASTERCARD WORLD", "MASTERCARD TITANIUM",
    "AMEX CASHBACK", "VISA INFINITE", "UNIONPAY PLATINUM"]  # fmt: skip
CASE_TYPES = ["CARD REPLACEMENT", "FEE WAIVER", "ADDRESS CHANGE", "DISPUTE TXN", "OTP ISSUE",
    "LOAN ENQUIRY", "ACCOUNT OPENING", "PIN RESET", "STATEMENT REQUEST", "LIMIT INCREASE",
    "COMPLAINT", "SCAM REPORT", "APP LOGIN ISSUE"]  # fmt: skip


def nric_check(prefix: str, digits: str) -> str:
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(digits, w, strict=False))
    if prefix in "TG":
        s += 4
    elif prefix == "M":
        s += 3
    i = s % 11
    if prefix in "ST":
        return "JZIHGFEDCBA"[i]
    if prefix in "FG":
        return "XWUTRQPNMLK"[i]
    return "KLJNPQRTUWX"[i]


class Bank(Draws):
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.seq: dict[str, int] = {}
        self.used: set[str] = set()
        self.companies = []
        rnd = self.rnd
        for c in EMPLOYERS_SG:
            self.companies.append(
                dict(
                    name=c,
                    cc="SG",
                    tel=self.sg_home(),
                    dom=c.split()[0].lower().replace("&", "") + ".com.sg",
                )
            )
        for c in EMPLOYERS_MY:
            state = rnd.choice(
                ["Selangor", "WP Kuala Lumpur", "WP Kuala Lumpur", "Johor", "Pulau Pinang"]
            )
            self.companies.append(
                dict(name=c, cc="MY", tel=self.my_home(state), dom=c.split()[0].lower() + ".com.my")
            )

    # ------------------------------------------------------------ basic draws
    def unique_valid(self, f, region):
        """A number in an allocated range (real customers' numbers are), not drawn before."""
        while True:
            v = self.unique(f)
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return v

    def sg_mobile(self):
        return self.unique_valid(
            lambda: self.rnd.choice("89") + str(self.rnd.randint(1000000, 9999999)), "SG"
        )

    def sg_home(self):
        return self.unique_valid(lambda: "6" + str(self.rnd.randint(2000000, 9999999)), "SG")

    def my_mobile(self):
        rnd = self.rnd

        def f():
            pre = wpick(
                rnd,
                {
                    "012": 25,
                    "013": 10,
                    "014": 8,
                    "016": 12,
                    "017": 12,
                    "019": 10,
                    "011": 12,
                    "018": 3,
                },
            )
            n = 8 if pre == "011" else 7
            return pre + "".join(str(rnd.randrange(10)) for _ in range(n))

        return self.unique_valid(f, "MY")

    def my_home(self, state):
        rnd = self.rnd
        area = {
            "Selangor": "03",
            "WP Kuala Lumpur": "03",
            "Johor": "07",
            "Pulau Pinang": "04",
            "Perak": "05",
            "Sabah": "088",
            "Sarawak": "082",
            "Melaka": "06",
            "Negeri Sembilan": "06",
        }[state]
        n = 8 if area == "03" else (6 if len(area) == 3 else 7)
        return self.unique_valid(
            lambda: (
                area
                + str(rnd.randint(2, 9))
                + "".join(str(rnd.randrange(10)) for _ in range(n - 1))
            ),
            "MY",
        )

    # ------------------------------------------------------------ identity documents
    def nric(self, p):
        rnd = self.rnd
        y = p["dob"].year
        if p.get("born_citizen", True):
            if y >= 2000:
                pre, d2 = "T", f"{y % 100:02d}"
            elif y >= 1968:
                pre, d2 = "S", f"{y % 100:02d}"
            else:
                pre, d2 = "S", rnd.choice(["0", "1"]) + str(rnd.randrange(10))
        else:  # PR: number not tied to the birth year
            pre, d2 = (
                ("T" if rnd.random() < 0.3 else "S"),
                rnd.choice(["2", "3", "7"]) + str(rnd.randrange(10)),
            )

        def f():
            digits = d2 + "".join(str(rnd.randrange(10)) for _ in range(5))
            return pre + digits + nric_check(pre, digits)

        return self.unique(f)

    def fin(self, p, late=False):
        rnd = self.rnd
        pre = "M" if late else rnd.choice("FG")

        def f():
            digits = "".join(str(rnd.randrange(10)) for _ in range(7))
            return pre + digits + nric_check(pre, digits)

        return self.unique(f)

    def mykad(self, p, state=None):
        rnd = self.rnd
        d = p["dob"]
        pb = MY_STATE_CODE.get(state or "") or rnd.choice(list(MY_STATE_CODE.values()))
        if rnd.random() < 0.3:
            pb = rnd.choice(list(MY_STATE_CODE.values()))

        def f():
            last = rnd.randrange(0, 1000)
            g = rnd.choice([1, 3, 5, 7, 9]) if p["gender"] == "M" else rnd.choice([0, 2, 4, 6, 8])
            return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{pb}{last:03d}{g}"

        return self.unique(f)

    def passport(self, p):
        rnd = self.rnd
        eth = p["eth"]
        if eth == "prc":
            return self.unique(lambda: "E" + str(rnd.randint(10000000, 99999999)))
        if eth == "fil":
            return self.unique(lambda: "P" + str(rnd.randint(1000000, 9999999)) + rnd.choice("ABC"))
        if eth == "inx":
            return self.unique(
                lambda: rnd.choice("JKLMNPRTUVZ") + str(rnd.randint(1000000, 9999999))
            )
        return self.unique(lambda: str(rnd.randint(100000000, 999999999)))

    # ------------------------------------------------------------ names
    def cn_given(self, gender, young, gen_syl=None):
        rnd = self.rnd
        if young:
            pool = CN_SYL_M_NEW if gender == "M" else CN_SYL_F_NEW
        else:
            pool = CN_SYL_M_OLD if gender == "M" else CN_SYL_F_OLD

        # the popular syllables are popular: draw from the front of the list more often
        def syl():
            return (
                pool[min(int(rnd.paretovariate(1.2)) - 1, len(pool) - 1)]
                if rnd.random() < 0.5
                else rnd.choice(pool)
            )

        a = gen_syl or syl()
        b = syl()
        while b == a:
            b = syl()
        if rnd.random() < 0.04 and not gen_syl:
            return [a]
        return [a, b]

    def make_name(self, p, family=None):
        """Fill p's name parts; family: dict of inherited parts (surname, generation syllable, father)."""
        rnd = self.rnd
        eth, g = p["eth"], p["gender"]
        young = p["dob"].year >= 1972
        family = family or {}
        if eth == "cn":
            cc = p["cc"]
            p["sur"] = family.get("sur") or wpick(
                rnd, {k: v[0] if cc == "SG" else v[1] for k, v in CN_SUR.items()}
            )
            p["given"] = self.cn_given(g, young, family.get("gen"))
            p["eng"] = None
            pe = (0.55 if young else 0.3) if cc == "SG" else (0.4 if young else 0.2)
            if rnd.random() < pe:
                p["eng"] = wpick(rnd, ENG_M if g == "M" else ENG_F)
            # how the given name is written on the identity card
            p["gstyle"] = (
                wpick(rnd, {" ": 80, "-": 8, "": 12})
                if cc == "SG"
                else wpick(rnd, {" ": 90, "": 10})
            )
            order = wpick(rnd, {"eng_first": 55, "eng_last": 30, "eng_comma": 15})
            p["eng_order"] = order
            p["eng_on_ic"] = p["eng"] is not None and rnd.random() < (0.6 if cc == "SG" else 0.15)
        elif eth == "prc":
            p["sur"] = wpick(rnd, PRC_SUR)
            gv = wpick(rnd, PRC_GIVEN_M if g == "M" else PRC_GIVEN_F)
            p["given"] = [gv]
            p["eng"] = wpick(rnd, ENG_M if g == "M" else ENG_F) if rnd.random() < 0.2 else None
            p["gstyle"] = ""
            p["eng_on_ic"] = False
        elif eth == "ml":
            if g == "M":
                if rnd.random() < 0.5:
                    p["given"] = f"{wpick(rnd, MUHAMMAD)} {wpick(rnd, ML_M2)}"
                else:
                    p["given"] = wpick(rnd, ML_M1)
                    if rnd.random() < 0.3 and " " not in p["given"]:
                        p["given"] += " " + wpick(rnd, ML_M2)
            else:
                p["given"] = wpick(rnd, ML_F)
            p["father"] = family.get("father") or wpick(rnd, ML_FATHER)
        elif eth == "in":
            sikh = family.get("sikh", rnd.random() < 0.1)
            p["sikh"] = sikh
            if sikh:
                p["given"] = wpick(rnd, SIKH_M if g == "M" else SIKH_F) + (
                    " Singh" if g == "M" else " Kaur"
                )
                p["father"] = family.get("father") or (wpick(rnd, SIKH_M) + " Singh")
            else:
                p["given"] = wpick(rnd, IN_M if g == "M" else IN_F)
                p["father"] = family.get("father") or wpick(rnd, IN_FATHER)
            p["mal_last"] = (
                family.get("mal_last")
                if "mal_last" in family
                else (rnd.choice(MALAYALEE_LAST) if (rnd.random() < 0.12 and not sikh) else None)
            )
        elif eth == "eu":
            p["first"] = rnd.choice(EU_M if g == "M" else EU_F)
            p["middle"] = rnd.choice(EU_M if g == "M" else EU_F) if rnd.random() < 0.4 else None
            p["last"] = family.get("last") or wpick(rnd, EU_LAST)
        elif eth == "fil":
            p["first"] = rnd.choice(FIL_M if g == "M" else FIL_F)
            p["middle"] = wpick(rnd, FIL_LAST) if rnd.random() < 0.7 else None
            p["last"] = family.get("last") or wpick(rnd, FIL_LAST)
        elif eth == "west":
            p["first"] = rnd.choice(WEST_M if g == "M" else WEST_F)
            p["middle"] = rnd.choice(WEST_M if g == "M" else WEST_F) if rnd.random() < 0.3 else None
            p["last"] = family.get("last") or rnd.choice(WEST_LAST)
        elif eth == "inx":
            p["first"] = rnd.choice(INX_M if g == "M" else INX_F)
            p["middle"] = None
            p["last"] = family.get("last") or wpick(rnd, INX_LAST)

    def gjoin(self, p, style=None):
        s = p["gstyle"] if style is None else style
        if len(p["given"]) == 1:
            return p["given"][0]
        a, b = p["given"]
        return a + s + (b.lower() if s in ("", "-") and s == "" else b)

    def ml_conn(self, p, style):
        """bin / binti written as the record writes it."""
        m = p["gender"] == "M"
        sg = p["cc"] == "SG"
        if style == "legal":
            return "BIN" if m else ("BINTE" if sg else "BINTI")
        r = self.rnd.random()
        if m:
            return "bin" if r < 0.55 else ("B." if r < 0.75 else ("Bin" if r < 0.92 else "B"))
        opts = (
            ["binte", "Bte", "Bte.", "Binti", "Bt"]
            if sg
            else ["binti", "Binti", "Bt.", "Bt", "Bte"]
        )
        return self.rnd.choice(opts)

    def in_conn(self, p, style):
        m = p["gender"] == "M"
        sg = p["cc"] == "SG"
        c = ("S/O" if m else "D/O") if sg or p.get("id_kind") == "nric" else "A/L" if m else "A/P"
        return c if style == "legal" else self.rnd.choice([c, c.lower(), c.lower()])

    def respell(self, s, p=0.06):
        """A clerk's other spelling of a Malay word now and then."""
        if self.rnd.random() >= p:
            return s
        out = []
        for w in s.split(" "):
            if w in ML_SPELL and self.rnd.random() < 0.6:
                out.append(self.rnd.choice(ML_SPELL[w]))
            else:
                out.append(w)
        return " ".join(out)

    def muh(self, s):
        """Muhammad written another way in a record."""
        for full, _ in MUHAMMAD:
            if s.startswith(full + " ") and self.rnd.random() < 0.3:
                return wpick(self.rnd, MUHAMMAD) + s[len(full) :]
        return s

    def legal_name(self, p):
        eth = p["eth"]
        if eth == "cn":
            core = f"{p['sur']} {self.gjoin(p)}"
            if p["eng_on_ic"]:
                if p["eng_order"] == "eng_first":
                    core = f"{p['eng']} {core}"
                elif p["eng_order"] == "eng_last":
                    core = f"{core} {p['eng']}"
                else:
                    core = f"{core}, {p['eng']}"
            return core.upper()
        if eth == "prc":
            return f"{p['sur']} {p['given'][0]}".upper()
        if eth == "ml":
            return f"{p['given']} {self.ml_conn(p, 'legal')} {p['father']}".upper()
        if eth == "in":
            if p.get("mal_last"):
                return f"{p['given']} {p['mal_last']}".upper()
            return f"{p['given']} {self.in_conn(p, 'legal')} {p['father']}".upper()
        if eth == "fil":
            parts = [p["first"], p["middle"], p["last"]]
            return " ".join(x for x in parts if x).upper()
        parts = [p["first"], p["middle"], p["last"]]
        return " ".join(x for x in parts if x).upper()

    def last_of(self, p):
        """A Western-style family name (with the record's spelling variants)."""
        ln = p["last"]
        if ln in EU_LAST_VAR and self.rnd.random() < 0.25:
            return self.rnd.choice(EU_LAST_VAR[ln])
        if ln == "Dela Cruz" and self.rnd.random() < 0.3:
            return self.rnd.choice(["Delacruz", "De La Cruz", "Dela cruz"])
        return ln

    def informal_name(self, p, kind="any"):
        """A full name as a person or clerk writes it outside the identity card."""
        rnd, eth = self.rnd, p["eth"]
        if eth == "cn":
            sur, gv = (
                p["sur"],
                self.gjoin(p, rnd.choice([" ", " ", " ", "-", ""]) if rnd.random() < 0.3 else None),
            )
            eng = p["eng"]
            if eng and eng in ENG_SHORT and rnd.random() < 0.15:
                eng = ENG_SHORT[eng]
            opts = {f"{sur} {gv}": 30, f"{gv} {sur}": 8}
            if len(p["given"]) == 2:
                ini = " ".join(x[0] for x in p["given"])
                opts[f"{sur} {ini}"] = 2
            if eng:
                opts.update(
                    {
                        f"{eng} {sur}": 30,
                        f"{eng} {sur} {gv}": 20,
                        f"{sur} {gv} {eng}": 5,
                        f"{sur} {eng}": 3,
                    }
                )
            return wpick(rnd, opts)
        if eth == "prc":
            sur, gv = p["sur"], p["given"][0]
            opts = {f"{sur} {gv}": 50, f"{gv} {sur}": 35}
            if p["eng"]:
                opts[f"{p['eng']} {sur}"] = 25
            return wpick(rnd, opts)
        if eth == "ml":
            gv = self.muh(self.respell(p["given"]))
            fa = self.respell(p["father"])
            short = (
                gv.split(" ")[-1]
                if gv.split(" ")[0]
                in (
                    "Muhammad",
                    "Mohd",
                    "Mohamad",
                    "Mohammad",
                    "Muhd",
                    "Md",
                    "Muhamad",
                    "Nur",
                    "Nurul",
                    "Siti",
                    "Nor",
                )
                and " " in gv
                else gv
            )
            opts = {
                f"{gv} {self.ml_conn(p, 'x')} {fa}": 35,
                f"{gv} {fa}": 30,
                f"{short} {fa}": 12,
                f"{gv}": 6,
                f"{short} {self.ml_conn(p, 'x')} {fa}": 5,
            }
            return wpick(rnd, opts)
        if eth == "in":
            gv, fa = p["given"], p["father"]
            if p.get("mal_last"):
                return wpick(
                    rnd, {f"{gv} {p['mal_last']}": 70, f"{gv} {p['mal_last'][0]}": 10, gv: 10}
                )
            if p.get("sikh"):
                return wpick(
                    rnd, {gv: 45, f"{gv} {self.in_conn(p, 'x')} {fa}": 30, gv.split()[0]: 5}
                )
            opts = {
                f"{gv} {self.in_conn(p, 'x')} {fa}": 30,
                f"{gv} {fa}": 30,
                f"{fa[0]}. {gv}": 12,
                f"{fa[0]} {gv}": 8,
                f"{gv} {fa[0]}": 6,
                gv: 6,
            }
            return wpick(rnd, opts)
        first, mid, last = p["first"], p.get("middle"), self.last_of(p)
        if eth == "fil" and first.startswith("Maria ") and rnd.random() < 0.3:
            first = "Ma. " + first[6:]
        opts = {f"{first} {last}": 60, f"{last} {first}": 5}
        if mid:
            opts[f"{first} {mid} {last}"] = 15
            opts[f"{first} {mid[0]} {last}"] = 10
        return wpick(rnd, opts)

    def app_names(self, p):
        """first_name / last_name as a person types them into a sign-up form."""
        rnd, eth = self.rnd, p["eth"]
        if eth == "cn":
            sur, gv, eng = p["sur"], self.gjoin(p, rnd.choice([" ", "", " "])), p["eng"]
            opts = {(gv, sur): 30, (sur, gv): 12}
            if eng:
                opts.update({(eng, sur): 45, (f"{eng} {gv}", sur): 12, (eng, f"{sur} {gv}"): 8})
            return wpick(rnd, opts)
        if eth == "prc":
            opts = {(p["given"][0], p["sur"]): 70, (p["sur"], p["given"][0]): 30}
            if p["eng"]:
                opts[(p["eng"], p["sur"])] = 40
            return wpick(rnd, opts)
        if eth == "ml":
            gv = self.muh(p["given"])
            short = gv.split(" ")[-1] if " " in gv else gv
            opts = {
                (gv, p["father"]): 35,
                (gv, f"{self.ml_conn(p, 'x')} {p['father']}"): 15,
                (short, p["father"]): 15,
                (gv.split(" ")[0], gv.split(" ")[-1]) if " " in gv else (gv, p["father"]): 15,
                (f"{gv} {self.ml_conn(p, 'x')} {p['father']}", None): 5,
            }
            return wpick(rnd, opts)
        if eth == "in":
            gv, fa = p["given"], p["father"]
            if p.get("mal_last"):
                return (gv, p["mal_last"])
            if p.get("sikh"):
                a, b = gv.split(" ")
                return wpick(
                    rnd, {(a, b): 70, (a, f"{b} {self.in_conn(p, 'x')} {fa}"): 10, (gv, None): 5}
                )
            return wpick(
                rnd,
                {
                    (gv, fa): 50,
                    (gv, f"{self.in_conn(p, 'x')} {fa}"): 12,
                    (gv, fa[0]): 12,
                    (fa[0], gv): 6,
                    (fa, gv): 5,
                },
            )
        first, last = p["first"], self.last_of(p)
        return wpick(
            rnd,
            {
                (first, last): 85,
                (last, first): 4,
                (f"{first} {p['middle']}" if p.get("middle") else first, last): 11,
            },
        )

    def emboss(self, p):
        s = self.informal_name(p) if self.rnd.random() < 0.6 else self.legal_name(p)
        s = s.upper().replace(",", "").replace(".", "").replace("/", " ").replace("'", "")
        s = " ".join(s.split())
        if len(s) > 21:
            w = s.split()
            for i in range(1, len(w) - 1):
                if len(" ".join(w)) <= 21:
                    break
                w[i] = w[i][0]
            s = " ".join(w)[:21].strip()
        return s

    def short_name(self, p):
        """How a CRM agent writes a caller: with a salutation, sometimes just a surname or a given name."""
        rnd, eth, m = self.rnd, p["eth"], p["gender"] == "M"
        sal = (
            "Mr" if m else wpick(rnd, {"Ms": 4, "Mdm": 5 if eth in ("cn", "prc") else 1, "Mrs": 2})
        )
        if eth == "ml":
            sal = wpick(
                rnd,
                {"Encik" if m else "Puan": 5, "Mr" if m else "Ms": 3, "Tuan" if m else "Cik": 1},
            )
        r = rnd.random()
        if r < 0.55:
            return sal, self.informal_name(p)
        if eth in ("cn", "prc"):
            if r < 0.75:
                return sal, p["sur"]
            return sal, p["eng"] or self.gjoin(p)
        if eth == "ml":
            gv = p["given"]
            return sal, (gv.split(" ")[-1] if " " in gv else gv)
        if eth == "in":
            return sal, (p["given"] if r < 0.8 else f"{p['father'][0]}. {p['given']}")
        return sal, (p["last"] if r < 0.75 else p["first"])

    # ------------------------------------------------------------ e-mail
    def make_email(self, p, work=None):
        rnd = self.rnd
        eth = p["eth"]
        yy = f"{p['dob'].year % 100:02d}"
        if eth == "cn":
            f = (p["eng"] or self.gjoin(p, "")).lower()
            sn = p["sur"].lower()
            g = self.gjoin(p, "").lower()
            ini = "".join(x[0] for x in p["given"]).lower()
            forms = [
                f"{f}{sn}",
                f"{f}.{sn}",
                f"{sn}{g}",
                f"{f}{sn}{yy}",
                f"{ini}{sn}",
                f"{sn}.{g}",
                f"{f}_{sn}{rnd.randint(1, 99)}",
                f"{g}{yy}",
            ]
        elif eth == "prc":
            f, sn = p["given"][0].lower(), p["sur"].lower()
            forms = [f"{sn}{f}", f"{sn}{f}{yy}", f"{f}.{sn}", f"{sn}{f}{rnd.randint(100, 999)}"]
        elif eth == "ml":
            gv = p["given"].lower().split()
            f = gv[-1]
            sn = p["father"].lower().replace(" ", "")
            forms = [
                f"{f}{sn}",
                f"{f}.{sn}",
                f"{''.join(gv)}",
                f"{f}{yy}",
                f"{f}_{sn}{rnd.randint(1, 99)}",
                f"{gv[0][:3]}{f}",
            ]
        elif eth == "in":
            f = p["given"].lower().split()[0]
            sn = (p.get("mal_last") or p["father"]).lower().replace(" ", "")
            forms = [
                f"{f}{sn}",
                f"{f}.{sn}",
                f"{f}_{sn[0]}",
                f"{f}{yy}",
                f"{sn[0]}{f}{rnd.randint(1, 99)}",
            ]
        else:
            f, sn = (
                p["first"].lower().replace(" ", "").replace(".", ""),
                p["last"].lower().replace(" ", "").replace("'", ""),
            )
            forms = [f"{f}.{sn}", f"{f}{sn}", f"{f[0]}{sn}", f"{f}{sn}{yy}"]
        local = rnd.choice(forms)
        if work:
            return f"{local.split('.')[0] if rnd.random() < 0.3 else local}@{work['dom']}"
        dom = wpick(rnd, DOM_SG if p["cc"] == "SG" else DOM_MY)
        return self.unique(
            lambda: (local if rnd.random() < 0.7 else local + str(rnd.randint(1, 999))) + "@" + dom
        )

    # ------------------------------------------------------------ addresses
    def sg_address(self):
        rnd = self.rnd
        r = rnd.random()
        if r < 0.78:
            town = wpick(rnd, [(t, t[4]) for t in SG_TOWNS])
            blk = rnd.randint(1, 899)
            suffix = rnd.choice("ABCD") if rnd.random() < 0.1 else ""
            street = rnd.choice(town[2])
            return dict(
                cc="SG",
                kind="hdb",
                blk=f"{blk}{suffix}",
                street=street,
                town=town[0],
                abbr=town[1],
                unit=f"{rnd.randint(2, 25):02d}-{rnd.randint(1, 599):0{rnd.choice([2, 3, 3])}d}",
                pc=f"{town[3]}0{blk:03d}" if blk < 1000 else f"{town[3]}{blk:04d}",
            )
        if r < 0.93:
            c = rnd.choice(SG_CONDOS)
            return dict(
                cc="SG",
                kind="condo",
                blk=str(rnd.randint(1, 80)),
                street=c[1],
                condo=c[0],
                unit=f"{rnd.randint(2, 40):02d}-{rnd.randint(1, 12):02d}",
                pc=c[2] + str(rnd.randint(1000, 9999)),
            )
        st = rnd.choice(SG_LANDED)
        return dict(
            cc="SG",
            kind="landed",
            blk=str(rnd.randint(1, 120)),
            street=st[0],
            unit=None,
            pc=st[1] + str(rnd.randint(1000, 9999)),
        )

    def my_address(self, prefer_johor=False):
        rnd = self.rnd
        pool = [(s, s[5] * (6 if prefer_johor and s[4] == "Johor" else 1)) for s in MY_STREETS]
        s = wpick(rnd, pool)
        a = dict(cc="MY", street=s[0], area=s[1], pc=s[2], city=s[3], state=s[4])
        if rnd.random() < 0.25:
            a.update(
                kind="condo",
                condo=rnd.choice(MY_CONDOS),
                no=f"{rnd.choice('ABCD')}-{rnd.randint(1, 25)}-{rnd.randint(1, 12)}",
            )
        else:
            a.update(kind="house", no=str(rnd.randint(1, 150)))
        return a

    def addr_lines(self, a):
        """ADDR1..ADDR3 and the postal code as a clerk keys them."""
        rnd = self.rnd
        up = rnd.random() < 0.6
        if a["cc"] == "SG":
            street = a["street"]
            r = rnd.random()
            if r < 0.15:
                street = (
                    street.replace(" Ave ", " Avenue ")
                    .replace(" St ", " Street ")
                    .replace(" Dr ", " Drive ")
                    .replace(" Rd", " Road")
                    .replace(" Cres", " Crescent")
                )
            elif r < 0.2 and a.get("abbr") and street.startswith(a["town"]):
                street = a["abbr"] + street[len(a["town"]) :]
            unit = a["unit"]
            if unit:
                unit = rnd.choice([f"#{unit}", f"#{unit}", f"# {unit}", unit, f"#{unit}"])
            if a["kind"] == "hdb":
                blk = rnd.choice(["Blk ", "Blk ", "BLK ", "Block ", ""]) + a["blk"]
            else:
                blk = a["blk"]
            pc = a["pc"]
            pcs = wpick(
                rnd, {f"Singapore {pc}": 50, f"S({pc})": 10, f"S{pc}": 10, "Singapore": 15, "": 15}
            )
            lay = rnd.random()
            if a["kind"] == "condo":
                cname = a["condo"] if rnd.random() < 0.7 else None
                lines = [f"{blk} {street}", " ".join(x for x in [unit, cname] if x), pcs]
            elif lay < 0.45:
                lines = [f"{blk} {street}", unit, pcs]
            elif lay < 0.75:
                lines = [f"{blk} {street} {unit or ''}".strip(), pcs, None]
            elif lay < 0.9:
                lines = [blk, street, f"{unit or ''} {pcs}".strip()]
            else:
                lines = [f"{unit or ''} {blk} {street}".strip(), pcs, None]
            postal = wpick(rnd, {pc: 80, f"S{pc}": 5, None: 15})
        else:
            st = a["street"]
            if rnd.random() < 0.35:
                st = st.replace("Jalan ", "Jln ")
            if rnd.random() < 0.2:
                st = st.replace("SS ", "SS").replace("USJ ", "USJ").replace("PJU ", "PJU")
            area = a["area"]
            if rnd.random() < 0.3:
                area = (
                    area.replace("Taman ", "Tmn ")
                    .replace("Bandar ", "Bdr ")
                    .replace("Seksyen ", "Sek ")
                )
            no = a["no"]
            first = (
                (f"No. {no}, {st}" if rnd.random() < 0.5 else f"{no}, {st}")
                if a["kind"] == "house"
                else f"{no}, {a['condo']}"
            )
            city = a["city"]
            if city in MY_CITY_ABBR and MY_CITY_ABBR[city] and rnd.random() < 0.25:
                city = rnd.choice(MY_CITY_ABBR[city])
            state = a["state"]
            if state in MY_STATE_VAR and rnd.random() < 0.3:
                state = rnd.choice(MY_STATE_VAR[state])
            pc = a["pc"]
            lay = rnd.random()
            if a["kind"] == "condo":
                lines = [first, f"{st}, {area}", f"{pc} {city}, {state}"]
            elif lay < 0.5:
                lines = [first, area, f"{pc} {city}, {state}"]
            elif lay < 0.8:
                lines = [first, area, f"{city} {state}"]
            else:
                lines = [f"{first}, {area}", f"{pc} {city}", state]
            postal = pc if rnd.random() < 0.85 else None
        lines = [(x.upper() if up and x else x) or None for x in lines]
        return lines, postal

    def one_line(self, a):
        lines, postal = self.addr_lines(a)
        s = ", ".join(x for x in lines if x)
        if postal and postal not in s:
            s += " " + postal
        return s

    # ------------------------------------------------------------ phones
    def fmt_phone(self, num, cc, style=None):
        """num: national digits (SG 8 digits; MY with the trunk 0)."""
        if not num:
            return None
        rnd = self.rnd
        if cc == "SG":
            a, b = num[:4], num[4:]
            forms = {
                num: 30,
                f"{a} {b}": 15,
                f"+65 {a} {b}": 15,
                f"+65{num}": 15,
                f"65{num}": 8,
                f"65-{num}": 3,
                f"(65) {a}-{b}": 2,
                f"{a}-{b}": 5,
                f"+65-{num}": 3,
                f"0065{num}": 1,
            }
        else:
            n = num[1:]
            cut = 3 if num.startswith("01") else (2 if num.startswith("03") else len(num) - 7)
            head, tail = num[:cut], num[cut:]
            t1, t2 = (tail[:3], tail[3:]) if len(tail) == 7 else (tail[:4], tail[4:])
            forms = {
                f"{head}-{t1} {t2}": 20,
                num: 25,
                f"{head}-{tail}": 15,
                f"+60{n}": 12,
                f"60{n}": 8,
                f"+60 {head[1:]}-{t1} {t2}": 8,
                f"{head} {t1} {t2}": 7,
                f"+6{head}-{tail}": 5,
            }
        if style == "e164":
            return f"+65{num}" if cc == "SG" else f"+60{num[1:]}"
        s = wpick(rnd, forms)
        if rnd.random() < 0.012:  # a digit slip
            digits = [i for i, c in enumerate(s) if c.isdigit()]
            i = rnd.choice(digits[-6:])
            s = s[:i] + str(rnd.randrange(10)) + s[i + 1 :]
        return s

    def phone_of(self, p, stale_p=0.0):
        """A mobile of the person with its country; an older number in old records."""
        rnd = self.rnd
        if p["mobiles"] and p.get("old_mobile") and rnd.random() < stale_p:
            return p["old_mobile"]
        if not p["mobiles"]:
            return None
        if len(p["mobiles"]) > 1 and rnd.random() < 0.4:
            return p["mobiles"][1]
        return p["mobiles"][0]

    # ------------------------------------------------------------ population
    def new_person(self, **kw):
        rnd = self.rnd
        p = dict(pid=f"P{len(self.persons) + 1:05d}", **kw)
        p.setdefault("gender", rnd.choice("MF"))
        if "dob" not in p:
            p["dob"] = self.dob(21, 80) if rnd.random() < 0.85 else self.dob(18, 90)
        self.persons.append(p)
        return p

    def pick_eth(self, cc):
        if cc == "SG":
            return wpick(
                self.rnd,
                {"cn": 60, "ml": 12, "in": 9, "eu": 2, "prc": 6, "fil": 4, "west": 3, "inx": 4},
            )
        return wpick(
            self.rnd,
            {"cn": 30, "ml": 52, "in": 11, "eu": 1, "prc": 1, "fil": 1, "west": 1, "inx": 3},
        )

    def assign_ids(self, p):
        rnd = self.rnd
        cc, eth = p["cc"], p["eth"]
        p["ids"] = []  # (type, value) in order of time
        foreign = eth in ("prc", "fil", "west", "inx")
        if cc == "SG":
            if foreign:
                p["ids"].append(("FIN", self.fin(p, late=rnd.random() < 0.1)))
                if rnd.random() < 0.15:  # became a PR: a new NRIC
                    p["ids"].append(("NRIC", self.nric(dict(p, born_citizen=False))))
            elif p.get("cross"):  # a Malaysian who works and lives in Singapore
                p["ids"].append(("MYKAD", self.mykad(p)))
                p["ids"].append(("FIN", self.fin(p)))
                if rnd.random() < 0.4:
                    p["ids"].append(("NRIC", self.nric(dict(p, born_citizen=False))))
            else:
                p["ids"].append(("NRIC", self.nric(p)))
        else:
            if foreign:
                p["ids"].append(("PASSPORT", self.passport(p)))
            else:
                p["ids"].append(("MYKAD", self.mykad(p, p["addr"]["state"])))
                if p.get("cross"):  # a Johor commuter with a Singapore work pass
                    p["ids"].append(("FIN", self.fin(p)))
        p["id_kind"] = "nric" if p["ids"][-1][0] in ("NRIC", "FIN") else "mykad"

    def finish(self, p, hh):
        """Contacts and documents of a person living in household hh."""
        rnd = self.rnd
        p["cc"] = hh["cc"]
        p["addr"] = hh["addr"]
        p["old_addr"] = hh.get("old_addr") if rnd.random() < 0.8 else None
        p["home"] = hh["home"]
        cross = p.get("cross")
        if p["cc"] == "SG":
            mob = [self.sg_mobile()] if rnd.random() < 0.97 else []
            if cross and rnd.random() < 0.6:
                mob.append(self.my_mobile())
        else:
            mob = [self.my_mobile()] if rnd.random() < 0.97 else []
            if cross:
                mob.append(self.sg_mobile())
            elif rnd.random() < 0.08:
                mob.append(self.my_mobile())  # a second line
        p["mobiles"] = mob
        p["mob_cc"] = {m: ("SG" if len(m) == 8 and m[0] in "89" else "MY") for m in mob}
        p["old_mobile"] = (
            (self.sg_mobile() if p["cc"] == "SG" else self.my_mobile())
            if rnd.random() < 0.18
            else None
        )
        if p["old_mobile"]:
            p["mob_cc"][p["old_mobile"]] = "SG" if len(p["old_mobile"]) == 8 else "MY"
        age = (TODAY - p["dob"]).days / 365.25
        p["work"] = None
        if 21 < age < 64 and rnd.random() < 0.6:
            wcc = "SG" if (p["cc"] == "SG" or cross) else "MY"
            cs = [c for c in self.companies if c["cc"] == wcc]
            # big employers employ more: the first ones of the list more often
            p["work"] = (
                cs[min(int(rnd.paretovariate(0.9)) - 1, len(cs) - 1)]
                if rnd.random() < 0.6
                else rnd.choice(cs)
            )
            p["direct"] = (self.sg_home() if wcc == "SG" else None) if rnd.random() < 0.4 else None
        p["email"] = self.make_email(p) if rnd.random() < (0.9 if age < 60 else 0.55) else None
        p["email2"] = self.make_email(p) if rnd.random() < 0.12 else None
        p["work_email"] = (
            self.make_email(p, p["work"]) if p["work"] and rnd.random() < 0.25 else None
        )
        if hh.get("email") and rnd.random() < 0.7:
            p["email"] = hh["email"]  # the family's e-mail
        self.assign_ids(p)

    def household(self):
        rnd = self.rnd
        cc = "SG" if rnd.random() < 0.6 else "MY"
        eth = self.pick_eth(cc)
        cross = eth in ("cn", "ml", "in") and rnd.random() < (0.05 if cc == "SG" else 0.07)
        addr = self.sg_address() if cc == "SG" else self.my_address(prefer_johor=cross)
        hh = dict(cc=cc, addr=addr, old_addr=None, home=None, email=None)
        if rnd.random() < 0.15:
            hh["old_addr"] = self.sg_address() if cc == "SG" else self.my_address()
        if rnd.random() < (0.45 if cc == "SG" else 0.35):
            hh["home"] = self.sg_home() if cc == "SG" else self.my_home(addr["state"])
        head = self.new_person(cc=cc, eth=eth, cross=cross)
        self.make_name(head)
        members = [head]
        age = (TODAY - head["dob"]).days / 365.25
        if age > 26 and rnd.random() < 0.5:
            g = "F" if head["gender"] == "M" else "M"
            seth = eth if rnd.random() < 0.92 else self.pick_eth(cc)
            sp = self.new_person(
                cc=cc,
                eth=seth,
                gender=g,
                dob=head["dob"] + dt.timedelta(days=rnd.randint(-6 * 365, 6 * 365)),
            )
            fam = (
                {"last": head.get("last")}
                if seth in ("eu", "fil", "west", "inx") and seth == eth and rnd.random() < 0.8
                else None
            )
            self.make_name(sp, fam)
            sp["spouse"], head["spouse"] = head, sp
            members.append(sp)
            if rnd.random() < 0.12:
                hh["email"] = self.make_email(head)
            father = head if head["gender"] == "M" else sp
            if age > 46 and rnd.random() < 0.45:
                kids = rnd.choices([1, 2, 3], [50, 35, 15])[0]
                gen = None
                for _ in range(kids):
                    kd = father["dob"] + dt.timedelta(days=rnd.randint(24 * 365, 36 * 365))
                    if (TODAY - kd).days < 17 * 365:
                        continue
                    kid = self.new_person(cc=cc, eth=father["eth"], dob=kd)
                    fam = {}
                    if father["eth"] == "cn":
                        fam["sur"] = father["sur"]
                        if rnd.random() < 0.5:  # siblings sharing a generation syllable
                            gen = gen or self.cn_given(kid["gender"], True)[0]
                            if (
                                kid["gender"] == "F"
                                and gen in CN_SYL_M_NEW
                                and gen not in CN_SYL_F_NEW
                            ):
                                gen = None
                            fam["gen"] = gen
                    elif father["eth"] == "ml":
                        fam["father"] = father["given"]
                    elif father["eth"] == "in":
                        fam["father"] = father["given"]
                        fam["sikh"] = father.get("sikh", False)
                        fam["mal_last"] = father.get("mal_last")
                    else:
                        fam["last"] = father.get("last") or father.get("sur")
                    self.make_name(kid, fam)
                    kid["parent"] = father
                    members.append(kid)
        for m in members:
            if m is not head:
                m["cross"] = False
            self.finish(m, hh)
        return members

    def population(self):
        while len(self.persons) < self.n:
            self.household()
        self.persons = self.persons[: self.n]
        for p in self.persons:
            if "ids" not in p:  # cut off at the end: finish alone
                pass

    # ------------------------------------------------------------ records
    def add(self, src, p, **cols):
        self.seq[src] = self.seq.get(src, 0) + 1
        cols = {k: (v if v not in ("",) else None) for k, v in cols.items()}
        self.rows.append(
            {"REC_NO": f"{src}{self.seq[src]:06d}", "SRC_SYS": src, "_pid": p["pid"], **cols}
        )

    def fmt_id(self, typ, v, style="full"):
        rnd = self.rnd
        s = (f"{v[:6]}-{v[6:8]}-{v[8:]}" if rnd.random() < 0.6 else v) if typ == "MYKAD" else v
        if rnd.random() < 0.01:
            digits = [i for i, c in enumerate(s) if c.isdigit()]
            i = rnd.choice(digits)
            s = s[:i] + str(rnd.randrange(10)) + s[i + 1 :]
        if typ in ("NRIC", "FIN") and rnd.random() < 0.08:
            s = s.lower() if rnd.random() < 0.5 else s
        return s

    def dob_str(self, d, style):
        rnd = self.rnd
        if rnd.random() < 0.01:
            return {
                "dmy": "01/01/1900",
                "ymd": "19000101",
                "dmony": "01-JAN-00",
                "iso": "1900-01-01",
            }[style]
        day, mon = d.day, d.month
        if style in ("iso", "dmy") and rnd.random() < 0.02 and day <= 12:
            day, mon = mon, day
        if style == "dmy":
            return f"{day:02d}/{mon:02d}/{d.year}"
        if style == "ymd":
            return f"{d.year}{mon:02d}{day:02d}"
        if style == "dmony":
            return f"{day:02d}-{MONTHS[mon - 1]}-{d.year % 100:02d}"
        return f"{d.year}-{mon:02d}-{day:02d}"

    def kyc(self, p, second=False):
        """Core banking customer information file."""
        rnd = self.rnd
        ids = p["ids"]
        typ, idv = ids[0] if (second or len(ids) == 1) else ids[-1]
        if second and len(ids) > 1:
            typ, idv = ids[-1] if rnd.random() < 0.7 else ids[0]
        entity = p["cc"]
        if p.get("cross") and rnd.random() < 0.5:
            entity = "SG" if p["cc"] == "MY" else "MY"
            if entity == "SG" and typ == "MYKAD" and len(ids) > 1:
                typ, idv = ids[1]
        name = self.legal_name(p)
        if rnd.random() < 0.03:
            name = self.typo(name)
        if rnd.random() < 0.04 and len(name) > 30:
            name = name[:30].strip()  # the old system's field length
        alias = None
        if p["eth"] == "cn" and p["cc"] == "SG" and rnd.random() < 0.12:
            alias = (
                (p["eng"] + " " + p["sur"]).upper()
                if p["eng"] and not p["eng_on_ic"]
                else f"{CN_SUR.get(p['sur'], (0, 0, p['sur']))[2]} {self.gjoin(p, '')}".upper()
            )
        elif p["eth"] == "cn" and p["cc"] == "SG" and rnd.random() < 0.03:
            name = (
                f"{name} ({CN_SUR.get(p['sur'], (0, 0, p['sur']))[2]} {self.gjoin(p, '')})".upper()
            )
        joint = None
        if p.get("spouse") and rnd.random() < 0.2:
            joint = self.legal_name(p["spouse"])
            if rnd.random() < 0.25:  # the account title of an either-or account
                name = f"{name} {rnd.choice(['OR', '&/OR', '&'])} {joint}"
        mob = self.phone_of(p, stale_p=0.35)
        hp = None
        if mob and rnd.random() < 0.92:
            mcc = p["mob_cc"][mob]
            hp = (
                self.fmt_phone(mob, mcc)
                if mcc == entity or rnd.random() < 0.5
                else self.fmt_phone(mob, mcc, "e164")
            )
        home = self.fmt_phone(p["home"], p["cc"]) if p["home"] and rnd.random() < 0.75 else None
        if not hp and home and rnd.random() < 0.5:
            hp, home = home, None  # a landline in the mobile field
        off = None
        if p["work"] and rnd.random() < 0.55:
            off = p.get("direct") if p.get("direct") and rnd.random() < 0.5 else p["work"]["tel"]
            off = self.fmt_phone(off, p["work"]["cc"])
            if rnd.random() < 0.2:
                off += f" ext {rnd.randint(100, 4999)}"
        a = p["old_addr"] if p["old_addr"] and rnd.random() < 0.4 else p["addr"]
        lines, postal = self.addr_lines(a)
        email = p["email"] if rnd.random() < 0.85 else (p.get("work_email") or p.get("email2"))
        if email and rnd.random() < 0.3:
            email = email.upper()
        race = {
            "cn": "CHINESE",
            "prc": "CHINESE",
            "ml": "MALAY",
            "in": "INDIAN",
            "eu": "EURASIAN",
        }.get(p["eth"], "OTHERS")
        if p.get("sikh"):
            race = rnd.choice(["INDIAN", "SIKH"])
        nat = (
            {"SG": "SINGAPOREAN", "MY": "MALAYSIAN"}[p["cc"]]
            if p["eth"] in ("cn", "ml", "in", "eu")
            else {
                "prc": "CHINESE",
                "fil": "FILIPINO",
                "west": rnd.choice(["BRITISH", "AUSTRALIAN", "GERMAN", "FRENCH"]),
                "inx": "INDIAN",
            }[p["eth"]]
        )
        if p.get("cross"):
            nat = "MALAYSIAN"
        open_d = TODAY - dt.timedelta(days=rnd.randint(30, 20 * 365))
        self.add(
            "CBS",
            p,
            CIF_NO=f"{rnd.randint(10**9, 10**10 - 1)}",
            CUST_NAME=name,
            ALIAS_NAME=alias,
            ID_TYPE=typ if rnd.random() < 0.95 else None,
            ID_NO=self.fmt_id(typ, idv) if rnd.random() < 0.97 else None,
            DOB=self.dob_str(p["dob"], "dmy" if entity == "SG" else "ymd")
            if rnd.random() < 0.95
            else None,
            SEX=p["gender"] if rnd.random() < 0.95 else None,
            RACE=race if rnd.random() < 0.8 else None,
            NATIONALITY=nat if rnd.random() < 0.9 else None,
            HP_NO=hp,
            HOME_TEL=home,
            OFF_TEL=off,
            EMAIL_ADDR=email if rnd.random() < 0.9 else None,
            ADDR1=lines[0],
            ADDR2=lines[1],
            ADDR3=lines[2],
            POSTAL_CD=postal,
            COUNTRY_CD=wpick(
                rnd, {a["cc"]: 60, {"SG": "SINGAPORE", "MY": "MALAYSIA"}[a["cc"]]: 30, None: 10}
            ),
            EMPLOYER_NM=p["work"]["name"].upper() if p["work"] and rnd.random() < 0.7 else None,
            JT_HOLDER_NAME=joint,
            OPEN_DT=open_d.strftime("%d/%m/%Y"),
        )

    def card(self, p, supp_of=None):
        """A credit-card account: the principal's or a supplementary holder's."""
        rnd = self.rnd
        typ, idv = p["ids"][-1]
        a = p["addr"] if not (p["old_addr"] and rnd.random() < 0.25) else p["old_addr"]
        if supp_of is not None:
            a = supp_of["addr"]
        lines, postal = self.addr_lines(a)
        mob = self.phone_of(p, stale_p=0.25)
        if supp_of is not None and rnd.random() < 0.4:
            mob = self.phone_of(supp_of)
            mcc = supp_of["mob_cc"].get(mob, supp_of["cc"]) if mob else None
        else:
            mcc = p["mob_cc"].get(mob, p["cc"]) if mob else None
        hp = self.fmt_phone(mob, mcc) if mob and rnd.random() < 0.9 else None
        off = None
        if p["work"] and rnd.random() < 0.3:
            off = self.fmt_phone(p.get("direct") or p["work"]["tel"], p["work"]["cc"])
        email = (
            p["email"]
            if rnd.random() < 0.8
            else (p.get("email2") or p.get("work_email") or p["email"])
        )
        if supp_of is not None and rnd.random() < 0.5:
            email = supp_of["email"]
        cust = None
        if rnd.random() < 0.6:
            cust = self.legal_name(p) if rnd.random() < 0.6 else self.informal_name(p).upper()
            cust = self.typo(cust, 0.03)
        emb = self.emboss(p)
        if rnd.random() < 0.02:
            emb = self.typo(emb)
        self.add(
            "CCS",
            p,
            CARD_ACCT_NO=str(rnd.randint(10**11, 10**12 - 1)),
            CARD_LAST4=f"{rnd.randrange(10000):04d}",
            CARD_TYPE=rnd.choice(CARD_TYPES),
            PRIN_SUPP="S" if supp_of is not None else "P",
            EMBOSS_NAME=emb,
            CUST_NAME=cust,
            NRIC_NO=self.fmt_id(typ, idv)
            if rnd.random() < (0.85 if supp_of is None else 0.6)
            else None,
            DOB=self.dob_str(p["dob"], "dmony") if rnd.random() < 0.8 else None,
            HP_NO=hp,
            OFF_TEL=off,
            EMAIL_ADDR=(email.lower() if email else None) if rnd.random() < 0.85 else None,
            ADDR1=lines[0],
            ADDR2=lines[1],
            ADDR3=lines[2],
            POSTAL_CD=postal,
        )

    def app(self, p, second=False):
        """Mobile banking app sign-up."""
        rnd = self.rnd
        typ, idv = p["ids"][-1]
        myinfo = p["cc"] == "SG" and typ in ("NRIC", "FIN") and rnd.random() < 0.4
        full = first = last = nric = None
        if myinfo:
            full = self.legal_name(p)
            nric = idv
        else:
            first, last = self.app_names(p)
            if rnd.random() < 0.25:
                first, last = (first.lower() if first else first), (last.lower() if last else last)
            elif rnd.random() < 0.08:
                first, last = (first.upper() if first else first), (last.upper() if last else last)
            if rnd.random() < 0.03:
                first = self.typo(first)
            if rnd.random() < 0.03 and last:
                last = self.typo(last)
            if typ in ("NRIC", "FIN"):
                nric = wpick(
                    rnd,
                    {
                        f"{idv[0]}****{idv[5:]}": 50,
                        f"XXXXX{idv[5:]}": 25,
                        f"*****{idv[5:]}": 15,
                        None: 10,
                    },
                )
            elif typ == "MYKAD":
                nric = wpick(
                    rnd,
                    {
                        idv: 35,
                        f"{idv[:6]}-{idv[6:8]}-{idv[8:]}": 35,
                        f"XXXXXX-XX-{idv[8:]}": 15,
                        None: 15,
                    },
                )
            else:
                nric = idv if rnd.random() < 0.6 else None
        mob = self.phone_of(p)
        if second and p.get("old_mobile"):
            mob = p["old_mobile"]
        mcc = p["mob_cc"].get(mob, p["cc"]) if mob else None
        mobile = self.fmt_phone(mob, mcc, "e164" if rnd.random() < 0.8 else None) if mob else None
        email = p["email"] if not second else (p.get("email2") or self.make_email(p))
        if email is None and rnd.random() < 0.7:
            email = self.make_email(p)
        if email and rnd.random() < 0.02:
            loc, dom = email.split("@")
            email = self.typo(loc) + "@" + dom
        a = p["addr"]
        pc = a["pc"] if rnd.random() < 0.7 else None
        ts = dt.datetime(2026, 1, 1) - dt.timedelta(
            days=rnd.randint(1, 6 * 365), seconds=rnd.randint(0, 86399)
        )
        self.add(
            "MBAPP",
            p,
            user_id=f"u{rnd.randint(10**7, 10**8 - 1)}",
            full_name=full,
            first_name=first,
            last_name=last,
            nric=nric,
            mobile_no=mobile,
            email=email,
            dob=self.dob_str(p["dob"], rnd.choice(["iso", "iso", "dmy"]))
            if rnd.random() < 0.85
            else None,
            postal_code=pc,
            signup_ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
            device_os=rnd.choice(["iOS", "Android", "Android", "iOS", "HarmonyOS"]),
        )

    def crm(self, p):
        """A branch or call-centre interaction."""
        rnd = self.rnd
        idv = p["ids"][-1][1]
        sal, nm = self.short_name(p)
        if rnd.random() < 0.4:
            nm = nm.upper()
        nm = self.typo(nm, 0.05)
        if rnd.random() < 0.15:
            nm = f"{sal} {nm}"
            sal = None
        mob = self.phone_of(p, stale_p=0.1)
        r = rnd.random()
        contact = None
        if r < 0.75 and mob:
            contact = self.fmt_phone(mob, p["mob_cc"].get(mob, p["cc"]))
        elif r < 0.85 and p.get("spouse") and p["spouse"]["mobiles"]:
            sm = p["spouse"]["mobiles"][0]
            contact = self.fmt_phone(
                sm, p["spouse"]["mob_cc"][sm]
            )  # the spouse called on their behalf
        elif r < 0.93 and p["home"]:
            contact = self.fmt_phone(p["home"], p["cc"])
        alt = None
        if rnd.random() < 0.2:
            alt = (
                self.fmt_phone(p["home"], p["cc"])
                if p["home"]
                else (self.fmt_phone(p["work"]["tel"], p["work"]["cc"]) if p["work"] else None)
            )
        last4 = None
        if rnd.random() < 0.6:
            last4 = idv[-4:]
        self.add(
            "CRM",
            p,
            CASE_ID=f"C{rnd.randint(10**7, 10**8 - 1)}",
            CHANNEL=wpick(rnd, {"CALL CENTRE": 55, "BRANCH": 30, "WEB CHAT": 10, "EMAIL": 5}),
            SALUTATION=sal,
            CONTACT_NAME=nm,
            NRIC_LAST4=last4,
            CONTACT_NO=contact,
            ALT_CONTACT_NO=alt,
            EMAIL_ADDR=(p["email"] if rnd.random() < 0.9 else p.get("email2"))
            if rnd.random() < 0.35
            else None,
            CASE_TYPE=rnd.choice(CASE_TYPES),
            CREATED_DT=(
                dt.datetime(2026, 1, 1)
                - dt.timedelta(days=rnd.randint(1, 3 * 365), minutes=rnd.randint(0, 1439))
            ).strftime("%d/%m/%Y %H:%M"),
        )

    def records(self):
        rnd = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            is_kid = p.get("parent") is not None
            # core banking
            r = rnd.random()
            n_kyc = (
                0
                if r < (0.25 if is_kid else 0.08)
                else (2 if r > 0.93 or (len(p["ids"]) > 1 and rnd.random() < 0.5) else 1)
            )
            for i in range(n_kyc):
                self.kyc(p, second=(i == 1))
            # credit cards (principal)
            if age >= 21 and rnd.random() < 0.42:
                for _ in range(rnd.choices([1, 2, 3], [70, 25, 5])[0]):
                    self.card(p)
                    # supplementary cards for the spouse or the children
                    if p.get("spouse") and p["spouse"] in self.persons and rnd.random() < 0.25:
                        self.card(p["spouse"], supp_of=p)
            # app
            if age < 75 and rnd.random() < (0.62 if age < 50 else 0.35):
                self.app(p)
                if rnd.random() < 0.07:
                    self.app(p, second=True)
            # CRM
            for _ in range(rnd.choices([0, 1, 2, 3, 4, 5], [42, 30, 15, 8, 3, 2])[0]):
                self.crm(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)


def sea(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    b = Bank(persons, seed)
    b.population()
    df = b.records()
    return records_and_truth(df, "REC_NO")
