"""The `dementi` command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_data_dir

from store import Store, StoreError
from tui.commands import (
    contradictions,
    doctor,
    documents,
    evaluate,
    export,
    ingest,
    speakers,
    statements,
)

COMMANDS = (ingest, documents, statements, speakers, contradictions, evaluate, doctor, export)


class UserError(Exception):
    """A mistake the analyst can fix; printed as one line, exit code 1."""


def default_db_path() -> Path:
    env = os.environ.get("DEMENTI_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("dementi", appauthor=False)) / "dementi.json"


def open_store(args: argparse.Namespace, *, write: bool = False) -> Store:
    """Open the database named by --db; commands that only read open it read-only."""
    path = Path(args.db) if args.db else default_db_path()
    if not write and not path.exists():
        raise UserError(f"{path} does not exist yet: run `dementi ingest PATH` first")
    return Store(path, read_only=args.read_only or not write)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dementi",
        description="Find who said what, and where the sources contradict each other. "
        "With no command, opens the reader.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file (default: $DEMENTI_DB or {default_db_path()})",
    )
    parser.add_argument(
        "--read-only", action="store_true", help="open the database without changing it"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def run_app(args: argparse.Namespace) -> int:
    from tui.app import DementiApp

    path = Path(args.db) if args.db else default_db_path()
    DementiApp(path, read_only=args.read_only).run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", run_app)
    try:
        return int(handler(args) or 0)
    except (UserError, StoreError) as error:
        print(f"dementi: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dementi: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `dementi statements --json | head`: the reader left, nothing to report.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
