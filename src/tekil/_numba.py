"""numba's ``njit`` as tekil compiles with it (imported only by modules that compile)."""

from __future__ import annotations

import numba


def compiled(**options):
    """``numba.njit`` with the machine code cached on disk, or per process where no cache
    directory can be written (a read-only install and no writable home)."""

    def wrap(func):
        try:
            return numba.njit(cache=True, **options)(func)
        except RuntimeError:  # numba: "cannot cache function …: no locator available"
            return numba.njit(**options)(func)

    return wrap
