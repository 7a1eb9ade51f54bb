"""A Latin American insurer's KYC file: Brazilian and Mexican policyholders and their families.

One file of four systems (a ``sistema`` column): policies (with a beneficiary's name and
relationship), claims (names in capitals, sometimes the whole name in the name column),
beneficiaries (a holder's phone, often no document) and agents' CRM (sometimes the agent's own
phone and e-mail typed in). Households share an address and phone area; Brazilian compound given
names with the mother's and father's surnames and their particles (da, dos, de); Mexican paternal
and maternal surnames, often one only or in the other order; CPFs with and without punctuation,
CURPs and RFCs; dates day-first or ISO; phones in national and international forms; movers.
"""

from __future__ import annotations

import random
import unicodedata

import pandas as pd

BR_M = [
    "João",
    "José",
    "Pedro",
    "Lucas",
    "Gabriel",
    "Rafael",
    "Carlos",
    "Paulo",
    "Marcos",
    "Luiz",
    "Antônio",
    "Francisco",
    "Thiago",
    "Bruno",
    "Felipe",
    "Gustavo",
    "Matheus",
    "Rodrigo",
    "Eduardo",
    "Vinícius",
]
BR_F = [
    "Maria",
    "Ana",
    "Júlia",
    "Beatriz",
    "Fernanda",
    "Camila",
    "Juliana",
    "Patrícia",
    "Aline",
    "Letícia",
    "Larissa",
    "Mariana",
    "Gabriela",
    "Luana",
    "Vitória",
    "Clara",
    "Eduarda",
    "Luíza",
    "Helena",
    "Sofia",
]
BR_COMP_M = [
    "João Pedro",
    "José Carlos",
    "Luiz Fernando",
    "Carlos Eduardo",
    "João Victor",
    "Paulo Henrique",
    "Marcos Antônio",
    "Pedro Henrique",
    "João Paulo",
    "Luiz Carlos",
]
BR_COMP_F = [
    "Maria Eduarda",
    "Ana Clara",
    "Maria Clara",
    "Ana Paula",
    "Maria Luíza",
    "Ana Beatriz",
    "Maria Fernanda",
    "Ana Júlia",
    "Maria José",
    "Maria Helena",
]
BR_SUR = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Rodrigues",
    "Ferreira",
    "Alves",
    "Pereira",
    "Lima",
    "Gomes",
    "Costa",
    "Ribeiro",
    "Martins",
    "Carvalho",
    "Almeida",
    "Lopes",
    "Soares",
    "Fernandes",
    "Vieira",
    "Barbosa",
    "Rocha",
    "Dias",
    "Nascimento",
    "Andrade",
    "Moreira",
    "Nunes",
    "Marques",
    "Machado",
    "Mendes",
    "Freitas",
    "Cardoso",
    "Ramos",
    "Gonçalves",
    "Santana",
    "Teixeira",
    "Araújo",
]
BR_PART = {
    "Silva": "da",
    "Santos": "dos",
    "Souza": "de",
    "Costa": "da",
    "Conceição": "da",
    "Rocha": "da",
    "Assis": "de",
    "Jesus": "de",
    "Nascimento": "do",
    "Araújo": "de",
    "Oliveira": "de",
}
MX_M = [
    "José",
    "Juan",
    "Luis",
    "Carlos",
    "Jorge",
    "Miguel",
    "Francisco",
    "Alejandro",
    "Fernando",
    "Ricardo",
    "Eduardo",
    "Roberto",
    "Manuel",
    "Javier",
    "Sergio",
    "Daniel",
    "Arturo",
    "Héctor",
    "Raúl",
    "Jesús",
]
MX_F = [
    "María",
    "Guadalupe",
    "Ana",
    "Laura",
    "Patricia",
    "Gabriela",
    "Verónica",
    "Adriana",
    "Alejandra",
    "Leticia",
    "Rosa",
    "Claudia",
    "Mónica",
    "Sofía",
    "Fernanda",
    "Daniela",
    "Valeria",
    "Lucía",
    "Andrea",
    "Elena",
]
MX_COMP_M = [
    "José Luis",
    "Juan Carlos",
    "Luis Fernando",
    "José Antonio",
    "Juan Manuel",
    "Miguel Ángel",
    "José Manuel",
    "Jorge Alberto",
    "Carlos Alberto",
    "Luis Miguel",
]
MX_COMP_F = [
    "María José",
    "María Guadalupe",
    "Ana María",
    "María Fernanda",
    "María del Carmen",
    "Ana Laura",
    "María Elena",
    "Rosa María",
    "María Isabel",
    "Martha Patricia",
]
MX_SUR = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Gutiérrez",
    "Ruiz",
    "Mendoza",
    "Aguilar",
    "Ortiz",
    "Moreno",
    "Castillo",
    "Romero",
    "Álvarez",
    "Méndez",
    "Chávez",
    "Rivera",
    "Juárez",
    "Ramos",
    "Domínguez",
    "Herrera",
    "Medina",
    "Castro",
    "de la Cruz",
    "Vargas",
]
BR_CITY = [
    ("São Paulo", "SP", "01"),
    ("Rio de Janeiro", "RJ", "20"),
    ("Belo Horizonte", "MG", "30"),
    ("Curitiba", "PR", "80"),
    ("Porto Alegre", "RS", "90"),
    ("Salvador", "BA", "40"),
    ("Recife", "PE", "50"),
    ("Campinas", "SP", "13"),
    ("Fortaleza", "CE", "60"),
]
BR_DDD = {
    "SP": ["11", "19"],
    "RJ": ["21"],
    "MG": ["31"],
    "PR": ["41"],
    "RS": ["51"],
    "BA": ["71"],
    "PE": ["81"],
    "CE": ["85"],
}
BR_BAIRRO = [
    "Centro",
    "Jardim Paulista",
    "Vila Mariana",
    "Copacabana",
    "Tijuca",
    "Savassi",
    "Batel",
    "Moema",
    "Boa Viagem",
    "Pinheiros",
    "Santana",
    "Bela Vista",
    "Liberdade",
    "Barra",
]
BR_RUA = [
    "Rua das Flores",
    "Avenida Paulista",
    "Rua Augusta",
    "Rua XV de Novembro",
    "Avenida Brasil",
    "Rua São João",
    "Rua Sete de Setembro",
    "Avenida Atlântica",
    "Rua da Consolação",
    "Rua Frei Caneca",
    "Rua Tiradentes",
    "Avenida Getúlio Vargas",
    "Rua Dom Pedro II",
    "Rua Bahia",
    "Rua Oscar Freire",
]
MX_CITY = [
    ("CDMX", "Ciudad de México", "55"),
    ("Guadalajara", "Jalisco", "33"),
    ("Monterrey", "Nuevo León", "81"),
    ("Puebla", "Puebla", "222"),
    ("Querétaro", "Querétaro", "442"),
]
MX_COL = [
    "Roma Norte",
    "Condesa",
    "Del Valle",
    "Narvarte",
    "Centro",
    "Polanco",
    "Providencia",
    "Americana",
    "Chapultepec",
    "San Pedro",
    "Juárez",
    "Escandón",
    "Lomas Verdes",
    "Santa María",
]
MX_CALLE = [
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Reforma",
    "Calle Hidalgo",
    "Calle Morelos",
    "Av. Juárez",
    "Calle Zaragoza",
    "Av. Universidad",
    "Calle Madero",
    "Calle 5 de Mayo",
    "Av. Revolución",
    "Calle Allende",
    "Av. Chapultepec",
    "Calle Guerrero",
]
STATES = ["AS", "BC", "CH", "DF", "JC", "NL", "PL", "QT", "VZ", "MC", "GT"]
AGENTS = [(f"corretor.{i}@seguros{'br' if i % 2 else 'mx'}.com", i) for i in range(40)]


