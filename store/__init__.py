"""Persistence: the only package that touches the database file."""

from store.errors import (
    CorruptDatabase,
    DatabaseLocked,
    NewerSchema,
    ReadOnlyStore,
    SaveFailed,
    StoreError,
)
from store.store import Store

__all__ = [
    "CorruptDatabase",
    "DatabaseLocked",
    "NewerSchema",
    "ReadOnlyStore",
    "SaveFailed",
    "Store",
    "StoreError",
]
