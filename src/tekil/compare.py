"""Comparison levels: how alike two records are, field by field, as small integers.

Each :class:`Comparison` turns the pairs ``(i, j)`` into one level per pair:
``0`` means the value is missing on either side (it carries no evidence), then
levels run from the strongest agreement (``exact``) down to ``else``
(disagreement). Levels are data, so a model explains itself level by level.

Every string measure is computed once per *distinct* pair of value codes (see
:mod:`tekil.similarity`), never once per record pair in Python.

>>> [c.levels for c in comparisons_for_role("phone", "phone")]
[('null', 'exact', 'same_last7', 'one_edit', 'else')]
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from itertools import permutations

import numpy as np
import pandas as pd

from tekil._prefixes import packed, starts_with
from tekil._shared_tokens import shared_tokens
from tekil._word_rows import word_rows
from tekil.errors import ConfigError
from tekil.nicknames import nickname_groups, same_group
from tekil.normalize._common import AS_DIGITS
from tekil.normalize.ids import TAIL
from tekil.normalize.latin import latin, loose_latin, script
from tekil.normalize.mongolian_register import register_number
from tekil.normalize.names import patronymic_father
from tekil.parallel import map_threads
from tekil.records import (
    MULTI_COLUMN_ROLES,
    Field,
    Records,
    joint_codes,
    joint_vocabulary,
    one_letter,
    same_role_fields,
)
from tekil.settings import LOCATION_ROLES
from tekil.similarity import (
    burmese_readings,
    derived,
    hangul_letters,
    irish_readings,
    latin_readings,
    loose_readings,
    one_transposition,
    pair_similarity,
    somali_readings,
    south_slavic_readings,
    spelled_alike,
    value_lengths,
    with_clusters,
    within_one_edit,
    words_spelled_alike,
)
from tekil.user_names import USER_NAMES, user_name_fields, user_names


@dataclass(frozen=True)
class Comparison:
    """One comparison: its name, role and ordered level labels (0 = null).

    A group comparison (``members`` set) reads several fields that describe the
    same thing, such as the parts of an address, and counts their evidence once.
    """

    field: str
    role: str
    levels: tuple[str, ...]
    members: tuple[str, ...] = ()
    #: Whether level 1 means equal values of ``primary`` (so value frequencies apply).
    exact_is_equality: bool = True

    @property
    def n_levels(self) -> int:
        return len(self.levels)

    @property
    def differing(self) -> list[int]:
        """Its levels of values that differ as written but may be one person's (a nickname):
        evidence only where the data shows it (see :func:`~tekil.estimation.neutral_m`)."""
        return [k for k, name in enumerate(self.levels) if name in DIFFERING_LEVELS]

    @property
    def less_specific(self) -> list[int]:
        """Its levels of agreement on less than the whole value: a place's postcode or town
        where the streets differ, no stronger evidence than the same address."""
        return list(range(2, self.n_levels - 1)) if self.levels == LOCATION_LEVELS else []

    @property
    def partial(self) -> list[int]:
        """Its levels where one side gives part of the value, which agrees (an initial)."""
        return [k for k, name in enumerate(self.levels) if name in PARTIAL_LEVELS]

    @property
    def fields(self) -> tuple[str, ...]:
        """The record fields this comparison reads."""
        return self.members or (self.field,)

    @property
    def primary(self) -> str:
        """The field whose exact agreement is level 1 (used for value frequencies)."""
        return self.fields[0]

    @property
    def weighs_value_frequencies(self) -> bool:
        """Whether its agreements are worth less on common values of :attr:`primary`: not for
        a year written in an identifier, which no field's values hold."""
        return self.role != "written_year"


#: Levels of values that differ as written but may be one person's.
DIFFERING_LEVELS = frozenset({"nickname"})
#: Levels where one side gives only part of the value, and that part agrees ("B." against
#: "Bermejo"): a way of writing, no evidence against the pair whatever EM saw.
PARTIAL_LEVELS = frozenset({"initial", "known_parts"})

#: Pairs compared at a time: the temporaries of one chunk stay in the hundreds of MB.
CHUNK = 4_000_000
#: The similarity of a name in Arabic-script letters and a Latin spelling that shares its
#: consonants (:func:`~tekil.similarity.spelled_alike`): above every "close" cut (0.90, 0.92).
SPELLED_ALIKE = 0.95

#: Roles of no comparison of their own: their values meet the other record's given name, in
#: the first-name comparison (a preferred name, "Jack" for Wei).
MET_BY_GIVEN_NAMES = frozenset({"known_as"})

_NAME_LEVELS = (
    "null",
    "exact",
    "jw_0.92",
    "tokens_shared",
    "swapped",
    "crossed",
    "initial",
    "jw_0.80",
    "nickname",
    "else",
)
# A swap is one fact: the first-name comparison records it, the last-name one stays silent.
_LAST_NAME_LEVELS = tuple(x for x in _NAME_LEVELS if x not in ("swapped", "crossed", "nickname"))
_LEVELS: dict[str, tuple[str, ...]] = {
    "first_name": _NAME_LEVELS,
    "last_name": _LAST_NAME_LEVELS,
    # "known_parts": a year alone (or a month and year) that agrees as far as it goes, as old
    # identity cards and forms keep a birth date; "same_year": whole dates of another day.
    "dob": (
        "null",
        "exact",
        "day_month_swapped",
        "one_part_off",
        "known_parts",
        "same_year",
        "else",
    ),
    "phone": ("null", "exact", "same_last7", "one_edit", "else"),
    "email": ("null", "exact", "same_local_part", "transposed", "jw_0.92", "else"),
    "handle": ("null", "exact", "same_username", "else"),
    # A number seen masked or mistyped (no token) agrees with another by its last four digits.
    "card": ("null", "exact", "same_last4", "else"),
    "alias": ("null", "name_is_identifier", "jw_0.92", "else"),
    "tckn": ("null", "exact", "else"),
    "gender": ("null", "exact", "else"),
    # A generational suffix: a father and a son of one name and address differ in it alone.
    "suffix": ("null", "exact", "else"),
    # Ages written a year or a few apart (a birthday, a file updated later) differ a little.
    "age": ("null", "exact", "one_year_apart", "few_years_apart", "else"),
    "country": ("null", "exact", "else"),
    "free_id": ("null", "exact", "one_edit", "same_tail", "else"),
    "postcode": ("null", "exact", "one_edit", "else"),
    "house_number": ("null", "exact", "one_edit", "else"),
    "address": ("null", "exact", "close", "within", "similar", "else"),
    "city": ("null", "exact", "jw_0.90", "else"),
    "district": ("null", "exact", "jw_0.90", "else"),
    "region": ("null", "exact", "jw_0.90", "else"),
    # A family name at birth: the other record's (or its birth name) under a married name.
    "birth_name": ("null", "exact", "family_name", "else"),
    # A middle name is often its initial alone ("A." for Anne).
    "middle_name": ("null", "exact", "jw_0.92", "initial", "else"),
    "birth_place": ("null", "exact", "jw_0.90", "else"),
    "mother_name": ("null", "exact", "jw_0.90", "else"),
    "father_name": ("null", "exact", "jw_0.90", "else"),
}


def comparisons_for_role(name: str, role: str) -> list[Comparison]:
    """The comparisons tekil makes for a field of this role."""
    return [Comparison(name, role, _LEVELS[role], exact_is_equality=role != "alias")]


LOCATION_LEVELS = (
    "null",
    "same_address",
    "similar_address",
    "same_postcode",
    "same_district",
    "same_city",
    "near_postcode",
    "same_region",
    "else",
)
# Order of the members of a location group: the most specific first.
_LOCATION_ORDER = ("address", "postcode", "district", "city", "region", "house_number")

#: Levels of a birth year written in an e-mail or a handle (``ayse.yilmaz85``, ``@mehmet1979``)
#: against the other record's birth date or its other identifier.
WRITTEN_YEAR_LEVELS = ("null", "exact", "else")
_YEAR_SOURCES = {"email": "local", "handle": "username"}

#: Levels of the user names two records' handles and e-mails hold (:func:`~tekil.records.user_name`)
#: against each other: ``@jess_smith88`` against ``instagram.com/jess.smith88`` in another
#: column, or against the e-mail ``jess.smith88@gmail.com``.
#: ``exact``: a user name with more than letters (``jsmith88``, chosen); ``letters``: one of
#: letters only (``deancampbell``), which may be spelt from a name as a namesake spells it.
USER_NAME_LEVELS = ("null", "exact", "letters", "else")
#: The levels of the comparisons across fields, by role.
_GROUP_LEVELS = {
    "location": LOCATION_LEVELS,
    "written_year": WRITTEN_YEAR_LEVELS,
    USER_NAMES: USER_NAME_LEVELS,
}


def default_comparisons(records: Records) -> list[Comparison]:
    """One comparison per field, except that place fields form one ``location`` comparison.

    Records at the same address also share the postcode, district and city, so
    counting each of them would count one fact four times (and glue together
    the members of a household). The group's level is the most specific place
    the two records share.
    """
    places = [n for n, f in records.fields.items() if f.role in LOCATION_ROLES]
    out: list[Comparison] = []
    for name, fld in records.fields.items():
        if fld.role in MET_BY_GIVEN_NAMES:
            continue
        if len(places) < 2 or name not in places:
            out.extend(comparisons_for_role(name, fld.role))
    if len(places) >= 2:
        members = sorted(places, key=lambda n: _LOCATION_ORDER.index(records.fields[n].role))
        out.append(Comparison("location", "location", LOCATION_LEVELS, tuple(members)))
    users = user_name_fields(records)
    if users and USER_NAMES not in records.fields:
        out.append(
            Comparison(USER_NAMES, USER_NAMES, USER_NAME_LEVELS, users, exact_is_equality=False)
        )
    written = _written_year_members(records)
    if written is not None:
        out.append(
            Comparison(
                "written_year",
                "written_year",
                WRITTEN_YEAR_LEVELS,
                written,
                exact_is_equality=False,
            )
        )
    return out


def _written_year_members(records: Records) -> tuple[str, ...] | None:
    """The birth date and the first e-mail and handle fields, if there are a date and either."""
    first = {}
    for name, fld in records.fields.items():
        if fld.role in ("dob", *_YEAR_SOURCES):
            first.setdefault(fld.role, name)
    if "dob" not in first or len(first) < 2:
        return None
    return tuple(first[role] for role in ("dob", *_YEAR_SOURCES) if role in first)


def compare(
    records: Records, i: np.ndarray, j: np.ndarray, comparisons: list[Comparison]
) -> np.ndarray:
    """Levels of every pair ``(i[k], j[k])``: an ``int8`` array of shape (pairs, comparisons)."""
    out = np.zeros((len(i), len(comparisons)), dtype=np.int8)
    known = [_known_levels(comp) for comp in comparisons]
    for role in MULTI_COLUMN_ROLES:  # made here, before the threads share them
        if len(names := same_role_fields(records, role)) > 1:
            joint_codes(records, names)
    if (cards := same_role_fields(records, "card")) and "last4" in records.fields[cards[0]].parts:
        for part in CARD_ENDS:
            joint_codes(records, cards, part)
    for comp in comparisons:
        if comp.role == "age":
            age_shift(records, records.fields[comp.field])
        if comp.role == "location":
            for role, names in _several_columns(records, comp.members):
                joint_codes(records, names)
                if role == "address":  # (their words, once)
                    derived(joint_vocabulary(records, names), "words", word_rows)
    for start in range(0, len(i), CHUNK):  # bounded memory: string measures allocate per pair
        a, b = i[start : start + CHUNK], j[start : start + CHUNK]

        def fill(c: int, a=a, b=b, rows=slice(start, start + CHUNK)) -> None:
            comp = comparisons[c]
            if comp.role in _GROUP_LEVEL_FUNCTIONS:
                levels = _GROUP_LEVEL_FUNCTIONS[comp.role](records, comp, a, b)
            else:
                fld = records.fields[comp.field]
                levels = _LEVEL_FUNCTIONS[comp.role](records, fld, a, b)
                if comp.role in MULTI_COLUMN_ROLES:
                    levels = _across_columns(records, fld, levels, a, b)
            out[rows, c] = levels if known[c] is None else known[c][levels]

        # Each comparison fills its own column: the same levels whichever thread ran it.
        if len(a) >= THREADED_PAIRS:
            map_threads(fill, range(len(comparisons)))
        else:
            for c in range(len(comparisons)):
                fill(c)
    return out


