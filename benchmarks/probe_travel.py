"""A travel group's travellers of many nationalities (British, American, German, French,
Spanish, Italian, Brazilian, Turkish, Japanese, Chinese and Gulf Arab), in five systems stacked
in one file (a ``system`` column; a column of the same name in two systems is one column).

* Airline reservations (``PNR``), one row per passenger of a booking, GDS style: ``PNR`` (the
  record locator), ``PAX NAME`` (``SMITH/JOHN MR``, ``MUELLER/ANNALENA MRS``, ``DOE/JANE MISS``,
  ``LEE/KEVIN MSTR`` for a boy; capitals, no diacritics, ICAO transliteration ``ü`` → ``UE``,
  ``ø`` → ``OE``, spaces and hyphens dropped or kept, the title glued on now and then,
  ``SMITH/JOHNMR``; cut at 28 characters), ``PTC`` (``ADT``, ``CHD``, ``INF``), ``DOCS PASSPORT``
  and ``DOCS ISSUING CTRY`` (ISO alpha-3), ``DOCS DOB`` (``12MAR85``), ``CTCM`` and ``CTCE`` (the
  booker's mobile and e-mail on every passenger of the booking, the e-mail now and then as the
  GDS writes it, ``JOHN.SMITH//GMAIL.COM``; a corporate booking's agency desk), ``FQTV`` (the
  programme's number, ``SG 1234567895``).
* Frequent-flyer programme (``FIDELITE``), French columns: ``numero_adherent`` (ten digits, the
  last the remainder by seven), ``civilite``, ``prenom`` (the given name used: ``Bob`` for
  Robert, an American's middle name), ``deuxieme_prenom``, ``nom`` (a married woman's birth name
  where she joined before marrying), ``date_naissance`` (``1985-03-12``), ``adresse``,
  ``code_postal``, ``ville``, ``pays``, ``portable``, ``courriel``, ``niveau``. Children are
  members with a parent's mobile and e-mail.
* Hotel chain (``HOTEL``), US guest profiles: ``Confirmation No``, ``Guest Name`` (``Last,
  First``, a Spaniard's first family name alone, a Chinese or Japanese name now and then the
  other way round), ``Arrival Date`` and ``Departure Date`` (``03/14/2024``), ``Date of Birth``
  month-first (``03/12/1985``), ``Company Name``, ``Guest Phone`` and ``Guest Email`` (the
  travel agent's in some rows), ``Nationality``.
* Online travel agency (``OTA``), Spanish columns: ``correo_login`` (the account's e-mail),
  ``nombre`` and ``apellidos`` as typed (lower case, accents dropped, now and then swapped or
  the whole name in ``nombre``), ``telefono`` (with or without ``+`` and the country code),
  ``pais``, ``fecha_nacimiento`` (``12/03/1985``), ``fecha_alta``.
* Car-rental desk (``MIETWAGEN``), German columns: ``Vertragsnummer``, ``Vorname``,
  ``Nachname``, ``Geburtsdatum`` (``12.03.1985``), ``Führerscheinnummer`` (each country's form:
  a British DVLA number built from the name and birth date, a Spanish DNI, a Chinese resident
  id), ``Ausstellungsland``, ``Straße``, ``PLZ``, ``Ort``, ``Land``, ``Telefon``, ``E-Mail``.

What makes it hard: families and colleagues on one booking sharing the booker's phone and
e-mail (children with none of their own), given names used against passport names (Bob /
Robert, an American's middle name as his first, a Chinese traveller's English name), Spanish
and Brazilian travellers' two family names in the passport and one at the hotel, Chinese and
Japanese names in either order, titles glued to names, married names, dual nationals with two
passports, birth dates day-first, month-first and GDS style by source, and common names of each
nationality shared by strangers.
"""

from __future__ import annotations

import datetime as dt
import string
import unicodedata

import pandas as pd
from faker import Faker

from draws import TODAY, Draws, wpick

