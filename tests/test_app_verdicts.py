"""Verdicts and notes: set from the keyboard, saved at once, found again after a restart."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from app_fixture import build_database, screen_text, settle

import store.storage
from store import Store
from tui.app import DementiApp
from tui.screens.compare import CompareScreen
from tui.screens.verdict import VerdictScreen
from tui.widgets.contradiction_list import ContradictionList
from tui.widgets.statement_list import StatementList

SIZE = (120, 40)


async def test_verdict_and_note_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    pair = ids["pair_kirby_peskov"]
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter", "v")
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        await pilot.press("c", *"vu [bold]ici[/]", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert "✓ confirmed" in screen_text(app)
        assert "note: vu [bold]ici[/]" in screen_text(app)
    # Saved before the app closed: another program reads it from the file.
    with Store(path, read_only=True) as saved:
        verdict = saved.verdict(pair)
    assert (verdict.verdict, verdict.note) == ("confirmed", "vu [bold]ici[/]")

    again = DementiApp(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.corpus.verdict(pair).verdict == "confirmed"
        await pilot.press("2")
        await pilot.pause()
        listing = again.screen.query_one(ContradictionList)
        row = listing.render_row(listing.cursor, 100).plain
        assert row.lstrip().startswith("✓✎")
        assert "note: vu [bold]ici[/]" in screen_text(again)
        statements = again.get_screen("reader").query_one(StatementList)
        kirby = statements.row_of(ids["kirby"])
        assert "≠" in statements.render_row(kirby, 100).plain


async def test_quick_keys_and_cancelling_the_form(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "x")
        await settle(pilot)
        pair = ids["pair_kirby_peskov"]
        assert app.corpus.verdict(pair).verdict == "dismissed"
        await pilot.press("v", "u", *"brouillon", "escape")
        await settle(pilot)
        assert app.corpus.verdict(pair).verdict == "dismissed"
        assert app.corpus.verdict(pair).note == ""
        await pilot.press("r", "r", "r")  # only dismissed pairs
        assert [c.id for c in app.screen.query_one(ContradictionList).pairs] == [pair]
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.query_one(ContradictionList).pairs == []
    with Store(path, read_only=True) as saved:
        assert saved.verdict(pair).verdict == "unreviewed"


async def test_a_failed_save_is_shown_and_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    pair = ids["pair_kirby_peskov"]
    real_write = store.storage.write_atomically

    def disk_full(target: Path, payload: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(store.storage, "write_atomically", disk_full)
        await pilot.press("2", "y")
        await settle(pilot)
        assert any("No space left on device" in n.message for n in app._notifications)
        assert app.corpus.verdict(pair).verdict == "confirmed"  # still shown
        monkeypatch.setattr(store.storage, "write_atomically", real_write)
        await pilot.press("down", "x")  # the next save writes both
        await settle(pilot)
        with Store(path, read_only=True) as saved:
            assert saved.verdict(pair).verdict == "confirmed"


async def test_a_locked_database_opens_read_only_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    with Store(path):
        app = DementiApp(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.store is not None and app.store.read_only
            assert f"read-only: open in another dementi (pid {os.getpid()})" in screen_text(app)
            await pilot.press("2", "y")
            await settle(pilot)
            assert app.corpus.verdict(ids["pair_kirby_peskov"]).verdict == "unreviewed"
            assert any("cannot be saved" in n.message for n in app._notifications)
