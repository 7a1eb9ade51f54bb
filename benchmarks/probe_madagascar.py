"""A Malagasy telco, mobile-money, bank and utility group's customers, with a remittance service
for the diaspora in France and Réunion: five systems stacked in one file (a ``system`` column
naming the system; a column of the same name in two systems is one column).

* Mobile-money wallet (``MVOLA_KYC``), the KYC form in Malagasy: ``Laharana finday`` (the
  wallet's number: ``034 12 345 67``, ``0341234567``, ``+261 34 12 345 67``, ``261341234567``,
  ``34 12 345 67``), ``Anarana`` (the family name, in capitals, in full or as its everyday short
  form: ``RAKOTO`` for Rakotoarisoa), ``Anarana fanampiny`` (the given names, one or several),
  ``Daty nahaterahana`` (``15/03/1989``, ``15 Martsa 1989``, ``Tokony ho 1962`` for a presumed
  year), ``Toerana nahaterahana`` (``Antananarivo``, ``Tana``, ``Tananarive``), ``Lahy/Vavy``,
  ``Laharana karatra`` (the CIN: twelve digits, ``101 211 123 456``), ``Adiresy`` (``Lot II J 45
  Bis Ivandry``, a fokontany alone, ``BP 123``), ``Havana akaiky`` / ``Findain'ny havana`` /
  ``Fifandraisana`` (a close relative's name, number and relation: ``vady``, ``reny``).
* Bank (``BANK_CORE``), a core system in French: ``NUM_CLIENT``, ``NOM``, ``PRENOMS``,
  ``DATE_NAISS``, ``LIEU_NAISS``, ``SEXE``, ``NUM_CIN``, ``DATE_CIN`` (the card's issue: a date
  that is no birth date), ``ADRESSE``, ``TEL``, ``TEL_FIXE`` (a household's landline, ``020 22
  123 45``), ``EMAIL``, ``NOM_PERE`` / ``NOM_MERE`` (the parents' whole names, as the CIN prints
  them: siblings share them, a father's is his son's ``NOM_PERE``).
* Water and electricity utility (``JIRAMA``), meters: ``Ref abonné``, ``Abonné`` (one box:
  ``RAKOTOMALALA Hery Nirina``, ``Mme RAKOTO``, ``M. RAZAFY Jean``), ``Lot``, ``Fokontany``,
  ``Commune``, ``Téléphone`` (a landline or a mobile), ``N° compteur``. A meter stays in the name
  of whoever first subscribed; the record is that person's.
* Microfinance lender (``MIFIN``), a loan file in Malagasy: ``Laharana mpindrana``,
  ``Anarana sy fanampiny`` (one box: ``RASOANAIVO Voahirana``, ``Voahirana RASOANAIVO``),
  ``Karatra`` (the CIN), ``Daty nahaterahana``, ``Finday``, ``Fokontany``, ``Kaominina``,
  ``Vady`` / ``Findain'ny vady`` (the spouse: another customer), ``Mpiantoka`` /
  ``Karatry ny mpiantoka`` / ``Findain'ny mpiantoka`` (the guarantor: a relative or neighbour).
* Remittance service (``TRANSFERT``), French columns, one row per transfer: ``id_transfert``,
  ``nom_expediteur``, ``prenom_expediteur``, ``date_naissance`` (``1989-03-15``), ``tel_expediteur``
  (``+33 6 12 34 56 78``, ``06 12 34 56 78``, ``+262 692 12 34 56``, ``0692 12 34 56``, an
  old ``+261`` one), ``adresse_expediteur`` (``12 rue des Lilas 93200 Saint-Denis``, ``45 chemin
  Bellevue 97400 Saint-Denis``), ``piece_identite`` (the CIN or a French residence permit),
  ``beneficiaire`` / ``tel_beneficiaire`` (a relative at home: another customer).

Names: a family name (``anarana``) and one to three given names (``fanampiny``). Family names are
long, built from prefixes (``Ra-``, ``Rakoto-``, ``Razafin-``, ``Randria(n)-``, ``Andria(n)-``,
``Rabe-``, ``Rasoa-``) and written in full in capitals, but shortened in daily use (``RAKOTO Hery``
for Rakotoarisoa Hery Nirina), split or joined differently (``Rakoto Malala``, ``Razafindra
Koto``), a syllable dropped or doubled (``Andrianrivelo``, ``Rakotonirinina``), the final ``y``
as ``i``. Given names Malagasy (``Fanomezantsoa``, ``Tsiory``, ``Hery``, ``Voahirana``) and French
(``Jean de Dieu``, ``Marie Claudine``), in full, the first only or the everyday one only; the
family name and the given names swapped now and then. Malagasy children get a name of their own:
half carry their father's family name, others a new one, often sharing its prefix; wives keep
their own; so a household shares an address, a landline, phones and an e-mail but seldom a name.

What makes it hard: few shared family names in a household and many shared prefixes between
strangers (``Rakoto-``, ``Randria-``), the everyday short forms, the same given names for
thousands, fathers' names on sons' rows and sons sharing a French given name with their father,
CINs of twelve digits with no check digit (a slipped digit stays a valid-looking number), mobiles
in every form with and without ``0``/``261``/``+261``, French and Réunion numbers beside
Malagasy ones, addresses by lot and fokontany, Malagasy month names, presumed years, someone
else's names, phones and CINs beside every loan and transfer; typos and gaps.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

#: Whole family names: weight (the commonest are written the same by thousands).
FAMILY = {
    "Rakotomalala": 30, "Rakotoarisoa": 28, "Rakotondrabe": 16, "Rakotonirina": 18, "Rakotomanga": 8,
    "Rakotozafy": 10, "Rakotondramanana": 8, "Rakotovao": 10, "Rakotoarimanana": 8, "Rakotoniaina": 10,
    "Rakotondrazaka": 6, "Rakotobe": 8, "Rakotomavo": 5, "Razafindrakoto": 16, "Razafimahefa": 10,
    "Razafimandimby": 8, "Razafindrabe": 8, "Razafinjatovo": 6, "Razafimanantsoa": 6,
    "Razanamparany": 4, "Razafiarison": 4, "Razafindralambo": 5, "Randriamanantena": 10,
    "Randrianarisoa": 14, "Randriamampionona": 6, "Randrianasolo": 10, "Randriamahefa": 6,
    "Randrianjafy": 6, "Randriamihaja": 5, "Randrianarivelo": 5, "Andrianarivelo": 8,
    "Andrianasolo": 8, "Andriamanalina": 5, "Andrianjafy": 5, "Andriamahazo": 4, "Rasoanaivo": 10,
    "Rasoarimanana": 6, "Rasolofonirina": 6, "Rasolonjatovo": 5, "Ravelomanana": 8,
    "Ravelojaona": 5, "Ravalomanana": 4, "Rajaonarison": 6, "Rajaonarivelo": 6, "Ranaivoson": 10,
    "Ranaivoarisoa": 5, "Ramanantsoa": 6, "Ramarolahy": 4, "Ramaroson": 6, "Rabemananjara": 4,
    "Rabearivelo": 4, "Rabenirina": 5, "Raharison": 6, "Rahantamalala": 4, "Ratsimbazafy": 6,
    "Rasamoelina": 4, "Rafanomezantsoa": 4, "Rambeloson": 4, "Rasoamanarivo": 4, "Rasoloarison": 4,
    "Ralaivao": 4, "Ralambomanana": 3, "Rafidison": 3, "Ramiandrisoa": 4, "Rahajarizafy": 3,
    "Rakotonandrasana": 3, "Andriamampianina": 3, "Randrianandrasana": 3, "Razakamanana": 3,
}  # fmt: skip
#: Prefixes and roots that make the rarer names (``Randria`` + ``n`` + ``arisoa``).
PREFIX = {"Rakoto": 30, "Razafi": 12, "Randria": 20, "Andria": 12, "Rabe": 6, "Ra": 10,
          "Rasoa": 6, "Ravelo": 5, "Rajaona": 5, "Ranaivo": 5, "Rasolo": 5}  # fmt: skip
ROOTS = ["malala", "arisoa", "nirina", "manana", "arivelo", "mahefa", "jatovo", "zafy", "niaina",
         "solo", "mampionona", "manantena", "arison", "mihaja", "manga", "vao", "son", "rimanana",
         "ndrasana", "tiana", "harimanana", "fenitra", "mandimby", "hasimbola", "lalaina", "velo",
         "ndrianina", "tsimba", "njaka", "rivo", "fidy", "mamonjy", "tahiry", "hanta", "razaka"]  # fmt: skip
#: The everyday short forms of a family name by its prefix.
SHORT = {"Rakoto": "RAKOTO", "Razafi": "RAZAFY", "Razafin": "RAZAFY", "Randria": "RANDRIA",
         "Andria": "ANDRIA", "Rabe": "RABE", "Rasoa": "RASOA", "Ravelo": "RAVELO",
         "Rajaona": "RAJAONA", "Ranaivo": "RANAIVO", "Rasolo": "RASOLO"}  # fmt: skip

MALE_MG = {"Hery": 20, "Mamy": 14, "Andry": 16, "Tsiory": 12, "Fanomezantsoa": 10, "Nirina": 10,
           "Hasina": 8, "Haja": 10, "Tahina": 8, "Toky": 10, "Njaka": 6, "Faniry": 6, "Mahefa": 6,
           "Lova": 6, "Rado": 6, "Tojo": 8, "Mahery": 4, "Solofo": 6, "Rija": 6, "Tiana": 6,
           "Zo": 4, "Liva": 4, "Sitraka": 6, "Ny Aina": 4, "Fetra": 4, "Tsilavina": 4, "Manoa": 3,
           "Rindra": 4, "Aina": 4, "Fitiavana": 3, "Heriniaina": 5, "Mialisoa": 2, "Ndriana": 3}  # fmt: skip
FEMALE_MG = {"Voahirana": 10, "Fenosoa": 10, "Nirina": 10, "Hasina": 8, "Nomena": 8, "Miora": 8,
             "Lalao": 8, "Volatiana": 6, "Hanitra": 10, "Soa": 6, "Onja": 6, "Fara": 6, "Noro": 8,
             "Vola": 6, "Tiana": 6, "Mialy": 6, "Kanto": 6, "Harilala": 4, "Tantely": 6, "Holy": 4,
             "Fy": 4, "Domoina": 4, "Lalaina": 6, "Fanja": 4, "Hantaniaina": 3, "Ravaka": 4,
             "Sarobidy": 4, "Fitia": 3, "Mbolatiana": 3, "Voninahitra": 2, "Hanta": 4}  # fmt: skip
MALE_FR = {"Jean": 14, "Jean de Dieu": 8, "Jean Claude": 8, "Jean Paul": 4, "Jean Baptiste": 4,
           "Jean Marie": 3, "Joseph": 6, "Paul": 4, "Pierre": 3, "Eric": 4, "Patrick": 4,
           "Christian": 4, "Olivier": 3, "Thierry": 3, "Didier": 3, "Gérard": 2, "Michel": 3,
           "Rolland": 2, "Fidèle": 2, "Justin": 2}  # fmt: skip
FEMALE_FR = {"Marie": 14, "Marie Claudine": 6, "Marie Hélène": 4, "Marie Jeanne": 4,
             "Hélène": 3, "Bernadette": 3, "Claudine": 3, "Jeanne": 3, "Odile": 2, "Yvette": 2,
             "Marie Louise": 3, "Léa": 2, "Sylvie": 3, "Florence": 2, "Nathalie": 2, "Julie": 2}  # fmt: skip
#: The Malagasy month names (the wallet's and the lender's written dates).
MONTHS = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
          "Septambra", "Oktobra", "Novambra", "Desambra"]  # fmt: skip
#: Towns: (official, spellings {written: weight}, province digit of the CIN, postcode, weight).
TOWNS = [
    ("Antananarivo", {"Antananarivo": 50, "Tana": 15, "Tananarive": 15, "ANTANANARIVO": 20}, "1", "101", 40),
    ("Antsirabe", {"Antsirabe": 80, "Antsirabé": 20}, "1", "110", 7),
    ("Ambatolampy", {"Ambatolampy": 1}, "1", "104", 2),
    ("Arivonimamo", {"Arivonimamo": 1}, "1", "112", 2),
    ("Manjakandriana", {"Manjakandriana": 1}, "1", "106", 2),
    ("Toamasina", {"Toamasina": 60, "Tamatave": 40}, "5", "501", 10),
    ("Moramanga", {"Moramanga": 1}, "5", "514", 3),
    ("Fianarantsoa", {"Fianarantsoa": 75, "Fianar": 25}, "3", "301", 7),
    ("Ambositra", {"Ambositra": 1}, "3", "306", 2),
    ("Mahajanga", {"Mahajanga": 65, "Majunga": 35}, "4", "401", 7),
    ("Toliara", {"Toliara": 55, "Tuléar": 30, "Tulear": 15}, "6", "601", 5),
    ("Antsiranana", {"Antsiranana": 55, "Diego-Suarez": 25, "Diego": 20}, "2", "201", 4),
]  # fmt: skip
#: Antananarivo's fokontany and the lots' arrondissements (``Lot II J 45 Bis Ivandry``).
TANA_FKT = {"Ivandry": ("II", 5), "Andravoahangy": ("IV", 6), "Ambohipo": ("V", 5),
            "Analakely": ("I", 3), "Isotry": ("III", 5), "Anosibe": ("IV", 6),
            "Ankorondrano": ("II", 4), "Ambanidia": ("V", 3), "Ampefiloha": ("III", 4),
            "Antanimena": ("I", 4), "Mahamasina": ("IV", 4), "Ankadifotsy": ("I", 3),
            "Faravohitra": ("I", 3), "Behoririka": ("I", 3), "Ampasampito": ("II", 4),
            "Ankazomanga": ("III", 4), "67 Ha": ("III", 5), "Analamahitsy": ("VI", 5),
            "Ambohimanarina": ("VI", 4), "Andoharanofotsy": ("", 4), "Itaosy": ("", 4),
            "Ambatobe": ("VI", 3), "Tsaralalana": ("I", 2), "Ambohijatovo": ("I", 2)}  # fmt: skip
OTHER_FKT = ["Ambalakisoa", "Tanambao", "Ambohimena", "Antanambao", "Ampasimazava", "Mangarivotra",
             "Ambatomena", "Tsianaloka", "Betania", "Ankadinandriana", "Mahazengy", "Andranomadio",
             "Anjoma", "Ambalavola", "Morafeno", "Ambodimanga"]  # fmt: skip
#: Mobile operators' prefixes (Orange 032/037, Airtel 033, Telma 034/038).
MOBILE_PREFIX = {"34": 40, "32": 25, "33": 20, "38": 10, "37": 5}
#: Communes around Antananarivo (the lender's rural members).
RURAL_COMMUNES = ["Sabotsy Namehana", "Ambohimangakely", "Alasora", "Ankadikely Ilafy",
                  "Ambohidratrimo", "Talatamaty", "Ivato", "Anosiala", "Bongatsara"]  # fmt: skip
FR_TOWNS = [("93200", "Saint-Denis"), ("75013", "Paris"), ("75018", "Paris"), ("92230", "Gennevilliers"),
            ("94400", "Vitry-sur-Seine"), ("13003", "Marseille"), ("69007", "Lyon"),
            ("31000", "Toulouse"), ("67000", "Strasbourg"), ("95100", "Argenteuil")]  # fmt: skip
RE_TOWNS = [("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97420", "Le Port"),
            ("97460", "Saint-Paul"), ("97430", "Le Tampon")]  # fmt: skip
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard de la République",
              "rue de la Paix", "chemin Bellevue", "rue du Général de Gaulle", "allée des Tamarins",
              "rue Pasteur", "impasse des Flamboyants"]  # fmt: skip
RELATION = {"spouse": "vady", "mother": "reny", "father": "ray", "child": "zanaka",
            "sibling": "iray tampo"}  # fmt: skip


def compose(prefix: str, root: str) -> str:
    """A family name from a prefix and a root: ``n`` before a vowel after ``Randria``/``Andria``
    /``Razafi`` (Randrianarisoa, Razafinarison), the prefix's last vowel gone before another."""
    if root[0] in "aeiouy":
        if prefix in ("Randria", "Andria", "Razafi"):
            return prefix + "n" + root
        if prefix[-1] in "aeiou" and prefix != "Ra":
            return prefix[:-1] + root if prefix.endswith("a") else prefix + root
        return prefix + "h" + root if prefix == "Ra" else prefix + root
    return prefix + root


