"""tekil: entity resolution for customer data.

One customer identity from the phone lines, cards, e-mails, social handles and
CRM rows that many systems keep for the same person.

>>> import tekil
>>> sample = tekil.datasets.load_sample()
>>> result = tekil.dedupe(sample.records, id_column="record_id",
...                       settings={"card_key": "demo"})   # doctest: +SKIP
>>> tekil.evaluate(result.clusters.set_index("record_id")["cluster_id"],
...                sample.truth)["pair_f1"] > 0.9           # doctest: +SKIP
True
"""

from tekil import datasets, normalize
from tekil._version import __version__
from tekil.api import Result, dedupe, link
from tekil.customers import Customers, customers
from tekil.errors import (
    ConfigError,
    InputError,
    MissingColumnError,
    MissingKeyError,
    StoreError,
    TekilError,
)
from tekil.evaluate import evaluate
from tekil.model import FellegiSunter
from tekil.settings import BlockingRule, Settings, guess_settings
from tekil.store import IdentityStore

__all__ = [
    "BlockingRule",
    "ConfigError",
    "Customers",
    "FellegiSunter",
    "IdentityStore",
    "InputError",
    "MissingColumnError",
    "MissingKeyError",
    "Result",
    "Settings",
    "StoreError",
    "TekilError",
    "__version__",
    "customers",
    "datasets",
    "dedupe",
    "evaluate",
    "guess_settings",
    "link",
    "normalize",
]
