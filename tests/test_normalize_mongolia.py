from tekil.settings import _receivers, role_from_name


def test_mongolian_column_names():
    # Mongolian systems name their columns in Cyrillic or in its Latin letters: "Овог" is the
    # patronymic Mongolians write where others write a family name, "Нэр" the given name.
    names = {
        "Овог": "last_name",
        "Нэр": "first_name",
        "Ovog": "last_name",
        "Ner": "first_name",
        "Эцэг /эх/-ийн нэр": "last_name",
        "Овог нэр": "full_name",
        "Регистрийн дугаар": "free_id",
        "РД": "free_id",
        "RD": "free_id",
        "Төрсөн огноо": "dob",
        "Төрсөн он сар өдөр": "dob",
        "Tursun_ognoo": "dob",
        "Хүйс": "gender",
        "Гар утас": "phone",
        "Гэрийн утас": "phone",
        "Утасны дугаар": "phone",
        "Хаяг": "address",
        "Гэрийн хаяг": "address",
        "Hayag": "address",
        "И-мэйл": "email",
        "Дүүрэг": "district",
        "Хороо": "district",
        "Аймаг": "region",
        "외국인등록번호": "free_id",
    }
    assert {c: role_from_name(c) for c in names} == names
    # a system's own customer, policy or contract number; the clan name a family shares
    for own in ("Харилцагчийн код", "Даатгуулагчийн дугаар", "Гэрээний дугаар", "Ургийн овог"):
        assert role_from_name(own) == "ignore"


def test_mongolian_someone_elses_columns():
    # an emergency contact's name and phone, a beneficiary's, a spouse's are someone else's
    for other in (
        "Яаралтай үед холбоо барих",
        "Яаралтай үед холбоо барих утас",
        "Ашиг хүртэгч",
        "Ашиг хүртэгчийн утас",
        "Холбоо барих хүний утас",
        "Эхнэрийн нэр",
        "Нөхрийн утас",
        "Батлан даагчийн утас",
        "Хэн болох",
    ):
        assert role_from_name(other) == "ignore", other
    # a parent's given name is a parent's
    assert role_from_name("Аавын нэр") == "father_name"
    assert role_from_name("Ээжийн нэр") == "mother_name"
    # the customer's own contact number stays theirs
    assert role_from_name("Холбоо барих утас") == "phone"
    # a Korean transfer's receiver is weighed as someone else's, the customer's phone is not
    assert _receivers("수취인") and _receivers("수취인 연락처")
    assert not _receivers("휴대폰")
