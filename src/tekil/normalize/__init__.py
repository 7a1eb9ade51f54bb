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

from tekil.normalize.addresses import address, city, postcode
from tekil.normalize.cards import card
from tekil.normalize.dates import date
from tekil.normalize.emails import email
from tekil.normalize.gender import gender
from tekil.normalize.handles import handle
from tekil.normalize.names import name
from tekil.normalize.phones import phone
from tekil.normalize.tckn import tckn
from tekil.normalize.text import fold, turkish_lower, turkish_title, turkish_upper

__all__ = [
    "address",
    "card",
    "city",
    "date",
    "email",
    "fold",
    "gender",
    "handle",
    "name",
    "phone",
    "postcode",
    "tckn",
    "turkish_lower",
    "turkish_title",
    "turkish_upper",
]
