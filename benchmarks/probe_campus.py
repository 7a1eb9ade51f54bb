"""A university group's people across its systems in Australia, the UK and Canada: five systems
stacked in one file (a ``source_system`` column naming the system; a column of the same name in
two systems is one column). Many of its students are international ones, from China, India,
Vietnam, Nigeria, Saudi Arabia and Brazil.

* Student records (``SRS``): ``Student ID`` (``z1234567`` or ``1234567`` at the Australian
  campus, seven digits elsewhere), ``Preferred Name``, ``Legal Given Names``, ``Family Name``,
  ``Date of Birth`` (day first in Australia and the UK, ``1999-03-12`` in Canada),
  ``Personal Email``, ``University Email`` (``z1234567@ad.tasman.edu.au``,
  ``jane.smith@student.kingsbridge.ac.uk``), ``Mobile``, ``Term Address``, ``Home Address
  (Overseas)``, ``Country of Citizenship``.
* Admissions (``ADMISSIONS``), one row per application, several per applicant under slightly
  different names (preferred or legal, family name first, diacritics or none): ``Application
  No``, ``Applicant Name`` (one box), ``DOB`` (typed by the applicant: day or month first),
  ``Contact Email`` and ``Contact Phone`` (the education agent's on most agents' applications,
  shared by hundreds of applicants), ``Agency``, ``Nationality``.
* Alumni office (``ALUMNI``): ``Alumni ID``, ``First Name``, ``Last Name`` (a married name
  years later), ``Former Surname``, ``Email`` and ``Phone`` (new ones), ``Graduation Year``,
  ``Student Number``, ``Birth Date`` (``12 Mar 1999``).
* Staff HR / payroll (``HR``): some students become staff: ``Employee ID``, ``Surname``,
  ``Given Names``, ``Known As``, ``DOB`` (ISO), ``TFN`` (nine digits with the ATO's mod-11
  check), ``NI Number`` (``AB 12 34 56 C``), ``SIN`` (Luhn; ``9…`` for temporary residents),
  ``Work Email``, ``Personal Mobile``.
* Card system (``CARDS``): library, accommodation and sport-centre cards: ``Card Number``,
  ``Cardholder Name`` (the preferred name), ``ID Number`` (student or staff id, with or without
  its letter), ``Email``, ``Mobile``, ``Emergency Contact Name`` / ``Emergency Contact Phone``
  (a parent's, on students' rows), ``Residence``.

What makes it hard: preferred names (``Jack`` for Zhang Wei, ``Tony`` for Nguyen Van Tuan,
``Kemi`` for Oluwakemi) against legal ones; East Asian names family name first in some records;
Vietnamese names with and without diacritics, Chinese given names joined, spaced or hyphenated;
Arabic names with ``Al``/``bin`` in many forms; agents' contacts on hundreds of applicants'
rows; a parent's name and number on a student's; siblings with one home and one parent; e-mails
changing at graduation; birth dates day first and month first; ids with and without a letter.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, spellings, wpick

# --------------------------------------------------------------------- names
#: Per origin: given names (male, female) as (legal, preferred forms {form: weight}), family
#: names {spelling: weight}. A preferred form ``None`` is the legal name itself.
CN_FAMILY = spellings("Zhang:14 Wang:14 Li:14 Liu:10 Chen:10 Yang:6 Huang:5 Zhao:5 Wu:4 Zhou:4 "
                      "Xu:3 Sun:3 Ma:3 Zhu:3 Hu:3 Guo:2 Lin:3 He:3 Gao:2 Luo:2")  # fmt: skip
CN_TONES = {"Zhang": "Zhāng", "Wang": "Wáng", "Li": "Lǐ", "Liu": "Liú", "Chen": "Chén",
            "Yang": "Yáng", "Huang": "Huáng", "Zhao": "Zhào", "Wu": "Wú", "Zhou": "Zhōu",
            "Xu": "Xú", "Sun": "Sūn", "Ma": "Mǎ", "Zhu": "Zhū", "Hu": "Hú", "Guo": "Guō",
            "Lin": "Lín", "He": "Hé", "Gao": "Gāo", "Luo": "Luó"}  # fmt: skip
CN_GIVEN = {
    "M": ["Wei", "Lei", "Jie", "Tao", "Qiang", "Jun", "Hao", "Yu", "Xiao Ming", "Zi Hao",
          "Hao Ran", "Yu Xuan", "Jun Jie", "Zhi Wei", "Yi Fan", "Jia Hao", "Tian Yu", "Bo Wen"],
    "F": ["Fang", "Na", "Min", "Jing", "Li", "Yan", "Xin Yi", "Jia Hui", "Si Yu", "Meng Qi",
          "Yu Tong", "Shu Han", "Xiao Yu", "Yi Ran", "Zi Han", "Wen Jing", "Ya Ting", "Hui Min"],
}  # fmt: skip
CN_ENGLISH = {
    "M": ["Jack", "Kevin", "Tony", "Eric", "Leo", "Jason", "Michael", "David", "Peter", "Allen",
          "Frank", "Steven", "Bruce", "Ryan", "Harry", "Oscar"],
    "F": ["Amy", "Cindy", "Lily", "Vivian", "Grace", "Coco", "Emma", "Alice", "Cherry", "Sophie",
          "Jenny", "Chloe", "Iris", "Fiona", "Wendy", "Zoe"],
}  # fmt: skip
VN_FAMILY = spellings("Nguyễn:38 Trần:12 Lê:10 Phạm:8 Hoàng:5 Huỳnh:4 Phan:4 Vũ:4 Võ:3 Đặng:3 "
                      "Bùi:3 Đỗ:3 Hồ:2 Ngô:2 Dương:2")  # fmt: skip
VN_MIDDLE = {"M": {"Văn": 40, "Đức": 15, "Minh": 15, "Quốc": 10, "Thanh": 10, "Hữu": 10},
             "F": {"Thị": 50, "Ngọc": 15, "Thu": 10, "Thanh": 10, "Minh": 10, "Bảo": 5}}  # fmt: skip
VN_GIVEN = {"M": ["Tuấn", "Hùng", "Dũng", "Nam", "Long", "Huy", "Phúc", "Khoa", "Quang", "Sơn",
                  "Thắng", "Hiếu", "Đạt", "Tùng"],
            "F": ["Linh", "Trang", "Hương", "Anh", "Hà", "Thảo", "Phương", "Lan", "Mai", "Ngân",
                  "Vy", "Yến", "Nhung", "Hạnh"]}  # fmt: skip
VN_ENGLISH = {"M": ["Tony", "Kevin", "Tom", "Henry", "Andy", "Vincent", "Peter", "Danny"],
              "F": ["Anna", "Lucy", "Tina", "Jenny", "Helen", "Annie", "Julie", "Mia"]}  # fmt: skip
IN_GIVEN = {"M": ["Rahul", "Aarav", "Vikram", "Arjun", "Rohan", "Karthik", "Aditya", "Siddharth",
                  "Amit", "Nikhil", "Harsh", "Pranav", "Varun", "Sai Kiran", "Venkatesh"],
            "F": ["Priya", "Ananya", "Sneha", "Divya", "Pooja", "Lakshmi", "Kavya", "Neha",
                  "Shreya", "Aishwarya", "Meera", "Nandini", "Swathi", "Ritika"]}  # fmt: skip
IN_FAMILY = spellings("Sharma:10 Patel:12 Singh:10 Kumar:8 Reddy:7 Iyer:3 Nair:4 Gupta:6 Shah:5 "
                      "Rao:5 Joshi:4 Mehta:3 Agarwal:3 Desai:3 Pillai:3 Choudhary:3 Verma:4")  # fmt: skip
IN_SHORT = {"Siddharth": "Sid", "Aishwarya": "Ash", "Venkatesh": "Venky", "Aditya": "Adi",
            "Sai Kiran": "Sai", "Lakshmi": "Lucky", "Nikhil": "Nik"}  # fmt: skip
NG_GIVEN = {"M": [("Chukwuemeka", "Emeka"), ("Oluwaseun", "Seun"), ("Adebayo", "Bayo"),
                  ("Babatunde", "Tunde"), ("Oluwatobi", "Tobi"), ("Chinonso", "Nonso"),
                  ("Olumide", "Mide"), ("Ikechukwu", "Ike"), ("Oluwadamilare", "Dami"),
                  ("Abubakar", None), ("Ibrahim", None), ("Samuel", "Sam"), ("Daniel", "Dan")],
            "F": [("Oluwakemi", "Kemi"), ("Olufunmilayo", "Funmi"), ("Ifeoluwa", "Ife"),
                  ("Chiamaka", "Amaka"), ("Ngozi", None), ("Oluwabukola", "Bukola"),
                  ("Temitope", "Tope"), ("Adaeze", "Ada"), ("Aisha", None), ("Blessing", None),
                  ("Oluwatoyin", "Toyin"), ("Chidinma", "Chidi")]}  # fmt: skip
NG_MIDDLE = ["Adunni", "Chinwe", "Ayomide", "Oreoluwa", "Chukwudi", "Olamide", "Ifeanyi", "Grace",
             "Joy", "Tolulope", "Ebuka", "Opeyemi"]  # fmt: skip
NG_FAMILY = spellings("Okafor:6 Adeyemi:6 Okonkwo:5 Balogun:4 Eze:5 Ogunleye:4 Nwosu:4 "
                      "Adebayo:4 Ibrahim:4 Olawale:3 Obi:4 Bello:4 Adeleke:3 Nwachukwu:3 "
                      "Oyelaran:2 Abdullahi:3 Afolabi:3 Okeke:4")  # fmt: skip
SA_GIVEN = {"M": ["Mohammed", "Abdullah", "Fahad", "Faisal", "Khalid", "Sultan", "Saud",
                  "Abdulaziz", "Turki", "Nasser", "Omar", "Majed", "Bandar", "Saad"],
            "F": ["Nora", "Sara", "Reem", "Lama", "Noura", "Hessa", "Maha", "Haifa", "Amal",
                  "Dana", "Shahad", "Razan"]}  # fmt: skip
SA_MOHAMMED = {"Mohammed": 45, "Muhammad": 20, "Mohamed": 15, "Mohammad": 15, "Mohamad": 5}
SA_FAMILY = ["Otaibi", "Qahtani", "Ghamdi", "Zahrani", "Harbi", "Shehri", "Dossary", "Mutairi",
             "Anazi", "Shammari", "Subaie", "Malki", "Juhani", "Rashidi"]  # fmt: skip
BR_GIVEN = {"M": ["João Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Gustavo", "Felipe",
                  "Thiago", "João Vitor", "Pedro Henrique", "Luiz Felipe", "André"],
            "F": ["Maria Eduarda", "Ana Clara", "Beatriz", "Júlia", "Larissa", "Camila",
                  "Letícia", "Fernanda", "Ana Luísa", "Mariana", "Gabriela", "Isabela"]}  # fmt: skip
BR_FAMILY = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
             "Nascimento", "Lima", "Araújo", "Fernandes", "Carvalho", "Gomes", "Ribeiro"]  # fmt: skip
#: Domestic names: (legal, nicknames {form: weight}); ``None`` the legal name.
DOM_GIVEN = {
    "M": [("James", {"James": 5, "Jim": 1, "Jamie": 1}), ("William", {"Will": 3, "William": 3, "Bill": 1}),
          ("Thomas", {"Tom": 4, "Thomas": 4}), ("Matthew", {"Matt": 4, "Matthew": 4}),
          ("Daniel", {"Dan": 2, "Daniel": 5}), ("Alexander", {"Alex": 6, "Alexander": 2}),
          ("Benjamin", {"Ben": 5, "Benjamin": 3}), ("Joshua", {"Josh": 4, "Joshua": 4}),
          ("Samuel", {"Sam": 5, "Samuel": 3}), ("Jack", {"Jack": 1}), ("Liam", {"Liam": 1}),
          ("Ethan", {"Ethan": 1}), ("Christopher", {"Chris": 5, "Christopher": 2}),
          ("Nicholas", {"Nick": 4, "Nicholas": 3}), ("Oliver", {"Oliver": 4, "Ollie": 1}),
          ("Mathieu", {"Mathieu": 1}), ("Jean-François", {"Jean-François": 3, "J-F": 1}),
          ("Connor", {"Connor": 1}), ("Harry", {"Harry": 1}), ("Lachlan", {"Lachlan": 4, "Lachie": 1})],
    "F": [("Elizabeth", {"Elizabeth": 3, "Liz": 2, "Beth": 2, "Lizzie": 1}),
          ("Katherine", {"Kate": 4, "Katherine": 3, "Katie": 2}), ("Jessica", {"Jess": 4, "Jessica": 4}),
          ("Samantha", {"Sam": 3, "Samantha": 4}), ("Rebecca", {"Bec": 2, "Rebecca": 4, "Becky": 1}),
          ("Emily", {"Emily": 1}), ("Olivia", {"Olivia": 4, "Liv": 1}), ("Charlotte", {"Charlotte": 4, "Charlie": 1}),
          ("Sophie", {"Sophie": 1}), ("Emma", {"Emma": 1}), ("Hannah", {"Hannah": 1}),
          ("Georgia", {"Georgia": 4, "George": 1}), ("Alexandra", {"Alex": 3, "Alexandra": 3, "Lexi": 1}),
          ("Chloé", {"Chloé": 2, "Chloe": 2}), ("Margaret", {"Maggie": 2, "Margaret": 2}),
          ("Isabelle", {"Isabelle": 3, "Izzy": 1}), ("Amelia", {"Amelia": 4, "Millie": 1}),
          ("Grace", {"Grace": 1}), ("Lucy", {"Lucy": 1}), ("Madison", {"Maddie": 2, "Madison": 3})],
}  # fmt: skip
DOM_MIDDLE = {"M": ["John", "James", "Michael", "Robert", "David", "Edward", "Peter", "Lee", "Paul"],
              "F": ["Anne", "Louise", "Marie", "Jane", "Rose", "Elizabeth", "Claire", "May", "Grace"]}  # fmt: skip
DOM_FAMILY = {
    "AU": spellings("Smith:10 Jones:6 Williams:6 Brown:6 Wilson:5 Taylor:5 Nguyen:3 Johnson:3 "
                    "White:3 Martin:3 Anderson:3 Thompson:3 Walker:3 Kelly:3 Ryan:3 O'Brien:2 "
                    "Mitchell:2 Campbell:2 Murphy:2 Harris:2 Clarke:2 Papadopoulos:1 Rossi:1"),
    "UK": spellings("Smith:10 Jones:7 Williams:6 Brown:6 Taylor:6 Davies:5 Evans:4 Wilson:4 "
                    "Thomas:4 Roberts:4 Johnson:3 Wright:3 Walker:3 Wood:3 Hughes:3 Patel:3 "
                    "Khan:2 Green:2 Hall:2 MacDonald:2 O'Neill:2 Clarke:2 Lewis:2"),
    "CA": spellings("Smith:7 Tremblay:6 Brown:5 Martin:5 Roy:5 Wilson:4 Gagnon:4 MacDonald:4 "
                    "Johnson:3 Taylor:3 Côté:3 Campbell:3 Anderson:3 Bouchard:3 Lee:3 Gauthier:2 "
                    "Morin:2 Lavoie:2 Fortin:2 Singh:2 Wong:2 Thompson:2"),
}  # fmt: skip

#: Origins: (weight, dialling code, where the agents are). Domestic students study at home.
ORIGINS = {"AU": 17, "UK": 15, "CA": 13, "CN": 17, "IN": 12, "VN": 8, "NG": 7, "SA": 6, "BR": 5}
CAMPUS_FOR = {"CN": {"AU": 50, "UK": 30, "CA": 20}, "IN": {"AU": 40, "UK": 25, "CA": 35},
              "VN": {"AU": 60, "UK": 15, "CA": 25}, "NG": {"UK": 60, "CA": 30, "AU": 10},
              "SA": {"UK": 45, "AU": 30, "CA": 25}, "BR": {"CA": 40, "AU": 35, "UK": 25}}  # fmt: skip
CITIES = {
    "CN": ["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou", "Wuhan", "Nanjing"],
    "IN": ["Hyderabad", "Chennai", "Bengaluru", "Mumbai", "New Delhi", "Pune", "Ahmedabad", "Kochi"],
    "VN": ["Ha Noi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho"],
    "NG": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Enugu", "Kano"],
    "SA": ["Riyadh", "Jeddah", "Dammam", "Mecca", "Medina", "Abha"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife"],
}  # fmt: skip
STREETS = {"CN": ["Renmin Rd", "Zhongshan Rd", "Jiefang Rd", "Nanjing Rd"],
           "IN": ["MG Road", "Ring Rd", "Station Rd", "Anna Salai"],
           "VN": ["Nguyen Trai", "Le Loi", "Tran Hung Dao", "Hai Ba Trung"],
           "NG": ["Allen Ave", "Adeola Odeku St", "Herbert Macaulay Way", "Awolowo Rd"],
           "SA": ["King Fahd Rd", "Olaya St", "Prince Sultan Rd", "Tahlia St"],
           "BR": ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Av. Brasil"]}  # fmt: skip
COUNTRY = {"CN": "China", "IN": "India", "VN": "Vietnam", "NG": "Nigeria", "SA": "Saudi Arabia",
           "BR": "Brazil", "AU": "Australia", "UK": "United Kingdom", "CA": "Canada"}  # fmt: skip
DIAL = {"CN": "86", "IN": "91", "VN": "84", "NG": "234", "SA": "966", "BR": "55", "AU": "61",
        "UK": "44", "CA": "1"}  # fmt: skip
#: The campuses: (town, term streets, university e-mail form, its domain).
CAMPUS = {
    "AU": ("Sydney NSW", ["Anzac Pde, Kensington NSW 2033", "High St, Randwick NSW 2031",
                          "Barker St, Kingsford NSW 2032", "Botany St, Randwick NSW 2031",
                          "Gardeners Rd, Kingsford NSW 2032"], "z", "ad.tasman.edu.au"),
    "UK": ("Leeds", ["Hyde Park Rd, Leeds LS6 1AH", "Woodhouse Ln, Leeds LS2 9JT",
                     "Burley Rd, Leeds LS4 2PL", "Kirkstall Rd, Leeds LS3 1HS"],
           "dot", "student.kingsbridge.ac.uk"),
    "CA": ("Toronto ON", ["Bloor St W, Toronto ON M5S 1V6", "Spadina Ave, Toronto ON M5T 2C2",
                          "College St, Toronto ON M5T 1P7", "Harbord St, Toronto ON M5S 1G4"],
           "dot", "mail.laurentian-north.ca"),
}  # fmt: skip
STAFF_DOMAIN = {"AU": "tasman.edu.au", "UK": "kingsbridge.ac.uk", "CA": "laurentian-north.ca"}
ALUMNI_DOMAIN = {"AU": "alumni.tasman.edu.au", "UK": "alumni.kingsbridge.ac.uk",
                 "CA": "alumni.laurentian-north.ca"}  # fmt: skip
FREEMAIL = {
    "CN": {"qq.com": 45, "163.com": 25, "126.com": 10, "gmail.com": 15, "outlook.com": 5},
    "IN": {"gmail.com": 75, "yahoo.co.in": 10, "rediffmail.com": 5, "outlook.com": 10},
    "VN": {"gmail.com": 80, "yahoo.com.vn": 15, "outlook.com": 5},
    "NG": {"gmail.com": 70, "yahoo.com": 25, "outlook.com": 5},
    "SA": {"gmail.com": 60, "hotmail.com": 30, "outlook.sa": 10},
    "BR": {"gmail.com": 60, "hotmail.com": 25, "outlook.com": 10, "uol.com.br": 5},
    "AU": {"gmail.com": 55, "hotmail.com": 15, "outlook.com": 10, "bigpond.com": 10, "icloud.com": 10},
    "UK": {"gmail.com": 50, "hotmail.co.uk": 20, "outlook.com": 10, "btinternet.com": 10, "icloud.com": 10},
    "CA": {"gmail.com": 55, "hotmail.com": 15, "outlook.com": 10, "videotron.ca": 5, "icloud.com": 10,
           "rogers.com": 5},
}  # fmt: skip
#: Education agents per origin: (name, e-mail domain, weight); a few big ones take most.
AGENTS = {
    "CN": [("IDP Education Beijing", "idp.com.cn", 30), ("New Oriental Vision Overseas", "xdf.cn", 25),
           ("AECC Global Shanghai", "aecc.cn", 20), ("Gold Study Consulting", "goldstudy.cn", 10)],
    "IN": [("IDP Education Hyderabad", "idp.co.in", 30), ("Global Opportunities", "globalopp.in", 20),
           ("SI-UK India", "si-india.com", 15), ("Aspire Overseas", "aspireoverseas.in", 15)],
    "VN": [("IDP Vietnam Ha Noi", "idp.com.vn", 40), ("Du Hoc Viet Uc", "duhocvietuc.vn", 30)],
    "NG": [("Study Link Lagos", "studylink.ng", 30), ("Edulink Consult Abuja", "edulink.com.ng", 25)],
    "SA": [("Saudi Cultural Bureau Agent", "scb-agent.sa", 30), ("Gulf Study Abroad", "gulfstudy.sa", 20)],
    "BR": [("CI Intercâmbio", "ci.com.br", 35), ("STB Study Travel", "stb.com.br", 25)],
}  # fmt: skip

VN_PLAIN = str.maketrans({"đ": "d", "Đ": "D"})


def plain(s: str) -> str:
    """``s`` without its diacritics (Nguyễn → Nguyen, Đặng → Dang, Zhāng → Zhang)."""
    s = unicodedata.normalize("NFD", s.translate(VN_PLAIN))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def tfn(body: str) -> str | None:
    """An Australian tax file number: eight digits and a ninth that makes the digits weighted 1,
    4, 3, 7, 5, 8, 6, 9, 10 sum to a multiple of 11 (None where no digit does)."""
    s = sum(int(c) * w for c, w in zip(body, (1, 4, 3, 7, 5, 8, 6, 9), strict=True))
    d = s % 11  # 10 ≡ −1 (mod 11): the ninth digit is the sum's remainder
    return body + str(d) if d < 10 else None


class Campus(Draws):
    SLIP_LETTERS = "aeiounrl"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            origin = wpick(self.rnd, ORIGINS)
            p = self.person(origin)
            self.persons.append(p)
            if origin not in ("AU", "UK", "CA") and self.rnd.random() < 0.08:
                self.persons.append(self.sibling(p))

    def sibling(self, p: dict) -> dict:
        q = self.person(p["origin"], family=p)
        return q

    def person(self, origin: str, family: dict | None = None) -> dict:
        r = self.rnd
        self.pid += 1
        sex = r.choice("MF")
        intl = origin not in ("AU", "UK", "CA")
        campus = wpick(r, CAMPUS_FOR[origin]) if intl else origin
        kind = "staff" if not intl and r.random() < 0.12 else "student"
        dob = self.dob(28, 64) if kind == "staff" else self.dob(18, 34)
        p = dict(pid=self.pid, origin=origin, sex=sex, intl=intl, campus=campus, kind=kind, dob=dob)
        p.update(self.names(origin, sex, family))
        p["sid"] = self.unique(lambda: r.choice("3456") + self.digits(6))
        p["mobile"] = self.local_mobile(campus)
        p["home_phone"] = family["home_phone"] if family else self.abroad_mobile(origin)
        p["email"] = self.personal_email(p)
        city = r.choice(CITIES[origin]) if intl else None
        p["home_addr"] = family["home_addr"] if family else (
            f"{r.randint(1, 300)} {r.choice(STREETS[origin])}, {city}, {COUNTRY[origin]}"
            if intl else None)  # fmt: skip
        _, streets, _, _ = CAMPUS[campus]
        p["term_addr"] = f"{r.randint(1, 240)} {r.choice(streets)}"
        p["parent"] = family["parent"] if family else self.parent(p)
        p["agent"] = None
        if intl and r.random() < 0.7:
            agents = AGENTS[origin]
            a = r.choices(agents, [x[2] for x in agents])[0]
            p["agent"] = self.agent(origin, a)
        p["uni_email"] = self.uni_email(p)
        p["staff"] = kind == "staff" or (r.random() < 0.06)
        p["married"] = None
        return p

    def agent(self, origin: str, a: tuple) -> dict:
        """An agency's one contact (its branch e-mail and phone), drawn once per agency."""
        key = ("agent", a[0])
        if key not in self.__dict__.setdefault("agents", {}):
            r = self.rnd
            self.agents[key] = dict(name=a[0], email=f"{r.choice(['admissions', 'apply', 'info', 'students'])}@{a[1]}",
                                    phone=self.abroad_mobile(origin))  # fmt: skip
        return self.agents[key]

    def names(self, origin: str, sex: str, family: dict | None) -> dict:
        """The legal given names, family name, preferred name and how they are written."""
        r = self.rnd
        out = dict(order="western", given_alt=None)
        if origin == "CN":
            fam = family["family"] if family else wpick(r, CN_FAMILY)
            g = r.choice(CN_GIVEN[sex])
            pref = r.choice(CN_ENGLISH[sex]) if r.random() < 0.55 else None
            out.update(given=g.replace(" ", "").capitalize(), family=fam, pref=pref,
                       given_alt=[g.replace(" ", "").capitalize(), g, g.replace(" ", "-")],
                       order="asian")  # fmt: skip
        elif origin == "VN":
            fam = family["family"] if family else wpick(r, VN_FAMILY)
            mid = wpick(r, VN_MIDDLE[sex])
            g = r.choice(VN_GIVEN[sex])
            pref = r.choice(VN_ENGLISH[sex]) if r.random() < 0.45 else None
            out.update(given=f"{mid} {g}", family=fam, pref=pref, order="asian")
        elif origin == "IN":
            fam = family["family"] if family else wpick(r, IN_FAMILY)
            g = r.choice(IN_GIVEN[sex])
            pref = IN_SHORT.get(g) if r.random() < 0.5 else None
            out.update(given=g, family=fam, pref=pref)
        elif origin == "NG":
            fam = family["family"] if family else wpick(r, NG_FAMILY)
            g, short = r.choice(NG_GIVEN[sex])
            mid = r.choice(NG_MIDDLE) if r.random() < 0.6 else None
            pref = short if short and r.random() < 0.65 else None
            out.update(given=f"{g} {mid}" if mid else g, family=fam, pref=pref)
        elif origin == "SA":
            fam = family["family"] if family else r.choice(SA_FAMILY)
            g = r.choice(SA_GIVEN[sex])
            father = family["father"] if family else r.choice(SA_GIVEN["M"])
            grand = family["grand"] if family else r.choice(SA_GIVEN["M"])
            out.update(given=g, family=fam, pref=None, father=father, grand=grand,
                       mohammed=wpick(r, SA_MOHAMMED))  # fmt: skip
        elif origin == "BR":
            g = r.choice(BR_GIVEN[sex])
            if family:
                fam = family["family"]
            else:
                a, b = r.sample(BR_FAMILY, 2)
                fam = f"{a} {b}" if r.random() < 0.7 else b
            pref = g.split(" ")[0] if " " in g and r.random() < 0.5 else None
            out.update(given=g, family=fam, pref=pref)
        else:
            g, nick = r.choice(DOM_GIVEN[sex])
            mid = r.choice(DOM_MIDDLE[sex]) if r.random() < 0.6 else None
            fam = family["family"] if family else wpick(r, DOM_FAMILY[origin])
            pref = wpick(r, nick)
            out.update(given=f"{g} {mid}" if mid else g, family=fam,
                       pref=pref if pref != g else None)  # fmt: skip
        return out

    def parent(self, p: dict) -> dict:
        """A parent: the emergency contact on a student's rows."""
        r = self.rnd
        o = p["origin"]
        if o == "CN":
            name = f"{p['family']} {r.choice(CN_GIVEN['M'] + CN_GIVEN['F']).replace(' ', '')}"
        elif o == "VN":
            name = f"{p['family']} {r.choice(['Văn', 'Thị'])} {r.choice(VN_GIVEN['M'] + VN_GIVEN['F'])}"
        elif o == "SA":
            name = f"{p['father']} {p['grand']} Al-{p['family']}"
        elif o == "NG":
            name = f"{r.choice(['Mr', 'Mrs', 'Chief', 'Dr'])} {r.choice(NG_GIVEN['M'] + NG_GIVEN['F'])[0]} {p['family']}"
        elif o == "IN":
            name = f"{r.choice(IN_GIVEN['M'] + IN_GIVEN['F'])} {p['family']}"
        elif o == "BR":
            name = f"{r.choice(BR_GIVEN['M'] + BR_GIVEN['F'])} {p['family'].split(' ')[-1]}"
        else:
            g = r.choice(DOM_GIVEN["M"] + DOM_GIVEN["F"])[0]
            name = f"{g} {p['family']}"
        phone = p["home_phone"] if p["intl"] and r.random() < 0.6 else (
            self.abroad_mobile(o) if p["intl"] else self.local_mobile(p["campus"]))  # fmt: skip
        return dict(name=name, phone=phone)

    # ------------------------------------------------------------ numbers and e-mails
    def local_mobile(self, country: str) -> str:
        r = self.rnd
        if country == "AU":
            return self.unique(lambda: "+614" + r.choice("0123456789") + self.digits(7))
        if country == "UK":
            return self.unique(lambda: "+447" + r.choice("4589") + self.digits(8))
        return self.unique(lambda: "+1" + r.choice(["416", "647", "437", "905", "514"]) + r.choice("2345689") + self.digits(6))  # fmt: skip

    def abroad_mobile(self, origin: str) -> str:
        r = self.rnd
        if origin in ("AU", "UK", "CA"):
            return self.local_mobile(origin)
        local = {"CN": lambda: "1" + r.choice("3589") + self.digits(9),
                 "IN": lambda: r.choice("6789") + self.digits(9),
                 "VN": lambda: r.choice("39") + self.digits(8),
                 "NG": lambda: r.choice(["80", "81", "70", "90"]) + self.digits(8),
                 "SA": lambda: "5" + r.choice("0345") + self.digits(7),
                 "BR": lambda: r.choice(["11", "21", "31", "41", "51"]) + "9" + self.digits(8)}[origin]  # fmt: skip
        return "+" + DIAL[origin] + self.unique(local)

    def phone_text(self, num: str, home: str | None = None) -> str:
        """A number as a form holds it: national form where it is at home, else international
        in one of its layouts."""
        r = self.rnd
        code = next(
            c for c in sorted(DIAL.values(), key=len, reverse=True) if num[1:].startswith(c)
        )
        n = num[1 + len(code) :]
        if home and DIAL[home] == code and r.random() < 0.75:
            if code == "61":
                return wpick(
                    r,
                    {
                        f"0{n[:3]} {n[3:6]} {n[6:]}": 50,
                        f"0{n}": 40,
                        f"0{n[:3]}-{n[3:6]}-{n[6:]}": 10,
                    },
                )
            if code == "44":
                return wpick(r, {f"0{n[:4]} {n[4:]}": 60, f"0{n}": 40})
            if code == "1":
                return wpick(
                    r, {f"({n[:3]}) {n[3:6]}-{n[6:]}": 50, f"{n[:3]}-{n[3:6]}-{n[6:]}": 30, n: 20}
                )
        return wpick(r, {f"+{code} {n}": 30, f"+{code}{n}": 35, f"00{code}{n}": 10,
                         f"+{code}-{n[:3]}-{n[3:]}": 15, f"{code}{n}": 10})  # fmt: skip

    def personal_email(self, p: dict) -> str:
        r = self.rnd
        g = plain(p["pref"] or p["given"].split(" ")[0]).lower().replace("-", "")
        f = plain(p["family"].split(" ")[-1]).lower().replace("'", "")
        dom = wpick(r, FREEMAIL[p["origin"]])
        if dom in ("qq.com",):
            return self.unique(lambda: f"{r.randint(10**7, 10**10)}@qq.com")
        y = p["dob"].year % 100
        return self.unique(lambda: wpick(r, {f"{g}.{f}": 3, f"{g}{f}": 2, f"{g}{f}{y:02d}": 2, f"{f}{g}": 1,
                                             f"{g}_{f}{r.randint(1, 999)}": 2, f"{g[0]}{f}{r.randint(1, 99)}": 1})
                           + "@" + dom)  # fmt: skip

    def uni_email(self, p: dict) -> str:
        _, _, form, dom = CAMPUS[p["campus"]]
        if form == "z":
            return f"z{p['sid']}@{dom}"
        g = plain(p["pref"] or p["given"].split(" ")[0]).lower().replace("-", "")
        f = plain(p["family"].split(" ")[-1]).lower().replace("'", "")
        return self.unique(lambda: f"{g}.{f}" + ("" if self.rnd.random() < 0.7 else str(self.rnd.randint(2, 9))) + f"@{dom}")  # fmt: skip

    def sid_text(self, p: dict) -> str:
        if p["campus"] == "AU" and self.rnd.random() < 0.5:
            return "z" + p["sid"]
        return p["sid"]

    # ------------------------------------------------------------ written names
    def given_text(self, p: dict, diacritics: float = 0.5) -> str:
        r = self.rnd
        g = p["given"]
        if p["origin"] == "CN":
            g = r.choice(p["given_alt"])
        if p["origin"] == "SA":
            g = p["mohammed"] if g == "Mohammed" else g
        return g if r.random() < diacritics else plain(g)

    def family_text(self, p: dict, diacritics: float = 0.5, married: bool = False) -> str:
        r = self.rnd
        f = p["married"] if married and p["married"] else p["family"]
        if p["origin"] == "SA" and f == p["family"]:
            f = wpick(
                r, {f"Al-{f}": 40, f"Al {f}": 20, f"Al{f.lower()}": 15, f"AL-{f.upper()}": 5, f: 20}
            )
        elif p["origin"] == "CN" and r.random() < 0.04:
            f = CN_TONES.get(f, f)
        return f if r.random() < diacritics else plain(f)

    def whole(
        self,
        p: dict,
        pref: float = 0.3,
        diacritics: float = 0.5,
        slip: float = 0.04,
        married: bool = False,
    ) -> str:
        """A whole name in one box: preferred or legal given names, the family name after them or
        (East Asian names, some records) before them, ``ZHANG Wei`` now and then."""
        r = self.rnd
        use_pref = p["pref"] and r.random() < pref
        given = p["pref"] if use_pref else self.given_text(p, diacritics)
        if (
            p["origin"] in ("AU", "UK", "CA", "NG")
            and not use_pref
            and " " in given
            and r.random() < 0.5
        ):
            given = given.split(" ")[0]  # the middle name left out
        if p["origin"] == "SA" and r.random() < 0.5:
            given = wpick(r, {f"{given} {p['father']}": 50, f"{given} bin {p['father']}" if p["sex"] == "M"
                              else f"{given} bint {p['father']}": 30, f"{given} {p['father']} {p['grand']}": 20})  # fmt: skip
        fam = self.family_text(p, diacritics, married)
        if p["order"] == "asian" and not use_pref and r.random() < 0.45:
            name = f"{fam.upper() if r.random() < 0.4 else fam} {given}"
        elif use_pref and p["order"] == "asian" and r.random() < 0.2:
            name = f"{given} {self.given_text(p, diacritics)} {fam}"  # Jack Wei Zhang
        else:
            name = f"{given} {fam}"
        return self.typo(name, slip)

    def dmy(self, d: dt.date, style: str) -> str:
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "mdy":
            return d.strftime("%m/%d/%Y")
        if style == "iso":
            return d.isoformat()
        return f"{d.day} {d.strftime('%b %Y')}"

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"source_system": system, "_pid": p["pid"], **rec})

    # ------------------------------------------------------------ systems
    def srs(self, p: dict) -> None:
        r = self.rnd
        style = "iso" if p["campus"] == "CA" else "dmy"
        self.add("SRS", p, {
            "Student ID": self.sid_text(p),
            "Preferred Name": p["pref"] if p["pref"] and r.random() < 0.9 else None,
            "Legal Given Names": self.typo(self.given_text(p, 0.7), 0.02),
            "Family Name": self.typo(self.family_text(p, 0.7), 0.02),
            "Date of Birth": self.dmy(p["dob"], style) if r.random() < 0.97 else None,
            "Personal Email": p["email"] if r.random() < 0.85 else None,
            "University Email": p["uni_email"] if r.random() < 0.9 else None,
            "Mobile": self.phone_text(p["mobile"], p["campus"]) if r.random() < 0.85 else None,
            "Term Address": p["term_addr"] if r.random() < 0.8 else None,
            "Home Address (Overseas)": p["home_addr"] if p["home_addr"] and r.random() < 0.8 else None,
            "Country of Citizenship": COUNTRY[p["origin"]] if r.random() < 0.9 else None,
        })  # fmt: skip

    def admissions(self, p: dict) -> None:
        r = self.rnd
        agent = p["agent"] if p["agent"] and r.random() < 0.9 else None
        if p["intl"]:
            style = wpick(r, {"dmy": 55, "mdy": 20, "iso": 25})
        else:
            style = "mdy" if p["campus"] == "CA" and r.random() < 0.6 else "dmy"
        email = agent["email"] if agent and r.random() < 0.75 else p["email"]
        phone = agent["phone"] if agent and r.random() < 0.7 else (
            p["home_phone"] if p["intl"] else p["mobile"])  # fmt: skip
        self.add("ADMISSIONS", p, {
            "Application No": self.unique(lambda: f"APP{r.randint(2016, 2025)}-{self.digits(6)}"),
            "Applicant Name": self.whole(p, pref=0.3, diacritics=0.3, slip=0.06),
            "DOB": self.dmy(p["dob"], style) if r.random() < 0.95 else None,
            "Contact Email": email if r.random() < 0.95 else None,
            "Contact Phone": self.phone_text(phone, p["campus"]) if r.random() < 0.85 else None,
            "Agency": agent["name"] if agent else None,
            "Nationality": COUNTRY[p["origin"]] if r.random() < 0.85 else None,
        })  # fmt: skip

    def alumni(self, p: dict) -> None:
        r = self.rnd
        grad = min(2025, p["dob"].year + r.randint(21, 25))
        years = 2026 - grad
        if (
            p["sex"] == "F"
            and years >= 3
            and r.random() < 0.35
            and p["origin"] in ("AU", "UK", "CA", "BR", "IN")
        ):
            other = wpick(r, DOM_FAMILY[p["campus"]])
            p["married"] = f"{p['family']} {other}" if p["origin"] == "BR" else other
        home = p["origin"] if r.random() < 0.5 or not p["intl"] else p["campus"]
        phone = p["mobile"] if r.random() < 0.4 else self.local_mobile(home) if home in ("AU", "UK", "CA") else self.abroad_mobile(home)  # fmt: skip
        email = wpick(r, {"alumni": 30, "old": 30, "new": 40})
        g = plain(p["pref"] or p["given"].split(" ")[0]).lower()
        f = plain((p["married"] or p["family"]).split(" ")[-1]).lower().replace("'", "")
        email = {"alumni": f"{g}.{f}@{ALUMNI_DOMAIN[p['campus']]}", "old": p["email"],
                 "new": f"{g}.{f}{r.randint(1, 99)}@{wpick(r, FREEMAIL[p['campus']])}"}[email]  # fmt: skip
        married = p["married"] is not None
        self.add("ALUMNI", p, {
            "Alumni ID": self.unique(lambda: "A" + self.digits(7)),
            "First Name": p["pref"] if p["pref"] and r.random() < 0.6 else self.given_text(p, 0.5).split(" ")[0],
            "Last Name": self.typo(self.family_text(p, 0.5, married=married), 0.03),
            "Former Surname": p["family"] if married and r.random() < 0.5 else None,
            "Email": email if r.random() < 0.9 else None,
            "Phone": self.phone_text(phone, home) if r.random() < 0.7 else None,
            "Graduation Year": str(grad),
            "Student Number": self.sid_text(p) if r.random() < 0.4 else None,
            "Birth Date": self.dmy(p["dob"], "text") if r.random() < 0.5 else None,
        })  # fmt: skip

    def hr(self, p: dict) -> None:
        r = self.rnd
        c = p["campus"]
        if "emp" not in p:
            p["emp"] = self.unique(lambda: "E" + self.digits(6))
            p["tax"] = self.tax_number(p, c)
        tax = p["tax"]
        married = p["married"] is not None
        g = plain(p["pref"] or p["given"].split(" ")[0]).lower()
        f = plain((p["married"] or p["family"]).split(" ")[-1]).lower().replace("'", "")
        self.add("HR", p, {
            "Employee ID": p["emp"] if r.random() < 0.8 else p["emp"][1:],
            "Surname": self.family_text(p, 0.8, married=married).upper() if r.random() < 0.5 else self.family_text(p, 0.8, married=married),
            "Given Names": self.given_text(p, 0.8),
            "Known As": p["pref"] if p["pref"] and r.random() < 0.7 else None,
            "DOB": self.dmy(p["dob"], "iso") if r.random() < 0.97 else None,
            "TFN": self.tax_text(tax, c) if c == "AU" and r.random() < 0.9 else None,
            "NI Number": self.tax_text(tax, c) if c == "UK" and r.random() < 0.9 else None,
            "SIN": self.tax_text(tax, c) if c == "CA" and r.random() < 0.9 else None,
            "Work Email": f"{g}.{f}@{STAFF_DOMAIN[c]}" if r.random() < 0.8 else None,
            "Personal Mobile": self.phone_text(p["mobile"], c) if r.random() < 0.7 else None,
        })  # fmt: skip

    def tax_number(self, p: dict, c: str) -> str:
        r = self.rnd
        if c == "AU":
            return self.unique(lambda: tfn(self.digits(8)) or "")
        if c == "UK":
            return self.unique(lambda: r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
                               + self.digits(6) + r.choice("ABCD"))  # fmt: skip
        body = ("9" if p["intl"] else r.choice("1234567")) + self.digits(7)
        return self.unique(lambda: body + luhn_digit(body))

    def tax_text(self, tax: str, c: str) -> str:
        r = self.rnd
        if c == "UK":
            return wpick(r, {tax: 50, f"{tax[:2]} {tax[2:4]} {tax[4:6]} {tax[6:8]} {tax[8]}": 50})
        return wpick(
            r,
            {tax: 50, f"{tax[:3]} {tax[3:6]} {tax[6:]}": 35, f"{tax[:3]}-{tax[3:6]}-{tax[6:]}": 15},
        )

    def card(self, p: dict) -> None:
        r = self.rnd
        staff = p["kind"] == "staff"
        contact = p["parent"] if not staff and r.random() < 0.7 else None
        self.add("CARDS", p, {
            "Card Number": self.unique(lambda: "6014" + self.digits(8)),
            "Cardholder Name": self.whole(p, pref=0.8, diacritics=0.2, slip=0.03),
            "ID Number": (p["emp"] if staff and "emp" in p else self.sid_text(p)) if r.random() < 0.85 else None,
            "Email": (p["uni_email"] if not staff else None) if r.random() < 0.8 else p["email"],
            "Mobile": self.phone_text(p["mobile"], p["campus"]) if r.random() < 0.6 else None,
            "Emergency Contact Name": contact["name"] if contact else None,
            "Emergency Contact Phone": self.phone_text(contact["phone"], p["campus"]) if contact else None,
            "Residence": wpick(r, {"Kensington Colleges": 1, "Village Halls": 1, "Tower Residence": 1}) if p["intl"] and r.random() < 0.5 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            if p["kind"] == "staff":
                self.hr(p)
                if r.random() < 0.25:
                    self.hr(p)
                if r.random() < 0.5:
                    self.card(p)
                continue
            self.srs(p)
            if r.random() < 0.04:
                self.srs(p)
            n = wpick(r, {1: 60, 2: 28, 3: 12}) if p["intl"] else wpick(r, {0: 50, 1: 45, 2: 5})
            for _ in range(n):
                self.admissions(p)
            age = (TODAY - p["dob"]).days / 365.25
            if age >= 23 and r.random() < 0.4:
                self.alumni(p)
            if p["staff"]:
                self.hr(p)
            for _ in range(wpick(r, {0: 40, 1: 48, 2: 12})):
                self.card(p)
        return self.shuffled("row_id", "UG")


def campus(persons: int = 3400, seed: int = 61) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Campus.frame(persons, seed, "row_id")
