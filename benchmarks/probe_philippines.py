"""A Philippine bank, remittance company, telco and e-wallet: four systems stacked in one file (a
``SOURCE`` column; a column of the same name in two systems is one column).

* Core banking (``CORE_BANK``): one row per account: ``CIF_NO``, ``LAST_NAME``, ``FIRST_NAME``,
  ``MIDDLE_NAME`` (the mother's maiden surname), ``SUFFIX`` (``JR.``, ``SR.``, ``III``),
  ``BIRTHDATE`` (``MM/DD/YYYY``), ``GENDER``, ``TIN`` (``123-456-789-000``), ``SSS_NO``
  (``34-1234567-8``), ``MOBILE_NO``, ``LANDLINE_NO``, ``EMAIL_ADDRESS``, ``HOUSE_NO_STREET``,
  ``BARANGAY``, ``CITY_MUNICIPALITY``, ``PROVINCE``, ``ZIP_CODE``, the branch and account type.
  A married woman's account opened before the wedding stands under her maiden name.
* Remittance walk-ins (``REMITTANCE``): a sender's send-outs as the counter clerk typed them:
  ``SENDER_NAME`` in one field (``DELA CRUZ, JUAN S.``, ``Juan S. Dela Cruz``, ``JUAN SANTOS DELA
  CRUZ JR``), ``SENDER_CONTACT`` (an OFW's overseas number: ``+971``, ``+966``, ``+852``…),
  ``SENDER_ADDRESS``, ``ID_TYPE`` and ``ID_NO``, the beneficiary's name, mobile and relationship
  on the same row (a family member, often a customer too), the amount and currency.
* SIM registration (``SIM_REG``, the 2023 SIM Registration Act): one row per SIM: ``msisdn``,
  ``last_name``, ``first_name``, ``middle_name``, ``suffix``, ``birth_date`` (``1988-03-12``),
  ``sex``, ``address`` in one line, ``nationality``, ``id_type`` (``PhilSys``, ``UMID``,
  ``Driver's License``, ``Passport``, ``SSS``, ``TIN``) and ``id_number`` (PSN
  ``1234-5678-9012-3456``, CRN ``0111-2345678-9``, licence ``N01-12-345678``, passport
  ``P1234567A``). A parent registers the family's shared SIM in their own name.
* E-wallet (``EWALLET``, an app's user table): ``firstName`` (a nickname, ``Ma.`` for Maria, a
  compound given name cut to its first half), ``middleName`` (often empty or an initial),
  ``lastName``, ``mobileNumber`` (``639171234567``), ``emailAddress``, ``birthDate``, ``city``,
  and the KYC ``idType``/``idNumber`` of verified users.

What makes it hard: a few surnames carry much of the population (Santos, Reyes, Cruz, Bautista,
Garcia, Dela Cruz), and the particle surnames are written many ways (``Dela Cruz``, ``De la
Cruz``, ``Delacruz``, ``Dela-Cruz``; ``Delos Santos``, ``De Los Santos``; ``Sta. Maria``,
``Santa Maria``); siblings share middle name, surname, address and often a mobile; a married woman
moves her maiden surname into the middle-name box and takes her husband's, so both her middle name
and her surname change; a father and his namesake son (``Jr.``/``Sr.``, or no suffix at all) live
at one address with one landline; nicknames (``Jun``, ``Boy``, ``Bong``, ``Jojo``, ``Ging``,
``Malou``, ``Tess``) and ``Ma.`` for Maria; compound given names (``John Paul``, ``Mary Grace``)
written whole or halved; whole names in ``LAST, FIRST MIDDLE`` order with a middle initial;
OFWs' overseas numbers; a family mobile on several persons' rows; barangays written ``Brgy.``,
``Bgy``, ``Barangay 123``; ``Quezon City``/``QC``, ``Metro Manila``/``NCR``, ``Sto.``/``Santo``;
mobiles as ``0917 123 4567``, ``+63 917 123 4567``, ``639171234567``, ``9171234567``; prepaid
numbers that lapsed and were reissued to someone else.
"""

