"""The identity store: persisted customers, stable ids, incremental resolve and erasure.

See :class:`IdentityStore`.
"""

from tekil.store.identity_store import IdentityStore

__all__ = ["IdentityStore"]
