"""The example notebook runs top to bottom, as a new user would run it."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("quickstart.ipynb", "pair_f1"),
        ("customer_view.ipynb", "pair_f1"),
        ("identity_store.ipynb", "erasure"),
    ],
)
def test_notebook_runs(name, expected):
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert expected in text