from __future__ import annotations

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
MALE = {
    "Juan": 5, "Jose": 6, "Antonio": 4, "Roberto": 3, "Ricardo": 3, "Eduardo": 3, "Fernando": 2,
    "Rodrigo": 2, "Ramon": 3, "Rogelio": 2, "Danilo": 3, "Romeo": 2, "Ernesto": 2, "Reynaldo": 3,
    "Rolando": 3, "Mark": 3, "John Paul": 4, "John Michael": 2, "Mark Anthony": 3, "Christian": 3,
    "Jerome": 2, "Jayson": 3, "Joel": 2, "Michael": 4, "Kenneth": 2, "Carlo": 2, "Paolo": 2,
    "Angelo": 2, "Joshua": 3, "Francis": 2, "Jose Maria": 1, "Bienvenido": 1, "Arnel": 2,
    "Nestor": 2, "Alfredo": 2, "Manuel": 3, "Renato": 2, "Rodel": 2, "Ronald": 2, "Jonathan": 3,
    "Rey": 2, "Virgilio": 1, "Efren": 1, "Noel": 2, "Allan": 2, "Ariel": 2, "Jericho": 1,
    "Emmanuel": 2, "Florencio": 1, "Crisanto": 1, "Jeffrey": 2, "Vincent": 2, "Ryan": 2,
}  # fmt: skip
FEMALE = {
    "Maria Cristina": 3, "Maria Luisa": 2, "Maria Teresa": 3, "Maria Elena": 2, "Maria Lourdes": 2,
    "Mary Grace": 3, "Mary Ann": 3, "Mary Joy": 2, "Kristine": 2, "Jennifer": 3, "Rowena": 2,
    "Marites": 2, "Marilou": 2, "Lorna": 2, "Evelyn": 2, "Gloria": 2, "Rosario": 2, "Teresita": 2,
    "Erlinda": 2, "Corazon": 2, "Remedios": 1, "Angelica": 2, "Princess": 1, "Joy": 1, "Rhea": 2,
    "Liza": 2, "Cherry": 1, "Jasmine": 2, "Nicole": 2, "Andrea": 2, "Camille": 2, "Lovely": 1,
    "April": 1, "Ana Marie": 2, "Maricel": 2, "Marivic": 2, "Ma. Theresa": 1, "Virginia": 2,
    "Regina": 1, "Elizabeth": 2, "Josephine": 2, "Maribel": 2, "Divina": 1, "Rosalinda": 1,
    "Cecilia": 2, "Jocelyn": 2, "Analyn": 2, "Kimberly": 2, "Kathleen": 1, "Maria Fe": 1,
}  # fmt: skip
#: Names people go by.
NICK = {
    "Jose": ["Jojo", "Pepe", "Joey"], "Joseph": ["Jojo"], "Ramon": ["Bong", "Monching"],
    "Rodrigo": ["Digong", "Rudy"], "Ricardo": ["Ricky", "Carding"], "Eduardo": ["Eddie", "Edong"],
    "Antonio": ["Tony", "Anton"], "Roberto": ["Bobby", "Berto"], "Reynaldo": ["Rey", "Naldo"],
    "Rolando": ["Lando", "Roly"], "Fernando": ["Nando"], "Manuel": ["Manny", "Maning"],
    "Danilo": ["Danny"], "Rogelio": ["Roger", "Eling"], "Ernesto": ["Ernie"], "Renato": ["Rene"],
    "Alfredo": ["Fred", "Freddie"], "Virgilio": ["Billy"], "Emmanuel": ["Emman"],
    "Florencio": ["Ensoy"], "Bienvenido": ["Ben", "Benben"], "Jonathan": ["Jon", "Jojo"],
    "Michael": ["Mike", "Mikey"], "Christian": ["Chris", "Ian"], "Francis": ["Kiko"],
    "Maria Luisa": ["Malou"], "Maria Lourdes": ["Malou", "Lourdes"], "Teresita": ["Tess", "Tessie"],
    "Maria Teresa": ["Tess", "Maite"], "Ma. Theresa": ["Tess"], "Corazon": ["Cora", "Cory"],
    "Virginia": ["Ging", "Virgie"], "Regina": ["Ging", "Gina"], "Rosario": ["Charo", "Sayong"],
    "Remedios": ["Remy", "Medy"], "Elizabeth": ["Beth", "Liza"], "Josephine": ["Jo", "Joy"],
    "Erlinda": ["Linda"], "Gloria": ["Glo"], "Maria Cristina": ["Tina", "Cristy"],
    "Maria Elena": ["Malen", "Lenlen"], "Mary Ann": ["Mae", "Ann"], "Mary Joy": ["Joy"],
    "Cecilia": ["Celia", "Ceci"], "Kimberly": ["Kim"], "Kathleen": ["Kath"],
}  # fmt: skip
#: Family pet names anyone may go by, in an e-wallet or at a counter.
PET = {
    "M": ["Boy", "Jun", "Nonoy", "Totoy", "Dodong", "Bong"],
    "F": ["Inday", "Nene", "Baby", "Neneng"],
}

# Surnames and their spellings (the first is the commonest); a weight per surname.
SURNAMES = {
    "Santos": 9, "Reyes": 9, "Cruz": 7, "Bautista": 6, "Garcia": 7, "Mendoza": 5, "Ocampo": 3,
    "Gonzales": 4, "Ramos": 5, "Aquino": 3, "Castillo": 3, "Villanueva": 4, "Fernandez": 3,
    "Torres": 4, "Flores": 4, "Rivera": 3, "Dela Cruz": 9, "De Leon": 4, "Del Rosario": 4,
    "San Juan": 2, "De Guzman": 4, "Delos Santos": 3, "Dela Pena": 2, "Pascual": 3, "Manalo": 2,
    "Soriano": 3, "Tolentino": 3, "Aguilar": 3, "Navarro": 2, "Salazar": 2, "Lopez": 3,
    "Domingo": 3, "Mercado": 3, "Marquez": 2, "Valdez": 3, "Francisco": 3, "Ignacio": 2,
    "Dizon": 3, "Lim": 2, "Tan": 3, "Sy": 1, "Go": 1, "Macaraeg": 1, "Magbanua": 1,
    "Dimaculangan": 1, "Panganiban": 1, "Mangubat": 1, "Bacani": 1, "Lacson": 1, "Cabrera": 2,
    "Javier": 2, "Salvador": 2, "Gutierrez": 2, "Hernandez": 2, "Santa Maria": 2, "Dela Rosa": 2,
    "De Jesus": 3, "Dela Torre": 1, "San Pedro": 1, "Evangelista": 2, "Padilla": 2, "Morales": 2,
    "Castro": 3, "Mallari": 1, "Sison": 1, "Umali": 1, "Capistrano": 1, "Caballero": 1,
}  # fmt: skip
SPELL = {
    "Dela Cruz": ["De la Cruz", "Delacruz", "Dela-Cruz", "De La Cruz", "Dela Crus"],
    "De Leon": ["Deleon", "De-Leon"], "Del Rosario": ["Delrosario", "Del-Rosario"],
    "San Juan": ["Sanjuan", "San-Juan"], "De Guzman": ["Deguzman", "De-Guzman"],
    "Delos Santos": ["De los Santos", "De Los Santos", "Delossantos", "Delos-Santos"],
    "Dela Pena": ["Dela Peña", "De la Peña", "Delapena", "De la Pena"],
    "Santa Maria": ["Sta. Maria", "Sta Maria", "Santamaria"],
    "Dela Rosa": ["De la Rosa", "Delarosa"], "De Jesus": ["Dejesus", "De-Jesus"],
    "Dela Torre": ["De la Torre", "Delatorre"], "San Pedro": ["Sanpedro"],
    "Gonzales": ["Gonzalez"], "Fernandez": ["Fernandes"], "Marquez": ["Marques"],
    "Valdez": ["Valdes"], "Hernandez": ["Hernandes"],
}  # fmt: skip

