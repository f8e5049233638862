"""Errors the store raises: each message names the file and says what to do."""

from __future__ import annotations

import os
from pathlib import Path


class StoreError(Exception):
    """Base class; `str(error)` is a one-line message for the analyst."""


class DatabaseLocked(StoreError):
    def __init__(self, path: Path, pid: int | None) -> None:
        self.path = path
        self.pid = pid
        if pid == os.getpid():
            who = "this dementi already"
        else:
            who = f"another dementi (pid {pid})" if pid else "another dementi"
        super().__init__(
            f"{path} is open in {who}; close it there, or open this one read-only (--read-only)"
        )


class CorruptDatabase(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"{path} is not a readable dementi database ({reason}); it was left untouched. "
            f"Run `dementi --db {path} doctor` to check it and restore the last good save"
        )


class NewerSchema(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        super().__init__(
            f"{path} was written by a newer dementi (schema {found}, this one reads up to "
            f"{supported}); upgrade dementi to open it. The file was left untouched"
        )


class ReadOnlyStore(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is open read-only; changes cannot be saved")


class ClosedStore(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} was closed; changes cannot be made")


class MissingDatabase(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} does not exist, so it cannot be opened read-only; "
            "check the path, or create it with `dementi ingest PATH`"
        )


class InvalidRecord(StoreError, ValueError):
    """A record that cannot be written (e.g. text with lone surrogates); nothing was changed."""

    def __init__(self, path: Path, what: str, reason: str) -> None:
        self.path = path
        super().__init__(f"cannot store {what} in {path}: {reason}; nothing was changed")


class SaveFailed(StoreError):
    """Writing failed (disk full, permissions): the old file is intact, changes stay pending."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        reason = cause.strerror or str(cause)
        super().__init__(
            f"could not save {path}: {reason}; the previous save is intact and the change is "
            "kept in memory — free space or fix permissions, it is retried on the next save"
        )
