"""Exceptions raised by tekil.

Every error a user can cause derives from :class:`TekilError`, so a service can
catch one class. Messages name the column (or setting) and say what to do.
"""

from __future__ import annotations


class TekilError(Exception):
    """Base class of every error tekil raises on purpose."""


class InputError(TekilError, ValueError):
    """The input data is unusable: wrong type, missing column, empty, duplicate ids."""


class MissingColumnError(InputError, KeyError):
    """A column that the call needs is not in the DataFrame."""

    def __init__(self, column: str, available: list[str] | None = None):
        hint = ""
        if available is not None:
            shown = ", ".join(map(str, available[:20]))
            more = f" (+{len(available) - 20} more)" if len(available) > 20 else ""
            hint = f"; available columns: {shown}{more}"
        super().__init__(f"column {column!r} is not in the data{hint}")
        self.column = column

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0])


class ConfigError(TekilError, ValueError):
    """Settings are invalid: unknown key, wrong type, contradictory roles."""


class MissingKeyError(TekilError, RuntimeError):
    """A secret that the call needs (such as the card tokenisation key) is not configured."""


class StoreError(TekilError, RuntimeError):
    """The identity store cannot be used: unreachable, made by another version, or not a store."""
