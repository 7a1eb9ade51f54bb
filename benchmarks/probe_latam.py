"""A South American bank and retail group's customer file: a Chilean bank's core system, a
Colombian mobile operator, an Argentine retailer's loyalty programme, the group's online shop
(run from Peru, selling in Peru, Chile and Colombia) and its WhatsApp care desk, stacked in one
file (a ``sistema`` column; a column of the same name in two systems is one column).

* Chilean bank (``BANCO_CL``), one row per product (account, card, consumer loan), the customer's
  data copied onto each when it was opened: ``rut`` with its check digit (``12.345.678-K``,
  ``12345678K``, ``12345678-k``; foreign residents' RUTs from 20 million up), ``nombres`` (all the
  given names), ``apellido_paterno``, ``apellido_materno``, ``fecha_nac`` (``dd-mm-yyyy``),
  ``celular`` (``+56 9 8765 4321``, ``987654321``, ``09-87654321``; before 2012 an eight-digit
  ``8765 4321``), ``telefono_fijo`` (``+56 2 2345 6789``; before 2013 ``(2) 345 6789``),
  ``email``, ``direccion`` (``Av. Providencia 1234 depto 56``), ``comuna``, ``region``.
* Colombian mobile operator (``TELCO_CO``), one row per line: ``tipo_documento`` (``CC``, ``CE``
  for foreigners, ``TI`` for a minor's old identity card), ``numero_documento`` (``79.456.123``,
  ``1020456789``), ``nombre_completo`` as the registry writes it, in capitals and family names
  first (``RODRIGUEZ PEREZ JUAN CARLOS``, often one family name only, ``Ñ`` as ``N``), ``linea``
  (``310 123 4567``, ``+57 3101234567``), ``telefono_fijo`` (``601 234 5678``; before 2022
  ``(1) 234 5678``), ``direccion`` (``Cra 7 # 45-12 Apto 301``, ``Calle 72 Sur #10-20``),
  ``municipio``, ``departamento``, ``correo_electronico``. A teenager's or an old parent's line
  is in the holder's name and document.
* Argentine loyalty programme (``FIDELIDAD_AR``): ``nro_socio``, ``dni`` (``30.123.456``;
  foreign residents' from 90 million up), ``cuit`` (``20-30123456-7``: the DNI between a prefix
  for the sex and a check digit), ``nombre``, ``apellido`` (the father's family name alone, as
  Argentines use it; an older married woman's ``Gómez de Pérez``), ``telefono``
  (``011 15-4567-8901``, ``+54 9 11 4567-8901``, ``11 4567-8901`` without the mobile's 9 or 15,
  ``15-4567-8901`` without the area code), ``email``, ``fecha_nacimiento`` (``14/03/1985``),
  ``domicilio`` (``Av. Rivadavia 4567 3° B``), ``localidad``, ``provincia``. A lost card is a new
  ``nro_socio`` with the data typed again.
* Online shop (``TIENDA``), typed by the customers: ``pais`` (the site: ``PE``, ``CL``, ``CO``),
  ``dni`` (a Peruvian's eight-digit DNI, a Chilean's RUT, a Colombian's cédula), ``nombres``,
  ``apellidos`` (both family names in one box, or one), ``correo``, ``celular`` (``987 654 321``
  with no country code: a Peruvian's and a Chilean's mobiles both have nine digits and start
  with 9), ``fecha_nacimiento`` (``1985-03-14``), ``direccion_entrega``, ``distrito``. Several
  accounts, with several e-mails.
* WhatsApp care desk (``WHATSAPP``), one row per conversation: ``nombre_contacto`` (the
  profile's name: ``Caro Muñoz``, ``juanpa``, ``Mafe Rodríguez``, ``Sra Gladys``),
  ``whatsapp`` (``+56 9 8765 4321``, ``5491145678901``, ``54 11 4567 8901`` without the 9),
  ``usuario`` (an Instagram handle or an e-mail), ``documento`` as the agent typed it
  (``CC 1020456789``, ``RUT 12.345.678-5``, ``dni 30123456``).

What makes it hard: two family names, the father's and the mother's, kept both, one, or in one
box; Argentines using the father's alone; particles (``de la Cruz``, ``del Río``, ``San
Martín``) and hyphenated names; compound given names (``Juan Pablo``, ``María Fernanda``) cut to
one or to a nickname (``Juanpa``, ``Mafe``, ``Coni``); accents dropped (``Muñoz``, ``Munoz``,
``MUNOZ``, ``MUNIOZ``); very common names (``Juan Carlos Rodríguez``, ``María José González``),
and sons named after their fathers, in one home, with one landline; households sharing a
landline, an address, an e-mail, a line held by a parent; one to three mobile lines, numbers the
operators give out again; moves; a Peruvian, Colombian or Argentine living in Chile with a RUT
besides the DNI or cédula, a Chilean living in Argentina with a DNI; a Colombian whose minor's
identity card had another number than the cédula; typos and missing values.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from draws import Draws, wpick

# ---------------------------------------------------------------- names
# Given names by country and sex, with weights: a few very common ones, a long tail.
GIVEN = {
    ("CL", "M"): {"Juan": 8, "José": 6, "Luis": 5, "Carlos": 5, "Jorge": 4, "Francisco": 4, "Cristián": 3,
                  "Matías": 4, "Benjamín": 3, "Sebastián": 4, "Felipe": 3, "Diego": 3, "Rodrigo": 3, "Pablo": 3,
                  "Patricio": 2, "Manuel": 3, "Tomás": 2, "Nicolás": 3, "Víctor": 2, "Héctor": 1, "Claudio": 2},
    ("CL", "F"): {"María": 10, "Constanza": 3, "Javiera": 3, "Catalina": 3, "Francisca": 3, "Camila": 4,
                  "Valentina": 3, "Carolina": 3, "Daniela": 3, "Paula": 2, "Fernanda": 3, "Ximena": 2, "Paola": 2,
                  "Claudia": 3, "Marcela": 2, "Patricia": 2, "Carmen": 2, "Rosa": 2, "Josefa": 2, "Gladys": 1},
    ("CO", "M"): {"Juan": 8, "Carlos": 6, "Luis": 5, "Jorge": 4, "Andrés": 4, "Jhon": 3, "Jairo": 2, "Yeison": 2,
                  "Diego": 3, "Óscar": 3, "Julián": 2, "Camilo": 3, "Alejandro": 3, "Santiago": 3, "Hernán": 2,
                  "Fabio": 2, "William": 2, "Édgar": 2, "Jesús": 2, "Wilson": 2},
    ("CO", "F"): {"María": 10, "Luz": 4, "Sandra": 3, "Diana": 3, "Paola": 3, "Luisa": 3, "Yuliana": 2,
                  "Ángela": 3, "Claudia": 3, "Martha": 2, "Natalia": 3, "Laura": 3, "Valentina": 2, "Adriana": 3,
                  "Gloria": 2, "Blanca": 2, "Marcela": 2, "Leidy": 2, "Johana": 2, "Fernanda": 2},
    ("AR", "M"): {"Juan": 7, "Martín": 4, "Lucas": 4, "Santiago": 3, "Diego": 3, "Pablo": 3, "Gustavo": 3,
                  "Marcelo": 3, "Sergio": 3, "Facundo": 3, "Matías": 3, "Nicolás": 3, "Alejandro": 3, "Hugo": 2,
                  "Ramón": 2, "Ezequiel": 2, "Gonzalo": 2, "Federico": 2, "Mariano": 2, "Jorge": 3},
    ("AR", "F"): {"María": 9, "Florencia": 3, "Agustina": 3, "Micaela": 3, "Silvia": 3, "Graciela": 2,
                  "Mariela": 2, "Lorena": 3, "Romina": 3, "Natalia": 3, "Carolina": 3, "Valeria": 3, "Laura": 3,
                  "Susana": 2, "Noelia": 2, "Julieta": 2, "Sofía": 3, "Paula": 2, "Andrea": 3, "Belén": 2},
    ("PE", "M"): {"Juan": 8, "José": 6, "Luis": 6, "Carlos": 5, "Jorge": 4, "César": 3, "Miguel": 3, "Víctor": 3,
                  "Wilmer": 2, "Edwin": 2, "Percy": 2, "Julio": 3, "Alberto": 2, "Raúl": 2, "Renzo": 2,
                  "Diego": 2, "Walter": 2, "Fernando": 2, "Óscar": 2, "Ricardo": 2},
    ("PE", "F"): {"María": 11, "Rosa": 5, "Luz": 3, "Carmen": 4, "Ana": 4, "Milagros": 3, "Karina": 3,
                  "Flor": 2, "Sandra": 2, "Elizabeth": 3, "Lucía": 2, "Gisela": 2, "Jessica": 2, "Cinthia": 2,
                  "Yolanda": 2, "Mercedes": 2, "Patricia": 3, "Vanessa": 2, "Silvia": 2, "Fiorella": 2},
}  # fmt: skip
#: Second given names that make the common compounds.
SECOND = {
    "M": {"Carlos": 6, "Pablo": 5, "José": 4, "Manuel": 4, "Antonio": 3, "Ignacio": 3, "Andrés": 3,
          "Alberto": 2, "Francisco": 2, "Alejandro": 2, "David": 2, "Esteban": 2, "Camilo": 2, "Luis": 2},
    "F": {"José": 6, "Fernanda": 5, "Paz": 3, "Isabel": 4, "Teresa": 3, "Elena": 3, "Alejandra": 4,
          "Cristina": 3, "Victoria": 2, "Ignacia": 2, "Andrea": 2, "Belén": 2, "del Carmen": 3, "Luisa": 2},
}  # fmt: skip
#: What a compound given name is called by.
NICKNAMES = {"Juan Pablo": "Juanpa", "María Fernanda": "Mafe", "María José": "Majo", "Juan José": "Juanjo",
             "Constanza": "Coni", "Francisca": "Pancha", "Francisco": "Pancho", "José": "Pepe",
             "Guillermo": "Memo", "Alejandro": "Alejo", "Santiago": "Santi", "Valentina": "Vale",
             "Catalina": "Cata", "Carolina": "Caro", "Javiera": "Javi", "Sebastián": "Seba",
             "Ignacio": "Nacho", "Gonzalo": "Gonza", "Federico": "Fede", "Florencia": "Flor",
             "Agustina": "Agus", "Micaela": "Mica", "Daniela": "Dani", "Fernanda": "Feña"}  # fmt: skip
SURNAMES = {
    "CL": {"González": 40, "Muñoz": 30, "Rojas": 22, "Díaz": 20, "Pérez": 18, "Soto": 17, "Contreras": 14,
           "Silva": 14, "Martínez": 13, "Sepúlveda": 12, "Morales": 12, "Rodríguez": 12, "López": 11,
           "Fuentes": 10, "Hernández": 10, "Torres": 9, "Araya": 9, "Flores": 9, "Espinoza": 9, "Valenzuela": 8,
           "Castillo": 8, "Tapia": 8, "Reyes": 8, "Gutiérrez": 7, "Castro": 7, "Pizarro": 6, "Álvarez": 6,
           "Vásquez": 6, "Sánchez": 6, "Fernández": 6, "Ramírez": 6, "Carrasco": 6, "Gómez": 5, "Cortés": 5,
           "Herrera": 5, "Núñez": 5, "Jara": 5, "Vergara": 4, "Riquelme": 4, "Figueroa": 4, "Yáñez": 3,
           "Ibáñez": 3, "Sanhueza": 3, "Aravena": 3, "San Martín": 2, "de la Fuente": 2, "del Río": 2,
           "Peña": 3, "Zúñiga": 3, "Cáceres": 3, "Saavedra": 3, "Henríquez": 3, "Orellana": 3},
    "CO": {"Rodríguez": 30, "Gómez": 22, "González": 20, "Martínez": 20, "García": 20, "López": 18,
           "Hernández": 14, "Sánchez": 14, "Ramírez": 13, "Pérez": 13, "Díaz": 11, "Muñoz": 10, "Rojas": 10,
           "Moreno": 9, "Jiménez": 9, "Vargas": 9, "Torres": 8, "Castro": 8, "Ruiz": 7, "Suárez": 7,
           "Ortiz": 7, "Gutiérrez": 7, "Álvarez": 6, "Castañeda": 4, "Ospina": 5, "Restrepo": 5, "Cardona": 5,
           "Giraldo": 5, "Quintero": 4, "Zapata": 4, "Valencia": 4, "Mejía": 4, "Patiño": 3, "Londoño": 3,
           "Peña": 3, "Salazar": 4, "Cárdenas": 3, "Montoya": 3, "de la Hoz": 2, "de la Cruz": 2, "Ibáñez": 2,
           "Arango": 3, "Agudelo": 3, "Bermúdez": 2, "Cuéllar": 2, "Muñoz-Sastoque": 1},
    "AR": {"González": 25, "Rodríguez": 22, "Gómez": 18, "Fernández": 18, "López": 17, "Díaz": 14,
           "Martínez": 14, "Pérez": 12, "García": 12, "Sánchez": 11, "Romero": 11, "Sosa": 10, "Álvarez": 9,
           "Torres": 9, "Ruiz": 8, "Ramírez": 8, "Flores": 8, "Acosta": 7, "Benítez": 7, "Medina": 6,
           "Suárez": 6, "Herrera": 6, "Aguirre": 5, "Pereyra": 5, "Gutiérrez": 5, "Giménez": 5, "Molina": 5,
           "Silva": 5, "Castro": 5, "Rossi": 4, "Ferrari": 3, "Russo": 3, "Bianchi": 2, "Romano": 3,
           "Fernández Caride": 1, "Núñez": 4, "Peña": 3, "Ibáñez": 2, "del Valle": 2, "Iriarte": 2},
    "PE": {"Quispe": 30, "Flores": 18, "Sánchez": 14, "Rodríguez": 12, "García": 12, "Rojas": 11,
           "Mamani": 14, "Huamán": 11, "Chávez": 10, "Ramos": 10, "Torres": 9, "Díaz": 9, "Vásquez": 9,
           "Mendoza": 9, "López": 9, "Castillo": 8, "Cruz": 7, "Gonzales": 8, "Gutiérrez": 7, "Espinoza": 7,
           "Pérez": 7, "Ramírez": 7, "Ccori": 3, "Condori": 7, "Apaza": 5, "Huanca": 4, "Ticona": 4,
           "Vargas": 6, "Castro": 5, "Salazar": 5, "Paredes": 5, "Muñoz": 3, "Núñez": 4,
           "de la Cruz": 4, "Del Águila": 2, "Ñahui": 2, "Ñaupari": 1, "Yupanqui": 3, "Cárdenas": 4},
}  # fmt: skip

# ---------------------------------------------------------------- places
# (comuna, region as the bank writes it [several forms], area code)
CL_PLACES = [("Santiago", ["Metropolitana", "RM", "Región Metropolitana"], "2", 8),
             ("Providencia", ["Metropolitana", "RM", "Región Metropolitana"], "2", 5),
             ("Ñuñoa", ["Metropolitana", "RM", "Región Metropolitana"], "2", 5),
             ("Maipú", ["Metropolitana", "RM", "Región Metropolitana"], "2", 7),
             ("Puente Alto", ["Metropolitana", "RM", "Región Metropolitana"], "2", 7),
             ("La Florida", ["Metropolitana", "RM", "Región Metropolitana"], "2", 6),
             ("Las Condes", ["Metropolitana", "RM", "Región Metropolitana"], "2", 5),
             ("Viña del Mar", ["Valparaíso", "V Región", "Valparaiso"], "32", 4),
             ("Valparaíso", ["Valparaíso", "V Región", "Valparaiso"], "32", 3),
             ("Concepción", ["Biobío", "VIII Región", "Bio Bio"], "41", 4),
             ("Temuco", ["Araucanía", "IX Región", "La Araucania"], "45", 3),
             ("Antofagasta", ["Antofagasta", "II Región"], "55", 3)]  # fmt: skip
CL_STREETS = ["Av. Providencia", "Los Aromos", "Pasaje Las Rosas", "Av. Vicuña Mackenna", "Gran Avenida",
              "Av. Grecia", "Los Alerces", "Av. Pajaritos", "Irarrázaval", "Av. Matta", "Los Carrera",
              "Libertad", "O'Higgins", "Manuel Rodríguez", "Arturo Prat", "Las Acacias", "Santa Rosa"]  # fmt: skip
# (municipio, departamento, landline indicative before 2022)
CO_PLACES = [("Bogotá D.C.", "Bogotá D.C.", "1", 12), ("Soacha", "Cundinamarca", "1", 3),
             ("Medellín", "Antioquia", "4", 7), ("Bello", "Antioquia", "4", 2), ("Envigado", "Antioquia", "4", 2),
             ("Cali", "Valle del Cauca", "2", 6), ("Palmira", "Valle del Cauca", "2", 1),
             ("Barranquilla", "Atlántico", "5", 4), ("Bucaramanga", "Santander", "7", 3),
             ("Pereira", "Risaralda", "6", 2)]  # fmt: skip
# (localidad, provincia [forms], area code)
AR_PLACES = [("CABA", ["CABA", "Capital Federal", "Ciudad Autónoma de Buenos Aires"], "11", 10),
             ("Quilmes", ["Buenos Aires", "Bs. As.", "Pcia. de Buenos Aires"], "11", 3),
             ("Lomas de Zamora", ["Buenos Aires", "Bs. As.", "Pcia. de Buenos Aires"], "11", 3),
             ("La Plata", ["Buenos Aires", "Bs. As."], "221", 3),
             ("Córdoba", ["Córdoba", "Cordoba"], "351", 5), ("Rosario", ["Santa Fe"], "341", 4),
             ("Mendoza", ["Mendoza"], "261", 3)]  # fmt: skip
AR_STREETS = ["Av. Rivadavia", "Av. Corrientes", "Av. Santa Fe", "Belgrano", "San Martín", "Mitre",
              "Sarmiento", "Av. Colón", "Bv. Oroño", "Güemes", "Av. San Juan", "Lavalle", "Moreno"]  # fmt: skip
PE_PLACES = [
    ("Miraflores", 3),
    ("San Isidro", 2),
    ("Santiago de Surco", 4),
    ("San Juan de Lurigancho", 6),
    ("Los Olivos", 4),
    ("Comas", 4),
    ("Ate", 3),
    ("Arequipa", 4),
    ("Trujillo", 3),
    ("Chiclayo", 2),
]
PE_STREETS = ["Av. Javier Prado Este", "Jr. Ucayali", "Av. Arequipa", "Calle Los Pinos", "Av. Universitaria",
              "Jr. Huallaga", "Av. Túpac Amaru", "Calle Las Begonias", "Av. Próceres de la Independencia"]  # fmt: skip
DOMAINS = {"CL": {"gmail.com": 55, "hotmail.com": 15, "yahoo.es": 5, "live.cl": 8, "outlook.com": 7, "vtr.net": 5},
           "CO": {"gmail.com": 55, "hotmail.com": 25, "yahoo.es": 6, "outlook.com": 8, "une.net.co": 4},
           "AR": {"gmail.com": 50, "hotmail.com": 20, "yahoo.com.ar": 12, "fibertel.com.ar": 6,
                  "outlook.com": 6, "speedy.com.ar": 4},
           "PE": {"gmail.com": 55, "hotmail.com": 25, "outlook.com": 8, "yahoo.es": 7}}  # fmt: skip
COUNTRY = {"CL": 32, "CO": 30, "AR": 23, "PE": 15}


def rut_digit(body: int) -> str:
    """The check digit of a Chilean RUT (modulo 11, ``K`` for 10)."""
    total, factor = 0, 2
    for ch in reversed(str(body)):
        total += int(ch) * factor
        factor = 2 if factor == 7 else factor + 1
    d = 11 - total % 11
    return {11: "0", 10: "K"}.get(d, str(d))


def cuit_digit(prefix: str, dni: str) -> str:
    """The check digit of an Argentine CUIT/CUIL (modulo 11 over prefix and DNI)."""
    body = prefix + dni.zfill(8)
    total = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    d = 11 - total % 11
    return {11: "0", 10: "9"}.get(d, str(d))


def plain(s: str) -> str:
    """``s`` without its accents (``Ñ`` kept apart by the caller)."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def dots(n: str) -> str:
    """A number with thousands dots: ``30.123.456``."""
    return f"{int(n):,}".replace(",", ".")


