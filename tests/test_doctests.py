"""Every example in the docstrings of tekil runs and gives what it shows."""

import doctest
import importlib
import pkgutil

import pytest

import tekil

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(tekil.__path__, "tekil.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed"
