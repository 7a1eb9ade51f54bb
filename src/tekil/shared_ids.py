"""Ids that several systems keep: the codes of one column written again in another.

A file of several systems stacked (a wallet's KYC, a bank's core, a SIM registry) keeps the
person's identity document in each system's own column, whatever the column is called and
whatever documents it holds (a national card ``C 0012 3456 78``, a NINA, a passport
``B1234567``): the same codes turn up in two columns. Codes that coincide by chance (two
systems' order numbers, both counting from one) are held by records that have nothing else in
common; records that hold one person's id in two systems share the words of their names far
more often than records paired at random.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from tekil.normalize._common import as_strings

log = logging.getLogger(__name__)

#: Fewest digits of a code that may be a person's id (a date or a house number has fewer).
_DIGITS = 5
#: Most digits of a postcode (India's, Russia's, China's six).
_POSTCODE_DIGITS = 6
#: Share of a column's values that must be such codes, and share of them distinct: a person's
#: card is on each of their tickets (two to four), a postcode or a branch's code on many.
_CODES, _DISTINCT = 0.8, 0.25
#: One word of six to twelve capitals and digits (a code written as a whole, no separators).
_MIXED_CODE = r"[A-Z0-9]{6,12}"
#: Where a code turns from letters to digits or back.
_TURNS = r"(?<=\d)(?=[A-Z])|(?<=[A-Z])(?=\d)"
#: Records holding a code that another column holds too, needed before the codes may be ids.
_MIN_SHARED = 20
#: Records sampled for their words, and the share of them a word may be in and still tell
#: people apart (a town's, a document type's are in many); pairs of records read per column.
_ROWS, _COMMON_WORD, _PAIRS = 2_000, 0.2, 500
#: How much more often the records of a shared code must share a word than records paired at
#: random.
_MORE_OFTEN = 0.3


def ids_across_systems(
    df: pd.DataFrame, columns: list[str], others: list[str], seed: int = 0
) -> list[str]:
    """Of ``columns``, those whose codes (``_DIGITS`` digits or more, letters or not, their
    separators dropped) ``columns`` or ``others`` hold in other records too, where the records
    that share a code share a word of their other cells (a name) far more often than records
    paired at random.

    >>> people = [f"{a}{b}" for a in "BDFGKLM" for b in ("ala", "eno", "iru", "umi", "ova", "yte")][:40]
    >>> df = pd.DataFrame({"a": [f"C {k:04d} 5678" for k in range(40)] + [None] * 40,
    ...                    "b": [None] * 40 + [f"C{k:04d}5678" for k in range(40)],
    ...                    "n": people * 2})
    >>> ids_across_systems(df, ["a", "b"], [])
    ['a', 'b']
    >>> ids_across_systems(df.assign(n=people + people[::-1]), ["a", "b"], [])
    []
    """
    from tekil.inference import sample_present

    looked = [
        c
        for c in dict.fromkeys([*columns, *others])
        if codes_of(sample_present(df[c], _ROWS, seed)) is not None
    ]
    codes = {c: v for c in looked if (v := codes_of(df[c])) is not None}
    if len(codes) < 2 or not set(codes) & set(columns):
        return []
    # One record per code and column: a code that many records of one system hold is one
    # pair of columns' evidence all the same.
    held = pd.concat(
        [
            pd.DataFrame({"row": v.index, "column": c, "code": v.to_numpy()})
            for c, v in codes.items()
        ],
        ignore_index=True,
    ).drop_duplicates(["column", "code"])
    pairs = held.merge(held, on="code", suffixes=("", "_other"))
    pairs = pairs[pairs["column"] != pairs["column_other"]].drop_duplicates("row")
    rng = np.random.default_rng(seed)
    tried = {}
    for col in [c for c in columns if c in codes]:
        mine = pairs[pairs["column"] == col]
        if len(mine) >= _MIN_SHARED:
            mine = mine.sample(min(len(mine), _PAIRS), random_state=seed)
            tried[col] = mine["row"], mine["row_other"], pd.Series(rng.choice(df.index, len(mine)))
    if not tried:
        return []
    rows = pd.unique(np.concatenate([s.to_numpy() for t in tried.values() for s in t]))
    words = _row_words(df.drop(columns=list(codes)), rows, seed)
    found = [
        col
        for col, (own, other, stranger) in tried.items()
        if _share_a_word(words, own, other) >= _share_a_word(words, own, stranger) + _MORE_OFTEN
    ]
    if found:
        log.info("columns of codes that other columns' records hold too: ids %s", found)
    return found


def tails_of_ids(
    df: pd.DataFrame, columns: list[str], roles: dict[str, str], seed: int = 0
) -> list[str]:
    """Of ``columns``, those of short codes (:data:`~tekil.normalize.ids.TAIL` letters and
    digits) that are the last characters of a person's id column's values (``free_id`` in
    ``roles``) on records of one name (the shorter name's words) or birth date
    (:func:`tekil.someone_elses.one_name_share`): a care desk's ``NRIC_LAST4`` (``567D``,
    ``0088``) beside the bank's whole ``S1234567D``. A postcode or a year of four digits meets
    an id's last four by chance only, on records of other people.

    >>> ids = [f"S{k:07d}D" for k in range(40)]
    >>> df = pd.DataFrame({"nric": ids + [None] * 40, "last4": [None] * 40 + [i[-4:] for i in ids],
    ...                    "name": [f"Tan Wei{chr(97 + k % 26)}{k}" for k in range(40)] * 2})
    >>> tails_of_ids(df, ["last4"], {"nric": "free_id", "name": "full_name"})
    ['last4']
    """
    from tekil.inference import sample_present
    from tekil.normalize.ids import TAIL, free_id
    from tekil.someone_elses import NAME_ROLES, one_name_share

    ids = [c for c, r in roles.items() if r == "free_id"]
    if not ids or not any(r in NAME_ROLES for r in roles.values()):
        return []
    born = [c for c, r in roles.items() if r == "dob"]
    found: list[str] = []
    tails = None
    for col in columns:
        if not _short_codes(sample_present(df[col], _ROWS, seed), TAIL):
            continue
        text = as_strings(df[col].dropna()).str.upper().str.replace(r"[\W_]", "", regex=True)
        if tails is None:  # (read only where a column of short codes asks)
            tails = pd.concat([free_id(as_strings(df[c].dropna()))["tail"].dropna() for c in ids])
            tails = pd.DataFrame({"row_other": tails.index, "key": tails.to_numpy()})
        mine = pd.DataFrame({"row": text.index, "key": text.to_numpy()})
        pairs = mine.merge(tails, on="key")
        pairs = pairs[pairs["row"] != pairs["row_other"]].drop_duplicates("row")
        # (Most of the shorter name's words: a care desk writes "Zainal" for Zainal bin Yusof.)
        share = one_name_share(df, roles, pairs, seed, born, shorter=True)
        if share is not None and share >= _ONE_PERSON:
            found.append(col)
    if found:
        log.info("columns of codes that are the last characters of ids: ids %s", found)
    return found


def _short_codes(values: pd.Series, length: int) -> bool:
    """Whether enough of ``values`` are there, and most of them codes of ``length`` letters and
    digits (their separators dropped)."""
    text = as_strings(values.dropna()).str.upper().str.replace(r"[\W_]", "", regex=True)
    return len(text) >= _MIN_SHARED and float((text.str.len() == length).mean()) >= _CODES


#: Share of the records that meet an id's tail that must be of the id's person.
_ONE_PERSON = 0.5


def codes_of(values: pd.Series) -> pd.Series | None:
    """The column's values as codes (capitals and digits only), if most of them are codes of
    ``_DIGITS`` digits or more (of more than ``_POSTCODE_DIGITS`` if no letters) and mostly
    distinct; else ``None``."""
    text = as_strings(values.dropna())
    if len(text) < _MIN_SHARED:
        return None
    distinct = pd.unique(text)
    read = pd.Series(distinct).str.upper().str.replace(r"[\W_]", "", regex=True)
    codes = text.map(dict(zip(distinct, read, strict=True)))
    digits = codes.str.count(r"\d")
    # (Postcodes are digits alone, six at most: no person's id is so short.)
    coded = (digits >= _DIGITS) & ((digits > _POSTCODE_DIGITS) | (codes.str.len() > digits))
    # Or one word of letters and digits mixed through it, of an id's length and as written:
    # Malawi's national ids ("K8T4P2X9") have few digits; a street is no one word, and a name
    # or a handle with a number after it ("SMITH10") changes from letters to digits once.
    mixed = text.str.fullmatch(_MIXED_CODE) & (digits >= 2) & (codes.str.len() - digits >= 2)
    coded |= mixed & (text.str.count(_TURNS) >= 2)
    if float(coded.mean()) < _CODES or codes[coded].nunique() < _DISTINCT * int(coded.sum()):
        return None
    return codes[coded]


def _row_words(df: pd.DataFrame, rows: np.ndarray, seed: int) -> pd.Series:
    """The words of three letters or more (folded) in the cells of ``rows``, without those in
    more than ``_COMMON_WORD`` of a sample of the records (a town's, a document type's)."""
    from tekil.normalize.text import fold

    sample = df.sample(min(len(df), _ROWS), random_state=seed).index
    text = df.loc[pd.unique(np.concatenate([rows, sample.to_numpy()]))]
    cells = text.select_dtypes(exclude="number").astype("string").stack().dropna()
    split = {
        v: frozenset(w for w in fold(v).split() if len(w) >= 3 and w.isalpha())
        for v in pd.unique(cells)
    }
    words = cells.map(split).groupby(level=0).agg(lambda sets: frozenset().union(*sets))
    counts = words.reindex(sample).dropna().explode().value_counts()
    common = frozenset(counts.index[counts > _COMMON_WORD * len(sample)])
    return words.map(lambda ws: ws - common).reindex(text.index, fill_value=frozenset())


def _share_a_word(words: pd.Series, rows: pd.Series, others: pd.Series) -> float:
    """The share of pairs of records (``rows`` and ``others``, by position) with a word in
    common."""
    a, b = words.loc[rows.to_numpy()], words.loc[others.to_numpy()]
    return float(np.mean([bool(x & y) for x, y in zip(a, b, strict=True)]))
