"""Contradictions: grouped, sorted, filtered, and opened side by side."""

from __future__ import annotations

from pathlib import Path

from app_fixture import build_database, screen_text, settle

from tui.app import DementiApp
from tui.corpus import Dispute
from tui.screens.compare import CompareScreen
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.contradiction_list import ContradictionList
from tui.widgets.document_view import DocumentView
from tui.widgets.statement_card import StatementCard, paragraph_bounds
from tui.widgets.statement_list import StatementList

SIZE = (120, 40)


def _app(tmp_path: Path) -> tuple[DementiApp, dict[str, str]]:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    return DementiApp(path), ids


def _pairs(app: DementiApp) -> list[str]:
    return [c.id for c in app.screen.query_one(ContradictionList).pairs]


async def test_pairs_are_grouped_by_the_matter_they_dispute(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ContradictionsScreen)
        listing = app.screen.query_one(ContradictionList)
        heading = listing.rows[0]
        assert isinstance(heading, Dispute)
        assert heading.topic == "Livraisons d'armes nord-coréennes à la Russie"
        assert set(heading.asserting) == {"John Kirby", "Vedant Patel"}
        assert "Dmitri Peskov" in heading.denying
        # The heading cannot take the cursor: it starts on the best pair.
        assert listing.cursor == 1 and listing.current.id == ids["pair_kirby_peskov"]
        await pilot.press("up")
        assert listing.cursor == 1
        text = screen_text(app)
        assert "Livraisons d'armes nord-coréennes à la Russie" in text
        assert "4 of 4" in text


async def test_sorting_and_filtering(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        scores = [app.corpus.pairs[p].score for p in _pairs(app)]
        assert scores == sorted(scores, reverse=True)
        await pilot.press("s")  # by date: the latest pairs first
        dates = [app.corpus.pair_date(app.corpus.pairs[p]) for p in _pairs(app)]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")  # by kind
        kinds = [app.corpus.pairs[p].kind for p in _pairs(app)]
        assert kinds == ["denial", "denial", "denial", "walk_back"]
        await pilot.press("t")
        assert {app.corpus.pairs[p].kind for p in _pairs(app)} == {"denial"}
        await pilot.press("t")
        assert _pairs(app) == [ids["pair_walk_back"]]
        await pilot.press("escape", "r", "r")  # clear, then confirmed only
        assert app.screen.verdict == "confirmed"
        assert _pairs(app) == []
        assert "No contradictions match." in screen_text(app)


async def test_speaker_filter_from_the_speakers_screen(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "w")
        await pilot.pause()
        assert app.current_mode == "speakers"
        speakers = app.screen.query_one("#speaker-list")
        row = next(n for n, s in enumerate(speakers.speakers) if s.name == "Vedant Patel")
        await pilot.press("home", *["down"] * row, "p")
        await pilot.pause()
        assert app.current_mode == "contradictions"
        assert set(_pairs(app)) == {ids["pair_patel_kcna"], ids["pair_walk_back"]}
        await pilot.press("escape")
        await pilot.pause()
        assert len(_pairs(app)) == 4


async def test_side_by_side_shows_both_statements_and_why(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        text = screen_text(app)
        assert "A · John Kirby" in text and "B · Dmitri Peskov" in text
        assert "Le Quotidien · 2023-10-13" in text and "Nouvelles de l'Est · 2023-10-17" in text
        assert "Kirby says North Korea delivered munitions" in text
        assert "score 0.92" in text and "pair 1 of 4" in text
        assert "peskov.txt @ " in text
        # The paragraph around each claim, with the cue words marked.
        card_b = app.screen.query_one("#side-b", StatementCard)
        passage = card_b.query_one(".card-passage").visual.plain
        assert "Le porte-parole du Kremlin, Dmitri Peskov" in passage
        cx = app.corpus.pairs[ids["pair_kirby_peskov"]]
        marked = [
            passage[s.start : s.end]
            for s in card_b.query_one(".card-passage").visual.spans
            if getattr(s.style, "reverse", False)
        ]
        assert [c.text for c in cx.cues_b] == ["aucune"]
        assert "aucune" in marked
        await pilot.press("n")
        assert "pair 2 of 4" in screen_text(app)
        await pilot.press("p", "p")
        assert "pair 4 of 4" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, ContradictionsScreen)


async def test_jumping_from_a_side_into_its_document(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter", "b")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        peskov = app.corpus.by_id[ids["peskov"]]
        view = app.screen.query_one(DocumentView)
        assert view.document.id == ids["doc_peskov"]
        assert view.has_focus and view.cursor == peskov.start and view.selected is peskov
        assert app.screen.query_one(StatementList).current is peskov
        # Back to the pair: the contradictions screen kept it open.
        await pilot.press("2")
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one(DocumentView).document.id == ids["doc_kirby"]


async def test_compare_from_a_statement_in_the_reader(tmp_path: Path) -> None:
    app, ids = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_statement(ids["patel"])
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.pair_id in {ids["pair_patel_kcna"], ids["pair_walk_back"]}
        await pilot.press("escape")
        app.open_statement(ids["markup"])  # takes part in no contradiction
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


def test_paragraph_bounds_hold_the_claim_within_its_paragraph() -> None:
    text = "Premier.\nAvant la citation « ceci » après.\nDernier."
    start = text.index("ceci")
    lo, hi = paragraph_bounds(text, start, start + 4)
    assert text[lo:hi] == "Avant la citation « ceci » après."
    lo, hi = paragraph_bounds("x" * 5000, 2500, 2510, limit=100)
    assert (lo, hi) == (2400, 2610)
