"""The identifier graph and the over-merge guards: evidence that overrides the model.

The Fellegi–Sunter model weighs every field; three kinds of evidence are
better stated as rules:

* **identifier links**: two records with the same card token, TCKN, e-mail,
  social handle or personal mobile are one person, whatever the model makes of
  a nickname or a missing birth date (``Settings.identifiers``);
* **shared values**: a value that several *otherwise-different* people carry
  (a household landline, a family e-mail, an office switchboard) links nobody;
  it is found in the data: pairs that agree on the value but disagree outright
  on the first name, the birth date or the TCKN (``Settings.shared_value_people``);
* **cannot-link**: two different valid TCKNs, or a different birth date *and* a
  different first name, are never one person (``Settings.cannot_link``); nor are two
  different national ids of one kind known by their check digits (:func:`checked_ids_apart`),
  nor two whole birth dates that differ outright and by a decade or more (:func:`born_apart`),
  unless one person's records in this data often carry such dates (:func:`born_apart_holds`).

Each function returns one boolean per pair; :mod:`tekil.identity` turns them
into weights for clustering.

>>> rules_from(["tckn", "dob+first_name"])
[('tckn',), ('dob', 'first_name')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from tekil.block import pairs_in_blocks, sorted_unique
from tekil.compare import Comparison, compare, shared_value_codes, token_overlap
from tekil.errors import ConfigError
from tekil.frequencies import pair_weights
from tekil.model import FellegiSunter
from tekil.normalize.text import fold
from tekil.parallel import map_threads
from tekil.records import MULTI_COLUMN_ROLES, Field, Records, joint_codes, same_role_fields
from tekil.similarity import derived
from tekil.user_names import USER_NAMES

#: Line types that belong to one person (a landline belongs to a household).
PERSONAL_LINE_TYPES = ("mobile", "fixed_or_mobile")
#: Line types that link two records by themselves: a number its plan cannot tell from a
#: landline (every number of the US and Canada) may be a household's; the model weighs it.
LINKING_LINE_TYPES = ("mobile",)
#: Evidence (log2 Bayes factor) at or below which two records are evidently two people.
CONFLICT_BITS = -float(np.log2(1000))


def disagree(levels: np.ndarray, comp: Comparison) -> np.ndarray:
    """Both records have a value and they disagree outright (the comparison's last level)."""
    return levels == comp.n_levels - 1


def rules_from(rules: list[str]) -> list[tuple[str, ...]]:
    """``["tckn", "dob+first_name"]`` → ``[("tckn",), ("dob", "first_name")]``."""
    return [tuple(part.strip() for part in rule.split("+") if part.strip()) for rule in rules]


def comparable(fld: Field, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether the two records' values of ``fld`` can be told apart by their letters: written
    in one script, or one in Latin letters and the other in an alphabet the comparisons read
    letter by letter in them ("иван" and "ivan", "مصطفى" and "mostafa" are one name; "ivan" and
    "مصطفى" two). 山崎 and Yamazaki are not, nor a Thai or Hindi name and a Latin spelling:
    their romanisations differ more than a slip, and their difference says little."""
    script = np.append(derived(fld.uniques, "script", _scripts), -1)
    a, b = script[fld.codes[i]], script[fld.codes[j]]
    read = (np.minimum(a, b) == 0) & (np.maximum(a, b) < len(_ALPHABETS))
    return (a >= 0) & ((a == b) | read)


#: Latin letters, then the scripts whose letters each stand for a sound as Latin ones do
#: (alphabets and abjads), which a Latin spelling of a name follows letter for letter.
_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "ARABIC", "HEBREW")


def _scripts(uniques: np.ndarray) -> np.ndarray:
    """Per value, a code of the script of its first letter (Latin, Cyrillic, Han, ...)."""
    from tekil.normalize.latin import script

    codes = {name: code for code, name in enumerate(_ALPHABETS)}

    def code(value: object) -> int:
        letter = next((ch for ch in str(value) if ch.isalpha()), None)
        return -1 if letter is None else codes.setdefault(script(letter), len(codes))

    return np.fromiter((code(u) for u in uniques), np.int64, len(uniques))


def home_and_facts(
    comparisons: list[Comparison], identifiers: bool = False
) -> tuple[list[int], list[int]]:
    """The comparisons of what the members of a household share (a home, a family name: it
    says nothing of which of them a record is), and of the person's own facts (a given name,
    a birth date, a sex; with ``identifiers``, the identifiers too)."""
    from tekil.settings import HOUSEHOLD_ROLES, IDENTIFIER_ROLES

    at_home = HOUSEHOLD_ROLES - set(IDENTIFIER_ROLES)
    elsewhere = {*at_home, "alias", "written_year", "country"}
    elsewhere |= set() if identifiers else {*IDENTIFIER_ROLES, USER_NAMES}
    home = [c for c, comp in enumerate(comparisons) if comp.role in at_home]
    facts = [c for c, comp in enumerate(comparisons) if comp.role not in elsewhere]
    return home, facts


def twins(
    records: Records,
    comparisons: list[Comparison],
    levels: np.ndarray,
    i,
    j,
    counts: dict[str, float] | None = None,
) -> np.ndarray:
    """Pairs that agree on a whole birth date and on a family name but whose given names differ
    outright (no slip, short form, initial or swap): twins are so, and their birth date is
    their family's as their home is; it says nothing of which of them a record is
    (where :func:`twins_hold`).

    With ``counts``, what :func:`twins_hold` weighs is added to it: of these pairs, those that
    agree on an identifier of their own (``levels`` with the shared ones made null), and those
    whose own identifiers differ."""
    born, given, family = (np.zeros(len(levels), dtype=bool) for _ in range(3))
    for c, comp in enumerate(comparisons):
        if comp.role == "dob":
            born |= levels[:, c] == comp.levels.index("exact")
        elif comp.role == "first_name":
            apart = disagree(levels[:, c], comp)
            given |= apart & comparable(records.fields[comp.field], i, j)
        elif comp.role == "last_name":
            family |= (levels[:, c] != 0) & ~disagree(levels[:, c], comp)
    out = born & given & family
    if counts is not None:
        ids = [c for c, comp in enumerate(comparisons) if comp.role in _OWN_IDS]
        agree = np.logical_or.reduce([levels[:, c] == 1 for c in ids]) if ids else ~out
        # (A person has one national id, but e-mails and phones of other kinds: home, work.)
        held = [c for c in ids if comparisons[c].role in _ONE_EACH]
        differ = (
            np.logical_or.reduce([disagree(levels[:, c], comparisons[c]) for c in held])
            if held
            else ~out
        )
        counts["on_id"] = counts.get("on_id", 0) + int((out & agree).sum())
        counts["apart"] = counts.get("apart", 0) + int((out & ~agree & differ).sum())
    return out


#: Identifiers a person holds one of.
_ONE_EACH = frozenset({"tckn", "free_id"})


def twins_hold(counts: dict[str, float]) -> bool:
    """Whether records that share a birth date and a family name under given names that
    differ outright are twins in this data, from :func:`twins`' ``counts``: where their own
    identifiers (an SSN, an NHS number, an e-mail) differ more than twice as often as they
    agree. Where the given names are a person's other names (a preferred name, a name
    taken), the ids agree; where no id vouches either way, nothing says they are twins."""
    return counts.get("apart", 0) > 2 * counts.get("on_id", 0)


def cannot_link(levels: np.ndarray, comparisons: list[Comparison], rules: list[str]) -> np.ndarray:
    """Pairs that a rule forbids: every field of the rule present on both sides and different.

    Fields are named by role or by column; a rule naming a field the data does
    not have never fires, one naming something that is neither is an error.
    """
    out = np.zeros(len(levels), dtype=bool)
    for rule in rules_from(rules):
        hit = np.ones(len(levels), dtype=bool)
        for name in rule:
            cols = [c for c, comp in enumerate(comparisons) if name in (comp.field, comp.role)]
            if not cols:
                _check_rule_field(name)
                hit[:] = False
                break
            hit &= np.logical_or.reduce([disagree(levels[:, c], comparisons[c]) for c in cols])
        out |= hit
    return out


#: Years apart from which two whole birth dates that differ outright (neither swapped nor a
#: part off) are two people's, whatever else agrees: a father and a son of one name, one home
#: and one landline, whom EM, learning from pairs at one address, weighs as near-matches.
BORN_YEARS_APART = 10
#: Identifier roles whose agreement keeps two records one person's whatever their birth dates.
_OWN_IDS = frozenset({"tckn", "free_id", "card", "email", "handle", "phone"})


def born_apart(
    records: Records,
    comparisons: list[Comparison],
    levels: np.ndarray,
    i,
    j,
    counts: dict[str, float] | None = None,
    likely: Callable[[np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Pairs whose whole birth dates differ outright and by :data:`BORN_YEARS_APART` years or
    more (not by a slip of a year's digit), and that agree on no identifier of their own (a
    value no household shares: ``levels`` with the shared ones made null). A record whose date
    is another's, as files copy them, keeps its person by the id it holds.

    With ``counts``, what :func:`born_apart_holds` weighs is added to it: pairs of whole dates
    that agree on an own identifier, and of those how many such dates part; pairs of whole
    dates whose own identifiers differ and that ``likely(positions)`` finds one person by the
    rest of their evidence, and of those how many are parted. Pairs count as in EM
    (:func:`~tekil.frequencies.pair_weights`): one customer of hundreds of records, each
    date his, is not most of the data's evidence."""
    out = np.zeros(len(levels), dtype=bool)
    whole_both = np.zeros(len(levels), dtype=bool)
    ids = [c for c, comp in enumerate(comparisons) if comp.role in _OWN_IDS]
    agree = np.logical_or.reduce([levels[:, c] == 1 for c in ids]) if ids else out
    differ = (
        np.logical_or.reduce([disagree(levels[:, c], comparisons[c]) for c in ids]) if ids else out
    )
    for c, comp in enumerate(comparisons):
        if comp.role != "dob" or comp.field not in records.fields:
            continue
        apart = np.flatnonzero(disagree(levels[:, c], comp))
        whole, far = decades_apart(records.fields[comp.field], i, j, apart)
        if counts is not None:
            whole_both |= whole
        out |= far
    if counts is not None:
        weights = pair_weights(records, i, j)
        weights = np.ones(len(levels)) if weights is None else weights
        on_id = agree & whole_both
        other_ids = np.flatnonzero(~agree & differ & whole_both)
        one = likely(other_ids) if likely is not None else np.ones(len(other_ids), dtype=bool)
        at = other_ids[one]
        for key, count in (
            ("on_id", weights[on_id].sum()),
            ("apart_on_id", weights[on_id & out].sum()),
            ("likely", weights[at].sum()),
            ("parted", weights[at[out[at]]].sum()),
        ):
            counts[key] = counts.get(key, 0.0) + float(count)
    return out & ~agree & differ


