"""Phone numbers written as dialled at home, read in each record's own country.

A file of customers from several countries writes most numbers the national way: ``06 12 34
56 78`` in France, ``030 1234567`` in Germany. Read in one region for the whole column, the
others' numbers come out invalid or as numbers of that region, and the record that wrote
``+33 6 12 34 56 78`` no longer agrees with the one that wrote ``06 12 34 56 78``. So where a
column has the role ``country``, each number written without a country code is read in its
record's country, and written in full (``+33612345678``) before the phone columns are
normalised. Numbers that are none there, and records of no known country, stay as written
and are read in the column's region. A record is read by its own values, so a store reads a
new record as its batch read its data.

>>> df = pd.DataFrame({"tel": ["06 12 34 56 78", "030 1234567", "0532 123 45 67"],
...                    "land": ["France", "DE", None]})
>>> read_in_countries(df, {"tel": "phone", "land": "country"}, home="TR")["tel"].tolist()
['+33612345678', '+49301234567', '0532 123 45 67']
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
import phonenumbers

from tekil.inference import (
    code_without_plus,
    phone_region,
    sample_present,
    written_phone_regions,
)
from tekil.normalize import reader
from tekil.normalize._common import as_strings, as_text
from tekil.normalize.countries import region_of
from tekil.normalize.phones import plan_fit, valid_share


def read_in_countries(
    df: pd.DataFrame, roles: dict[str, str], home: str | None = None, source: str | None = None
) -> pd.DataFrame:
    """``df`` with its phone numbers written without a country code completed by their
    record's country (the first column of role ``country``); as it is without one.

    Records of ``home`` (the region the phone columns are read in; by default
    :func:`home_region`, where a batch reads them) are left as written: read there, they read
    the same, and most records of most files are of one country. A batch whose other numbers,
    so completed, do not read at home (:func:`read_at_home`, as :func:`tekil.records.normalisers`
    asks it: its phone columns will be read elsewhere, a Peruvian shop's records the most of a
    file of four countries' systems) has its home's records completed too. A record of no
    country is of its system's (``source``, the column naming each record's system), where the
    systems write out the numbers of different countries (:func:`systems_regions`)."""
    country = _country_column(df, roles)
    phones = [c for c, role in roles.items() if role == "phone" and c in df.columns]
    by_system = systems_regions(df, phones, source) if phones and source in df else None
    by_account = account_regions(df, roles) if phones else None
    if (country is None and by_system is None and by_account is None) or not phones:
        return df
    guessed = home is None
    home = home_region(df, roles) if guessed else home
    regions = np.full(len(df), None, dtype=object)
    if country is not None:
        codes, of_name = _regions(_countries(df, roles))
        regions = of_name[codes]
    if by_system is not None:
        regions = np.where(pd.isna(regions), by_system, regions)
    if by_account is not None:
        regions = np.where(pd.isna(regions), by_account, regions)
    at_home = regions == home
    out = _completed(df, phones, np.where(at_home, None, regions))
    if guessed and home is not None and at_home.any() and not read_at_home(out, phones, home):
        out = _completed(out, phones, np.where(at_home, regions, None))
    return out


def _completed(df: pd.DataFrame, phones: list[str], regions: np.ndarray) -> pd.DataFrame:
    """``df`` with the numbers of the records of a region read there (``df`` where none has)."""
    if pd.isna(regions).all():
        return df
    out = df.copy()
    for col in phones:
        out[col] = _dialled(df[col], regions)
    return out


#: Numbers written with a country code that a system's records must give to have a country,
#: and the share of them that must be of that country.
_SYSTEM_EVIDENCE, _SYSTEM_SHARE = 5, 0.8
#: Numbers written with a country code read per system.
_SYSTEM_SAMPLE = 500


def systems_regions(df: pd.DataFrame, phones: list[str], source: str) -> np.ndarray | None:
    """Per record, the country its system (the value of ``source``) writes out nearly all its
    numbers of (``+56 9 …``; None: a system of several countries, a care desk's); None where
    the systems are of one country. A file of several countries' systems stacked in one
    shares its columns: a Chilean bank's ``987 654 321`` and a Peruvian shop's ``987 654
    321`` in one ``celular`` column are mobiles of two countries, and only the system tells."""
    written = _written_out(df, phones, source)
    if written.empty:
        return None
    read = {t: _written_region(t) for t in written["text"].unique()}
    counts = written.assign(region=written["text"].map(read)).dropna()
    if counts.empty:
        return None
    tally = counts.groupby("system")["region"].value_counts()
    total = tally.groupby(level=0).transform("sum")
    kept = tally[(total >= _SYSTEM_EVIDENCE) & (tally >= _SYSTEM_SHARE * total)]
    of_system = dict(kept.index.tolist())
    if len(set(of_system.values())) < 2:
        return None
    regions = df[source].map(of_system).astype(object)
    return regions.where(regions.notna(), None).to_numpy(dtype=object)


def _written_out(df: pd.DataFrame, phones: list[str], source: str) -> pd.DataFrame:
    """Each system's first :data:`_SYSTEM_SAMPLE` numbers written with a country code (columns
    ``system`` and ``text``), in the order of the columns and then of the records. Read
    :data:`_RECORDS_AT_ONCE` records at a time, each while its system has fewer: a column of
    millions is read whole only where some system writes no number out (it was read whole
    every time: 1 s of a batch of 866 k records)."""
    systems = df[source]
    found: list[pd.DataFrame] = []
    full: set[Any] = set()
    for col in phones:
        for start in range(0, len(df), _RECORDS_AT_ONCE):
            system = systems.iloc[start : start + _RECORDS_AT_ONCE]
            wanted = (system.notna() & ~system.isin(full)).to_numpy()
            if not wanted.any():
                continue
            text = df[col].iloc[start : start + _RECORDS_AT_ONCE][wanted].map(as_text)
            part = pd.DataFrame({"system": system[wanted], "text": text}).dropna()
            part = part[part["text"].str.match(_WRITTEN_OUT)]
            if part.empty:
                continue
            found.append(part)
            held = pd.concat(found)["system"].value_counts()
            full = set(held.index[held >= _SYSTEM_SAMPLE])
    if not found:
        return pd.DataFrame({"system": [], "text": []})
    return pd.concat(found).groupby("system", sort=False).head(_SYSTEM_SAMPLE)


#: A number written with its country code: ``+56 9 …``, ``0056 9 …``.
_WRITTEN_OUT = r"\s*(?:\+|00[1-9])"
#: Records whose numbers :func:`_written_out` reads at a time.
_RECORDS_AT_ONCE = 20_000


#: Share of a column's sampled values that must be valid IBANs for it to be read as one.
_IBAN_SHARE = 0.8
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")


def account_regions(df: pd.DataFrame, roles: dict[str, str], seed: int = 0) -> np.ndarray | None:
    """Per record, the country of its IBAN (the first column of IBANs that has one; None: no
    IBAN), where no column gives a country: a bank keeps its customers' accounts in their
    country, and a Swiss "079 123 45 67" is no French number. None where no column of an
    identifier role holds IBANs (valid ones: their mod-97 check passes).

    >>> df = pd.DataFrame({"iban": ["CH93 0076 2011 6238 5295 7", None]})
    >>> account_regions(df, {"iban": "free_id"}).tolist()
    ['CH', None]
    """
    regions = None
    for col, role in roles.items():
        if role != "free_id" or col not in df.columns:
            continue
        sample = sample_present(df[col], 200, seed)
        if sample.empty or _iban_country(sample).notna().mean() < _IBAN_SHARE:
            continue
        codes, distinct = pd.factorize(df[col])
        countries = _iban_country(pd.Series(distinct, dtype=object))
        found = np.append(countries.to_numpy(dtype=object, na_value=None), None)
        own = found[codes]  # (code -1: the appended None)
        regions = own if regions is None else np.where(pd.isna(regions), own, regions)
    return regions


def _iban_country(values: pd.Series) -> pd.Series:
    """Each value's IBAN country (None: no valid IBAN, or a country of no numbering plan)."""

    def country(value: object) -> str | None:
        text = as_text(value)
        if text is None:
            return None
        text = re.sub(r"[\s-]", "", text).upper()
        if not _IBAN.fullmatch(text):
            return None
        digits = "".join(str(int(c, 36)) for c in text[4:] + text[:4])
        region = text[:2]
        ok = int(digits) % 97 == 1 and region in phonenumbers.SUPPORTED_REGIONS
        return region if ok else None

    return values.map(country).astype(object)


