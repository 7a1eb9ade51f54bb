"""Zero-config pair precision, recall and F1 on the sixty-four data sets of the probes.

    python benchmarks/probes.py                                  # all sixty-four
    python benchmarks/probes.py --probes historical voters
    python benchmarks/probes.py --no-column-names                # roles from the values alone

Each data set is generated in memory, with the generators written while probing
tekil: Splink-demo-like persons (``historical``: historical_50k's columns, births from
1750; ``fake``: fake_1000's columns), 10,000 records each, cluster sizes 1 to 40, typos,
nicknames, swapped names, nearby towns and missing values; ``voters``: two North Carolina
voter-roll snapshots eight years apart (7,000 households with spouses, fathers and sons
of one name, moves, marriages, changed phones) linked with ``tekil.link`` and scored on
the cross pairs of its clusters; ``systems``: a Spanish bank's five source systems
(billing, cards, CRM, social care, e-commerce) of 2,500 persons in one file, with DNIs,
phones, e-mails and cards written many ways; ``registry`` (``probe_registry.py``): a US
hospital network's patient registry, four facilities' files of 5,000 patients merged into
one, with households, twins, Jr/Sr, newborns, maiden names and emergency contacts;
``households`` (``probe_households.py``): a German telco's billing, SIM registry, web shop
and customer care, 2,500 households sharing landlines, addresses, family e-mails and cards;
``gulf`` (``probe_gulf.py``): a Gulf / South Asian e-commerce platform's app, orders, loyalty
card and service tickets of 5,000 customers, Arabic names in many spellings and phones in
every form; ``insurer`` (``probe_insurer.py``): a Latin American insurer's policies, claims,
beneficiaries and agents' CRM for 4,000 Brazilian and Mexican persons in households, with
compound given names, two surnames in either order or one only, CPFs, CURPs and agents' own
contacts; ``utility`` (``probe_utility.py``): a UK energy and water supplier's billing, meter,
payment and web records of 4,000 customers, with couples in one name field, home movers whose
address and landline pass to the next occupant, occupier and executor records; ``momo``
(``probe_momo.py``): an East African mobile-money provider's SIM registrations, wallets, loans
and care tickets, names in any order, several SIMs, agents' and next of kin's numbers;
``sea`` (``probe_sea.py``): a Singapore and Malaysia bank's core system, cards, app and CRM,
Chinese names family name first, Malay and Indian names with a father's, NRICs and MyKads;
``retail`` (``probe_retail.py``): a French, Belgian and Dutch retailer's loyalty cards,
tills, web shop, warranty and newsletter in French and Dutch columns; ``east``
(``probe_east.py``): a Polish and Ukrainian marketplace and courier, names in Cyrillic and in
four Latin spellings, patronymics, PESEL and RNOKPP; ``nordic`` (``probe_nordic.py``): a
Nordic bank-insurer's core banking, policies, pension arm, cards and login, with the personal
numbers of four countries and co-insured children on a parent's contacts; ``japan``
(``probe_japan.py``): a Japanese retail group's points programme, cards, web shop and gift
desk, names in Chinese characters, kana and Latin letters, era dates; ``india``
(``probe_india.py``): an Indian telco's SIM KYC, payments bank, UPI app and care desk, with
initials, masked Aadhaars, PANs and families on one mobile; ``korea`` (``probe_korea.py``): a
Korean card company, telco, web shop and membership desk, names in Hangul and in many Latin
spellings, masked resident numbers, family cards and lines held in a relative's name;
``nigeria`` (``probe_nigeria.py``): a Nigerian bank's core, wallet KYC, loan app and agents'
walk-ins, several given names, titles, BVNs and NINs, agents' own numbers on customers' rows;
``social`` (``probe_social.py``): an Australian telco and retailer's social-care desk, CRM with
mixed contact columns, billing and web store, handles written many ways beside e-mails and
phones; ``vietnam`` (``probe_vietnam.py``): a Vietnamese bank's core banking, e-wallet, a telco
partner and a consumer-finance arm, names with and without diacritics and in either order, the
middle names Thị and Văn, CMND and CCCD, mobiles before and after the 2018 renumbering;
``philippines`` (``probe_philippines.py``): a Philippine bank, remittance counter, SIM registry
and e-wallet, middle names that are mothers' maiden surnames, particle surnames written many
ways, ``LAST, FIRST M.`` whole names, nicknames and OFWs' overseas numbers; ``china``
(``probe_china.py``): a Greater-China bank, e-commerce and telco group, mainland, Hong Kong and
Taiwan customers, names in simplified and traditional characters, pinyin, Cantonese and
Wade-Giles, resident ids, HKIDs and permits, Minguo dates; ``nusantara``
(``probe_nusantara.py``): an Indonesian and Thai bank, e-wallet and ride-hailing group's two core
banking systems, wallet, rides and Thai CRM, Javanese single names, ``M.`` for Muhammad, titles,
NIKs and family cards, Thai names in Thai script and several romanisations, nicknames and
Buddhist-era dates; ``zaf`` (``probe_zaf.py``): a South African bank, insurer (Afrikaans
columns), retailer and rewards app, 13-digit ID numbers with birth date, sex and Luhn digit,
passports, Afrikaans particle surnames written many ways, initials, English names beside African
ones, maiden names, shared family cells; ``ethiopia`` (``probe_ethiopia.py``): an Ethiopian and
Eritrean bank, mobile-money wallet, microfinance lender (Amharic columns) and diaspora remittance
company, names of a given name, the father's and the grandfather's in Ge'ez script and Latin
spellings, ``G/Mariam`` for Gebremariam, Ethiopian-calendar birth dates, Fayda numbers, families
on one phone and receivers' phones on senders' transfers; ``iran`` (``probe_iran.py``): an
Iranian bank and mobile operator (Persian columns), online shop and insurer (Fingilish columns), names in Persian
script (Arabic letter variants, zero-width non-joiners) and in several Latin spellings, Seyed
prefixes, fathers' names, Solar Hijri birth dates in Persian digits, national codes without
their leading zeros, wives keeping their own family name; ``latam`` (``probe_latam.py``): a
Chilean bank, Colombian mobile operator, Argentine retailer's loyalty programme, an online shop
and a WhatsApp care desk (Spanish columns), two family names kept both, one or in one box,
compound given names cut to one or a nickname, accents and ``Ñ`` dropped, RUTs with check
digits, cédulas, DNIs inside CUITs, Argentine mobiles with and without 9 or 15, lines held by a
parent, sons named after their fathers, residents of another country with two numbers;
``maghreb`` (``probe_maghreb.py``): a North African group's Maghreb mobile operator (French columns), Egyptian bank, wallet app (Arabic
columns) and care desk, names in French and English spellings and in Arabic letters, the family
name first, Egyptian four-part names that siblings share three parts of, CINs, NINs and
14-digit national ids, Arabic-Indic digits, presumed birth dates; ``southeu``
(``probe_southeu.py``): an Italian and Greek insurer and telco group's policies (Italian columns),
Greek billing (Greek columns), Greek insurance arm (Greeklish columns), web portal and call-centre
CRM, with no country column: codici fiscali with omocodia, Greek names in Greek letters and in
several Latin spellings, women's surnames in the genitive, fathers' names, grandsons named after
grandfathers, Italian particle surnames, phones with and without +39/+30; ``rhine``
(``probe_rhine.py``): a German, Austrian, Swiss, Dutch and Belgian bank and telco group's core
banking (German columns), Swiss/Austrian telco CRM, Dutch/Belgian insurer (Dutch columns) and web
shop, umlauts written out or dropped, tussenvoegsels in their own column, inside or after the
surname, titles in name fields, IBANs, AHV numbers, BSNs and Belgian national numbers, joint
accounts, moves across borders and Swiss and Dutch phones with no country code; ``southasia``
(``probe_southasia.py``): a Pakistani bank's core, a Pakistani wallet, a Bangladeshi wallet (a
Bengali column) and a telco care desk, Muhammad / Md. written many ways or dropped, ``s/o`` and
fathers' or husbands' names, honorifics, names in Urdu and Bengali script, CNICs, NIDs of 10, 13
and 17 digits, families on one phone and one CNIC, year-only birth dates; ``rldata``
(``probe_rldata.py``): a German cancer registry in RLdata10000's schema (``fname_c1``, ``lname_c1``,
``by``, ``bm``, ``bd``) with RLdata's duplicates, stacked with a hospital (``Geburtsjahr``,
``Geburtsmonat`` by name, ``Geburtstag``), a French clinic (``annee_naissance``, ...), a study
(``yob``, ``mob``, ``dob_day``) and an insurer's whole dates, twins, namesakes, couples, birth
names, year-only dates and day and month swapped; ``central`` (``probe_central.py``): a Hungarian,
Czech, Slovak and Romanian bank (Hungarian columns), telco (Czech columns), insurer (Romanian
columns), Hungarian insurance arm and web shop, Hungarian names family name first or in Western
order, married women's ``-né`` forms, the mother's name beside the customer's, Czech and Slovak
feminine surnames, birth numbers, CNPs, tax and TAJ numbers, diacritics dropped, Latin-1-mangled
or with cedillas, phones with ``+36``/``06``/``00420``/``0`` or none; ``israel``
(``probe_israel.py``): an Israeli bank and health fund (Hebrew columns, ``שם האב`` the father's
name), a mobile operator and an online shop, names in Hebrew, Latin, Arabic and Cyrillic script
and several transliterations, niqqud, final letters, geresh, right-to-left marks, Teudat Zehut
numbers without their leading zeros, ``+972``/``972``/``0`` phones, Hebrew-calendar birth dates,
sons named after grandfathers, married names and families on one landline and e-mail; ``steppe``
(``probe_steppe.py``): a Kazakh bank (Kazakh columns), an Uzbek mobile operator (Uzbek Latin
columns), a Russian marketplace and a loyalty app (Russian columns) and a remittance service,
names in Kazakh and Russian Cyrillic, Uzbek Latin and Cyrillic and passport Latin, patronymics as
``-ович``, ``-ұлы`` or ``o'g'li``, IINs, PINFLs, INNs and SNILS, Kazakh and Russian phones both
under ``+7``, migrant workers' hostels and second numbers, remittance recipients and parcel
receivers who are other customers; ``greece``
(``probe_greece.py``): a Greek bank (Greek columns with accents and full stops: ``Α.Φ.Μ.``,
``Α.Δ.Τ.``, ``Ημερομηνία γέννησης``, ``Οδός``/``Αριθμός``), a Greek and Cypriot mobile operator
(Greeklish columns), an insurer (``Α.Μ.Κ.Α.``, ``ΟΝΟΜΑ ΠΑΤΡΟΣ``, ``ΟΝΟΜΑ ΜΗΤΡΟΣ``), a Cypriot bank
and an online shop, names in Greek capitals, with and without accents, with Latin look-alikes
inside and in Greeklish of every style, formal and everyday given names, genitive women's names,
married women under their own and their husband's names, cousins and grandsons named after one
grandfather, ``+30``/``+357`` phones, ``D/M/YY`` dates; ``northam``
(``probe_northam.py``): a Quebec/Ontario carrier (French columns, SINs, family plans), a US bank's
core (``FIRST_NM``, ``MID_INIT``, ``SSN``, ``ZIP``), a remittance app for US Hispanics
(``apellido_paterno``/``apellido_materno`` or ``apellidos``, a beneficiary's name), a call
centre's ``Last, First`` names and an online store, Jean-François/J-F, Bob/Robert, Garcia-Lopez
/ Garcia Lopez / Garcia L, Quebec wives under their birth names, JR/SR, NANP phones in every form,
month-first and day-first dates in one column; ``lanka`` (``probe_lanka.py``): a Sri Lankan bank's
core (``CUSTOMER_NAME`` with initials, ``NAME_IN_FULL``), a mobile operator's SIM registrations
(names in Sinhala and Tamil script under ``නම`` and ``பெயர்``), a life insurer with nominees'
columns, a remittance company's senders abroad and receivers at home, and an electricity board
(Sinhala columns), Sinhala ancestral ``ge`` names in full, as initials or left out, Tamil names of
a father's given name and one's own in either order or as an initial, Muslim ``Mohamed``/
``Fathima`` names, old and new NICs of one person, ``+94``/``0094``/``0`` phones and diaspora
numbers, ``No. 12/3, Temple Rd, Colombo 03``; ``sahel`` (``probe_sahel.py``): a West African
(Senegal, Côte d'Ivoire, Mali, Burkina Faso) mobile-money wallet's KYC, a bank's core (``NOM``,
``PRENOMS``, ``DATE_NAISS``, ``PERE``, ``MERE``), an electricity utility's prepaid meters, a
microfinance lender's group loans (a husband's and a guarantor's names) and a SIM registry, very
common names and their French and English spellings, Akan day names as given or family names,
married women under either name or ``épouse``/``née`` both, year-only births defaulted to 1
January, Ivorian phones in 8 and 10 digits, polygamous compounds on one landline and meter;
``caucasus`` (``probe_caucasus.py``): an
Armenian bank (Armenian columns, the father's name in the genitive), a Georgian mobile operator
(Georgian columns, contacts' names and numbers), an Azerbaijani wallet (``Ata adı``, ``FİN``), a
Russian money-transfer service (``ФИО`` with patronymics, recipients back home) and an airline's
loyalty programme in passport capitals, names in Armenian, Georgian, Azerbaijani Latin, Cyrillic
and several romanisations (Hovhannisyan / Oganesyan / Оганесян, Məmmədov / Mammadov / Мамедов),
``-oğlu`` / ``-ович`` / genitive patronymics, fathers and sons, grandsons named after grandfathers,
very common family names, +374 / +995 / +994 / +7 phones in every local form, ids without check
digits, renewed passports and the diaspora's Russian numbers and addresses; ``balkans``
(``probe_balkans.py``): a Serbian bank (Serbian Cyrillic columns, ``Име оца``, ``ЈМБГ``), a
Croatian telco (``OIB``), a Bosnian microcredit lender (one ``Ime i prezime`` box with the
father's name between, guarantors' names and phones), a Macedonian insurer (``Татково име``,
``ЕМБГ``, beneficiaries) and an Albanian and Kosovar remittance company (``Atësia``, ``Numri
personal``, receivers back home), names in Serbian and Macedonian Cyrillic and in Latin with and
without háčeks (Ђорђевић / Đorđević / Djordjevic / Dordevic, Ѓорѓиевски / Gjorgjievski), Albanian
definite and indefinite forms, JMBGs with their mod-11 digit, OIBs, Albanian NIDs, married and
hyphenated names, ``+381``/``+385``/``+387``/``+389``/``+383``/``+355`` phones in every form and
the diaspora's German, Austrian and Swiss numbers; ``myanmar`` (``probe_myanmar.py``): a Myanmar bank (Burmese columns: ``အမည်``, ``အဖအမည်``, ``မှတ်ပုံတင်အမှတ်``,
``မွေးသက္ကရာဇ်``), a mobile-money wallet, a telco's SIM registrations, a microfinance lender
(a husband's or father's and a guarantor's names) and a remittance company for migrant workers in
Thailand and Malaysia, names without a family name in Burmese script (Unicode or Zawgyi) and
several romanisations, honorifics (``U``, ``Daw``, ``Ko``, ``Ma``, ``Mg``) in the name or not, very
common names told apart by the father's, NRCs in Burmese or Latin (``၁၂/လမန(နိုင်)၁၂၃၄၅၆``,
``12/LaMaNa(N)123456``), Burmese digits, mobiles of 7 to 9 digits after ``09``, Thai pink cards,
Thai and Malaysian numbers, households on one phone.; ``ghana`` (``probe_ghana.py``): a Ghanaian mobile-money operator's KYC, a bank's core (``SURNAME``,
``OTHER_NAMES``, ``GHANA_CARD_NO``, ``TIN``), an electricity company's prepaid meters with
GhanaPostGPS codes, the pension register (SSNIT numbers, nominees) and a susu collector's app
with Twi labels (``Din``, ``Awoda``, ``Fon nɔma``), Akan day names from the weekday of birth
beside Christian names in either order, cut to an initial or left out, and their spellings
(Kwame/Kwamena, Kweku/Kwaku, Efua/Afua), Ewe, Ga (Nii, Naa) and Northern Muslim names, very
common family names, honorifics, married women under either name, Akan children not under
their father's name, Ghana Cards with and without hyphens, ``0``/``+233``/``233``/``00233``
phones, a relative's MoMo number, agents' numbers, year-only births and addresses by landmark;
``mongolia`` (``probe_mongolia.py``): a Mongolian bank (Cyrillic columns: ``Овог``, ``Нэр``,
``Регистрийн дугаар``, ``Ургийн овог``), a telco's SIM registrations in Latin letters, an insurer
(``Овог нэр`` as ``Б.Болд``), an e-commerce app (``first_name`` / ``last_name``, swapped now and
then) and a remittance desk for Mongolians in Korea (Korean columns, passport Latin, alien
registration numbers), no family names (the patronymic, the father's given name in the genitive,
nominative or as an initial, shared by siblings and not by father and son), very common given
names, compounds with or without a hyphen, Cyrillic and several transliterations (Ө/Ү as o/u,
oe/ue; Х as kh/h), registry numbers ``УБ89031512`` in two scripts, 8-digit phones with and
without ``+976``, ger-district and apartment addresses, households on one landline and
apartment, emergency contacts, beneficiaries and receivers who are other customers;
``lusophone`` (``probe_lusophone.py``): a Brazilian bank's core (``NOME_CLIENTE`` cut at 40
characters, ``CPF``, ``NOME_MAE``, ``RG ... SSP/SP``, ``LOGRADOURO``/``NUMERO``/``COMPLEMENTO``,
``CEP``), a Brazilian operator's prepaid lines (children's in a parent's CPF, activation dates),
a Portuguese bank (``Nome``, ``Apelidos``, ``NIF``, ``Cartão de Cidadão``, ``Código postal``),
a marketplace with Pix keys and a WhatsApp desk (``apelido`` a nickname), long names with
particles and middle surnames abbreviated or dropped, ``Filho``/``Júnior`` sons, married names
added or replaced, ``JOÃƒO`` mojibake, mobiles with and without the ninth digit, carriers' codes,
``+55``/``+351`` and Brazilians who moved to Portugal under both countries' ids; ``thai``
(``probe_thai.py``): a Thai bank (Thai columns: ``คำนำหน้า``, ``ชื่อ``, ``นามสกุล``,
``เลขประจำตัวประชาชน``, ``วันเกิด`` in the Buddhist era), a mobile operator (names in Latin letters
as clerks heard them: Somchai / Somchay, Wongsawat / Vongsavat), a LINE loyalty app (the nickname
``ชื่อเล่น`` as the only name, a display name), a consumer-finance lender (one name box with the
title run in, guarantors' and spouses' names, ids and phones, the house registration's address)
and a migrant remittance service (Cambodian and Lao workers, pink cards and passports, a factory's
address for hundreds), long family names nearly one per family, married women under their
husband's name, renamings for luck, citizen ids with their mod-11 digit in Thai or Arabic digits,
Thai month names, ``0``/``+66``/``66``/``0066`` phones, households on one landline and address;
``baltic`` (``probe_baltic.py``): a Lithuanian bank (``Vardas``, ``Pavardė``, ``Asmens kodas``,
``Adresas`` as ``Gedimino pr. 12-5, LT-01103 Vilnius``), a Latvian telco (``Vārds``, ``Uzvārds``,
``Personas kods`` ``DDMMYY-CNNNN`` or the ``32...`` codes without a birth date, children's lines
in a parent's name), an Estonian e-shop with ID-card login (``Eesnimi``, ``Perekonnanimi``,
``Isikukood``, parcels' recipients), an English loyalty app and a Russian-language care desk
(``ФИО`` family name first, patronymics, Latvian names written by ear in Cyrillic), gendered
surnames (Kazlauskas / Kazlauskienė / Kazlauskaitė / Kazlauskė, Bērziņš / Bērziņa), married and
maiden names, Russian names in four Latin spellings and Cyrillic (Сергей: Sergejs, Sergei,
Sergejus, Sergey), diacritics dropped or as ``sh``/``ae``/``Berzinsh``, ``8``/``0``/``+370``
trunks, contract and order dates beside birth dates;
``celtic`` (``probe_celtic.py``): an Irish bank (``Forename``, ``Surname``, ``PPSN`` with its
mod-23 check letter, ``Eircode``, ``Co. Mayo``), an Irish public-service portal (Irish columns:
``Céadainm``, ``Sloinne``, ``Uimhir PSP``, ``Seoladh``; names in Irish, Seán Ó Súilleabháin for
John O'Sullivan, women's Ní/Nic and a wife's Bean Uí), a UK energy supplier (NI numbers, UK
postcodes, MPANs with their check digit, nominees), a Welsh council (Welsh columns: ``Enw
cyntaf``, ``Cyfenw``, ``Cyfeiriad``; Dafydd/David, Siôn/John, addresses with Welsh place names,
other residents) and a mobile operator's care desk (one name box, nicknames, bill payers),
O'/Mc/Mac written every way, fadas dropped, very common names (Murphy, Jones), fathers and sons
of one name, Northern Irish customers with ``+44`` and ``+353`` numbers and ``048`` landlines,
old married women's PPSNs their husbands' with a ``W``, households on one landline and meter;
``congo`` (``probe_congo.py``): a Congolese bank (``NOM``, ``POSTNOM``, ``PRENOM``,
``NUM_CARTE_ELECTEUR``, ``ADRESSE`` as ``Av. Kasa-Vubu n°12, Q/Matonge, C/Kalamu``, the
parents' names and a contact's), a mobile-money wallet's KYC (``nom_complet`` in any order), a
Cameroonian operator (``Noms et prénoms``, ``N° CNI``, ``Boîte postale``, ``Quartier``), a
microfinance lender (``Avaliste``, ``Conjoint`` and their phones, CEMAC RIBs, loans' dates) and
a diaspora remittance service from Belgium and France (``Expéditeur``/``Bénéficiaire``, Belgian
national register numbers and French NIRs with their mod-97 digits), the nom, postnom and
prénom that are each the person's own in one, two or three parts in any order, very common
Christian prénoms, French spellings of Bantu names (``Tshibangu``/``Tchibangu``), ``Fils``/``Jr``
sons, families on one phone, year-only and ``01/01`` birth dates, ``+243``/``00243``/``0``
phones, Cameroonian numbers from before their leading ``6``, ``+32``/``+33`` numbers; ``caribbean`` (``probe_caribbean.py``): a Haitian mobile-money wallet
(Kreyòl columns: ``Siyati``, ``Prenon``, ``Dat nesans``, ``Nimewo telefòn``, ``Nimewo pyès``), a
Haitian bank (``NOM``, ``PRENOM``, ``NOM_JEUNE_FILLE``, ``NIF``, ``CIN``, ``NOM_PERE``/``NOM_MERE``),
a Dominican bank (``NOMBRES``, ``PRIMER_APELLIDO``/``SEGUNDO_APELLIDO``, cédulas with their Luhn
digit, ``C/ Duarte #12``), a Jamaican telco (``First Name``/``Middle Name``/``Last Name``, TRNs,
parishes, ``Lot 12``, a family's lines on a parent's account) and a remittance desk in Miami, New
York and Montreal (senders in one box, ``MM/DD/YYYY``, receivers back home who are other
customers), Haitian family names that are given names (``Jean``, ``Pierre``, ``Joseph``) in either
order, ``Jean-Baptiste``/``Jn Baptiste``, ``Saint-Fleur``/``St Fleur``/``Saintfleur``, married
names, ``Fils``/``Jr``, Dominican double surnames, ``De La Cruz``/``Dela Cruz``, ``Ma.`` for María,
Jamaican nicknames, families on one phone, ``509``/``+509``/``011 509`` numbers of eight digits,
NANP numbers whose country is the area code (``809``, ``876``, ``305``, ``514``) with and without
``1``, seven-digit Jamaican numbers;
``pacific`` (``probe_pacific.py``): a New Zealand bank (``First Name``, ``Surname``, ``IRD Number``
with its mod-11 digit, ``Suburb`` as ``Ōtara``/``Otara``, next of kin), a Samoan telco (Samoan
columns: ``Igoa``, ``Aso Fanau`` with Samoan months, ``Nofoaga``, ``Igoa o le Tama``), a
remittance desk in Auckland and Sydney (the receiver's columns in Tongan: ``Hingoa 'o e Ma'u``,
``Fika Telefoni 'o e Ma'u``, ``Kolo``), an islands bank in Fiji, Tonga and Samoa (``Ratu``/``Adi``,
``s/o``/``f/n`` fathers' names in the name, TINs, PO Boxes, villages) and an Australian
labour-hire payroll (Tax File Numbers with their mod-11 sum, seasonal workers' hostels and home
islands' phones), glottal stops as ``'``, ``‘``, ``ʻ`` or none, macrons doubled or dropped, matai
titles before the name and in place of it, children under their father's given name, Devi and
Wati for a family name, very common Christian names in island and English forms, large
households on one landline, ``+64``/``+61``/``+685``/``+676``/``+679`` and five-digit landlines;
``madagascar`` (``probe_madagascar.py``): a Malagasy mobile-money wallet's KYC (Malagasy
columns: ``Anarana``, ``Anarana fanampiny``, ``Daty nahaterahana``, ``Laharana karatra``,
``Havana akaiky``), a bank's core in French (``NOM``, ``PRENOMS``, ``NUM_CIN``, ``DATE_CIN``,
``NOM_PERE``/``NOM_MERE``), a water and electricity utility's meters (one ``Abonné`` box,
``Lot``, ``Fokontany``), a microfinance lender (``Vady``, ``Mpiantoka`` and their phones and
CINs, a file per loan cycle) and a remittance service for the diaspora in France and Réunion,
long family names of prefixes (``Rakoto-``, ``Randria-``) in full, in their everyday short form
(``RAKOTO``), split or with a syllable dropped, several Malagasy and French given names, children
with a family name of their own, 12-digit CINs, ``034 12 345 67``/``+261``/``261`` mobiles
beside ``+33``/``+262`` ones, ``Lot II J 45 Bis`` addresses, Malagasy month names and presumed
years; ``travel`` (``probe_travel.py``): a travel group's airline reservations (GDS ``PAX NAME``
``MUELLER/ANNALENA MRS`` in ICAO capitals, cut short, titles glued on, passports and their
countries, ``12MAR85`` birth dates, the booker's ``CTCM``/``CTCE`` on every passenger, e-mails as
``JOHN.SMITH//GMAIL.COM``, ``FQTV``), a frequent-flyer programme (French columns, member numbers
with a mod-7 digit), a US hotel chain (``Last, First``, month-first dates, a travel agent's
contacts), an online travel agency (Spanish columns, names typed in the wrong boxes) and a car
rental desk (German columns, driving licences of each country), British, American, German,
French, Spanish, Italian, Brazilian, Turkish, Japanese, Chinese and Gulf Arab travellers, Bob /
Robert, Americans by their middle name, Chinese travellers' English names, two family names or
one, Chinese and Japanese names in either order, married names, dual nationals' two passports,
families and colleagues on one booking's contacts, children with none of their own;
``levant`` (``probe_levant.py``): a Lebanese bank (French columns: ``Nom``, ``Prénom``, ``Nom du
père``, ``Nom de la mère``, ``Registre N°``, the family register's number shared by a household),
a Jordanian mobile operator (Arabic columns: ``الاسم الأول``, ``اسم الأب``, ``اسم الجد``,
``اسم العائلة``, ``الرقم الوطني``), an Iraqi e-wallet (four-part ``FULL_NAME`` written with four,
three or two parts, 12-digit national cards), a humanitarian aid agency's case register (a case
number and the head's phone on every member's row, year-only and 1 January birth dates) and a
remittance counter (senders and beneficiaries, both often customers), names in Arabic letters
and in several Latin spellings, the article ``El``/``Al`` joined, hyphenated, spaced or left out,
brothers sharing their father's and grandfather's names, Christian, Armenian and Kurdish names,
Arabic-Indic digits, ``+961``/``+962``/``+964``/``+963`` numbers;
``nepal`` (``probe_nepal.py``): a Nepali bank's core (Nepali columns: ``नाम``, ``थर``, ``बाबुको नाम``,
``बाजेको नाम``, ``जन्म मिति (वि.सं.)``, ``नागरिकता नं.``, ``मोबाइल``, ``ठेगाना``), a mobile operator's SIM
registrations, a remittance company paying out migrant workers' transfers from Qatar, the UAE,
Saudi Arabia and Malaysia to relatives at home, a savings cooperative (mixed Nepali and English
columns, ``पति/बाबुको नाम``) and an e-wallet, names in Devanagari and several romanisations,
``Bahadur``/``Bdr.``, ``Prasad``/``Pd.``, ``Kumari``/``Ku.`` kept, cut or dropped, caste names
thousands share, married women's new family names, Bikram Sambat birth dates in Devanagari
digits or a year only beside A.D. ones, citizenship numbers in many layouts, NINs, families on
one phone, Kathmandu landlines and Gulf and Malaysian numbers;
``campus`` (``probe_campus.py``): a university group's student records (``Preferred Name``,
``Legal Given Names``, ``Family Name``, ``Student ID`` as ``z1234567`` or ``1234567``, personal and
university e-mails, term and overseas home addresses), admissions (several applications per
applicant under slightly different names, an education agent's e-mail and phone on hundreds of
rows), the alumni office (married names, new e-mails and phones), staff HR (``TFN``, ``NI Number``,
``SIN`` with their check digits) and a card system (a parent's name and number as the emergency
contact) in Australia, the UK and Canada, with international students from China, India, Vietnam,
Nigeria, Saudi Arabia and Brazil: English preferred names beside legal ones, family names first,
Vietnamese and pinyin with and without diacritics, ``Al-``/``bin`` names, siblings with one home and
parent, birth dates day first and month first;
``horn`` (``probe_horn.py``): a hawala remittance company's senders abroad and beneficiaries at
home, a Somali mobile-money wallet's KYC (Somali columns: ``Lambarka``, ``Magaca``, ``Magaca
Hooyo``, ``Taariikhda Dhalashada``), a Kenyan bank's Eastleigh customers, a money-transfer app's
Swedish (``Förnamn``, ``Efternamn``, ``Personnummer``) and UK customers and a humanitarian
agency's beneficiary register (households, ration cards, clans and sub-clans), Somali,
Somaliland, Djiboutian, Sudanese and Eritrean persons of a given name, the father's and the
grandfather's (two, three or four kept), the same few names shared by many, Somali orthography
(``Maxamed``, ``Cabdi``, ``Xasan``) against English spellings, names in Arabic letters and Ge'ez
script, birth dates of 1 January or a year alone, one phone per household or a relative's
abroad, ``+252``/``00252``/``0`` numbers, personnummer with or without the century and ``-``;
``khmer`` (``probe_khmer.py``): a Cambodian microfinance bank (Khmer columns: ``នាមត្រកូល``, ``ឈ្មោះ``,
``ថ្ងៃខែឆ្នាំកំណើត``, ``លេខអត្តសញ្ញាណប័ណ្ណ``, ``ទូរស័ព្ទ``, a spouse's name), a Cambodian mobile operator's SIM
registrations, a Lao bank (Lao columns: ``ຊື່``, ``ນາມສະກຸນ``, ``ວັນເດືອນປີເກີດ``, ``ເບີໂທ``), a remittance
app of migrant workers in Thailand and Korea (Thai and English columns) and a US credit union's
Cambodian-American members, Khmer names family name first in Khmer script and several
romanisations, kept or turned around, glued or split (Chanthy, Chan Thy), Lao names given name
first with long family names, Khmer and Lao digits, Buddhist-era years, nine-digit id cards,
passports, ``+855``, ``+856 20``, ``+66`` and ``+82`` numbers and families on one phone;
``southern`` (``probe_southern.py``): a Southern African group's mobile-wallet KYC (English
columns), a Mozambican and Angolan bank (Portuguese columns: ``nome``, ``apelido``,
``data_nascimento``, ``bilhete_identidade``, ``telemovel``, ``bairro``, ``provincia``), a Zambian
and Malawian SIM registry, a funeral-cover insurer (a dependant's and a beneficiary's names and
phones on the policyholder's row) and a Johannesburg remittance app's senders and recipients at
home: Shona, Ndebele, Bemba, Chewa and Tswana given names beside English ones (``Blessing``,
``Precious``, ``Gift``: one in one system, the other in the next), a few family names shared by
many (``Moyo``, ``Banda``, ``Phiri``), Portuguese names with two or three surnames and
``dos``/``da`` kept or dropped, Zimbabwean ids (``63-123456 X 42``), NRCs (``123456/78/1``),
Omangs, Mozambican and Angolan BIs, passports and asylum permits, ``+263``/``+260``/``+265``/
``+258``/``+244``/``+267`` and ``+27`` numbers written every way, birth dates of 1 January;
``business`` (``probe_business.py``): a UK, Irish and US bank and telecoms group's SME customers:
the bank's core (``Customer Name``, ``Customer Type`` P/B, ``Trading As``, ``Company Reg No``,
``VAT No``), B2B telecoms billing (an account name, an ``Authorised Contact`` with their own
mobile, the company's switchboard and ``accounts@``/``info@`` mailbox on every contact's row), a
CRM of business contacts (work e-mails, direct dials with extensions, job titles in name
fields), merchant onboarding (the owner's home address and birth date beside the business's
reg no and EIN) and a consumer web shop: persons, sole traders (``Smith, John t/a Smith
Electrical``, ``J Smith Plumbing``) and limited companies (``ACME TRADING LTD``, ``Acme Trading
Limited``) in one file, the person the entity and a company its own, colleagues sharing a
company's contacts, placeholders (``N/A``, ``TBC``, ``-``) and a contact at two companies;
``afghan`` (``probe_afghan.py``): an Afghan bank (Dari columns in Persian script: ``نام``, ``تخلص``,
``نام پدر``, ``تاریخ تولد``, ``شماره تذکره``, ``شماره تماس``), an Afghan mobile operator's SIM registry, a
hawala company in Hamburg with agents in Istanbul, Mashhad and Virginia (German columns, a sender
abroad and a recipient at home in one row), a Tajik bank (Cyrillic columns: ``Фамилия``, ``Ном``,
``Номи падар``, ``Санаи таваллуд``) and a refugee-aid register in Peshawar (family heads, PoR cards),
Afghans of one name and no family name, tribal names written or not, ``Mohammad``/``Mohd``/``M.``
before a name or not, Pashto letters, Arabic ي and ك, zero-width non-joiners, Latin spellings
(Zahir/Zaheer, Abdul Rahim/Abdurrahim), the father's name, Solar Hijri dates in Persian digits or a
year alone, paper and e-tazkiras, Tajik names in Tajik and Russian Cyrillic with ``-ов`` or
``-зода``, ``+93``, ``+992``, ``+92``, ``+98``, ``+49`` numbers and families on one phone;
``hospital`` (``probe_hospital.py``): a US and UK hospital group's master patient index, an
emergency department's ADT (``MRN``, ``Patient Last Name``, ``MI``, ``SSN`` or ``999-99-9999``,
``PCP``, ``Guarantor``, ``Emergency Contact Name``), UK outpatient clinics (``Hospital Number``,
``NHS Number`` with its mod-11 digit, ``Forename``, ``Registered GP``, ``Next of Kin``), a
laboratory system's HL7 names (``SMITH^JOHN^A^JR``), a pharmacy (its own ``MRN`` from the ED's
range, ``SSN Last 4``, the subscriber's ``Insurance Member ID`` and ``Cardholder Name``) and a
patient portal (a parent's e-mail on a child's account), twins, juniors and seniors at one
address, newborns as ``BABY GIRL``/``BG``/``TWIN A``, unknown patients (``DOE, JOHN``,
``TRAUMA, ALPHA``) born ``01/01/1900``, married and hyphenated names, nicknames, swapped names
and birth dates with day and month swapped; ``swahili`` (``probe_swahili.py``): a Kenyan mobile-money operator's KYC (Swahili columns: ``Jina
Kamili``, ``Nambari ya Simu``, ``Nambari ya Kitambulisho``, ``KRA PIN``), a Tanzanian bank (``Jina la
Kwanza``, ``Jina la Kati``, ``Jina la Ukoo``, ``Namba ya NIDA``: 20 digits from the birth date), a
Ugandan SACCO (``Surname``, ``Given Names``, ``NIN`` with the birth year, a next of kin), a Rwandan
telco (Kinyarwanda and French: ``Amazina``, ``Izina ry'umuryango``, ``Indangamuntu``) and a
cross-border remittance app: Christian or Muslim given names beside Kikuyu and Luo ones that very
many share (``Wanjiku``, ``Otieno``, ``Achieng``), a coastal Muslim's father's name in the middle with
``bin``/``binti`` or not, Baganda and Rwandans with their own names, not their parents'
(``Ssempala``/``Sempala``, ``Uwimana``), names in any order, a second given name dropped, years
alone, ``+254``/``+255``/``+256``/``+250`` numbers with or without the trunk 0, agents' and
relatives' phones and shared P.O. Boxes; ``punjab`` (``probe_punjab.py``): an Indian bank in Punjab (English and Gurmukhi columns: ``ਨਾਮ``,
``ਪਿਤਾ ਦਾ ਨਾਮ``, ``Father's/Husband's Name``, masked Aadhaars, PANs, a family's landline), a UK
remittance company (``Forename``, ``Surname``, ``Postcode``, a recipient in India in one row), a
Canadian telco (``First Name``, ``Last Name``, SINs with their Luhn digit, Surrey and Brampton
addresses, children's lines on a parent's account), a matrimonial and gurdwara community site and a
Lahore bank (Urdu columns in Shahmukhi, CNICs, ``S/O``/``D/O``/``W/O`` in names), Sikh men ``Singh``
and women ``Kaur`` for a last name, with a family name added, instead or not at all, unisex given
names told apart by Singh and Kaur only (husband and wife of one given name), spellings (Harpreet /
Harprit, Sandhu / Sindhu), names in Gurmukhi and Shahmukhi, married women's new family names,
``+91``, ``+44``, ``+1`` and ``+92`` numbers, families on one landline and relatives abroad.
Each set is read back as
the probes read their CSV files; tekil runs with no settings. Needs ``faker`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import logging
import math
import os
import random
import string
import time
import unicodedata

import pandas as pd
from faker import Faker
from faker.providers.date_time import change_year

from check_digits import luhn_digit
from foreign import TODAY, date_of_birth, with_fixed_string_hash
from probe_afghan import afghan
from probe_balkans import balkans
from probe_baltic import baltic
from probe_business import business
from probe_campus import campus
from probe_caribbean import caribbean
from probe_caucasus import caucasus
from probe_celtic import celtic
from probe_central import central
from probe_china import china
from probe_congo import congo
from probe_east import east
from probe_ethiopia import ethiopia
from probe_ghana import ghana
from probe_greece import greece
from probe_gulf import gulf
from probe_horn import horn
from probe_hospital import hospital
from probe_households import households
from probe_india import india
from probe_insurer import insurer
from probe_iran import iran
from probe_israel import israel
from probe_japan import japan
from probe_khmer import khmer
from probe_korea import korea
from probe_lanka import lanka
from probe_latam import latam
from probe_levant import levant
from probe_lusophone import lusophone
from probe_madagascar import madagascar
from probe_maghreb import maghreb
from probe_momo import momo
from probe_mongolia import mongolia
from probe_myanmar import myanmar
from probe_nepal import nepal
from probe_nigeria import nigeria
from probe_nordic import nordic
from probe_northam import northam
from probe_nusantara import nusantara
from probe_pacific import pacific
from probe_philippines import philippines
from probe_punjab import punjab
from probe_registry import registry
from probe_retail import retail
from probe_rhine import rhine
from probe_rldata import rldata
from probe_sahel import sahel
from probe_sea import sea
from probe_social import social
from probe_southasia import southasia
from probe_southern import southern
from probe_southeu import southeu
from probe_steppe import steppe
from probe_swahili import swahili
from probe_thai import thai
from probe_travel import travel
from probe_utility import utility
from probe_vietnam import vietnam
from probe_zaf import zaf
from slips import slip
from tekil import dedupe, evaluate, link

# real cities with coordinates and a rough weight (population), so "nearby" means something
UK = [
    ("London", 51.51, -0.13, 90),
    ("Birmingham", 52.49, -1.89, 11),
    ("Manchester", 53.48, -2.24, 6),
    ("Leeds", 53.80, -1.55, 8),
    ("Liverpool", 53.41, -2.98, 5),
    ("Sheffield", 53.38, -1.47, 6),
    ("Bristol", 51.45, -2.59, 5),
    ("Bradford", 53.80, -1.75, 5),
    ("Leicester", 52.64, -1.13, 3),
    ("Coventry", 52.41, -1.51, 3),
    ("Nottingham", 52.95, -1.15, 3),
    ("Newcastle upon Tyne", 54.98, -1.61, 3),
    ("Sunderland", 54.91, -1.38, 3),
    ("Brighton", 50.82, -0.14, 3),
    ("Hull", 53.74, -0.33, 3),
    ("Plymouth", 50.38, -4.14, 3),
    ("Stoke-on-Trent", 53.00, -2.18, 3),
    ("Wolverhampton", 52.59, -2.13, 3),
    ("Derby", 52.92, -1.48, 3),
    ("Southampton", 50.90, -1.40, 3),
    ("Portsmouth", 50.82, -1.09, 2),
    ("Oxford", 51.75, -1.26, 2),
    ("Cambridge", 52.21, 0.12, 2),
    ("Reading", 51.45, -0.97, 2),
    ("Luton", 51.88, -0.42, 2),
    ("Northampton", 52.24, -0.90, 2),
    ("Norwich", 52.63, 1.30, 2),
    ("Milton Keynes", 52.04, -0.76, 2),
    ("Swindon", 51.56, -1.78, 2),
    ("Croydon", 51.37, -0.10, 3),
    ("Kingston upon Thames", 51.41, -0.30, 1),
    ("Watford", 51.66, -0.40, 1),
    ("Slough", 51.51, -0.59, 1),
    ("Salford", 53.49, -2.29, 2),
    ("Stockport", 53.41, -2.16, 2),
    ("Bolton", 53.58, -2.43, 2),
    ("Wakefield", 53.68, -1.50, 2),
    ("Huddersfield", 53.65, -1.78, 2),
    ("York", 53.96, -1.08, 2),
    ("Edinburgh", 55.95, -3.19, 5),
    ("Glasgow", 55.86, -4.25, 6),
    ("Cardiff", 51.48, -3.18, 4),
    ("Swansea", 51.62, -3.94, 2),
    ("Belfast", 54.60, -5.93, 3),
    ("Aberdeen", 57.15, -2.09, 2),
    ("Dundee", 56.46, -2.97, 1),
    ("Exeter", 50.72, -3.53, 1),
    ("Bath", 51.38, -2.36, 1),
    ("Gloucester", 51.86, -2.24, 1),
    ("Cheltenham", 51.90, -2.08, 1),
]
FR = [
    ("Paris", 48.86, 2.35, 40),
    ("Marseille", 43.30, 5.37, 9),
    ("Lyon", 45.76, 4.84, 6),
    ("Toulouse", 43.60, 1.44, 5),
    ("Nice", 43.70, 7.27, 4),
    ("Nantes", 47.22, -1.55, 3),
    ("Strasbourg", 48.57, 7.75, 3),
    ("Montpellier", 43.61, 3.88, 3),
    ("Bordeaux", 44.84, -0.58, 3),
    ("Lille", 50.63, 3.06, 3),
    ("Rennes", 48.11, -1.68, 2),
    ("Reims", 49.26, 4.03, 2),
    ("Le Havre", 49.49, 0.11, 2),
    ("Saint-Étienne", 45.44, 4.39, 2),
    ("Toulon", 43.12, 5.93, 2),
    ("Grenoble", 45.19, 5.72, 2),
    ("Dijon", 47.32, 5.04, 2),
    ("Angers", 47.47, -0.55, 2),
    ("Nîmes", 43.84, 4.36, 2),
    ("Villeurbanne", 45.77, 4.88, 2),
    ("Clermont-Ferrand", 45.78, 3.09, 2),
    ("Aix-en-Provence", 43.53, 5.45, 2),
    ("Brest", 48.39, -4.49, 2),
    ("Tours", 47.39, 0.69, 2),
    ("Amiens", 49.89, 2.30, 2),
    ("Limoges", 45.83, 1.26, 2),
    ("Metz", 49.12, 6.18, 1),
    ("Besançon", 47.24, 6.02, 1),
    ("Perpignan", 42.70, 2.90, 1),
    ("Orléans", 47.90, 1.91, 1),
    ("Rouen", 49.44, 1.10, 1),
    ("Caen", 49.18, -0.37, 1),
    ("Nancy", 48.69, 6.18, 1),
    ("Argenteuil", 48.95, 2.25, 1),
    ("Montreuil", 48.86, 2.44, 1),
    ("Saint-Denis", 48.94, 2.36, 1),
    ("Boulogne-Billancourt", 48.84, 2.24, 1),
    ("Versailles", 48.80, 2.13, 1),
    ("Avignon", 43.95, 4.81, 1),
    ("Poitiers", 46.58, 0.34, 1),
]

NICKNAMES_GB_FR = {
    "william": ["bill", "will", "billy"],
    "robert": ["bob", "rob", "bobby"],
    "richard": ["dick", "rich", "ricky"],
    "james": ["jim", "jimmy", "jamie"],
    "john": ["jack", "johnny"],
    "thomas": ["tom", "tommy"],
    "edward": ["ed", "ted", "eddie"],
    "michael": ["mike", "mick"],
    "christopher": ["chris"],
    "matthew": ["matt"],
    "daniel": ["dan", "danny"],
    "david": ["dave", "davy"],
    "joseph": ["joe"],
    "anthony": ["tony"],
    "stephen": ["steve"],
    "steven": ["steve"],
    "andrew": ["andy", "drew"],
    "benjamin": ["ben"],
    "samuel": ["sam"],
    "alexander": ["alex"],
    "nicholas": ["nick"],
    "jonathan": ["jon"],
    "timothy": ["tim"],
    "peter": ["pete"],
    "terence": ["terry"],
    "kenneth": ["ken", "kenny"],
    "gregory": ["greg"],
    "leslie": ["les"],
    "gerald": ["gerry"],
    "raymond": ["ray"],
    "ronald": ["ron", "ronnie"],
    "donald": ["don"],
    "frederick": ["fred"],
    "henry": ["harry", "hal"],
    "harold": ["harry"],
    "charles": ["charlie", "chas"],
    "lawrence": ["larry"],
    "philip": ["phil"],
    "jacob": ["jake"],
    "joshua": ["josh"],
    "nathan": ["nat"],
    "oliver": ["ollie"],
    "elizabeth": ["liz", "beth", "lizzie"],
    "margaret": ["maggie", "peggy", "meg"],
    "katherine": ["kate", "kathy"],
    "catherine": ["cathy", "kate"],
    "kathryn": ["kate"],
    "victoria": ["vicky", "tori"],
    "jennifer": ["jenny", "jen"],
    "rebecca": ["becky", "becca"],
    "deborah": ["debbie"],
    "susan": ["sue", "susie"],
    "patricia": ["pat", "trish"],
    "jacqueline": ["jackie"],
    "samantha": ["sam"],
    "abigail": ["abby"],
    "eleanor": ["ellie", "nell"],
    "charlotte": ["lottie", "charlie"],
    "alexandra": ["alex", "sandra"],
    "christine": ["chris"],
    "jessica": ["jess"],
    "amanda": ["mandy"],
    "barbara": ["barbie", "babs"],
    "dorothy": ["dot", "dotty"],
    "josephine": ["jo", "josie"],
    "pamela": ["pam"],
    "sandra": ["sandy"],
    "natalie": ["nat"],
    "gemma": ["gem"],
    "frances": ["fran"],
    "lesley": ["les"],
    "teresa": ["terri"],
    "kimberley": ["kim"],
    "kimberly": ["kim"],
    "beverley": ["bev"],
    "valerie": ["val"],
    "judith": ["judy"],
    "shirley": ["shirl"],
    "naomi": ["nomi"],
    "megan": ["meg"],
    "olivia": ["liv"],
    "danielle": ["dani"],
    "stephanie": ["steph"],
    # French
    "alexandre": ["alex"],
    "nicolas": ["nico"],
    "frédéric": ["fred"],
    "christophe": ["chris"],
    "philippe": ["phil"],
    "emmanuel": ["manu"],
    "sébastien": ["seb"],
    "maxime": ["max"],
    "maximilien": ["max"],
    "valentin": ["val"],
    "véronique": ["véro"],
    "isabelle": ["isa"],
    "stéphanie": ["steph"],
    "mathieu": ["mat"],
    "guillaume": ["guigui"],
    "dominique": ["dom"],
    "benoît": ["ben"],
    "jean-baptiste": ["jb"],
    "jean-pierre": ["jp"],
    "marie-christine": ["marie"],
    "élisabeth": ["babeth", "élise"],
    "catherine_fr": ["cathy"],
    "françoise": ["fanfan"],
    "christine_fr": ["christine"],
    "thomas_fr": ["tom"],
    "théo": ["théo"],
    "timothée": ["tim"],
    "grégoire": ["greg"],
    "grégory": ["greg"],
    "raphaël": ["raph"],
    "anthony_fr": ["tony"],
    "patricia_fr": ["pat"],
    "emmanuelle": ["manue"],
    "charlotte_fr": ["cha"],
    "capucine": ["capu"],
}

HIST_YEARS = (1750, 1990)
TYPED_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class SplinkStyle:
    """The persons of probe 1; one instance draws both variants, fake_style first."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {"en_GB": Faker("en_GB"), "fr_FR": Faker("fr_FR")}
        for i, f in enumerate(self.fk.values()):
            f.seed_instance(seed + i)

    # ---- string errors -------------------------------------------------------------
    def typo(self, s):
        r = self.r
        if not s or len(s) < 2:
            return s, None
        i = r.randrange(len(s))
        k = r.random()
        if k < 0.25:
            return s[:i] + r.choice(TYPED_KEYS) + s[i:], "ins"
        if k < 0.5 and len(s) > 3:
            return s[:i] + s[i + 1 :], "del"
        if k < 0.75:
            return s[:i] + r.choice(TYPED_KEYS) + s[i + 1 :], "sub"
        i = r.randrange(len(s) - 1)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :], "transp"

    def case(self, s):
        if not s:
            return s, None
        return (s.lower(), "lower") if self.r.random() < 0.5 else (s.upper(), "upper")

    def cluster_size(self):
        x = self.r.random()
        if x < 0.40:
            return 1
        if x < 0.60:
            return 2
        if x < 0.72:
            return 3
        if x < 0.92:
            return self.r.randint(4, 9)
        return self.r.randint(10, 40)

    def city(self, table):
        return self.r.choices(table, weights=[c[3] for c in table])[0]

    def nearby(self, table, name):
        me = next(c for c in table if c[0] == name)
        d = sorted(
            table,
            key=lambda c: math.hypot(c[1] - me[1], (c[2] - me[2]) * math.cos(math.radians(me[1]))),
        )
        return self.r.choice(d[1:4])[0]

    # ---- masters -------------------------------------------------------------------
    def master(self, hist):
        r = self.r
        loc = "en_GB" if r.random() < 0.7 else "fr_FR"
        f = self.fk[loc]
        gender = r.choice(["male", "female"])
        first = f.first_name_male() if gender == "male" else f.first_name_female()
        middle = (
            (f.first_name_male() if gender == "male" else f.first_name_female())
            if r.random() < 0.4
            else None
        )
        sur = f.last_name()
        if hist:
            year = (
                HIST_YEARS[0]
                + (r.randint(1750, 1990) - 1750) * (HIST_YEARS[1] - HIST_YEARS[0]) // 240
            )
            dob = (
                dt.date(year, 1, 1)
                if r.random() < 0.25
                else dt.date(year, 1, 1) + dt.timedelta(days=r.randrange(365))
            )
        else:
            dob = date_of_birth(f, 16, 95)
        table = UK if loc == "en_GB" else FR
        city = self.city(table)[0]
        dom = f.free_email_domain() if r.random() < 0.7 else f.domain_name()
        fe, se = (
            strip_accents(first).lower().replace(" ", ""),
            strip_accents(sur).lower().replace(" ", ""),
        )
        pat = r.choice(
            [
                f"{fe}.{se}",
                f"{fe}{se}",
                f"{fe[0]}{se}",
                f"{se}{fe[0]}",
                f"{fe}{r.randint(1, 99)}",
                f"{fe}.{se}{r.randint(50, 99)}",
                f"{f.user_name()}",
            ]
        )
        return dict(
            loc=loc,
            table=table,
            gender=gender,
            first=first,
            middle=middle,
            sur=sur,
            dob=dob,
            city=city,
            email=f"{pat}@{dom}",
            postcode=f.postcode(),
            occ=f.job(),
            occ2=f.job() if r.random() < 0.3 else None,
        )

    # ---- shared name / dob corruption ------------------------------------------------
    def names(self, m, errs):
        r = self.r
        first, sur, middle = m["first"], m["sur"], m["middle"]
        key = first.lower()
        if m["loc"] == "fr_FR" and key + "_fr" in NICKNAMES_GB_FR:
            key = key + "_fr"
        if key in NICKNAMES_GB_FR and r.random() < 0.15:
            first = r.choice(NICKNAMES_GB_FR[key])
            errs.append("nick")
            first = first.capitalize() if m["loc"] else first
        if r.random() < 0.15:
            first, e = self.typo(first)
            errs.append("first_" + str(e))
        if r.random() < 0.15:
            sur, e = self.typo(sur)
            errs.append("sur_" + str(e))
        if m["loc"] == "fr_FR" and r.random() < 0.3:
            first, sur = strip_accents(first), strip_accents(sur)
            errs.append("noaccent")
        if r.random() < 0.15:
            first, e = self.case(first)
            sur = sur.lower() if e == "lower" else sur.upper()
            errs.append("case_" + e)
        if r.random() < 0.06:
            first, sur = sur, first
            errs.append("swap")
        return first, sur, middle

    def dob(self, d, errs):
        r = self.r
        x = r.random()
        try:
            if x < 0.05:
                d = d + dt.timedelta(days=r.choice([-1, 1]))
                errs.append("dob_day")
            elif x < 0.10:
                mo = d.month + r.choice([-1, 1])
                mo = 12 if mo == 0 else 1 if mo == 13 else mo
                d = d.replace(month=mo)
                errs.append("dob_month")
            elif x < 0.15:
                d = d.replace(year=d.year + r.choice([-1, 1]))
                errs.append("dob_year")
            elif x < 0.20 and d.day <= 12 and d.day != d.month:
                d = d.replace(month=d.day, day=d.month)
                errs.append("dob_dmswap")
        except ValueError:
            pass
        return d.isoformat()

    def email(self, e, m, errs):
        r = self.r
        x = r.random()
        if x < 0.12:
            local, dom = e.split("@")
            local, _t = self.typo(local)
            errs.append("email_typo")
            return f"{local}@{dom}"
        if x < 0.17:
            errs.append("email_other")
            return f"{strip_accents(m['first'][0]).lower()}{strip_accents(m['sur']).lower().replace(' ', '')}{r.randint(1, 999)}@{self.fk[m['loc']].free_email_domain()}"
        return e

    def place(self, m, errs, tag):
        r = self.r
        c = m["city"]
        x = r.random()
        if x < 0.10:
            c = self.nearby(m["table"], c)
            errs.append(tag + "_nearby")
        elif x < 0.20:
            c, _e = self.typo(c)
            errs.append(tag + "_typo")
        if r.random() < 0.1:
            c = c.lower()
            errs.append(tag + "_lower")
        return c

    def null(self, rec, rates, errs):
        for col, p in rates.items():
            if rec.get(col) is not None and self.r.random() < p:
                rec[col] = None
                errs.append("null_" + col)

    # ---- variants ------------------------------------------------------------------
    def fake_style(self, n):
        rows, errs_rows = [], []
        cid = 0
        while len(rows) < n:
            m = self.master(False)
            for _ in range(self.cluster_size()):
                errs = []
                first, sur, _ = self.names(m, errs)
                rec = dict(
                    first_name=first,
                    surname=sur,
                    dob=self.dob(m["dob"], errs),
                    city=self.place(m, errs, "city"),
                    email=self.email(m["email"], m, errs),
                    cluster=cid,
                )
                self.null(
                    rec, dict(first_name=0.10, surname=0.10, dob=0.15, city=0.20, email=0.30), errs
                )
                rows.append(rec)
                errs_rows.append(";".join(errs))
            cid += 1
        return self.finish(rows, errs_rows, n)

    def hist_style(self, n):
        rows, errs_rows = [], []
        cid = 0
        r = self.r
        while len(rows) < n:
            m = self.master(True)
            for _ in range(self.cluster_size()):
                errs = []
                first, sur, middle = self.names(m, errs)
                if middle and r.random() < 0.3:
                    middle = None
                    errs.append("no_middle")
                full = " ".join(x for x in (first, middle, sur) if x)
                pc = m["postcode"]
                x = r.random()
                if x < 0.1:
                    pc, _ = self.typo(pc)
                    errs.append("pc_typo")
                elif x < 0.2:
                    pc = self.fk[m["loc"]].postcode()
                    errs.append("pc_other")
                g = m["gender"]
                if r.random() < 0.02:
                    g = "female" if g == "male" else "male"
                    errs.append("gender_flip")
                occ = m["occ2"] if m["occ2"] and r.random() < 0.4 else m["occ"]
                rec = dict(
                    full_name=full,
                    first_and_surname=f"{first} {sur}",
                    first_name=first,
                    surname=sur,
                    dob=self.dob(m["dob"], errs),
                    birth_place=self.place(m, errs, "bp"),
                    postcode_fake=pc,
                    gender=g,
                    occupation=occ,
                    cluster=cid,
                )
                self.null(
                    rec,
                    dict(
                        full_name=0.10,
                        first_and_surname=0.15,
                        first_name=0.15,
                        surname=0.15,
                        dob=0.20,
                        birth_place=0.25,
                        postcode_fake=0.30,
                        gender=0.20,
                        occupation=0.40,
                    ),
                    errs,
                )
                rows.append(rec)
                errs_rows.append(";".join(errs))
            cid += 1
        return self.finish(rows, errs_rows, n)

    def finish(self, rows, errs_rows, n):
        df = pd.DataFrame(rows[:n])
        errs = pd.Series(errs_rows[:n])
        order = list(range(len(df)))
        self.r.shuffle(order)
        df = df.iloc[order].reset_index(drop=True)
        errs = errs.iloc[order].reset_index(drop=True)
        df.insert(0, "unique_id", range(len(df)))
        return df, pd.DataFrame({"unique_id": df["unique_id"], "errs": errs})


