"""A Nordic bank-insurance group in Sweden, Norway, Denmark and Finland: five systems in one file
(a ``kildesystem`` column; a column of the same name in two systems is one column).

* Swedish core banking (``kärnbank``): ``kundnr, personnummer, förnamn`` (all given names, as the
  population register gives them: ``Karl Johan Erik``), ``tilltalsnamn`` (the one used:
  ``Johan``), ``efternamn``, ``utdelningsadress`` (``Storgatan 12 B lgh 1102``), ``c/o-adress``,
  ``postnummer`` (``123 45``, ``12345``, ``SE-123 45``), ``postort`` (often in capitals), ``land``
  for an address abroad, ``telefon``, ``mobil``, ``epost``; the account number (a Nordea
  personkonto is the clearing number and the personnummer), customer-since date and segment.
  Children's accounts carry a guardian's phone and e-mail; some customers have a second customer
  number (a merged bank's, or one opened at another branch with an older address).
* Norwegian insurance (``forsikring``): one row per policy and per person on it (policyholder,
  spouse and children co-insured on a home or travel policy, with the policy's address and, in
  some rows, the policyholder's mobile and e-mail): ``polisenr, rolle, fødselsnummer, fornavn,
  mellomnavn, etternavn, adresse`` (``Kongens gate 5, 3. etg``, ``Bjørkeveien 12 A H0301``),
  ``postnr`` (``0150``, sometimes without its zero), ``poststed, mobilnummer, e-post``, product,
  yearly premium, start date and the adviser's name.
* Danish pension (``pension``): one row per scheme: ``cpr_nr`` (``DDMMYY-SSSS``), ``navn`` (the
  whole name: ``Søren Peter Kjær Nielsen``, ``NIELSEN, SØREN PETER``), ``adresse``
  (``Vesterbrogade 12, 2. tv``), ``postnr`` (``2100``, ``DK-2100``), ``by`` (``København Ø``,
  ``Kbh Ø``), ``tlf``, the employer, the yearly payment and the beneficiary's name.
* Finnish card unit (``kortti``): ``henkilötunnus`` (``DDMMYY-NNNC`` with the century sign and
  the mod-31 check character), ``etunimet`` (all given names), ``sukunimi, katuosoite``
  (``Mannerheimintie 5 A 12``), ``postinumero`` (``00100``), ``postitoimipaikka`` (Finnish or
  Swedish name of a bilingual town: ``Helsinki``/``Helsingfors``), ``puhelin, sähköposti``, the
  masked card number (``5413 33** **** 1234``), limit and opening date; a spouse's
  supplementary card on the principal's address and often phone; re-issued cards.
* Web and app login (``login``), English field names: ``username`` (an e-mail, a handle, or a
  Swedish BankID user's 12-digit personnummer), ``email, phone`` (mostly E.164),
  ``display_name`` (``Johan A.``, ``johan``, ``Åsa Lindqvist``), ``bankid_verified``, locale,
  created and last-login times. Some people have two logins (an old e-mail, a new one).

What makes it hard: four personal-number formats with their check digits (Swedish Luhn with the
``+`` of the over-hundreds and the 12-digit form, samordningsnummer; Norwegian two mod-11 digits
and D-numbers; Danish CPR; Finnish century sign and mod-31 character), masked or missing; several
given names of which one is used; married women with their husband's name, their own, or both
(``Andersson Lindqvist``, ``Virtanen-Korhonen``, a birth name as the Danish or Norwegian middle
name); Nordic letters written several ways (``Åsa``/``Asa``/``Aasa``, ``Søren``/``Soeren``,
``Mäkinen``/``Makinen``, ``Jürgen``); the same ``-sen``/``-sson``/``-nen`` surnames carried by
many; Finland-Swedes with Swedish names and Swedish town names; people who moved across a
border (a Swede in Norway with a D-number and later a fødselsnummer, a Malmö commuter with a
Danish CPR and a Swedish address, a Finland-Swede now in Sweden); old addresses and numbers;
couples sharing an address, a landline and a family e-mail; children on a parent's policy with
the parent's contacts; an adviser's and a beneficiary's name beside the customer's.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick
from slips import slip

# ---------------------------------------------------------------- names
SE_M = [("Lars", 6), ("Mikael", 6), ("Anders", 6), ("Johan", 6), ("Erik", 6), ("Per", 5), ("Karl", 5),
        ("Peter", 5), ("Jan", 5), ("Thomas", 4), ("Daniel", 4), ("Fredrik", 4), ("Hans", 4),
        ("Andreas", 4), ("Stefan", 4), ("Mats", 3), ("Magnus", 3), ("Björn", 3), ("Nils", 3),
        ("Bengt", 3), ("Göran", 3), ("Ulf", 3), ("Gustav", 3), ("Oskar", 3), ("Marcus", 3),
        ("Alexander", 3), ("Lennart", 2), ("Åke", 2), ("Sven", 2), ("Olof", 2), ("Henrik", 3),
        ("Martin", 3), ("Jonas", 3), ("Niklas", 2), ("Patrik", 2), ("Tobias", 2), ("Axel", 2),
        ("Emil", 2), ("Viktor", 2), ("Linus", 1), ("Kent", 1), ("Leif", 2), ("Roger", 1),
        ("Kjell", 2), ("Rolf", 1), ("Håkan", 2), ("Joakim", 2), ("Sebastian", 1), ("Hampus", 1),
        ("Ali", 1), ("Mohammed", 1), ("Jörgen", 1), ("Pär", 1)]  # fmt: skip
SE_F = [("Anna", 6), ("Eva", 5), ("Maria", 5), ("Karin", 5), ("Kristina", 5), ("Lena", 4), ("Sara", 4),
        ("Emma", 3), ("Ingrid", 2), ("Kerstin", 3), ("Marie", 3), ("Malin", 3), ("Jenny", 2),
        ("Annika", 3), ("Birgitta", 3), ("Åsa", 3), ("Ulla", 2), ("Margareta", 2), ("Linnéa", 2),
        ("Elin", 3), ("Sofia", 3), ("Hanna", 3), ("Johanna", 3), ("Susanne", 2), ("Camilla", 2),
        ("Helena", 3), ("Monica", 2), ("Elisabeth", 2), ("Ida", 2), ("Linda", 2), ("Gunilla", 2),
        ("Inger", 2), ("Ebba", 1), ("Agneta", 2), ("Louise", 1), ("Therese", 1), ("Frida", 2),
        ("Matilda", 1), ("Amanda", 1), ("Astrid", 1), ("Märta", 1), ("Fatima", 1), ("Britt", 1)]  # fmt: skip
SE_M2 = ["Erik", "Johan", "Karl", "Gustav", "Olof", "Anders", "Per", "Lars", "Axel", "Fredrik",
         "Nils", "Oskar", "Wilhelm", "Henrik", "Mikael", "Åke", "Gunnar", "Ingvar", "Birger",
         "Emanuel", "Sixten"]  # fmt: skip
SE_F2 = ["Maria", "Elisabeth", "Kristina", "Margareta", "Ingrid", "Linnéa", "Sofia", "Louise",
         "Charlotte", "Matilda", "Viktoria", "Birgitta", "Helena", "Charlotta", "Ingegerd",
         "Kerstin", "Amalia", "Katarina", "Ulrika"]  # fmt: skip
SE_LAST = [("Andersson", 12), ("Johansson", 12), ("Karlsson", 11), ("Nilsson", 10), ("Eriksson", 10),
           ("Larsson", 9), ("Olsson", 8), ("Persson", 8), ("Svensson", 8), ("Gustafsson", 7),
           ("Pettersson", 7), ("Jonsson", 5), ("Jansson", 4), ("Hansson", 4), ("Bengtsson", 3),
           ("Jönsson", 3), ("Lindberg", 3), ("Jakobsson", 3), ("Magnusson", 3), ("Olofsson", 3),
           ("Lindström", 3), ("Lindqvist", 3), ("Lindgren", 3), ("Berg", 3), ("Axelsson", 3),
           ("Bergström", 3), ("Lundberg", 3), ("Lind", 2), ("Lundgren", 2), ("Lundqvist", 2),
           ("Mattsson", 2), ("Berglund", 2), ("Fredriksson", 2), ("Sandberg", 2), ("Henriksson", 2),
           ("Forsberg", 2), ("Sjöberg", 2), ("Wallin", 2), ("Ali", 2), ("Engström", 2),
           ("Mohammed", 1), ("Eklund", 2), ("Danielsson", 2), ("Lundin", 2), ("Håkansson", 2),
           ("Björk", 2), ("Bergman", 2), ("Gunnarsson", 2), ("Holm", 2), ("Wikström", 2),
           ("Samuelsson", 2), ("Isaksson", 2), ("Fransson", 2), ("Bergqvist", 2), ("Nyström", 2),
           ("Holmberg", 2), ("Arvidsson", 2), ("Löfgren", 2), ("Söderberg", 2), ("Nyberg", 2),
           ("Blomqvist", 2), ("Claesson", 1), ("Nordström", 1), ("Mårtensson", 1), ("Lundström", 1),
           ("Ahmed", 1), ("Viklund", 1), ("Björklund", 1), ("Eliasson", 1), ("Pålsson", 1),
           ("Berggren", 1), ("Sandström", 1), ("Nordin", 1), ("Ström", 1), ("Åberg", 1),
           ("Hermansson", 1), ("Ekström", 1), ("Holmgren", 1), ("Sundberg", 1), ("Hedlund", 1),
           ("Dahlberg", 1), ("Hellström", 1), ("Sjögren", 1), ("Abrahamsson", 1), ("Falk", 1),
           ("Martinsson", 1), ("Öberg", 1), ("Andreasson", 1), ("Strömberg", 1), ("Månsson", 1),
           ("Åkesson", 1), ("Dahl", 1), ("Lindholm", 1), ("Norberg", 1), ("Holmqvist", 1),
           ("Yilmaz", 1), ("Nguyen", 1), ("Hassan", 1), ("Kovačević", 1)]  # fmt: skip

NO_M = [("Jan", 5), ("Per", 5), ("Bjørn", 5), ("Ole", 4), ("Lars", 4), ("Kjell", 4), ("Knut", 4),
        ("Arne", 4), ("Svein", 4), ("Thomas", 4), ("Hans", 4), ("Geir", 3), ("Tor", 3), ("Morten", 3),
        ("Terje", 3), ("Odd", 2), ("Erik", 3), ("Martin", 3), ("Andreas", 3), ("John", 2),
        ("Anders", 2), ("Rune", 2), ("Trond", 3), ("Tore", 2), ("Jon", 2), ("Harald", 2),
        ("Olav", 2), ("Magnus", 2), ("Kristian", 2), ("Øyvind", 3), ("Håkon", 2), ("Eirik", 2),
        ("Sindre", 1), ("Jørgen", 2), ("Espen", 2), ("Stian", 2), ("Even", 1), ("Sigurd", 1),
        ("Ståle", 1), ("Øystein", 2), ("Mohamed", 1), ("Tobias", 1), ("Henrik", 2), ("Jonas", 1)]  # fmt: skip
NO_F = [("Anne", 5), ("Inger", 4), ("Kari", 5), ("Marit", 4), ("Ingrid", 4), ("Liv", 3), ("Eva", 3),
        ("Berit", 3), ("Astrid", 3), ("Bjørg", 2), ("Hilde", 3), ("Anna", 2), ("Solveig", 2),
        ("Marianne", 3), ("Randi", 2), ("Ida", 2), ("Nina", 2), ("Ragnhild", 2), ("Elisabeth", 2),
        ("Kristin", 3), ("Bente", 2), ("Heidi", 2), ("Silje", 2), ("Hanne", 2), ("Gunn", 1),
        ("Tone", 2), ("Ingeborg", 1), ("Åse", 2), ("Sigrid", 1), ("Gro", 1), ("Torill", 1),
        ("Kjersti", 1), ("Ingvild", 1), ("Synnøve", 1), ("Mari", 2), ("Nora", 1), ("Emma", 1),
        ("Guro", 1), ("Tuva", 1), ("Maren", 1)]  # fmt: skip
NO_2M = ["Arne", "Erik", "Olav", "Johan", "Kristian", "Inge", "Egil", "Martin", "Andre", "Petter"]
NO_2F = ["Grete", "Marie", "Kristin", "Lise", "Merete", "Helen", "Margrethe", "Elise", "Sofie"]
NO_LAST = [("Hansen", 12), ("Johansen", 10), ("Olsen", 10), ("Larsen", 8), ("Andersen", 8),
           ("Pedersen", 7), ("Nilsen", 7), ("Kristiansen", 5), ("Jensen", 5), ("Karlsen", 5),
           ("Johnsen", 4), ("Pettersen", 4), ("Eriksen", 4), ("Berg", 4), ("Haugen", 4), ("Hagen", 4),
           ("Johannessen", 3), ("Andreassen", 3), ("Jacobsen", 3), ("Dahl", 3), ("Jørgensen", 3),
           ("Halvorsen", 3), ("Henriksen", 3), ("Lund", 3), ("Sørensen", 3), ("Jakobsen", 2),
           ("Moen", 2), ("Gundersen", 2), ("Iversen", 2), ("Strand", 2), ("Solberg", 2),
           ("Svendsen", 2), ("Eide", 2), ("Knutsen", 2), ("Martinsen", 2), ("Paulsen", 2),
           ("Bakken", 2), ("Kristoffersen", 2), ("Mathisen", 2), ("Lie", 2), ("Amundsen", 2),
           ("Nguyen", 1), ("Rasmussen", 2), ("Ali", 1), ("Lunde", 2), ("Solheim", 2), ("Berge", 2),
           ("Moe", 2), ("Nygård", 2), ("Bakke", 2), ("Kristensen", 2), ("Fredriksen", 1), ("Holm", 1),
           ("Lien", 1), ("Hauge", 1), ("Christensen", 1), ("Andresen", 1), ("Knudsen", 1),
           ("Evensen", 1), ("Sæther", 1), ("Aas", 1), ("Myhre", 1), ("Hanssen", 1), ("Haugland", 1),
           ("Thomassen", 1), ("Sivertsen", 1), ("Simonsen", 1), ("Danielsen", 1), ("Berntsen", 1),
           ("Sandvik", 1), ("Rønning", 1), ("Arnesen", 1), ("Næss", 1), ("Vik", 1), ("Haug", 1),
           ("Ellingsen", 1), ("Thorsen", 1), ("Birkeland", 1), ("Isaksen", 1), ("Ruud", 1),
           ("Strøm", 1), ("Myklebust", 1), ("Tangen", 1), ("Ødegård", 1), ("Helland", 1), ("Bøe", 1),
           ("Aune", 1), ("Mikkelsen", 1), ("Tveit", 1), ("Brekke", 1), ("Madsen", 1), ("Ahmed", 1)]  # fmt: skip
NO_MIDDLE = ["Berg", "Haugen", "Lie", "Moe", "Bakke", "Strand", "Dahl", "Aas", "Holm", "Lund",
             "Sandvik", "Vik", "Gahr", "Ruud", "Nordby", "Myhre", "Eide", "Solberg"]  # fmt: skip

DK_M = [("Peter", 5), ("Jens", 5), ("Lars", 5), ("Michael", 5), ("Henrik", 4), ("Søren", 4),
        ("Thomas", 4), ("Jan", 3), ("Niels", 4), ("Morten", 3), ("Anders", 3), ("Jesper", 3),
        ("Martin", 3), ("Mads", 3), ("Rasmus", 3), ("Christian", 3), ("Hans", 3), ("Poul", 2),
        ("Jørgen", 3), ("Ole", 2), ("Per", 2), ("Kim", 2), ("Frederik", 2), ("Mikkel", 2),
        ("Kasper", 2), ("Bjarne", 2), ("Erik", 2), ("Steen", 2), ("Carsten", 2), ("Torben", 2),
        ("Bent", 2), ("Knud", 1), ("Brian", 1), ("Flemming", 2), ("Mogens", 1), ("Preben", 1),
        ("Finn", 1), ("Jürgen", 1), ("Bjørn", 1), ("Asger", 1), ("Aage", 1), ("Mohammad", 1)]  # fmt: skip
DK_F = [("Anne", 5), ("Kirsten", 4), ("Mette", 4), ("Hanne", 4), ("Anna", 3), ("Helle", 3),
        ("Susanne", 3), ("Lene", 3), ("Maria", 3), ("Marianne", 3), ("Lone", 2), ("Camilla", 2),
        ("Pia", 2), ("Louise", 2), ("Charlotte", 2), ("Bente", 2), ("Tina", 2), ("Inge", 2),
        ("Gitte", 2), ("Karen", 3), ("Birgitte", 2), ("Julie", 2), ("Ida", 1), ("Emma", 1),
        ("Signe", 2), ("Sofie", 1), ("Laura", 1), ("Line", 2), ("Trine", 2), ("Jette", 2),
        ("Dorthe", 2), ("Lise", 1), ("Ulla", 1), ("Else", 1), ("Grethe", 1), ("Rikke", 2),
        ("Malene", 1), ("Aase", 1), ("Søs", 1), ("Bodil", 1)]  # fmt: skip
DK_2M = ["Peter", "Christian", "Emil", "Valdemar", "Johan", "Alexander", "Frederik", "Kristian"]
DK_2F = ["Marie", "Kirstine", "Sofie", "Louise", "Margrethe", "Cecilie", "Katrine", "Elisabeth"]
DK_LAST = [("Nielsen", 12), ("Jensen", 12), ("Hansen", 10), ("Pedersen", 8), ("Andersen", 8),
           ("Christensen", 6), ("Larsen", 6), ("Sørensen", 6), ("Rasmussen", 5), ("Jørgensen", 5),
           ("Petersen", 5), ("Madsen", 4), ("Kristensen", 4), ("Olsen", 4), ("Thomsen", 3),
           ("Christiansen", 3), ("Poulsen", 3), ("Johansen", 3), ("Møller", 3), ("Mortensen", 3),
           ("Knudsen", 2), ("Jakobsen", 2), ("Jacobsen", 2), ("Mikkelsen", 2), ("Olesen", 2),
           ("Frederiksen", 2), ("Laursen", 2), ("Henriksen", 2), ("Lund", 2), ("Schmidt", 2),
           ("Eriksen", 2), ("Holm", 2), ("Kristiansen", 2), ("Clausen", 2), ("Simonsen", 1),
           ("Svendsen", 1), ("Andreasen", 1), ("Iversen", 1), ("Jeppesen", 1), ("Mogensen", 1),
           ("Jespersen", 1), ("Nissen", 1), ("Lauridsen", 1), ("Kjær", 1), ("Jepsen", 1),
           ("Vestergaard", 1), ("Thygesen", 1), ("Mølgaard", 1), ("Østergaard", 1), ("Damgaard", 1),
           ("Bertelsen", 1), ("Dahl", 1), ("Søndergaard", 1), ("Nørgaard", 1), ("Kjærgaard", 1),
           ("Bach", 1), ("Kofoed", 1), ("Brandt", 1), ("Skov", 1), ("Ravn", 1), ("Winther", 1),
           ("Aagaard", 1), ("Yilmaz", 1), ("Hussein", 1)]  # fmt: skip
DK_MIDDLE = ["Kjær", "Holm", "Munk", "Skov", "Bach", "Lund", "Dam", "Juul", "Krogh", "Bruun",
             "Vestergaard", "Due", "Riis", "Nørgaard", "Friis", "Lykke", "Storm", "Winther", "Bech"]  # fmt: skip

FI_M = [("Timo", 4), ("Mikko", 4), ("Jari", 4), ("Juha", 5), ("Kari", 4), ("Markku", 3), ("Pekka", 4),
        ("Jukka", 4), ("Antti", 4), ("Matti", 4), ("Petri", 3), ("Heikki", 3), ("Janne", 3),
        ("Ville", 3), ("Lauri", 2), ("Tuomas", 2), ("Eero", 2), ("Aleksi", 2), ("Veikko", 1),
        ("Ari", 3), ("Sami", 3), ("Marko", 3), ("Teemu", 2), ("Jussi", 2), ("Esa", 2), ("Pentti", 1),
        ("Juhani", 1), ("Onni", 1), ("Eetu", 1), ("Olli", 2)]  # fmt: skip
FI_F = [("Tuula", 3), ("Ritva", 2), ("Päivi", 3), ("Leena", 3), ("Sari", 4), ("Minna", 4), ("Anne", 3),
        ("Pirjo", 3), ("Tiina", 4), ("Riitta", 3), ("Aino", 2), ("Hanna", 3), ("Katja", 2),
        ("Laura", 3), ("Sanna", 3), ("Elina", 2), ("Satu", 3), ("Eeva", 2), ("Marja", 2), ("Kirsi", 2),
        ("Outi", 1), ("Heidi", 2), ("Seija", 2), ("Hannele", 1), ("Johanna", 2), ("Maria", 2),
        ("Emilia", 1), ("Sofia", 1), ("Anu", 2), ("Jenni", 2)]  # fmt: skip
FI_2M = ["Juhani", "Johannes", "Mikael", "Olavi", "Matias", "Ilmari", "Antero", "Tapani",
         "Kalevi", "Henrik", "Aleksanteri", "Kristian", "Tapio", "Kalervo"]  # fmt: skip
FI_2F = ["Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Liisa", "Sofia",
         "Emilia", "Annikki", "Tuulikki", "Hannele", "Orvokki", "Elisa"]  # fmt: skip
FI_LAST = [("Korhonen", 8), ("Virtanen", 9), ("Mäkinen", 7), ("Nieminen", 7), ("Mäkelä", 6),
           ("Hämäläinen", 6), ("Laine", 6), ("Heikkinen", 5), ("Koskinen", 5), ("Järvinen", 5),
           ("Lehtonen", 4), ("Lehtinen", 4), ("Saarinen", 4), ("Salminen", 4), ("Heinonen", 4),
           ("Niemi", 4), ("Heikkilä", 3), ("Kinnunen", 3), ("Salonen", 3), ("Turunen", 3), ("Salo", 3),
           ("Laitinen", 3), ("Tuominen", 3), ("Rantanen", 3), ("Karjalainen", 3), ("Jokinen", 3),
           ("Mattila", 3), ("Savolainen", 2), ("Lahtinen", 2), ("Ahonen", 2), ("Hiltunen", 2),
           ("Leinonen", 2), ("Hirvonen", 2), ("Miettinen", 2), ("Pelkonen", 1), ("Väisänen", 2),
           ("Kärkkäinen", 2), ("Ojala", 2), ("Räsänen", 2), ("Leppänen", 2), ("Kallio", 2),
           ("Lindholm", 1), ("Aaltonen", 2), ("Manninen", 2), ("Toivonen", 1), ("Pöllänen", 1)]  # fmt: skip
FS_M = [("Johan", 4), ("Anders", 3), ("Mikael", 4), ("Fredrik", 3), ("Henrik", 3), ("Peter", 3),
        ("Carl", 2), ("Kaj", 2), ("Bo", 1), ("Stig", 2), ("Patrik", 2), ("Thomas", 3), ("Rasmus", 1),
        ("Jonas", 2), ("Kim", 2), ("Niklas", 2), ("Göran", 1), ("Mats", 2)]  # fmt: skip
FS_F = [("Anna", 4), ("Maria", 3), ("Linnea", 3), ("Ebba", 2), ("Ulrika", 2), ("Kristina", 3),
        ("Camilla", 3), ("Annika", 3), ("Jessica", 2), ("Eva", 2), ("Malin", 2), ("Sofia", 2),
        ("Britt", 1), ("Gunilla", 1), ("Ann-Sofie", 1), ("Carina", 2), ("Pia", 2)]  # fmt: skip
FS_LAST = [("Lindholm", 3), ("Lindroos", 3), ("Holmström", 2), ("Nyman", 3), ("Sjöblom", 2),
           ("Lindqvist", 2), ("Grönroos", 2), ("Wikström", 2), ("Björkqvist", 2), ("Strandberg", 2),
           ("Eklund", 2), ("Forsman", 2), ("Karlsson", 3), ("Johansson", 3), ("Backman", 2),
           ("Söderlund", 2), ("Lindström", 2), ("Nyberg", 2), ("Blomqvist", 2), ("Westerlund", 2),
           ("Granholm", 1), ("Sundqvist", 1), ("Åkerlund", 1), ("Österberg", 1), ("Sjöholm", 1)]  # fmt: skip

ADVISERS = ["Kari Haugen", "Morten Lie", "Silje Berg", "Tor Arne Nilsen", "Hilde Strand",
            "Espen Moe", "Ingvild Dahl", "Jon Erik Bakke", "Marte Solheim", "Kundesenter"]  # fmt: skip
EMPLOYERS = ["Novo Nordisk A/S", "Mærsk A/S", "Danske Bank A/S", "Region Hovedstaden",
             "Københavns Kommune", "Aarhus Kommune", "Carlsberg A/S", "Vestas Wind Systems A/S",
             "ISS A/S", "Coop Danmark A/S", "Salling Group A/S", "DSB", "Ørsted A/S", "Lego A/S",
             "Netcompany A/S", "Region Midtjylland", "Odense Kommune", "Arla Foods amba",
             "Grundfos A/S", "Aalborg Universitet"]  # fmt: skip

# ---------------------------------------------------------------- places
# (town, [other names], postcode range (lo, hi), landline area, weight)
SE_TOWNS = [
    ("Stockholm", ["STHLM"], (11120, 11860), "08", 14), ("Göteborg", ["Gothenburg", "Goteborg"], (41101, 41880), "031", 8),
    ("Malmö", ["Malmo"], (21111, 21775), "040", 7), ("Uppsala", [], (75220, 75758), "018", 4),
    ("Västerås", ["Vasteras"], (72210, 72481), "021", 3), ("Örebro", ["Orebro"], (70210, 70375), "019", 3),
    ("Linköping", ["Linkoping"], (58213, 58437), "013", 3), ("Helsingborg", [], (25220, 25669), "042", 3),
    ("Jönköping", ["Jonkoping"], (55310, 55629), "036", 2), ("Norrköping", ["Norrkoping"], (60210, 60597), "011", 2),
    ("Lund", [], (22220, 22738), "046", 3), ("Umeå", ["Umea"], (90325, 90750), "090", 2),
    ("Gävle", ["Gavle"], (80250, 80646), "026", 2), ("Borås", ["Boras"], (50330, 50764), "033", 2),
    ("Sundsvall", [], (85230, 85753), "060", 1), ("Solna", [], (16950, 17179), "08", 2),
    ("Sollentuna", [], (19130, 19279), "08", 1), ("Täby", ["Taby"], (18330, 18779), "08", 1),
    ("Nacka", [], (13130, 13194), "08", 1), ("Huddinge", [], (14130, 14192), "08", 1),
    ("Södertälje", ["Sodertalje"], (15130, 15260), "08", 1), ("Eskilstuna", [], (63220, 63552), "016", 1),
    ("Karlstad", [], (65220, 65675), "054", 1), ("Luleå", ["Lulea"], (97231, 97598), "0920", 1),
    ("Halmstad", [], (30224, 30295), "035", 1), ("Växjö", ["Vaxjo"], (35230, 35596), "0470", 1),
    ("Trelleborg", [], (23131, 23196), "0410", 1), ("Haparanda", [], (95331, 95335), "0922", 1),
]  # fmt: skip
NO_TOWNS = [
    ("Oslo", [], (150, 1295), "22", 14), ("Bergen", [], (5003, 5099), "55", 6),
    ("Trondheim", [], (7010, 7099), "73", 5), ("Stavanger", [], (4005, 4099), "51", 4),
    ("Drammen", [], (3001, 3048), "32", 2), ("Kristiansand", ["Kristiansand S"], (4608, 4639), "38", 2),
    ("Fredrikstad", [], (1601, 1639), "69", 2), ("Tromsø", ["Tromso", "Tromsoe"], (9006, 9020), "77", 2),
    ("Sandnes", [], (4306, 4329), "51", 2), ("Ålesund", ["Aalesund", "Alesund"], (6002, 6020), "70", 1),
    ("Bodø", ["Bodo"], (8003, 8016), "75", 1), ("Lillestrøm", ["Lillestrom"], (2000, 2010), "63", 1),
    ("Hamar", [], (2301, 2322), "62", 1), ("Halden", [], (1767, 1790), "69", 1),
    ("Sandvika", [], (1300, 1339), "67", 2), ("Tønsberg", ["Tonsberg"], (3101, 3128), "33", 1),
]  # fmt: skip
# Danish towns: the town as the post gives it per postcode (København has one per district)
DK_TOWNS = [
    ("København K", ["Copenhagen K", "Kbh K", "Kobenhavn K"], [1050, 1100, 1150, 1250, 1306, 1360, 1411, 1450], "33", 4),
    ("København V", ["Copenhagen V", "Kbh V", "Kobenhavn V"], [1550, 1620, 1650, 1700, 1752, 1799], "33", 4),
    ("København Ø", ["Copenhagen Ø", "Kbh Ø", "Kobenhavn O", "København Oe"], [2100], "35", 4),
    ("København N", ["Copenhagen N", "Kbh N", "Kobenhavn N"], [2200], "35", 4),
    ("København S", ["Copenhagen S", "Kbh S", "Kobenhavn S"], [2300], "32", 3),
    ("København NV", ["Kbh NV", "Kobenhavn NV"], [2400], "38", 2),
    ("Frederiksberg", ["Frederiksberg C"], [2000, 1820, 1850, 1900], "38", 3), ("Valby", [], [2500], "36", 2),
    ("Aarhus C", ["Århus C", "Aarhus"], [8000], "86", 6), ("Aarhus N", ["Århus N"], [8200], "86", 2),
    ("Aalborg", ["Ålborg", "Aalborg C"], [9000], "98", 4), ("Odense C", ["Odense"], [5000], "66", 4),
    ("Esbjerg", [], [6700, 6705, 6710, 6715], "75", 2), ("Randers", ["Randers C"], [8900], "86", 2),
    ("Kolding", [], [6000], "75", 2), ("Horsens", [], [8700], "75", 2), ("Vejle", [], [7100], "75", 2),
    ("Roskilde", [], [4000], "46", 2), ("Herning", [], [7400], "97", 1), ("Hillerød", ["Hillerod"], [3400], "48", 1),
    ("Helsingør", ["Helsingor", "Elsinore"], [3000], "49", 1), ("Silkeborg", [], [8600], "86", 1),
    ("Sønderborg", ["Sonderborg"], [6400], "74", 1), ("Aabenraa", ["Åbenrå"], [6200], "74", 1),
]  # fmt: skip
# Finnish towns: (Finnish name, Swedish name or None, postcode range, area, weight, Swedish share)
FI_TOWNS = [
    ("Helsinki", "Helsingfors", (100, 990), "09", 14, 0.3), ("Espoo", "Esbo", (2100, 2940), "09", 5, 0.3),
    ("Vantaa", "Vanda", (1300, 1770), "09", 4, 0.15), ("Turku", "Åbo", (20100, 20960), "02", 4, 0.3),
    ("Tampere", "Tammerfors", (33100, 33900), "03", 5, 0.05), ("Oulu", "Uleåborg", (90100, 90940), "08", 3, 0.03),
    ("Jyväskylä", None, (40100, 40950), "014", 2, 0.0), ("Lahti", "Lahtis", (15100, 15950), "03", 2, 0.03),
    ("Kuopio", None, (70100, 70900), "017", 2, 0.0), ("Pori", "Björneborg", (28100, 28900), "02", 1, 0.03),
    ("Vaasa", "Vasa", (65100, 65380), "06", 2, 0.7), ("Porvoo", "Borgå", (6100, 6750), "019", 1, 0.7),
    ("Kokkola", "Karleby", (67100, 67900), "06", 1, 0.5), ("Pietarsaari", "Jakobstad", (68600, 68660), "06", 1, 0.9),
    ("Maarianhamina", "Mariehamn", (22100, 22120), "018", 1, 1.0), ("Raasepori", "Raseborg", (10600, 10900), "019", 1, 0.9),
]  # fmt: skip

SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Skolgatan",
              "Kyrkogatan", "Järnvägsgatan", "Parkvägen", "Björkvägen", "Ringvägen", "Torggatan",
              "Nygatan", "Södra vägen", "Götgatan", "Hornsgatan", "Linnégatan", "Sturegatan",
              "Östra Hamngatan", "Västra Vägen", "Tallvägen", "Granvägen", "Ekvägen", "Industrigatan",
              "Fabriksgatan", "Malmvägen", "Bäckvägen", "Solvägen", "Hagagatan", "Odengatan"]  # fmt: skip
NO_STREETS = ["Kongens gate", "Dronningens gate", "Storgata", "Kirkegata", "Skolegata", "Parkveien",
              "Bjørkeveien", "Granveien", "Solbakken", "Tollbugata", "Markveien", "Thorvald Meyers gate",
              "Bogstadveien", "Ringveien", "Strandveien", "Fjellveien", "Kirkeveien", "Nedre Slottsgate",
              "Øvre Storgate", "Lyngveien", "Furuveien", "Sjøgata", "Havnegata", "Stasjonsveien"]  # fmt: skip
DK_STREETS = ["Vesterbrogade", "Nørrebrogade", "Østerbrogade", "Amagerbrogade", "Jagtvej", "Algade",
              "Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Birkevej",
              "Engvej", "Parkvej", "Stationsvej", "Bredgade", "Frederiksberg Allé", "Strandvejen",
              "Gammel Kongevej", "Åboulevard", "Hørsholmvej", "Rosenvængets Allé", "Møllevej"]  # fmt: skip
# Finnish streets with the Swedish name where bilingual signs give one
FI_STREETS = [("Mannerheimintie", "Mannerheimvägen"), ("Hämeenkatu", None), ("Aleksanterinkatu", "Alexandersgatan"),
              ("Kauppakatu", "Handelsgatan"), ("Koulukatu", "Skolgatan"), ("Kirkkokatu", "Kyrkogatan"),
              ("Puistokatu", "Parkgatan"), ("Rantatie", "Strandvägen"), ("Koivukuja", "Björkgränd"),
              ("Kuusitie", "Granvägen"), ("Mäntytie", "Tallvägen"), ("Rautatienkatu", "Järnvägsgatan"),
              ("Asemakatu", "Stationsgatan"), ("Itsenäisyydenkatu", None), ("Yliopistonkatu", "Universitetsgatan"),
              ("Hämeentie", "Tavastvägen"), ("Runeberginkatu", "Runebergsgatan"), ("Satamakatu", "Hamngatan"),
              ("Pohjoisesplanadi", "Norra esplanaden"), ("Läntinen Rantakatu", "Västra Strandgatan")]  # fmt: skip

DOMAINS = {
    "SE": [("gmail.com", 30), ("hotmail.com", 15), ("telia.com", 10), ("live.se", 8), ("outlook.com", 6),
           ("yahoo.se", 5), ("icloud.com", 5), ("hotmail.se", 6), ("bredband.net", 3), ("spray.se", 2),
           ("comhem.se", 3)],
    "NO": [("gmail.com", 32), ("hotmail.com", 15), ("online.no", 10), ("live.no", 6), ("outlook.com", 6),
           ("yahoo.no", 5), ("icloud.com", 5), ("broadpark.no", 2), ("getmail.no", 2), ("hotmail.no", 5)],
    "DK": [("gmail.com", 30), ("hotmail.com", 15), ("live.dk", 8), ("outlook.dk", 5), ("mail.dk", 6),
           ("jubii.dk", 3), ("yahoo.dk", 4), ("icloud.com", 5), ("hotmail.dk", 6), ("mail.tele.dk", 3)],
    "FI": [("gmail.com", 28), ("hotmail.com", 12), ("luukku.com", 6), ("outlook.com", 6), ("suomi24.fi", 5),
           ("kolumbus.fi", 3), ("elisanet.fi", 5), ("welho.com", 3), ("saunalahti.fi", 5), ("icloud.com", 4)],
}  # fmt: skip
MOBILE_PREFIX = {
    "SE": ["070", "072", "073", "076", "079"],
    "NO": ["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"],
    "DK": ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
           "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"],
    "FI": ["040", "041", "044", "045", "046", "050"],
}  # fmt: skip
CC = {"SE": "46", "NO": "47", "DK": "45", "FI": "358"}
COUNTRY_NAME_SE = {"NO": ["NORGE", "Norge", "NO"], "DK": ["DANMARK", "Danmark", "DK"],
                   "FI": ["FINLAND", "Finland", "FI"]}  # fmt: skip

FOLD = {
    "plain": {"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ü": "u", "é": "e", "č": "c"},
    "digraph": {
        "å": "aa",
        "ä": "ae",
        "ö": "oe",
        "ø": "oe",
        "æ": "ae",
        "ü": "ue",
        "é": "e",
        "č": "c",
    },
}
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fold(s: str | None, style: str) -> str | None:
    """The Nordic letters written without them: ``plain`` (Åsa -> Asa) or ``digraph`` (Aasa)."""
    if not s or style == "keep":
        return s
    table = FOLD[style]
    out = []
    for ch in s:
        low = ch.lower()
        if low in table:
            rep = table[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
    return "".join(out)


def ascii_lower(s: str, style: str = "plain") -> str:
    s = fold(s, style).lower()
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- personal numbers
def no_checks(body9: str) -> str | None:
    """The two mod-11 check digits of a Norwegian fødselsnummer, or None where none exists."""
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(c) * w for c, w in zip(body9, w1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(int(c) * w for c, w in zip(body9 + str(k1), w2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def cpr_ok(ten: str) -> bool:
    """The Danish CPR modulus-11 test (every number given before 2007 passes it)."""
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(int(c) * x for c, x in zip(ten, w, strict=True)) % 11 == 0


class Nordic(Draws):
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.rows: list[dict] = []
        self.used: set[str] = set()
        self.mailboxes: set[str] = set()
        self.handles: set[str] = set()
        self.policy_no = 40_000_000
        self.kundnr = 1_000_000

    # ------------------------------------------------------------ helpers
    def typo(self, s, p):
        if s and len(s) >= 4 and self.rnd.random() < p:
            return slip(self.rnd, s, "aeilnorstu")
        return s

    def dob(self, age):
        start = TODAY.replace(year=TODAY.year - age - 1) + dt.timedelta(days=1)
        return start + dt.timedelta(days=self.rnd.randrange(365))

    def adult_age(self):
        r = self.rnd
        if r.random() < 0.01:
            return r.randint(96, 101)
        return int(r.triangular(19, 92, 42))

    # ------------------------------------------------------------ identifiers
    def se_pnr(self, dob, sex, coordination=False):
        """(yyyymmdd, nnn, check): a personnummer, or a samordningsnummer (day + 60)."""
        day = dob.day + (60 if coordination else 0)

        def f():
            n3 = self.digits(2) + self.rnd.choice("13579" if sex == "M" else "02468")
            body = f"{dob.year % 100:02d}{dob.month:02d}{day:02d}{n3}"
            return body + luhn_digit(body)

        ten = self.unique(f)
        return {"year": dob.year, "ten": ten}

    def no_fnr(self, dob, sex, d_number=False):
        day = dob.day + (40 if d_number else 0)

        def f():
            while True:
                lo, hi = (0, 499) if dob.year < 2000 else (500, 999)
                ind = self.rnd.randint(lo, hi)
                if (ind % 10) % 2 != (1 if sex == "M" else 0):
                    ind = ind + 1 if ind < hi else ind - 1
                body = f"{day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"
                k = no_checks(body)
                if k:
                    return body + k

        return self.unique(f)

    def dk_cpr(self, dob, sex):
        def f():
            while True:
                y = dob.year
                d7 = self.rnd.choice("0123" if y < 1937 else "01239" if y < 2000 else "4")
                rest = self.digits(2) + self.rnd.choice("13579" if sex == "M" else "02468")
                ten = f"{dob.day:02d}{dob.month:02d}{y % 100:02d}{d7}{rest}"
                if cpr_ok(ten):
                    return ten

        return self.unique(f)

    def fi_hetu(self, dob, sex):
        def f():
            n = self.rnd.randint(2, 899)
            if n % 2 != (1 if sex == "M" else 0):
                n += 1
            six = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
            sign = {18: "+", 19: "-", 20: "A"}[dob.year // 100]
            return f"{six}{sign}{n:03d}{HETU_CHECK[int(six + f'{n:03d}') % 31]}"

        return self.unique(f)

    # ------------------------------------------------------------ phones
    def mobile(self, country):
        def f():
            pre = self.rnd.choice(MOBILE_PREFIX[country])
            if country == "SE":
                return pre + self.digits(7)
            if country == "FI":
                return pre + self.digits(7)
            return pre + self.digits(8 - len(pre))

        return (country, self.unique(f))

    def landline(self, country, area):
        def f():
            if country == "SE":
                return area + self.digits(8 if area == "08" else 9 - len(area))
            if country == "FI":
                return area + self.digits(7 if area == "09" else 6)
            return area + self.digits(8 - len(area))

        return (country, self.unique(f))

    # ------------------------------------------------------------ addresses
    def address(self, country, swedish=False):
        r = self.rnd
        a = {
            "country": country,
            "num": r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 150)]),
        }
        if country == "SE":
            town, alts, (lo, hi), area, _ = self.pick_town(SE_TOWNS)
            pc = r.randint(lo, hi)
            a.update(street=r.choice(SE_STREETS), town=town, alts=alts, pc=f"{pc:05d}", area=area)
            a["letter"] = r.choice("ABC") if r.random() < 0.15 else None
            a["lgh"] = f"{r.randint(10, 16)}{r.randint(1, 4):02d}" if r.random() < 0.55 else None
        elif country == "NO":
            town, alts, (lo, hi), area, _ = self.pick_town(NO_TOWNS)
            a.update(
                street=r.choice(NO_STREETS),
                town=town,
                alts=alts,
                pc=f"{r.randint(lo, hi):04d}",
                area=area,
            )
            a["letter"] = r.choice("ABCD") if r.random() < 0.2 else None
            a["floor"] = r.randint(1, 6) if r.random() < 0.5 else None
            a["unit"] = f"H{a['floor'] or 1:02d}{r.randint(1, 4):02d}" if a["floor"] else None
        elif country == "DK":
            town, alts, pcs, area, _ = self.pick_town(DK_TOWNS)
            a.update(
                street=r.choice(DK_STREETS), town=town, alts=alts, pc=str(r.choice(pcs)), area=area
            )
            a["letter"] = r.choice("ABC") if r.random() < 0.1 else None
            flat = r.random() < (
                0.8 if "København" in town or town in ("Frederiksberg", "Valby") else 0.35
            )
            a["floor"] = r.choice(["st", "1", "2", "3", "4", "5"]) if flat else None
            a["side"] = r.choice(["tv", "th", "th", "tv", "mf"]) if flat else None
        else:
            fi, sv, (lo, hi), area, _, _ = self.pick_fi_town(swedish)
            st = r.choice(FI_STREETS)
            a.update(
                street=st[0],
                street_sv=st[1] if sv else None,
                town=fi,
                town_sv=sv,
                pc=f"{r.randint(lo // 10, hi // 10) * 10:05d}",
                area=area,
            )
            a["stair"] = r.choice("ABCDE") if r.random() < 0.65 else None
            a["apt"] = str(r.randint(1, 60)) if a["stair"] else None
            a["alts"] = []
        a["landline"] = None
        return a

    def pick_town(self, towns):
        return self.rnd.choices(towns, weights=[t[-1] for t in towns])[0]

    def pick_fi_town(self, swedish):
        w = [t[4] * (t[5] if swedish else (1 - t[5] * 0.8)) for t in FI_TOWNS]
        return self.rnd.choices(FI_TOWNS, weights=w)[0]

    # ------------------------------------------------------------ people
    def names(self, culture, sex):
        """(given names, index of the name used, family middle name or None)."""
        r = self.rnd
        if culture == "SE":
            first = wpick(r, SE_M if sex == "M" else SE_F)
            pool = SE_M2 if sex == "M" else SE_F2
            k = r.choices([1, 2, 3], [0.2, 0.55, 0.25])[0]
        elif culture == "NO":
            first = wpick(r, NO_M if sex == "M" else NO_F)
            pool = NO_2M if sex == "M" else NO_2F
            k = r.choices([1, 2, 3], [0.5, 0.45, 0.05])[0]
        elif culture == "DK":
            first = wpick(r, DK_M if sex == "M" else DK_F)
            pool = DK_2M if sex == "M" else DK_2F
            k = r.choices([1, 2, 3], [0.45, 0.45, 0.1])[0]
        elif culture == "FI":
            first = wpick(r, FI_M if sex == "M" else FI_F)
            pool = FI_2M if sex == "M" else FI_2F
            k = r.choices([1, 2, 3], [0.1, 0.55, 0.35])[0]
        else:  # Finland-Swede
            first = wpick(r, FS_M if sex == "M" else FS_F)
            pool = (SE_M2 if sex == "M" else SE_F2) + (FI_2M[:4] if sex == "M" else FI_2F[:3])
            k = r.choices([1, 2, 3], [0.15, 0.6, 0.25])[0]
        given = [first]
        while len(given) < k:
            g = r.choice(pool)
            if g not in given:
                given.append(g)
        used = 0
        if k > 1:
            if culture == "SE" and r.random() < 0.3:
                given[0], given[1] = given[1], given[0]
                used = 1  # Karl Johan Erik, called Johan
                if k == 3 and r.random() < 0.15:
                    used = 2
            elif culture in ("FI", "FS") and r.random() < 0.12:
                given[0], given[1] = given[1], given[0]
                used = 1
        middle = None
        if culture == "NO" and r.random() < 0.2:
            middle = r.choice(NO_MIDDLE)
        elif culture == "DK" and r.random() < 0.35:
            middle = r.choice(DK_MIDDLE)
        return given, used, middle

    def surname(self, culture):
        table = {"SE": SE_LAST, "NO": NO_LAST, "DK": DK_LAST, "FI": FI_LAST, "FS": FS_LAST}[culture]
        return wpick(self.rnd, table)

    def person(self, hh, sex, age, culture, last, kid=False):
        r = self.rnd
        dob = self.dob(age)
        given, used, middle = self.names(culture, sex)
        p = dict(
            pid=len(self.persons), sex=sex, dob=dob, culture=culture, hh=hh, kid=kid,
            given=given, used=used, middle=middle, last=last, birth_last=last, married=None,
            ids={}, mobiles=[], emails=[], fold_style=r.choice(["plain", "plain", "digraph"]),
            home=hh["country"],
        )  # fmt: skip
        home = hh["country"]
        if home == "SE":
            p["ids"]["SE"] = self.se_pnr(dob, sex)
        elif home == "NO":
            p["ids"]["NO"] = self.no_fnr(dob, sex)
        elif home == "DK":
            p["ids"]["DK"] = self.dk_cpr(dob, sex)
        else:
            p["ids"]["FI"] = self.fi_hetu(dob, sex)
        if not kid or age >= 12:
            if r.random() < (0.93 if not kid else 0.8):
                p["mobiles"].append(self.mobile(home))
            if r.random() < 0.12 and p["mobiles"]:  # a new number, the old one still in old rows
                p["mobiles"].append(self.mobile(home))
        self.persons.append(p)
        hh["members"].append(p)
        return p

    def household(self, country, culture):
        r = self.rnd
        hh = dict(country=country, culture=culture, members=[], addrs=[], family_email=None,
                  abroad=None)  # fmt: skip
        a = self.address(country, swedish=culture == "FS")
        hh["addrs"].append(a)
        kind = r.random()
        age = self.adult_age()
        if kind < 0.42 or age > 94:
            sex = r.choice("MF")
            self.person(hh, sex, age, culture, self.surname(culture))
        else:
            man_last = self.surname(culture)
            wculture = culture
            if r.random() < 0.06:  # a partner from the neighbouring country
                wculture = r.choice([c for c in ("SE", "NO", "DK", "FI") if c != culture])
            self.person(hh, "M", age, culture, man_last)
            wage = max(19, min(95, age + r.randint(-7, 3)))
            woman = self.person(hh, "F", wage, wculture, self.surname(wculture))
            x = r.random()
            takes = {"SE": 0.5, "NO": 0.45, "DK": 0.45, "FI": 0.6, "FS": 0.55}[culture]
            if x < takes:
                woman["married"] = "took"
                woman["last"] = man_last
            elif x < takes + 0.15:
                woman["married"] = "double"
                if culture in ("FI",):
                    woman["last"] = f"{man_last}-{woman['birth_last']}"
                elif culture in ("NO", "DK"):
                    woman["middle"] = woman["birth_last"]  # her own name as the middle name
                    woman["last"] = man_last
                else:
                    woman["last"] = f"{woman['birth_last']} {man_last}"
            if age < 70 and r.random() < 0.55:
                for _ in range(r.choices([1, 2, 3], [0.4, 0.45, 0.15])[0]):
                    cage = r.randint(0, min(29, max(0, wage - 20)))
                    clast = woman["last"] if woman["married"] == "took" else man_last
                    if woman["married"] is None and r.random() < 0.3:
                        clast = (
                            f"{woman['birth_last']} {man_last}"
                            if culture == "SE"
                            else woman["birth_last"]
                        )
                    c = self.person(hh, r.choice("MF"), cage, culture, clast, kid=cage < 18)
                    if cage >= 18 and r.random() < 0.5:
                        hh["members"].remove(c)
                        c["hh"] = self.own_household(c)
        if r.random() < 0.4 or (age > 60 and r.random() < 0.5):
            a["landline"] = self.landline(country, a["area"])
        if r.random() < 0.12:  # moved within the country: a new address, maybe a new landline
            b = self.address(country, swedish=culture == "FS")
            if a["landline"] and r.random() < 0.5:
                b["landline"] = self.landline(country, b["area"])
            hh["addrs"].append(b)
        adults = [p for p in hh["members"] if not p["kid"]]
        if len(adults) >= 2 and r.random() < 0.2:
            ln = ascii_lower(adults[0]["last"]).replace(" ", "")
            loc = r.choice([f"familjen.{ln}", f"fam.{ln}", f"{ln}s", f"{ln}.hjemme", f"fam{ln}",
                            f"{ascii_lower(adults[0]['given'][adults[0]['used']])}og{ascii_lower(adults[1]['given'][adults[1]['used']])}"])  # fmt: skip
            hh["family_email"] = self.unique_email(loc, country)
        for p in hh["members"]:
            self.emails_for(p, hh)
        return hh

    def own_household(self, c):
        """An adult child who moved out: a household of one at a new address."""
        hh = dict(country=c["hh"]["country"], culture=c["hh"]["culture"], members=[c],
                  family_email=None, abroad=None)  # fmt: skip
        hh["addrs"] = [self.address(hh["country"], swedish=c["culture"] == "FS")]
        self.households.append(hh)
        self.emails_for(c, hh)
        return hh

    def unique_email(self, local, country):
        while True:
            dom = wpick(self.rnd, DOMAINS[country])
            key = (local.replace(".", "") if dom == "gmail.com" else local) + "@" + dom
            if key not in self.mailboxes:
                self.mailboxes.add(key)
                return local + "@" + dom
            local = f"{local}{self.rnd.randint(1, 99)}"

    def email_local(self, p):
        r = self.rnd
        st = p["fold_style"] if r.random() < 0.8 else "plain"
        f = ascii_lower(p["given"][p["used"]], st)
        ln = ascii_lower(p["last"].split(" ")[-1].split("-")[0], st)
        y = p["dob"].year
        x = r.random()
        if x < 0.3:
            s = f"{f}.{ln}"
        elif x < 0.42:
            s = f"{f}{ln}"
        elif x < 0.52:
            s = f"{f[0]}{ln}"
        elif x < 0.62:
            s = f"{f}.{ln}{r.randint(1, 99)}"
        elif x < 0.7:
            s = f"{f}{str(y)[2:]}"
        elif x < 0.78:
            s = f"{f}_{ln}"
        elif x < 0.86:
            s = f"{f[0]}.{ln}"
        elif x < 0.92:
            s = f"{f}.{ln}.{y}"
        else:
            s = r.choice(["kalle", "fotboll", "viking", "nordlys", "sommer", "hygge", "sisu",
                          "pippi", "snusmumrik", "fjellrev", "tiger", "mumin"]) + str(r.randint(1, 999))  # fmt: skip
        return s

    def emails_for(self, p, hh):
        r = self.rnd
        if p["kid"] and p["dob"].year > 2012:
            return
        if r.random() < 0.85:
            p["emails"].append(self.unique_email(self.email_local(p), hh["country"]))
        if r.random() < 0.15:  # a second, newer address
            p["emails"].append(self.unique_email(self.email_local(p), hh["country"]))
        if hh["family_email"] and not p["kid"] and (not p["emails"] or r.random() < 0.4):
            p["emails"].append(hh["family_email"])

    def move_abroad(self, hh, dest):
        """A household that moved to another Nordic country: numbers and an address there."""
        r = self.rnd
        hh["abroad"] = dest
        a = self.address(dest, swedish=hh["culture"] == "FS")
        if r.random() < 0.25:
            a["landline"] = self.landline(dest, a["area"])
        hh["abroad_addr"] = a
        for p in hh["members"]:
            if dest == "NO":
                if (
                    not p["kid"] and r.random() < 0.5
                ):  # a D-number while working, a fødselsnummer later
                    p["ids"]["NO_D"] = self.no_fnr(p["dob"], p["sex"], d_number=True)
                p["ids"]["NO"] = self.no_fnr(p["dob"], p["sex"])
            elif dest == "DK":
                p["ids"]["DK"] = self.dk_cpr(p["dob"], p["sex"])
            elif dest == "SE":
                if not p["kid"] and r.random() < 0.3:
                    p["ids"]["SE_S"] = self.se_pnr(p["dob"], p["sex"], coordination=True)
                p["ids"]["SE"] = self.se_pnr(p["dob"], p["sex"])
            p["abroad"] = dest
            p["abroad_addr"] = a
            if p["mobiles"] and r.random() < 0.7:
                p["mobiles"].append(self.mobile(dest))
            if p["emails"] and r.random() < 0.2:
                p["emails"].append(self.unique_email(self.email_local(p), dest))

    def population(self):
        r = self.rnd
        while len(self.persons) < self.n:
            c = r.random()
            if c < 0.38:
                country, culture = "SE", "SE"
            elif c < 0.62:
                country, culture = "NO", "NO"
            elif c < 0.82:
                country, culture = "DK", "DK"
            else:
                country = "FI"
                culture = "FS" if r.random() < 0.22 else "FI"
            self.households.append(self.household(country, culture))
        for hh in self.households:
            home = hh["country"]
            x = r.random()
            if home == "SE" and x < 0.05:
                self.move_abroad(hh, "NO")
            elif home == "SE" and x < 0.09:
                adults = [p for p in hh["members"] if not p["kid"]]
                p = r.choice(adults)  # lives in Skåne, works in Copenhagen
                p["commuter"] = True
                p["ids"]["DK"] = self.dk_cpr(p["dob"], p["sex"])
            elif (home == "FI" and (x < 0.03 or (hh["culture"] == "FS" and x < 0.18))) or (
                home in ("NO", "DK") and x < 0.02
            ):
                self.move_abroad(hh, "SE")
            elif home == "NO" and x < 0.03:
                self.move_abroad(hh, "DK")

    # ------------------------------------------------------------ rendering: names
    def given_str(self, p, mode):
        """``all`` given names, the ``used`` one, or ``first`` as a form asked for it."""
        g = p["given"]
        if mode == "all":
            return " ".join(g)
        if mode == "used":
            return g[p["used"]]
        return g[0]

    def last_str(self, p, registry):
        r = self.rnd
        if p["married"] and r.random() < (0.05 if registry else 0.15):
            return p["birth_last"]  # opened before the wedding
        if p["married"] == "double" and r.random() < 0.3:
            return p["last"].replace("-", " ").split(" ")[-1 if r.random() < 0.7 else 0]
        return p["last"]

    def letters(self, s, p_fold, p=None):
        r = self.rnd
        if s and r.random() < p_fold:
            return fold(
                s, p["fold_style"] if p and r.random() < 0.7 else r.choice(["plain", "digraph"])
            )
        return s

    # ------------------------------------------------------------ rendering: numbers
    def pnr_str(self, p, key="SE", system="core"):
        r = self.rnd
        v = p["ids"].get(key)
        if v is None:
            return None
        ten, year = v["ten"], v["year"]
        cent = str(year // 100)
        old = TODAY.year - year >= 100
        x = r.random()
        if system == "login":
            return cent + ten
        if x < 0.02:
            return None
        if x < 0.05:
            return f"{cent}{ten[:6]}-****" if r.random() < 0.6 else f"{ten[:6]}-XXXX"
        if x < 0.6:
            s = cent + ten
        elif x < 0.8:
            s = f"{cent}{ten[:6]}-{ten[6:]}"
        elif x < 0.95:
            s = f"{ten[:6]}{'+' if old else '-'}{ten[6:]}"
        else:
            s = ten
        if r.random() < 0.01:
            s = slip(r, s, "0123456789")
        return s

    def fnr_str(self, p, key="NO"):
        r = self.rnd
        v = p["ids"].get(key)
        if v is None:
            return None
        x = r.random()
        if x < 0.04:
            return None
        if x < 0.08:
            return f"{v[:6]}*****" if r.random() < 0.6 else f"{v[:6]} *****"
        s = v if x < 0.82 else f"{v[:6]} {v[6:]}"
        if r.random() < 0.01:
            s = slip(r, s, "0123456789")
        return s

    def cpr_str(self, p):
        r = self.rnd
        v = p["ids"].get("DK")
        if v is None:
            return None
        x = r.random()
        if x < 0.02:
            return None
        if x < 0.05:
            return f"{v[:6]}-XXXX" if r.random() < 0.5 else f"{v[:6]}-****"
        s = f"{v[:6]}-{v[6:]}" if x < 0.75 else v
        if r.random() < 0.01:
            s = slip(r, s, "0123456789")
        return s

    def hetu_str(self, p):
        r = self.rnd
        v = p["ids"].get("FI")
        if v is None:
            return None
        x = r.random()
        if x < 0.03:
            return None
        if x < 0.07:
            return f"{v[:7]}****" if r.random() < 0.6 else f"{v[:6]}-XXXX"
        s = v if x < 0.96 else v.lower()
        if r.random() < 0.01:
            s = slip(r, s, "0123456789")
        return s

    def phone_str(self, ph, system_country, e164=False):
        """A number as typed into a system of ``system_country`` (a number from abroad may lose
        its country code there)."""
        r = self.rnd
        if ph is None:
            return None
        c, n = ph
        cc = CC[c]
        nat = n[1:] if c in ("SE", "FI") else n  # without the trunk zero
        if e164:
            return f"+{cc}{nat}"
        x = r.random()
        if c != system_country and x < 0.6:
            return f"+{cc} {nat}" if r.random() < 0.5 else f"00{cc}{nat}"
        if c == "SE":
            mob = n.startswith("07")
            k = 3 if mob else (2 if n.startswith("08") else len(n) - 7 if len(n) >= 10 else 3)
            a, b = n[:k], n[k:]
            grp = (
                f"{b[:3]} {b[3:5]} {b[5:]}"
                if len(b) == 7
                else f"{b[:3]} {b[3:]}"
                if len(b) == 6
                else b
            )
            if x < 0.35:
                return f"{a}-{grp}"
            if x < 0.55:
                return n
            if x < 0.65:
                return f"{a} {grp}"
            if x < 0.75:
                return f"+46 {a[1:]} {grp}"
            if x < 0.85:
                return f"+46{nat}"
            if x < 0.9:
                return f"0046{nat}"
            return f"{a}-{b}"
        if c == "FI":
            k = 3 if n.startswith("0") and not n.startswith("09") else 2
            a, b = n[:k], n[k:]
            if x < 0.35:
                return f"{a} {b[:3]} {b[3:]}"
            if x < 0.55:
                return f"{a}-{b}"
            if x < 0.7:
                return n
            if x < 0.85:
                return f"+358 {a[1:]} {b[:3]} {b[3:]}"
            if x < 0.97:
                return f"+358{nat}"
            return f"00358{nat}"
        # Norway and Denmark: eight digits
        if c == "NO" and n[0] in "49":
            spaced = f"{n[:3]} {n[3:5]} {n[5:]}"
        else:
            spaced = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        if x < 0.42:
            return spaced
        if x < 0.72:
            return n
        if x < 0.84:
            return f"+{cc} {spaced}"
        if x < 0.96:
            return f"+{cc}{n}"
        return f"00{cc} {n}"

    def email_str(self, e, typed=False):
        r = self.rnd
        if not e:
            return None
        if typed and r.random() < 0.06:
            loc, dom = e.split("@")
            if r.random() < 0.4:
                dom = {"gmail.com": "gmail.se", "hotmail.com": "hotmail.se", "online.no": "online.com",
                       "telia.com": "telia.se"}.get(dom, dom)  # fmt: skip
            else:
                loc = slip(r, loc, "aeilnorst")
            e = f"{loc}@{dom}"
        if r.random() < 0.04:
            e = e.upper() if r.random() < 0.3 else e[0].upper() + e[1:]
        return e

    # ------------------------------------------------------------ rendering: addresses
    def se_street(self, a):
        r = self.rnd
        st = a["street"]
        if r.random() < 0.1:
            st = st.replace("gatan", "g.").replace("vägen", "v.")
        s = f"{st} {a['num']}"
        if a["letter"]:
            s += (" " if r.random() < 0.6 else "") + a["letter"]
        if a["lgh"] and r.random() < 0.85:
            s += r.choice([" lgh ", " lgh ", ", lgh ", " LGH ", " lgh"]) + a["lgh"]
        elif a["lgh"] and r.random() < 0.3:
            s += f" {int(a['lgh'][:2]) - 9} tr"
        s = self.typo(s, 0.02)
        return s.upper() if r.random() < 0.2 else s

    def no_street(self, a):
        r = self.rnd
        st = a["street"]
        y = r.random()
        if y < 0.12:
            st = st.replace(" gate", " gt.").replace("gata", "gt.").replace("veien", "vn.")
        elif y < 0.18:
            st = st.replace(" gate", "gate").replace(" gt", "gt")
        s = f"{st} {a['num']}"
        if a["letter"]:
            s += (" " if r.random() < 0.5 else "") + a["letter"]
        if a["unit"] and r.random() < 0.5:
            s += " " + a["unit"] if r.random() < 0.7 else f", {a['floor']}. etg"
        return self.typo(s, 0.02)

    def dk_street(self, a):
        r = self.rnd
        s = f"{a['street']} {a['num']}{a['letter'] or ''}"
        if a["floor"]:
            fl = a["floor"]
            side = a["side"]
            y = r.random()
            if fl == "st":
                s += r.choice([", st. ", ", st.", " st. ", ", st "]) + side
            elif y < 0.5:
                s += f", {fl}. {side}"
            elif y < 0.7:
                s += f" {fl}.{side}"
            elif y < 0.85:
                s += f", {fl} {side}"
            elif y < 0.95:
                s += f", {fl}. sal {side}."
            # else the floor is left out
        return self.typo(s, 0.02)

    def fi_street(self, a, swedish=False):
        r = self.rnd
        st = a["street_sv"] if swedish and a.get("street_sv") else a["street"]
        if r.random() < 0.08:
            st = st.replace("katu", "k.").replace("tie", "t.")
        s = f"{st} {a['num']}"
        if a["stair"]:
            y = r.random()
            if y < 0.6:
                s += f" {a['stair']} {a['apt']}"
            elif y < 0.75:
                s += f" {a['stair']}{a['apt']}"
            elif y < 0.85:
                s += f" {a['stair'].lower()} {a['apt']}"
            elif y < 0.95:
                s += (
                    f" {a['stair']} as {a['apt']}"
                    if not swedish
                    else f" {a['stair']} bost {a['apt']}"
                )
        return self.typo(s, 0.02)

    def street_for(self, a, p):
        c = a["country"]
        if c == "SE":
            return self.se_street(a)
        if c == "NO":
            return self.no_street(a)
        if c == "DK":
            return self.dk_street(a)
        return self.fi_street(a, swedish=p["culture"] == "FS" and self.rnd.random() < 0.7)

    def pc_str(self, a, system_country):
        r = self.rnd
        pc, c = a["pc"], a["country"]
        if c == "SE":
            x = r.random()
            s = f"{pc[:3]} {pc[3:]}" if x < 0.6 else pc if x < 0.95 else f"SE-{pc[:3]} {pc[3:]}"
            if c != system_country:
                s = r.choice([f"SE-{pc[:3]} {pc[3:]}", f"S-{pc}", f"{pc[:3]} {pc[3:]}"])
        elif c == "NO":
            s = pc
            if pc.startswith("0") and r.random() < 0.15:
                s = pc.lstrip("0")  # through a spreadsheet
            if c != system_country:
                s = r.choice([f"N-{pc}", f"NO-{pc}", pc])
        elif c == "DK":
            s = pc if r.random() < 0.85 else f"DK-{pc}"
            if c != system_country:
                s = r.choice([f"DK-{pc}", pc])
        else:
            s = pc
            if r.random() < 0.03:
                s = pc.lstrip("0")
            if c != system_country:
                s = r.choice([f"FI-{pc}", f"SF-{pc}", pc])
        if r.random() < 0.01:
            s = slip(r, s, "0123456789")
        return s

    def town_str(self, a, p, system_country):
        r = self.rnd
        c = a["country"]
        if c == "FI":
            sv = a.get("town_sv")
            t = a["town"]
            if (sv and (p["culture"] == "FS" or system_country == "SE") and r.random() < 0.75) or (
                sv and r.random() < 0.05
            ):
                t = sv
        else:
            t = a["town"]
            if a["alts"] and r.random() < 0.2:
                t = r.choice(a["alts"])
            if c == "SE" and system_country == "DK" and t == "Malmö" and r.random() < 0.5:
                t = "Malmø"
        t = self.typo(t, 0.01)
        if c in ("SE", "NO", "FI") and r.random() < 0.5:
            t = t.upper()
        return t

    def landline_of(self, a):
        return a.get("landline")

    # ------------------------------------------------------------ which data a record holds
    def current_addr(self, p, stale=0.3):
        hh = p["hh"]
        addrs = hh["addrs"]
        if p.get("abroad"):
            return p["abroad_addr"]
        if len(addrs) > 1 and self.rnd.random() < stale:
            return addrs[0]
        return addrs[-1]

    def mobile_of(self, p, country=None, late=True):
        r = self.rnd
        ms = p["mobiles"]
        if country:
            ms = [m for m in ms if m[0] == country] or ms
        if not ms:
            return None
        return ms[-1] if late or len(ms) == 1 or r.random() < 0.5 else ms[0]

    def email_of(self, p, late=True):
        es = p["emails"]
        if not es:
            return None
        return es[-1] if late or len(es) == 1 or self.rnd.random() < 0.5 else es[0]

    def guardian(self, p):
        adults = [q for q in p["hh"]["members"] if not q["kid"]]
        return self.rnd.choice(adults) if adults else None

    # ------------------------------------------------------------ records
    def base(self, p, system):
        return {"_pid": p["pid"], "kildesystem": system}

    def rec_core(self, p, addr=None, old=False):
        """A Swedish core-banking customer."""
        r = self.rnd
        rec = self.base(p, "kärnbank")
        self.kundnr += r.randint(1, 40)
        rec["kundnr"] = str(self.kundnr)
        key = "SE" if "SE" in p["ids"] else None
        if key and "SE_S" in p["ids"] and old:
            key = "SE_S"
        rec["personnummer"] = self.pnr_str(p, key) if key else None
        fn = self.given_str(p, "all" if r.random() < 0.88 else "used")
        rec["förnamn"] = self.letters(self.typo(fn, 0.01), 0.03, p)
        rec["efternamn"] = self.letters(self.typo(self.last_str(p, True), 0.01), 0.03, p)
        if (len(p["given"]) > 1 and r.random() < 0.8) or r.random() < 0.4:
            rec["tilltalsnamn"] = self.letters(p["given"][p["used"]], 0.03, p)
        a = addr or self.current_addr(p, stale=0.6 if old else 0.15)
        if a["country"] == "SE":
            rec["utdelningsadress"] = self.se_street(a)
            rec["postnummer"] = self.pc_str(a, "SE")
            rec["postort"] = self.town_str(a, p, "SE")
        else:  # an address abroad: the street, then postcode and town in one line, and a country
            rec["utdelningsadress"] = self.street_for(a, p)
            rec["postort"] = f"{self.pc_str(a, 'SE')} {self.town_str(a, p, 'SE')}"
            rec["land"] = r.choice(COUNTRY_NAME_SE[a["country"]])
        if p["kid"] or (p["dob"].year > 2000 and r.random() < 0.1):
            g = self.guardian(p) if p["kid"] else None
            if not p["kid"] and r.random() < 0.5:
                rec["c/o-adress"] = "c/o " + r.choice([self.surname("SE"), "Föräldrar"])
            if g:
                p_tel, p_mail = g, g
            else:
                p_tel, p_mail = p, p
        else:
            p_tel, p_mail = p, p
        if a["country"] == "SE" and r.random() < 0.03 and not p["kid"]:
            rec["c/o-adress"] = "c/o " + r.choice(
                [f"{self.given_str(p_tel, 'used')} {self.surname('SE')}", self.surname("SE")]
            )
        land = self.landline_of(a)
        if land and r.random() < 0.6:
            rec["telefon"] = self.phone_str(land, "SE")
        m = self.mobile_of(p_tel, late=not old)
        if m and r.random() < 0.85:
            rec["mobil"] = self.phone_str(m, "SE")
            if "telefon" not in rec and r.random() < 0.2:
                rec["telefon"], rec["mobil"] = rec["mobil"], None
        e = self.email_of(p_mail, late=not old)
        if e and r.random() < 0.7:
            rec["epost"] = self.email_str(e, typed=True)
        days = min(12000, (TODAY - p["dob"]).days)
        rec["kund_sedan"] = (TODAY - dt.timedelta(days=r.randrange(30, max(31, days)))).isoformat()
        age = (TODAY - p["dob"]).days // 365
        rec["segment"] = (
            "Ung"
            if age < 26
            else r.choice(["Privat", "Privat", "Privat", "Premium", "Private Banking"])
        )
        pn = p["ids"].get("SE")
        if pn and r.random() < 0.3:
            rec["kontonummer"] = f"3300 {pn['ten'][:6]}-{pn['ten'][6:]}"  # Nordea personkonto
        else:
            rec["kontonummer"] = (
                r.choice(["8327-9", "6000", "5000", "3000", "9020"]) + " " + self.digits(9)
            )
        self.rows.append(rec)

    def rec_policy(self, holder, members, product, addr):
        """One Norwegian policy: a row for the holder and one for each co-insured."""
        r = self.rnd
        self.policy_no += r.randint(1, 300)
        pol = str(self.policy_no)
        premium = f"{r.randint(900, 25000):,}".replace(",", " ") + ",00"
        start = (TODAY - dt.timedelta(days=r.randrange(30, 6000))).strftime("%d.%m.%Y")
        adviser = r.choice(ADVISERS) if r.random() < 0.6 else None
        for q in [holder, *members]:
            rec = self.base(q, "forsikring")
            rec["polisenr"] = pol
            rec["rolle"] = (
                "Forsikringstaker"
                if q is holder
                else ("Ektefelle/samboer" if not q["kid"] else "Medforsikret barn")
            )
            key = "NO" if "NO" in q["ids"] else None
            if "NO_D" in q["ids"] and r.random() < 0.4:
                key = "NO_D"
            rec["fødselsnummer"] = self.fnr_str(q, key) if key else None
            g = q["given"]
            culture = q["culture"]
            if culture == "NO":
                fn = " ".join(g[:2]) if len(g) > 1 and r.random() < 0.6 else g[0]
                mid = q["middle"]
                if mid is None and len(g) > 1 and " " not in fn and r.random() < 0.4:
                    mid = " ".join(g[1:])
            else:
                fn = g[q["used"]] if r.random() < 0.5 else " ".join(g)
                mid = None
                if " " not in fn and len(g) > 1 and r.random() < 0.5:
                    fn, mid = g[0], " ".join(g[1:])
                if q["middle"]:
                    mid = q["middle"]
            last = self.last_str(q, False)
            if q["married"] == "double" and culture in ("NO", "DK") and r.random() < 0.3:
                mid, last = None, f"{q['birth_last']} {q['last']}"
            rec["fornavn"] = self.letters(self.typo(fn, 0.02), 0.04, q)
            rec["mellomnavn"] = self.letters(mid, 0.04, q) if mid and r.random() < 0.85 else None
            rec["etternavn"] = self.letters(self.typo(last, 0.02), 0.04, q)
            if r.random() < 0.05:
                rec["etternavn"] = rec["etternavn"].upper()
            rec["adresse"] = (
                self.no_street(addr) if addr["country"] == "NO" else self.street_for(addr, q)
            )
            rec["postnr"] = self.pc_str(addr, "NO")
            rec["poststed"] = self.town_str(addr, q, "NO")
            if (
                q is holder or r.random() < 0.4
            ):  # co-insured rows often repeat the holder's contacts
                src = q if q is holder or (not q["kid"] and r.random() < 0.5) else holder
                m = self.mobile_of(src, "NO")
                if m and r.random() < 0.9:
                    rec["mobilnummer"] = self.phone_str(m, "NO")
                e = self.email_of(src)
                if e and r.random() < 0.8:
                    rec["e-post"] = self.email_str(e, typed=adviser is not None)
            rec["produkt"] = product
            rec["årspremie"] = premium if q is holder else None
            rec["startdato"] = start
            rec["rådgiver"] = adviser
            self.rows.append(rec)

    def rec_pension(self, p, addr, employer):
        r = self.rnd
        rec = self.base(p, "pension")
        rec["cpr_nr"] = self.cpr_str(p)
        g = p["given"]
        parts = list(g) + ([p["middle"]] if p["middle"] else [])
        last = self.last_str(p, True)
        x = r.random()
        if x < 0.6:
            nm = " ".join([*parts, last])
        elif x < 0.75:
            nm = f"{g[p['used']]} {last}"
        elif x < 0.88:
            nm = f"{last}, {' '.join(parts)}"
        else:
            nm = " ".join([g[0], *[n[0] + "." for n in parts[1:]], last])
        nm = self.letters(self.typo(nm, 0.015), 0.06, p)
        if r.random() < 0.12:
            nm = nm.upper()
        rec["navn"] = nm
        if addr["country"] == "DK":
            rec["adresse"] = self.dk_street(addr)
            rec["postnr"] = self.pc_str(addr, "DK")
            rec["by"] = self.town_str(addr, p, "DK")
        else:
            rec["adresse"] = self.street_for(addr, p)
            rec["postnr"] = self.pc_str(addr, "DK")
            rec["by"] = self.town_str(addr, p, "DK") + (", Sverige" if r.random() < 0.4 else "")
        land = self.landline_of(addr) if addr["country"] == "DK" else None
        m = self.mobile_of(p, "DK")
        ph = m if m and (not land or r.random() < 0.6) else land
        if ph and r.random() < 0.85:
            rec["tlf"] = self.phone_str(ph, "DK")
        rec["ordning"] = r.choice(["Ratepension", "Livrente", "Aldersopsparing", "Ratepension",
                                   "Firmapension", "Gruppeliv"])  # fmt: skip
        rec["arbejdsgiver"] = employer
        rec["indbetaling_aar"] = f"{r.randint(6, 120) * 1000:,}".replace(",", ".") + ",00"
        rec["oprettet"] = (TODAY - dt.timedelta(days=r.randrange(60, 9000))).isoformat()
        sp = [q for q in p["hh"]["members"] if q is not p and not q["kid"]]
        if sp and r.random() < 0.45:
            q = sp[0]
            rec["begunstiget"] = f"{q['given'][q['used']]} {q['last']}"
        elif r.random() < 0.3:
            rec["begunstiget"] = r.choice(["Nærmeste pårørende", "Ægtefælle/samlever", "Børn"])
        self.rows.append(rec)

    def pan(self):
        bins = ["5413 33", "5168 74", "4920 18", "4581 20"]
        return self.unique(lambda: f"{self.rnd.choice(bins)}** **** {self.digits(4)}")

    def rec_card(self, p, addr, pan, kind, principal=None):
        r = self.rnd
        rec = self.base(p, "kortti")
        rec["henkilötunnus"] = self.hetu_str(p)
        rec["etunimet"] = self.letters(
            self.typo(self.given_str(p, "all" if r.random() < 0.72 else "used"), 0.015), 0.05, p
        )
        rec["sukunimi"] = self.letters(self.typo(self.last_str(p, False), 0.015), 0.05, p)
        if r.random() < 0.1:
            rec["etunimet"], rec["sukunimi"] = rec["etunimet"].upper(), rec["sukunimi"].upper()
        rec["katuosoite"] = self.street_for(addr, p)
        rec["postinumero"] = self.pc_str(addr, "FI")
        rec["postitoimipaikka"] = self.town_str(addr, p, "FI")
        src = p
        if principal is not None and r.random() < 0.5:
            src = principal  # the supplementary card on the principal's contacts
        land = self.landline_of(addr)
        m = self.mobile_of(src, "FI")
        ph = m if m and (not land or r.random() < 0.8) else land
        if ph and r.random() < 0.9:
            rec["puhelin"] = self.phone_str(ph, "FI")
        e = self.email_of(src)
        if e and r.random() < 0.75:
            rec["sähköposti"] = self.email_str(e, typed=True)
        rec["kortinnumero"] = pan
        rec["korttityyppi"] = kind
        rec["luottoraja"] = (
            f"{r.choice([500, 1000, 1500, 2000, 3000, 5000, 8000, 10000]):,}".replace(",", " ")
        )
        d = TODAY - dt.timedelta(days=r.randrange(30, 5000))
        rec["avattu"] = f"{d.day}.{d.month}.{d.year}"
        self.rows.append(rec)

    def handle(self, p):
        r = self.rnd
        f = ascii_lower(p["given"][p["used"]], p["fold_style"])
        ln = ascii_lower(p["last"].split(" ")[-1].split("-")[0], p["fold_style"])
        while True:
            h = r.choice([f"{f}.{ln}", f"{f}{ln[0]}", f"{f[0]}{ln}", f"{f}{p['dob'].year % 100:02d}",
                          f"{f}_{ln[:3]}", f"{ln}{f[0]}"])  # fmt: skip
            if r.random() < 0.3:
                h += str(r.randint(1, 99))
            if h not in self.handles:
                self.handles.add(h)
                return h

    def rec_login(self, p, email, mobile, country):
        r = self.rnd
        rec = self.base(p, "login")
        x = r.random()
        if country == "SE" and "SE" in p["ids"] and x < 0.12:
            rec["username"] = self.pnr_str(p, "SE", system="login")
        elif email and x < 0.5:
            rec["username"] = email.lower()
        else:
            rec["username"] = self.handle(p)
        rec["email"] = self.email_str(email) if email else None
        if mobile and r.random() < 0.85:
            rec["phone"] = self.phone_str(mobile, country, e164=r.random() < 0.85)
        f = p["given"][p["used"]]
        ln = self.last_str(p, False)
        y = r.random()
        if y < 0.45:
            dn = f"{f} {ln}"
        elif y < 0.6:
            dn = f"{f} {ln[0]}."
        elif y < 0.72:
            dn = f
        elif y < 0.77:
            dn = f"{f} {ln}".lower()
        elif y < 0.82:
            dn = " ".join(p["given"]) + " " + ln
        else:
            dn = None
        rec["display_name"] = self.letters(self.typo(dn, 0.02), 0.1, p)
        bank_id = country in ("SE", "NO") and r.random() < 0.85
        rec["bankid_verified"] = (
            r.choice(["true", "1", "True"]) if bank_id else r.choice(["false", "0", "false"])
        )
        rec["locale"] = {"SE": "sv-SE", "NO": "nb-NO", "DK": "da-DK", "FI": "fi-FI"}[country]
        if p["culture"] == "FS" and country == "FI":
            rec["locale"] = "sv-FI"
        c = TODAY - dt.timedelta(days=r.randrange(30, 3500), seconds=r.randrange(86400))
        rec["created_at"] = (
            c.isoformat(timespec="seconds")
            if isinstance(c, dt.datetime)
            else f"{c}T{r.randint(6, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        )
        ll = TODAY - dt.timedelta(days=r.randrange(0, 400))
        rec["last_login"] = (
            f"{ll}T{r.randint(6, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        )
        self.rows.append(rec)

    def household_records(self, hh):
        r = self.rnd
        members = hh["members"]
        origin = hh["country"]
        now = hh["abroad"] or origin
        adults = [p for p in members if not p["kid"]]
        # Sweden: core banking, for those who live there and Swedes abroad who kept their account
        for p in members:
            if "SE" not in p["ids"] or (p["kid"] and r.random() < 0.5):
                continue
            if r.random() > (0.93 if now == "SE" else 0.8):
                continue
            if now != "SE" and r.random() < 0.5:
                self.rec_core(p, addr=hh["addrs"][-1], old=True)  # never told the bank
            else:
                self.rec_core(p)
            if r.random() < 0.4:  # a second customer number: a merged bank's, another branch's
                self.rec_core(p, old=True)
        # Norway: the household's policies, a row for each person on one
        if now == "NO" and adults:
            addrs = [hh["abroad_addr"]] if hh["abroad"] else hh["addrs"]
            holder = adults[0] if r.random() < 0.7 or len(adults) == 1 else adults[1]
            others = [q for q in members if q is not holder]
            if r.random() < 0.9:
                k = r.choices([1, 2, 3, 4], [0.15, 0.35, 0.3, 0.2])[0]
                for prod in r.sample(
                    ["Innbo", "Bil", "Reise", "Hus", "Ulykke", "Barneforsikring"], k
                ):
                    a = addrs[-1] if r.random() < 0.7 else addrs[0]
                    if prod in ("Innbo", "Reise", "Hus", "Ulykke"):
                        co = [q for q in others if r.random() < 0.8]
                    elif prod == "Barneforsikring":
                        co = [q for q in others if q["kid"]]
                        if not co:
                            continue
                    else:
                        co = []
                    self.rec_policy(holder, co, prod, a)
                if len(adults) > 1 and r.random() < 0.35:  # the partner's own car
                    self.rec_policy(
                        adults[1] if holder is adults[0] else adults[0], [], "Bil", addrs[-1]
                    )
        elif origin == "NO" and adults and r.random() < 0.3:  # an old policy, not yet ended
            self.rec_policy(adults[0], [], "Reise", hh["addrs"][-1])
        # Denmark: pension schemes; Swedes who commute over the bridge; Danes abroad keep theirs
        for p in adults:
            if "DK" not in p["ids"]:
                continue
            if (now == "DK" and r.random() < 0.86) or p.get("commuter") or origin == "DK":
                a = self.current_addr(p, stale=0.3)
                if origin == "DK" and hh["abroad"] and r.random() < 0.5:
                    a = hh["addrs"][-1]
                self.rec_pension(p, a, r.choice(EMPLOYERS))
                for _ in range(r.choices([0, 1, 2], [0.3, 0.45, 0.25])[0]):  # earlier employers
                    self.rec_pension(
                        p, hh["addrs"][0] if r.random() < 0.5 else a, r.choice(EMPLOYERS)
                    )
        # Finland: cards, a spouse's supplementary card, re-issued cards
        if "FI" in (now, origin) and adults:
            principal = adults[0]
            for p in adults:
                if now != "FI" and r.random() < 0.5:
                    continue
                addr_now = (
                    hh["abroad_addr"] if now != "FI" and r.random() < 0.4 else hh["addrs"][-1]
                )
                if r.random() < 0.9:
                    a = addr_now if r.random() < 0.75 else hh["addrs"][0]
                    kind = r.choice(
                        ["Mastercard Gold", "Visa Credit", "Mastercard Debit", "Visa Platinum"]
                    )
                    self.rec_card(p, a, self.pan(), kind)
                    for _ in range(r.choices([0, 1, 2], [0.4, 0.4, 0.2])[0]):
                        # a debit card beside the credit card, or one re-issued
                        self.rec_card(p, addr_now, self.pan(), kind)
                elif p is not principal and r.random() < 0.6:
                    self.rec_card(p, addr_now, self.pan(), "Rinnakkaiskortti", principal=principal)
        # the group's web and app login
        for p in members:
            if p["kid"] and p["dob"].year > 2011:
                continue
            if r.random() < 0.86:
                e = self.email_of(p) or (hh["family_email"] if r.random() < 0.5 else None)
                self.rec_login(p, e, self.mobile_of(p, now), now)
                if len(p["emails"]) > 1 and r.random() < 0.5:
                    self.rec_login(p, p["emails"][0], self.mobile_of(p, late=False), origin)
                elif r.random() < 0.25:  # the insurance portal's login before the merger
                    self.rec_login(p, e, self.mobile_of(p, late=False), origin)
        seen = {x["_pid"] for x in self.rows[-60:]}
        for p in adults:  # nobody in no system at all: a login, or a core-banking customer
            if p["pid"] not in seen:
                if now == "SE":
                    self.rec_core(p)
                else:
                    self.rec_login(p, self.email_of(p), self.mobile_of(p), now)

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for hh in self.households:
            self.household_records(hh)
        df = (
            pd.DataFrame(self.rows)
            .sample(frac=1, random_state=r.randrange(10**6))
            .reset_index(drop=True)
        )
        df.insert(0, "rad_id", [f"R{i:06d}" for i in range(len(df))])
        cols = ["rad_id", "kildesystem", "kundnr", "personnummer", "förnamn", "tilltalsnamn", "efternamn",
                "utdelningsadress", "c/o-adress", "postnummer", "postort", "land", "telefon", "mobil",
                "epost", "kontonummer", "kund_sedan", "segment",
                "polisenr", "rolle", "fødselsnummer", "fornavn", "mellomnavn", "etternavn", "adresse",
                "postnr", "poststed", "mobilnummer", "e-post", "produkt", "årspremie", "startdato",
                "rådgiver",
                "cpr_nr", "navn", "by", "tlf", "ordning", "arbejdsgiver", "indbetaling_aar", "oprettet",
                "begunstiget",
                "henkilötunnus", "etunimet", "sukunimi", "katuosoite", "postinumero", "postitoimipaikka",
                "puhelin", "sähköposti", "kortinnumero", "korttityyppi", "luottoraja", "avattu",
                "username", "email", "phone", "display_name", "bankid_verified", "locale", "created_at",
                "last_login", "_pid"]  # fmt: skip
        return df.reindex(columns=cols)  # a system's columns missing from the frame: empty


def nordic(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Nordic.frame(persons, seed, "rad_id")
