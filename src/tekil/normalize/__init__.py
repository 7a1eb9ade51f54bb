"""Normalisers: one function per kind of value, each Series → DataFrame(value, reason, ...).

Every normaliser returns a frame aligned to its input with ``value`` (the
canonical form, or ``<NA>``) and ``reason`` (``<NA>`` when the value is fine to
match on, otherwise a short code such as ``missing``, ``unparseable``,
``invalid_checksum`` or ``non_personal``), plus columns of its own. Work is done
once per distinct value. Bad values never raise; a wrong argument type does.

>>> import pandas as pd
>>> from tekil import normalize
>>> normalize.name(pd.Series(["AYŞE  Yılmaz"]))["value"].tolist()
['ayse yilmaz']
"""

from collections.abc import Callable

from tekil.normalize import ages, cards, dates, emails, handles, ids, names, phones
from tekil.normalize import countries as _countries
from tekil.normalize import gender as _gender
from tekil.normalize import generations as _generations
from tekil.normalize import tckn as _tckn
from tekil.normalize._common import CellReader
from tekil.normalize.addresses import (
    address,
    address_reader,
    city,
    city_reader,
    postcode,
    postcode_reader,
)
from tekil.normalize.ages import age
from tekil.normalize.cards import card
from tekil.normalize.countries import country
from tekil.normalize.dates import date
from tekil.normalize.emails import email
from tekil.normalize.gender import gender
from tekil.normalize.generations import generation
from tekil.normalize.handles import handle
from tekil.normalize.ids import free_id
from tekil.normalize.names import name
from tekil.normalize.phones import phone
from tekil.normalize.tckn import tckn
from tekil.normalize.text import fold, turkish_lower, turkish_title, turkish_upper

_READERS: dict[str, Callable[..., CellReader]] = {
    "address": address_reader,
    "age": ages.reader,
    "card": cards.reader,
    "city": city_reader,
    "date": dates.reader,
    "email": emails.reader,
    "free_id": ids.reader,
    "country": _countries.reader,
    "gender": _gender.reader,
    "generation": _generations.reader,
    "handle": handles.reader,
    "name": names.reader,
    "phone": phones.reader,
    "postcode": postcode_reader,
    "tckn": _tckn.reader,
}


def reader(kind: str, **kwargs) -> CellReader:
    """The normaliser ``kind`` for one cell at a time (its ``row``), with its arguments.

    >>> reader("phone", region="TR").row("0532 123 45 67")[:3]
    ('+905321234567', <NA>, 'mobile')
    """
    if kind not in _READERS:
        raise ValueError(f"no normaliser {kind!r}; there are {', '.join(sorted(_READERS))}")
    return _READERS[kind](**kwargs)


__all__ = [
    "CellReader",
    "address",
    "age",
    "card",
    "city",
    "country",
    "date",
    "email",
    "fold",
    "free_id",
    "gender",
    "generation",
    "handle",
    "name",
    "phone",
    "postcode",
    "reader",
    "tckn",
    "turkish_lower",
    "turkish_title",
    "turkish_upper",
]
