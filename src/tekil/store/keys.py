"""Lookup keys: what a store finds a record's candidates by, and which keys find whom.

A record's keys are its identifiers by role (``phone=+905321234567``) and each blocking
rule's key of it (``lm+y=YLMS|1985``), as :mod:`tekil.block` keys the batch; the store
keeps their 64-bit hashes (:func:`key_hash`). :class:`KeyPlan` reads them off one row;
a batch's rows are keyed column by column (:meth:`KeyPlan.hashes`), each distinct value
transformed and each distinct key hashed once.

>>> plan = KeyPlan([BlockingRule(["last_name:metaphone", "dob:year"], name="lm+y")], {})
>>> rows = [{"last_name": "yilmaz", "dob.year": 1985}, {"last_name": "yilmaz"}] * 60
>>> plan.hashes(rows)[:2] == [[key_hash("lm+y=YLMS|1985")], []]
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from tekil.block import ANY_OF, COALESCED, EITHER_ORDER, OTHER_NAME, any_of, key_transform, part_of
from tekil.normalize.latin import latin
from tekil.settings import IDENTIFIER_ROLES, BlockingRule
from tekil.store.rows import _ALL_PARTS, PART_SEP, SEP, Row
from tekil.user_names import USER_NAME_ROLES, USER_NAMES, user_name


def flat_keys(keys: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Records' key hashes as numpy: how many each record has, and all of them in order.

    >>> [a.tolist() for a in flat_keys([[7, 9], [], [7]])]
    [[2, 0, 1], [7, 9, 7]]
    """
    counts = np.fromiter(map(len, keys), np.int64, len(keys))
    return counts, np.fromiter(chain.from_iterable(keys), np.int64, int(counts.sum()))


#: A lookup key held by more records than this finds no candidates (a common surname, say),
#: unless they are the records of few customers (see :func:`finding`).
MAX_KEY_RECORDS = 50
#: A key held by more records than the cap, but by at most this many times the cap, is looked
#: at customer by customer: one customer's many records (a firm's lines, a customer kept once
#: per account) must not hide that customer's e-mail or name from the next record.
LOOKED_AT = 20
#: Of such a key's holders, each customer's oldest this many are candidates.
PER_CUSTOMER = 3


def finding(key_of: np.ndarray, customers_of: Callable, cap: int = MAX_KEY_RECORDS) -> np.ndarray:
    """Which (key, holder) rows find their holder, ``key_of`` numbering each row's key.

    A key held by at most ``cap`` records finds them all. One held by more, but by at most
    ``LOOKED_AT`` times as many, finds each customer's ``PER_CUSTOMER`` oldest holders, if
    that leaves at most ``cap``; a more common key finds nobody. ``customers_of(rows)`` gives
    those rows' holders' customers (codes; -1: gone) and ages (lower: older); it is asked
    only about keys held by more than ``cap``.

    >>> key_of = np.repeat([0, 1], [2, 60])  # a key of two records, one of 60 (one customer's)
    >>> int(finding(key_of, lambda rows: (np.zeros(len(rows), int), rows)).sum())
    5
    >>> int(finding(key_of, lambda rows: (rows, rows)).sum())  # 60 customers: too common
    2
    """
    size = np.bincount(key_of)[key_of]
    found = size <= cap
    common = np.flatnonzero(~found & (size <= LOOKED_AT * cap))
    if len(common) == 0:
        return found
    customer, age = (np.asarray(a) for a in customers_of(common))
    known = customer >= 0
    order = np.lexsort((age[known], customer[known], key_of[common[known]]))
    common, customer = common[known][order], customer[known][order]
    key = key_of[common]
    at = np.arange(len(common))
    first = np.r_[True, (key[1:] != key[:-1]) | (customer[1:] != customer[:-1])]
    taken = common[at - np.maximum.accumulate(np.where(first, at, 0)) < PER_CUSTOMER]
    left = np.bincount(key_of[taken])[key_of[taken]]
    found[taken[left <= cap]] = True
    return found


