"""A Francophone Central African bank, telco and mobile-money group's customers (Congolese of
Kinshasa and Lubumbashi, Cameroonians of Yaoundé and Douala, and those of them who live in
Belgium or France): a Congolese bank's core system, a mobile-money wallet's KYC, a Cameroonian
mobile operator, a microfinance lender and a diaspora remittance service, stacked in one file (a
``system`` column; a column of the same name in two systems is one column).

* Congolese bank (``BANQUE_RDC``), one row per account: ``NUM_COMPTE``, ``NOM``, ``POSTNOM``,
  ``PRENOM`` in capitals without accents (the postnom left empty, or run into ``NOM``; the
  prénom left out), ``SEXE`` (``M``/``F``), ``DATE_NAISSANCE`` (``14/03/1985``, ``01/01/1975``
  where the day was not known, ``1975``), ``LIEU_NAISSANCE``, ``NUM_CARTE_ELECTEUR`` (the CENI
  voter card of 2017/2018, the id most Congolese hold: eleven digits, no check digit; a
  passport ``OP1234567`` where the client has none), ``TELEPHONE`` (``+243 81 234 5678``,
  ``0812345678``, ``00243812345678``, ``081-234-56-78``, ``812345678``), ``ADRESSE`` (``Av.
  Kasa-Vubu n°12, Q/Matonge, C/Kalamu, Kinshasa``, without a number, ``Q.`` or ``Quartier``,
  ``C/`` or ``Commune de``), ``NOM_PERE`` / ``NOM_MERE`` (the parents' names, as the bank's KYC
  asks: siblings share them) and ``PERSONNE_A_CONTACTER`` / ``TEL_CONTACT`` (a spouse, a parent,
  a brother).
* Mobile-money wallet (``MOBILE_MONEY``), a KYC per SIM, in Congo and Cameroon: ``msisdn`` (the
  wallet's number, ``243812345678`` or ``237677123456``), ``nom_complet`` (one box, the parts in
  any order: ``KABAMBA MUTOMBO Jean-Pierre``, ``Jean Pierre Kabamba``, ``KABAMBA MUTOMBO
  J.P.``, ``kabamba jean``), ``sexe`` (``H``/``F``), ``date_naissance`` (``14-03-85``,
  ``1985-03-14``, a year), ``type_piece`` / ``numero_piece`` (the voter card, a CNI, a
  passport, or nothing), ``ville``. Several SIMs of several operators per person; a child's SIM
  in a parent's name.
* Cameroonian operator (``TELCO_CM``): ``Numéro``, ``Noms et prénoms`` (``MBALLA ESSOMBA Jean
  Claude``, ``ESSOMBA MBALLA J.C.``, ``Mballa Jean-Claude``), ``N° CNI`` (nine digits; a renewed
  card's new number beside the old one in other systems), ``Date de naissance`` (``14/03/1985``,
  ``vers 1975``), ``Lieu de naissance``, ``Quartier`` (``Essos``, ``Biyem-Assi``, ``Akwa``),
  ``Ville``, ``Boîte postale`` (``BP 1234 Yaoundé``: a firm's, a church's or a family's box
  shared by many) and ``Autre numéro`` (a second line: one's own, a spouse's, a parent's).
  Cameroonian mobiles gained their leading ``6`` in November 2014 (``77 12 34 56`` became ``6 77
  12 34 56``); a record from before keeps eight digits.
* Microfinance lender (``MICROFINANCE``), in both countries, one row per loan: ``N° dossier``,
  ``Nom et postnom``, ``Prénom(s)``, ``Date de naissance``, ``Téléphone``, ``Adresse`` (an
  avenue and a quartier, or ``Q. Essos, derrière la boulangerie``), ``N° pièce d'identité``,
  ``Compte`` (a Cameroonian's CEMAC RIB, ``10005 00001 12345678901 34``, its key mod 97),
  ``Date d'octroi`` (the loan's date: no birth date), ``Avaliste`` / ``Tél. avaliste`` (the
  guarantor: a relative, a neighbour, another client) and ``Conjoint`` / ``Tél. conjoint``.
* Diaspora remittance service (``TRANSFERT``), one row per transfer sent from Belgium or France:
  ``Réf. transfert``, ``Expéditeur`` (``KABAMBA MUTOMBO JEAN PIERRE``, ``Jean-Pierre Kabamba``),
  ``Tél. expéditeur`` (``+32 470 12 34 56``, ``0470/12.34.56``, ``+33 6 12 34 56 78``, ``06 12
  34 56 78``; the old ``+243`` one now and then), ``Adresse expéditeur`` (``Chaussée de Wavre
  123, 1050 Ixelles``, ``12 rue Myrha, 75018 Paris``), ``Pièce expéditeur`` (a Belgian national
  register number ``85.03.14-123.02`` with its mod-97 digits, a French NIR with its key, a
  passport), ``Né(e) le``, and the receiver at home: ``Bénéficiaire``, ``Tél. bénéficiaire``,
  ``Ville bénéficiaire`` (parents, siblings, a spouse: customers too).

Names: Congolese of a nom, a postnom and a prénom: the nom and postnom are the person's own
(Bantu names: Kabamba, Mutombo, Ilunga, Tshibangu, Nzuzi, Makiese), a child's nom is its
father's half the time and its postnom its own, so siblings share at most the nom and a father
and son share nothing but ``Fils``; the prénom is a Christian or French one (Jean-Pierre,
Dieudonné, Fiston, Merveille, Grâce, Bénédicte) that systems drop, keep alone or abbreviate
(``J.P.``); Cameroonians of one or two names and their prénoms, the second name their father's
(so a son's second name is his father's first), written in either order; French spellings of
Bantu names (``Tshibangu``/``Tchibangu``/``Chibangu``, ``Mukendi``/``Moukendi``,
``Kasongo``/``Kassongo``, ``Ngoy``/``Ngoie``), accents dropped, hyphens kept or not.

What makes it hard: very common prénoms beside names that are the person's own but written in
any order, one, two or three of them; the postnom that is no family name; fathers and sons of
one name but ``Fils``/``Jr``; families on one phone and one address, with no street numbers;
parents' names on every bank row (siblings share them); guarantors', spouses', contacts' and
receivers' names and phones who are customers too; ``01/01/1975`` and ``vers 1975`` for unknown
birth dates; a loan's date beside the birth date; phones with ``+243``, ``00243``, ``243``,
``0`` or none, Cameroonian numbers of eight and nine digits, Belgian and French numbers beside
home ones; voter cards, CNIs renewed under new numbers, passports, Belgian and French numbers;
a whole city on one post-office box; typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pandas as pd

from check_digits import belgian_nrn_digits, nir_key, rib_key
from draws import TODAY, Draws, wpick

#: Congolese noms and postnoms (one pool: a name is a nom for one and a postnom for another) and
#: their French spellings.
RDC_NAMES = {
    "Kabamba": 14, "Mutombo": 14, "Ilunga": 16, "Kalonji": 10, "Mbuyi": 10, "Tshibangu": 12,
    "Mukendi": 10, "Kasongo": 12, "Ngoy": 10, "Banza": 8, "Lukusa": 6, "Mwamba": 10, "Kapinga": 6,
    "Mulumba": 8, "Nkulu": 6, "Kazadi": 10, "Kayembe": 7, "Mbala": 7, "Makiese": 6, "Lusamba": 5,
    "Nzuzi": 7, "Mpiana": 5, "Ndombe": 4, "Bokele": 4, "Lokwa": 3, "Bolamba": 3, "Masamba": 5,
    "Nsimba": 7, "Kiala": 5, "Luzolo": 5, "Matondo": 6, "Diakiese": 4, "Makengo": 4, "Kanku": 6,
    "Mbombo": 6, "Tshilombo": 5, "Mukuna": 6, "Ngalula": 5, "Kabedi": 5, "Mbuyamba": 4,
    "Kalala": 7, "Tshimanga": 6, "Kabongo": 8, "Mpoyi": 6, "Kasereka": 5, "Kambale": 7,
    "Kahindo": 5, "Muhindo": 6, "Bahati": 5, "Amisi": 5, "Lubala": 4, "Mayala": 4, "Kinkela": 4,
    "Lutete": 4, "Ngandu": 5, "Kalombo": 6, "Musau": 3, "Kitenge": 4, "Mwilambwe": 3, "Kyungu": 4,
    "Numbi": 4, "Mbayo": 4, "Kasongo Wa Ilunga": 1, "Tshisekedi": 3, "Kabila": 3, "Lumumba": 2,
    "Mokonzi": 3, "Bokungu": 3, "Lomami": 2, "Ekofo": 3, "Mavungu": 4, "Nlandu": 5, "Ndongala": 3,
}  # fmt: skip
#: Cameroonian names (Beti, Bamiléké, Douala, anglophone).
CM_NAMES = {
    "Mballa": 10, "Essomba": 9, "Ngono": 7, "Atangana": 10, "Owona": 8, "Manga": 6, "Fouda": 8,
    "Nkoulou": 5, "Mbarga": 9, "Abena": 5, "Ondoa": 6, "Ekani": 4, "Bella": 5, "Onana": 8,
    "Ndzana": 4, "Tsimi": 3, "Amougou": 6, "Mvondo": 5, "Eyenga": 3, "Zambo": 4, "Nkolo": 4,
    "Kamga": 8, "Fotso": 7, "Tchakounte": 4, "Nguemo": 3, "Djoumessi": 4, "Kenfack": 6,
    "Tagne": 5, "Ngassa": 4, "Nana": 5, "Tchoupo": 3, "Talla": 4, "Wamba": 4, "Tchinda": 4,
    "Simo": 5, "Noumbissi": 3, "Nkwenti": 3, "Tabi": 3, "Ayuk": 3, "Ngu": 3, "Ekwalla": 3,
    "Din": 2, "Ebelle": 3, "Moukoko": 4, "Njoya": 4, "Mouafo": 3, "Mbappe": 2, "Etoundi": 4,
}  # fmt: skip
#: Prénoms: {canonical: ({spelling: weight}, weight)}.
GIVEN_M = {
    "Jean": ({"Jean": 1}, 30), "Jean-Pierre": ({"Jean-Pierre": 60, "Jean Pierre": 30, "Jeanpierre": 10}, 14),
    "Jean-Claude": ({"Jean-Claude": 55, "Jean Claude": 40, "J-Claude": 5}, 12), "Joseph": ({"Joseph": 1}, 16),
    "Pierre": ({"Pierre": 1}, 10), "Dieudonné": ({"Dieudonné": 55, "Dieudonne": 40, "Dieu-Donné": 5}, 12),
    "Fiston": ({"Fiston": 1}, 10), "Patrick": ({"Patrick": 1}, 9), "Papy": ({"Papy": 80, "Papi": 20}, 8),
    "Christian": ({"Christian": 1}, 8), "Junior": ({"Junior": 1}, 6), "Glody": ({"Glody": 80, "Glodie": 20}, 6),
    "Héritier": ({"Héritier": 55, "Heritier": 45}, 7), "Trésor": ({"Trésor": 55, "Tresor": 45}, 7),
    "Exaucé": ({"Exaucé": 50, "Exauce": 50}, 5), "Blaise": ({"Blaise": 1}, 5), "Serge": ({"Serge": 1}, 6),
    "Didier": ({"Didier": 1}, 5), "Éric": ({"Éric": 30, "Eric": 70}, 6), "Olivier": ({"Olivier": 1}, 5),
    "Cédric": ({"Cédric": 50, "Cedric": 50}, 5), "Jonathan": ({"Jonathan": 1}, 5), "Guy": ({"Guy": 1}, 4),
    "Daniel": ({"Daniel": 1}, 6), "David": ({"David": 1}, 6), "Emmanuel": ({"Emmanuel": 85, "Emanuel": 15}, 7),
    "Prince": ({"Prince": 1}, 5), "Paul": ({"Paul": 1}, 7), "Samuel": ({"Samuel": 1}, 5),
    "Franck": ({"Franck": 80, "Frank": 20}, 5), "Hervé": ({"Hervé": 50, "Herve": 50}, 5),
    "Alain": ({"Alain": 1}, 5), "Thierry": ({"Thierry": 1}, 4), "Achille": ({"Achille": 1}, 3),
    "Marcel": ({"Marcel": 1}, 3), "Martin": ({"Martin": 1}, 3), "Rodrigue": ({"Rodrigue": 1}, 3),
}  # fmt: skip
GIVEN_F = {
    "Marie": ({"Marie": 1}, 25), "Grâce": ({"Grâce": 50, "Grace": 50}, 14), "Merveille": ({"Merveille": 1}, 10),
    "Bénédicte": ({"Bénédicte": 50, "Benedicte": 50}, 9), "Chantal": ({"Chantal": 1}, 8), "Rachel": ({"Rachel": 1}, 6),
    "Ruth": ({"Ruth": 1}, 5), "Esther": ({"Esther": 1}, 6), "Sarah": ({"Sarah": 70, "Sara": 30}, 6),
    "Nathalie": ({"Nathalie": 85, "Natalie": 15}, 6), "Gloire": ({"Gloire": 1}, 5),
    "Espérance": ({"Espérance": 50, "Esperance": 50}, 5), "Pauline": ({"Pauline": 1}, 4),
    "Joséphine": ({"Joséphine": 50, "Josephine": 50}, 6), "Anny": ({"Anny": 60, "Annie": 40}, 4),
    "Mireille": ({"Mireille": 1}, 4), "Nadine": ({"Nadine": 1}, 4), "Jeanne": ({"Jeanne": 1}, 5),
    "Marie-Claire": ({"Marie-Claire": 55, "Marie Claire": 45}, 5), "Divine": ({"Divine": 1}, 5),
    "Christelle": ({"Christelle": 1}, 5), "Rebecca": ({"Rebecca": 70, "Rebeca": 30}, 4),
    "Sandrine": ({"Sandrine": 1}, 5), "Francine": ({"Francine": 1}, 4), "Clarisse": ({"Clarisse": 1}, 3),
    "Béatrice": ({"Béatrice": 50, "Beatrice": 50}, 4), "Yvonne": ({"Yvonne": 1}, 3),
    "Marie-Thérèse": ({"Marie-Thérèse": 40, "Marie Therese": 40, "Marie-Therese": 20}, 3),
    "Odette": ({"Odette": 1}, 2), "Solange": ({"Solange": 1}, 3), "Patience": ({"Patience": 1}, 4),
}  # fmt: skip
RDC_CITIES = {"Kinshasa": 70, "Lubumbashi": 30}
#: Communes and their quartiers.
KIN_COMMUNES = {
    "Kalamu": ["Matonge", "Yolo-Nord", "Yolo-Sud", "Kauka", "Pinzi"], "Lingwala": ["Voix du Peuple", "Singa Mopepe"],
    "Bandalungwa": ["Lingwala", "Makelele", "Adoula"], "Limete": ["Kingabwa", "Mososo", "Industriel", "Résidentiel"],
    "Ngaliema": ["Binza Ozone", "Binza Delvaux", "Camp Luka", "Kinsuka", "Ma Campagne"],
    "Masina": ["Sans Fil", "Petro-Congo", "Abattoir"], "Lemba": ["Salongo", "Righini", "Echangeur"],
    "Matete": ["Mongala", "Kwenge", "Lukunga"], "Kimbanseke": ["Kingasani", "Mokali", "Bahumbu"],
    "Ngiri-Ngiri": ["Diomi", "Elengesa"], "Kasa-Vubu": ["Anciens Combattants", "Katanga"],
    "Barumbu": ["Bitshaku-Tshaku", "Kapinga"], "Gombe": ["Golf", "Haut-Commandement"],
    "Selembao": ["Kalunga", "Libération"], "Makala": ["Bagata", "Kisantu"], "Ndjili": ["Quartier 7", "Quartier 12"],
    "Mont-Ngafula": ["Kimwenza", "Mitendi"], "Ngaba": ["Mateba", "Mukulua"], "Kintambo": ["Jamaïque", "Wenze"],
}  # fmt: skip
KIN_AVENUES = ["Kasa-Vubu", "Lumumba", "de la Libération", "de la Victoire", "Kabambare", "Luambo Makiadi",
               "Tshatshi", "des Huileries", "Kianza", "de l'Université", "Mushie", "Ikoma", "Bongolo",
               "Kimbangu", "Sendwe", "Bokassa", "Kimwenza", "By-pass", "Elengesa", "Force Publique",
               "Ngiri-Ngiri", "Mongala", "Kalembelembe", "Bas-Congo", "des Poids Lourds", "Assossa"]  # fmt: skip
LUBUM_COMMUNES = {"Lubumbashi": ["Makutano", "Gambela"], "Kampemba": ["Bel-Air", "Kafubu"],
                  "Kenya": ["Kenya"], "Katuba": ["Katuba 1", "Kisanga"], "Ruashi": ["Ruashi 1", "Bendera"],
                  "Annexe": ["Kasapa", "Golf"], "Kamalondo": ["Kamalondo"]}  # fmt: skip
LUBUM_AVENUES = ["Lumumba", "Mama Yemo", "Kasaï", "Likasi", "des Chutes", "Sendwe", "Mzee Kabila",
                 "Kilela Balanda", "Lomami", "Tabora", "Kapenda", "Ndjamena"]  # fmt: skip
CM_CITIES = {
    "Yaoundé": (["Bastos", "Mvog-Mbi", "Essos", "Biyem-Assi", "Nkolbisson", "Mokolo", "Emana", "Ekounou",
                 "Mimboman", "Nlongkak", "Mendong", "Obili", "Ngousso", "Etoudi", "Mvan"], "222", 55),
    "Douala": (["Akwa", "Bonapriso", "Deido", "Bepanda", "New-Bell", "Makepe", "Bonamoussadi", "Logbaba",
                "Ndokoti", "PK14", "Bonaberi", "Bali", "Nyalla", "Kotto"], "233", 45),
}  # fmt: skip
CM_LANDMARKS = ["derrière la boulangerie", "face pharmacie", "carrefour", "près de l'église catholique",
                "entrée chefferie", "montée", "après le marché", "face école publique"]  # fmt: skip
BIRTH_RDC = ["Kinshasa", "Lubumbashi", "Mbuji-Mayi", "Kananga", "Kisangani", "Bukavu", "Goma", "Matadi",
             "Likasi", "Kikwit", "Boma", "Mbandaka", "Kolwezi", "Tshikapa", "Kindu", "Bandundu"]  # fmt: skip
BIRTH_CM = ["Yaoundé", "Douala", "Bafoussam", "Mbalmayo", "Ebolowa", "Dschang", "Bamenda", "Nkongsamba",
            "Edéa", "Sangmélima", "Bertoua", "Kribi", "Garoua", "Obala", "Mbouda"]  # fmt: skip
BE_ADDR = [("Chaussée de Wavre", "1050", "Ixelles"), ("Rue de la Paix", "1050", "Ixelles"),
           ("Chaussée d'Ixelles", "1050", "Ixelles"), ("Rue Longue Vie", "1050", "Ixelles"),
           ("Avenue de la Couronne", "1050", "Bruxelles"), ("Boulevard Lambermont", "1030", "Schaerbeek"),
           ("Rue de Brabant", "1030", "Schaerbeek"), ("Chaussée de Gand", "1080", "Molenbeek-Saint-Jean"),
           ("Rue Haute", "1000", "Bruxelles"), ("Rue de la Station", "4000", "Liège"),
           ("Chaussée de Louvain", "1210", "Saint-Josse-ten-Noode"), ("Rue du Progrès", "1030", "Schaerbeek")]  # fmt: skip
FR_ADDR = [("rue Myrha", "75018", "Paris"), ("rue des Poissonniers", "75018", "Paris"),
           ("boulevard Barbès", "75018", "Paris"), ("rue du Faubourg Saint-Denis", "75010", "Paris"),
           ("avenue Jean Jaurès", "93300", "Aubervilliers"), ("allée des Tilleuls", "93200", "Saint-Denis"),
           ("rue de la République", "69002", "Lyon"), ("rue Gabriel Péri", "94200", "Ivry-sur-Seine"),
           ("avenue Henri Barbusse", "93140", "Bondy"), ("rue Pasteur", "95200", "Sarcelles")]  # fmt: skip
#: Mobile prefixes: Congo's operators (Vodacom, Airtel, Orange, Africell) and Cameroon's.
RDC_PREFIXES = {"81": 18, "82": 12, "83": 5, "97": 10, "99": 12, "98": 4, "84": 8, "85": 8, "89": 8,
                "80": 3, "90": 6, "91": 3}  # fmt: skip
CM_PREFIXES = {"677": 14, "678": 8, "679": 6, "670": 6, "650": 5, "651": 4, "680": 4, "699": 12, "697": 6,
               "696": 6, "655": 6, "656": 4, "694": 5, "666": 3}  # fmt: skip
#: The INSEE codes of the countries of birth in a French NIR (``99`` then it).
INSEE_COUNTRY = {"RDC": "312", "CM": "322"}
MAIL = {"gmail.com": 55, "yahoo.fr": 22, "hotmail.com": 10, "yahoo.com": 8, "outlook.fr": 5}
GROUPS = {"RDC": 62, "CM": 38}


def fold(s: str) -> str:
    """Accents dropped, as a core system's capitals keep names."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def french_spelling(word: str, r) -> str:
    """A Bantu name as a French-schooled clerk may write it: ``u`` as ``ou``, ``tsh`` as ``tch`` or
    ``ch``, a single ``s`` between vowels doubled, a final ``y`` as ``ie`` or ``i``."""
    w = word
    x = r.random()
    if "tsh" in w.lower() and x < 0.6:
        rep = wpick(r, {"tch": 55, "ch": 45})
        w = w.replace("Tsh", rep.capitalize()).replace("tsh", rep)
    elif re.search(r"[^o]u", w) and x < 0.75:
        w = w[0] + re.sub(r"(?<=[^o])u", "ou", w[1:])
    elif w.endswith("y") and x < 0.9:
        w = w[:-1] + wpick(r, {"ie": 60, "i": 40})
    else:
        vowels = "aeiou"
        for i in range(1, len(w) - 1):
            if w[i] == "s" and w[i - 1] in vowels and w[i + 1] in vowels:
                w = w[:i] + "s" + w[i:]
                break
    return w


