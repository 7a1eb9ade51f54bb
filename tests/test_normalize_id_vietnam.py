import pandas as pd

from tekil.normalize.addresses import postcode_digits
from tekil.normalize.ids import free_id


def test_nine_digit_cmnds_beside_twelve_digit_cccds_keep_their_length():
    # One column of Vietnam's old identity cards and new citizen's cards: the short ones are
    # numbers of their own, not twelve-digit ones that lost three leading zeros.
    written = ["079091013300", "001185438411", "048207330129", "199075796", "036157868510"]
    digits = postcode_digits(written * 4)
    assert digits is None
    assert free_id(pd.Series(written), digits)["value"].tolist() == written


def test_codes_that_lost_a_leading_zero_are_still_padded():
    assert postcode_digits(["06100", "34710", "6100", "10100", "20100"] * 4) == 5
