"""Whole addresses that end (or start) with a postcode and a town, read as street, postcode and
town.

Many files keep a person's address in one column: ``Hauptstraße 5, 10115 Berlin``,
``5 rue de la Paix, 75002 Paris``, ``443 Thomas Shoal, New Jerryland, NY 37631``. tekil
compares postcodes and towns on their own (a record with the town alone still meets one
with the whole address there), so when the roles are guessed, an address column whose values
mostly end with them after a comma (or, as Hungarian addresses are written, start with them
before one: ``1052 Budapest, Váci utca 12.``) is split: the column keeps the street, and two
columns are added, ``<column> (postcode)`` and ``<column> (town)`` (beside a file's own
postcode and town columns too: a street written with its town does not agree with the street
alone). A record is split by its own value only, so a store reads a new record as the batch
read its data.

>>> df = pd.DataFrame({"adres": ["Hauptstraße 5, 10115 Berlin", "Am Markt 1, 80331 München"]})
>>> out, roles = split_places(df, {"adres": "address"})
>>> out.iloc[0].tolist(), roles["adres (town)"]
(['Hauptstraße 5', '10115', 'Berlin'], 'city')
"""

from __future__ import annotations

import logging
import re

import numpy as np
import pandas as pd

from tekil.inference import sample_present
from tekil.normalize._common import as_strings, ascii_digits
from tekil.normalize.addresses import POSTCODE_LABEL
from tekil.normalize.text import fold

log = logging.getLogger(__name__)

#: Names of the columns split off an address column.
POSTCODE, TOWN = "{} (postcode)", "{} (town)"
_SPLIT = re.compile(r"(.+) \((?:postcode|town)\)")
#: Share of an address column's values that must end, after a comma, with a postcode or a town.
SHARE = 0.4
#: Values read to decide (a sample of the present ones).
SAMPLE = 2000
#: A postcode's word: three to eight letters and digits, two digits or more (10115, SW1A, 2AA),
#: a Brazilian CEP (31706-690) or a ZIP+4 (37631-2045).
_POSTCODE_WORD = re.compile(
    r"(?=(?:\D*\d){2})[A-Za-z0-9-]{3,8}|\d{5}-\d{3,5}|\d{10}|\d[A-Za-z]{2}"
)  # (ten digits: Iran's)
#: Words of a flat or a floor, which end many street parts ("Apt 405"): no town.
_UNIT = re.compile(
    r"^(?:apt|apartment|suite|ste|unit|flat|studio|floor|fl|no|nr|daire|d|kat|#)\.?$", re.I
)
#: A postcode of two words: British ("SW1A 2AA", "M1 1AE"), Dutch ("1317 YB"), Canadian
#: ("K1A 0B1"); Greek, Swedish, Czech and Slovak, five digits as three and two ("105 63").
_SPACED_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{3} \d{2})\b"
)
#: A postcode ending an address written on one line: of two words, or of four to six digits
#: (a ZIP+4 or a CEP with its dash).
_SPACED_POSTCODE_AT_END = re.compile(rf"(?:{_SPACED_POSTCODE.pattern})$")
_ONE_LINE_POSTCODE = re.compile(r"\d{4,6}|\d{5}-\d{3,4}")
#: A region's code written before the postcode ("NY 37631", "VIC 3171") or after the town
#: ("Gabella (PI)"), or a part of its own ("Ipswich, QLD, 4305"): no town.
_REGION_CODE = re.compile(r"^\(?[A-Z]{2,3}\)?$")
#: What separates an address's parts: commas, and the lines of an address written on several.
_SEPARATORS = re.compile(r"[,،\n\r]")  # (، the Arabic script's comma)
#: A house number alone ("91", "12b", "7 bis"), which French addresses write before the street.
_HOUSE_NUMBER = re.compile(r"^\d+\s*[a-z]?(?:\s*(?:bis|ter|quater))?$", re.I)
#: Words that open a street's name (French, Italian, Spanish, Portuguese) or close it
#: (English, German): a part without a number that has one is a street, not a town. Persian
#: and Arabic ones (folded: street, alley, boulevard, road, square, highway, motorway) open a
#: street's name as written there ("خیابان ولیعصر") and close it in an English template's
#: order ("محمد پور خیابان").
_PERSIAN_ARABIC_STREET_WORDS = frozenset({
    "خیابان", "کوچه", "بلوار", "جاده", "میدان", "بزرگراه", "اتوبان", "شارع", "طریق", "زقاق",
})  # fmt: skip
_OPENING_STREET_WORDS = _PERSIAN_ARABIC_STREET_WORDS | {
    "rue", "avenue", "boulevard", "chemin", "impasse", "allee", "quai",  # French
    "via", "viale", "piazza", "vicolo", "corso", "strada",  # Italian
    "rua", "avenida", "travessa", "alameda", "praca", "estrada", "rodovia",  # Portuguese
    "calle", "paseo", "plaza", "camino", "carretera", "ronda", "pasaje", "glorieta", "travesia",
}  # fmt: skip
_CLOSING_STREET_WORDS = _PERSIAN_ARABIC_STREET_WORDS | {
    "street", "road", "avenue", "lane", "drive", "boulevard", "راه",  # (آزاد راه, a motorway)
}  # fmt: skip
#: Further words that close an English street's name, where a whole column is read: one
#: address part may be a town ("Court", "Place"), half a column's values are streets.
_CLOSING_STREET_TYPES = _CLOSING_STREET_WORDS | {
    "crescent", "place", "circuit", "close", "court", "square", "terrace", "parade", "highway",
    "way", "grove", "circle", "st", "rd", "ave", "cres", "pl", "ct", "tce", "hwy",
}  # fmt: skip
#: A German or Dutch street written as one word, or its abbreviation ("Hauptstr.").
_STREET_ENDING = re.compile(r"\w{3}(?:stra(?:ss|ß)e|straat|str\.)(?!\w)", re.I)


