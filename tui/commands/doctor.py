"""`dementi doctor`: check the database and restore the last good save."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.text import Text

from store.doctor import check, restore
from store.storage import WriterLock
from tui.commands.output import err_console


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("doctor", help="check the database file; --restore its last good save")
    parser.add_argument(
        "--restore",
        action="store_true",
        help="replace a damaged database with its backup (the damaged file is kept aside)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tui.cli import default_db_path

    # Resolved as Store resolves it, so that both take the same lock.
    path = (Path(args.db) if args.db else default_db_path()).expanduser().resolve()
    console = err_console()

    def say(line: str) -> None:
        # Never wrapped: paths stay whole when the output is read by a script.
        console.print(Text(line), soft_wrap=True)

    health = check(path)
    if health.ok:
        counts = ", ".join(f"{n} {name}" for name, n in sorted(health.counts.items()))
        say(f"{path}: OK ({counts or 'empty'})")
    else:
        say(f"{path}: {health.problem}")
    if health.backup_ok is None:
        say("no backup (.bak) yet: one is kept from the second save on")
    elif health.backup_ok:
        say(f"backup {path.name}.bak: OK")
    else:
        say(f"backup {path.name}.bak: {health.backup_problem}")
    if health.temporaries:
        say(
            f"{len(health.temporaries)} temporary file(s) left by interrupted saves; "
            "they are removed the next time the database is opened for writing"
        )
    if not args.restore:
        if not health.ok and health.backup_ok and not health.newer:
            say(f"run `dementi --db {path} doctor --restore` to restore it")
        return 0 if health.ok else 1
    if health.ok:
        say("nothing to restore: the database is fine")
        return 0
    lock = WriterLock(path)
    lock.acquire()
    try:
        kept = restore(path)
    finally:
        lock.release()
    where = f"; the damaged file is kept as {kept}" if kept else ""
    say(f"restored {path} from its backup{where}")
    return 0
