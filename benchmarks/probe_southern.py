"""A Southern African mobile-money, bank, telco and insurer group's customers in Zimbabwe, Zambia,
Malawi, Mozambique, Angola and Botswana, and their diaspora in South Africa and the UK: five
systems stacked in one file (a ``system`` column; a column of the same name in two systems is one
column).

* A mobile wallet's KYC (``WALLET``), English columns: ``msisdn`` (``263771234567``,
  ``0771 234 567``, ``+263 77 123 4567``), ``first_name`` / ``middle_name`` / ``surname`` in
  capitals as the agent copied them, ``date_of_birth`` (``1988-06-15``; ``01/01/1988`` where only
  the year was known), ``gender``, ``id_type`` / ``id_number`` (a Zimbabwean national id
  ``63-123456 X 42``, a Zambian NRC ``123456/78/1``, a Malawian id ``K8T4P2X9``, a Botswana Omang),
  ``country``, ``town``.
* A Mozambican and Angolan bank's core (``BANCO``), Portuguese columns: ``nome`` (the given
  names), ``apelido`` (the surnames), ``data_nascimento`` (``15/06/1988``), ``sexo``,
  ``bilhete_identidade`` (``110100123456A``, ``001234567LA041``), ``telemovel`` (``84 123 4567``,
  ``+258 84 123 4567``, ``923 456 789``), ``morada``, ``bairro``, ``provincia``.
* A Zambian and Malawian telco's SIM registry (``SIM_REG``): ``MSISDN``, ``SUBSCRIBER_NAME`` (one
  box, either order), ``ID_NO``, ``DOB``, ``DISTRICT``; a child's line on a parent's id.
* A funeral-cover insurer (``FUNERAL``), one row per policy: ``policy_no``, ``ph_name``,
  ``ph_surname``, ``ph_id_no``, ``ph_dob``, ``ph_cell``, the first dependant's
  ``dep1_name`` / ``dep1_dob`` / ``dep1_cell`` (a spouse or a child, often on the policyholder's
  phone) and the ``beneficiary_name`` / ``beneficiary_cell``, ``branch``.
* A cross-border remittance app in Johannesburg (``REMIT``): ``sender_name``, ``sender_cell`` (a
  ``+27`` number or the home one), ``sender_id_type`` / ``sender_id_no`` (a passport, an
  asylum-seeker permit, the home id), ``sender_dob``, ``sender_country``, ``recipient_name`` and
  ``recipient_cell`` (a relative at home: often a customer too), ``payout_city``.

Names: Shona, Ndebele, Bemba, Chewa, Tonga and Tswana given names beside English ones
(``Tendai``, ``Nyasha``, ``Chisomo`` / ``Blessing``, ``Precious``, ``Memory``, ``Gift``); a person
goes by the English one in one system, the African one in another, both in a third; a few very
common family names (``Moyo``, ``Ncube``, ``Banda``, ``Phiri``, ``Mwale``, ``Dube``, ``Sibanda``),
so many namesakes; Mozambicans and Angolans with one or two given names and two or three
surnames with ``dos``/``da``/``de`` kept or dropped (``João Manuel dos Santos Macuácua``),
accents dropped; all capitals; birth dates missing or ``01/01/YYYY``; a family on one phone; a
dependant's name and phone on the policyholder's row; recipients who are customers too.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from draws import TODAY, Draws, spellings, wpick

COUNTRIES = {"zw": 30, "zm": 18, "mw": 14, "mz": 16, "ao": 10, "bw": 12}

#: African given names per people: {name: weight}; spellings in :data:`SPELL`.
AFRICAN_M = {
    "zw": "Tendai:8 Tatenda:8 Farai:6 Tafadzwa:7 Kudakwashe:5 Tinashe:7 Takudzwa:4 Simbarashe:5 "
    "Nkosana:3 Themba:4 Sipho:3 Mandla:3 Tawanda:5 Munyaradzi:4 Tapiwa:4 Ngonidzashe:2",
    "zm": "Mwansa:8 Chanda:8 Mulenga:7 Bwalya:7 Musonda:5 Chilufya:5 Mutale:5 Kabwe:4 Lubinda:2 "
    "Chisanga:3 Mwila:4 Kondwani:2",
    "mw": "Chisomo:6 Kondwani:7 Chikondi:6 Yamikani:5 Mphatso:6 Dalitso:4 Tiyamike:3 Limbani:4 "
    "Madalitso:5 Thokozani:4 Chimwemwe:4",
    "bw": "Kagiso:7 Thabo:6 Tumelo:6 Kabelo:6 Mpho:5 Lesego:4 Tshepo:6 Onkemetse:3 Oratile:3 "
    "Boitumelo:3 Kgosi:3",
}
AFRICAN_F = {
    "zw": "Nyasha:8 Chipo:8 Rutendo:6 Tsitsi:6 Rumbidzai:5 Thandiwe:5 Nokuthula:4 Ruvimbo:4 "
    "Vimbai:4 Tariro:5 Fadzai:4 Shamiso:3 Tatenda:4 Nyasha:3 Sithembile:3",
    "zm": "Mwansa:5 Chanda:5 Mutinta:6 Natasha:3 Chileshe:6 Mapalo:5 Bupe:4 Thandiwe:4 Luyando:4 "
    "Mwila:4 Musonda:3 Namukolo:2",
    "mw": "Chisomo:6 Chikondi:6 Tamanda:6 Thokozani:4 Madalitso:4 Tiwonge:5 Chimwemwe:4 "
    "Yamikani:4 Mphatso:4 Takondwa:3",
    "bw": "Kagiso:5 Lesego:6 Boitumelo:6 Neo:6 Mpho:5 Onalenna:4 Tebogo:4 Naledi:5 Kefilwe:4 "
    "Goitseone:3",
}
ENGLISH_M = (
    "Blessing:10 Gift:9 Innocent:8 Godfrey:4 Brighton:5 Prince:4 Lovemore:5 Takesure:2 Clever:3 "
    "Knowledge:3 Justice:4 Trust:3 Patrick:4 John:6 Joseph:5 Peter:4 Emmanuel:4 Moses:3 Charles:3 "
    "Edward:2 Clement:2 Wellington:2 Learnmore:2 Fortune:3 Givemore:2 Isaac:3 Nelson:2"
)
ENGLISH_F = (
    "Precious:10 Memory:9 Loveness:8 Blessing:8 Gift:5 Patience:6 Charity:5 Mercy:6 Faith:5 "
    "Grace:6 Sharon:3 Beauty:4 Esther:4 Ruth:3 Mary:5 Agnes:3 Chiedza:2 Juliet:3 Rudo:2 "
    "Pretty:2 Fortunate:2 Getrude:2 Eunice:2 Tendai:1"
)
#: Second spellings heard: {name: "spelling:weight ..."}.
SPELL = {
    "Loveness": "Loveness:70 Lovenes:15 Lovness:15",
    "Getrude": "Getrude:60 Gertrude:40",
    "Tafadzwa": "Tafadzwa:80 Tafadzva:20",
    "Kudakwashe": "Kudakwashe:80 Kudakwash:20",
    "Ngonidzashe": "Ngonidzashe:80 Ngoni:20",
    "Chilufya": "Chilufya:80 Chilufiya:20",
    "Chimwemwe": "Chimwemwe:80 Chimwewe:20",
    "Thokozani": "Thokozani:80 Tokozani:20",
    "Mphatso": "Mphatso:85 Mpatso:15",
    "Thandiwe": "Thandiwe:70 Tandiwe:15 Thandie:15",
    "Rumbidzai": "Rumbidzai:80 Rumbi:20",
    "Munyaradzi": "Munyaradzi:80 Munya:20",
    "Simbarashe": "Simbarashe:80 Simba:20",
    "Boitumelo": "Boitumelo:80 Tumi:20",
}
SURNAMES = {
    "zw": "Moyo:30 Ncube:25 Sibanda:22 Dube:20 Ndlovu:18 Nyathi:8 Mpofu:10 Mlambo:6 Chikwanha:4 "
    "Mutasa:5 Chiweshe:3 Marufu:3 Mugabe:2 Chinyama:3 Zhou:6 Shumba:8 Gumbo:6 Makoni:4 "
    "Mhlanga:5 Mapfumo:3 Nkomo:5 Tshuma:5 Masuku:4 Mhike:2",
    "zm": "Banda:25 Phiri:25 Mwale:15 Mulenga:12 Bwalya:10 Zulu:12 Tembo:10 Lungu:12 Chanda:8 "
    "Mumba:8 Sakala:6 Daka:5 Ngoma:6 Musonda:6 Kapembwa:3 Siame:3 Hamoonga:3 Mweemba:4",
    "mw": "Banda:30 Phiri:25 Mwale:15 Chirwa:10 Kumwenda:8 Nyirenda:10 Gondwe:8 Mhango:6 Mbewe:6 "
    "Chisale:4 Kachale:3 Tembo:8 Msiska:5 Zulu:6 Kaunda:4 Chimwaza:3",
    "bw": "Molefe:10 Mosweu:6 Kgosi:6 Seretse:4 Mogotsi:8 Modise:8 Motsumi:5 Sebego:4 Tau:6 "
    "Moyo:6 Dube:4 Ramotswa:3 Gaolathe:3 Pilane:3 Keabetswe:3",
}
PT_GIVEN_M = (
    "João:12 José:12 Manuel:12 António:10 Carlos:8 Paulo:7 Francisco:6 Pedro:6 Armando:5 Alberto:5 "
    "Fernando:6 Luís:5 Domingos:5 Jorge:4 Augusto:4 Celso:3 Ernesto:4 Feliciano:3 Joaquim:4 "
    "Mateus:3 Filipe:3 Agostinho:3 Inácio:2"
)
PT_GIVEN_F = (
    "Maria:15 Ana:10 Isabel:6 Teresa:5 Luísa:5 Helena:4 Rosa:5 Joana:4 Fátima:5 Celeste:3 Lúcia:4 "
    "Graça:3 Esperança:4 Albertina:3 Felizarda:3 Joaquina:3 Amélia:4 Beatriz:3 Cristina:3"
)
#: Portuguese surnames with their particle (may be dropped).
PT_SURNAMES = (
    "dos_Santos:12 da_Silva:10 Fernandes:6 da_Costa:8 Pereira:6 Gomes:5 de_Sousa:6 "
    "Rodrigues:4 Ferreira:5 Mendes:4 Lopes:4 Domingos:4 Manuel:3 da_Conceição:5 de_Almeida:4 "
    "dos_Reis:3 Cardoso:3 Baptista:3 Neto:3 Francisco:3"
)
MZ_BANTU = (
    "Macuácua:8 Cossa:8 Sitoe:7 Nhantumbo:7 Mondlane:5 Tembe:7 Langa:6 Muianga:5 Chissano:4 "
    "Mabunda:5 Matsinhe:5 Bila:4 Mucavele:4 Chauque:5 Nhaca:3 Zimba:4 Mussa:3 Cumbe:4 Massingue:4"
)
AO_BANTU = "Kiala:4 Mbala:4 Kassoma:3 Cassule:4 Muhongo:3 Kalunga:4 Ngola:3 Tchipilica:2 Bumba:3"

PLACES = {
    "zw": {"Harare": (["Mbare", "Highfield", "Budiriro", "Glen View", "Chitungwiza"], 40),
           "Bulawayo": (["Nkulumane", "Pumula", "Mpopoma", "Entumbane"], 25), "Gweru": (["Mkoba", "Senga"], 10),
           "Mutare": (["Sakubva", "Dangamvura"], 10), "Masvingo": (["Mucheke", "Rujeko"], 8)},
    "zm": {"Lusaka": (["Matero", "Kanyama", "Chawama", "Mtendere"], 45), "Kitwe": (["Chimwemwe", "Nkana"], 20),
           "Ndola": (["Chifubu", "Kansenshi"], 15), "Livingstone": (["Maramba", "Dambwa"], 10)},
    "mw": {"Lilongwe": (["Area 25", "Area 49", "Kawale"], 40), "Blantyre": (["Ndirande", "Chilomoni", "Zingwangwa"], 35),
           "Mzuzu": (["Chibavi", "Katawa"], 15), "Zomba": (["Chinamwali", "Chikanda"], 10)},
    "mz": {"Maputo": (["Polana Caniço", "Chamanculo", "Malhangalene", "Xipamanine"], 40),
           "Matola": (["Machava", "Fomento", "Liberdade"], 20), "Beira": (["Munhava", "Manga"], 20),
           "Nampula": (["Muahivire", "Namicopo"], 20)},
    "ao": {"Luanda": (["Cazenga", "Viana", "Rangel", "Maianga", "Kilamba"], 60), "Benguela": (["Calombotão", "Lobito"], 20),
           "Huambo": (["Kapango", "Benfica"], 20)},
    "bw": {"Gaborone": (["Broadhurst", "Tlokweng", "Block 8"], 50), "Francistown": (["Monarch", "Tatitown"], 25),
           "Maun": (["Boseja", "Disaneng"], 10), "Molepolole": (["Borakalalo"], 15)},
}  # fmt: skip
MZ_PROVINCE = {
    "Maputo": "Maputo Cidade",
    "Matola": "Maputo",
    "Beira": "Sofala",
    "Nampula": "Nampula",
}
AVENUES = ["Eduardo Mondlane", "Samora Machel", "Deolinda Rodrigues", "4 de Fevereiro",
           "24 de Julho", "25 de Setembro", "Julius Nyerere", "Karl Marx", "Ho Chi Min"]  # fmt: skip
ZW_DISTRICTS = ["63", "08", "29", "48", "58", "70", "75", "42", "07", "22", "13", "32", "50", "83"]
#: Mobile prefixes after the country code.
MOBILE = {"zw": ("263", ["77", "78", "71"], 7), "zm": ("260", ["97", "96", "77", "76"], 7),
          "mw": ("265", ["99", "88"], 7), "mz": ("258", ["84", "82", "86", "85"], 7),
          "ao": ("244", ["923", "924", "925", "912", "931"], 6), "bw": ("267", ["71", "72", "73", "74", "75", "76"], 6),
          "za": ("27", ["72", "73", "74", "76", "78", "79", "82", "83", "84"], 7),
          "uk": ("44", ["7"], 9)}  # fmt: skip
COUNTRY_NAME = {"zw": "Zimbabwe", "zm": "Zambia", "mw": "Malawi", "mz": "Mozambique", "ao": "Angola",
                "bw": "Botswana"}  # fmt: skip
ZW_CHECK = "ZABCDEFGHJKLMNPQRSTVWXY"


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Southern(Draws):
    SLIP_LETTERS = "aeiounmhkw"

    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ people
    def mobile(self, country: str) -> str:
        cc, pres, n = MOBILE[country]
        return "+" + cc + self.unique(lambda: self.rnd.choice(pres) + self.digits(n))

    def national_id(self, c: str, sex: str, dob: dt.date) -> str:
        r = self.rnd
        if c == "zw":
            d = r.choice(ZW_DISTRICTS)
            serial = self.digits(r.choice([6, 6, 7]))
            check = ZW_CHECK[int(d + serial) % 23]
            return self.unique(lambda: f"{d}-{serial} {check} {r.choice(ZW_DISTRICTS)}")
        if c == "zm":
            return self.unique(lambda: f"{self.digits(6)}/{r.randint(10, 99)}/1")
        if c == "mw":
            al = "ABCDEFGHJKLMNPRSTVWXYZ0123456789"
            return self.unique(
                lambda: r.choice("ABCDEFGHJKLMNPRSTVWXYZ") + "".join(r.choice(al) for _ in range(7))
            )
        if c == "bw":
            return self.unique(
                lambda: self.digits(4) + ("1" if sex == "M" else "2") + self.digits(4)
            )
        if c == "mz":
            return self.unique(
                lambda: (
                    f"1{r.randint(1, 9)}0{r.randint(1, 9)}0{self.digits(7)}{r.choice('ABCDFGMNPQ')}"
                )
            )
        return self.unique(
            lambda: f"00{self.digits(7)}{r.choice(['LA', 'BA', 'HO', 'BE', 'UE'])}0{self.digits(2)}"
        )

    def given_names(self, c: str, sex: str) -> dict:
        r = self.rnd
        if c in ("mz", "ao"):
            t = PT_GIVEN_M if sex == "M" else PT_GIVEN_F
            first = wpick(r, spellings(t))
            second = wpick(r, spellings(t)) if r.random() < 0.55 else None
            if second == first:
                second = None
            return {"pt": [first] + ([second] if second else []), "african": None, "english": None}
        afr = wpick(r, spellings((AFRICAN_M if sex == "M" else AFRICAN_F)[c]))
        eng = wpick(r, spellings(ENGLISH_M if sex == "M" else ENGLISH_F))
        kind = wpick(r, {"both": 55, "african": 28, "english": 17})
        return {
            "pt": None,
            "african": afr if kind != "english" else None,
            "english": eng if kind != "african" else None,
            # which comes first when both are written
            "eng_first": r.random() < 0.6,
        }

    def surname(self, c: str) -> list[str]:
        r = self.rnd
        if c == "mz":
            out = [wpick(r, spellings(PT_SURNAMES))] if r.random() < 0.7 else []
            out.append(wpick(r, spellings(MZ_BANTU if r.random() < 0.8 else PT_SURNAMES)))
            return [s for i, s in enumerate(out) if s not in out[:i]]
        if c == "ao":
            out = [wpick(r, spellings(PT_SURNAMES))]
            if r.random() < 0.6:
                out.append(wpick(r, spellings(AO_BANTU if r.random() < 0.4 else PT_SURNAMES)))
            return [s for i, s in enumerate(out) if s not in out[:i]]
        return [wpick(r, spellings(SURNAMES[c]))]

    def person(
        self, c: str, sex: str, dob: dt.date, fam: list[str], home: dict, where: str
    ) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, c=c, sex=sex, dob=dob, where=where, spouse=None, head=None, kids=[],
                 home=home, surname=fam, given=self.given_names(c, sex))  # fmt: skip
        p["year_only"] = r.random() < 0.12
        p["nid"] = self.national_id(c, sex, dob) if age >= 16 else None
        p["passport"] = (
            self.unique(lambda: r.choice(["FN", "EN", "ZN", "AB"]) + self.digits(6))
            if where != "home" and age >= 16
            else None
        )
        p["asylum"] = (
            self.unique(lambda: f"JHB{c.upper()}{self.digits(6)}{r.randint(14, 24)}")
            if where == "za" and r.random() < 0.35
            else None
        )
        mobiles = []
        if age >= 15:
            if where != "home":
                mobiles.append(self.mobile(where))
            if where == "home" or r.random() < 0.6:
                mobiles.append(self.mobile(c))
            if r.random() < 0.2:
                mobiles.append(self.mobile(c))
        p["mobiles"] = mobiles
        self.persons.append(p)
        return p

    def household(self) -> None:
        r = self.rnd
        c = wpick(r, COUNTRIES)
        city = wpick(r, {k: v[1] for k, v in PLACES[c].items()})
        road = wpick(r, {f"Rua {r.randint(1, 200)}": 50, f"Avenida {r.choice(AVENUES)}": 50})
        home = {"city": city, "bairro": r.choice(PLACES[c][city][0]), "road": road,
                "number": str(r.randint(1, 4000))}  # fmt: skip
        where = "home"
        if c in ("zw", "mw", "zm", "mz") and r.random() < 0.25:
            where = "za" if r.random() < 0.8 else "uk"
        fam = self.surname(c)
        head = self.person(c, "M" if r.random() < 0.8 else "F", self.dob(24, 72), fam, home, where)
        members = [head]
        if head["sex"] == "M" and r.random() < 0.7:
            if c in ("mz", "ao"):
                wfam = self.surname(c)
                if r.random() < 0.4:
                    wfam = wfam[:1] + fam[-1:]
            else:
                wfam = fam if r.random() < 0.75 else self.surname(c)
            wife = self.person(c, "F", head["dob"] + dt.timedelta(days=r.randint(-700, 365 * 8)), wfam, home,
                               where if r.random() < 0.6 else "home")  # fmt: skip
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
        for _ in range(wpick(r, {0: 25, 1: 25, 2: 25, 3: 15, 4: 10})):
            if len(self.persons) >= self.n:
                break
            age_hi = (TODAY - head["dob"]).days / 365.25 - 20
            if age_hi < 2:
                break
            kfam = (
                fam
                if c not in ("mz", "ao")
                else ((members[1]["surname"][:1] if len(members) > 1 else []) + fam[-1:])
            )
            kfam = [s for i, s in enumerate(kfam) if s not in kfam[:i]]
            kid = self.person(c, r.choice("MF"), self.dob(max(1, age_hi - 20), age_hi), kfam, home,
                              "home" if r.random() < 0.8 else where)  # fmt: skip
            kid["head"] = head
            head["kids"].append(kid)
            members.append(kid)
        shared = head["mobiles"][-1] if head["mobiles"] else None
        for m in members:
            m["shared"] = shared if m is not head and r.random() < 0.35 else None

    # ------------------------------------------------------------ written forms
    def given_text(self, p: dict, style: str = "any") -> str:
        """The given names as one system writes them: the English one, the African one or both."""
        r = self.rnd
        g = p["given"]
        if g["pt"]:
            names = g["pt"] if r.random() < 0.7 else g["pt"][:1]
            return " ".join(names)
        have = [x for x in (g["english"], g["african"]) if x]
        if len(have) == 2:
            pick = wpick(
                r, {"both": 40, "english": 30, "african": 30} if style == "any" else {style: 1}
            )
            have = (have if g["eng_first"] else have[::-1]) if pick == "both" else [g[pick]]
        return " ".join(wpick(r, spellings(SPELL[x])) if x in SPELL else x for x in have)

    def surname_text(self, p: dict) -> str:
        r = self.rnd
        parts = p["surname"]
        if len(parts) > 1 and r.random() < 0.3:
            parts = parts[-1:]
        out = []
        for s in parts:
            if " " in s and r.random() < 0.35:
                s = s.split(" ", 1)[1]  # dos Santos -> Santos
            out.append(s)
        return " ".join(out)

    def whole(self, p: dict, order: str = "given", slip: float = 0.04) -> str:
        g, f = self.given_text(p), self.surname_text(p)
        if order == "either":
            order = "given" if self.rnd.random() < 0.65 else "family"
        return self.typo(f"{g} {f}" if order == "given" else f"{f} {g}", slip)

    def caps(self, s: str | None, p: float = 0.7) -> str | None:
        if s and self.rnd.random() < p:
            return _plain(s).upper() if self.rnd.random() < 0.7 else s.upper()
        return s

    def phone(self, num: str | None) -> str | None:
        r = self.rnd
        if not num:
            return None
        for cc in ("263", "260", "265", "258", "244", "267", "27", "44"):
            if num[1:].startswith(cc):
                n = num[1 + len(cc) :]
                break
        lead = "" if cc == "244" or cc == "258" or cc == "267" else "0"
        a, b = (n[:2], n[2:]) if cc != "244" else (n[:3], n[3:])
        return wpick(r, {
            f"{lead}{n}": 30, f"{lead}{a} {b[:3]} {b[3:]}": 15, f"+{cc} {a} {b[:3]} {b[3:]}": 15,
            f"{cc}{n}": 20, f"+{cc}{n}": 12, f"00{cc}{n}": 8,
        })  # fmt: skip

    def own_mobile(self, p: dict, local: bool = False) -> str | None:
        if p["shared"] and self.rnd.random() < 0.45:
            return p["shared"]
        ms = p["mobiles"]
        if local:
            ms = [m for m in ms if not m.startswith(("+27", "+44"))] or ms
        return self.rnd.choice(ms) if ms else p["shared"]

    def date(self, p: dict, fmt: str) -> str | None:
        r = self.rnd
        d = p["dob"]
        if p["year_only"] or r.random() < 0.04:
            d = dt.date(d.year, 1, 1)
        if r.random() < 0.01:
            d = d.replace(day=min(28, d.month))  # day and month the other way now and then
        if fmt == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if fmt == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return d.isoformat()

    def id_text(self, p: dict) -> str | None:
        r = self.rnd
        nid = p["nid"]
        if not nid:
            return None
        if r.random() < 0.03:
            i = r.randrange(len(nid))
            if nid[i].isdigit():
                nid = nid[:i] + str(r.randrange(10)) + nid[i + 1 :]
        c = p["c"]
        if c == "zw":
            bare = nid.replace("-", "").replace(" ", "")
            return wpick(
                r, {nid: 35, bare: 30, nid.replace(" ", ""): 20, nid.replace("-", " "): 15}
            )
        if c == "zm":
            return wpick(r, {nid: 80, nid.replace("/", ""): 20})
        if c == "bw":
            return wpick(r, {nid: 85, f"{nid[:4]} {nid[4:]}": 15})
        if c == "mz":
            return wpick(r, {nid: 80, nid.lower(): 5, f"{nid[:12]} {nid[12:]}": 15})
        return nid

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def town(self, p: dict) -> str:
        return {"za": "Johannesburg", "uk": "Leicester"}.get(p["where"], p["home"]["city"])

    # ------------------------------------------------------------ systems
    def wallet(self, p: dict) -> None:
        r = self.rnd
        g = self.given_text(p).split(" ")
        first, middle = g[0], " ".join(g[1:]) or None
        if middle and r.random() < 0.3:
            first, middle = " ".join(g), None
        num = self.own_mobile(p, local=True)
        doc = "passport" if p["where"] != "home" and p["passport"] and r.random() < 0.4 else "nid"
        self.add("WALLET", p, {
            "msisdn": self.phone(num),
            "first_name": self.caps(self.typo(first, 0.03), 0.85),
            "middle_name": self.caps(middle, 0.85),
            "surname": self.caps(self.typo(self.surname_text(p), 0.03), 0.85),
            "date_of_birth": self.date(p, wpick(r, {"iso": 60, "dmy": 40})) if r.random() < 0.85 else None,
            "gender": wpick(r, {p["sex"]: 60, {"M": "Male", "F": "Female"}[p["sex"]]: 40}) if r.random() < 0.9 else None,
            "id_type": {"nid": "National ID", "passport": "Passport"}[doc] if r.random() < 0.9 else None,
            "id_number": (p["passport"] if doc == "passport" else self.id_text(p)) if r.random() < 0.85 else None,
            "country": COUNTRY_NAME[p["c"]],
            "town": p["home"]["city"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def morada(self, h: dict) -> str:
        """The street and the house's number as a branch's clerk writes them."""
        r = self.rnd
        road = h["road"].replace("Avenida", "Av.") if r.random() < 0.4 else h["road"]
        return wpick(r, {f"{road}, {h['number']}": 40, f"{road}, casa {h['number']}": 25,
                         f"{road}, n.º {h['number']}": 15, f"{road} {h['number']}": 10,
                         f"{road}, {h['number']}, {h['bairro']}": 10})  # fmt: skip

    def banco(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        nome, apelido = self.given_text(p), self.surname_text(p)
        if r.random() < 0.08:  # everything in the one box
            nome, apelido = f"{nome} {apelido}", None
        self.add("BANCO", p, {
            "numero_cliente": self.unique(lambda: self.digits(10)),
            "nome": self.caps(self.typo(nome, 0.03), 0.6),
            "apelido": self.caps(self.typo(apelido, 0.03), 0.6),
            "data_nascimento": self.date(p, wpick(r, {"dmy": 70, "dmy-": 30})) if r.random() < 0.9 else None,
            "sexo": wpick(r, {p["sex"]: 50, {"M": "Masculino", "F": "Feminino"}[p["sex"]]: 50}) if r.random() < 0.9 else None,
            "bilhete_identidade": self.id_text(p) if r.random() < 0.85 else None,
            "telemovel": self.phone(self.own_mobile(p, local=True)) if r.random() < 0.9 else None,
            "morada": self.morada(h) if r.random() < 0.7 else None,
            "bairro": h["bairro"] if r.random() < 0.8 else None,
            "provincia": (MZ_PROVINCE.get(h["city"], h["city"])) if r.random() < 0.8 else None,
        })  # fmt: skip

    def sim(self, p: dict, number: str, holder: dict) -> None:
        r = self.rnd
        self.add("SIM_REG", holder, {
            "MSISDN": number[1:] if r.random() < 0.6 else self.phone(number),
            "SUBSCRIBER_NAME": self.caps(self.whole(holder, "either"), 0.9),
            "ID_NO": self.id_text(holder) if r.random() < 0.9 else None,
            "DOB": self.date(holder, "dmy") if r.random() < 0.75 else None,
            "DISTRICT": holder["home"]["city"].upper() if r.random() < 0.8 else None,
        })  # fmt: skip

    def funeral(self, p: dict) -> None:
        r = self.rnd
        deps = [m for m in [p["spouse"], *p["kids"]] if m]
        dep = r.choice(deps) if deps and r.random() < 0.85 else None
        ben = p["spouse"] or (p["kids"][0] if p["kids"] else None) or p["head"]
        ph_cell = self.own_mobile(p)
        self.add("FUNERAL", p, {
            "policy_no": self.unique(lambda: "FP" + self.digits(8)),
            "ph_name": self.caps(self.typo(self.given_text(p), 0.03), 0.5),
            "ph_surname": self.caps(self.typo(self.surname_text(p), 0.03), 0.5),
            "ph_id_no": (p["passport"] if p["where"] != "home" and r.random() < 0.5 else self.id_text(p)) if r.random() < 0.85 else None,
            "ph_dob": self.date(p, "dmy") if r.random() < 0.85 else None,
            "ph_cell": self.phone(ph_cell) if r.random() < 0.95 else None,
            "dep1_name": self.caps(self.whole(dep, slip=0.03), 0.5) if dep else None,
            "dep1_dob": self.date(dep, "dmy") if dep and r.random() < 0.7 else None,
            "dep1_cell": self.phone(ph_cell if r.random() < 0.6 or not dep["mobiles"] else self.own_mobile(dep)) if dep and r.random() < 0.6 else None,
            "beneficiary_name": self.caps(self.whole(ben, slip=0.03), 0.5) if ben and r.random() < 0.8 else None,
            "beneficiary_cell": self.phone(self.own_mobile(ben)) if ben and r.random() < 0.5 else None,
            "branch": self.town(p) if r.random() < 0.8 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        home = [m for m in (p["spouse"], p["head"], *p["kids"]) if m and m["where"] == "home"]
        rec = r.choice(home) if home and r.random() < 0.85 else None
        doc = wpick(r, {"passport": 50 if p["passport"] else 0, "asylum": 30 if p["asylum"] else 0,
                        "nid": 20 if p["nid"] else 0, "none": 3})  # fmt: skip
        self.add("REMIT", p, {
            "txn_ref": self.unique(lambda: "MR" + self.digits(9)),
            "sender_name": self.caps(self.whole(p, "either", 0.05), 0.6),
            "sender_cell": self.phone(r.choice(p["mobiles"]) if p["mobiles"] else None) if r.random() < 0.95 else None,
            "sender_id_type": {"passport": "PASSPORT", "asylum": "ASYLUM PERMIT", "nid": "NATIONAL ID", "none": None}[doc],
            "sender_id_no": {"passport": p["passport"], "asylum": p["asylum"], "nid": self.id_text(p), "none": None}[doc],
            "sender_dob": self.date(p, "iso") if r.random() < 0.8 else None,
            "sender_country": COUNTRY_NAME[p["c"]],
            "recipient_name": self.caps(self.whole(rec, "either", 0.04), 0.6) if rec else None,
            "recipient_cell": self.phone(self.own_mobile(rec)) if rec and r.random() < 0.9 else None,
            "payout_city": rec["home"]["city"] if rec else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            c, w = p["c"], p["where"]
            n0 = len(self.rows)
            if c in ("zw", "zm", "mw", "bw") and age >= 16 and p["mobiles"] and r.random() < 0.75:
                for _ in range(wpick(r, {1: 55, 2: 30, 3: 15})):
                    self.wallet(p)
            if c in ("mz", "ao") and age >= 18 and w == "home" and r.random() < 0.85:
                for _ in range(wpick(r, {1: 40, 2: 40, 3: 20})):
                    self.banco(p)
            if c in ("zm", "mw") and age >= 12 and r.random() < 0.8:
                holder = p if p["nid"] else p["head"]
                if holder:
                    for number in (m for m in p["mobiles"] if m[1:4] in ("260", "265")):
                        self.sim(p, number, holder if r.random() < 0.85 else p)
                        if r.random() < 0.3:  # re-registered
                            self.sim(p, number, holder)
            if c != "ao" and age >= 21 and p["head"] is None and r.random() < 0.45:
                for _ in range(wpick(r, {1: 70, 2: 30})):
                    self.funeral(p)
            if w in ("za", "uk") and age >= 18 and p["mobiles"]:
                for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                    self.remit(p)
            if len(self.rows) == n0 and age >= 18 and p["mobiles"]:
                (self.banco if c in ("mz", "ao") else self.wallet)(p)
        return self.shuffled("row_id", "SA")


def southern(persons: int = 5400, seed: int = 263) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Southern.frame(persons, seed, "row_id")
