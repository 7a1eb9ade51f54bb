"""A Sri Lankan bank, mobile operator, life insurer, remittance company and electricity board's
customers, Sinhala, Tamil and Muslim, at home and in the Tamil diaspora (Toronto, London,
Chennai) and among migrant workers in the Gulf and Italy, stacked in one file (a ``system``
column naming the system).

* Bank core (``BANK``), English capitals: ``CIF_NO``, ``CUSTOMER_NAME`` (the name with
  initials: ``W.A.D.N. PERERA``, ``PERERA W A D N``, ``K. RAVINDRAN``, ``M.N.M. RIZWAN``, a
  title now and then), ``NAME_IN_FULL`` (``WICKRAMASINGHE ARACHCHIGE DON NIMAL PERERA``;
  blank for many), ``NIC_NO`` (the old form ``851234567V`` for most, the new twelve digits for
  the young; a passport number for a non-resident), ``DATE_OF_BIRTH`` (``DD/MM/YYYY``),
  ``MOBILE_NO`` (``0771234567``, ``077-1234567``, ``+94 77 123 4567``; a non-resident's
  ``+1 416 ...``), ``RES_TEL`` (the household's landline ``011-2345678``), ``ADDRESS_1``,
  ``ADDRESS_2``, ``CITY`` (``No. 12/3``, ``Temple Road``, ``Nugegoda``), ``EMAIL``.
* Mobile operator (``SIM``): ``msisdn`` (``94771234567``), ``nic`` (either form as the
  customer's card shows it, ``v`` or ``V``), ``subscriber_name`` (Latin, as the agent typed
  it: ``Nimal Perera``, ``k ravindran``), ``නම`` (the name as a Sinhala form wrote it, for
  some Sinhala customers) and ``பெயர்`` (as a Tamil form wrote it: ``ரவீந்திரன் கந்தசாமி``),
  ``dob`` (``YYYY-MM-DD``), ``gender`` (``M``/``F``), ``address`` (one line). A line registered
  on a parent's NIC and used by a son or daughter.
* Life insurer (``INSURE``): ``policy_no``, ``name_of_life_assured`` (full or short),
  ``nic_no``, ``date_of_birth`` (``DD-MM-YYYY``), ``contact_no``, ``address``, and the
  nominee's (someone else's) ``nominee_name``, ``nominee_nic``, ``nominee_relationship``
  (``Wife``, ``Son``, ``Mother``), ``nominee_contact``.
* Remittance company (``REMIT``): one row per sender, abroad or a migrant worker:
  ``sender_name`` (in Western order abroad: ``Ravindran Kandasamy``), ``sender_id``
  (passport ``N1234567`` or NIC), ``sender_phone`` (``+1 647 555 0123``, ``+44 7911 123456``,
  ``+91 98400 12345``, ``+974 5512 3456``), ``sender_country``, ``sender_address``,
  ``sender_dob`` (``MM/DD/YYYY`` from the Canadian app, ``DD/MM/YYYY`` from the others), and the
  receiver in Sri Lanka (a parent, wife or brother, a customer of the other systems too):
  ``receiver_name``, ``receiver_nic``, ``receiver_mobile``, ``receiver_address``,
  ``relationship``.
* Electricity board (``CEB``), Sinhala column names: ``ගිණුම් අංකය`` (account), ``නම`` (the
  holder's name with initials, the house's account often still in the father's name),
  ``ජා.හැ.අ.`` (NIC), ``ලිපිනය`` (address), ``දුරකථන අංකය`` (the landline or a mobile, ``0812
  234567`` written as it was), ``ප්‍රදේශය`` (area).

What makes it hard: Sinhala names with long ancestral ``ge`` names written in full, as initials
or left out, surnames in several spellings (``Gunawardena``/``Gunawardana``, ``Rathnayake``/
``Ratnayake``), a married woman under her father's or her husband's surname; Tamil names where
the father's given name is the family name or an initial (``K. Ravindran`` is Ravindran, son of
Kandasamy; ``Ravindran Kandasamy`` abroad, ``Kandasamy Ravindran`` at home), so that brothers
share the "surname" and a son's is his father's given name; a wife who takes her husband's
given name as hers; Muslim names of ``Mohamed`` and ``Fathima`` and the father's name before
the own (``M.N.M. Rizwan``); names in Sinhala and Tamil script romanised otherwise
(``Jeyakumar``/``Jayakumar``, ``ප්‍රනාන්දු`` for ``Fernando``); the NIC in its old and new
forms for one person; phones with ``+94``/``94``/``0094``/``0`` or none, landlines with and
without the area code, Canadian, British, Indian and Gulf numbers; households on one landline
and address, fathers and sons of one name but for an initial; someone else's columns (nominee,
receiver); typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import sri_lanka_nic_digit
from draws import TODAY, Draws, wpick

# ------------------------------------------------------------------ names
# Sinhala given names: ({Latin: weight}, Sinhala script, weight)
SI_MALE = [
    ({"Nimal": 1}, "නිමල්", 12), ({"Sunil": 1}, "සුනිල්", 12), ({"Kamal": 1}, "කමල්", 10),
    ({"Chaminda": 80, "Chamindha": 20}, "චමින්ද", 10), ({"Kasun": 1}, "කසුන්", 10),
    ({"Tharindu": 85, "Tharindhu": 15}, "තරිඳු", 8), ({"Dilshan": 80, "Dilshaan": 20}, "දිල්ශාන්", 8),
    ({"Ruwan": 1}, "රුවන්", 9), ({"Pradeep": 70, "Pradip": 30}, "ප්‍රදීප්", 9), ({"Saman": 1}, "සමන්", 10),
    ({"Mahinda": 1}, "මහින්ද", 6), ({"Ajith": 85, "Ajit": 15}, "අජිත්", 8), ({"Nuwan": 1}, "නුවන්", 8),
    ({"Lasantha": 80, "Lasanta": 20}, "ලසන්ත", 6), ({"Upul": 1}, "උපුල්", 6), ({"Shantha": 75, "Santha": 25}, "ශාන්ත", 7),
    ({"Asanka": 1}, "අසංක", 6), ({"Janaka": 1}, "ජනක", 6), ({"Sampath": 85, "Sampat": 15}, "සම්පත්", 7),
]  # fmt: skip
SI_FEMALE = [
    ({"Kumari": 1}, "කුමාරි", 10), ({"Dilani": 80, "Dilanie": 20}, "දිලානි", 8),
    ({"Nadeesha": 70, "Nadisha": 30}, "නදීෂා", 9), ({"Chathurika": 85, "Chathurka": 15}, "චතුරිකා", 8),
    ({"Sanduni": 1}, "සඳුනි", 8), ({"Ishara": 1}, "ඉෂාරා", 7), ({"Madhavi": 70, "Madavi": 30}, "මාධවී", 6),
    ({"Nirmala": 1}, "නිර්මලා", 8), ({"Anoma": 1}, "අනෝමා", 6), ({"Malkanthi": 70, "Malkanti": 30}, "මල්කාන්ති", 6),
    ({"Shiromi": 1}, "ශිරෝමි", 5), ({"Chandrika": 1}, "චන්ද්‍රිකා", 6), ({"Iresha": 1}, "ඉරේෂා", 6),
    ({"Thilini": 80, "Thilinie": 20}, "තිළිණි", 7), ({"Sewwandi": 80, "Sevvandi": 20}, "සෙව්වන්දි", 6),
]  # fmt: skip
# Sinhala surnames: ({Latin: weight}, Sinhala script, weight)
SI_SURNAMES = [
    ({"Perera": 1}, "පෙරේරා", 22), ({"Silva": 50, "De Silva": 40, "de Silva": 10}, "සිල්වා", 18),
    ({"Fernando": 1}, "ප්‍රනාන්දු", 14), ({"Bandara": 1}, "බණ්ඩාර", 10), ({"Jayasinghe": 1}, "ජයසිංහ", 8),
    ({"Wickramasinghe": 60, "Wickremasinghe": 30, "Wikramasinghe": 10}, "වික්‍රමසිංහ", 7),
    ({"Gunawardena": 50, "Gunawardana": 35, "Gunawardene": 15}, "ගුණවර්ධන", 7),
    ({"Dissanayake": 65, "Dissanayaka": 25, "Disanayake": 10}, "දිසානායක", 8), ({"Herath": 1}, "හේරත්", 7),
    ({"Ranasinghe": 1}, "රණසිංහ", 6), ({"Rathnayake": 60, "Ratnayake": 40}, "රත්නායක", 7),
    ({"Kumara": 1}, "කුමාර", 6), ({"Weerasinghe": 1}, "වීරසිංහ", 6),
    ({"Karunaratne": 50, "Karunarathna": 35, "Karunaratna": 15}, "කරුණාරත්න", 5),
    ({"Amarasinghe": 1}, "අමරසිංහ", 5), ({"Jayawardena": 55, "Jayawardene": 30, "Jayewardene": 15}, "ජයවර්ධන", 5),
    ({"Senanayake": 80, "Senanayaka": 20}, "සේනානායක", 4), ({"Rajapaksha": 60, "Rajapaksa": 40}, "රාජපක්ෂ", 4),
]  # fmt: skip
#: Ancestral (``ge``) names: (words, weight); a man's ``Don`` is a woman's ``Dona``.
GE_NAMES = [
    (("Wickramasinghe", "Arachchige", "Don"), 5), (("Hewa", "Pathiranage"), 5), (("Kankanamge",), 6),
    (("Liyanage",), 7), (("Herath", "Mudiyanselage"), 6), (("Warnakulasuriya", "Patabendige"), 4),
    (("Wijesuriya", "Arachchige"), 4), (("Kariyawasam", "Gamage"), 4), (("Dissanayake", "Mudiyanselage"), 5),
    (("Hettiarachchige", "Don"), 4), (("Galappaththi", "Vithanage"), 3), (("Senarath", "Yapa"), 3),
    (("Ranasinghe", "Arachchige"), 3), (("Munasinghe", "Arachchilage"), 3), (("Gamage",), 5),
]  # fmt: skip
# Tamil names: ({Latin: weight}, Tamil script, weight)
TA_MALE = [
    ({"Ravindran": 80, "Raveendran": 20}, "ரவீந்திரன்", 8), ({"Jeyakumar": 55, "Jayakumar": 45}, "ஜெயகுமார்", 8),
    ({"Sivakumar": 65, "Shivakumar": 25, "Sivakumaar": 10}, "சிவகுமார்", 8),
    ({"Thirunavukkarasu": 60, "Tirunavukkarasu": 25, "Thirunavukarasu": 15}, "திருநாவுக்கரசு", 4),
    ({"Kandasamy": 60, "Kanthasamy": 30, "Kandaswamy": 10}, "கந்தசாமி", 8), ({"Suresh": 1}, "சுரேஷ்", 6),
    ({"Rajan": 1}, "ராஜன்", 6), ({"Ganesh": 60, "Kanesh": 40}, "கணேஷ்", 5), ({"Murugan": 1}, "முருகன்", 5),
    ({"Balachandran": 85, "Balasandran": 15}, "பாலச்சந்திரன்", 5), ({"Yogarajah": 60, "Yogaraja": 40}, "யோகராஜா", 6),
    ({"Vigneswaran": 55, "Vickneswaran": 35, "Vigneshwaran": 10}, "விக்னேஸ்வரன்", 5), ({"Kumaran": 1}, "குமரன்", 5),
    ({"Nadarajah": 60, "Nadaraja": 40}, "நடராஜா", 7), ({"Selvarajah": 60, "Selvaraja": 40}, "செல்வராஜா", 6),
    ({"Mahendran": 80, "Mahenthiran": 20}, "மகேந்திரன்", 5), ({"Sritharan": 70, "Sreetharan": 30}, "ஸ்ரீதரன்", 5),
    ({"Thayaparan": 80, "Thayabaran": 20}, "தயாபரன்", 4), ({"Sathiyaseelan": 60, "Sathiaseelan": 40}, "சத்தியசீலன்", 3),
    ({"Arumugam": 80, "Arumugham": 20}, "ஆறுமுகம்", 5), ({"Ponnambalam": 1}, "பொன்னம்பலம்", 4),
]  # fmt: skip
TA_FEMALE = [
    ({"Kamala": 1}, "கமலா", 6), ({"Lakshmi": 60, "Letchumi": 25, "Luxmi": 15}, "லட்சுமி", 7),
    ({"Thevaki": 55, "Devaki": 45}, "தேவகி", 5), ({"Vasanthi": 80, "Vasanthy": 20}, "வசந்தி", 6),
    ({"Tharshini": 55, "Dharshini": 45}, "தர்ஷினி", 6), ({"Nirosha": 1}, "நிரோஷா", 5),
    ({"Priya": 70, "Piriya": 30}, "பிரியா", 6), ({"Kalaivani": 1}, "கலைவாணி", 5), ({"Sumathi": 80, "Sumathy": 20}, "சுமதி", 6),
    ({"Shanthi": 55, "Santhi": 45}, "சாந்தி", 6), ({"Jeyanthi": 50, "Jayanthi": 50}, "ஜெயந்தி", 5),
    ({"Yalini": 60, "Yazhini": 40}, "யாழினி", 4), ({"Mathivathani": 1}, "மதிவதனி", 3), ({"Kowsalya": 60, "Kausalya": 40}, "கௌசல்யா", 4),
]  # fmt: skip
# Muslim names: ({Latin: weight}, Tamil script, weight); men's names follow ``Mohamed``, women's
# ``Fathima`` more often than not.
MU_MALE = [
    ({"Rizwan": 80, "Rizvan": 20}, "ரிஸ்வான்", 8), ({"Faizal": 60, "Faisal": 40}, "பைசல்", 8),
    ({"Nazeer": 60, "Naseer": 40}, "நசீர்", 7), ({"Imran": 1}, "இம்ரான்", 6), ({"Fazil": 70, "Fasil": 30}, "பாசில்", 6),
    ({"Rishad": 70, "Rishard": 30}, "ரிஷாட்", 5), ({"Ashraff": 55, "Ashraf": 45}, "அஷ்ரப்", 6),
    ({"Irshad": 1}, "இர்ஷாத்", 5), ({"Naufer": 60, "Nowfer": 40}, "நௌபர்", 5), ({"Hakeem": 70, "Hakim": 30}, "ஹக்கீம்", 5),
]  # fmt: skip
MU_FEMALE = [
    ({"Rizna": 1}, "ரிஸ்னா", 6), ({"Shifana": 70, "Shifna": 30}, "ஷிபானா", 6), ({"Nuzla": 1}, "நுஸ்லா", 5),
    ({"Fazeena": 60, "Faseena": 40}, "பசீனா", 6), ({"Sameera": 70, "Samira": 30}, "சமீரா", 5),
    ({"Rinoza": 1}, "ரினோசா", 4), ({"Safna": 1}, "சப்னா", 5),
]  # fmt: skip
MOHAMED = {"Mohamed": 70, "Mohammed": 15, "Mohomed": 10, "Muhammad": 5}
FATHIMA = {"Fathima": 75, "Fathuma": 10, "Fatima": 15}

# ------------------------------------------------------------------ places
# (town, area code, postcode, group weights S/T/M)
TOWNS = [
    ("Colombo", "011", "00300", (20, 12, 25)), ("Nugegoda", "011", "10250", (12, 2, 3)),
    ("Dehiwala", "011", "10350", (8, 4, 8)), ("Maharagama", "011", "10280", (8, 0, 1)),
    ("Kandy", "081", "20000", (10, 4, 12)), ("Galle", "091", "80000", (8, 0, 4)),
    ("Negombo", "031", "11500", (8, 1, 2)), ("Kurunegala", "037", "60000", (8, 0, 5)),
    ("Matara", "041", "81000", (6, 0, 1)), ("Jaffna", "021", "40000", (0, 30, 1)),
    ("Batticaloa", "065", "30000", (0, 12, 12)), ("Trincomalee", "026", "31000", (1, 8, 6)),
    ("Vavuniya", "024", "43000", (1, 8, 2)), ("Kalmunai", "067", "32300", (0, 4, 12)),
    ("Gampaha", "033", "11000", (9, 0, 2)), ("Kegalle", "035", "71000", (5, 0, 4)),
]  # fmt: skip
#: Colombo's postal districts (``Colombo 03`` Kollupitiya), which addresses write in place of a town.
COLOMBO_DISTRICTS = [("03", "Kollupitiya"), ("04", "Bambalapitiya"), ("05", "Havelock Town"), ("06", "Wellawatte"),
                     ("07", "Cinnamon Gardens"), ("10", "Maradana"), ("13", "Kotahena"), ("15", "Mattakkuliya")]  # fmt: skip
STREETS = ["Temple Road", "Galle Road", "Station Road", "Hospital Road", "Kandy Road", "Main Street", "Church Road",
           "School Lane", "Old Road", "High Level Road", "Lake Road", "Mosque Road", "Kovil Road", "Baseline Road",
           "Hill Street", "Park Avenue", "K.K.S. Road", "Point Pedro Road", "Peradeniya Road", "Negombo Road"]  # fmt: skip
ABBREV = {
    "Road": ["Rd", "Rd.", "Road"],
    "Street": ["St", "St.", "Street"],
    "Lane": ["Ln", "Lane"],
    "Avenue": ["Ave", "Mawatha", "Avenue"],
}
#: Abroad: (country, its dialling code, cities, weight for Tamil / Sinhala)
ABROAD = [
    ("Canada", "1", [("Scarborough", "ON", "416"), ("Markham", "ON", "905"), ("Toronto", "ON", "647")], (40, 2)),
    ("United Kingdom", "44", [("Ilford", "", "20"), ("East Ham", "", "20"), ("Harrow", "", "20")], (30, 6)),
    ("India", "91", [("Chennai", "", "44")], (20, 0)),
    ("Qatar", "974", [("Doha", "", "")], (5, 40)), ("Italy", "39", [("Milano", "", "")], (3, 25)),
    ("Kuwait", "965", [("Kuwait City", "", "")], (2, 27)),
]  # fmt: skip
MOBILE_PREFIX = ["070", "071", "071", "072", "074", "075", "076", "077", "077", "078"]
RELATION = {"wife": "Wife", "husband": "Husband", "son": "Son", "daughter": "Daughter", "mother": "Mother",
            "father": "Father", "brother": "Brother", "sister": "Sister"}  # fmt: skip


def nic_day(d: dt.date, sex: str) -> int:
    """The NIC's day of the year: as if every February had 29 days; a woman's plus 500."""
    return dt.date(2000, d.month, d.day).timetuple().tm_yday + (500 if sex == "F" else 0)


class Lanka(Draws):
    SLIP_LETTERS = "aeiouhnrsl"

    def pick(self, table: list) -> tuple:
        return self.rnd.choices(table, [e[-1] for e in table])[0]

    def named(self, entry: tuple) -> dict:
        spellings, script, _ = entry
        return {"la": wpick(self.rnd, spellings), "las": spellings, "script": script}

    def la(self, name: dict, own: float = 0.75) -> str:
        return name["la"] if self.rnd.random() < own else wpick(self.rnd, name["las"])

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            self.household(wpick(r, {"S": 66, "T": 22, "M": 12}))

    def town(self, group: str) -> tuple:
        i = "STM".index(group)
        return self.rnd.choices(TOWNS, [t[3][i] for t in TOWNS])[0]

    def home(self, group: str) -> dict:
        r = self.rnd
        town = self.town(group)
        no = str(r.randint(1, 250))
        if r.random() < 0.3:
            no += f"/{r.randint(1, 12)}"
        elif r.random() < 0.15:
            no += r.choice("ABC")
        district = r.choice(COLOMBO_DISTRICTS) if town[0] == "Colombo" else None
        lane = (
            r.choice(["1st Lane", "2nd Lane", "3rd Lane", "4th Lane", "5th Lane"])
            if r.random() < 0.15
            else None
        )
        return dict(town=town, no=no, street=r.choice(STREETS), district=district, lane=lane,
                    landline=self.unique(lambda: town[1] + r.choice("2245") + self.digits(6)) if r.random() < 0.5 else None)  # fmt: skip

    def abroad(self, group: str) -> dict:
        r = self.rnd
        country, cc, cities, _ = r.choices(
            ABROAD, [a[3][0 if group == "T" else 1] for a in ABROAD]
        )[0]
        city, prov, area = r.choice(cities)
        if cc == "1":
            phone = f"+1{area}{r.randint(200, 999)}{self.digits(4)}"
            addr = f"{r.randint(10, 999)} {r.choice(['Markham Rd', 'Ellesmere Rd', 'Sheppard Ave E', 'Kennedy Rd'])}, {city}, {prov} M1{r.choice('BGJKP')} {r.randint(1, 9)}{r.choice('ACEHKL')}{r.randint(1, 9)}"
        elif cc == "44":
            phone = f"+447{r.randint(400, 999)}{self.digits(6)}"
            addr = f"{r.randint(1, 200)} {r.choice(['High Road', 'Ilford Lane', 'Green Street', 'Station Road'])}, {city} IG{r.randint(1, 6)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTU')}"
        elif cc == "91":
            phone = f"+91{r.choice('6789')}{self.digits(9)}"
            addr = f"No. {r.randint(1, 60)}, {r.randint(1, 12)}nd Cross Street, {r.choice(['Anna Nagar', 'Vadapalani', 'Kodambakkam'])}, Chennai 6000{r.randint(10, 99)}"
        else:
            lead = {"39": "3" + self.digits(2), "965": r.choice("569")}.get(cc, r.choice("3567"))
            phone = f"+{cc}{lead}{self.digits(7)}"
            addr = f"P.O. Box {r.randint(100, 99999)}, {city}" if r.random() < 0.5 else f"{city}"
        return dict(country=country, cc=cc, phone=self.unique(lambda: phone), addr=addr, city=city)

    def household(self, group: str) -> None:
        r = self.rnd
        home = self.home(group)
        email = None
        kind = wpick(r, {"single": 25, "couple": 20, "family": 55})
        head_sex = "M" if kind != "single" else r.choice("MF")
        father_gn = self.given(group, "M")
        fam = self.family_names(group)
        head = self.person(group, head_sex, self.dob(28, 80), home, father_gn, fam)
        members = [head]
        if kind != "single" and head_sex == "M":
            wife = self.person(
                group, "F", self.dob(25, 78), home, self.given(group, "M"), self.family_names(group)
            )
            wife["husband"] = head
            wife["rel"] = "wife"
            members.append(wife)
            if r.random() < 0.25:
                email = self.unique(
                    lambda: (
                        f"{head['gn'][0]['la'].lower()}{wpick(r, {'family': 1, 'home': 1, 'fam': 1})}{r.randint(1, 999)}@{wpick(r, {'gmail.com': 70, 'yahoo.com': 20, 'sltnet.lk': 10})}"
                    )
                )
        if kind == "family" and head_sex == "M":
            for _ in range(r.choice([1, 2, 2, 3])):
                sex = r.choice("MF")
                age_hi = min(45, (TODAY - head["dob"]).days / 365.25 - 20)
                if age_hi < 17:
                    break
                kid_fam = self.child_family(group, head, sex)
                kid = self.person(group, sex, self.dob(16, age_hi), home, head["gn"][0], kid_fam)
                kid["rel"] = "son" if sex == "M" else "daughter"
                members.append(kid)
        if kind != "single" and group in "TS" and r.random() < (0.35 if group == "T" else 0.15):
            out = r.choice(members[1:] if len(members) > 2 else members)
            out["abroad"] = self.abroad(group)
        for m in members:
            m["household"] = members
            m["family_email"] = email
        self.persons.extend(members)

    def given(self, group: str, sex: str) -> dict:
        table = {("S", "M"): SI_MALE, ("S", "F"): SI_FEMALE, ("T", "M"): TA_MALE, ("T", "F"): TA_FEMALE,
                 ("M", "M"): MU_MALE, ("M", "F"): MU_FEMALE}[group, sex]  # fmt: skip
        return self.named(self.pick(table))

    def family_names(self, group: str) -> dict:
        """A Sinhala family's ancestral name and surname (Tamil and Muslim families have none:
        the father's given name serves)."""
        if group != "S":
            return {}
        ge = self.pick(GE_NAMES)[0] if self.rnd.random() < 0.7 else ()
        return {"ge": ge, "sn": self.named(self.pick(SI_SURNAMES))}

    def child_family(self, group: str, head: dict, sex: str) -> dict:
        return head["fam"] if group == "S" else {}

    def person(
        self, group: str, sex: str, dob: dt.date, home: dict, father_gn: dict, fam: dict
    ) -> dict:
        r = self.rnd
        self.pid += 1
        gn = [self.given(group, sex)]
        if group == "S" and r.random() < 0.45:
            gn.append(self.given(group, sex))
        old = dob.year < 2000 and r.random() < 0.97
        day = nic_day(dob, sex)

        def nic_old() -> str:
            body = f"{dob.year % 100:02d}{day:03d}{r.randint(0, 999):03d}"
            return body + sri_lanka_nic_digit(body)

        serial_old = self.unique(nic_old) if old else None
        if serial_old:
            new_body = f"{dob.year}{day:03d}0{serial_old[5:8]}"
            nic_new = new_body + serial_old[8]
        else:
            new_body = self.unique(lambda: f"{dob.year}{day:03d}{r.randint(0, 9999):04d}")
            nic_new = new_body + sri_lanka_nic_digit(new_body)
        mobile = (
            self.unique(lambda: r.choice(MOBILE_PREFIX) + self.digits(7))
            if r.random() < 0.93
            else None
        )
        second = (
            self.unique(lambda: r.choice(MOBILE_PREFIX) + self.digits(7))
            if r.random() < 0.15
            else None
        )
        email = None
        if r.random() < 0.4:
            first = gn[0]["la"].lower()
            last = (fam["sn"]["la"] if fam else father_gn["la"]).lower().replace(" ", "")
            local = wpick(
                r,
                {
                    f"{first}.{last}": 3,
                    f"{first}{last[0]}": 2,
                    f"{first}{r.randint(70, 99)}": 2,
                    f"{first[0]}{last}": 2,
                },
            )
            email = self.unique(lambda: local + wpick(r, {"": 5, str(r.randint(1, 99)): 5}) + "@" + wpick(r, {"gmail.com": 65, "yahoo.com": 20, "hotmail.com": 10, "sltnet.lk": 5}))  # fmt: skip
        return dict(
            pid=self.pid, group=group, sex=sex, dob=dob, gn=gn, father=father_gn, fam=fam, home=home,
            nic_old=(serial_old + r.choice("VVVVVVVVX")) if serial_old else None, nic_new=nic_new,
            new_card=serial_old is None or r.random() < 0.35, mobile=mobile, second=second, email=email,
            passport=self.unique(lambda: r.choice("NN") + self.digits(7)), husband=None, rel=None, abroad=None,
            move=self.home(group) if r.random() < 0.1 else None,
        )  # fmt: skip

    # ------------------------------------------------------------ written names
    def sn_of(self, p: dict) -> str | None:
        """A Sinhala person's surname: a married woman's her husband's, or in an old row her father's."""
        if p["group"] != "S":
            return None
        if p["husband"] and self.rnd.random() < 0.75:
            return self.la(p["husband"]["fam"]["sn"])
        return self.la(p["fam"]["sn"])

    def ge_of(self, p: dict) -> list[str]:
        words = list(p["fam"].get("ge", ()))
        if p["sex"] == "F":
            words = ["Dona" if w == "Don" else w for w in words]
        return words

    def patronym(self, p: dict) -> dict:
        """The name a Tamil or Muslim person uses as a family name: the father's given name, or a
        married woman's husband's."""
        if p["husband"] and self.rnd.random() < 0.7:
            return p["husband"]["gn"][0]
        return p["father"]

    def prefix(self, p: dict) -> str | None:
        if p["group"] != "M":
            return None
        if p["sex"] == "M":
            return wpick(self.rnd, MOHAMED) if self.rnd.random() < 0.85 else None
        return wpick(self.rnd, FATHIMA) if self.rnd.random() < 0.6 else None

    def full(self, p: dict) -> str:
        """The whole name as an official form writes it."""
        r = self.rnd
        given = " ".join(self.la(g) for g in p["gn"])
        if p["group"] == "S":
            return " ".join([*self.ge_of(p), given, self.sn_of(p)])
        pat = self.la(self.patronym(p))
        if p["group"] == "T":
            return f"{pat} {given}" if r.random() < 0.6 else f"{given} {pat}"
        pre = self.prefix(p)
        fpre = wpick(r, MOHAMED) if r.random() < 0.8 else None
        parts = [fpre, pat, pre, given] if r.random() < 0.6 else [pre, given, fpre, pat]
        return " ".join(x for x in parts if x)

    def initials(self, p: dict, surname_first: float = 0.2) -> str:
        """The name with initials: ``W.A.D.N. Perera``, ``K. Ravindran``, ``M.N.M. Rizwan``."""
        r = self.rnd
        sep = wpick(r, {".": 70, ". ": 15, " ": 15})
        if p["group"] == "S":
            words = self.ge_of(p) + [self.la(g) for g in p["gn"]]
            if r.random() < 0.3 and len(p["gn"]) > 1:  # the second given name written out
                words = [*self.ge_of(p), self.la(p["gn"][0])]
                last = f"{self.la(p['gn'][1])} {self.sn_of(p)}"
            else:
                last = self.sn_of(p)
        elif p["group"] == "T":
            words = [self.la(self.patronym(p))]
            last = self.la(p["gn"][0])
        else:
            pre, fpre = self.prefix(p), "Mohamed" if r.random() < 0.8 else None
            words = [w for w in (fpre, self.la(self.patronym(p)), pre) if w]
            last = self.la(p["gn"][0])
        ini = sep.join(w[0].upper() for w in words) + (sep.rstrip() if sep != " " else "")
        if not words:
            return last
        return (
            f"{last} {ini}".strip()
            if r.random() < surname_first
            else f"{ini} {last}".replace("  ", " ")
        )

    def short(self, p: dict, western: float = 0.5) -> str:
        """A given name and a 'surname', as a person writes it on an app."""
        r = self.rnd
        g = self.la(p["gn"][0], 0.6)
        if p["group"] == "S":
            return f"{g} {self.sn_of(p)}"
        pat = self.la(self.patronym(p), 0.6)
        if p["group"] == "M" and r.random() < 0.3:
            return f"{self.prefix(p) or 'Mohamed'} {g}"
        return f"{g} {pat}" if r.random() < western else f"{pat} {g}"

    def script(self, p: dict) -> str:
        """The name in Sinhala or Tamil script as a form in that language writes it."""
        if p["group"] == "S":
            sn = p["husband"]["fam"]["sn"] if p["husband"] else p["fam"]["sn"]
            return " ".join([*(g["script"] for g in p["gn"]), sn["script"]])
        pat = self.patronym(p)["script"]
        return (
            f"{pat} {p['gn'][0]['script']}"
            if self.rnd.random() < 0.5
            else f"{p['gn'][0]['script']} {pat}"
        )

    def title(self, p: dict) -> str:
        return {"M": "MR", "F": "MRS" if p["husband"] else "MISS"}[p["sex"]]

    # ------------------------------------------------------------ written numbers and places
    def nic(self, p: dict, prefer_new: float) -> str | None:
        r = self.rnd
        use_new = p["nic_old"] is None or (p["new_card"] and r.random() < prefer_new)
        code = p["nic_new"] if use_new else p["nic_old"]
        if r.random() < 0.02:  # a slip
            i = r.randrange(0, len(code) - 1)
            code = code[:i] + str(r.randrange(10)) + code[i + 1 :]
        if not use_new:
            style = wpick(r, {"plain": 70, "lower": 15, "space": 10, "digits": 5})
            code = {
                "plain": code,
                "lower": code.lower(),
                "space": f"{code[:9]} {code[9]}",
                "digits": code[:9],
            }[style]
        elif r.random() < 0.08:
            code = f"{code[:4]} {code[4:8]} {code[8:]}"
        return code

    def phone(self, num: str | None, style: str | None = None) -> str | None:
        """A Sri Lankan number (``0771234567``, ``0112345678``) written one of the local ways."""
        if not num:
            return None
        if num.startswith("+"):
            return self.foreign(num)
        r = self.rnd
        rest = num[1:]
        style = style or wpick(r, {"plain": 35, "dash": 20, "intl": 15, "intl_sp": 10, "94": 8, "0094": 4,
                                    "sp": 5, "nine": 3})  # fmt: skip
        return {
            "plain": num, "dash": f"{num[:3]}-{num[3:]}", "intl": "+94" + rest,
            "intl_sp": f"+94 {rest[:2]} {rest[2:5]} {rest[5:]}", "94": "94" + rest, "0094": "0094" + rest,
            "sp": f"{num[:3]} {num[3:6]} {num[6:]}", "nine": rest, "land4": f"{num[:4]} {num[4:]}",
        }[style]  # fmt: skip

    def foreign(self, num: str) -> str:
        r = self.rnd
        if num.startswith("+1"):
            d = num[2:]
            return wpick(
                r,
                {
                    f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}": 3,
                    f"{d[:3]}-{d[3:6]}-{d[6:]}": 3,
                    num: 3,
                    f"1{d}": 1,
                },
            )
        if num.startswith("+44"):
            d = num[3:]
            return wpick(
                r, {f"+44 {d[:4]} {d[4:]}": 4, f"0{d[:4]} {d[4:]}": 3, num: 3, f"0044{d}": 1}
            )
        if num.startswith("+91"):
            d = num[3:]
            return wpick(r, {f"+91 {d[:5]} {d[5:]}": 4, num: 3, f"0{d}": 1, f"91{d}": 2})
        return wpick(r, {num: 5, "00" + num[1:]: 3, num[1:]: 2})

    def landline(self, p: dict) -> str | None:
        num = p["home"]["landline"]
        if not num:
            return None
        r = self.rnd
        if r.random() < 0.07:
            return num[3:]  # the local number without the area code
        return self.phone(
            num, wpick(r, {"plain": 30, "dash": 35, "land4": 15, "intl_sp": 10, "intl": 10})
        )

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def address(self, a: dict) -> tuple[str, str, str]:
        """(number, street, town) as a Sri Lankan writes them: ``No. 12/3``, ``Temple Rd``,
        ``Colombo 03``."""
        r = self.rnd
        no = wpick(r, {f"No. {a['no']}": 40, f"No {a['no']}": 15, a["no"]: 45})
        words = a["street"].split(" ")
        if words[-1] in ABBREV:
            words[-1] = r.choice(ABBREV[words[-1]])
        street = " ".join(words)
        if a["lane"]:
            street = f"{a['lane']}, {street}" if r.random() < 0.7 else street
        town = a["town"][0]
        if a["district"]:
            d, name = a["district"]
            town = wpick(
                r,
                {
                    f"Colombo {d}": 50,
                    f"Colombo {int(d)}": 20,
                    f"Col {d}": 10,
                    name: 10,
                    "Colombo": 10,
                },
            )
        return no, self.typo(street, 0.03), town

    def one_line(self, a: dict) -> str:
        no, street, town = self.address(a)
        line = f"{no}, {street}, {town}" if self.rnd.random() < 0.8 else f"{no} {street} {town}"
        return line.upper() if self.rnd.random() < 0.3 else line

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def mobile(self, p: dict) -> str | None:
        if p["second"] and self.rnd.random() < 0.4:
            return p["second"]
        return p["mobile"]

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        abroad = p["abroad"]
        a = self.where(p, 0.3)
        no, street, town = self.address(a)
        name = self.initials(p, 0.3)
        if r.random() < 0.25:
            name = f"{self.title(p)} {name}" if r.random() < 0.8 else f"DR {name}"
        self.add("BANK", p, {
            "CIF_NO": self.unique(lambda: "CIF" + self.digits(8)),
            "CUSTOMER_NAME": self.typo(name, 0.03).upper(),
            "NAME_IN_FULL": self.typo(self.full(p), 0.04).upper() if r.random() < 0.55 else None,
            "NIC_NO": (p["passport"] if abroad and r.random() < 0.4 else self.nic(p, 0.3)) if r.random() < 0.95 else None,
            "DATE_OF_BIRTH": p["dob"].strftime("%d/%m/%Y") if r.random() < 0.9 else None,
            "MOBILE_NO": self.phone(abroad["phone"] if abroad and r.random() < 0.6 else self.mobile(p)) if r.random() < 0.85 else None,
            "RES_TEL": self.landline(p) if r.random() < 0.7 else None,
            "ADDRESS_1": (no if not abroad else abroad["addr"].split(",")[0]),
            "ADDRESS_2": street if not abroad else None,
            "CITY": town if not abroad else abroad["city"],
            "EMAIL": p["email"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def sim(self, p: dict, holder: dict | None = None) -> None:
        """A SIM registration; ``holder`` is the parent on whose NIC a child's line was registered."""
        r = self.rnd
        who = holder or p
        script = r.random() < (0.35 if who["group"] != "M" else 0.15)
        latin = (
            None
            if script and r.random() < 0.5
            else self.typo(wpick(r, {self.short(who, 0.3): 2, self.initials(who): 2}), 0.05)
        )
        if latin and r.random() < 0.3:
            latin = latin.lower()
        tamil = who["group"] != "S"
        self.add("SIM", who, {  # the holder's registration, though the line is the child's
            "msisdn": self.phone(self.mobile(p), wpick(r, {"94": 70, "plain": 30})),
            "nic": self.nic(who, 0.7) if r.random() < 0.95 else None,
            "subscriber_name": latin,
            "නම": self.script(who) if script and not tamil else None,
            "பெயர்": self.script(who) if script and tamil else None,
            "dob": who["dob"].isoformat() if r.random() < 0.7 else None,
            "gender": who["sex"] if r.random() < 0.8 else None,
            "address": self.one_line(self.where(who, 0.4)) if r.random() < 0.75 else None,
        })  # fmt: skip

    def nominee(self, p: dict) -> tuple[dict | None, str | None]:
        r = self.rnd
        hh = p["household"]
        if p["husband"]:
            return p["husband"], "husband"
        wife = next((m for m in hh if m["husband"] is p), None)
        if wife:
            return wife, "wife"
        kids = [m for m in hh if m["rel"] in ("son", "daughter") and m is not p]
        if p["rel"] in ("son", "daughter"):
            return (hh[1], "mother") if len(hh) > 1 and hh[1]["sex"] == "F" else (hh[0], "father")
        if kids:
            k = r.choice(kids)
            return k, k["rel"]
        return None, None

    def insure(self, p: dict) -> None:
        r = self.rnd
        nom, rel = self.nominee(p)
        a = self.where(p, 0.2)
        self.add("INSURE", p, {
            "policy_no": self.unique(lambda: "LP" + self.digits(9)),
            "name_of_life_assured": self.typo(self.full(p) if r.random() < 0.5 else self.initials(p), 0.04),
            "nic_no": self.nic(p, 0.5) if r.random() < 0.93 else None,
            "date_of_birth": p["dob"].strftime("%d-%m-%Y") if r.random() < 0.92 else None,
            "contact_no": self.phone(self.mobile(p) if r.random() < 0.8 else p["home"]["landline"]) if r.random() < 0.9 else None,
            "address": self.one_line(a) if r.random() < 0.85 else None,
            "nominee_name": (self.initials(nom) if r.random() < 0.5 else self.full(nom)) if nom else None,
            "nominee_nic": self.nic(nom, 0.5) if nom and r.random() < 0.6 else None,
            "nominee_relationship": RELATION[rel] if nom else None,
            "nominee_contact": self.phone(nom["mobile"]) if nom and r.random() < 0.3 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        ab = p["abroad"]
        hh = [m for m in p["household"] if m is not p and not m["abroad"]]
        rec = r.choice(hh) if hh else None
        canadian = ab["cc"] == "1"
        if rec is None:
            rel = None
        elif rec is p["husband"] or rec["husband"] is p:
            rel = "Wife" if rec["sex"] == "F" else "Husband"
        elif rec["rel"] in ("son", "daughter") and p["rel"] in ("son", "daughter"):
            rel = "Brother" if rec["sex"] == "M" else "Sister"
        elif p["rel"] in ("son", "daughter"):
            rel = "Father" if rec["sex"] == "M" else "Mother"
        else:
            rel = "Son" if rec["sex"] == "M" else "Daughter"
        self.add("REMIT", p, {
            "sender_name": self.typo(self.short(p, 0.85 if ab["cc"] in ("1", "44") else 0.5), 0.05),
            "sender_id": p["passport"] if r.random() < 0.6 else self.nic(p, 0.3),
            "sender_phone": self.foreign(ab["phone"]) if r.random() < 0.95 else None,
            "sender_country": ab["country"],
            "sender_address": ab["addr"] if r.random() < 0.7 else None,
            "sender_dob": p["dob"].strftime("%m/%d/%Y" if canadian else "%d/%m/%Y") if r.random() < 0.6 else None,
            "receiver_name": (self.initials(rec) if r.random() < 0.4 else self.short(rec)) if rec else None,
            "receiver_nic": self.nic(rec, 0.5) if rec and r.random() < 0.8 else None,
            "receiver_mobile": self.phone(rec["mobile"]) if rec and r.random() < 0.8 else None,
            "receiver_address": self.one_line(rec["home"]) if rec and r.random() < 0.5 else None,
            "relationship": rel,
        })  # fmt: skip

    def ceb(self, p: dict) -> None:
        r = self.rnd
        a = p["home"]
        holder = p
        if p["rel"] in ("son", "daughter") and r.random() < 0.3:
            return  # the account is the father's
        phone = (
            self.landline(p)
            if a["landline"] and r.random() < 0.7
            else self.phone(p["mobile"], wpick(r, {"plain": 60, "dash": 40}))
        )
        self.add("CEB", p, {
            "ගිණුම් අංකය": self.unique(lambda: self.digits(10)),
            "නම": self.typo(self.initials(holder, 0.1), 0.04) if r.random() < 0.9 else self.script(holder),
            "ජා.හැ.අ.": self.nic(holder, 0.2) if r.random() < 0.8 else None,
            "ලිපිනය": self.one_line(a),
            "දුරකථන අංකය": phone if r.random() < 0.8 else None,
            "ප්‍රදේශය": a["town"][0] if r.random() < 0.7 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            age = (TODAY - p["dob"]).days / 365.25
            if p["abroad"]:
                self.remit(p)
                if r.random() < 0.3:
                    self.remit(p)
                if r.random() < 0.5:
                    self.bank(p)
                if r.random() < 0.35:
                    self.sim(p)
                continue
            if r.random() < 0.7:
                self.bank(p)
                if r.random() < 0.08:
                    self.bank(p)
            if r.random() < 0.85:
                young = age < 22 and p["rel"] in ("son", "daughter")
                self.sim(p, p["household"][0] if young and r.random() < 0.5 else None)
                if p["second"] and r.random() < 0.5:
                    self.sim(p)
            if age > 22 and r.random() < 0.5:
                self.insure(p)
                if r.random() < 0.1:
                    self.insure(p)
            if (p is p["household"][0] and r.random() < 0.7) or r.random() < 0.15:
                self.ceb(p)
            if len(self.rows) == n0:
                self.sim(p)
        return self.shuffled("row_id", "LK")


def lanka(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Lanka.frame(persons, seed, "row_id")
