"""Identifiers of no format tekil knows (a passport, an NRIC, a member number): their letters
and digits, and the last four, which a masked or shortened copy of the number still shows.

>>> free_id(pd.Series(["S1234567D", "S****567D", "XXXX-1234", "567D"])).to_dict("list")
{'value': ['S1234567D', None, None, '567D'], 'reason': [None, 'masked', 'masked', None], 'tail': ['567D', '567D', '1234', '567D']}
>>> free_id(pd.Series(["ΑΚ 123456", "AK123456", "Σ-654321"]))["value"].tolist()
['AK123456', 'AK123456', 'S654321']

A Sri Lankan NIC of the old form is read as its new form (:mod:`tekil.normalize.nic`):

>>> free_id(pd.Series(["851234578V", "851234578 v", "198512304578"]))["value"].tolist()
['198512304578', '198512304578', '198512304578']

A Myanmar NRC in Burmese or Latin letters is read as one (:mod:`tekil.normalize.nrc`):

>>> free_id(pd.Series(["12/LaMaNa(N)123456", "၁၂/လမန(နိုင်)၁၂၃၄၅၆"]))["value"].tolist()
['12LMNN123456', '12LMNN123456']

A Brazilian RG is read without its issuer and state (``SSP/SP``), which some systems write:

>>> free_id(pd.Series(["12.345.678-9 SSP/SP", "123456789", "1234567-0 PR", "12345678 Z"]))["value"].tolist()
['123456789', '123456789', '12345670', '12345678Z']

A Ghana Card's number is read as its ten digits (:mod:`tekil.normalize.ghana_card`):

>>> free_id(pd.Series(["GHA-123456789-0", "gha1234567890", "123456789-0"]))["value"].tolist()
['1234567890', '1234567890', '1234567890']

A Mongolian registry number in Cyrillic or Latin letters is read as one
(:mod:`tekil.normalize.mongolian_register`):

>>> free_id(pd.Series(["УБ89031512", "UB89031512", "ХҮ91120155", "KHU91120155"]))["value"].tolist()
['UB89031512', 'UB89031512', 'HU91120155', 'HU91120155']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

import pandas as pd

from tekil.normalize._common import NA, CellReader, sample_texts
from tekil.normalize.addresses import PLACEHOLDER, one_postcode
from tekil.normalize.cards import MASKED
from tekil.normalize.ghana_card import card_digits
from tekil.normalize.latin import latin
from tekil.normalize.mongolian_register import register_number
from tekil.normalize.nic import new_nic
from tekil.normalize.nrc import nrc
from tekil.normalize.text import GREEK_AS_LATIN, fold

#: Brazil's states, as an RG's issuer names them.
_UFS = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
#: A Brazilian RG's issuing body and state after its number (``12.345.678-9 SSP/SP``,
#: ``1234567 SSP-MG``, ``16048497-6 PR``): no part of the number, which other systems write
#: without them.
ISSUER = re.compile(rf"(?<=[\dX])\s+(?:[A-Z]{{2,6}}\s*[/-]\s*)?(?:{_UFS})$")
#: A number and its issuer alone, as an RG column holds it (no street, though it has a
#: number and words).
ISSUED = re.compile(rf"[\d.\-]*\d[\dX]?\s+(?:[A-Z]{{2,6}}\s*[/-]\s*)?(?:{_UFS})")
#: What a printed copy hides a number's characters with: stars, bullets, hashes, a run of X.
MASK = re.compile(r"[*•#]+|[Xx]{3,}")
#: How many of an identifier's last characters a shortened copy keeps (``NRIC_LAST4``).
TAIL = 4


def free_id(
    values: pd.Series, digits: int | None = None, labels: Sequence[str] = ()
) -> pd.DataFrame:
    """Normalise identifiers: upper-case letters and digits only, as postcodes are read (a
    column of digits padded to ``digits`` with zeros a spreadsheet dropped), without a
    leading document label of ``labels`` (:func:`document_labels`: ``CC 16083299`` is
    ``16083299``, as another system writes it).

    Columns: ``value``; ``reason`` (``masked`` for a number printed with some of it hidden,
    ``S****567D``: no value, but its tail); ``tail``: the last four characters, where shown.
    """
    return reader(digits, labels).frame(values)


def reader(digits: int | None = None, labels: Sequence[str] = ()) -> CellReader:
    """How :func:`free_id` reads one cell."""
    one = partial(_one_id, digits=digits, labels=frozenset(labels))
    return CellReader("free_id", one, ("value", "reason", "tail"))


#: A document's type written before its number: ``CC 16083299``, ``C.C. 16.083.299``,
#: ``RUT: 19762995-9``, ``DNI 12345678Z`` (letters, perhaps with dots, then a separator).
_LABEL = re.compile(r"\s*([A-Za-z]{1,4}(?:\.[A-Za-z]{1,3})*\.?)[\s.:#-]+(?=\d)")
#: Share of a column's values that must write a label for it to be one (not a number's own
#: letters, which vary from value to value: a passport's, a UK National Insurance number's).
LABEL_SHARE = 0.02


def document_labels(values: pd.Series, seed: int = 0) -> tuple[str, ...]:
    """The labels (:data:`_LABEL`, upper case without dots) that a fiftieth of the column's
    sampled values or more write before their numbers, and whose numbers the column also
    holds without them (a system that writes ``CC 16083299`` beside one that writes
    ``16083299``; a ticket's ``T-2578`` and a number's own letters are no labels).

    >>> ids = ["CC 16083299", "16083299", "C.C. 52.871.004", "52871004", "RUT 19762995-9"]
    >>> document_labels(pd.Series(ids * 20 + ["19762995-9", "RUT 8123456-K", "8123456K"]))
    ('CC', 'RUT')
    """
    texts = sample_texts(values, "free_id", seed=seed)
    found = [label for t in texts if (label := _label(t)[0])]
    counts = pd.Series(found, dtype=object).value_counts()
    candidates = set(counts.index[counts >= max(2, LABEL_SHARE * len(texts))])
    if not candidates:
        return ()
    distinct = [t for t in pd.unique(values.dropna()) if isinstance(t, str)]
    bare = {_ALNUM.sub("", t).upper() for t in distinct if not _label(t)[0]}
    seen = dict.fromkeys(candidates, 0)  # labelled values whose number the column holds bare
    for t in distinct:
        label, number = _label(t)
        if label in seen:
            seen[label] += _ALNUM.sub("", number).upper() in bare
    return tuple(sorted(label for label, n in seen.items() if n >= _LABELLED_BARE))


_ALNUM = re.compile(r"[^0-9A-Za-z]")
#: Fewest labelled numbers that the column also holds bare for a label to be one.
_LABELLED_BARE = 2


def _label(text: str) -> tuple[str | None, str]:
    """The document label a value starts with (upper case, no dots; None if none), and the
    rest of it."""
    m = _LABEL.match(text)
    return (m[1].replace(".", "").upper(), text[m.end() :]) if m else (None, text)


#: A Greek letter: a Greek identity card's series (ΑΚ 123456) is typed on either keyboard,
#: AK123456 as often as not; its letters that look like Latin ones are read as those (Α A, Ρ
#: P: :data:`~tekil.normalize.text.GREEK_AS_LATIN`), the others in Latin ones (Σ S, Π P).
_GREEK = re.compile("[\u0370-\u03ff]")


def _one_id(text: str, digits: int | None = None, labels: frozenset[str] = frozenset()) -> tuple:
    if "/" in text and (card := nrc(text)) is not None:
        return (card, NA, card[-TAIL:])  # a Myanmar NRC, as Burmese and Latin letters write it
    if _GREEK.search(text):
        text = latin(fold(text).translate(GREEK_AS_LATIN))
    if labels and (found := _label(text))[0] in labels:
        text = found[1]
    text = ISSUER.sub("", text)
    if (number := register_number(text)) is not None:
        return (number, NA, number[-TAIL:])  # a Mongolian registry number, in either script
    if MASK.search(text):
        shown = re.sub(r"[^0-9A-Z]", "", fold(MASK.split(text)[-1]).upper())
        return (NA, MASKED, shown[-TAIL:] if len(shown) >= TAIL else NA)
    value, reason = one_postcode(text, digits)
    if reason is NA and (new := new_nic(value)) is not None:
        value = new  # a Sri Lankan NIC of the old form is its holder's new number
    elif reason is NA and (digits_only := card_digits(value)) is not None:
        value = digits_only  # a Ghana Card's number is its digits, its country code or not
    if reason is NA and len(value) >= _RUN and (value in _ASCENDING or value in _DESCENDING):
        reason = PLACEHOLDER  # 123-45-6789: typed where the number was not known
    usable = reason is NA and len(value) >= TAIL
    return (value, reason, value[-TAIL:] if usable else NA)


#: Digits typed in a run for a number not known (``123456789``, ``987654321``), from this
#: many on (a shorter run, ``12345``, may be a number).
_RUN = 8
_ASCENDING = "01234567890"
_DESCENDING = "9876543210"
