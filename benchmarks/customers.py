"""Customer-level accuracy on synthetic data, with each over-merge guard on and off.

    python benchmarks/customers.py                       # 5,000 persons
    python benchmarks/customers.py --persons 5000 30000 --thresholds 0.5 0.9

For each size and guard setting, prints pair precision, recall and F1 of the
customers against the generator's truth (households with shared landlines and
family e-mails, twins, namesakes), the guards' own counts, and how well the
households are found (pair precision/recall of household ids among customers
whose records all belong to one true person).
"""

from __future__ import annotations

import argparse
import logging
import time

import numpy as np
import pandas as pd

from tekil import Customers, customers, evaluate
from tekil.datasets import generate

IDENTIFIERS = ("card", "tckn", "email", "handle", "phone", "free_id")
VARIANTS: dict[str, dict] = {
    "all guards": {},
    "no identifier links": {"identifiers": dict.fromkeys(IDENTIFIERS, "evidence")},
    "no shared-value demotion": {"shared_value_people": 0},
    "no cannot-link": {"cannot_link": []},
    "+ cannot-link dob+first_name": {"cannot_link": ["tckn", "dob+first_name"]},
    "no guards": {
        "identifiers": dict.fromkeys(IDENTIFIERS, "evidence"),
        "shared_value_people": 0,
        "cannot_link": [],
    },
}


def household_scores(view: Customers, data) -> dict[str, float]:
    """Pair precision/recall of predicted households over customers that are one true person."""
    rec = view.records.assign(
        person=data.truth.reindex(view.records["record_id"]).to_numpy(),
        home=data.household.reindex(view.records["record_id"]).to_numpy(),
    )
    pure = rec.groupby("customer_id")["person"].transform("nunique") == 1
    per_customer = rec[pure].drop_duplicates("customer_id").set_index("customer_id")
    scores = evaluate(per_customer["household_id"], per_customer["home"])
    return {"hh_precision": scores["pair_precision"], "hh_recall": scores["pair_recall"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, nargs="+", default=[5000])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5])
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    rows = []
    for persons in args.persons:
        data = generate(persons, seed=1)
        for threshold in args.thresholds:
            for name in args.variants:
                settings = {"card_key": "bench", **VARIANTS[name]}
                start = time.perf_counter()
                view = customers(data.records, settings, threshold, id_column="record_id")
                seconds = time.perf_counter() - start
                labels = view.records.set_index("record_id")["customer_id"]
                m = evaluate(labels, data.truth)
                rows.append(
                    {
                        "persons": persons,
                        "records": len(data.records),
                        "threshold": threshold,
                        "guards": name,
                        "precision": m["pair_precision"],
                        "recall": m["pair_recall"],
                        "f1": m["pair_f1"],
                        **household_scores(view, data),
                        "links": view.result.guards.get("identifier_links", 0),
                        "cannot": view.result.guards.get("cannot_link_pairs", 0),
                        "shared": int(sum(v.sum() for v in view.result.shared_values.values())),
                        "seconds": seconds,
                    }
                )
                print(pd.DataFrame(rows[-1:]).to_string(index=False, header=len(rows) == 1))
    table = pd.DataFrame(rows)
    print()
    with pd.option_context("display.float_format", "{:.4f}".format, "display.width", 200):
        print(table.to_string(index=False))
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
