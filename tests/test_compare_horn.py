"""Somali names in Somali orthography (``x`` for ħ, ``c`` for ʿ, long vowels doubled) against
their English spellings, in a file of Somali names; other files' names as they were."""

import numpy as np
import pandas as pd

from tekil.compare import compare, default_comparisons
from tekil.normalize.somali import english_somali, written_somali
from tekil.records import prepare
from tekil.settings import Settings

#: Names in Somali orthography, as a wallet's KYC holds them.
SOMALI = ["Maxamed Cabdi Nuur", "Faadumo Xasan", "Caasha Cumar Jaamac", "Hodan Saciid",
          "Aamina Yuusuf"] * 3  # fmt: skip
DUTCH = ["Jan de Vries", "Piet Jansen", "Anna Bakker", "Kees Coolen", "Saar Claasen"] * 5


def _levels(pairs: list[tuple[str, str]], others: list[str]) -> dict[str, list[str]]:
    names = [n for pair in pairs for n in pair] + others
    df = pd.DataFrame({"full_name": names})
    recs = prepare(df, Settings(roles={"full_name": "full_name"}), np.arange(len(df)))
    comps = default_comparisons(recs)
    a = np.arange(0, 2 * len(pairs), 2)
    levels = compare(recs, a, a + 1, comps)
    return {c.field: [c.levels[x] for x in levels[:, k]] for k, c in enumerate(comps)}


def test_somali_orthography_meets_the_english_spelling():
    """``Cali Ibraahim`` and ``Ali Ibrahim``, ``Cabdullaahi Jaamac`` and ``Abdullahi Jama``: one
    name; ``Maxamed Xuseen`` and ``Mohamed Hussein`` closer than before."""
    pairs = [("Cali Ibraahim Cismaan", "Ali Ibrahim Osman"),
             ("Cabdullaahi Jaamac", "Abdullahi Jama"), ("Maxamed Xuseen", "Mohamed Hussein")]  # fmt: skip
    levels = _levels(pairs, SOMALI)
    assert levels["first_name"][:2] == ["exact", "exact"]
    assert levels["last_name"][1:] == ["exact", "jw_0.92"]


def test_other_names_stay_apart():
    """``Xasan`` (Hassan) and ``Hussein`` are two names, read so or not."""
    levels = _levels([("Xasan Cali", "Hussein Ali")], SOMALI)
    assert levels["first_name"] == ["else"]


def test_a_file_of_few_somali_written_names_keeps_its_letters():
    """A Dutch file's ``Kees Coolen`` (a long vowel and a ``c`` before one) is no Somali name:
    ``Coolen`` and ``Oolen``, ``Carlos Cruz`` and ``Arlos Ruz`` are compared as they were."""
    levels = _levels([("Kees Coolen", "Kees Oolen"), ("Carlos Cruz", "Arlos Ruz")], DUTCH)
    assert levels["last_name"] == ["jw_0.92", "jw_0.80"]
    assert levels["first_name"] == ["exact", "jw_0.92"]


def test_reading_and_telling_somali_orthography():
    assert [english_somali(t) for t in ("maxamed", "cabdi", "xaliimo", "saciid")] == [
        "mahamed", "abdi", "halimo", "said"]  # fmt: skip
    assert written_somali("faadumo cabdi") and not written_somali("fadumo abdi")
    assert not written_somali("xavier") and not written_somali("maxim petrov")


def test_e_mail_addresses_are_told_somali_by_their_local_part_alone():
    """``outlook.com`` and ``yahoo.com`` hold a long vowel and a ``c`` beside one: a file whose
    addresses are at them is no file of Somali names (the readings would drop every ``c``:
    ``ceren@`` and ``eren@`` one), where one whose local parts are written so is."""
    from tekil.similarity import somali_readings

    turkish = np.array(
        [f"{n}{k}@{d}" for n in ("ceren", "can.tuncer", "melike") for k in range(3)
         for d in ("outlook.com", "yahoo.com")], dtype=object)  # fmt: skip
    assert somali_readings(turkish)[0] is None
    somali = np.array(["cabdullaahi.xasan@gmail.com", "faadumo.cali@outlook.com"], dtype=object)
    readings, read = somali_readings(somali)
    assert read[:2].all() and readings[0].startswith("abdulahi.hasan@")
