"""Reports of contradictions: rows, Markdown escaping, CSV safety, and `dementi export`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pytest
from app_fixture import MARKUP_QUOTE, build_database

from analysis.records import Contradiction, Document, Statement, Verdict
from store import Store
from tui.cli import main
from tui.export import csv_cell, md_escape, render, report_rows, to_csv, to_json, to_markdown


def _records(quote_b: str = "aucune preuve", note: str = ""):
    docs = {
        "d1": Document(
            "d1",
            "kirby.txt",
            "/c/kirby.txt",
            "Titre",
            "Le Quotidien",
            "2023-10-13",
            "fr",
            "x" * 300,
        ),
        "d2": Document(
            "d2", "peskov.txt", "/c/peskov.txt", "Moscou dément", None, None, "fr", "y" * 300
        ),
    }
    sts = {
        "a": Statement(
            "a",
            "d1",
            10,
            40,
            "la Corée du Nord a fourni",
            "John Kirby",
            "assert",
            True,
            "a déclaré",
        ),
        "b": Statement("b", "d2", 100, 113, quote_b, "Dmitri Peskov", "deny", True, "a déclaré"),
    }
    pairs = [
        Contradiction(
            "c1", "a", "b", "denial", 0.9166, "Kirby affirme; Peskov dément.", topic="Armes"
        )
    ]
    verdicts = {"c1": Verdict("c1", "confirmed", note)}
    return pairs, sts, docs, verdicts


def test_rows_carry_both_sides_with_file_and_offsets() -> None:
    [row] = report_rows(*_records())
    assert (row.kind, row.score, row.verdict, row.topic) == ("denial", 0.917, "confirmed", "Armes")
    assert (row.a.speaker, row.a.file, row.a.start, row.a.end) == (
        "John Kirby",
        "kirby.txt",
        10,
        40,
    )
    assert (row.b.quote, row.b.outlet, row.b.date) == ("aucune preuve", "", "")


def test_rows_filter_by_verdict_and_skip_pairs_with_missing_statements() -> None:
    pairs, sts, docs, verdicts = _records()
    assert report_rows(pairs, sts, docs, verdicts, verdict="dismissed") == []
    assert report_rows(pairs, sts, docs, {}, verdict="unreviewed")[0].verdict == "unreviewed"
    del sts["b"]
    assert report_rows(pairs, sts, docs, verdicts) == []


def test_markdown_escapes_what_would_change_the_layout() -> None:
    assert md_escape("a *b* _c_ [d](e) <f> `g` | h") == (
        r"a \*b\* \_c\_ \[d\]\(e\) \<f\> \`g\` \| h"
    )
    assert md_escape("- liste\n# titre") == r"\- liste \# titre"
    assert md_escape("1. premier") == r"1\. premier"


def test_markdown_report_quotes_both_sides_literally() -> None:
    report = to_markdown(report_rows(*_records(quote_b=MARKUP_QUOTE, note="voir *source*")))
    assert "## 1. Armes" in report
    assert "> la Corée du Nord a fourni" in report
    assert r"> \[bold\]x\[/\] n'est pas \[link=http://e\]y\[/link\]" in report
    assert r"- Note: voir \*source\*" in report
    assert "kirby.txt, characters 10–40" in report
    assert "peskov.txt, characters 100–113" in report


def test_csv_neutralises_formulas_and_keeps_every_field() -> None:
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert [csv_cell(v) for v in ("+1", "-2", "@x", "\tx", "ok")] == [
        "'+1",
        "'-2",
        "'@x",
        "'\tx",
        "ok",
    ]
    assert csv_cell(12) == 12
    text = to_csv(report_rows(*_records(quote_b='=cmd|" /C calc"!A0', note="@SUM(A1)")))
    header, row = list(csv.reader(io.StringIO(text)))
    record = dict(zip(header, row, strict=True))
    assert record["b_quote"] == """'=cmd|" /C calc"!A0"""
    assert record["note"] == "'@SUM(A1)"
    assert (record["a_file"], record["a_start"], record["a_end"]) == ("kirby.txt", "10", "40")


def test_json_report_round_trips() -> None:
    [row] = orjson.loads(to_json(report_rows(*_records())))
    assert row["a"]["quote"] == "la Corée du Nord a fourni"
    assert row["b"]["speaker"] == "Dmitri Peskov"
    assert row["verdict"] == "confirmed"


def test_render_rejects_unknown_formats() -> None:
    with pytest.raises(ValueError):
        render([], "pdf")


def test_export_command_writes_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.json"
    ids = build_database(db)
    with Store(db) as store:
        store.set_verdict(ids["pair_kirby_peskov"], "confirmed", "vérifié")
    assert main(["--db", str(db), "export", "--format", "json", "--verdict", "confirmed"]) == 0
    rows = orjson.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [ids["pair_kirby_peskov"]]
    assert rows[0]["note"] == "vérifié"

    target = tmp_path / "out" / "report.csv"
    target.parent.mkdir()
    assert main(["--db", str(db), "export", "--format", "csv", "--output", str(target)]) == 0
    lines = list(csv.reader(target.open(encoding="utf-8", newline="")))
    assert len(lines) == 1 + 4  # header and the four pairs of the test database

    assert main(["--db", str(db), "export"]) == 0
    assert capsys.readouterr().out.startswith("# Contradictions")


def test_export_command_reports_an_unwritable_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.json"
    build_database(db)
    missing = tmp_path / "no" / "such" / "folder" / "r.md"
    assert main(["--db", str(db), "export", "--output", str(missing)]) == 1
    assert "cannot write" in capsys.readouterr().err
