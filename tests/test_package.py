"""The package's face: ``import tekil`` is quick, its public names come on first use."""

import subprocess
import sys

import pytest

import tekil


def _fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (as a service or a worker starts)."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_import_tekil_leaves_the_pipeline_unimported_until_it_is_used():
    out = _fresh(
        "import sys, tekil\n"
        "print(sorted(m for m in ('tekil.api', 'tekil.store', 'tekil.compare', 'numba')"
        " if m in sys.modules))\n"
        "tekil.dedupe\n"
        "print('tekil.api' in sys.modules, tekil.__version__)\n"
    )
    assert out.splitlines() == ["[]", f"True {tekil.__version__}"]


def test_a_worker_imports_the_normalisers_alone():
    out = _fresh(
        "import sys, tekil.parallel, tekil.normalize\n"
        "print([m for m in ('tekil.api', 'tekil.store', 'tekil.settings') if m in sys.modules])"
    )
    assert out == "[]"


def test_functions_named_as_their_modules_stay_functions_once_the_modules_are_imported():
    # Importing tekil.evaluate sets the module on the package; tekil.evaluate is the function
    # (compare.py had called the module after tekil.datasets imported it).
    out = _fresh(
        "import tekil.datasets, tekil.evaluate, tekil.customers, tekil.store, tekil\n"
        "print(callable(tekil.evaluate), callable(tekil.customers), type(tekil.store).__name__)"
    )
    assert out == "True True module"


def test_every_public_name_and_submodule_is_reachable():
    from tekil.api import dedupe
    from tekil.store import IdentityStore

    assert tekil.dedupe is dedupe
    assert tekil.IdentityStore is IdentityStore
    assert all(getattr(tekil, name) is not None for name in tekil.__all__)
    assert set(tekil.__all__) <= set(dir(tekil))
    assert tekil.compare.__name__ == "tekil.compare"  # a submodule that __all__ leaves out
    namespace: dict = {}
    exec("from tekil import *", namespace)
    assert {"dedupe", "link", "Settings", "InputError"} <= set(namespace)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="module 'tekil' has no attribute 'dedup'"):
        tekil.dedup  # noqa: B018
    assert not hasattr(tekil, "__wrapped__")
