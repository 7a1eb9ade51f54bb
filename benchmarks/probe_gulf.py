"""A Gulf / South Asian e-commerce and loyalty platform: customers in the UAE, Saudi Arabia,
India and Pakistan.

Four systems stacked in one file (a ``source`` column; a column of the same name in two systems
is one column): app sign-ups (name, mobile, e-mail, birth date, city, Aadhaar's last four),
order lines (delivery name and phone sometimes a relative's, a colleague's, a driver's or a
maid's), a loyalty card (the name in Arabic script, Emirates ID, iqama, CNIC) and customer
service tickets (caller, contact and WhatsApp numbers). Arabic names in many Latin spellings,
with and without the father's and grandfather's names and the article; South Indian initials
and fathers' names as surnames; Muhammad written six ways; phones in every national and
international form; shared family e-mails and phones; second accounts.
"""

from __future__ import annotations

import random
import string

import pandas as pd

from check_digits import luhn_digit

# name pools: canonical -> (Arabic, [(Latin spelling, weight)], pool weight)
ARAB_M = {
    "Mohammed": ("محمد", [("Mohammed", 35), ("Mohamed", 20), ("Muhammad", 18), ("Mohammad", 10),
        ("Mohd", 8), ("Mohamad", 5), ("Muhammed", 4)], 30),
    "Ahmed": ("أحمد", [("Ahmed", 60), ("Ahmad", 38), ("Ahmmed", 2)], 12),
    "Abdulrahman": ("عبدالرحمن", [("Abdulrahman", 40), ("Abdul Rahman", 25), ("Abdelrahman", 12),
        ("Abd al-Rahman", 5), ("Abdul-Rahman", 10), ("Abdurrahman", 8)], 5),
    "Abdullah": ("عبدالله", [("Abdullah", 70), ("Abdulla", 18), ("Abdallah", 10), ("Abd Allah", 2)],
        8),
    "Abdulaziz": ("عبدالعزيز", [("Abdulaziz", 60), ("Abdul Aziz", 25), ("Abdelaziz", 15)], 4),
    "Khalid": ("خالد", [("Khalid", 60), ("Khaled", 40)], 6),
    "Omar": ("عمر", [("Omar", 80), ("Umar", 15), ("Omer", 5)], 5),
    "Ali": ("علي", [("Ali", 100)], 7),
    "Hassan": ("حسن", [("Hassan", 75), ("Hasan", 25)], 4),
    "Hussein": ("حسين", [("Hussein", 40), ("Hussain", 40), ("Husain", 10), ("Hussien", 10)], 3),
    "Saeed": ("سعيد", [("Saeed", 65), ("Said", 25), ("Saied", 10)], 4),
    "Saleh": ("صالح", [("Saleh", 85), ("Salih", 15)], 3),
    "Faisal": ("فيصل", [("Faisal", 85), ("Faysal", 15)], 3),
    "Sultan": ("سلطان", [("Sultan", 100)], 3),
    "Rashid": ("راشد", [("Rashid", 55), ("Rashed", 35), ("Rasheed", 10)], 3),
    "Hamad": ("حمد", [("Hamad", 80), ("Hamed", 20)], 2),
    "Hamdan": ("حمدان", [("Hamdan", 100)], 1),
    "Majid": ("ماجد", [("Majid", 60), ("Majed", 35), ("Maged", 5)], 2),
    "Yousef": ("يوسف", [("Yousef", 40), ("Yousuf", 20), ("Yusuf", 20), ("Youssef", 20)], 3),
    "Ibrahim": ("إبراهيم", [("Ibrahim", 80), ("Ebrahim", 15), ("Ibraheem", 5)], 3),
    "Nasser": ("ناصر", [("Nasser", 65), ("Naser", 25), ("Nasir", 10)], 2),
    "Fahad": ("فهد", [("Fahad", 70), ("Fahd", 30)], 3),
    "Turki": ("تركي", [("Turki", 100)], 1),
    "Mansour": ("منصور", [("Mansour", 60), ("Mansoor", 35), ("Mansur", 5)], 2),
    "Tariq": ("طارق", [("Tariq", 50), ("Tarek", 30), ("Tareq", 20)], 2),
    "Waleed": ("وليد", [("Waleed", 60), ("Walid", 40)], 2),
    "Jassim": ("جاسم", [("Jassim", 60), ("Jasim", 30), ("Jasem", 10)], 1),
    "Saif": ("سيف", [("Saif", 100)], 2),
    "Mahmoud": ("محمود", [("Mahmoud", 60), ("Mahmood", 30), ("Mahmud", 10)], 2),
    "Mustafa": ("مصطفى", [("Mustafa", 60), ("Mostafa", 30), ("Moustafa", 10)], 2),
    "Bandar": ("بندر", [("Bandar", 100)], 1),
    "Nawaf": ("نواف", [("Nawaf", 100)], 1),
}  # fmt: skip
ARAB_F = {
    "Fatima": ("فاطمة", [("Fatima", 60), ("Fatma", 20), ("Fatimah", 15), ("Fathima", 5)], 14),
    "Aisha": ("عائشة", [("Aisha", 50), ("Aysha", 25), ("Ayesha", 15), ("Aesha", 10)], 8),
    "Maryam": ("مريم", [("Maryam", 60), ("Mariam", 35), ("Mariyam", 5)], 9),
    "Noura": ("نورة", [("Noura", 55), ("Nora", 25), ("Nourah", 20)], 6),
    "Sara": ("سارة", [("Sara", 60), ("Sarah", 40)], 6),
    "Huda": ("هدى", [("Huda", 80), ("Hoda", 20)], 3),
    "Reem": ("ريم", [("Reem", 90), ("Rim", 10)], 4),
    "Hessa": ("حصة", [("Hessa", 60), ("Hissa", 30), ("Hesa", 10)], 3),
    "Latifa": ("لطيفة", [("Latifa", 75), ("Latifah", 25)], 2),
    "Amal": ("أمل", [("Amal", 100)], 3),
    "Shaikha": ("شيخة", [("Shaikha", 50), ("Sheikha", 40), ("Shaikhah", 10)], 3),
    "Mouza": ("موزة", [("Mouza", 65), ("Moza", 35)], 2),
    "Khadija": ("خديجة", [("Khadija", 60), ("Khadeeja", 25), ("Khadijah", 15)], 3),
    "Layla": ("ليلى", [("Layla", 45), ("Laila", 40), ("Leila", 15)], 3),
    "Asma": ("أسماء", [("Asma", 70), ("Asmaa", 30)], 2),
    "Haya": ("هيا", [("Haya", 100)], 2),
    "Alanoud": ("العنود", [("Alanoud", 50), ("Al Anoud", 30), ("Anoud", 20)], 2),
}  # fmt: skip
# Gulf family names (with the article): Arabic, spellings of the root, weight
ARAB_FAM = {
    "Harbi": ("الحربي", [("Harbi", 100)], 6),
    "Otaibi": ("العتيبي", [("Otaibi", 70), ("Oteibi", 20), ("Utaybi", 10)], 7),
    "Qahtani": ("القحطاني", [("Qahtani", 70), ("Kahtani", 20), ("Gahtani", 10)], 7),
    "Ghamdi": ("الغامدي", [("Ghamdi", 100)], 5),
    "Zahrani": ("الزهراني", [("Zahrani", 100)], 5),
    "Dosari": ("الدوسري", [("Dosari", 60), ("Dossari", 30), ("Dawsari", 10)], 5),
    "Mutairi": ("المطيري", [("Mutairi", 80), ("Mutari", 20)], 6),
    "Shammari": ("الشمري", [("Shammari", 70), ("Shamari", 30)], 5),
    "Anazi": ("العنزي", [("Anazi", 60), ("Enezi", 25), ("Anezi", 15)], 4),
    "Subaie": ("السبيعي", [("Subaie", 60), ("Subaei", 40)], 2),
    "Shehhi": ("الشحي", [("Shehhi", 80), ("Shehi", 20)], 4),
    "Mansoori": ("المنصوري", [("Mansoori", 60), ("Mansouri", 40)], 5),
    "Mazrouei": ("المزروعي", [("Mazrouei", 50), ("Mazroui", 30), ("Mazrouie", 20)], 4),
    "Nuaimi": ("النعيمي", [("Nuaimi", 60), ("Noaimi", 30), ("Nuaimy", 10)], 4),
    "Suwaidi": ("السويدي", [("Suwaidi", 80), ("Suwaidy", 20)], 3),
    "Ketbi": ("الكتبي", [("Ketbi", 70), ("Kitbi", 30)], 3),
    "Hashemi": ("الهاشمي", [("Hashemi", 60), ("Hashimi", 40)], 3),
    "Falasi": ("الفلاسي", [("Falasi", 80), ("Falasy", 20)], 2),
    "Shamsi": ("الشامسي", [("Shamsi", 100)], 3),
    "Balushi": ("البلوشي", [("Balushi", 60), ("Baloushi", 30), ("Bloushi", 10)], 3),
    "Zaabi": ("الزعابي", [("Zaabi", 100)], 2),
    "Kaabi": ("الكعبي", [("Kaabi", 100)], 3),
    "Hammadi": ("الحمادي", [("Hammadi", 100)], 3),
    "Marzouqi": ("المرزوقي", [("Marzouqi", 70), ("Marzooqi", 30)], 3),
}  # fmt: skip
# Levant / Egypt expatriates: family names without the article
EXPAT_FAM = {
    "Haddad": ("حداد", [("Haddad", 100)], 3),
    "Khoury": ("خوري", [("Khoury", 70), ("Khouri", 30)], 2),
    "Nasr": ("نصر", [("Nasr", 100)], 2),
    "Saad": ("سعد", [("Saad", 100)], 2),
    "Mansour": ("منصور", [("Mansour", 80), ("Mansoor", 20)], 2),
    "Hamdy": ("حمدي", [("Hamdy", 60), ("Hamdi", 40)], 2),
    "Abdelaziz": ("عبدالعزيز", [("Abdelaziz", 60), ("Abdel Aziz", 40)], 2),
    "Youssef": ("يوسف", [("Youssef", 60), ("Yousef", 40)], 2),
    "Ibrahim": ("إبراهيم", [("Ibrahim", 100)], 2),
}  # fmt: skip
# India (north, south), Pakistan: name -> weight
IN_N_M = {
    "Rahul": 10, "Amit": 8, "Rajesh": 6, "Suresh": 5, "Vikram": 3, "Sanjay": 5, "Deepak": 5,
    "Anil": 5, "Sunil": 5, "Manoj": 5, "Arjun": 3, "Rohit": 5, "Vijay": 5, "Ajay": 4, "Ravi": 5,
    "Nikhil": 3, "Karan": 3, "Gaurav": 3,
}  # fmt: skip
IN_N_F = {
    "Priya": 8, "Pooja": 7, "Anjali": 5, "Neha": 6, "Sunita": 4, "Kavita": 4, "Divya": 4,
    "Sneha": 4, "Meera": 3, "Ritu": 3, "Swati": 3,
}  # fmt: skip
IN_N_FAM = {
    "Sharma": 12, "Kumar": 14, "Singh": 10, "Patel": 8, "Gupta": 6, "Verma": 5, "Joshi": 4,
    "Mehta": 4, "Shah": 5, "Agarwal": 3, "Jain": 3, "Chauhan": 2, "Yadav": 3, "Mishra": 3,
    "Pandey": 2,
}  # fmt: skip
IN_S_M = {
    "Ramesh": 6, "Suresh": 5, "Rajesh": 5, "Anil": 5, "Biju": 4, "Shaji": 3, "Manoj": 5,
    "Santhosh": 4, "Rajan": 3, "Jose": 4, "Thomas": 3, "Mathew": 3, "Abdul Rasheed": 3,
    "Mohammed Ashraf": 3, "Shameer": 3, "Noushad": 3, "Venkatesh": 3, "Senthil": 3, "Arun": 4,
}  # fmt: skip
IN_S_F = {
    "Lakshmi": 5, "Divya": 4, "Anitha": 4, "Sreeja": 3, "Reshma": 3, "Deepa": 4, "Priya": 4,
    "Soumya": 3, "Mary": 3, "Jincy": 2, "Fathima": 4,
}  # fmt: skip
IN_S_FATHER = [
    "Krishnan", "Kumar", "Nair", "Pillai", "Menon", "Raghavan", "Varghese", "George", "Mathew",
    "Thomas", "Joseph", "Kunju", "Moideen", "Abdulla", "Rajan", "Subramanian", "Iyer", "Reddy",
    "Rao", "Gopalan", "Narayanan", "Vasudevan",
]  # fmt: skip
PK_M = {
    "Imran": 6, "Asif": 5, "Bilal": 5, "Usman": 5, "Hamza": 4, "Faisal": 4, "Kashif": 4, "Adnan": 4,
    "Zeeshan": 3, "Waqas": 4, "Shahid": 4, "Tariq": 3, "Naveed": 3, "Arshad": 3, "Sajid": 3,
    "Irfan": 4, "Nadeem": 3, "Ali": 5, "Umar": 3,
}  # fmt: skip
PK_F = {
    "Ayesha": 6, "Fatima": 6, "Sana": 5, "Hina": 4, "Saima": 4, "Nadia": 4, "Rabia": 4, "Sadia": 4,
    "Amna": 3, "Sobia": 2, "Mehwish": 2,
}  # fmt: skip
PK_FAM = {
    "Khan": 20, "Ahmed": 8, "Ali": 6, "Butt": 4, "Malik": 6, "Chaudhry": 5, "Qureshi": 4,
    "Sheikh": 4, "Raza": 3, "Hussain": 5, "Iqbal": 4, "Akhtar": 3, "Mirza": 3, "Rana": 3, "Awan": 3,
    "Abbasi": 3,
}  # fmt: skip
PK_FAM_VAR = {
    "Chaudhry": ["Chaudhry", "Chaudhary", "Choudhry", "Ch."],
    "Sheikh": ["Sheikh", "Shaikh"],
    "Hussain": ["Hussain", "Hussein", "Husain"],
    "Ahmed": ["Ahmed", "Ahmad"],
    "Qureshi": ["Qureshi", "Qurashi"],
}  # fmt: skip
MUHAMMAD_PK = [
    ("Muhammad", 45), ("Mohammad", 15), ("M.", 12), ("Mohd", 8), ("Muhammed", 5), ("", 15),
]  # fmt: skip
FOREIGN_DOMAINS = [
    ("gmail.com", 52), ("yahoo.com", 13), ("hotmail.com", 14), ("outlook.com", 8), ("icloud.com",
    5), ("live.com", 3),
]  # fmt: skip
# places: city -> (Arabic, ways of writing it, areas, weight)
AE = {
    "Dubai": ("دبي", ["DXB", "Dubai", "DUBAI", "Dubai UAE"], ["Al Barsha 1", "Al Barsha 2", "Deira",
        "Bur Dubai", "Al Karama", "JLT", "Dubai Marina", "JVC", "International City", "Al Nahda 2",
        "Al Qusais", "Mirdif", "Silicon Oasis", "Discovery Gardens", "Al Satwa", "Jumeirah 1"], 50),
    "Sharjah": ("الشارقة", ["SHJ", "Sharjah", "Sharja"], ["Al Nahda", "Al Majaz 2", "Al Taawun",
        "Muwaileh", "Al Khan", "Rolla", "Al Qasimia"], 22),
    "Abu Dhabi": ("أبوظبي", ["AUH", "Abu Dhabi", "Abudhabi"], ["Khalifa City A", "Al Reem Island",
        "Mussafah", "Al Khalidiya", "Mohammed Bin Zayed City", "Al Muroor"], 20),
    "Ajman": ("عجمان", ["Ajman"], ["Al Nuaimiya", "Al Rashidiya", "Al Jurf"], 5),
    "Al Ain": ("العين", ["Al Ain", "Alain"], ["Al Jimi", "Al Muwaiji"], 3),
}  # fmt: skip
SA = {
    "Riyadh": ("الرياض", ["Riyadh", "Riyadh KSA", "RUH"], ["Al Olaya", "Al Malaz", "Al Nakheel",
        "Al Yasmin", "Al Sulimaniyah", "Al Rawabi"], 45),
    "Jeddah": ("جدة", ["Jeddah", "Jiddah", "JED"], ["Al Rawdah", "Al Safa", "Al Hamra", "Al Zahra",
        "Al Naeem"], 30),
    "Dammam": ("الدمام", ["Dammam"], ["Al Faisaliyah", "Al Shati", "Al Badiyah"], 15),
    "Khobar": ("الخبر", ["Khobar", "Al Khobar", "Alkhobar"], ["Al Aqrabiyah", "Al Rakah"], 10),
}  # fmt: skip
SA_STREETS = [
    "King Fahd Rd", "Prince Sultan St", "Tahlia St", "King Abdullah Rd", "Olaya St",
    "Prince Mohammed bin Abdulaziz St", "Al Madinah Rd",
]  # fmt: skip
# India: city -> (state, [(area, PIN)], weight)
IN = {
    "Kochi": ("Kerala", [("Kakkanad", "682030"), ("Edappally", "682024"), ("Palarivattom",
        "682025")], 20),
    "Thrissur": ("Kerala", [("Poonkunnam", "680002"), ("Ayyanthole", "680003")], 10),
    "Kozhikode": ("Kerala", [("Mavoor Road", "673004"), ("Nadakkavu", "673011")], 10),
    "Mumbai": ("Maharashtra", [("Andheri West", "400058"), ("Powai", "400076"), ("Borivali",
        "400066")], 15),
    "Delhi": ("Delhi", [("Lajpat Nagar", "110024"), ("Dwarka Sec 7", "110075"), ("Rohini Sec 9",
        "110085")], 15),
    "Bengaluru": ("Karnataka", [("Whitefield", "560066"), ("Koramangala", "560034"), ("HSR Layout",
        "560102")], 12),
    "Hyderabad": ("Telangana", [("Gachibowli", "500032"), ("Kukatpally", "500072")], 8),
    "Chennai": ("Tamil Nadu", [("T Nagar", "600017"), ("Velachery", "600042")], 10),
}  # fmt: skip
# Pakistan: city -> areas
PK = {
    "Karachi": ["Gulshan-e-Iqbal Block 13-D", "DHA Phase 6", "Clifton Block 5",
        "North Nazimabad Block H", "PECHS Block 2"],
    "Lahore": ["Johar Town", "Model Town", "DHA Phase 5", "Gulberg III", "Bahria Town"],
    "Islamabad": ["F-10/2", "G-11/3", "E-11/4", "I-8/3"],
    "Rawalpindi": ["Satellite Town", "Bahria Town Phase 7"],
    "Faisalabad": ["Peoples Colony", "Madina Town"],
}  # fmt: skip
LANDMARKS = [
    "Near City Centre", "Opp. Lulu Hypermarket", "Behind Carrefour", "Near Metro Station",
    "Next to ADCB Bank", "Near Masjid", "Opp. Emirates NBD", "Near Union Coop", "Behind Nesto",
    "Near Mall",
]  # fmt: skip
IN_LANDMARKS = [
    "Near SBI", "Opp. Bus Stand", "Behind Temple", "Near Railway Station", "Near Reliance Fresh",
    "Opp. Govt School",
]  # fmt: skip
TOWERS = [
    "Marina Heights", "Al Noor Tower", "Lake View Tower", "Sky Gardens", "Al Fattan Tower",
    "Golden Sands 5", "Al Manara Bldg", "Sunrise Bldg", "Crystal Residence", "Palm Tower",
    "Al Khail Heights", "Rose Tower",
]  # fmt: skip
NATIONALITY = {
    "AE": ["UAE", "Emirati", "United Arab Emirates", "الإمارات"],
    "SA": ["Saudi", "Saudi Arabia", "KSA", "السعودية"],
    "EG": ["Egypt", "Egyptian", "EGY"],
    "JO": ["Jordan", "Jordanian"],
    "IN": ["India", "Indian", "IND"],
    "PK": ["Pakistan", "Pakistani", "PAK"],
}  # fmt: skip

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# e-mail local parts: f given name, l family name, N digits, il initial + family name
EMAIL_FORMS = {
    "f.l": 22, "fl": 12, "f_l": 6, "f.lNN": 12, "fNN": 10, "fNNNN": 8, "flN": 6, "il": 6,
    "nick": 10, "lf": 4, "f": 4,
}  # fmt: skip
EMAIL_WORDS = ["cool", "king", "princess", "star", "mr", "its", "the", "real", "dubai", "desert"]
IN_APARTMENTS = [
    "Green Meadows Apts", "Sai Residency", "Lake View Apts", "Sobha Gardens", "Skyline Towers",
]  # fmt: skip


