"""`dementi eval`: score extraction and contradictions against a gold file."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import orjson

from fixtures import corpus_dir, gold_file
from tui.commands.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "eval", help="measure extraction and contradiction quality against a gold file"
    )
    parser.add_argument("--gold", metavar="FILE", help="gold file (default: the sample's)")
    parser.add_argument("--corpus", metavar="DIR", help="corpus folder (default: the sample)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from analysis.evaluate import score_statements
    from analysis.evaluate_pairs import score_pairs
    from analysis.gold import GoldError, load_gold
    from store import Store
    from tui.cli import UserError
    from tui.ingest import ingest

    corpus = Path(args.corpus) if args.corpus else corpus_dir()
    gold_path = Path(args.gold) if args.gold else gold_file()
    try:
        gold_data = orjson.loads(gold_path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as error:
        raise UserError(f"cannot read the gold file {gold_path}: {error}") from None
    if not corpus.is_dir():
        raise UserError(f"{corpus} is not a folder")
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="dementi-eval-") as tmp,
        Store(Path(tmp) / "eval.json") as store,
    ):
        ingest(store, [corpus])
        docs = store.documents()
        by_file = {d.file: store.statements(doc=d.id) for d in docs}
        contradictions = store.contradictions()
    elapsed = time.perf_counter() - started
    try:
        gold = load_gold(gold_data, {d.file: d.text for d in docs})
    except GoldError as error:
        raise UserError(str(error)) from None
    statements = score_statements(gold, by_file)
    pairs = score_pairs(gold, by_file, contradictions)
    meta = [
        {
            "doc": g.doc,
            "gold_date": g.date,
            "date": d.date,
            "gold_lang": g.lang,
            "lang": d.lang,
        }
        for g in gold
        for d in docs
        if d.file == g.doc
    ]
    if args.json:
        print_json(
            [
                {
                    "corpus": str(corpus),
                    "gold": str(gold_path),
                    "overrides": "off (the extractor alone)",
                    "seconds": round(elapsed, 2),
                    "documents": meta,
                    "statements": statements.to_dict(),
                    "contradictions": pairs.to_dict(),
                }
            ]
        )
        return 0
    dates = sum(m["date"] == m["gold_date"] for m in meta)
    langs = sum(m["lang"] == m["gold_lang"] for m in meta)
    print(f"corpus {corpus}\ngold   {gold_path}")
    print("analyst overrides: off (this measures the extractor alone)")
    print(f"ingest + extraction + detection: {elapsed:.1f} s")
    print(f"documents: date right {dates}/{len(meta)}, language right {langs}/{len(meta)}")
    for m in meta:
        if m["date"] != m["gold_date"] or m["lang"] != m["gold_lang"]:
            print(
                f"  {m['doc']}: date {m['date']} (gold {m['gold_date']}), "
                f"lang {m['lang']} (gold {m['gold_lang']})"
            )
    print()
    print(statements.format())
    print()
    print(pairs.format())
    return 0
