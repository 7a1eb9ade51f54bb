"""A North American wireless carrier and bank group's customers in Quebec, Ontario and the United
States: a Quebec/Ontario carrier's billing (French columns), a US bank's core system (mainframe
columns, upper-case ASCII), a prepaid-card and remittance app used by US Hispanic customers
(Spanish columns), the group's outsourced call centre's CRM (English columns, one whole name)
and its online store, stacked in one file (a ``system`` column naming the system).

* Carrier (``TELCO``), French columns: ``no_compte`` (the account: a family plan's lines share
  it), ``nom``, ``prénom`` (``Jean-François``, ``Marie-Ève``; a legal ``Marie Nathalie`` or
  ``Joseph Réjean`` for older Quebecers whose baptismal first name was Marie or Joseph),
  ``date de naissance`` (``1985-03-14`` or ``14/03/1985``), ``téléphone`` (the line),
  ``tél. domicile``, ``adresse`` (``123 rue Saint-Denis, app. 4``, ``4-123 Main St``, ``C.P.
  123``), ``ville``, ``province``, ``code postal`` (``H2X 1Y4``, ``h2x1y4``), ``NAS`` (the
  Social Insurance Number: nine digits, Luhn), ``courriel``, ``titulaire du compte`` (the plan
  holder: someone else's whole name on the other lines of a family plan). Quebec women under
  their own (birth) name, as Quebec law has it.
* Bank (``BANK``), upper-case ASCII: ``CUST_ID``, ``FIRST_NM``, ``MID_INIT``, ``LAST_NM``,
  ``SFX`` (``JR``, ``SR``, ``II``, ``III``), ``SSN`` (area, group and serial as issued: never
  ``000``, ``666`` or ``9xx``; ITINs ``9xx-7x-xxxx`` for those without one; ``***-**-1234`` or
  the last four where masked; a Canadian's SIN typed in now and then), ``DOB`` (``MM/DD/YYYY``),
  ``HOME_PH``, ``CELL_PH``, ``ADDR1``, ``ADDR2`` (``APT 4B``), ``CITY``, ``ST``, ``ZIP``
  (``10025``, ``10025-1234``, ``2134`` for ``02134`` from a spreadsheet), ``EMAIL_ADDR``,
  ``JOINT_OWNER_NM`` (a spouse's whole name). Hispanic double surnames as ``GARCIA-LOPEZ``,
  ``GARCIA LOPEZ``, ``GARCIA`` alone or with the mother's initial in ``MID_INIT``; ``MARIA
  JOSE`` whole or as ``MARIA`` ``J``; ``JEAN-FRANCOIS`` as ``JEAN`` ``F``. Old rows keep a
  married woman's maiden name.
* Remittance app (``REMESAS``), Spanish columns: ``id_cliente``, ``nombre``,
  ``apellido_paterno`` and ``apellido_materno`` (or, in rows from the old app, one
  ``apellidos``), ``fecha_nacimiento`` (``14/03/1985``), ``celular``, ``correo``,
  ``direccion``, ``ciudad``, ``estado``, ``codigo_postal``, ``ssn_itin`` (the last four, or
  whole), ``beneficiario`` and ``tel_beneficiario`` (the relative in Mexico or Central America
  who receives the money: someone else's name and a ``+52`` phone). Accents dropped half the
  time.
* Call centre (``CRM``), English columns typed by agents: ``Case Contact`` (``Tremblay,
  Jean-Francois``, ``Bob Smith``, ``GARCIA LOPEZ, MARIA``), ``Phone`` (with ``ext. 234`` at
  work), ``Alt Phone``, ``DOB`` (``MM/DD/YYYY`` from US agents, ``DD/MM/YYYY`` from Montreal
  ones: days up to 12 read both ways), ``ID Last 4`` (of the SSN or SIN), ``Postal/ZIP``,
  ``Email``, ``Emergency Contact`` and ``Emergency Phone`` (someone else's).
* Online store (``SHOP``), typed by customers: ``first_name`` (nicknames: Bob, Liz, JF),
  ``last_name``, ``email`` (a family's one address), ``phone``, ``address_line1``,
  ``address_line2``, ``city``, ``province_state``, ``postal_code``, ``country``, ``birthday``,
  ``ship_to_name`` (a gift's recipient now and then).

What makes it hard: very common names (Smith, Garcia, Tremblay, Gagnon; José, Maria, John,
Marie); French compound given names written whole, without the hyphen or accent, or as
initials (Jean-François, Jean Francois, J-F, JF); English nicknames (Robert/Bob/Rob,
William/Bill, Elizabeth/Liz/Beth); Hispanic double surnames in four forms and compound given
names split across fields; Quebec wives under their birth name in the carrier's and bank's files
and their husband's in the store; Ontario and US wives under their husband's name and their
maiden one in an old bank row; fathers and sons of one name at one address with a ``JR`` that
comes and goes; households on one landline, address and e-mail; family plans under one account;
NANP phones in every form, with or without the ``1``, with an extension, seven digits alone;
dates month-first and day-first in one column; SINs and SSNs masked, cut to four digits or
slipped; people who moved; typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick

GROUPS = {"QC": 35, "ON": 15, "US": 30, "HI": 20}

# Given names: (name, {written forms: weight}, weight). Informal systems pick among the forms;
# formal ones write the name itself most of the time.
QC_M = [
    ("Jean-François", {"Jean-François": 40, "Jean-Francois": 20, "Jean Francois": 15, "J-F": 10, "JF": 10, "Jean-Fr.": 5}, 10),
    ("Marc-André", {"Marc-André": 50, "Marc-Andre": 25, "Marc Andre": 15, "M-A": 10}, 8),
    ("Pierre-Luc", {"Pierre-Luc": 60, "Pierre Luc": 25, "P-L": 15}, 6),
    ("Jean", {"Jean": 1}, 8), ("Michel", {"Michel": 1}, 9), ("Luc", {"Luc": 1}, 6), ("Sylvain", {"Sylvain": 1}, 7),
    ("Mathieu", {"Mathieu": 85, "Matthieu": 15}, 8), ("Alexandre", {"Alexandre": 80, "Alex": 20}, 8),
    ("Gabriel", {"Gabriel": 1}, 6), ("Étienne", {"Étienne": 60, "Etienne": 40}, 6), ("Simon", {"Simon": 1}, 6),
    ("Guillaume", {"Guillaume": 1}, 7), ("Olivier", {"Olivier": 1}, 7), ("Félix", {"Félix": 60, "Felix": 40}, 5),
    ("François", {"François": 60, "Francois": 40}, 8), ("Réjean", {"Réjean": 60, "Rejean": 40}, 4),
    ("Gilles", {"Gilles": 1}, 5), ("Normand", {"Normand": 1}, 4), ("Gaétan", {"Gaétan": 60, "Gaetan": 40}, 4),
    ("Stéphane", {"Stéphane": 60, "Stephane": 40}, 8), ("Sébastien", {"Sébastien": 60, "Sebastien": 40}, 7),
]  # fmt: skip
QC_F = [
    ("Marie-Ève", {"Marie-Ève": 40, "Marie-Eve": 30, "Marie Eve": 15, "Marie-Ev": 5, "M-E": 5, "Marie": 5}, 10),
    ("Marie-Claude", {"Marie-Claude": 55, "Marie Claude": 25, "M-C": 10, "Marie": 10}, 7),
    ("Marie-Josée", {"Marie-Josée": 45, "Marie-Josee": 25, "Marie Josee": 15, "Marie-Jo": 15}, 6),
    ("Nathalie", {"Nathalie": 90, "Natalie": 10}, 9), ("Isabelle", {"Isabelle": 1}, 8), ("Julie", {"Julie": 1}, 8),
    ("Mélanie", {"Mélanie": 60, "Melanie": 40}, 7), ("Geneviève", {"Geneviève": 55, "Genevieve": 40, "Gen": 5}, 7),
    ("Chantal", {"Chantal": 1}, 6), ("Sylvie", {"Sylvie": 1}, 7), ("Catherine", {"Catherine": 90, "Cathy": 10}, 7),
    ("Annie", {"Annie": 1}, 5), ("Véronique", {"Véronique": 60, "Veronique": 40}, 6),
    ("Stéphanie", {"Stéphanie": 60, "Stephanie": 40}, 7), ("Émilie", {"Émilie": 55, "Emilie": 45}, 6),
    ("Sophie", {"Sophie": 1}, 6), ("Josée", {"Josée": 60, "Josee": 40}, 5), ("Manon", {"Manon": 1}, 5),
    ("Lucie", {"Lucie": 1}, 4), ("Francine", {"Francine": 1}, 4),
]  # fmt: skip
QC_SN = [
    ("Tremblay", {"Tremblay": 1}, 20), ("Gagnon", {"Gagnon": 1}, 14), ("Roy", {"Roy": 1}, 12), ("Côté", {"Côté": 60, "Cote": 40}, 11),
    ("Bouchard", {"Bouchard": 1}, 10), ("Gauthier", {"Gauthier": 90, "Gautier": 10}, 9), ("Morin", {"Morin": 1}, 9),
    ("Lavoie", {"Lavoie": 1}, 8), ("Fortin", {"Fortin": 1}, 8), ("Gagné", {"Gagné": 60, "Gagne": 40}, 8),
    ("Ouellet", {"Ouellet": 80, "Ouellette": 20}, 7), ("Pelletier", {"Pelletier": 1}, 7),
    ("Bélanger", {"Bélanger": 60, "Belanger": 40}, 7), ("Lévesque", {"Lévesque": 60, "Levesque": 40}, 7),
    ("Bergeron", {"Bergeron": 1}, 6), ("Leblanc", {"Leblanc": 80, "LeBlanc": 20}, 6), ("Paquette", {"Paquette": 1}, 5),
    ("Girard", {"Girard": 1}, 6), ("Simard", {"Simard": 1}, 6), ("Boucher", {"Boucher": 1}, 6), ("Caron", {"Caron": 1}, 5),
    ("Beaulieu", {"Beaulieu": 1}, 5), ("Cloutier", {"Cloutier": 1}, 5), ("Dubé", {"Dubé": 60, "Dube": 40}, 5),
    ("Poirier", {"Poirier": 1}, 5), ("Fournier", {"Fournier": 1}, 6), ("Lapointe", {"Lapointe": 1}, 5),
    ("Leclerc", {"Leclerc": 1}, 5), ("Lefebvre", {"Lefebvre": 85, "Lefèbvre": 5, "Lefebre": 10}, 6),
    ("Thibault", {"Thibault": 80, "Thibeault": 20}, 4), ("St-Pierre", {"St-Pierre": 50, "Saint-Pierre": 25, "St Pierre": 15, "StPierre": 10}, 5),
    ("Desjardins", {"Desjardins": 1}, 4), ("Ste-Marie", {"Ste-Marie": 50, "Sainte-Marie": 30, "Ste Marie": 20}, 2),
]  # fmt: skip
EN_M = [
    ("Robert", {"Robert": 60, "Bob": 20, "Rob": 15, "Bobby": 5}, 12), ("William", {"William": 60, "Bill": 20, "Will": 15, "Billy": 5}, 11),
    ("James", {"James": 65, "Jim": 20, "Jimmy": 10, "Jamie": 5}, 12), ("John", {"John": 80, "Jack": 10, "Johnny": 10}, 12),
    ("Michael", {"Michael": 70, "Mike": 25, "Mick": 5}, 12), ("Richard", {"Richard": 65, "Rick": 20, "Rich": 10, "Dick": 5}, 8),
    ("Thomas", {"Thomas": 75, "Tom": 20, "Tommy": 5}, 8), ("Joseph", {"Joseph": 70, "Joe": 25, "Joey": 5}, 8),
    ("Charles", {"Charles": 65, "Charlie": 20, "Chuck": 15}, 6), ("Christopher", {"Christopher": 70, "Chris": 30}, 9),
    ("Daniel", {"Daniel": 75, "Dan": 20, "Danny": 5}, 8), ("Matthew", {"Matthew": 75, "Matt": 25}, 8),
    ("Anthony", {"Anthony": 75, "Tony": 25}, 6), ("Steven", {"Steven": 70, "Stephen": 10, "Steve": 20}, 7),
    ("Edward", {"Edward": 65, "Ed": 15, "Eddie": 10, "Ted": 10}, 5), ("David", {"David": 80, "Dave": 20}, 10),
    ("Kenneth", {"Kenneth": 70, "Ken": 30}, 4), ("Andrew", {"Andrew": 75, "Andy": 20, "Drew": 5}, 6),
    ("Jonathan", {"Jonathan": 70, "Jon": 20, "Jonathon": 10}, 5), ("Brian", {"Brian": 85, "Bryan": 15}, 6),
    ("Kevin", {"Kevin": 1}, 6), ("Jason", {"Jason": 1}, 6), ("Ryan", {"Ryan": 1}, 5), ("Gary", {"Gary": 1}, 4),
]  # fmt: skip
EN_F = [
    ("Elizabeth", {"Elizabeth": 60, "Liz": 15, "Beth": 10, "Betty": 5, "Elisabeth": 5, "Lizzie": 5}, 10),
    ("Jennifer", {"Jennifer": 70, "Jen": 15, "Jenny": 10, "Jenifer": 5}, 10), ("Patricia", {"Patricia": 65, "Pat": 15, "Patty": 10, "Trish": 10}, 7),
    ("Margaret", {"Margaret": 65, "Maggie": 15, "Peggy": 10, "Meg": 10}, 6), ("Katherine", {"Katherine": 50, "Kathryn": 10, "Kate": 15, "Kathy": 15, "Katie": 10}, 8),
    ("Susan", {"Susan": 75, "Sue": 20, "Suzy": 5}, 7), ("Deborah", {"Deborah": 60, "Debbie": 20, "Deb": 15, "Debra": 5}, 5),
    ("Barbara", {"Barbara": 80, "Barb": 20}, 5), ("Christine", {"Christine": 75, "Chris": 15, "Tina": 10}, 5),
    ("Rebecca", {"Rebecca": 70, "Becky": 20, "Becca": 10}, 5), ("Jessica", {"Jessica": 80, "Jess": 20}, 8),
    ("Ashley", {"Ashley": 1}, 7), ("Amanda", {"Amanda": 80, "Mandy": 20}, 6), ("Sarah", {"Sarah": 80, "Sara": 20}, 8),
    ("Linda", {"Linda": 1}, 6), ("Karen", {"Karen": 1}, 6), ("Nancy", {"Nancy": 1}, 5), ("Emily", {"Emily": 1}, 6),
    ("Michelle", {"Michelle": 90, "Shelly": 10}, 7), ("Melissa", {"Melissa": 85, "Mel": 15}, 6),
]  # fmt: skip
EN_SN = [
    ("Smith", {"Smith": 1}, 20), ("Johnson", {"Johnson": 1}, 15), ("Williams", {"Williams": 1}, 13), ("Brown", {"Brown": 1}, 12),
    ("Jones", {"Jones": 1}, 12), ("Miller", {"Miller": 1}, 10), ("Davis", {"Davis": 1}, 10), ("Wilson", {"Wilson": 1}, 9),
    ("Anderson", {"Anderson": 90, "Andersen": 10}, 8), ("Taylor", {"Taylor": 1}, 8), ("Thomas", {"Thomas": 1}, 7),
    ("Moore", {"Moore": 1}, 7), ("Jackson", {"Jackson": 1}, 7), ("Martin", {"Martin": 1}, 8), ("Lee", {"Lee": 1}, 7),
    ("Thompson", {"Thompson": 85, "Thomson": 15}, 7), ("White", {"White": 1}, 7), ("Harris", {"Harris": 1}, 6),
    ("Clark", {"Clark": 85, "Clarke": 15}, 6), ("Lewis", {"Lewis": 1}, 5), ("Robinson", {"Robinson": 1}, 5),
    ("Walker", {"Walker": 1}, 5), ("Young", {"Young": 1}, 5), ("Allen", {"Allen": 85, "Allan": 15}, 5), ("King", {"King": 1}, 5),
    ("Wright", {"Wright": 1}, 5), ("Scott", {"Scott": 1}, 5), ("Hill", {"Hill": 1}, 5), ("Green", {"Green": 85, "Greene": 15}, 5),
    ("Campbell", {"Campbell": 1}, 6), ("Stewart", {"Stewart": 85, "Stuart": 15}, 5), ("Murphy", {"Murphy": 1}, 5),
    ("O'Brien", {"O'Brien": 60, "OBrien": 20, "O Brien": 10, "O'Brian": 10}, 4), ("MacDonald", {"MacDonald": 50, "McDonald": 30, "Macdonald": 20}, 5),
    ("Kelly", {"Kelly": 85, "Kelley": 15}, 4), ("Sullivan", {"Sullivan": 1}, 4), ("Patel", {"Patel": 1}, 4),
    ("Singh", {"Singh": 1}, 4), ("Nguyen", {"Nguyen": 1}, 4), ("Wong", {"Wong": 1}, 3), ("Chen", {"Chen": 1}, 3),
]  # fmt: skip
HI_M = [
    ("José Luis", {"José Luis": 50, "Jose Luis": 35, "José": 8, "Joseluis": 7}, 10), ("Juan Carlos", {"Juan Carlos": 60, "Juan": 20, "JC": 5, "Juancarlos": 15}, 8),
    ("José", {"José": 55, "Jose": 45}, 12), ("Juan", {"Juan": 1}, 10), ("Luis", {"Luis": 1}, 8), ("Carlos", {"Carlos": 1}, 8),
    ("Jesús", {"Jesús": 55, "Jesus": 45, "Chuy": 0}, 6), ("Miguel Ángel", {"Miguel Ángel": 40, "Miguel Angel": 45, "Miguel": 15}, 6),
    ("Francisco", {"Francisco": 75, "Paco": 10, "Pancho": 5, "Frank": 10}, 7), ("Antonio", {"Antonio": 85, "Tony": 15}, 6),
    ("Jorge", {"Jorge": 1}, 6), ("Pedro", {"Pedro": 1}, 5), ("Alejandro", {"Alejandro": 80, "Alex": 20}, 6),
    ("Ricardo", {"Ricardo": 85, "Richard": 15}, 5), ("Fernando", {"Fernando": 1}, 5), ("Roberto", {"Roberto": 80, "Beto": 10, "Robert": 10}, 5),
    ("Manuel", {"Manuel": 1}, 5), ("Javier", {"Javier": 1}, 5), ("Eduardo", {"Eduardo": 80, "Lalo": 10, "Eddie": 10}, 4),
]  # fmt: skip
HI_F = [
    ("María José", {"María José": 40, "Maria Jose": 40, "Maria": 10, "Majo": 5, "Mariajose": 5}, 7),
    ("María Guadalupe", {"María Guadalupe": 35, "Maria Guadalupe": 35, "Guadalupe": 15, "Lupe": 10, "Maria": 5}, 7),
    ("María de Jesús", {"María de Jesús": 35, "Maria de Jesus": 40, "Ma. de Jesus": 10, "Maria": 15}, 4),
    ("Ana María", {"Ana María": 40, "Ana Maria": 45, "Ana": 15}, 5), ("María", {"María": 50, "Maria": 50}, 12),
    ("Guadalupe", {"Guadalupe": 80, "Lupe": 20}, 6), ("Rosa", {"Rosa": 1}, 6), ("Juana", {"Juana": 1}, 5),
    ("Margarita", {"Margarita": 1}, 5), ("Verónica", {"Verónica": 55, "Veronica": 45}, 6), ("Leticia", {"Leticia": 85, "Lety": 15}, 5),
    ("Alejandra", {"Alejandra": 1}, 6), ("Gabriela", {"Gabriela": 85, "Gaby": 15}, 6), ("Patricia", {"Patricia": 1}, 5),
    ("Yesenia", {"Yesenia": 1}, 4), ("Araceli", {"Araceli": 1}, 4), ("Claudia", {"Claudia": 1}, 5), ("Adriana", {"Adriana": 1}, 5),
]  # fmt: skip
HI_SN = [
    ("García", {"García": 55, "Garcia": 45}, 20), ("Hernández", {"Hernández": 55, "Hernandez": 45}, 18), ("Martínez", {"Martínez": 55, "Martinez": 45}, 15),
    ("López", {"López": 55, "Lopez": 45}, 15), ("González", {"González": 50, "Gonzalez": 45, "Gonzales": 5}, 14),
    ("Rodríguez", {"Rodríguez": 55, "Rodriguez": 45}, 13), ("Pérez", {"Pérez": 55, "Perez": 45}, 11),
    ("Sánchez", {"Sánchez": 55, "Sanchez": 45}, 10), ("Ramírez", {"Ramírez": 55, "Ramirez": 45}, 10), ("Flores", {"Flores": 1}, 9),
    ("Gómez", {"Gómez": 55, "Gomez": 45}, 8), ("Díaz", {"Díaz": 55, "Diaz": 45}, 7), ("Reyes", {"Reyes": 1}, 7), ("Cruz", {"Cruz": 1}, 7),
    ("Morales", {"Morales": 1}, 6), ("Ortiz", {"Ortiz": 1}, 6), ("Gutiérrez", {"Gutiérrez": 55, "Gutierrez": 45}, 6),
    ("Chávez", {"Chávez": 50, "Chavez": 45, "Chaves": 5}, 6), ("Ramos", {"Ramos": 1}, 5), ("Ruiz", {"Ruiz": 1}, 5),
    ("Jiménez", {"Jiménez": 50, "Jimenez": 45, "Gimenez": 5}, 5), ("Mendoza", {"Mendoza": 1}, 5),
    ("Vázquez", {"Vázquez": 50, "Vazquez": 40, "Vasquez": 10}, 5), ("Castillo", {"Castillo": 1}, 5), ("Torres", {"Torres": 1}, 6),
    ("De la Cruz", {"De la Cruz": 50, "De La Cruz": 25, "Delacruz": 15, "Dela Cruz": 10}, 3), ("Del Río", {"Del Río": 40, "Del Rio": 50, "Delrio": 10}, 2),
]  # fmt: skip
#: Middle names of English-speaking customers (banks keep the initial).
EN_MID_M = {
    "James": 10,
    "Michael": 8,
    "Lee": 6,
    "Allen": 5,
    "Joseph": 6,
    "Edward": 4,
    "Thomas": 5,
    "Robert": 5,
    "Scott": 4,
}
EN_MID_F = {
    "Marie": 10,
    "Ann": 8,
    "Lynn": 7,
    "Elizabeth": 6,
    "Rose": 5,
    "Louise": 4,
    "Jean": 4,
    "Nicole": 5,
}

# Cities: (name, {written forms: weight}, province/state, [area codes], [postcode prefixes], weight)
QC_CITIES = [
    ("Montréal", {"Montréal": 45, "Montreal": 40, "MTL": 5, "Montreal QC": 10}, "QC", ["514", "438"], ["H2X", "H2J", "H1V", "H3H", "H4A", "H2E"], 35),
    ("Laval", {"Laval": 1}, "QC", ["450", "579"], ["H7N", "H7G", "H7T"], 8),
    ("Longueuil", {"Longueuil": 90, "Longeuil": 10}, "QC", ["450", "579"], ["J4K", "J4H", "J4M"], 7),
    ("Québec", {"Québec": 50, "Quebec": 35, "Quebec City": 10, "Ville de Québec": 5}, "QC", ["418", "581"], ["G1R", "G1S", "G1K"], 14),
    ("Gatineau", {"Gatineau": 1}, "QC", ["819", "873"], ["J8X", "J8Y", "J9H"], 6),
    ("Sherbrooke", {"Sherbrooke": 1}, "QC", ["819", "873"], ["J1H", "J1J", "J1E"], 5),
    ("Saint-Jérôme", {"Saint-Jérôme": 40, "St-Jérôme": 25, "St-Jerome": 20, "Saint-Jerome": 15}, "QC", ["450", "579"], ["J7Z", "J7Y"], 4),
]  # fmt: skip
ON_CITIES = [
    ("Toronto", {"Toronto": 90, "TO": 3, "North York": 7}, "ON", ["416", "647", "437"], ["M4C", "M5V", "M6P", "M2N"], 35),
    ("Ottawa", {"Ottawa": 1}, "ON", ["613", "343"], ["K1N", "K2P", "K1Z"], 15), ("Mississauga", {"Mississauga": 90, "Missisauga": 10}, "ON", ["905", "289"], ["L5B", "L5M"], 12),
    ("Hamilton", {"Hamilton": 1}, "ON", ["905", "289"], ["L8P", "L9C"], 8), ("London", {"London": 1}, "ON", ["519", "226"], ["N6A", "N5V"], 6),
]  # fmt: skip
US_CITIES = [
    ("New York", {"New York": 60, "NEW YORK": 5, "NYC": 10, "New York City": 10, "Manhattan": 15}, "NY", ["212", "646", "917"], ["100"], 15),
    ("Brooklyn", {"Brooklyn": 1}, "NY", ["718", "347", "929"], ["112"], 8), ("Chicago", {"Chicago": 1}, "IL", ["312", "773", "872"], ["606"], 9),
    ("Houston", {"Houston": 1}, "TX", ["713", "832", "281"], ["770"], 9), ("Los Angeles", {"Los Angeles": 80, "LA": 10, "L.A.": 10}, "CA", ["213", "323", "310"], ["900"], 10),
    ("Miami", {"Miami": 1}, "FL", ["305", "786"], ["331"], 7), ("Phoenix", {"Phoenix": 1}, "AZ", ["602", "480"], ["850"], 5),
    ("San Antonio", {"San Antonio": 1}, "TX", ["210", "726"], ["782"], 5), ("Boston", {"Boston": 1}, "MA", ["617", "857"], ["021"], 6),
    ("Newark", {"Newark": 1}, "NJ", ["973", "862"], ["071"], 4), ("Burlington", {"Burlington": 1}, "VT", ["802"], ["054"], 2),
    ("Plattsburgh", {"Plattsburgh": 1}, "NY", ["518"], ["129"], 2),
]  # fmt: skip
HI_CITIES = [
    c
    for c in US_CITIES
    if c[0]
    in (
        "Houston",
        "Los Angeles",
        "Miami",
        "Phoenix",
        "San Antonio",
        "Chicago",
        "New York",
        "Newark",
    )
]
STATE_NAMES = {"NY": "New York", "IL": "Illinois", "TX": "Texas", "CA": "California", "FL": "Florida", "AZ": "Arizona",
               "MA": "Massachusetts", "NJ": "New Jersey", "VT": "Vermont", "QC": "Québec", "ON": "Ontario"}  # fmt: skip
# Streets: (type, name, direction); QC ones in French.
QC_STREETS = [("rue", "Saint-Denis", ""), ("rue", "Sherbrooke", "Est"), ("boulevard", "René-Lévesque", "Ouest"),
              ("avenue", "du Parc", ""), ("rue", "Sainte-Catherine", "Ouest"), ("chemin", "de la Côte-des-Neiges", ""),
              ("rue", "Notre-Dame", "Est"), ("boulevard", "Saint-Laurent", ""), ("rue", "Principale", ""),
              ("avenue", "Papineau", ""), ("rue", "des Érables", ""), ("boulevard", "de Maisonneuve", "Ouest"),
              ("rue", "Saint-Jean", ""), ("avenue", "Cartier", ""), ("rue", "King", "Ouest")]  # fmt: skip
EN_STREETS = [("Street", "Main", ""), ("Street", "King", "West"), ("Street", "Queen", "East"), ("Street", "Yonge", ""),
              ("Avenue", "Maple", ""), ("Drive", "Oak", ""), ("Street", "Elm", ""), ("Avenue", "Washington", ""),
              ("Avenue", "Park", ""), ("Road", "Lincoln", ""), ("Lane", "Pine", ""), ("Court", "Cedar", ""),
              ("Boulevard", "Martin Luther King Jr", ""), ("Street", "Main", "North"), ("Avenue", "5th", ""),
              ("Street", "Bank", ""), ("Avenue", "Lakeshore", ""), ("Street", "Church", ""), ("Road", "Dundas", "West")]  # fmt: skip
FR_TYPES = {"rue": {"rue": 80, "r.": 10, "": 10}, "boulevard": {"boulevard": 20, "boul.": 45, "boul": 15, "bd": 10, "blvd": 10},
            "avenue": {"avenue": 40, "av.": 40, "ave": 20}, "chemin": {"chemin": 50, "ch.": 50}}  # fmt: skip
EN_TYPES = {"Street": {"St": 50, "St.": 20, "Street": 30}, "Avenue": {"Ave": 55, "Av": 10, "Avenue": 35},
            "Drive": {"Dr": 60, "Drive": 40}, "Road": {"Rd": 60, "Road": 40}, "Lane": {"Ln": 55, "Lane": 45},
            "Court": {"Ct": 55, "Court": 45}, "Boulevard": {"Blvd": 60, "Boulevard": 40}}  # fmt: skip
DIRS_FR = {
    "Est": {"Est": 50, "E.": 30, "E": 20},
    "Ouest": {"Ouest": 50, "O.": 30, "O": 10, "W": 10},
}
DIRS_EN = {
    "West": {"West": 40, "W": 50, "W.": 10},
    "East": {"East": 40, "E": 50, "E.": 10},
    "North": {"North": 40, "N": 50, "N.": 10},
}
#: Letters a Canadian postal code uses (never D, F, I, O, Q, U).
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
EMAIL_DOMAINS_CA = {
    "gmail.com": 40,
    "hotmail.com": 20,
    "videotron.ca": 12,
    "outlook.com": 8,
    "yahoo.ca": 8,
    "sympatico.ca": 6,
    "bell.net": 6,
}
EMAIL_DOMAINS_US = {
    "gmail.com": 45,
    "yahoo.com": 20,
    "hotmail.com": 12,
    "aol.com": 8,
    "outlook.com": 10,
    "comcast.net": 5,
}
#: Where remittances go: (country, country code, weight).
MX_CODES = [
    ("México", "52", 70),
    ("Guatemala", "502", 12),
    ("El Salvador", "503", 10),
    ("Honduras", "504", 8),
]
#: An ITIN's group (the fourth and fifth digits) is one of these.
ITIN_GROUPS = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]


def fold(text: str | None) -> str | None:
    """``text`` without its accents, as an ASCII-only system stores it."""
    if text is None:
        return None
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def sin_number(first: str, body7: str) -> str:
    """A Social Insurance Number: a first digit (the province or a temporary resident's 9),
    seven more and a Luhn check digit."""
    eight = first + body7
    return eight + luhn_digit(eight)


class NorthAm(Draws):
    SLIP_LETTERS = "aeioulnrst"

    def pick(self, table: list) -> tuple:
        return self.rnd.choices(table, [e[-1] for e in table])[0]

    def named(self, entry: tuple) -> dict:
        return {"name": entry[0], "forms": entry[1]}

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        self.account = 0
        while len(self.persons) < self.n:
            group = wpick(r, GROUPS)
            self.household(group)

    def tables(self, group: str) -> tuple[list, list, list, list]:
        return {
            "QC": (QC_M, QC_F, QC_SN, QC_CITIES),
            "ON": (EN_M, EN_F, EN_SN, ON_CITIES),
            "US": (EN_M, EN_F, EN_SN, US_CITIES),
            "HI": (HI_M, HI_F, HI_SN, HI_CITIES),
        }[group]

    def home(self, group: str, cities: list) -> dict:
        r = self.rnd
        city = self.pick(cities)
        streets = QC_STREETS if group == "QC" else EN_STREETS
        unit = None
        if r.random() < 0.45:
            unit = str(r.randint(1, 24)) + (
                r.choice("ABCD") if group in ("US", "HI") and r.random() < 0.4 else ""
            )
        if city[2] in ("QC", "ON"):
            post = (
                r.choice(city[4])
                + " "
                + r.choice("123456789")
                + r.choice(CA_LETTERS)
                + r.choice("0123456789")
            )
            plus4 = None
        else:
            post = city[4][0] + self.digits(2)
            plus4 = self.digits(4)
        return dict(
            city=city, street=r.choice(streets), no=r.randint(1, 9999 if group in ("US", "HI") else 4999),
            unit=unit, post=post, plus4=plus4, pobox=str(r.randint(100, 9999)) if r.random() < 0.05 else None,
        )  # fmt: skip

    def number(self, codes: list) -> str:
        r = self.rnd
        return (
            r.choice(codes)
            + str(r.randint(2, 9))
            + self.digits(2)
            + str(r.randint(0, 9))
            + self.digits(3)
        )

    def household(self, group: str) -> None:
        r = self.rnd
        males, females, surnames, cities = self.tables(group)
        home = self.home(group, cities)
        landline = self.unique(lambda: self.number(home["city"][3])) if r.random() < 0.45 else None
        kind = wpick(r, {"single": 35, "couple": 25, "family": 40})
        sn = self.named(self.pick(surnames))
        sn2 = self.named(self.pick(surnames)) if group == "HI" else None
        head = self.person(
            group,
            r.choice("MF") if kind == "single" else "M",
            self.dob(26, 82),
            sn,
            sn2,
            home,
            landline,
            males,
            females,
        )
        members = [head]
        wife = None
        if kind != "single":
            own = self.named(self.pick(surnames))
            own2 = self.named(self.pick(surnames)) if group == "HI" else None
            wife = self.person(
                group, "F", self.dob(24, 80), own, own2, home, landline, males, females
            )
            if group in ("ON", "US"):  # she took his name; the bank's old row has her own
                wife["maiden"], wife["sn"] = own, sn
            else:  # Quebec and Hispanic women keep theirs; some systems give her his
                wife["married"] = sn
            members.append(wife)
        if kind == "family":
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                sex = r.choice("MF")
                kid_sn, kid_sn2 = sn, None
                if group == "HI":
                    kid_sn2 = wife["sn"]
                elif (
                    group == "QC" and r.random() < 0.25
                ):  # a child of the 1980s: both parents' names
                    kid_sn = {
                        "name": f"{sn['name']}-{wife['sn']['name']}",
                        "forms": {f"{sn['name']}-{wife['sn']['name']}": 70, sn["name"]: 30},
                    }
                junior = (
                    sex == "M"
                    and head["sex"] == "M"
                    and r.random() < (0.3 if group in ("US", "HI") else 0.05)
                )
                kid = self.person(
                    group, sex, self.dob(16, 34), kid_sn, kid_sn2, home, landline, males, females,
                    given=head["gn"] if junior else None, taken={m["gn"]["name"] for m in members},
                )  # fmt: skip
                if junior:
                    kid["mid"] = head["mid"] if r.random() < 0.7 else kid["mid"]
                    kid["sfx"], head["sfx"] = wpick(
                        r, {("JR", "SR"): 75, ("II", ""): 15, ("III", "II"): 10}
                    )
                members.append(kid)
        email = None
        if len(members) > 1 and r.random() < 0.3:
            email = fold(sn["name"]).lower().replace(" ", "").replace("'", "").replace(
                "-", ""
            ) + wpick(r, {"family": 40, "s": 20, str(r.randint(1, 99)): 40})
            email = self.unique(
                lambda: (
                    email
                    + "@"
                    + wpick(r, EMAIL_DOMAINS_CA if group in ("QC", "ON") else EMAIL_DOMAINS_US)
                )
            )
        self.account += 1
        for m in members:
            m["household"] = members
            m["family_email"] = email
            m["spouse"] = (
                (wife if m is head else head) if wife is not None and m in (head, wife) else None
            )
            m["plan"] = self.account
        self.persons.extend(members)

    def person(
        self, group, sex, dob, sn, sn2, home, landline, males, females, given=None, taken=()
    ) -> dict:
        r = self.rnd
        self.pid += 1
        gn = given
        while gn is None or (given is None and gn["name"] in taken):  # siblings' names differ
            gn = self.named(self.pick(males if sex == "M" else females))
        legal = None
        if group == "QC" and dob.year < 1975 and r.random() < 0.4:  # baptised Marie or Joseph first
            legal = ("Marie" if sex == "F" else "Joseph") + " " + gn["name"]
        mid = None
        if group in ("ON", "US") and r.random() < 0.7:
            mid = wpick(r, EN_MID_M if sex == "M" else EN_MID_F)
        country = "CA" if group in ("QC", "ON") else "US"
        if country == "CA":
            first = (
                wpick(r, {"2": 45, "3": 45, "9": 10})
                if group == "QC"
                else wpick(r, {"4": 45, "5": 45, "9": 10})
            )
            ident = ("SIN", self.unique(lambda: sin_number(first, self.digits(7))))
        elif group == "HI" and r.random() < 0.35:
            ident = (
                "ITIN",
                self.unique(
                    lambda: "9" + self.digits(2) + f"{r.choice(ITIN_GROUPS):02d}" + self.digits(4)
                ),
            )
        elif group == "HI" and r.random() < 0.2:
            ident = None
        else:

            def ssn() -> str:
                area = r.randint(1, 899)
                while area == 666:
                    area = r.randint(1, 899)
                return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"

            ident = ("SSN", self.unique(ssn))
        codes = home["city"][3]
        mobile = self.unique(
            lambda: self.number(
                codes if r.random() < 0.85 else self.pick(QC_CITIES + ON_CITIES + US_CITIES)[3]
            )
        )
        email = None
        if r.random() < 0.65:
            g, s = (
                fold(gn["name"]).lower().replace(" ", "").replace("-", ""),
                fold(sn["name"]).lower().replace(" ", "").replace("'", "").replace("-", ""),
            )
            local = wpick(
                r,
                {
                    f"{g}.{s}": 4,
                    f"{g[0]}{s}": 3,
                    f"{g}{s}{r.randint(1, 99)}": 2,
                    f"{g}_{r.randint(60, 99)}": 1,
                },
            )
            domains = EMAIL_DOMAINS_CA if country == "CA" else EMAIL_DOMAINS_US
            email = self.unique(
                lambda: (
                    local + wpick(r, {"": 6, str(r.randint(1, 99)): 4}) + "@" + wpick(r, domains)
                )
            )
        move = None
        if r.random() < 0.15:
            move = self.home(group, self.tables(group)[3])
        work = (
            self.number(codes) + (f"|{r.randint(100, 9999)}" if r.random() < 0.7 else "")
            if r.random() < 0.2
            else None
        )
        return dict(
            pid=self.pid, group=group, country=country, sex=sex, dob=dob, gn=gn, legal=legal, mid=mid, sn=sn, sn2=sn2,
            maiden=None, married=None, sfx="", ident=ident, home=home, move=move, landline=landline, mobile=mobile,
            work=work, email=email,
        )  # fmt: skip

    # ------------------------------------------------------------ written forms
    def given(self, p: dict, formal: float) -> str:
        """The person's given name: the name itself (formal) or one of its written forms."""
        r = self.rnd
        if p["legal"] and r.random() < formal * 0.6:
            return p["legal"]
        if r.random() < formal:
            return p["gn"]["name"]
        return wpick(r, p["gn"]["forms"])

    def family(self, sn: dict | None, formal: float) -> str | None:
        if sn is None:
            return None
        return sn["name"] if self.rnd.random() < formal else wpick(self.rnd, sn["forms"])

    def surname_us(self, p: dict, formal: float = 0.6) -> tuple[str, str | None]:
        """A Hispanic customer's family names as a US form holds them: (last name, the mother's
        name's initial for a middle-initial field or None)."""
        r = self.rnd
        pat = self.family(p["sn"], formal)
        if p["sn2"] is None:
            return pat, None
        mat = self.family(p["sn2"], formal)
        how = wpick(r, {"hyphen": 25, "space": 30, "alone": 30, "initial": 15})
        if how == "hyphen":
            return f"{pat}-{mat}", None
        if how == "space":
            return f"{pat} {mat}", None
        if how == "initial":
            return pat, fold(mat)[0]
        return pat, None

    def last_now(self, p: dict, married: float) -> dict:
        """The family name a system holds: a Quebec or Hispanic wife's husband's name now and then."""
        return p["married"] if p["married"] and self.rnd.random() < married else p["sn"]

    def phone(
        self, num: str | None, style: str | None = None, ext: str | None = None
    ) -> str | None:
        r = self.rnd
        if not num:
            return None
        if "|" in num:
            num, ext = num.split("|")
        style = style or wpick(
            r,
            {
                "paren": 30,
                "dash": 25,
                "dot": 8,
                "plus": 8,
                "one": 7,
                "plain": 12,
                "e164": 4,
                "space": 6,
            },
        )
        a, b, c = num[:3], num[3:6], num[6:]
        text = {
            "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "plus": f"+1 {a} {b} {c}",
            "one": f"1-{a}-{b}-{c}", "plain": num, "e164": f"+1{num}", "space": f"{a} {b} {c}", "local": f"{b}-{c}",
            "paren2": f"({a}){b}-{c}", "plus_dash": f"+1-{a}-{b}-{c}",
        }[style]  # fmt: skip
        if ext:
            text += wpick(
                r, {f" ext. {ext}": 40, f" x{ext}": 30, f" ext {ext}": 15, f" poste {ext}": 15}
            )
        return text

    def sin_str(self, code: str, style: str | None = None) -> str:
        r = self.rnd
        if r.random() < 0.02:
            i = r.randrange(0, 9)
            code = code[:i] + str(r.randrange(10)) + code[i + 1 :]
        style = style or wpick(r, {"space": 50, "dash": 25, "plain": 25})
        return {
            "space": f"{code[:3]} {code[3:6]} {code[6:]}",
            "dash": f"{code[:3]}-{code[3:6]}-{code[6:]}",
            "plain": code,
        }[style]

    def ssn_str(self, code: str) -> str:
        r = self.rnd
        if r.random() < 0.02:
            i = r.randrange(3, 9)
            code = code[:i] + str(r.randrange(10)) + code[i + 1 :]
        return wpick(
            r,
            {
                f"{code[:3]}-{code[3:5]}-{code[5:]}": 50,
                code: 30,
                f"***-**-{code[5:]}": 10,
                f"XXX-XX-{code[5:]}": 5,
                code[5:]: 5,
            },
        )

    def post_ca(self, post: str) -> str:
        return wpick(
            self.rnd,
            {
                post: 55,
                post.replace(" ", ""): 20,
                post.lower(): 8,
                post.lower().replace(" ", ""): 10,
                post.replace(" ", "-"): 7,
            },
        )

    def post_us(self, a: dict, plus4: float = 0.3) -> str:
        r = self.rnd
        z = a["post"]
        if r.random() < plus4:
            z = wpick(r, {f"{z}-{a['plus4']}": 80, f"{z}{a['plus4']}": 20})
        return z

    def post(self, a: dict, plus4: float = 0.3, lost_zero: float = 0.0) -> str:
        if a["city"][2] in ("QC", "ON"):
            return self.post_ca(a["post"])
        z = self.post_us(a, plus4)
        if z.startswith("0") and self.rnd.random() < lost_zero:
            z = z.lstrip("0")
        return z

    def street_fr(self, a: dict) -> str:
        r = self.rnd
        kind, name, d = a["street"]
        if r.random() < 0.4:
            name = name.replace("Saint-", "St-").replace("Sainte-", "Ste-")
        if r.random() < 0.3:
            name = fold(name)
        text = f"{wpick(r, FR_TYPES[kind])} {name}".strip()
        if d:
            text += " " + wpick(r, DIRS_FR[d])
        return text

    def street_en(self, a: dict) -> str:
        r = self.rnd
        kind, name, d = a["street"]
        if kind in FR_TYPES:  # a Quebec street written in English
            name = fold(name).replace("Saint-", "St ").replace("Sainte-", "Ste ")
            kind = {
                "rue": "Street",
                "boulevard": "Boulevard",
                "avenue": "Avenue",
                "chemin": "Road",
            }[kind]
            d = {"Est": "East", "Ouest": "West", "": ""}[d]
            if r.random() < 0.3:
                return f"{name} {kind}" if r.random() < 0.5 else f"{fold(a['street'][1])}"
        text = f"{name} {wpick(r, EN_TYPES[kind])}"
        if d:
            text = (
                f"{wpick(r, DIRS_EN[d])} {text}"
                if d == "North"
                else f"{text} {wpick(r, DIRS_EN[d])}"
            )
        return text

    def address(self, a: dict, lang: str, split: bool = False) -> tuple[str, str | None]:
        """(first line, second line or None) as the locals write them."""
        r = self.rnd
        if a["pobox"] and r.random() < 0.6:
            box = a["pobox"]
            if lang == "fr":
                return wpick(
                    r, {f"C.P. {box}": 50, f"CP {box}": 25, f"Case postale {box}": 25}
                ), None
            return wpick(
                r, {f"PO Box {box}": 40, f"P.O. Box {box}": 40, f"POB {box}": 10, f"Box {box}": 10}
            ), None
        no, unit = a["no"], a["unit"]
        if r.random() < 0.1:
            unit = None  # left out
        street = (
            self.street_fr(a) if lang == "fr" and a["street"][0] in FR_TYPES else self.street_en(a)
        )
        line = f"{no}, {street}" if lang == "fr" and r.random() < 0.2 else f"{no} {street}"
        if not unit:
            return line, None
        canadian = a["city"][2] in ("QC", "ON")
        if split:
            return line, wpick(
                r,
                {
                    f"APT {unit}": 50,
                    f"UNIT {unit}": 15,
                    f"#{unit}": 20,
                    f"SUITE {unit}": 5,
                    f"APP {unit}": 10 if lang == "fr" else 0,
                },
            )
        if canadian and r.random() < 0.45:
            return f"{unit}-{line}", None
        if lang == "fr":
            return (
                f"{line}{wpick(r, {f', app. {unit}': 45, f' app {unit}': 20, f', # {unit}': 15, f' apt {unit}': 10, f', bureau {unit}': 0, f', logement {unit}': 10})}",
                None,
            )
        return wpick(
            r,
            {
                f"{line} Apt {unit}": 35,
                f"{line}, Apt. {unit}": 15,
                f"{line} #{unit}": 15,
                f"#{unit} {line}": 10,
                f"{line} Unit {unit}": 15,
                f"Apt {unit}, {line}": 10,
            },
        ), None

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def full_name(self, gn: str, sn: str, order: str) -> str:
        return (
            f"{sn}, {gn}" if order == "comma" else f"{gn} {sn}" if order == "west" else f"{sn} {gn}"
        )

    def other_person(self, p: dict) -> dict | None:
        """Someone else of the household (a spouse first), or None."""
        others = [m for m in p["household"] if m is not p]
        if p["spouse"] is not None:
            return p["spouse"]
        return self.rnd.choice(others) if others else None

    def dob_str(self, d: dt.date, fmt: str) -> str:
        return {"iso": d.isoformat(), "dmy": d.strftime("%d/%m/%Y"), "mdy": d.strftime("%m/%d/%Y"),
                "mdy_short": f"{d.month}/{d.day}/{d.year}", "dmy_dash": d.strftime("%d-%m-%Y"), "ymd_slash": d.strftime("%Y/%m/%d")}[fmt]  # fmt: skip

    def slip_date(self, d: dt.date, p: float = 0.02) -> dt.date:
        """A birth date typed wrong now and then: a day or a year off."""
        r = self.rnd
        if r.random() >= p:
            return d
        try:
            return (
                d.replace(day=d.day + r.choice([-1, 1]))
                if r.random() < 0.6
                else d.replace(year=d.year + r.choice([-1, 1, -10]))
            )
        except ValueError:
            return d

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def telco(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        holder = p["household"][0] if r.random() < 0.7 else p
        fr = p["group"] == "QC"
        gn = self.given(p, 0.75)
        sn = self.family(p["sn"], 0.8)  # a Quebec wife's own name: the law's
        if not fr:
            gn, sn = fold(gn) if r.random() < 0.5 else gn, sn
        line1, _ = self.address(a, "fr" if fr else "en")
        nas = self.sin_str(p["ident"][1]) if p["ident"] and r.random() < 0.6 else None
        dob = self.slip_date(p["dob"])
        self.add("TELCO", p, {
            "no_compte": f"{500000000 + holder['plan'] * 7:09d}",
            "nom": self.typo(sn.upper() if r.random() < 0.2 else sn, 0.03),
            "prénom": self.typo(gn, 0.03),
            "date de naissance": self.dob_str(dob, wpick(r, {"iso": 60, "dmy": 40})) if r.random() < 0.85 else None,
            "téléphone": self.phone(p["mobile"], wpick(r, {"paren": 40, "dash": 30, "plain": 30})),
            "tél. domicile": self.phone(p["landline"], "paren") if p["landline"] and r.random() < 0.5 else None,
            "adresse": line1,
            "ville": wpick(r, a["city"][1]),
            "province": a["city"][2],
            "code postal": self.post(a) if r.random() < 0.95 else None,
            "NAS": nas,
            "courriel": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.8 else None,
            "titulaire du compte": None if holder is p else self.full_name(self.given(holder, 0.9), holder["sn"]["name"], "comma").upper(),
        })  # fmt: skip

    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.35)
        canadian = p["country"] == "CA"
        sn = p["maiden"] if p["maiden"] and r.random() < 0.3 else self.last_now(p, 0.2)
        last, mat = self.surname_us({**p, "sn": sn}, 0.6)
        first = self.given(p, 0.85)
        mid = p["mid"][0] if p["mid"] and r.random() < 0.8 else mat
        # a compound given name split over two fields
        if (" " in first or ("-" in first and r.random() < 0.3)) and r.random() < 0.5:
            head, rest = first.replace("-", " ").split(" ", 1)
            first, mid = head, fold(rest)[0]
        if r.random() < 0.15 and p["mid"]:
            first = f"{first} {p['mid'][0]}"  # the initial typed into the first name
            mid = None
        ident = None
        if p["ident"] and p["ident"][0] in ("SSN", "ITIN") and r.random() < 0.95:
            ident = self.ssn_str(p["ident"][1])
        elif canadian and r.random() < 0.3:
            ident = self.sin_str(p["ident"][1], "plain")  # a foreign TIN in the SSN field
        line1, line2 = self.address(a, "en", split=True)
        home_ph = p["landline"] if r.random() < 0.7 else None
        dob = self.slip_date(p["dob"])
        self.add("BANK", p, {
            "CUST_ID": self.unique(lambda: "C" + self.digits(9)),
            "FIRST_NM": fold(self.typo(first, 0.02)).upper(),
            "MID_INIT": mid.upper() if mid else None,
            "LAST_NM": fold(self.typo(last, 0.02)).upper()[:20],
            "SFX": p["sfx"] if p["sfx"] and r.random() < 0.7 else None,
            "SSN": ident,
            "DOB": self.dob_str(dob, "mdy") if r.random() < 0.97 else None,
            "HOME_PH": (self.phone(home_ph, wpick(r, {"plain": 60, "paren": 30, "local": 10})) if home_ph else None),
            "CELL_PH": self.phone(p["mobile"], wpick(r, {"plain": 70, "paren": 30})) if r.random() < 0.8 else None,
            "ADDR1": fold(line1).upper(),
            "ADDR2": line2.upper() if line2 else None,
            "CITY": fold(a["city"][0]).upper(),
            "ST": a["city"][2],
            "ZIP": self.post(a, 0.4, 0.5).upper(),
            "EMAIL_ADDR": (p["email"] or p["family_email"]) if r.random() < 0.6 else None,
            "JOINT_OWNER_NM": fold(f"{self.given(p['spouse'], 0.9)} {p['spouse']['sn']['name']}").upper()
            if p["spouse"] and r.random() < 0.4 else None,
        })  # fmt: skip

    def remesas(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        accents = r.random() < 0.5
        case = wpick(r, {"as": 60, "upper": 30, "title": 10})

        def written(s: str | None) -> str | None:
            if s is None:
                return None
            s = s if accents else fold(s)
            return s.upper() if case == "upper" else s

        gn = self.given(p, 0.6)
        pat = self.typo(self.family(self.last_now(p, 0.1), 0.6), 0.03)
        mat = self.family(p["sn2"], 0.6) if r.random() < 0.8 else None
        old = r.random() < 0.35
        dest = self.pick(MX_CODES)
        other = self.other_person(p)
        bene = (
            f"{self.given(other, 0.8)} {other['sn']['name']}"
            if other and r.random() < 0.15
            else None
        )
        if bene is None:  # a relative back home: same family name, someone else
            bene = f"{wpick(r, self.pick(HI_M + HI_F)[1])} {p['sn']['name']} {self.pick(HI_SN)[0]}"
        ident = p["ident"][1] if p["ident"] else None
        self.add("REMESAS", p, {
            "id_cliente": self.unique(lambda: "RM" + self.digits(8)),
            "nombre": written(self.typo(gn, 0.03)),
            "apellido_paterno": None if old else written(pat),
            "apellido_materno": None if old else written(mat),
            "apellidos": written(" ".join(x for x in (pat, mat) if x)) if old else None,
            "fecha_nacimiento": self.dob_str(self.slip_date(p["dob"]), wpick(r, {"dmy": 75, "dmy_dash": 10, "iso": 15})) if r.random() < 0.9 else None,
            "celular": self.phone(p["mobile"]),
            "correo": (p["email"] or p["family_email"]) if r.random() < 0.6 else None,
            "direccion": written(self.address(a, "en")[0]) if r.random() < 0.7 else None,
            "ciudad": wpick(r, a["city"][1]),
            "estado": wpick(r, {a["city"][2]: 70, STATE_NAMES[a["city"][2]]: 30}),
            "codigo_postal": self.post(a, 0.1) if r.random() < 0.8 else None,
            "ssn_itin": (ident[5:] if r.random() < 0.6 else ident) if ident and r.random() < 0.7 else None,
            "beneficiario": written(bene),
            "tel_beneficiario": f"+{dest[1]} " + str(r.randint(2, 9)) + self.digits(9 if dest[1] == "52" else 7),
            "pais_destino": dest[0],
        })  # fmt: skip

    def crm(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        canadian = p["country"] == "CA"
        gn = self.given(p, 0.3)
        sn = self.last_now(p, 0.3)
        last, _ = self.surname_us({**p, "sn": sn}, 0.5)
        if r.random() < 0.5:
            gn, last = fold(gn), fold(last)
        if p["sfx"] and r.random() < 0.4:
            last = (
                f"{last} {p['sfx'].title()}" if r.random() < 0.5 else f"{last}, {p['sfx'].title()}."
            )
        order = wpick(r, {"comma": 50, "west": 45, "east": 5})
        name = self.full_name(gn, last, order)
        if r.random() < 0.25:
            name = name.upper()
        if canadian:
            fmt = wpick(
                r, {"dmy": 55, "mdy": 30, "iso": 15}
            )  # Montreal agents day-first, others month-first
        else:
            fmt = wpick(r, {"mdy": 80, "mdy_short": 15, "iso": 5})
        ident = p["ident"][1][-4:] if p["ident"] and r.random() < 0.5 else None
        contact = self.other_person(p)
        phones = [x for x in (p["mobile"], p["work"], p["landline"]) if x]
        main = r.choice(phones) if r.random() < 0.4 else p["mobile"]
        alt = r.choice(phones) if r.random() < 0.4 else None
        self.add("CRM", p, {
            "Case Contact": self.typo(name, 0.04),
            "Phone": self.phone(main),
            "Alt Phone": self.phone(alt) if alt != main else None,
            "DOB": self.dob_str(self.slip_date(p["dob"], 0.04), fmt) if r.random() < 0.6 else None,
            "ID Last 4": ident,
            "Postal/ZIP": self.post(a, 0.1) if r.random() < 0.7 else None,
            "Email": p["email"] if r.random() < 0.5 else None,
            "Emergency Contact": self.full_name(self.given(contact, 0.3), contact["sn"]["name"], "west") if contact and r.random() < 0.35 else None,
            "Emergency Phone": self.phone(contact["mobile"]) if contact and r.random() < 0.25 else None,
        })  # fmt: skip

    def shop(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        fr = p["group"] == "QC"
        gn = self.given(p, 0.35)
        sn = self.last_now(p, 0.45)  # a Quebec wife's husband's name, as friends use it
        last, _ = self.surname_us({**p, "sn": sn}, 0.4)
        if r.random() < 0.4:
            gn, last = fold(gn), fold(last)
        if r.random() < 0.08:
            gn, last = gn.lower(), last.lower()
        line1, line2 = self.address(
            a, "fr" if fr and r.random() < 0.7 else "en", split=r.random() < 0.4
        )
        other = self.other_person(p)
        ship = None
        if other and r.random() < 0.12:
            ship = f"{self.given(other, 0.3)} {other['sn']['name']}"
        ca = a["city"][2] in ("QC", "ON")
        email = p["family_email"] if p["family_email"] and r.random() < 0.5 else p["email"]
        self.add("SHOP", p, {
            "order_no": self.unique(lambda: "W" + self.digits(8)),
            "first_name": self.typo(gn, 0.04),
            "last_name": self.typo(last, 0.04),
            "email": email,
            "phone": self.phone(p["mobile"] if r.random() < 0.85 else (p["landline"] or p["mobile"])) if r.random() < 0.85 else None,
            "address_line1": line1,
            "address_line2": line2,
            "city": wpick(r, a["city"][1]),
            "province_state": wpick(r, {a["city"][2]: 70, STATE_NAMES[a["city"][2]]: 30}),
            "postal_code": self.post(a, 0.15, 0.3),
            "country": wpick(r, {"CA": 50, "Canada": 50} if ca else {"US": 50, "USA": 30, "United States": 20}),
            "birthday": self.dob_str(p["dob"], "iso") if r.random() < 0.3 else None,
            "ship_to_name": ship,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            g = p["group"]
            if g in ("QC", "ON") and r.random() < 0.88:
                self.telco(p)
                if r.random() < 0.08:
                    self.telco(p)
            banked = r.random() < {"US": 0.8, "HI": 0.6, "QC": 0.1, "ON": 0.1}[g]
            if banked:
                self.bank(p)
                if r.random() < 0.06:
                    self.bank(p)
            if g == "HI" and age >= 18 and r.random() < 0.8:
                self.remesas(p)
                if r.random() < 0.1:
                    self.remesas(p)
            if r.random() < 0.55:
                self.crm(p)
                if r.random() < 0.1:
                    self.crm(p)
            if age < 75 and r.random() < 0.6:
                self.shop(p)
                if r.random() < 0.1:
                    self.shop(p)
            if len(self.rows) == n0:
                self.shop(p)
        return self.shuffled("row_id", "NA")


def northam(persons: int = 4000, seed: int = 35) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return NorthAm.frame(persons, seed, "row_id")
