import numpy as np
import pandas as pd
import pytest

from tekil.errors import ConfigError
from tekil.settings import (
    BlockingRule,
    Settings,
    guess_id_column,
    guess_settings,
    role_from_name,
)


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("Ad", "first_name"),
        ("SOYADI", "last_name"),
        ("given_name", "first_name"),
        ("surname", "last_name"),
        ("Doğum Tarihi", "dob"),
        ("date_of_birth", "dob"),
        ("GSM", "phone"),
        ("cep_telefonu", "phone"),
        ("home_phone", "phone"),
        ("E-posta", "email"),
        ("customer_email", "email"),
        ("TC Kimlik No", "tckn"),
        ("kart_no", "card"),
        ("soc_sec_id", "free_id"),
        ("address_1", "address"),
        ("Adres", "address"),
        ("il", "city"),
        ("suburb", "city"),
        ("posta_kodu", "postcode"),
        ("Vorname", "first_name"),
        ("apellido", "last_name"),
        ("source", "ignore"),
        # other languages' and systems' spellings
        ("sobrenome", "last_name"),
        ("data_nascimento", "dob"),
        ("Código Postal", "postcode"),
        ("Ort", "city"),
        ("cidade", "city"),
        ("CITY_NM", "city"),
        ("cty", "city"),
        ("HOME_CTY", "city"),
        ("twn", "city"),
        ("celular", "phone"),
        ("PH_NO", "phone"),
        ("indirizzo", "address"),
        ("CPF", "free_id"),
        ("Bundesland", "region"),
        ("postal_address", "address"),
        ("Förnamn", "first_name"),
        ("Efternamn", "last_name"),
        ("fødselsdato", "dob"),
        ("Příjmení", "last_name"),
        ("Születési dátum", "dob"),
        ("sähköposti", "email"),
        ("Nama Lengkap", "full_name"),
        ("Tanggal Lahir", "dob"),
        ("Фамилия", "last_name"),
        ("Имя", "first_name"),
        ("Дата рождения", "dob"),
        ("Телефон", "phone"),
        ("ФИО", "full_name"),
        ("date de naissance", "dob"),
        ("so dien thoai", "phone"),
        ("姓名", "full_name"),
        ("出生日期", "dob"),
        ("電話番号", "phone"),
        ("생년월일", "dob"),
        ("Ημερομηνία γέννησης", "dob"),
        ("تاريخ الميلاد", "dob"),
        ("जन्मतिथि", "dob"),
        ("henkilötunnus", "free_id"),
        ("СНИЛС", "free_id"),
        ("Aadhaar", "free_id"),
        ("nickname", None),
        # Accounts and system dates are no personal data; the last word of a name decides.
        ("Account No", "ignore"),
        ("Bank Account Number", "ignore"),
        ("Kontonummer", "ignore"),
        ("Created On", "ignore"),
        ("customer_since", "ignore"),
        ("Kayıt Tarihi", "ignore"),
        # A word of no role at the start does not hide the role that ends the name.
        ("account_email", "email"),
        ("account_phone", "phone"),
        ("registered_address", "address"),
        ("birth_name", "birth_name"),
        ("company_name", "ignore"),
        ("fax", "ignore"),
        ("given", "first_name"),
        ("cust_name", "full_name"),
        ("account_holder_name", "full_name"),
        ("addr_line_1", "address"),
        ("mob_no", "phone"),
        ("account_holder_email", "email"),
        ("email_status", "ignore"),
        ("last_updated", "ignore"),
        ("street_name", "address"),
        # Given and family name in one column; a birth state is no residence, but a birth place.
        ("first_and_surname", "full_name"),
        ("First and Last Name", "full_name"),
        ("Nombre y apellidos", "full_name"),
        ("birth_state", "birth_place"),
        ("state_of_birth", "birth_place"),
        ("street_type", "ignore"),
        ("drivers_lic", "free_id"),
        # Codes, descriptions and "nm" for name, as warehouses and health records write them.
        ("res_city_desc", "city"),
        ("sex_code", "gender"),
        ("dob_str", "dob"),
        ("patient_first_nm", "first_name"),
        ("full_nm", "full_name"),
        ("promo_code", None),
        # A short word that ends a name counts whole.
        ("pat_dob", "dob"),
        ("home_tel", "phone"),
        ("mail_addr1", "address"),
        ("email_addr", "email"),
        ("E-Mail-Adresse", "email"),
        ("adresse_mail", "email"),
        # Addresses, places and numbers that are not the person's own.
        ("ip_address", "ignore"),
        ("mac_address", "ignore"),
        ("web_address", "handle"),
        ("card_last4", "ignore"),
        ("last4", "ignore"),
        ("BIRTHPLACE", "birth_place"),
        ("place_of_birth", "birth_place"),
        ("lieu_de_naissance", "birth_place"),
        ("geboorteplaats", "birth_place"),
        ("Doğum Yeri", "birth_place"),
        ("Место рождения", "birth_place"),
        ("birth_age", "ignore"),
        ("DEATHDATE", "ignore"),
        ("fn", "first_name"),
        ("surnm", "last_name"),
        ("mbr_last", "last_name"),
        ("geb_datum", "dob"),
        ("first_visit_date", None),
        ("prenume", "first_name"),
        ("שם משפחה", "last_name"),
        ("นามสกุล", "last_name"),
        ("họ và tên", "full_name"),
        ("дата народження", "dob"),
        ("anne adı", "mother_name"),
        ("Baba Adı", "father_name"),
        ("mother_maiden_name", "ignore"),
        ("Anne Kızlık Soyadı", "ignore"),
        ("spouse_name", "ignore"),
        ("emergency_contact_phone", "ignore"),
        ("spouse_phone", "ignore"),
        ("agent_email", "ignore"),
        ("NEXT_OF_KIN_PHONE", "ignore"),
        ("NRIC_LAST4", "free_id"),
        ("SSN_LAST4", "free_id"),
        ("card_last4", "ignore"),
        ("JT_HOLDER_NAME", "ignore"),
        # Someone else named alone, or with "co" apart, or abbreviated (a minor's guardian).
        ("Spouse", "ignore"),
        ("guardian", "ignore"),
        ("Father", "father_name"),
        ("co_borrower_name", "ignore"),
        ("Co-Applicant Phone", "ignore"),
        ("co_phone", "phone"),  # a company's, or the person's: the values tell
        ("LGL_RPRS_TEL", "ignore"),
        ("법정대리인_연락처", "ignore"),
        ("reference_phone", "ignore"),
        ("witness_name", "ignore"),
        ("NRIC_NO", "free_id"),
        ("ssn_nbr", "free_id"),
        ("n° carte fidélité", "free_id"),
        ("klantenkaart", "free_id"),
        ("loyalty_card_no", "free_id"),
        ("club_card_since", None),
        ("magasin", "ignore"),
        ("РНОКПП", "free_id"),
        ("NIP", "ignore"),
        ("Сума післяплати", "ignore"),
        ("delivery_point", "ignore"),
        ("Місто", "city"),
        ("account_manager_email", "ignore"),
        ("patient_mother_first_name", "mother_name"),
        ("anne_tel", "ignore"),
        ("Veli Telefonu", "ignore"),
        ("Müşteri Telefonu", "phone"),
        ("Cep No", "phone"),
        ("City_State_Zip", "address"),
        ("PLZ Ort", "address"),
        # Other languages' words (each once missed by zero-config on Faker's people).
        ("Postleitzahl", "postcode"),
        ("cod_postal", "postcode"),
        ("ΤΚ", "postcode"),
        ("Vollständiger Name", "full_name"),
        ("Vor- und Nachname", "full_name"),
        ("Nome e cognome", "full_name"),
        ("imię i nazwisko", "full_name"),
        ("Straße und Hausnummer", "address"),
        ("Strasse/Hausnr.", "address"),
        ("localité", "city"),
        ("miejscowość", "city"),
        ("logradouro", "address"),
        ("primeiro_nome", "first_name"),
        ("Last Name/Surname", "last_name"),
        ("Land", "country"),
        ("Bundesland", "region"),
        # Health and social insurance numbers, whole names, a name at birth (a maiden name).
        ("nhs_number", "free_id"),
        ("NI Number", "free_id"),
        ("mrn", "free_id"),
        ("first_name_and_last_name", "full_name"),
        ("surname_at_birth", "birth_name"),
        ("birth_surname", "birth_name"),
        ("AssistantPhone", "ignore"),  # Salesforce's: someone else's
        ("doctor_phone", "ignore"),
        ("tax_number", "free_id"),
        # Arabic writes "the" joined to each word: known without it.
        ("الهاتف", "phone"),
        ("البريد الإلكتروني", "email"),
        ("الجنس", "gender"),
        ("الاسم الأخير", "last_name"),
        ("رقم الهوية", "free_id"),
        ("Отчество", "middle_name"),  # a patronymic, as a middle name
        ("Middle Initial", "middle_name"),
        ("MI", "middle_name"),
        ("İkinci Adı", "middle_name"),
        ("性别", "gender"),
        ("성별", "gender"),
        # A place of business is no place where the person lives; their work phone is theirs.
        ("Store City", "ignore"),
        ("branch_address", "ignore"),
        ("work_postcode", "ignore"),
        ("work_phone", "phone"),
        ("shipping_address", "address"),
        # Enterprise abbreviations: a number's "NBR", a phone's "PH", a date's format.
        ("CUST_PHONE_NBR", "phone"),
        ("CELL_PH", "phone"),
        ("FAX_NBR", "ignore"),
        ("DOB_YYYYMMDD", "dob"),
        ("PHONE_TYPE", None),  # what kind of number, not one
        ("customer_age", "age"),
        ("account_age", None),  # how old a thing is
        ("Policyholder Name", "full_name"),
        ("Name on Card", "full_name"),
        ("Dependent Name", "ignore"),
        ("DL_NBR", "free_id"),
        ("ZIP_PLUS_4", "postcode"),
    ],
)
def test_role_from_column_name(column, role):
    assert role_from_name(column) == role


def test_guess_uses_values_when_names_say_nothing():
    df = pd.DataFrame(
        {
            "kayit": ["k1", "k2", "k3", "k4"],
            "c1": ["ali@example.com", "veli@example.org", "x@y.com.tr", "a.b@gmail.com"],
            "c2": [
                "4111 1111 1111 1111",
                "5500000000000004",
                "4012888888881881",
                "378282246310005",
            ],
            "c3": ["0532 123 45 67", "+90 533 765 43 21", "05441234567", "0212 555 12 34"],
            "c4": ["@ugurabi", "twitter.com/x", "https://instagram.com/ayse", "@m_k"],
            "c5": ["blue", "red", "green", "blue"],
        }
    )
    s = guess_settings(df)
    assert s.roles == {"c1": "email", "c2": "card", "c3": "phone", "c4": "handle"}


