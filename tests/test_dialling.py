import pandas as pd

from tekil.dialling import own_phone_regions


def test_a_column_of_two_countries_numbers_stays_with_the_files_region():
    # A Singapore bank's CRM: Singapore numbers written nationally (8 digits, which Malaysia's
    # plan reads as landlines of its 09 area) beside Malaysian ones with their trunk zero.
    singapore = [f"9{6 + k % 3}{k * 7919 % 10**6:06d}" for k in range(30)]
    malaysia = [
        f"01{[2, 3, 6, 7, 9][k % 5]}-{k * 13 % 1000:03d} {k * 7 % 10**4:04d}" for k in range(30)
    ]
    crm = singapore + malaysia + ["+6591234567", "+60123456789"]
    df = pd.DataFrame({"CONTACT_NO": crm, "HP_NO": ["+6581234567"] * len(crm)})
    assert own_phone_regions(df, ["CONTACT_NO"], "SG", ["SG", "MY"], seed=0) == {}
    # A Malaysian system's own column, dialled with the trunk zero, is read in Malaysia.
    df["MY_APP"] = malaysia * 2 + ["+60123456789", "+60123456780"]
    assert own_phone_regions(df, ["MY_APP"], "SG", ["SG", "MY"], seed=0) == {"MY_APP": "MY"}
