"""Checking a database file and restoring it from its last good save."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from store.errors import CorruptDatabase, NewerSchema, StoreError
from store.storage import backup_path, read_database, temporary_files, write_atomically
from store.store import Store


@dataclass(slots=True)
class Finding:
    ok: bool
    problem: str | None = None  # why the file cannot be opened, when it cannot
    newer: bool = False  # written by a newer dementi: not damaged
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Health:
    path: Path
    ok: bool
    problem: str | None  # why the file cannot be opened, when it cannot
    backup_ok: bool | None  # None: there is no backup
    backup_problem: str | None
    counts: dict[str, int]
    newer: bool = False  # written by a newer dementi: never to be restored over
    temporaries: list[Path] = field(default_factory=list)  # left by interrupted saves


def examine(path: Path) -> Finding:
    """Whether `path` opens: header, schema and every row."""
    try:
        tables = read_database(path)
        if tables is not None:
            Store(path, read_only=True)
    except NewerSchema as error:
        return Finding(False, str(error), newer=True)
    except CorruptDatabase as error:
        return Finding(False, error.reason)
    except StoreError as error:
        return Finding(False, str(error))
    if tables is None:
        return Finding(False, "the file does not exist")
    counts = {name: len(rows) for name, rows in tables.items() if name != "_meta"}
    return Finding(True, counts=counts)


def check(path: Path) -> Health:
    main = examine(path)
    bak = backup_path(path)
    backup = examine(bak) if bak.exists() else None
    return Health(
        path,
        main.ok,
        main.problem,
        None if backup is None else backup.ok,
        None if backup is None else backup.problem,
        main.counts,
        main.newer,
        temporary_files(path),
    )


def restore(path: Path) -> Path | None:
    """Put the last good save back in place; the damaged file is kept beside it.

    The caller holds the writer lock. Returns where the damaged file was
    moved (None when there was none).
    """
    main = examine(path)
    if main.ok:
        raise StoreError(f"{path} is fine: there is nothing to restore")
    if main.newer:
        raise StoreError(f"{path} is not damaged but newer than this dementi: upgrade dementi")
    bak = backup_path(path)
    backup = examine(bak)
    if not backup.ok:
        raise StoreError(
            f"cannot restore {path}: the backup {bak} is not usable ({backup.problem})"
        )
    kept = None
    if path.exists():
        kept = _aside(path)
        os.replace(path, kept)
    write_atomically(path, bak.read_bytes())
    return kept


def _aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    names = (
        path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n else ""))
        for n in itertools.count()
    )
    return next(name for name in names if not name.exists())
