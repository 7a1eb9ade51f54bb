"""Settings: which column plays which role, and how the pipeline runs.

With no settings, :func:`guess_settings` reads the column names (Turkish,
English and a few other languages) and, for columns whose name says nothing,
the values themselves, and proposes a role per column. The guess is shown to
the user (``Settings.describe()``) and can be saved, edited and loaded back.

>>> import pandas as pd
>>> df = pd.DataFrame({"musteri_no": ["a1", "a2"], "ad": ["Ali", "Ayşe"], "soyad": ["Kaya", "Demir"],
...                    "gsm": ["0532 111 22 33", "0533 444 55 66"]})
>>> s = guess_settings(df)
>>> s.id_column, s.roles
('musteri_no', {'ad': 'first_name', 'soyad': 'last_name', 'gsm': 'phone'})
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import re
import tomllib
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from tekil._frames import uncategorised
from tekil.errors import ConfigError
from tekil.normalize._common import as_strings, texts
from tekil.normalize.text import fold

log = logging.getLogger(__name__)

#: Every role a column can play, with what it is for.
ROLES: dict[str, str] = {
    "first_name": "given name(s)",
    "last_name": "family name",
    "full_name": "whole name in one column",
    "dob": "date of birth",
    "phone": "phone number",
    "email": "e-mail address",
    "handle": "social media handle or profile URL",
    "card": "payment card number (tokenised at once)",
    "tckn": "Turkish national id (T.C. kimlik no)",
    "free_id": "another identifier shared across systems (SSN, passport, member no)",
    "address": "street address",
    "house_number": "house or street number",
    "city": "city, town or locality",
    "district": "district or county within a city",
    "postcode": "postal code",
    "region": "state, province or region",
    "gender": "gender or sex",
    "suffix": "generational suffix of the name: Jr, Sr, II, III (compared on its own)",
    "age": "age in years (where no birth date is given; compared by years apart)",
    "country": "country of residence (a number without a country code is read as dialled there)",
    "birth_place": "place of birth: a town, region or country (compared apart from the residence)",
    "middle_name": "middle name(s) or initial, or a patronymic (compared on its own)",
    "known_as": "a name the person goes by beside the given one: a preferred name, Jack for Wei "
    "(met by the other record's given name)",
    "birth_name": "family name at birth, a maiden name (met by the other record's family name)",
    "mother_name": "the mother's given name, as identity papers give it (compared on its own)",
    "father_name": "the father's given name, as identity papers give it (compared on its own)",
    "ignore": "not used for matching",
}

#: Identifier roles and how agreeing on one links two records by default: ``link`` joins them
#: (unless the value is shared or a guard objects), ``evidence`` only weighs in the model.
#: A free-form id has no checksum to tell a typo from another person's id: evidence only.
IDENTIFIER_ROLES: dict[str, str] = {
    "card": "link",
    "tckn": "link",
    "email": "link",
    "handle": "link",
    "phone": "link",
    "free_id": "evidence",
}
_LINK_MODES = ("link", "evidence")

#: Roles that describe where a person lives: agreeing on one makes agreeing on the others likely.
LOCATION_ROLES = frozenset({"address", "house_number", "city", "district", "postcode", "region"})
#: Roles whose values the members of one household may all hold: their home, family name,
#: landline, family e-mail, and a card one pays with for another.
HOUSEHOLD_ROLES = LOCATION_ROLES | {"location", "last_name", "phone", "email", "card"}

# Column-name aliases, compared after folding and removing separators ("Doğum Tarihi" → "dogumtarihi").
_NAME_ALIASES: dict[str, list[str]] = {
    "first_name": [
        "اسم أول",
        "اسم اول",
        "primeiro nome",
        "primeironome",
        "prenume",
        "שם פרטי",
        "ชื่อ",
        "tên",
        "ім'я",
        "pangalan",
        "unang pangalan",
        "fn",
        "frstnm",
        "frstname",
        "fstname",
        "firstname",
        "fname",
        "givenname",
        "givennames",
        "forename",
        "first",
        "namefirst",
        "ad",
        "adi",
        "isim",
        "ilkad",
        "musteriadi",
        "vorname",
        "prenom",
        "nombre",
        "voornaam",
        "voorname",  # Afrikaans: all the given names
        "firstnames",
        "initials",
        "voorletters",  # Dutch: the initials of all the given names ("J.C.")
        "initialen",
        "nome",
        "imie",
        "fornamn",
        "etunimi",
        "etunimet",  # Finnish: all the given names
        "tilltalsnamn",  # Swedish: the given name used
        "kutsumanimi",  # Finnish: the given name used
        "fornavn",
        "jmeno",
        "krestnijmeno",
        "keresztnev",
        "namadepan",
        "имя",
        "imya",
        "名",
        "名字",
        "όνομα",
        "الاسمالأول",
        "given",
        "christianname",
    ],
    "last_name": [
        "اسم عائلة",
        "لقب",
        "اسم أخير",
        "اسم اخير",
        "last name/surname",
        "lastnamesurname",
        "nume",
        "nume de familie",
        "שם משפחה",
        "นามสกุล",
        "họ",
        "прізвище",
        "apelyido",
        "ln",
        "surnm",
        "lstnm",
        "lstname",
        "namefamily",
        "lastname",
        "lname",
        "surname",
        "familyname",
        "namelast",
        "last",
        "soyad",
        "soyadi",
        "soyisim",
        "soyismi",
        "nachname",
        "nom",
        "apellido",
        "apellidos",
        "achternaam",
        "van",  # Afrikaans ("Van / Surname" on South African forms)
        "cognome",
        "nazwisko",
        "sobrenome",
        "apelido",
        "familienname",
        "nomdefamille",
        "lastnm",
        "efternamn",
        "sukunimi",
        "etternavn",
        "efternavn",
        "prijmeni",
        "vezeteknev",
        "namabelakang",
        "фамилия",
        "familiya",
        "姓",
        "姓氏",
        "성",
        "επώνυμο",
        "اسمالعائلة",
        "उपनाम",
    ],
    "full_name": [
        # A Japanese name's reading in kana, kept beside the name in Chinese characters: read
        # first (see _readings_first), as it meets the Latin letters of a card.
        "フリガナ",
        "ふりがな",
        "furigana",
        "カナ",
        "カナ氏名",
        "氏名カナ",
        "氏名フリガナ",
        "よみがな",
        "ヨミガナ",
        "kana",
        "namekana",
        "kananame",
        "fullnamekana",
        "shimeikana",
        "titular",  # a Spanish or Portuguese account's holder
        "titulaire",
        "titulaireducompte",  # (an account's holder, no account number)
        "inhaber",
        "karteninhaber",
        "kontoinhaber",
        "embossedname",
        "embossingname",
        "apellidosynombre",
        "apellidosnombre",
        "cognomeenome",
        "cognomenome",
        "nomecliente",
        "nomeclient",
        "nomclient",
        "nomduclient",
        "nombre titular",
        "nombre completo",
        "اسم",
        "اسم كامل",
        "vollständiger name",
        "kundenname",
        "name des kunden",
        "nome completo",
        "naam",
        "naam klant",
        "klantnaam",
        "student name",
        "vor- und nachname",
        "vor und nachname",
        "nome e cognome",
        "imię i nazwisko",
        "nombre y apellido",
        "nom et prénom",
        "nom prénom",
        "voor- en achternaam",
        "ad soyad",
        "adı soyadı",
        "ชื่อ-นามสกุล",
        "שם מלא",
        "повне ім'я",
        "insuredname",
        "employeename",
        "contactperson",
        "name",
        "fullname",
        "realname",  # an app's "real name" check (实名), beside a nickname
        # Given and family name together, as some files name it.
        "firstandsurname",
        "policyholder",
        "policyholdername",
        "nameoncard",
        "firstnameandlastname",
        "forenameandsurname",
        "givenandfamilyname",
        "firstandlastname",
        "firstlastname",
        "firstnamelastname",
        "nameandsurname",
        "namesurname",
        "vornameundname",
        "prenomnom",
        "nombreyapellidos",
        "customername",
        "clientname",
        "displayname",
        "adsoyad",
        "adisoyadi",
        "isimsoyisim",
        "adsoyadi",
        "musteriadsoyad",
        "personname",
        "nombrecompleto",
        "nomcomplet",
        "cardholder",
        "cardholdername",
        "kartsahibi",
        "namalengkap",
        "nama",
        "hoten",
        "hovaten",
        # Vietnamese: tên khách hàng, the customer's (whole) name; the card's or line's holder.
        "tenkh",
        "tenkhachhang",
        "hotenkh",
        "hotenkhachhang",
        "tenchuthe",
        "tenchutaikhoan",
        "tenthuebao",
        "фио",
        "fio",
        "navn",
        "namn",
        "nimi",
        "nev",
        "teljesnev",
        "celejmeno",
        "姓名",
        "氏名",
        "名前",
        "이름",
        "성명",
        # Korean: a customer's, a member's name, and the name in Latin letters (on the card).
        "고객명",
        "회원명",
        "성함",
        "영문성명",
        "영문명",
        "영문이름",
        "الاسم",
        "नाम",
        "ονοματεπώνυμο",
        "custname",
        "contactname",
        "nomecontato",  # Portuguese: the contact's name (Brazil's "contato", Portugal's "contacto")
        "nomedocontato",
        "nomecontacto",
        "nomedocontacto",
        "accountholder",
        "holdername",
        "patientname",
        "membername",
        "subscribername",
        "ownername",
        "applicantname",
        "guestname",
        "passengername",
        "recipientname",
        "beneficiaryname",
        # A business account's one person: its authorised contact (a company's account holds
        # no other) and a merchant's or a sole trader's owner.
        "authorisedcontact",
        "authorizedcontact",
        "authorisedsignatory",
        "authorizedsignatory",
        "businessowner",
        "proprietor",
    ],
    "dob": [
        "تاريخ ميلاد",
        "data nașterii",
        "תאריך לידה",
        "วันเกิด",
        "дата народження",
        "kaarawan",
        "petsa ng kapanganakan",
        "bday",
        "gebdatum",
        "gebdat",
        "dogtar",
        "dob",
        "dateofbirth",
        "birthdate",
        "birthday",
        "birth",
        "bdate",
        "dogumtarihi",
        "dogum",
        "dtarihi",
        "dogumtar",
        "geburtsdatum",
        "datenaissance",
        "fechanacimiento",
        "datanascita",
        "datanascimento",
        "datadenascimento",
        "datadinascita",
        "geboortedatum",
        "dataurodzenia",
        "fechadenacimiento",
        "fechanac",
        "fodelsedatum",
        "syntymaaika",
        "fodselsdato",
        "datumnarozeni",
        "szuletesidatum",
        "tanggallahir",
        "tgllahir",  # Indonesian "tanggal lahir" as every system shortens it
        "tgllhr",
        "วันเดือนปีเกิด",  # Thai: day, month and year of birth
        "ngaysinh",
        "namsinh",  # Vietnamese: the year of birth, all that older papers give
        "датарождения",
        "datedenaissance",
        "geburtstag",
        "出生日期",
        "生日",
        "生年月日",
        "생년월일",
        "생일",
        "출생일",
        "brdt",  # the Korean public-data standard's abbreviation of 생년월일
        "تاريخالميلاد",
        "ημερομηνίαγέννησης",
        "जन्मतिथि",
    ],
    "phone": [
        "جوال",
        "رقم جوال",
        "موبايل",
        "رقم موبايل",
        "هاتف محمول",
        "رقم هاتف",
        "telefonu",
        "cepno",
        "ev telefonu",
        "iş telefonu",
        "telefon numarası",
        "טלפון",
        "โทรศัพท์",
        "номер телефону",
        "contactno",
        "telnum",
        "telnr",
        "phone",
        "phonenumber",
        "phoneno",
        "tel",
        "telno",
        "telefon",
        "telefonno",
        "telephone",
        "gsm",
        "gsmno",
        "mobile",
        "mobilephone",
        "mobileno",
        "mobilenumber",
        "cell",
        "cellphone",
        "cellulaire",  # Quebec French: a mobile
        "telcellulaire",
        "msisdn",
        "cep",
        "ceptel",
        "ceptelefonu",
        "ceptelefon",
        "evtel",
        "istel",
        "contactnumber",
        "hat",
        "hatno",
        "line",
        "lineno",
        "handy",
        "telefono",
        "telephone1",
        "celular",
        "movil",
        "portable",
        "mobil",
        "cellulare",
        "telefoon",
        "selfoon",  # Afrikaans: a cell phone
        "selfoonnommer",
        "telefoonnummer",
        "phno",
        "telefonnummer",
        "puhelin",
        "puhelinnumero",
        "nohp",
        "hp",  # Indonesian "handphone", a mobile
        "handphone",
        "nohandphone",
        "nomorhp",
        "telp",
        "notelp",
        "telepon",
        "notelepon",
        "nomortelepon",
        "nomortelepon",
        "notelp",
        "sodienthoai",
        "dienthoai",
        # Vietnamese abbreviations: số điện thoại, điện thoại di động (a mobile), cố định (fixed).
        "sdt",
        "sodt",
        "dtdd",
        "didong",
        "sodidong",
        "dienthoaididong",
        "dtcodinh",
        "dienthoaicodinh",
        "телефон",
        "telefonszam",
        "电话",
        "手机",
        "手机号",
        "電話番号",
        "電話",
        "携帯電話",
        "전화번호",
        "휴대폰",
        "휴대폰번호",
        "휴대전화",
        "휴대전화번호",
        "핸드폰",
        "핸드폰번호",
        "연락처",
        "자택전화",
        "자택전화번호",
        "집전화",
        "집전화번호",
        "hpno",  # a "hand phone" (Korea, Singapore, Malaysia): "HP_NO"
        "هاتف",
        "رقمالهاتف",
        "τηλέφωνο",
        "फोन",
        "मोबाइल",
        "ph",
        "mob",
        "mobno",
        "landline",
        "cellno",
        "cellnumber",
    ],
    "email": [
        "epos",  # Afrikaans: e-pos
        "بريد إلكتروني",
        "بريد الكتروني",
        "بريد",
        "mailid",
        "email",
        "emailaddress",
        "emailaddr",
        "emailadr",
        "emailadresse",  # German "E-Mail-Adresse", not an address
        "mailadresse",
        "adressemail",  # French "adresse mail"
        "mailadres",
        "mail",
        "eposta",
        "epostaadresi",
        "mailadresi",
        "courriel",
        "correo",
        "emailadres",
        "epost",
        "sahkoposti",
        "почта",
        "emailcim",
        "邮箱",
        "电子邮件",
        "メールアドレス",
        "メール",
        "이메일",
        "이메일주소",
        "전자우편",
        "البريدالإلكتروني",
    ],
    "handle": [
        "handle",
        "socialhandle",
        "social",
        "twitter",
        "instagram",
        "facebook",
        "linkedin",
        "tiktok",
        "username",
        "screenname",
        "sosyalmedya",
        "kullaniciadi",
        "usuario",  # Spanish and Portuguese
        "nombredeusuario",
        "nomedeusuario",
        "nomdutilisateur",
        "pseudo",
        "benutzername",
        "nomeutente",
        "profileurl",
        "profile",
        "website",
        "webaddress",
        "webaddr",
        "url",
        "web",
    ],
    "card": [
        "card",
        "cardnumber",
        "cardno",
        "pan",
        "kart",
        "kartno",
        "kartnumarasi",
        "creditcard",
        "ccnumber",
        "ccno",
        "debitcard",
        "maskedpan",
        "panmasked",
        "maskedcard",
        "cardmasked",
        "tarjeta",
        "numerotarjeta",
        "tarjetacredito",
        "carte",
        "numerocarte",
        "cartebancaire",
        "kreditkarte",
        "kartennummer",
        "bankkarte",
        "cartao",
        "numerocartao",
        "cartadicredito",
        "kaartnummer",
        "numerkarty",
    ],
    "tckn": [
        "tckn",
        "tc",
        "tckimlik",
        "tckimlikno",
        "tcno",
        "tckimliknumarasi",
        "kimlikno",
        "kimliknumarasi",
        "vkn",
    ],
    "free_id": [
        # The Maghreb's national identity card (CIN, Morocco's CNIE), France's CNI, an identity
        # paper's number (pièce d'identité), a passport's; Egypt's national number (الرقم القومي)
        "cin",
        "cnie",
        "cni",
        "numcin",
        "numerocin",
        "ncin",
        "numcnie",
        "numerocnie",
        "numcni",
        "numerocni",
        "numpiece",
        "numeropiece",
        "npiece",
        "pieceidentite",
        "numeropieceidentite",
        "numpieceidentite",
        "passeport",
        "numpasseport",
        "numeropasseport",
        "رقم البطاقة الوطنية",
        "البطاقة الوطنية",
        "رقم البطاقة",
        "رقم بطاقة التعريف",
        "بطاقة التعريف",
        "رقم جواز السفر",
        "جواز السفر",
        "رقم وطني",
        "الرقم الوطني",
        "رقم قومي",
        "الرقم القومي",
        "idnommer",  # Afrikaans: a South African identity number
        "identiteitsnommer",
        "رقم هوية",
        "هوية",
        "رقم هوية وطنية",
        "vergino",
        "vergi numarası",
        "ssnno",
        "natid",
        "natlid",
        "socsecid",
        "ssn",
        "socialsecurity",
        "socialsecuritynumber",
        "nationalid",
        "nin",
        "passport",
        "passportno",
        "nationalinsurance",
        "taxid",
        "taxnumber",
        "taxno",
        "pesel",
        "rnokpp",
        "рнокпп",
        "іпн",
        "инн",
        "ипн",
        "ідентифікаційнийкод",
        "bsn",
        "cpf",
        "dni",
        "nif",
        "nie",
        "codicefiscale",
        "nino",
        "driverslicense",
        "driverlicense",
        "driverslicence",
        "driverlicence",
        "driverslic",
        "driverlic",
        "dlnumber",
        "dlno",
        "licenseno",
        "personnummer",
        "idnumber",
        # A university's number for its student, which its every system keeps (records,
        # alumni, cards): the person's own, as a member number is.
        "studentid",
        "studentnumber",
        "studentno",
        "studentnr",
        "matriculationnumber",
        "matrikelnummer",
        # Vietnam's identity card (CMND, nine digits) and citizen's card (CCCD, twelve), often
        # in one column; "giấy tờ tùy thân" is any identity paper.
        "cmnd",
        "cccd",
        "socmnd",
        "socccd",
        "cmndcccd",
        "socmndcccd",
        "cccdcmnd",
        "socccdcmnd",
        "cancuoc",
        "socancuoc",
        "cancuoccongdan",
        "chungminhnhandan",
        "sochungminhnhandan",
        "gttt",
        "sogttt",
        "giaytotuythan",
        "sogiaytotuythan",
        "hochieu",
        "sohochieu",
        "idcard",
        "henkilotunnus",
        "fodselsnummer",  # Norwegian
        "fodselsnr",
        "fnr",
        "cpr",  # Danish
        "cprnr",
        "cprnummer",
        # The Philippines: social security (SSS, GSIS), PhilSys's number (PSN), the UMID.
        "sss",
        "sssno",
        "sssnumber",
        "gsis",
        "gsisno",
        "psn",
        "philsys",
        "philsysno",
        "philsysnumber",
        "umid",
        "umidno",
        "personnr",  # Swedish, short
        "hetu",
        "ahv",
        "ahvnummer",
        # Belgium's national number (rijksregisternummer, INSZ, NISS: the birth date, a
        # sequence and a mod-97 check, "85.03.14-123.45"), the Dutch BSN written out (and its
        # predecessor, the sofinummer), Austria's social insurance number (SVNR).
        "rijksregisternummer",
        "rijksregisternr",
        "rijksregister",
        "insz",
        "insznummer",
        "niss",
        "numeroderegistrenational",
        "registrenational",
        "numeronational",
        "burgerservicenummer",
        "sofinummer",
        "sozialversicherungsnummer",
        "svnr",
        # An IBAN (a mod-97 check: a slip is told from another account) is a person's account
        # or a couple's joint one: evidence, as a shared phone is; Dutch systems name it the
        # account number.
        "iban",
        "rekeningnummer",
        "ibanrekeningnummer",
        "bankrekeningnummer",
        "sin",
        "socialinsurancenumber",
        # Canada's SIN in French (le numéro d'assurance sociale, NAS), and a US taxpayer's
        # ITIN (for those who have no SSN: 9xx-7x-xxxx), kept in the SSN's place.
        "nas",
        "numeroassurancesociale",
        "numerodassurancesociale",
        "noassurancesociale",
        "nodassurancesociale",
        "assurancesociale",
        "itin",
        "aadhaar",
        "aadhar",
        # India's other KYC numbers: a proof of identity's or of address's (as telcos and
        # banks record them), the central KYC registry's, the voter card's (EPIC).
        "poi",
        "poinumber",
        "poino",
        "poa",
        "poanumber",
        "poano",
        "ckyc",
        "ckycno",
        "ckycnumber",
        "epic",
        "epicno",
        "voterid",
        # Nigeria's Bank Verification Number, which every bank and fintech file keys its
        # customers by (eleven digits, read as a phone number by its values).
        "bvn",
        "bvnno",
        "bvnnumber",
        "bankverificationnumber",
        "cnic",
        # Bangladesh's (and Nepal's, Egypt's in English files) national identity card number.
        "nid",
        "nidno",
        "nidnumber",
        "iqama",
        "iqamano",
        "iqamanumber",
        "mykad",
        # Indonesia's identity card (KTP) and tax number (NPWP: the NIK itself since 2024),
        # Thailand's citizen id ("เลขบัตรประชาชน", an "ID card no" in English columns).
        "ktp",
        "noktp",
        "nomorktp",
        "nonik",
        "npwp",
        "nonpwp",
        "เลขบัตรประชาชน",
        "เลขประจำตัวประชาชน",
        "เลขที่บัตรประชาชน",
        "บัตรประชาชน",
        "idcardno",
        "idcardnumber",
        "idcardnum",
        "citizenid",
        "cuit",
        "cuil",
        "nik",
        "снилс",
        "инн",
        "steuerid",
        "steueridentifikationsnummer",
        "rut",
        "curp",
        "rfc",
        "rg",
        "ruc",
        "nss",
        "documento",
        "numerodocumento",
        "nrodocumento",
        "numdocumento",
        "documentoidentidad",
        "docidentidad",
        "identificacion",
        "numeroidentificacion",
        "nric",
        "emiratesid",
        "cnp",
        "egn",
        "oib",
        "amka",
        "cedula",
        "nationalidentitynumber",
        "personalnumber",
        "personalcode",
        "isikukood",
        "asmenskodas",
        "personaskods",
        "tin",
        "dlnumber",
        "dlno",
        "dl",
        "licensenumber",
        # Health and social insurance numbers (the NHS's, France's NIR, Germany's KVNR).
        "nhsnumber",
        "nhsno",
        "nhs",
        "ninumber",
        "medicarenumber",
        "nir",
        "numerosecu",
        "versichertennummer",
        "krankenversichertennummer",
        "mrn",
        "medicalrecordnumber",
        # A loyalty or membership card: the person's own number (or their household's), no
        # payment card and no phone number.
        "loyaltycard",
        "loyaltycardnumber",
        "loyaltyno",
        "loyaltynumber",
        "loyaltyid",
        "membershipcard",
        "membercard",
        "rewardscard",
        "clubcard",
        "cartefidelite",
        "tarjetafidelidad",
        "klantenkaart",
        "klantkaart",
        "klantenpas",
        "bonuskaart",
        "spaarkaart",
        "kundenkarte",
        "treuekarte",
        "sadakatkarti",
    ],
    "address": [
        "rue",
        "calle",
        "logradouro",
        "via",
        "ulice",
        "adr",
        "straße und hausnummer",
        "strasse und hausnummer",
        "straße/hausnr",
        "strasse/hausnr",
        "street and house number",
        "street and number",
        "calle y número",
        "rue et numéro",
        "straat en huisnummer",
        # A place in one column of several parts ("Springfield, IL 62704"): a whole address.
        "citystatezip",
        "csz",
        "citystate",
        "cityzip",
        "zipcity",
        "plzort",
        "ortplz",
        "postcodecity",
        "citypostcode",
        "townpostcode",
        "postcodetown",
        "cpville",
        "codepostalville",
        "citystatepostcode",
        "sokak",
        "כתובת",
        "ที่อยู่",
        "адреса",
        "address",
        "address1",
        "address2",
        "addressline1",
        "addressline2",
        "addline1",
        "addline2",
        "addrline1",
        "addrline2",
        "addr",
        "street",
        "streetaddress",
        "adres",
        "acikadres",
        "evadresi",
        "adresi",
        "strasse",
        "direccion",
        "adresse",
        "endereco",
        "morada",
        "domicilio",
        "indirizzo",
        "anschrift",
        "straat",
        "ulica",
        "osoite",
        "alamat",
        "diachi",
        "адрес",
        "utca",
        "gatuadress",
        "utdelningsadress",  # Swedish: the delivery address
        "gateadresse",
        "lakcim",
        "adresa",
        "地址",
        "住所",
        "주소",
        "상세주소",  # Korean: the address's flat and building, after the road and number
        "도로명주소",
        "지번주소",
        "기본주소",
        "عنوان",
        "διεύθυνση",
        "पता",
        "addrline",
        "streetline",
    ],
    "house_number": [
        "huisnummer",
        "hseno",
        "streetnumber",
        "housenumber",
        "houseno",
        "streetno",
        "binano",
        "kapino",
        "hausnummer",
        "housenum",
        "hausnr",
    ],
    "city": [
        "voorstad",  # Afrikaans: a suburb
        "localité",
        "localidade",
        "plaats",
        "miejscowość",
        "obec",
        "πόλη",
        "city",
        "town",
        "cty",
        "twn",
        "suburb",
        "locality",
        "il",
        # Vietnam's provinces and centrally governed cities (Hà Nội, TP. Hồ Chí Minh), the first
        # level as Turkey's il.
        "tinh",
        "tinhthanh",
        "tinhthanhpho",
        "tinhtp",
        "thanhpho",
        "sehir",
        "sehiradi",
        "ilce_il",
        "stadt",
        "ville",
        "ciudad",
        "citta",
        "place",
        "cidade",
        "localidad",
        "municipio",
        "ort",
        "wohnort",
        "gemeinde",
        "commune",
        "comune",
        "comuna",  # Chile's municipality
        "woonplaats",
        "miasto",
        "citynm",
        "cityname",
        "poblacion",
        "kaupunki",
        "kota",
        # Indonesia's second level (kota, a city; kabupaten, a regency), Thailand's district
        # (amphoe; khet in Bangkok) as the post writes it before the province.
        "kabupaten",
        "kotakabupaten",
        "kabupatenkota",
        "kabkota",
        "kotakab",
        "อำเภอ",
        "เขต",
        "город",
        "місто",
        "miasto",
        "mesto",
        "varos",
        "stad",
        "postort",
        "poststed",  # Norwegian
        "postitoimipaikka",  # Finnish
        "by",  # Danish
        "kunta",
        "城市",
        "市区町村",
        "도시",
        "مدينة",
        "πόλη",
        "शहर",
        "municipality",
        "village",
        "township",
    ],
    "district": [
        "mahalle",
        # Vietnam's districts (quận, huyện) and wards or communes (phường, xã).
        "quanhuyen",
        "huyen",
        "phuongxa",
        # Indonesia's kecamatan and kelurahan or desa, Thailand's tambon (khwaeng in Bangkok).
        "kecamatan",
        "kelurahan",
        "desa",
        "kelurahandesa",
        "ตำบล",
        "แขวง",
        "district",
        "ilce",
        "county",
        "semt",
        "borough",
        "bairro",
        "barrio",
        "quartier",
        "stadtteil",
        # Nigeria's local government area, the unit below the state on every form.
        "lga",
        "localgovernment",
        "localgovernmentarea",
        # The Philippines' barangay, the unit below the city or municipality.
        "barangay",
        "brgy",
        "bgy",
    ],
    "postcode": [
        "poskode",  # Afrikaans
        "رمز بريدي",
        "postleitzahl",
        "postal",
        "cod postal",
        "codpostal",
        "cod_postal_cep",
        "τκ",
        "ταχυδρομικός κώδικας",
        "psč",
        "irányítószám",
        "postcode",
        "postalcode",
        "zip",
        "zipplus4",
        "zipcode",
        "postakodu",
        "pk",
        "plz",
        "codepostal",
        "cp",
        "cap",
        "codigopostal",
        "kodpocztowy",
        "postnummer",
        "postnr",
        "postinumero",
        "kodepos",
        "psc",
        "iranyitoszam",
        "индекс",
        "邮编",
        "邮政编码",
        "郵便番号",
        "우편번호",
        "الرمزالبريدي",
        "ταχυδρομικόςκώδικας",
        "पिनकोड",
        "pincode",
        "zip5",
        "zippostal",
    ],
    "region": [
        "都道府県",  # a Japanese prefecture
        "state",
        "province",
        "region",
        "bolge",
        "provincia",
        "uf",
        "bundesland",
        "stateprovince",
        "voivodeship",
        "prov",
        "prefecture",
        "provinsi",  # Indonesian
        "จังหวัด",  # Thai
    ],
    "age": [
        "age",
        "ageyears",
        "alter",
        "edad",
        "idade",
        "eta",
        "leeftijd",
        "wiek",
        "yas",
        "возраст",
    ],
    "suffix": [
        "suffix",
        "namesuffix",
        "namesfx",
        "sfx",
        "suffixname",
        "generation",
        "generationalsuffix",
    ],
    "gender": [
        "جنس",
        "gender",
        "gndr",
        "sex",
        "cinsiyet",
        "gioitinh",
        "jeniskelamin",  # Indonesian
        "เพศ",  # Thai
        "geschlecht",
        "sexe",
        "sexo",
        "sesso",
        "geslacht",
        "geslag",  # Afrikaans
        "plec",
        "пол",
        "性别",
        "性別",
        "성별",
        # A salutation (Herr / Frau, Mr / Mrs) tells the gender.
        "salutation",
        "anrede",
        "civilite",
        "civility",
        "aanhef",
        "tratamiento",
        "hitap",
    ],
    "country": [
        "دولة",
        "بلد",
        "land",
        "country",
        "countrycode",
        "countryname",
        "countryofresidence",
        "residencecountry",
        "ctry",
        "cntry",
        # A number's country code kept apart ("+49" beside "30 1234567").
        "dialcode",
        "dialingcode",
        "diallingcode",
        "callingcode",
        "pays",
        "pais",
        "paese",
        "ulke",
        "kraj",
        "страна",
        "国",
        "国家",
    ],
    # Where a person was born: no place where they live, but a fact of theirs that stays.
    "birth_place": [
        "birthplace",
        "birthstate",
        "stateofbirth",
        "birthcounty",
        "countyofbirth",
        "birthregion",
        "placeofbirth",
        "cityofbirth",
        "birthcity",
        "birthtown",
        "townofbirth",
        "countryofbirth",
        "birthcountry",
        "geburtsort",
        "geboorteplaats",
        "lieudenaissance",
        "lugardenacimiento",
        "luogodinascita",
        "localdenascimento",
        "naturalidade",
        "dogumyeri",
        "birthplc",
        "pob",
        "bornin",
        "lieunaissance",
        "nacimientolugar",
        "mestorozhdeniya",
        "месторождения",
        "出生地",
    ],
    # A family name at birth: a maiden name beside the married one.
    "birth_name": [
        "birthname",
        "nameatbirth",
        "surnameatbirth",
        "lastnameatbirth",
        "familynameatbirth",
        "birthsurname",
        "birthlastname",
        "birthfamilyname",
        "maidenname",
        "geburtsname",
        "kizliksoyadi",
        "nomdenaissance",
        "geborene",
        "nee",
        "apellidodesoltera",
        "nomdejeunefille",
        "nooiensvan",  # Afrikaans
    ],
    # A name the person goes by beside the legal given name (a student's "Jack" for Wei, an
    # employee's "Kemi" for Oluwakemi, a Dutch call name): meets another record's given name.
    "known_as": [
        "knownas",
        "preferredname",
        "prefname",
        "preferredfirstname",
        "preferredgivenname",
        "chosenname",
        "goesby",
        "callname",
        "roepnaam",
    ],
    # A middle name, or a patronymic, in a column of its own.
    "middle_name": [
        "middlename",
        "middlenames",
        "mellomnavn",  # Norwegian
        "mellannamn",  # Swedish
        "mellemnavn",  # Danish
        "middleinitial",
        "mname",
        "mi",
        "midinit",  # a US mainframe's MID_INIT
        "middleinit",
        "midinitial",
        "mdlinit",
        "midname",
        "midlname",  # North Carolina's voter files
        "midl",
        "patronymic",
        "отчество",
        "otchestvo",
        "по батькові",
        "pobatkovi",
        # A second given name: Turkish, German, Spanish, French.
        "ikinciad",
        "ikinciadi",
        # Vietnamese: tên đệm, tên lót, the names between the family and the given name.
        "tendem",
        "tenlot",
        "zweitname",
        "zweitervorname",
        "segundonombre",
        "deuxiemeprenom",
        "secondprenom",
        # Given names after the first (British, East and West African forms): all the given
        # names where no first name is asked for (see _GIVEN_NAMES_ALONE).
        "othernames",
        "othername",
        "otherforenames",
        "othergivennames",
        "autresprenoms",
        "otrosnombres",
        "outrosnomes",
    ],
    # A parent's given name (Turkish identity papers give both): a fact of the person's own.
    "mother_name": ["mothername", "mothersname", "anne adı", "annenin adı", "anaadi", "ana adı"],
    "father_name": ["fathername", "fathersname", "baba adı", "babanın adı"],
    "ignore": [
        # A humanitarian register's household head, named on each member's row (someone
        # else's for all but the head), and its ration card, the household's as India's and
        # Egypt's are: every member's rows share it.
        "headofhousehold",
        "householdhead",
        "headofthehousehold",
        "hoh",
        "hohname",
        "nameofhouseholdhead",
        "householdheadname",
        "headofhouseholdname",
        "rationcard",
        "rationcardno",
        "rationcardnumber",
        "rationcardid",
        "rationno",
        "rationnumber",
        "rationbook",
        "rationbookno",
        # Other people's names and numbers: a parent, a spouse, an emergency contact.
        "parentname",
        "guardianname",
        "spousename",
        "partnername",
        "nextofkin",
        "emergencycontact",
        "emergencycontactname",
        "emergencycontactphone",
        "emergencyphone",
        "referredby",
        "referrername",
        "agentname",
        "salesrep",
        "source",
        "system",
        "kaynak",
        "status",
        "segment",
        "tier",
        "createdat",
        "updatedat",
        "timestamp",
        "balance",
        "bakiye",
        "notes",
        "not",
        "aciklama",
        # What the system did and when: dates that are no birth dates.
        "updated",
        "lastupdated",
        "modified",
        "modifiedat",
        "lastmodified",
        "created",
        "createdon",
        "creationdate",
        "datecreated",
        "createddate",
        "registered",
        "registeredon",
        "registrationdate",
        "signupdate",
        "opened",
        "opendate",
        "lastlogin",
        "lastseen",
        "lastpurchase",
        "lastorder",
        "orderdate",
        "purchasedate",
        "membersince",
        "customersince",
        "kundsedan",  # Swedish: customer since
        "oprettet",  # Danish: created
        "opprettet",  # Norwegian: created
        "avattu",  # Finnish: opened
        "clientsince",
        "kayittarihi",
        "acilistarihi",
        "olusturmatarihi",
        "erstellt",
        "erstelltam",
        "anlagedatum",
        "registrierungsdatum",
        "datedecreation",
        "fechadealta",
        "fechaderegistro",
        "datadecadastro",
        "datadiregistrazione",
        # Accounts, orders and contracts: numbers that are no phone numbers.
        "accountno",
        "accountnumber",
        "acctno",
        # A bank branch's code, a meter's number: no postcode or phone of the person.
        "sortcode",
        "routingnumber",
        "aba",
        "bsb",
        "mpan",
        "mprn",
        "meternumber",
        "meterno",
        "konto",
        "kontonummer",
        "kontonr",
        "hesapno",
        "hesapnumarasi",
        "numerodecompte",
        "nocompte",  # French: an account's number ("no_compte", "num_compte")
        "numcompte",
        "numerocompte",
        "nodecompte",
        "numerodecuenta",
        "numerodaconta",
        "numerodiconto",
        "customerno",
        "customernumber",
        "고객번호",  # Korean: a customer's, a member's number
        "회원번호",
        "kundennummer",
        "kundennr",
        "clientno",
        "orderno",
        "ordernumber",
        "orderid",
        "invoiceno",
        "invoicenumber",
        "rechnungsnummer",
        "faturano",
        "contractno",
        "contractnumber",
        "vertragsnummer",
        "sozlesmeno",
        "policyno",
        "policynumber",
        "policenummer",
        "polisenummer",  # Norwegian
        "polisenr",
        "polisnummer",  # Swedish
        "forsakringsnummer",
        "vakuutusnumero",  # Finnish
        "premie",  # a premium
        "arspremie",
        "amount",
        "金額",  # Japanese and Chinese: an amount, points earned
        "累計ポイント",
        "ポイント",
        "сума",
        "сумма",
        "kwota",
        # A company's tax and register numbers (an invoice's buyer): the employer's, shared.
        "nip",
        "regon",
        "krs",
        "vatid",
        "vatno",
        "єдрпоу",
        "едрпоу",
        # A parcel locker or a pickup point: a place thousands of people use.
        "deliverypoint",
        "pickuppoint",
        "paczkomat",
        "parcellocker",
        "locker",
        "відділення",
        "отделение",
        "betrag",
        "tutar",
        "montant",
        "importe",
        "comment",
        "comments",
        "remarks",
        "bemerkung",
        "kommentar",
        "commentaire",
        "comentario",
        "fax",
        "faxno",
        "telefax",
        "company",
        "companyname",
        "employer",
        "businessname",
        "firma",
        "nazwafirmy",
        "sirket",
        "sirketadi",
        "empresa",
        "firmenname",
        "razonsocial",  # a firm's registered name, not a social handle
        "ragionesociale",
        "raisonsociale",
        "nationality",
        "nacionalidade",  # Portuguese (its "idade" is no age)
        "nacionalidad",
        "nationalite",
        # A store or branch where a record was made: a place many people share, not theirs.
        "store",
        "shop",
        "branch",
        "storename",
        "shopname",
        "magasin",
        "boutique",
        "winkel",
        "filiaal",
        "vestiging",
        "filiale",
        "tienda",
        "sucursal",
        "agencia",  # a Portuguese or Spanish bank's branch ("agência"), its code four digits
        "codagencia",
        "negozio",
        "loja",
        "magaza",
        # A device's or a network's address is no place where a person lives.
        "ipaddress",
        "ipaddr",
        "ip",
        "ipv4",
        "ipv6",
        "macaddress",
        "mac",
        "useragent",
        # A card's or an id's last digits are no last name ("last4" is not "last" numbered).
        "last4",
        "lastfour",
        "last4digits",
        "cardlast4",
        # A street's type alone ("ST", "AVE") or a flat is no address to compare.
        "streettype",
        "streetsuffix",
        "birthage",
        "deathdate",
        "dateofdeath",
        "deceaseddate",
        "sterbedatum",
        "olumtarihi",
        # A business's names, numbers and switchboard: its owner's, its director's and every
        # colleague's rows carry them (a company is no person; a sole trader's trade name is
        # no person's name either).
        "tradingas",
        "tradingname",
        "dba",
        "doingbusinessas",
        "companyregno",
        "companyregnumber",
        "companyregistrationno",
        "companyregistrationnumber",
        "companynumber",
        "crono",
        "ein",
        "fein",
        "employeridentificationnumber",
        "switchboard",
    ],
}

#: Chinese column names, in simplified and traditional characters (mainland, Hong Kong and
#: Taiwan systems), and the pinyin initials mainland IT names columns by (``KHXM``, 客户姓名;
#: ``ZJHM``, 证件号码; ``SJHM``, 手机号码): whole names only, these short keys mean nothing else.
#: A prefix naming the record's person (客户, 会员) or someone else (联系人, 收货) is read by
#: :func:`role_from_name`.
_CHINESE_ALIASES: dict[str, list[str]] = {
    "full_name": ["真实姓名", "真實姓名", "中文姓名", "英文姓名", "中文名", "英文名", "户名", "戶名",
     "xm", "khxm", "yhxm", "hyxm"],
    "free_id": ["证件号码", "證件號碼", "证件号", "證件號", "身份证号", "身份证号码", "身份證號",
     "身份證號碼", "身分證字號", "身分證號", "身分證號碼", "身份證字號", "护照号码", "護照號碼",
     "护照号", "護照號", "身份证", "身份證", "身分證", "hkid", "hkidno", "hkidcardno", "zjhm",
     "sfzh", "sfzhm", "hzhm"],
    "phone": ["手机号码", "手機號碼", "手機", "手機號", "门号", "門號", "联系电话", "聯絡電話",
     "电话号码", "電話號碼", "行动电话", "行動電話", "移动电话", "流動電話", "sjhm", "sjh", "lxdh"],
    "email": ["电子邮箱", "電子郵箱", "电子信箱", "電子信箱", "電子郵件", "郵箱", "邮件地址",
     "dzyx", "yx", "dzyj"],
    "dob": ["出生年月日", "出生年月", "出生日", "csrq"],
    "address": ["联系地址", "聯絡地址", "通讯地址", "通訊地址", "住址", "家庭住址", "家庭地址",
     "居住地址", "现住址", "現住址", "户籍地址", "戶籍地址", "账单地址", "帳單地址", "lxdz", "jtzz",
     "txdz", "dz"],
    "city": ["市", "县市", "縣市"],
    "region": ["省", "省份"],
    "district": ["区县", "區縣", "鄉鎮市區"],
    "gender": ["xb"],
    "ignore": ["客户号", "客戶號", "客户编号", "客戶編號", "会员号", "會員號", "khbh", "khh"],
}  # fmt: skip
#: Japanese column names that the Chinese ones above do not cover (a mobile is 携帯, a
#: birthday 誕生日; セイ and メイ a form's family and given names in kana).
_JAPANESE_ALIASES: dict[str, list[str]] = {
    "full_name": ["お名前", "ご氏名"],
    "last_name": ["セイ", "せい"],
    "first_name": ["メイ", "めい"],
    "phone": ["携帯", "携帯番号", "携帯電話番号", "自宅電話番号", "連絡先", "連絡先電話番号",
     "電話", "ご連絡先"],
    "email": ["eメール", "メアド", "携帯メール", "pcメール", "メールアドレス", "eメールアドレス"],
    "dob": ["誕生日", "お誕生日"],
    "postcode": ["郵便", "郵便番号"],
    "address": ["所在地", "現住所", "ご住所"],
    "ignore": ["ファックス", "fax番号"],
}  # fmt: skip
#: Amharic (and Tigrinya) column names of Ethiopian and Eritrean systems. A person's name is
#: a given name (ስም), the father's given name (የአባት ስም: the person's second name, which a
#: bank's MIDDLE_NAME holds) and the grandfather's (የአያት ስም: the third, a bank's LAST_NAME).
_ETHIOPIAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["ስም", "ሽም", "የደንበኛ ስም", "መጠሪያ ስም"],
    "middle_name": ["የአባት ስም", "ሽም ኣቦ", "abatsim", "yeabatsim"],
    "last_name": ["የአያት ስም", "ሽም ኣቦሓጎ", "ayatsim", "yeayatsim"],
    "full_name": ["ሙሉ ስም", "ምሉእ ሽም", "ሙሉ ስም ከነአያት"],
    "dob": ["የትውልድ ቀን", "የትውልድ ዘመን", "የልደት ቀን", "ትውልድ ዘመን", "ዕለት ልደት", "ዕለተ ልደት"],
    "phone": ["ስልክ", "ስልክ ቁጥር", "የስልክ ቁጥር", "ሞባይል", "የሞባይል ቁጥር", "ተንቀሳቃሽ ስልክ"],
    "gender": ["ጾታ", "ፆታ"],
    "free_id": ["መታወቂያ ቁጥር", "የመታወቂያ ቁጥር", "የቀበሌ መታወቂያ", "ፋይዳ", "fayda", "faydano"],
    "address": ["አድራሻ", "የቤት ቁጥር"],
    "city": ["ከተማ", "ክፍለ ከተማ"],
    "region": ["ክልል"],
    "district": ["ወረዳ", "woreda", "wereda"],
    "ignore": ["የደንበኛ ቁጥር", "የሂሳብ ቁጥር", "ቀበሌ", "kebele"],
}  # fmt: skip
#: Persian column names (Iran's, Afghanistan's systems) and the Latin-letter ones that Iranian
#: IT writes them in ("Fingilish": ``code_melli``, ``tarikh_tavalod``). ``نام`` alone is the
#: given name, as forms write it beside ``نام خانوادگی``; ``کد ملی`` the national code.
_PERSIAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["نام", "نام کوچک", "nam", "nam_kochak"],
    "last_name": ["نام خانوادگی", "فامیلی", "نام فامیل", "nam_khanevadegi", "famili",
     "name_khanevadegi"],
    "full_name": ["نام و نام خانوادگی", "نام کامل", "نام مشتری", "nam_va_nam_khanevadegi",
     "nam_kamel"],
    "father_name": ["نام پدر", "nam_pedar", "name_pedar", "esm_pedar"],
    "mother_name": ["نام مادر", "nam_madar", "name_madar"],
    "free_id": ["کد ملی", "شماره ملی", "شناسه ملی", "کد ملی مشتری", "شماره گذرنامه", "code_melli",
     "code_meli", "kode_melli", "kode_meli", "kod_melli", "kod_meli", "shomare_melli", "shenase_melli",
     "melli_code", "meli_code", "national_code", "nationalcode", "codemelli"],
    "dob": ["تاریخ تولد", "تاریخ تولّد", "تولد", "tarikh_tavalod", "tarikh_tavallod",
     "tarikhe_tavalod", "tarikhe_tavallod", "tavalod", "tavallod"],
    "gender": ["جنسیت", "jensiat", "jensiyat", "jensiat_code", "jens"],
    "phone": ["تلفن", "تلفن همراه", "شماره همراه", "همراه", "موبایل", "شماره موبایل", "تلفن ثابت",
     "شماره تلفن", "تلفن منزل", "tel_hamrah", "tel_sabet", "shomare_hamrah", "shomare_tamas",
     "hamrah", "mobail", "telefon_hamrah", "telephone_hamrah"],
    "email": ["ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه"],
    "address": ["نشانی", "آدرس", "نشانی منزل", "آدرس منزل", "neshani", "adres"],
    "postcode": ["کد پستی", "code_posti", "kode_posti", "kod_posti", "codeposti"],
    "city": ["شهر", "shahr"],
    "region": ["استان", "ostan"],
    "ignore": ["شماره مشتری", "شماره اشتراک", "شماره حساب", "شماره کارت"],
}  # fmt: skip
#: Afghan column names: Dari (in Persian script, beside :data:`_PERSIAN_ALIASES`), Pashto and the
#: English of Afghan systems. ``تخلص`` (the pen name, on papers the family or tribal name, that
#: many leave empty) is the family name; the tazkira (``تذکره``, ``e-Tazkira``) the national
#: identity card; ``ولایت`` the province, ``ولسوالی`` the district; Pashto ``نوم`` a name,
#: ``تخلص`` the family name, ``د پلار نوم`` the father's name.
_AFGHAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["نوم"],
    "last_name": ["تخلص"],
    "full_name": ["نام مکمل", "بشپړ نوم", "نوم او تخلص"],
    "father_name": ["د پلار نوم",
     # (and the German of a diaspora's hawala or bank, which asks for it as Afghan papers do)
     "vatersname", "name des vaters", "vorname des vaters"],
    "free_id": ["شماره تذکره", "تذکره", "نمبر تذکره", "شماره تذکره الکترونیکی", "د تذکرې شمېره",
     "تذکرې شمېره", "tazkira", "tazkera", "tazkira no", "tazkira number", "tazkera no",
     "e-tazkira", "e-tazkira no", "etazkira", "nid tazkira"],
    "dob": ["د زیږېدو نېټه", "د زېږېدو نېټه"],
    "phone": ["شماره تماس", "شماره تیلفون", "تیلفون", "نمبر تماس", "نمبر تیلفون", "موبایل نمبر",
     "د تلیفون شمېره", "تلیفون"],
    "region": ["ولایت"],
    "district": ["ولسوالی"],
    "gender": ["جنس"],
}  # fmt: skip
#: Hungarian, Czech, Slovak and Romanian column names. Hungarian writes the possessive: ``anyja
#: neve`` is the mother's name (a parent's, :data:`_PARENTS`, as Hungarian papers give it: her
#: whole birth name), ``szerződő neve`` the contract holder's; ``születési hely`` is where one was
#: born, no town one lives in, as Czech ``místo narození`` and Romanian ``locul nașterii``; Czech
#: and Romanian ``mama``/``matky``, ``tata``/``otce`` are parents, ``manžel``, ``soț`` spouses.
#: ``TAJ szám`` is the Hungarian social-security number, ``adóazonosító jel`` the tax number,
#: ``rodné číslo`` the Czech and Slovak birth number; ``rodné příjmení`` a surname at birth;
#: ``județ`` a Romanian county and ``megye`` a Hungarian one; ``születési név`` the whole name at
#: birth, family name first (a married woman's own).
_CENTRAL_EUROPEAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["utonev", "keresztnevek", "meno", "krstne meno", "prenumele"],
    "last_name": ["csaladnev", "priezvisko", "nume de familie"],
    "full_name": ["neve", "szuletesi nev", "szuletesi neve", "leanykori nev", "leanykori neve",
     "teljes nev", "nev es cim", "cele jmeno", "jmeno a prijmeni",
     "meno a priezvisko", "nume si prenume", "nume complet", "numele si prenumele"],
    "birth_name": ["rodne prijmeni", "rodne priezvisko", "nume la nastere", "nume de nastere",
     "szuletesi csaladnev"],
    "dob": ["szuletesi ido", "szul datum", "szul ido", "datum narodenia", "data nasterii"],
    "birth_place": ["szuletesi hely", "szul hely", "misto narozeni", "miesto narodenia",
     "locul nasterii", "loc nastere", "locul de nastere"],
    "free_id": ["taj", "taj szam", "tajszam", "adoazonosito", "adoazonosito jel", "adoszam",
     "szemelyi szam", "szemelyi azonosito", "szemelyi igazolvany szam", "rodne cislo", "rc",
     "cislo op", "cislo obcanskeho prukazu", "cislo obcianskeho preukazu", "serie ci",
     "seria si numarul ci", "numar ci", "cod numeric personal"],
    "phone": ["vezetekes", "vezetekes telefon", "mobilszam", "telefonszam", "pevna linka",
     "mobilni telefon", "telefonne cislo", "telefonni cislo", "numar de telefon", "nr telefon"],
    "address": ["cim", "utca", "utca hazszam", "utca hazszam emelet ajto", "lakohely", "bydliste",
     "trvale bydliste", "strada", "adresa de domiciliu", "domiciliu", "domiciliul"],
    "house_number": ["hazszam", "cislo popisne", "cislo orientacni"],
    "city": ["telepules", "helyseg", "helyiseg", "localitate", "localitatea", "oras"],
    "district": ["kerulet"],
    "region": ["megye", "judet", "judetul"],
    "postcode": ["irsz", "iranyitoszam", "smerovacie cislo", "cod postal"],
    "country": ["orszag", "tara", "zeme"],
    "gender": ["nem", "neme", "pohlavi", "pohlavie", "sexul"],
    "ignore": ["titul", "titulus", "megszolitas", "osloveni", "kotvenyszam", "szerzodesszam",
     "ugyfelazonosito", "ugyfelszam", "cislo smlouvy", "cislo zmluvy", "cislo zakaznika",
     "nr polita", "numar polita", "numar contract", "cod client", "rendszer", "system"],
}  # fmt: skip
#: Bengali column names of Bangladeshi (and West Bengal's) systems: ``নাম`` is the whole name,
#: ``এনআইডি`` the NID, ``জাতীয় পরিচয়পত্র নম্বর`` its long form.
_BENGALI_ALIASES: dict[str, list[str]] = {
    "full_name": ["নাম", "পূর্ণ নাম", "গ্রাহকের নাম", "আবেদনকারীর নাম"],
    "father_name": ["পিতার নাম", "বাবার নাম"],
    "mother_name": ["মাতার নাম", "মায়ের নাম"],
    "free_id": ["এনআইডি", "এনআইডি নম্বর", "জাতীয় পরিচয়পত্র নম্বর", "জাতীয় পরিচয়পত্র"],
    "dob": ["জন্ম তারিখ", "জন্মতারিখ"],
    "phone": ["মোবাইল", "মোবাইল নম্বর", "ফোন", "ফোন নম্বর"],
    "address": ["ঠিকানা", "বর্তমান ঠিকানা", "স্থায়ী ঠিকানা"],
    "city": ["শহর"],
    "district": ["জেলা"],
    "gender": ["লিঙ্গ"],
    "email": ["ইমেইল", "ই-মেইল"],
}  # fmt: skip
#: Field names of the customer masters of ERP, CRM and core-banking systems, as their exports
#: keep them: SAP (``STRAS``, ``PSTLZ``, ``TELF1``, ``SMTP_ADDR``, ``STCD1`` a tax number),
#: Microsoft Dynamics (``address1_stateorprovince``, ``governmentid``), Infosys Finacle
#: (``CUST_COMU_PIN_CODE``, ``PAN_GIR_NUM``), Temenos T24 (``SHORT.NAME``, ``TOWN.COUNTRY``,
#: ``LEGAL.ID``), Odoo (``vat``).
_SYSTEMS_ALIASES: dict[str, list[str]] = {
    "full_name": ["short.name", "shortname"],
    "free_id": ["stcd", "governmentid", "legal.id", "legalid", "pan_gir_num", "pangirnum",
     "vat", "vat_number"],
    "phone": ["telf", "tel_number", "mob_number"],
    "email": ["smtp_addr", "smtpaddr"],
    "address": ["stras"],
    "postcode": ["pstlz", "pin_code", "pincode"],
    "city": ["ort", "town.country", "towncountry"],
    "region": ["regio", "stateorprovince", "state_or_province", "stateprovince"],
}  # fmt: skip
#: Greek column names (Greece's, Cyprus's systems) and the Latin-letter ones ("Greeklish") that
#: Greek IT writes them in: ``ΑΦΜ`` the tax number, ``ΑΜΚΑ`` the social security number, ``ΑΔΤ``
#: the identity card's, ``ΠΑΤΡΩΝΥΜΟ`` the father's given name as identity papers give it; Cyprus's
#: ``TIC`` (``Α.Φ.Τ.``) its tax number. A Greek form asks ``Οδός`` (the street) and ``Αριθμός``
#: (its number) apart.
_GREEK_ALIASES: dict[str, list[str]] = {
    "first_name": ["onoma", "onoma_pelati"],
    "last_name": ["eponymo", "eponimo", "epwnymo", "eponymon"],
    "full_name": ["ονοματεπώνυμο", "onomateponymo", "onomateponimo"],
    "father_name": ["πατρώνυμο", "όνομα πατρός", "όνομα πατέρα", "patronymo", "patronimo",
     "onoma_patros", "onoma_patera"],
    "mother_name": ["μητρώνυμο", "όνομα μητρός", "όνομα μητέρας", "mitronymo", "mitronimo",
     "onoma_mitros", "onoma_miteras"],
    "free_id": ["αφμ", "α.φ.μ.", "αμκα", "α.μ.κ.α.", "αδτ", "α.τ.", "αρ_ταυτότητας", "αριθμός ταυτότητας",
     "αρ. διαβατηρίου", "αριθμός διαβατηρίου", "διαβατήριο",
     "αριθμός δελτίου ταυτότητας", "afm", "amka", "adt", "ar_taftotitas", "arithmos_taftotitas",
     "tic", "α.φ.τ.", "αφτ", "αριθμός φορολογικής ταυτότητας", "tax identification code"],
    "dob": ["ημ_γέννησης", "ημερ_γέννησης", "ημ/νία γέννησης", "hm_gennisis", "im_gennisis",
     "hm_gennhshs", "hmerominia_gennisis", "imerominia_gennisis", "hmer_gennisis"],
    "birth_place": ["τόπος γέννησης", "topos_gennisis", "topos_gennhshs"],
    "gender": ["φύλο", "fylo"],
    "phone": ["κινητό", "σταθερό", "κινητό τηλέφωνο", "σταθερό τηλέφωνο", "kinito", "stathero",
     "tilefono", "thlefono", "kinito_tilefono", "τηλέφωνο", "τηλ.", "αριθμός τηλεφώνου",
     "αρ. τηλεφώνου", "αριθμός κινητού", "αρ. κινητού", "τηλ. οικίας", "τηλέφωνο οικίας"],
    "address": ["diefthynsi", "diefthinsi", "dieuthynsi", "dieythynsh", "dieuthinsi", "odos", "οδός"],
    "house_number": ["αριθμός", "αριθμός οδού", "αρ. οδού", "arithmos", "arithmos_odou"],
    "postcode": ["ταχ_κώδικας", "ταχυδρομικός κώδικας", "tach_kodikas", "tax_kodikas",
     "tachydromikos_kodikas"],
    "city": ["poli", "polh", "poli_katoikias", "δήμος", "dimos"],
    "region": ["νομός", "περιφέρεια", "nomos", "perifereia"],
    "district": ["περιοχή", "periochi"],
    "country": ["χώρα", "xora", "chora"],
    # the tax office (ΔΟΥ) an ΑΦΜ belongs to: a place many customers share
    "ignore": ["δ.ο.υ.", "δου", "doy"],
}  # fmt: skip
#: Italian column names beside those above: the codice fiscale's short forms, a birth date's and
#: a birth town's (``COMUNE_NASCITA`` is where one was born, no town one lives in), ``NOMINATIVO``
#: a whole name.
_ITALIAN_ALIASES: dict[str, list[str]] = {
    "full_name": ["nominativo", "nome_cognome", "cognome_nome", "nome_e_cognome", "cognome_e_nome"],
    "free_id": ["cod_fisc", "cod_fiscale", "codice_fisc", "tax_code", "taxcode"],
    "dob": ["data_nasc", "dt_nascita", "dt_nasc", "data_di_nasc", "nato_il", "nata_il"],
    "birth_place": ["comune_nascita", "comune_di_nascita", "comune_nasc", "luogo_nascita",
     "luogo_nasc", "citta_nascita", "citta_di_nascita", "stato_nascita", "provincia_nascita",
     "prov_nascita", "prov_nasc"],
}  # fmt: skip
#: Hebrew column names of Israeli systems (and the Latin-letter ones of their IT). ``שם האב`` is
#: the father's given name and ``שם האם`` the mother's, which Israeli forms ask for beside the
#: person's own; ``ת.ז.`` (``תעודת זהות``, ``מספר זהות``) the Teudat Zehut, the identity number;
#: ``שם נעורים`` a married woman's maiden name; ``מיקוד`` the postcode; ``דוא"ל`` the e-mail
#: (its gershayim drop out of the key); ``מספר לקוח``, ``מספר חבר`` a system's own numbers.
_HEBREW_ALIASES: dict[str, list[str]] = {
    "first_name": ["שם פרטי", "שם פרטי לועזי", "shem prati"],
    "last_name": ["שם משפחה", "שם משפחה לועזי", "shem mishpacha"],
    "full_name": ["שם מלא", "שם הלקוח", "שם לקוח", "שם ושם משפחה", "שם המבוטח", "שם החבר"],
    "father_name": ["שם האב", "שם אב", "שם אבא", "shem haav", "shem av"],
    "mother_name": ["שם האם", "שם אם", "שם אמא", "shem haem"],
    "birth_name": ["שם נעורים", "שם משפחה קודם", "שם משפחה לפני נישואין"],
    "free_id": ["ת.ז.", "ת.ז", "תז", "תעודת זהות", "מספר זהות", "מס' זהות", "מספר תעודת זהות",
     "מספר ת.ז.", "מס ת.ז.", "מס' ת.ז.", "מספר דרכון", "teudat zehut", "teudat_zehut", "mispar zehut",
     "mispar_zehut", "zehut"],
    "dob": ["תאריך לידה", "ת. לידה", "ת.לידה", "תאריך הולדת", "taarich leida", "taarich_leida"],
    "gender": ["מין", "מגדר"],
    "phone": ["טלפון", "טלפון נייד", "נייד", "טלפון סלולרי", "סלולרי", "פלאפון", "טלפון בבית",
     "טלפון קווי", "טלפון נוסף", "מספר טלפון", "מס' טלפון", "טל", "טל.", "טלפון בעבודה"],
    "email": ['דוא"ל', "דואל", "דואר אלקטרוני", "אימייל", "מייל", "כתובת מייל", "כתובת דוא\"ל"],
    "address": ["כתובת", "כתובת מגורים", "רחוב", "כתובת למשלוח"],
    "house_number": ["מספר בית", "מס' בית"],
    "city": ["עיר", "ישוב", "יישוב", "עיר מגורים", "ישוב מגורים"],
    "postcode": ["מיקוד"],
    "country": ["מדינה", "ארץ"],
    "birth_place": ["ארץ לידה", "מקום לידה"],
    "ignore": ["מספר לקוח", "מס' לקוח", "מספר חבר", "מספר חשבון", "מספר מנוי", "מספר פוליסה"],
}  # fmt: skip
#: Kazakh, Uzbek and Russian column names of Central Asian and Russian systems (the Kazakh in
#: older systems' plain Russian letters too, Uzbek in Latin and Cyrillic letters). ``Әкесінің
#: аты`` and ``Otasining ismi`` ("the father's name") hold the person's patronymic, as identity
#: papers print it under those words (Ерланұлы, Ерланович, Rustam o'g'li), as does ``sharifi``;
#: ``ЖСН`` (``ИИН``) is the Kazakh individual identification number, ``JShShIR`` (PINFL) the Uzbek
#: personal number, ``СНИЛС`` and ``ИНН`` Russian ones; ``F.I.Sh.`` and ``Аты-жөні`` a whole name.
_CENTRAL_ASIAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["аты", "есімі", "ism", "ismi", "исм", "исми", "имя клиента"],
    "last_name": ["тегі", "тегi", "теги", "фамилиясы", "familiya", "familiyasi", "фамилияси"],
    "full_name": ["аты-жөні", "аты жөні", "толық аты-жөні", "ф.и.о.", "фио клиента", "полное имя",
     "f.i.sh.", "f.i.sh", "ф.и.ш.", "familiya ism sharif", "familiyasi ismi sharifi",
     "фамилия имя отчество"],
    "middle_name": ["әкесінің аты", "экесинин аты", "әкесінің есімі", "otasining ismi",
     "отасининг исми", "sharifi", "шарифи", "sharif"],
    "free_id": ["жсн", "иин", "жсн/иин", "иин/жсн", "iin", "jshshir", "жшшир", "pinfl", "пинфл",
     "snils", "паспорт", "номер паспорта", "серия и номер паспорта", "паспорт серия номер",
     "паспортные данные", "pasport", "pasport raqami", "pasport seriyasi va raqami",
     "номер документа", "документ", "document no", "document number", "doc no", "hujjat raqami",
     "жеке куәлік", "жеке куәлік нөмірі"],
    "dob": ["туған күні", "туылған күні", "туган куни", "tug'ilgan sana", "tug'ilgan sanasi",
     "tugilgan sana", "туғилган сана", "туғилган санаси", "дата рожд.", "дата рожд"],
    "phone": ["үй телефоны", "уй телефоны", "телефоны", "телефон нөмірі", "телефон номері",
     "ұялы телефон нөмірі", "telefon", "telefoni", "mobil telefon", "uy telefoni",
     "телефон рақами", "мобильный телефон", "моб. телефон", "контактный телефон",
     "домашний телефон", "сотовый телефон", "сотовый", "номер телефона"],
    "email": ["электрондық пошта", "эл. пошта", "e-pochta", "elektron pochta", "электрон почта",
     "электронная почта", "эл. почта", "эл.почта"],
    "address": ["мекенжай", "мекен-жай", "мекенжайы", "мекен-жайы", "тұрғылықты мекенжайы",
     "manzil", "manzili", "yashash manzili", "манзил", "манзили", "адрес проживания",
     "адрес регистрации", "фактический адрес"],
    "city": ["қала", "кала", "shahar", "шаҳар", "населенный пункт"],
    "district": ["аудан", "район", "tuman", "туман"],
    "region": ["облыс", "область", "viloyat", "вилоят"],
    "gender": ["жынысы", "jinsi", "жинси"],
    "country": ["ел", "mamlakat", "мамлакат"],
    "ignore": ["клиент №", "номер клиента", "код клиента", "id клиента", "id покупателя",
     "номер договора", "abonent id", "abonent raqami", "shartnoma raqami", "лицевой счет",
     "клиент нөмірі"],
}  # fmt: skip
#: Tajik column names (Cyrillic: ``ҳ``, ``ӯ``, ``ӣ``, ``қ``, ``ғ``, ``ҷ``, or the plain Russian
#: letters). ``Ном`` is the given name, ``Насаб`` the family name, ``Номи падар`` (the father's
#: name) the patronymic or the father's given name, as papers print it; ``шиноснома`` a passport.
_TAJIK_ALIASES: dict[str, list[str]] = {
    "first_name": ["ном", "номи шахс"],
    "last_name": ["насаб"],
    "full_name": ["ному насаб", "насаб ва ном", "ному насаби пурра"],
    "middle_name": ["номи падар", "номи падарӣ"],
    "dob": ["санаи таваллуд", "рӯзи таваллуд", "таърихи таваллуд"],
    "free_id": ["шиноснома", "рақами шиноснома", "силсила ва рақами шиноснома", "рақами андоз"],
    "phone": ["рақами телефон", "телефони мобилӣ"],
    "city": ["шаҳр", "шахр"],
    "district": ["ноҳия", "нохия"],
    "gender": ["ҷинс"],
    "ignore": ["рақами ҳисоб", "рақами мизоҷ", "рақами шартнома"],
}  # fmt: skip
#: Sinhala, Tamil and English column names of Sri Lankan systems. ``NIC`` (``ජා.හැ.අ.``,
#: ``ජාතික හැඳුනුම්පත් අංකය``, ``தே.அ.அ.``) is the national identity card's number; ``NAME_IN_FULL``
#: the whole name with its ancestral ``ge`` names beside the ``name with initials`` (``W.A.D.N.
#: Perera``); ``ප්‍රදේශය`` ("area") the town or locality; ``ගිණුම් අංකය`` an account's number and
#: ``පාරිභෝගික අංකය`` a customer's. (A bank's ``CIF`` number is left to its values: the bank's
#: one number for a customer, on each of the customer's accounts.)
_SRI_LANKAN_ALIASES: dict[str, list[str]] = {
    "full_name": ["නම", "සම්පූර්ණ නම", "මුලකුරු සමග නම", "පාරිභෝගිකයාගේ නම", "ගිණුම් හිමියාගේ නම",
     "பெயர்", "முழுப் பெயர்", "முழுப்பெயர்", "வாடிக்கையாளர் பெயர்", "முதலெழுத்துகளுடன் பெயர்",
     "name_in_full", "name in full", "full name in nic", "name_with_initials", "name with initials"],
    "father_name": ["පියාගේ නම", "தந்தையின் பெயர்", "தந்தை பெயர்"],
    "free_id": ["nic", "nic_no", "nic no", "nic number", "nic_number", "nic/passport", "nic_passport",
     "nic_or_passport", "nic/pp no", "national identity card no", "ජා.හැ.අ.", "ජා.හැ.අ",
     "ජාතික හැඳුනුම්පත් අංකය", "හැඳුනුම්පත් අංකය", "ජාතික හැඳුනුම්පත", "தேசிய அடையாள அட்டை இலக்கம்",
     "தே.அ.அ. இல", "தே.அ.அ.", "அடையாள அட்டை இலக்கம்"],
    "dob": ["උපන් දිනය", "උපන් දින", "பிறந்த திகதி", "பிறந்த தேதி"],
    "phone": ["දුරකථන අංකය", "දුරකථනය", "ජංගම දුරකථන අංකය", "ජංගම දුරකථනය", "தொலைபேசி இலக்கம்",
     "தொலைபேசி", "கைபேசி", "கைபேசி இலக்கம்", "தொலைபேசி எண்", "res_tel", "res tel"],
    "address": ["ලිපිනය", "පදිංචි ලිපිනය", "ස්ථිර ලිපිනය", "முகவரி", "நிரந்தர முகவரி"],
    "city": ["නගරය", "ප්‍රදේශය", "நகரம்", "பிரதேசம்"],
    "district": ["දිස්ත්‍රික්කය", "மாவட்டம்"],
    "postcode": ["තැපැල් කේතය", "அஞ்சல் குறியீடு"],
    "gender": ["ස්ත්‍රී පුරුෂ භාවය", "ලිංගය", "பால்", "பாலினம்"],
    "email": ["විද්‍යුත් තැපෑල", "ඊමේල්", "மின்னஞ்சல்"],
    "ignore": ["ගිණුම් අංකය", "පාරිභෝගික අංකය", "கணக்கு இலக்கம்", "வாடிக்கையாளர் இலக்கம்"],
}  # fmt: skip
#: French column names of West and Central African (UEMOA, CEMAC) systems: ``Nom et Prénoms``
#: (Ivorian forms ask for all the given names, in the plural) a whole name, ``DATE_NAISS`` and
#: ``LIEU_NAISS`` the birth's date and place, ``CNI``/``CNIB`` a national identity card's number
#: (``n_cni``; Burkina Faso's ``CNIB``), ``NINA`` Mali's national identification number; a
#: prepaid meter's number (``N° compteur``) is the household's, and a SIM's ``ICCID`` its card's
#: serial: neither a person's.
_WEST_AFRICAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["prenoms", "prénom(s)", "autres prenoms"],
    "full_name": ["nom et prenoms", "noms et prenoms", "nom prenoms", "nom & prenoms",
     "nom et prenom(s)", "nom(s) et prenom(s)"],
    "dob": ["date naiss", "date nais", "dt naiss", "dt nais", "date de naiss", "ne le", "ne(e) le"],
    "birth_place": ["lieu naiss", "lieu nais", "lieu de naiss", "ne a", "ne(e) a"],
    "free_id": ["n cni", "no cni", "cnib", "n cnib", "num cnib", "numero cnib", "nina", "n nina",
     "num nina", "numero nina", "carte cedeao", "n carte cedeao"],
    "ignore": ["compteur", "n compteur", "no compteur", "num compteur", "numero compteur",
     "numero de compteur", "reference compteur", "iccid", "n serie sim"],
}  # fmt: skip
#: French column names of Congolese (DRC and Republic of Congo) and CEMAC systems. A Congolese
#: has a ``nom``, a ``postnom`` and a ``prénom``: the nom and postnom are both the person's own
#: (the postnom is no family name: siblings seldom share it), the postnom compared as a second
#: name is; ``Nom et postnom`` holds the two. A money transfer's ``expéditeur`` is its customer
#: (``Tél. expéditeur``, ``Pièce expéditeur``: the sender's phone and id), its ``bénéficiaire``
#: the receiver; ``pièce`` alone a KYC's identity document's number (``type de pièce`` its
#: kind), ``carte d'électeur`` the CENI voter card most Congolese hold as their id; a
#: ``personne à contacter`` someone else.
_CENTRAL_AFRICAN_ALIASES: dict[str, list[str]] = {
    "middle_name": ["postnom", "postnoms"],
    "last_name": ["nom et postnom", "nom postnom", "noms et postnoms"],
    "full_name": ["nom postnom prenom", "nom, postnom et prenom", "expediteur", "expeditrice",
     "nom expediteur", "nom de l'expediteur"],
    "free_id": ["piece", "no piece", "numero de piece", "carte electeur", "carte d'electeur",
     "n carte electeur", "num carte electeur", "numero carte electeur", "numero carte d'electeur"],
    "ignore": ["compte", "n compte", "n dossier", "no dossier", "num dossier", "numero dossier",
     "ref transfert", "reference transfert", "code transfert", "mtcn", "type piece", "type de piece",
     "type piece identite", "personne a contacter", "personne a prevenir", "nom personne a contacter"],
}  # fmt: skip
#: Serbian, Croatian, Bosnian and Montenegrin (in Latin and Cyrillic letters), Macedonian and
#: Albanian column names of Western Balkan systems. ``ЈМБГ`` (``JMBG``, ``JMB``, Macedonian
#: ``ЕМБГ``, ``матични број``) is the Yugoslav citizen's number, ``OIB`` Croatia's personal
#: identification number, ``Numri personal`` Albania's and Kosovo's; ``Име оца``, Macedonian
#: ``Татково име`` and Albanian ``Atësia`` ("paternity") the father's given name, ``Ime majke``
#: and ``Amësia`` the mother's; ``djevojačko prezime`` (Macedonian ``моминско презиме``) a married
#: woman's maiden name; ``Место``/``Mjesto``, ``Općina`` (``opština``) and Albanian ``Qyteti``
#: the town or municipality; Macedonian writes "of" as ``на`` (``Датум на раѓање``).
_BALKAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["ime", "име", "ime klijenta", "име клијента", "emri", "emër", "emri i klientit"],
    "last_name": ["prezime", "презиме", "mbiemri", "mbiemër", "презиме клијента"],
    "full_name": ["ime i prezime", "prezime i ime", "ime prezime", "prezime ime", "име и презиме",
     "презиме и име", "ime i prezime klijenta", "ime, ime oca, prezime", "emri dhe mbiemri",
     "emri mbiemri", "emri e mbiemri", "mbiemri dhe emri", "emër mbiemër", "назив клијента"],
    "father_name": ["татково име", "tatkovo ime", "očevo ime", "очево име", "ime oca", "име оца",
     "atësia", "atesia", "emri i babait", "emri i atit"],
    "mother_name": ["мајчино име", "majčino ime", "ime majke", "име мајке", "amësia", "amesia",
     "emri i nënës", "emri i nenes"],
    "birth_name": ["djevojačko prezime", "девојачко презиме", "rođeno prezime", "рођено презиме",
     "моминско презиме", "mominsko prezime", "mbiemri i vajzërisë", "mbiemri i lindjes"],
    "free_id": ["jmbg", "јмбг", "jmb", "јмб", "embg", "ембг", "матични број", "matični broj",
     "матични број грађана", "matični broj građana", "матичен број", "matičen broj",
     "единствен матичен број на граѓанинот", "oib", "osobni identifikacijski broj",
     "broj lične karte", "број личне карте", "broj osobne iskaznice", "број на лична карта",
     "лична карта", "lična karta", "osobna iskaznica", "broj pasoša", "број пасоша",
     "број на пасош", "numri personal", "nr. personal", "nr personal", "numri i identitetit",
     "numri i identifikimit", "numri i letërnjoftimit", "letërnjoftimi", "numri i pasaportës"],
    "dob": ["datum rođenja", "датум рођења", "datum rodjenja", "dat. rođenja", "датум на раѓање",
     "datum na raganje", "datum na ragjanje", "datëlindja", "datelindja", "data e lindjes",
     "ditëlindja"],
    "birth_place": ["mjesto rođenja", "mesto rođenja", "место рођења", "место на раѓање",
     "općina rođenja", "opština rođenja", "vendlindja", "vendi i lindjes"],
    "phone": ["mobilni", "мобилни", "mobilni telefon", "мобилни телефон", "mobitel", "broj mobitela",
     "broj mobilnog", "fiksni", "фиксни", "fiksni telefon", "фиксни телефон", "kućni telefon",
     "кућни телефон", "kontakt telefon", "контакт телефон", "broj telefona", "број телефона",
     "мобилен", "мобилен телефон", "домашен телефон", "celulari", "celular", "telefoni",
     "nr. telefoni", "numri i telefonit", "numri i celularit", "tel. fiks", "telefoni fiks"],
    "email": ["e-pošta", "е-пошта", "електронска пошта", "elektronska pošta", "е-маил", "email adresa",
     "e-mail adresa", "е-пошта адреса", "posta elektronike", "adresa e emailit", "adresa e-mail"],
    "address": ["adresa stanovanja", "адреса становања", "ulica i broj", "улица и број",
     "prebivalište", "пребивалиште", "адреса на живеење", "живеалиште", "adresa e banimit",
     "vendbanimi", "rruga"],
    "city": ["место", "mjesto", "grad", "град", "općina", "opština", "општина", "opcina",
     "naselje", "насеље", "населено место", "населба", "qyteti", "qytet", "komuna", "vendi"],
    "postcode": ["poštanski broj", "поштански број", "pošt. broj", "ptt broj", "поштенски број",
     "поштански код", "kodi postar", "kodi postal"],
    "country": ["država", "држава", "земја", "zemlja", "shteti", "shtet", "vendi i banimit"],
    "gender": ["pol", "spol", "gjinia", "gjini"],
    "ignore": ["broj klijenta", "број клијента", "šifra klijenta", "шифра клијента",
     "id pretplatnika", "broj pretplatnika", "broj ugovora", "број уговора", "broj računa",
     "број рачуна", "broj police", "број полисе", "шифра на осигуреник", "број на полиса",
     "шифра на клиент", "id e klientit", "numri i klientit", "kodi i klientit",
     "numri i kontratës", "numri i llogarisë", "korisnik na osiguruvanje",
     "корисник на осигурување"],
}  # fmt: skip
#: Column names of Ghanaian systems, in English and in Twi (an app's labels): the Ghana Card's
#: personal number (``GHANA_CARD_NO``, the identification authority's ``NIA PIN``), the pension
#: register's ``SSNIT`` number, the health insurance's ``NHIS`` number; ``Digital Address``, the
#: GhanaPostGPS code of a house (``GA-123-4567``) that Ghanaians give for an address, and the
#: ``Landmark`` a house is found by (``Near Methodist Church``: where streets have no names, the
#: address as written, ``H/No. 12, near Methodist Church, Kasoa``, holds it too); Twi
#: ``abusua din`` (the family name), ``awoda`` (a birthday), ``fon nɔma`` (a phone number),
#: ``beaeɛ a ɔte`` (where one lives); ``abusuani`` (a relative) in :data:`_OTHER_PEOPLE`. (Twi
#: ``din``, a name, is left to the values: India's ``DIN`` is a director's number.)
_GHANAIAN_ALIASES: dict[str, list[str]] = {
    "free_id": ["ghana card", "ghana card no", "ghana card number", "ghana card pin", "ghanacard",
     "ghana card id", "nia pin", "nia no", "nia number", "nia id", "ssnit", "ssnit no",
     "ssnit number", "ssnit id", "nhis", "nhis no", "nhis number", "nhis id",
     "nhis membership no", "nhis membership number", "voters id", "voters id no"],
    "address": ["digital address", "gps address", "ghanapost gps", "ghana post gps",
     "ghanapostgps", "gps code", "digital address code", "beaeɛ a ɔte", "beae a ote",
     "faako a ɔte", "faako a ote", "landmark", "nearest landmark", "closest landmark"],
    "last_name": ["abusua din", "abusuadin"],
    "dob": ["awoda", "da a wɔwoo wo", "awoda bosome"],
    "phone": ["fon nɔma", "fon noma", "telefon nɔma", "telefon noma"],
}  # fmt: skip
#: Armenian, Georgian and Azerbaijani column names of South Caucasus systems. Armenian
#: ``Հայրանուն`` and Azerbaijani ``Ata adı`` ("the father's name") hold the patronymic as identity
#: papers print it (``Արամի``, the father's name in the genitive; ``Əli oğlu``); ``ՀԾՀ`` is
#: Armenia's public service number (the social card's), ``პირადი ნომერი`` Georgia's personal
#: number, ``FİN`` the personal code of an Azerbaijani identity card; ``Քարտի անուն`` the name
#: on a bank card (whole, in Latin capitals); ``საკონტაქტო პირი`` a contact person, someone else.
_CAUCASIAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["անուն", "სახელი", "adı"],
    "last_name": ["ազգանուն", "გვარი", "soyadı"],
    "full_name": ["անուն ազգանուն", "ազգանուն անուն", "անուն, ազգանուն, հայրանուն",
     "քարտի անուն", "քարտապանի անուն", "სახელი და გვარი", "სახელი გვარი", "გვარი სახელი",
     "soyad ad", "soyadı adı", "soyad ad ata adı", "soyadı adı atasının adı"],
    "middle_name": ["հայրանուն", "ata adı", "atasının adı"],
    "free_id": ["հծհ", "հանրային ծառայությունների համարանիշ", "սոցիալական քարտ", "սոց. քարտ",
     "անձնագիր", "անձնագրի համար", "անձնագրի սերիա և համար", "նույնականացման քարտ",
     "პირადი ნომერი", "პირადი ნომ.", "პ/ნ", "პასპორტი", "პასპორტის ნომერი",
     "fin", "fin kod", "fin kodu", "şəxsiyyət vəsiqəsi", "şəxsiyyət vəsiqəsinin nömrəsi",
     "vəsiqə nömrəsi", "pasport", "pasport nömrəsi"],
    "dob": ["ծննդյան ամսաթիվ", "ծննդյան օր", "ծննդյան տարեթիվ", "დაბადების თარიღი", "doğum tarixi",
     "təvəllüd"],
    "birth_place": ["ծննդավայր", "დაბადების ადგილი", "doğum yeri"],
    "phone": ["հեռախոս", "հեռ.", "բջջային", "բջջային հեռախոս", "քաղաքային հեռ.",
     "քաղաքային հեռախոս", "տան հեռախոս", "ტელეფონი", "ტელ.", "მობილური", "ტელეფონის ნომერი",
     "მობილურის ნომერი", "სახლის ტელეფონი", "საკონტაქტო ტელეფონი", "mobil nömrə", "mobil",
     "telefon nömrəsi", "ev telefonu", "əlaqə nömrəsi"],
    "email": ["էլ. փոստ", "էլ.փոստ", "էլեկտրոնային փոստ", "ელ. ფოსტა", "ელფოსტა", "ელ-ფოსტა",
     "e-poçt", "elektron poçt", "e-poçt ünvanı"],
    "address": ["հասցե", "բնակության հասցե", "գրանցման հասցե", "მისამართი", "ფაქტობრივი მისამართი",
     "რეგისტრაციის მისამართი", "ünvan", "yaşayış ünvanı", "qeydiyyat ünvanı"],
    "city": ["քաղաք", "ქალაქი", "şəhər"],
    "region": ["մարզ", "რეგიონი", "მხარე"],
    "district": ["რაიონი", "rayon"],
    "gender": ["սեռ", "სქესი", "cins", "cinsi"],
    "country": ["երկիր", "ქვეყანა", "ölkə"],
    "ignore": ["հաճախորդի կոդ", "հաճախորդի համար", "հաշվի համար", "պայմանագրի համար",
     "აბონენტის ნომერი", "კლიენტის ნომერი", "ანგარიშის ნომერი", "ხელშეკრულების ნომერი",
     "საკონტაქტო პირი", "müştəri id", "müştəri kodu", "müştəri nömrəsi", "hesab nömrəsi",
     "müqavilə nömrəsi", "əlaqə şəxsi"],
}  # fmt: skip
#: Burmese column names of Myanmar systems, and the English ones of their IT. ``အမည်`` is a
#: name (Burmese names are whole: no family name), ``အဖအမည်`` (``ဖခင်အမည်``) the father's, which
#: Burmese forms ask for beside the person's own; ``မှတ်ပုံတင်`` (``NRC``, the National
#: Registration Card, ``နိုင်ငံသားစိစစ်ရေးကတ်ပြား``) the identity card's number; ``မြို့နယ်`` the
#: township, the place Burmese addresses and NRCs name; ``ရပ်ကွက်``/``ကျေးရွာ`` a ward or a village.
#: A husband's (``ခင်ပွန်း``) or a guarantor's (``အာမခံသူ``) columns are someone else's; a loan's,
#: an account's or a customer's number (``ချေးငွေအမှတ်``, ``ဖောက်သည်အမှတ်``) a system's own.
_BURMESE_ALIASES: dict[str, list[str]] = {
    "full_name": ["အမည်", "အမည်(အင်္ဂလိပ်)", "အမည် (အင်္ဂလိပ်)", "အင်္ဂလိပ်အမည်", "အမည်အပြည့်အစုံ",
     "ဖောက်သည်အမည်", "ချေးသူအမည်", "ငွေလွှဲသူအမည်", "အကောင့်ပိုင်ရှင်အမည်", "အသင်းဝင်အမည်"],
    "father_name": ["အဖအမည်", "ဖခင်အမည်", "အဘအမည်", "ဖအေအမည်"],
    "mother_name": ["အမိအမည်", "မိခင်အမည်"],
    "free_id": ["မှတ်ပုံတင်အမှတ်", "မှတ်ပုံတင်", "မှတ်ပုံတင်နံပါတ်", "နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်",
     "နိုင်ငံသားစိစစ်ရေးကတ်ပြား", "နိုင်ငံသားစိစစ်ရေးအမှတ်", "နိုင်ငံကူးလက်မှတ်အမှတ်", "nrc", "nrc no",
     "nrc_no", "nrc number", "nrc_number", "nrcno", "nrc/passport", "nrc_passport", "nrc or passport"],
    "dob": ["မွေးသက္ကရာဇ်", "မွေးနေ့", "မွေးနေ့စွဲ", "မွေးသည့်နေ့", "မွေးဖွားသည့်နေ့စွဲ"],
    "age": ["အသက်"],
    "gender": ["ကျား/မ", "ကျားမ", "လိင်"],
    "phone": ["ဖုန်းနံပါတ်", "ဖုန်း", "ဆက်သွယ်ရန်ဖုန်း", "ဆက်သွယ်ရန်ဖုန်းနံပါတ်", "လက်ကိုင်ဖုန်း",
     "မိုဘိုင်းဖုန်း", "အိမ်ဖုန်း", "တယ်လီဖုန်း"],
    "email": ["အီးမေးလ်", "အီးမေးလ်လိပ်စာ"],
    "address": ["နေရပ်လိပ်စာ", "လိပ်စာ", "နေရပ်", "အမြဲတမ်းနေရပ်လိပ်စာ", "လက်ရှိနေရပ်လိပ်စာ"],
    "district": ["ရပ်ကွက်", "ကျေးရွာ", "ရပ်ကွက်/ကျေးရွာ", "ကျေးရွာ/ရပ်ကွက်", "ရပ်ကွက်/ကျေးရွာအုပ်စု"],
    "city": ["မြို့နယ်", "မြို့နယ်အမည်"],
    "region": ["တိုင်း/ပြည်နယ်", "တိုင်းဒေသကြီး/ပြည်နယ်", "ပြည်နယ်/တိုင်း"],
    "ignore": ["ခင်ပွန်း/အဖအမည်", "ခင်ပွန်းအမည်", "ဇနီးအမည်", "ခင်ပွန်း/ဇနီးအမည်", "အာမခံသူအမည်",
     "အာမခံသူဖုန်း", "အာမခံသူမှတ်ပုံတင်", "ငွေလက်ခံသူအမည်", "ငွေလက်ခံသူဖုန်း", "ဖောက်သည်အမှတ်",
     "ချေးငွေအမှတ်", "အကောင့်နံပါတ်", "စာရင်းအမှတ်", "အသင်းဝင်အမှတ်"],
}  # fmt: skip
#: Mongolian column names (in Cyrillic and in the Latin letters of a system's IT). ``Овог`` (and
#: the identity card's ``Эцэг /эх/-ийн нэр``, "the father's (mother's) name") is the patronymic
#: that Mongolians write where others write a family name, ``Нэр`` the given name, ``Овог нэр``
#: both in one box (``Б.Болд``); ``Ургийн овог`` the clan name a family shares (``Боржигин``),
#: few records hold it and many families share it: no person's. ``Регистрийн дугаар`` (``РД``)
#: is the civil registry number (``УБ89031512``); ``хороо`` a city district's subdivision and
#: ``сум`` an aimag's, ``аймаг`` a province. ``Холбоо барих утас`` ("contact phone") is left to
#: its values: the person's own on one form, an emergency contact's beside the contact's name
#: on another. An emergency contact (``Яаралтай үед холбоо барих``), a beneficiary (``Ашиг
#: хүртэгч``) and a relation (``Хэн болох``, "who they are") are someone else's. Korean
#: ``외국인등록번호`` is a foreign resident's registration number in Korea.
_MONGOLIAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["нэр", "ner", "өөрийн нэр", "ooriin ner", "нэр (латин)"],
    "last_name": ["овог", "ovog", "эцэг эхийн нэр", "эцэг /эх/-ийн нэр", "эцэг/эхийн нэр",
     "эцгийн нэр", "etsgiin ner", "etseg ekhiin ner", "овог (латин)"],
    "full_name": ["овог нэр", "овог, нэр", "овог ба нэр", "ovog ner", "ovog_ner", "бүтэн нэр",
     "харилцагчийн нэр", "даатгуулагчийн нэр", "эзэмшигчийн нэр"],
    "free_id": ["регистрийн дугаар", "регистрийн №", "регистрийн дугаар (рд)", "регистр", "рд",
     "rd", "registriin dugaar", "register dugaar", "регистр дугаар", "иргэний үнэмлэхний дугаар",
     "үнэмлэхний дугаар", "паспортын дугаар", "гадаад паспортын дугаар", "외국인등록번호",
     "외국인 등록번호"],
    "dob": ["төрсөн огноо", "төрсөн он сар өдөр", "төрсөн он, сар, өдөр", "төрсөн өдөр",
     "tursun ognoo", "tursun on sar udur", "torson ognoo"],
    "gender": ["хүйс", "huis", "khuis"],
    "phone": ["утас", "гар утас", "гэрийн утас", "утасны дугаар", "utas",
     "gar utas", "utasnii dugaar", "geriin utas", "ажлын утас"],
    "email": ["и-мэйл", "имэйл", "и-мэйл хаяг", "цахим шуудан", "цахим шуудангийн хаяг",
     "email hayag", "e-mail hayag"],
    "address": ["хаяг", "гэрийн хаяг", "оршин суугаа хаяг", "оршин суугаа газрын хаяг",
     "hayag", "khayag", "geriin hayag", "хүргэлтийн хаяг"],
    "district": ["дүүрэг", "хороо", "сум", "сум/дүүрэг", "дүүрэг/сум", "баг/хороо", "хороо/баг",
     "duureg", "khoroo", "horoo"],
    "region": ["аймаг", "аймаг/хот", "хот/аймаг", "aimag"],
    "ignore": ["харилцагчийн код", "харилцагчийн дугаар", "даатгуулагчийн дугаар",
     "гэрээний дугаар", "дансны дугаар", "ургийн овог", "urgiin ovog", "ашиг хүртэгч",
     "яаралтай үед холбоо барих", "яаралтай үед холбоо барих хүн", "холбоо барих хүн",
     "хэн болох", "таны хэн болох"],
}  # fmt: skip
#: Thai column names of Thai systems. ``ชื่อ`` is the given name, ``นามสกุล`` the family name,
#: ``ชื่อ-นามสกุล`` both; ``ชื่อเล่น`` the nickname Thais go by (นก, Nok), which has nothing of the
#: name on their papers (no reading of it: no evidence for or against); ``คำนำหน้า`` the title
#: (นาย, นางสาว). ``ที่อยู่ตามทะเบียนบ้าน`` is the house registration's address, ``บ้านเลขที่`` the house
#: number, ``อำเภอ/เขต`` and ``ตำบล/แขวง`` the district and subdistrict (Bangkok's names second).
#: A spouse's (``คู่สมรส``), a guarantor's (``ผู้ค้ำประกัน``), a contact's (``ผู้ติดต่อ``) or a
#: receiver's (``ผู้รับ``) names and numbers are someone else's; a customer's, a contract's, an
#: account's number (``รหัสลูกค้า``, ``เลขที่สัญญา``, ``เลขที่บัญชี``) the system's own.
_THAI_ALIASES: dict[str, list[str]] = {
    "first_name": ["ชื่อจริง", "ชื่อ (ไทย)", "ชื่อภาษาไทย"],
    "last_name": ["สกุล", "นามสกุล (ไทย)", "นามสกุลภาษาไทย"],
    "full_name": ["ชื่อ-สกุล", "ชื่อ - นามสกุล", "ชื่อ นามสกุล", "ชื่อและนามสกุล", "ชื่อนามสกุล",
     "ชื่อลูกค้า", "ชื่อผู้กู้", "ชื่อผู้ขอสินเชื่อ", "ชื่อผู้ส่ง", "ชื่อผู้โอน", "ชื่อสมาชิก",
     "ชื่อผู้ถือบัตร", "ชื่อเจ้าของบัญชี", "ชื่อผู้ใช้บริการ"],
    "father_name": ["ชื่อบิดา", "ชื่อพ่อ"],
    "mother_name": ["ชื่อมารดา", "ชื่อแม่"],
    "free_id": ["เลขประจำตัวผู้เสียภาษี", "เลขประจำตัวผู้เสียภาษีอากร", "หนังสือเดินทาง",
     "เลขที่หนังสือเดินทาง", "เลขหนังสือเดินทาง", "เลขบัตรชมพู", "บัตรชมพู"],
    "dob": ["ว/ด/ป เกิด", "วดป เกิด", "วัน/เดือน/ปีเกิด", "วันเดือนปี เกิด"],
    "phone": ["เบอร์โทร", "เบอร์โทรศัพท์", "เบอร์มือถือ", "มือถือ", "เบอร์โทรศัพท์มือถือ",
     "เบอร์บ้าน", "โทรศัพท์บ้าน", "เบอร์ติดต่อ", "หมายเลขโทรศัพท์", "โทร", "เบอร์"],
    "email": ["อีเมล", "อีเมล์", "อีเมลล์", "อีเมล์แอดเดรส"],
    "postcode": ["รหัสไปรษณีย์"],
    "house_number": ["บ้านเลขที่"],
    "address": ["ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ปัจจุบัน", "ที่อยู่ตามบัตรประชาชน",
     "ที่อยู่ที่ติดต่อได้", "ที่อยู่ติดต่อ", "ที่อยู่ตามสำเนาทะเบียนบ้าน"],
    "city": ["อำเภอ/เขต", "เขต/อำเภอ"],
    "district": ["ตำบล/แขวง", "แขวง/ตำบล"],
    "ignore": ["ชื่อเล่น", "คำนำหน้า", "คำนำหน้าชื่อ", "รหัสลูกค้า", "เลขที่สัญญา", "เลขที่บัญชี",
     "เลขที่สมาชิก", "รหัสสมาชิก", "อาชีพ", "สถานที่ทำงาน", "ชื่อบริษัท", "ที่อยู่ที่ทำงาน",
     "เบอร์ที่ทำงาน", "สัญชาติ", "ความสัมพันธ์", "ชื่อคู่สมรส", "เบอร์คู่สมรส", "เลขบัตรคู่สมรส",
     "ผู้ค้ำประกัน", "ชื่อผู้ค้ำประกัน", "เลขบัตรผู้ค้ำประกัน", "เบอร์ผู้ค้ำประกัน",
     "ชื่อผู้ติดต่อ", "เบอร์ผู้ติดต่อ", "ผู้ติดต่อฉุกเฉิน", "ชื่อผู้รับ", "เบอร์ผู้รับ",
     "ชื่อผู้รับผลประโยชน์"],
}  # fmt: skip
#: Lithuanian, Latvian and Estonian column names of Baltic systems, and the Russian of their
#: Russian-language desks. ``Vardas`` / ``Vārds`` / ``Eesnimi`` are the given name, ``Pavardė`` /
#: ``Uzvārds`` / ``Perekonnanimi`` the family name; ``Asmens kodas``, ``Personas kods`` and
#: ``Isikukood`` the personal codes (``Личный код`` on a Russian form); ``Tėvavardis``,
#: ``Tēvvārds`` and ``Отчество`` a patronymic; ``Mergautinė pavardė``, ``Pirmslaulības uzvārds``,
#: ``Neiupõlvenimi`` and ``Девичья фамилия`` a maiden name. A spouse's (``Sutuoktinis``,
#: ``Laulātais``, ``Abikaasa``), a contact's (``Kontaktpersona``, ``Kontaktisik``, ``Контактное
#: лицо``) or a parcel's recipient's (``Gavėjas``, ``Saņēmējs``, ``Saaja``) names and numbers are
#: someone else's; a customer's, contract's or order's number or date a system's own.
_BALTIC_ALIASES: dict[str, list[str]] = {
    "first_name": ["vardas", "vārds", "eesnimi", "eesnimed", "kliento vardas", "klienta vārds",
     "kliendi eesnimi"],
    "last_name": ["pavardė", "uzvārds", "perekonnanimi", "perenimi", "kliento pavardė",
     "klienta uzvārds", "kliendi perekonnanimi"],
    "full_name": ["vardas pavardė", "vardas, pavardė", "vardas ir pavardė", "pavardė vardas",
     "pavardė, vardas", "vārds uzvārds", "vārds, uzvārds", "vārds un uzvārds", "uzvārds vārds",
     "uzvārds, vārds", "ees- ja perekonnanimi", "ees ja perekonnanimi", "täisnimi", "kliendi nimi",
     "kliento vardas pavardė", "klienta vārds uzvārds", "фамилия имя", "фамилия, имя", "имя фамилия",
     "имя и фамилия", "фамилия и имя", "ф.и.о."],
    "middle_name": ["tėvavardis", "tēvvārds", "isanimi"],
    "birth_name": ["mergautinė pavardė", "pirmslaulības uzvārds", "neiupõlvenimi",
     "девичья фамилия"],
    "free_id": ["asmens kodas", "a. k.", "asmens dokumento numeris", "paso numeris",
     "personas kods", "pers. kods", "pases numurs", "personas apliecības numurs", "isikukood",
     "isikukood/registrikood", "passi number", "dokumendi number", "личный код",
     "персональный код", "персональный номер", "номер паспорта"],
    "dob": ["gimimo data", "dzimšanas datums", "dzimšanas diena", "sünniaeg", "sünnikuupäev",
     "sünniaeg (pp.kk.aaaa)"],
    "gender": ["lytis", "dzimums", "sugu"],
    "phone": ["telefonas", "telefono nr.", "telefono numeris", "mobilusis telefonas",
     "mob. telefonas", "namų telefonas", "tālrunis", "tālruņa numurs", "mobilais tālrunis",
     "mob. tālr.", "tālr.", "telefoninumber", "mobiiltelefon", "mobiil", "lauatelefon",
     "kodune telefon", "мобильный телефон", "домашний телефон", "контактный телефон"],
    "email": ["el. paštas", "elektroninis paštas", "el. pašto adresas", "e-pasts", "e-pasta adrese",
     "e-posti aadress", "эл. почта", "электронная почта"],
    "address": ["adresas", "gyvenamoji vieta", "deklaruota gyvenamoji vieta", "adrese",
     "dzīvesvietas adrese", "deklarētā adrese", "aadress", "elukoha aadress", "kodune aadress",
     "адрес проживания"],
    "city": ["miestas", "gyvenvietė", "pilsēta", "apdzīvotā vieta", "linn", "asula"],
    "district": ["rajonas", "seniūnija", "savivaldybė", "novads", "pagasts", "linnaosa"],
    "region": ["apskritis", "maakond"],
    "postcode": ["pašto kodas", "pasta indekss", "postiindeks", "sihtnumber", "почтовый индекс"],
    "country": ["šalis", "valstybė", "valsts", "riik"],
    "ignore": ["kliento nr.", "kliento numeris", "kliento kodas", "klienta nr.", "klienta numurs",
     "klienta kods", "kliendi id", "kliendi number", "kliendi kood", "sąskaitos numeris",
     "konta numurs", "arve number", "sutuoktinis", "sutuoktinio vardas, pavardė",
     "sutuoktinio vardas pavardė", "laulātais", "abikaasa", "kontaktinis asmuo",
     "kontaktinio asmens telefonas", "kontaktpersona", "kontaktpersonas tālrunis", "kontaktisik",
     "kontaktisiku telefon", "gavėjas", "gavėjo vardas", "gavėjo telefonas", "saņēmējs",
     "saņēmēja vārds", "saņēmēja tālrunis", "saaja", "saaja nimi", "saaja telefon",
     "saaja aadress", "sutarties data", "sutarties numeris", "līguma datums", "līguma numurs",
     "lepingu kuupäev", "lepingu number", "tellimuse kuupäev", "tellimuse number",
     "užsakymo data", "pasūtījuma datums", "pilietybė", "pilsonība", "kodakondsus",
     "номер обращения", "дата обращения", "номер договора", "контактное лицо", "гражданство"],
}  # fmt: skip
#: Column names of Irish and British systems in English and in the Celtic languages. English:
#: Ireland's ``PPSN`` (the personal public service number; ``RSI No`` its old name), the
#: ``Eircode`` (Ireland's postcode, one per address); Irish (an Irish-language form's labels):
#: ``Céadainm`` the given name, ``Sloinne`` the surname, ``Seoladh`` the address, ``Éirchód``
#: the Eircode, ``Uimhir Ghutháin`` a phone number, ``Ríomhphost`` (``seoladh ríomhphoist``) the
#: e-mail, ``Dáta Breithe`` the birth date, ``Uimhir PSP`` the PPSN, ``Contae`` the county,
#: ``Ainm an Athar`` / ``Ainm na Máthar`` the father's and the mother's name, ``Sloinne na Máthar
#: roimh phósadh`` the mother's maiden surname (siblings share it: no evidence of the person),
#: ``Sloinne breithe`` one's own (a maiden name);
#: Welsh: ``Enw cyntaf`` the given name, ``Cyfenw`` the surname, ``Cyfeiriad`` the address,
#: ``Cod post`` the postcode, ``Rhif ffôn`` / ``Ffôn symudol`` phone numbers, ``E-bost`` the
#: e-mail, ``Dyddiad geni`` the birth date, ``Rhyw`` the sex, ``Tref`` the town, ``Rhif
#: yswiriant gwladol`` the National Insurance number, ``Rhif cyfrif`` an account's number,
#: ``Iaith`` the language chosen, ``Preswylydd arall`` another resident (someone else); Scottish
#: Gaelic: ``Ciad ainm``, ``Sloinneadh``, ``Seòladh``, ``Còd-puist``, ``Post-d``. (Irish ``Ainm``
#: and ``Fón``, a name and a phone, are left to the values: Turkish ``Fon`` is a fund.)
_CELTIC_ALIASES: dict[str, list[str]] = {
    "first_name": ["céadainm", "réamhainm", "ainm baiste", "enw cyntaf", "enwau cyntaf",
     "enw bedydd", "ciad ainm", "ainm-baistidh"],
    "last_name": ["sloinne", "cyfenw", "sloinneadh"],
    "full_name": ["ainm iomlán", "ainm agus sloinne", "enw llawn", "enw", "enw'r cwsmer",
     "enw cwsmer", "ainm an chustaiméara"],
    "birth_name": ["sloinne breithe", "sloinne roimh phósadh", "cyfenw geni", "cyfenw cyn priodi"],
    "father_name": ["ainm an athar", "ainm d'athar", "enw'r tad", "enw tad"],
    "mother_name": ["ainm na máthar", "ainm do mháthar", "enw'r fam", "enw mam"],
    "free_id": ["ppsn", "pps", "pps no", "pps number", "ppsn no", "ppsno", "pps num",
     "rsi no", "rsi number", "uimhir psp", "uimhir pps", "upsp",
     "uimhir phearsanta seirbhíse poiblí", "rhif yswiriant gwladol", "rhif yswiriant"],
    "dob": ["dáta breithe", "dyddiad geni", "ceann-là breith"],
    "gender": ["inscne", "gnéas", "rhyw"],
    "address": ["seoladh", "seoladh baile", "seoladh poist", "seoladh cónaithe", "cyfeiriad",
     "cyfeiriad cartref", "cyfeiriad post", "seòladh", "seòladh dachaigh"],
    "postcode": ["eircode", "eir code", "éirchód", "cód poist", "cod post", "côd post",
     "còd-puist", "còd puist"],
    "city": ["baile", "baile mór", "tref", "bhaile"],
    "district": ["contae", "contae/cathair"],
    "phone": ["uimhir ghutháin", "uimhir theileafóin", "uimhir fóin", "fón póca", "guthán",
     "guthán póca", "uimhir fón póca", "rhif ffôn", "ffôn", "ffôn symudol", "rhif ffôn symudol",
     "ffôn cartref", "rhif symudol", "àireamh fòn", "fòn-làimhe"],
    "email": ["ríomhphost", "seoladh ríomhphoist", "r-phost", "e-bost", "ebost",
     "cyfeiriad e-bost", "post-d", "seòladh puist-d"],
    "ignore": ["sloinne na máthar roimh phósadh", "sloinne na máthar", "sloinne breithe na máthar",
     "enw morwynol y fam", "enw morwynol eich mam", "rhif cyfrif", "rhif cwsmer", "cyfeirnod",
     "uimhir chuntais", "uimhir chustaiméara", "teanga", "iaith", "preswylydd arall",
     "preswylwyr eraill", "ainm an chéile", "enw'r priod", "neasghaol", "perthynas agosaf",
     "mprn", "gprn"],
}  # fmt: skip
#: Column names of Caribbean systems. Haitian Kreyòl (a mobile-money agent's or a wallet
#: app's labels): ``Siyati`` the family name, ``Prenon`` the given names, ``Non`` the name (a form
#: beside ``Prenon`` means the family name by it, as French ``Nom``), ``Non konplè`` the whole
#: name, ``Dat nesans`` the birth date, ``Kote li fèt`` the birth place, ``Sèks`` the sex,
#: ``Nimewo telefòn`` / ``Selilè`` a phone, ``Imèl`` the e-mail, ``Komin`` the commune (the
#: town), ``Depatman`` the department, ``Seksyon kominal`` a rural section, ``Nimewo pyès`` the
#: number of an identity document (``NIF``, ``CIN``, ``NIU`` the card's unique number);
#: ``Moun pou kontakte`` a contact person and ``Benefisyè`` a beneficiary (someone else),
#: ``Non manman`` / ``Non papa`` the parents' names. Haitian French: ``Nom de jeune fille`` a
#: married woman's own family name. Spanish: ``Pasaporte`` the passport. Jamaican English: ``TRN`` the taxpayer registration number (every adult's
#: id), ``Parish`` the parish (the region of an address).
_CARIBBEAN_ALIASES: dict[str, list[str]] = {
    "first_name": ["prenon", "premye non", "prenon kliyan"],
    "last_name": ["siyati", "non fanmi", "siyati kliyan"],
    "full_name": ["non konplè", "non ak siyati", "non ak prenon", "non kliyan", "non moun nan"],
    "birth_name": ["nom de jeune fille", "nom jeune fille", "nom de naissance", "siyati jenn fi"],
    "dob": ["dat nesans", "dat li fèt", "dat ou fèt"],
    "birth_place": ["kote li fèt", "kote ou fèt", "lye nesans"],
    "gender": ["sèks", "sèks kliyan"],
    "phone": ["nimewo telefòn", "nimewo selilè", "selilè", "nimewo telefòn kliyan"],
    "email": ["imèl", "adrès imèl"],
    "city": ["komin", "vil"],
    "district": ["seksyon kominal", "sektè"],
    "region": ["depatman", "parish"],
    "free_id": ["nimewo pyès", "nimewo pyès idantite", "nimewo kat idantite", "nimewo nif",
     "nimewo cin", "niu", "pasaporte", "no. pasaporte", "numero pasaporte", "trn", "trn no",
     "trn no.", "trn number", "taxpayer registration number"],
    "ignore": ["nimewo kont", "nimewo kliyan", "kòd kliyan", "tip pyès", "tip dokiman",
     "moun pou kontakte", "non moun pou kontakte", "telefòn moun pou kontakte",
     "relasyon", "benefisyè", "non benefisyè", "telefòn benefisyè", "non manman", "non papa",
     "tipo documento", "tipo de documento"],
}  # fmt: skip
#: Column names of New Zealand, Australian and Pacific Islands systems. English: New Zealand's
#: ``IRD number`` (Inland Revenue's, on every bank account and pay slip), Australia's ``TFN``
#: (Tax File Number), Fiji's ``FNPF`` number (the provident fund's, the workers' id); Samoan:
#: ``Igoa`` the name (``Igoa muamua`` the first, ``Igoa fa'ai'u`` the family name), ``Aso
#: fanau`` the birth date, ``Itupa`` the sex, ``Nofoaga`` (the place one lives) and ``Nu'u``
#: the village, ``Itumalo`` the district, ``Tuatusi`` the address, ``Numera telefoni`` the
#: phone number, ``Imeli`` the e-mail, ``Igoa o le tamā`` / ``o le tinā`` the father's and
#: the mother's name; Tongan: ``Hingoa`` the name (``Hingoa fakafāmili`` the family name),
#: ``ʻAho fāʻeleʻi`` the birth date, ``Kolo`` the town or village, ``Vahe`` the district,
#: ``Fika telefoni`` the phone number, ``Tuʻasila`` the address; the receiver's (``ʻo e maʻu``)
#: and a relation (``Fekauʻaki``) are someone else's; Māori: ``Ingoa`` (``Ingoa tuatahi`` the
#: first, ``Ingoa whānau`` the family name), ``Rā whānau`` the birthday, ``Nama waea`` the
#: phone, ``Īmēra`` the e-mail, ``Wāhi noho`` the address; Fijian: ``Yaca`` the name, ``Koro``
#: the village, ``Yasana`` the province. Glottal stops and macrons written or not.
_PACIFIC_ALIASES: dict[str, list[str]] = {
    "full_name": ["igoa", "igoa atoa", "igoa o le tagata", "hingoa", "hingoa kakato",
     "hingoa kakato 'o e kasitoma", "ingoa", "ingoa katoa", "yaca", "yaca taucoko"],
    "first_name": ["igoa muamua", "igoa taʻitasi", "hingoa fakafoʻituitui", "hingoa ʻuluaki",
     "ingoa tuatahi"],
    "last_name": ["igoa faʻaiʻu", "faʻaiʻu", "igoa o le aiga", "hingoa fakafāmili",
     "hingoa fakafamili", "ingoa whānau", "ingoa whakamutunga"],
    "father_name": ["igoa o le tamā", "igoa o le tama", "hingoa ʻo e tamai", "hingoa ʻo hono tamai",
     "ingoa o te matua tāne"],
    "mother_name": ["igoa o le tinā", "igoa o le tina", "hingoa ʻo e faʻē", "ingoa o te whaea"],
    "dob": ["aso fanau", "aso fānau", "aso na fanau ai", "ʻaho fāʻeleʻi", "ʻaho ʻo e fāʻeleʻi",
     "ʻaho fanauʻi", "rā whānau", "ra whanau", "te rā i whānau ai"],
    "gender": ["itupa", "itūpā", "tangata pe fefine"],
    "city": ["nofoaga", "nuʻu", "taone", "kolo", "koro", "taone nui", "kolo nofoʻanga"],
    "district": ["itumalo", "itūmālō", "vahe", "yasana"],
    "address": ["tuatusi", "tuatusi o le fale", "tuʻasila", "wāhi noho", "kāinga noho"],
    "phone": ["telefoni", "numera telefoni", "numera o le telefoni", "telefoni feaveaʻi",
     "fika telefoni", "fika telefoni toʻotoʻo", "fika fetuʻutaki", "nama waea", "waea pūkoro",
     "nama ni talevoni", "naba ni talevoni"],
    "email": ["imeli", "tuatusi imeli", "īmēra", "imēra", "ʻimeili"],
    "free_id": ["ird", "ird number", "ird no", "irdno", "ird num", "ird #", "nz ird",
     "ird number nz", "tax file number", "tax file no", "tfn", "tfn no", "tfn number",
     "fnpf", "fnpf no", "fnpf number", "fnpf member no", "fnpf member number", "fnpf id"],
    "ignore": ["hingoa ʻo e maʻu", "hingoa o e maʻu", "fika telefoni ʻo e maʻu",
     "fika telefoni o e maʻu", "kolo ʻo e maʻu", "tuʻasila ʻo e maʻu", "fekauʻaki",
     "vā fekauʻaki", "igoa o le tagata e faʻafesoʻotaʻi", "telefoni o le tagata e faʻafesoʻotaʻi"],
}  # fmt: skip
#: Malagasy column names of Malagasy systems (a mobile-money wallet's KYC, a lender's file), as
#: the identity card (``Karapanondrom-pirenena``, the CIN) prints its fields: ``Anarana`` is the
#: family name, ``Fanampiny`` (``Fanampin'anarana``, "what completes the name") the given names;
#: ``Daty nahaterahana`` and ``Toerana nahaterahana`` the birth date and place, ``Lahy/Vavy``
#: (male or female) the sex, ``Finday`` a mobile, ``Adiresy`` the address, ``Fokontany`` the
#: smallest administrative unit (a neighbourhood, a village), ``Kaominina`` the commune. Malagasy
#: puts whose after what, joined by ``n'ny`` ("of the"): ``Findain'ny vady`` is the spouse's
#: mobile (:data:`_OTHER_PEOPLE`), whence the construct forms ``findain``, ``karatry`` and
#: ``anaran`` of ``finday``, ``karatra`` and ``anarana``. ``Karatra`` (a card) alone is the
#: identity card a KYC asks for; a borrower's or a customer's number the system's own. A ``Lot``
#: (``Lot II J 45 Bis``, ``Lot IVG 123``) is a plot's number, the address where streets have
#: none (a utility's meter file gives it beside the ``Fokontany``).
_MALAGASY_ALIASES: dict[str, list[str]] = {
    "first_name": ["fanampiny", "anarana fanampiny", "fanampin'anarana", "fanampin'ny anarana"],
    "last_name": ["anarana", "anaran'ny fianakaviana"],
    "full_name": ["anarana sy fanampiny", "anarana sy fanampin'anarana", "anarana feno",
     "anaran"],
    "dob": ["daty nahaterahana", "daty nahaterahany", "teraka tamin'ny", "daty teraka"],
    "birth_place": ["toerana nahaterahana", "toerana nahaterahany", "teraka tao", "teraka tany"],
    "gender": ["lahy/vavy", "lahy na vavy", "lahy sa vavy", "lahy vavy"],
    "phone": ["finday", "findain", "laharana finday", "laharan'ny finday", "telefaona",
     "laharana telefaona", "laharan-telefaona", "laharan'ny telefaona"],
    "free_id": ["karapanondro", "kara-panondro", "karapanondrom-pirenena", "karatra", "karatry",
     "laharana karatra", "laharan'ny karatra", "laharana karapanondro", "laharana kara-panondro",
     "laharan'ny karapanondro", "karatra panondro"],
    "address": ["adiresy", "fonenana", "toerana onenana", "toeram-ponenana", "lot", "n° lot",
     "numero lot", "numéro de lot"],
    "district": ["fokontany", "fkt"],
    "city": ["kaominina", "tanàna", "tanana"],
    "region": ["faritra"],
    "email": ["mailaka", "adiresy mailaka"],
    "ignore": ["laharana mpindrana", "laharan'ny mpindrana", "laharana mpanjifa",
     "laharan'ny mpanjifa", "fifandraisana", "havana akaiky"],
}  # fmt: skip
#: Column names of travel systems: an airline reservation's (GDS) ``PAX NAME`` (the passenger's
#: ``SMITH/JOHN MR``), ``CTCE`` and ``CTCM`` (the contact e-mail and mobile of IATA's contact
#: elements; ``CTCH``, ``CTCB`` a home and a business phone), ``FQTV`` (a frequent traveller's
#: number), the record locator (``PNR``, a booking's code, which its passengers share); a
#: passport's and a driving licence's number in English, German (``Reisepass``,
#: ``Führerschein``), French (``permis de conduire``), Spanish (``carnet de conducir``),
#: Italian (``patente di guida``), Portuguese (``CNH``, ``passaporte``), Dutch (``rijbewijs``,
#: ``paspoort``) and Turkish (``ehliyet``, ``pasaport``); a frequent-flyer member's number
#: (French ``numéro d'adhérent``, German ``Vielfliegernummer``).
_TRAVEL_ALIASES: dict[str, list[str]] = {
    "full_name": ["pax name", "paxname", "nom du passager", "nom passager",
     "nombre del pasajero", "nombre pasajero", "passagiername", "name des passagiers",
     "name fluggast"],
    "email": ["ctce", "contact email"],
    "phone": ["ctcm", "ctch", "ctcb", "contact mobile", "contact phone"],
    "free_id": ["fqtv", "frequent flyer", "frequent flyer no", "frequent flyer number",
     "frequent flyer id", "ff no", "ff number", "ffp no", "ffp number", "ffp id",
     "numero adherent", "n° adherent", "numéro d'adhérent", "no adherent", "vielfliegernummer",
     "numero viajero frecuente", "número de socio", "numero de socio",
     "driving licence", "driving license", "driving licence no", "driving licence number",
     "driving license no", "driving license number", "licence no", "licence number",
     "führerschein", "führerscheinnummer", "führerschein nr", "führerscheinnr",
     "fahrerlaubnisnummer", "reisepass", "reisepassnummer", "reisepass nr", "passnummer",
     "pass nr", "ausweisnummer", "personalausweisnummer", "permis de conduire",
     "numero permis", "numéro de permis", "n° permis", "numero de permis de conduire",
     "carnet de conducir", "numero carnet de conducir", "licencia de conducir",
     "numero licencia", "passaporto", "numero passaporto", "patente di guida", "numero patente",
     "passaporte", "numero do passaporte", "número do passaporte", "cnh", "numero cnh",
     "carteira de motorista", "rijbewijs", "rijbewijsnummer", "paspoort", "paspoortnummer",
     "ehliyet", "ehliyet no", "ehliyet numarası", "pasaport", "pasaport no",
     "pasaport numarası"],
    "ignore": ["pnr", "record locator", "booking reference", "booking ref", "localizador",
     "buchungsnummer", "buchungscode", "reservation number", "reservation no"],
}  # fmt: skip
#: Levantine and Iraqi column names: Arabic forms ask for the four-part name, ``اسم الأب`` (the
#: father's given name) and ``اسم الجد`` (the grandfather's, which brothers and cousins share:
#: no role), ``اسم الأم`` the mother's; Lebanese banks write them in French, ``Nom du père``,
#: ``Nom de la mère`` (a parent's name, not the person's family name that ``nom`` alone is;
#: ``NOM_PERE`` alone, the parent's whole name as Malagasy cards print it, stays someone else's).
#: ``Registre N°`` (``رقم السجل``) is the Lebanese family register's number, which a father,
#: his wife and their children share and registers of other villages repeat: no person's id.
#: ``Individual No`` is a humanitarian case register's number of the person, beside the
#: household's ``Case No``; its ``Country of Origin`` a refugee's nationality, no country
#: the person lives or is called in.
_LEVANTINE_ALIASES: dict[str, list[str]] = {
    "father_name": ["اسم الأب", "اسم أب", "اسم الوالد", "اسم والد", "nom du père", "nom du pere",
     "prénom du père", "prenom du pere", "prénom père", "prenom pere"],
    "mother_name": ["اسم الأم", "اسم أم", "اسم الوالدة", "اسم والدة", "nom de la mère",
     "nom de la mere", "prénom de la mère", "prenom de la mere", "prénom mère", "prenom mere"],
    "free_id": ["individual no", "individual number", "individual id", "individual_id"],
    "ignore": ["اسم الجد", "اسم جد", "رقم السجل", "السجل", "محل السجل", "registre n°", "n° registre",
     "numéro de registre", "numero de registre", "registre", "lieu du registre", "case no",
     "case number", "case id", "country of origin", "origin country", "pays d'origine",
     "بلد الأصل", "بلد المنشأ", "الجنسية"],
}  # fmt: skip
#: Nepali column names of Nepali systems (a bank's KYC form, a cooperative's register), as the
#: citizenship certificate (``नागरिकता``) prints its fields: ``नाम`` is the given name (with the
#: middle one: ``राम बहादुर``) beside ``थर``, the caste or family name; ``जन्म मिति`` the birth date
#: (``(वि.सं.)``: in Bikram Sambat, :mod:`tekil.normalize.dates`), ``ठेगाना`` the address,
#: ``जिल्ला`` the district, ``लिङ्ग`` the sex. ``बाबुको नाम`` is the father's whole name, as the
#: certificate gives it; the grandfather's (``बाजेको नाम``), the spouse's (``पति/पत्नीको नाम``) and a
#: husband's or father's (``पति/बाबुको नाम``) are someone else's; ``ग्राहक नं.`` and ``सदस्य नं.`` a
#: customer's and a member's number, the system's own.
_NEPALI_ALIASES: dict[str, list[str]] = {
    "last_name": ["थर"],
    "dob": ["जन्म मिति", "जन्ममिति", "जन्म मिति (वि.सं.)", "जन्म मिति (ई.सं.)", "जन्म मिति वि.सं.",
     "जन्म मिति ई.सं."],
    "free_id": ["नागरिकता नं.", "नागरिकता नं", "नागरिकता नम्बर", "नागरिकता प्रमाणपत्र नं.", "ना.प्र.प.नं.",
     "राष्ट्रिय परिचयपत्र नं.", "राष्ट्रिय परिचयपत्र नम्बर", "citizenship no", "citizenship number",
     "ctzn no", "ctz no"],
    "address": ["ठेगाना", "स्थायी ठेगाना", "अस्थायी ठेगाना", "हालको ठेगाना"],
    "district": ["जिल्ला"],
    "gender": ["लिङ्ग", "लिंग"],
    "email": ["इमेल", "ईमेल"],
    "father_name": ["बाबुको नाम", "बुबाको नाम", "पिताको नाम"],
    "ignore": ["बाजेको नाम", "हजुरबुबाको नाम", "पति/पत्नीको नाम", "पतिको नाम", "पत्नीको नाम",
     "पति/बाबुको नाम", "आमाको नाम", "ग्राहक नं.", "सदस्य नं.", "खाता नं.", "वडा नं."],
}  # fmt: skip
#: Somali column names of Somali, Somaliland and Djiboutian systems (a mobile-money wallet's KYC,
#: a hawala's form): ``Magaca`` is the name (the given, the father's and the grandfather's),
#: ``Magaca Hooyo`` the mother's, ``Magaca Aabbaha`` the father's; ``Taariikhda Dhalashada`` and
#: ``Goobta Dhalashada`` the birth date and place, ``Jinsi`` the sex, ``Lambarka`` (the number:
#: a wallet's is its phone) and ``Taleefan`` the phone, ``Aqoonsi`` (an identity card),
#: ``Magaalada`` the town, ``Degmada`` the district, ``Gobolka`` the region. ``Qabiil``,
#: ``Beesha`` and ``Jilib`` (a clan, a sub-clan) are shared by thousands: no family name.
_SOMALI_ALIASES: dict[str, list[str]] = {
    "full_name": ["magaca", "magac", "magaca oo dhan", "magaca buuxa", "magaca macmiilka",
     "magaca qofka", "magaca saddexan"],
    "first_name": ["magaca koowaad", "magaca hore"],
    "father_name": ["magaca aabbaha", "magaca aabaha", "magaca aabe", "aabbe"],
    "mother_name": ["magaca hooyo", "magaca hooyada", "hooyo"],
    "dob": ["taariikhda dhalashada", "taariikh dhalasho", "taariikhda dhalasho", "dhalasho"],
    "birth_place": ["goobta dhalashada", "meesha dhalashada", "goob dhalasho", "goobta dhalasho"],
    "gender": ["jinsi", "jinsiga", "lab/dheddig", "lab ama dheddig"],
    "phone": ["lambarka", "lambar", "lambarka taleefanka", "lambarka mobilka", "nambarka",
     "taleefan", "taleefanka", "telefoon"],
    "free_id": ["aqoonsi", "aqoonsiga", "lambarka aqoonsiga", "kaarka aqoonsiga", "baasaboor",
     "lambarka baasaboorka"],
    "city": ["magaalada", "magaalo"],
    "district": ["degmada", "degmo"],
    "region": ["gobolka", "gobol"],
    "address": ["cinwaan", "cinwaanka", "hoyga"],
    "email": ["iimeel", "iimayl"],
    "ignore": ["qabiil", "qabiilka", "beel", "beesha", "jilib", "jilibka", "lambarka xisaabta"],
}  # fmt: skip
#: Khmer column names of Cambodian systems, as the national id card (``អត្តសញ្ញាណប័ណ្ណ``) and the
#: forms of banks and microfinance lenders write them: ``នាមត្រកូល`` is the family name (written
#: first), ``ឈ្មោះ`` (or ``នាមខ្លួន``) the given name beside it, ``គោត្តនាម និងនាម`` both;
#: ``ថ្ងៃខែឆ្នាំកំណើត`` the birth date, ``ភេទ`` the sex, ``ខេត្ត`` the province, ``ស្រុក``/``ខណ្ឌ``
#: the district. A husband's or wife's (``ប្តី``, ``ប្រពន្ធ``) names are someone else's; a
#: customer's, an account's or a loan's number the system's own.
_KHMER_ALIASES: dict[str, list[str]] = {
    "first_name": ["ឈ្មោះ", "នាមខ្លួន", "ឈ្មោះខ្លួន"],
    "last_name": ["នាមត្រកូល", "ត្រកូល", "គោត្តនាម"],
    "full_name": ["គោត្តនាម និងនាម", "គោត្តនាម និង នាម", "ឈ្មោះពេញ", "ឈ្មោះអតិថិជន",
     "នាមត្រកូល និងនាមខ្លួន", "នាមត្រកូល និង ឈ្មោះ"],
    "dob": ["ថ្ងៃខែឆ្នាំកំណើត", "ថ្ងៃ ខែ ឆ្នាំ កំណើត", "ថ្ងៃកំណើត"],
    "gender": ["ភេទ"],
    "phone": ["ទូរស័ព្ទ", "លេខទូរស័ព្ទ", "ទូរស័ព្ទដៃ", "លេខទូរស័ព្ទដៃ"],
    "free_id": ["លេខអត្តសញ្ញាណប័ណ្ណ", "អត្តសញ្ញាណប័ណ្ណ", "លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ",
     "លេខលិខិតឆ្លងដែន", "លិខិតឆ្លងដែន"],
    "email": ["អ៊ីមែល", "អ៊ីម៉ែល"],
    "address": ["អាសយដ្ឋាន", "អាសយដ្ឋានបច្ចុប្បន្ន"],
    "region": ["ខេត្ត", "ខេត្ត/ក្រុង", "រាជធានី/ខេត្ត"],
    "district": ["ស្រុក", "ខណ្ឌ", "ស្រុក/ខណ្ឌ"],
    "ignore": ["ឈ្មោះប្តី", "ឈ្មោះប្រពន្ធ", "ឈ្មោះប្តី/ប្រពន្ធ", "ឈ្មោះប្ដី/ប្រពន្ធ", "លេខអតិថិជន",
     "លេខគណនី", "លេខកម្ចី", "មុខរបរ", "សញ្ជាតិ"],
}  # fmt: skip
#: Lao column names of Lao systems: ``ຊື່`` is the given name (written first), ``ນາມສະກຸນ`` the
#: family name, ``ຊື່ ແລະ ນາມສະກຸນ`` both; ``ວັນເດືອນປີເກີດ`` the birth date, ``ເລກບັດປະຈຳຕົວ``
#: the id card's number, ``ເບີໂທ`` the phone, ``ແຂວງ`` the province, ``ເມືອງ`` the district. A
#: husband's or wife's (``ຜົວ``, ``ເມຍ``) names are someone else's; a customer's or an account's
#: number the system's own.
_LAO_ALIASES: dict[str, list[str]] = {
    "first_name": ["ຊື່", "ຊື່ແທ້"],
    "last_name": ["ນາມສະກຸນ", "ສະກຸນ"],
    "full_name": ["ຊື່ ແລະ ນາມສະກຸນ", "ຊື່ແລະນາມສະກຸນ", "ຊື່ ນາມສະກຸນ", "ຊື່-ນາມສະກຸນ", "ຊື່ລູກຄ້າ"],
    "dob": ["ວັນເດືອນປີເກີດ", "ວັນ ເດືອນ ປີ ເກີດ", "ວັນເກີດ"],
    "gender": ["ເພດ"],
    "phone": ["ເບີໂທ", "ເບີໂທລະສັບ", "ໂທລະສັບ", "ເບີມືຖື"],
    "free_id": ["ເລກບັດປະຈຳຕົວ", "ບັດປະຈຳຕົວ", "ເລກທີບັດປະຈຳຕົວ", "ເລກໜັງສືຜ່ານແດນ", "ໜັງສືຜ່ານແດນ"],
    "email": ["ອີເມວ", "ອີເມລ"],
    "address": ["ທີ່ຢູ່"],
    "region": ["ແຂວງ"],
    "district": ["ເມືອງ"],
    "ignore": ["ຊື່ຜົວ", "ຊື່ເມຍ", "ຊື່ຜົວ/ເມຍ", "ລະຫັດລູກຄ້າ", "ເລກບັນຊີ", "ອາຊີບ", "ສັນຊາດ"],
}  # fmt: skip
#: Portuguese column names of Mozambican and Angolan systems, and the English ones of Southern
#: African KYC: ``telemóvel`` is a mobile (Portugal's word, as Mozambique and Angola write it),
#: the ``bilhete de identidade`` (``BI``) the identity card, ``NUIT`` Mozambique's tax number,
#: the ``Omang`` Botswana's identity card.
_SOUTHERN_AFRICAN_ALIASES: dict[str, list[str]] = {
    "phone": ["telemovel", "n telemovel", "no telemovel", "numero telemovel", "numero de telemovel",
     "telemovel 1", "telemovel principal"],
    "free_id": ["bilhete identidade", "bilhete de identidade", "n bilhete identidade", "bi", "n bi",
     "no bi", "num bi", "numero bi", "numero do bi", "nuit", "n nuit", "numero nuit", "omang",
     "omang no", "omang number"],
}  # fmt: skip
#: Swahili column names of Kenyan and Tanzanian systems (a mobile-money operator's KYC, a bank's
#: form) and Kinyarwanda ones of Rwandan systems, as the identity cards print their fields.
#: Swahili: ``Jina Kamili`` is the whole name, ``Jina la Kwanza`` the given name, ``Jina la Kati``
#: the middle name (the father's given name, in Tanzania), ``Jina la Ukoo`` (the clan's name) the
#: family name; ``Tarehe ya Kuzaliwa`` the birth date, ``Nambari``/``Namba ya Simu`` the phone,
#: ``Kitambulisho`` (``Nambari ya Kitambulisho``) the identity card, ``NIDA`` Tanzania's national
#: id, ``KRA PIN`` Kenya's tax number, ``Anwani`` the address (a P.O. Box: ``S.L.P.``, ``Sanduku
#: la Posta``), ``Mkoa`` the region, ``Kaunti`` a Kenyan county, ``Wilaya`` the district, ``Kata``
#: the ward, ``Kijiji`` the village. Kinyarwanda: ``Amazina`` (the names) the whole name,
#: ``Izina ry'umuryango`` the family's (a Rwandan's own name, written first), ``Izina bwite`` the
#: given one; ``Indangamuntu`` the identity card, ``Igitsina`` the sex, ``Itariki y'amavuko`` the
#: birth date, ``Intara`` the province, ``Akarere`` the district, ``Umurenge`` the sector,
#: ``Umudugudu`` the village; ``Izina rya se`` and ``rya nyina`` the father's and the mother's.
#: A relative's (``ndugu``, ``mtu wa karibu``), an heir's (``mrithi``), a guarantor's
#: (``mdhamini``) names and phones are someone else's, an account's number the system's own.
_EAST_AFRICAN_ALIASES: dict[str, list[str]] = {
    "full_name": ["jina kamili", "majina kamili", "jina", "majina", "jina la mteja",
     "jina kamili la mteja", "amazina", "amazina yose", "izina", "amazina y'umukiriya"],
    "first_name": ["jina la kwanza", "jina la kwanza la mteja", "izina bwite", "izina ry'irikristu"],
    "middle_name": ["jina la kati", "jina la pili"],
    "last_name": ["jina la ukoo", "jina la mwisho", "ukoo", "izina ry'umuryango",
     "izina ry'umuryango w'umukiriya"],
    "father_name": ["izina rya se", "jina la baba"],
    "mother_name": ["izina rya nyina", "jina la mama"],
    "dob": ["tarehe ya kuzaliwa", "tarehe kuzaliwa", "siku ya kuzaliwa", "itariki y'amavuko",
     "itariki yavutseho", "itariki y'ivuka"],
    "birth_place": ["mahali pa kuzaliwa", "mahali alipozaliwa", "aho yavukiye"],
    "gender": ["jinsi", "igitsina"],
    "phone": ["nambari ya simu", "namba ya simu", "simu", "nambari ya simu ya mkononi",
     "namba ya simu ya mkononi", "simu ya mkononi", "nimero ya telefoni", "numero ya telefoni",
     "telefoni"],
    "free_id": ["nambari ya kitambulisho", "namba ya kitambulisho", "kitambulisho",
     "kitambulisho cha taifa", "nambari ya kitambulisho cha taifa", "namba ya nida", "nida",
     "nambari ya nida", "nida no", "kra pin", "pin ya kra", "namba ya pasipoti",
     "nambari ya pasipoti", "pasipoti", "indangamuntu", "nimero y'indangamuntu",
     "numero y'indangamuntu", "nomero y'indangamuntu"],
    "address": ["anwani", "anwani ya posta", "sanduku la posta", "slp"],
    "email": ["barua pepe", "imeli", "imeyili"],
    "city": ["mji", "kijiji", "umudugudu", "mtaa"],
    "district": ["wilaya", "kata", "akarere", "umurenge", "akagari"],
    "region": ["mkoa", "kaunti", "intara"],
    "ignore": ["namba ya akaunti", "nambari ya akaunti", "akaunti", "jina la ndugu",
     "simu ya ndugu", "namba ya simu ya ndugu", "nambari ya simu ya ndugu", "ndugu",
     "mtu wa karibu", "jina la mtu wa karibu", "simu ya mtu wa karibu", "mrithi", "jina la mrithi",
     "simu ya mrithi", "mdhamini", "jina la mdhamini", "simu ya mdhamini", "nimero ya konti",
     "uraia", "ubwenegihugu", "kazi"],
}  # fmt: skip
#: Punjabi column names in Gurmukhi, of Indian Punjab's banks and forms: ``ਨਾਮ`` is the whole name
#: (Harpreet Singh Gill), ``ਪਿਤਾ ਦਾ ਨਾਮ`` the father's; ``ਪਤੀ ਦਾ ਨਾਮ`` a husband's (someone else);
#: ``ਜਨਮ ਮਿਤੀ`` the birth date, ``ਪਤਾ`` the address, ``ਪਿੰਡ`` the village, ``ਜ਼ਿਲ੍ਹਾ`` the district,
#: ``ਆਧਾਰ`` the Aadhaar number.
_PUNJABI_ALIASES: dict[str, list[str]] = {
    "full_name": ["ਨਾਮ", "ਪੂਰਾ ਨਾਮ", "ਗਾਹਕ ਦਾ ਨਾਮ", "ਖਾਤਾਧਾਰਕ ਦਾ ਨਾਮ", "ਬਿਨੈਕਾਰ ਦਾ ਨਾਮ"],
    "first_name": ["ਪਹਿਲਾ ਨਾਮ"],
    "last_name": ["ਉਪਨਾਮ"],
    "father_name": ["ਪਿਤਾ ਦਾ ਨਾਮ", "ਪਿਓ ਦਾ ਨਾਮ", "ਬਾਪ ਦਾ ਨਾਮ"],
    "mother_name": ["ਮਾਤਾ ਦਾ ਨਾਮ", "ਮਾਂ ਦਾ ਨਾਮ"],
    "dob": ["ਜਨਮ ਮਿਤੀ", "ਜਨਮ ਤਾਰੀਖ", "ਜਨਮ ਤਰੀਕ"],
    "phone": ["ਮੋਬਾਈਲ", "ਮੋਬਾਈਲ ਨੰਬਰ", "ਫ਼ੋਨ", "ਫੋਨ", "ਫ਼ੋਨ ਨੰਬਰ", "ਫੋਨ ਨੰਬਰ", "ਸੰਪਰਕ ਨੰਬਰ"],
    "address": ["ਪਤਾ", "ਘਰ ਦਾ ਪਤਾ", "ਮੌਜੂਦਾ ਪਤਾ", "ਪੱਕਾ ਪਤਾ"],
    "city": ["ਸ਼ਹਿਰ", "ਪਿੰਡ"],
    "district": ["ਜ਼ਿਲ੍ਹਾ", "ਜ਼ਿਲਾ", "ਜਿਲ੍ਹਾ"],
    "gender": ["ਲਿੰਗ"],
    "email": ["ਈਮੇਲ", "ਈ-ਮੇਲ"],
    "free_id": ["ਆਧਾਰ", "ਆਧਾਰ ਨੰਬਰ", "ਆਧਾਰ ਕਾਰਡ ਨੰਬਰ"],
    "ignore": ["ਪਤੀ ਦਾ ਨਾਮ", "ਪਿਤਾ/ਪਤੀ ਦਾ ਨਾਮ", "ਖਾਤਾ ਨੰਬਰ"],
}  # fmt: skip
#: Urdu column names of Pakistani banks and forms (beside the Persian ones, whose ``نام`` Urdu
#: reads as the whole name, as the values show): ``ولدیت`` is the father's name (``زوجیت``, a
#: husband's, and ``ولدیت/زوجیت``, either, someone else's), ``شناختی کارڈ نمبر`` the CNIC,
#: ``تاریخ پیدائش`` the birth date, ``پتہ`` the address, ``شہر`` the city, ``ضلع`` the district.
_URDU_ALIASES: dict[str, list[str]] = {
    "full_name": ["پورا نام", "کھاتہ دار کا نام", "صارف کا نام", "درخواست گزار کا نام"],
    "father_name": ["ولدیت", "والد کا نام", "باپ کا نام"],
    "mother_name": ["والدہ کا نام", "ماں کا نام"],
    "free_id": ["شناختی کارڈ نمبر", "شناختی کارڈ", "قومی شناختی کارڈ نمبر", "شناختی کارڈ نمبر"],
    "dob": ["تاریخ پیدائش"],
    "phone": ["موبائل نمبر", "موبائل", "فون نمبر", "رابطہ نمبر"],
    "address": ["پتہ", "موجودہ پتہ", "مستقل پتہ"],
    "city": ["شہر"],
    "district": ["ضلع"],
    "gender": ["جنس"],
    "ignore": ["زوجیت", "ولدیت/زوجیت", "شوہر کا نام", "والد/شوہر کا نام", "اکاؤنٹ نمبر", "کھاتہ نمبر"],
}  # fmt: skip
for _role, _aliases in [
    *_SYSTEMS_ALIASES.items(),
    *_CAUCASIAN_ALIASES.items(),
    *_GREEK_ALIASES.items(),
    *_ITALIAN_ALIASES.items(),
    *_CHINESE_ALIASES.items(),
    *_JAPANESE_ALIASES.items(),
    *_ETHIOPIAN_ALIASES.items(),
    *_PERSIAN_ALIASES.items(),
    *_AFGHAN_ALIASES.items(),
    *_BENGALI_ALIASES.items(),
    *_CENTRAL_EUROPEAN_ALIASES.items(),
    *_HEBREW_ALIASES.items(),
    *_CENTRAL_ASIAN_ALIASES.items(),
    *_TAJIK_ALIASES.items(),
    *_SRI_LANKAN_ALIASES.items(),
    *_WEST_AFRICAN_ALIASES.items(),
    *_CENTRAL_AFRICAN_ALIASES.items(),
    *_BALKAN_ALIASES.items(),
    *_BURMESE_ALIASES.items(),
    *_GHANAIAN_ALIASES.items(),
    *_MONGOLIAN_ALIASES.items(),
    *_THAI_ALIASES.items(),
    *_BALTIC_ALIASES.items(),
    *_CELTIC_ALIASES.items(),
    *_CARIBBEAN_ALIASES.items(),
    *_PACIFIC_ALIASES.items(),
    *_MALAGASY_ALIASES.items(),
    *_TRAVEL_ALIASES.items(),
    *_LEVANTINE_ALIASES.items(),
    *_NEPALI_ALIASES.items(),
    *_SOMALI_ALIASES.items(),
    *_KHMER_ALIASES.items(),
    *_LAO_ALIASES.items(),
    *_SOUTHERN_AFRICAN_ALIASES.items(),
    *_EAST_AFRICAN_ALIASES.items(),
    *_PUNJABI_ALIASES.items(),
    *_URDU_ALIASES.items(),
]:
    _NAME_ALIASES[_role] = _NAME_ALIASES[_role] + _aliases


#: What parts a column name's words: no letter, digit or vowel sign. The vowel signs of India's
#: and South-East Asia's scripts are no word characters to ``re`` but letters of the word they
#: are in: ``ਪਿਤਾ ਦਾ ਨਾਮ`` (the father's name) is no ``ਪਤੀ ਦਾ ਨਾਮ`` (the husband's).
_NOT_WORD = r"[^\w\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"


def _key(column: Any) -> str:
    # Letters of any script stay: "Фамилия" is "фамилия", not nothing; a glottal stop written
    # as a letter (Samoan and Tongan ʻ, ʼ) goes as an apostrophe does ("Fekauʻaki", "Fekau'aki").
    return re.sub(rf"{_NOT_WORD}|[_ʻʼ]", "", fold(str(column)))


_ALIAS_TO_ROLE: dict[str, str] = {_key(a): role for role, al in _NAME_ALIASES.items() for a in al}
#: Aliases that say their role only alone: a Greek form's "Αριθμός" beside "Οδός" is the
#: street's number, "Αριθμός Πελάτη", "Αριθμός Τηλεφώνου" a customer's or a phone number;
#: Serbian "Место" is the town, but Russian "место работы" a workplace; Swahili and Kinyarwanda
#: put whose after what, "Jina kamili la mdhamini" a guarantor's, "Amazina y'umubyeyi" a parent's.
_ALONE_ONLY = frozenset(
    {_key("αριθμός"), "arithmos", _key("место")}
    | {_key(a) for a in ("jina kamili", "majina", "majina kamili", "amazina", "izina")}
)
#: Aliases long enough to be read at the start or end of a longer name, longest first.
_LONG_ALIASES = sorted(
    (a for a in _ALIAS_TO_ROLE if len(a) >= 5 and a not in _ALONE_ONLY), key=len, reverse=True
)
_ID_NAMES = {
    "id",
    "recid",
    "recordid",
    "customerid",
    "musterino",
    "musteriid",
    "kayitno",
    "rowid",
    "uid",
    "key",
    "pk_id",
}
_PERSONAL_ROLES = set(ROLES) - {"ignore"}


@dataclass
class BlockingRule:
    """A blocking rule: records agreeing on every key become candidate pairs.

    Keys are field names (``last_name``, ``dob``, ``phone``) optionally with a
    transform: ``last_name:metaphone``, ``first_name:prefix3``, ``dob:year``.
    ``window`` > 0 makes it a sorted-neighbourhood rule on the concatenated keys.
    """

    keys: list[str]
    window: int = 0
    name: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.keys, str):
            self.keys = [self.keys]
        if not self.keys:
            raise ConfigError("a blocking rule needs at least one key")
        if not self.name:
            self.name = "+".join(self.keys) + (f"~{self.window}" if self.window else "")


@dataclass
class Settings:
    """How tekil reads and links a data set.

    Parameters mirror the keys of a TOML or JSON settings file. Everything has a
    default; ``roles`` empty means "guess from the data".
    """

    roles: dict[str, str] = field(default_factory=dict)
    id_column: str | None = None
    blocking: list[BlockingRule] | None = None
    threshold: float | None = None
    max_block_size: int = 2000
    #: Each blocking rule makes at most this many candidate pairs per record.
    max_pairs_per_record: int = 20
    #: All blocking rules together make at most this many candidate pairs per record
    #: (before de-duplication); the largest blocks of any rule are left out first.
    max_total_pairs_per_record: int = 25
    #: No cluster grows past this many records: a bound on the work inside one cluster (all
    #: its pairs are compared), not a guess at how many records a person has. Components too
    #: large or holding a conflict are clustered again by their pairs' evidence.
    max_cluster_size: int = 1_000
    random_pairs: int = 1_000_000
    em_iterations: int = 60
    seed: int = 0
    card_key: str | None = None
    #: Region for phone numbers written without a country code; None: inferred from the data.
    phone_region: str | None = None
    #: Whether 03/04/1985 is the 3rd of April; None: inferred from the data (day first if unsure).
    dayfirst: bool | None = None
    #: Whether a whole name alone in the last-name column (first name empty) is split into
    #: given and family name; None: learned from the data (split where most such names start
    #: with a word the data writes as a given name, not as a double surname).
    split_lone_names: bool | None = None
    #: Whether whole birth dates a decade or more apart part two records
    #: (:func:`tekil.guards.born_apart`); None: weighed on the data
    #: (:func:`tekil.guards.born_apart_holds`), and kept so for a store's later records.
    born_apart: bool | None = None
    #: Per identifier role, ``link`` or ``evidence`` (see :data:`IDENTIFIER_ROLES`).
    identifiers: dict[str, str] = field(default_factory=lambda: dict(IDENTIFIER_ROLES))
    #: Pairs that are never one person: each rule names fields (roles or columns), joined by
    #: ``+``, on which the two records both have a value and disagree outright. The default
    #: trusts checksummed ids (two valid TCKNs) and generational suffixes (a Jr is not his
    #: father, the Sr, whose name and address he shares, and which EM, learning from pairs
    #: at one address, cannot tell); ``"dob+first_name"`` suits data with few typos (on
    #: FEBRL's heavily corrupted duplicates it costs 1.6 points of recall). While any rule is
    #: given, whole birth dates a decade or more apart are never one person either
    #: (:func:`tekil.guards.born_apart`), where the data bears that out
    #: (:func:`tekil.guards.born_apart_holds`); ``[]`` turns that off too.
    cannot_link: list[str] = field(default_factory=lambda: ["tckn", "suffix"])
    #: An identifier value carried by this many otherwise-different people is shared (a
    #: household landline, a family e-mail): it links nobody and counts as no evidence. 0: off.
    shared_value_people: int = 2
    #: Column naming the system each record comes from (guessed from names like ``source``).
    source_column: str | None = None
    #: Column with each record's last update (guessed from names like ``updated_at``).
    timestamp_column: str | None = None
    #: Systems from the most to the least trusted, for golden records.
    source_trust: list[str] = field(default_factory=list)
    #: Survivorship criteria per golden attribute (or ``default``); see :mod:`tekil.golden`.
    survivorship: dict[str, list[str]] = field(default_factory=dict)
    #: Customer-level roll-ups per column: ``tier:Normal<Gold<Platinum``, ``any``, ``all``,
    #: ``sum``, ``min``, ``max``; see :mod:`tekil.rollup`.
    rollups: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.validate()

    # ---- validation -------------------------------------------------------------------------
    def validate(self) -> Settings:
        if not isinstance(self.roles, dict):
            raise ConfigError("settings 'roles' must be a table of column = role")
        for col, role in self.roles.items():
            if role not in ROLES:
                raise ConfigError(
                    f"column {col!r} has unknown role {role!r}; known roles: {', '.join(ROLES)}"
                )
        if self.blocking is not None:
            self.blocking = [
                r if isinstance(r, BlockingRule) else _rule_from(r) for r in self.blocking
            ]
        self._validate_guards()
        self._validate_customer_view()
        if self.threshold is not None:
            self.threshold = probability_threshold(self.threshold)
        for name in (
            "max_block_size",
            "max_pairs_per_record",
            "max_total_pairs_per_record",
            "max_cluster_size",
            "random_pairs",
            "em_iterations",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"setting {name!r} must be a positive integer, got {value!r}")
        return self

    def _validate_guards(self) -> None:
        if not isinstance(self.identifiers, dict):
            raise ConfigError(
                "settings 'identifiers' must be a table of role = 'link' | 'evidence'"
            )
        for role, mode in self.identifiers.items():
            if role not in IDENTIFIER_ROLES:
                raise ConfigError(
                    f"identifiers: {role!r} is not an identifier role; "
                    f"use one of {', '.join(IDENTIFIER_ROLES)}"
                )
            if mode not in _LINK_MODES:
                raise ConfigError(
                    f"identifiers: {role!r} must be 'link' or 'evidence', not {mode!r}"
                )
        if isinstance(self.cannot_link, str) or not all(
            isinstance(r, str) and r.strip("+") for r in self.cannot_link
        ):
            raise ConfigError(
                "settings 'cannot_link' must be a list of rules such as ['tckn', 'dob+first_name']"
            )
        if not isinstance(self.shared_value_people, int) or self.shared_value_people < 0:
            raise ConfigError(
                "setting 'shared_value_people' must be 0 (off) or a number of people ≥ 2, "
                f"got {self.shared_value_people!r}"
            )

    def _validate_customer_view(self) -> None:
        from tekil.golden import CRITERIA
        from tekil.rollup import parse_rule

        if not isinstance(self.source_trust, list):
            raise ConfigError("settings 'source_trust' must be a list of source names")
        if not isinstance(self.survivorship, dict):
            raise ConfigError("settings 'survivorship' must be a table of attribute = [criteria]")
        for attribute, criteria in self.survivorship.items():
            bad = [c for c in criteria if c not in CRITERIA] if isinstance(criteria, list) else 0
            if bad or not isinstance(criteria, list):
                raise ConfigError(
                    f"survivorship for {attribute!r} must be a list of criteria from "
                    f"{', '.join(CRITERIA)}; got {criteria!r}"
                )
        if not isinstance(self.rollups, dict):
            raise ConfigError("settings 'rollups' must be a table of column = rule")
        for column, rule in self.rollups.items():
            parse_rule(rule, column)

    def check_columns(self, columns: list[str]) -> None:
        """Raise :class:`ConfigError` if a role or the id names a column the data lacks."""
        if self.id_column is not None and self.id_column not in columns:
            raise ConfigError(
                f"id column {self.id_column!r} is not in the data; columns are: {list(columns)[:30]}"
            )
        named = [*self.roles, *self.rollups, self.source_column, self.timestamp_column]
        missing = [c for c in named if c is not None and c not in columns]
        if missing:
            raise ConfigError(
                f"settings name columns that are not in the data: {missing}; "
                f"columns are: {list(columns)[:30]}"
            )

    @property
    def matching_roles(self) -> dict[str, str]:
        """Columns used for matching (all but ``ignore``)."""
        return {c: r for c, r in self.roles.items() if r != "ignore"}

    def describe(self) -> str:
        """A small table of the column roles, for people."""
        lines = [f"id column: {self.id_column or '(row position)'}"]
        width = max((len(c) for c in self.roles), default=6)
        for col, role in self.roles.items():
            lines.append(f"  {col:<{width}}  →  {role:<12}  {ROLES[role]}")
        return "\n".join(lines)

    # ---- I/O ----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out = {k: v for k, v in out.items() if v is not None}
        if self.blocking is not None:
            out["blocking"] = [dataclasses.asdict(r) for r in self.blocking]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        if not isinstance(data, dict):
            raise ConfigError("settings must be a table (TOML) or an object (JSON)")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown settings key(s) {unknown}; known keys: {', '.join(sorted(known))}"
            )
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"invalid settings: {exc}") from None

    @classmethod
    def load(cls, path: str | Path) -> Settings:
        """Read settings from a ``.toml`` or ``.json`` file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read settings file {str(path)!r}: {exc.strerror}") from None
        try:
            data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
        except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"settings file {str(path)!r} is not valid: {exc}") from None
        return cls.from_dict(data)

    def save(self, path: str | Path) -> None:
        """Write settings to ``.toml`` or ``.json`` (by the file's suffix)."""
        path = Path(path)
        data = self.to_dict()
        if path.suffix.lower() == ".json":
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        else:
            import tomli_w

            path.write_text(tomli_w.dumps(data), encoding="utf-8")


