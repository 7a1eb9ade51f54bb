"""The e-mail domains' country hint on a file whose e-mail column holds nothing (found by the
junk-cells test while probing ``southeu``)."""

from __future__ import annotations

import pandas as pd

from tekil.dialling import mail_region


def test_an_email_column_of_empty_cells_or_no_addresses_gives_no_country():
    for cells in ([None, ""], [None, "4111 1111 1111 1111"]):
        df = pd.DataFrame({"email": cells, "phone": ["0532 111 22 33", None]})
        assert mail_region(df, {"email": "email", "phone": "phone"}) is None
