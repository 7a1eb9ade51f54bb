"""Phone numbers kept as an area code and a local number in two columns, read as one number.

Older systems keep the area code apart (``area_code`` and ``phone``, Brazil's ``DDD`` and
``telefone``, German ``Vorwahl`` and ``Telefon``): the local number alone is no valid
number, and two people in different towns may hold it. So, when the roles are guessed, a
column whose name says area code (and nine in ten of whose values are codes of one to five
digits) beside the file's one phone column is written in front of that column's local
numbers (no country code, nine digits at most: a Brazilian mobile): the two columns become
one, ``<area> + <phone>``. A number written whole stays as it is, so a file that has both
kinds reads both.

>>> df = pd.DataFrame({"Area Code": ["212", "(415)"], "Phone": ["555-0143", "+1 415 555 0199"]})
>>> out, roles = join_area_codes(df, {"Area Code": "postcode", "Phone": "phone"})
>>> roles, out["Area Code + Phone"].tolist()
({'Area Code + Phone': 'phone'}, ['212 555-0143', '+1 415 555 0199'])
"""

from __future__ import annotations

import logging
import re

import pandas as pd

from tekil.inference import sample_present
from tekil.normalize.text import fold

log = logging.getLogger(__name__)

#: The name of the column made of an area code column and a phone column.
JOINED = "{} + {}"
#: Words of an area code in column names (folded, without spaces).
_AREA_WORDS = ("areacode", "areacd", "vorwahl", "stdcode", "ddd", "alankodu", "prefisso",
               "netnummer", "kierunkowy", "codigodearea", "codarea")  # fmt: skip
_CODE = re.compile(r"\(?\d{1,5}\)?")
#: Share of an area code column's values that must be codes of one to five digits.
_SHARE = 0.9
#: Most digits of a local number (without its area code).
_LOCAL_DIGITS = 9


def join_area_codes(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with an area code column and the one phone column as one phone
    column (see the module); as they are where there is no such pair."""
    phones = [c for c, role in roles.items() if role == "phone"]
    areas = [c for c in map(str, df.columns) if c not in phones and _area_code(df[c], c)]
    if len(phones) != 1 or len(areas) != 1:
        return df, roles
    (area,), (phone,) = areas, phones
    log.info("column %r holds area codes: written before the numbers of %r", area, phone)
    made = JOINED.format(area, phone)
    roles = {c: role for c, role in roles.items() if c not in (area, phone)} | {made: "phone"}
    return _joined(df, area, phone), roles


def joined_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` joined as the settings' data was: for each phone column of ``roles`` made of an
    area code column and a phone column that ``df`` has apart (a customer view or a store)."""
    for col, role in roles.items():
        area, _, phone = col.partition(" + ")
        if role == "phone" and col not in df and area in df and phone in df:
            df = _joined(df, area, phone)
    return df


def _area_code(values: pd.Series, name: str) -> bool:
    key = re.sub(r"[^a-z0-9]", "", fold(name))
    if not any(word in key for word in _AREA_WORDS):
        return False
    text = sample_present(values, 2000).astype(str).str.strip().str.replace(r"\.0$", "", regex=True)
    return len(text) > 0 and float(text.str.fullmatch(_CODE).mean()) >= _SHARE


def _joined(df: pd.DataFrame, area: str, phone: str) -> pd.DataFrame:
    code = (
        df[area]
        .astype("string")
        .str.replace(r"\.0$", "", regex=True)
        .str.replace(r"\D", "", regex=True)
    )
    number = df[phone].astype("string").str.strip().str.replace(r"\.0$", "", regex=True)
    digits = number.str.replace(r"\D", "", regex=True).str.len()
    local = ~number.str.match(r"\+|00") & (digits <= _LOCAL_DIGITS) & (code.str.len() > 0)
    joined = number.mask(local.fillna(False), code + " " + number)
    out = df.drop(columns=[area, phone])
    out[JOINED.format(area, phone)] = joined.astype(object).where(joined.notna(), None).to_numpy()
    return out
