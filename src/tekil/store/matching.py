"""Scoring new records against stored ones: the store's model, frequencies and guards.

:func:`score_pairs` encodes the new records and their candidates together,
compares them with the stored model's comparisons and applies the same guards
as a batch run (:class:`tekil.identity.Scorer`): agreement on a shared value
is no evidence, a linking identifier (card, TCKN, e-mail, handle, personal
mobile) makes a near-certain link, a cannot-link rule forbids the pair. Value
frequencies come from the whole store, not from the handful of records scored.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from tekil.choices import settle
from tekil.compare import Comparison, compare
from tekil.estimation import probability
from tekil.frequencies import full_name_codes, use_known_frequencies
from tekil.guards import LINKING_LINE_TYPES, cannot_link
from tekil.identity import CANNOT_LINK_BITS, LINK_BITS, Scorer
from tekil.model import FellegiSunter
from tekil.records import Field, Records
from tekil.settings import Settings
from tekil.store.rows import PARTS, SEP


@dataclass
class Knowledge:
    """What the store learned from its data: the model and how common each value is."""

    settings: Settings
    model: FellegiSunter
    #: Per field, value → frequency among people, for values held by several people.
    frequencies: dict[str, dict[str, float]]
    #: Per field, the frequency of a value held by one person (1 / present records).
    singleton: dict[str, float]
    #: Per identifier field, the values several people share (they link nobody).
    shared: dict[str, set[str]]
    #: Per identifier field, how many people hold each shared value (where the store knows).
    holders: dict[str, dict[str, int]] = field(default_factory=dict)
    #: The choices the batch made on its whole data (:func:`tekil.choices.choices_of`).
    choices: dict[str, Any] | None = None
    #: Per identifier field, the shared values strangers hold (None: not kept, each call's
    #: records tell).
    strangers: dict[str, set[str]] | None = None
    #: :attr:`frequencies` and :attr:`shared` for looking up many values at a time, made
    #: when the store is read rather than by the first resolve (0.25 s at 1 M records).
    frequency_of: dict[str, pd.Series] = field(init=False, repr=False)
    shared_index: dict[str, pd.Index] = field(init=False, repr=False)
    strangers_index: dict[str, pd.Index] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.frequency_of = {
            name: pd.Series(known, dtype=float) for name, known in self.frequencies.items()
        }
        self.shared_index = {name: pd.Index(sorted(v)) for name, v in self.shared.items()}
        self.strangers_index = {
            name: pd.Index(sorted(v)) for name, v in (self.strangers or {}).items()
        }

    @property
    def comparisons(self) -> list[Comparison]:
        return [p.comparison for p in self.model.parameters_]

    def frequency(self, name: str, values: np.ndarray, default: float) -> np.ndarray:
        """Each value's frequency among people in field ``name`` (``default`` if unknown)."""
        texts = _as_text(values)
        if len(texts) <= FEW_VALUES:  # a dictionary lookup each: a pandas call costs more
            known = self.frequencies.get(name, {})
            return np.fromiter((known.get(v, default) for v in texts), float, len(texts))
        series = self.frequency_of.get(name)
        if series is None or len(series) == 0:
            return np.full(len(texts), default)
        found = series.reindex(texts).to_numpy(dtype=float)
        return np.where(np.isnan(found), default, found)

    def is_shared(self, name: str, values: np.ndarray) -> np.ndarray:
        """Which values several people share in field ``name`` (they link nobody)."""
        return _among(values, self.shared.get(name, set()), self.shared_index.get(name))

    def strangers_hold(self, name: str, values: np.ndarray) -> np.ndarray:
        """Which values of field ``name`` are shared values that strangers hold."""
        held = (self.strangers or {}).get(name, set())
        return _among(values, held, self.strangers_index.get(name))

    def holder_counts(self, name: str, values: np.ndarray) -> np.ndarray:
        """How many people hold each value in field ``name`` (0: not shared, or not known)."""
        known = self.holders.get(name, {})
        return np.fromiter((known.get(v, 0) for v in _as_text(values)), np.int64, len(values))


#: Up to this many values are looked up one by one (a call for a record or two).
FEW_VALUES = 256


@dataclass
class ScoredPairs:
    i: np.ndarray
    j: np.ndarray
    weight: np.ndarray
    levels: np.ndarray
    linked: np.ndarray

    @property
    def probability(self) -> np.ndarray:
        return probability(self.weight)

    def taking(self, which: np.ndarray) -> ScoredPairs:
        """The pairs ``which`` (a mask or positions)."""
        return ScoredPairs(*(part[which] for part in astuple(self)))


def score_pairs(
    records: Records, i: np.ndarray, j: np.ndarray, knowledge: Knowledge
) -> ScoredPairs:
    """Match weights of the pairs ``(i, j)`` of ``records`` with the guards applied."""
    comparisons = knowledge.comparisons
    _ensure_fields(records, comparisons)
    if knowledge.choices is not None:  # (not these few records' own)
        settle(records, knowledge.choices)
    _use_store_frequencies(records, knowledge)
    shared = {
        name: knowledge.is_shared(name, fld.uniques)
        for name, fld in records.fields.items()
        if knowledge.shared.get(name) and len(fld.uniques)
    }
    levels = compare(records, i, j, comparisons)
    scorer = Scorer(records, knowledge.model, comparisons, knowledge.settings, shared=shared)
    if knowledge.choices is not None:
        scorer.twins_hold = bool(knowledge.choices.get("twins"))
    if knowledge.strangers is not None:
        fields = records.fields
        scorer.settle_strangers(
            {name: knowledge.strangers_hold(name, fields[name].uniques) for name in shared}
        )
    # Two holders of a family's mobile have the odds of two of its holders, as in a batch.
    scorer.people = {
        name: knowledge.holder_counts(name, records.fields[name].uniques) for name in shared
    }
    weight = scorer.score_levels(i, j, levels, {})
    # Identifiers the model has no comparison for (a handle column new to the store) link too.
    linked = _shared_link_values(records, i, j, knowledge, shared)
    forbidden = cannot_link(levels, comparisons, knowledge.settings.cannot_link)
    linked &= ~forbidden
    weight[linked] = np.maximum(weight[linked], LINK_BITS)
    weight[forbidden] = CANNOT_LINK_BITS
    return ScoredPairs(i, j, weight, levels, linked | (weight >= LINK_BITS))


