"""How the analyst's workflow looks: triage badges and counts, the forms, the lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixture import build_database, settle

from analysis.overrides import Anchor, Override
from store import Store
from tui.app import DementiApp
from tui.corrections import Corrections

SIZES = [(120, 40), (80, 24)]

# Keys from the Reader, after the database is loaded.
SCREENS = {
    "triage": ["m", "m", "space", "down", "m", "n", "shift+tab", "down", "enter"],
    "hidden": ["down", "x", "H"],
    "selecting": ["enter", "right_square_bracket", "v", "w", "w", "w"],
    "add_form": ["enter", "right_square_bracket", "v", "w", "w", "w", "enter"],
    "correct_form": ["s"],
    "merge": ["3", "down", "m", "down", "down"],
    "orphans": ["o"],
}


def _lose_a_correction(path: Path, doc_id: str) -> None:
    with Store(path) as store:
        doc = store.document(doc_id)
        gone = Anchor(doc.path, "0" * 64, 10, 30, "des mots disparus", "avant ", " après")
        store.put_override(Override("lost1", "stance", "2024-01-01T00:00:00", gone, value="deny"))
        Corrections(store).recompute()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_workflow_screen(screen: str, size: tuple[int, int], snap_compare, tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    if screen == "orphans":
        _lose_a_correction(path, ids["doc_peskov"])

    async def reach(pilot) -> None:
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.press(*SCREENS[screen])
        await settle(pilot)
        pilot.app.clear_notifications()
        await settle(pilot)

    assert snap_compare(DementiApp(path), terminal_size=size, run_before=reach)
