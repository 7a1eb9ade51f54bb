"""Which country's plan reads a column of numbers written without a country code."""

import numpy as np
import pandas as pd
import pytest

from tekil.inference import phone_region
from tekil.normalize.phones import plan_fit


def _numbers(prefixes: list[str], digits: int, n: int = 200, seed: int = 0) -> list[str]:
    """``n`` numbers of the prefixes (cycled) and ``digits`` random digits after them."""
    rng = np.random.default_rng(seed)
    return [
        f"{prefixes[k % len(prefixes)]} {rng.integers(10**digits):0{digits}d}" for k in range(n)
    ]


@pytest.mark.parametrize(
    ("region", "prefixes", "digits"),
    [
        # Spanish and Polish mobiles have no trunk prefix: Germany's and France's plans read
        # them too, but a German or a French number written nationally starts with 0.
        ("ES", ["612", "655", "699", "722"], 6),
        ("PL", ["501", "533", "602", "691", "724", "791", "886"], 6),
        # Ghana's mobiles with their trunk zero are landlines in the German, Dutch, French or
        # Italian plans, and Ghana is in no list tekil tries first. (Kenya's 07xx xxxxxx are
        # Romania's, Ukraine's and South Africa's mobiles too: no plan can tell.)
        ("GH", ["024", "054", "055", "020"], 7),
        # The countries that read them before still do.
        ("TR", ["0532", "0505", "0544"], 7),
        ("DE", ["0151", "0160", "0176"], 8),
        ("GB", ["07723", "07400", "07584", "07817"], 6),
        ("FR", ["06 12", "06 45", "06 78", "07 81"], 6),
    ],
)
def test_numbers_written_nationally_read_in_the_country_that_dials_them_so(
    region, prefixes, digits
):
    # (As a phone column's numbers are read: a column's role read off its values tries the
    # common regions only, where many small countries' plans would read customer numbers.)
    assert phone_region(pd.Series(_numbers(prefixes, digits)), everywhere=True) == region


def test_numbers_stored_without_their_trunk_zero_read_as_valid_as_before():
    # A spreadsheet's integers: no plan reads them as written, Turkey's reads them as valid.
    integers = pd.Series([5321234567.0 + 7919 * k for k in range(60)])
    assert phone_region(integers) == "TR"


def test_ids_that_lax_plans_read_are_not_taken_for_a_far_countrys_landlines():
    # Eleven-digit ids from 22: Luxembourg's plan reads them as landlines written as dialled
    # there; a plan of the world's others is taken only for numbers mostly mobile.
    rng = np.random.default_rng(3)
    ids = pd.Series([f"22{rng.integers(10**8, 10**9)}" for _ in range(150)])
    assert phone_region(ids, everywhere=True) == "DE"  # the first common plan that reads them
    # Seven-digit account numbers read as Gabon's mobiles, but only everywhere.
    accounts = pd.Series([f"41{rng.integers(10**4, 10**5)}" for _ in range(150)])
    assert phone_region(accounts) != "GA"


def test_an_unplussed_number_of_the_country_s_code_in_a_range_its_plan_lacks_is_read_so():
    # "76051552093", no national number in Russia: "+7 605 155 2093" stored without its "+"
    # (made-up test data, a range opened after the metadata), kept to match as that one is.
    from tekil.normalize import phone

    out = phone(pd.Series(["76051552093", "+7 605 155 2093"]), region="RU")
    assert out["value"].tolist() == ["+76051552093"] * 2


def test_plan_fit_counts_valid_dialled_and_mobile_numbers():
    spanish = pd.Series(["612 34 56 78", "699 12 34 56", "91 123 45 67", "nonsense 12345"])
    assert plan_fit(spanish, "ES") == (0.75, 0.75, pytest.approx(2 / 3))
    valid, dialled, _ = plan_fit(spanish, "DE")
    assert dialled == 0.0 < valid  # Germany's plan reads them, but no German writes them so
    assert plan_fit(pd.Series([], dtype=object), "ES") == (0.0, 0.0, 0.0)


def _region_read(df: pd.DataFrame, roles: dict[str, str]) -> str:
    from tekil.records import normalisers
    from tekil.settings import Settings

    return normalisers(df, Settings(roles=roles))["tel"][1]["region"]