def strip(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def consonant(s: str) -> str:
    for c in strip(s).upper()[1:]:
        if c.isalpha() and c not in "AEIOU":
            return c
    return "X"


class Insurer:
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.r = random.Random(seed)

    def cpf(self) -> str:
        R = self.r
        d = [R.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=True)) % 11
            d.append(0 if s < 2 else 11 - s)
        return "".join(map(str, d))

    def curp_rfc(self, given, pat, mat, dob, sex):
        R = self.r
        p, m, g = (
            strip(pat).upper().replace("DE LA ", ""),
            strip(mat).upper(),
            strip(given.split()[0]).upper(),
        )
        vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
        head = p[0] + vowel + m[0] + g[0]
        ymd = dob[8:10] + dob[3:5] + dob[0:2]
        curp = (
            head
            + ymd
            + sex
            + R.choice(STATES)
            + consonant(pat)
            + consonant(mat)
            + consonant(given)
            + R.choice("0123456789A")
            + str(R.randint(0, 9))
        )
        rfc = head + ymd + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
        return curp, rfc

    def person(self, country, sex, surnames=None, born=None):
        R = self.r
        if country == "BR":
            given = (
                R.choice(BR_COMP_M if sex == "H" else BR_COMP_F)
                if R.random() < 0.35
                else R.choice(BR_M if sex == "H" else BR_F)
            )
            fam = surnames or R.sample(BR_SUR, 2)  # mother's, father's
        else:
            given = (
                R.choice(MX_COMP_M if sex == "H" else MX_COMP_F)
                if R.random() < 0.35
                else R.choice(MX_M if sex == "H" else MX_F)
            )
            fam = surnames or R.sample(MX_SUR, 2)  # paterno, materno
        y = born or R.randint(1945, 2000)
        dob = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{y}"
        p = dict(country=country, given=given, fam=fam, dob=dob, sex=sex)
        if country == "BR":
            p["doc"] = self.cpf()
        else:
            p["doc"], p["rfc"] = self.curp_rfc(given, fam[0], fam[1], dob, sex)
        local = (
            strip(given.split()[0] + R.choice([".", "_", ""]) + fam[-1 if country == "BR" else 0])
            .lower()
            .replace(" ", "")
        )
        p["email"] = (
            local
            + R.choice(["", str(y % 100), str(R.randint(1, 99))])
            + "@"
            + R.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "yahoo.com.br" if country == "BR" else "yahoo.com.mx",
                    "outlook.com",
                ]
            )
        )
        return p

    def household(self, country):
        R = self.r
        city = R.choice(BR_CITY if country == "BR" else MX_CITY)
        if country == "BR":
            ddd = R.choice(BR_DDD[city[1]])
            addr = dict(
                street=R.choice(BR_RUA),
                num=str(R.randint(10, 3000)),
                apt=str(R.randint(11, 180)) if R.random() < 0.5 else "",
                hood=R.choice(BR_BAIRRO),
                city=city[0],
                uf=city[1],
                cep=f"{city[2]}{R.randint(100, 999)}-{R.randint(0, 999):03d}",
            )
        else:
            ddd = city[2]
            addr = dict(
                street=R.choice(MX_CALLE),
                num=str(R.randint(1, 900)),
                apt=str(R.randint(1, 20)) if R.random() < 0.4 else "",
                hood=R.choice(MX_COL),
                city=city[0],
                uf=city[1],
                cep=f"{R.randint(1, 99):02d}{R.randint(0, 999):03d}",
            )
        return ddd, addr

    def mobile(self, country, ddd):
        R = self.r
        if country == "BR":
            return ddd + "9" + "".join(str(R.randint(0, 9)) for _ in range(8))
        return ddd + "".join(str(R.randint(0, 9)) for _ in range(10 - len(ddd)))

    def fmt_phone(self, country, num):
        R = self.r
        if country == "BR":
            ddd, n = num[:2], num[2:]
            return R.choice(
                [
                    f"+55 {ddd} {n[:5]}-{n[5:]}",
                    f"({ddd}) {n[:5]}-{n[5:]}",
                    f"0{ddd} {n[:5]} {n[5:]}",
                    f"{ddd}{n}",
                    f"55{ddd}{n}",
                ]
            )
        return R.choice(
            [
                f"+52 {num[:2]} {num[2:6]} {num[6:]}",
                f"044 {num[:2]} {num[2:6]} {num[6:]}",
                f"{num[:2]} {num[2:6]} {num[6:]}",
                f"({num[:3]}) {num[3:6]} {num[6:]}",
                f"+52 1 {num}",
            ]
        )

    def fmt_addr(self, country, a):
        R = self.r
        if country == "BR":
            street = (
                a["street"].replace("Rua ", "R. ").replace("Avenida ", "Av. ")
                if R.random() < 0.3
                else a["street"]
            )
            apt = f" - apto {a['apt']}" if a["apt"] and R.random() < 0.8 else ""
            cep = a["cep"] if R.random() < 0.8 else a["cep"].replace("-", "")
            return f"{street}, {a['num']}{apt} - {a['hood']} - {a['city']}/{a['uf']} - CEP {cep}"
        col = R.choice(["Col. ", "Colonia ", ""])
        inte = f" Int. {a['apt']}" if a["apt"] and R.random() < 0.8 else ""
        return f"{a['street']} {a['num']}{inte}, {col}{a['hood']}, C.P. {a['cep']}, {a['city']}"

    def vary_doc(self, p):
        R = self.r
        d = p["doc"]
        if R.random() < 0.03:  # mistyped
            i = R.randrange(len(d))
            d = d[:i] + (str((int(d[i]) + 1) % 10) if d[i].isdigit() else "X") + d[i + 1 :]
        if p["country"] == "BR" and R.random() < 0.6:
            d = f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
        return d

    def vary_name(self, p, caps):
        R = self.r
        given, fam = p["given"], list(p["fam"])
        if " " in given and R.random() < 0.35:
            given = given.split()[0]
        if p["country"] == "BR":
            fam = [f"{BR_PART[f]} {f}" if f in BR_PART and R.random() < 0.5 else f for f in fam]
        r = R.random()
        if r < 0.25:
            fam = [fam[-1]] if p["country"] == "BR" else [fam[0]]  # the usual surname only
        elif r < 0.30:
            fam = [fam[0]] if p["country"] == "BR" else [fam[1]]  # the other one
        elif r < 0.38:
            fam = fam[::-1]  # the other country's order
        if R.random() < 0.3:
            given, fam = strip(given), [strip(f) for f in fam]
        if caps or R.random() < 0.2:
            given, fam = given.upper(), [f.upper() for f in fam]
        return given, " ".join(fam)

    def vary_dob(self, d):
        R = self.r
        if R.random() < 0.03:
            d = f"{d[3:5]}/{d[:2]}/{d[6:]}"
        elif R.random() < 0.02:
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d if R.random() < 0.85 else f"{d[6:]}-{d[3:5]}-{d[:2]}"

    def record(self, p, sistema, hh, benef=None):
        R = self.r
        c = p["country"]
        caps = sistema == "sinistros"
        given, fam = self.vary_name(p, caps)
        rec = dict(
            sistema=sistema,
            pais=R.choice({"BR": ["Brasil", "BR", "BRA"], "MX": ["México", "MX", "Mexico"]}[c]),
            nome=given,
            sobrenome=fam,
            data_nascimento=self.vary_dob(p["dob"]) if R.random() < 0.9 else "",
            documento=self.vary_doc(p) if R.random() < 0.8 else "",
            rfc="",
            telefone="",
            email="",
            endereco="",
            beneficiario_nome="",
            parentesco="",
            person_id=p["pid"],
        )
        if caps and R.random() < 0.3:  # claims migration: whole name in the name column
            rec["nome"], rec["sobrenome"] = f"{given} {fam}", ""
        if c == "MX" and R.random() < 0.5:
            rec["rfc"] = p["rfc"]
        agent = AGENTS[p["pid"] % 40]
        if sistema == "crm_agentes" and R.random() < 0.4:  # agent typed own contact
            i = agent[1]
            rec["telefone"] = (
                self.fmt_phone("BR", f"119{40000000 + i * 1373}")
                if i % 2
                else self.fmt_phone("MX", f"55{50000000 + i * 1373}")
            )
            rec["email"] = agent[0]
        else:
            if R.random() < 0.85:
                rec["telefone"] = self.fmt_phone(
                    c,
                    p["mobile"]
                    if sistema != "beneficiarios" or R.random() < 0.5
                    else hh["holder_mobile"],
                )
            if R.random() < 0.7 and sistema != "beneficiarios":
                rec["email"] = p["email"] if R.random() < 0.95 else p["email"].replace("@", "1@")
        if R.random() < 0.85:
            rec["endereco"] = self.fmt_addr(c, p["addr"])
        if sistema == "apolices" and benef is not None:
            bg, bf = self.vary_name(benef, False)
            rec["beneficiario_nome"] = f"{bg} {bf}"
            rec["parentesco"] = benef["rel"]
        if sistema == "beneficiarios":
            rec["parentesco"] = p["rel"]
            if R.random() < 0.5:
                rec["documento"] = ""
        return rec

    def records(self) -> pd.DataFrame:
        R = self.r
        rows = []
        pid = 0
        while pid < self.n:
            c = "BR" if R.random() < 0.55 else "MX"
            ddd, addr = self.household(c)
            sex = R.choice("HM")
            h = self.person(c, sex)
            size = R.choices([1, 2, 3, 4], [0.35, 0.3, 0.2, 0.15])[0]
            fam = [h]
            h["rel"] = "titular"
            if size >= 2:
                s = self.person(c, "M" if sex == "H" else "H", born=R.randint(1945, 2000))
                s["rel"] = R.choice(["cônjuge", "esposa" if sex == "H" else "esposo"])
                fam.append(s)
            for _ in range(size - len(fam)):
                # child: BR takes mother's + father's last surname; MX father's paterno + mother's paterno
                mom, dad = (
                    (fam[1], h)
                    if sex == "H" and len(fam) > 1
                    else (h, fam[1] if len(fam) > 1 else h)
                )
                sur = (
                    [mom["fam"][-1], dad["fam"][-1]]
                    if c == "BR"
                    else [dad["fam"][0], mom["fam"][0]]
                )
                k = self.person(c, R.choice("HM"), surnames=sur, born=R.randint(1985, 2006))
                k["rel"] = R.choice(["filho", "filha", "hijo", "hija"])
                fam.append(k)
            hh = dict(holder_mobile=None)
            for m in fam:
                m["pid"], pid = pid, pid + 1
                m["mobile"] = self.mobile(c, ddd)
                m["addr"] = addr if R.random() < 0.9 else self.household(c)[1]
            hh["holder_mobile"] = h["mobile"]
            for m in fam:
                main_ = m is h or R.random() < 0.3
                benef = R.choice(fam[1:]) if len(fam) > 1 and main_ else None
                if main_:
                    for _ in range(R.choice([1, 1, 2])):
                        rows.append(self.record(m, "apolices", hh, benef))
                    for _ in range(R.choices([0, 1, 2], [0.5, 0.35, 0.15])[0]):
                        rows.append(self.record(m, "sinistros", hh))
                else:
                    rows.append(self.record(m, "beneficiarios", hh))
                for _ in range(R.choices([0, 1, 2], [0.4, 0.4, 0.2])[0]):
                    rows.append(self.record(m, "crm_agentes", hh))
                if R.random() < 0.1:  # moved: a later record at a new address
                    m["addr"] = self.household(c)[1]
                    rows.append(self.record(m, R.choice(["apolices", "crm_agentes"]), hh))
        df = pd.DataFrame(rows).sample(frac=1, random_state=1).reset_index(drop=True)
        df.insert(0, "id_registro", [f"R{i:06d}" for i in range(len(df))])
        return df


def insurer(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    df = Insurer(persons, seed).records()
    truth = df.set_index("id_registro")["person_id"]
    df = df.drop(columns=["person_id"]).replace("", None).astype(object)
    return df.where(df.notna(), None), truth