#: Share of a column's values that must pass a check digit's test for its ids to be of that
#: kind (a column of phone numbers or of a system's own numbers passes one in ten at most).
CHECKED_COLUMN = 0.8
#: Records' ids read to tell a column's kind.
_KIND_SAMPLE = 2_000


def checked_ids_apart(records: Records, i, j) -> np.ndarray:
    """Pairs whose records each hold a national id of one kind known by its check digits
    (:data:`tekil.id_checks.ID_KINDS`: a JMBG, a CPF, a Teudat Zehut), in columns whose values
    nearly all pass that kind's test, and whose two ids differ (leading zeros aside): two
    people, as no slip of one digit passes the check again (a slip makes an id of no kind)."""
    ids, kinds = derived_checked_ids(records)
    out = np.zeros(len(i), dtype=bool)
    if ids is None:
        return out
    ka, kb = kinds[i], kinds[j]
    return (ka >= 0) & (ka == kb) & (ids[i] != ids[j])


def derived_checked_ids(records: Records) -> tuple[np.ndarray | None, np.ndarray]:
    """Per record, its first national id known by its check digits (a code of the digits
    without leading zeros; -1 for none) and the id's kind (the index of its check; -1),
    worked out once per record set, per column and distinct value."""
    cache = records.__dict__.setdefault("_checked_ids", {})
    if "ids" not in cache:
        cache["ids"] = _checked_ids(records, cache.get("kinds"))
    return cache["ids"]