#: Nationality: (Faker locale, ISO alpha-2, alpha-3, country code, mobile prefixes, weight).
NATIONS = {
    "GB": ("en_GB", "GBR", "44", ["74", "75", "77", "78", "79"], 14),
    "US": ("en_US", "USA", "1", ["212", "310", "415", "646", "312", "617", "305", "713"], 16),
    "DE": ("de_DE", "DEU", "49", ["151", "160", "170", "171", "176"], 11),
    "FR": ("fr_FR", "FRA", "33", ["6", "7"], 10),
    "ES": ("es_ES", "ESP", "34", ["6"], 9),
    "IT": ("it_IT", "ITA", "39", ["33", "34", "32"], 8),
    "BR": ("pt_BR", "BRA", "55", ["119", "219", "319"], 7),
    "TR": ("tr_TR", "TUR", "90", ["53", "54", "50"], 7),
    "JP": ("ja_JP", "JPN", "81", ["90", "80"], 6),
    "CN": ("zh_CN", "CHN", "86", ["13", "15", "18"], 7),
    "AE": ("ar_AA", "ARE", "971", ["50", "55", "56"], 5),
}
#: Length of the national significant number of a mobile, its prefix included.
NSN = {
    "GB": 10,
    "US": 10,
    "DE": 11,
    "FR": 9,
    "ES": 9,
    "IT": 10,
    "BR": 11,
    "TR": 10,
    "JP": 10,
    "CN": 11,
    "AE": 9,
}
#: Second passports of dual nationals.
DUAL = {"GB": ["US", "IT", "FR"], "US": ["GB", "IT", "DE", "ES"], "DE": ["TR", "US"], "FR": ["ES", "IT"],
        "ES": ["FR", "BR"], "IT": ["BR", "US"], "BR": ["IT", "ES"], "TR": ["DE"], "JP": ["US"],
        "CN": ["GB"], "AE": ["GB"]}  # fmt: skip

