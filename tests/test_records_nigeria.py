import numpy as np
import pandas as pd

from tekil.records import prepare
from tekil.settings import Settings


def test_two_word_whole_names_written_family_name_first_split_as_the_records_own_names_are():
    # A wallet keeps "Funke" and "Adeyemi" apart; the bank writes "ADEYEMI FUNKE", family name
    # first: its last word is a given name's in the data, its first a family name's. Words
    # the data writes both ways, or does not know, stay as written.
    given = ["Funke", "Emeka", "Funke", "Ngozi", "Musa", "Bello"]
    family = ["Adeyemi", "Okafor", "Okafor", "Adeyemi", "Bello", "Musa"]
    whole = ["ADEYEMI FUNKE", "OKAFOR NGOZI", "Emeka Okafor", "MUSA BELLO", "John Smith"]
    df = pd.DataFrame(
        {
            "first_name": [*given, *[None] * len(whole)],
            "last_name": [*family, *[None] * len(whole)],
            "account_name": [*[None] * len(given), *whole],
        }
    )
    roles = {"first_name": "first_name", "last_name": "last_name", "account_name": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    read = [(first.value_of(k), last.value_of(k)) for k in range(len(given), len(df))]
    assert read == [
        ("funke", "adeyemi"),
        ("ngozi", "okafor"),
        ("emeka", "okafor"),
        ("musa", "bello"),  # each written both ways: as written
        ("john", "smith"),
    ]
