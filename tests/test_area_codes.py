"""Area codes kept apart from their phone numbers, read as one number."""

import pandas as pd

import tekil
from frames import listed
from tekil.area_codes import join_area_codes
from tekil.derived import read_as


def test_an_area_code_is_written_before_local_numbers_only():
    df = pd.DataFrame(
        {
            "DDD": ["11", "21", None, "(11)", "11"],
            "telefone": ["98765-4321", "98765-4321", "3333-4444", "+55 21 99999 8888", None],
        }
    )
    out, roles = join_area_codes(df, {"DDD": "postcode", "telefone": "phone"})
    assert roles == {"DDD + telefone": "phone"}
    assert listed(out["DDD + telefone"]) == [
        "11 98765-4321",
        "21 98765-4321",
        "3333-4444",  # no area code: the number as written
        "+55 21 99999 8888",  # written whole
        None,
    ]


def test_no_join_without_one_phone_column_or_codes_under_an_area_name():
    codes = {"Area Code": ["212", "415"], "home": ["555-0143", "555-0199"]}
    two = pd.DataFrame({**codes, "mobile": ["555-0100", "555-0101"]})
    roles = {"home": "phone", "mobile": "phone"}
    assert join_area_codes(two, roles) == (two, roles)
    regions = pd.DataFrame({"sales_area_code": ["North", "South"], "tel": ["5550143", "5550199"]})
    assert join_area_codes(regions, {"tel": "phone"})[1] == {"tel": "phone"}


def test_the_same_local_number_in_two_towns_is_two_people_and_new_data_is_read_alike():
    given = ["Ann", "Ann", "Bob", "Bob", "Cem", "Cem"]
    df = pd.DataFrame(
        {
            "first_name": given,
            "last_name": ["Lee", "Lee", "Ray", "Ray", "Kaya", "Kaya"],
            "area_code": ["212", None, "415", "415", "212", "212"],
            "phone": ["555-0143", "(212) 555-0143", "555-0143", "555 0143", "555-0177", "5550177"],
        }
    )
    result = tekil.dedupe(df, settings={"card_key": "k"})  # roles guessed
    assert result.settings.roles["area_code + phone"] == "phone"
    labels = result.clusters["cluster_id"].tolist()
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[4] == labels[5]
    assert labels[0] != labels[2]  # 555-0143 in New York and in San Francisco
    # A frame read with the guessed settings (a store, a customer view) is joined alike.
    new = read_as(df.iloc[:1], result.settings.roles)
    assert new["area_code + phone"].tolist() == ["212 555-0143"]
