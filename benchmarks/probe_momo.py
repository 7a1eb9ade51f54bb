"""A mobile-money and micro-lending provider in Kenya, Uganda, Tanzania and Nigeria.

Four systems stacked in one file (a ``SOURCE_SYSTEM`` column; a column of the same name in two
systems is one column):

* ``KYC``: SIM registrations (one per SIM, FIRST_NAME / OTHER_NAMES / SURNAME in capitals as the
  agent copied them from the ID card, sometimes into the wrong boxes), ID_TYPE / ID_NUMBER, DOB,
  GENDER, the registering AGENT_NUMBER (a till code in Kenya and Tanzania, the agent's own phone
  in Uganda and Nigeria), ALT_MSISDN (a contact number: often the agent's own phone), the SIM's
  ICCID (19 digits, Luhn-valid), the MARKET, COUNTY and TOWN; a SIM re-registered in a
  re-registration drive has two records.
* ``WALLET``: mobile-money accounts: FULL_NAME in capitals in one of several orders, MSISDN,
  ALT_MSISDN, ID_NUMBER (in Nigeria the NIN or the BVN), DOB, rare e-mails, TOWN, COUNTRY.
* ``LOANS``: loan applications typed by the customer on a phone: FIRST_NAME / SURNAME in mixed
  case (nicknames, short forms, names swapped), a year of birth only, BVN in Nigeria, e-mail,
  POSTAL_ADDRESS ("P.O. Box 123-00100 Nairobi", "near the market"), NEXT_OF_KIN_NAME and
  NEXT_OF_KIN_PHONE (a spouse, a parent), employer and income.
* ``CARE``: customer-care tickets: the caller's name as told (two names, a nickname), the calling
  MSISDN (sometimes a relative's phone), a call-back number, an ID number given to verify.

Persons: two to four names (Christian / Muslim given names and ethnic names, Kenyan, Ugandan,
Tanzanian, Yoruba, Igbo and Hausa), 1-4 SIMs each, households sharing a surname, a village and
sometimes a phone, fathers and sons of the same name, agents who also are customers, SIM numbers
recycled to a new subscriber after dormancy, IDs mistyped or missing, birth dates as a year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random

import pandas as pd

from check_digits import luhn_digit
from slips import slip

TODAY = dt.date(2026, 1, 1)


def W(items):
    """'a:3 b:1 c' -> dict of weights (default 1)."""
    out = {}
    for tok in items.split():
        if ":" in tok:
            k, v = tok.rsplit(":", 1)
            out[k.replace("_", " ")] = float(v)
        else:
            out[tok.replace("_", " ")] = 1.0
    return out


# -- given names --------------------------------------------------------------------------------
CHRISTIAN_M = W(
    "John:14 Peter:10 Joseph:10 James:9 David:8 Paul:6 Samuel:6 Daniel:6 Stephen:5 Francis:4 "
    "Patrick:4 Michael:5 Moses:4 Charles:3 George:4 Emmanuel:5 Isaac:3 Simon:4 Anthony:3 Dennis:3 "
    "Kennedy:3 Collins:3 Brian:4 Kevin:3 Victor:3 Joshua:3 Benjamin:2 Geoffrey:2 Robert:3 "
    "Richard:2 Fredrick:2 Henry:2 Godfrey:2 Julius:2 Wilson:2 Evans:2 Alex:2 Eric:2 Martin:2 "
    "Vincent:2 Elijah:1 Gideon:1 Harrison:1 Nicholas:2 Timothy:1 Titus:1 Amos:1 Edwin:1 Felix:1"
)
CHRISTIAN_F = W(
    "Mary:14 Grace:10 Jane:8 Mercy:7 Faith:7 Esther:6 Ruth:4 Elizabeth:5 Lucy:5 Ann:6 Margaret:5 "
    "Catherine:4 Joyce:4 Agnes:4 Rose:4 Sarah:5 Eunice:3 Beatrice:3 Purity:3 Joy:3 Winnie:2 "
    "Diana:3 Christine:3 Lilian:3 Rebecca:3 Caroline:3 Irene:3 Susan:3 Alice:3 Janet:2 Doris:2 "
    "Peris:1 Gladys:2 Naomi:2 Judith:2 Dorcas:1 Teresia:1 Monica:2 Florence:2 Josephine:2 Betty:2 "
    "Veronica:2 Priscilla:1 Hellen:1 Emily:1 Sharon:2 Nancy:2"
)
MUSLIM_M = W(
    "Mohamed:12 Hassan:6 Hussein:4 Ali:6 Omar:4 Abdallah:4 Said:4 Juma:5 Rashid:3 Salim:3 "
    "Athumani:2 Ramadhani:3 Bakari:2 Hamisi:3 Ibrahim:5 Yusuf:3 Ismail:2 Abdul:2 Issa:3 Musa:4 "
    "Shaban:2 Abubakar:3"
)
MUSLIM_F = W(
    "Fatuma:8 Mwanaisha:3 Zainabu:4 Amina:6 Halima:5 Rehema:4 Mariam:5 Asha:5 Saida:2 Zuhura:2 "
    "Mwanahawa:1 Khadija:3 Hadija:2 Aisha:4 Salma:3 Rukia:2 Mwajuma:2"
)
# spellings of one name: canonical -> [(spelling, weight)]
SPELLINGS = {
    "Mohamed": [("Mohamed", 40), ("Mohammed", 25), ("Mohamud", 8), ("Muhammad", 12), ("Mohd", 5),
                ("Mohammad", 10)],
    "Abdallah": [("Abdallah", 50), ("Abdalla", 30), ("Abdullah", 20)],
    "Athumani": [("Athumani", 50), ("Athuman", 30), ("Othman", 20)],
    "Ramadhani": [("Ramadhani", 60), ("Ramadhan", 40)],
    "Hamisi": [("Hamisi", 60), ("Hamis", 30), ("Khamis", 10)],
    "Said": [("Said", 60), ("Saidi", 30), ("Saeed", 10)],
    "Zainabu": [("Zainabu", 55), ("Zainab", 45)],
    "Fatuma": [("Fatuma", 70), ("Fatma", 20), ("Fatima", 10)],
    "Hadija": [("Hadija", 60), ("Khadija", 40)],
    "Ali": [("Ali", 80), ("Ally", 20)],
    "Yusuf": [("Yusuf", 70), ("Yusufu", 20), ("Yussuf", 10)],
    "Ibrahim": [("Ibrahim", 80), ("Ibrahimu", 20)],
    "Issa": [("Issa", 80), ("Isa", 20)],
    "Musa": [("Musa", 80), ("Moussa", 20)],
    "Ann": [("Ann", 60), ("Anne", 40)],
    "Fredrick": [("Fredrick", 50), ("Frederick", 30), ("Fred", 20)],
    "Teresia": [("Teresia", 50), ("Teresa", 50)],
    "Hellen": [("Hellen", 60), ("Helen", 40)],
    "Ochieng": [("Ochieng", 75), ("Ochieng'", 25)],
    "Odhiambo": [("Odhiambo", 85), ("Odiambo", 15)],
    "Mwangi": [("Mwangi", 100)],
    "Ssemakula": [("Ssemakula", 60), ("Semakula", 40)],
    "Ssali": [("Ssali", 60), ("Sali", 40)],
    "Sserwadda": [("Sserwadda", 60), ("Serwadda", 40)],
    "Ssebunya": [("Ssebunya", 60), ("Sebunya", 40)],
    "Nnamdi": [("Nnamdi", 80), ("Namdi", 20)],
}  # fmt: skip
# short forms people write for themselves
SHORT = {
    "Joseph": ["Joe"], "Samuel": ["Sam"], "Daniel": ["Dan"], "Patrick": ["Pat"],
    "Emmanuel": ["Emma", "Manu"], "Francis": ["Frank"], "Stephen": ["Steve"], "Michael": ["Mike"],
    "Anthony": ["Tony"], "Elizabeth": ["Liz", "Betty"], "Margaret": ["Maggie", "Maggy"],
    "Catherine": ["Cathy", "Kate"], "Kennedy": ["Ken"], "Christine": ["Chris", "Tina"],
    "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Geoffrey": ["Geoff", "Jeff"],
    "Robert": ["Bob"], "Richard": ["Rich"], "Josephine": ["Josie"], "Abubakar": ["Abu"],
    "Abdallah": ["Abdul"], "Mohamed": ["Mo"], "Timothy": ["Tim"], "Victor": ["Vic"],
    "Oluwaseun": ["Seun"], "Oluwatosin": ["Tosin"], "Babatunde": ["Tunde"], "Olumide": ["Mide"],
    "Oluwafemi": ["Femi"], "Adewale": ["Wale"], "Olufunmilayo": ["Funmi", "Funmilayo"],
    "Oluwakemi": ["Kemi"], "Temitope": ["Tope"], "Abiodun": ["Biodun"], "Ayodele": ["Ayo"],
    "Adebayo": ["Bayo"], "Chukwuemeka": ["Emeka"], "Chinedu": ["Nedu"], "Ifeanyichukwu": ["Ifeanyi",
    "Ify"], "Chiamaka": ["Amaka"], "Chidiebere": ["Chidi"], "Uchechukwu": ["Uche"],
    "Oluwadamilare": ["Dami", "Damilare"], "Oluwabunmi": ["Bunmi"], "Oluwatobiloba": ["Tobi"],
    "Nkechinyere": ["Nkechi"], "Chibuzor": ["Buzor"], "Olawale": ["Wale"],
}  # fmt: skip

# -- Kenya: ethnic given names (also fathers' names, so surnames) -------------------------------
KE_ETHNIC = {
    "kikuyu": (W("Kamau:8 Njoroge:5 Mwangi:8 Kariuki:5 Maina:6 Njenga:3 Kinyua:2 Githinji:2 Kimani:6 "
                 "Ndungu:4 Karanja:4 Gitau:3 Wainaina:2 Waweru:3 Macharia:3 Muriuki:2 Irungu:2 "
                 "Mbugua:3 Ngugi:3 Kiarie:2 Chege:3 Gachanja:1 Nderitu:2 Wachira:3 Kuria:2"),
               W("Wanjiru:7 Wanjiku:8 Njeri:6 Wambui:6 Nyambura:4 Wairimu:4 Njoki:4 Wangari:3 "
                 "Muthoni:5 Waithera:2 Wangui:3 Wanjira:2 Nduta:1 Wacera:1 Wamaitha:1"), 30),
    "luo": (W("Otieno:8 Odhiambo:7 Ochieng:8 Omondi:6 Onyango:6 Owino:4 Okoth:5 Ouma:5 Oduor:3 "
              "Okello:2 Opiyo:3 Oloo:2 Obiero:2 Were:1 Owuor:3 Achola:1 Oketch:2 Ogola:2 Ojwang:2"),
            W("Achieng:7 Akinyi:7 Atieno:7 Adhiambo:6 Awino:4 Anyango:5 Auma:4 Apiyo:3 Awuor:3 "
              "Aoko:2 Akoth:2 Amondi:2"), 14),
    "kalenjin": (W("Kipchoge:2 Kiprop:4 Kiprotich:4 Cheruiyot:4 Kibet:5 Kiptoo:3 Korir:4 Rotich:4 "
                   "Koech:4 Kiplagat:3 Langat:4 Ruto:3 Kirui:3 Kosgei:3 Bett:2 Too:1 Sang:2"),
                 W("Chebet:6 Jepkosgei:3 Chepkoech:3 Jeptoo:3 Chepngetich:3 Jerotich:2 Chepkemoi:3 "
                   "Jepchirchir:2 Cherono:3 Jelagat:2 Chepkirui:2"), 13),
    "luhya": (W("Wafula:5 Wanjala:4 Barasa:4 Wekesa:4 Simiyu:4 Wanyama:4 Makokha:3 Juma:3 Shikuku:2 "
                "Wamalwa:3 Masinde:2 Khaemba:2 Mukhwana:2 Wasike:3 Nyongesa:2"),
              W("Nafula:5 Nekesa:5 Nasimiyu:4 Naliaka:3 Nanjala:3 Khadambi:1 Mukhwana:1 Awinja:2 "
                "Nabwire:2"), 14),
    "kamba": (W("Mutua:6 Musyoka:4 Mutiso:3 Kioko:4 Kyalo:3 Muli:3 Mwendwa:2 Nzioka:2 Musau:3 "
                "Wambua:3 Kilonzo:2 Mulwa:2 Nzomo:2 Mutinda:3 Kimeu:2"),
              W("Mwende:5 Mueni:5 Ndinda:4 Nthenya:3 Mumbua:3 Kanini:2 Mwikali:3 Syombua:2 "
                "Ndunge:2 Katunge:2"), 11),
    "meru_kisii": (W("Mwiti:3 Kirimi:3 Murithi:3 Gitonga:2 Mutwiri:2 Nyaga:2 Onyancha:3 Ongeri:2 "
                     "Nyakundi:3 Momanyi:3 Mogaka:2 Nyamweya:2 Omwenga:2 Ombati:2"),
                   W("Kawira:3 Nkatha:3 Kendi:3 Makena:3 Karimi:2 Kemunto:3 Moraa:4 Kerubo:4 "
                     "Bosibori:3 Kwamboka:3 Nyaboke:2"), 12),
    "coast": (W("Baya:2 Kazungu:3 Charo:3 Katana:3 Kahindi:2 Mwaura:1 Ngala:2 Kenga:2 Mramba:2"),
              W("Kadzo:3 Dama:2 Sidi:2 Kache:2 Rehema:2 Mwanajuma:2"), 6),
}  # fmt: skip
KE_COUNTIES = {
    "Nairobi": (["Nairobi", "Kawangware", "Kibera", "Githurai", "Kasarani", "Embakasi", "Kayole",
                 "Umoja", "Dandora", "Rongai", "Kangemi", "Mathare"], "00100", 22),
    "Kiambu": (["Thika", "Ruiru", "Kiambu", "Juja", "Limuru", "Githunguri", "Kikuyu"], "01000", 9),
    "Nakuru": (["Nakuru", "Naivasha", "Molo", "Njoro", "Gilgil"], "20100", 7),
    "Mombasa": (["Mombasa", "Likoni", "Kisauni", "Changamwe", "Nyali"], "80100", 6),
    "Kisumu": (["Kisumu", "Ahero", "Maseno", "Kondele", "Muhoroni"], "40100", 6),
    "Uasin Gishu": (["Eldoret", "Burnt Forest", "Turbo", "Moiben"], "30100", 5),
    "Machakos": (["Machakos", "Athi River", "Mlolongo", "Kangundo", "Tala"], "90100", 5),
    "Kakamega": (["Kakamega", "Mumias", "Butere", "Malava", "Lurambi"], "50100", 5),
    "Meru": (["Meru", "Maua", "Nkubu", "Timau"], "60200", 4),
    "Kisii": (["Kisii", "Ogembo", "Suneka", "Keroka"], "40200", 4),
    "Bungoma": (["Bungoma", "Webuye", "Kimilili", "Chwele"], "50200", 4),
    "Kericho": (["Kericho", "Litein", "Kipkelion", "Londiani"], "20200", 3),
    "Nyeri": (["Nyeri", "Karatina", "Othaya", "Mukurweini"], "10100", 3),
    "Murang'a": (["Murang'a", "Kangema", "Kenol", "Maragua"], "10200", 3),
    "Kilifi": (["Kilifi", "Malindi", "Mtwapa", "Watamu"], "80108", 3),
    "Kajiado": (["Kitengela", "Ngong", "Kajiado", "Ongata Rongai"], "01100", 3),
    "Siaya": (["Siaya", "Bondo", "Ugunja", "Usenge"], "40600", 3),
    "Homa Bay": (["Homa Bay", "Mbita", "Oyugis", "Kendu Bay"], "40300", 3),
}  # fmt: skip
ETHNIC_COUNTIES = {
    "kikuyu": ["Nairobi", "Kiambu", "Nakuru", "Nyeri", "Murang'a", "Kajiado"],
    "luo": ["Kisumu", "Siaya", "Homa Bay", "Nairobi", "Mombasa"],
    "kalenjin": ["Uasin Gishu", "Kericho", "Nakuru"],
    "luhya": ["Kakamega", "Bungoma", "Nairobi", "Uasin Gishu"],
    "kamba": ["Machakos", "Nairobi", "Kajiado", "Mombasa"],
    "meru_kisii": ["Meru", "Kisii", "Nairobi"],
    "coast": ["Kilifi", "Mombasa"],
}

# -- Uganda -------------------------------------------------------------------------------------
UG_SUR_M = W(
    "Mukasa:5 Ssemakula:3 Kato:6 Waswa:4 Ssali:3 Lubega:4 Kiggundu:3 Ssebunya:2 Nsubuga:4 Kizito:4 "
    "Sserwadda:2 Okello:6 Odong:3 Opio:4 Ojok:3 Otim:3 Okot:3 Tumusiime:4 Mugisha:6 "
    "Ahimbisibwe:3 Byaruhanga:3 Twinomujuni:2 Arinaitwe:3 Asiimwe:4 Muwanguzi:2 Wandera:3 "
    "Mayanja:3 Kasozi:3 Lule:2 Musoke:4 Kaweesi:2 Ochan:2 Ouma:2 Wasswa:2 Kyeyune:2 Bbosa:2"
)
UG_SUR_F = W(
    "Nakato:6 Babirye:5 Nansubuga:4 Nakimuli:2 Namukasa:3 Nalwoga:3 Nanyonga:3 Namubiru:3 "
    "Nabukenya:3 Nakintu:2 Akello:5 Atim:3 Apio:4 Lakot:2 Aber:3 Auma:3 Kyomuhendo:3 "
    "Ainembabazi:3 Natukunda:4 Atuhaire:4 Asiimwe:3 Namatovu:3 Nalubega:3 Nakayiza:2 Nassali:2 "
    "Akankwasa:2 Tumusiime:2 Kemigisha:2 Nabirye:3"
)
UG_DOUBLE = ["John Bosco", "Mary Goretti", "Joseph Mary", "Maria Immaculate", "John Baptist",
             "Mary Gorret", "Charles Lwanga", "John Mary"]  # fmt: skip
UG_DISTRICTS = {
    "Kampala": (["Kampala", "Kawempe", "Nakawa", "Rubaga", "Makindye", "Kisenyi", "Bwaise"], 30),
    "Wakiso": (["Entebbe", "Nansana", "Kira", "Wakiso", "Kajjansi", "Gayaza"], 18),
    "Mukono": (["Mukono", "Seeta", "Lugazi"], 7),
    "Gulu": (["Gulu", "Laroo", "Bardege"], 6),
    "Mbarara": (["Mbarara", "Kakoba", "Nyamitanga"], 7),
    "Jinja": (["Jinja", "Bugembe", "Njeru"], 6),
    "Mbale": (["Mbale", "Nakaloke"], 5),
    "Lira": (["Lira", "Adyel"], 5),
    "Masaka": (["Masaka", "Nyendo", "Kyotera"], 5),
    "Arua": (["Arua", "Oli"], 4),
    "Kabale": (["Kabale", "Katuna"], 3),
    "Hoima": (["Hoima", "Kigorobya"], 3),
}  # fmt: skip
# -- Tanzania -----------------------------------------------------------------------------------
TZ_GIVEN_M = W(
    "Baraka:4 Juma:6 Emmanuel:5 Godfrey:3 Frank:3 Elia:2 Erasto:2 Hamisi:4 Shabani:3 Goodluck:3 "
    "Innocent:3 Ibrahim:4 John:5 Joseph:4 Peter:3 Daudi:3 Salum:3 Hassani:3 Rajabu:3 Abdallah:3 "
    "Mussa:3 Hussein:2 Yohana:2 Paulo:2 Petro:2 Nassoro:2 Amani:3 Isaya:2"
)
TZ_GIVEN_F = W(
    "Neema:6 Rehema:5 Zawadi:4 Upendo:4 Happiness:4 Glory:3 Witness:3 Anna:4 Mwajuma:3 Mwanaidi:3 "
    "Halima:4 Eliza:2 Agnes:3 Joyce:3 Mariam:4 Asha:4 Salma:3 Esther:3 Subira:2 Tumaini:2 "
    "Grace:3 Jesca:2 Neema:2 Faraja:2"
)
TZ_FAMILY = W(
    "Mushi:4 Massawe:3 Lyimo:3 Mallya:3 Shirima:2 Temu:2 Kimaro:3 Swai:2 Moshi:3 Urassa:2 "
    "Mwakyusa:3 Mwakalinga:2 Mrema:3 Mollel:3 Laizer:2 Kisanga:2 Magesa:2 Mwita:3 Chacha:3 "
    "Marwa:3 Masanja:3 Shija:2 Kulwa:2 Doto:2 Mwinyi:2 Mbwana:2 Mfinanga:2 Kombo:2 Nyerere:1 "
    "Makame:2 Msuya:3 Mapunda:2 Ngowi:2"
)
TZ_REGIONS = {
    "Dar es Salaam": (["Dar es Salaam", "Kinondoni", "Ilala", "Temeke", "Ubungo", "Kariakoo",
                      "Mbezi", "Tegeta", "Kigamboni"], 35),
    "Arusha": (["Arusha", "Ngaramtoni", "Usa River"], 10),
    "Mwanza": (["Mwanza", "Ilemela", "Nyamagana", "Buswelu"], 12),
    "Dodoma": (["Dodoma", "Kondoa", "Mpwapwa"], 8),
    "Mbeya": (["Mbeya", "Tukuyu", "Mbalizi"], 8),
    "Kilimanjaro": (["Moshi", "Rombo", "Hai", "Marangu"], 9),
    "Morogoro": (["Morogoro", "Ifakara", "Kilosa"], 7),
    "Tanga": (["Tanga", "Korogwe", "Muheza"], 6),
    "Zanzibar": (["Zanzibar", "Stone Town", "Mwanakwerekwe"], 5),
}  # fmt: skip
# -- Nigeria ------------------------------------------------------------------------------------
NG_GROUPS = {
    "yoruba": (W("Oluwaseun:5 Oluwatosin:4 Babatunde:5 Olumide:4 Oluwafemi:4 Adewale:4 Temitope:3 "
                 "Abiodun:3 Ayodele:3 Adebayo:3 Oluwadamilare:3 Olawale:3 Kehinde:3 Taiwo:3 "
                 "Segun:3 Gbenga:2 Kayode:3 Dapo:2 Oluwatobiloba:2 Ibrahim:2 Sodiq:2 Azeez:2"),
               W("Olufunmilayo:4 Oluwakemi:4 Temitope:4 Oluwabunmi:3 Adenike:3 Folake:3 Bukola:3 "
                 "Yetunde:3 Abosede:2 Omolara:3 Titilayo:2 Kehinde:3 Taiwo:3 Modupe:2 Aisha:2 "
                 "Bisola:2 Damilola:3 Oluwaseun:2 Mary:2 Grace:2 Blessing:3"),
               W("Adeyemi:5 Adebayo:4 Ogunleye:3 Balogun:4 Olawale:3 Adeleke:3 Oyelaran:2 "
                 "Afolabi:3 Ojo:4 Ogunbiyi:2 Akinola:3 Oladipo:2 Bamidele:2 Fashola:2 Oyewole:2 "
                 "Adeniyi:3 Olaniyan:2 Akande:3 Lawal:3 Salami:3 Oyedele:2 Adesina:2"), 40),
    "igbo": (W("Chukwuemeka:5 Chinedu:5 Ifeanyichukwu:4 Chidiebere:3 Uchechukwu:4 Nnamdi:4 "
               "Obinna:4 Ikechukwu:4 Chibuzor:3 Kelechi:3 Emmanuel:3 Chinonso:3 Okechukwu:3 "
               "Tochukwu:3 Ebuka:2 Kingsley:2 Chijioke:3 Victor:2 Chisom:2"),
             W("Ngozi:5 Chiamaka:4 Nkechinyere:4 Oluchi:3 Adaeze:3 Chioma:5 Ifeoma:4 Uchenna:2 "
               "Amarachi:3 Ebere:2 Chinwe:3 Nneka:3 Ogechi:3 Blessing:4 Precious:3 Chidinma:3 "
               "Favour:3 Joy:2"),
             W("Okafor:5 Okonkwo:4 Eze:5 Nwosu:4 Okeke:4 Nwachukwu:3 Obi:3 Onyeka:2 Uzor:2 "
               "Ekwueme:2 Ibe:2 Nnadi:2 Okoro:4 Chukwu:4 Anyanwu:3 Ugwu:3 Nwankwo:3 Ezeh:2 "
               "Onuoha:2 Agu:2"), 32),
    "hausa": (W("Abubakar:5 Musa:5 Ibrahim:5 Mohammed:6 Yusuf:4 Suleiman:3 Aliyu:4 Usman:4 "
                "Abdullahi:4 Bashir:3 Sani:4 Umar:3 Haruna:3 Nasiru:2 Garba:3 Kabiru:2 Ismaila:2 "
                "Auwal:2 Lawal:2 Danjuma:2"),
              W("Aisha:5 Fatima:6 Zainab:4 Hauwa:4 Amina:5 Hadiza:4 Maryam:4 Khadija:3 Halima:3 "
                "Hafsat:3 Rahama:2 Bilkisu:2 Zulaihat:2 Asmau:2 Safiya:2"),
              W("Bello:5 Abubakar:4 Ibrahim:5 Musa:4 Mohammed:5 Yusuf:4 Suleiman:3 Danjuma:3 "
                "Aliyu:3 Usman:4 Garba:3 Sani:3 Abdullahi:4 Umar:3 Adamu:3 Haruna:2 Shehu:2 "
                "Lawal:2 Idris:2 Yakubu:3"), 28),
}  # fmt: skip
NG_STATES = {
    "yoruba": {"Lagos": (["Ikeja", "Surulere", "Yaba", "Ikorodu", "Lekki", "Agege", "Ajah",
                          "Oshodi", "Alimosho"], 40), "Oyo": (["Ibadan", "Ogbomoso", "Oyo"], 20),
               "Ogun": (["Abeokuta", "Sagamu", "Ijebu Ode", "Ota"], 15),
               "Osun": (["Osogbo", "Ile-Ife", "Ilesa"], 10), "FCT": (["Abuja", "Kubwa", "Gwarinpa"],
               15)},
    "igbo": {"Anambra": (["Onitsha", "Awka", "Nnewi"], 30), "Enugu": (["Enugu", "Nsukka"], 20),
             "Imo": (["Owerri", "Orlu", "Okigwe"], 15), "Lagos": (["Ikeja", "Surulere", "Festac",
             "Ojo", "Alaba"], 20), "Rivers": (["Port Harcourt", "Obio-Akpor"], 10),
             "Abia": (["Aba", "Umuahia"], 10)},
    "hausa": {"Kano": (["Kano", "Nassarawa", "Fagge", "Tarauni"], 40),
              "Kaduna": (["Kaduna", "Zaria"], 25), "FCT": (["Abuja", "Nyanya", "Karu"], 15),
              "Katsina": (["Katsina", "Funtua"], 10), "Sokoto": (["Sokoto"], 10)},
}  # fmt: skip

COUNTRIES = {"KE": 45, "UG": 20, "TZ": 15, "NG": 20}
DIAL = {"KE": "254", "UG": "256", "TZ": "255", "NG": "234"}
COUNTRY_WRITTEN = {
    "KE": ["KE", "KE", "KEN", "Kenya"], "UG": ["UG", "UG", "UGA", "Uganda"],
    "TZ": ["TZ", "TZ", "TZA", "Tanzania"], "NG": ["NG", "NG", "NGA", "Nigeria"],
}  # fmt: skip
PREFIXES = {
    "KE": ["70", "71", "72", "74", "79", "11", "73", "78", "75", "76", "10"],
    "UG": ["77", "78", "76", "70", "75", "74", "71"],
    "TZ": ["75", "76", "74", "71", "65", "67", "68", "78", "69", "62"],
    "NG": ["803", "806", "703", "706", "813", "816", "810", "814", "903", "906", "805", "807",
           "815", "811", "905", "802", "808", "708", "812", "701", "902", "809", "817", "909"],
}  # fmt: skip
LANDMARKS = [
    "near the market", "near {t} market", "opp. {t} stage", "behind {t} police station",
    "near the church", "near the mosque", "next to {t} primary school", "near the chief's camp",
    "near Total petrol station", "{t} bus park", "off {t} road", "near the borehole",
]  # fmt: skip
EMPLOYERS = [
    "Self employed", "Self", "Business", "Farmer", "Boda boda", "Mama mboga", "Teacher (TSC)",
    "Casual", "Student", "Unemployed", "Tailor", "Mechanic", "Shop keeper", "Driver",
    "Civil servant", "Hawker", "Saloon", "Security guard", "Trader", "POS agent",
]  # fmt: skip
ISSUES = [
    "PIN reset", "Reversal request", "Loan limit query", "Failed transaction", "SIM swap",
    "Fraud report", "Account blocked", "Statement request", "Airtime not received",
    "Loan repayment not reflected", "KYC update", "Wrong recipient",
]  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DOMAINS = [("gmail.com", 70), ("yahoo.com", 18), ("hotmail.com", 5), ("outlook.com", 4),
           ("ymail.com", 3)]  # fmt: skip
LETTERS = "aeiounrstlkmgwb"


def pick(rnd, d):
    if isinstance(d, dict):
        return rnd.choices(list(d), list(d.values()))[0]
    vals, ws = zip(*d, strict=True)
    return rnd.choices(vals, ws)[0]


class Provider:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.used_phones: set[str] = set()
        self.used_ids: set[str] = set()
        self.agents: dict[str, list[dict]] = {}
        self.seq = 0
        self.npid = 0

    # -- atoms --------------------------------------------------------------------------------
    def spelt(self, name: str) -> str:
        if name in SPELLINGS:
            return pick(self.rnd, SPELLINGS[name])
        return name

    def new_phone(self, cc: str) -> str:
        """A subscriber number without the country code or trunk zero."""
        rnd = self.rnd
        while True:
            pre = rnd.choice(PREFIXES[cc])
            n = pre + "".join(
                rnd.choice("0123456789")
                for _ in range(10 - len(pre) if cc == "NG" else 9 - len(pre))
            )
            if n not in self.used_phones:
                self.used_phones.add(n)
                return n

    def unique(self, make) -> str:
        while True:
            v = make()
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def digits(self, k: int) -> str:
        return "".join(self.rnd.choice("0123456789") for _ in range(k))

    def dob(self, lo=18, hi=70) -> dt.date:
        days = self.rnd.randrange(lo * 365, hi * 365)
        return TODAY - dt.timedelta(days=days)

    # -- persons ------------------------------------------------------------------------------
    def make_person(
        self,
        cc: str,
        gender: str | None = None,
        surname: str | None = None,
        place: tuple | None = None,
        group: str | None = None,
        age=(18, 70),
    ) -> dict:
        rnd = self.rnd
        g = gender or rnd.choice("MF")
        self.npid += 1
        p = {"pid": f"P{self.npid:05d}", "cc": cc, "gender": g}
        dob = self.dob(*age)
        p["dob"] = dob
        # a year only: the ID card (older, rural people) says 1 January of a year
        p["year_only"] = rnd.random() < (0.35 if dob.year < 1975 else 0.12)
        if p["year_only"]:
            p["dob"] = dt.date(dob.year, 1, 1)
        if cc == "KE":
            grp = group or pick(rnd, {k: v[2] for k, v in KE_ETHNIC.items()})
            males, females, _ = KE_ETHNIC[grp]
            muslim = rnd.random() < (0.5 if grp == "coast" else 0.06)
            if muslim:
                given = [pick(rnd, MUSLIM_M if g == "M" else MUSLIM_F)]
            elif rnd.random() < 0.92:
                given = [pick(rnd, CHRISTIAN_M if g == "M" else CHRISTIAN_F)]
            else:
                given = []
            ethnic = pick(rnd, males if g == "M" else females)
            sur = surname or (
                pick(rnd, MUSLIM_M) if muslim and rnd.random() < 0.5 else pick(rnd, males)
            )
            if not given:
                given, middle = [ethnic], None
            else:
                middle = ethnic if rnd.random() < 0.8 else None
            p.update(given=given, middle=middle, surname=sur, group=grp)
            county = place[0] if place else rnd.choice(ETHNIC_COUNTIES[grp])
            towns, box, _ = KE_COUNTIES[county]
            town = place[1] if place else rnd.choice(towns)
            p.update(region=county, town=town, postcode=box)
        elif cc == "UG":
            if rnd.random() < 0.08:
                given = [pick(rnd, MUSLIM_M if g == "M" else MUSLIM_F)]
            elif rnd.random() < 0.07:
                given = rnd.choice(UG_DOUBLE).split()
                if (g == "F") != given[0].startswith("Mar"):
                    given = [pick(rnd, CHRISTIAN_M if g == "M" else CHRISTIAN_F)]
            else:
                given = [pick(rnd, CHRISTIAN_M if g == "M" else CHRISTIAN_F)]
            sur = (
                surname
                if surname and rnd.random() < 0.3
                else pick(rnd, UG_SUR_M if g == "M" else UG_SUR_F)
            )
            # Ugandan surnames are personal: children and wives rarely share them
            p.update(given=given, middle=None, surname=sur, group="ug")
            if rnd.random() < 0.15:
                p["middle"] = pick(rnd, CHRISTIAN_M if g == "M" else CHRISTIAN_F)
            dist = place[0] if place else pick(rnd, {k: v[1] for k, v in UG_DISTRICTS.items()})
            town = place[1] if place else rnd.choice(UG_DISTRICTS[dist][0])
            p.update(region=dist, town=town, postcode=None)
        elif cc == "TZ":
            muslim = rnd.random() < 0.4
            if muslim:
                given = [pick(rnd, MUSLIM_M if g == "M" else MUSLIM_F)]
                father = pick(rnd, MUSLIM_M)
            else:
                given = [pick(rnd, TZ_GIVEN_M if g == "M" else TZ_GIVEN_F)]
                father = pick(rnd, TZ_GIVEN_M)
            sur = surname or pick(rnd, TZ_FAMILY)
            p.update(given=given, middle=father, surname=sur, group="tz")
            reg = place[0] if place else pick(rnd, {k: v[1] for k, v in TZ_REGIONS.items()})
            town = place[1] if place else rnd.choice(TZ_REGIONS[reg][0])
            p.update(region=reg, town=town, postcode=None)
        else:
            grp = group or pick(rnd, {k: v[3] for k, v in NG_GROUPS.items()})
            males, females, fams, _ = NG_GROUPS[grp]
            given = [pick(rnd, males if g == "M" else females)]
            middle = pick(rnd, males if rnd.random() < 0.6 else (males if g == "M" else females))
            if middle == given[0] or rnd.random() < 0.15:
                middle = None
            sur = surname or pick(rnd, fams)
            p.update(given=given, middle=middle, surname=sur, group=grp)
            states = NG_STATES[grp]
            st = place[0] if place else pick(rnd, {k: v[1] for k, v in states.items()})
            town = place[1] if place else rnd.choice(states[st][0])
            p.update(region=st, town=town, postcode=None)
        p["landmark"] = rnd.choice(LANDMARKS).format(t=p["town"])
        p["pobox"] = str(rnd.randrange(1, 9999)) if rnd.random() < 0.4 else None
        # identity documents
        y = p["dob"].year
        if cc == "KE":
            p["idtype"] = "NATIONAL_ID"
            p["id"] = self.unique(
                lambda: str(
                    self.rnd.randrange(
                        max(1_000_000, (y - 1950) * 700_000), (y - 1950) * 700_000 + 3_000_000
                    )
                )
            )
        elif cc == "UG":
            p["idtype"] = "NIN"
            p["id"] = self.unique(
                lambda: (
                    ("CM" if g == "M" else "CF")
                    + f"{y % 100:02d}"
                    + self.digits(6)
                    + "".join(self.rnd.choice("ABCDEFGHJKLMNPRTUWXYZ") for _ in range(4))
                )
            )
        elif cc == "TZ":
            p["idtype"] = "NIDA"
            d = p["dob"]
            p["id"] = self.unique(
                lambda: f"{d:%Y%m%d}{self.digits(5)}{self.digits(5)}{self.digits(2)}"
            )
        else:
            p["idtype"] = "NIN"
            p["id"] = self.unique(lambda: str(self.rnd.randrange(1, 10)) + self.digits(10))
            p["bvn"] = self.unique(lambda: "22" + self.digits(9))
        if rnd.random() < 0.02:
            p["passport"] = self.unique(
                lambda: rnd.choice("ABC") + self.digits(7 if cc != "NG" else 8)
            )
        # SIMs
        n = rnd.choices([1, 2, 3, 4], [50, 31, 13, 6])[0]
        p["phones"] = [self.new_phone(cc) for _ in range(n)]
        p["former"] = []  # numbers given up (recycled to someone else)
        p["email"] = None
        email_p = {"KE": 0.10, "UG": 0.08, "TZ": 0.05, "NG": 0.25}[cc]
        if rnd.random() < email_p:
            p["email"] = self.make_email(p)
        p["agent"] = None
        p["household"] = None
        return p

    def make_email(self, p) -> str:
        rnd = self.rnd
        f = p["given"][0].lower().replace("'", "")
        s = p["surname"].lower().replace("'", "")
        form = rnd.choices(
            ["f.s", "fs", "sf", "fNN", "f.sNN", "fs19YY", "m"], [25, 15, 8, 15, 15, 12, 10]
        )[0]
        nn = str(rnd.randrange(1, 99))
        loc = {
            "f.s": f"{f}.{s}",
            "fs": f + s,
            "sf": s + f,
            "fNN": f + nn,
            "f.sNN": f"{f}.{s}{nn}",
            "fs19YY": f"{f}{s}{p['dob'].year % 100:02d}",
            "m": f"{(p['middle'] or s).lower()}{f[:1]}",
        }[form]
        return f"{loc}@{pick(rnd, DOMAINS)}"

    def population(self) -> None:
        rnd = self.rnd
        while len(self.persons) < self.n:
            cc = pick(rnd, COUNTRIES)
            head = self.make_person(cc, gender="M" if rnd.random() < 0.75 else None)
            self.persons.append(head)
            if rnd.random() < 0.32 and len(self.persons) < self.n - 4:
                self.household(head)
        self.make_agents()
        self.recycle()

    def household(self, head) -> None:
        """A spouse, adult children, a brother: a surname (Kenya, Tanzania, Nigeria), a village,
        sometimes a phone shared by one who has none."""
        rnd = self.rnd
        cc = head["cc"]
        hh = head["pid"]
        head["household"] = hh
        place = (head["region"], head["town"])
        members = []
        if head["gender"] == "M" and rnd.random() < 0.8:
            fam = head["surname"] if (cc != "UG" and rnd.random() < 0.6) else None
            w = self.make_person(
                cc,
                gender="F",
                surname=fam,
                place=place,
                group=head["group"],
                age=(
                    max(18, TODAY.year - head["dob"].year - 12),
                    max(20, TODAY.year - head["dob"].year + 2),
                ),
            )
            members.append(w)
        for _ in range(rnd.choices([0, 1, 2], [50, 35, 15])[0]):
            age = TODAY.year - head["dob"].year
            if age < 42:
                break
            # Kenyan and Tanzanian children: the father's name as their surname (Tanzania) or
            # the family name; Nigerians keep the family name
            if cc == "KE":
                sur = head["surname"] if rnd.random() < 0.5 else (head["middle"] or head["surname"])
            elif cc == "TZ":
                sur = head["surname"]
            else:
                sur = head["surname"]
            c = self.make_person(
                cc, surname=sur, place=place, group=head["group"], age=(18, max(19, age - 20))
            )
            if cc == "TZ":
                c["middle"] = head["given"][0]
            if cc == "KE" and c["gender"] == "M" and rnd.random() < 0.15:
                # named after the father: a junior with the same names
                c["given"], c["middle"] = list(head["given"]), head["middle"]
            members.append(c)
        for m in members:
            m["household"] = hh
            m["head"] = head
            self.persons.append(m)
            if rnd.random() < 0.15:
                # no SIM of their own: the head's phone (loans, care, wallet)
                m["phones"] = []
                m["shares"] = head
            elif rnd.random() < 0.1:
                m["shares"] = head  # uses the head's phone sometimes

    def make_agents(self) -> None:
        """Agents: people with a till number and their own phone, who register customers of
        their town."""
        rnd = self.rnd
        by_town: dict[tuple, list[dict]] = {}
        for p in self.persons:
            by_town.setdefault((p["cc"], p["town"]), []).append(p)
        self.agent_list: dict[tuple, list[dict]] = {}
        for key, people in by_town.items():
            k = max(1, len(people) // 40)
            cands = [p for p in people if p["phones"]]
            rnd.shuffle(cands)
            agents = cands[:k]
            for a in agents:
                a["agent"] = {
                    "till": str(rnd.randrange(100000, 999999))
                    if key[0] in ("KE", "TZ")
                    else a["phones"][0],
                    "phone": a["phones"][0],
                }
            self.agent_list[key] = agents
        for p in self.persons:
            pool = self.agent_list.get((p["cc"], p["town"])) or []
            p["reg_agent"] = rnd.choice(pool) if pool else None

    def recycle(self) -> None:
        """Dormant numbers given to a new subscriber: the old owner's records keep the number."""
        rnd = self.rnd
        by_cc: dict[str, list[dict]] = {}
        for p in self.persons:
            by_cc.setdefault(p["cc"], []).append(p)
        for p in self.persons:
            if len(p["phones"]) >= 2 and rnd.random() < 0.10 and not p["agent"]:
                old = p["phones"].pop(rnd.randrange(1, len(p["phones"])))
                p["former"].append(old)
                other = rnd.choice(by_cc[p["cc"]])
                if other is not p and other["phones"] is not None:
                    other["phones"].append(old)
                    other.setdefault("recycled", []).append(old)

    # -- writing values -----------------------------------------------------------------------
    def fmt_phone(self, num: str, cc: str, style: str | None = None) -> str:
        rnd = self.rnd
        if rnd.random() < 0.015:  # one digit mistyped
            i = rnd.randrange(3, len(num))
            num = num[:i] + rnd.choice("0123456789") + num[i + 1 :]
        nat = "0" + num
        cc_ = DIAL[cc]
        if style is None:
            style = rnd.choices(
                ["nat", "nat_sp", "nat_dash", "intl", "plus", "plus_sp", "bare"],
                [35, 10, 6, 25, 12, 5, 7],
            )[0]
        if cc == "NG":
            sp = f"{nat[:4]} {nat[4:7]} {nat[7:]}"
            plus_sp = f"+234 {num[:3]} {num[3:6]} {num[6:]}"
        else:
            sp = f"{nat[:4]} {nat[4:7]} {nat[7:]}"
            plus_sp = f"+{cc_} {num[:3]} {num[3:6]} {num[6:]}"
        return {
            "nat": nat, "nat_sp": sp, "nat_dash": f"{nat[:4]}-{nat[4:]}", "intl": cc_ + num,
            "plus": f"+{cc_}{num}", "plus_sp": plus_sp, "bare": num,
        }[style]  # fmt: skip

    def fmt_dob(self, p, style: str, year_p: float = 0.0) -> str | None:
        rnd = self.rnd
        d = p["dob"]
        if rnd.random() < 0.02:  # a wrong day or month typed
            with contextlib.suppress(ValueError):
                d = (
                    d.replace(day=rnd.randrange(1, 29))
                    if rnd.random() < 0.5
                    else d.replace(month=rnd.randrange(1, 13))
                )
        if rnd.random() < year_p or (p["year_only"] and rnd.random() < 0.3):
            return str(d.year)
        return {
            "iso": f"{d:%Y-%m-%d}", "dmy": f"{d:%d/%m/%Y}", "dmon": f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}",
            "compact": f"{d:%Y%m%d}", "mdy": f"{d.month}/{d.day}/{d.year}",
        }[style]  # fmt: skip

    def fmt_id(self, p, kind: str = "id", err: float = 0.04) -> str | None:
        rnd = self.rnd
        v = p.get(kind)
        if not v:
            return None
        r = rnd.random()
        if r < err * 0.5:  # one digit wrong
            i = rnd.randrange(len(v))
            ch = v[i]
            v = v[:i] + (rnd.choice("0123456789") if ch.isdigit() else ch) + v[i + 1 :]
        elif r < err * 0.8:  # two the other way round
            i = rnd.randrange(len(v) - 1)
            v = v[:i] + v[i + 1] + v[i] + v[i + 2 :]
        elif r < err:  # a digit dropped
            i = rnd.randrange(len(v))
            v = v[:i] + v[i + 1 :]
        if p["cc"] == "TZ" and kind == "id" and rnd.random() < 0.5:
            v = f"{v[:8]}-{v[8:13]}-{v[13:18]}-{v[18:]}"
        if p["cc"] == "UG" and kind == "id":
            if rnd.random() < 0.05:
                v = v.replace("0", "O")
            if rnd.random() < 0.05:
                v = v.lower()
        return v

    def name_parts(self, p, nick_p=0.0, variant=True) -> tuple[str, str | None, str]:
        """(given names, middle, surname) as one record writes them."""
        rnd = self.rnd
        given = list(p["given"])
        if nick_p and rnd.random() < nick_p and given[0] in SHORT:
            given[0] = rnd.choice(SHORT[given[0]])
        if variant:
            given = [self.spelt(x) for x in given]
        mid = self.spelt(p["middle"]) if p["middle"] and variant else p["middle"]
        sur = self.spelt(p["surname"]) if variant else p["surname"]
        return " ".join(given), mid, sur

    def slipped(self, s: str | None, prob: float) -> str | None:
        if s and self.rnd.random() < prob:
            words = s.split()
            i = self.rnd.randrange(len(words))
            words[i] = slip(self.rnd, words[i], LETTERS)
            return " ".join(words)
        return s

    def full_name(self, p, nick_p=0.0, orders=None) -> str:
        rnd = self.rnd
        g, m, s = self.name_parts(p, nick_p)
        orders = orders or {"gms": 45, "gs": 20, "sgm": 15, "sg": 8, "ms": 5, "gm": 4, "mgs": 3}
        if p["cc"] == "UG":
            orders = {"sg": 45, "gs": 35, "sgm": 10, "gms": 10}
        o = pick(rnd, orders)
        if not m:
            o = {"gms": "gs", "sgm": "sg", "ms": "gs", "gm": "gs", "mgs": "gs", "m": "g"}.get(o, o)
        part = {"g": g, "m": m, "s": s}
        return " ".join(part[c] for c in o)

    def case(self, s, upper=0.5, lower=0.05):
        if not s:
            return s
        r = self.rnd.random()
        if r < upper:
            return s.upper()
        if r < upper + lower:
            return s.lower()
        return s

    def add(self, src: str, p: dict, **cols) -> None:
        self.seq += 1
        cols = {k: v for k, v in cols.items() if v not in (None, "")}
        self.rows.append(
            {
                "txn_party_id": f"{src[:3]}{self.seq:07d}",
                "SOURCE_SYSTEM": src,
                "person": p["pid"],
                **cols,
            }
        )

    # -- systems ------------------------------------------------------------------------------
    def kyc(self, p, num: str, when: int) -> None:
        """One SIM registration, copied from the ID card by an agent."""
        rnd = self.rnd
        cc = p["cc"]
        g, m, s = self.name_parts(p, variant=rnd.random() < 0.3)
        first, other, sur = g, m, s
        if cc == "UG" and rnd.random() < 0.3:
            first, sur = s, g  # the ID card prints the surname first: copied into FIRST_NAME
        r = rnd.random()
        if r < 0.07:
            first, sur = sur, first  # boxes swapped
        elif r < 0.11 and other:
            first, other = f"{first} {other}", None  # both given names in FIRST_NAME
        elif r < 0.15 and other:
            other, sur = None, f"{other} {sur}"
        if rnd.random() < 0.12:
            other = None
        first, other, sur = (self.slipped(x, 0.03) for x in (first, other, sur))
        agent = p["reg_agent"] if rnd.random() < 0.75 else None
        alt = None
        if agent and agent is not p and rnd.random() < 0.3:
            alt = self.fmt_phone(agent["agent"]["phone"], cc)
        elif len(p["phones"]) > 1 and rnd.random() < 0.2:
            alt = self.fmt_phone(rnd.choice([x for x in p["phones"] if x != num] or [num]), cc)
        idtype, idv = p["idtype"], self.fmt_id(p, "id", 0.05)
        if p.get("passport") and rnd.random() < 0.5:
            idtype, idv = "PASSPORT", p["passport"]
        if rnd.random() < 0.02:
            idv = None
        y = 2026 - when
        iccid_body = f"89{DIAL[cc]}{rnd.randrange(10, 99)}" + self.digits(11)
        self.add(
            "KYC", p,
            MSISDN=self.fmt_phone(num, cc, rnd.choices(["intl", "bare", "nat"], [60, 25, 15])[0]),
            FIRST_NAME=self.case(first, 0.92), OTHER_NAMES=self.case(other, 0.92),
            SURNAME=self.case(sur, 0.92), ID_TYPE=idtype, ID_NUMBER=idv,
            DOB=self.fmt_dob(p, "iso" if cc in ("KE", "NG") else "dmy") if rnd.random() < 0.93
            else None,
            GENDER=(p["gender"] if rnd.random() < 0.97 else ("F" if p["gender"] == "M" else "M"))
            if rnd.random() < 0.9 else None,
            AGENT_NUMBER=agent["agent"]["till"] if agent else None,
            ALT_MSISDN=alt,
            SIM_ICCID=iccid_body + luhn_digit(iccid_body),
            REG_DATE=f"{y}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
            MARKET=cc,
            COUNTY=p["region"] if rnd.random() < 0.85 else None,
            TOWN=self.case(p["town"], 0.6) if rnd.random() < 0.8 else None,
        )  # fmt: skip

    def wallet(self, p, num: str) -> None:
        rnd = self.rnd
        cc = p["cc"]
        name = self.slipped(self.full_name(p), 0.03)
        if p["cc"] == "NG":
            idtype, idv = (
                ("BVN", self.fmt_id(p, "bvn")) if rnd.random() < 0.5 else ("NIN", self.fmt_id(p))
            )
        else:
            idtype, idv = p["idtype"], self.fmt_id(p)
        if rnd.random() < 0.2:
            idtype = idv = None
        alt = None
        ag = p["reg_agent"]
        if ag and ag is not p and rnd.random() < 0.12:
            alt = ag["agent"]["phone"]
        elif p.get("head") and p["head"]["phones"] and rnd.random() < 0.15:
            alt = p["head"]["phones"][0]
        elif len(p["phones"]) > 1 and rnd.random() < 0.3:
            alt = rnd.choice([x for x in p["phones"] if x != num] or [num])
        self.add(
            "WALLET", p,
            ACCOUNT_NO=f"{cc}W{rnd.randrange(10**8):08d}",
            FULL_NAME=self.case(name, 0.85),
            MSISDN=self.fmt_phone(num, cc, rnd.choices(["intl", "plus", "nat"], [60, 20, 20])[0]),
            ALT_MSISDN=self.fmt_phone(alt, cc) if alt else None,
            ID_TYPE=idtype, ID_NUMBER=idv,
            DOB=self.fmt_dob(p, "dmon") if rnd.random() < 0.7 else None,
            GENDER=rnd.choice([p["gender"], "MALE" if p["gender"] == "M" else "FEMALE"])
            if rnd.random() < 0.6 else None,
            EMAIL=p["email"] if p["email"] and rnd.random() < 0.6 else None,
            TOWN=self.case(p["town"], 0.7) if rnd.random() < 0.6 else None,
            COUNTRY=rnd.choice(COUNTRY_WRITTEN[cc]),
            AGENT_NUMBER=ag["agent"]["till"] if ag and rnd.random() < 0.5 else None,
        )  # fmt: skip

    def loan(self, p) -> None:
        rnd = self.rnd
        cc = p["cc"]
        nums = p["phones"] or (p["shares"]["phones"] if p.get("shares") else [])
        if not nums:
            return
        num = nums[0] if rnd.random() < 0.7 else rnd.choice(nums)
        if p.get("shares") and p["shares"]["phones"] and rnd.random() < 0.4:
            num = p["shares"]["phones"][0]
        g, m, s = self.name_parts(p, nick_p=0.3 if cc == "NG" else 0.12)
        r = rnd.random()
        if r < 0.1:
            g, s = s, g
        elif r < 0.2 and m:
            g = m if rnd.random() < 0.5 else g  # known by the ethnic name
            m = None
        if rnd.random() < 0.5:
            m = None
        g, m, s = (self.slipped(x, 0.04) for x in (g, m, s))
        case = rnd.choices(["title", "upper", "lower"], [60, 30, 10])[0]
        cf = {"title": lambda x: x, "upper": str.upper, "lower": str.lower}[case]
        if cc == "NG":
            idtype, idv = (
                ("BVN", self.fmt_id(p, "bvn", 0.03))
                if rnd.random() < 0.75
                else ("NIN", self.fmt_id(p, "id", 0.04))
            )
        else:
            idtype, idv = p["idtype"], self.fmt_id(p, "id", 0.06)
        if rnd.random() < 0.08:
            idtype = idv = None
        # next of kin: a household member (with their phone), else someone invented
        hh = [q for q in self.persons_by_hh.get(p["household"], []) if q is not p]
        if hh and rnd.random() < 0.8:
            k = rnd.choice(hh)
            kn = self.full_name(k)
            kp = (k["phones"] or [None])[0]
        else:
            k = self.make_kin(p)
            kn, kp = self.full_name(k), k["phones"][0]
        addr = None
        ra = rnd.random()
        if ra < 0.35 and (p["pobox"] or cc == "KE"):
            box = p["pobox"] or str(rnd.randrange(1, 9999))
            pc = f"-{p['postcode']}" if p["postcode"] and rnd.random() < 0.7 else ""
            addr = (
                f"P.O. Box {box}{pc} {p['town']}"
                if rnd.random() < 0.7
                else f"Box {box}, {p['town']}"
            )
        elif ra < 0.75:
            addr = rnd.choice(
                [
                    p["landmark"],
                    f"{p['town']}, {p['landmark']}",
                    f"{p['town']} village" if rnd.random() < 0.5 else p["town"],
                ]
            )
        y = rnd.choice([2023, 2024, 2025])
        self.add(
            "LOANS", p,
            APPLICATION_ID=f"LN{rnd.randrange(10**9):09d}",
            APPLICATION_DATE=f"{rnd.randrange(1, 29):02d}/{rnd.randrange(1, 13):02d}/{y}",
            MSISDN=self.fmt_phone(num, cc),
            FIRST_NAME=cf(g), OTHER_NAMES=cf(m) if m else None, SURNAME=cf(s),
            ID_TYPE=idtype, ID_NUMBER=idv,
            DOB=self.fmt_dob(p, "dmy", year_p=0.3) if rnd.random() < 0.85 else None,
            GENDER=p["gender"] if rnd.random() < 0.5 else None,
            EMAIL=p["email"] if p["email"] and rnd.random() < 0.8 else None,
            ALT_MSISDN=self.fmt_phone(rnd.choice(p["phones"]), cc)
            if len(p["phones"]) > 1 and rnd.random() < 0.4 else None,
            NEXT_OF_KIN_NAME=self.case(kn, 0.3) if rnd.random() < 0.9 else None,
            NEXT_OF_KIN_PHONE=self.fmt_phone(kp, cc) if kp and rnd.random() < 0.85 else None,
            POSTAL_ADDRESS=addr,
            COUNTY=p["region"] if rnd.random() < 0.7 else None,
            TOWN=p["town"] if rnd.random() < 0.6 else None,
            COUNTRY=rnd.choice(COUNTRY_WRITTEN[cc]),
            EMPLOYER=rnd.choice(EMPLOYERS),
            MONTHLY_INCOME=str(rnd.choice([5, 8, 10, 15, 20, 25, 30, 50, 80, 100]) * (
                1000 if cc in ("KE", "NG") else 10000)),
            LOAN_AMOUNT=str(rnd.choice([500, 1000, 2000, 3000, 5000, 10000]) * (
                1 if cc == "KE" else 10)),
        )  # fmt: skip

    def make_kin(self, p) -> dict:
        """A next of kin who is no customer (not added to the population)."""
        saved = len(self.used_phones)
        k = self.make_person(
            p["cc"],
            surname=p["surname"] if self.rnd.random() < 0.5 else None,
            place=(p["region"], p["town"]),
            group=p["group"],
        )
        del saved
        return k

    def care(self, p) -> None:
        rnd = self.rnd
        cc = p["cc"]
        nums = p["phones"] or (p["shares"]["phones"] if p.get("shares") else [])
        if not nums:
            return
        num = rnd.choice(nums)
        if p.get("shares") and p["shares"]["phones"] and rnd.random() < 0.5:
            num = p["shares"]["phones"][0]
        elif p.get("head") and p["head"]["phones"] and rnd.random() < 0.08:
            num = p["head"]["phones"][0]  # calling from the husband's / father's phone
        name = self.full_name(
            p, nick_p=0.2, orders={"gs": 40, "g": 12, "sg": 15, "gms": 15, "ms": 8, "m": 5, "s": 5}
        )
        name = self.slipped(name, 0.06)
        self.add(
            "CARE", p,
            TICKET_ID=f"TT{rnd.randrange(10**8):08d}",
            CREATED_AT=f"2025-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d} "
                       f"{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}",
            MSISDN=self.fmt_phone(num, cc, rnd.choices(["intl", "bare", "nat", "plus"],
                                                       [50, 20, 20, 10])[0]),
            FULL_NAME=self.case(name, 0.4, 0.1) if rnd.random() < 0.93 else None,
            ALT_MSISDN=self.fmt_phone(rnd.choice(p["phones"]), cc)
            if p["phones"] and rnd.random() < 0.3 else None,
            ID_NUMBER=self.fmt_id(p, "id", 0.08) if rnd.random() < 0.3 else None,
            TOWN=p["town"] if rnd.random() < 0.2 else None,
            ISSUE=rnd.choice(ISSUES),
        )  # fmt: skip

    def records(self) -> pd.DataFrame:
        rnd = self.rnd
        self.persons_by_hh: dict[str, list[dict]] = {}
        for p in self.persons:
            if p["household"]:
                self.persons_by_hh.setdefault(p["household"], []).append(p)
        for p in self.persons:
            recycled = set(p.get("recycled", []))
            # KYC: the SIMs in the extract (older registrations archived), re-registrations
            for num in p["former"] + p["phones"]:
                if rnd.random() < 0.78 or num in recycled:
                    self.kyc(
                        p,
                        num,
                        when=rnd.randrange(1, 4) if num in recycled else rnd.randrange(3, 12),
                    )
                    if rnd.random() < 0.08:
                        self.kyc(p, num, when=rnd.randrange(1, 3))
            # wallets: the main SIM's, a second on another SIM
            nums = p["phones"] + p["former"]
            if nums and rnd.random() < 0.8:
                w = [p["former"][0] if p["former"] and rnd.random() < 0.3 else p["phones"][0]]
                if len(nums) > 1 and rnd.random() < 0.15:
                    w.append(nums[1])
                for num in w:
                    self.wallet(p, num)
            elif p.get("shares") and not p["phones"] and rnd.random() < 0.3:
                self.wallet(p, p["shares"]["phones"][0]) if p["shares"]["phones"] else None
            if rnd.random() < 0.3:
                for _ in range(rnd.choices([1, 2, 3, 4, 5], [45, 25, 15, 10, 5])[0]):
                    self.loan(p)
            if rnd.random() < 0.22:
                for _ in range(rnd.choices([1, 2, 3], [70, 22, 8])[0]):
                    self.care(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=rnd.randrange(10**6)).reset_index(drop=True)


def momo(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's
    person."""
    g = Provider(persons, seed)
    g.population()
    df = g.records()
    truth = df.set_index("txn_party_id")["person"]
    df = df.drop(columns=["person"]).astype(object)
    return df.where(df.notna(), None), truth
