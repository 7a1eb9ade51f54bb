"""A Myanmar bank, mobile-money wallet, telco SIM registry, microfinance lender and a remittance
company for migrant workers in Thailand and Malaysia, stacked in one file (a ``system`` column;
a column of the same name in two systems is one column).

* Bank core (``BANK``), Burmese column names: ``ဖောက်သည်အမှတ်`` (customer number), ``အမည်``
  (the name in Burmese script, an honorific before it now and then: ``ဦးအောင်ကျော်မင်း``,
  ``ဒေါ်ခင်မြ``; typed in Zawgyi by older branches' PCs: ``ေအာင္`` for ``အောင်``),
  ``အမည်(အင်္ဂလိပ်)`` (the bank's romanisation in capitals), ``အဖအမည်`` (the father's name,
  someone else's: ``ဦးထွန်းဝင်း``), ``မှတ်ပုံတင်အမှတ်`` (the NRC: ``၁၂/လမန(နိုင်)၁၂၃၄၅၆`` or
  ``12/LAMANA(N)123456``), ``မွေးသက္ကရာဇ်`` (``၁၅-၀၃-၁၉၈၅``, ``15/03/1985`` or
  ``၁၉၈၅ ခုနှစ် မတ်လ ၁၅ ရက်``), ``ဖုန်းနံပါတ်`` (in Burmese or Latin digits), ``နေရပ်လိပ်စာ``
  (``အမှတ်(၄၅)၊ ၃ လမ်း၊ (၅) ရပ်ကွက်၊ လှိုင်မြို့နယ်၊ ရန်ကုန်``).
* Mobile-money wallet (``WALLET``), English columns: ``wallet_id``, ``customer_name`` (Latin, as
  the agent heard it: ``Mg Aung Kyaw Min``, ``aungkyawmin``), ``msisdn`` (``959420123456``),
  ``nrc_no`` (``12/LaMaNa(N)123456``, ``12/LMN(N)123456``, ``12/LAMANAN123456``), ``dob``
  (``DD/MM/YYYY``), ``township``.
* Telco SIM registration (``SIM``), capitals: ``SUBSCRIBER_NAME`` (Latin capitals or Burmese
  script), ``FATHER_NAME``, ``ID_TYPE`` (``NRC``/``PASSPORT``), ``ID_NUMBER``, ``MSISDN``
  (``9420123456``, ``09420123456``, ``+95 9 420 123 456``), ``DOB`` (``YYYY-MM-DD``),
  ``ADDRESS`` (``No. 45, 3rd Street, Ward 5, Hlaing Township, Yangon``, ``No.45, 3 St, (5) Qtr,
  Hlaing Tsp, Ygn``). Several SIMs per person, each its own row and number.
* Microfinance lender (``MFI``), Burmese column names: ``ချေးသူအမည်`` (the borrower, mostly
  women, Burmese or Latin), ``ခင်ပွန်း/အဖအမည်`` (the husband's or the father's name),
  ``မှတ်ပုံတင်အမှတ်``, ``မွေးသက္ကရာဇ်`` (a year alone now and then), ``အသက်`` (age),
  ``ဆက်သွယ်ရန်ဖုန်း`` (the household's one phone, the husband's mobile), ``ရပ်ကွက်/ကျေးရွာ``
  (ward or village), ``မြို့နယ်`` (township), ``အာမခံသူအမည်`` and ``အာမခံသူဖုန်း`` (a
  guarantor's name and phone: a neighbour's or a relative's, someone else's).
* Remittance company (``REMIT``), English columns: ``sender_name`` (the passport's capitals or as
  heard), ``sender_id_type`` / ``sender_id_no`` (a Thai pink card's thirteen digits ``00...``
  with Thailand's mod-11 check digit, a Myanmar passport ``MB123456``, or the NRC),
  ``sender_phone`` (``081-234-5678``, ``+66 81 234 5678``, ``012-345 6789``, ``+6012...``),
  ``sender_dob``, ``mm_phone`` (the migrant's own number at home, now and then), and the receiver
  at home (a parent or the wife, a customer of the other systems): ``receiver_name``,
  ``receiver_phone``, ``receiver_township``.

What makes it hard: Burmese names have no family name (a father and his son share no name part;
any syllable can come first), and many people bear one name (``Aung Aung``, ``Su Su``,
``Mya Mya``, ``Kyaw Kyaw``): the father's name and the NRC tell them apart. Honorifics change
with age and status (``Maung``/``Mg``, ``Ko``, ``U``; ``Ma``, ``Daw``) and are written into the
name or left out; ``Saw``/``Naw`` (Karen) and ``Sai``/``Nang`` (Shan) are kept, or dropped; ``Ko``
and ``Maung`` are name syllables too (``Ko Ko Naing``, ``Tin Maung``). Names in Burmese script
(Unicode or Zawgyi, spaces or none, the letter ``ဝ`` typed for the digit ``၀``) and several
romanisations (Aung/Aong, Htun/Tun/Htoon, Thein/Thane, Hsu/Su), syllables run together; NRCs in
Burmese or Latin with the township's letters spelt three ways, ``(N)``/``(Naing)``/``N``/
``(နိုင်)``; Burmese digits in NRCs, dates and phones; mobiles of 7 to 9 digits after ``09``
with ``+95``/``95``/``0``/none; dates day first in Latin or Burmese digits or with Burmese month
names; households on one phone and address; migrants with a Thai or Malaysian number and one at
home; someone else's columns (father, husband, guarantor, receiver); typos and missing values.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, wpick

# Name syllables: (Burmese, {Latin: weight}, weight, sex: M, F or N for either).
SYLLABLES = [
    ("အောင်", {"Aung": 85, "Aong": 10, "Aoung": 5}, 30, "M"), ("ကျော်", {"Kyaw": 90, "Kyau": 7, "Kyaww": 3}, 25, "M"),
    ("ဇော်", {"Zaw": 90, "Zaww": 5, "Zau": 5}, 15, "M"), ("မင်း", {"Min": 70, "Minn": 30}, 18, "M"),
    ("ထွန်း", {"Htun": 50, "Tun": 30, "Htoon": 15, "Tunn": 5}, 15, "M"), ("လှိုင်", {"Hlaing": 75, "Hlaine": 15, "Laing": 10}, 12, "N"),
    ("သိန်း", {"Thein": 75, "Thane": 15, "Thain": 10}, 12, "M"), ("မြင့်", {"Myint": 85, "Mying": 10, "Myintt": 5}, 12, "N"),
    ("ဝင်း", {"Win": 80, "Winn": 20}, 14, "N"), ("နိုင်", {"Naing": 85, "Naine": 10, "Nai": 5}, 10, "M"),
    ("ဘ", {"Ba": 1}, 5, "M"), ("သူ", {"Thu": 75, "Thoo": 15, "Thuu": 10}, 10, "N"), ("ညီ", {"Nyi": 80, "Nyee": 20}, 6, "M"),
    ("ဟိန်း", {"Hein": 80, "Hain": 20}, 8, "M"), ("ထက်", {"Htet": 85, "Htett": 10, "Tet": 5}, 12, "N"),
    ("ပိုင်", {"Paing": 85, "Pine": 15}, 6, "M"), ("ဖြိုး", {"Phyo": 70, "Pyo": 15, "Phyoe": 15}, 10, "N"),
    ("ရဲ", {"Ye": 70, "Yae": 20, "Yè": 10}, 6, "M"), ("လင်း", {"Linn": 60, "Lin": 40}, 12, "N"),
    ("ခန့်", {"Khant": 85, "Khan": 15}, 8, "M"), ("စိုး", {"Soe": 85, "Soh": 10, "So": 5}, 10, "M"),
    ("တင်", {"Tin": 80, "Tinn": 20}, 10, "N"), ("ကောင်း", {"Kaung": 90, "Kaun": 10}, 6, "M"), ("ကို", {"Ko": 1}, 6, "M"),
    ("မျိုး", {"Myo": 85, "Myoe": 15}, 8, "M"), ("ဇေယျာ", {"Zeyar": 70, "Zeya": 30}, 5, "M"),
    ("သန့်", {"Thant": 80, "Than": 20}, 5, "M"), ("ငြိမ်း", {"Nyein": 80, "Nyain": 15, "Nyeinn": 5}, 8, "N"),
    ("မောင်", {"Maung": 85, "Mg": 15}, 6, "M"), ("စု", {"Su": 85, "Soo": 15}, 15, "F"), ("ဆု", {"Hsu": 60, "Su": 30, "Shu": 10}, 8, "F"),
    ("မြ", {"Mya": 90, "Myaa": 10}, 12, "F"), ("နွယ်", {"Nwe": 60, "Nway": 30, "Nwai": 10}, 12, "F"),
    ("ခင်", {"Khin": 90, "Khinn": 10}, 14, "F"), ("သီ", {"Thi": 70, "Thee": 30}, 6, "F"), ("ဖြူ", {"Phyu": 85, "Pyu": 15}, 8, "F"),
    ("ချို", {"Cho": 85, "Chou": 15}, 8, "F"), ("ဇာ", {"Zar": 70, "Za": 30}, 8, "F"), ("မေ", {"May": 75, "Mae": 15, "Me": 10}, 10, "F"),
    ("နီ", {"Ni": 60, "Nee": 40}, 5, "F"), ("ယု", {"Yu": 1}, 4, "F"), ("သန္တာ", {"Thandar": 70, "Thanda": 20, "Thander": 10}, 8, "F"),
    ("ခိုင်", {"Khaing": 80, "Khine": 20}, 10, "F"), ("မွန်", {"Mon": 80, "Mun": 20}, 6, "F"),
    ("စန္ဒာ", {"Sandar": 70, "Sanda": 30}, 6, "F"), ("ဥမ္မာ", {"Ohmar": 50, "Ohnmar": 35, "Ommar": 15}, 5, "F"),
    ("လဲ့", {"Lae": 60, "Lei": 40}, 6, "F"), ("ရည်", {"Yee": 70, "Yi": 30}, 6, "F"), ("ပြည့်", {"Pyae": 70, "Pyay": 20, "Pyei": 10}, 8, "F"),
    ("ဖူး", {"Phoo": 60, "Phu": 40}, 4, "F"), ("ဝတ်", {"Wut": 70, "Wutt": 30}, 5, "F"), ("အိ", {"Ei": 80, "Eai": 20}, 8, "F"),
    ("ထား", {"Htar": 70, "Hta": 30}, 5, "F"), ("နှင်း", {"Hnin": 85, "Nhin": 15}, 10, "F"), ("ကြည်", {"Kyi": 70, "Kyee": 20, "Chi": 10}, 6, "F"),
    ("ဝေ", {"Wai": 60, "Way": 25, "Wei": 15}, 8, "N"), ("မြတ်", {"Myat": 90, "Myatt": 10}, 8, "N"), ("သက်", {"Thet": 85, "Thett": 15}, 6, "N"),
    ("ဆွေ", {"Swe": 70, "Swei": 15, "Sway": 15}, 6, "N"), ("နန္ဒာ", {"Nandar": 70, "Nanda": 30}, 4, "F"),
    ("လွင်", {"Lwin": 90, "Lwinn": 10}, 8, "N"), ("အေး", {"Aye": 90, "Aeye": 10}, 10, "N"),
]  # fmt: skip
# Honorifics: (Burmese, {Latin: weight}).
HONORIFIC = {
    "U": ("ဦး", {"U": 1}), "Daw": ("ဒေါ်", {"Daw": 1}), "Ko": ("ကို", {"Ko": 1}), "Ma": ("မ", {"Ma": 1}),
    "Maung": ("မောင်", {"Maung": 50, "Mg": 45, "Mg.": 5}), "Dr": ("ဒေါက်တာ", {"Dr.": 60, "Dr": 40}),
}  # fmt: skip
# Ethnic name prefixes kept as part of the name: (Burmese, Latin) for men and women.
ETHNIC = {"Karen": (("စော", "Saw"), ("နော်", "Naw")), "Shan": (("စိုင်း", "Sai"), ("နန်း", "Nang"))}

# Townships: (Latin, Burmese, state number, NRC letters in Burmese, {Latin NRC letters: weight},
# city (Latin, Burmese, short), weight).
TOWNSHIPS = [
    ("Hlaing", "လှိုင်", 12, "လမန", {"LAMANA": 60, "LaMaNa": 25, "LMN": 15}, "Y", 12),
    ("Kamayut", "ကမာရွတ်", 12, "ကမရ", {"KAMAYA": 60, "KaMaYa": 25, "KMY": 15}, "Y", 8),
    ("North Okkalapa", "မြောက်ဥက္ကလာပ", 12, "ဥကမ", {"OUKAMA": 50, "OuKaMa": 20, "UKAMA": 20, "OKM": 10}, "Y", 12),
    ("South Okkalapa", "တောင်ဥက္ကလာပ", 12, "ဥကတ", {"OUKATA": 50, "OuKaTa": 20, "UKATA": 20, "OKT": 10}, "Y", 8),
    ("Bahan", "ဗဟန်း", 12, "ဗဟန", {"BAHANA": 60, "BaHaNa": 25, "BHN": 15}, "Y", 6),
    ("Mayangon", "မရမ်းကုန်း", 12, "မရက", {"MAYAKA": 60, "MaYaKa": 25, "MYK": 15}, "Y", 8),
    ("Thaketa", "သာကေတ", 12, "သကတ", {"THAKATA": 60, "ThaKaTa": 25, "TKT": 15}, "Y", 8),
    ("Insein", "အင်းစိန်", 12, "အစန", {"AHSANA": 50, "ASANA": 30, "AhSaNa": 20}, "Y", 8),
    ("Hlaing Tharyar", "လှိုင်သာယာ", 12, "လသယ", {"LATHAYA": 50, "HLATHAYA": 20, "LaThaYa": 30}, "Y", 14),
    ("Maha Aungmye", "မဟာအောင်မြေ", 9, "မဟမ", {"MAHAMA": 60, "MaHaMa": 30, "MHM": 10}, "M", 6),
    ("Chanmyathazi", "ချမ်းမြသာစည်", 9, "ချမသ", {"CHAMATHA": 60, "ChaMaTha": 30, "CMT": 10}, "M", 6),
    ("Bago", "ပဲခူး", 7, "ပခန", {"PAKHANA": 60, "PaKhaNa": 30, "PKN": 10}, "B", 6),
    ("Mawlamyine", "မော်လမြိုင်", 10, "မလမ", {"MALAMA": 60, "MaLaMa": 30, "MLM": 10}, "Mon", 6),
    ("Hpa-An", "ဘားအံ", 3, "ဘအန", {"BAANA": 60, "BaANa": 30, "BAN": 10}, "Kayin", 5),
    ("Myawaddy", "မြဝတီ", 3, "မဝတ", {"MAWATA": 60, "MaWaTa": 30, "MWT": 10}, "Kayin", 4),
    ("Pathein", "ပုသိမ်", 14, "ပသန", {"PATHANA": 60, "PaThaNa": 30, "PTN": 10}, "Ayeyarwady", 6),
    ("Taunggyi", "တောင်ကြီး", 13, "တကန", {"TAKANA": 60, "TaKaNa": 30, "TKN": 10}, "Shan", 5),
]  # fmt: skip
CITIES = {
    "Y": ("Yangon", "ရန်ကုန်", {"Yangon": 70, "Ygn": 20, "YGN": 10}),
    "M": ("Mandalay", "မန္တလေး", {"Mandalay": 80, "Mdy": 20}),
    "B": ("Bago", "ပဲခူး", {"Bago": 1}),
    "Mon": ("Mon State", "မွန်ပြည်နယ်", {"Mon State": 70, "Mon": 30}),
    "Kayin": ("Kayin State", "ကရင်ပြည်နယ်", {"Kayin State": 60, "Karen State": 40}),
    "Ayeyarwady": ("Ayeyarwady Region", "ဧရာဝတီတိုင်း", {"Ayeyarwady": 70, "Ayeyarwaddy": 30}),
    "Shan": ("Shan State", "ရှမ်းပြည်နယ်", {"Shan State": 70, "Shan": 30}),
}
# Named streets (Latin, Burmese); the others are numbered.
STREETS = [("Pyay Road", "ပြည်လမ်း"), ("Bogyoke Aung San Road", "ဗိုလ်ချုပ်အောင်ဆန်းလမ်း"),
           ("Insein Road", "အင်းစိန်လမ်း"), ("Kyaikkasan Road", "ကျိုက္ကဆံလမ်း"), ("Thiri Mingalar Street", "သီရိမင်္ဂလာလမ်း"),
           ("Yadanar Street", "ရတနာလမ်း"), ("Zaygyi Street", "ဈေးကြီးလမ်း")]  # fmt: skip
# Villages: (Latin, Burmese).
VILLAGES = [("Ywathit", "ရွာသစ်"), ("Thayetkone", "သရက်ကုန်း"), ("Zeegone", "ဇီးကုန်း"), ("Kanbe", "ကန်ဘဲ"),
            ("Ohnbinsu", "အုန်းပင်စု"), ("Kyauktan", "ကျောက်တန်း"), ("Nyaungbin", "ညောင်ပင်")]  # fmt: skip
MONTHS = ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ",
          "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"]  # fmt: skip
DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
#: Myanmar mobile operators: (the digits after ``09`` begin with, how many digits follow ``09``, weight).
OPERATORS = [("42", 9, 15), ("45", 9, 8), ("25", 9, 8), ("5", 7, 6), ("31", 8, 5), ("26", 9, 5),
             ("77", 9, 12), ("79", 9, 10), ("97", 9, 10), ("96", 9, 8), ("69", 9, 8), ("40", 9, 5)]  # fmt: skip

# ------------------------------------------------------------------ Zawgyi
_CONSONANT = {chr(c) for c in range(0x1000, 0x1022)}
#: Unicode medials and signs as the Zawgyi font encodes them (ya-pin, wa, ha, asat).
_ZG = str.maketrans(
    {"\u103b": "\u103a", "\u103d": "\u103c", "\u103e": "\u103d", "\u103a": "\u1039"}
)
#: Stacked consonants (virama and the lower one) as Zawgyi's own code points.
_ZG_STACK = {
    "\u1039\u1010": "\u1071",
    "\u1039\u1012": "\u1075",
    "\u1039\u1019": "\u107c",
    "\u1039\u1000": "\u1060",
}


def zawgyi(text: str) -> str:
    """Burmese text in the Zawgyi encoding that most Burmese PCs and phones used until 2019: the
    vowel sign ``ေ`` and the medial ``ြ`` (Zawgyi's U+103B) typed before the consonant they follow in
    Unicode, the other medials and the asat on Zawgyi's code points, stacked letters as one glyph.

    >>> zawgyi("အောင်ကျော်"), zawgyi("မြင့်")
    ('ေအာင္ေက်ာ္', 'ျမင့္')
    """
    for k, v in _ZG_STACK.items():
        text = text.replace("\u1014" + k, "\u108f" + v).replace(k, v)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _CONSONANT:
            j = i + 1
            medials = ""
            while j < len(text) and text[j] in "\u103b\u103c\u103d\u103e":
                medials += text[j]
                j += 1
            pre = ""
            if j < len(text) and text[j] == "\u1031":
                pre = "\u1031"
                j += 1
            if "\u103c" in medials:
                pre += "\u103b"
                medials = medials.replace("\u103c", "")
            out.append(pre + ch + medials.translate(_ZG))
            i = j
        else:
            out.append(ch.translate(_ZG))
            i += 1
    return "".join(out)


def thai_check(d12: str) -> str:
    """The check digit of a Thai identification number (a migrant worker's pink card too): the
    twelve digits weighted 13 down to 2, eleven less the sum's remainder by eleven, mod 10."""
    s = sum(int(c) * (13 - i) for i, c in enumerate(d12))
    return str((11 - s % 11) % 10)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Myanmar(Draws):
    SLIP_LETTERS = "aeiounhgyt"

    # ------------------------------------------------------------ population
    def name(self, sex: str) -> list[tuple]:
        """A name: two to four syllables (one doubled now and then: Aung Aung, Su Su)."""
        r = self.rnd
        table = [s for s in SYLLABLES if s[3] in (sex, "N")]
        n = wpick(r, {1: 3, 2: 45, 3: 45, 4: 7})
        syl = r.choices(table, [s[2] for s in table], k=n)
        if r.random() < 0.15:
            syl = [syl[0], syl[0], *syl[1:2]] if n >= 2 and r.random() < 0.5 else [syl[0], syl[0]]
        return syl

    def population(self) -> None:
        r = self.rnd
        self.pid = 0
        while len(self.persons) < self.n:
            town = r.choices(TOWNSHIPS, [t[-1] for t in TOWNSHIPS])[0]
            ethnic = wpick(r, {None: 85, "Karen": 8, "Shan": 7})
            home = dict(town=town, no=r.randint(1, 250), street=r.choice(STREETS) if r.random() < 0.3 else r.randint(1, 60),
                        ward=r.randint(1, 20), village=r.choice(VILLAGES) if r.random() < 0.25 else None)  # fmt: skip
            landline = ("01" if town[5] == "Y" else "0" + str(r.randint(2, 8))) + self.digits(
                r.choice([6, 7])
            )
            landline = landline if r.random() < 0.25 else None
            kind = wpick(r, {"single": 25, "couple": 20, "family": 55})
            grandfather = self.name("M")
            head = self.person(
                "M" if kind != "single" else r.choice("MF"),
                self.dob(28, 80),
                ethnic,
                grandfather,
                home,
            )
            members = [head]
            if kind != "single":
                wife = self.person("F", self.dob(25, 75), ethnic, self.name("M"), home)
                wife["husband"] = head
                head["wife"] = wife
                members.append(wife)
            if kind == "family":
                for _ in range(r.choice([1, 2, 2, 3, 4])):
                    kid = self.person(r.choice("MF"), self.dob(14, 35), ethnic, head["name"], home)
                    if r.random() < 0.15:  # siblings that share a syllable
                        kid["name"] = [members[-1]["name"][0], *kid["name"][1:]]
                    members.append(kid)
            shared = head["mobile"] if r.random() < 0.6 else None  # the household's one phone
            for m in members:
                m["household"] = members
                m["landline"] = landline
                m["shared"] = shared
                if m is not head and m.get("migrant") is None and r.random() < 0.25:
                    m["mobile"] = None  # uses the family's phone only
            self.persons.extend(members)

    def person(self, sex: str, dob: dt.date, ethnic: str | None, father: list, home: dict) -> dict:
        r = self.rnd
        self.pid += 1
        town = home["town"]
        age = (TODAY - dob).days / 365.25

        def nrc() -> str:
            return f"{town[2]}|{town[0]}|{self.digits(6)}"

        migrant = None
        if 18 <= age <= 45 and r.random() < 0.14:
            migrant = wpick(r, {"TH": 65, "MY": 35})
        p = dict(
            pid=self.pid, sex=sex, dob=dob, age=age, ethnic=ethnic, name=self.name(sex), father=father,
            home=home, nrc=self.unique(nrc) if age >= 10 or r.random() < 0.3 else None,
            mobiles=[self.mobile() for _ in range(wpick(r, {1: 65, 2: 28, 3: 7}))],
            dr=age > 30 and r.random() < 0.02, migrant=migrant, wife=None, husband=None,
            move=dict(home, no=r.randint(1, 250), ward=r.randint(1, 20)) if r.random() < 0.12 else None,
        )  # fmt: skip
        p["mobile"] = p["mobiles"][0]
        if migrant:
            p["abroad"] = self.unique(lambda: wpick(r, {"06": 2, "08": 5, "09": 3}) + self.digits(8)) if migrant == "TH" else \
                self.unique(lambda: "01" + str(r.choice([0, 1, 2, 3, 4, 6, 7, 8, 9])) + self.digits(r.choice([7, 7, 8])))  # fmt: skip
            p["passport"] = self.unique(lambda: "M" + r.choice("ABCDE") + self.digits(6))
            p["pink"] = (
                self.unique(lambda: (d := "00" + self.digits(10)) + thai_check(d))
                if migrant == "TH"
                else None
            )
        return p

    def mobile(self) -> str:
        start, n, _ = self.rnd.choices(OPERATORS, [o[2] for o in OPERATORS])[0]
        return self.unique(lambda: "09" + start + self.digits(n - len(start)))

    # ------------------------------------------------------------ written forms
    def honorific(self, p: dict) -> str | None:
        """The honorific a clerk would put before the name, as age and status have it."""
        r, age = self.rnd, p["age"]
        if p["dr"] and r.random() < 0.5:
            return "Dr"
        if p["sex"] == "M":
            return "Maung" if age < 20 else wpick(r, {"Maung": 3, "Ko": 7}) if age < 30 else \
                wpick(r, {"Ko": 5, "U": 5}) if age < 45 else "U"  # fmt: skip
        return "Ma" if age < 35 else wpick(r, {"Ma": 3, "Daw": 7}) if age < 45 else "Daw"

    def ethnic_prefix(self, p: dict) -> tuple[str, str] | None:
        if not p["ethnic"]:
            return None
        return ETHNIC[p["ethnic"]][0 if p["sex"] == "M" else 1]

    def my(
        self, p: dict, hon: float = 0.5, zg: float = 0.0, sp: float = 0.15, name: list | None = None
    ) -> str:
        """A name in Burmese script: honorific now and then, Zawgyi, spaces or none, ``ဝ``/``၀``."""
        r = self.rnd
        syl = [s[0] for s in (name or p["name"])]
        pre = self.ethnic_prefix(p) if name is None else None
        if pre and r.random() < 0.8:
            syl = [pre[0], *syl]
        h = self.honorific(p) if name is None and r.random() < hon else None
        if h and not (pre and h in ("U", "Daw", "Maung", "Ma") and r.random() < 0.7):
            syl = [HONORIFIC[h][0], *syl]
        text = (" " if r.random() < sp else "").join(syl)
        if r.random() < zg:
            text = zawgyi(text)
        if r.random() < 0.05:
            text = text.replace("ဝ", "၀")  # the digit zero for the letter wa
        return text

    def la(self, p: dict, hon: float = 0.3, join: float = 0.04, own: float = 0.6, name: list | None = None,
           title: str | None = None) -> str:  # fmt: skip
        """A name in Latin letters, each syllable spelt its own way or another, an honorific."""
        r = self.rnd
        words = [
            next(iter(s[1])) if r.random() < own else wpick(r, s[1]) for s in (name or p["name"])
        ]
        if name is None:
            pre = self.ethnic_prefix(p)
            if pre and r.random() < 0.75:
                words = [pre[1], *words]
            h = title or (self.honorific(p) if r.random() < hon else None)
            if h:
                words = [wpick(r, HONORIFIC[h][1]), *words]
        elif title:
            words = [title, *words]
        if r.random() < join:
            return "".join(words[:1]) + "".join(w.lower() for w in words[1:])
        return " ".join(words)

    def father_la(self, p: dict) -> str:
        return self.la(p, name=p["father"], title="U" if self.rnd.random() < 0.7 else None)

    def father_my(self, p: dict) -> str:
        text = ("ဦး" if self.rnd.random() < 0.8 else "") + "".join(s[0] for s in p["father"])
        return zawgyi(text) if self.rnd.random() < 0.1 else text

    def nrc(self, p: dict, script: str) -> str | None:
        if not p["nrc"]:
            return None
        r = self.rnd
        state, tname, serial = p["nrc"].split("|")
        town = next(t for t in TOWNSHIPS if t[0] == tname)
        if r.random() < 0.03:
            i = r.randrange(6)
            serial = serial[:i] + str(r.randrange(10)) + serial[i + 1 :]
        if script == "my":
            text = (
                f"{state}/{town[3]}{wpick(r, {'(နိုင်)': 85, '(နိူင်)': 5, 'နိုင်': 10})}{serial}".translate(
                    DIGITS
                )
            )
            if r.random() < 0.1:
                text = text.replace("၀", "ဝ")  # the letter wa for the digit zero
            return text
        letters = wpick(r, town[4])
        kind = wpick(r, {"(N)": 60, "(Naing)": 15, "N": 10, " (N) ": 10, "(NAING)": 5})
        return f"{state}/{letters}{kind}{serial}"

    def date(self, d: dt.date, style: str) -> str:
        if style == "my":
            return f"{d.day:02d}-{d.month:02d}-{d.year}".translate(DIGITS)
        if style == "myl":
            return f"{d.year} ခုနှစ် {MONTHS[d.month - 1]}လ {d.day} ရက်".translate(DIGITS)
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "dmy-":
            return d.strftime("%d-%m-%Y")
        if style == "dmon":
            return d.strftime("%d-%b-%Y")
        return d.isoformat()

    def phone(self, num: str | None, style: str) -> str | None:
        """A Myanmar number (``09`` and 7 to 9 digits; ``01`` and a landline's) written one way."""
        if not num:
            return None
        rest = num[1:]
        if style == "my":
            return num.translate(DIGITS)
        if style == "intl":
            return (
                f"+95 {rest[0]} {rest[1:4]} {rest[4:]}" if num.startswith("09") else f"+95 {rest}"
            )
        if style == "95":
            return "95" + rest
        if style == "bare":
            return rest
        if style == "dash":
            return (
                f"{num[:2]}-{num[2:5]}-{num[5:]}"
                if num.startswith("09")
                else f"{num[:2]}-{num[2:]}"
            )
        return num

    def foreign(self, p: dict) -> str:
        r, num = self.rnd, p["abroad"]
        if p["migrant"] == "TH":
            return wpick(r, {num: 30, f"{num[:3]}-{num[3:6]}-{num[6:]}": 30, f"+66 {num[1:3]} {num[3:6]} {num[6:]}": 25,
                             "66" + num[1:]: 15})  # fmt: skip
        return wpick(
            r,
            {
                num: 30,
                f"{num[:3]}-{num[3:6]} {num[6:]}": 30,
                f"+60{num[1:]}": 25,
                "60" + num[1:]: 15,
            },
        )

    def where(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def addr_my(self, a: dict) -> str:
        r, t = self.rnd, a["town"]
        if a["village"]:
            return f"{a['village'][1]}ကျေးရွာ၊ {t[1]}မြို့နယ်"
        street = a["street"][1] if isinstance(a["street"], tuple) else f"{a['street']} လမ်း"
        text = f"အမှတ်({a['no']})၊ {street}၊ ({a['ward']}) ရပ်ကွက်၊ {t[1]}မြို့နယ်"
        if r.random() < 0.6:
            text += "၊ " + CITIES[t[5]][1]
        return text.translate(DIGITS) if r.random() < 0.85 else text

    def addr_la(self, a: dict) -> str:
        r, t = self.rnd, a["town"]
        city = wpick(r, CITIES[t[5]][2])
        if a["village"]:
            return f"{a['village'][0]} Village, {t[0]} Township, {city}"
        style = r.random()
        if isinstance(a["street"], tuple):
            st = (
                a["street"][0]
                if style < 0.6
                else a["street"][0].replace("Road", "Rd").replace("Street", "St")
            )
        else:
            st = (
                f"{ordinal(a['street'])} Street"
                if style < 0.5
                else f"{a['street']} St"
                if style < 0.8
                else f"Street {a['street']}"
            )
        if style < 0.5:
            return f"No. {a['no']}, {st}, Ward {a['ward']}, {t[0]} Township, {city}"
        if style < 0.8:
            return f"No.{a['no']}, {st}, ({a['ward']}) Qtr, {t[0]} Tsp, {city}"
        return f"{a['no']}, {st}, Ward ({a['ward']}), {t[0]}, {city}"

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def own_phone(self, p: dict) -> str | None:
        return p["mobile"] or p["shared"] or p["household"][0]["mobile"]

    # ------------------------------------------------------------ systems
    def bank(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.3)
        num = self.own_phone(p) if r.random() < 0.85 else p["landline"]
        self.add("BANK", p, {
            "ဖောက်သည်အမှတ်": self.unique(lambda: "0" + self.digits(9)),
            "အမည်": self.typo(self.my(p, 0.5, 0.2), 0.02),
            "အမည်(အင်္ဂလိပ်)": self.la(p, 0.3, 0.02, 0.8).upper() if r.random() < 0.7 else None,
            "အဖအမည်": self.father_my(p) if r.random() < 0.85 else None,
            "မှတ်ပုံတင်အမှတ်": self.nrc(p, wpick(r, {"my": 60, "la": 40})) if r.random() < 0.95 else None,
            "မွေးသက္ကရာဇ်": self.date(p["dob"], wpick(r, {"my": 50, "dmy": 30, "myl": 20})) if r.random() < 0.95 else None,
            "ဖုန်းနံပါတ်": self.phone(num, wpick(r, {"my": 30, "plain": 40, "dash": 20, "intl": 10})),
            "နေရပ်လိပ်စာ": self.addr_my(a) if r.random() < 0.9 else None,
        })  # fmt: skip

    def wallet(self, p: dict, num: str | None) -> None:
        r = self.rnd
        self.add("WALLET", p, {
            "wallet_id": self.unique(lambda: "W" + self.digits(9)),
            "customer_name": self.typo(self.la(p, 0.35, 0.08, 0.5), 0.06),
            "msisdn": self.phone(num, "95"),
            "nrc_no": self.nrc(p, "la") if r.random() < 0.6 else None,
            "dob": self.date(p["dob"], wpick(r, {"dmy": 70, "dmon": 15, "dmy-": 15})) if r.random() < 0.7 else None,
            "township": self.where(p, 0.3)["town"][0] if r.random() < 0.6 else None,
        })  # fmt: skip

    def sim(self, p: dict, num: str) -> None:
        r = self.rnd
        passport = p["migrant"] and r.random() < 0.3
        self.add("SIM", p, {
            "SIM_REG_NO": self.unique(lambda: "SR" + self.digits(10)),
            "SUBSCRIBER_NAME": self.la(p, 0.2, 0.03, 0.6).upper() if r.random() < 0.65 else self.my(p, 0.3, 0.25),
            "FATHER_NAME": (self.father_la(p).upper() if r.random() < 0.7 else self.father_my(p)) if r.random() < 0.7 else None,
            "ID_TYPE": "PASSPORT" if passport else "NRC",
            "ID_NUMBER": p["passport"] if passport else self.nrc(p, wpick(r, {"my": 30, "la": 70})),
            "MSISDN": self.phone(num, wpick(r, {"bare": 40, "plain": 40, "intl": 20})),
            "DOB": p["dob"].isoformat() if r.random() < 0.85 else None,
            "ADDRESS": self.addr_la(self.where(p, 0.4)) if r.random() < 0.8 else None,
        })  # fmt: skip

    def mfi(self, p: dict) -> None:
        r = self.rnd
        a = self.where(p, 0.2)
        other = p["husband"] if p["husband"] and r.random() < 0.7 else None
        other_name = (self.la(other, 0.0, 0.0, 0.5, title="U") if r.random() < 0.4 else "ဦး" + self.my(other, 0.0)) if other \
            else (self.father_la(p) if r.random() < 0.4 else self.father_my(p))  # fmt: skip
        g = r.choice(self.persons) if r.random() < 0.7 else r.choice(p["household"])
        head = p["household"][0]
        style = wpick(r, {"my": 50, "year": 20, "none": 30})
        self.add("MFI", p, {
            "ချေးငွေအမှတ်": self.unique(lambda: "L-" + self.digits(7)),
            "ချေးသူအမည်": self.typo(self.my(p, 0.6, 0.3), 0.02) if r.random() < 0.6 else self.typo(self.la(p, 0.6, 0.03), 0.05),
            "ခင်ပွန်း/အဖအမည်": other_name if r.random() < 0.9 else None,
            "မှတ်ပုံတင်အမှတ်": self.nrc(p, wpick(r, {"my": 70, "la": 30})) if r.random() < 0.85 else None,
            "မွေးသက္ကရာဇ်": None if style == "none" else str(p["dob"].year).translate(DIGITS) if style == "year"
            else self.date(p["dob"], "my"),
            "အသက်": str(int(p["age"])).translate(DIGITS) if r.random() < 0.7 else None,
            "ဆက်သွယ်ရန်ဖုန်း": self.phone(p["shared"] or head["mobile"] or self.own_phone(p), wpick(r, {"my": 40, "plain": 60})),
            "ရပ်ကွက်/ကျေးရွာ": (f"({a['ward']}) ရပ်ကွက်" if not a["village"] else a["village"][1] + "ကျေးရွာ").translate(DIGITS),
            "မြို့နယ်": a["town"][1],
            "အာမခံသူအမည်": self.my(g, 0.8) if g is not p else None,
            "အာမခံသူဖုန်း": self.phone(self.own_phone(g), "plain") if g is not p and r.random() < 0.8 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        hh = [m for m in p["household"] if m is not p and m["age"] >= 18]
        receiver = p["wife"] or p["husband"] or (r.choice(hh) if hh else None)
        id_kind = wpick(r, {"PINK": 60 if p["pink"] else 0, "PASSPORT": 30, "NRC": 10})
        self.add("REMIT", p, {
            "txn_customer_no": self.unique(lambda: "RC" + self.digits(8)),
            "sender_name": self.typo(self.la(p, 0.1, 0.02, 0.7), 0.05).upper() if r.random() < 0.6 else self.typo(self.la(p, 0.4, 0.06, 0.4), 0.05),
            "sender_id_type": id_kind,
            "sender_id_no": p["pink"] if id_kind == "PINK" else p["passport"] if id_kind == "PASSPORT" else self.nrc(p, "la"),
            "sender_phone": self.foreign(p),
            "sender_dob": self.date(p["dob"], wpick(r, {"dmy": 60, "dmon": 25, "iso": 15})) if r.random() < 0.75 else None,
            "mm_phone": self.phone(p["mobile"], wpick(r, {"plain": 50, "intl": 50})) if p["mobile"] and r.random() < 0.35 else None,
            "receiver_name": self.la(receiver, 0.5, 0.03, 0.5) if receiver else None,
            "receiver_phone": self.phone(self.own_phone(receiver), wpick(r, {"plain": 60, "intl": 40})) if receiver else None,
            "receiver_township": p["home"]["town"][0] if r.random() < 0.7 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = p["age"]
            n0 = len(self.rows)
            if age >= 18 and r.random() < 0.45:
                self.bank(p)
                if r.random() < 0.04:
                    self.bank(p)
            if age >= 16 and r.random() < 0.6:
                num = p["mobile"] or p["shared"] or p["household"][0]["mobile"]
                self.wallet(p, num)
                if len(p["mobiles"]) > 1 and r.random() < 0.3:
                    self.wallet(p, p["mobiles"][1])
            if p["mobile"]:
                for num in p["mobiles"]:
                    if r.random() < 0.8:
                        self.sim(p, num)
            if age >= 20 and r.random() < (0.3 if p["sex"] == "F" else 0.08):
                self.mfi(p)
            if p["migrant"]:
                for _ in range(wpick(r, {0: 10, 1: 60, 2: 30})):
                    self.remit(p)
            if len(self.rows) == n0:
                self.wallet(p, self.own_phone(p))
        return self.shuffled("row_id", "MM")


def myanmar(persons: int = 4000, seed: int = 95) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Myanmar.frame(persons, seed, "row_id")
