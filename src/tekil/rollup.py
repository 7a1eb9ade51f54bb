"""Roll-ups: what is decided on one record applies to the customer and all their records.

A rule says how a column's values over a customer's records become one value:

``tier:Normal<Gold<Platinum``
    the highest tier wins (a person with one Platinum line is Platinum);
``any`` / ``all``
    a flag set on any (every) record;
``sum`` / ``min`` / ``max``
    numbers, e.g. balances summed over all accounts.

Missing values take no part; a customer without any value gets none.

>>> import numpy as np, pandas as pd
>>> status = pd.Series(["Normal", "Platinum", "Normal", None])
>>> roll_up(status, np.array([0, 0, 1, 1]), "tier:Normal<Gold<Platinum").tolist()
['Platinum', 'Normal']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tekil.errors import ConfigError, InputError

KINDS = ("tier", "any", "all", "sum", "min", "max")
_TRUE = {"1", "true", "t", "yes", "y", "evet", "e", "x", "var"}
_FALSE = {"0", "false", "f", "no", "n", "hayir", "hayır", "h", "yok", ""}


@dataclass(frozen=True)
class Rule:
    """A parsed roll-up rule: its kind and, for tiers, the tiers from lowest to highest."""

    kind: str
    tiers: tuple[str, ...] = ()


def parse_rule(rule: str | Rule, column: str = "value") -> Rule:
    """``"tier:Normal<Gold<Platinum"`` → ``Rule("tier", ("Normal", "Gold", "Platinum"))``."""
    if isinstance(rule, Rule):
        return rule
    if not isinstance(rule, str):
        raise ConfigError(f"roll-up rule for {column!r} must be a string, got {rule!r}")
    kind, _, spec = rule.partition(":")
    kind = kind.strip().lower()
    if kind not in KINDS:
        raise ConfigError(
            f"roll-up rule for {column!r} is {rule!r}; use one of: "
            "tier:Low<Mid<High, any, all, sum, min, max"
        )
    if kind == "tier":
        tiers = tuple(t.strip() for t in spec.split("<") if t.strip())
        if len(tiers) < 2:
            raise ConfigError(
                f"roll-up rule for {column!r} lists no tiers; write e.g. tier:Normal<Gold<Platinum"
            )
        return Rule(kind, tiers)
    if spec:
        raise ConfigError(f"roll-up rule {kind!r} for {column!r} takes no argument, got {rule!r}")
    return Rule(kind)


def roll_up(
    values: pd.Series, customer: np.ndarray, rule: str | Rule, column: str | None = None
) -> pd.Series:
    """One value per customer (index ``0..customer.max()``) from the values of their records."""
    column = column or str(values.name or "value")
    rule = parse_rule(rule, column)
    n = int(customer.max(initial=-1)) + 1
    values = values.reset_index(drop=True)
    present = values.notna().to_numpy()
    if rule.kind == "tier":
        return _tier(values, customer, rule.tiers, column, n)
    if rule.kind in ("any", "all"):
        flags = _flags(values, column)
        frame = pd.DataFrame({"c": customer[present], "v": flags[present]})
        agg = frame.groupby("c")["v"].agg(rule.kind)
        return agg.reindex(range(n)).astype("boolean")
    numbers = _numbers(values, column)
    frame = pd.DataFrame({"c": customer[present], "v": numbers[present]})
    return frame.groupby("c")["v"].agg(rule.kind).reindex(range(n))


def _tier(values: pd.Series, customer, tiers: tuple[str, ...], column: str, n: int) -> pd.Series:
    order = {t.casefold(): k for k, t in enumerate(tiers)}
    text = values.astype("string").str.strip().str.casefold()
    rank = text.map(order)
    unknown = text.notna() & rank.isna()
    if unknown.any():
        seen = sorted(set(values[unknown].astype(str)))[:5]
        raise InputError(
            f"column {column!r} has value(s) {seen} that are not among the tiers "
            f"{' < '.join(tiers)}; add them to the rule"
        )
    ok = rank.notna().to_numpy()
    best = pd.Series(rank[ok].to_numpy(dtype=np.int64)).groupby(customer[ok]).max()
    out = pd.Series([None] * n, dtype=object)
    out[best.index.to_numpy()] = np.asarray(tiers, dtype=object)[best.to_numpy()]
    return out


def _flags(values: pd.Series, column: str) -> np.ndarray:
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.fillna(False).to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(values.dtype):
        return (values.fillna(0) != 0).to_numpy()
    text = values.astype("string").str.strip().str.casefold()
    truthy, falsy = text.isin(_TRUE), text.isin(_FALSE)
    bad = text.notna() & ~truthy & ~falsy
    if bad.any():
        raise InputError(
            f"column {column!r} is rolled up as a flag but has value(s) "
            f"{sorted(set(values[bad].astype(str)))[:5]}; use yes/no, true/false or 1/0"
        )
    return truthy.fillna(False).to_numpy(dtype=bool)


def _numbers(values: pd.Series, column: str) -> np.ndarray:
    numbers = pd.to_numeric(values, errors="coerce")
    bad = values.notna() & numbers.isna()
    if bad.any():
        raise InputError(
            f"column {column!r} is rolled up as a number but has value(s) "
            f"{sorted(set(values[bad].astype(str)))[:5]}"
        )
    return numbers.to_numpy(dtype=float)
