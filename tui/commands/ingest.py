"""`dementi ingest PATH...`: add articles, extract statements, find contradictions."""

from __future__ import annotations

import argparse

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from tui.commands.output import err_console

STAGES = {
    "reading": "Reading files",
    "extracting": "Extracting statements",
    "contradictions": "Finding contradictions",
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ingest", help="add .txt, .md and .html articles (files or folders)")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "--force", action="store_true", help="extract again even files that have not changed"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tui.cli import open_store
    from tui.ingest import ingest

    console = err_console()
    with (
        open_store(args, write=True) as store,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        ) as bar,
    ):
        tasks: dict[str, int] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = ingest(store, args.paths, force=args.force, progress=tick)
    for skipped in report.skipped:
        console.print(Text(f"skipped {skipped.path}: {skipped.reason}"))
    console.print(Text(report.summary()))
    return 0
