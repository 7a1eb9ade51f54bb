"""An Irish and British bank, energy and telecoms group's customers in Ireland and the UK's Celtic
nations (the Republic, Northern Ireland, Scotland and Wales): five systems stacked in one file
(a ``system`` column naming the system; a column of the same name in two systems is one column).

* Irish bank (``IE_BANK``), a core system, one row per account (a customer typed again for a
  second account): ``Customer No``, ``Title``, ``Forename``, ``Surname`` (fadas kept or dropped,
  ``O'Sullivan`` / ``O Sullivan`` / ``OSullivan`` / ``O’Sullivan``, ``McCarthy`` /
  ``Mc Carthy`` / ``MacCarthy``, in capitals on old rows, ``Snr``/``Jnr`` now and then),
  ``PPSN`` (seven digits, a mod-23 check letter and, since 2013, a second letter ``A``:
  ``1234567FA``, ``1234567T``, ``1234567 T``; a married woman's of old is her husband's with a
  ``W``, ``1234567TW``), ``Date of Birth`` (``14/03/1985``), ``Address Line 1`` /
  ``Address Line 2`` / ``Town`` / ``County`` (``12 Main St``, ``Ballyglass House``,
  ``Knockmore``, ``Co. Mayo``, ``Dublin 6``), ``Eircode`` (``D06 X285``, ``d06x285``),
  ``Home Phone`` (a household's landline, ``(094) 936 1234``, ``094 9361234``; a Northern
  Ireland landline as dialled from the Republic, ``048 9066 1234``), ``Mobile`` (``087
  1234567``, ``+353 87 123 4567``, ``00353871234567``, a Northern Irish customer's ``+44 7700
  900123``), ``Email`` and ``Joint Account Holder`` (a spouse's whole name: someone else).
* Irish public-service portal (``TAIRSEACH``), in Irish: ``Céadainm``, ``Sloinne`` (an Irish
  speaker's names in Irish: Seán Ó Súilleabháin for John O'Sullivan, Máire Ní Bhriain for Mary
  O'Brien, women's Ní/Nic with lenition where men have Ó/Mac, a married woman Bean Uí Bhriain or
  Uí Bhriain; fadas dropped now and then), ``Uimhir PSP`` (the PPSN), ``Dáta Breithe``
  (``14/03/1985``, ``14 Márta 1985``), ``Seoladh`` (in one line, in English or with the places'
  Irish names: ``An Bóthar Nua, Béal an Átha, Co. Mhaigh Eo``), ``Éirchód``, ``Uimhir
  Ghutháin``, ``Ríomhphost``, ``Sloinne na Máthar roimh phósadh`` (the mother's maiden name:
  siblings share it) and ``Ainm an Athar`` (the father's name).
* UK energy supplier (``UK_ENERGY``): ``Account Number``, ``Title``, ``First name``, ``Last
  name``, ``NI number`` (``QQ 12 34 56 C``, ``QQ123456C``; a temporary ``TN`` number of old, the
  birth date and the sex: ``TN 14 03 85 M``), ``DOB`` (``14/03/1985``, ``1985-03-14``),
  ``Supply address`` (one line: ``Flat 2/1, 14 Byres Road, Glasgow``, ``Tŷ Gwyn, Llanberis``),
  ``Postcode`` (``BT9 6AA``, ``eh11yz``, ``CF10 3AT``), ``MPAN`` (the meter's thirteen-digit core
  with its check digit: a household's, passed to the next occupant), ``Phone``, ``Mobile``,
  ``Email``, ``Nominee name`` / ``Nominee phone`` (a relative who may speak for the customer).
* Welsh council (``CYNGOR``), in Welsh: ``Rhif cyfrif``, ``Teitl``, ``Enw cyntaf`` (a Welsh
  speaker's Welsh form: Dafydd for David, Siôn for John; middle names, ``Gareth Wyn``),
  ``Cyfenw``, ``Dyddiad geni`` (``14/03/1985``, ``14 Mawrth 1985``), ``Cyfeiriad`` (the
  address with Welsh names: ``12 Heol y Frenhines, Caerdydd`` for ``12 Queen Street, Cardiff``),
  ``Cod post``, ``Rhif ffôn``, ``Ffôn symudol``, ``E-bost``, ``Iaith`` and ``Preswylydd arall``
  (the other adult liable at the address: someone else).
* Mobile operator's care desk (``MOBILE_CARE``), both sides of the border: ``Ticket``,
  ``Customer name`` in one box (``Seán Murphy``, ``MURPHY, SEAN``, ``Mrs M O'Brien``, ``Dai
  Jones``, a nickname: ``Paddy``, ``Rab``, ``Liz``, names heard on the phone: ``Shaun``,
  ``Kieran``), ``Contact number`` (the customer's mobile, or the home landline), ``Alt number``
  (a second line: a Northern Irish customer's ``+353`` one beside the ``+44``), ``Email``,
  ``DOB`` (``14-Mar-1985`` now and then), ``Postcode`` (a UK postcode or an Eircode) and
  ``Account holder`` (the bill payer where the line is a child's or a spouse's: someone else).

Names: Irish given names in English or Irish (John/Seán, Mary/Máire, Patrick/Pádraig) with their
fadas kept or dropped, surnames with O'/Ó and Mac/Mc written every way and in their Irish forms
(Ó Súilleabháin, Ní Shúilleabháin, Bean Uí Shúilleabháin); Ulster-Scots names in Northern
Ireland (Wilson, Campbell, Smyth); Scottish Mac names (MacDonald, McDonald, Macdonald) and
nicknames (Rab, Sandy); Welsh names in Welsh and English forms (Dafydd/David, Siôn/John,
Siân/Jane) and middle names, with very few surnames (Jones, Williams, Davies, Evans) so that
names alone collide a lot; fathers and sons of one name (``Snr``/``Jnr`` or nothing).

What makes it hard: very common names, many namesakes per town; a person's names in English in
one system and in Irish or Welsh in another; women's Irish surnames unlike their husbands' and
brothers'; households on one landline, address, Eircode, meter and family e-mail; fathers and
sons at one address; farms named not numbered; Northern Irish customers with ``+44`` and ``+353``
numbers and landlines dialled as ``048``; an old married woman's PPSN her husband's with a ``W``;
temporary NI numbers; the place names of an address in two languages; someone else's names and
numbers (joint holders, nominees, bill payers, other residents, parents); typos and gaps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd

from check_digits import mpan_digit, ppsn_letter
from draws import TODAY, Draws, wpick

#: Irish given names: (as registered, its Irish form, weight).
IE_M = [
    ("John", "Seán", 30), ("Seán", "Seán", 22), ("Patrick", "Pádraig", 25), ("Pádraig", "Pádraig", 6),
    ("Michael", "Mícheál", 25), ("James", "Séamus", 18), ("Séamus", "Séamus", 6), ("Thomas", "Tomás", 12),
    ("William", "Liam", 6), ("Liam", "Liam", 10), ("Declan", "Deaglán", 8), ("Ciarán", "Ciarán", 9),
    ("Conor", "Conchúr", 12), ("Eoin", "Eoin", 8), ("Cian", "Cian", 6), ("Darragh", "Dara", 6),
    ("Brendan", "Breandán", 7), ("Denis", "Donncha", 5), ("Dónal", "Dónall", 6), ("Gerard", "Gearóid", 6),
    ("Kevin", "Caoimhín", 8), ("Niall", "Niall", 6), ("Oisín", "Oisín", 5), ("Colm", "Colm", 5),
    ("Joseph", "Seosamh", 9), ("Peter", "Peadar", 5), ("Martin", "Máirtín", 6), ("Daniel", "Dónall", 6),
    ("Dermot", "Diarmuid", 4), ("Diarmuid", "Diarmuid", 3), ("Tadhg", "Tadhg", 3),
]  # fmt: skip
IE_F = [
    ("Mary", "Máire", 28), ("Máire", "Máire", 5), ("Margaret", "Mairéad", 12), ("Mairéad", "Mairéad", 5),
    ("Catherine", "Caitríona", 10), ("Bridget", "Bríd", 6), ("Bríd", "Bríd", 4), ("Siobhán", "Siobhán", 10),
    ("Aoife", "Aoife", 12), ("Niamh", "Niamh", 12), ("Sinéad", "Sinéad", 9), ("Orla", "Orlaith", 7),
    ("Ciara", "Ciara", 9), ("Deirdre", "Deirdre", 6), ("Gráinne", "Gráinne", 5), ("Áine", "Áine", 6),
    ("Anne", "Áine", 10), ("Eileen", "Eibhlín", 6), ("Nora", "Nóra", 5), ("Róisín", "Róisín", 6),
    ("Sarah", "Sorcha", 9), ("Emma", "Emma", 8), ("Aisling", "Aisling", 7), ("Clodagh", "Clodagh", 4),
    ("Elizabeth", "Eilís", 6), ("Caoimhe", "Caoimhe", 5), ("Ellen", "Eibhlín", 3),
]  # fmt: skip
#: Irish surnames: (key, {family spellings: weight}, Irish man's, woman's, married woman's form, weight).
IE_SN = [
    ("Murphy", {"Murphy": 1}, "Ó Murchú", "Ní Mhurchú", "Uí Mhurchú", 40),
    ("Kelly", {"Kelly": 1}, "Ó Ceallaigh", "Ní Cheallaigh", "Uí Cheallaigh", 30),
    ("O'Sullivan", {"O'Sullivan": 85, "Sullivan": 15}, "Ó Súilleabháin", "Ní Shúilleabháin", "Uí Shúilleabháin", 28),
    ("Walsh", {"Walsh": 90, "Welsh": 10}, "Breathnach", "Bhreathnach", "Bhreathnach", 25),
    ("Smith", {"Smith": 1}, "Mac Gabhann", "Nic Gabhann", "Mhic Gabhann", 20),
    ("O'Brien", {"O'Brien": 95, "Brien": 5}, "Ó Briain", "Ní Bhriain", "Uí Bhriain", 22),
    ("Byrne", {"Byrne": 80, "O'Byrne": 20}, "Ó Broin", "Ní Bhroin", "Uí Bhroin", 22),
    ("Ryan", {"Ryan": 1}, "Ó Riain", "Ní Riain", "Uí Riain", 20),
    ("O'Connor", {"O'Connor": 85, "Connor": 10, "O'Conor": 5}, "Ó Conchúir", "Ní Chonchúir", "Uí Chonchúir", 20),
    ("O'Neill", {"O'Neill": 90, "Neill": 10}, "Ó Néill", "Ní Néill", "Uí Néill", 16),
    ("O'Reilly", {"O'Reilly": 60, "Reilly": 40}, "Ó Raghallaigh", "Ní Raghallaigh", "Uí Raghallaigh", 14),
    ("Doyle", {"Doyle": 1}, "Ó Dúill", "Ní Dhúill", "Uí Dhúill", 14),
    ("McCarthy", {"McCarthy": 85, "MacCarthy": 15}, "Mac Cárthaigh", "Nic Cárthaigh", "Mhic Cárthaigh", 14),
    ("Gallagher", {"Gallagher": 90, "Gallacher": 10}, "Ó Gallchóir", "Ní Ghallchóir", "Uí Ghallchóir", 13),
    ("Doherty", {"Doherty": 70, "O'Doherty": 30}, "Ó Dochartaigh", "Ní Dhochartaigh", "Uí Dhochartaigh", 13),
    ("Kennedy", {"Kennedy": 1}, "Ó Cinnéide", "Ní Chinnéide", "Uí Chinnéide", 11),
    ("Lynch", {"Lynch": 1}, "Ó Loingsigh", "Ní Loingsigh", "Uí Loingsigh", 11),
    ("Murray", {"Murray": 1}, "Ó Muirí", "Ní Mhuirí", "Uí Mhuirí", 10),
    ("Quinn", {"Quinn": 1}, "Ó Cuinn", "Ní Chuinn", "Uí Chuinn", 10),
    ("Moore", {"Moore": 1}, "Ó Mórdha", "Ní Mhórdha", "Uí Mhórdha", 9),
    ("McLoughlin", {"McLoughlin": 70, "McLaughlin": 30}, "Mac Lochlainn", "Nic Lochlainn", "Mhic Lochlainn", 9),
    ("Carroll", {"Carroll": 70, "O'Carroll": 30}, "Ó Cearbhaill", "Ní Chearbhaill", "Uí Chearbhaill", 9),
    ("Connolly", {"Connolly": 1}, "Ó Conghaile", "Ní Chonghaile", "Uí Chonghaile", 9),
    ("Daly", {"Daly": 85, "Daley": 15}, "Ó Dálaigh", "Ní Dhálaigh", "Uí Dhálaigh", 9),
    ("O'Connell", {"O'Connell": 1}, "Ó Conaill", "Ní Chonaill", "Uí Chonaill", 9),
    ("Brennan", {"Brennan": 1}, "Ó Braonáin", "Ní Bhraonáin", "Uí Bhraonáin", 8),
    ("Burke", {"Burke": 90, "Bourke": 10}, "de Búrca", "de Búrca", "de Búrca", 8),
    ("Collins", {"Collins": 1}, "Ó Coileáin", "Ní Choileáin", "Uí Choileáin", 8),
    ("Fitzgerald", {"Fitzgerald": 85, "FitzGerald": 15}, "Mac Gearailt", "Nic Gearailt", "Mhic Gearailt", 7),
    ("Maguire", {"Maguire": 90, "McGuire": 10}, "Mag Uidhir", "Nig Uidhir", "Mhig Uidhir", 7),
    ("Sweeney", {"Sweeney": 70, "McSweeney": 30}, "Mac Suibhne", "Nic Shuibhne", "Mhic Shuibhne", 6),
    ("O'Donnell", {"O'Donnell": 1}, "Ó Dónaill", "Ní Dhónaill", "Uí Dhónaill", 8),
    ("Duffy", {"Duffy": 1}, "Ó Dubhthaigh", "Ní Dhubhthaigh", "Uí Dhubhthaigh", 7),
    ("O'Shea", {"O'Shea": 85, "Shea": 15}, "Ó Sé", "Ní Shé", "Uí Shé", 6),
    ("McGrath", {"McGrath": 90, "Magrath": 10}, "Mac Craith", "Nic Craith", "Mhic Craith", 7),
    ("Power", {"Power": 1}, "de Paor", "de Paor", "de Paor", 6),
    ("Kavanagh", {"Kavanagh": 85, "Cavanagh": 15}, "Caomhánach", "Chaomhánach", "Chaomhánach", 6),
    ("Boyle", {"Boyle": 85, "O'Boyle": 15}, "Ó Baoill", "Ní Bhaoill", "Uí Bhaoill", 7),
    ("Brady", {"Brady": 1}, "Mac Brádaigh", "Nic Bhrádaigh", "Mhic Bhrádaigh", 6),
    ("Hughes", {"Hughes": 1}, "Ó hAodha", "Ní Aodha", "Uí Aodha", 6),
    ("Nolan", {"Nolan": 1}, "Ó Nualláin", "Ní Nualláin", "Uí Nualláin", 6),
    ("O'Mahony", {"O'Mahony": 60, "Mahony": 25, "Mahoney": 15}, "Ó Mathúna", "Ní Mhathúna", "Uí Mhathúna", 6),
    ("Flynn", {"Flynn": 1}, "Ó Floinn", "Ní Fhloinn", "Uí Fhloinn", 6),
    ("Healy", {"Healy": 1}, "Ó hÉalaithe", "Ní Éalaithe", "Uí Éalaithe", 5),
]  # fmt: skip
#: Ulster-Scots given names and surnames (Northern Ireland's other half).
UL_M = [("William", 20), ("Robert", 16), ("David", 16), ("James", 16), ("Samuel", 10), ("John", 14),
        ("Andrew", 10), ("Stephen", 8), ("Mark", 8), ("Gary", 6), ("Alan", 6), ("Trevor", 4)]  # fmt: skip
UL_F = [("Elizabeth", 14), ("Margaret", 14), ("Ruth", 8), ("Hannah", 8), ("Karen", 8), ("Lynn", 6),
        ("Gillian", 6), ("Joanne", 6), ("Sarah", 10), ("Rebecca", 8), ("Emma", 8), ("Heather", 5)]  # fmt: skip
UL_SN = [
    ("Wilson", {"Wilson": 1}, 20), ("Campbell", {"Campbell": 1}, 16), ("Thompson", {"Thompson": 80, "Thomson": 20}, 16),
    ("Johnston", {"Johnston": 70, "Johnstone": 30}, 14), ("Robinson", {"Robinson": 1}, 12),
    ("Stewart", {"Stewart": 85, "Stuart": 15}, 12), ("Smyth", {"Smyth": 70, "Smith": 30}, 12),
    ("Patterson", {"Patterson": 80, "Paterson": 20}, 10), ("Graham", {"Graham": 1}, 10),
    ("Hamilton", {"Hamilton": 1}, 10), ("McKee", {"McKee": 85, "MacKee": 15}, 8), ("Irvine", {"Irvine": 80, "Irwin": 20}, 7),
    ("Bell", {"Bell": 1}, 8), ("Gibson", {"Gibson": 1}, 6), ("Kerr", {"Kerr": 1}, 6), ("Armstrong", {"Armstrong": 1}, 7),
    ("Ferguson", {"Ferguson": 1}, 6), ("McCullough", {"McCullough": 70, "McCulloch": 30}, 6), ("Boyd", {"Boyd": 1}, 5),
]  # fmt: skip
#: Scottish given names: (as registered, {spellings: weight}, weight) and surnames.
SC_M = [
    ("John", {"John": 1}, 14), ("James", {"James": 1}, 14), ("David", {"David": 1}, 12), ("Robert", {"Robert": 1}, 12),
    ("William", {"William": 1}, 10), ("Andrew", {"Andrew": 1}, 10), ("Alexander", {"Alexander": 1}, 10),
    ("Thomas", {"Thomas": 1}, 6), ("Iain", {"Iain": 60, "Ian": 40}, 10), ("Callum", {"Callum": 80, "Calum": 20}, 8),
    ("Ross", {"Ross": 1}, 6), ("Craig", {"Craig": 1}, 7), ("Scott", {"Scott": 1}, 6), ("Stuart", {"Stuart": 70, "Stewart": 30}, 7),
    ("Euan", {"Euan": 50, "Ewan": 35, "Ewen": 15}, 6), ("Ruaridh", {"Ruaridh": 40, "Ruairidh": 30, "Rory": 30}, 4),
    ("Hamish", {"Hamish": 1}, 3), ("Angus", {"Angus": 1}, 4), ("Fraser", {"Fraser": 1}, 4), ("Kenneth", {"Kenneth": 1}, 5),
]  # fmt: skip
SC_F = [
    ("Margaret", {"Margaret": 1}, 12), ("Mary", {"Mary": 1}, 8), ("Elizabeth", {"Elizabeth": 1}, 8),
    ("Catherine", {"Catherine": 70, "Katherine": 30}, 8), ("Fiona", {"Fiona": 1}, 9), ("Morag", {"Morag": 1}, 5),
    ("Isla", {"Isla": 1}, 6), ("Eilidh", {"Eilidh": 1}, 7), ("Mhairi", {"Mhairi": 80, "Vari": 20}, 5),
    ("Kirsty", {"Kirsty": 75, "Kirstie": 25}, 8), ("Shona", {"Shona": 1}, 5), ("Lorna", {"Lorna": 1}, 5),
    ("Ailsa", {"Ailsa": 1}, 4), ("Rachel", {"Rachel": 1}, 6), ("Emma", {"Emma": 1}, 7), ("Karen", {"Karen": 1}, 7),
    ("Jennifer", {"Jennifer": 1}, 6), ("Catriona", {"Catriona": 80, "Katrina": 20}, 5),
]  # fmt: skip
SC_SN = [
    ("Smith", {"Smith": 1}, 24), ("Brown", {"Brown": 1}, 18), ("Wilson", {"Wilson": 1}, 16), ("Campbell", {"Campbell": 1}, 14),
    ("Stewart", {"Stewart": 1}, 14), ("Thomson", {"Thomson": 80, "Thompson": 20}, 13), ("Robertson", {"Robertson": 1}, 13),
    ("Anderson", {"Anderson": 1}, 12), ("MacDonald", {"MacDonald": 40, "McDonald": 45, "Macdonald": 15}, 14),
    ("Scott", {"Scott": 1}, 10), ("Reid", {"Reid": 1}, 10), ("Murray", {"Murray": 1}, 9), ("Taylor", {"Taylor": 1}, 9),
    ("Clark", {"Clark": 80, "Clarke": 20}, 8), ("Ross", {"Ross": 1}, 8), ("Watson", {"Watson": 1}, 7),
    ("Morrison", {"Morrison": 1}, 7), ("Paterson", {"Paterson": 80, "Patterson": 20}, 7), ("Young", {"Young": 1}, 6),
    ("Mitchell", {"Mitchell": 1}, 6), ("Fraser", {"Fraser": 80, "Frazer": 20}, 6),
    ("MacLeod", {"MacLeod": 50, "McLeod": 40, "Macleod": 10}, 8), ("MacKenzie", {"MacKenzie": 40, "McKenzie": 40, "Mackenzie": 20}, 8),
    ("Mackay", {"Mackay": 50, "MacKay": 30, "McKay": 20}, 6), ("MacLean", {"MacLean": 45, "McLean": 45, "Maclean": 10}, 6),
    ("MacGregor", {"MacGregor": 50, "McGregor": 50}, 5), ("Henderson", {"Henderson": 1}, 5), ("Kerr", {"Kerr": 1}, 5),
]  # fmt: skip
#: Welsh given names: (as registered, its Welsh form, weight); middle names.
CY_M = [
    ("David", "Dafydd", 20), ("Dafydd", "Dafydd", 10), ("John", "Siôn", 18), ("Siôn", "Siôn", 4), ("Ioan", "Ioan", 6),
    ("Gareth", "Gareth", 10), ("Rhys", "Rhys", 12), ("Huw", "Huw", 7), ("Hugh", "Huw", 3), ("Owain", "Owain", 6),
    ("Owen", "Owain", 5), ("Aled", "Aled", 5), ("Gwyn", "Gwyn", 5), ("Emyr", "Emyr", 4), ("Rhodri", "Rhodri", 5),
    ("Iwan", "Iwan", 4), ("Gethin", "Gethin", 5), ("Dylan", "Dylan", 7), ("Evan", "Ifan", 4), ("Llŷr", "Llŷr", 2),
    ("Geraint", "Geraint", 5), ("Thomas", "Tomos", 6), ("William", "Gwilym", 6), ("Richard", "Rhisiart", 4),
    ("Peter", "Pedr", 3), ("Michael", "Mihangel", 3),
]  # fmt: skip
CY_F = [
    ("Siân", "Siân", 8), ("Jane", "Siân", 6), ("Mair", "Mair", 6), ("Mary", "Mair", 6), ("Catrin", "Catrin", 8),
    ("Catherine", "Catrin", 5), ("Angharad", "Angharad", 6), ("Eleri", "Eleri", 5), ("Nia", "Nia", 8),
    ("Ffion", "Ffion", 8), ("Cerys", "Cerys", 7), ("Bethan", "Bethan", 8), ("Rhian", "Rhian", 8),
    ("Sioned", "Sioned", 5), ("Janet", "Sioned", 3), ("Elin", "Elin", 7), ("Helen", "Elin", 3), ("Megan", "Megan", 7),
    ("Lowri", "Lowri", 6), ("Carys", "Carys", 6), ("Gwen", "Gwen", 5), ("Gwenllian", "Gwenllian", 3),
    ("Llinos", "Llinos", 3), ("Margaret", "Marged", 4), ("Elizabeth", "Elisabeth", 4),
]  # fmt: skip
CY_MIDDLE_M = ["Wyn", "Glyn", "Rhys", "Llŷr", "Gwyn", "Prys", "Emlyn", "Huw"]
CY_MIDDLE_F = ["Mair", "Haf", "Elen", "Wyn", "Non", "Eleri", "Wen", "Angharad"]
CY_SN = [
    ("Jones", {"Jones": 1}, 45), ("Williams", {"Williams": 1}, 30), ("Davies", {"Davies": 90, "Davis": 10}, 28),
    ("Evans", {"Evans": 1}, 22), ("Thomas", {"Thomas": 1}, 20), ("Roberts", {"Roberts": 1}, 16), ("Lewis", {"Lewis": 1}, 12),
    ("Hughes", {"Hughes": 1}, 12), ("Morgan", {"Morgan": 1}, 10), ("Griffiths", {"Griffiths": 85, "Griffith": 15}, 10),
    ("Edwards", {"Edwards": 1}, 9), ("Owen", {"Owen": 80, "Owens": 20}, 9), ("Price", {"Price": 1}, 8),
    ("Jenkins", {"Jenkins": 1}, 7), ("Rees", {"Rees": 75, "Rhys": 15, "Reece": 10}, 7), ("Lloyd", {"Lloyd": 1}, 7),
    ("Morris", {"Morris": 1}, 6), ("Pritchard", {"Pritchard": 1}, 5), ("Powell", {"Powell": 1}, 5), ("Parry", {"Parry": 1}, 5),
    ("Bowen", {"Bowen": 1}, 4), ("Phillips", {"Phillips": 1}, 6), ("James", {"James": 1}, 5),
    ("Llewellyn", {"Llewellyn": 60, "Llewelyn": 25, "Llywelyn": 15}, 3), ("Vaughan", {"Vaughan": 1}, 3),
    ("Lloyd-Jones", {"Lloyd-Jones": 80, "Lloyd Jones": 20}, 2), ("Parry-Williams", {"Parry-Williams": 1}, 1),
]  # fmt: skip
#: What a given name goes by (a care desk's notes, a customer's own web form) and how it is heard.
NICKNAMES = {
    "John": ["Johnny", "Jack"], "Patrick": ["Pat", "Paddy"], "Michael": ["Mick", "Mike", "Micheal"],
    "James": ["Jim", "Jimmy", "Jamie"], "Thomas": ["Tom", "Tommy"], "William": ["Billy", "Bill", "Willie"],
    "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Peter": ["Pete"], "Gerard": ["Ger", "Gerry"],
    "Dermot": ["Derm"], "Denis": ["Dinny"], "Robert": ["Bob", "Robbie", "Rab"], "Samuel": ["Sammy", "Sam"],
    "Alexander": ["Alex", "Sandy", "Ally"], "Andrew": ["Andy", "Drew"], "Kenneth": ["Ken", "Kenny"],
    "David": ["Dave", "Davy", "Dai"], "Dafydd": ["Dai", "Dafs"], "Richard": ["Rich", "Dick"],
    "Margaret": ["Maggie", "Peggy", "Mags"], "Elizabeth": ["Liz", "Lizzie", "Betty", "Beth"],
    "Catherine": ["Kate", "Cathy", "Katie"], "Bridget": ["Bridie", "Biddy"], "Mary": ["Mae", "Molly"],
    "Jennifer": ["Jen", "Jenny"], "Rebecca": ["Becky"], "Gillian": ["Gill"], "Bethan": ["Beth"],
    "Seán": ["Shane"], "Séamus": ["Shay"], "Pádraig": ["Páidí"], "Gwenllian": ["Gwen"],
}  # fmt: skip
HEARD = {"Seán": "Shaun", "Ciarán": "Kieran", "Siobhán": "Shivaun", "Niamh": "Neeve", "Aoife": "Eefa",
         "Sinéad": "Shinead", "Pádraig": "Padraic", "Eoin": "Owen", "Siôn": "Shon", "Rhys": "Reece",
         "Sioned": "Shonet", "Dafydd": "Davydd", "Eilidh": "Ailie", "Caoimhe": "Keeva", "Gráinne": "Grania"}  # fmt: skip
#: Irish places: (town, Irish name, county, Irish county, Eircode routing keys, landline code, weight).
IE_TOWNS = [
    ("Dublin", "Baile Átha Cliath", "Dublin", "Bhaile Átha Cliath",
     ["D01", "D02", "D04", "D06", "D6W", "D07", "D08", "D09", "D11", "D12", "D15", "D24"], "01", 40),
    ("Cork", "Corcaigh", "Cork", "Chorcaí", ["T12", "T23"], "021", 12),
    ("Galway", "Gaillimh", "Galway", "na Gaillimhe", ["H91"], "091", 8),
    ("Limerick", "Luimneach", "Limerick", "Luimnigh", ["V94"], "061", 6),
    ("Ballina", "Béal an Átha", "Mayo", "Mhaigh Eo", ["F26"], "096", 4),
    ("Castlebar", "Caisleán an Bharraigh", "Mayo", "Mhaigh Eo", ["F23"], "094", 4),
    ("Claremorris", "Clár Chlainne Mhuiris", "Mayo", "Mhaigh Eo", ["F12"], "094", 3),
    ("Letterkenny", "Leitir Ceanainn", "Donegal", "Dhún na nGall", ["F92"], "074", 4),
    ("Gweedore", "Gaoth Dobhair", "Donegal", "Dhún na nGall", ["F92"], "074", 2),
    ("Killarney", "Cill Airne", "Kerry", "Chiarraí", ["V93"], "064", 3),
    ("Tralee", "Trá Lí", "Kerry", "Chiarraí", ["V92"], "066", 3),
    ("Dingle", "An Daingean", "Kerry", "Chiarraí", ["V92"], "066", 2),
    ("Ennis", "Inis", "Clare", "an Chláir", ["V95"], "065", 3),
    ("Sligo", "Sligeach", "Sligo", "Shligigh", ["F91"], "071", 3),
    ("Athlone", "Baile Átha Luain", "Westmeath", "na hIarmhí", ["N37"], "090", 3),
    ("Kilkenny", "Cill Chainnigh", "Kilkenny", "Chill Chainnigh", ["R95"], "056", 3),
    ("Drogheda", "Droichead Átha", "Louth", "Lú", ["A92"], "041", 3),
    ("Spiddal", "An Spidéal", "Galway", "na Gaillimhe", ["H91"], "091", 2),
]  # fmt: skip
IE_STREETS = [("Main Street", "An tSráid Mhór"), ("Church Street", "Sráid an Teampaill"),
              ("Bridge Street", "Sráid an Droichid"), ("Mill Road", "Bóthar an Mhuilinn"),
              ("Castle Street", "Sráid an Chaisleáin"), ("New Road", "An Bóthar Nua"),
              ("Ashgrove", "Ashgrove"), ("Oakwood Drive", "Oakwood Drive"), ("Cois Abhainn", "Cois Abhainn"),
              ("Páirc an Choill", "Páirc an Choill"), ("Sea Road", "Bóthar na Trá"), ("Green Road", "Bóthar Glas")]  # fmt: skip
TOWNLANDS = ["Ballyglass", "Knockmore", "Carrowbeg", "Derrylea", "Cloonfad", "Gortnahoe", "Rathmore",
             "Killeen", "Lisduff", "Drumkeen", "Ardnagreevagh", "Carrowkeel", "Moneen", "Tullyvin"]  # fmt: skip
HOUSE_NAMES = ["House", "Farm", "Lodge", "Cottage"]
#: UK places: (town, Welsh name, nation, postcode areas, landline code, weight).
UK_TOWNS = {
    "NI": [("Belfast", None, ["BT1", "BT5", "BT6", "BT7", "BT9", "BT12", "BT14", "BT15"], "028 90", 40),
           ("Derry", None, ["BT47", "BT48"], "028 71", 12), ("Newry", None, ["BT34", "BT35"], "028 30", 8),
           ("Enniskillen", None, ["BT74"], "028 66", 5), ("Omagh", None, ["BT78", "BT79"], "028 82", 5),
           ("Armagh", None, ["BT60", "BT61"], "028 37", 5), ("Ballymena", None, ["BT42", "BT43"], "028 25", 6)],
    "SCO": [("Glasgow", None, ["G1", "G3", "G11", "G12", "G20", "G31", "G41", "G42"], "0141", 35),
            ("Edinburgh", None, ["EH1", "EH3", "EH6", "EH7", "EH10", "EH11"], "0131", 25),
            ("Aberdeen", None, ["AB10", "AB11", "AB15", "AB24"], "01224", 10), ("Dundee", None, ["DD1", "DD2", "DD4"], "01382", 7),
            ("Inverness", None, ["IV2", "IV3"], "01463", 5), ("Stornoway", None, ["HS1"], "01851", 2),
            ("Perth", None, ["PH1", "PH2"], "01738", 4)],
    "WAL": [("Cardiff", "Caerdydd", ["CF10", "CF11", "CF14", "CF23", "CF24"], "029 20", 30),
            ("Swansea", "Abertawe", ["SA1", "SA2", "SA5"], "01792", 15), ("Newport", "Casnewydd", ["NP19", "NP20"], "01633", 10),
            ("Bangor", "Bangor", ["LL57"], "01248", 5), ("Aberystwyth", "Aberystwyth", ["SY23"], "01970", 5),
            ("Carmarthen", "Caerfyrddin", ["SA31"], "01267", 6), ("Wrexham", "Wrecsam", ["LL11", "LL13"], "01978", 7),
            ("Caernarfon", "Caernarfon", ["LL55"], "01286", 5)],
}  # fmt: skip
UK_STREETS = {
    "NI": [("Lisburn Road", None), ("Falls Road", None), ("Ormeau Road", None), ("Main Street", None),
           ("Church Street", None), ("Castle Street", None), ("Springfield Avenue", None), ("Strand Road", None)],
    "SCO": [("Byres Road", None), ("Great Western Road", None), ("Leith Walk", None), ("High Street", None),
            ("Main Street", None), ("Dumbarton Road", None), ("Union Street", None), ("Victoria Road", None)],
    "WAL": [("Queen Street", "Heol y Frenhines"), ("High Street", "Stryd Fawr"), ("Church Road", "Heol yr Eglwys"),
            ("Park Road", "Ffordd y Parc"), ("Mill Road", "Heol y Felin"), ("Bridge Street", "Stryd y Bont"),
            ("Station Road", "Ffordd yr Orsaf"), ("New Road", "Heol Newydd")],
}  # fmt: skip
CY_HOUSES = [
    "Tŷ Gwyn",
    "Bryn Awel",
    "Pen y Bryn",
    "Maes y Coed",
    "Bron Haul",
    "Glan yr Afon",
    "Hafod",
]
IRISH_MONTHS = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
                "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"]  # fmt: skip
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]  # fmt: skip
IE_MAIL = {
    "gmail.com": 45,
    "eircom.net": 12,
    "hotmail.com": 15,
    "yahoo.ie": 8,
    "outlook.ie": 8,
    "icloud.com": 6,
}
UK_MAIL = {"gmail.com": 40, "hotmail.co.uk": 15, "btinternet.com": 12, "yahoo.co.uk": 10, "outlook.com": 8,
           "sky.com": 6, "talktalk.net": 5}  # fmt: skip
GROUPS = {"IE": 42, "NI": 14, "SCO": 20, "WAL": 24}
#: NI number prefixes: neither letter D, F, I, Q, U or V, the second not O, nor BG, GB, KN, NK, NT, TN, ZZ.
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def fold(s: str) -> str:
    """Fadas and circumflexes dropped, as an English keyboard or an old system writes a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Celtic(Draws):
    SLIP_LETTERS = "aeiounrlh"

    # ------------------------------------------------------------ population
    def population(self) -> None:
        self.pid = 0
        while len(self.persons) < self.n:
            self.household(wpick(self.rnd, GROUPS))

    def pick(self, table: list) -> tuple:
        return self.rnd.choices(table, [t[-1] for t in table])[0]

    def given(self, group: str, sex: str) -> dict:
        """A given name: as registered, its Irish or Welsh form, the spellings heard, a middle name."""
        r = self.rnd
        if group == "IE":
            own, native, _ = self.pick(IE_M if sex == "M" else IE_F)
            return {"own": own, "native": native, "all": {own: 1}, "middle": None}
        if group == "NI":
            own, _ = self.pick(UL_M if sex == "M" else UL_F)
            return {"own": own, "native": own, "all": {own: 1}, "middle": None}
        if group == "SCO":
            key, spellings, _ = self.pick(SC_M if sex == "M" else SC_F)
            return {"own": wpick(r, spellings), "native": key, "all": spellings, "middle": None}
        own, native, _ = self.pick(CY_M if sex == "M" else CY_F)
        middle = r.choice(CY_MIDDLE_M if sex == "M" else CY_MIDDLE_F) if r.random() < 0.5 else None
        return {"own": own, "native": native, "all": {own: 1}, "middle": middle}

    def surname(self, group: str, irish: bool) -> dict:
        """A family's surname: its key, the family's own spelling, its Irish forms where it has them."""
        r = self.rnd
        if irish:
            key, spellings, m, f, married, _ = self.pick(IE_SN)
            return {"key": key, "own": wpick(r, spellings), "all": spellings, "ga": (m, f, married)}
        table = {"NI": UL_SN, "SCO": SC_SN, "WAL": CY_SN}[group]
        key, spellings, _ = self.pick(table)
        return {"key": key, "own": wpick(r, spellings), "all": spellings, "ga": None}

    def ie_home(self) -> dict:
        r = self.rnd
        town, ga_town, county, ga_county, keys, code, _ = self.pick(IE_TOWNS)
        rural = town != "Dublin" and r.random() < 0.4
        h = dict(country="IE", nation="IE", town=town, ga_town=ga_town, county=county, ga_county=ga_county,
                 code=code, rural=rural, district=None)  # fmt: skip
        key = r.choice(keys)
        if town == "Dublin":
            h["district"] = key[1:].lstrip("0") if key != "D6W" else "6W"
        h["eircode"] = self.unique(
            lambda: key + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        )
        if rural:
            land = r.choice(TOWNLANDS)
            h["townland"] = land
            h["house"] = f"{land} {r.choice(HOUSE_NAMES)}" if r.random() < 0.5 else None
            h["street"] = h["ga_street"] = h["number"] = None
        else:
            h["street"], h["ga_street"] = r.choice(IE_STREETS)
            h["number"] = str(r.randint(1, 120))
            h["townland"] = h["house"] = None
        return h

    def uk_home(self, nation: str) -> dict:
        r = self.rnd
        town, cy_town, areas, code, _ = self.pick(UK_TOWNS[nation])
        street, cy_street = r.choice(UK_STREETS[nation])
        area = r.choice(areas)
        pc = self.unique(
            lambda: (
                f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
        )
        flat = None
        if nation == "SCO" and r.random() < 0.45:
            flat = f"{r.randint(0, 3)}/{r.randint(1, 3)}"  # a Glasgow tenement's floor/door
        elif r.random() < 0.15:
            flat = str(r.randint(1, 12))
        house = r.choice(CY_HOUSES) if nation == "WAL" and r.random() < 0.15 else None
        return dict(country="UK", nation=nation, town=town, cy_town=cy_town or town, street=street,
                    cy_street=cy_street or street, number=None if house else str(r.randint(1, 250)), flat=flat,
                    house=house, postcode=pc, code=code, mpan=self.mpan(area))  # fmt: skip

    def mpan(self, area: str) -> str:
        """A meter's MPAN core: the distributor's two digits (Scotland's, Wales's, Northern Ireland's)."""
        r = self.rnd
        dist = {
            "B": "99",
            "G": "18",
            "E": "18",
            "A": "17",
            "D": "17",
            "I": "17",
            "H": "17",
            "P": "17",
        }.get(area[0], r.choice(["21", "13"]))
        body = self.unique(lambda: dist + self.digits(10))
        return body + mpan_digit(body)

    def home(self, group: str) -> dict:
        return self.ie_home() if group == "IE" else self.uk_home(group)

    def landline(self, h: dict) -> str:
        """A landline's national digits after the trunk 0."""
        code = h["code"].replace(" ", "").lstrip("0")
        return self.unique(
            lambda: code + self.digits((9 if h["country"] == "IE" else 10) - len(code))
        )

    def ie_mobile(self) -> str:
        return self.unique(lambda: self.rnd.choice(["83", "85", "86", "87", "89"]) + self.digits(7))

    def uk_mobile(self) -> str:
        return self.unique(lambda: "7" + self.rnd.choice(["700", "712", "713", "734", "747", "754", "766", "771",
                                                          "780", "791", "801", "825", "853", "881", "903", "932"])
                           + self.digits(6))  # fmt: skip

    def household(self, group: str) -> None:
        r = self.rnd
        home = self.home(group)
        irish = group == "IE" or (group == "NI" and r.random() < 0.55)
        landline = self.landline(home) if r.random() < (0.55 if group == "IE" else 0.4) else None
        kind = wpick(r, {"single": 30, "couple": 22, "family": 48})
        head_sex = "M" if kind != "single" else wpick(r, {"M": 50, "F": 50})
        sn = self.surname(group, irish)
        head = self.person(group, head_sex, self.dob(25, 85), home, landline, sn, irish)
        members = [head]
        wife = None
        if kind != "single":
            born = head["dob"] + dt.timedelta(days=r.randint(-3 * 365, 9 * 365))
            born = min(born, TODAY - dt.timedelta(days=20 * 365))
            wife = self.person(group, "F", born, home, landline, sn, irish)
            wife["maiden"] = self.surname(group, irish)
            # Most took their husband's name; younger women now and then kept their own.
            if (TODAY - wife["dob"]).days / 365.25 < 50 and r.random() < 0.25:
                wife["surname"] = wife["maiden"]
            else:
                wife["married"] = True
            # An old married woman's PPSN: her husband's with a W.
            if group == "IE" and wife["dob"].year < 1960 and head["ppsn"] and r.random() < 0.4:
                wife["ppsn"] = (head["ppsn"][0], head["ppsn"][1], "W")
            head["spouse"], wife["spouse"] = wife, head
            members.append(wife)
        if kind == "family":
            younger = max(head["dob"], wife["dob"])
            named_after = False
            for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                sex = r.choice("MF")
                born = younger + dt.timedelta(days=r.randint(20 * 365, 42 * 365))
                if born > TODAY - dt.timedelta(days=365):
                    continue
                kid = self.person(group, sex, born, home, landline, sn, irish)
                # One son of a family named after his father, now and then.
                if sex == "M" and not named_after and r.random() < 0.2:
                    named_after = True
                    kid["given"] = head["given"]
                    kid["suffix"], head["suffix"] = "Jnr", "Snr"
                kid["father"], kid["mother"] = head, wife
                members.append(kid)
        family_email = None
        if len(members) > 1 and r.random() < 0.25:
            stem = fold(sn["own"]).lower().replace("'", "").replace(" ", "")
            domain = wpick(r, IE_MAIL if group == "IE" else UK_MAIL)
            family_email = self.unique(lambda: f"{wpick(r, {'the': 30, '': 40, 'fam': 15})}{stem}"
                                               f"{wpick(r, {'s': 30, 'family': 30, '': 40})}{r.randint(1, 99)}@{domain}")  # fmt: skip
        for m in members:
            m["household"], m["family_email"] = members, family_email
        self.persons.extend(members)

    def person(self, group, sex, dob, home, landline, sn, irish) -> dict:
        r = self.rnd
        self.pid += 1
        age = (TODAY - dob).days / 365.25
        p = dict(pid=self.pid, group=group, sex=sex, dob=dob, home=home, landline=landline, surname=sn,
                 irish=irish, given=self.given("IE" if irish else group, sex), suffix=None,
                 spouse=None, father=None, mother=None, maiden=None, married=False)  # fmt: skip
        # The mother's maiden name as a birth certificate and an Irish form ask it.
        p["mother_maiden"] = self.surname(group, irish)
        # An Irish speaker writes their names in Irish on an Irish form; a Welsh speaker in Welsh.
        p["speaker"] = r.random() < (
            0.35 if group == "IE" else 0.1 if irish else 0.3 if group == "WAL" else 0
        )
        p["ppsn"] = None
        if group == "IE" or (group == "NI" and r.random() < 0.3):
            digits = self.unique(lambda: self.digits(7))
            second = "A" if dob.year >= 1995 and r.random() < 0.6 else ""
            p["ppsn"] = (digits, ppsn_letter(digits, second), second)
        p["nino"] = None
        if group != "IE" or r.random() < 0.05:
            p["nino"] = self.unique(
                lambda: (
                    r.choice(NINO_FIRST) + r.choice(NINO_SECOND) + self.digits(6) + r.choice("ABCD")
                )
            )
        # Mobiles: an Irish one, a British one, or (Northern Ireland) both.
        p["ie_mobile"] = (
            self.ie_mobile() if group == "IE" or (group == "NI" and r.random() < 0.35) else None
        )
        p["uk_mobile"] = self.uk_mobile() if group != "IE" else None
        if age < 12 or (age > 80 and r.random() < 0.5):
            p["ie_mobile"] = p["uk_mobile"] = None
        first = fold(p["given"]["own"]).lower().replace(" ", "")
        last = fold(sn["own"]).lower().replace("'", "").replace(" ", "").replace("-", "")
        p["email"] = None
        if age >= 14 and r.random() < (0.75 if age < 60 else 0.4):
            local = wpick(r, {f"{first}.{last}": 4, f"{first}{last}{r.randint(1, 99)}": 3, f"{first[0]}{last}": 2,
                              f"{first}{dob.year % 100:02d}": 2, f"{last}.{first}": 1})  # fmt: skip
            p["email"] = self.unique(lambda: local + wpick(r, {"": 4, str(r.randint(1, 999)): 2}) + "@" +
                                     wpick(r, IE_MAIL if group == "IE" else UK_MAIL))  # fmt: skip
        p["move"] = self.home(group) if r.random() < 0.1 else None
        return p

    # ------------------------------------------------------------ written forms
    def first_name(
        self, p: dict, native: float = 0.0, middle: float = 0.3, fadas: float = 0.6
    ) -> str:
        """The given name as a system has it: the person's own or its Irish/Welsh form, a middle name."""
        r = self.rnd
        g = p["given"]
        name = g["native"] if r.random() < native else wpick(r, g["all"])
        if g["middle"] and r.random() < middle:
            name = f"{name} {g['middle']}"
        return name if r.random() < fadas else fold(name)

    def last_name(self, p: dict, fadas: float = 0.6, caps: float = 0.0) -> str:
        """The surname as typed: O'/Mc written every way, the family's spelling or another."""
        r = self.rnd
        sn = p["surname"]
        s = sn["own"] if r.random() < 0.85 else wpick(r, sn["all"])
        if s.startswith("O'"):
            s = "O" + wpick(r, {"'": 60, " ": 14, "": 8, "’": 12, "`": 2, "' ": 4}) + s[2:]
        elif s.startswith("Mc") and len(s) > 3:
            s = wpick(r, {"Mc": 78, "Mc ": 8, "Mac": 8, "M'": 1, "MC": 5}) + s[2:]
        elif s.startswith("Mac") and s[3:4].isupper():
            s = wpick(r, {"Mac": 75, "Mac ": 10, "Mc": 15}) + s[3:]
        if r.random() < 0.06:  # a spreadsheet's PROPER(): Mccarthy, Macdonald
            s = s[:1] + s[1:].lower() if "'" not in s[:2] else s
        if r.random() < caps:
            s = s.upper()
        return s if r.random() < fadas else fold(s)

    def irish_surname(self, p: dict) -> str:
        """The surname in Irish: Ó Súilleabháin for a man, Ní Shúilleabháin for a woman, a wife's Uí."""
        m, f, married = p["surname"]["ga"]
        if p["sex"] == "M":
            return m
        if p["married"]:
            return wpick(
                self.rnd,
                {f"Bean {married}" if not married.startswith("de ") else married: 55, married: 45},
            )
        return f

    def suffixed(self, p: dict, name: str, p_suffix: float) -> str:
        if p["suffix"] and self.rnd.random() < p_suffix:
            return f"{name} {wpick(self.rnd, {p['suffix']: 60, p['suffix'] + '.': 15, 'Jr' if p['suffix'] == 'Jnr' else 'Sr': 25})}"
        return name

    def full(self, p: dict, native: float = 0.0) -> str:
        return f"{self.first_name(p, native, 0.15)} {self.last_name(p)}"

    def ie_phone(self, num: str, style: str | None = None) -> str:
        """An Irish number as written: ``087 1234567``, ``+353 87 123 4567``, ``00353...``."""
        r = self.rnd
        style = style or wpick(
            r, {"local": 40, "spaced": 20, "plus": 20, "plusbare": 8, "00": 7, "dash": 5}
        )
        mobile = num[0] == "8"
        cut = 2 if mobile else len(num) - 7
        area, rest = num[:cut], num[cut:]
        return {
            "local": f"0{area} {rest}",
            "spaced": f"0{area} {rest[:3]} {rest[3:]}"
            if mobile
            else f"(0{area}) {rest[:3]} {rest[3:]}",
            "plus": f"+353 {area} {rest[:3]} {rest[3:]}",
            "plusbare": f"+353{num}",
            "00": f"00353{num}",
            "dash": f"0{area}-{rest}",
        }[style]

    def uk_phone(self, num: str, style: str | None = None, from_ie: bool = False) -> str:
        """A British number as written: ``07700 900123``, ``+44 7700 900123``, ``028 9066 1234``;
        a Northern Irish landline dialled from the Republic, ``048 9066 1234``."""
        r = self.rnd
        if from_ie and num.startswith("28"):
            return wpick(
                r,
                {
                    f"048 {num[2:6]} {num[6:]}": 60,
                    f"048{num[2:]}": 25,
                    f"+44 {num[:2]} {num[2:6]} {num[6:]}": 15,
                },
            )
        style = style or wpick(
            r, {"local": 45, "bare": 15, "plus": 25, "plusbare": 7, "00": 4, "44": 4}
        )
        if num[0] == "7":
            spaced = f"{num[:4]} {num[4:]}"
        elif num.startswith("2"):
            spaced = f"{num[:2]} {num[2:6]} {num[6:]}"
        elif num[2] == "1":  # 0131, 0141: a city's three digits
            spaced = f"{num[:3]} {num[3:6]} {num[6:]}"
        else:
            spaced = f"{num[:4]} {num[4:]}"
        return {
            "local": f"0{spaced}",
            "bare": f"0{num}",
            "plus": f"+44 {spaced}",
            "plusbare": f"+44{num}",
            "00": f"0044{num}",
            "44": f"44{num}",
        }[style]

    def phone(
        self, num: str | None, country: str, style: str | None = None, from_ie: bool = False
    ) -> str | None:
        if not num:
            return None
        return self.ie_phone(num, style) if country == "IE" else self.uk_phone(num, style, from_ie)

    def mobile_of(self, p: dict, prefer: str) -> tuple[str | None, str]:
        """One of the person's mobiles and its country, the ``prefer`` country's where both."""
        nums = [(n, c) for n, c in ((p["ie_mobile"], "IE"), (p["uk_mobile"], "UK")) if n]
        if not nums:
            return None, prefer
        if len(nums) == 2 and self.rnd.random() < 0.8:
            return next((n, c) for n, c in nums if c == prefer)
        return self.rnd.choice(nums)

    def date(self, p: dict, fmt: str) -> str:
        r = self.rnd
        d = p["dob"]
        if r.random() < 0.015 and d.day <= 12 and d.day != d.month:  # day and month swapped
            d = dt.date(d.year, d.day, d.month)
        if fmt == "ga" and r.random() < 0.1:
            return f"{d.day} {IRISH_MONTHS[d.month - 1]} {d.year}"
        if fmt == "cy" and r.random() < 0.12:
            return f"{d.day} {WELSH_MONTHS[d.month - 1]} {d.year}"
        if fmt == "uk":
            return d.strftime(wpick(r, {"%d/%m/%Y": 60, "%Y-%m-%d": 30, "%d.%m.%Y": 10}))
        if fmt == "care":
            return d.strftime(wpick(r, {"%d/%m/%Y": 50, "%d-%b-%Y": 35, "%d/%m/%y": 15}))
        return d.strftime(wpick(r, {"%d/%m/%Y": 85, "%d/%m/%y": 5, "%d-%m-%Y": 10}))

    def ppsn(self, p: dict) -> str | None:
        if not p["ppsn"]:
            return None
        r = self.rnd
        digits, letter, second = p["ppsn"]
        s = wpick(r, {f"{digits}{letter}{second}": 75, f"{digits} {letter}{second}": 10,
                      f"{digits}{letter}{second}".lower(): 5, f"{digits}{letter}": 10 if second == "A" else 0})  # fmt: skip
        if r.random() < 0.01:  # a digit slipped
            i = r.randrange(7)
            s = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1 :]
        return s

    def nino(self, p: dict) -> str | None:
        r = self.rnd
        if not p["nino"]:
            return None
        if r.random() < 0.03:  # a temporary number of old: TN, the birth date, the sex
            return f"TN {p['dob']:%d %m %y} {'M' if p['sex'] == 'M' else 'F'}"
        n = p["nino"]
        return wpick(
            r,
            {
                f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}": 45,
                n: 40,
                n.lower(): 5,
                f"{n[:2]}{n[2:8]} {n[8]}": 10,
            },
        )

    def where(self, p: dict) -> dict:
        return p["move"] if p["move"] and self.rnd.random() < 0.5 else p["home"]

    def postcode(self, h: dict) -> str:
        r = self.rnd
        pc = h["eircode"] if h["country"] == "IE" else h["postcode"]
        return wpick(
            r, {pc: 75, pc.replace(" ", ""): 15, pc.lower(): 5, pc.replace(" ", "").lower(): 5}
        )

    def ie_address(self, h: dict, irish: bool = False) -> tuple[str, str | None, str, str]:
        """An Irish address's lines, its town and its county: in English or with Irish names."""
        r = self.rnd
        town = h["ga_town"] if irish else h["town"]
        if h["rural"]:
            line1 = h["house"] or h["townland"]
            line2 = h["townland"] if h["house"] else None
        else:
            street = h["ga_street"] if irish else h["street"]
            if not irish and r.random() < 0.3:
                street = street.replace("Street", "St").replace("Road", "Rd")
            line1, line2 = f"{h['number']} {street}", None
        if h["district"]:
            county = (f"Baile Átha Cliath {h['district']}" if irish else
                      wpick(r, {f"Dublin {h['district']}": 70, f"D{h['district']}": 15, "Co. Dublin": 15}))  # fmt: skip
        elif irish:
            county = f"Co. {h['ga_county']}"
        else:
            county = wpick(r, {f"Co. {h['county']}": 55, f"County {h['county']}": 15, h["county"]: 20,
                               f"CO {h['county'].upper()}": 10})  # fmt: skip
        return line1, line2, town, county

    def uk_address(self, h: dict, welsh: bool = False) -> str:
        r = self.rnd
        street = h["cy_street"] if welsh else h["street"]
        town = h["cy_town"] if welsh else h["town"]
        if not welsh and r.random() < 0.25:
            street = street.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
        line = f"{h['house']}, {street}" if h["house"] else f"{h['number']} {street}"
        if h["flat"]:
            bare = 25 if "/" in h["flat"] else 0  # a tenement's 2/1 stands alone
            flat = wpick(
                r, {f"Flat {h['flat']}, ": 50, f"{h['flat']} ": bare, f"Flat {h['flat']} ": 25}
            )
            line = flat + line
        return f"{line}, {town}"

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def title(self, p: dict) -> str | None:
        r = self.rnd
        if r.random() < 0.2:
            return None
        if p["sex"] == "M":
            return "Mr" if r.random() < 0.95 else "Dr"
        if p["married"]:
            return wpick(r, {"Mrs": 80, "Ms": 20})
        return wpick(r, {"Ms": 50, "Miss": 50})

    # ------------------------------------------------------------ systems
    def ie_bank(self, p: dict) -> None:
        r = self.rnd
        h = self.where(p) if p["group"] == "IE" else p["home"]
        old = r.random() < 0.25  # an old branch system's capitals, fadas gone
        forename = self.first_name(p, 0.0, 0.2, 0.0 if old else 0.6)
        surname = self.suffixed(
            p, self.last_name(p, 0.0 if old else 0.6, 1.0 if old else 0.03), 0.25
        )
        if old:
            forename = forename.upper()
        if h["country"] == "IE":
            line1, line2, town, county = self.ie_address(h)
            eircode = self.postcode(h) if r.random() < 0.75 else None
        else:  # a Northern Irish customer of a cross-border account
            line1, line2, town, county = (
                f"{h['number']} {h['street']}",
                None,
                h["town"],
                "Co. Antrim" if h["town"] == "Belfast" else None,
            )
            eircode = self.postcode(h) if r.random() < 0.8 else None
        mobile, country = self.mobile_of(p, "IE")
        spouse = p["spouse"]
        self.add("IE_BANK", p, {
            "Customer No": self.unique(lambda: self.digits(8)), "Title": self.title(p),
            "Forename": self.typo(forename, 0.03), "Surname": self.typo(surname, 0.03),
            "PPSN": self.ppsn(p) if r.random() < 0.85 else None,
            "Date of Birth": self.date(p, "ie") if r.random() < 0.95 else None,
            "Address Line 1": line1, "Address Line 2": line2, "Town": town, "County": county, "Eircode": eircode,
            "Home Phone": self.phone(p["landline"], h["country"], from_ie=True) if p["landline"] and r.random() < 0.6 else None,
            "Mobile": self.phone(mobile, country) if r.random() < 0.85 else None,
            "Email": (p["family_email"] if p["family_email"] and r.random() < 0.35 else p["email"]) if r.random() < 0.75 else None,
            "Joint Account Holder": self.full(spouse) if spouse and r.random() < 0.3 else None,
        })  # fmt: skip

    def tairseach(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        ga = p["speaker"] and p["surname"]["ga"]
        fadas = 0.85
        if ga:
            first = self.first_name(p, 1.0, 0.0, fadas)
            last = self.irish_surname(p)
            last = last if r.random() < fadas else fold(last)
        else:
            first, last = self.first_name(p, 0.0, 0.0, fadas), self.last_name(p, fadas)
        if h["country"] == "IE":
            line1, line2, town, county = self.ie_address(h, irish=bool(ga) and r.random() < 0.7)
            seoladh = ", ".join(x for x in (line1, line2, town, county) if x)
            code = self.postcode(h) if r.random() < 0.85 else None
        else:
            seoladh, code = self.uk_address(h), self.postcode(h)
        mobile, country = self.mobile_of(p, "IE")
        phone = (
            self.phone(mobile, country)
            if mobile and r.random() < 0.8
            else self.phone(p["landline"], h["country"], from_ie=True)
        )
        father = p["father"]
        self.add("TAIRSEACH", p, {
            "Céadainm": self.typo(first, 0.02), "Sloinne": self.typo(last, 0.02),
            "Uimhir PSP": self.ppsn(p) if r.random() < 0.9 else None,
            "Dáta Breithe": self.date(p, "ga"),
            "Seoladh": self.typo(seoladh, 0.03) if r.random() < 0.9 else None, "Éirchód": code,
            "Uimhir Ghutháin": phone if r.random() < 0.85 else None,
            "Ríomhphost": p["email"] if r.random() < 0.7 else None,
            "Sloinne na Máthar roimh phósadh": p["mother_maiden"]["own"] if r.random() < 0.6 else None,
            "Ainm an Athar": (self.full(father) if father else
                              f"{self.given('IE', 'M')['own']} {p['surname']['own']}") if r.random() < 0.4 else None,
        })  # fmt: skip

    def uk_energy(self, p: dict) -> None:
        r = self.rnd
        h = p["move"] if p["move"] and r.random() < 0.5 else p["home"]
        if h["country"] == "IE":  # an Irish customer who moved to Britain
            h = p.setdefault("uk_home", self.uk_home(r.choice(["SCO", "WAL", "NI"])))
        nominee = None
        if r.random() < 0.1:
            nominee = p["spouse"] or next((q for q in p["household"] if q is not p), None)
        mobile, country = self.mobile_of(p, "UK")
        self.add("UK_ENERGY", p, {
            "Account Number": self.unique(lambda: "8" + self.digits(9)), "Title": self.title(p),
            "First name": self.typo(self.first_name(p, 0.05, 0.25, 0.3), 0.03),
            "Last name": self.typo(self.suffixed(p, self.last_name(p, 0.3, 0.05), 0.15), 0.03),
            "NI number": self.nino(p) if r.random() < 0.55 else None,
            "DOB": self.date(p, "uk") if r.random() < 0.7 else None,
            "Supply address": self.typo(self.uk_address(h), 0.03), "Postcode": self.postcode(h) if r.random() < 0.95 else None,
            "MPAN": h["mpan"] if r.random() < 0.6 else None,
            "Phone": self.phone(p["landline"], "UK") if p["landline"] and h is p["home"] and r.random() < 0.5 else None,
            "Mobile": self.phone(mobile, country) if r.random() < 0.8 else None,
            "Email": (p["family_email"] if p["family_email"] and r.random() < 0.3 else p["email"]) if r.random() < 0.8 else None,
            "Nominee name": self.full(nominee) if nominee else None,
            "Nominee phone": self.phone(self.mobile_of(nominee, "UK")[0], "UK") if nominee and r.random() < 0.7 else None,
        })  # fmt: skip

    def cyngor(self, p: dict) -> None:
        r = self.rnd
        h = p["home"]
        welsh = p["speaker"]
        other = p["spouse"] or next(
            (q for q in p["household"] if q is not p and (TODAY - q["dob"]).days > 18 * 365), None
        )
        first = self.first_name(p, 0.5 if welsh else 0.0, 0.5, 0.8)
        self.add("CYNGOR", p, {
            "Rhif cyfrif": self.unique(lambda: self.digits(9)), "Teitl": self.title(p),
            "Enw cyntaf": self.typo(first, 0.02), "Cyfenw": self.typo(self.last_name(p, 0.8), 0.02),
            "Dyddiad geni": self.date(p, "cy") if r.random() < 0.6 else None,
            "Cyfeiriad": self.typo(self.uk_address(h, welsh=welsh or r.random() < 0.3), 0.03),
            "Cod post": self.postcode(h),
            "Rhif ffôn": self.phone(p["landline"], "UK") if p["landline"] and r.random() < 0.6 else None,
            "Ffôn symudol": self.phone(p["uk_mobile"], "UK") if p["uk_mobile"] and r.random() < 0.7 else None,
            "E-bost": p["email"] if r.random() < 0.6 else None,
            "Iaith": ("Cymraeg" if welsh else "Saesneg") if r.random() < 0.7 else None,
            "Preswylydd arall": self.full(other) if other and r.random() < 0.45 else None,
        })  # fmt: skip

    def mobile_care(self, p: dict) -> None:
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        g = p["given"]
        first = fold(g["own"]) if r.random() < 0.5 else g["own"]
        nicks = NICKNAMES.get(g["own"], [])
        if nicks and r.random() < 0.3:
            first = r.choice(nicks)
        elif g["own"] in HEARD and r.random() < 0.25:
            first = HEARD[g["own"]]
        last = self.last_name(p, 0.4)
        how = wpick(r, {"plain": 55, "comma": 15, "title": 10, "first": 8, "lower": 12})
        if how == "comma":
            name = f"{fold(last).upper()}, {fold(first).upper()}"
        elif how == "title":
            name = f"{self.title(p) or 'Mr'} {first[0]} {last}"
        elif how == "first":
            name = first
        else:
            name = f"{first} {last}"
            name = name.lower() if how == "lower" else name
        mobile, country = self.mobile_of(p, "UK" if p["group"] != "IE" else "IE")
        holder = None
        if age < 21 and (p["father"] or p["mother"]) and r.random() < 0.6:
            holder = p["mother"] or p["father"]
        elif p["spouse"] and r.random() < 0.08:
            holder = p["spouse"]
        contact = (
            self.phone(mobile, country)
            if mobile and r.random() < 0.85
            else self.phone(p["landline"], p["home"]["country"])
        )
        alt = None
        if p["ie_mobile"] and p["uk_mobile"] and r.random() < 0.6:
            alt = self.phone(
                p["ie_mobile"] if country == "UK" else p["uk_mobile"],
                "IE" if country == "UK" else "UK",
            )
        elif p["landline"] and r.random() < 0.25:
            alt = self.phone(p["landline"], p["home"]["country"])
        self.add("MOBILE_CARE", p, {
            "Ticket": self.unique(lambda: f"INC{self.digits(7)}"),
            "Customer name": self.typo(name, 0.04), "Contact number": contact, "Alt number": alt,
            "Email": p["email"] if r.random() < 0.5 else None,
            "DOB": self.date(p, "care") if r.random() < 0.35 else None,
            "Postcode": self.postcode(self.where(p)) if r.random() < 0.6 else None,
            "Account holder": self.full(holder) if holder else None,
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            age = (TODAY - p["dob"]).days / 365.25
            g = p["group"]
            n0 = len(self.rows)
            adult = age >= 18
            if adult and r.random() < {"IE": 0.8, "NI": 0.3}.get(g, 0.0):
                self.ie_bank(p)
                if r.random() < 0.35:  # a second account
                    self.ie_bank(p)
            if adult and r.random() < {"IE": 0.55, "NI": 0.08}.get(g, 0.0):
                self.tairseach(p)
            if adult and r.random() < {"IE": 0.05, "NI": 0.8, "SCO": 0.9, "WAL": 0.75}[g]:
                self.uk_energy(p)
                if r.random() < 0.3:  # switched away and back, or a second property
                    self.uk_energy(p)
            if g == "WAL" and adult and r.random() < 0.8:
                self.cyngor(p)
                if r.random() < 0.15:  # a second property, or a move within the county
                    self.cyngor(p)
            if age >= 10 and (p["ie_mobile"] or p["uk_mobile"]) and r.random() < 0.6:
                self.mobile_care(p)
                if r.random() < 0.3:  # another call
                    self.mobile_care(p)
            if len(self.rows) == n0:
                if adult and g == "IE":
                    self.ie_bank(p)
                elif adult:
                    self.uk_energy(p)
                elif p["ie_mobile"] or p["uk_mobile"]:
                    self.mobile_care(p)
        return self.shuffled("row_id", "CE")


def celtic(persons: int = 4600, seed: int = 17) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return Celtic.frame(persons, seed, "row_id")
