"""`dementi speakers`: list speakers; merge, rename or split them."""

from __future__ import annotations

import argparse

from tui.commands.correct import apply_correction as _correct
from tui.commands.output import print_json, print_table
from tui.corrections import Corrections


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("speakers", help="list speakers; merge, rename or split them")
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser("merge", help="make OTHER one speaker with KEEP (names or ids)")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    merge.set_defaults(handler=run_merge)
    rename = actions.add_parser("rename", help="give a speaker another canonical name")
    rename.add_argument("speaker", metavar="ID")
    rename.add_argument("name", metavar="NEW")
    rename.set_defaults(handler=run_rename)
    split = actions.add_parser("split", help="make an alias a speaker of its own again")
    split.add_argument("speaker", metavar="ID")
    split.add_argument("alias", metavar="ALIAS")
    split.set_defaults(handler=run_split)


def run_list(args: argparse.Namespace) -> int:
    from tui.cli import open_store

    with open_store(args) as store:
        rows = [
            {
                "id": row.speaker.id,
                "name": row.speaker.name,
                "aliases": row.speaker.aliases,
                "kind": row.speaker.kind,
                "statements": row.statements,
            }
            for row in Corrections(store).speakers()
        ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "name", "statements", "aliases"],
            [[r["id"], r["name"], r["statements"], "; ".join(r["aliases"])] for r in rows],
            title=f"{len(rows)} speakers",
        )
    return 0


def run_merge(args: argparse.Namespace) -> int:
    return _correct(args, "merged", lambda c: c.merge(args.keep, args.other))


def run_rename(args: argparse.Namespace) -> int:
    return _correct(args, "renamed", lambda c: c.rename(args.speaker, args.name))


def run_split(args: argparse.Namespace) -> int:
    return _correct(args, "split", lambda c: c.split(args.speaker, args.alias))
