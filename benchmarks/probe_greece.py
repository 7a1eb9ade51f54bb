"""A Greek bank, a Greek and Cypriot mobile operator, a Greek insurer, a Cypriot bank and an online
shop's customer files, stacked in one file (a ``system`` column; a column of the same name in two
systems is one column). A fifth of the customers are Cypriots.

* Greek bank (``TRAPEZA``), Greek column names with their accents and full stops: ``Αρ. Πελάτη``,
  ``Επώνυμο``, ``Όνομα``, ``Πατρώνυμο`` (the father's given name: someone else's) in capitals
  without accents, as the core system keeps them (``ΠΑΠΑΔΟΠΟΥΛΟΥ``), now and then with a Latin
  look-alike typed inside (``ΠAΠΑΔΟΠΟΥΛΟΣ`` with a Latin A); ``Α.Φ.Μ.`` (nine digits, the last the
  mod-11 check digit), ``Α.Δ.Τ.`` (the police identity card, ``ΑΚ 123456``, its letters in Greek
  or in the Latin look-alikes, ``AK123456``), ``Ημερομηνία γέννησης`` (``DD/MM/YYYY``), ``Κινητό``
  (``6971234567``), ``Σταθερό`` (``210 1234567``), ``Οδός`` and ``Αριθμός`` apart, ``Τ.Κ.``
  (``104 34``), ``Πόλη``, ``Νομός``. A married woman under her own family name (Greek law keeps it).
* Mobile operator (``KINITI``), Greeklish column names: ``kodikos_syndromiti``, ``eponymo``,
  ``onoma``, ``patronymo`` in Latin capitals as the passport writes them (ELOT 743) or as the
  clerk heard them, ``afm`` (a Cypriot's tax number, eight digits and a check letter, in the same
  column), ``im_gennisis`` (``D/M/YY``), ``kinito`` (``+30 697 123 4567``, ``00306971234567``,
  ``+357 99 123456``, ``35799123456``), ``dieuthinsi`` (``Ermou 25``), ``tk``, ``poli``.
* Insurer (``ASFALISTIKI``), Greek capitals in the column names: ``ΕΠΩΝΥΜΟ``, ``ΟΝΟΜΑ``, ``ΟΝΟΜΑ
  ΠΑΤΡΟΣ``, ``ΟΝΟΜΑ ΜΗΤΡΟΣ`` (the parents' given names), ``Α.Μ.Κ.Α.`` (eleven digits: the birth
  date ``DDMMYY``, four digits, a Luhn digit), ``ΑΦΜ``, ``ΗΜ. ΓΕΝΝΗΣΗΣ`` (``D/M/YYYY``),
  ``ΤΗΛΕΦΩΝΟ`` (whatever number the customer gave: a landline or a mobile), ``ΔΙΕΥΘΥΝΣΗ`` (one line:
  ``Λεωφ. Κηφισίας 120, 115 26 Αθήνα``), ``EMAIL``. Names in lower case with accents, the
  everyday given name now and then (``Γιώργος`` for ``Γεώργιος``), the husband's family name in the
  genitive for some married women.
* Cypriot bank (``CY_BANK``), English column names as Cypriot systems have them: ``Customer No``,
  ``Surname``, ``Name``, ``Father's Name``, ``ID Card No`` (digits), ``TIC`` (eight digits and a
  check letter), ``Date of Birth`` (``DD/MM/YYYY``), ``Mobile`` (``99 123456``), ``Home Tel``
  (``22 123456``), ``Address``, ``Postal Code`` (four digits), ``District``. Names in Greek or
  Latin capitals. Cypriots only, and Greeks who live in Cyprus.
* Online shop (``ESHOP``), English columns typed by customers: ``first_name``, ``last_name`` in
  Greek (with or without accents) or in Greeklish of every style (``Giorgos``/``Yiorgos``/
  ``George``, ``Papadopoulou``/``Papadopoulu``/``Papadopoylou``, ``Chatzis``/``Hatzis``/
  ``Xatzis``), the everyday given name, ``email`` (a family's one address), ``mobile``,
  ``address``, ``postcode``, ``city``.

What makes it hard: few given names and family names that run in families; a first son named
after his paternal grandfather, so that cousins (brothers' sons) share name, family name and town
and a grandfather and his grandson share name and family name at one address: only the father's
name or the birth date tells them apart; women's family names in the genitive
(``Παπαδόπουλος`` / ``Παπαδοπούλου``) and married women under their own name in one system and
their husband's in another; formal and everyday given names (``Ιωάννης``/``Γιάννης``,
``Κωνσταντίνος``/``Κώστας``, ``Αικατερίνη``/``Κατερίνα``) in Greek and in many Latin spellings;
accents present, absent or on capitals; Latin look-alike letters inside Greek words; Greek and
Cypriot phones in every form; households sharing a landline, an address and an e-mail; customers
who moved; typos in Greek and Latin letters; missing values.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from check_digits import luhn_digit
from draws import Draws, wpick
from slips import slip

# Given names: (formal Greek, everyday Greek, {Latin spelling: weight}, {everyday Latin: weight},
# weight). Cypriot ones (Χαράλαμπος, Κυριάκος, Ανδρέας) weigh more among Cypriots (the last weight).
MALE = [
    ("Γεώργιος", "Γιώργος", {"Georgios": 60, "Yeorgios": 10, "Georgious": 2}, {"Giorgos": 50, "Yiorgos": 25, "George": 25}, 14, 8),
    ("Ιωάννης", "Γιάννης", {"Ioannis": 80, "Ioanis": 10, "Ioannes": 5}, {"Giannis": 50, "Yiannis": 25, "Yannis": 15, "John": 10}, 12, 6),
    ("Κωνσταντίνος", "Κώστας", {"Konstantinos": 70, "Constantinos": 25, "Kostantinos": 5}, {"Kostas": 60, "Costas": 35, "Gus": 5}, 11, 7),
    ("Δημήτριος", "Δημήτρης", {"Dimitrios": 75, "Demetrios": 20, "Dimitrius": 5}, {"Dimitris": 60, "Jim": 20, "Dimitri": 10, "Mitsos": 10}, 10, 5),
    ("Νικόλαος", "Νίκος", {"Nikolaos": 75, "Nicolaos": 20, "Nickolaos": 5}, {"Nikos": 60, "Nicos": 25, "Nick": 15}, 9, 6),
    ("Παναγιώτης", "Πάνος", {"Panagiotis": 60, "Panayiotis": 35, "Panagiwtis": 5}, {"Panos": 60, "Takis": 40}, 7, 7),
    ("Χρήστος", "Χρήστος", {"Christos": 70, "Hristos": 15, "Xristos": 15}, {"Christos": 60, "Chris": 30, "Xristos": 10}, 7, 4),
    ("Βασίλειος", "Βασίλης", {"Vasileios": 60, "Vasilios": 30, "Vassilios": 10}, {"Vasilis": 60, "Vassilis": 25, "Bill": 15}, 6, 2),
    ("Αθανάσιος", "Θανάσης", {"Athanasios": 80, "Athanassios": 20}, {"Thanasis": 70, "Thanos": 30}, 5, 2),
    ("Ευάγγελος", "Βαγγέλης", {"Evangelos": 70, "Evaggelos": 30}, {"Vangelis": 60, "Vaggelis": 40}, 4, 1),
    ("Μιχαήλ", "Μιχάλης", {"Michail": 70, "Mihail": 20, "Michael": 10}, {"Michalis": 60, "Mihalis": 30, "Mike": 10}, 4, 4),
    ("Σπυρίδων", "Σπύρος", {"Spyridon": 70, "Spiridon": 30}, {"Spyros": 60, "Spiros": 40}, 4, 1),
    ("Ανδρέας", "Αντρέας", {"Andreas": 1}, {"Andreas": 70, "Antreas": 30}, 3, 10),
    ("Χαράλαμπος", "Μπάμπης", {"Charalampos": 60, "Charalambos": 30, "Haralambos": 10}, {"Bambos": 50, "Babis": 50}, 3, 9),
    ("Κυριάκος", "Κυριάκος", {"Kyriakos": 80, "Kiriakos": 20}, {"Kyriakos": 70, "Kyri": 30}, 2, 7),
    ("Σάββας", "Σάββας", {"Savvas": 80, "Savas": 20}, {"Savvas": 1}, 1, 5),
]  # fmt: skip
FEMALE = [
    ("Μαρία", "Μαρία", {"Maria": 1}, {"Maria": 80, "Mary": 20}, 15, 12),
    ("Ελένη", "Ελένη", {"Eleni": 85, "Helen": 15}, {"Eleni": 60, "Elena": 20, "Helen": 20}, 9, 7),
    ("Αικατερίνη", "Κατερίνα", {"Aikaterini": 70, "Ekaterini": 20, "Aikaterinh": 10}, {"Katerina": 75, "Kate": 15, "Katia": 10}, 8, 3),
    ("Βασιλική", "Βάσω", {"Vasiliki": 80, "Vassiliki": 20}, {"Vaso": 50, "Vicky": 30, "Vasso": 20}, 6, 2),
    ("Σοφία", "Σοφία", {"Sofia": 70, "Sophia": 30}, {"Sofia": 70, "Sophie": 30}, 6, 4),
    ("Αγγελική", "Αγγελική", {"Angeliki": 60, "Aggeliki": 40}, {"Angeliki": 50, "Angela": 30, "Aggeliki": 20}, 5, 2),
    ("Γεωργία", "Γεωργία", {"Georgia": 90, "Yeorgia": 10}, {"Georgia": 80, "Giorgia": 20}, 5, 4),
    ("Δήμητρα", "Δήμητρα", {"Dimitra": 80, "Demetra": 20}, {"Dimitra": 70, "Mimi": 30}, 4, 2),
    ("Ευαγγελία", "Βάλια", {"Evangelia": 60, "Evaggelia": 40}, {"Valia": 50, "Evangelia": 30, "Litsa": 20}, 4, 2),
    ("Ειρήνη", "Ειρήνη", {"Eirini": 60, "Irini": 40}, {"Irini": 50, "Irene": 30, "Rena": 20}, 5, 3),
    ("Παναγιώτα", "Γιώτα", {"Panagiota": 60, "Panayiota": 40}, {"Giota": 60, "Yiota": 40}, 4, 5),
    ("Αναστασία", "Νατάσα", {"Anastasia": 90, "Anastassia": 10}, {"Natasa": 50, "Natasha": 30, "Tasoula": 20}, 4, 3),
    ("Χρυστάλλα", "Χρυστάλλα", {"Chrystalla": 70, "Christalla": 30}, {"Chrystalla": 60, "Christalla": 40}, 0, 6),
    ("Άντρη", "Άντρη", {"Andri": 80, "Antri": 20}, {"Andri": 80, "Antri": 20}, 0, 5),
]  # fmt: skip
# Family names: (the man's, the woman's: the genitive, Greek weight, Cypriot weight). Cypriot
# family names are mostly a genitive already, the same for both.
SURNAMES = [
    ("Παπαδόπουλος", "Παπαδοπούλου", 14, 2), ("Παπαγεωργίου", "Παπαγεωργίου", 5, 3),
    ("Οικονόμου", "Οικονόμου", 5, 2), ("Γεωργίου", "Γεωργίου", 6, 12), ("Νικολάου", "Νικολάου", 5, 6),
    ("Παπαδάκης", "Παπαδάκη", 5, 0), ("Καραγιάννης", "Καραγιάννη", 5, 0), ("Βλάχος", "Βλάχου", 4, 0),
    ("Αντωνίου", "Αντωνίου", 4, 6), ("Δημητρίου", "Δημητρίου", 5, 7), ("Ιωάννου", "Ιωάννου", 5, 10),
    ("Μαυρίδης", "Μαυρίδου", 3, 1), ("Παπανικολάου", "Παπανικολάου", 4, 2), ("Κωνσταντίνου", "Κωνσταντίνου", 4, 9),
    ("Αθανασίου", "Αθανασίου", 3, 1), ("Χατζής", "Χατζή", 3, 0), ("Πετρίδης", "Πετρίδου", 3, 2),
    ("Μακρής", "Μακρή", 3, 0), ("Σταματόπουλος", "Σταματοπούλου", 3, 0), ("Κωστόπουλος", "Κωστοπούλου", 3, 0),
    ("Νικολαΐδης", "Νικολαΐδου", 3, 1), ("Χριστοδούλου", "Χριστοδούλου", 3, 9), ("Μπακογιάννης", "Μπακογιάννη", 2, 0),
    ("Χαραλάμπους", "Χαραλάμπους", 1, 9), ("Κυριάκου", "Κυριάκου", 1, 7), ("Χατζηγεωργίου", "Χατζηγεωργίου", 1, 5),
    ("Ευαγγέλου", "Ευαγγέλου", 2, 3), ("Παππάς", "Παππά", 3, 0), ("Τσακίρης", "Τσακίρη", 2, 0),
]  # fmt: skip
# Greek towns: (name, Latin, prefecture, postcode range, area code, weight)
GR_TOWNS = [
    ("Αθήνα", "Athina", "Αττικής", (10431, 11855), "210", 30), ("Πειραιάς", "Peiraias", "Αττικής", (18531, 18547), "210", 6),
    ("Θεσσαλονίκη", "Thessaloniki", "Θεσσαλονίκης", (54621, 54655), "2310", 14),
    ("Πάτρα", "Patra", "Αχαΐας", (26221, 26335), "2610", 5), ("Ηράκλειο", "Irakleio", "Ηρακλείου", (71201, 71409), "2810", 5),
    ("Λάρισα", "Larisa", "Λαρίσης", (41221, 41336), "2410", 4), ("Βόλος", "Volos", "Μαγνησίας", (38221, 38446), "24210", 3),
    ("Ιωάννινα", "Ioannina", "Ιωαννίνων", (45221, 45500), "26510", 3),
]  # fmt: skip
# Cypriot towns: (name, Latin, postcode range, area code, weight)
CY_TOWNS = [
    ("Λευκωσία", "Nicosia", (1010, 2700), "22", 40), ("Λεμεσός", "Limassol", (3010, 4650), "25", 30),
    ("Λάρνακα", "Larnaca", (6010, 7650), "24", 18), ("Πάφος", "Paphos", (8010, 8870), "26", 12),
]  # fmt: skip
GR_STREETS = [("Ερμού", "Ermou"), ("Σταδίου", "Stadiou"), ("Πανεπιστημίου", "Panepistimiou"),
              ("Πατησίων", "Patision"), ("Εγνατίας", "Egnatias"), ("Τσιμισκή", "Tsimiski"),
              ("Κηφισίας", "Kifisias"), ("Αγίου Δημητρίου", "Agiou Dimitriou"),
              ("Ελευθερίου Βενιζέλου", "Eleftheriou Venizelou"), ("25ης Μαρτίου", "25is Martiou"),
              ("Κολοκοτρώνη", "Kolokotroni"), ("Αριστοτέλους", "Aristotelous"), ("Μεσογείων", "Mesogeion"),
              ("Ομήρου", "Omirou"), ("Καραϊσκάκη", "Karaiskaki")]  # fmt: skip
CY_STREETS = [("Μακαρίου", "Makariou"), ("Αρχιεπισκόπου Κυπριανού", "Archiepiskopou Kyprianou"),
              ("Γρίβα Διγενή", "Griva Digeni"), ("Ευαγόρου", "Evagorou"), ("Στασικράτους", "Stasikratous"),
              ("Αγίας Φυλάξεως", "Agias Fylaxeos"), ("Ανεξαρτησίας", "Anexartisias")]  # fmt: skip
AVENUES = {
    "Κηφισίας",
    "Μεσογείων",
    "Πατησίων",
    "Μακαρίου",
    "Γρίβα Διγενή",
    "Αρχιεπισκόπου Κυπριανού",
}
GR_MOBILE = ["690", "693", "694", "695", "697", "698", "699", "691", "697", "694"]
CY_MOBILE = ["99", "99", "99", "96", "97", "95", "94"]
MAIL = {"gmail.com": 45, "yahoo.gr": 15, "hotmail.com": 15, "otenet.gr": 8, "cytanet.com.cy": 6,
        "hotmail.gr": 5, "outlook.com": 6}  # fmt: skip
#: A Greek identity card's series and the Latin look-alikes of Greek capitals.
ID_SERIES = [
    "ΑΚ",
    "ΑΒ",
    "ΑΕ",
    "ΑΗ",
    "ΑΙ",
    "ΑΜ",
    "ΑΝ",
    "ΑΤ",
    "ΑΧ",
    "ΑΖ",
    "ΑΡ",
    "Χ",
    "Τ",
    "Π",
    "Ρ",
    "Σ",
]
LOOKALIKE = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")
LOOK_ONE = dict(zip("ΑΕΟΡΤΚΜΗΙΝΧαοικ", "AEOPTKMHINXaoik", strict=True))
_ACCENTS = str.maketrans("άέήίόύώϊϋΐΰΆΈΉΊΌΎΏ", "αεηιουωιυιυΑΕΗΙΟΥΩ")
GREEK_SLIPS = "αεηιοσντρλ"

# ------------------------------------------------------------------ check digits


def afm_digit(body: str) -> str:
    """The check digit of a Greek tax number (ΑΦΜ): the first eight digits weighted by powers of
    two, mod 11, mod 10."""
    return str(sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body)) % 11 % 10)


_TIC_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def tic_letter(body: str) -> str:
    """The check letter of a Cypriot tax identification code (TIC, eight digits): digits in odd
    places recoded as the codice fiscale's, even ones as they are, the sum mod 26 as a letter."""
    total = sum(_TIC_ODD[int(d)] if i % 2 == 0 else int(d) for i, d in enumerate(body))
    return chr(65 + total % 26)


