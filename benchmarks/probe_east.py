"""An online marketplace and courier company in Poland, Ukraine and the Baltic states: its
customers' records from six systems stacked in one file (a ``source`` column; a column of the
same name in two systems is one column).

* ``marketplace`` (Polish column names): accounts with a login, imię / nazwisko, e-mail,
  telefon, data urodzenia, ulica, kod pocztowy, miejscowość, kraj, PESEL, and an employer's NIP
  where the buyer wants a company invoice (shared by colleagues). Ukrainians in Poland type
  their names in the Latin letters of their passport (Oleksandr, Yuliia, Shcherbak), of the
  Russian form (Aleksandr, Yuliya), of Polish spelling (Ołeksandr, Julija, Szczerbak) or in
  the Polish or English equivalent (Aleksander, Julia; Alexander).
* ``courier`` (English): shipments with the receiver's name (often typed by the sender:
  diminutives, no diacritics, surname first), phone, e-mail, a delivery point (a parcel
  locker whose address is shared by everybody who uses it) or a home or office address, and
  the buyer's account e-mail; one shipment in ten goes to a relative or a colleague.
* ``pickup`` (Ukrainian column names): cash-on-delivery pickups at a branch: ПІБ отримувача
  (surname first, the patronymic sometimes, initials sometimes), phone, branch, amount.
* ``crm_ua`` (Ukrainian column names): Прізвище, Ім'я, По батькові, РНОКПП, Дата народження,
  Телефон, Місто, Адреса, in Ukrainian or (operator's habit) Russian Cyrillic forms.
* ``loyalty_ru`` (Russian column names, a legacy Russian-language base in the Baltics and
  Ukraine): Фамилия, Имя, Отчество, Телефон, Дата рождения, Город, Адрес, E-mail; sometimes
  the whole ФИО in the surname column ("ИВАНОВ Иван Иванович").
* ``cards`` (English): payment cards on file, the holder's name embossed in upper case Latin
  letters, the number whole or masked, billing e-mail and phone.
* ``support`` (English): chats with the name the client typed (a given name, a diminutive,
  in either script) and one contact, an e-mail or a phone number.

Persons: Poles in Poland, Ukrainians in Poland (a +48 and a +380 number, PESEL and RNOKPP),
Ukrainians in Ukraine, Russian speakers (Ukraine, Latvia, Estonia: Latvian spellings Sergejs
Ivanovs), Lithuanians, Latvians and Estonians. Couples share an address (the surname differs
only in its ending: Kowalski / Kowalska, Ivanov / Ivanova, Kazlauskas / Kazlauskienė),
sometimes a phone or an e-mail, married women keep the maiden name in some old records;
sons named after their fathers (the patronymic differs); colleagues share an office address
and the company's NIP; namesakes come from realistic name frequencies.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from check_digits import luhn_digit
from slips import slip

TODAY = dt.date(2026, 1, 1)

# ---- names -------------------------------------------------------------------------------
# Ukrainian given names: (Ukrainian Cyrillic, Russian Cyrillic, Polish equivalent,
# English equivalent, weight, patronymics (ua m, ua f, ru m, ru f) or None for the regular
# ones, diminutives in Cyrillic)
UA_M = [
    ("Олександр", "Александр", "Aleksander", "Alexander", 14,
        ("Олександрович", "Олександрівна", "Александрович", "Александровна"), ["Саша", "Сашко"]),
    ("Сергій", "Сергей", "Sergiusz", "Sergey", 10,
        ("Сергійович", "Сергіївна", "Сергеевич", "Сергеевна"), ["Сергій", "Серьожа"]),
    ("Андрій", "Андрей", "Andrzej", "Andrew", 9,
        ("Андрійович", "Андріївна", "Андреевич", "Андреевна"), ["Андрюха"]),
    ("Володимир", "Владимир", "Włodzimierz", "Vladimir", 8,
        ("Володимирович", "Володимирівна", "Владимирович", "Владимировна"), ["Вова", "Володя"]),
    ("Дмитро", "Дмитрий", "Dymitr", "Dmitry", 8,
        ("Дмитрович", "Дмитрівна", "Дмитриевич", "Дмитриевна"), ["Діма"]),
    ("Олексій", "Алексей", "Aleksy", "Alexey", 6,
        ("Олексійович", "Олексіївна", "Алексеевич", "Алексеевна"), ["Льоша"]),
    ("Максим", "Максим", "Maksym", "Maxim", 6, None, ["Макс"]),
    ("Іван", "Иван", "Jan", "Ivan", 7, None, ["Ваня"]),
    ("Юрій", "Юрий", "Jerzy", "Yuri", 5, ("Юрійович", "Юріївна", "Юрьевич", "Юрьевна"), ["Юра"]),
    ("Віталій", "Виталий", "Witalij", "Vitaly", 4,
        ("Віталійович", "Віталіївна", "Витальевич", "Витальевна"), ["Віталік"]),
    ("Микола", "Николай", "Mikołaj", "Nikolai", 5,
        ("Миколайович", "Миколаївна", "Николаевич", "Николаевна"), ["Коля"]),
    ("Михайло", "Михаил", "Michał", "Michael", 5,
        ("Михайлович", "Михайлівна", "Михайлович", "Михайловна"), ["Миша"]),
    ("Віктор", "Виктор", "Wiktor", "Victor", 5, None, ["Вітя"]),
    ("Василь", "Василий", "Wasyl", "Vasily", 4,
        ("Васильович", "Василівна", "Васильевич", "Васильевна"), ["Вася"]),
    ("Богдан", "Богдан", "Bogdan", "Bohdan", 3, None, ["Бодя"]),
    ("Тарас", "Тарас", "Taras", "Taras", 2, None, []),
    ("Олег", "Олег", "Oleg", "Oleg", 4, None, []),
    ("Ігор", "Игорь", "Igor", "Igor", 4, ("Ігорович", "Ігорівна", "Игоревич", "Игоревна"), []),
    ("Роман", "Роман", "Roman", "Roman", 3, None, ["Рома"]),
    ("Артем", "Артём", "Artur", "Artem", 3, None, ["Тьома"]),
    ("Денис", "Денис", "Denis", "Denis", 3, None, []),
    ("Євген", "Евгений", "Eugeniusz", "Eugene", 3,
        ("Євгенович", "Євгенівна", "Евгеньевич", "Евгеньевна"), ["Женя"]),
    ("Павло", "Павел", "Paweł", "Paul", 3, ("Павлович", "Павлівна", "Павлович", "Павловна"),
        ["Паша"]),
    ("Петро", "Пётр", "Piotr", "Peter", 2, ("Петрович", "Петрівна", "Петрович", "Петровна"),
        ["Петя"]),
    ("Назар", "Назар", "Nazar", "Nazar", 2, None, []),
    ("Вадим", "Вадим", "Wadim", "Vadim", 2, None, []),
    ("Ярослав", "Ярослав", "Jarosław", "Yaroslav", 2, None, ["Ярик"]),
    ("Анатолій", "Анатолий", "Anatol", "Anatoly", 2,
        ("Анатолійович", "Анатоліївна", "Анатольевич", "Анатольевна"), ["Толя"]),
    ("Григорій", "Григорий", "Grzegorz", "Gregory", 1,
        ("Григорович", "Григорівна", "Григорьевич", "Григорьевна"), ["Гриша"]),
    ("Станіслав", "Станислав", "Stanisław", "Stanislav", 2, None, ["Стас"]),
]  # fmt: skip
UA_F = [
    ("Олена", "Елена", "Helena", "Elena", 10, ["Лена", "Оленка"]),
    ("Наталія", "Наталья", "Natalia", "Natalia", 9, ["Наташа"]),
    ("Тетяна", "Татьяна", "Tatiana", "Tatiana", 8, ["Таня"]),
    ("Юлія", "Юлия", "Julia", "Julia", 7, ["Юля"]),
    ("Ірина", "Ирина", "Irena", "Irina", 7, ["Іра"]),
    ("Оксана", "Оксана", "Oksana", "Oksana", 6, []),
    ("Ольга", "Ольга", "Olga", "Olga", 6, ["Оля"]),
    ("Світлана", "Светлана", "Swietłana", "Svetlana", 5, ["Світла"]),
    ("Марія", "Мария", "Maria", "Maria", 5, ["Маша"]),
    ("Анна", "Анна", "Anna", "Anna", 5, ["Аня"]),
    ("Катерина", "Екатерина", "Katarzyna", "Catherine", 5, ["Катя"]),
    ("Людмила", "Людмила", "Ludmiła", "Ludmila", 3, ["Люда"]),
    ("Галина", "Галина", "Halina", "Galina", 3, ["Галя"]),
    ("Вікторія", "Виктория", "Wiktoria", "Victoria", 5, ["Віка"]),
    ("Анастасія", "Анастасия", "Anastazja", "Anastasia", 5, ["Настя"]),
    ("Аліна", "Алина", "Alina", "Alina", 3, []),
    ("Надія", "Надежда", "Nadzieja", "Nadia", 2, ["Надя"]),
    ("Валентина", "Валентина", "Walentyna", "Valentina", 2, ["Валя"]),
    ("Дарина", "Дарья", "Daria", "Daria", 3, ["Даша"]),
    ("Софія", "София", "Zofia", "Sofia", 3, ["Соня"]),
    ("Христина", "Кристина", "Krystyna", "Christina", 3, []),
    ("Яна", "Яна", "Jana", "Yana", 2, []),
    ("Лариса", "Лариса", "Larysa", "Larisa", 2, []),
    ("Інна", "Инна", "Inna", "Inna", 2, []),
    ("Марина", "Марина", "Maryna", "Marina", 3, []),
]  # fmt: skip
# Ukrainian family names: (Ukrainian, Russian form, weight); gendered ones end -ов/-ев/-ський
UA_FAM = [
    ("Мельник", "Мельник", 9), ("Шевченко", "Шевченко", 10), ("Коваленко", "Коваленко", 8),
    ("Бондаренко", "Бондаренко", 7), ("Бойко", "Бойко", 7), ("Ткаченко", "Ткаченко", 6),
    ("Кравченко", "Кравченко", 6), ("Ковальчук", "Ковальчук", 6), ("Коваль", "Коваль", 5),
    ("Олійник", "Олейник", 5), ("Шевчук", "Шевчук", 5), ("Поліщук", "Полищук", 4),
    ("Щербак", "Щербак", 3), ("Лисенко", "Лысенко", 4), ("Руденко", "Руденко", 4),
    ("Савченко", "Савченко", 4), ("Петренко", "Петренко", 4), ("Марченко", "Марченко", 4),
    ("Мороз", "Мороз", 4), ("Павленко", "Павленко", 3), ("Гончаренко", "Гончаренко", 3),
    ("Кузьменко", "Кузьменко", 3), ("Клименко", "Клименко", 3), ("Романенко", "Романенко", 3),
    ("Мазур", "Мазур", 3), ("Кравчук", "Кравчук", 3), ("Савчук", "Савчук", 2),
    ("Литвиненко", "Литвиненко", 3), ("Карпенко", "Карпенко", 2), ("Гнатюк", "Гнатюк", 2),
    ("Левченко", "Левченко", 2), ("Костенко", "Костенко", 2), ("Захарченко", "Захарченко", 2),
    ("Приходько", "Приходько", 2), ("Дячук", "Дьячук", 1), ("Юрченко", "Юрченко", 2),
    ("Білик", "Билык", 1), ("Кравець", "Кравец", 2), ("Гаврилюк", "Гаврилюк", 2),
    ("Ковальов", "Ковалёв", 3), ("Вишневський", "Вишневский", 2), ("Савицький", "Савицкий", 2),
    ("Іваненко", "Иваненко", 2), ("Федорчук", "Федорчук", 1), ("Яковенко", "Яковенко", 1),
    ("Зайченко", "Зайченко", 1), ("Ярошенко", "Ярошенко", 1), ("Ничипорук", "Ничипорук", 1),
    ("Демченко", "Демченко", 1), ("Головко", "Головко", 1), ("Остапчук", "Остапчук", 1),
]  # fmt: skip
RU_FAM = [
    ("Іванов", "Иванов", 8), ("Смирнов", "Смирнов", 6), ("Кузнєцов", "Кузнецов", 5),
    ("Попов", "Попов", 5), ("Васильєв", "Васильев", 4), ("Петров", "Петров", 5),
    ("Соколов", "Соколов", 4), ("Михайлов", "Михайлов", 3), ("Новіков", "Новиков", 3),
    ("Федоров", "Федоров", 3), ("Морозов", "Морозов", 3), ("Волков", "Волков", 3),
    ("Алексєєв", "Алексеев", 2), ("Лебедєв", "Лебедев", 2), ("Семенов", "Семёнов", 2),
    ("Єгоров", "Егоров", 2), ("Павлов", "Павлов", 2), ("Козлов", "Козлов", 2),
    ("Степанов", "Степанов", 2), ("Орлов", "Орлов", 2), ("Макаров", "Макаров", 2),
    ("Никитін", "Никитин", 2), ("Захаров", "Захаров", 2), ("Зайцев", "Зайцев", 2),
    ("Соловйов", "Соловьёв", 2), ("Борисов", "Борисов", 1), ("Яковлев", "Яковлев", 1),
    ("Григор'єв", "Григорьев", 1), ("Романов", "Романов", 1), ("Кисельов", "Киселёв", 1),
]  # fmt: skip
# Polish: (name, weight, diminutive or None)
PL_M = [
    ("Piotr", 10, "Piotrek"), ("Krzysztof", 10, "Krzysiek"), ("Andrzej", 9, "Andrzej"),
    ("Tomasz", 9, "Tomek"), ("Paweł", 8, "Paweł"), ("Jan", 7, "Janek"), ("Michał", 8, "Michał"),
    ("Marcin", 7, "Marcin"), ("Stanisław", 4, "Staszek"), ("Jakub", 6, "Kuba"), ("Adam", 5, None),
    ("Marek", 5, None), ("Łukasz", 6, "Łukasz"), ("Grzegorz", 5, "Grzesiek"),
    ("Mateusz", 5, "Mateusz"), ("Wojciech", 5, "Wojtek"), ("Mariusz", 4, None),
    ("Dariusz", 4, "Darek"), ("Zbigniew", 3, "Zbyszek"), ("Rafał", 4, None), ("Kamil", 4, None),
    ("Robert", 3, None), ("Józef", 3, None), ("Jacek", 3, None), ("Maciej", 4, "Maciek"),
    ("Sławomir", 2, "Sławek"), ("Przemysław", 2, "Przemek"), ("Bartłomiej", 3, "Bartek"),
    ("Szymon", 3, None), ("Kacper", 2, None), ("Dawid", 3, None), ("Artur", 2, None),
    ("Sebastian", 2, None), ("Damian", 2, None), ("Henryk", 1, None), ("Ryszard", 1, "Rysiek"),
]  # fmt: skip
PL_F = [
    ("Anna", 12, "Ania"), ("Katarzyna", 9, "Kasia"), ("Maria", 7, "Marysia"),
    ("Małgorzata", 8, "Gosia"), ("Agnieszka", 7, "Aga"), ("Barbara", 4, "Basia"),
    ("Ewa", 5, None), ("Krystyna", 3, None), ("Elżbieta", 4, "Ela"), ("Magdalena", 6, "Magda"),
    ("Joanna", 6, "Asia"), ("Zofia", 3, "Zosia"), ("Aleksandra", 5, "Ola"), ("Monika", 5, None),
    ("Teresa", 2, None), ("Danuta", 2, None), ("Natalia", 4, None), ("Karolina", 5, None),
    ("Marta", 4, None), ("Beata", 3, None), ("Dorota", 3, None), ("Halina", 2, None),
    ("Justyna", 3, None), ("Julia", 3, None), ("Paulina", 4, None), ("Agata", 2, None),
    ("Iwona", 3, None), ("Grażyna", 2, None), ("Weronika", 2, None), ("Renata", 2, None),
]  # fmt: skip
PL_FAM = [
    ("Nowak", 20), ("Kowalski", 14), ("Wiśniewski", 10), ("Wójcik", 9), ("Kowalczyk", 9),
    ("Kamiński", 8), ("Lewandowski", 8), ("Zieliński", 7), ("Szymański", 7), ("Woźniak", 7),
    ("Dąbrowski", 6), ("Kozłowski", 6), ("Jankowski", 5), ("Mazur", 5), ("Wojciechowski", 5),
    ("Kwiatkowski", 5), ("Krawczyk", 5), ("Kaczmarek", 5), ("Piotrowski", 4), ("Grabowski", 4),
    ("Zając", 4), ("Pawłowski", 4), ("Michalski", 4), ("Król", 4), ("Wieczorek", 3),
    ("Jabłoński", 3), ("Wróbel", 3), ("Nowakowski", 3), ("Majewski", 3), ("Olszewski", 3),
    ("Stępień", 3), ("Malinowski", 3), ("Jaworski", 3), ("Adamczyk", 3), ("Dudek", 3),
    ("Nowicki", 3), ("Pawlak", 3), ("Górski", 3), ("Witkowski", 3), ("Walczak", 3),
    ("Sikora", 2), ("Baran", 2), ("Rutkowski", 2), ("Michalak", 2), ("Szewczyk", 2),
    ("Ostrowski", 2), ("Tomaszewski", 2), ("Pietrzak", 2), ("Zalewski", 2), ("Wróblewski", 2),
    ("Jasiński", 2), ("Marciniak", 2), ("Sadowski", 2), ("Bąk", 2), ("Zawadzki", 2),
    ("Chmielewski", 1), ("Włodarczyk", 1), ("Borkowski", 1), ("Czarnecki", 1), ("Sokołowski", 1),
    ("Urbański", 1), ("Kubiak", 1), ("Maciejewski", 1), ("Szczepański", 1), ("Kucharski", 1),
    ("Wilk", 1), ("Kalinowski", 1), ("Lis", 1), ("Mazurek", 1), ("Wysocki", 1), ("Adamski", 1),
    ("Kaźmierczak", 1), ("Wasilewski", 1), ("Sobczak", 1), ("Czerwiński", 1), ("Andrzejewski", 1),
]  # fmt: skip
LT_M = [("Jonas", 5), ("Tomas", 6), ("Mantas", 5), ("Darius", 4), ("Andrius", 4), ("Lukas", 4),
        ("Paulius", 4), ("Vytautas", 3), ("Marius", 4), ("Giedrius", 2)]  # fmt: skip
LT_F = [("Rūta", 4), ("Agnė", 4), ("Laura", 4), ("Greta", 3), ("Eglė", 4), ("Inga", 3),
        ("Jurgita", 3), ("Kristina", 4), ("Aušra", 2)]  # fmt: skip
LT_FAM = [("Kazlauskas", 6), ("Jankauskas", 5), ("Petrauskas", 5), ("Stankevičius", 4),
          ("Vasiliauskas", 4), ("Žukauskas", 3), ("Butkus", 3), ("Paulauskas", 3),
          ("Urbonas", 3), ("Kavaliauskas", 3), ("Navickas", 2), ("Ramanauskas", 2)]  # fmt: skip
LV_M = [("Jānis", 6), ("Andris", 5), ("Mārtiņš", 4), ("Kristaps", 3), ("Edgars", 3),
        ("Māris", 3), ("Artūrs", 3), ("Roberts", 2)]  # fmt: skip
LV_F = [("Anna", 4), ("Kristīne", 4), ("Laura", 3), ("Inese", 3), ("Ilze", 4), ("Līga", 3),
        ("Sanita", 2), ("Dace", 2)]  # fmt: skip
LV_FAM = [("Bērziņš", 6), ("Kalniņš", 5), ("Ozoliņš", 5), ("Jansons", 4), ("Liepiņš", 4),
          ("Krūmiņš", 3), ("Balodis", 3), ("Zariņš", 3), ("Pētersons", 3), ("Vītols", 2)]  # fmt: skip
EE_M = [("Andres", 4), ("Martin", 5), ("Jaan", 3), ("Kristjan", 3), ("Rasmus", 3), ("Margus", 3),
        ("Priit", 2), ("Tõnu", 2)]  # fmt: skip
EE_F = [("Mari", 4), ("Kadri", 3), ("Liis", 3), ("Triin", 3), ("Kristiina", 3), ("Kätlin", 2),
        ("Maarja", 3), ("Piret", 2)]  # fmt: skip
EE_FAM = [("Tamm", 6), ("Saar", 5), ("Sepp", 4), ("Mägi", 4), ("Kask", 4), ("Kukk", 3),
          ("Rebane", 3), ("Ilves", 2), ("Pärn", 2), ("Koppel", 2)]  # fmt: skip
# Latvian official forms of Russian given names (Latvian passports)
LV_OF_RU = {
    "Александр": "Aleksandrs", "Сергей": "Sergejs", "Андрей": "Andrejs", "Владимир": "Vladimirs",
    "Дмитрий": "Dmitrijs", "Алексей": "Aleksejs", "Максим": "Maksims", "Иван": "Ivans",
    "Юрий": "Jurijs", "Виталий": "Vitālijs", "Николай": "Nikolajs", "Михаил": "Mihails",
    "Виктор": "Viktors", "Олег": "Olegs", "Игорь": "Igors", "Роман": "Romans", "Денис": "Deniss",
    "Евгений": "Jevgēņijs", "Павел": "Pāvels", "Вадим": "Vadims", "Артём": "Artjoms",
    "Елена": "Jeļena", "Наталья": "Natālija", "Татьяна": "Tatjana", "Юлия": "Jūlija",
    "Ирина": "Irina", "Ольга": "Olga", "Светлана": "Svetlana", "Мария": "Marija", "Анна": "Anna",
    "Екатерина": "Jekaterina", "Виктория": "Viktorija", "Анастасия": "Anastasija",
    "Марина": "Marina", "Людмила": "Ludmila", "Галина": "Gaļina", "Дарья": "Darja",
    "Кристина": "Kristīna", "Инна": "Inna", "Яна": "Jana", "Лариса": "Larisa",
}  # fmt: skip

# ---- transliteration ------------------------------------------------------------------------
_UA_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "ё": "e",
    "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip
_UA_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU_POP = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "'": "",
}  # fmt: skip
_RU_ICAO = dict(_RU_POP, **{"й": "i", "ю": "iu", "я": "ia", "ъ": "ie", "ц": "ts"})
_PL = {
    "а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "ż",
    "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
    "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "", "ю": "ju", "я": "ja", "'": "", "ё": "io",
    "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip
_SOFTENING = set("ієюяїь")


def _case_like(src: str, out: str) -> str:
    if src.isupper() and len(src) > 1:
        return out.upper()
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def translit(word: str, scheme: str, russian: bool = False) -> str:
    """A Cyrillic word in Latin letters by one scheme: ``kmu`` (Ukraine's national system),
    ``ru`` (the popular Russian one), ``icao`` (Russian passports since 2013), ``pl``
    (Polish spelling)."""
    out = []
    low = word.lower()
    for k, ch in enumerate(low):
        prev = low[k - 1] if k else " "
        nxt = low[k + 1] if k + 1 < len(low) else " "
        if scheme == "kmu":
            if not prev.isalpha() and ch in _UA_KMU_INITIAL:
                out.append(_UA_KMU_INITIAL[ch])
            elif ch == "г" and prev == "з":
                out.append("gh")
            else:
                out.append(_UA_KMU.get(ch, ch))
        elif scheme in ("ru", "icao"):
            tab = _RU_POP if scheme == "ru" else _RU_ICAO
            if scheme == "ru" and ch == "и" and nxt == "й" and k + 2 == len(low):
                out.append("i")  # -ий: -iy
            elif ch == "е" and (not prev.isalpha() or prev in "аеёиоуыэюяьъ") and scheme == "ru":
                out.append("ye" if k else "e")
            else:
                out.append(tab.get(ch, ch))
        else:  # pl
            if ch == "л" and nxt in _SOFTENING:
                out.append("l")
            elif ch == "и" and russian:
                out.append("i")
            elif ch == "г" and russian:
                out.append("g")
            elif ch in "юяєё" and prev.isalpha() and prev not in "аеєиіїоуюяь'":
                out.append({"ю": "iu", "я": "ia", "є": "ie", "ё": "io"}[ch])
            elif ch == "ь" and prev in "нсзцдт":
                out.append({"н": "", "с": "", "з": "", "ц": "", "д": "", "т": ""}[prev])
            else:
                out.append(_PL.get(ch, ch))
    s = "".join(out)
    parts = word.split("-")
    if len(parts) > 1:
        return "-".join(translit(p, scheme, russian) for p in parts)
    return _case_like(word, s)


_PL_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_BALTIC_ASCII = str.maketrans(
    "āčēģīķļņšūžėįųõäöüĀČĒĢĪĶĻŅŠŪŽĖĮŲÕÄÖÜ", "acegiklnsuzeiuoaouACEGIKLNSUZEIUOAOU"
)


def ascii_fold(s: str) -> str:
    return s.translate(_PL_ASCII).translate(_BALTIC_ASCII)


def fem_pl(s: str) -> str:
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(m):
            return s[: -len(m)] + f
    return s


def fem_cyr(s: str, ukr: bool) -> str:
    if s.endswith(("ов", "ев", "єв", "ёв", "ин", "ін")):
        return s + "а"
    if s.endswith("ський") or s.endswith("цький"):
        return s[:-2] + "а"
    if s.endswith("ский") or s.endswith("цкий"):
        return s[:-2] + "ая"
    return s


def fem_lt(s: str, married: bool) -> str:
    stem = s[:-2] if s.endswith(("as", "is", "us")) else s
    if married:
        return stem + "ienė"
    return stem + {"as": "aitė", "is": "ytė", "us": "ūtė"}.get(s[-2:], "aitė")


def fem_lv(s: str) -> str:
    if s.endswith("ons"):
        return s[:-3] + "one"
    if s.endswith("š"):
        return s[:-1] + "a"
    if s.endswith("is"):
        return s[:-2] + "e"
    if s.endswith("s"):
        return s[:-1] + "a"
    return s


def lv_of_ru_surname(ru: str, female: bool) -> str:
    lat = (
        translit(ru, "ru")
        .replace("kh", "h")
        .replace("ch", "č")
        .replace("sh", "š")
        .replace("zh", "ž")
        .replace("ts", "c")
        .replace("y", "j")
    )
    if female:
        return lat  # Ivanova
    return lat + "s"  # Ivanovs


# ---- places ---------------------------------------------------------------------------------
# Polish cities: (name, ascii/English forms, postcode prefixes, weight)
PL_CITIES = [
    ("Warszawa", ["Warsaw", "WARSZAWA", "Warszawa"], ["00", "01", "02", "03", "04"], 30),
    ("Kraków", ["Krakow", "Cracow", "KRAKÓW"], ["30", "31"], 13),
    ("Wrocław", ["Wroclaw", "WROCŁAW"], ["50", "51", "52", "53", "54"], 11),
    ("Łódź", ["Lodz", "ŁÓDŹ"], ["90", "91", "92", "93", "94"], 8),
    ("Poznań", ["Poznan", "POZNAŃ"], ["60", "61"], 8),
    ("Gdańsk", ["Gdansk", "GDAŃSK"], ["80"], 7),
    ("Szczecin", ["SZCZECIN"], ["70", "71"], 4),
    ("Lublin", ["LUBLIN"], ["20"], 5),
    ("Katowice", ["KATOWICE"], ["40"], 4),
    ("Białystok", ["Bialystok"], ["15"], 3),
    ("Rzeszów", ["Rzeszow"], ["35"], 4),
    ("Gdynia", ["GDYNIA"], ["81"], 3),
    ("Przemyśl", ["Przemysl"], ["37"], 1),
    ("Piaseczno", ["Piaseczno"], ["05"], 1),
]  # fmt: skip
PL_STREETS = [
    ("Marszałkowska", 3), ("Puławska", 3), ("Grochowska", 2), ("Jana Pawła II", 3),
    ("Mickiewicza", 5), ("Słowackiego", 4), ("Kościuszki", 4), ("Piłsudskiego", 3),
    ("Sienkiewicza", 4), ("Długa", 3), ("Polna", 4), ("Leśna", 5), ("Ogrodowa", 4),
    ("Lipowa", 4), ("Kwiatowa", 3), ("Szkolna", 5), ("Warszawska", 4), ("Krakowska", 3),
    ("Wojska Polskiego", 3), ("3 Maja", 3), ("Armii Krajowej", 3), ("Kolejowa", 3),
    ("Zielona", 3), ("Słoneczna", 3), ("Parkowa", 2), ("Żeromskiego", 2), ("Reymonta", 2),
    ("Konopnickiej", 2), ("Prusa", 2), ("Wyszyńskiego", 2), ("Łąkowa", 2), ("Brzozowa", 2),
    ("Kasprowicza", 1), ("Wrocławska", 1), ("Grunwaldzka", 2), ("Dworcowa", 1),
]  # fmt: skip
# Ukrainian cities: (Ukrainian, Russian, Latin forms, postcode prefix, weight)
UA_CITIES = [
    ("Київ", "Киев", ["Kyiv", "Kiev", "Kijów"], "0", 30),
    ("Львів", "Львов", ["Lviv", "Lwów", "Lvov"], "79", 12),
    ("Харків", "Харьков", ["Kharkiv", "Charków"], "61", 10),
    ("Одеса", "Одесса", ["Odesa", "Odessa"], "65", 9),
    ("Дніпро", "Днепр", ["Dnipro", "Dnepr"], "49", 9),
    ("Запоріжжя", "Запорожье", ["Zaporizhzhia", "Zaporozhye"], "69", 5),
    ("Вінниця", "Винница", ["Vinnytsia", "Winnica"], "21", 5),
    ("Івано-Франківськ", "Ивано-Франковск", ["Ivano-Frankivsk", "Iwano-Frankiwsk"], "76", 4),
    ("Тернопіль", "Тернополь", ["Ternopil", "Tarnopol"], "46", 4),
    ("Луцьк", "Луцк", ["Lutsk", "Łuck"], "43", 3),
    ("Рівне", "Ровно", ["Rivne", "Równe"], "33", 3),
    ("Житомир", "Житомир", ["Zhytomyr", "Żytomierz"], "10", 3),
    ("Черкаси", "Черкассы", ["Cherkasy"], "18", 2),
    ("Полтава", "Полтава", ["Poltava"], "36", 2),
]  # fmt: skip
UA_STREETS = [
    ("Шевченка", "Шевченко", 6), ("Франка", "Франко", 4), ("Соборна", "Соборная", 4),
    ("Грушевського", "Грушевского", 3), ("Незалежності", "Независимости", 3),
    ("Центральна", "Центральная", 4), ("Садова", "Садовая", 4), ("Миру", "Мира", 4),
    ("Перемоги", "Победы", 3), ("Лесі Українки", "Леси Украинки", 3),
    ("Київська", "Киевская", 3), ("Зелена", "Зеленая", 3), ("Набережна", "Набережная", 2),
    ("Степана Бандери", "Степана Бандеры", 2), ("Гагаріна", "Гагарина", 2),
    ("Молодіжна", "Молодежная", 2), ("Шкільна", "Школьная", 2), ("Польова", "Полевая", 2),
    ("Героїв Майдану", "Героев Майдана", 1), ("Космонавтів", "Космонавтов", 1),
]  # fmt: skip
BALTIC_CITIES = {
    "LT": [("Vilnius", ["Vilnius", "Wilno", "Вильнюс"], "LT-0", 6), ("Kaunas", ["Kaunas", "Kowno"],
            "LT-4", 3), ("Klaipėda", ["Klaipeda", "Клайпеда"], "LT-9", 2)],
    "LV": [("Rīga", ["Riga", "Рига", "Ryga"], "LV-10", 8), ("Daugavpils", ["Daugavpils",
            "Даугавпилс"], "LV-54", 2)],
    "EE": [("Tallinn", ["Tallinn", "Таллин", "Tallin"], "1", 6), ("Tartu", ["Tartu", "Тарту"],
            "5", 2), ("Narva", ["Narva", "Нарва"], "20", 2)],
}  # fmt: skip
BALTIC_STREETS = {
    "LT": [("Gedimino", "pr."), ("Konstitucijos", "pr."), ("Savanorių", "pr."),
           ("Laisvės", "al."), ("Žirmūnų", "g."), ("Antakalnio", "g."), ("Taikos", "pr.")],
    "LV": [("Brīvības", "iela"), ("Krasta", "iela"), ("Dzirnavu", "iela"), ("Maskavas", "iela"),
           ("Lāčplēša", "iela"), ("Valdemāra", "iela")],
    "EE": [("Narva", "mnt"), ("Pärnu", "mnt"), ("Tartu", "mnt"), ("Sõpruse", "pst"),
           ("Mustamäe", "tee"), ("Lasnamäe", "tn")],
}  # fmt: skip
COUNTRY_NAMES = {
    "PL": {"pl": ["Polska", "PL", "POLSKA"], "en": ["Poland", "PL", "POL"],
           "ua": ["Польща", "PL"], "ru": ["Польша"]},
    "UA": {"pl": ["Ukraina", "UA"], "en": ["Ukraine", "UA", "UKR"], "ua": ["Україна", "UA"],
           "ru": ["Украина"]},
    "LT": {"pl": ["Litwa", "LT"], "en": ["Lithuania", "LT"], "ua": ["Литва"], "ru": ["Литва"]},
    "LV": {"pl": ["Łotwa", "LV"], "en": ["Latvia", "LV"], "ua": ["Латвія"], "ru": ["Латвия"]},
    "EE": {"pl": ["Estonia", "EE"], "en": ["Estonia", "EE"], "ua": ["Естонія"], "ru": ["Эстония"]},
}  # fmt: skip
COMPANIES = [
    "Biedronka", "Żabka Polska", "Comarch", "Asseco", "Orlen", "PKO BP", "Allegro", "LPP",
    "CD Projekt", "Budimex", "Amazon Fulfillment", "DHL Supply Chain", "Raben", "Mokpol",
    "Rossmann", "Castorama", "Carrefour", "Ikea Industry", "Volkswagen Poznań", "Stellantis",
]  # fmt: skip

PL_DOMAINS = [
    ("gmail.com", 35),
    ("wp.pl", 16),
    ("o2.pl", 12),
    ("onet.pl", 10),
    ("interia.pl", 10),
    ("op.pl", 5),
    ("outlook.com", 5),
    ("yahoo.com", 2),
    ("tlen.pl", 2),
]
UA_DOMAINS = [
    ("gmail.com", 50),
    ("ukr.net", 25),
    ("i.ua", 6),
    ("meta.ua", 4),
    ("outlook.com", 3),
    ("yahoo.com", 2),
    ("icloud.com", 3),
]
RU_DOMAINS = [
    ("gmail.com", 40),
    ("mail.ru", 20),
    ("inbox.lv", 12),
    ("yandex.ru", 10),
    ("ukr.net", 8),
    ("bk.ru", 4),
    ("list.ru", 3),
]
BALTIC_DOMAINS = {
    "LT": [("gmail.com", 60), ("one.lt", 15), ("inbox.lt", 20)],
    "LV": [("gmail.com", 55), ("inbox.lv", 35), ("apollo.lv", 10)],
    "EE": [("gmail.com", 60), ("hot.ee", 20), ("mail.ee", 20)],
}


def wchoice(rnd: random.Random, items):
    vals, ws = zip(*[(it[0], it[-1]) if isinstance(it, tuple) else it for it in items], strict=True)
    return rnd.choices(vals, ws)[0]


def wrow(rnd: random.Random, rows, wcol):
    return rnd.choices(rows, [r[wcol] for r in rows])[0]


class East:
    def __init__(self, persons: int, seed: int):
        self.rnd = random.Random(seed)
        self.n = persons
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.used: set = set()
        self.seq: dict[str, int] = {}
        self.lockers = self._lockers()
        self.companies = []
        self.proxy: set[str] = set()  # records of one person naming another (a parcel's receiver)

    # ---- identifiers -------------------------------------------------------------------------
    def unique(self, make):
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    def mobile(self, cc: str) -> tuple[str, str]:
        rnd = self.rnd

        def make():
            if cc == "PL":
                return (
                    "PL",
                    rnd.choice(
                        ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]
                    )
                    + f"{rnd.randrange(10**7):07d}",
                )
            if cc == "UA":
                return (
                    "UA",
                    rnd.choice(
                        ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]
                    )
                    + f"{rnd.randrange(10**7):07d}",
                )
            if cc == "LT":
                return ("LT", "6" + f"{rnd.randrange(10**7):07d}")
            if cc == "LV":
                return ("LV", "2" + f"{rnd.randrange(10**7):07d}")
            return ("EE", "5" + f"{rnd.randrange(10**7):07d}")

        return self.unique(make)

    def landline(self, cc: str) -> tuple[str, str]:
        rnd = self.rnd
        if cc == "PL":
            return self.unique(
                lambda: (
                    "PL",
                    rnd.choice(["22", "12", "71", "42", "61", "58"])
                    + f"{rnd.randrange(10**7):07d}",
                )
            )
        return self.unique(
            lambda: (
                "UA",
                rnd.choice(["44", "32", "57", "48", "56"]) + f"{rnd.randrange(10**7):07d}",
            )
        )

    def fmt_phone(self, ph, style: str | None = None) -> str | None:
        if ph is None:
            return None
        cc, n = ph
        rnd = self.rnd
        if rnd.random() < 0.015:
            n = self._digit_slip(n)
        code = {"PL": "48", "UA": "380", "LT": "370", "LV": "371", "EE": "372"}[cc]
        if cc == "PL":
            style = style or wchoice(
                rnd,
                [
                    ("e164sp", 20),
                    ("e164", 15),
                    ("sp", 25),
                    ("dash", 8),
                    ("bare", 22),
                    ("00", 5),
                    ("cc", 5),
                ],
            )
            return {
                "e164sp": f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                "e164": f"+48{n}",
                "sp": f"{n[:3]} {n[3:6]} {n[6:]}",
                "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
                "bare": n,
                "00": f"0048{n}",
                "cc": f"48{n}",
                "national": n,
            }.get(style, n)
        if cc == "UA":
            style = style or wchoice(
                rnd,
                [
                    ("e164sp", 15),
                    ("e164", 12),
                    ("cc", 8),
                    ("national", 25),
                    ("national_sp", 15),
                    ("paren", 10),
                    ("eight", 5),
                    ("plus38", 7),
                    ("bare", 3),
                ],
            )
            return {
                "e164sp": f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                "e164": f"+380{n}",
                "cc": f"380{n}",
                "national": f"0{n}",
                "national_sp": f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                "paren": f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                "eight": f"8 0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                "plus38": f"+38 (0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                "bare": n,
            }.get(style, f"0{n}")
        if cc == "LT":
            style = style or wchoice(rnd, [("e164sp", 35), ("e164", 25), ("eight", 30), ("cc", 10)])
            return {
                "e164sp": f"+370 {n[:3]} {n[3:]}",
                "e164": f"+370{n}",
                "eight": f"8 {n[:3]} {n[3:]}" if rnd.random() < 0.5 else f"8{n}",
                "cc": f"370{n}",
            }.get(style, f"+370{n}")
        style = style or wchoice(rnd, [("e164sp", 35), ("e164", 30), ("bare", 35)])
        return {
            "e164sp": f"+{code} {n[:4]} {n[4:]}",
            "e164": f"+{code}{n}",
            "bare": n,
        }.get(style, f"+{code}{n}")

    def _digit_slip(self, n: str) -> str:
        i = self.rnd.randrange(2, len(n))
        return n[:i] + str((int(n[i]) + self.rnd.randrange(1, 10)) % 10) + n[i + 1 :]

    def pesel(self, dob: dt.date, male: bool) -> str:
        rnd = self.rnd
        m = dob.month + (20 if dob.year >= 2000 else 0)

        def make():
            serial = f"{rnd.randrange(1000):03d}"
            sex = rnd.choice("13579" if male else "02468")
            body = f"{dob.year % 100:02d}{m:02d}{dob.day:02d}{serial}{sex}"
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
            c = (10 - sum(int(d) * k for d, k in zip(body, w, strict=True)) % 10) % 10
            return body + str(c)

        return self.unique(make)

    def rnokpp(self, dob: dt.date, male: bool) -> str:
        rnd = self.rnd
        days = (dob - dt.date(1899, 12, 31)).days

        def make():
            body = f"{days:05d}{rnd.randrange(1000):03d}{rnd.choice('13579' if male else '02468')}"
            w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
            c = sum(int(d) * k for d, k in zip(body, w, strict=True)) % 11 % 10
            return body + str(c)

        return self.unique(make)

    def card(self) -> str:
        rnd = self.rnd

        def make():
            bin_ = rnd.choice(["4", "5"]) + f"{rnd.randrange(10**5):05d}"
            body = bin_ + f"{rnd.randrange(10**9):09d}"
            return body + luhn_digit(body)

        return self.unique(make)

    def nip(self) -> str:
        rnd = self.rnd

        def make():
            while True:
                body = f"{rnd.randrange(100, 999)}{rnd.randrange(10**6):06d}"
                w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
                c = sum(int(d) * k for d, k in zip(body, w, strict=True)) % 11
                if c < 10:
                    return body + str(c)

        return self.unique(make)

    # ---- places ------------------------------------------------------------------------------
    def _lockers(self):
        """Parcel lockers per Polish city (an address each, shared by all who use it)."""
        rnd = self.rnd
        out = {}
        for city, _forms, pcs, w in PL_CITIES:
            code = ascii_fold(city)[:3].upper()
            n = max(3, w)
            out[city] = []
            for k in range(n):
                street = wchoice(rnd, PL_STREETS)
                out[city].append(
                    {
                        "code": f"{code}{rnd.randrange(1, 400):02d}{rnd.choice('MNAP')}",
                        "street": street,
                        "no": str(rnd.randrange(1, 120)),
                        "pc": f"{rnd.choice(pcs)}-{rnd.randrange(1000):03d}",
                        "city": city,
                        "w": 1 / (k + 1),
                    }
                )
        return out

    def new_address(self, cc: str, city=None):
        rnd = self.rnd
        if cc == "PL":
            row = city or wrow(rnd, PL_CITIES, 3)
            flat = rnd.random() < 0.7
            return {
                "cc": "PL",
                "city": row[0],
                "city_forms": row[1],
                "street": wchoice(rnd, PL_STREETS),
                "kind": rnd.choice(["ul."] * 9 + ["al.", "os."]),
                "no": str(rnd.randrange(1, 150))
                + (rnd.choice("ABC") if rnd.random() < 0.05 else ""),
                "flat": str(rnd.randrange(1, 90)) if flat else None,
                "pc": f"{rnd.choice(row[2])}-{rnd.randrange(1000):03d}",
            }
        if cc == "UA":
            row = city or wrow(rnd, UA_CITIES, 4)
            st = wrow(rnd, UA_STREETS, 2)
            flat = rnd.random() < 0.75
            pc = row[3] + f"{rnd.randrange(10 ** (5 - len(row[3]))):0{5 - len(row[3])}d}"
            return {
                "cc": "UA",
                "city": row[0],
                "city_ru": row[1],
                "city_forms": row[2],
                "street": st[0],
                "street_ru": st[1],
                "kind": rnd.choice(["вул."] * 8 + ["просп.", "пров."]),
                "no": str(rnd.randrange(1, 120)),
                "flat": str(rnd.randrange(1, 200)) if flat else None,
                "pc": pc,
            }
        row = city or wrow(rnd, BALTIC_CITIES[cc], 3)
        st, kind = rnd.choice(BALTIC_STREETS[cc])
        pc = row[2] + "".join(
            str(rnd.randrange(10))
            for _ in range(5 - len(row[2].replace("LT-", "").replace("LV-", "")))
        )
        return {
            "cc": cc,
            "city": row[0],
            "city_forms": row[1],
            "street": st,
            "kind": kind,
            "no": str(rnd.randrange(1, 150)),
            "flat": str(rnd.randrange(1, 100)) if rnd.random() < 0.8 else None,
            "pc": pc,
        }

    def fmt_street(self, a, lang: str = "native") -> str:
        """The street line as one system writes it."""
        rnd = self.rnd
        flat = a.get("flat")
        if a["cc"] == "PL":
            st = a["street"]
            if rnd.random() < 0.25:
                st = ascii_fold(st)
            kind = a["kind"] if rnd.random() < 0.75 else ""
            if kind and rnd.random() < 0.15:
                kind = kind.rstrip(".") + "." if rnd.random() < 0.5 else kind.replace(".", "")
            sep = " " if rnd.random() < 0.85 else ""
            head = (kind + sep if kind else "") + st + " " + a["no"]
            if flat:
                r = rnd.random()
                if r < 0.45:
                    head += "/" + flat
                elif r < 0.7:
                    head += " m. " + flat
                elif r < 0.8:
                    head += " lok. " + flat
                elif r < 0.9:
                    head += " m " + flat
                elif r < 0.95:
                    head += " / " + flat
            if rnd.random() < 0.06:
                head = head.upper()
            return head
        if a["cc"] == "UA":
            r = rnd.random()
            if lang == "ru":
                kind = {"вул.": "ул.", "просп.": "пр-т", "пров.": "пер."}[a["kind"]]
                head = f"{kind} {a['street_ru']}, {a['no']}"
                if flat:
                    head += rnd.choice([f", кв. {flat}", f" кв {flat}", f"/{flat}", f", кв.{flat}"])
                return head
            if lang == "latin":
                kind = {"вул.": "vul.", "просп.": "prosp.", "пров.": "prov."}[a["kind"]]
                st = translit(a["street"], "kmu")
                head = f"{kind} {st} {a['no']}"
                if flat:
                    head += rnd.choice([f"/{flat}", f", kv. {flat}", f" m. {flat}", f"-{flat}"])
                return head
            kind = a["kind"] if r < 0.85 else ""
            head = (kind + " " if kind else "") + a["street"] + rnd.choice([", ", " "]) + a["no"]
            if flat:
                head += rnd.choice([f", кв. {flat}", f" кв. {flat}", f"/{flat}", f", кв.{flat}"])
            return head
        # Baltic
        st = a["street"] if rnd.random() < 0.7 else ascii_fold(a["street"])
        head = f"{st} {a['kind']} {a['no']}"
        if flat:
            head += rnd.choice(
                [f"-{flat}", f"-{flat}", f" k. {flat}" if a["cc"] == "LV" else f"-{flat}"]
            )
        return head

    def city_of(self, a, lang: str = "native") -> str:
        rnd = self.rnd
        if a["cc"] == "UA":
            if lang == "ru":
                return a["city_ru"]
            if lang == "latin":
                return rnd.choice(a["city_forms"][:2])
            return a["city"] if rnd.random() < 0.9 else a["city"].upper()
        if lang == "latin" or rnd.random() < 0.25:
            return rnd.choice(a["city_forms"])
        return a["city"]

    # ---- persons -----------------------------------------------------------------------------
    def dob(self, lo=18, hi=80) -> dt.date:
        rnd = self.rnd
        age_days = rnd.randrange(lo * 365, hi * 365)
        return TODAY - dt.timedelta(days=age_days)

    def make_person(
        self,
        kind=None,
        gender=None,
        family=None,
        addr=None,
        dob=None,
        given=None,
        father=None,
        res=None,
    ):
        rnd = self.rnd
        kind = kind or wchoice(
            rnd, [("pl", 44), ("ua_pl", 20), ("ua", 19), ("ru", 7), ("lt", 4), ("lv", 3), ("ee", 3)]
        )
        gender = gender or ("M" if rnd.random() < 0.48 else "F")
        male = gender == "M"
        p = {"pid": f"P{len(self.persons) + 1:05d}", "kind": kind, "gender": gender}
        p["dob"] = dob or self.dob()
        if kind in ("ua", "ua_pl", "ru"):
            if male:
                row = given or wrow(rnd, UA_M, 4)
                p["given_ua"], p["given_ru"], p["given_pl"], p["given_en"] = row[:4]
                p["dim"] = row[6]
            else:
                row = given or wrow(rnd, UA_F, 4)
                p["given_ua"], p["given_ru"], p["given_pl"], p["given_en"] = row[:4]
                p["dim"] = row[5]
            p["given_row"] = row
            if family is not None:
                fam = family
            elif kind == "ru":
                fam = wrow(rnd, RU_FAM, 2) if rnd.random() < 0.75 else wrow(rnd, UA_FAM, 2)
            else:
                fam = wrow(rnd, UA_FAM, 2) if rnd.random() < 0.9 else wrow(rnd, RU_FAM, 2)
            p["fam_row"] = fam
            p["fam_ua"] = fem_cyr(fam[0], True) if not male else fam[0]
            p["fam_ru"] = fem_cyr(fam[1], False) if not male else fam[1]
            frow = father or wrow(rnd, UA_M, 4)
            p["father_row"] = frow
            pats = frow[5]
            if pats is None:
                pats = (frow[0] + "ович", frow[0] + "івна", frow[1] + "ович", frow[1] + "овна")
            p["pat_ua"] = pats[0] if male else pats[1]
            p["pat_ru"] = pats[2] if male else pats[3]
            # The person's own Latin spelling (passport): Ukrainians since 2010 by the
            # national system, older passports and Russian speakers by the Russian one.
            if res:
                p["res"] = res
            elif kind == "ru":
                p["res"] = wchoice(rnd, [("UA", 45), ("LV", 30), ("EE", 15), ("LT", 10)])
            elif kind == "ua_pl":
                p["res"] = "PL"
            else:
                p["res"] = "UA"
            p["scheme"] = (
                "kmu" if kind != "ru" and rnd.random() < 0.75 else rnd.choice(["ru", "icao"])
            )
            p["lat_given"], p["lat_fam"] = self.latin_name(p, p["scheme"])
        elif kind == "pl":
            row = given or wrow(rnd, PL_M if male else PL_F, 1)
            p["given"], p["dim"] = row[0], row[2]
            p["given_row"] = row
            fam = family or wrow(rnd, PL_FAM, 1)
            p["fam_row"] = fam
            p["fam"] = fem_pl(fam[0]) if not male else fam[0]
            p["res"] = "PL"
            p["lat_given"], p["lat_fam"] = p["given"], p["fam"]
        else:
            cc = kind.upper()
            tabs = {
                "LT": (LT_M, LT_F, LT_FAM),
                "LV": (LV_M, LV_F, LV_FAM),
                "EE": (EE_M, EE_F, EE_FAM),
            }[cc]
            row = given or wrow(rnd, tabs[0] if male else tabs[1], 1)
            p["given"], p["dim"] = row[0], None
            p["given_row"] = row
            fam = family or wrow(rnd, tabs[2], 1)
            p["fam_row"] = fam
            if male:
                p["fam"] = fam[0]
            elif cc == "LT":
                p["fam"] = fem_lt(fam[0], married=rnd.random() < 0.6)
            elif cc == "LV":
                p["fam"] = fem_lv(fam[0])
            else:
                p["fam"] = fam[0]
            p["res"] = res or (cc if rnd.random() < 0.85 else "PL")
            p["lat_given"], p["lat_fam"] = p["given"], p["fam"]
        p["addr"] = addr or self.new_address(p["res"])
        # phones
        p["phones"] = [self.mobile(p["res"])]
        if kind == "ua_pl":
            p["phones"].append(self.mobile("UA"))  # the old Ukrainian number, kept
        if kind in ("lt", "lv", "ee") and p["res"] == "PL":
            p["phones"].append(self.mobile(kind.upper()))
        if rnd.random() < 0.12:
            p["phones"].append(self.mobile(p["res"]))  # a second or new number
        # ids
        if p["res"] == "PL" or kind == "pl":
            p["pesel"] = (
                self.pesel(p["dob"], male) if kind != "ua_pl" or rnd.random() < 0.7 else None
            )
        if kind in ("ua", "ua_pl") or (kind == "ru" and p["res"] == "UA"):
            p["rnokpp"] = self.rnokpp(p["dob"], male)
        p["emails"] = [self.make_email(p)]
        if rnd.random() < 0.15:
            p["emails"].append(self.make_email(p))
        p["cards"] = [self.card() for _ in range(rnd.choices([1, 2, 3], [70, 25, 5])[0])]
        p["locker"] = None
        if p["res"] == "PL" and rnd.random() < 0.6:
            lk = self.lockers.get(p["addr"]["city"])
            if lk:
                p["locker"] = rnd.choices(lk, [x["w"] for x in lk])[0]
        p["household"] = []
        return p

    def latin_name(self, p, scheme: str) -> tuple[str, str]:
        """Given and family name in Latin letters by one scheme (from the Ukrainian or the
        Russian Cyrillic form, as the scheme goes)."""
        if scheme == "kmu":
            return translit(p["given_ua"], "kmu"), translit(p["fam_ua"], "kmu")
        if scheme in ("ru", "icao"):
            return translit(p["given_ru"], scheme), translit(p["fam_ru"], scheme)
        if scheme == "pl":
            ru = p["kind"] == "ru"
            g = p["given_ru"] if ru else p["given_ua"]
            f = p["fam_ru"] if ru else p["fam_ua"]
            return translit(g, "pl", ru), translit(f, "pl", ru)
        if scheme == "pl_equiv":
            return p["given_pl"], translit(p["fam_ua"], "pl")
        if scheme == "en":
            return p["given_en"], translit(
                p["fam_ua"] if p["kind"] != "ru" else p["fam_ru"],
                "ru" if p["kind"] == "ru" else "kmu",
            )
        if scheme == "lv":
            g = LV_OF_RU.get(p["given_ru"], translit(p["given_ru"], "ru"))
            return g, lv_of_ru_surname(p["fam_ru"], p["gender"] == "F")
        raise ValueError(scheme)

    def make_email(self, p) -> str:
        rnd = self.rnd
        g, f = p["lat_given"], p["lat_fam"]
        if p["kind"] in ("ua", "ua_pl", "ru") and rnd.random() < 0.3:
            g, f = self.latin_name(p, rnd.choice(["kmu", "ru", "en"]))
        if p.get("dim") and rnd.random() < 0.1:
            d = p["dim"] if isinstance(p["dim"], str) else (p["dim"][0] if p["dim"] else None)
            if d:
                g = translit(d, "ru") if not d.isascii() and not d[0].isascii() else d
        g, f = ascii_fold(g).lower().replace(" ", ""), ascii_fold(f).lower().replace(" ", "")
        yy = f"{p['dob'].year % 100:02d}"
        form = wchoice(
            rnd,
            [
                ("g.f", 25),
                ("gf", 10),
                ("g_f", 5),
                ("g.fYY", 10),
                ("gYY", 8),
                ("iF", 8),
                ("f.g", 6),
                ("fYYYY", 5),
                ("gNNN", 6),
                ("f", 3),
                ("g.f.N", 4),
                ("nick", 10),
            ],
        )
        loc = {
            "g.f": f"{g}.{f}",
            "gf": g + f,
            "g_f": f"{g}_{f}",
            "g.fYY": f"{g}.{f}{yy}",
            "gYY": g + yy,
            "iF": g[0] + f,
            "f.g": f"{f}.{g}",
            "fYYYY": f + str(p["dob"].year),
            "gNNN": g + str(rnd.randrange(1, 999)),
            "f": f,
            "g.f.N": f"{g}.{f}.{rnd.randrange(2, 9)}",
            "nick": rnd.choice(
                [
                    "kotek",
                    "misiek",
                    "zajka",
                    "sonechko",
                    "lisichka",
                    "tiger",
                    "wolf",
                    "dark",
                    "sunny",
                    "mala",
                    "bigboss",
                    "ptaszek",
                    "kvitka",
                ]
            )
            + str(rnd.randrange(1, 9999)),
        }[form]
        if p["kind"] == "pl" or p["res"] == "PL":
            dom = wchoice(
                rnd, PL_DOMAINS if p["kind"] == "pl" or rnd.random() < 0.4 else UA_DOMAINS
            )
        elif p["kind"] == "ua":
            dom = wchoice(rnd, UA_DOMAINS)
        elif p["kind"] == "ru":
            dom = wchoice(rnd, RU_DOMAINS)
        else:
            dom = wchoice(rnd, BALTIC_DOMAINS[p["kind"].upper()])
        return self.unique(
            lambda: (
                f"{loc}@{dom}"
                if (loc + "@" + dom) not in self.used
                else f"{loc}{rnd.randrange(10, 99)}@{dom}"
            )
        )

    def population(self):
        rnd = self.rnd
        while len(self.persons) < self.n:
            p = self.make_person()
            self.persons.append(p)
            adult = (TODAY - p["dob"]).days > 24 * 365
            # a spouse: same address, the surname in its feminine/masculine form
            if adult and rnd.random() < 0.28 and len(self.persons) < self.n:
                wife_kind = p["kind"]
                g = "F" if p["gender"] == "M" else "M"
                s = self.make_person(
                    kind=wife_kind,
                    gender=g,
                    family=p["fam_row"],
                    addr=p["addr"],
                    res=p["res"],
                    dob=p["dob"] + dt.timedelta(days=rnd.randrange(-3000, 3000)),
                )
                if s["kind"] == "lt" and g == "F":
                    s["fam"] = s["lat_fam"] = fem_lt(p["fam_row"][0], True)
                if g == "F" and rnd.random() < 0.25:
                    s["maiden"] = self.make_person(kind=wife_kind, gender="F")  # only for names
                s["res"] = p["res"]
                s["locker"] = p["locker"] if rnd.random() < 0.7 else s["locker"]
                if rnd.random() < 0.3:
                    s["shared_phone"] = p["phones"][0]  # one phone for the couple, sometimes
                if rnd.random() < 0.15:
                    s["emails"] = [p["emails"][0]]  # the family e-mail
                if p["kind"] == "pl" and rnd.random() < 0.3:
                    hl = self.landline("PL")
                    p["landline"] = s["landline"] = hl
                p["household"].append(s)
                s["household"].append(p)
                self.persons.append(s)
            # an adult child at the parents' address; Ukrainian sons often after the father
            if (
                (TODAY - p["dob"]).days > 45 * 365
                and rnd.random() < 0.12
                and len(self.persons) < self.n
            ):
                g = "M" if rnd.random() < 0.5 else "F"
                given = None
                if g == "M" and p["gender"] == "M" and rnd.random() < 0.35:
                    given = p["given_row"]
                father = p["given_row"] if p["gender"] == "M" and "given_ua" in p else None
                home = rnd.random() < 0.6
                c = self.make_person(
                    kind=p["kind"],
                    gender=g,
                    family=p["fam_row"],
                    addr=p["addr"] if home else None,
                    res=p["res"] if home else None,
                    dob=p["dob"] + dt.timedelta(days=rnd.randrange(20 * 365, 32 * 365)),
                    given=given,
                    father=father,
                )
                if (TODAY - c["dob"]).days < 18 * 365:
                    c["dob"] = TODAY - dt.timedelta(days=19 * 365 + rnd.randrange(300))
                if rnd.random() < 0.3:
                    c["shared_phone"] = p["phones"][0]  # a parent's phone on the child's order
                p["household"].append(c)
                c["household"].append(p)
                self.persons.append(c)
        # colleagues: companies with an office address and a NIP
        pl_people = [p for p in self.persons if p["res"] == "PL"]
        rnd.shuffle(pl_people)
        k = 0
        for name in COMPANIES:
            size = rnd.randrange(3, 10)
            office = self.new_address("PL")
            office["flat"] = None
            office["company"] = name
            nip = self.nip()
            members = pl_people[k : k + size]
            k += size
            for m in members:
                m["company"] = {"name": name, "addr": office, "nip": nip, "colleagues": members}

    # ---- how a record writes a name -------------------------------------------------------------
    def given_for(self, p, script: str, scheme: str | None = None) -> str:
        if script == "cyr_ua":
            return p.get("given_ua") or self.cyr_of_latin(p["given"])
        if script == "cyr_ru":
            return p.get("given_ru") or self.cyr_of_latin(p["given"], ru=True)
        if "given_ua" in p:
            return self.latin_name(p, scheme or p["scheme"])[0]
        return p["given"]

    def fam_for(self, p, script: str, scheme: str | None = None, maiden=False) -> str:
        q = p["maiden"] if maiden and p.get("maiden") else p
        if script == "cyr_ua":
            return q.get("fam_ua") or self.cyr_of_latin(q["fam"])
        if script == "cyr_ru":
            return q.get("fam_ru") or self.cyr_of_latin(q["fam"], ru=True)
        if "fam_ua" in q:
            return self.latin_name(q, scheme or q["scheme"])[1]
        return q["fam"]

    _LAT2CYR = (
        ("szcz", "щ"),
        ("sz", "ш"),
        ("cz", "ч"),
        ("ch", "х"),
        ("rz", "ж"),
        ("ż", "ж"),
        ("ł", "л"),
        ("w", "в"),
        ("ą", "он"),
        ("ę", "ен"),
        ("ó", "у"),
        ("ś", "сь"),
        ("ć", "ць"),
        ("ń", "нь"),
        ("ź", "зь"),
        ("j", "й"),
        ("y", "и"),
        ("a", "а"),
        ("b", "б"),
        ("c", "ц"),
        ("d", "д"),
        ("e", "е"),
        ("f", "ф"),
        ("g", "г"),
        ("h", "х"),
        ("i", "і"),
        ("k", "к"),
        ("l", "ль"),
        ("m", "м"),
        ("n", "н"),
        ("o", "о"),
        ("p", "п"),
        ("r", "р"),
        ("s", "с"),
        ("t", "т"),
        ("u", "у"),
        ("z", "з"),
        ("v", "в"),
        ("x", "кс"),
        ("ā", "а"),
        ("ē", "е"),
        ("ī", "і"),
        ("ū", "у"),
        ("š", "ш"),
        ("ž", "ж"),
        ("č", "ч"),
        ("ņ", "нь"),
        ("ļ", "ль"),
        ("ģ", "г"),
        ("ķ", "к"),
        ("ė", "е"),
        ("į", "і"),
        ("ų", "у"),
        ("õ", "о"),
        ("ä", "е"),
        ("ö", "е"),
        ("ü", "ю"),
    )

    def cyr_of_latin(self, s: str, ru: bool = False) -> str:
        """A Latin-letter name as a Ukrainian (or Russian) operator writes it in Cyrillic
        (Łukasz Wójcik: Лукаш Войцік, Лукаш Войцик)."""
        low = s.lower().replace("ski", "ський").replace("ska", "ська").replace("cki", "цький")
        if ru:
            low = low.replace("ський", "ский").replace("ська", "ская").replace("цький", "цкий")
            low = low.replace("y", "ы").replace("i", "и")
        out = low
        for a, b in self._LAT2CYR:
            out = out.replace(a, b)
        return out[:1].upper() + out[1:]

    def case(self, s, upper=0.08, lower=0.05):
        if s is None:
            return None
        r = self.rnd.random()
        if r < upper:
            return s.upper()
        if r < upper + lower:
            return s.lower()
        return s

    def typo(self, s, p=0.04):
        if s and self.rnd.random() < p:
            words = s.split(" ")
            k = max(range(len(words)), key=lambda i: len(words[i]))
            letters = (
                "aeioulnrstkmz"
                if words[k].isascii() or "a" <= words[k][1] <= "ž"
                else "аеиоулнрстквмі"
            )
            words[k] = slip(self.rnd, words[k], letters)
            return " ".join(words)
        return s

    def phone_of(self, p, prefer=None):
        rnd = self.rnd
        if p.get("shared_phone") and rnd.random() < 0.45:
            return p["shared_phone"]
        if prefer:
            for ph in p["phones"]:
                if ph[0] == prefer:
                    return ph
        if len(p["phones"]) > 1 and rnd.random() < 0.35:
            return rnd.choice(p["phones"][1:])
        return p["phones"][0]

    def email_of(self, p):
        rnd = self.rnd
        e = p["emails"][0] if len(p["emails"]) == 1 or rnd.random() < 0.7 else p["emails"][1]
        if rnd.random() < 0.02:
            loc, dom = e.split("@")
            e = slip(rnd, loc, "aeionrst") + "@" + dom
        if rnd.random() < 0.06:
            e = e.upper() if rnd.random() < 0.3 else e[0].upper() + e[1:]
        return e

    def fmt_date(self, d: dt.date, style: str) -> str:
        rnd = self.rnd
        r = rnd.random()
        if r < 0.015:
            return "01.01.1900" if style == "dot" else "1900-01-01"
        if r < 0.035:  # a digit typed wrong
            d2 = d.replace(day=min(28, (d.day + rnd.choice([1, -1, 10])) % 28 or 1))
            d = d2
        elif r < 0.05 and d.day <= 12:
            d = d.replace(day=d.month, month=d.day)
        if style == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "iso":
            return d.isoformat()
        if style == "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"

    def add(self, src: str, p, **cols):
        self.seq[src] = self.seq.get(src, 0) + 1
        prefix = {
            "marketplace": "MKT",
            "courier": "SHP",
            "pickup": "TTN",
            "crm_ua": "CRM",
            "loyalty_ru": "LOY",
            "cards": "CRD",
            "support": "CHT",
        }[src]
        rid = f"{prefix}{self.seq[src]:06d}"
        cols = {k: v for k, v in cols.items() if v not in (None, "")}
        self.rows.append({"record_uid": rid, "source": src, "person_id": p["pid"], **cols})
        return rid

    # ---- the systems --------------------------------------------------------------------------
    def marketplace(self, p):
        rnd = self.rnd
        if p["res"] not in ("PL", "LT", "LV", "EE") and rnd.random() > 0.15:
            return
        n = 0 if rnd.random() < 0.3 else (2 if rnd.random() < 0.08 else 1)
        for i in range(n):
            if "given_ua" in p:
                scheme = (
                    p["scheme"]
                    if rnd.random() < 0.6
                    else wchoice(
                        rnd, [("kmu", 3), ("ru", 2), ("pl", 2), ("pl_equiv", 2), ("en", 1)]
                    )
                )
                if p["kind"] == "ru" and p["res"] == "LV" and rnd.random() < 0.6:
                    scheme = "lv"
                g, f = self.latin_name(p, scheme)
            else:
                g, f = p["given"], p["fam"]
                if rnd.random() < 0.2:
                    g, f = ascii_fold(g), ascii_fold(f)
            g, f = self.typo(g), self.typo(f)
            email = self.email_of(p) if i == 0 else self.make_email(p)
            login = None
            r = rnd.random()
            if r < 0.35:
                login = email
            elif r < 0.85:
                base = ascii_fold(g).lower()[: rnd.randrange(3, 7)]
                login = rnd.choice(
                    [
                        base + "_" + ascii_fold(f).lower()[:2],
                        base + str(p["dob"].year % 100),
                        ascii_fold(f).lower() + str(rnd.randrange(1, 999)),
                        rnd.choice(["kupujacy", "user", "klient"])
                        + str(rnd.randrange(10**5, 10**7)),
                    ]
                )
            a = p["addr"]
            company = p.get("company") if rnd.random() < 0.5 else None
            if company and rnd.random() < 0.5:
                a = company["addr"]  # deliveries to the office
            pesel = p.get("pesel") if rnd.random() < 0.35 else None
            if pesel and rnd.random() < 0.02:
                pesel = self._digit_slip(pesel)
            self.add(
                "marketplace",
                p,
                login=login,
                **{
                    "imię": self.case(g, 0.05, 0.05),
                    "nazwisko": self.case(f, 0.1, 0.04),
                    "e-mail": email,
                    "telefon": self.fmt_phone(self.phone_of(p, "PL"))
                    if rnd.random() < 0.9
                    else None,
                    "data urodzenia": self.fmt_date(p["dob"], rnd.choice(["dot", "iso"]))
                    if rnd.random() < 0.3
                    else None,
                    "ulica": self.fmt_street(a) if rnd.random() < 0.85 else None,
                    "kod pocztowy": (a["pc"] if rnd.random() < 0.9 else a["pc"].replace("-", ""))
                    if rnd.random() < 0.8
                    else None,
                    "miejscowość": self.city_of(a),
                    "kraj": rnd.choice(COUNTRY_NAMES[a["cc"]]["pl"])
                    if rnd.random() < 0.7
                    else None,
                    "PESEL": pesel,
                    "NIP": company["nip"] if company and rnd.random() < 0.6 else None,
                    "nazwa firmy": company["name"] if company and rnd.random() < 0.6 else None,
                },
            )

    def receiver_name(self, q, sender_typed: bool):
        """The receiver's name as the shipment writes it."""
        rnd = self.rnd
        if "given_ua" in q:
            r = rnd.random()
            if q["res"] == "PL" or not sender_typed:
                scheme = (
                    q["scheme"]
                    if r < 0.5
                    else wchoice(
                        rnd, [("kmu", 3), ("ru", 2), ("pl", 3), ("pl_equiv", 3), ("en", 1)]
                    )
                )
                if q["kind"] == "ru" and q["res"] == "LV" and rnd.random() < 0.6:
                    scheme = "lv"
                g, f = self.latin_name(q, scheme)
            else:
                g, f = self.latin_name(q, rnd.choice(["kmu", "ru"]))
            if sender_typed and q["dim"] and rnd.random() < 0.12:
                g = translit(rnd.choice(q["dim"]), rnd.choice(["kmu", "ru", "pl"]))
        else:
            g, f = q["given"], q["fam"]
            if sender_typed and q.get("dim") and rnd.random() < 0.12:
                g = q["dim"]
            if rnd.random() < 0.35:
                g, f = ascii_fold(g), ascii_fold(f)
        g, f = self.typo(g), self.typo(f)
        name = f"{f} {g}" if rnd.random() < 0.15 else f"{g} {f}"
        if rnd.random() < 0.03:
            name = f  # surname only
        return self.case(name, 0.12, 0.12)

    def courier(self, p):
        rnd = self.rnd
        n = rnd.choices([0, 1, 2, 3, 4, 6], [40, 30, 15, 8, 5, 2])[0]
        if p["res"] == "UA":
            n = rnd.choices([0, 1], [80, 20])[0]
        for _ in range(n):
            q, addr_kind = p, "home"
            r = rnd.random()
            if r < 0.06 and p["household"]:
                q = rnd.choice(p["household"])  # a parcel for a spouse, a parent, a child
            elif r < 0.09 and p.get("company"):
                q = rnd.choice(p["company"]["colleagues"])  # for a colleague at the office
                addr_kind = "office"
            if addr_kind == "home" and p.get("company") and rnd.random() < 0.2:
                addr_kind = "office"
            a = p["company"]["addr"] if addr_kind == "office" else q["addr"]
            locker = q["locker"] if q["locker"] and rnd.random() < 0.75 else None
            if locker:
                point = locker["code"]
                street = f"ul. {locker['street']} {locker['no']}"
                pc, city = locker["pc"], locker["city"]
                if rnd.random() < 0.2:
                    street = f"Paczkomat {locker['code']}, {street}"
                cc = "PL"
            else:
                point = None
                street = self.fmt_street(a, "latin" if a["cc"] == "UA" else "native")
                if addr_kind == "office" and rnd.random() < 0.5:
                    street = f"{a['company']}, {street}"
                pc, city, cc = (
                    a["pc"],
                    self.city_of(a, "latin" if a["cc"] == "UA" else "native"),
                    a["cc"],
                )
            phone = self.phone_of(q)
            if q["res"] == "PL" and q["phones"][0][0] == "PL" and rnd.random() < 0.7:
                phone = self.phone_of(q, "PL")
            rid = self.add(
                "courier",
                p,
                shipment_no=f"{rnd.randrange(10**11, 10**12)}{rnd.randrange(10**12):012d}",
                receiver_name=self.receiver_name(q, sender_typed=q is not p),
                receiver_phone=self.fmt_phone(phone) if rnd.random() < 0.95 else None,
                receiver_email=self.email_of(q) if rnd.random() < 0.45 else None,
                delivery_point=point,
                delivery_address=street,
                postcode=pc if rnd.random() < 0.9 else None,
                city=city,
                country=rnd.choice(COUNTRY_NAMES[cc]["en"]) if rnd.random() < 0.8 else None,
                account_email=self.email_of(p) if rnd.random() < 0.7 else None,
                cod_amount=f"{rnd.randrange(20, 900)}.{rnd.randrange(100):02d}"
                if rnd.random() < 0.2
                else None,
            )
            if q is not p:
                self.proxy.add(rid)

    def pickup_name(self, q):
        rnd = self.rnd
        ru = rnd.random() < (0.6 if q["kind"] == "ru" else 0.25)
        if "given_ua" in q:
            g = q["given_ru"] if ru else q["given_ua"]
            f = q["fam_ru"] if ru else q["fam_ua"]
            pat = q["pat_ru"] if ru else q["pat_ua"]
        else:
            g, f, pat = self.cyr_of_latin(q["given"]), self.cyr_of_latin(q["fam"]), None
        g, f = self.typo(g, 0.03), self.typo(f, 0.03)
        r = rnd.random()
        if r < 0.35:
            name = f"{f} {g}"
        elif r < 0.6 and pat:
            name = f"{f} {g} {pat}"
        elif r < 0.7 and pat:
            name = f"{f.upper()} {g} {pat}"
        elif r < 0.8:
            name = f"{f} {g[0]}." + (f"{pat[0]}." if pat else "")
        elif r < 0.9:
            name = f"{g} {f}"
        else:
            name = f.upper() + " " + g.upper()
        return name

    def pickup(self, p):
        """Cash-on-delivery pickups at a branch in Ukraine: a name and a phone."""
        rnd = self.rnd
        if p["kind"] not in ("ua", "ua_pl", "ru") or (p["kind"] == "ru" and p["res"] != "UA"):
            return
        n = rnd.choices([0, 1, 2, 3, 5], [30, 35, 18, 12, 5])[0]
        if p["kind"] == "ua_pl":
            n = rnd.choices([0, 1, 2], [70, 22, 8])[0]
        for _ in range(n):
            q = p
            if rnd.random() < 0.07 and p["household"]:
                q = rnd.choice(p["household"])  # a relative picks the parcel up
            ph = self.phone_of(q, "UA")
            a = q["addr"] if q["addr"]["cc"] == "UA" else None
            rid = self.add(
                "pickup",
                p,
                **{
                    "ТТН": f"20{rnd.randrange(10**12):012d}",
                    "ПІБ отримувача": self.pickup_name(q),
                    "Телефон отримувача": self.fmt_phone(
                        ph, rnd.choice(["national", "national", "cc", "e164", "national_sp"])
                    ),
                    "Відділення": (f"Відділення №{rnd.randrange(1, 300)}" if a else None),
                    "Місто": (a["city"] if rnd.random() < 0.8 else a["city_ru"]) if a else None,
                    "Сума післяплати": f"{rnd.randrange(100, 9000)}",
                },
            )
            if q is not p:
                self.proxy.add(rid)

    def crm_ua(self, p):
        rnd = self.rnd
        if p["kind"] not in ("ua", "ua_pl", "ru", "pl"):
            return
        if p["kind"] == "pl" and rnd.random() > 0.04:
            return
        if p["kind"] == "ua_pl" and rnd.random() > 0.5:
            return
        if p["kind"] == "ru" and p["res"] != "UA":
            return
        n = rnd.choices([0, 1, 2], [25, 60, 15])[0]
        for _ in range(n):
            script = "cyr_ua" if rnd.random() < 0.7 else "cyr_ru"
            g, f = self.given_for(p, script), self.fam_for(p, script, maiden=rnd.random() < 0.5)
            pat = p.get("pat_ua") if script == "cyr_ua" else p.get("pat_ru")
            g, f = self.typo(g, 0.03), self.typo(f, 0.03)
            a = p["addr"]
            ph = self.phone_of(p, "UA")
            rn = p.get("rnokpp") if rnd.random() < 0.55 else None
            if rn and rnd.random() < 0.02:
                rn = self._digit_slip(rn)
            self.add(
                "crm_ua",
                p,
                **{
                    "Прізвище": self.case(f, 0.15, 0),
                    "Ім'я": g,
                    "По батькові": pat if rnd.random() < 0.7 else None,
                    "РНОКПП": rn,
                    "Дата народження": self.fmt_date(p["dob"], rnd.choice(["dot", "dot", "iso"]))
                    if rnd.random() < 0.75
                    else None,
                    "Телефон": self.fmt_phone(ph),
                    "Ел. пошта": self.email_of(p) if rnd.random() < 0.5 else None,
                    "Місто": self.city_of(a, "ru" if script == "cyr_ru" else "native")
                    if a["cc"] == "UA"
                    else self.city_of(a),
                    "Адреса": self.fmt_street(a, "ru" if script == "cyr_ru" else "native")
                    if rnd.random() < 0.7
                    else None,
                },
            )

    def loyalty_ru(self, p):
        """A legacy Russian-language loyalty base (the Baltics and Ukraine)."""
        rnd = self.rnd
        take = {"ru": 0.8, "ua": 0.25, "lv": 0.2, "ee": 0.2, "lt": 0.15, "ua_pl": 0.1, "pl": 0.0}[
            p["kind"]
        ]
        if rnd.random() > take:
            return
        script = "cyr_ru"
        g, f = self.given_for(p, script), self.fam_for(p, script, maiden=rnd.random() < 0.7)
        pat = p.get("pat_ru")
        a = p["addr"]
        whole = rnd.random() < 0.2 and pat
        if whole:
            f, g, pat_col = f"{f.upper()} {g} {pat}", None, None
        else:
            pat_col = pat if rnd.random() < 0.6 else None
        ph = self.phone_of(p)
        self.add(
            "loyalty_ru",
            p,
            **{
                "Фамилия": f,
                "Имя": g,
                "Отчество": pat_col,
                "Телефон": self.fmt_phone(ph),
                "Дата рождения": self.fmt_date(p["dob"], rnd.choice(["dot", "short"]))
                if rnd.random() < 0.85
                else None,
                "Город": self.city_of(a, "ru")
                if a["cc"] == "UA"
                else rnd.choice([x for x in a["city_forms"] if not x.isascii()] or [a["city"]]),
                "Адрес": self.fmt_street(a, "ru") if a["cc"] == "UA" else self.fmt_street(a),
                "E-mail": self.email_of(p) if rnd.random() < 0.6 else None,
            },
        )

    def cards(self, p):
        rnd = self.rnd
        if rnd.random() > 0.38:
            return
        for c in p["cards"][: rnd.choice([1, 1, 2])]:
            if "given_ua" in p:
                g, f = self.latin_name(
                    p, p["scheme"] if rnd.random() < 0.8 else rnd.choice(["kmu", "ru", "icao"])
                )
                if p["kind"] == "ru" and p["res"] == "LV":
                    g, f = self.latin_name(p, "lv")
            else:
                g, f = p["given"], self.fam_for(p, "lat", maiden=rnd.random() < 0.3)
            holder = ascii_fold(f"{g} {f}").upper()
            if rnd.random() < 0.08:
                holder = ascii_fold(f"{g[0]}. {f}").upper()
            r = rnd.random()
            if r < 0.35:
                num = " ".join(c[k : k + 4] for k in range(0, 16, 4))
            elif r < 0.55:
                num = c
            elif r < 0.85:
                num = c[:6] + "******" + c[-4:]
            else:
                num = "**** **** **** " + c[-4:]
            y = rnd.randrange(26, 31)
            self.add(
                "cards",
                p,
                card_holder=holder,
                card_number=num,
                expiry=f"{rnd.randrange(1, 13):02d}/{y}",
                billing_email=self.email_of(p) if rnd.random() < 0.6 else None,
                billing_phone=self.fmt_phone(self.phone_of(p)) if rnd.random() < 0.4 else None,
            )

    def support(self, p):
        rnd = self.rnd
        n = rnd.choices([0, 1, 2], [78, 17, 5])[0]
        for _ in range(n):
            if "given_ua" in p:
                r = rnd.random()
                if r < 0.3:
                    name = rnd.choice([p["given_ua"], p["given_ru"]])
                elif r < 0.45 and p["dim"]:
                    name = rnd.choice(p["dim"])
                elif r < 0.7:
                    name = self.latin_name(p, p["scheme"])[0]
                else:
                    g, f = self.latin_name(p, rnd.choice([p["scheme"], "kmu", "pl"]))
                    name = f"{g} {f}"
            else:
                r = rnd.random()
                g = p["given"] if rnd.random() < 0.7 else ascii_fold(p["given"])
                if r < 0.4:
                    name = g
                elif r < 0.55 and p.get("dim"):
                    name = p["dim"]
                else:
                    name = f"{g} {p['fam']}"
            name = self.case(name, 0.05, 0.25)
            contact = self.email_of(p) if rnd.random() < 0.55 else self.fmt_phone(self.phone_of(p))
            self.add(
                "support",
                p,
                chat_id=f"c-{rnd.randrange(16**8):08x}",
                client_name=name if rnd.random() < 0.9 else None,
                contact=contact,
                lang=rnd.choice(["pl", "uk", "ru", "en"]),
            )

    def records(self) -> pd.DataFrame:
        for p in self.persons:
            self.marketplace(p)
            self.courier(p)
            self.pickup(p)
            self.crm_ua(p)
            self.loyalty_ru(p)
            self.cards(p)
            self.support(p)
        df = pd.DataFrame(self.rows)
        return df.sample(frac=1.0, random_state=self.rnd.randrange(10**6)).reset_index(drop=True)


def east(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The seven systems' records in one frame (every value a string or None) and each
    record's person."""
    g = East(persons, seed)
    g.population()
    df = g.records()
    truth = df.set_index("record_uid")["person_id"]
    df = df.drop(columns=["person_id"]).astype(object)
    return df.where(df.notna(), None), truth
