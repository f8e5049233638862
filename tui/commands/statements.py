"""`dementi statements`: list statements; hide, unhide or add one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from analysis.records import STANCES, Document, Statement
from tui.commands.correct import apply_correction as _correct
from tui.commands.output import print_json, print_table
from tui.corrections import statement_state


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("statements", help="list statements (who said what); correct them")
    parser.add_argument("--doc", metavar="ID", help="only this document (id or file name)")
    parser.add_argument("--speaker", metavar="NAME", help="only this speaker (canonical name)")
    parser.add_argument("--all", action="store_true", help="include hidden statements")
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    hide = actions.add_parser("hide", help="hide a false statement (restorable)")
    hide.add_argument("id", metavar="ID")
    hide.set_defaults(handler=lambda a: _correct(a, "hidden", lambda c: c.hide(a.id)))
    unhide = actions.add_parser("unhide", help="restore a hidden statement")
    unhide.add_argument("id", metavar="ID")
    unhide.set_defaults(handler=lambda a: _correct(a, "restored", lambda c: c.unhide(a.id)))
    add = actions.add_parser("add", help="add a statement the extractor missed")
    add.add_argument("--doc", dest="add_doc", required=True, metavar="ID")
    add.add_argument("--start", type=int, required=True, metavar="S")
    add.add_argument("--end", type=int, required=True, metavar="E")
    add.add_argument("--speaker", dest="add_speaker", required=True, metavar="NAME")
    add.add_argument("--stance", choices=STANCES, required=True)
    add.set_defaults(
        handler=lambda a: _correct(
            a,
            "added",
            lambda c: c.add_statement(a.add_doc, a.start, a.end, a.add_speaker, a.stance),
        )
    )
    for name in ("speaker", "stance"):
        fix = actions.add_parser(f"set-{name}", help=f"correct a statement's {name}")
        fix.add_argument("id", metavar="ID")
        fix.add_argument("value", metavar=name.upper())
        fix.set_defaults(handler=_setter(name))


def _setter(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if name == "speaker":
            return _correct(args, "corrected", lambda c: c.set_speaker(args.id, args.value))
        return _correct(args, "corrected", lambda c: c.set_stance(args.id, args.value))

    return run


def statement_row(st: Statement, doc: Document | None) -> dict[str, Any]:
    return {
        "id": st.id,
        "doc": st.doc,
        "file": doc.file if doc else None,
        "start": st.start,
        "end": st.end,
        "text": st.text,
        "speaker": st.speaker,
        "speaker_mention": st.speaker_mention,
        "stance": st.stance,
        "direct": st.direct,
        "cue": st.cue,
        "cues": [c.to_dict() for c in st.cues],
        "lang": st.lang,
        **statement_state(st),
    }


def run_list(args: argparse.Namespace) -> int:
    from tui.cli import UserError, open_store

    with open_store(args) as store:
        doc_id = None
        if args.doc:
            match = store.find_document(args.doc)
            if match is None:
                raise UserError(f"no document {args.doc!r}: see `dementi documents`")
            doc_id = match.id
        docs = {d.id: d for d in store.documents()}
        rows = [
            statement_row(st, docs.get(st.doc))
            for st in store.statements(doc=doc_id, speaker=args.speaker, hidden=args.all)
        ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "file", "speaker", "stance", "statement"],
            [[r["id"], r["file"], r["speaker"] or "—", r["stance"], r["text"]] for r in rows],
            title=f"{len(rows)} statements",
        )
    return 0
