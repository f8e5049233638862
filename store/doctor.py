"""Checking a database file and restoring it from its last good save."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from store.errors import StoreError
from store.storage import backup_path, read_database


@dataclass(slots=True)
class Health:
    path: Path
    ok: bool
    problem: str | None  # why the file cannot be opened, when it cannot
    backup_ok: bool | None  # None: there is no backup
    backup_problem: str | None
    counts: dict[str, int]


def _check(path: Path) -> tuple[bool, str | None, dict[str, int]]:
    try:
        tables = read_database(path)
    except StoreError as error:
        return False, str(error), {}
    if tables is None:
        return False, "the file does not exist", {}
    return True, None, {name: len(rows) for name, rows in tables.items() if name != "_meta"}


def check(path: Path) -> Health:
    ok, problem, counts = _check(path)
    bak = backup_path(path)
    backup_ok: bool | None = None
    backup_problem = None
    if bak.exists():
        backup_ok, backup_problem, _ = _check(bak)
    return Health(path, ok, problem, backup_ok, backup_problem, counts)


def restore(path: Path) -> Path | None:
    """Put the last good save back in place; the damaged file is kept beside it.

    Returns where the damaged file was moved (None when there was none).
    """
    bak = backup_path(path)
    good, problem, _ = _check(bak)
    if not good:
        raise StoreError(f"cannot restore {path}: the backup {bak} is not usable ({problem})")
    kept = None
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        os.replace(path, kept)
    staging = path.with_name(path.name + ".restoring")
    shutil.copy2(bak, staging)
    os.replace(staging, path)
    return kept