def evidence(levels: np.ndarray, linked: bool, comparisons: list[Comparison]) -> str:
    """Which fields agreed, and how: ``"link; phone=exact; first_name=jw_0.92"``."""
    parts = ["identifier link"] if linked else []
    for c, comp in enumerate(comparisons):
        level = int(levels[c])
        if 0 < level < comp.n_levels - 1:
            parts.append(f"{comp.field}={comp.levels[level]}")
    return "; ".join(parts)


def _shared_link_values(
    records: Records,
    i: np.ndarray,
    j: np.ndarray,
    knowledge: Knowledge,
    known: dict[str, np.ndarray],
) -> np.ndarray:
    out = np.zeros(len(i), dtype=bool)
    modes = knowledge.settings.identifiers
    for name, fld in records.fields.items():
        if modes.get(fld.role) != "link" or len(fld.uniques) == 0:
            continue
        a, b = fld.codes[i], fld.codes[j]
        hit = (a >= 0) & (a == b)
        shared = np.zeros(len(fld.uniques), dtype=bool)
        for key in {name, fld.role} & knowledge.shared.keys():  # ``known``: by field name
            found = known.get(key) if key == name else None
            shared |= found if found is not None else knowledge.is_shared(key, fld.uniques)
        hit &= ~shared[np.maximum(a, 0)]
        if fld.role == "phone" and "line_type" in fld.parts:
            mobile = np.append(np.isin(fld.part_uniques["line_type"], LINKING_LINE_TYPES), False)
            hit &= mobile[fld.parts["line_type"][i]]  # code -1: the appended False
        out |= hit
    return out


def _among(values: np.ndarray, known: set[str], index: pd.Index | None) -> np.ndarray:
    """Which ``values`` (as text) are ``known`` (``index``: the same, for many values)."""
    texts = _as_text(values)
    if len(texts) <= FEW_VALUES:
        return np.fromiter((v in known for v in texts), bool, len(texts))
    if index is None:
        return np.zeros(len(texts), dtype=bool)
    return np.asarray(index.get_indexer(texts) >= 0)


def _as_text(uniques: np.ndarray) -> np.ndarray:
    """Values as the store keeps them in its tables: text."""
    if pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        return uniques
    return np.array([str(u) for u in uniques], dtype=object)


def _ensure_fields(records: Records, comparisons: list[Comparison]) -> None:
    """Fields the model compares but none of these records has: present, and all missing."""
    missing = np.full(records.n, -1, dtype=np.int32)
    for fld in records.fields.values():
        if len(fld.uniques) == 0:  # the comparisons index into a field's values
            fld.uniques = _NOTHING
    for comp in comparisons:
        for name in comp.fields:
            if name not in records.fields:
                other = records.fields.get(_OTHER_NAME.get(name, ""))
                # First and last names share one vocabulary (a swap compares across them).
                uniques = other.uniques if other is not None else _NOTHING
                records.fields[name] = Field(name, comp.role, missing, uniques, [])
            fld = records.fields[name]
            for part in _PARTS.get(fld.role, ()):
                if part not in fld.parts:
                    fld.parts[part] = missing
                    fld.part_uniques[part] = _NOTHING


#: The values of a field no record has (never indexed: every code is -1).
_NOTHING = np.array([""], dtype=object)
_OTHER_NAME = {"first_name": "last_name", "last_name": "first_name"}
_PARTS = {**PARTS, "alias": ("reversed", "email", "handle")}


def _use_store_frequencies(records: Records, knowledge: Knowledge) -> None:
    per_field = {}
    for name, fld in records.fields.items():
        if name not in knowledge.singleton:
            continue
        per_field[name] = knowledge.frequency(name, fld.uniques, knowledge.singleton[name])
    full = full_name_codes(records)
    full_freq = None
    if full is not None and "full_name" in knowledge.singleton:
        first, last = records.fields["first_name"], records.fields["last_name"]
        size = int(full.max(initial=-1)) + 1
        default = knowledge.singleton["full_name"]
        full_freq = np.full(size, default)
        present = full >= 0
        if present.any() and knowledge.frequencies.get("full_name"):
            # One record of each full name: its first and last name, joined as stored.
            codes, one = np.unique(full[present], return_index=True)
            at = np.flatnonzero(present)[one]
            names = [
                f"{a}{SEP}{b}"
                for a, b in zip(
                    first.uniques[first.codes[at]], last.uniques[last.codes[at]], strict=True
                )
            ]
            names = np.asarray(names, dtype=object)
            full_freq[codes] = knowledge.frequency("full_name", names, default)
    use_known_frequencies(records, per_field, full_freq)
