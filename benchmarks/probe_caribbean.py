"""A Caribbean remittance, telco and bank group's customers: Haitians, Dominicans and Jamaicans at
home and in their diaspora in Miami, New York and Montreal. Five systems stacked in one file (a
``system`` column naming the system; a column of the same name in two systems is one column).

* Haitian mobile-money wallet (``LAJAN_MOBIL``), Kreyòl columns: ``Nimewo kont``, ``Siyati``
  (the family name), ``Prenon`` (the given names; a clerk swaps the two now and then, and with
  family names that are also given names, ``Pierre`` / ``Jean``, nobody can tell), ``Dat
  nesans`` (``14/03/1985``, ``14-03-85``), ``Sèks`` (``M``/``F``, ``Gason``/``Fi``), ``Nimewo
  telefòn`` (the wallet's number, stored ``50937123456`` without its ``+``, or ``3712-3456``),
  ``Tip pyès`` / ``Nimewo pyès`` (``NIF`` ``003-123-456-7``, ten digits with no published check
  digit; ``CIN`` ``01-02-99-1985-03-00123``: department, commune, section, birth year and month,
  a serial), ``Adrès`` (``Delmas 33, Rue Jacob #12``, ``Rue Capois #45, Pòtoprens``), ``Komin``,
  ``Moun pou kontakte`` / ``Telefòn moun pou kontakte`` (a relative's name and number).
* Haitian bank (``BANQUE_HT``), French columns in capitals: ``NO_CLIENT``, ``NOM``, ``PRENOM``,
  ``NOM_JEUNE_FILLE`` (a married woman's own family name), ``NIF``, ``CIN``, ``DATE_NAISSANCE``
  (``JJ/MM/AAAA``), ``LIEU_NAISSANCE``, ``ADRESSE``, ``TELEPHONE`` (a household's shared number:
  ``+509 2813-4567``, ``(509) 3712-3456``), ``NOM_PERE`` / ``NOM_MERE`` (the parents' names).
* Dominican bank (``BANCO_RD``), Spanish columns: ``NOMBRES``, ``PRIMER_APELLIDO``,
  ``SEGUNDO_APELLIDO`` (the father's then the mother's first surname; the second left out, both
  in the first box, ``De La Cruz`` / ``Dela Cruz`` / ``de la Cruz``), ``CEDULA`` (eleven digits,
  a municipality's three, a serial's seven and a Luhn digit: ``001-1234567-8``, bare, or its
  leading zeros lost in a spreadsheet), ``FECHA_NAC``, ``SEXO``, ``DIRECCION`` (``C/ Duarte #12,
  Ens. Ozama``), ``SECTOR``, ``MUNICIPIO``, ``TEL_RESIDENCIA`` (a household's landline),
  ``CELULAR`` (``(809) 555-1234``, ``809-555-1234``, ``18295551234``), ``CORREO``,
  ``NOMBRE_CONYUGE`` / ``TEL_REFERENCIA`` (the spouse's name, a reference's number). A married
  woman now and then as ``Ma. Rodríguez de Pérez``. A customer typed again at another branch.
* Jamaican telco (``JAM_TEL``), English columns: ``Account No``, ``First Name``, ``Middle Name``,
  ``Last Name``, ``Known As`` (a nickname), ``TRN`` (nine digits, ``1`` first for a person, a
  check digit weighted 3, 7, 1: ``123-456-784``), ``Date of Birth`` (``14/03/1985``,
  ``14-Mar-1985``), ``Address Line 1`` (``Lot 12``, ``12 Hope Road``), ``Address Line 2``
  (``Greater Portmore``), ``Parish`` (``St. Catherine``, ``St Catherine``, ``KSA``), ``Mobile``
  (``876-555-1234``, ``(876) 555-1234``, ``555-1234`` without its area code), ``Alt Contact``
  (the customer's other line or a relative's), ``Email``, ``Next of Kin``. One row per line: a
  family's lines on the parent's account and name.
* Remittance desk in the US and Canada (``REMESA``), one row per transfer, the sender typed each
  time: ``sender_name`` (one box: ``JEAN PIERRE Marie Carmel``, ``Pierre, Jean``, ``Juan
  Rodriguez``), ``sender_dob`` (``MM/DD/YYYY``), ``sender_phone`` (``(305) 555-0123``,
  ``+1 718 555 0123``, a Montreal ``514``; an island number kept), ``sender_id_type`` /
  ``sender_id_no`` (a passport, a driver's licence, the island's id), ``sender_address``
  (``1234 NW 2nd Ave, Miami, FL 33150``, ``8890 boul. Saint-Michel, Montréal QC H1Z 3E4``),
  ``beneficiary_name`` / ``beneficiary_phone`` / ``beneficiary_city`` (the receiver back home: a
  parent, a spouse, a sibling, who is another customer).

Names: Haitian given names single or compound (``Jean Robert`` / ``Jean-Robert`` / ``Jn Robert``,
``Marie Carmel``, ``Marie-Ange``), family names that are also given names (``Jean``, ``Pierre``,
``Joseph``, ``Louis``, ``Charles``, ``Paul``, ``Michel``), compounds written every way
(``Jean-Baptiste`` / ``Jean Baptiste`` / ``Jn-Baptiste``, ``Saint-Fleur`` / ``St Fleur`` /
``St-Fleur`` / ``Saintfleur``, ``Fils-Aimé`` / ``Filsaime``), accents dropped; married women
under their husband's name in one system and their own in another; sons named after their
fathers with ``Fils`` or ``Jr``. Dominican names of one or two given names and two surnames,
very common ones (``Rodríguez``, ``Pérez``), ``Ma.`` for María, ``Jr.``; Jamaican first,
middle and last names, nicknames (``Andy``, ``Kim``), ``Jr``/``Snr``, ``McKenzie`` /
``Mckenzie`` / ``MacKenzie``, ``Clarke`` / ``Clark``.

What makes it hard: family names that are given names, in either order; very common names (many
``Jean Joseph``, ``Juan Rodríguez``, ``Andre Brown``); households on one phone, landline, address
and e-mail; fathers and sons of one name; North American numbers whose country is their area code
(``809``/``829``/``849`` the Dominican Republic, ``876`` Jamaica, ``305``/``718`` the US,
``514`` Canada) written with and without ``1``, Haitian numbers of eight digits with ``509``,
``+509``, ``011 509`` or none, seven-digit Jamaican numbers; day-first dates beside the US
desk's month-first ones; ids stored without their leading zeros; receivers, contacts, spouses
and parents who are other customers; typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick

#: Given names: {canonical: ({spelling: weight}, weight)}.
HT_M = {
    "Jean": ({"Jean": 1}, 30), "Jean Robert": ({"Jean Robert": 45, "Jean-Robert": 35, "Jn Robert": 15, "Jean R.": 5}, 10),
    "Jean Claude": ({"Jean Claude": 45, "Jean-Claude": 35, "Jn Claude": 15, "Jean C.": 5}, 10),
    "Jean Marc": ({"Jean Marc": 50, "Jean-Marc": 35, "Jn Marc": 15}, 7), "Jean Baptiste": ({"Jean Baptiste": 55, "Jean-Baptiste": 45}, 4),
    "Pierre": ({"Pierre": 1}, 12), "Joseph": ({"Joseph": 1}, 10), "Louis": ({"Louis": 1}, 6), "Paul": ({"Paul": 1}, 5),
    "Michel": ({"Michel": 1}, 5), "Wilson": ({"Wilson": 1}, 6), "Frantz": ({"Frantz": 80, "Franz": 20}, 6),
    "Ricardo": ({"Ricardo": 1}, 6), "Stanley": ({"Stanley": 1}, 5), "Jonathan": ({"Jonathan": 80, "Jonathas": 20}, 5),
    "Mackenson": ({"Mackenson": 60, "Makenson": 30, "Mackensen": 10}, 5), "Peterson": ({"Peterson": 1}, 5),
    "Wisly": ({"Wisly": 70, "Wislet": 30}, 3), "Wilner": ({"Wilner": 1}, 4), "Evens": ({"Evens": 1}, 4),
    "Fritz": ({"Fritz": 1}, 4), "Emmanuel": ({"Emmanuel": 85, "Emanuel": 15}, 5), "Ronald": ({"Ronald": 1}, 4),
    "Marc-Antoine": ({"Marc-Antoine": 60, "Marc Antoine": 40}, 3), "Roosevelt": ({"Roosevelt": 1}, 2),
    "Dieunel": ({"Dieunel": 1}, 2), "Jocelyn": ({"Jocelyn": 1}, 3), "Lesly": ({"Lesly": 70, "Leslie": 30}, 3),
    "Guerrier": ({"Guerrier": 1}, 2), "Samuel": ({"Samuel": 1}, 5), "Daniel": ({"Daniel": 1}, 4),
    "Junior": ({"Junior": 1}, 3), "Schneider": ({"Schneider": 80, "Sneider": 20}, 2), "Walky": ({"Walky": 1}, 1),
}  # fmt: skip
HT_F = {
    "Marie": ({"Marie": 1}, 18), "Marie Carmel": ({"Marie Carmel": 50, "Marie-Carmel": 30, "Mie Carmel": 10, "Carmel": 10}, 8),
    "Marie Michelle": ({"Marie Michelle": 50, "Marie-Michelle": 30, "Michelle": 20}, 6),
    "Marie Ange": ({"Marie Ange": 45, "Marie-Ange": 45, "Marieange": 10}, 6), "Marie Lourdes": ({"Marie Lourdes": 50, "Marie-Lourdes": 30, "Lourdes": 20}, 5),
    "Rose Marie": ({"Rose Marie": 40, "Rose-Marie": 40, "Rosemarie": 20}, 5), "Nadège": ({"Nadège": 50, "Nadege": 50}, 5),
    "Guerda": ({"Guerda": 1}, 5), "Fabienne": ({"Fabienne": 1}, 4), "Roseline": ({"Roseline": 70, "Rosaline": 30}, 4),
    "Mirlande": ({"Mirlande": 80, "Myrlande": 20}, 5), "Darline": ({"Darline": 1}, 4), "Judith": ({"Judith": 1}, 4),
    "Esther": ({"Esther": 1}, 4), "Magalie": ({"Magalie": 70, "Magali": 30}, 4), "Nathalie": ({"Nathalie": 80, "Natalie": 20}, 4),
    "Sherline": ({"Sherline": 1}, 3), "Wideline": ({"Wideline": 70, "Widline": 30}, 3), "Islande": ({"Islande": 1}, 2),
    "Lovely": ({"Lovely": 1}, 3), "Kettia": ({"Kettia": 1}, 2), "Dieula": ({"Dieula": 1}, 2), "Medjine": ({"Medjine": 1}, 2),
    "Jeanne": ({"Jeanne": 1}, 4), "Edeline": ({"Edeline": 1}, 2), "Micheline": ({"Micheline": 1}, 3), "Ketly": ({"Ketly": 1}, 2),
}  # fmt: skip
HT_SN = {
    "Jean": ({"Jean": 1}, 30), "Pierre": ({"Pierre": 1}, 28), "Joseph": ({"Joseph": 1}, 26), "Louis": ({"Louis": 1}, 16),
    "Charles": ({"Charles": 1}, 14), "Paul": ({"Paul": 1}, 10), "Michel": ({"Michel": 1}, 9),
    "Jean-Baptiste": ({"Jean-Baptiste": 45, "Jean Baptiste": 30, "Jn-Baptiste": 10, "Jn Baptiste": 10, "Baptiste": 5}, 14),
    "Pierre-Louis": ({"Pierre-Louis": 60, "Pierre Louis": 40}, 8), "Jean-Louis": ({"Jean-Louis": 55, "Jean Louis": 45}, 8),
    "Jean-Charles": ({"Jean-Charles": 55, "Jean Charles": 45}, 6), "Saint-Fleur": ({"Saint-Fleur": 35, "St Fleur": 20, "St-Fleur": 20, "Saint Fleur": 10, "Saintfleur": 15}, 6),
    "Saint-Louis": ({"Saint-Louis": 40, "St Louis": 25, "St-Louis": 20, "Saint Louis": 15}, 6),
    "Sainte-Anne": ({"Sainte-Anne": 50, "Ste-Anne": 25, "Ste Anne": 25}, 2),
    "Fils-Aimé": ({"Fils-Aimé": 30, "Fils-Aime": 30, "Filsaime": 25, "Fils Aime": 15}, 5),
    "Petit-Frère": ({"Petit-Frère": 35, "Petit-Frere": 30, "Petitfrere": 20, "Petit Frere": 15}, 4),
    "Étienne": ({"Étienne": 50, "Etienne": 50}, 8), "Augustin": ({"Augustin": 1}, 8), "Alexis": ({"Alexis": 1}, 7),
    "Désir": ({"Désir": 45, "Desir": 55}, 6), "Dorvil": ({"Dorvil": 1}, 5), "Célestin": ({"Célestin": 45, "Celestin": 55}, 6),
    "Noël": ({"Noël": 40, "Noel": 60}, 7), "François": ({"François": 50, "Francois": 50}, 8), "Georges": ({"Georges": 1}, 7),
    "Baptiste": ({"Baptiste": 1}, 6), "Toussaint": ({"Toussaint": 1}, 7), "Exantus": ({"Exantus": 1}, 3),
    "Desrosiers": ({"Desrosiers": 1}, 4), "Théodore": ({"Théodore": 50, "Theodore": 50}, 4), "Lubin": ({"Lubin": 1}, 3),
    "Casséus": ({"Casséus": 40, "Casseus": 60}, 4), "Thélusma": ({"Thélusma": 40, "Thelusma": 60}, 2),
    "Dorméus": ({"Dorméus": 40, "Dormeus": 60}, 3), "Bien-Aimé": ({"Bien-Aimé": 35, "Bien-Aime": 30, "Bienaime": 35}, 4),
    "Valcourt": ({"Valcourt": 1}, 2), "Innocent": ({"Innocent": 1}, 4), "Calixte": ({"Calixte": 1}, 3),
}  # fmt: skip
DR_M = {
    "Juan": ({"Juan": 1}, 20), "José": ({"José": 70, "Jose": 30}, 20), "Luis": ({"Luis": 85, "Luís": 15}, 12),
    "Carlos": ({"Carlos": 1}, 10), "Miguel": ({"Miguel": 1}, 8), "Francisco": ({"Francisco": 1}, 8),
    "Rafael": ({"Rafael": 1}, 9), "Ramón": ({"Ramón": 60, "Ramon": 40}, 8), "Manuel": ({"Manuel": 1}, 7),
    "Pedro": ({"Pedro": 1}, 7), "Juan Carlos": ({"Juan Carlos": 1}, 6), "José Luis": ({"José Luis": 70, "Jose Luis": 30}, 6),
    "Luis Manuel": ({"Luis Manuel": 1}, 4), "Ángel": ({"Ángel": 55, "Angel": 45}, 5), "Yunior": ({"Yunior": 70, "Junior": 30}, 4),
    "Wanderson": ({"Wanderson": 1}, 2), "Yoel": ({"Yoel": 1}, 3), "Ariel": ({"Ariel": 1}, 3), "Franklin": ({"Franklin": 1}, 4),
    "Wilkin": ({"Wilkin": 70, "Wilkins": 30}, 3), "Héctor": ({"Héctor": 60, "Hector": 40}, 4), "Félix": ({"Félix": 55, "Felix": 45}, 4),
    "Domingo": ({"Domingo": 1}, 3), "Starlin": ({"Starlin": 70, "Starling": 30}, 2), "Eddy": ({"Eddy": 1}, 3),
}  # fmt: skip
DR_F = {
    "María": ({"María": 60, "Maria": 30, "Ma.": 10}, 18), "Ana": ({"Ana": 1}, 10), "Rosa": ({"Rosa": 1}, 8),
    "Carmen": ({"Carmen": 1}, 7), "Yokasta": ({"Yokasta": 70, "Yocasta": 30}, 4), "Yessica": ({"Yessica": 60, "Yesica": 25, "Jessica": 15}, 5),
    "Yanet": ({"Yanet": 60, "Janet": 40}, 4), "Altagracia": ({"Altagracia": 1}, 6),
    "María Altagracia": ({"María Altagracia": 55, "Maria Altagracia": 30, "Ma. Altagracia": 15}, 6),
    "Mercedes": ({"Mercedes": 1}, 5), "Luz María": ({"Luz María": 60, "Luz Maria": 40}, 4), "Ana Mercedes": ({"Ana Mercedes": 1}, 3),
    "Yudelka": ({"Yudelka": 80, "Yudelca": 20}, 3), "Francisca": ({"Francisca": 1}, 4), "Massiel": ({"Massiel": 70, "Masiel": 30}, 3),
    "Carolin": ({"Carolin": 60, "Carolina": 40}, 3), "Dahiana": ({"Dahiana": 50, "Dayana": 50}, 3), "Juana": ({"Juana": 1}, 4),
    "María Isabel": ({"María Isabel": 55, "Maria Isabel": 30, "Ma. Isabel": 15}, 4), "Leidy": ({"Leidy": 60, "Leydi": 40}, 3),
}  # fmt: skip
DR_SN = {
    "Rodríguez": ({"Rodríguez": 60, "Rodriguez": 40}, 30), "Pérez": ({"Pérez": 60, "Perez": 40}, 24),
    "Martínez": ({"Martínez": 60, "Martinez": 40}, 18), "García": ({"García": 60, "Garcia": 40}, 16),
    "Fernández": ({"Fernández": 60, "Fernandez": 40}, 10), "Sánchez": ({"Sánchez": 60, "Sanchez": 40}, 12),
    "González": ({"González": 60, "Gonzalez": 40}, 10), "Gómez": ({"Gómez": 60, "Gomez": 40}, 8), "Díaz": ({"Díaz": 60, "Diaz": 40}, 10),
    "Reyes": ({"Reyes": 1}, 12), "Ramírez": ({"Ramírez": 60, "Ramirez": 40}, 9), "Santos": ({"Santos": 1}, 9),
    "Jiménez": ({"Jiménez": 60, "Jimenez": 40}, 8), "Peña": ({"Peña": 65, "Pena": 35}, 8),
    "De La Cruz": ({"De La Cruz": 40, "de la Cruz": 25, "Dela Cruz": 20, "De la Cruz": 10, "Cruz": 5}, 8),
    "De Los Santos": ({"De Los Santos": 45, "de los Santos": 25, "Delos Santos": 20, "De los Santos": 10}, 5),
    "Mejía": ({"Mejía": 60, "Mejia": 40}, 6), "Núñez": ({"Núñez": 55, "Nuñez": 20, "Nunez": 25}, 6), "Almonte": ({"Almonte": 1}, 5),
    "Rosario": ({"Rosario": 1}, 6), "Tavárez": ({"Tavárez": 50, "Tavarez": 50}, 4), "Paulino": ({"Paulino": 1}, 4),
    "Encarnación": ({"Encarnación": 55, "Encarnacion": 45}, 4), "Vásquez": ({"Vásquez": 50, "Vasquez": 40, "Vázquez": 10}, 6),
    "Guzmán": ({"Guzmán": 55, "Guzman": 45}, 5), "Batista": ({"Batista": 80, "Bautista": 20}, 5), "Féliz": ({"Féliz": 50, "Feliz": 50}, 5),
    "Cuevas": ({"Cuevas": 1}, 3), "Ventura": ({"Ventura": 1}, 4), "Polanco": ({"Polanco": 1}, 4), "Medina": ({"Medina": 1}, 5),
    "Báez": ({"Báez": 55, "Baez": 45}, 4), "Castillo": ({"Castillo": 1}, 5), "Ureña": ({"Ureña": 60, "Urena": 40}, 3),
}  # fmt: skip
JM_M = {
    "Andre": ({"Andre": 80, "André": 20}, 8), "Dwayne": ({"Dwayne": 70, "Dwaine": 30}, 7), "Kevin": ({"Kevin": 1}, 7),
    "Marlon": ({"Marlon": 1}, 7), "Ricardo": ({"Ricardo": 1}, 6), "Andrew": ({"Andrew": 1}, 7),
    "O'Neil": ({"O'Neil": 40, "Oneil": 35, "O'Neal": 15, "Oniel": 10}, 5), "Richard": ({"Richard": 1}, 6),
    "Christopher": ({"Christopher": 1}, 7), "Omar": ({"Omar": 1}, 5), "Kemar": ({"Kemar": 1}, 6),
    "Damion": ({"Damion": 60, "Damian": 40}, 5), "Garfield": ({"Garfield": 1}, 3), "Delroy": ({"Delroy": 1}, 4),
    "Everton": ({"Everton": 1}, 4), "Leroy": ({"Leroy": 1}, 3), "Winston": ({"Winston": 1}, 3), "Clive": ({"Clive": 1}, 3),
    "Devon": ({"Devon": 1}, 4), "Shawn": ({"Shawn": 70, "Sean": 30}, 5), "Jermaine": ({"Jermaine": 80, "Germaine": 20}, 5),
    "Tyrone": ({"Tyrone": 1}, 3), "Romaine": ({"Romaine": 1}, 4), "Horace": ({"Horace": 1}, 2), "Anthony": ({"Anthony": 1}, 6),
    "Michael": ({"Michael": 1}, 7), "Robert": ({"Robert": 1}, 5), "Oshane": ({"Oshane": 70, "O'Shane": 30}, 3),
}  # fmt: skip
JM_F = {
    "Kimberly": ({"Kimberly": 75, "Kimberley": 25}, 6), "Shanice": ({"Shanice": 1}, 5), "Natalie": ({"Natalie": 75, "Nathalie": 25}, 5),
    "Sherika": ({"Sherika": 1}, 3), "Kerry-Ann": ({"Kerry-Ann": 40, "Kerryann": 30, "Kerry Ann": 30}, 5),
    "Tanisha": ({"Tanisha": 1}, 4), "Nadine": ({"Nadine": 1}, 5), "Simone": ({"Simone": 1}, 5), "Marcia": ({"Marcia": 1}, 5),
    "Camille": ({"Camille": 1}, 4), "Paulette": ({"Paulette": 1}, 4), "Claudette": ({"Claudette": 1}, 3),
    "Sophia": ({"Sophia": 80, "Sofia": 20}, 4), "Jodian": ({"Jodian": 70, "Jodi-Ann": 30}, 3),
    "Shelly-Ann": ({"Shelly-Ann": 45, "Shellyann": 25, "Shelly Ann": 30}, 3), "Keisha": ({"Keisha": 80, "Kesha": 20}, 4),
    "Tamara": ({"Tamara": 1}, 4), "Monique": ({"Monique": 1}, 4), "Donna": ({"Donna": 1}, 4), "Yvonne": ({"Yvonne": 1}, 3),
    "Beverley": ({"Beverley": 50, "Beverly": 50}, 3), "Patricia": ({"Patricia": 1}, 5), "Jennifer": ({"Jennifer": 1}, 5),
}  # fmt: skip
JM_SN = {
    "Brown": ({"Brown": 1}, 30), "Williams": ({"Williams": 1}, 25), "Campbell": ({"Campbell": 1}, 22), "Smith": ({"Smith": 1}, 20),
    "Johnson": ({"Johnson": 1}, 14), "Thomas": ({"Thomas": 1}, 12), "Morgan": ({"Morgan": 1}, 8), "Reid": ({"Reid": 90, "Reed": 10}, 10),
    "Clarke": ({"Clarke": 70, "Clark": 30}, 10), "Grant": ({"Grant": 1}, 9), "Henry": ({"Henry": 1}, 8), "Lewis": ({"Lewis": 1}, 7),
    "Wright": ({"Wright": 1}, 7), "Robinson": ({"Robinson": 1}, 8), "Gordon": ({"Gordon": 1}, 6), "Graham": ({"Graham": 1}, 6),
    "Thompson": ({"Thompson": 85, "Thomson": 15}, 9), "Walker": ({"Walker": 1}, 6), "Francis": ({"Francis": 1}, 6),
    "McKenzie": ({"McKenzie": 50, "Mckenzie": 30, "MacKenzie": 10, "Mc Kenzie": 10}, 7), "Powell": ({"Powell": 1}, 5),
    "Anderson": ({"Anderson": 1}, 5), "Bailey": ({"Bailey": 1}, 5), "Allen": ({"Allen": 85, "Allan": 15}, 5), "Hall": ({"Hall": 1}, 5),
    "Ellis": ({"Ellis": 1}, 4), "Spence": ({"Spence": 1}, 4), "Facey": ({"Facey": 1}, 3), "Blake": ({"Blake": 1}, 4),
    "Gayle": ({"Gayle": 80, "Gail": 20}, 4), "Samuels": ({"Samuels": 1}, 4), "Palmer": ({"Palmer": 1}, 4), "Green": ({"Green": 85, "Greene": 15}, 4),
    "McLean": ({"McLean": 55, "Mclean": 30, "McClean": 15}, 3), "Stewart": ({"Stewart": 80, "Stuart": 20}, 4),
}  # fmt: skip
NICKNAMES = {"Andrew": "Andy", "Christopher": "Chris", "Richard": "Ricky", "Kimberly": "Kim", "Michael": "Mikey",
             "Anthony": "Tony", "Robert": "Bobby", "Patricia": "Patsy", "Jennifer": "Jenny", "Delroy": "Roy",
             "Everton": "Evie", "Kemar": "Kemz", "Natalie": "Nat", "Donna": "Dons", "Shanice": "Shan",
             "Jean": "Ti Jean", "Joseph": "Jo", "Emmanuel": "Manno", "Jonathan": "Jojo", "Juan": "Juancho",
             "José": "Pepe", "Francisco": "Pancho", "Ramón": "Moncho", "Rafael": "Fello"}  # fmt: skip

#: (commune, département, weight, neighbourhoods or streets)
HT_PLACES = [
    ("Port-au-Prince", "Ouest", 30, ["Rue Capois", "Rue Pavée", "Rue du Centre", "Avenue John Brown", "Rue Monseigneur Guilloux", "Bas Peu de Chose"]),
    ("Delmas", "Ouest", 25, ["Delmas 33", "Delmas 31", "Delmas 75", "Delmas 19", "Delmas 60", "Delmas 2"]),
    ("Pétion-Ville", "Ouest", 12, ["Rue Grégoire", "Rue Lamarre", "Rue Faubert", "Route de Frères", "Morne Calvaire"]),
    ("Carrefour", "Ouest", 12, ["Route Nationale #2", "Mariani", "Waney", "Rue Maïs Gâté"]),
    ("Croix-des-Bouquets", "Ouest", 8, ["Route de Mirebalais", "Santo 17", "Noailles"]),
    ("Cap-Haïtien", "Nord", 10, ["Rue 15 B", "Rue 24 A", "Boulevard du Cap", "Rue 5 J"]),
    ("Gonaïves", "Artibonite", 6, ["Rue Vernet", "Raboteau", "Avenue des Dattes"]),
    ("Les Cayes", "Sud", 5, ["Rue Geffrard", "Rue Capitaine Roux", "Bergeaud"]),
    ("Jacmel", "Sud-Est", 4, ["Rue du Commerce", "Rue d'Orléans", "Bas-Ville"]),
]  # fmt: skip
#: Kreyòl spellings of the communes as a wallet's agents type them.
HT_KREYOL = {"Port-au-Prince": "Pòtoprens", "Pétion-Ville": "Petyonvil", "Cap-Haïtien": "Okap", "Gonaïves": "Gonayiv",
             "Les Cayes": "Okay", "Carrefour": "Kafou", "Croix-des-Bouquets": "Kwadebouke", "Jacmel": "Jakmèl", "Delmas": "Dèlma"}  # fmt: skip
#: (sector, municipality, province, weight, streets, area codes)
DR_PLACES = [
    ("Ens. Ozama", "Santo Domingo Este", "Santo Domingo", 14, ["C/ Duarte", "C/ 5", "Av. Sabana Larga", "C/ Club de Leones"]),
    ("Los Mina", "Santo Domingo Este", "Santo Domingo", 10, ["C/ Respaldo Peña Batlle", "C/ Juana Saltitopa", "C/ 12"]),
    ("Villa Mella", "Santo Domingo Norte", "Santo Domingo", 10, ["C/ Principal", "Av. Hermanas Mirabal", "C/ 3ra"]),
    ("Gazcue", "Distrito Nacional", "Distrito Nacional", 8, ["C/ Santiago", "Av. Independencia", "C/ Dr. Delgado"]),
    ("Villa Consuelo", "Distrito Nacional", "Distrito Nacional", 8, ["C/ Eusebio Manzueta", "C/ Juan Evangelista Jiménez"]),
    ("Los Alcarrizos", "Los Alcarrizos", "Santo Domingo", 8, ["C/ Duarte", "C/ 2da", "Av. Los Alcarrizos"]),
    ("Los Pepines", "Santiago de los Caballeros", "Santiago", 9, ["C/ Restauración", "C/ España", "Av. 27 de Febrero"]),
    ("Cienfuegos", "Santiago de los Caballeros", "Santiago", 7, ["C/ 6", "C/ Principal", "C/ 19"]),
    ("Centro", "San Pedro de Macorís", "San Pedro de Macorís", 5, ["C/ Duarte", "C/ Sánchez", "Av. Independencia"]),
    ("Pueblo Nuevo", "La Romana", "La Romana", 5, ["C/ Duarte", "C/ Francisco del Castillo Marquez"]),
    ("Centro", "La Vega", "La Vega", 4, ["C/ Restauración", "C/ Padre Adolfo", "Av. Pedro A. Rivera"]),
]  # fmt: skip
#: A municipality's cédula prefix (the older series; ``402`` the newer, issued anywhere).
CEDULA_PREFIX = {"Santo Domingo Este": ["223", "001"], "Santo Domingo Norte": ["223", "001"], "Distrito Nacional": ["001"],
                 "Los Alcarrizos": ["001", "223"], "Santiago de los Caballeros": ["031"], "San Pedro de Macorís": ["023"],
                 "La Romana": ["026"], "La Vega": ["047"]}  # fmt: skip
#: (area, parish, weight, ``lot`` addresses or roads)
JM_PLACES = [
    ("Greater Portmore", "St. Catherine", 14, "lot"), ("Spanish Town", "St. Catherine", 10, "road"),
    ("Old Harbour", "St. Catherine", 5, "lot"), ("Kingston 10", "Kingston", 6, "road"), ("Kingston 11", "Kingston", 5, "road"),
    ("Half Way Tree", "St. Andrew", 8, "road"), ("Papine", "St. Andrew", 5, "road"), ("Duhaney Park", "St. Andrew", 5, "road"),
    ("Montego Bay", "St. James", 10, "road"), ("May Pen", "Clarendon", 8, "road"), ("Mandeville", "Manchester", 6, "road"),
    ("Ocho Rios", "St. Ann", 5, "road"), ("Linstead", "St. Catherine", 3, "lot"), ("Savanna-la-Mar", "Westmoreland", 4, "road"),
]  # fmt: skip
JM_ROADS = ["Hope Road", "Constant Spring Road", "Barbican Road", "Molynes Road", "Red Hills Road", "Hagley Park Road",
            "Main Street", "Church Street", "Windward Road", "Washington Boulevard", "Mannings Hill Road", "Orange Street"]  # fmt: skip
PARISH_FORMS = {"St. Catherine": ["St. Catherine", "St Catherine", "ST CATHERINE", "Saint Catherine"],
                "St. Andrew": ["St. Andrew", "St Andrew", "ST. ANDREW", "KSA"], "Kingston": ["Kingston", "KGN", "KSA"],
                "St. James": ["St. James", "St James", "ST JAMES"], "Clarendon": ["Clarendon", "CLARENDON"],
                "Manchester": ["Manchester", "MANCHESTER"], "St. Ann": ["St. Ann", "St Ann", "ST. ANN"],
                "Westmoreland": ["Westmoreland", "WESTMORELAND", "Westmorland"]}  # fmt: skip
#: Diaspora cities: (city, state or province, weight, area codes, streets, postcode maker)
ABROAD = [
    ("Miami", "FL", 30, ["305", "786"], ["NW 2nd Ave", "NE 54th St", "NW 7th Ave", "Biscayne Blvd", "NE 2nd Ave"], "331"),
    ("North Miami", "FL", 10, ["305", "786"], ["NE 125th St", "NW 119th St", "W Dixie Hwy"], "331"),
    ("Fort Lauderdale", "FL", 6, ["954"], ["NW 31st Ave", "Sistrunk Blvd", "W Broward Blvd"], "333"),
    ("Brooklyn", "NY", 18, ["718", "347", "917"], ["Flatbush Ave", "E 23rd St", "Church Ave", "Nostrand Ave", "Utica Ave"], "112"),
    ("Bronx", "NY", 12, ["718", "347", "646"], ["Grand Concourse", "Jerome Ave", "Fordham Rd", "Westchester Ave"], "104"),
    ("Montréal", "QC", 12, ["514", "438"], ["boul. Saint-Michel", "rue Jarry Est", "boul. Pie-IX", "rue Bélanger"], "H1"),
]  # fmt: skip
HT_MAIL = {"gmail.com": 60, "yahoo.fr": 12, "hotmail.com": 15, "yahoo.com": 8, "outlook.com": 5}
DR_MAIL = {"gmail.com": 55, "hotmail.com": 25, "yahoo.com": 12, "outlook.com": 8}
JM_MAIL = {"gmail.com": 55, "yahoo.com": 20, "hotmail.com": 15, "outlook.com": 5, "flowja.com": 5}
GROUPS = {"HT": 42, "DR": 32, "JM": 26}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fold(s: str) -> str:
    """Accents dropped, as many forms and keyboards lose them."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def trn_digit(body: str) -> str | None:
    """The check digit of a Jamaican TRN as validators compute it (the eight digits weighted 3,
    7, 1, 3, 7, 1, 3, 7; eleven less the sum's remainder by eleven, 0 for 0); None where it would
    be 10, a body never issued.

    >>> trn_digit("12345678")
    '4'
    """
    c = sum(int(ch) * w for ch, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True)) % 11
    c = 0 if c == 0 else 11 - c
    return None if c == 10 else str(c)