EN_NICK = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will"], "Richard": ["Rick", "Dick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Thomas": ["Tom"], "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Alexander": ["Alex"],
    "Jonathan": ["Jon"], "Stephen": ["Steve"], "Steven": ["Steve"], "Edward": ["Ed", "Ted"],
    "Andrew": ["Andy", "Drew"], "Matthew": ["Matt"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Nicholas": ["Nick"], "David": ["Dave"], "Charles": ["Charlie", "Chuck"], "Timothy": ["Tim"],
    "Elizabeth": ["Liz", "Beth", "Betty"], "Katherine": ["Kate", "Katie"], "Catherine": ["Kate", "Cathy"],
    "Margaret": ["Maggie", "Peggy"], "Jennifer": ["Jenny", "Jen"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Jessica": ["Jess"], "Samantha": ["Sam"], "Kimberly": ["Kim"], "Christine": ["Chris"],
    "Gerald": ["Jerry"], "Lawrence": ["Larry"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Joshua": ["Josh"],
    "Zachary": ["Zach"], "Frederick": ["Fred"], "Eleanor": ["Ellie"], "Abigail": ["Abby"],
}  # fmt: skip
OTHER_NICK = {
    "José": ["Pepe"], "Francisco": ["Paco"], "Manuel": ["Manolo"], "Guadalupe": ["Lupe"],
    "Giuseppe": ["Beppe"], "Francesco": ["Franco"], "Giovanni": ["Gianni"], "Antonio": ["Toni"],
    "Johannes": ["Hannes"], "Wolfgang": ["Wolf"], "Mehmet": ["Memo"], "Mustafa": ["Musti"],
}  # fmt: skip
ZH_SURNAMES = {
    "Wang": 72, "Li": 70, "Zhang": 67, "Liu": 51, "Chen": 45, "Yang": 31, "Huang": 22, "Zhao": 22,
    "Wu": 20, "Zhou": 20, "Xu": 16, "Sun": 15, "Ma": 15, "Zhu": 14, "Hu": 13, "Guo": 13, "He": 12,
    "Gao": 11, "Lin": 11, "Luo": 10, "Zheng": 10, "Liang": 9, "Xie": 8, "Song": 7, "Tang": 7,
    "Han": 6, "Feng": 6, "Deng": 6, "Cao": 6, "Peng": 6, "Zeng": 5, "Xiao": 5, "Tian": 5, "Dong": 5,
    "Pan": 5, "Yuan": 5, "Cai": 4, "Jiang": 4, "Yu": 4, "Du": 4, "Ye": 4, "Cheng": 4, "Wei": 4, "Su": 4,
}  # fmt: skip
ZH_SYL = {
    "M": ["wei", "qiang", "lei", "jun", "yong", "jie", "tao", "ming", "hao", "peng", "hui", "jian",
          "bo", "chao", "gang", "long", "hai", "xiang", "yu", "zhi", "cheng", "kai", "feng", "dong"],
    "F": ["fang", "na", "min", "jing", "li", "yan", "juan", "xia", "ying", "hua", "mei", "lan",
          "xiu", "yu", "ting", "qian", "xue", "lin", "yun", "hong", "jia", "xin", "wen", "qing"],
}  # fmt: skip
ZH_ENGLISH = {"M": ["Kevin", "Jason", "David", "Eric", "Tony", "Michael", "Jack", "Leo"],
              "F": ["Grace", "Vivian", "Cindy", "Amy", "Linda", "Lily", "Joyce", "Helen"]}  # fmt: skip
AR_M = {"Mohammed": 30, "Ahmed": 18, "Ali": 12, "Omar": 10, "Khalid": 9, "Abdullah": 10, "Hamad": 6,
        "Saeed": 7, "Sultan": 6, "Rashid": 6, "Faisal": 6, "Hassan": 7, "Yousef": 6, "Saif": 5,
        "Majid": 4, "Nasser": 4, "Tariq": 4, "Hamdan": 3, "Mansour": 3, "Ibrahim": 6}  # fmt: skip
AR_F = {"Fatima": 20, "Mariam": 14, "Aisha": 12, "Noura": 8, "Sara": 9, "Hessa": 5, "Shamma": 5,
        "Latifa": 5, "Maitha": 5, "Amna": 6, "Reem": 6, "Moza": 4, "Alya": 4, "Hind": 4, "Layla": 5}  # fmt: skip
AR_SN = {"Al Mansoori": 12, "Al Nuaimi": 9, "Al Hashimi": 8, "Al Shamsi": 9, "Al Ketbi": 6,
         "Al Mazrouei": 7, "Al Dhaheri": 7, "Al Suwaidi": 6, "Al Falasi": 6, "Al Marri": 6,
         "Al Qassimi": 4, "Al Zaabi": 6, "Al Hammadi": 5, "Al Ali": 5, "Al Mehairi": 3, "Al Kaabi": 6}  # fmt: skip
#: Spellings of an Arabic family name's article.
AR_ARTICLE = {"Al ": 55, "Al-": 25, "Al": 10, "El ": 5, "": 5}
ASIAN_CITIES = {
    "JP": [("Tokyo", "1"), ("Osaka", "5"), ("Yokohama", "2"), ("Nagoya", "4"), ("Fukuoka", "8")],
    "CN": [("Beijing", "10"), ("Shanghai", "20"), ("Guangzhou", "51"), ("Shenzhen", "51"), ("Chengdu", "61")],
    "AE": [("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", ""), ("Al Ain", "")],
}  # fmt: skip
ASIAN_STREETS = {
    "JP": ["Shibuya", "Minato", "Chuo", "Shinjuku", "Kita", "Naka", "Higashi", "Nishi"],
    "CN": ["Chaoyang Rd", "Nanjing Rd", "Jiefang Rd", "Renmin Rd", "Zhongshan Rd", "Huaihai Rd"],
    "AE": ["Sheikh Zayed Rd", "Al Wasl Rd", "Jumeirah St", "Corniche Rd", "Al Khaleej Rd"],
}  # fmt: skip
#: ICAO Doc 9303 transliteration of letters that do not fold to one Latin letter.
ICAO = {"ä": "AE", "ö": "OE", "ü": "UE", "ß": "SS", "ø": "OE", "å": "AA", "æ": "AE", "ı": "I",
        "Ä": "AE", "Ö": "OE", "Ü": "UE", "Ø": "OE", "Å": "AA", "Æ": "AE", "İ": "I"}  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
AGENCIES = [("bookings@corptravel-desk.com", "+44 20 7946 0958", "CWT"),
            ("travel@globalbiz-travel.de", "+49 69 9999 1234", "BCD"),
            ("reservas@viajesempresa.es", "+34 91 123 45 67", "VE"),
            ("agent@amextravel-services.com", "+1 212 555 0199", "AMX")]  # fmt: skip
COMPANIES = ["Siemens AG", "Deloitte", "Banco Santander", "Toyota Tsusho", "Huawei Technologies",
             "Emirates Group", "Unilever", "Accenture", "Petrobras", "Koc Holding", "Generali",
             "L'Oreal", "HSBC", "Pfizer", "BASF", "Sony", "Inditex", "Vodafone", "Enel", "Airbus"]  # fmt: skip
DOMAINS = {"GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk"],
           "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com"],
           "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "IT": ["libero.it", "gmail.com", "virgilio.it"],
           "BR": ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "CN": ["qq.com", "163.com", "126.com", "gmail.com"],
           "AE": ["gmail.com", "hotmail.com", "eim.ae"]}  # fmt: skip


