"""Choices a batch makes from its whole data, kept by a store for the records it meets later.

Some comparisons read a field by what its values show as a whole: a file where a tenth of
the names are in Somali orthography reads every name so ("xasan" as "hassan"), a column of
ids issued in turn takes two ids one digit apart for two people, a file of Mongolian names
reads a patronymic in the genitive as the father's name (Батын, Бат), a family name that stands
for or beside many others ("Singh", "Kaur") is no evidence against them, a column of ids
that nearly all pass one country's check digits parts two valid ids, and twins part pairs
only where the data shows twins. A store's call holds only its records and their
candidates, a few dozen values where the batch had a million, and its own counts would
choose by chance: "isaac" and "cooper" are two of twenty names written as Somali ones, and
"anna" would then read as "ana". :func:`choices_of` takes the batch's choices when a store
ingests it; :func:`settle` makes them for a call's records before they are compared, so
that a store compares a pair as its batch did.

>>> import numpy as np
>>> from tekil.records import Field, Records
>>> from tekil.similarity import somali_readings
>>> names = np.array(["isaac", "cooper", "anna", "ana"], dtype=object)
>>> codes = np.arange(4, dtype=np.int32)
>>> records = Records(codes, {"first_name": Field("first_name", "first_name", codes, names, [])})
>>> settle(records, {})  # a batch that read no field as Somali names
>>> somali_readings(names)[0] is None
True
"""

from __future__ import annotations

from typing import Any

from tekil.compare import genitive_stems, issued_in_turn, settle_sex_marks, sex_marks
from tekil.guards import id_kinds, settle_id_kinds
from tekil.records import Records
from tekil.similarity import burmese_readings, somali_readings

#: Choices of a field made on its distinct values: each is a list of the fields that made it.
_BY_VALUES = {
    "somali": lambda uniques: somali_readings(uniques)[0] is not None,
    "burmese": lambda uniques: burmese_readings(uniques)[0] is not None,
    "issued_in_turn": issued_in_turn,
    "genitives": lambda uniques: genitive_stems(uniques) is not None,
}
#: The roles of the fields a choice is made for (else: every field's).
_FOR_ROLES = {"issued_in_turn": {"free_id"}, "genitives": {"first_name", "last_name"}}


def choices_of(records: Records, guards: dict[str, int] | None = None) -> dict[str, Any]:
    """The choices that the batch's ``records`` made (JSON-ready): per choice made on a
    field's values, the fields that made it; the family names' marks of one sex; each id
    column's kind of national id; whether twins held (from the batch's ``guards`` report)."""
    out: dict[str, Any] = {choice: [] for choice in _BY_VALUES}
    for name, fld in records.fields.items():
        for choice, made in _BY_VALUES.items():
            held = fld.role in _FOR_ROLES.get(choice, {fld.role}) and len(fld.uniques)
            if held and made(fld.uniques):
                out[choice].append(name)
    last = records.fields.get("last_name")
    out["sex_marks"] = sorted(sex_marks(records, last)) if last is not None else []
    out["id_kinds"] = id_kinds(records)
    out["twins"] = bool((guards or {}).get("twins_hold", 0))
    return out


def settle(records: Records, choices: dict[str, Any]) -> None:
    """Make the batch's ``choices`` (:func:`choices_of`) for these records, whatever they
    show themselves."""
    made = {choice: set(choices.get(choice, ())) for choice in _BY_VALUES}
    for name, fld in records.fields.items():
        somali_readings(fld.uniques, settled=name in made["somali"])
        burmese_readings(fld.uniques, settled=name in made["burmese"])
        issued_in_turn(fld.uniques, settled=name in made["issued_in_turn"])
        genitive_stems(fld.uniques, settled=name in made["genitives"])
    if (last := records.fields.get("last_name")) is not None:
        settle_sex_marks(last, set(choices.get("sex_marks", ())))
    settle_id_kinds(records, choices.get("id_kinds", {}))
