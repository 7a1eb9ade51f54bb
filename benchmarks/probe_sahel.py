"""A francophone West African (BCEAO/UEMOA zone) group's customers in Senegal, Côte d'Ivoire, Mali
and Burkina Faso: a mobile-money wallet's KYC, a regional bank's core system, an electricity
utility's prepaid meters, a microfinance institution's group loans and a telco's SIM registry,
stacked in one file (a ``system`` column; a column of the same name in two systems is one column).

* Wallet (``OM_KYC``), French columns typed by agents in a kiosk, names as heard: ``nom``,
  ``prenom`` (now and then the other way round), ``sexe``, ``date_naissance`` (``12/03/1985``,
  ``12-03-1985``), ``lieu_naissance``, ``type_piece`` / ``numero_piece``, ``numero_compte`` (the
  wallet's phone, ``77 123 45 67``, ``771234567``, ``77.123.45.67``), ``contact_urgence`` and
  ``tel_contact_urgence`` (a spouse, a parent or a brother: someone else's name and phone),
  ``adresse``, ``ville``, ``num_agent`` (the registering agent's phone, shared by hundreds).
* Bank (``BANQUE``), administrative style: ``CIVILITE``, ``NOM`` in capitals (a married woman as
  ``DIOP EPSE FALL``, ``FALL NEE DIOP``, or under either name), ``PRENOMS`` (all of them, ``Mame
  Diarra``, ``Cheikh Ahmed Tidiane``), ``DATE_NAISS`` (``DD/MM/YYYY``; a birth known by its year
  only defaulted to ``01/01/YYYY`` or ``31/12/YYYY``), ``LIEU_NAISS``, ``NUM_PIECE``, ``PERE``
  and ``MERE`` (the filiation of a West African identity card: the father's and the mother's
  whole names), ``TEL_DOMICILE`` (the compound's landline), ``TEL_PORTABLE`` (Ivorian numbers of
  old customers in their 8 digits from before 2021), ``ADRESSE`` (``BP 1234 Dakar``, ``01 BP 1234
  Abidjan 01`` or the quartier), ``VILLE``, ``PAYS``.
* Electricity (``COMPTEUR``), prepaid meters: ``N° compteur`` (11 digits, the last Luhn's, as the
  STS standard prints them: the household's, on each of its holders' rows), ``Nom et prénoms``
  (``KOUASSI Konan Yves``, ``Mme FALL née DIOP Fatou``), ``Téléphone`` (in any form, Ivorian ones
  often in 8 digits), ``Quartier`` (``Cocody Angré 8e tranche près pharmacie``, ``Sicap Liberté 6
  villa 1234``, ``Médina Rue 22 x 17``, ``Hamdallaye ACI 2000 Rue 310 Porte 45``, ``Secteur 15
  Ouaga 2000``), ``Commune``.
* Microfinance (``IMF``), group loans mostly to women: ``nom_emprunteur``, ``prenoms_emprunteur``,
  ``date_nais`` (``vers 1975``, ``1975``, ``15/06/1975``), ``n_cni``, ``tel``, ``groupe`` (the
  solidarity group's name, shared by its twenty members), ``nom_conjoint`` (the husband's whole
  name, one for his several wives), ``garant`` and ``tel_garant`` (a guarantor: another member),
  ``localite``.
* Telco (``SIM``), the SIM registry: ``MSISDN`` (``221771234567``, ``+225 07 07 12 34 56``,
  ``0022376123456``), ``ICCID`` (19 digits, Luhn's), ``NOM_ABONNE``, ``PRENOM_ABONNE``,
  ``DATE_NAISSANCE`` (``1985-03-12`` or ``19850312``), ``TYPE_PIECE``, ``NUMERO_PIECE``. A person
  with two or three SIMs has a row for each.

Identity numbers, none of which has a published check digit: Senegal's NIN of the ECOWAS card
(13 digits, the first the sex: ``1 751 2003 01234``), the Ivorian CNI (``C 0012 3456 78``, the
letter dropped now and then), Mali's NINA (14 digits and a letter), Burkina Faso's CNIB
(``B1234567``); a passport's number in some rows instead.

What makes it hard: very common given and family names (Mamadou Diallo, Moussa Traoré, Awa
Ndiaye, Fatoumata Coulibaly): many true namesakes, in one city; spellings of French, English and
local transcriptions (Ndiaye/N'Diaye/Njaay/Njie, Diallo/Jallow/Djallo, Coulibaly/Kulibali,
Ouédraogo/Ouedraogo/Ouedrago, Mohamed/Mouhamed/Muhammad, Seydou/Seidou, Aïssatou/Aissatou);
Akan day names (Kouassi, Kouadio, Konan, Yao) that are given names for some and family names for
others; married women under their own name, their husband's or both; births known by their year
only, written ``vers 1975`` or defaulted to a first of January or a thirty-first of December that
thousands share; Ivorian phones in 8 and 10 digits; phones with ``+221``, ``00221``, ``221`` or
nothing, with spaces and full stops; polygamous households: two or three wives at one compound,
with one husband's name in their rows, one landline and one meter; sons named after their
fathers or grandfathers in the same compound; typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick

COUNTRIES = {"SN": 35, "CI": 30, "ML": 20, "BF": 15}

# Names: {canonical: ({spelling: weight}, weight)}; the first spelling is the usual one.
SN_M = {
    "Mamadou": ({"Mamadou": 75, "Mamadu": 10, "Mamoudou": 10, "Mahmoud": 5}, 16),
    "Moussa": ({"Moussa": 80, "Mousa": 10, "Musa": 10}, 10),
    "Ousmane": ({"Ousmane": 80, "Usman": 10, "Ousman": 10}, 9),
    "Cheikh": ({"Cheikh": 70, "Cheick": 20, "Sheikh": 10}, 9),
    "Abdoulaye": ({"Abdoulaye": 75, "Abdulaye": 10, "Ablaye": 15}, 10),
    "Ibrahima": ({"Ibrahima": 80, "Ibrahim": 10, "Ibrahimma": 10}, 9),
    "Modou": ({"Modou": 85, "Modu": 15}, 8), "Babacar": ({"Babacar": 85, "Babakar": 15}, 7),
    "Serigne": ({"Serigne": 1}, 5), "Amadou": ({"Amadou": 75, "Ahmadou": 15, "Amadu": 10}, 9),
    "Mouhamed": ({"Mouhamed": 40, "Mohamed": 35, "Muhammad": 10, "Mohammed": 15}, 10),
    "Aliou": ({"Aliou": 80, "Alioune": 10, "Aliu": 10}, 7),
    "Souleymane": ({"Souleymane": 75, "Sulayman": 10, "Souleimane": 15}, 6),
    "Omar": ({"Omar": 60, "Oumar": 40}, 6), "Pape": ({"Pape": 70, "Papa": 30}, 6),
    "Seydou": ({"Seydou": 75, "Seidou": 25}, 4), "Lamine": ({"Lamine": 1}, 5),
    "Mouhamadou Lamine": ({"Mouhamadou Lamine": 50, "Mohamadou Lamine": 30, "Lamine": 20}, 3),
    "Cheikh Ahmed Tidiane": ({"Cheikh Ahmed Tidiane": 50, "Cheikh Tidiane": 30, "Tidiane": 20}, 2),
}  # fmt: skip
SN_F = {
    "Awa": ({"Awa": 90, "Awaa": 10}, 12), "Fatou": ({"Fatou": 85, "Fatu": 15}, 12),
    "Aminata": ({"Aminata": 85, "Aminatta": 5, "Aminta": 10}, 10),
    "Mariama": ({"Mariama": 70, "Mariam": 20, "Maryama": 10}, 9),
    "Khady": ({"Khady": 70, "Khadi": 20, "Khadija": 10}, 8),
    "Ndeye": ({"Ndeye": 60, "Ndèye": 25, "Ndey": 15}, 8),
    "Aïssatou": ({"Aïssatou": 40, "Aissatou": 40, "Aysatu": 10, "Aissata": 10}, 9),
    "Coumba": ({"Coumba": 80, "Kumba": 20}, 7), "Rokhaya": ({"Rokhaya": 80, "Rokaya": 20}, 6),
    "Astou": ({"Astou": 1}, 6), "Sokhna": ({"Sokhna": 1}, 5), "Bineta": ({"Bineta": 80, "Binta": 20}, 5),
    "Dieynaba": ({"Dieynaba": 60, "Dienaba": 25, "Jeynaba": 15}, 4), "Adama": ({"Adama": 1}, 5),
    "Mame Diarra": ({"Mame Diarra": 70, "Mame Jarra": 10, "Diarra": 20}, 4),
    "Ndeye Fatou": ({"Ndeye Fatou": 70, "Ndèye Fatou": 20, "Fatou": 10}, 3),
}  # fmt: skip
SN_SN = {
    "Diop": ({"Diop": 90, "Dhiop": 5, "Jop": 5}, 14),
    "Ndiaye": ({"Ndiaye": 60, "N'Diaye": 20, "N'diaye": 8, "Njaay": 4, "Njie": 4, "Ndiay": 4}, 14),
    "Fall": ({"Fall": 95, "Fal": 5}, 10), "Sow": ({"Sow": 90, "Sowe": 10}, 9),
    "Diallo": ({"Diallo": 80, "Djallo": 8, "Jallow": 7, "Dialo": 5}, 12),
    "Faye": ({"Faye": 90, "Fay": 10}, 8), "Gueye": ({"Gueye": 65, "Guèye": 25, "Gaye": 10}, 10),
    "Ba": ({"Ba": 70, "Bah": 30}, 8), "Sarr": ({"Sarr": 85, "Sar": 15}, 8), "Seck": ({"Seck": 1}, 7),
    "Cissé": ({"Cissé": 50, "Cisse": 40, "Sisse": 10}, 6), "Mbaye": ({"Mbaye": 75, "M'Baye": 25}, 8),
    "Thiam": ({"Thiam": 85, "Tiam": 15}, 6), "Kane": ({"Kane": 1}, 5), "Dieng": ({"Dieng": 85, "Dieing": 15}, 6),
    "Diouf": ({"Diouf": 90, "Juuf": 10}, 7), "Sy": ({"Sy": 90, "Si": 10}, 5),
    "Niang": ({"Niang": 1}, 5), "Touré": ({"Touré": 50, "Toure": 50}, 5), "Mbengue": ({"Mbengue": 1}, 4),
}  # fmt: skip
CI_M = {
    "Kouassi": ({"Kouassi": 90, "Kouasi": 10}, 10), "Konan": ({"Konan": 1}, 9),
    "Kouadio": ({"Kouadio": 90, "Kwadio": 10}, 8), "Yao": ({"Yao": 1}, 8),
    "Kouamé": ({"Kouamé": 50, "Kouame": 50}, 7), "Koffi": ({"Koffi": 80, "Kofi": 20}, 7),
    "Jean-Baptiste": ({"Jean-Baptiste": 60, "Jean Baptiste": 30, "J. Baptiste": 10}, 5),
    "Yves": ({"Yves": 1}, 5), "Serge": ({"Serge": 1}, 5), "Moussa": ({"Moussa": 85, "Musa": 15}, 6),
    "Mamadou": ({"Mamadou": 85, "Mamadu": 15}, 6), "Seydou": ({"Seydou": 70, "Seidou": 30}, 4),
    "Ibrahim": ({"Ibrahim": 70, "Ibrahima": 20, "Brahima": 10}, 5), "Drissa": ({"Drissa": 80, "Idrissa": 20}, 4),
    "Bakary": ({"Bakary": 80, "Bakari": 20}, 4), "Lassina": ({"Lassina": 1}, 3),
    "Arsène": ({"Arsène": 60, "Arsene": 40}, 3), "Hervé": ({"Hervé": 60, "Herve": 40}, 3),
}  # fmt: skip
CI_F = {
    "Adjoua": ({"Adjoua": 85, "Adjwa": 15}, 8), "Akissi": ({"Akissi": 1}, 7), "Affoué": ({"Affoué": 50, "Affoue": 50}, 5),
    "Aya": ({"Aya": 1}, 7), "Amenan": ({"Amenan": 1}, 5), "Marie": ({"Marie": 1}, 7),
    "Fatoumata": ({"Fatoumata": 70, "Fatimata": 15, "Fatoumatta": 15}, 8), "Mariam": ({"Mariam": 80, "Mariame": 20}, 7),
    "Awa": ({"Awa": 1}, 5), "Christelle": ({"Christelle": 90, "Cristelle": 10}, 4), "Aminata": ({"Aminata": 1}, 6),
    "Marie-Louise": ({"Marie-Louise": 60, "Marie Louise": 40}, 3), "Rachelle": ({"Rachelle": 80, "Rachel": 20}, 3),
}  # fmt: skip
CI_SN = {
    "Kouassi": ({"Kouassi": 1}, 9), "Koné": ({"Koné": 50, "Kone": 50}, 12),
    "Coulibaly": ({"Coulibaly": 75, "Koulibaly": 15, "Kulibali": 5, "Couliably": 5}, 12),
    "Traoré": ({"Traoré": 50, "Traore": 50}, 10), "Ouattara": ({"Ouattara": 80, "Watara": 10, "Wattara": 10}, 10),
    "Yao": ({"Yao": 1}, 6), "Kouamé": ({"Kouamé": 50, "Kouame": 50}, 6),
    "N'Guessan": ({"N'Guessan": 60, "Nguessan": 25, "N Guessan": 15}, 8),
    "Bamba": ({"Bamba": 1}, 6), "Diabaté": ({"Diabaté": 50, "Diabate": 50}, 5), "Konaté": ({"Konaté": 50, "Konate": 50}, 5),
    "Touré": ({"Touré": 50, "Toure": 50}, 5), "Kouadio": ({"Kouadio": 1}, 6), "Soro": ({"Soro": 1}, 5),
    "Koffi": ({"Koffi": 80, "Kofi": 20}, 5), "Brou": ({"Brou": 1}, 3), "Aka": ({"Aka": 1}, 3),
    "Diomandé": ({"Diomandé": 50, "Diomande": 50}, 4), "Fofana": ({"Fofana": 1}, 4), "Sanogo": ({"Sanogo": 1}, 4),
    "Doumbia": ({"Doumbia": 85, "Dumbia": 15}, 4), "Kamagaté": ({"Kamagaté": 50, "Kamagate": 50}, 3),
}  # fmt: skip
ML_M = {
    "Mamadou": ({"Mamadou": 75, "Mamadu": 10, "Mamoudou": 15}, 12), "Moussa": ({"Moussa": 85, "Musa": 15}, 12),
    "Seydou": ({"Seydou": 70, "Seidou": 20, "Saydou": 10}, 8), "Boubacar": ({"Boubacar": 80, "Boubakar": 20}, 8),
    "Oumar": ({"Oumar": 80, "Omar": 20}, 7), "Modibo": ({"Modibo": 1}, 5), "Bakary": ({"Bakary": 75, "Bakari": 25}, 7),
    "Sékou": ({"Sékou": 50, "Sekou": 50}, 6), "Souleymane": ({"Souleymane": 80, "Soulemane": 20}, 6),
    "Adama": ({"Adama": 1}, 6), "Drissa": ({"Drissa": 1}, 5), "Ibrahim": ({"Ibrahim": 70, "Ibrahima": 30}, 5),
    "Mahamadou": ({"Mahamadou": 60, "Mahamoud": 20, "Mahmoud": 20}, 6),
    "Cheick Oumar": ({"Cheick Oumar": 60, "Cheickna Oumar": 10, "Cheick": 30}, 3),
}  # fmt: skip
ML_F = {
    "Fatoumata": ({"Fatoumata": 75, "Fatimata": 15, "Fatoumatou": 10}, 12), "Aminata": ({"Aminata": 1}, 10),
    "Mariam": ({"Mariam": 75, "Mariame": 25}, 9), "Kadiatou": ({"Kadiatou": 60, "Kadidia": 25, "Kadiatu": 15}, 8),
    "Oumou": ({"Oumou": 1}, 7), "Assétou": ({"Assétou": 40, "Assetou": 50, "Assitou": 10}, 6),
    "Hawa": ({"Hawa": 80, "Awa": 20}, 7), "Djénéba": ({"Djénéba": 35, "Djeneba": 50, "Jeneba": 15}, 6),
    "Rokia": ({"Rokia": 85, "Rokiatou": 15}, 5), "Salimata": ({"Salimata": 1}, 5), "Bintou": ({"Bintou": 1}, 5),
    "Nana": ({"Nana": 1}, 4), "Aïssata": ({"Aïssata": 40, "Aissata": 60}, 5),
}  # fmt: skip
ML_SN = {
    "Traoré": ({"Traoré": 50, "Traore": 50}, 14), "Coulibaly": ({"Coulibaly": 80, "Kulibali": 10, "Koulibaly": 10}, 14),
    "Diarra": ({"Diarra": 90, "Jara": 10}, 10), "Keïta": ({"Keïta": 35, "Keita": 55, "Kéita": 10}, 9),
    "Koné": ({"Koné": 50, "Kone": 50}, 9), "Cissé": ({"Cissé": 50, "Cisse": 50}, 6), "Touré": ({"Touré": 50, "Toure": 50}, 6),
    "Sissoko": ({"Sissoko": 80, "Cissoko": 20}, 5), "Sangaré": ({"Sangaré": 50, "Sangare": 50}, 5),
    "Diakité": ({"Diakité": 50, "Diakite": 50}, 6), "Doumbia": ({"Doumbia": 1}, 5),
    "Maïga": ({"Maïga": 40, "Maiga": 60}, 6), "Sidibé": ({"Sidibé": 50, "Sidibe": 50}, 5),
    "Dembélé": ({"Dembélé": 40, "Dembele": 60}, 5), "Konaté": ({"Konaté": 50, "Konate": 50}, 4),
    "Camara": ({"Camara": 85, "Kamara": 15}, 5), "Samaké": ({"Samaké": 50, "Samake": 50}, 4),
    "Diallo": ({"Diallo": 85, "Djallo": 15}, 8),
}  # fmt: skip
BF_M = {
    "Ousmane": ({"Ousmane": 85, "Ousman": 15}, 8), "Issa": ({"Issa": 1}, 7), "Boukary": ({"Boukary": 70, "Boukari": 30}, 6),
    "Salif": ({"Salif": 1}, 5), "Abdoul Aziz": ({"Abdoul Aziz": 50, "Abdoulaziz": 30, "Aziz": 20}, 4),
    "Moumouni": ({"Moumouni": 1}, 5), "Souleymane": ({"Souleymane": 1}, 6), "Adama": ({"Adama": 1}, 7),
    "Inoussa": ({"Inoussa": 80, "Inousa": 20}, 5), "Hamidou": ({"Hamidou": 1}, 5), "Jean": ({"Jean": 1}, 5),
    "Paul": ({"Paul": 1}, 4), "Pierre": ({"Pierre": 1}, 4), "Wendpanga": ({"Wendpanga": 80, "Wenpanga": 20}, 3),
    "Arouna": ({"Arouna": 80, "Harouna": 20}, 5), "Mahamadi": ({"Mahamadi": 60, "Mahamady": 40}, 5),
}  # fmt: skip
BF_F = {
    "Mariam": ({"Mariam": 1}, 8), "Salamata": ({"Salamata": 1}, 6), "Aminata": ({"Aminata": 1}, 7),
    "Awa": ({"Awa": 1}, 6), "Fatimata": ({"Fatimata": 70, "Fatoumata": 30}, 8), "Rasmata": ({"Rasmata": 1}, 5),
    "Alimata": ({"Alimata": 1}, 5), "Pauline": ({"Pauline": 1}, 4), "Jeanne": ({"Jeanne": 1}, 4),
    "Wendkuni": ({"Wendkuni": 70, "Wendkouni": 30}, 3), "Zénabo": ({"Zénabo": 40, "Zenabo": 50, "Zénabou": 10}, 4),
    "Safiatou": ({"Safiatou": 1}, 4),
}  # fmt: skip
BF_SN = {
    "Ouédraogo": ({"Ouédraogo": 35, "Ouedraogo": 50, "Ouedrago": 8, "Wedraogo": 7}, 18),
    "Sawadogo": ({"Sawadogo": 90, "Sawadago": 10}, 12), "Kaboré": ({"Kaboré": 45, "Kabore": 55}, 9),
    "Zongo": ({"Zongo": 1}, 6), "Compaoré": ({"Compaoré": 45, "Compaore": 55}, 6),
    "Traoré": ({"Traoré": 50, "Traore": 50}, 7), "Ouattara": ({"Ouattara": 1}, 5),
    "Nikiéma": ({"Nikiéma": 45, "Nikiema": 55}, 5), "Sanou": ({"Sanou": 1}, 4),
    "Zoungrana": ({"Zoungrana": 1}, 5), "Ilboudo": ({"Ilboudo": 1}, 5), "Tapsoba": ({"Tapsoba": 1}, 4),
    "Yaméogo": ({"Yaméogo": 45, "Yameogo": 55}, 5), "Diallo": ({"Diallo": 1}, 4), "Kinda": ({"Kinda": 1}, 3),
    "Bationo": ({"Bationo": 1}, 3), "Sana": ({"Sana": 1}, 3),
}  # fmt: skip
NAMES = {"SN": (SN_M, SN_F, SN_SN), "CI": (CI_M, CI_F, CI_SN), "ML": (ML_M, ML_F, ML_SN),
         "BF": (BF_M, BF_F, BF_SN)}  # fmt: skip

# (city, [(quartier, style)], landline prefix, weight): a style says how a compound is written.
CITIES = {
    "SN": [("Dakar", [("Médina", "rue_x"), ("Sicap Liberté 6", "villa"), ("Parcelles Assainies Unité 15", "unite"),
                      ("HLM Grand Yoff", "villa"), ("Grand Dakar", "rue_x"), ("Ouakam", "pres"), ("Fass", "rue_x")], "338", 50),
           ("Pikine", [("Pikine Icotaf", "pres"), ("Thiaroye", "pres"), ("Guinaw Rail", "pres")], "338", 15),
           ("Thiès", [("Randoulène", "pres"), ("Médina Fall", "villa")], "339", 10),
           ("Touba", [("Darou Marnane", "pres"), ("Ndamatou", "pres")], "339", 10),
           ("Kaolack", [("Léona", "pres"), ("Médina Baye", "pres")], "339", 8),
           ("Saint-Louis", [("Sor", "rue_x"), ("Guet Ndar", "pres")], "339", 7)],
    "CI": [("Abidjan", [("Cocody Angré 8e tranche", "pres"), ("Yopougon Niangon Sud", "pres"), ("Abobo Avocatier", "pres"),
                        ("Marcory Zone 4", "rue"), ("Treichville Av 16", "rue"), ("Koumassi Remblais", "pres"),
                        ("Cocody Riviera 2", "villa")], "272", 65),
           ("Bouaké", [("Air France", "pres"), ("Koko", "pres")], "273", 12),
           ("Yamoussoukro", [("Habitat", "pres"), ("Dioulakro", "pres")], "273", 8),
           ("Daloa", [("Tazibouo", "pres"), ("Lobia", "pres")], "273", 8), ("Korhogo", [("Soba", "pres")], "273", 7)],
    "ML": [("Bamako", [("Hamdallaye ACI 2000", "porte"), ("Badalabougou", "porte"), ("Kalaban Coura", "porte"),
                       ("Magnambougou", "porte"), ("Sébénikoro", "porte"), ("Djélibougou", "porte")], "202", 70),
           ("Ségou", [("Pélengana", "porte"), ("Médine", "porte")], "212", 12), ("Sikasso", [("Wayerma", "porte")], "212", 10),
           ("Kayes", [("Plateau", "porte")], "212", 8)],
    "BF": [("Ouagadougou", [("Ouaga 2000", "secteur"), ("Pissy", "secteur"), ("Tanghin", "secteur"),
                            ("Dassasgho", "secteur"), ("Gounghin", "secteur"), ("Cissin", "secteur")], "253", 70),
           ("Bobo-Dioulasso", [("Sarfalao", "secteur"), ("Accart-Ville", "secteur")], "209", 20),
           ("Koudougou", [("Issouka", "secteur")], "254", 10)],
}  # fmt: skip
LANDMARKS = [
    "pharmacie",
    "mosquée",
    "marché",
    "école",
    "boulangerie",
    "station Total",
    "église",
    "terrain de foot",
]
DIAL = {"SN": "221", "CI": "225", "ML": "223", "BF": "226"}
COUNTRY_NAME = {"SN": "Sénégal", "CI": "Côte d'Ivoire", "ML": "Mali", "BF": "Burkina Faso"}
#: An Ivorian mobile's operator prefix: the two digits put in front of its 8 in 2021.
CI_OPERATOR = {"07": 45, "05": 35, "01": 20}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip
GROUPS = ["Yewwu Jigeen", "Benno Bokk", "And Jappo", "Dimbaya", "Benkadi", "Sinignesigi", "Teel Taaba",
          "Nong Taaba", "Wend Panga", "Akwaba", "Bé Ka Ta", "Espoir", "Femmes Unies", "Bokk Jom"]  # fmt: skip


def meter(body: str) -> str:
    """An 11-digit prepaid meter number: ten digits and Luhn's check digit (STS, IEC 62055-41)."""
    return body + luhn_digit(body)