def wchoice(rnd, items):
    """items: list of (value, weight) or dict value->weight."""
    if isinstance(items, dict):
        items = list(items.items())
    vals, ws = zip(*items, strict=True)
    return rnd.choices(vals, ws)[0]


def pool_choice(rnd, pool):
    return rnd.choices(list(pool), [v[2] for v in pool.values()])[0]


class Platform:
    """Draws the customers, then each system's records of them."""

    def __init__(self, n_persons: int, seed: int):
        self.rnd = random.Random(seed)
        self.n = n_persons
        self.used_phones = set()
        self.used_ids = set()
        self.used_emails = set()
        self.persons = []
        self.rows = []
        self.seq = {}

    # -- helpers ---------------------------------------------------------------------------
    def typo(self, s: str) -> str:
        rnd = self.rnd
        if len(s) < 4:
            return s
        i = rnd.randrange(1, len(s) - 1)
        op = rnd.random()
        if op < 0.35:
            return s[:i] + s[i + 1 :]
        if op < 0.6:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        if op < 0.8:
            return s[:i] + s[i] + s[i:]  # doubled letter (Hassan/Hasan style)
        return s[:i] + rnd.choice("aeiouhy") + s[i + 1 :]

    def new_mobile(self, cc):
        rnd = self.rnd
        while True:
            if cc == "AE":
                n = rnd.choice(["50", "52", "54", "55", "56", "58"]) + f"{rnd.randrange(10**7):07d}"
            elif cc == "SA":
                n = "5" + rnd.choice("0345689") + f"{rnd.randrange(10**7):07d}"
            elif cc == "IN":
                n = rnd.choice("6789") + f"{rnd.randrange(10**9):09d}"
            else:
                n = (
                    "3"
                    + rnd.choice(["00", "01", "03", "05", "11", "21", "33", "45"])
                    + f"{rnd.randrange(10**7):07d}"
                )
            if (cc, n) not in self.used_phones:
                self.used_phones.add((cc, n))
                return (cc, n)

    def fmt_phone(self, ph, style=None):
        """National significant number -> one of the ways a system writes it."""
        cc, n = ph
        code = {"AE": "971", "SA": "966", "IN": "91", "PK": "92"}[cc]
        rnd = self.rnd
        style = style or rnd.choice(
            ["e164", "e164sp", "00", "plain_cc", "national", "national_sp", "bare"]
        )
        if style == "e164":
            return f"+{code}{n}"
        if style == "e164sp":
            if cc in ("AE", "SA"):
                return f"+{code} {n[:2]} {n[2:5]} {n[5:]}"
            if cc == "IN":
                return f"+{code} {n[:5]} {n[5:]}"
            return f"+{code} {n[:3]} {n[3:]}"
        if style == "00":
            return f"00{code}{n}"
        if style == "plain_cc":
            return f"{code}{n}"
        if style == "national":
            return f"0{n}"
        if style == "national_sp":
            if cc in ("AE", "SA"):
                return (
                    f"0{n[:2]}-{n[2:5]}-{n[5:]}"
                    if rnd.random() < 0.5
                    else f"0{n[:2]} {n[2:5]} {n[5:]}"
                )
            if cc == "IN":
                return f"0{n[:5]} {n[5:]}"
            return f"0{n[:3]}-{n[3:]}"
        return n  # bare national number without the trunk 0 (as typed into a +971 prefixed field)

    def unique_digits(self, k):
        while True:
            s = f"{self.rnd.randrange(10**k):0{k}d}"
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    # -- persons ---------------------------------------------------------------------------
    def make_person(self, cid, kind=None, gender=None, residence=None, family=None, father=None):
        rnd = self.rnd
        kind = kind or wchoice(
            rnd, {"gulf": 30, "arab_expat": 10, "in_north": 17, "in_south": 20, "pk": 23}
        )
        gender = gender or ("M" if rnd.random() < 0.62 else "F")
        if residence is None:
            if kind == "gulf":
                residence = "AE" if rnd.random() < 0.55 else "SA"
            elif kind == "arab_expat":
                residence = "AE" if rnd.random() < 0.6 else "SA"
            elif kind in ("in_north", "in_south"):
                residence = wchoice(rnd, {"AE": 50, "SA": 15, "IN": 35})
            else:
                residence = wchoice(rnd, {"AE": 40, "SA": 25, "PK": 35})
        p = {"cid": cid, "kind": kind, "gender": gender, "res": residence}
        if kind in ("gulf", "arab_expat"):
            p["given"] = pool_choice(rnd, ARAB_M if gender == "M" else ARAB_F)
            p["father"] = father or pool_choice(rnd, ARAB_M)
            p["grandfather"] = pool_choice(rnd, ARAB_M)
            if kind == "gulf":
                p["family"] = family or pool_choice(rnd, ARAB_FAM)
                p["nat"] = residence
            else:
                # Egyptian/Jordanian: half have a family name, half the grandfather's given name
                p["family"] = family or (
                    pool_choice(rnd, EXPAT_FAM) if rnd.random() < 0.5 else None
                )
                p["nat"] = rnd.choice(["EG", "JO"])
        elif kind == "in_north":
            p["given"] = wchoice(rnd, IN_N_M if gender == "M" else IN_N_F)
            p["family"] = family or wchoice(rnd, IN_N_FAM)
            p["middle"] = (
                "Kumar" if gender == "M" and p["family"] != "Kumar" and rnd.random() < 0.2 else None
            )
            p["nat"] = "IN"
        elif kind == "in_south":
            p["given"] = wchoice(rnd, IN_S_M if gender == "M" else IN_S_F)
            # the father's name: an initial in some records, spelt out in others
            p["father"] = father or rnd.choice(IN_S_FATHER)
            p["family"] = family  # wives may take husband's given name as surname
            p["nat"] = "IN"
        else:
            p["given"] = wchoice(rnd, PK_M if gender == "M" else PK_F)
            p["family"] = family or wchoice(rnd, PK_FAM)
            p["muhammad"] = gender == "M" and rnd.random() < 0.45
            p["nat"] = "PK"
        # birth date
        y = rnd.randrange(1955, 2004)
        p["dob"] = (y, rnd.randrange(1, 13), rnd.randrange(1, 29))
        # phones: a personal mobile in the country of residence; expats often keep a home number
        p["mobiles"] = [self.new_mobile(residence)]
        if p["nat"] in ("IN", "PK") and residence in ("AE", "SA") and rnd.random() < 0.35:
            p["home_mobile"] = self.new_mobile(p["nat"])  # WhatsApp on the Indian/Pakistani number
        if rnd.random() < 0.12:
            p["mobiles"].append(self.new_mobile(residence))  # changed number
        # national ids
        if residence == "AE":
            body = f"784{y}" + self.unique_digits(7)
            p["eid"] = body + luhn_digit(body)
        if residence == "SA":
            p["iqama"] = ("1" if p["nat"] == "SA" else "2") + self.unique_digits(9)
        if residence == "PK" or (p["nat"] == "PK" and rnd.random() < 0.3):
            p["cnic"] = (
                rnd.choice(["35202", "42101", "61101", "37405"])
                + self.unique_digits(7)
                + rnd.choice("13579" if gender == "M" else "24680")
            )
        if p["nat"] == "IN":
            p["aadhaar4"] = f"{rnd.randrange(10000):04d}"
        p["addr"] = self.make_address(p)
        p["email"] = self.make_email(p)
        return p

    def latin(self, pool, canon, stable=None):
        """A spelling of a canonical Arabic name: the person's usual one 70%, another otherwise."""
        spellings = pool[canon][1]
        if stable is not None and self.rnd.random() < 0.7:
            return stable
        return wchoice(self.rnd, spellings)

    def fam_latin(self, p):
        """The family name as one record spells it (the article written many ways)."""
        rnd = self.rnd
        fam = p.get("family")
        if fam is None:
            return None
        if p["kind"] == "gulf":
            root = p.setdefault("fam_root", wchoice(rnd, ARAB_FAM[fam][1]))
            if rnd.random() < 0.4:
                root = wchoice(rnd, ARAB_FAM[fam][1])
            art = p.setdefault(
                "art", wchoice(rnd, {"Al ": 35, "Al-": 22, "Al": 25, "": 10, "El ": 4, "El-": 4})
            )
            if rnd.random() < 0.45:
                art = wchoice(rnd, {"Al ": 35, "Al-": 22, "Al": 25, "": 12, "El-": 3, "al-": 3})
            return art + (root.lower() if art in ("Al", "El") else root)
        if p["kind"] == "arab_expat":
            return wchoice(rnd, EXPAT_FAM[fam][1]) if fam in EXPAT_FAM else fam
        if p["kind"] == "pk" and fam in PK_FAM_VAR and rnd.random() < 0.35:
            return rnd.choice(PK_FAM_VAR[fam])
        return fam

    def given_latin(self, p):
        if p["kind"] in ("gulf", "arab_expat"):
            pool = ARAB_M if p["gender"] == "M" else ARAB_F
            st = p.setdefault("given_sp", wchoice(self.rnd, pool[p["given"]][1]))
            return self.latin(pool, p["given"], st)
        return p["given"]

    def name_parts(self, p, formal=False):
        """(given, middle words, family) as one record writes them; formal: an ID-backed system."""
        rnd = self.rnd
        k = p["kind"]
        g = self.given_latin(p)
        if k in ("gulf", "arab_expat"):
            fa = self.latin(
                ARAB_M, p["father"], p.setdefault("father_sp", wchoice(rnd, ARAB_M[p["father"]][1]))
            )
            gf = self.latin(ARAB_M, p["grandfather"])
            fam = self.fam_latin(p)
            mids = []
            if formal or rnd.random() < 0.3:
                mids = [fa]
                if formal and rnd.random() < 0.5:
                    mids.append(gf)
                if k == "gulf" and p["gender"] == "M" and rnd.random() < 0.2:
                    mids = [rnd.choice(["bin", "Bin", "bin"]), *mids]
                if k == "gulf" and p["gender"] == "F" and rnd.random() < 0.2:
                    mids = ["bint", *mids]
            if fam is None:  # Egyptian style: given father grandfather
                fam = gf if (formal or rnd.random() < 0.6) else None
                if fam is None and not mids:
                    fam = fa
            return g, mids, fam
        if k == "in_north":
            mids = [p["middle"]] if p.get("middle") and rnd.random() < 0.5 else []
            return g, mids, p["family"]
        if k == "in_south":
            fa = p["father"]
            if p.get("family"):
                return g, [], p["family"]
            r = rnd.random()
            if formal or r < 0.35:
                return g, [], fa  # passport style: given + father's name as surname
            if r < 0.7:
                return g, [], fa[0] + ("." if rnd.random() < 0.5 else "")  # "Ramesh K"
            if r < 0.85:
                return fa[0] + ".", [], g  # "K. Ramesh"  (initial first)
            return g, [], None  # single word
        # pk
        m = ""
        if p.get("muhammad"):
            m = (
                p.setdefault("m_sp", wchoice(rnd, MUHAMMAD_PK))
                if rnd.random() < 0.6
                else wchoice(rnd, MUHAMMAD_PK)
            )
        g2 = (m + " " + g).strip() if m else g
        fam = self.fam_latin(p)
        if rnd.random() < 0.08:
            fam = None  # "Muhammad Imran" only
        return g2, [], fam

    def full_name(self, p, formal=False, swap_p=0.0, single_p=0.0):
        g, mids, fam = self.name_parts(p, formal)
        rnd = self.rnd
        if rnd.random() < single_p:
            return g.split()[-1] if rnd.random() < 0.5 and len(g.split()) > 1 else g
        if fam and rnd.random() < swap_p:
            return f"{fam} {g}" if rnd.random() < 0.6 else f"{fam}, {g}"
        return " ".join([g, *mids, *([fam] if fam else [])])

    def arabic_name(self, p):
        if p["kind"] not in ("gulf", "arab_expat"):
            return None
        pool = ARAB_M if p["gender"] == "M" else ARAB_F
        parts = [pool[p["given"]][0], ARAB_M[p["father"]][0]]
        if self.rnd.random() < 0.5:
            parts.append(ARAB_M[p["grandfather"]][0])
        fam = p.get("family")
        if fam:
            parts.append(ARAB_FAM[fam][0] if fam in ARAB_FAM else EXPAT_FAM[fam][0])
        elif len(parts) == 2:
            parts.append(ARAB_M[p["grandfather"]][0])
        if p["kind"] == "gulf" and self.rnd.random() < 0.15:
            parts.insert(1, "بن" if p["gender"] == "M" else "بنت")
        return " ".join(parts)

    def make_email(self, p):
        rnd = self.rnd
        if rnd.random() < 0.06:
            return None
        g = self.given_latin(p).lower().replace(" ", "").replace(".", "").replace("-", "")
        fam = self.fam_latin(p) or p.get("father") or ""
        f = fam.lower().replace(" ", "").replace("-", "").replace(".", "")
        yy = f"{p['dob'][0] % 100:02d}"
        form = wchoice(rnd, EMAIL_FORMS)
        num = rnd.choice([yy, str(rnd.randrange(1, 999)), "786", "007", "123"])
        if not f:
            form = "fNN" if form in ("f.l", "fl", "f_l", "f.lNN", "il", "lf", "flN") else form
        local = {
            "f.l": f"{g}.{f}",
            "fl": f"{g}{f}",
            "f_l": f"{g}_{f}",
            "f.lNN": f"{g}.{f}{num}",
            "fNN": f"{g}{num}",
            "fNNNN": f"{g}{rnd.randrange(1000, 9999)}",
            "flN": f"{g}{f}{rnd.randrange(1, 99)}",
            "il": f"{g[:1]}{f}",
            "lf": f"{f}.{g}",
            "nick": rnd.choice(EMAIL_WORDS)
            + rnd.choice(["_", "", "."])
            + g
            + rnd.choice(["", num]),
            "f": g,
        }[form]
        if p["nat"] == "IN" and rnd.random() < 0.08:
            dom = "rediffmail.com"
        elif p["res"] == "AE" and rnd.random() < 0.03:
            dom = "eim.ae"
        else:
            dom = wchoice(rnd, FOREIGN_DOMAINS)
        # a mailbox belongs to one person: a taken name gets digits, as the provider would ask
        while f"{local}@{dom}" in self.used_emails:
            local = local + str(rnd.randrange(1, 99))
        self.used_emails.add(f"{local}@{dom}")
        return f"{local}@{dom}"

    def make_address(self, p):
        rnd = self.rnd
        a = {"cc": p["res"]}
        if p["res"] == "AE":
            city = rnd.choices(list(AE), [v[3] for v in AE.values()])[0]
            a.update(
                city=city,
                area=rnd.choice(AE[city][2]),
                villa=rnd.random() < (0.7 if p["kind"] == "gulf" else 0.15),
                no=rnd.randrange(1, 120) if rnd.random() < 0.5 else rnd.randrange(101, 2405),
                tower=rnd.choice(TOWERS),
                street=rnd.randrange(1, 40),
                landmark=rnd.choice(LANDMARKS),
                pobox=rnd.randrange(1000, 99999),
            )
        elif p["res"] == "SA":
            city = rnd.choices(list(SA), [v[3] for v in SA.values()])[0]
            a.update(
                city=city,
                area=rnd.choice(SA[city][2]),
                no=rnd.randrange(1000, 9999),
                street=rnd.choice(SA_STREETS),
                zip=f"{rnd.randrange(11000, 34999)}",
                short=rnd.choice("RJDK")
                + rnd.choice(string.ascii_uppercase)
                + rnd.choice(string.ascii_uppercase)
                + rnd.choice(string.ascii_uppercase)
                + f"{rnd.randrange(1000, 9999)}",
                pobox=rnd.randrange(1000, 99999),
            )
        elif p["res"] == "IN":
            city = rnd.choices(list(IN), [v[2] for v in IN.values()])[0]
            if p["kind"] == "in_south":
                city = rnd.choice(
                    ["Kochi", "Thrissur", "Kozhikode", "Chennai", "Bengaluru", "Hyderabad"]
                )
            elif p["kind"] == "in_north":
                city = rnd.choice(["Mumbai", "Delhi", "Bengaluru", "Hyderabad"])
            area, pin = rnd.choice(IN[city][1])
            a.update(
                city=city,
                state=IN[city][0],
                area=area,
                pin=pin,
                no=f"{rnd.randrange(1, 400)}",
                flat=rnd.random() < 0.5,
                apts=rnd.choice(IN_APARTMENTS),
                landmark=rnd.choice(IN_LANDMARKS),
            )
        else:
            city = rnd.choice(list(PK))
            a.update(
                city=city,
                area=rnd.choice(PK[city]),
                no=rnd.randrange(1, 600),
                street=rnd.randrange(1, 60),
            )
        return a

    def fmt_address(self, a):
        """Free text as a delivery address field holds it."""
        rnd = self.rnd
        cc = a["cc"]
        if cc == "AE":
            city_w = rnd.choice(AE[a["city"]][1]) if rnd.random() < 0.3 else a["city"]
            lm = [a["landmark"]] if rnd.random() < 0.35 else []
            if a["villa"]:
                villa = rnd.choice(["Villa", "Villa No.", "V"]) + f" {a['no']}"
                street = rnd.choice(["Street", "St", "St."]) + f" {a['street']}"
                parts = [villa, street, *lm, a["area"], city_w]
            else:
                unit = rnd.choice(["Flat", "Apt", "Apartment", "Flat No"]) + f" {a['no']}"
                parts = [unit, a["tower"], *lm, a["area"], city_w]
            if rnd.random() < 0.15:
                box = f"P.O. Box {a['pobox']}" if rnd.random() < 0.5 else f"PO Box {a['pobox']}"
                parts = [box, *parts[-2:]]
            if rnd.random() < 0.15:
                rnd.shuffle(parts[:-1])  # shuffles a copy: the order stays, as in the data scored
            s = ", ".join(parts) if rnd.random() < 0.75 else " ".join(parts)
            return s + (", UAE" if rnd.random() < 0.2 else "")
        if cc == "SA":
            if rnd.random() < 0.15:
                return f"{a['short']}, {a['city']}"
            parts = [
                f"Bldg {a['no']}" if rnd.random() < 0.5 else str(a["no"]),
                a["street"],
                a["area"] + rnd.choice([" Dist.", " District", ""]),
                a["city"] + (f" {a['zip']}" if rnd.random() < 0.6 else ""),
            ]
            if rnd.random() < 0.1:
                parts = [f"P.O. Box {a['pobox']}", a["city"]]
            return ", ".join(parts)
        if cc == "IN":
            first = f"Flat {a['no']}, {a['apts']}" if a["flat"] else f"H.No {a['no']}"
            lm = [a["landmark"]] if rnd.random() < 0.4 else []
            state = a["state"] + (f" - {a['pin']}" if rnd.random() < 0.5 else f" {a['pin']}")
            parts = [first, *lm, a["area"], a["city"], state]
            if rnd.random() < 0.2:
                parts[-1] = a["pin"]
            return ", ".join(parts)
        parts = [
            rnd.choice(["House No. ", "House ", "H# ", "H.No "]) + str(a["no"]),
            rnd.choice(["Street ", "St ", "Gali "]) + str(a["street"]),
            a["area"],
            a["city"],
        ]
        return ", ".join(parts)

    def city_of(self, a):
        rnd = self.rnd
        if a["cc"] == "AE":
            r = rnd.random()
            return (
                rnd.choice(AE[a["city"]][1])
                if r < 0.3
                else (AE[a["city"]][0] if r < 0.35 else a["city"])
            )
        if a["cc"] == "SA":
            return rnd.choice(SA[a["city"]][1]) if rnd.random() < 0.3 else a["city"]
        return a["city"]

    def fmt_dob(self, dob, style):
        y, m, d = dob
        rnd = self.rnd
        if rnd.random() < 0.02:
            return "01/01/1900"
        if rnd.random() < 0.03:
            m, d = 1, 1  # year-only birth dates recorded as 1 January
        mon = MONTHS[m - 1]
        return {
            "dmy": f"{d:02d}/{m:02d}/{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dmon": f"{d:02d}-{mon}-{y}",
            "dmy-": f"{d:02d}-{m:02d}-{y}",
        }[style]

    def hijri(self, dob):
        hy = int((dob[0] - 622) * 33 / 32)  # rough Gregorian -> Hijri year
        return f"{hy}/{self.rnd.randrange(1, 13):02d}/{self.rnd.randrange(1, 30):02d}"

    def fmt_eid(self, e):
        r = self.rnd.random()
        if r < 0.55:
            return f"{e[:3]}-{e[3:7]}-{e[7:14]}-{e[14]}"
        if r < 0.9:
            return e
        if r < 0.95:
            return f"{e[:3]} {e[3:7]} {e[7:14]} {e[14]}"
        return e[:3] + "-" + e[3:7] + "-" + self.typo(e[7:14]) + "-" + e[14]

    # -- population ------------------------------------------------------------------------
    def population(self) -> None:
        rnd = self.rnd
        cid = 0
        persons = []
        while len(persons) < self.n:
            cid += 1
            p = self.make_person(f"C{cid:05d}")
            persons.append(p)
            # a wife at his address (sometimes his phone, e-mail and maid), a brother
            if p["gender"] == "M" and rnd.random() < 0.22 and len(persons) < self.n:
                cid += 1
                fam = p.get("family") if p["kind"] in ("in_north", "pk") else None
                if p["kind"] == "in_south":
                    w = self.make_person(
                        f"C{cid:05d}",
                        kind=p["kind"],
                        gender="F",
                        residence=p["res"],
                        family=p["given"].split()[-1] if rnd.random() < 0.4 else None,
                    )
                else:
                    w = self.make_person(
                        f"C{cid:05d}", kind=p["kind"], gender="F", residence=p["res"], family=fam
                    )
                w["addr"] = p["addr"]
                w["uses_husband_phone"] = rnd.random() < 0.35
                w["husband"] = p
                if rnd.random() < 0.2:
                    w["email"] = p["email"]  # family e-mail
                persons.append(w)
                if rnd.random() < 0.3:
                    maid = self.new_mobile(p["res"])
                    p["maid"] = w["maid"] = maid
            if (
                p["kind"] == "gulf"
                and p["gender"] == "M"
                and rnd.random() < 0.12
                and len(persons) < self.n
            ):
                cid += 1  # brother: same father, same family, often same house
                b = self.make_person(
                    f"C{cid:05d}",
                    kind="gulf",
                    gender="M",
                    residence=p["res"],
                    family=p["family"],
                    father=p["father"],
                )
                b["grandfather"] = p["grandfather"]
                if rnd.random() < 0.6:
                    b["addr"] = p["addr"]
                persons.append(b)
        self.persons = persons

    # -- values as one record writes them -------------------------------------------------
    def phone_of(self, p):
        rnd = self.rnd
        if p.get("uses_husband_phone") and rnd.random() < 0.7:
            return p["husband"]["mobiles"][0]
        if len(p["mobiles"]) > 1 and rnd.random() < 0.5:
            return p["mobiles"][1]
        return p["mobiles"][0]

    def email_of(self, p):
        e = p["email"]
        if e and self.rnd.random() < 0.02:
            loc, dom = e.split("@")
            e = self.typo(loc) + "@" + dom
        if e and self.rnd.random() < 0.1:
            e = e.upper() if self.rnd.random() < 0.3 else e[0].upper() + e[1:]
        return e

    def case(self, s, upper_p=0.1, lower_p=0.05):
        if s is None:
            return s
        r = self.rnd.random()
        if r < upper_p:
            return s.upper()
        if r < upper_p + lower_p:
            return s.lower()
        return s

    # -- the systems' records --------------------------------------------------------------
    def add(self, src, p, **cols):
        self.seq[src] = self.seq.get(src, 0) + 1
        cols = {k: v for k, v in cols.items() if v not in (None, "")}
        record_id = f"{src[:3].upper()}{self.seq[src]:06d}"
        self.rows.append({"record_id": record_id, "source": src, "customer_id": p["cid"], **cols})

    def app(self, p):
        """App sign-ups: 72% of customers, 8% of those with a second account."""
        rnd = self.rnd
        a = p["addr"]
        n_app = 0 if rnd.random() > 0.72 else (2 if rnd.random() < 0.08 else 1)
        for i in range(n_app):
            em = self.email_of(p)
            if i == 1:  # second account: a new e-mail (forgot password) or a new phone
                em = self.make_email(p)
            name = self.case(self.full_name(p, single_p=0.07), upper_p=0.05, lower_p=0.12)
            ph = self.phone_of(p)
            gender = "Male" if p["gender"] == "M" else "Female"
            self.add(
                "app",
                p,
                customer_name=name,
                mobile_no=self.fmt_phone(
                    ph, rnd.choice(["e164", "e164", "e164sp", "bare", "national"])
                ),
                email=em,
                date_of_birth=self.fmt_dob(p["dob"], "dmy") if rnd.random() < 0.4 else None,
                gender=rnd.choice([p["gender"], p["gender"], gender])
                if rnd.random() < 0.6
                else None,
                city=self.city_of(a) if rnd.random() < 0.8 else None,
                aadhaar_last4=("XXXX-XXXX-" + p["aadhaar4"])
                if p.get("aadhaar4") and a["cc"] == "IN" and rnd.random() < 0.4
                else None,
            )

    def country(self, cc):
        """The country as the order system writes it (a spelling is drawn for each country)."""
        rnd = self.rnd
        spellings = {
            "AE": rnd.choice(["AE", "UAE", "United Arab Emirates"]),
            "SA": rnd.choice(["SA", "KSA", "Saudi Arabia"]),
            "IN": rnd.choice(["IN", "India"]),
            "PK": rnd.choice(["PK", "Pakistan"]),
        }
        return spellings[cc]

    def order(self, p):
        """An order line: the customer's name and phone, or a gift's, the maid's, the husband's."""
        rnd = self.rnd
        a = p["addr"]
        r = rnd.random()
        if r < 0.07:  # a gift / office delivery: another person's name and phone
            other = self.make_person("X", kind=p["kind"], residence=p["res"])
            dname = self.full_name(other) if rnd.random() < 0.7 else "c/o " + self.full_name(other)
            dphone = other["mobiles"][0]
            addr = other["addr"] if rnd.random() < 0.5 else a
        elif r < 0.12 and p.get("maid"):  # the maid or the driver receives the parcel
            dname, dphone, addr = self.full_name(p), p["maid"], a
        elif r < 0.15 and p.get("husband"):
            dname, dphone, addr = self.full_name(p["husband"]), p["husband"]["mobiles"][0], a
        else:
            dname = self.full_name(p, single_p=0.08, swap_p=0.03)
            dphone, addr = self.phone_of(p), a
        if rnd.random() < 0.04:
            dname = self.typo(dname)
        if rnd.random() < 0.05 and p.get("home_mobile"):
            dphone = p["home_mobile"]
        if addr is not a:
            rnd.random()  # a draw the generator has always spent here: the data stays as scored
        y = rnd.choice([2022, 2023, 2024])
        order_no = f"ORD-{rnd.randrange(10**8):08d}"
        month, day = rnd.randrange(1, 13), rnd.randrange(1, 29)
        hour, minute = rnd.randrange(24), rnd.randrange(60)
        self.add(
            "orders",
            p,
            order_no=order_no,
            order_date=f"{y}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
            account_email=self.email_of(p) if rnd.random() < 0.82 else None,
            delivery_name=self.case(dname, 0.1, 0.08),
            delivery_phone=self.fmt_phone(dphone),
            delivery_address=self.fmt_address(addr),
            city=self.city_of(addr),
            country=self.country(addr["cc"]),
        )

    def loyalty(self, p):
        """The loyalty card of 38% of customers: ID-backed names, often in Arabic script."""
        rnd = self.rnd
        if rnd.random() >= 0.38:
            return
        a = p["addr"]
        ar = self.arabic_name(p) if rnd.random() < 0.65 else None
        g, mids, fam = self.name_parts(p, formal=True)
        first, last = g, " ".join(mids + ([fam] if fam else []))
        if ar and rnd.random() < 0.3:
            first = last = None  # the Arabic name only
        ph = self.phone_of(p)
        dob = None
        if rnd.random() < 0.8:
            if p["nat"] == "SA" and rnd.random() < 0.08:
                dob = self.hijri(p["dob"])
            else:
                dob = self.fmt_dob(p["dob"], rnd.choice(["dmon", "dmy", "dmy-"]))
        self.add(
            "loyalty",
            p,
            loyalty_card_no=self.unique_digits(12),
            **{"الاسم": ar},
            first_name=self.case(first, 0.25, 0),
            last_name=self.case(last, 0.25, 0),
            mobile=self.fmt_phone(ph, rnd.choice(["plain_cc", "plain_cc", "national", "00"])),
            email=self.email_of(p) if rnd.random() < 0.6 else None,
            dob=dob,
            nationality=rnd.choice(NATIONALITY[p["nat"]]) if rnd.random() < 0.85 else None,
            emirates_id=self.fmt_eid(p["eid"]) if p.get("eid") and rnd.random() < 0.6 else None,
            iqama_no=p.get("iqama") if p.get("iqama") and rnd.random() < 0.6 else None,
            cnic=self.cnic_of(p),
            emirate_state=self.state_of(a),
        )

    def cnic_of(self, p):
        c = p.get("cnic")
        if not c or self.rnd.random() >= 0.6:
            return None
        return f"{c[:5]}-{c[5:12]}-{c[12]}" if self.rnd.random() < 0.6 else c

    def state_of(self, a):
        """The emirate, province or state, in Arabic script for some emirates."""
        rnd = self.rnd
        if rnd.random() >= 0.7:
            return None
        if a["cc"] == "AE" and rnd.random() < 0.3:
            return AE[a["city"]][0]
        return a["city"] if a["cc"] in ("AE", "SA") else a.get("state", a["city"])

    def tickets(self, p):
        """Customer service: callers' names, contact and WhatsApp numbers."""
        rnd = self.rnd
        n_cs = rnd.choices([0, 1, 2], [75, 20, 5])[0]
        for _ in range(n_cs):
            ph = self.phone_of(p)
            wa = None
            if rnd.random() < 0.5:
                wa = p.get("home_mobile") if p.get("home_mobile") and rnd.random() < 0.6 else ph
            ticket_no = f"TCK{rnd.randrange(10**7):07d}"
            caller = self.case(self.full_name(p, single_p=0.15, swap_p=0.06), 0.3, 0.1)
            contact_no = None
            if rnd.random() < 0.9:
                style = rnd.choice(["national", "national", "bare", "national_sp", "e164"])
                contact_no = self.fmt_phone(ph, style)
            self.add(
                "cs",
                p,
                ticket_no=ticket_no,
                caller_name=caller,
                contact_no=contact_no,
                whatsapp_no=self.fmt_phone(wa, rnd.choice(["e164", "plain_cc", "e164sp"]))
                if wa
                else None,
                email_id=self.email_of(p) if rnd.random() < 0.45 else None,
                area=p["addr"].get("area") if rnd.random() < 0.5 else None,
            )

    def records(self) -> pd.DataFrame:
        for p in self.persons:
            self.app(p)
            for _ in range(self.rnd.choices([0, 1, 2, 3, 4, 6], [38, 34, 15, 8, 4, 1])[0]):
                self.order(p)
            self.loyalty(p)
            self.tickets(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=self.rnd.randrange(10**6)).reset_index(drop=True)


def gulf(persons: int = 5000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string) and each one's customer."""
    g = Platform(persons, seed)
    g.population()
    df = g.records()
    truth = df.set_index("record_id")["customer_id"]
    df = df.drop(columns=["customer_id"]).astype(object)
    return df.where(df.notna(), None), truth