# ------------------------------------------------------------------ Greeklish
_ELOT = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"),
         ("ντ", "nt"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"), ("β", "v"), ("η", "i"),
         ("υ", "y"), ("ω", "o"), ("φ", "f"), ("ς", "s")]  # fmt: skip
#: As people say their names: αι e, χ h, μπ b at the start, ου u now and then.
_PHONETIC = [("ου", "ou"), ("αυ", "af"), ("ευ", "ef"), ("αι", "e"), ("γγ", "ng"), ("^γκ", "g"),
             ("γκ", "g"), ("^μπ", "b"), ("μπ", "mb"), ("^ντ", "d"), ("ντ", "nd"), ("γι", "yi"),
             ("θ", "th"), ("χ", "h"), ("ψ", "ps"), ("ξ", "ks"), ("β", "v"), ("η", "i"), ("υ", "i"),
             ("ω", "o"), ("φ", "f"), ("ς", "s")]  # fmt: skip
#: Letter by letter, as typed on a Greek keyboard's Latin layer: υ y, η h, χ x, ω w, β b.
_KEYS = [("θ", "th"), ("χ", "x"), ("ψ", "ps"), ("ξ", "ks"), ("β", "b"), ("η", "h"), ("υ", "y"),
         ("ω", "w"), ("φ", "f"), ("ς", "s")]  # fmt: skip
