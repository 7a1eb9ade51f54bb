"""A Southern European insurer and telco group's customer file for Italy and Greece: the Italian
insurer's policy administration (Italian columns), the Greek mobile operator's billing (Greek
columns in Greek letters), the Greek insurance arm (Greeklish columns, names in Latin capitals),
the group's web portal and its call-centre CRM, stacked in one file (a ``sistema`` column). No
system has a country column: where a phone number is dialled is told by the number alone.

* Policies (``POLIZZE``): ``NUM_POLIZZA``, ``COGNOME``, ``NOME`` (capitals), ``CODICE_FISCALE``
  (16 characters: surname and name consonants, birth date with the day plus 40 for women, the
  birth town's cadastral code, a check letter; ``Z115`` for those born in Greece), ``SESSO``,
  ``DATA_NASCITA`` (``12/03/1975``), ``COMUNE_NASCITA``, ``INDIRIZZO`` (``VIA ROMA 12``, ``V.LE
  MONZA, 5``, ``C.SO ITALIA 3/A``), ``CAP``, ``CITTA``, ``PROV`` (``MI``, ``RM``, ``NA``),
  ``TELEFONO`` (a landline with its trunk zero, ``02 12345678``), ``CELLULARE`` (``333 1234567``,
  no trunk zero), ``EMAIL``.
* Greek billing (``ΤΙΜΟΛΟΓΗΣΗ``): ``ΚΩΔ_ΣΥΝΔΡΟΜΗΤΗ``, ``ΕΠΩΝΥΜΟ``, ``ΟΝΟΜΑ``, ``ΠΑΤΡΩΝΥΜΟ``
  (the father's given name) in Greek capitals, ``ΑΦΜ`` (9 digits, a mod-11 check digit),
  ``ΑΡ_ΤΑΥΤΟΤΗΤΑΣ`` (``ΑΚ 123456``; its letters typed in Greek or in the Latin look-alikes),
  ``ΗΜ_ΓΕΝΝΗΣΗΣ`` (``12/3/1975``), ``ΚΙΝΗΤΟ`` (the line, ``6971234567``), ``ΣΤΑΘΕΡΟ``
  (``2101234567``), ``ΔΙΕΥΘΥΝΣΗ`` (``ΕΡΜΟΥ 25``, ``ΟΔΟΣ ΕΡΜΟΥ 25``, ``ΛΕΩΦ. ΚΗΦΙΣΙΑΣ 120``),
  ``Τ.Κ.`` (``105 57``), ``ΠΟΛΗ``, ``EMAIL``. One row per line: a second line is a second row.
* Greek insurance arm (``ASFALISEIS``), Greeklish columns: ``ARITHMOS_SYMVOLAIOU``, ``EPONYMO``,
  ``ONOMA``, ``PATRONYMO`` in Latin capitals as on the passport (ELOT 743: ``PAPADOPOULOU``,
  ``GEORGIOS``), ``AFM``, ``AMKA`` (11 digits: the birth date ``DDMMYY``, a Luhn digit),
  ``HM_GENNISIS``, ``KINITO``, ``STATHERO``, ``DIEFTHYNSI`` (Latin letters), ``TK``, ``POLI``.
* Web portal (``PORTALE``), typed by the customers: ``username``, ``first_name``, ``last_name``
  (Greek customers in Greeklish spellings of every style: ``Giorgos``/``Yiorgos``/``Georgios``/
  ``George``, ``Papadopoulou``/``Papadopoulu``, ``Chatzis``/``Hatzis``/``Xatzis``), ``email``,
  ``mobile`` (``+39 333 1234567``, ``0039...``, ``30697...``, ``6971234567``), ``birth_date``
  (``1975-03-12``), ``tax_code`` (a codice fiscale or an AFM, lower case now and then).
* Call-centre CRM (``CRM``), typed by agents: ``ID_CONTATTO``, ``NOMINATIVO`` (``RUSSO
  GIUSEPPE``, ``Giuseppe Russo``, ``sig.ra Papadopoulou Maria``, ``Παπαδοπούλου Μαρία``,
  ``Bianchi Anna in Russo``), ``RECAPITO`` (a phone written any way), ``DATA_NASC`` (partial:
  ``1975``, ``03/1975``, ``12/03/75``), ``COD_FISC_AFM``, ``EMAIL``, ``NOTE``.

What makes it hard: very common names (``Giuseppe Russo``, ``Maria Esposito``, ``Maria
Papadopoulou``, ``Georgios Papadopoulos``) and Greek families that name the first son after his
paternal grandfather, so that a grandfather and a grandson share name and father's name at one
address; Greek women's surnames in the genitive (``Papadopoulou`` in a ``Papadopoulos`` family)
and wives taking their husband's while Italian wives keep their own (``in Russo`` on some
records); Italian particle surnames written many ways (``De Luca``, ``DELUCA``, ``Dell'Acqua``,
``DELL ACQUA``, ``D'Angelo``, ``DANGELO``) and compound given names (``Gian Marco``,
``Gianmarco``, ``Maria Grazia``); short names (``Giorgos`` for ``Georgios``, ``Peppe`` for
``Giuseppe``); codici fiscali with the omocodia substitution (digits replaced by ``LMNPQRSTUV``)
in one system and the plain code from an online calculator in another, and typos; Greek names in
Greek letters in one system and in Latin letters in others; households sharing a landline, an
address and an e-mail; phones with and without ``+39``/``0039``/``+30``/``0030``, Italian
mobiles with no trunk zero beside Italian landlines with one and Greek numbers of ten digits;
customers who moved (old address and landline left in systems not told), mobiles given out again.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick

# ------------------------------------------------------------------ Italy
IT_M = {"Giuseppe": 14, "Giovanni": 9, "Antonio": 10, "Mario": 7, "Francesco": 10, "Luigi": 5,
        "Angelo": 4, "Vincenzo": 6, "Pietro": 4, "Salvatore": 7, "Carlo": 3, "Franco": 3,
        "Domenico": 4, "Paolo": 4, "Michele": 4, "Giorgio": 3, "Sergio": 2, "Marco": 6, "Andrea": 6,
        "Luca": 5, "Alessandro": 6, "Matteo": 4, "Lorenzo": 3, "Davide": 3, "Stefano": 4,
        "Roberto": 4, "Gianluca": 2, "Gian Marco": 2, "Pier Paolo": 1, "Ciro": 2, "Gennaro": 2}  # fmt: skip
IT_F = {"Maria": 14, "Anna": 9, "Giuseppina": 5, "Rosa": 4, "Angela": 4, "Giovanna": 4, "Teresa": 3,
        "Lucia": 3, "Carmela": 3, "Caterina": 2, "Francesca": 6, "Antonietta": 2, "Laura": 4,
        "Giulia": 5, "Chiara": 4, "Sara": 4, "Martina": 4, "Valentina": 4, "Alessandra": 3,
        "Federica": 3, "Elisa": 3, "Maria Grazia": 2, "Anna Maria": 2, "Rita": 2, "Paola": 3}  # fmt: skip
#: Short names a customer or an agent writes for the given name.
IT_SHORT = {"Giuseppe": ["Peppe", "Pino", "Beppe"], "Giovanni": ["Gianni"], "Antonio": ["Tonino"],
            "Salvatore": ["Salvo", "Toto"], "Vincenzo": ["Enzo"], "Luigi": ["Gino"],
            "Alessandro": ["Sandro"], "Francesco": ["Ciccio"], "Giuseppina": ["Pina"],
            "Antonietta": ["Tonia"], "Domenico": ["Mimmo"]}  # fmt: skip
IT_SN = {"Rossi": 10, "Russo": 14, "Ferrari": 7, "Esposito": 14, "Bianchi": 6, "Romano": 8,
         "Colombo": 6, "Ricci": 5, "Marino": 5, "Greco": 6, "Bruno": 5, "Gallo": 5, "Conti": 4,
         "De Luca": 6, "Mancini": 4, "Costa": 4, "Giordano": 4, "Rizzo": 4, "Lombardi": 4,
         "Moretti": 3, "Barbieri": 3, "Fontana": 3, "Santoro": 3, "Caruso": 3, "Ferrara": 3,
         "Leone": 3, "Longo": 3, "Gentile": 3, "Vitale": 3, "Coppola": 4, "De Santis": 3,
         "D'Angelo": 3, "Parisi": 3, "Conte": 3, "De Angelis": 2, "Amato": 3, "Sorrentino": 3,
         "D'Amico": 2, "Di Stefano": 3, "Dell'Acqua": 2, "Lo Russo": 2, "La Rosa": 2,
         "Del Vecchio": 2, "Di Giovanni": 2, "De Rosa": 2, "Palumbo": 2, "Cirillo": 2,
         "Della Ragione": 1, "Lo Bianco": 1, "Mazza Rossi": 1}  # fmt: skip
# (town, cadastral code, province, postcodes, landline area code)
IT_TOWNS = [
    ("Milano", "F205", "MI", (20121, 20162), "02", 14),
    ("Roma", "H501", "RM", (118, 199), "06", 18),
    ("Napoli", "F839", "NA", (80121, 80147), "081", 14),
    ("Torino", "L219", "TO", (10121, 10156), "011", 8),
    ("Palermo", "G273", "PA", (90121, 90151), "091", 7),
    ("Genova", "D969", "GE", (16121, 16167), "010", 4),
    ("Bologna", "A944", "BO", (40121, 40141), "051", 4),
    ("Firenze", "D612", "FI", (50121, 50145), "055", 4),
    ("Bari", "A662", "BA", (70121, 70132), "080", 5),
    ("Catania", "C351", "CT", (95121, 95131), "095", 4),
    ("Monza", "F704", "MB", (20900, 20900), "039", 2),
    ("Salerno", "H703", "SA", (84121, 84135), "089", 3),
    ("Verona", "L781", "VR", (37121, 37142), "045", 3),
    ("Torre del Greco", "L259", "NA", (80059, 80059), "081", 2),
    ("Caserta", "B963", "CE", (81100, 81100), "0823", 2),
]  # fmt: skip
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale Monza",
              "Piazza Dante", "Via dei Mille", "Via Toledo", "Via Nazionale", "Via XX Settembre",
              "Corso Italia", "Via Mazzini", "Via Cavour", "Via Manzoni", "Viale della Repubblica",
              "Via San Giovanni", "Via Verdi", "Via Marconi", "Via Matteotti", "Viale Europa",
              "Via Gramsci", "Piazza Garibaldi", "Corso Umberto I", "Via Dante Alighieri",
              "Via Vittorio Veneto", "Via Piave", "Vico Lungo", "Via Napoli", "Via Milano"]  # fmt: skip
IT_ABBR = {"Via": ["V.", "V"], "Viale": ["V.le", "VLE"], "Piazza": ["P.zza", "P.za", "P.ZZA"],
           "Corso": ["C.so", "CSO"], "Vico": ["Vico"]}  # fmt: skip
IT_MOBILE = ["320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340",
             "342", "345", "347", "348", "349", "351", "366", "370", "380", "388", "389", "392", "393"]  # fmt: skip
IT_MAIL = {"gmail.com": 35, "libero.it": 20, "hotmail.it": 10, "alice.it": 8, "virgilio.it": 7,
           "tiscali.it": 5, "yahoo.it": 8, "outlook.it": 7}  # fmt: skip

# ------------------------------------------------------------------ Greece
# (formal Greek, the short Greek one, Latin spellings of the formal, Latin spellings of the short)
GR_M = [
    ("Γεώργιος", "Γιώργος", ["Georgios", "Georgios", "Yeorgios"], ["Giorgos", "Yiorgos", "George"], 14),
    ("Ιωάννης", "Γιάννης", ["Ioannis", "Ioannis", "Ioanis"], ["Giannis", "Yannis", "John"], 12),
    ("Κωνσταντίνος", "Κώστας", ["Konstantinos", "Konstantinos", "Constantinos"], ["Kostas", "Costas"], 11),
    ("Δημήτριος", "Δημήτρης", ["Dimitrios", "Dimitrios", "Demetrios"], ["Dimitris", "Jim", "Dimitri"], 10),
    ("Νικόλαος", "Νίκος", ["Nikolaos", "Nikolaos", "Nicolaos"], ["Nikos", "Nick", "Nicos"], 9),
    ("Παναγιώτης", "Πάνος", ["Panagiotis", "Panayiotis", "Panagiotis"], ["Panos", "Takis"], 7),
    ("Χρήστος", "Χρήστος", ["Christos", "Christos", "Hristos"], ["Christos", "Chris", "Xristos"], 7),
    ("Βασίλειος", "Βασίλης", ["Vasileios", "Vasilios", "Vassilios"], ["Vasilis", "Vassilis", "Bill"], 6),
    ("Αθανάσιος", "Θανάσης", ["Athanasios", "Athanasios", "Athanassios"], ["Thanasis", "Thanos"], 5),
    ("Ευάγγελος", "Βαγγέλης", ["Evangelos", "Evaggelos", "Evangelos"], ["Vangelis", "Vaggelis"], 4),
    ("Μιχαήλ", "Μιχάλης", ["Michail", "Michail", "Mihail"], ["Michalis", "Mihalis", "Michael"], 4),
    ("Σπυρίδων", "Σπύρος", ["Spyridon", "Spiridon", "Spyridon"], ["Spyros", "Spiros"], 4),
    ("Αντώνιος", "Αντώνης", ["Antonios", "Antonios", "Antonis"], ["Antonis", "Tony"], 3),
    ("Ηλίας", "Ηλίας", ["Ilias", "Ilias", "Elias"], ["Ilias", "Elias"], 3),
]  # fmt: skip
GR_F = [
    ("Μαρία", "Μαρία", ["Maria", "Maria", "Maria"], ["Maria", "Mary"], 15),
    ("Ελένη", "Ελένη", ["Eleni", "Eleni", "Helen"], ["Eleni", "Elena", "Helen"], 9),
    ("Αικατερίνη", "Κατερίνα", ["Aikaterini", "Ekaterini", "Aikaterini"], ["Katerina", "Kate", "Katerina"], 8),
    ("Βασιλική", "Βάσω", ["Vasiliki", "Vassiliki", "Vasiliki"], ["Vaso", "Vicky", "Vasso"], 6),
    ("Σοφία", "Σοφία", ["Sofia", "Sofia", "Sophia"], ["Sofia", "Sophie"], 6),
    ("Αγγελική", "Αγγελική", ["Angeliki", "Aggeliki", "Angeliki"], ["Angeliki", "Angela", "Aggeliki"], 5),
    ("Γεωργία", "Γεωργία", ["Georgia", "Georgia", "Yeorgia"], ["Georgia", "Giorgia"], 5),
    ("Δήμητρα", "Δήμητρα", ["Dimitra", "Dimitra", "Demetra"], ["Dimitra", "Mimi"], 4),
    ("Ευαγγελία", "Βάλια", ["Evangelia", "Evaggelia", "Evangelia"], ["Valia", "Evangelia", "Litsa"], 4),
    ("Χριστίνα", "Χριστίνα", ["Christina", "Christina", "Hristina"], ["Christina", "Xristina"], 4),
    ("Ειρήνη", "Ειρήνη", ["Eirini", "Irini", "Eirini"], ["Irini", "Irene", "Rena"], 5),
    ("Παναγιώτα", "Γιώτα", ["Panagiota", "Panayiota", "Panagiota"], ["Giota", "Yiota"], 4),
    ("Αναστασία", "Νατάσα", ["Anastasia", "Anastasia", "Anastassia"], ["Natasa", "Tasoula", "Natasha"], 4),
]  # fmt: skip
# (male, female: the genitive)
GR_SN = [
    ("Παπαδόπουλος", "Παπαδοπούλου", 14), ("Παπαγεωργίου", "Παπαγεωργίου", 5),
    ("Οικονόμου", "Οικονόμου", 5), ("Γεωργίου", "Γεωργίου", 6), ("Νικολάου", "Νικολάου", 5),
    ("Παπαδάκης", "Παπαδάκη", 5), ("Καραγιάννης", "Καραγιάννη", 5), ("Βλάχος", "Βλάχου", 4),
    ("Αντωνίου", "Αντωνίου", 4), ("Δημητρίου", "Δημητρίου", 5), ("Ιωάννου", "Ιωάννου", 5),
    ("Μαυρίδης", "Μαυρίδου", 3), ("Παπανικολάου", "Παπανικολάου", 4), ("Κωνσταντίνου", "Κωνσταντίνου", 4),
    ("Αθανασίου", "Αθανασίου", 3), ("Χατζής", "Χατζή", 3), ("Πετρίδης", "Πετρίδου", 3),
    ("Μακρής", "Μακρή", 3), ("Αλεξίου", "Αλεξίου", 3), ("Σταματόπουλος", "Σταματοπούλου", 3),
    ("Κωστόπουλος", "Κωστοπούλου", 3), ("Νικολαΐδης", "Νικολαΐδου", 3),
    ("Χριστοδούλου", "Χριστοδούλου", 3), ("Λαμπράκης", "Λαμπράκη", 2), ("Ζαχαρίου", "Ζαχαρίου", 2),
    ("Μπακογιάννης", "Μπακογιάννη", 2), ("Ντόκος", "Ντόκου", 1), ("Τσακίρης", "Τσακίρη", 2),
    ("Ευαγγέλου", "Ευαγγέλου", 2), ("Γκίκας", "Γκίκα", 1), ("Παππάς", "Παππά", 3),
]  # fmt: skip
# (city in Greek, in Latin, postcode range, area code)
GR_TOWNS = [
    ("ΑΘΗΝΑ", "Athina", (10431, 11855), "210", 30), ("ΠΕΙΡΑΙΑΣ", "Peiraias", (18531, 18547), "210", 6),
    ("ΘΕΣΣΑΛΟΝΙΚΗ", "Thessaloniki", (54621, 54655), "2310", 14), ("ΠΑΤΡΑ", "Patra", (26221, 26335), "2610", 5),
    ("ΗΡΑΚΛΕΙΟ", "Irakleio", (71201, 71409), "2810", 5), ("ΛΑΡΙΣΑ", "Larisa", (41221, 41336), "2410", 4),
    ("ΒΟΛΟΣ", "Volos", (38221, 38446), "24210", 3), ("ΙΩΑΝΝΙΝΑ", "Ioannina", (45221, 45500), "26510", 3),
    ("ΧΑΝΙΑ", "Chania", (73100, 73136), "28210", 2), ("ΚΑΛΑΜΑΤΑ", "Kalamata", (24100, 24134), "27210", 2),
]  # fmt: skip
GR_STREETS = ["Ερμού", "Σταδίου", "Πανεπιστημίου", "Αθηνάς", "Πατησίων", "Αλεξάνδρας", "Εγνατίας",
              "Τσιμισκή", "Κηφισίας", "Βασιλίσσης Σοφίας", "Αγίου Δημητρίου", "Ελευθερίου Βενιζέλου",
              "25ης Μαρτίου", "Μητροπόλεως", "Καραϊσκάκη", "Κολοκοτρώνη", "Ιπποκράτους",
              "Αριστοτέλους", "Παπαναστασίου", "Μεσογείων", "Θησέως", "Ομήρου"]  # fmt: skip
GR_AVENUES = {"Κηφισίας", "Αλεξάνδρας", "Βασιλίσσης Σοφίας", "Μεσογείων", "Πατησίων"}
GR_MOBILE = ["690", "693", "694", "695", "697", "698", "699", "691"]
GR_MAIL = {"gmail.com": 45, "yahoo.gr": 15, "hotmail.com": 15, "otenet.gr": 8, "windowslive.com": 4,
           "hotmail.gr": 5, "outlook.com": 8}  # fmt: skip
#: The letters of a Greek id card's series and their Latin look-alikes.
ID_SERIES = ["ΑΚ", "ΑΒ", "ΑΕ", "ΑΗ", "ΑΙ", "ΑΜ", "ΑΝ", "ΑΤ", "ΑΧ", "ΑΖ", "Χ", "Τ", "Π", "Ρ"]
LOOKALIKE = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")

# ------------------------------------------------------------------ codice fiscale
MONTHS = "ABCDEHLMPRST"
ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
OMOCODIA = "LMNPQRSTUV"


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFD", s.upper())
    return "".join(c for c in s if "A" <= c <= "Z")


def cf_check(body: str) -> str:
    """The check letter of a codice fiscale's first fifteen characters."""
    total = 0
    for i, c in enumerate(body):
        total += ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + total % 26)