def probability_threshold(value: Any) -> float:
    """``value`` as a match probability threshold, strictly between 0 and 1; a
    :class:`ConfigError` for anything else (``1``, ``nan``, ``"high"``)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not 0.0 < number < 1.0:  # (NaN is not)
        raise ConfigError(f"threshold must be a probability in (0, 1), got {value!r}")
    return number


def _rule_from(raw: Any) -> BlockingRule:
    if isinstance(raw, str):
        return BlockingRule(keys=raw.split("+"))
    if isinstance(raw, list):
        return BlockingRule(keys=list(raw))
    if isinstance(raw, dict):
        unknown = set(raw) - {"keys", "window", "name"}
        if unknown:
            raise ConfigError(f"unknown blocking rule key(s) {sorted(unknown)}")
        return BlockingRule(**raw)
    raise ConfigError(f"a blocking rule must be a string, a list or a table, got {raw!r}")


# ---- guessing -----------------------------------------------------------------------------------
def role_from_name(column: Any) -> str | None:
    """The role a column name suggests, or ``None``."""
    return _role_from_name(str(column))


@functools.lru_cache(maxsize=8192)
def _role_from_name(column: str) -> str | None:
    # Cached: a store's every call reads its record's few column names again.
    key = _key(column)
    if key in _ALIAS_TO_ROLE:
        return _ALIAS_TO_ROLE[key]
    if key in _SAY_NOTHING:
        return None
    bare = _ARABIC_ARTICLE.sub("", str(column))
    if bare != str(column):  # "الهاتف" is "هاتف", the phone: words are known without "the"
        return role_from_name(bare)
    split = _cjk_prefix(key)
    if split is not None:
        # Chinese and Japanese write no spaces: the word before what a column holds says
        # whose it is.
        whose, rest = split
        # "收货人", "联系人" alone: a name (the customer's "客户" alone says nothing)
        found = role_from_name(rest) if rest else (None if whose == "subject" else "full_name")
        if rest == "名":  # "会員名", "お届け先名": whose name, whole (名 alone is a given name)
            found = "full_name"
        if found in (None, "ignore") or whose == "subject" or whose == "receiver":
            return found  # the receiver's: :func:`_receivers` weighs it
        if whose == "place":  # "单位地址", a workplace's: their work phone is theirs
            return "ignore" if found in LOCATION_ROLES or found in _NAME_ROLES else found
        return "ignore"
    # Numbered or prefixed variants: "phone2", "home_phone", "customer_email", "address_line_1".
    stripped = re.sub(r"\d+$", "", key)
    if stripped in _ALIAS_TO_ROLE:
        return _ALIAS_TO_ROLE[stripped]
    # A name's last word says what it holds ("account_holder_email", "email_status"); failing
    # that its first, unless that is a word of no role ("account_no" is no phone). In a name
    # of several words, only whole words count: "web_date" does not end in "bdate". A
    # possessive's "s" without its apostrophe ("mothers_maiden_name", "parents_phone") still
    # names someone else.
    words = [_one_person(w) for w in _words(column)]
    if len(words) > 1 and set(words) & _TAIL_WORDS:
        # "NRIC_LAST4", "ssn_l4", a care desk's "ID Last 4" (of an SSN or a SIN, whichever the
        # caller gave): an id's last four characters, compared with whole ones.
        rest = [w for w in words if w not in _TAIL_WORDS]
        found = role_from_name(" ".join(rest))
        return "free_id" if found in ("free_id", "tckn") or set(rest) <= _ID_ALONE else None
    if len(words) > 1 and words[-1] in _READING_WORDS:
        # "first_name_kana", "氏名 カナ": a name's reading, of the name's role (else none).
        rest = role_from_name(" ".join(words[:-1]))
        return rest if rest in _NAME_ROLES else None
    if len(words) > 1 and words[0] in _SUBJECT_WORDS:
        # "pat_name", "mbr_zip": the record's own person, named by its kind.
        found = role_from_name(" ".join(words[1:]))
        if found not in (None, "ignore"):
            return found
    if len(words) > 1 and (words[-1] in _SUBJECT_WORDS or words[-1] in _RECEIVER_WORDS):
        # Russian names whose person follows, in the genitive: "ФИО отправителя" (the sender's,
        # the customer), "Имя получателя" (the receiver's: :func:`_receivers` weighs it);
        # Albanian puts its article before the genitive ("Emri i përfituesit"), Macedonian
        # "на" ("Име на осигуреникот"): the words of what the column holds come before them.
        held = words[:-1]
        while len(held) > 1 and held[-1] in _GENITIVE_LINKS:
            held.pop()
        found = role_from_name(" ".join(held))
        if found not in (None, "ignore"):
            return found
    if len(words) > 1 and words[0] in _HOUSEHOLD_WORDS and words[-1] in _GROUP_NUMBER_WORDS:
        # "household_id", "FAM_BNDL_NO" (a family bundle's): what a family shares, no
        # person's identifier (a family name is no number).
        return "ignore"
    if len(words) == 1 and words[0] in _OTHER_PEOPLE:
        # "spouse", "guardian", "nominee": someone else's name; "father" a parent's.
        return _PARENTS.get(words[0], "ignore")
    other = _other_person_at(words)
    if other is not None:
        # "spouse_phone", "next_of_kin_phone": someone else's; a parent's given name, the person's.
        parent = _PARENTS.get(words[other])
        if parent and role_from_name(_held(words, other)) in ("first_name", "full_name"):
            return parent
        return "ignore"
    if (
        len(words) > 1
        and len(words[-1]) > 3
        and words[-1] in _OTHER_PEOPLE - {"reference"}
        and role_from_name(" ".join(words[:-1])) is None
    ):
        # "personal_guarantor", "legal_guardian", "account_manager": someone else, where the
        # words before say nothing else ("montant_caution" is a deposit's amount; a
        # "customer_reference" the customer's own number; a short word may be another
        # language's: Malagasy "ray", a father, ends "X-ray").
        return "ignore"
    # "store_city", "branch_address", "work_postcode": a place many people share, where the
    # person does not live (their work phone is theirs all the same).
    place = len(words) > 1 and words[0] in _OTHER_PLACES
    if place and role_from_name(" ".join(words[1:])) in LOCATION_ROLES:
        return "ignore"
    if len(words) > 1 and (words[0] in _LANGUAGES or words[-1] in _LANGUAGES):
        # "name_kr", "eng_name", "address_en": a name or a place written in a language or a
        # script, as a file keeps it in two ("name_kr" beside "first_name" in Latin letters).
        found = role_from_name(" ".join(words[1:] if words[0] in _LANGUAGES else words[:-1]))
        if found in _NAME_ROLES or found in _WRITTEN_PLACES:
            return found
    if len(words) > 1 and ("nm" in words or words[-1] in _QUALIFIERS):
        # "patient_first_nm" is a first name, "res_city_desc" a city, "dob_str" a birth date.
        while len(words) > 1 and words[-1] in _QUALIFIERS:
            words.pop()
        return role_from_name(" ".join("name" if w == "nm" else w for w in words))
    cuts = set(accumulate(len(w) for w in words)) | {0} if len(words) > 1 else None
    if len(words) == 2 and words[1] in _NUMBER_WORDS and _ALIAS_TO_ROLE.get(words[0]) in _NUMBERS:
        return _ALIAS_TO_ROLE[words[0]]  # "nric_no", "ic_no", "ssn_nbr": an id's short name
    loyalty = cuts is not None and set(words) & _LOYALTY_WORDS and words[-1] not in _WHEN_WORDS
    if loyalty and set(words) & _CARD_OR_NUMBER_WORDS:
        return "free_id"  # "loyalty_card_no", "n° carte fidélité": a member's, no payment card
    if cuts is not None and words[0] in _FIRST_WORDS and words[-1] not in _WHEN_WORDS:
        # "dni_titular" is the holder's id, "tel_avisos" a phone for notices; "tel_name" is
        # a name, or nothing.
        first = _ALIAS_TO_ROLE[words[0]]
        if first in ("free_id", "tckn") or role_from_name(" ".join(words[1:])) is None:
            return first
    for alias in _LONG_ALIASES:
        if stripped.endswith(alias) and (cuts is None or len(stripped) - len(alias) in cuts):
            link = next((k for k, w in enumerate(words) if k and w in _ROMANCE_OF), None)
            if _ALIAS_TO_ROLE[alias] == "ignore" and link is not None:
                # "courriel du compte": French puts what a column holds before whose it is
                # (the account's e-mail), where English ends with it ("account_email").
                head = role_from_name(" ".join(words[:link]))
                if head not in (None, "ignore"):
                    return head
            return _ALIAS_TO_ROLE[alias]
    if cuts is not None:
        # A short last word that can only mean one thing counts whole: "pat_dob", "home_tel".
        last = re.sub(r"\d+$", "", words[-1])
        if last == "age" and words[0] in _THINGS:
            return None  # "account_age", "vehicle_age": how old a thing is
        if last in _LAST_WORDS:
            return _ALIAS_TO_ROLE[last]
    if cuts is not None and words[-1] in _WHEN_WORDS:
        return None  # "phone_changed", "email_verified_at": when, or whether, not what
    for alias in _LONG_ALIASES:
        role = _ALIAS_TO_ROLE[alias]
        if stripped.startswith(alias) and role != "ignore" and (cuts is None or len(alias) in cuts):
            # "first" and "last" before other words are adjectives: "first_visit_date".
            return role if cuts is None or alias not in ("first", "last") else None
    return None


#: Words that start a Chinese or Japanese column name (written without spaces), by whose value
#: follows: the record's person's (客户姓名, 会员生日, 依頼主住所), someone else's (联系人电话,
#: 配偶姓名, 緊急連絡先電話), a parcel's receiver's (收货手机, お届け先氏名), or a place's where
#: the person does not live (单位地址, 勤務先住所).
_CJK_PREFIXES: dict[str, str] = {
    **dict.fromkeys(
        ["客户", "客戶", "用户", "用戶", "会员", "會員", "持卡人", "申请人", "申請人", "借款人",
         "投保人", "被保险人", "被保險人", "顾客", "顧客", "个人", "個人", "本人", "账户", "帳戶",
         # Japanese: a label's sender (ご依頼主), a buyer, a contract's or a card's holder
         "ご依頼主", "依頼主", "ご注文者", "注文者", "購入者", "ご契約者", "契約者", "申込者",
         "お申込者", "申込人", "加入者", "利用者", "名義人", "お客様", "自宅", "被保険者"],
        "subject",
    ),
    **dict.fromkeys(
        ["联系人", "聯絡人", "紧急联系人", "緊急聯絡人", "配偶", "父亲", "父親", "母亲", "母親",
         "监护人", "監護人", "担保人", "擔保人", "推荐人", "推薦人", "介绍人", "介紹人",
         "经办人", "經辦人", "代理人", "家属", "家屬", "亲属", "親屬", "受益人",
         # Japanese (連絡先 alone is the person's own contact; an emergency one is not)
         "緊急連絡先", "家族", "配偶者", "連帯保証人", "保証人", "紹介者", "保護者", "親権者",
         "世帯主", "扶養者", "担当者"],
        "other",
    ),
    **dict.fromkeys(
        ["收货人", "收貨人", "收件人", "收货", "收貨", "收件",
         "お届け先", "届け先", "届先", "送付先", "配送先", "送り先", "受取人", "納品先"],
        "receiver",
    ),
    **dict.fromkeys(
        ["单位", "單位", "工作单位", "工作單位", "公司", "网点", "網點", "门店", "門市",
         "勤務先", "勤め先", "会社", "職場", "店舗", "事業所"],
        "place",
    ),
}  # fmt: skip
#: The prefixes as column names are keyed (:func:`_key` simplifies 連 to 连), longest first.
_CJK_KEYS = {_key(word): whose for word, whose in _CJK_PREFIXES.items()}
_CJK_PREFIX = re.compile(
    "(" + "|".join(sorted(map(re.escape, _CJK_KEYS), key=len, reverse=True)) + ")(.*)"
)


def _cjk_prefix(key: str) -> tuple[str, str] | None:
    """Whose value a Chinese or Japanese column name (a key, :func:`_key`) holds, by the word
    it starts with, and the rest of the name: ``("other", "电话")`` for 联系人电话; ``None`` if
    no word of :data:`_CJK_PREFIXES` starts it."""
    m = _CJK_PREFIX.fullmatch(key)
    return None if m is None else (_CJK_KEYS[m.group(1)], m.group(2))


def staff_members(column: Any) -> str | None:
    """The role of what a column holds of someone who serves the record's person, where its
    name says so ("agent_phone", "advisor_email", "PCP_PHONE": a phone), else ``None``: an
    agent's, an adviser's or a doctor's, on the records of the many customers they serve
    (:data:`_STAFF`; not a relative's, a next of kin's, a guarantor's).

    >>> staff_members("agent_phone"), staff_members("nok_phone"), staff_members("phone")
    ('phone', None, None)
    """
    return _staff_members(str(column))


@functools.lru_cache(maxsize=8192)
def _staff_members(column: str) -> str | None:
    if role_from_name(column) != "ignore":
        return None
    words = _words(column)
    other = _other_person_at(words)
    if other is None or words[other] not in _STAFF:
        return None
    role = role_from_name(_held(words, other))
    return None if role in (None, "ignore") else role


def _held(words: list[str], other: int) -> str:
    """What a column name whose word ``other`` names someone else says it holds of them: the
    words after ("spouse_phone"), or, where the name says what first, those before
    ("sdt_nguoi_lh", "telefono_conyuge")."""
    after = " ".join(words[other + 1 :])
    before = words[:other]
    while len(before) > 1 and before[-1] in _ROMANCE_OF:
        before = before[:-1]  # "Nome da mãe": the name, of the mother
    return after if role_from_name(after) is not None else " ".join(before)


def _other_person_at(words: list[str]) -> int | None:
    """Where a column name's words name someone other than the record's person: first
    ("spouse_phone", "agent_email"), inside before what it holds ("next_of_kin_phone",
    "account_manager_email"), or after it where the name says what first, as Vietnamese,
    Spanish and French do ("SDT_NGUOI_LH", the phone of the contact person; "telefono_conyuge");
    a word of three letters or more inside or after ("es" is a Turkish spouse only first)."""
    if len(words) < 2:
        return None
    if words[0] in _OTHER_PEOPLE:
        return 0
    if role_from_name(words[0]) not in (None, "ignore"):
        after = next(
            (k for k, w in enumerate(words[1:], 1) if len(w) > 2 and w in _OTHER_PEOPLE), None
        )
        if after is not None:
            return after
    if words[-1] in _ID_WORDS_LAST:
        # "bc_agent_id", "sales_rep_no": someone else's code or number.
        return next(
            (k for k, w in enumerate(words[:-1]) if len(w) > 2 and w in _OTHER_PEOPLE), None
        )
    if role_from_name(words[-1]) in (None, "ignore"):
        return None
    return next(
        (k for k, w in enumerate(words[1:-1], 1) if len(w) > 2 and w in _OTHER_PEOPLE), None
    )


#: First words of a place that is not where the person lives.
_OTHER_PLACES = frozenset(
    {"store", "shop", "branch", "dealer", "merchant", "outlet", "warehouse", "pickup", "agency"}
    | {"office", "work", "workplace", "business", "company", "factory", "school", "hospital"}
    | {"clinic"}
    | {"magaza", "sube", "filiale", "geschaft", "arbeit", "firma", "tienda", "sucursal"}
)

#: Arabic's "the", written as the start of each word it belongs to.
_ARABIC_ARTICLE = re.compile(r"(?<!\w)ال(?=\w{2})")

#: Short aliases that end a longer name unambiguously ("name", "line", "pk" or "ad" do not:
#: "street_name", "order_line", "customer_pk", "campaign_ad").
_LAST_WORDS = frozenset(
    {"dob", "zip", "city", "town", "tel", "mob", "gsm", "cell", "addr", "sex", "ssn", "tckn"}
    | {"last", "ip", "mac", "age", "ph", "cty", "twn"}
)
#: Words for an identifier's last four characters ("nric_last4").
_TAIL_WORDS = frozenset(
    {"last4", "l4", "lastfour", "last4digits", "ultimos4", "last3", "last5", "last6", "l6"}
)
#: Words that name an identifier of no kind ("ID Last 4": the last four of whichever it is).
_ID_ALONE = frozenset({"id", "ident", "identification", "identifier", "idno", "idnum"})
#: Words for "its number" after an identifier's name ("nric_no", "ssn_nbr").
_NUMBER_WORDS = frozenset({"no", "nr", "nbr", "num", "number", "numero", "nummer", "numara"})
#: Roles of an identifier whose short name a word for "number" may follow.
_NUMBERS = frozenset({"free_id", "tckn", "phone", "card"})
#: Words of a loyalty or membership scheme, and of the card or number it gives a member.
_LOYALTY_WORDS = frozenset(
    {"loyalty", "fidelite", "fidelidad", "fidelidade", "fedelta", "fidelity", "rewards"}
    | {"klantenkaart", "klantkaart", "bonuskaart", "spaarkaart", "kundenkarte", "treuekarte"}
    | {"membership", "club", "sadakat"}
)
_CARD_OR_NUMBER_WORDS = _NUMBER_WORDS | frozenset(
    {"card", "carte", "kaart", "karte", "tarjeta", "cartao", "carta", "kart", "karti", "pas"}
)
#: Short first words of a column name that can only mean one thing, whatever follows.
_FIRST_WORDS = frozenset(
    {"dni", "nif", "nie", "cpf", "ssn", "tckn", "tel", "gsm", "dob", "сума", "сумма", "kwota"}
)
#: First words of a thing whose age a column may give.
_THINGS = frozenset(
    {"account", "vehicle", "car", "policy", "contract", "loan", "card", "device", "house"}
    | {"home", "building", "membership", "subscription", "order", "product", "ticket", "line"}
)
#: Last words of a column name about when (or whether) a field changed, not its value.
_WHEN_WORDS = frozenset(
    {"changed", "updated", "modified", "verified", "confirmed", "at", "date", "since", "flag"}
    | {"type", "status", "consent", "optin", "ind", "indicator", "count", "cnt"}
    | {"geandert", "aktualisiert", "datum", "seit", "modifie", "modificado", "guncelleme"}
)
#: Words that start a column name about someone other than the record's person.
_OTHER_PEOPLE = frozenset(
    {"spouse", "wife", "husband", "partner", "mother", "father", "parent", "guardian"}
    | {"emergency", "agent", "rep", "salesrep", "advisor", "adviser", "referrer", "kin"}
    | {"assistant", "secretary", "manager", "employer", "doctor", "physician", "caregiver"}
    | {"dependent", "dependant", "child", "nominee", "heir"}
    | {"emerg", "nok", "pcp", "provider", "attending", "referring", "guarantor"}
    | {"joint", "jt", "coapplicant", "cosigner", "coborrower", "coowner", "coholder"}
    | {"witness", "reference", "representative", "rprs"}  # "LGL_RPRS_TEL": a legal guardian's
    | {"법정대리인", "대리인", "보호자"}  # Korean: a legal representative, a proxy, a guardian
    | {"anne", "baba", "es", "veli", "yakin", "referans"}  # Turkish
    | {"ehepartner", "mutter", "vater", "conyuge", "madre", "padre", "conjoint", "mere", "pere"}
    | {"abusuani", "abusuafoɔ", "abusuafoo", "okunu", "yere"}  # Twi: a relative, a husband, a wife
    | {"nguoi"}  # Vietnamese "người" (a person: người liên hệ, người thân), never the customer
    | {"ibu", "ayah", "bapak", "suami", "istri", "ahliwaris"}  # Indonesian: parents, spouses, heir
    | {"anyja", "anya", "apja", "apa", "hazastars", "ferj", "feleseg"}  # Hungarian
    | {"matka", "matky", "otec", "otce", "otca", "manzel", "manzelka", "manzela", "manzelky"}
    | {"mama", "mamei", "tata", "tatal", "tatalui", "sot", "sotie", "sotul", "sotului", "sotiei"}
    # Russian (a spouse, a parent, a relative, in the nominative and the genitive), Kazakh and
    # Uzbek (a father's, a mother's, a spouse's, a relative's; Uzbek "ishonchli shaxs", a trusted
    # person: the relative a mobile operator's contract names)
    | {"супруг", "супруга", "супруги", "жена", "жены", "муж", "мужа", "мать", "матери", "отец"}
    | {"отца", "родственник", "родственника", "опекун", "опекуна", "поручитель", "поручителя"}
    | {"әкесі", "әкесінің", "анасы", "анасының", "жұбайы", "жұбайының", "туысы", "туысының"}
    | {"otasi", "otasining", "onasi", "onasining", "ishonchli", "qarindosh", "qarindoshi"}
    # Greek (and its Greeklish): a spouse's, a father's, a mother's, a guardian's, a co-holder's
    | {"συζυγου", "συζυγος", "πατρος", "πατερα", "μητρος", "μητερας", "κηδεμονα", "συνδικαιουχου"}
    | {"syzygou", "sizigou", "patros", "patera", "mitros", "miteras"}
    # French: a guarantor (a loan's "garant", "caution", "avaliste"), an emergency contact ("tel
    # urgence", "personne à prévenir"), a husband ("époux", "mari"), a guardian ("tuteur")
    | {"garant", "caution", "avaliste", "urgence", "prevenir", "epoux", "mari", "tuteur", "tutrice"}
    | {"contacter"}  # French "personne à contacter": an emergency contact
    # Georgian, Armenian and Azerbaijani (a spouse's, a father's, a mother's, a relative's, a
    # guardian's; a contact person's: "საკონტაქტო პირის ტელეფონი", "əlaqə şəxsinin telefonu")
    | {"მეუღლე", "მეუღლის", "მამა", "მამის", "დედა", "დედის", "ნათესავი", "ნათესავის", "მეურვე"}
    | {"მეურვის", "პირის", "ամուսին", "ամուսնու", "հայր", "հոր", "մայր", "մոր", "ազգական"}
    | {"ազգականի", "խնամակալ", "խնամակալի", "անձի", "atasi", "atasinin", "anasi", "anasinin"}
    | {"qohum", "qohumu", "qohumunun", "səxsin", "səxsinin", "yoldasi", "yoldasinin"}
    # Serbian, Croatian, Bosnian and Macedonian (a father's, a mother's, a spouse's, a guarantor's:
    # "Telefon žiranta", "jemca"; a guardian's), and Albanian (a guarantor's, a spouse's, a
    # father's, a mother's: "Emri i babait")
    | {"otac", "oca", "отац", "оца", "татко", "таткото", "majka", "majke", "мајка", "мајке"}
    | {"мајката", "supruga", "suprug", "supruge", "supruznik", "supruznika", "сопруг"}
    | {"сопруга", "сопругата", "супружник", "супружника", "zirant", "ziranta", "жирант"}
    | {"жиранта", "jemac", "jemca", "jamac", "jamca", "јемац", "јемца", "staratelj", "staratelja"}
    | {"старатељ", "старатеља", "garantues", "garantuesit", "garantuesi", "bashkeshorti"}
    | {"bashkeshortit", "bashkeshortja", "bashkeshortes", "babai", "babait", "nena", "nenes"}
    # Mongolian: an emergency's ("Яаралтай үед холбоо барих"), a beneficiary's ("Ашиг хүртэгчийн
    # утас"), a wife's, a husband's, a father's, a mother's, a guardian's, a guarantor's ("батлан
    # даагч"), a person's ("холбоо барих хүний утас", the contact person's), folded: "й" is "и"
    # with a breve, "-ийн" is "-иин"
    | {"яаралтаи", "хүртэгч", "хүртэгчиин", "эхнэр", "эхнэриин", "нөхөр", "нөхриин", "аав"}
    | {"аавын", "ээж", "ээжиин", "хамгаалагч", "хамгаалагчиин", "даагч", "даагчиин", "хүнии"}
    # Malagasy: a relative's ("Findain'ny havana"), a spouse's, a guarantor's ("mpiantoka"), a
    # father's and a mother's (and "his", "her": "rainy", "reniny"), a child's, a guardian's
    | {"havana", "vady", "mpiantoka", "ray", "rainy", "reny", "reniny", "zanaka", "mpiahy"}
    # Portuguese: a spouse's ("telemóvel do cônjuge"), a wife's, a husband's, a mother's, a father's
    | {"conjuge", "esposa", "marido", "mae", "pai"}
)
#: Last words of a column name of a name's reading in kana ("first_name_kana", "名 カナ").
_READING_WORDS = frozenset({"kana", "furigana", "yomi", "yomigana", "カナ", "フリガナ", "ふりがな"})
#: First words naming the record's own person by its kind ("pat_name": the patient's name).
_SUBJECT_WORDS = frozenset(
    {"pat", "patient", "pt", "cust", "customer", "client", "member", "mbr", "subscriber"}
    | {"sender", "remitter"}  # a money transfer's customer, beside its beneficiary
    | {"rider", "passenger"}  # a ride-hailing app's customer, beside its driver
    | {"ph", "policyholder"}  # a policy's holder ("ph_name"), beside its dependants
    | {"caller"}  # a care desk's ("caller_name"): who called is whom the ticket is about
    | {"ugyfel", "szerzodo", "zakaznik", "klient", "asigurat", "contractant"}  # a contract's holder
    | {"отправитель", "отправителя", "жіберуші", "jonatuvchi"}  # a transfer's sender
    | {"клиента", "абонента", "покупателя", "заемщика", "страхователя", "mijoz", "mijozning"}
    | {"emprunteur", "abonne", "souscripteur", "adherent", "assure"}  # French: a loan's, a line's
    | {"mpanjifa", "mpindrana"}  # Malagasy: a customer's, a borrower's
    | {"expediteur", "expeditrice"}  # French: a money transfer's sender
    | {"klijenta", "клијента", "pretplatnika", "претплатника", "osiguranika", "осигураника"}
    | {"осигуреник", "осигуреникот", "klientit", "derguesit", "derguesi"}  # Albanian: a sender's
)
#: Names that start like an alias but say nothing of what they hold: "caller" (the name or the
#: number of who called) is no "calle", a street; the values tell.
_SAY_NOTHING = frozenset({"caller", "anrufer", "llamante", "appelant", "chiamante"})
#: Of :data:`_OTHER_PEOPLE`, those who serve many customers: an agent's, an adviser's, a
#: doctor's number or e-mail on a customer's record is theirs, where a relative's is often one
#: the person shares (a household's landline, a family's one mobile).
_STAFF = frozenset(
    {"agent", "rep", "salesrep", "advisor", "adviser", "referrer", "assistant", "secretary"}
    | {"manager", "doctor", "physician", "pcp", "provider", "attending", "referring"}
)
#: Words for a parent: the given name of one, and only that, is compared ("anne_adi").
_PARENTS = {word: "mother_name" for word in ("mother", "anne", "mutter", "madre", "mere", "ibu")}
_PARENTS |= {word: "father_name" for word in ("father", "baba", "vater", "padre", "pere", "ayah")}
# Hungarian "anyja"/"apja" (his or her mother, father: "anyja neve"), Czech and Slovak "matky",
# "otce", "otca" ("jméno matky"), Romanian "mamei", "tatălui" ("numele mamei").
_PARENTS |= dict.fromkeys(("anyja", "anya", "matka", "matky", "mama", "mamei"), "mother_name")
_PARENTS |= dict.fromkeys(
    ("apja", "apa", "otec", "otce", "otca", "tata", "tatal", "tatalui"), "father_name"
)
# Russian "мать", "отец" ("имя отца"), Kazakh "анасы", "әкесі", Uzbek "onasi", "otasi" (with their
# genitives): a parent's given name ("Әкесінің аты" alone is the patronymic, an alias).
_PARENTS |= dict.fromkeys(
    ("мать", "матери", "анасы", "анасының", "onasi", "onasining"), "mother_name"
)
_PARENTS |= dict.fromkeys(
    ("отец", "отца", "әкесі", "әкесінің", "otasi", "otasining"), "father_name"
)
# Greek "πατρός", "μητρός" (the father's, the mother's: "Όνομα πατρός"), and in Greeklish.
_PARENTS |= dict.fromkeys(("πατρος", "πατερα", "patros", "patera"), "father_name")
_PARENTS |= dict.fromkeys(("μητρος", "μητερας", "mitros", "miteras"), "mother_name")
# Georgian "მამის", "დედის" (the father's, the mother's: "მამის სახელი"), Armenian "հոր", "մոր"
# ("հոր անունը"), Azerbaijani "atasının", "anasının" ("Ata adı" alone is the patronymic, an alias).
_PARENTS |= dict.fromkeys(("მამა", "მამის", "հայր", "հոր", "atasi", "atasinin"), "father_name")
_PARENTS |= dict.fromkeys(("დედა", "დედის", "մայր", "մոր", "anasi", "anasinin"), "mother_name")
# Serbian, Croatian and Bosnian "oca", "majke" (the father's, the mother's: "Ime oca"), Macedonian
# "татко", "мајка", Albanian "babait", "nënës" ("Emri i babait").
_PARENTS |= dict.fromkeys(
    ("otac", "oca", "отац", "оца", "татко", "таткото", "babai", "babait"), "father_name"
)
_PARENTS |= dict.fromkeys(
    ("majka", "majke", "мајка", "мајке", "мајката", "nena", "nenes"), "mother_name"
)
# Portuguese "mãe", "pai" ("nome da mãe", "nome do pai").
_PARENTS |= {"mae": "mother_name", "pai": "father_name"}
# Mongolian "аавын", "ээжийн" (the father's, the mother's: "Аавын нэр"), folded.
_PARENTS |= dict.fromkeys(("аав", "аавын"), "father_name")
_PARENTS |= dict.fromkeys(("ээж", "ээжиин"), "mother_name")
#: Words that end a column name without saying what it holds: a code, a description, a text.
_QUALIFIERS = frozenset(
    {"cd", "code", "desc", "description", "txt", "text", "str", "string", "val", "value", "raw"}
    | {"nbr", "num", "yyyymmdd", "ddmmyyyy", "mmddyyyy"}
)

#: First words of a column name of a household or family, and last words of its number.
_HOUSEHOLD_WORDS = frozenset({"household", "hh", "family", "fam", "familie", "famille", "hane"})
_GROUP_NUMBER_WORDS = frozenset(
    {"id", "no", "nr", "nbr", "num", "number", "numero", "nummer", "code", "cd", "key", "grp"}
)
#: Words for a language or a script that a name or a place is written in ("name_kr", "eng_nm").
_LANGUAGES = frozenset(
    {"kr", "ko", "kor", "korean", "en", "eng", "english", "cn", "zh", "chn", "chinese"}
    | {"jp", "ja", "jpn", "japanese", "ar", "arabic", "latin", "local", "native"}
)
#: Roles of a place that may be written in a language of its own.
_WRITTEN_PLACES = frozenset({"address", "city", "district", "region"})


def has_values(values: pd.Series) -> bool:
    """Whether a column holds any value: its first cells tell for almost every column, without
    a pass over a million."""
    return bool(values.iloc[:1000].notna().any()) or bool(values.notna().any())


#: How a short column name of a record's own number or key ends ("Kundennr", "client_no",
#: "account_number", "Müşteri Numarası") or starts ("numero_cliente", "Nr. Kunde").
_ID_ENDINGS = ("id", "nr", "num", "number", "nummer", "numero", "numarasi", "key")
_ID_WORDS_LAST = ("no", "nr", "num", "id", "numara")
_ID_WORDS_FIRST = ("num", "numero", "nr", "no")


def guess_id_column(df: pd.DataFrame) -> str | None:
    """A column that looks like a record id: unique, non-null values and an id-like name,
    one of :data:`_ID_NAMES` or a short name that ends (or starts) as a number or key does
    (``Kundennr``, ``client_no``, ``numero_cliente``) and names no personal field
    (``phone_no``, ``tckn``, ``card_number`` are the person's, not the record's).

    >>> guess_id_column(pd.DataFrame({"Kundennr": ["K1", "K2"], "Telefon No": ["1", "2"]}))
    'Kundennr'
    >>> guess_id_column(pd.DataFrame({"Telefon Numarası": ["1", "2"], "Müşteri Numarası": [7, 8]}))
    'Müşteri Numarası'
    """
    for col in df.columns:
        if str(col) in ("cluster_id", "source"):  # the result's own columns: no record id
            continue
        key = _key(col)
        named = key in _ID_NAMES or (key.endswith("id") and len(key) <= 10)
        if not named and len(key) <= 16 and role_from_name(col) in (None, "ignore"):
            words = re.findall(r"[^\W_]+", fold(str(col)))
            named = len(words) > 0 and (
                key.endswith(_ID_ENDINGS)
                or words[-1] in _ID_WORDS_LAST
                or words[0] in _ID_WORDS_FIRST
            )
        if named:
            values = df[col]
            if values.notna().all() and values.is_unique:
                return str(col)
    return None


#: Share of a column's present values that records share, below which numbers that look like
#: phone numbers (by their values, not their column's name) are taken for ids; read from this
#: many values on (in fewer, a person's second record is rarely there to share one).
_SHARED_SHARE, _SHARED_FROM = 0.005, 200


def _undialled(found: list[str], df: pd.DataFrame, roles: dict[str, str], seed: int) -> list[str]:
    """Of the columns ``found`` to be phone numbers by their values, those that may be ids:
    numbers that only a plan taking almost any number reads (Germany's takes an 11-digit BVN,
    France's a 9-digit customer number), none written with a country code or a trunk prefix
    where the plan writes one, while the file's other phone columns are dialled so. (A plan
    that writes none for them reads them as written: China's mobiles, Hong Kong's.)"""
    from tekil.inference import (
        PHONE_REGIONS,
        dialled_share,
        phone_region,
        sample_present,
        written_phone_regions,
    )
    from tekil.normalize.phones import valid_share

    if not found:
        return []
    columns = [c for c, role in roles.items() if role == "phone"]
    regions = {c: phone_region(df[c], seed=seed) for c in columns}
    dialled = {c: dialled_share(df[c], regions[c], seed) for c in columns}
    evident = {regions[c] for c in columns if dialled[c] >= _DIALLED}
    written = written_phone_regions(pd.concat([df[c] for c in columns]), seed)
    plans = dict.fromkeys([*sorted(evident), *written, *PHONE_REGIONS])
    ids = []
    for col in found:
        if dialled[col] > 1 - _DIALLED or regions[col] in evident or not evident:
            continue
        numbers = as_strings(sample_present(df[col], 200, seed))
        if not any(
            valid_share(numbers, plan) >= _DIALLED
            and dialled_share(numbers, plan, seed) >= _DIALLED
            for plan in plans
        ):
            log.info(
                "column %r reads as phone numbers only in %s's plan, written as none are; "
                "the file's phone numbers are dialled in %s",
                col,
                regions[col],
                ", ".join(sorted(evident)),
            )
            ids.append(col)
    return ids


def _persons_ids(
    columns: list[str], df: pd.DataFrame, roles: dict[str, str], seed: int, born: bool = False
) -> list[str]:
    """Of ``columns``, numbers that are no phone numbers, those that are a person's: records
    that share one mostly share a name too (a national id, a customer number), where
    neighbours sharing a postcode, or an agent's customers a terminal, mostly do not; and
    those another of them holds too (a BVN in the bank's, the wallet's and the agents' files).
    With ``born``, records of one birth date are one person's too (whose names one system
    writes many ways: ``SMITH/JOHN MR``, ``SMITH/JOHNMR``)."""
    from tekil.someone_elses import holder_pairs, one_name_share

    keys = {}
    for col in columns:
        key = as_strings(df[col].dropna()).str.replace(r"\D", "", regex=True)
        keys[col] = key[key != ""]
    names = [c for c, role in roles.items() if role in _NAME_ROLES]
    dates = [c for c, role in roles.items() if role == "dob"] if born else None

    def one_name(key: pd.Series) -> bool | None:
        """Whether the records that share a value are of one name (None: too few share one)."""
        pairs = holder_pairs(key)  # each shared value's first record, and second
        share = one_name_share(df, roles, pairs, seed, dates) if names else None
        return None if share is None else share >= 0.5

    told = {col: one_name(keys[col]) for col in columns}
    ids = [col for col in columns if told[col]]
    for col in columns:
        sampled = keys[col].sample(min(len(keys[col]), 200), random_state=seed)
        if told[col] is None and any(sampled.isin(keys[c]).mean() >= _HELD_ELSEWHERE for c in ids):
            ids.append(col)  # (not where its own records that share a value tell otherwise)
    return ids


def _unread_codes(
    df: pd.DataFrame, roles: dict[str, str], id_column: str | None, seed: int
) -> list[str]:
    """The columns that no role took whose values are mostly codes of five digits or more,
    mostly distinct (:func:`tekil.shared_ids.codes_of`), a tenth of them or more with letters:
    documents of several forms (a passport's), whose records tell whose
    (:func:`_persons_ids`). (Numbers alone are an account's or a customer's as often; a
    wallet's account that is an e-mail in one record and a phone in the next is contacts,
    :mod:`tekil.contacts`.)"""
    from tekil.inference import sample_present, some_emails
    from tekil.shared_ids import codes_of

    out = []
    for c in df.columns:
        if str(c) in roles or str(c) == id_column or not has_values(df[c]):
            continue
        sampled = sample_present(df[c], 2_000, seed)
        codes = None if some_emails(sampled) else codes_of(sampled)
        if codes is not None and codes.str.contains(r"[A-Z]").mean() >= _LETTERED:
            out.append(str(c))
    return out


#: Share of a column's codes with letters for it to hold documents of several forms.
_LETTERED = 0.1


def _ids_held_by_persons(
    columns: list[str], persons: list[str], df: pd.DataFrame, roles: dict[str, str], seed: int
) -> dict[str, str]:
    """Of ``columns`` (numbers that are no phone numbers, and no person's own id by the names
    of the records sharing them within the column), the roles of those whose values a person's
    id column (``persons``) holds too: the same kind of id, on records of the same people (a
    national id that two systems keep, names in two scripts beside it) or, where they are
    mostly of other names and birth dates (:func:`tekil.someone_elses.one_name_share`), of
    someone else (a guarantor's card beside the borrower's), to be ignored. Where the records'
    names cannot tell (a chat desk's display names), the column stays as it was read."""
    from tekil.someone_elses import one_name_share

    names = [c for c, role in roles.items() if role in _NAME_ROLES]
    born = [c for c, role in roles.items() if role == "dob"]
    held = {c: as_strings(df[c].dropna()).str.replace(r"\D", "", regex=True) for c in persons}
    out = {}
    for col in columns if names else []:
        key = as_strings(df[col].dropna()).str.replace(r"\D", "", regex=True)
        key = key[key != ""]
        sampled = key.sample(min(len(key), 200), random_state=seed)
        for h in held.values():
            if not len(sampled) or sampled.isin(h).mean() < _HELD_ELSEWHERE:
                continue
            mine = pd.DataFrame({"row": key.index, "key": key.to_numpy()})
            theirs = pd.DataFrame({"row_other": h.index, "key": h.to_numpy()})
            pairs = mine.merge(theirs, on="key").drop_duplicates("key")
            share = one_name_share(df, roles, pairs, seed, born)
            if share is not None:
                out[col] = "ignore" if share < _OTHERS_IDS else "free_id"
                break
    return out


#: Share of the records sharing an id with a person's id column that may be of one name for
#: the column to be someone else's ids (a guarantor's: under a tenth; a person's own: most).
_OTHERS_IDS = 0.25


def _households_codes(
    columns: list[str], df: pd.DataFrame, roles: dict[str, str], seed: int
) -> list[str]:
    """Of ``columns`` (codes found to be ids by their values), those that the records
    sharing a code in the column itself mostly hold under other names and birth dates
    (:func:`tekil.someone_elses.one_name_share`): a household's or a family plan's number."""
    from tekil.someone_elses import holder_pairs, one_name_share

    names = [c for c, role in roles.items() if role in _NAME_ROLES]
    born = [c for c, role in roles.items() if role == "dob"]
    out = []
    for col in columns if names else []:
        key = as_strings(df[col].dropna()).str.upper().str.replace(r"[\W_]", "", regex=True)
        pairs = holder_pairs(key, every=True)
        share = one_name_share(df, roles, pairs, seed, born, shorter=True)
        if share is not None and share < 0.5:
            out.append(col)
    return out


def _serving(columns: list[str], df: pd.DataFrame, roles: dict[str, str], seed: int) -> list[str]:
    """Of ``columns`` (phone numbers by their values), those of someone who serves the
    records' people: a typical record's number is given by more people (other names) than a
    household has, an agent's or a branch's on each customer's walk-in, where a person's own
    is given by one or a family (:func:`tekil.staff` finds them by their column's name)."""
    from tekil.inference import sample_present
    from tekil.normalize.text import fold

    names = [c for c, role in roles.items() if role in _NAME_ROLES]
    if not names or not columns:
        return []
    written = [df[c].astype("string").fillna("") for c in names]
    text = written[0].str.cat(written[1:], sep=" ").str.strip()
    serving = []
    for col in columns:
        key = phone_tail(df[col].astype("string"))
        held = pd.DataFrame({"key": key, "name": text})[key.notna() & (text != "")]
        codes, uniques = pd.factorize(held["name"])  # each distinct name folded once
        held["name"] = pd.Index(uniques).map(fold)[codes]
        people = held.groupby("key")["name"].nunique()
        sampled = sample_present(held["key"], _SHARED_SAMPLE, seed)
        if len(sampled) >= _MIN_SHARED and people[sampled.to_numpy()].median() > _HOUSEHOLD:
            serving.append(col)
    return serving


#: Share of a column's values that a person's id column holds, from which it is one too.
_HELD_ELSEWHERE = 0.1


#: The most people a household's one number is given by (a family's landline, its one
#: mobile): a number that more give is someone's who serves them.
_HOUSEHOLD = 8


#: Values of a column shared by records read to tell whether they name one person, and the
#: fewest from which it is told.
_SHARED_SAMPLE, _MIN_SHARED = 300, 20


#: Share of a column's numbers written with a country code or a trunk prefix from which its
#: plan is the one its numbers are dialled in (and below ``1 - _DIALLED``, no sign of it).
_DIALLED = 0.5


#: Names of an account's number ("account_no", "numéro de compte"): a bank's, or a mobile-money
#: wallet's, which is its phone number.
_ACCOUNT_NUMBERS = frozenset(
    {"accountno", "accountnumber", "acctno", "konto", "kontonummer", "kontonr", "hesapno"}
    | {"hesapnumarasi", "numerodecompte", "nocompte", "numcompte", "numerocompte", "nodecompte"}
    | {"numerodecuenta", "numerodaconta", "numerodiconto"}
)


def _repeats(values: pd.Series) -> bool:
    """Whether some of the column's values (as digits) are held by two records or more."""
    digits = as_strings(values.dropna()).str.replace(r"\D", "", regex=True)
    digits = digits[digits != ""]
    if len(digits) < _SHARED_FROM:
        return True
    shared = digits.duplicated(keep=False).sum()
    return shared >= max(2, _SHARED_SHARE * len(digits))


def guess_settings(
    df: pd.DataFrame, *, id_column: str | None = None, sample: int = 500, seed: int = 0
) -> Settings:
    """Guess the role of every column from its name, then from its values.

    Columns that look like record ids are left out of matching; columns whose
    values are mostly missing get no role. A birth date kept in year, month and day
    columns is one column of the roles (:mod:`tekil.birth_dates`: ``birth_date``), which
    :func:`tekil.derived.read_as` makes of the parts again (the data given with these settings).
    """
    from tekil.birth_dates import assemble_birth_dates
    from tekil.given_names import sex_digits
    from tekil.inference import postcode_like, role_from_values, roles_beside_emails, street_like
    from tekil.normalize._common import sample_texts
    from tekil.normalize.ages import ages_share
    from tekil.shared_ids import ids_across_systems, tails_of_ids
    from tekil.someone_elses import someone_elses

    if not df.index.is_unique:
        df = df.reset_index(drop=True)  # (frames concatenated as they were: rows are read by label)
    df = assemble_birth_dates(uncategorised(df))  # (a "by" is no town, a "mob" of months no mobile)
    filled = _Filled(df)
    if id_column is None:
        id_column = guess_id_column(df)
    roles: dict[str, str] = {}
    by_values: set[str] = set()
    unshared: list[str] = []
    accounts: list[str] = []
    wallets: list[str] = []
    for col in df.columns:
        if str(col) == id_column:
            continue
        values = df[col]
        if not has_values(values):
            log.warning("column %r is entirely empty; it is not used for matching", str(col))
            continue
        role = role_from_name(col)
        if role is None or role == "handle":
            # Names alone can mislead ("web" might hold e-mails): let the values confirm.
            # A system's own ids ("member_id") are numbers that may look like phones.
            id_number = role is None and _id_number(col)
            numbers = not (role is None and (_key(col).endswith("id") or id_number))
            found = role_from_values(values, sample=sample, seed=seed, numbers=numbers)
            if (
                found is None
                and role is None
                and (
                    _national_ids(values, sample, seed)
                    or (id_number and _digits(values, sample, seed))
                )
            ):
                # Ids with a check letter (S1234567D, X1234567L), or an "id_no" of digits (that
                # a permissive plan, Germany's, reads as phones), that records share: an id of
                # the person that several systems keep (a system's own are unique).
                found = "free_id" if _repeats(values) else None
            if (
                found is None
                and not numbers
                and role_from_values(values, sample=sample, seed=seed) == "phone"
            ):
                # A wallet's or a user's "id" that is a phone number (an e-wallet's, a chat
                # app's): the phone if the phone columns hold its numbers (below).
                wallets.append(str(col))
            if found == "phone" and _ceps(values, sample, seed, hyphened=0.5):
                # Brazilian postcodes (01310-100) have a phone number's eight digits; written
                # five and three, as half of them are, they are no phone's.
                found = "postcode"
            if found == "phone" and not _repeats(values):
                # Order numbers and account numbers look like phone numbers; one that no two
                # records share would link nobody, and would make every pair differ (unless
                # another column of phone numbers holds them: below).
                unshared.append(str(col))
                found = None
            if found is not None and found != role:
                by_values.add(str(col))
            role = found or role
        elif (
            role == "ignore"
            and _key(col) in _ACCOUNT_NUMBERS
            and role_from_values(values, sample=sample, seed=seed) == "phone"
        ):
            # A mobile-money wallet's account number is its phone number (Orange Money, M-Pesa,
            # bKash, GCash): the phone if the phone columns hold its numbers (below), as no
            # bank's account numbers are.
            accounts.append(str(col))
            role = "ignore"
        elif role == "phone" and _key(col).startswith("cep") and _ceps(values, sample, seed):
            # Turkish "cep" is a mobile, Brazilian "CEP" a postcode (01310-100): as written.
            role = "postcode"
        elif role == "dob" and not _dates(values, sample, seed):
            # Named for a birth, holding no dates: "sex_at_birth", "birth_weight", "birth_order".
            log.info("column %r is named a birth date, but its values are no dates", str(col))
            role = None
        elif role == "age" and ages_share(sample_texts(values, "age", sample, seed)) < 0.9:
            log.info("column %r is named an age, but its values are no ages", str(col))
            role = None
        elif role == "card" and _digits(values, sample, seed) and not _cards(values, sample, seed):
            # India's PAN (ABCDE1234F) is the tax number, a ration card's no payment card:
            # numbers no card reader takes, a person's id all the same.
            log.info("column %r is named a card, but its values are no card numbers", str(col))
            role = "free_id"
        elif role in _NUMBER_ROLES and not _digits(values, sample, seed):
            # "nombre_tarjeta", "titular_tarjeta": the card's holder, not its number (Spanish
            # says what a column holds first); "card_type": its brand.
            log.info("column %r is named %s, but its values hold no digits", str(col), role)
            role = _role_of_first_words(col)  # ("telefono_tipo": the phone's type, no phone)
            role = role if role not in _NUMBER_ROLES else None
            role = role or role_from_values(values, sample=sample, seed=seed)
            if role is None:
                continue
        elif role in ("phone", "city") and _small_numbers(values, sample, seed):
            # Numbers of four digits at most are no phone numbers nor towns: a month ("mob"), a
            # year ("by", Danish for town) that were not read as a birth date's parts.
            log.info("column %r is named %s, but its values are small numbers", str(col), role)
            roles[str(col)] = "ignore"  # (nor a postcode, as the values alone might say)
            continue
        elif role in _NAME_ROLES and _mostly_digits(values, sample, seed):
            # "aadhaar_last4" ("XXXX-XXXX-1234"; "last" is no family name here): no name.
            log.info("column %r is named a name, but its values are mostly digits", str(col))
            continue
        elif (role in IDENTIFIER_ROLES or role == "district") and street_like(values, seed):
            # "line1": a telco's line, or an address's first line, as its values tell; a
            # "Quartier" of whole addresses ("Sicap Liberté 6 villa 1234", "Médina Rue 22 x 17"),
            # as West African forms ask for the neighbourhood and get the address.
            log.info("column %r holds street addresses, not %s values", str(col), role)
            role = "address"
        if role is None:
            continue
        roles[str(col)] = role
    # A person's document that several systems keep, in columns of any name: codes that other
    # columns' records hold too, records that share their names' words (tekil.shared_ids).
    # (Phone numbers that no two records of a column share are read below.)
    unread = [
        str(c)
        for c in df.columns
        if str(c) not in {*roles, *unshared, *accounts, id_column} and has_values(df[c])
    ]
    ids = [c for c, role in roles.items() if role == "free_id"]
    shared = ids_across_systems(df, unread, ids, seed)
    for col in shared:
        roles[col] = "free_id"
        by_values.add(col)
    ids = [c for c, role in roles.items() if role == "free_id"]
    for col in [c for c in roles if c in by_values and roles[c] == "phone"]:
        others = [c for c, role in roles.items() if role == "phone" and c != col]
        if (
            ids
            and _undialled_digits(df[col])
            and _ids_of(df[col], df[ids])
            and not (others and _numbers_of(df[col], df[others]))
        ):
            # A national id of seven or eight digits that a lax plan (Germany's) reads as phone
            # numbers (Kenya's "Nambari ya Kitambulisho"): never written as a number is dialled,
            # held by other records' ids (a remittance's sender's id), by none of their phones.
            log.info("column %r holds digits of the id column(s) %s, not phone numbers", col, ids)
            roles[col] = "free_id"
    phones = [c for c, role in roles.items() if role == "phone"]
    for col in unshared:
        if phones and _numbers_of(df[col], df[phones]):
            # A billing system's one line per record: its numbers are the CRM's mobiles.
            log.info("column %r holds numbers of the phone column(s) %s", col, phones)
            roles[col] = "phone"
            by_values.add(col)
        else:
            log.info("column %r looks like phone numbers, but no two records share one", col)
    for col in accounts:
        if phones and _numbers_of(df[col], df[phones]):
            log.info("column %r holds account numbers that are phone numbers: a wallet's", col)
            roles[col] = "phone"
            by_values.add(col)
    for col in wallets:
        if col not in roles and phones and _numbers_of(df[col], df[phones]):
            log.info("column %r is named an id, but holds the phone columns' numbers", col)
            roles[col] = "phone"
            by_values.add(col)
    undialled = _undialled([c for c in by_values if roles.get(c) == "phone"], df, roles, seed)
    named = {role for col, role in roles.items() if col not in by_values}
    for col in by_values & {c for c, role in roles.items() if role in ONE_PER_PERSON & named}:
        # A person has one birth date: beside a column named so, another column of dates
        # is the date of something else (an account opened, an order); on other records (a
        # file of several systems) it is another system's birth date.
        own = [c for c, role in roles.items() if role == roles[col] and c not in by_values]
        if _beside(filled, col, own):
            log.info("column %r looks like %s, but column(s) named so are used", col, roles[col])
            del roles[col]
    for col in _later_dates(filled, [c for c in by_values if roles.get(c) == "dob"], seed):
        log.info("column %r holds dates after the birth dates beside them: something else's", col)
        del roles[col]
    if "dob" in roles.values():  # an age says less than the birth date, and the same again
        for col in [c for c, role in roles.items() if role == "age"]:
            log.info("column %r holds ages: the birth date is compared instead", col)
            del roles[col]
    # (The id column passed as one to ignore: dropping it would copy a million rows.)
    known = {**roles, id_column: "ignore"} if id_column is not None else roles
    read = roles_beside_emails(df, known, sample=sample, seed=seed)
    # (A parcel's receiver's name is often someone else's: the buyer's own may be beside it.)
    named_names = [
        c
        for c, role in roles.items()
        if role in ("first_name", "last_name", "full_name") and not _receivers(c)
    ]
    if named_names:
        # The names are named: what the values add is a town or a postcode ("cty", "plz5"), a
        # street where none is named (a message with a number in it may look like one), or
        # the whole names of records that have none in the named columns (a care system's
        # caller in a file of several systems).
        places = {"city", "postcode"} | ({"address"} - set(roles.values()))
        read = {
            col: role
            for col, role in read.items()
            if role in places
            or (
                role == "full_name"
                and not _beside(filled, col, named_names)
                and _names_of(df[col], df[named_names], sample, seed)
            )
            or (role == "full_name" and _named_again(df, col, named_names))
        }
    # Codes that no two records share are no postcodes (account numbers, order codes), nor
    # are a system's own ids ("chat_id"), whatever they look like.
    read = {
        c: r
        for c, r in read.items()
        if r != "postcode"
        or (_repeats(df[c]) and not _key(c).endswith("id") and _one_persons(df, c, roles))
    }
    roles.update(read)  # else names that the column names do not tell, read off the e-mails
    # A "given name" column of whole names with no family name beside it in its records is the
    # full name (Portuguese "nome", Turkish "müşteri adı", a shop's "nombre_cliente" among a
    # CRM's "nombre" and "apellidos" in a file of several systems).
    family = [c for c, role in roles.items() if role in ("last_name", "full_name")]
    for col, role in roles.items():
        if (
            role == "first_name"
            and not _beside(filled, col, family)
            and _whole_names(df[col], sample, seed)
        ):
            log.info("column %r holds whole names: read as the full name", col)
            roles[col] = "full_name"
    # And a "name" column of one word beside a given name in its records is the family name
    # (German forms' "Name" and "Vorname", French "nom" and "prénom").
    given = [c for c, role in roles.items() if role == "first_name"]
    for col, role in roles.items():
        if (
            role == "full_name"
            and _beside(filled, col, given)
            and not _whole_names(df[col], sample, seed)
        ):
            log.info("column %r holds one name beside a given name: read as the family name", col)
            roles[col] = "last_name"
    # And one beside a family name and no given name is the given name (Cypriot and British
    # forms' "Surname" and "Name", Greek "Επώνυμο" and "Όνομα"): of one word, or of several that
    # seldom hold the family name beside them (Nepali "नाम", the given and the middle name,
    # "राम बहादुर" beside "थर").
    family = [c for c, role in roles.items() if role == "last_name"]
    for col, role in roles.items():
        if (
            role == "full_name"
            and _beside(filled, col, family)
            and not _beside(filled, col, given)
            and (
                not _whole_names(df[col], sample, seed)
                or _without_family_names(df, col, family, sample, seed)
            )
        ):
            log.info("column %r holds one name beside a family name: read as the given name", col)
            roles[col] = "first_name"
    # Portuguese "apelido" is the surname in Portugal and a nickname in Brazil ("Zé", "Juju",
    # "Tião"): one whose values are seldom the family names that the other systems' name
    # columns end in (not those beside it: a profile's name may be the nickname) holds
    # nicknames, compared with no family name.
    for col in [c for c, role in roles.items() if role == "last_name" and _key(c) in _NICKNAMES_OR]:
        others = [
            c
            for c, role in roles.items()
            if role in ("last_name", "full_name") and c != col and not _beside(filled, col, [c])
        ]
        if others and _nicknames_not_family_names(df[col], df[others], sample, seed):
            log.info("column %r holds nicknames, not the family names of the others", col)
            del roles[col]
    # A column of names, one word each, that the file's other names (other systems' records of
    # the same people) seldom hold, where they hold another column's often, is of nicknames or
    # names chosen in an app (Thai "นก", "Nok"): a nickname meeting the given name on papers is
    # no evidence, nor is its differing.
    for col in _nickname_columns(filled, roles, sample, seed):
        log.info("column %r holds nicknames that the other names seldom hold", col)
        roles[col] = "ignore"
    names = [c for r in ("first_name", "full_name") for c, role in roles.items() if role == r]
    for col in [str(c) for c in df.columns if str(c) not in roles and str(c) != id_column]:
        if sex_digits(df, col, names, seed):
            log.info("column %r holds codes 1 and 2 that the names follow: the sex", col)
            roles[col] = "gender"
    roles = _readings_first(df, roles, sample, seed)
    persons = _persons_ids(undialled, df, roles, seed)
    for col in persons:
        log.info("column %r holds numbers that records of one name share: a person's id", col)
        roles[col] = "free_id"
        by_values.add(col)
    for col in _persons_ids(_unread_codes(df, roles, id_column, seed), df, roles, seed, True):
        # A passport's numbers of many countries' forms ("123456789", "FX750887", "C01X00T47"),
        # which no one shape tells, on each of a traveller's tickets in one system alone.
        log.info("column %r holds codes that records of one name share: a person's id", col)
        roles[col] = "free_id"
        by_values.add(col)
    others = [c for c in undialled if c not in persons]
    for col, role in _ids_held_by_persons(others, persons, df, roles, seed).items():
        # A guarantor's id number beside the borrower's: no phone, and the person's own ids
        # hold its numbers on records of other names; on records of the same people, an id.
        whose = "someone else's" if role == "ignore" else "the same people's"
        log.info("column %r holds the numbers of a person's id column: %s", col, whose)
        roles[col] = role
        by_values.add(col)
    short = [c for c in df.columns if roles.get(c, "postcode") == "postcode" and c != id_column]
    tails = tails_of_ids(df, [c for c in short if c not in roles or c in read], roles, seed)
    for col in tails:
        # A care desk's "NRIC_LAST4" beside the bank's whole NRICs: an id, compared by its tail
        # (that other people's records share now and then).
        roles[col] = "free_id"
        by_values.add(col)
    coded = [c for c in by_values if roles.get(c) == "free_id" and c not in persons + tails]
    for col in _households_codes(coded, df, roles, seed):
        # A family card's representative's number (Japanese "代表会員番号"): its records are
        # a household's, of other given names, where one person's id repeats on their own.
        log.info("column %r holds codes that records of other names share: a household's", col)
        del roles[col]
    # (Columns named for what they hold keep it: "nominee_contact" is ignored by its name.)
    numbers = [c for c in by_values if roles.get(c) in ("phone", "free_id")]
    for col in someone_elses(df, roles, numbers, seed):
        del roles[col]
    for col in _serving([c for c in by_values if roles.get(c) == "phone"], df, roles, seed):
        if postcode_like(df[col], seed):
            # (Japan's "530-0001" reads as a number in some plan: given by whole towns.)
            log.info("column %r holds postcodes: numbers that whole towns give", col)
            roles[col] = "postcode"
            continue
        log.info("column %r holds numbers that more people give than a household has", col)
        del roles[col]
    own = [c for c, role in roles.items() if role in _NAME_ROLES and not _receivers(c)]
    for col in [c for c, role in roles.items() if role != "ignore" and _receivers(c)]:
        if _beside(filled, col, own):
            # A parcel's receiver ("receiver_name", "receiver_phone": Cafe24's and Taobao's
            # orders) beside the buyer's own name is often someone else (a gift, a parent's
            # parcel); where the system names nobody else, a courier's, it is its person.
            log.info("column %r is a receiver's, beside the record's own name", col)
            roles[col] = "ignore"
    # A whole name that repeats an earlier name column's in most of its records, read off the
    # values (a parcel's receiver in a file without its header: the buyer's own name, but for
    # a gift's), says nothing more where they agree and is someone else's where they differ.
    wholes = [c for c, role in roles.items() if role == "full_name"]
    at = {str(c): k for k, c in enumerate(df.columns)}
    for col in [c for c in wholes if c in read]:
        earlier = [c for c in wholes if at[c] < at[col]]
        if _copies(df, col, earlier):
            log.info("column %r mostly repeats the whole names before it: someone else's", col)
            roles[col] = "ignore"
    for col in _of_someone_named(filled, roles, by_values):
        log.info("column %r is of the other person that a column beside it names", col)
        roles[col] = "ignore"
    # A Kenyan or Ghanaian form's "Surname" and "Other names": the given names all, where no
    # first name is beside them in their records (a file of several systems may have a first
    # name column that other systems' records fill).
    firsts = [c for c, role in roles.items() if role == "first_name"]
    for col in [c for c, role in roles.items() if role == "middle_name"]:
        if _key(col) in _GIVEN_NAMES_ALONE and not _beside(filled, col, firsts):
            log.info("column %r holds the given names: no first name is beside it", col)
            roles[col] = "first_name"
    if not any(r in _PERSONAL_ROLES for r in roles.values()):
        raise ConfigError(
            "could not recognise any column as a name, date of birth, phone, e-mail or other "
            "personal field; pass settings=Settings(roles={...}) naming the columns' roles"
        )
    return Settings(
        roles=roles,
        id_column=id_column,
        source_column=_column_named(df, _SOURCE_NAMES, roles),
        timestamp_column=_column_named(df, _TIMESTAMP_NAMES, roles),
    )


#: The share of a column's lone names that other columns hold below which they are nicknames,
#: and the share another column's must reach: the file's other names are of the same people.
_NICKNAMES_MET, _GIVEN_MET = 0.25, 0.3
#: How many times more often the best column's lone names must be held.
_NICKNAMES_TIMES = 4.0


def _nickname_columns(filled: _Filled, roles: dict[str, str], sample: int, seed: int) -> list[str]:
    """The given- and whole-name columns of lone names that the other name columns (of other
    systems' records) seldom hold (:func:`~tekil.inference.lone_names_met`), where another
    column's are held far more often: read again against the columns not so, as a column of nicknames
    in Latin letters is no evidence that the telco's Latin given names are none, where the
    others write Thai script."""
    from tekil.inference import lone_names_met

    given = [c for c, role in roles.items() if role in ("first_name", "full_name")]

    def met(col: str, others: list[str]) -> float | None:
        return lone_names_met(
            filled.df, col, [c for c in others if not _beside(filled, c, [col])], sample, seed
        )

    first = {col: met(col, given) for col in given}
    best = max((share for share in first.values() if share is not None), default=0.0)
    if best < _GIVEN_MET:
        return []

    def low(share: float | None) -> bool:
        return share is not None and share < _NICKNAMES_MET and share * _NICKNAMES_TIMES <= best

    trusted = [c for c in given if not low(first[c])]
    return [c for c in given if low(first[c]) and low(met(c, trusted))]


def _readings_first(
    df: pd.DataFrame, roles: dict[str, str], sample: int, seed: int
) -> dict[str, str]:
    """The roles with each name role's columns of kana first: a record's name is its first
    column's that has one, and a Japanese name's reading (ヤマダ タロウ) meets the card's Latin
    letters (YAMADA TARO) and every spelling of the name in Chinese characters (斉藤, 斎藤)."""
    from tekil.inference import sample_present

    def kana(col: str) -> bool:
        text = as_strings(sample_present(df[col], sample, seed))
        return len(text) > 0 and float(text.str.contains(_KANA_ONLY).mean()) >= 0.5

    columns = {role: [c for c, r in roles.items() if r == role] for role in _NAME_ROLES}
    readings = {
        role: [c for c in cols if kana(c)] for role, cols in columns.items() if len(cols) > 1
    }
    if not any(readings.values()):
        return roles
    out: dict[str, str] = {}
    for col, role in roles.items():
        if readings.get(role) and col == columns[role][0]:
            out.update(dict.fromkeys(readings[role], role))
        out.setdefault(col, role)
    return out


#: A name written in kana alone (with spaces, dots and the long-vowel mark).
_KANA_ONLY = re.compile(r"^[\s\u3000\u3041-\u3096\u30a1-\u30ff\uff65-\uff9f]+$")


def _id_number(column: Any) -> bool:
    """Whether a column is named an id's number ("id_no", "ID_NR", "cust_id_num"): a person's
    identity number, or a system's own, as its values tell; no phone number."""
    words = _words(column)
    return len(words) > 1 and words[-1] in _NUMBER_WORDS and "id" in words[:-1]


def _national_ids(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether half the column's values are codes of one or two letters and six to ten digits
    (and a check letter), or digits and a check letter: national ids (S1234567D, 12345678Z);
    or Myanmar's NRCs (:mod:`tekil.normalize.nrc`); or Finnish personal identity codes that
    pass their check (:func:`tekil.id_checks.hetu`: 131052-308T)."""
    from tekil.id_checks import hetu
    from tekil.inference import sample_present
    from tekil.normalize.nrc import nrc

    text = as_strings(sample_present(values, sample, seed)).str.strip()
    shaped = text.str.fullmatch(r"[^\W\d_]{1,2}\d{6,10}[^\W\d_]?|\d{6,10}[^\W\d_]")
    shaped |= text.map(nrc).notna()  # Myanmar's NRCs: 12/LAMANA(N)123456, ၁၂/လမန(နိုင်)၁၂၃၄၅၆
    shaped |= text.str.upper().map(hetu).astype(bool)  # (empty: of the text's dtype)
    return len(text) >= 20 and bool(shaped.mean() >= 0.5)


def _dates(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether half or more of the column's values read as dates, good or bad (``31.02.1985``,
    ``0000-00-00``; a spreadsheet's day numbers too), or it has none to tell."""
    from tekil.inference import sample_present, spreadsheet_days
    from tekil.normalize import date

    present = sample_present(values, sample, seed)
    if present.empty:
        return True
    read = date(present, serial=spreadsheet_days(values, seed))["reason"]
    return float((read.fillna("") != "unparseable").mean()) >= 0.5


#: Names of a middle-name column that holds all the given names where no first name is beside it.
_GIVEN_NAMES_ALONE = frozenset(
    {"othernames", "othername", "othergivennames", "autresprenoms", "otrosnombres", "outrosnomes"}
)


#: Roles of numbers: a column named so whose values hold no digits is something else (a
#: card's holder, a phone's type, a document's kind: `documento` holding `CPF`, `RG`).
_NUMBER_ROLES = frozenset({"card", "phone", "tckn", "free_id"})


#: Roles of names: a column named so whose values are mostly digits is none.
_NAME_ROLES = frozenset({"first_name", "last_name", "full_name", "middle_name"})


def _mostly_digits(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether most of the column's values hold two digits or more (a name holds none)."""
    from tekil.inference import sample_present

    text = as_strings(sample_present(values, sample, seed))
    return len(text) > 0 and float(text.str.count(r"\d").ge(2).mean()) >= 0.5


def _small_numbers(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether nine in ten of the column's values are numbers of one to four digits."""
    from tekil.inference import sample_present

    text = as_strings(sample_present(values, sample, seed)).str.strip()
    return len(text) > 0 and float(text.str.fullmatch(r"\d{1,4}(?:\.0+)?").mean()) >= 0.9


def _cards(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether half the column's values are card numbers, whole or masked (or it has none)."""
    from tekil.inference import sample_present
    from tekil.normalize.cards import card

    text = as_strings(sample_present(values, sample, seed))
    if text.empty:
        return True
    read = card(text, key="guessing only")
    return float(read["last4"].notna().mean()) >= 0.5


def _digits(values: pd.Series, sample: int, seed: int) -> bool:
    """Whether the column's values hold digits: a tenth of their characters or more."""
    from tekil.inference import sample_present

    text = as_strings(sample_present(values, sample, seed))
    if text.empty:
        return True
    return text.str.count(r"\d").sum() >= 0.1 * text.str.len().sum()


def _role_of_first_words(column: Any) -> str | None:
    """The role the name suggests without its last word ("nombre" of "nombre_tarjeta")."""
    words = [w for w in re.split(rf"(?:{_NOT_WORD}|_)+", str(column)) if w]
    return role_from_name(" ".join(words[:-1])) if len(words) > 1 else None


def _ceps(values: pd.Series, sample: int, seed: int, hyphened: float = 0.0) -> bool:
    """Whether nine in ten of the column's values are Brazilian postcodes (eight digits,
    ``01310-100``) or Portuguese ones (``1000-001``: a Brazilian shop's customers in Portugal),
    which no phone number is; and the share ``hyphened`` or more written with the hyphen
    (``01310100`` alone might be a phone number of eight digits).

    >>> _ceps(pd.Series(["01310-100", "01310100", "1000-001"] * 5), 500, 0)
    True
    >>> _ceps(pd.Series(["0532 123 45 67", "05321234567", "1000-001"] * 5), 500, 0)
    False
    >>> _ceps(pd.Series(["34567890", "98765432", "01310-100"] * 5), 500, 0, hyphened=0.5)
    False
    """
    from tekil.inference import sample_present

    text = as_strings(sample_present(values, sample, seed)).str.strip()
    if len(text) == 0:
        return False
    shaped = float(text.str.fullmatch(r"\d{5}-?\d{3}|\d{4}-\d{3}").mean()) >= 0.9
    return shaped and float(text.str.fullmatch(r"\d{4,5}-\d{3}").mean()) >= hyphened


def _one_persons(df: pd.DataFrame, col: str, roles: dict[str, str]) -> bool:
    """Whether two records of one person (that hold one phone number, e-mail or id) agree on
    the column's codes where both fill it, as on a postcode they mostly do; an agent's code
    on each of a customer's tickets (``AG5195``) they seldom do. True where too few pairs
    tell."""
    from tekil.someone_elses import holder_pairs

    filled = df[col].notna()
    codes = as_strings(df.loc[filled, col]).str.upper().str.replace(r"[\W_]", "", regex=True)
    pairs = []
    for other in (c for c, role in roles.items() if role in ("phone", "email", "free_id")):
        text = texts(df.loc[filled, other].dropna())
        key = phone_tail(text) if roles[other] == "phone" else text.str.upper()
        pairs.append(holder_pairs(key.dropna()))
    pairs = pd.concat(pairs) if pairs else pd.DataFrame(columns=["row", "row_other"])
    if len(pairs) < _MIN_PAIRS:
        return True
    agreed = codes[pairs["row"]].to_numpy() == codes[pairs["row_other"]].to_numpy()
    return float(agreed.mean()) >= _ONE_PERSONS


#: Pairs of one person's records needed, and the share of them that must agree on a
#: postcode read by its values.
_MIN_PAIRS, _ONE_PERSONS = 20, 0.25


def phone_tail(values: pd.Series) -> pd.Series:
    """Each text's last nine digits, as written (missing under seven digits): one number with
    or without its country code, its trunk zero or its spaces.

    >>> phone_tail(pd.Series(["+234 803 123 4567", "08031234567", "12-34"])).tolist()
    ['031234567', '031234567', nan]
    """
    digits = values.str.replace(r"\D", "", regex=True)
    return digits.str[-9:].where((digits.str.len() >= 7).fillna(False))


def _numbers_of(values: pd.Series, phones: pd.DataFrame) -> bool:
    """Whether some of the column's numbers (their last nine digits, as many as
    :func:`_repeats` asks to be shared) are in the phone columns ``phones``."""

    def last_digits(column: pd.Series) -> pd.Series:
        return phone_tail(as_strings(column.dropna())).dropna()

    mine = last_digits(values)
    known = set(pd.concat([last_digits(phones[c]) for c in phones.columns]))
    held = int(mine.isin(known).sum())
    return held >= max(2, _SHARED_SHARE * len(mine))


def _undialled_digits(values: pd.Series) -> bool:
    """Whether the column's values are digits alone, of one or two lengths under nine, and
    hardly any starts as a dialled number does (``+``, ``0``: a trunk or an international
    prefix): ids, not phone numbers written every way.

    >>> _undialled_digits(pd.Series(["62900508", "7502026", "34176479"]))
    True
    >>> _undialled_digits(pd.Series(["0712345678", "712345678", "+254712345678"]))
    False
    """
    text = as_strings(values.dropna()).str.strip()
    if not len(text) or not text.str.fullmatch(r"\d+").all():
        return False
    lengths = text.str.len().value_counts(normalize=True)
    dialled = float(text.str.startswith("0").mean())
    return bool(dialled < 0.05 and lengths.index.max() < 9 and lengths.head(2).sum() >= 0.95)


def _ids_of(values: pd.Series, ids: pd.DataFrame) -> bool:
    """Whether the column's values (as digits) are held by the id columns ``ids`` as written,
    one in twenty of its distinct values at least."""

    def digits(column: pd.Series) -> pd.Series:
        out = as_strings(column.dropna()).str.replace(r"\D", "", regex=True)
        return out[out != ""]

    mine = digits(values).drop_duplicates()
    known = set(pd.concat([digits(ids[c]) for c in ids.columns]))
    return len(mine) > 0 and float(mine.isin(known).mean()) >= _IDS_HELD


#: Share of a column's distinct values that id columns must hold for it to be their ids.
_IDS_HELD = 0.05


def _names_of(values: pd.Series, names: pd.DataFrame, sample: int, seed: int) -> bool:
    """Whether most of the column's values have a word (of three letters or more) that the
    name columns ``names`` hold: whole names do, areas and towns of several words do not."""
    from tekil.inference import sample_present

    def words(column: pd.Series, size: int) -> pd.Series:
        text = as_strings(sample_present(column, size, seed)).map(fold)
        return text.str.split().map(lambda ws: {w for w in ws if len(w) >= 3})

    known = set().union(*[set().union(*words(names[c], 20 * sample)) for c in names.columns])
    mine = words(values, sample)
    return len(mine) > 0 and float(mine.map(lambda ws: bool(ws & known)).mean()) >= 0.5


def _receivers(column: Any) -> bool:
    """Whether a column name is of a parcel's receiver ("receiver_phone", "RCVR_NM") or a
    transfer's beneficiary ("BENEFICIARY_MOBILE")."""
    split = _cjk_prefix(_key(column))  # "收货手机", Taobao's
    return bool(_RECEIVER_WORDS.intersection(_words(column))) or (
        split is not None and split[0] == "receiver"
    )


#: Words that link a thing to whose it is: Albanian's articles before a genitive ("Emri i
#: përfituesit", "Data e lindjes"), Macedonian "на" ("Име на осигуреникот"), Malagasy "ny" (its
#: "n'ny", of the: "Anaran'ny mpanjifa", the customer's name).
_GENITIVE_LINKS = frozenset({"i", "e", "te", "se", "на", "ny"})
#: The words for "of" in French, Portuguese, Spanish and Italian column names.
_ROMANCE_OF = frozenset({"du", "de", "des", "da", "do", "dos", "das", "di", "del", "della"})
#: Words for whom a parcel, an order or a money transfer goes to.
_RECEIVER_WORDS = frozenset(
    {"receiver", "rcvr", "recipient", "consignee", "beneficiary", "benef", "payee"}
    | {"получатель", "получателя", "адресат", "адресата", "алушы", "алушының", "oluvchi"}
    | {"beneficiario", "beneficiaria", "beneficiaire", "destinatario", "destinataire"}
    | {"ստացող", "ստացողի", "მიმღები", "მიმღების", "alici", "alicinin"}
    | {"perfituesi", "perfituesit", "marresi", "marresit", "primaoca", "primatelja", "примаоца"}
    | {"수취인", "수령인", "받는분", "받는사람"}  # Korean: a transfer's or a parcel's receiver
    | {"empfanger", "empfangers", "empfaenger", "begunstigter", "begunstigten"}  # German
)


def _one_person(word: str) -> str:
    """``word`` without the ``s`` of a possessive whose apostrophe was dropped, where it names
    someone else (``mothers`` is ``mother``, ``parents`` ``parent``)."""
    bare = word[:-1]
    return (
        bare if word.endswith("s") and word not in _OTHER_PEOPLE and bare in _OTHER_PEOPLE else word
    )


#: Short forms of someone else that only a number after them makes sure of: "dep1_name",
#: "DEP2_DOB" (a policy's first and second dependants; "dep" alone may be a department).
_NUMBERED_OTHERS = {"dep": "dependant"}


def _numbered_other(word: str) -> str:
    """``word`` without the number after someone else's: "spouse2", "dependant1" and "dep1" (a
    policy's first dependant) are the one someone else ("phone2" stays the person's own)."""
    m = re.fullmatch(r"(\D+?)\d+", word)
    if m is None:
        return word
    bare = m.group(1)
    return bare if bare in _OTHER_PEOPLE else _NUMBERED_OTHERS.get(bare, word)


def _words(column: Any) -> list[str]:
    """A column name's words, as :func:`role_from_name` splits them."""
    words = re.split(rf"(?:{_NOT_WORD}|_)+", fold(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(column))))
    # "Last 4" is one word, as "last4" is (not a family name's "last" and a number).
    words = [
        w + n if w == "last" and n.isdigit() else w
        for w, n in zip(words, [*words[1:], ""], strict=True)
    ]
    words = [_numbered_other(w) for w in words if w and not w.isdigit()]
    if len(words) > 1 and words[0] == "co" and words[0] + words[1] in _OTHER_PEOPLE:
        words = [words[0] + words[1], *words[2:]]  # "co_borrower_name": a coborrower's
    return words


def _named_again(df: pd.DataFrame, col: str, others: list[str]) -> bool:
    """Whether, in most records holding a value in ``col`` and in one of ``others``, the two
    share a word: the record's own name written again (a card's embossed name beside the
    applicant's), which fills the records whose named columns are empty."""
    rows = df.loc[df[col].notna() & df[others].notna().any(axis=1), [col, *others]]
    if len(rows) < 20:
        return False
    rows = rows.sample(min(len(rows), 500), random_state=0)

    def words(value: Any) -> set[str]:
        return (
            {w for w in fold(str(value)).split() if len(w) >= 2}
            if isinstance(value, str)
            else set()
        )

    mine = rows[col].map(words)
    theirs = rows[others].apply(lambda r: set().union(*map(words, r)), axis=1)
    return float(np.mean([bool(a & b) for a, b in zip(mine, theirs, strict=True)])) >= 0.8


def _copies(df: pd.DataFrame, col: str, others: list[str]) -> bool:
    """Whether most of ``col``'s values are, folded, the value of one of ``others`` in their
    record, and most of the rest share no word with them: someone else's (twenty records with
    both at least). A second copy of the person's own name differs by slips where it differs
    ("aJde Kemp", "Jade Kemp")."""
    from tekil.normalize.text import fold

    if not others:
        return False
    both = np.flatnonzero((df[col].notna() & df[others].notna().any(axis=1)).to_numpy())
    if len(both) < _MIN_COPIES:
        return False
    if len(both) > _COPIES_READ:  # (read on a sample: the words of each record's pair)
        both = np.sort(np.random.default_rng(0).choice(both, _COPIES_READ, replace=False))
    folded = df[[col, *others]].iloc[both].astype("string").fillna("")
    codes, uniques = pd.factorize(folded.to_numpy().ravel())
    keys = pd.Index(uniques).map(fold).to_numpy()[codes].reshape(folded.shape)
    same = (keys[:, 1:] == keys[:, :1]).any(axis=1)
    if same.mean() < 0.5:
        return False
    words = [[set(k.split()) for k in row] for row in keys[~same]]
    apart = [not any(row[0] & other for other in row[1:]) for row in words]
    return not apart or float(np.mean(apart)) >= 0.5


#: Records holding a column and the ones it may copy, from which it is told, and read.
_MIN_COPIES, _COPIES_READ = 20, 1_000


def _of_someone_named(filled: _Filled, roles: dict[str, str], by_values: set[str]) -> list[str]:
    """Of the phone, e-mail and id columns named for what they hold, those whose name's other
    words name the other person of a column beside them that is someone else's (a word of
    :data:`_OTHER_PEOPLE` in its name): "TEL_CONTACT" beside "PERSONNE_A_CONTACTER", a
    person to contact ("contact" alone is often the person's own number). Words are met by
    their first six letters ("contact", "contacter").

    >>> df = pd.DataFrame({"TEL_CONTACT": ["1", "2"], "PERSONNE_A_CONTACTER": ["a", "b"]})
    >>> roles = {"TEL_CONTACT": "phone", "PERSONNE_A_CONTACTER": "ignore"}
    >>> _of_someone_named(_Filled(df), roles, set())
    ['TEL_CONTACT']
    """
    others = [
        c
        for c, role in roles.items()
        if role == "ignore" and c in filled.df.columns and set(_words(c)) & _OTHER_PEOPLE
    ]
    # (Not a word for what the column holds: "AGENT_NUMBER" names no "ID_NUMBER".)
    stems = {
        c: {w[:6] for w in _words(c) if len(w) >= 6 and w not in _NUMBER_WORDS} for c in others
    }
    found = []
    for col, role in roles.items():
        if (
            role not in ("phone", "email", "free_id")
            or col in by_values
            or col not in filled.df.columns
        ):
            continue
        rest = {w[:6] for w in _words(col) if len(w) >= 6 and role_from_name(w) != role}
        named = [c for c in others if rest & stems[c]]
        if named and _beside(filled, col, named):
            found.append(col)
    return found


class _Filled:
    """Which records hold a value in each column of a frame, each column's found once: a guess
    asks it of the same columns dozens of times (0.5 s of 866 k records' guess, asked anew)."""

    def __init__(self, df: pd.DataFrame):
        self.df, self._held = df, {}

    def __getitem__(self, col: Any) -> np.ndarray:
        if col not in self._held:
            self._held[col] = self.df[col].notna().to_numpy()
        return self._held[col]


def _beside(filled: _Filled, col: str, others: list[str]) -> bool:
    """Whether most records with a value in ``col`` have one in some of ``others`` too."""
    if not others:
        return False
    present = filled[col]
    if not present.any():
        return False
    held = np.logical_or.reduce([filled[other] for other in others])
    return bool(held[present].mean() >= 0.5)


def _later_dates(filled: _Filled, columns: list[str], seed: int) -> list[str]:
    """Of ``columns`` (birth dates by their values), those beside an earlier one in most of their
    records: a person has one birth date, and an account opened or a policy signed, whose
    dates may lie as long ago as a young customer's birth, come after it."""
    from tekil.inference import sample_present
    from tekil.normalize import date

    years = {}
    for col in columns:
        read = date(as_strings(sample_present(filled.df[col], _DATES_SAMPLE, seed)))
        years[col] = float(read["year"].dropna().astype(float).median())
    return [
        col
        for col in columns
        if _beside(
            filled, col, earlier := [c for c in columns if c != col and years[c] < years[col]]
        )
        or any(_after_on_records(filled.df, col, other, seed) for other in earlier)
    ]


def _after_on_records(df: pd.DataFrame, col: str, other: str, seed: int) -> bool:
    """Whether ``col``'s dates come after ``other``'s on nearly all the records that hold
    both, where a fifth of ``col``'s records do at least (a system that keeps a birth date on
    some of its records, and the contract's date on all)."""
    from tekil.normalize import date

    both = df[col].notna() & df[other].notna()
    if both.sum() < _DATES_ON_RECORDS or both.sum() < _DATES_BESIDE * df[col].notna().sum():
        return False
    rows = df.loc[both, [col, other]].sample(min(int(both.sum()), _DATES_SAMPLE), random_state=seed)
    later = date(rows[col].astype(str))["year"].astype(float).to_numpy()
    earlier = date(rows[other].astype(str))["year"].astype(float).to_numpy()
    read = ~(np.isnan(later) | np.isnan(earlier))
    return bool(read.sum() >= _DATES_ON_RECORDS and (later[read] > earlier[read]).mean() >= 0.9)


#: Dates of a column read for the year they lie in.
_DATES_SAMPLE = 200
#: Records at least, and share of a column's records, that hold a date of another column too
#: for its dates to be told after the other's record by record.
_DATES_ON_RECORDS = 20
_DATES_BESIDE = 0.2


#: Roles of which a person has one value: guessed by its values, a second column is not one.
ONE_PER_PERSON = frozenset({"dob", "tckn"})


#: Share of values of two words or more above which a column holds whole names: given names
#: have at most a fifth (compound Brazilian names; Faker's 13 locales, FEBRL, tekil's own), whole
#: names all of them, or half where one part is often missing.
WHOLE_NAMES = 1 / 3


#: Column names of a family name in one country and of a nickname in another: Portuguese
#: "apelido" (Brazilians say "sobrenome" for the family name).
_NICKNAMES_OR = frozenset({"apelido"})


def _nicknames_not_family_names(
    values: pd.Series, others: pd.DataFrame, sample: int, seed: int
) -> bool:
    """Whether fewer than half of the column's values (a sample) end in a word that ends the
    values of the name columns ``others`` on the other records (a profile's name beside a
    nickname may end in it), while those end in fifty words or more: nicknames, no family names.

    >>> others = pd.DataFrame({"nome": [None] * 3 + [f"Ana Silva{i}" for i in range(60)]})
    >>> _nicknames_not_family_names(pd.Series(["Juju", "Zé", "Silva3"] + [None] * 60), others, 500, 0)
    True
    >>> _nicknames_not_family_names(pd.Series(["SILVA1", "Silva2", "Zé"] + [None] * 60), others, 500, 0)
    False
    """
    from tekil.inference import sample_present
    from tekil.normalize.text import fold

    def last_words(texts: pd.Series) -> pd.Series:
        return texts.astype(str).str.strip().str.split().str[-1].dropna().map(fold)

    ends = set()
    elsewhere = others[values.isna().to_numpy()]
    for col in elsewhere.columns:
        ends.update(last_words(pd.Series(pd.unique(elsewhere[col].dropna()))))
    present = last_words(sample_present(values, sample, seed))
    if len(ends) < 50 or len(present) == 0:
        return False
    return float(present.isin(ends).mean()) < 0.5


def _without_family_names(
    df: pd.DataFrame, col: str, family: list[str], sample: int, seed: int
) -> bool:
    """Whether the names in ``col`` seldom hold a word of the family name beside them in their
    record (one in ten at most, of twenty records or more): they are given names only; a whole
    name beside its family name again holds it."""
    rows = df[[col, *family]].dropna(subset=[col])
    rows = rows[rows[family].notna().any(axis=1)]
    if len(rows) < _MIN_ROWS_FAMILY:
        return False
    rows = rows.sample(min(sample, len(rows)), random_state=seed)

    def words(value: object) -> set[str]:
        return set(fold(str(value)).split()) if isinstance(value, str) else set()

    names = rows[col].map(words)
    held = np.zeros(len(rows), dtype=bool)
    for other in family:
        held |= np.fromiter(
            (bool(a & words(b)) for a, b in zip(names, rows[other], strict=True)), bool, len(rows)
        )
    return bool(held.mean() <= _FAMILY_HELD)


#: Records a name column and a family name column must share to tell whether one holds the
#: other, and the share of them at most whose names hold their family name, for given names.
_MIN_ROWS_FAMILY = 20
_FAMILY_HELD = 0.1


def _whole_names(values: pd.Series, sample: int, seed: int) -> bool:
    from tekil.inference import sample_present

    present = as_strings(sample_present(values, sample, seed)).str.strip()
    return len(present) > 0 and bool((present.str.split().str.len() >= 2).mean() > WHOLE_NAMES)


#: Names of a column that says which system a record comes from, and when it was updated.
_SOURCE_NAMES = {
    "source",
    "system",
    "sourcesystem",
    "kaynak",
    "sistem",
    "kaynaksistem",
    "sistema",  # Spanish, Portuguese, Italian
    "sistemaorigen",
    "sistemafuente",
    "fuente",
    "fonte",
    "quelle",  # German
    "quellsystem",
    "bron",  # Dutch, Afrikaans
    "bronsysteem",
    "systeme",  # French
}
_TIMESTAMP_NAMES = {
    "updatedat",
    "updated",
    "lastupdated",
    "modifiedat",
    "lastmodified",
    "timestamp",
    "guncellemetarihi",
    "songuncelleme",
}


def _column_named(df: pd.DataFrame, names: set[str], roles: dict[str, str]) -> str | None:
    """The first column (not used for matching) whose name is one of ``names``."""
    for col in df.columns:
        if _key(col) in names and roles.get(str(col), "ignore") == "ignore":
            return str(col)
    return None