_REST = str.maketrans("αγδεζικλμνοπρστ", "agdeziklmnoprst")


def greeklish(gr: str, style: str) -> str:
    """A Greek name in Latin letters: ``elot`` (passports), ``phonetic``, ``keys``, ``u`` (phonetic
    with ου as u)."""
    rules = {"elot": _ELOT, "phonetic": _PHONETIC, "keys": _KEYS, "u": [("ου", "u"), *_PHONETIC]}[
        style
    ]
    out = []
    for word in gr.lower().translate(_ACCENTS).split(" "):
        for a, b in rules:
            word = re.sub(a, b, word)
        out.append(word.translate(_REST).capitalize())
    return " ".join(out)


def caps(s: str) -> str:
    """Greek capitals as systems keep them: without accents (ΐ and ϊ keep their diaeresis)."""
    return s.translate(_ACCENTS).upper()


class Greece(Draws):
    SLIP_LETTERS = "aeionrstl"

    def pick(self, table: list, cy: bool) -> tuple:
        return self.rnd.choices(table, [e[-1] if cy else e[-2] for e in table])[0]

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        #: The given names of each family name's grandfathers: brothers' households share one.
        self.lines: dict[str, list] = {}
        while len(self.persons) < self.n:
            self.household(r.random() < 0.2)

    def home(self, cy: bool) -> dict:
        r = self.rnd
        if cy:
            town = wpick(self.rnd, [(t, t[-1]) for t in CY_TOWNS])
            lo, hi = town[2]
            return dict(cy=True, town=town[0], town_la=town[1], region=town[0], street=r.choice(CY_STREETS),
                        no=str(r.randint(1, 150)), tk=str(r.randint(lo, hi)), code=town[3],
                        flat=str(r.randint(1, 40)) if r.random() < 0.4 else None)  # fmt: skip
        town = wpick(self.rnd, [(t, t[-1]) for t in GR_TOWNS])
        lo, hi = town[3]
        return dict(cy=False, town=town[0], town_la=town[1], region=town[2], street=r.choice(GR_STREETS),
                    no=str(r.randint(1, 200)) + wpick(r, {"": 92, "Α": 5, "Β": 3}),
                    tk=str(r.randint(lo, hi)), code=town[4], flat=None)  # fmt: skip

    def landline(self, h: dict) -> str:
        n = 8 if h["cy"] else 10
        return self.unique(
            lambda: h["code"] + str(self.rnd.randint(2, 9)) + self.digits(n - 1 - len(h["code"]))
        )

    def mobile(self, cy: bool) -> str:
        r = self.rnd
        if cy:
            return self.unique(lambda: r.choice(CY_MOBILE) + self.digits(6))
        return self.unique(lambda: r.choice(GR_MOBILE) + self.digits(7))

    def household(self, cy: bool) -> None:
        r = self.rnd
        home = self.home(cy)
        landline = self.landline(home) if r.random() < (0.5 if cy else 0.65) else None
        sn = self.pick(SURNAMES, cy)
        # the grandfather of the line: brothers' households name their first sons after him
        line = self.lines.setdefault(sn[0], [])
        if line and r.random() < 0.35:
            grandpa = r.choice(line)
        else:
            grandpa = self.pick(MALE, cy)
            line.append(grandpa)
        kind = wpick(r, {"single": 25, "couple": 25, "family": 38, "three": 12})
        head_sex = "M" if kind != "single" or r.random() < 0.5 else "F"
        old = kind == "three"
        head = self.person(sn, head_sex, self.dob(62, 90) if old else self.dob(30, 80), home, landline, cy,
                           father=grandpa if head_sex == "M" else self.pick(MALE, cy))  # fmt: skip
        members = [head]
        if kind != "single":
            wife_sn = self.pick(SURNAMES, cy)
            wife = self.person(wife_sn, "F", self.dob(head["age"] - 8, head["age"] + 3), home, landline, cy,
                               father=self.pick(MALE, cy))  # fmt: skip
            wife["married"] = sn[1]  # her husband's family name, in the genitive
            members.append(wife)
        if kind in ("family", "three") and head_sex == "M":
            first_son, first_daughter = True, True
            for _ in range(r.choice([1, 2, 2, 3])):
                sex = r.choice("MF")
                given = None
                if sex == "M" and first_son and r.random() < 0.75:
                    given = grandpa  # the first son after his paternal grandfather
                elif sex == "F" and first_daughter and r.random() < 0.4:
                    given = self.pick(FEMALE, cy)  # after her grandmother (not drawn apart)
                first_son = first_son and sex != "M"
                first_daughter = first_daughter and sex != "F"
                lo = max(16, head["age"] - 45)
                kid = self.person(sn, sex, self.dob(lo, max(lo + 1, head["age"] - 20)), home, landline, cy,
                                  father=head["gn"], given=given)  # fmt: skip
                kid["mother"] = members[1]["gn"]
                members.append(kid)
            if old:  # a grown son's son, named after his grandfather (the head), at one address
                son = next((m for m in members[2:] if m["sex"] == "M" and m["age"] > 38), None)
                if son is not None:
                    g = self.person(
                        sn,
                        "M",
                        self.dob(16, 24),
                        home,
                        landline,
                        cy,
                        father=son["gn"],
                        given=head["gn"],
                    )
                    members.append(g)
        if len(members) > 1 and r.random() < 0.4:  # the family's one e-mail
            mail = self.email(head, family=True)
            for m in members:
                m["family_email"] = mail
        for m in members:
            m["household"] = members

    def person(self, sn, sex, dob, home, landline, cy, father, given=None) -> dict:
        r = self.rnd
        self.pid += 1
        gn = given or self.pick(MALE if sex == "M" else FEMALE, cy)
        p = dict(pid=self.pid, sex=sex, dob=dob, age=(dt.date(2026, 1, 1) - dob).days // 365, cy=cy,
                 gn=gn, sn=sn[0] if sex == "M" else sn[1], father=father, mother=self.pick(FEMALE, cy),
                 married=None, home=home, landline=landline, family_email=None,
                 everyday=r.random() < 0.6,
                 mobile=self.mobile(cy) if r.random() < 0.93 else None,
                 afm=self.unique(lambda: (b := r.choice("01") + self.digits(7)) + afm_digit(b)),
                 amka=self.unique(lambda: (b := f"{dob:%d%m%y}" + self.digits(4)) + luhn_digit(b)),
                 adt=self.unique(lambda: r.choice(ID_SERIES) + f"{r.randint(0, 999999):06d}"),
                 cy_id=self.unique(lambda: str(r.randint(100000, 1200000))),
                 tic=self.unique(lambda: (b := r.choice("019") + self.digits(7)) + tic_letter(b)),
                 moved=None)  # fmt: skip
        if r.random() < 0.12:
            p["moved"] = self.home(cy if r.random() < 0.9 else not cy)
        p["email"] = self.email(p) if r.random() < 0.6 else None
        self.persons.append(p)
        return p

    def email(self, p: dict, family: bool = False) -> str:
        r = self.rnd
        s = greeklish(p["sn"], r.choice(["elot", "phonetic"])).lower().replace(" ", "")
        if family:
            local = wpick(
                r,
                {f"{s}family": 3, f"oikogeneia{s}": 2, f"{s}{r.randint(1, 99)}": 3, f"fam.{s}": 1},
            )
        else:
            g = greeklish(
                p["gn"][1 if p["everyday"] else 0], r.choice(["elot", "phonetic"])
            ).lower()
            local = wpick(r, {f"{g}.{s}": 35, f"{g[0]}{s}": 25, f"{g}{s}": 10, f"{g}{r.randint(60, 99)}": 15,
                              f"{s}.{g}": 10, f"{g}_{s}{r.randint(1, 99)}": 5})  # fmt: skip
        return self.unique(
            lambda: local + wpick(r, {"": 70, str(r.randint(1, 999)): 30}) + "@" + wpick(r, MAIL)
        )

    # ------------------------------------------------------------ written forms
    def where(self, p: dict, stale: float) -> dict:
        return p["moved"] if p["moved"] and self.rnd.random() >= stale else p["home"]

    def look(self, s: str | None, p: float) -> str | None:
        """``s`` with one or two Greek letters typed as their Latin look-alikes."""
        if not s or self.rnd.random() >= p:
            return s
        idx = [i for i, c in enumerate(s) if c in LOOK_ONE]
        for i in self.rnd.sample(idx, min(len(idx), self.rnd.choice([1, 1, 2]))):
            s = s[:i] + LOOK_ONE[s[i]] + s[i + 1 :]
        return s

    def gslip(self, s: str | None, p: float) -> str | None:
        """A typing slip in a Greek or a Latin word."""
        if not s or self.rnd.random() >= p:
            return s
        greek = any("\u0370" <= c <= "\u03ff" for c in s)
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 4]
        if not idx:
            return s
        i = self.rnd.choice(idx)
        letters = (
            GREEK_SLIPS.upper()
            if greek and words[i].isupper()
            else GREEK_SLIPS
            if greek
            else "aeionrstl"
        )
        words[i] = slip(self.rnd, words[i], letters)
        return " ".join(words)

    def given_gr(self, p: dict, everyday: float) -> str:
        return p["gn"][1] if p["everyday"] and self.rnd.random() < everyday else p["gn"][0]

    def given_la(self, p: dict, everyday: float) -> str:
        r = self.rnd
        if p["everyday"] and r.random() < everyday:
            return wpick(r, p["gn"][3])
        if r.random() < 0.25:
            return greeklish(p["gn"][0], r.choice(["elot", "phonetic", "keys"]))
        return wpick(r, p["gn"][2])

    def sn_la(self, sn: str) -> str:
        return greeklish(sn, wpick(self.rnd, {"elot": 55, "phonetic": 25, "keys": 10, "u": 10}))

    def family_name(self, p: dict, married: float) -> str:
        return p["married"] if p["married"] and self.rnd.random() < married else p["sn"]

    def lower_gr(self, s: str) -> str:
        """A Greek name as typed: accents (mostly), or none."""
        return s if self.rnd.random() < 0.8 else s.translate(_ACCENTS)

    def date(self, d: dt.date, style: str) -> str:
        return {
            "dmy": f"{d:%d/%m/%Y}", "short": f"{d.day}/{d.month}/{d:%y}", "dmY": f"{d.day}/{d.month}/{d.year}",
            "iso": d.isoformat(), "dot": f"{d:%d.%m.%Y}", "dash": f"{d:%d-%m-%Y}",
        }[style]  # fmt: skip

    def phone(self, num: str | None, cy: bool, style: str) -> str | None:
        if not num:
            return None
        cc = "357" if cy else "30"
        if cy:
            spaced = f"{num[:2]} {num[2:]}"
        elif num.startswith("69"):
            spaced = f"{num[:3]} {num[3:6]} {num[6:]}"
        else:
            k = (
                3
                if num.startswith("210")
                else 4
                if num[:4] in ("2310", "2610", "2810", "2410")
                else 5
            )
            spaced = f"{num[:k]} {num[k:]}"
        return {
            "plain": num, "spaced": spaced, "plus": f"+{cc} {spaced}", "00": f"00{cc}{num}",
            "cc": f"{cc}{num}", "plus_tight": f"+{cc}{num}", "dash": spaced.replace(" ", "-", 1),
        }[style]  # fmt: skip

    def tk(self, h: dict, style: str = "space") -> str:
        t = h["tk"]
        return f"{t[:3]} {t[3:]}" if style == "space" and len(t) == 5 else t

    def street_gr(self, h: dict, upper: bool) -> str:
        r = self.rnd
        name = h["street"][0]
        prefix = ""
        if name in AVENUES and r.random() < 0.5:
            prefix = wpick(r, {"Λεωφ. ": 60, "Λεωφόρος ": 40})
        elif r.random() < 0.15:
            prefix = "Οδός "
        s = prefix + name
        return caps(s) if upper else s

    def street_la(self, h: dict) -> str:
        r = self.rnd
        name = h["street"][1]
        if h["street"][0] in AVENUES and r.random() < 0.5:
            name += wpick(r, {" Ave": 50, " Avenue": 20, " Leof.": 30})
        elif r.random() < 0.2:
            name += " St"
        return name

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def digit_slip(self, s: str | None, q: float) -> str | None:
        if not s or self.rnd.random() >= q:
            return s
        i = self.rnd.randrange(len(s))
        while not s[i].isdigit():
            i = self.rnd.randrange(len(s))
        return s[:i] + str((int(s[i]) + self.rnd.randint(1, 9)) % 10) + s[i + 1 :]

    def adt(self, p: dict) -> str:
        r = self.rnd
        code = p["adt"]
        letters = code[:-6]
        if r.random() < 0.35:
            letters = letters.translate(LOOKALIKE)
        elif r.random() < 0.1:
            letters = letters.translate(LOOKALIKE)[0] + letters[1:]  # one of each
        return letters + wpick(r, {" ": 45, "": 40, "-": 15}) + self.digit_slip(code[-6:], 0.02)

    # ------------------------------------------------------------ systems
    def trapeza(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p, 0.35)
        self.add("TRAPEZA", p, {
            "Αρ. Πελάτη": self.unique(lambda: "0" + self.digits(9)),
            "Επώνυμο": self.look(self.gslip(caps(p["sn"]), 0.02), 0.05),
            "Όνομα": self.look(caps(p["gn"][0]), 0.04),
            "Πατρώνυμο": self.look(caps(p["father"][0]), 0.03) if r.random() < 0.9 else None,
            "Α.Φ.Μ.": self.digit_slip(p["afm"], 0.02) if r.random() < 0.93 else None,
            "Α.Δ.Τ.": self.adt(p) if not p["cy"] and r.random() < 0.8 else None,
            "Ημερομηνία γέννησης": self.date(p["dob"], "dmy") if r.random() < 0.95 else None,
            "Κινητό": self.phone(p["mobile"], p["cy"], wpick(r, {"plain": 70, "spaced": 15, "plus": 15 if p["cy"] else 0}))
            if r.random() < 0.9 else None,
            "Σταθερό": self.phone(p["landline"] if h is p["home"] else None, h["cy"], wpick(r, {"plain": 60, "spaced": 40}))
            if r.random() < 0.7 else None,
            "Οδός": self.street_gr(h, r.random() < 0.6) if not h["cy"] else caps(h["street"][0]),
            "Αριθμός": h["no"],
            "Τ.Κ.": self.tk(h, wpick(r, {"space": 50, "plain": 50})) if r.random() < 0.85 else None,
            "Πόλη": caps(h["town"]) if r.random() < 0.7 else h["town"],
            "Νομός": h["region"] if r.random() < 0.6 else None,
            "Email": p["email"] if r.random() < 0.5 else None,
        })  # fmt: skip

    def kiniti(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p, 0.25)
        sn = self.family_name(p, 0.2)
        own = r.random() < 0.6  # from the passport (ELOT) or as the clerk heard it
        self.add("KINITI", p, {
            "kodikos_syndromiti": self.unique(lambda: "S" + self.digits(8)),
            "eponymo": self.gslip((greeklish(sn, "elot") if own else self.sn_la(sn)).upper(), 0.04),
            "onoma": self.gslip((greeklish(p["gn"][0], "elot") if own else self.given_la(p, 0.5)).upper(), 0.03),
            "patronymo": greeklish(p["father"][0], "elot" if own else "phonetic").upper() if r.random() < 0.6 else None,
            "afm": (p["tic"] if p["cy"] else self.digit_slip(p["afm"], 0.02)) if r.random() < 0.75 else None,
            "im_gennisis": self.date(p["dob"], wpick(r, {"short": 60, "dmy": 40})) if r.random() < 0.8 else None,
            "kinito": self.phone(p["mobile"], p["cy"], wpick(r, {"plus": 35, "00": 20, "cc": 20, "plus_tight": 15, "plain": 10})),
            "dieuthinsi": f"{self.street_la(h)} {h['no']}" if r.random() < 0.75 else None,
            "tk": h["tk"] if r.random() < 0.7 else None,
            "poli": h["town_la"].upper() if r.random() < 0.8 else None,
        })  # fmt: skip

    def asfalistiki(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p, 0.3)
        sn = self.family_name(p, 0.35)
        address = None
        if r.random() < 0.85:
            address = f"{self.street_gr(h, False)} {h['no']}"
            if r.random() < 0.8:
                address += f", {self.tk(h, wpick(r, {'space': 70, 'plain': 30}))} {h['town']}"
        number = wpick(r, {"mobile": 60, "land": 40}) if p["landline"] else "mobile"
        self.add("ASFALISTIKI", p, {
            "ΑΡ. ΣΥΜΒΟΛΑΙΟΥ": self.unique(lambda: "ΣΥΜ-" + self.digits(7)),
            "ΕΠΩΝΥΜΟ": self.look(self.gslip(self.lower_gr(sn), 0.04), 0.04),
            "ΟΝΟΜΑ": self.look(self.lower_gr(self.given_gr(p, 0.3)), 0.04),
            "ΟΝΟΜΑ ΠΑΤΡΟΣ": self.lower_gr(p["father"][0]) if r.random() < 0.8 else None,
            "ΟΝΟΜΑ ΜΗΤΡΟΣ": self.lower_gr(p["mother"][0]) if r.random() < 0.6 else None,
            "Α.Μ.Κ.Α.": self.digit_slip(p["amka"], 0.02) if not p["cy"] and r.random() < 0.85 else None,
            "ΑΦΜ": self.digit_slip(p["afm"], 0.02) if r.random() < 0.6 else None,
            "ΗΜ. ΓΕΝΝΗΣΗΣ": self.date(p["dob"], wpick(r, {"dmY": 60, "dmy": 30, "dot": 10})) if r.random() < 0.92 else None,
            "ΤΗΛΕΦΩΝΟ": self.phone(p["mobile"] if number == "mobile" else p["landline"], p["cy"],
                                    wpick(r, {"plain": 50, "spaced": 25, "dash": 15, "plus": 10})) if r.random() < 0.9 else None,
            "ΔΙΕΥΘΥΝΣΗ": address,
            "EMAIL": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.6 else None,
        })  # fmt: skip

    def cy_bank(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p, 0.3)
        greek = r.random() < 0.5
        gn, sn, fa = p["gn"][0], p["sn"], p["father"][0]
        if greek:
            names = [self.look(caps(x), 0.03) for x in (sn, gn, fa)]
        else:
            names = [
                greeklish(sn, "elot").upper(),
                wpick(r, p["gn"][2]).upper(),
                greeklish(fa, "elot").upper(),
            ]
        address = None
        if r.random() < 0.9:
            street = h["street"][0] if greek else self.street_la(h)
            address = f"{caps(street) if greek else street} {h['no']}"
            if h["flat"] and r.random() < 0.7:
                address += wpick(
                    r, {f", Flat {h['flat']}": 50, f", Διαμ. {h['flat']}": 30, f"/{h['flat']}": 20}
                )
        self.add("CY_BANK", p, {
            "Customer No": self.unique(lambda: "CY" + self.digits(8)),
            "Surname": self.gslip(names[0], 0.03),
            "Name": names[1],
            "Father's Name": names[2] if r.random() < 0.7 else None,
            "ID Card No": (p["cy_id"] if p["cy"] else self.adt(p)) if r.random() < 0.85 else None,
            "TIC": p["tic"] if p["cy"] and r.random() < 0.6 else None,
            "Date of Birth": self.date(p["dob"], wpick(r, {"dmy": 80, "dot": 20})) if r.random() < 0.95 else None,
            "Mobile": self.phone(p["mobile"], p["cy"], wpick(r, {"plain": 50, "spaced": 30, "plus": 20})) if r.random() < 0.9 else None,
            "Home Tel": self.phone(p["landline"] if h is p["home"] else None, h["cy"], "plain") if r.random() < 0.6 else None,
            "Address": address,
            "Postal Code": h["tk"] if r.random() < 0.8 else None,
            "District": (caps(h["town"]) if greek else h["town_la"].upper()) if r.random() < 0.8 else None,
        })  # fmt: skip

    def eshop(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p, 0.15)
        sn = self.family_name(p, 0.6)
        script = wpick(r, {"gr": 45, "la": 55})
        if script == "gr":
            first = self.lower_gr(self.given_gr(p, 0.8))
            last = self.lower_gr(sn)
            if r.random() < 0.1:
                first, last = caps(first), caps(last)
            address = f"{self.street_gr(h, False)} {h['no']}"
            city = h["town"]
        else:
            first, last = self.given_la(p, 0.8), self.sn_la(sn)
            if r.random() < 0.1:
                first, last = first.lower(), last.lower()
            address = f"{self.street_la(h)} {h['no']}"
            city = h["town_la"]
        email = p["family_email"] if p["family_email"] and r.random() < 0.5 else p["email"]
        style = wpick(r, {"plain": 45, "plus": 20, "plus_tight": 15, "spaced": 10, "00": 10})
        self.add("ESHOP", p, {
            "first_name": self.gslip(first, 0.04),
            "last_name": self.gslip(last, 0.04),
            "email": email,
            "mobile": self.phone(p["mobile"], p["cy"], style) if r.random() < 0.85 else None,
            "address": address if r.random() < 0.8 else None,
            "postcode": self.tk(h, wpick(r, {"space": 40, "plain": 60})) if r.random() < 0.7 else None,
            "city": city if r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            adult = p["age"] >= 18
            lives_cy = self.where(p, 0.5)["cy"]
            if adult and not p["cy"] and r.random() < 0.65:
                self.trapeza(p)
                if r.random() < 0.05:
                    self.trapeza(p)
            if adult and lives_cy and r.random() < 0.7:
                self.cy_bank(p)
            if r.random() < 0.7:
                self.kiniti(p)
                if r.random() < 0.08:  # a second line
                    self.kiniti(p)
            if not p["cy"] and r.random() < 0.55:
                self.asfalistiki(p)
            if p["age"] < 75 and r.random() < 0.55:
                self.eshop(p)
                if r.random() < 0.1:
                    self.eshop(p)
            if len(self.rows) == n0:
                self.kiniti(p)
        return self.shuffled("row_id", "GR")


def greece(persons: int = 4000, seed: int = 30) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Greece.frame(persons, seed, "row_id")