def cf_part(name: str, given: bool) -> str:
    s = _plain(name)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(sn: str, given: str, dob: dt.date, sex: str, town: str) -> str:
    day = dob.day + (40 if sex == "F" else 0)
    body = (
        f"{cf_part(sn, False)}{cf_part(given, True)}{dob:%y}{MONTHS[dob.month - 1]}{day:02d}{town}"
    )
    return body + cf_check(body)


def omocodia(cf: str, k: int) -> str:
    """``cf`` with its last ``k`` digits replaced by letters, as the revenue agency issues a
    second code of the same characters."""
    chars = list(cf[:15])
    for pos in [14, 13, 12, 10, 9, 7, 6][:k]:
        chars[pos] = OMOCODIA[int(chars[pos])]
    body = "".join(chars)
    return body + cf_check(body)


def afm_digit(body: str) -> str:
    return str(sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body)) % 11 % 10)


# ------------------------------------------------------------------ Greeklish
_ACCENTS = str.maketrans("άέήίόύώϊϋΐΰ", "αεηιουωιυιυ")
_ELOT = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"),
         ("ντ", "nt"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"), ("β", "v"), ("η", "i"),
         ("υ", "y"), ("ω", "o"), ("φ", "f"), ("ς", "s")]  # fmt: skip
#: Phonetic spellings: the sounds, as people write their own names in Latin letters.
_PHONETIC = [("ου", "ou"), ("αυ", "af"), ("ευ", "ef"), ("αι", "e"), ("γγ", "ng"), ("^γκ", "g"),
             ("γκ", "g"), ("^μπ", "b"), ("μπ", "mb"), ("^ντ", "d"), ("ντ", "nd"), ("γι", "yi"),
             ("γε", "ye"), ("θ", "th"), ("χ", "h"), ("ψ", "ps"), ("ξ", "ks"), ("β", "v"),
             ("η", "i"), ("υ", "i"), ("ω", "o"), ("φ", "f"), ("ς", "s")]  # fmt: skip