def _written_region(text: str) -> str | None:
    """The country of a number written with its country code (``00…`` as ``+…``)."""
    text = text.strip()
    text = "+" + text[2:] if text.startswith("00") else text
    try:
        code = phonenumbers.parse(text, None).country_code
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_country_code(code)
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def home_region(df: pd.DataFrame, roles: dict[str, str]) -> str | None:
    """The region most records give in the first country column (None: no such column or
    country); the phone columns are read there, and :func:`read_in_countries` leaves its
    records' numbers as written."""
    country = _country_column(df, roles)
    if country is None:
        return None
    codes, of_name = _regions(_countries(df, roles))
    counts = pd.Series(of_name[codes], dtype=object).dropna().value_counts()
    if counts.empty:
        return None
    return min(counts.index[counts == counts.iloc[0]])  # of equals, the first: any rows' order


#: Country-code top-level domains that sites take for their letters, not their country's.
_VANITY_DOMAINS = frozenset(
    {"ac", "ai", "am", "cc", "cf", "co", "fm", "ga", "gg", "gq", "im", "io", "la", "ly", "me"}
    | {"ml", "nu", "sh", "so", "st", "tk", "to", "tv", "vc", "ws"}
)
#: Share of a file's sampled e-mail addresses at one country's domains for that country to
#: be taken for the file's, when no column gives one (``web.de``, ``orange.fr``, ``wp.pl``).
_MAIL_SHARE = 0.2