def splink_style(variant: str, records: int = 10_000, seed: int = 1) -> pd.DataFrame:
    """Probe 1's ``fake_style`` or ``hist_style`` frame, with the truth in ``cluster``."""
    gen = SplinkStyle(seed)
    # The probe drew hist_style from the same generator right after fake_style.
    df, _ = gen.fake_style(records)
    if variant == "hist_style":
        df, _ = gen.hist_style(records)
    return df


# NC city -> (county, zip codes)
NC_CITIES = {
    "RALEIGH": ("WAKE", ["27601", "27603", "27604", "27606", "27609", "27610", "27612", "27615"]),
    "CARY": ("WAKE", ["27511", "27513", "27518", "27519"]),
    "APEX": ("WAKE", ["27502", "27523", "27539"]),
    "WAKE FOREST": ("WAKE", ["27587"]),
    "DURHAM": ("DURHAM", ["27701", "27703", "27704", "27705", "27707", "27713"]),
    "CHAPEL HILL": ("ORANGE", ["27514", "27516", "27517"]),
    "HILLSBOROUGH": ("ORANGE", ["27278"]),
    "CHARLOTTE": (
        "MECKLENBURG",
        ["28202", "28205", "28207", "28209", "28210", "28211", "28226", "28277"],
    ),
    "MATTHEWS": ("MECKLENBURG", ["28104", "28105"]),
    "HUNTERSVILLE": ("MECKLENBURG", ["28078"]),
    "GREENSBORO": ("GUILFORD", ["27401", "27403", "27405", "27407", "27408", "27410"]),
    "HIGH POINT": ("GUILFORD", ["27260", "27262", "27265"]),
    "WINSTON SALEM": ("FORSYTH", ["27101", "27103", "27104", "27105", "27106", "27127"]),
    "FAYETTEVILLE": ("CUMBERLAND", ["28301", "28303", "28304", "28306", "28311", "28314"]),
    "WILMINGTON": ("NEW HANOVER", ["28401", "28403", "28405", "28409", "28411", "28412"]),
    "ASHEVILLE": ("BUNCOMBE", ["28801", "28803", "28804", "28805", "28806"]),
    "BOONE": ("WATAUGA", ["28607"]),
    "GREENVILLE": ("PITT", ["27834", "27858"]),
    "ROCKY MOUNT": ("NASH", ["27803", "27804"]),
    "WILSON": ("WILSON", ["27893", "27896"]),
    "GASTONIA": ("GASTON", ["28052", "28054", "28056"]),
    "CONCORD": ("CABARRUS", ["28025", "28027"]),
    "HICKORY": ("CATAWBA", ["28601", "28602"]),
    "JACKSONVILLE": ("ONSLOW", ["28540", "28546"]),
    "BURLINGTON": ("ALAMANCE", ["27215", "27217"]),
    "SALISBURY": ("ROWAN", ["28144", "28146", "28147"]),
    "GOLDSBORO": ("WAYNE", ["27530", "27534"]),
    "MONROE": ("UNION", ["28110", "28112"]),
    "SANFORD": ("LEE", ["27330", "27332"]),
    "LUMBERTON": ("ROBESON", ["28358", "28360"]),
}
NC_CITY_WEIGHTS = {c: (len(z) ** 1.5) for c, (_, z) in NC_CITIES.items()}
NC_AREA_CODES = {
    "WAKE": "919",
    "DURHAM": "919",
    "ORANGE": "919",
    "MECKLENBURG": "704",
    "GUILFORD": "336",
    "FORSYTH": "336",
    "CUMBERLAND": "910",
    "NEW HANOVER": "910",
    "BUNCOMBE": "828",
    "WATAUGA": "828",
    "PITT": "252",
    "NASH": "252",
    "WILSON": "252",
    "GASTON": "704",
    "CABARRUS": "704",
    "CATAWBA": "828",
    "ONSLOW": "910",
    "ALAMANCE": "336",
    "ROWAN": "704",
    "WAYNE": "919",
    "UNION": "704",
    "LEE": "919",
    "ROBESON": "910",
}

