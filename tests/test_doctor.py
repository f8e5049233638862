"""`dementi doctor`: checking a database and restoring its last good save."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from helpers_store import document, statements

from store import Store
from store.storage import SCHEMA_VERSION, backup_path, temporary_files, temporary_name
from tui.cli import main


def doctor(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--db", str(db), "doctor", *extra])
    return code, " ".join(capsys.readouterr().err.split())


def two_saves(db: Path) -> tuple[bytes, bytes]:
    """A database saved twice: the first save is the backup. Both files' bytes."""
    with Store(db) as store:
        doc = document(1)
        store.put_document(doc, statements(doc))
        store.set_verdict("cx-first", "confirmed")
        store.set_verdict("cx-second", "dismissed")
    return backup_path(db).read_bytes(), db.read_bytes()


def test_a_good_file_is_reported_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.json"
    two_saves(db)
    code, err = doctor(db, capsys)
    assert code == 0
    assert f"{db}: OK (" in err
    assert "1 documents" in err and "2 statements" in err and "2 verdicts" in err
    assert "backup db.json.bak: OK" in err


def test_a_new_file_has_no_backup_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.json"
    Store(db).close()
    code, err = doctor(db, capsys)
    assert code == 0 and "OK (empty)" in err and "no backup" in err


def test_a_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = doctor(tmp_path / "db.json", capsys)
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "db.json").exists()


def test_a_corrupt_file_with_a_good_backup_is_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    backup, last = two_saves(db)
    damaged = last[: len(last) // 3]
    db.write_bytes(damaged)

    code, err = doctor(db, capsys)
    assert code == 1
    assert "not valid JSON" in err and "backup db.json.bak: OK" in err
    assert f"dementi --db {db} doctor --restore" in err
    assert db.read_bytes() == damaged, "checking changes nothing"

    code, err = doctor(db, capsys, "--restore")
    assert code == 0 and f"restored {db} from its backup" in err
    assert db.read_bytes() == backup
    kept = list(tmp_path.glob("db.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert f"the damaged file is kept as {kept[0]}" in err
    with Store(db) as store:
        assert store.verdict("cx-first").verdict == "confirmed"
        assert store.statement_count() == 2

    code, err = doctor(db, capsys)
    assert code == 0 and "OK" in err


def test_restoring_twice_keeps_both_damaged_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    backup, _ = two_saves(db)
    for damaged in (b"{", b"\0\0"):
        db.write_bytes(damaged)
        assert doctor(db, capsys, "--restore")[0] == 0
    kept = sorted(path.read_bytes() for path in tmp_path.glob("db.json.damaged-*"))
    assert kept == [b"\0\0", b"{"]
    assert db.read_bytes() == backup


def test_a_lost_file_is_restored_from_its_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    backup, _ = two_saves(db)
    db.unlink()
    code, err = doctor(db, capsys, "--restore")
    assert code == 0 and "kept as" not in err
    assert db.read_bytes() == backup


def test_nothing_is_restored_over_a_good_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    _, last = two_saves(db)
    code, err = doctor(db, capsys, "--restore")
    assert code == 0 and "nothing to restore" in err
    assert db.read_bytes() == last


def test_a_damaged_backup_is_not_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    two_saves(db)
    db.write_bytes(b"")
    backup_path(db).write_bytes(b"[]")
    code, err = doctor(db, capsys)
    assert code == 1 and "the file is empty" in err and "no dementi header" in err
    assert "--restore" not in err
    code, err = doctor(db, capsys, "--restore")
    assert code == 1 and "backup" in err and "not usable" in err
    assert db.read_bytes() == b"" and backup_path(db).read_bytes() == b"[]"
    assert not list(tmp_path.glob("db.json.damaged-*"))


def test_a_newer_file_is_never_restored_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    two_saves(db)
    newer = orjson.dumps({"_meta": {"1": {"app": "dementi", "schema": SCHEMA_VERSION + 1}}})
    db.write_bytes(newer)
    code, err = doctor(db, capsys)
    assert code == 1 and "newer dementi" in err and "--restore" not in err
    code, err = doctor(db, capsys, "--restore")
    assert code == 1 and "upgrade dementi" in err
    assert db.read_bytes() == newer


def test_leftover_temporary_files_are_reported_and_then_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    two_saves(db)
    (tmp_path / temporary_name(db)).write_bytes(b'{"_meta": {"1": {"app": "dem')
    code, err = doctor(db, capsys)
    assert code == 0 and "1 temporary file(s) left by interrupted saves" in err
    Store(db).close()
    assert temporary_files(db) == []
    code, err = doctor(db, capsys)
    assert code == 0 and "temporary file(s)" not in err
