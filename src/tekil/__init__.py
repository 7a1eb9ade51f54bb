"""tekil: entity resolution for customer data.

One customer identity from the phone lines, cards, e-mails, social handles and
CRM rows that many systems keep for the same person.
"""

from tekil._version import __version__
from tekil.errors import ConfigError, InputError, MissingColumnError, MissingKeyError, TekilError

__all__ = [
    "ConfigError",
    "InputError",
    "MissingColumnError",
    "MissingKeyError",
    "TekilError",
    "__version__",
]
