"""An Australian telco and retailer's customer contacts: four systems stacked in one file (a
``source_system`` column; a column of the same name in two systems is one column).

* Social-care desk (``SOCIAL``): one row per conversation. ``case_ref``, ``channel`` as the
  desk's tool writes it (``Twitter``, ``X``, ``Instagram``, ``IG``, ``Facebook``,
  ``FB Messenger``, ``WhatsApp``, ``Email``, ``Webchat``), ``handle`` (what the channel knows of
  the sender: ``@jsmith88``, ``JSmith88``, ``twitter.com/jsmith88``, ``https://x.com/JSmith88``,
  ``jess.smith.1990``, ``instagram.com/jess.smith.1990/``, a Facebook profile link
  ``facebook.com/jessica.smith.77`` or ``profile.php?id=100004567890123``, Messenger's bare name
  ``Jessica Smith``, a WhatsApp number ``+61 412 345 678``, the sender's e-mail address on the
  e-mail channel, a webchat visitor id), ``display_name`` (``Jess S``, ``jessie 🌸``,
  ``J Smith``, ``Dazza``, the handle again), ``message_phone`` (a number the customer quoted in
  the conversation: their own, the home landline, an old one, sometimes their partner's),
  ``email`` (when the agent asked for one), ``opened_at`` and ``topic``.
* CRM (``CRM``): ``crm_id``, ``first_name`` (a preferred short form now and then),
  ``last_name``, three wide contact columns ``contact_1``, ``contact_2``, ``contact_3``, each a
  phone OR an e-mail OR a social handle (``0412 345 678``, ``jess.smith@gmail.com``,
  ``@jsmith88``, ``IG: jess.smith.1990``, ``fb.com/jessica.smith.77``), with ``contact_1_type``
  etc. (``Mobile``, ``MOB``, ``Home``, ``Email``, ``Work``, ``Instagram``, ``Social``,
  ``Partner``) filled by some agents and left empty by others, ``suburb``, ``state``,
  ``postcode``, ``customer_since``. Some customers were keyed in twice (an older row with an
  old number and address).
* Billing (``BILLING``): one row per service. ``account_no``, ``account_holder`` (``MR JOHN
  SMITH``, ``Smith, John``, ``J SMITH``, ``John A Smith``, ``John & Mary Smith``),
  ``service_number`` (the mobile or the home phone: ``0412 345 678``, ``+61412345678``,
  ``412345678`` where a spreadsheet ate the zero, ``(02) 9876 5432``), ``service_type``,
  ``billing_address`` on one line (``4/12 Wattle Ave, Box Hill VIC 3128``, ``UNIT 4, 12 WATTLE
  AVENUE BOX HILL VIC 3128``, a PO box, the address before a move), ``date_of_birth``
  (``dd/mm/yyyy``, ``yyyy-mm-dd``) and ``payment_method`` (``**** **** **** 1234``,
  ``XXXX-XXXX-XXXX-1234``, ``456473******1234``, a gateway's card token ``tok_...``, ``BPAY``,
  ``Direct Debit``). A family plan bills a partner's mobile to the account holder.
* Web store (``WEB``): ``web_customer_id``, ``login_email`` (a personal, work or family
  address), ``customer_name`` as typed (``jess smith``, ``JESSICA SMITH``, an English name),
  ``phone``, ``delivery_address`` with the shared ``suburb``, ``state``, ``postcode`` (a workplace
  now and then), an optional ``date_of_birth`` and ``saved_card`` (``Visa ending 1234``).

What makes it hard: handles and e-mails are the only link of many social conversations (the
desk knows a handle and a first name), and they come in many forms: one user name on several
platforms or a different one on each, a handle that is the local part of the person's e-mail or
spells the name (``jsmith88``, ``jess.smith.1990``, ``smithy_j``) and one that does not
(``bondi_bec``, ``coffeeandcats``), Facebook links with and without the dots, Messenger's bare
name; wide CRM contact columns mixing phones, e-mails and handles in one column with their type
columns half empty; people with two or three mobiles (a work phone, a second SIM, an old number
given to someone else after it was dropped), two or three e-mails (an old Hotmail, a work
address); couples and families sharing a landline, an address, a family e-mail and a family plan
that bills one's mobile to the other; flatmates at one address; common names (``Michael
Nguyen``, ``Sarah Smith``) held by several people; Vietnamese and Chinese Australians known by
an English name on social media and the web and by their legal name on the bill; nicknames
(``Bec``/``Rebecca``, ``Dazza``/``Darren``, ``Con``/``Constantine``); ``O'Brien``/``OBrien``,
``McDonald``/``Mcdonald``; typos; moves; phones in every Australian form.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
ANGLO_M = {
    "James": 5, "John": 5, "Michael": 6, "David": 6, "Peter": 4, "Robert": 3, "Andrew": 5,
    "Mark": 4, "Paul": 4, "Matthew": 5, "Daniel": 5, "Christopher": 4, "Benjamin": 3,
    "Thomas": 4, "Joshua": 4, "Samuel": 3, "William": 3, "Jack": 3, "Ryan": 3, "Luke": 3,
    "Nathan": 3, "Scott": 3, "Jason": 3, "Darren": 2, "Craig": 2, "Brett": 2, "Shane": 2,
    "Wayne": 2, "Gary": 2, "Barry": 1, "Kevin": 2, "Stephen": 3, "Anthony": 3, "Nicholas": 3,
    "Jonathan": 2, "Patrick": 2, "Liam": 2, "Noah": 1, "Oliver": 2, "Lachlan": 2, "Cooper": 1,
    "Harrison": 1, "Mitchell": 2, "Bradley": 2, "Dean": 1, "Troy": 1, "Glenn": 1, "Ian": 1,
    "Graham": 1, "Trevor": 1, "Warren": 1, "Timothy": 2, "Adam": 3, "Joel": 2, "Aaron": 2,
}  # fmt: skip
ANGLO_F = {
    "Jessica": 5, "Sarah": 6, "Emma": 4, "Emily": 4, "Rebecca": 4, "Kate": 3, "Katherine": 3,
    "Michelle": 4, "Lisa": 4, "Karen": 3, "Jennifer": 3, "Nicole": 4, "Melissa": 4,
    "Amanda": 3, "Rachel": 3, "Stephanie": 3, "Samantha": 3, "Natalie": 3, "Elizabeth": 3,
    "Chloe": 3, "Olivia": 2, "Charlotte": 2, "Ruby": 2, "Mia": 2, "Sophie": 2, "Hannah": 2,
    "Megan": 2, "Kylie": 2, "Tracey": 2, "Sharon": 2, "Julie": 2, "Susan": 2, "Margaret": 2,
    "Helen": 2, "Deborah": 2, "Kim": 1, "Belinda": 2, "Narelle": 1, "Leanne": 2, "Tanya": 1,
    "Jodie": 1, "Bronwyn": 1, "Alison": 2, "Caitlin": 2, "Georgia": 2, "Zoe": 2, "Grace": 2,
    "Ashleigh": 2, "Brooke": 2, "Tahlia": 1, "Kerry": 1, "Victoria": 2, "Alexandra": 2,
}  # fmt: skip
ANGLO_FAMILY = {
    "Smith": 20, "Jones": 10, "Williams": 10, "Brown": 10, "Wilson": 9, "Taylor": 8,
    "Johnson": 7, "White": 6, "Martin": 7, "Anderson": 6, "Thompson": 6, "Walker": 5,
    "Harris": 5, "Ryan": 5, "Robinson": 4, "Kelly": 5, "King": 4, "Davis": 4, "Wright": 4,
    "Evans": 3, "Roberts": 4, "Green": 3, "Hall": 3, "Wood": 3, "Jackson": 3, "Clarke": 3,
    "Campbell": 4, "Mitchell": 3, "Stewart": 3, "Murphy": 4, "O'Brien": 3, "O'Connor": 2,
    "McDonald": 3, "MacDonald": 1, "Hughes": 3, "Edwards": 2, "Lewis": 3, "Young": 3,
    "Turner": 2, "Scott": 3, "Baker": 2, "Cooper": 2, "Hill": 2, "Moore": 3, "Morris": 2,
    "Ward": 2, "Bell": 2, "Cook": 2, "Graham": 2, "Fraser": 2, "Hunt": 1, "Matthews": 2,
    "Watson": 2, "Bailey": 2, "Russell": 2, "Kennedy": 2, "Reid": 2, "Henderson": 1,
    "Carter": 2, "Phillips": 2, "Fitzgerald": 1, "Sullivan": 2, "Burns": 1, "Gibson": 1,
    "Hayes": 1, "Lawson": 1, "Simpson": 1, "Chapman": 1, "Parker": 1, "Collins": 2,
    "Morgan": 1, "Hamilton": 1, "Grant": 1, "Walsh": 1, "Byrne": 1, "Doyle": 1,
}  # fmt: skip
CULTURES = {
    "anglo": 62, "italian": 6, "greek": 5, "vietnamese": 7, "chinese": 8, "indian": 6,
    "lebanese": 3, "filipino": 3,
}  # fmt: skip
NAMES = {
    "italian": (
        {"Marco": 2, "Luca": 2, "Giuseppe": 2, "Antonio": 3, "Francesco": 2, "Salvatore": 1,
         "Vincenzo": 1, "Domenico": 1},
        {"Maria": 4, "Giulia": 2, "Rosa": 2, "Anna": 2, "Angela": 2, "Francesca": 2, "Lucia": 1},
        {"Rossi": 3, "Russo": 3, "Ferrari": 2, "Esposito": 3, "Bianchi": 2, "Romano": 2,
         "Colombo": 1, "Ricci": 2, "Marino": 2, "Greco": 2, "Bruno": 2, "Gallo": 1, "Conti": 1,
         "De Luca": 2, "Costa": 2, "Mancini": 1, "Lombardo": 1, "Caruso": 1},
    ),
    "greek": (
        {"Nikolaos": 2, "Georgios": 2, "Constantine": 2, "Peter": 2, "Dimitrios": 2, "John": 1,
         "Christos": 2, "Jim": 1},
        {"Helen": 2, "Maria": 3, "Sophia": 2, "Despina": 1, "Anastasia": 2, "Eleni": 2,
         "Katerina": 2, "Voula": 1},
        {"Papadopoulos": 3, "Georgiou": 2, "Nikolaou": 2, "Konstantinidis": 1, "Dimitriou": 2,
         "Ioannou": 2, "Pappas": 2, "Vlahos": 1, "Kyriakou": 1, "Stavrou": 1, "Christodoulou": 1},
    ),
    "vietnamese": (
        {"Minh": 3, "Thanh": 2, "Hung": 2, "Tuan": 2, "Dung": 1, "Duc": 2, "Quang": 1, "Long": 2,
         "Nam": 2, "Khoa": 1, "Huy": 2},
        {"Hoa": 2, "Lan": 2, "Mai": 2, "Huong": 2, "Linh": 3, "Trang": 2, "Thao": 2, "Anh": 2,
         "Phuong": 2, "Ngoc": 2, "Thu": 1},
        {"Nguyen": 38, "Tran": 11, "Le": 9, "Pham": 7, "Huynh": 5, "Hoang": 4, "Phan": 4, "Vu": 3,
         "Vo": 3, "Dang": 2, "Bui": 2, "Do": 2, "Ho": 2, "Ngo": 2, "Duong": 1, "Ly": 2},
    ),
    "chinese": (
        {"Wei": 3, "Hao": 2, "Jie": 2, "Ming": 2, "Lei": 2, "Zhiwei": 1, "Jun": 2, "Yang": 1,
         "Chun Kit": 1, "Ka Ho": 1},
        {"Jing": 2, "Xin": 2, "Yan": 2, "Ying": 2, "Jiahui": 1, "Yiting": 1, "Mei": 2, "Hui": 1,
         "Wing Yan": 1, "Man Yee": 1},
        {"Chen": 6, "Wang": 6, "Li": 6, "Zhang": 5, "Liu": 4, "Yang": 3, "Huang": 3, "Zhao": 2,
         "Wu": 3, "Zhou": 2, "Lin": 3, "Xu": 2, "Chan": 4, "Wong": 5, "Cheung": 2, "Lau": 2,
         "Leung": 2, "Ng": 2, "Lam": 2, "Ho": 1},
    ),
    "indian": (
        {"Rahul": 2, "Amit": 2, "Raj": 2, "Vikram": 1, "Arjun": 2, "Harpreet": 1, "Gurpreet": 1,
         "Sanjay": 1, "Rohan": 2, "Karan": 1},
        {"Priya": 3, "Anjali": 2, "Neha": 2, "Pooja": 2, "Divya": 2, "Shreya": 1, "Manpreet": 1,
         "Kavya": 1},
        {"Singh": 6, "Patel": 6, "Sharma": 4, "Kumar": 3, "Gupta": 2, "Shah": 2, "Reddy": 2,
         "Kaur": 2, "Mehta": 1, "Iyer": 1, "Nair": 1},
    ),
    "lebanese": (
        {"Joseph": 2, "Elias": 2, "Michael": 2, "Mohamad": 2, "Ahmad": 2, "Ali": 1, "Charbel": 1,
         "Tony": 1},
        {"Rita": 2, "Nadia": 2, "Layla": 2, "Fatima": 2, "Mariam": 2, "Joanne": 1, "Zeinab": 1},
        {"Haddad": 3, "Khoury": 3, "Saab": 2, "Nassar": 2, "Hanna": 2, "Karam": 2, "Farah": 1,
         "Issa": 1, "El-Khoury": 1, "Merhi": 1},
    ),
    "filipino": (
        {"Jose": 2, "Mark": 2, "Ramon": 1, "Carlo": 1, "Paolo": 1, "Jericho": 1, "Rommel": 1},
        {"Maria": 2, "Jennifer": 2, "Cristina": 2, "Joy": 2, "Maricel": 1, "Rowena": 1,
         "Lovely": 1},
        {"Santos": 3, "Reyes": 3, "Cruz": 2, "Bautista": 2, "Garcia": 2, "Mendoza": 2,
         "Dela Cruz": 2, "Villanueva": 1, "Ramos": 1},
    ),
}  # fmt: skip
#: English names Vietnamese and Chinese Australians go by on social media and the web.
ENGLISH_M = ["Kevin", "David", "Jason", "Tony", "Eric", "Jack", "Andy", "Peter", "Vincent", "Danny"]
ENGLISH_F = [
    "Amy",
    "Grace",
    "Michelle",
    "Vivian",
    "Jenny",
    "Lisa",
    "Tina",
    "Cindy",
    "Helen",
    "Kelly",
]
#: Short forms; the first is the usual one.
SHORT = {
    "Jessica": ["Jess", "Jessie"], "Rebecca": ["Bec", "Becky", "Bex"], "Katherine": ["Kate", "Kat"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Samantha": ["Sam", "Sammy"], "Stephanie": ["Steph"],
    "Natalie": ["Nat"], "Jennifer": ["Jen", "Jenny"], "Melissa": ["Mel"], "Amanda": ["Mandy"],
    "Alexandra": ["Alex", "Lexi"], "Victoria": ["Tori", "Vic"], "Nicole": ["Nic", "Nikki"],
    "Michelle": ["Shell"], "Margaret": ["Marg", "Maggie"], "Deborah": ["Deb", "Debbie"],
    "Susan": ["Sue"], "Kimberley": ["Kim"], "Sharon": ["Shazza", "Shaz"], "Kerry": ["Kez"],
    "Caitlin": ["Cait"], "Ashleigh": ["Ash"], "Charlotte": ["Charlie", "Lottie"],
    "Matthew": ["Matt", "Matty"], "Christopher": ["Chris"], "Michael": ["Mick", "Mike", "Mikey"],
    "Daniel": ["Dan", "Danny"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Thomas": ["Tom", "Tommy"],
    "James": ["Jim", "Jimmy", "Jamie"], "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"],
    "Andrew": ["Andy", "Drew"], "Anthony": ["Tony", "Ant"], "Nicholas": ["Nick"],
    "Jonathan": ["Jono", "Jon"], "Patrick": ["Paddy", "Pat"], "Joshua": ["Josh"],
    "Darren": ["Dazza"], "Barry": ["Bazza"], "Gary": ["Gazza"], "Warren": ["Wazza"],
    "Stephen": ["Steve"], "Timothy": ["Tim"], "Bradley": ["Brad"], "Mitchell": ["Mitch"],
    "Lachlan": ["Lachie"], "Harrison": ["Harry"], "Nathan": ["Nate"], "Jason": ["Jase"],
    "Giuseppe": ["Joe", "Pino"], "Antonio": ["Tony"], "Francesco": ["Frank"],
    "Salvatore": ["Sal"], "Vincenzo": ["Vince"], "Nikolaos": ["Nick"], "Georgios": ["George"],
    "Constantine": ["Con", "Connie"], "Dimitrios": ["Jim", "Jimmy"], "Christos": ["Chris"],
    "Anastasia": ["Tash", "Stacey"], "Katerina": ["Kat"], "Eleni": ["Helen"],
    "Joseph": ["Joe"], "Elias": ["Eli"], "Mohamad": ["Mo"], "Jericho": ["Echo"],
}  # fmt: skip
FUN_WORDS = [
    "bondi", "surfer", "coffee", "cats", "dogs", "mum", "dad", "footy", "aussie", "beach",
    "sunshine", "gym", "vegan", "gamer", "sparky", "tradie", "roo", "koala", "pies", "swans",
    "broncos", "eagles", "crows", "storm", "travel", "foodie", "yoga", "chef", "music", "bunny",
]  # fmt: skip
EMOJI = ["🌸", "✨", "💕", "🦘", "🏄", "⚽", "🐶", "🌈", "🍀", "☕", "💙", "🏉", "😎", "🌻"]

# ---------------------------------------------------------------- places
# suburb, state, postcode, weight; the state's area code is the landline's
SUBURBS = [
    ("Bondi", "NSW", "2026", 3), ("Parramatta", "NSW", "2150", 4), ("Chatswood", "NSW", "2067", 3),
    ("Blacktown", "NSW", "2148", 4), ("Liverpool", "NSW", "2170", 4), ("Penrith", "NSW", "2750", 3),
    ("Newtown", "NSW", "2042", 2), ("Manly", "NSW", "2095", 2), ("Hurstville", "NSW", "2220", 3),
    ("Bankstown", "NSW", "2200", 3), ("Cronulla", "NSW", "2230", 2), ("Newcastle", "NSW", "2300", 3),
    ("Wollongong", "NSW", "2500", 3), ("Gosford", "NSW", "2250", 2), ("Cabramatta", "NSW", "2166", 3),
    ("Richmond", "VIC", "3121", 3), ("St Kilda", "VIC", "3182", 3), ("Footscray", "VIC", "3011", 3),
    ("Box Hill", "VIC", "3128", 3), ("Dandenong", "VIC", "3175", 3), ("Frankston", "VIC", "3199", 3),
    ("Brunswick", "VIC", "3056", 3), ("Werribee", "VIC", "3030", 3), ("Geelong", "VIC", "3220", 3),
    ("Ballarat", "VIC", "3350", 2), ("Glen Waverley", "VIC", "3150", 2), ("Preston", "VIC", "3072", 2),
    ("Springvale", "VIC", "3171", 3), ("Fitzroy", "VIC", "3065", 2), ("Sunshine", "VIC", "3020", 2),
    ("Brisbane City", "QLD", "4000", 2), ("Fortitude Valley", "QLD", "4006", 2),
    ("Indooroopilly", "QLD", "4068", 2), ("Chermside", "QLD", "4032", 2),
    ("Sunnybank", "QLD", "4109", 2), ("Southport", "QLD", "4215", 3),
    ("Surfers Paradise", "QLD", "4217", 2), ("Townsville", "QLD", "4810", 2),
    ("Cairns", "QLD", "4870", 2), ("Toowoomba", "QLD", "4350", 2), ("Ipswich", "QLD", "4305", 2),
    ("Perth", "WA", "6000", 2), ("Fremantle", "WA", "6160", 2), ("Joondalup", "WA", "6027", 2),
    ("Scarborough", "WA", "6019", 2), ("Subiaco", "WA", "6008", 1), ("Rockingham", "WA", "6168", 2),
    ("Adelaide", "SA", "5000", 2), ("Glenelg", "SA", "5045", 2), ("Norwood", "SA", "5067", 1),
    ("Salisbury", "SA", "5108", 2), ("Hobart", "TAS", "7000", 2), ("Launceston", "TAS", "7250", 1),
    ("Canberra", "ACT", "2601", 1), ("Belconnen", "ACT", "2617", 2), ("Darwin", "NT", "0800", 1),
    ("Palmerston", "NT", "0830", 1),
]  # fmt: skip
AREA = {"NSW": "2", "ACT": "2", "VIC": "3", "TAS": "3", "QLD": "7", "WA": "8", "SA": "8", "NT": "8"}
STATE_NAMES = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
    "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
    "NT": "Northern Territory",
}  # fmt: skip
STREETS = [
    "George", "High", "Church", "Victoria", "King", "Smith", "Station", "Railway", "Park", "Main",
    "Bay", "Beach", "Elizabeth", "Queen", "William", "Oxford", "Crown", "Marine", "Wattle",
    "Banksia", "Acacia", "Jacaranda", "Waratah", "Bottlebrush", "Kurrajong", "Boronia", "Grevillea",
    "Lilly Pilly", "Albert", "Edward", "Charles", "Murray", "Darling", "Hume", "Lachlan",
    "Macquarie", "Flinders", "Bourke", "Cook", "Hill", "Forest", "Ocean", "River", "Lake",
    "Glenferrie", "Warrigal", "Canterbury", "Pacific", "Princes", "Anzac", "Rose", "Myrtle",
]  # fmt: skip
# full, abbreviation, weight
STREET_TYPES = [
    ("Street", "St", 40), ("Road", "Rd", 20), ("Avenue", "Ave", 12), ("Parade", "Pde", 4),
    ("Crescent", "Cres", 5), ("Court", "Ct", 5), ("Drive", "Dr", 6), ("Place", "Pl", 4),
    ("Close", "Cl", 3), ("Lane", "Ln", 2), ("Terrace", "Tce", 2), ("Circuit", "Cct", 2),
    ("Way", "Way", 2), ("Highway", "Hwy", 1), ("Boulevard", "Bvd", 1),
]  # fmt: skip
EMPLOYERS = [
    "health.nsw.gov.au", "education.vic.gov.au", "woolworths.com.au", "coles.com.au",
    "anz.com", "nab.com.au", "cba.com.au", "westpac.com.au", "bhp.com", "telstra.com",
    "qantas.com.au", "unimelb.edu.au", "sydney.edu.au", "deloitte.com.au", "bunnings.com.au",
    "qld.gov.au", "wa.gov.au", "sa.gov.au", "ramsayhealth.com.au", "kpmg.com.au",
]  # fmt: skip
MAIL = {
    "gmail.com": 45, "hotmail.com": 10, "outlook.com": 8, "bigpond.com": 9, "yahoo.com.au": 6,
    "icloud.com": 8, "optusnet.com.au": 4, "live.com.au": 3, "tpg.com.au": 2, "iinet.net.au": 2,
    "bigpond.net.au": 2, "hotmail.com.au": 1,
}  # fmt: skip
TOPICS = [
    "nbn outage", "bill higher than usual", "roaming charges", "SIM swap", "port-in request",
    "coverage complaint", "order not delivered", "return request", "cancel service",
    "upgrade handset", "payment declined", "data not working", "scam SMS report", "new plan",
]  # fmt: skip
CHANNEL_WRITTEN = {
    "twitter": {"Twitter": 45, "X": 25, "X (Twitter)": 15, "twitter": 15},
    "instagram": {"Instagram": 60, "IG": 20, "instagram": 20},
    "facebook": {"Facebook": 50, "FB Messenger": 30, "facebook": 20},
    "whatsapp": {"WhatsApp": 80, "Whatsapp": 20},
    "email": {"Email": 70, "E-mail": 15, "email": 15},
    "webchat": {"Webchat": 60, "Live Chat": 40},
}  # fmt: skip


def ascii_word(s: str) -> str:
    """A name as user names write it: letters only, lower case (``O'Brien`` → ``obrien``)."""
    return "".join(c for c in s.lower() if c.isalpha() and c.isascii())


class Social(Draws):
    SLIP_LETTERS = "aeiounrslt"

    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.rows: list[dict] = []
        self.used: set[str] = set()
        self.released: list[str] = []  # mobiles dropped by a customer, given out again
        self.seq = {"SOCIAL": 0, "CRM": 0, "BILLING": 0, "WEB": 0}
        self.account = 30_000_000

    # ------------------------------------------------------------ numbers
    def mobile(self) -> str:
        """A mobile ``04xxxxxxxx``; now and then one a customer dropped earlier."""
        if self.released and self.rnd.random() < 0.03:
            return self.released.pop(self.rnd.randrange(len(self.released)))
        return self.unique(lambda: "04" + self.digits(8))

    def landline(self, state: str) -> str:
        first = {"2": "9", "3": "9", "7": "3", "8": "9"}[AREA[state]]
        first = first if self.rnd.random() < 0.7 else self.rnd.choice("45678")
        return self.unique(lambda: "0" + AREA[state] + first + self.digits(7))

    def fmt_phone(self, num: str, style: dict | None = None) -> str:
        rnd = self.rnd
        if num[1] == "4":  # a mobile
            s = wpick(rnd, style or {"spaced": 35, "plain": 22, "+61 spaced": 12, "+61": 12,
                                     "61": 6, "nozero": 6, "dashed": 4, "+61(0)": 3})  # fmt: skip
            return {
                "spaced": f"{num[:4]} {num[4:7]} {num[7:]}",
                "plain": num,
                "+61 spaced": f"+61 {num[1:4]} {num[4:7]} {num[7:]}",
                "+61": f"+61{num[1:]}",
                "61": f"61{num[1:]}",
                "nozero": num[1:],
                "dashed": f"{num[:4]}-{num[4:7]}-{num[7:]}",
                "+61(0)": f"+61 (0){num[1:4]} {num[4:7]} {num[7:]}",
            }[s]
        s = wpick(rnd, {"paren": 40, "spaced": 25, "plain": 15, "local": 10, "+61": 10})
        return {
            "paren": f"({num[:2]}) {num[2:6]} {num[6:]}",
            "spaced": f"{num[:2]} {num[2:6]} {num[6:]}",
            "plain": num,
            "local": f"{num[2:6]} {num[6:]}",
            "+61": f"+61 {num[1]} {num[2:6]} {num[6:]}",
        }[s]

    # ------------------------------------------------------------ places
    def address(self) -> dict:
        rnd = self.rnd
        sub, state, pc, _ = wpick(rnd, [(s, s[3]) for s in SUBURBS])
        full, abbr, _ = wpick(rnd, [(t, t[2]) for t in STREET_TYPES])
        unit = str(rnd.randint(1, 30)) if rnd.random() < 0.35 else None
        return dict(
            unit=unit,
            number=str(rnd.choice([rnd.randint(1, 60), rnd.randint(1, 250)])),
            street=rnd.choice(STREETS),
            full=full,
            abbr=abbr,
            suburb=sub,
            state=state,
            postcode=pc,
        )

    def street_line(self, a: dict) -> str:
        """The street part as someone writes it: ``4/12 Wattle Ave``, ``Unit 4, 12 Wattle Avenue``."""
        rnd = self.rnd
        st = f"{a['street']} {a['full'] if rnd.random() < 0.45 else a['abbr']}"
        if rnd.random() < 0.04:
            st = self.typo(st)
        if a["unit"] is None:
            line = f"{a['number']} {st}"
        else:
            form = wpick(rnd, {"slash": 55, "unit,": 20, "unit": 10, "apt": 8, "u": 7})
            line = {
                "slash": f"{a['unit']}/{a['number']} {st}",
                "unit,": f"Unit {a['unit']}, {a['number']} {st}",
                "unit": f"Unit {a['unit']} {a['number']} {st}",
                "apt": f"Apt {a['unit']}, {a['number']} {st}",
                "u": f"U{a['unit']} {a['number']} {st}",
            }[form]
        return line

    def one_line(self, a: dict) -> str:
        rnd = self.rnd
        sub = a["suburb"] if rnd.random() < 0.6 else a["suburb"].upper()
        r = rnd.random()
        if r < 0.55:
            s = f"{self.street_line(a)}, {sub} {a['state']} {a['postcode']}"
        elif r < 0.8:
            s = f"{self.street_line(a)} {sub} {a['state']} {a['postcode']}"
        else:
            s = f"{self.street_line(a)}, {sub}, {a['state']}, {a['postcode']}"
        return s.upper() if rnd.random() < 0.35 else s

    def state_str(self, state: str) -> str:
        r = self.rnd.random()
        return state if r < 0.75 else (STATE_NAMES[state] if r < 0.9 else state.lower())

    # ------------------------------------------------------------ people
    def name_for(self, culture: str, sex: str) -> tuple[str, str]:
        rnd = self.rnd
        if culture == "anglo":
            given = wpick(rnd, ANGLO_M if sex == "M" else ANGLO_F)
            family = wpick(rnd, ANGLO_FAMILY)
        else:
            m, f, fam = NAMES[culture]
            given = wpick(rnd, m if sex == "M" else f)
            family = wpick(rnd, fam)
        return given, family

    def new_person(self, hh: dict, sex: str, age_lo: float, age_hi: float, family=None) -> dict:
        rnd = self.rnd
        culture = hh["culture"] if rnd.random() < 0.9 else wpick(rnd, CULTURES)
        given, fam = self.name_for(culture, sex)
        family = family or fam
        p = dict(
            pid=f"P{len(self.persons):05d}",
            hh=hh,
            sex=sex,
            culture=culture,
            given=given,
            family=family,
            middle=rnd.choice("ABCDEGJKLMRST") if rnd.random() < 0.3 else None,
            dob=self.dob(age_lo, age_hi),
            partner=None,
        )
        short = SHORT.get(given)
        # the name used day to day: a short form, or an English one
        p["used"] = given
        if short and rnd.random() < 0.55:
            p["used"] = short[0] if rnd.random() < 0.7 else rnd.choice(short)
        if culture in ("vietnamese", "chinese") and rnd.random() < 0.35:
            p["used"] = rnd.choice(ENGLISH_M if sex == "M" else ENGLISH_F)
        if culture == "vietnamese":  # Van / Thi as the middle name
            p["middle"] = ("Van" if sex == "M" else "Thi") if rnd.random() < 0.6 else None
        age = (TODAY - p["dob"]).days / 365.25
        # phones: a main mobile, often a second (work phone, second SIM), an old one dropped
        p["mobiles"] = [self.mobile()]
        if rnd.random() < 0.3:
            p["mobiles"].append(self.mobile())
        if rnd.random() < 0.06:
            p["mobiles"].append(self.mobile())
        p["old_mobile"] = None
        if rnd.random() < 0.15:
            p["old_mobile"] = self.unique(lambda: "04" + self.digits(8))
            if rnd.random() < 0.5:
                self.released.append(p["old_mobile"])
        self.persons.append(p)
        self.make_emails(p, age)
        self.make_handles(p, age)
        self.make_cards(p)
        return p

    def name_parts(self, p: dict) -> dict:
        g, u, f = ascii_word(p["given"]), ascii_word(p["used"]), ascii_word(p["family"])
        yyyy = str(p["dob"].year)
        return dict(g=g, u=u, f=f, yyyy=yyyy, yy=yyyy[2:], n=str(self.rnd.randint(1, 99)))

    def make_emails(self, p: dict, age: float) -> None:
        rnd = self.rnd
        p["emails"] = []
        n = 1 + (rnd.random() < 0.35) + (rnd.random() < 0.1)
        if rnd.random() < 0.07:  # no e-mail at all
            n = 0
        for k in range(n):
            p["emails"].append(self.personal_email(p, old=k > 0))
        p["work_email"] = None
        if 22 < age < 65 and rnd.random() < 0.25:
            np_ = self.name_parts(p)
            dom = rnd.choice(EMPLOYERS)
            p["work_email"] = self.unique(
                lambda: f"{np_['g']}.{np_['f']}{rnd.choice(['', '', str(rnd.randint(2, 9))])}@{dom}"
            )

    def personal_email(self, p: dict, old: bool = False) -> str:
        rnd = self.rnd
        dom = wpick(rnd, MAIL) if not old else wpick(rnd, {"hotmail.com": 5, "bigpond.com": 3,
                                                           "yahoo.com.au": 2, "optusnet.com.au": 1})  # fmt: skip

        def make():
            x = self.name_parts(p)
            form = wpick(rnd, {
                "g.f": 14, "gf": 8, "u.f.yy": 6, "g0fn": 8, "gfyyyy": 6, "f.g": 4, "u_f": 5,
                "g.f0": 4, "uf0yy": 5, "fun": 10, "gn": 4, "u.f": 8, "f0g": 3, "ufn": 5,
            })  # fmt: skip
            g, u, f = x["g"], x["u"], x["f"]
            fun = (
                rnd.choice(FUN_WORDS)
                + rnd.choice(["", "_", "."])
                + rnd.choice([u, rnd.choice(FUN_WORDS), x["n"]])
            )
            local = {
                "g.f": f"{g}.{f}", "gf": f"{g}{f}", "u.f.yy": f"{u}.{f}{x['yy']}",
                "g0fn": f"{g[0]}{f}{x['n']}", "gfyyyy": f"{g}{f}{x['yyyy']}", "f.g": f"{f}.{g}",
                "u_f": f"{u}_{f}", "g.f0": f"{g}.{f[0]}", "uf0yy": f"{u}{f[0]}{x['yy']}",
                "fun": fun, "gn": f"{g}{x['n']}", "u.f": f"{u}.{f}", "f0g": f"{f}{g[0]}",
                "ufn": f"{u}{f}{x['n']}",
            }[form]  # fmt: skip
            return f"{local}@{dom}"

        return self.unique(make)

    def make_handles(self, p: dict, age: float) -> None:
        """User names on Twitter/X, Instagram and Facebook, from the name or an e-mail."""
        rnd = self.rnd
        p["handles"] = {}
        young = age < 35
        want = {
            "twitter": 0.22 if young else 0.12,
            "instagram": 0.6 if young else 0.25,
            "facebook": 0.5 if young else 0.6,
        }
        base = None  # one user name used on several platforms
        for platform in ("instagram", "twitter"):
            if rnd.random() >= want[platform]:
                continue
            if base is None or rnd.random() < 0.35:
                name = self.username(p, platform)
                base = base or name
            else:
                name = base
            if platform == "twitter":
                name = name.replace(".", "_" if rnd.random() < 0.5 else "")[:15]
            if f"{platform}:{name}" in self.used:  # taken: another number on it
                name = self.fresh(p, platform)
            else:
                self.used.add(f"{platform}:{name}")
            p["handles"][platform] = name
        if rnd.random() < want["facebook"]:
            x = self.name_parts(p)
            if rnd.random() < 0.3:
                p["handles"]["facebook"] = self.unique(lambda: "1000" + self.digits(11))
            else:
                vanity = rnd.choice(
                    [f"{x['g']}.{x['f']}", f"{x['g']}.{x['f']}.{x['n']}", f"{x['u']}{x['f']}",
                     f"{x['g']}{x['f']}{x['n']}", (base or f"{x['u']}.{x['f']}").replace("_", ".")]
                )  # fmt: skip
                while f"facebook:{vanity.replace('.', '')}" in self.used:
                    vanity = f"{x['g']}.{x['f']}.{rnd.randint(1, 999)}"
                self.used.add(f"facebook:{vanity.replace('.', '')}")
                p["handles"]["facebook"] = vanity

    def fresh(self, p: dict, platform: str) -> str:
        """A user name nobody on ``platform`` has (the first choice was taken)."""

        def make():
            n = self.username(p, platform) + str(self.rnd.randint(1, 999))
            return f"{platform}:{n[-15:] if platform == 'twitter' else n}"

        return self.unique(make).split(":", 1)[1]

    def username(self, p: dict, platform: str) -> str:
        rnd = self.rnd
        x = self.name_parts(p)
        g, u, f, yy, yyyy = x["g"], x["u"], x["f"], x["yy"], x["yyyy"]
        if not yy.isdigit() or rnd.random() < 0.5:
            yy = x["n"]  # a number of one's own, not the birth year
        emails = [e for e in p["emails"] if e.split("@")[1] in MAIL]
        form = wpick(rnd, {"email": 30, "g0fyy": 12, "u.f.yyyy": 7, "u_f": 8, "uf": 10,
                           "u_f0": 6, "its": 3, "fun": 14, "f_u": 5, "the": 3, "uyy": 2})  # fmt: skip
        if form == "email" and emails:
            return (
                emails[0].split("@")[0] if rnd.random() < 0.8 else rnd.choice(emails).split("@")[0]
            )
        return {
            "email": f"{u}{f}", "g0fyy": f"{g[0]}{f}{yy}", "u.f.yyyy": f"{u}.{f}.{yyyy}",
            "u_f": f"{u}_{f}", "uf": f"{u}{f}", "u_f0": f"{u}_{f[0]}", "its": f"its{u}{f[0]}",
            "fun": f"{rnd.choice(FUN_WORDS)}{rnd.choice(['_', '', '.'])}{rnd.choice([u, rnd.choice(FUN_WORDS)])}",
            "f_u": f"{f}y_{u[0]}" if rnd.random() < 0.5 else f"{f}_{u}", "the": f"the_{u}_{f}",
            "uyy": f"{u}{yy}",
        }[form]  # fmt: skip

    def make_cards(self, p: dict) -> None:
        rnd = self.rnd
        p["cards"] = []
        for _ in range(rnd.choices([0, 1, 2], [25, 55, 20])[0]):
            brand = wpick(rnd, {"Visa": 60, "Mastercard": 35, "Amex": 5})
            first6 = {"Visa": "4" + self.digits(5), "Mastercard": "5" + str(rnd.randint(1, 5))
                      + self.digits(4), "Amex": rnd.choice(["34", "37"]) + self.digits(4)}[brand]  # fmt: skip
            p["cards"].append(
                dict(brand=brand, first6=first6, last4=self.digits(4),
                     token="tok_" + self.unique(lambda: self.digits(4) + "".join(
                         rnd.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(14))))
            )  # fmt: skip

    def household(self) -> None:
        rnd = self.rnd
        culture = wpick(rnd, CULTURES)
        hh = dict(culture=culture, addr=self.address(), old_addr=None, landline=None,
                  family_email=None, members=[])  # fmt: skip
        if rnd.random() < 0.18:
            hh["old_addr"] = self.address()  # moved in the last years
        kind = wpick(rnd, {"single": 38, "couple": 30, "family": 17, "flat": 9, "parent": 6})
        sex = rnd.choice("MF")
        if kind == "flat":  # flatmates: one address, nothing else shared
            for _ in range(rnd.randint(2, 3)):
                hh["members"].append(self.new_person(hh, rnd.choice("MF"), 19, 35))
            self.households.append(hh)
            return
        head = self.new_person(hh, sex, 24 if kind != "single" else 18, 85)
        hh["members"].append(head)
        head_age = (TODAY - head["dob"]).days / 365.25
        if kind in ("couple", "family"):
            other = "F" if sex == "M" and rnd.random() < 0.95 else ("M" if sex == "F" else sex)
            same = head["culture"] == hh["culture"] and rnd.random() < 0.7
            lo, hi = max(20, head_age - 8), min(88, head_age + 8)
            partner = self.new_person(hh, other, lo, hi, family=head["family"] if same else None)
            head["partner"], partner["partner"] = partner, head
            hh["members"].append(partner)
        if kind in ("family", "parent") and head_age > 40:
            for _ in range(rnd.choices([1, 2, 3], [50, 35, 15])[0]):
                kid = self.new_person(hh, rnd.choice("MF"), 18, min(30, head_age - 20),
                                      family=head["family"])  # fmt: skip
                hh["members"].append(kid)
        lived_long = head_age > 45
        if rnd.random() < (0.55 if lived_long else 0.2) or (
            kind == "family" and rnd.random() < 0.5
        ):
            hh["landline"] = self.landline(hh["addr"]["state"])
        if len(hh["members"]) > 1 and rnd.random() < 0.22:
            f = ascii_word(head["family"])
            dom = wpick(
                rnd, {"bigpond.com": 4, "gmail.com": 3, "optusnet.com.au": 2, "iinet.net.au": 1}
            )
            hh["family_email"] = self.unique(
                lambda: (
                    rnd.choice([f"the{f}s", f"{f}family", f"{f}.family", f"{f}house"])
                    + rnd.choice(["", str(rnd.randint(1, 99))])
                    + f"@{dom}"
                )
            )
        self.households.append(hh)

    def population(self) -> None:
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ writing names
    def spell_family(self, family: str) -> str:
        rnd = self.rnd
        if family.startswith("O'") and rnd.random() < 0.3:
            return rnd.choice([family.replace("'", ""), family.replace("'", " ")])
        if family.startswith("Mc") and rnd.random() < 0.25:
            return "Mc" + family[2:].lower()
        if " " in family and rnd.random() < 0.3:
            return family.replace(" ", "")
        return family

    def case(self, s: str, w: dict | None = None) -> str:
        mode = wpick(self.rnd, w or {"keep": 70, "upper": 15, "lower": 15})
        return s.upper() if mode == "upper" else (s.lower() if mode == "lower" else s)

    def legal(self, p: dict) -> tuple[str, str]:
        """The given and family name as on an ID (typos now and then)."""
        given = self.typo(p["given"], 0.03)
        family = self.typo(self.spell_family(p["family"]), 0.03)
        return given, family

    # ------------------------------------------------------------ records
    def add(self, src: str, p: dict, **cols) -> None:
        self.seq[src] += 1
        cols = {k: (v if v != "" else None) for k, v in cols.items()}
        self.rows.append({"source_system": src, "_pid": p["pid"], **cols})

    def phone_of(self, p: dict) -> str | None:
        """A number the person would give: mostly the main mobile."""
        rnd = self.rnd
        r = rnd.random()
        if r < 0.72 or (len(p["mobiles"]) == 1 and r < 0.85):
            return p["mobiles"][0]
        if r < 0.85:
            return rnd.choice(p["mobiles"][1:])
        if r < 0.93 and p["hh"]["landline"]:
            return p["hh"]["landline"]
        return p["mobiles"][0]

    def handle_written(self, platform: str, name: str) -> str:
        rnd = self.rnd
        if platform == "twitter":
            disp = name if name.lower() != name or rnd.random() < 0.5 else self.camel(name)
            form = wpick(rnd, {"@": 50, "bare": 15, "Camel": 12, "tw": 8, "x": 7, "@Camel": 8})
            return {
                "@": f"@{name}", "bare": name, "Camel": disp, "tw": f"twitter.com/{name}",
                "x": f"https://x.com/{disp}", "@Camel": f"@{disp}",
            }[form]  # fmt: skip
        if platform == "instagram":
            form = wpick(rnd, {"@": 50, "bare": 30, "url": 12, "https": 8})
            return {
                "@": f"@{name}", "bare": name, "url": f"instagram.com/{name}/",
                "https": f"https://www.instagram.com/{name}/?hl=en",
            }[form]  # fmt: skip
        if name.isdigit():
            return rnd.choice([f"https://www.facebook.com/profile.php?id={name}",
                               f"facebook.com/profile.php?id={name}"])  # fmt: skip
        form = wpick(rnd, {"fb": 40, "https": 30, "m": 10, "fbcom": 10, "bare": 10})
        return {
            "fb": f"facebook.com/{name}", "https": f"https://www.facebook.com/{name}",
            "m": f"https://m.facebook.com/{name}", "fbcom": f"fb.com/{name}", "bare": name,
        }[form]  # fmt: skip

    def camel(self, name: str) -> str:
        """``jsmith88`` as its owner capitalised it: ``JSmith88``, ``Jsmith88``."""
        rnd = self.rnd
        if rnd.random() < 0.5:
            return name[:1].upper() + name[1:]
        return "".join(c.upper() if i == 0 or (i < len(name) - 1 and rnd.random() < 0.15) else c
                       for i, c in enumerate(name))  # fmt: skip

    def display_name(self, p: dict, handle: str | None) -> str:
        rnd = self.rnd
        u, f = p["used"], self.spell_family(p["family"])
        form = wpick(rnd, {"u f": 22, "u f0": 14, "g0 f": 6, "u emoji": 10, "u": 14, "g f": 8,
                           "handle": 8, "lower": 8, "u f emoji": 5, "fun": 5})  # fmt: skip
        if form == "handle" and not handle:
            form = "u"
        out = {
            "u f": f"{u} {f}", "u f0": f"{u} {f[0]}", "g0 f": f"{p['given'][0]} {f}",
            "u emoji": f"{u.lower()} {rnd.choice(EMOJI)}", "u": u, "g f": f"{p['given']} {f}",
            "handle": handle or u, "lower": f"{u} {f}".lower(),
            "u f emoji": f"{u} {f} {rnd.choice(EMOJI)}{rnd.choice(EMOJI)}",
            "fun": rnd.choice([f"{u} from {p['hh']['addr']['suburb']}",
                               f"{rnd.choice(['Mum', 'Dad'])} of {rnd.randint(2, 4)}",
                               f"{u} {rnd.choice(EMOJI)} {p['hh']['addr']['state']}"]),
        }[form]  # fmt: skip
        return self.typo(out, 0.02)

    def social(self, p: dict) -> None:
        rnd = self.rnd
        chans = {k: {"twitter": 3, "instagram": 2, "facebook": 3}[k] for k in p["handles"]}
        chans |= {"whatsapp": 2, "email": 1.5 if (p["emails"] or p["work_email"]) else 0,
                  "webchat": 1.5}  # fmt: skip
        channel = wpick(rnd, chans)
        handle, email = None, None
        if channel in p["handles"]:
            name = p["handles"][channel]
            if channel == "facebook" and rnd.random() < 0.2:
                handle = f"{p['used']} {self.spell_family(p['family'])}"  # Messenger's name
            else:
                handle = self.handle_written(channel, name)
        elif channel == "whatsapp":
            handle = self.fmt_phone(rnd.choice(p["mobiles"]),
                                    {"+61 spaced": 50, "+61": 35, "61": 15})  # fmt: skip
        elif channel == "email":
            addr = rnd.choice(p["emails"] or [p["work_email"]])
            if p["work_email"] and rnd.random() < 0.3:
                addr = p["work_email"]
            handle = addr if rnd.random() < 0.8 else addr.capitalize()
            email = addr if rnd.random() < 0.5 else None
        elif rnd.random() < 0.6:
            handle = f"visitor_{rnd.randint(10000, 99999)}"
        # a number quoted in the conversation
        phone = None
        if rnd.random() < (0.45 if channel != "whatsapp" else 0.15):
            r = rnd.random()
            if r < 0.1 and p["partner"] and p["partner"]["mobiles"]:
                num = p["partner"]["mobiles"][0]
            elif r < 0.17 and p["old_mobile"]:
                num = p["old_mobile"]
            else:
                num = self.phone_of(p)
            phone = self.fmt_phone(num)
        if email is None and channel != "email" and rnd.random() < 0.2:
            pool = p["emails"] + ([p["hh"]["family_email"]] if p["hh"]["family_email"] else [])
            email = rnd.choice(pool) if pool else None
        opened = dt.datetime(2026, 1, 1) - dt.timedelta(minutes=rnd.randint(1, 700 * 1440))
        self.add(
            "SOCIAL",
            p,
            case_ref=f"SC-{opened.year}-{rnd.randint(100000, 999999)}",
            channel=wpick(rnd, CHANNEL_WRITTEN[channel]),
            handle=handle,
            display_name=self.display_name(p, p["handles"].get(channel)),
            message_phone=phone,
            email=email,
            opened_at=opened.strftime(rnd.choice(["%Y-%m-%d %H:%M", "%d/%m/%Y %I:%M %p"])),
            topic=rnd.choice(TOPICS),
        )

    def contact_items(self, p: dict, old: bool) -> list[tuple[str, str]]:
        """A CRM row's contacts in the order an agent keys them: (value, type)."""
        rnd = self.rnd
        items: list[tuple[str, str]] = []
        main = p["old_mobile"] if old and p["old_mobile"] else p["mobiles"][0]
        if rnd.random() < 0.9:
            items.append((self.fmt_phone(main), wpick(rnd, {"Mobile": 50, "MOB": 20, "Mob": 15, "Cell": 5, "Phone": 10})))  # fmt: skip
        emails = p["emails"] + ([p["hh"]["family_email"]] if p["hh"]["family_email"] and rnd.random() < 0.3 else [])  # fmt: skip
        if emails and rnd.random() < 0.8:
            e = emails[0] if rnd.random() < 0.7 else rnd.choice(emails)
            e = e if rnd.random() < 0.85 else e.upper() if rnd.random() < 0.3 else e.capitalize()
            items.append((e, wpick(rnd, {"Email": 60, "E-mail": 20, "EMAIL": 20})))
        extra: list[tuple[str, str]] = []
        if p["hh"]["landline"]:
            extra.append(
                (self.fmt_phone(p["hh"]["landline"]), rnd.choice(["Home", "Landline", "Ph"]))
            )
        for m in p["mobiles"][1:]:
            extra.append((self.fmt_phone(m), rnd.choice(["Mobile", "Work", "Mob 2"])))
        if p["work_email"]:
            extra.append((p["work_email"], rnd.choice(["Work", "Work Email", "Email"])))
        for platform, name in p["handles"].items():
            written = self.handle_written(platform, name)
            if rnd.random() < 0.15 and not written.startswith(
                ("http", "facebook", "fb", "insta", "twitter")
            ):
                written = {"twitter": "TW: ", "instagram": "IG: ", "facebook": "FB: "}[
                    platform
                ] + written
            extra.append((written, rnd.choice([platform.capitalize(), "Social", "Social Media"])))
        if p["partner"] and p["partner"]["mobiles"] and rnd.random() < 0.12:
            extra.append((self.fmt_phone(p["partner"]["mobiles"][0]), rnd.choice(["Partner", "Alt", "Wife", "Husband"])))  # fmt: skip
        rnd.shuffle(extra)
        items.extend(extra)
        if rnd.random() < 0.2:
            rnd.shuffle(items)
        return items[:3]

    def crm(self, p: dict, old: bool = False) -> None:
        rnd = self.rnd
        given, family = self.legal(p)
        first = p["used"] if rnd.random() < 0.25 else given
        if p["middle"] and rnd.random() < 0.15:
            first = f"{first} {p['middle']}"
        mode = {"keep": 80, "upper": 15, "lower": 5}
        row = dict(
            crm_id=f"C{rnd.randint(1_000_000, 9_999_999)}",
            first_name=self.case(first, mode) if rnd.random() < 0.98 else None,
            last_name=self.case(family, mode),
        )
        types_filled = rnd.random() < 0.55
        items = self.contact_items(p, old)
        for k in range(3):
            val, typ = items[k] if k < len(items) else (None, None)
            row[f"contact_{k + 1}"] = val
            row[f"contact_{k + 1}_type"] = typ if types_filled and val else None
        a = (
            p["hh"]["old_addr"]
            if (old or rnd.random() < 0.1) and p["hh"]["old_addr"]
            else p["hh"]["addr"]
        )
        if rnd.random() < 0.9:
            row |= dict(suburb=self.case(a["suburb"], {"keep": 70, "upper": 30}),
                        state=self.state_str(a["state"]), postcode=a["postcode"])  # fmt: skip
        since = TODAY - dt.timedelta(days=rnd.randint(30, 15 * 365) + (2000 if old else 0))
        row["customer_since"] = since.strftime("%d/%m/%Y")
        self.add("CRM", p, **row)

    def holder_name(self, p: dict) -> str:
        rnd = self.rnd
        given, family = self.legal(p)
        title = "Mr" if p["sex"] == "M" else rnd.choice(["Mrs", "Ms", "Miss"])
        mid = f" {p['middle']}" if p["middle"] and rnd.random() < 0.5 else ""
        form = wpick(rnd, {"TITLE": 25, "Fam, Giv": 15, "G FAM": 10, "Giv M Fam": 25, "Title G Fam": 10,
                           "couple": 5, "FAM GIVEN": 10})  # fmt: skip
        if form == "couple" and p["partner"]:
            q = p["partner"]
            if q["family"] == p["family"]:
                return f"{given} & {q['given']} {family}"
            return f"{given} {family} & {q['given']} {q['family']}"
        return {
            "TITLE": f"{title} {given}{mid} {family}".upper(), "Fam, Giv": f"{family}, {given}{mid}",
            "G FAM": f"{given[0]} {family}".upper(), "Giv M Fam": f"{given}{mid} {family}",
            "Title G Fam": f"{title} {given[0]} {family}", "couple": f"{given}{mid} {family}",
            "FAM GIVEN": f"{family.upper()} {given.upper()}{mid.upper()}",
        }[form]  # fmt: skip

    def payment(self, p: dict, card: dict | None) -> str:
        rnd = self.rnd
        if card is None:
            return wpick(rnd, {"BPAY": 40, "Direct Debit": 35, None: 25})
        form = wpick(rnd, {"stars": 30, "X-": 15, "first6": 10, "token": 35, "word": 10})
        last4 = card["last4"]
        return {
            "stars": f"**** **** **** {last4}", "X-": f"XXXX-XXXX-XXXX-{last4}",
            "first6": f"{card['first6']}******{last4}", "token": card["token"],
            "word": f"{card['brand']} ending {last4}",
        }[form]  # fmt: skip

    def billing(self, p: dict, services: list[tuple[str, str]], joint: dict | None) -> None:
        rnd = self.rnd
        self.account += rnd.randint(1, 50)
        acct = str(self.account)
        a = p["hh"]["addr"]
        if p["hh"]["old_addr"] and rnd.random() < 0.35:
            a = p["hh"]["old_addr"]  # the bill still goes to the old address
        card = rnd.choice(p["cards"]) if p["cards"] and rnd.random() < 0.8 else None
        dob = p["dob"] if rnd.random() < 0.85 else None
        dob_fmt = wpick(rnd, {"dmy": 70, "iso": 20, "short": 10})
        addr = self.one_line(a) if rnd.random() < 0.95 else (
            f"PO Box {rnd.randint(10, 9999)}, {a['suburb']} {a['state']} {a['postcode']}")  # fmt: skip
        for num, stype in services:
            holder = self.holder_name(p)
            if joint is not None and rnd.random() < 0.5:
                holder = self.holder_name(joint)
            self.add(
                "BILLING",
                p,
                account_no=acct,
                account_holder=holder,
                service_number=self.fmt_phone(
                    num, {"spaced": 30, "plain": 30, "+61": 15, "nozero": 15, "61": 10}
                )
                if num[1] == "4"
                else self.fmt_phone(num),
                service_type=stype,
                billing_address=addr,
                date_of_birth=self.date_str(dob, dob_fmt) if dob else None,
                payment_method=self.payment(p, card),
            )

    @staticmethod
    def date_str(d: dt.date, style: str) -> str:
        return {"dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "iso": d.isoformat(),
                "short": f"{d.day}/{d.month}/{d.year}"}[style]  # fmt: skip

    def web(self, p: dict, email: str) -> None:
        rnd = self.rnd
        work = rnd.random() < 0.08 and p["work_email"]
        a = p["hh"]["addr"]
        if p["hh"]["old_addr"] and rnd.random() < 0.15:
            a = p["hh"]["old_addr"]
        name = rnd.choice([f"{p['used']} {p['family']}", f"{p['given']} {p['family']}",
                           f"{p['used']} {p['family']}", p["used"]])  # fmt: skip
        name = self.case(self.typo(name, 0.03), {"keep": 65, "lower": 25, "upper": 10})
        if work:
            street = f"Level {rnd.randint(1, 30)}, {rnd.randint(1, 400)} {rnd.choice(STREETS)} St"
            sub, state, pc, _ = rnd.choice(SUBURBS)
        else:
            street, sub, state, pc = self.street_line(a), a["suburb"], a["state"], a["postcode"]
        phone = None
        if rnd.random() < 0.6:
            phone = self.fmt_phone(self.phone_of(p))
        card = rnd.choice(p["cards"]) if p["cards"] and rnd.random() < 0.35 else None
        login = email if rnd.random() < 0.85 else email.capitalize()
        self.add(
            "WEB",
            p,
            web_customer_id=f"W{rnd.randint(10**7, 10**8 - 1)}",
            login_email=login,
            customer_name=name,
            phone=phone,
            delivery_address=self.case(street, {"keep": 75, "lower": 15, "upper": 10}),
            suburb=self.case(sub, {"keep": 70, "upper": 20, "lower": 10}),
            state=self.state_str(state),
            postcode=pc,
            date_of_birth=p["dob"].strftime("%Y-%m-%d") if rnd.random() < 0.15 else None,
            saved_card=f"{card['brand']} ending {card['last4']}" if card else None,
            marketing_opt_in=rnd.choice(["Y", "N"]),
        )

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        billed: set[str] = set()
        for hh in self.households:
            members = hh["members"]
            # billing: postpaid services; a family plan bills a partner's or kid's mobile
            payer = members[0]
            start = len(self.rows)
            for p in members:
                if p["pid"] in billed:
                    continue
                services = []
                for k, m in enumerate(p["mobiles"]):
                    if rnd.random() < (0.6 if k == 0 else 0.35):
                        services.append((m, rnd.choice(["Mobile", "Mobile Postpaid", "5G Mobile"])))
                if p is payer and hh["landline"] and rnd.random() < 0.8:
                    services.append((hh["landline"], rnd.choice(["nbn Home Phone", "NBN Voice", "Home Phone"])))  # fmt: skip
                for q in members:
                    if q is not p and p is payer and q["pid"] not in billed and rnd.random() < 0.12:
                        services.append((q["mobiles"][0], "Mobile"))  # on the payer's plan
                if services:
                    joint = p["partner"] if p["partner"] and rnd.random() < 0.06 else None
                    self.billing(p, services, joint)
                    if rnd.random() < 0.05:  # a second account (a business line, a new start)
                        self.billing(p, services[:1], None)
                billed.add(p["pid"])
            for p in members:
                age = (TODAY - p["dob"]).days / 365.25
                if rnd.random() < 0.62:
                    self.crm(p)
                    if rnd.random() < 0.09:
                        self.crm(p, old=True)
                # web store accounts: one per e-mail used
                logins = list(p["emails"])
                if p["work_email"]:
                    logins.append(p["work_email"])
                if hh["family_email"] and rnd.random() < 0.35:
                    logins.insert(0, hh["family_email"])
                if logins and rnd.random() < (0.6 if age < 45 else 0.35):
                    self.web(p, logins[0])
                    if len(logins) > 1 and rnd.random() < 0.15:
                        self.web(p, logins[1])
                # social desk conversations
                active = 0.75 if p["handles"] else 0.3
                if rnd.random() < active:
                    for _ in range(rnd.choices([1, 2, 3, 4], [50, 28, 14, 8])[0]):
                        self.social(p)
                if not any(r["_pid"] == p["pid"] for r in self.rows[start:]):
                    self.crm(p)  # nobody in no system at all
        df = pd.DataFrame(self.rows)
        df = df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)
        df.insert(0, "row_id", [f"R{i:06d}" for i in range(len(df))])
        cols = ["row_id", "source_system",
                "case_ref", "channel", "handle", "display_name", "message_phone", "email",
                "opened_at", "topic",
                "crm_id", "first_name", "last_name", "contact_1", "contact_1_type", "contact_2",
                "contact_2_type", "contact_3", "contact_3_type", "customer_since",
                "account_no", "account_holder", "service_number", "service_type",
                "billing_address", "date_of_birth", "payment_method",
                "web_customer_id", "login_email", "customer_name", "phone", "delivery_address",
                "suburb", "state", "postcode", "saved_card", "marketing_opt_in", "_pid"]  # fmt: skip
        return df.reindex(columns=cols)  # a system's columns missing from the frame: empty


def social(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Social.frame(persons, seed, "row_id")
