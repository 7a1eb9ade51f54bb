"""A North African telco and bank group's customer file: a Maghreb mobile operator's KYC (French
columns), an Egyptian bank's core system (English columns), the group's wallet app (Arabic
columns) and a customer-care and social-media desk, stacked in one file (a ``systeme`` column;
a column of the same name in two systems is one column).

* Mobile operator (``KYC_MOBILE``), one row per line in Morocco, Algeria and Tunisia, the
  subscriber as on the identity card: ``num_client``, ``nom`` (``BENALI``, ``EL AMRANI``),
  ``prénom`` (``Karim``; a Tunisian's now and then with the father's, ``Karim Ben Hédi``),
  ``date_de_naissance`` (``22/03/1985``; ``01/01/1950`` for the old, born where no one wrote
  the day down), ``lieu_de_naissance``, ``type_piece`` and ``CIN`` (a Moroccan ``BK123456``, an
  Algerian 18-digit NIN, a Tunisian 8-digit CIN), ``num_ligne`` (``06 61 23 45 67``,
  ``+212661234567``, ``00213661234567``, ``+216 98 123 456``), ``adresse``, ``ville``,
  ``pays``, ``date_activation``, ``statut``. A teenager's line is in a parent's name, an old
  parent's in a son's; closed lines' numbers go to someone else.
* Bank (``CORE_BANK``), Egyptian: ``customer_id``, ``customer_name`` (the four-part name of
  the national id card in Latin letters: given, father's, grandfather's and family name,
  ``MOHAMED AHMED MAHMOUD EL-SAYED``, or three parts), ``national_id`` (14 digits: century,
  birth date, governorate of birth, a sequence whose last digit is odd for men, a check
  digit), ``passport_no`` (Maghrebi customers living in Cairo), ``mobile`` (``01012345678``,
  ``+201012345678``), ``dob`` (ISO), ``gender``, ``governorate``, ``address``, ``email``,
  ``open_date``. Some customers have a second, older customer record.
* Wallet app (``WALLET``), Arabic columns typed by the customers: ``رقم الحساب``,
  ``الاسم الكامل`` (in Arabic letters mostly, with the hamzas, ة and ى typed or not, and
  ``عبد القادر`` or ``عبدالقادر``; or in Latin letters), ``رقم الهاتف`` and ``تاريخ الميلاد``
  now and then in Arabic-Indic digits (``٠١٠١٢٣٤٥٦٧٨``), ``البريد الإلكتروني``, ``المدينة``,
  ``الدولة``, ``رقم الهوية`` (seldom; a Tunisian CIN without its leading zero).
* Care desk (``SERVICE_CLIENT``): ``ticket``, ``canal``, ``nom_complet`` as the agent typed it
  (``BENALI Karim``, ``Mme Alaoui``, ``Hajj Mohamed``, ``Med Amrani``, or in Arabic letters) or
  the ``handle`` of a social-media contact, ``telephone`` (often the WhatsApp number in
  international form; now and then a relative's), ``email``, ``ville``.

What makes it hard: names spelled in French in the Maghreb and in English in Egypt
(``Youssef``/``Youcef``/``Yousef``, ``Djamel``/``Jamal``/``Jamel``/``Gamal``,
``Abdelkader``/``Abd El Kader``/``Abdel-Kader``, ``Fatima-Zahra``/``Fatim Zahra``/
``Fatimazahra``/``Fatima Ezzahra``), the article joined, split or left out (``El Amrani``,
``Elamrani``, ``Amrani``, ``Ettazi``), ``Ben``/``Bin``, ``Ait``, ``Ould``; the same names in
Arabic letters in the wallet; the family name first in the operator's and the agents' files;
Mohamed everywhere; Egyptian siblings sharing three of their four names (the father's, the
grandfather's and the family's), and a father sharing two with his children; families on one
landline or one parent's mobile; old people's presumed birth dates (1 January); namesakes
among cousins in one town; numbers that may be Moroccan or Algerian written nationally
(``0661234567``); moves between cities; typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import ARABIC_DIGITS, TODAY, Draws, arabic_typed, wpick
from draws import spellings as sp

COUNTRIES = {"MA": 36, "DZ": 26, "TN": 13, "EG": 25}
MAGHREB = ("MA", "DZ", "TN")


# Given names: Arabic, Maghreb French spellings, Egyptian English spellings, weight in the
# Maghreb, weight in Egypt; overrides for one country's habit ({country: spellings}).
MALE = [
    ("محمد", "Mohamed:55 Mohammed:15 Mohamad:5 Mhamed:6 Muhammad:3 Mouhamed:3", "Mohamed:60 Mohammed:20 Muhammad:10 Mohammad:6 Mohamad:4", 14, 18, {}),
    ("أحمد", "Ahmed:80 Ahmad:12 Hmed:3", "Ahmed:85 Ahmad:15", 6, 9, {}),
    ("يوسف", "Youssef:55 Yousef:15 Youssouf:5 Yusuf:5 Youcef:20", "Youssef:40 Yousef:35 Yousif:10 Yusuf:15", 5, 3, {"DZ": "Youcef:60 Youssef:30 Yousef:10"}),
    ("عبد القادر", "Abdelkader:55 Abdel_Kader:15 Abd_El_Kader:10 Abdel-Kader:12 Abdelkadir:4", "Abdel_Kader:40 Abdelkader:20 Abd_El_Kader:20 Abdel_Qader:20", 4, 1, {}),
    ("عبد الرحمن", "Abderrahmane:45 Abderrahman:12 Abderahmane:15 Abdel_Rahman:10 Abdurrahman:5", "Abdel_Rahman:40 Abdelrahman:35 Abd_El_Rahman:15 Abdulrahman:10", 3, 4, {}),
    ("كريم", "Karim:85 Kareem:10 Krim:5", "Karim:60 Kareem:40", 4, 3, {}),
    ("رشيد", "Rachid:80 Rashid:10 Rachide:5", "Rashid:60 Rasheed:30 Rachid:10", 3, 1, {}),
    ("سعيد", "Said:60 Saïd:30 Saeed:5", "Said:40 Saeed:45 Saied:15", 3, 2, {}),
    ("مصطفى", "Mustapha:50 Mostafa:20 Moustapha:15 Mustafa:15", "Mostafa:55 Mustafa:30 Moustafa:15", 3, 5, {}),
    ("عمر", "Omar:85 Omer:5", "Omar:90 Omer:10", 3, 3, {"TN": "Amor:40 Omar:60"}),
    ("علي", "Ali:100", "Ali:100", 3, 4, {}),
    ("حسن", "Hassan:80 Hasan:20", "Hassan:70 Hasan:30", 3, 4, {}),
    ("حمزة", "Hamza:90 Hamzah:10", "Hamza:90 Hamzah:10", 3, 2, {}),
    ("أمين", "Amine:85 Amin:15", "Amin:70 Amine:30", 3, 1, {}),
    ("مهدي", "Mehdi:85 Mahdi:15", "Mahdi:60 Mahdy:40", 3, 1, {}),
    ("ياسين", "Yassine:75 Yasin:5 Yacine:20", "Yassin:50 Yasin:30 Yassine:20", 3, 1, {"DZ": "Yacine:70 Yassine:30"}),
    ("خالد", "Khalid:60 Khaled:40", "Khaled:80 Khalid:20", 2, 3, {}),
    ("عبد العزيز", "Abdelaziz:60 Abdel_Aziz:20 Abd_El_Aziz:10 Abdulaziz:5", "Abdel_Aziz:45 Abdelaziz:30 Abd_El_Aziz:25", 2, 2, {}),
    ("نبيل", "Nabil:90 Nabile:10", "Nabil:80 Nabeel:20", 2, 1, {}),
    ("سمير", "Samir:90 Sameer:10", "Samir:80 Sameer:20", 2, 1, {}),
    ("هشام", "Hicham:85 Hisham:10 Hichem:5", "Hisham:75 Hesham:25", 2, 2, {"DZ": "Hichem:70 Hicham:30", "TN": "Hichem:80 Hisham:20"}),
    ("رضوان", "Redouane:60 Ridouane:15 Redwane:15 Radwan:10", "Radwan:80 Redwan:20", 2, 1, {}),
    ("إبراهيم", "Brahim:40 Ibrahim:50 Ibrahime:5", "Ibrahim:80 Ebrahim:20", 2, 3, {}),
    ("محمود", "Mahmoud:90 Mahmud:10", "Mahmoud:85 Mahmood:15", 1, 5, {}),
    ("طارق", "Tarik:45 Tarek:45 Tariq:10", "Tarek:80 Tariq:20", 2, 2, {}),
    ("عمرو", "Amr:100", "Amr:100", 0, 3, {}),
    ("شريف", "Cherif:80 Chérif:20", "Sherif:85 Sharif:15", 1, 3, {}),
    ("هاني", "Hani:100", "Hany:60 Hani:40", 1, 2, {}),
    ("وليد", "Walid:90 Oualid:10", "Walid:70 Waleed:30", 2, 2, {}),
    ("أيمن", "Aymen:60 Ayman:40", "Ayman:90 Aymen:10", 2, 2, {}),
    ("عبد الله", "Abdellah:40 Abdallah:30 Abdelah:10 Abdullah:10", "Abdallah:40 Abdullah:40 Abdalla:20", 2, 2, {}),
    ("إسماعيل", "Ismail:55 Ismaïl:20 Smail:25", "Ismail:80 Esmail:20", 2, 1, {}),
    ("جمال", "Jamal:80 Jamel:20", "Gamal:85 Jamal:15", 2, 2, {"DZ": "Djamel:75 Jamel:15 Jamal:10", "TN": "Jamel:70 Jamal:30"}),
    ("الهادي", "Hadi:60 El_Hadi:40", "El_Hady:60 Hady:40", 1, 1, {"TN": "Hédi:60 Hedi:40"}),
    ("فاروق", "Farouk:100", "Farouk:90 Farouq:10", 0, 2, {}),
    ("صلاح", "Salah:100", "Salah:90 Salah_El_Din:10", 2, 2, {}),
]  # fmt: skip
FEMALE = [
    ("فاطمة", "Fatima:65 Fatma:25 Fadma:5 Fatimah:5", "Fatma:55 Fatima:45", 6, 4, {"TN": "Fatma:80 Fatima:20", "DZ": "Fatima:50 Fatma:50"}),
    ("فاطمة الزهراء", "Fatima-Zahra:30 Fatima_Zahra:25 Fatim_Zahra:10 Fatimazahra:15 Fatima_Ezzahra:10 Fatima_Zohra:10", "Fatma_El_Zahraa:40 Fatma_Elzahraa:30 Fatma_Alzahraa:30", 4, 1, {"DZ": "Fatima_Zohra:60 Fatma_Zohra:30 Fatima-Zohra:10"}),
    ("خديجة", "Khadija:75 Khadidja:20 Khadijah:5", "Khadiga:60 Khadija:40", 4, 2, {"DZ": "Khadidja:80 Khadija:20"}),
    ("عائشة", "Aicha:50 Aïcha:30 Aisha:10 Aycha:10", "Aisha:60 Aysha:20 Aesha:20", 3, 2, {}),
    ("مريم", "Meryem:45 Maryam:25 Meriem:25 Myriam:5", "Mariam:60 Maryam:40", 4, 4, {"DZ": "Meriem:80 Maryam:20", "TN": "Meriem:50 Mariem:50"}),
    ("نعيمة", "Naima:70 Naïma:30", "Naima:60 Naeema:40", 3, 1, {}),
    ("أمينة", "Amina:90 Amena:10", "Amina:70 Amena:30", 3, 2, {}),
    ("سلمى", "Salma:85 Selma:15", "Salma:100", 3, 3, {"DZ": "Selma:60 Salma:40"}),
    ("نادية", "Nadia:85 Nadya:15", "Nadia:80 Nadya:20", 3, 2, {}),
    ("سميرة", "Samira:100", "Samira:70 Sameera:30", 2, 1, {}),
    ("هدى", "Houda:85 Huda:10 Hoda:5", "Hoda:70 Huda:30", 3, 3, {}),
    ("إيمان", "Imane:60 Iman:25 Imen:15", "Iman:60 Eman:40", 3, 3, {"TN": "Imen:80 Iman:20"}),
    ("سارة", "Sara:60 Sarah:40", "Sara:60 Sarah:40", 3, 3, {}),
    ("زينب", "Zineb:70 Zeineb:15 Zaynab:10 Zainab:5", "Zeinab:70 Zainab:30", 3, 2, {"TN": "Zeineb:80 Zaineb:20"}),
    ("أسماء", "Asmaa:50 Asma:50", "Asmaa:70 Asma:30", 2, 3, {}),
    ("نور", "Nour:90 Nur:10", "Nour:80 Noor:20", 2, 3, {}),
    ("منى", "Mouna:60 Mona:40", "Mona:100", 1, 3, {}),
    ("ياسمين", "Yasmine:70 Yasmina:20 Jasmine:10", "Yasmin:50 Yasmine:50", 2, 2, {}),
    ("رانيا", "Rania:100", "Rania:70 Ranya:30", 1, 2, {}),
    ("هبة", "Hiba:100", "Heba:80 Hiba:20", 1, 3, {}),
    ("آية", "Aya:100", "Aya:100", 1, 3, {}),
    ("سعاد", "Souad:85 Suad:15", "Soad:60 Suad:40", 2, 1, {}),
    ("لطيفة", "Latifa:100", "Latifa:60 Lateefa:40", 2, 1, {}),
    ("وفاء", "Wafa:60 Wafae:30 Ouafa:10", "Wafaa:70 Wafa:30", 2, 1, {}),
]  # fmt: skip
# Family names of the Maghreb: Arabic, spellings, weight per country (MA, DZ, TN).
FAMILIES = [
    ("العلوي", "Alaoui:70 El_Alaoui:20 Elalaoui:10", (6, 0, 0)),
    ("الإدريسي", "El_Idrissi:40 Idrissi:30 Elidrissi:15 El-Idrissi:15", (5, 0, 0)),
    ("العمراني", "El_Amrani:45 Amrani:35 Elamrani:20", (5, 1, 0)),
    ("بناني", "Bennani:90 Benani:10", (4, 0, 0)),
    ("التازي", "Tazi:80 Ettazi:20", (3, 0, 0)),
    ("برادة", "Berrada:95 Berada:5", (2, 0, 0)),
    ("الشرايبي", "Chraibi:90 Chraïbi:10", (2, 0, 0)),
    ("الوزاني", "Ouazzani:60 El_Ouazzani:30 Wazzani:10", (3, 0, 0)),
    ("لحلو", "Lahlou:100", (2, 0, 0)),
    ("بن موسى", "Benmoussa:50 Ben_Moussa:40 Ben_Mousa:10", (3, 1, 0)),
    ("آيت علي", "Ait_Ali:50 Aït_Ali:25 Aitali:15 Ait-Ali:10", (3, 3, 0)),
    ("الفاسي", "El_Fassi:50 Fassi:30 Elfassi:20", (3, 0, 0)),
    ("المنصوري", "Mansouri:50 El_Mansouri:40 Elmansouri:10", (3, 1, 0)),
    ("الحسني", "El_Hassani:50 Hassani:40 Elhassani:10", (3, 0, 0)),
    ("بن علي", "Benali:50 Ben_Ali:40 Ben-Ali:5 Bin_Ali:5", (3, 3, 4)),
    ("أوعلي", "Ouali:100", (1, 2, 0)),
    ("أمزيان", "Amziane:50 Amezian:30 Amzian:20", (1, 2, 0)),
    ("بوزيد", "Bouzid:100", (0, 4, 2)),
    ("بلقاسم", "Belkacem:80 Belgacem:20", (0, 4, 2)),
    ("بوضياف", "Boudiaf:100", (0, 2, 0)),
    ("ولد عباس", "Ould_Abbes:60 Ould-Abbes:20 Ouldabbes:10 Ould_Abbas:10", (0, 2, 0)),
    ("حداد", "Haddad:90 Hadad:10", (1, 4, 1)),
    ("بن يحيى", "Benyahia:50 Ben_Yahia:40 Ben_Yahya:10", (0, 3, 1)),
    ("السعيدي", "Saidi:60 Saïdi:30 Essaidi:10", (2, 2, 1)),
    ("زروقي", "Zerrouki:80 Zarrouki:20", (0, 2, 0)),
    ("مسعودي", "Messaoudi:90 Massoudi:10", (0, 3, 1)),
    ("الشريف", "Cherif:70 Chérif:20 Echerif:10", (1, 2, 0)),
    ("بن صالح", "Ben_Salah:50 Bensalah:40 Ben_Saleh:10", (0, 2, 4)),
    ("الطرابلسي", "Trabelsi:80 Trabelssi:5 Ettrabelsi:15", (0, 0, 5)),
    ("الجبالي", "Jebali:70 Jbali:20 Djebali:10", (0, 1, 3)),
    ("الغربي", "Gharbi:80 Elgharbi:20", (0, 0, 3)),
    ("المجري", "Mejri:90 Majri:10", (0, 0, 3)),
    ("الشاوش", "Chaouch:90 Chaouche:10", (0, 1, 2)),
    ("الهمامي", "Hammami:100", (0, 0, 3)),
    ("بن عمر", "Ben_Amor:40 Benamor:20 Ben_Omar:20 Benomar:20", (1, 0, 2)),
    ("الزياني", "Ziani:70 Zayani:30", (1, 2, 0)),
]  # fmt: skip
# Egyptian family names (the fourth name of the card: a family's, or a great-grandfather's).
EG_FAMILIES = [
    ("السيد", "El-Sayed:35 El_Sayed:30 Elsayed:25 Al_Sayed:10", 6),
    ("عبد الرحمن", "Abdel_Rahman:40 Abdelrahman:40 Abd_El_Rahman:20", 4),
    ("المصري", "El_Masry:50 Elmasry:30 Al_Masri:20", 3),
    ("فهمي", "Fahmy:90 Fahmi:10", 3),
    ("سليمان", "Soliman:70 Suleiman:20 Sliman:10", 3),
    ("شحاتة", "Shehata:80 Shehatah:10 Shahata:10", 3),
    ("نجيب", "Naguib:85 Nagib:15", 2),
    ("خليل", "Khalil:100", 3),
    ("رجب", "Ragab:90 Rajab:10", 2),
    ("الشناوي", "El_Shenawy:50 Elshenawy:30 El-Shinnawi:20", 2),
    ("النجار", "El_Naggar:60 Elnaggar:30 Al_Najjar:10", 3),
    ("عثمان", "Osman:80 Othman:20", 2),
    ("منصور", "Mansour:90 Mansor:10", 2),
    ("عبد الحميد", "Abdel_Hamid:50 Abdelhamid:35 Abd_El_Hamid:15", 2),
    ("حسن", "Hassan:70 Hasan:30", 4),
    ("محمود", "Mahmoud:85 Mahmood:15", 4),
    ("إبراهيم", "Ibrahim:80 Ebrahim:20", 4),
    ("مصطفى", "Mostafa:55 Mustafa:30 Moustafa:15", 3),
]  # fmt: skip

# Cities: (French or English name, {as written: weight}, Arabic, area code, CIN letters or the
# national id's governorate code)
CITIES = {
    "MA": [
        ("Casablanca", "Casablanca:80 Casa:15 CASABLANCA:5", "الدار البيضاء", "0522", ["BE", "BH", "BJ", "BK", "BL", "B"], 30),
        ("Rabat", "Rabat:100", "الرباط", "0537", ["A", "AB", "AD", "AE"], 12),
        ("Marrakech", "Marrakech:75 Marrakesh:15 Marakech:10", "مراكش", "0524", ["E", "EE"], 10),
        ("Fès", "Fès:50 Fes:40 Fez:10", "فاس", "0535", ["C", "CD"], 10),
        ("Tanger", "Tanger:80 Tangier:15 Tangér:5", "طنجة", "0539", ["K", "KB"], 9),
        ("Agadir", "Agadir:100", "أكادير", "0528", ["J", "JB"], 6),
        ("Meknès", "Meknès:50 Meknes:50", "مكناس", "0535", ["D", "DA"], 6),
        ("Oujda", "Oujda:100", "وجدة", "0536", ["F", "FA"], 5),
        ("Kénitra", "Kénitra:50 Kenitra:50", "القنيطرة", "0537", ["G", "GA"], 5),
    ],
    "DZ": [
        ("Alger", "Alger:70 Algiers:10 Alger_Centre:10 ALGER:10", "الجزائر", "021", ["16"], 30),
        ("Oran", "Oran:100", "وهران", "041", ["31"], 14),
        ("Constantine", "Constantine:90 Constantinne:10", "قسنطينة", "031", ["25"], 10),
        ("Annaba", "Annaba:100", "عنابة", "038", ["23"], 7),
        ("Blida", "Blida:100", "البليدة", "025", ["09"], 8),
        ("Sétif", "Sétif:50 Setif:50", "سطيف", "036", ["19"], 8),
        ("Tizi Ouzou", "Tizi_Ouzou:80 Tizi-Ouzou:20", "تيزي وزو", "026", ["15"], 7),
        ("Béjaïa", "Béjaïa:40 Bejaia:50 Bougie:10", "بجاية", "034", ["06"], 6),
    ],
    "TN": [
        ("Tunis", "Tunis:100", "تونس", "71", ["0", "1"], 40),
        ("Sfax", "Sfax:100", "صفاقس", "74", ["0", "1"], 18),
        ("Sousse", "Sousse:100", "سوسة", "73", ["0", "1"], 14),
        ("Bizerte", "Bizerte:90 Binzert:10", "بنزرت", "72", ["0", "1"], 8),
        ("Nabeul", "Nabeul:100", "نابل", "72", ["0", "1"], 8),
        ("Monastir", "Monastir:100", "المنستير", "73", ["0", "1"], 7),
    ],
    "EG": [
        ("Cairo", "Cairo:70 CAIRO:15 Al_Qahirah:5 El_Qahera:10", "القاهرة", "02", ["01"], 35),
        ("Giza", "Giza:70 El_Giza:20 Gizeh:10", "الجيزة", "02", ["21"], 18),
        ("Alexandria", "Alexandria:80 Alex:15 Alexandrie:5", "الإسكندرية", "03", ["02"], 14),
        ("Qalyubia", "Qalyubia:60 Kalyoubia:25 Qaliubiya:15", "القليوبية", "013", ["14"], 7),
        ("Dakahlia", "Dakahlia:60 Dakahleya:25 El_Dakahlia:15", "الدقهلية", "050", ["12"], 7),
        ("Sharqia", "Sharqia:50 Sharkia:30 El_Sharkia:20", "الشرقية", "055", ["13"], 7),
        ("Gharbia", "Gharbia:70 Gharbeya:30", "الغربية", "040", ["16"], 5),
        ("Asyut", "Asyut:50 Assiut:40 Assyout:10", "أسيوط", "088", ["25"], 4),
        ("Minya", "Minya:50 El_Minya:30 Menia:20", "المنيا", "086", ["24"], 3),
    ],
}  # fmt: skip
COUNTRY_NAMES = {
    "MA": ("Maroc", "المغرب"),
    "DZ": ("Algérie", "الجزائر"),
    "TN": ("Tunisie", "تونس"),
    "EG": ("Egypt", "مصر"),
}
DIAL = {"MA": "212", "DZ": "213", "TN": "216", "EG": "20"}
STREETS = {
    "MA": ["Rue Ibn Batouta", "Bd Mohammed V", "Avenue Hassan II", "Rue Moulay Ismail", "Bd Zerktouni",
           "Hay Mohammadi", "Hay Salam", "Derb Sultan", "Rue de Fès", "Av. des FAR"],
    "DZ": ["Rue Didouche Mourad", "Cité 1200 Logements", "Bd Mohamed Khemisti", "Cité El Badr",
           "Rue Larbi Ben M'hidi", "Cité AADL", "Rue Hassiba Ben Bouali", "Cité 500 Logts"],
    "TN": ["Avenue Habib Bourguiba", "Rue de Marseille", "Cité Ennasr", "Rue Ibn Khaldoun",
           "Av. de la Liberté", "Cité El Khadra", "Route de Gabès km 4"],
    "EG": ["Gamal Abdel Nasser St", "El Tahrir St", "Abbas El Akkad St", "Makram Ebeid St",
           "El Haram St", "Faisal St", "Shubra St", "El Geish St", "26th of July St"],
}  # fmt: skip
MOBILE_PREFIX = {
    "MA": ["61", "62", "63", "66", "67", "68", "70", "71", "76", "77"],
    "DZ": ["55", "56", "66", "67", "69", "77", "79", "54"],
    "TN": ["2", "5", "9", "4"],
    "EG": ["10", "11", "12", "15"],
}
DOMAINS = {
    "MA": "gmail.com:45 hotmail.com:15 hotmail.fr:12 yahoo.fr:10 menara.ma:5 outlook.fr:8 live.fr:5",
    "DZ": "gmail.com:55 hotmail.com:10 hotmail.fr:10 yahoo.fr:15 outlook.fr:10",
    "TN": "gmail.com:55 hotmail.fr:15 yahoo.fr:15 topnet.tn:5 outlook.fr:10",
    "EG": "gmail.com:50 yahoo.com:25 hotmail.com:20 outlook.com:5",
}
TITLES = {"M": ["M.", "Mr", "Si", "Hajj", "Monsieur"], "F": ["Mme", "Mlle", "Madame", "Hajja"]}
CARE_TOPICS = ["réclamation facture", "problème réseau", "شكوى", "recharge non reçue", "portabilité",
               "card blocked", "transfer failed", "تفعيل المحفظة", "code PIN"]  # fmt: skip


def nid_check(body: str) -> str:
    """A check digit for the Egyptian national id (weighted sum modulo 11)."""
    weights = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return str((11 - r) % 10)


class Maghreb(Draws):
    SLIP_LETTERS = "aeiounhrl"

    # ------------------------------------------------------------ population
    def given_name(self, country: str, sex: str) -> tuple:
        table = MALE if sex == "M" else FEMALE
        k = 3 if country in MAGHREB else 4
        return self.rnd.choices(table, [e[k] for e in table])[0]

    def spellings(self, entry: tuple, country: str) -> dict[str, int]:
        """The spellings of a given name in ``country``."""
        _, fr, en, _, _, own = entry
        return sp(own.get(country) or (en if country == "EG" else fr))

    def family_name(self, country: str) -> tuple[str, dict]:
        if country == "EG":
            ar, s, _ = self.rnd.choices(EG_FAMILIES, [e[2] for e in EG_FAMILIES])[0]
            return ar, sp(s)
        k = MAGHREB.index(country)
        ar, s, _ = self.rnd.choices(FAMILIES, [e[2][k] for e in FAMILIES])[0]
        return ar, sp(s)

    def city(self, country: str) -> tuple:
        table = CITIES[country]
        return self.rnd.choices(table, [c[-1] for c in table])[0]

    def mobile(self, country: str) -> str:
        """A mobile number without its trunk 0 or country code."""
        r = self.rnd
        pre = r.choice(MOBILE_PREFIX[country])
        n = {"MA": 9, "DZ": 9, "TN": 8, "EG": 10}[country]
        return self.unique(lambda: pre + self.digits(n - len(pre)))

    def landline(self, country: str, city: tuple) -> str:
        code = city[3]
        if country == "MA":
            return self.unique(lambda: code[1:] + self.digits(6))
        if country == "DZ":
            return self.unique(lambda: code[1:] + self.digits(6))
        if country == "TN":
            return self.unique(lambda: code + self.digits(6))
        if code == "02":  # Cairo and Giza: eight digits after the code, elsewhere seven
            return self.unique(lambda: "2" + self.digits(8))
        return self.unique(lambda: code[1:] + self.digits(7))

    def home(self, country: str, city: tuple | None = None) -> dict:
        r = self.rnd
        city = city or self.city(country)
        street = r.choice(STREETS[country])
        if country == "EG":
            line = f"{r.randint(1, 120)} {street}" + (
                f", Apt {r.randint(1, 30)}" if r.random() < 0.5 else ""
            )
        elif street.startswith(("Cité", "Hay", "Derb")):
            line = f"{street} Bloc {r.randint(1, 40)} N° {r.randint(1, 200)}"
        else:
            line = f"{r.randint(1, 250)} {street}"
        return dict(country=country, city=city, line=line)

    def person(self, country: str, sex: str, dob: dt.date, home: dict, fam: tuple, **kw) -> dict:
        r = self.rnd
        g = kw.pop("given", None) or self.given_name(country, sex)
        self.next_pid = getattr(self, "next_pid", 0) + 1
        p = dict(pid=self.next_pid, country=country, sex=sex, dob=dob, home=home, fam=fam, given=g,
                 moved=None, mobiles=[], emails=[], old_mobile=None, hh=None)  # fmt: skip
        p.update(kw)
        # the spellings on one's papers, which the administrative systems copy
        p["g_sp"] = wpick(r, self.spellings(g, country))
        p["f_sp"] = wpick(r, fam[1])
        p["father_sp"] = wpick(r, self.spellings(p["father"], country)) if p.get("father") else None
        p["gf_sp"] = wpick(r, self.spellings(p["gfather"], country)) if p.get("gfather") else None
        # presumed birth dates: the old of the Maghreb, born where no one wrote the day down
        if country in MAGHREB and dob.year < 1965 and r.random() < 0.3:
            p["dob"] = dt.date(dob.year, 1, 1)
        # a national id
        if country == "MA":
            p["idn"] = self.unique(lambda: r.choice(home["city"][4]) + str(r.randint(1, 999999)))
        elif country == "DZ":
            p["idn"] = self.unique(lambda: "1" + ("0" if sex == "M" else "1") + f"{dob:%y}"
                                   + home["city"][4][0] + self.digits(12))  # fmt: skip
        elif country == "TN":
            p["idn"] = self.unique(lambda: r.choice("01") + self.digits(7))
        else:
            seq = self.digits(3) + str(r.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
            gov = r.choice(CITIES["EG"])[4][0] if r.random() < 0.3 else home["city"][4][0]
            body = ("2" if dob.year < 2000 else "3") + f"{dob:%y%m%d}" + gov + seq
            p["idn"] = self.unique(lambda: body + nid_check(body))
        p["birth_city"] = home["city"][0] if r.random() < 0.7 else self.city(country)[0]
        return p

    def population(self) -> None:
        r = self.rnd
        self.households: list[dict] = []
        clans: dict[tuple, tuple] = {}
        while len(self.persons) < self.n:
            country = wpick(r, COUNTRIES)
            home = self.home(country)
            key = (country, home["city"][0])
            if key in clans and r.random() < 0.2:  # cousins: another household of the family
                fam = clans[key]
            else:
                fam = self.family_name(country)
                clans[key] = fam
            hh = dict(members=[], landline=None, country=country)
            if r.random() < (0.35 if country in MAGHREB else 0.45):
                hh["landline"] = self.landline(country, home["city"])
            kind = wpick(r, {"single": 25, "couple": 20, "family": 45, "extended": 10})
            head_sex = "M" if r.random() < 0.85 else "F"
            # an Egyptian's father and grandfather (given names) and a Tunisian's father's
            father, gfather = self.given_name(country, "M"), self.given_name(country, "M")
            head = self.person(
                country, head_sex, self.dob(28, 78), home, fam, father=father, gfather=gfather
            )
            members = [head]
            if kind != "single":
                spouse_sex = "F" if head_sex == "M" else "M"
                sfam = self.family_name(country)
                sp_ = self.person(country, spouse_sex, self.dob(25, 75), home, sfam,
                                  father=self.given_name(country, "M"), gfather=self.given_name(country, "M"))  # fmt: skip
                members.append(sp_)
            if kind in ("family", "extended"):
                dad = head if head_sex == "M" else members[1]
                for _ in range(r.randint(1, 4)):
                    age_hi = max(17, min(40, (TODAY - dad["dob"]).days / 365.25 - 20))
                    kid_sex = r.choice("MF")
                    given = None
                    if kid_sex == "M" and r.random() < 0.15:  # named after the grandfather
                        given = dad["father"]
                    kid = self.person(country, kid_sex, self.dob(16, age_hi), home, dad["fam"],
                                      father=dad["given"], gfather=dad["father"], given=given)  # fmt: skip
                    kid["g_sp"] = (
                        kid["g_sp"] if given is None else wpick(r, self.spellings(given, country))
                    )
                    kid["parent"] = dad
                    members.append(kid)
            if kind == "extended":  # an old parent living with the family
                old = self.person(country, r.choice("MF"), self.dob(70, 92), home,
                                  head["fam"] if r.random() < 0.5 else self.family_name(country),
                                  father=self.given_name(country, "M"), gfather=self.given_name(country, "M"))  # fmt: skip
                old["son"] = head
                members.append(old)
            for p in members:
                p["hh"] = hh
                self.equip(p)
            hh["members"] = members
            self.households.append(hh)
            self.persons.extend(members)
        # closed lines given out again to a stranger
        for p in r.sample(self.persons, len(self.persons) // 30):
            q = r.choice(self.persons)
            if q is not p and q["country"] == p["country"]:
                old = self.mobile(p["country"])
                p["old_mobile"] = old
                q["mobiles"].append(old)

    def equip(self, p: dict) -> None:
        """One's lines, e-mails, a move."""
        r = self.rnd
        c = p["country"]
        age = (TODAY - p["dob"]).days / 365.25
        n = wpick(r, {0: 6, 1: 60, 2: 27, 3: 7}) if age >= 18 else wpick(r, {0: 25, 1: 70, 2: 5})
        p["mobiles"] = [self.mobile(c) for _ in range(n)]
        if r.random() < (0.6 if age < 55 else 0.25):
            p["emails"].append(self.email(p))
            if r.random() < 0.15:
                p["emails"].append(self.email(p))
        if r.random() < 0.2:
            same = c != "EG" or r.random() < 0.5
            p["moved"] = self.home(c, None if same else CITIES["EG"][0])
            p["moved_on"] = dt.date(r.randint(2012, 2025), r.randint(1, 12), 1)

    def email(self, p: dict) -> str:
        r = self.rnd
        g = p["g_sp"].lower().replace(" ", "").replace("-", "")
        f = p["f_sp"].lower().replace(" ", "").replace("-", "")
        g, f = (self.ascii(x) for x in (g, f))
        if g.startswith("moham") and r.random() < 0.4:
            g = "med"
        y = str(p["dob"].year)
        local = wpick(r, {f"{g}.{f}": 30, f"{f}.{g}": 10, f"{g[0]}.{f}": 12, f"{g}{f}": 12,
                          f"{g}{y[2:]}": 12, f"{g}.{f}{y}": 8, f"{g}_{f}": 8, f"{f}{g[0]}": 8})  # fmt: skip
        dom = wpick(r, sp(DOMAINS[p["country"]]))
        return self.unique(
            lambda: local + wpick(r, {"": 65, str(r.randint(1, 99)): 35}) + "@" + dom
        )

    @staticmethod
    def ascii(s: str) -> str:
        return s.translate(str.maketrans("éèëïîçà", "eeeiica"))

    # ------------------------------------------------------------ how systems see a person
    def now(self, p: dict, when: dt.date) -> dict:
        """One's home as known on ``when``."""
        if p["moved"] and when >= p["moved_on"]:
            return p["moved"]
        return p["home"]

    def when(self, lo: int = 2008) -> dt.date:
        return dt.date(
            self.rnd.randint(min(lo, 2025), 2025), self.rnd.randint(1, 12), self.rnd.randint(1, 28)
        )

    def g_latin(self, p: dict, own: float) -> str:
        """The given name in Latin letters: one's papers' spelling, or another."""
        if self.rnd.random() < own:
            return p["g_sp"]
        return wpick(self.rnd, self.spellings(p["given"], p["country"]))

    def f_latin(self, p: dict, own: float) -> str:
        if self.rnd.random() < own:
            return p["f_sp"]
        return wpick(self.rnd, p["fam"][1])

    def arabic(self, text: str) -> str:
        """``text`` as typed in Arabic letters: hamzas, ة, ى and the article's space each way."""
        return arabic_typed(self.rnd, text, bin_joined=True)

    def phone(self, num: str | None, country: str, style: str) -> str | None:
        if not num:
            return None
        cc = DIAL[country]
        nat = num if country == "TN" else "0" + num
        if style == "nat":
            return nat
        if style == "intl":
            return f"+{cc}{num}"
        if style == "00":
            return f"00{cc}{num}"
        if style == "cc":
            return f"{cc}{num}"
        if style == "spaced":
            if country in ("MA", "DZ") and len(nat) == 10:
                return " ".join(nat[i : i + 2] for i in range(0, 10, 2))
            if country == "TN":
                return f"{nat[:2]} {nat[2:5]} {nat[5:]}"
            return f"{nat[:3]} {nat[3:7]} {nat[7:]}"
        if style == "intl_spaced":
            if country == "TN":
                return f"+{cc} {num[:2]} {num[2:5]} {num[5:]}"
            if country == "EG":
                return f"+{cc} {num[:2]} {num[2:6]} {num[6:]}"
            return f"+{cc} {num[0]} {' '.join(num[i : i + 2] for i in range(1, 9, 2))}"
        raise ValueError(style)

    def line_of(self, p: dict, old: float = 0.05) -> str | None:
        r = self.rnd
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"]
        if not p["mobiles"]:
            return None
        return p["mobiles"][0] if r.random() < 0.75 else r.choice(p["mobiles"])

    def family_line(self, p: dict) -> str | None:
        """A number a person without a line of their own gives: a parent's, the landline."""
        hh = p["hh"]
        others = [
            q
            for q in hh["members"]
            if q is not p and q["mobiles"] and (TODAY - q["dob"]).days > 25 * 365
        ]
        if others and self.rnd.random() < 0.7:
            return others[0]["mobiles"][0]
        return hh["landline"]

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"systeme": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def kyc(
        self, holder: dict, number: str, status: str = "Actif", client: str | None = None
    ) -> str:
        r = self.rnd
        p = holder
        c = p.get("abroad") or p["country"]
        joined = self.when(max(2008, p["dob"].year + 16))
        h = self.now(p, joined)
        nom = self.typo(self.f_latin(p, 0.9), 0.02)
        pre = self.typo(self.g_latin(p, 0.9), 0.02)
        if pre.startswith("Moh") and r.random() < 0.04:
            pre = "Med"
        if p["country"] == "TN" and p.get("father") and r.random() < 0.2:
            pre = f"{pre} Ben {p['father_sp']}"
        if p["country"] == "EG":
            pre = f"{pre} {p['father_sp']}"
        nom = nom.upper() if r.random() < 0.8 else nom
        pre = pre.upper() if r.random() < 0.3 else pre
        if r.random() < 0.04:
            nom, pre = pre, nom
        idn = p["idn"]
        kind = {"MA": "CNIE", "DZ": "NIN", "TN": "CIN", "EG": "Passeport"}[p["country"]]
        if kind == "Passeport":
            idn = p.setdefault("passport", self.unique(lambda: "A" + self.digits(8)))
        elif kind == "CNIE" and r.random() < 0.2:
            idn = wpick(
                r,
                {
                    idn.lower(): 30,
                    f"{idn[:2]} {idn[2:]}" if idn[1].isalpha() else f"{idn[0]} {idn[1:]}": 70,
                },
            )
        elif r.random() < 0.02:  # a digit mistyped
            i = r.randrange(len(idn) - 4, len(idn))
            idn = idn[:i] + str(r.randrange(10)) + idn[i + 1 :]
        city = wpick(r, sp(h["city"][1]))
        self.add("KYC_MOBILE", p, {
            "num_client": client or self.unique(lambda: "C" + self.digits(9)),
            "nom": nom,
            "prénom": pre,
            "date_de_naissance": f"{p['dob']:%d/%m/%Y}" if r.random() < 0.95 else None,
            "lieu_de_naissance": p["birth_city"] if r.random() < 0.7 else None,
            "type_piece": kind if r.random() < 0.9 else "CIN",
            "CIN": idn if r.random() < 0.96 else None,
            "num_ligne": self.phone(number, c, wpick(r, {"nat": 40, "spaced": 25, "intl": 20, "00": 10, "intl_spaced": 5})),
            "adresse": self.typo(h["line"], 0.05) if h["country"] in MAGHREB and r.random() < 0.85 else None,
            "ville": city if h["country"] in MAGHREB else wpick(r, sp(self.city(c)[1])),
            "pays": wpick(r, {c: 60, COUNTRY_NAMES[c][0]: 40}),
            "date_activation": f"{joined:%d/%m/%Y}",
            "statut": status,
        })  # fmt: skip
        return client or ""

    def bank(self, p: dict, stale: bool = False) -> None:
        r = self.rnd
        opened = self.when(max(2000, p["dob"].year + 18))
        if stale:
            opened = dt.date(min(opened.year, 2014), opened.month, opened.day)
        h = self.now(p, opened)
        if p["country"] == "EG":
            parts = [self.g_latin(p, 0.92), p["father_sp"], p["gf_sp"], self.f_latin(p, 0.92)]
            n = wpick(r, {4: 65, 3: 30, 2: 5})
            parts = parts[:n] if n > 2 else [parts[0], parts[3]]
            name = " ".join(self.typo(x, 0.015) for x in parts)
            nid = p["idn"] if r.random() < 0.96 else None
            if nid and r.random() < 0.02:
                i = r.randrange(7, 13)
                nid = nid[:i] + str(r.randrange(10)) + nid[i + 1 :]
            passport = None
        else:
            name = f"{self.g_latin(p, 0.9)} {self.f_latin(p, 0.9)}"
            nid, passport = (
                None,
                p.setdefault("passport", self.unique(lambda: "P" + self.digits(8))),
            )
        name = name.upper() if r.random() < 0.55 else name
        mob = self.line_of(p, 0.3 if stale else 0.05)
        if not mob:
            mob = self.family_line(p)
        gov = h["city"] if h["country"] == "EG" else CITIES["EG"][0]
        self.add("CORE_BANK", p, {
            "customer_id": self.unique(lambda: str(r.randint(1, 9)) + self.digits(9)),
            "customer_name": name,
            "national_id": nid,
            "passport_no": passport,
            "mobile": self.phone(mob, p["country"], wpick(r, {"nat": 60, "intl": 25, "cc": 10, "00": 5}))
            if mob and r.random() < 0.95 else None,
            "dob": f"{p['dob']:%Y-%m-%d}" if r.random() < 0.9 else None,
            "gender": wpick(r, {("Male" if p["sex"] == "M" else "Female"): 60, p["sex"]: 40}),
            "governorate": wpick(r, sp(gov[1])) if r.random() < 0.9 else None,
            "address": (h["line"] if h["country"] == "EG" else f"{r.randint(1, 99)} {r.choice(STREETS['EG'])}")
            if r.random() < 0.8 else None,
            "email": (p["emails"][0] if p["emails"] and r.random() < 0.6 else None),
            "open_date": f"{opened:%Y-%m-%d}",
        })  # fmt: skip

    def arabic_name(self, p: dict) -> str:
        r = self.rnd
        g, f = p["given"][0], p["fam"][0]
        if p["country"] == "EG":
            fa, gf = p["father"][0], p["gfather"][0]
            parts = wpick(
                r, {(g, fa, gf, f): 30, (g, fa, gf): 20, (g, fa): 30, (g, f): 15, (g, fa, f): 5}
            )
        elif p["country"] == "TN" and r.random() < 0.15:
            parts = (g, "بن", p["father"][0], f)
        else:
            parts = (g, f) if r.random() < 0.85 else (f, g)
        return self.arabic(" ".join(parts))

    def wallet(self, p: dict) -> None:
        r = self.rnd
        c = p["country"]
        joined = self.when(2016)
        h = self.now(p, joined)
        if r.random() < (0.72 if c == "EG" else 0.6):
            name = self.arabic_name(p)
        else:
            g, f = self.g_latin(p, 0.7), self.f_latin(p, 0.7)
            if c == "EG" and r.random() < 0.5:
                f = p["father_sp"]
            name = self.typo(f"{g} {f}", 0.05)
            name = wpick(r, {name: 60, name.lower(): 25, name.upper(): 15})
        mob = self.line_of(p, 0.05)
        if not mob or r.random() < 0.03:
            mob = self.family_line(p)
        indic = r.random() < (0.45 if c == "EG" else 0.08)
        tel = self.phone(mob, c, wpick(r, {"nat": 55, "intl": 30, "00": 5, "spaced": 10}))
        dob = None
        if r.random() < 0.65:
            dob = p["dob"].strftime(wpick(r, {"%Y-%m-%d": 40, "%d/%m/%Y": 45, "%Y/%m/%d": 15}))
        if indic:
            tel = tel.translate(ARABIC_DIGITS) if tel else tel
            dob = dob.translate(ARABIC_DIGITS) if dob else dob
        idn = None
        if r.random() < 0.25:
            idn = p["idn"]
            if c == "TN" and idn.startswith("0") and r.random() < 0.5:
                idn = idn[1:]
            if indic:
                idn = idn.translate(ARABIC_DIGITS)
        self.add("WALLET", p, {
            "رقم الحساب": self.unique(lambda: "W" + self.digits(10)),
            "الاسم الكامل": name,
            "رقم الهاتف": tel,
            "البريد الإلكتروني": r.choice(p["emails"]) if p["emails"] and r.random() < 0.7 else None,
            "تاريخ الميلاد": dob,
            "المدينة": h["city"][2] if r.random() < 0.8 else None,
            "الدولة": COUNTRY_NAMES[c][1] if r.random() < 0.85 else None,
            "رقم الهوية": idn,
            "الجنس": ("ذكر" if p["sex"] == "M" else "أنثى") if r.random() < 0.6 else None,
        })  # fmt: skip

    def handle(self, p: dict) -> str:
        r = self.rnd
        if "handle" not in p:
            g = self.ascii(p["g_sp"].lower().replace(" ", "").replace("-", ""))
            f = self.ascii(p["f_sp"].lower().replace(" ", "").replace("-", ""))
            p["handle"] = self.unique(lambda: wpick(r, {
                f"{g}.{f}": 25, f"{g}_{f}": 20, f"{g}{f}{r.randint(1, 99)}": 20,
                f"{g}{p['dob'].year % 100:02d}": 15, f"{g[:4]}_{f[:4]}": 10, f"the_{g}": 10,
            }))  # fmt: skip
        return p["handle"]

    def care(self, p: dict) -> None:
        r = self.rnd
        c = p["country"]
        canal = wpick(
            r, {"Appel": 35, "WhatsApp": 25, "Facebook": 20, "Instagram": 10, "Email": 10}
        )
        g, f = self.g_latin(p, 0.6), self.f_latin(p, 0.6)
        if g.startswith("Moh") and r.random() < 0.15:
            g = "Med"
        form = wpick(r, {"fam_first": 30, "given_first": 35, "title_fam": 8, "title_given": 7,
                         "given_only": 8, "arabic": 7, "initial": 5})  # fmt: skip
        if c == "EG" and form in ("fam_first",):
            form = "given_father"
        name = {
            "fam_first": f"{f.upper()} {g}",
            "given_first": f"{g} {f}",
            "given_father": f"{g} {p['father_sp']}",
            "title_fam": f"{r.choice(TITLES[p['sex']])} {f}",
            "title_given": f"{r.choice(TITLES[p['sex']])} {g}",
            "given_only": g,
            "arabic": self.arabic_name(p),
            "initial": f"{g} {f[0]}.",
        }[form]
        name = self.typo(name, 0.06)
        name = name.lower() if r.random() < 0.15 else name
        social = canal in ("Facebook", "Instagram")
        handle = None
        if social and r.random() < 0.8:
            handle = "@" + self.handle(p) if r.random() < 0.6 else self.handle(p)
            if r.random() < 0.6:
                name = None
        tel = None
        if canal in ("Appel", "WhatsApp") or r.random() < 0.3:
            tel = self.line_of(p, 0.05)
            if not tel or r.random() < 0.05:  # a relative's phone
                tel = self.family_line(p)
            style = (
                "intl" if canal == "WhatsApp" else wpick(r, {"nat": 60, "spaced": 20, "intl": 20})
            )
            tel = self.phone(tel, c, style)
        mail = (
            r.choice(p["emails"])
            if p["emails"] and (canal == "Email" or r.random() < 0.25)
            else None
        )
        h = self.now(p, self.when(2019))
        self.add("SERVICE_CLIENT", p, {
            "ticket": self.unique(lambda: "TK-" + self.digits(7)),
            "canal": canal,
            "nom_complet": name,
            "handle": handle,
            "telephone": tel,
            "email": mail,
            "ville": wpick(r, sp(h["city"][1])) if r.random() < 0.3 else None,
            "motif": r.choice(CARE_TOPICS),
        })  # fmt: skip

    # ------------------------------------------------------------ all records
    def records(self) -> pd.DataFrame:
        r = self.rnd
        for hh in self.households:
            for p in hh["members"]:
                c = p["country"]
                age = (TODAY - p["dob"]).days / 365.25
                n0 = len(self.rows)
                maghreb = c in MAGHREB
                # lines: held in one's own name, a parent's (a teenager's) or a son's (the old)
                if not maghreb and r.random() < 0.04:  # working in the Maghreb: a line there
                    p["abroad"] = r.choice(MAGHREB)
                    self.kyc(p, self.mobile(p["abroad"]))
                elif maghreb:
                    client = self.unique(lambda: "C" + self.digits(9)) if r.random() < 0.5 else None
                    for i, num in enumerate(p["mobiles"]):
                        holder = p
                        if age < 21 and p.get("parent") and r.random() < 0.4:
                            holder = p["parent"]
                        elif age >= 70 and p.get("son") and r.random() < 0.35:
                            holder = p["son"]
                        if r.random() < (0.92 if i == 0 else 0.7):
                            self.kyc(holder, num, client=client if holder is p else None)
                            if r.random() < 0.15:  # identified again in an operator's campaign
                                self.kyc(holder, num)
                    if p["old_mobile"] and r.random() < 0.4:
                        self.kyc(p, p["old_mobile"], status="Résilié")
                # the bank: Egyptians, and Maghrebi living in Cairo
                if (not maghreb and age >= 18 and r.random() < 0.9) or (
                    maghreb and r.random() < 0.03
                ):
                    self.bank(p)
                    if r.random() < 0.15:
                        self.bank(p, stale=True)
                if age < 70 and r.random() < (0.8 if not maghreb else 0.7):
                    self.wallet(p)
                    if r.random() < 0.1:  # a second account, after a new phone
                        self.wallet(p)
                if r.random() < (0.5 if not maghreb else 0.45):
                    self.care(p)
                    while r.random() < 0.35:
                        self.care(p)
                if len(self.rows) == n0:  # everyone is in the file somewhere
                    if maghreb and p["mobiles"]:
                        self.kyc(p, p["mobiles"][0])
                    elif maghreb:
                        self.wallet(p)
                    else:
                        self.bank(p)
        return self.shuffled("row_id", "R")


def maghreb(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Maghreb.frame(persons, seed, "row_id")
