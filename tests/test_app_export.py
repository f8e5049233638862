"""Exporting a report from the app: a key, a file name, the format from its ending."""

from __future__ import annotations

import csv
from pathlib import Path

from app_fixture import build_database, settle

from tui.app import DementiApp
from tui.screens.prompt import PromptScreen

SIZE = (120, 40)


async def _export(pilot, target: Path) -> None:
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PromptScreen)
    await pilot.press("ctrl+u", *str(target), "enter")
    await settle(pilot)


async def test_export_from_the_app_writes_the_verdicts(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "v", "c", *"=1+1", "enter")
        await settle(pilot)
        await _export(pilot, tmp_path / "report.csv")
        rows = list(csv.DictReader((tmp_path / "report.csv").open(encoding="utf-8", newline="")))
        assert len(rows) == 4
        confirmed = next(r for r in rows if r["id"] == ids["pair_kirby_peskov"])
        assert (confirmed["verdict"], confirmed["note"]) == ("confirmed", "'=1+1")
        assert confirmed["a_speaker"] == "John Kirby" and confirmed["b_file"] == "peskov.txt"

        await _export(pilot, tmp_path / "report.md")
        report = (tmp_path / "report.md").read_text(encoding="utf-8")
        assert report.startswith("# Contradictions") and "Dmitri Peskov" in report
        assert any("written to" in n.message for n in app._notifications)


async def test_export_refuses_an_unknown_ending(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _export(pilot, tmp_path / "report.pdf")
        assert not (tmp_path / "report.pdf").exists()
        assert any(".md, .json or .csv" in n.message for n in app._notifications)
