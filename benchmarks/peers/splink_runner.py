"""Splink (4 or 5) on DuckDB, set up the way Splink's own tutorials do.

* FEBRL3: Splink's ``febrl3`` example (``docs/demos/examples/duckdb/febrl3``);
* FEBRL4: the "detailed model" of Splink's ``febrl4`` example, ``link_only``;
* synthetic: modelled on the ``deduplicate_50k_synthetic`` tutorial (forename/surname
  comparison with a concatenated name column, date of birth, exact matches with term
  frequencies), with the columns of tekil's Turkish data, cleaned by
  :func:`peers.common.tutorial_frame`.

Every recipe: prior from deterministic rules, ``u`` by random sampling, ``m`` by EM on
two blocking rules, ``predict`` at probability 0.2 (the FEBRL examples), then connected
components at :attr:`Recipe.cluster_threshold` (0.95 as in the 50k tutorial; FEBRL4's
example clusters at 0.99).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.blocking_analysis import count_comparisons_from_blocking_rules

from peers.common import ID, Job, Output, tutorial_frame


@dataclasses.dataclass(frozen=True)
class Recipe:
    """Everything a Splink run is configured with."""

    blocking: list[Any]
    comparisons: list[Any]
    deterministic: list[Any]
    recall: float
    u_max_pairs: float
    em_rules: list[Any]
    em_without_tf: bool
    predict_threshold: float
    cluster_threshold: float


def febrl3() -> Recipe:
    """Splink's FEBRL3 example (that example stops before clustering: 0.95 here)."""
    return Recipe(
        blocking=[
            block_on("soc_sec_id"),
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d"
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ],
        deterministic=[
            block_on("soc_sec_id"),
            block_on("given_name", "surname", "date_of_birth"),
            "l.given_name = r.surname and l.surname = r.given_name "
            "and l.date_of_birth = r.date_of_birth",
        ],
        recall=0.9,
        u_max_pairs=1e6,
        em_rules=[block_on("date_of_birth"), block_on("postcode")],
        em_without_tf=False,
        predict_threshold=0.2,
        cluster_threshold=0.95,
    )


def febrl4() -> Recipe:
    """The detailed model of Splink's FEBRL4 example, clustered at its 0.99."""
    return Recipe(
        blocking=[
            block_on("given_name", "surname"),
            "l.given_name = r.surname and l.surname = r.given_name",
            block_on("date_of_birth"),
            block_on("soc_sec_id"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth",
                input_is_string=True,
                datetime_format="%Y%m%d",
                invalid_dates_as_null=True,
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
                term_frequency_adjustments=True
            ),
        ],
        deterministic=[
            block_on("soc_sec_id"),
            block_on("given_name", "surname", "date_of_birth"),
        ],
        recall=0.8,
        u_max_pairs=1e6,
        em_rules=[block_on("date_of_birth"), block_on("postcode")],
        em_without_tf=True,
        predict_threshold=0.2,
        cluster_threshold=0.99,
    )


def synthetic() -> Recipe:
    """The 50k-tutorial pattern on the Turkish customer columns.

    Blocking: the shared identifiers (phone, e-mail, TCKN), the 50k tutorial's name prefix
    rule, the FEBRL4 example's swapped-name rule, and the birth date.
    """
    return Recipe(
        blocking=[
            block_on("phone"),
            block_on("email"),
            block_on("tckn"),
            block_on("substr(first_name, 1, 3)", "substr(last_name, 1, 4)"),
            "l.first_name = r.last_name and l.last_name = r.first_name",
            block_on("birth_date"),
        ],
        comparisons=[
            cl.ForenameSurnameComparison(
                "first_name",
                "last_name",
                forename_surname_concat_col_name="first_name_surname_concat",
            ),
            cl.DateOfBirthComparison(
                "birth_date",
                input_is_string=True,
                datetime_format="%Y-%m-%d",
                invalid_dates_as_null=True,
            ),
            cl.ExactMatch("phone").configure(term_frequency_adjustments=True),
            cl.EmailComparison("email"),
            cl.DamerauLevenshteinAtThresholds("tckn", [1, 2]),
            cl.ExactMatch("city").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
            cl.JaroWinklerAtThresholds("address", [0.9, 0.7]),
        ],
        deterministic=[
            block_on("tckn"),
            block_on("email"),
            block_on("first_name", "last_name", "birth_date"),
        ],
        recall=0.6,
        u_max_pairs=1e7,
        em_rules=[block_on("first_name", "last_name"), block_on("birth_date")],
        em_without_tf=True,
        predict_threshold=0.2,
        cluster_threshold=0.95,
    )


def recipe_for(job: Job) -> Recipe:
    """The recipe for the job's data set."""
    if job.family == "synthetic":
        return synthetic()
    return febrl4() if job.is_link else febrl3()


def prepare(job: Job) -> list[pd.DataFrame]:
    """FEBRL as is (all strings already); synthetic through ``tutorial_frame``."""
    if job.family != "synthetic":
        return list(job.frames)
    frame = tutorial_frame(job.frames[0])
    # The 50k tutorial adds the concatenated name for the term frequencies of the full name.
    name = frame["first_name"].astype("string") + " " + frame["last_name"].astype("string")
    frame["first_name_surname_concat"] = name.astype(object).where(name.notna(), None)
    return [frame]


def run(job: Job) -> Output:
    """Train a Splink model on the job's data and cluster its predictions."""
    recipe = recipe_for(job)
    frames = prepare(job)
    link_type = "link_only" if job.is_link else "dedupe_only"
    settings = SettingsCreator(
        unique_id_column_name=ID,
        link_type=link_type,
        blocking_rules_to_generate_predictions=recipe.blocking,
        comparisons=recipe.comparisons,
    )
    db_api = DuckDBAPI()
    names = ["input_left", "input_right"] if job.is_link else ["input_records"]
    tables = [
        db_api.register(frame, dataset_display_name=name)
        for frame, name in zip(frames, names, strict=True)
    ]
    linker = Linker(tables if job.is_link else tables[0], settings, log_level=logging.WARNING)

    linker.training.estimate_probability_two_random_records_match(
        recipe.deterministic, recall=recipe.recall
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=recipe.u_max_pairs, seed=job.seed)
    for rule in recipe.em_rules:
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=recipe.em_without_tf
        )
    predictions = linker.inference.predict(threshold_match_probability=recipe.predict_threshold)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=recipe.cluster_threshold
    )
    table = clusters.as_duckdbpyrelation().project(f"{ID}, cluster_id").df()
    labels = pd.Series(table["cluster_id"].to_numpy(), index=pd.Index(table[ID]))

    def count_pairs() -> int:
        counts = count_comparisons_from_blocking_rules(
            tables if job.is_link else tables[0],
            blocking_rules=recipe.blocking,
            link_type=link_type,
            unique_id_column_name=ID,
            record_sample_proportion=1.0,
        )
        return int(counts[-1]["cumulative_comparison_count"])

    return Output(
        labels=labels,
        count_pairs=count_pairs,
        note=f"{link_type}, {len(recipe.blocking)} blocking rules, "
        f"{len(recipe.comparisons)} comparisons, EM on {len(recipe.em_rules)} rules, "
        f"cluster at p >= {recipe.cluster_threshold}",
    )
