from tekil.settings import role_from_name


def test_hebrew_column_names():
    # Israeli systems name their columns in Hebrew; the father's name is someone else's.
    hebrew = {
        "שם פרטי": "first_name",
        "שם משפחה": "last_name",
        "שם מלא": "full_name",
        "שם האב": "father_name",
        "שם האם": "mother_name",
        "שם נעורים": "birth_name",
        "ת.ז.": "free_id",
        "ת.ז": "free_id",
        "מספר זהות": "free_id",
        "תעודת זהות": "free_id",
        "תאריך לידה": "dob",
        "טלפון נייד": "phone",
        "טלפון בבית": "phone",
        "כתובת": "address",
        "עיר": "city",
        "יישוב": "city",
        "מיקוד": "postcode",
        'דוא"ל': "email",
        "דוא״ל": "email",  # with a real gershayim
        "מין": "gender",
        "teudat_zehut": "free_id",
    }
    assert {c: role_from_name(c) for c in hebrew} == hebrew
    # a system's own customer or member number is no identifier shared across systems
    assert role_from_name("מספר לקוח") == "ignore"
    assert role_from_name("מספר חבר") == "ignore"
