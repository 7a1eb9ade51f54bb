import pandas as pd

from tekil.dialling import own_phone_regions

# Hong Kong mobiles that Taiwan's plan reads too (as 8-digit landlines), and some it does not.
HK_ALSO_TW = [
    "54047966",
    "69725102",
    "63464686",
    "67151620",
    "66610990",
    "69584830",
    "60119803",
    "62667869",
    "66484850",
    "69506992",
    "55755947",
    "61959264",
    "60623079",
    "61284308",
]
HK_ONLY = ["91234567", "92345678", "93456789", "94567890", "95678901", "96789012", "97890123"]  # fmt: skip


def test_a_columns_own_region_is_the_written_one_that_reads_most_of_its_numbers():
    # A Hong Kong card system writes its own customers' mobiles nationally, and its Taiwan
    # customers' in full: Taiwan's plan reads most of the national numbers, Hong Kong's all.
    cards = HK_ALSO_TW + HK_ONLY + ["+886 912 345 678", "+886 928 765 432", "+886 933 111 222"]
    mainland = [f"139{k:08d}" for k in range(len(cards) - 2)] + ["+852 9123 4567", "+85261234567"]
    df = pd.DataFrame({"MOBILE_NO": cards, "手机号": mainland})
    own = own_phone_regions(df, ["MOBILE_NO", "手机号"], "CN", ["TW", "HK"], seed=0)
    assert own == {"MOBILE_NO": "HK"}
