"""TinyDB storage: orjson, deferred atomic writes, one writer per file.

TinyDB calls `write` after every change; stock storages rewrite the whole
file each time. Here `write` only keeps the new state in memory and
`flush` writes it once per batch: temporary file in the same folder, fsync,
hard link of the previous file as `.bak`, `os.replace`. A crash at any
moment leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout
from tinydb.storages import Storage

from store.errors import (
    CorruptDatabase,
    DatabaseLocked,
    NewerSchema,
    ReadOnlyStore,
    SaveFailed,
    StoreError,
)

SCHEMA_VERSION = 1
META_TABLE = "_meta"
META_KEY = "1"
APP_NAME = "dementi"

Tables = dict[str, dict[str, dict[str, Any]]]


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _backup_staging(path: Path) -> Path:
    return path.with_name(path.name + ".bak.new")


def lock_paths(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + ".lock"), path.with_name(path.name + ".pid")


def temporary_name(path: Path) -> str:
    return f".{path.name}.{secrets.token_hex(4)}.tmp"


def temporary_files(path: Path) -> list[Path]:
    """Files left by saves of `path` that were interrupted before their rename."""
    pattern = re.compile(re.escape(f".{path.name}.") + r"[0-9a-f]{8}\.tmp")
    staging = _backup_staging(path).name
    with contextlib.suppress(OSError):
        return sorted(
            p for p in path.parent.iterdir() if pattern.fullmatch(p.name) or p.name == staging
        )
    return []


def remove_stale_temporaries(path: Path, older_than: float) -> int:
    """Delete interrupted saves' files; only the writer-lock holder may call this.

    Only the holder writes temporary files, so any made before it took the
    lock belong to a process that died mid-save.
    """
    removed = 0
    for tmp in temporary_files(path):
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < older_than:
                tmp.unlink()
                removed += 1
    return removed


def new_tables() -> Tables:
    return {META_TABLE: {META_KEY: {"app": APP_NAME, "schema": SCHEMA_VERSION}}}


def parse_database(path: Path, raw: bytes) -> Tables:
    """Decode and check a database file; raise CorruptDatabase or NewerSchema."""
    if not raw.strip():
        raise CorruptDatabase(path, "the file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise CorruptDatabase(path, f"not valid JSON: {error}") from None
    header = data.get(META_TABLE) if isinstance(data, dict) else None
    meta = header.get(META_KEY) if isinstance(header, dict) else None
    if not isinstance(meta, dict) or meta.get("app") != APP_NAME:
        raise CorruptDatabase(path, "not a dementi database: no dementi header")
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise CorruptDatabase(path, "the schema version is missing")
    if schema > SCHEMA_VERSION:
        raise NewerSchema(path, schema, SCHEMA_VERSION)
    for name, table in data.items():
        if not isinstance(table, dict):
            raise CorruptDatabase(path, f"table {name!r} is not a mapping")
        if not all(isinstance(row, dict) for row in table.values()):
            raise CorruptDatabase(path, f"table {name!r} holds a row that is not a mapping")
    return data


def read_database(path: Path) -> Tables | None:
    """The checked contents of `path`, or None when there is no file yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise CorruptDatabase(path, "it is a folder") from None
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror or error}") from None
    return parse_database(path, raw)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload`, keeping the previous file as `.bak`."""
    folder = path.parent
    fd, tmp = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _link_backup(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)


def _create_temporary(path: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = path.with_name(temporary_name(path))
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue


def _link_backup(path: Path) -> None:
    # A hard link costs nothing and keeps the previous inode whole once
    # `path` is replaced; copy only where links are not supported.
    bak, staging = backup_path(path), _backup_staging(path)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        try:
            os.link(path, staging)
        except OSError:
            shutil.copy2(path, staging)
        os.replace(staging, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


class WriterLock:
    """An exclusive, process-wide claim on a database file.

    flock is released by the kernel when its holder dies, so a lock left by
    a killed process is free again; the pid file only names the holder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        lock_file, self.pid_file = lock_paths(path)
        self._lock = FileLock(lock_file, timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseLocked(self.path, self.holder()) from None
        except OSError as error:
            raise StoreError(
                f"cannot open {self.path} for writing: {error.strerror or error}; "
                "open it read-only (--read-only)"
            ) from None
        with contextlib.suppress(OSError):
            self.pid_file.write_text(str(os.getpid()))

    def holder(self) -> int | None:
        """The pid of the process holding the lock, when it is known and alive."""
        try:
            pid = int(self.pid_file.read_text().strip())
            os.kill(pid, 0)
        except PermissionError:
            pass  # alive, but another user's
        except (OSError, ValueError, OverflowError):
            return None
        return pid

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self.pid_file.unlink()
            self._lock.release()


class DeferredStorage(Storage):
    """Keeps the tables in memory; `flush` writes them to disk atomically."""

    def __init__(self, path: Path, tables: Tables, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._tables = tables
        self.dirty = False
        self.closed = False

    def read(self) -> Tables:
        return self._tables

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise ReadOnlyStore(self.path)
        self._tables = data
        self.dirty = True

    def flush(self) -> None:
        if not self.dirty:
            return
        if self.read_only:
            raise ReadOnlyStore(self.path)
        payload = orjson.dumps(self._tables)
        try:
            write_atomically(self.path, payload)
        except OSError as error:
            raise SaveFailed(self.path, error) from error
        self.dirty = False

    def close(self) -> None:
        """Nothing to release: the owner flushes explicitly."""
