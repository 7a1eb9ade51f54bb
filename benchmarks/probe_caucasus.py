"""A South Caucasus group's customers (Armenia, Georgia, Azerbaijan and their diaspora in Russia):
an Armenian bank, a Georgian mobile operator, an Azerbaijani wallet, a Russian money-transfer
service and a regional airline's loyalty programme, stacked in one file (a ``system`` column; a
column of the same name in two systems is one).

* Bank (``AMBANK``), Armenian column names: ``Հաճախորդի կոդ``, ``Ազգանուն``, ``Անուն`` in Armenian
  letters (Russians and Georgians of Armenia in Cyrillic or Latin), ``Հայրանուն`` (the father's
  name in the genitive, ``Արամի``, or Russian-style ``Арамович``), ``Քարտի անուն`` (the name
  embossed on the card in passport Latin, ``ARAM HOVHANNISYAN``), ``Ծննդյան ամսաթիվ``
  (``DD.MM.YYYY``), ``ՀԾՀ`` (the public service number: ten digits, no published check digit),
  ``Անձնագիր`` (``AN1234567``), ``Բջջային`` (``+374 91 234567``, ``091-23-45-67``,
  ``(091) 234567``), ``Քաղաքային հեռ.`` (the household's landline, ``010 54-32-10``), ``Հասցե``
  (``ք. Երևան, Կոմիտասի պող. 12, բն. 5``), ``Էլ. փոստ``.
* Mobile operator (``GEOCELL``), Georgian column names: ``აბონენტის ნომერი``, ``სახელი``,
  ``გვარი`` in Mkhedruli or Latin (the clerk's ``Tskhovrebadze`` or the Georgian chat translit
  ``Cxovrebadze``), ``პირადი ნომერი`` (the 11-digit personal number; a foreigner's passport
  number), ``დაბადების თარიღი`` (``DD.MM.YYYY`` or ``DD/MM/YYYY``), ``ტელეფონი`` (``555 12 34
  56``, ``+995 555 123 456``, ``995555123456``; an old row's pre-2011 ``8 55 123456``),
  ``მისამართი`` (``ქ. თბილისი, ჭავჭავაძის გამზ. 12, ბ. 5``), ``საკონტაქტო პირი`` and
  ``საკონტაქტო პირის ტელეფონი`` (a relative to call: someone else's). A child's line carries the
  parent's number as a contact and sometimes as its own.
* Wallet (``AZPAY``), Azerbaijani column names: ``Soyad``, ``Ad``, ``Ata adı`` (``Əli oğlu``,
  ``Əli qızı`` or ``Əli``), ``FİN`` (the 7-character personal code of the ID card: digits and
  letters), ``Doğum tarixi`` (``DD.MM.YYYY``), ``Mobil nömrə`` (``050 123 45 67``, ``(050)
  123-45-67``, ``+994 50 123 45 67``, ``994501234567``), ``Ünvan`` (``Bakı ş., Nizami küç. 12, m.
  5``), ``E-poçt``; names with ə, ğ, ı, ö, ü, ç, ş, or typed in plain letters (``Memmedov``,
  ``Mammadov``); a few customers under the modern surname (``Məmmədli`` for ``Məmmədov``).
* Money transfer (``PEREVOD``), Russian column names: ``ФИО`` (family name first, with a
  Russian-style patronymic; Azerbaijani women's ``-ова``; some Armenians of Russia under a
  Russified ``Акопов`` for ``Hakobyan``), ``Дата рождения``, ``Телефон`` (``+7 916 123-45-67``,
  ``8 (916) 123-45-67``, ``89161234567``; or the home country's), ``Документ`` (a passport of the
  home country or a Russian one, ``45 12 345678``), ``ИНН`` (12 digits with two check digits),
  ``Адрес`` (``г. Москва, ул. Тверская, д. 12, кв. 5``), ``Получатель`` and ``Телефон
  получателя`` (the family back home: other customers' names and numbers).
* Airline loyalty programme (``SKYCLUB``), English columns: ``member_no``, ``last_name``,
  ``first_name`` in passport Latin capitals (``MAMMADOV``, ``GIORGI MR``: booking style with a
  title), ``date_of_birth`` (``05MAR1985``), ``passport_no``, ``nationality``, ``mobile``
  (``37491234567``), ``email``.

What makes it hard: one name in Armenian, Georgian, Azerbaijani Latin, Cyrillic and several
Latin spellings (Hovhannisyan / Ovanesyan / Oganesyan / Hovanesian / Оганесян, Mammadov / Mamedov /
Məmmədov / Мамедов); very common family names (many Grigoryans, Beridzes, Mammadovs); patronymics
in three grammars and a son's patronymic the father's given name, fathers and sons in one family,
grandsons named after their grandfathers; women's ``-ova`` forms; households sharing a landline,
an address and an e-mail; the diaspora with a Russian number and address and the family's home
number as a recipient's; national numbers that carry no check digit (a slip cannot be told);
renewed passports; typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick
from probe_steppe import inn_checks

# ---------------------------------------------------------------- names
# Armenian: (Armenian letters, Russian Cyrillic, {Latin spelling: weight}, weight)
AM_MALE = [
    ("Արամ", "Арам", {"Aram": 1}, 10), ("Հովհաննես", "Оганес", {"Hovhannes": 60, "Ovanes": 20, "Oganes": 15, "Hovanes": 5}, 8),
    ("Տիգրան", "Тигран", {"Tigran": 1}, 10), ("Արմեն", "Армен", {"Armen": 1}, 10),
    ("Դավիթ", "Давид", {"Davit": 60, "David": 40}, 10), ("Գոռ", "Гор", {"Gor": 1}, 6),
    ("Նարեկ", "Нарек", {"Narek": 1}, 8), ("Արթուր", "Артур", {"Artur": 80, "Arthur": 20}, 8),
    ("Սուրեն", "Сурен", {"Suren": 1}, 7), ("Գևորգ", "Геворг", {"Gevorg": 80, "Gevork": 20}, 8),
    ("Կարեն", "Карен", {"Karen": 1}, 8), ("Վահե", "Ваге", {"Vahe": 80, "Vage": 20}, 6),
    ("Հայկ", "Айк", {"Hayk": 60, "Haik": 30, "Ayk": 10}, 8), ("Աշոտ", "Ашот", {"Ashot": 1}, 6),
    ("Սամվել", "Самвел", {"Samvel": 1}, 6), ("Հրանտ", "Грант", {"Hrant": 70, "Grant": 30}, 4),
    ("Վարդան", "Вардан", {"Vardan": 1}, 5), ("Ռուբեն", "Рубен", {"Ruben": 1}, 5),
]  # fmt: skip
AM_FEMALE = [
    ("Աննա", "Анна", {"Anna": 1}, 10), ("Մարիամ", "Мариам", {"Mariam": 70, "Maryam": 30}, 10),
    ("Անի", "Ани", {"Ani": 1}, 8), ("Լիլիթ", "Лилит", {"Lilit": 80, "Lilith": 20}, 8),
    ("Գայանե", "Гаяне", {"Gayane": 70, "Gayaneh": 15, "Gaiane": 15}, 7), ("Արմինե", "Армине", {"Armine": 1}, 6),
    ("Նունե", "Нуне", {"Nune": 1}, 5), ("Հասմիկ", "Асмик", {"Hasmik": 70, "Asmik": 30}, 6),
    ("Կարինե", "Карине", {"Karine": 1}, 7), ("Սուսաննա", "Сусанна", {"Susanna": 70, "Susana": 30}, 5),
    ("Նարինե", "Нарине", {"Narine": 1}, 6), ("Սիրանուշ", "Сирануш", {"Siranush": 70, "Siranoush": 30}, 4),
    ("Թամարա", "Тамара", {"Tamara": 1}, 5), ("Ռուզաննա", "Рузанна", {"Ruzanna": 80, "Rouzanna": 20}, 4),
]  # fmt: skip
# (Armenian, {Russian spelling: weight}, {Latin: weight}, weight, Russified -ов form or None)
AM_SURNAMES = [
    ("Գրիգորյան", {"Григорян": 1}, {"Grigoryan": 70, "Grigorian": 30}, 30, "Григоров"),
    ("Հովհաննիսյան", {"Оганесян": 70, "Ованесян": 20, "Оганнисян": 10},
     {"Hovhannisyan": 50, "Oganesyan": 20, "Ovanesyan": 15, "Hovanesian": 10, "Hovhannisian": 5}, 25, "Оганесов"),
    ("Հարությունյան", {"Арутюнян": 1}, {"Harutyunyan": 60, "Arutyunyan": 30, "Harutiunian": 10}, 22, "Арутюнов"),
    ("Սարգսյան", {"Саргсян": 50, "Саркисян": 50}, {"Sargsyan": 60, "Sarkisyan": 30, "Sargsian": 10}, 20, "Саркисов"),
    ("Խաչատրյան", {"Хачатрян": 1}, {"Khachatryan": 70, "Khachatrian": 20, "Xachatryan": 10}, 18, "Хачатуров"),
    ("Պետրոսյան", {"Петросян": 1}, {"Petrosyan": 75, "Petrosian": 25}, 14, "Петросов"),
    ("Վարդանյան", {"Варданян": 1}, {"Vardanyan": 75, "Vardanian": 25}, 12, None),
    ("Կարապետյան", {"Карапетян": 1}, {"Karapetyan": 75, "Karapetian": 25}, 12, "Карапетов"),
    ("Մկրտչյան", {"Мкртчян": 1}, {"Mkrtchyan": 70, "Mkrtchian": 20, "Mkrtchan": 10}, 10, None),
    ("Հակոբյան", {"Акопян": 1}, {"Hakobyan": 60, "Akopyan": 30, "Hakopian": 10}, 14, "Акопов"),
    ("Ղազարյան", {"Казарян": 70, "Газарян": 30}, {"Ghazaryan": 60, "Kazaryan": 30, "Gazaryan": 10}, 10, "Казаров"),
    ("Պողոսյան", {"Погосян": 1}, {"Poghosyan": 60, "Pogosyan": 35, "Boghossian": 5}, 10, "Погосов"),
    ("Ավետիսյան", {"Аветисян": 1}, {"Avetisyan": 80, "Avetisian": 20}, 8, None),
    ("Մարտիրոսյան", {"Мартиросян": 1}, {"Martirosyan": 80, "Martirosian": 20}, 8, None),
    ("Տեր-Պետրոսյան", {"Тер-Петросян": 1}, {"Ter-Petrosyan": 60, "Ter Petrosyan": 25, "Terpetrosyan": 15}, 2, None),
]  # fmt: skip
# Georgian: (Mkhedruli, Russian Cyrillic, {Latin: weight}, weight)
GE_MALE = [
    ("გიორგი", "Георгий", {"Giorgi": 70, "George": 15, "Georgi": 15}, 14), ("დავით", "Давид", {"Davit": 60, "David": 30, "Dato": 10}, 10),
    ("ლევან", "Леван", {"Levan": 1}, 8), ("ნიკოლოზ", "Николоз", {"Nikoloz": 70, "Nika": 30}, 8),
    ("ირაკლი", "Ираклий", {"Irakli": 85, "Irakliy": 15}, 8), ("ზურაბ", "Зураб", {"Zurab": 1}, 6),
    ("ლაშა", "Лаша", {"Lasha": 1}, 6), ("თორნიკე", "Торнике", {"Tornike": 1}, 6), ("ლუკა", "Лука", {"Luka": 1}, 6),
    ("მიხეილ", "Михаил", {"Mikheil": 60, "Mikhail": 25, "Mixeil": 15}, 5), ("ვახტანგ", "Вахтанг", {"Vakhtang": 70, "Vaxtang": 30}, 5),
    ("შოთა", "Шота", {"Shota": 80, "Sota": 20}, 4), ("გოჩა", "Гоча", {"Gocha": 1}, 3),
    ("ალექსანდრე", "Александр", {"Aleksandre": 60, "Alexander": 30, "Sandro": 10}, 5),
]  # fmt: skip
GE_FEMALE = [
    ("ნინო", "Нино", {"Nino": 1}, 14), ("მარიამ", "Мариам", {"Mariam": 1}, 10), ("თამარ", "Тамара", {"Tamar": 60, "Tamara": 40}, 8),
    ("ანა", "Анна", {"Ana": 75, "Anna": 25}, 8), ("სალომე", "Саломе", {"Salome": 1}, 6),
    ("ეკატერინე", "Екатерина", {"Ekaterine": 60, "Eka": 30, "Ekaterina": 10}, 6), ("ნათია", "Натия", {"Natia": 1}, 6),
    ("ხატია", "Хатия", {"Khatia": 70, "Xatia": 30}, 5), ("ქეთევან", "Кетеван", {"Ketevan": 70, "Keti": 30}, 5),
    ("მაია", "Майя", {"Maia": 70, "Maya": 30}, 5), ("თამთა", "Тамта", {"Tamta": 1}, 4), ("ნანა", "Нана", {"Nana": 1}, 4),
]  # fmt: skip
GE_SURNAMES = [
    ("ბერიძე", "Беридзе", {"Beridze": 1}, 25), ("კაპანაძე", "Капанадзе", {"Kapanadze": 1}, 15),
    ("გელაშვილი", "Гелашвили", {"Gelashvili": 80, "Gelasvili": 20}, 15), ("მაისურაძე", "Маисурадзе", {"Maisuradze": 1}, 12),
    ("გიორგაძე", "Гиоргадзе", {"Giorgadze": 1}, 10), ("ლომიძე", "Ломидзе", {"Lomidze": 1}, 10),
    ("წიკლაური", "Циклаури", {"Tsiklauri": 80, "Wiklauri": 10, "Ciklauri": 10}, 8),
    ("ბოლქვაძე", "Болквадзе", {"Bolkvadze": 1}, 6), ("კვარაცხელია", "Кварацхелия", {"Kvaratskhelia": 75, "Kvaracxelia": 25}, 5),
    ("ცხოვრებაძე", "Цховребадзе", {"Tskhovrebadze": 75, "Cxovrebadze": 25}, 5),
    ("ჯავახიშვილი", "Джавахишвили", {"Javakhishvili": 70, "Dzhavakhishvili": 15, "Javaxishvili": 15}, 6),
    ("ჩხეიძე", "Чхеидзе", {"Chkheidze": 75, "Chxeidze": 25}, 6), ("აბაშიძე", "Абашидзе", {"Abashidze": 1}, 6),
    ("ჯაფარიძე", "Джапаридзе", {"Japaridze": 75, "Dzhaparidze": 25}, 6), ("ღლონტი", "Глонти", {"Ghlonti": 60, "Glonti": 40}, 4),
]  # fmt: skip
# Azerbaijani: (Azerbaijani Latin, Russian Cyrillic, {plain Latin: weight}, weight)
AZ_MALE = [
    ("Əli", "Али", {"Ali": 1}, 12), ("Məmməd", "Мамед", {"Mammad": 60, "Mamed": 30, "Memmed": 10}, 8),
    ("Rəşad", "Рашад", {"Rashad": 70, "Reshad": 30}, 8), ("Elçin", "Эльчин", {"Elchin": 80, "Elcin": 20}, 7),
    ("Tural", "Турал", {"Tural": 1}, 8), ("Orxan", "Орхан", {"Orkhan": 60, "Orxan": 40}, 8),
    ("Vüqar", "Вугар", {"Vugar": 70, "Vuqar": 30}, 6), ("Kamran", "Камран", {"Kamran": 1}, 6),
    ("Elnur", "Эльнур", {"Elnur": 1}, 6), ("Fərid", "Фарид", {"Farid": 70, "Ferid": 30}, 6),
    ("Hüseyn", "Гусейн", {"Huseyn": 60, "Huseyin": 20, "Hussein": 20}, 6), ("Həsən", "Гасан", {"Hasan": 70, "Hesen": 30}, 6),
    ("Nicat", "Ниджат", {"Nijat": 60, "Nicat": 40}, 6), ("Ramil", "Рамиль", {"Ramil": 1}, 5),
]  # fmt: skip
AZ_FEMALE = [
    ("Aysel", "Айсель", {"Aysel": 1}, 10), ("Günel", "Гюнель", {"Gunel": 1}, 8), ("Leyla", "Лейла", {"Leyla": 70, "Leila": 30}, 8),
    ("Nərmin", "Нармин", {"Narmin": 70, "Nermin": 30}, 7), ("Sevinc", "Севиндж", {"Sevinj": 60, "Sevinc": 40}, 6),
    ("Aytən", "Айтен", {"Aytan": 60, "Ayten": 40}, 6), ("Könül", "Кёнуль", {"Konul": 1}, 6),
    ("Ülviyyə", "Ульвия", {"Ulviyya": 60, "Ulviyye": 40}, 5), ("Səbinə", "Сабина", {"Sabina": 70, "Sebine": 30}, 6),
    ("Lalə", "Лала", {"Lala": 70, "Lale": 30}, 5), ("Xədicə", "Хадиджа", {"Khadija": 60, "Xedice": 40}, 4),
    ("Şəbnəm", "Шабнам", {"Shabnam": 60, "Sebnem": 40}, 4),
]  # fmt: skip
# (Azerbaijani, Russian, {plain Latin: weight}, weight, modern form (Azerbaijani, Latin) or None)
AZ_SURNAMES = [
    ("Məmmədov", "Мамедов", {"Mammadov": 60, "Mamedov": 30, "Memmedov": 10}, 30, ("Məmmədli", "Mammadli")),
    ("Əliyev", "Алиев", {"Aliyev": 70, "Aliev": 20, "Eliyev": 10}, 25, None),
    ("Həsənov", "Гасанов", {"Hasanov": 70, "Gasanov": 20, "Hesenov": 10}, 15, ("Həsənli", "Hasanli")),
    ("Hüseynov", "Гусейнов", {"Huseynov": 70, "Guseynov": 30}, 15, ("Hüseynli", "Huseynli")),
    ("Quliyev", "Гулиев", {"Guliyev": 60, "Quliyev": 30, "Guliev": 10}, 12, None),
    ("İsmayılov", "Исмаилов", {"Ismayilov": 70, "Ismailov": 30}, 10, None),
    ("Abbasov", "Аббасов", {"Abbasov": 1}, 8, None), ("Rzayev", "Рзаев", {"Rzayev": 70, "Rzaev": 30}, 7, None),
    ("Cəfərov", "Джафаров", {"Jafarov": 60, "Cafarov": 25, "Dzhafarov": 15}, 8, None),
    ("Süleymanov", "Сулейманов", {"Suleymanov": 70, "Suleimanov": 30}, 6, None),
    ("Babayev", "Бабаев", {"Babayev": 70, "Babaev": 30}, 6, None), ("Nəsirov", "Насиров", {"Nasirov": 70, "Nesirov": 30}, 5, None),
]  # fmt: skip
#: Azerbaijani letters typed on a plain keyboard: the passport's (ə a, ç ch, ş sh, ğ gh, x kh) or
#: a chat's (ə e, ç c, ş s).
AZ_PASSPORT = str.maketrans({"ə": "a", "Ə": "A", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh", "ı": "i",
                             "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh", "q": "g", "Q": "G",
                             "c": "j", "C": "J"})  # fmt: skip
AZ_CHAT = str.maketrans({"ə": "e", "Ə": "E", "ç": "c", "Ç": "C", "ş": "s", "Ş": "S", "ğ": "g", "ı": "i",
                         "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"})  # fmt: skip

# ---------------------------------------------------------------- places
# (native, Russian, Latin, landline area code, weight)
CITIES = {
    "AM": [("Երևան", "Ереван", "Yerevan", "10", 70), ("Գյումրի", "Гюмри", "Gyumri", "312", 15), ("Վանաձոր", "Ванадзор", "Vanadzor", "322", 15)],
    "GE": [("თბილისი", "Тбилиси", "Tbilisi", "32", 65), ("ბათუმი", "Батуми", "Batumi", "422", 15),
           ("ქუთაისი", "Кутаиси", "Kutaisi", "431", 12), ("რუსთავი", "Рустави", "Rustavi", "341", 8)],
    "AZ": [("Bakı", "Баку", "Baku", "12", 70), ("Gəncə", "Гянджа", "Ganja", "22", 15), ("Sumqayıt", "Сумгаит", "Sumgait", "18", 15)],
    "RU": [("Москва", "Москва", "Moscow", "495", 50), ("Краснодар", "Краснодар", "Krasnodar", "861", 20),
           ("Ростов-на-Дону", "Ростов-на-Дону", "Rostov-on-Don", "863", 15), ("Санкт-Петербург", "Санкт-Петербург", "Saint Petersburg", "812", 15)],
}  # fmt: skip
# (native genitive/attribute, Russian, Latin, kind: avenue or street)
STREETS = {
    "AM": [("Կոմիտասի", "Комитаса", "Komitas", "ave"), ("Աբովյան", "Абовяна", "Abovyan", "st"), ("Թումանյան", "Туманяна", "Tumanyan", "st"),
           ("Մաշտոցի", "Маштоца", "Mashtots", "ave"), ("Բաղրամյան", "Баграмяна", "Baghramyan", "ave"), ("Արշակունյաց", "Аршакуняц", "Arshakunyats", "ave"),
           ("Նալբանդյան", "Налбандяна", "Nalbandyan", "st"), ("Սայաթ-Նովայի", "Саят-Новы", "Sayat-Nova", "ave")],
    "GE": [("ჭავჭავაძის", "Чавчавадзе", "Chavchavadze", "ave"), ("რუსთაველის", "Руставели", "Rustaveli", "ave"),
           ("პეკინის", "Пекина", "Pekini", "st"), ("კოსტავას", "Коставы", "Kostava", "st"), ("ვაჟა-ფშაველას", "Важа-Пшавела", "Vazha-Pshavela", "ave"),
           ("წერეთლის", "Церетели", "Tsereteli", "ave"), ("ბარათაშვილის", "Бараташвили", "Baratashvili", "st")],
    "AZ": [("Nizami", "Низами", "Nizami", "st"), ("Füzuli", "Физули", "Fuzuli", "st"), ("Azadlıq", "Азадлыг", "Azadlig", "ave"),
           ("Neftçilər", "Нефтчиляр", "Neftchilar", "ave"), ("Həsən bəy Zərdabi", "Гасанбека Зардаби", "Hasan bey Zardabi", "st"),
           ("Səməd Vurğun", "Самеда Вургуна", "Samad Vurgun", "st"), ("Atatürk", "Ататюрка", "Ataturk", "ave")],
    "RU": [("Тверская", "Тверская", "Tverskaya", "st"), ("Ленина", "Ленина", "Lenina", "st"), ("Мира", "Мира", "Mira", "ave"),
           ("Садовая", "Садовая", "Sadovaya", "st"), ("Красная", "Красная", "Krasnaya", "st"), ("Профсоюзная", "Профсоюзная", "Profsoyuznaya", "st"),
           ("Ставропольская", "Ставропольская", "Stavropolskaya", "st")],
}  # fmt: skip
MOBILE = {
    "AM": ["91", "93", "94", "77", "98", "99", "55", "95", "41", "43", "44"],
    "GE": ["555", "557", "558", "568", "571", "574", "577", "591", "593", "595", "597", "599"],
    "AZ": ["50", "50", "51", "55", "55", "70", "77", "99", "10"],
    "RU": [
        "916",
        "915",
        "925",
        "926",
        "903",
        "905",
        "962",
        "985",
        "918",
        "928",
        "989",
        "921",
        "911",
    ],
}
CODE = {"AM": "374", "GE": "995", "AZ": "994", "RU": "7"}
MAILS = {
    "AM": {"gmail.com": 55, "mail.ru": 25, "yahoo.com": 10, "yandex.ru": 10},
    "GE": {"gmail.com": 70, "mail.ru": 15, "yahoo.com": 15},
    "AZ": {"gmail.com": 55, "mail.ru": 25, "box.az": 10, "yahoo.com": 10},
    "RU": {"mail.ru": 40, "yandex.ru": 30, "gmail.com": 30},
}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
#: Georgian letters as Georgians type them in chats and on forms without Georgian letters.
GE_CHAT = {"ხ": "x", "ც": "c", "წ": "w", "ჭ": "ch", "ძ": "dz", "ჯ": "j", "შ": "sh", "ჩ": "ch"}
#: Georgian letters in Latin by the national romanisation (2002).
GE_LATIN = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
            "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
            "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
            "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h"}  # fmt: skip


def ru_patronymic(father_ru: str, sex: str) -> str:
    """A Russian-style patronymic from a father's name in Cyrillic (Арам: Арамович / Арамовна;
    Георгий: Георгиевич; Али: Алиевич)."""
    stem = father_ru[:-1] if father_ru.endswith(("й", "ь")) else father_ru
    soft = father_ru[-1] in "йьаеиоуяю"
    if sex == "M":
        return stem + ("евич" if soft else "ович")
    return stem + ("евна" if soft else "овна")


class Caucasus(Draws):
    SLIP_LETTERS = "aeiounrsltv"

    def pick(self, table: list) -> tuple:
        return self.rnd.choices(table, [e[3] for e in table])[0]

    # ------------------------------------------------------------ people
    def name(self, nation: str, entry: tuple) -> dict:
        """A name in its scripts: nat (Armenian, Georgian or Azerbaijani letters), ru (a dict of
        spellings), las (Latin spellings), la (this person's own Latin), az (plain-letter forms)."""
        nat, ru, las = entry[0], entry[1], entry[2]
        ru = ru if isinstance(ru, dict) else {ru: 1}
        out = {
            "nat": nat,
            "ru": wpick(self.rnd, ru),
            "rus": ru,
            "las": las,
            "la": wpick(self.rnd, las),
        }
        if nation == "AM":
            out["rusified"] = entry[4] if len(entry) > 4 else None
        if nation == "AZ" and len(entry) > 4 and entry[4]:
            out["modern"] = entry[4]
        return out

    def feminine(self, sn: dict, nation: str) -> dict:
        """An Azerbaijani woman's -ova / -yeva form (Armenian and Georgian names do not change)."""
        if nation != "AZ":
            return sn
        out = dict(sn, nat=sn["nat"] + "a", ru=sn["ru"] + "а", la=sn["la"] + "a")
        out["rus"] = {k + "а": w for k, w in sn["rus"].items()}
        out["las"] = {k + "a": w for k, w in sn["las"].items()}
        return out

    def tables(self, nation: str) -> tuple[list, list, list]:
        return {"AM": (AM_MALE, AM_FEMALE, AM_SURNAMES), "GE": (GE_MALE, GE_FEMALE, GE_SURNAMES),
                "AZ": (AZ_MALE, AZ_FEMALE, AZ_SURNAMES)}[nation]  # fmt: skip

    def home(self, country: str) -> dict:
        r = self.rnd
        city = self.pick_city(country)
        return dict(country=country, city=city, street=r.choice(STREETS[country]), no=r.randint(1, 140),
                    apt=r.randint(1, 90) if r.random() < 0.75 else None)  # fmt: skip

    def pick_city(self, country: str) -> tuple:
        return self.rnd.choices(CITIES[country], [c[4] for c in CITIES[country]])[0]

    def mobile(self, country: str) -> str:
        """A national significant number (no trunk prefix)."""
        r = self.rnd
        width = {"AM": 6, "GE": 6, "AZ": 7, "RU": 7}[country]
        return self.unique(lambda: r.choice(MOBILE[country]) + self.digits(width))

    def landline(self, home: dict) -> str:
        code = home["city"][3]
        width = {"AM": 8, "GE": 9, "AZ": 9, "RU": 10}[home["country"]] - len(code)
        return self.unique(lambda: code + str(self.rnd.randint(2, 5)) + self.digits(width - 1))

    def population(self) -> None:
        """Families: a father (and mother) in the home country, grown sons' households at home or
        in Russia, their children; single persons."""
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            nation = wpick(r, {"AM": 38, "GE": 32, "AZ": 30})
            males, _, surnames = self.tables(nation)
            sn = self.name(nation, self.pick(surnames))
            if r.random() < 0.25:  # a single person
                sex = r.choice("MF")
                country = "RU" if r.random() < 0.2 else nation
                home = self.home(country)
                own = self.feminine(sn, nation) if sex == "F" else sn
                p = self.person(nation, own, sex, self.dob(18, 70), self.name(nation, self.pick(males)), home,
                                None, None)  # fmt: skip
                self.household([p], nation, sn, home)
                continue
            grandfather = self.name(nation, self.pick(males))
            elder_home = self.home(nation)
            elder_land = self.landline(elder_home) if r.random() < 0.6 else None
            elder = self.person(
                nation, sn, "M", self.dob(55, 85), grandfather, elder_home, elder_land, None
            )
            elders = [elder]
            if r.random() < 0.8:
                elders.append(self.person(nation, self.feminine(sn, nation), "F", self.dob(50, 82),
                                          self.name(nation, self.pick(males)), elder_home, elder_land, None))  # fmt: skip
            self.household(elders, nation, sn, elder_home)
            for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
                sex = r.choice("MF")
                if sex == "F":  # a daughter still at home, or married away (not drawn)
                    if r.random() < 0.4:
                        kid = self.person(nation, self.feminine(sn, nation), "F", self.dob(18, 40), elder["gn"],
                                          elder_home, elder_land, None)  # fmt: skip
                        elders.append(kid)
                        kid["household"], kid["family_email"] = elders, elders[0]["family_email"]
                    continue
                given = grandfather if r.random() < 0.15 else None  # named after his grandfather
                country = "RU" if r.random() < 0.3 else nation
                home = self.home(country)
                land = self.landline(home) if r.random() < 0.4 else None
                son = self.person(nation, sn, "M", self.dob(25, 50), elder["gn"], home, land, given)
                son["parents"] = elders
                members = [son]
                if r.random() < 0.75:
                    wsn = (
                        sn
                        if nation != "AZ" or r.random() < 0.6
                        else self.name(nation, self.pick(surnames))
                    )
                    members.append(self.person(nation, self.feminine(wsn, nation), "F", self.dob(22, 48),
                                               self.name(nation, self.pick(males)), home, land, None))  # fmt: skip
                    son_age = (TODAY - son["dob"]).days / 365.25
                    for _ in range(r.choice([0, 1, 1, 2, 3]) if son_age > 28 else 0):
                        ksex = r.choice("MF")
                        kgiven = (
                            elder["gn"] if ksex == "M" and r.random() < 0.3 else None
                        )  # the grandfather's name
                        kid = self.person(nation, self.feminine(sn, nation) if ksex == "F" else sn, ksex,
                                          self.dob(6, min(24, son_age - 22)), son["gn"], home, land, kgiven)  # fmt: skip
                        kid["parents"] = [son]
                        members.append(kid)
                self.household(members, nation, sn, home)
        self.persons = self.persons[: self.n + 40]

    def household(self, members: list[dict], nation: str, sn: dict, home: dict) -> None:
        r = self.rnd
        email = None
        if len(members) > 1 and r.random() < 0.3:
            email = self.unique(lambda: f"{sn['la'].lower().replace(' ', '').replace('-', '')}{wpick(r, {'family': 3, 'home': 1, '': 2})}"
                                f"{r.randint(1, 99)}@{wpick(r, MAILS[home['country']])}")  # fmt: skip
        for m in members:
            m["household"] = members
            m["family_email"] = email
        self.persons.extend(members)

    def person(self, nation, sn, sex, dob, father, home, landline, given) -> dict:
        r = self.rnd
        self.pid += 1
        males, females, _ = self.tables(nation)
        gn = given or self.name(nation, self.pick(males if sex == "M" else females))
        abroad = home["country"] == "RU"
        email = None
        if r.random() < 0.55:
            g, s = gn["la"].lower().strip(), sn["la"].lower().replace(" ", "").replace("-", "")
            local = wpick(
                r,
                {
                    f"{g}.{s}": 3,
                    f"{g}{s}": 2,
                    f"{g[0]}.{s}": 2,
                    f"{g}_{r.randint(80, 99)}": 2,
                    f"{s}{dob.year % 100:02d}": 2,
                },
            )
            email = self.unique(lambda: local + wpick(r, {"": 6, str(r.randint(1, 999)): 4}) + "@" + wpick(r, MAILS[home["country"]]))  # fmt: skip
        p = dict(
            pid=self.pid, nation=nation, sex=sex, dob=dob, gn=gn, sn=sn, father=father, home=home,
            landline=landline, email=email, parents=None,
            mobile=self.mobile(nation) if not abroad or r.random() < 0.5 else None,
            ru_mobile=self.mobile("RU") if abroad else None,
            passport=self.passport(nation), old_passport=self.passport(nation) if r.random() < 0.2 else None,
            national=self.national(nation),
            inn=self.inn() if abroad and r.random() < 0.6 else None,
            ru_passport=self.ru_passport() if abroad and r.random() < 0.3 else None,
            renamed=r.random() < 0.08 and "modern" in sn,
            move=self.home(home["country"]) if r.random() < 0.12 else None,
        )  # fmt: skip
        if p["mobile"] is None and p["ru_mobile"] is None:
            p["mobile"] = self.mobile(nation)
        return p

    # ------------------------------------------------------------ numbers
    def passport(self, nation: str) -> str:
        r = self.rnd
        return self.unique(lambda: {
            "AM": lambda: "A" + r.choice("KMNPRT") + self.digits(7),
            "GE": lambda: self.digits(2) + r.choice("ABCDEFGHIJ") + r.choice("ABCDEFGHIJ") + self.digits(5),
            "AZ": lambda: "C" + self.digits(8),
        }[nation]())  # fmt: skip

    def national(self, nation: str) -> str:
        """Armenia's public service number (10 digits), Georgia's personal number (11 digits,
        ``01`` to ``62`` for the registering office), Azerbaijan's FIN (7 characters)."""
        r = self.rnd
        fin = "0123456789ABCDEFGHJKLMNPRSTUVXYZ"
        return self.unique(lambda: {
            "AM": lambda: str(r.randint(1, 9)) + self.digits(9),
            "GE": lambda: f"{r.randint(1, 62):02d}" + self.digits(9),
            "AZ": lambda: "".join(r.choice(fin) for _ in range(7)),
        }[nation]())  # fmt: skip

    def inn(self) -> str:
        def make() -> str:
            ten = f"{self.rnd.choice([77, 50, 23, 61, 78]):02d}" + self.digits(8)
            return ten + inn_checks(ten)

        return self.unique(make)

    def ru_passport(self) -> str:
        return self.unique(lambda: self.digits(4) + self.digits(6))

    def slip_id(self, code: str | None, p: float = 0.02) -> str | None:
        if code and self.rnd.random() < p:
            i = self.rnd.randrange(len(code))
            return code[:i] + str(self.rnd.randrange(10)) + code[i + 1 :]
        return code

    # ------------------------------------------------------------ written forms
    def phone(self, num: str | None, country: str, style: str | None = None) -> str | None:
        """A number as the country writes it: Armenia and Azerbaijan with a trunk 0, Russia 8,
        Georgia none (since 2011) or an old 8."""
        if not num:
            return None
        r, cc = self.rnd, CODE[country]
        if country == "AM":
            a, b = num[:2], num[2:]
            forms = {"intl": f"+374 {a} {b}", "intl2": f"+374 ({a}) {b[:2]}-{b[2:4]}-{b[4:]}", "trunk": f"0{a} {b}",
                     "dash": f"0{a}-{b[:2]}-{b[2:4]}-{b[4:]}", "paren": f"(0{a}) {b}", "plain": cc + num,
                     "00": f"00374{num}", "bare": "0" + num}  # fmt: skip
        elif country == "GE":
            a, b = num[:3], num[3:]
            if len(num) == 9 and num[0] != "5":  # a landline: area code, then the rest
                forms = {"intl": f"+995 {num[:2]} {num[2:]}", "trunk": f"0{num[:2]} {num[2:5]} {num[5:]}", "plain": cc + num,
                         "bare": "0" + num, "dash": f"0{num[:2]}-{num[2:]}"}  # fmt: skip
            else:
                forms = {"intl": f"+995 {a} {b[:3]} {b[3:]}", "spaced": f"{a} {b[:2]} {b[2:4]} {b[4:]}", "plain": cc + num,
                         "bare": num, "paren": f"({a}) {b[:2]}-{b[2:4]}-{b[4:]}",
                         # before 2011: the trunk 8 and the number without its 5 (8 99 123456)
                         "old": f"8 {a[1:]} {b}"}  # fmt: skip
                style = style or wpick(
                    r, {"intl": 25, "spaced": 25, "plain": 20, "bare": 15, "paren": 10, "old": 5}
                )
        elif country == "AZ":
            a, b = num[:2], num[2:]
            forms = {"intl": f"+994 {a} {b[:3]} {b[3:5]} {b[5:]}", "trunk": f"0{a} {b[:3]} {b[3:5]} {b[5:]}",
                     "paren": f"(0{a}) {b[:3]}-{b[3:5]}-{b[5:]}", "plain": cc + num, "bare": "0" + num,
                     "dash": f"0{a}-{b[:3]}-{b[3:5]}-{b[5:]}"}  # fmt: skip
        else:
            a, b = num[:3], num[3:]
            forms = {"intl": f"+7 {a} {b[:3]}-{b[3:5]}-{b[5:]}", "trunk": f"8 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}",
                     "bare": "8" + num, "plain": "7" + num, "plus": "+7" + num}  # fmt: skip
        return forms[style] if style in forms else forms[r.choice(list(forms))]

    def own_phone(self, p: dict, country: str | None = None) -> tuple[str | None, str]:
        """The person's mobile and the country whose form it takes (a diaspora customer's Russian
        number or home number)."""
        if country == "RU" and p["ru_mobile"]:
            return p["ru_mobile"], "RU"
        if p["mobile"] and (country is None or country == p["nation"] or not p["ru_mobile"]):
            return p["mobile"], p["nation"]
        return p["ru_mobile"], "RU"

    def where(self, p: dict, stale: float = 0.3) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def address(self, a: dict, lang: str) -> str:
        """An address in ``lang`` (``nat``: the country's own language; ``ru``; ``la``)."""
        r, c = self.rnd, a["country"]
        nat, ru, la, kind = a["street"]
        city = a["city"]
        apt = a["apt"]
        if lang == "nat" and c == "AM":
            typ = {
                "ave": wpick(r, {"պող.": 60, "պողոտա": 40}),
                "st": wpick(r, {"փ.": 60, "փողոց": 40}),
            }[kind]
            text = f"{wpick(r, {'ք. ': 40, '': 60})}{city[0]}, {nat} {typ} {a['no']}"
            return text + (f", բն. {apt}" if apt and r.random() < 0.8 else "")
        if lang == "nat" and c == "GE":
            typ = {
                "ave": wpick(r, {"გამზ.": 60, "გამზირი": 40}),
                "st": wpick(r, {"ქ.": 60, "ქუჩა": 40}),
            }[kind]
            text = f"{wpick(r, {'ქ. ': 40, '': 60})}{city[0]}, {nat} {typ} {wpick(r, {'': 60, 'N': 40})}{a['no']}"
            return text + (f", ბ. {apt}" if apt and r.random() < 0.8 else "")
        if lang == "nat" and c == "AZ":
            typ = {
                "ave": wpick(r, {"pr.": 60, "prospekti": 40}),
                "st": wpick(r, {"küç.": 60, "küçəsi": 40}),
            }[kind]
            text = f"{city[0]}{wpick(r, {' ş.,': 50, ',': 50})} {nat} {typ} {a['no']}"
            return text + (f", m. {apt}" if apt and r.random() < 0.8 else "")
        if lang in ("ru", "nat"):
            typ = {
                "ave": wpick(r, {"пр.": 60, "просп.": 25, "проспект": 15}),
                "st": wpick(r, {"ул.": 80, "улица": 20}),
            }[kind]
            if r.random() < 0.6:
                text = f"г. {city[1]}, {typ} {ru}, д. {a['no']}"
                return text + (f", кв. {apt}" if apt and r.random() < 0.85 else "")
            return f"{city[1]}, {ru} {typ}, {a['no']}" + (
                f"-{apt}" if apt and r.random() < 0.85 else ""
            )
        typ = {
            "ave": wpick(r, {"Ave": 40, "ave.": 30, "avenue": 30}),
            "st": wpick(r, {"St": 40, "str.": 40, "street": 20}),
        }[kind]
        if r.random() < 0.6:
            text = f"{city[2]}, {la} {typ} {a['no']}"
        else:
            text = f"{a['no']} {la} {typ}, {city[2]}"
        return text + (f", apt {apt}" if apt and r.random() < 0.7 else "")

    def latin(self, name: dict, own: float = 0.7) -> str:
        return name["la"] if self.rnd.random() < own else wpick(self.rnd, name["las"])

    def passport_latin(self, p: dict, name: dict) -> str:
        """The passport's spelling: Armenian and Georgian passports the official romanisation
        (the first spelling listed), Azerbaijani ones their letters in plain Latin."""
        if p["nation"] == "AZ":
            return name["nat"].translate(AZ_PASSPORT)
        return next(iter(name["las"]))

    def az_typed(self, text: str) -> str:
        r = self.rnd
        return wpick(r, {text: 65, text.translate(AZ_CHAT): 20, text.translate(AZ_PASSPORT): 15})

    def ge_chat(self, nat: str, fallback: str) -> str:
        """A Georgian name as a chat's Latin writes it (ხ x, ც c, წ w), or the given spelling."""
        if self.rnd.random() < 0.5:
            return fallback
        text = "".join(GE_CHAT.get(ch) or GE_LATIN.get(ch, ch) for ch in nat)
        return text[:1].upper() + text[1:]

    def surname(self, p: dict, system: str) -> dict:
        sn = p["sn"]
        if p["renamed"] and system in ("AZPAY", "SKYCLUB"):
            nat, la = sn["modern"]
            return dict(sn, nat=nat, la=la, las={la: 1})
        if (
            system == "PEREVOD"
            and p["nation"] == "AM"
            and p["home"]["country"] == "RU"
            and sn.get("rusified")
            and p["pid"] % 7 == 0
        ):
            ru = sn["rusified"] + ("а" if p["sex"] == "F" else "")
            return dict(sn, ru=ru, rus={ru: 1})
        return sn

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def relative(self, p: dict) -> dict | None:
        """Someone of the family to call or send to: a parent back home, else a household member."""
        r = self.rnd
        if p["parents"] and r.random() < 0.6:
            return r.choice(p["parents"])
        others = [m for m in p["household"] if m is not p]
        return r.choice(others) if others else None

    def fmt_dob(self, d: dt.date, style: str = "dot") -> str:
        return {"dot": d.strftime("%d.%m.%Y"), "slash": d.strftime("%d/%m/%Y"), "iso": d.isoformat(),
                "air": f"{d.day:02d}{MONTHS[d.month - 1]}{d.year}", "dot2": d.strftime("%d.%m.%y")}[style]  # fmt: skip

    # ------------------------------------------------------------ systems
    def ambank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p)
        sn = self.surname(p, "AMBANK")
        if p["nation"] == "AM":
            script = wpick(r, {"nat": 80, "la": 12, "ru": 8})
        else:
            script = wpick(r, {"ru": 60, "la": 40})
        if script == "nat":
            last, first = sn["nat"], p["gn"]["nat"]
            father = wpick(
                r, {p["father"]["nat"] + "ի": 80, ru_patronymic(p["father"]["ru"], p["sex"]): 20}
            )
        elif script == "ru":
            last, first = sn["ru"], p["gn"]["ru"]
            father = ru_patronymic(p["father"]["ru"], p["sex"])
        else:
            last, first = self.latin(sn), self.latin(p["gn"])
            father = self.latin(p["father"])
        mobile, mc = self.own_phone(p, "AM" if p["nation"] == "AM" else None)
        land = p["landline"] if p["home"]["country"] == "AM" and r.random() < 0.6 else None
        self.add("AMBANK", p, {
            "Հաճախորդի կոդ": self.unique(lambda: "0" + self.digits(7)),
            "Ազգանուն": self.typo(last, 0.03),
            "Անուն": self.typo(first, 0.02),
            "Հայրանուն": father if r.random() < 0.85 else None,
            "Քարտի անուն": f"{self.passport_latin(p, p['gn'])} {self.passport_latin(p, sn)}".upper() if r.random() < 0.6 else None,
            "Ծննդյան ամսաթիվ": self.fmt_dob(p["dob"]) if r.random() < 0.95 else None,
            "ՀԾՀ": self.slip_id(p["national"]) if p["nation"] == "AM" and r.random() < 0.8 else None,
            "Անձնագիր": (p["old_passport"] or p["passport"]) if r.random() < 0.7 else None,
            "Բջջային": self.phone(mobile, mc) if r.random() < 0.92 else None,
            "Քաղաքային հեռ.": self.phone(land, "AM", wpick(r, {"trunk": 50, "dash": 30, "intl": 20})) if land else None,
            "Հասցե": self.address(a, "nat" if script == "nat" else ("ru" if script == "ru" else "la")) if r.random() < 0.9 else None,
            "Էլ. փոստ": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.7 else None,
        })  # fmt: skip

    def geocell(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        minor = (TODAY - p["dob"]).days < 18 * 365
        if p["nation"] == "GE":
            script = wpick(r, {"nat": 65, "la": 35})
        else:
            script = wpick(r, {"la": 65, "ru": 35})
        if script == "nat":
            first, last = p["gn"]["nat"], p["sn"]["nat"]
        elif script == "ru":
            first, last = p["gn"]["ru"], p["sn"]["ru"]
        elif p["nation"] == "GE":
            first, last = self.latin(p["gn"]), self.ge_chat(p["sn"]["nat"], self.latin(p["sn"]))
        elif p["nation"] == "AZ":
            first, last = self.az_typed(p["gn"]["nat"]), self.az_typed(p["sn"]["nat"])
        else:
            first, last = self.latin(p["gn"]), self.latin(p["sn"])
        rel = self.relative(p)
        parent = p["parents"][0] if p["parents"] else None
        mobile, mc = self.own_phone(p, p["nation"])
        if minor and parent and r.random() < 0.3:
            mobile, mc = self.own_phone(parent, p["nation"])  # a child on a parent's number
        if mc != "GE" and r.random() < 0.7:
            mobile, mc = self.mobile("GE"), "GE"  # a Georgian SIM of a visitor
        self.add("GEOCELL", p, {
            "აბონენტის ნომერი": self.unique(lambda: "GC" + self.digits(8)),
            "სახელი": self.typo(first, 0.02),
            "გვარი": self.typo(last, 0.04),
            "პირადი ნომერი": (self.slip_id(p["national"]) if p["nation"] == "GE" else p["passport"]) if r.random() < 0.85 else None,
            "დაბადების თარიღი": self.fmt_dob(p["dob"], wpick(r, {"dot": 70, "slash": 30})) if r.random() < 0.9 else None,
            "ტელეფონი": self.phone(mobile, mc),
            "მისამართი": self.address(a, "nat" if script == "nat" and a["country"] == "GE" else ("ru" if script == "ru" else "la")) if r.random() < 0.75 else None,
            "სახლის ტელეფონი": self.phone(p["landline"], "GE") if p["landline"] and p["home"]["country"] == "GE" and r.random() < 0.6 else None,
            "ელ. ფოსტა": p["email"] if r.random() < 0.5 else None,
            "საკონტაქტო პირი": (f"{rel['gn']['nat']} {rel['sn']['nat']}" if script == "nat" else f"{self.latin(rel['gn'])} {self.latin(rel['sn'])}")
            if rel and r.random() < 0.4 else None,
            "საკონტაქტო პირის ტელეფონი": self.phone(*self.own_phone(rel, p["nation"])) if rel and r.random() < 0.4 else None,
        })  # fmt: skip

    def azpay(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        sn = self.surname(p, "AZPAY")
        if p["nation"] == "AZ":
            first, last = self.az_typed(p["gn"]["nat"]), self.az_typed(sn["nat"])
            f = p["father"]["nat"]
            father = wpick(
                r,
                {
                    f"{f} {'oğlu' if p['sex'] == 'M' else 'qızı'}": 50,
                    f: 35,
                    f.translate(AZ_CHAT) + (" oglu" if p["sex"] == "M" else " qizi"): 15,
                },
            )
        else:
            first, last = self.latin(p["gn"]), self.latin(sn)
            father = self.latin(p["father"]) if r.random() < 0.5 else None
        mobile, mc = self.own_phone(p, "AZ" if p["nation"] == "AZ" else None)
        self.add("AZPAY", p, {
            "Müştəri ID": self.unique(lambda: "AZ" + self.digits(9)),
            "Soyad": self.typo(last, 0.03),
            "Ad": self.typo(first, 0.02),
            "Ata adı": self.typo(father, 0.02) if r.random() < 0.8 else None,
            "FİN": (self.slip_id(p["national"], 0.01).lower() if r.random() < 0.1 else self.slip_id(p["national"], 0.01))
            if p["nation"] == "AZ" and r.random() < 0.85 else None,
            "Doğum tarixi": self.fmt_dob(p["dob"]) if r.random() < 0.9 else None,
            "Mobil nömrə": self.phone(mobile, mc),
            "Ünvan": self.address(a, "nat" if a["country"] == "AZ" else "ru") if r.random() < 0.6 else None,
            "E-poçt": (p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]) if r.random() < 0.6 else None,
        })  # fmt: skip

    def fio(self, p: dict) -> str:
        r = self.rnd
        sn = self.surname(p, "PEREVOD")
        last = wpick(r, sn["rus"]) if r.random() < 0.3 else sn["ru"]
        first = p["gn"]["ru"]
        pat = ru_patronymic(p["father"]["ru"], p["sex"])
        if p["nation"] == "AZ" and r.random() < 0.3:
            pat = f"{p['father']['ru']} {'оглы' if p['sex'] == 'M' else 'кызы'}"
        parts = [last, first] + ([pat] if r.random() < 0.85 else [])
        text = " ".join(parts)
        return text.upper() if r.random() < 0.2 else text

    def perevod(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        latin = r.random() < 0.15
        if latin:
            name = f"{self.passport_latin(p, self.surname(p, 'PEREVOD'))} {self.passport_latin(p, p['gn'])}".upper()
        else:
            name = self.fio(p)
        mobile, mc = self.own_phone(p, "RU")
        rel = self.relative(p)
        doc = (
            p["ru_passport"]
            if p["ru_passport"] and r.random() < 0.7
            else (p["old_passport"] or p["passport"])
        )
        if p["ru_passport"] and doc == p["ru_passport"]:
            doc = f"{doc[:2]} {doc[2:4]} {doc[4:]}"
        self.add("PEREVOD", p, {
            "ID клиента": self.unique(lambda: "П-" + self.digits(7)),
            "ФИО": self.typo(name, 0.04),
            "Дата рождения": self.fmt_dob(p["dob"], wpick(r, {"dot": 90, "dot2": 10})) if r.random() < 0.92 else None,
            "Телефон": self.phone(mobile, mc),
            "Документ": doc if r.random() < 0.8 else None,
            "ИНН": self.slip_id(p["inn"]) if p["inn"] and r.random() < 0.6 else None,
            "Адрес": self.address(a, "ru") if r.random() < 0.7 else None,
            "Получатель": f"{rel['sn']['ru']} {rel['gn']['ru']}" if rel else None,
            "Телефон получателя": self.phone(*self.own_phone(rel, rel["nation"])) if rel and r.random() < 0.8 else None,
        })  # fmt: skip

    def skyclub(self, p: dict) -> None:
        r = self.rnd
        sn = self.surname(p, "SKYCLUB")
        first = self.passport_latin(p, p["gn"]).upper()
        if r.random() < 0.3:
            first += " " + ("MR" if p["sex"] == "M" else wpick(r, {"MRS": 60, "MS": 40}))
        mobile, mc = self.own_phone(p)
        cc = CODE[mc]
        self.add("SKYCLUB", p, {
            "member_no": self.unique(lambda: "SC" + self.digits(9)),
            "last_name": self.typo(self.passport_latin(p, sn).upper(), 0.01),
            "first_name": first,
            "date_of_birth": self.fmt_dob(p["dob"], wpick(r, {"air": 60, "iso": 40})),
            "passport_no": p["passport"] if r.random() < 0.85 else None,
            "nationality": {"AM": "ARM", "GE": "GEO", "AZ": "AZE"}[p["nation"]] if r.random() < 0.9 else None,
            "mobile": (cc + mobile if r.random() < 0.7 else "+" + cc + mobile) if r.random() < 0.8 else None,
            "email": p["email"] if r.random() < 0.85 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            nat, abroad = p["nation"], p["home"]["country"] == "RU"
            n0 = len(self.rows)
            if age >= 18 and r.random() < {"AM": 0.9, "GE": 0.12, "AZ": 0.0}[nat] * (
                0.6 if abroad else 1
            ):
                self.ambank(p)
                if r.random() < 0.25:  # a second account opened at another branch
                    self.ambank(p)
            if r.random() < {"AM": 0.4, "GE": 0.95, "AZ": 0.4}[nat] * (0.5 if abroad else 1):
                while True:
                    self.geocell(p)
                    if r.random() >= 0.3:  # another line
                        break
            if age >= 16 and r.random() < {"AM": 0.0, "GE": 0.1, "AZ": 0.9}[nat] * (
                0.6 if abroad else 1
            ):
                self.azpay(p)
                if r.random() < 0.25:  # registered again with a new phone
                    self.azpay(p)
            if age >= 18 and r.random() < (0.9 if abroad else 0.25):
                self.perevod(p)
                if r.random() < 0.3:
                    self.perevod(p)
            if age >= 12 and r.random() < 0.6:
                self.skyclub(p)
                if r.random() < 0.1:  # enrolled twice
                    self.skyclub(p)
            if len(self.rows) == n0:  # a customer of the home country's system, or a young flyer
                home_system = {"AM": self.ambank, "GE": self.geocell, "AZ": self.azpay}[nat]
                (home_system if age >= 18 or nat == "GE" else self.skyclub)(p)
        return self.shuffled("row_id", "KV")


def caucasus(persons: int = 4000, seed: int = 38) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Caucasus.frame(persons, seed, "row_id")
