"""`dementi documents`: list the ingested documents."""

from __future__ import annotations

import argparse

from tui.commands.output import print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("documents", help="list ingested documents")
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from tui.cli import open_store

    with open_store(args) as store:
        rows = [
            {
                "id": d.id,
                "file": d.file,
                "path": d.path,
                "title": d.title,
                "outlet": d.outlet,
                "date": d.date,
                "lang": d.lang,
                "chars": d.chars,
                "statements": store.statement_count(d.id),
            }
            for d in store.documents()
        ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "date", "lang", "outlet", "statements", "title"],
            [
                [
                    r["id"],
                    r["date"] or "—",
                    r["lang"],
                    r["outlet"] or "—",
                    r["statements"],
                    r["title"],
                ]
                for r in rows
            ],
            title=f"{len(rows)} documents",
        )
    return 0
