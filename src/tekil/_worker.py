"""Entry point of the normalising worker process: ``python -m tekil._worker`` (see parallel)."""

from tekil.parallel import _worker

if __name__ == "__main__":
    _worker()
