"""Synthetic Turkish multi-source customer data with ground truth.

:func:`generate` makes ``n_persons`` people living in households and shows each
of them through several operational systems (``source``):

* ``telco``: one record per line the person owns (1-4 mobile lines, plus the
  household's landline for the head of some households);
* ``card``: one record per payment card, with the name as embossed;
* ``crm``: the customer master (name, birth date, TCKN, e-mail, address...);
* ``social``: one record per social-media handle, with a display name;
* ``warranty``: product registrations (name, phone, e-mail, city).

About 2.85 records per person. Hard negatives are made on purpose: family
members share surname, address, landline and sometimes a family e-mail; twins
share surname, birth date and address; very common names ("Mehmet Yılmaz")
recur with different birth dates; call-centre numbers (444 xx xx, 0850...)
appear as the phone of unrelated people.

Errors follow what real Turkish customer data looks like: typos
(keyboard-adjacent insert/delete/substitute/transpose), Turkish letters folded
or not and in any case (Şahin / Sahin / ŞAHİN / SAHIN / ŞAHIN), first and last
name swapped or written in one column, middle names dropped or cut to an
initial, phone formats (0532 123 45 67, +90 532 123 4567, 5321234567...),
e-mail case and Gmail dots, handle forms (@x, x, twitter.com/x, https://x.com/x?lang=tr),
address abbreviations (Mahallesi/Mah./Mh., Caddesi/Cad./Cd., No:5/No 5/no.5),
date formats (1985-03-07, 07.03.1985, 7/3/85, 19850307) and occasionally a wrong
digit or a day/month swap in the birth date. Every rate is an option.

Everything is vectorised with numpy: text variants are pre-computed per
vocabulary item (a pool of typo and case forms per name) and each record picks a
form by index, so 1 M persons take well under two minutes.

Run ``python -m tekil.datasets.synthetic --sample`` to rewrite the bundled
sample, or ``--persons N --out file.csv`` to write a larger set.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import random
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from tekil.datasets import _vocab as V
from tekil.datasets.base import Dataset
from tekil.errors import ConfigError
from tekil.normalize.text import turkish_lower, turkish_title, turkish_upper

SOURCES: tuple[str, ...] = ("telco", "card", "crm", "social", "warranty")

#: Columns of ``Dataset.records`` made by :func:`generate`, in order.
COLUMNS: tuple[str, ...] = (
    "record_id", "source", "first_name", "last_name", "full_name", "gender", "birth_date",
    "tckn", "phone", "email", "handle", "card_number", "address", "district", "city",
    "postcode", "status",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class SyntheticOptions:
    """Rates of :func:`generate`. Error rates are multiplied by ``noise``.

    ``noise=0`` gives clean data: no errors, and each source writes names, dates,
    phones and addresses in its one main format (sources still differ from each
    other, and still lack fields). ``noise=2`` doubles every error rate and the
    share of secondary formats.
    """

    noise: float = 1.0
    # --- errors (scaled by noise)
    typo_rate: float = 0.05  #: per name field: one keyboard typo
    swap_rate: float = 0.02  #: first and last name swapped
    merged_name_rate: float = 0.01  #: whole name in last_name, first_name empty
    middle_drop_rate: float = 0.35  #: double first name shortened ("Ali Rıza" → "Ali")
    case_rate: float = 1.0  #: scales the share of other letter cases / folding per source
    missing_rate: float = 0.03  #: extra chance that an optional field is empty
    date_error_rate: float = 0.01  #: one wrong digit in the birth date
    date_swap_rate: float = 0.01  #: day and month swapped (when both ≤ 12)
    phone_error_rate: float = 0.005  #: one wrong digit in a phone number
    tckn_error_rate: float = 0.005  #: one wrong digit in a TCKN (bad checksum)
    call_centre_rate: float = 0.01  #: a call-centre number instead of the person's phone
    email_variant_rate: float = 0.08  #: e-mail written differently (case, dots, +tag, typo)
    handle_variant_rate: float = 0.05  #: handle in other letter case
    moved_rate: float = 0.05  #: record shows another (old) address
    address_typo_rate: float = 0.03  #: typo in neighbourhood, street, district or city
    alias_rate: float = 0.05  #: other name of a province ("Urfa", "İçel", "Afyon")
    # --- population structure (not scaled)
    twin_rate: float = 0.05  #: a child born on the same day as the previous child
    family_email_rate: float = 0.08  #: household of 2+ people with a shared e-mail
    landline_rate: float = 0.35  #: household with a home landline
    card_bins: str = "realistic"  #: "realistic" (made-up scheme-shaped BINs) or "test"

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.name == "card_bins":
                if value not in ("realistic", "test"):
                    raise ConfigError(f"card_bins must be 'realistic' or 'test', not {value!r}")
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"{field.name} must be a number, not {value!r}")
            high = 10.0 if field.name in ("noise", "case_rate") else 1.0
            if not 0.0 <= value <= high:
                raise ConfigError(f"{field.name} must be between 0 and {high:g}, got {value!r}")

    def rate(self, name: str) -> float:
        """Error rate ``name`` scaled by ``noise`` (at most 1)."""
        return self.rate_of(getattr(self, name))

    def rate_of(self, value: float) -> float:
        """``value`` scaled by ``noise`` (at most 1)."""
        return min(1.0, value * self.noise)


# ----------------------------------------------------------------------------- text styles

# Letter-case styles a system may write a name in. "naive" styles use Python's
# non-Turkish str.upper/lower: "Şahin".upper() → "ŞAHIN", "İsmail".lower() → "i̇smail".
STYLES: tuple[str, ...] = (
    "title", "title_ascii", "upper", "upper_ascii", "lower", "lower_ascii",
    "naive_upper", "naive_lower",
)  # fmt: skip
_N_STYLES = len(STYLES)
_ASCII = str.maketrans("şŞıİğĞçÇöÖüÜâÂîÎûÛ", "sSiIgGcCoOuUaAiIuU")

# Style mixture per source: the largest share is the source's default form.
_NAME_STYLES: dict[str, tuple[float, ...]] = {
    "telco": (0.72, 0.08, 0.09, 0.06, 0.02, 0.02, 0.008, 0.002),
    "card": (0.0, 0.0, 0.28, 0.64, 0.0, 0.0, 0.08, 0.0),
    "crm": (0.74, 0.10, 0.06, 0.04, 0.02, 0.02, 0.01, 0.01),
    "social": (0.45, 0.10, 0.0, 0.0, 0.20, 0.25, 0.0, 0.0),
    "warranty": (0.55, 0.20, 0.08, 0.08, 0.03, 0.06, 0.0, 0.0),
}


def _styled(text: str) -> list[str]:
    upper = turkish_upper(text)
    lower = turkish_lower(text)
    return [
        text,
        text.translate(_ASCII),
        upper,
        upper.translate(_ASCII),
        lower,
        lower.translate(_ASCII),
        text.upper(),
        text.lower(),
    ]


def _style_mix(base: Sequence[float], scale: float) -> np.ndarray:
    p = np.asarray(base, dtype=float)
    main = int(np.argmax(p))
    q = p * scale
    q[main] = 0.0
    if q.sum() > 1.0:
        q /= q.sum()
    q[main] = 1.0 - q.sum()
    return q


# ----------------------------------------------------------------------------- typo pools

_K_NAME = 6  # typo variants per name
_K_PLACE = 3  # typo variants per place name


def _keyboard_neighbours() -> dict[str, str]:
    rows = V.KEYBOARD_ROWS
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            near = [row[c - 1]] if c > 0 else []
            if c + 1 < len(row):
                near.append(row[c + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows):
                    near.extend(rows[rr][cc] for cc in (c - 1, c) if 0 <= cc < len(rows[rr]))
            out[ch] = "".join(x for x in near if x.isalpha()) or ch
    return out


_NEIGHBOURS = _keyboard_neighbours()


def _typo(text: str, rnd: random.Random) -> str:
    """One keyboard typo (insert, delete, substitute, transpose) in ``text``."""
    low = turkish_lower(text)
    letters = [i for i, ch in enumerate(low) if ch.isalpha()]
    if len(letters) < 3:
        return text
    for _ in range(20):
        chars = list(low)
        # Typos rarely hit the first letter.
        pos = letters[rnd.randrange(1, len(letters))] if rnd.random() < 0.92 else letters[0]
        op = rnd.random()
        ch = chars[pos]
        near = _NEIGHBOURS.get(ch, ch)
        if op < 0.2:  # insert a neighbouring key or double the letter
            chars.insert(pos + 1, rnd.choice(near) if rnd.random() < 0.6 else ch)
        elif op < 0.45:  # delete
            del chars[pos]
        elif op < 0.8:  # substitute
            chars[pos] = rnd.choice(near)
        else:  # transpose with the previous letter
            if pos == 0 or not chars[pos - 1].isalpha():
                continue
            chars[pos - 1], chars[pos] = chars[pos], chars[pos - 1]
        out = "".join(chars)
        if out != low and len(out.replace(" ", "")) >= 2:
            return turkish_title(out)
    return text


def _pool(forms: list[list[str]]) -> np.ndarray:
    """Object array (items, forms, styles) of every form of every item in every style."""
    n_items, n_forms = len(forms), len(forms[0])
    out = np.empty((n_items, n_forms, _N_STYLES), dtype=object)
    for i, item_forms in enumerate(forms):
        for j, form in enumerate(item_forms):
            out[i, j, :] = _styled(form)
    return out


def _zipf(n: int, q: float) -> np.ndarray:
    w = 1.0 / (np.arange(n) + 1.0 + q)
    return w / w.sum()


def _ascii_key(text: str) -> str:
    return turkish_lower(text).translate(_ASCII).replace(" ", "").replace(".", "")


@dataclasses.dataclass(frozen=True)
class _Pools:
    first: np.ndarray  # (n_first, K+4, S): canonical, typos, part 1, part 2, "Part1 P."
    first_double: np.ndarray  # bool per first-name item
    first_male: np.ndarray  # bool per first-name item
    first_ascii: np.ndarray  # object: "aliriza"
    first_nick: np.ndarray  # (n_first, S): nickname or first part
    nick_ascii: np.ndarray  # object: "memo"
    p_male: np.ndarray
    p_female: np.ndarray
    last: np.ndarray  # (n_last, K+2, S): canonical, typos, "Y."
    last_ascii: np.ndarray
    last_plural: np.ndarray  # "yilmazlar", "demirler"
    p_last: np.ndarray
    city: np.ndarray  # (81, K+2, S): canonical, typos, alias
    city_has_alias: np.ndarray
    plate: np.ndarray  # int per province
    p_city: np.ndarray
    district: np.ndarray  # (n_district, K+1, S)
    district_city: np.ndarray  # province index per district
    district_local: np.ndarray  # index of the district within its province
    district_area: np.ndarray  # landline area code per district
    district_cum: np.ndarray  # province index + cumulative weight within the province
    mahalle: np.ndarray  # (n, K+1, S)
    avenue: np.ndarray
    street: np.ndarray


@functools.lru_cache(maxsize=8)
def _pools(seed: int) -> _Pools:
    rnd = random.Random(seed * 7919 + 17)

    def typos(text: str, k: int) -> list[str]:
        return [_typo(text, rnd) for _ in range(k)]

    # first names
    first_names = [*V.MALE_NAMES, *V.FEMALE_NAMES]
    first_forms = []
    for name in first_names:
        parts = name.split(" ")
        second = parts[1] if len(parts) > 1 else parts[0]
        initial = f"{parts[0]} {parts[1][0]}." if len(parts) > 1 else name
        first_forms.append([name, *typos(name, _K_NAME), parts[0], second, initial])
    nick = [V.NICKNAMES.get(n.split(" ")[0], n.split(" ")[0]) for n in first_names]
    n_male = len(V.MALE_NAMES)
    p_male = _zipf(n_male, 3.0)
    p_female = _zipf(len(V.FEMALE_NAMES), 3.0)

    # surnames: the common ones, then a tail of rarer compound surnames
    common = list(V.SURNAMES)
    seen = {turkish_lower(s) for s in common}
    tail = []
    for pre in V.SURNAME_PREFIXES:
        for suf in V.SURNAME_SUFFIXES:
            name = pre + suf
            if turkish_lower(name) not in seen:
                seen.add(turkish_lower(name))
                tail.append(name)
    rnd.shuffle(tail)
    surnames = common + tail
    p_last = np.concatenate([0.78 * _zipf(len(common), 4.5), 0.22 * _zipf(len(tail), 60.0)])
    last_forms = [[s, *typos(s, _K_NAME), s[0] + "."] for s in surnames]

    def plural(name: str) -> str:
        vowels = [c for c in turkish_lower(name) if c in "aeıioöuü"]
        back = bool(vowels) and vowels[-1] in "aıou"
        return _ascii_key(name) + ("lar" if back else "ler")

    # provinces and districts
    provinces = V.PROVINCES
    city_forms, has_alias, district_rows = [], [], []
    for index, (_plate, city, _pop, area) in enumerate(provinces):
        alias = V.CITY_ALIASES.get(city)
        has_alias.append(alias is not None)
        city_forms.append([city, *typos(city, _K_PLACE), alias or city])
        names = V.DISTRICTS.get(city, ("Merkez",))
        weights = _zipf(len(names), 1.5)
        cum = np.cumsum(weights)
        cum[-1] = 1.0
        for local, dname in enumerate(names):
            code = "216" if city == "İstanbul" and dname in V.ISTANBUL_ANATOLIAN else area
            district_rows.append((dname, index, local, int(code), index + cum[local]))
    population = np.array([p[2] for p in provinces])

    def place_pool(names: Sequence[str]) -> np.ndarray:
        return _pool([[n, *typos(n, _K_PLACE)] for n in names])

    return _Pools(
        first=_pool(first_forms),
        first_double=np.array([" " in n for n in first_names]),
        first_male=np.arange(len(first_names)) < n_male,
        first_ascii=np.array([_ascii_key(n) for n in first_names], dtype=object),
        first_nick=_pool([[x] for x in nick])[:, 0, :],
        nick_ascii=np.array([_ascii_key(x) for x in nick], dtype=object),
        p_male=p_male,
        p_female=p_female,
        last=_pool(last_forms),
        last_ascii=np.array([_ascii_key(s) for s in surnames], dtype=object),
        last_plural=np.array([plural(s) for s in surnames], dtype=object),
        p_last=p_last / p_last.sum(),
        city=_pool(city_forms),
        city_has_alias=np.array(has_alias),
        plate=np.array([p[0] for p in provinces]),
        p_city=population / population.sum(),
        district=place_pool([r[0] for r in district_rows]),
        district_city=np.array([r[1] for r in district_rows]),
        district_local=np.array([r[2] for r in district_rows]),
        district_area=np.array([r[3] for r in district_rows]),
        district_cum=np.array([r[4] for r in district_rows]),
        mahalle=place_pool(V.NEIGHBOURHOODS),
        avenue=place_pool(V.AVENUES),
        street=place_pool(V.STREETS),
    )


# ----------------------------------------------------------------------------- digit strings

_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(values: np.ndarray, width: int) -> np.ndarray:
    """(n, width) uint32 matrix of the decimal digits of ``values``, zero-padded."""
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return ((np.asarray(values, dtype=np.int64)[:, None] // powers) % 10).astype(np.uint32)


def _render(digits: np.ndarray, template: str) -> np.ndarray:
    """Strings from a template: ``A``..``Z`` stand for digit 0..25 of each row.

    ``_render(_digits([5321234567], 10), "0ABC DEF GH IJ")`` → ``["0532 123 45 67"]``.
    Built as a code-point matrix viewed as fixed-width strings: no Python loop.
    """
    n, width = digits.shape[0], len(template)
    out = np.empty((n, width), dtype=np.uint32)
    for j, ch in enumerate(template):
        out[:, j] = digits[:, _ALPHA.index(ch)] + 48 if ch in _ALPHA else ord(ch)
    return out.view(np.dtype((np.str_, width))).ravel().astype(object)


def _ids(prefix: str, numbers: np.ndarray, width: int) -> np.ndarray:
    return _render(_digits(numbers, width), prefix + _ALPHA[:width])


def _id_width(count: int) -> int:
    return max(7, len(str(count)))


_STR_NUM = np.array([str(i) for i in range(10000)], dtype=object)
_STR_2 = np.array([f"{i:02d}" for i in range(100)], dtype=object)


# ----------------------------------------------------------------------------- formats

_PHONE_TEMPLATES: tuple[str, ...] = (
    "0ABC DEF GH IJ", "+90 ABC DEF GHIJ", "ABCDEFGHIJ", "90(ABC)DEFGHIJ", "0ABC-DEF-GHIJ",
    "0ABCDEFGHIJ", "+90ABCDEFGHIJ", "(0ABC) DEF GH IJ", "+90 (ABC) DEF-GH-IJ",
)  # fmt: skip
_PHONE_MIX: dict[str, tuple[float, ...]] = {
    "telco": (0.05, 0.05, 0.55, 0.02, 0.02, 0.25, 0.06, 0.0, 0.0),
    "card": (0.30, 0.10, 0.20, 0.02, 0.05, 0.25, 0.05, 0.03, 0.0),
    "crm": (0.35, 0.10, 0.10, 0.05, 0.10, 0.15, 0.05, 0.07, 0.03),
    "social": (0.25, 0.25, 0.10, 0.02, 0.05, 0.15, 0.15, 0.0, 0.03),
    "warranty": (0.35, 0.08, 0.12, 0.05, 0.10, 0.18, 0.04, 0.05, 0.03),
}
_CARD_TEMPLATES = ("ABCDEFGHIJKLMNOP", "ABCD EFGH IJKL MNOP", "ABCD-EFGH-IJKL-MNOP")
_CARD_MIX = (0.7, 0.2, 0.1)

# Birth-date formats: templates over the digits of yyyymmdd, or "d/m/yy" / "d.m.yyyy".
_DATE_FORMATS: tuple[str, ...] = (
    "ABCD-EF-GH", "GH.EF.ABCD", "d/m/yy", "ABCDEFGH", "GH/EF/ABCD", "d.m.yyyy",
)  # fmt: skip
_DATE_MIX: dict[str, tuple[float, ...]] = {
    "telco": (0.75, 0.15, 0.0, 0.10, 0.0, 0.0),
    "crm": (0.15, 0.50, 0.10, 0.05, 0.15, 0.05),
}

# Mistyped providers per provider (the provider itself where none is listed).
_DOMAIN_TYPO_LISTS = [V.EMAIL_DOMAIN_TYPOS.get(d, (d,)) for d, _ in V.EMAIL_PROVIDERS]
_DOMAIN_TYPO_COUNT = np.array([len(t) for t in _DOMAIN_TYPO_LISTS])
_DOMAIN_TYPOS = np.array(
    [[t[j % len(t)] for j in range(_DOMAIN_TYPO_COUNT.max())] for t in _DOMAIN_TYPO_LISTS],
    dtype=object,
)

_MAH_SUFFIX = ("Mah.", "Mahallesi", "Mh.", "Mah", "Mahalle")
_MAH_MIX = (0.45, 0.30, 0.12, 0.08, 0.05)
_AVE_SUFFIX = ("Cad.", "Caddesi", "Cd.", "Cad", "Cadde")
_STREET_SUFFIX = ("Sok.", "Sokak", "Sk.", "Sok", "Sokağı")
_ROAD_MIX = (0.45, 0.30, 0.15, 0.06, 0.04)
_NO_FORMS = ("No:{}", "No: {}", "No {}", "no.{}", "No.{}", "N:{}")
_NO_MIX = (0.55, 0.15, 0.12, 0.06, 0.08, 0.04)
_DOOR_FORMS = (" D:{}", " Daire:{}", " Daire {}", " D.{}", "/{}")
_DOOR_MIX = (0.55, 0.12, 0.10, 0.08, 0.15)
_MAX_BUILDING = 200
_MAX_DOOR = 40


def _styled_table(forms: Sequence[str]) -> np.ndarray:
    """(len(forms), S) object table of literal address parts in every style."""
    return np.array([_styled(f) for f in forms], dtype=object)


def _number_table(forms: Sequence[str], high: int, zero: str | None = None) -> np.ndarray:
    """(S, len(forms), high) object table: form ``f`` of number ``k`` in style ``s``."""
    out = np.empty((_N_STYLES, len(forms), high), dtype=object)
    for f, form in enumerate(forms):
        for k in range(high):
            text = zero if (k == 0 and zero is not None) else form.format(k)
            out[:, f, k] = _styled(text)
    return out


_TABLES: dict[str, np.ndarray] = {}


def _tables() -> dict[str, np.ndarray]:
    if not _TABLES:
        _TABLES.update(
            mah=_styled_table(_MAH_SUFFIX),
            ave=_styled_table(_AVE_SUFFIX),
            sok=_styled_table(_STREET_SUFFIX),
            no=_number_table(_NO_FORMS, _MAX_BUILDING),
            door=_number_table(_DOOR_FORMS, _MAX_DOOR, zero=""),
        )
    return _TABLES


# ----------------------------------------------------------------------------- generator


@dataclasses.dataclass
class _Persons:
    n: int
    household: np.ndarray
    household_size: np.ndarray  # per household
    is_head: np.ndarray
    twin: np.ndarray
    male: np.ndarray
    first: np.ndarray
    last: np.ndarray
    birth: np.ndarray  # days since 1970-01-01
    tckn: np.ndarray  # int64, 11 digits
    status: np.ndarray  # tier index
    lines: np.ndarray  # national numbers of all mobile lines
    line_start: np.ndarray
    n_lines: np.ndarray
    landline: np.ndarray  # per household, 0 = none
    address: dict[str, np.ndarray]  # per household
    emails: dict[str, np.ndarray]  # per e-mail slot
    email_start: np.ndarray
    n_emails: np.ndarray
    family_email: np.ndarray  # per household, None = none
    handles: dict[str, np.ndarray]
    handle_start: np.ndarray
    n_handles: np.ndarray
    cards: np.ndarray  # int64 16-digit numbers
    card_start: np.ndarray
    n_cards: np.ndarray


def _unique_draw(rng: np.random.Generator, draw: Any, n: int) -> np.ndarray:
    """Draw ``n`` values with ``draw(rng, size)`` and redraw duplicates until unique."""
    values = draw(rng, n)
    for _ in range(100):
        dup = pd.Series(values).duplicated().to_numpy()
        if not dup.any():
            return values
        values[dup] = draw(rng, int(dup.sum()))
    raise RuntimeError("could not draw unique values")  # pragma: no cover


def _starts(counts: np.ndarray) -> np.ndarray:
    return np.cumsum(counts) - counts


def _within(counts: np.ndarray) -> np.ndarray:
    """0, 1, ... inside each group of a ``np.repeat(..., counts)`` expansion."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(_starts(counts), counts)