# ---------------------------------------------------------------- places
# city: (province, zip, weight, barangays, landline area code)
CITIES = {
    "Quezon City": ("Metro Manila", "1100", 14, ["Bagong Pag-asa", "Commonwealth", "Batasan Hills", "Holy Spirit", "Payatas", "Culiat", "Tandang Sora", "Pasong Tamo", "San Antonio", "Santo Cristo", "Talipapa", "Novaliches Proper"], "2"),
    "Manila": ("Metro Manila", "1000", 9, ["Barangay 105", "Barangay 123", "Barangay 176", "Barangay 412", "Barangay 587", "Barangay 649", "Barangay 20", "Barangay 310"], "2"),
    "Caloocan": ("Metro Manila", "1400", 6, ["Barangay 176", "Barangay 178", "Barangay 120", "Barangay 35"], "2"),
    "Makati": ("Metro Manila", "1200", 4, ["Poblacion", "Guadalupe Nuevo", "San Antonio", "Pio del Pilar", "Bangkal"], "2"),
    "Pasig": ("Metro Manila", "1600", 5, ["Santo Tomas", "Santa Lucia", "Caniogan", "Rosario", "Pinagbuhatan", "San Antonio"], "2"),
    "Taguig": ("Metro Manila", "1630", 4, ["Western Bicutan", "Ususan", "Santa Ana", "Pinagsama", "Lower Bicutan"], "2"),
    "Cebu City": ("Cebu", "6000", 6, ["Lahug", "Guadalupe", "Mabolo", "Talamban", "Santo Nino", "Tisa"], "32"),
    "Davao City": ("Davao del Sur", "8000", 5, ["Buhangin", "Talomo", "Matina Crossing", "Agdao", "Toril"], "82"),
    "Antipolo": ("Rizal", "1870", 4, ["San Roque", "Dela Paz", "San Isidro", "Santa Cruz", "Mayamot"], "2"),
    "Bacoor": ("Cavite", "4102", 4, ["Molino III", "Niog", "Talaba", "Habay", "San Nicolas"], "46"),
    "Dasmarinas": ("Cavite", "4114", 3, ["Salitran", "Sampaloc", "Paliparan", "San Agustin"], "46"),
    "Calamba": ("Laguna", "4027", 3, ["Real", "Parian", "Canlubang", "Pansol", "San Cristobal"], "49"),
    "San Pedro": ("Laguna", "4023", 2, ["San Antonio", "Landayan", "San Vicente", "Poblacion"], "2"),
    "Iloilo City": ("Iloilo", "5000", 3, ["Jaro", "Molo", "La Paz", "Mandurriao", "Tabuc Suba"], "33"),
    "Angeles": ("Pampanga", "2009", 3, ["Balibago", "Santo Domingo", "Pampang", "Malabanias"], "45"),
    "San Fernando": ("Pampanga", "2000", 2, ["Dolores", "San Agustin", "Santa Lucia", "Del Pilar"], "45"),
    "Batangas City": ("Batangas", "4200", 2, ["Kumintang Ibaba", "Santa Rita", "Pallocan", "Alangilan"], "43"),
    "Cagayan de Oro": ("Misamis Oriental", "9000", 3, ["Carmen", "Lapasan", "Bulua", "Macasandig"], "88"),
    "Tarlac City": ("Tarlac", "2300", 2, ["San Vicente", "Santo Cristo", "San Roque", "Maliwalo"], "45"),
    "Lipa": ("Batangas", "4217", 2, ["Marawoy", "Sabang", "San Carlos", "Tambo"], "43"),
}  # fmt: skip
CITY_SPELL = {
    "Quezon City": ["QC", "Q.C.", "Quezon City", "QUEZON CITY"], "Manila": ["Manila", "City of Manila", "Tondo, Manila", "Sampaloc, Manila"],
    "Caloocan": ["Caloocan City", "Kalookan"], "Makati": ["Makati City"], "Pasig": ["Pasig City"],
    "Taguig": ["Taguig City"], "Dasmarinas": ["Dasmariñas", "Dasmariñas City", "Dasma"],
    "Angeles": ["Angeles City"], "San Fernando": ["City of San Fernando", "San Fernando City"],
    "Lipa": ["Lipa City"], "Antipolo": ["Antipolo City"], "Bacoor": ["Bacoor City"],
    "Calamba": ["Calamba City"], "Cagayan de Oro": ["CDO", "Cagayan de Oro City"],
    "Cebu City": ["Cebu"], "Davao City": ["Davao"], "San Pedro": ["San Pedro City"],
}  # fmt: skip
PROVINCE_SPELL = {"Metro Manila": ["NCR", "Metro Manila", "National Capital Region", "M.M."]}
STREETS = ["Rizal St.", "Mabini St.", "Bonifacio St.", "Luna St.", "Burgos St.", "Del Pilar St.",
           "Aguinaldo St.", "Quezon Ave.", "Magsaysay St.", "Sampaguita St.", "Ilang-Ilang St.",
           "Kamagong St.", "Narra St.", "Acacia St.", "Mangga St.", "Sto. Nino St.",
           "Sta. Rosa St.", "Dona Aurora St.", "P. Burgos St.", "Gen. Luna St.", "M.H. del Pilar St."]  # fmt: skip
SUBDIVISIONS = ["Camella Homes", "Villa Verde Subd.", "Greenwoods Subd.", "Lessandra Heights",
                "Bria Homes", "Deca Homes", "Gawad Kalinga Village", "Sunshine Ville"]  # fmt: skip

# ---------------------------------------------------------------- phones
MOBILE_PREFIXES = ["917", "918", "919", "920", "921", "927", "928", "929", "939", "945", "947",
                   "949", "951", "956", "961", "966", "977", "995", "998", "999", "906", "915",
                   "908", "909", "910", "912", "930", "938", "946", "948", "950", "970", "981"]  # fmt: skip
