"""Punjabis at home and in their diaspora (Indian Punjab, Lahore, the UK, Canada): five systems
stacked in one file (a ``system`` column naming the system; a column of the same name in two
systems is one column).

* An Indian bank in Punjab (``IN_BANK``), English columns and some in Gurmukhi: ``Customer
  Name`` (capitals as on the PAN), ``ਨਾਮ`` (the name in Gurmukhi), ``Father's/Husband's Name``,
  ``ਪਿਤਾ ਦਾ ਨਾਮ``, ``Date of Birth`` (``15-06-1988``), ``Aadhaar No`` (masked ``XXXX-XXXX-1234``),
  ``PAN`` (``ABCPS1234F``: ``P`` a person, the fifth letter the surname's, which for a Sikh is
  ``S`` or ``K``), ``Mobile No`` (``98765 43210``, ``+91-9876543210``, ``09876543210``), ``Landline``
  (``0161-2456789``: a family's), ``Address`` (``VPO Dhudike, Teh. Moga, Distt. Moga``).
* A UK remittance company (``UK_REMIT``): ``Forename``, ``Surname``, ``Date of Birth``
  (``15/06/1988``), ``Mobile`` (``07700 900123``, ``+447700900123``), ``Postcode``, ``Address Line
  1``, ``Recipient Name`` and ``Recipient Mobile`` (a parent or sibling in India or Pakistan:
  someone else, often a customer).
* A Canadian telco (``CA_TELCO``): ``First Name``, ``Last Name``, ``SIN`` (nine digits with their
  Luhn digit, ``123 456 782``), ``Phone`` (``+1 (604) 555-0123``, ``604-555-0123``), ``Street
  Address`` (``12345 72 Ave``), ``City`` (Surrey, Brampton), ``Postal Code``, ``DOB`` (ISO); a
  family's lines on a parent's account.
* A Punjabi matrimonial and gurdwara community site (``SANGAT``): ``full_name`` (one box),
  ``gender``, ``dob``, ``caste``, ``email``, ``whatsapp`` (a number in any country's form),
  ``city``, ``father_name``; a parent's sign-up for a son or daughter with the parent's contacts.
* A Pakistani bank in Lahore (``PK_BANK``), Urdu columns in Shahmukhi: ``اکاؤنٹ نمبر``, ``نام``
  (Shahmukhi or Latin, ``S/O``, ``D/O``, ``W/O`` and the father's or husband's name run in now and
  then), ``ولدیت/زوجیت``, ``شناختی کارڈ نمبر`` (CNIC ``35202-1234567-1``, odd for a man, even for a
  woman), ``تاریخ پیدائش``, ``موبائل نمبر`` (``0300-1234567``, ``+92 300 1234567``), ``شہر``.

What makes it hard: most Sikh men are ``Singh`` and most Sikh women ``Kaur``, the last name for a
large share, so last names say almost nothing; a family name (Gill, Sandhu, Dhillon, Grewal, Brar)
added, instead, or as ``Singh Gill``/``Kaur Sandhu``; given names unisex (Harpreet, Manpreet,
Amandeep), the sex told by Singh or Kaur only, and husband and wife of one given name now and
then; spellings (Harpreet/Harprit, Gurjeet/Gurjit, Sandhu/Sindhu); names in Gurmukhi and
Shahmukhi beside Latin; women's family names changing on marriage; several people on one family
landline; relatives in the UK and Canada at one address; a recipient in India on the sender's row.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, spellings, wpick

# Sikh given names, mostly unisex: Gurmukhi, Latin spellings, sex ("U" either), weight.
SIKH_GIVEN = [
    ("ਹਰਪ੍ਰੀਤ", "Harpreet:75 Harprit:15 Harpret:10", "U", 10), ("ਮਨਪ੍ਰੀਤ", "Manpreet:80 Manprit:20", "U", 9),
    ("ਗੁਰਪ੍ਰੀਤ", "Gurpreet:80 Gurprit:20", "U", 9), ("ਜਸਪ੍ਰੀਤ", "Jaspreet:80 Jasprit:20", "U", 6),
    ("ਅਮਨਦੀਪ", "Amandeep:80 Amandip:20", "U", 8), ("ਨਵਦੀਪ", "Navdeep:75 Navdip:15 Navadeep:10", "U", 6),
    ("ਸੰਦੀਪ", "Sandeep:80 Sandip:20", "U", 6), ("ਕਮਲਜੀਤ", "Kamaljit:60 Kamaljeet:40", "U", 5),
    ("ਰਾਜਵਿੰਦਰ", "Rajwinder:60 Rajvinder:30 Rajwindar:10", "U", 5),
    ("ਪਰਮਿੰਦਰ", "Parminder:70 Paraminder:20 Parmindar:10", "U", 5),
    ("ਸੁਖਵਿੰਦਰ", "Sukhwinder:60 Sukhvinder:30 Sukhwindar:10", "U", 6),
    ("ਜਸਵਿੰਦਰ", "Jaswinder:60 Jasvinder:40", "U", 5), ("ਬਲਜੀਤ", "Baljit:60 Baljeet:40", "U", 4),
    ("ਗੁਰਜੀਤ", "Gurjeet:50 Gurjit:50", "U", 4), ("ਰਵਿੰਦਰ", "Ravinder:70 Ravindar:15 Ravinder:15", "U", 5),
    ("ਕੁਲਦੀਪ", "Kuldeep:70 Kuldip:30", "U", 5), ("ਹਰਜਿੰਦਰ", "Harjinder:80 Harjindar:20", "U", 4),
    ("ਪਰਮਜੀਤ", "Paramjit:60 Paramjeet:40", "U", 4), ("ਇੰਦਰਜੀਤ", "Inderjit:60 Inderjeet:25 Indrajit:15", "U", 3),
    ("ਮਨਜੀਤ", "Manjit:60 Manjeet:40", "U", 4), ("ਰੁਪਿੰਦਰ", "Rupinder:80 Rupindar:20", "U", 3),
    ("ਅੰਮ੍ਰਿਤ", "Amrit:1", "U", 3), ("ਬਲਵਿੰਦਰ", "Balwinder:70 Balvinder:30", "U", 4),
    ("ਹਰਦੀਪ", "Hardeep:75 Hardip:25", "U", 4), ("ਲਵਪ੍ਰੀਤ", "Lovepreet:80 Lovepret:20", "U", 4),
    ("ਸਿਮਰਨਜੀਤ", "Simranjit:60 Simranjeet:40", "U", 3), ("ਕੁਲਵੰਤ", "Kulwant:70 Kulvant:30", "U", 3),
    ("ਰਣਜੀਤ", "Ranjit:70 Ranjeet:30", "M", 4), ("ਗੁਰਮੀਤ", "Gurmeet:70 Gurmit:30", "U", 3),
    ("ਜਗਦੀਪ", "Jagdeep:75 Jagdip:25", "M", 3), ("ਅਜੀਤ", "Ajit:60 Ajeet:40", "M", 2),
    ("ਤਰਲੋਚਨ", "Tarlochan:70 Tarlochan:30", "M", 2), ("ਗੁਰਬਚਨ", "Gurbachan:1", "M", 2),
    ("ਜਸਵੀਰ", "Jasvir:50 Jasveer:30 Jasbir:20", "U", 3), ("ਅਰਸ਼ਦੀਪ", "Arshdeep:80 Arshdip:20", "U", 3),
    ("ਸਿਮਰਨ", "Simran:1", "F", 4), ("ਨਵਨੀਤ", "Navneet:75 Navnit:25", "F", 3),
    ("ਹਰਲੀਨ", "Harleen:1", "F", 3), ("ਜਸਲੀਨ", "Jasleen:1", "F", 3), ("ਗੁਰਲੀਨ", "Gurleen:1", "F", 2),
    ("ਕਿਰਨਜੀਤ", "Kiranjit:60 Kiranjeet:40", "F", 3), ("ਸੁਰਿੰਦਰ", "Surinder:70 Surindar:30", "U", 4),
]  # fmt: skip
#: Jat and other Sikh family names (gotras): Gurmukhi, Latin spellings, weight.
SIKH_FAMILY = [
    ("ਗਿੱਲ", "Gill:1", 9), ("ਸੰਧੂ", "Sandhu:80 Sindhu:20", 9), ("ਸਿੱਧੂ", "Sidhu:1", 8),
    ("ਢਿੱਲੋਂ", "Dhillon:75 Dhillion:15 Dillon:10", 7), ("ਗਰੇਵਾਲ", "Grewal:85 Grewall:15", 5),
    ("ਬਰਾੜ", "Brar:1", 5), ("ਬੈਂਸ", "Bains:1", 3), ("ਰੰਧਾਵਾ", "Randhawa:80 Randhava:20", 4),
    ("ਮਾਨ", "Mann:70 Maan:30", 4), ("ਵਿਰਕ", "Virk:1", 3), ("ਜੌਹਲ", "Johal:80 Johl:20", 3),
    ("ਸੇਖੋਂ", "Sekhon:1", 3), ("ਚੀਮਾ", "Cheema:1", 3), ("ਬਾਜਵਾ", "Bajwa:1", 3),
    ("ਧਾਲੀਵਾਲ", "Dhaliwal:80 Dhaliwall:20", 4), ("ਤੂਰ", "Toor:70 Tur:30", 2), ("ਚਾਹਲ", "Chahal:1", 3),
    ("ਸੈਣੀ", "Saini:1", 2), ("ਬੋਪਾਰਾਏ", "Boparai:70 Bopara:30", 2), ("ਔਜਲਾ", "Aujla:1", 2),
]  # fmt: skip
HINDU_MALE = [
    ("ਰਾਜੇਸ਼", "Rajesh:1", 5), ("ਸੁਨੀਲ", "Sunil:1", 5), ("ਅਨਿਲ", "Anil:1", 4), ("ਵਿਕਾਸ", "Vikas:1", 4),
    ("ਰੋਹਿਤ", "Rohit:1", 4), ("ਅਮਿਤ", "Amit:1", 5), ("ਦੀਪਕ", "Deepak:80 Dipak:20", 4),
    ("ਸੰਜੇ", "Sanjay:80 Sanjai:20", 4), ("ਵਿਜੇ", "Vijay:1", 3), ("ਅਸ਼ੋਕ", "Ashok:1", 3),
]  # fmt: skip
HINDU_FEMALE = [
    ("ਨੇਹਾ", "Neha:1", 5), ("ਪੂਜਾ", "Pooja:80 Puja:20", 5), ("ਪ੍ਰਿਆ", "Priya:1", 4),
    ("ਅੰਜਲੀ", "Anjali:1", 4), ("ਸੁਨੀਤਾ", "Sunita:1", 4), ("ਮੀਨਾ", "Meena:80 Mina:20", 3),
    ("ਰਿਤੂ", "Ritu:1", 3), ("ਸੀਮਾ", "Seema:80 Sima:20", 3), ("ਰੇਖਾ", "Rekha:1", 3),
]  # fmt: skip
HINDU_FAMILY = [
    ("ਸ਼ਰਮਾ", "Sharma:1", 8), ("ਅਰੋੜਾ", "Arora:1", 7), ("ਕਪੂਰ", "Kapoor:80 Kapur:20", 5),
    ("ਮਲਹੋਤਰਾ", "Malhotra:1", 5), ("ਖੰਨਾ", "Khanna:1", 4), ("ਭਾਟੀਆ", "Bhatia:1", 4),
    ("ਚੋਪੜਾ", "Chopra:1", 4), ("ਵਰਮਾ", "Verma:1", 4), ("ਮਹਿਰਾ", "Mehra:1", 3), ("ਸੇਠੀ", "Sethi:1", 3),
]  # fmt: skip
# Pakistani Punjabi names: Shahmukhi, Latin spellings, weight.
MUSLIM_MALE = [
    ("عمران", "Imran:1", 5), ("طارق", "Tariq:80 Tarik:20", 4), ("عثمان", "Usman:70 Osman:30", 4),
    ("بلال", "Bilal:1", 4), ("کامران", "Kamran:1", 4), ("نوید", "Naveed:70 Navid:30", 4),
    ("شاہد", "Shahid:70 Shahed:30", 4), ("زاہد", "Zahid:1", 3), ("وقاص", "Waqas:80 Waqqas:20", 3),
    ("آصف", "Asif:80 Asaf:20", 4), ("عرفان", "Irfan:1", 3), ("ندیم", "Nadeem:75 Nadim:25", 3),
]  # fmt: skip
MUSLIM_FEMALE = [
    ("عائشہ", "Ayesha:60 Aisha:40", 5), ("فاطمہ", "Fatima:1", 5), ("ثناء", "Sana:1", 4),
    ("صائمہ", "Saima:1", 4), ("نادیہ", "Nadia:1", 4), ("رابعہ", "Rabia:80 Rabiya:20", 3),
    ("آمنہ", "Amna:70 Amina:30", 3), ("بشریٰ", "Bushra:1", 3), ("سمیرا", "Sumaira:60 Sumera:40", 3),
]  # fmt: skip
MUSLIM_FAMILY = [
    ("ملک", "Malik:1", 7), ("چوہدری", "Chaudhry:55 Chaudhary:30 Ch.:15", 7), ("بٹ", "Butt:1", 5),
    ("چیمہ", "Cheema:1", 3), ("باجوہ", "Bajwa:1", 3), ("گوندل", "Gondal:1", 2),
    ("وڑائچ", "Warraich:70 Waraich:30", 2), ("اعوان", "Awan:1", 4), ("رانا", "Rana:1", 3),
]  # fmt: skip
MUHAMMAD = ("محمد", "Muhammad:60 Mohammad:20 M.:20")
SINGH, KAUR = ("ਸਿੰਘ", "Singh"), ("ਕੌਰ", "Kaur")

#: Punjab's districts: their STD code and a few villages.
IN_PLACES = {
    "Ludhiana": ("0161", ["Dakha", "Mullanpur", "Raikot", "Sahnewal"], 18),
    "Jalandhar": ("0181", ["Nakodar", "Phillaur", "Adampur", "Kartarpur"], 16),
    "Amritsar": ("0183", ["Ajnala", "Jandiala", "Majitha", "Rayya"], 15),
    "Moga": ("01636", ["Dhudike", "Bagha Purana", "Nihal Singh Wala", "Kot Ise Khan"], 10),
    "Bathinda": ("0164", ["Rampura Phul", "Maur", "Talwandi Sabo"], 9),
    "Patiala": ("0175", ["Rajpura", "Samana", "Nabha"], 10),
    "Hoshiarpur": ("01882", ["Mahilpur", "Garhshankar", "Dasuya"], 9),
    "Kapurthala": ("01822", ["Phagwara", "Sultanpur Lodhi", "Bholath"], 8),
}
IN_PIN = {"Ludhiana": "141", "Jalandhar": "144", "Amritsar": "143", "Moga": "142", "Bathinda": "151",
          "Patiala": "147", "Hoshiarpur": "146", "Kapurthala": "144"}  # fmt: skip
UK_PLACES = {
    "Southall": ("UB", ["Lady Margaret Rd", "Park Ave", "Dormers Wells Ln", "Havelock Rd"], 30),
    "Birmingham": ("B", ["Soho Rd", "Holyhead Rd", "Grove Ln", "Rookery Rd"], 25),
    "Wolverhampton": ("WV", ["Dunstall Rd", "Waterloo Rd", "Tettenhall Rd"], 15),
    "Leicester": ("LE", ["Belgrave Rd", "Narborough Rd", "Melton Rd"], 12),
    "Gravesend": ("DA", ["Pelham Rd", "Old Rd West", "Darnley Rd"], 8),
    "Slough": ("SL", ["Stoke Rd", "Farnham Rd", "Wexham Rd"], 10),
}
UK_DISTRICT = {"Southall": ("UB1", "UB2"), "Birmingham": ("B20", "B21"), "Wolverhampton": ("WV1", "WV3"),
               "Leicester": ("LE4", "LE5"), "Gravesend": ("DA11", "DA12"), "Slough": ("SL1", "SL2")}  # fmt: skip
CA_PLACES = {"Surrey": ("BC", "604", "V3W", 40), "Brampton": ("ON", "905", "L6R", 35),
             "Abbotsford": ("BC", "604", "V2T", 10), "Mississauga": ("ON", "905", "L5B", 10),
             "Calgary": ("AB", "403", "T3J", 8)}  # fmt: skip
PK_CITY = {"Lahore": ("لاہور", "35202", 60), "Faisalabad": ("فیصل آباد", "33100", 20),
           "Gujranwala": ("گوجرانوالہ", "34101", 12), "Sialkot": ("سیالکوٹ", "34603", 8)}  # fmt: skip
CASTES = {"sikh": ["Jatt Sikh", "Jat Sikh", "Ramgarhia", "Khatri Sikh", "Saini"], "hindu": ["Khatri", "Arora", "Brahmin"],
          "muslim": ["Jatt", "Arain", "Rajput"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.co.in", "hotmail.co.uk"]  # fmt: skip


class Punjab(Draws):
    SLIP_LETTERS = "aeiounhrj"

    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ people
    def pick(self, rows) -> tuple:
        return self.rnd.choices(rows, [row[-1] for row in rows])[0]

    def given_for(self, faith: str, sex: str) -> tuple:
        if faith == "sikh":
            return self.pick([g for g in SIKH_GIVEN if g[2] in ("U", sex)])
        if faith == "hindu":
            return self.pick(HINDU_MALE if sex == "M" else HINDU_FEMALE)
        return self.pick(MUSLIM_MALE if sex == "M" else MUSLIM_FEMALE)

    def family_for(self, faith: str) -> tuple:
        return self.pick(
            {"sikh": SIKH_FAMILY, "hindu": HINDU_FAMILY, "muslim": MUSLIM_FAMILY}[faith]
        )

    def mobile(self, country: str) -> str:
        r = self.rnd
        make = {
            "in": lambda: "+91" + r.choice("9876") + self.digits(9),
            "uk": lambda: "+447" + r.choice("4579") + self.digits(8),
            "ca": lambda: "+1" + r.choice(["604", "778", "905", "647", "416", "403"]) + r.choice("2345678") + self.digits(6),
            "pk": lambda: "+923" + r.choice("0123445") + r.choice("0123456789") + self.digits(7),
        }[country]  # fmt: skip
        return self.unique(make)

    def person(self, faith: str, sex: str, dob: dt.date, home: dict, family: tuple | None) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, faith=faith, sex=sex, dob=dob, home=home, where=home["country"],
                 given=self.given_for(faith, sex), family=family, birth_family=family, spouse=None,
                 father=None, kids=[], email=None, mobiles=[], aadhaar=None, pan=None, sin=None,
                 cnic=None, muh=faith == "muslim" and sex == "M" and r.random() < 0.35,
                 # how a Sikh writes the name: Singh/Kaur alone, with the family name, or the family
                 # name alone (in the diaspora)
                 style=wpick(r, {"sk": 45, "skf": 40, "f": 15}) if faith == "sikh" else "f")  # fmt: skip
        if age >= 16:
            p["mobiles"] = [self.mobile(p["where"])]
            if r.random() < 0.12:
                p["mobiles"].append(self.mobile(p["where"]))
        if age >= 14 and (p["where"] == "in" or r.random() < 0.4) and faith != "muslim":
            p["aadhaar"] = self.unique(lambda: str(r.randint(2, 9)) + self.digits(11))
        if age >= 18 and faith != "muslim" and (p["where"] == "in" or r.random() < 0.3):
            p["pan_letters"] = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P"
            p["pan_tail"] = self.unique(
                lambda: f"{r.randint(1, 9999):04d}" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            )
        if p["where"] == "ca" and age >= 16:
            p["sin"] = self.unique(
                lambda: (lambda b: b + luhn_digit(b))(r.choice("1234679") + self.digits(7))
            )
        if faith == "muslim" and age >= 18:
            city = PK_CITY.get(home.get("city"), PK_CITY["Lahore"])
            last = r.choice("13579" if sex == "M" else "02468")
            p["cnic"] = self.unique(lambda: city[1] + self.digits(7) + last)
        self.persons.append(p)
        return p

    def home(self, country: str, faith: str) -> dict:
        r = self.rnd
        if country == "in":
            dist = wpick(r, {k: v[2] for k, v in IN_PLACES.items()})
            std, villages, _ = IN_PLACES[dist]
            village = r.choice(villages) if r.random() < 0.65 else None
            pin = IN_PIN[dist] + f"{r.randint(1, 130):03d}"
            if village:
                addr = wpick(r, {f"VPO {village}, Teh. {dist}, Distt. {dist}": 40, f"Village {village}, PO {village}, Distt. {dist}": 30,
                                 f"Vill. {village}, Tehsil {dist}, {dist}": 30})  # fmt: skip
            else:
                addr = f"H.No. {r.randint(1, 999)}, {r.choice(['Model Town', 'Civil Lines', 'Sarabha Nagar', 'Urban Estate', 'Basti Sheikh'])}, {dist}"
            return dict(country="in", dist=dist, addr=addr, pin=pin,
                        landline=self.unique(lambda: std + r.choice("2456") + self.digits(10 - len(std)))
                        if r.random() < 0.6 else None)  # fmt: skip
        if country == "uk":
            town = wpick(r, {k: v[2] for k, v in UK_PLACES.items()})
            area, streets, _ = UK_PLACES[town]
            pc = f"{r.choice(UK_DISTRICT[town])} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return dict(country="uk", town=town, addr=f"{r.randint(1, 240)} {r.choice(streets)}", pc=pc,
                        landline=self.unique(lambda: "+44" + r.choice(["20", "121", "1902", "116"]) + self.digits(7))
                        if r.random() < 0.4 else None)  # fmt: skip
        if country == "ca":
            city = wpick(r, {k: v[3] for k, v in CA_PLACES.items()})
            prov, area, fsa, _ = CA_PLACES[city]
            street = (f"{r.randint(12000, 15999)} {r.randint(60, 96)} Ave" if prov == "BC"
                      else f"{r.randint(1, 99)} {r.choice(['Sandalwood Pkwy', 'Mayfield Rd', 'Castlemore Rd', 'Springdale Cir', 'Bovaird Dr'])}")  # fmt: skip
            return dict(country="ca", city=city, prov=prov, area=area, addr=street,
                        pc=f"{fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}",
                        landline=self.unique(lambda: "+1" + area + r.choice("2345678") + self.digits(6))
                        if r.random() < 0.3 else None)  # fmt: skip
        city = wpick(r, {k: v[2] for k, v in PK_CITY.items()})
        return dict(country="pk", city=city, addr=f"House {r.randint(1, 500)}, Street {r.randint(1, 40)}",
                    landline=self.unique(lambda: "+9242" + r.choice("35") + self.digits(7)) if r.random() < 0.4 else None)  # fmt: skip

    def household(self) -> None:
        r = self.rnd
        faith = wpick(r, {"sikh": 66, "hindu": 14, "muslim": 20})
        if faith == "muslim":
            country = wpick(r, {"pk": 80, "uk": 15, "ca": 5})
        else:
            country = wpick(r, {"in": 55, "uk": 20, "ca": 25})
        home = self.home(country, faith)
        family = self.family_for(faith)
        head = self.person(faith, "M", self.dob(40, 78), home, family)
        members = [head]
        if r.random() < 0.88:
            wife = self.person(
                faith, "F", head["dob"] + dt.timedelta(days=r.randint(0, 365 * 9)), home, family
            )
            wife["birth_family"] = self.family_for(faith)
            wife["maiden_style"] = r.random() < 0.3  # some systems still have the name from before
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
            mother_age = (TODAY - wife["dob"]).days / 365.25
            for _ in range(wpick(r, {0: 8, 1: 17, 2: 35, 3: 25, 4: 15})):
                if len(self.persons) >= self.n:
                    break
                lo, hi = max(1.0, mother_age - 40), max(2.0, mother_age - 19)
                kid = self.person(faith, r.choice("MF"), self.dob(lo, hi), home, family)
                kid["father"] = head
                kid["style"] = head["style"] if r.random() < 0.6 else kid["style"]
                head["kids"].append(kid)
                members.append(kid)
        # grown children abroad: a son or daughter in the UK or Canada (sending money home), and
        # married sons' wives in the household
        for kid in list(head["kids"]):
            age = (TODAY - kid["dob"]).days / 365.25
            if age < 20:
                continue
            if country in ("in", "pk") and r.random() < 0.35:
                dest = wpick(r, {"uk": 45, "ca": 55}) if faith != "muslim" else "uk"
                kid["home"] = self.home(dest, faith)
                kid["where"] = dest
                kid["mobiles"] = (
                    [self.mobile(dest), *kid["mobiles"][:1]]
                    if r.random() < 0.4
                    else [self.mobile(dest)]
                )
                if dest == "ca":
                    kid["sin"] = self.unique(
                        lambda: (lambda b: b + luhn_digit(b))(r.choice("1234679") + self.digits(7))
                    )
            if kid["sex"] == "M" and age >= 24 and r.random() < 0.45 and len(self.persons) < self.n:
                bride = self.person(
                    faith,
                    "F",
                    kid["dob"] + dt.timedelta(days=r.randint(-365 * 2, 365 * 5)),
                    kid["home"],
                    family,
                )
                bride["birth_family"] = self.family_for(faith)
                bride["maiden_style"] = r.random() < 0.4
                if faith == "sikh" and r.random() < 0.07:  # Manpreet Singh and Manpreet Kaur
                    bride["given"] = kid["given"]
                kid["spouse"], bride["spouse"] = bride, kid
                members.append(bride)
        if head["spouse"] and faith == "sikh" and r.random() < 0.05:
            head["spouse"]["given"] = head["given"]
        for m in members:
            m["members"] = members
            m["shared"] = (
                m["home"].get("landline")
                if m["home"] is home or m["home"].get("landline")
                else None
            )
            if r.random() < 0.35 and (TODAY - m["dob"]).days > 17 * 365:
                m["email"] = self.email(m)
            # children and older women on the head's mobile
            if not m["mobiles"] and head["mobiles"]:
                m["on_head"] = True

    def email(self, p: dict) -> str:
        r = self.rnd
        g = next(iter(spellings(p["given"][1]))).lower()
        f = next(iter(spellings(p["family"][1]))).lower().rstrip(".") if p["family"] else "singh"
        sk = "singh" if p["sex"] == "M" else "kaur"
        last = sk if p["faith"] == "sikh" and p["style"] == "sk" else f
        return self.unique(lambda: wpick(r, {f"{g}.{last}": 30, f"{g}{last}{r.randint(1, 99)}": 30, f"{g}{p['dob'].year % 100:02d}": 20,
                                              f"{g[0]}{last}{r.randint(1, 999)}": 20}) + "@" + r.choice(EMAIL_DOMAINS))  # fmt: skip

    # ------------------------------------------------------------ written forms
    def la_given(self, p: dict, own: float = 0.6) -> str:
        spell = spellings(p["given"][1])
        g = next(iter(spell)) if self.rnd.random() < own else wpick(self.rnd, spell)
        if p["muh"] and self.rnd.random() < 0.7:
            g = wpick(self.rnd, spellings(MUHAMMAD[1])) + " " + g
        return g

    def cur_family(self, p: dict, system_old: bool = False) -> tuple | None:
        """The family name a system has: a married woman's from before on old records."""
        if p["sex"] == "F" and p["spouse"] is not None and p.get("maiden_style") and system_old:
            return p["birth_family"]
        if p["sex"] == "F" and p["spouse"] is None:
            return p["birth_family"]
        return p["family"]

    def la_family(self, p: dict, old: bool = False) -> str | None:
        f = self.cur_family(p, old)
        if f is None:
            return None
        spell = spellings(f[1])
        return next(iter(spell)) if self.rnd.random() < 0.65 else wpick(self.rnd, spell)

    def la_last(self, p: dict, old: bool = False) -> str:
        """The last-name part: Singh/Kaur, the family name, or both, as the person writes it."""
        r = self.rnd
        fam = self.la_family(p, old)
        if p["faith"] != "sikh":
            return fam or ""
        sk = SINGH[1] if p["sex"] == "M" else KAUR[1]
        style = p["style"] if r.random() < 0.8 else wpick(r, {"sk": 50, "skf": 35, "f": 15})
        if style == "sk" or not fam:
            return sk
        if style == "skf":
            return f"{sk} {fam}"
        return fam

    def la_whole(self, p: dict, old: bool = False, slip: float = 0.03) -> str:
        last = self.la_last(p, old)
        return self.typo(f"{self.la_given(p)} {last}".strip(), slip)

    def gu_whole(self, p: dict) -> str:
        """The name in Gurmukhi (Sikhs and Hindus in Indian Punjab)."""
        parts = [p["given"][0]]
        f = self.cur_family(p)
        if p["faith"] == "sikh":
            parts.append(SINGH[0] if p["sex"] == "M" else KAUR[0])
            if f and p["style"] != "sk" and self.rnd.random() < 0.8:
                parts.append(f[0])
        elif f:
            parts.append(f[0])
        return " ".join(parts)

    def sh_whole(self, p: dict) -> str:
        """The name in Shahmukhi (Pakistani Punjabis)."""
        parts = ([MUHAMMAD[0]] if p["muh"] and self.rnd.random() < 0.8 else []) + [p["given"][0]]
        f = self.cur_family(p)
        if f and self.rnd.random() < 0.75:
            parts.append(f[0])
        return " ".join(parts)

    def case(self, s: str | None, upper: float) -> str | None:
        return s.upper() if s and self.rnd.random() < upper else s

    def date(self, p: dict, fmt: str) -> str:
        d = p["dob"]
        return {"dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}", "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "iso": d.isoformat(), "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}"}[fmt]  # fmt: skip

    def phone(self, num: str | None, local: str | None = None) -> str | None:
        """``num`` (E.164) as a clerk in ``local`` (a country, or None: abroad) writes it."""
        r = self.rnd
        if not num:
            return None
        if num.startswith("+91"):
            n = num[3:]
            forms = {f"+91-{n}": 15, f"+91 {n[:5]} {n[5:]}": 15, f"91{n}": 10}
            if local == "in":
                forms |= {n: 30, f"0{n}": 15, f"{n[:5]} {n[5:]}": 15}
            if len(n) == 10 and n[0] == "0":  # a landline: its STD code, as written at home
                forms = (
                    {n: 40, f"{n[:4]}-{n[4:]}": 40, f"+91 {n[1:]}": 20}
                    if local == "in"
                    else {f"+91 {n[1:]}": 100}
                )
        elif num.startswith("+44"):
            n = num[3:]
            forms = {f"+44 {n[:4]} {n[4:]}": 20, f"+44{n}": 15, f"0044{n}": 5}
            if local == "uk":
                forms |= {f"0{n[:4]} {n[4:]}": 40, f"0{n}": 20}
        elif num.startswith("+1"):
            n = num[2:]
            forms = {
                f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}": 25,
                f"+1{n}": 15,
                f"1-{n[:3]}-{n[3:6]}-{n[6:]}": 10,
            }
            if local == "ca":
                forms |= {f"{n[:3]}-{n[3:6]}-{n[6:]}": 30, f"({n[:3]}) {n[3:6]}-{n[6:]}": 20}
        else:
            n = num[3:]
            forms = {f"+92 {n[:3]} {n[3:]}": 25, f"92{n}": 10, f"0092{n}": 5}
            if local == "pk":
                forms |= {f"0{n[:3]}-{n[3:]}": 40, f"0{n}": 20}
        return wpick(r, forms)

    def in_landline(self, p: dict) -> str | None:
        ll = p["home"].get("landline") if p["home"].get("country") == "in" else None
        if not ll:
            return None
        return wpick(
            self.rnd, {ll: 30, f"{ll[: len(ll) - 7]}-{ll[len(ll) - 7 :]}": 50, f"+91 {ll[1:]}": 20}
        )

    def own_mobile(self, p: dict, country: str | None = None) -> str | None:
        r = self.rnd
        mobiles = [m for m in p["mobiles"] if country is None or m.startswith(country)]
        if not mobiles:
            head = p["members"][0]
            fallback = [m for m in head["mobiles"] if country is None or m.startswith(country)]
            return fallback[0] if fallback and r.random() < 0.7 else None
        return r.choice(mobiles)

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def fh(self, p: dict) -> dict | None:
        """The father's or (a married woman's) husband's person."""
        if p["sex"] == "F" and p["spouse"] is not None and self.rnd.random() < 0.8:
            return p["spouse"]
        return p["father"]

    def father_of(self, p: dict) -> dict:
        """The father: a person of the file, or one outside it, drawn once for the person."""
        if p["father"] is not None:
            return p["father"]
        if "father_name" not in p:
            p["father_name"] = dict(given=self.given_for(p["faith"], "M"), sex="M", faith=p["faith"], style=p["style"],
                                    family=p["birth_family"], birth_family=p["birth_family"], spouse=None,
                                    muh=p["faith"] == "muslim" and self.rnd.random() < 0.4)  # fmt: skip
        return p["father_name"]

    def fh_name(self, q: dict | None, p: dict) -> str | None:
        return self.la_whole(q if q is not None else self.father_of(p), slip=0.02)

    # ------------------------------------------------------------ systems
    def in_bank(self, p: dict) -> None:
        r = self.rnd
        fam = self.cur_family(p)
        pan = None
        if p.get("pan_tail"):
            # the PAN's fifth letter: the surname's initial as the PAN has it (Singh/Kaur for most Sikhs)
            sur = (
                (SINGH[1] if p["sex"] == "M" else KAUR[1])
                if p["faith"] == "sikh" and (p["style"] == "sk" or not fam)
                else (fam[1] if fam else "X")
            )
            pan = p["pan_letters"] + sur[0].upper() + p["pan_tail"]  # fmt: skip
        gurmukhi = r.random() < 0.5
        father = self.fh(p)
        self.add("IN_BANK", p, {
            "Customer ID": self.unique(lambda: "PB" + self.digits(9)),
            "Customer Name": self.case(self.la_whole(p, old=True), 0.7) if not gurmukhi or r.random() < 0.6 else None,
            "ਨਾਮ": self.gu_whole(p) if gurmukhi else None,
            "Father's/Husband's Name": self.case(self.fh_name(father, p), 0.7) if r.random() < 0.85 else None,
            "ਪਿਤਾ ਦਾ ਨਾਮ": self.gu_whole(self.father_of(p)) if gurmukhi and r.random() < 0.6 else None,
            "Date of Birth": self.date(p, "dmy-") if r.random() < 0.9 else None,
            "Aadhaar No": (f"XXXX-XXXX-{p['aadhaar'][-4:]}" if r.random() < 0.8 else f"XXXXXXXX{p['aadhaar'][-4:]}") if p["aadhaar"] and r.random() < 0.85 else None,
            "PAN": pan if pan and r.random() < 0.8 else None,
            "Mobile No": self.phone(self.own_mobile(p, "+91"), "in") if r.random() < 0.9 else None,
            "Landline": self.in_landline(p) if r.random() < 0.7 else None,
            "Address": p["home"]["addr"] if p["home"]["country"] == "in" and r.random() < 0.85 else None,
            "Pin Code": p["home"]["pin"] if p["home"]["country"] == "in" and r.random() < 0.7 else None,
        })  # fmt: skip

    def uk_remit(self, p: dict) -> None:
        r = self.rnd
        home = [
            q
            for q in p["members"]
            if q is not p and q["where"] in ("in", "pk") and (TODAY - q["dob"]).days > 18 * 365
        ]
        recv = r.choice(home) if home and r.random() < 0.9 else None
        last = self.la_last(p)
        h = p["home"]
        self.add("UK_REMIT", p, {
            "Transaction Ref": self.unique(lambda: "TX" + self.digits(10)),
            "Forename": self.typo(self.la_given(p), 0.03),
            "Surname": self.typo(last, 0.03) if last else None,
            "Date of Birth": self.date(p, "dmy/") if r.random() < 0.9 else None,
            "Mobile": self.phone(self.own_mobile(p, "+44"), "uk") if r.random() < 0.95 else None,
            "Postcode": h["pc"] if r.random() < 0.85 else None,
            "Address Line 1": h["addr"] if r.random() < 0.8 else None,
            "Recipient Name": self.la_whole(recv, slip=0.05) if recv else None,
            "Recipient Mobile": self.phone(self.own_mobile(recv)) if recv and r.random() < 0.85 else None,
            "Recipient Relationship": wpick(r, {"Father": 30, "Mother": 30, "Brother": 20, "Family": 20}) if recv and r.random() < 0.5 else None,
        })  # fmt: skip

    def ca_telco(self, p: dict, holder: dict) -> None:
        r = self.rnd
        h = holder["home"]
        last = self.la_last(holder)
        g = self.la_given(holder)
        if holder["faith"] == "sikh" and " " in last and r.random() < 0.4:
            # Singh or Kaur taken for a middle name and put after the given name
            sk, fam = last.split(" ", 1)
            g, last = f"{g} {sk}", fam
        sin = holder["sin"]
        self.add("CA_TELCO", p, {
            "Account No": self.unique(lambda: "9" + self.digits(8)),
            "First Name": self.typo(g, 0.03),
            "Last Name": self.typo(last, 0.03),
            "SIN": wpick(r, {sin: 40, f"{sin[:3]} {sin[3:6]} {sin[6:]}": 40, f"{sin[:3]}-{sin[3:6]}-{sin[6:]}": 20}) if sin and r.random() < 0.6 else None,
            "Phone": self.phone(self.own_mobile(p, "+1"), "ca"),
            "Street Address": h["addr"] if h["country"] == "ca" and r.random() < 0.9 else None,
            "City": h.get("city") if h["country"] == "ca" and r.random() < 0.85 else None,
            "Postal Code": h["pc"] if h["country"] == "ca" and r.random() < 0.7 else None,
            "DOB": self.date(holder, r.choice(["iso", "mdy"])) if r.random() < 0.6 else None,
        })  # fmt: skip

    def sangat(self, p: dict) -> None:
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        by_parent = age < 30 and p["father"] is not None and r.random() < 0.4
        contact = p["father"] if by_parent else p
        where = p["where"]
        city = {"in": p["home"].get("dist"), "uk": p["home"].get("town"), "ca": p["home"].get("city"), "pk": p["home"].get("city")}[where]  # fmt: skip
        self.add("SANGAT", p, {
            "profile_id": self.unique(lambda: "SG" + self.digits(7)),
            "full_name": self.typo(self.case(self.la_whole(p, slip=0.0), 0.2), 0.04) if r.random() < 0.95 else None,
            "gender": wpick(r, {"Male" if p["sex"] == "M" else "Female": 70, p["sex"]: 30}) if r.random() < 0.8 else None,
            "dob": self.date(p, r.choice(["dmy/", "iso"])) if r.random() < 0.7 else None,
            "caste": r.choice(CASTES[p["faith"]]) if r.random() < 0.5 else None,
            "email": (contact["email"] or None) if r.random() < 0.8 else None,
            "whatsapp": self.phone(self.own_mobile(contact), where) if r.random() < 0.85 else None,
            "city": city if r.random() < 0.8 else None,
            "father_name": self.fh_name(p["father"], p) if r.random() < 0.5 else None,
        })  # fmt: skip

    def pk_bank(self, p: dict) -> None:
        r = self.rnd
        father = self.fh(p)
        rel = (
            "W/O"
            if p["sex"] == "F" and father is p["spouse"] and father is not None
            else ("S/O" if p["sex"] == "M" else "D/O")
        )
        fname = self.fh_name(father, p)
        latin = r.random() < 0.45
        name = self.case(self.la_whole(p, slip=0.03), 0.6) if latin else self.sh_whole(p)
        if latin and r.random() < 0.3:
            name = f"{name} {rel} {self.case(fname, 0.6)}"
        cnic = p["cnic"]
        city = p["home"].get("city") or "Lahore"
        self.add("PK_BANK", p, {
            "اکاؤنٹ نمبر": self.unique(lambda: "0" + self.digits(13)),
            "نام": name,
            "ولدیت/زوجیت": self.case(fname, 0.5) if r.random() < 0.8 else None,
            "شناختی کارڈ نمبر": wpick(r, {f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}": 70, cnic: 30}) if cnic and r.random() < 0.9 else None,
            "تاریخ پیدائش": self.date(p, "dmy-") if r.random() < 0.85 else None,
            "موبائل نمبر": self.phone(self.own_mobile(p, "+92"), "pk") if r.random() < 0.9 else None,
            "شہر": PK_CITY.get(city, PK_CITY["Lahore"])[0] if r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            w = p["where"]
            n0 = len(self.rows)
            muslim = p["faith"] == "muslim"
            if (
                not muslim
                and age >= 18
                and ((w == "in" and r.random() < 0.85) or (w != "in" and r.random() < 0.35))
            ):
                for _ in range(wpick(r, {1: 25, 2: 40, 3: 35})):
                    self.in_bank(p)
            if w == "uk" and age >= 18 and r.random() < 0.8:
                for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                    self.uk_remit(p)
            if w == "ca" and age >= 18 and r.random() < 0.85:
                self.ca_telco(p, p)
                if r.random() < 0.5:
                    self.ca_telco(p, p)
                for kid in p["kids"]:
                    if (
                        kid["where"] == "ca"
                        and 10 <= (TODAY - kid["dob"]).days / 365.25 < 25
                        and r.random() < 0.6
                    ):
                        if not any(m.startswith("+1") for m in kid["mobiles"]):
                            kid["mobiles"].append(self.mobile("ca"))  # the line is the child's
                        self.ca_telco(kid, p)  # a child's line on the parent's account
            if age >= 18 and r.random() < (0.45 if age < 35 else 0.25):
                for _ in range(1 if r.random() < 0.8 else 2):
                    self.sangat(p)
            if (
                muslim
                and age >= 18
                and ((w == "pk" and r.random() < 0.9) or (w != "pk" and r.random() < 0.3))
            ):
                for _ in range(wpick(r, {1: 25, 2: 40, 3: 35})):
                    self.pk_bank(p)
            if len(self.rows) == n0 and age >= 18:
                (self.pk_bank if muslim else self.in_bank)(p)
        return self.shuffled("row_id", "PJ")


def punjab(persons: int = 4700, seed: int = 1699) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Punjab.frame(persons, seed, "row_id")
