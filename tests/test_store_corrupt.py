"""Damaged or foreign files are refused with a message, and never changed."""

from __future__ import annotations

import errno
import os
import random
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from helpers_store import document, statements

from store import CorruptDatabase, NewerSchema, Store, StoreError
from store.storage import SCHEMA_VERSION, backup_path, temporary_files


def good_file(path: Path) -> bytes:
    with Store(path) as store:
        doc = document(1)
        store.put_document(doc, statements(doc))
        store.set_verdict("cx-1", "confirmed", note="vu")
    return path.read_bytes()


def header(**extra: object) -> dict[str, object]:
    return {"_meta": {"1": {"app": "dementi", "schema": SCHEMA_VERSION}}, **extra}


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda good: good[: len(good) // 2],
    "cut after the first byte": lambda good: good[:1],
    "zeroed": lambda good: bytes(len(good)),
    "zeroed block": lambda good: good[:40] + bytes(64) + good[104:],
    "random bytes": lambda good: random.Random(7).randbytes(len(good)),
    "empty": lambda good: b"",
    "white space": lambda good: b"  \n\t\n",
    "a JSON list": lambda good: b"[1, 2, 3]",
    "a JSON string": lambda good: b'"dementi"',
    "no dementi header": lambda good: orjson.dumps({"documents": {}}),
    "stock TinyDB layout": lambda good: orjson.dumps({"_default": {"1": {"a": 1}}}),
    "another application": lambda good: orjson.dumps({"_meta": {"1": {"app": "other"}}}),
    "header not a mapping": lambda good: orjson.dumps({"_meta": []}),
    "no schema version": lambda good: orjson.dumps({"_meta": {"1": {"app": "dementi"}}}),
    "schema not a number": lambda good: orjson.dumps(
        {"_meta": {"1": {"app": "dementi", "schema": "1"}}}
    ),
    "table not a mapping": lambda good: orjson.dumps(header(documents=[1])),
    "row not a mapping": lambda good: orjson.dumps(header(verdicts={"cx": "confirmed"})),
    "row missing fields": lambda good: orjson.dumps(header(documents={"d": {"id": "d"}})),
    "row of the wrong type": lambda good: orjson.dumps(
        header(statements={"s": {**statements(document(1))[0].to_dict(), "cues": 5}})
    ),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["for writing", "read-only"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_refused_and_left_byte_identical(
    tmp_path: Path, damage: str, read_only: bool
) -> None:
    db = tmp_path / "db.json"
    db.write_bytes(DAMAGE[damage](good_file(db)))
    backup_path(db).unlink()
    before, stamp = db.read_bytes(), db.stat().st_mtime_ns
    for _ in range(2):  # the second try proves the first let go of the lock
        with pytest.raises(CorruptDatabase) as raised:
            Store(db, read_only=read_only)
        message = str(raised.value)
        assert str(db) in message
        assert f"dementi --db {db} doctor" in message
        assert "left untouched" in message
    assert db.read_bytes() == before
    assert db.stat().st_mtime_ns == stamp
    assert not backup_path(db).exists()
    assert temporary_files(db) == []


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    db.mkdir()
    with pytest.raises(CorruptDatabase, match="it is a folder"):
        Store(db)
    assert db.is_dir() and not any(db.iterdir())


@pytest.mark.parametrize("read_only", [False, True], ids=["for writing", "read-only"])
def test_a_newer_schema_is_refused_and_left_byte_identical(tmp_path: Path, read_only: bool) -> None:
    db = tmp_path / "db.json"
    newer = header()
    newer["_meta"] = {"1": {"app": "dementi", "schema": SCHEMA_VERSION + 1}}
    newer["future_table"] = {"x": {"y": 1}}
    db.write_bytes(orjson.dumps(newer))
    before, stamp = db.read_bytes(), db.stat().st_mtime_ns
    with pytest.raises(NewerSchema) as raised:
        Store(db, read_only=read_only)
    message = str(raised.value)
    assert str(db) in message
    assert f"schema {SCHEMA_VERSION + 1}" in message and "upgrade dementi" in message
    assert db.read_bytes() == before and db.stat().st_mtime_ns == stamp
    Store(tmp_path / "other.json").close()


def test_an_older_file_with_unknown_fields_opens(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    row = {**document(1).to_dict(), "field_from_later": 3}
    db.write_bytes(orjson.dumps(header(documents={row["id"]: row})))
    with Store(db, read_only=True) as store:
        assert store.document(row["id"]) == document(1)


def test_read_only_open_of_a_missing_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "missing" / "db.json"
    with pytest.raises(StoreError) as raised:
        Store(db, read_only=True)
    assert str(db) in str(raised.value) and "does not exist" in str(raised.value)
    assert not db.parent.exists()


def permission_denied(*_args: object, **_kwargs: object) -> None:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


def test_an_unreadable_file_is_reported_not_raised_raw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    good_file(db)
    monkeypatch.setattr(Path, "read_bytes", permission_denied)
    with pytest.raises(StoreError, match=f"cannot read {db}: Permission denied"):
        Store(db, read_only=True)


def test_a_folder_without_write_permission_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    good_file(db)
    with monkeypatch.context() as patch:
        patch.setattr("filelock._unix.os.open", permission_denied)
        with pytest.raises(StoreError, match=f"cannot open {db} for writing: Permission denied"):
            Store(db)
    with Store(db, read_only=True) as store:
        assert store.verdict("cx-1").note == "vu"
    with Store(db) as store:
        store.set_verdict("cx-1", "dismissed")
