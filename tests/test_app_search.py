"""The query box: type, see ranked results with the matches marked, pick one."""

from __future__ import annotations

from pathlib import Path

from app_fixture import build_database, screen_text, settle

from tui.app import DementiApp
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen
from tui.search import parse_query
from tui.widgets.document_view import DocumentView
from tui.widgets.result_list import ResultList

SIZE = (120, 40)


def _app(tmp_path: Path) -> tuple[DementiApp, dict[str, str]]:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    return DementiApp(path), ids


async def _type(pilot, text: str) -> ResultList:
    await pilot.press(*text)
    await settle(pilot)
    return pilot.app.screen.query_one(ResultList)


async def test_search_and_pick_a_result(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        results = await _type(pilot, "peskov")
        assert [h.statement for h in results.hits[:2]] != []
        assert app.corpus.by_id[results.hits[0].statement].speaker == "Dmitri Peskov"
        assert "results" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        picked = app.corpus.by_id[results.hits[1].statement]
        view = app.screen.query_one(DocumentView)
        assert view.selected is picked and view.cursor == picked.start


async def test_matched_characters_are_marked(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        results = await _type(pilot, "preuve")
        row = results.render_row(0, 110)
        match = results.look("look--match")
        marked = [row.plain[s.start : s.end] for s in row.spans if s.style == match]
        assert marked and all(m.lower() == "preuve" for m in marked)


async def test_filter_words_in_the_box(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        results = await _type(pilot, "stance:hedge speaker:patel")
        assert [h.statement for h in results.hits] == [
            s.id
            for s in app.corpus.statements
            if s.speaker == "Vedant Patel" and s.stance == "hedge"
        ]
        await pilot.press(*["backspace"] * 30)
        results = await _type(pilot, "stance:sure")
        assert "stance: one of assert, deny, hedge" in screen_text(app)


async def test_the_latest_query_wins(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"kirby")
        await pilot.press(*["backspace"] * 5, *"patel")
        results = await _type(pilot, "")
        speakers = {app.corpus.by_id[h.statement].speaker for h in results.hits}
        assert speakers == {"Vedant Patel"}
        # A search that finishes after a newer one started is dropped.
        stale = list(results.hits)
        screen._show(screen._generation - 1, parse_query("kirby"), [], app.corpus)
        assert results.hits == stale


async def test_the_box_remembers_the_last_query(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kirby", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("2", "slash")
        await settle(pilot)
        assert app.screen.query_one("#query").value == "kirby"
        assert app.screen.query_one(ResultList).row_count > 0
