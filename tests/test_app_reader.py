"""The Reader: documents, statements, and the text with its spans, from the keyboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_fixture import MARKUP_QUOTE, build_database, screen_text, settle
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from analysis.records import Document, Statement
from store import Store
from tui.app import DementiApp
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.document_list import DocumentList
from tui.widgets.document_view import DocumentView, wrap_offsets
from tui.widgets.statement_list import StatementList
from tui.widgets.top_bar import TopBar

SIZE = (120, 40)


def _app(tmp_path: Path) -> tuple[DementiApp, dict[str, str]]:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    return DementiApp(path), ids


async def _open_document(pilot, doc_id: str) -> None:
    documents = pilot.app.screen.query_one(DocumentList)
    documents.focus()
    await pilot.press("home", *["down"] * documents.row_of(doc_id))
    await pilot.pause()


async def test_starts_on_the_reader_with_every_statement(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.query_one(DocumentList).row_count == 1 + 6
        statements = app.screen.query_one(StatementList)
        assert statements.row_count == 10
        assert statements.has_focus
        text = screen_text(app)
        assert "All documents" in text
        assert "Statements · all documents" in text


async def test_choosing_a_document_lists_its_statements_and_shows_its_text(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _open_document(pilot, ids["doc_peskov"])
        statements = app.screen.query_one(StatementList)
        view = app.screen.query_one(DocumentView)
        assert [s.speaker for s in statements.statements] == ["Dmitri Peskov"] * 2
        assert view.document is not None and view.document.id == ids["doc_peskov"]
        assert "Moscou dément" in screen_text(app)
        await pilot.press("enter")
        assert statements.has_focus
        await pilot.press("enter")
        assert view.has_focus


async def test_moving_through_statements_scrolls_the_text_to_the_span(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _open_document(pilot, ids["doc_long"])
        view = app.screen.query_one(DocumentView)
        assert view.scroll_offset.y == 0
        await pilot.press("enter", "down")
        await pilot.pause()
        last = app.corpus.by_id[ids["long_last"]]
        assert view.selected is last and view.cursor == last.start
        line = view.line_of(last.start)
        top, height = view.scroll_offset.y, view.scrollable_content_region.height
        assert top > 0 and top <= line < top + height
        assert "said that the shipments went on" in screen_text(app)
        await pilot.press("up")
        await pilot.pause()
        assert view.scroll_offset.y == 0


async def test_moving_the_text_cursor_selects_the_statement_under_it(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _open_document(pilot, ids["doc_long"])
        statements = app.screen.query_one(StatementList)
        view = app.screen.query_one(DocumentView)
        view.focus()
        await pilot.press("G")  # the end of the text: past the last statement
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert statements.current is not None and statements.current.id == ids["long_last"]
        await pilot.press("g")  # the title line holds no statement: the selection stays
        await pilot.pause()
        assert statements.current.id == ids["long_last"]
        first = app.corpus.by_id[ids["long_first"]]
        await pilot.press("down", "down", "end")  # the end of a line inside the first span
        await pilot.pause()
        assert view.statement_at(view.cursor) is first
        assert statements.current.id == ids["long_first"]
        assert app.screen.statement is first


async def test_clicking_in_the_text_selects_the_statement_there(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _open_document(pilot, ids["doc_peskov"])
        view = app.screen.query_one(DocumentView)
        second = app.corpus.by_id[ids["peskov"]]
        line = view.line_of(second.start)
        column = cell_len(view.document.text[view._lines[line][0] : second.start]) + 2
        # One cell of border and one of padding before the text.
        await pilot.click(DocumentView, offset=(column + 2, line - view.scroll_offset.y + 1))
        await pilot.pause()
        assert view.has_focus
        assert app.screen.query_one(StatementList).current is second


async def test_document_text_is_shown_literally(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _open_document(pilot, ids["doc_markup"])
        text = screen_text(app)
        # The quote wraps in the text pane, and is whole in the statements pane.
        assert "« [bold]x[/] n'est pas" in text and "[link=http://e]y[/link] »" in text
        statements = app.screen.query_one(StatementList)
        assert statements.render_row(0, 200).plain.endswith(MARKUP_QUOTE)
        assert "Titre avec [bold]balises[/bold] littérales" in text
        assert "[dim]ne doit pas[/dim]" in text
        assert "[red]Rouge[/red]" in text  # the outlet, under the text pane


async def test_tab_walks_the_panes(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert reader.query_one(StatementList).has_focus
        await pilot.press("tab")
        assert reader.query_one(DocumentView).has_focus
        await pilot.press("tab")
        assert reader.query_one(DocumentList).has_focus
        await pilot.press("shift+tab")
        assert reader.query_one(DocumentView).has_focus


async def test_help_lists_the_keys_of_the_current_screen(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        described = {k.description for k in app.screen.keys}
        # Keys of the app, of the screen and of each pane, hidden ones included.
        assert {"Search", "Quit", "Compare", "Next statement", "Down", "Open"} <= described
        keys = {k.description: k.keys for k in app.screen.keys}
        assert keys["Down"] == "↓ / j"
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("2", "question_mark")
        await pilot.pause()
        described = {k.description for k in app.screen.keys}
        assert {"Sort", "Filter by kind", "Confirm"} <= described
        assert "Compare" not in described


async def test_command_palette_runs_the_app_actions(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"speakers")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "speakers"


async def test_a_speaker_filters_the_statements(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        speakers = app.screen.query_one("#speaker-list")
        row = next(n for n, s in enumerate(speakers.speakers) if s.name == "Dmitri Peskov")
        await pilot.press("home", *["down"] * row, "enter")
        await pilot.pause()
        assert app.current_mode == "reader"
        statements = app.screen.query_one(StatementList)
        assert {s.speaker for s in statements.statements} == {"Dmitri Peskov"}
        assert "speaker: Dmitri Peskov" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert statements.row_count == 10


@given(st.text(alphabet=st.sampled_from("ab cé\n漢\t"), max_size=200), st.integers(1, 30))
def test_wrapping_covers_every_character_once(text: str, width: int) -> None:
    lines = wrap_offsets(text, width)
    covered = [0] * len(text)
    for start, end in lines:
        for i in range(start, end):
            covered[i] += 1
        words = text[start:end].rstrip()
        assert cell_len(words) <= width or len(words) == 1
    assert all(n == 1 or text[i] == "\n" for i, n in enumerate(covered))
    assert [s for s, _ in lines] == sorted(s for s, _ in lines)


async def test_clicking_a_tab_switches_screens(tmp_path: Path) -> None:
    app, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click(TopBar, offset=(len(" ≠ dementi  1 Reader  2 "), 0))
        await pilot.pause()
        assert app.current_mode == "contradictions"


async def test_lists_draw_only_the_rows_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.json"
    with Store(path) as store, store.batch():
        for d in range(2_000):
            text = " ".join(f"« déclaration {d}-{k} »" for k in range(10))
            doc = Document(
                f"doc{d:05}",
                f"d{d}.txt",
                f"/m/d{d}.txt",
                f"Article {d}",
                None,
                "2024-01-01",
                "fr",
                text,
            )
            spans = [(m.start(), m.end()) for m in re.finditer(r"déclaration \S+", text)]
            store.put_document(
                doc,
                [
                    Statement(
                        Statement.make_id(doc.id, s, e),
                        doc.id,
                        s,
                        e,
                        text[s:e],
                        "Porte-parole",
                        "assert",
                        True,
                        "a déclaré",
                    )
                    for s, e in spans
                ],
            )
    drawn: list[int] = []
    real = StatementList.render_row

    def counting(self, index: int, width: int):
        drawn.append(index)
        return real(self, index, width)

    monkeypatch.setattr(StatementList, "render_row", counting)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statements = app.screen.query_one(StatementList)
        assert statements.row_count == 20_000
        height = statements.scrollable_content_region.height
        drawn.clear()
        await pilot.press("end")
        await pilot.pause()
        assert statements.cursor == 19_999
        assert set(drawn) <= set(range(20_000 - height, 20_000))
        assert 0 < len(set(drawn)) <= height
