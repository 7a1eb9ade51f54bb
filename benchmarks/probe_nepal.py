"""A Nepali bank, mobile operator, remittance company, savings cooperative and e-wallet group's
customers: five systems stacked in one file (a ``system`` column naming the system; a column of
the same name in two systems is one column).

* Core banking (``BANK_CBS``), the KYC form in Nepali: ``ग्राहक नं.``, ``नाम`` (the given name
  and the middle name, in Devanagari or in Latin capitals), ``थर`` (the caste or family name),
  ``बाबुको नाम`` / ``बाजेको नाम`` (the father's and the grandfather's whole names, as the
  citizenship certificate prints them: a father's is his son's ``बाबुको नाम``, a grandfather's his
  grandson's ``बाजेको नाम``), ``पति/पत्नीको नाम`` (the spouse's), ``जन्म मिति (वि.सं.)`` (the birth
  date in Bikram Sambat: ``२०४५-०३-१५``, ``2045/03/15``, a year alone), ``नागरिकता नं.`` (the
  citizenship certificate: ``27-01-71-01234``, ``२७-०१-७१-०१२३४``, ``12345/067``),
  ``राष्ट्रिय परिचयपत्र नं.`` (the national id, NIN, ten digits, for the newer customers),
  ``मोबाइल``, ``ठेगाना`` (``काठमाडौं-१०, बानेश्वर``, ``Kathmandu-10, Baneshwor``), ``लिङ्ग``.
* Mobile operator (``SIM_REG``), SIM registrations in English: ``MSISDN`` (``9841234567``,
  ``+977-9841234567``, ``009779841234567``), ``Subscriber Name`` (one box, capitals),
  ``Father/Husband Name``, ``DOB`` (A.D. ``15/06/1988``, or B.S. marked ``2045-03-01 BS``),
  ``Citizenship No``, ``District``, ``Address``; a line registered long ago on a woman's maiden
  name, or on the household head's papers for his wife or son (the record the head's: his name,
  papers and birth date with the user's number).
* Remittance company (``REMIT``), one row per payout: the sender is the customer, a migrant worker
  in Qatar, the UAE, Saudi Arabia or Malaysia (``sender_mobile`` ``+974 5512 3456``,
  ``+971 50 123 4567``, ``00966 55 123 4567``, ``+60 12-345 6789``), ``sender_passport``,
  ``sender_dob`` (A.D.), ``receiver_name`` / ``receiver_mobile`` / ``receiver_citizenship``: the
  wife, father or mother at home, another customer.
* Savings cooperative (``SACCOS``), mixed columns: ``सदस्य नं.``, ``Member Name`` (one box, Latin),
  ``पति/बाबुको नाम`` (a woman's husband's name, a man's father's), ``DOB (BS)`` (``2045-03-15``
  or a year), ``Citizenship``, ``फोन`` (the household's one phone, or the Kathmandu landline
  ``01-4123456``), ``Tole``, ``Ward No``.
* E-wallet app (``EWALLET``), English: ``wallet_id`` (the mobile), ``full_name`` (as the user
  typed it, lower case now and then), ``email``, ``dob`` (``1988-06-29``), ``gender``,
  ``kyc_doc_type`` / ``kyc_doc_no`` (a citizenship certificate's number or the NIN),
  ``address``.

Names: a given name, often a middle name (``Bahadur`` for men of Chhetri and Janajati families,
``Prasad`` for Brahmin and Newar men, ``Kumar``; ``Kumari`` or ``Devi`` for women) and a caste or
family name that thousands share (``Shrestha``, ``Sharma``, ``Gurung``, ``Tamang``, ``Magar``,
``Thapa``, ``Rai``, ``Adhikari``, ``KC`` for Khatri Chhetri). The middle name is kept, cut to
``Bdr.``/``Bdr``/``Pd.``/``Prd.``/``Ku.``/``Kr.`` or dropped; Latin spellings vary
(``Shrestha``/``Shresta``, ``Poudel``/``Paudel``, ``Laxmi``/``Lakshmi``, ``Bikash``/``Vikash``);
Devanagari beside Latin; women take their husband's family name at marriage, the old one staying
in older records.

What makes it hard: very common given names in a few castes, middle names in three forms or none,
two scripts, Bikram Sambat dates (56 years 8 months ahead) in some systems and A.D. in others,
with Devanagari digits or a year only, citizenship numbers in many layouts, fathers', spouses'
and grandfathers' names that are other customers' own, families on one phone, migrants' Gulf
and Malaysian numbers, receivers at home on every transfer; typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from draws import TODAY, Draws, wpick

#: Family names: (Devanagari, Latin spellings {written: weight}, group, weight). Groups: ``B``
#: Brahmin, ``C`` Chhetri, ``N`` Newar, ``J`` Janajati (hill peoples), ``T`` Terai, ``D`` Dalit.
FAMILY = [
    ("श्रेष्ठ", {"Shrestha": 75, "Shresta": 15, "Shrestra": 5, "Srestha": 5}, "N", 40),
    ("शर्मा", {"Sharma": 1}, "B", 22),
    ("गुरुङ", {"Gurung": 1}, "J", 24),
    ("तामाङ", {"Tamang": 1}, "J", 26),
    ("मगर", {"Magar": 1}, "J", 24),
    ("थापा", {"Thapa": 1}, "C", 30),
    ("राई", {"Rai": 1}, "J", 22),
    ("अधिकारी", {"Adhikari": 95, "Adhikary": 5}, "B", 20),
    ("खड्का", {"Khadka": 1}, "C", 16),
    ("केसी", {"KC": 60, "K.C.": 25, "Khatri Chhetri": 15}, "C", 20),
    ("पौडेल", {"Poudel": 50, "Paudel": 40, "Paudyal": 10}, "B", 14),
    ("भट्टराई", {"Bhattarai": 90, "Bhatrai": 10}, "B", 10),
    ("कार्की", {"Karki": 1}, "C", 12),
    ("बस्नेत", {"Basnet": 80, "Basnyat": 20}, "C", 8),
    ("लामा", {"Lama": 1}, "J", 10),
    ("महर्जन", {"Maharjan": 1}, "N", 12),
    ("यादव", {"Yadav": 1}, "T", 14),
    ("चौधरी", {"Chaudhary": 60, "Chaudhari": 25, "Choudhary": 15}, "T", 14),
    ("लिम्बु", {"Limbu": 1}, "J", 8),
    ("बिष्ट", {"Bista": 80, "Bist": 20}, "C", 8),
    ("पाण्डे", {"Pandey": 60, "Pande": 40}, "B", 6),
    ("घिमिरे", {"Ghimire": 90, "Ghimirey": 10}, "B", 10),
    ("दाहाल", {"Dahal": 90, "Dhahal": 10}, "B", 8),
    ("आचार्य", {"Acharya": 1}, "B", 6),
    ("कोइराला", {"Koirala": 1}, "B", 5),
    ("बि.क.", {"BK": 60, "B.K.": 25, "Bishwakarma": 15}, "D", 12),
    ("पुन", {"Pun": 1}, "J", 5),
    ("शाक्य", {"Shakya": 1}, "N", 6),
    ("बज्राचार्य", {"Bajracharya": 85, "Vajracharya": 15}, "N", 4),
    ("राणा", {"Rana": 1}, "C", 5),
]  # fmt: skip
#: Given names: (Devanagari, Latin spellings, weight); the few common ones shared by thousands.
MALE = [
    ("राम", {"Ram": 1}, 26), ("हरि", {"Hari": 1}, 20), ("कृष्ण", {"Krishna": 85, "Krisna": 15}, 20),
    ("श्याम", {"Shyam": 90, "Syam": 10}, 12), ("विष्णु", {"Bishnu": 85, "Vishnu": 15}, 14),
    ("गोपाल", {"Gopal": 1}, 8), ("सुरेश", {"Suresh": 1}, 12), ("रमेश", {"Ramesh": 1}, 14),
    ("दिनेश", {"Dinesh": 1}, 10), ("राजेन्द्र", {"Rajendra": 90, "Rajendar": 10}, 10),
    ("महेश", {"Mahesh": 1}, 8), ("प्रकाश", {"Prakash": 1}, 12),
    ("विकास", {"Bikash": 60, "Bikas": 25, "Vikash": 15}, 10),
    ("सन्तोष", {"Santosh": 85, "Santos": 15}, 10), ("सुनिल", {"Sunil": 1}, 8),
    ("अनिल", {"Anil": 1}, 8), ("दीपक", {"Deepak": 55, "Dipak": 45}, 12),
    ("विनोद", {"Binod": 85, "Vinod": 15}, 8), ("सञ्जय", {"Sanjay": 75, "Sanjaya": 25}, 6),
    ("रबिन", {"Rabin": 75, "Robin": 25}, 6), ("सागर", {"Sagar": 1}, 8), ("किरण", {"Kiran": 1}, 8),
    ("नबिन", {"Nabin": 70, "Navin": 30}, 6), ("बिमल", {"Bimal": 1}, 5), ("गणेश", {"Ganesh": 1}, 8),
    ("नारायण", {"Narayan": 1}, 8), ("अर्जुन", {"Arjun": 1}, 6), ("सुजन", {"Sujan": 1}, 6),
    ("प्रदीप", {"Pradeep": 50, "Pradip": 50}, 8), ("दिल", {"Dil": 1}, 6), ("मान", {"Man": 1}, 5),
    ("टेक", {"Tek": 1}, 5), ("धन", {"Dhan": 1}, 6), ("मिन", {"Min": 1}, 4),
    ("पूर्ण", {"Purna": 1}, 5), ("राजु", {"Raju": 1}, 8), ("भीम", {"Bhim": 1}, 6),
    ("लोक", {"Lok": 1}, 4), ("गोविन्द", {"Gobinda": 60, "Govinda": 40}, 6),
]  # fmt: skip
FEMALE = [
    ("सीता", {"Sita": 85, "Seeta": 15}, 18), ("गीता", {"Gita": 80, "Geeta": 20}, 16),
    ("लक्ष्मी", {"Laxmi": 65, "Lakshmi": 30, "Laxami": 5}, 18), ("सरिता", {"Sarita": 1}, 12),
    ("सुनिता", {"Sunita": 1}, 12), ("अनिता", {"Anita": 1}, 10), ("कमला", {"Kamala": 80, "Kamla": 20}, 10),
    ("राधा", {"Radha": 1}, 8), ("माया", {"Maya": 1}, 10), ("सबिना", {"Sabina": 1}, 8),
    ("सृजना", {"Srijana": 70, "Shrijana": 30}, 8), ("मनिषा", {"Manisha": 85, "Monisha": 15}, 8),
    ("पूजा", {"Puja": 65, "Pooja": 35}, 10), ("सुष्मा", {"Sushma": 80, "Susma": 20}, 8),
    ("बिमला", {"Bimala": 1}, 6), ("रिता", {"Rita": 75, "Reeta": 25}, 6),
    ("पार्वती", {"Parbati": 70, "Parvati": 30}, 8), ("गंगा", {"Ganga": 1}, 6),
    ("मिना", {"Mina": 70, "Meena": 30}, 8), ("अस्मिता", {"Asmita": 1}, 6), ("संगीता", {"Sangita": 1}, 8),
    ("निर्मला", {"Nirmala": 1}, 6), ("दुर्गा", {"Durga": 1}, 6), ("सम्झना", {"Samjhana": 75, "Samjana": 25}, 6),
    ("प्रमिला", {"Pramila": 1}, 6), ("रेखा", {"Rekha": 1}, 6), ("शान्ति", {"Shanti": 80, "Santi": 20}, 6),
]  # fmt: skip
#: Middle names and their written forms (in full, cut, or left out: ``None``).
MIDDLE = {
    "बहादुर": {"Bahadur": 45, "Bdr.": 20, "Bdr": 15, "B.": 5, None: 15},
    "प्रसाद": {"Prasad": 50, "Pd.": 20, "Prd.": 10, "Prashad": 5, None: 15},
    "कुमार": {"Kumar": 60, "Kr.": 20, None: 20},
    "कुमारी": {"Kumari": 55, "Kumary": 10, "Ku.": 15, None: 20},
    "देवी": {"Devi": 80, None: 20},
}  # fmt: skip
LATIN_MIDDLE = {
    "बहादुर": "Bahadur",
    "प्रसाद": "Prasad",
    "कुमार": "Kumar",
    "कुमारी": "Kumari",
    "देवी": "Devi",
}
#: Districts: (Latin, Devanagari, code on the citizenship certificate, weight, towns/toles).
DISTRICTS = [
    ("Kathmandu", "काठमाडौं", 27, 30, [("Baneshwor", "बानेश्वर"), ("Koteshwor", "कोटेश्वर"), ("Kalanki", "कलंकी"),
                                     ("Chabahil", "चाबहिल"), ("Balaju", "बालाजु"), ("Gongabu", "गोंगबु")]),
    ("Lalitpur", "ललितपुर", 25, 10, [("Patan", "पाटन"), ("Jawalakhel", "जावलाखेल"), ("Satdobato", "सातदोबाटो")]),
    ("Bhaktapur", "भक्तपुर", 26, 6, [("Suryabinayak", "सूर्यविनायक"), ("Thimi", "ठिमी")]),
    ("Kaski", "कास्की", 40, 8, [("Lakeside", "लेकसाइड"), ("Bagar", "बगर"), ("Chipledhunga", "चिप्लेढुंगा")]),
    ("Chitwan", "चितवन", 35, 7, [("Bharatpur", "भरतपुर"), ("Narayangadh", "नारायणगढ")]),
    ("Morang", "मोरङ", 5, 7, [("Biratnagar", "विराटनगर"), ("Urlabari", "उर्लाबारी")]),
    ("Jhapa", "झापा", 4, 6, [("Birtamod", "बिर्तामोड"), ("Damak", "दमक")]),
    ("Rupandehi", "रुपन्देही", 48, 6, [("Butwal", "बुटवल"), ("Bhairahawa", "भैरहवा")]),
    ("Sunsari", "सुनसरी", 6, 5, [("Dharan", "धरान"), ("Itahari", "इटहरी")]),
    ("Syangja", "स्याङ्जा", 39, 4, [("Waling", "वालिङ"), ("Putalibazar", "पुतलीबजार")]),
    ("Gorkha", "गोरखा", 36, 4, [("Gorkha Bazar", "गोरखा बजार")]),
    ("Dhanusha", "धनुषा", 17, 4, [("Janakpur", "जनकपुर")]),
]  # fmt: skip
#: The abroad countries of migrant workers: (name, dialling code, weight).
ABROAD = {
    "Qatar": ("974", 30),
    "UAE": ("971", 22),
    "Saudi Arabia": ("966", 22),
    "Malaysia": ("60", 26),
}
DEV_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def dev(s: str) -> str:
    """Latin digits as Devanagari ones."""
    return s.translate(DEV_DIGITS)


# ------------------------------------------------------------ Bikram Sambat
def _sign(day: dt.date) -> int:
    """The sidereal zodiac sign (0 Mesha) the sun is in at sunrise in Nepal on ``day``: the
    solar months of Bikram Sambat begin at the sun's entry into a sign (sankranti), on the day
    it falls (its end: midnight in Nepal). The sun's true longitude from its mean one and the
    equation of the centre, less Lahiri's ayanamsa (the new years of 2075 to 2081 B.S. fall on
    14, 14, 13, 14, 14, 14 and 13 April as printed calendars have them)."""
    n = day.toordinal() - dt.date(2000, 1, 1).toordinal() - 0.5 + 0.76
    g = math.radians(357.52911 + 0.98560028 * n)
    lon = 280.46646 + 0.9856474 * n + 1.9146 * math.sin(g) + 0.02 * math.sin(2 * g)
    ayanamsa = 23.853 + 0.0139694 * (n / 365.25)
    return int(((lon - ayanamsa) % 360) // 30)


def bikram_sambat(day: dt.date) -> tuple[int, int, int]:
    """An A.D. date's Bikram Sambat year, month and day (Baisakh is the first month, from about
    13 April; the year runs 56 years 8 months ahead)."""
    sign = _sign(day)
    start = day
    while _sign(start - dt.timedelta(days=1)) == sign:
        start -= dt.timedelta(days=1)
    # Baisakh to Poush end in January: from Baisakh on it is A.D. + 57, before it + 56
    year = day.year + (57 if (day.month >= 4 and sign <= 8) or (day.month >= 10) else 56)
    return year, sign + 1, (day - start).days + 1


class Nepal(Draws):
    SLIP_LETTERS = "aeiurshn"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household()

    def family(self, group: str | None = None) -> tuple:
        r = self.rnd
        pool = [f for f in FAMILY if group is None or f[2] == group]
        return r.choices(pool, [f[3] for f in pool])[0]

    def middle(self, sex: str, group: str) -> str | None:
        r = self.rnd
        if sex == "M":
            if group in ("C", "J", "D"):
                return wpick(r, {"बहादुर": 60, "कुमार": 10, None: 30})
            return wpick(r, {"प्रसाद": 45, "कुमार": 20, "बहादुर": 5, None: 30})
        return wpick(r, {"कुमारी": 35, "देवी": 10, None: 55})

    def mobile(self) -> str:
        return self.unique(lambda: wpick(self.rnd, {"984": 22, "985": 10, "986": 12, "980": 18, "981": 18, "982": 10})
                           + self.digits(7))  # fmt: skip

    def abroad_mobile(self, country: str) -> str:
        r = self.rnd
        code = ABROAD[country][0]
        local = {"Qatar": lambda: r.choice("3567") + self.digits(7),
                 "UAE": lambda: "5" + r.choice("024568") + self.digits(7),
                 "Saudi Arabia": lambda: "5" + r.choice("0345") + self.digits(7),
                 "Malaysia": lambda: "1" + r.choice("0123467") + self.digits(7 + (r.random() < 0.2))}[country]  # fmt: skip
        return "+" + code + self.unique(local)

    def household(self) -> None:
        r = self.rnd
        dist = r.choices(DISTRICTS, [d[3] for d in DISTRICTS])[0]
        home = dict(dist=dist, tole=r.choice(dist[4]), ward=r.randint(1, 32))
        fam = self.family()
        landline = (
            self.unique(lambda: "14" + self.digits(6))
            if dist[0] in ("Kathmandu", "Lalitpur", "Bhaktapur") and r.random() < 0.3
            else None
        )
        kind = wpick(r, {"single": 18, "couple": 17, "family": 55, "three": 10})
        members: list[dict] = []
        grandpa = None
        if kind == "three":
            grandpa = self.person("M", self.dob(68, 90), home, fam)
            members.append(grandpa)
        head = self.person(
            "M" if kind != "single" or r.random() < 0.7 else "F",
            self.dob(45, 70) if grandpa else self.dob(24, 75),
            home,
            fam,
        )
        if grandpa:
            head["father"] = grandpa
        members.append(head)
        wife = None
        if kind != "single" and head["sex"] == "M":
            wife = self.person(
                "F", head["dob"] + dt.timedelta(days=r.randint(-365, 365 * 8)), home, fam
            )
            wife["maiden"] = self.family()
            while wife["maiden"] is fam:
                wife["maiden"] = self.family()
            wife["married_years"] = r.uniform(0, max(0.5, (TODAY - wife["dob"]).days / 365.25 - 18))
            head["spouse"], wife["spouse"] = wife, head
            wife["father"] = self.phantom("M", wife["maiden"])
            members.append(wife)
        if kind in ("family", "three") and wife:
            span = (TODAY - max(head["dob"], wife["dob"])).days / 365.25
            for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                sex = r.choice("MF")
                kid = self.person(sex, self.dob(max(0, span - 40), max(1, span - 19)), home, fam)
                kid["father"], kid["mother"] = head, wife
                members.append(kid)
        shared = (
            r.choice(members[:2])["mobiles"][0] if len(members) > 1 and r.random() < 0.45 else None
        )
        for m in members:
            m["household"], m["head"] = members, head
            m["shared"] = shared if m["mobiles"][0] != shared else None
            m["landline"] = landline
            if m["father"] is None:
                m["father"] = self.phantom("M", m["family"])
            if m["father"].get("father") is None:
                m["father"]["father"] = self.phantom("M", m["father"]["family"])
        self.persons.extend(members)

    def phantom(self, sex: str, fam: tuple) -> dict:
        """A name for someone who is no customer (a father, a grandfather)."""
        r = self.rnd
        g = r.choices(MALE, [x[2] for x in MALE])[0]
        return dict(pid=None, sex=sex, given=g, middle=self.middle(sex, fam[2]), family=fam,
                    maiden=None, married_years=None, father=None)  # fmt: skip

    def person(self, sex: str, dob: dt.date, home: dict, fam: tuple) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        names = MALE if sex == "M" else FEMALE
        p = dict(pid=self.pid, sex=sex, dob=dob, given=r.choices(names, [x[2] for x in names])[0],
                 middle=self.middle(sex, fam[2]), family=fam, maiden=None, married_years=None,
                 home=home, father=None, mother=None, spouse=None)  # fmt: skip
        p["mobiles"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.3 else [])
        p["year_only"] = age > 45 and r.random() < 0.15
        # the citizenship certificate: district, office, the B.S. year of issue (two digits), a
        # serial; the old ones a serial and the year (``12345/067``)
        p["cit"] = None
        if age >= 16:
            issued = bikram_sambat(dob)[0] + 16 + r.randint(0, 6)
            if r.random() < 0.3 and issued < 2070:
                p["cit"] = self.unique(lambda: f"{r.randint(100, 99999)}/{issued % 1000:03d}")
            else:
                p["cit"] = self.unique(
                    lambda: (
                        f"{home['dist'][2]:02d}-{r.randint(1, 3):02d}-{issued % 100:02d}-{self.digits(5)}"
                    )
                )
        p["nin"] = (
            self.unique(lambda: r.choice("123456789") + self.digits(9))
            if age >= 16 and r.random() < 0.35
            else None
        )
        p["abroad"] = None
        if sex == "M" and 20 <= age <= 48 and r.random() < 0.3:
            country = wpick(r, {k: v[1] for k, v in ABROAD.items()})
            p["abroad"] = dict(country=country, num=self.abroad_mobile(country),
                               passport=self.unique(lambda: r.choice(["0", "1"]) + self.digits(7)))  # fmt: skip
        p["email"] = None
        if 16 <= age <= 55 and r.random() < 0.4:
            g = self.latin_given(p).lower().replace(".", "")
            f = wpick(r, fam[1]).lower().replace(".", "").replace(" ", "")
            p["email"] = self.unique(lambda: wpick(r, {f"{g}.{f}": 3, f"{g}{f}": 3, f"{g}{dob.year % 100:02d}": 2,
                                                       f"{g}{r.randint(1, 999)}": 2}) + "@"
                                     + wpick(r, {"gmail.com": 80, "yahoo.com": 12, "hotmail.com": 8}))  # fmt: skip
        return p

    # ------------------------------------------------------------ written forms
    def surname(self, p: dict, at: float | None = None) -> tuple:
        """The family name a record holds: a married woman's husband's, her father's in records
        made before she married (``at``: how many years ago the record was made)."""
        if p["maiden"] and at is not None and at > p["married_years"]:
            return p["maiden"]
        return p["family"]

    def latin_given(self, p: dict) -> str:
        return wpick(self.rnd, p["given"][1])

    def latin_name(
        self, p: dict, at: float | None = None, middle: float = 1.0, slip: float = 0.04
    ) -> str:
        """Given, middle (full, cut or dropped) and family name in Latin letters."""
        r = self.rnd
        words = [self.latin_given(p)]
        if p["middle"] and r.random() < middle:
            m = wpick(r, MIDDLE[p["middle"]])
            if m:
                words.append(m)
        words.append(wpick(r, self.surname(p, at)[1]))
        return self.typo(" ".join(words), slip)

    def dev_name(self, p: dict, at: float | None = None, family: bool = True) -> str:
        r = self.rnd
        words = [p["given"][0]]
        if p["middle"] and r.random() < 0.85:
            words.append(p["middle"])
        if family:
            words.append(self.surname(p, at)[0])
        return " ".join(words)

    def caps(self, s: str, p: float) -> str:
        return s.upper() if self.rnd.random() < p else s

    def cit_text(self, cit: str | None, digits: str = "latin") -> str | None:
        r = self.rnd
        if not cit:
            return None
        if r.random() < 0.02:
            i = r.randrange(len(cit) - 4, len(cit))
            if cit[i].isdigit():
                cit = cit[:i] + str(r.randrange(10)) + cit[i + 1 :]
        if "/" not in cit:
            cit = wpick(r, {cit: 55, cit.replace("-", "/"): 20, cit.replace("-", ""): 10,
                            cit.replace("-", " "): 5, cit[:9] + cit[10:].lstrip("0"): 10})  # fmt: skip
        else:
            serial, year = cit.split("/")
            cit = wpick(r, {cit: 60, f"{serial}/{year[1:]}": 25, f"{serial}-{year}": 15})
        return dev(cit) if digits == "dev" else cit

    def phone(
        self, num: str | None, style: str | None = None, devanagari: float = 0.0
    ) -> str | None:
        """A Nepali mobile (``98…``) or Kathmandu landline (``14…``: ``01-4…``) in one of its
        written forms, or a number abroad in its own."""
        r = self.rnd
        if not num:
            return None
        if num.startswith("+"):
            return self.abroad_text(num)
        if num.startswith("1"):
            out = wpick(
                r, {f"01-{num[1:]}": 55, f"0{num}": 20, f"+977-1-{num[1:]}": 15, f"{num[1:]}": 10}
            )
        else:
            style = style or wpick(
                r, {"plain": 50, "plus": 15, "plusdash": 12, "cc": 8, "dash": 10, "space": 5}
            )
            out = {"plain": num, "plus": f"+977{num}", "plusdash": f"+977-{num}", "cc": f"00977{num}",
                   "dash": f"{num[:3]}-{num[3:]}", "space": f"{num[:3]} {num[3:6]} {num[6:]}"}[style]  # fmt: skip
        return dev(out) if r.random() < devanagari else out

    def abroad_text(self, num: str) -> str:
        r = self.rnd
        code = next(c for c, _ in ABROAD.values() if num[1:].startswith(c))
        n = num[1 + len(code) :]
        if code == "974":
            return wpick(r, {f"+974 {n[:4]} {n[4:]}": 40, f"+974{n}": 25, f"00974{n}": 20, n: 15})
        if code == "60":
            return wpick(
                r, {f"+60 {n[:2]}-{n[2:5]} {n[5:]}": 40, f"+60{n}": 25, f"0{n}": 20, f"0060{n}": 15}
            )
        return wpick(r, {f"+{code} {n[:2]} {n[2:5]} {n[5:]}": 40, f"+{code}{n}": 25, f"00{code}{n}": 15,
                         f"0{n}": 20})  # fmt: skip

    def bs_date(self, p: dict, style: str, digits: str = "latin") -> str:
        r = self.rnd
        y, m, d = bikram_sambat(p["dob"])
        if p["year_only"]:
            out = str(y)
        elif style == "dash":
            out = f"{y}-{m:02d}-{d:02d}"
        elif style == "slash":
            out = f"{y}/{m:02d}/{d:02d}"
        else:
            out = f"{y}.{m}.{d}"
        if r.random() < 0.015:  # a month or day off by one, as a clerk converts by hand
            out = out[:-1] + str((int(out[-1]) + 1) % 10)
        return dev(out) if digits == "dev" else out

    def ad_date(self, p: dict, fmt: str) -> str:
        d = p["dob"]
        if p["year_only"]:
            return f"{d.year}-01-01" if fmt == "iso" else f"01/01/{d.year}"
        return d.isoformat() if fmt == "iso" else d.strftime("%d/%m/%Y")

    def address(self, p: dict, script: str) -> str:
        r = self.rnd
        h = p["home"]
        dist, tole, ward = h["dist"], h["tole"], h["ward"]
        if script == "dev":
            return wpick(
                r, {f"{dist[1]}-{dev(str(ward))}, {tole[1]}": 60, f"{tole[1]}, {dist[1]}": 40}
            )
        return wpick(r, {f"{dist[0]}-{ward}, {tole[0]}": 50, f"{tole[0]}, {dist[0]}": 30,
                         f"{tole[0]}-{ward}, {dist[0]}": 20})  # fmt: skip

    def own_mobile(self, p: dict) -> str:
        if p["shared"] and self.rnd.random() < 0.45:
            return p["shared"]
        return self.rnd.choice(p["mobiles"])

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        at = r.uniform(0, 12)
        script = "dev" if r.random() < 0.65 else "latin"
        if script == "dev":
            given = self.dev_name(p, at, family=False)
            fam = self.surname(p, at)[0]
        else:
            given = self.latin_name(p, at).rsplit(" ", 1)[0].upper()
            fam = wpick(r, self.surname(p, at)[1]).upper()
        father, grand, spouse = p["father"], p["father"]["father"], p["spouse"]
        relname = (
            (lambda q: self.dev_name(q))
            if script == "dev"
            else (lambda q: self.latin_name(q, slip=0.02).upper())
        )
        self.add("BANK_CBS", p, {
            "ग्राहक नं.": self.unique(lambda: "0" + self.digits(9)),
            "नाम": given,
            "थर": fam,
            "बाबुको नाम": relname(father) if r.random() < 0.85 else None,
            "बाजेको नाम": relname(grand) if r.random() < 0.7 else None,
            "पति/पत्नीको नाम": relname(spouse) if spouse and r.random() < 0.6 else None,
            "जन्म मिति (वि.सं.)": self.bs_date(p, wpick(r, {"dash": 70, "slash": 30}), "dev" if r.random() < 0.45 else "latin") if r.random() < 0.95 else None,
            "नागरिकता नं.": self.cit_text(p["cit"], "dev" if r.random() < 0.35 else "latin") if r.random() < 0.95 else None,
            "राष्ट्रिय परिचयपत्र नं.": p["nin"] if p["nin"] and r.random() < 0.6 else None,
            "मोबाइल": self.phone(self.own_mobile(p), devanagari=0.15) if r.random() < 0.92 else None,
            "ठेगाना": self.address(p, script) if r.random() < 0.9 else None,
            "लिङ्ग": wpick(r, {{"M": "पुरुष", "F": "महिला"}[p["sex"]]: 70, p["sex"]: 30}) if r.random() < 0.85 else None,
        })  # fmt: skip

    def sim(self, p: dict, number: str, holder: dict) -> None:
        """A SIM registration of ``p``'s number on ``holder``'s papers: the person's own, or the
        household head's for his wife or child, who uses the line. The record is the holder's,
        as the papers and the name are (the user's number is then the holder's too)."""
        r = self.rnd
        at = r.uniform(0, 15)
        rel = (
            holder["spouse"]
            if holder["sex"] == "F" and holder["spouse"] and at <= (holder["married_years"] or 0)
            else holder["father"]
        )
        dob = (
            self.ad_date(holder, "dmy")
            if r.random() < 0.8
            else self.bs_date(holder, "dash") + " BS"
        )
        self.add("SIM_REG", holder, {
            "MSISDN": self.phone(number, wpick(r, {"plain": 60, "plus": 20, "cc": 20})),
            "Subscriber Name": self.caps(self.latin_name(holder, at, middle=0.8), 0.8),
            "Father/Husband Name": self.latin_name(rel, middle=0.6).upper() if r.random() < 0.7 else None,
            "DOB": dob if r.random() < 0.85 else None,
            "Citizenship No": self.cit_text(holder["cit"]) if r.random() < 0.85 else None,
            "District": holder["home"]["dist"][0] if r.random() < 0.8 else None,
            "Address": self.address(holder, "latin") if r.random() < 0.5 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        a = p["abroad"]
        home = [m for m in p["household"] if m is not p and (TODAY - m["dob"]).days > 18 * 365]
        receiver = (
            p["spouse"] if p["spouse"] and r.random() < 0.6 else (r.choice(home) if home else None)
        )
        self.add("REMIT", p, {
            "txn_ref": self.unique(lambda: "IME" + self.digits(10)),
            "sender_name": self.caps(self.latin_name(p, 0, middle=0.7), 0.7),
            "sender_mobile": self.phone(a["num"]) if r.random() < 0.9 else self.phone(p["mobiles"][0]),
            "sender_country": a["country"],
            "sender_passport": a["passport"] if r.random() < 0.8 else None,
            "sender_dob": self.ad_date(p, "iso") if r.random() < 0.7 else None,
            "receiver_name": self.caps(self.latin_name(receiver, 0, middle=0.5), 0.6) if receiver else None,
            "receiver_mobile": self.phone(self.own_mobile(receiver)) if receiver and r.random() < 0.9 else None,
            "receiver_citizenship": self.cit_text(receiver["cit"]) if receiver and receiver["cit"] and r.random() < 0.6 else None,
            "payout_district": p["home"]["dist"][0] if r.random() < 0.7 else None,
        })  # fmt: skip

    def saccos(self, p: dict) -> None:
        r = self.rnd
        at = r.uniform(0, 10)
        rel = p["spouse"] if p["sex"] == "F" and p["spouse"] else p["father"]
        phone = p["landline"] if p["landline"] and r.random() < 0.3 else self.own_mobile(p)
        if p["spouse"] and r.random() < 0.3:  # the household's one phone, whoever's it is
            phone = self.own_mobile(p["spouse"])
        name = self.latin_name(p, at, middle=0.8) if r.random() < 0.85 else self.dev_name(p, at)
        self.add("SACCOS", p, {
            "सदस्य नं.": self.unique(lambda: f"M-{r.randint(1, 9999):04d}-{r.randint(70, 82)}"),
            "Member Name": self.caps(name, 0.3),
            "पति/बाबुको नाम": self.latin_name(rel, middle=0.6) if r.random() < 0.8 else None,
            "DOB (BS)": self.bs_date(p, wpick(r, {"dash": 60, "slash": 25, "dot": 15})) if r.random() < 0.85 else None,
            "Citizenship": self.cit_text(p["cit"]) if r.random() < 0.75 else None,
            "फोन": self.phone(phone, devanagari=0.1) if r.random() < 0.9 else None,
            "Tole": p["home"]["tole"][0] if r.random() < 0.7 else None,
            "Ward No": str(p["home"]["ward"]) if r.random() < 0.7 else None,
        })  # fmt: skip

    def ewallet(self, p: dict, number: str | None = None) -> None:
        r = self.rnd
        doc = wpick(r, {"nin": 50, "cit": 50}) if p["nin"] else "cit"
        name = self.latin_name(p, 0, middle=0.5, slip=0.06)
        self.add("EWALLET", p, {
            "wallet_id": self.phone(number or p["mobiles"][0], "plain"),
            "full_name": name.lower() if r.random() < 0.25 else name,
            "email": p["email"] if r.random() < 0.8 else None,
            "dob": self.ad_date(p, "iso") if r.random() < 0.7 else None,
            "gender": wpick(r, {p["sex"]: 50, {"M": "Male", "F": "Female"}[p["sex"]]: 50}) if r.random() < 0.7 else None,
            "kyc_doc_type": {"nin": "NID", "cit": "Citizenship"}[doc] if r.random() < 0.9 else None,
            "kyc_doc_no": (p["nin"] if doc == "nin" else self.cit_text(p["cit"])) if p["cit"] and r.random() < 0.8 else None,
            "address": self.address(p, "latin") if r.random() < 0.5 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if age >= 18 and r.random() < 0.6:
                self.bank(p)
                if r.random() < 0.1:
                    self.bank(p)
            if age >= 12 and r.random() < 0.7:
                holder = p["head"] if age < 18 or (p["sex"] == "F" and r.random() < 0.15) else p
                if holder is not p and not holder.get("cit"):
                    holder = p if p["cit"] else None
                if holder is not None:
                    self.sim(p, p["mobiles"][0], holder)
                    if len(p["mobiles"]) > 1 and r.random() < 0.6:
                        self.sim(p, p["mobiles"][1], p if p["cit"] else holder)
            if p["abroad"]:
                for _ in range(r.choice([1, 2, 2, 3, 3, 4, 5])):
                    self.remit(p)
            if age >= 18 and r.random() < (0.5 if p["sex"] == "F" else 0.25):
                for _ in range(wpick(r, {1: 75, 2: 25})):  # a savings and a loan account
                    self.saccos(p)
            if 16 <= age <= 60 and r.random() < 0.5:
                self.ewallet(p)
                if len(p["mobiles"]) > 1 and r.random() < 0.3:
                    self.ewallet(p, p["mobiles"][1])
            if len(self.rows) == n0 and age >= 16 and p["cit"]:
                self.sim(p, p["mobiles"][0], p)
        return self.shuffled("row_id", "NP")


def nepal(persons: int = 4800, seed: int = 977) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Nepal.frame(persons, seed, "row_id")
