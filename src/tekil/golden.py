"""Golden records: one row per customer, each attribute's surviving value and where it came from.

An attribute (``name``, ``dob``, ``phone``, ``address``…) gathers the values of
every column of its role over the customer's records. Survivorship ranks the
distinct values by criteria, in the order given, until one wins; ties go to
the earliest record:

``valid``
    a value the normaliser accepted before one it flagged (a bad checksum, an
    unparseable number, a name without a surname);
``personal``
    a mobile before a landline (phones);
``frequent``
    the value more of the customer's records carry;
``trusted``
    from the more trusted source (``Settings.source_trust``, with ``source_column``);
``recent``
    from the record updated last (``Settings.timestamp_column``);
``complete``
    from the record with more fields filled in.

People have one name, birth date or address but may have many phones, e-mail
addresses, handles and cards: for those the golden record keeps the preferred
value and the list of all. When sources disagree on a single-valued attribute
the customer appears in the conflicts report, for data stewards to correct the
operational systems. A clear card number never appears: cards are shown as
brand and last four digits.

>>> import pandas as pd, numpy as np
>>> from tekil import Settings
>>> from tekil.records import prepare
>>> df = pd.DataFrame({"name": ["Ayşe Kaya", "AYSE KAYA", "Ayşe Kaya"],
...                    "city": ["Izmir", "İzmir", "Ankara"]})
>>> st = Settings(roles={"name": "full_name", "city": "city"})
>>> records = prepare(df, st, np.arange(3))
>>> table = golden_records(df, records, np.array([0, 0, 0]), st)
>>> table.golden[["name", "city"]].values.tolist()
[['Ayşe Kaya', 'İzmir']]
>>> sorted(table.conflicts["value"])
['Ankara', 'İzmir']
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cpdist

from tekil.errors import InputError
from tekil.guards import PERSONAL_LINE_TYPES
from tekil.normalize.cards import MASKED
from tekil.records import Records
from tekil.settings import Settings

log = logging.getLogger(__name__)

CRITERIA = ("valid", "personal", "frequent", "trusted", "recent", "complete")

#: Golden attribute of each role; the name roles make one ``name``.
ATTRIBUTE_OF_ROLE = {
    "first_name": "name",
    "last_name": "name",
    "full_name": "name",
    "dob": "dob",
    "gender": "gender",
    "age": "age",
    "tckn": "tckn",
    "free_id": "free_id",
    "phone": "phone",
    "email": "email",
    "handle": "handle",
    "card": "card",
    "address": "address",
    "house_number": "house_number",
    "district": "district",
    "city": "city",
    "region": "region",
    "postcode": "postcode",
    "country": "country",
    "middle_name": "middle_name",
    "known_as": "known_as",
    "birth_name": "birth_name",
    "birth_place": "birth_place",
    "mother_name": "mother_name",
    "father_name": "father_name",
}
#: Attributes a person may have several of: all values are kept, disagreement is normal.
MULTI_VALUED = ("phone", "email", "handle", "card")
#: Attributes shown as the surviving record typed them (canonical forms are for matching).
_SHOWN_AS_TYPED = ("address", "house_number", "district", "region")
#: Jaro-Winkler similarity to the surviving value from which a conflicting value is a ``variant``
#: (a typo) rather than a ``different`` value.
VARIANT_SIMILARITY = 0.9
#: Normaliser reasons whose values never survive: not the person's, or never to be shown.
_NEVER = ("placeholder", "non_personal", "role_account", "empty")


@dataclass
class GoldenRecords:
    """The golden table (one row per customer label) and the conflicts report."""

    golden: pd.DataFrame
    conflicts: pd.DataFrame


def golden_records(
    df: pd.DataFrame,
    records: Records,
    labels: np.ndarray,
    settings: Settings,
    ids: np.ndarray | None = None,
) -> GoldenRecords:
    """Golden records of the customers ``labels`` (0..k-1 per row of ``df``).

    ``records`` must come from :func:`tekil.records.prepare` on ``df`` with
    ``settings``. ``golden`` is indexed by label; ``conflicts`` has one row per
    customer, attribute and disagreeing value.
    """
    ids = records.ids if ids is None else ids
    candidates = _candidates(df, records, settings)
    rows = _ranked_rows(candidates, df, labels, settings)
    n_customers = int(labels.max(initial=-1)) + 1
    golden = pd.DataFrame(index=pd.RangeIndex(n_customers, name="label"))
    golden["n_records"] = np.bincount(labels, minlength=n_customers)
    source = _source(df, settings)
    if source is not None:
        golden["sources"] = (
            pd.DataFrame({"label": labels, "source": source})
            .dropna()
            .drop_duplicates()
            .sort_values(["label", "source"])
            .groupby("label")["source"]
            .agg("; ".join)
        )
    conflicts = []
    for attribute in dict.fromkeys(ATTRIBUTE_OF_ROLE.values()):
        part = rows[rows["attribute"] == attribute]
        if part.empty:
            continue
        best = part.drop_duplicates("label")  # rows are ranked: the first one survives
        pos = best["pos"].to_numpy()
        golden.loc[best["label"].to_numpy(), attribute] = best["display"].to_numpy()
        if source is not None:
            golden.loc[best["label"].to_numpy(), f"{attribute}_source"] = source[pos]
        golden.loc[best["label"].to_numpy(), f"{attribute}_record"] = ids[pos]
        values = part.drop_duplicates(["label", "key"])
        if attribute in MULTI_VALUED:
            shown = values.drop_duplicates(["label", "display"])  # a card printed masked too
            golden[f"{attribute}s"] = shown.groupby("label")["display"].agg("; ".join)
        else:
            conflicts.append(_conflicts(part, values, attribute, ids, source))
    return GoldenRecords(golden, _concat_conflicts(conflicts))


# ---- candidates: one row per record, attribute and value ---------------------------------------
def _candidates(df: pd.DataFrame, records: Records, settings: Settings) -> pd.DataFrame:
    """Columns ``pos, attribute, key, display, valid, personal`` for every usable value."""
    parts = []
    name_parts: dict[str, dict[str, pd.DataFrame]] = {}
    for col, role in settings.matching_roles.items():
        out = records.normalised.get(col)
        if out is None:
            continue
        if role in ("first_name", "last_name"):
            name_parts.setdefault(role, {})[col] = out
            continue
        parts.append(_candidates_of(df[col], out, role))
    if name_parts:
        parts.append(_name_candidates(name_parts))
    table = pd.concat(parts, ignore_index=True) if parts else _empty()
    return table.drop_duplicates(["pos", "attribute", "key"])


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pos": pd.Series(dtype=np.int64),
            "attribute": pd.Series(dtype=object),
            "key": pd.Series(dtype=object),
            "display": pd.Series(dtype=object),
            "valid": pd.Series(dtype=bool),
            "personal": pd.Series(dtype=bool),
        }
    )


def masked_cards(raw: pd.Series, out: pd.DataFrame | None = None) -> pd.Series:
    """A card column as it may be shown: ``visa ****1111`` for the cards its normalised
    reading ``out`` knows, ``****`` and the last four digits typed for any other value
    (a mistyped or masked number), missing where the cell is.

    >>> masked_cards(pd.Series(["4111 1111 1111 1111", "5500 00** **** 0004", None])).tolist()
    ['card ****1111', 'card ****0004', None]
    """
    typed = raw.astype("string").str.replace(r"\D", "", regex=True).reset_index(drop=True)
    shown = ("card ****" + typed.str[-4:]).where(typed.str.len() >= 4, "****")
    if out is not None:
        known = out["last4"].notna().to_numpy()
        shown[known] = _card_display(out).to_numpy()[known]
    present = raw.notna().to_numpy() & (raw.astype("string").str.strip() != "").fillna(False)
    return pd.Series(
        np.where(present, shown.astype(object), None), index=raw.index, dtype=object, name=raw.name
    )


def _card_display(out: pd.DataFrame) -> pd.Series:
    """A card as it may be shown, from its normalised reading: brand and last four digits."""
    return out["brand"].astype(object).fillna("card") + " ****" + out["last4"].astype(object)


def _candidates_of(raw: pd.Series, out: pd.DataFrame, role: str) -> pd.DataFrame:
    attribute = ATTRIBUTE_OF_ROLE[role]
    reason = out["reason"].astype(object)
    value = out["value"].astype(object)
    typed = (
        raw.reset_index(drop=True).astype("string").str.strip().str.replace(r"\s+", " ", regex=True)
    )
    valid = reason.isna() & value.notna()
    if role == "card":
        # Never the typed number: brand and last four, for numbers that are cards and those
        # printed masked (``4111 11** **** 1111``: shown, never matched on).
        display = _card_display(out)
        masked = (reason == MASKED).to_numpy(dtype=bool)
        keep = valid | masked
        key = value.where(~masked, "masked " + display)
    else:
        keep = valid | (typed.notna() & (typed != "") & ~reason.isin(_NEVER))
        key = value.where(valid, typed.str.casefold())
        if role == "full_name":
            display = out["display"].astype(object)
            valid &= display.fillna("").str.contains(" ", regex=False)
        elif "display" in out:  # cities: the proper spelling ("Çorum" for "CORUM")
            display = out["display"].astype(object).where(valid, typed.astype(object))
        elif attribute in _SHOWN_AS_TYPED:
            display = typed.astype(object)
        else:
            display = value.where(valid, typed.astype(object))
    personal = np.ones(len(out), dtype=bool)
    if role == "phone":
        personal = out["line_type"].astype(object).isin(PERSONAL_LINE_TYPES).to_numpy()
    frame = pd.DataFrame(
        {
            "pos": np.arange(len(out)),
            "attribute": attribute,
            "key": key.astype(object),
            "display": display.astype(object),
            "valid": valid.to_numpy(dtype=bool),
            "personal": personal,
        }
    )
    return frame[keep.to_numpy(dtype=bool) & frame["display"].notna().to_numpy()]


def _name_candidates(parts: dict[str, dict[str, pd.DataFrame]]) -> pd.DataFrame:
    """First and last name columns, put together into one name per record."""
    n = len(next(iter(next(iter(parts.values())).values())))

    def combined(role: str, column: str) -> pd.Series:
        out = pd.Series([None] * n, dtype=object)
        for frame in parts.get(role, {}).values():
            usable = frame[column].astype(object).where(frame["reason"].isna())
            missing = out.isna().to_numpy()  # assigned, not fillna: no dtype downcasting
            out[missing] = usable.to_numpy()[missing]
        return out

    first, last = combined("first_name", "value"), combined("last_name", "value")
    display = combined("first_name", "display").fillna("") + " "
    display += combined("last_name", "display").fillna("")
    frame = pd.DataFrame(
        {
            "pos": np.arange(n),
            "attribute": "name",
            "key": (first.fillna("") + " " + last.fillna("")).str.strip(),
            "display": display.str.strip(),
            "valid": (first.notna() & last.notna()).to_numpy(),
            "personal": True,
        }
    )
    return frame[frame["key"] != ""]


# ---- ranking -----------------------------------------------------------------------------------
def _ranked_rows(
    candidates: pd.DataFrame, df: pd.DataFrame, labels: np.ndarray, settings: Settings
) -> pd.DataFrame:
    """Candidates with their customer, best first within each customer and attribute."""
    rows = candidates.copy()
    pos = rows["pos"].to_numpy()
    rows["label"] = labels[pos]
    rows["frequent"] = rows.groupby(["label", "attribute", "key"])["pos"].transform("size")
    rows["trusted"] = -_trust_rank(df, settings)[pos]
    rows["recent"] = _timestamps(df, settings)[pos]
    rows["complete"] = df[list(settings.matching_roles)].notna().sum(axis=1).to_numpy()[pos]
    ranked = []
    for attribute, part in rows.groupby("attribute", sort=False):
        criteria = settings.survivorship.get(
            attribute, settings.survivorship.get("default", list(CRITERIA))
        )
        keys = ["label", *criteria, "pos"]
        ascending = [True] + [False] * len(criteria) + [True]
        ranked.append(part.sort_values(keys, ascending=ascending, kind="stable"))
    return pd.concat(ranked, ignore_index=True) if ranked else rows


def _source(df: pd.DataFrame, settings: Settings) -> np.ndarray | None:
    if settings.source_column is None:
        return None
    return (
        df[settings.source_column]
        .astype(object)
        .where(df[settings.source_column].notna())
        .to_numpy()
    )


def _trust_rank(df: pd.DataFrame, settings: Settings) -> np.ndarray:
    """0 for the most trusted source; sources not listed (or no source) after all listed."""
    n = len(df)
    if settings.source_column is None or not settings.source_trust:
        return np.zeros(n, dtype=np.int64)
    order = {str(s).casefold(): k for k, s in enumerate(settings.source_trust)}
    names = df[settings.source_column].astype("string").str.casefold()
    return names.map(order).fillna(len(order)).to_numpy(dtype=np.int64)


def _timestamps(df: pd.DataFrame, settings: Settings) -> np.ndarray:
    """Seconds since the epoch of each record's last update; the oldest possible where unknown."""
    col = settings.timestamp_column
    if col is None:
        return np.zeros(len(df), dtype=np.int64)
    when = pd.to_datetime(df[col], errors="coerce", format="mixed", utc=True)
    if when.isna().all() and df[col].notna().any():
        raise InputError(
            f"timestamp column {col!r} has no readable dates (e.g. {df[col].dropna().iloc[0]!r}); "
            "use ISO dates such as 2024-03-01 or 2024-03-01T12:00"
        )
    unreadable = int((when.isna() & df[col].notna()).sum())
    if unreadable:
        log.warning(
            "timestamp column %r: %d value(s) are not dates; ranked oldest", col, unreadable
        )
    seconds = when.astype("int64") // 10**9
    return np.where(when.isna(), np.iinfo(np.int64).min, seconds)