# OFW destinations: (country, dialling code, local mobile length, weight)
ABROAD = [("UAE", "971", "5", 9, 18), ("KSA", "966", "5", 9, 20), ("HONG KONG", "852", "9", 8, 12),
          ("SINGAPORE", "65", "9", 8, 8), ("QATAR", "974", "5", 8, 8), ("KUWAIT", "965", "6", 8, 6),
          ("TAIWAN", "886", "9", 9, 6), ("JAPAN", "81", "90", 10, 4), ("USA", "1", "", 10, 8),
          ("CANADA", "1", "", 10, 4), ("ITALY", "39", "3", 10, 3), ("UK", "44", "7", 10, 3)]  # fmt: skip
CURRENCY = {"UAE": "AED", "KSA": "SAR", "HONG KONG": "HKD", "SINGAPORE": "SGD", "QATAR": "QAR",
            "KUWAIT": "KWD", "TAIWAN": "TWD", "JAPAN": "JPY", "USA": "USD", "CANADA": "CAD",
            "ITALY": "EUR", "UK": "GBP"}  # fmt: skip
EMAIL_DOMAINS = {
    "gmail.com": 60,
    "yahoo.com": 25,
    "yahoo.com.ph": 6,
    "hotmail.com": 5,
    "outlook.com": 4,
}
BRANCHES = ["Cubao", "Ayala", "Ortigas", "Divisoria", "Binondo", "SM North", "Alabang",
            "Fuente Osmena", "Davao Main", "Bacoor", "Calamba", "Angeles", "Iloilo Main"]  # fmt: skip


