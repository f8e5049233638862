"""Persistence: the only package that touches the database file."""

from store.errors import (
    ClosedStore,
    CorruptDatabase,
    DatabaseLocked,
    InvalidRecord,
    MissingDatabase,
    NewerSchema,
    ReadOnlyStore,
    SaveFailed,
    StoreError,
)
from store.store import Store

__all__ = [
    "ClosedStore",
    "CorruptDatabase",
    "DatabaseLocked",
    "InvalidRecord",
    "MissingDatabase",
    "NewerSchema",
    "ReadOnlyStore",
    "SaveFailed",
    "Store",
    "StoreError",
]