class Caribbean(Draws):
    SLIP_LETTERS = "aeiournsl"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def island_mobile(self, group: str) -> str:
        """A mobile's national digits: eight in Haiti, ten (area code first) in the NANP."""
        r = self.rnd
        if group == "HT":
            return self.unique(
                lambda: (
                    wpick(r, {"3": 45, "4": 40, "5": 15}) + str(r.randint(1, 9)) + self.digits(6)
                )
            )
        if group == "DR":
            return self.unique(
                lambda: (
                    wpick(r, {"809": 50, "829": 35, "849": 15})
                    + str(r.randint(2, 9))
                    + self.digits(6)
                )
            )
        return self.unique(
            lambda: "876" + wpick(r, {"3": 30, "4": 20, "8": 35, "5": 15}) + self.digits(6)
        )

    def landline(self, group: str) -> str:
        r = self.rnd
        if group == "HT":
            return self.unique(lambda: "2" + r.choice("2248") + self.digits(6))
        if group == "DR":
            return self.unique(lambda: "809" + r.choice("5678") + self.digits(6))
        return self.unique(lambda: "876" + r.choice("69") + self.digits(6))

    def home(self, group: str) -> dict:
        r = self.rnd
        if group == "HT":
            commune, dept, _, streets = r.choices(HT_PLACES, [p[2] for p in HT_PLACES])[0]
            return dict(
                group=group,
                city=commune,
                region=dept,
                street=r.choice(streets),
                number=str(r.randint(1, 150)),
            )
        if group == "DR":
            sector, muni, prov, _, streets = r.choices(DR_PLACES, [p[3] for p in DR_PLACES])[0]
            return dict(group=group, city=muni, region=prov, sector=sector, street=r.choice(streets),
                        number=str(r.randint(1, 120)))  # fmt: skip
        area, parish, _, kind = r.choices(JM_PLACES, [p[2] for p in JM_PLACES])[0]
        return dict(group=group, city=area, region=parish, kind=kind, street=r.choice(JM_ROADS),
                    number=str(r.randint(1, 400)), phase=r.choice(["", "", "Phase 2", "Phase 3"]))  # fmt: skip

    def abroad_home(self) -> dict:
        r = self.rnd
        city, state, _, areas, streets, zip_lead = r.choices(ABROAD, [a[2] for a in ABROAD])[0]
        if state == "QC":
            postcode = f"{zip_lead}{r.choice('ABCGHKMRSTVZ')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
        else:
            postcode = zip_lead + self.digits(2)
        return dict(city=city, state=state, areas=areas, street=r.choice(streets), number=str(r.randint(100, 9999)),
                    apt=str(r.randint(1, 60)) if r.random() < 0.5 else None, postcode=postcode)  # fmt: skip

    def household(self, group: str) -> None:
        r = self.rnd
        tables = {"HT": (HT_M, HT_F, HT_SN), "DR": (DR_M, DR_F, DR_SN), "JM": (JM_M, JM_F, JM_SN)}[
            group
        ]
        gm, gf, sn = tables
        home = self.home(group)
        landline = (
            self.landline(group)
            if r.random() < {"HT": 0.15, "DR": 0.45, "JM": 0.35}[group]
            else None
        )
        # Large families share one phone, the household's number.
        shared = (
            self.island_mobile(group) if r.random() < (0.35 if group == "HT" else 0.15) else None
        )
        kind = wpick(r, {"single": 28, "couple": 20, "family": 52})
        head_sex = "M" if kind != "single" else r.choice("MF")
        father_sn, mother_sn = self.name(sn), self.name(sn)
        head = self.person(group, head_sex, self.dob(28, 80), home, landline, shared,
                           self.name(gm if head_sex == "M" else gf), [father_sn, self.name(sn)])  # fmt: skip
        members = [head]
        wife = None
        if kind != "single":
            wife = self.person(group, "F", self.dob(24, 75), home, landline, shared, self.name(gf),
                               [mother_sn, self.name(sn)])  # fmt: skip
            head["spouse"], wife["spouse"] = wife, head
            # A Haitian or Jamaican wife goes by her husband's name in some systems.
            wife["married_name"] = (
                head["surnames"][0] if group != "DR" and r.random() < 0.6 else None
            )
            members.append(wife)
        if kind == "family":
            for _ in range(r.choice([1, 2, 2, 3, 3, 4, 5, 6])):
                sex = r.choice("MF")
                kid = self.person(group, sex, self.dob(14, 42), home, landline, shared,
                                  self.name(gm if sex == "M" else gf), [father_sn, mother_sn])  # fmt: skip
                # One son named after his father.
                if sex == "M" and head_sex == "M" and r.random() < 0.12 and not head["senior"]:
                    kid["given"] = head["given"]
                    kid["middle"] = head["middle"]
                    kid["suffix"] = wpick(r, {"HT": {"Fils": 55, "Jr": 45}, "DR": {"Jr.": 70, "Hijo": 30},
                                              "JM": {"Jr": 80, "Jnr": 20}}[group])  # fmt: skip
                    head["senior"] = True
                kid["mother_p"], kid["father_p"] = wife, head
                members.append(kid)
        family_email = None
        if len(members) > 1 and r.random() < 0.2:
            stem = fold(father_sn["own"]).lower().replace(" ", "").replace("-", "")
            family_email = self.unique(lambda: f"{wpick(r, {'famille': 30, 'fam': 20, 'family': 20, '': 30})}{stem}"
                                               f"{r.randint(1, 99)}@gmail.com")  # fmt: skip
        for m in members:
            m["household"], m["family_email"] = members, family_email
        self.persons.extend(members)

    def person(self, group, sex, dob, home, landline, shared, given, surnames) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        jm = group == "JM"
        middle = self.name(JM_M if sex == "M" else JM_F) if jm and r.random() < 0.7 else None
        p = dict(pid=self.pid, group=group, sex=sex, dob=dob, given=given, middle=middle,
                 surnames=surnames if group == "DR" else surnames[:1], suffix=None, senior=False,
                 home=home, landline=landline, shared=shared, spouse=None, married_name=None,
                 mother_p=None, father_p=None)  # fmt: skip
        # A fifth of the adults live abroad, with a North American number and now and then the old one.
        p["abroad"] = self.abroad_home() if age >= 20 and r.random() < 0.3 else None
        p["us_mobile"] = (
            self.unique(
                lambda: r.choice(p["abroad"]["areas"]) + str(r.randint(2, 9)) + self.digits(6)
            )
            if p["abroad"]
            else None
        )
        keeps = not p["abroad"] or r.random() < 0.4
        p["mobiles"] = [self.island_mobile(group)] if keeps and age >= 14 else []
        # A second carrier's line.
        if p["mobiles"] and r.random() < (0.2 if group == "DR" else 0.35):
            p["mobiles"].append(self.island_mobile(group))
        if not p["mobiles"] and not p["us_mobile"] and shared:
            p["mobiles"] = [shared]
        p["nif"] = p["cin"] = p["cedula"] = p["trn"] = None
        if group == "HT":
            p["nif"] = (
                self.unique(lambda: "00" + r.choice("0123456") + self.digits(7))
                if r.random() < 0.7
                else None
            )
            if age >= 18 and r.random() < 0.75:
                p["cin"] = (
                    f"{r.randint(1, 10):02d}-{r.randint(1, 20):02d}-{r.randint(1, 9):02d}-"
                    f"{dob.year}-{dob.month:02d}-{self.unique(lambda: self.digits(5))}"
                )
        elif group == "DR":
            if age >= 18:
                prefix = (
                    "402"
                    if dob.year >= 1990 and r.random() < 0.6
                    else r.choice(CEDULA_PREFIX[home["city"]])
                )
                body = self.unique(lambda: prefix + self.digits(7))
                p["cedula"] = body + luhn_digit(body)
        else:
            while True:
                body = "1" + self.unique(lambda: self.digits(7))
                check = trn_digit(body)
                if check:
                    p["trn"] = body + check
                    break
        p["passport"] = (
            self.unique(lambda: {"HT": "RD", "DR": "SC", "JM": "A"}[group] + self.digits(7))
            if p["abroad"] or r.random() < 0.1
            else None
        )
        first = fold(given["own"].split(" ")[0].split("-")[0]).lower()
        last = fold(surnames[0]["own"]).lower().replace(" ", "").replace("-", "").replace("'", "")
        p["email"] = None
        if r.random() < (0.6 if age < 55 else 0.25):
            local = wpick(r, {f"{first}.{last}": 4, f"{first}{last}{r.randint(1, 99)}": 3, f"{last}{first}": 2,
                              f"{first}{dob.year % 100:02d}": 2, f"{first}_{last}{dob.year}": 1})  # fmt: skip
            mail = {"HT": HT_MAIL, "DR": DR_MAIL, "JM": JM_MAIL}[group]
            p["email"] = self.unique(
                lambda: local + wpick(r, {"": 4, str(r.randint(1, 999)): 2}) + "@" + wpick(r, mail)
            )
        return p

    # ------------------------------------------------------------ written forms
    def spell(self, name: dict, own: float = 0.8) -> str:
        return name["own"] if self.rnd.random() < own else wpick(self.rnd, name["all"])

    def family(self, p: dict, married: float = 0.6) -> str:
        """The family name a form holds: a wife's husband's name now and then."""
        if p["married_name"] and self.rnd.random() < married:
            return self.spell(p["married_name"])
        return self.spell(p["surnames"][0])

    def given(self, p: dict) -> str:
        return self.spell(p["given"])

    def suffix(self, p: dict, senior: str | None = None) -> str:
        """`` Jr``, `` Fils`` for a son named after his father, and ``senior`` for the father now
        and then."""
        r = self.rnd
        if p["suffix"] and r.random() < 0.75:
            return " " + p["suffix"]
        if p["senior"] and senior and r.random() < 0.25:
            return " " + senior
        return ""

    def ht_phone(self, num: str, style: str | None = None) -> str:
        r = self.rnd
        style = style or wpick(
            r, {"local": 30, "plus": 25, "bare509": 20, "paren": 10, "dash509": 10, "intl": 5}
        )
        return {
            "local": f"{num[:4]}-{num[4:]}",
            "localbare": num,
            "spaced": f"{num[:2]} {num[2:4]} {num[4:]}",
            "plus": f"+509 {num[:4]}-{num[4:]}",
            "plusbare": f"+509{num}",
            "bare509": f"509{num}",
            "paren": f"(509) {num[:4]}-{num[4:]}",
            "dash509": f"509-{num[:4]}-{num[4:]}",
            "intl": f"011 509 {num[:4]} {num[4:]}",
        }[style]

    def nanp_phone(self, num: str, style: str | None = None) -> str:
        r = self.rnd
        style = style or wpick(
            r, {"paren": 30, "dash": 30, "bare": 15, "one": 10, "plus": 10, "onedash": 5}
        )
        a, b, c = num[:3], num[3:6], num[6:]
        return {
            "paren": f"({a}) {b}-{c}",
            "dash": f"{a}-{b}-{c}",
            "bare": num,
            "one": f"1{num}",
            "plus": f"+1 {a} {b} {c}",
            "plusbare": f"+1{num}",
            "onedash": f"1-{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}",
            "local": f"{b}-{c}",
        }[style]

    def phone(self, num: str | None, group: str, style: str | None = None) -> str | None:
        if not num:
            return None
        return self.ht_phone(num, style) if len(num) == 8 else self.nanp_phone(num, style)

    def dob_text(self, p: dict, fmt: str) -> str:
        r = self.rnd
        d = p["dob"]
        if r.random() < 0.02 and d.day <= 12 and d.day != d.month:  # day and month swapped
            d = dt.date(d.year, d.day, d.month)
        if p["group"] == "HT" and r.random() < 0.03:  # an unknown day and month, defaulted
            d = dt.date(d.year, 1, 1)
        if fmt == "us":
            return d.strftime(wpick(r, {"%m/%d/%Y": 85, "%m-%d-%Y": 10, "%Y-%m-%d": 5}))
        if fmt == "ht":
            return d.strftime(wpick(r, {"%d/%m/%Y": 75, "%d-%m-%y": 10, "%d-%m-%Y": 15}))
        if fmt == "dr":
            return d.strftime(wpick(r, {"%d/%m/%Y": 70, "%Y-%m-%d": 20, "%d-%m-%Y": 10}))
        return wpick(r, {d.strftime("%d/%m/%Y"): 60, f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}": 25,
                         d.strftime("%Y-%m-%d"): 15})  # fmt: skip

    def island_address(self, p: dict, kreyol: bool = False) -> str:
        r = self.rnd
        a = p["home"]
        if p["group"] == "HT":
            city = HT_KREYOL.get(a["city"], a["city"]) if kreyol and r.random() < 0.5 else a["city"]
            street = a["street"]
            if street.startswith(("Delmas", "Santo")):  # the neighbourhood is the address
                text = wpick(
                    r, {f"{street}, #{a['number']}": 50, f"{street} #{a['number']}": 30, street: 20}
                )
            else:
                num = wpick(r, {f"#{a['number']}": 50, f"no {a['number']}": 20, a["number"]: 30})
                text = wpick(r, {f"{street} {num}": 60, f"{a['number']}, {street}": 40})
            text = f"{text}, {city}" if r.random() < 0.7 else text
            return fold(text) if r.random() < 0.4 else text
        if p["group"] == "DR":
            num = wpick(r, {f"#{a['number']}": 55, f"No. {a['number']}": 30, a["number"]: 15})
            street = a["street"] if r.random() < 0.7 else a["street"].replace("C/ ", "Calle ")
            return f"{street} {num}"
        if a["kind"] == "lot":
            return wpick(
                r, {f"Lot {a['number']}": 60, f"Lot {a['number']} {a['phase']}".strip(): 40}
            )
        return wpick(
            r,
            {
                f"{a['number']} {a['street']}": 60,
                f"{a['number']} {a['street'].replace('Road', 'Rd')}": 40,
            },
        )

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def relative(self, p: dict) -> dict | None:
        others = [m for m in p["household"] if m is not p]
        return self.rnd.choice(others) if others else None

    def short_name(self, q: dict) -> str:
        return f"{self.given(q)} {self.family(q, 0.5)}"

    # ------------------------------------------------------------ systems
    def lajan(self, p: dict, number: str) -> None:
        r = self.rnd
        siyati, prenon = self.family(p, 0.4), self.given(p) + self.suffix(p)
        if r.random() < 0.08:  # the clerk typed them in the other boxes
            siyati, prenon = prenon, siyati
        if r.random() < 0.3:
            siyati = fold(siyati).upper()
            prenon = fold(prenon)
        doc_kind = wpick(r, {"NIF": 50 if p["nif"] else 0, "CIN": 45 if p["cin"] else 0, "": 5})
        doc = None
        if doc_kind == "NIF":
            n = p["nif"]
            doc = wpick(r, {f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9]}": 60, n: 30, n.lstrip("0"): 10})
        elif doc_kind == "CIN":
            doc = p["cin"] if r.random() < 0.7 else p["cin"].replace("-", "")
        kin = self.relative(p)
        kin_phone = (kin["mobiles"] or [kin["us_mobile"]])[0] if kin else None
        self.add("LAJAN_MOBIL", p, {
            "Nimewo kont": self.unique(lambda: "LM" + self.digits(8)),
            "Siyati": self.typo(siyati, 0.04), "Prenon": self.typo(prenon, 0.04),
            "Dat nesans": self.dob_text(p, "ht") if r.random() < 0.85 else None,
            "Sèks": wpick(r, {p["sex"]: 60, {"M": "Gason", "F": "Fi"}[p["sex"]]: 40}) if r.random() < 0.8 else None,
            "Nimewo telefòn": self.ht_phone(number, wpick(r, {"bare509": 60, "localbare": 20, "local": 20})),
            "Tip pyès": doc_kind or None, "Nimewo pyès": doc,
            "Adrès": self.island_address(p, kreyol=True) if r.random() < 0.8 else None,
            "Komin": HT_KREYOL.get(p["home"]["city"], p["home"]["city"]) if r.random() < 0.6 else None,
            "Moun pou kontakte": self.short_name(kin) if kin and r.random() < 0.5 else None,
            "Telefòn moun pou kontakte": self.phone(kin_phone, "HT") if kin and kin_phone and r.random() < 0.5 else None,
        })  # fmt: skip

    def banque_ht(self, p: dict) -> None:
        r = self.rnd
        maiden = p["surnames"][0] if p["married_name"] else None
        nom = self.family(p, 0.7)
        father, mother = p["father_p"], p["mother_p"]
        phone = (
            p["shared"]
            if p["shared"] and r.random() < 0.6
            else (p["landline"] or (p["mobiles"] or [None])[0])
        )
        if p["abroad"] and r.random() < 0.5:
            phone = p["us_mobile"]
        n = p["nif"]
        self.add("BANQUE_HT", p, {
            "NO_CLIENT": self.unique(lambda: self.digits(9)),
            "NOM": self.typo(fold(nom).upper() if r.random() < 0.7 else nom, 0.03),
            "PRENOM": self.typo((self.given(p) + self.suffix(p, "Père")).upper() if r.random() < 0.6 else self.given(p), 0.03),
            "NOM_JEUNE_FILLE": self.spell(maiden).upper() if maiden and r.random() < 0.7 else None,
            "NIF": (f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9]}" if r.random() < 0.7 else n) if n and r.random() < 0.9 else None,
            "CIN": p["cin"] if p["cin"] and r.random() < 0.6 else None,
            "DATE_NAISSANCE": self.dob_text(p, "ht") if r.random() < 0.95 else None,
            "LIEU_NAISSANCE": p["home"]["city"] if r.random() < 0.5 else None,
            "ADRESSE": self.island_address(p) if r.random() < 0.9 else None,
            "TELEPHONE": self.phone(phone, "HT", None) if phone and r.random() < 0.9 else None,
            "NOM_PERE": self.short_name(father).upper() if father and r.random() < 0.5 else None,
            "NOM_MERE": (self.given(mother) + " " + self.spell(mother["surnames"][0])).upper()
            if mother and r.random() < 0.5 else None,
        })  # fmt: skip

    def banco_rd(self, p: dict) -> None:
        r = self.rnd
        a = p["home"]
        first, second = self.spell(p["surnames"][0]), self.spell(p["surnames"][1])
        given = self.given(p) + self.suffix(p)
        how = wpick(
            r,
            {
                "both": 70,
                "one": 15,
                "joined": 10,
                "de": 5 if p["spouse"] and p["sex"] == "F" else 0,
            },
        )
        if how == "one":
            second = None
        elif how == "joined":
            first, second = f"{first} {second}", None
        elif how == "de":  # a married woman as her husband's: Rodríguez de Pérez
            second = f"de {self.spell(p['spouse']['surnames'][0])}"
        upper = r.random() < 0.5
        case = (lambda s: fold(s).upper() if s else s) if upper else (lambda s: s)
        c = p["cedula"]
        cedula = None
        if c and r.random() < 0.95:
            cedula = wpick(r, {f"{c[:3]}-{c[3:10]}-{c[10]}": 55, c: 30, c.lstrip("0"): 15})
        spouse, rel = p["spouse"], self.relative(p)
        mobile = (p["mobiles"] or [p["us_mobile"]])[0]
        self.add("BANCO_RD", p, {
            "NOMBRES": self.typo(case(given), 0.03), "PRIMER_APELLIDO": self.typo(case(first), 0.03),
            "SEGUNDO_APELLIDO": case(second),
            "CEDULA": cedula, "PASAPORTE": p["passport"] if p["passport"] and r.random() < 0.3 else None,
            "FECHA_NAC": self.dob_text(p, "dr") if r.random() < 0.95 else None,
            "SEXO": p["sex"] if r.random() < 0.9 else None,
            "DIRECCION": self.island_address(p) if r.random() < 0.9 else None,
            "SECTOR": a["sector"] if r.random() < 0.8 else None,
            "MUNICIPIO": a["city"] if r.random() < 0.7 else None,
            "TEL_RESIDENCIA": self.nanp_phone(p["landline"], wpick(r, {"paren": 40, "dash": 40, "bare": 20}))
            if p["landline"] and r.random() < 0.8 else None,
            "CELULAR": self.phone(mobile, "DR") if mobile and r.random() < 0.9 else None,
            "CORREO": (p["family_email"] if p["family_email"] and r.random() < 0.3 else p["email"]) if r.random() < 0.6 else None,
            "NOMBRE_CONYUGE": case(f"{self.given(spouse)} {self.spell(spouse['surnames'][0])}") if spouse and r.random() < 0.5 else None,
            "TEL_REFERENCIA": self.phone((rel["mobiles"] or [None])[0], "DR") if rel and r.random() < 0.4 else None,
        })  # fmt: skip

    def jam_tel(self, p: dict, line: str, holder: dict) -> None:
        """A line's account: the line may be used by ``p`` and held by ``holder``."""
        r = self.rnd
        a = holder["home"]
        first = self.given(holder)
        nick = NICKNAMES.get(holder["given"]["key"])
        if nick and r.random() < 0.15:
            first = nick
        middle = self.spell(holder["middle"]) if holder["middle"] and r.random() < 0.6 else None
        if middle and r.random() < 0.3:
            middle = middle[0]
        t = holder["trn"]
        kin = self.relative(holder)
        self.add("JAM_TEL", holder, {
            "Account No": self.unique(lambda: self.digits(9)),
            "First Name": self.typo(first, 0.03), "Middle Name": middle,
            "Last Name": self.typo(self.family(holder, 0.6) + self.suffix(holder, "Snr"), 0.03),
            "Known As": nick if nick and r.random() < 0.3 else None,
            "TRN": wpick(r, {f"{t[:3]}-{t[3:6]}-{t[6:]}": 50, t: 35, f"{t[:3]} {t[3:6]} {t[6:]}": 15}) if r.random() < 0.85 else None,
            "Date of Birth": self.dob_text(holder, "jm") if r.random() < 0.85 else None,
            "Address Line 1": self.island_address(holder) if r.random() < 0.9 else None,
            "Address Line 2": a["city"] if r.random() < 0.8 else None,
            "Parish": r.choice(PARISH_FORMS[a["region"]]) if r.random() < 0.9 else None,
            "Mobile": self.nanp_phone(line, wpick(r, {"dash": 40, "paren": 25, "bare": 15, "one": 10, "local": 10})),
            "Alt Contact": self.phone(holder["landline"] or (kin["mobiles"] or [None])[0] if kin else holder["landline"], "JM")
            if r.random() < 0.4 else None,
            "Email": (holder["family_email"] if holder["family_email"] and r.random() < 0.3 else holder["email"])
            if r.random() < 0.6 else None,
            "Next of Kin": self.short_name(kin) if kin and r.random() < 0.4 else None,
        })  # fmt: skip

    def remesa(self, p: dict) -> None:
        r = self.rnd
        b = p["abroad"]
        given, family = self.given(p), self.family(p, 0.6)
        if p["group"] == "DR":
            family = f"{family} {self.spell(p['surnames'][1])}" if r.random() < 0.4 else family
        suffix = self.suffix(p, "Sr")
        name = wpick(r, {f"{given} {family}{suffix}": 45, f"{family} {given}{suffix}": 20 if p["group"] == "HT" else 5,
                         f"{family}, {given}": 15, f"{fold(family).upper()} {given}": 15})  # fmt: skip
        if r.random() < 0.4:
            name = fold(name).upper()
        phone = (
            p["us_mobile"]
            if p["us_mobile"] and r.random() < 0.85
            else (p["mobiles"] or [p["us_mobile"]])[0]
        )
        ids = {"PASSPORT": 40 if p["passport"] else 0, "DRIVER LICENSE": 25,
               "NIF": 15 if p["nif"] else 0, "CEDULA": 20 if p["cedula"] else 0, "TRN": 15 if p["trn"] else 0}  # fmt: skip
        kind = wpick(r, ids)
        id_no = {
            "PASSPORT": p["passport"],
            "DRIVER LICENSE": p.setdefault(
                "licence", self.unique(lambda: r.choice("ABCDGHJLMPRSW") + self.digits(12))
            ),
            "NIF": p["nif"],
            "CEDULA": p["cedula"],
            "TRN": p["trn"],
        }[kind]
        # The receiver back home: a relative, or someone else from the island.
        kin = [m for m in p["household"] if m is not p and not m["abroad"]]
        q = r.choice(kin) if kin and r.random() < 0.8 else r.choice(self.by_group[p["group"]])
        qphone = (q["mobiles"] or [q["shared"] or q["landline"]])[0]
        apt = f" Apt {b['apt']}" if b["apt"] else ""
        if b["state"] == "QC":
            addr = f"{b['number']} {b['street']}{apt}, {b['city']} {b['state']} {b['postcode']}"
        else:
            addr = f"{b['number']} {b['street']}{apt}, {b['city']}, {b['state']} {b['postcode']}"
        self.add("REMESA", p, {
            "transfer_id": self.unique(lambda: "TX" + self.digits(10)),
            "sender_name": self.typo(name, 0.04),
            "sender_dob": self.dob_text(p, "us") if r.random() < 0.7 else None,
            "sender_phone": self.phone(phone, p["group"], wpick(r, {"paren": 40, "dash": 25, "plus": 20, "one": 15}))
            if phone and len(phone) == 10 else self.phone(phone, p["group"]),
            "sender_id_type": kind, "sender_id_no": id_no if r.random() < 0.9 else None,
            "sender_address": self.typo(addr, 0.03) if r.random() < 0.85 else None,
            "beneficiary_name": self.short_name(q) if r.random() < 0.95 else None,
            "beneficiary_phone": self.phone(qphone, q["group"], "plus" if len(qphone or "") == 8 else None)
            if qphone and r.random() < 0.9 else None,
            "beneficiary_city": q["home"]["city"] if r.random() < 0.8 else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        self.by_group = {g: [p for p in self.persons if not p["abroad"]] for g in GROUPS}
        for g in GROUPS:
            self.by_group[g] = [p for p in self.by_group[g] if p["group"] == g]
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            n0 = len(self.rows)
            g = p["group"]
            if g == "HT":
                nums = [m for m in p["mobiles"] if m != p["shared"] or r.random() < 0.3]
                for m in nums:  # a wallet on each of one's lines, registered again at another agent
                    if r.random() < 0.85:
                        self.lajan(p, m)
                        if r.random() < 0.25:
                            self.lajan(p, m)
                if age >= 18 and r.random() < (0.55 if not p["abroad"] else 0.3):
                    self.banque_ht(p)
                    if r.random() < 0.2:
                        self.banque_ht(p)
            elif g == "DR" and age >= 18 and r.random() < (0.85 if not p["abroad"] else 0.4):
                self.banco_rd(p)
                while r.random() < 0.4:  # typed again at another branch
                    self.banco_rd(p)
            elif g == "JM":
                holder = p
                parents = [q for q in (p["father_p"], p["mother_p"]) if q and not q["abroad"]]
                # A child's line on a parent's account.
                if age < 23 and parents and r.random() < 0.5:
                    holder = r.choice(parents)
                for m in p["mobiles"]:
                    if r.random() < 0.9:
                        self.jam_tel(p, m, holder)
                        if r.random() < 0.3:  # prepaid moved to postpaid: a new account
                            self.jam_tel(p, m, holder if r.random() < 0.5 else p)
            if p["abroad"]:
                for _ in range(wpick(r, {1: 35, 2: 30, 3: 20, 4: 10, 5: 5})):
                    self.remesa(p)
            if len(self.rows) == n0 and age >= 16:
                if p["abroad"]:
                    self.remesa(p)
                elif g == "HT" and p["mobiles"]:
                    self.lajan(p, p["mobiles"][0])
                elif g == "DR":
                    self.banco_rd(p)
                elif p["mobiles"]:
                    self.jam_tel(p, p["mobiles"][0], p)
        return self.shuffled("row_id", "CB")


def caribbean(persons: int = 4700, seed: int = 29) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Caribbean.frame(persons, seed, "row_id")