def settle_id_kinds(records: Records, kinds: dict[str, int]) -> None:
    """Each column's kind of national ids (:func:`id_kinds`) as found on other records (a
    store's batch), whatever these records' ids show."""
    records.__dict__.setdefault("_checked_ids", {})["kinds"] = kinds


def id_kinds(records: Records) -> dict[str, int]:
    """Per column of ids with values, the kind of national id (the index of its check in
    :data:`tekil.id_checks.ID_KINDS`; -1: none) that nearly all its records' ids pass."""
    from tekil.id_checks import ID_KINDS

    out = {}
    for name in same_role_fields(records, "free_id"):
        field = records.fields[name]
        present = field.codes >= 0
        if not present.any():
            continue
        digits = _digits(field.uniques)
        # (on a sample of the records' ids: each kind's test runs in Python)
        sampled = np.random.default_rng(0).choice(field.codes[present], _KIND_SAMPLE)
        out[name] = next(
            (
                k
                for k, check in enumerate(ID_KINDS)
                if np.mean([bool(digits[c]) and check(digits[c]) for c in sampled])
                >= CHECKED_COLUMN
            ),
            -1,
        )
    return out


def _digits(uniques: np.ndarray) -> list[str]:
    """Each value if it is digits alone, else "" (once per array of values)."""
    return derived(uniques, "digits", lambda u: [v if v.isdigit() else "" for v in map(str, u)])


def _checked_ids(
    records: Records, kinds: dict[str, int] | None = None
) -> tuple[np.ndarray | None, np.ndarray]:
    from tekil.id_checks import ID_KINDS

    if kinds is None:
        kinds = id_kinds(records)
    names = same_role_fields(records, "free_id")
    kind_of = np.full(records.n, -1, dtype=np.int64)
    if not names:
        return None, kind_of
    keys = np.full(records.n, None, dtype=object)
    for name in names:
        kind = kinds.get(name, -1)
        if kind < 0:
            continue
        field = records.fields[name]
        digits = _digits(field.uniques)
        # Each distinct value read once.
        passes = np.array([bool(d) and ID_KINDS[kind](d) for d in digits] + [False])
        at = np.flatnonzero((field.codes >= 0) & passes[field.codes] & (kind_of < 0))
        kind_of[at] = kind
        stripped = np.array([d.lstrip("0") for d in digits], dtype=object)
        keys[at] = stripped[field.codes[at]]
    if not (kind_of >= 0).any():
        return None, kind_of
    codes = pd.factorize(pd.Series(keys).where(kind_of >= 0))[0]
    return codes.astype(np.int64), kind_of


