import pandas as pd

from tekil.records import normalisers
from tekil.settings import Settings


def test_a_column_whose_records_give_no_country_is_read_in_its_own_region():
    # An Indonesian and Thai group's file: the wallet gives each user's country (Indonesia
    # most) and writes numbers in full; the Indonesian bank writes its customers' mobiles
    # nationally (0812...), and so does the Thai bank (081..., 080..., 093...), giving no country.
    n = 40
    wallet = pd.DataFrame(
        {
            "phone": [f"+62812{5550000 + 7919 * k:08d}" for k in range(n)]
            + [f"+66{[81, 62, 95][k % 3]}{3150000 + 7919 * k:07d}" for k in range(n // 2)],
            "country": ["ID"] * n + ["TH"] * (n // 2),
        }
    )
    indonesian = pd.DataFrame({"no_hp": [f"0813{7660000 + 7919 * k:08d}" for k in range(n)]})
    thai = pd.DataFrame(
        {"เบอร์โทร": [f"0{[81, 84, 80, 93][k % 4]}{1000000 + 7919 * k:07d}" for k in range(n)]}
    )
    df = pd.concat([wallet, indonesian, thai], ignore_index=True)
    roles = {"phone": "phone", "no_hp": "phone", "เบอร์โทร": "phone", "country": "country"}
    region = {c: kw.get("region") for c, (_, kw) in normalisers(df, Settings(roles=roles)).items()}
    assert (region["phone"], region["no_hp"], region["เบอร์โทร"]) == ("ID", "ID", "TH")
