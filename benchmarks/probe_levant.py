"""A Levant and Iraq group's customers: Lebanese, Jordanians, Iraqi Arabs and Kurds, Armenians and
Syrian refugees in five systems stacked in one file (a ``system`` column; a column of the same
name in two systems is one column).

* Lebanese bank (``LB_BANK``), one row per account, French columns: ``N° compte``, ``Nom``,
  ``Prénom``, ``Nom du père`` (the father's given name), ``Nom de la mère`` (the mother's given
  and maiden family name: siblings share it), ``Date de naissance`` (``14/03/1985``), ``Lieu de
  naissance``, ``Registre N°`` (the family register's number: the father, his wife and their
  unmarried children share it, and registers of other villages have the same numbers),
  ``Pièce d'identité`` (the 12-digit identity card), ``Téléphone`` (``03 123 456``,
  ``+961 3 123 456``, ``71 123 456``, ``961 71123456``), ``Adresse``. A Christian or Armenian
  wife under her husband's family name now and then.
* Jordanian mobile operator (``JO_MOBILE``), one row per line, Arabic columns: ``رقم الخط``,
  ``الاسم الأول``, ``اسم الأب``, ``اسم الجد``, ``اسم العائلة`` (in Arabic letters mostly,
  hamzas, ة and ى typed or not, ``عبد الله``/``عبدالله``; a shop's clerk in Latin letters now
  and then), ``الرقم الوطني`` (10 digits, the first three the birth century and sex:
  ``9851…``-like bodies after ``199``/``299``/``200``/``300``), ``رقم الهاتف`` (``0791234567``,
  ``+962 79 123 4567``, ``962791234567``), ``تاريخ الميلاد`` (``1985/03/14``), digits now and
  then Arabic-Indic (``٠٧٩١٢٣٤٥٦٧``), ``المدينة``. Syrian refugees' lines without a national
  number, under the ``رقم الوثيقة`` of their Ministry of Interior card.
* Iraqi e-wallet (``IQ_WALLET``), English columns: ``WALLET_ID``, ``FULL_NAME`` (the four-part
  name, given, father's, grandfather's and family or tribe name, written with four, three or two
  parts: ``HAIDER ALI HUSSEIN AL-JUBOURI``, ``Haider Ali Hussein``), ``NATIONAL_ID`` (the
  unified card's 12 digits, Arabic-Indic now and then), ``MOBILE`` (``07701234567``,
  ``+964 770 123 4567``, ``7701234567``), ``BIRTH_DATE``, ``GOVERNORATE``.
* Humanitarian aid agency's case register (``AID_CASES``), one row per household member:
  ``Case No`` (the household's, ``LEB-16C01234``), ``Individual No``, ``Full Name`` (as a
  registrar heard it), ``Head of Household`` (the head's name on each member's row),
  ``Relationship to HoH``, ``Sex``, ``Date of Birth`` (a year alone or ``01/01/1975`` for
  many adults who fled without papers), ``Phone`` (the head's, on the members' rows too),
  ``Country of Origin``, ``Location``. Members registered again after a move.
* Remittance counter (``REMIT``), one row per transfer: ``MTCN``, ``Sender Name`` (``Hajj``,
  ``Abu Ahmad``), ``Sender Mobile``, ``Sender ID Type`` / ``Sender ID No``, ``Sender DOB``,
  ``Beneficiary Name``, ``Beneficiary Mobile``, ``Beneficiary Country``, ``Amount USD``; the
  beneficiaries are the senders' parents and siblings, many customers themselves.

Names in Arabic letters and in several Latin spellings (Mohammad/Mohamad/Muhammed, Khaled/
Khalid, Youssef/Yusuf/Joseph, Georges/George, Abdel Rahman/Abd el Rahman/Abdulrahman), the
article ``El``/``Al`` joined, hyphenated, spaced, assimilated (``Ash-Shammari``) or left out;
brothers sharing the father's, grandfather's and family names; Christian names in Arabic and
French forms (Boutros/Pierre, Hanna/Youhanna, Elias/Elie), Armenian names in Western and Eastern
spellings (Hagop/Agop/Hakob, Der Boghossian/Ter-Boghossian), Kurdish names; Lebanese
``03``/``71``/``+961``, Jordanian ``07[789]``/``+962``, Iraqi ``07[3-9]``/``+964`` and Syrian
``09``/``+963`` numbers; a refugee household's head's phone on everyone's row.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import ARABIC_DIGITS, TODAY, Draws, arabic_typed, wpick
from draws import spellings as sp

# Given names: Arabic, Latin spellings, weight, the groups that give it (M Muslim Arab,
# C Christian Arab, A Armenian, K Kurdish).
MALE = [
    ("محمد", "Mohammad:30 Mohamad:25 Muhammad:15 Mohammed:15 Muhammed:5 Mohamed:10", 14, "MK"),
    ("أحمد", "Ahmad:60 Ahmed:40", 7, "MK"), ("علي", "Ali:100", 6, "MK"),
    ("حسين", "Hussein:60 Hussain:20 Houssein:15 Husayn:5", 4, "M"), ("حسن", "Hassan:80 Hasan:20", 4, "M"),
    ("خالد", "Khaled:60 Khalid:40", 4, "M"), ("يوسف", "Youssef:40 Yousef:25 Yusuf:15 Yousif:15 Youssif:5", 4, "M"),
    ("عمر", "Omar:90 Omer:10", 4, "MK"), ("إبراهيم", "Ibrahim:80 Ebrahim:10 Brahim:10", 3, "MK"),
    ("عبد الرحمن", "Abdel_Rahman:25 Abdelrahman:20 Abd_el_Rahman:10 Abd_al-Rahman:10 Abdulrahman:25 Abdul_Rahman:10", 3, "MK"),
    ("عبد الله", "Abdallah:35 Abdullah:35 Abdalla:10 Abd_Allah:10 Abdulla:10", 3, "MK"),
    ("مصطفى", "Mustafa:40 Moustafa:30 Mostafa:20 Mustapha:10", 3, "MK"), ("محمود", "Mahmoud:80 Mahmud:10 Mahmood:10", 3, "MK"),
    ("طارق", "Tarek:50 Tareq:30 Tariq:20", 2, "M"), ("حيدر", "Haidar:50 Haider:40 Hayder:10", 3, "M"),
    ("عباس", "Abbas:100", 2, "M"), ("جعفر", "Jaafar:60 Jafar:30 Ja'far:10", 1, "M"),
    ("قاسم", "Qasim:40 Kassem:35 Kasim:15 Qassem:10", 2, "M"),
    ("عبد الكريم", "Abdel_Karim:30 Abdelkarim:20 Abd_al-Karim:10 Abdulkarim:25 Abdul_Kareem:15", 1, "MK"),
    ("سامر", "Samer:90 Sameer:10", 2, "MC"), ("وليد", "Walid:70 Waleed:30", 2, "MC"), ("فادي", "Fadi:90 Fady:10", 2, "MC"),
    ("رامي", "Rami:85 Ramy:15", 2, "MC"), ("زياد", "Ziad:80 Ziyad:20", 2, "MC"), ("باسل", "Bassel:60 Basel:30 Basil:10", 2, "MC"),
    ("عماد", "Imad:60 Emad:40", 2, "MC"), ("سمير", "Samir:80 Sameer:20", 2, "MC"), ("نبيل", "Nabil:80 Nabeel:20", 2, "MC"),
    ("خليل", "Khalil:90 Khaleel:10", 2, "MC"), ("سليم", "Salim:70 Selim:20 Saleem:10", 2, "MC"),
    ("يوسف", "Joseph:50 Youssef:40 Yusuf:10", 3, "C"), ("جورج", "Georges:60 George:35 Jurj:5", 4, "C"),
    ("إلياس", "Elias:60 Elie:25 Ilyas:15", 4, "C"), ("بطرس", "Boutros:45 Pierre:40 Peter:10 Butros:5", 3, "C"),
    ("حنا", "Hanna:70 Youhanna:15 Hanne:10 John:5", 3, "C"), ("ميشال", "Michel:75 Michael:20 Mishel:5", 3, "C"),
    ("أنطوان", "Antoine:80 Antoun:10 Anthony:10", 3, "C"), ("شربل", "Charbel:85 Sharbel:15", 2, "C"),
    ("نقولا", "Nicolas:50 Nicola:30 Nqoula:20", 2, "C"), ("طوني", "Tony:100", 2, "C"),
    ("جريس", "Jiries:40 Girgis:20 Gerges:20 Jeries:20", 2, "C"),
    ("هاغوب", "Hagop:45 Agop:35 Hakob:10 Jacques:10", 4, "A"), ("كريكور", "Krikor:60 Grigor:25 Grégoire:15", 3, "A"),
    ("سركيس", "Sarkis:70 Sarkiss:20 Sargis:10", 3, "A"), ("فارتان", "Vartan:60 Vardan:40", 2, "A"),
    ("غارو", "Garo:70 Karo:30", 2, "A"), ("كيفورك", "Kevork:70 Gevorg:20 Georges:10", 2, "A"),
    ("آرا", "Ara:100", 2, "A"), ("هراير", "Hrair:80 Hrayr:20", 1, "A"),
    ("كاروان", "Karwan:70 Karvan:20 Carwan:10", 3, "K"), ("شفان", "Shvan:50 Shivan:30 Chivan:20", 2, "K"),
    ("ريبين", "Rebin:70 Rebeen:30", 2, "K"), ("دلشاد", "Dilshad:70 Dlshad:30", 2, "K"), ("آزاد", "Azad:100", 2, "K"),
    ("هوري", "Hawre:60 Hawri:40", 2, "K"), ("هيمن", "Hemin:60 Hemn:40", 2, "K"),
]  # fmt: skip
FEMALE = [
    ("فاطمة", "Fatima:60 Fatmeh:25 Fatme:15", 5, "MK"), ("زينب", "Zeinab:60 Zainab:30 Zaynab:10", 4, "M"),
    ("مريم", "Mariam:45 Maryam:35 Myriam:20", 3, "MC"), ("نور", "Nour:80 Noor:20", 3, "MC"),
    ("ريم", "Reem:60 Rim:40", 2, "MC"), ("رنا", "Rana:100", 2, "MC"), ("لينا", "Lina:90 Leena:10", 2, "MC"),
    ("هبة", "Hiba:80 Heba:20", 3, "M"), ("آية", "Aya:90 Ayah:10", 2, "M"), ("سارة", "Sara:60 Sarah:40", 3, "MC"),
    ("رشا", "Rasha:100", 2, "M"), ("دعاء", "Doaa:50 Duaa:30 Dua'a:20", 2, "M"), ("خديجة", "Khadija:70 Khadijeh:30", 2, "MK"),
    ("أمل", "Amal:100", 2, "MC"), ("هدى", "Houda:50 Huda:30 Hoda:20", 2, "M"), ("سعاد", "Souad:60 Suad:40", 1, "M"),
    ("رغد", "Raghad:100", 2, "M"), ("ميس", "Mais:60 Mays:40", 1, "M"), ("رولا", "Rola:60 Roula:40", 2, "MC"),
    ("هيام", "Hiyam:60 Hyam:40", 1, "MC"), ("ماري", "Marie:60 Mary:30 Mari:10", 4, "CA"), ("ريتا", "Rita:100", 2, "C"),
    ("كارلا", "Carla:80 Karla:20", 2, "C"), ("نادين", "Nadine:90 Nadeen:10", 2, "C"), ("جويل", "Joelle:80 Joëlle:20", 2, "C"),
    ("تيريز", "Therese:70 Thérèse:30", 1, "C"), ("آني", "Ani:100", 3, "A"), ("تالين", "Talin:60 Taline:40", 3, "A"),
    ("نايري", "Nayiri:70 Nairi:30", 2, "A"), ("مارال", "Maral:100", 2, "A"), ("أربي", "Arpi:100", 1, "A"),
    ("شيلان", "Shilan:70 Chilan:30", 3, "K"), ("بيريفان", "Berivan:60 Beriwan:40", 2, "K"), ("ناسك", "Nask:100", 2, "K"),
    ("روجان", "Rozhan:50 Rojan:50", 2, "K"), ("آفين", "Avin:70 Aveen:30", 2, "K"), ("جينو", "Zhino:60 Jino:40", 1, "K"),
]  # fmt: skip
# Family names: Arabic (with its article, if any), Latin spellings of the name without the
# article, weight, groups. A name with ``ال`` takes ``El``/``Al`` in Latin letters.
FAMILIES = [
    ("الحسيني", "Husseini:70 Housseini:30", 3, "LBM"), ("شمس الدين", "Chamseddine:40 Shamseddine:30 Chams_Eddine:15 Shams_El_Din:15", 3, "LBM"),
    ("فضل الله", "Fadlallah:60 Fadl_Allah:20 Fadlalah:20", 2, "LBM"), ("الزين", "Zein:80 Zain:20", 3, "LBM"),
    ("بيضون", "Baydoun:50 Beydoun:40 Baidoun:10", 3, "LBM"), ("العيتاني", "Itani:70 Eitani:30", 3, "LBM"),
    ("حمود", "Hammoud:70 Hamoud:30", 3, "LBM"), ("الموسوي", "Moussawi:50 Mousawi:30 Musawi:20", 2, "LBM"),
    ("شهاب", "Chehab:60 Shehab:40", 2, "LBM"), ("نصر الله", "Nasrallah:70 Nasr_Allah:30", 2, "LBM"),
    ("دياب", "Diab:70 Dyab:30", 2, "LBM"), ("المصري", "Masri:80 Masry:20", 2, "LBM"),
    ("الخوري", "Khoury:60 Khouri:25 Khury:15", 5, "LBC"), ("حداد", "Haddad:100", 4, "LBC"), ("عون", "Aoun:90 Awn:10", 3, "LBC"),
    ("شمعون", "Chamoun:80 Shamoun:20", 2, "LBC"), ("جعجع", "Geagea:90 Jaajaa:10", 2, "LBC"),
    ("فرنجية", "Frangieh:70 Frangie:20 Franjieh:10", 2, "LBC"), ("نصار", "Nassar:85 Nasar:15", 2, "LBC"),
    ("صليبا", "Saliba:100", 2, "LBC"), ("مطر", "Matar:100", 2, "LBC"), ("عيسى", "Issa:70 Eissa:30", 2, "LBC"),
    ("يزبك", "Yazbek:70 Yazbeck:30", 2, "LBC"), ("الحلو", "Helou:70 Hélou:30", 2, "LBC"),
    ("سعادة", "Saadeh:60 Saade:30 Saada:10", 2, "LBC"), ("أبي نادر", "Abi_Nader:50 Abinader:30 Abou_Nader:20", 2, "LBC"),
    ("بو صعب", "Bou_Saab:45 Bousaab:30 Abou_Saab:25", 2, "LBC"),
    ("كسابيان", "Kassabian:70 Kasabian:30", 3, "LBA"), ("هاغوبيان", "Hagopian:60 Agopian:30 Hakobyan:10", 3, "LBA"),
    ("در بوغوصيان", "Der_Boghossian:45 Derboghossian:25 Ter-Boghossian:20 Der-Boghosian:10", 2, "LBA"),
    ("كالايجيان", "Kalaydjian:50 Kalayjian:35 Kalaidjian:15", 2, "LBA"), ("ماناصيان", "Manassian:60 Manasian:40", 2, "LBA"),
    ("بدروسيان", "Bedrossian:60 Petrosian:25 Bedrosian:15", 2, "LBA"), ("سركيسيان", "Sarkissian:60 Sarkisian:30 Sargsyan:10", 2, "LBA"),
    ("أوهانيان", "Ohanian:80 Hovhannisyan:20", 2, "LBA"),
    ("العبادي", "Abbadi:80 Ebbadi:20", 3, "JO"), ("الزعبي", "Zoubi:40 Zu'bi:20 Zubi:20 Zoabi:20", 4, "JO"),
    ("المجالي", "Majali:100", 3, "JO"), ("الطراونة", "Tarawneh:70 Tarawna:30", 3, "JO"), ("العتوم", "Atoum:60 Otoum:40", 3, "JO"),
    ("الخصاونة", "Khasawneh:70 Khasawna:30", 3, "JO"), ("بني هاني", "Bani_Hani:60 Banihani:40", 3, "JO"),
    ("الرواشدة", "Rawashdeh:80 Rawashda:20", 2, "JO"), ("أبو زيد", "Abu_Zaid:50 Abuzaid:25 Abu_Zeid:25", 3, "JO"),
    ("الحمايدة", "Hmaideh:60 Hamaideh:40", 2, "JO"), ("عبيدات", "Obeidat:70 Obaidat:30", 3, "JO"), ("النسور", "Nsour:60 Nusour:40", 2, "JO"),
    ("حدادين", "Haddadin:100", 2, "JOC"), ("العزيزات", "Azizat:100", 1, "JOC"), ("الطوال", "Twal:60 Tawal:40", 1, "JOC"),
    ("الجبوري", "Jubouri:50 Jabouri:25 Juburi:25", 5, "IQ"), ("الدليمي", "Dulaimi:60 Dulaymi:20 Dlimi:20", 4, "IQ"),
    ("التميمي", "Tamimi:100", 4, "IQ"), ("الربيعي", "Rubaie:50 Rubaiee:25 Rubaye:25", 3, "IQ"), ("الساعدي", "Saadi:80 Sa'adi:20", 3, "IQ"),
    ("الموسوي", "Musawi:60 Mousawi:40", 3, "IQ"), ("الخفاجي", "Khafaji:100", 2, "IQ"), ("العبيدي", "Obaidi:60 Ubaidi:40", 3, "IQ"),
    ("الشمري", "Shammari:70 Shamari:30", 3, "IQ"), ("الحسني", "Hasani:60 Hassani:40", 2, "IQ"), ("الكعبي", "Kaabi:70 Ka'bi:30", 2, "IQ"),
    ("الزبيدي", "Zubaidi:60 Zubaydi:40", 3, "IQ"),
    ("بارزاني", "Barzani:100", 2, "KU"), ("طالباني", "Talabani:80 Talebani:20", 2, "KU"), ("هورامي", "Hawrami:60 Horami:40", 2, "KU"),
    ("رسول", "Rasul:60 Rasool:40", 3, "KU"), ("جاف", "Jaf:100", 2, "KU"), ("زيباري", "Zebari:100", 2, "KU"),
    ("دوسكي", "Dosky:60 Doski:40", 2, "KU"), ("سندي", "Sindi:100", 2, "KU"),
    ("الأحمد", "Ahmad:80 Ahmed:20", 4, "SY"), ("الحسن", "Hasan:60 Hassan:40", 3, "SY"), ("الحمصي", "Homsi:100", 2, "SY"),
    ("الحلبي", "Halabi:100", 3, "SY"), ("العلي", "Ali:100", 4, "SY"), ("المحمد", "Mohammad:60 Mohamad:40", 3, "SY"),
    ("الخطيب", "Khatib:70 Khateeb:30", 3, "SY"), ("النجار", "Najjar:70 Najar:30", 3, "SY"), ("قباني", "Kabbani:50 Qabbani:50", 2, "SY"),
    ("عثمان", "Othman:60 Osman:40", 2, "SY"), ("الشيخ", "Sheikh:70 Cheikh:30", 2, "SY"), ("الدرويش", "Darwish:70 Derwish:30", 2, "SY"),
    ("العمر", "Omar:100", 3, "SY"), ("الحسين", "Hussein:70 Hussain:30", 3, "SY"), ("زيدان", "Zaidan:60 Zeidan:40", 2, "SY"),
    ("حمادة", "Hamadeh:50 Hamada:50", 2, "SY"), ("سويد", "Sweid:60 Swaid:40", 2, "SY"), ("الأسعد", "Asaad:60 Assaad:40", 2, "SY"),
]  # fmt: skip
#: Groups: (weight, home country, given-name set, family-name set).
GROUPS = {
    "LBM": (16, "LB", "M", "LBM"), "LBC": (12, "LB", "C", "LBC"), "LBA": (5, "LB", "A", "LBA"),
    "JO": (17, "JO", "M", "JO"), "JOC": (3, "JO", "C", "JOC"), "IQ": (15, "IQ", "M", "IQ"),
    "KU": (7, "IQ", "K", "KU"), "SY": (25, "SY", "M", "SY"),
}  # fmt: skip
SUN = set("tdrzsnl") | {"th", "sh", "dh"}
CITIES = {
    "LB": ["Beyrouth", "Tripoli", "Saida", "Zahlé", "Jounieh", "Tyr", "Baalbek", "Bourj Hammoud", "Jbeil", "Nabatieh"],
    "JO": ["عمان", "إربد", "الزرقاء", "المفرق", "السلط", "الكرك", "العقبة", "مادبا"],
    "IQ": ["BAGHDAD", "BASRA", "NAJAF", "KARBALA", "ERBIL", "SULAYMANIYAH", "DUHOK", "MOSUL", "ANBAR", "BABIL"],
}  # fmt: skip
CAMPS = {"LB": ["Bekaa - Zahle", "Bekaa - Bar Elias", "Akkar - Halba", "Beirut - Shatila", "North - Tripoli"],
         "JO": ["Mafraq - Zaatari camp", "Zarqa - Azraq camp", "Irbid - urban", "Amman - urban"],
         "IQ": ["Duhok - Domiz camp", "Erbil - Kawergosk camp", "Sulaymaniyah - Arbat camp"]}  # fmt: skip
CASE_PREFIX = {"LB": "LEB", "JO": "JOR", "IQ": "IRQ"}
RELATION = {
    "head": "Head",
    "spouse": "Spouse",
    "son": "Son",
    "daughter": "Daughter",
    "parent": "Parent",
}
MOBILE = {"LB": ["3", "70", "71", "76", "78", "79", "81"], "JO": ["77", "78", "79"],
          "IQ": ["750", "770", "771", "772", "780", "781", "790"], "SY": ["93", "94", "95", "96", "98", "99"]}  # fmt: skip
DIAL = {"LB": "961", "JO": "962", "IQ": "964", "SY": "963"}
COUNTRY = {"LB": "Lebanon", "JO": "Jordan", "IQ": "Iraq", "SY": "Syria"}


class Levant(Draws):
    SLIP_LETTERS = "aeiouhnr"

    # ------------------------------------------------------------ population
    def given(self, group: str, sex: str) -> dict:
        kinds = GROUPS[group][2]
        table = [e for e in (MALE if sex == "M" else FEMALE) if set(e[3]) & set(kinds)]
        ar, s, _, _ = self.rnd.choices(table, [e[2] for e in table])[0]
        spellings = sp(s)
        return {"ar": ar, "all": spellings, "own": wpick(self.rnd, spellings)}

    def family(self, group: str) -> dict:
        table = [e for e in FAMILIES if e[3] == GROUPS[group][3]]
        ar, s, _, _ = self.rnd.choices(table, [e[2] for e in table])[0]
        spellings = sp(s)
        own = wpick(self.rnd, spellings)
        return {"ar": ar, "all": spellings, "article": ar.startswith("ال"),
                "own": self.with_article(own, ar.startswith("ال"), GROUPS[group][1])}  # fmt: skip

    def with_article(self, base: str, article: bool, country: str) -> str:
        """``base`` with the article as a clerk of ``country`` writes it, or without it."""
        if not article:
            return base
        r = self.rnd
        b = base.lower()
        sun = next((s for s in sorted(SUN, key=len, reverse=True) if b.startswith(s)), None)
        forms = (
            {"El ": 35, "El-": 20, "El": 10, "": 25, "Al ": 5, "Al-": 5}
            if country == "LB"
            else {"Al ": 30, "Al-": 25, "al-": 5, "Al": 10, "El ": 5, "": 25}
        )
        art = wpick(r, forms)
        if sun and art.endswith("-") and r.random() < 0.2:  # assimilated: Ash-Shammari, At-Tamimi
            art = art[0] + sun + "-"
        return f"{art}{base.lower() if art in ('El', 'Al') else base}"

    def mobile(self, country: str) -> str:
        """A mobile number without its trunk 0 or country code."""
        pre = self.rnd.choice(MOBILE[country])
        n = {"LB": 7 if pre == "3" else 8, "JO": 9, "IQ": 10, "SY": 9}[country]
        return self.unique(lambda: pre + self.digits(n - len(pre)))

    def person(self, group: str, sex: str, dob: dt.date, fam: dict, father: dict | None,
               father_given: dict, gf_given: dict, mother: dict | None, country: str) -> dict:  # fmt: skip
        self.pid += 1
        r = self.rnd
        p = {
            "pid": self.pid, "group": group, "sex": sex, "dob": dob, "fam": fam, "given": self.given(group, sex),
            "father": father, "father_given": father_given, "gf_given": gf_given, "mother": mother,
            "country": country, "mobiles": {}, "kids": [],
        }  # fmt: skip
        # Refugees and old villagers without papers: a year alone, kept as 1 January.
        p["papers_dob"] = dob
        if group == "SY" and (TODAY - dob).days > 18 * 365 and r.random() < 0.35:
            p["papers_dob"] = dt.date(dob.year, 1, 1)
        if (TODAY - dob).days > 70 * 365 and r.random() < 0.3:
            p["papers_dob"] = dt.date(dob.year, 1, 1)
        self.persons.append(p)
        return p

    def equip(self, p: dict) -> None:
        """Lines, identity numbers: once everyone's residence is known."""
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        c = p["country"]
        if age >= 14 and r.random() < 0.95:
            p["mobiles"][c] = self.mobile(c)
            if r.random() < 0.3:
                p["mobiles"][c + "2"] = self.mobile(c)
        if p["group"] == "SY" and c != "SY" and age >= 18 and r.random() < 0.3:
            p["mobiles"]["SY"] = self.mobile("SY")  # the old Syrian line, kept for WhatsApp
        home = GROUPS[p["group"]][1]
        y = p["dob"].year
        if home == "JO":
            prefix = {
                ("M", True): "199",
                ("F", True): "299",
                ("M", False): "200",
                ("F", False): "300",
            }[(p["sex"], y < 2000)]
            p["nn"] = self.unique(lambda: prefix + self.digits(7))
        if home == "LB":
            p["lb_id"] = self.unique(lambda: self.digits(12))
        if home == "IQ" and age >= 10:
            p["iq_id"] = self.unique(lambda: r.choice("12") + self.digits(11))
        if p["group"] == "SY" and c == "JO":
            p["moi"] = self.unique(lambda: r.choice("ABC") + self.digits(8))
        p["passport"] = (
            self.unique(lambda: r.choice("NRP") + self.digits(7)) if r.random() < 0.4 else None
        )

    def population(self) -> None:
        self.pid = 0
        weights = {g: v[0] for g, v in GROUPS.items()}
        while len(self.persons) < self.n:
            self.clan(wpick(self.rnd, weights))
        for p in self.persons:
            self.equip(p)

    def where(self, group: str) -> str:
        if group != "SY":
            return GROUPS[group][1]
        return wpick(self.rnd, {"LB": 38, "JO": 32, "IQ": 15, "SY": 15})

    def clan(self, group: str) -> None:
        """Grandparents, their children, their married sons' children."""
        r = self.rnd
        fam = self.family(group)
        place = self.where(group)
        gf_given = self.given(group, "M")
        ggf_given = self.given(group, "M")
        old = r.random() < 0.55
        g1 = (
            self.person(group, "M", self.dob(62, 90), fam, None, gf_given, ggf_given, None, place)
            if old
            else None
        )
        g1_given = g1["given"] if g1 else self.given(group, "M")
        gm = None
        if old and r.random() < 0.7:
            gm = self.person(group, "F", self.dob(58, 85), self.family(group), None,
                             self.given(group, "M"), self.given(group, "M"), None, place)  # fmt: skip
        hh0 = [q for q in (g1, gm) if q]
        for _ in range(r.choice([2, 3, 3, 4, 5, 6])):
            sex = r.choice("MF")
            kid = self.person(group, sex, self.dob(18, 55), fam, g1, g1_given, gf_given, gm,
                              place if r.random() < 0.8 else self.where(group))  # fmt: skip
            if g1:
                g1["kids"].append(kid)
            age = (TODAY - kid["dob"]).days / 365.25
            if sex == "M" and age >= 24 and r.random() < 0.75:
                self.household_of(kid, group)
            elif sex == "F" and age >= 22 and r.random() < 0.6:
                kid["married"] = True
                self.household([kid])
            else:
                hh0.append(kid)
        self.household(hh0)

    def household_of(self, husband: dict, group: str) -> None:
        r = self.rnd
        wg = group if r.random() < 0.85 else wpick(r, {g: v[0] for g, v in GROUPS.items()})
        wife = self.person(wg, "F", self.dob(max(18, (TODAY - husband["dob"]).days / 365.25 - 12),
                                             (TODAY - husband["dob"]).days / 365.25 + 2),
                           self.family(wg), None, self.given(wg, "M"), self.given(wg, "M"), None,
                           husband["country"])  # fmt: skip
        husband["spouse"], wife["spouse"] = wife, husband
        members = [husband, wife]
        top = min((TODAY - wife["dob"]).days / 365.25 - 18, 30)
        for _ in range(r.choice([0, 1, 2, 3, 3, 4, 5])):
            if top < 1:
                break
            kid = self.person(husband["group"], r.choice("MF"), self.dob(0.5, top), husband["fam"], husband,
                              husband["given"], husband["father_given"], wife, husband["country"])  # fmt: skip
            husband["kids"].append(kid)
            members.append(kid)
        self.household(members)

    def household(self, members: list[dict]) -> None:
        reg = self.unique(lambda: str(self.rnd.randint(1, 3000)) + "/" + self.digits(3))
        for m in members:
            m["hh"] = members
            m["registry"] = reg.split("/")[0]  # registers of other villages share the numbers

    # ------------------------------------------------------------ writing
    def latin_given(self, name: dict, own: float = 0.7) -> str:
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def latin_family(self, p: dict, own: float = 0.6, country: str | None = None) -> str:
        fam = p["fam"]
        if self.rnd.random() < own:
            return fam["own"]
        return self.with_article(
            wpick(self.rnd, fam["all"]), fam["article"], country or p["country"]
        )

    def arabic(self, text: str) -> str:
        """``text`` as typed in Arabic letters: hamzas, ة, ى and ``عبد ال`` each way."""
        return arabic_typed(self.rnd, text)

    def phone(self, num: str | None, country: str, style: str | None = None) -> str | None:
        if not num:
            return None
        r = self.rnd
        cc = DIAL[country]
        nat = ("0" + num) if not (country == "LB" and num[0] == "7") else num
        style = style or wpick(r, {"nat": 45, "spaced": 20, "intl": 20, "cc": 10, "00": 5})
        if style == "nat":
            return nat
        if style == "spaced":
            if country == "LB":
                return f"{nat[:-6]} {nat[-6:-3]} {nat[-3:]}"
            return f"{nat[:-7]} {nat[-7:-4]} {nat[-4:]}"
        if style == "intl":
            if country == "LB":
                return f"+{cc} {num[:-6]} {num[-6:-3]} {num[-3:]}"
            return f"+{cc} {num[:-7]} {num[-7:-4]} {num[-4:]}"
        if style == "cc":
            return f"{cc}{num}"
        if style == "bare":
            return num
        return f"00{cc}{num}"

    def own_phone(self, p: dict, country: str | None = None) -> str | None:
        c = country or p["country"]
        keys = [k for k in p["mobiles"] if k.startswith(c)]
        if not keys:
            return None
        k = keys[0] if self.rnd.random() < 0.8 else self.rnd.choice(keys)
        return self.phone(p["mobiles"][k], c)

    def date(self, d: dt.date, fmt: str) -> str:
        return {"dmy": f"{d:%d/%m/%Y}", "ymd": f"{d:%Y/%m/%d}", "iso": f"{d:%Y-%m-%d}", "d-m-y": f"{d:%d-%m-%Y}",
                "mon": f"{d.day:02d}-{d:%b}-{d.year}".upper()}[fmt]  # fmt: skip

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def caps(self, s: str, p: float) -> str:
        return s.upper() if self.rnd.random() < p else s

    # ------------------------------------------------------------ systems
    def lb_bank(self, p: dict) -> None:
        r = self.rnd
        fam = p["fam"]
        if (
            p.get("spouse")
            and p["sex"] == "F"
            and p["group"] in ("LBC", "LBA")
            and r.random() < 0.6
        ):
            fam = p["spouse"]["fam"]
        nom = self.latin_family({**p, "fam": fam}, 0.65, "LB")
        mother = p["mother"]
        mother_txt = None
        if mother and r.random() < 0.75:
            mg = self.latin_given(mother["given"], 0.8)
            mother_txt = f"{mg} {self.latin_family(mother, 0.7, 'LB')}" if r.random() < 0.8 else mg
        caps = 0.4
        self.add("LB_BANK", p, {
            "N° compte": self.unique(lambda: f"{r.randint(1, 99):03d}-{self.digits(6)}-{r.randint(0, 9)}"),
            "Nom": self.typo(self.caps(nom, caps), 0.03),
            "Prénom": self.typo(self.caps(self.latin_given(p["given"], 0.85), caps), 0.03),
            "Nom du père": self.caps(self.latin_given(p["father_given"], 0.6), caps) if r.random() < 0.85 else None,
            "Nom de la mère": self.caps(mother_txt, caps) if mother_txt else None,
            "Date de naissance": self.date(p["papers_dob"], "dmy") if r.random() < 0.95 else None,
            "Lieu de naissance": r.choice(CITIES["LB"]) if r.random() < 0.5 else None,
            "Registre N°": p["registry"] if p["group"] != "SY" and r.random() < 0.7 else None,
            "Pièce d'identité": p.get("lb_id") if p.get("lb_id") and r.random() < 0.6 else
            (p["passport"] if p["passport"] and r.random() < 0.5 else None),
            "Téléphone": self.own_phone(p, "LB") if r.random() < 0.9 else None,
            "Adresse": f"{r.choice(['Rue', 'Immeuble', 'Bldg'])} {r.randint(1, 200)}, {r.choice(CITIES['LB'])}"
            if r.random() < 0.6 else None,
        })  # fmt: skip

    def jo_mobile(self, p: dict, line_key: str, holder: dict) -> None:
        r = self.rnd
        h = holder
        latin = r.random() < 0.2
        digits_ar = r.random() < 0.25

        def nm(name: dict) -> str:
            return self.latin_given(name, 0.6) if latin else self.arabic(name["ar"])

        fam = self.latin_family(h, 0.6, "JO") if latin else self.arabic(h["fam"]["ar"] if r.random() < 0.85
                                                                        else h["fam"]["ar"].removeprefix("ال"))  # fmt: skip

        def ad(s: str | None) -> str | None:
            return s.translate(ARABIC_DIGITS) if s and digits_ar else s

        if h["given"]["ar"] == "محمد" and not latin and r.random() < 0.1:
            first = "م."
        else:
            first = nm(h["given"])
        if (TODAY - h["dob"]).days > 55 * 365 and h["sex"] == "M" and r.random() < 0.15:
            first = ("الحاج " if not latin else "Hajj ") + first
        self.add("JO_MOBILE", p, {
            "رقم الخط": self.unique(lambda: "L" + self.digits(8)),
            "الاسم الأول": first,
            "اسم الأب": nm(h["father_given"]) if r.random() < 0.9 else None,
            "اسم الجد": nm(h["gf_given"]) if r.random() < 0.7 else None,
            "اسم العائلة": fam if r.random() < 0.95 else None,
            "الرقم الوطني": ad(h.get("nn")) if h.get("nn") and r.random() < 0.9 else None,
            "رقم الوثيقة": h.get("moi") if h.get("moi") and r.random() < 0.8 else None,
            "رقم الهاتف": ad(self.phone(p["mobiles"][line_key], "JO")),
            "تاريخ الميلاد": ad(self.date(h["papers_dob"], wpick(r, {"ymd": 60, "dmy": 40}))) if r.random() < 0.85 else None,
            "المدينة": r.choice(CITIES["JO"]) if r.random() < 0.7 else None,
        })  # fmt: skip

    def full_name(self, p: dict, parts: tuple, latin_own: float = 0.6) -> str:
        r = self.rnd
        out = []
        for part in parts:
            if part == "g":
                out.append(self.latin_given(p["given"], latin_own))
            elif part == "f":
                out.append(self.latin_given(p["father_given"], 0.5))
            elif part == "gf":
                out.append(self.latin_given(p["gf_given"], 0.5))
            else:
                out.append(
                    self.latin_family(p, 0.6) if r.random() < 0.9 else wpick(r, p["fam"]["all"])
                )
        return " ".join(out)

    def iq_wallet(self, p: dict) -> None:
        r = self.rnd
        parts = wpick(r, {("g", "f", "gf", "fam"): 40, ("g", "f", "gf"): 30, ("g", "f", "fam"): 15, ("g", "fam"): 10,
                          ("g", "f"): 5})  # fmt: skip
        name = self.full_name(p, parts)
        if r.random() < 0.1:
            name = self.arabic(" ".join({"g": p["given"]["ar"], "f": p["father_given"]["ar"], "gf": p["gf_given"]["ar"],
                                         "fam": p["fam"]["ar"]}[x] for x in parts))  # fmt: skip
        nid = p.get("iq_id")
        mob = self.own_phone(p, "IQ")
        if mob and r.random() < 0.15:
            mob = p["mobiles"]["IQ"]  # without its 0
        self.add("IQ_WALLET", p, {
            "WALLET_ID": self.unique(lambda: "W" + self.digits(9)),
            "FULL_NAME": self.typo(self.caps(name, 0.6), 0.04),
            "NATIONAL_ID": (nid.translate(ARABIC_DIGITS) if r.random() < 0.1 else nid) if nid and r.random() < 0.8 else None,
            "MOBILE": mob,
            "BIRTH_DATE": self.date(p["papers_dob"], wpick(r, {"iso": 70, "dmy": 30})) if r.random() < 0.85 else None,
            "GOVERNORATE": r.choice(CITIES["IQ"]) if r.random() < 0.8 else None,
        })  # fmt: skip

    def aid(self, hh: list[dict], country: str) -> None:
        r = self.rnd
        head = hh[0]  # the oldest man, or the oldest woman where no man is left
        case = self.unique(lambda: f"{CASE_PREFIX[country]}-{r.randint(12, 19)}C{self.digits(5)}")
        head_phone = self.own_phone(head, country) or self.own_phone(head, "SY")
        loc = r.choice(CAMPS[country])
        head_name = self.full_name(head, ("g", "f", "fam"), 0.5)
        for m in hh:
            if "indiv" not in m:
                m["indiv"] = self.unique(lambda: f"{r.randint(100, 999)}-{self.digits(8)}")
            rel = ("head" if m is head else "spouse" if m is head.get("spouse") else
                   ("son" if m["sex"] == "M" else "daughter") if m["father"] is head or m["mother"] is head else "parent")  # fmt: skip
            age = (TODAY - m["dob"]).days / 365.25
            d = m["papers_dob"]
            dob = (
                (str(d.year) if age >= 18 and r.random() < 0.3 else self.date(d, "dmy"))
                if r.random() < 0.95
                else None
            )
            if age >= 18 and r.random() < 0.2:
                dob = f"01/01/{d.year}"
            parts = wpick(r, {("g", "f", "fam"): 55, ("g", "fam"): 30, ("g", "f", "gf", "fam"): 15})
            self.add("AID_CASES", m, {
                "Case No": case,
                "Individual No": m["indiv"] if r.random() < 0.7 else None,
                "Full Name": self.typo(self.full_name(m, parts, 0.5), 0.05),
                "Head of Household": head_name if r.random() < 0.9 else None,
                "Relationship to HoH": RELATION[rel],
                "Sex": m["sex"] if r.random() < 0.95 else None,
                "Date of Birth": dob,
                "Phone": head_phone if r.random() < 0.85 else self.own_phone(m, country),
                "Country of Origin": "Syria" if m["group"] == "SY" else COUNTRY[GROUPS[m["group"]][1]],
                "Location": loc,
            })  # fmt: skip

    def remit(self, p: dict, receiver: dict) -> None:
        r = self.rnd
        c = p["country"]
        given = self.latin_given(p["given"], 0.6)
        age = (TODAY - p["dob"]).days / 365.25
        kids = [k for k in p["kids"] if k["sex"] == "M"]
        if p["sex"] == "M" and kids and r.random() < 0.12:
            given = f"Abu {self.latin_given(kids[0]['given'], 0.5)}"  # the father of his eldest son
        elif age > 55 and r.random() < 0.2:
            given = f"{wpick(r, {'Hajj': 50, 'Haj': 35, 'Hajji': 15})} {given}"
        name = f"{given} {self.latin_given(p['father_given'], 0.5)} {self.latin_family(p, 0.6)}" if r.random() < 0.35 else \
            f"{given} {self.latin_family(p, 0.6)}"  # fmt: skip
        id_type, id_no = "Passport", p["passport"]
        if p.get("nn") and c == "JO":
            id_type, id_no = "National ID", p["nn"]
        elif p.get("lb_id") and c == "LB":
            id_type, id_no = "ID Card", p["lb_id"]
        elif p.get("iq_id") and c == "IQ":
            id_type, id_no = "National Card", p["iq_id"]
        elif p.get("indiv"):
            id_type, id_no = "UNHCR", p["indiv"]
        rc = receiver["country"]
        rphone = receiver["mobiles"].get(rc) or receiver["mobiles"].get("SY")
        self.add("REMIT", p, {
            "MTCN": self.unique(lambda: self.digits(10)),
            "Sender Name": self.typo(self.caps(name, 0.7), 0.04),
            "Sender Mobile": self.own_phone(p) if r.random() < 0.9 else None,
            "Sender ID Type": id_type if id_no else None,
            "Sender ID No": id_no if r.random() < 0.9 else None,
            "Sender DOB": self.date(p["papers_dob"], wpick(r, {"mon": 50, "dmy": 50})) if r.random() < 0.6 else None,
            "Beneficiary Name": self.caps(f"{self.latin_given(receiver['given'], 0.5)} {self.latin_family(receiver, 0.5)}", 0.7),
            "Beneficiary Mobile": self.phone(rphone, rc if receiver["mobiles"].get(rc) else "SY") if rphone else None,
            "Beneficiary Country": COUNTRY[rc],
            "Amount USD": str(r.choice([100, 150, 200, 250, 300, 400, 500, 1000])),
        })  # fmt: skip

    def kin(self, p: dict) -> list[dict]:
        out = [q for q in (p["father"], p["mother"]) if q]
        if p["father"]:
            out += [q for q in p["father"]["kids"] if q is not p]
        return out

    def records(self) -> pd.DataFrame:
        r = self.rnd
        done_hh: set[int] = set()
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            c = p["country"]
            n0 = len(self.rows)
            if c == "LB" and age >= 18 and r.random() < (0.85 if p["group"] != "SY" else 0.1):
                for _ in range(wpick(r, {1: 35, 2: 35, 3: 20, 4: 10})):
                    self.lb_bank(p)
            if c == "JO" and age >= 14:
                for key in list(p["mobiles"]):
                    if key.startswith("JO") and r.random() < 0.9:
                        holder = p
                        if age < 20 and p["father"] and r.random() < 0.4:
                            holder = p["father"]  # a teenager's line in the father's name
                        self.jo_mobile(p, key, holder)
                        if r.random() < 0.2:  # identified again when the line was ported or renewed
                            self.jo_mobile(p, key, holder)
            if c == "IQ" and age >= 16 and r.random() < 0.8:
                for _ in range(wpick(r, {1: 45, 2: 35, 3: 20})):
                    self.iq_wallet(p)
            if p["group"] == "SY" and c != "SY" and id(p["hh"]) not in done_hh:
                done_hh.add(id(p["hh"]))
                hh = [q for q in p["hh"] if q["country"] == c]
                hh.sort(key=lambda q: (q["sex"] != "M", q["dob"]))
                if hh and r.random() < 0.85:
                    self.aid(hh, c)
                    if r.random() < 0.15:  # registered again after a move
                        self.aid(hh, c)
            kin = self.kin(p)
            if (
                age >= 20
                and kin
                and c != "SY"
                and r.random() < (0.6 if p["group"] == "SY" else 0.3)
            ):
                for _ in range(r.choice([1, 1, 2, 3, 4, 6, 8])):
                    self.remit(p, r.choice(kin))
            if len(self.rows) == n0 and age >= 18 and c != "SY":
                if c == "LB":
                    self.lb_bank(p)
                elif c == "IQ":
                    self.iq_wallet(p)
                elif p["mobiles"].get("JO"):
                    self.jo_mobile(p, "JO", p)
        return self.shuffled("row_id", "LV")


def levant(persons: int = 5400, seed: int = 53) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Levant.frame(persons, seed, "row_id")