NICKNAMES_US = {
    "WILLIAM": ["BILL", "BILLY", "WILL"],
    "ROBERT": ["BOB", "BOBBY", "ROB"],
    "RICHARD": ["RICK", "DICK"],
    "JAMES": ["JIM", "JIMMY"],
    "JOHN": ["JACK", "JOHNNY"],
    "MICHAEL": ["MIKE"],
    "JOSEPH": ["JOE"],
    "THOMAS": ["TOM", "TOMMY"],
    "CHARLES": ["CHUCK", "CHARLIE"],
    "CHRISTOPHER": ["CHRIS"],
    "DANIEL": ["DAN", "DANNY"],
    "MATTHEW": ["MATT"],
    "ANTHONY": ["TONY"],
    "STEVEN": ["STEVE"],
    "STEPHEN": ["STEVE"],
    "DAVID": ["DAVE"],
    "EDWARD": ["ED", "EDDIE"],
    "SAMUEL": ["SAM"],
    "BENJAMIN": ["BEN"],
    "ANDREW": ["ANDY", "DREW"],
    "JOSHUA": ["JOSH"],
    "NICHOLAS": ["NICK"],
    "JONATHAN": ["JON"],
    "TIMOTHY": ["TIM"],
    "KENNETH": ["KEN", "KENNY"],
    "RONALD": ["RON"],
    "DONALD": ["DON"],
    "GREGORY": ["GREG"],
    "JEFFREY": ["JEFF"],
    "LAWRENCE": ["LARRY"],
    "GERALD": ["JERRY"],
    "RAYMOND": ["RAY"],
    "PATRICK": ["PAT"],
    "PETER": ["PETE"],
    "DOUGLAS": ["DOUG"],
    "ALEXANDER": ["ALEX"],
    "ZACHARY": ["ZACH"],
    "JACOB": ["JAKE"],
    "ELIZABETH": ["BETH", "LIZ", "BETSY"],
    "MARGARET": ["PEGGY", "MAGGIE"],
    "KATHERINE": ["KATHY", "KATE"],
    "KATHLEEN": ["KATHY"],
    "JENNIFER": ["JENNY", "JEN"],
    "PATRICIA": ["PATTY", "TRISH"],
    "SUSAN": ["SUE"],
    "DEBORAH": ["DEBBIE", "DEB"],
    "REBECCA": ["BECKY"],
    "KIMBERLY": ["KIM"],
    "JESSICA": ["JESS"],
    "CYNTHIA": ["CINDY"],
    "PAMELA": ["PAM"],
    "VICTORIA": ["VICKY", "TORI"],
    "SANDRA": ["SANDY"],
    "BARBARA": ["BARB"],
    "CHRISTINA": ["TINA", "CHRIS"],
    "ABIGAIL": ["ABBY"],
    "SAMANTHA": ["SAM"],
    "ALEXANDRA": ["ALEX"],
    "DOROTHY": ["DOT"],
    "JACQUELINE": ["JACKIE"],
    "STEPHANIE": ["STEPH"],
    "AMANDA": ["MANDY"],
    "MELISSA": ["MISSY"],
    "TERESA": ["TERRY"],
}
NC_STREET_SUFFIXES = {
    "Street": "ST",
    "Avenue": "AVE",
    "Road": "RD",
    "Drive": "DR",
    "Lane": "LN",
    "Court": "CT",
    "Circle": "CIR",
    "Boulevard": "BLVD",
    "Place": "PL",
    "Way": "WAY",
    "Parkway": "PKWY",
    "Trail": "TRL",
    "Terrace": "TER",
}
NC_RACES = ["W"] * 62 + ["B"] * 22 + ["A"] * 3 + ["I"] * 1 + ["O"] * 3 + ["M"] * 2 + ["U"] * 7
# Years between the snapshots (left 2012, right 2020); a quarter of people are a year older still.
SNAPSHOT_GAP = 8


