"""A Baltic bank, telco and e-shop group's customers (Lithuanians, Latvians, Estonians, the
Russian speakers of Riga, Daugavpils, Tallinn and Narva, and a few Western expats in Riga): a
Lithuanian bank's core, a Latvian mobile operator, an Estonian e-shop with ID-card login, the
group's pan-Baltic loyalty app and a Russian-language customer-care desk, stacked in one file
(a ``system`` column; a column of the same name in two systems is one column).

* Lithuanian bank (``LT_BANKAS``): ``Kliento Nr.``, ``Vardas``, ``Pavardė`` (now and then in
  capitals, an old core's without the diacritics: ``KAZLAUSKIENE``), ``Asmens kodas`` (eleven
  digits: the century and sex, ``YYMMDD``, a serial and the check digit of the two weight
  series), ``Gimimo data`` (``1985-03-14``, ``1985.03.14``), ``Lytis`` (``V``/``M``),
  ``Adresas`` (``Gedimino pr. 12-5, LT-01103 Vilnius``, ``Vilnius, Žirmūnų g. 45``),
  ``Telefonas`` (``+370 612 34567``, ``8 612 34567`` with the old trunk 8, ``861234567``, ``0 612
  34567`` with the new one), ``Namų telefonas`` (a household's landline, ``(8 5) 212 3456``),
  ``El. paštas`` and ``Sutuoktinis`` (the spouse's name). A customer is typed again for a
  second product; a married woman's old account keeps her maiden name.
* Latvian telco (``LV_TELCO``), one row per line: ``Klienta Nr.``, ``Vārds``, ``Uzvārds``
  (Latvian forms: Russians as ``Sergejs Ivanovs``, ``Jeļena Kuzņecova``; expats with Latvian
  endings, ``Džons Smits``, or as in their passport), ``Personas kods`` (``DDMMYY-CNNNN`` with its
  check digit, or the ``32NNNN-NNNNN`` code without a birth date (nor, as far as is published, a
  check digit) that some asked for since 2017: such a person's older lines keep the old code),
  ``Dzimšanas datums`` (``14.03.1985``),
  ``Adrese`` (``Brīvības iela 5-12, Rīga, LV-1010``, ``Brīvības iela 5 dz. 12, Rīga``),
  ``Tālrunis`` (the line: ``+371 29 123 456``, ``29123456``, ``00371 29123456``), ``E-pasts``,
  ``Līguma datums`` (the contract's date, no birth date), ``Kontaktpersona`` and
  ``Kontaktpersonas tālrunis`` (a relative's). A child's line is in a parent's name and code
  (the record is the parent's).
* Estonian e-shop (``EE_EPOOD``): ``Kliendi ID``, ``Eesnimi``, ``Perekonnanimi``, ``Isikukood``
  (the same rule as Lithuania's; with an ID-card login the names come from the card's
  certificate in capitals), ``e-post``, ``Telefon`` (``+372 5123 4567``, ``51234567``),
  ``Aadress`` (``Narva mnt 5-12, 10117 Tallinn``), ``Sünniaeg`` (``14.03.1985``),
  ``Tellimuse kuupäev`` (an order's date), ``Saaja nimi`` / ``Saaja telefon`` (the parcel's
  recipient: often someone else in the household). Latvians and Lithuanians order too, without
  an isikukood.
* Loyalty app (``LOYALTY``), English columns typed by the customers on their phones:
  ``member_id``, ``first_name``, ``last_name`` (diacritics dropped, ``š`` as ``sh``, ``ä`` as
  ``ae``, Latvian typed the old way, ``Berzinsh``; Russians in English letters, ``Sergey
  Ivanov``; a married woman's maiden name now and then), ``email``, ``phone``, ``birth_date``
  (``1985-03-14``, ``14/03/1985``), ``country``, ``city``, ``gender``. A second account now and
  then.
* Customer-care desk (``KONTAKT_CENTRS``), a Russian-language line, one row per call:
  ``Номер обращения``, ``ФИО`` (Russian speakers in Cyrillic, family name first, the patronymic
  now and then: ``Иванов Сергей Петрович``; the others in Latin or written by ear in Cyrillic:
  ``Берзиньш Янис``), ``Телефон``, ``Дата рождения`` (``14.03.1985``, ``14.03.85``), ``Личный код``
  (as said on the phone), ``Эл. почта``, ``Город`` and ``Контактное лицо`` (who called for them).

Names: Lithuanian surnames gendered three ways (Kazlauskas; his wife Kazlauskienė; his
unmarried daughter Kazlauskaitė; since 2003 the neutral Kazlauskė), Latvian two (Bērziņš /
Bērziņa, Jansons / Jansone), Estonian none; Russian ones by sex (Иванов / Иванова) and spelt
apart in each country (Latvian Ivanovs, Estonian Ivanov, Lithuanian Ivanovas, English Ivanov);
given names likewise (Сергей: Sergejs, Sergei, Sergejus, Sergey). Women take the husband's
name at marriage (Latvian and Russian forms, Lithuanian -ienė or the neutral form) or keep
theirs. Sons named after fathers, households sharing a landline, an address and a family
e-mail, relatives as contacts and parcel recipients.

What makes it hard: one family's surname in up to four forms, a woman's maiden and married
names in different systems, Russian names in four Latin spellings and Cyrillic, Latvian names
written back in Cyrillic by ear, the same rule for two countries' eleven-digit codes, Latvian
codes changed to ones without a birth date, contract and order dates beside birth dates,
``8``/``0``/``+370`` trunks, parents' lines for children, and typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import baltic_personal_digit, latvia_personal_digit
from draws import TODAY, Draws, wpick

#: Given names: {own spelling: ({spelling: weight}, weight)}.
LT_M = {
    "Jonas": ({"Jonas": 1}, 20), "Petras": ({"Petras": 1}, 10), "Antanas": ({"Antanas": 1}, 12),
    "Tomas": ({"Tomas": 1}, 14), "Mindaugas": ({"Mindaugas": 1}, 12), "Darius": ({"Darius": 1}, 11),
    "Andrius": ({"Andrius": 1}, 12), "Marius": ({"Marius": 1}, 10), "Vytautas": ({"Vytautas": 1}, 12),
    "Tadas": ({"Tadas": 1}, 7), "Paulius": ({"Paulius": 1}, 7), "Mantas": ({"Mantas": 1}, 8),
    "Lukas": ({"Lukas": 1}, 7), "Kęstutis": ({"Kęstutis": 1}, 5), "Algirdas": ({"Algirdas": 1}, 6),
    "Žydrūnas": ({"Žydrūnas": 1}, 3), "Rimantas": ({"Rimantas": 1}, 6), "Gintaras": ({"Gintaras": 1}, 6),
    "Saulius": ({"Saulius": 1}, 7), "Arūnas": ({"Arūnas": 1}, 6), "Audrius": ({"Audrius": 1}, 5),
    "Povilas": ({"Povilas": 1}, 4), "Giedrius": ({"Giedrius": 1}, 4), "Aleksandras": ({"Aleksandras": 1}, 4),
}  # fmt: skip
LT_F = {
    "Ona": ({"Ona": 1}, 8), "Jurgita": ({"Jurgita": 1}, 9), "Rasa": ({"Rasa": 1}, 10), "Kristina": ({"Kristina": 1}, 10),
    "Inga": ({"Inga": 1}, 8), "Asta": ({"Asta": 1}, 7), "Rūta": ({"Rūta": 1}, 9), "Lina": ({"Lina": 1}, 8),
    "Agnė": ({"Agnė": 1}, 8), "Eglė": ({"Eglė": 1}, 8), "Gabija": ({"Gabija": 1}, 5), "Austėja": ({"Austėja": 1}, 4),
    "Ieva": ({"Ieva": 1}, 7), "Laura": ({"Laura": 1}, 8), "Vilma": ({"Vilma": 1}, 6), "Daiva": ({"Daiva": 1}, 6),
    "Živilė": ({"Živilė": 1}, 5), "Aušra": ({"Aušra": 1}, 6), "Jolanta": ({"Jolanta": 1}, 6), "Dalia": ({"Dalia": 1}, 6),
    "Irena": ({"Irena": 1}, 6), "Danutė": ({"Danutė": 1}, 5), "Gintarė": ({"Gintarė": 1}, 5), "Neringa": ({"Neringa": 1}, 4),
}  # fmt: skip
LV_M = {
    "Jānis": ({"Jānis": 1}, 22), "Andris": ({"Andris": 1}, 14), "Juris": ({"Juris": 1}, 12), "Māris": ({"Māris": 1}, 10),
    "Edgars": ({"Edgars": 1}, 9), "Kaspars": ({"Kaspars": 1}, 9), "Mārtiņš": ({"Mārtiņš": 1}, 9),
    "Aivars": ({"Aivars": 1}, 8), "Artūrs": ({"Artūrs": 1}, 7), "Roberts": ({"Roberts": 1}, 6),
    "Gints": ({"Gints": 1}, 5), "Raimonds": ({"Raimonds": 1}, 6), "Valdis": ({"Valdis": 1}, 7),
    "Kristaps": ({"Kristaps": 1}, 6), "Rihards": ({"Rihards": 70, "Ričards": 30}, 5), "Ēriks": ({"Ēriks": 1}, 5),
    "Guntis": ({"Guntis": 1}, 6), "Uldis": ({"Uldis": 1}, 5), "Ivars": ({"Ivars": 1}, 6), "Normunds": ({"Normunds": 1}, 4),
}  # fmt: skip
LV_F = {
    "Anna": ({"Anna": 1}, 9), "Inese": ({"Inese": 1}, 10), "Ilze": ({"Ilze": 1}, 10), "Kristīne": ({"Kristīne": 1}, 10),
    "Līga": ({"Līga": 1}, 9), "Dace": ({"Dace": 1}, 8), "Laura": ({"Laura": 1}, 7), "Sandra": ({"Sandra": 1}, 7),
    "Ieva": ({"Ieva": 1}, 6), "Anita": ({"Anita": 1}, 7), "Linda": ({"Linda": 1}, 7), "Zane": ({"Zane": 1}, 7),
    "Baiba": ({"Baiba": 1}, 5), "Evija": ({"Evija": 1}, 5), "Santa": ({"Santa": 1}, 4), "Agnese": ({"Agnese": 1}, 5),
    "Iveta": ({"Iveta": 1}, 6), "Elīna": ({"Elīna": 1}, 6), "Gunta": ({"Gunta": 1}, 4), "Ināra": ({"Ināra": 1}, 5),
}  # fmt: skip
EE_M = {
    "Andres": ({"Andres": 1}, 10), "Jaan": ({"Jaan": 1}, 9), "Toomas": ({"Toomas": 1}, 12), "Mart": ({"Mart": 1}, 9),
    "Peeter": ({"Peeter": 1}, 8), "Rein": ({"Rein": 1}, 7), "Tõnu": ({"Tõnu": 1}, 6), "Margus": ({"Margus": 1}, 8),
    "Urmas": ({"Urmas": 1}, 7), "Priit": ({"Priit": 1}, 7), "Tiit": ({"Tiit": 1}, 6), "Jüri": ({"Jüri": 1}, 7),
    "Aivar": ({"Aivar": 1}, 7), "Kristjan": ({"Kristjan": 1}, 6), "Rasmus": ({"Rasmus": 1}, 5), "Martin": ({"Martin": 1}, 8),
    "Siim": ({"Siim": 1}, 6), "Ott": ({"Ott": 1}, 4), "Indrek": ({"Indrek": 1}, 6), "Kalev": ({"Kalev": 1}, 4),
}  # fmt: skip
EE_F = {
    "Mari": ({"Mari": 1}, 8), "Kadri": ({"Kadri": 1}, 8), "Tiina": ({"Tiina": 1}, 9),
    "Kristiina": ({"Kristiina": 80, "Kristina": 20}, 8), "Anne": ({"Anne": 1}, 8), "Katrin": ({"Katrin": 1}, 9),
    "Piret": ({"Piret": 1}, 7), "Merike": ({"Merike": 1}, 5), "Liis": ({"Liis": 1}, 7), "Triin": ({"Triin": 1}, 7),
    "Maarja": ({"Maarja": 1}, 6), "Kätlin": ({"Kätlin": 1}, 5), "Helen": ({"Helen": 1}, 6), "Ülle": ({"Ülle": 1}, 5),
    "Eve": ({"Eve": 1}, 5), "Kertu": ({"Kertu": 1}, 4), "Mari-Liis": ({"Mari-Liis": 1}, 4), "Pille": ({"Pille": 1}, 5),
}  # fmt: skip
#: Lithuanian family names (the man's form) and their weight.
LT_SN = {
    "Kazlauskas": 14, "Jankauskas": 12, "Petrauskas": 11, "Stankevičius": 10, "Vasiliauskas": 9, "Žukauskas": 8,
    "Butkus": 7, "Paulauskas": 8, "Urbonas": 8, "Kavaliauskas": 7, "Navickas": 6, "Ramanauskas": 6,
    "Savickas": 5, "Baranauskas": 6, "Rimkus": 5, "Sakalauskas": 5, "Vitkus": 4, "Mockus": 4,
    "Balčiūnas": 5, "Žilinskas": 5, "Šimkus": 4, "Adomaitis": 5, "Valaitis": 4, "Kairys": 3,
    "Lukoševičius": 4, "Marcinkevičius": 4, "Grigas": 3, "Jakštas": 3,
}  # fmt: skip
#: Latvian family names: the man's form, the woman's, and the weight.
LV_SN = [
    ("Bērziņš", "Bērziņa", 14), ("Kalniņš", "Kalniņa", 12), ("Ozols", "Ozola", 11), ("Jansons", "Jansone", 10),
    ("Liepiņš", "Liepiņa", 8), ("Krūmiņš", "Krūmiņa", 8), ("Balodis", "Balode", 8), ("Eglītis", "Eglīte", 7),
    ("Zariņš", "Zariņa", 7), ("Pētersons", "Pētersone", 7), ("Vītols", "Vītola", 6), ("Kļaviņš", "Kļaviņa", 6),
    ("Kārkliņš", "Kārkliņa", 5), ("Vanags", "Vanaga", 5), ("Lapiņš", "Lapiņa", 5), ("Siliņš", "Siliņa", 4),
    ("Zvaigzne", "Zvaigzne", 3), ("Priede", "Priede", 3), ("Ābols", "Ābola", 4), ("Šmits", "Šmite", 4),
    ("Celmiņš", "Celmiņa", 3), ("Gailītis", "Gailīte", 3),
]  # fmt: skip
EE_SN = {
    "Tamm": 12, "Saar": 10, "Sepp": 9, "Mägi": 9, "Kask": 8, "Kukk": 8, "Rebane": 8, "Ilves": 7, "Pärn": 7,
    "Koppel": 6, "Lepik": 6, "Kuusk": 6, "Karu": 5, "Kallas": 5, "Lepp": 5, "Kõiv": 5, "Luik": 5, "Mets": 5,
    "Vaher": 4, "Põder": 4, "Oja": 4, "Raudsepp": 4, "Kuusik": 4, "Laur": 3, "Kivi": 3, "Järv": 3,
}  # fmt: skip
#: Russian given names: (Cyrillic, Latvian, Estonian, Lithuanian, English, patronymic's stem, weight).
RU_M = [
    ("Сергей", "Sergejs", "Sergei", "Sergejus", "Sergey", "Сергеев", 14),
    ("Алексей", "Aleksejs", "Aleksei", "Aleksejus", "Alexey", "Алексеев", 11),
    ("Андрей", "Andrejs", "Andrei", "Andrejus", "Andrey", "Андреев", 11),
    ("Дмитрий", "Dmitrijs", "Dmitri", "Dmitrijus", "Dmitry", "Дмитриев", 10),
    ("Владимир", "Vladimirs", "Vladimir", "Vladimiras", "Vladimir", "Владимиров", 9),
    ("Николай", "Nikolajs", "Nikolai", "Nikolajus", "Nikolay", "Николаев", 7),
    ("Игорь", "Igors", "Igor", "Igoris", "Igor", "Игорев", 7),
    ("Александр", "Aleksandrs", "Aleksandr", "Aleksandras", "Alexander", "Александров", 13),
    ("Михаил", "Mihails", "Mihhail", "Michailas", "Mikhail", "Михайлов", 6),
    ("Юрий", "Jurijs", "Juri", "Jurijus", "Yuri", "Юрьев", 6),
    ("Евгений", "Jevgēņijs", "Jevgeni", "Jevgenijus", "Evgeny", "Евгеньев", 5),
    ("Виктор", "Viktors", "Viktor", "Viktoras", "Viktor", "Викторов", 6),
    ("Олег", "Olegs", "Oleg", "Olegas", "Oleg", "Олегов", 5),
    ("Павел", "Pāvels", "Pavel", "Pavelas", "Pavel", "Павлов", 5),
    ("Артём", "Artjoms", "Artjom", "Artiomas", "Artem", "Артёмов", 4),
    ("Максим", "Maksims", "Maksim", "Maksimas", "Maxim", "Максимов", 5),
    ("Денис", "Deniss", "Denis", "Denisas", "Denis", "Денисов", 4),
    ("Вадим", "Vadims", "Vadim", "Vadimas", "Vadim", "Вадимов", 3),
]  # fmt: skip
RU_F = [
    ("Елена", "Jeļena", "Jelena", "Jelena", "Elena", None, 12),
    ("Ольга", "Olga", "Olga", "Olga", "Olga", None, 10),
    ("Наталья", "Natālija", "Natalja", "Natalija", "Natalya", None, 9),
    ("Татьяна", "Tatjana", "Tatjana", "Tatjana", "Tatiana", None, 10),
    ("Ирина", "Irina", "Irina", "Irina", "Irina", None, 9),
    ("Светлана", "Svetlana", "Svetlana", "Svetlana", "Svetlana", None, 8),
    ("Анна", "Anna", "Anna", "Ana", "Anna", None, 7),
    ("Екатерина", "Jekaterina", "Jekaterina", "Jekaterina", "Ekaterina", None, 7),
    ("Марина", "Marina", "Marina", "Marina", "Marina", None, 6),
    ("Юлия", "Jūlija", "Julia", "Julija", "Yulia", None, 6),
    ("Людмила", "Ludmila", "Ljudmila", "Liudmila", "Lyudmila", None, 5),
    ("Галина", "Gaļina", "Galina", "Galina", "Galina", None, 5),
    ("Оксана", "Oksana", "Oksana", "Oksana", "Oksana", None, 4),
    ("Анастасия", "Anastasija", "Anastassia", "Anastasija", "Anastasia", None, 5),
    ("Виктория", "Viktorija", "Viktoria", "Viktorija", "Victoria", None, 4),
]  # fmt: skip
#: Russian family names (the man's): Cyrillic and the stems of the Latvian, Estonian, Lithuanian
#: and English spellings (the man's ending and the woman's ``а`` follow), and a weight.
RU_SN = [
    ("Иванов", "Ivanov", "Ivanov", "Ivanov", "Ivanov", 12), ("Смирнов", "Smirnov", "Smirnov", "Smirnov", "Smirnov", 8),
    ("Кузнецов", "Kuzņecov", "Kuznetsov", "Kuznecov", "Kuznetsov", 8), ("Попов", "Popov", "Popov", "Popov", "Popov", 6),
    ("Петров", "Petrov", "Petrov", "Petrov", "Petrov", 8), ("Соколов", "Sokolov", "Sokolov", "Sokolov", "Sokolov", 5),
    ("Волков", "Volkov", "Volkov", "Volkov", "Volkov", 5), ("Морозов", "Morozov", "Morozov", "Morozov", "Morozov", 5),
    ("Новиков", "Novikov", "Novikov", "Novikov", "Novikov", 5), ("Фёдоров", "Fjodorov", "Fjodorov", "Fiodorov", "Fedorov", 5),
    ("Козлов", "Kozlov", "Kozlov", "Kozlov", "Kozlov", 4), ("Лебедев", "Ļebedev", "Lebedev", "Lebedev", "Lebedev", 4),
    ("Васильев", "Vasiļjev", "Vassiljev", "Vasiljev", "Vasilyev", 5), ("Семёнов", "Semjonov", "Semjonov", "Semionov", "Semenov", 4),
    ("Жуков", "Žukov", "Žukov", "Žukov", "Zhukov", 4), ("Павлов", "Pavlov", "Pavlov", "Pavlov", "Pavlov", 4),
    ("Михайлов", "Mihailov", "Mihhailov", "Michailov", "Mikhailov", 4), ("Никитин", "Ņikitin", "Nikitin", "Nikitin", "Nikitin", 4),
    ("Егоров", "Jegorov", "Jegorov", "Jegorov", "Egorov", 3), ("Захаров", "Zaharov", "Zahharov", "Zacharov", "Zakharov", 3),
    ("Богданов", "Bogdanov", "Bogdanov", "Bogdanov", "Bogdanov", 3), ("Орлов", "Orlov", "Orlov", "Orlov", "Orlov", 3),
]  # fmt: skip
#: Western expats in Riga: (English, Latvian) given names and family names.
EN_M = [("John", "Džons"), ("Michael", "Maikls"), ("David", "Deivids"), ("James", "Džeimss"), ("Mark", "Marks"),
        ("Thomas", "Tomass"), ("Peter", "Pīters")]  # fmt: skip
EN_F = [
    ("Sarah", "Sāra"),
    ("Emma", "Emma"),
    ("Kate", "Keita"),
    ("Laura", "Laura"),
    ("Emily", "Emīlija"),
]
EN_SN = [("Smith", "Smits", "Smita"), ("Brown", "Brauns", "Brauna"), ("Wilson", "Vilsons", "Vilsone"),
         ("Taylor", "Teilors", "Teilore"), ("Miller", "Millers", "Millere"), ("Clark", "Klārks", "Klārka")]  # fmt: skip

#: Towns: (country, town, Russian name, postcodes (lo, hi), landline area, streets, weight).
TOWNS = [
    ("LT", "Vilnius", "Вильнюс", (1001, 14300), "5",
     [("Gedimino", "pr."), ("Žirmūnų", "g."), ("Konstitucijos", "pr."), ("Antakalnio", "g."), ("Savanorių", "pr."),
      ("Pylimo", "g."), ("Kalvarijų", "g."), ("Ukmergės", "g."), ("Didlaukio", "g.")], 45),
    ("LT", "Kaunas", "Каунас", (44001, 52500), "37",
     [("Laisvės", "al."), ("Savanorių", "pr."), ("Pramonės", "pr."), ("Taikos", "pr."), ("Vytauto", "pr.")], 25),
    ("LT", "Klaipėda", "Клайпеда", (91001, 94500), "46",
     [("Taikos", "pr."), ("Herkaus Manto", "g."), ("Tiltų", "g."), ("Baltijos", "pr.")], 15),
    ("LT", "Šiauliai", "Шяуляй", (76001, 78500), "41", [("Tilžės", "g."), ("Vilniaus", "g."), ("Dainų", "g.")], 8),
    ("LV", "Rīga", "Рига", (1001, 1084), "67",
     [("Brīvības", "iela"), ("Elizabetes", "iela"), ("Krišjāņa Barona", "iela"), ("Lāčplēša", "iela"),
      ("Ģertrūdes", "iela"), ("Maskavas", "iela"), ("Dzirnavu", "iela"), ("Valdemāra", "iela"),
      ("Kurzemes", "prospekts"), ("Deglava", "iela")], 60),
    ("LV", "Daugavpils", "Даугавпилс", (5401, 5422), "654", [("Rīgas", "iela"), ("Cietokšņa", "iela"), ("18. novembra", "iela")], 14),
    ("LV", "Liepāja", "Лиепая", (3401, 3414), "634", [("Graudu", "iela"), ("Lielā", "iela"), ("Kuršu", "iela")], 10),
    ("LV", "Jelgava", "Елгава", (3001, 3018), "630", [("Lielā", "iela"), ("Katoļu", "iela")], 8),
    ("EE", "Tallinn", "Таллин", (10111, 13999), "6",
     [("Narva", "mnt"), ("Pärnu", "mnt"), ("Tartu", "mnt"), ("Sõpruse", "pst"), ("Mustamäe", "tee"),
      ("Lasnamäe", "tn"), ("Paldiski", "mnt"), ("Endla", "tn")], 55),
    ("EE", "Tartu", "Тарту", (50101, 51099), "7", [("Riia", "tn"), ("Rüütli", "tn"), ("Anne", "tn"), ("Ropka", "tee")], 18),
    ("EE", "Narva", "Нарва", (20101, 21020), "35", [("Tallinna", "mnt"), ("Kreenholmi", "tn"), ("Puškini", "tn")], 12),
    ("EE", "Pärnu", "Пярну", (80010, 80099), "44", [("Riia", "mnt"), ("Rüütli", "tn"), ("Tallinna", "mnt")], 8),
]  # fmt: skip
#: Who the Russian speakers of each country live: towns' weights for them.
RU_TOWNS = {"LV": {"Rīga": 70, "Daugavpils": 25, "Liepāja": 5}, "EE": {"Tallinn": 65, "Narva": 35},
            "LT": {"Vilnius": 80, "Klaipėda": 20}}  # fmt: skip
MAIL = {
    "LT": {"gmail.com": 55, "one.lt": 10, "yahoo.com": 8, "inbox.lt": 10, "delfi.lt": 7, "outlook.com": 10},
    "LV": {"gmail.com": 50, "inbox.lv": 25, "apollo.lv": 5, "outlook.com": 10, "tvnet.lv": 5, "yahoo.com": 5},
    "EE": {"gmail.com": 50, "hot.ee": 15, "mail.ee": 15, "outlook.com": 10, "online.ee": 5, "neti.ee": 5},
    "RU": {"gmail.com": 45, "mail.ru": 20, "inbox.lv": 12, "yandex.ru": 10, "hot.ee": 8, "outlook.com": 5},
}  # fmt: skip
#: Groups: Lithuanians, Latvians, Estonians, Russian speakers in each, expats in Riga.
GROUPS = {"LT": 30, "LV": 22, "EE": 18, "LVRU": 12, "EERU": 9, "LTRU": 4, "EXPAT": 2}
#: How an ear writes a Baltic name in Cyrillic, letter by letter (after the two-letter ones).
TO_CYR2 = {"dž": "дж", "ch": "х", "ja": "я", "ju": "ю", "jo": "йо", "je": "е", "ie": "ие", "ai": "ай",
           "ei": "ей", "ui": "уй", "ļa": "ля", "ņa": "ня", "ņš": "ньш", "ņi": "ни", "ņe": "не", "ļe": "ле"}  # fmt: skip
TO_CYR = {"a": "а", "ā": "а", "ą": "а", "b": "б", "c": "ц", "č": "ч", "d": "д", "e": "е", "ē": "е", "ė": "е",
          "ę": "е", "f": "ф", "g": "г", "ģ": "г", "h": "х", "i": "и", "ī": "и", "į": "и", "y": "и", "j": "й",
          "k": "к", "ķ": "к", "l": "л", "ļ": "ль", "m": "м", "n": "н", "ņ": "нь", "o": "о", "õ": "ы", "ä": "э",
          "ö": "ё", "ü": "ю", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "ū": "у", "ų": "у",
          "v": "в", "w": "в", "x": "кс", "z": "з", "ž": "ж"}  # fmt: skip
SH_DIGRAPHS = {"š": "sh", "č": "ch", "ž": "zh", "Š": "Sh", "Č": "Ch", "Ž": "Zh"}
#: Latvian typed the pre-Unicode way (``Berzinsh``): a long vowel doubled, ņ as nj, š as sh.
LV_ASCII = {"ā": "aa", "ē": "ee", "ī": "ii", "ū": "uu", "ņ": "nj", "ļ": "lj", "ķ": "kj", "ģ": "gj",
            "š": "sh", "č": "ch", "ž": "zh", "Ā": "Aa", "Ē": "Ee", "Ī": "Ii", "Ū": "Uu", "Š": "Sh", "Č": "Ch", "Ž": "Zh"}  # fmt: skip
DE_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "õ": "o", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Õ": "O"}


def fold(s: str) -> str:
    """Diacritics dropped, as an old core or a phone's keyboard keeps names."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def to_cyrillic(s: str) -> str:
    """A Latin name as a Russian-speaking clerk writes it by ear (``Bērziņš`` -> ``Берзиньш``)."""
    out, low, i = [], s.lower(), 0
    while i < len(low):
        two = low[i : i + 2]
        if two in TO_CYR2:
            out.append(TO_CYR2[two])
            i += 2
            continue
        c = low[i]
        out.append("э" if c == "e" and (i == 0 or not low[i - 1].isalpha()) else TO_CYR.get(c, c))
        i += 1
    w = "".join(out)
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def lt_female(man: str, form: str) -> str:
    """A Lithuanian woman's form of the family name ``man``: ``married`` (Kazlauskienė,
    Butkuvienė), ``maiden`` (Kazlauskaitė, Adomaitytė, Butkutė, Stankevičiūtė) or ``neutral``
    (the form without marital status allowed since 2003: Kazlauskė, Stankevičė)."""
    for end, married, maiden, neutral in (("ius", "ienė", "iūtė", "ė"), ("us", "uvienė", "utė", "ė"),
                                          ("as", "ienė", "aitė", "ė"), ("is", "ienė", "ytė", "ė"),
                                          ("ys", "ienė", "ytė", "ė")):  # fmt: skip
        if man.endswith(end):
            stem = man[: -len(end)]
            return stem + {"married": married, "maiden": maiden, "neutral": neutral}[form]
    return man