# ---- conflicts ---------------------------------------------------------------------------------
def _conflicts(
    rows: pd.DataFrame,
    values: pd.DataFrame,
    attribute: str,
    ids: np.ndarray,
    source: np.ndarray | None,
) -> pd.DataFrame:
    """Customers whose records hold two or more valid values of ``attribute``."""
    valid = values[values["valid"]]
    n_values = valid.groupby("label")["key"].transform("size")
    disputed = valid[n_values.to_numpy() >= 2]
    if disputed.empty:
        return pd.DataFrame()
    carriers = rows[rows["valid"]].merge(disputed[["label", "key"]], on=["label", "key"])
    carriers = carriers.assign(record=ids[carriers["pos"].to_numpy()].astype(str))
    if source is not None:
        carriers["source"] = source[carriers["pos"].to_numpy()]
    grouped = carriers.groupby(["label", "key"], sort=False)
    out = disputed[["label", "key", "display"]].copy()
    chosen = ~out.duplicated("label")  # the first value of each customer survived
    chosen_key = out["key"].where(chosen).ffill()  # the rows of a customer are together
    similarity = cpdist(  # on sorted words: "kaya ayse" is "ayse kaya" swapped
        _sorted_words(out["key"]),
        _sorted_words(chosen_key),
        scorer=JaroWinkler.normalized_similarity,
    )
    # A near spelling of the surviving value is most likely a typo in one system.
    out["kind"] = np.where(
        chosen, "chosen", np.where(similarity >= VARIANT_SIMILARITY, "variant", "different")
    )
    out = out.merge(grouped["record"].agg("; ".join).rename("records").reset_index())
    out = out.merge(grouped["pos"].size().rename("n_records").reset_index())
    if source is not None:
        # (a record of no known source names none: pandas 3 kept it missing, 2 wrote "None")
        sources = grouped["source"].agg(
            lambda s: "; ".join(dict.fromkeys(str(v) for v in s if not pd.isna(v)))
        )
        out = out.merge(sources.rename("sources").reset_index())
    out.insert(1, "attribute", attribute)
    return out.drop(columns="key").rename(columns={"display": "value"})


def _sorted_words(values: pd.Series) -> list[str]:
    return values.astype(str).str.split().map(lambda w: " ".join(sorted(w))).tolist()


def _concat_conflicts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    parts = [p for p in parts if not p.empty]
    columns = ["label", "attribute", "value", "kind", "records", "n_records", "sources"]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["label", "attribute"], kind="stable").reset_index(drop=True)