def zipf(names, rnd, s: float = 0.9) -> dict:
    """Faker's names with weights: its own where it has them, else a Zipf law over a shuffled
    order, so that a few names of each nationality are common."""
    if isinstance(names, dict):
        return dict(names)
    order = sorted(set(names))
    rnd.shuffle(order)
    return {n: 1 / (k + 1) ** s for k, n in enumerate(order)}


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def icao(s: str) -> str:
    """A name as a machine-readable zone or a GDS writes it: ICAO letters, capitals, no
    diacritics."""
    return ascii_fold("".join(ICAO.get(c, c) for c in s)).upper().replace("'", "")


def mod7(body: str) -> str:
    return str(int(body) % 7)


class Travel(Draws):
    SLIP_LETTERS = "aeinrst"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        self.fakers: dict[str, Faker] = {}
        self.pools: dict[str, tuple[dict, dict, dict]] = {}
        for nat, (loc, *_rest) in NATIONS.items():
            f = Faker(loc)
            f.seed_instance(r.randrange(10**6))
            self.fakers[nat] = f
            p = f.provider("faker.providers.person")
            if nat == "JP":
                pools = (zipf(p.first_romanized_names_male, r), zipf(p.first_romanized_names_female, r),
                         zipf(p.last_romanized_names, r, 1.0))  # fmt: skip
            elif nat == "CN":
                pools = ({}, {}, ZH_SURNAMES)
            elif nat == "AE":
                pools = (AR_M, AR_F, AR_SN)
            else:
                pools = (
                    zipf(p.first_names_male, r),
                    zipf(p.first_names_female, r),
                    zipf(p.last_names, r, 1.0),
                )
            self.pools[nat] = pools
        self.bookings: list[dict] = []
        while len(self.persons) < self.n:
            self.group()

    def nation(self) -> str:
        return self.rnd.choices(list(NATIONS), [v[-1] for v in NATIONS.values()])[0]

    def surname(self, nat: str) -> str:
        r = self.rnd
        sn = wpick(r, self.pools[nat][2])
        if nat == "AE":
            sn = wpick(r, AR_ARTICLE) + sn[3:]
        return sn

    def given(self, nat: str, sex: str) -> str:
        r = self.rnd
        if nat == "CN":
            syl = ZH_SYL[sex]
            g = r.choice(syl) + (r.choice(syl) if r.random() < 0.7 else "")
            return g.capitalize()
        return wpick(r, self.pools[nat][0 if sex == "M" else 1])

    def mobile(self, nat: str) -> str:
        """A mobile in E.164 digits (no ``+``)."""
        cc, pre = NATIONS[nat][2], NATIONS[nat][3]
        return self.unique(
            lambda: cc + (p := self.rnd.choice(pre)) + self.digits(NSN[nat] - len(p))
        )

    def home(self, nat: str) -> dict:
        r = self.rnd
        if nat in ASIAN_CITIES:
            city, pc = r.choice(ASIAN_CITIES[nat])
            street = r.choice(ASIAN_STREETS[nat])
            if nat == "JP":
                line = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {street}"
                pc = f"{pc}{r.randint(0, 99):02d}-{r.randint(0, 9999):04d}"
            elif nat == "CN":
                line = f"{r.randint(1, 999)} {street}, Apt {r.randint(1, 30)}0{r.randint(1, 8)}"
                pc = f"{pc}{r.randint(0, 9999):04d}"
            else:
                line = f"Villa {r.randint(1, 200)}, {street}"
            return dict(street=line, postcode=pc or None, city=city, country=nat)
        f = self.fakers[nat]
        return dict(
            street=f.street_address().replace("\n", " "),
            postcode=f.postcode(),
            city=f.city(),
            country=nat,
        )

    def person(self, nat: str, sex: str, dob: dt.date, family: str, home: dict) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        givens = [self.given(nat, sex)]
        if nat in ("US", "GB", "DE", "BR", "IT", "FR", "ES") and r.random() < {
            "US": 0.75,
            "GB": 0.5,
        }.get(nat, 0.25):
            g2 = self.given(nat, sex)
            if g2 != givens[0]:
                givens.append(g2)
        usual = givens[0]
        nick = EN_NICK.get(usual, OTHER_NICK.get(usual))
        if nick and r.random() < 0.45:
            usual = r.choice(nick)
        if nat == "US" and len(givens) > 1 and r.random() < 0.12:
            usual = givens[1]  # goes by the middle name
        if nat == "CN" and age > 20 and r.random() < 0.2:
            usual = r.choice(ZH_ENGLISH[sex])
        second = None
        if nat in ("ES", "BR"):
            second = self.surname(nat)
        passports = [(nat, self.passport(nat))]
        if age > 18 and r.random() < 0.06:
            other = r.choice(DUAL[nat])
            passports.append((other, self.passport(other)))
        p = dict(pid=self.pid, nat=nat, sex=sex, dob=dob, age=age, givens=givens, usual=usual,
                 family=family, second=second, birth_family=None, home=home,
                 mobile=self.mobile(nat) if age >= 14 else None, email=None, passports=passports,
                 member=None, licence=None)  # fmt: skip
        if age >= 16 and r.random() < 0.92:
            p["email"] = self.email(p)
        self.persons.append(p)
        return p

    def passport(self, nat: str) -> str:
        r = self.rnd
        up = string.ascii_uppercase
        make = {
            "GB": lambda: self.digits(9), "US": lambda: self.digits(9),
            "DE": lambda: "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)),
            "FR": lambda: self.digits(2) + r.choice(up) + r.choice(up) + self.digits(5),
            "ES": lambda: r.choice("PX") + r.choice(up) + r.choice(up) + self.digits(6),
            "IT": lambda: r.choice("YAB") + r.choice(up) + self.digits(7),
            "BR": lambda: r.choice("FGY") + r.choice(up) + self.digits(6),
            "TR": lambda: "U" + self.digits(8), "JP": lambda: r.choice(["TK", "TR", "MZ"]) + self.digits(7),
            "CN": lambda: "E" + self.digits(8), "AE": lambda: self.digits(9),
        }[nat]  # fmt: skip
        return self.unique(make)

    def email(self, p: dict) -> str:
        r = self.rnd
        g, f = (
            ascii_fold(p["usual"] if r.random() < 0.5 else p["givens"][0]).lower(),
            ascii_fold(p["family"]).lower(),
        )
        g, f = (x.replace(" ", "").replace("-", "").replace("'", "") for x in (g, f))
        local = wpick(r, {f"{g}.{f}": 35, f"{g[0]}{f}": 20, f"{g}{f}": 10, f"{g}_{f}": 8,
                          f"{g}.{f}{p['dob'].year % 100:02d}": 12, f"{f}{g[0]}{r.randint(1, 99)}": 10,
                          f"{g}{r.randint(1, 999)}": 5})  # fmt: skip
        return self.unique(
            lambda: (
                f"{local}{r.choice(['', '', str(r.randint(1, 9))])}@{r.choice(DOMAINS[p['nat']])}"
            )
        )

    def group(self) -> None:
        """A travelling party: a family, a couple, colleagues or someone alone, and its trips."""
        r = self.rnd
        kind = wpick(r, {"family": 35, "couple": 20, "colleagues": 15, "solo": 30})
        nat = self.nation()
        members: list[dict] = []
        if kind in ("family", "couple"):
            home = self.home(nat)
            fam = self.surname(nat)
            a = self.person(nat, "M", self.dob(28, 70), fam, home)
            wnat = nat if r.random() < 0.85 else self.nation()
            wife_own = self.surname(wnat)
            keeps = nat in ("ES", "CN", "AE", "TR") or (nat not in ("JP",) and r.random() < 0.25)
            b = self.person(wnat, "F", a["dob"] + dt.timedelta(days=r.randint(-3000, 2000)),
                            wife_own if keeps else fam, home)  # fmt: skip
            if not keeps:
                b["birth_family"] = wife_own
            members = [a, b]
            if kind == "family":
                for _ in range(wpick(r, {1: 35, 2: 40, 3: 20, 4: 5})):
                    young = min(a["age"], b["age"]) - 18
                    c = self.person(
                        nat, r.choice("MF"), self.dob(0.5, max(1.0, min(young, 25))), fam, home
                    )
                    if nat in ("ES", "BR"):
                        c["second"] = b["family"] if nat == "ES" else b["second"] or b["family"]
                    members.append(c)
            if r.random() < 0.5:  # the woman books as often as the man
                members[0], members[1] = members[1], members[0]
        elif kind == "colleagues":
            for _ in range(wpick(r, {2: 50, 3: 30, 4: 20})):
                n = nat if r.random() < 0.7 else self.nation()
                members.append(
                    self.person(n, r.choice("MF"), self.dob(24, 64), self.surname(n), self.home(n))
                )
        else:
            members.append(
                self.person(
                    nat, r.choice("MF"), self.dob(18, 80), self.surname(nat), self.home(nat)
                )
            )
        company = r.choice(COMPANIES) if kind == "colleagues" or r.random() < 0.15 else None
        agency = r.choice(AGENCIES) if kind == "colleagues" and r.random() < 0.7 else None
        for m in members:
            m["company"] = company if m["age"] >= 22 else None
            m["group"] = members
        self.bookings.append(dict(kind=kind, members=members, company=company, agency=agency))

    # ------------------------------------------------------------ writing values
    def phone(self, num: str | None, nat: str, style: str | None = None) -> str | None:
        if not num:
            return None
        r = self.rnd
        cc = NATIONS[nat][2]
        nsn = num[len(cc) :]
        style = style or wpick(r, {"plus": 40, "plusspaced": 25, "national": 20, "bare": 15})
        if style == "plus":
            return "+" + num
        if style == "plusspaced":
            return f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        if style == "bare":
            return num
        if nat == "US":
            return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        trunk = "" if nat in ("IT", "ES") else "0"
        return trunk + nsn

    def contact_phone(self, num: str | None) -> str | None:
        """A number of any country written in one of its usual forms."""
        if not num:
            return None
        nat = next(
            k
            for k, v in sorted(NATIONS.items(), key=lambda kv: -len(kv[1][2]))
            if num.startswith(v[2])
        )
        return self.phone(num, nat)

    def docs_dob(self, d: dt.date) -> str:
        return f"{d.day:02d}{MONTHS[d.month - 1]}{d.year % 100:02d}"

    def given_used(self, p: dict, all_p: float = 0.3) -> str:
        """The given name a traveller writes outside a passport."""
        r = self.rnd
        g = p["usual"] if r.random() < 0.8 else p["givens"][0]
        if len(p["givens"]) > 1 and g == p["givens"][0] and r.random() < all_p:
            g = " ".join(p["givens"])
        return g

    def family_used(self, p: dict, both: float) -> str:
        """The family name outside a passport: a second family name kept with probability
        ``both``."""
        if p["second"] and self.rnd.random() < both:
            return f"{p['family']} {p['second']}"
        return p["family"]

    def title(self, p: dict) -> str:
        r = self.rnd
        if p["age"] < 12:
            return "MSTR" if p["sex"] == "M" else "MISS"
        if p["sex"] == "M":
            return "MR" if r.random() < 0.95 else "DR"
        if p["birth_family"] is not None:
            return "MRS" if r.random() < 0.8 else "MS"
        return wpick(r, {"MS": 60, "MISS": 30, "MRS": 10})

    def pax_name(self, p: dict, pp_nat: str) -> str:
        """A passenger's name as its passport's machine-readable zone gives it to a GDS."""
        r = self.rnd
        fam = p["family"] + (f" {p['second']}" if p["second"] else "")
        giv = " ".join(p["givens"])
        if p["nat"] == "CN" and pp_nat != "CN" and r.random() < 0.3:
            giv = p["usual"]
        sep = wpick(r, {" ": 50, "": 40, "-": 10})
        fam_t, giv_t = icao(fam), icao(giv)
        fam_t = fam_t.replace(" ", sep if sep != "-" else " ").replace(
            "-", sep if r.random() < 0.5 else "-"
        )
        giv_t = giv_t.replace(" ", sep).replace("-", sep if r.random() < 0.6 else "-")
        t = self.title(p)
        name = f"{fam_t}/{giv_t}" + (t if r.random() < 0.3 else f" {t}")
        return name[:28]

    # ------------------------------------------------------------ systems
    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def pnr(self, booking: dict, travellers: list[dict]) -> None:
        r = self.rnd
        booker = next((m for m in travellers if m["age"] >= 18), travellers[0])
        locator = self.unique(
            lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        )
        if booking["agency"] and r.random() < 0.8:
            ctce, ctcm = booking["agency"][0].upper(), booking["agency"][1]
        else:
            ctce = (booker["email"] or "").upper() or None
            ctcm = self.phone(booker["mobile"], booker["nat"], wpick(r, {"bare": 50, "plus": 50}))
        if ctce and r.random() < 0.4:
            ctce = ctce.replace("@", "//").replace("_", "..")
        for p in travellers:
            pp_nat, pp_no = p["passports"][0] if r.random() < 0.7 else r.choice(p["passports"])
            self.add("PNR", p, {
                "PNR": locator,
                "PAX NAME": self.pax_name(p, pp_nat),
                "PTC": "INF" if p["age"] < 2 else "CHD" if p["age"] < 12 else "ADT",
                "DOCS PASSPORT": pp_no if r.random() < 0.85 else None,
                "DOCS ISSUING CTRY": NATIONS[pp_nat][1] if r.random() < 0.85 else None,
                "DOCS DOB": self.docs_dob(p["dob"]) if r.random() < 0.85 else None,
                "CTCM": ctcm if r.random() < 0.9 else None,
                "CTCE": ctce if r.random() < 0.85 else None,
                "FQTV": (f"SG{r.choice(['', ' '])}{p['member']}" if p["member"] and r.random() < 0.6 else None),
            })  # fmt: skip

    def fidelite(self, p: dict, parent: dict | None) -> None:
        r = self.rnd
        h = p["home"]
        fam = p["birth_family"] if p["birth_family"] and r.random() < 0.4 else p["family"]
        if p["second"] and r.random() < 0.5:
            fam = f"{fam} {p['second']}"
        first = self.given_used(p, 0.0)
        middle = (
            p["givens"][1]
            if len(p["givens"]) > 1 and first != p["givens"][1] and r.random() < 0.7
            else None
        )
        if p["nat"] in ("CN", "JP") and r.random() < 0.15:
            first, fam = fam, first
        title = {"MR": "M.", "DR": "Dr", "MRS": "Mme", "MS": "Mme", "MISS": "Mlle", "MSTR": "M."}[
            self.title(p)
        ]
        self.add("FIDELITE", p, {
            "numero_adherent": p["member"] if r.random() < 0.8 else f"{p['member'][:4]} {p['member'][4:7]} {p['member'][7:]}",
            "civilite": title if r.random() < 0.9 else None,
            "prenom": self.typo(first, 0.03),
            "deuxieme_prenom": middle,
            "nom": self.typo(fam, 0.03),
            "date_naissance": p["dob"].isoformat() if r.random() < 0.95 else None,
            "adresse": h["street"] if r.random() < 0.85 else None,
            "code_postal": h["postcode"] if r.random() < 0.85 else None,
            "ville": h["city"],
            "pays": NATIONS[h["country"]][1][:2] if r.random() < 0.5 else h["country"],
            "portable": self.phone((parent or p)["mobile"], (parent or p)["nat"]) if r.random() < 0.85 else None,
            "courriel": (parent or p)["email"] if r.random() < 0.9 else None,
            "niveau": wpick(r, {"Explorer": 60, "Silver": 25, "Gold": 12, "Platinum": 3}),
        })  # fmt: skip

    def hotel(self, p: dict, booking: dict) -> None:
        r = self.rnd
        fam = self.family_used(p, 0.2)
        giv = self.given_used(p)
        if p["nat"] in ("CN", "JP") and r.random() < 0.3:
            fam, giv = giv, fam
        arrival = TODAY - dt.timedelta(days=r.randint(1, 900))
        agency = booking["agency"] and r.random() < 0.6
        email = booking["agency"][0] if agency else p["email"]
        phone = booking["agency"][1] if agency else self.phone(p["mobile"], p["nat"])
        self.add("HOTEL", p, {
            "Confirmation No": self.unique(lambda: self.digits(9)),
            "Guest Name": self.typo(f"{fam}, {giv}", 0.04),
            "Arrival Date": arrival.strftime("%m/%d/%Y"),
            "Departure Date": (arrival + dt.timedelta(days=r.randint(1, 9))).strftime("%m/%d/%Y"),
            "Date of Birth": p["dob"].strftime("%m/%d/%Y") if r.random() < 0.35 else None,
            "Company Name": p["company"] if r.random() < 0.8 else None,
            "Guest Phone": phone if r.random() < 0.75 else None,
            "Guest Email": email if r.random() < 0.75 else None,
            "Nationality": p["nat"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def ota(self, p: dict) -> None:
        r = self.rnd
        fam = ascii_fold(self.family_used(p, 0.6)) if r.random() < 0.5 else self.family_used(p, 0.6)
        giv = self.given_used(p, 0.2)
        if r.random() < 0.6:
            fam, giv = fam.lower(), giv.lower()
        k = wpick(r, {"ok": 82, "swap": 10, "whole": 8})
        if k == "swap":
            fam, giv = giv, fam
        elif k == "whole":
            giv, fam = f"{giv} {fam}", None
        self.add("OTA", p, {
            "correo_login": p["email"],
            "nombre": self.typo(giv, 0.03),
            "apellidos": fam,
            "telefono": self.phone(p["mobile"], p["nat"], wpick(r, {"plus": 30, "national": 40, "bare": 30})) if r.random() < 0.8 else None,
            "pais": NATIONS[p["nat"]][1] if r.random() < 0.6 else None,
            "fecha_nacimiento": p["dob"].strftime("%d/%m/%Y") if r.random() < 0.45 else None,
            "fecha_alta": (TODAY - dt.timedelta(days=r.randint(1, 3000))).strftime("%d/%m/%Y"),
        })  # fmt: skip

    def licence(self, p: dict) -> tuple[str, str]:
        """A driving licence number of the holder's country and the country."""
        r = self.rnd
        nat = p["nat"]
        d = p["dob"]
        if nat == "GB":
            fam = icao(p["family"]).replace(" ", "").replace("-", "")[:5].ljust(5, "9")
            month = d.month + (50 if p["sex"] == "F" else 0)
            ini = "".join(icao(g)[0] for g in p["givens"])[:2].ljust(2, "9")
            num = f"{fam}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{ini}9{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
        elif nat == "ES":
            body = self.digits(8)
            num = body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]
        elif nat == "CN":
            body = f"{r.choice(['110', '310', '440', '510'])}{r.randint(100, 199)}{d:%Y%m%d}{self.digits(3)}"
            w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            num = body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11]
        elif nat == "US":
            num = r.choice(string.ascii_uppercase) + self.digits(7)
        elif nat == "DE":
            num = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11))
        elif nat == "FR":
            num = self.digits(12)
        elif nat == "IT":
            num = r.choice(["U1", "RM", "MI"]) + self.digits(7) + r.choice(string.ascii_uppercase)
        elif nat == "BR":
            num = self.digits(11)
        else:
            num = self.digits(r.choice([6, 8, 12]))
        return num, nat

    def mietwagen(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        num, ctry = p["licence"]
        giv = self.given_used(p, 0.5) if r.random() < 0.6 else " ".join(p["givens"])
        self.add("MIETWAGEN", p, {
            "Vertragsnummer": self.unique(lambda: "RA" + self.digits(8)),
            "Vorname": self.typo(giv, 0.03),
            "Nachname": self.typo(self.family_used(p, 0.7), 0.03),
            "Geburtsdatum": p["dob"].strftime("%d.%m.%Y") if r.random() < 0.95 else None,
            "Führerscheinnummer": num if r.random() < 0.9 else None,
            "Ausstellungsland": NATIONS[ctry][1] if r.random() < 0.5 else ctry,
            "Straße": h["street"] if r.random() < 0.8 else None,
            "PLZ": h["postcode"] if r.random() < 0.8 else None,
            "Ort": h["city"] if r.random() < 0.9 else None,
            "Land": h["country"],
            "Telefon": self.phone(p["mobile"], p["nat"]) if r.random() < 0.85 else None,
            "E-Mail": p["email"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            if r.random() < (0.45 if p["age"] >= 18 else 0.2):
                body = self.unique(lambda: str(r.randint(1, 9)) + self.digits(8))
                p["member"] = body + mod7(body)
            if p["age"] >= 18:
                p["licence"] = self.licence(p)
        for b in self.bookings:
            for m in b["members"]:
                m["booking"] = b
            members = b["members"]
            for _ in range(wpick(r, {1: 70, 2: 22, 3: 8})):
                self.pnr(b, members)
            for p in members:
                if len(members) > 1 and r.random() < 0.15:
                    self.pnr(b, [p])  # a trip alone
        for p in self.persons:
            if p["member"]:
                adults = [m for m in p["group"] if m["age"] >= 18]
                self.fidelite(p, r.choice(adults) if p["age"] < 16 and adults else None)
            if p["age"] >= 18 and r.random() < 0.4:
                for _ in range(wpick(r, {1: 70, 2: 30})):
                    self.hotel(p, p["booking"])
            if (
                p["age"] >= 18
                and p["email"]
                and r.random() < (0.45 if p is p["group"][0] else 0.15)
            ):
                self.ota(p)
            if p["licence"] and r.random() < 0.22:
                self.mietwagen(p)
        return self.shuffled("row_id", "TV")


def travel(persons: int = 4000, seed: int = 29) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Travel.frame(persons, seed, "row_id")
