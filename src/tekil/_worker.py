"""Entry point of a worker process: ``python -m tekil._worker`` (see :mod:`tekil.parallel`)."""

from tekil.parallel import _serve

if __name__ == "__main__":
    _serve()
