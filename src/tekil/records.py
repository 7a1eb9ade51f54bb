"""Records: a DataFrame normalised into per-field integer codes.

This is the hand-over from ``normalize`` to ``block`` and ``compare``. Each
field holds, per record, a code into the field's array of distinct canonical
values (``-1`` when the value is missing or unusable), so that later stages
work on integers and compute anything about strings once per distinct value.

Names get special care: first and last names share one vocabulary (so that a
swapped first/last name can be detected) and a full-name column fills in the
first and last name where a source has only that.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from tekil.dialling import (
    home_region,
    mail_region,
    own_phone_regions,
    read_at_home,
    with_country,
)
from tekil.errors import InputError
from tekil.inference import (
    bikram_dates,
    dayfirst,
    dayfirst_by_separator,
    ethiopian_dates,
    jalali_dates,
    minguo_dates,
    phone_region,
    spreadsheet_days,
    written_phone_regions,
)
from tekil.name_order import CLEAR, family_scores
from tekil.normalised import Normalised
from tekil.normalize._common import sample_texts
from tekil.normalize.addresses import postcode_digits
from tekil.normalize.gender import column_letters
from tekil.normalize.generations import suffix_apart
from tekil.normalize.ids import document_labels
from tekil.normalize.latin import latin
from tekil.normalize.names import (
    GIVEN_NAME_HONORIFICS,
    PARTICLES,
    PLACEHOLDERS,
    SUFFIXES,
    split_whole_name,
    whole_name_arguments,
)
from tekil.normalize.text import fold, writes_turkish_i
from tekil.parallel import normalise_columns
from tekil.settings import Settings

log = logging.getLogger(__name__)

#: Which normaliser of ``tekil.normalize`` reads each role.
_NORMALISER_OF = {
    "dob": "date",
    "phone": "phone",
    "email": "email",
    "handle": "handle",
    "card": "card",
    "tckn": "tckn",
    "free_id": "free_id",
    "address": "address",
    "house_number": "postcode",
    "city": "city",
    "district": "city",
    "region": "city",
    "middle_name": "name",
    "known_as": "name",
    "birth_name": "name",
    "birth_place": "city",
    # A parent's name is compared whole, folded as a town's name is.
    "mother_name": "city",
    "father_name": "city",
    "postcode": "postcode",
    "gender": "gender",
    "suffix": "generation",
    "age": "age",
    "country": "country",
}


def normaliser_kind(role: str) -> str:
    """The name in :mod:`tekil.normalize` of the normaliser that reads ``role``."""
    return "name" if role in _NAME_ROLES else _NORMALISER_OF[role]


def _normaliser(
    role: str, values: pd.Series, settings: Settings, file_regions: Sequence[str] = ()
) -> tuple[str, dict]:
    """The normaliser for a role and its arguments, inferred from the whole column (and, for
    phones, the countries the file's phone columns write out)."""
    if role == "dob":
        given, seed = settings.dayfirst, settings.seed
        orders = dayfirst_by_separator(values, given, seed)
        arguments: dict[str, Any] = {"dayfirst": dayfirst(values, given, seed)}
        if len(set(orders.values())) > 1:
            arguments["by_separator"] = orders
        if spreadsheet_days(values, seed):
            arguments["serial"] = True
        if minguo_dates(values, seed):
            arguments["minguo"] = True
        if ethiopian_dates(values, seed):
            arguments["ethiopian"] = True
        if jalali_dates(values, seed):
            arguments["jalali"] = True
        if bikram_dates(values, seed):
            arguments["bikram"] = True
        return "date", arguments
    if role == "phone":
        region = phone_region(values, settings.phone_region, settings.seed, everywhere=True)
        own = written_phone_regions(values, settings.seed)
        written = [*own, *file_regions]
        # (A system that stores numbers nationally, a call centre's "0599 …", has customers
        # of the countries the file's other systems write out.)
        also = [r for r in dict.fromkeys(written) if r != region]
        # (A column that writes "+971 …" stores some of them without the "+": "971 …".)
        bare = [r for r in own if r != region]
        return "phone", {
            "region": region,
            **({"also": also} if also else {}),
            **({"bare": bare} if bare else {}),
        }
    if role == "gender":  # letters some languages write their own way: Lithuanian "V", a man
        letters = column_letters(str(values.name))
        return "gender", ({"letters": letters} if letters else {})
    kind = normaliser_kind(role)
    if kind in ("postcode", "free_id"):  # codes of digits, some stored without their zeros
        texts = sample_texts(values, "postcode", seed=settings.seed)
        arguments = {"digits": digits} if (digits := postcode_digits(texts)) is not None else {}
        if kind == "free_id" and (labels := document_labels(values, settings.seed)):
            arguments["labels"] = list(labels)
        return kind, arguments
    if kind in ("name", "city"):  # their display forms: "YILMAZ" is "Yılmaz" in Turkish only
        texts = sample_texts(values, kind, seed=settings.seed)
        arguments = {"turkish": writes_turkish_i(texts)}
        if role == "full_name":  # split as written: "Müller-Lüdenscheidt", "DUPONT Jean"
            arguments.update(whole_name_arguments(values, settings.seed))
        if role == "district":  # districts' numbers are their own, no provinces' plates
            arguments["numbered"] = True
        return kind, arguments
    return kind, {}


_EPHEMERAL_KEY: str | None = None


def _card_key(settings: Settings) -> str:
    global _EPHEMERAL_KEY
    key = settings.card_key or os.environ.get("TEKIL_CARD_KEY")
    if key:
        return key
    if _EPHEMERAL_KEY is None:
        log.warning(
            "no card key configured (settings.card_key or TEKIL_CARD_KEY): card numbers are "
            "tokenised with a random key valid for this process only"
        )
        _EPHEMERAL_KEY = secrets.token_hex(32)
    return _EPHEMERAL_KEY


@dataclass
class Field:
    """One comparable field: codes per record into ``uniques``.

    ``parts`` holds derived per-record code arrays sharing the field's
    semantics, e.g. ``last7`` for phones, ``local`` for e-mails, ``year``/
    ``month``/``day`` (plain integers, -1 missing) for dates.
    """

    name: str
    role: str
    codes: np.ndarray
    uniques: np.ndarray
    columns: list[str]
    parts: dict[str, np.ndarray] = field(default_factory=dict)
    part_uniques: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def present(self) -> np.ndarray:
        return self.codes >= 0

    def value_of(self, i: int) -> str | None:
        c = int(self.codes[i])
        return None if c < 0 else str(self.uniques[c])


@dataclass
class Records:
    """Normalised records: ids, fields and, for linkage, which side each came from."""

    ids: np.ndarray
    fields: dict[str, Field]
    side: np.ndarray | None = None
    quality: pd.DataFrame | None = None
    #: Cluster per record from a first pass; refines term frequencies (see model).
    person_labels: np.ndarray | None = None
    #: Per matched column, its normaliser's ``value``/``reason`` (and ``display`` for names,
    #: ``line_type`` for phones, ``last4``/``brand`` for cards) as categoricals: for golden
    #: records (a mapping; :func:`encode` makes each column's frame when first asked for).
    normalised: Mapping[str, pd.DataFrame] = field(default_factory=dict, repr=False)
    #: Whether a whole name alone in a last-name column was split (``None``: there was none).
    split_lone_names: bool | None = None
    #: The name words whole names were read by (:func:`read_whole_name`; a store keeps them).
    name_words: dict[str, float] = field(default_factory=dict, repr=False)

    @property
    def n(self) -> int:
        return len(self.ids)

    def position(self, record_id: object) -> int:
        """Position of ``record_id``; :class:`InputError` if unknown."""
        lookup = getattr(self, "_lookup", None)
        if lookup is None:
            lookup = pd.Index(self.ids)
            self._lookup = lookup
        try:
            pos = lookup.get_loc(record_id)
        except KeyError:
            raise InputError(f"record id {record_id!r} is not in the data") from None
        if not isinstance(pos, int | np.integer):
            raise InputError(f"record id {record_id!r} is not unique")
        return int(pos)


def factorize(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes (int32, -1 for missing) and distinct values, in order of appearance."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    return codes.astype(np.int32), np.asarray(uniques, dtype=object)


def prepare(
    df: pd.DataFrame,
    settings: Settings,
    ids: np.ndarray,
    arguments: dict[str, Normaliser] | None = None,
    name_words: dict[str, float] | None = None,
) -> Records:
    """Normalise the columns that have a role and encode them as :class:`Field` s.

    ``arguments`` and ``name_words`` fix each column's normaliser (see :func:`normalisers`)
    and the reading of whole names (see :func:`encode`) instead of inferring them from ``df``:
    a store resolving one record at a time reads its dates, phones and names as the batch it
    was built from did.
    """
    batch = arguments is None  # the data read as it shows itself, not as a store was built
    arguments = normalisers(df, settings) if batch else arguments
    if "card" in settings.matching_roles.values():
        arguments = with_card_key(arguments, _card_key(settings))
    jobs = [(col, kind, df[col], kw) for col, (kind, kw) in arguments.items()]
    return encode(
        normalise_columns(jobs),
        settings.matching_roles,
        ids,
        split=settings.split_lone_names,
        lone_family_names=batch,
        name_words=name_words,
    )


#: A column's normaliser: its name in :mod:`tekil.normalize` and keyword arguments.
Normaliser = tuple[str, dict]


def with_card_key(arguments: dict[str, Normaliser], key: str) -> dict[str, Normaliser]:
    """The normalisers with the card key given to the card columns' (it is never stored)."""
    return {c: (k, {**kw, "key": key} if k == "card" else kw) for c, (k, kw) in arguments.items()}


def normalisers(df: pd.DataFrame, settings: Settings) -> dict[str, Normaliser]:
    """Each matched column's normaliser, with what it infers from the whole column.

    Dates learn day-first or month-first, phones their default region (one for all the
    phone columns: a home and a mobile number written alike are one number; but a system's
    column of another country's numbers, :func:`~tekil.dialling.own_phone_regions`); the card
    key is left out (it is a secret and is filled in by :func:`prepare`).
    """
    phones = [c for c, role in settings.matching_roles.items() if role == "phone"]
    given = settings.phone_region is not None  # by the user: every column is read there
    roles = settings.matching_roles
    home = (home_region(df, roles) or mail_region(df, roles, settings.seed)) if phones else None
    # The country most records give (or most e-mail addresses are at): numbers of other
    # countries were written in full (unless it is given on a few records only: their
    # addresses abroad).
    unset = home is not None and settings.phone_region is None
    if unset and read_at_home(df, phones, home, settings.seed):
        settings = replace(settings, phone_region=home)
    file_regions: list[str] = []
    own: dict[str, str] = {}
    if len(phones) > 1:
        pooled = pd.concat([df[c] for c in phones], ignore_index=True)
        file_regions = written_phone_regions(pooled, settings.seed)
        from_numbers = settings.phone_region is None
        if from_numbers:
            region = phone_region(pooled, None, settings.seed, everywhere=True)
            settings = replace(settings, phone_region=region)
        # A column whose records give no country is a system's of its own, whatever country
        # the others' records give (a Thai bank's beside a wallet's that gives Indonesia most).
        free = [c for c in phones if from_numbers or (not given and not with_country(df, c, roles))]
        own = own_phone_regions(df, free, settings.phone_region, file_regions, settings.seed)
    out: dict[str, Normaliser] = {}
    for col, role in settings.matching_roles.items():
        st = replace(settings, phone_region=own[col]) if col in own else settings
        out[col] = _normaliser(role, df[col], st, file_regions)
    return out


#: A column's normaliser output: per record, or per distinct value; or its maker.
Output = pd.DataFrame | Normalised | Callable[[], pd.DataFrame | Normalised]


def encode(
    frames: dict[str, Output],
    roles: dict[str, str],
    ids: np.ndarray,
    *,
    keep: bool = True,
    split: bool | None = None,
    lone_family_names: bool = False,
    name_words: dict[str, float] | None = None,
) -> Records:
    """:class:`Records` from each matched column's normaliser output.

    A frame holds one row per record, in the order of ``ids``. ``keep=False``
    makes neither the quality report nor ``Records.normalised`` (for scoring only).
    ``split``: whether a whole name alone in a last-name column is split
    (:attr:`Settings.split_lone_names`); ``None``: as the names themselves show.
    ``lone_family_names``: a one-word whole name that the records write more often as a family
    name is one (a batch reading its own data); else it is a given name (a store's reading
    of a record, which its keys and the crossed names' comparison meet either way).
    ``name_words``: how whole names are read (:func:`read_whole_name`; a store's, kept from the
    batch it was built from); ``None``: learnt from the records' given and family names.
    """
    fields: dict[str, Field] = {}
    quality: list[dict] | None = [] if keep else None
    kept: dict[str, Normalised] = {}

    def keeping(col: str, frame: Output):
        """Each column's output is made once, when used; the columns to keep are kept then."""

        def made() -> Normalised:
            out = frame() if callable(frame) else frame
            out = out if isinstance(out, Normalised) else Normalised.of_frame(out)
            if keep:
                columns = [c for c in _KEPT_COLUMNS if c in out.columns]
                kept[col] = Normalised(out.table[columns], out.rows, out.index)
            return out

        return made

    normalised = {col: keeping(col, frames[col]) for col in roles}

    # Columns are encoded in the order their outputs are done (a worker process may still be
    # normalising some), and put in the order of the columns afterwards: the names first.
    name_cols = {r: [c for c, rr in roles.items() if rr == r] for r in _NAME_ROLES}
    names = [c for r in _NAME_ROLES for c in name_cols[r]]
    others = [col for col, role in roles.items() if role not in _NAME_ROLES]
    todo: list[list[str]] = ([names] if names else []) + [[col] for col in others]
    by_column: dict[str, Field] = {}
    decided: bool | None = None  # whether lone whole names were split
    read_by: dict[str, float] = {} if name_words is None else name_words
    notes: dict[str, list[dict]] = {}  # the quality report's rows, per unit of work
    # The alias field is made as soon as the names, e-mails and handles it reads are encoded,
    # while a worker may still normalise other columns (the last column's encoding is all
    # that is left to this process once the worker is done).
    sources = [col for col in others if roles[col] in ALIAS_SOURCES]
    alias: Field | None = None
    alias_made = not sources  # (without e-mails and handles there is none)
    while todo:
        if not alias_made and names not in todo and all(c in by_column for c in sources):
            alias = alias_field({**fields, **{col: by_column[col] for col in sources}})
            alias_made = True
        cols = next((c for c in todo if all(_ready(frames[x]) for x in c)), None)
        if cols is None:
            if _step(frames[todo[0][0]]):
                continue  # a piece made here or by the worker: perhaps a column is done
            cols = todo[0]
        todo.remove(cols)
        mine: list[dict] | None = notes.setdefault(cols[0], []) if keep else None
        if cols is names:
            middles = "middle_name" in roles.values()
            named, decided, read_by = _name_fields(
                normalised, name_cols, mine, len(ids), split, lone_family_names, name_words, middles
            )
            fields.update(named)
            continue
        col = cols[0]
        out = normalised.pop(col)()
        _note(mine, col, roles[col], out)
        f = Field(col, roles[col], *out.factorize("value"), columns=[col])
        _add_parts(f, out)
        by_column[col] = f
    fields.update((col, by_column[col]) for col in others)
    middle = fields.pop(NAME_MIDDLE, None)
    _one_field_per_role(fields)
    if middle is not None:
        # Where the middle-name column is empty, the whole name's middle says it (a file of
        # several systems: a bank keeps MIDDLE_NAME, a remittance counter "DELA CRUZ, JUAN S.").
        column = next(name for name, fld in fields.items() if fld.role == "middle_name")
        fields[column] = _filled(fields[column], middle)
    suffixes = [col for col in others if roles[col] == "suffix"]
    if NAME_SUFFIX in fields and suffixes:
        # The column of suffixes says it; where it is empty, the name does (a file of several
        # systems: one keeps a column of suffixes, another writes "FLYNN SR").
        fields[suffixes[0]] = _filled(fields[suffixes[0]], fields.pop(NAME_SUFFIX))
    if quality is not None:
        quality = [row for col in [*names[:1], *others] for row in notes.get(col, [])]

    if not alias_made:  # (the last columns encoded were among its sources)
        alias = alias_field(fields)
    if alias is not None:
        fields["alias"] = alias
    quality_df = pd.DataFrame(quality).fillna(0) if quality else None
    if quality_df is not None:
        count_cols = [c for c in quality_df.columns if c not in ("column", "role")]
        quality_df[count_cols] = quality_df[count_cols].astype(int)
    kept = {col: kept[col] for col in roles if col in kept}  # in the order of the columns
    return Records(
        ids=ids,
        fields=fields,
        quality=quality_df,
        normalised=KeptOutputs(kept),
        split_lone_names=decided,
        name_words=read_by,
    )


#: The normaliser outputs kept per record (``Records.normalised``): enough to show golden
#: values and to encode the records again (:func:`encode`); a card's ``bin`` is not kept.
_KEPT_COLUMNS = (
    "value",
    "reason",
    "display",
    "given",
    "family",
    "year",
    "month",
    "day",
    "line_type",
    "last7",
    "local",
    "username",
    "last4",
    "brand",
    "tail",
)


class KeptOutputs(Mapping[str, pd.DataFrame]):
    """``Records.normalised``: per column, its kept outputs as categoricals, each made when
    first asked for (golden records and the store ask; a dedupe alone does not)."""

    def __init__(self, outputs: dict[str, Normalised]) -> None:
        self._columns, self._outputs = list(outputs), outputs
        self._frames: dict[str, pd.DataFrame] = {}

    def __getitem__(self, col: str) -> pd.DataFrame:
        if col not in self._frames:
            out = self._outputs.pop(col)  # (a KeyError for a column that is not kept)
            self._frames[col] = pd.DataFrame({c: out.categorical(c) for c in out.columns})
        return self._frames[col]

    def outputs(self, col: str) -> Normalised:
        """The column's kept outputs once per distinct raw value (what its frame spreads)."""
        if col in self._frames:
            return Normalised.of_frame(self._frames[col])
        return self._outputs[col]

    def __iter__(self):
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


def _ready(frame: Output) -> bool:
    """Whether a column's output can be had without waiting (see ``parallel.normalise_columns``)."""
    ready = getattr(frame, "ready", None)
    return ready() if callable(ready) else True


def _step(frame: Output) -> bool:
    """Make one piece of the outputs that are not done here (or wait for the worker's next):
    between pieces, the columns done so far are encoded. False when there is nothing to do."""
    step = getattr(frame, "step", None)
    return step() if callable(step) else False


def _note(quality: list[dict] | None, col: str, role: str, out: Normalised) -> None:
    if quality is not None:
        quality.append({"column": col, "role": role, **out.reason_counts()})


_NAME_ROLES = ("first_name", "last_name", "full_name")


def _name_fields(
    normalised: dict[str, Callable[[], Normalised]],
    cols: dict[str, list[str]],
    quality: list[dict] | None,
    n: int,
    split: bool | None = None,
    lone_family_names: bool = False,
    words: dict[str, float] | None = None,
    middles: bool = False,
) -> tuple[dict, bool | None, dict[str, float]]:
    """First and last name fields over one shared vocabulary (``normalize.name`` outputs),
    whether lone whole names in the last name were split (see :func:`_split_lone_full_names`),
    and the name words that whole names were read by (:func:`read_whole_name`; ``words``:
    these, else learnt from the records' own given and family names).
    ``lone_family_names``: one-word whole names read as family names where the records show
    them to be (:func:`_lone_family_names`); else they are given names. ``middles``: the
    records keep middle names in a column: whole names' middle names go to a field of their
    own (:func:`middle_apart`).

    Worked on each column's distinct values and the records' codes into them, not on
    strings per record: a first name is the first column's that has one.
    """
    pool = _Pool()
    first = np.full(n, -1, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    used: dict[str, list[str]] = {"first_name": [], "last_name": []}
    suffix = np.full(n, None, dtype=object)  # "jr" of "Smith Jr": a field of its own
    middles_read = np.full(n, None, dtype=object)  # "s" of "Juan S. Dela Cruz"
    for role in ("first_name", "last_name"):
        outs = {col: normalised.pop(col)() for col in cols[role]}
        if role == "first_name" and len(outs) > 1:  # given names before initials ("voorletters")
            outs = dict(sorted(outs.items(), key=lambda item: _mostly_initials(item[1])))
        for col, out in outs.items():
            _note(quality, col, role, out)
            values = out.usable("value")
            if role == "last_name":
                values, written = _suffix_apart(values)
                suffix = np.where(pd.isna(suffix), written.to_numpy()[out.rows], suffix)
            value = pool.codes(out, values)
            if role == "first_name":
                first = np.where(first < 0, value, first)
            else:
                last = np.where(last < 0, value, last)
            used[role].append(col)
    alone = np.zeros(n, dtype=bool)
    wholes = {col: normalised.pop(col)() for col in cols["full_name"]}
    if words is None:
        words = {**_words_by_order(wholes.values()), **_words_by_part(pool, first, last)}
    if len(wholes) > 1:  # given names before initials: NAME_IN_FULL before "W.A.D.N. Perera"
        wholes = dict(sorted(wholes.items(), key=lambda item: _mostly_initials(item[1], "given")))
    for col, out in wholes.items():
        _note(quality, col, "full_name", out)
        given, family, middle = _whole_names_read(
            out.usable("given"), out.usable("family"), words, middles
        )
        middles_read = np.where(pd.isna(middles_read), middle.to_numpy()[out.rows], middles_read)
        written = _suffix_apart(out.usable("value").where(family.notna()))[1]
        suffix = np.where(pd.isna(suffix), written.to_numpy()[out.rows], suffix)
        given = pool.codes(out, given)
        single = pool.codes(out, out.usable("value").where(family.isna()))
        # A one-word whole name that is the record's family name again is no given name.
        both = np.flatnonzero((first < 0) & (single >= 0) & (last >= 0))
        alone_words, families = np.split(pool.value(np.concatenate([single[both], last[both]])), 2)
        single[both[alone_words == families]] = -1
        first = np.where(first < 0, given, first)
        alone |= (first < 0) & (single >= 0) & (last < 0)
        first = np.where(first < 0, single, first)
        last = np.where(last < 0, pool.codes(out, family), last)
        used["first_name"].append(col)
        used["last_name"].append(col)
    alone &= last < 0  # a later column may have given the family name
    if lone_family_names and alone.any():
        first, last = _lone_family_names(pool, first, last, alone)
    first, last = _placeholders_apart(pool, first, last)

    first, last, split = _split_lone_full_names(pool, first, last, split)
    first, last = _whole_names_in_given(pool, first, last, words)
    codes, uniques = pool.factorize(np.concatenate([first, last]))
    fields = {}
    for i, name in enumerate(("first_name", "last_name")):
        part = codes[i * n : (i + 1) * n]
        if (part >= 0).any():
            fields[name] = Field(
                name=name, role=name, codes=part, uniques=uniques, columns=used[name]
            )
    if pd.notna(suffix).any():
        codes, uniques = factorize(pd.Series(suffix, dtype=object))
        fields[NAME_SUFFIX] = Field(NAME_SUFFIX, "suffix", codes, uniques, used["last_name"])
    if middles and pd.notna(middles_read).any():
        codes, uniques = factorize(pd.Series(middles_read, dtype=object))
        fields[NAME_MIDDLE] = Field(NAME_MIDDLE, "middle_name", codes, uniques, cols["full_name"])
    return fields, split, words


#: Share of a given-name column's records written as initials alone ("J.C.", "J") from which
#: it is a column of initials: another column's given names go first where a record has both.
INITIALS_SHARE = 0.8


def _mostly_initials(out: Normalised, part: str = "value") -> bool:
    """Whether most records' values in a column of given names (or whole names' ``given``
    part) are initials alone."""
    values = out.usable(part)
    if not len(out.rows):
        return False
    initials = values.astype("string").str.fullmatch(r"\w( \w)*").fillna(False)
    initials = initials.to_numpy(dtype=bool)
    held = values.notna().to_numpy()[out.rows]
    return bool(held.any()) and initials[out.rows][held].mean() >= INITIALS_SHARE


#: The field of the generational suffixes written in the names ("Smith Jr"), unless a
#: column of suffixes is given (which they then fill where it is empty).
NAME_SUFFIX = "name_suffix"
#: The field of the middle names read in whole names ("Juan S. Dela Cruz"), where records keep
#: middle names in a column of their own (which they then fill where it is empty).
NAME_MIDDLE = "name_middle"


def _filled(fld: Field, other: Field) -> Field:
    """``fld`` with ``other``'s values where it has none (both of one role; of the parts, the
    integers: a date's year, month and day)."""
    values = np.append(fld.uniques, None)[fld.codes]
    empty = fld.codes < 0
    values[empty] = np.append(other.uniques, None)[other.codes[empty]]
    codes, uniques = pd.factorize(values)
    parts = {
        part: np.where(empty, other.parts[part], own)
        for part, own in fld.parts.items()
        if part not in fld.part_uniques and part in other.parts
    }
    return Field(
        fld.name,
        fld.role,
        codes.astype(np.int32),
        np.asarray(uniques, dtype=object),
        [*fld.columns, *other.columns],
        parts,
    )


#: A person's facts that a file of several systems may keep in a column of each system's
#: own ("date_naissance", "geboortedatum"): compared as one, so that two systems' records meet
#: on them (identifiers are compared across their columns already). Places too: across
#: columns, only equal values would meet, where one system writes "Ερμού 25" and another
#: "Ermou 25", or "Λεωφ. Κηφισίας 120" and "Κηφισίας 120".
ONE_PER_SYSTEM_ROLES = (
    *("dob", "gender", "middle_name", "known_as", "birth_place", "father_name", "mother_name"),
    *("address", "city", "district", "postcode", "region"),
)
#: Columns of one role are each a system's where at most this share of the records holding
#: either holds both (a record with two dates keeps both).
SYSTEMS_OVERLAP = 0.05


def _one_field_per_role(fields: dict[str, Field]) -> None:
    """The columns of a role in :data:`ONE_PER_SYSTEM_ROLES` that records hold one at a time
    made one field, under the first column's name (its value where a record holds two). The
    birth dates read off ids (:mod:`tekil.coded_births`), which the records of a system that
    writes a date hold beside it, are made one apart, then fill the written dates' gaps: a
    record's written date first."""
    from tekil.coded_births import read_off

    for role in ONE_PER_SYSTEM_ROLES:
        names = [name for name, fld in fields.items() if fld.role == role]
        read = [name for name in names if read_off(name)]
        written = [name for name in names if name not in read]
        one_written, one_read = _one_of_systems(fields, written), _one_of_systems(fields, read)
        if one_written and one_read:
            fields[written[0]] = _filled(fields[written[0]], fields.pop(read[0]))


def _one_of_systems(fields: dict[str, Field], names: list[str]) -> bool:
    """Whether ``names`` (of one role) are made one field (see :func:`_one_field_per_role`):
    those of fewer than two columns are one already; those of more, where records hold them
    one at a time."""
    if not names:
        return False
    if len(names) < 2:
        return True
    held = np.array([fields[name].codes >= 0 for name in names]).sum(axis=0)
    if (held > 1).sum() > SYSTEMS_OVERLAP * max((held > 0).sum(), 1):
        return False
    for name in names[1:]:
        fields[names[0]] = _filled(fields[names[0]], fields.pop(name))
    return True


def _suffix_apart(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """``values`` (folded names) without a generational suffix after a name ("brady jr"),
    and the suffix read (else missing): :func:`~tekil.normalize.generations.suffix_apart`."""
    endings = tuple(f" {suffix}" for suffix in SUFFIXES)
    has = values.astype("string").str.endswith(endings).fillna(False).to_numpy(dtype=bool)
    written = pd.Series([None] * len(values), index=values.index, dtype=object)
    if not has.any():
        return values, written
    values = values.astype(object).copy()
    for k in np.flatnonzero(has):
        values.iat[k], written.iat[k] = suffix_apart(values.iat[k])
    return values, written


def _words_by_part(pool: _Pool, first: np.ndarray, last: np.ndarray) -> dict[str, float]:
    """Per word of the given and family names the records hold apart, how much more often
    records have it in their family name than in their given name, from -1 (given names
    only) to 1 (family names only): ``(family - given) / (family + given + 1)``. Words that
    tell nothing to :func:`read_whole_name` (from -1/3 to 0) are left out."""
    net: dict[str, int] = {}
    seen: dict[str, int] = {}
    for places, sign in ((first, -1), (last, 1)):
        held, counts = np.unique(places[places >= 0], return_counts=True)
        names = pd.Series(counts, index=pool.value(held)).groupby(level=0).sum()
        for name, count in zip(names.index, names.to_numpy(), strict=True):
            for word in str(name).split():
                net[word] = net.get(word, 0) + sign * int(count)
                seen[word] = seen.get(word, 0) + int(count)
    scores = {word: score / (seen[word] + 1) for word, score in net.items()}
    return {word: score for word, score in scores.items() if not -CLEAR < score <= 0}


def _words_by_order(wholes: Iterable[Normalised]) -> dict[str, float]:
    """:func:`~tekil.name_order.family_scores` of the whole names of two words, by records;
    a family name's particles are left out ("jan | van der berg" is Jan and Berg, as is "van
    der berg | jan", read the other way)."""
    given, family, counts = [], [], []
    for out in wholes:
        held = np.bincount(out.rows[out.rows >= 0], minlength=len(out.table))
        g, f = (_core_word(out.usable(part)) for part in ("given", "family"))
        two = (g.notna() & f.notna()).to_numpy() & (held > 0)
        given.append(g[two].astype(str).to_numpy())
        family.append(f[two].astype(str).to_numpy())
        counts.append(held[two])
    if not given:
        return {}
    return family_scores(*(np.concatenate(x) for x in (given, family, counts)))


def _core_word(part: pd.Series) -> pd.Series:
    """A name part's one word that is no particle, else missing (no word or several)."""
    spaced = part.astype("string").str.contains(" ").fillna(False).to_numpy(dtype=bool)
    if not spaced.any():
        return part
    part = part.astype(object).copy()
    for k in np.flatnonzero(spaced):
        words = [w for w in str(part.iat[k]).split() if w not in PARTICLES]
        part.iat[k] = words[0] if len(words) == 1 else None
    return part


def _whole_names_read(
    given: pd.Series, family: pd.Series, words: dict[str, float], middles: bool = False
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """:func:`read_whole_name` (with ``middles``, :func:`middle_apart`) on each distinct split
    whole name (a few hundred thousand of a million records at most), and the middle names."""
    middle = pd.Series([None] * len(given), index=given.index, dtype=object)
    both = np.flatnonzero(given.notna().to_numpy() & family.notna().to_numpy())
    if not (words or middles) or not len(both):
        return given, family, middle
    split = zip(given.iloc[both].astype(str), family.iloc[both].astype(str), strict=True)
    codes, distinct = pd.factorize(pd.Series(list(split)))
    if middles:
        read = [middle_apart(g, f, words) for g, f in distinct]
    else:
        read = [(*read_whole_name(g, f, words), None) for g, f in distinct]
    if [r[:2] for r in read] == list(distinct):
        return given, family, middle
    given, family = given.copy(), family.copy()
    given.iloc[both] = np.array([g for g, _, _ in read], dtype=object)[codes]
    family.iloc[both] = np.array([f for _, f, _ in read], dtype=object)[codes]
    middle.iloc[both] = np.array([m for _, _, m in read], dtype=object)[codes]
    return given, family, middle


def middle_apart(
    given: str, family: str, words: dict[str, float]
) -> tuple[str, str | None, str | None]:
    """A whole name's given names, family name and middle name, for records that keep middle
    names apart (a column of them): the initials after the given names ("Juan S. Dela Cruz",
    "DELA CRUZ, JUAN S.", "John Q. Public"), and the given words that the data writes as family
    names' (:func:`read_whole_name`), which such records hold as the middle name, not as part
    of the family name: a Filipino's mother's maiden surname ("Juan Santos Dela Cruz",
    "BAUTISTA, ROSARIO TAN"), an American woman's maiden name ("Barbara Harris Summers").

    >>> middle_apart("juan s", "dela cruz", {})
    ('juan', 'dela cruz', 's')
    >>> middle_apart("rosario tan", "bautista", {"tan": 0.9, "rosario": -0.9})
    ('rosario', 'bautista', 'tan')
    >>> middle_apart("mary grace", "reyes", {"reyes": 0.9, "grace": -0.9})
    ('mary grace', 'reyes', None)

    Written family name first with no comma ("CRUZ JOSE MENDOZA", "DELA CRUZ RHEA SAN JUAN"):
    a first word (with its particles) that the data writes as a family name's, then a given
    one, before a family name's word, is the family name; the last, the middle name.

    >>> middle_apart("cruz jose", "mendoza", {"cruz": 0.9, "mendoza": 0.8, "jose": -0.9})
    ('jose', 'cruz', 'mendoza')
    >>> middle_apart("dela cruz rhea", "san juan", {"cruz": 0.9, "juan": 0.2, "rhea": -0.9})
    ('rhea', 'dela cruz', 'san juan')
    """
    parts = given.split()
    lead = next((k for k, w in enumerate(parts) if w not in PARTICLES), len(parts)) + 1
    if (
        lead < len(parts)
        and words.get(parts[lead - 1], 0) >= CLEAR
        and words.get(parts[lead], 0) <= -CLEAR
        and words.get(family.split()[-1], 0) > 0
    ):
        return " ".join(parts[lead:]), " ".join(parts[:lead]), family
    read, whole = read_whole_name(given, family, words) if words else (given, family)
    if whole is None:  # "Don Rodrigo": a given name alone
        return read, None, None
    middle: list[str] = []
    if whole != family and whole.endswith(" " + family):
        middle, whole = whole[: -len(family) - 1].split(), family
    parts = read.split()
    # (Initials alone are the given names' own: "J. P." of Jean-Pierre, no "Juan S.".)
    while len(parts) > 1 and len(parts[-1]) == 1 and len(parts[0]) > 1:
        middle.insert(0, parts.pop())
    return " ".join(parts), whole, " ".join(middle) or None


def read_whole_name(given: str, family: str, words: dict[str, float]) -> tuple[str, str | None]:
    """A whole name's given and family names split again where the records' own given and
    family name columns tell more (``words``: :func:`_words_by_part`, kept by a store).

    Written family name first ("TAN Wei Ming", "Jason Tan Wei Ming", "Nguyen Van An", "ADEYEMI
    FUNKE"): a last word that the data writes as a given name's twice as often as a family
    name's at least, and a given word that it writes as a family name's as clearly, trade
    places (the family name leaves the given names in their order). Two words too: the
    comparison's swap meets the same two words the other way round, but not the same person's
    third name ("Adeyemi Funke" against Funke Grace Adeyemi), her household's family name, or
    the given name's frequency. Then the last given words that the data
    writes as family names' words join the family name ("José María Ripoll | Cózar" →
    "José María | Ripoll Cózar" where a CRM has "Ripoll Cózar"), leaving one given word.

    >>> read_whole_name("wei ming", "tan", {"tan": 0.9, "wei": -0.8, "ming": -0.9})
    ('wei ming', 'tan')
    >>> read_whole_name("tan wei", "ming", {"tan": 0.9, "wei": -0.8, "ming": -0.9})
    ('wei ming', 'tan')
    >>> read_whole_name("adeyemi", "funke", {"adeyemi": 0.9, "funke": -0.9})
    ('funke', 'adeyemi')

    A name that starts with its family name keeps all of it: the words before the first given
    one that the data writes as family names' (and their particles), as Spanish registries
    write a father's and a mother's ("RODRIGUEZ PEREZ JUAN CARLOS", "DE LA CRUZ PEREZ MARIA").

    >>> read_whole_name("rodriguez perez juan", "carlos",
    ...                 {"rodriguez": 0.9, "perez": 0.8, "juan": -0.9, "carlos": -0.9})
    ('juan carlos', 'rodriguez perez')

    "Don" or "Doña" before a word the data writes as a given name's is a form of address
    (:data:`~tekil.normalize.names.GIVEN_NAME_HONORIFICS`): "Don Rodrigo" is Rodrigo, of no
    family name written (None); "Don Smith" stays Don of the Smiths.

    >>> read_whole_name("don", "rodrigo", {"rodrigo": -0.9, "smith": 0.9})
    ('rodrigo', None)
    >>> read_whole_name("don", "smith", {"rodrigo": -0.9, "smith": 0.9})
    ('don', 'smith')

    The particles before the family name's word go with it ("el-idrissi sarah", "van dijk
    anna"):

    >>> read_whole_name("el idrissi", "sarah", {"idrissi": 0.9, "sarah": -0.9})
    ('sarah', 'el idrissi')

    A particle written first takes the word after it ("Di Stefano Giovanni" is Giovanni of the
    Di Stefanos, however often the data writes "stefano" as a given name); an initial after
    words the data writes as family names' is the given name's ("ROSSI M.", "De Angelis F."),
    where one after a given name ("John S.") stays the family name's.

    >>> read_whole_name("di stefano", "giovanni", {"di": 0.9, "giovanni": -0.9})
    ('giovanni', 'di stefano')
    >>> read_whole_name("de angelis", "f", {"de": 0.9, "angelis": 0.9})
    ('f', 'de angelis')
    >>> read_whole_name("john", "s", {"john": -0.9})
    ('john', 's')

    So are the initials of a compound given name after them ("KABAMBA MUTOMBO J.P.",
    "MBALLA ESSOMBA J.C." of Jean-Pierre, Jean-Claude):

    >>> read_whole_name("kabamba mutombo j", "p", {"kabamba": 0.9, "mutombo": 0.9})
    ('j p', 'kabamba mutombo')
    """
    parts = given.split()
    lead = _family_written_first(parts, words) if len(family) == 1 and parts else 0
    if lead and all(len(w) == 1 for w in parts[lead:]):
        return " ".join([*parts[lead:], family]), " ".join(parts[:lead])
    rest = [*parts[1:], *family.split()]
    if parts and parts[0] in GIVEN_NAME_HONORIFICS and words.get(rest[0], 0) <= -CLEAR:
        parts = parts[1:]
        if not parts:
            return family, None
    if parts and all(words.get(w, 0) <= -CLEAR for w in family.split()):
        best = max(range(len(parts)), key=lambda k: words.get(parts[k], 0))
        if words.get(parts[best], 0) >= CLEAR:
            lead = _family_written_first(parts, words)
            if lead:
                parts, family = [*parts[lead:], family], " ".join(parts[:lead])
            else:  # the particles before the family name's word go with it
                start = best
                while start > 0 and parts[start - 1] in PARTICLES:
                    start -= 1
                moved = " ".join(parts[start : best + 1])
                parts, family = [*parts[:start], *parts[best + 1 :], family], moved
    moved = len(parts)
    while moved > 1 and words.get(parts[moved - 1], 0) > 0:
        moved -= 1
    return " ".join(parts[:moved]), " ".join([*parts[moved:], family])


def _family_written_first(parts: list[str], words: dict[str, float]) -> int:
    """How many of a whole name's first words are its family name written first: those the
    data writes as family names' (with their particles) up to the first other word; 0 where the
    name does not start so."""
    lead = 0
    for k, word in enumerate(parts):
        if words.get(word, 0) >= CLEAR:
            lead = k + 1
        elif word not in PARTICLES:
            break
    while 0 < lead < len(parts) and parts[lead - 1] in PARTICLES:
        lead += 1  # a particle goes with the word after it
    return lead


class _Pool:
    """Values gathered from several sources, referred to by their place in the pool.

    :meth:`factorize` turns places into codes and distinct values, in the order of
    first appearance, as factorising the values themselves would: the strings are
    hashed once per source value, not once per record.
    """

    def __init__(self) -> None:
        self._parts: list[np.ndarray] = []
        self._size = 0

    def add(self, values: np.ndarray | pd.Series) -> np.ndarray:
        """Places of ``values`` in the pool; missing values get -1."""
        values = np.asarray(values, dtype=object)
        places = np.arange(self._size, self._size + len(values), dtype=np.int64)
        self._parts.append(values)
        self._size += len(values)
        return np.where(pd.isna(values), -1, places)

    def codes(self, out: Normalised, values: pd.Series) -> np.ndarray:
        """Each record's place of its value (``values`` is per row of ``out.table``)."""
        return self.add(values)[out.rows]

    def value(self, places: np.ndarray) -> np.ndarray:
        """The values at ``places`` (all present)."""
        return np.concatenate(self._parts)[places] if len(places) else np.array([], object)

    def factorize(self, places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Codes (int32, -1 missing) and distinct values of the values at ``places``."""
        pooled = np.concatenate(self._parts) if self._parts else np.array([], dtype=object)
        same, distinct = pd.factorize(pooled)  # one code per distinct string of the pool
        known = places >= 0
        merged = np.full(len(places), -1, dtype=np.int64)
        merged[known] = same[places[known]]
        present = merged >= 0
        codes = np.full(len(places), -1, dtype=np.int32)
        codes[present], order = pd.factorize(merged[present])
        return codes, np.asarray(distinct, dtype=object)[order]


def _placeholders_apart(
    pool: _Pool, first: np.ndarray, last: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``first`` and ``last`` without the given and family names that together are a
    placeholder (:data:`~tekil.normalize.names.PLACEHOLDERS`): "John" and "Doe" in two
    columns, an emergency department's alias for a patient it does not know, say as little
    as "John Doe" in one. Worked on the distinct pairs."""
    both = np.flatnonzero((first >= 0) & (last >= 0))
    if not len(both):
        return first, last
    pairs, places = pd.factorize(first[both] * (1 << 31) + last[both])
    given, family = pool.value(places >> 31), pool.value(places & ((1 << 31) - 1))
    whole = pd.Series(given, dtype=object) + " " + pd.Series(family, dtype=object)
    gone = both[whole.isin(PLACEHOLDERS).to_numpy()[pairs]]
    first, last = first.copy(), last.copy()
    first[gone] = last[gone] = -1
    return first, last


def _lone_family_names(
    pool: _Pool, first: np.ndarray, last: np.ndarray, alone: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The one-word whole names (``alone``, read as given names) that these records write more
    often as a family name than as a given name, moved to the family name: "Jones" alone, where
    "Sarah Jones" and "Tom Jones" are written, is Jones, not a given name that differs from
    the Sarah of "Sarah" alone. Counted over the records with both names.

    >>> pool = _Pool()
    >>> first, last = pool.add(["sarah", "tom", "jones", "sarah"]), pool.add(["jones", "jones", None, None])
    >>> alone = np.array([False, False, True, True])
    >>> [pool.value(x[x >= 0]).tolist() for x in _lone_family_names(pool, first, last, alone)]
    [['sarah', 'tom', 'sarah'], ['jones', 'jones', 'jones']]
    """
    lone = np.flatnonzero(alone)
    held, at = np.unique(first[lone], return_inverse=True)
    words = pool.value(held)
    known = (first >= 0) & (last >= 0) & ~alone
    as_given = _counts(pool, first[known]).reindex(words, fill_value=0).to_numpy()
    as_family = _counts(pool, last[known]).reindex(words, fill_value=0).to_numpy()
    one_word = np.fromiter((" " not in w for w in words), bool, len(words))
    moved = lone[((as_family > as_given) & one_word)[at]]
    first, last = first.copy(), last.copy()
    last[moved], first[moved] = first[moved], -1
    return first, last


def _split_lone_full_names(
    pool: _Pool, first: np.ndarray, last: np.ndarray, split: bool | None = None
) -> tuple[np.ndarray, np.ndarray, bool | None]:
    """A whole name typed into the last-name column, first name empty: split it (``split``),
    or keep it as a family name of several words.

    ``split=None``: split where most such names (counted by record) start with a given name
    of this data, a word written more often in the first-name column than as (the first word
    of) a family name: "Mehmet Yılmaz" typed as a surname is split, Spanish double surnames
    ("Bueno Ibáñez", no given name) are not. One decision for the data, so that a store reads
    a record alone as it read the batch. Returns the names and the decision (``None`` where
    no such name was found).
    """
    lone = np.flatnonzero((first < 0) & (last >= 0))
    held, at = np.unique(last[lone], return_inverse=True)
    texts = pool.value(held)
    spaced = np.fromiter((" " in v for v in texts), bool, len(texts))
    if not spaced.any() or split is False:
        return first, last, split
    if split is None:
        given = _given_names(pool, first, last, [v.split(" ", 1)[0] for v in texts[spaced]])
        records = np.bincount(at, minlength=len(held))[spaced]
        split = bool(records[given].sum() * 2 > records.sum())
        if not split:
            return first, last, split
    parts = [split_whole_name(v.split()) for v in texts[spaced]]
    spaced[spaced] = [p[0] is not None for p in parts]  # "smith jr" stays whole
    parts = [p for p in parts if p[0] is not None]
    return (*_names_given(pool, first, last, lone, at, spaced, parts), split)


def _whole_names_in_given(
    pool: _Pool, first: np.ndarray, last: np.ndarray, words: dict[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """A whole name typed into the first-name column, the last name empty ("J. Bryant",
    "Melissa Brown" where a form had one box for the name): read as a whole name is
    (:func:`read_whole_name`) where its family name would be words that the data writes as
    family names' (``words`` of :data:`~tekil.name_order.CLEAR` or more). Compound given names
    ("Mary Ann", "José Luis") and names of words the data does not know stay given names.
    """
    lone = np.flatnonzero((first >= 0) & (last < 0))
    if not len(lone) or not words:
        return first, last
    held, at = np.unique(first[lone], return_inverse=True)
    chosen = np.zeros(len(held), dtype=bool)
    names: list[tuple[str, str]] = []
    for k, text in enumerate(pool.value(held)):
        parts = str(text).split()
        if len(parts) < 2 or all(words.get(w, 0) < CLEAR for w in parts):
            continue
        g, f = read_whole_name(" ".join(parts[:-1]), parts[-1], words)
        if g and f and all(words.get(w, 0) >= CLEAR for w in f.split() if w not in PARTICLES):
            chosen[k] = True
            names.append((g, f))
    if not names:
        return first, last
    return _names_given(pool, first, last, lone, at, chosen, names)


def _names_given(
    pool: _Pool,
    first: np.ndarray,
    last: np.ndarray,
    lone: np.ndarray,
    at: np.ndarray,
    chosen: np.ndarray,
    names: list[tuple[str, str]],
) -> tuple[np.ndarray, np.ndarray]:
    """``first`` and ``last`` with the records ``lone`` given the (given, family) ``names`` of
    their distinct values (``at``: each record's) that are ``chosen``, in the values' order."""
    given = np.full(len(chosen), -1, dtype=np.int64)
    family = np.full(len(chosen), -1, dtype=np.int64)
    given[chosen] = pool.add(np.array([g for g, _ in names], dtype=object))
    family[chosen] = pool.add(np.array([f for _, f in names], dtype=object))
    cut = chosen[at]
    first, last = first.copy(), last.copy()
    first[lone[cut]] = given[at[cut]]
    last[lone[cut]] = family[at[cut]]
    return first, last


def _given_names(pool: _Pool, first: np.ndarray, last: np.ndarray, words: list[str]) -> np.ndarray:
    """Whether each word is written more often as a given name than as a family name or the
    first word of one, in these records (family names beside a given name: the lone ones
    are in question)."""
    given = _counts(pool, first[first >= 0])
    family = _counts(pool, last[(last >= 0) & (first >= 0)])
    starts = family.groupby(family.index.str.split(" ", n=1).str[0]).sum()
    wanted = pd.Index(words)
    return (
        given.reindex(wanted, fill_value=0).to_numpy()
        > starts.reindex(wanted, fill_value=0).to_numpy()
    )


def _counts(pool: _Pool, places: np.ndarray) -> pd.Series:
    """How many of ``places`` hold each value (a place is shared by a column's equal values:
    the strings are read once per place)."""
    per_place = np.bincount(places)
    used = np.flatnonzero(per_place)
    return pd.Series(per_place[used]).groupby(pool.value(used)).sum()


#: Identifier roles of which a person may have several, kept in several columns (a home and a
#: mobile phone, a work e-mail, two saved cards), or that several systems keep under names of
#: their own (a billing system's `dni`, a CRM's `nif`): their columns are compared and
#: blocked across each other.
MULTI_COLUMN_ROLES = ("phone", "email", "handle", "card", "tckn", "free_id")


def same_role_fields(records: Records, role: str) -> tuple[str, ...]:
    """The fields of one identifier role, in the order of the columns."""
    return tuple(name for name, f in records.fields.items() if f.role == role)


def joint_codes(
    records: Records, names: tuple[str, ...], part: str | None = None
) -> list[np.ndarray]:
    """The codes of several fields (or of one ``part`` of each) in one vocabulary of their
    values (-1 missing): the same number in two phone columns has one code. Made once per
    record set."""
    cache = records.__dict__.setdefault("_joint_codes", {})
    if (names, part) not in cache:
        fields = [records.fields[name] for name in names]
        values = [f.uniques if part is None else f.part_uniques[part] for f in fields]
        codes = [f.codes if part is None else f.parts[part] for f in fields]
        cache[names, part] = one_vocabulary(values, codes)[0]
    return cache[names, part]


def joint_vocabulary(records: Records, names: tuple[str, ...]) -> np.ndarray:
    """The values :func:`joint_codes` of ``names`` code (made once per record set)."""
    cache = records.__dict__.setdefault("_joint_vocabulary", {})
    if names not in cache:
        fields = [records.fields[name] for name in names]
        cache[names] = one_vocabulary([f.uniques for f in fields], [f.codes for f in fields])[1]
    return cache[names]


def one_vocabulary(
    values: list[np.ndarray], codes: list[np.ndarray]
) -> tuple[list[np.ndarray], np.ndarray]:
    """Per-record ``codes`` into each field's ``values`` recoded into one vocabulary of them
    all (-1 for a missing value, or a code of -1), and that vocabulary."""
    joint, vocabulary = pd.factorize(np.concatenate(values) if values else np.array([], object))
    ends = np.cumsum([len(v) for v in values])
    # Code -1 (no value; a column may have no usable one): the appended -1.
    recoded = [
        np.append(piece, -1).astype(np.int32)[c]
        for c, piece in zip(codes, np.split(joint, ends[:-1]), strict=True)
    ]
    return recoded, vocabulary


#: Shortest identifier (letters only) that is compared with names: "ali" would match too much.
MIN_ALIAS_LETTERS = 5


#: The roles whose values :func:`alias_field` reads names in, besides the names.
ALIAS_SOURCES = ("email", "handle")


def alias_field(fields: dict[str, Field]) -> Field | None:
    """Names written as identifiers: "halitbilgic" as a name key, a handle and an e-mail local part.

    Social handles and e-mail addresses usually spell their owner's name. The
    field's ``codes`` hold each record's name key (first and last name, letters
    only); its part ``reversed`` the same with the last name first, and its
    parts ``email`` and ``handle`` the letters of the e-mail local part and the
    handle's user name, all in one vocabulary, so that the name of one record
    can be compared with the identifiers of another.
    """
    first, last = fields.get("first_name"), fields.get("last_name")
    sources = {role: [f for f in fields.values() if f.role == role] for role in ALIAS_SOURCES}
    if first is None or last is None or not any(sources.values()):
        return None
    n = len(first.codes)
    text = _letters(first.uniques)  # first and last names share one vocabulary
    # Only full names make a key: "osman k." is not "osmank". Built once per distinct pair.
    short = np.append(np.array([len(t) < 2 for t in text], dtype=bool), True)
    full = ~(short[first.codes] | short[last.codes])
    span = max(len(text), 1)
    pair, keys = pd.factorize(first.codes[full].astype(np.int64) * span + last.codes[full])
    given, family = text[keys // span], text[keys % span]
    pool = _Pool()  # each distinct name, local part and user name hashed once
    names, reversed_names = np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)
    names[full] = pool.add(_long_enough(given + family))[pair]
    reversed_names[full] = pool.add(_long_enough(family + given))[pair]  # "yilmazzeliha"
    parts = {"reversed": reversed_names}
    for role, held in sources.items():
        part = "local" if role == "email" else "username"
        # A record's identifier of the role: the first of its columns that has one (systems
        # stacked in one file keep theirs in columns of their own; a phone column's e-mails).
        for fld in held:
            mine = _per_record(
                fld.parts[part], pool.add(_long_enough(_letters(fld.part_uniques[part])))
            )
            parts[role] = np.where(parts[role] < 0, mine, parts[role]) if role in parts else mine
    codes, uniques = pool.factorize(np.concatenate([names, *parts.values()]))
    field = Field("alias", "alias", codes[:n], uniques, [*first.columns, *last.columns])
    for k, role in enumerate(parts, start=1):
        field.parts[role] = codes[k * n : (k + 1) * n]
    field.columns.extend(c for held in sources.values() for fld in held for c in fld.columns)
    return field


def letters(value: str) -> str:
    """A value's letters, folded to ``a``-``z`` (``"Halit Bilgiç"`` → ``"halitbilgic"``,
    ``"Иван"`` → ``"ivan"``)."""
    if value.isascii():  # most e-mails and handles: folding ASCII is lower-casing
        return _NOT_LETTER.sub("", value.lower())
    return _NOT_LETTER.sub("", latin(fold(value)))


_NOT_LETTER = re.compile(r"[^a-z]")


def one_letter(uniques: np.ndarray) -> np.ndarray:
    """Whether each value is a single letter (an initial)."""
    return np.fromiter((len(u) == 1 for u in uniques), bool, len(uniques))


def _letters(values: np.ndarray) -> np.ndarray:
    """:func:`letters` of each value."""
    return np.array([letters(str(v)) for v in values], dtype=object)


def _long_enough(values: np.ndarray) -> np.ndarray:
    """The values of at least :data:`MIN_ALIAS_LETTERS` letters, else ``None``."""
    long = np.array([len(v) >= MIN_ALIAS_LETTERS for v in values], dtype=bool)
    return np.where(long, values, None) if len(values) else values


def _per_record(codes: np.ndarray, places: np.ndarray) -> np.ndarray:
    """``places[code]`` per record, -1 where the code is -1."""
    return np.append(places, -1)[codes]


#: The coded parts of a field, by role (a date's parts are plain integers).
_CODED_PARTS = {
    "phone": ("last7", "line_type"),
    "email": ("local",),
    "handle": ("username",),
    "card": ("last4", "brand"),
    "free_id": ("tail",),
}
#: Parts read whatever the value's reason: a card printed masked or mistyped has no token,
#: but its last four digits and brand are known; a masked id, its last four characters.
PARTS_OF_ANY_READING = frozenset({"last4", "brand", "tail"})


def _add_parts(f: Field, out: Normalised) -> None:
    if f.role == "dob":
        for part in ("year", "month", "day"):
            f.parts[part] = out.integers(part)
    for part in _CODED_PARTS.get(f.role, ()):
        usable = part not in PARTS_OF_ANY_READING
        f.parts[part], f.part_uniques[part] = out.factorize(part, usable=usable)
