"""An omnichannel retailer in France, Belgium and the Netherlands: seven systems in one file.

The group grew out of a French chain and a Dutch one, and kept both back offices. French-labelled
systems (``fidelite``: loyalty-card enrolments in French and Walloon stores; ``caisse``: their
till receipts with an e-mail for the e-receipt; ``sav``: after-sales / warranty registrations
from every country) use ``civilité, nom, prénom, date_naissance, adresse, code_postal, ville,
pays, tél, portable, courriel, n° carte fidélité``; Dutch-labelled ones (``klantenkaart``:
loyalty cards of Dutch and Flemish stores; ``kassa``: their receipts; ``webshop``: accounts
from all three countries; ``nieuwsbrief``: newsletter sign-ups with an e-mail and maybe a first
name) use ``aanhef, voorletters, voornaam, tussenvoegsel, achternaam, geboortedatum, straat,
huisnummer, toevoeging, postcode, woonplaats, land, telefoon, mobiel, e-mail, klantenkaart``.
Columns of the same name in two systems are one column.

What makes it hard: name particles (``van der Berg`` / ``Van Der Berg`` / ``vd Berg`` /
``Berg, van der``, tussenvoegsel in its own column or inside the surname, Belgian ``Van den
Broeck``, French ``de la Fontaine``, ``Le Goff``); accents kept, dropped, mojibake
(``HÃ©lÃ¨ne``) or ``?``; upper-case surnames; compound given names (``Jean-Pierre`` / ``Jean
Pierre`` / ``J-P`` / ``JP``); Dutch initials (``J.C.``) beside a roepnaam (``Hans``); married
women under their husband's name (``DUPONT née MARTIN``, ``MARTIN ép. DUPONT``,
``Jansen-de Vries``); addresses (``12 bis rue``, ``Bd``, ``av.``, ``Kerkstraat 12 A``, Belgian
``Rue de la Station 12 bte 3``), postcodes of three countries (``59000``, ``1000``, ``1234 AB``;
French ones that lost their leading zero), bilingual Belgian town names (``Gent``/``Gand``);
phones national or international (``06 12 34 56 78``, ``+33 6...``, ``0475/12.34.56``,
``+31 6-12345678``; French and Dutch mobiles both ``06`` + 8 digits); households sharing a
landline, an address, a family e-mail and a loyalty card (a second holder on the card); cards
re-issued; e-mails typed by a cashier; people who moved; the store's own phone typed into a
warranty form; purchase, receipt and sign-up dates, stores and product serials beside the
personal fields.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pandas as pd

from slips import slip

TODAY = dt.date(2026, 1, 1)

# ---------------------------------------------------------------- names
# (particle, core, weight); particles written as each country writes them in full
FR_LAST = [
    ("", "Martin", 9), ("", "Bernard", 5), ("", "Dubois", 5), ("", "Thomas", 4), ("", "Robert", 4),
    ("", "Richard", 4), ("", "Petit", 4), ("", "Durand", 4), ("", "Leroy", 3), ("", "Moreau", 3),
    ("", "Simon", 3), ("", "Laurent", 3), ("", "Lefebvre", 3), ("", "Michel", 3), ("", "Garcia", 3),
    ("", "David", 2), ("", "Bertrand", 2), ("", "Roux", 2), ("", "Vincent", 2), ("", "Fournier", 2),
    ("", "Morel", 2), ("", "Girard", 2), ("", "André", 2), ("", "Lefèvre", 2), ("", "Mercier", 2),
    ("", "Dupont", 2), ("", "Lambert", 2), ("", "Bonnet", 2), ("", "François", 2), ("", "Martinez", 2),
    ("", "Legrand", 2), ("", "Garnier", 2), ("", "Faure", 2), ("", "Rousseau", 2), ("", "Blanc", 2),
    ("", "Guérin", 2), ("", "Muller", 2), ("", "Henry", 2), ("", "Roussel", 2), ("", "Nicolas", 2),
    ("", "Perrin", 2), ("", "Morin", 2), ("", "Mathieu", 2), ("", "Clément", 2), ("", "Gauthier", 2),
    ("", "Dumont", 2), ("", "Lopez", 2), ("", "Fontaine", 2), ("", "Chevalier", 2), ("", "Robin", 2),
    ("", "Masson", 1), ("", "Sanchez", 1), ("", "Gérard", 1), ("", "Nguyen", 1), ("", "Boyer", 1),
    ("", "Denis", 1), ("", "Lemaire", 1), ("", "Duval", 1), ("", "Joly", 1), ("", "Gautier", 1),
    ("", "Roger", 1), ("", "Roche", 1), ("", "Roy", 1), ("", "Noël", 1), ("", "Meyer", 1),
    ("", "Lucas", 1), ("", "Meunier", 1), ("", "Jean", 1), ("", "Perez", 1), ("", "Marchand", 1),
    ("", "Dufour", 1), ("", "Blanchard", 1), ("", "Marie", 1), ("", "Barbier", 1), ("", "Brun", 1),
    ("", "Dumas", 1), ("", "Brunet", 1), ("", "Schmitt", 1), ("", "Leroux", 1), ("", "Colin", 1),
    ("", "Fernandez", 1), ("", "Pierre", 1), ("", "Renard", 1), ("", "Arnaud", 1), ("", "Rolland", 1),
    ("", "Caron", 1), ("", "Aubert", 1), ("", "Giraud", 1), ("", "Leclerc", 1), ("", "Vidal", 1),
    ("", "Bourgeois", 1), ("", "Renaud", 1), ("", "Lemoine", 1), ("", "Picard", 1), ("", "Gaillard", 1),
    ("", "Philippe", 1), ("", "Leclercq", 1), ("", "Lacroix", 1), ("", "Fabre", 1), ("", "Dupuis", 1),
    ("", "Olivier", 1), ("", "Rodriguez", 1), ("", "Carpentier", 1), ("", "Lemaître", 1),
    ("", "Delattre", 1), ("", "Vasseur", 1), ("", "Dhainaut", 1), ("", "Lemaire", 1),
    ("", "Deschamps", 1), ("", "Ménard", 1), ("", "Hervé", 1), ("", "Lévêque", 1), ("", "Prévost", 1),
    ("Le", "Goff", 1), ("Le", "Gall", 1), ("Le", "Roux", 1), ("de la", "Fontaine", 1),
    ("de", "Villiers", 1), ("Du", "Pont", 1), ("de la", "Motte", 1), ("Da", "Silva", 1),
    ("Dos", "Santos", 1), ("D'", "Almeida", 1), ("de", "Oliveira", 1), ("El", "Amrani", 1),
    ("Ben", "Ali", 1), ("", "Benali", 1), ("", "Haddad", 1), ("", "Mansouri", 1), ("Aït", "Ahmed", 1),
    ("", "Yilmaz", 1), ("", "Ferreira", 1), ("", "Pereira", 1), ("", "Rodrigues", 1),
]  # fmt: skip
NL_LAST = [
    ("de", "Jong", 6), ("", "Jansen", 6), ("de", "Vries", 6), ("van den", "Berg", 4), ("van", "Dijk", 4),
    ("", "Bakker", 4), ("", "Janssen", 3), ("", "Visser", 3), ("", "Smit", 3), ("", "Meijer", 3),
    ("de", "Boer", 3), ("", "Mulder", 3), ("de", "Groot", 3), ("", "Bos", 3), ("", "Vos", 3),
    ("", "Peters", 3), ("", "Hendriks", 3), ("van", "Leeuwen", 2), ("", "Dekker", 2), ("", "Brouwer", 2),
    ("de", "Wit", 2), ("", "Dijkstra", 2), ("", "Smits", 2), ("de", "Graaf", 2), ("van der", "Meer", 2),
    ("van der", "Linden", 2), ("", "Kok", 2), ("", "Jacobs", 2), ("de", "Haan", 2), ("", "Vermeulen", 2),
    ("van den", "Heuvel", 2), ("van der", "Veen", 2), ("van den", "Broek", 2), ("de", "Bruijn", 2),
    ("van der", "Heijden", 2), ("", "Schouten", 2), ("van", "Beek", 2), ("", "Willems", 2),
    ("van", "Vliet", 2), ("van de", "Ven", 2), ("", "Hoekstra", 2), ("", "Maas", 2), ("", "Verhoeven", 2),
    ("", "Koster", 1), ("van", "Dam", 1), ("van der", "Wal", 1), ("", "Prins", 1), ("", "Blom", 1),
    ("", "Huisman", 1), ("de", "Jonge", 1), ("", "Kuipers", 1), ("van", "Veen", 1), ("", "Post", 1),
    ("", "Kuiper", 1), ("", "Veenstra", 1), ("", "Kramer", 1), ("van den", "Brink", 1),
    ("", "Scholten", 1), ("van", "Wijk", 1), ("", "Postma", 1), ("", "Martens", 1), ("", "Vink", 1),
    ("de", "Ruiter", 1), ("", "Timmermans", 1), ("", "Groen", 1), ("", "Gerritsen", 1),
    ("", "Jonker", 1), ("van", "Loon", 1), ("van der", "Velde", 1), ("", "Willemsen", 1),
    ("", "Smeets", 1), ("de", "Lange", 1), ("de", "Vos", 1), ("", "Bosch", 1), ("van", "Dongen", 1),
    ("", "Schipper", 1), ("de", "Koning", 1), ("van der", "Laan", 1), ("", "Koning", 1),
    ("", "Driessen", 1), ("van", "Doorn", 1), ("", "Hermans", 1), ("", "Evers", 1),
    ("van den", "Bosch", 1), ("van der", "Meulen", 1), ("", "Hofman", 1), ("", "Bosman", 1),
    ("ter", "Haar", 1), ("van 't", "Hof", 1), ("in 't", "Veld", 1), ("op den", "Kamp", 1),
    ("", "Yılmaz", 1), ("El", "Idrissi", 1), ("", "Bouzid", 1), ("", "Öztürk", 1),
]  # fmt: skip
BE_NL_LAST = [
    ("", "Peeters", 6), ("", "Janssens", 5), ("", "Maes", 4), ("", "Jacobs", 3), ("", "Mertens", 3),
    ("", "Willems", 3), ("", "Claes", 3), ("", "Goossens", 3), ("", "Wouters", 3), ("De", "Smet", 3),
    ("", "Vermeulen", 2), ("Van den", "Broeck", 2), ("", "Hermans", 2), ("", "Pauwels", 2),
    ("Van", "Damme", 2), ("De", "Clercq", 2), ("", "Michiels", 2), ("", "Aerts", 2),
    ("Van de", "Velde", 2), ("", "Vandenberghe", 1), ("", "Lambrechts", 1), ("", "Claeys", 1),
    ("", "Verstraete", 1), ("De", "Backer", 1), ("", "Martens", 1), ("", "Smets", 1),
    ("Van", "Hoof", 1), ("", "Declercq", 1), ("De", "Vos", 1), ("Van", "Acker", 1), ("", "Verhaegen", 1),
    ("De", "Meyer", 1), ("", "Cools", 1), ("Van", "Hecke", 1), ("Vanden", "Bossche", 1),
    ("", "Desmet", 1), ("", "Verbeke", 1), ("", "Coppens", 1), ("", "Segers", 1), ("", "Thys", 1),
]  # fmt: skip
BE_FR_LAST = [
    ("", "Dubois", 4), ("", "Lambert", 4), ("", "Dupont", 3), ("", "Martin", 3), ("", "Simon", 3),
    ("", "Laurent", 2), ("", "Leclercq", 2), ("", "Denis", 2), ("", "Lejeune", 2), ("", "Renard", 2),
    ("", "Dumont", 2), ("", "Collard", 2), ("", "François", 2), ("", "Gilson", 1), ("", "Lemaire", 1),
    ("", "Piette", 1), ("", "Hubert", 1), ("", "Mathieu", 1), ("", "Leroy", 1), ("", "Massart", 1),
    ("", "Goffin", 1), ("", "Henrard", 1), ("", "Wilmotte", 1), ("", "Jacquet", 1), ("", "Lecomte", 1),
    ("de", "Jonghe", 1), ("", "Delvaux", 1), ("", "Mahieu", 1), ("", "Bodart", 1), ("", "Jadoul", 1),
]  # fmt: skip
TAIL = {
    "fr": (["Beau", "Bel", "Char", "Chau", "Cour", "Dela", "Des", "Four", "Gau", "Gra", "Lam", "Lar",
            "Lau", "Mar", "Mon", "Pel", "Ray", "Ros", "Sau", "Ver", "Vil", "Bour", "Bras", "Gui",
            "Jou", "Lem", "Mau", "Pou", "Tis", "Del", "Ber", "Cas", "Ger", "Mal"],
           ["ard", "aud", "eau", "et", "in", "on", "ier", "ot", "ault", "elle", "eux", "ais", "and",
            "ert", "ois", "oux", "y", "at", "ey", "ot", "iaux", "ès", "ail", "ange"]),
    "nl": (["Bak", "Ber", "Bos", "Brou", "Dek", "Die", "Ger", "Hen", "Hol", "Hui", "Kui", "Mee",
            "Poo", "Rij", "Ste", "Ver", "Wou", "Zwa", "Hoo", "Kla", "Gee", "Lam", "Mol", "Wes",
            "Bra", "Dui", "Kor", "Vel"],
           ["ker", "ens", "man", "sma", "ing", "stra", "hof", "veld", "dijk", "beek", "huis",
            "kamp", "boom", "ink", "es", "ert", "mans", "ers", "gers", "hout"]),
}  # fmt: skip

FR_M = [("Jean", 6), ("Philippe", 5), ("Michel", 5), ("Alain", 4), ("Nicolas", 4), ("Christophe", 4),
        ("Pierre", 4), ("Patrick", 4), ("Jean-Pierre", 4), ("Stéphane", 3), ("Frédéric", 3),
        ("Sébastien", 3), ("Laurent", 3), ("Éric", 3), ("Julien", 3), ("David", 3), ("Thomas", 3),
        ("Olivier", 3), ("Daniel", 3), ("Jean-Claude", 2), ("Jean-Luc", 2), ("Jean-François", 2),
        ("Jean-Marc", 2), ("Jean-Michel", 2), ("Pierre-Yves", 1), ("Jean-Baptiste", 1),
        ("François", 3), ("Thierry", 3), ("Bernard", 2), ("Gérard", 2), ("Jacques", 2),
        ("Dominique", 2), ("Vincent", 2), ("Guillaume", 2), ("Maxime", 2), ("Alexandre", 2),
        ("Antoine", 2), ("Jérôme", 2), ("Benoît", 2), ("Romain", 2), ("Kevin", 2), ("Mathieu", 2),
        ("Fabrice", 1), ("Pascal", 1), ("Didier", 1), ("Bruno", 1), ("Hervé", 1), ("Yves", 1),
        ("Grégory", 1), ("Cédric", 1), ("Raphaël", 1), ("Loïc", 1), ("Théo", 1), ("Hugo", 1),
        ("Lucas", 1), ("Clément", 1), ("Emmanuel", 1), ("Mohamed", 2), ("Karim", 1), ("Rachid", 1),
        ("João", 1), ("Rémi", 1), ("Joël", 1), ("Gaëtan", 1), ("Jérémy", 1), ("Florian", 1)]  # fmt: skip
FR_F = [("Marie", 5), ("Nathalie", 5), ("Isabelle", 5), ("Sylvie", 4), ("Catherine", 4),
        ("Christine", 3), ("Sandrine", 3), ("Valérie", 3), ("Véronique", 3), ("Sophie", 3),
        ("Céline", 3), ("Stéphanie", 3), ("Françoise", 3), ("Hélène", 3), ("Martine", 3),
        ("Marie-Claire", 2), ("Anne-Sophie", 2), ("Marie-Christine", 2), ("Anne-Marie", 2),
        ("Marie-Hélène", 1), ("Marie-Thérèse", 1), ("Anne", 2), ("Caroline", 2), ("Julie", 2),
        ("Aurélie", 2), ("Émilie", 2), ("Élodie", 2), ("Laetitia", 2), ("Virginie", 2),
        ("Cécile", 2), ("Agnès", 1), ("Geneviève", 1), ("Brigitte", 2), ("Monique", 2),
        ("Chantal", 2), ("Florence", 2), ("Camille", 2), ("Laura", 2), ("Léa", 1), ("Chloé", 1),
        ("Manon", 1), ("Pauline", 1), ("Amélie", 1), ("Noémie", 1), ("Gaëlle", 1), ("Anaïs", 1),
        ("Béatrice", 1), ("Dominique", 1), ("Josiane", 1), ("Fatima", 2), ("Nadia", 1),
        ("Samira", 1), ("Maëlle", 1), ("Thérèse", 1), ("Zoé", 1), ("Inès", 1)]  # fmt: skip
NL_M = [("Jan", 5), ("Peter", 4), ("Kees", 2), ("Hans", 3), ("Wim", 2), ("Henk", 2), ("Gerrit", 1),
        ("Dirk", 2), ("Bart", 2), ("Thijs", 2), ("Daan", 2), ("Sander", 2), ("Joost", 2),
        ("Ruud", 1), ("Marco", 2), ("Erik", 2), ("Mark", 3), ("Niels", 2), ("Bas", 2),
        ("Jeroen", 2), ("Sjoerd", 1), ("Jan-Willem", 1), ("Jan-Peter", 1), ("Martijn", 2),
        ("Rob", 2), ("Frank", 2), ("Paul", 2), ("Tom", 2), ("Luc", 2), ("Marc", 2), ("Geert", 2),
        ("Koen", 2), ("Wouter", 2), ("Filip", 1), ("Kris", 1), ("Stijn", 1), ("Jens", 1),
        ("Pieter", 2), ("Gert", 1), ("Arie", 1), ("Jaap", 1), ("Ahmed", 1), ("Mohamed", 2),
        ("Mehmet", 1), ("Johan", 2), ("Patrick", 1), ("Dennis", 1), ("Kevin", 1), ("Ruben", 1)]  # fmt: skip
NL_F = [("Maria", 3), ("Anna", 2), ("Els", 2), ("Anke", 2), ("Ingrid", 2), ("Sanne", 2), ("Lisa", 2),
        ("Femke", 2), ("Marieke", 2), ("Annemieke", 1), ("Inge", 2), ("Esther", 2), ("Linda", 3),
        ("Sandra", 2), ("Anne-Marie", 1), ("Ineke", 1), ("Margriet", 1), ("Renée", 1),
        ("Chantal", 1), ("Wilma", 1), ("Corrie", 1), ("Joke", 1), ("An", 1), ("Katrien", 1),
        ("Sofie", 2), ("Griet", 1), ("Liesbeth", 1), ("Veerle", 1), ("Hilde", 1), ("Marleen", 2),
        ("Annelies", 1), ("Lieve", 1), ("Nathalie", 1), ("Kim", 2), ("Eva", 2), ("Laura", 1),
        ("Fatima", 1), ("Saskia", 1), ("Mirjam", 1), ("Mieke", 1), ("Truus", 1), ("Petra", 2),
        ("Monique", 1), ("Karin", 2), ("Nicole", 1), ("Ilse", 1)]  # fmt: skip
# Dutch official first given names behind a roepnaam (the initials of the papers)
OFFICIAL = {"Hans": ["Johannes"], "Jan": ["Johannes", "Jan"], "Kees": ["Cornelis"],
            "Wim": ["Wilhelmus", "Willem"], "Henk": ["Hendrik"], "Gert": ["Gerardus"],
            "Peter": ["Petrus", "Peter"], "Arie": ["Adrianus"], "Jaap": ["Jacobus"],
            "Marieke": ["Maria"], "Mieke": ["Maria"], "Joke": ["Johanna"], "Wilma": ["Wilhelmina"],
            "Corrie": ["Cornelia"], "Els": ["Elisabeth", "Els"], "Truus": ["Geertruida"],
            "Ineke": ["Hendrika", "Ineke"], "Ruud": ["Rudolf"], "Bart": ["Bartholomeus", "Bart"],
            "Thijs": ["Matthijs"], "Bas": ["Sebastiaan"], "Rob": ["Robertus", "Rob"]}  # fmt: skip
SECOND_NL = ["Johannes", "Cornelis", "Maria", "Petrus", "Hendrikus", "Wilhelmus", "Antonius",
             "Jacobus", "Gerardus", "Johanna", "Catharina", "Adriana", "Theodorus"]  # fmt: skip
FR_SHORT = {"Christophe": "Chris", "Nathalie": "Nath", "Stéphanie": "Steph", "Alexandre": "Alex",
            "Sébastien": "Seb", "Frédéric": "Fred", "Catherine": "Cathy", "Isabelle": "Isa",
            "Valérie": "Val", "Maxime": "Max", "Nicolas": "Nico", "Emmanuel": "Manu",
            "Caroline": "Caro", "Béatrice": "Béa", "Dominique": "Domi", "Thomas": "Tom",
            "Guillaume": "Guillaume", "Sandrine": "Sandy", "Véronique": "Véro"}  # fmt: skip

# ---------------------------------------------------------------- places
# (name, [alternative names], postcodes, landline area prefix, weight)
FR_CITIES = [
    ("Lille", [], ["59000", "59160", "59260", "59800", "59777"], "03", 10),
    ("Paris", [], [f"750{i:02d}" for i in range(1, 21)], "01", 10),
    ("Roubaix", [], ["59100"], "03", 4), ("Tourcoing", [], ["59200"], "03", 4),
    ("Villeneuve-d'Ascq", ["Villeneuve d'Ascq", "Villeneuve d Ascq"], ["59650", "59491", "59493"], "03", 4),
    ("Marcq-en-Barœul", ["Marcq-en-Baroeul", "Marcq en Baroeul"], ["59700"], "03", 2),
    ("Dunkerque", [], ["59140", "59240"], "03", 3), ("Valenciennes", [], ["59300"], "03", 3),
    ("Douai", [], ["59500"], "03", 2), ("Lens", [], ["62300"], "03", 2), ("Arras", [], ["62000"], "03", 2),
    ("Calais", [], ["62100"], "03", 2), ("Boulogne-sur-Mer", ["Boulogne sur Mer"], ["62200"], "03", 2),
    ("Amiens", [], ["80000", "80080", "80090"], "03", 2), ("Saint-Quentin", ["St Quentin", "St-Quentin"], ["02100"], "03", 1),
    ("Laon", [], ["02000"], "03", 1), ("Charleville-Mézières", ["Charleville-Mezieres", "Charleville"], ["08000"], "03", 1),
    ("Reims", [], ["51100"], "03", 2), ("Metz", [], ["57000", "57050", "57070"], "03", 2),
    ("Nancy", [], ["54000", "54100"], "03", 2), ("Strasbourg", [], ["67000", "67100", "67200"], "03", 2),
    ("Lyon", [], [f"6900{i}" for i in range(1, 10)], "04", 4),
    ("Marseille", [], [f"130{i:02d}" for i in range(1, 17)], "04", 3),
    ("Toulouse", [], ["31000", "31100", "31200", "31300", "31400", "31500"], "05", 3),
    ("Bordeaux", [], ["33000", "33100", "33200", "33300", "33800"], "05", 2),
    ("Nantes", [], ["44000", "44100", "44200", "44300"], "02", 2), ("Rennes", [], ["35000", "35200", "35700"], "02", 2),
    ("Rouen", [], ["76000", "76100"], "02", 2), ("Caen", [], ["14000"], "02", 1),
    ("Saint-Étienne", ["Saint-Etienne", "St Etienne", "St-Étienne"], ["42000", "42100"], "04", 1),
    ("Nice", [], ["06000", "06100", "06200", "06300"], "04", 1), ("Grenoble", [], ["38000", "38100"], "04", 1),
    ("Bourg-en-Bresse", ["Bourg en Bresse"], ["01000"], "04", 1), ("Annecy", [], ["74000"], "04", 1),
    ("Montpellier", [], ["34000", "34070", "34080", "34090"], "04", 1), ("Dijon", [], ["21000"], "03", 1),
    ("Orléans", ["Orleans"], ["45000", "45100"], "02", 1), ("Tours", [], ["37000", "37100", "37200"], "02", 1),
    ("Le Havre", [], ["76600", "76610", "76620"], "02", 1), ("Limoges", [], ["87000", "87100"], "05", 1),
    ("Armentières", ["Armentieres"], ["59280"], "03", 1), ("Hazebrouck", [], ["59190"], "03", 1),
    ("Maubeuge", [], ["59600"], "03", 1), ("Cambrai", [], ["59400"], "03", 1), ("Wasquehal", [], ["59290"], "03", 1),
    ("Croix", [], ["59170"], "03", 1), ("Wattrelos", [], ["59150"], "03", 1), ("Béthune", ["Bethune"], ["62400"], "03", 1),
]  # fmt: skip
BE_CITIES = [  # (French name, Dutch name, postcodes, area, weight, language of the place)
    ("Bruxelles", "Brussel", ["1000", "1020", "1120"], "02", 5, "fr"),
    ("Ixelles", "Elsene", ["1050"], "02", 2, "fr"), ("Schaerbeek", "Schaarbeek", ["1030"], "02", 2, "fr"),
    ("Anderlecht", "Anderlecht", ["1070"], "02", 2, "fr"), ("Uccle", "Ukkel", ["1180"], "02", 1, "fr"),
    ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", ["1200"], "02", 1, "fr"),
    ("Liège", "Luik", ["4000", "4020", "4030"], "04", 3, "fr"), ("Charleroi", "Charleroi", ["6000", "6001", "6010"], "071", 3, "fr"),
    ("Namur", "Namen", ["5000", "5002"], "081", 2, "fr"), ("Mons", "Bergen", ["7000"], "065", 2, "fr"),
    ("Tournai", "Doornik", ["7500"], "069", 2, "fr"), ("Mouscron", "Moeskroen", ["7700"], "056", 2, "fr"),
    ("La Louvière", "La Louvière", ["7100"], "064", 1, "fr"), ("Wavre", "Waver", ["1300"], "010", 1, "fr"),
    ("Verviers", "Verviers", ["4800"], "087", 1, "fr"), ("Arlon", "Aarlen", ["6700"], "063", 1, "fr"),
    ("Antwerpen", "Anvers", ["2000", "2018", "2060", "2100"], "03", 5, "nl"), ("Gent", "Gand", ["9000", "9030", "9040"], "09", 4, "nl"),
    ("Brugge", "Bruges", ["8000", "8200"], "050", 2, "nl"), ("Leuven", "Louvain", ["3000", "3010"], "016", 2, "nl"),
    ("Mechelen", "Malines", ["2800"], "015", 2, "nl"), ("Aalst", "Alost", ["9300"], "053", 1, "nl"),
    ("Kortrijk", "Courtrai", ["8500"], "056", 2, "nl"), ("Hasselt", "Hasselt", ["3500"], "011", 1, "nl"),
    ("Sint-Niklaas", "Saint-Nicolas", ["9100"], "03", 1, "nl"), ("Oostende", "Ostende", ["8400"], "059", 1, "nl"),
    ("Genk", "Genk", ["3600"], "089", 1, "nl"), ("Roeselare", "Roulers", ["8800"], "051", 1, "nl"),
    ("Ieper", "Ypres", ["8900"], "057", 1, "nl"), ("Menen", "Menin", ["8930"], "056", 1, "nl"),
    ("Turnhout", "Turnhout", ["2300"], "014", 1, "nl"),
]  # fmt: skip
NL_CITIES = [  # (name, [alternatives], postcode range, area, weight)
    ("Amsterdam", [], (1011, 1109), "020", 6), ("Rotterdam", [], (3011, 3089), "010", 5),
    ("Den Haag", ["'s-Gravenhage", "s-Gravenhage", "The Hague"], (2491, 2599), "070", 4),
    ("Utrecht", [], (3511, 3585), "030", 3), ("Eindhoven", [], (5611, 5658), "040", 3),
    ("Tilburg", [], (5011, 5049), "013", 2), ("Breda", [], (4811, 4839), "076", 3),
    ("Groningen", [], (9711, 9747), "050", 2), ("Almere", [], (1311, 1363), "036", 2),
    ("Nijmegen", [], (6511, 6546), "024", 2), ("Haarlem", [], (2011, 2037), "023", 2),
    ("Arnhem", [], (6811, 6846), "026", 1), ("Enschede", [], (7511, 7548), "053", 1),
    ("'s-Hertogenbosch", ["Den Bosch", "s-Hertogenbosch", "'S-HERTOGENBOSCH"], (5211, 5237), "073", 2),
    ("Zwolle", [], (8011, 8043), "038", 1), ("Leiden", [], (2311, 2334), "071", 1),
    ("Maastricht", [], (6211, 6229), "043", 2), ("Dordrecht", [], (3311, 3329), "078", 1),
    ("Delft", [], (2611, 2629), "015", 1), ("Venlo", [], (5911, 5932), "077", 1),
    ("Roosendaal", [], (4701, 4709), "0165", 1), ("Bergen op Zoom", [], (4611, 4625), "0164", 1),
    ("Middelburg", [], (4331, 4339), "0118", 1), ("Vlissingen", [], (4381, 4389), "0118", 1),
    ("Terneuzen", [], (4531, 4539), "0115", 1), ("Zoetermeer", [], (2711, 2729), "079", 1),
]  # fmt: skip
FR_STREETS = [("rue", "de la République", 4), ("rue", "Victor Hugo", 4), ("rue", "Jean Jaurès", 3),
              ("avenue", "Jean Jaurès", 2), ("boulevard", "Voltaire", 1), ("rue", "Pasteur", 3),
              ("rue", "de la Gare", 4), ("rue", "du Moulin", 3), ("place", "de l'Église", 2),
              ("rue", "de l'Église", 3), ("rue", "des Écoles", 2), ("allée", "des Tilleuls", 2),
              ("chemin", "des Vignes", 1), ("impasse", "des Lilas", 2), ("rue", "Nationale", 3),
              ("rue", "du Général de Gaulle", 3), ("avenue", "du Général Leclerc", 2),
              ("rue", "Gambetta", 2), ("rue", "de Paris", 2), ("avenue", "de la Libération", 2),
              ("rue", "des Lilas", 2), ("rue", "du Château", 2), ("rue", "Principale", 2),
              ("rue", "des Jardins", 2), ("rue", "Émile Zola", 2), ("boulevard", "Gambetta", 1),
              ("rue", "Carnot", 2), ("rue", "Saint-Martin", 1), ("rue", "de Verdun", 2),
              ("rue", "du 8 Mai 1945", 1), ("rue", "du 11 Novembre", 1), ("boulevard", "de la Liberté", 1),
              ("avenue", "de la Marne", 1), ("rue", "Faidherbe", 1), ("rue", "Nationale", 1),
              ("rue", "Léon Blum", 1), ("rue", "Roger Salengro", 1), ("rue", "Jules Ferry", 2),
              ("rue", "Anatole France", 1), ("boulevard", "Victor Hugo", 1), ("rue", "de Lille", 1),
              ("rue", "de Tournai", 1), ("avenue", "Foch", 1), ("rue", "des Peupliers", 1),
              ("rue", "Saint-Jacques", 1), ("route", "de Lille", 1), ("rue", "Pierre Brossolette", 1)]  # fmt: skip
BE_FR_STREETS = [("Rue", "de la Station", 3), ("Rue", "de l'Église", 2), ("Rue", "Haute", 2),
                 ("Chaussée", "de Bruxelles", 2), ("Avenue", "Louise", 1), ("Rue", "du Moulin", 2),
                 ("Rue", "Saint-Jean", 1), ("Place", "Communale", 1), ("Rue", "des Écoles", 1),
                 ("Rue", "de la Gare", 2), ("Avenue", "des Combattants", 1), ("Rue", "Royale", 1),
                 ("Chaussée", "de Mons", 1), ("Rue", "de Namur", 1), ("Boulevard", "Tirou", 1)]  # fmt: skip
NL_STREETS = [("Kerkstraat", 4), ("Dorpsstraat", 3), ("Molenstraat", 3), ("Schoolstraat", 3),
              ("Stationsweg", 2), ("Hoofdstraat", 3), ("Julianastraat", 2), ("Beatrixstraat", 2),
              ("Wilhelminastraat", 2), ("Nieuwstraat", 2), ("Prins Bernhardstraat", 1), ("Markt", 1),
              ("Molenweg", 2), ("Parallelweg", 1), ("Industrieweg", 1), ("Kastanjelaan", 2),
              ("Eikenlaan", 2), ("Lindelaan", 1), ("Beukenlaan", 1), ("Emmastraat", 2),
              ("Oranjestraat", 2), ("Sportlaan", 1), ("Burgemeester de Withstraat", 1),
              ("Van Goghstraat", 1), ("Rembrandtlaan", 1), ("Vondelstraat", 1), ("Spoorstraat", 1),
              ("Dorpsweg", 1), ("Kanaalweg", 1), ("Prinses Irenestraat", 1), ("Tulpstraat", 1)]  # fmt: skip
BE_NL_STREETS = [("Kerkstraat", 4), ("Stationsstraat", 3), ("Dorpstraat", 2), ("Molenstraat", 2),
                 ("Nieuwstraat", 2), ("Kapelstraat", 2), ("Schoolstraat", 2), ("Bruggestraat", 1),
                 ("Grote Markt", 1), ("Koning Albertlaan", 1), ("Leopoldlaan", 1), ("Steenweg", 1),
                 ("Veldstraat", 1), ("Heirweg", 1), ("Meersstraat", 1)]  # fmt: skip

DOMAINS = {
    "FR": [("gmail.com", 25), ("orange.fr", 18), ("hotmail.fr", 12), ("yahoo.fr", 8), ("wanadoo.fr", 7),
           ("free.fr", 8), ("sfr.fr", 5), ("laposte.net", 5), ("outlook.fr", 4), ("live.fr", 3),
           ("icloud.com", 2), ("neuf.fr", 2)],
    "BE": [("gmail.com", 30), ("hotmail.com", 12), ("skynet.be", 10), ("telenet.be", 15), ("hotmail.be", 6),
           ("outlook.be", 4), ("proximus.be", 5), ("live.be", 4), ("yahoo.fr", 3), ("voo.be", 3)],
    "NL": [("gmail.com", 30), ("hotmail.com", 15), ("ziggo.nl", 12), ("kpnmail.nl", 8), ("hotmail.nl", 6),
           ("live.nl", 6), ("outlook.com", 6), ("planet.nl", 3), ("home.nl", 3), ("xs4all.nl", 3),
           ("icloud.com", 2)],
}  # fmt: skip
DOMAIN_SLIPS = {"gmail.com": ["gmial.com", "gmail.fr", "gmai.com", "gmail.con"],
                "hotmail.fr": ["hotmial.fr", "hotmail.com", "hotmal.fr"], "orange.fr": ["orange.com", "ornage.fr"],
                "wanadoo.fr": ["wanado.fr", "wanadoo.com"], "hotmail.com": ["hotmail.co", "hotmial.com"],
                "yahoo.fr": ["yahooo.fr", "yahoo.com"], "telenet.be": ["telent.be"], "ziggo.nl": ["zigo.nl"]}  # fmt: skip
STORES_FR = ["LILLE V2", "EURALILLE", "ROUBAIX MC", "LENS", "DUNKERQUE", "ARRAS", "PARIS BERCY",
             "PARIS REPUBLIQUE", "LYON PART-DIEU", "REIMS", "METZ", "BRUXELLES TOISON D'OR",
             "LIEGE MEDIACITE", "CHARLEROI RIVE GAUCHE", "NAMUR", "TOURNAI", "MONS"]  # fmt: skip
STORES_NL = ["Amsterdam Kalverstraat", "Rotterdam Lijnbaan", "Utrecht Hoog Catharijne", "Breda",
             "Eindhoven", "Den Haag Spui", "Antwerpen Meir", "Gent Zuid", "Brugge", "Leuven",
             "Kortrijk K", "Maastricht", "Groningen", "Mechelen"]  # fmt: skip
STORE_PHONE = {"FR": ["03 20 55 12 00", "03 21 40 88 10", "01 43 44 10 20"],
               "BE": ["02 511 22 33", "04 221 30 30"], "NL": ["020-6241010", "076-5223344"]}  # fmt: skip


def strip_accents(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("œ", "oe")
        .replace("Œ", "OE")
        .replace("ı", "i")
    )


def mojibake(s: str) -> str:
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s.encode("utf-8").decode("latin-1")


def qmarks(s: str) -> str:
    return "".join(c if ord(c) < 128 else "?" for c in s)


class Retail:
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.rows: list[dict] = []
        self.cards: set[str] = set()
        self.phones: set[str] = set()
        self.mailboxes: set[str] = set()

    def unique_email(self, e):
        """An address nobody else holds (Gmail ignores dots: one mailbox, one owner)."""
        while True:
            loc, dom = e.split("@")
            key = (loc.replace(".", "") if dom == "gmail.com" else loc) + "@" + dom
            if key not in self.mailboxes:
                self.mailboxes.add(key)
                return e
            e = f"{loc}{self.rnd.randint(1, 99)}@{dom}"

    # ------------------------------------------------------------ helpers
    def pick(self, table, wi=-1):
        return self.rnd.choices(table, weights=[t[wi] for t in table])[0]

    def typo(self, s, p):
        if s and len(s) >= 4 and self.rnd.random() < p:
            return slip(self.rnd, s, "aeinorstlu")
        return s

    def tail_surname(self, lang):
        a, b = TAIL[lang]
        core = self.rnd.choice(a) + self.rnd.choice(b)
        part = ""
        if lang == "nl" and self.rnd.random() < 0.25:
            part = self.rnd.choice(["van", "van der", "van de", "de", "van den", "ter"])
        return (part, core)

    def surname(self, country, lang):
        if self.rnd.random() < 0.3:
            return self.tail_surname(lang)
        if country == "FR":
            t = FR_LAST
        elif country == "NL":
            t = NL_LAST
        else:
            t = BE_FR_LAST + FR_LAST[:40] if lang == "fr" else BE_NL_LAST
        p, c, _ = self.pick(t)
        return (p, c)

    def given(self, country, lang, sex):
        if lang == "fr":
            return self.pick(FR_M if sex == "M" else FR_F)[0]
        return self.pick(NL_M if sex == "M" else NL_F)[0]

    def dob(self, lo, hi):
        start = TODAY.replace(year=TODAY.year - hi - 1)
        days = (TODAY.replace(year=TODAY.year - lo) - start).days
        return start + dt.timedelta(days=self.rnd.randrange(days))

    def new_card(self):
        while True:
            c = "29" + "".join(str(self.rnd.randrange(10)) for _ in range(11))
            if c not in self.cards:
                self.cards.add(c)
                return c

    def number(self, n):
        while True:
            s = "".join(str(self.rnd.randrange(10)) for _ in range(n))
            if s not in self.phones:
                self.phones.add(s)
                return s

    def mobile(self, country):
        r = self.rnd
        if country == "FR":
            return "0" + r.choice("6667") + self.number(8)
        if country == "BE":
            return "04" + r.choice(["7", "8", "9"]) + r.choice("0123456789") + self.number(6)
        return "06" + self.number(8)

    def landline(self, country, area):
        if country == "FR":
            return area + self.number(8)
        if country == "BE":
            return area + self.number(9 - len(area))
        return area + self.number(10 - len(area))

    # ------------------------------------------------------------ addresses
    def new_address(self, country, lang):
        r = self.rnd
        a = dict(
            country=country,
            num=r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 250)]),
            suffix=None,
            box=None,
            compl=None,
        )
        if country == "FR":
            city, alts, pcs, area, _ = self.pick(FR_CITIES)
            st, name, _ = self.pick(FR_STREETS)
            a.update(stype=st, sname=name, city=city, city_alts=alts, pc=r.choice(pcs), area=area)
            if r.random() < 0.08:
                a["suffix"] = r.choice(["bis", "bis", "ter", "B", "A"])
            if r.random() < 0.12:
                a["compl"] = r.choice(
                    [
                        f"Apt {r.randint(1, 60)}",
                        f"Bât {r.choice('ABCD')}",
                        "Résidence les Pins",
                        "Résidence du Parc",
                        f"Appt {r.randint(1, 40)}",
                    ]
                )
        elif country == "BE":
            same = r.random() < 0.88
            place = self.pick([c for c in BE_CITIES if (c[5] == lang) == same], wi=4)
            fr, nl, pcs, area, _, plang = place
            if plang == "fr":
                st, name, _ = self.pick(BE_FR_STREETS)
                a.update(stype=st, sname=name)
            else:
                a.update(stype=None, sname=self.pick(BE_NL_STREETS)[0])
            a.update(
                city=fr if plang == "fr" else nl,
                city_alts=[nl if plang == "fr" else fr],
                pc=r.choice(pcs),
                area=area,
                plang=plang,
            )
            if r.random() < 0.2:
                a["box"] = str(r.randint(1, 30))
        else:
            city, alts, (lo, hi), area, _ = self.pick(NL_CITIES)
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            a.update(
                stype=None,
                sname=self.pick(NL_STREETS)[0],
                city=city,
                city_alts=alts,
                pc=f"{r.randint(lo, hi)} {r.choice(letters)}{r.choice(letters)}",
                area=area,
            )
            if r.random() < 0.15:
                a["suffix"] = r.choice(["A", "B", "a", "1", "2", "hs", "bis"])
        a["landline"] = (
            self.landline(country, area) if r.random() < (0.5 if country == "FR" else 0.4) else None
        )
        return a

    # ------------------------------------------------------------ people
    def email_local(self, p, first, last):
        r = self.rnd
        f = strip_accents(first).lower().replace(" ", "")
        ln = strip_accents(last).lower().replace(" ", "").replace("'", "")
        y = p["dob"].year
        pat = r.random()
        if pat < 0.28:
            s = f"{f}.{ln}"
        elif pat < 0.4:
            s = f"{f}{ln}"
        elif pat < 0.5:
            s = f"{f[0]}.{ln}" if r.random() < 0.5 else f"{f[0]}{ln}"
        elif pat < 0.6:
            s = f"{f}.{ln}{r.randint(1, 99)}"
        elif pat < 0.68:
            s = f"{ln}.{f}"
        elif pat < 0.74:
            s = f"{f}_{ln}"
        elif pat < 0.84:
            s = f"{f}{str(y)[2:]}" if r.random() < 0.5 else f"{f}.{ln}{y}"
        else:
            s = r.choice(
                [
                    "titi",
                    "lolo",
                    "kiki",
                    "nounou",
                    "doudou",
                    "mimi",
                    "zaza",
                    "bibi",
                    "pitou",
                    "sunny",
                    "chouchou",
                    "flower",
                    "tiger",
                    "bobby",
                    "happy",
                ]
            ) + str(r.randint(1, 999))
        return s.replace("-", r.choice(["-", "", "."]))

    def new_email(self, p):
        first, last = p["first"], self.plain_last(p["last_use"])
        return self.unique_email(
            self.email_local(p, first, last) + "@" + self.pick(DOMAINS[p["country"]])[0]
        )

    @staticmethod
    def plain_last(sn):
        part, core = sn[:2]
        if part.endswith("'"):
            return part + core
        return (part + " " + core).strip() if part else core

    def person(self, hh, sex, last, dob, first=None):
        r = self.rnd
        country, lang = hh["country"], hh["lang"]
        first = first or self.given(country, lang, sex)
        p = dict(
            pid=len(self.persons),
            sex=sex,
            first=first,
            last_birth=last,
            last_use=last,
            married_to=None,
            dob=dob,
            country=country,
            lang=lang,
            hh=hh,
            cards=[],
            emails=[],
        )
        if (lang == "nl" and country == "NL") or (lang == "nl" and r.random() < 0.5):
            off = OFFICIAL.get(first)
            names = [r.choice(off) if off and dob.year < 1985 else first]
            if r.random() < 0.55:
                names.append(r.choice(SECOND_NL))
            p["initials"] = "".join(n[0] + "." for n in names)
        else:
            p["initials"] = (
                first[0] + "." + ("" if "-" not in first else first.split("-")[1][0] + ".")
            )
        p["mobile"] = self.mobile(country) if r.random() < 0.85 else None
        self.persons.append(p)
        return p

    def household(self, country, lang):
        r = self.rnd
        hh = dict(
            country=country,
            lang=lang,
            addrs=[self.new_address(country, lang)],
            members=[],
            family_email=None,
            moved=False,
        )
        kind = r.random()
        age = r.randint(19, 88)
        if kind < 0.48:
            p = self.person(hh, r.choice("MF"), self.surname(country, lang), self.dob(age, age))
            hh["members"] = [p]
        else:
            man_last = self.surname(country, lang)
            man = self.person(hh, "M", man_last, self.dob(age, age))
            wage = max(19, min(90, age + r.randint(-6, 3)))
            wlast = self.surname(country, lang)
            woman = self.person(hh, "F", wlast, self.dob(wage, wage))
            if r.random() < 0.04:  # two women or two men
                woman["sex"] = "M" if r.random() < 0.5 else "F"
                man["sex"] = woman["sex"]
                woman["first"] = self.given(country, lang, woman["sex"])
                man["first"] = self.given(country, lang, man["sex"])
            elif r.random() < 0.62:  # married: she uses his name (or both, Dutch style)
                woman["married_to"] = man_last
                woman["last_use"] = man_last
            hh["members"] = [man, woman]
            if kind > 0.88 and age > 45:  # an adult child still at home
                cage = r.randint(19, min(30, age - 19))
                sex = r.choice("MF")
                c = self.person(
                    hh,
                    sex,
                    man_last,
                    self.dob(cage, cage),
                    first=man["first"] if sex == "M" and r.random() < 0.08 else None,
                )
                hh["members"].append(c)
            if r.random() < 0.22:
                ln = (
                    strip_accents(self.plain_last(man_last))
                    .lower()
                    .replace(" ", "")
                    .replace("'", "")
                )
                loc = r.choice(
                    [
                        f"famille.{ln}",
                        f"fam.{ln}",
                        f"{ln}.famille",
                        f"les{ln}",
                        f"{ln}family",
                        f"{strip_accents(man['first']).lower()}et{strip_accents(woman['first']).lower()}",
                    ]
                    if lang == "fr"
                    else [
                        f"fam.{ln}",
                        f"familie{ln}",
                        f"{ln}thuis",
                        f"fam{ln}",
                        f"{strip_accents(man['first']).lower()}en{strip_accents(woman['first']).lower()}",
                    ]
                )
                hh["family_email"] = self.unique_email(
                    loc.replace("-", "") + "@" + self.pick(DOMAINS[country])[0]
                )
        if r.random() < 0.14:  # moved: a new address and landline for everyone in it
            hh["addrs"].append(self.new_address(country, lang))
            hh["moved"] = True
        for p in hh["members"]:
            if r.random() < 0.8:
                p["emails"].append(self.new_email(p))
            if r.random() < 0.22 or (
                not p["emails"] and not hh["family_email"] and r.random() < 0.5
            ):
                p["emails"].append(self.new_email(p))
            if hh["family_email"] and (not p["emails"] or r.random() < 0.35):
                p["emails"].append(hh["family_email"])
        return hh

    def population(self):
        r = self.rnd
        self.households = []
        while len(self.persons) < self.n:
            c = r.random()
            if c < 0.55:
                country, lang = "FR", "fr"
            elif c < 0.75:
                country, lang = "BE", ("fr" if r.random() < 0.45 else "nl")
            else:
                country, lang = "NL", "nl"
            self.households.append(self.household(country, lang))

    # ------------------------------------------------------------ rendering: names
    def accents(self, s, mode):
        if not s:
            return s
        if mode == "ascii":
            return strip_accents(s)
        if mode == "moji":
            return mojibake(s)
        if mode == "q":
            return qmarks(s)
        return s

    def given_str(self, p, system):
        r = self.rnd
        f = p["first"]
        x = r.random()
        if "-" in f:
            a, b = f.split("-", 1)
            if x < 0.45:
                s = f
            elif x < 0.65:
                s = f"{a} {b}"
            elif x < 0.72:
                s = f"{a[0]}-{b[0]}"
            elif x < 0.8:
                s = f"{a[0]}{b[0]}"
            elif x < 0.84:
                s = f"{a[0]}.{b[0]}."
            elif x < 0.94:
                s = a
            else:
                s = f"{a}-{b.lower()}"
        else:
            s = f
            if system == "nieuwsbrief" and f in FR_SHORT and x < 0.3:
                s = FR_SHORT[f]
        s = self.typo(s, 0.04)
        c = r.random()
        if c < 0.08:
            s = s.upper()
        elif c < 0.12:
            s = s.lower()
        return s

    def last_variant(self, p, system, split=False):
        """(tussenvoegsel, achternaam) when split, else one string."""
        r = self.rnd
        birth, use = p["last_birth"], p["last_use"]
        married = p["married_to"] is not None
        # which surname this record carries
        nm = use
        extra = None
        if married:
            x = r.random()
            if p["lang"] == "fr":
                if x < 0.18:
                    nm = birth
                elif x < 0.3:
                    extra = ("née", birth)
                elif x < 0.36:
                    extra = ("ép", birth)
                elif x < 0.42:
                    extra = ("double", birth)
            else:
                if x < 0.3:
                    nm = birth
                elif x < 0.6:
                    extra = ("double", birth)
        part, core = nm
        # particles
        y = r.random()
        if split and p["lang"] == "nl" and p["country"] == "NL" and part and extra is None:
            if y < 0.75 and not part.endswith("'"):
                tv, ach = part, core
            elif y < 0.9:
                tv, ach = None, f"{part} {core}"
            else:
                tv, ach = None, f"{core}, {part}"
            ach = self.typo(ach, 0.04)
            if r.random() < 0.05:
                ach = ach.lower()
            return tv, ach
        if part:
            if p["country"] == "NL":
                forms = [
                    (f"{part} {core}", 40),
                    (f"{part.title()} {core}", 15),
                    (f"{core}, {part}", 8),
                    (f"{core} {part}", 6),
                    (
                        f"{part.replace('van der', 'vd').replace('van den', 'vd').replace('van de', 'vd')} {core}",
                        6 if part.startswith("van d") else 0,
                    ),
                    (f"{part.replace(' ', '')}{core.lower()}".capitalize(), 4),
                    (core, 6),
                ]
            elif p["country"] == "BE" and p["lang"] == "nl":
                forms = [
                    (f"{part} {core}", 55),
                    (f"{part}{core.lower()}".replace(" ", ""), 10),
                    (f"{part.lower()} {core}", 10),
                    (f"{core}, {part}", 3),
                    (f"{core}", 3),
                ]
            else:
                forms = [
                    (self.plain_last((part, core)), 55),
                    (f"{part.title()} {core}", 10),
                    ((part + core) if part.endswith("'") else f"{part}{core}", 8),
                    (core, 4),
                    (f"{core} {part}", 3),
                ]
            forms = [f for f in forms if f[1]]
            s = self.pick(forms)[0]
        else:
            s = core
        s = self.typo(s, 0.05)
        if extra:
            kind, bn = extra
            b = self.plain_last(bn)
            if kind == "née":
                s = f"{s} {r.choice(['née', 'NEE', 'nee', 'née'])} {b}"
            elif kind == "ép":
                s = f"{b} {r.choice(['épouse', 'ep.', 'ép.', 'EP', 'epouse'])} {s}"
            else:
                s = f"{s}{r.choice(['-', '-', ' - ', ' '])}{b}"
        if split:
            return None, s
        return s

    # ------------------------------------------------------------ rendering: places and numbers
    def fr_street(self, a, upper=False):
        r = self.rnd
        num = str(a["num"])
        if a["suffix"]:
            sfx = a["suffix"]
            num += r.choice([" ", ""]) + (
                sfx if sfx not in ("bis", "ter") or r.random() < 0.8 else sfx[0].upper()
            )
        if a["country"] == "FR":
            stype = a["stype"]
            abbr = {
                "rue": ["rue", "rue", "rue", "R."],
                "avenue": ["avenue", "av.", "Av", "ave", "Avenue"],
                "boulevard": ["boulevard", "Bd", "bd", "Bld", "Boulevard", "BD"],
                "place": ["place", "pl.", "Place"],
                "allée": ["allée", "allee", "all."],
                "chemin": ["chemin", "ch.", "chem."],
                "impasse": ["impasse", "imp.", "Imp"],
                "route": ["route", "rte"],
            }[stype]
            t = abbr[0] if r.random() < 0.6 else r.choice(abbr)
            name = a["sname"]
            if r.random() < 0.25:
                name = name.replace("Général", r.choice(["Gal", "Gén.", "General", "Gl"])).replace(
                    "Saint-", "St "
                )
            s = f"{num}{r.choice([' ', ' ', ', '])}{t} {name}"
            if a["compl"] and r.random() < 0.5:
                s = f"{a['compl']}, {s}" if r.random() < 0.5 else f"{s} {a['compl']}"
        else:
            st = f"{a['stype']} {a['sname']}" if a["stype"] else a["sname"]
            if a["stype"] and r.random() < 0.15:
                st = st.replace("Chaussée", "Chée").replace("Avenue", "Av.").replace("Rue ", "R. ")
            if a["country"] == "NL" and r.random() < 0.1:
                st = (
                    st.replace("straat", "str.")
                    .replace("Burgemeester", "Burg.")
                    .replace("Prins ", "Pr. ")
                )
            n = str(a["num"])
            if a["suffix"]:
                n += r.choice([" ", "", "-"]) + a["suffix"]
            if a.get("box"):
                if a.get("plang") == "fr":
                    n += r.choice(
                        [
                            f" bte {a['box']}",
                            f" bte {a['box']}",
                            f"/{a['box']}",
                            f" boîte {a['box']}",
                        ]
                    )
                else:
                    n += r.choice(
                        [f" bus {a['box']}", f" bus {a['box']}", f"/{a['box']}", f" b{a['box']}"]
                    )
            if a["country"] == "BE" and a.get("plang") == "fr" and r.random() < 0.2:
                s = f"{n}, {st}"
            else:
                s = f"{st}{r.choice([' ', ' ', ', '])}{n}"
        s = self.typo(s, 0.04)
        if upper:
            s = strip_accents(s).upper()
        return s

    def split_street(self, a):
        """(straat, huisnummer, toevoeging) as a Dutch web form gets them."""
        r = self.rnd
        if r.random() < 0.1:  # all of it typed into the street field
            return self.fr_street(a), None, None
        if a["country"] == "FR":
            t = a["stype"]
            st = f"{t} {a['sname']}"
            if r.random() < 0.15:
                st = f"{a['num']} {st}"
        else:
            st = f"{a['stype']} {a['sname']}" if a["stype"] else a["sname"]
        st = self.typo(st, 0.03)
        num = str(a["num"])
        tv = None
        if a["suffix"]:
            if r.random() < 0.5:
                tv = a["suffix"]
            else:
                num += r.choice(["", " ", "-"]) + a["suffix"]
        if a.get("box"):
            if r.random() < 0.5:
                tv = ("bte " if a.get("plang") == "fr" else "bus ") + a["box"]
            else:
                num += "/" + a["box"]
        if a["country"] == "FR" and a["compl"] and r.random() < 0.3:
            tv = a["compl"]
        return st, num, tv

    def pc_str(self, a, system):
        r = self.rnd
        pc = a["pc"]
        if a["country"] == "NL":
            x = r.random()
            pc = pc if x < 0.6 else (pc.replace(" ", "") if x < 0.9 else pc.lower())
        elif a["country"] == "FR":
            if pc.startswith("0") and system in ("sav", "caisse") and r.random() < 0.6:
                pc = pc[1:]  # through a spreadsheet
            elif r.random() < 0.02:
                pc = "F-" + pc
        elif r.random() < 0.04:
            pc = r.choice(["B-", "B"]) + pc
        if r.random() < 0.015:
            pc = slip(r, pc, "0123456789") if len(pc) >= 4 else pc
        return pc

    def city_str(self, a, system, person_lang):
        r = self.rnd
        c = a["city"]
        if a["city_alts"]:
            if a["country"] == "BE":
                if (person_lang != a.get("plang") and r.random() < 0.5) or (
                    system in ("fidelite", "caisse", "sav")
                    and a.get("plang") == "nl"
                    and r.random() < 0.3
                ):
                    c = a["city_alts"][0]
            elif r.random() < 0.3:
                c = r.choice(a["city_alts"])
        if c == "Paris" and r.random() < 0.4:
            arr = int(a["pc"][-2:])
            c = r.choice([f"Paris {arr}", f"PARIS {arr:02d}", f"Paris {arr}e", f"Paris {arr}ème"])
        if c in ("Lyon", "Marseille") and r.random() < 0.2:
            c = f"{c} {int(a['pc'][-2:])}e"
        if r.random() < 0.1:
            c = c.replace("Saint-", "St-").replace("-", " ")
        c = self.typo(c, 0.03)
        if r.random() < 0.25:
            c = strip_accents(c).upper()
        return c

    def phone_str(self, num, country):
        r = self.rnd
        x = r.random()
        if country == "FR":
            pairs = " ".join(num[i : i + 2] for i in range(0, 10, 2))
            if x < 0.38:
                return pairs
            if x < 0.56:
                return num
            if x < 0.7:
                return pairs.replace(" ", ".")
            if x < 0.8:
                return "+33 " + num[1] + " " + " ".join(num[i : i + 2] for i in range(2, 10, 2))
            if x < 0.85:
                return "+33" + num[1:]
            if x < 0.88:
                return "0033 " + num[1:]
            if x < 0.91:
                return "+33 (0)" + num[1] + " " + " ".join(num[i : i + 2] for i in range(2, 10, 2))
            if x < 0.96:
                return num[1:]
            return pairs.replace(" ", "-")
        if country == "BE":
            mob = num.startswith("04") and len(num) == 10
            if mob:
                if x < 0.3:
                    return f"{num[:4]} {num[4:6]} {num[6:8]} {num[8:]}"
                if x < 0.5:
                    return f"{num[:4]}/{num[4:6]}.{num[6:8]}.{num[8:]}"
                if x < 0.65:
                    return num
                if x < 0.8:
                    return f"+32 {num[1:4]} {num[4:6]} {num[6:8]} {num[8:]}"
                if x < 0.88:
                    return "0032 " + num[1:]
                if x < 0.94:
                    return "+32" + num[1:]
                return num[1:]
            k = 2 if num.startswith(("02", "03", "04", "09")) else 3
            if x < 0.4:
                return f"{num[:k]} {num[k:-4]} {num[-4:-2]} {num[-2:]}"
            if x < 0.6:
                return f"{num[:k]}/{num[k:]}"
            if x < 0.8:
                return num
            return f"+32 {num[1:k]} {num[k:]}"
        mob = num.startswith("06")
        if mob:
            if x < 0.3:
                return f"06-{num[2:]}"
            if x < 0.5:
                return num
            if x < 0.6:
                return f"06 {num[2:]}"
            if x < 0.72:
                return f"+31 6 {num[2:]}"
            if x < 0.8:
                return f"+31 6-{num[2:]}"
            if x < 0.88:
                return "+31" + num[1:]
            if x < 0.92:
                return "0031 6 " + " ".join(num[i : i + 2] for i in range(2, 10, 2))
            if x < 0.96:
                return "06 " + " ".join(num[i : i + 2] for i in range(2, 10, 2))
            return num[1:]
        k = 3 if len(num) - 7 == 3 else 4
        if x < 0.5:
            return f"{num[:k]}-{num[k:]}"
        if x < 0.75:
            return num
        if x < 0.9:
            return f"{num[:k]} {num[k:]}"
        return f"+31 {num[1:k]} {num[k:]}"

    def dob_str(self, d, style):
        r = self.rnd
        if r.random() < 0.03:  # a birthday given for the coupon, not the real one
            d = d.replace(month=1, day=1) if r.random() < 0.5 else dt.date(1900, 1, 1)
        elif r.random() < 0.03 and d.day <= 12 and d.day != d.month:
            d = d.replace(month=d.day, day=d.month)
        elif r.random() < 0.02:
            d = d.replace(year=d.year + r.choice([-1, 1, -10, 10]))
        if style == "fr":
            x = r.random()
            return d.strftime("%d/%m/%Y" if x < 0.85 else ("%Y-%m-%d" if x < 0.95 else "%d/%m/%y"))
        x = r.random()
        if x < 0.6:
            return d.strftime("%d-%m-%Y")
        if x < 0.85:
            return d.strftime("%Y-%m-%d")
        if x < 0.95:
            return f"{d.day}-{d.month}-{d.year}"
        return d.strftime("%d%m%Y")

    def card_str(self, c, system):
        r = self.rnd
        if system in ("fidelite", "klantenkaart") and r.random() < 0.3:
            return f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"
        if r.random() < 0.01:
            return slip(r, c, "0123456789")
        return c

    def email_str(self, e, typed_by_cashier=False):
        r = self.rnd
        if not e:
            return None
        if typed_by_cashier and r.random() < 0.12:
            loc, dom = e.split("@")
            if r.random() < 0.5 and dom in DOMAIN_SLIPS:
                dom = r.choice(DOMAIN_SLIPS[dom])
            else:
                loc = slip(r, loc, "aeinorstl") if len(loc) >= 4 else loc
            e = loc + "@" + dom
        if r.random() < 0.05:
            e = e.upper() if r.random() < 0.3 else e[0].upper() + e[1:]
        return e

    def country_str(self, country, fr):
        r = self.rnd
        if fr:
            if r.random() < 0.45:
                return None
            return r.choice(
                {
                    "FR": ["France", "FRANCE", "FR", "F"],
                    "BE": ["Belgique", "BELGIQUE", "BE", "B"],
                    "NL": ["Pays-Bas", "NL", "Pays Bas"],
                }[country]
            )
        if r.random() < 0.2:
            return None
        return r.choice(
            {
                "FR": ["Frankrijk", "FR", "France"],
                "BE": ["België", "Belgie", "BE", "Belgique"],
                "NL": ["Nederland", "NL", "Nederland", "NL"],
            }[country]
        )

    # ------------------------------------------------------------ records
    def base(self, p, system):
        return {"person_id": p["pid"], "source": system}

    def addr_for(self, p, late):
        addrs = p["hh"]["addrs"]
        if len(addrs) == 1:
            return addrs[0]
        return addrs[1] if late or self.rnd.random() < 0.5 else addrs[0]

    def email_for(self, p, late=None):
        r = self.rnd
        es = p["emails"]
        if not es:
            return None
        if late is True:
            return es[-1]
        if late is False:
            return es[0]
        return r.choice(es)

    def phones_for(self, p, a):
        r = self.rnd
        mob = p["mobile"]
        if mob and r.random() < 0.05:  # the partner's mobile
            others = [q for q in p["hh"]["members"] if q is not p and q["mobile"]]
            if others:
                mob = others[0]["mobile"]
        return mob, a["landline"]

    def rec_fidelite(self, p, card, late, secondary=False):
        r = self.rnd
        a = self.addr_for(p, late)
        upper = r.random() < 0.3
        rec = self.base(p, "fidelite")
        rec["civilité"] = (
            r.choice(
                ["M.", "M.", "M", "Monsieur", "MR"]
                if p["sex"] == "M"
                else ["Mme", "Mme", "MME", "Madame", "Mlle"]
            )
            if r.random() < 0.85
            else None
        )
        ln = self.last_variant(p, "fidelite")
        rec["nom"] = ln.upper() if r.random() < 0.7 else ln
        rec["prénom"] = self.given_str(p, "fidelite")
        mode = r.choices(["keep", "ascii", "q"], [0.8, 0.15, 0.05])[0]
        rec["nom"], rec["prénom"] = (
            self.accents(rec["nom"], mode),
            self.accents(rec["prénom"], mode),
        )
        if r.random() < 0.7:
            rec["date_naissance"] = self.dob_str(p["dob"], "fr")
        if r.random() < 0.95:
            rec["adresse"] = self.fr_street(a, upper)
            rec["code_postal"] = self.pc_str(a, "fidelite")
            rec["ville"] = self.city_str(a, "fidelite", p["lang"]) if r.random() < 0.95 else None
            rec["pays"] = self.country_str(a["country"], True)
        mob, land = self.phones_for(p, a)
        if land and r.random() < 0.6:
            rec["tél"] = self.phone_str(land, a["country"])
        if mob and r.random() < 0.8:
            rec["portable"] = self.phone_str(mob, p["country"])
            if "tél" not in rec and r.random() < 0.25:
                rec["tél"], rec["portable"] = rec["portable"], None
        if r.random() < 0.75:
            rec["courriel"] = self.email_str(self.email_for(p, late))
        rec["n° carte fidélité"] = self.card_str(card, "fidelite")
        self.rows.append(rec)

    def rec_klantenkaart(self, p, card, late):
        r = self.rnd
        a = self.addr_for(p, late)
        rec = self.base(p, "klantenkaart")
        rec["aanhef"] = (
            r.choice(
                ["Dhr.", "De heer", "dhr"] if p["sex"] == "M" else ["Mevr.", "Mevrouw", "mevr"]
            )
            if r.random() < 0.8
            else None
        )
        if r.random() < 0.6:
            rec["voorletters"] = (
                p["initials"] if r.random() < 0.8 else p["initials"].replace(".", "")
            )
        if "voorletters" not in rec or r.random() < 0.6:
            rec["voornaam"] = self.given_str(p, "klantenkaart")
        rec["tussenvoegsel"], rec["achternaam"] = self.last_variant(p, "klantenkaart", split=True)
        if r.random() < 0.6:
            rec["geboortedatum"] = self.dob_str(p["dob"], "nl")
        st, num, tv = self.split_street(a)
        rec.update(
            straat=st,
            huisnummer=num,
            toevoeging=tv,
            postcode=self.pc_str(a, "klantenkaart"),
            woonplaats=self.city_str(a, "klantenkaart", p["lang"]) if r.random() < 0.95 else None,
            land=self.country_str(a["country"], False),
        )
        mob, land = self.phones_for(p, a)
        if land and r.random() < 0.5:
            rec["telefoon"] = self.phone_str(land, a["country"])
        if mob and r.random() < 0.8:
            if r.random() < 0.2 and "telefoon" not in rec:
                rec["telefoon"] = self.phone_str(mob, p["country"])
            else:
                rec["mobiel"] = self.phone_str(mob, p["country"])
        if r.random() < 0.75:
            rec["e-mail"] = self.email_str(self.email_for(p, late))
        rec["klantenkaart"] = self.card_str(card, "klantenkaart")
        self.rows.append(rec)

    def rec_receipt(self, p, card, fr):
        """A till receipt: the e-mail for the e-receipt, the card scanned, what the cashier asked."""
        r = self.rnd
        e = self.email_for(p)
        if not e:
            return
        late = r.random() < 0.6
        a = self.addr_for(p, late)
        rec = self.base(p, "caisse" if fr else "kassa")
        if fr:
            rec["courriel"] = self.email_str(e, typed_by_cashier=True)
            if card:
                rec["n° carte fidélité"] = self.card_str(card, "caisse")
            if r.random() < 0.4:
                rec["nom"] = strip_accents(self.last_variant(p, "caisse")).upper()
                if r.random() < 0.35:
                    rec["prénom"] = strip_accents(self.given_str(p, "caisse")).upper()
            if r.random() < 0.35:
                rec["code_postal"] = self.pc_str(a, "caisse")
            rec["magasin"] = r.choice(STORES_FR)
            d = TODAY - dt.timedelta(days=r.randrange(900))
            rec["date_ticket"] = (
                d.strftime("%d/%m/%Y") + f" {r.randint(9, 19):02d}:{r.randint(0, 59):02d}"
            )
        else:
            rec["e-mail"] = self.email_str(e, typed_by_cashier=True)
            if card:
                rec["klantenkaart"] = self.card_str(card, "kassa")
            if r.random() < 0.3:
                rec["tussenvoegsel"], rec["achternaam"] = self.last_variant(p, "kassa", split=True)
            if r.random() < 0.3:
                rec["postcode"] = self.pc_str(a, "kassa")
            rec["winkel"] = r.choice(STORES_NL)
            d = TODAY - dt.timedelta(days=r.randrange(900))
            rec["datum"] = (
                d.strftime("%Y-%m-%d") + f" {r.randint(9, 20):02d}:{r.randint(0, 59):02d}"
            )
        self.rows.append(rec)

    def rec_webshop(self, p, late, email):
        r = self.rnd
        a = self.addr_for(p, late)
        rec = self.base(p, "webshop")
        if r.random() < 0.7:
            rec["aanhef"] = (
                r.choice(["Dhr.", "De heer"] if p["sex"] == "M" else ["Mevr.", "Mevrouw"])
                if p["lang"] == "nl"
                else r.choice(["M.", "Monsieur"] if p["sex"] == "M" else ["Mme", "Madame"])
            )
        rec["voornaam"] = self.given_str(p, "webshop")
        if p["country"] == "NL":
            rec["tussenvoegsel"], rec["achternaam"] = self.last_variant(p, "webshop", split=True)
        else:
            rec["achternaam"] = self.last_variant(p, "webshop")
            if r.random() < 0.06:
                rec["achternaam"] = rec["achternaam"].upper()
        if r.random() < 0.35:
            rec["geboortedatum"] = self.dob_str(p["dob"], "nl")
        st, num, tv = self.split_street(a)
        rec.update(
            straat=st,
            huisnummer=num,
            toevoeging=tv,
            postcode=self.pc_str(a, "webshop"),
            woonplaats=self.city_str(a, "webshop", p["lang"]),
            land=self.country_str(a["country"], False),
        )
        mob, land = self.phones_for(p, a)
        if mob and r.random() < 0.75:
            rec["mobiel"] = self.phone_str(mob, p["country"])
        if land and r.random() < 0.3:
            rec["telefoon"] = self.phone_str(land, a["country"])
        rec["e-mail"] = self.email_str(email)
        if p["cards"] and r.random() < 0.4:
            rec["klantenkaart"] = self.card_str(p["cards"][-1], "webshop")
        self.rows.append(rec)

    def rec_sav(self, p):
        """A warranty registration: by the customer online or by staff at the counter."""
        r = self.rnd
        a = self.addr_for(p, r.random() < 0.6)
        rec = self.base(p, "sav")
        rec["civilité"] = (
            r.choice(["M.", "Monsieur"] if p["sex"] == "M" else ["Mme", "Madame"])
            if r.random() < 0.6
            else None
        )
        rec["nom"] = self.last_variant(p, "sav")
        if r.random() < 0.5:
            rec["nom"] = rec["nom"].upper()
        rec["prénom"] = self.given_str(p, "sav")
        rec["adresse"] = self.fr_street(a)
        rec["code_postal"] = self.pc_str(a, "sav")
        rec["ville"] = self.city_str(a, "sav", p["lang"])
        rec["pays"] = self.country_str(a["country"], True)
        mob, land = self.phones_for(p, a)
        ph = mob if mob and (not land or r.random() < 0.75) else land
        if r.random() < 0.04:
            ph = None
            rec["tél"] = r.choice(STORE_PHONE[p["country"]])  # staff typed the store's number
        elif ph and r.random() < 0.9:
            rec["tél"] = self.phone_str(ph, p["country"] if ph == mob else a["country"])
        e = self.email_for(p)
        if e and r.random() < 0.8:
            rec["courriel"] = self.email_str(e, typed_by_cashier=r.random() < 0.3)
        if r.random() < 0.35:  # the export went through a tool that mangles UTF-8
            for k in ("nom", "prénom", "adresse", "ville"):
                if rec.get(k):
                    rec[k] = mojibake(rec[k])
        d = TODAY - dt.timedelta(days=r.randrange(1100))
        rec["date_achat"] = d.strftime("%d/%m/%Y")
        rec["n° série"] = r.choice(["SN", "S/N ", "", "X"]) + "".join(
            r.choice("0123456789ABCDEFGHJK") for _ in range(10)
        )
        rec["magasin"] = r.choice(STORES_FR + STORES_NL) if r.random() < 0.7 else "web"
        self.rows.append(rec)

    def rec_newsletter(self, p, email):
        r = self.rnd
        rec = self.base(p, "nieuwsbrief")
        rec["e-mail"] = self.email_str(email)
        if r.random() < 0.7:
            rec["voornaam"] = self.given_str(p, "nieuwsbrief")
        d = TODAY - dt.timedelta(days=r.randrange(2000))
        rec["aangemeld_op"] = d.strftime("%Y-%m-%d")
        self.rows.append(rec)

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for hh in self.households:
            members = hh["members"]
            fr = hh["lang"] == "fr"
            # loyalty cards: the household's first member enrols; a partner joins as second holder
            holder = members[0] if r.random() < 0.6 else None
            if len(members) > 1 and r.random() < 0.5:
                holder = members[1] if holder is None else holder
            card_of = {}
            if holder is not None:
                c = self.new_card()
                card_of[holder["pid"]] = c
                for q in members:
                    if q is holder:
                        continue
                    x = r.random()
                    if x < 0.45:
                        card_of[q["pid"]] = c  # second holder on the family card
                        q["second_holder"] = True
                    elif x < 0.7:
                        card_of[q["pid"]] = self.new_card()
            for q in members:
                c = card_of.get(q["pid"])
                if c:
                    q["cards"].append(c)
                    if r.random() < 0.1:  # lost card, a new one
                        q["cards"].append(self.new_card())
            for p in members:
                sysfr = fr if r.random() < 0.93 else not fr  # a store across the language border
                for i, c in enumerate(p["cards"]):
                    if sysfr:
                        self.rec_fidelite(p, c, late=i > 0)
                    else:
                        self.rec_klantenkaart(p, c, late=i > 0)
                n_rec = (
                    r.choice([0, 0, 1, 1, 2, 3, 4]) if p["cards"] else r.choice([0, 0, 0, 1, 1, 2])
                )
                for _ in range(n_rec):
                    # a card: one's own, or the household's one held by the partner
                    c = None
                    if p["cards"] and r.random() < 0.85:
                        c = p["cards"][-1] if r.random() < 0.8 else p["cards"][0]
                    elif r.random() < 0.4:
                        others = [x for q in members for x in q["cards"]]
                        c = r.choice(others) if others else None
                    self.rec_receipt(p, c, sysfr)
                if r.random() < 0.45:
                    es = p["emails"] or ([hh["family_email"]] if hh["family_email"] else [])
                    if es:
                        self.rec_webshop(p, late=True, email=es[-1])
                        if len(es) > 1 and r.random() < 0.3:
                            self.rec_webshop(p, late=False, email=es[0])
                k = r.random()
                if k < 0.2:
                    self.rec_sav(p)
                    if k < 0.04:
                        self.rec_sav(p)
                if p["emails"] and r.random() < 0.3:
                    self.rec_newsletter(p, r.choice(p["emails"]))
                    if len(p["emails"]) > 1 and r.random() < 0.2:
                        self.rec_newsletter(
                            p,
                            p["emails"][0]
                            if p["emails"][0] != p["emails"][-1]
                            else p["emails"][-1],
                        )
                if not any(x["person_id"] == p["pid"] for x in self.rows[-12:]):
                    if p["emails"]:
                        self.rec_newsletter(p, p["emails"][0])
                    else:
                        self.rec_sav(p)
        df = (
            pd.DataFrame(self.rows)
            .sample(frac=1, random_state=self.rnd.randrange(10**6))
            .reset_index(drop=True)
        )
        df.insert(0, "id_enregistrement", [f"E{i:06d}" for i in range(len(df))])
        cols = [
            "id_enregistrement",
            "source",
            "civilité",
            "aanhef",
            "nom",
            "prénom",
            "voorletters",
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "date_naissance",
            "geboortedatum",
            "adresse",
            "code_postal",
            "ville",
            "pays",
            "straat",
            "huisnummer",
            "toevoeging",
            "postcode",
            "woonplaats",
            "land",
            "tél",
            "portable",
            "telefoon",
            "mobiel",
            "courriel",
            "e-mail",
            "n° carte fidélité",
            "klantenkaart",
            "magasin",
            "winkel",
            "date_ticket",
            "datum",
            "date_achat",
            "n° série",
            "aangemeld_op",
            "person_id",
        ]
        return df[cols]


def retail(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The seven systems' records in one frame (every value a string or None) and each one's person."""
    g = Retail(persons, seed)
    g.population()
    df = g.records()
    truth = df.set_index("id_enregistrement")["person_id"]
    df = df.drop(columns=["person_id"]).astype(object)
    return df.where(df.notna(), None), truth