class Philippines(Draws):
    SLIP_LETTERS = "aeioungyl"

    # ------------------------------------------------------------ atoms
    def mobile(self) -> str:
        """A new national mobile number without its zero: ``9171234567``."""
        return self.unique(lambda: self.rnd.choice(MOBILE_PREFIXES) + self.digits(7))

    def abroad(self) -> tuple[str, str]:
        country, cc, lead, n, _ = wpick(self.rnd, [(a, a[4]) for a in ABROAD])
        return country, self.unique(lambda: "+" + cc + lead + self.digits(n - len(lead)))

    def surname(self) -> str:
        return wpick(self.rnd, SURNAMES)

    def given(self, sex: str) -> str:
        return wpick(self.rnd, MALE if sex == "M" else FEMALE)

    def address(self, near: dict | None = None) -> dict:
        rnd = self.rnd
        city = (
            near["city"]
            if near and rnd.random() < 0.5
            else wpick(rnd, {c: v[2] for c, v in CITIES.items()})
        )
        prov, zipc, _, brgys, area = CITIES[city]
        kind = wpick(rnd, {"street": 50, "blk": 30, "purok": 10, "sitio": 5, "unit": 5})
        if kind == "street":
            line = f"{rnd.randint(1, 250)} {rnd.choice(STREETS)}"
        elif kind == "blk":
            line = f"Blk {rnd.randint(1, 40)} Lot {rnd.randint(1, 60)} {rnd.choice(SUBDIVISIONS)}"
        elif kind == "purok":
            line = f"Purok {rnd.randint(1, 9)}"
        elif kind == "sitio":
            line = f"Sitio {rnd.choice(['Malinis', 'Bagong Silang', 'Maligaya', 'Centro'])}"
        else:
            line = f"Unit {rnd.randint(1, 30)}{rnd.choice('ABCDEF')} {rnd.choice(STREETS)}"
        return {"line": line, "brgy": rnd.choice(brgys), "city": city, "prov": prov, "zip": zipc,
                "area": area}  # fmt: skip

    def landline(self, area: str) -> str:
        n = 8 if area == "2" else 7
        return self.unique(
            lambda: area + ("8" if area == "2" else "") + self.digits(n - (area == "2"))
        )

    def tin(self) -> str:
        return self.unique(lambda: self.rnd.choice("1234") + self.digits(8))

    def sss(self) -> str:
        return self.unique(
            lambda: (
                self.rnd.choice(["33", "34", "01", "02", "04", "06", "07", "08", "09"])
                + self.digits(8)
            )
        )

    def person(self, sex: str, age: tuple[float, float], last: str, middle: str, first: str | None = None, suffix: str | None = None) -> dict:  # fmt: skip
        rnd = self.rnd
        first = first or self.given(sex)
        p = {
            "pid": len(self.persons), "sex": sex, "first": first, "middle": middle, "last": last,
            "suffix": suffix, "dob": self.dob(*age), "maiden": None, "married": None,
            "mobiles": [], "former": [], "ofw": None, "email": None, "shares": None,
            "tin": self.tin() if rnd.random() < 0.75 else None,
            "sss": self.sss() if rnd.random() < 0.7 else None,
            "psn": self.unique(lambda: self.digits(16)) if rnd.random() < 0.55 else None,
            "umid": self.unique(lambda: "0111" + self.digits(8)) if rnd.random() < 0.3 else None,
            "dl": self.unique(lambda: rnd.choice("NDKRGA") + self.digits(10)) if rnd.random() < 0.3 else None,
            "passport": None,
        }  # fmt: skip
        p["nick"] = None
        if first in NICK and rnd.random() < 0.5:
            p["nick"] = rnd.choice(NICK[first])
        elif rnd.random() < 0.1:
            p["nick"] = rnd.choice(PET[sex])
        if suffix == "Jr." and rnd.random() < 0.6:
            p["nick"] = "Jun"
        self.persons.append(p)
        return p

    def email_for(self, p: dict) -> str:
        rnd = self.rnd
        f = p["first"].split()[0].replace(".", "").lower()
        if f == "ma":
            f = "maria"
        last = p["last"].replace(" ", "").replace(".", "").replace("-", "").lower()
        nick = (p["nick"] or f).lower()
        y = str(p["dob"].year)
        local = wpick(rnd, {f"{f}.{last}": 25, f"{f}{last}{y[2:]}": 20, f"{nick}_{last}": 10,
                            f"{nick}{rnd.randint(1, 999)}": 15, f"{f[0]}{last}{rnd.randint(1, 99)}": 15,
                            f"{nick}{last}{y}": 15})  # fmt: skip
        return self.unique(
            lambda: (
                local
                + (str(rnd.randint(1, 9)) if local in self.used else "")
                + "@"
                + wpick(rnd, EMAIL_DOMAINS)
            )
        )

    # ------------------------------------------------------------ population
    def population(self) -> None:
        rnd = self.rnd
        hh = 0
        while len(self.persons) < self.n:
            hh += 1
            addr = self.address()
            land = self.landline(addr["area"]) if rnd.random() < 0.3 else None
            kind = wpick(rnd, {"family": 55, "young": 20, "single": 17, "lola": 8})
            members: list[dict] = []
            if kind == "single":
                sex = rnd.choice("MF")
                members.append(self.person(sex, (20, 60), self.surname(), self.surname()))
            else:
                old = kind in ("family", "lola")
                age = (45, 72) if old else (24, 42)
                husband_last = self.surname()
                h_first = self.given("M")
                h = self.person("M", age, husband_last, self.surname(), h_first)
                w_maiden = self.surname()
                w = self.person("F", (age[0] - 3, age[1] - 3), husband_last, w_maiden)
                w["maiden"] = (self.surname(), w_maiden)  # (middle, last) before the wedding
                w["married"] = max(h["dob"].year, w["dob"].year) + rnd.randint(20, 32)
                members += [h, w]
                if old:
                    n_kids = rnd.choices([0, 1, 2, 3, 4], [10, 25, 35, 20, 10])[0]
                    junior = rnd.random() < 0.3
                    for _ in range(n_kids):
                        sex = rnd.choice("MF")
                        hi = min(42, TODAY.year - w["married"])
                        if hi < 18:
                            break
                        if sex == "M" and junior:
                            k = self.person("M", (18, hi), husband_last, w_maiden, h_first,
                                            rnd.choice(["Jr.", "Jr.", "Jr.", "II", "III"]))  # fmt: skip
                            h["suffix"] = (
                                "Sr."
                                if k["suffix"] == "Jr." and rnd.random() < 0.5
                                else h["suffix"]
                            )
                            junior = False
                        else:
                            k = self.person(sex, (18, hi), husband_last, w_maiden)
                        members.append(k)
                    if kind == "lola":
                        lola = self.person("F", (72, 90), husband_last, self.surname())
                        lola["maiden"] = (self.surname(), lola["middle"])
                        lola["married"] = lola["dob"].year + 22
                        members.append(lola)
            # a daughter who married and left keeps an account at home under her maiden name
            for p in members:
                p["hh"], p["addr"], p["land"] = hh, addr, land
                p["old_addr"] = self.address(addr) if rnd.random() < 0.25 else None
                age = TODAY.year - p["dob"].year
                if age < 72 and rnd.random() < (0.95 if age < 55 else 0.75):
                    p["mobiles"] = [
                        self.mobile() for _ in range(rnd.choices([1, 2, 3], [60, 32, 8])[0])
                    ]
                    if rnd.random() < 0.3:
                        p["former"] = [self.mobile()]
                if 25 <= age <= 58 and rnd.random() < 0.16:
                    p["ofw"] = self.abroad()
                    p["passport"] = self.unique(lambda: "P" + self.digits(7) + rnd.choice("ABC"))
                elif rnd.random() < 0.12:
                    p["passport"] = self.unique(
                        lambda: rnd.choice(["EB", "EC", "P"]) + self.digits(7)
                    )
                if rnd.random() < (0.7 if age < 50 else 0.35):
                    p["email"] = self.email_for(p)
            # those with no mobile use the family's
            fam_mobiles = [m for q in members for m in q["mobiles"][:1]]
            for p in members:
                if fam_mobiles and (not p["mobiles"] or rnd.random() < 0.15):
                    p["shares"] = rnd.choice(fam_mobiles)
        # a lapsed prepaid number reissued to someone else: the old holder's rows keep it
        for p in rnd.sample(self.persons, len(self.persons) // 40):
            if p["former"]:
                q = rnd.choice(self.persons)
                if q is not p:
                    q["mobiles"].append(p["former"][0])

    # ------------------------------------------------------------ formats
    def fmt_mobile(self, n: str | None, weights: dict[str, float]) -> str | None:
        if not n:
            return None
        rnd = self.rnd
        if n.startswith("+"):
            return n if rnd.random() < 0.6 else (n[1:] if rnd.random() < 0.5 else "00" + n[1:])
        if rnd.random() < 0.01:
            i = rnd.randrange(3, len(n))
            n = n[:i] + rnd.choice("0123456789") + n[i + 1 :]
        return {
            "0": "0" + n, "0 sp": f"0{n[:3]} {n[3:6]} {n[6:]}", "0-": f"0{n[:3]}-{n[3:6]}-{n[6:]}",
            "+63": "+63" + n, "+63 sp": f"+63 {n[:3]} {n[3:6]} {n[6:]}", "63": "63" + n, "bare": n,
            "+63(0)": f"+63 (0){n}",
        }[wpick(rnd, weights)]  # fmt: skip

    def fmt_land(self, n: str | None) -> str | None:
        if not n:
            return None
        rnd = self.rnd
        a, rest = (n[:1], n[1:]) if n.startswith("2") else (n[:2], n[2:])
        h = len(rest) // 2
        return wpick(rnd, {f"({'0' + a}) {rest[:h]} {rest[h:]}": 40, f"0{a}-{rest[:h]}-{rest[h:]}": 25,
                           f"{rest[:h]}-{rest[h:]}": 25, f"+63 {a} {rest}": 10})  # fmt: skip

    def fmt_id(self, v: str | None, groups: tuple[int, ...], err: float = 0.02, dashed: float = 0.6) -> str | None:  # fmt: skip
        if not v:
            return None
        rnd = self.rnd
        r = rnd.random()
        if r < err * 0.6:
            i = rnd.randrange(len(v))
            v = v[:i] + rnd.choice("0123456789") + v[i + 1 :]
        elif r < err:
            i = rnd.randrange(len(v) - 1)
            v = v[:i] + v[i + 1] + v[i] + v[i + 2 :]
        if rnd.random() < dashed:
            out, i = [], 0
            for g in groups:
                out.append(v[i : i + g])
                i += g
            out.append(v[i:]) if i < len(v) else None
            return "-".join(x for x in out if x)
        return v

    def fmt_tin(self, v: str | None) -> str | None:
        if not v:
            return None
        s = self.fmt_id(v, (3, 3, 3), dashed=0.75)
        if self.rnd.random() < 0.5:
            s += "-000" if "-" in s else "000"
        return s

    def gov_id(self, p: dict, prefer: dict[str, float]) -> tuple[str | None, str | None]:
        rnd = self.rnd
        have = {k: w for k, w in prefer.items() if p.get(k)}
        if not have:
            return None, None
        k = wpick(rnd, have)
        v = p[k]
        label = {"psn": ["PhilSys", "PhilID", "National ID"], "umid": ["UMID"], "dl": ["Driver's License", "DL", "LTO"],
                 "passport": ["Passport", "PASSPORT"], "sss": ["SSS", "SSS ID"], "tin": ["TIN", "TIN ID"]}[k]  # fmt: skip
        groups = {
            "psn": (4, 4, 4),
            "umid": (4, 7),
            "dl": (3, 2),
            "passport": (),
            "sss": (2, 7),
            "tin": (3, 3, 3),
        }[k]
        s = self.fmt_id(v, groups, err=0.03)
        return rnd.choice(label), s

    def case(self, s: str | None, w: dict[str, float]) -> str | None:
        if not s:
            return s
        c = wpick(self.rnd, w)
        return {"upper": s.upper(), "lower": s.lower(), "title": s}[c]

    def spell_last(self, s: str | None, p: float) -> str | None:
        if s and s in SPELL and self.rnd.random() < p:
            return self.rnd.choice(SPELL[s])
        return s

    def first_str(self, p: dict, nick: float, halve: float, ma: float = 0.4) -> str:
        """The given name a system holds: a nickname, a compound name halved, ``Ma.`` for Maria."""
        rnd = self.rnd
        f = p["first"]
        if p["nick"] and rnd.random() < nick:
            return p["nick"]
        if " " in f and rnd.random() < halve:
            f = (
                f.split()[0]
                if not f.startswith(("Maria", "Ma.", "Mary")) or rnd.random() < 0.3
                else f.split()[1]
            )
        if f.startswith("Maria ") and rnd.random() < ma:
            f = rnd.choice(["Ma. ", "Ma ", "Ma."]) + f[6:]
        elif f.startswith("Ma. ") and rnd.random() < 0.5:
            f = "Maria " + f[4:]
        return f

    def names_at(self, p: dict, year: int) -> tuple[str, str]:
        """(middle, last) on a record of ``year``: a married woman's maiden ones before the wedding."""
        if p["maiden"] and year < p["married"]:
            return p["maiden"]
        return p["middle"], p["last"]

    def whole(self, p: dict, year: int, style: str, nick: float = 0.1) -> str:
        rnd = self.rnd
        mid, last = self.names_at(p, year)
        last = self.spell_last(last, 0.3)
        mid = self.spell_last(mid, 0.2)
        first = self.first_str(p, nick, 0.25)
        mi = (mid[0] + ("." if rnd.random() < 0.8 else "")) if mid else ""
        sfx = p["suffix"] if p["suffix"] and rnd.random() < 0.75 else None
        if sfx and rnd.random() < 0.4:
            sfx = sfx.replace(".", "")
        if style == "last, first mi":
            s = f"{last}{' ' + sfx if sfx else ''}, {first} {mi}"
        elif style == "last, first middle":
            s = f"{last}, {first}{' ' + sfx if sfx else ''} {mid}"
        elif style == "first mi last":
            s = f"{first} {mi} {last}{' ' + sfx if sfx else ''}"
        elif style == "first middle last":
            s = f"{first} {mid} {last}{' ' + sfx if sfx else ''}"
        elif style == "last first middle":
            s = f"{last} {first} {mid}"
        else:
            s = f"{first} {last}{' ' + sfx if sfx else ''}"
        return " ".join(s.split())

    def addr_line(
        self, a: dict, brgy_w: dict[str, float], city: float = 1.0, prov: float = 0.6
    ) -> str:
        rnd = self.rnd
        b = a["brgy"]
        if rnd.random() < 0.5:
            b = b.replace("Santo ", "Sto. ").replace("Santa ", "Sta. ")
        style = wpick(rnd, brgy_w)
        b = {"Brgy.": f"Brgy. {b}", "Bgy": f"Bgy. {b}", "Barangay": f"Barangay {b}", "none": b}[
            style
        ]
        b = (
            b.replace("Barangay Barangay", "Barangay")
            .replace("Brgy. Barangay", "Brgy.")
            .replace("Bgy. Barangay", "Bgy.")
        )
        parts = [a["line"], b]
        if rnd.random() < city:
            parts.append(self.city_str(a["city"]))
        if rnd.random() < prov:
            parts.append(self.prov_str(a["prov"]))
        return ", ".join(parts)

    def city_str(self, c: str) -> str:
        if c in CITY_SPELL and self.rnd.random() < 0.5:
            return self.rnd.choice(CITY_SPELL[c])
        return c

    def prov_str(self, pr: str) -> str:
        if pr in PROVINCE_SPELL and self.rnd.random() < 0.6:
            return self.rnd.choice(PROVINCE_SPELL[pr])
        return pr

    def own_mobile(self, p: dict) -> str | None:
        """A mobile the person gives: their own, or now and then (always, with none) the family's."""
        rnd = self.rnd
        if p["shares"] and (not p["mobiles"] or rnd.random() < 0.3):
            return p["shares"]
        return rnd.choice(p["mobiles"]) if p["mobiles"] else None

    def add(self, src: str, p: dict, **cols) -> None:
        self.rows.append(
            {"REC_ID": f"PH{len(self.rows) + 1:07d}", "SOURCE": src, "_pid": p["pid"], **cols}
        )

    # ------------------------------------------------------------ systems
    def bank(self, p: dict, year: int, mobile: str | None, addr: dict) -> None:
        rnd = self.rnd
        mid, last = self.names_at(p, year)
        cif = f"{rnd.randint(10**9, 10**10 - 1)}"
        for _ in range(rnd.choices([1, 2, 3], [65, 28, 7])[0]):
            first = self.first_str(p, 0.0, 0.05, ma=0.5)
            sfx = p["suffix"] if p["suffix"] and rnd.random() < 0.85 else None
            self.add(
                "CORE_BANK", p,
                CIF_NO=cif,
                ACCOUNT_NO=self.unique(lambda: rnd.choice(["0012", "0045", "3109"]) + self.digits(8)),
                LAST_NAME=self.typo(self.spell_last(last, 0.08), 0.01).upper(),
                FIRST_NAME=self.typo(first, 0.015).upper(),
                MIDDLE_NAME=(self.spell_last(mid, 0.08).upper() if rnd.random() < 0.93 else (mid[0] + "." if rnd.random() < 0.5 else None)),
                SUFFIX=sfx.upper() if sfx else None,
                BIRTHDATE=p["dob"].strftime("%m/%d/%Y") if rnd.random() < 0.97 else None,
                GENDER=p["sex"] if rnd.random() < 0.95 else None,
                TIN=self.fmt_tin(p["tin"]) if rnd.random() < 0.7 else None,
                SSS_NO=self.fmt_id(p["sss"], (2, 7)) if rnd.random() < 0.6 else None,
                MOBILE_NO=self.fmt_mobile(mobile, {"0": 60, "0-": 10, "+63": 10, "63": 10, "bare": 10}),
                LANDLINE_NO=self.fmt_land(p["land"]) if p["land"] and rnd.random() < 0.6 else None,
                EMAIL_ADDRESS=p["email"].upper() if p["email"] and rnd.random() < 0.5 else None,
                HOUSE_NO_STREET=addr["line"].upper(),
                BARANGAY=self.addr_brgy(addr["brgy"]).upper(),
                CITY_MUNICIPALITY=self.city_str(addr["city"]).upper(),
                PROVINCE=self.prov_str(addr["prov"]).upper(),
                ZIP_CODE=addr["zip"] if rnd.random() < 0.8 else None,
                BRANCH=rnd.choice(BRANCHES).upper(),
                ACCOUNT_TYPE=wpick(rnd, {"SAVINGS": 60, "CURRENT": 10, "TIME DEPOSIT": 10, "PAYROLL": 12, "DOLLAR SAVINGS": 8}),
                DATE_OPENED=f"{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}/{year}",
            )  # fmt: skip

    def addr_brgy(self, b: str) -> str:
        rnd = self.rnd
        if rnd.random() < 0.4:
            b = b.replace("Santo ", "Sto. ").replace("Santa ", "Sta. ")
        if rnd.random() < 0.3 and not b.startswith("Barangay"):
            b = rnd.choice(["Brgy. ", "Bgy. "]) + b
        return b

    def remit(self, p: dict, fam: list[dict]) -> None:
        rnd = self.rnd
        year = rnd.randint(2019, 2025)
        style = wpick(rnd, {"last, first mi": 35, "last, first middle": 15, "first mi last": 20,
                            "first middle last": 10, "last first middle": 8, "first last": 12})  # fmt: skip
        name = self.typo(self.whole(p, year, style), 0.06)
        name = self.case(name, {"upper": 70, "title": 30})
        if p["ofw"]:
            country, contact = p["ofw"]
            contact = contact if rnd.random() < 0.8 else self.own_mobile(p)
        else:
            country, contact = "PHILIPPINES", self.own_mobile(p)
        ben = rnd.choice(fam) if fam and rnd.random() < 0.85 else None
        if ben is not None:
            ben_name = self.case(
                self.whole(
                    ben,
                    year,
                    wpick(rnd, {"last, first mi": 40, "first last": 40, "first mi last": 20}),
                    0.3,
                ),
                {"upper": 70, "title": 30},
            )
            ben_mobile, rel = self.own_mobile(ben), self.relation(p, ben)
        else:
            sx = rnd.choice("MF")
            ben_name = f"{self.surname()}, {self.given(sx)}".upper()
            ben_mobile, rel = (
                self.mobile(),
                rnd.choice(["FRIEND", "COUSIN", "NIECE", "NEPHEW", "AUNT", "UNCLE"]),
            )
        idt, idn = self.gov_id(
            p,
            {
                "passport": 40 if p["ofw"] else 5,
                "psn": 20,
                "umid": 15,
                "dl": 15,
                "sss": 5,
                "tin": 5,
            },
        )
        a = p["addr"] if rnd.random() < 0.85 or not p["old_addr"] else p["old_addr"]
        self.add(
            "REMITTANCE", p,
            TXN_NO=f"MT{rnd.randint(10**9, 10**10 - 1)}",
            SENDER_NAME=name,
            SENDER_CONTACT=self.fmt_mobile(contact, {"0": 55, "0 sp": 15, "+63": 10, "bare": 10, "63": 10}),
            SENDER_COUNTRY=country,
            SENDER_ADDRESS=self.addr_line(a, {"Brgy.": 50, "Bgy": 15, "none": 35}, 0.9, 0.3).upper() if rnd.random() < 0.7 else None,
            ID_TYPE=idt,
            ID_NO=idn,
            BENEFICIARY_NAME=ben_name,
            BENEFICIARY_MOBILE=self.fmt_mobile(ben_mobile, {"0": 70, "0 sp": 15, "+63": 15}),
            RELATIONSHIP=rel,
            AMOUNT=str(rnd.choice([5, 10, 15, 20, 25, 30, 50]) * 1000),
            CURRENCY=CURRENCY.get(country, "PHP") if rnd.random() < 0.5 else "PHP",
            TXN_DATE=f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        )  # fmt: skip

    def relation(self, p: dict, q: dict) -> str:
        if p["sex"] != q["sex"] and abs(p["dob"].year - q["dob"].year) < 15:
            return self.rnd.choice(["SPOUSE", "WIFE" if q["sex"] == "F" else "HUSBAND"])
        if q["dob"].year < p["dob"].year - 15:
            return (
                "PARENT" if self.rnd.random() < 0.5 else ("FATHER" if q["sex"] == "M" else "MOTHER")
            )
        if q["dob"].year > p["dob"].year + 15:
            return (
                "CHILD" if self.rnd.random() < 0.5 else ("SON" if q["sex"] == "M" else "DAUGHTER")
            )
        return (
            "SIBLING" if self.rnd.random() < 0.5 else ("BROTHER" if q["sex"] == "M" else "SISTER")
        )

    def sim(self, p: dict, msisdn: str, year: int) -> None:
        rnd = self.rnd
        mid, last = self.names_at(p, max(year, 2023))
        idt, idn = self.gov_id(
            p, {"psn": 35, "umid": 15, "dl": 20, "passport": 10, "sss": 10, "tin": 10}
        )
        cw = {wpick(rnd, {"upper": 55, "title": 40, "lower": 5}): 1}
        first = self.first_str(p, 0.04, 0.12)
        self.add(
            "SIM_REG", p,
            msisdn=self.fmt_mobile(msisdn, {"63": 70, "0": 20, "+63": 10}),
            last_name=self.case(self.typo(self.spell_last(last, 0.2), 0.02), cw),
            first_name=self.case(self.typo(first, 0.02), cw),
            middle_name=self.case(self.spell_last(mid, 0.15), cw) if rnd.random() < 0.88 else None,
            suffix=p["suffix"] if p["suffix"] and rnd.random() < 0.6 else None,
            birth_date=p["dob"].isoformat() if rnd.random() < 0.985 else f"{p['dob'].year}-{p['dob'].day:02d}-{p['dob'].month:02d}",
            sex=("MALE" if p["sex"] == "M" else "FEMALE") if rnd.random() < 0.95 else None,
            address=self.addr_line(p["addr"], {"Brgy.": 45, "Bgy": 10, "Barangay": 15, "none": 30}),
            nationality="FILIPINO" if rnd.random() < 0.9 else "Filipino",
            id_type=idt,
            id_number=idn,
            reg_date=f"{rnd.randint(2023, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        )  # fmt: skip

    def wallet(self, p: dict, mobile: str) -> None:
        rnd = self.rnd
        year = rnd.randint(2018, 2025)
        mid, last = self.names_at(p, year)
        verified = rnd.random() < 0.6
        first = self.first_str(p, 0.0 if verified else 0.3, 0.2 if verified else 0.45)
        m = None
        if mid and rnd.random() < (0.7 if verified else 0.3):
            m = self.spell_last(mid, 0.2) if rnd.random() < 0.7 else mid[0] + "."
        if p["suffix"] and rnd.random() < 0.3:  # no suffix box: typed after a name
            if rnd.random() < 0.5:
                last = f"{last} {p['suffix']}"
            else:
                first = f"{first} {p['suffix']}"
        idt, idn = (
            self.gov_id(p, {"psn": 40, "umid": 15, "dl": 20, "passport": 10, "sss": 10, "tin": 5})
            if verified
            else (None, None)
        )
        cw = {wpick(rnd, {"title": 75, "upper": 15, "lower": 10}): 1}
        a = p["addr"]
        self.add(
            "EWALLET", p,
            userId=f"{rnd.randint(10**11, 10**12 - 1)}",
            firstName=self.case(self.typo(first, 0.03), cw),
            middleName=self.case(m, cw),
            lastName=self.case(self.typo(self.spell_last(last, 0.35), 0.03), cw),
            mobileNumber=self.fmt_mobile(mobile, {"63": 75, "+63": 15, "0": 10}),
            emailAddress=(p["email"] if rnd.random() < 0.8 else None) if p["email"] else None,
            birthDate=p["dob"].isoformat() if rnd.random() < (0.98 if verified else 0.6) else None,
            city=self.city_str(a["city"]) if rnd.random() < 0.6 else None,
            idType=idt,
            idNumber=idn,
            kycLevel="FULLY VERIFIED" if verified else "BASIC",
            createdAt=f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        )  # fmt: skip

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        by_hh: dict[int, list[dict]] = {}
        for p in self.persons:
            by_hh.setdefault(p["hh"], []).append(p)
        for p in self.persons:
            n0 = len(self.rows)
            age = TODAY.year - p["dob"].year
            fam = [q for q in by_hh[p["hh"]] if q is not p]
            # the bank: a customer file; a married woman's older one under her maiden name
            if rnd.random() < 0.5:
                year = rnd.randint(min(2025, max(2000, p["dob"].year + 18)), 2025)
                mob = (
                    (p["former"] or p["mobiles"] or [p["shares"]])[0]
                    if year < 2018
                    else self.own_mobile(p)
                )
                self.bank(
                    p, year, mob, p["addr"] if year > 2015 or not p["old_addr"] else p["old_addr"]
                )
                if p["maiden"] and year >= p["married"] and rnd.random() < 0.35:
                    y0 = rnd.randint(max(2000, p["married"] - 8), max(2000, p["married"] - 1))
                    self.bank(
                        p,
                        y0,
                        (p["former"] or p["mobiles"] or [p["shares"]])[0],
                        p["old_addr"] or p["addr"],
                    )
            # remittance: OFWs send home often; others now and then
            n_remit = rnd.choices([0, 1, 2, 3, 4], [5, 25, 30, 25, 15])[0] if p["ofw"] else (
                rnd.choices([1, 2], [75, 25])[0] if rnd.random() < 0.18 else 0)  # fmt: skip
            for _ in range(n_remit):
                self.remit(p, fam)
            # SIMs registered 2023-2024: one row per own SIM; the family's SIM in a parent's name
            for m in p["mobiles"]:
                if rnd.random() < 0.8:
                    self.sim(p, m, 2023)
            # e-wallet: younger people, on their main SIM
            if (p["mobiles"] or p["shares"]) and rnd.random() < (
                0.6 if age < 40 else 0.35 if age < 60 else 0.1
            ):
                self.wallet(p, p["mobiles"][0] if p["mobiles"] else p["shares"])
            if len(self.rows) == n0:  # everyone is somewhere in the file
                self.remit(p, fam)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)


def philippines(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Philippines.frame(persons, seed, "REC_ID")
