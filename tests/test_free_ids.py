"""Identifiers of no format tekil knows, written with their document's type or without."""

import pandas as pd

from tekil.normalize.ids import document_labels, free_id
from tekil.records import normalisers
from tekil.settings import Settings


def _documents() -> pd.Series:
    # A Colombian system writes the document's type, a Chilean one the RUT's, the others not.
    numbers = [f"{16083299 + 7919 * k}" for k in range(40)]
    labelled = [f"{['CC', 'C.C.', 'RUT'][k % 3]} {n}" for k, n in enumerate(numbers)]
    return pd.Series(labelled + numbers + ["T-25786889", "AB 12 34 56 C"])


def test_a_document_label_that_the_column_also_leaves_out_is_dropped():
    documents = _documents()
    assert document_labels(documents) == ("CC", "RUT")
    arguments = normalisers(pd.DataFrame({"doc": documents}), Settings(roles={"doc": "free_id"}))
    out = free_id(documents, **arguments["doc"][1])["value"].tolist()
    assert out[:3] == ["16083299", "16091218", "16099137"]  # CC, C.C. and RUT dropped
    assert out[:40] == out[40:80]  # as the systems that write no label write them
    assert out[80:] == ["T25786889", "AB123456C"]  # no label: kept as they are


def test_letters_that_begin_numbers_are_no_labels():
    # UK National Insurance numbers begin with letters that vary, and tickets with a letter
    # that no number is written without: neither is a document's type.
    ni = pd.Series([f"{a}{b} {10 + k} 34 56 C" for k, (a, b) in enumerate(["JK", "NP"] * 30)])
    assert document_labels(ni) == ()
    tickets = pd.Series([f"T-{25786889 + k}" for k in range(60)])
    assert document_labels(tickets) == ()
    assert free_id(pd.Series(["CC 16083299"]))["value"].tolist() == ["CC16083299"]


def test_national_insurance_numbers_written_in_pairs_are_no_streets():
    """``MK 03 42 30 D`` has words and numbers as a street has, under ``NI Number``: the values
    do not overrule the name, whichever way the numbers are written; streets stay streets."""
    import tekil
    from tekil.inference import street_like

    letters = ["MK", "HA", "TJ", "YP", "RZ", "EG", "PC", "JB", "NW", "SE"]
    ni = [
        f"{letters[k % 10]} {k % 90 + 10} {(k * 7) % 90 + 10} {(k * 3) % 90 + 10} {'ABCD'[k % 4]}"
        if k % 4
        else f"{letters[k % 10]}{k * 7919 % 900000 + 100000}{'ABCD'[k % 4]}"
        for k in range(120)
    ]
    assert not street_like(pd.Series(ni))
    surnames = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts"]
    df = pd.DataFrame({"Surname": [surnames[k % 8] for k in range(120)], "NI Number": ni})
    assert tekil.guess_settings(df).roles["NI Number"] == "free_id"
    assert street_like(pd.Series([f"{k + 1} {surnames[k % 8]} Road, Leeds" for k in range(120)]))