def syllables(name: str) -> list[str]:
    """A Malagasy word cut into syllables (consonant clusters then a vowel): Malagasy syllables
    are open, so a cut after each vowel group is near enough."""
    out, cur = [], ""
    vowels = "aeiouyéè"
    for i, c in enumerate(name):
        cur += c
        if c.lower() in vowels and (i + 1 == len(name) or name[i + 1].lower() not in vowels):
            out.append(cur)
            cur = ""
    if cur:
        out[-1:] = [(out[-1] if out else "") + cur]
    return out


class Madagascar(Draws):
    SLIP_LETTERS = "aoiynrtk"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.guarantors: list[dict] = []
        while len(self.persons) < self.n:
            self.household()

    def family_name(self) -> str:
        r = self.rnd
        if r.random() < 0.7:
            return wpick(r, FAMILY)
        return compose(wpick(r, PREFIX), r.choice(ROOTS))

    def child_name(self, father: str) -> str:
        """A child's family name: the father's, a new one sharing its prefix, or a new one."""
        r = self.rnd
        k = wpick(r, {"same": 45, "prefix": 30, "new": 25})
        if k == "same":
            return father
        if k == "prefix":
            pre = next(
                (p for p in sorted(PREFIX, key=len, reverse=True) if father.startswith(p)), "Ra"
            )
            return compose(pre, r.choice(ROOTS))
        return self.family_name()

    def givens(self, sex: str) -> list[str]:
        r = self.rnd
        mg, fr = (MALE_MG, MALE_FR) if sex == "M" else (FEMALE_MG, FEMALE_FR)
        n = wpick(r, {1: 35, 2: 50, 3: 15})
        out: list[str] = []
        if r.random() < 0.35:
            out.append(wpick(r, fr))
        while len(out) < n:
            g = wpick(r, mg)
            if g not in out:
                out.append(g)
        return out

    def mobile(self) -> str:
        return self.unique(lambda: wpick(self.rnd, MOBILE_PREFIX) + self.digits(7))

    def home(self) -> dict:
        r = self.rnd
        town = r.choices(TOWNS, [t[-1] for t in TOWNS])[0]
        if town[0] == "Antananarivo" or (r.random() < 0.15 and town[2] == "1"):
            fkt = r.choice(list(TANA_FKT))
            arr = TANA_FKT[fkt][0]
        else:
            fkt, arr = r.choice(OTHER_FKT), ""
        lot = None
        if r.random() < 0.8:
            block = r.choice("ABCDEFGHIJKLMNPRST") + (
                r.choice("ABCDEF") if r.random() < 0.2 else ""
            )
            lot = dict(arr=arr, block=block, num=r.randint(1, 250),
                       bis=wpick(r, {"": 80, "Bis": 15, "Ter": 5}))  # fmt: skip
        rural = town[0] == "Antananarivo" and r.random() < 0.15
        return dict(town=town, fkt=fkt, lot=lot, bp=r.randint(1, 9999) if r.random() < 0.08 else None,
                    commune=r.choice(RURAL_COMMUNES) if rural else town[0])  # fmt: skip

    def cin(self, sex: str, town: tuple) -> str:
        """A CIN: the province, the district (two digits), the commune (two), the sex (1 a man, 2
        a woman) and a serial of six digits; no check digit is published."""
        r = self.rnd
        return self.unique(
            lambda: (
                f"{town[2]}{r.randint(1, 19):02d}{r.randint(1, 30):02d}{'1' if sex == 'M' else '2'}"
                + self.digits(6)
            )
        )

    def household(self) -> None:
        r = self.rnd
        home = self.home()
        landline = (
            self.unique(lambda: "2022" + self.digits(5))
            if home["town"][0] == "Antananarivo" and r.random() < 0.25
            else None
        )
        kind = wpick(r, {"single": 22, "couple": 16, "family": 52, "mother": 10})
        members: list[dict] = []
        head = wife = None
        if kind != "mother":
            sex = "M" if kind != "single" else wpick(r, {"M": 55, "F": 45})
            head = self.person(sex, self.dob(24, 80), home, landline, self.family_name())
            members.append(head)
        if kind in ("couple", "family", "mother"):
            wife = self.person("F", self.dob(22, 75), home, landline, self.family_name())
            members.append(wife)
            if head:
                head["spouse"], wife["spouse"] = wife, head
        kids: list[dict] = []
        if kind in ("family", "mother"):
            parents = [m for m in (head, wife) if m]
            young = min(m["dob"] for m in parents)
            base = head["family"] if head else wife["family"]
            for _ in range(r.choice([1, 2, 2, 3, 3, 4, 5])):
                sex = r.choice("MF")
                span = (TODAY - young).days / 365.25
                kid = self.person(sex, self.dob(max(0, span - 42), max(1, span - 18)), home, landline,
                                  self.child_name(base))  # fmt: skip
                if head and sex == "M" and r.random() < 0.15:
                    # a son named after his father: the father's first given name before his own
                    kid["givens"] = [
                        head["givens"][0],
                        *[g for g in kid["givens"] if g != head["givens"][0]][:2],
                    ]
                kid["father"], kid["mother"] = head, wife
                kids.append(kid)
            members.extend(kids)
        if head and r.random() < 0.12:  # a widowed grandmother lives with them
            gm = self.person("F", self.dob(65, 92), home, landline, self.family_name())
            head["mother"] = gm
            members.append(gm)
        email = None
        if len(members) > 1 and r.random() < 0.2:
            m = members[0]
            email = self.unique(lambda: f"fianakaviana.{m['family'].lower()}{r.randint(1, 99)}@"
                                + wpick(r, {"gmail.com": 70, "yahoo.fr": 30}))  # fmt: skip
        shared = r.choice(members)["mobiles"][0] if len(members) > 1 and r.random() < 0.3 else None
        for m in members:
            m["household"] = members
            m["family_email"] = email
            m["shared_mobile"] = shared if m["mobiles"][0] != shared else None
            m["kids"] = kids if m is head or m is wife else []
        self.persons.extend(members)

    def person(self, sex: str, dob: dt.date, home: dict, landline: str | None, family: str) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        birth_town = (
            home["town"] if r.random() < 0.7 else r.choices(TOWNS, [t[-1] for t in TOWNS])[0]
        )
        p = dict(pid=self.pid, sex=sex, dob=dob, family=family, givens=self.givens(sex), home=home,
                 landline=landline, spouse=None, mother=None, father=None, birth_town=birth_town)  # fmt: skip
        p["cin"] = self.cin(sex, birth_town) if age >= 18 else None
        p["cin_date"] = dob + dt.timedelta(
            days=int(365.25 * r.uniform(18, min(max(age, 18.5), 60)))
        )
        p["mobiles"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.4 else [])
        p["year_only"] = age > 50 and r.random() < 0.12
        p["diaspora"] = None
        if 22 <= age <= 60 and r.random() < 0.08:
            where = wpick(r, {"FR": 60, "RE": 40})
            if where == "FR":
                num = "+33" + self.unique(lambda: r.choice("67") + self.digits(8))
                town = r.choice(FR_TOWNS)
            else:
                num = "+262" + self.unique(lambda: r.choice(["692", "693"]) + self.digits(6))
                town = r.choice(RE_TOWNS)
            p["diaspora"] = dict(num=num, street=f"{r.randint(1, 180)} {r.choice(FR_STREETS)}",
                                 town=town, permit=self.unique(lambda: self.digits(10)))  # fmt: skip
        p["email"] = None
        if age >= 16 and r.random() < 0.45:
            g = self.fold(p["givens"][0].split(" ")[0]).lower()
            f = family.lower()
            local = wpick(r, {f"{g}.{f}": 4, f"{g}{f[:6]}": 2, f"{g}{dob.year % 100:02d}": 3,
                              f"{f}_{g}": 2})  # fmt: skip
            p["email"] = self.unique(
                lambda: local + wpick(r, {"": 6, str(r.randint(1, 99)): 4}) + "@"
                + wpick(r, {"gmail.com": 60, "yahoo.fr": 25, "moov.mg": 5, "outlook.fr": 10})
            )  # fmt: skip
        p["move"] = self.home() if r.random() < 0.1 else None
        return p

    # ------------------------------------------------------------ written forms
    @staticmethod
    def fold(s: str) -> str:
        return s.replace("é", "e").replace("è", "e").replace("É", "E")

    def family_text(
        self, p: dict, short: float = 0.0, upper: float = 0.8, slip: float = 0.04
    ) -> str:
        """The family name as a record holds it: in full or its everyday short form, split at
        its prefix, a syllable dropped or doubled, the final ``y`` written ``i``, a typo."""
        r = self.rnd
        name = p["family"]
        pre = next((x for x in sorted(SHORT, key=len, reverse=True) if name.startswith(x)), None)
        u = r.random()
        if pre and len(name) > len(pre) + 3 and u < short:
            name = SHORT[pre].capitalize()
        elif u < short + slip:
            sy = syllables(name)
            k = wpick(r, {"split": 35, "drop": 30, "double": 20, "y": 15})
            if k == "split" and len(sy) >= 4:
                cut = r.randint(2, len(sy) - 2)
                name = "".join(sy[:cut]) + " " + "".join(sy[cut:]).capitalize()
            elif k == "drop" and len(sy) >= 4:
                i = r.randint(2, len(sy) - 2)
                # its vowel (Andrianarivelo / Andrianrivelo) or the whole syllable
                kept = sy[i].rstrip("aeiouy") if r.random() < 0.5 else ""
                name = "".join(sy[:i]) + kept + "".join(sy[i + 1 :])
            elif k == "double" and len(sy) >= 3:
                i = r.randint(2, len(sy) - 1)
                name = "".join([*sy[: i + 1], sy[i], *sy[i + 1 :]])
            elif name.endswith("y"):
                name = name[:-1] + "i"
        name = self.typo(name, 0.03)
        return name.upper() if r.random() < upper else name

    def given_text(self, p: dict, how: dict | None = None) -> str:
        """The given names: all, the first, the first two, or the everyday (Malagasy) one."""
        r = self.rnd
        g = p["givens"]
        kind = wpick(r, how or {"all": 55, "first": 20, "two": 15, "usual": 10})
        if kind == "first":
            out = [g[0]]
        elif kind == "two":
            out = g[:2]
        elif kind == "usual":
            mg = [x for x in g if x not in MALE_FR and x not in FEMALE_FR]
            out = [mg[0] if mg else g[0]]
        else:
            out = list(g)
        text = " ".join(out)
        if "Jean " in text or "Marie " in text:
            text = wpick(r, {text: 70, text.replace("Jean ", "Jean-").replace("Marie ", "Marie-"): 15,
                             text.replace("Jean ", "J. ").replace("Marie ", "M. "): 15})  # fmt: skip
        if r.random() < 0.3:
            text = self.fold(text)
        return self.typo(text, 0.03)

    def whole(
        self, p: dict, order: dict | None = None, short: float = 0.05, how: dict | None = None
    ) -> str:
        fam = self.family_text(p, short=short, upper=0.85)
        giv = self.given_text(p, how)
        k = wpick(self.rnd, order or {"fg": 80, "gf": 20})
        return f"{fam} {giv}" if k == "fg" else f"{giv} {fam}"

    def someone(self, q: dict) -> str:
        """Another person's name in a contact box: the family name and a given name, or short."""
        return self.whole(q, short=0.15, how={"all": 30, "first": 40, "usual": 30})

    def cin_text(self, cin: str | None, style: str | None = None, slip: float = 0.02) -> str | None:
        r = self.rnd
        if not cin:
            return None
        if r.random() < slip:
            i = r.randrange(6, 12)
            cin = cin[:i] + str(r.randrange(10)) + cin[i + 1 :]
        style = style or wpick(r, {"space": 45, "plain": 40, "dot": 8, "dash": 7})
        parts = [cin[:3], cin[3:6], cin[6:9], cin[9:]]
        return {
            "space": " ".join(parts),
            "plain": cin,
            "dot": ".".join(parts),
            "dash": "-".join(parts),
        }[style]

    def phone(self, num: str | None, style: str | None = None) -> str | None:
        """A Malagasy number (nine digits after the country code) in one of its written forms."""
        if not num:
            return None
        if num.startswith("+"):
            return self.abroad(num)
        style = style or wpick(self.rnd, {"local": 35, "plain": 25, "plus": 15, "cc": 10,
                                          "nozero": 5, "plusplain": 5, "dot": 5})  # fmt: skip
        a, b, c, d = num[:2], num[2:4], num[4:7], num[7:]
        return {"local": f"0{a} {b} {c} {d}", "plain": f"0{num}", "plus": f"+261 {a} {b} {c} {d}",
                "cc": f"261{num}", "nozero": f"{a} {b} {c} {d}", "plusplain": f"+261{num}",
                "dot": f"0{a}.{b}.{c}.{d}"}[style]  # fmt: skip

    def abroad(self, num: str) -> str:
        r = self.rnd
        if num.startswith("+33"):
            n = num[3:]
            pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
            return wpick(
                r, {f"+33 {n[0]} {pairs}": 40, f"0{n[0]} {pairs}": 35, f"0{n}": 15, f"0033{n}": 10}
            )
        n = num[4:]
        return wpick(r, {f"+262 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}": 40, f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}": 35,
                         f"0{n}": 15, f"+262{n}": 10})  # fmt: skip

    def date(self, p: dict, fmt: str) -> str:
        r = self.rnd
        d = p["dob"]
        if p["year_only"]:
            return wpick(r, {f"Tokony ho {d.year}": 35, f"vers {d.year}": 35, f"01/01/{d.year}": 15,
                             str(d.year): 15}) if fmt in ("dmy", "mg") else f"{d.year}-01-01"  # fmt: skip
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
        return {"dmy": d.strftime("%d/%m/%Y"), "mg": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                "dash": d.strftime("%d-%m-%Y"), "iso": d.isoformat(), "short": d.strftime("%d/%m/%y")}[fmt]  # fmt: skip

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def lot_text(self, h: dict) -> str | None:
        lot = h["lot"]
        if not lot:
            return None
        r = self.rnd
        arr, block, num, bis = lot["arr"], lot["block"], lot["num"], lot["bis"]
        body = wpick(r, {f"{arr} {block} {num}": 45, f"{arr}{block} {num}": 30, f"{arr} {block}{num}": 15,
                         f"{arr}{block}{num}": 10}).strip()  # fmt: skip
        if bis:
            body += " " + wpick(r, {bis: 70, bis.lower(): 20, bis.upper(): 10})
        return wpick(r, {f"Lot {body}": 75, f"LOT {body}": 15, body: 10})

    def address(self, h: dict, full: bool = True) -> str:
        """An address as Malagasy write it: the lot and the fokontany, the town and its postcode,
        a fokontany alone, or a post-office box."""
        r = self.rnd
        town = wpick(r, h["town"][1])
        if h["bp"] and r.random() < 0.5:
            return f"BP {h['bp']} {town} {h['town'][3]}".strip()
        fkt = h["fkt"]
        lot = self.lot_text(h)
        k = wpick(r, {"lot": 55, "lot_town": 25, "fkt": 12, "fkt_commune": 8})
        if k == "fkt" or (not lot and k.startswith("lot")):
            return wpick(r, {fkt: 50, f"Fkt {fkt}": 25, f"Fokontany {fkt}": 25})
        if k == "fkt_commune":
            return (
                f"Fkt {fkt}, CR {h['commune']}" if h["commune"] != h["town"][0] else f"{fkt} {town}"
            )
        if k == "lot":
            return f"{lot} {fkt}"
        return f"{lot} {fkt} {town} {h['town'][3]}" if r.random() < 0.6 else f"{lot} {fkt}, {town}"

    def relative(self, p: dict) -> dict | None:
        r = self.rnd
        if p["spouse"] and r.random() < 0.5:
            return p["spouse"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def relation(self, p: dict, q: dict) -> str:
        if q is p["spouse"]:
            return RELATION["spouse"]
        if q is p["mother"]:
            return RELATION["mother"]
        if q is p["father"]:
            return RELATION["father"]
        return RELATION["child" if q in p["kids"] else "sibling"]

    def own_mobile(self, p: dict) -> str:
        """The number a form holds: the person's, now and then the household's shared one."""
        if p["shared_mobile"] and self.rnd.random() < 0.4:
            return p["shared_mobile"]
        return self.rnd.choice(p["mobiles"])

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def mvola(self, p: dict, number: str) -> None:
        r = self.rnd
        k = self.relative(p)
        fam, giv = self.family_text(p, short=0.12, upper=0.85), self.given_text(p)
        if r.random() < 0.08:
            fam, giv = giv, fam
        self.add("MVOLA_KYC", p, {
            "Laharana finday": self.phone(number),
            "Anarana": fam,
            "Anarana fanampiny": giv if r.random() < 0.95 else None,
            "Daty nahaterahana": self.date(p, wpick(r, {"dmy": 60, "mg": 30, "short": 10})) if r.random() < 0.85 else None,
            "Toerana nahaterahana": wpick(r, p["birth_town"][1]) if r.random() < 0.6 else None,
            "Lahy/Vavy": wpick(r, {{"M": "Lahy", "F": "Vavy"}[p["sex"]]: 80, {"M": "L", "F": "V"}[p["sex"]]: 20}) if r.random() < 0.8 else None,
            "Laharana karatra": self.cin_text(p["cin"]) if r.random() < 0.8 else None,
            "Adiresy": self.address(self.where(p, 0.4)) if r.random() < 0.75 else None,
            "Havana akaiky": self.someone(k) if k and r.random() < 0.5 else None,
            "Findain'ny havana": self.phone(k["mobiles"][0]) if k and r.random() < 0.45 else None,
            "Fifandraisana": self.relation(p, k) if k and r.random() < 0.4 else None,
        })  # fmt: skip

    def bank(self, p: dict) -> None:
        r = self.rnd
        father, mother = p["father"], p["mother"]
        self.add("BANK_CORE", p, {
            "NUM_CLIENT": self.unique(lambda: "00" + self.digits(8)),
            "NOM": self.family_text(p, short=0.02, upper=0.97, slip=0.03),
            "PRENOMS": self.given_text(p, {"all": 80, "first": 10, "two": 10}),
            "DATE_NAISS": self.date(p, wpick(r, {"dmy": 85, "dash": 15})) if r.random() < 0.97 else None,
            "LIEU_NAISS": wpick(r, p["birth_town"][1]).upper() if r.random() < 0.8 else None,
            "SEXE": p["sex"] if r.random() < 0.9 else None,
            "NUM_CIN": self.cin_text(p["cin"], wpick(r, {"space": 40, "plain": 60})) if r.random() < 0.95 else None,
            "DATE_CIN": p["cin_date"].strftime("%d/%m/%Y") if p["cin"] and r.random() < 0.7 else None,
            "ADRESSE": self.address(self.where(p, 0.5)) if r.random() < 0.95 else None,
            "TEL": self.phone(p["diaspora"]["num"] if p["diaspora"] and r.random() < 0.4 else self.own_mobile(p)) if r.random() < 0.9 else None,
            "TEL_FIXE": self.phone(p["landline"], wpick(r, {"local": 60, "plain": 20, "plus": 20})) if p["landline"] and r.random() < 0.7 else None,
            "EMAIL": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.7 else None,
            "NOM_PERE": self.whole(father, {"fg": 1}, short=0.0, how={"all": 80, "first": 20}).upper() if father and r.random() < 0.6 else None,
            "NOM_MERE": self.whole(mother, {"fg": 1}, short=0.0, how={"all": 80, "first": 20}).upper() if mother and r.random() < 0.6 else None,
        })  # fmt: skip

    def jirama(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        title = wpick(r, {"": 60, "M. " if p["sex"] == "M" else "Mme ": 40})
        name = title + self.whole(
            p, {"fg": 95, "gf": 5}, short=0.2, how={"all": 40, "first": 40, "usual": 20}
        )
        if title and r.random() < 0.25:
            name = title + self.family_text(p, short=0.4, upper=1.0)
        lot = self.lot_text(h)
        self.add("JIRAMA", p, {
            "Ref abonné": self.unique(lambda: f"{r.randint(100, 999)}-{self.digits(6)}"),
            "Abonné": name,
            "Lot": lot if lot and r.random() < 0.9 else (f"BP {h['bp']}" if h["bp"] else None),
            "Fokontany": h["fkt"] if r.random() < 0.85 else None,
            "Commune": (h["commune"] if h["commune"] != h["town"][0] else wpick(r, h["town"][1])) if r.random() < 0.8 else None,
            "Téléphone": self.phone(p["landline"] if p["landline"] and r.random() < 0.6 else self.own_mobile(p)) if r.random() < 0.8 else None,
            "N° compteur": self.unique(lambda: r.choice(["E", "EA", "W"]) + self.digits(8)),
        })  # fmt: skip

    def mifin(self, p: dict) -> None:
        r = self.rnd
        sp = p["spouse"]
        g = r.choice(self.guarantors) if self.guarantors and r.random() < 0.35 else self.relative(p)
        h = self.where(p, 0.3)
        self.add("MIFIN", p, {
            "Laharana mpindrana": self.unique(lambda: "MF" + self.digits(7)),
            "Anarana sy fanampiny": self.whole(p, {"fg": 75, "gf": 25}, short=0.08),
            "Karatra": self.cin_text(p["cin"]) if r.random() < 0.9 else None,
            "Daty nahaterahana": self.date(p, wpick(r, {"mg": 50, "dmy": 50})) if r.random() < 0.8 else None,
            "Finday": self.phone(self.own_mobile(p)) if r.random() < 0.92 else None,
            "Fokontany": h["fkt"] if r.random() < 0.9 else None,
            "Kaominina": h["commune"] if r.random() < 0.7 else None,
            "Vady": self.someone(sp) if sp and r.random() < 0.8 else None,
            "Findain'ny vady": self.phone(sp["mobiles"][0]) if sp and r.random() < 0.6 else None,
            "Mpiantoka": self.someone(g) if g and r.random() < 0.85 else None,
            "Karatry ny mpiantoka": self.cin_text(g["cin"]) if g and g["cin"] and r.random() < 0.5 else None,
            "Findain'ny mpiantoka": self.phone(g["mobiles"][0]) if g and r.random() < 0.7 else None,
        })  # fmt: skip
        self.guarantors.append(p)

    def remit(self, p: dict) -> None:
        r = self.rnd
        d = p["diaspora"]
        receiver = self.relative(p)
        if d["num"].startswith("+33"):
            addr = f"{d['street']} {d['town'][0]} {d['town'][1]}"
        else:
            addr = wpick(r, {f"{d['street']} {d['town'][0]} {d['town'][1]}": 60,
                             f"{d['street']}, {d['town'][1]}, La Réunion": 40})  # fmt: skip
        tel = d["num"] if r.random() < 0.85 else p["mobiles"][0]
        self.add("TRANSFERT", p, {
            "id_transfert": self.unique(lambda: "TR" + self.digits(9)),
            "nom_expediteur": self.family_text(p, short=0.05, upper=0.7),
            "prenom_expediteur": self.given_text(p, {"all": 40, "first": 40, "usual": 20}),
            "date_naissance": self.date(p, wpick(r, {"iso": 60, "dmy": 40})) if r.random() < 0.75 else None,
            "tel_expediteur": self.phone(tel),
            "adresse_expediteur": addr if r.random() < 0.8 else None,
            "piece_identite": (self.cin_text(p["cin"], "plain") if r.random() < 0.5 else d["permit"]) if r.random() < 0.7 else None,
            "beneficiaire": self.someone(receiver) if receiver else None,
            "tel_beneficiaire": self.phone(receiver["mobiles"][0], wpick(r, {"plus": 60, "plusplain": 40})) if receiver and r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        heads = {id(m["household"][0]) for m in self.persons}
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if age >= 16 and r.random() < 0.75:
                self.mvola(p, p["mobiles"][0])
                if len(p["mobiles"]) > 1 and r.random() < 0.5:
                    self.mvola(p, p["mobiles"][1])
            if age >= 18 and r.random() < 0.45:
                self.bank(p)
                if r.random() < 0.08:
                    self.bank(p)
            if (id(p) in heads and r.random() < 0.75) or (age >= 25 and r.random() < 0.1):
                self.jirama(p)
            if 20 <= age <= 65 and r.random() < 0.3:
                for _ in range(wpick(r, {1: 50, 2: 35, 3: 15})):  # a new file for each loan cycle
                    self.mifin(p)
            if p["diaspora"]:
                for _ in range(r.choice([1, 2, 2, 3, 4, 5])):
                    self.remit(p)
            if len(self.rows) == n0 and age >= 14:
                self.mvola(p, p["mobiles"][0])
        return self.shuffled("row_id", "MG")


def madagascar(persons: int = 4800, seed: int = 17) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Madagascar.frame(persons, seed, "row_id")
