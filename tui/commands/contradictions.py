"""`dementi contradictions`: list detected contradictions."""

from __future__ import annotations

import argparse

from analysis.records import KINDS
from tui.commands.output import print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("contradictions", help="list contradictions between statements")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--min-score", type=float, metavar="S", default=None)
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tui.cli import open_store

    with open_store(args) as store:
        rows = []
        for cx in store.contradictions(kind=args.kind, min_score=args.min_score):
            verdict = store.verdict(cx.id)
            rows.append(
                {
                    **cx.to_dict(),
                    "verdict": verdict.verdict,
                    "note": verdict.note,
                }
            )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "kind", "score", "verdict", "why"],
            [[r["id"], r["kind"], f"{r['score']:.2f}", r["verdict"], r["why"]] for r in rows],
            title=f"{len(rows)} contradictions",
        )
    return 0
