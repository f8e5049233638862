"""A database that cannot be opened gives a screen that says why and how to fix it."""

from __future__ import annotations

from pathlib import Path

import orjson
from app_fixture import build_database, screen_text, settle

from tui.app import DementiApp
from tui.screens.fatal import FatalScreen

SIZE = (120, 40)


async def _fatal_text(app: DementiApp) -> str:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FatalScreen)
        assert "dementi cannot open this database" in screen_text(app)
        text = f"{screen.problem} {screen.fix}"
        await pilot.press("2", "slash")  # nothing else works here
        assert isinstance(app.screen, FatalScreen)
        await pilot.press("q")
    assert not app.is_running
    return text


async def test_a_corrupt_file_points_to_doctor(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text('{"_meta": {"1": {"app": "dementi", "schema": 1}}, "documents": [', "utf-8")
    text = await _fatal_text(DementiApp(path))
    assert "not a readable dementi database" in text
    assert "doctor" in text


async def test_a_newer_file_asks_for_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)
    data = orjson.loads(path.read_bytes())
    data["_meta"]["1"]["schema"] = 99
    path.write_bytes(orjson.dumps(data))
    text = await _fatal_text(DementiApp(path))
    assert "newer dementi" in text and "Upgrade dementi" in text


async def test_a_missing_file_opened_read_only(tmp_path: Path) -> None:
    text = await _fatal_text(DementiApp(tmp_path / "absent.json", read_only=True))
    assert "does not exist" in text and "without --read-only" in text
