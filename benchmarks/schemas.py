"""Zero-config on other schemas and error patterns: Faker's people, written the ways files do.

    python benchmarks/schemas.py                                  # en_US, 3,000 persons, hard
    python benchmarks/schemas.py --locales ru_RU el_GR --variants base transliterated

Each variant rewrites the same people (``foreign.people``: hard mode unless ``--easy``) one
way: the address in one column, an unnamed whole-name column, abbreviated column names, a
country column of one value, unrelated columns, 4 in 10 records in Latin letters (Cyrillic
and Greek locales), the area code apart from the number, junk for missing values, a whole
name beside its parts, spreadsheet habits, an age (written a year or two apart) instead of
the birth date, Splink's historical-people columns (no street, phone or e-mail). tekil runs with no settings; one row per locale and variant: records, pair
precision, recall and F1 (the base row is ``foreign.py``'s own).
Needs ``faker`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
from collections.abc import Callable

import numpy as np
import pandas as pd

import tekil
from foreign import people, with_fixed_string_hash

Variant = Callable[[pd.DataFrame, random.Random, str], pd.DataFrame | None]


def _joined(*parts) -> str | None:
    return ", ".join(p for p in parts if p) or None


def one_line_address(df, rnd, locale):
    address = [_joined(*p) for p in zip(df["Street"], df["Town"], df["ZIP"], strict=True)]
    return df.drop(columns=["Street", "Town", "ZIP"]).assign(Address=address)


def unnamed_whole_name(df, rnd, locale):
    names = zip(df["Given Name"], df["Family Name"], strict=True)
    whole = [" ".join(x for x in (g, f) if x) or None for g, f in names]
    return df.drop(columns=["Given Name", "Family Name"]).assign(Customer=whole)


def _family_first_half(df, rnd, family=str):
    """Whole names in one column, half of them family name first (written by ``family``)."""
    names = zip(df["Given Name"], df["Family Name"], strict=True)
    whole = [
        (f"{family(f)} {g}" if rnd.random() < 0.5 else f"{g} {f}") if g and f else (g or f)
        for g, f in names
    ]
    return df.drop(columns=["Given Name", "Family Name"]).assign(Name=whole)


def family_name_first_in_capitals(df, rnd, locale):
    # As French and many official forms write a whole name: "DUPONT Jean", here half the time.
    return _family_first_half(df, rnd, str.upper)


def whole_name_both_orders(df, rnd, locale):
    # Two systems' exports in one column, one writing "Smith John", the other "John Smith",
    # half and half, nothing in the name to tell which (no capitals, no comma).
    return _family_first_half(df, rnd)


def abbreviated_columns(df, rnd, locale):
    short = ["fname", "lname", "dob", "addr1", "cty", "zip5", "ph", "eml"]
    return df.rename(columns=dict(zip(foreign_columns(), short, strict=True)))


def no_column_names(df, rnd, locale):
    # A CSV read without its header row, or an export whose columns are numbered: the roles
    # must come from the values alone (the id column keeps its name: the probe needs it).
    own = [c for c in df.columns if c != "rid"]
    return df.rename(columns={c: f"column_{k + 1}" for k, c in enumerate(own)})


def constant_country(df, rnd, locale):
    return df.assign(country=locale.split("_")[1])


def unrelated_columns(df, rnd, locale):
    rng = np.random.default_rng(3)
    n = len(df)
    return df.assign(
        created_at=pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 1500, n), "D"),
        status=rng.choice(["active", "closed", "pending"], n),
        amount=np.round(rng.gamma(2, 50, n), 2),
        account_no=[f"{k:08d}" for k in rng.permutation(10**7)[:n]],
        notes=rng.choice(["called twice", "prefers e-mail", None, "VIP, handle with care"], n),
    )


def splink_historical(df, rnd, locale):
    # The columns of Splink's demo data of historical people: the whole name twice, its parts,
    # a birth date, a birthplace, a postcode and an occupation (drawn per record here: it has no
    # role and is not compared); no street, phone or e-mail.
    whole = unnamed_whole_name(df, rnd, locale)["Customer"]
    born = pd.to_datetime(df["Birthday"], errors="coerce", format="mixed")
    jobs = ["teacher", "farmer", "clerk", "nurse", "engineer", "merchant", None]
    return pd.DataFrame(
        {
            "rid": df["rid"],
            "full_name": whole,
            "first_and_surname": whole,
            "first_name": df["Given Name"],
            "surname": df["Family Name"],
            "dob": born.dt.strftime("%Y-%m-%d"),
            "birth_place": df["Town"],
            "postcode_fake": df["ZIP"],
            "occupation": [rnd.choice(jobs) for _ in range(len(df))],
        }
    )


# Cyrillic and Greek letters as a card writes them ("-": not written), spelt a little
# differently from tekil's own table, as another system would.
_SPELLINGS = (
    "а:a б:b в:v г:g д:d е:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f "
    "х:kh ц:ts ч:ch ш:sh щ:shch ъ:- ы:y ь:- э:e ю:yu я:ya і:i ї:yi є:ye ґ:g α:a β:v γ:g δ:d "
    "ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s τ:t υ:y φ:f χ:ch ψ:ps ω:o ά:a "
    "έ:e ή:i ί:i ό:o ύ:y ώ:o ς:s"
)
_LATIN = dict(pair.split(":") for pair in _SPELLINGS.split())


def _latin(text):
    if not isinstance(text, str):
        return text
    out = []
    for ch in text:
        latin = _LATIN.get(ch.lower(), ch).replace("-", "")
        out.append(latin.capitalize() if ch != ch.lower() else latin)
    return "".join(out)


def transliterated(df, rnd, locale):
    if not any(ch in _LATIN for ch in "".join(df["Family Name"].dropna().str.lower())):
        return None  # a locale written in Latin letters already
    chosen = np.array([rnd.random() < 0.4 for _ in range(len(df))])
    out = df.copy()
    for col in ("Given Name", "Family Name", "Street", "Town"):
        out.loc[chosen, col] = out.loc[chosen, col].map(_latin)
    return out


def area_code_apart(df, rnd, locale):
    digits = df["Tel"].fillna("").str.split("x").str[0].str.replace(r"\D", "", regex=True)
    whole = digits.str[-10:].where(digits.str.len() >= 10)
    return df.drop(columns=["Tel"]).assign(
        **{"Area Code": whole.str[:3], "Phone Number": whole.str[3:6] + "-" + whole.str[6:]}
    )


def junk_for_missing(df, rnd, locale):
    tokens = [None, "NULL", "N/A", "-", "?", "", "none", "0"]

    def cell(v):
        if v is None:
            return rnd.choice(tokens)
        return "\u00a0" + v + " \u200b" if rnd.random() < 0.1 else v

    out = df.assign(**{c: [cell(v) for v in df[c]] for c in foreign_columns() if c != "Birthday"})
    dates = [None, "0000-00-00", "1900-01-01", "unknown"]
    return out.assign(Birthday=[v if v is not None else rnd.choice(dates) for v in df["Birthday"]])


def whole_name_beside_parts(df, rnd, locale):
    return (
        unnamed_whole_name(df, rnd, locale)
        .rename(columns={"Customer": "Full Name"})
        .assign(**{"Given Name": df["Given Name"], "Family Name": df["Family Name"]})
    )


def spreadsheet(df, rnd, locale):
    def marked(v):
        return "'" + v if isinstance(v, str) and rnd.random() < 0.3 else v

    numeric = [int(v) if isinstance(v, str) and v.isdigit() and rnd.random() < 0.5 else v
               for v in df["ZIP"]]  # fmt: skip
    return df.assign(Tel=[marked(v) for v in df["Tel"]], ZIP=pd.Series(numeric, dtype=object))


_AGE = {"de_DE": "Alter", "es_ES": "Edad", "pt_BR": "Idade", "tr_TR": "Yaş", "fr_FR": "Âge"}


def age_instead_of_birth_date(df, rnd, locale):
    born = pd.to_datetime(df["Birthday"], errors="coerce", format="mixed")
    # Each record written in a year of its own, as systems updated years apart keep them.
    days = [rnd.randrange(3 * 365) for _ in range(len(df))]
    written = pd.Timestamp("2021-01-01") + pd.to_timedelta(days, "D")
    age = np.floor((written - born).dt.days / 365.2425).astype("Int64")
    return df.drop(columns=["Birthday"]).assign(**{_AGE.get(locale, "Age"): age})


VARIANTS: dict[str, Variant] = {
    "base": lambda df, rnd, locale: df,
    "one_line_address": one_line_address,
    "unnamed_whole_name": unnamed_whole_name,
    "family_name_first_in_capitals": family_name_first_in_capitals,
    "whole_name_both_orders": whole_name_both_orders,
    "abbreviated_columns": abbreviated_columns,
    "no_column_names": no_column_names,
    "constant_country": constant_country,
    "unrelated_columns": unrelated_columns,
    "transliterated": transliterated,
    "area_code_apart": area_code_apart,
    "junk_for_missing": junk_for_missing,
    "whole_name_beside_parts": whole_name_beside_parts,
    "spreadsheet": spreadsheet,
    "age_instead_of_birth_date": age_instead_of_birth_date,
    "splink_historical": splink_historical,
}


def foreign_columns() -> list[str]:
    from foreign import COLUMNS

    return list(COLUMNS)


def score(df: pd.DataFrame, truth: np.ndarray) -> dict[str, float]:
    result = tekil.dedupe(df, id_column="rid", settings=None)
    labels = result.clusters.set_index("rid")["cluster_id"]
    return tekil.evaluate(labels, pd.Series(truth, index=df["rid"].to_numpy()))


def main() -> None:
    with_fixed_string_hash()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locales", nargs="+", default=["en_US"])
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument("--easy", action="store_true", help="no missing values beyond the errors")
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    os.environ.setdefault("TEKIL_CARD_KEY", "benchmark")
    print("| locale | variant | records | pair P | pair R | pair F1 |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for locale in args.locales:
        df, truth = people(locale, args.persons, not args.easy)
        for name in args.variants:
            written = VARIANTS[name](df.copy(), random.Random(1), locale)
            if written is None:
                continue
            try:
                m = score(written, truth)
            except Exception as error:  # a failure is a result too (an older tekil crashed)
                print(f"| {locale} | {name} | {len(written):,} | failed: {error!r:.60} | | |")
                continue
            print(
                f"| {locale} | {name} | {len(written):,} | {m['pair_precision']:.4f} | "
                f"{m['pair_recall']:.4f} | {m['pair_f1']:.4f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