def _across_columns(records: Records, fld: Field, level: np.ndarray, i, j) -> np.ndarray:
    """An identifier's levels with the record's other columns of its role: the same number as
    one record's home phone and the other's mobile agrees exactly.

    Each value two records share is counted once, by the first of the two columns it is in:
    that column's comparison agrees exactly, the later one's is null rather than different.
    Two records with numbers in no column in common, none shared, differ in the first column.
    """
    names = same_role_fields(records, fld.role)
    if len(names) < 2:
        return level
    codes = joint_codes(records, names)
    at = names.index(fld.name)

    def shared(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return (x[i] >= 0) & (x[i] == y[j]) | (y[i] >= 0) & (y[i] == x[j])

    counted = np.zeros(len(i), dtype=bool)  # by this column
    elsewhere = np.zeros(len(i), dtype=bool)  # by an earlier column
    for k, other in enumerate(codes):
        if k != at:
            (counted if k > at else elsewhere)[shared(codes[at], other)] = True
    level = level.copy()
    level[elsewhere] = 0
    level[counted] = 1
    if at == 0:
        apart = level == 0
        apart &= np.logical_or.reduce([c[i] >= 0 for c in codes])
        apart &= np.logical_or.reduce([c[j] >= 0 for c in codes])
        for x, y in itertools.combinations_with_replacement(codes, 2):
            apart &= ~shared(x, y)
        if fld.role == "free_id":  # ids of other kinds (an NRC, a passport) say nothing
            apart &= _akin_ids(records, names, i, j)
        last = len(_LEVELS[fld.role]) - 1
        level[apart] = last
        if fld.role == "phone" and "last7" in fld.parts:
            level[apart] = _tails_across(records, names, apart, i, j)[apart]
        if fld.role == "free_id":  # one id typed with a slip in two systems' columns
            own = (fld.codes[i] >= 0) & (fld.codes[j] >= 0)  # its own comparison saw the slip
            across = np.flatnonzero((level == last) & ~own)
            level[across[_one_edit_across(records, names, codes, i[across], j[across])]] = 2
    return level


def _tails_across(records: Records, names: tuple[str, ...], apart: np.ndarray, i, j) -> np.ndarray:
    """The first phone column's level of pairs sharing no number in any column (``apart``):
    ``same_last7`` where one record's number in one column ends as the other's in another does
    (``0661 23 45 67`` in a file of no country, read as dialled in one, against
    ``+213 661 23 45 67``: one number or a number of another country), null where they end
    alike in a later column only (its own comparison says so), else ``else``."""
    tails = joint_codes(records, names, "last7")
    rows = np.flatnonzero(apart)
    across = np.zeros(len(rows), dtype=bool)
    within = np.zeros(len(rows), dtype=bool)
    a, b = i[rows], j[rows]
    for x, y in itertools.combinations_with_replacement(range(len(tails)), 2):
        tx, ty = tails[x], tails[y]
        hit = (tx[a] >= 0) & (tx[a] == ty[b]) | (ty[a] >= 0) & (ty[a] == tx[b])
        (within if x == y else across)[hit] = True
    levels = _LEVELS["phone"]
    out = np.full(len(i), len(levels) - 1, dtype=np.int8)
    out[rows[within]] = 0
    out[rows[across]] = levels.index("same_last7")
    return out


def _one_edit_across(records: Records, names: tuple[str, ...], codes, i, j) -> np.ndarray:
    """Per pair, whether a value of one record and one of the other in another column of the
    role are one edit apart (a digit mistyped, two swapped)."""
    vocabulary = joint_vocabulary(records, names)  # (kept: its byte rows are made once)
    near = np.zeros(len(i), dtype=bool)
    for x, y in itertools.permutations(range(len(codes)), 2):
        both = np.flatnonzero((codes[x][i] >= 0) & (codes[y][j] >= 0) & ~near)
        if len(both):
            near[both] = within_one_edit(
                codes[x][i][both], codes[y][j][both], vocabulary, transpositions=True
            )
    return near


def shared_value_codes(records: Records, fld: Field, i, j) -> np.ndarray:
    """Per pair agreeing on ``fld`` (exactly, in :func:`compare`), the code in ``fld`` of the
    value they share: the first record's, unless only the second holds it in this column (the
    first in another one of the role)."""
    names = same_role_fields(records, fld.role) if fld.role in MULTI_COLUMN_ROLES else ()
    if len(names) < 2:
        return fld.codes[i]
    codes = joint_codes(records, names)
    mine = codes[names.index(fld.name)][i]
    held = np.logical_or.reduce([(mine >= 0) & (mine == other[j]) for other in codes])
    return np.where(held, fld.codes[i], fld.codes[j])


def _known_levels(comp: Comparison) -> np.ndarray | None:
    """Today's levels of ``comp``'s role as those of ``comp``, a comparison of a model saved
    before a level was added: a level it lacks counts as the next, weaker one it has."""
    now = _GROUP_LEVELS.get(comp.role) if comp.members else _LEVELS.get(comp.role)
    if now is None or comp.levels == now:
        return None
    index = {name: k for k, name in enumerate(comp.levels)}
    try:
        return np.array(
            [next(index[name] for name in now[k:] if name in index) for k in range(len(now))],
            dtype=np.int8,
        )
    except StopIteration:
        raise ConfigError(
            f"the model's levels of {comp.field!r} {comp.levels} cannot be read by this version "
            f"of tekil ({now}); train the model again"
        ) from None


#: Fewest pairs whose comparisons run on several threads (numpy and rapidfuzz release the
#: GIL for most of the work: about a third faster on two cores); below, threads cost more.
THREADED_PAIRS = 20_000


# ---- level functions: each returns int8 levels in the order of _LEVELS[role] ---------------------
def _assign(null: np.ndarray, conditions: list[np.ndarray]) -> np.ndarray:
    """Level = 1 + index of the first true condition; last level if none; 0 where null.

    Each pair's conditions (and null) are packed as the bits of a small code, and its level
    is read from a table of the codes: a few cheap passes, where setting the level where each
    condition holds cost four times more."""
    k = len(conditions)
    if k >= 15:  # (no comparison has so many levels)
        raise ValueError(f"too many conditions: {k}")
    dtype = np.uint8 if k < 8 else np.uint16
    code = np.asarray(null, dtype=bool).astype(dtype) << dtype(k)
    for bit, condition in enumerate(conditions):
        packed = np.asarray(condition, dtype=bool).view(np.uint8).astype(dtype, copy=False)
        code |= packed << dtype(bit)
    return _level_table(k)[code]


@cache
def _level_table(k: int) -> np.ndarray:
    """Per code of :func:`_assign` (``k`` condition bits and the null bit), its level; made
    once per ``k``, as a store's single call assigns levels dozens of times."""
    codes = np.arange(1 << (k + 1))
    lowest = codes & -codes  # the first true condition's bit
    table = np.where(lowest > 0, np.log2(np.maximum(lowest, 1)).astype(np.int64) + 1, k + 1)
    table[codes >> k & 1 == 1] = 0
    out = table.astype(np.int8)
    out.flags.writeable = False
    return out


def _codes(fld: Field, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a, b = fld.codes[i], fld.codes[j]
    return a, b, (a < 0) | (b < 0)


def _one_side_empty(i: np.ndarray, j: np.ndarray, per_record: list[np.ndarray]) -> bool:
    """Whether every pair has none of ``per_record``'s values (codes, -1: none) on one of its
    sides: then a comparison reading only those is null throughout. A store's call compares
    one new record, which often has none of them, with a handful of candidates."""
    # A batch's chunk of a million pairs nearly always holds a pair with both sides: looked
    # for in its first pairs, the whole chunk is gathered only where they have none.
    for start, stop in ((0, _FIRST_LOOK), (_FIRST_LOOK, len(i))):
        ends = (i[start:stop], j[start:stop])
        has = [np.logical_or.reduce([codes[side] >= 0 for codes in per_record]) for side in ends]
        if (has[0] & has[1]).any():
            return False
    return True


#: How many of a chunk's pairs :func:`_one_side_empty` looks at first.
_FIRST_LOOK = 4096


def _sim(fld: Field, a: np.ndarray, b: np.ndarray, scorer: str) -> np.ndarray:
    """Similarity in [0, 1]; 0 where either side is missing. Values in Cyrillic or Greek
    letters are also read in Latin ones (:func:`~tekil.normalize.latin.latin`), and a pair
    scores the better of its two readings: "иван" meets "ivan", and a typo in "иван" stays
    one letter against "иван"; a pair with a side in Cyrillic letters is scored by their loose
    readings too (:func:`~tekil.similarity.loose_readings`: "хуршид" meets "xurshid"), and by
    the readings of Serbian and Macedonian Latin (:func:`~tekil.similarity.south_slavic_readings`:
    "живковић" meets "zivkovic", Živković folded). Likewise values of letters with marks (Hindi, Bengali, Thai) are also scored by their code
    points: a slip of one key can break two letters ("रकिश्मा" for "करिश्मा": one cluster of
    three alike, six code points of seven)."""
    if len(a) == 0:  # a store's call of a few pairs has none here as often as not
        return np.zeros(0)
    sim = np.nan_to_num(pair_similarity(a, b, fld.uniques, scorer=scorer), nan=0.0)
    # A name in Arabic-script letters and a Latin spelling of it: as close as two spellings
    # of a name in one script that differ in a letter or two.
    alike = spelled_alike(a, b, fld.uniques)
    sim[alike] = np.maximum(sim[alike], SPELLED_ALIKE)
    readings, other = latin_readings(fld.uniques)
    loose, cyrillic = loose_readings(fld.uniques)
    slavic = south_slavic_readings(fld.uniques)
    burmese, in_burmese = burmese_readings(fld.uniques)
    irish, in_irish = irish_readings(fld.uniques)
    somali, in_somali = somali_readings(fld.uniques)
    marked = with_clusters(fld.uniques)
    for values, units, where in (
        (readings, "graphemes", other),
        (loose, "graphemes", cyrillic),
        (slavic, "graphemes", cyrillic),
        (burmese, "graphemes", in_burmese),
        (somali, "graphemes", in_somali),
        *((english, "graphemes", in_irish) for english in irish),
        (fld.uniques, "code_points", marked),
    ):
        if values is None or where is None:
            continue
        again = np.flatnonzero(where[a] | where[b])  # the pairs read another way too
        if len(again):
            also = pair_similarity(a[again], b[again], values, scorer, units)
            sim[again] = np.maximum(sim[again], np.nan_to_num(also, nan=0.0))
    return sim


def _read_alike(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair of distinct codes, whether the two values are one name: equal, or one in another
    script that reads as the other in Latin letters ("ελενη", "eleni"; "иван", "ivan"), as
    passports and cards spell it: no nearer spelling than a slip of a letter, but the name."""
    same = a == b
    readings, other = latin_readings(fld.uniques)
    if readings is not None:
        read = np.flatnonzero(~same & (other[a] | other[b]))
        same[read] = readings[a[read]] == readings[b[read]]
    # A family name in Irish and its English form ("ni bhriain", "obrien"): the name.
    irish, in_irish = irish_readings(fld.uniques)
    read = np.flatnonzero(~same & (in_irish[a] | in_irish[b])) if irish else []
    for x, y in itertools.product(irish, repeat=2):
        same[read] |= x[a[read]] == y[b[read]]
    # A name in Somali orthography and its English spelling ("cali ibraahim", "ali ibrahim").
    somali = somali_readings(fld.uniques)[0]
    if somali is not None:
        read = np.flatnonzero(~same)
        same[read] = somali[a[read]] == somali[b[read]]
    return same


def _distinct_pairs(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair's row among the distinct ``(a, b)`` code pairs, and their codes.

    What depends on the two values alone is worked out once per distinct pair and
    read back per pair: a chunk holds millions of pairs of a few thousand names. Where the
    codes' pairs are few beside the pairs (cities, districts, short vocabularies), a table of
    them all finds the distinct ones (in the order of their codes) faster than hashing.
    """
    n = int(max(a.max(initial=-1), b.max(initial=-1))) + 2
    key = (a.astype(np.int64) + 1) * n + (b + 1)
    if n * n <= DENSE_PAIRS_PER_PAIR * len(a):
        seen = np.zeros(n * n, dtype=bool)
        seen[key] = True
        keys = np.flatnonzero(seen)
        row = np.cumsum(seen, dtype=np.int64) - 1
        rows = row[key]
    else:
        rows, keys = pd.factorize(key, sort=False)
        keys = np.asarray(keys, dtype=np.int64)
    return rows, keys // n - 1, keys % n - 1


#: Most code pairs per pair for which :func:`_distinct_pairs` lays out a table of them all.
DENSE_PAIRS_PER_PAIR = 4


def _name_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    level, rest = _equal_or_null(a, b, null)
    rows, da, db = _distinct_pairs(a[rest], b[rest])
    jw = _sim(fld, da, db, "jaro_winkler")
    # Hangul is compared letter by letter (its jamo), as it is typed: a slip of one key is one
    # letter of six (민준, 민쥰), while names sharing one syllable of two (민준, 민서: a
    # family's generation name) or family names of one syllable (김, 조) differ in several.
    letters = hangul_letters(fld.uniques)
    typed = fld.uniques if letters is None else letters[1]
    if letters is not None:
        again = np.flatnonzero(letters[0][da] | letters[0][db])
        jw[again] = np.nan_to_num(pair_similarity(da[again], db[again], typed), nan=0.0)
    shared = _tokens_within(da, db, fld.uniques)
    # (or spelled alike word for word, in Arabic letters and in Latin ones: "زينب", "zainab said")
    shared |= words_spelled_alike(da, db, fld.uniques)
    somali = somali_readings(fld.uniques)[0]
    if somali is not None:
        # (or in Somali orthography and English spellings: "faarax xasan", "farah hassan nur")
        shared |= _tokens_within(da, db, somali)
    initial = _initial(fld, da, db)
    last = fld.name == "last_name"  # the swap is counted by the first-name comparison
    if last:
        initial |= _short_form(fld, da, db)
    # A swap or a crossed name depends on the other name too: they are set per pair below.
    no_swap = np.zeros(len(da), dtype=bool)
    swaps = [] if last else [no_swap, no_swap]
    nickname = [] if last else [_nickname(fld, da, db)]
    # Close: Jaro-Winkler 0.80, or one edit apart, which Jaro-Winkler misses in short names
    # (a letter dropped from "Day": 0.61).
    close = jw >= 0.80
    far = np.flatnonzero(~close)
    # (Not two initials: any two single letters are one edit apart, "K." and "T." no closer;
    # a Chinese character is a name of its own, a typo one edit off. A Hangul syllable alone is
    # a family name whose letters one off make another: 김 and 임, 이 and 오.)
    single = initials(fld)[0]
    is_initial = single & ~derived(fld.uniques, "syllables", _syllables)
    if letters is not None:
        is_initial |= single & letters[0]
    far = far[~(is_initial[da[far]] | is_initial[db[far]])]
    close[far] = within_one_edit(da[far], db[far], typed, transpositions=True)
    if not last:
        far = far[~close[far]]
        close[far] = _first_words_close(fld, da[far], db[far])
    # A Mongolian patronymic in the genitive and the father's name it is of: one name.
    alike = _read_alike(fld, da, db) | _genitive_alike(fld, da, db)
    conditions = [alike, jw >= 0.92, shared, *swaps, initial, close, *nickname]
    level[rest] = _assign(np.zeros(len(da), dtype=bool), conditions)[rows]
    other = records.fields.get("first_name" if last else "last_name")
    if other is not None:
        # First and last names share one vocabulary: a swap, with or without a typo. Each
        # check is made only on the pairs where it can hold (their rows), not on every pair.
        oa, ob = other.codes[i], other.codes[j]
        weak = rest[(jw < 0.92)[rows]]
        swapped = weak
        if len(weak):
            words = _name_words(*((other, fld) if last else (fld, other)))  # once for both
            wi, wj = words[i[weak]], words[j[weak]]
            swapped = weak[_swapped(fld, a, b, oa, ob, weak) | (wi >= 0) & (wi == wj)]
        # A side with one name only (a crossed name, a name written as one word): a code
        # missing among the four.
        gap = np.flatnonzero(np.minimum(np.minimum(a, b), np.minimum(oa, ob)) < 0)
        ga, gb, goa, gob = a[gap], b[gap], oa[gap], ob[gap]
        # (A lone given name leaves the last-name comparison null: only lone family names here.)
        crossed = gap[
            _crossed(fld, goa, gob, ga, gb, lone_given=False)
            if last
            else _crossed(fld, ga, gb, goa, gob)
        ]
        if last:  # the first-name comparison counts them; a birth name, its own comparison
            level[swapped] = 0
            level[crossed] = 0
            up = np.flatnonzero(level > 1)
            level[up[_family_name_at_birth(records, i[up], j[up])]] = 0
            # A man's and a woman's form of one family name (Novák, Nováková; Kowalski,
            # Kowalska): a husband and his wife, a brother and his sister, or one woman
            # whose name another country's system writes in the man's form. No evidence.
            up = np.flatnonzero(level > 1)
            gendered = derived(fld.uniques, "gendered_forms", _gendered_stems)
            if gendered is not None:
                ga, gb = gendered[a[up]], gendered[b[up]]
                level[up[(ga >= 0) & (ga == gb) & (a[up] != b[up])]] = 0
            # A family name that is a word of the other's given names: a father's name (or a
            # middle one) written last, the family name left out ("Zainab Said" against Zainab
            # Said Farouk, as Arabic names chain the father's and grandfather's): no evidence.
            apart = np.flatnonzero(level == len(_LAST_NAME_LEVELS) - 1)
            within = _word_of_given(fld, a[apart], ob[apart]) | _word_of_given(
                fld, b[apart], oa[apart]
            )
            level[apart[within]] = 0
            # A name of one sex that stands for or beside many family names (a Sikh's Singh or
            # Kaur: "Gurpreet Singh", "Gurpreet Sekhon", "Gurpreet Singh Sekhon") against a
            # family name: no evidence (against a name of the other sex's, "Kaur", it stays).
            apart = np.flatnonzero(level == len(_LAST_NAME_LEVELS) - 1)
            marks = derived(fld.codes, "sex_marks", lambda _: _sex_marks(records, fld))
            if marks is not None and len(apart):
                lone, holds = marks
                xa, xb = a[apart], b[apart]
                level[apart[(lone[xa] & ~holds[xb]) | (lone[xb] & ~holds[xa])]] = 0
        else:
            # A name written as one word, its two names joined ("大谷卓也", "ミヤザキユイ": a
            # Japanese or Chinese name without its space), against the two apart: the same.
            joined = derived(fld.codes, "joined_names", lambda codes: _joined_of(codes, other))
            alone_a, alone_b = (ga >= 0) & (goa < 0), (gb >= 0) & (gob < 0)
            level[gap[(alone_a & (joined[j[gap]] == ga)) | (alone_b & (joined[i[gap]] == gb))]] = 1
            swap = _NAME_LEVELS.index("swapped")  # after exact, close, shared tokens
            level[swapped] = np.minimum(level[swapped], swap)  # (a null level stays null)
            cross = _NAME_LEVELS.index("crossed")
            here = level[crossed]
            level[crossed[(here > cross) | (here == 0)]] = cross
            # A name written without its given name, its first word read as one ("KABAMBA
            # NGANDU" against KABAMBA NGANDU Joseph: a Congolese's nom and postnom without the
            # prénom; "ATANGANA TAGNE" against ATANGANA TAGNE Joseph): no given names that differ.
            apart = np.flatnonzero(level == len(_NAME_LEVELS) - 1)
            if len(apart):
                ia, ib, la, lb = a[apart], b[apart], oa[apart], ob[apart]
                level[apart[_family_alone(fld, ia, la, lb) | _family_alone(fld, ib, lb, la)]] = 0
    if not last:
        # A name the person goes by ("Jack", a student's preferred name beside the legal "Wei")
        # that is the other record's given name: one person's two names, as a nickname is.
        apart = np.flatnonzero(level == len(_NAME_LEVELS) - 1)
        for known in (f for f in records.fields.values() if f.role in MET_BY_GIVEN_NAMES):
            met = _written_as(known, fld, i[apart], j[apart])
            level[apart[met]] = _NAME_LEVELS.index("nickname")
            apart = apart[~met]
    # A name in Chinese characters (or Hangul) and one in Latin letters say nothing of each
    # other: "山田" is "yamada" or not, no letter tells. No evidence, rather than a difference.
    unread = derived(fld.uniques, "unread_script", _unread_script)
    if unread is not None:
        latin_a, latin_b = unread[0][a], unread[0][b]
        other_a, other_b = unread[1][a], unread[1][b]
        level[(latin_a & other_b) | (other_a & latin_b)] = 0
    return level


#: Records with a sex that must hold a word, last names that must be that word alone, and
#: distinct family names it must stand before, for it to be a name of one sex that stands for
#: or beside family names (:func:`_sex_marks`); and its holders' least share of one sex.
_MARK_HOLDERS, _MARK_PARTNERS, _MARK_SEX = 20, 5, 0.9


def _sex_marks(records: Records, fld: Field) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`sex_marks` of the records' family names, per value (:func:`marked_names`)."""
    return marked_names(fld.uniques, sex_marks(records, fld))


def marked_names(uniques: np.ndarray, marks: set[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """Per family name (and one more for a missing one): whether it is one of ``marks``
    alone, and whether it holds one (:func:`sex_marks`); None if there are no marks."""
    if not marks:
        return None
    words = [str(u).split() for u in uniques]
    lone = np.array([len(ws) == 1 and ws[0] in marks for ws in words] + [False])
    holds = np.array([bool(marks.intersection(ws)) for ws in words] + [False])
    return lone, holds


def sex_marks(records: Records, fld: Field) -> set[str]:
    """The words that the records' sexes show to be one sex's name (nine in ten of its
    holders), that many records give alone as their family name (``fld``) and that stand
    before many family names ("singh gill", "singh sandhu", "kaur brar": a Sikh's Singh or
    Kaur); none where the records tell no sex."""
    gender = records.fields.get("gender")
    first = records.fields.get("first_name")
    if gender is None or first is None or first.uniques is not fld.uniques:
        return set()
    words = [str(u).split() for u in fld.uniques]
    alone = np.bincount(fld.codes[fld.codes >= 0], minlength=len(words))
    partners: dict[str, set[str]] = {}
    for ws in words:
        if len(ws) == 2:
            partners.setdefault(ws[0], set()).add(ws[1])
    wide = {w for w, p in partners.items() if len(p) >= _MARK_PARTNERS}
    if not wide:
        return set()
    counts: dict[str, list[int]] = {w: [0, 0] for w in wide}
    sexes = [str(u) for u in gender.uniques]
    # Only the names that hold such a word are counted (at 1 M persons a million others).
    holds_wide = np.array([not wide.isdisjoint(ws) for ws in words] + [False])
    for codes in (fld.codes, first.codes):
        told = (gender.codes >= 0) & holds_wide[codes]
        keys, n = np.unique(
            codes[told].astype(np.int64) * len(sexes) + gender.codes[told], return_counts=True
        )
        for key, k in zip(keys.tolist(), n.tolist(), strict=True):
            value, sex = divmod(key, len(sexes))
            for w in set(words[value]) & wide:
                counts[w][sexes[sex] == "f"] += k
    marks = {
        w
        for w, (m, f) in counts.items()
        if m + f >= _MARK_HOLDERS and max(m, f) >= _MARK_SEX * (m + f)
    }
    return {
        w
        for w in marks
        if alone[[k for k, ws in enumerate(words) if ws == [w]]].sum() >= _MARK_HOLDERS
    }


def _unread_script(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Per value (and one more for a missing one): whether it is written in Latin letters (or
    read in them, :func:`~tekil.similarity.latin_readings`), and whether it holds letters
    that have no Latin reading (Chinese characters, Hangul); ``None`` if no value does."""
    unread = np.append(derived(uniques, "syllables", _syllables), False)  # read in no letters
    if not unread.any():
        return None
    readings, _ = latin_readings(uniques)
    readings = uniques if readings is None else readings
    latin = np.zeros(len(uniques) + 1, dtype=bool)
    latin[:-1] = [str(r).isascii() and any(c.isalpha() for c in str(r)) for r in readings]
    return latin, unread


def _syllables(uniques: np.ndarray) -> np.ndarray:
    """Whether each value holds a Chinese character or a Hangul syllable."""
    return np.fromiter((_UNREAD.search(str(u)) is not None for u in uniques), bool, len(uniques))


#: Letters no Latin reading is made of: Chinese characters and Hangul syllables.
_UNREAD = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\U00020000-\U0002fa1f]")


def _word_of_given(fld: Field, last: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Per pair of a family name and another record's given names (codes of one vocabulary),
    whether the family name's words are words of the given names, which have more (in either
    script: :func:`words_spelled_alike`)."""
    out = np.zeros(len(last), dtype=bool)
    both = np.flatnonzero((last >= 0) & (first >= 0))
    if not len(both):
        return out
    rows, x, y = _distinct_pairs(last[both], first[both])
    inter, len_x, len_y = token_overlap(x, y, fld.uniques)
    fewer = len_x < len_y
    inside = fewer & ((inter == len_x) | words_spelled_alike(x, y, fld.uniques))
    out[both] = inside[rows]
    return out


def _crossed(fld: Field, first_a, first_b, last_a, last_b, lone_given: bool = True) -> np.ndarray:
    """A side with one name only, in either column, that is (nearly) the other side's name in
    the other column ("Palmer" as a given name against Lucas Palmer, "Sarah" as a family name
    against Sarah Jones). The first-name comparison counts it; the last-name one is null."""
    out = np.zeros(len(first_a), dtype=bool)
    sides = ((first_a, last_a, last_b), (first_b, last_b, last_a)) if lone_given else ()
    sides += ((last_a, first_a, first_b), (last_b, first_b, first_a))
    for name, own_other, others in sides:
        maybe = np.flatnonzero((name >= 0) & (others >= 0) & (own_other < 0) & ~out)
        if len(maybe) == 0:
            continue
        out[maybe[_sim(fld, name[maybe], others[maybe], "jaro_winkler") >= 0.92]] = True
    return out


def _name_words(first: Field, last: Field) -> np.ndarray:
    """Per record, a code of the words of its given and family names together (-1 without
    both): "Patil Manisha Rahul" and Manisha Rahul Patil, the family name first as forms
    write it, or a three-word name split at another word, share one. Worked out once, over
    the records' distinct pairs of names, and compared per pair as codes."""
    return derived(first.codes, "name_words", lambda codes: _words_of(codes, last))


def _words_of(codes: np.ndarray, other: Field) -> np.ndarray:
    both = (codes >= 0) & (other.codes >= 0)
    size = np.int64(len(other.uniques) + 1)
    combos, at = np.unique(
        codes[both].astype(np.int64) * size + other.codes[both], return_inverse=True
    )
    uniques = other.uniques  # (first and last names share one vocabulary)
    # Most names are a word each: their pair of words, in order, is the key. The others' words
    # are sorted one combination at a time (three words or more: never a pair's key).
    single = np.fromiter((" " not in str(u) for u in uniques), bool, len(uniques))
    given, family = combos // size, combos % size
    pair = single[given] & single[family]
    key = np.minimum(given, family) * size + np.maximum(given, family)
    found = np.empty(len(combos), dtype=np.int64)
    _, found[pair] = np.unique(key[pair], return_inverse=True)
    rest = [
        tuple(sorted(f"{uniques[g]} {uniques[f]}".split()))
        for g, f in zip(given[~pair], family[~pair], strict=True)
    ]
    found[~pair] = pd.factorize(pd.Series(rest, dtype=object))[0] + len(combos)
    out = np.full(len(codes), -1, dtype=np.int64)
    out[both] = found[at]
    return out


def _joined_of(codes: np.ndarray, other: Field) -> np.ndarray:
    """Per record, the code of its given and family names written together in either order,
    where the (shared) vocabulary holds that word; -1 without both or without the word. Given
    names of several words are joined too ("aung kyaw" and "min": "aungkyawmin", a Burmese
    name typed without its spaces). Worked out over the records' distinct pairs of names."""
    both = (codes >= 0) & (other.codes >= 0)
    size = np.int64(len(other.uniques) + 1)
    combos, at = np.unique(
        codes[both].astype(np.int64) * size + other.codes[both], return_inverse=True
    )
    uniques = other.uniques
    index = {str(u): k for k, u in enumerate(uniques) if " " not in str(u)}
    found = np.fromiter(
        (
            index.get(
                f"{uniques[c % size]}{uniques[c // size]}".replace(" ", ""),
                index.get(f"{uniques[c // size]}{uniques[c % size]}".replace(" ", ""), -1),
            )
            for c in combos
        ),
        np.int64,
        len(combos),
    )
    out = np.full(len(codes), -1, dtype=np.int64)
    out[both] = found[at]
    return out


def _family_alone(fld: Field, first, last, other_last) -> np.ndarray:
    """Per pair of a record's given and family names (codes of ``fld``'s vocabulary, which the
    family names share) and another record's family name, whether every word of the first
    record's two is a word of the other's family name: a name of family names alone whose first
    word was read as a given name.

    >>> words = np.array(["kabamba", "ngandu", "kabamba ngandu", "joseph"], dtype=object)
    >>> fld = Field("first_name", "first_name", np.array([0]), words, ["nom"])
    >>> _family_alone(fld, np.array([0, 3]), np.array([1, 1]), np.array([2, 2])).tolist()
    [True, False]
    """
    shared_first, n_first, n_other = token_overlap(first, other_last, fld.uniques)
    shared_last, n_last, _ = token_overlap(last, other_last, fld.uniques)
    return (
        (n_first > 0)
        & (n_last > 0)
        & (shared_first == n_first)
        & (shared_last == n_last)
        & (n_other >= n_first + n_last)
    )


def _swapped(fld: Field, a, b, oa, ob, weak: np.ndarray) -> np.ndarray:
    """Per row of ``weak`` (pairs whose names are both present and not alike, Jaro-Winkler
    < 0.92), whether each side's name is (nearly) the other side's other name: one Jaro-Winkler
    ≥ 0.92, the other ≥ 0.80 (a swap with a slip in one name: "Tohmsa Tracy" for "Tracy
    Thomas").

    Scored only where it can hold: the second similarity where the first passed 0.80.
    """
    out = np.zeros(len(weak), dtype=bool)
    maybe = np.flatnonzero((ob[weak] >= 0) & (oa[weak] >= 0))
    if len(maybe) == 0:
        return out
    at, maybe = maybe, weak[maybe]
    first = _sim(fld, a[maybe], ob[maybe], "jaro_winkler")
    # One of the two may be an initial of the other's name: "S. Ramesh" for Ramesh
    # Srinivasan, "Smith J" for John Smith, as lists and South Indian names write them.
    short_first = _initial(fld, a[maybe], ob[maybe])
    keep = (first >= 0.80) | short_first
    at, maybe, first, short_first = at[keep], maybe[keep], first[keep], short_first[keep]
    second = _sim(fld, oa[maybe], b[maybe], "jaro_winkler")
    short_second = _initial(fld, oa[maybe], b[maybe])
    # A family name made of a given name (Ержанов of Ержан, Aliyev of Ali, Ерланұлы of Ерлан) is
    # no slip of it: Ержан Ержанов and Ерлан Ержанов are two people's names, no swap.
    first[_family_of_given(fld, a[maybe], ob[maybe])] = 0.0
    second[_family_of_given(fld, oa[maybe], b[maybe])] = 0.0
    # (Where the file writes Mongolian patronymics, a genitive is its father's name: Батын, Бат.)
    first[_genitive_alike(fld, a[maybe], ob[maybe])] = 1.0
    second[_genitive_alike(fld, oa[maybe], b[maybe])] = 1.0
    both = (np.maximum(first, second) >= 0.92) & (np.minimum(first, second) >= 0.80)
    both |= (first >= 0.92) & short_second | (second >= 0.92) & short_first
    out[at[both]] = True
    return out


#: Endings that make a family name of a given name (loose Latin readings,
#: :func:`~tekil.normalize.latin.loose_latin`): Russian and Central Asian -ov, -ev, -in (and
#: their women's -ova, -eva, -ina), Kazakh -uly and -kyzy, a patronymic's -ovich, -ovna.
_FAMILY_OF_GIVEN = ("ov", "ev", "in", "ova", "eva", "ina", "uli", "kizi", "ovich", "evich",
                    "ovna", "evna")  # fmt: skip


def _family_of_given(fld: Field, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per pair of codes, whether one name is the other with an ending that makes a family name
    of a given name (:data:`_FAMILY_OF_GIVEN`), read in loose Latin letters: Ержанов and Yerzhan,
    Aliyev and Ali."""
    reading, stem = derived(fld.uniques, "given_stems", _given_stems)
    rx, ry, sx, sy = reading[x], reading[y], stem[x], stem[y]  # code -1: the appended -1
    return (sx >= 0) & (sx == ry) | (sy >= 0) & (sy == rx)


def _given_stems(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per value (and one more for a missing one), a code of its loose Latin reading
    (:func:`~tekil.normalize.latin.loose_latin`), and the code of the value whose reading it is
    with an ending of :data:`_FAMILY_OF_GIVEN` (of three letters or more; -1 for none).

    >>> _given_stems(np.array(["алиев", "ali", "yerzhan", "ержанова", "ov"], dtype=object))
    (array([ 0,  1,  2,  3,  4, -1]), array([ 1, -1, -1,  2, -1, -1]))
    """
    readings = [loose_latin(latin(str(u))) for u in uniques]
    codes: dict[str, int] = {}
    reading = np.array([codes.setdefault(r, len(codes)) for r in readings] + [-1], dtype=np.int64)
    stem = np.full(len(uniques) + 1, -1, dtype=np.int64)
    for k, r in enumerate(readings):
        # (No ending is another's: at most one fits.)
        end = next((e for e in _FAMILY_OF_GIVEN if r.endswith(e) and len(r) - len(e) >= 3), None)
        if end is not None:
            stem[k] = codes.get(r[: -len(end)], -1)
    return reading, stem


#: Fewest names written in the genitive of another name the values hold, and their least share
#: of the names with the genitive's ending, for a file's names to be read so.
_GENITIVES, _GENITIVE_SHARE = 20, 0.3


def genitive_stems(uniques: np.ndarray, settled: bool | None = None) -> np.ndarray | None:
    """:func:`_genitive_stems` of ``uniques``, once per array; ``settled``: whether the names
    write genitives, as chosen on other values (a store's batch): then each genitive found
    among these counts, however few."""
    if settled is None:
        return derived(uniques, "genitive_stems", _genitive_stems)
    made = partial(_genitive_stems, fewest=0, share=0.0) if settled else lambda _: None
    return derived(uniques, "genitive_stems", made)


def _genitive_stems(
    uniques: np.ndarray, fewest: int = _GENITIVES, share: float = _GENITIVE_SHARE
) -> np.ndarray | None:
    """Per name (and one more for a missing one), a code shared by a name and its genitive,
    where the values write Mongolian patronymics (the father's given name in the genitive,
    ``Батын``, ``Доржийн``, ``Цэцэгмаагийн``; in Latin letters ``Batyn``, ``Dorjiin``,
    ``Tsetsegmaagiin``) beside the names themselves (``Бат``, ``Bat``): read in loose Latin
    letters (:func:`~tekil.normalize.latin.loose_latin`: ``-ын``, ``-ийн``, ``-yn``, ``-iin``
    end in ``in``, ``-гийн``, ``-giin`` in ``hin``, a name in ``-н`` may take ``-ий``: Билгүүний),
    a name that is another with that ending
    (and perhaps without the short vowel the genitive drops: ``Бат-Эрдэнийн`` of ``Бат-Эрдэнэ``).
    ``None`` where fewer than ``fewest`` names, or under ``share`` of those with the
    ending, are such genitives: Russian family names in ``-in`` are of given
    names now and then (Никитин, Лукин), not as a rule.

    >>> names = ["бат", "батын", "batyn", "bat", "дорж", "доржийн", "цэцэгмаа", "цэцэгмаагийн",
    ...          "бат эрдэнэ", "бат эрдэниин", "martin"]
    >>> _genitive_stems(np.array(names, dtype=object), fewest=3)
    array([ 0,  0,  0,  0,  4,  4,  6,  6,  8,  8, 10, -1])
    """
    readings = [loose_latin(latin(str(u))) for u in uniques]
    first: dict[str, int] = {}
    for k, r in enumerate(readings):
        first.setdefault(r, k)
    codes = np.array([first[r] for r in readings] + [-1], dtype=np.int64)
    ending = found = 0
    for k, r in enumerate(readings):
        # (-ий after -н in Cyrillic letters only: Persian's Hosseini is a family name of Hossein.)
        ni = r.endswith("ni") and script(str(uniques[k])[:1]) == "CYRILLIC"
        if not (r.endswith("in") or ni) or len(r) < 5:
            continue
        ending += 1
        # (-гийн after a long vowel, -ийн or -ын else; a name in -н may take -ий: Билгүүний)
        bases = [r[:-1]] if ni else [r[:-3]] * r.endswith("hin") + [r[:-2]]
        stems = (base + v for base in bases if len(base) >= 3 for v in ("", "e", "a", "o"))
        stem = next((first[x] for x in stems if x in first), None)
        if stem is not None:
            codes[k] = codes[stem]
            found += 1
    return codes if found >= max(fewest, share * ending) else None


def _genitive_alike(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair of codes, whether one name is the other's genitive (:func:`_genitive_stems`),
    or the two are one name's genitive written two ways."""
    stems = genitive_stems(fld.uniques)
    if stems is None:
        return np.zeros(len(a), dtype=bool)
    return (a >= 0) & (b >= 0) & (stems[a] == stems[b])


def _initial(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One side is a single letter that starts the other ("A." for "Ateş"), or the initials
    of the other's words ("J-P", "JP" or "J. P." for "Jean-Pierre", "AS" for "Anne-Sophie")."""
    if len(a) == 0:
        return np.zeros(0, dtype=bool)
    is_initial, first_letter = initials(fld)
    ok = (a >= 0) & (b >= 0)
    a0, b0 = np.maximum(a, 0), np.maximum(b, 0)
    same_start = first_letter[a0] == first_letter[b0]
    written, spelled = derived(fld.uniques, "compound_initials", _compound_initials)
    compound = ((written[a0] >= 0) & (written[a0] == spelled[b0])) | (
        (written[b0] >= 0) & (written[b0] == spelled[a0])
    )
    return ok & ((same_start & (is_initial[a0] ^ is_initial[b0])) | compound)


#: Fewest letters of a family name's short form, and fewest it leaves out of the whole.
SHORT_FORM_AT_LEAST, SHORT_FORM_SHORTER_BY = 5, 3


def _first_words(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per distinct name (and one more for a missing one), the code of its first word among
    ``words`` (the first words, distinct) and its number of words."""
    texts = [str(u).split() for u in uniques]
    codes, words = pd.factorize(pd.Series([t[0] if t else "" for t in texts], dtype=object))
    counts = np.array([len(t) for t in texts] + [0], dtype=np.int64)
    return np.append(codes, -1), np.asarray(words, dtype=object), counts


def _first_words_close(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Given names of several words and of one word, whose first words are close (Jaro-Winkler
    0.85: "mohammad" and "muhammed"; at 0.80 India's probe lost a little): a given name and
    the father's after it, as Arabic names chain them
    ("mustafa samir", the other record's "mostafa"), or a compound given name cut to its
    first, spelled another way.

    >>> names = np.array(["mustafa samir", "mostafa", "maria luisa", "petra"], dtype=object)
    >>> f = Field("first_name", "first_name", np.zeros(0, dtype=np.int64), names, ["prenom"])
    >>> _first_words_close(f, np.array([0, 2]), np.array([1, 3])).tolist()
    [True, False]
    """
    codes, words, counts = derived(fld.uniques, "first_words", _first_words)
    several = (counts[a] > 1) != (counts[b] > 1)  # (two of several words: the whole decides)
    out = np.zeros(len(a), dtype=bool)
    both = np.flatnonzero(several & (codes[a] >= 0) & (codes[b] >= 0))
    if len(both):
        jw = pair_similarity(codes[a[both]], codes[b[both]], words)
        out[both] = np.nan_to_num(jw, nan=0.0) >= 0.85
    return out


def _short_form(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One family name the start of the other, five letters or more and three fewer: a long
    name's everyday short form (``RAKOTO`` for Rakotoarisoa, ``RANDRIA`` for Randrianasolo, as
    Malagasy write theirs) or one cut by a narrow field. Like an initial, part of the name.

    >>> names = np.array(["rakoto", "rakotoarisoa", "martin", "martinez"], dtype=object)
    >>> f = Field("last_name", "last_name", np.zeros(0, dtype=np.int64), names, ["nom"])
    >>> _short_form(f, np.array([0, 2]), np.array([1, 3])).tolist()
    [True, False]
    """
    lengths = value_lengths(fld.uniques)
    ok = (a >= 0) & (b >= 0)
    a0, b0 = np.maximum(a, 0), np.maximum(b, 0)
    la, lb = lengths[a0], lengths[b0]
    out = np.zeros(len(a), dtype=bool)
    maybe = np.flatnonzero(
        ok
        & (np.minimum(la, lb) >= SHORT_FORM_AT_LEAST)
        & (np.abs(la - lb) >= SHORT_FORM_SHORTER_BY)
    )
    if len(maybe):
        shorter = np.where(la <= lb, a0, b0)[maybe]
        longer = np.where(la <= lb, b0, a0)[maybe]
        buffer, bounds = derived(fld.uniques, "utf8", packed)
        out[maybe] = starts_with(buffer, bounds, longer, shorter)
    return out


def _compound_initials(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct name, a code of the letters it writes as initials ("j p", "jp": two or
    three single letters, or one word of two or three letters), and a code of the initials of
    its words where it has two or three of two letters or more ("jean pierre"); -1 for none.
    The codes of both are comparable."""
    written, spelled = [], []
    for value in uniques:
        words = str(value).split()
        if 2 <= len(words) <= 3 and all(len(w) == 1 for w in words):
            written.append("".join(words))
        elif len(words) == 1 and 2 <= len(words[0]) <= 3:
            written.append(words[0])
        else:
            written.append(None)
        ok = 2 <= len(words) <= 3 and all(len(w) >= 2 for w in words)
        spelled.append("".join(w[0] for w in words) if ok else None)
    codes, _ = pd.factorize(pd.Series(written + spelled, dtype=object), use_na_sentinel=True)
    return codes[: len(uniques)], codes[len(uniques) :]


def _nickname(fld: Field, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Two given names of one group of :mod:`tekil.nicknames` (Bill and William)."""
    groups = derived(fld.uniques, "nicknames", nickname_groups)
    ok = (a >= 0) & (b >= 0)
    return ok & same_group(groups, np.maximum(a, 0), np.maximum(b, 0))


def initials(fld: Field) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct value of a name field: whether it is an initial, and a code of its first
    letter (of its Latin reading); made once per field."""
    return derived(fld.uniques, "initials", _initials)


def _initials(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # A single letter, or several written apart ("j p" of "J.P.": all of a person's given
    # names' initials, where a bank keeps them); in a script with capitals, not "明 华"; or
    # written together where no name could be, without a vowel ("jd" of "Mr JD Smith").
    is_initial = one_letter(uniques) | np.fromiter(
        (_spaced_initials(str(u)) or bool(_JOINED_INITIALS.fullmatch(str(u))) for u in uniques),
        bool,
        len(uniques),
    )
    # The Latin reading's first letter: "И." is Ivan's initial.
    readings = latin_readings(uniques)[0]
    readings = uniques if readings is None else readings
    first_letter, _ = pd.factorize(np.array([u[:1] for u in readings], dtype=object))
    return is_initial, first_letter


#: Two or three initials written as one word: no given name is without a vowel.
_JOINED_INITIALS = re.compile(r"[b-df-hj-np-tv-xz]{2,3}")


def _spaced_initials(value: str) -> bool:
    """Two or more single letters of a script with capitals, written apart ("j p t")."""
    words = value.split()
    return len(words) >= 2 and all(len(w) == 1 and w.lower() != w.upper() for w in words)


def _date_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    (y, m, d), by_code = _date_parts(records, fld)
    # Read by the dates' codes where they can be: a few thousand dates' parts, not millions
    # of records' (a random read each).
    ka, kb = (a, b) if by_code else (i, j)
    yi, yj, mi, mj, di, dj = y[ka], y[kb], m[ka], m[kb], d[ka], d[kb]
    same_y, same_m, same_d = yi == yj, mi == mj, di == dj
    # A year alone or a month and year (day -1) agrees on its year at most: only whole dates
    # are equal, swapped or one part off.
    whole = (di >= 0) & (dj >= 0)
    swapped = whole & same_y & (mi == dj) & (di == mj)
    one_off = whole & (same_y.view(np.int8) + same_m.view(np.int8) + same_d.view(np.int8) == 2)
    # Its own level, not "same year": whole dates of one year are of another day, a year
    # alone of the same day as far as anyone can tell (EM weighs the two apart).
    known = ~whole & same_y & ((mi < 0) | (mj < 0) | same_m)
    # A year alone is often a guess ("vers 1972", a register's "né en 1971"): one year from the
    # other date's is the weak agreement of whole dates of one year, not a difference.
    # (Read on those pairs alone: a year alone is rare, a chunk's pairs are millions.)
    at = np.flatnonzero(((di < 0) & (mi < 0)) | ((dj < 0) & (mj < 0)))
    ya, yb = yi[at], yj[at]
    about = np.zeros(len(i), dtype=bool)
    about[at] = (ya > 0) & (yb > 0) & (np.abs(ya - yb) == 1)
    return _assign(null, [whole & (a == b), swapped, one_off, known, same_y | about])


def _date_parts(records: Records, fld: Field) -> tuple[tuple[np.ndarray, ...], bool]:
    """A date field's year, month and day per code (the last entry, code -1's, all -1) and
    True; or, where a code's records do not all hold one date's parts, per record and False."""
    cache = records.__dict__.setdefault("_date_parts", {})
    if fld.name not in cache:
        parts = tuple(fld.parts[p] for p in ("year", "month", "day"))
        have = np.flatnonzero(fld.codes >= 0)
        by_code = []
        for part in parts:
            of_code = np.full(len(fld.uniques) + 1, -1, dtype=part.dtype)
            of_code[fld.codes[have]] = part[have]
            by_code.append(of_code)
        alike = all(
            np.array_equal(c[fld.codes[have]], p[have]) for c, p in zip(by_code, parts, strict=True)
        )
        cache[fld.name] = (tuple(by_code), True) if alike else (parts, False)
    return cache[fld.name]


def _phone_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    l7 = fld.parts["last7"]
    same_last7 = (l7[i] >= 0) & (l7[i] == l7[j])
    one_edit = np.zeros(len(a), dtype=bool)
    rest = np.flatnonzero(~null & (a != b) & ~same_last7)  # where the edit distance decides
    one_edit[rest] = within_one_edit(a[rest], b[rest], fld.uniques, transpositions=True)
    return _assign(null, [a == b, same_last7, one_edit])


def _email_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    if null.all():
        return np.zeros(len(a), dtype=np.int8)
    local = fld.parts["local"]
    same_local = (local[i] >= 0) & (local[i] == local[j])
    similar = np.zeros(len(a), dtype=bool)
    rest = np.flatnonzero(~null & (a != b) & ~same_local)  # where the similarity decides
    similar[rest] = _sim(fld, a[rest], b[rest], "jaro_winkler") >= 0.92
    transposed = np.zeros(len(a), dtype=bool)
    transposed[rest] = one_transposition(a[rest], b[rest], fld.uniques)
    # A letter dropped, doubled or mistyped inside the local part ("rmain_fontaine" for
    # "romain_fontaine", typed at a till): a keying slip, as two letters swapped are. Not the
    # first letter ("j.dupont", "m.dupont": a couple) nor a digit ("dupont1", "dupont2").
    near = rest[~transposed[rest]]
    near = near[within_one_edit(a[near], b[near], fld.uniques, transpositions=False)]
    if len(near):
        rows, da, db = _distinct_pairs(a[near], b[near])
        transposed[near[_letter_slips(fld.uniques[da], fld.uniques[db])[rows]]] = True
    return _assign(null, [a == b, same_local, transposed, similar])


def _letter_slips(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Of addresses one edit apart, whether they first differ at a letter of the local part
    other than its first (one dropped, added or replaced by another letter), the domains
    alike: character codes side by side, the first difference found at once for all."""
    width = max(max(map(len, x)), max(map(len, y)))
    codes = [
        np.array(v.tolist(), dtype=f"<U{width}").view(np.int32).reshape(len(v), width)
        for v in (x, y)
    ]
    k = np.argmax(codes[0] != codes[1], axis=1)  # where they first differ (one edit apart)
    rows = np.arange(len(k))
    changed = np.stack([codes[0][rows, k], codes[1][rows, k]])  # 0: past a value's end
    letters = {c: chr(c).isalpha() for c in np.unique(changed).tolist()}
    letters[0] = True
    at = np.argmax(codes[0] == ord("@"), axis=1)
    left, right = (pd.Series(v, dtype=object).str.rsplit("@", n=1).str[-1] for v in (x, y))
    ok = (k > 0) & (codes[0][rows, at] == ord("@")) & (k <= at)
    ok &= (left == right).to_numpy() & (changed.sum(axis=0) > 0)
    return ok & np.vectorize(letters.__getitem__, otypes=[bool])(changed).all(axis=0)


def _handle_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    user = fld.parts["username"]
    return _assign(null, [a == b, (user[i] >= 0) & (user[i] == user[j])])


#: The parts of a card number that its masked or mistyped forms still show.
CARD_ENDS = ("last4", "brand")


def _card_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    """Exact on the tokens; a number printed masked (``4111 11** **** 1111``) or mistyped has
    no token, but its last four digits agree with the other record's where the brands do not
    differ (a brand unknown on either side passes), and differ otherwise.

    Where a role has several card columns, the first one's comparison reads the last digits
    of all of them (each pair of columns; counted once), the others' only their tokens.
    """
    a, b, null = _codes(fld, i, j)
    names = same_role_fields(records, fld.role)
    if fld.name != names[0] or "last4" not in fld.parts:
        return _assign(null, [a == b, np.zeros(len(a), dtype=bool)])
    tokens = [records.fields[name].codes for name in names]
    ends = [records.fields[name].parts[CARD_ENDS[0]] for name in names]
    if _one_side_empty(i, j, tokens + ends):  # no card, whole or in part, on a side
        return np.zeros(len(a), dtype=np.int8)
    last4, brand = (joint_codes(records, names, part) for part in CARD_ENDS)
    whole = joint_codes(records, names)
    agree = np.zeros(len(i), dtype=bool)
    shared = np.zeros(len(i), dtype=bool)  # a whole number the two hold, in any columns
    for x, y in itertools.product(range(len(names)), repeat=2):
        partly = (tokens[x][i] < 0) | (tokens[y][j] < 0)  # one side seen without its token
        same = (last4[x][i] >= 0) & (last4[x][i] == last4[y][j])
        bx, by = brand[x][i], brand[y][j]
        agree |= partly & same & ((bx == by) | (bx < 0) | (by < 0))
        shared |= (whole[x][i] >= 0) & (whole[x][i] == whole[y][j])
    seen = [np.logical_or.reduce([c[k] >= 0 for c in last4]) for k in (i, j)]
    # Last digits on both sides: the pair is compared; not where the two share a whole number
    # (its column's comparison agrees, this one is silent as :func:`_across_columns` has it).
    null &= ~(seen[0] & seen[1] & ~(shared & (a < 0) & (b < 0)))
    return _assign(null, [(a == b) & (a >= 0), agree])


def _exact_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    return _assign(null, [a == b])


def _one_edit_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    def levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        null = (a < 0) | (b < 0)
        return _assign(null, [a == b, within_one_edit(a, b, fld.uniques, transpositions=True)])

    return _per_distinct(levels, fld, i, j)


def _free_id_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    """Exact or one edit apart (:func:`_one_edit_levels`); a copy masked or cut short
    (``S****567D``, an ``NRIC_LAST4`` column's ``567D``, a ``cnic_last6`` one's ``234567``) or
    written after a prefix agrees with the other record's id by its last four characters, and
    differs otherwise. As the cards' last four digits: the
    first column's comparison reads the tails of all the role's columns. Ids of two kinds in one
    column or two (an "ID_NUMBER" beside its "ID_TYPE": a national id, a passport), of other
    shapes of letters and digits (``12TKNN333453``, ``MD230299``: :func:`_id_shapes`), say
    nothing of whether their holders are one."""
    level = _one_edit_levels(records, fld, i, j)
    level[level == 3] = 4  # "else", past "same_tail"
    if issued_in_turn(fld.uniques):
        level[level == 2] = 4  # the next number issued, no slip: the next patient's
    # Two Irish PPSNs one edit apart that both pass their check are two people's: a husband's
    # and his wife's of old (his with a W); a slip of a digit or a letter dropped fails it.
    near = np.flatnonzero(level == 2)
    if len(near):
        checked = np.append(derived(fld.uniques, "ppsn", _checked_ppsns), False)
        level[near[checked[fld.codes[i[near]]] & checked[fld.codes[j[near]]]]] = 4
    shapes = np.append(derived(fld.uniques, "id_shapes", _id_shapes), -1)
    a, b = shapes[fld.codes[i]], shapes[fld.codes[j]]
    level[(level == 4) & (a >= 0) & (b >= 0) & (a != b)] = 0
    names = same_role_fields(records, fld.role)
    if fld.name != names[0] or "tail" not in fld.parts:
        return level
    tails = joint_codes(records, names, "tail")
    # A side is partial where it shows a tail but no longer value: masked, or the tail alone.
    partial, lengths = [], []
    for name, tail in zip(names, tails, strict=True):
        f = records.fields[name]
        length = np.append(value_lengths(f.uniques), -1)  # -1: masked, none
        partial.append((tail >= 0) & (length <= TAIL)[f.codes])
        lengths.append(length[f.codes])
    whole = joint_codes(records, names)
    agree = np.zeros(len(i), dtype=bool)
    shared = np.zeros(len(i), dtype=bool)  # a whole id the two hold, in any columns
    for x, y in itertools.product(range(len(names)), repeat=2):
        same = (tails[x][i] >= 0) & (tails[x][i] == tails[y][j])
        # Lengths two or more apart (one edit is a slip): a copy cut short ("cnic_last6") or
        # written after a prefix (Bangladesh's 17-digit NID: the birth year, then the 13).
        cut = (
            (np.abs(lengths[x][i] - lengths[y][j]) >= 2)
            & (lengths[x][i] >= 0)
            & (lengths[y][j] >= 0)
        )
        agree |= same & (partial[x][i] | partial[y][j] | cut)
        shared |= (whole[x][i] >= 0) & (whole[x][i] == whole[y][j])
    unsure = (level == 0) | (level == 4)
    level[unsure & agree] = 3
    shown = [np.logical_or.reduce([t[k] >= 0 for t in tails]) for k in (i, j)]
    # Tails on both sides that differ; not a whole id the two share in another column (that
    # column's comparison agrees; this one says nothing, as :func:`_across_columns` has it).
    level[(level == 0) & shown[0] & shown[1] & ~shared & _akin_ids(records, names, i, j)] = 4
    return level


#: Share of a column's distinct ids that another one differs from in the last character alone
#: from which its ids are issued in turn (a system's record numbers, a family's members
#: numbered on one policy): typed ids of their own, even with slips, have next to none.
IN_TURN = 0.2
#: Fewest distinct ids to tell it by.
_IN_TURN_IDS = 50


def issued_in_turn(uniques: np.ndarray, settled: bool | None = None) -> bool:
    """Whether ids ``uniques`` are issued in turn (:func:`_issued_in_turn`); ``settled``:
    as chosen on other values (a store's batch), kept for these."""
    if settled is None:
        return derived(uniques, "issued_in_turn", _issued_in_turn)
    return derived(uniques, "issued_in_turn", lambda _: settled)


def settle_sex_marks(fld: Field, marks: set[str]) -> None:
    """Family names ``fld`` read with the marks of one sex (:func:`sex_marks`) found on other
    records (a store's batch), whatever these records show."""
    derived(fld.codes, "sex_marks", lambda _: marked_names(fld.uniques, marks))


def _issued_in_turn(uniques: np.ndarray) -> bool:
    """Whether a column's ids (its distinct values) are issued in turn (:data:`IN_TURN`): a
    hospital system's record numbers, 2007274 and 2007275 for two patients registered one
    after the other; an insurer's member number with each dependant's suffix, ``…634-01`` and
    ``…634-02``. There two ids one edit apart are two people's, not one id with a slip."""
    values = pd.Series(uniques, dtype=object).astype(str)
    values = values[values.str.len() >= TAIL]
    if len(values) < _IN_TURN_IDS:
        return False
    stems = values.str[:-1]
    return bool(stems.duplicated(keep=False).mean() >= IN_TURN)


def _checked_ppsns(uniques: np.ndarray) -> np.ndarray:
    """Per id, whether it is an Irish PPSN that passes its check (:func:`tekil.id_checks.ppsn`)."""
    from tekil.id_checks import ppsn

    return np.array([ppsn(str(u)) for u in uniques], dtype=bool)


def _akin_ids(records: Records, names: tuple[str, ...], i, j) -> np.ndarray:
    """Per pair, whether its records' ids (in the role's columns ``names``) may be compared:
    two of one shape (:func:`_id_shapes`) in any columns, or a side with no whole id to tell
    its kind (a masked copy, a tail alone, none)."""
    kinds = [np.append(derived(f.uniques, "id_shapes", _id_shapes), -1)[f.codes]
             for f in (records.fields[name] for name in names)]  # fmt: skip
    akin = np.zeros(len(i), dtype=bool)
    for x, y in itertools.product(kinds, repeat=2):
        akin |= (x[i] >= 0) & (x[i] == y[j])
    whole = [np.logical_or.reduce([kind[k] >= 0 for kind in kinds]) for k in (i, j)]
    return akin | ~whole[0] | ~whole[1]


def _id_shapes(uniques: np.ndarray) -> np.ndarray:
    """Each id's runs of letters and of digits as a number, the same in every field
    (``12TKNN333453``: digits, letters, digits; ``MD230299``: letters, digits): a bit a run (1 a
    letters', 0 a digits'), after a 1 (of sixty runs at most). A Mongolian registry number
    (:mod:`tekil.normalize.mongolian_register`) is a kind of its own: a passport's ``E1234567``
    beside it is another document, though both are letters then digits.

    >>> shapes = _id_shapes(np.array(["E1234567", "AB654321", "UB89031512", "123", "12345678"]))
    >>> bool(shapes[0] == shapes[1]), bool(shapes[0] == shapes[2]), bool(shapes[3] == shapes[4])
    (True, False, True)
    """
    text = pd.Series(uniques, dtype=object).astype(str)
    runs = text.str.replace(r"\d+", "0", regex=True).str.replace(r"[^\W\d_]+", "1", regex=True)
    runs = "1" + runs.str.replace(r"[^01]", "", regex=True).str[:60]
    # (Both written to below: copies, as pandas 3 gives read-only views.)
    shapes = runs.map(lambda bits: int(bits, 2)).to_numpy(dtype=np.int64, copy=True)
    registry = (runs == "110").to_numpy(copy=True)  # (of letters then digits only: the few to read)
    registry[registry] = text[registry].map(register_number).notna().to_numpy()
    shapes[registry] = 1 << 62  # (above any runs' bits)
    return shapes


#: Years apart that two ages of one person may be: records kept a few years apart.
_FEW_YEARS_APART = 5


def _age_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    years = fld.uniques.astype(np.int64)  # whole years as text, at most a hundred or so
    shift = age_shift(records, fld)
    if shift:  # two files written years apart: the later one's ages, as of the earlier
        a, b, null = _codes(fld, i, j)
        when = np.append(years, 0)
        apart = np.abs(when[a] - shift * records.side[i] - (when[b] - shift * records.side[j]))
        return _assign(null, [apart == 0, apart == 1, apart <= _FEW_YEARS_APART])

    def levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        apart = np.abs(years[a] - years[b])
        return _assign((a < 0) | (b < 0), [a == b, apart == 1, apart <= _FEW_YEARS_APART])

    return _per_distinct(levels, fld, i, j)


def age_shift(records: Records, fld: Field) -> int:
    """Years to take off the right side's ages when linking two files written years apart (a
    register's snapshots): the difference most people whose whole name only one record of
    each side holds show, if half of them show it; 0 otherwise, and when deduplicating.

    A person's age in two snapshots eight years apart differs by eight: compared as written,
    every true pair's ages would disagree.
    """
    cache = records.__dict__.setdefault("_age_shift", {})
    if fld.name in cache:
        return cache[fld.name]
    shift = 0
    first, last = records.fields.get("first_name"), records.fields.get("last_name")
    if records.side is not None and first is not None and last is not None:
        name = first.codes.astype(np.int64) * (len(last.uniques) + 1) + last.codes
        known = (first.codes >= 0) & (last.codes >= 0) & (fld.codes >= 0)
        frame = pd.DataFrame({"name": name[known], "side": records.side[known]})
        frame["age"] = fld.uniques.astype(np.int64)[fld.codes[known]]
        once = frame[~frame.duplicated(["name", "side"], keep=False)]
        pairs = once.pivot(index="name", columns="side", values="age").dropna()
        if len(pairs) >= _SHIFT_FROM and pairs.shape[1] == 2:
            gaps = (pairs[1] - pairs[0]).astype(np.int64).value_counts()
            if gaps.iloc[0] >= 0.5 * len(pairs):
                shift = int(gaps.index[0])
    cache[fld.name] = shift
    return shift


#: People whose ages on both sides show a shift before one is read off them.
_SHIFT_FROM = 20


def _address_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    # Per pair: with a distinct pair in six (100 k persons), finding them costs more than it saves.
    a, b, null = _codes(fld, i, j)
    close, within, near = (np.zeros(len(a), dtype=bool) for _ in range(3))
    rest = np.flatnonzero(~null & (a != b))  # where the similarities decide
    a_, b_ = a[rest], b[rest]
    jw = _sim(fld, a_, b_, "jaro_winkler")
    inter, len_a, len_b = token_overlap(a_, b_, fld.uniques)
    # Words in Greek or Cyrillic letters meet their Latin spellings too ("οδος αγιου δημητριου
    # 150", "agiou dimitriou 150"), as the similarity reads them (:func:`_sim`).
    readings, other = latin_readings(fld.uniques)
    if readings is not None:
        again = np.flatnonzero(other[a_] | other[b_])
        if len(again):
            inter[again] = np.maximum(
                inter[again], token_overlap(a_[again], b_[again], readings)[0]
            )
            # ... and Serbian and Macedonian ones their Latin spellings ("ул. цара душана",
            # "ul. cara dusana"), as :func:`_sim` reads them
            slavic = south_slavic_readings(fld.uniques)
            if slavic is not None:
                inter[again] = np.maximum(
                    inter[again], token_overlap(a_[again], b_[again], slavic)[0]
                )
    jaccard = inter / np.maximum(len_a + len_b - inter, 1)
    close[rest], near[rest] = (jw >= 0.92) | (jaccard >= 0.8), (jw >= 0.8) | (jaccard >= 0.5)
    # Three in four of the shorter one's words in the other: one address written with less of
    # it ("443 Thomas Shoal, 37631" and "443 Thomas Shoal, New Jerryland" in one column); or
    # the start of the other, cut by a system's fixed width ("estacao ca" of "estacao cavalc…").
    within[rest] = inter >= 0.75 * np.minimum(len_a, len_b)
    # (A value cut short scores Jaro-Winkler 0.8 or more: only those are looked at.)
    maybe = rest[near[rest] & ~close[rest] & ~within[rest]]
    within[maybe] = cut_short(a[maybe], b[maybe], fld.uniques)
    return _assign(null, [a == b, close, within, near])


#: Fewest characters of a value cut short by a fixed width that still tell its start.
CUT_AT_LEAST = 8


def cut_short(a: np.ndarray, b: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Whether the shorter of each pair of different values (codes into ``uniques``) is the
    start of the longer, :data:`CUT_AT_LEAST` characters or more: one written into a field
    narrower than the other's (``"estacao ca"``, ``"estacao cavalcanti 45"``).

    >>> u = np.array(["estacao ca", "estacao cavalcanti 45", "rua a", "rua abc"], dtype=object)
    >>> cut_short(np.array([0, 2]), np.array([1, 3]), u).tolist()
    [True, False]
    """
    lengths = value_lengths(uniques)
    la, lb = lengths[a], lengths[b]
    shorter, longer = np.where(la <= lb, a, b), np.where(la <= lb, b, a)
    out = np.zeros(len(a), dtype=bool)
    maybe = np.flatnonzero(np.minimum(la, lb) >= CUT_AT_LEAST)
    if len(maybe):
        buffer, bounds = derived(uniques, "utf8", packed)
        out[maybe] = starts_with(buffer, bounds, longer[maybe], shorter[maybe])
    return out


def _middle_name_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    fathers = derived(fld.uniques, "patronymic_fathers", _patronymic_fathers)

    def levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        close = _sim(fld, a, b, "jaro_winkler") >= 0.92
        if fathers is not None:  # one father's name in two grammars (Ерланович, Ерланұлы)
            close |= (fathers[a] == fathers[b]) & (fathers[a] >= 0)
        return _assign((a < 0) | (b < 0), [a == b, close, _initial(fld, a, b)])

    level = _per_distinct(levels, fld, i, j)
    # A maiden name kept as the middle name: its other record's middle name was another.
    up = np.flatnonzero(level > 1)
    level[up[_family_name_at_birth(records, i[up], j[up], [fld])]] = 0
    return level


def _patronymic_fathers(uniques: np.ndarray) -> np.ndarray | None:
    """Per middle name (and one more for a missing one), a code of the father's given name it
    is the patronymic of (:func:`~tekil.normalize.names.patronymic_father`, read in loose
    Latin letters: Рустамович, Rustam oʻgʻli), -1 for no patronymic; None where no two values
    are one father's in two grammars.

    >>> _patronymic_fathers(np.array(["ерланович", "ерланұлы", "rustam ogli", "рустамович",
    ...                               "james", "erlan"], dtype=object))
    array([ 0,  0,  2,  2, -1, -1, -1])
    """
    codes = np.full(len(uniques) + 1, -1, dtype=np.int64)
    seen: dict[str, int] = {}
    for k, u in enumerate(uniques):
        father = patronymic_father(str(u))
        if father is not None:
            codes[k] = seen.setdefault(loose_latin(latin(father)), k)
    shared = np.bincount(codes[codes >= 0], minlength=len(codes))
    return codes if (shared > 1).any() else None


def _birth_name_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    a, b, null = _codes(fld, i, j)
    married = _family_name_at_birth(records, i, j, [fld])
    return _assign(null & ~married, [~null & (a == b), married])


def _gendered_stems(uniques: np.ndarray) -> np.ndarray | None:
    """Per family name (and one more for a missing one), a code shared by its masculine and
    feminine forms where the language forms them (else -1); None where no two values are
    such forms. Czech and Slovak add ``-ová`` (Novák, Nováková; Svoboda, Svobodová; Němec,
    Němcová) or end an adjective in ``-á`` (Černý, Černá); Polish ``-ski``/``-cki`` become
    ``-ska``/``-cka``; Russian and Bulgarian ``-ov``, ``-ev``, ``-in`` take an ``-a``.

    >>> _gendered_stems(np.array(["novak", "novakova", "svoboda", "svobodova", "nemec",
    ...                           "nemcova", "cerny", "cerna", "kowalski", "kowalska", "smith"]))
    array([ 0,  0,  2,  2,  4,  4,  6,  6,  8,  8, -1, -1])
    """
    texts = [str(u) for u in uniques]
    masculine = {t: k for k, t in enumerate(texts) if " " not in t}
    codes = np.full(len(texts) + 1, -1, dtype=np.int64)
    for k, t in enumerate(texts):
        if " " in t or len(t) < 4:
            continue
        forms: list[str] = []
        if t.endswith("ova"):  # novakova, svobodova, nemcova, simkova
            stem = t[:-3]
            forms += [stem, stem + "a", stem + "o"]
            if len(stem) >= 3:
                forms.append(stem[:-1] + "e" + stem[-1])  # nemc → nemec, hajk → hajek
        if t.endswith("a"):
            stem = t[:-1]
            if stem.endswith(("sk", "ck", "dzk")):
                forms.append(stem + "i")  # kowalska → kowalski
            elif stem[-1:] not in "aeiouy":
                forms.append(stem + "y")  # cerna → cerny, novotna → novotny
            if stem.endswith(("ov", "ev", "in", "yn")):
                forms.append(stem)  # ivanova → ivanov
        for form in forms:
            if form in masculine:
                codes[k] = codes[masculine[form]] = masculine[form]
                break
    return codes if (codes >= 0).any() else None


def _family_name_at_birth(records: Records, i, j, births: list[Field] | None = None) -> np.ndarray:
    """One record's family name at birth is (nearly: Jaro-Winkler 0.92) the other's family name
    (a married name beside the name she was born with), in a birth name's field or, as an
    American woman keeps it, her middle name's ("Barbara Harris Summers", born Harris);
    ``births``: only those fields."""
    out = np.zeros(len(i), dtype=bool)
    family = records.fields.get("last_name")
    if births is None:
        roles = ("birth_name", "middle_name")
        births = [f for f in records.fields.values() if f.role in roles]
    if family is None:
        return out
    for birth in births:
        out |= _written_as(birth, family, i, j)
    return out


def _written_as(birth: Field, family: Field, i, j) -> np.ndarray:
    """One record's value of ``birth`` is (nearly) the other's of ``family``."""
    out = np.zeros(len(i), dtype=bool)
    for x, y in ((i, j), (j, i)):
        at_birth, now = birth.codes[x], family.codes[y]
        rest = np.flatnonzero((at_birth >= 0) & (now >= 0))
        rows, da, db = _distinct_pairs(at_birth[rest], now[rest])
        ends = np.arange(len(da))
        same = np.zeros(len(da), dtype=bool)
        # As written, and in Latin letters (a father's name "ዳንኤል" against "Daniel").
        for a_texts, b_texts in _readings_of(birth, family):
            texts = np.concatenate([a_texts[da], b_texts[db]])
            same |= pair_similarity(ends, ends + len(da), texts, scorer="jaro_winkler") >= 0.92
        out[rest] |= same[rows]
    return out


def _readings_of(a: Field, b: Field) -> list[tuple[np.ndarray, np.ndarray]]:
    """The two fields' distinct values as written and, where some read otherwise in Latin
    letters (:func:`~tekil.similarity.latin_readings`), as read."""
    read_a, read_b = latin_readings(a.uniques)[0], latin_readings(b.uniques)[0]
    out = [(a.uniques, b.uniques)]
    if read_a is not None or read_b is not None:
        out.append(
            (a.uniques if read_a is None else read_a, b.uniques if read_b is None else read_b)
        )
    return out


def _place_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    def levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        null = (a < 0) | (b < 0)
        similar = np.zeros(len(a), dtype=bool)
        rest = np.flatnonzero(~null & (a != b))  # where the similarity decides
        similar[rest] = _sim(fld, a[rest], b[rest], "jaro_winkler") >= 0.90
        return _assign(null, [a == b, similar])

    return _per_distinct(levels, fld, i, j)


def _per_distinct(levels: Callable[[np.ndarray, np.ndarray], np.ndarray], fld: Field, i, j):
    """``levels(a, b)`` of a field's codes, worked out once per distinct pair of different
    codes (equal ones are exact)."""
    a, b, null = _codes(fld, i, j)
    out, rest = _equal_or_null(a, b, null)
    rows, da, db = _distinct_pairs(a[rest], b[rest])
    out[rest] = levels(da, db)[rows]
    return out


def _equal_or_null(a: np.ndarray, b: np.ndarray, null: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Levels where they need no similarity: 0 (null) if a side is missing, 1 (exact) if the
    codes are equal; and the pairs left to score. Most candidate pairs of a field are one or
    the other: only the rest is reduced to its distinct pairs."""
    level = (~null).view(np.int8).copy()
    return level, np.flatnonzero(level.astype(bool) & (a != b))


def _location_levels(records: Records, comp: Comparison, i, j) -> np.ndarray:
    """The most specific place two records share, from each member field's own levels."""
    n = len(i)
    present = np.zeros(n, dtype=bool)
    same = {role: np.zeros(n, dtype=bool) for role in _LOCATION_ORDER}
    similar_address = np.zeros(n, dtype=bool)
    other_house = np.zeros(n, dtype=bool)
    near_postcode = np.zeros(n, dtype=bool)
    for name in comp.members:
        fld = records.fields[name]
        level = _LEVEL_FUNCTIONS[fld.role](records, fld, i, j)
        present |= level > 0
        if fld.role == "address":
            same["address"] |= level == 1
            similar_address |= (level == 2) | (level == 3)
        elif fld.role in ("city", "district"):
            same[fld.role] |= (level == 1) | (level == 2)
        elif fld.role == "house_number":
            other_house |= level == len(_LEVELS["house_number"]) - 1
        else:
            same[fld.role] |= level == 1
            if fld.role == "postcode":  # "4S46BY" and "4546BY": one written, one scanned
                same["postcode"] |= _look_alike(records, fld, i, j, level == 2)
                near_postcode |= level == 2
    # Places of one role that several systems keep in columns of their own (a billing
    # address, a shop's delivery address): equal values agree across the columns too.
    for role, names in _several_columns(records, comp.members):
        codes = joint_codes(records, names)
        for x, y in permutations(codes, 2):
            both = (x[i] >= 0) & (y[j] >= 0)
            present |= both
            same[role] |= both & (x[i] == y[j])
        if role == "address":  # and alike ones as alike ("8616 oak dr", "8616 oak drive 5a")
            similar_address |= _alike_across(records, names, codes, i, j)
    same["postcode"] |= _zeros_lost(records, comp.members, i, j)
    same_address = same["address"] & ~other_house
    return _assign(
        ~present,
        [
            same_address,
            similar_address | same["address"],
            same["postcode"],
            same["district"],
            same["city"],
            near_postcode,
            same["region"],
        ],
    )


#: Fewest words of the shorter of two addresses in two columns for most of them being in the
#: longer to make the two alike (an address's second line, "apt 5a", is in many others).
_ALIKE_WORDS = 3


def _alike_across(
    records: Records, names: tuple[str, ...], codes: list[np.ndarray], i, j
) -> np.ndarray:
    """Whether two records' different addresses in two of the columns ``names`` (``codes``:
    their :func:`joint_codes`) are alike by their words, as :func:`_address_levels` finds
    two of one column: four in five of their words shared, or three in four of the shorter
    one's (of :data:`_ALIKE_WORDS` or more) in the other. A bank's ``ADDR1`` and a shop's
    ``address_line1`` hold one address written two ways."""
    vocabulary = joint_vocabulary(records, names)
    out = np.zeros(len(i), dtype=bool)
    for x, y in permutations(codes, 2):
        a, b = x[i], y[j]
        at = np.flatnonzero((a >= 0) & (b >= 0) & (a != b))
        if len(at) == 0:
            continue
        inter, len_a, len_b = token_overlap(a[at], b[at], vocabulary)
        shorter = np.minimum(len_a, len_b)
        jaccard = inter / np.maximum(len_a + len_b - inter, 1)
        out[at] |= (jaccard >= 0.8) | ((shorter >= _ALIKE_WORDS) & (inter >= 0.75 * shorter))
    return out


def _several_columns(records: Records, members: tuple[str, ...]) -> list[tuple[str, tuple]]:
    """The place roles (but house numbers) of several of ``members``, with their fields."""
    by_role: dict[str, list[str]] = {}
    for name in members:
        role = records.fields[name].role
        if role != "house_number":
            by_role.setdefault(role, []).append(name)
    return [(role, tuple(names)) for role, names in by_role.items() if len(names) > 1]


def _zeros_lost(records: Records, members: tuple[str, ...], i, j) -> np.ndarray:
    """Whether two postcodes of digits are one but for the leading zeros a spreadsheet took
    from one (``01067`` and ``1067``), in one column or two: a code's length is its country's,
    so that no two of one country differ in their leading zeros alone."""
    names = tuple(n for n in members if records.fields[n].role == "postcode")
    out = np.zeros(len(i), dtype=bool)
    cache = records.__dict__.setdefault("_zeros_lost", {})
    if names not in cache:  # per record: its postcode without leading zeros, and whether it had
        keys = []
        vocabulary: dict[str, int] = {}
        for name in names:
            fld = records.fields[name]
            texts = [str(u) for u in fld.uniques]
            own = np.array(
                [vocabulary.setdefault(t.lstrip("0"), len(vocabulary)) if t.isdigit() else -1
                 for t in texts] + [-1],
                dtype=np.int64,
            )  # fmt: skip
            zeros = np.array([t.isdigit() and t.startswith("0") for t in texts] + [False])
            keys.append((own[fld.codes], zeros[fld.codes]))
        cache[names] = keys
    keys = cache[names]
    for key_a, zeros_a in keys:
        for key_b, zeros_b in keys:
            ka, kb = key_a[i], key_b[j]
            out |= (ka >= 0) & (ka == kb) & (zeros_a[i] != zeros_b[j])
    return out


def _look_alike(records: Records, fld: Field, i, j, near: np.ndarray) -> np.ndarray:
    """Whether two postcodes one edit apart (``near``) are one postcode with a letter read for
    the digit it looks like, or a digit for the letter. Two letters (``AI``, ``AL``) or two
    digits apart are other postcodes."""
    out = np.zeros(len(i), dtype=bool)
    rows = np.flatnonzero(near)
    if len(rows):
        cache = records.__dict__.setdefault("_look_alike", {})
        if fld.name not in cache:  # per distinct postcode: letters read as digits, digits
            texts = [str(u) for u in fld.uniques]
            read = pd.factorize(pd.Series([t.translate(AS_DIGITS) for t in texts], dtype=object))
            digits = np.array([sum(ch.isdigit() for ch in t) for t in texts], dtype=np.int32)
            cache[fld.name] = read[0], digits
        read, digits = cache[fld.name]
        a, b = fld.codes[i[rows]], fld.codes[j[rows]]
        out[rows] = (read[a] == read[b]) & (digits[a] != digits[b])
    return out


def _written_year_levels(records: Records, comp: Comparison, i, j) -> np.ndarray:
    """A birth year that one record's e-mail or handle writes, against the other's birth date
    or its other kind of identifier (an e-mail's year against a handle's).

    Null where both records have a birth date (the dates speak for themselves) or no such
    pair of years is there to compare; the same kind of identifier on both sides is the
    identifiers' own comparison.
    """
    if _one_side_empty(
        i, j, [records.fields[n].codes for n in comp.members if n in records.fields]
    ):
        return np.zeros(len(i), dtype=np.int8)  # (a year needs a date or an identifier)
    years = {}  # per record: the birth date's year, and the year each identifier writes
    for name in comp.members:
        fld = records.fields.get(name)
        if fld is None:
            continue
        if fld.role == "dob":
            years["dob"] = fld.parts.get("year")
        elif fld.role in _YEAR_SOURCES and _YEAR_SOURCES[fld.role] in fld.parts:
            years[fld.role] = _written_years(records, fld, _YEAR_SOURCES[fld.role])
    pairs = {k: (v[i], v[j]) for k, v in years.items() if v is not None}  # gathered once
    n = len(i)
    present, agree = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    for x, y in permutations(pairs, 2):
        a, b = pairs[x][0], pairs[y][1]
        both = (a >= 0) & (b >= 0)
        present |= both
        agree |= both & (a == b)
    if "dob" in pairs:
        present &= (pairs["dob"][0] < 0) | (pairs["dob"][1] < 0)
    return _assign(~present, [agree])


def _written_years(records: Records, fld: Field, part: str) -> np.ndarray:
    """Per record, the birth year its ``part`` (an e-mail's local part, a handle's user name)
    writes, -1 for none: its first number that is a year of four digits (``1985``) or two
    (``85``: 1985; ``07``: 2007)."""
    cache = records.__dict__.setdefault("_written_years", {})
    if (fld.name, part) not in cache:
        uniques = fld.part_uniques[part]
        if len(uniques) <= _FEW_YEARS:  # a resolve's handful: a pandas call costs milliseconds
            hits = (_YEAR.search(str(u)) for u in uniques)
            found = np.array([int(h[1]) if h else -1 for h in hits], dtype=np.int32)
        else:
            text = pd.Series(uniques, dtype=object).astype(str)
            found = pd.to_numeric(text.str.extract(_YEAR, expand=False), errors="coerce")
            found = found.fillna(-1).to_numpy(dtype=np.int32, copy=True)
        this_year = datetime.date.today().year
        short = (found >= 0) & (found < 100)
        found[short] += np.where(found[short] <= this_year % 100, 2000, 1900).astype(np.int32)
        found[found > this_year] = -1
        cache[(fld.name, part)] = np.append(found, -1)[fld.parts[part]]  # code -1: none
    return cache[(fld.name, part)]


#: The first number of four digits that is a year of 1900 to 2099, or of two digits.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d|\d\d)(?!\d)")
#: Up to this many identifiers are read one by one.
_FEW_YEARS = 256


def _user_name_levels(records: Records, comp: Comparison, i, j) -> np.ndarray:
    """Whether a user name of one record's handles agrees with one of the other's handles or
    e-mail local parts, written with or without dots, underscores and hyphens, on any
    platform and in any column (:func:`~tekil.records.user_names`).

    Only what the identifiers' own comparisons do not read: null where the records share an
    e-mail or a handle (in any columns of the role); the same user name in one handle column
    and e-mails against e-mails (a local part at another domain) are their comparisons'
    evidence. Null too where no other pair of user names is there to compare.
    """
    names = tuple(n for n in comp.members if n in records.fields)
    if _one_side_empty(i, j, [records.fields[n].codes for n in names]):
        return np.zeros(len(i), dtype=np.int8)  # (a user name needs a handle or an e-mail)
    keys, chosen = user_names(records, names)
    roles = [records.fields[n].role for n in names]
    values: dict[str, np.ndarray] = {}  # each field's values in one vocabulary of its role
    for role in dict.fromkeys(roles):
        of_role = tuple(n for n in names if records.fields[n].role == role)
        values.update(zip(of_role, joint_codes(records, of_role), strict=True))
    ki, kj = [k[i] for k in keys], [k[j] for k in keys]
    present, agree, with_more = (np.zeros(len(i), dtype=bool) for _ in range(3))
    for x, y in itertools.product(range(len(names)), repeat=2):
        if "handle" not in (roles[x], roles[y]):
            continue  # two e-mails: the e-mails' own comparison
        both = (ki[x] >= 0) & (kj[y] >= 0)
        if not both.any():
            continue
        if roles[x] == roles[y]:  # two handles: not one value, nor one user name in a column
            both &= values[names[x]][i] != values[names[y]][j]
            if x == y:
                user = records.fields[names[x]].parts["username"]
                both &= user[i] != user[j]
        hit = both & (ki[x] == kj[y])
        present |= both
        agree |= hit
        with_more |= hit & chosen[np.maximum(ki[x], 0)]
    # Where an e-mail or a handle is in both records, that identifier speaks.
    at = np.flatnonzero(present)
    shared = np.zeros(len(at), dtype=bool)
    for x, y in itertools.product(range(len(names)), repeat=2):
        if roles[x] == roles[y]:
            a, b = values[names[x]][i[at]], values[names[y]][j[at]]
            shared |= (a >= 0) & (a == b)
    present[at[shared]] = False
    return _assign(~present, [with_more, agree])


def _alias_levels(records: Records, fld: Field, i, j) -> np.ndarray:
    """The name of one record against the handle or e-mail letters of the other.

    Only where the names cannot speak for themselves (one side lacks a full name):
    when both records have one, the name comparisons already carry this evidence.
    """
    out = np.zeros(len(i), dtype=np.int8)  # null where both are named
    if _one_side_empty(i, j, [fld.codes, *fld.parts.values()]):
        return out
    both_named = (fld.codes[i] >= 0) & (fld.codes[j] >= 0)
    i, j = i[~both_named], j[~both_named]
    n = len(i)
    best = np.zeros(n)
    present = np.zeros(n, dtype=bool)
    names = [fld.codes, fld.parts["reversed"]]
    identifiers = [v for k, v in fld.parts.items() if k != "reversed"]
    for name in names:
        for part in identifiers:
            for x, y in ((name[i], part[j]), (part[i], name[j])):
                both = (x >= 0) & (y >= 0)
                present |= both
                sim = (x == y).astype(float)
                scored = np.flatnonzero(both & (x != y))
                sim[scored] = _sim(fld, x[scored], y[scored], "jaro_winkler")
                best = np.maximum(best, sim * both)
    out[~both_named] = _assign(~present, [best >= 1.0, best >= 0.92])
    return out


_LEVEL_FUNCTIONS: dict[str, Callable[..., np.ndarray]] = {
    "first_name": _name_levels,
    "last_name": _name_levels,
    "dob": _date_levels,
    "phone": _phone_levels,
    "email": _email_levels,
    "handle": _handle_levels,
    "card": _card_levels,
    "alias": _alias_levels,
    "tckn": _exact_levels,
    "gender": _exact_levels,
    "suffix": _exact_levels,
    "age": _age_levels,
    "country": _exact_levels,
    "free_id": _free_id_levels,
    "postcode": _one_edit_levels,
    "house_number": _one_edit_levels,
    "address": _address_levels,
    "city": _place_levels,
    "district": _place_levels,
    "region": _place_levels,
    "middle_name": _middle_name_levels,
    "birth_name": _birth_name_levels,
    "birth_place": _place_levels,
    "mother_name": _place_levels,
    "father_name": _place_levels,
}


#: Comparisons that read several fields, by role.
_GROUP_LEVEL_FUNCTIONS: dict[str, Callable[..., np.ndarray]] = {
    "location": _location_levels,
    "written_year": _written_year_levels,
    USER_NAMES: _user_name_levels,
}


# ---- token overlap --------------------------------------------------------------------------------
#: Most distinct pairs whose shared tokens are counted with Python sets (bounded, never per pair).
FEW_PAIRS = 64
#: Up to this many pairs, the distinct ones are counted to see whether they are few.
CHECKED_FOR_FEW = 4096


def _tokens_within(a: np.ndarray, b: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Per pair, whether the words of one value are all words of the other (some at least)."""
    inter, len_a, len_b = token_overlap(a, b, uniques)
    return (inter > 0) & (inter == np.minimum(len_a, len_b))


def token_overlap(
    a: np.ndarray, b: np.ndarray, uniques: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shared-token count and token counts of each pair, computed once per distinct pair."""
    n = len(a)
    inter = np.zeros(n, dtype=np.int32)
    len_a = np.zeros(n, dtype=np.int32)
    len_b = np.zeros(n, dtype=np.int32)
    ok = (a >= 0) & (b >= 0)
    if not ok.any():
        return inter, len_a, len_b
    if ok.sum() <= CHECKED_FOR_FEW:
        lo, hi = np.minimum(a[ok], b[ok]), np.maximum(a[ok], b[ok])
        inverse, keys = pd.factorize(lo.astype(np.int64) * len(uniques) + hi)
        ulo, uhi = keys // len(uniques), keys % len(uniques)
        if len(keys) <= FEW_PAIRS:  # a store resolving one record: no word rows of every value
            tokens = {c: set(uniques[c].split()) for c in {*ulo.tolist(), *uhi.tolist()}}
            shared = [len(tokens[x] & tokens[y]) for x, y in zip(ulo, uhi, strict=True)]
            inter[ok] = np.array(shared, dtype=np.int32)[inverse]
            sizes = np.zeros(len(uniques), dtype=np.int32)
            sizes[list(tokens)] = [len(t) for t in tokens.values()]
            len_a[ok], len_b[ok] = sizes[a[ok]], sizes[b[ok]]
            return inter, len_a, len_b
    indptr, indices, sizes = derived(uniques, "words", word_rows)
    inter = shared_tokens(indptr, indices, a, b)
    len_a[ok], len_b[ok] = sizes[a[ok]], sizes[b[ok]]
    return inter, len_a, len_b