def born_apart_holds(counts: dict[str, float]) -> bool:
    """Whether :func:`born_apart` tells two people in this data, from its ``counts``.

    How often one person's records carry whole dates decades apart is seen on the pairs that
    an own identifier makes one person (a date replaced or typed over: ``apart_on_id`` of
    ``on_id``). At that rate, of the ``likely`` pairs whose own ids differ (those the guard
    may part) some are one person's records with another id *and* another date; the guard
    holds where they are fewer than half the pairs it parts, i.e. where it is right more
    often than wrong. Where ids never vouch for a pair, nothing says the dates are unreliable.
    """
    on_id, parted = counts.get("on_id", 0), counts.get("parted", 0)
    one_person = counts.get("apart_on_id", 0) * counts.get("likely", 0)
    return on_id == 0 or 2 * one_person < parted * on_id


def decades_apart(born: Field, i, j, at: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, whether both records hold a whole birth date (not a year alone, as forms
    keep), and whether those differ by :data:`BORN_YEARS_APART` years or more, not by a slip
    of a year's digit; ``at``: only those pairs may be far apart (the others are not)."""
    year, day = born.parts.get("year"), born.parts.get("day")
    whole = np.zeros(len(i), dtype=bool)
    far = np.zeros(len(i), dtype=bool)
    if year is None or day is None:
        return whole, far
    whole[:] = (day[i] >= 0) & (day[j] >= 0) & (year[i] > 0) & (year[j] > 0)
    at = np.flatnonzero(whole) if at is None else at[whole[at]]
    a, b = year[i[at]].astype(np.int64), year[j[at]].astype(np.int64)
    far[at] = (np.abs(a - b) >= BORN_YEARS_APART) & ~_year_slip(a, b)
    return whole, far


def _year_slip(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether two years are one typed with a slip: one digit other (1956, 1986) or two
    neighbouring digits the other way round (1985, 1958)."""
    da = np.stack([a // 10**k % 10 for k in range(4)])  # digits, the last first
    db = np.stack([b // 10**k % 10 for k in range(4)])
    other = da != db
    out = other.sum(axis=0) <= 1
    for k in range(3):
        swapped = (da[k] == db[k + 1]) & (da[k + 1] == db[k])
        rest = np.delete(other, [k, k + 1], axis=0).sum(axis=0) == 0
        out |= swapped & rest
    return out


def _check_rule_field(name: str) -> None:
    from tekil.settings import ROLES

    if name not in ROLES and name not in ("location",):
        # A column name the data lacks is indistinguishable from a typo: name both options.
        raise ConfigError(
            f"cannot_link names {name!r}, which is neither a role ({', '.join(ROLES)}) "
            "nor a matched column of this data"
        )


def otherwise_different(
    partial: np.ndarray, forbidden: np.ndarray, column: int, bits: float = CONFLICT_BITS
) -> np.ndarray:
    """Pairs that are two people whatever comparison ``column`` says.

    ``partial`` holds each comparison's weight (:meth:`FellegiSunter.partial_weights`);
    the pair is different when the others' evidence, without the prior, is at
    most ``bits`` (1:1000 against), or a cannot-link rule holds.
    """
    rest = partial.sum(axis=1) - partial[:, column]
    return forbidden | (rest <= bits)


#: Pairs of one value's holders compared at a time, on each thread (a million persons' 1-2 M
#: pairs had been one piece, scored on one core).
PEOPLE_CHUNK = 1_000_000


def shared_values(
    records: Records,
    model: FellegiSunter,
    cannot_link_rules: list[str],
    min_people: int,
    max_block_size: int,
    holders: dict[str, np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """Per identifier field, which distinct values (by code) ``min_people`` people share
    (``holders``, when given, is filled with how many people hold each value: 0 if not shared).

    Every pair of records agreeing exactly on an identifier value is compared
    (whether or not blocking kept it); where the rest of a pair's evidence says
    they are different people (:func:`otherwise_different`, or a cannot-link
    rule), the distinct first names involved (or records, where a name is
    missing) are the value's people. The rest leaves out the places and the family
    name: a couple's shared home says nothing against their different given names and
    birth dates; given names that differ outright are two people. A value on more than
    ``max_block_size`` records is shared outright.
    """
    from tekil.settings import HOUSEHOLD_ROLES, IDENTIFIER_ROLES

    comparisons = [p.comparison for p in model.parameters_]
    columns = [c for c, comp in enumerate(comparisons) if comp.role in IDENTIFIER_ROLES]
    if min_people < 2 or not columns:
        return {}
    fields = [records.fields[comparisons[c].field] for c in columns]
    # A role kept in several columns gives its pairs once, for all of them.
    groups = dict.fromkeys(_holding_group(records, f) for f in fields)
    pairs = [_holding_one_value(records, group, max_block_size) for group in groups]
    n = np.int64(records.n)
    keys = sorted_unique(np.concatenate([a * n + b for a, b in pairs] or [np.empty(0, np.int64)]))
    del pairs
    first = records.fields.get("first_name")
    last = records.fields.get("last_name")
    # What the members of a household share says nothing about which of them a record is;
    # the person's own facts: what no identifier or home of theirs says (a birth date, a sex).
    household, facts = home_and_facts(comparisons)
    given = [c for c, comp in enumerate(comparisons) if comp.role == "first_name"]
    ids = [c for c, comp in enumerate(comparisons) if comp.role in ("free_id", "tckn")]
    births = [c for c, comp in enumerate(comparisons) if comp.role == "dob"]
    born = records.fields[comparisons[births[0]].field] if births else None
    own_ids = [
        (c, f) for c, f in zip(columns, fields, strict=True) if comparisons[c].role in _OWN_IDS
    ]
    # How many records hold each value of each identifier column.
    held_by = {f.name: np.bincount(f.codes[f.codes >= 0], minlength=len(f.uniques)) for f in fields}
    size = len(born.uniques) + 1 if born is not None else 1  # (a person key's dates)

    landlines = {c: _landlines(f) for c, f in zip(columns, fields, strict=True)}

    def people_of(start: int) -> tuple[list[pd.DataFrame | None], np.ndarray]:
        """Per identifier column, the (value, person) pairs of one chunk's different people;
        and the chunk's counts of records of one given name on one value whose whole birth
        dates are decades apart (:func:`_dates_tell_people`)."""
        a, b = keys[start : start + PEOPLE_CHUNK] // n, keys[start : start + PEOPLE_CHUNK] % n
        levels = compare(records, a, b, comparisons)
        partial = model.partial_weights(records, a, b, levels)
        partial[:, household] = 0.0
        forbidden = cannot_link(levels, comparisons, cannot_link_rules)
        # Given names that differ outright (no slip, short form or initial), and no fact of
        # the person's own that outweighs it (a birth date), are two people holding what a
        # household shares (a landline, an e-mail, a card), whatever the rest says: on data
        # of households EM learns the difference of given names as a weak one. (Not so a
        # national id: one that two such records hold is likelier a record's typos.)
        own = partial[:, facts].sum(axis=1) <= 0
        # A fact to weigh against: a birth date, or national ids that both hold and that
        # differ outright (a child's personnummer on the parent's e-mail).
        apart_ids = np.zeros(len(a), dtype=bool)
        for c in ids:
            apart_ids |= disagree(levels[:, c], comparisons[c])
        own &= (levels[:, [c for c in facts if c not in given]] > 0).any(axis=1) | apart_ids
        named_apart = np.zeros(len(a), dtype=bool)  # (without a fact of their own, first)
        for c in given:
            named_apart |= disagree(levels[:, c], comparisons[c])
        if named_apart.any() and first is not None and last is not None:
            # Not where one's given name is among the other's names: a person of several
            # given names goes by any of them ("John Kamau Mwangi", "Kamau Mwangi"), and a
            # whole name's order is not known ("MWANGI JOHN KAMAU").
            at = np.flatnonzero(named_apart)
            fa, fb = first.codes[a[at]], first.codes[b[at]]
            la, lb = last.codes[a[at]], last.codes[b[at]]
            u = first.uniques
            met = token_overlap(fa, lb, u)[0] > 0
            met |= token_overlap(fb, la, u)[0] > 0
            met |= token_overlap(fa, fb, u)[0] > 0
            named_apart[at[met]] = False
        named_only, named_apart = named_apart, named_apart & own
        # A landline is a household's: given names that differ outright on it are two people,
        # whatever facts of theirs the records leave out (on a mobile they may be a nickname
        # tekil does not know; on a landline they are its household's).
        named_on_landline = named_only & (partial[:, facts].sum(axis=1) <= 0)
        # Birth dates that differ outright (neither swapped nor a part off): two people, a
        # father and a son of one name at one address, however alike the rest.
        # (Where the data's dates tell people apart at all: kept aside as ``named`` 3.)
        born_other_day = np.zeros(len(a), dtype=bool)
        for c in births:
            born_other_day |= disagree(levels[:, c], comparisons[c])
        tally = np.zeros((2, 2))
        if born is not None and first is not None:
            one_name = (first.codes[a] >= 0) & (first.codes[a] == first.codes[b])
            agree: dict[str, np.ndarray] = {}
            for c, fld in own_ids:
                share = agree.setdefault(comparisons[c].role, np.zeros(len(a)))
                on = np.flatnonzero(levels[:, c] == 1)
                value = shared_value_codes(records, fld, a[on], b[on])
                share[on] = np.maximum(share[on], 1.0 / np.maximum(held_by[fld.name][value] - 1, 1))
            tally = _date_tally(born, agree, one_name, a, b)
        out: list[pd.DataFrame | None] = []
        for c, fld in zip(columns, fields, strict=True):
            household_role = comparisons[c].role in HOUSEHOLD_ROLES
            apart = forbidden | named_apart if household_role else forbidden
            if landlines[c] is not None:
                held = landlines[c][shared_value_codes(records, fld, a, b)]  # -1: the last
                apart = apart | (named_on_landline & held)
            hit = (levels[:, c] == 1) & otherwise_different(partial, apart, c)
            dated = np.zeros(len(a), dtype=bool)
            if household_role:
                dated = (levels[:, c] == 1) & otherwise_different(partial, born_other_day, c)
                dated &= ~hit
            # Given names that differ outright on one e-mail, with no fact to weigh against:
            # a family's address where it names neither (below), else perhaps a gift's
            # recipient's on the buyer's.
            named = (levels[:, c] == 1) & named_only
            named &= comparisons[c].role == "email" and first is not None
            if not (hit | named | dated).any():
                out.append(None)
                continue
            frames = []
            for mask, kind in ((hit, 0), (named, 1), (dated, 3)):
                ends = np.r_[a[mask], b[mask]]
                value = np.tile(shared_value_codes(records, fld, a[mask], b[mask]), 2)
                person = first.codes[ends].astype(np.int64) if first else np.full(len(ends), -1)
                person = np.where(person >= 0, person, -2 - ends)  # no first name: the record
                # Of one name, born on days that differ outright: two people, where dates
                # tell people apart (not a date one record leaves out: as by the name alone).
                day = np.zeros(len(ends), dtype=np.int64)
                if born is not None and kind != 1:
                    day = np.where(np.tile(born_other_day[mask], 2), born.codes[ends] + 1, 0)
                frame = pd.DataFrame(
                    {"value": value, "person": person, "dated": person * size + day, "named": kind}
                )
                if kind == 1:
                    # An address that names neither given name ("smithfamily@", "lefebvres@")
                    # is a family's; one that names one ("murat.demir@") is that person's.
                    mine = _names_mailbox(fld.uniques, first.uniques, value, first.codes[ends])
                    pair = mine.reshape(2, -1).any(axis=0)
                    frame.loc[~np.tile(pair, 2), "named"] = 2
                frames.append(frame)
            out.append(pd.concat(frames).drop_duplicates())
        return out, tally

    # Bounded memory: levels and weights a chunk at a time, chunks on the threads.
    by_chunk = map_threads(people_of, range(0, len(keys), PEOPLE_CHUNK))
    tells = _dates_tell_people(sum((t for _, t in by_chunk), np.zeros((2, 2))))
    found = [
        [_by_dates(p[at], tells) for p, _ in by_chunk if p[at] is not None]
        for at in range(len(columns))
    ]
    del by_chunk
    # A role kept in several columns (a phone and a contact phone) holds one value in any of
    # them: its people are counted over all of them, and it is shared in each (an agent's
    # number, a contact phone on several customers' records, is shared where it is their own
    # phone too).
    by_group: dict[tuple[str, ...], list[pd.DataFrame]] = {}
    for fld, people in zip(fields, found, strict=True):
        group = by_group.setdefault(_holding_group(records, fld), [])
        for frame in people:
            group.append(frame.assign(value=fld.uniques[frame["value"].to_numpy()]))
    many: dict[tuple[str, ...], pd.Series] = {}
    for group, frames in by_group.items():
        if frames:
            people = pd.concat(frames).drop_duplicates()
            counts = people.loc[people["named"] == 0, "value"].value_counts()
            many[group] = counts[counts.to_numpy() >= min_people]
            # An e-mail under given names that differ outright and that names neither of two
            # of them ("smithfamily@", "lefebvres@") is a family's, whatever facts of theirs
            # the records leave out, under as many people as any shared value.
            named = people[people["named"] >= 1]
            family = named[named["value"].isin(named.loc[named["named"] == 2, "value"])]
            names = family.drop_duplicates(["value", "person"])["value"].value_counts()
            names = names[names.to_numpy() >= min_people]
            many[group] = pd.concat([many[group], names]).groupby(level=0).max()
    out: dict[str, np.ndarray] = {}
    for fld in fields:
        held = held_by[fld.name]
        shared = held > max_block_size
        # How many people hold each value: those found, or (shared outright) its records.
        count = np.where(shared, held, 0)
        values = many.get(_holding_group(records, fld))
        if values is not None and len(values):
            found = pd.Series(fld.uniques).map(values).fillna(0).to_numpy(np.int64)
            shared |= found > 0
            count = np.maximum(count, found)
        out[fld.name] = shared
        if holders is not None:
            holders[fld.name] = count
    return out


def _dates_tell_people(tally: np.ndarray) -> bool:
    """Whether records of one given name whose whole birth dates are decades apart are two
    people in this data, from ``tally``: pairs of one name agreeing on a phone, and of those
    how many such dates part; the same for pairs agreeing on two identifiers of different
    roles (a phone and an e-mail, an e-mail and an id).

    Two identifiers agreeing make one person, bar a household that shares both: such dates
    there are a record typed over or replaced. A phone, a household's, holds those slips as
    often, and a father and a son of one name too. Dates tell people apart where the slips
    explain less than half the phone's pairs they part: where the pairs on two identifiers
    show them less often than half the phone's rate (none seen: no slip to explain them by;
    a small file of slips may show none). Where no phone's pair is parted there is nothing
    to explain.
    """
    (phone_on, phone_apart), (two_on, two_apart) = tally.tolist()
    if phone_apart == 0:
        return True
    return two_apart < two_on * phone_apart / (2 * phone_on)  # (on two ids, were they slips)


def _by_dates(people: pd.DataFrame, tells: bool) -> pd.DataFrame:
    """One chunk's (value, person) pairs by names and birth dates where dates tell people
    apart (:func:`_dates_tell_people`), by names alone where they do not."""
    if tells:
        people = people.assign(person=people["dated"], named=people["named"].replace(3, 0))
    else:
        people = people[people["named"] != 3]
    return people.drop(columns="dated").drop_duplicates()


def _date_tally(born: Field, agree: dict[str, np.ndarray], one_name: np.ndarray, a, b):
    """What :func:`_dates_tell_people` weighs, over pairs of one given name (``one_name``)
    with whole dates: pairs agreeing on a phone, and of those how many such dates part; the
    same for pairs agreeing on two identifiers of different roles, each counted as one of
    the holders but one of its most specific value (``agree``: per role, that share where
    the pair agrees; an agent's number and mailbox on hundreds of applicants' records are no
    hundred thousand records of one person each, a household head's number beside a
    member's own e-mail is one of that member's)."""
    whole, far = decades_apart(born, a, b)
    shares = np.array(list(agree.values())) if agree else np.zeros((1, len(a)))
    on_phone = (agree.get("phone", np.zeros(len(a))) > 0).astype(float)
    two = (shares > 0).sum(axis=0) >= 2
    on_two = np.where(two, shares.max(axis=0), 0.0)
    tally = np.zeros((2, 2))
    for k, on in enumerate((on_phone, on_two)):
        on = np.where(one_name & whole, on, 0.0)
        tally[k] = on.sum(), on[far].sum()
    return tally


def _landlines(fld: Field) -> np.ndarray | None:
    """Per distinct value of a phone field whose line types are known, whether it is a
    landline, and a last ``False`` (for code -1, no value); ``None`` for other fields, and for
    a field whose numbers read as landlines mostly: a plan that takes most of a file's numbers
    for landlines is likelier the wrong plan (Germany's accepts nearly any number) than the
    file one of home phones."""
    if fld.role != "phone" or "line_type" not in fld.parts:
        return None
    fixed = np.append(fld.part_uniques["line_type"] == "fixed", False)
    out = np.zeros(len(fld.uniques) + 1, dtype=bool)
    held = fld.codes >= 0
    out[fld.codes[held]] = fixed[fld.parts["line_type"][held]]
    return None if held.any() and out[fld.codes[held]].mean() > 0.5 else out


def _names_mailbox(
    addresses: np.ndarray, names: np.ndarray, address: np.ndarray, name: np.ndarray
) -> np.ndarray:
    """Per record, whether its e-mail address (``addresses[address]``) names its given name
    (``names[name]``; a word of three letters or more of it) before the ``@``; each distinct
    pair of the two read once."""
    held = (address >= 0) & (name >= 0)
    key = address.astype(np.int64) * (len(names) + 1) + name
    distinct, at = np.unique(key[held], return_inverse=True)

    def names_it(x: int, y: int) -> bool:
        box = re.sub(r"[^a-z]", "", fold(str(addresses[x]).split("@")[0]))
        return any(len(w) >= 3 and w in box for w in fold(str(names[y])).split())

    read = np.fromiter(
        (names_it(*divmod(int(k), len(names) + 1)) for k in distinct), bool, len(distinct)
    )
    out = np.zeros(len(address), dtype=bool)
    out[held] = read[at]
    return out


def _holding_group(records: Records, fld: Field) -> tuple[str, ...]:
    """The fields whose values ``fld``'s may be found in: its own, or (a role kept in several
    columns) every column of its role."""
    names = same_role_fields(records, fld.role) if fld.role in MULTI_COLUMN_ROLES else ()
    return names if len(names) > 1 else (fld.name,)


def _holding_one_value(
    records: Records, names: tuple[str, ...], max_block_size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of records holding one value in the fields ``names`` (in any of them)."""
    if len(names) == 1:
        return pairs_in_blocks(records.fields[names[0]].codes.astype(np.int64), max_block_size)
    codes = joint_codes(records, names)
    holder = np.tile(np.arange(records.n, dtype=np.int64), len(codes))
    a, b = pairs_in_blocks(np.concatenate(codes).astype(np.int64), max_block_size)
    a, b = holder[a], holder[b]
    other = a != b
    return np.minimum(a, b)[other], np.maximum(a, b)[other]


def on_shared_value(
    records: Records,
    i: np.ndarray,
    j: np.ndarray,
    levels: np.ndarray,
    comparisons: list[Comparison],
    shared: dict[str, np.ndarray],
) -> dict[int, np.ndarray]:
    """Per comparison column, the pairs whose exact agreement is on a shared value."""
    out = {}
    for c, comp in enumerate(comparisons):
        if comp.field in shared and shared[comp.field].any():
            codes = shared_value_codes(records, records.fields[comp.field], i, j)
            mask = (levels[:, c] == 1) & shared[comp.field][np.maximum(codes, 0)]
            if mask.any():
                out[c] = mask
    return out


def strangers_values(records: Records, shared: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per identifier field, which of its shared values (:func:`shared_values`) strangers
    hold: neither a family name nor a place (an address, a town, a district, a postcode) is on
    most of the records that hold it (an education agent's e-mail on applicants of every
    family and town), where a household's landline or a family's e-mail is on records of one
    family name or one home mostly (flatmates' too; a Somali family's, whose members' names
    share no family name, in one district); and it is on many more records than a family's
    value (twice as many as three in four of the field's shared values are: an agent's on
    dozens, a household's on a few, whatever its members' names). Where half its records write
    no family name nor place, the records cannot tell, and the value is no strangers'."""
    homes = [f for f in records.fields.values() if f.role in _HOMES]
    out: dict[str, np.ndarray] = {}
    for name, flags in shared.items():
        out[name] = flags.copy()
        if name not in records.fields or not flags.any():
            continue
        codes = records.fields[name].codes
        rows = np.flatnonzero(codes >= 0)
        rows = rows[flags[codes[rows]]]
        held_by = np.bincount(codes[rows], minlength=len(flags))
        many = held_by > _FAMILY_TIMES * np.percentile(held_by[flags], 75)
        told = np.zeros(len(flags), dtype=bool)
        for home in homes:
            kept = rows[home.codes[rows] >= 0]
            if len(kept) == 0:
                continue
            told |= np.bincount(codes[kept], minlength=len(flags)) * 2 >= held_by
            # Per value, its records on its most common home against all its records with one.
            homes_n = int(home.codes.max()) + 1
            pair, per_home = np.unique(
                codes[kept].astype(np.int64) * homes_n + home.codes[kept], return_counts=True
            )
            value = pair // homes_n
            first = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
            top, total = np.maximum.reduceat(per_home, first), np.add.reduceat(per_home, first)
            out[name][value[first][top * 2 > total]] = False
        out[name] &= many & told
    return out


#: Roles whose one value on most of a shared value's records makes them a family's.
_HOMES = frozenset({"last_name", "address", "city", "district", "postcode"})
#: How many times the records of three in four of a field's shared values a strangers' value
#: is on, at least.
_FAMILY_TIMES = 2


def apart_on_shared_only(
    records: Records,
    i: np.ndarray,
    j: np.ndarray,
    levels: np.ndarray,
    comparisons: list[Comparison],
    strangers: dict[str, np.ndarray],
    only_shared: dict[tuple[str, ...], np.ndarray] | None = None,
) -> dict[int, np.ndarray]:
    """Per comparison column, the pairs that differ outright where one record holds no value
    of the role but ones that strangers share (``strangers``, :func:`strangers_values`): an
    education agent's e-mail and phone on an applicant's rows. Such a value is nobody's own
    (its agreement is demoted, :func:`on_shared_value`), and the record says nothing of its
    person's own: its differing from another record's number is no evidence that the two are
    two people. A record that holds an own value beside it still differs by that; a value of
    one family (a household's landline) is a family member's, and its differing tells them
    apart as before. ``only_shared`` keeps, per group of fields, which records hold none but
    such values, for the next chunk of pairs."""
    from tekil.settings import IDENTIFIER_ROLES

    out = {}
    only_shared = {} if only_shared is None else only_shared
    for c, comp in enumerate(comparisons):
        fld = records.fields.get(comp.field)
        if fld is None or comp.role not in IDENTIFIER_ROLES:
            continue
        group = _holding_group(records, fld)
        if not any(name in strangers and strangers[name].any() for name in group):
            continue
        if group not in only_shared:  # per record: values of the role, none its own
            held = np.zeros(records.n, dtype=bool)
            own = np.zeros(records.n, dtype=bool)
            for name in group:
                codes = records.fields[name].codes
                flags = strangers.get(name)
                present = codes >= 0
                held |= present
                if flags is None:
                    own |= present
                else:
                    own |= present & ~np.append(flags, False)[codes]
            only_shared[group] = held & ~own
        mask = disagree(levels[:, c], comp) & (only_shared[group][i] | only_shared[group][j])
        if mask.any():
            out[c] = mask
    return out


def linking(comparisons: list[Comparison], modes: dict[str, str]) -> list[int]:
    """The comparisons of identifiers that link two records on their own (``mode`` "link")."""
    return [c for c, comp in enumerate(comparisons) if modes.get(comp.role) == "link"]


def identifier_links(
    records: Records,
    i: np.ndarray,
    j: np.ndarray,
    levels: np.ndarray,
    comparisons: list[Comparison],
    modes: dict[str, str],
    shared: dict[str, np.ndarray],
) -> np.ndarray:
    """Pairs that agree exactly on a linking identifier whose value nobody else shares.

    Phones link only when known to be mobile lines (:data:`LINKING_LINE_TYPES`).
    """
    out = np.zeros(len(levels), dtype=bool)
    for c in linking(comparisons, modes):
        comp = comparisons[c]
        fld = records.fields[comp.field]
        codes = shared_value_codes(records, fld, i, j)
        hit = levels[:, c] == 1
        if comp.field in shared:  # code -1 (no value; a field may have none): the appended False
            hit &= ~np.append(shared[comp.field], False)[codes]
        if comp.role == "phone" and "line_type" in fld.parts:
            kinds = fld.part_uniques["line_type"]
            mobile = np.append(np.isin(kinds, LINKING_LINE_TYPES), False)
            holder = np.where(codes == fld.codes[i], i, j)  # the record with the value here
            hit &= mobile[fld.parts["line_type"][holder]]  # code -1: the appended False
        out |= hit
    return out