def row_keys(row: Row, rules: list[BlockingRule], roles: dict[str, str]) -> list[str]:
    """A record's lookup keys: its identifiers by role, and each blocking rule's key.

    >>> rule = BlockingRule(["last_name:metaphone", "dob:year"], name="lm+y")
    >>> row_keys({"last_name": "yilmaz", "dob.year": 1985, "tel": "+9053"}, [rule],
    ...          {"tel": "phone", "dob": "dob", "s": "last_name"})
    ['phone=+9053', 'lm+y=YLMS|1985']
    """
    return KeyPlan(rules, roles)(row)


def hashed_keys(
    rows: list[Row], rules: list[BlockingRule], roles: dict[str, str]
) -> list[list[int]]:
    """Each row's lookup keys (:func:`row_keys`) as their hashes (:func:`key_hash`)."""
    return KeyPlan(rules, roles).hashes(rows)


#: From this many rows on, :meth:`KeyPlan.hashes` keys them column by column (its numpy and
#: pandas calls cost a few milliseconds; a row keyed alone some 25 µs).
MANY_ROWS = 100


class KeyPlan:
    """:func:`row_keys` with the rules read once: of one row (a call), or of many rows
    column by column (:meth:`hashes`)."""

    def __init__(self, rules: list[BlockingRule], roles: dict[str, str]) -> None:
        self.identifiers = [
            (col, f"{role}{SEP}") for col, role in roles.items() if role in IDENTIFIER_ROLES
        ]
        #: Per rule, its key's prefix and the (name, transform) of its parts; None for aliases.
        self.rules: list[tuple[str, list[tuple[str, str]]] | None] = []
        #: The prefix of a rule keying the two names in their order (a sorted neighbourhood's,
        #: which a store keys by equal values) when the two names as a set are keyed too: for a
        #: record with two names the set finds the same records, but where more records than a
        #: key may hold (``MAX_KEY_RECORDS``) share the set and fewer the order.
        either_order = any(rule.keys == [f"first_name:{EITHER_ORDER}"] for rule in rules)
        self.in_order: str | None = None
        #: The handle and e-mail columns whose user names are keys (see tekil.records.user_name).
        self.user_names: list[tuple[str, str]] = []
        #: Per rule keying a part of any of several columns (``tel|mobile:last7``), its prefix,
        #: the columns and the part: each column's part is a key of the rule.
        self.parts_of_any: list[tuple[str, tuple[str, ...], str]] = []
        for rule in rules:
            if either_order and sorted(rule.keys) == ["first_name", "last_name"]:
                self.in_order = f"{rule.name}{SEP}"
            if len(rule.keys) == 1 and roles.get(rule.keys[0]) in IDENTIFIER_ROLES:
                continue  # the identifier's own key
            if columns := any_of(roles, rule.keys[0]):
                if (part := part_of(rule.keys[0])[1]) is not None:  # a part of any column
                    self.parts_of_any.append((f"{rule.name}{SEP}", columns, part))
                continue  # an identifier in any column: its role's own key
            if rule.keys == [USER_NAMES] and USER_NAMES not in roles:
                # Each user name of the handles and e-mails, as tekil.block pairs them.
                users = [(c, r) for c, r in roles.items() if r in USER_NAME_ROLES]
                if any(r == "handle" for _, r in users) and len(users) > 1:
                    self.user_names = users
                continue
            if rule.keys == ["alias"]:
                self.rules.append(None)
            else:
                parts = [spec.partition(":")[::2] for spec in rule.keys]
                self.rules.append((f"{rule.name}{SEP}", parts))

    def __call__(self, row: Row) -> list[str]:
        keys = [prefix + latin(str(row[col])) for col, prefix in self.identifiers if col in row]
        for col, role in self.user_names:
            if col in row and (name := user_name(str(row[col]), role)) is not None:
                keys.append(f"{USER_NAMES}{SEP}{name}")
        for prefix, columns, part in self.parts_of_any:
            for col in columns:
                if (value := row.get(f"{col}.{part}")) is not None:
                    keys.append(prefix + str(value))
        for rule in self.rules:
            if rule is None:
                keys.extend(f"alias{SEP}{row[k]}" for k in _ALIAS_KEYS if k in row)
                continue
            prefix, specs = rule
            if prefix == self.in_order and _two_names(row):
                continue
            parts = []
            for name, transform in specs:
                part = _key_part(row, name, transform)
                if part is None:
                    break
                parts.append(part)
            else:
                keys.append(prefix + PART_SEP.join(parts))
        return list(dict.fromkeys(keys))

    def hashes(self, rows: list[Row]) -> list[list[int]]:
        """Each row's keys' hashes, ``[[key_hash(k) for k in self(row)] for row in rows]``:
        many rows column by column (each distinct value transformed, each distinct key
        hashed once), a few one by one."""
        if len(rows) < MANY_ROWS:
            return [[key_hash(k) for k in self(row)] for row in rows]
        slots = [slot for slot in self._slots(_Values(rows)) if len(slot[0])]
        if not slots:
            return [[] for _ in rows]
        # All keys, row by row, each row's in the order self(row) gives them.
        owner = np.concatenate([at for at, _ in slots])
        order = np.argsort(owner, kind="stable")
        owner = owner[order]
        code, distinct = pd.factorize(np.concatenate([keys for _, keys in slots])[order])
        first = np.sort(np.unique(owner * len(distinct) + code, return_index=True)[1])
        owner, code = owner[first], code[first]  # each row's key once, as dict.fromkeys
        hashed = np.fromiter(map(key_hash, distinct), np.int64, len(distinct))[code].tolist()
        ends = np.cumsum(np.bincount(owner, minlength=len(rows))).tolist()
        return [hashed[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)]

    def _slots(self, value: _Values) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Per kind of key, in :meth:`__call__`'s order: the rows having one, and their keys."""
        for col, prefix in self.identifiers:
            at = value.present(col)
            yield at, prefix + _each(_latin, value(col)[at])
        for col, role in self.user_names:
            at = value.present(col)
            names = _each(partial(_user_name, role=role), value(col)[at])
            named = np.not_equal(names, None)
            yield at[named], f"{USER_NAMES}{SEP}" + names[named]
        for prefix, columns, part in self.parts_of_any:
            for col in columns:
                at = value.present(f"{col}.{part}")
                yield at, prefix + _each(str, value(f"{col}.{part}")[at])
        for rule in self.rules:
            if rule is None:
                for k in _ALIAS_KEYS:
                    at = value.present(k)
                    yield at, f"alias{SEP}" + _each(str, value(k)[at])
                continue
            prefix, specs = rule
            parts = [_key_parts(value, name, transform) for name, transform in specs]
            keyed = np.logical_and.reduce([np.not_equal(part, None) for part in parts])
            if prefix == self.in_order:
                first, last = value("first_name"), value("last_name")
                two = np.not_equal(first, None) & np.not_equal(last, None)
                keyed &= ~(two & np.not_equal(first, last))
            at = np.flatnonzero(keyed)
            keys = prefix + parts[0][at]
            for part in parts[1:]:
                keys = keys + PART_SEP + part[at]
            yield at, keys