class Baltic(Draws):
    SLIP_LETTERS = "aeiouslnrt"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def pick(self, table):
        r = self.rnd
        if isinstance(table, dict):
            keys = list(table)
            weights = [v[1] if isinstance(v, tuple) else v for v in table.values()]
            return r.choices(keys, weights)[0]
        return r.choices(table, [row[-1] if isinstance(row[-1], int) else 1 for row in table])[0]

    def home(self, country: str, russian: bool = False) -> dict:
        r = self.rnd
        towns = [t for t in TOWNS if t[0] == country]
        if russian:
            weights = RU_TOWNS[country]
            town = r.choices(towns, [weights.get(t[1], 0) for t in towns])[0]
        else:
            town = r.choices(towns, [t[-1] for t in towns])[0]
        _, name, ru, (lo, hi), area, streets, _ = town
        street, kind = r.choice(streets)
        flat = r.randint(1, 120) if r.random() < 0.7 else None
        return dict(country=country, town=name, town_ru=ru, area=area, street=street, kind=kind,
                    number=str(r.randint(1, 160)) + (r.choice("ABK") if r.random() < 0.06 else ""),
                    flat=flat, post=r.randint(lo, hi))  # fmt: skip

    def mobile(self, country: str) -> str:
        r = self.rnd
        if country == "LT":
            return self.unique(lambda: "6" + r.choice("0123456789") + self.digits(6))
        if country == "LV":
            return self.unique(lambda: "2" + r.choice("0123456789") + self.digits(6))
        return self.unique(lambda: "5" + self.digits(r.choice([6, 7, 7, 7])))

    def landline(self, h: dict) -> str:
        if h["country"] == "LT":
            return self.unique(lambda: h["area"] + self.digits(8 - len(h["area"])))
        if h["country"] == "LV":
            return self.unique(lambda: h["area"] + self.digits(8 - len(h["area"])))
        return self.unique(lambda: h["area"] + self.digits(7 - len(h["area"])))

    def household(self, group: str) -> None:
        r = self.rnd
        country = (
            "LV" if group in ("LV", "LVRU", "EXPAT") else "EE" if group in ("EE", "EERU") else "LT"
        )
        kind = "RU" if group.endswith("RU") else "EN" if group == "EXPAT" else country
        home = self.home(country, russian=kind == "RU")
        landline = self.landline(home) if r.random() < 0.35 else None
        shape = wpick(r, {"single": 32, "couple": 23, "family": 45})
        head_sex = "M" if shape != "single" else wpick(r, {"M": 50, "F": 50})
        family = self.family_name(kind)
        head = self.person(kind, country, head_sex, self.dob(25, 82), home, landline, family, None)
        members = [head]
        wife = None
        if shape != "single":
            wife_kind = kind if kind != "EN" or r.random() < 0.5 else "LV"
            if r.random() < 0.1:  # a mixed marriage: a Russian speaker and a local
                wife_kind = "RU" if kind != "RU" else country
            maiden = self.family_name(wife_kind)
            wife = self.person(
                wife_kind, country, "F", self.dob(22, 78), home, landline, maiden, None
            )
            # She takes her husband's name (the woman's form of it), keeps hers, or (Lithuanian)
            # takes the neutral form of his.
            how = wpick(r, {"took": 78, "kept": 14, "neutral": 8 if kind == "LT" else 0})
            if how != "kept":
                wife["married"] = family
                wife["lt_form"] = "married" if how == "took" else "neutral"
            wife["spouse"], head["spouse"] = head, wife
            members.append(wife)
        if shape == "family":
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                sex = r.choice("MF")
                kid = self.person(kind if kind != "EN" else "EN", country, sex, self.dob(10, 40), home, landline,
                                  family, head)  # fmt: skip
                if sex == "M" and r.random() < 0.1:  # named after his father
                    kid["given"] = head["given"]
                kid["mother"], kid["father"] = wife, head
                members.append(kid)
                head.setdefault("kids", []).append(kid)
        family_email = None
        if len(members) > 1 and r.random() < 0.25:
            stem = fold(self.sn(head, "lv" if country == "LV" else "ee")).lower()
            family_email = self.unique(lambda: f"{wpick(r, {'': 40, 'fam': 20, 'seima.': 10, 'pere.': 10, 'seimyna.': 20})}"
                                               f"{stem}{r.randint(1, 99)}@{wpick(r, MAIL[country])}")  # fmt: skip
        for m in members:
            m["household"], m["family_email"] = members, family_email
        self.persons.extend(members)

    def family_name(self, kind: str):
        if kind == "LT":
            return ("LT", self.pick(LT_SN))
        if kind == "LV":
            return ("LV", self.pick(LV_SN))
        if kind == "EE":
            return ("EE", self.pick(EE_SN))
        if kind == "RU":
            return ("RU", self.pick(RU_SN))
        return ("EN", self.rnd.choice(EN_SN))

    def person(self, kind, country, sex, dob, home, landline, family, father) -> dict:
        r = self.rnd
        self.pid += 1
        if kind in ("LT", "LV", "EE"):
            table = {"LT": (LT_M, LT_F), "LV": (LV_M, LV_F), "EE": (EE_M, EE_F)}[kind][sex == "F"]
            key = self.pick(table)
            given = ("NATIVE", key, table[key][0])
        elif kind == "RU":
            given = ("RU", self.pick(RU_M if sex == "M" else RU_F))
        else:
            given = ("EN", r.choice(EN_M if sex == "M" else EN_F))
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, kind=kind, country=country, sex=sex, dob=dob, given=given, family=family,
                 married=None, lt_form="maiden", home=home, landline=landline, spouse=None, mother=None,
                 father=father, age=age)  # fmt: skip
        if kind == "LT" and sex == "F" and dob.year >= 1985 and r.random() < 0.12:
            p["lt_form"] = "neutral"  # an unmarried woman's neutral form
        # Russian speakers' patronymic: the father's given name, or a father outside the data.
        pat_from = (
            father["given"] if father and father["given"][0] == "RU" else ("RU", self.pick(RU_M))
        )
        p["patronymic"] = pat_from[1][5] + ("ич" if sex == "M" else "на")
        # National codes.
        p["lt_code"] = p["ee_code"] = p["lv_code"] = p["lv_new"] = None
        if country in ("LT", "EE"):
            p["lt_code" if country == "LT" else "ee_code"] = self.baltic_code(dob, sex)
        else:
            p["lv_code"] = self.lv_code(dob)
            if r.random() < 0.1:  # changed to a code without a birth date since 2017
                p["lv_new"] = self.lv_new()
        p["mobiles"] = [self.mobile(country)]
        if r.random() < 0.15:
            p["mobiles"].append(self.mobile(country))
        p["email"] = None
        if r.random() < (0.8 if age < 60 else 0.4):
            first = fold(self.given(p, "en")).lower().replace(" ", "").replace("-", "")
            last = fold(self.sn(p, "en")).lower()
            local = wpick(r, {f"{first}.{last}": 4, f"{first}{last}{r.randint(1, 99)}": 3, f"{first}_{last}": 1,
                              f"{first}{dob.year % 100:02d}": 2, f"{first[0]}{last}": 2})  # fmt: skip
            mail = MAIL["RU" if kind == "RU" else country if country in MAIL else "LV"]
            p["email"] = self.unique(
                lambda: local + wpick(r, {"": 4, str(r.randint(1, 99)): 2}) + "@" + wpick(r, mail)
            )
        p["move"] = self.home(country, russian=kind == "RU") if r.random() < 0.1 else None
        return p

    def baltic_code(self, dob: dt.date, sex: str) -> str:
        first = (3 if dob.year < 2000 else 5) + (sex == "F")
        return self.unique(
            lambda: (body := f"{first}{dob:%y%m%d}{self.digits(3)}") + baltic_personal_digit(body)
        )

    def lv_code(self, dob: dt.date) -> str:
        century = "1" if dob.year < 2000 else "2"
        return self.unique(
            lambda: (body := f"{dob:%d%m%y}{century}{self.digits(3)}") + latvia_personal_digit(body)
        )

    def lv_new(self) -> str:
        return self.unique(lambda: f"32{self.digits(9)}")

    # ------------------------------------------------------------ written forms
    @staticmethod
    def own_lang(p: dict) -> str:
        """The language of the person's passport: Russian speakers' is their country's."""
        return {"LT": "lt", "LV": "lv", "EE": "ee", "RU": p["country"].lower(), "EN": "en"}[
            p["kind"]
        ]

    def given(self, p: dict, lang: str) -> str:
        """The given name as written in ``lang`` (``lt``, ``lv``, ``ee``, ``en``, ``ru``, or
        ``own``: the person's passport's)."""
        g = p["given"]
        lang = self.own_lang(p) if lang == "own" else lang
        if g[0] == "NATIVE":
            name = wpick(self.rnd, g[2]) if self.rnd.random() < 0.2 else g[1]
            return to_cyrillic(name) if lang == "ru" else name
        if g[0] == "RU":
            return g[1][{"ru": 0, "lv": 1, "ee": 2, "lt": 3, "en": 4}[lang]]
        en, lv = g[1]
        return lv if lang == "lv" else to_cyrillic(en) if lang == "ru" else en

    def sn(self, p: dict, lang: str, maiden: bool = False) -> str:
        """The family name as written in ``lang``: a married woman's, or her maiden one."""
        fam = p["married"] if p["married"] and not maiden else p["family"]
        lang = self.own_lang(p) if lang == "own" else lang
        f = p["sex"] == "F"
        kind, v = fam
        if kind == "LT":
            form = (
                "maiden"
                if maiden or (p["married"] is None and p["lt_form"] == "married")
                else p["lt_form"]
            )
            name = lt_female(v, form) if f else v
            return to_cyrillic(name) if lang == "ru" else name
        if kind == "LV":
            name = v[1] if f else v[0]
            return to_cyrillic(name) if lang == "ru" else name
        if kind == "EE":
            return to_cyrillic(v) if lang == "ru" else v
        if kind == "RU":
            if lang == "ru":
                return v[0] + ("а" if f else "")
            stem = v[{"lv": 1, "ee": 2, "lt": 3, "en": 4}[lang]]
            return stem + ("a" if f else {"lv": "s", "lt": "as"}.get(lang, ""))
        en, lv_m, lv_f = v
        return (lv_f if f else lv_m) if lang == "lv" else to_cyrillic(en) if lang == "ru" else en

    def latin(self, s: str, how: str) -> str:
        """``s`` as a foreign system or keyboard writes it: ``keep``, ``fold`` (no diacritics),
        ``sh`` (š, č, ž as sh, ch, zh), ``lv`` (Latvian the pre-Unicode way), ``de`` (ä as ae)."""
        if how == "sh":
            s = "".join(SH_DIGRAPHS.get(c, c) for c in s)
        elif how == "lv":
            s = "".join(LV_ASCII.get(c, c) for c in s)
        elif how == "de":
            s = "".join(DE_UMLAUT.get(c, c) for c in s)
        return s if how == "keep" else fold(s)

    def date(self, p: dict, fmt: str) -> str:
        d = p["dob"]
        return {"iso": f"{d:%Y-%m-%d}", "ltdot": f"{d:%Y.%m.%d}", "dot": f"{d:%d.%m.%Y}",
                "dotdot": f"{d:%d.%m.%Y}.", "dot2": f"{d:%d.%m.%y}", "slash": f"{d:%d/%m/%Y}"}[fmt]  # fmt: skip

    def phone(self, country: str, num: str | None, style: str | None = None) -> str | None:
        """A number in one of its country's written forms."""
        if not num:
            return None
        r = self.rnd
        if country == "LT":
            mobile = num.startswith("6")
            area = num[:1] if num[:1] == "5" else num[:2]
            rest = num[len(area) :]
            style = style or wpick(
                r, {"plus": 35, "trunk": 35, "bare8": 15, "zero": 5, "cc": 5, "local": 5}
            )
            if mobile:
                return {"plus": f"+370 {num[:3]} {num[3:]}", "trunk": f"8 {num[:3]} {num[3:]}", "bare8": f"8{num}",
                        "zero": f"0 {num[:3]} {num[3:]}", "cc": f"370{num}", "local": f"8-{num[:3]}-{num[3:]}"}[style]  # fmt: skip
            return {"plus": f"+370 {area} {rest}", "trunk": f"(8 {area}) {rest[:3]} {rest[3:]}", "bare8": f"8{num}",
                    "zero": f"(0 {area}) {rest}", "cc": f"+370{num}", "local": f"{rest[:3]} {rest[3:]}" if area == "5"
                    else f"8 {area} {rest}"}[style]  # fmt: skip
        if country == "LV":
            style = style or wpick(r, {"plus": 40, "bare": 35, "spaced": 10, "00": 10, "dash": 5})
            return {"plus": f"+371 {num}", "bare": num, "spaced": f"+371 {num[:2]} {num[2:5]} {num[5:]}",
                    "00": f"00371 {num}", "dash": f"371-{num}"}[style]  # fmt: skip
        style = style or wpick(r, {"plus": 35, "bare": 35, "spaced": 20, "00": 5, "plain": 5})
        cut = 4 if len(num) == 8 else 3
        return {"plus": f"+372 {num[:cut]} {num[cut:]}", "bare": num, "spaced": f"{num[:cut]} {num[cut:]}",
                "00": f"00372{num}", "plain": f"+372{num}"}[style]  # fmt: skip

    def where(self, p: dict) -> dict:
        return p["move"] if p["move"] and self.rnd.random() < 0.5 else p["home"]

    def address(self, h: dict, style: str = "local") -> str:
        """An address as the country's clerks write it."""
        r = self.rnd
        c, street, kind, num, flat = h["country"], h["street"], h["kind"], h["number"], h["flat"]
        if c == "LT":
            door = f"{num}-{flat}" if flat else num
            post = f"LT-{h['post']:05d}"
            return wpick(r, {f"{street} {kind} {door}, {post} {h['town']}": 50, f"{h['town']}, {street} {kind} {door}": 25,
                             f"{street} {kind} {door}, {h['town']}": 25})  # fmt: skip
        if c == "LV":
            door = (
                wpick(r, {f"{num}-{flat}": 70, f"{num} dz. {flat}": 20, f"{num}, dz. {flat}": 10})
                if flat
                else num
            )
            post = f"LV-{h['post']:04d}"
            k = wpick(r, {kind: 85, {"iela": "iel.", "prospekts": "pr."}[kind]: 15})
            return wpick(r, {f"{street} {k} {door}, {h['town']}, {post}": 60, f"{street} {k} {door}, {h['town']}": 30,
                             f"{h['town']}, {street} {k} {door}": 10})  # fmt: skip
        door = f"{num}-{flat}" if flat else num
        k = {"mnt": wpick(r, {"mnt": 80, "maantee": 20}), "tn": wpick(r, {"tn": 60, "tänav": 40}),
             "pst": "pst", "tee": "tee"}[kind]  # fmt: skip
        return wpick(r, {f"{street} {k} {door}, {h['post']} {h['town']}": 55, f"{street} {k} {door}, {h['town']}": 30,
                         f"{street} {k} {door}, {h['town']}, {h['post']}": 15})  # fmt: skip

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def relative(self, p: dict) -> dict | None:
        r = self.rnd
        if p["spouse"] and r.random() < 0.6:
            return p["spouse"]
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def contact(self, q: dict) -> str:
        return f"{self.given(q, 'own')} {self.sn(q, 'own')}"

    def stale(self, p: dict) -> bool:
        """A record of a married woman opened before her marriage: her maiden name."""
        return bool(p["married"]) and self.rnd.random() < 0.2

    # ------------------------------------------------------------ systems
    def lt_bank(self, p: dict) -> None:
        r = self.rnd
        given, sn = self.given(p, "lt"), self.sn(p, "lt", maiden=self.stale(p))
        case = wpick(r, {"as": 65, "caps": 20, "ascii": 15})
        if case == "caps":
            given, sn = given.upper(), sn.upper()
        elif case == "ascii":
            given, sn = fold(given).upper(), fold(sn).upper()
        k = p["spouse"]
        code = p["lt_code"]
        if code and r.random() < 0.03:  # a digit typed wrong
            i = r.randrange(11)
            code = code[:i] + str((int(code[i]) + r.randint(1, 9)) % 10) + code[i + 1 :]
        self.add("LT_BANKAS", p, {
            "Kliento Nr.": self.unique(lambda: "K" + self.digits(7)),
            "Vardas": self.typo(given, 0.03), "Pavardė": self.typo(sn, 0.03),
            "Asmens kodas": code if r.random() < 0.96 else None,
            "Gimimo data": self.date(p, wpick(r, {"iso": 80, "ltdot": 20})) if r.random() < 0.7 else None,
            "Lytis": {"M": "V", "F": "M"}[p["sex"]] if r.random() < 0.8 else None,
            "Adresas": self.address(self.where(p)) if r.random() < 0.9 else None,
            "Telefonas": self.phone("LT", r.choice(p["mobiles"])) if r.random() < 0.9 else None,
            "Namų telefonas": self.phone("LT", p["landline"]) if p["landline"] and r.random() < 0.6 else None,
            "El. paštas": (p["family_email"] if p["family_email"] and r.random() < 0.3 else p["email"])
            if r.random() < 0.7 else None,
            "Sutuoktinis": self.contact(k) if k and r.random() < 0.4 else None,
        })  # fmt: skip

    def lv_telco(self, p: dict, line: str, holder: dict) -> None:
        """A line of ``p``'s under ``holder``'s name and code (a parent's for a child's line):
        the record is the holder's."""
        r = self.rnd
        h = holder
        given, sn = self.given(h, "lv"), self.sn(h, "lv", maiden=self.stale(h))
        if h["kind"] == "EN" and r.random() < 0.5:  # as in the passport
            given, sn = self.given(h, "en"), self.sn(h, "en")
        if r.random() < 0.15:
            given, sn = fold(given), fold(sn)
        code = h["lv_code"]
        if h["lv_new"] and r.random() < 0.6:
            code = h["lv_new"]
        if code:
            code = wpick(r, {f"{code[:6]}-{code[6:]}": 80, code: 20})
        k = self.relative(h)
        contract = h["dob"] + dt.timedelta(days=r.randint(18 * 365, 50 * 365))
        contract = max(
            min(contract, TODAY - dt.timedelta(days=r.randint(10, 4000))), dt.date(2002, 1, 1)
        )
        self.add("LV_TELCO", h, {
            "Klienta Nr.": self.unique(lambda: self.digits(8)),
            "Vārds": self.typo(given, 0.03), "Uzvārds": self.typo(sn, 0.03),
            "Personas kods": code if r.random() < 0.93 else None,
            "Dzimšanas datums": self.date(h, wpick(r, {"dot": 90, "dotdot": 10})) if r.random() < 0.5 else None,
            "Adrese": self.address(self.where(h)) if r.random() < 0.85 else None,
            "Tālrunis": self.phone("LV", line),
            "E-pasts": (h["family_email"] if h["family_email"] and r.random() < 0.3 else h["email"])
            if r.random() < 0.6 else None,
            "Līguma datums": f"{contract:%d.%m.%Y}",
            "Kontaktpersona": self.contact(k) if k and r.random() < 0.3 else None,
            "Kontaktpersonas tālrunis": self.phone("LV", k["mobiles"][0]) if k and r.random() < 0.25 else None,
        })  # fmt: skip

    def ee_shop(self, p: dict) -> None:
        r = self.rnd
        id_card = p["ee_code"] is not None and r.random() < 0.6
        lang = "ee" if p["country"] == "EE" else "own"
        given, sn = self.given(p, lang), self.sn(p, lang)
        if id_card:  # the card's certificate: capitals
            given, sn = given.upper(), sn.upper()
        elif r.random() < 0.25:
            given, sn = self.latin(given, "fold"), self.latin(sn, "fold")
        a = self.where(p)
        q = self.relative(p) if r.random() < 0.25 else None
        order = TODAY - dt.timedelta(days=r.randint(1, 2000))
        self.add("EE_EPOOD", p, {
            "Kliendi ID": self.unique(lambda: "EP" + self.digits(6)),
            "Eesnimi": self.typo(given, 0.03), "Perekonnanimi": self.typo(sn, 0.03),
            "Isikukood": p["ee_code"] if id_card or (p["ee_code"] and r.random() < 0.2) else None,
            "e-post": (p["email"] if r.random() < 0.85 or not p["family_email"] else p["family_email"])
            if p["email"] or p["family_email"] else None,
            "Telefon": self.phone(p["country"], r.choice(p["mobiles"])) if r.random() < 0.85 else None,
            "Aadress": self.address(a) if r.random() < 0.8 else None,
            "Sünniaeg": self.date(p, "dot") if r.random() < 0.3 else None,
            "Tellimuse kuupäev": f"{order:%d.%m.%Y}",
            "Saaja nimi": self.contact(q) if q else None,
            "Saaja telefon": self.phone(q["country"], q["mobiles"][0]) if q and r.random() < 0.8 else None,
        })  # fmt: skip

    def loyalty(self, p: dict, email: str | None) -> None:
        r = self.rnd
        lang = "en" if p["kind"] in ("RU", "EN") and r.random() < 0.6 else "own"
        given, sn = self.given(p, lang), self.sn(p, lang, maiden=self.stale(p))
        how = wpick(r, {"keep": 40, "fold": 40, "sh": 10 if p["kind"] in ("LT", "LV", "RU") else 0,
                        "lv": 6 if p["country"] == "LV" else 0, "de": 10 if p["kind"] == "EE" else 0})  # fmt: skip
        given, sn = self.latin(given, how), self.latin(sn, how)
        if r.random() < 0.1:
            given, sn = given.lower(), sn.lower()
        if r.random() < 0.04:  # the two boxes the other way round
            given, sn = sn, given
        self.add("LOYALTY", p, {
            "member_id": self.unique(lambda: "BL" + self.digits(8)),
            "first_name": self.typo(given, 0.04), "last_name": self.typo(sn, 0.04),
            "email": email,
            "phone": self.phone(p["country"], r.choice(p["mobiles"]), "plus" if r.random() < 0.5 else None)
            if r.random() < 0.8 else None,
            "birth_date": self.date(p, wpick(r, {"iso": 75, "slash": 25})) if r.random() < 0.6 else None,
            "country": wpick(r, {p["country"]: 80, {"LT": "Lithuania", "LV": "Latvia", "EE": "Estonia"}[p["country"]]: 20}),
            "city": self.latin(self.where(p)["town"], wpick(r, {"keep": 50, "fold": 50})) if r.random() < 0.6 else None,
            "gender": {"M": "male", "F": "female"}[p["sex"]] if r.random() < 0.5 else None,
        })  # fmt: skip

    def care(self, p: dict) -> None:
        r = self.rnd
        russian = p["kind"] == "RU"
        if russian or r.random() < 0.3:
            g, s = self.given(p, "ru"), self.sn(p, "ru")
            pat = p["patronymic"] if russian and r.random() < 0.35 else None
        else:
            g, s, pat = self.given(p, "own"), self.sn(p, "own"), None
        fio = wpick(r, {f"{s} {g}": 55, f"{g} {s}": 30, s: 5, g: 10})
        if pat and fio.startswith(s) and " " in fio:
            fio = f"{fio} {pat}"
        if r.random() < 0.1:
            fio = fio.lower()
        code = p["lt_code"] or p["ee_code"] or p["lv_new"] or p["lv_code"]
        if code and p["country"] == "LV":
            code = f"{code[:6]}-{code[6:]}"
        q = self.relative(p) if r.random() < 0.15 else None
        self.add("KONTAKT_CENTRS", p, {
            "Номер обращения": self.unique(lambda: f"{r.randint(2022, 2025)}-{self.digits(6)}"),
            "ФИО": self.typo(fio, 0.04),
            "Телефон": self.phone(p["country"], r.choice(p["mobiles"])) if r.random() < 0.9 else None,
            "Дата рождения": self.date(p, wpick(r, {"dot": 75, "dot2": 25})) if r.random() < 0.45 else None,
            "Личный код": code if r.random() < 0.25 else None,
            "Эл. почта": p["email"] if r.random() < 0.3 else None,
            "Город": wpick(r, {p["home"]["town_ru"]: 70, p["home"]["town"]: 30}) if r.random() < 0.5 else None,
            "Контактное лицо": self.contact(q) if q else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age, c = p["age"], p["country"]
            n0 = len(self.rows)
            if c == "LT" and age >= 18 and r.random() < 0.9:
                self.lt_bank(p)
                if r.random() < 0.35:  # a second product
                    self.lt_bank(p)
            if c == "LV" and r.random() < 0.88:
                holder = p
                parents = [q for q in (p["father"], p["mother"]) if q]
                if age < 22 and parents and r.random() < 0.5:  # a child's line in a parent's name
                    holder = r.choice(parents)
                self.lv_telco(p, p["mobiles"][0], holder)
                if p["landline"] and r.random() < 0.2:
                    self.lv_telco(p, p["landline"], p)
                if len(p["mobiles"]) > 1 and r.random() < 0.7:
                    self.lv_telco(p, p["mobiles"][1], p)
            if age >= 16 and r.random() < (0.75 if c == "EE" else 0.15):
                self.ee_shop(p)
                if r.random() < 0.3:
                    self.ee_shop(p)
            if age >= 16 and r.random() < 0.62:
                emails = [e for e in (p["email"], p["family_email"]) if e]
                email = r.choice(emails) if emails and r.random() < 0.92 else None
                self.loyalty(p, email)
                if r.random() < 0.12:  # a second account
                    self.loyalty(p, p["email"] if email != p["email"] else None)
            if r.random() < (0.6 if p["kind"] == "RU" else 0.25):
                for _ in range(wpick(r, {1: 70, 2: 22, 3: 8})):
                    self.care(p)
            if len(self.rows) == n0 and age >= 16:
                self.loyalty(p, p["email"])
        return self.shuffled("row_id", "BA")


def baltic(persons: int = 4300, seed: int = 17) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Baltic.frame(persons, seed, "row_id")