def voters(households: int = 7000, seed: int = 19) -> tuple[pd.DataFrame, pd.DataFrame, set]:
    """Probe 2's two snapshots (left 2012, right 2020) and the true cross pairs of ids."""
    rng = random.Random(seed)
    fake = Faker("en_US")
    Faker.seed(seed)

    def street() -> str:
        num = rng.choice([rng.randint(1, 999), rng.randint(100, 9999), rng.randint(1000, 12999)])
        name = fake.last_name() if rng.random() < 0.5 else fake.street_name().split()[0]
        suf = rng.choice(list(NC_STREET_SUFFIXES.values()))
        s = f"{num} {name.upper()} {suf}"
        if rng.random() < 0.15:
            s += f" APT {rng.choice([rng.randint(1, 40), rng.choice('ABCDEFGH'), rng.randint(100, 399)])}"
        return s

    def place():
        city = rng.choices(list(NC_CITY_WEIGHTS), weights=list(NC_CITY_WEIGHTS.values()))[0]
        county, zips = NC_CITIES[city]
        return street(), city, rng.choice(zips), county

    def phone(county: str) -> str:
        return f"{NC_AREA_CODES[county]}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"

    def first(sex: str) -> str:
        return (fake.first_name_male() if sex == "M" else fake.first_name_female()).upper()

    def typo(s: str) -> str:
        if len(s) < 3:
            return s
        i = rng.randrange(1, len(s))  # keep the first letter mostly
        op = rng.choice(["sub", "del", "ins", "swap"])
        letters = string.ascii_uppercase
        if op == "sub":
            return s[:i] + rng.choice(letters.replace(s[i], "")) + s[i + 1 :]
        if op == "del":
            return s[:i] + s[i + 1 :]
        if op == "ins":
            return s[:i] + rng.choice(letters) + s[i:]
        if i == len(s) - 1:
            i -= 1
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    persons = []  # dicts: pid, hid, kind, sex, first, middle, last, sfx, race, age(left), addr...

    def person(hid, sex, last, age, addr, kind, first_name=None, middle=None, sfx="", hphone=None):
        p = dict(
            pid=len(persons),
            hid=hid,
            kind=kind,
            sex=sex,
            first=first_name or first(sex),
            middle=middle
            if middle is not None
            else first(rng.choice("MF") if rng.random() < 0.3 else sex),
            last=last,
            sfx=sfx,
            race=None,
            age=age,
            street=addr[0],
            city=addr[1],
            zip=addr[2],
            county=addr[3],
            phone=hphone
            if hphone and rng.random() < 0.8
            else (phone(addr[3]) if rng.random() < 0.5 else ""),
        )
        persons.append(p)
        return p

    for hid in range(households):
        addr = place()
        last = fake.last_name().upper()
        race = rng.choice(NC_RACES)
        hphone = phone(addr[3]) if rng.random() < 0.3 else None  # a household landline
        r = rng.random()
        members = []
        if r < 0.55:
            sex = rng.choice("MF")
            members.append(person(hid, sex, last, rng.randint(18, 88), addr, "single"))
        elif r < 0.80:  # couple
            a = rng.randint(22, 85)
            h = person(hid, "M", last, a, addr, "husband", hphone=hphone)
            maiden = fake.last_name().upper()
            w = person(
                hid,
                "F",
                last,
                max(18, a + rng.randint(-6, 3)),
                addr,
                "wife",
                hphone=hphone,
                middle=maiden if rng.random() < 0.3 else None,
            )
            members += [h, w]
        elif r < 0.90:  # father / son with the same first name, JR/SR (or JR/III)
            a = rng.randint(45, 85)
            fn = first("M")
            mid = first("M")
            fsfx, ssfx = rng.choice([("SR", "JR"), ("", "JR"), ("JR", "III"), ("SR", "JR")])
            f = person(
                hid,
                "M",
                last,
                a,
                addr,
                "father",
                first_name=fn,
                middle=mid,
                sfx=fsfx,
                hphone=hphone,
            )
            s = person(
                hid,
                "M",
                last,
                a - rng.randint(20, 35),
                addr,
                "son",
                first_name=fn,
                middle=mid if rng.random() < 0.8 else None,
                sfx=ssfx,
                hphone=hphone,
            )
            members += [f, s]
            if rng.random() < 0.5:
                members.append(
                    person(hid, "F", last, a + rng.randint(-5, 2), addr, "mother", hphone=hphone)
                )
        else:  # parent + adult child with a different first name (sometimes siblings too)
            a = rng.randint(42, 85)
            sex = rng.choice("MF")
            members.append(person(hid, sex, last, a, addr, "parent", hphone=hphone))
            for _ in range(rng.choice([1, 1, 2])):
                members.append(
                    person(
                        hid,
                        rng.choice("MF"),
                        last,
                        max(18, a - rng.randint(20, 38)),
                        addr,
                        "child",
                        hphone=hphone,
                    )
                )
        for m in members:
            m["race"] = race if rng.random() < 0.95 else rng.choice(NC_RACES)

    # who appears where: 80 % both, 10 % left only (died / left the state), 10 % right only
    for p in persons:
        u = rng.random()
        p["where"] = "both" if u < 0.8 else ("left" if u < 0.9 else "right")

    stats = dict(
        married=0,
        moved=0,
        mid_initial=0,
        mid_missing=0,
        typo=0,
        nick=0,
        phone_changed=0,
        sfx_dropped=0,
        sex_u=0,
    )
    moved_house = {h: rng.random() < 0.2 for h in range(households)}  # households move together ...
    new_addr = {h: place() for h in range(households) if moved_house[h]}

    def midl(m: str) -> str:
        u = rng.random()
        if u < 0.15:
            return m[0]
        if u < 0.25:
            return ""
        return m

    def record(p, later: bool):
        r = dict(
            first_name=p["first"],
            midl_name=p["middle"],
            last_name=p["last"],
            name_sfx=p["sfx"],
            sex_code=p["sex"],
            race_code=p["race"],
            age=p["age"],
            res_street_address=p["street"],
            res_city_desc=p["city"],
            zip_code=p["zip"],
            full_phone_number=p["phone"],
            county=p["county"],
        )
        r["midl_name"] = midl(r["midl_name"])
        if rng.random() < 0.03:
            r["sex_code"] = "U"
            stats["sex_u"] += 1
        if r["name_sfx"] and rng.random() < 0.1:
            r["name_sfx"] = ""
            stats["sfx_dropped"] += 1
        if not later:
            if rng.random() < 0.3:
                r["full_phone_number"] = ""
            return r
        r["age"] = p["age"] + SNAPSHOT_GAP + (1 if rng.random() < 0.25 else 0)
        if p["sex"] == "F" and rng.random() < 0.10:
            r["last_name"] = fake.last_name().upper()
            stats["married"] += 1
            if rng.random() < 0.3:  # maiden name moved into the middle name
                r["midl_name"] = p["last"]
        moved = moved_house[p["hid"]] if rng.random() < 0.85 else rng.random() < 0.2
        if moved:
            a = new_addr.get(p["hid"]) or place()
            r.update(res_street_address=a[0], res_city_desc=a[1], zip_code=a[2], county=a[3])
            stats["moved"] += 1
        elif rng.random() < 0.05:  # the same address written another way
            r["res_street_address"] = (
                r["res_street_address"].replace(" APT ", " # ").replace(" ST", " STREET", 1)
            )
        u = rng.random()
        if u < 0.05:
            if rng.random() < 0.5:
                r["first_name"] = typo(r["first_name"])
            else:
                r["last_name"] = typo(r["last_name"])
            stats["typo"] += 1
        if r["first_name"] in NICKNAMES_US and rng.random() < 0.10:  # ~3 % of all people
            r["first_name"] = rng.choice(NICKNAMES_US[r["first_name"]])
            stats["nick"] += 1
        u = rng.random()
        if u < 0.35:
            r["full_phone_number"] = ""
        elif (u < 0.60 or not r["full_phone_number"]) and rng.random() < 0.6:
            r["full_phone_number"] = phone(r["county"])
            stats["phone_changed"] += 1
        return r

    def ids(n):
        return rng.sample(range(10_000_000, 99_999_999), n)

    left_rows, right_rows = [], []
    for p in persons:
        if p["where"] in ("both", "left"):
            left_rows.append({"pid": p["pid"], **record(p, False)})
        if p["where"] in ("both", "right"):
            right_rows.append({"pid": p["pid"], **record(p, True)})
    L, R = pd.DataFrame(left_rows), pd.DataFrame(right_rows)
    L.insert(0, "voter_reg_num", [f"{x}" for x in ids(len(L))])
    R.insert(0, "voter_reg_num", [f"{x}" for x in ids(len(R))])
    L = L.sample(frac=1, random_state=seed).reset_index(drop=True)
    R = R.sample(frac=1, random_state=seed + 1).reset_index(drop=True)
    truth = L[["pid", "voter_reg_num"]].merge(R[["pid", "voter_reg_num"]], on="pid")
    true = set(zip(truth.voter_reg_num_x, truth.voter_reg_num_y, strict=True))
    return L.drop(columns="pid"), R.drop(columns="pid"), true


