"""How each screen looks, at a roomy and at a small terminal size."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixture import build_database, settle

from tui.app import DementiApp

SIZES = [(120, 40), (80, 24)]

# Keys from the Reader to each screen, after the database is loaded.
SCREENS = {
    "reader": [],
    "reader_document": ["shift+tab", "down", "down", "down", "enter", "down"],
    "contradictions": ["2"],
    "compare": ["2", "enter"],
    "verdict": ["2", "enter", "v", "c"],
    "speakers": ["3"],
    "search": ["slash", *"peskov"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(screen: str, size: tuple[int, int], snap_compare, tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)

    async def reach(pilot) -> None:
        await settle(pilot)
        await pilot.press(*SCREENS[screen])
        await settle(pilot)

    assert snap_compare(DementiApp(path), terminal_size=size, run_before=reach)