def mail_region(df: pd.DataFrame, roles: dict[str, str], seed: int = 0) -> str | None:
    """The country whose domains the file's e-mail addresses are at (``hotmail.co.uk``,
    ``seznam.cz``), if a fifth of them are, and twice as many as any other country's; None
    otherwise. A hint where no column gives a country: its phone numbers may read there.

    >>> mails = pd.DataFrame({"mail": ["a@web.de", "b@gmx.de", "c@gmail.com", "d@free.fr"] * 5})
    >>> mail_region(mails, {"mail": "email"})
    'DE'
    """
    columns = [c for c, role in roles.items() if role == "email" and c in df.columns]
    if not columns:
        return None
    mails = as_strings(pd.concat([sample_present(df[c], 500, seed) for c in columns]))
    domains = [m.rpartition("@")[2].strip().lower() for m in mails if "@" in m]
    top = pd.Series([d.rpartition(".")[2] for d in domains], dtype=object).replace("uk", "gb")
    top = top[(top.str.len() == 2) & ~top.isin(_VANITY_DOMAINS)].str.upper()
    counts = top[top.isin(phonenumbers.SUPPORTED_REGIONS)].value_counts()
    if counts.empty or counts.iloc[0] < _MAIL_SHARE * len(mails):
        return None
    if len(counts) > 1 and counts.iloc[0] < 2 * counts.iloc[1]:
        return None
    return str(counts.index[0])


def with_country(df: pd.DataFrame, column: str, roles: dict[str, str]) -> bool:
    """Whether most of the records that have a value in ``column`` give a country."""
    if _country_column(df, roles) is None:
        return False
    held = df[column].notna()
    return bool(held.any()) and bool(_countries(df, roles)[held].notna().mean() >= 0.5)


def _countries(df: pd.DataFrame, roles: dict[str, str]) -> pd.Series:
    """Each record's country: its first country column that has one (a file of several
    systems keeps one column each)."""
    cols = [c for c, role in roles.items() if role == "country" and c in df.columns]
    out = df[cols[0]]
    for c in cols[1:]:
        out = out.where(out.notna(), df[c])
    return out


def _country_column(df: pd.DataFrame, roles: dict[str, str]) -> str | None:
    return next((c for c, role in roles.items() if role == "country" and c in df.columns), None)