_ALIAS_KEYS = ("alias", "alias.reversed", "alias.email", "alias.handle")


def _two_names(row: Row) -> bool:
    """Whether a record has a given and a family name, and they differ (a record with one name
    keys it as either: "smith" alone is "smith|smith")."""
    first, last = row.get("first_name"), row.get("last_name")
    return first is not None and last is not None and first != last


def _key_part(row: Row, name: str, transform: str) -> str | None:
    if transform == COALESCED:  # the first of several columns' values, as tekil.block keys it
        return next((str(row[c]) for c in name.split(ANY_OF) if row.get(c) is not None), None)
    if transform == EITHER_ORDER:  # the given and family name as a set, as tekil.block keys it
        names = (row.get(name), row.get(OTHER_NAME.get(name, "")))
        return None if None in names else SEP.join(sorted(latin(str(n)) for n in names))
    # A record with one name only has it as either name (as tekil.block keys it).
    value = row.get(name, row.get(OTHER_NAME.get(name, "")))
    if not transform:  # in Latin letters, as tekil.block keys it ("иван" meets "ivan")
        return None if value is None else latin(str(value))
    part = row.get(f"{name}.{transform}")
    if part is not None:
        return str(part)
    if transform in _ALL_PARTS:  # a part this record does not have
        return None
    return None if value is None else _transformed(transform, str(value))


