"""East African customers in Kenya, Tanzania, Uganda and Rwanda: five systems stacked in one file
(a ``system`` column naming the system; a column of the same name in two systems is one column).

* A Kenyan mobile-money operator's KYC (``KE_MONEY``), Swahili and English columns: ``Jina
  Kamili`` (the whole name in one box, in any order, in capitals as the agent typed it), ``Nambari
  ya Simu`` (``0712345678``, ``+254 712 345678``, ``254712345678``, ``712345678``), ``Nambari ya
  Kitambulisho`` (an eight-digit national id, seven digits for older people), ``KRA PIN``
  (``A012345678Z``), ``Tarehe ya Kuzaliwa`` (``15/06/1988``, or the year alone), ``Jinsia``,
  ``Anwani`` (``P.O. Box 1234-00100 Nairobi``); now and then an M-Pesa agent's number for the
  customer's.
* A Tanzanian bank (``TZ_BANK``), Swahili columns: ``Namba ya Akaunti``, ``Jina la Kwanza``,
  ``Jina la Kati`` (the father's given name), ``Jina la Ukoo``, ``Tarehe ya Kuzaliwa``
  (``15-06-1988``), ``Jinsia`` (``ME``/``KE``), ``Namba ya NIDA`` (20 digits that start with the
  birth date, ``19880615-12345-00001-23``), ``Namba ya Simu`` (``+255``), ``Anwani`` (``S.L.P. 123
  Arusha``), ``Mkoa``.
* A Ugandan SACCO (``UG_SACCO``), English columns: ``Member No``, ``Surname``, ``Given Names``,
  ``NIN`` (``CM85012345ABCD``: ``CM``/``CF``, the birth year's last two digits), ``Date of
  Birth``, ``Sex``, ``Phone`` (``+256``), ``Village``, ``Sub-county``, ``District``, ``Next of
  Kin`` and ``Next of Kin Phone`` (a relative: someone else, often a customer too).
* A Rwandan telco (``RW_TELCO``), Kinyarwanda and French columns: ``Nimero ya Telefoni``,
  ``Izina ry'umuryango`` (the Kinyarwanda name, in capitals), ``Amazina`` (the Christian names),
  ``Indangamuntu`` (16 digits: ``1``, the birth year, ``8`` or ``7`` for the sex, a serial),
  ``Date de naissance``, ``Igitsina`` (``Gabo``/``Gore``), ``Akarere``, ``Umurenge``; a child's
  line on a parent's id.
* A cross-border remittance app (``REMIT``), English: ``sender_name``, ``sender_msisdn``,
  ``sender_id_type`` / ``sender_id_no`` (a national id or a passport), ``sender_dob``,
  ``sender_country``, ``receiver_name``, ``receiver_msisdn`` (a relative across a border, often a
  customer too), ``receiver_country``.

Names: a Christian or Muslim given name beside an ethnic one: Kikuyu (``Wanjiku``, ``Kamau``,
``Njoroge``) and Luo (``Otieno``, ``Achieng``, ``Odhiambo``: names of the time of birth that very
many share, so very many namesakes), Kenyan family names that are the father's name; Swahili
coastal Muslims (``Mohamed Ali Hassan``: the father's given name in the middle, the grandfather's
last, ``bin``/``binti`` written or not, ``Hamisi``/``Hamis``, ``Saidi``/``Said``); Tanzanians with
the father's given name in the middle; Baganda with their own clan name as surname, not their
father's (``Nakato``, ``Ssempala``/``Sempala``, ``Kiggundu``/``Kigundu``: doubled consonants
written single now and then); Rwandans each with their own Kinyarwanda name (``Uwimana``,
``Mukamana``, ``Niyonzima``) shared with no parent, French given names (``Jean de Dieu``, ``Marie
Claire``) kept whole or cut; names in any order, a second given name dropped; phones with or
without the trunk 0 or the country code; dates ``DD/MM/YYYY`` or the year alone for older people;
a relative's phone for several of a family; P.O. Box addresses shared by a family, a church or a
firm.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, spellings, wpick

COUNTRIES = {"ke": 40, "tz": 25, "ug": 20, "rw": 15}
COUNTRY_NAME = {"ke": "Kenya", "tz": "Tanzania", "ug": "Uganda", "rw": "Rwanda"}

#: Christian given names: canonical spelling first (the person's own most of the time), then the
#: Swahili and other spellings clerks write.
CHRISTIAN_M = ("John:9 Peter:8 Joseph:8 James:6 Paul:6 Daniel:5 David:6 Samuel:5 Stephen:5 "
               "Emmanuel:5 Moses:4 Isaac:3 Patrick:4 Charles:4 George:4 Geoffrey:3 Robert:3 "
               "Kevin:3 Brian:4 Dennis:3 Godfrey:3 Francis:3 Michael:4 Simon:3 Joshua:3")  # fmt: skip
CHRISTIAN_F = ("Mary:9 Grace:7 Faith:6 Mercy:6 Joyce:5 Esther:5 Elizabeth:5 Margaret:5 Agnes:4 "
               "Lucy:4 Ruth:3 Sarah:4 Florence:4 Josephine:4 Catherine:4 Winnie:3 Jane:5 Rose:4 "
               "Beatrice:3 Judith:3 Irene:3 Caroline:3 Eunice:3 Janet:3 Dorcas:2")  # fmt: skip
SPELL = {"Stephen": "Stephen:60 Steven:25 Stephano:15", "Emmanuel": "Emmanuel:75 Emanuel:25",
         "Geoffrey": "Geoffrey:60 Jeffrey:25 Geofrey:15", "Dennis": "Dennis:70 Denis:30",
         "Godfrey": "Godfrey:75 Godfree:25", "Margaret": "Margaret:60 Magreth:25 Margret:15",
         "Agnes": "Agnes:75 Agness:25", "Esther": "Esther:80 Ester:20", "Sarah": "Sarah:70 Sara:30",
         "Catherine": "Catherine:60 Catherin:20 Katherine:20", "Samuel": "Samuel:80 Samwel:20",
         "Daniel": "Daniel:85 Danieli:15", "Joseph": "Joseph:85 Josephat:15",
         "Mohamed": "Mohamed:55 Mohammed:25 Muhammad:10 Mohamedi:10", "Hamisi": "Hamisi:60 Hamis:40",
         "Saidi": "Saidi:60 Said:40", "Athumani": "Athumani:50 Athman:30 Othman:20",
         "Ramadhani": "Ramadhani:65 Ramadhan:35", "Abdallah": "Abdallah:50 Abdalla:30 Abdulla:20",
         "Fatuma": "Fatuma:70 Fatma:30", "Zainabu": "Zainabu:60 Zainab:40", "Mussa": "Mussa:60 Musa:40",
         "Salim": "Salim:60 Salimu:40", "Hassan": "Hassan:70 Hasani:30", "Omari": "Omari:60 Omar:40",
         "Bakari": "Bakari:70 Bakar:30", "Rashidi": "Rashidi:60 Rashid:40", "Shabani": "Shabani:60 Shaban:40",
         "Issa": "Issa:75 Isa:25", "Mwanaisha": "Mwanaisha:80 Mwanaysha:20", "Amina": "Amina:85 Aminah:15",
         "Halima": "Halima:85 Halimu:15", "Mwanaidi": "Mwanaidi:85 Mwanahidi:15",
         "Achieng": "Achieng:80 Achieng':20", "Atieno": "Atieno:85 Atyeno:15",
         "Nshimiyimana": "Nshimiyimana:75 Nshimyimana:25", "Tuyishime": "Tuyishime:75 Tuyishimire:25"}  # fmt: skip
MUSLIM_M = ("Mohamed:10 Ali:8 Hassan:6 Juma:7 Hamisi:5 Saidi:5 Athumani:4 Ramadhani:5 Abdallah:5 "
            "Mussa:4 Salim:5 Omari:5 Bakari:4 Rashidi:3 Shabani:4 Issa:3 Yusuf:3 Khamis:3")  # fmt: skip
MUSLIM_F = ("Fatuma:9 Zainabu:6 Mwanaisha:6 Amina:6 Halima:6 Rehema:5 Mwanaidi:5 Zuhura:4 Asha:6 "
            "Mariamu:5 Saida:4 Aisha:4 Hadija:4 Salma:3")  # fmt: skip
#: Kikuyu personal names (the middle name) and Kikuyu family names (the father's).
KIKUYU_M = "Kamau:9 Njoroge:7 Mwangi:8 Kariuki:6 Githinji:4 Kimani:6 Macharia:4 Ndungu:5 Gitau:4 Wainaina:4"
KIKUYU_F = "Wanjiku:12 Njeri:8 Wambui:8 Wairimu:7 Nyambura:6 Wanjiru:7 Njoki:5 Wangari:5 Muthoni:6"
KIKUYU_FAMILY = ("Kamau:8 Mwangi:9 Njoroge:6 Kariuki:6 Kimani:6 Maina:6 Ndungu:5 Gitau:4 Macharia:4 "
                 "Wainaina:4 Githinji:3 Mugo:3 Muriuki:4 Kinyua:3")  # fmt: skip
#: Luo names of the time of birth (a boy's O-, a girl's A-) and Luo family names.
LUO_M = "Otieno:12 Odhiambo:10 Ochieng:10 Omondi:8 Onyango:8 Okoth:6 Owino:6 Ouma:6 Oduor:4"
LUO_F = "Achieng:12 Atieno:10 Adhiambo:9 Akinyi:8 Anyango:8 Awino:6 Akoth:5 Auma:6 Amondi:4"
LUO_FAMILY = ("Otieno:8 Odhiambo:8 Onyango:7 Ochieng:7 Omondi:6 Okoth:5 Owino:5 Ouma:5 Oduor:4 "
              "Okello:4 Opiyo:4 Were:3 Oloo:3 Ogola:3 Juma:2")  # fmt: skip
COAST_FAMILY = "Hassan:6 Omari:5 Saidi:5 Bakari:5 Abdallah:5 Mohamed:5 Ali:6 Salim:4 Juma:4 Mwinyi:3 Athumani:3"
TZ_FAMILY = ("Massawe:5 Kimaro:5 Mushi:5 Lyimo:4 Swai:4 Temba:3 Mrema:4 Kessy:3 Mollel:4 Mbwambo:3 "
             "Magesa:3 Mwakalinga:3 Shayo:3 Mwakyusa:3 Kisanga:3 Mtui:3 Minja:3 Komba:3 Ngowi:3 Urassa:3")  # fmt: skip
#: Baganda clan names (each person's own) with the doubled consonants written single now and then.
GANDA_M = ("Ssempala:5 Mukasa:8 Ssebunya:4 Kiggundu:4 Lubega:5 Ssekandi:4 Kato:7 Wasswa:6 Ssentongo:4 "
           "Kasozi:5 Ssenyonga:4 Mutebi:5 Kizza:4 Ssali:4 Musoke:5 Kaggwa:4")  # fmt: skip
GANDA_F = ("Nakato:8 Babirye:6 Namukasa:6 Nansubuga:5 Nakimuli:4 Nambi:4 Nalwoga:5 Nabukenya:5 "
           "Nakiganda:4 Namubiru:4 Nakawuki:3 Nassali:3 Nakku:3 Nanyonga:4")  # fmt: skip
SINGLE = {"Ssempala": "Sempala", "Ssebunya": "Sebunya", "Kiggundu": "Kigundu", "Ssekandi": "Sekandi",
          "Wasswa": "Waswa", "Ssentongo": "Sentongo", "Ssenyonga": "Senyonga", "Kizza": "Kiza",
          "Ssali": "Sali", "Kaggwa": "Kagwa", "Nassali": "Nasali", "Nakku": "Naku",
          "Nakimuli": "Nakimmuli"}  # fmt: skip
#: Western and northern Ugandan names, also each person's own.
UG_OTHER_M = (
    "Okello:6 Opio:5 Byaruhanga:5 Tumusiime:5 Mugisha:6 Twinomujuni:4 Ahimbisibwe:4 Ochen:3"
)
UG_OTHER_F = "Akello:6 Atuhaire:5 Ainembabazi:4 Kyomuhendo:4 Nankunda:4 Auma:4 Tumuhairwe:3 Akot:3"
#: Kinyarwanda names (each person's own) and French given names (compounds kept or cut).
RW_M = ("Niyonzima:6 Habimana:7 Nshimiyimana:6 Hakizimana:6 Bizimana:6 Mugisha:5 Kwizera:4 "
        "Tuyishime:4 Nsengiyumva:5 Niyomugabo:3 Ndayisaba:4 Munyaneza:4 Nzeyimana:3 Twagirayezu:3 Iradukunda:4")  # fmt: skip
RW_F = ("Uwimana:8 Mukamana:7 Uwase:6 Mukeshimana:5 Uwamahoro:5 Ingabire:6 Umutoni:5 Iradukunda:4 "
        "Ishimwe:4 Mutesi:4 Nyirahabimana:4 Mukamurenzi:3 Uwera:4 Tuyishime:3")  # fmt: skip
FRENCH_M = ("Jean_Bosco:5 Jean_de_Dieu:5 Jean_Claude:5 Jean_Paul:4 Emmanuel:6 Eric:5 Olivier:4 Aimable:3 "
            "Patrick:4 Innocent:4 Theoneste:3 Fabrice:3 Jean_Baptiste:4 Pacifique:3 Celestin:3")  # fmt: skip
FRENCH_F = ("Marie_Claire:5 Marie_Louise:3 Claudine:5 Alice:5 Divine:4 Josiane:4 Vestine:3 Solange:4 "
            "Chantal:4 Jeanne:4 Francine:3 Esperance:4 Beatha:3 Clementine:3 Immaculee:3")  # fmt: skip

MOBILE = {"ke": ("254", ["70", "71", "72", "74", "79", "11"], 7), "tz": ("255", ["75", "76", "65", "71", "78", "68"], 7),
          "ug": ("256", ["77", "78", "70", "75", "76"], 7), "rw": ("250", ["78", "72", "73", "79"], 7)}  # fmt: skip
KE_TOWNS = {"Nairobi": ("00100", 40), "Mombasa": ("80100", 15), "Kisumu": ("40100", 15), "Nakuru": ("20100", 10),
            "Nyeri": ("10100", 8), "Eldoret": ("30100", 7), "Thika": ("01000", 5)}  # fmt: skip
KE_PLACES = {"kikuyu": ["Nairobi", "Nyeri", "Nakuru", "Thika"], "luo": ["Kisumu", "Nairobi"],
             "coast": ["Mombasa"]}  # fmt: skip
TZ_REGIONS = {"Dar es Salaam": 40, "Arusha": 15, "Kilimanjaro": 12, "Mwanza": 12, "Dodoma": 8,
              "Tanga": 8, "Mbeya": 5}  # fmt: skip
TZ_TOWN = {"Dar es Salaam": "Dar es Salaam", "Arusha": "Arusha", "Kilimanjaro": "Moshi", "Mwanza": "Mwanza",
           "Dodoma": "Dodoma", "Tanga": "Tanga", "Mbeya": "Mbeya"}  # fmt: skip
UG_DISTRICTS = {"Wakiso": (["Nansana", "Kira", "Kasangati", "Wakiso"], 30), "Kampala": (["Kawempe", "Nakawa", "Rubaga", "Makindye"], 30),
                "Mukono": (["Goma", "Nama", "Seeta"], 15), "Masaka": (["Kimaanya", "Nyendo"], 10),
                "Mbarara": (["Kakoba", "Nyamitanga"], 8), "Gulu": (["Laroo", "Pece"], 7)}  # fmt: skip
UG_VILLAGES = ["Kiwatule", "Bulenga", "Namugongo", "Kyebando", "Bweyogerere", "Kireka", "Lubowa",
               "Nabweru", "Kitende", "Busega", "Mpererwe", "Kajjansi"]  # fmt: skip
RW_DISTRICTS = {"Gasabo": (["Kimironko", "Remera", "Kacyiru", "Gisozi"], 30), "Kicukiro": (["Niboye", "Kagarama", "Gatenga"], 20),
                "Nyarugenge": (["Nyamirambo", "Muhima"], 15), "Huye": (["Ngoma", "Tumba"], 12),
                "Musanze": (["Muhoza", "Cyuve"], 12), "Rubavu": (["Gisenyi", "Rugerero"], 11)}  # fmt: skip
#: P.O. Boxes many share: a church's, a firm's, a school's.
COMMON_BOXES = 60


class Swahili(Draws):
    SLIP_LETTERS = "aeiounmkwy"

    def population(self) -> None:
        self.pid = 0
        r = self.rnd
        self.agents = {c: [self.mobile(c) for _ in range(25)] for c in COUNTRIES}
        self.boxes = {
            "ke": [(r.randint(1, 99999), r.choice(list(KE_TOWNS))) for _ in range(COMMON_BOXES)],
            "tz": [(r.randint(1, 9999), r.choice(list(TZ_REGIONS))) for _ in range(COMMON_BOXES)],
        }
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ people
    def mobile(self, c: str) -> str:
        cc, pres, n = MOBILE[c]
        return "+" + cc + self.unique(lambda: self.rnd.choice(pres) + self.digits(n))

    def ids(self, p: dict) -> None:
        r, c, dob, age = self.rnd, p["c"], p["dob"], p["age"]
        p["ke_id"] = p["kra"] = p["nida"] = p["nin"] = p["rw_id"] = p["passport"] = None
        if age < 18:
            return
        if c == "ke":
            n = 7 if age > 45 and r.random() < 0.6 else 8
            p["ke_id"] = self.unique(lambda: str(r.randint(1, 9)) + self.digits(n - 1))
            if r.random() < 0.8:
                p["kra"] = self.unique(
                    lambda: "A" + "0" + self.digits(8) + r.choice("ABCDEFGHJKLMNPQRTVWXYZ")
                )
        elif c == "tz":
            day = f"{dob.year}{dob.month:02d}{dob.day:02d}" if p["exact"] else f"{dob.year}0101"
            p["nida"] = self.unique(
                lambda: day + self.digits(5) + "0000" + str(r.randint(1, 9)) + self.digits(2)
            )
        elif c == "ug":
            sex = "M" if p["sex"] == "M" else "F"
            al = "ABCDEFGHJKLMNPQRTUVWXYZ"
            p["nin"] = self.unique(
                lambda: (
                    f"C{sex}{dob.year % 100:02d}"
                    + self.digits(6)
                    + "".join(r.choice(al) for _ in range(4))
                )
            )
        else:
            sexd = "8" if p["sex"] == "M" else "7"
            p["rw_id"] = self.unique(
                lambda: f"1{dob.year}{sexd}" + self.digits(7) + "0" + self.digits(2)
            )
        if r.random() < 0.2:
            pre = {"ke": "AK", "tz": "AB", "ug": "B", "rw": "PC"}[c]
            p["passport"] = self.unique(lambda: pre + self.digits(9 - len(pre)))

    def person(
        self, c: str, people: str, sex: str, dob: dt.date, fam: dict, father: dict | None
    ) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, c=c, people=people, sex=sex, dob=dob, age=age, fam=fam,
                 spouse=None, head=None, kids=[], exact=not (age > 45 and r.random() < 0.45))  # fmt: skip
        male = sex == "M"
        pick = lambda table: wpick(r, spellings(table))  # noqa: E731
        muslim = people == "coast" or (people == "tzm")
        p["given"] = [
            pick(
                (MUSLIM_M if male else MUSLIM_F)
                if muslim
                else (CHRISTIAN_M if male else CHRISTIAN_F)
            )
        ]
        p["middle"] = None  # the father's given name, where a system writes it
        if people == "kikuyu":
            p["given"].append(pick(KIKUYU_M if male else KIKUYU_F))
            p["family"] = father["family"] if father else pick(KIKUYU_FAMILY)
        elif people == "luo":
            p["given"].append(pick(LUO_M if male else LUO_F))
            p["family"] = father["family"] if father else pick(LUO_FAMILY)
        elif people in ("coast", "tzm", "tzc"):
            if people == "tzc" and r.random() < 0.25:
                p["given"].append(pick(CHRISTIAN_M if male else CHRISTIAN_F))
            if father:
                p["middle"], p["family"] = (
                    father["given"][0],
                    father["family"] if people == "tzc" else father["middle"],
                )
            else:
                p["middle"] = pick(MUSLIM_M if muslim else CHRISTIAN_M)
                p["family"] = pick(COAST_FAMILY if muslim else TZ_FAMILY)
            if people != "tzc" and father is None and r.random() < 0.5:
                p["family"] = pick(MUSLIM_M)
        elif people == "ganda":
            if r.random() < 0.3:
                p["given"].append(pick(CHRISTIAN_M if male else CHRISTIAN_F))
            p["family"] = pick(GANDA_M if male else GANDA_F)
        elif people == "ugo":
            p["family"] = pick(UG_OTHER_M if male else UG_OTHER_F)
        else:  # rw: French given names and an own Kinyarwanda name
            p["given"] = [pick(FRENCH_M if male else FRENCH_F)]
            p["family"] = pick(RW_M if male else RW_F)
        if len(p["given"]) > 1 and p["given"][0] == p["given"][1]:
            p["given"] = p["given"][:1]
        if p["family"] in p["given"]:
            p["given"] = [g for g in p["given"] if g != p["family"]] or p["given"]
        p["age"] = age
        self.ids(p)
        p["mobiles"] = [self.mobile(c)] if age >= 16 else []
        if age >= 16 and r.random() < 0.2:
            p["mobiles"].append(self.mobile(c))
        self.persons.append(p)
        return p

    def household(self) -> None:
        r = self.rnd
        c = wpick(r, COUNTRIES)
        people = {
            "ke": lambda: wpick(r, {"kikuyu": 40, "luo": 35, "coast": 25}),
            "tz": lambda: wpick(r, {"tzc": 55, "tzm": 45}),
            "ug": lambda: wpick(r, {"ganda": 65, "ugo": 35}),
            "rw": lambda: "rw",
        }[c]()
        fam = {"c": c}
        if c == "ke":
            town = r.choice(KE_PLACES[people])
            fam["town"] = town
            fam["box"] = (
                (r.randint(1, 99999), town) if r.random() < 0.6 else r.choice(self.boxes["ke"])
            )
        elif c == "tz":
            fam["region"] = wpick(r, TZ_REGIONS)
            fam["box"] = (
                (r.randint(1, 9999), fam["region"])
                if r.random() < 0.6
                else r.choice(self.boxes["tz"])
            )
        elif c == "ug":
            fam["district"] = wpick(r, {k: v[1] for k, v in UG_DISTRICTS.items()})
            fam["sub"] = r.choice(UG_DISTRICTS[fam["district"]][0])
            fam["village"] = r.choice(UG_VILLAGES)
        else:
            fam["district"] = wpick(r, {k: v[1] for k, v in RW_DISTRICTS.items()})
            fam["sector"] = r.choice(RW_DISTRICTS[fam["district"]][0])
        head = self.person(
            c, people, "M" if r.random() < 0.85 else "F", self.dob(24, 75), fam, None
        )
        members = [head]
        if head["sex"] == "M" and r.random() < 0.75:
            wife = self.person(
                c,
                people,
                "F",
                head["dob"] + dt.timedelta(days=r.randint(-400, 365 * 10)),
                fam,
                None,
            )
            if people in ("kikuyu", "luo") and r.random() < 0.6:
                wife["family"] = head["family"]  # a wife takes her husband's name
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
        for _ in range(wpick(r, {0: 20, 1: 20, 2: 25, 3: 20, 4: 15})):
            hi = head["age"] - 20
            if len(self.persons) >= self.n or hi < 2:
                break
            kid = self.person(c, people, r.choice("MF"), self.dob(max(1, hi - 22), hi), fam, head)
            kid["head"] = head
            head["kids"].append(kid)
            members.append(kid)
        shared = head["mobiles"][0] if head["mobiles"] else None
        for m in members:
            m["members"] = members
            m["shared"] = shared if m is not head and r.random() < 0.35 else None

    # ------------------------------------------------------------ written forms
    def spell(self, name: str) -> str:
        r = self.rnd
        if name in SPELL and r.random() < 0.4:
            return wpick(r, spellings(SPELL[name]))
        if name in SINGLE and r.random() < 0.3:
            return SINGLE[name]
        return name

    def given_text(self, p: dict, drop: float = 0.3) -> str:
        r = self.rnd
        names = list(p["given"])
        if len(names) > 1 and r.random() < drop:
            names = [names[0]] if r.random() < 0.5 else [names[1]]
        out = []
        for g in names:
            g = g.replace("_", " ") if "_" in g else g
            if " " in g and r.random() < 0.2:  # Jean de Dieu -> Jean
                g = g.split(" ")[0] if r.random() < 0.5 else "J. " + g.split(" ", 1)[1]
            out.append(self.spell(g))
        return " ".join(out)

    def middle_text(self, p: dict) -> str | None:
        if not p["middle"]:
            return None
        m = self.spell(p["middle"])
        if p["people"] in ("coast", "tzm") and self.rnd.random() < 0.2:
            m = ("bin " if p["sex"] == "M" else "binti ") + m
        return m

    def whole(self, p: dict, order: str = "any", slip: float = 0.04, middle: float = 0.6) -> str:
        """The whole name in one box: given names, the father's name now and then, the family name,
        in either order."""
        r = self.rnd
        g, f = self.given_text(p), self.spell(p["family"])
        m = self.middle_text(p) if r.random() < middle else None
        first = [g, m] if m else [g]
        if order == "any":
            order = wpick(r, {"given": 60, "family": 30, "mixed": 10})
        if order == "given":
            parts = [*first, f]
        elif order == "family":
            parts = [f, *first]
        else:
            parts = g.split(" ")[::-1] + ([m] if m else []) + [f]
            r.shuffle(parts)
        return self.typo(" ".join(parts), slip)

    def caps(self, s: str | None, p: float = 0.6) -> str | None:
        return s.upper() if s and self.rnd.random() < p else s

    def phone(self, num: str | None) -> str | None:
        r = self.rnd
        if not num:
            return None
        cc, n = num[1:4], num[4:]
        forms = {f"0{n}": 35, f"+{cc}{n}": 20, f"{cc}{n}": 15, n: 10,
                 f"0{n[:3]} {n[3:6]} {n[6:]}": 10, f"+{cc} {n[:3]} {n[3:]}": 10}  # fmt: skip
        return wpick(r, forms)

    def own_mobile(self, p: dict, agent: float = 0.04) -> str | None:
        r = self.rnd
        if r.random() < agent:  # the agent's number, typed for the customer's
            return r.choice(self.agents[p["c"]])
        if p["shared"] and (r.random() < 0.5 or not p["mobiles"]):
            return p["shared"]
        return r.choice(p["mobiles"]) if p["mobiles"] else None

    def date(self, p: dict, fmt: str) -> str:
        d = p["dob"]
        if not p["exact"]:
            return wpick(
                self.rnd,
                {str(d.year): 60, f"01/01/{d.year}" if fmt != "iso" else f"{d.year}-01-01": 40},
            )
        return {"dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
                "iso": d.isoformat()}[fmt]  # fmt: skip

    def box(self, p: dict) -> str | None:
        r = self.rnd
        fam = p["fam"]
        n, place = fam["box"]
        if p["c"] == "ke":
            code = KE_TOWNS[place][0]
            return wpick(r, {f"P.O. Box {n}-{code} {place}": 40, f"P.O BOX {n} {place.upper()}": 25,
                             f"S.L.P {n}-{code}, {place}": 15, f"Box {n} {place}": 20})  # fmt: skip
        town = TZ_TOWN[place]
        return wpick(
            r,
            {f"S.L.P. {n} {town}": 45, f"SLP {n}, {town.upper()}": 25, f"P.O. Box {n} {town}": 30},
        )

    def id_typed(self, v: str | None, slip: float = 0.015) -> str | None:
        r = self.rnd
        if v and r.random() < slip:
            i = r.choice([i for i, ch in enumerate(v) if ch.isdigit()])
            v = v[:i] + str(r.randrange(10)) + v[i + 1 :]
        return v

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def ke_money(self, p: dict, holder: dict) -> None:
        r = self.rnd
        self.add("KE_MONEY", holder, {
            "Jina Kamili": self.caps(self.whole(holder), 0.7),
            "Nambari ya Simu": self.phone(self.own_mobile(p)),
            "Nambari ya Kitambulisho": self.id_typed(holder["ke_id"]) if r.random() < 0.92 else None,
            "KRA PIN": holder["kra"] if holder["kra"] and r.random() < 0.5 else None,
            "Tarehe ya Kuzaliwa": self.date(holder, "dmy") if r.random() < 0.8 else None,
            "Jinsia": wpick(r, {holder["sex"]: 50, {"M": "Mwanaume", "F": "Mwanamke"}[holder["sex"]]: 50}) if r.random() < 0.7 else None,
            "Anwani": self.box(holder) if r.random() < 0.5 else None,
        })  # fmt: skip

    def tz_bank(self, p: dict) -> None:
        r = self.rnd
        nida = p["nida"]
        if nida and r.random() < 0.6:
            nida = f"{nida[:8]}-{nida[8:13]}-{nida[13:18]}-{nida[18:]}"
        self.add("TZ_BANK", p, {
            "Namba ya Akaunti": self.unique(lambda: "01J" + self.digits(10)),
            "Jina la Kwanza": self.caps(self.typo(self.given_text(p, 0.4), 0.03), 0.5),
            "Jina la Kati": self.caps(self.middle_text(p), 0.5) if r.random() < 0.8 else None,
            "Jina la Ukoo": self.caps(self.typo(self.spell(p["family"]), 0.03), 0.5),
            "Tarehe ya Kuzaliwa": self.date(p, "dmy-") if r.random() < 0.9 else None,
            "Jinsia": {"M": "ME", "F": "KE"}[p["sex"]] if r.random() < 0.85 else None,
            "Namba ya NIDA": self.id_typed(nida) if r.random() < 0.8 else None,
            "Namba ya Simu": self.phone(self.own_mobile(p)) if r.random() < 0.92 else None,
            "Anwani": self.box(p) if r.random() < 0.6 else None,
            "Mkoa": p["fam"]["region"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def ug_sacco(self, p: dict) -> None:
        r = self.rnd
        kin = [m for m in p["members"] if m is not p and m["age"] >= 18]
        kin = r.choice(kin) if kin and r.random() < 0.8 else None
        fam = p["fam"]
        self.add("UG_SACCO", p, {
            "Member No": self.unique(lambda: "SAC/" + self.digits(5)),
            "Surname": self.caps(self.typo(self.spell(p["family"]), 0.03), 0.6),
            "Given Names": self.caps(self.typo(self.given_text(p), 0.03), 0.6),
            "NIN": self.id_typed(p["nin"]) if r.random() < 0.85 else None,
            "Date of Birth": self.date(p, "dmy") if r.random() < 0.85 else None,
            "Sex": wpick(r, {p["sex"]: 50, {"M": "Male", "F": "Female"}[p["sex"]]: 50}) if r.random() < 0.9 else None,
            "Phone": self.phone(self.own_mobile(p)) if r.random() < 0.92 else None,
            "Village": fam["village"] if r.random() < 0.7 else None,
            "Sub-county": fam["sub"] if r.random() < 0.7 else None,
            "District": fam["district"] if r.random() < 0.9 else None,
            "Next of Kin": self.caps(self.whole(kin, slip=0.04), 0.5) if kin else None,
            "Next of Kin Phone": self.phone(self.own_mobile(kin, 0.0)) if kin and r.random() < 0.7 else None,
        })  # fmt: skip

    def rw_telco(self, p: dict, number: str, holder: dict) -> None:
        r = self.rnd
        family, given = self.caps(self.spell(holder["family"]), 0.8), self.given_text(holder)
        if r.random() < 0.1:  # the two boxes the other way round
            family, given = given, family
        rid = holder["rw_id"]
        if rid and r.random() < 0.35:
            rid = f"{rid[0]} {rid[1:5]} {rid[5]} {rid[6:13]} {rid[13]} {rid[14:]}"
        self.add("RW_TELCO", holder, {
            "Nimero ya Telefoni": self.phone(number),
            "Izina ry'umuryango": self.typo(family, 0.03),
            "Amazina": self.typo(given, 0.03),
            "Indangamuntu": self.id_typed(rid) if r.random() < 0.9 else None,
            "Date de naissance": self.date(holder, "dmy") if r.random() < 0.75 else None,
            "Igitsina": {"M": "Gabo", "F": "Gore"}[holder["sex"]] if r.random() < 0.8 else None,
            "Akarere": holder["fam"]["district"] if r.random() < 0.8 else None,
            "Umurenge": holder["fam"]["sector"] if r.random() < 0.6 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        kin = [m for m in p["members"] if m is not p and m["age"] >= 16]
        rec = r.choice(kin) if kin and r.random() < 0.8 else None
        doc = "passport" if p["passport"] and r.random() < 0.5 else "nid"
        nid = p["ke_id"] or p["nida"] or p["nin"] or p["rw_id"]
        self.add("REMIT", p, {
            "txn_ref": self.unique(lambda: "RM" + self.digits(9)),
            "sender_name": self.caps(self.whole(p, slip=0.05, middle=0.3), 0.4),
            "sender_msisdn": self.phone(self.own_mobile(p, 0.02)) if r.random() < 0.95 else None,
            "sender_id_type": {"passport": "PASSPORT", "nid": "NATIONAL ID"}[doc],
            "sender_id_no": self.id_typed(p["passport"] if doc == "passport" else nid),
            "sender_dob": self.date(p, "iso") if r.random() < 0.8 else None,
            "sender_country": COUNTRY_NAME[p["c"]] if r.random() < 0.5 else p["c"].upper(),
            "receiver_name": self.caps(self.whole(rec, slip=0.05, middle=0.2), 0.4) if rec else None,
            "receiver_msisdn": self.phone(self.own_mobile(rec, 0.0)) if rec and r.random() < 0.9 else None,
            "receiver_country": r.choice([c for c in COUNTRY_NAME.values() if c != COUNTRY_NAME[p["c"]]]) if rec else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            c, age = p["c"], p["age"]
            n0 = len(self.rows)
            if c == "ke" and age >= 18 and r.random() < 0.85:
                for _ in range(wpick(r, {1: 30, 2: 35, 3: 25, 4: 10})):
                    self.ke_money(p, p)
            if c == "tz" and age >= 18 and r.random() < 0.85:
                for _ in range(wpick(r, {1: 30, 2: 40, 3: 30})):
                    self.tz_bank(p)
            if c == "ug" and age >= 18 and r.random() < 0.85:
                for _ in range(wpick(r, {1: 30, 2: 40, 3: 30})):
                    self.ug_sacco(p)
            if c == "rw" and age >= 12 and p["mobiles"] and r.random() < 0.9:
                holder = p if p["rw_id"] else p["head"]
                if holder:
                    for number in p["mobiles"]:
                        self.rw_telco(p, number, holder if r.random() < 0.85 else p)
                        if r.random() < 0.4:  # registered again
                            self.rw_telco(p, number, holder)
            if age >= 20 and r.random() < 0.25:
                for _ in range(r.choice([1, 1, 2, 3])):
                    self.remit(p)
            if len(self.rows) == n0 and age >= 18:
                if c == "ke":
                    self.ke_money(p, p)
                else:
                    {"tz": self.tz_bank, "ug": self.ug_sacco, "rw": self.remit}[c](p)
        return self.shuffled("row_id", "EA")


def swahili(persons: int = 5800, seed: int = 254) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Swahili.frame(persons, seed, "row_id")