def test_a_files_e_mail_domains_tell_the_country_its_numbers_are_dialled_in():
    # Dutch numbers read as French ones too (0 and nine digits, 06 mobiles in both plans);
    # the customers' addresses at Dutch domains tell them apart. Addresses at gmail.com or at
    # vanity domains (.io, .co) tell nothing.
    tel = _numbers(["06 12", "06 45", "06 87", "020 5", "010 4"], 6, n=100)
    dutch = [f"klant{k}@{['ziggo.nl', 'kpnmail.nl', 'gmail.com'][k % 3]}" for k in range(100)]
    roles = {"tel": "phone", "mail": "email"}
    assert _region_read(pd.DataFrame({"tel": tel, "mail": dutch}), roles) == "NL"
    vanity = [f"klant{k}@{['startup.io', 'brand.co', 'gmail.com'][k % 3]}" for k in range(100)]
    assert _region_read(pd.DataFrame({"tel": tel, "mail": vanity}), roles) == "FR"
    # A country column outweighs the e-mails (Belgian mobiles read in the Netherlands too);
    # numbers that do not read in the e-mails' country are read where they do.
    belgian = _numbers(["0470", "0486", "0495"], 6, n=100)
    both = pd.DataFrame({"tel": belgian, "mail": dutch, "land": "Belgium"})
    assert _region_read(both, {**roles, "land": "country"}) == "BE"
    spanish = _numbers(["612", "655", "699"], 6, n=100)
    assert _region_read(pd.DataFrame({"tel": spanish, "mail": dutch}), roles) == "ES"


def test_no_e_mail_address_is_no_hint():
    from tekil.dialling import mail_region

    roles = {"mail": "email"}
    assert mail_region(pd.DataFrame({"mail": [None, None, ""]}), roles) is None
    assert mail_region(pd.DataFrame({"mail": ["not an address"] * 30}), roles) is None
    assert mail_region(pd.DataFrame({"mail": [None, "4111 1111 1111 1111"]}), roles) is None
    assert mail_region(pd.DataFrame({"tel": ["0532 123 45 67"]}), {"tel": "phone"}) is None


def test_numbers_stored_with_their_country_code_but_no_plus_are_that_country_s():
    """A wallet's MSISDNs, "959401008531": none written with a "+" to tell the country, which
    half of them read so are valid in; a number of the column's old form is read there too."""
    from tekil import normalize
    from tekil.inference import role_from_values, written_phone_regions

    numbers = pd.Series(_numbers(["95940", "95996", "95926", "95979"], 7))
    numbers = numbers.str.replace(" ", "")
    assert written_phone_regions(numbers) == ["MM"]
    assert role_from_values(numbers) == "phone"
    read = normalize.phone(numbers, region=phone_region(numbers), also=["MM"])
    assert read["value"].str.startswith("+959").all()
    # Ids of as many digits are valid as numbers of no one country: none is taken.
    ids = pd.Series(np.random.default_rng(1).integers(10**11, 10**12, 200).astype(str))
    assert written_phone_regions(ids) == []


@pytest.mark.parametrize(
    ("region", "prefixes", "digits"),
    [
        ("GH", ["024", "054", "055", "020"], 7),
        ("TR", ["0532", "0505", "0544"], 7),
        ("DE", ["0151", "0160", "0176"], 8),
        ("GB", ["07723", "07400", "07584", "07817"], 6),
        ("FR", ["06 12", "06 45", "06 78", "07 81"], 6),
    ],
)
def test_numbers_stored_as_numbers_read_where_they_were_written(region, prefixes, digits):
    # A CSV read with its types guessed (read_csv's default) stores a column of digits as
    # numbers: a number loses the trunk 0 it is dialled with (0244 123 4567 is 244123467.0),
    # which a plan of no trunk prefix (or a lax one) would read as its own.
    written = _numbers(prefixes, digits, n=300)
    stored = pd.Series([float(n.replace(" ", "")) for n in written])
    assert phone_region(stored, everywhere=True) == region


def test_msisdns_stored_as_numbers_count_as_written_out():
    # Ethiopian mobiles, a third of them a telco's MSISDNs with the country code, stored as
    # numbers: 0911 38 35 18 is 911383518.0, +251 911 38 35 18 is 251911383518.0. Beside
    # numbers that a few customers abroad wrote with their codes (+49, +1), the MSISDNs count
    # as written out as often as they are, and Ethiopia's plan reads the rest: not Germany's,
    # which reads the nine digits with a 0 before them as its landlines.
    rng = np.random.default_rng(3)
    national = [float(f"9{rng.integers(1, 6)}{rng.integers(10**7):07d}") for _ in range(300)]
    mixed = national[:200] + [251e9 + n for n in national[200:]]
    abroad = [f"+49 151 {k:08d}" for k in range(20)] + [f"+1 202 555 {k:04d}" for k in range(20)]
    assert phone_region(pd.Series(mixed + abroad, dtype=object), everywhere=True) == "ET"


def test_a_csv_read_with_its_types_guessed_is_read_as_its_text():
    # read_csv's default stores a column of digits as numbers (floats, where cells are
    # empty): postcodes are 10484.0, which astype(str) writes with its ".0"; the guesses read
    # each cell as the normalisers do, 10484, and find the postcodes the text gives.
    from tekil.inference import postcode_like
    from tekil.normalize._common import as_strings

    codes = np.random.default_rng(0).integers(10000, 85000, 300)
    assert postcode_like(pd.Series(codes.astype(float)))
    assert postcode_like(pd.Series([str(c) for c in codes]))
    assert as_strings(pd.Series([10484.0, "07 81", 7])).tolist() == ["10484", "07 81", "7"]