#: "Greeklish" as typed on a phone: letters by their shapes (θ 8, χ x, ω w).
_CHAT = [("ου", "ou"), ("θ", "8"), ("χ", "x"), ("ψ", "ps"), ("ξ", "ks"), ("β", "v"), ("η", "h"),
         ("υ", "y"), ("ω", "w"), ("φ", "f"), ("ς", "s")]  # fmt: skip
_REST = str.maketrans("αγδεζικλμνοπρστ", "agdeziklmnoprst")


def greeklish(gr: str, style: str) -> str:
    """A Greek word or name in Latin letters: ``elot`` (passports), ``phonetic``, ``chat``."""
    rules = {"elot": _ELOT, "phonetic": _PHONETIC, "chat": _CHAT}[style]
    out = []
    for word in gr.lower().translate(_ACCENTS).split(" "):
        for a, b in rules:
            word = re.sub(a, b, word)
        out.append(word.translate(_REST).capitalize())
    return " ".join(out)


def upper_gr(s: str) -> str:
    """Greek capitals as systems keep them: without accents."""
    return s.translate(_ACCENTS).upper()


class SouthEu(Draws):
    SLIP_LETTERS = "aeionrstl"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            if r.random() < 0.55:
                self.italian_household()
            else:
                self.greek_household()
        # numbers given out again: a stranger's old mobile is someone else's now
        for p in r.sample(self.persons, len(self.persons) // 30):
            q = r.choice(self.persons)
            if q is not p and q["mobiles"] and q["country"] == p["country"]:
                p["old_mobile"] = q["mobiles"][0]

    def new(self, **kw) -> dict:
        self.pid += 1
        p = dict(pid=self.pid, mobiles=[], old_mobile=None, moved=None, email=None, cf_calc=None,
                 nick=None, husband_sn=None, patr=None, afm=None, amka=None, idcard=None, cf=None)  # fmt: skip
        p.update(kw)
        self.persons.append(p)
        return p

    def it_home(self) -> dict:
        r = self.rnd
        town = wpick(r, [(t, t[5]) for t in IT_TOWNS])
        lo, hi = town[3]
        return dict(street=r.choice(IT_STREETS), no=str(r.randint(1, 180)) + wpick(r, {"": 85, "/A": 8, "/B": 7}),
                    cap=f"{r.randint(lo, hi):05d}", town=town[0], prov=town[2], code=town[4],
                    interno=r.randint(1, 20) if r.random() < 0.3 else None)  # fmt: skip

    def it_landline(self, code: str) -> str:
        return self.unique(lambda: code + str(self.rnd.randint(2, 9)) + self.digits(9 - len(code)))

    def it_mobile(self) -> str:
        return self.unique(lambda: self.rnd.choice(IT_MOBILE) + self.digits(7))

    def italian_household(self) -> None:
        r = self.rnd
        home = self.it_home()
        landline = self.it_landline(home["code"]) if r.random() < 0.55 else None
        family_mail = None
        sn = wpick(r, IT_SN)
        kind = wpick(r, {"single": 30, "couple": 25, "family": 35, "three": 10})
        head_sex = "M" if kind != "single" or r.random() < 0.5 else "F"
        head = self.it_person(
            sn, head_sex, self.dob(30, 85) if kind != "three" else self.dob(60, 90), home, landline
        )
        members = [head]
        if kind != "single":
            wife = self.it_person(wpick(r, IT_SN), "F", self.dob(28, 85), home, landline)
            wife["husband_sn"] = sn
            members.append(wife)
        if kind in ("family", "three"):
            for _ in range(r.randint(1, 3)):
                sex = r.choice("MF")
                kid = self.it_person(sn, sex, self.dob(18, 40), home, landline)
                members.append(kid)
            if kind == "three":  # the grandson named after his grandfather, at one address
                son = next((m for m in members[2:] if m["sex"] == "M"), None)
                if son is not None:
                    g = self.it_person(
                        sn, "M", self.dob(18, 24), home, landline, given=head["given"]
                    )
                    members.append(g)
        if len(members) > 1 and r.random() < 0.3:
            family_mail = self.email(head, "it")
            for m in members:
                if r.random() < 0.6:
                    m["email"] = family_mail

    def it_person(self, sn, sex, dob, home, landline, given=None) -> dict:
        r = self.rnd
        given = given or wpick(r, IT_M if sex == "M" else IT_F)
        born = (
            wpick(r, [(t, t[5]) for t in IT_TOWNS])
            if r.random() < 0.6
            else next(t for t in IT_TOWNS if t[0] == home["town"])
        )
        cf = self.unique(lambda: codice_fiscale(sn, given, dob, sex, born[1]))
        cf_calc = None
        if r.random() < 0.03:  # an omocodic code: the agency's; calculators give the plain one
            cf_calc, cf = cf, omocodia(cf, r.choice([1, 1, 2]))
        p = self.new(country="IT", sn=sn, given=given, sex=sex, dob=dob, home=home, landline=landline,
                     cf=cf, cf_calc=cf_calc, born=born[0])  # fmt: skip
        if given in IT_SHORT and r.random() < 0.35:
            p["nick"] = r.choice(IT_SHORT[given])
        if r.random() < 0.93:
            p["mobiles"].append(self.it_mobile())
        if r.random() < 0.12:
            p["mobiles"].append(self.it_mobile())
        if r.random() < 0.18:
            p["moved"] = self.it_home()
            p["new_landline"] = self.it_landline(p["moved"]["code"]) if r.random() < 0.4 else None
        if r.random() < 0.6:
            p["email"] = self.email(p, "it")
        return p

    def gr_home(self) -> dict:
        r = self.rnd
        town = wpick(r, [(t, t[4]) for t in GR_TOWNS])
        lo, hi = town[2]
        return dict(street=r.choice(GR_STREETS), no=str(r.randint(1, 200)), tk=str(r.randint(lo, hi)),
                    town=town[0], town_lat=town[1], code=town[3])  # fmt: skip

    def gr_landline(self, code: str) -> str:
        return self.unique(lambda: code + str(self.rnd.randint(2, 9)) + self.digits(9 - len(code)))

    def gr_mobile(self) -> str:
        return self.unique(lambda: self.rnd.choice(GR_MOBILE) + self.digits(7))

    def greek_household(self) -> None:
        r = self.rnd
        home = self.gr_home()
        landline = self.gr_landline(home["code"]) if r.random() < 0.65 else None
        sn = wpick(r, [((m, f), w) for m, f, w in GR_SN])
        kind = wpick(r, {"single": 28, "couple": 25, "family": 35, "three": 12})
        grandpa_father = wpick(r, [(g, g[4]) for g in GR_M])
        head_sex = "M" if kind != "single" or r.random() < 0.5 else "F"
        head = self.gr_person(sn, head_sex, self.dob(30, 85) if kind != "three" else self.dob(62, 90),
                              home, landline, patr=grandpa_father)  # fmt: skip
        members = [head]
        if kind != "single":
            wife = self.gr_person(sn, "F", self.dob(28, 85), home, landline,
                                  patr=wpick(r, [(g, g[4]) for g in GR_M]))  # fmt: skip
            wife["maiden"] = wpick(r, [((m, f), w) for m, f, w in GR_SN])[1]
            members.append(wife)
        if kind in ("family", "three") and head["sex"] == "M":
            first_son = True
            for _ in range(r.randint(1, 3)):
                sex = r.choice("MF")
                # the first son after his paternal grandfather, the first daughter after her grandmother
                given = grandpa_father if sex == "M" and first_son and r.random() < 0.7 else None
                first_son = first_son and sex != "M"
                kid = self.gr_person(
                    sn, sex, self.dob(18, 40), home, landline, patr=head["given"], given=given
                )
                members.append(kid)
            if kind == "three":
                son = next((m for m in members[2:] if m["sex"] == "M"), None)
                if son is not None:  # the grandson: the grandfather's name and father's name
                    g = self.gr_person(
                        sn,
                        "M",
                        self.dob(18, 24),
                        home,
                        landline,
                        patr=son["given"],
                        given=head["given"],
                    )
                    members.append(g)
        if len(members) > 1 and r.random() < 0.35:
            mail = self.email(head, "gr")
            for m in members:
                if r.random() < 0.6:
                    m["email"] = mail

    def gr_person(self, sn, sex, dob, home, landline, patr, given=None) -> dict:
        r = self.rnd
        given = given or wpick(r, [(g, g[4]) for g in (GR_M if sex == "M" else GR_F)])
        afm = self.unique(lambda: (b := r.choice("01") + self.digits(7)) + afm_digit(b))
        amka = self.unique(lambda: (b := f"{dob:%d%m%y}" + self.digits(4)) + luhn_digit(b))
        idcard = self.unique(lambda: r.choice(ID_SERIES) + f"{r.randint(0, 999999):06d}")
        p = self.new(country="GR", sn=sn[0] if sex == "M" else sn[1], sn_m=sn[0], given=given, sex=sex,
                     dob=dob, home=home, landline=landline, patr=patr, afm=afm, amka=amka, idcard=idcard)  # fmt: skip
        if r.random() < 0.95:
            p["mobiles"].append(self.gr_mobile())
        if r.random() < 0.15:
            p["mobiles"].append(self.gr_mobile())
        if r.random() < 0.15:
            p["moved"] = self.gr_home()
            p["new_landline"] = self.gr_landline(p["moved"]["code"]) if r.random() < 0.4 else None
        if r.random() < 0.55:
            p["email"] = self.email(p, "gr")
        if (
            r.random() < 0.04
        ):  # living in Italy: a codice fiscale of a Greek-born, an Italian mobile
            la_sn, la_gv = greeklish(p["sn"], "elot"), greeklish(given[0], "elot")
            p["cf"] = self.unique(lambda: codice_fiscale(la_sn, la_gv, dob, sex, "Z115"))
            p["it_home"] = self.it_home()
            p["mobiles"].append(self.it_mobile())
        return p

    def email(self, p: dict, country: str) -> str:
        r = self.rnd
        if country == "it":
            g, s = p["given"].lower().replace(" ", ""), _plain(p["sn"]).lower()
            dom = wpick(r, IT_MAIL)
        else:
            g = greeklish(
                p["given"][1 if r.random() < 0.5 else 0], r.choice(["elot", "phonetic"])
            ).lower()
            s = greeklish(p["sn"], r.choice(["elot", "phonetic"])).lower()
            dom = wpick(r, GR_MAIL)
        local = wpick(r, {f"{g}.{s}": 35, f"{g[0]}{s}": 25, f"{g}{s}": 10, f"{g}{r.randint(60, 99)}": 15,
                          f"{s}.{g}": 10, f"{g}_{s}{r.randint(1, 99)}": 5})  # fmt: skip
        return self.unique(
            lambda: local + wpick(r, {"": 70, str(r.randint(1, 999)): 30}) + "@" + dom
        )

    # ------------------------------------------------------------ written forms
    def phone(self, num: str | None, style: str) -> str | None:
        """A national number as a system writes it: ``plain``, ``spaced``, ``plus``, ``plus_plain``,
        ``00``, ``cc`` (the country code without a plus)."""
        if not num:
            return None
        cc = "39" if num[0] in "03" else "30"
        if num[0] == "3" or num[0] == "6":  # mobiles: 3xx 1234567, 69x 123 4567
            spaced = f"{num[:3]} {num[3:]}" if num[0] == "3" else f"{num[:3]} {num[3:6]} {num[6:]}"
        elif num[0] == "0":
            k = 2 if num[1] in "26" else (4 if num.startswith("0823") else 3)
            spaced = f"{num[:k]}{self.rnd.choice([' ', '/', '-', ' '])}{num[k:]}"
        else:
            k = (
                3
                if num.startswith("210")
                else (4 if num[3] == "0" and len(num) == 10 and num[4] != "0" else 5)
            )
            spaced = f"{num[:k]} {num[k:]}"
        return {"plain": num, "spaced": spaced, "plus": f"+{cc} {spaced}", "plus_plain": f"+{cc}{num}",
                "00": f"00{cc} {num}", "cc": f"{cc}{num}"}[style]  # fmt: skip

    def mobile(self, p: dict, old: float = 0.08, prefer: str | None = None) -> str | None:
        r = self.rnd
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"]
        pool = [
            m for m in p["mobiles"] if prefer is None or (m[0] == "3") == (prefer == "IT")
        ] or p["mobiles"]
        if not pool:
            return None
        return pool[-1] if len(pool) > 1 and r.random() < 0.4 else pool[0]

    def where(self, p: dict, stale: float) -> tuple[dict, str | None]:
        if p["moved"] and self.rnd.random() >= stale:
            return p["moved"], p.get("new_landline")
        return p["home"], p["landline"]

    def it_surname(self, sn: str, style: str) -> str:
        if style == "upper":
            return sn.upper()
        if style == "joined":
            return sn.replace("'", "").replace(" ", "")
        if style == "joined_upper":
            return sn.replace("'", "").replace(" ", "").upper()
        if style == "space":
            return sn.replace("'", " ").upper()
        if style == "backtick":
            return sn.replace("'", "`").upper()
        if style == "curly":
            return sn.replace("'", "\u2019")
        return sn

    def it_given(self, given: str, style: str) -> str:
        if " " in given and style == "joined":
            return given.replace(" ", "")
        if " " in given and style == "first":
            return given.split(" ")[0]
        return given

    def it_street(self, a: dict, style: str) -> str:
        r = self.rnd
        street = a["street"]
        kind, rest = street.split(" ", 1)
        if style == "abbr" and kind in IT_ABBR:
            street = f"{r.choice(IT_ABBR[kind])} {rest}"
        sep = wpick(r, {" ": 50, ", ": 40, " n. ": 7, ", n.": 3})
        s = f"{street}{sep}{a['no']}"
        if a["interno"] and r.random() < 0.5:
            s += wpick(
                r,
                {
                    f" int. {a['interno']}": 60,
                    f" - int {a['interno']}": 20,
                    f" sc. B int. {a['interno']}": 20,
                },
            )
        return s

    def gr_street(self, a: dict, style: str) -> str:
        r = self.rnd
        street = a["street"]
        if style == "latin":
            name = greeklish(street, r.choice(["elot", "phonetic"]))
            return wpick(r, {f"{name} {a['no']}": 60, f"{name} str. {a['no']}": 15, f"{a['no']} {name} St": 10,
                             f"Odos {name} {a['no']}": 15})  # fmt: skip
        if street in GR_AVENUES and r.random() < 0.6:
            street = wpick(r, {"Λεωφ. ": 60, "Λεωφόρος ": 40}) + street
        elif r.random() < 0.2:
            street = "Οδός " + street
        if street.startswith("Βασιλίσσης") and r.random() < 0.5:
            street = street.replace("Βασιλίσσης", "Βασ.")
        if street.startswith("Ελευθερίου") and r.random() < 0.6:
            street = street.replace("Ελευθερίου", "Ελ.")
        s = f"{street} {a['no']}"
        return upper_gr(s) if style == "upper" else s

    def tk(self, a: dict, spaced: float) -> str:
        return f"{a['tk'][:3]} {a['tk'][3:]}" if self.rnd.random() < spaced else a["tk"]

    def gr_given_latin(self, p: dict, style: str, short: float) -> str:
        formal, _, forms, shorts, _ = p["given"]
        r = self.rnd
        if r.random() < short:
            return r.choice(shorts)
        if style == "elot":
            return greeklish(formal, "elot")
        return r.choice(forms)

    def gr_surname_latin(self, p: dict, style: str) -> str:
        return greeklish(p["sn"], style)

    def cf_str(self, p: dict, calc: float, typo: float) -> str | None:
        r = self.rnd
        cf = p["cf_calc"] if p["cf_calc"] and r.random() < calc else p["cf"]
        if cf and r.random() < typo:
            i = r.randrange(1, 15)
            c = cf[i]
            repl = {"0": "O", "O": "0", "1": "I", "I": "1", "5": "S", "S": "5"}.get(c)
            repl = repl or (str(r.randrange(10)) if c.isdigit() else r.choice("ABCDEFGHLMNPRST"))
            cf = cf[:i] + repl + cf[i + 1 :]
        return cf

    def digit_slip(self, s: str, p: float) -> str:
        if self.rnd.random() >= p:
            return s
        i = self.rnd.randrange(len(s) - 1)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"sistema": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def polizze(self, p: dict) -> None:
        r = self.rnd
        if p["country"] == "GR":
            a, land = p["it_home"], None
            sn = greeklish(p["sn"], "elot").upper()
            given = greeklish(p["given"][0], "elot").upper()
            born = "GRECIA"
        else:
            a, land = self.where(p, 0.35)
            sn = self.it_surname(
                self.typo(p["sn"], 0.02),
                wpick(r, {"upper": 75, "joined_upper": 10, "space": 10, "backtick": 5}),
            )
            given = self.it_given(
                self.typo(p["given"], 0.02), wpick(r, {"full": 85, "joined": 10, "first": 5})
            ).upper()
            born = p["born"].upper()
        self.add("POLIZZE", p, {
            "NUM_POLIZZA": self.unique(lambda: r.choice(["RC", "VI", "CA", "IN"]) + self.digits(9)),
            "COGNOME": sn.upper(),
            "NOME": given,
            "CODICE_FISCALE": self.cf_str(p, 0.0, 0.015) if r.random() < 0.97 else None,
            "SESSO": p["sex"],
            "DATA_NASCITA": p["dob"].strftime(wpick(r, {"%d/%m/%Y": 80, "%d-%m-%Y": 20})) if r.random() < 0.95 else None,
            "COMUNE_NASCITA": born if r.random() < 0.9 else None,
            "INDIRIZZO": self.it_street(a, wpick(r, {"full": 55, "abbr": 45})).upper(),
            "CAP": a["cap"] if r.random() < 0.95 else None,
            "CITTA": a["town"].upper(),
            "PROV": a["prov"],
            "TELEFONO": self.phone(land, wpick(r, {"plain": 50, "spaced": 50})) if land and r.random() < 0.8 else None,
            "CELLULARE": self.phone(self.mobile(p, 0.1, "IT"), wpick(r, {"plain": 55, "spaced": 30, "plus": 15}))
            if r.random() < 0.85 else None,
            "EMAIL": p["email"] if r.random() < 0.5 else None,
        })  # fmt: skip

    def telco(self, p: dict, line: str | None) -> None:
        r = self.rnd
        a, land = self.where(p, 0.3)
        given = p["given"][0] if r.random() < 0.85 else p["given"][1]
        idc = p["idcard"]
        if r.random() < 0.4:
            idc = idc.translate(LOOKALIKE)
        if r.random() < 0.3:
            idc = re.sub(r"(\D+)(\d+)", r"\1 \2", idc)
        patr = p["patr"][0] if r.random() < 0.7 else p["patr"][1]
        self.add("ΤΙΜΟΛΟΓΗΣΗ", p, {
            "ΚΩΔ_ΣΥΝΔΡΟΜΗΤΗ": self.unique(lambda: "8" + self.digits(8)),
            "ΕΠΩΝΥΜΟ": upper_gr(self.typo(p["sn"], 0.02)),
            "ΟΝΟΜΑ": upper_gr(self.typo(given, 0.02)),
            "ΠΑΤΡΩΝΥΜΟ": upper_gr(patr) if r.random() < 0.8 else None,
            "ΑΦΜ": self.digit_slip(p["afm"], 0.02) if r.random() < 0.9 else None,
            "ΑΡ_ΤΑΥΤΟΤΗΤΑΣ": idc if r.random() < 0.7 else None,
            "ΗΜ_ΓΕΝΝΗΣΗΣ": f"{p['dob'].day}/{p['dob'].month}/{p['dob'].year}" if r.random() < 0.8 else None,
            "ΚΙΝΗΤΟ": line,
            "ΣΤΑΘΕΡΟ": land if land and r.random() < 0.6 else None,
            "ΔΙΕΥΘΥΝΣΗ": self.gr_street(a, "upper"),
            "Τ.Κ.": self.tk(a, 0.6),
            "ΠΟΛΗ": a["town"],
            "EMAIL": p["email"] if r.random() < 0.4 else None,
        })  # fmt: skip

    def asfal(self, p: dict) -> None:
        r = self.rnd
        a, land = self.where(p, 0.45)
        self.add("ASFALISEIS", p, {
            "ARITHMOS_SYMVOLAIOU": self.unique(lambda: "ΣΥΜ-" + self.digits(7)),
            "EPONYMO": greeklish(self.typo(p["sn"], 0.02), "elot").upper(),
            "ONOMA": greeklish(p["given"][0], "elot").upper(),
            "PATRONYMO": greeklish(p["patr"][0], "elot").upper() if r.random() < 0.7 else None,
            "AFM": self.digit_slip(p["afm"], 0.02) if r.random() < 0.85 else None,
            "AMKA": p["amka"] if r.random() < 0.75 else None,
            "HM_GENNISIS": p["dob"].strftime("%d-%m-%Y") if r.random() < 0.95 else None,
            "KINITO": self.phone(self.mobile(p, 0.1, "GR"), wpick(r, {"plain": 70, "plus_plain": 15, "cc": 15}))
            if r.random() < 0.85 else None,
            "STATHERO": land if land and r.random() < 0.5 else None,
            "DIEFTHYNSI": self.gr_street(a, "latin").upper(),
            "TK": self.tk(a, 0.3),
            "POLI": a["town_lat"].upper(),
        })  # fmt: skip

    def portale(self, p: dict) -> None:
        r = self.rnd
        if p["country"] == "IT":
            given = (
                p["nick"]
                if p["nick"] and r.random() < 0.25
                else self.it_given(p["given"], wpick(r, {"full": 60, "joined": 25, "first": 15}))
            )
            sn = self.it_surname(p["sn"], wpick(r, {"plain": 70, "joined": 20, "curly": 10}))
            tax = self.cf_str(p, 0.7, 0.03) if r.random() < 0.5 else None
        else:
            style = wpick(r, {"elot": 45, "phonetic": 40, "chat": 15})
            given = self.gr_given_latin(p, style, 0.45)
            sn = self.gr_surname_latin(p, style)
            tax = p["afm"] if r.random() < 0.35 else None
        name_case = wpick(r, {"title": 70, "lower": 20, "upper": 10})
        fix = {"title": lambda s: s, "lower": str.lower, "upper": str.upper}[name_case]
        email = p["email"] or (self.email(p, p["country"].lower()) if r.random() < 0.7 else None)
        self.add("PORTALE", p, {
            "username": self.unique(lambda: (email.split("@")[0] if email and r.random() < 0.6 else f"user{self.digits(6)}")),
            "first_name": fix(self.typo(given, 0.03)),
            "last_name": fix(self.typo(sn, 0.03)),
            "email": email,
            "mobile": self.phone(self.mobile(p, 0.05),
                                 wpick(r, {"plain": 35, "spaced": 15, "plus": 20, "plus_plain": 15, "00": 10, "cc": 5}))
            if r.random() < 0.85 else None,
            "birth_date": p["dob"].isoformat() if r.random() < 0.7 else None,
            "tax_code": (tax.lower() if tax and r.random() < 0.2 else tax),
        })  # fmt: skip

    def crm(self, p: dict) -> None:
        r = self.rnd
        if p["country"] == "IT":
            given = p["nick"] if p["nick"] and r.random() < 0.3 else p["given"]
            sn = self.it_surname(p["sn"], wpick(r, {"plain": 60, "upper": 20, "joined": 20}))
            name = wpick(r, {f"{sn} {given}": 45, f"{given} {sn}": 40, f"{sn} {given[0]}.": 5, sn: 3,
                             f"{sn} {given} in {p['husband_sn']}" if p["husband_sn"] else f"{given} {sn}": 7})  # fmt: skip
            tax = self.cf_str(p, 0.5, 0.04) if r.random() < 0.35 else None
        else:
            greek = r.random() < 0.35
            if greek:
                g = p["given"][0] if r.random() < 0.5 else p["given"][1]
                sn, given = p["sn"], g
            else:
                given = self.gr_given_latin(p, "phonetic", 0.5)
                sn = self.gr_surname_latin(p, r.choice(["elot", "phonetic"]))
            name = wpick(r, {f"{sn} {given}": 50, f"{given} {sn}": 40, f"{sn} {given[0]}.": 10})
            tax = p["afm"] if r.random() < 0.3 else None
        name = self.typo(name, 0.04)
        if r.random() < 0.1:  # the agent's courtesy title
            title = {"M": {"sig. ": 50, "dott. ": 20, "κ. ": 30}, "F": {"sig.ra ": 70, "κα ": 30}}[
                p["sex"]
            ]
            name = wpick(r, title) + name
        name = wpick(r, {name: 60, name.upper(): 35, name.lower(): 5})
        d = p["dob"]
        dob = wpick(r, {None: 35, str(d.year): 15, f"{d.month:02d}/{d.year}": 10, f"{d:%d/%m/%y}": 15,
                        f"{d.day}.{d.month}.{d.year}": 10, f"{d:%d/%m/%Y}": 15})  # fmt: skip
        land = self.where(p, 0.5)[1]
        num = land if land and r.random() < 0.35 else self.mobile(p, 0.1)
        self.add("CRM", p, {
            "ID_CONTATTO": self.unique(lambda: "T" + self.digits(7)),
            "NOMINATIVO": name,
            "RECAPITO": self.phone(num, wpick(r, {"plain": 35, "spaced": 25, "plus": 15, "00": 15, "cc": 10})),
            "DATA_NASC": dob,
            "COD_FISC_AFM": tax,
            "EMAIL": p["email"] if r.random() < 0.3 else None,
            "NOTE": r.choice(["sinistro auto", "disdetta", "fattura errata", "cambio piano", "portabilità",
                              "richiesta preventivo", "reclamo", "αλλαγή προγράμματος", None, None]),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            if (p["country"] == "IT" or p.get("it_home")) and r.random() < 0.85:
                self.polizze(p)
                while r.random() < 0.35:  # more policies (the car, the home, life)
                    self.polizze(p)
            if p["country"] == "GR":
                lines = [m for m in p["mobiles"] if m[0] == "6"]
                for k, line in enumerate(lines):
                    if r.random() < (0.9 if k == 0 else 0.7):
                        self.telco(p, line)
                if age >= 25 and r.random() < 0.6:
                    self.asfal(p)
            if age < 75 and r.random() < 0.65:
                self.portale(p)
                if r.random() < 0.08:  # a second account, forgotten the password
                    self.portale(p)
            if r.random() < 0.5:
                self.crm(p)
                while r.random() < 0.3:  # called again
                    self.crm(p)
            if len(self.rows) == n0:
                self.portale(p) if age < 75 else (
                    self.polizze(p) if p["country"] == "IT" else self.asfal(p)
                )
        return self.shuffled("row_id", "SE")


def southeu(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return SouthEu.frame(persons, seed, "row_id")