def _key_parts(value: _Values, name: str, transform: str) -> np.ndarray:
    """:func:`_key_part` of every row (None: the row has none), column by column."""
    if transform == COALESCED:
        out = np.full(len(value.rows), None, dtype=object)
        for col in reversed(name.split(ANY_OF)):  # the first column's value wins
            at = value.present(col)
            out[at] = _each(str, value(col)[at])
        return out
    other = value(OTHER_NAME.get(name, ""))
    own = value(name)
    out = np.full(len(own), None, dtype=object)
    if transform == EITHER_ORDER:
        at = np.flatnonzero(np.not_equal(own, None) & np.not_equal(other, None))
        a, b = _each(_latin, own[at]), _each(_latin, other[at])
        out[at] = np.where(a <= b, a + SEP + b, b + SEP + a)
        return out
    whole = np.where(np.not_equal(own, None), own, other)  # one name only: it is either
    if not transform:
        at = np.flatnonzero(np.not_equal(whole, None))
        out[at] = _each(_latin, whole[at])
        return out
    part = value(f"{name}.{transform}")
    has = np.not_equal(part, None)
    out[has] = _each(str, part[has])
    if transform not in _ALL_PARTS:
        at = np.flatnonzero(~has & np.not_equal(whole, None))
        out[at] = _each(partial(_transformed_text, transform), whole[at])
    return out


class _Values:
    """The rows' values of one key at a time (None: missing), each key read once."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows: list[Row] = rows
        self.read: dict[str, np.ndarray] = {}

    def __call__(self, key: str) -> np.ndarray:
        if key not in self.read:
            values = (row.get(key) for row in self.rows)
            self.read[key] = np.fromiter(values, dtype=object, count=len(self.rows))
        return self.read[key]

    def present(self, key: str) -> np.ndarray:
        """The rows having a value of ``key``."""
        return np.flatnonzero(np.not_equal(self(key), None))


def _each(function: Callable[[Any], Any], values: np.ndarray) -> np.ndarray:
    """``function`` of each value, called once per distinct value."""
    codes, distinct = pd.factorize(values)
    return np.fromiter(map(function, distinct), dtype=object, count=len(distinct))[codes]


def _latin(value: Any) -> str:
    return latin(str(value))


def _user_name(value: Any, role: str) -> str | None:
    return user_name(str(value), role)


def _transformed_text(transform: str, value: Any) -> str:
    return _transformed(transform, str(value))


def key_hash(key: str) -> int:
    """A lookup key as a signed 64-bit integer: a small index that shows no value in clear.

    Two keys sharing a hash only add a candidate, which is then scored like any other.

    >>> key_hash("phone=+905321234567")  # fixed: stores hold these numbers
    -1179972047793810161
    """
    h = _KEY_HASH.copy()  # a third cheaper than setting up the hash each time
    h.update(key.encode())
    return int.from_bytes(h.digest(), "big", signed=True)


_KEY_HASH = hashlib.blake2b(digest_size=8, person=b"tekil-key")


@lru_cache(maxsize=1 << 16)
def _transformed(transform: str, value: str) -> str:
    return key_transform(transform)(value)
