"""recordlinkage (the Python Record Linkage Toolkit), unsupervised, as its documentation shows.

``recordlinkage.Index`` with block rules (their union), ``recordlinkage.Compare`` with
Jaro-Winkler/Levenshtein thresholds (binary), exact and date comparisons, the unsupervised
``ECMClassifier`` on the binary features, then connected components of the matched pairs.

The comparisons follow the toolkit's FEBRL deduplication guide (given name, surname, date
of birth, suburb, state, address at threshold 0.85), with the identifiers the guide leaves
out (soc_sec_id, street number, postcode) added; the synthetic data gets the same kinds of
comparisons on its columns, cleaned by :func:`peers.common.tutorial_frame`, and the same
blocking as the Splink recipe (identifiers, name prefixes, swapped names, birth date).
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import recordlinkage

from peers.common import ID, Job, Output, connected_labels, tutorial_frame

#: ECM needs binary features: the date comparison scores a day/month swap 0.5, which
#: binarising at 0.4 counts as agreement (strings and exact matches are 0/1 already).
BINARIZE = 0.4


@dataclasses.dataclass(frozen=True)
class Recipe:
    """Blocking keys and comparisons (column, kind, method, threshold)."""

    blocks: list[str | list[str] | tuple[list[str], list[str]]]
    strings: list[tuple[str, str, float]]
    exact: list[str]
    date: str
    date_format: str | None


FEBRL = Recipe(
    blocks=["given_name", "surname", "date_of_birth", "soc_sec_id", "postcode"],
    strings=[
        ("given_name", "jarowinkler", 0.85),
        ("surname", "jarowinkler", 0.85),
        ("address_1", "levenshtein", 0.85),
    ],
    exact=["soc_sec_id", "street_number", "suburb", "postcode", "state"],
    date="date_of_birth",
    date_format="%Y%m%d",
)

SYNTHETIC = Recipe(
    blocks=[
        "phone",
        "email",
        "tckn",
        ["first_name_3", "last_name_4"],
        (["first_name", "last_name"], ["last_name", "first_name"]),
        "birth_date",
    ],
    strings=[
        ("first_name", "jarowinkler", 0.85),
        ("last_name", "jarowinkler", 0.85),
        ("address", "levenshtein", 0.85),
    ],
    exact=["phone", "email", "tckn", "city", "postcode"],
    date="birth_date",
    date_format="%Y-%m-%d",
)


def prepare(job: Job, recipe: Recipe) -> list[pd.DataFrame]:
    """Frames indexed by record id, with the date column parsed for ``Compare.date``."""
    frames = [tutorial_frame(f) for f in job.frames] if job.family == "synthetic" else job.frames
    out = []
    for frame in frames:
        frame = frame.set_index(ID, drop=False)
        if job.family == "synthetic":  # name prefixes to block on, as the Splink recipe does
            frame["first_name_3"] = frame["first_name"].str[:3]
            frame["last_name_4"] = frame["last_name"].str[:4]
        frame["dob"] = pd.to_datetime(
            frame[recipe.date], format=recipe.date_format, errors="coerce"
        )
        out.append(frame)
    return out


def run(job: Job) -> Output:
    """Index, compare, ECM, connected components."""
    recipe = SYNTHETIC if job.family == "synthetic" else FEBRL
    frames = prepare(job, recipe)

    indexer = recordlinkage.Index()
    for key in recipe.blocks:
        if isinstance(key, tuple):  # different columns on each side (swapped names)
            indexer.block(left_on=key[0], right_on=key[1])
        else:
            indexer.block(key)
    pairs = indexer.index(*frames)

    compare = recordlinkage.Compare()
    for column, method, threshold in recipe.strings:
        compare.string(column, column, method=method, threshold=threshold, label=column)
    for column in recipe.exact:
        compare.exact(column, column, label=column)
    compare.date("dob", "dob", label="dob")
    features = compare.compute(pairs, *frames)

    ecm = recordlinkage.ECMClassifier(binarize=BINARIZE)
    matches = ecm.fit_predict(features)

    ids = pd.Index(pd.concat([f[ID] for f in frames], ignore_index=True))
    labels = connected_labels(ids, matches.get_level_values(0), matches.get_level_values(1))
    return Output(
        labels=labels,
        candidate_pairs=len(pairs),
        note=f"{len(recipe.blocks)} block rules, {features.shape[1]} binary features, "
        f"ECM match prior {ecm.p:.2g}, {len(matches):,} matched pairs",
    )
