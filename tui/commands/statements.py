"""`dementi statements`: list extracted statements."""

from __future__ import annotations

import argparse
from typing import Any

from analysis.records import Document, Statement
from tui.commands.output import print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("statements", help="list statements (who said what)")
    parser.add_argument("--doc", metavar="ID", help="only this document (id or file name)")
    parser.add_argument("--speaker", metavar="NAME", help="only this speaker (canonical name)")
    parser.add_argument("--json", action="store_true", help="a JSON array on stdout")
    parser.set_defaults(handler=run)


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
    }


def run(args: argparse.Namespace) -> int:
    from tui.cli import UserError, open_store

    with open_store(args) as store:
        doc_id = None
        if args.doc:
            match = store.document(args.doc) or next(
                (d for d in store.documents() if d.file == args.doc), None
            )
            if match is None:
                raise UserError(f"no document {args.doc!r}: see `dementi documents`")
            doc_id = match.id
        docs = {d.id: d for d in store.documents()}
        rows = [
            statement_row(st, docs.get(st.doc))
            for st in store.statements(doc=doc_id, speaker=args.speaker)
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
