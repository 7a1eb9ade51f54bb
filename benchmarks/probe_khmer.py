"""Cambodian and Lao customers at home, as migrant workers in Thailand and Korea, and in the
Cambodian-American diaspora (Long Beach, Lowell): five systems stacked in one file (a ``system``
column naming the system; a column of the same name in two systems is one column).

* A Cambodian microfinance bank's core (``KH_MFI``), Khmer columns: ``លេខអតិថិជន``,
  ``នាមត្រកូល`` (the family name), ``ឈ្មោះ`` (the given name), in Khmer script or in Latin
  capitals, ``ភេទ``, ``ថ្ងៃខែឆ្នាំកំណើត`` (``15/06/1988``, in Khmer digits now and then),
  ``លេខអត្តសញ្ញាណប័ណ្ណ`` (the national id card, nine digits), ``ទូរស័ព្ទ`` (``012 345 678``,
  ``+855 12 345 678``, Khmer digits), ``ឈ្មោះប្តី/ប្រពន្ធ`` (the spouse's whole name: a wife's
  record holds her husband's), ``ខេត្ត`` (the province).
* A Cambodian mobile operator's SIM registrations (``KH_SIM``), English: ``MSISDN``
  (``85512345678``, ``012345678``), ``Customer Name`` (one box, family name first as the id
  card prints it), ``DOB``, ``ID Type`` / ``ID No`` (the id card or a passport ``N0…``),
  ``Province``; a child's or a wife's line on the household head's papers.
* A Lao bank (``LA_BANK``), Lao columns: ``ລະຫັດລູກຄ້າ``, ``ຊື່`` (the given name), ``ນາມສະກຸນ``
  (the family name), in Lao script or Latin, ``ວັນເດືອນປີເກີດ`` (A.D. or Buddhist era, in Lao
  digits now and then), ``ເລກບັດປະຈຳຕົວ`` (the id card), ``ເບີໂທ`` (``020 5512 3456``,
  ``+856 20 5512 3456``), ``ແຂວງ``.
* A cross-border remittance app used by workers in Thailand and Korea (``REMIT``), Thai and
  English columns: ``ชื่อผู้ส่ง`` (the sender as typed: either order, glued or split),
  ``เบอร์โทร`` (``081-234-5678``, ``+66812345678``, ``010-1234-5678``), ``วันเกิด`` (Buddhist
  era, ``15/06/2531``), ``passport_no``, ``receiver_name`` / ``receiver_phone`` (a relative at
  home, often another customer).
* A US credit union's member file (``US_CU``), English: ``first_name``, ``middle_name``,
  ``last_name`` (given name first, family last), ``dob`` (``06/15/1988``), ``phone``
  (``(562) 555-0123``), ``email``, ``city``, ``state``, ``joint_owner`` (the spouse).

Names: Khmer family name first (``សុខ ចាន់ធី`` = Sok Chanthy), romanised many ways
(Sok/Sock, Chanthy/Chanthi/Chanthee, Srey/Srei, Sophal/Sophall, Vannak/Vanak), glued or split
(Chanthy/Chan Thy, Sreypov/Srey Pov), turned around in some systems; Lao given name first, long
family names (Phommachanh, Sisouphanthong/Sisouphantong) that a wife takes at marriage; Khmer
wives keep their own. Khmer and Lao digits; Buddhist-era years (AD + 543); family phones shared.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from draws import TODAY, Draws, spellings, wpick

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
LAO_DIGITS = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")

#: Khmer family names: script, Latin spellings, weight.
KH_FAMILY = [
    ("សុខ", "Sok:70 Sock:20 Sokh:10", 30), ("ចាន់", "Chan:80 Chann:20", 20),
    ("ហេង", "Heng:1", 12), ("លី", "Ly:70 Lee:20 Li:10", 15), ("ម៉ៅ", "Mao:1", 8),
    ("កែវ", "Keo:70 Kaev:15 Keav:15", 12), ("ស៊ុន", "Sun:70 Soun:30", 8),
    ("ឈឹម", "Chhim:70 Chim:30", 8), ("ប៊ុន", "Bun:70 Boun:30", 8), ("សេង", "Seng:1", 10),
    ("ពៅ", "Pov:70 Pao:30", 6), ("ញឹក", "Nhek:70 Nhiek:30", 4), ("អ៊ុំ", "Um:60 Oum:40", 6),
    ("ខៀវ", "Khieu:60 Khiev:40", 5), ("ទេព", "Tep:1", 8), ("យឹម", "Yim:1", 7),
    ("ហ៊ុន", "Hun:80 Hoon:20", 7), ("មាស", "Meas:80 Mas:20", 8), ("នួន", "Nuon:80 Nuen:20", 6),
    ("ស៊ិន", "Sin:70 Sinn:30", 6), ("ភាព", "Pheap:80 Pheab:20", 4), ("រស់", "Ros:70 Ross:30", 7),
    ("ឃុន", "Khun:70 Khoun:30", 5), ("ឯក", "Ek:70 Aek:30", 5), ("វង្ស", "Vong:80 Vongs:20", 6),
    ("តាំង", "Taing:60 Tang:40", 5), ("គឹម", "Kim:80 Kem:20", 8), ("ស្រេង", "Sreng:1", 4),
    ("ជា", "Chea:80 Chia:20", 10), ("ព្រំ", "Prum:60 Prom:40", 5), ("ង៉ែត", "Nget:1", 3),
    ("ធី", "Thy:60 Thi:40", 4), ("ឡុង", "Long:1", 4), ("សាយ", "Say:80 Sai:20", 4),
]  # fmt: skip
#: Khmer given names: script, Latin spellings (``_`` a space: split), weight.
KH_MALE = [
    ("សុផល", "Sophal:60 Sophall:25 Sopal:15", 8), ("វណ្ណៈ", "Vannak:60 Vanak:25 Vannac:15", 7),
    ("ដារ៉ា", "Dara:85 Darra:15", 8), ("សុវណ្ណ", "Sovann:60 Sovan:40", 6),
    ("ពិសិដ្ឋ", "Piseth:70 Pisith:30", 6), ("រតនា", "Ratana:50 Rathana:30 Rattana:20", 5),
    ("សំណាង", "Samnang:85 Samnag:15", 6), ("វិចិត្រ", "Vichet:70 Vicheth:30", 5),
    ("ចាន់ថុល", "Chanthol:60 Chan_Thol:40", 4), ("សុភ័ក្ត្រ", "Sopheak:80 Sopheakt:20", 6),
    ("បូរ៉ា", "Bora:85 Borra:15", 6), ("ធារ៉ា", "Theara:80 Thearah:20", 5),
    ("សុខា", "Sokha:80 Sokhar:20", 7), ("វុទ្ធី", "Vuthy:60 Vuthi:25 Vutthy:15", 6),
    ("ពិសី", "Pisey:70 Pisei:30", 3), ("សុខហេង", "Sokheng:60 Sok_Heng:40", 4),
    ("ចាន់ណា", "Channa:60 Chan_Na:20 Chana:20", 4), ("វិសាល", "Visal:80 Vissal:20", 5),
    ("សំអាត", "Samath:60 Sam_Ath:40", 3), ("ពន្លក", "Ponlok:60 Ponlork:40", 3),
]  # fmt: skip
KH_FEMALE = [
    ("ចាន់ធី", "Chanthy:50 Chanthi:20 Chanthee:15 Chan_Thy:15", 7),
    ("ស្រីពៅ", "Sreypov:40 Srey_Pov:35 Srei_Pov:15 Sreypeou:10", 6),
    ("ស្រីនាង", "Sreyneang:40 Srey_Neang:40 Srei_Neang:20", 5), ("សុភា", "Sophea:70 Sopha:30", 7),
    ("ដាវី", "Davy:70 Davi:30", 5), ("សុខលី", "Sokly:60 Sok_Ly:40", 5),
    ("ចន្ទ្រា", "Chantrea:70 Chantria:30", 4), ("សុម៉ាលី", "Somaly:70 Somali:30", 5),
    ("ស្រីលក្ខណ៍", "Sreyleak:40 Srey_Leak:40 Srei_Leak:20", 5),
    ("រចនា", "Rachana:70 Rachna:30", 4), ("ធីតា", "Thida:80 Theeda:20", 5),
    ("បុប្ផា", "Bopha:85 Bopa:15", 6), ("លីដា", "Lida:80 Leeda:20", 4),
    ("គន្ធា", "Kunthea:70 Kanthea:30", 4), ("សុភាព", "Sopheap:70 Sopheab:30", 5),
    ("ស្រីម៉ៅ", "Sreymao:50 Srey_Mao:50", 3), ("វណ្ណា", "Vanna:70 Vana:30", 5),
]  # fmt: skip
#: Lao family names and given names.
LA_FAMILY = [
    ("ພົມມະຈັນ", "Phommachanh:60 Phommachan:40", 6),
    ("ສີສຸພັນທອງ", "Sisouphanthong:60 Sisouphantong:40", 5),
    ("ວົງສະຫວັນ", "Vongsavanh:50 Vongsavan:30 Vongsavane:20", 6),
    ("ແກ້ວມະນີ", "Keomany:70 Keomani:30", 5), ("ສີຫາລາດ", "Sihalath:70 Sihalat:30", 4),
    ("ພົມວິຫານ", "Phomvihane:60 Phomvihan:40", 4), ("ຈັນທະວົງ", "Chanthavong:80 Chanthavongs:20", 6),
    ("ອິນທະວົງ", "Inthavong:80 Inthavongs:20", 5), ("ສຸວັນນະວົງ", "Souvannavong:70 Suvannavong:30", 4),
    ("ສີລາວົງ", "Silavong:1", 4), ("ໄຊຍະວົງ", "Xayavong:60 Sayavong:40", 5),
    ("ພິລາວົງ", "Philavong:1", 4), ("ດວງມາລາ", "Douangmala:60 Duangmala:40", 3),
    ("ແສງສຸລິຍາ", "Sengsouliya:60 Saengsouliya:40", 3), ("ລາດຊະວົງ", "Latsavong:70 Ratsavong:30", 3),
    ("ສີປະເສີດ", "Sipaseuth:60 Sipaseut:40", 3), ("ບຸບຜາ", "Bouppha:60 Boupha:40", 3),
]  # fmt: skip
LA_MALE = [
    ("ບຸນມີ", "Bounmy:70 Bounmi:30", 6), ("ສົມສັກ", "Somsack:50 Somsak:50", 6),
    ("ສຸລິຍາ", "Souliya:70 Suliya:30", 4), ("ພອນໄຊ", "Phonexay:50 Phonxay:25 Phonesay:25", 5),
    ("ຄຳພອນ", "Khamphone:60 Khamphon:40", 5), ("ທອງສະຫວັນ", "Thongsavanh:60 Thongsavan:40", 4),
    ("ບົວພັນ", "Bouaphanh:60 Bouaphan:40", 4), ("ສີສະຫວາດ", "Sisavath:60 Sisavat:40", 4),
    ("ອານຸສອນ", "Anousone:60 Anouson:40", 3), ("ສຸກສະຫວັນ", "Souksavanh:70 Souksavan:30", 4),
    ("ວິໄຊ", "Vixay:60 Visay:40", 4),
]  # fmt: skip
LA_FEMALE = [
    ("ມະນີວັນ", "Manivanh:60 Manivan:40", 5), ("ຄຳແພງ", "Khamphaeng:50 Khampheng:50", 4),
    ("ວັນນີ", "Vanny:70 Vanni:30", 4), ("ສຸດາ", "Souda:60 Suda:40", 5), ("ອາລີ", "Aly:60 Ali:40", 4),
    ("ພອນສະຫວັນ", "Phonesavanh:60 Phonsavan:40", 4), ("ແສງເດືອນ", "Sengdeuane:60 Sengdeuan:40", 4),
    ("ນ້ອຍ", "Noy:70 Noi:30", 5), ("ວິໄລ", "Vilay:70 Vilai:30", 5), ("ດາລາ", "Dala:70 Dalah:30", 3),
]  # fmt: skip

KH_PROVINCES = {"Phnom Penh": ("ភ្នំពេញ", 30), "Kandal": ("កណ្ដាល", 12), "Takeo": ("តាកែវ", 9),
                "Kampong Cham": ("កំពង់ចាម", 12), "Prey Veng": ("ព្រៃវែង", 12),
                "Battambang": ("បាត់ដំបង", 10), "Siem Reap": ("សៀមរាប", 10),
                "Banteay Meanchey": ("បន្ទាយមានជ័យ", 8), "Svay Rieng": ("ស្វាយរៀង", 7)}  # fmt: skip
LA_PROVINCES = {"Vientiane Capital": ("ນະຄອນຫຼວງວຽງຈັນ", 35), "Savannakhet": ("ສະຫວັນນະເຂດ", 20),
                "Champasak": ("ຈຳປາສັກ", 15), "Luang Prabang": ("ຫຼວງພະບາງ", 12),
                "Khammouane": ("ຄຳມ່ວນ", 8)}  # fmt: skip
US_CITIES = {"Long Beach": ("CA", "562", 45), "Lowell": ("MA", "978", 35), "Seattle": ("WA", "206", 10),
             "Stockton": ("CA", "209", 10)}  # fmt: skip
KH_PREFIXES = {"012": 20, "017": 8, "092": 6, "010": 8, "015": 6, "016": 6, "069": 5, "070": 5,
               "077": 6, "078": 4, "081": 5, "085": 4, "086": 4, "087": 3, "088": 6, "089": 4,
               "093": 4, "096": 8, "097": 8, "098": 4, "071": 3, "090": 3}  # fmt: skip


def _table(rows):
    return {k: (spellings(s), w) for k, s, w in rows}


class Khmer(Draws):
    SLIP_LETTERS = "aeiounhkyc"

    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household()

    # ------------------------------------------------------------ people
    def kh_mobile(self) -> str:
        def make():
            pre = wpick(self.rnd, KH_PREFIXES)
            return pre + self.digits(
                7 if pre in ("012", "017", "092") and self.rnd.random() < 0.3 else 6
            )

        return "+855" + self.unique(make)[1:]

    def la_mobile(self) -> str:
        return "+85620" + self.unique(lambda: self.rnd.choice("25579") + self.digits(7))

    def th_mobile(self) -> str:
        return "+66" + self.unique(lambda: self.rnd.choice(["8", "9", "6"]) + self.digits(8))

    def kr_mobile(self) -> str:
        return "+8210" + self.unique(lambda: self.digits(8))

    def us_phone(self, area: str) -> str:
        return "+1" + area + self.unique(lambda: self.rnd.choice("2345678") + self.digits(6))

    def person(
        self, people: str, sex: str, dob: dt.date, family: dict, where: str, city: str | None
    ) -> dict:
        r = self.rnd
        self.pid += 1
        if people == "kh":
            given = self.name(_table(KH_MALE if sex == "M" else KH_FEMALE))
        else:
            given = self.name(_table(LA_MALE if sex == "M" else LA_FEMALE))
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, people=people, sex=sex, dob=dob, given=given, family=family,
                 where=where, city=city, spouse=None, head=None, email=None)  # fmt: skip
        p["nid"] = None
        if age >= 15 and where != "us":
            p["nid"] = self.unique(
                lambda: ("0" if people == "la" else r.choice("0123456789")) + self.digits(8)
            )
        p["passport"] = (
            self.unique(lambda: ("N0" if people == "kh" else "P") + self.digits(7))
            if age >= 18 and (where in ("th", "kr") or r.random() < 0.1)
            else None
        )
        home = {"kh": self.kh_mobile, "la": self.la_mobile}[people]
        p["mobiles"] = (
            {
                "home": lambda: [home()] + ([home()] if r.random() < 0.3 else []),
                "th": lambda: [self.th_mobile(), home()],
                "kr": lambda: [self.kr_mobile(), home()],
                "us": lambda: [self.us_phone(US_CITIES[p["city"]][1])],
            }[where]()
            if age >= 14
            else []
        )
        if 16 <= age <= 60 and r.random() < (0.6 if where == "us" else 0.25):
            g = given["own"].lower().replace(" ", "")
            f = wpick(r, family["name"]["all"]).lower()
            p["email"] = self.unique(lambda: wpick(r, {f"{g}.{f}": 3, f"{g}{f}": 3, f"{g}{r.randint(1, 99)}": 2})
                                     + "@" + wpick(r, {"gmail.com": 75, "yahoo.com": 15, "hotmail.com": 10}))  # fmt: skip
        self.persons.append(p)
        return p

    def household(self) -> None:
        r = self.rnd
        people = wpick(r, {"kh": 72, "la": 28})
        where = wpick(
            r,
            {"home": 62, "th": 18, "kr": 6, "us": 14} if people == "kh" else {"home": 70, "th": 30},
        )
        fams = KH_FAMILY if people == "kh" else LA_FAMILY
        pick = lambda: self.name(_table(fams))  # noqa: E731
        city = wpick(r, {c: v[2] for c, v in US_CITIES.items()}) if where == "us" else None
        prov = wpick(
            r, {k: v[1] for k, v in (KH_PROVINCES if people == "kh" else LA_PROVINCES).items()}
        )
        fam = {"name": pick(), "prov": prov}
        head = self.person(
            people, "M" if r.random() < 0.8 else "F", self.dob(22, 70), fam, where, city
        )
        members = [head]
        if head["sex"] == "M" and r.random() < 0.7:
            wfam = fam if people == "la" else {"name": pick(), "prov": prov}
            wife = self.person(people, "F", head["dob"] + dt.timedelta(days=r.randint(-700, 365 * 8)), wfam,
                               where if where == "us" or r.random() < 0.8 else "home", city)  # fmt: skip
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
            for _ in range(wpick(r, {0: 30, 1: 30, 2: 25, 3: 15})):
                if len(self.persons) >= self.n:
                    break
                age_lo = max(1, (TODAY - wife["dob"]).days / 365.25 - 40)
                age_hi = max(age_lo + 1, (TODAY - wife["dob"]).days / 365.25 - 18)
                child_where = where if r.random() < 0.7 else "home"
                if where == "us":
                    child_where = "us"
                kid = self.person(
                    people, r.choice("MF"), self.dob(age_lo, age_hi), fam, child_where, city
                )
                kid["head"] = head
                members.append(kid)
        shared = head["mobiles"][0] if head["mobiles"] else None
        for m in members:
            m["shared"] = shared if m is not head and r.random() < 0.35 else None

    # ------------------------------------------------------------ written forms
    def latin_given(self, p: dict) -> str:
        return p["given"]["own"] if self.rnd.random() < 0.6 else wpick(self.rnd, p["given"]["all"])

    def latin_family(self, p: dict) -> str:
        f = p["family"]["name"]
        return f["own"] if self.rnd.random() < 0.6 else wpick(self.rnd, f["all"])

    def whole(self, p: dict, order: str = "native", slip: float = 0.04, glue: float = 0.0) -> str:
        """The whole name in Latin letters: ``native`` is family first for Khmer, given first for
        Lao; ``western`` given first for both; ``either`` as a typist writes it."""
        r = self.rnd
        g, f = self.latin_given(p), self.latin_family(p)
        if glue and r.random() < glue:
            g = g.replace(" ", "")
        if order == "either":
            order = "native" if r.random() < 0.6 else "western"
        family_first = p["people"] == "kh" and order == "native"
        return self.typo(f"{f} {g}" if family_first else f"{g} {f}", slip)

    def script_whole(self, p: dict) -> str:
        g, f = p["given"]["key"], p["family"]["name"]["key"]
        return f"{f} {g}" if p["people"] == "kh" else f"{g} {f}"

    def phone(self, num: str | None, local_digits: str | None = None, p: float = 0.0) -> str | None:
        r = self.rnd
        if not num:
            return None
        if num.startswith("+855"):
            n = num[4:]
            out = wpick(r, {f"0{n[:2]} {n[2:5]} {n[5:]}": 40, f"0{n}": 25, f"+855 {n[:2]} {n[2:5]} {n[5:]}": 15,
                            f"855{n}": 10, f"+855{n}": 10})  # fmt: skip
        elif num.startswith("+856"):
            n = num[4:]
            out = wpick(r, {f"0{n[:2]} {n[2:6]} {n[6:]}": 40, f"0{n}": 20, f"+856 {n[:2]} {n[2:6]} {n[6:]}": 20,
                            f"{n}": 10, f"856{n}": 10})  # fmt: skip
        elif num.startswith("+66"):
            n = num[3:]
            out = wpick(r, {f"0{n[:2]}-{n[2:5]}-{n[5:]}": 40, f"0{n}": 30, f"+66{n}": 20, f"+66 {n[:2]} {n[2:5]} {n[5:]}": 10})  # fmt: skip
        elif num.startswith("+82"):
            n = num[3:]
            out = wpick(r, {f"0{n[:2]}-{n[2:6]}-{n[6:]}": 50, f"+82 {n[:2]}-{n[2:6]}-{n[6:]}": 30, f"+82{n}": 20})  # fmt: skip
        else:
            n = num[2:]
            out = wpick(
                r, {f"({n[:3]}) {n[3:6]}-{n[6:]}": 50, f"{n[:3]}-{n[3:6]}-{n[6:]}": 30, n: 20}
            )
        if local_digits and r.random() < p:
            out = out.translate(local_digits)
        return out

    def own_mobile(self, p: dict) -> str | None:
        if p["shared"] and self.rnd.random() < 0.5:
            return p["shared"]
        return self.rnd.choice(p["mobiles"]) if p["mobiles"] else p["shared"]

    def date(self, d: dt.date, fmt: str, be: bool = False) -> str:
        y = d.year + 543 if be else d.year
        if fmt == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{y}"
        if fmt == "mdy":
            return f"{d.month:02d}/{d.day:02d}/{y}"
        if fmt == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{y}"
        return f"{y}-{d.month:02d}-{d.day:02d}"

    def nid_text(self, nid: str | None) -> str | None:
        r = self.rnd
        if not nid:
            return None
        if r.random() < 0.02:
            i = r.randrange(len(nid))
            nid = nid[:i] + str(r.randrange(10)) + nid[i + 1 :]
        return wpick(
            r, {nid: 75, f"{nid[:3]} {nid[3:6]} {nid[6:]}": 15, nid.lstrip("0") or nid: 10}
        )

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def mfi(self, p: dict) -> None:
        r = self.rnd
        script = r.random() < 0.6
        if script:
            given, fam = p["given"]["key"], p["family"]["name"]["key"]
        else:
            given, fam = self.latin_given(p).upper(), self.latin_family(p).upper()
        sp = p["spouse"]
        spouse = None
        if sp and r.random() < (0.7 if p["sex"] == "F" else 0.3):
            spouse = self.script_whole(sp) if script else self.whole(sp, slip=0.02).upper()
        prov = p["family"]["prov"]
        self.add("KH_MFI", p, {
            "លេខអតិថិជន": self.unique(lambda: "MFI" + self.digits(8)),
            "នាមត្រកូល": fam,
            "ឈ្មោះ": given,
            "ភេទ": wpick(r, {{"M": "ប្រុស", "F": "ស្រី"}[p["sex"]]: 70, p["sex"]: 30}) if r.random() < 0.9 else None,
            "ថ្ងៃខែឆ្នាំកំណើត": (lambda s: s.translate(KHMER_DIGITS) if r.random() < 0.3 else s)(self.date(p["dob"], "dmy")) if r.random() < 0.95 else None,
            "លេខអត្តសញ្ញាណប័ណ្ណ": (lambda s: s.translate(KHMER_DIGITS) if s and r.random() < 0.25 else s)(self.nid_text(p["nid"])) if r.random() < 0.9 else None,
            "ទូរស័ព្ទ": self.phone(self.own_mobile(p), KHMER_DIGITS, 0.2) if r.random() < 0.92 else None,
            "ឈ្មោះប្តី/ប្រពន្ធ": spouse,
            "ខេត្ត": (KH_PROVINCES[prov][0] if script else prov) if r.random() < 0.8 else None,
        })  # fmt: skip

    def sim(self, p: dict, number: str, holder: dict) -> None:
        r = self.rnd
        doc = (
            "passport" if holder["passport"] and (not holder["nid"] or r.random() < 0.3) else "nid"
        )
        self.add("KH_SIM", holder, {
            "MSISDN": self.phone(number).replace(" ", "") if r.random() < 0.5 else "855" + number[4:],
            "Customer Name": self.caps(self.whole(holder, "native", glue=0.3)),
            "DOB": self.date(holder["dob"], wpick(r, {"dmy": 70, "iso": 30})) if r.random() < 0.85 else None,
            "ID Type": {"nid": "National ID", "passport": "Passport"}[doc] if r.random() < 0.9 else None,
            "ID No": (holder["passport"] if doc == "passport" else self.nid_text(holder["nid"])) if r.random() < 0.9 else None,
            "Province": holder["family"]["prov"] if r.random() < 0.7 else None,
        })  # fmt: skip

    def caps(self, s: str) -> str:
        return s.upper() if self.rnd.random() < 0.75 else s

    def lao_bank(self, p: dict) -> None:
        r = self.rnd
        script = r.random() < 0.55
        if script:
            given, fam = p["given"]["key"], p["family"]["name"]["key"]
        else:
            given, fam = self.latin_given(p), self.latin_family(p)
            given, fam = self.typo(given, 0.03), self.typo(fam, 0.04)
        be = r.random() < 0.35
        dob = self.date(p["dob"], "dmy", be)
        if r.random() < 0.25:
            dob = dob.translate(LAO_DIGITS)
        prov = p["family"]["prov"]
        self.add("LA_BANK", p, {
            "ລະຫັດລູກຄ້າ": self.unique(lambda: "LB" + self.digits(9)),
            "ຊື່": given,
            "ນາມສະກຸນ": fam,
            "ວັນເດືອນປີເກີດ": dob if r.random() < 0.93 else None,
            "ເລກບັດປະຈຳຕົວ": (lambda s: s.translate(LAO_DIGITS) if s and r.random() < 0.2 else s)(self.nid_text(p["nid"])) if r.random() < 0.8 else None,
            "ເບີໂທ": self.phone(self.own_mobile(p), LAO_DIGITS, 0.15) if r.random() < 0.92 else None,
            "ແຂວງ": (LA_PROVINCES[prov][0] if script else prov) if prov in LA_PROVINCES and r.random() < 0.7 else None,
        })  # fmt: skip

    def remit(self, p: dict) -> None:
        r = self.rnd
        home = [m for m in (p["spouse"], p["head"]) if m and m["where"] == "home"]
        receiver = r.choice(home) if home and r.random() < 0.8 else None
        self.add("REMIT", p, {
            "txn_id": self.unique(lambda: "TX" + self.digits(10)),
            "ชื่อผู้ส่ง": self.caps(self.whole(p, "either", slip=0.05, glue=0.3)),
            "เบอร์โทร": self.phone(p["mobiles"][0]) if r.random() < 0.95 else None,
            "วันเกิด": self.date(p["dob"], "dmy", be=p["where"] == "th" and r.random() < 0.7) if r.random() < 0.75 else None,
            "passport_no": p["passport"] if p["passport"] and r.random() < 0.75 else None,
            "country": {"th": "Thailand", "kr": "Korea"}[p["where"]],
            "receiver_name": self.caps(self.whole(receiver, "either", slip=0.03)) if receiver else None,
            "receiver_phone": self.phone(self.own_mobile(receiver)) if receiver and r.random() < 0.9 else None,
        })  # fmt: skip

    def credit_union(self, p: dict) -> None:
        r = self.rnd
        given = self.latin_given(p)
        middle = None
        if (
            " " in given and r.random() < 0.4
        ):  # Chan Thy: the second syllable taken for a middle name
            given, middle = given.split(" ", 1)
        sp = p["spouse"]
        city = p["city"]
        self.add("US_CU", p, {
            "member_no": self.unique(lambda: self.digits(7)),
            "first_name": self.typo(given, 0.03),
            "middle_name": middle,
            "last_name": self.typo(self.latin_family(p), 0.03),
            "dob": self.date(p["dob"], "mdy") if r.random() < 0.95 else None,
            "phone": self.phone(self.own_mobile(p)) if r.random() < 0.9 else None,
            "email": p["email"] if r.random() < 0.8 else None,
            "city": city,
            "state": US_CITIES[city][0],
            "joint_owner": self.whole(sp, "western", slip=0.02) if sp and r.random() < 0.4 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            w = p["where"]
            if p["people"] == "kh" and w != "us" and age >= 18 and r.random() < 0.75:
                for _ in range(wpick(r, {1: 50, 2: 35, 3: 15})):
                    self.mfi(p)
            if p["people"] == "kh" and w != "us" and age >= 12 and r.random() < 0.7:
                holder = p["head"] if (not p["nid"] and p["head"]) else p
                if holder["nid"] or holder["passport"]:
                    for number in (m for m in p["mobiles"] if m.startswith("+855")):
                        self.sim(p, number, holder if r.random() < 0.8 else p)
                        if r.random() < 0.3:  # re-registered
                            self.sim(p, number, holder)
            if p["people"] == "la" and age >= 18 and r.random() < 0.9:
                for _ in range(wpick(r, {1: 35, 2: 40, 3: 25})):
                    self.lao_bank(p)
            if w in ("th", "kr") and age >= 18:
                for _ in range(r.choice([1, 2, 2, 3, 3, 4, 5])):
                    self.remit(p)
            if w == "us" and age >= 16 and r.random() < 0.9:
                for _ in range(wpick(r, {1: 40, 2: 40, 3: 20})):
                    self.credit_union(p)
            if len(self.rows) == n0 and age >= 18 and w != "us" and p["people"] == "kh":
                self.mfi(p)
        return self.shuffled("row_id", "KH")


def khmer(persons: int = 4300, seed: int = 855) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Khmer.frame(persons, seed, "row_id")
