"""A Western Balkans bank, telco, microcredit, insurance and remittance group's customers in
Serbia, Croatia, Bosnia and Herzegovina, Montenegro, North Macedonia, Kosovo and Albania, five
systems stacked in one file (a ``system`` column naming the system).

* Serbian bank (``RS_BANKA``), Serbian Cyrillic columns: ``Број клијента``, ``Презиме``,
  ``Име``, ``Име оца`` (the father's given name: someone else's), ``ЈМБГ`` (13 digits,
  ``DDMMYYYRRBBBK``: the birth date with the year's last three digits, the region of birth, a
  serial under 500 for men, a mod-11 check digit), ``Датум рођења`` (``15.03.1985.`` with the
  closing full stop, ``15. 03. 1985.``, ``5.3.1985``), ``Мобилни`` (``064/123-4567``, ``064 123
  4567``, ``+381 64 1234567``), ``Фиксни`` (the household's, ``011/234-5678``), ``Адреса``
  (``Краља Милана 12/3``, ``ул. Краља Милана бр. 12, стан 3``), ``Место``, ``Поштански број``.
  Names in Cyrillic, the Croats', Bosniaks' and Albanians' transcribed into it (Хоџић, Краснићи,
  Ђерђ); a quarter of the rows typed by clerks in Latin letters (Đorđević, Djordjevic).
* Croatian telco (``HR_TELEKOM``), Croatian columns: ``ID pretplatnika``, ``Ime``, ``Prezime``,
  ``OIB`` (eleven digits, ISO 7064 MOD 11,10; Croatian residents only), ``Datum rođenja``
  (``5.3.1985.``), ``Broj mobitela`` (``091 234 5678``, ``+385 91 234 5678``,
  ``385912345678``), ``Adresa`` (``Ulica grada Vukovara 45``, ``Ilica 12``), ``Mjesto``,
  ``Poštanski broj``, ``E-mail`` (a family's one address now and then). Web sign-ups typed on
  English keyboards: ``Dordevic``, ``Kovacevic``, ``Dzavid``.
* Bosnian microcredit lender (``BA_MIKRO``), Bosnian columns: ``Šifra klijenta``, ``Ime i
  prezime`` (one box: ``Emir Hodžić``, ``Hodžić Emir``, the father's name between: ``Emir
  (Senad) Hodžić``, ``Emir Senad Hodžić``), ``JMB`` (a JMBG), ``Datum rođenja``, ``Telefon``
  (``061/123-456``, ``+387 61 123 456``, ``0038761123456``), ``Adresa``, ``Općina``, ``Žirant``
  and ``Telefon žiranta`` (the guarantor: a relative's or a neighbour's name and number).
* Macedonian insurer (``MK_OSIGURUVANJE``), Macedonian Cyrillic columns: ``Шифра на
  осигуреник``, ``Презиме``, ``Име``, ``Татково име``, ``ЕМБГ`` (a JMBG with a Macedonian
  region), ``Датум на раѓање``, ``Телефон`` (``070 123 456``, ``070/123-456``, ``+389 70 123
  456``, ``38970123456``), ``Адреса`` (``ул. Партизанска бр. 12``, ``бул. „Илинден" 45/2-4``),
  ``Град``, ``Корисник на осигурување`` (the beneficiary's whole name). Albanians of North
  Macedonia in Macedonian Cyrillic (Красниќи) or in Albanian letters; women's ``-ска``.
* Albanian and Kosovar remittance company (``AL_REMITANCA``), Albanian columns: ``Emri``,
  ``Mbiemri``, ``Atësia`` (the father's name), ``Numri personal`` (Albania's ten-character NID,
  a letter for the birth decade, ``YYMMDD`` with fifty added to a woman's month, three digits, a
  letter; Kosovo's ten digits; a JMBG for those born in Yugoslavia who kept it), ``Datëlindja``
  (``15/03/1985``, ``15.03.1985``), ``Celulari`` (``+383 44 123 456``, ``044 123 456``, the old
  Monaco and Slovenian codes ``+377 44 123 456`` / ``+386 49 123 456``, ``069 123 4567``,
  ``+355 69 123 4567``, a diaspora number ``+49 176 12345678``), ``Adresa`` (``Rruga e
  Kavajës, Pallati 5, Shk. 2, Ap. 14``, ``Rr. Nënë Tereza nr. 12``), ``Qyteti``, ``Shteti``,
  ``Emri i përfituesit`` and ``Celulari i përfituesit`` (the receiver back home, often of the same
  household). Names with and without ``ë``/``ç`` and in definite and indefinite form (Gjergj /
  Gjergji, Agim / Agimi, Shpresë / Shpresa).

What makes it hard: digraphia (Ђорђевић / Đorđević / Djordjevic / Dordevic; Љубица / Ljubica;
Џавид / Džavid), Macedonian letters (Ѓорѓиевски / Gjorgjievski / Đorđievski / Gorgievski,
Ќ, Ѕ); very common names (Jovanović, Petrović, Hodžić, Krasniqi, Marko, Ana, Emir); fathers and
sons of one family name, father's-name columns that name the head of the household, sons named
after their grandfathers; married women under their maiden, husband's or hyphenated name;
households on one landline, address and e-mail; the diaspora's German, Austrian and Swiss
numbers for the same person; phones with ``+38x``, ``0038x``, ``38x`` or a trunk ``0``; ids with
a slip or missing; typos and gaps.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

# ------------------------------------------------------------------ names
# Serbs: Serbian Cyrillic. Croats and Bosniaks: Gaj Latin. Macedonians: Macedonian Cyrillic.
SR_MALE = {"Марко": 20, "Никола": 18, "Милош": 14, "Стефан": 14, "Лазар": 10, "Петар": 12, "Јован": 10,
           "Александар": 14, "Ненад": 8, "Драган": 10, "Зоран": 10, "Горан": 10, "Милан": 14, "Душан": 8,
           "Ђорђе": 8, "Вук": 4, "Бранислав": 5, "Небојша": 6, "Жељко": 5, "Владимир": 8, "Дејан": 7,
           "Срђан": 5, "Радослав": 3, "Миодраг": 3}  # fmt: skip
SR_FEMALE = {"Ана": 18, "Јелена": 18, "Милица": 14, "Марија": 14, "Драгана": 8, "Снежана": 8, "Љубица": 4,
             "Јована": 10, "Тијана": 8, "Ивана": 10, "Софија": 6, "Катарина": 7, "Весна": 6, "Гордана": 6,
             "Бранка": 4, "Биљана": 6, "Ђурђица": 2, "Наташа": 6}  # fmt: skip
SR_SURNAMES = {"Јовановић": 22, "Петровић": 20, "Николић": 16, "Марковић": 14, "Ђорђевић": 12, "Стојановић": 10,
               "Илић": 10, "Станковић": 8, "Павловић": 8, "Милошевић": 6, "Поповић": 8, "Ђурић": 6, "Живковић": 6,
               "Тодоровић": 6, "Савић": 5, "Лазић": 4, "Ћирић": 4, "Јанковић": 6, "Кнежевић": 5, "Вуковић": 5,
               "Љубичић": 2, "Џаковић": 2, "Радуловић": 4, "Вујошевић": 3}  # fmt: skip
HR_MALE = {"Ivan": 20, "Marko": 16, "Josip": 16, "Luka": 12, "Tomislav": 10, "Ante": 10, "Stjepan": 6,
           "Krešimir": 5, "Dražen": 5, "Hrvoje": 6, "Zvonimir": 4, "Mario": 8, "Matej": 6, "Filip": 6,
           "Damir": 6}  # fmt: skip
HR_FEMALE = {"Ana": 16, "Marija": 18, "Ivana": 14, "Petra": 10, "Lucija": 8, "Katarina": 8, "Mirjana": 5,
             "Snježana": 5, "Željka": 5, "Maja": 8, "Nikolina": 6, "Marina": 6}  # fmt: skip
HR_SURNAMES = {"Horvat": 18, "Kovačević": 14, "Babić": 12, "Marić": 10, "Jurić": 10, "Novak": 10, "Kovačić": 8,
               "Knežević": 6, "Vuković": 6, "Marković": 6, "Petrović": 6, "Matić": 6, "Tomić": 6, "Pavlović": 5,
               "Božić": 5, "Blažević": 4, "Grgić": 4, "Šimić": 4, "Perić": 4}  # fmt: skip
BA_MALE = {"Emir": 16, "Amar": 10, "Adnan": 12, "Haris": 10, "Mirza": 10, "Kenan": 8, "Edin": 10, "Senad": 10,
           "Džavid": 4, "Muhamed": 10, "Almir": 8, "Nedžad": 5, "Tarik": 6, "Nihad": 5}  # fmt: skip
BA_FEMALE = {"Amra": 10, "Lejla": 12, "Emina": 10, "Selma": 10, "Amina": 12, "Ajla": 8, "Medina": 6, "Azra": 6,
             "Sabina": 6, "Merima": 6, "Đulsa": 2, "Alma": 8}  # fmt: skip
BA_SURNAMES = {"Hodžić": 16, "Hadžić": 12, "Begić": 10, "Delić": 10, "Kovačević": 8, "Mehmedović": 8,
               "Hasanović": 10, "Husić": 8, "Omerović": 8, "Karić": 6, "Salihović": 6, "Ibrahimović": 6,
               "Šehić": 6, "Čaušević": 4, "Alić": 8, "Džaferović": 3}  # fmt: skip
MK_MALE = {"Александар": 14, "Ѓорѓи": 8, "Никола": 12, "Стефан": 10, "Благоја": 4, "Петар": 8, "Дејан": 8,
           "Горан": 8, "Зоран": 8, "Филип": 6, "Кирил": 4, "Бојан": 8, "Игор": 6, "Златко": 4, "Ѓоко": 2}  # fmt: skip
MK_FEMALE = {"Елена": 14, "Марија": 14, "Ана": 10, "Ивана": 10, "Билјана": 8, "Симона": 6, "Катерина": 8,
             "Јасмина": 6, "Снежана": 6, "Драгана": 6, "Маја": 8, "Ѓурѓица": 2}  # fmt: skip
MK_SURNAMES = {"Трајковски": 14, "Стојановски": 12, "Николовски": 10, "Ѓорѓиевски": 8, "Петровски": 10,
               "Јовановски": 10, "Ристовски": 8, "Костовски": 6, "Наумовски": 6, "Димитриевски": 6,
               "Ангеловски": 6, "Цветковски": 4, "Спасовски": 4, "Ќосевски": 2, "Ѕвездановски": 1,
               "Атанасов": 4, "Георгиев": 4}  # fmt: skip
# Albanians: (indefinite, definite, Serbian Latin transcription, weight).
AL_MALE = [("Agim", "Agimi", "Agim", 12), ("Gjergj", "Gjergji", "Đerđ", 8), ("Arben", "Arbeni", "Arben", 10),
           ("Besnik", "Besniku", "Besnik", 8), ("Driton", "Dritoni", "Driton", 8), ("Fatmir", "Fatmiri", "Fatmir", 8),
           ("Ilir", "Iliri", "Ilir", 8), ("Valon", "Valoni", "Valon", 10), ("Artan", "Artani", "Artan", 6),
           ("Ermal", "Ermali", "Ermal", 6), ("Blerim", "Blerimi", "Blerim", 8), ("Luan", "Luani", "Luan", 6),
           ("Bekim", "Bekimi", "Bekim", 6), ("Shkëlzen", "Shkëlzeni", "Škeljzen", 4), ("Lirim", "Lirimi", "Lirim", 6),
           ("Afrim", "Afrimi", "Afrim", 4), ("Xhevdet", "Xhevdeti", "Dževdet", 4)]  # fmt: skip
AL_FEMALE = [("Shpresë", "Shpresa", "Špresa", 8), ("Drita", "Drita", "Drita", 10), ("Arta", "Arta", "Arta", 8),
             ("Vjosë", "Vjosa", "Vjosa", 6), ("Blerta", "Blerta", "Blerta", 8), ("Teuta", "Teuta", "Teuta", 6),
             ("Mimozë", "Mimoza", "Mimoza", 6), ("Lindita", "Lindita", "Lindita", 8), ("Fatmire", "Fatmirja", "Fatmire", 6),
             ("Elirë", "Elira", "Elira", 6), ("Qëndresë", "Qëndresa", "Ćendresa", 4), ("Arbnore", "Arbnorja", "Arbnore", 3)]  # fmt: skip
AL_SURNAMES = [("Hoxha", "Hoxha", "Hodža", 12), ("Berisha", "Berisha", "Beriša", 12), ("Krasniqi", "Krasniqi", "Krasnići", 16),
               ("Gashi", "Gashi", "Gaši", 12), ("Shala", "Shala", "Šalja", 8), ("Morina", "Morina", "Morina", 8),
               ("Bytyqi", "Bytyqi", "Bitići", 6), ("Kelmendi", "Kelmendi", "Kelmendi", 8), ("Rexhepi", "Rexhepi", "Redžepi", 8),
               ("Hasani", "Hasani", "Hasani", 8), ("Dervishi", "Dervishi", "Derviši", 5), ("Çela", "Çela", "Čela", 4),
               ("Leka", "Leka", "Leka", 4), ("Marku", "Marku", "Marku", 3), ("Thaçi", "Thaçi", "Tači", 4),
               ("Bejtullahu", "Bejtullahu", "Bejtulahu", 3)]  # fmt: skip

SR_CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                  ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                   "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"], strict=True))  # fmt: skip
MK_CYR = {**SR_CYR, "ѓ": "gj", "ќ": "kj", "ѕ": "dz"}
LAT_SR = {v: k for k, v in SR_CYR.items()}
ASCII = str.maketrans({"č": "c", "ć": "c", "ž": "z", "š": "s", "Č": "C", "Ć": "C", "Ž": "Z", "Š": "S",
                       "ë": "e", "Ë": "E", "ç": "c", "Ç": "C"})  # fmt: skip


def _cased(src: str, out: str) -> str:
    if len(src) > 1 and src.isupper():
        return out.upper()
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def to_latin(cyr: str, table: dict = SR_CYR) -> str:
    """Cyrillic in Gaj's Latin letters (Serbian) or the official Macedonian romanisation.

    >>> to_latin("Ђорђевић"), to_latin("Љубица"), to_latin("Ѓорѓиевски", MK_CYR)
    ('Đorđević', 'Ljubica', 'Gjorgjievski')
    """
    words = []
    for w in cyr.split(" "):
        words.append(_cased(w, "".join(table.get(ch, ch) for ch in w.lower())))
    return " ".join(words)


def to_cyrillic(lat: str) -> str:
    """Gaj's Latin letters in Serbian Cyrillic (``dž``, ``lj``, ``nj`` one letter each).

    >>> to_cyrillic("Hodžić"), to_cyrillic("Krasnići")
    ('Хоџић', 'Краснићи')
    """
    words = []
    for w in lat.split(" "):
        if w in ("I", "II", "III", "IV"):  # a king's numeral stays Roman
            words.append(w)
            continue
        low, out, i = w.lower(), "", 0
        while i < len(low):
            if low[i : i + 2] in LAT_SR:
                out += LAT_SR[low[i : i + 2]]
                i += 2
            else:
                out += LAT_SR.get(low[i], low[i])
                i += 1
        words.append(_cased(w, out))
    return " ".join(words)


def keyboard(lat: str, dj: str = "dj") -> str:
    """A Latin name typed on an English keyboard: háčeks and ë dropped, đ as ``dj`` or ``d``."""
    return lat.replace("đ", dj).replace("Đ", dj.capitalize()).translate(ASCII)


# ------------------------------------------------------------------ ids
def jmbg(dob: dt.date, region: int, sex: str, rnd) -> str:
    """A JMBG / EMBG: ``DDMMYYY``, the region, a serial (000-499 men, 500-999 women), the check
    digit ``11 - (7(a1+a7) + 6(a2+a8) + ... + 2(a6+a12)) mod 11`` (0 for 11; serials giving 10
    are never issued).

    >>> jmbg(dt.date(1985, 3, 15), 71, "M", __import__("random").Random(1))[:9]
    '150398571'
    """
    while True:
        serial = rnd.randrange(0, 500) + (500 if sex == "F" else 0)
        body = f"{dob:%d%m}{dob.year % 1000:03d}{region:02d}{serial:03d}"
        s = sum(w * (int(body[i]) + int(body[i + 6])) for i, w in enumerate((7, 6, 5, 4, 3, 2)))
        k = 11 - s % 11
        if k == 10:
            continue
        return body + str(0 if k == 11 else k)


def oib_digit(body: str) -> str:
    """The check digit of a Croatian OIB (ISO 7064 MOD 11,10).

    >>> oib_digit("1234567890")
    '3'
    """
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    return str((11 - a) % 10)


def albanian_nid(dob: dt.date, sex: str, rnd) -> str:
    """Albania's NID: a letter for the decade of birth (``H`` the 1970s, ``I`` the 1980s, ``J``
    the 1990s), the year's last digit, the month (plus 50 for a woman), the day, three digits
    and a closing letter."""
    decade = "ABCDEFGHIJKLMN"[(dob.year - 1900) // 10]
    month = dob.month + (50 if sex == "F" else 0)
    body = f"{decade}{dob.year % 10}{month:02d}{dob.day:02d}{rnd.randrange(1000):03d}"
    return body + "ABCDEFGHIJKLMNOPQRSTUVW"[sum(ord(c) for c in body) % 23]


# ------------------------------------------------------------------ places
# (country, city in the system's script forms: sr Cyrillic, Latin, mk Cyrillic, Albanian; area code;
# postcode; streets (Latin); weight)
CITIES = {
    "RS": [("Београд", "Beograd", "11", "11000", 40), ("Нови Сад", "Novi Sad", "21", "21000", 15),
           ("Ниш", "Niš", "18", "18000", 10), ("Крагујевац", "Kragujevac", "34", "34000", 8),
           ("Нови Пазар", "Novi Pazar", "20", "36300", 6), ("Бујановац", "Bujanovac", "17", "17520", 3)],
    "HR": [("Загреб", "Zagreb", "1", "10000", 40), ("Сплит", "Split", "21", "21000", 15),
           ("Ријека", "Rijeka", "51", "51000", 10), ("Осијек", "Osijek", "31", "31000", 8),
           ("Вуковар", "Vukovar", "32", "32000", 4)],
    "BA": [("Сарајево", "Sarajevo", "33", "71000", 30), ("Тузла", "Tuzla", "35", "75000", 12),
           ("Зеница", "Zenica", "32", "72000", 10), ("Мостар", "Mostar", "36", "88000", 8),
           ("Бања Лука", "Banja Luka", "51", "78000", 12), ("Бихаћ", "Bihać", "37", "77000", 5)],
    "ME": [("Подгорица", "Podgorica", "20", "81000", 20), ("Никшић", "Nikšić", "40", "81400", 6)],
    "MK": [("Скопје", "Skopje", "2", "1000", 40), ("Битола", "Bitola", "47", "7000", 10),
           ("Куманово", "Kumanovo", "31", "1300", 10), ("Тетово", "Tetovo", "44", "1200", 10),
           ("Охрид", "Ohrid", "46", "6000", 6)],
    "XK": [("Приштина", "Prishtinë", "38", "10000", 30), ("Призрен", "Prizren", "29", "20000", 12),
           ("Пећ", "Pejë", "39", "30000", 8), ("Ђаковица", "Gjakovë", "390", "50000", 6),
           ("Урошевац", "Ferizaj", "290", "70000", 6)],
    "AL": [("Тирана", "Tiranë", "4", "1001", 40), ("Драч", "Durrës", "52", "2001", 12),
           ("Скадар", "Shkodër", "22", "4001", 8), ("Елбасан", "Elbasan", "54", "3001", 8),
           ("Валона", "Vlorë", "33", "9401", 6)],
}  # fmt: skip
MK_CITY = {
    "Skopje": "Скопје",
    "Bitola": "Битола",
    "Kumanovo": "Куманово",
    "Tetovo": "Тетово",
    "Ohrid": "Охрид",
}
STREETS = {
    "RS": ["Kralja Milana", "Bulevar oslobođenja", "Nemanjina", "Cara Dušana", "Vojvode Stepe", "Njegoševa",
           "Kneza Miloša", "Jurija Gagarina", "Bulevar kralja Aleksandra", "Džordža Vašingtona"],
    "HR": ["Ulica grada Vukovara", "Ilica", "Vukovarska", "Trg bana Jelačića", "Savska cesta", "Zagrebačka",
           "Ulica Stjepana Radića", "Frankopanska", "Put Brodarice"],
    "BA": ["Ferhadija", "Zmaja od Bosne", "Titova", "Maršala Tita", "Branilaca Sarajeva", "Kralja Petra I",
           "Ulica Bulevar Meše Selimovića", "Džemala Bijedića"],
    "ME": ["Bulevar Džordža Vašingtona", "Njegoševa", "Hercegovačka", "Slobode"],
    "MK": ["Partizanska", "Ilinden", "Makedonija", "Goce Delčev", "Kej 13 Noemvri", "Jane Sandanski",
           "Kuzman Josifovski Pitu", "Vasil Glavinov"],
    "XK": ["Nënë Tereza", "Agim Ramadani", "Luan Haradinaj", "Garibaldi", "Fehmi Agani", "Bill Klinton"],
    "AL": ["Kavajës", "Myslym Shyri", "Dëshmorët e Kombit", "Durrësit", "Elbasanit", "Sami Frashëri"],
}  # fmt: skip
MK_STREET = {"Partizanska": "Партизанска", "Ilinden": "Илинден", "Makedonija": "Македонија", "Goce Delčev": "Гоце Делчев",
             "Kej 13 Noemvri": "Кеј 13 Ноември", "Jane Sandanski": "Јане Сандански",
             "Kuzman Josifovski Pitu": "Кузман Јосифовски Питу", "Vasil Glavinov": "Васил Главинов"}  # fmt: skip
MOBILE = {"RS": ["60", "61", "62", "63", "64", "64", "65", "66", "69"], "HR": ["91", "92", "95", "97", "98", "99"],
          "BA": ["61", "62", "63", "65", "66"], "ME": ["67", "68", "69"], "MK": ["70", "71", "72", "75", "76", "77", "78"],
          "XK": ["44", "45", "49", "43"], "AL": ["67", "68", "69"]}  # fmt: skip
CC = {"RS": "381", "HR": "385", "BA": "387", "ME": "382", "MK": "389", "XK": "383", "AL": "355"}
# subscriber digits after the mobile prefix
MOBILE_LEN = {"RS": 7, "HR": 7, "BA": 6, "ME": 6, "MK": 6, "XK": 6, "AL": 7}
REGION = {"RS": [71, 71, 73, 78, 80, 82, 91], "HR": [33, 35, 38], "BA": [10, 17, 18, 19], "ME": [21, 26],
          "MK": [41, 45, 48, 49], "XK": [91, 92, 93, 95, 96], "AL": [0]}  # fmt: skip
DIASPORA = [("49", ["151", "160", "170", "176", "178"], 8, 50), ("43", ["660", "664", "676", "699"], 7, 25),
            ("41", ["76", "78", "79"], 7, 25)]  # fmt: skip
SHTETI = {"49": "Gjermani", "43": "Austri", "41": "Zvicër"}
COUNTRY = {  # where each group lives: {country: weight}
    "SR": {"RS": 80, "BA": 10, "HR": 5, "ME": 5}, "HR": {"HR": 85, "BA": 15},
    "BA": {"BA": 80, "RS": 12, "HR": 5, "ME": 3}, "MK": {"MK": 100},
    "AL": {"XK": 50, "AL": 35, "MK": 15},
}  # fmt: skip
GROUP_W = {"SR": 32, "HR": 18, "BA": 18, "MK": 12, "AL": 20}


class Balkans(Draws):
    SLIP_LETTERS = "aeiournjlsk"

    # ------------------------------------------------------------ names
    def name(self, group: str, kind: str) -> dict:
        """A name in each script a system may write it in: ``cyr`` (Serbian Cyrillic), ``lat``
        (Gaj Latin, Macedonian or Albanian Latin with its letters), ``mk`` (Macedonian Cyrillic),
        ``sq`` (Albanian, with ``sq_def`` its definite form), ``sr_lat`` (the Serbian Latin
        reading of a Macedonian or Albanian name)."""
        r = self.rnd
        if group == "AL":
            table = {"M": AL_MALE, "F": AL_FEMALE, "S": AL_SURNAMES}[kind]
            indef, definite, sr_lat, _ = r.choices(table, [e[-1] for e in table])[0]
            cyr = to_cyrillic(sr_lat)
            return dict(cyr=cyr, lat=indef, sq=indef, sq_def=definite, sr_lat=sr_lat,
                        mk=cyr.replace("ћ", "ќ").replace("ђ", "ѓ").replace("љ", "лј"))  # fmt: skip
        if group == "MK":
            mk = wpick(r, {"M": MK_MALE, "F": MK_FEMALE, "S": MK_SURNAMES}[kind])
            sr_lat = to_latin(mk.replace("ѓ", "ђ").replace("Ѓ", "Ђ").replace("ќ", "ћ").replace("Ќ", "Ћ")
                              .replace("ѕ", "дз").replace("Ѕ", "Дз"))  # fmt: skip
            return dict(
                cyr=to_cyrillic(sr_lat),
                lat=to_latin(mk, MK_CYR),
                mk=mk,
                sq=None,
                sq_def=None,
                sr_lat=sr_lat,
            )
        if group == "SR":
            cyr = wpick(r, {"M": SR_MALE, "F": SR_FEMALE, "S": SR_SURNAMES}[kind])
            lat = to_latin(cyr)
        else:
            table = {
                "HR": (HR_MALE, HR_FEMALE, HR_SURNAMES),
                "BA": (BA_MALE, BA_FEMALE, BA_SURNAMES),
            }[group]
            lat = wpick(r, table["MFS".index(kind)])
            cyr = to_cyrillic(lat)
        mk = cyr.replace("ђ", "ѓ").replace("Ђ", "Ѓ").replace("ћ", "ќ").replace("Ћ", "Ќ")
        return dict(cyr=cyr, lat=lat, mk=mk, sq=None, sq_def=None, sr_lat=lat)

    def feminine(self, sn: dict, group: str) -> dict:
        """A Macedonian woman's family name: ``-ски`` → ``-ска``, ``-ов``/``-ев`` → ``-ова``/``-ева``."""
        if group != "MK":
            return sn
        out = dict(sn)
        for key in ("cyr", "mk", "lat", "sr_lat"):
            v = sn[key]
            if v.endswith(("ски", "ski")):
                out[key] = v[:-1] + ("а" if v.endswith("ски") else "a")
            elif v.endswith(("ов", "ев")):
                out[key] = v + "а"
            elif v.endswith(("ov", "ev")):
                out[key] = v + "a"
        return out

    def latin(self, name: dict, ascii_p: float = 0.3) -> str:
        """A name in Latin letters as a clerk or a customer types it."""
        r = self.rnd
        if name["sq"]:
            text = name["sq_def"] if r.random() < 0.3 else name["sq"]
            return text.translate(ASCII) if r.random() < ascii_p else text
        text = name["lat"] if r.random() < 0.8 else name["sr_lat"]
        if r.random() < ascii_p:
            return keyboard(text, wpick(r, {"dj": 60, "d": 40}))
        return text

    def serbian(self, name: dict, cyr_p: float) -> str:
        """A name as a Serbian clerk writes it: Cyrillic, or Latin letters (with háčeks or not)."""
        r = self.rnd
        if r.random() < cyr_p:
            return name["cyr"]
        text = name["sr_lat"]
        return keyboard(text, wpick(r, {"dj": 70, "d": 30})) if r.random() < 0.35 else text

    def macedonian(self, name: dict, p: dict) -> str:
        r = self.rnd
        if name["sq"] and r.random() < 0.4:  # an Albanian of North Macedonia in Albanian letters
            return name["sq"] if r.random() < 0.7 else name["sq"].translate(ASCII)
        return name["mk"] if r.random() < 0.85 else self.latin(name, 0.5)

    def albanian(self, name: dict, p: dict) -> str:
        r = self.rnd
        if name["sq"]:
            text = name["sq_def"] if r.random() < 0.35 else name["sq"]
            return text.translate(ASCII) if r.random() < 0.4 else text
        return self.latin(name, 0.6)

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            group = wpick(r, GROUP_W)
            country = wpick(r, COUNTRY[group])
            city = r.choices(CITIES[country], [c[-1] for c in CITIES[country]])[0]
            home = dict(country=country, city=city, street=r.choice(STREETS[country]), no=r.randint(1, 150),
                        entrance=r.randint(1, 4) if r.random() < 0.3 else None,
                        apt=r.randint(1, 40) if r.random() < 0.55 else None)  # fmt: skip
            landline = None
            if r.random() < 0.45:
                landline = city[2] + self.digits(7 if len(city[2]) == 1 or city[2] == "11" else 6)
            sn = self.name(group, "S")
            kind = wpick(r, {"single": 30, "couple": 20, "family": 50})
            grandfather = self.name(group, "M")
            head_sex = "M" if kind != "single" else r.choice("MF")
            head = self.person(
                group, country, sn, head_sex, self.dob(30, 85), grandfather, home, landline, None
            )
            members = [head]
            email = None
            if kind != "single":
                wife = self.person(group, country, self.feminine(sn, group), "F", self.dob(27, 82),
                                   self.name(group, "M"), home, landline, None)  # fmt: skip
                wife["maiden"] = self.feminine(self.name(group, "S"), group)
                members.append(wife)
                if r.random() < 0.3:
                    email = f"{keyboard(sn['sr_lat']).lower().replace(' ', '')}{r.randint(1, 99)}@{r.choice(['gmail.com', 'yahoo.com', 'hotmail.com'])}"
            if kind == "family":
                for _ in range(r.choice([1, 2, 2, 3])):
                    sex = r.choice("MF")
                    given = None
                    if sex == "M" and r.random() < 0.35:
                        given = head["father"]  # named after his grandfather
                    elif sex == "M" and r.random() < 0.05:
                        given = head["gn"]
                    kid = self.person(group, country, self.feminine(sn, group) if sex == "F" else sn, sex,
                                      self.dob(16, 32), head["gn"], home, landline, given)  # fmt: skip
                    members.append(kid)
            for m in members:
                m["household"] = members
                m["family_email"] = email
            self.persons.extend(members)

    def mobile_number(self, country: str) -> str:
        return self.unique(
            lambda: self.rnd.choice(MOBILE[country]) + self.digits(MOBILE_LEN[country])
        )

    def person(self, group, country, sn, sex, dob, father, home, landline, given) -> dict:
        r = self.rnd
        self.pid += 1
        gn = given or self.name(group, sex)
        yu = country != "AL" and dob.year < 2010  # born with a JMBG
        ids = {}
        if yu or country in ("RS", "BA", "ME", "MK"):
            ids["jmbg"] = self.unique(
                lambda: jmbg(dob, r.choice(REGION[country] if country != "AL" else [91]), sex, r)
            )
        if country == "HR" or (group in ("SR", "BA") and r.random() < 0.06):
            ids["oib"] = self.unique(
                lambda: (b := str(r.randint(1, 9)) + self.digits(9)) + oib_digit(b)
            )
        if country == "AL":
            ids["nid"] = self.unique(lambda: albanian_nid(dob, sex, r))
        if country == "XK" and dob.year >= 1975:
            ids["ks"] = self.unique(lambda: "1" + self.digits(9))
        diaspora = None
        if r.random() < (0.25 if group in ("AL", "BA") else 0.1) and (TODAY - dob).days > 20 * 365:
            cc, prefixes, n, _ = r.choices(DIASPORA, [d[-1] for d in DIASPORA])[0]
            diaspora = (cc, self.unique(lambda: r.choice(prefixes) + self.digits(n)))
        email = None
        if r.random() < 0.55:
            g, s = (
                keyboard(gn["sr_lat"] if not gn["sq"] else gn["sq"]).lower(),
                keyboard(sn["sr_lat"] if not sn["sq"] else sn["sq"]).lower(),
            )
            local = wpick(
                r,
                {
                    f"{g}.{s}": 3,
                    f"{g}{s}": 2,
                    f"{g[0]}{s}": 2,
                    f"{g}{dob.year % 100:02d}": 2,
                    f"{s}.{g}": 1,
                },
            )
            email = self.unique(lambda: local.replace(" ", "") + wpick(r, {"": 6, str(r.randint(1, 99)): 4}) + "@"
                                + wpick(r, {"gmail.com": 60, "yahoo.com": 10, "hotmail.com": 10, "t-com.hr": 5 if country == "HR" else 0,
                                            "live.com": 5, "outlook.com": 5, "abv.bg": 1}))  # fmt: skip
        return dict(
            pid=self.pid, group=group, country=country, sex=sex, dob=dob, gn=gn, sn=sn, maiden=None,
            father=father, ids=ids, home=home, landline=landline, mobile=self.mobile_number(country),
            old_mobile=self.mobile_number(country) if r.random() < 0.12 else None, diaspora=diaspora,
            email=email, move=dict(home, street=r.choice(STREETS[country]), no=r.randint(1, 150)) if r.random() < 0.12 else None,
        )  # fmt: skip

    # ------------------------------------------------------------ written forms
    def family_name(self, p: dict, script) -> str:
        """The family name a system holds: a married woman's maiden name in old rows, her
        husband's, or both with a hyphen."""
        r = self.rnd
        if p["maiden"] and r.random() < 0.3:
            choice = wpick(r, {"maiden": 60, "hyphen": 40})
            if choice == "maiden":
                return script(p["maiden"])
            return (
                f"{script(p['maiden'])}-{script(p['sn'])}"
                if r.random() < 0.5
                else f"{script(p['sn'])}-{script(p['maiden'])}"
            )
        return script(p["sn"])

    def id_str(self, code: str | None, p_slip: float = 0.02) -> str | None:
        r = self.rnd
        if not code:
            return None
        if r.random() < p_slip:
            i = r.randrange(len(code))
            if code[i].isdigit():
                code = code[:i] + str(r.randrange(10)) + code[i + 1 :]
        return code

    def phone(self, p: dict, country_sys: str, style: str | None = None, num: str | None = None,
              country: str | None = None) -> str | None:  # fmt: skip
        """A mobile in one of the forms a country's clerks and customers write it."""
        r = self.rnd
        c = country or p["country"]
        num = num or p["mobile"]
        if p["diaspora"] and r.random() < 0.3 and num == p["mobile"]:
            cc, n = p["diaspora"]
            return wpick(r, {f"+{cc} {n[:3]} {n[3:]}": 50, f"00{cc}{n}": 30, f"+{cc}{n}": 20})
        if p["old_mobile"] and r.random() < 0.3 and num == p["mobile"]:
            num = p["old_mobile"]
        cc, pre, rest = CC[c], num[:2], num[2:]
        if c == "XK" and r.random() < 0.3:
            cc = "377" if pre in ("44", "45", "43") else "386"  # the old Monaco / Slovenian codes
        local = c == country_sys
        if style is None:
            style = wpick(r, {"trunk": 35 if local else 10, "slash": 20 if local else 5, "plus": 25, "plus_sp": 20,
                              "00": 10, "cc": 8, "bare": 4 if local else 0})  # fmt: skip
        if len(rest) == 7:
            grouped = f"{rest[:3]} {rest[3:]}"
            dashed = f"{rest[:3]}-{rest[3:]}"
        else:
            grouped = f"{rest[:3]} {rest[3:]}"
            dashed = f"{rest[:3]}-{rest[3:]}"
        return {
            "trunk": f"0{pre} {grouped}", "slash": f"0{pre}/{dashed}", "plus": f"+{cc}{pre}{rest}",
            "plus_sp": f"+{cc} {pre} {grouped}", "00": f"00{cc}{pre}{rest}", "cc": f"{cc}{pre}{rest}",
            "bare": f"0{pre}{rest}",
        }[style]  # fmt: skip

    def land(self, p: dict) -> str | None:
        num = p["landline"]
        if not num:
            return None
        c = p["country"]
        area = p["home"]["city"][2]
        rest = num[len(area) :]
        return wpick(self.rnd, {f"0{area}/{rest[:3]}-{rest[3:]}": 50, f"0{area} {rest}": 30,
                                f"+{CC[c]} {area} {rest}": 20})  # fmt: skip

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def addr_sr(self, a: dict, cyr: bool) -> str:
        r = self.rnd
        street = a["street"]
        if cyr:
            street = (
                to_cyrillic(street)
                if a["country"] != "MK"
                else MK_STREET.get(street, to_cyrillic(street))
            )
        pre = wpick(
            r, {"": 60, ("ул. " if cyr else "ul. "): 30, ("улица " if cyr else "ulica "): 10}
        )
        if a["street"].startswith(("Ulica", "Trg", "Bulevar", "Put", "Kej")):
            pre = ""
        no = wpick(r, {f"{a['no']}": 50, ("бр. " if cyr else "br. ") + str(a["no"]): 30})
        text = f"{pre}{street} {no}"
        if a["apt"] and r.random() < 0.7:
            text += wpick(
                r, {f"/{a['apt']}": 55, (f", стан {a['apt']}" if cyr else f", stan {a['apt']}"): 45}
            )
        return text

    def addr_hr(self, a: dict) -> str:
        r = self.rnd
        text = f"{a['street']} {a['no']}"
        if r.random() < 0.3:
            text = keyboard(text)
        if a["apt"] and r.random() < 0.4:
            text += wpick(
                r, {f"/{a['apt']}": 50, f", stan {a['apt']}": 30, f" {a['apt']}. kat": 20}
            )
        return text

    def addr_mk(self, a: dict) -> str:
        r = self.rnd
        street = MK_STREET.get(a["street"]) or to_cyrillic(a["street"])
        pre = wpick(r, {"ул. ": 70, "бул. ": 10, "": 20})
        if r.random() < 0.3:
            street = f"„{street}“"
        text = f"{pre}{street} {wpick(r, {'бр. ': 60, '': 40})}{a['no']}"
        if a["apt"] and r.random() < 0.6:
            text += f"/{a['entrance'] or 1}-{a['apt']}" if r.random() < 0.5 else f"/{a['apt']}"
        return text

    def addr_sq(self, a: dict) -> str:
        r = self.rnd
        street = a["street"]
        pre = wpick(r, {"Rruga ": 40, "Rr. ": 45, "": 15})
        if a["country"] == "AL" and street in ("Kavajës", "Durrësit", "Elbasanit"):
            pre += "e "
        text = f"{pre}{street}"
        if r.random() < 0.5 or not a["apt"]:
            text += wpick(r, {f", Nr. {a['no']}": 40, f" nr. {a['no']}": 40, f" {a['no']}": 20})
        if a["apt"] and r.random() < 0.8:
            text += f", Pallati {a['no']}"
            if a["entrance"]:
                text += f", Shk. {a['entrance']}"
            text += f", Ap. {a['apt']}"
        if r.random() < 0.4:
            text = text.translate(ASCII)
        return text

    def date(self, d: dt.date, style: str) -> str:
        return {
            "sr": f"{d:%d.%m.%Y}.", "sr_sp": f"{d:%d}. {d:%m}. {d:%Y}.", "short": f"{d.day}.{d.month}.{d.year}",
            "hr": f"{d.day}.{d.month}.{d.year}.", "iso": d.isoformat(), "dot": f"{d:%d.%m.%Y}",
            "slash": f"{d:%d/%m/%Y}",
        }[style]  # fmt: skip

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def relative(self, p: dict) -> dict | None:
        others = [m for m in p["household"] if m is not p]
        return self.rnd.choice(others) if others else None

    # ------------------------------------------------------------ systems
    def rs_bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        cyr_p = 0.75 if p["group"] != "AL" else 0.6
        cyr = r.random() < cyr_p

        def script(n):
            return self.serbian(n, 1.0 if cyr else 0.0)

        city = a["city"]
        self.add("RS_BANKA", p, {
            "Број клијента": self.unique(lambda: "0" + self.digits(9)),
            "Презиме": self.typo(self.family_name(p, script), 0.03),
            "Име": self.typo(script(p["gn"]), 0.02),
            "Име оца": script(p["father"]) if r.random() < 0.8 else None,
            "ЈМБГ": self.id_str(p["ids"].get("jmbg")) if r.random() < 0.95 else None,
            "Датум рођења": self.date(p["dob"], wpick(r, {"sr": 50, "sr_sp": 20, "short": 20, "dot": 10})) if r.random() < 0.9 else None,
            "Мобилни": self.phone(p, "RS", wpick(r, {"slash": 40, "trunk": 30, "plus": 20, "bare": 10})) if r.random() < 0.9 else None,
            "Фиксни": self.land(p) if r.random() < 0.7 else None,
            "Адреса": self.addr_sr(a, cyr) if r.random() < 0.95 else None,
            "Место": (city[0] if cyr else city[1]) if r.random() < 0.9 else None,
            "Поштански број": city[3] if r.random() < 0.6 else None,
        })  # fmt: skip

    def hr_telco(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.25)
        web = r.random() < 0.4
        asc = 0.7 if web else 0.05
        email = p["family_email"] if p["family_email"] and r.random() < 0.4 else p["email"]
        self.add("HR_TELEKOM", p, {
            "ID pretplatnika": self.unique(lambda: "HT" + self.digits(8)),
            "Ime": self.typo(self.latin(p["gn"], asc), 0.03),
            "Prezime": self.typo(self.family_name(p, lambda n: self.latin(n, asc)), 0.04),
            "OIB": self.id_str(p["ids"].get("oib")) if r.random() < 0.9 else None,
            "Datum rođenja": self.date(p["dob"], wpick(r, {"hr": 60, "dot": 25, "iso": 15})) if r.random() < 0.8 else None,
            "Broj mobitela": self.phone(p, "HR") if r.random() < 0.97 else None,
            "Adresa": self.addr_hr(a) if r.random() < 0.9 else None,
            "Mjesto": (keyboard(a["city"][1]) if web else a["city"][1]) if r.random() < 0.9 else None,
            "Poštanski broj": a["city"][3] if r.random() < 0.7 else None,
            "E-mail": email if r.random() < 0.85 else None,
        })  # fmt: skip

    def ba_micro(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        asc = 0.35

        def lat(n):
            return self.latin(n, asc)

        gn, sn, fa = lat(p["gn"]), self.family_name(p, lat), lat(p["father"])
        whole = wpick(r, {f"{gn} {sn}": 35, f"{sn} {gn}": 25, f"{gn} ({fa}) {sn}": 15, f"{gn} {fa} {sn}": 10,
                          f"{sn} {fa} {gn}": 10, f"{sn.upper()} {gn}": 5})  # fmt: skip
        g = self.relative(p)
        guarantor = g if g and r.random() < 0.6 else None
        gname = gphone = None
        if guarantor:
            gname = f"{lat(guarantor['gn'])} {lat(guarantor['sn'])}"
            gphone = self.phone(guarantor, "BA")
        elif r.random() < 0.5:  # a neighbour or a colleague, no customer
            other = self.name(p["group"], "M")
            gname = f"{lat(other)} {lat(self.name(p['group'], 'S'))}"
            gphone = "0" + r.choice(MOBILE["BA"]) + self.digits(6)
        self.add("BA_MIKRO", p, {
            "Šifra klijenta": self.unique(lambda: "MK-" + self.digits(6)),
            "Ime i prezime": self.typo(whole, 0.05),
            "JMB": self.id_str(p["ids"].get("jmbg"), 0.03) if r.random() < 0.9 else None,
            "Datum rođenja": self.date(p["dob"], wpick(r, {"hr": 40, "dot": 40, "iso": 20})) if r.random() < 0.85 else None,
            "Telefon": self.phone(p, "BA") if r.random() < 0.95 else None,
            "Adresa": self.addr_hr(a) if r.random() < 0.9 else None,
            "Općina": a["city"][1] if r.random() < 0.9 else None,
            "Žirant": gname,
            "Telefon žiranta": gphone,
        })  # fmt: skip

    def mk_ins(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.25)
        g = self.relative(p)
        beneficiary = (
            f"{self.macedonian(g['gn'], g)} {self.macedonian(g['sn'], g)}"
            if g and r.random() < 0.6
            else None
        )
        city = a["city"]
        self.add("MK_OSIGURUVANJE", p, {
            "Шифра на осигуреник": self.unique(lambda: "ОС" + self.digits(7)),
            "Презиме": self.typo(self.family_name(p, lambda n: self.macedonian(n, p)), 0.03),
            "Име": self.typo(self.macedonian(p["gn"], p), 0.02),
            "Татково име": self.macedonian(p["father"], p) if r.random() < 0.75 else None,
            "ЕМБГ": self.id_str(p["ids"].get("jmbg")) if r.random() < 0.9 else None,
            "Датум на раѓање": self.date(p["dob"], wpick(r, {"dot": 60, "sr": 20, "short": 20})) if r.random() < 0.85 else None,
            "Телефон": self.phone(p, "MK") if r.random() < 0.9 else None,
            "Адреса": (self.addr_mk(a) if a["country"] == "MK" else self.addr_sr(a, True)) if r.random() < 0.9 else None,
            "Град": (MK_CITY.get(city[1], city[0])) if r.random() < 0.9 else None,
            "Корисник на осигурување": beneficiary,
        })  # fmt: skip

    def al_remit(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        ids = p["ids"]
        code = ids.get("nid") or ids.get("ks") or (ids.get("jmbg") if r.random() < 0.6 else None)
        g = self.relative(p)
        recv = g if g and r.random() < 0.5 else None
        abroad = p["diaspora"]
        self.add("AL_REMITANCA", p, {
            "Emri": self.typo(self.albanian(p["gn"], p), 0.03),
            "Mbiemri": self.typo(self.family_name(p, lambda n: self.albanian(n, p)), 0.03),
            "Atësia": self.albanian(p["father"], p) if r.random() < 0.7 else None,
            "Numri personal": self.id_str(code) if r.random() < 0.85 else None,
            "Datëlindja": self.date(p["dob"], wpick(r, {"slash": 50, "dot": 40, "iso": 10})) if r.random() < 0.85 else None,
            "Celulari": self.phone(p, p["country"]) if r.random() < 0.95 else None,
            "Adresa": (self.addr_sq(a) if a["country"] in ("AL", "XK") else self.addr_hr(a)) if r.random() < 0.8 else None,
            "Qyteti": a["city"][1] if r.random() < 0.85 else None,
            "Shteti": SHTETI[abroad[0]] if abroad and r.random() < 0.6 else None,
            "Emri i përfituesit": f"{self.albanian(recv['gn'], recv)} {self.albanian(recv['sn'], recv)}" if recv else None,
            "Celulari i përfituesit": self.phone(recv, recv["country"]) if recv and r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        rates = {  # (RS bank, HR telco, BA microcredit, MK insurer, AL remittance) by group
            "SR": (0.9, 0.4, 0.5, 0.1, 0.08), "HR": (0.2, 0.95, 0.55, 0.05, 0.05),
            "BA": (0.55, 0.5, 0.9, 0.08, 0.3), "MK": (0.35, 0.25, 0.08, 0.95, 0.2),
            "AL": (0.45, 0.25, 0.15, 0.5, 0.95),
        }  # fmt: skip
        systems = (self.rs_bank, self.hr_telco, self.ba_micro, self.mk_ins, self.al_remit)
        for p in self.persons:
            n0 = len(self.rows)
            adult = (TODAY - p["dob"]).days >= 18 * 365
            for system, rate in zip(systems, rates[p["group"]], strict=True):
                if system in (self.rs_bank, self.ba_micro, self.al_remit) and not adult:
                    continue
                if r.random() < rate:
                    system(p)
                    if r.random() < 0.15:
                        system(p)
            if len(self.rows) == n0:
                systems[rates[p["group"]].index(max(rates[p["group"]]))](p)
        return self.shuffled("row_id", "BK")


def balkans(persons: int = 4200, seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Balkans.frame(persons, seed, "row_id")