class Person:
    """A customer of probe 3, attributes set by ``bank_systems``."""


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
ES_MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "hotmail.es",
    "yahoo.es",
    "outlook.es",
    "telefonica.net",
]


def bank_systems(n_persons: int = 2500, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """Probe 3's records of five source systems (``source``) and each record's person."""
    rnd = random.Random(seed)
    fk = Faker("es_ES")
    Faker.seed(seed)

    def strip_accents(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

    def typo(s: str) -> str:
        return slip(rnd, s, "aeiourslnt")

    def maybe(p: float) -> bool:
        return rnd.random() < p

    def dni() -> str:
        n = rnd.randrange(10_000_000, 99_999_999)
        return f"{n:08d}{DNI_LETTERS[n % 23]}"

    def dni_fmt(d: str) -> str:
        r = rnd.random()
        if r < 0.55:
            return d
        if r < 0.70:
            return f"{d[:8]}-{d[8]}"
        if r < 0.80:
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}-{d[8]}"
        if r < 0.90:
            return d.lower()
        if r < 0.97:
            return d[:8]  # letter dropped
        return d[:7] + str((int(d[7]) + 1) % 10) + d[8]  # digit typo

    def mobile() -> str:
        if maybe(0.85):
            return "6" + "".join(rnd.choice("0123456789") for _ in range(8))
        return "7" + rnd.choice("1234") + "".join(rnd.choice("0123456789") for _ in range(7))

    def landline() -> str:
        return "9" + rnd.choice("1345678") + "".join(rnd.choice("0123456789") for _ in range(7))

    def phone_fmt(p: str) -> str:
        r = rnd.random()
        if r < 0.25:
            return p
        if r < 0.45:
            return f"+34 {p[:3]} {p[3:6]} {p[6:]}"
        if r < 0.58:
            return f"0034{p}"
        if r < 0.70:
            return f"{p[:3]} {p[3:5]} {p[5:7]} {p[7:]}"
        if r < 0.80:
            return f"+34{p}"
        if r < 0.88:
            return f"(+34) {p[:3]}-{p[3:6]}-{p[6:]}"
        if r < 0.94:
            return f"34{p}"
        return f"{p[:3]}.{p[3:6]}.{p[6:]}"

    def luhn_card(prefix: str) -> str:
        body = prefix + "".join(str(rnd.randrange(10)) for _ in range(15 - len(prefix)))
        return body + luhn_digit(body)

    def card_fmt(c: str) -> str:
        r = rnd.random()
        if r < 0.30:
            return f"{c[:4]} {c[4:6]}** **** {c[12:]}"
        if r < 0.45:
            return f"************{c[12:]}"
        if r < 0.55:
            return f"XXXX-XXXX-XXXX-{c[12:]}"
        if r < 0.80:
            return " ".join(c[i : i + 4] for i in range(0, 16, 4))
        return c

    def new_person(household: Person | None = None) -> Person:
        p = Person()
        p.female = maybe(0.5)
        p.given = fk.first_name_female() if p.female else fk.first_name_male()
        if maybe(0.2):  # compound given name
            p.given = p.given + " " + (fk.first_name_female() if p.female else fk.first_name_male())
        p.ap1 = fk.last_name()
        p.ap2 = fk.last_name()
        p.dob = date_of_birth(fk, 18, 85)
        p.dni = dni()
        if household is not None:
            p.kind = rnd.choice(["spouse", "child", "child"])
            if p.kind == "child":
                p.ap1 = household.ap1
                p.dob = date_of_birth(fk, 18, 30)
            p.street, p.postcode, p.city = household.street, household.postcode, household.city
            p.landline = household.landline
            p.family_email = household.family_email
        else:
            p.kind = "head"
            p.street = fk.street_address()
            p.postcode = fk.postcode()
            p.city = fk.city()
            p.landline = landline() if maybe(0.5) else None
            p.family_email = None
        n_lines = rnd.choice([1, 1, 2, 2, 3])
        p.mobiles = [mobile() for _ in range(n_lines)]
        p.cards = [
            luhn_card(rnd.choice(["4", "51", "52", "55"])) for _ in range(rnd.choice([0, 1, 1, 2]))
        ]
        base = strip_accents(p.given.split()[0].lower())
        a1 = strip_accents(p.ap1.lower().replace(" ", ""))
        a2 = strip_accents(p.ap2.lower().replace(" ", ""))
        yy = str(p.dob.year)[2:]
        forms = [
            f"{base}.{a1}",
            f"{base}{a1}{yy}",
            f"{base[0]}{a1}{a2[0]}",
            f"{base}_{a1}",
            f"{base}{a1}{rnd.randrange(1, 999)}",
            f"{a1}.{base}",
            f"{base}.{a1}.{a2}",
        ]
        p.emails = [
            f"{rnd.choice(forms)}@{rnd.choice(ES_MAIL_DOMAINS)}"
            for _ in range(rnd.choice([1, 1, 2]))
        ]
        p.handle = None
        if maybe(0.5):
            p.handle = rnd.choice(
                [f"{base}{a1}", f"{base}_{yy}", f"{base[:4]}{a1[:4]}", fk.user_name()]
            )
        return p

    persons: list[Person] = []
    for i in range(n_persons):
        hh = persons[-1] if persons and persons[-1].kind == "head" and maybe(0.25) else None
        if hh is not None and hh.family_email is None and maybe(0.3):
            hh.family_email = f"familia{strip_accents(hh.ap1.lower().replace(' ', ''))}{rnd.randrange(10, 99)}@{rnd.choice(ES_MAIL_DOMAINS)}"
        if hh is not None and hh.landline is None:
            hh.landline = landline()
        p = new_person(hh)
        p.pid = f"P{i:05d}"
        p.household = hh.pid if hh is not None else p.pid
        persons.append(p)

    rows: list[dict] = []

    def nm(s: str, p_typo=0.06, p_strip=0.3) -> str:
        if maybe(p_typo):
            s = typo(s)
        if maybe(p_strip):
            s = strip_accents(s)
        return s

    def address(p: Person) -> str:
        s = p.street
        if maybe(0.3):
            s = s.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ").replace("Plaza ", "Pza. ")
        if maybe(0.1):
            s = typo(s)
        return nm(s, 0, 0.3)

    for p in persons:
        # billing: one record per line (mobiles + landline for the household head)
        lines = list(p.mobiles)
        if p.landline is not None and p.kind == "head":
            lines.append(p.landline)
        for ln in lines:
            full = f"{p.ap1} {p.ap2}, {p.given}"
            if maybe(0.5):
                full = full.upper()
            if maybe(0.1):
                full = f"{p.given} {p.ap1} {p.ap2}"
            rows.append(
                dict(
                    source="facturacion",
                    person=p.pid,
                    titular=nm(full),
                    dni=dni_fmt(p.dni) if maybe(0.95) else None,
                    domicilio=address(p) if maybe(0.95) else None,
                    cp=p.postcode if maybe(0.9) else None,
                    poblacion=nm(p.city, 0.02) if maybe(0.9) else None,
                    linea=phone_fmt(ln),
                    fecha_alta=str(fk.date_between_dates(change_year(TODAY, -8), TODAY)),
                    num_contrato=f"CT{rnd.randrange(10**8, 10**9)}",
                )
            )
        # card system: embossed name in capitals, masked or clear number
        for c in p.cards:
            g = strip_accents(p.given).upper()
            if " " in g and maybe(0.5):
                g = g.split()[0] + " " + g.split()[1][0]
            emb = f"{g} {strip_accents(p.ap1).upper()}"
            if maybe(0.4):
                emb += " " + strip_accents(p.ap2).upper()
            rows.append(
                dict(
                    source="tarjetas",
                    person=p.pid,
                    nombre_tarjeta=emb[:26],
                    num_tarjeta=card_fmt(c),
                    tel_avisos=phone_fmt(rnd.choice(p.mobiles)) if maybe(0.8) else None,
                    dni_titular=dni_fmt(p.dni) if maybe(0.3) else None,
                    caducidad=f"{rnd.randrange(1, 13):02d}/{rnd.randrange(25, 31)}",
                )
            )
        # CRM
        if maybe(0.7):
            rows.append(
                dict(
                    source="crm",
                    person=p.pid,
                    nombre=nm(p.given) if maybe(0.97) else None,
                    apellidos=nm(f"{p.ap1} {p.ap2}" if maybe(0.85) else p.ap1)
                    if maybe(0.97)
                    else None,
                    email=(
                        p.family_email if p.family_email and maybe(0.3) else rnd.choice(p.emails)
                    )
                    if maybe(0.85)
                    else None,
                    movil=phone_fmt(rnd.choice(p.mobiles)) if maybe(0.85) else None,
                    fecha_nacimiento=p.dob.strftime(
                        rnd.choice(["%d/%m/%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"])
                    )
                    if maybe(0.85)
                    else None,
                    nif=dni_fmt(p.dni) if maybe(0.6) else None,
                )
            )
        # social care
        if p.handle is not None:
            h = p.handle
            hf = rnd.choice([f"@{h}", f"@{h}", h, f"https://twitter.com/{h}", f"instagram.com/{h}"])
            disp = rnd.choice(
                [
                    f"{p.given.split()[0]} {p.ap1}",
                    f"{p.given.split()[0]} {p.ap1[0]}.",
                    p.given.split()[0],
                    f"{p.given} {p.ap1} {p.ap2}",
                    h,
                ]
            )
            ph = rnd.choice(p.mobiles)
            msg = rnd.choice(
                [
                    f"Hola, mi línea {phone_fmt(ph)} lleva dos días sin datos",
                    f"No me funciona el móvil {phone_fmt(ph)}, podéis ayudarme?",
                    "Me habéis cobrado dos veces la factura de este mes!!",
                    "Cuándo llega la fibra a mi barrio?",
                    "Gracias por la ayuda",
                ]
            )
            rows.append(
                dict(
                    source="social",
                    person=p.pid,
                    nombre_visible=nm(disp, 0.03, 0.4),
                    usuario=hf,
                    mensaje=msg,
                )
            )
        # e-commerce: one account per e-mail
        accounts = list(p.emails)
        if p.family_email and maybe(0.6):
            accounts = [p.family_email, *accounts[1:]]
        for e in accounts:
            if not maybe(0.75):
                continue
            em = e
            if maybe(0.04):
                em = typo(e.split("@")[0]) + "@" + e.split("@")[1]
            if maybe(0.2):
                em = em.upper() if maybe(0.3) else em.capitalize()
            a = f"{address(p)}, {p.postcode} {p.city}"
            rows.append(
                dict(
                    source="ecommerce",
                    person=p.pid,
                    correo=em,
                    nombre_cliente=nm(f"{p.given} {p.ap1}" + (f" {p.ap2}" if maybe(0.5) else ""))
                    if maybe(0.9)
                    else None,
                    direccion_envio=a if maybe(0.85) else None,
                    telefono_envio=phone_fmt(
                        p.landline if p.landline and maybe(0.3) else rnd.choice(p.mobiles)
                    )
                    if maybe(0.5)
                    else None,
                    tarjeta_guardada=card_fmt(rnd.choice(p.cards))
                    if p.cards and maybe(0.3)
                    else None,
                    id_cliente_web=f"W{rnd.randrange(10**6, 10**7)}",
                )
            )

    df = pd.DataFrame(rows)
    df = df.sample(frac=1, random_state=seed).reset_index(drop=True)
    df.insert(0, "record_id", [f"r{i:06d}" for i in range(len(df))])
    truth = df[["record_id", "person"]].rename(columns={"person": "person_id"})
    df = df.drop(columns=["person"])
    return df, truth.set_index("record_id")["person_id"]


def read_back(df: pd.DataFrame, **read_csv) -> pd.DataFrame:
    """The frame as the probes read it from their CSV files: every value a string."""
    buffer = io.StringIO()
    df.to_csv(buffer, index=False)
    buffer.seek(0)
    return pd.read_csv(buffer, dtype=str, keep_default_na=False, **read_csv)


#: ``--no-column-names``: every column but the id is renamed ``column_1``, ``column_2``, ... as
#: a file read without its header row (or with names in a language tekil does not know) has
#: them, so that the roles come from the values alone.
NUMBERED = {"on": False}


def numbered(df: pd.DataFrame, id_column: str) -> pd.DataFrame:
    """``df`` with its columns numbered where ``--no-column-names`` asks for it."""
    if not NUMBERED["on"]:
        return df
    own = [c for c in df.columns if c != id_column]
    return df.rename(columns={c: f"column_{k + 1}" for k, c in enumerate(own)})


def scores(pred: set, true: set) -> tuple[float, float, float]:
    tp = len(pred & true)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(true)
    return p, r, 2 * p * r / (p + r) if tp else 0.0


def run_splink_style(variant: str) -> tuple[int, tuple, float]:
    df = read_back(splink_style(variant), na_values=[""])
    df["unique_id"] = df["unique_id"].astype(int)
    truth = df.set_index("unique_id")["cluster"]
    start = time.perf_counter()
    df = numbered(df.drop(columns=["cluster"]), "unique_id")
    res = dedupe(df, id_column="unique_id", settings=None)
    wall = time.perf_counter() - start
    m = evaluate(res.clusters.set_index("unique_id")["cluster_id"], truth)
    return len(df), (m["pair_precision"], m["pair_recall"], m["pair_f1"]), wall


def run_voters() -> tuple[int, tuple, float]:
    left, right, true = voters()
    left, right = (numbered(read_back(d), "voter_reg_num") for d in (left, right))
    start = time.perf_counter()
    res = link(left, right, settings=None, id_column="voter_reg_num")
    wall = time.perf_counter() - start
    cl = res.clusters
    both = cl[cl.source == "left"].merge(cl[cl.source == "right"], on="cluster_id")
    pred = set(zip(both.voter_reg_num_x, both.voter_reg_num_y, strict=True))
    return len(left) + len(right), scores(pred, true), wall


def run_dedupe(generate, id_column: str) -> tuple[int, tuple, float]:
    """tekil.dedupe with no settings on one file: ``generate()`` gives (records, truth)."""
    df, truth = generate()
    df = numbered(read_back(df).replace("", None), id_column)
    start = time.perf_counter()
    res = dedupe(df, id_column=id_column, settings=None)
    wall = time.perf_counter() - start
    m = evaluate(res.clusters.set_index(id_column)["cluster_id"], truth)
    return len(df), (m["pair_precision"], m["pair_recall"], m["pair_f1"]), wall


def run_bank_systems() -> tuple[int, tuple, float]:
    return run_dedupe(bank_systems, "record_id")


PROBES = {
    "historical": lambda: run_splink_style("hist_style"),
    "fake": lambda: run_splink_style("fake_style"),
    "voters": run_voters,
    "systems": run_bank_systems,
    "registry": lambda: run_dedupe(registry, "RECORD_ID"),
    "households": lambda: run_dedupe(households, "record_id"),
    "gulf": lambda: run_dedupe(gulf, "record_id"),
    "insurer": lambda: run_dedupe(insurer, "id_registro"),
    "utility": lambda: run_dedupe(utility, "record_id"),
    "momo": lambda: run_dedupe(momo, "txn_party_id"),
    "sea": lambda: run_dedupe(sea, "REC_NO"),
    "retail": lambda: run_dedupe(retail, "id_enregistrement"),
    "east": lambda: run_dedupe(east, "record_uid"),
    "nordic": lambda: run_dedupe(nordic, "rad_id"),
    "japan": lambda: run_dedupe(japan, "record_id"),
    "india": lambda: run_dedupe(india, "rec_id"),
    "korea": lambda: run_dedupe(korea, "row_id"),
    "nigeria": lambda: run_dedupe(nigeria, "row_id"),
    "social": lambda: run_dedupe(social, "row_id"),
    "vietnam": lambda: run_dedupe(vietnam, "row_id"),
    "philippines": lambda: run_dedupe(philippines, "REC_ID"),
    "china": lambda: run_dedupe(china, "row_id"),
    "nusantara": lambda: run_dedupe(nusantara, "row_id"),
    "zaf": lambda: run_dedupe(zaf, "rekord_id"),
    "ethiopia": lambda: run_dedupe(ethiopia, "row_id"),
    "iran": lambda: run_dedupe(iran, "row_id"),
    "latam": lambda: run_dedupe(latam, "row_id"),
    "maghreb": lambda: run_dedupe(maghreb, "row_id"),
    "southeu": lambda: run_dedupe(southeu, "row_id"),
    "rhine": lambda: run_dedupe(rhine, "Datensatz_ID"),
    "southasia": lambda: run_dedupe(southasia, "row_id"),
    "rldata": lambda: run_dedupe(rldata, "row_id"),
    "central": lambda: run_dedupe(central, "row_id"),
    "israel": lambda: run_dedupe(israel, "row_id"),
    "steppe": lambda: run_dedupe(steppe, "row_id"),
    "greece": lambda: run_dedupe(greece, "row_id"),
    "northam": lambda: run_dedupe(northam, "row_id"),
    "lanka": lambda: run_dedupe(lanka, "row_id"),
    "sahel": lambda: run_dedupe(sahel, "row_id"),
    "caucasus": lambda: run_dedupe(caucasus, "row_id"),
    "balkans": lambda: run_dedupe(balkans, "row_id"),
    "myanmar": lambda: run_dedupe(myanmar, "row_id"),
    "ghana": lambda: run_dedupe(ghana, "row_id"),
    "mongolia": lambda: run_dedupe(mongolia, "row_id"),
    "lusophone": lambda: run_dedupe(lusophone, "row_id"),
    "thai": lambda: run_dedupe(thai, "row_id"),
    "baltic": lambda: run_dedupe(baltic, "row_id"),
    "celtic": lambda: run_dedupe(celtic, "row_id"),
    "congo": lambda: run_dedupe(congo, "row_id"),
    "caribbean": lambda: run_dedupe(caribbean, "row_id"),
    "pacific": lambda: run_dedupe(pacific, "row_id"),
    "madagascar": lambda: run_dedupe(madagascar, "row_id"),
    "travel": lambda: run_dedupe(travel, "row_id"),
    "levant": lambda: run_dedupe(levant, "row_id"),
    "nepal": lambda: run_dedupe(nepal, "row_id"),
    "campus": lambda: run_dedupe(campus, "row_id"),
    "horn": lambda: run_dedupe(horn, "row_id"),
    "khmer": lambda: run_dedupe(khmer, "row_id"),
    "southern": lambda: run_dedupe(southern, "row_id"),
    "business": lambda: run_dedupe(business, "row_id"),
    "afghan": lambda: run_dedupe(afghan, "row_id"),
    "hospital": lambda: run_dedupe(hospital, "row_id"),
    "swahili": lambda: run_dedupe(swahili, "row_id"),
    "punjab": lambda: run_dedupe(punjab, "row_id"),
}


def main() -> None:
    with_fixed_string_hash()
    os.environ.setdefault("TEKIL_CARD_KEY", "benchmark")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--probes", nargs="+", choices=list(PROBES), default=list(PROBES))
    parser.add_argument(
        "--no-column-names", action="store_true", help="number the columns: roles from values"
    )
    args = parser.parse_args()
    NUMBERED["on"] = args.no_column_names
    logging.disable(logging.WARNING)
    print("| probe | records | pair P | pair R | pair F1 | wall s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in args.probes:
        records, (p, r, f1), wall = PROBES[name]()
        print(f"| {name} | {records:,} | {p:.3f} | {r:.3f} | {f1:.3f} | {wall:.1f} |", flush=True)


if __name__ == "__main__":
    main()