def strip_accents(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class Sahel(Draws):
    SLIP_LETTERS = "aeiouknmd"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        self.groups: dict[str, list[dict]] = {}
        self.agents = {c: [self.mobile_number(c) for _ in range(40)] for c in COUNTRIES}
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, COUNTRIES))

    def name(self, table: dict, key: str | None = None) -> dict:
        """A name: its canonical form, the person's own spelling and the spellings heard."""
        r = self.rnd
        key = key or r.choices(list(table), [w for _, w in table.values()])[0]
        spellings = {k: w for k, w in table[key][0].items() if w}
        return {"key": key, "own": wpick(r, spellings), "all": spellings}

    def home(self, c: str) -> dict:
        r = self.rnd
        city, quartiers, land, _ = r.choices(CITIES[c], [e[-1] for e in CITIES[c]])[0]
        quartier, style = r.choice(quartiers)
        return dict(country=c, city=city, quartier=quartier, style=style, land=land,
                    no=r.randint(1, 2500), rue=r.randint(1, 120), x=r.randint(1, 60),
                    secteur=r.randint(1, 30), landmark=r.choice(LANDMARKS),
                    bp=r.randint(100, 9999) if r.random() < 0.2 else None,
                    meter=self.unique(lambda: meter(r.choice(["0", "1", "4"]) + self.digits(9))))  # fmt: skip

    def mobile_number(self, c: str) -> str:
        """A mobile in its national form: Senegal 9 digits, Côte d'Ivoire 10 (since 2021),
        Mali and Burkina Faso 8."""
        r = self.rnd
        if c == "SN":
            return self.unique(
                lambda: r.choice(["77", "77", "78", "76", "70", "75"]) + self.digits(7)
            )
        if c == "CI":
            return self.unique(lambda: wpick(r, CI_OPERATOR) + r.choice("0456789") + self.digits(7))
        if c == "ML":
            return self.unique(
                lambda: r.choice(["76", "66", "79", "77", "65", "90", "91"]) + self.digits(6)
            )
        return self.unique(
            lambda: r.choice(["70", "76", "78", "65", "66", "56", "57"]) + self.digits(6)
        )

    def national_id(self, c: str, sex: str, dob: dt.date) -> str:
        r = self.rnd
        if c == "SN":  # NIN: sex, a centre, the year registered, a serial
            year = min(TODAY.year - 1, max(dob.year + 15, 2000) + r.randint(0, 8))
            return self.unique(
                lambda: (
                    ("1" if sex == "M" else "2")
                    + str(r.randint(100, 999))
                    + str(year)
                    + self.digits(5)
                )
            )
        if c == "CI":
            return self.unique(lambda: "C" + self.digits(10))
        if c == "ML":  # NINA: 14 digits and a letter
            return self.unique(lambda: ("1" if sex == "M" else "2") + f"{dob.year % 100:02d}" + self.digits(11)
                               + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))  # fmt: skip
        return self.unique(
            lambda: (
                "B"
                + str(r.randint(1, 9))
                + self.digits(6)
                + (self.digits(1) if r.random() < 0.5 else "")
            )
        )

    def household(self, c: str) -> None:
        r = self.rnd
        M, _, S = NAMES[c]
        # A Malian or Burkinabè family in Abidjan: its ids from home, its phones and address Ivorian.
        live = "CI" if c in ("ML", "BF") and r.random() < 0.15 else c
        home = self.home(live)
        width = 9 if live == "SN" else 8  # Senegal's numbers have 9 digits, Mali's and Burkina's 8
        landline = (
            home["land"] + self.digits(width - 3) if live != "CI" and r.random() < 0.3 else None
        )
        if live == "CI" and r.random() < 0.3:
            landline = "272" + r.choice("0123345") + self.digits(6)  # 27 and the old 2X XX XX XX
        sn = self.name(S)
        kind = wpick(
            r, {"single": 25, "couple": 22, "family": 38, "polygamous": 15 if c != "CI" else 5}
        )
        father_of_head = self.name(M)
        head_sex = "M" if kind != "single" else wpick(r, {"M": 55, "F": 45})
        head = self.person(
            c, live, sn, head_sex, self.dob(26, 80), home, landline, father_of_head, None
        )
        members = [head]
        wives = []
        if kind != "single":
            for _ in range(1 if kind != "polygamous" else r.choice([2, 2, 3])):
                wife = self.person(
                    c, live, self.name(S), "F", self.dob(20, 70), home, landline, self.name(M), head
                )
                wives.append(wife)
        members += wives
        if kind in ("family", "polygamous"):
            for _ in range(r.choice([1, 2, 2, 3, 4])):
                sex = r.choice("MF")
                mother = r.choice(wives)
                given = None
                if sex == "M" and r.random() < 0.12:
                    given = head["gn"]  # named after his father
                elif sex == "M" and r.random() < 0.3:
                    given = father_of_head  # after his grandfather
                kid = self.person(
                    c, live, sn, sex, self.dob(16, 35), home, landline, head["gn"], None, given
                )
                kid["mother"] = mother
                members.append(kid)
        for m in members:
            m["household"] = members
            m["head"] = head
        self.persons.extend(members)

    def person(self, c, live, sn, sex, dob, home, landline, father, husband, given=None) -> dict:
        r = self.rnd
        self.pid += 1
        M, F, _ = NAMES[c]
        gn = given or self.name(M if sex == "M" else F)
        # Births known by their year only: older people and those born in a village.
        age = (TODAY - dob).days / 365.25
        year_only = r.random() < (0.35 if age > 45 else 0.1)
        mobiles = [self.mobile_number(live)]
        if r.random() < 0.45:  # a second SIM from another operator
            mobiles.append(self.mobile_number(live))
        return dict(
            pid=self.pid, country=c, live=live, sex=sex, dob=dob, year_only=year_only, gn=gn, sn=sn,
            father=father, husband=husband, mother=None, home=home, landline=landline, mobiles=mobiles,
            nid=self.national_id(c, sex, dob),
            passport=self.unique(lambda: r.choice("ABP") + self.digits(8)) if r.random() < 0.2 else None,
            birthplace=r.choice([h[0] for h in CITIES[c]]) if r.random() < 0.6 else r.choice(
                ["Kolda", "Matam", "Bondoukou", "Man", "Mopti", "Kita", "Kaya", "Dori", "Tambacounda"]),
            move=self.home(live) if r.random() < 0.1 else None,
        )  # fmt: skip

    # ------------------------------------------------------------ written forms
    def spell(self, name: dict, own: float = 0.75) -> str:
        """A name as written: the person's own spelling, or one heard by an agent."""
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def someone(self, p: dict | None) -> str | None:
        """Another person's whole name, as a form asks for it (a father's, a husband's)."""
        if p is None:
            return None
        return f"{self.spell(p['gn'], 0.8)} {self.spell(p['sn'], 0.8)}"

    def married_surname(self, p: dict, style: str) -> str:
        """A woman's family name in a form: her own, her husband's, or both."""
        own = self.spell(p["sn"]).upper() if style != "plain" else self.spell(p["sn"])
        h = p["husband"]
        if not h:
            return own
        hs = self.spell(h["sn"])
        hs = hs.upper() if style != "plain" else hs
        form = wpick(self.rnd, {"own": 55, "epse": 15, "nee": 8, "husband": 22})
        if form == "epse":
            return f"{own} {wpick(self.rnd, {'EPSE': 50, 'épouse': 30, 'EP.': 20})} {hs}"
        if form == "nee":
            return f"{hs} {wpick(self.rnd, {'NEE': 60, 'née': 40})} {own}"
        if form == "husband":
            return hs
        return own

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def address(self, h: dict, bp: float = 0.0) -> str:
        r = self.rnd
        if h["bp"] and r.random() < bp:
            if h["country"] == "SN":
                return f"BP {h['bp']} {h['city']}"
            return (
                f"{r.choice(['01', '03', '06'])} BP {h['bp']} {h['city']} {r.choice(['01', '03'])}"
            )
        q, s = h["quartier"], h["style"]
        if s == "rue_x":
            text = f"{wpick(r, {'Quartier ': 30, '': 70})}{q} Rue {h['rue']} x {h['x']}"
        elif s == "villa":
            text = f"{q} villa {wpick(r, {'': 60, 'N° ': 25, 'n°': 15})}{h['no']}"
        elif s == "unite":
            text = f"{q} N° {h['no']}"
        elif s == "rue":
            text = f"{q} Rue {h['rue']} lot {h['no']}"
        elif s == "porte":
            text = f"{q} Rue {h['rue']} Porte {h['no']}"
        elif s == "secteur":
            text = f"Secteur {h['secteur']} {q}" + (
                f" Rue {h['secteur']}.{h['rue']} Porte {h['no']}" if r.random() < 0.5 else ""
            )
        else:
            text = q
        if r.random() < (0.6 if s == "pres" else 0.15):
            text += f" {wpick(r, {'près': 50, 'pres': 20, 'derrière': 15, 'en face': 15})} {h['landmark']}"
        return text

    def phone(self, num: str | None, c: str, style: str) -> str | None:
        """A phone as typed: national (grouped by twos), with the country code in any form, or an
        Ivorian one in its 8 digits of before 2021."""
        if not num:
            return None
        r = self.rnd
        if c == "CI" and style == "old":
            num = num[2:]
        elif style == "old":
            style = "local"
        if len(num) == 9:  # Senegal's: 77 123 45 67
            pairs = f"{num[:2]} {num[2:5]} {num[5:7]} {num[7:]}"
        else:
            pairs = " ".join(num[i : i + 2] for i in range(0, len(num), 2))
        cc = DIAL[c]
        return {
            "local": pairs, "plain": num, "old": pairs if r.random() < 0.5 else num, "dots": pairs.replace(" ", "."),
            "plus": f"+{cc} {pairs}", "00": f"00{cc}{num}", "cc": f"{cc}{num}", "dash": pairs.replace(" ", "-"),
        }[style]  # fmt: skip

    def date(self, p: dict, fmt: str) -> str | None:
        """A birth date as a system keeps it; a year-only one defaulted or written ``vers``."""
        r = self.rnd
        d = p["dob"]
        if p["year_only"]:
            year = d.year + (r.choice([-1, 1]) if r.random() < 0.15 else 0)
            how = wpick(
                r, {"jan1": 45, "dec31": 15, "vers": 25 if fmt in ("fr", "imf") else 0, "year": 15}
            )
            if how == "vers":
                return f"{wpick(r, {'vers ': 60, 'né vers ': 25, 'Vers ': 15})}{year}"
            if how == "year":
                return str(year)
            d = dt.date(year, 1, 1) if how == "jan1" else dt.date(year, 12, 31)
        if r.random() < 0.02:  # day and month typed the other way round
            with_swap = d.day <= 12 and d.day != d.month
            d = dt.date(d.year, d.day, d.month) if with_swap else d
        if fmt == "iso":
            return d.isoformat() if r.random() < 0.6 else d.strftime("%Y%m%d")
        if fmt == "imf" and r.random() < 0.2:
            return f"{d.day} {MOIS[d.month - 1]} {d.year}"
        return d.strftime(wpick(r, {"%d/%m/%Y": 75, "%d-%m-%Y": 15, "%d.%m.%Y": 10}))

    def id_str(self, p: dict, passport: float = 0.1) -> tuple[str, str]:
        """(kind, number) of the paper shown, written as the clerk did."""
        r = self.rnd
        if p["passport"] and r.random() < passport:
            return "Passeport", p["passport"]
        c, code = p["country"], p["nid"]
        if r.random() < 0.02:
            i = r.randrange(2, len(code) - 1)
            code = code[:i] + str(r.randrange(10)) + code[i + 1 :]
        if c == "SN":
            code = wpick(r, {code: 60, f"{code[0]} {code[1:4]} {code[4:8]} {code[8:]}": 40})
            return wpick(r, {"CNI": 60, "CEDEAO": 40}), code
        if c == "CI":
            d = code[1:]
            code = wpick(r, {code: 40, f"C {d[:4]} {d[4:8]} {d[8:]}": 35, d: 15, f"CI{d}": 10})
            return "CNI", code
        if c == "ML":
            return wpick(r, {"NINA": 60, "CNI": 40}), wpick(
                r, {code: 70, f"{code[:4]} {code[4:8]} {code[8:12]} {code[12:]}": 30}
            )
        return "CNIB", wpick(r, {code: 70, f"{code[0]} {code[1:]}": 20, f"N° {code}": 10})

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def kin(self, p: dict) -> dict | None:
        """The person a form's emergency contact names: a husband, a wife, a parent, a brother."""
        r = self.rnd
        if p["husband"]:
            return p["husband"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    # ------------------------------------------------------------ systems
    def wallet(self, p: dict, sim: str) -> None:
        r = self.rnd
        c = p["live"]
        a = self.where(p, 0.3)
        first, last = (
            self.typo(self.spell(p["gn"], 0.6), 0.05),
            self.typo(self.married_surname(p, "plain"), 0.05),
        )
        if r.random() < 0.08:
            first, last = last, first
        if r.random() < 0.3:
            first, last = first.upper(), last.upper()
        kind, number = self.id_str(p, 0.15)
        k = self.kin(p)
        self.add("OM_KYC", p, {
            "nom": last, "prenom": first, "sexe": p["sex"] if r.random() < 0.8 else None,
            "date_naissance": self.date(p, "fr") if r.random() < 0.9 else None,
            "lieu_naissance": p["birthplace"] if r.random() < 0.6 else None,
            "type_piece": kind, "numero_piece": number if r.random() < 0.9 else None,
            "numero_compte": self.phone(sim, c, wpick(r, {"local": 50, "plain": 35, "dots": 15})),
            "contact_urgence": self.someone(k) if k and r.random() < 0.6 else None,
            "tel_contact_urgence": self.phone(k["mobiles"][0], c, "plain") if k and r.random() < 0.5 else None,
            "adresse": self.address(a) if r.random() < 0.7 else None,
            "ville": a["city"] if r.random() < 0.85 else None,
            "num_agent": self.phone(r.choice(self.agents[c]), c, "plain"),
        })  # fmt: skip

    def bank(self, p: dict) -> None:
        r = self.rnd
        c = p["live"]
        a = self.where(p, 0.4)
        _, number = self.id_str(p, 0.2)
        mother = p["mother"]
        civ = (
            "M."
            if p["sex"] == "M"
            else ("Mme" if p["husband"] else wpick(r, {"Mlle": 60, "Mme": 40}))
        )
        self.add("BANQUE", p, {
            "CIVILITE": civ if r.random() < 0.9 else None,
            "NOM": self.typo(self.married_surname(p, "upper"), 0.02),
            "PRENOMS": self.spell(p["gn"], 0.85) if r.random() < 0.5 else self.spell(p["gn"], 0.85).upper(),
            "DATE_NAISS": self.date(p, "bank") if r.random() < 0.97 else None,
            "LIEU_NAISS": p["birthplace"].upper() if r.random() < 0.8 else None,
            "NUM_PIECE": number if r.random() < 0.95 else None,
            "PERE": self.someone({"gn": p["father"], "sn": p["sn"]}) if p["father"] and r.random() < 0.7 else None,
            "MERE": self.someone(mother) if mother and r.random() < 0.6 else None,
            "TEL_DOMICILE": self.phone(p["landline"], c, wpick(r, {"local": 60, "plain": 20, "old": 20})) if r.random() < 0.8 else None,
            "TEL_PORTABLE": self.phone(r.choice(p["mobiles"]), c, wpick(r, {"local": 40, "old": 35, "plus": 25})) if r.random() < 0.9 else None,
            "ADRESSE": self.address(a, 0.6) if r.random() < 0.9 else None,
            "VILLE": a["city"].upper(),
            "PAYS": COUNTRY_NAME[c].upper() if r.random() < 0.7 else None,
        })  # fmt: skip

    def utility(self, p: dict) -> None:
        r = self.rnd
        c = p["live"]
        a = self.where(p, 0.2)
        sur = self.married_surname(p, "upper")
        given = self.spell(p["gn"], 0.7)
        if p["husband"] and r.random() < 0.4:
            name = f"Mme {sur} {given}" if r.random() < 0.5 else f"Mme {sur}"
        else:
            name = wpick(
                r,
                {
                    f"{sur} {given}": 60,
                    f"{given} {sur.title()}": 25,
                    f"{sur.upper()} {given.upper()}": 15,
                },
            )
        self.add("COMPTEUR", p, {
            "N° compteur": a["meter"] if r.random() < 0.97 else None,
            "Nom et prénoms": self.typo(name, 0.04),
            "Téléphone": self.phone(p["mobiles"][0], c, wpick(r, {"old": 40, "local": 30, "plain": 20, "dash": 10})) if r.random() < 0.85 else None,
            "Quartier": self.address(a) if r.random() < 0.9 else None,
            "Commune": a["city"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def mfi(self, p: dict, group: str, guarantor: dict | None) -> None:
        r = self.rnd
        c = p["live"]
        a = self.where(p, 0.2)
        _, number = self.id_str(p, 0.05)
        self.add("IMF", p, {
            "nom_emprunteur": self.typo(self.married_surname(p, "plain"), 0.04),
            "prenoms_emprunteur": self.typo(self.spell(p["gn"], 0.7), 0.04),
            "date_nais": self.date(p, "imf") if r.random() < 0.85 else None,
            "n_cni": number if r.random() < 0.8 else None,
            "tel": self.phone(r.choice(p["mobiles"]) if r.random() < 0.85 else p["head"]["mobiles"][0], c,
                              wpick(r, {"local": 50, "plain": 30, "old": 20})),
            "groupe": f"GIE {group}" if r.random() < 0.5 else group,
            "nom_conjoint": self.someone(p["husband"]) if p["husband"] and r.random() < 0.8 else None,
            "garant": self.someone(guarantor) if guarantor and r.random() < 0.8 else None,
            "tel_garant": self.phone(guarantor["mobiles"][0], c, "plain") if guarantor and r.random() < 0.7 else None,
            "localite": f"{a['quartier']}, {a['city']}" if r.random() < 0.8 else None,
        })  # fmt: skip

    def sim(self, p: dict, msisdn: str) -> None:
        r = self.rnd
        c = p["live"]
        kind, number = self.id_str(p, 0.1)
        first, last = self.spell(p["gn"], 0.7), self.married_surname(p, "upper")
        self.add("SIM", p, {
            "MSISDN": self.phone(msisdn, c, wpick(r, {"cc": 60, "plus": 20, "00": 20})),
            "ICCID": self.iccid(c),
            "NOM_ABONNE": self.typo(strip_accents(last).upper(), 0.03),
            "PRENOM_ABONNE": self.typo(strip_accents(first).upper(), 0.03),
            "DATE_NAISSANCE": self.date(p, "iso") if r.random() < 0.9 else None,
            "TYPE_PIECE": kind, "NUMERO_PIECE": number.replace(" ", "") if r.random() < 0.95 else None,
        })  # fmt: skip

    def iccid(self, c: str) -> str:
        body = "89" + DIAL[c] + self.digits(13)
        return self.unique(lambda: body + luhn_digit(body))

    def records(self) -> pd.DataFrame:
        r = self.rnd
        women = [p for p in self.persons if p["sex"] == "F" and (TODAY - p["dob"]).days > 18 * 365]
        # Solidarity groups of women of one city; each borrower's guarantor another member.
        by_city: dict[str, list[dict]] = {}
        for p in women:
            if r.random() < 0.35:
                by_city.setdefault(p["home"]["city"], []).append(p)
        borrowers = []
        for members in by_city.values():
            r.shuffle(members)
            for i in range(0, len(members), 15):
                chunk = members[i : i + 15]
                group = r.choice(GROUPS) + ("" if r.random() < 0.5 else f" {r.randint(1, 40)}")
                for p in chunk:
                    others = [m for m in chunk if m is not p]
                    borrowers.append((p, group, r.choice(others) if others else None))
        loans = {id(p): (g, gu) for p, g, gu in borrowers}
        men = [p for p in self.persons if p["sex"] == "M" and (TODAY - p["dob"]).days > 25 * 365]
        for p in men:
            if r.random() < 0.06:
                loans[id(p)] = (r.choice(GROUPS), None)
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            for sim in p["mobiles"]:
                if r.random() < 0.55:
                    self.wallet(p, sim)
                if r.random() < 0.5:
                    self.sim(p, sim)
            if age >= 18 and r.random() < 0.3:
                self.bank(p)
            holder = p is p["head"] or (p["husband"] is not None and r.random() < 0.3)
            if holder and r.random() < 0.55:
                self.utility(p)
            if id(p) in loans:
                g, gu = loans[id(p)]
                self.mfi(p, g, gu)
                if r.random() < 0.2:  # a second cycle's loan
                    self.mfi(p, g, gu)
            if len(self.rows) == n0:
                self.wallet(p, p["mobiles"][0])
        return self.shuffled("row_id", "WA")


def sahel(persons: int = 4000, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Sahel.frame(persons, seed, "row_id")
