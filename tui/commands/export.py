"""`dementi export`: a report of contradictions as Markdown, JSON or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.records import VERDICTS
from store.review import MARKS
from tui.export import FORMATS, render, report_rows


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="write a report of contradictions (both quotes, sources, verdicts)"
    )
    parser.add_argument("--format", choices=FORMATS, default="md")
    parser.add_argument("--verdict", choices=VERDICTS, help="only pairs with this verdict")
    parser.add_argument("--mark", choices=MARKS, help="only pairs the analyst marked so")
    parser.add_argument("--output", metavar="FILE", help="write here instead of stdout")
    parser.set_defaults(handler=run)


def write_report(path: Path, report: str) -> None:
    """Write `report` whole or not at all, keeping any earlier file until it is done."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(report, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    from tui.cli import UserError, open_store

    with open_store(args) as store:
        rows = report_rows(
            store.contradictions(),
            {st.id: st for st in store.statements()},
            {d.id: d for d in store.documents()},
            store.verdicts(),
            verdict=args.verdict,
            reviews=store.reviews(),
            mark=args.mark,
        )
    report = render(rows, args.format)
    if not args.output:
        sys.stdout.write(report)
        sys.stdout.flush()
        return 0
    path = Path(args.output).expanduser()
    try:
        write_report(path, report)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"{len(rows)} contradictions written to {path}", file=sys.stderr)
    return 0