class Latam(Draws):
    SLIP_LETTERS = "aeioulnrs"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        r = self.rnd
        self.next_pid = 0
        while len(self.persons) < self.n:
            c = wpick(r, COUNTRY)
            home = self.address(c)
            landline = (
                self.landline(c, home) if r.random() < (0.55 if c == "AR" else 0.35) else None
            )
            family_mail = None
            head = self.person(c, r.choice("MF"), self.dob(30, 85), home, landline)
            members = [head]
            kind = wpick(r, {"single": 35, "couple": 20, "family": 45})
            if kind != "single":
                sp = self.person(
                    c, "F" if head["sex"] == "M" else "M", self.dob(28, 85), home, landline
                )
                members.append(sp)
                father, mother = (head, sp) if head["sex"] == "M" else (sp, head)
                mother["husband"] = father["ap1"]
                if r.random() < 0.12:
                    family_mail = self.email(c, father["given"][0], father["ap1"], father["dob"])
                if kind == "family":
                    for _ in range(r.randint(1, 3)):
                        kid = self.person(c, r.choice("MF"), self.dob(18, 35), home, landline,
                                          (father["ap1"], mother["ap1"]))  # fmt: skip
                        if kid["sex"] == "M" and r.random() < 0.12:  # named after his father
                            kid["given"] = list(father["given"])
                        if r.random() < 0.35:  # a line the parent holds
                            kid["holder"] = father if r.random() < 0.6 else mother
                        members.append(kid)
                for m in members:
                    if family_mail and r.random() < 0.7:
                        m["emails"] = [family_mail, *m["emails"][:1]]
            self.persons.extend(members)
        # a few live in another country of the group and hold its number too
        for p in r.sample(self.persons, len(self.persons) // 30):
            if p["country"] == "CL":
                p["abroad"] = "AR"
                p["dni_ar"] = str(self.unique(lambda: str(r.randint(92_000_000, 96_000_000))))
            else:
                p["abroad"] = "CL"
                p["rut"] = r.randint(21_000_000, 27_500_000)
            p["abroad_home"] = self.address(p["abroad"])
            p["abroad_mobile"] = self.mobile(p["abroad"], p["abroad_home"])
        # lines given out again: a stranger's old number is someone else's now
        for p in r.sample(self.persons, len(self.persons) // 30):
            q = r.choice(self.persons)
            if q is not p and q["country"] == p["country"]:
                p["old_mobile"] = q["mobiles"][0]

    def person(self, c: str, sex: str, dob: dt.date, home: dict, landline, parents=None) -> dict:
        r = self.rnd
        first = wpick(r, GIVEN[(c, sex)])
        given = [first]
        if r.random() < (0.55 if first in ("Juan", "María", "José", "Luis") else 0.3):
            second = wpick(r, SECOND[sex])
            if second != first:
                given.append(second)
        if parents:
            ap1, ap2 = parents
        else:
            ap1, ap2 = wpick(r, SURNAMES[c]), wpick(r, SURNAMES[c])
        self.next_pid += 1
        p = dict(pid=self.next_pid, country=c, sex=sex, dob=dob, given=given, ap1=ap1, ap2=ap2,
                 home=home, landline=landline, husband=None, holder=None, abroad=None, old_mobile=None,
                 move=self.address(c) if r.random() < 0.2 else None)  # fmt: skip
        n = wpick(r, {1: 70, 2: 24, 3: 6})
        p["mobiles"] = [self.mobile(c, home) for _ in range(n)]
        p["emails"] = (
            [self.email(c, given[0], ap1, dob) for _ in range(wpick(r, {1: 80, 2: 20}))]
            if r.random() < 0.8
            else []
        )
        year = dob.year
        if c == "CL":  # RUTs were given out in order of birth, roughly
            p["rut"] = self.unique_int(
                lambda: int(3_000_000 + (year - 1940) * 250_000 + r.randint(-400_000, 400_000))
            )
        elif c == "CO":
            if year < 1985:  # women's and men's cédulas once came from separate ranges
                lo, hi = (20_000_000, 52_000_000) if sex == "F" else (1_000_000, 19_999_999)
                p["cedula"] = str(self.unique_int(lambda: r.randint(lo, hi)))
            else:
                p["cedula"] = str(self.unique_int(lambda: r.randint(1_000_000_000, 1_150_000_000)))
            if year >= 1988 and r.random() < 0.1:  # a minor's identity card with another number
                p["ti"] = str(self.unique_int(lambda: r.randint(70_000_000, 99_999_999)))
        elif c == "AR":
            p["dni"] = str(
                self.unique_int(
                    lambda: max(
                        1_000_000, int((year - 1935) * 680_000 + r.randint(-900_000, 900_000))
                    )
                )
            )
            p["cuit"] = self.cuit(p)
        else:
            p["dni"] = self.unique(lambda: self.digits(8))
        return p

    def unique_int(self, make) -> int:
        return int(self.unique(lambda: str(make())))

    def cuit(self, p: dict) -> str:
        prefix = "20" if p["sex"] == "M" else "27"
        d = cuit_digit(prefix, p["dni"])
        return f"{prefix}-{p['dni'].zfill(8)}-{d}"

    def address(self, c: str) -> dict:
        r = self.rnd
        if c == "CL":
            comuna, regions, code, _ = wpick(r, [(x, x[3]) for x in CL_PLACES])
            street = f"{r.choice(CL_STREETS)} {r.randint(100, 9999)}"
            unit = f"depto {r.randint(1, 24)}{r.randint(1, 9):02d}" if r.random() < 0.4 else None
            return dict(c=c, street=street, unit=unit, city=comuna, region=regions, code=code)
        if c == "CO":
            mun, dep, code, _ = wpick(r, [(x, x[3]) for x in CO_PLACES])
            kind = wpick(
                r, {"Calle": 40, "Carrera": 40, "Diagonal": 7, "Transversal": 6, "Avenida Calle": 7}
            )
            letter = r.choice(["", "", "", "A", "B", "C", " Bis"])
            sur = " Sur" if mun in ("Bogotá D.C.", "Soacha") and r.random() < 0.3 else ""
            num = (r.randint(1, 160), letter, r.randint(1, 120), r.randint(1, 99), sur)
            unit = f"Apto {r.randint(1, 20)}{r.randint(1, 9):02d}" if r.random() < 0.5 else None
            return dict(c=c, kind=kind, num=num, unit=unit, city=mun, region=[dep], code=code)
        if c == "AR":
            loc, provs, code, _ = wpick(r, [(x, x[3]) for x in AR_PLACES])
            street = f"{r.choice(AR_STREETS)} {r.randint(100, 7999)}"
            unit = f"{r.randint(1, 12)}° {r.choice('ABCDEF')}" if r.random() < 0.45 else None
            return dict(c=c, street=street, unit=unit, city=loc, region=provs, code=code)
        dist = wpick(r, PE_PLACES)
        street = f"{r.choice(PE_STREETS)} {r.randint(100, 3999)}"
        unit = f"Dpto {r.randint(1, 15)}0{r.randint(1, 4)}" if r.random() < 0.35 else None
        return dict(c=c, street=street, unit=unit, city=dist, region=["Lima"], code="1")

    def mobile(self, c: str, home: dict) -> str:
        """A mobile's national number: CL ``9xxxxxxxx``, CO ``3xxxxxxxxx``, AR area code and
        number (ten digits, without the 9 or 15), PE ``9xxxxxxxx``."""
        r = self.rnd
        if c == "CL":
            return self.unique(lambda: "9" + r.choice("5678") + self.digits(7))
        if c == "CO":
            return self.unique(lambda: "3" + r.choice(["00", "01", "02", "04", "10", "11", "12", "13", "14", "15",
                                                         "16", "17", "18", "20", "21", "23", "50", "01"]) + self.digits(7))  # fmt: skip
        if c == "AR":
            code = home["code"]
            return self.unique(lambda: code + r.choice("3456") + self.digits(9 - len(code)))
        return self.unique(lambda: "9" + r.choice("1456789") + self.digits(7))

    def landline(self, c: str, home: dict) -> str:
        r = self.rnd
        code = home["code"]
        if c == "CL":
            return self.unique(
                lambda: (
                    code
                    + ("2" if code == "2" else "")
                    + r.choice("2345679")
                    + self.digits(8 - len(code) - (code == "2"))
                )
            )
        if c == "CO":
            return self.unique(lambda: code + r.choice("2345678") + self.digits(6))
        if c == "AR":
            return self.unique(lambda: code + r.choice("4567") + self.digits(9 - len(code)))
        return self.unique(lambda: "1" + r.choice("2345") + self.digits(6))

    def email(self, c: str, given: str, ap1: str, dob: dt.date) -> str:
        r = self.rnd
        g, s = (
            plain(given).lower().replace("ñ", "n"),
            plain(ap1).lower().replace(" ", "").replace("ñ", "n"),
        )
        local = wpick(r, {f"{g}.{s}": 30, f"{g}{s}": 15, f"{g[0]}{s}": 20, f"{g}_{s}{dob:%y}": 10,
                          f"{g}{dob.year}": 10, f"{s}.{g}": 5, f"{g}{s[:3]}{r.randint(1, 999)}": 10})  # fmt: skip
        return self.unique(
            lambda: (
                local + wpick(r, {"": 60, str(r.randint(1, 99)): 40}) + "@" + wpick(r, DOMAINS[c])
            )
        )

    # ------------------------------------------------------------ written forms
    def spell(self, s: str, style: str) -> str:
        """A name as a system writes it: ``title`` as given, ``upper`` with the accents, ``ascii``
        in capitals without them (``Ñ`` as ``N``, now and then ``NI``), ``lower``, ``bare``
        (no accents, as typed on a phone)."""
        r = self.rnd
        if style == "upper":
            return s.upper()
        if style == "ascii":
            s = s.replace("ñ", "ni" if r.random() < 0.15 else "n").replace(
                "Ñ", "NI" if r.random() < 0.15 else "N"
            )
            return plain(s).upper()
        if style == "lower":
            return s.lower() if r.random() < 0.5 else plain(s).lower()
        if style == "bare":
            return plain(s)
        return s

    def given_used(self, p: dict, full: float = 0.6) -> str:
        """The given names a record holds: both, or the first, or now and then the second."""
        r = self.rnd
        g = p["given"]
        if len(g) == 1 or r.random() < full:
            return " ".join(g)
        return g[1] if r.random() < 0.15 and not g[1].startswith("del ") else g[0]

    def family(self, p: dict, both: float, married: float = 0.0) -> str:
        r = self.rnd
        ap1 = self.typo(p["ap1"], 0.03)
        if p["husband"] and p["dob"].year < 1975 and r.random() < married:
            return f"{ap1} de {p['husband']}"
        if r.random() < both:
            sep = "-" if r.random() < 0.02 else " "
            return f"{ap1}{sep}{self.typo(p['ap2'], 0.03)}"
        return ap1

    def rut_str(self, body: int) -> str:
        r = self.rnd
        d = rut_digit(body)
        if r.random() < 0.02:  # a digit slipped: the check digit no longer fits
            s = str(body)
            i = r.randrange(len(s) - 3, len(s))
            body = int(s[:i] + str(r.randrange(10)) + s[i + 1 :])
        style = wpick(r, {"dots": 45, "dash": 30, "plain": 20, "lower": 5})
        if style == "dots":
            return f"{dots(str(body))}-{d}"
        if style == "dash":
            return f"{body}-{d}"
        if style == "lower":
            return f"{body}-{d.lower()}"
        return f"{body}{d}"

    def digits_slip(self, s: str, p: float) -> str:
        r = self.rnd
        if r.random() >= p or len(s) < 5:
            return s
        i = r.randrange(1, len(s) - 1)
        if r.random() < 0.5:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s[:i] + str(r.randrange(10)) + s[i + 1 :]

    def phone_str(self, num: str | None, c: str, style: str) -> str | None:
        """A national number written the ways of its country: ``local`` as dialled at home,
        ``intl`` with the country code, ``old`` as before a renumbering, ``wa`` as WhatsApp
        shows it, ``bare`` in digits with the country code and no plus."""
        if not num:
            return None
        r = self.rnd
        if c == "CL":
            if num.startswith("9") and len(num) == 9:
                return {"local": f"{num}" if r.random() < 0.5 else f"{num[0]} {num[1:5]} {num[5:]}",
                        "intl": f"+56 9 {num[1:5]} {num[5:]}", "wa": f"+56 9 {num[1:5]} {num[5:]}",
                        "bare": "56" + num, "old": r.choice([f"09-{num[1:]}", f"{num[1:5]} {num[5:]}"])}[style]  # fmt: skip
            if num.startswith("22"):  # Santiago: 2 + 8 digits, 7 before 2013
                return {"local": f"2 {num[1:5]} {num[5:]}", "intl": f"+56 2 {num[1:5]} {num[5:]}",
                        "old": f"(2) {num[2:5]} {num[5:]}"}.get(style, "+56" + num)  # fmt: skip
            return {"local": f"({num[:2]}) {num[2:]}", "intl": f"+56 {num[:2]} {num[2:]}"}.get(
                style, "+56" + num
            )
        if c == "CO":
            if num.startswith("3"):
                return {"local": r.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]} {num[3:]}"]),
                        "intl": f"+57 {num[:3]} {num[3:]}", "wa": f"+57 {num[:3]} {num[3:6]} {num[6:]}",
                        "bare": "57" + num, "old": num}[style]  # fmt: skip
            # landline: indicative + 7 digits; since 2022 "60" before the indicative
            if style == "old":
                return r.choice([f"({num[0]}) {num[1:4]} {num[4:]}", f"{num[1:4]} {num[4:]}"])
            return f"60{num[0]} {num[1:4]} {num[4:]}" if style == "local" else f"+57 60{num}"
        if c == "AR":
            code, rest = next(
                (num[: len(k)], num[len(k) :])
                for k in ("11", "221", "351", "341", "261")
                if num.startswith(k)
            )
            if style == "fixed":
                return r.choice([f"0{code} {rest[:-4]}-{rest[-4:]}", f"({code}) {rest[:-4]}-{rest[-4:]}",
                                 f"+54 {code} {rest[:-4]} {rest[-4:]}"])  # fmt: skip
            if style == "local":
                return wpick(r, {f"0{code} 15-{rest[:-4]}-{rest[-4:]}": 35, f"{code} 15 {rest[:-4]} {rest[-4:]}": 15,
                                 f"15-{rest[:-4]}-{rest[-4:]}": 10, f"{code} {rest[:-4]}-{rest[-4:]}": 25,
                                 f"{code}{rest}": 15})  # fmt: skip
            if style in ("intl", "wa"):
                return r.choice([f"+54 9 {code} {rest[:-4]}-{rest[-4:]}", f"+54 9 {code} {rest}"])
            if style == "bare":
                return (
                    "549" + num if r.random() < 0.7 else "54 " + f"{code} {rest[:-4]} {rest[-4:]}"
                )
            return num
        # Peru
        if len(num) == 9:
            return {"local": r.choice([f"{num[:3]} {num[3:6]} {num[6:]}", num]), "intl": f"+51 {num[:3]} {num[3:6]} {num[6:]}",
                    "wa": f"+51 {num[:3]} {num[3:6]} {num[6:]}", "bare": "51" + num, "old": num}[style]  # fmt: skip
        return f"(01) {num[1:4]}-{num[4:]}" if style != "intl" else f"+51 1 {num[1:]}"

    def a_mobile(
        self, p: dict, old: float = 0.05, own_country: bool = True
    ) -> tuple[str | None, str]:
        """One of ``p``'s mobile numbers and its country."""
        r = self.rnd
        if p["abroad"] and not own_country:
            return p["abroad_mobile"], p["abroad"]
        if p["old_mobile"] and r.random() < old:
            return p["old_mobile"], p["country"]
        if not p["mobiles"]:
            return None, p["country"]
        return (p["mobiles"][0] if r.random() < 0.6 else r.choice(p["mobiles"])), p["country"]

    def addr(self, p: dict, stale: float) -> dict:
        return p["move"] if p["move"] and self.rnd.random() >= stale else p["home"]

    def street(self, a: dict, typo: float = 0.03) -> str:
        r = self.rnd
        if a["c"] == "CO":
            n1, letter, n2, n3, sur = a["num"]
            kind = {"Calle": r.choice(["Calle", "Cl", "Cll", "CL"]), "Carrera": r.choice(["Carrera", "Cra", "Kr", "Cr", "KR"]),
                    "Diagonal": r.choice(["Diagonal", "Dg"]), "Transversal": r.choice(["Transversal", "Tv"]),
                    "Avenida Calle": r.choice(["Avenida Calle", "Av Calle", "AC"])}[a["kind"]]  # fmt: skip
            sign = r.choice(["#", "# ", "No. ", "N° "])
            s = f"{kind} {n1}{letter}{sur} {sign}{n2}-{n3}"
        else:
            s = a["street"]
            if r.random() < 0.3:
                s = s.replace("Av. ", r.choice(["Avenida ", "Av ", "AV. "]))
        if a["unit"] and r.random() < 0.8:
            s = f"{s} {a['unit']}" if r.random() < 0.7 else f"{s}, {a['unit']}"
        return self.typo(s, typo)

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"sistema": system, "_pid": p["pid"], **rec})

    def dob_typo(self, d: dt.date, p: float = 0.02) -> dt.date:
        r = self.rnd
        if r.random() >= p:
            return d
        if d.day <= 12 and d.day != d.month:
            return d.replace(day=d.month, month=d.day)
        return d.replace(day=max(1, min(28, d.day + r.choice([-1, 1, 10]))))

    # ------------------------------------------------------------ systems
    def bank(self, p: dict, legacy: bool) -> None:
        r = self.rnd
        a = p["abroad_home"] if p["abroad"] == "CL" else self.addr(p, 0.7 if legacy else 0.2)
        style = "ascii" if legacy or r.random() < 0.3 else wpick(r, {"upper": 40, "title": 60})
        mob, c = self.a_mobile(p, 0.08, own_country=p["abroad"] != "CL")
        mobile_style = "old" if legacy and r.random() < 0.5 else wpick(r, {"intl": 50, "local": 50})
        fixed = (
            p["landline"] if p["country"] == "CL" and not p["abroad"] and r.random() < 0.6 else None
        )
        self.add("BANCO_CL", p, {
            "rut": self.rut_str(p["rut"]),
            "nombres": self.spell(self.typo(self.given_used(p, 0.85), 0.02), style),
            "apellido_paterno": self.spell(self.typo(p["ap1"], 0.02), style),
            "apellido_materno": self.spell(self.typo(p["ap2"], 0.03), style) if r.random() < 0.93 else None,
            "fecha_nac": self.dob_typo(p["dob"]).strftime("%d-%m-%Y") if r.random() < 0.95 else None,
            "celular": self.phone_str(mob, c, mobile_style) if r.random() < 0.9 else None,
            "telefono_fijo": self.phone_str(fixed, "CL", "old" if legacy else r.choice(["local", "intl"])),
            "email": (r.choice(p["emails"]) if p["emails"] and r.random() < 0.7 else None),
            "direccion": self.spell(self.street(a), "upper" if style != "title" else "title"),
            "comuna": self.spell(a["city"], style) if r.random() < 0.95 else None,
            "region": r.choice(a["region"]) if r.random() < 0.8 else None,
        })  # fmt: skip

    def telco(self, p: dict, holder: dict, line: str | None) -> None:
        """One line's row: the holder's name, document and address, the line's number."""
        r = self.rnd
        a = self.addr(holder, 0.4)
        doc_kind, doc = "CC", holder.get("cedula")
        if holder.get("ti") and r.random() < 0.5:
            doc_kind, doc = "TI", holder["ti"]
        sur = self.spell(self.family(holder, 0.75), "ascii" if r.random() < 0.8 else "upper")
        given = self.spell(self.given_used(holder, 0.75), "ascii" if r.random() < 0.8 else "upper")
        name = f"{sur} {given}" if r.random() < 0.85 else f"{given} {sur}"
        fixed = holder["landline"] if holder["country"] == "CO" and r.random() < 0.3 else None
        self.add("TELCO_CO", p, {
            "tipo_documento": doc_kind,
            "numero_documento": (dots(doc) if r.random() < 0.3 else self.digits_slip(doc, 0.02)) if doc else None,
            "nombre_completo": self.typo(name, 0.03),
            "linea": self.phone_str(line, "CO", wpick(r, {"local": 80, "intl": 20})),
            "telefono_fijo": self.phone_str(fixed, "CO", wpick(r, {"old": 50, "local": 50})),
            "direccion": self.street(a, 0.05) if r.random() < 0.9 else None,
            "municipio": self.spell(a["city"], r.choice(["ascii", "upper", "title"])) if r.random() < 0.9 else None,
            "departamento": self.spell(a["region"][0], r.choice(["ascii", "upper", "title"])) if r.random() < 0.8 else None,
            "correo_electronico": r.choice(holder["emails"]) if holder["emails"] and r.random() < 0.55 else None,
        })  # fmt: skip

    def loyalty(self, p: dict) -> None:
        r = self.rnd
        a = p["abroad_home"] if p["abroad"] == "AR" else self.addr(p, 0.35)
        dni = p["dni_ar"] if p["abroad"] == "AR" else p["dni"]
        mob, c = self.a_mobile(p, 0.06, own_country=p["abroad"] != "AR")
        tel_kind = (
            wpick(r, {"mobile": 75, "fixed": 25})
            if p["landline"] and p["country"] == "AR"
            else "mobile"
        )
        tel = (self.phone_str(p["landline"], "AR", "fixed") if tel_kind == "fixed"
               else self.phone_str(mob, c, wpick(r, {"local": 70, "intl": 30}) if c == "AR" else "intl"))  # fmt: skip
        style = wpick(r, {"title": 60, "upper": 20, "bare": 20})
        surname = self.family(p, 0.1 if p["country"] == "AR" else 0.6, married=0.4)
        cuit = None
        if p["abroad"] != "AR" and r.random() < 0.45:
            cuit = p["cuit"] if r.random() < 0.6 else p["cuit"].replace("-", "")
        self.add("FIDELIDAD_AR", p, {
            "nro_socio": self.unique(lambda: self.digits(9)),
            "dni": (dots(dni) if r.random() < 0.5 else self.digits_slip(dni, 0.02)) if r.random() < 0.9 else None,
            "cuit": cuit,
            "nombre": self.spell(self.typo(self.given_used(p, 0.5), 0.03), style),
            "apellido": self.spell(surname, style),
            "telefono": tel if r.random() < 0.85 else None,
            "email": r.choice(p["emails"]) if p["emails"] and r.random() < 0.75 else None,
            "fecha_nacimiento": self.dob_typo(p["dob"]).strftime("%d/%m/%Y") if r.random() < 0.7 else None,
            "domicilio": self.street(a, 0.05) if r.random() < 0.85 else None,
            "localidad": self.spell(a["city"], style) if r.random() < 0.9 else None,
            "provincia": r.choice(a["region"]) if r.random() < 0.85 else None,
        })  # fmt: skip

    def shop(self, p: dict, email: str | None) -> None:
        r = self.rnd
        site = p["abroad"] if p["abroad"] == "CL" and r.random() < 0.5 else p["country"]
        if site == "CL":
            doc = self.rut_str(p["rut"])
        elif site == "CO":
            doc = p["cedula"]
        else:
            doc = self.digits_slip(p["dni"], 0.03)
        mob, c = self.a_mobile(p, 0.05, own_country=site == p["country"])
        style = wpick(r, {"title": 45, "bare": 30, "lower": 10, "upper": 15})
        a = p["abroad_home"] if site != p["country"] else self.addr(p, 0.1)
        self.add("TIENDA", p, {
            "pais": site,
            "dni": doc if r.random() < 0.8 else None,
            "nombres": self.spell(self.typo(self.given_used(p, 0.45), 0.04), style),
            "apellidos": self.spell(self.family(p, 0.7 if site == "PE" else 0.5), style),
            "correo": email,
            "celular": self.phone_str(mob, c, wpick(r, {"local": 85, "intl": 15})) if r.random() < 0.9 else None,
            "fecha_nacimiento": self.dob_typo(p["dob"], 0.03).isoformat() if r.random() < 0.5 else None,
            "direccion_entrega": self.street(a, 0.06) if r.random() < 0.8 else None,
            "distrito": a["city"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def whatsapp(self, p: dict) -> None:
        r = self.rnd
        mob, c = self.a_mobile(p, 0.03, own_country=r.random() < 0.6)
        if not mob:
            return
        given = p["given"]
        full = " ".join(given)
        first = wpick(
            r, {given[0]: 55, NICKNAMES.get(full, NICKNAMES.get(given[0], given[0])): 25, full: 20}
        )
        sur = wpick(r, {p["ap1"]: 60, f"{p['ap1']} {p['ap2']}": 15, "": 25})
        name = f"{first} {sur}".strip()
        if r.random() < 0.05:
            name = ("Sra " if p["sex"] == "F" else "Don ") + given[0]
        name = self.spell(name, wpick(r, {"title": 45, "bare": 30, "lower": 20, "upper": 5}))
        doc = None
        if r.random() < 0.35:
            if p["country"] == "CL" or p["abroad"] == "CL":
                doc = wpick(r, {self.rut_str(p["rut"]): 60, f"RUT {self.rut_str(p['rut'])}": 40})
            elif p["country"] == "CO":
                doc = wpick(
                    r, {p["cedula"]: 50, f"CC {p['cedula']}": 40, f"C.C. {dots(p['cedula'])}": 10}
                )
            else:
                doc = wpick(r, {p["dni"]: 55, f"DNI {p['dni']}": 35, f"dni {dots(p['dni'])}": 10})
        user = None
        if r.random() < 0.5:
            if p["emails"] and r.random() < 0.5:
                user = r.choice(p["emails"])
            else:
                user = "@" + self.handle(p)
        self.add(
            "WHATSAPP",
            p,
            {
                "nombre_contacto": name,
                "whatsapp": self.phone_str(mob, c, wpick(r, {"wa": 60, "bare": 40})),
                "usuario": user,
                "documento": doc,
            },
        )

    def handle(self, p: dict) -> str:
        """The person's one social handle (a platform gives each name once)."""
        if "handle" not in p:
            r = self.rnd
            g = plain(p["given"][0]).lower().replace("ñ", "n")
            s = plain(p["ap1"]).lower().replace(" ", "").replace("ñ", "n")
            p["handle"] = self.unique(
                lambda: wpick(
                    r,
                    {
                        f"{g}.{s}": 30,
                        f"{g}_{s}{r.randint(1, 99)}": 30,
                        f"{g}{s[:4]}{r.randint(1, 9)}": 20,
                        f"{s}{g[0]}{r.randint(10, 99)}": 20,
                    },
                )
            )
        return p["handle"]

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            c = p["country"]
            n0 = len(self.rows)
            if (c == "CL" and r.random() < 0.85) or p["abroad"] == "CL":
                for k in range(wpick(r, {1: 40, 2: 34, 3: 20, 4: 6})):
                    self.bank(p, legacy=k > 0 and r.random() < 0.4)
            if c == "CO":
                lines = list(p["mobiles"])
                if p["old_mobile"]:
                    lines.append(p["old_mobile"])
                for line in lines:
                    if r.random() < 0.95:
                        holder = p["holder"] or p  # a line held by a parent is the parent's record
                        for _ in range(wpick(r, {1: 70, 2: 30})):  # its data registered again
                            self.telco(holder, holder, line)
            if (c == "AR" and r.random() < 0.85) or p["abroad"] == "AR":
                for _ in range(wpick(r, {1: 55, 2: 33, 3: 12})):
                    self.loyalty(p)
            if r.random() < {"PE": 0.9, "CL": 0.4, "CO": 0.45, "AR": 0.0}[c]:
                emails = p["emails"] or [None]
                for k in range(wpick(r, {1: 65, 2: 28, 3: 7})):
                    self.shop(p, emails[k % len(emails)] if r.random() < 0.95 else None)
            if r.random() < 0.4:
                for _ in range(wpick(r, {1: 60, 2: 28, 3: 12})):
                    self.whatsapp(p)
            if len(self.rows) == n0:  # everyone is someone's customer
                if c == "CL":
                    self.bank(p, False)
                elif c == "AR":
                    self.loyalty(p)
                elif c == "PE":
                    self.shop(p, p["emails"][0] if p["emails"] else None)
                else:
                    self.whatsapp(p)
        return self.shuffled("row_id", "R")


def latam(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Latam.frame(persons, seed, "row_id")
