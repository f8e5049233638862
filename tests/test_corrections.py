"""Corrections from the command line, on the sample corpus: they take effect,
bring contradictions up to date, undo, and survive `ingest --force`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures import corpus_dir
from store import Store
from tui.cli import main
from tui.corrections import Corrections


def cli_json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def cli(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def speaker_names(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict]:
    return {row["name"]: row for row in cli_json(capsys, db, "speakers")}


def test_speakers_json_has_ids_aliases_and_counts(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = cli_json(capsys, sample_db, "speakers")
    statements = cli_json(capsys, sample_db, "statements")
    assert sum(r["statements"] for r in rows) == sum(1 for s in statements if s["speaker"])
    for row in rows:
        assert {"id", "name", "aliases", "statements"} <= row.keys()
    kirby = next(r for r in rows if "Kirby" in r["name"])
    assert kirby["statements"] >= 5


def test_merge_moves_statements_and_aliases_and_is_undone(
    sample_db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = speaker_names(capsys, sample_db_copy)
    keep, other = sorted(before, key=lambda n: -before[n]["statements"])[:2]
    total = before[keep]["statements"] + before[other]["statements"]
    assert cli(sample_db_copy, "speakers", "merge", keep, other) == 0
    after = speaker_names(capsys, sample_db_copy)
    assert other not in after
    assert after[keep]["statements"] == total
    assert other in after[keep]["aliases"]
    moved = cli_json(capsys, sample_db_copy, "statements", "--speaker", keep)
    assert len(moved) == total
    assert any(s.get("corrected") and s["extracted"]["speaker"] == other for s in moved)
    with Store(sample_db_copy) as store:
        undone = Corrections(store).undo()
    assert undone is not None and undone.action == "merge"
    assert speaker_names(capsys, sample_db_copy)[other]["statements"] == before[other]["statements"]


def test_rename_by_id(sample_db_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = cli_json(capsys, sample_db_copy, "speakers")
    target = max(rows, key=lambda r: r["statements"])
    assert cli(sample_db_copy, "speakers", "rename", target["id"], "Renamed Speaker") == 0
    after = speaker_names(capsys, sample_db_copy)
    assert after["Renamed Speaker"]["statements"] == target["statements"]
    assert target["name"] not in after


def test_hidden_statement_leaves_listings_and_contradictions_until_unhidden(
    sample_db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = cli_json(capsys, sample_db_copy, "contradictions")
    busiest = max(
        {p["a"] for p in pairs} | {p["b"] for p in pairs},
        key=lambda sid: sum(sid in (p["a"], p["b"]) for p in pairs),
    )
    involved = {p["id"] for p in pairs if busiest in (p["a"], p["b"])}
    assert involved
    verdict_on = next(iter(sorted(involved)))
    with Store(sample_db_copy) as store:
        store.set_verdict(verdict_on, "confirmed", "checked against the source")
    assert cli(sample_db_copy, "statements", "hide", busiest) == 0
    visible = {s["id"] for s in cli_json(capsys, sample_db_copy, "statements")}
    assert busiest not in visible
    everything = {s["id"]: s for s in cli_json(capsys, sample_db_copy, "statements", "--all")}
    assert everything[busiest]["hidden"] is True
    remaining = {p["id"] for p in cli_json(capsys, sample_db_copy, "contradictions")}
    assert not involved & remaining
    assert cli(sample_db_copy, "statements", "unhide", busiest) == 0
    restored = {p["id"]: p for p in cli_json(capsys, sample_db_copy, "contradictions")}
    assert involved <= restored.keys()
    assert restored[verdict_on]["verdict"] == "confirmed"
    assert restored[verdict_on]["note"] == "checked against the source"


def test_added_statement_and_stance_fix_survive_forced_reingestion(
    sample_db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = cli_json(capsys, sample_db_copy, "documents")
    doc = next(d for d in docs if d["file"].startswith("003"))
    with Store(sample_db_copy, read_only=True) as store:
        text = store.document(doc["id"]).text
    phrase = "ne cessent de croître"
    start = text.index(phrase)
    assert (
        cli(
            sample_db_copy,
            "statements", "add", "--doc", doc["id"], "--start", str(start),
            "--end", str(start + len(phrase)), "--speaker", "La Gazette", "--stance", "assert",
        )
        == 0
    )  # fmt: skip
    statements = cli_json(capsys, sample_db_copy, "statements")
    added = next(s for s in statements if s["text"] == phrase)
    assert added["speaker"] == "La Gazette" and added.get("added") is True
    flipped = next(s for s in statements if s["stance"] == "assert" and s["id"] != added["id"])
    assert cli(sample_db_copy, "statements", "set-stance", flipped["id"], "deny") == 0
    hidden = next(s for s in statements if s["id"] not in (added["id"], flipped["id"]))
    assert cli(sample_db_copy, "statements", "hide", hidden["id"]) == 0

    assert cli(sample_db_copy, "ingest", "--force", str(corpus_dir())) == 0

    after = {s["id"]: s for s in cli_json(capsys, sample_db_copy, "statements", "--all")}
    assert after[added["id"]]["speaker"] == "La Gazette"
    assert after[flipped["id"]]["stance"] == "deny"
    assert after[flipped["id"]]["extracted"]["stance"] == "assert"
    assert after[hidden["id"]]["hidden"] is True
    with Store(sample_db_copy, read_only=True) as store:
        assert Corrections(store).orphaned() == []


def test_unknown_speaker_is_a_clear_error(
    sample_db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli(sample_db_copy, "speakers", "merge", "Nobody At All", "Kirby") == 1
    err = capsys.readouterr().err
    assert "no speaker 'Nobody At All'" in err and "Traceback" not in err
