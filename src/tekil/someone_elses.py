"""Columns of someone else's numbers: a next of kin's phone, a guarantor's id, a remittance's
receiver's, that a record keeps beside its person's own.

Where the other person is a customer too, their own records hold the same number in another
column. The records that share a number between two columns of the person's own are mostly
of one name; those that share the kin's number with the kin's own records are of another name
(a relative shares the family name at most). A column whose numbers meet records of other
names far more often than the file's other columns of that role do is someone else's, whatever
it is called (a Sinhala header, a file without one).
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from tekil.normalize._common import texts

log = logging.getLogger(__name__)

#: Pairs of records that share a number read per column, and the fewest that tell.
_PAIRS, _MIN_PAIRS = 300, 20
#: How many times less often than the role's typical column a column's shared numbers must be
#: held by records of one name, and the share of them that the typical column's must reach.
_TIMES, _ONE_NAME = 4.0, 0.25


def someone_elses(
    df: pd.DataFrame, roles: dict[str, str], columns: list[str], seed: int = 0
) -> list[str]:
    """Of ``columns`` (phone or id columns), those whose numbers, where another column of the
    role holds them too, are held by records of one person (:func:`one_name_share`)
    ``_TIMES`` times less often than the role's typical column's, in records that keep a
    number of the role in another column too, one that meets its own records.

    >>> own = [f"07{k:08d}" for k in range(60)]
    >>> df = pd.DataFrame({"name": [f"Ana{chr(97 + k % 26)}{k}" for k in range(60)] * 2,
    ...                    "a": own + [None] * 60, "b": [None] * 60 + own,
    ...                    "kin": [own[(k + 1) % 60] for k in range(60)] + [None] * 60})
    >>> roles = {"name": "full_name", "a": "phone", "b": "phone", "kin": "phone"}
    >>> someone_elses(df, roles, ["a", "b", "kin"])
    ['kin']
    """
    names = [c for c, r in roles.items() if r in NAME_ROLES]
    found: list[str] = []
    if not names:
        return found
    born = [c for c, r in roles.items() if r == "dob"]
    for role in {roles[c] for c in columns}:
        held = _held(df, [c for c, r in roles.items() if r == role], role)
        if held is None:
            continue
        pairs = held.merge(held, on="key", suffixes=("", "_other"))
        pairs = pairs[pairs["column"] != pairs["column_other"]]
        met = {}
        for col in pd.unique(pairs["column"]):
            mine = pairs[pairs["column"] == col]
            if (
                len(mine) >= _MIN_PAIRS
                and (share := one_name_share(df, roles, mine, seed, born)) is not None
            ):
                met[col] = share
        log.debug("shares of one name among records sharing %s values: %s", role, met)
        typical = float(np.median(list(met.values()))) if len(met) >= 2 else 0.0
        if typical < _ONE_NAME:
            continue
        anchored = _against_surest(df, roles, pairs, met, seed, born)
        found += [
            c
            for c in columns
            if c in met
            and (met[c] * _TIMES <= typical or c in anchored)
            and _beside_own(df, c, [o for o in met if o != c and met[o] >= _ONE_NAME])
        ]
    if found:
        log.info("columns of numbers that records of other names hold: someone else's %s", found)
    return found


def _against_surest(
    df: pd.DataFrame,
    roles: dict[str, str],
    pairs: pd.DataFrame,
    met: dict[str, float],
    seed: int,
    born: list[str],
) -> list[str]:
    """The columns whose numbers, where the surest column (the most often of one name) holds
    them too, are of one name ``_TIMES`` times less often than the other columns' (their
    median) are there.

    A next of kin's number that several systems keep is of one name between those systems'
    kin columns (the same kin, written twice), which lifts the kin columns' share over all
    their pairs; against the person's surest own column alone it meets only the kin's own
    records.
    """
    surest = max(met, key=met.__getitem__)
    against = {}
    for col in met:
        mine = pairs[(pairs["column"] == col) & (pairs["column_other"] == surest)]
        if col != surest and (share := one_name_share(df, roles, mine, seed, born)) is not None:
            against[col] = share
    if len(against) < 2:
        return []
    log.debug("shares of one name against %s: %s", surest, against)
    # (Each against the others: of two, the midpoint would ask eight times less.)
    return [
        c
        for c, share in against.items()
        if share * _TIMES <= float(np.median([v for o, v in against.items() if o != c]))
    ]


def holder_pairs(key: pd.Series, every: bool = False) -> pd.DataFrame:
    """Pairs of records (``row``, ``row_other``) that hold one value of ``key`` (a column's
    values, by record): each shared value's first holder beside its second, or beside ``every``
    other holder.

    >>> holder_pairs(pd.Series(["a", "b", "a", "a"]), every=True)["row_other"].tolist()
    [2, 3]
    """
    shared = key[key.duplicated(keep=False)]
    first = shared[~shared.duplicated()]
    other = shared[shared.duplicated()]
    other = other if every else other.drop_duplicates()
    return pd.DataFrame({"row": first.index, "key": first.to_numpy()}).merge(
        pd.DataFrame({"row_other": other.index, "key": other.to_numpy()}), on="key"
    )


def _beside_own(df: pd.DataFrame, col: str, others: list[str]) -> bool:
    """Whether most records that fill ``col`` fill another of ``others`` too (columns whose
    numbers meet their own records): a record keeps someone else's number beside its person's
    own (a system's only phone column is its person's, however its numbers meet other records,
    and where the person's own meets none, the system's names are likelier someone else's)."""
    present = df[col].notna()
    return bool(others) and float(df.loc[present, others].notna().any(axis=1).mean()) >= 0.5


def _held(df: pd.DataFrame, columns: list[str], role: str) -> pd.DataFrame | None:
    """The (row, column, key) of each value of ``columns``, read as one number however it is
    written (a phone's last digits, an id's letters and digits), each column's value once."""
    from tekil.settings import phone_tail

    if len(columns) < 2:
        return None
    frames = []
    for col in columns:
        text = texts(df[col].dropna())  # (8031234567.0, stored as a number, is 8031234567)
        if role == "phone":
            key = phone_tail(text)
        else:
            key = text.str.upper().str.replace(r"[\W_]", "", regex=True)
            key = key.where(key.str.len() >= 5)
        key = key.dropna()
        frames.append(pd.DataFrame({"row": key.index, "column": col, "key": key.to_numpy()}))
    return pd.concat(frames, ignore_index=True).drop_duplicates(["column", "key"])


def one_name_share(
    df: pd.DataFrame,
    roles: dict[str, str],
    pairs: pd.DataFrame,
    seed: int,
    born: list[str] | None = None,
    *,
    shorter: bool = False,
) -> float | None:
    """The share of ``pairs`` (rows ``row`` and ``row_other``, ``_PAIRS`` of them sampled)
    that are one person's: their records' names (:func:`_names_written`: the words of the
    columns that ``roles`` names, in one script) have most of their words in common (``shorter``: most of the shorter one's, where a
    middle name or a maiden name one side writes only is no other person), or their birth
    dates (the first of ``born`` each fills) are one; where their names cannot tell (written in
    two scripts, a Thai bank's and a telco's Latin letters, or missing), birth dates that differ
    are two people. A relative shares the family name at most, and a household's account
    holds its holder's name beside each member's own; one person's given name spelt two ways
    (Greeklish Giorgos, a Cypriot bank's Georgios) has one birth date (``None``: too few pairs
    with names or dates on both sides)."""
    from tekil.normalize.latin import script
    from tekil.normalize.text import fold

    if len(pairs) < _MIN_PAIRS:
        return None
    pairs = pairs.sample(min(len(pairs), _PAIRS), random_state=seed)
    rows = pd.unique(np.concatenate([pairs["row"].to_numpy(), pairs["row_other"].to_numpy()]))
    folded = {row: fold(t) for row, t in _names_written(df.loc[rows], roles).items()}
    words = {row: {w for w in t.split() if len(w) >= 2} for row, t in folded.items()}
    # Names written in one script only: Greeklish and the passports' Latin spell a name written
    # in Greek or Cyrillic letters many ways, which tell neither one person nor two.
    scripts = {row: script(t.lstrip()[:1] or "?") for row, t in folded.items()}
    dates = _birth_dates(df, born or [], rows)
    met = []
    for a, b in zip(pairs["row"], pairs["row_other"], strict=True):
        if dates.get(a) is not None and dates.get(a) == dates.get(b):
            met.append(True)
        elif words[a] and words[b] and scripts[a] == scripts[b]:
            x, y = words[a], words[b]
            met.append(len(x & y) > (min(len(x), len(y)) if shorter else len(x | y)) / 2)
        elif dates.get(a) is not None and dates.get(b) is not None:
            met.append(False)  # (two birth dates, where the names cannot tell)
    return float(np.mean(met)) if len(met) >= _MIN_PAIRS else None


def _names_written(df: pd.DataFrame, roles: dict[str, str]) -> pd.Series:
    """Each record's name: its given, middle and family names, and where it fills no given
    name, the first whole name it fills, in the file's order (a form names its person before a
    next of kin or a guarantor, whose whole name, read as a full name by its values, would
    join the person's own; beside the person's given names, any whole name is another's)."""
    parts = [c for c in df.columns if roles.get(c) in NAME_ROLES - {"full_name"}]
    given = [c for c in df.columns if roles.get(c) == "first_name"]
    wholes = [c for c in df.columns if roles.get(c) == "full_name"]
    written = df[parts].astype("string").fillna("").agg(" ".join, axis=1) if parts else ""
    if wholes:
        # (As text first: a row of objects all missing, NaN, is no number pandas may cast to.)
        whole = df[wholes].astype("string").bfill(axis=1).iloc[:, 0].fillna("")
        if given:
            whole = whole.where(df[given].isna().all(axis=1), "")
        written = whole + " " + written
    return pd.Series(written, index=df.index, dtype="string")


def _birth_dates(df: pd.DataFrame, born: list[str], rows: np.ndarray) -> dict:
    """Each of ``rows``' birth date (the first of ``born`` it fills, read as its column's dates
    are written), or ``None``."""
    from tekil.inference import dayfirst
    from tekil.normalize import date

    out: dict = {}
    for col in born:
        values = df.loc[rows, col].dropna()
        read = date(values.astype(str), dayfirst=dayfirst(df[col]))["value"]
        for row, value in read.dropna().items():
            out.setdefault(row, value)
    return out


#: The roles of a person's name columns.
NAME_ROLES = frozenset({"first_name", "last_name", "full_name", "middle_name"})