def _year_days(years: np.ndarray) -> np.ndarray:
    return (
        (np.asarray(years, dtype=np.int64) - 1970)
        .astype("datetime64[Y]")
        .astype("datetime64[D]")
        .astype(np.int64)
    )


def _year_of(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def _tckn(rng: np.random.Generator, n: int) -> np.ndarray:
    """Unique TCKNs with a valid checksum (first digit not 0)."""
    base = _unique_draw(rng, lambda r, k: r.integers(10**8, 10**9, size=k), n)
    d = _digits(base, 9).astype(np.int64)
    d10 = ((d[:, 0] + d[:, 2] + d[:, 4] + d[:, 6] + d[:, 8]) * 7 - d[:, 1:8:2].sum(1)) % 10
    d11 = (d.sum(1) + d10) % 10
    return base * 100 + d10 * 10 + d11


def tckn_is_valid(values: Sequence[str]) -> np.ndarray:
    """Vectorised TCKN checksum test of 11-digit strings (used by the tests)."""
    arr = np.asarray([str(v) for v in values])
    ok = np.char.str_len(arr) == 11
    ok &= np.char.isdigit(arr)
    digits = np.zeros((len(arr), 11), dtype=np.int64)
    good = arr[ok]
    if len(good):
        digits[ok] = np.frombuffer("".join(good).encode(), dtype=np.uint8).reshape(-1, 11) - 48
    d = digits
    d10 = ((d[:, 0] + d[:, 2] + d[:, 4] + d[:, 6] + d[:, 8]) * 7 - d[:, 1:8:2].sum(1)) % 10
    d11 = d[:, :10].sum(1) % 10
    return ok & (d[:, 0] != 0) & (d[:, 9] == d10) & (d[:, 10] == d11)


def luhn_is_valid(values: Sequence[str]) -> np.ndarray:
    """Luhn test of card numbers (spaces and dashes ignored)."""
    out = []
    for value in values:
        digits = [int(c) for c in str(value) if c.isdigit()]
        total = 0
        for i, dig in enumerate(reversed(digits)):
            if i % 2:
                dig *= 2
                dig -= 9 if dig > 9 else 0
            total += dig
        out.append(len(digits) >= 12 and total % 10 == 0)
    return np.array(out, dtype=bool)


def _luhn_cards(rng: np.random.Generator, bins: Sequence[str], n: int) -> np.ndarray:
    def draw(r: np.random.Generator, k: int) -> np.ndarray:
        bin_index = r.choice(len(bins), size=k, p=_zipf(len(bins), 2.0))
        bin_values = np.array([int(b) for b in bins], dtype=np.int64)[bin_index]
        payload = bin_values * 10**9 + r.integers(0, 10**9, size=k)
        d = _digits(payload, 15).astype(np.int64)
        doubled = d[:, 14::-2] * 2  # every second digit from the right, starting at the last
        doubled = np.where(doubled > 9, doubled - 9, doubled)
        total = doubled.sum(1) + d[:, 13::-2].sum(1)
        return payload * 10 + (10 - total % 10) % 10

    return _unique_draw(rng, draw, n)


def _choice(rng: np.random.Generator, n: int, p: Sequence[float]) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    return rng.choice(len(p), size=n, p=p / p.sum())


def _draw_addresses(
    rng: np.random.Generator, pools: _Pools, n: int, city: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    if city is None:
        city = rng.choice(len(pools.p_city), size=n, p=pools.p_city)
    district = np.searchsorted(pools.district_cum, city + rng.random(n) * 0.999999)
    return {
        "city": city,
        "district": district,
        "mahalle": rng.integers(0, pools.mahalle.shape[0], size=n),
        "kind": _choice(rng, n, (0.30, 0.45, 0.25)),  # avenue, named street, numbered street
        "street": rng.integers(0, 100_000, size=n),
        "building": np.minimum(1 + rng.geometric(0.05, size=n), _MAX_BUILDING - 1),
        "door": np.where(
            rng.random(n) < 0.2, 0, np.minimum(rng.geometric(0.12, size=n), _MAX_DOOR - 1)
        ),
    }


def _postcode(pools: _Pools, comp: dict[str, np.ndarray]) -> np.ndarray:
    plate = pools.plate[comp["city"]]
    local = pools.district_local[comp["district"]]
    suffix = (100 + local * 40 + comp["mahalle"] % 40) % 1000
    return _render(_digits(plate * 1000 + suffix, 5), "ABCDE")


class _Generator:
    def __init__(self, n: int, seed: int, options: SyntheticOptions):
        self.n = n
        self.opt = options
        self.rng = np.random.default_rng(seed)
        self.pools = _pools(seed)
        self.tables = _tables()

    # ---------------------------------------------------------------- persons
    def persons(self) -> _Persons:
        rng, pools, n, opt = self.rng, self.pools, self.n, self.opt
        sizes = _choice(rng, n // 2 + 8, (0.34, 0.26, 0.18, 0.14, 0.06, 0.02)) + 1
        cum = np.cumsum(sizes)
        n_households = int(np.searchsorted(cum, n)) + 1
        sizes = sizes[:n_households].copy()
        sizes[-1] -= int(cum[n_households - 1]) - n
        household = np.repeat(np.arange(n_households), sizes)
        member = _within(sizes)
        head_of = _starts(sizes)
        is_head = member == 0
        is_spouse = (member == 1) & (rng.random(n) < 0.85)
        is_child = ~is_head & ~is_spouse

        has_spouse = np.zeros(n_households, dtype=bool)
        has_spouse[household[is_spouse]] = True
        male = np.empty(n, dtype=bool)
        male[is_head] = rng.random(n_households) < np.where(has_spouse, 0.85, 0.55)
        male[is_spouse] = ~male[head_of[household[is_spouse]]]
        male[is_child] = rng.random(int(is_child.sum())) < 0.5

        n_male_names = len(pools.p_male)

        def draw_first(mask: np.ndarray) -> np.ndarray:
            out = np.empty(int(mask.sum()), dtype=np.int64)
            m = male[mask]
            out[m] = rng.choice(n_male_names, size=int(m.sum()), p=pools.p_male)
            out[~m] = n_male_names + rng.choice(
                len(pools.p_female), size=int((~m).sum()), p=pools.p_female
            )
            return out

        first = draw_first(np.ones(n, dtype=bool))
        n_first = pools.first.shape[0]
        for _ in range(50):  # no two members of a household share a first name
            dup = pd.Series(household * n_first + first).duplicated().to_numpy()
            if not dup.any():
                break
            first[dup] = draw_first(dup)

        surname = rng.choice(len(pools.p_last), size=n_households, p=pools.p_last)
        last = surname[household]
        own = is_spouse & (rng.random(n) < 0.08)  # kept her own surname
        last[own] = rng.choice(len(pools.p_last), size=int(own.sum()), p=pools.p_last)

        head_year = np.clip(np.rint(rng.normal(1968, 13, n_households)), 1932, 2003)
        head_birth = _year_days(head_year) + rng.integers(0, 365, n_households)
        birth = head_birth[household].copy()
        birth[is_spouse] += np.rint(rng.normal(900, 1100, int(is_spouse.sum()))).astype(np.int64)
        birth[is_child] += rng.integers(22 * 365, 36 * 365, int(is_child.sum()))
        # Children born after 2008 move back a few years: customers are adults
        # (mostly) and clipping would pile many people on one date.
        low, high = _year_days(np.array([1930, 2009]))
        late = birth >= high
        birth[late] = high - 1 - rng.integers(0, 6 * 365, int(late.sum()))
        birth = np.maximum(birth, low)
        # Twins: a child born on the same day as the child listed before.
        prev_child = np.zeros(n, dtype=bool)
        prev_child[1:] = is_child[:-1] & (household[1:] == household[:-1])
        twin = is_child & prev_child & (rng.random(n) < opt.twin_rate)
        twin[1:] &= ~twin[:-1]
        twin_index = np.flatnonzero(twin)
        birth[twin_index] = birth[twin_index - 1]
        twin_pair = twin.copy()
        twin_pair[twin_index - 1] = True

        tckn = _tckn(rng, n)
        status = _choice(rng, n, [t[1] for t in V.STATUS_TIERS])

        # mobile lines
        n_lines = _choice(rng, n, (0.62, 0.25, 0.09, 0.04)) + 1
        prefixes = np.array([p for p, _ in V.GSM_PREFIXES], dtype=np.int64)
        p_prefix = np.array([w for _, w in V.GSM_PREFIXES], dtype=float)

        def draw_mobile(r: np.random.Generator, k: int) -> np.ndarray:
            pre = prefixes[r.choice(len(prefixes), size=k, p=p_prefix / p_prefix.sum())]
            return pre * 10**7 + r.integers(2_000_000, 10_000_000, size=k)

        lines = _unique_draw(rng, draw_mobile, int(n_lines.sum()))

        address = _draw_addresses(rng, pools, n_households)
        area = pools.district_area[address["district"]].astype(np.int64)
        has_landline = rng.random(n_households) < opt.landline_rate
        landline = area * 10**7 + rng.integers(2_000_000, 10_000_000, n_households)
        for _ in range(100):  # one landline per household
            dup = pd.Series(landline).duplicated().to_numpy()
            if not dup.any():
                break
            landline[dup] = area[dup] * 10**7 + rng.integers(2_000_000, 10_000_000, dup.sum())
        landline = np.where(has_landline, landline, 0)

        family_email, emails, n_emails = self._emails(household, sizes, first, last, birth)
        handles, n_handles = self._handles(first, last, birth, address["city"][household])
        n_cards = _choice(rng, n, (0.50, 0.33, 0.13, 0.04))
        bins = V.TEST_CARD_BINS if opt.card_bins == "test" else V.CARD_BINS
        cards = _luhn_cards(rng, bins, int(n_cards.sum()))

        return _Persons(
            n=n,
            household=household,
            household_size=sizes,
            is_head=is_head,
            twin=twin_pair,
            male=male,
            first=first,
            last=last,
            birth=birth,
            tckn=tckn,
            status=status,
            lines=lines,
            line_start=_starts(n_lines),
            n_lines=n_lines,
            landline=landline,
            address=address,
            emails=emails,
            email_start=_starts(n_emails),
            n_emails=n_emails,
            family_email=family_email,
            handles=handles,
            handle_start=_starts(n_handles),
            n_handles=n_handles,
            cards=cards,
            card_start=_starts(n_cards),
            n_cards=n_cards,
        )

    def _number_suffix(self, birth_year: np.ndarray, plate: np.ndarray) -> np.ndarray:
        rng = self.rng
        k = len(birth_year)
        kind = _choice(rng, k, (0.40, 0.12, 0.15, 0.08, 0.25))
        options = np.stack(
            [
                np.full(k, "", dtype=object),
                _STR_NUM[birth_year],
                _STR_2[birth_year % 100],
                _STR_2[plate],
                _STR_NUM[rng.integers(1, 1000, size=k)],
            ]
        )
        return options[kind, np.arange(k)]

    def _emails(
        self,
        household: np.ndarray,
        sizes: np.ndarray,
        first: np.ndarray,
        last: np.ndarray,
        birth: np.ndarray,
    ) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray]:
        rng, pools, opt = self.rng, self.pools, self.opt
        n = len(first)
        domains = np.array([d for d, _ in V.EMAIL_PROVIDERS], dtype=object)
        p_domain = [w for _, w in V.EMAIL_PROVIDERS]
        n_households = len(sizes)

        # shared family mailboxes: "yilmazailesi@", "demirler@"
        heads = _starts(sizes)
        fam = (sizes >= 2) & (rng.random(n_households) < opt.family_email_rate)
        fam_idx = np.flatnonzero(fam)
        surname = pools.last_ascii[last[heads[fam_idx]]]
        plural = pools.last_plural[last[heads[fam_idx]]]
        kind = rng.integers(0, 4, size=len(fam_idx))
        local = np.where(
            kind == 0,
            surname + "ailesi",
            np.where(kind == 1, plural, np.where(kind == 2, surname + "family", surname + "aile")),
        )
        local = local + np.where(rng.random(len(fam_idx)) < 0.5, "", _STR_NUM[fam_idx % 90 + 10])
        fam_address = local + "@" + domains[_choice(rng, len(fam_idx), p_domain)]

        # personal mailboxes
        n_emails = _choice(rng, n, (0.15, 0.65, 0.20))
        owner = np.repeat(np.arange(n), n_emails)
        k = len(owner)
        f, s = first[owner], last[owner]
        fa, sa = pools.first_ascii[f], pools.last_ascii[s]
        initial = np.array([x[:1] for x in pools.first_ascii], dtype=object)[f]
        sources = np.stack([fa, initial, sa, pools.nick_ascii[f], np.full(k, "", dtype=object)])
        # (part 1, separator, part 2) patterns, by share
        patterns = (
            (0, ".", 2, 0.28), (0, "", 2, 0.22), (0, "_", 2, 0.06), (1, "", 2, 0.10),
            (2, ".", 0, 0.05), (0, "", 4, 0.14), (3, "", 4, 0.05), (2, "", 0, 0.04),
            (1, ".", 2, 0.06),
        )  # fmt: skip
        pat = _choice(rng, k, [p[3] for p in patterns])
        p1 = sources[np.array([p[0] for p in patterns])[pat], np.arange(k)]
        sep = np.array([p[1] for p in patterns], dtype=object)[pat]
        p2 = sources[np.array([p[2] for p in patterns])[pat], np.arange(k)]
        year = _year_of(birth[owner])
        plate = self.pools.plate[rng.choice(len(self.pools.p_city), size=k, p=self.pools.p_city)]
        num = self._number_suffix(year, plate)
        # a bare first name needs a number to be plausible
        bare = (p2 == "") & (num == "")
        num[bare] = _STR_NUM[rng.integers(1, 1000, size=int(bare.sum()))]
        domain_index = _choice(rng, k, p_domain)
        domain = domains[domain_index]
        address = p1 + sep + p2 + num + "@" + domain
        for _ in range(100):
            everything = pd.Series(np.concatenate([fam_address, address]))
            dup = everything.duplicated().to_numpy()[len(fam_address) :]
            if not dup.any():
                break
            num[dup] = _STR_NUM[rng.integers(10, 10000, size=int(dup.sum()))]
            address[dup] = p1[dup] + sep[dup] + p2[dup] + num[dup] + "@" + domain[dup]
        family = np.full(n_households, None, dtype=object)
        family[fam_idx] = fam_address
        slots = {"owner": owner, "p1": p1, "sep": sep, "p2": p2, "num": num, "domain": domain}
        slots.update(domain_index=domain_index, address=address)
        return family, slots, n_emails

    def _handles(
        self, first: np.ndarray, last: np.ndarray, birth: np.ndarray, city: np.ndarray
    ) -> tuple[dict[str, np.ndarray], np.ndarray]:
        rng, pools = self.rng, self.pools
        n = len(first)
        n_handles = _choice(rng, n, (0.65, 0.28, 0.07))
        owner = np.repeat(np.arange(n), n_handles)
        k = len(owner)
        f, s = first[owner], last[owner]
        fa, sa, nick = pools.first_ascii[f], pools.last_ascii[s], pools.nick_ascii[f]
        initial = np.array([x[:1] for x in pools.first_ascii], dtype=object)[f]
        year = _year_of(birth[owner])
        plate = pools.plate[city[owner]]
        num = self._number_suffix(year, plate)
        pat = _choice(rng, k, (0.22, 0.18, 0.10, 0.12, 0.10, 0.10, 0.08, 0.10))
        core = np.select(
            [pat == 0, pat == 1, pat == 2, pat == 3, pat == 4, pat == 5, pat == 6],
            [
                fa + sa,
                fa + "_" + sa,
                fa + "." + sa,
                fa + np.where(num == "", _STR_2[plate], num),
                nick + "_" + _STR_2[plate],
                initial + sa + num,
                sa + fa,
            ],
            fa + sa + num,
        ).astype(object)
        platforms = [p for p, _ in V.SOCIAL_PLATFORMS]
        platform = _choice(rng, k, [w for _, w in V.SOCIAL_PLATFORMS])
        for _ in range(100):
            dup = pd.Series(core).duplicated().to_numpy()
            if not dup.any():
                break
            extra = _STR_NUM[rng.integers(1, 10000, size=int(dup.sum()))]
            core[dup] = core[dup] + np.where(rng.random(int(dup.sum())) < 0.5, "_", "") + extra
        n_forms = np.array([len(V.HANDLE_FORMS[p]) for p in platforms])
        width = int(n_forms.max())
        prefix = np.full((len(platforms), width), "", dtype=object)
        suffix = np.full((len(platforms), width), "", dtype=object)
        for i, p in enumerate(platforms):
            for j, (pre, suf) in enumerate(V.HANDLE_FORMS[p]):
                prefix[i, j], suffix[i, j] = pre, suf
        return {
            "owner": owner,
            "core": core,
            "platform": platform,
            "n_forms": n_forms,
            "prefix": prefix,
            "suffix": suffix,
        }, n_handles

    # ---------------------------------------------------------------- record fields
    def variant(self, k: int, mix: Sequence[float]) -> np.ndarray:
        """Pick a format per record; ``noise`` scales the share of all but the main one."""
        return _choice(self.rng, k, _style_mix(mix, self.opt.noise))

    def styles(self, source: str, k: int) -> np.ndarray:
        scale = self.opt.case_rate * self.opt.noise
        return _choice(self.rng, k, _style_mix(_NAME_STYLES[source], scale))

    def names(
        self, P: _Persons, p: np.ndarray, style: np.ndarray, source: str
    ) -> dict[str, np.ndarray]:
        rng, opt, pools = self.rng, self.opt, self.pools
        k = len(p)
        f_item, s_item = P.first[p], P.last[p]
        typo = rng.random(k) < opt.rate("typo_rate")
        form = np.zeros(k, dtype=np.int64)
        form[typo] = 1 + rng.integers(0, _K_NAME, size=int(typo.sum()))
        short = pools.first_double[f_item] & ~typo & (rng.random(k) < opt.rate("middle_drop_rate"))
        u = rng.random(k)
        initial_share = 0.5 if source == "card" else 0.1
        form[short] = np.where(
            u[short] < initial_share,
            _K_NAME + 3,
            np.where(u[short] < initial_share + 0.15, _K_NAME + 2, _K_NAME + 1),
        )
        first = pools.first[f_item, form, style]
        sform = np.zeros(k, dtype=np.int64)
        styp = rng.random(k) < opt.rate("typo_rate")
        sform[styp] = 1 + rng.integers(0, _K_NAME, size=int(styp.sum()))
        last = pools.last[s_item, sform, style]
        swap = rng.random(k) < opt.rate("swap_rate")

        if source in ("telco", "crm"):
            first, last = np.where(swap, last, first), np.where(swap, first, last)
            merged = rng.random(k) < opt.rate("merged_name_rate")
            last = np.where(merged, first + " " + last, last)
            first = np.where(merged, np.nan, first)
            return {"first_name": first, "last_name": last}

        full = np.where(swap, last + " " + first, first + " " + last)
        if source == "social":
            # display names: full, first only, nickname (+ surname), "Mehmet Y.", decorated
            kind = self.variant(k, (0.55, 0.15, 0.12, 0.13, 0.05))
            nick = pools.first_nick[f_item, style]
            with_last = rng.random(k) < 0.5
            initial = pools.last[s_item, _K_NAME + 1, style]
            emoji = np.array(V.EMOJI_DECORATIONS, dtype=object)[
                rng.integers(0, len(V.EMOJI_DECORATIONS), size=k)
            ]
            full = np.select(
                [kind == 1, kind == 2, kind == 3, kind == 4],
                [
                    first,
                    np.where(with_last, nick + " " + last, nick),
                    first + " " + initial,
                    full + emoji,
                ],
                full,
            ).astype(object)
        return {"full_name": full}

    def phones(self, numbers: np.ndarray, source: str) -> np.ndarray:
        rng = self.rng
        k = len(numbers)
        numbers = numbers.copy()
        wrong = np.flatnonzero(rng.random(k) < self.opt.rate("phone_error_rate"))
        if len(wrong):
            power = 10 ** rng.integers(0, 7, size=len(wrong))
            old = (numbers[wrong] // power) % 10
            new = (old + rng.integers(1, 10, size=len(wrong))) % 10
            numbers[wrong] += (new - old) * power
        fmt = self.variant(k, _PHONE_MIX[source])
        out = np.empty(k, dtype=object)
        digits = _digits(numbers, 10)
        for f, template in enumerate(_PHONE_TEMPLATES):
            sel = fmt == f
            if sel.any():
                out[sel] = _render(digits[sel], template)
        return out

    def call_centres(self, phone: np.ndarray) -> np.ndarray:
        hit = self.rng.random(len(phone)) < self.opt.rate("call_centre_rate")
        centres = np.array(V.CALL_CENTRES, dtype=object)
        phone = phone.copy()
        phone[hit] = centres[self.rng.integers(0, len(centres), size=int(hit.sum()))]
        return phone

    def dates(self, days: np.ndarray, source: str) -> np.ndarray:
        rng, opt = self.rng, self.opt
        k = len(days)
        dt = days.astype("datetime64[D]")
        month_start = dt.astype("datetime64[M]")
        y = dt.astype("datetime64[Y]").astype(np.int64) + 1970
        m = month_start.astype(np.int64) % 12 + 1
        d = (dt - month_start.astype("datetime64[D]")).astype(np.int64) + 1
        wrong = rng.random(k) < opt.rate("date_error_rate")
        part = rng.integers(0, 3, size=k)
        delta = rng.integers(1, 10, size=k)
        d = np.where(wrong & (part == 0), 1 + (d - 1 + delta) % 28, d)
        m = np.where(wrong & (part == 1), 1 + (m - 1 + delta) % 12, m)
        y = np.where(wrong & (part == 2), y - y % 10 + (y % 10 + delta) % 10, y)
        d = np.where(wrong & (part == 1), np.minimum(d, 28), d)
        swap = (rng.random(k) < opt.rate("date_swap_rate")) & (d <= 12) & (d != m)
        d, m = np.where(swap, m, d), np.where(swap, d, m)
        fmt = self.variant(k, _DATE_MIX[source])
        digits = _digits(y * 10000 + m * 100 + d, 8)
        out = np.empty(k, dtype=object)
        for f, template in enumerate(_DATE_FORMATS):
            sel = fmt == f
            if not sel.any():
                continue
            if template == "d/m/yy":
                out[sel] = _STR_NUM[d[sel]] + "/" + _STR_NUM[m[sel]] + "/" + _STR_2[y[sel] % 100]
            elif template == "d.m.yyyy":
                out[sel] = _STR_NUM[d[sel]] + "." + _STR_NUM[m[sel]] + "." + _STR_NUM[y[sel]]
            else:
                out[sel] = _render(digits[sel], template)
        return out

    def place_forms(self, items: np.ndarray, alias_ok: np.ndarray | None = None) -> np.ndarray:
        rng = self.rng
        k = len(items)
        form = np.zeros(k, dtype=np.int64)
        typo = rng.random(k) < self.opt.rate("address_typo_rate")
        form[typo] = 1 + rng.integers(0, _K_PLACE, size=int(typo.sum()))
        if alias_ok is not None:
            alias = alias_ok & ~typo & (rng.random(k) < self.opt.rate("alias_rate"))
            form[alias] = _K_PLACE + 1
        return form

    def address_parts(self, P: _Persons, p: np.ndarray, movable: bool) -> dict[str, np.ndarray]:
        comp = {key: value[P.household[p]] for key, value in P.address.items()}
        if movable:
            moved = np.flatnonzero(self.rng.random(len(p)) < self.opt.rate("moved_rate"))
            same_city = self.rng.random(len(moved)) < 0.5
            fresh = _draw_addresses(
                self.rng,
                self.pools,
                len(moved),
                city=np.where(
                    same_city,
                    comp["city"][moved],
                    self.rng.choice(len(self.pools.p_city), size=len(moved), p=self.pools.p_city),
                ),
            )
            for key, value in fresh.items():
                comp[key][moved] = value
        return comp

    def address_text(
        self, comp: dict[str, np.ndarray], style: np.ndarray, tail_rate: float = 0.0
    ) -> dict[str, np.ndarray]:
        rng, pools, t = self.rng, self.pools, self.tables
        k = len(style)
        mah = pools.mahalle[comp["mahalle"], self.place_forms(comp["mahalle"]), style]
        mah = mah + " " + t["mah"][self.variant(k, _MAH_MIX), style] + " "
        mah = np.where(rng.random(k) < self.opt.rate_of(0.05), "", mah)  # neighbourhood left out
        kind, street = comp["kind"], comp["street"]
        ave_i = street % pools.avenue.shape[0]
        str_i = street % pools.street.shape[0]
        number = 1 + street % 3000
        road_form = self.variant(k, _ROAD_MIX)
        name = np.where(
            kind == 0,
            pools.avenue[ave_i, self.place_forms(ave_i), style],
            np.where(
                kind == 1,
                pools.street[str_i, self.place_forms(str_i), style],
                _STR_NUM[number] + np.where(rng.random(k) < 0.3, ".", ""),
            ),
        )
        suffix = np.where(kind == 0, t["ave"][road_form, style], t["sok"][road_form, style])
        no = t["no"][style, self.variant(k, _NO_MIX), comp["building"]]
        door = t["door"][style, self.variant(k, _DOOR_MIX), comp["door"]]
        address = mah + name + " " + suffix + " " + no + door
        district = pools.district[comp["district"], self.place_forms(comp["district"]), style]
        alias_ok = pools.city_has_alias[comp["city"]]
        city = pools.city[comp["city"], self.place_forms(comp["city"], alias_ok), style]
        if tail_rate:
            tail = rng.random(k) < self.opt.rate_of(tail_rate)
            address = np.where(tail, address + " " + district + "/" + city, address)
        return {
            "address": address,
            "district": district,
            "city": city,
            "postcode": _postcode(pools, comp),
        }

    def email_text(self, P: _Persons, slot: np.ndarray) -> np.ndarray:
        """E-mail of each slot, some written differently (case, dots, +tag, typo, spaces)."""
        rng = self.rng
        e = P.emails
        out = e["address"][slot].copy()
        k = len(slot)
        hit = np.flatnonzero(rng.random(k) < self.opt.rate("email_variant_rate"))
        if not len(hit):
            return out
        s = slot[hit]
        kind = rng.integers(0, 7, size=len(hit))
        gmail = e["domain"][s] == "gmail.com"
        kind = np.where(~gmail & np.isin(kind, (2, 3, 4)), kind % 2, kind)
        text = pd.Series(out[hit])
        p1, sep, p2, num, dom = (e[key][s] for key in ("p1", "sep", "p2", "num", "domain"))
        dotted = np.where(sep == ".", p1 + p2, np.where(p2 == "", p1, p1 + "." + p2))
        tag = np.where(rng.random(len(hit)) < 0.5, "shop", "banka").astype(object)
        domain_index = e["domain_index"][s]
        n_typos = _DOMAIN_TYPO_COUNT[domain_index]
        typo_domain = _DOMAIN_TYPOS[domain_index, (rng.random(len(hit)) * n_typos).astype(int)]
        variants = [
            text.str.upper().to_numpy(dtype=object),  # 0: MEHMET.YILMAZ@GMAIL.COM
            text.str.capitalize().to_numpy(dtype=object),  # 1: Mehmet.yilmaz@gmail.com
            dotted + num + "@" + dom,  # 2: Gmail ignores dots
            p1 + sep + p2 + num + "@googlemail.com",  # 3
            p1 + sep + p2 + num + "+" + tag + "@" + dom,  # 4: plus-tag
            p1 + sep + p2 + num + "@" + typo_domain,  # 5: mistyped provider
            " " + text.to_numpy(dtype=object) + " ",  # 6: stray spaces
        ]
        out[hit] = np.stack(variants)[kind, np.arange(len(hit))]
        return out

    def handle_text(self, P: _Persons, slot: np.ndarray) -> np.ndarray:
        rng = self.rng
        h = P.handles
        k = len(slot)
        core = h["core"][slot].copy()
        hit = np.flatnonzero(rng.random(k) < self.opt.rate("handle_variant_rate"))
        if len(hit):
            core[hit] = pd.Series(core[hit]).str.capitalize().to_numpy(dtype=object)
        platform = h["platform"][slot]
        form = (rng.random(k) * h["n_forms"][platform]).astype(np.int64)
        form[rng.random(k) >= self.opt.rate_of(1.0)] = 0  # noise=0: the plain form
        return h["prefix"][platform, form] + core + h["suffix"][platform, form]

    def tckn_text(self, values: np.ndarray) -> np.ndarray:
        rng = self.rng
        values = values.copy()
        wrong = np.flatnonzero(rng.random(len(values)) < self.opt.rate("tckn_error_rate"))
        if len(wrong):
            power = 10 ** rng.integers(0, 10, size=len(wrong))
            old = (values[wrong] // power) % 10
            values[wrong] += ((old + rng.integers(1, 10, size=len(wrong))) % 10 - old) * power
        return _render(_digits(values, 11), "ABCDEFGHIJK")

    # ---------------------------------------------------------------- sources
    def pick_line(self, P: _Persons, p: np.ndarray) -> np.ndarray:
        """A mobile line of each person: the first one mostly."""
        rng = self.rng
        k = len(p)
        j = np.where(rng.random(k) < 0.7, 0, (rng.random(k) * P.n_lines[p]).astype(np.int64))
        return P.lines[P.line_start[p] + j]

    def pick_email(self, P: _Persons, p: np.ndarray, family_share: float) -> np.ndarray:
        rng = self.rng
        k = len(p)
        out = np.full(k, np.nan, dtype=object)
        has = P.n_emails[p] > 0
        j = np.where(rng.random(k) < 0.75, 0, P.n_emails[p] - 1)
        slot = P.email_start[p] + j
        out[has] = self.email_text(P, slot[has])
        fam = P.family_email[P.household[p]]
        use_family = (fam != None) & (rng.random(k) < family_share)  # noqa: E711
        out[use_family] = fam[use_family]
        return out

    def status(self, P: _Persons, p: np.ndarray, k_item: np.ndarray) -> np.ndarray:
        tiers = np.array([tier for tier, _ in V.STATUS_TIERS], dtype=object)
        tier = P.status[p]
        keep = (k_item == 0) | (self.rng.random(len(p)) < 0.5)
        return tiers[np.where(keep, tier, 0)]

    def gender(self, P: _Persons, p: np.ndarray) -> np.ndarray:
        return np.where(P.male[p], "M", "F").astype(object)

    def telco(self, P: _Persons, counts: np.ndarray, landline_rec: np.ndarray) -> dict:
        p = np.repeat(np.arange(P.n), counts)
        item = _within(counts)
        k = len(p)
        is_land = landline_rec[p] & (item == counts[p] - 1)
        number = np.where(
            is_land,
            P.landline[P.household[p]],
            P.lines[P.line_start[p] + np.minimum(item, P.n_lines[p] - 1)],
        )
        style = self.styles("telco", k)
        cols = self.names(P, p, style, "telco")
        cols.update(self.address_text(self.address_parts(P, p, movable=True), style))
        cols.update(
            gender=self.gender(P, p),
            birth_date=self.dates(P.birth[p], "telco"),
            tckn=self.tckn_text(P.tckn[p]),
            phone=self.phones(number, "telco"),
            status=self.status(P, p, np.where(is_land, 1, item)),
        )
        return self._finish("telco", p, cols)

    def card(self, P: _Persons) -> dict:
        p = np.repeat(np.arange(P.n), P.n_cards)
        item = _within(P.n_cards)
        k = len(p)
        style = self.styles("card", k)
        cols = self.names(P, p, style, "card")
        fmt = self.variant(k, _CARD_MIX)
        digits = _digits(P.cards[P.card_start[p] + item], 16)
        number = np.empty(k, dtype=object)
        for f, template in enumerate(_CARD_TEMPLATES):
            sel = fmt == f
            if sel.any():
                number[sel] = _render(digits[sel], template)
        cols.update(
            card_number=number,
            phone=self.phones(self.pick_line(P, p), "card"),
            tckn=self.tckn_text(P.tckn[p]),
            status=self.status(P, p, item),
        )
        return self._finish("card", p, cols)

    def crm(self, P: _Persons, counts: np.ndarray) -> dict:
        rng = self.rng
        p = np.repeat(np.arange(P.n), counts)
        k = len(p)
        style = self.styles("crm", k)
        cols = self.names(P, p, style, "crm")
        cols.update(self.address_text(self.address_parts(P, p, movable=True), style, 0.12))
        land = P.landline[P.household[p]]
        number = np.where((land > 0) & (rng.random(k) < 0.3), land, self.pick_line(P, p))
        has_handle = P.n_handles[p] > 0
        handle = np.full(k, np.nan, dtype=object)
        handle[has_handle] = self.handle_text(P, P.handle_start[p[has_handle]])
        cols.update(
            gender=self.gender(P, p),
            birth_date=self.dates(P.birth[p], "crm"),
            tckn=self.tckn_text(P.tckn[p]),
            phone=self.call_centres(self.phones(number, "crm")),
            email=self.pick_email(P, p, 0.4),
            handle=handle,
            status=self.status(P, p, np.zeros(k, dtype=np.int64)),
        )
        return self._finish("crm", p, cols)

    def social(self, P: _Persons) -> dict:
        p = np.repeat(np.arange(P.n), P.n_handles)
        item = _within(P.n_handles)
        k = len(p)
        style = self.styles("social", k)
        cols = self.names(P, p, style, "social")
        city = self.address_text(self.address_parts(P, p, movable=True), style)["city"]
        cols.update(
            handle=self.handle_text(P, P.handle_start[p] + item),
            phone=self.phones(self.pick_line(P, p), "social"),
            email=self.pick_email(P, p, 0.0),
            city=city,
        )
        return self._finish("social", p, cols)

    def warranty(self, P: _Persons, counts: np.ndarray) -> dict:
        rng = self.rng
        p = np.repeat(np.arange(P.n), counts)
        k = len(p)
        style = self.styles("warranty", k)
        cols = self.names(P, p, style, "warranty")
        place = self.address_text(self.address_parts(P, p, movable=True), style)
        land = P.landline[P.household[p]]
        number = np.where((land > 0) & (rng.random(k) < 0.2), land, self.pick_line(P, p))
        cols.update(
            phone=self.call_centres(self.phones(number, "warranty")),
            email=self.pick_email(P, p, 0.3),
            city=place["city"],
            district=place["district"],
        )
        return self._finish("warranty", p, cols)

    def _finish(self, source: str, p: np.ndarray, cols: dict[str, np.ndarray]) -> dict:
        """Blank fields a source often lacks, plus the general missing rate."""
        rng = self.rng
        k = len(p)
        presence = _PRESENCE[source]
        for column, share in presence.items():
            values = cols[column]
            if column in _REQUIRED.get(source, ()):
                continue
            missing = self.opt.rate("missing_rate")
            if column in ("first_name", "last_name", "full_name"):
                missing *= 0.3
            gone = rng.random(k) >= share * (1.0 - missing)
            values = values.astype(object, copy=True)
            values[gone] = np.nan
            cols[column] = values
        extra = set(cols) - set(presence)
        if extra:  # pragma: no cover - guards the tables above
            raise AssertionError(f"{source}: no presence share for {sorted(extra)}")
        cols["_person"] = p
        return cols


# Share of records of each source that carry a field (before missing_rate).
_PRESENCE: dict[str, dict[str, float]] = {
    "telco": {
        "first_name": 1.0, "last_name": 1.0, "gender": 0.9, "birth_date": 0.92, "tckn": 0.85,
        "phone": 1.0, "address": 0.95, "district": 0.95, "city": 0.98, "postcode": 0.7,
        "status": 1.0,
    },
    # Turkish cards need a registered mobile for 3-D Secure SMS, and issuers hold the
    # holder's TCKN (KYC); card exports carry the TCKN less often than the phone.
    "card": {"full_name": 1.0, "card_number": 1.0, "phone": 0.85, "tckn": 0.5, "status": 0.95},
    "crm": {
        "first_name": 1.0, "last_name": 1.0, "gender": 0.7, "birth_date": 0.75, "tckn": 0.45,
        "phone": 0.9, "email": 0.85, "handle": 0.05, "address": 0.85, "district": 0.8,
        "city": 0.9, "postcode": 0.5, "status": 0.95,
    },
    "social": {"full_name": 0.95, "handle": 1.0, "phone": 0.08, "email": 0.15, "city": 0.2},
    "warranty": {"full_name": 1.0, "phone": 0.9, "email": 0.65, "city": 0.85, "district": 0.4},
}  # fmt: skip
_REQUIRED: dict[str, frozenset[str]] = {
    "telco": frozenset({"phone"}),
    "card": frozenset({"card_number"}),
    "social": frozenset({"handle"}),
}


def generate(n_persons: int, seed: int = 0, **options: Any) -> Dataset:
    """Synthetic Turkish multi-source customer records with the true person of each.

    Parameters
    ----------
    n_persons:
        Number of real people. Each appears in one to a dozen records (2.85 on
        average) across the sources ``telco``, ``card``, ``crm``, ``social``
        and ``warranty``.
    seed:
        Seed of the numpy random generator: the same seed (and numpy version)
        gives identical output.
    **options:
        Fields of :class:`SyntheticOptions`, such as ``noise=0`` for clean
        data, ``typo_rate=0.1`` or ``card_bins="test"``.

    Returns
    -------
    Dataset
        ``records`` with the columns in :data:`COLUMNS` (missing values NaN),
        shuffled; ``truth`` (person id such as ``p0000042`` per record);
        ``household`` (household id per record); ``persons`` (the true
        attributes of each person).
    """
    if isinstance(n_persons, bool) or not isinstance(n_persons, int | np.integer):
        raise ConfigError(f"n_persons must be an integer, not {n_persons!r}")
    if n_persons < 1:
        raise ConfigError(f"n_persons must be at least 1, got {n_persons}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ConfigError(f"seed must be a non-negative integer, not {seed!r}")
    try:
        opt = SyntheticOptions(**options)
    except TypeError as exc:
        valid = ", ".join(f.name for f in dataclasses.fields(SyntheticOptions))
        raise ConfigError(f"unknown option for generate(): {exc}; valid options: {valid}") from exc

    g = _Generator(int(n_persons), int(seed), opt)
    rng = g.rng
    P = g.persons()
    n = P.n

    # how many records each person has in each source
    in_telco = rng.random(n) < 0.65
    landline_rec = P.is_head & (P.landline[P.household] > 0) & (rng.random(n) < 0.6)
    telco_n = np.where(in_telco, P.n_lines, 0) + landline_rec
    crm_n = (rng.random(n) < 0.30).astype(np.int64) + (rng.random(n) < 0.03)
    warranty_n = _choice(rng, n, (0.78, 0.17, 0.04, 0.01))
    total = telco_n + P.n_cards + crm_n + P.n_handles + warranty_n
    nobody = total == 0
    telco_n = np.where(nobody, 1, telco_n)
    landline_rec &= ~nobody

    parts = [
        g.telco(P, telco_n, landline_rec),
        g.card(P),
        g.crm(P, crm_n),
        g.social(P),
        g.warranty(P, warranty_n),
    ]
    sizes = [len(part["_person"]) for part in parts]
    n_records = sum(sizes)
    order = rng.permutation(n_records)

    person = np.concatenate([part["_person"] for part in parts])[order]
    # One 2-D object block, filled column by column: pandas keeps it without a copy.
    block = np.empty((len(COLUMNS), n_records), dtype=object)
    record_ids = _ids("r", np.arange(1, n_records + 1), _id_width(n_records))
    block[0] = record_ids
    block[1] = np.repeat(np.array(SOURCES, dtype=object), sizes)[order]
    for row, column in enumerate(COLUMNS[2:], start=2):
        chunks = []
        for part, size in zip(parts, sizes, strict=True):
            values = part.pop(column, None)
            chunks.append(np.full(size, np.nan, dtype=object) if values is None else values)
        block[row] = np.concatenate(chunks)[order]
    del parts, chunks
    records = pd.DataFrame(block.T, columns=list(COLUMNS), copy=False)

    person_ids = _ids("p", np.arange(1, n + 1), _id_width(n))
    household_ids = _ids("h", np.arange(1, len(P.household_size) + 1), _id_width(n))
    index = pd.Index(record_ids, name=Dataset.id_column)
    truth = pd.Series(person_ids[person], index=index, name="entity_id")
    household = pd.Series(household_ids[P.household[person]], index=index, name="household_id")
    return Dataset(
        name=f"synthetic-{n}-seed{seed}",
        records=records,
        truth=truth,
        household=household,
        persons=_persons_table(g, P, person_ids, household_ids),
    )


def _persons_table(
    g: _Generator, P: _Persons, person_ids: np.ndarray, household_ids: np.ndarray
) -> pd.DataFrame:
    """The true, clean attributes of every person (index ``entity_id``)."""
    pools = g.pools
    title = np.zeros(P.n, dtype=np.int64)
    canon = np.zeros(P.n, dtype=np.int64)
    comp = {key: value[P.household] for key, value in P.address.items()}
    t = g.tables
    kind, street = comp["kind"], comp["street"]
    name = np.where(
        kind == 0,
        pools.avenue[street % pools.avenue.shape[0], canon, title],
        np.where(
            kind == 1,
            pools.street[street % pools.street.shape[0], canon, title],
            _STR_NUM[1 + street % 3000],
        ),
    )
    suffix = np.where(kind == 0, t["ave"][0, 0], t["sok"][0, 0])
    address = (
        pools.mahalle[comp["mahalle"], canon, title] + " " + t["mah"][0, 0] + " " + name + " "
        + suffix + " " + t["no"][0, 0, comp["building"]] + t["door"][0, 0, comp["door"]]
    )  # fmt: skip
    tiers = np.array([tier for tier, _ in V.STATUS_TIERS], dtype=object)
    email = np.full(P.n, np.nan, dtype=object)
    has_email = P.n_emails > 0
    email[has_email] = P.emails["address"][P.email_start[has_email]]
    table = pd.DataFrame(
        {
            "first_name": pools.first[P.first, canon, title],
            "last_name": pools.last[P.last, canon, title],
            "gender": np.where(P.male, "M", "F").astype(object),
            "birth_date": P.birth.astype("datetime64[D]").astype(str).astype(object),
            "tckn": _render(_digits(P.tckn, 11), "ABCDEFGHIJK"),
            "mobile": _render(_digits(P.lines[P.line_start], 10), "0ABCDEFGHIJ"),
            "email": email,
            "address": address,
            "district": pools.district[comp["district"], canon, title],
            "city": pools.city[comp["city"], canon, title],
            "postcode": _postcode(pools, comp),
            "status": tiers[P.status],
            "household_id": household_ids[P.household],
            "twin": P.twin,
            "n_lines": P.n_lines,
            "n_cards": P.n_cards,
        },
        index=pd.Index(person_ids, name="entity_id"),
    )
    return table


# ----------------------------------------------------------------------------- CLI


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tekil.datasets.synthetic",
        description="Generate synthetic Turkish customer records with ground truth.",
    )
    parser.add_argument("--sample", action="store_true", help="rewrite the bundled sample CSV")
    parser.add_argument("--persons", type=int, default=1000, help="number of persons")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", help="CSV to write (records plus person_id, household_id)")
    args = parser.parse_args(argv)
    if args.sample:
        from tekil.datasets.sample import write_sample

        path = write_sample()
        print(f"wrote {path}")
        return 0
    if not args.out:
        parser.error("give --out FILE.csv (or --sample)")
    from tekil.datasets.sample import to_frame

    data = generate(args.persons, seed=args.seed)
    to_frame(data).to_csv(args.out, index=False, lineterminator="\n")
    print(f"wrote {args.out}: {data!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