def split_places(df: pd.DataFrame, roles: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` and ``roles`` with each whole-address column split (see the module); as they
    are where no address column's values mostly end, after a comma, with a place."""
    numbers = [c for c, role in roles.items() if role == "house_number" and c in df.columns]
    for col in [c for c, role in roles.items() if role == "address"]:
        if _numbered_beside(df, col, numbers):
            continue  # the street's number is kept apart: its column holds streets
        values = as_strings(sample_present(df[col], SAMPLE))
        placed = values.map(_placed)
        if len(values) == 0 or placed.sum() < SHARE * len(values):
            continue
        log.info("column %r holds whole addresses: its postcodes and towns are read apart", col)
        df = split_column(df, col)
        for made, role in ((POSTCODE.format(col), "postcode"), (TOWN.format(col), "city")):
            if df[made].isna().all():  # "Am Markt 1, Bonn": towns and never a postcode
                df = df.drop(columns=made)
            else:
                roles = {**roles, made: role}
        if df[col].isna().all():  # "10115 Berlin": a postcode and a town, and no street
            roles = {c: role for c, role in roles.items() if c != col}
    return df, roles


#: A house number alone as an address's first line holds it: ``No. 12/3``, ``45A``, ``25/12``,
#: ``No 7``, ``#14`` (Sri Lankan, Indian and British forms ask for it on a line of its own).
_NUMBER_LINE = re.compile(
    r"(?:no|nr|#)?\.?\s*\d{1,5}\s*[a-z]?(?:\s*[/-]\s*\d{1,4}\s*[a-z]?)?\.?,?", re.I
)
#: Share of an address column's values that must be house numbers alone for it to be one.
NUMBER_LINES = 0.8


def house_number_lines(df: pd.DataFrame, roles: dict[str, str]) -> dict[str, str]:
    """``roles`` with an address column whose values are mostly house numbers alone (an
    ``ADDRESS_1`` of ``No. 70`` beside an ``ADDRESS_2`` of ``Peradeniya Rd.``) as a house
    number's, which :func:`numbered_streets` writes into its system's street, so that the two
    meet another system's ``No. 70 Peradeniya Road``.

    >>> df = pd.DataFrame({"a1": ["No. 70", "12/3", "45A"], "a2": ["Temple Rd", "Galle Road", None]})
    >>> house_number_lines(df, {"a1": "address", "a2": "address"})
    {'a1': 'house_number', 'a2': 'address'}
    """
    out = dict(roles)
    for col in [c for c, role in roles.items() if role == "address" and c in df.columns]:
        values = as_strings(sample_present(df[col], SAMPLE)).str.strip()
        if len(values) and values.str.fullmatch(_NUMBER_LINE).mean() >= NUMBER_LINES:
            log.info("column %r holds house numbers alone: read beside its system's street", col)
            out[col] = "house_number"
    return out


def _numbered_beside(df: pd.DataFrame, col: str, numbers: list[str]) -> bool:
    """Whether most of the records with a value in ``col`` hold a house number in one of
    ``numbers``: one system's street beside its number, where another system of the file may
    keep whole addresses."""
    present = df[col].notna().to_numpy()
    if not numbers or not present.any():
        return False
    held = np.logical_or.reduce([df[n].notna().to_numpy() for n in numbers])
    return bool(held[present].mean() >= 0.5)


#: Share of a street column's records (of those without a number in the street) that must
#: hold a house number in one column for the two to be one system's address.
NUMBERED = 0.5


def numbered_streets(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` with the house number of a system that keeps it apart (``Straße``, ``Hausnummer``;
    ``straatnaam``, ``huisnummer``) written into its street, after it or before it as the
    file's other addresses write theirs, so that ``Gartenstr.`` and ``19`` meet another
    system's ``Gartenstraße 19``. A street column is paired with the house-number column most
    of its records without a number hold; streets that have a number stay as written (the
    house-number column is compared on its own as well).

    >>> df = pd.DataFrame({"straat": ["Kerkstraat", None, "Dorpsstraat 3"],
    ...                    "nr": ["12a", None, "3"], "adres": [None, "Molenweg 5", None]})
    >>> numbered_streets(df, {"straat": "address", "nr": "house_number", "adres": "address"})[
    ...     "straat"].to_numpy(dtype=object, na_value=None).tolist()
    ['Kerkstraat 12a', None, 'Dorpsstraat 3']
    """
    numbers = [c for c, role in roles.items() if role == "house_number" and c in df.columns]
    streets = [c for c, role in roles.items() if role == "address" and c in df.columns]
    if not numbers or not streets:
        return df
    texts = {c: df[c].astype("string").str.strip() for c in streets}
    bare = {c: texts[c].notna() & ~texts[c].str.contains(r"\d", regex=True).fillna(True)
            for c in streets}  # fmt: skip
    written = pd.concat([texts[c][~bare[c] & texts[c].notna()] for c in streets])
    # "12 Main St", "No. 12, Temple Road"
    first = bool(len(written)) and written.str.match(r"(?:no\.?\s*)?\d", case=False).mean() > 0.5
    out = df
    for col in streets:
        if not bare[col].any():
            continue
        held = {n: (bare[col] & df[n].notna()).sum() for n in numbers}
        number = max(held, key=held.__getitem__)
        if held[number] < NUMBERED * bare[col].sum():
            continue
        fill = bare[col] & df[number].notna()
        num = df[number].astype("string").str.strip()
        joined = (num + " " + texts[col]) if first else (texts[col] + " " + num)
        if out is df:
            out = df.copy(deep=False)
        out[col] = df[col].astype(object).where(~fill, joined.astype(object))
    return out


def _placed(value: str) -> bool:
    """Whether an address names its postcode or town: after a comma, or after its street, or
    the two alone ("10115 Berlin")."""
    street, postcode, town = _parts(value)
    if _SEPARATORS.search(value):
        return bool(postcode or town)
    return bool(postcode and (street or town))


#: A postcode and its town, and nothing else, as forms ask for them in one box ("PLZ/Ort",
#: "CP Ville"): ``10115 Berlin``, ``D-10115 Berlin``, ``1011 AB Amsterdam``, ``3000 Bern``,
#: ``105 63 Αθήνα``.
_POSTCODE_TOWN = re.compile(
    r"(?:[A-Z]{1,2}-)?(\d{4} ?[A-Z]{2}(?=\s)|\d{3} \d{2}|\d{4,5})\s+([^\W\d_][^\d,]*)"
)
#: Words that close a street's name in the US (the Postal Service's street suffixes, whole
#: and abbreviated, Publication 28, C1; abbreviations of two letters that name no town's last
#: word), Canada and Australia: "4305 Orchard Ln", "77058 Cannon Islands" and "1092 Brian
#: Parkway" are a house number and its street, no postcode and town. Towns after a postcode
#: (Europe's and Latin America's way) seldom end with such an English word; those that do are
#: left out ("1190 Forest", "97420 Le Port", "1661 Bella Vista", "La Unión").
_STREET_SUFFIXES = frozenset({
    "alley", "aly", "annex", "anx", "arcade", "arc", "bayou", "byu", "beach", "bch", "bend",
    "bnd", "bluff", "blf", "bluffs", "blfs", "bottom", "btm", "blvd", "branch", "bridge", "brg",
    "brook", "brk", "brooks", "brks", "burg", "burgs", "bypass", "byp", "camp", "canyon",
    "cyn", "cape", "cpe", "causeway", "cswy", "center", "ctr", "centers", "cir", "circles",
    "cliff", "clf", "cliffs", "clfs", "club", "clb", "common", "cmn", "commons", "corner",
    "cor", "corners", "cors", "course", "crse", "courts", "cove", "cv", "coves", "creek",
    "crk", "crest", "crst", "crossing", "xing", "crossroad", "xrd", "crossroads", "curve",
    "curv", "dale", "dam", "divide", "dv", "drives", "estate", "estates", "ests",
    "expressway", "expy", "extension", "ext", "extensions", "falls", "fls", "ferry", "fry",
    "field", "fld", "fields", "flds", "flat", "flt", "flats", "flts", "ford", "frd", "fords",
    "forge", "frg", "forges", "fork", "frk", "forks", "frks", "freeway",
    "fwy", "garden", "gdn", "gardens", "gdns", "gateway", "gtwy", "glen", "gln", "glens",
    "green", "grn", "greens", "grv", "groves", "harbor", "hbr", "harbors", "haven", "hvn",
    "heights", "hts", "hill", "hills", "hls", "hollow", "holw", "inlet", "inlt", "island",
    "islands", "iss", "isle", "junction", "jct", "junctions", "key", "keys", "kys", "knoll",
    "knl", "knolls", "lake", "lakes", "lks", "landing", "lndg", "lanes", "light", "lgt",
    "lights", "loaf", "lock", "lck", "locks", "lodge", "ldg", "loop", "mall", "manor", "mnr",
    "manors", "meadow", "mdw", "meadows", "mdws", "mews", "mill", "mills", "mls", "mission",
    "msn", "motorway", "mtwy", "mountain", "mtn", "mountains", "neck", "nck", "orchard",
    "orch", "oval", "overpass", "opas", "park", "parks", "parkway", "pkwy", "parkways", "pass",
    "passage", "psge", "path", "pike", "pine", "pnes", "pines", "plain", "pln", "plains",
    "plns", "plaza", "plz", "point", "pts", "points", "prairie",
    "radial", "radl", "ramp", "ranch", "rnch", "rapid", "rpd", "rapids", "rpds", "rest",
    "rst", "ridge", "rdg", "ridges", "river", "riv", "roads", "route", "rte", "row", "rue",
    "run", "shoal", "shl", "shoals", "shore", "shr", "shores", "skyway", "skwy", "spring",
    "spg", "springs", "spgs", "spur", "spurs", "squares", "station", "sta", "stravenue",
    "stra", "stream", "strm", "streets", "summit", "smt", "ter", "throughway", "trwy", "trace",
    "trce", "track", "trak", "trafficway", "trfy", "trail", "trl", "trailer", "trlr",
    "tunnel", "tunl", "turnpike", "tpke", "underpass", "upas", "valley",
    "vly", "valleys", "viaduct", "vdct", "view", "views", "village", "vlg", "villages", "ville",
    "walk", "walks", "wall", "ways", "well", "wells", "wls",
    "dr", "ln", "sq", "pde",
})  # fmt: skip
_STREET_ENDINGS = _CLOSING_STREET_TYPES | _STREET_SUFFIXES


def _postcode_town(value: str) -> tuple[str, str] | None:
    """(postcode, town) of a value that is a postcode of four or five digits (a Dutch one's
    two letters after them) followed by a town's name; None for anything else, a house
    number before its street ("1600 Pennsylvania Avenue") too."""
    match = _POSTCODE_TOWN.fullmatch(value.strip())
    if match is None:
        return None
    town = match.group(2).strip()
    words = fold(town).rstrip(".").split()
    if _streetlike(town) or (
        words and (words[-1] in _STREET_ENDINGS or words[0] in _OPENING_STREET_WORDS)
    ):
        return None
    return match.group(1), town


def split_for(df: pd.DataFrame, roles: dict[str, str]) -> pd.DataFrame:
    """``df`` split as the settings' data was: for each address column whose postcode and town
    columns the roles name and ``df`` lacks (a customer view or a store)."""
    # (A column of postcodes and towns alone has no role of its own: its parts have.)
    split = {m.group(1) for c in roles if (m := _SPLIT.fullmatch(c))}
    for col in split | {c for c, role in roles.items() if role == "address"}:
        made = [POSTCODE.format(col), TOWN.format(col)]
        if col not in df or df.columns.isin(made).any():
            continue  # not there, or split already
        if any(m in roles for m in made):
            df = split_column(df, col).drop(columns=[m for m in made if m not in roles])
    return df


def split_column(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """``df`` with ``col`` cut into its street, postcode and town, each distinct value once."""
    present = df[col].notna().to_numpy()
    codes, distinct = pd.factorize(df.loc[present, col].astype(str))
    parts = np.array([_parts(v) for v in distinct] or np.empty((0, 3)), dtype=object)
    out = df.copy(deep=False)  # new columns only: the caller's frame is left as it is
    made = np.full((len(df), 3), None, dtype=object)
    made[present] = parts.reshape(-1, 3)[codes]
    out[col] = made[:, 0]
    at = out.columns.get_loc(col) + 1
    out.insert(at, POSTCODE.format(col), made[:, 1])
    out.insert(at + 1, TOWN.format(col), made[:, 2])
    return out


def _postcode_alone(segment: str) -> bool:
    """A part that is a postcode and nothing else: "56011", "1317 YB", "SW1A 2AA" (four
    characters or more, so that "Via Roma, 75, Milano" keeps its house number)."""
    words = segment.split()
    codes = [w for w in words if _POSTCODE_WORD.fullmatch(w) and len(w) >= 4]
    return bool(_SPACED_POSTCODE.fullmatch(segment)) or (
        bool(codes) and all(w in codes or _REGION_CODE.match(w) for w in words)
    )


def _parts(value: str) -> tuple[str | None, str | None, str | None]:
    """(street, postcode, town) of one address whose last comma-separated part is a postcode,
    a town or both; the whole value as the street otherwise ("12 Main St, Apt 4" ends with a
    flat, "Flat 2, 10 Downing St" with a street). A value of one part without a digit or a
    street's word is a town, one postcode-shaped word a postcode."""
    value = ascii_digits(value)  # "৪৮০৬" is a postcode too
    value = POSTCODE_LABEL.sub("", value)  # "Λαμία, ΤΚ 313 22": the label is no town
    segments = [s.strip() for s in _SEPARATORS.split(value) if s.strip()]
    if len(segments) > 2 and _REGION_CODE.match(segments[-2]) and _postcode_alone(segments[-1]):
        del segments[-2]  # a region's code in a part of its own: "…, Ipswich, QLD, 4305"
    if len(segments) == 1:  # a town alone ("Norden"), a postcode alone ("22078"), or a street
        one = segments[0]
        if _POSTCODE_WORD.fullmatch(one) or _SPACED_POSTCODE.fullmatch(one):
            return (None, one, None)
        if (placed := _postcode_town(one)) is not None:
            return (None, *placed)
        return (None, None, one) if not _streetlike(one) else _one_line(one)
    if not segments:
        return (None, None, None)
    first = _town_first(segments)
    if first is not None:
        return first
    *rest, last = segments
    if _streetlike(last):
        if not _digits(last):
            return (value.strip(), None, None)  # "تهران، خیابان ولیعصر": a street last, no town
        street, postcode, town = _one_line(last)  # "Unit 1, 58 Grevillea Avenue Dandenong VIC 3175"
        if postcode:
            return (", ".join([*rest, street]), postcode, town)
    if len(rest) == 1 and _HOUSE_NUMBER.match(rest[0]):
        return (value.strip(), None, None)  # "91, rue Chartier": the number, then its street
    if all(_flat(part) for part in rest):
        return (value.strip(), None, None)  # "Flat 7\nJones Creek": a flat, then its street
    spaced = _SPACED_POSTCODE.search(last)
    words = (last[: spaced.start()] + " " + last[spaced.end() :] if spaced else last).split()
    codes = [spaced.group()] if spaced else [w for w in words if _POSTCODE_WORD.fullmatch(w)]
    names = _without_region([w for w in words if w not in codes and re.search(r"\w", w)], codes)
    # A number of three digits or fewer alone after a street may be its house number, one of
    # four only after a street ("Lisaberg, 9572": a town's postcode, as in Australia).
    house_number = (
        len(words) == 1
        and words[0].isdigit()
        and (len(words[0]) <= 3 or (len(words[0]) == 4 and _streetlike(rest[-1])))
    )
    # A part without digits before the postcode is its town, unless only a house number or a
    # flat comes before it: "3, avenue de Collin, 37272" is a French street without its town,
    # "Studio 9, Hilton Terrace, G2E 6TS" a British one ("Via Roma, 7, Pisa, 56100" is an
    # Italian street with its number, then its town).
    town_before = (
        rest
        and not _streetlike(rest[-1])
        and not (len(rest) == 2 and (_HOUSE_NUMBER.match(rest[0]) or _flat(rest[0])))
    )
    if codes and not names and town_before and (len(rest) >= 2 or not house_number):
        # "…, New Jerryland, NY 37631" or "New Jerryland, 37631": the town before
        names, rest = [rest[-1]], rest[:-1]
    elif names and not codes and len(rest) >= 2 and _postcode_alone(rest[-1]):
        codes, rest = [rest[-1]], rest[:-1]  # "…\n1317 YB\n's-Heer Hendrikskinderen"
    street = ", ".join(rest)
    if not names and house_number and not _digits(street):
        return (value.strip(), None, None)  # "Via Roma, 755": the street's own number after it
    if (
        not (codes or names)
        or any(_UNIT.match(w) for w in words[:1])
        or any(_digits(w) for w in names)
    ):
        return (value.strip(), None, None)
    return (street or None, " ".join(codes) or None, " ".join(names) or None)


def _town_first(segments: list[str]) -> tuple[str, str, str] | None:
    """(street, postcode, town) of an address written postcode and town first, then the street
    and its number after a comma, as Hungarian forms and databases write one ("1052 Budapest,
    Váci utca 12. 3/4", "4024 Debrecen, Piac u. 5."); None where the first part is no postcode
    and town, or what follows no numbered street ("12345 Main, Apt 4": a flat).

    >>> _town_first(["1052 Budapest", "Váci utca 12. 3/4"])
    ('Váci utca 12. 3/4', '1052', 'Budapest')
    >>> _town_first(["Váci utca 12", "1052 Budapest"]) is None
    True
    """
    if len(segments) < 2 or (placed := _postcode_town(segments[0])) is None:
        return None
    rest = segments[1:]
    street = ", ".join(rest)
    if not _digits(street) or _flat(rest[0]) or _postcode_alone(rest[-1]):
        return None
    return (street, *placed)


def _one_line(value: str) -> tuple[str | None, str | None, str | None]:
    """(street, postcode, town) of an address written without commas that ends with a
    postcode: the town follows the word that closes the street's name ("10 Railway Street
    Dandenong VIC 3175", "1/5 Main St Box Hill 3128"); where no such word tells where it starts,
    a region's code before the postcode still marks the postcode ("443 Thomas Shoal New
    Jerryland NY 37631", the town left in the street). The whole value as the street
    otherwise: "Avenida Paulista 1578" ends with its house number."""
    spaced = _SPACED_POSTCODE_AT_END.search(value)
    if spaced:
        code, words = spaced.group(), value[: spaced.start()].split()
    else:
        *words, code = value.split()
        if not _ONE_LINE_POSTCODE.fullmatch(code):
            return (value, None, None)  # "Blk 386 Bangkit Rd 07-203" ends with its flat
    # A region's code after a town's word ("Jerryland NY"; not "Sveavägen 19 LGH 1504", a flat)
    region = (
        len(words) > 1
        and bool(_REGION_CODE.match(words[-1]))
        and fold(words[-1]) not in _CLOSING_STREET_TYPES
        and not _digits(words[-2])
    )
    if region:
        words = words[:-1]
    for i in range(1, len(words) - 1):
        before = words[i - 1]
        if fold(words[i]).rstrip(".") in _CLOSING_STREET_TYPES and not (
            _digits(before) or _UNIT.match(before)
        ):
            street, town = " ".join(words[: i + 1]), " ".join(words[i + 1 :])
            if _digits(street) and not _digits(town):
                return (street, code, town)
            break
    if region and _digits(" ".join(words)):
        return (" ".join(words), code, None)
    return (value, None, None)


def _without_region(words: list[str], codes: list[str]) -> list[str]:
    """``words`` of a town without the region's code at their end: one in brackets
    ("Gabella (PI)"), alone ("…, HN"), or before a postcode ("Springvale VIC 3171"; not
    "TP. CAN THO", where no postcode follows)."""
    last = words[-1] if words else ""
    if _REGION_CODE.match(last) and (codes or last.startswith("(") or len(words) == 1):
        return words[:-1]
    return words


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


#: A road, street or lane in Chinese characters (路, 街, 大道, 巷, 弄, 胡同), and the endings
#: of a town's, county's, district's or province's name (市, 县, 区, 镇, 乡, 省; a 街道, a
#: city's sub-district office, is a place too).
_EAST_ASIAN_STREET = re.compile(r"[路街巷弄]|大道|胡同")
_EAST_ASIAN_TOWN = re.compile(r"(?:[市县縣区區镇鎮乡鄉省]|街道)$")


def _streetlike(part: str) -> bool:
    """Whether a part of an address is a street rather than a town: it has a number, or a
    word that opens or closes a street's name ("rue de Marin", "Elm Road", "Hauptstr.", a
    Chinese road, street or lane, "张街H座", "阮路r座")."""
    if _digits(part):
        return True
    if _EAST_ASIAN_STREET.search(part) and not _EAST_ASIAN_TOWN.search(part):
        return True
    words = fold(part).split()
    return bool(words) and (
        words[0] in _OPENING_STREET_WORDS
        or (len(words) > 1 and words[-1] in _CLOSING_STREET_WORDS)
        or bool(_STREET_ENDING.search(part))
    )


def street_named(words: list[str]) -> bool:
    """Whether folded ``words`` of two or more are a street's name without its number: the
    first a word that opens a street's name, or the last one that closes it."""
    return len(words) >= 2 and (
        words[0] in _OPENING_STREET_WORDS or words[-1] in _CLOSING_STREET_TYPES
    )


def _flat(part: str) -> bool:
    """Whether a part of an address names a flat or a floor ("Apt 405", "Studio 9"), and not
    its street after them too ("Unit 22 42 Lachlan St", "Apt. 736 25 Miller Highway")."""
    words = part.split()
    return bool(_UNIT.match(words[0])) and not any(
        _digits(w) or fold(w).rstrip(".") in _CLOSING_STREET_TYPES for w in words[2:]
    )