class Congo(Draws):
    SLIP_LETTERS = "aeioubklmn"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.pobox = {c: [f"{self.rnd.randint(1, 20000)}" for _ in range(60)] for c in CM_CITIES}
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def pick(self, table: dict) -> str:
        keys = list(table)
        return self.rnd.choices(keys, [table[k] for k in keys])[0]

    def given(self, sex: str) -> dict:
        r = self.rnd
        table = GIVEN_M if sex == "M" else GIVEN_F
        keys = list(table)
        key = r.choices(keys, [table[k][1] for k in keys])[0]
        return {"key": key, "own": wpick(r, table[key][0]), "all": table[key][0]}

    def rdc_home(self) -> dict:
        r = self.rnd
        city = wpick(r, RDC_CITIES)
        communes, avenues = (
            (KIN_COMMUNES, KIN_AVENUES) if city == "Kinshasa" else (LUBUM_COMMUNES, LUBUM_AVENUES)
        )
        commune = r.choice(list(communes))
        return dict(country="RDC", city=city, commune=commune, quartier=r.choice(communes[commune]),
                    avenue=r.choice(avenues), number=str(r.randint(1, 250)) if r.random() < 0.7 else None)  # fmt: skip

    def cm_home(self) -> dict:
        r = self.rnd
        city = r.choices(list(CM_CITIES), [v[2] for v in CM_CITIES.values()])[0]
        hoods, land, _ = CM_CITIES[city]
        bp = r.choice(self.pobox[city]) if r.random() < 0.35 else None
        return dict(country="CM", city=city, quartier=r.choice(hoods), landmark=r.choice(CM_LANDMARKS),
                    bp=bp, land=land)  # fmt: skip

    def abroad_home(self) -> dict:
        r = self.rnd
        if r.random() < 0.6:
            street, zipc, town = r.choice(BE_ADDR)
            return dict(
                country="BE", street=street, zip=zipc, town=town, number=str(r.randint(1, 300))
            )
        street, zipc, town = r.choice(FR_ADDR)
        return dict(country="FR", street=street, zip=zipc, town=town, number=str(r.randint(1, 120)))

    def mobile(self, country: str) -> str:
        """A mobile's national significant number: Congo's nine digits, Cameroon's nine (``6`` first)."""
        r = self.rnd
        if country == "RDC":
            return self.unique(lambda: wpick(r, RDC_PREFIXES) + self.digits(7))
        if country == "CM":
            return self.unique(lambda: wpick(r, CM_PREFIXES) + self.digits(6))
        if country == "BE":
            return self.unique(lambda: "4" + r.choice("6789") + self.digits(7))
        return self.unique(lambda: r.choice("67") + self.digits(8))

    def household(self, group: str) -> None:
        r = self.rnd
        rdc = group == "RDC"
        home = self.rdc_home() if rdc else self.cm_home()
        names = RDC_NAMES if rdc else CM_NAMES
        # One phone the family shares (in Congo there are almost no landlines); a Cameroonian
        # family's landline now and then.
        family_phone = self.mobile(group) if r.random() < 0.35 else None
        landline = (
            self.unique(lambda: home["land"] + self.digits(6))
            if not rdc and r.random() < 0.15
            else None
        )
        kind = wpick(r, {"single": 30, "couple": 20, "family": 50})
        head_sex = "M" if kind != "single" else wpick(r, {"M": 55, "F": 45})
        head_dob = self.dob(28, 78) if kind == "family" else self.dob(18, 70)
        head = self.person(group, head_sex, head_dob, home, family_phone, landline,
                           nom=self.pick(names), postnom=self.pick(names))  # fmt: skip
        members = [head]
        wife = None
        if kind != "single":
            wife = self.person(group, "F", self.dob(20, 70), home, family_phone, landline,
                               nom=self.pick(names), postnom=self.pick(names))  # fmt: skip
            wife["spouse"], head["spouse"] = head, wife
            members.append(wife)
        if kind == "family":
            for _ in range(r.choice([1, 2, 2, 3, 3, 4, 5])):
                sex = r.choice("MF")
                kid_dob = self.dob(16, max(17, min(45, (TODAY - head_dob).days / 365.25 - 18)))
                if rdc:
                    # A Congolese child's nom is the father's half the time; the postnom its own.
                    nom = head["nom"] if r.random() < 0.5 else self.pick(names)
                    postnom = self.pick(names)
                else:
                    # A Cameroonian child's second name is the father's first.
                    nom, postnom = (
                        self.pick(names),
                        head["nom"] if r.random() < 0.7 else self.pick(names),
                    )
                kid = self.person(
                    group, sex, kid_dob, home, family_phone, landline, nom=nom, postnom=postnom
                )
                if sex == "M" and head_sex == "M" and r.random() < 0.1:  # named after his father
                    kid["nom"], kid["postnom"], kid["given"] = (
                        head["nom"],
                        head["postnom"],
                        head["given"],
                    )
                    kid["suffix"] = wpick(r, {"Fils": 50, "Jr": 35, "Junior": 15})
                kid["father_p"], kid["mother_p"] = head, wife
                members.append(kid)
        # A grown son or daughter abroad, in Belgium or France.
        if r.random() < 0.4:
            grown = [m for m in members[2:] if (TODAY - m["dob"]).days > 22 * 365]
            if grown:
                m = r.choice(grown)
                m["abroad"] = self.abroad_home()
                m["abroad_mobile"] = self.mobile(m["abroad"]["country"])
        for m in members:
            m["household"] = members
        self.persons.extend(members)

    def person(self, group, sex, dob, home, family_phone, landline, nom, postnom) -> dict:
        r = self.rnd
        self.pid += 1
        p = dict(pid=self.pid, group=group, sex=sex, dob=dob, nom=nom, postnom=postnom, given=self.given(sex),
                 suffix=None, home=home, family_phone=family_phone, landline=landline, spouse=None,
                 father_p=None, mother_p=None, abroad=None, abroad_mobile=None)  # fmt: skip
        # The person's own spellings of the two names, and a clerk's other spellings now and then.
        p["birth_place"] = r.choice(BIRTH_RDC if group == "RDC" else BIRTH_CM)
        if r.random() < 0.3:
            p["birth_place"] = home["city"]
        # Birth dates: a third of the older know only a year, written 01/01 or as a year.
        p["year_only"] = (TODAY - dob).days > 40 * 365 and r.random() < 0.3
        # Several SIMs of several operators.
        p["mobiles"] = [self.mobile(group) for _ in range(wpick(r, {1: 50, 2: 35, 3: 15}))]
        p["voter"] = (
            self.unique(lambda: r.choice("123456") + self.digits(10)) if group == "RDC" else None
        )
        p["passport"] = (
            self.unique(lambda: "OP" + self.digits(7))
            if group == "RDC" and r.random() < 0.12
            else None
        )
        p["cni"] = [self.unique(lambda: r.choice("01") + self.digits(8))] if group == "CM" else []
        if group == "CM" and r.random() < 0.25:  # the card renewed under a new number
            p["cni"].append(self.unique(lambda: "1" + self.digits(8)))
        p["email"] = None
        if r.random() < 0.3:
            first = fold(p["given"]["own"].split(" ")[0].split("-")[0]).lower()
            p["email"] = self.unique(
                lambda: wpick(r, {f"{first}.{nom.lower()}": 3, f"{nom.lower()}{first}": 2,
                                  f"{first}{nom.lower()}{r.randint(1, 99)}": 3}) + "@" + wpick(r, MAIL)
            )  # fmt: skip
        p["old_cm"] = group == "CM" and (TODAY - dob).days > 30 * 365 and r.random() < 0.3
        return p

    # ------------------------------------------------------------ written forms
    def spell(self, p: dict, part: str) -> str:
        """A nom or postnom as written: the person's own spelling, a clerk's French one now and then."""
        w = p[part]
        key = f"{part}_own"
        if key not in p:
            p[key] = french_spelling(w, self.rnd) if self.rnd.random() < 0.15 else w
        if self.rnd.random() < 0.12:
            return french_spelling(w, self.rnd)
        return p[key]

    def prenom(self, p: dict, own: float = 0.8, fold_p: float = 0.3) -> str:
        g = p["given"]
        s = g["own"] if self.rnd.random() < own else wpick(self.rnd, g["all"])
        return fold(s) if self.rnd.random() < fold_p else s

    def initials(self, prenom: str) -> str:
        parts = [w for w in prenom.replace("-", " ").split(" ") if w]
        return ".".join(w[0].upper() for w in parts) + "."

    def suffix(self, p: dict) -> str | None:
        if not p["suffix"] or self.rnd.random() < 0.25:
            return None
        return (
            p["suffix"]
            if self.rnd.random() < 0.7
            else wpick(self.rnd, {"Fils": 1, "Jr": 1, "Jnr": 0.3})
        )

    def full(self, p: dict, style: str | None = None) -> str:
        """One box of the whole name, its parts in any order: ``KABAMBA MUTOMBO Jean-Pierre``,
        ``Jean Pierre Kabamba``, ``KABAMBA MUTOMBO J.P.``, ``kabamba jean``."""
        r = self.rnd
        nom, postnom, pre = self.spell(p, "nom"), self.spell(p, "postnom"), self.prenom(p)
        style = style or wpick(r, {"NPp": 34, "pN": 16, "pNP": 12, "NP": 12, "NPi": 8, "Np": 8, "PNp": 6,
                                   "lower": 4})  # fmt: skip
        if style == "NPp":
            words = [nom.upper(), postnom.upper(), pre]
        elif style == "pN":
            words = [pre, nom]
        elif style == "pNP":
            words = [pre, nom, postnom]
        elif style == "NP":
            words = [nom.upper(), postnom.upper()]
        elif style == "NPi":
            words = [nom.upper(), postnom.upper(), self.initials(pre)]
        elif style == "Np":
            words = [nom.upper(), pre]
        elif style == "PNp":  # the postnom first, as a Cameroonian's father's name may be
            words = [postnom.upper(), nom.upper(), pre]
        else:
            words = [nom.lower(), fold(pre).lower().split(" ")[0]]
        sfx = self.suffix(p)
        if sfx:
            words.append(sfx if style != "lower" else sfx.lower())
        return self.typo(" ".join(words), 0.04)

    def caps(self, p: dict) -> str:
        """The whole name in capitals without accents, as a transfer desk's system keeps it."""
        return fold(
            self.full(p, wpick(self.rnd, {"NPp": 60, "pN": 20, "pNP": 10, "NP": 10}))
        ).upper()

    def rdc_phone(self, num: str, style: str | None = None) -> str:
        r = self.rnd
        style = style or wpick(r, {"plus": 26, "zero": 30, "00": 8, "dash": 8, "cc": 10, "bare": 6,
                                   "zsp": 8, "plusbare": 4})  # fmt: skip
        a, b, c, d = num[:2], num[2:5], num[5:7], num[7:]
        return {"plus": f"+243 {a} {b} {c}{d}", "zero": f"0{num}", "00": f"00243{num}", "dash": f"0{a}-{b}-{c}-{d}",
                "cc": f"243{num}", "bare": num, "zsp": f"0{a} {b} {c}{d}", "plusbare": f"+243{num}"}[style]  # fmt: skip

    def cm_phone(self, num: str, style: str | None = None, old: bool = False) -> str:
        """A Cameroonian number: ``+237 6 77 12 34 56``, ``677123456``, ``6 77 12 34 56``; before
        November 2014 without its leading 6 (``77 12 34 56``)."""
        r = self.rnd
        if old and num[0] == "6":
            n = num[1:]
            return wpick(r, {f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}": 50, n: 30, f"+237 {n}": 20})
        style = style or wpick(
            r, {"plus": 25, "bare": 30, "spaced": 25, "cc": 10, "00": 5, "pairs": 5}
        )
        sp = f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:]}"
        return {"plus": f"+237 {sp}", "bare": num, "spaced": sp, "cc": f"237{num}", "00": f"00237{num}",
                "pairs": f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}"}[style]  # fmt: skip

    def phone(self, p: dict, num: str | None = None, country: str | None = None) -> str | None:
        if num is None:
            return None
        country = country or p["group"]
        if country == "RDC":
            return self.rdc_phone(num)
        if country == "CM":
            return self.cm_phone(num)
        return self.abroad_phone(num, country)

    def abroad_phone(self, num: str, country: str) -> str:
        r = self.rnd
        if country == "BE":
            sp = f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}"
            return wpick(r, {f"+32 {sp}": 40, f"0{sp}": 20, f"0{num[:3]}/{num[3:5]}.{num[5:7]}.{num[7:]}": 15,
                             f"+32{num}": 15, f"0032{num}": 10})  # fmt: skip
        sp = f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:]}"
        return wpick(r, {f"+33 {sp}": 40, f"0{sp}": 35, f"+33{num}": 15, f"0033{num}": 10})

    def own_mobile(self, p: dict, family: float = 0.2) -> tuple[str | None, str]:
        """A number the person gives: one of their SIMs, or the family's phone."""
        r = self.rnd
        if p["family_phone"] and r.random() < family:
            return p["family_phone"], p["group"]
        return r.choice(p["mobiles"]), p["group"]

    def dob_text(self, p: dict, fmt: str) -> str | None:
        r = self.rnd
        d = p["dob"]
        if p["year_only"]:
            return wpick(r, {f"01/01/{d.year}": 45, str(d.year): 25, f"vers {d.year}": 10 if fmt != "iso" else 0,
                             f"{d.year}-01-01": 10 if fmt == "iso" else 0, f"31/12/{d.year}": 5,
                             f"Né vers {d.year}": 5 if fmt == "fr" else 0})  # fmt: skip
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
        if fmt == "fr":
            return d.strftime(
                wpick(r, {"%d/%m/%Y": 80, "%d-%m-%Y": 10, "%d.%m.%Y": 5, "%d/%m/%y": 5})
            )
        if fmt == "short":
            return d.strftime(wpick(r, {"%d-%m-%y": 50, "%d/%m/%Y": 30, "%Y-%m-%d": 20}))
        return d.strftime("%Y-%m-%d")

    def rdc_address(self, h: dict) -> str:
        r = self.rnd
        num = h["number"]
        av = wpick(r, {"Av.": 50, "Avenue": 25, "AV": 15, "Av": 10})
        street = f"{av} {h['avenue']}" + (f" n°{num}" if num and r.random() < 0.8 else "")
        q = wpick(
            r,
            {
                f"Q/{h['quartier']}": 45,
                f"Q. {h['quartier']}": 25,
                f"Quartier {h['quartier']}": 20,
                "": 10,
            },
        )
        c = wpick(
            r,
            {
                f"C/{h['commune']}": 50,
                f"Commune de {h['commune']}": 25,
                f"C. {h['commune']}": 15,
                "": 10,
            },
        )
        parts = [street, q, c, h["city"] if r.random() < 0.8 else ""]
        text = ", ".join(x for x in parts if x)
        return text.upper() if r.random() < 0.4 else text

    def cm_address(self, h: dict) -> str:
        r = self.rnd
        return wpick(r, {f"Q. {h['quartier']}, {h['landmark']}": 35, f"{h['quartier']} {h['city']}": 30,
                         f"Quartier {h['quartier']}": 20,
                         (f"BP {h['bp']} {h['city']}" if h["bp"] else f"{h['quartier']}"): 15})  # fmt: skip

    def address(self, p: dict) -> str:
        h = p["home"]
        return self.rdc_address(h) if h["country"] == "RDC" else self.cm_address(h)

    def abroad_address(self, a: dict) -> str:
        r = self.rnd
        if a["country"] == "BE":
            return wpick(r, {f"{a['street']} {a['number']}, {a['zip']} {a['town']}": 70,
                             f"{a['street']}, {a['number']} - {a['zip']} {a['town']}": 30})  # fmt: skip
        return wpick(r, {f"{a['number']} {a['street']}, {a['zip']} {a['town']}": 70,
                         f"{a['number']}, {a['street']} {a['zip']} {a['town'].upper()}": 30})  # fmt: skip

    def relative(self, p: dict) -> dict | None:
        """Someone of the household who is not ``p``: a spouse first, then a parent or a sibling."""
        r = self.rnd
        if p["spouse"] and r.random() < 0.6:
            return p["spouse"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def other_name(self, q: dict) -> str:
        return self.full(q, wpick(self.rnd, {"NPp": 40, "pN": 30, "NP": 20, "Np": 10}))

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def banque_rdc(self, p: dict) -> None:
        r = self.rnd
        nom, postnom = fold(self.spell(p, "nom")).upper(), fold(self.spell(p, "postnom")).upper()
        pre = fold(self.prenom(p, fold_p=1.0)).upper()
        x = r.random()
        if x < 0.12:  # the postnom run into NOM
            nom, postnom = f"{nom} {postnom}", None
        elif x < 0.2:
            postnom = None
        if r.random() < 0.15:
            pre = None
        sfx = self.suffix(p)
        if sfx and pre:
            pre = f"{pre} {sfx.upper()}"
        elif sfx:
            nom = f"{nom} {sfx.upper()}"
        father, mother = p["father_p"], p["mother_p"]
        father_name = fold(self.other_name(father)).upper() if father else None
        mother_name = fold(self.other_name(mother)).upper() if mother else None
        if not father and r.random() < 0.6:  # parents outside the data
            father_name = (
                f"{fold(self.pick(RDC_NAMES)).upper()} {fold(self.pick(RDC_NAMES)).upper()}"
            )
        contact = self.relative(p)
        contact_tel = None
        if contact:
            num, c = self.own_mobile(contact, 0.3)
            contact_tel = self.phone(contact, num, c)
        ident = p["voter"] if not p["passport"] or r.random() < 0.5 else p["passport"]
        if ident == p["voter"] and r.random() < 0.3:
            ident = f"{ident[:4]} {ident[4:8]} {ident[8:]}"
        num, c = self.own_mobile(p, 0.25)
        if p["abroad"] and p["abroad_mobile"] and r.random() < 0.4:
            num, c = p["abroad_mobile"], p["abroad"]["country"]
        self.add("BANQUE_RDC", p, {
            "NUM_COMPTE": self.unique(lambda: f"{r.choice(['0001', '0002', '0110'])}-{self.digits(7)}-{self.digits(2)}"),
            "NOM": self.typo(nom, 0.03), "POSTNOM": self.typo(postnom, 0.03), "PRENOM": pre,
            "SEXE": p["sex"] if r.random() < 0.95 else None,
            "DATE_NAISSANCE": self.dob_text(p, "fr") if r.random() < 0.92 else None,
            "LIEU_NAISSANCE": fold(p["birth_place"]).upper() if r.random() < 0.8 else None,
            "NUM_CARTE_ELECTEUR": ident if r.random() < 0.85 else None,
            "TELEPHONE": self.phone(p, num, c) if r.random() < 0.93 else None,
            "ADRESSE": self.rdc_address(p["home"]) if r.random() < 0.9 else None,
            "NOM_PERE": father_name if r.random() < 0.7 else None,
            "NOM_MERE": mother_name if r.random() < 0.6 else None,
            "PERSONNE_A_CONTACTER": self.other_name(contact) if contact and r.random() < 0.6 else None,
            "TEL_CONTACT": contact_tel if contact and r.random() < 0.6 else None,
        })  # fmt: skip

    def mobile_money(self, p: dict, sim: str, holder: dict) -> None:
        """A wallet on ``sim``, registered in ``holder``'s name (a parent's for a child's SIM)."""
        r = self.rnd
        h = holder
        kind, number = None, None
        x = r.random()
        if h["group"] == "RDC" and x < 0.55:
            kind, number = "Carte d'électeur", h["voter"]
        elif h["group"] == "CM" and x < 0.7:
            kind, number = "CNI", r.choice(h["cni"])
        elif h["passport"] and x < 0.75:
            kind, number = "Passeport", h["passport"]
        cc = "243" if p["group"] == "RDC" else "237"
        self.add("MOBILE_MONEY", p, {
            "msisdn": cc + sim,
            "nom_complet": self.full(h),
            "sexe": {"M": "H", "F": "F"}[h["sex"]] if r.random() < 0.8 else None,
            "date_naissance": self.dob_text(h, "short") if r.random() < 0.75 else None,
            "type_piece": kind, "numero_piece": number,
            "ville": h["home"]["city"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def telco_cm(self, p: dict, sim: str) -> None:
        r = self.rnd
        h = p["home"]
        other = None
        if r.random() < 0.35:
            others = [m for m in p["mobiles"] if m != sim]
            if others and r.random() < 0.5:
                other = self.cm_phone(r.choice(others))
            else:
                q = self.relative(p)
                other = self.cm_phone(r.choice(q["mobiles"])) if q else None
        elif p["landline"] and r.random() < 0.4:
            ln = p["landline"]
            other = wpick(r, {f"{ln[:3]} {ln[3:5]} {ln[5:7]} {ln[7:]}": 60, f"+237 {ln}": 40})
        cni = r.choice(p["cni"]) if r.random() < 0.85 else None
        self.add("TELCO_CM", p, {
            "Numéro": self.cm_phone(sim, wpick(r, {"bare": 60, "cc": 40})),
            "Noms et prénoms": self.full(p, wpick(r, {"NPp": 45, "PNp": 20, "NPi": 10, "pNP": 10, "Np": 10, "pN": 5})),
            "N° CNI": cni,
            "Date de naissance": self.dob_text(p, "fr") if r.random() < 0.85 else None,
            "Lieu de naissance": p["birth_place"] if r.random() < 0.6 else None,
            "Quartier": h["quartier"] if r.random() < 0.8 else None,
            "Ville": h["city"],
            "Boîte postale": f"BP {h['bp']} {h['city']}" if h["bp"] and r.random() < 0.8 else None,
            "Autre numéro": other,
        })  # fmt: skip

    def microfinance(self, p: dict) -> None:
        r = self.rnd
        rdc = p["group"] == "RDC"
        nom, postnom = self.spell(p, "nom").upper(), self.spell(p, "postnom").upper()
        nom_postnom = f"{nom} {postnom}" if r.random() < 0.8 else nom
        guarantor = None
        if r.random() < 0.85:
            pool = [m for m in p["household"] if m is not p and m is not p["spouse"]]
            if pool and r.random() < 0.5:
                guarantor = r.choice(pool)
            else:  # a neighbour, a colleague: another client now and then
                guarantor = r.choice(self.persons) if self.persons else None
        spouse = p["spouse"]
        num, c = self.own_mobile(p, 0.3)
        phone = (
            self.cm_phone(num, old=p["old_cm"] and r.random() < 0.5)
            if c == "CM"
            else self.phone(p, num, c)
        )
        account = None
        if not rdc and r.random() < 0.7:
            bank, branch, acct = "10005", r.choice(["00001", "00002", "00010"]), self.digits(11)
            account = f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}"
        piece = (p["voter"] if rdc else r.choice(p["cni"])) if r.random() < 0.75 else None
        loan_day = TODAY - dt.timedelta(days=r.randrange(30, 3000))
        self.add("MICROFINANCE", p, {
            "N° dossier": self.unique(lambda: f"MF{r.randint(2015, 2025)}-{self.digits(5)}"),
            "Nom et postnom": self.typo(nom_postnom, 0.03),
            "Prénom(s)": self.prenom(p) if r.random() < 0.85 else None,
            "Date de naissance": self.dob_text(p, "fr") if r.random() < 0.8 else None,
            "Téléphone": phone,
            "Adresse": self.address(p) if r.random() < 0.85 else None,
            "N° pièce d'identité": piece,
            "Compte": account,
            "Date d'octroi": loan_day.strftime("%d/%m/%Y"),
            "Avaliste": self.other_name(guarantor) if guarantor else None,
            "Tél. avaliste": self.phone(guarantor, *self.own_mobile(guarantor, 0.3)) if guarantor and r.random() < 0.8 else None,
            "Conjoint": self.other_name(spouse) if spouse and r.random() < 0.7 else None,
            "Tél. conjoint": self.phone(spouse, *self.own_mobile(spouse, 0.2)) if spouse and r.random() < 0.5 else None,
        })  # fmt: skip

    def transfert(self, p: dict) -> None:
        r = self.rnd
        a = p["abroad"]
        receivers = [m for m in p["household"] if m is not p]
        q = r.choice(receivers) if receivers else None
        if a["country"] == "BE":
            d = p["dob"]
            body = f"{d:%y%m%d}{r.randrange(1, 998) // 2 * 2 + (1 if p['sex'] == 'M' else 0):03d}"
            key = p.setdefault("nrn", body + belgian_nrn_digits(body, d.year >= 2000))
            piece = wpick(r, {f"{key[:2]}.{key[2:4]}.{key[4:6]}-{key[6:9]}.{key[9:]}": 60, key: 40})
        else:
            d = p["dob"]
            body = p.setdefault(
                "nir_body",
                f"{1 if p['sex'] == 'M' else 2}{d:%y%m}99{INSEE_COUNTRY[p['group']]}{self.digits(3)}",
            )
            piece = wpick(r, {f"{body} {nir_key(body)}": 60, body + nir_key(body): 40})
        if p["passport"] and r.random() < 0.3:
            piece = p["passport"]
        sender_tel = self.abroad_phone(p["abroad_mobile"], a["country"])
        if r.random() < 0.12:
            sender_tel = self.phone(p, r.choice(p["mobiles"]))
        rec_tel = None
        if q:
            num, c = self.own_mobile(q, 0.35)
            rec_tel = self.phone(q, num, c)
        self.add("TRANSFERT", p, {
            "Réf. transfert": self.unique(lambda: f"TR{self.digits(10)}"),
            "Expéditeur": self.caps(p) if r.random() < 0.7 else self.full(p),
            "Tél. expéditeur": sender_tel,
            "Adresse expéditeur": self.abroad_address(a) if r.random() < 0.85 else None,
            "Pièce expéditeur": piece if r.random() < 0.8 else None,
            "Né(e) le": self.dob_text(p, "fr") if r.random() < 0.6 else None,
            "Bénéficiaire": self.caps(q) if q else None,
            "Tél. bénéficiaire": rec_tel,
            "Ville bénéficiaire": q["home"]["city"] if q else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            rdc = p["group"] == "RDC"
            n0 = len(self.rows)
            if p["abroad"]:
                for _ in range(wpick(r, {1: 35, 2: 30, 3: 20, 4: 15})):
                    self.transfert(p)
                if rdc and r.random() < 0.35:
                    self.banque_rdc(p)
                if r.random() < 0.3:
                    self.mobile_money(p, p["mobiles"][0], p)
                continue
            if rdc and age >= 18 and r.random() < 0.6:
                self.banque_rdc(p)
                if r.random() < 0.2:  # a second account, typed again
                    self.banque_rdc(p)
            for sim in p["mobiles"]:
                if r.random() < (0.8 if rdc else 0.6):
                    holder = p
                    parents = [q for q in (p["father_p"], p["mother_p"]) if q]
                    # A young one's SIM in a parent's name.
                    if age < 22 and parents and r.random() < 0.25:
                        holder = r.choice(parents)
                    self.mobile_money(p, sim, holder)
            if not rdc:
                for sim in p["mobiles"]:
                    if r.random() < 0.75:
                        self.telco_cm(p, sim)
            if age >= 20 and r.random() < 0.35:
                self.microfinance(p)
                if r.random() < 0.3:  # a second loan
                    self.microfinance(p)
            if len(self.rows) == n0:
                if rdc:
                    self.mobile_money(p, p["mobiles"][0], p)
                else:
                    self.telco_cm(p, p["mobiles"][0])
        return self.shuffled("row_id", "CG")


def congo(persons: int = 4000, seed: int = 23) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Congo.frame(persons, seed, "row_id")
