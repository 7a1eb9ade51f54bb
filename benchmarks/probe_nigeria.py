"""A Nigerian bank and its fintech arm: four systems stacked in one file (a ``source_system``
column; a column of the same name in two systems is one column, ``EMAIL`` and ``email`` are two).

* Core banking (``CORE_BANKING``, a Finacle-style account extract): one row per account (savings,
  current, domiciliary): ``CIF_ID`` (the customer file, shared by one customer's accounts; a
  customer onboarded twice, at another branch or before the BVN, has two), ``ACCOUNT_NO`` (a
  ten-digit NUBAN), ``ACCOUNT_NAME`` in capitals as on the BVN, surname first most often
  (``ADEYEMI OLUWASEUN JOHN``, ``OLUWASEUN JOHN ADEYEMI``, ``ALHAJI BELLO ABDULLAHI``), ``BVN``
  (eleven digits, ``22…``; none on accounts older than 2014 that were never linked),
  ``DATE_OF_BIRTH`` (``12-MAR-1988``), ``GENDER`` (``M``/``F``), ``PHONE_NO`` (the BVN phone:
  ``08031234567``, ``2348031234567``, ``+234 803 123 4567``, ``8031234567`` where a spreadsheet
  dropped the zero), ``EMAIL``, ``ADDRESS`` (``NO 12 ADEOLA ODEKU STREET VICTORIA ISLAND``),
  ``CITY``, ``STATE`` (``LAGOS``, ``LAGOS STATE``, ``FCT``), ``MOTHERS_MAIDEN_NAME`` (the
  security question), the branch, account type and status, the opening date.
* Mobile wallet (``WALLET_KYC``, the fintech app's KYC table): ``first_name``, ``middle_name``,
  ``last_name`` as the user typed them (the English or the native given name, a short form,
  boxes swapped), ``phone_number`` (``+2348031234567``) and ``alt_phone_number`` (another SIM,
  often another network: MTN, Glo, Airtel, 9mobile), ``email``, ``date_of_birth``
  (``1988-03-12``), ``gender`` (``male``/``female``), ``nin`` and ``bvn`` (eleven digits each,
  sometimes the one typed into the other's box), ``kyc_tier``, ``residential_address``, ``lga``,
  ``state``, the sign-up date and a referral code; some users open a second wallet on another
  SIM.
* Loan app (``LOAN_APP``): ``full_name`` as typed (``Seun Adeyemi``, ``ADEYEMI OLUWASEUN``,
  ``Engr. Chukwuemeka Okafor``), ``phone``, ``bvn`` (required for a loan), ``dob``
  (``12/03/1988``; now and then month first), ``email``, ``home_address`` (landmarks: ``Plot 5,
  off Admiralty Way, Lekki Phase 1, Lagos``, ``Behind Total filling station, Ikotun``),
  ``employer``, ``monthly_income``, ``bank_name`` and ``bank_account_no`` for the
  disbursement, the next of kin (``nok_name``, ``nok_phone``, ``nok_relationship``: a spouse, a
  parent, a sibling), the amount and the status. Repeat borrowers apply several times, a
  defaulter sometimes on a new SIM.
* Branch and agent walk-ins (``AGENT_WALKIN``): a cash-out, a transfer, a BVN enrolment or an
  account opening at a POS agent or a branch desk: ``customer_name`` as the agent typed it (``Mrs
  Ngozi Eze``, ``ALHAJI MUSA``, ``Emeka``), ``customer_phone`` (the customer's, or the agent's own
  typed for a customer who gave none), ``customer_bvn`` on enrolments and openings,
  ``agent_name``, ``agent_phone``, ``terminal_id``, ``agent_location`` (the agent's shop: ``Opp.
  First Bank, Ojuelegba Road``), ``lga``, ``state``, the channel, amount and date.

What makes it hard: Yoruba, Igbo, Hausa, Edo and Ibibio names of several given names, each
person known by one of them: the English name used interchangeably with the native ones (``John
Adeyemi`` is ``Oluwaseun Adeyemi``), Yoruba and Igbo short forms (``Oluwaseun``/``Seun``,
``Chukwuemeka``/``Emeka``, ``Oluwafemi``/``Femi``, ``Babatunde``/``Tunde``); spellings of
Muslim names (``Abdullahi``/``Abdulahi``, ``Muhammad``/``Mohammed``/``Muhammed``,
``Aishat``/``Aisha``, ``Sulaiman``/``Suleiman``/``Sulaimon``); Hausa children whose surname is
their father's given name, so that the commonest given names are also the commonest surnames and
namesakes abound (``Abdullahi Musa``, ``Musa Abdullahi``); titles (``Alhaji``, ``Alhaja``,
``Hajia``, ``Chief``, ``Engr.``, ``Dr``, ``Barr.``, ``Pastor``, ``Mrs``); married women under
their maiden name on old accounts and their husband's later, or both; declared ages that differ
from the birth date; day and month swapped; households sharing an address and a phone (a wife or
a grown child with no SIM of their own), the husband's phone as a wife's next of kin, a POS
agent's phone typed for several customers, numbers recycled by the network to someone else;
addresses with landmarks and abbreviations (``VI``, ``Lekki Ph 1``, ``Opp.``), LGAs and states
written many ways; BVN and NIN of the same length in each other's box.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
# Spellings of one name: the first is the commonest.
SPELLINGS = [
    ["Abdullahi", "Abdulahi", "Abdullah"], ["Muhammad", "Mohammed", "Muhammed", "Mohammad"],
    ["Usman", "Uthman", "Usmanu", "Othman"], ["Abubakar", "Abubakr", "Aboubakar"],
    ["Sulaiman", "Suleiman", "Sulaimon", "Suleman"], ["Yusuf", "Yusuff", "Yusufu"],
    ["Umar", "Umaru", "Omar"], ["Isah", "Isa", "Issa"], ["Auwal", "Auwalu", "Awwal"],
    ["Nasiru", "Nasir"], ["Kabiru", "Kabir"], ["Mustapha", "Mustafa"], ["Idris", "Idrisu"],
    ["Hamza", "Hamzat"], ["Bashir", "Bashiru"], ["Lawal", "Lawan"], ["Ahmed", "Ahmad"],
    ["Aisha", "Aishat", "Aishatu", "Ayesha"], ["Fatima", "Fatimah", "Fatimat"],
    ["Zainab", "Zainabu", "Zeinab"], ["Hauwa", "Hawa", "Hauwau"], ["Amina", "Aminat", "Aminah"],
    ["Hadiza", "Hadizat"], ["Maryam", "Mariam", "Maryamu"], ["Khadijat", "Khadijah", "Khadija"],
    ["Halima", "Halimat", "Halimah"], ["Rukayat", "Rukayya", "Ruqayyah"], ["Hafsat", "Hafsah"],
    ["Abdulrasaq", "Abdulrazaq", "Abdulrazak", "Abdulrasheed"], ["Taofeek", "Taofik", "Taofeeq"],
    ["Akeem", "Hakeem", "Hakim"], ["Lateef", "Latif"], ["Nurudeen", "Nuraddeen"],
    ["Sekinat", "Sakinat"], ["Ganiyu", "Ganiu"], ["Rasheed", "Rashidi", "Rashid"],
    ["Eze", "Ezeh"], ["Udeh", "Ude"], ["Nwankwo", "Nwankwor"], ["Okoye", "Okoyeh"],
    ["Ajayi", "Ajai"], ["Alli", "Ali"],
    ["Oluwaseun", "Oluwaseyun"], ["Ifeanyichukwu", "Ifeanyi-Chukwu"],
    ["Chukwuemeka", "Chukwu-Emeka"], ["Favour", "Favor"],
]  # fmt: skip
VARIANTS: dict[str, list[str]] = {}
for _grp in SPELLINGS:
    for _w in _grp:
        VARIANTS.setdefault(_w, [x for x in dict.fromkeys(_grp) if x != _w])

#: Short forms people go by, native and English.
SHORT = {
    "Oluwaseun": ["Seun"], "Oluwafemi": ["Femi"], "Babatunde": ["Tunde"], "Adebayo": ["Bayo"],
    "Olumide": ["Mide"], "Oluwatosin": ["Tosin"], "Ayodeji": ["Deji"], "Adewale": ["Wale"],
    "Olawale": ["Wale"], "Abiodun": ["Biodun"], "Oluwadamilare": ["Dami", "Damilare"],
    "Temitope": ["Tope"], "Oluwakemi": ["Kemi"], "Olufunmilayo": ["Funmi", "Funmilayo"],
    "Oluwabukola": ["Bukola", "Bukky"], "Folasade": ["Sade"], "Omotola": ["Tola"],
    "Adenike": ["Nike"], "Titilayo": ["Titi"], "Yetunde": ["Yetty"], "Opeyemi": ["Ope"],
    "Oluwatobi": ["Tobi"], "Oluwaseyi": ["Seyi"], "Ifeoluwa": ["Ife"], "Damilola": ["Dammy"],
    "Oluwatoyin": ["Toyin"], "Bolanle": ["Bola"], "Olamide": ["Lamide"], "Kehinde": ["Kenny"],
    "Chukwuemeka": ["Emeka"], "Chinedu": ["Nedu"], "Ikechukwu": ["Ike", "Ikay"],
    "Chidiebere": ["Chidi"], "Uchechukwu": ["Uche"], "Ifeanyichukwu": ["Ifeanyi"],
    "Chibuike": ["Buike"], "Chinonso": ["Nonso"], "Somtochukwu": ["Somto"],
    "Chukwuebuka": ["Ebuka"], "Onyekachi": ["Kachi"], "Chiamaka": ["Amaka"],
    "Nkechinyere": ["Nkechi"], "Adaeze": ["Ada"], "Ifeoma": ["Ify"], "Amarachi": ["Amara"],
    "Chidinma": ["Dinma"], "Obiageli": ["Oby"], "Oluchi": ["Oluchi"],
    "Emmanuel": ["Emma"], "Samuel": ["Sam"], "Daniel": ["Dan"], "Michael": ["Mike"],
    "Joseph": ["Joe"], "Elizabeth": ["Liz", "Lizzy"], "Victoria": ["Vicky"],
    "Deborah": ["Debby"], "Abubakar": ["Abu"], "Muhammad": ["Mohd"], "Kingsley": ["King"],
    "Christopher": ["Chris"], "Christiana": ["Christy"], "Patience": ["Pat"],
}  # fmt: skip

# Yoruba (Christian and Muslim), Igbo, Hausa-Fulani, Edo and Ibibio names: (male, female, surnames)
YORUBA_M = {"Oluwaseun": 5, "Oluwafemi": 4, "Babatunde": 4, "Adebayo": 4, "Olumide": 3,
            "Oluwatosin": 3, "Ayodeji": 3, "Adewale": 3, "Olawale": 2, "Abiodun": 3,
            "Oluwadamilare": 2, "Temitope": 2, "Opeyemi": 3, "Oluwatobi": 3, "Oluwaseyi": 2,
            "Kehinde": 2, "Taiwo": 2, "Olamide": 2, "Adekunle": 3, "Olusegun": 3, "Oladipupo": 1,
            "Akinwale": 2, "Ayomide": 2, "Gbenga": 2, "Tunji": 1, "Ademola": 2, "Olufemi": 2,
            "Oluwasegun": 2, "Ifeoluwa": 1, "Damilola": 1, "Rotimi": 1, "Kayode": 2}  # fmt: skip
YORUBA_F = {"Olufunmilayo": 3, "Oluwakemi": 3, "Temitope": 3, "Oluwabukola": 3, "Adenike": 3,
            "Folasade": 3, "Omotola": 2, "Titilayo": 2, "Yetunde": 3, "Opeyemi": 2,
            "Oluwaseun": 2, "Ifeoluwa": 2, "Damilola": 3, "Oluwatoyin": 3, "Bolanle": 2,
            "Kehinde": 2, "Taiwo": 2, "Abisola": 2, "Morenike": 2, "Adeola": 3, "Funke": 2,
            "Bisola": 1, "Oyinkansola": 1, "Modupe": 2, "Omolara": 2, "Ronke": 1, "Busayo": 2,
            "Moyosore": 1}  # fmt: skip
YORUBA_SUR = {"Adeyemi": 5, "Adebayo": 4, "Ogunleye": 3, "Balogun": 4, "Olawale": 2, "Adeleke": 3,
              "Ogundipe": 2, "Adesanya": 2, "Akinola": 3, "Oladipo": 2, "Ojo": 4, "Ogunbiyi": 2,
              "Fashola": 1, "Adekunle": 3, "Bakare": 3, "Olaniyan": 2, "Afolabi": 3, "Ajayi": 4,
              "Oyewole": 2, "Oni": 2, "Adewumi": 2, "Alabi": 3, "Ogunsanya": 2, "Akinwale": 2,
              "Adeniran": 2, "Olatunji": 3, "Oladele": 2, "Olabode": 2, "Ayodele": 2, "Babatunde": 2,
              "Oyelaran": 1, "Odunsi": 1, "Adegoke": 2, "Ibrahim": 1, "Lawal": 3, "Salami": 3,
              "Bello": 3, "Alli": 2, "Ogunlana": 1, "Adeoye": 2, "Fagbemi": 1, "Ilesanmi": 1,
              "Oyebanji": 1, "Ayeni": 2, "Akande": 2, "Oyetunde": 1}  # fmt: skip
YORUBA_MUSLIM_M = {"Abdulrasaq": 3, "Taofeek": 3, "Akeem": 3, "Lateef": 3, "Nurudeen": 2,
                   "Ganiyu": 2, "Rasheed": 3, "Kazeem": 2, "Mutiu": 2, "Fatai": 2, "Waheed": 2,
                   "Ismail": 2, "Yusuf": 2, "Sulaiman": 2, "Ibrahim": 2}  # fmt: skip
YORUBA_MUSLIM_F = {"Kafayat": 3, "Rukayat": 3, "Basirat": 2, "Sekinat": 2, "Aminat": 3,
                   "Fatimat": 2, "Khadijat": 2, "Aishat": 3, "Halimat": 2, "Muinat": 1,
                   "Sherifat": 2, "Mariam": 2, "Rashidat": 2}  # fmt: skip
IGBO_M = {"Chukwuemeka": 5, "Chinedu": 4, "Ikechukwu": 4, "Obinna": 4, "Chidiebere": 3,
          "Uchechukwu": 3, "Nnamdi": 3, "Ifeanyichukwu": 3, "Chibuike": 2, "Kelechi": 3,
          "Chinonso": 2, "Somtochukwu": 2, "Chukwuebuka": 3, "Onyekachi": 2, "Tochukwu": 2,
          "Ekene": 2, "Chijioke": 2, "Emeka": 1, "Nnaemeka": 2, "Ugochukwu": 2, "Obiora": 1,
          "Kenechukwu": 1, "Izuchukwu": 1}  # fmt: skip
IGBO_F = {"Ngozi": 5, "Chiamaka": 4, "Nkechinyere": 3, "Oluchi": 3, "Adaeze": 3, "Chioma": 5,
          "Ifeoma": 3, "Uchenna": 2, "Chinyere": 3, "Nneka": 3, "Obiageli": 2, "Chinwe": 2,
          "Ebere": 2, "Amarachi": 3, "Chidinma": 3, "Ogechi": 2, "Nkiruka": 2, "Ijeoma": 2,
          "Ujunwa": 1, "Ifunanya": 2, "Chisom": 2, "Kosisochukwu": 1}  # fmt: skip
IGBO_SUR = {"Okafor": 5, "Okonkwo": 4, "Eze": 5, "Nwosu": 3, "Okeke": 4, "Nwachukwu": 3, "Obi": 3,
            "Onyeka": 2, "Uzor": 2, "Nwankwo": 3, "Okoro": 3, "Chukwu": 3, "Nwafor": 2, "Okoye": 3,
            "Anyanwu": 2, "Ibe": 2, "Agu": 2, "Ugwu": 3, "Onuoha": 2, "Nnaji": 2, "Ogbonna": 2,
            "Okpara": 1, "Iwu": 1, "Madu": 2, "Nwabueze": 1, "Ezeani": 1, "Igwe": 2, "Udeh": 2,
            "Obiora": 1, "Nwoye": 1, "Onwuka": 1, "Ezenwa": 1, "Okonkwo-Eze": 0.3}  # fmt: skip
HAUSA_M = {"Abdullahi": 8, "Muhammad": 10, "Ibrahim": 6, "Musa": 6, "Aminu": 5, "Usman": 5,
           "Abubakar": 6, "Sani": 5, "Bashir": 3, "Yusuf": 4, "Sulaiman": 3, "Umar": 4, "Haruna": 3,
           "Garba": 3, "Isah": 3, "Auwal": 3, "Nasiru": 3, "Kabiru": 3, "Mustapha": 3, "Aliyu": 4,
           "Lawal": 3, "Shehu": 3, "Yakubu": 3, "Idris": 3, "Mukhtar": 2, "Jamilu": 2, "Salisu": 2,
           "Hamza": 2, "Adamu": 3, "Bello": 3, "Ahmed": 3, "Tijjani": 2, "Danladi": 1}  # fmt: skip
HAUSA_F = {"Aisha": 6, "Fatima": 7, "Zainab": 5, "Hauwa": 5, "Amina": 5, "Hadiza": 4, "Maryam": 4,
           "Khadijat": 3, "Halima": 4, "Rukayat": 3, "Safiya": 3, "Bilkisu": 2, "Zulaihat": 2,
           "Asmau": 2, "Jamila": 2, "Hafsat": 3, "Ummi": 2, "Balaraba": 1, "Habiba": 2,
           "Sadiya": 2, "Maimuna": 2}  # fmt: skip
HAUSA_FAMILY = {"Bello": 4, "Abubakar": 3, "Danjuma": 2, "Garba": 3, "Bala": 3, "Aliyu": 3,
                "Shehu": 2, "Sule": 2, "Gambo": 2, "Idris": 2, "Lawal": 2, "Tanko": 2, "Adamu": 3,
                "Dauda": 2, "Umar": 2, "Ahmed": 3, "Abdulkadir": 2, "Yahaya": 2, "Mohammed": 3,
                "Sadiq": 1, "Kurfi": 0.5, "Dikko": 0.5, "Jibrin": 2, "Baba": 1}  # fmt: skip
EDO_IBIBIO_M = {"Osagie": 3, "Efosa": 2, "Osaro": 2, "Eghosa": 2, "Aniekan": 2, "Ubong": 2,
                "Imoh": 1, "Ekemini": 1, "Tonye": 2, "Preye": 1, "Ebiere": 1}  # fmt: skip
EDO_IBIBIO_F = {"Ivie": 3, "Osas": 2, "Osarugue": 1, "Imaobong": 2, "Idara": 2, "Emem": 2,
                "Ekaette": 2, "Ebiere": 1, "Ibiso": 1}  # fmt: skip
EDO_IBIBIO_SUR = {"Osagie": 3, "Igbinedion": 2, "Obaseki": 2, "Omoruyi": 2, "Ehigiator": 1,
                  "Ekong": 2, "Etim": 3, "Udo": 3, "Akpan": 4, "Bassey": 3, "Effiong": 3,
                  "Essien": 2, "Okon": 3, "Edet": 2, "Dokubo": 1, "Briggs": 2, "George": 2,
                  "Amachree": 1, "Idahosa": 2, "Ogbeide": 1}  # fmt: skip
ENGLISH_M = {"John": 6, "Samuel": 5, "Daniel": 4, "Emmanuel": 6, "Michael": 4, "David": 5,
             "Joseph": 4, "Peter": 4, "Paul": 3, "Stephen": 3, "Victor": 3, "Anthony": 3,
             "Godwin": 2, "Sunday": 3, "Monday": 1, "Friday": 1, "Godspower": 1, "Innocent": 2,
             "Kingsley": 2, "Christopher": 2, "Festus": 1, "Felix": 1, "Solomon": 2, "James": 3,
             "Benjamin": 2, "Francis": 2, "Collins": 1, "Charles": 2, "Henry": 1}  # fmt: skip
ENGLISH_F = {"Grace": 5, "Blessing": 6, "Mary": 4, "Esther": 3, "Elizabeth": 3, "Joy": 3,
             "Faith": 3, "Patience": 2, "Comfort": 2, "Mercy": 2, "Gift": 2, "Favour": 3,
             "Peace": 2, "Precious": 2, "Deborah": 3, "Ruth": 2, "Juliet": 2, "Gloria": 2,
             "Victoria": 2, "Stella": 2, "Janet": 2, "Christiana": 2, "Helen": 2,
             "Rita": 1, "Florence": 1, "Margaret": 1, "Vivian": 1, "Sandra": 1}  # fmt: skip

GROUPS = {"yoruba": 38, "igbo": 28, "hausa": 24, "south": 10}

# ---------------------------------------------------------------- places
# city: (state, [(area, lga)], weight); areas as people write them
CITIES = {
    "Lagos": ("Lagos", [("Lekki Phase 1", "Eti-Osa"), ("Ajah", "Eti-Osa"),
        ("Victoria Island", "Eti-Osa"), ("Ikoyi", "Eti-Osa"), ("Sangotedo", "Eti-Osa"),
        ("Surulere", "Surulere"), ("Yaba", "Lagos Mainland"), ("Ebute Metta", "Lagos Mainland"),
        ("Ikeja", "Ikeja"), ("Ogba", "Ikeja"), ("Ojodu", "Ikeja"), ("Alausa", "Ikeja"),
        ("Maryland", "Kosofe"), ("Ketu", "Kosofe"), ("Gbagada", "Kosofe"), ("Magodo", "Kosofe"),
        ("Ikorodu", "Ikorodu"), ("Egbeda", "Alimosho"), ("Ipaja", "Alimosho"),
        ("Ikotun", "Alimosho"), ("Idimu", "Alimosho"), ("Festac Town", "Amuwo-Odofin"),
        ("Ojo", "Ojo"), ("Agege", "Agege"), ("Mushin", "Mushin"), ("Oshodi", "Oshodi-Isolo"),
        ("Isolo", "Oshodi-Isolo"), ("Ajegunle", "Ajeromi-Ifelodun"), ("Badagry", "Badagry")]),
    "Abuja": ("FCT", [("Wuse 2", "AMAC"), ("Garki", "AMAC"), ("Maitama", "AMAC"),
        ("Gwarinpa", "AMAC"), ("Kubwa", "Bwari"), ("Lugbe", "AMAC"), ("Nyanya", "AMAC"),
        ("Asokoro", "AMAC"), ("Jabi", "AMAC"), ("Utako", "AMAC"), ("Gwagwalada", "Gwagwalada"),
        ("Dutse", "Bwari")]),
    "Kano": ("Kano", [("Nassarawa GRA", "Nassarawa"), ("Fagge", "Fagge"), ("Sabon Gari", "Fagge"),
        ("Tarauni", "Tarauni"), ("Gwale", "Gwale"), ("Dala", "Dala"), ("Hotoro", "Nassarawa"),
        ("Kumbotso", "Kumbotso"), ("Zoo Road", "Tarauni")]),
    "Ibadan": ("Oyo", [("Bodija", "Ibadan North"), ("Dugbe", "Ibadan North-West"),
        ("Challenge", "Ibadan South-West"), ("Ring Road", "Ibadan South-West"),
        ("Mokola", "Ibadan North"), ("Agodi", "Ibadan North-East"), ("Ojoo", "Akinyele"),
        ("Akobo", "Lagelu")]),
    "Port Harcourt": ("Rivers", [("GRA Phase 2", "Port Harcourt"), ("Rumuokoro", "Obio/Akpor"),
        ("Rumuola", "Obio/Akpor"), ("Trans-Amadi", "Port Harcourt"), ("D-Line", "Port Harcourt"),
        ("Woji", "Obio/Akpor"), ("Choba", "Obio/Akpor")]),
    "Enugu": ("Enugu", [("Independence Layout", "Enugu East"), ("New Haven", "Enugu North"),
        ("Trans-Ekulu", "Enugu East"), ("Ogui", "Enugu North"), ("Abakpa", "Enugu East"),
        ("Achara Layout", "Enugu South")]),
    "Onitsha": ("Anambra", [("Fegge", "Onitsha South"), ("GRA", "Onitsha North"),
        ("Odoakpu", "Onitsha South"), ("Woliwo", "Onitsha North")]),
    "Awka": ("Anambra", [("Amawbia", "Awka South"), ("Okpuno", "Awka South")]),
    "Owerri": ("Imo", [("Ikenegbu", "Owerri Municipal"), ("World Bank", "Owerri North"),
        ("New Owerri", "Owerri Municipal")]),
    "Aba": ("Abia", [("Ariaria", "Aba North"), ("Ogbor Hill", "Aba North"),
        ("Asa Road", "Aba South")]),
    "Kaduna": ("Kaduna", [("Barnawa", "Kaduna South"), ("Malali", "Kaduna North"),
        ("Ungwan Rimi", "Kaduna North"), ("Kawo", "Kaduna North"), ("Sabon Tasha", "Chikun")]),
    "Zaria": ("Kaduna", [("Samaru", "Sabon Gari"), ("Tudun Wada", "Zaria")]),
    "Sokoto": ("Sokoto", [("Mabera", "Sokoto South"), ("Gawon Nama", "Sokoto North")]),
    "Katsina": ("Katsina", [("Kofar Kaura", "Katsina"), ("GRA", "Katsina")]),
    "Bauchi": ("Bauchi", [("Yelwa", "Bauchi"), ("Wunti", "Bauchi")]),
    "Benin City": ("Edo", [("GRA", "Oredo"), ("Ugbowo", "Egor"), ("Sapele Road", "Oredo"),
        ("Uselu", "Egor")]),
    "Abeokuta": ("Ogun", [("Oke-Ilewo", "Abeokuta South"), ("Kuto", "Abeokuta South"),
        ("Panseke", "Abeokuta North")]),
    "Sango Ota": ("Ogun", [("Sango", "Ado-Odo/Ota"), ("Ota", "Ado-Odo/Ota")]),
    "Ilorin": ("Kwara", [("Tanke", "Ilorin South"), ("GRA", "Ilorin West"), ("Fate", "Ilorin South")]),
    "Osogbo": ("Osun", [("Oke-Fia", "Osogbo"), ("Alekuwodo", "Olorunda")]),
    "Akure": ("Ondo", [("Alagbaka", "Akure South"), ("Oba-Ile", "Akure North")]),
    "Uyo": ("Akwa Ibom", [("Ewet Housing", "Uyo"), ("Shelter Afrique", "Uyo")]),
    "Calabar": ("Cross River", [("Marian", "Calabar Municipal"), ("Satellite Town", "Calabar South")]),
    "Warri": ("Delta", [("Effurun", "Uvwie"), ("Okumagba", "Warri South")]),
}  # fmt: skip
CITY_BY_GROUP = {
    "yoruba": {"Lagos": 45, "Ibadan": 14, "Abeokuta": 7, "Sango Ota": 5, "Abuja": 8, "Ilorin": 6,
               "Osogbo": 5, "Akure": 5, "Port Harcourt": 2},
    "igbo": {"Lagos": 28, "Enugu": 15, "Onitsha": 11, "Awka": 5, "Owerri": 8, "Aba": 10,
             "Abuja": 11, "Port Harcourt": 10, "Kano": 2},
    "hausa": {"Kano": 34, "Kaduna": 20, "Abuja": 15, "Zaria": 8, "Sokoto": 6, "Katsina": 6,
              "Bauchi": 5, "Lagos": 5, "Ilorin": 1},
    "south": {"Benin City": 25, "Port Harcourt": 25, "Uyo": 15, "Calabar": 10, "Warri": 10,
              "Lagos": 10, "Abuja": 5},
}  # fmt: skip
STREETS = {
    "Lagos": ["Adeola Odeku Street", "Admiralty Way", "Awolowo Road", "Allen Avenue",
              "Adeniran Ogunsanya Street", "Herbert Macaulay Way", "Ikorodu Road",
              "Agege Motor Road", "Isheri Road", "Obafemi Awolowo Way", "Opebi Road",
              "Bode Thomas Street", "Ogunlana Drive", "Akowonjo Road", "Ijegun Road",
              "Lagos-Badagry Expressway", "Lekki-Epe Expressway", "Toyin Street",
              "Olowu Street", "Isaac John Street", "Kudirat Abiola Way", "Egbeda-Idimu Road"],
    "Abuja": ["Aminu Kano Crescent", "Adetokunbo Ademola Crescent", "Ahmadu Bello Way",
              "Gimbiya Street", "Ademola Adetokunbo Crescent", "1st Avenue", "3rd Avenue",
              "Kubwa Expressway", "Airport Road", "Nnamdi Azikiwe Street"],
    "Kano": ["Zoo Road", "Murtala Mohammed Way", "Bompai Road", "Ibrahim Taiwo Road",
             "Hadejia Road", "Maiduguri Road", "Gidan Murtala Street", "Sokoto Road"],
    "Port Harcourt": ["Aba Road", "Ikwerre Road", "Olu Obasanjo Road", "Stadium Road",
                      "Woji Road", "Trans-Amadi Road", "Rumuola Road"],
}  # fmt: skip
GENERIC_STREETS = ["Church Street", "Market Road", "Hospital Road", "School Road",
                   "Station Road", "Old Airport Road", "Okigwe Road", "Ogui Road",
                   "Ahmadu Bello Way", "Independence Avenue", "Oba Adesida Road",
                   "Aminu Kano Way", "Ring Road", "New Market Road", "Mission Road",
                   "Aliyu Street", "Olorunsogo Street", "Emir's Palace Road", "Idi-Ape Road",
                   "Zik Avenue", "Nnebisi Road", "Sapele Road", "Oron Road", "Ndidem Usang Iso Road",
                   "Ijebu Road", "Lafiaji Street", "Tafawa Balewa Road"]  # fmt: skip
LANDMARKS = ["First Bank", "Zenith Bank", "Access Bank", "GTBank", "UBA", "Total filling station",
             "Mobil filling station", "NNPC filling station", "Central Mosque", "Shoprite",
             "RCCG church", "Deeper Life church", "the market", "the police station",
             "General Hospital", "the primary school", "Mr Biggs", "the motor park",
             "Catholic church", "Redeemed church", "Oando filling station"]  # fmt: skip
LANDMARK_WORDS = ["Opp.", "Opposite", "Behind", "Near", "Beside", "By", "Close to", "Off"]
AREA_ABBR = {"Victoria Island": ["VI", "V/I", "V.I."], "Lekki Phase 1": ["Lekki Phase I",
             "Lekki Ph 1", "Lekki"], "Festac Town": ["Festac"], "GRA Phase 2": ["GRA Phase II",
             "GRA"], "Port Harcourt": ["PH", "P/H", "Portharcourt"], "Nassarawa GRA": ["Nassarawa"],
             "Independence Layout": ["Indep. Layout", "Independence Layout"],
             "Benin City": ["Benin"], "Sango Ota": ["Sango-Ota", "Ota"]}  # fmt: skip
STATE_WRITTEN = {"FCT": ["FCT", "Abuja", "F.C.T", "FCT Abuja", "Federal Capital Territory"],
                 "Akwa Ibom": ["Akwa Ibom", "Akwa-Ibom", "AKS"], "Cross River": ["Cross River",
                 "Cross-River", "CRS"]}  # fmt: skip
BRANCHES = {"Lagos": ["Marina", "Allen Avenue", "Adeola Odeku", "Ikorodu Road", "Festac",
                      "Lekki Admiralty", "Idumota", "Ikotun"],
            "Abuja": ["Wuse 2", "Garki Area 11", "Kubwa", "Maitama"]}  # fmt: skip
EMPLOYERS = ["Self employed", "Trader", "Civil servant", "Lagos State Government", "Dangote Group",
             "MTN Nigeria", "Nigerian Army", "Federal Ministry of Health", "Teacher", "Student",
             "Business", "Bolt driver", "Unemployed", "Shell", "NNPC", "Private company",
             "Tailor", "Farmer", "Artisan", None]  # fmt: skip
DOMAINS = {"gmail.com": 70, "yahoo.com": 20, "yahoo.co.uk": 3, "hotmail.com": 4, "outlook.com": 3}
# network prefixes (the national number's first four digits)
NETWORKS = {
    "MTN": ["0803", "0806", "0703", "0706", "0813", "0816", "0810", "0814", "0903", "0906",
            "0913", "0916"],
    "Glo": ["0805", "0807", "0705", "0815", "0811", "0905", "0915"],
    "Airtel": ["0802", "0808", "0708", "0812", "0701", "0902", "0901", "0904", "0907", "0912"],
    "9mobile": ["0809", "0817", "0818", "0909", "0908"],
}  # fmt: skip
NETWORK_SHARE = {"MTN": 45, "Glo": 20, "Airtel": 27, "9mobile": 8}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
OTHER_BANKS = ["Access Bank", "GTBank", "Zenith Bank", "UBA", "First Bank", "Fidelity Bank",
               "Union Bank", "Sterling Bank", "Wema Bank", "FCMB", "Opay", "Kuda", "Moniepoint",
               "Palmpay"]  # fmt: skip
OUR_BANK = "Heritage Trust Bank"


class Nigeria(Draws):
    SLIP_LETTERS = "aeiounhgyb"

    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.used: set[str] = set()
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.agents: dict[str, list[dict]] = {}

    # ------------------------------------------------------------ atoms
    def phone(self) -> str:
        """A new national number without its zero: ``8031234567``."""
        net = wpick(self.rnd, NETWORK_SHARE)
        pre = self.rnd.choice(NETWORKS[net])
        return self.unique(lambda: pre[1:] + self.digits(7))

    def bvn(self) -> str:
        return self.unique(lambda: "22" + self.digits(9))

    def nin(self) -> str:
        return self.unique(lambda: str(self.rnd.randint(1, 9)) + self.digits(10))

    def nuban(self) -> str:
        return self.unique(lambda: self.rnd.choice("0123") + self.digits(9))

    def spell(self, name: str, p: float) -> str:
        if name in VARIANTS and VARIANTS[name] and self.rnd.random() < p:
            return self.rnd.choice(VARIANTS[name])
        return name

    # ------------------------------------------------------------ persons
    def given_names(self, group: str, sex: str, muslim: bool) -> tuple[list[str], str | None]:
        """The person's given names as on the birth certificate, and the English one if any."""
        rnd = self.rnd
        m = sex == "M"
        english = None
        if group == "hausa":
            names = [wpick(rnd, HAUSA_M if m else HAUSA_F)]
            if rnd.random() < 0.35:
                second = wpick(rnd, HAUSA_M if m else HAUSA_F)
                if second != names[0]:
                    names.append(second)
            return names, None
        if group == "yoruba":
            native = YORUBA_M if m else YORUBA_F
            a = wpick(rnd, native)
            b = wpick(rnd, native)
            names = [a] if b == a else [a, b]
            if muslim:
                names.insert(
                    rnd.randrange(2), wpick(rnd, YORUBA_MUSLIM_M if m else YORUBA_MUSLIM_F)
                )
            elif rnd.random() < 0.65:
                english = wpick(rnd, ENGLISH_M if m else ENGLISH_F).strip()
                names.insert(rnd.randrange(len(names) + 1), english)
            return names, english
        if group == "igbo":
            native = IGBO_M if m else IGBO_F
            a = wpick(rnd, native)
            names = [a]
            if rnd.random() < 0.4:
                b = wpick(rnd, native)
                if b != a:
                    names.append(b)
            if rnd.random() < 0.75:
                english = wpick(rnd, ENGLISH_M if m else ENGLISH_F).strip()
                names.insert(rnd.randrange(len(names) + 1), english)
            return names, english
        native = EDO_IBIBIO_M if m else EDO_IBIBIO_F
        english = wpick(rnd, ENGLISH_M if m else ENGLISH_F).strip()
        names = [english]
        if rnd.random() < 0.7:
            names.insert(rnd.randrange(2), wpick(rnd, native))
        return names, english

    def surname(self, group: str) -> str:
        return wpick(self.rnd, {"yoruba": YORUBA_SUR, "igbo": IGBO_SUR, "hausa": HAUSA_FAMILY,
                                "south": EDO_IBIBIO_SUR}[group])  # fmt: skip

    def person(self, group: str, sex: str, age: tuple[float, float], surname: str | None = None,
               addr: dict | None = None, hh: int | None = None) -> dict:  # fmt: skip
        rnd = self.rnd
        muslim = group == "hausa" or (group == "yoruba" and rnd.random() < 0.4)
        given, english = self.given_names(group, sex, muslim)
        dob = self.dob(*age)
        p = {
            "pid": f"NG{len(self.persons) + 1:05d}",
            "sex": sex,
            "group": group,
            "muslim": muslim,
            "given": given,
            "english": english,
            "surname": surname or self.surname(group),
            "maiden": None,
            "dob": dob,
            "hh": hh,
        }
        # the official first and middle names (BVN, NIN): two of the given names, in their order
        # or the native one first
        if len(given) >= 2 and rnd.random() < 0.3:
            p["first"], p["middle"] = given[1], given[0]
        else:
            p["first"], p["middle"] = given[0], (given[1] if len(given) > 1 else None)
        # the name the person goes by: the English one, a native one, a short form
        opts = {g: 3 for g in given}
        if english:
            opts[english] = 6
        p["goes_by"] = wpick(rnd, opts)
        # the documents' birth date (the BVN's) and the one the person types: a declared age
        # on the documents, or a year known only, written 1 January there and often elsewhere
        p["dob_bvn"] = p["dob_known"] = dob
        r = rnd.random()
        if r < 0.05:
            p["dob_bvn"] = dob.replace(
                year=dob.year + rnd.choice([-3, -2, -1, 1, 2]), day=min(dob.day, 28)
            )
        elif r < 0.12 or (dob.year < 1970 and r < 0.35):
            p["dob_bvn"] = dt.date(dob.year, 1, 1)
            if rnd.random() < 0.6:
                p["dob_known"] = p["dob_bvn"]
        # phones: dual SIMs, several networks
        k = rnd.choices([0, 1, 2, 3, 4], [4, 34, 40, 16, 6])[0]
        p["phones"] = [self.phone() for _ in range(k)]
        p["former"] = []
        p["shares"] = None  # whose phone they use when they have none
        p["bvn"] = self.bvn() if rnd.random() < 0.82 else None
        p["nin"] = self.nin() if rnd.random() < 0.75 else None
        p["email"] = None
        young = TODAY.year - dob.year < 45
        if rnd.random() < (0.55 if young else 0.25):
            p["email"] = self.email(p)
        p["addr"] = addr or self.address(group)
        p["old_addr"] = self.address(group, near=p["addr"]) if rnd.random() < 0.3 else None
        p["title"] = self.title(p)
        p["agent"] = None
        p["mother_maiden"] = self.surname(group if rnd.random() < 0.85 else wpick(rnd, GROUPS))
        self.persons.append(p)
        return p

    def title(self, p) -> str | None:
        rnd = self.rnd
        age = TODAY.year - p["dob"].year
        if p["muslim"] and age > 45 and rnd.random() < 0.55:
            return "Alhaji" if p["sex"] == "M" else rnd.choice(["Alhaja", "Alhaja", "Hajia"])
        r = rnd.random()
        if p["sex"] == "M":
            if age > 50 and r < 0.15:
                return "Chief"
            return wpick(rnd, {None: 86, "Engr": 4, "Dr": 3, "Barr": 2, "Pastor": 2, "Arc": 1,
                               "Prof": 0.5, "Hon": 1.5})  # fmt: skip
        return wpick(rnd, {None: 90, "Dr": 3, "Barr": 2, "Deaconess": 2, "Pastor": 1, "Chief": 2})

    def email(self, p, household: bool = False) -> str:
        rnd = self.rnd
        g = (p["goes_by"] if rnd.random() < 0.6 else p["first"]).lower()
        s = p["surname"].lower().replace("-", "")
        yy = f"{p['dob'].year % 100:02d}"
        local = wpick(rnd, {f"{g}.{s}": 5, f"{g}{s}": 4, f"{s}{g}": 2, f"{g}{s}{yy}": 3,
                            f"{g}_{s}": 1, f"{g}{rnd.randint(1, 999)}": 2, f"{s}.{g}{yy}": 1,
                            f"{g[0]}{s}": 2, f"{g}4real": 0.3, f"{g}{s}{p['dob'].year}": 1})  # fmt: skip
        return self.unique(lambda: f"{local}{'' if rnd.random() < 0.7 else rnd.randint(1, 99)}"
                           f"@{wpick(rnd, DOMAINS)}")  # fmt: skip

    def address(self, group: str, near: dict | None = None) -> dict:
        rnd = self.rnd
        city = near["city"] if near and rnd.random() < 0.6 else wpick(rnd, CITY_BY_GROUP[group])
        state, areas = CITIES[city]
        area, lga = rnd.choice(areas)
        streets = STREETS.get(city, []) + GENERIC_STREETS[: 10 if city in STREETS else 27]
        street = rnd.choice(streets)
        kind = wpick(
            rnd, {"no": 45, "plot": 12, "estate": 12, "house": 8, "off": 12, "landmark": 11}
        )
        a = {"city": city, "state": state, "area": area, "lga": lga, "street": street, "kind": kind,
             "num": str(rnd.randint(1, 120)) + (rnd.choice("ABC") if rnd.random() < 0.1 else ""),
             "landmark": f"{rnd.choice(LANDMARK_WORDS[:6])} {rnd.choice(LANDMARKS)}",
             "block": f"Block {rnd.randint(1, 40)}, Flat {rnd.randint(1, 12)}",
             "estate": rnd.choice(["Abesan Estate", "Jakande Estate", "Gwarinpa Estate",
                                   "Lekki Gardens", "Trademore Estate", "Low Cost Housing Estate",
                                   "Federal Housing Estate", "Unity Estate", "Diamond Estate"]),
             "off": rnd.choice(GENERIC_STREETS + STREETS.get(city, []))}  # fmt: skip
        return a

    # ------------------------------------------------------------ population
    def population(self) -> None:
        rnd = self.rnd
        hh = 0
        while len(self.persons) < self.n:
            hh += 1
            group = wpick(rnd, GROUPS)
            r = rnd.random()
            if r < 0.35:  # a single adult
                self.person(group, rnd.choice("MF"), (18, 65), hh=hh)
                continue
            head = self.person(group, "M", (28, 75), hh=hh)
            age = TODAY.year - head["dob"].year
            members = [head]
            wives = 1 if rnd.random() < 0.85 else 0
            if group == "hausa" and age > 40 and rnd.random() < 0.25:
                wives = 2
            for _ in range(wives):
                wgroup = group if rnd.random() < 0.88 else wpick(rnd, GROUPS)
                takes = wgroup != "hausa" and not (
                    wgroup == "yoruba" and head["muslim"] and rnd.random() < 0.2
                )
                w = self.person(wgroup, "F", (max(18, age - 15), max(20, age - 1)), hh=hh,
                                addr=head["addr"])  # fmt: skip
                if takes:
                    w["maiden"] = w["surname"]
                    w["surname"] = head["surname"]
                    w["married"] = rnd.randint(min(2025, max(1990, w["dob"].year + 19)), 2025)
                    if w["email"] and rnd.random() < 0.5:
                        w["email"] = self.email(w)
                members.append(w)
            kids = rnd.choices([0, 1, 2, 3], [35, 30, 22, 13])[0] if age >= 45 else 0
            for _ in range(kids):
                if group == "hausa" and rnd.random() < 0.7:
                    sur = self.spell(head["first"], 0.2)  # the father's given name
                else:
                    sur = head["surname"]
                home = head["addr"] if rnd.random() < 0.55 else None
                c = self.person(group, rnd.choice("MF"), (18, max(19, age - 22)), surname=sur,
                                addr=home, hh=hh)  # fmt: skip
                members.append(c)
            # members without a SIM of their own, or who often use the head's
            for m in members[1:]:
                if not m["phones"] or rnd.random() < 0.1:
                    m["shares"] = head
                    if rnd.random() < 0.4:
                        m["phones"] = []
            # a family e-mail now and then
            if head["email"] and rnd.random() < 0.06:
                for m in members[1:]:
                    if m["email"] is None:
                        m["email"] = head["email"]
        self.make_agents()
        self.recycle()

    def make_agents(self) -> None:
        """POS agents: customers who run a kiosk, about one in forty in each city."""
        rnd = self.rnd
        by_city: dict[str, list[dict]] = {}
        for p in self.persons:
            by_city.setdefault(p["addr"]["city"], []).append(p)
        for city, people in by_city.items():
            cands = [p for p in people if p["phones"] and TODAY.year - p["dob"].year < 55]
            rnd.shuffle(cands)
            for p in cands[: max(1, len(people) // 40)]:
                a = p["addr"]
                p["agent"] = {
                    "terminal": self.unique(lambda: "2" + rnd.choice("0123") + rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                                            + self.digits(5)),
                    "phone": p["phones"][0],
                    "location": f"{rnd.choice(['Opp.', 'Opposite', 'Beside', 'By', 'Near'])} "
                    f"{rnd.choice(LANDMARKS)}, {a['area']}",
                    "lga": a["lga"], "state": a["state"], "city": city,
                    "name": f"{p['first']} {p['surname']}" if rnd.random() < 0.5
                    else f"{p['surname'].upper()} {p['goes_by'].upper()} VENTURES",
                }  # fmt: skip
            self.agents[city] = [p for p in cands[: max(1, len(people) // 40)]]

    def recycle(self) -> None:
        """Numbers the networks took back after months unused and sold to someone else."""
        rnd = self.rnd
        for p in self.persons:
            if len(p["phones"]) >= 2 and rnd.random() < 0.06 and not p["agent"]:
                old = p["phones"].pop()
                p["former"].append(old)
                q = rnd.choice(self.persons)
                if q is not p:
                    q["phones"].append(old)
                    q.setdefault("recycled", []).append(old)

    # ------------------------------------------------------------ writing values
    def fmt_phone(self, n: str | None, weights: dict[str, float]) -> str | None:
        if not n:
            return None
        rnd = self.rnd
        if rnd.random() < 0.012:  # a digit mistyped
            i = rnd.randrange(3, len(n))
            n = n[:i] + rnd.choice("0123456789") + n[i + 1 :]
        style = wpick(rnd, weights)
        return {
            "0": "0" + n,
            "234": "234" + n,
            "+234": "+234" + n,
            "+234 sp": f"+234 {n[:3]} {n[3:6]} {n[6:]}",
            "0 sp": f"0{n[:3]} {n[3:6]} {n[6:]}",
            "bare": n,
            "+234(0)": f"+234(0){n}",
            "234-": f"234-{n[:3]}-{n[3:6]}-{n[6:]}",
            "0-": f"0{n[:3]}-{n[3:6]}-{n[6:]}",
        }[style]

    def fmt_id(self, v: str | None, err: float = 0.02) -> str | None:
        if not v:
            return None
        rnd = self.rnd
        r = rnd.random()
        if r < err * 0.5:
            i = rnd.randrange(len(v))
            v = v[:i] + rnd.choice("0123456789") + v[i + 1 :]
        elif r < err * 0.8:
            i = rnd.randrange(len(v) - 1)
            v = v[:i] + v[i + 1] + v[i] + v[i + 2 :]
        elif r < err:
            i = rnd.randrange(len(v))
            v = v[:i] + v[i + 1 :]
        return v

    def dob_str(self, d: dt.date, style: str, swap: float = 0.0) -> str:
        if self.rnd.random() < swap and d.day <= 12 and d.day != d.month:
            d = d.replace(day=d.month, month=d.day)
        if style == "oracle":
            return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}"
        if style == "iso":
            return d.isoformat()
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day}/{d.month}/{d.year}"

    def given_pick(self, p, official: float, short: float = 0.0, spell: float = 0.1):
        """The given name a system holds (the official first name, or the one the person goes
        by, or its short form) and the name it stands for."""
        rnd = self.rnd
        base = g = p["first"] if rnd.random() < official else p["goes_by"]
        if g in SHORT and rnd.random() < short:
            g = rnd.choice(SHORT[g])
        return self.spell(g, spell), base

    def given_str(self, p, official: float, short: float = 0.0, spell: float = 0.1) -> str:
        return self.given_pick(p, official, short, spell)[0]

    def surname_at(self, p, year: int) -> str:
        """The surname a woman gave in ``year``: her maiden name before the wedding."""
        if p["maiden"] and year < p.get("married", 0):
            return p["maiden"]
        return p["surname"]

    def case(self, s: str | None, w: dict[str, float]) -> str | None:
        if not s:
            return s
        c = wpick(self.rnd, w)
        return {"upper": s.upper(), "lower": s.lower(), "title": s, "keep": s}[c]

    def street_line(self, a: dict, style: str) -> str:
        rnd = self.rnd
        street = a["street"]
        if style != "bank" and rnd.random() < 0.4:
            street = (street.replace("Street", rnd.choice(["St", "Str", "St."]))
                      .replace("Road", rnd.choice(["Rd", "Rd.", "road"]))
                      .replace("Avenue", "Ave").replace("Crescent", "Cres"))  # fmt: skip
        num = a["num"]
        k = a["kind"]
        if k == "no":
            pre = wpick(rnd, {"No ": 3, "No. ": 3, "": 4, "No.": 1})
            line = f"{pre}{num}{',' if rnd.random() < 0.5 else ''} {street}"
        elif k == "plot":
            line = f"Plot {num}, {street}"
        elif k == "estate":
            line = f"{a['block']}, {a['estate']}"
        elif k == "house":
            line = f"House {num}, {street}"
        elif k == "off":
            line = (
                f"{num}, {street}, off {a['off']}"
                if rnd.random() < 0.6
                else f"{num} {street} off {a['off']}"
            )
        else:
            line = (
                f"{num} {street}, {a['landmark']}"
                if rnd.random() < 0.6
                else f"{a['landmark']}, {street}"
            )
        if style in ("loan", "wallet") and k != "landmark" and rnd.random() < 0.2:
            line += f", {rnd.choice(LANDMARK_WORDS)} {rnd.choice(LANDMARKS)}"
        return line

    def area_str(self, area: str) -> str:
        if area in AREA_ABBR and self.rnd.random() < 0.45:
            return self.rnd.choice(AREA_ABBR[area])
        return area

    def state_str(self, state: str, upper: bool = False) -> str:
        rnd = self.rnd
        if state in STATE_WRITTEN and rnd.random() < 0.6:
            s = rnd.choice(STATE_WRITTEN[state])
        else:
            s = state + (" State" if state != "FCT" and rnd.random() < 0.3 else "")
        return s.upper() if upper else s

    def full_name(self, p, orders: dict[str, float], official: float, short: float,
                  year: int = 2026, title: float = 0.0, middle: float = 0.5) -> str:  # fmt: skip
        rnd = self.rnd
        g, base = self.given_pick(p, official, short)
        m = p["middle"] if base == p["first"] else p["first"]
        if m == base or rnd.random() > middle:
            m = None
        if m:
            m = self.spell(m, 0.1)
        s = self.spell(self.surname_at(p, year), 0.1)
        o = wpick(rnd, orders)
        if not m:
            o = o.replace("m", "")
        parts = {"g": g, "m": m, "s": s}
        name = " ".join(parts[c] for c in o)
        if p["title"] and rnd.random() < title:
            name = f"{p['title']}{'.' if rnd.random() < 0.3 and p['title'] in ('Engr', 'Dr', 'Barr', 'Arc') else ''} {name}"
        return name

    # ------------------------------------------------------------ systems
    def add(self, src: str, p: dict, **cols) -> None:
        self.rows.append({"row_id": f"R{len(self.rows) + 1:06d}", "source_system": src,
                          "_pid": p["pid"], **cols})  # fmt: skip

    def bank(
        self, p, cif: str, year: int, phone: str | None, addr: dict, old: bool = False
    ) -> None:
        rnd = self.rnd
        pre_bvn = year < 2014 and (old or rnd.random() < 0.1)
        sur = self.surname_at(p, year)
        if rnd.random() < 0.08 and p["maiden"] and year >= p.get("married", 9999):
            sur = (
                f"{p['surname']} {p['maiden']}"
                if rnd.random() < 0.5
                else f"{p['surname']}-{p['maiden']}"
            )
        first = self.spell(p["first"], 0.04)
        mid = p["middle"]
        if pre_bvn and rnd.random() < 0.4:
            first = self.given_str(p, 0.5, 0.0)
            mid = None if first != p["first"] else mid
        order = wpick(rnd, {"sfm": 58, "fms": 24, "sf": 10, "fs": 8})
        parts = {"s": sur, "f": first, "m": mid}
        name = " ".join(parts[c] for c in order if parts[c])
        if p["title"] and p["title"] in ("Alhaji", "Alhaja", "Chief", "Dr") and rnd.random() < 0.15:
            name = f"{p['title']} {name}"
        name = self.typo(name, 0.015).upper()
        dob = p["dob_bvn"]
        open_d = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        email = p["email"] if p["email"] and rnd.random() < 0.6 else None
        a = addr
        line = self.street_line(a, "bank").upper()
        if rnd.random() < 0.5:
            line += f" {self.area_str(a['area']).upper()}"
        city = wpick(rnd, {a["city"]: 60, a["area"]: 25, a["lga"]: 15}).upper()
        n_acct = rnd.choices([1, 2, 3], [70, 24, 6])[0]
        for _ in range(n_acct):
            kind = wpick(
                rnd, {"SAVINGS": 60, "CURRENT": 25, "DOMICILIARY": 5, "TARGET SAVINGS": 10}
            )
            self.add(
                "CORE_BANKING", p,
                CIF_ID=cif,
                ACCOUNT_NO=self.nuban(),
                ACCOUNT_NAME=name,
                BVN=None if pre_bvn else self.fmt_id(p["bvn"], 0.005),
                DATE_OF_BIRTH=self.dob_str(dob, "oracle") if rnd.random() < 0.96 else None,
                GENDER=p["sex"] if rnd.random() < 0.97 else None,
                PHONE_NO=self.fmt_phone(phone, {"0": 55, "234": 25, "+234 sp": 5, "bare": 10, "+234": 5}),
                EMAIL=email.upper() if email and rnd.random() < 0.3 else email,
                ADDRESS=line,
                CITY=city,
                STATE=self.state_str(a["state"], upper=True),
                MOTHERS_MAIDEN_NAME=p["mother_maiden"].upper() if rnd.random() < 0.5 else None,
                BRANCH=rnd.choice(BRANCHES.get(a["city"], [a["city"] + " Main", a["area"]])).upper(),
                ACCOUNT_TYPE=kind,
                ACCOUNT_STATUS=wpick(rnd, {"ACTIVE": 70, "DORMANT": 18, "PND": 4, "CLOSED": 8}),
                DATE_OPENED=f"{open_d.day:02d}-{MONTHS[open_d.month - 1]}-{open_d.year}",
            )  # fmt: skip
            p.setdefault("accounts", []).append(self.rows[-1]["ACCOUNT_NO"])

    def wallet(self, p, phone: str, second: bool = False) -> None:
        rnd = self.rnd
        year = rnd.randint(2019, 2025)
        verified = p["bvn"] is not None and rnd.random() < 0.6
        if verified:
            # tier 2/3: the name checked against the BVN, the box order as the user typed
            first, mid = p["first"], p["middle"]
            if rnd.random() < 0.25:
                first, base = self.given_pick(p, 0.0, 0.2)
                mid = None if base == p["first"] else p["first"]
        else:
            first, base = self.given_pick(p, 0.35, 0.25)
            mid = p["middle"] if base == p["first"] else p["first"]
            if rnd.random() < 0.5:
                mid = None
        last = self.surname_at(p, year)
        if p["maiden"] and year >= p.get("married", 9999) and rnd.random() < 0.15:
            mid = p["maiden"]  # her maiden name as the middle name
        r = rnd.random()
        if r < 0.06:
            first, last = last, first
        first, mid, last = (self.typo(x, 0.02) for x in (first, mid, last))
        cw = {wpick(rnd, {"title": 70, "upper": 18, "lower": 12}): 1}
        alt = None
        others = [x for x in p["phones"] if x != phone]
        if others and rnd.random() < 0.55:
            alt = rnd.choice(others)
        elif p["shares"] and p["shares"]["phones"] and rnd.random() < 0.2:
            alt = p["shares"]["phones"][0]
        nin = self.fmt_id(p["nin"]) if p["nin"] and rnd.random() < 0.6 else None
        bvn = self.fmt_id(p["bvn"]) if verified or (p["bvn"] and rnd.random() < 0.2) else None
        if nin and bvn and rnd.random() < 0.03:
            nin, bvn = bvn, nin
        elif bvn and not nin and rnd.random() < 0.04:
            nin, bvn = bvn, None
        a = p["addr"] if rnd.random() < 0.85 or not p["old_addr"] else p["old_addr"]
        has_addr = rnd.random() < (0.85 if verified else 0.45)
        dob = p["dob_bvn"] if verified else p["dob_known"]
        email = p["email"]
        if email is None and p["shares"] and p["shares"]["email"] and rnd.random() < 0.3:
            email = p["shares"]["email"]
        if email and rnd.random() < 0.02:
            loc, dom = email.split("@")
            email = (self.typo(loc) or loc) + "@" + dom
        d = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
        self.add(
            "WALLET_KYC", p,
            user_id=f"U{rnd.randint(10**8, 10**9 - 1)}",
            first_name=self.case(first, cw),
            middle_name=self.case(mid, cw),
            last_name=self.case(last, cw),
            phone_number=self.fmt_phone(phone, {"+234": 65, "234": 15, "0": 15, "+234 sp": 5}),
            alt_phone_number=self.fmt_phone(alt, {"0": 60, "+234": 25, "0 sp": 10, "+234(0)": 5}),
            email=None if second and rnd.random() < 0.5 else email,
            date_of_birth=self.dob_str(dob, "iso", swap=0.02) if rnd.random() < 0.9 else None,
            gender=("male" if p["sex"] == "M" else "female") if rnd.random() < 0.85 else None,
            nin=nin,
            bvn=bvn,
            kyc_tier=str(3 if verified and nin else (2 if verified else 1)),
            residential_address=self.street_line(a, "wallet") + (f", {self.area_str(a['area'])}" if rnd.random() < 0.7 else "")
            if has_addr else None,
            lga=a["lga"] if has_addr and rnd.random() < 0.7 else None,
            state=self.state_str(a["state"]) if has_addr or rnd.random() < 0.3 else None,
            date_joined=d.isoformat(),
            referral_code=f"{(p['goes_by'][:4]).upper()}{rnd.randint(100, 999)}" if rnd.random() < 0.3 else None,
        )  # fmt: skip

    def loan(self, p, phone: str | None) -> None:
        rnd = self.rnd
        year = rnd.randint(2021, 2025)
        name = self.full_name(p, {"gs": 45, "sg": 15, "gms": 18, "sgm": 12, "gsm": 4, "mgs": 6},
                              official=0.45, short=0.3, year=year, title=0.1)  # fmt: skip
        name = self.typo(name, 0.04)
        name = self.case(name, {"title": 60, "upper": 28, "lower": 12})
        dob = p["dob_known"] if rnd.random() < 0.7 else p["dob_bvn"]
        # the next of kin: a spouse, a parent, a child, a sibling; else someone not a customer
        fam = [q for q in self.by_hh.get(p["hh"], []) if q is not p]
        nok_name = nok_phone = rel = None
        if fam and rnd.random() < 0.75:
            q = rnd.choice(fam)
            rel = self.relation(p, q)
            nok_name = self.full_name(q, {"gs": 60, "gms": 20, "sg": 20}, 0.4, 0.2, title=0.15)
            qp = q["phones"] or (q["shares"]["phones"] if q["shares"] else [])
            nok_phone = qp[0] if qp and rnd.random() < 0.9 else None
        elif rnd.random() < 0.9:
            sex = rnd.choice("MF")
            given, _ = self.given_names(p["group"], sex, p["muslim"])
            sur = p["surname"] if rnd.random() < 0.6 else self.surname(p["group"])
            nok_name = f"{given[0]} {sur}"
            rel = rnd.choice(["Brother", "Sister", "Father", "Mother", "Friend", "Uncle", "Cousin"])
            nok_phone = self.phone()
        acct_bank = acct = None
        if p.get("accounts") and rnd.random() < 0.6:
            acct_bank, acct = OUR_BANK, rnd.choice(p["accounts"])
        elif rnd.random() < 0.85:
            acct_bank = rnd.choice(OTHER_BANKS)
            acct = p.setdefault("ext_acct", {}).setdefault(acct_bank, self.nuban())
        a = p["addr"]
        addr = self.street_line(a, "loan")
        addr += f", {self.area_str(a['area'])}" if rnd.random() < 0.75 else ""
        addr += (
            f", {a['city'] if a['city'] != 'Abuja' or rnd.random() < 0.5 else 'FCT'}"
            if rnd.random() < 0.6
            else ""
        )
        addr = self.case(addr, {"keep": 75, "upper": 15, "lower": 10})
        self.add(
            "LOAN_APP", p,
            loan_id=f"LN{rnd.randint(10**8, 10**9 - 1)}",
            full_name=name,
            phone=self.fmt_phone(phone, {"0": 70, "+234": 15, "234": 10, "0 sp": 5}),
            bvn=self.fmt_id(p["bvn"], 0.02) if p["bvn"] and rnd.random() < 0.92 else None,
            dob=self.dob_str(dob, "dmy", swap=0.04) if rnd.random() < 0.93 else None,
            email=p["email"] if p["email"] and rnd.random() < 0.7 else None,
            home_address=addr,
            employer=rnd.choice(EMPLOYERS),
            monthly_income=str(rnd.choice([30, 45, 50, 70, 80, 100, 150, 200, 350, 500]) * 1000),
            bank_name=acct_bank,
            bank_account_no=acct,
            nok_name=nok_name,
            nok_phone=self.fmt_phone(nok_phone, {"0": 80, "+234": 10, "bare": 10}),
            nok_relationship=rel,
            loan_amount=str(rnd.choice([5, 10, 20, 30, 50, 100, 200]) * 1000),
            loan_status=wpick(rnd, {"REPAID": 50, "ACTIVE": 25, "OVERDUE": 15, "REJECTED": 10}),
            applied_on=f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        )  # fmt: skip

    def relation(self, p, q) -> str:
        if p["sex"] != q["sex"] and abs(p["dob"].year - q["dob"].year) < 16:
            return self.rnd.choice(["Spouse", "Husband" if q["sex"] == "M" else "Wife"])
        if q["dob"].year < p["dob"].year - 16:
            return "Father" if q["sex"] == "M" else "Mother"
        if q["dob"].year > p["dob"].year + 16:
            return "Son" if q["sex"] == "M" else "Daughter"
        return "Brother" if q["sex"] == "M" else "Sister"

    def walkin(self, p) -> None:
        rnd = self.rnd
        pool = self.agents.get(p["addr"]["city"]) or [q for v in self.agents.values() for q in v]
        ag = rnd.choice(pool)
        branch = rnd.random() < 0.25
        kind = wpick(rnd, {"CASH WITHDRAWAL": 45, "TRANSFER": 25, "BVN ENROLMENT": 8,
                           "ACCOUNT OPENING": 8, "BILL PAYMENT": 8, "AIRTIME": 6})  # fmt: skip
        r = rnd.random()
        if r < 0.45:
            name = f"{self.given_str(p, 0.3, 0.35)} {self.surname_at(p, 2025)}"
        elif r < 0.65:
            name = f"{self.surname_at(p, 2025)} {self.given_str(p, 0.5, 0.2)}"
        elif r < 0.8:
            name = self.full_name(p, {"gms": 50, "sgm": 50}, 0.8, 0.0, title=0.0, middle=0.9)
        elif r < 0.92:
            name = self.given_str(p, 0.3, 0.35)
        else:
            name = self.surname_at(p, 2025)
        if p["title"] and rnd.random() < 0.35:
            name = f"{p['title']} {name}"
        elif p["sex"] == "F" and p["maiden"] and rnd.random() < 0.3:
            name = f"Mrs {name}"
        name = self.typo(name, 0.06)
        name = self.case(name, {"title": 45, "upper": 45, "lower": 10})
        own = p["phones"] or (p["shares"]["phones"] if p["shares"] else [])
        r = rnd.random()
        if own and r < 0.68:
            cp = rnd.choice(own)
        elif r < 0.84 and not branch:
            cp = ag["agent"]["phone"]  # the agent typed their own number
        else:
            cp = None
        bvn = None
        if kind in ("BVN ENROLMENT", "ACCOUNT OPENING") and p["bvn"] and rnd.random() < 0.85:
            bvn = self.fmt_id(p["bvn"], 0.03)
        d = dt.datetime(2026, 1, 1) - dt.timedelta(
            days=rnd.randrange(900), minutes=rnd.randrange(1440)
        )
        loc = ag["agent"]
        self.add(
            "AGENT_WALKIN", p,
            txn_ref=f"{'BR' if branch else 'POS'}{rnd.randint(10**10, 10**11 - 1)}",
            channel="BRANCH" if branch else "POS AGENT",
            customer_name=name,
            customer_phone=self.fmt_phone(cp, {"0": 60, "0 sp": 15, "bare": 10, "+234": 10, "0-": 5}),
            customer_bvn=bvn,
            agent_name=None if branch else loc["name"],
            agent_phone=None if branch else self.fmt_phone(loc["phone"], {"0": 90, "+234": 10}),
            terminal_id=None if branch else loc["terminal"],
            agent_location=(rnd.choice(BRANCHES.get(loc["city"], [loc["city"]])) + " Branch") if branch
            else loc["location"],
            lga=loc["lga"] if rnd.random() < 0.7 else None,
            state=self.state_str(loc["state"]) if rnd.random() < 0.8 else None,
            txn_type=kind,
            amount=str(rnd.choice([1, 2, 5, 10, 20, 50, 100]) * 1000 + rnd.choice([0, 0, 100, 200])),
            txn_date=d.strftime("%d/%m/%Y %H:%M"),
        )  # fmt: skip

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        self.by_hh: dict[int, list[dict]] = {}
        for p in self.persons:
            self.by_hh.setdefault(p["hh"], []).append(p)
        for p in self.persons:
            n0 = len(self.rows)
            age = TODAY.year - p["dob"].year
            phones = p["phones"] + p["former"]
            main = p["former"][0] if p["former"] else (p["phones"][0] if p["phones"] else None)
            if main is None and p["shares"] and p["shares"]["phones"]:
                main = p["shares"]["phones"][0]
            # the bank: a customer file, sometimes a second older one (another branch, pre-BVN)
            if rnd.random() < 0.62:
                year = rnd.randint(min(2025, max(2005, p["dob"].year + 18)), 2025)
                cif = f"{rnd.randint(10**8, 10**9 - 1)}"
                phone = main if year < 2019 or rnd.random() < 0.7 else (p["phones"] or [main])[-1]
                self.bank(
                    p,
                    cif,
                    year,
                    phone,
                    p["addr"] if year > 2018 or not p["old_addr"] else p["old_addr"],
                )
                if rnd.random() < 0.1:
                    y2 = rnd.randint(
                        max(2003, p["dob"].year + 18), max(2003, p["dob"].year + 18, year)
                    )
                    self.bank(p, f"{rnd.randint(10**8, 10**9 - 1)}", y2,
                              rnd.choice(phones) if phones else main,
                              p["old_addr"] or p["addr"], old=True)  # fmt: skip
            # the wallet: younger people, one per SIM now and then
            if p["phones"] and rnd.random() < (0.6 if age < 40 else 0.35 if age < 60 else 0.12):
                self.wallet(p, p["phones"][-1] if rnd.random() < 0.5 else p["phones"][0])
                if len(p["phones"]) > 1 and rnd.random() < 0.12:
                    self.wallet(
                        p, p["phones"][0] if rnd.random() < 0.5 else p["phones"][1], second=True
                    )
            # loans: repeat borrowers
            if rnd.random() < (0.35 if age < 50 else 0.15):
                for i in range(rnd.choices([1, 2, 3, 4], [55, 25, 13, 7])[0]):
                    own = p["phones"] or (p["shares"]["phones"] if p["shares"] else [])
                    ph = own[0] if own else None
                    if i > 0 and len(own) > 1 and rnd.random() < 0.3:
                        ph = rnd.choice(own[1:])  # a new SIM for a new loan
                    self.loan(p, ph)
            # walk-ins at an agent or a branch
            if rnd.random() < 0.45:
                for _ in range(rnd.choices([1, 2, 3], [60, 28, 12])[0]):
                    self.walkin(p)
            if len(self.rows) == n0:  # everyone is somewhere in the file
                self.walkin(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)


def nigeria(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Nigeria.frame(persons, seed, "row_id")
