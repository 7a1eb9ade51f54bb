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


def test_north_american_numbers_without_their_1_are_dialled_as_there():
    # A US remittance app: its customers' mobiles written as North Americans write them (no
    # leading 1), its beneficiaries' in Mexico and Guatemala in full. Mexico's plan (no trunk
    # prefix) reads many ten-digit North American numbers too: they stay North American.
    codes = ["713", "832", "305", "212", "514", "416", "602", "210"]
    nanp = [f"({codes[k % 8]}) {200 + k * 7 % 700}-{k * 379 % 10**4:04d}" for k in range(40)]
    nanp += [f"{codes[k % 8]}{200 + k * 3 % 700}{k * 911 % 10**4:04d}" for k in range(40)]
    beneficiaries = [f"+52 {k % 9 + 1}{k * 7919 % 10**9:09d}" for k in range(50)]
    df = pd.DataFrame(
        {"celular": nanp + ["+1 713 555 0188"] * 20, "tel_beneficiario": beneficiaries * 2}
    )
    written = ["US", "MX", "GT"]
    assert own_phone_regions(df, ["celular"], "US", written, seed=0) == {}
    assert own_phone_regions(df, ["celular"], "CA", written, seed=0) in ({}, {"celular": "US"})
    # A Mexican system's own numbers, written nationally, are still read in Mexico.
    df["cel_mx"] = [f"55 {1000 + k * 37 % 9000} {k * 53 % 10**4:04d}" for k in range(100)]
    assert own_phone_regions(df, ["cel_mx"], "US", written, seed=0) == {"cel_mx": "MX"}
