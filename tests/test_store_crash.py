"""Crash safety: a writer killed at any moment, and saves that fail (disk full, permissions)."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from helpers_store import contradiction, document, statements

from store import SaveFailed, Store
from store.doctor import examine
from store.storage import backup_path, temporary_files

HELPER = Path(__file__).with_name("helpers_store.py")
KILLS = int(os.environ.get("DEMENTI_CRASH_KILLS", 200))


def start_writer(db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HELPER), "writer", str(db)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_at_random(proc: subprocess.Popen[str], rng: random.Random) -> tuple[str, list[int]]:
    """Kill the writer at a random moment: when that was, and what it reported committed."""
    assert proc.stdout is not None and proc.stderr is not None
    seen: list[str] = []
    moment = rng.choices(["starting", "first saves", "later saves"], [0.15, 0.35, 0.5])[0]
    if moment == "starting":
        # While the interpreter starts or the store opens.
        time.sleep(rng.uniform(0, 0.15))
    else:
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()
        if moment == "later saves":
            # Whatever the machine's load, some kills come after a few commits.
            seen = [proc.stdout.readline() for _ in range(rng.randint(1, 4))]
        # Short delays included: a save takes about a millisecond.
        time.sleep(rng.choice([0, rng.uniform(0, 0.002), rng.uniform(0, 0.01)]))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Read through the same buffered streams as "ready": nothing is skipped.
    with proc.stdout, proc.stderr:
        out, err = proc.stdout.read(), proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL, f"the writer stopped by itself: {err}"
    lines = [*seen, *out.splitlines()]
    return moment, [int(line.split()[1]) for line in lines if line.startswith("committed ")]


def assert_whole(db: Path, committed: set[int]) -> int:
    """Every committed write is there, and every batch is whole; the number of documents."""
    with Store(db) as store:
        for n in committed:
            verdict = store.verdict(f"cx-doc-{n:06d}")
            assert (verdict.verdict, verdict.note) == ("confirmed", f"n{n}"), n
        docs = store.documents()
        for doc in docs:
            assert store.statement_count(doc.id) == 2, doc.id
            assert store.contradiction(f"cx-{doc.id}") is not None, doc.id
        numbers = sorted(int(doc.id.removeprefix("doc-")) for doc in docs)
        assert numbers == list(range(1, len(docs) + 1))
        return len(docs)


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_never_loses_a_committed_write(tmp_path: Path) -> None:
    seed = int(os.environ.get("DEMENTI_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    db = tmp_path / "crash.json"
    committed: set[int] = set()
    left_temporaries = 0
    kills_with_temporaries = 0
    moments: Counter[str] = Counter()
    kills_after_a_commit = 0
    started = time.monotonic()
    for _ in range(KILLS):
        proc = start_writer(db)
        try:
            moment, reported = kill_at_random(proc, rng)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        committed.update(reported)
        moments[moment] += 1
        kills_after_a_commit += bool(reported)
        leftovers = temporary_files(db)
        left_temporaries += len(leftovers)
        kills_with_temporaries += bool(leftovers)
        if not db.exists():
            assert not committed, f"seed {seed}: the file vanished"
            continue
        documents = assert_whole(db, committed)
        assert documents >= max(committed, default=0), f"seed {seed}"
        assert temporary_files(db) == [], "opening for writing removes interrupted saves"
        if backup_path(db).exists():
            assert examine(backup_path(db)).ok, f"seed {seed}: the backup is damaged"
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test (seed {seed}): {KILLS} SIGKILLs in {elapsed:.1f} s "
        f"({', '.join(f'{n} {m}' for m, n in sorted(moments.items()))}; "
        f"{kills_after_a_commit} after at least one commit), "
        f"{len(committed)} commits reported (a batch save and a verdict save each), 0 lost; "
        f"{kills_with_temporaries} kills landed mid-save and left {left_temporaries} "
        "temporary file(s), all removed at the next open"
    )
    assert kills_after_a_commit > 0, "no kill landed after a save"
    assert kills_with_temporaries > 0, "no kill landed inside a save"


# -- failing saves ------------------------------------------------------------


def enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def eacces(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.EACCES, os.strerror(errno.EACCES))


class FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, handle: object) -> None:
        self.handle = handle

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()  # type: ignore[attr-defined]

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def full_disk_fdopen(fd: int, *args: object, **kwargs: object) -> FullDisk:
    return FullDisk(open(fd, *args, **kwargs))


FAULTS = {
    "write: disk full": ("store.storage.os.fdopen", full_disk_fdopen, "No space left"),
    "fsync: disk full": ("store.storage.os.fsync", enospc, "No space left"),
    "replace: permission denied": ("store.storage.os.replace", eacces, "Permission denied"),
    "backup copy: disk full": ("store.storage.shutil.copy2", enospc, "No space left"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_failed_save_keeps_the_previous_file_and_the_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    target, replacement, reason = FAULTS[fault]
    db = tmp_path / "db.json"
    store = Store(db)
    store.set_verdict("cx-1", "confirmed")
    before = db.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(target, replacement)
        if target.endswith("copy2"):
            patch.setattr("store.storage.os.link", eacces)
        with pytest.raises(SaveFailed) as raised:
            store.set_verdict("cx-2", "dismissed", note="à revoir")
    message = str(raised.value)
    assert str(db) in message and reason in message and "kept in memory" in message
    assert db.read_bytes() == before
    assert temporary_files(db) == []
    assert store.verdict("cx-2").verdict == "dismissed"
    assert store.unsaved
    store.save()
    assert not store.unsaved
    store.close()
    with Store(db, read_only=True) as reopened:
        assert reopened.verdict("cx-1").verdict == "confirmed"
        assert reopened.verdict("cx-2").note == "à revoir"


def test_a_batch_whose_save_fails_is_written_by_the_next_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    with Store(db) as store:
        before = db.read_bytes()
        with monkeypatch.context() as patch:
            patch.setattr("store.storage.os.fsync", enospc)
            with pytest.raises(SaveFailed), store.batch():
                for n in range(1, 4):
                    doc = document(n)
                    store.put_document(doc, statements(doc))
                    store.add_contradictions([contradiction(doc)])
        assert db.read_bytes() == before
        assert len(store.documents()) == 3
    with Store(db, read_only=True) as reopened:
        assert len(reopened.documents()) == 3
        assert len(reopened.contradictions()) == 3


def test_closing_when_the_save_fails_reports_it_and_lets_go_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    store = Store(db)
    with store.batch():
        store.set_verdict("cx-1", "confirmed")
    store.set_setting("theme", "dark")
    with monkeypatch.context() as patch:
        patch.setattr("store.storage.os.replace", eacces)
        with pytest.raises(SaveFailed):
            store.set_verdict("cx-1", "dismissed")
        after_first = db.read_bytes()
        with pytest.raises(SaveFailed):
            store.close()
    assert db.read_bytes() == after_first
    with Store(db) as reopened:
        assert reopened.verdict("cx-1").verdict == "confirmed"
        assert reopened.setting("theme") == "dark"