def test_numbers_and_dates_that_are_no_phone_or_birth_date_get_no_role_by_their_values():
    n = 40
    df = pd.DataFrame(
        {
            "c1": [f"10.{k % 4}.{k}.{200 + k % 50}" for k in range(n)],  # IP addresses
            "c2": [41.0 + k / 997 for k in range(n)],  # latitudes
            "c3": [f"{1200 + 37 * k},50" for k in range(n)],  # amounts
            "c4": [f"2021-03-{k % 28 + 1:02d} {k % 24:02d}:{k % 60:02d}:07" for k in range(n)],
            "c5": [f"1985-03-{k % 28 + 1:02d} 00:00:00" for k in range(n)],  # dates as timestamps
            "c6": [5321234567.0 + 7919 * k for k in range(n)],  # phones after a CSV round trip
            "c7": [f"ali{k}@example.com" for k in range(n)],
        }
    )
    assert guess_settings(df).roles == {"c5": "dob", "c6": "phone", "c7": "email"}


def test_numbers_of_two_countries_ids_with_a_check_letter_and_loyalty_cards_by_their_values():
    n = 40
    # A Singapore and Malaysia bank's mobiles, most written without their country code (a
    # Malaysian number is no valid one of Singapore), and NRICs that two systems share.
    sg = [f"9{1234567 + 7919 * k:07d}" for k in range(n // 4)] * 2
    my = [f"012-{345 + k:03d} {6789 + k:04d}" for k in range(n // 4 - 2)]
    my = [*my, "+60 12-555 0101", "+60 13-555 0303"] * 2
    nric = [f"S{8000000 + 13 * k:07d}{'ABCDEFGHIZJ'[k % 11]}" for k in range(n // 2)] * 2
    # A loyalty programme's card numbers (EAN-13) under a name that says nothing, and initials.
    ean = [f"29{1000000000 + 7919 * k:011d}" for k in range(n)]
    initials = ["J.C.", "A. M.", "JP", "M.-T.", "K."] * (n // 5)
    df = pd.DataFrame({"HP_NO": sg + my, "ID_NO": nric, "kaart": ean, "letters": initials})
    df["naam"] = ["Tan Wei Ming", "Siti Aminah binti Abdullah", "Rajesh Kumar", "Ng Mei Ling"] * 10
    df["mail"] = [f"{w}{k}@mail.sg" for k, w in enumerate(["wm.tan", "siti", "rk", "ng.ml"] * 10)]
    roles = guess_settings(df).roles
    assert roles == {"HP_NO": "phone", "ID_NO": "free_id", "naam": "full_name", "mail": "email"}
    # Ids of that shape that no two records share are a system's own: no role.
    unique = [f"S{9000000 + k:07d}A" for k in range(n)]
    assert guess_settings(df.assign(ID_NO=unique)).roles.get("ID_NO", "ignore") == "ignore"


def test_a_name_column_beside_the_named_ones_counts_where_it_writes_the_same_person():
    # A card's embossed name beside the applicant's: the same person, filling the records
    # whose named column is empty; a co-holder's name beside it is someone else's.
    cust = ["TAN WEI MING", "AHMAD BIN ISMAIL", "RAJESH S/O KRISHNAN", "LIM SWEE HONG"] * 10
    emboss = ["WEI MING TAN", "AHMAD ISMAIL", "RAJESH KRISHNAN", "S H LIM"] * 10
    other = ["NG MEI LING", "SITI AMINAH", "PRIYA DEVI", "GOH AH KOW"] * 10
    e_mails = ["wm.tan@mail.sg", "ahmad.i@mail.my", "rajesh.k@mail.sg", "lsh@mail.sg"] * 10
    df = pd.DataFrame({"CUST_NAME": cust, "EMAIL_ADDR": e_mails, "C1": emboss, "C2": other})
    roles = guess_settings(df).roles
    assert roles.get("C1") == "full_name" and "C2" not in roles


def test_a_column_named_for_a_birth_is_a_birth_date_only_if_its_values_are_dates():
    n = 40
    df = pd.DataFrame(
        {
            "first_name": ["Ann", "Bob", "Cy", "Dee"] * (n // 4),
            "sex_at_birth": ["M", "F"] * (n // 2),
            "birth_weight": [3.1, 2.9, None, 3.4] * (n // 4),
            "birth_order": [1, 2, 1, 3] * (n // 4),
            # Dates with junk among them, and a spreadsheet's day numbers, are dates.
            "dob": ["1980-01-02", "unknown", "0000-00-00", "31.12.1979"] * (n // 4),
            "Birthday": ["31113", "29221", "1985-03-07", None] * (n // 4),
        }
    )
    roles = guess_settings(df).roles
    assert roles == {"first_name": "first_name", "dob": "dob", "Birthday": "dob"}


def test_birth_dates_written_with_their_months_names_are_read_off_their_values():
    born = pd.date_range("1950-01-01", periods=60, freq="173D")
    for written in ("%B %d, %Y", "%d %b %Y", "%A, %B %d, %Y"):
        df = pd.DataFrame({"first_name": ["Ann", "Bob", "Cy"] * 20, "c1": born.strftime(written)})
        assert guess_settings(df).roles["c1"] == "dob", written


def test_guess_finds_id_column_and_skips_empty_columns():
    df = pd.DataFrame({"customer_id": [1, 2], "ad": ["Ali", "Can"], "x": [None, None]})
    s = guess_settings(df)
    assert s.id_column == "customer_id"
    assert s.roles == {"ad": "first_name"}


@pytest.mark.parametrize(
    ("name", "is_id"),
    [
        ("Kundennr", True),
        ("client_no", True),
        ("numero_cliente", True),
        ("Müşteri No", True),
        ("Müşteri Numarası", True),
        ("cliente_numero", True),
        ("account_number", True),
        ("Nr. Kunde", True),
        # A person's own numbers, and names that only end alike, are no record ids.
        ("Telefon No", False),
        ("kimlik_no", False),
        ("card_number", False),
        ("TC Kimlik Numarası", False),
        ("Telefon Numarası", False),
        ("house_no", False),
        ("area_code", False),
        ("casino", False),
    ],
)
def test_a_record_number_is_taken_for_the_id_column_by_its_name_in_several_languages(name, is_id):
    df = pd.DataFrame({name: ["K1", "K2", "K3"], "ad": ["Ali", "Ali", "Can"]})
    assert guess_settings(df).id_column == (name if is_id else None)
    # Only unique values make an id.
    assert guess_id_column(df.assign(**{name: ["K1", "K1", "K3"]})) is None


def test_guess_fails_clearly_without_personal_columns():
    with pytest.raises(ConfigError, match="could not recognise"):
        guess_settings(pd.DataFrame({"colour": ["red", "blue"]}))


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_settings_round_trip(tmp_path, suffix):
    s = Settings(
        roles={"ad": "first_name", "gsm": "phone"},
        id_column="id",
        threshold=0.8,
        blocking=[BlockingRule(["gsm"]), BlockingRule(["ad"], window=3)],
    )
    path = tmp_path / f"settings{suffix}"
    s.save(path)
    back = Settings.load(path)
    assert back == s


def test_settings_errors_name_the_problem(tmp_path):
    with pytest.raises(ConfigError, match="unknown settings key"):
        Settings.from_dict({"rolez": {}})
    with pytest.raises(ConfigError, match="unknown role 'phon'"):
        Settings(roles={"gsm": "phon"})
    with pytest.raises(ConfigError, match="threshold"):
        Settings(threshold=1.5)
    with pytest.raises(ConfigError, match="max_block_size"):
        Settings(max_block_size=0)
    bad = tmp_path / "bad.toml"
    bad.write_text("roles = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid"):
        Settings.load(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        Settings.load(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="id column 'nope'"):
        Settings(id_column="nope").check_columns(["a"])


def test_a_second_date_column_guessed_by_its_values_gives_way_to_the_birth_date():
    df = pd.DataFrame(
        {
            "Name": ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Eve"],
            "Birthday": ["1980-01-02", "1975-03-04", "1990-05-06", "1966-07-08"],
            "Since": ["2019-01-02", "2021-03-04", "2020-05-06", "2023-07-08"],
        }
    )
    assert guess_settings(df).roles == {"Name": "full_name", "Birthday": "dob"}
    # Without a column named so, dates most of which lie long ago are the birth dates; those
    # of the last few years are when something happened (a customer since 2019 is no baby).
    alone = df.drop(columns="Birthday")
    assert guess_settings(alone).roles == {"Name": "full_name"}
    assert guess_settings(alone.assign(Since=df["Birthday"])).roles == {
        "Name": "full_name",
        "Since": "dob",
    }


def test_values_settle_what_a_column_name_leaves_open():
    n = 40
    streets = [f"{10 + k} {['Baker', 'Elm', 'High'][k % 3]} Street" for k in range(n)]
    phones = [f"0532 {100 + k:03d} {k % 90 + 10:02d} {k % 80 + 10:02d}" for k in range(n)]
    ids = [str(5321000000 + 7919 * (k % 20)) for k in range(n)]
    emails = [f"user{k % 20}@example.com" for k in range(n)]  # not unique: no record id
    df = pd.DataFrame(
        {"name": ["Ann Lee"] * n, "line1": streets, "line2": phones, "member_id": ids}
    )
    roles = guess_settings(df, id_column=None).roles
    # An address's first line, a telco's second line; a system's ids look like phones but
    # are none.
    assert roles == {"name": "full_name", "line1": "address", "line2": "phone"}
    assert guess_settings(df.assign(member_id=emails)).roles["member_id"] == "email"


@pytest.mark.parametrize(
    "column",
    # "tel_name" and "web_date" end in "lname" and "bdate", not in words of those names;
    # the others say when or whether a field changed, not what it is.
    ["estado_civil", "tel_name", "web_date", "Telefon_geändert", "email_verified", "family_size"],
)
def test_columns_that_only_sound_like_a_role_get_none_from_their_name(column):
    assert role_from_name(column) is None


def test_a_given_name_column_of_whole_names_is_the_full_name_when_no_family_name_is_kept():
    whole = ["Ana Maria Silva", "João Souza", "Pedro Alves", "Julia Costa", "Lucas"]
    tel = ["0532 123 45 67", "0533 765 43 21", "0541 111 22 33", "0505 123 12 12", None]
    assert guess_settings(pd.DataFrame({"nome": whole, "telefone": tel})).roles["nome"] == (
        "full_name"
    )
    # Italian: nome and cognome, the given name stays the given name.
    apart = pd.DataFrame({"nome": ["Anna Maria", "Luca", "Marco"], "cognome": ["Rossi"] * 3})
    assert guess_settings(apart).roles == {"nome": "first_name", "cognome": "last_name"}
    # Given names alone, one word each: still given names.
    alone = pd.DataFrame({"first_name": ["Anna", "Luca", "Ayşe Nur"], "phone": tel[:3]})
    assert guess_settings(alone).roles["first_name"] == "first_name"


def test_a_file_of_several_systems_is_read_column_by_column_as_each_system_wrote_it():
    # A Spanish bank's billing, CRM and shop rows in one file: each system has its own columns
    # and leaves the others' empty.
    persons = [
        ("Ripoll Cozar, José María", "63778945Z", "675004743", "José María", "Ripoll Cózar"),
        ("García López, Ana", "12345678Z", "600111222", "Ana", "García López"),
        ("Pérez Gil, Luis", "87654321X", "611222333", "Luis", "Pérez Gil"),
    ] * 80  # (the numbers repeat: the billing column shares each with the CRM's)
    billing = pd.DataFrame(
        {
            "titular": [p[0] for p in persons],
            "dni": [p[1] for p in persons],
            # One line per billing record, each once: no order number, the CRM's mobiles.
            "linea": [f"6{k:08d}" if k % 3 else p[2] for k, p in enumerate(persons)],
        }
    )
    crm = pd.DataFrame(
        {
            "nombre": [p[3] for p in persons],
            "apellidos": [p[4] for p in persons],
            "movil": [f"+34 {p[2][:3]} {p[2][3:6]} {p[2][6:]}" for p in persons],
            # A national id with its check letter is no phone number, whatever it is called.
            "dni_titular": [f"{p[1][:-1]}-{p[1][-1]}" for p in persons],
        }
    )
    shop = pd.DataFrame({"nombre_cliente": [f"{p[3]} {p[4]}" for p in persons]})
    roles = guess_settings(pd.concat([billing, crm, shop], ignore_index=True)).roles
    assert roles == {
        "titular": "full_name",  # the account's holder
        "dni": "free_id",
        "linea": "phone",
        "nombre": "first_name",  # beside the family names in its records
        "apellidos": "last_name",
        "movil": "phone",
        "dni_titular": "free_id",
        "nombre_cliente": "full_name",  # whole names, no family name beside them
    }
    # Under a name that says nothing, numbers with a check letter are no phone numbers either.
    unnamed = crm[["nombre", "dni_titular"]].rename(columns={"dni_titular": "x1"})
    assert guess_settings(unnamed).roles == {"nombre": "first_name"}


def test_names_without_telling_column_names_are_read_off_the_emails_beside_them():
    first = ["John", "Mary", "Ahmet", "Lucas", "Anna", "Peter", "Olga", "Sven", "Ines", "Tom"] * 3
    last = ["Smith", "Jones", "Yilmaz", "Palmer", "Berg", "Novak", "Ivanova", "Lund", "Rey", "Kim"]
    last = last * 3
    df = pd.DataFrame(
        {
            "c1": first,
            "c2": last,
            "c3": [f"{k} {['Oak', 'Elm', 'High'][k % 3]} Street" for k in range(30)],
            "c4": ["Springfield", "Dover", "Leeds"] * 10,  # three values: may be anything
            "c7": [f"Town{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(30)],
            "c5": [f"{10000 + k * 7}" for k in range(30)],  # postcodes, no phone numbers
            "c6": [
                f"{f.lower()}.{s.lower()}{k}@mail.com"
                for k, (f, s) in enumerate(zip(first, last, strict=True))
            ],
        }
    )
    roles = guess_settings(df).roles
    assert roles == {
        "c1": "first_name",
        "c2": "last_name",
        "c3": "address",
        "c5": "postcode",
        "c6": "email",
        "c7": "city",
    }
    # No name among the columns: a column of many words is left alone (a company, a job).
    alone = df[["c6", "c7"]].assign(c1=df["c5"])
    assert guess_settings(alone).roles == {"c6": "email"}
    # Without e-mails nothing tells names from towns: they get no role.
    assert "c1" not in guess_settings(df.assign(c6=df["c5"] + "-x", tel="05321234567")).roles


def test_messages_that_give_a_phone_number_are_no_street_addresses():
    # A care desk's messages have words and numbers, as streets do; but a phone number's
    # digits are no house number, and a message is no address (its "Thanks!" would link).
    df = pd.DataFrame(
        {
            "c1": [f"{f} Smith" for f in ["John", "Mary", "Ali", "Sven", "Ines"] * 6],
            "c2": [f"my line 0{612345600 + k} has no data since two days" for k in range(30)],
            "c3": [
                f"{k + 1} {['Oak', 'Elm', 'High'][k % 3]} Street, {10000 + k}" for k in range(30)
            ],
        }
    )
    roles = guess_settings(df).roles
    assert roles.get("c3") == "address" and "c2" not in roles


TOWNS = ["Leeds", "Dover", "York", "Bath", "Hull", "Derby", "Wells", "Ely", "Ripon", "Truro"]
TOWNS += ["Exeter", "Lincoln", "Preston", "Salford", "Bangor", "Newport", "Perth", "Stirling"]
TOWNS += ["Inverness", "Dundee", "Armagh", "Lisburn", "Newry", "St Albans"]
AGENTS = ["Okafor", "Bello", "Musa", "Obi", "Eze"]


def test_roles_read_off_the_whole_names_where_no_column_name_tells_them():
    # A file read without its header row: no e-mail, but a column of whole names, against
    # which the given names, the family names, the middle names and the towns are told apart.
    given = ["John", "Mary", "Ahmet", "Lucas", "Anna", "Peter", "Olga", "Sven", "Ines", "Tom"]
    family = ["Smith", "Jones", "Yilmaz", "Palmer", "Berg", "Novak", "Ivanova", "Lund", "Rey"]
    middle = [*given[3:], *"ABCDEFGHIJKLMNOP"]
    rows = [(given[k % 10], middle[k % 23], family[k % 9], None) for k in range(120)]
    df = pd.DataFrame(
        {
            # An agent's business, on the records of the many customers they serve.
            "c10": [f"{AGENTS[k % 5]} {given[k // 5 % 5]} Ventures" for k in range(120)],
            "c1": [f"{g} {f}" for g, _, f, _ in rows],
            "c2": [g for g, _, _, _ in rows],
            "c3": [m for _, m, _, _ in rows],
            "c4": [f for _, _, f, _ in rows],
            "c5": [TOWNS[k % 24] for k in range(120)],
            "c6": [["Female", "Male", "F", "M"][k % 4] for k in range(120)],
            "c7": [None] * 100 + ["Jr.", "Sr.", "III", "jr"] * 5,
            "c8": [f"{['Chang', 'Pierce', 'Walker'][k % 3]}, {given[k % 4]} MD" for k in range(120)],  # a doctor
            "c9": [f"{given[(k + 4) % 10]} {f}" for k, (_, _, f, _) in enumerate(rows)],  # a kin's
        }
    )  # fmt: skip
    roles = guess_settings(df).roles
    assert roles == {
        "c1": "full_name",
        "c2": "first_name",
        "c3": "middle_name",
        "c4": "last_name",
        "c5": "city",
        "c6": "gender",
        "c7": "suffix",
    }


def test_handles_written_many_ways_and_dates_with_a_months_name_by_their_values():
    handles = ["@rebeca_b", "twitter.com/vivi_j", "adelardo_81", "@ana.lee", "instagram.com/bo"]
    df = pd.DataFrame(
        {
            "c1": [f"{g} Smith" for g in ["John", "Mary", "Ali", "Sven", "Ines"] * 6],
            "c2": [f"{h}{k}" for k, h in enumerate(handles * 6)],  # three in five look so
            "c3": [
                f"{k % 28 + 1:02d}-{['JUL', 'OCT', 'MAY'][k % 3]}-20{k % 20 + 5}" for k in range(30)
            ],
        }
    )
    roles = guess_settings(df).roles
    assert roles.get("c2") == "handle" and "c3" not in roles  # an account's opening: no street


def test_of_two_whole_name_columns_the_one_most_records_give_is_read_against():
    # A billing system's holder of each line (a person's lines repeat the name) beside a card
    # system's embossed names in fewer records: the holder's names tell the towns apart.
    given = ["John", "Mary", "Ahmet", "Lucas", "Anna", "Peter", "Olga", "Sven", "Ines", "Tom"]
    family = ["Smith", "Jones", "Yilmaz", "Palmer", "Berg", "Novak", "Ivanova", "Lund", "Rey"]
    holders = [f"{family[k % 9]}, {given[k % 10]}" for k in range(60) for _ in range(2)]
    df = pd.DataFrame(
        {
            "c1": holders + [None] * 40,
            "c2": [TOWNS[k % 24] for k in range(120)] + [None] * 40,
            "c3": [None] * 120 + [f"{given[k % 10]} {family[k % 7]}".upper() for k in range(40)],
        }
    )
    roles = guess_settings(df).roles
    assert roles.get("c1") == "full_name" and roles.get("c2") == "city"


def test_social_security_numbers_are_ids_not_phone_numbers_by_their_values():
    # Nine digits, half written 3-2-4: a permissive plan (France's, without its zero) reads
    # them as phone numbers; no plan writes a number so.
    ssn = [f"{100 + k:03d}-{k % 90 + 10:02d}-{1000 + 7 * k:04d}" for k in range(30)]
    df = pd.DataFrame(
        {
            "c1": [f"{g} Smith" for g in ["John", "Mary", "Ali", "Sven", "Ines"] * 6],
            "c2": [v.replace("-", "") if k % 3 == 0 else v for k, v in enumerate(ssn)],
        }
    )
    assert guess_settings(df).roles.get("c2") == "free_id"


def test_numbers_a_permissive_plan_reads_beside_dialled_phone_numbers_may_be_a_persons_ids():
    # Mobiles dialled with their trunk zero or +234 beside BVNs (eleven digits from 22) and
    # nine-digit codes, which Germany's and France's plans read as phone numbers, and which
    # are written as no one writes a phone number: 150 people, two records each.
    rng = np.random.default_rng(3)
    given = ["Chidi", "Ngozi", "Emeka", "Amaka", "Tunde", "Bola", "Musa", "Aisha", "Ife", "Obi"]
    family = [f"{f}{s}" for f in ["Okafor", "Adeyemi", "Bello"] for s in ["", "a", "u", "e", "o"]]
    n = 150
    people = pd.DataFrame(
        {
            "first_name": [given[k % 10] for k in range(n)],
            "last_name": [family[k % 15] for k in range(n)],
            "c2": [f"0{p}{rng.integers(10**6, 10**7)}" for p in rng.choice(["803", "905"], n)],
            "c3": [f"22{rng.integers(10**8, 10**9)}" for _ in range(n)],  # BVNs
            # Codes that three neighbours (or an agent's customers) share: no one's id.
            "c4": np.repeat([str(v) for v in rng.integers(10**8, 10**9, n // 3)], 3),
        }
    )
    df = pd.concat([people, people], ignore_index=True)
    df.loc[::4, "c2"] = "+234" + df.loc[::4, "c2"].str[1:]
    df["c5"] = df["c3"].where(df.index % 3 == 0)  # a second system's BVNs
    roles = guess_settings(df).roles
    assert roles["c2"] == "phone" and roles["c3"] == roles["c5"] == "free_id"
    assert roles["c4"] == "phone"  # as the plan reads them: they link no one by themselves
    # Alone in the file, no dialled column to tell them apart: the plan's reading stands.
    assert guess_settings(df.drop(columns="c2")).roles["c3"] == "phone"
    # A second country's numbers dialled with its own trunk zero are its phone numbers.
    uk = [f"07{rng.integers(10**8, 10**9)}" for _ in range(n)] * 2
    assert guess_settings(df.assign(c6=uk)).roles["c6"] == "phone"
    # Chinese mobiles, which no one dials with a trunk prefix, are phone numbers too.
    china = [f"13{rng.integers(10**8, 10**9)}" for _ in range(n)] * 2
    assert guess_settings(df.assign(c7=china)).roles["c7"] == "phone"


def test_a_column_of_numbers_more_people_give_than_a_household_has_is_someone_elses():
    # Agents' walk-ins without their header: each customer's own mobile (a couple shares one)
    # beside the agent's, which twenty customers give: the agent's is no customer's number.
    given = ["Chidi", "Ngozi", "Emeka", "Amaka", "Tunde", "Bola", "Musa", "Aisha", "Ife", "Obi"]
    family = ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Balogun", "Yusuf", "Nwosu"]
    n = 240
    df = pd.DataFrame(
        {
            "first_name": [given[k % 10] for k in range(n)],
            "last_name": [family[k % 8] for k in range(n)],
            "c1": [f"0803{k // 2:07d}" for k in range(n)],
            "c2": [f"0905{k % 12:07d}" for k in range(n)],
        }
    )
    roles = guess_settings(df).roles
    assert roles["c1"] == "phone" and "c2" not in roles
    # The same numbers given by one person again and again (a transactions file) are theirs.
    one = df.assign(first_name=[[*given, "Ada", "Uche"][k % 12] for k in range(n)])
    assert guess_settings(one.assign(last_name="Okafor")).roles["c2"] == "phone"


def test_whole_names_beside_emails_under_a_name_that_says_nothing_are_full_names():
    first = ["John", "Mary", "Ahmet", "Lucas", "Anna", "Peter", "Olga", "Sven", "Ines", "Tom"] * 3
    last = ["Smith", "Jones", "Yilmaz", "Palmer", "Berg", "Novak", "Ivanova", "Lund", "Rey", "Kim"]
    people = list(zip(first, last * 3, strict=True))
    df = pd.DataFrame(
        {
            "Customer": [f"{f} {s}" for f, s in people],
            "Contact": [f"{f.lower()}.{s.lower()}@mail.com" for f, s in people],
        }
    )
    assert guess_settings(df).roles == {"Customer": "full_name", "Contact": "email"}


def test_chinese_and_korean_whole_names_beside_emails_are_full_names():
    # Their words are one to three syllables: "静" and "재현" are found in the e-mails too.
    people = [("静", "杨"), ("재현", "박"), ("秀兰", "戴"), ("지훈", "김"), ("建国", "张")] * 6
    df = pd.DataFrame(
        {
            "Customer": [f"{g} {f}" for g, f in people],
            "Contact": [f"{g}.{f}{k}@mail.com" for k, (g, f) in enumerate(people)],
        }
    )
    assert guess_settings(df).roles == {"Customer": "full_name", "Contact": "email"}


def test_a_town_and_a_postcode_under_names_that_say_nothing_beside_named_names():
    first = ["John", "Mary", "Ahmet", "Lucas", "Anna", "Peter", "Olga", "Sven", "Ines", "Tom"]
    last = ["Smith", "Jones", "Yilmaz", "Palmer", "Berg", "Novak", "Ivanova", "Lund", "Rey", "Kim"]
    people = [(f, s) for f in first for s in last] * 2  # 100 people, each twice
    df = pd.DataFrame(
        {
            "fname": [f for f, _ in people],
            "lname": [s for _, s in people],
            "cty": [f"Town{chr(97 + k % 40 // 26)}{chr(97 + k % 26)}" for k in range(200)],
            "p5": [f"{10000 + k % 100 % 40 * 7}" for k in range(200)],  # one person's twice
            "acct": [f"AB{1000 + k}" for k in range(200)],  # each once: no postcode
            "eml": [f"{f.lower()}.{s.lower()}@mail.com" for f, s in people],
        }
    )
    assert guess_settings(df).roles == {
        "fname": "first_name",
        "lname": "last_name",
        "cty": "city",
        "p5": "postcode",
        "eml": "email",
    }
    # Dates of the last few years under a name that says nothing: no postcode, no birth date.
    ordered = [f"202{k % 4}-{k % 12 + 1:02d}-{k % 28 + 1:02d}" for k in range(200)]
    assert "ordered" not in guess_settings(df.assign(ordered=ordered)).roles
    # Tax numbers of five letters, four digits and a letter (India's PAN): no postcodes.
    pan = [f"ABC{'PQRST'[k % 5]}{'JKLMN'[k // 5 % 5]}{1000 + k // 2}F" for k in range(200)]
    assert guess_settings(df.assign(p5=pan)).roles.get("p5") != "postcode"
    # Codes that one person's two records (one e-mail) seldom agree on: an agent's on each of
    # a customer's tickets, no postcode.
    agents = [f"AG{1000 + k * 37 % 90}" for k in range(200)]
    assert guess_settings(df.assign(p5=agents)).roles.get("p5") != "postcode"


def test_a_column_with_values_only_far_down_is_not_empty():
    from tekil.settings import has_values

    late = pd.Series([None] * 5000 + ["0532 123 45 67"], dtype=object)
    assert has_values(late)
    assert not has_values(pd.Series([None] * 5000, dtype=object))
    assert not has_values(pd.Series([], dtype=object))
    df = pd.DataFrame({"name": ["Ann Lee"] * 5001, "tel": late, "fax_like": [None] * 5001})
    assert guess_settings(df, id_column=None).roles == {"name": "full_name", "tel": "phone"}


def test_numbers_no_two_records_share_are_no_phone_numbers():
    rng = np.random.default_rng(0)
    n = 400
    phones = [f"0532 {k % 150:03d} 45 67" for k in range(n)]  # people with several records
    df = pd.DataFrame(
        {
            "name": [f"Ali Veli{k % 150}" for k in range(n)],
            "c1": phones,
            "c2": rng.integers(10**8, 10**9, n).astype(str),  # order numbers, each once
            "c3": (10**7 + np.arange(n)).astype(str),  # account numbers, each once
        }
    )
    roles = guess_settings(df).roles
    assert roles["c1"] == "phone"
    assert "c2" not in roles and "c3" not in roles
    # A column named for phones is taken at its word.
    assert guess_settings(df.rename(columns={"c2": "phone"})).roles["phone"] == "phone"


def test_cep_is_a_mobile_or_a_postcode_as_its_values_are_written():
    names = {"ad": ["Ayşe", "Mehmet"] * 20, "soyad": ["Yılmaz", "Kaya"] * 20}
    mobiles = pd.DataFrame({**names, "cep": ["0532 111 22 33", "0533 444 55 66"] * 20})
    ceps = pd.DataFrame({**names, "CEP": ["01310-100", "20040020"] * 20})
    assert guess_settings(mobiles).roles["cep"] == "phone"
    assert guess_settings(ceps).roles["CEP"] == "postcode"


def test_whole_names_under_a_name_that_says_nothing_are_read_off_their_values():
    # No column named as a name and no e-mail to read names off: the column of two or
    # more words (a town has one, mostly) is the full name.
    given = ["Anna", "Jan", "Eva Maria", "Tim", "Ute", "Lars", "Ole", "Mia"]
    family = ["Schmidt", "Koch", "Wolf"]
    df = pd.DataFrame(
        {
            "Patient": [f"{g} {f}" for g in given for f in family] * 2,
            "Ort": ["Berlin", "Bad Homburg", "Köln", "Hamburg"] * 12,
            "Geburtsdatum": ["1985-04-12", "1970-01-02", "1990-06-07", "1963-03-03"] * 12,
        }
    )
    assert guess_settings(df).roles == {
        "Patient": "full_name",
        "Ort": "city",
        "Geburtsdatum": "dob",
    }


@pytest.mark.parametrize(
    ("column", "role"),
    [("titular", "full_name"), ("Karteninhaber", "full_name"), ("embossed_name", "full_name"),
     ("apellidos y nombre", "full_name"), ("nome_cliente", "full_name"), ("nom_client", "full_name"),
     ("titulaire", "full_name"), ("dni_titular", "free_id"), ("cpf_cliente", "free_id"),
     ("tel_avisos", "phone"), ("midl_name", "middle_name"), ("name_sfx", "suffix"),
     ("usuario", "handle"), ("razon_social", "ignore"), ("empresa", "ignore"),
     ("PAT_NAME", "full_name"), ("mbr_zip", "postcode"), ("customer_no", "ignore"),
     ("ADD_LINE_1", "address"), ("EMERG_CONTACT_NAME", "ignore"), ("PCP_NAME", "ignore"),
     ("nok_phone", "ignore"), ("caller", None), ("Anrufer", None), ("cnic", "free_id"),
     ("caller_name", "full_name"), ("CALLER_NM", "full_name"), ("caller_id", None),
     ("NID", "free_id"), ("nid_no", "free_id"), ("নাম", "full_name"), ("পিতার নাম", "father_name"),
     ("জন্ম তারিখ", "dob"), ("মোবাইল নম্বর", "phone"), ("এনআইডি", "free_id"),
     ("cnic_last6", "free_id"),
     ("iqama_no", "free_id"), ("documento", "free_id"), ("numero_documento", "free_id"),
     ("RFC", "free_id"), ("doc_identidad", "free_id"), ("sort_code", "ignore"),
     ("MPAN", "ignore"), ("routing_number", "ignore")],
)  # fmt: skip
def test_the_names_systems_of_other_countries_give_their_columns(column, role):
    # A holder's or a card's name, an id or a phone for whom or what ("dni_titular": the
    # holder's DNI), a firm's registered name (no social handle).
    assert role_from_name(column) == role


def test_cards_printed_masked_and_columns_named_for_a_card_that_hold_no_numbers():
    masked = ["4111 11** **** 1111", "XXXX-XXXX-XXXX-1234", "************4444", "5500000000000004"]
    names = ["ANA RUIZ", "LUIS GOMEZ", "EVA SANZ", "JUAN DIAZ"]
    df = pd.DataFrame(
        {
            "c1": masked * 5,  # masked prints and whole numbers: cards by their values
            "num_tarjeta": masked * 5,  # Spanish: the card's number
            "nombre_tarjeta": names * 5,  # the name on the card, not its number
            "tipo_tarjeta": ["VISA", "MASTERCARD"] * 10,  # its brand
            "telefono_tipo": ["movil", "fijo"] * 10,  # a phone's type
            "documento": ["CPF", "RG"] * 10,  # a document's kind, not its number
            "card_last4": ["1111", "1234", "4444", "0004"] * 5,
        }
    )
    assert guess_settings(df).roles == {
        "c1": "card",
        "num_tarjeta": "card",
        "nombre_tarjeta": "full_name",
        "card_last4": "ignore",
    }


def test_a_systems_whole_names_beside_another_systems_named_names_and_e_mails():
    # Billing keeps Vorname, Nachname and E-Mail; customer care the caller's whole name and
    # its own e-mail column: the caller is the full name, read off its words (no e-mail of
    # the first column stands beside it), not a town.
    given = ["Anna", "Jan", "Eva", "Tim", "Ute", "Lars", "Ole", "Mia", "Kai", "Lea"]
    family = ["Schmidt", "Koch", "Wolf"]
    people = [(g, f) for g in given for f in family]
    billing = pd.DataFrame(
        {
            "Vorname": [g for g, _ in people],
            "Nachname": [f for _, f in people],
            "E-Mail": [f"{g}.{f}@web.de".lower() for g, f in people],
        }
    )
    care = pd.DataFrame(
        {
            "Anrufer": [f"{g} {f}" for g, f in people],
            "E-Mail-Adresse": [f"{f}{g}@gmx.de".lower() for g, f in people],
            "Straße": [f"Hauptstraße {k + 1}" for k in range(len(people))],
        }
    )
    roles = guess_settings(pd.concat([billing, care], ignore_index=True)).roles
    assert roles["Anrufer"] == "full_name"
    assert roles["Vorname"] == "first_name" and roles["Nachname"] == "last_name"
    # Areas of several words are no whole names (no word of the named names is in them);
    # the last four digits of an id are no family name: an id's tail, compared with whole ids.
    areas = ["Al Barsha South", "Jumeirah Lake Towers", "Dubai Silicon Oasis", "Bur Dubai"]
    care["area"] = [areas[k % 4] + f" {k % 7}" * (k % 2) for k in range(len(care))]
    care["aadhaar_last4"] = [f"XXXX-XXXX-{1000 + 37 * k}" for k in range(len(care))]
    roles = guess_settings(pd.concat([billing, care], ignore_index=True)).roles
    assert roles["Anrufer"] == "full_name" and "area" not in roles
    assert roles["aadhaar_last4"] == "free_id"
    # A message with a number in it is no street where one is named.
    care["Nachricht"] = [f"Meine Nummer {k}0123 geht nicht" for k in range(len(care))]
    roles = guess_settings(pd.concat([billing, care], ignore_index=True)).roles
    assert "Nachricht" not in roles and roles["Straße"] == "address"


TOWNS_CN = ["北京", "上海", "广州", "深圳", "天津", "重庆", "成都", "武汉", "杭州", "南京"]
TOWNS_CN += ["西安", "长沙", "沈阳", "青岛", "郑州", "大连", "苏州", "昆明", "厦门", "合肥"]


def test_towns_in_chinese_characters_are_read_off_their_values_initials_are_no_towns():
    n = 40
    df = pd.DataFrame(
        {
            "c1": ["Wang Wei", "Li Na", "Zhang Min", "Liu Yang"] * (n // 4),
            "c2": TOWNS_CN * 2,
            "c3": ["J.C.", "A. M.", "JP", "K.", "M.-T.", "AS", "J-P", "E.", "L.M.", "R."] * 4,
            "mail": [f"{w}{k}@mail.cn" for k, w in enumerate(["wangwei", "lina", "zm", "ly"] * 10)],
        }
    )
    roles = guess_settings(df).roles
    assert roles.get("c2") == "city" and "c3" not in roles


def test_other_names_are_middle_names_beside_a_first_name_and_the_given_names_alone():
    # West African and British forms: "First name", "Other names", "Surname"; a Kenyan
    # national id: "Surname" and "Other names", which then are all the given names.
    df = pd.DataFrame(
        {
            "FIRST_NAME": ["John", "Mary", "Ama", "Kofi"],
            "OTHER_NAMES": ["Kamau", "Wanjiru Akinyi", "Serwaa", None],
            "SURNAME": ["Mwangi", "Otieno", "Mensah", "Boateng"],
        }
    )
    roles = guess_settings(df).roles
    assert roles["OTHER_NAMES"] == "middle_name" and roles["FIRST_NAME"] == "first_name"
    alone = guess_settings(df.drop(columns="FIRST_NAME")).roles
    assert alone == {"OTHER_NAMES": "first_name", "SURNAME": "last_name"}
    # A middle name column of another name stays one where no first name is beside it.
    middle = df.rename(columns={"OTHER_NAMES": "middle_name"}).drop(columns="FIRST_NAME")
    assert guess_settings(middle).roles["middle_name"] == "middle_name"


def test_other_names_are_the_given_names_where_a_first_name_is_in_other_systems_records():
    # A Ghanaian bank's "SURNAME" and "OTHER_NAMES" stacked with a wallet's "FIRST_NAME",
    # "MIDDLE_NAME" and "LAST_NAME": the bank's records have no first name beside their other
    # names, which are then all their given names; the wallet's middle name stays one.
    df = pd.DataFrame(
        {
            "FIRST_NAME": ["Kwame", "Ama", "Yaw", None, None, None],
            "MIDDLE_NAME": ["Emmanuel", None, "Kofi", None, None, None],
            "LAST_NAME": ["Mensah", "Owusu", "Boateng", None, None, None],
            "SURNAME": [None, None, None, "MENSAH", "OSEI", "APPIAH"],
            "OTHER_NAMES": [None, None, None, "Kwame Emmanuel", "Grace Akosua", "Kofi"],
        }
    )
    roles = guess_settings(df).roles
    assert roles["OTHER_NAMES"] == "first_name" and roles["MIDDLE_NAME"] == "middle_name"
    # Beside a first name in the same records, other names are still the middle ones.
    beside = df.assign(FIRST_NAME=["Kwame", "Ama", "Yaw", "Kwame", "Grace", "Kofi"])
    assert guess_settings(beside).roles["OTHER_NAMES"] == "middle_name"


def test_nordic_column_names():
    # A Nordic bank-insurer's systems: personal numbers under their own names (no phones),
    # the given name used, places, and a policy number, a premium and a customer-since date
    # that are none of the person's.
    n = 40
    df = pd.DataFrame(
        {
            "fødselsnummer": [f"{10000000000 + 7919 * k}" for k in range(n)],
            "cpr_nr": [f"{100000 + k:06d}-{1000 + k:04d}" for k in range(n)],
            "etunimet": ["Matti Juhani", "Anna Liisa"] * (n // 2),
            "tilltalsnamn": ["Johan", "Karin"] * (n // 2),
            "mellomnavn": ["Marie", None] * (n // 2),
            "etternavn": ["Hansen", "Virtanen"] * (n // 2),
            "utdelningsadress": [f"Storgatan {k}" for k in range(n)],
            "poststed": ["Oslo", "Bergen"] * (n // 2),
            "by": ["København", "Aarhus"] * (n // 2),
            "postitoimipaikka": ["Helsinki", "Turku"] * (n // 2),
            "polisenr": [f"{40040604 + 13 * (k // 2)}" for k in range(n)],  # a couple's
            "årspremie": [f"{15 + k} 908,00" for k in range(n)],
            "kund_sedan": [f"2015-03-{k % 28 + 1:02d}" for k in range(n)],
            "mobil": [f"070-{1234567 + 7919 * k:07d}" for k in range(n)],
        }
    )
    roles = guess_settings(df).roles
    assert roles["fødselsnummer"] == roles["cpr_nr"] == "free_id"
    assert roles["etunimet"] == roles["tilltalsnamn"] == "first_name"
    assert roles["mellomnavn"] == "middle_name" and roles["utdelningsadress"] == "address"
    assert roles["poststed"] == roles["by"] == roles["postitoimipaikka"] == "city"
    assert roles["polisenr"] == roles["årspremie"] == roles["kund_sedan"] == "ignore"
    assert roles["mobil"] == "phone"


def test_amounts_in_thousands_with_their_cents_are_no_phone_numbers():
    amounts = [f"{15 + k} 908,00" for k in range(20)] + [f"{k + 1}.250,00" for k in range(20)]
    amounts += [f"{k + 1},250.00" for k in range(20)]
    df = pd.DataFrame({"c1": amounts, "mail": [f"a{k}@example.com" for k in range(60)]})
    assert guess_settings(df).roles == {"mail": "email"}


def test_a_japanese_names_reading_in_kana_is_a_name_read_before_the_chinese_characters():
    # A points system keeps 氏名 and its reading フリガナ, a card unit NAME_KANA beside the
    # embossed name: the readings are names too, and each record's is read first (it meets
    # the card's Latin letters, and 斉藤 and 斎藤 alike are サイトウ).
    n = 20
    df = pd.DataFrame(
        {
            "氏名": ["山田　太郎", "斉藤 花子"] * (n // 2),
            "フリガナ": ["ヤマダ　タロウ", "さいとう はなこ"] * (n // 2),
            "CARD_HOLDER": ["TARO YAMADA", None] * (n // 2),
            "NAME_KANA": ["ﾔﾏﾀﾞ ﾀﾛｳ", None] * (n // 2),
            "first_name_kana": ["タロウ", "ハナコ"] * (n // 2),
            "名": ["太郎", "花子"] * (n // 2),
        }
    )
    roles = guess_settings(df).roles
    names = [c for c, role in roles.items() if role == "full_name"]
    assert names == ["フリガナ", "NAME_KANA", "氏名", "CARD_HOLDER"]
    assert [c for c, role in roles.items() if role == "first_name"] == ["first_name_kana", "名"]
    # A prefecture, and amounts and points that had been read as postcodes by their values.
    more = pd.DataFrame(
        {
            "都道府県": ["東京都", "大阪府"] * (n // 2),
            "金額": ["5400", "10800"] * (n // 2),
            "累計ポイント": ["1200", "350"] * (n // 2),
        }
    )
    roles = guess_settings(pd.concat([df, more], axis=1)).roles
    assert (roles["都道府県"], roles["金額"], roles["累計ポイント"]) == (
        "region",
        "ignore",
        "ignore",
    )


def test_indian_kyc_columns():
    # A telco's and a payments bank's KYC: a PAN (the tax number, no payment card), proofs of
    # identity, the central KYC number; the bank agent's code, a balance and a retailer's
    # code are none of the person's.
    n = 40
    df = pd.DataFrame(
        {
            "CUST_NAME": ["RAMESH CHAUHAN", "GEETA VERMA"] * (n // 2),
            "PAN": [f"ABCP{'CV'[k % 2]}{1000 + k}{'KF'[k % 2]}" for k in range(n)],
            "poi_number": [f"XXXX-XXXX-{4700 + k}" for k in range(n)],
            "CKYC_NO": [f"{10000000000000 + 7919 * (k // 2)}" for k in range(n)],
            "BC_AGENT_ID": [f"BC{683600 + k % 3}" for k in range(n)],
            "AVG_MTHLY_BAL": [f"{48348 + 17 * k}.00" for k in range(n)],
            "pos_code": [f"POS{2406743 + k % 5}" for k in range(n)],
            "REG_MOBILE": [f"98765{43210 + k}" for k in range(n)],
        }
    )
    roles = guess_settings(df).roles
    assert roles["PAN"] == roles["poi_number"] == roles["CKYC_NO"] == "free_id"
    assert roles["BC_AGENT_ID"] == "ignore" and roles["REG_MOBILE"] == "phone"
    assert "AVG_MTHLY_BAL" not in roles and "pos_code" not in roles


def _people_without_written_names(n: int = 400, seed: int = 5) -> pd.DataFrame:
    """``n`` people, two records each, whose names no e-mail or whole name writes out: given,
    middle and family names, sex, street, town and postcode in numbered columns."""
    rng = np.random.default_rng(seed)
    men = [
        "Omar",
        "Jonas",
        "Rahul",
        "Kofi",
        "Mateo",
        "Ivan",
        "Chen",
        "Liam",
        "Ali",
        "Tomas",
        "Diego",
        "Yusuf",
        "Arjun",
        "Noah",
        "Emil",
        "Hugo",
        "Kwame",
        "Luca",
        "Sami",
        "Piet",
    ]
    women = [
        "Aisha",
        "Maria",
        "Priya",
        "Ama",
        "Sofia",
        "Olga",
        "Mei",
        "Emma",
        "Leila",
        "Ines",
        "Lucia",
        "Zeynep",
        "Anika",
        "Nora",
        "Elin",
        "Chloe",
        "Efua",
        "Giulia",
        "Rana",
        "Fenna",
    ]
    syllables = ["ka", "lo", "mi", "ra", "ten", "vos", "ber", "ish", "dal", "mur", "sen", "tov"]
    towns = [
        f"{a}{b}"
        for a in ["Ash", "Bran", "Car", "Dun", "Els", "Glen"]
        for b in ["ford", "by", "ton", "mere", "wick"]
    ]
    sex = rng.choice(["M", "F"], n)
    given = [rng.choice(men if s == "M" else women) for s in sex]
    middle = [str(rng.choice(men + women)) if k % 2 else rng.choice(list("ABCDEFGHJKLMNPRST"))
              for k in range(n)]  # fmt: skip
    family = ["".join(rng.choice(syllables, 3)).title() for _ in range(n)]
    town = rng.integers(0, len(towns), n)
    people = pd.DataFrame(
        {
            "c1": given,
            "c2": middle,
            "c3": family,
            "c4": sex,
            "c5": [
                f"{rng.integers(1, 200)} {rng.choice(syllables).title()} Road" for _ in range(n)
            ],
            "c6": [towns[t] for t in town],
            "c7": [f"{1000 + 37 * t + int(rng.integers(0, 3))}" for t in town],
        }
    )
    return pd.concat([people, people], ignore_index=True)


def test_names_no_record_writes_out_are_read_off_the_sex_they_tell_and_where_they_lie():
    df = _people_without_written_names()
    roles = guess_settings(df).roles
    assert (roles["c1"], roles["c2"], roles["c3"]) == ("first_name", "middle_name", "last_name")
    assert roles["c4"] == "gender" and roles["c5"] == "address" and roles["c6"] == "city"
    # The family name first: the given names are the column the sex tells.
    swapped = df[["c3", "c1", "c4", "c6"]].set_axis(["c1", "c2", "c3", "c4"], axis=1)
    roles = guess_settings(swapped).roles
    assert (roles["c1"], roles["c2"]) == ("last_name", "first_name")
    # No sex column: the first column of names holds the given names, the next the family's.
    roles = guess_settings(df[["c1", "c3", "c5", "c6"]]).roles
    assert (roles["c1"], roles["c3"]) == ("first_name", "last_name")


def test_towns_and_family_names_that_no_sex_holds_are_no_given_names():
    # A sex column beside family names and towns, no given names: nothing is read as one.
    df = _people_without_written_names()[["c3", "c4", "c5", "c6"]]
    roles = guess_settings(df).roles
    assert not {"first_name", "last_name"} & set(roles.values())


def test_a_column_of_streets_named_without_numbers_is_an_address_not_whole_names():
    rng = np.random.default_rng(2)
    streets = ["Wittenoom", "Miller", "Kitchener", "Banks", "Hawker", "Dalby", "Orr", "Tate"]
    types = ["Crescent", "Place", "Street", "Circuit", "Close", "Avenue"]
    df = _people_without_written_names()
    df["c5"] = [f"{rng.choice(streets)} {rng.choice(types)}" for _ in range(len(df))]
    roles = guess_settings(df).roles
    assert roles["c5"] == "address" and roles["c1"] == "first_name"


def _spanish_people(n: int = 120) -> list[tuple[str, str, str]]:
    given = ["Lucia", "Pablo", "Carmen", "Javier", "Elena", "Diego", "Marta", "Sergio", "Ines"]
    family = ["Garcia", "Lopez", "Martin", "Sanz", "Gil", "Ruiz", "Moreno", "Navarro", "Blasco",
              "Ortega", "Serrano", "Molina", "Delgado", "Castro", "Vidal", "Pardo"]  # fmt: skip
    return [(given[k % 9], family[(k // 9) % 16], family[(k * 7 + 3) % 16]) for k in range(n)]


def test_whole_names_of_another_systems_records_are_full_names_too():
    # A CRM's whole names and phone numbers, stacked with a card system's embossed names
    # beside the same phones; the CRM's agent's name stands beside the customer's: no one's own.
    people = _spanish_people()
    phones = [f"6{k:08d}" for k in range(120)]
    others = ["Ana", "Luis", "Eva", "Raul", "Sara"]  # the agents' family names the customers'
    agents = [f"{g} {f2}" for g in others for _, _, f2 in people[:6]]
    crm = pd.DataFrame(
        {
            "c1": [f"{g} {f1}" for g, f1, _ in people],
            "c2": phones,
            "c3": [agents[k % 30] for k in range(120)],
        }
    )
    cards = pd.DataFrame({"c4": [f"{g} {f1} {f2}".upper() for g, f1, f2 in people], "c2": phones})
    # A third system's subdistricts, most written with their abbreviated kind ("T. Sila"): no
    # whole names.
    places = [f"{p}{s}" for p in ["Sila", "Lat", "Nong", "Ban", "Khok", "Don"] for s in "abcde"]
    care = pd.DataFrame(
        {
            "c6": [f"T. {places[k % 30]}" if k % 10 > 2 else places[k % 30] for k in range(120)],
            "c2": phones,
        }
    )
    roles = guess_settings(pd.concat([crm, cards, care], ignore_index=True)).roles
    assert roles["c1"] == roles["c4"] == "full_name" and "c3" not in roles
    assert roles.get("c6") != "full_name"
    # The CRM's whole names under their name: the cards' are still read off their values.
    # A care desk's callers, three in ten by their given name alone, are read so too.
    callers = [f"{g} {f1}" if k % 10 > 2 else g for k, (g, f1, _) in enumerate(people)]
    named = pd.concat(
        [crm.rename(columns={"c1": "customer_name"}), cards.assign(c4=callers)], ignore_index=True
    )
    assert guess_settings(named).roles["c4"] == "full_name"


def test_a_column_of_two_family_names_beside_the_given_names_is_the_family_name():
    people = _spanish_people()
    df = pd.DataFrame(
        {
            "c1": [g for g, _, _ in people],
            "c2": [f"{f1} {f2}" for _, f1, f2 in people],  # "apellidos": both family names
            "c3": [f"{g.lower()}.{f1.lower()}{k}@correo.es" for k, (g, f1, _) in enumerate(people)],
        }
    )
    roles = guess_settings(df).roles
    assert (roles["c1"], roles["c2"]) == ("first_name", "last_name")
    # A whole name beside the given name holds it: the full name.
    whole = df.assign(c2=[f"{g} {f1} {f2}" for g, f1, f2 in people])
    assert guess_settings(whole).roles["c2"] == "full_name"


def test_a_phone_column_of_dates_has_no_numbers_to_read():
    # A column given the phone role holding timestamps only: read as no numbers, no error.
    from tekil.inference import dialled_share, phone_region, written_phone_regions

    dates = pd.Series([pd.Timestamp("1985-03-07")] * 3)
    assert (phone_region(dates), written_phone_regions(dates), dialled_share(dates, "TR")) == (
        "TR",
        [],
        0.0,
    )


def test_birth_dates_in_several_forms_a_third_unread_are_no_phone_numbers():
    rng = np.random.default_rng(4)
    days = pd.to_datetime("1940-01-01") + pd.to_timedelta(rng.integers(0, 25_000, 300), unit="D")
    forms = ["%Y-%m-%d", "%Y. %-m. %-d.", "%y%m%d"]  # the last: no one reads it for sure
    df = pd.DataFrame({"c1": [d.strftime(forms[k % 3]) for k, d in enumerate(days)]})
    df["c2"] = [f"010{rng.integers(10**7, 10**8)}" for _ in range(150)] * 2
    assert guess_settings(df).roles == {"c1": "dob", "c2": "phone"}


def test_names_in_hangul_beside_latin_emails_are_whole_names_and_no_towns():
    # A Korean shop's members in Hangul, written with and without a space, beside e-mails in
    # Latin letters that cannot tell whose they are; the town column ends in a place's word.
    family = ["김", "이", "박", "최", "정", "강", "조", "윤"]
    given = ["민수", "지훈", "서연", "하윤", "현우", "지민", "예린", "도윤", "수아", "준호"]
    people = [(family[k % 8], given[(k // 8) % 10]) for k in range(160)]
    towns = [f"{t}{e}" for t in ["강남", "서초", "해운대", "수원", "분당"] for e in "구시동"] * 11
    df = pd.DataFrame(
        {
            "c1": [f"{f}{g}" if k % 3 else f"{f} {g}" for k, (f, g) in enumerate(people)],
            "c2": [f"user{k * 7919 % 10007}@naver.com" for k in range(160)],
            "c3": towns[:160],
        }
    )
    roles = guess_settings(pd.concat([df, df], ignore_index=True)).roles
    assert roles["c1"] == "full_name" and roles.get("c3") != "full_name"


def test_given_names_are_those_the_sex_tells_where_emails_write_the_family_name_first():
    rng = np.random.default_rng(6)
    men = ["Minsu", "Jihun", "Hyunwoo", "Dohyun", "Junho", "Seojun", "Taeyang", "Woojin"]
    women = ["Seoyeon", "Hayoon", "Jimin", "Yerin", "Sua", "Eunji", "Dahye", "Minji"]
    family = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
    sex = rng.choice(["남", "여"], 200)
    given = [rng.choice(men if s == "남" else women) for s in sex]
    last = rng.choice(family, 200)
    df = pd.DataFrame(
        {
            "c1": last,
            "c2": given,
            "c3": [
                f"{f.lower()}{g.lower()}{k}@naver.com"
                for k, (f, g) in enumerate(zip(last, given, strict=True))
            ],
            "c4": sex,
        }
    )
    roles = guess_settings(pd.concat([df, df], ignore_index=True)).roles
    assert (roles["c1"], roles["c2"], roles["c4"]) == ("last_name", "first_name", "gender")


def test_a_systems_names_are_read_where_its_records_write_none_out_and_others_do():
    # A web shop's whole names beside e-mails, stacked with a CRM's given and family names and
    # sex in records of no e-mail and no whole name (a suburb beside them): numbered columns.
    df = _people_without_written_names()
    crm = df[["c1", "c3", "c4", "c6"]].set_axis(["c1", "c2", "c3", "c6"], axis=1)
    people = list(zip(df["c1"], df["c3"], strict=True))[:400]
    shop = pd.DataFrame(
        {
            "c4": [f"{g} {f}" for g, f in people],
            "c5": [f"{g.lower()}.{f.lower()}@mail.com" for g, f in people],
        }
    )
    roles = guess_settings(pd.concat([crm, shop], ignore_index=True)).roles
    assert (roles["c1"], roles["c2"], roles["c4"]) == ("first_name", "last_name", "full_name")
    # Without a sex to tell them, the CRM's columns in either order are left as they are.
    roles = guess_settings(pd.concat([crm.drop(columns="c3"), shop], ignore_index=True)).roles
    assert "first_name" not in roles.values()


def test_each_stacked_systems_given_and_family_names_beside_their_own_emails():
    # A bank's given and family names and a wallet's, in columns of their own, each beside its
    # own e-mails; a SIM registry's names and sex, no e-mail, beside a sex column of its own
    # (the bank's sex column is empty in its records): numbered columns.
    df = _people_without_written_names()
    people = list(zip(df["c1"], df["c3"], df["c4"], strict=True))[:300]
    mail = [f"{g.lower()}.{f.lower()}{k}@mail.com" for k, (g, f, _) in enumerate(people)]
    bank = pd.DataFrame({"c1": [f for _, f, _ in people], "c2": [g for g, _, _ in people]})
    bank = bank.assign(c3=mail, c4=[s for _, _, s in people])
    wallet = pd.DataFrame({"c5": [g for g, _, _ in people], "c6": [f for _, f, _ in people]})
    wallet = wallet.assign(c7=mail)
    sim = pd.DataFrame({"c8": [g for g, _, _ in people], "c9": [f for _, f, _ in people]})
    sim = sim.assign(c10=["MALE" if s == "M" else "FEMALE" for _, _, s in people])
    roles = guess_settings(pd.concat([bank, wallet, sim], ignore_index=True)).roles
    assert (roles["c1"], roles["c2"]) == ("last_name", "first_name")
    assert (roles["c5"], roles["c6"]) == ("first_name", "last_name")
    assert (roles["c8"], roles["c9"]) == ("first_name", "last_name")


def test_a_systems_lone_column_of_names_beside_whole_given_names_is_the_family_name():
    # An Indonesian bank's "nama depan" (given names, often two words) and "nama belakang"
    # (a family name; a mononym written in both), beside e-mails; stacked with a ride app's
    # riders' given names alone: the app's names are the given names, the bank's the family's.
    rng = np.random.default_rng(8)
    given = ["Dewi", "Agus", "Sri", "Budi", "Putri", "Eko", "Rina", "Joko", "Ayu", "Hendra"]
    second = ["Lestari", "Wahyuni", "Santoso", "Pratama", "Kurniawan", "Sari", "Utami"]
    family = ["Siregar", "Nasution", "Lubis", "Halim", "Tanoto", "Wijaya", "Gunawan", "Hakim"]
    family = [f + s for f in family for s in ["", "to", "ni"]]
    bank = []
    for k in range(300):
        g = str(rng.choice(given))
        if k % 3 == 0:  # a mononym, written in both columns
            bank.append((g, g, f"{g.lower()}{k}@mail.co.id"))
        else:
            first = f"{g} {rng.choice(second)}" if k % 3 == 1 else g
            f = str(rng.choice(family))
            bank.append((first, f, f"{first.split()[0].lower()}.{f.lower()}{k}@mail.co.id"))
    bank = pd.DataFrame(bank, columns=["c1", "c2", "c3"])
    rides = pd.DataFrame(
        {
            "c4": [f"{rng.choice(given)}" for _ in range(300)],
            "c5": [f"{g.lower()}{k}@ride.id" for k, g in enumerate(rng.choice(given, 300))],
        }
    )
    rides["c5"] = [f"{g.lower()}{k}@ride.id" for k, g in enumerate(rides["c4"])]
    roles = guess_settings(pd.concat([bank, rides], ignore_index=True)).roles
    assert roles["c2"] == "last_name" and roles["c4"] == "first_name"


def test_hyphenated_given_names_are_one_name_not_whole_names():
    # Korean given names romanised with a hyphen ("Ji-hun", "MIN-SEOK") beside family names
    # and e-mails: numbered columns; each column is one name of the person, not a whole name.
    rng = np.random.default_rng(3)
    given = ["Ji-hun", "Min-seok", "Ha-yoon", "Seo-yeon", "Dong-hyun", "Eun-hee", "Jae-won"]
    given += ["Su-bin", "Ye-rin", "Hyun-woo", "Ji-min", "Tae-yang", "Woo-jin", "Da-hye"]
    family = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
    people = [(str(rng.choice(given)), str(rng.choice(family))) for _ in range(300)]
    df = pd.DataFrame(
        {
            "c1": [g.upper() if k % 4 == 0 else g for k, (g, _) in enumerate(people)],
            "c2": [f for _, f in people],
            "c3": [
                f"{g.replace('-', '').lower()}.{f.lower()}{k}@mail.kr"
                for k, (g, f) in enumerate(people)
            ],
        }
    )
    roles = guess_settings(df).roles
    assert (roles["c1"], roles["c2"]) == ("first_name", "last_name")


def test_names_beside_emails_in_a_contact_column_of_several_kinds():
    # A CRM's contact column keeps an e-mail in one row and a phone number in the next; its
    # given and family names (numbered columns, no sex) are read off those e-mails, as a web
    # shop's whole names are off its own. The CRM's case numbers ("SC-2024-605158": a word and
    # numbers) are no street addresses.
    df = _people_without_written_names()[:400]
    people = list(zip(df["c1"], df["c3"], strict=True))
    crm = pd.DataFrame(
        {
            "c1": [f"SC-{2020 + k % 5}-{600000 + k * 7919 % 99991}" for k in range(400)],
            "c2": [g for g, _ in people],
            "c3": [f for _, f in people],
            "c4": [
                f"{g.lower()}.{f.lower()}@mail.com" if k % 2 else f"04{k * 7919 % 10**8:08d}"
                for k, (g, f) in enumerate(people)
            ],
        }
    )
    shop = pd.DataFrame(
        {
            "c5": [f"{g} {f}" for g, f in people],
            "c6": [f"{g.lower()}{f.lower()}@shop.com" for g, f in people],
        }
    )
    roles = guess_settings(pd.concat([crm, shop], ignore_index=True)).roles
    assert (roles["c2"], roles["c3"], roles["c5"]) == ("first_name", "last_name", "full_name")
    assert "c1" not in roles


def test_the_family_names_beside_given_names_that_emails_write_alone():
    # E-mails that write the given name alone ("omar1987@…"): the family name column beside
    # the given names is the nearest column of single names, not the initials after them.
    df = _people_without_written_names()
    crm = pd.DataFrame(
        {
            "c1": df["c3"],  # family names first, as many forms ask for them
            "c2": df["c1"],
            "c3": df["c2"],  # middle names, a half of them initials
            "c4": [f"{g.lower()}{1950 + k % 50}@mail.com" for k, g in enumerate(df["c1"])],
        }
    )
    roles = guess_settings(crm).roles
    assert (roles["c1"], roles["c2"], roles["c4"]) == ("last_name", "first_name", "email")
    assert roles.get("c3") in (None, "middle_name")


def test_a_households_account_number_on_each_members_lines_is_no_persons_id():
    # A telco's lines: each household's account number on its members' lines, each line with
    # the holder's name beside the member's; its care desk: the holder's calls under the
    # same number, of one name. The care's number is the holder's; the lines' no one's alone.
    from tekil.settings import _persons_ids

    given = ["Anna", "Max", "Lena", "Paul", "Mia", "Jonas", "Lea", "Tim", "Ida", "Ben", "Eva"]
    family = [
        f"{a}{b}"
        for a in ["Schm", "Wag", "Beck", "Hoff", "Kle"]
        for b in ["idt", "ner", "er", "mann", "in", "el"]
    ]
    lines, care = [], []
    for h, fam in enumerate(family):
        holder = given[h % 11]
        for k in range(3):
            lines.append((holder, fam, given[(h + k + 1) % 11], fam, f"41{h:05d}", None))
        care += [(holder, fam, None, None, None, f"41{h:05d}")] * 2
    df = pd.DataFrame(lines + care, columns=["c1", "c2", "c3", "c4", "acct", "cust"])
    roles = {"c1": "first_name", "c2": "last_name", "c3": "first_name", "c4": "last_name"}
    assert _persons_ids(["acct", "cust"], df, roles, seed=0) == ["cust"]


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # SAP's customer master
        ("STRAS", "address"), ("PSTLZ", "postcode"), ("ORT01", "city"), ("REGIO", "region"),
        ("TELF1", "phone"), ("SMTP_ADDR", "email"), ("STCD1", "free_id"),
        # Microsoft Dynamics
        ("address1_stateorprovince", "region"), ("governmentid", "free_id"),
        # Finacle, Temenos T24, Odoo
        ("PAN_GIR_NUM", "free_id"), ("SHORT.NAME", "full_name"), ("TOWN.COUNTRY", "city"),
        ("LEGAL.ID", "free_id"), ("vat", "free_id"),
        # ... and what they are not
        ("vat_rate", None), ("invoice_vat", None), ("sort", None), ("report", None),
    ],
)  # fmt: skip
def test_the_field_names_of_erp_crm_and_core_banking_systems(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A Ghanaian bank's, pension register's and meter file's columns
        ("GHANA_CARD_NO", "free_id"), ("NIA_PIN", "free_id"), ("SSNIT_NO", "free_id"),
        ("NHIS Number", "free_id"), ("DIGITAL_ADDRESS", "address"), ("GPS Address", "address"),
        ("Landmark", "address"), ("Nearest Landmark", "address"),
        # A susu app's Twi labels: a relative's name and phone are someone else's
        ("Awoda", "dob"), ("Fon nɔma", "phone"), ("Beaeɛ a ɔte", "address"),
        ("Abusua din", "last_name"), ("Abusuani", "ignore"), ("Abusuani fon nɔma", "ignore"),
        ("NOMINEE_PHONE", "ignore"),
        # ... and what they are not: India's director number, a trade, a collector
        ("DIN", None), ("Adwuma", None), ("Susu boafoɔ", None),
    ],
)  # fmt: skip
def test_the_column_names_of_ghanaian_systems(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A Thai bank's, lender's and loyalty app's columns
        ("ชื่อ", "first_name"), ("นามสกุล", "last_name"), ("ชื่อ-นามสกุล", "full_name"),
        ("ชื่อ-สกุล", "full_name"), ("เลขประจำตัวประชาชน", "free_id"), ("วันเดือนปีเกิด", "dob"),
        ("เบอร์มือถือ", "phone"), ("เบอร์บ้าน", "phone"), ("อีเมล", "email"), ("อีเมล์", "email"),
        ("รหัสไปรษณีย์", "postcode"), ("ที่อยู่ตามทะเบียนบ้าน", "address"), ("บ้านเลขที่", "house_number"),
        ("ชื่อบิดา", "father_name"), ("ชื่อมารดา", "mother_name"),
        # a nickname, a title, the system's own numbers, a job
        ("ชื่อเล่น", "ignore"), ("คำนำหน้า", "ignore"), ("รหัสลูกค้า", "ignore"),
        ("เลขที่สัญญา", "ignore"), ("อาชีพ", "ignore"),
        # someone else's: a spouse's, a guarantor's, a contact person's
        ("ชื่อคู่สมรส", "ignore"), ("เบอร์คู่สมรส", "ignore"), ("ชื่อผู้ค้ำประกัน", "ignore"),
        ("เลขบัตรผู้ค้ำประกัน", "ignore"), ("เบอร์ผู้ค้ำประกัน", "ignore"), ("เบอร์ผู้ติดต่อ", "ignore"),
        # a place where the person works, not lives
        ("workplace_addr", "ignore"), ("factory_address", "ignore"),
        # ... and what they are not: remarks, a status, a branch code
        ("หมายเหตุ", None), ("สถานะ", None), ("รหัสสาขา", None),
    ],
)  # fmt: skip
def test_the_column_names_of_thai_systems(column, role):
    assert role_from_name(column) == role


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # A Lithuanian bank's, a Latvian telco's and an Estonian e-shop's columns
        ("Vardas", "first_name"), ("Pavardė", "last_name"), ("PAVARDE", "last_name"),
        ("Vārds", "first_name"), ("Uzvārds", "last_name"), ("Eesnimi", "first_name"),
        ("Perekonnanimi", "last_name"), ("Vārds, uzvārds", "full_name"), ("Täisnimi", "full_name"),
        ("Asmens kodas", "free_id"), ("Personas kods", "free_id"), ("Isikukood", "free_id"),
        ("Личный код", "free_id"), ("Gimimo data", "dob"), ("Dzimšanas datums", "dob"),
        ("Sünniaeg", "dob"), ("Telefonas", "phone"), ("Namų telefonas", "phone"),
        ("Tālrunis", "phone"), ("Mobiiltelefon", "phone"), ("El. paštas", "email"),
        ("E-pasts", "email"), ("Adresas", "address"), ("Adrese", "address"), ("Aadress", "address"),
        ("Pašto kodas", "postcode"), ("Pasta indekss", "postcode"), ("Sihtnumber", "postcode"),
        ("Miestas", "city"), ("Pilsēta", "city"), ("Linn", "city"), ("Lytis", "gender"),
        ("Dzimums", "gender"), ("Sugu", "gender"), ("Tēvvārds", "middle_name"),
        ("Mergautinė pavardė", "birth_name"), ("Pirmslaulības uzvārds", "birth_name"),
        ("Фамилия Имя", "full_name"),
        # the systems' own numbers and dates: a customer's, a contract's, an order's
        ("Kliento Nr.", "ignore"), ("Klienta Nr.", "ignore"), ("Kliendi ID", "ignore"),
        ("Līguma datums", "ignore"), ("Tellimuse kuupäev", "ignore"), ("Номер обращения", "ignore"),
        # someone else's: a spouse's, a contact person's, a parcel's recipient's
        ("Sutuoktinis", "ignore"), ("Kontaktpersona", "ignore"), ("Kontaktpersonas tālrunis", "ignore"),
        ("Saaja nimi", "ignore"), ("Saaja telefon", "ignore"), ("Gavėjo telefonas", "ignore"),
        ("Контактное лицо", "ignore"),
        # ... and what they are not: a remark, a branch, a status
        ("Pastabos", None), ("Piezīmes", None), ("Staatus", None),
    ],
)  # fmt: skip
def test_the_column_names_of_baltic_systems(column, role):
    assert role_from_name(column) == role


def test_a_records_first_given_name_is_taken_across_columns_of_any_dtype():
    # The first present value of each row, across columns of pandas' string type, objects
    # and numbers alike, in the columns' order; None where the row has none.
    import warnings

    from tekil.inference import first_present

    rows = pd.DataFrame(
        {
            "a": pd.Series([None, "Ana", None, None], dtype="string"),
            "b": pd.Series(["Rui", "Eva", None, 7], dtype=object),
            "c": [1.0, None, None, 2.0],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert first_present(rows, ["a", "b", "c"]).tolist() == ["Rui", "Ana", None, 7]
        assert first_present(rows, ["c", "a"]).tolist() == [1.0, "Ana", None, 2.0]


def _four_systems(app_names: list[str]) -> pd.DataFrame:
    """A bank's Thai names, a lender's whole ones, a telco's Latin ones and an app's names, of
    the same 60 people."""
    given = ["สมชาย", "สุดา", "มาลี", "วิชัย", "ประเสริฐ", "กนกวรรณ"] * 10
    heads, tails = ["ศรี", "วงศ์", "ทอง", "แก้ว", "บุญ", "สุข"], ["สวัสดิ์", "กุล", "พร", "ดี", "ชัย"]
    family = [f"{h}{m}{t}" for h in heads for t in tails for m in ("", "รัตน")]
    latin = ["Somchai", "Suda", "Malee", "Wichai", "Prasert", "Kanokwan"] * 10
    none = [None] * 60
    return pd.DataFrame(
        {
            "ชื่อ": given + none * 3,
            "นามสกุล": family + none * 3,
            "ชื่อ-นามสกุล": none + [f"{g} {f}" for g, f in zip(given, family, strict=True)] + none * 2,
            "FIRST_NAME": none * 2 + latin + none,
            "LAST_NAME": none * 2
            + [f"Srisuk{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(60)]
            + none,
            "display_name": none * 3 + app_names,
            "เบอร์มือถือ": [f"08{k:08d}" for k in range(60)] * 4,
        }
    )


def test_an_apps_names_of_one_word_that_no_other_system_holds_are_nicknames():
    # A Thai loyalty app's display names: the nickname a Thai goes by (นก, Nok, golf_555), which
    # has nothing of the given name on papers, is no evidence for or against.
    nicks = ["Nok", "นก", "ตุ่ม", "พลอย", "Beer", "golf_555", "น้องออย", "Ploy🌸", "แบงค์", "เฟิร์น"] * 6
    roles = guess_settings(_four_systems(nicks)).roles
    assert roles["display_name"] == "ignore"
    assert roles["ชื่อ"] == "first_name" and roles["FIRST_NAME"] == "first_name"


def test_an_apps_names_of_one_word_that_other_systems_hold_are_names():
    # ... but the given names alone (a CRM's "Somchai", a Javanese single name) are names, and
    # whole names of two words are whatever other systems hold.
    given = ["สมชาย", "Suda", "มาลี", "Wichai", "Nok", "ประเสริฐ"] * 10
    assert guess_settings(_four_systems(given)).roles["display_name"] == "full_name"
    whole = [f"Nok Srisuk{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(60)]
    assert guess_settings(_four_systems(whole)).roles["display_name"] == "full_name"


def test_nicknames_are_told_by_the_names_readings_across_scripts():
    # A file without its header: a lender's whole names in Thai script, a telco's given names
    # in Latin letters (which meet the Thai names' readings: สมชาย, somchai) and an app's
    # nicknames (which meet nothing): the nicknames are no evidence.
    given = ["สมชาย", "สุดา", "มาลี", "วิชัย", "สมศักดิ์", "ทองใบ"] * 10
    latin = ["Somchai", "Suda", "Mali", "Wichai", "Somsak", "Thongbai"] * 10
    heads, tails = ["ศรี", "วงศ์", "ทอง", "แก้ว", "บุญ", "สุข"], ["สวัสดิ์", "กุล", "พร", "ดี", "ชัย"]
    family = [f"{h}{m}{t}" for h in heads for t in tails for m in ("", "รัตน")]
    nicks = ["Nok", "นก", "ตุ่ม", "พลอย", "Beer", "Golf", "ออย", "Ploy", "แบงค์", "เฟิร์น"] * 6
    none = [None] * 60
    df = pd.DataFrame(
        {
            "column_1": [f"{g} {f}" for g, f in zip(given, family, strict=True)] + none * 2,
            "column_2": none + latin + none,
            "column_3": none
            + [f"Sri{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(60)]
            + none,
            "column_4": none * 2 + nicks,
            "column_5": [f"08{k:08d}" for k in range(60)] * 3,
        }
    )
    roles = {"column_1": "full_name", "column_2": "first_name", "column_4": "first_name"}
    roles |= {"column_3": "last_name", "column_5": "phone"}
    from tekil.settings import _Filled, _nickname_columns

    assert _nickname_columns(_Filled(df), roles, 500, 0) == ["column_4"]
    roles["column_4"] = "ignore"  # ... and without them, the telco's names are names
    assert _nickname_columns(_Filled(df), roles, 500, 0) == []