def _regions(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the column's values, and the region of each distinct value (the last: none)."""
    codes, names = pd.factorize(values, use_na_sentinel=True)
    return codes, np.array([_region(v) for v in names] + [None], dtype=object)


def _region(value: object) -> str | None:
    """The country's region, if it has a numbering plan (Antarctica has none)."""
    text = as_text(value)
    region = None if text is None else region_of(text)
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _dialled(values: pd.Series, regions: np.ndarray) -> pd.Series:
    """Each number written without a country code as its record's country reads it (each
    distinct number and country once)."""
    texts = np.array([as_text(v) for v in values], dtype=object)
    national = np.flatnonzero(
        [
            isinstance(region, str) and text is not None and not text.startswith(("+", "00"))
            for text, region in zip(texts, regions, strict=True)
        ]
    )
    if len(national) == 0:
        return values
    pairs = pd.MultiIndex.from_arrays([texts[national], regions[national]])
    codes, distinct = pairs.factorize()
    readers = {region: reader("phone", region=region) for region in set(regions[national])}
    read = np.array([readers[region].row(text)[0] for text, region in distinct], dtype=object)
    found = np.array([isinstance(v, str) for v in read], dtype=bool)[codes]  # else as written
    out = values.to_numpy(dtype=object, copy=True)
    out[national[found]] = read[codes[found]]
    return pd.Series(out, index=values.index, name=values.name)


#: How much more of a phone column's numbers a region must read than another to be preferred.
_OWN_REGION_MARGIN = 0.1
#: Share of a column's numbers that a country it writes out must read (dialled) to be taken on a
#: tie with the file's region.
_READS_WELL = 0.8


def _national(values: pd.Series, seed: int) -> pd.Series:
    """A sample of the numbers written without a country code."""
    text = as_strings(sample_present(values, 500, seed)).str.strip()
    return text[~text.str.match(r"\+|00[1-9]")]


def read_at_home(df: pd.DataFrame, phones: list[str], home: str, seed: int = 0) -> bool:
    """Whether the numbers written without a country code read in ``home`` (the country most
    records give) about as well as in the region they read best in. A system that writes a
    country only for an address abroad gives the countries of the few, not the file's."""
    pooled = pd.concat([df[c] for c in phones], ignore_index=True)
    local = _national(pooled, seed)
    if len(local) < 20:
        return True
    best = phone_region(pooled, None, seed)
    if best == home:
        return True
    return valid_share(local, home) + _OWN_REGION_MARGIN >= valid_share(local, best)


def own_phone_regions(
    df: pd.DataFrame, phones: list[str], pooled: str, written: list[str], seed: int
) -> dict[str, str]:
    """The phone columns whose numbers written without a country code read clearly better in
    another region the file writes out (``written``) than in the file's (``pooled``): each
    system of a file of several countries writes its own country's numbers nationally
    (``20 12 34 56`` in a Danish one, ``412 34 567`` in a Norwegian one), which another
    country's plan may read as its own."""
    own: dict[str, str] = {}
    for col in phones:
        local = _national(df[col], seed)
        if len(local) < 20:
            continue
        # Of the countries the file writes out, the one that reads most of the column's
        # numbers: a Hong Kong card system writes its own 8-digit mobiles nationally and only
        # its mainland and Taiwan customers' in full, and Taiwan's plan reads most of Hong
        # Kong's numbers too (the first plan to read a majority would be the wrong one).
        # (On a tie, the countries the column itself writes out first: a Norwegian system's
        # "+47 …" beside its national numbers, which Denmark's plan reads as well.)
        # Numbers count as a plan's as they are dialled there: with its trunk prefix where it
        # has one (Malaysia's plan reads a Singapore mobile 9123 4567 as a landline, but a
        # Malaysian writes it 09-123 4567; a mixed column stays with the file's region).
        its_own = written_phone_regions(df[col], seed)
        # (A telco's MSISDNs, "93701234567" beside "0701234567": the numbers written with their
        # code but no "+" read in their country, whatever the column's region; the rest tell.)
        local = local[~code_without_plus(local, its_own)]
        if len(local) < 20:
            continue
        candidates = [*its_own, *written]
        shares = {r: _dialled_share(local, r) for r in dict.fromkeys(candidates) if r in written}
        shares.pop(pooled, None)
        if not shares:
            continue
        region = max(shares, key=shares.__getitem__)
        share, at_pooled = shares[region], _dialled_share(local, pooled)
        # (A country the column writes out itself that reads them well: as well is enough.)
        tied = region in its_own and share >= _READS_WELL and share >= at_pooled
        if tied or share > at_pooled + _OWN_REGION_MARGIN:
            own[col] = region
    return own


def _dialled_share(local: pd.Series, region: str) -> float:
    """The share of ``local`` (numbers written without a country code) that are valid in
    ``region`` and written as dialled there (:func:`~tekil.normalize.phones.plan_fit`): with
    its trunk prefix where its plan writes one (``0`` in most plans; not the ``1`` before a
    North American number, which ``514 555 0123`` leaves out as most there write it)."""
    return plan_fit(local, region)[1] if len(local) else 0.0
