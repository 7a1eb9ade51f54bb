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

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from tekil._version import __version__

# The public names are imported on first use (PEP 562), so that ``import tekil`` is quick
# and a worker process (``python -m tekil._worker``) imports only the normalisers it runs:
# a fresh interpreter took about a second to import all of tekil, the normalisers 0.3 s.
_WHERE = {
    "Result": "tekil.api",
    "dedupe": "tekil.api",
    "link": "tekil.api",
    "Customers": "tekil.customers",
    "customers": "tekil.customers",
    "ConfigError": "tekil.errors",
    "InputError": "tekil.errors",
    "MissingColumnError": "tekil.errors",
    "MissingKeyError": "tekil.errors",
    "StoreError": "tekil.errors",
    "TekilError": "tekil.errors",
    "evaluate": "tekil.evaluate",
    "FellegiSunter": "tekil.model",
    "BlockingRule": "tekil.settings",
    "Settings": "tekil.settings",
    "guess_settings": "tekil.settings",
    "IdentityStore": "tekil.store",
}

if TYPE_CHECKING:
    from tekil import datasets, normalize
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


def __getattr__(name: str) -> Any:
    """A public name, or a submodule (``tekil.normalize``), imported when first asked for."""
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
    elif not name.startswith("__"):
        try:
            value = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise  # a module the submodule imports is missing: say so
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """tekil's module: importing a submodule sets it on its package, and ``tekil.evaluate``
    and ``tekil.customers`` are the functions, not the modules that share their names."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
