"""Entry point of the worker process: ``python -m tekil._worker`` (see parallel); with
``--serve``, a :class:`~tekil.parallel.Helper`'s process."""

import sys

from tekil.parallel import _serve, _worker

if __name__ == "__main__":
    if "--serve" in sys.argv[1:]:
        _serve()
    else:
        _worker()
