"""Zero-config against error patterns: Faker's people, each pattern in a share of records.

    python benchmarks/errors.py                                   # en_US, 3,000 persons, tekil
    python benchmarks/errors.py --locales de_DE es_ES --errors base moved --tools tekil,splink

The people are ``foreign.people`` (hard mode unless ``--easy``: their own typos, missing
values, initials and other e-mails). Each pattern then rewrites some records the way
customer files go wrong: names swapped between the columns, a nickname, a middle name or
initial, a title or suffix, a new family name after a marriage, two family names written
whole or in part, letters without their accents (``ü`` as ``ue``), the birth date written day
first or mistyped, keys next to the right one, OCR confusions, letters dropped, doubled or
the other way round, spellings that sound alike, digits mistyped in phones, ZIPs and dates, a
new address and phone after a move, the phone with its country code, e-mails in other
spellings, fields cut at a fixed width, the whole name in the given-name column, fields in
quotation marks, words beside a phone number (``Tel:``, ``(home)``), the flat before the
street, the phone number and the e-mail in each other's column. The patterns are the benchmark's own (its nicknames are not tekil's list).
tekil runs with no settings, Splink (``--tools``) as ``foreign.py`` runs it; one row per
locale, pattern and tool: records, pair precision, recall and F1. Needs ``faker`` (the
``bench`` extra).
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import unicodedata
from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker

import tekil
from foreign import people, run_splink, run_tekil, with_fixed_string_hash

Pattern = Callable[[pd.DataFrame, np.ndarray, random.Random, str], pd.DataFrame | None]


def _some(df: pd.DataFrame, rnd: random.Random, share: float) -> np.ndarray:
    return np.array([rnd.random() < share for _ in range(len(df))])


def _rewrite(df, rnd, share, columns, change) -> pd.DataFrame:
    """``change`` applied to the values of ``columns`` in a ``share`` of the records."""
    out = df.copy()
    for col in columns:
        out[col] = [
            change(v) if isinstance(v, str) and v and rnd.random() < share else v for v in df[col]
        ]
    return out


def swapped_names(df, truth, rnd, locale):
    out, chosen = df.copy(), _some(df, rnd, 0.2)
    out.loc[chosen, ["Given Name", "Family Name"]] = df.loc[
        chosen, ["Family Name", "Given Name"]
    ].to_numpy()
    return out


_NICKNAMES = {
    "William": "Bill", "Robert": "Bob", "Richard": "Dick", "James": "Jim", "John": "Jack",
    "Michael": "Mike", "Thomas": "Tom", "Joseph": "Joe", "Charles": "Chuck", "Daniel": "Dan",
    "Matthew": "Matt", "Anthony": "Tony", "Christopher": "Chris", "Joshua": "Josh",
    "Andrew": "Andy", "Edward": "Ed", "Benjamin": "Ben", "Samuel": "Sam", "Nicholas": "Nick",
    "Jonathan": "Jon", "Timothy": "Tim", "Steven": "Steve", "Stephen": "Steve",
    "Kenneth": "Ken", "Ronald": "Ron", "Donald": "Don", "Gregory": "Greg", "Patrick": "Pat",
    "Alexander": "Alex", "Elizabeth": "Liz", "Jennifer": "Jen", "Katherine": "Kate",
    "Catherine": "Cathy", "Margaret": "Peggy", "Patricia": "Trish", "Rebecca": "Becky",
    "Susan": "Sue", "Deborah": "Debbie", "Jessica": "Jess", "Christina": "Tina",
    "Kimberly": "Kim", "Victoria": "Vicky", "Samantha": "Sam", "Alexandra": "Alex",
    "Jacqueline": "Jackie", "Theresa": "Terry", "Pamela": "Pam", "Cynthia": "Cindy",
    "Johann": "Hans", "Johannes": "Hannes", "Wolfgang": "Wolf", "Friedrich": "Fritz",
    "Francisco": "Paco", "José": "Pepe", "Manuel": "Manolo", "Dolores": "Lola",
    "Mehmet": "Memo", "Mustafa": "Musti",
}  # fmt: skip


def nicknames(df, truth, rnd, locale):
    known = df["Given Name"].isin(list(_NICKNAMES)).mean()
    if known < 0.05:
        return None  # the benchmark's list knows too few of this locale's given names
    return _rewrite(df, rnd, 0.4, ["Given Name"], lambda v: _NICKNAMES.get(v, v))


def middle_names(df, truth, rnd, locale):
    fake = Faker(locale)
    fake.seed_instance(3)

    def middle(v):
        other = fake.first_name()
        return f"{v} {other}" if rnd.random() < 0.5 else f"{v} {other[0]}."

    return _rewrite(df, rnd, 0.3, ["Given Name"], middle)


_TITLES = {
    "en": ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "MR"),
    "de": ("Herr", "Frau", "Dr.", "Hr.", "Fr."),
    "es": ("Sr.", "Sra.", "D.", "Dña.", "Don"),
    "fr": ("M.", "Mme", "Mlle", "Dr"),
    "tr": ("Bay", "Bayan", "Dr."),
}
_SUFFIXES = {"en": ("Jr.", "Sr.", "III", "Jr"), "de": ("jun.", "sen.")}


def titles_and_suffixes(df, truth, rnd, locale):
    language = locale.split("_")[0]
    titles = _TITLES.get(language, ("Dr.",))
    out = _rewrite(df, rnd, 0.3, ["Given Name"], lambda v: f"{rnd.choice(titles)} {v}")
    suffixes = _SUFFIXES.get(language)
    if suffixes:
        out = _rewrite(out, rnd, 0.1, ["Family Name"], lambda v: f"{v} {rnd.choice(suffixes)}")
    return out


def married_names(df, truth, rnd, locale):
    fake = Faker(locale)
    fake.seed_instance(4)
    return _rewrite(df, rnd, 0.15, ["Family Name"], lambda v: fake.last_name())


def double_family_names(df, truth, rnd, locale):
    fake = Faker(locale)
    fake.seed_instance(5)
    second = {person: fake.last_name() for person in sorted(set(truth.tolist()))}

    def written(v, person):
        if not isinstance(v, str) or not v:
            return v
        k = rnd.random()
        if k < 0.5:
            return f"{v} {second[person]}"
        return f"{v}-{second[person]}" if k < 0.7 else v

    return df.assign(
        **{"Family Name": [written(v, p) for v, p in zip(df["Family Name"], truth, strict=True)]}
    )


_FOLDED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _folded(text: str) -> str:
    text = "".join(_FOLDED.get(ch, ch) for ch in text)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def accents_folded(df, truth, rnd, locale):
    text = "".join(df["Family Name"].dropna()) + "".join(df["Street"].dropna())
    if text == _folded(text):
        return None  # nothing to fold in this locale
    return _rewrite(df, rnd, 0.4, ["Given Name", "Family Name", "Street", "Town"], _folded)


def day_first_dates(df, truth, rnd, locale):
    born = pd.to_datetime(df["Birthday"], errors="coerce", format="mixed")
    chosen = _some(df, rnd, 0.3) & born.notna().to_numpy()
    out = df.copy()
    out.loc[chosen, "Birthday"] = born[chosen].dt.strftime("%d/%m/%Y")
    return out


def date_typos(df, truth, rnd, locale):
    born = pd.to_datetime(df["Birthday"], errors="coerce", format="mixed")

    def mistyped(day: pd.Timestamp) -> str:
        y, m, d = day.year, day.month, day.day
        k = rnd.random()
        if k < 0.4:  # the year's last two digits swapped: 1985 → 1958
            y = y // 100 * 100 + y % 10 * 10 + y // 10 % 10
        elif k < 0.7:
            d = d % 28 + 1
        elif d <= 12:
            m, d = d, m
        else:
            y += rnd.choice((-1, 1))
        return f"{y:04d}-{m:02d}-{d:02d}"

    chosen = _some(df, rnd, 0.2) & born.notna().to_numpy()
    out = df.copy()
    out.loc[chosen, "Birthday"] = [mistyped(day) for day in born[chosen]]
    return out


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(ch: str) -> str:
    """The keys left, right, above and below ``ch`` on a QWERTY keyboard."""
    for r, row in enumerate(_ROWS):
        c = row.find(ch.lower())
        if c >= 0:
            near = row[max(c - 1, 0) : c] + row[c + 1 : c + 2]
            for other in (r - 1, r + 1):
                if 0 <= other < len(_ROWS):
                    near += _ROWS[other][c : c + 1]
            return near
    return ch


def keyboard_typos(df, truth, rnd, locale):
    def typed(v: str) -> str:
        i = rnd.randrange(len(v))
        near = rnd.choice(_neighbours(v[i]))
        return v[:i] + (near.upper() if v[i].isupper() else near) + v[i + 1 :]

    return _rewrite(df, rnd, 0.2, ["Given Name", "Family Name", "Street", "Town", "Mail"], typed)


_OCR = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("O", "0"), ("l", "1"), ("I", "l"), ("S", "5"),
        ("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("e", "c"), ("h", "b"))  # fmt: skip


def ocr_errors(df, truth, rnd, locale):
    def scanned(v: str) -> str:
        found = [(a, b) for a, b in _OCR if a in v]
        if not found:
            return v
        a, b = rnd.choice(found)
        return v.replace(a, b, 1)

    columns = ["Given Name", "Family Name", "Street", "Town", "ZIP", "Birthday", "Tel"]
    return _rewrite(df, rnd, 0.2, columns, scanned)


def letter_slips(df, truth, rnd, locale):
    def slipped(v: str) -> str:
        if len(v) < 3:
            return v
        k, how = rnd.randrange(1, len(v) - 1), rnd.random()
        if how < 0.4:
            return v[:k] + v[k + 1 :]  # a letter dropped
        if how < 0.7:
            return v[:k] + v[k] + v[k:]  # typed twice
        return v[:k] + v[k + 1] + v[k] + v[k + 2 :]  # two the other way round

    columns = ["Given Name", "Family Name", "Street", "Town", "Mail"]
    return _rewrite(df, rnd, 0.2, columns, slipped)


def digit_slips(df, truth, rnd, locale):
    def slipped(v: str) -> str:
        digits = [k for k, ch in enumerate(v) if ch.isdigit()]
        if len(digits) < 4:
            return v
        at = rnd.randrange(1, len(digits) - 1)
        k, nxt = digits[at], digits[at + 1]
        if rnd.random() < 0.5:  # a digit mistyped, or two the other way round
            return v[:k] + str((int(v[k]) + rnd.randrange(1, 10)) % 10) + v[k + 1 :]
        chars = list(v)
        chars[k], chars[nxt] = chars[nxt], chars[k]
        return "".join(chars)

    return _rewrite(df, rnd, 0.15, ["Tel", "ZIP", "Birthday"], slipped)


# Spellings that sound alike, each way round: Philip and Filip, Catherine and Katherine.
_SOUNDS = (("ph", "f"), ("f", "ph"), ("ck", "k"), ("c", "k"), ("k", "c"), ("y", "i"), ("i", "y"),
           ("th", "t"), ("ou", "u"), ("sch", "sh"), ("z", "s"), ("s", "z"), ("ll", "l"),
           ("tt", "t"), ("nn", "n"), ("ss", "s"), ("ie", "y"), ("ei", "ai"), ("ey", "y"),
           ("w", "v"), ("v", "w"), ("dt", "t"), ("ee", "ea"), ("qu", "kw"), ("x", "ks"),
           ("oo", "u"), ("ae", "e"))  # fmt: skip


def sound_alike(df, truth, rnd, locale):
    def heard(v: str) -> str:
        low = v.lower()
        found = [(a, b) for a, b in _SOUNDS if a in low]
        if not found:
            return v
        a, b = rnd.choice(found)
        k = low.find(a)
        return v[:k] + (b.capitalize() if v[k].isupper() else b) + v[k + len(a) :]

    return _rewrite(df, rnd, 0.2, ["Given Name", "Family Name", "Street", "Town"], heard)


def whole_name_in_given_name(df, truth, rnd, locale):
    out, chosen = df.copy(), _some(df, rnd, 0.15)
    both = chosen & df["Given Name"].notna().to_numpy() & df["Family Name"].notna().to_numpy()
    out.loc[both, "Given Name"] = df.loc[both, "Given Name"] + " " + df.loc[both, "Family Name"]
    out.loc[both, "Family Name"] = None
    return out


_LINE_LABELS = ("Tel: {}", "Mobile {}", "{} (home)", "{} - mobile", "cell: {}", "{} (work)")


def phone_labels(df, truth, rnd, locale):
    return _rewrite(df, rnd, 0.3, ["Tel"], lambda v: rnd.choice(_LINE_LABELS).format(v))


_UNIT_LAST = re.compile(r"(.*?),?\s+((?:Apt\.|Suite|Unit|Flat)\s+\S+)")


def flat_first(df, truth, rnd, locale):
    def moved_up(v: str) -> str:
        found = _UNIT_LAST.fullmatch(v)
        return f"{found[2]}, {found[1]}" if found else v

    return _rewrite(df, rnd, 0.5, ["Street"], moved_up)


def contacts_swapped(df, truth, rnd, locale):
    out, chosen = df.copy(), _some(df, rnd, 0.15)
    out.loc[chosen, ["Tel", "Mail"]] = df.loc[chosen, ["Mail", "Tel"]].to_numpy()
    return out


_QUOTE_MARKS = (('"', '"'), ("'", "'"), ('""', '""'), ("“", "”"))


def quoted_fields(df, truth, rnd, locale):
    def quoted(v: str) -> str:
        left, right = rnd.choice(_QUOTE_MARKS)
        return f"{left}{v}{right}"

    columns = ["Given Name", "Family Name", "Street", "Town", "ZIP", "Tel", "Mail"]
    return _rewrite(df, rnd, 0.3, columns, quoted)


def moved(df, truth, rnd, locale):
    fake = Faker(locale)
    fake.seed_instance(6)
    out, chosen = df.copy(), _some(df, rnd, 0.25)
    for row in np.flatnonzero(chosen):
        out.iloc[row, out.columns.get_indexer(["Street", "Town", "ZIP", "Tel"])] = [
            fake.street_address(), fake.city(), fake.postcode(), fake.phone_number()
        ]  # fmt: skip
    return out


def international_phones(df, truth, rnd, locale):
    code = phonenumbers.country_code_for_region(locale.split("_")[-1])

    def dialled(v: str) -> str:
        digits = "".join(c for c in v.split("x")[0] if c.isdigit())
        if not code or digits.startswith(str(code)):
            return v
        national = digits.lstrip("0")
        return rnd.choice((f"+{code} {national}", f"00{code}{national}", f"+{code}-{national}"))

    return _rewrite(df, rnd, 0.4, ["Tel"], dialled)


def email_spellings(df, truth, rnd, locale):
    def spelled(v: str) -> str:
        user, _, domain = v.partition("@")
        k = rnd.random()
        if k < 0.4:
            return v.upper()
        if k < 0.7:
            return f"{user}+shop@{domain}"
        return (
            f"{user.replace('.', '')}@{domain}" if "." in user else f"{user[0]}.{user[1:]}@{domain}"
        )

    return _rewrite(df, rnd, 0.4, ["Mail"], spelled)


def fixed_width(df, truth, rnd, locale):
    return _rewrite(df, rnd, 0.5, ["Given Name", "Family Name", "Street", "Town"], lambda v: v[:10])


PATTERNS: dict[str, Pattern] = {
    "base": lambda df, truth, rnd, locale: df,
    "swapped_names": swapped_names,
    "nicknames": nicknames,
    "middle_names": middle_names,
    "titles_and_suffixes": titles_and_suffixes,
    "married_names": married_names,
    "double_family_names": double_family_names,
    "accents_folded": accents_folded,
    "day_first_dates": day_first_dates,
    "date_typos": date_typos,
    "keyboard_typos": keyboard_typos,
    "ocr_errors": ocr_errors,
    "letter_slips": letter_slips,
    "sound_alike": sound_alike,
    "digit_slips": digit_slips,
    "moved": moved,
    "international_phones": international_phones,
    "email_spellings": email_spellings,
    "fixed_width": fixed_width,
    "whole_name_in_given_name": whole_name_in_given_name,
    "quoted_fields": quoted_fields,
    "phone_labels": phone_labels,
    "flat_first": flat_first,
    "contacts_swapped": contacts_swapped,
}


def main() -> None:
    with_fixed_string_hash()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locales", nargs="+", default=["en_US"])
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument("--easy", action="store_true", help="no missing values beyond the errors")
    parser.add_argument("--errors", nargs="+", default=list(PATTERNS), choices=list(PATTERNS))
    parser.add_argument("--tools", default="tekil")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    print("| locale | pattern | records | tool | pair P | pair R | pair F1 |")
    print("| --- | --- | ---: | --- | ---: | ---: | ---: |")
    for locale in args.locales:
        df, truth = people(locale, args.persons, not args.easy)
        for name in args.errors:
            written = PATTERNS[name](df.copy(), truth, random.Random(1), locale)
            if written is None:
                continue
            for tool in args.tools.split(","):
                labels = (run_tekil if tool == "tekil" else run_splink)(written)
                m = tekil.evaluate(
                    labels.reindex(written["rid"]), pd.Series(truth, index=written["rid"])
                )
                print(
                    f"| {locale} | {name} | {len(written):,} | {tool} | "
                    f"{m['pair_precision']:.4f} | {m['pair_recall']:.4f} | {m['pair_f1']:.4f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
