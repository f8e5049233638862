"""One writer per file: other processes are refused, readers are not, dead holders are ignored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_store import HELD_VERDICT, contradiction, document, statements

from store import DatabaseLocked, ReadOnlyStore, Store
from store.storage import lock_paths
from tui.cli import main

HELPER = Path(__file__).with_name("helpers_store.py")


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A child process that keeps tmp_path/db.json open for writing."""
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), "hold", str(tmp_path / "db.json")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_a_second_writer_is_refused_with_the_holders_pid(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    db = tmp_path / "db.json"
    before = db.read_bytes()
    with pytest.raises(DatabaseLocked) as raised:
        Store(db)
    assert f"is open in another dementi (pid {holder.pid})" in str(raised.value)
    assert "--read-only" in str(raised.value)
    assert raised.value.pid == holder.pid
    assert db.read_bytes() == before


def test_a_reader_opens_a_file_held_by_a_writer(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    with Store(tmp_path / "db.json", read_only=True) as store:
        assert store.verdict(HELD_VERDICT).verdict == "dismissed"
        with pytest.raises(ReadOnlyStore):
            store.set_verdict(HELD_VERDICT, "confirmed")
        assert store.verdict(HELD_VERDICT).verdict == "dismissed"


def test_the_command_line_reports_the_holder(
    tmp_path: Path, holder: subprocess.Popen[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    (tmp_path / "db.json.bak").write_bytes(db.read_bytes())
    db.write_bytes(b"{")
    assert main(["--db", str(db), "doctor", "--restore"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"is open in another dementi (pid {holder.pid})" in err
    assert db.read_bytes() == b"{"


def test_the_file_is_free_again_when_the_holder_closes_it(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=10) == 0
    assert not lock_paths(tmp_path / "db.json")[1].exists(), "the pid file is removed on close"
    with Store(tmp_path / "db.json") as store:
        store.set_verdict("next", "confirmed")


def test_a_lock_left_by_a_killed_process_is_taken_over(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    db = tmp_path / "db.json"
    _, pid_file = lock_paths(db)
    assert pid_file.read_text() == str(holder.pid)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert pid_file.exists(), "a killed holder leaves its pid file behind"
    with Store(db) as store:
        assert pid_file.read_text() == str(os.getpid())
        assert store.verdict(HELD_VERDICT).verdict == "dismissed"
        store.set_verdict(HELD_VERDICT, "confirmed")
    with Store(db, read_only=True) as store:
        assert store.verdict(HELD_VERDICT).verdict == "confirmed"


def test_the_same_file_opened_twice_in_one_process_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with Store(db):
        with pytest.raises(DatabaseLocked, match="is open in this dementi already"):
            Store(db)
        with pytest.raises(DatabaseLocked):
            Store(tmp_path / "." / "db.json")
    Store(db).close()


def test_a_file_reached_through_a_link_shares_the_lock_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with Store(link) as store:
        with pytest.raises(DatabaseLocked):
            Store(real)
        store.set_verdict("cx-1", "confirmed")
        store.set_verdict("cx-1", "dismissed")
    assert link.is_symlink()
    with Store(real, read_only=True) as reopened:
        assert reopened.verdict("cx-1").verdict == "dismissed"


def test_a_reader_keeps_its_copy_when_the_file_is_replaced(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with Store(db) as writer:
        writer.set_verdict("cx-1", "confirmed")
        reader = Store(db, read_only=True)
        writer.set_verdict("cx-1", "dismissed")
        writer.set_verdict("cx-2", "confirmed")
        assert reader.verdict("cx-1").verdict == "confirmed"
        assert "cx-2" not in reader.verdicts()
        reader.close()
    with Store(db, read_only=True) as fresh:
        assert fresh.verdict("cx-1").verdict == "dismissed"


def test_threads_sharing_a_store_lose_nothing(tmp_path: Path) -> None:
    """An ingest in a worker thread while verdicts are recorded in another."""
    db = tmp_path / "db.json"
    failures: list[BaseException] = []

    def ingest(store: Store) -> None:
        try:
            for start in range(1, 400, 20):
                with store.batch():
                    for n in range(start, start + 20):
                        doc = document(n)
                        store.put_document(doc, statements(doc))
                        store.add_contradictions([contradiction(doc)])
        except BaseException as error:
            failures.append(error)

    with Store(db) as store:
        worker = threading.Thread(target=ingest, args=(store,))
        worker.start()
        n = 0
        while worker.is_alive() or n < 50:
            n += 1
            store.set_verdict(f"cx-doc-{n:06d}", "confirmed", note=str(n))
        worker.join()
    assert not failures, failures
    with Store(db, read_only=True) as reopened:
        assert len(reopened.documents()) == 400
        assert len(reopened.contradictions()) == 400
        assert len(reopened.verdicts()) == n
        assert reopened.verdict(f"cx-doc-{n:06d}").note == str(n)
