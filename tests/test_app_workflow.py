"""The analyst's workflow from the keyboard: reading and triage, corrections, undo,
lost corrections, and all of it found again by a new app on the same file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from app_fixture import build_database, screen_text, settle

from analysis.overrides import Anchor, Override
from store import Store
from tui.app import DementiApp
from tui.cli import main
from tui.corrections import Corrections
from tui.screens.compare import CompareScreen
from tui.screens.correct import ConfirmScreen, StatementForm
from tui.screens.orphans import OrphansScreen
from tui.screens.search import SearchScreen
from tui.screens.tags import TagsScreen, parse_tags
from tui.widgets.contradiction_list import ContradictionList
from tui.widgets.document_list import DocumentList
from tui.widgets.result_list import ResultList
from tui.widgets.speaker_list import SpeakerList
from tui.widgets.statement_list import StatementList
from tui.widgets.text_selection import SelectingDocumentView, trim_span, word_end, word_start

SIZE = (120, 40)


def _app(tmp_path: Path) -> tuple[DementiApp, dict[str, str], Path]:
    path = tmp_path / "corpus.json"
    ids = build_database(path)
    return DementiApp(path), ids, path


def _notices(app: DementiApp) -> list[str]:
    return [n.message for n in app._notifications]


async def _search(pilot, query: str) -> list[str]:
    await pilot.press("slash")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SearchScreen)
    await pilot.press("ctrl+a", "ctrl+k", *query)  # the box keeps the last query
    await settle(pilot)
    found = [hit.statement for hit in pilot.app.screen.query_one(ResultList).hits]
    await pilot.press("escape")
    await settle(pilot)
    return found


async def _to_speaker(pilot, name: str) -> None:
    speakers = pilot.app.screen.query_one(SpeakerList)
    row = next(n for n, s in enumerate(speakers.speakers) if s.name == name)
    await pilot.press("home", *["down"] * row)
    await pilot.pause()


# -- review state --------------------------------------------------------------


async def test_marks_counts_and_search_filters(tmp_path: Path) -> None:
    app, _ids, path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statements = app.screen.query_one(StatementList)
        assert statements.has_focus
        first = statements.current
        assert first is not None
        await pilot.press("m", "m")  # relevant, then to-check
        await pilot.press("space")  # read
        await settle(pilot)
        assert app.corpus.review(f"st:{first.id}").mark == "to-check"
        assert app.corpus.review(f"st:{first.id}").read
        row = statements.render_row(statements.cursor, 100).plain
        assert row.startswith(" ?")  # read: no dot; the to-check glyph
        assert "10 · 9 unread · 1 to-check" in screen_text(app)
        await pilot.press("number_sign")
        await pilot.pause()
        assert isinstance(app.screen, TagsScreen)
        await pilot.press(*"#urgent, sources", "enter")
        await settle(pilot)
        assert app.corpus.review(f"st:{first.id}").tags == ["sources", "urgent"]
        assert "#sources #urgent" in statements.render_row(statements.cursor, 200).plain

        assert await _search(pilot, "mark:to-check") == [first.id]
        assert await _search(pilot, "tag:urg") == [first.id]
        unread = await _search(pilot, "is:unread")
        assert first.id not in unread and len(unread) == 9
        assert await _search(pilot, "is:read kirby") == []

    with Store(path, read_only=True) as saved:  # saved before the app closed
        review = saved.review(f"st:{first.id}")
    assert (review.read, review.mark, review.tags) == (True, "to-check", ["sources", "urgent"])


async def test_next_unread_and_reading_by_opening(tmp_path: Path) -> None:
    app, _ids, path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        documents = app.screen.query_one(DocumentList)
        documents.focus()
        await pilot.press("n")  # the "all documents" row is no item: the first document
        await pilot.pause()
        assert documents.cursor == 1
        await pilot.press("enter")  # opening a document reads it
        await settle(pilot)
        opened = documents.document_at(1)
        assert app.corpus.review(f"doc:{opened.id}").read
        assert "5 unread" in str(documents.border_subtitle)
        documents.focus()
        await pilot.press("p")  # backwards, past the read one, around to the last
        await pilot.pause()
        assert documents.cursor == documents.row_count - 1
        await pilot.press("home", "n")
        await pilot.pause()
        assert documents.cursor == 2

        statements = app.screen.query_one(StatementList)
        statements.focus()
        await pilot.press("enter")  # opening a statement in the text reads it
        await settle(pilot)
        assert app.corpus.review(f"st:{statements.current.id}").read
        statements.focus()
        await pilot.press("space")  # and it can be made unread again
        await settle(pilot)
        assert not app.corpus.review(f"st:{statements.current.id}").read

        await pilot.press("2")
        await pilot.pause()
        pairs = app.screen.query_one(ContradictionList)
        await pilot.press("enter")  # side by side: the pair and both statements are read
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        cx = app.corpus.pairs[app.screen.pair_id]
        for key in (f"cx:{cx.id}", f"st:{cx.a}", f"st:{cx.b}"):
            assert app.corpus.review(key).read, key
        await pilot.press("m")
        await settle(pilot)
        assert "read · relevant" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert pairs.render_row(pairs.cursor, 100).plain.startswith("  ★")

    again = DementiApp(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.corpus.review(f"doc:{opened.id}").read
        assert again.corpus.review(f"cx:{cx.id}").mark == "relevant"


async def test_marks_made_while_a_correction_runs_are_kept(tmp_path: Path) -> None:
    app, ids, path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statements = app.screen.query_one(StatementList)
        marked = []
        # Whichever of the save and the correction gets the store first, the mark stays:
        # a few rounds give both orders a chance.
        for _ in range(4):
            statements.move_cursor(len(marked))
            marked.append(statements.current.id)
            with app._store_lock:  # a slow correction holds the store: saves wait
                app.correct(lambda c: str(c.recompute(detect=[ids["long_last"]])))
                await pilot.press("m")
                await pilot.pause(0.05)
            await settle(pilot)
            assert [app.corpus.review(f"st:{sid}").mark for sid in marked] == ["relevant"] * len(
                marked
            )
    with Store(path, read_only=True) as saved:
        assert all(saved.review(f"st:{sid}").mark == "relevant" for sid in marked)


# -- corrections -----------------------------------------------------------------


async def test_merge_two_speakers_from_the_speakers_screen(tmp_path: Path) -> None:
    app, ids, path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        await _to_speaker(pilot, "porte-parole")
        await pilot.press("m")  # marked to be merged
        await pilot.pause()
        assert app.screen.query_one(SpeakerList).merging == "porte-parole"
        assert "merging porte-parole" in screen_text(app)
        await _to_speaker(pilot, "Dmitri Peskov")
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        names = {sp.name: sp for sp in app.corpus.speakers}
        assert "porte-parole" not in names
        assert "porte-parole" in names["Dmitri Peskov"].aliases
        assert app.corpus.speaker_count["Dmitri Peskov"] == 3
        assert app.corpus.by_id[ids["markup"]].speaker == "Dmitri Peskov"
        assert any("Merged porte-parole into Dmitri Peskov" in n for n in _notices(app))
        assert "⇢" not in screen_text(app)

    again = DementiApp(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.corpus.speaker_count["Dmitri Peskov"] == 3
        assert "porte-parole" not in {sp.name for sp in again.corpus.speakers}


async def test_rename_and_split_a_speaker(tmp_path: Path) -> None:
    app, _ids, _path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        await _to_speaker(pilot, "John Kirby")
        await pilot.press("s")  # split a name off: the list of his other names
        await pilot.pause()
        await pilot.press("enter")  # the first: "Kirby"
        await settle(pilot)
        said = {st.text: st.speaker for st in app.corpus.statements_for(speaker="Kirby")}
        assert said == {"les États-Unis surveilleraient la suite des livraisons": "Kirby"}
        assert app.corpus.speaker_count["John Kirby"] == 1
        await _to_speaker(pilot, "Dmitri Peskov")
        await pilot.press("r", "ctrl+a", "ctrl+k", *"Dmitri S. Peskov", "enter")
        await settle(pilot)
        names = {sp.name: sp for sp in app.corpus.speakers}
        assert "Dmitri Peskov" in names["Dmitri S. Peskov"].aliases
        assert app.corpus.speaker_count["Dmitri S. Peskov"] == 2
        # The app's speakers are those of the command line (`dementi speakers`).
        rows = Corrections(app.store).speakers()
        assert [(sp.name, sp.aliases) for sp in app.corpus.speakers] == [
            (r.speaker.name, r.speaker.aliases) for r in rows
        ]
        assert app.corpus.speaker_count == {r.speaker.name: r.statements for r in rows}


async def test_hide_keeps_other_verdicts_and_is_restored_from_the_hidden_list(
    tmp_path: Path,
) -> None:
    app, ids, path = _app(tmp_path)
    with Store(path) as store:
        store.set_verdict(ids["pair_patel_kcna"], "confirmed", "vérifié")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_statement(ids["kirby"])
        await settle(pilot)
        assert app.screen.statement.id == ids["kirby"]
        await pilot.press("x")
        await settle(pilot)
        assert ids["kirby"] not in app.corpus.by_id
        assert [st.id for st in app.corpus.hidden] == [ids["kirby"]]
        assert ids["pair_kirby_peskov"] not in app.corpus.pairs
        statements = app.screen.query_one(StatementList)
        assert ids["kirby"] not in {st.id for st in statements.statements}
        assert app.corpus.verdict(ids["pair_patel_kcna"]).verdict == "confirmed"

        await pilot.press("H")  # the hidden ones are listed, marked
        await settle(pilot)
        row = statements.row_of(ids["kirby"])
        assert row is not None and "⊘ hidden" in statements.render_row(row, 200).plain
        statements.move_cursor(row)
        await pilot.pause()
        await pilot.press("x")  # restores it
        await settle(pilot)
        assert ids["kirby"] in app.corpus.by_id and not app.corpus.hidden

    with Store(path, read_only=True) as saved:
        assert saved.verdict(ids["pair_patel_kcna"]).note == "vérifié"
        assert not [ov for ov in saved.overrides() if ov.action == "hide"]


async def test_correct_a_statement_then_undo_it(tmp_path: Path) -> None:
    app, ids, _path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_statement(ids["patel"])
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatementForm)
        await pilot.press("ctrl+a", "ctrl+k", *"State Department", "tab", "h", "enter")
        await settle(pilot)
        fixed = app.corpus.by_id[ids["patel"]]
        assert (fixed.speaker, fixed.stance) == ("State Department", "hedge")
        assert fixed.extracted == {"speaker": "Vedant Patel", "stance": "assert"}
        statements = app.screen.query_one(StatementList)
        assert "✎" in statements.render_row(statements.row_of(ids["patel"]), 200).plain

        await pilot.press("ctrl+z")  # the stance, then the speaker
        await settle(pilot)
        assert any(n.startswith("Undone: stance hedge") for n in _notices(app))
        assert app.corpus.by_id[ids["patel"]].stance == "assert"
        await pilot.press("ctrl+z")
        await settle(pilot)
        restored = app.corpus.by_id[ids["patel"]]
        assert (restored.speaker, restored.extracted) == ("Vedant Patel", None)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "Nothing to undo." in _notices(app)


async def test_undo_takes_back_twenty_corrections_in_order(tmp_path: Path) -> None:
    app, ids, _path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        stances = ("deny", "hedge", "assert")
        for n in range(21):
            app.correct(lambda c, n=n: str(c.set_stance(ids["peskov"], stances[n % 3])))
            await settle(pilot)
        assert app.corpus.by_id[ids["peskov"]].stance == stances[20 % 3]
        for n in range(20, 0, -1):
            await pilot.press("ctrl+z")
            await settle(pilot)
            assert app.corpus.by_id[ids["peskov"]].stance == stances[(n - 1) % 3]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.corpus.by_id[ids["peskov"]].extracted is None


async def test_add_a_statement_by_selecting_its_words(tmp_path: Path) -> None:
    app, ids, path = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_statement(ids["kirby"])  # the text pane, the cursor on the quote
        await settle(pilot)
        view = app.screen.query_one(SelectingDocumentView)
        assert view.has_focus
        start = view.cursor
        await pilot.press("shift+right", "w", "w")  # "Nos informations"
        await pilot.pause()
        assert view.selection == (start, start + len("Nos informations"))
        assert "selecting 16 characters" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StatementForm)
        assert app.screen.query_one("#form-speaker").value == "John Kirby"  # named nearby
        await pilot.press("tab", "d", "enter")
        await settle(pilot)
        added = [st for st in app.corpus.statements if st.added]
        assert [(st.text, st.speaker, st.stance) for st in added] == [
            ("Nos informations", "John Kirby", "deny")
        ]
        assert app.screen.statement.id == added[0].id  # shown, selected
        assert app.corpus.review(f"st:{added[0].id}").read

    again = DementiApp(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert added[0].id in again.corpus.by_id
        assert again.corpus.by_id[added[0].id].added


async def test_escape_lets_the_selection_go(tmp_path: Path) -> None:
    app, ids, _ = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_statement(ids["peskov"])
        await settle(pilot)
        view = app.screen.query_one(SelectingDocumentView)
        await pilot.press("v", "w", "escape")
        await pilot.pause()
        assert view.anchor is None and view.selection is None
        await pilot.press("enter")  # nothing selected: Enter adds nothing
        await pilot.pause()
        assert not isinstance(app.screen, StatementForm)


async def test_lost_corrections_are_listed_and_dropped(tmp_path: Path) -> None:
    app, ids, path = _app(tmp_path)
    with Store(path) as store:
        doc = store.document(ids["doc_peskov"])
        gone = Anchor(doc.path, "0" * 64, 10, 30, "des mots disparus", "avant ", " après")
        store.put_override(Override("lost1", "stance", "2024-01-01T00:00:00", gone, value="deny"))
        Corrections(store).recompute()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [ov.id for ov in app.corpus.orphaned] == ["lost1"]
        assert any("press o" in n for n in _notices(app))
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, OrphansScreen)
        assert "des mots disparus" in screen_text(app)
        await pilot.press("d")
        await settle(pilot)
        assert app.corpus.orphaned == []
        assert "Every correction finds its words." in screen_text(app)
    with Store(path, read_only=True) as saved:
        assert [ov.id for ov in saved.overrides()] == []


async def test_read_only_changes_nothing(tmp_path: Path) -> None:
    _, _ids, path = _app(tmp_path)
    app = DementiApp(path, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "x")
        await settle(pilot)
        assert not app.corpus.reviews and not app.corpus.hidden
        assert any("changes cannot be saved" in n for n in _notices(app))


# -- pieces ------------------------------------------------------------------------


def test_word_jumps_stop_at_word_edges() -> None:
    text = "« Nos informations, dit-il. »"
    assert word_end(text, 0) == text.index("Nos") + 3
    assert word_end(text, text.index("informations")) == text.index(",")
    assert word_start(text, text.index(",")) == text.index("informations")
    assert word_start(text, text.index("il")) == text.index("dit")
    assert trim_span(text, 0, len(text)) == (2, len(text) - 2)


def test_tags_are_split_on_commas_and_spaces() -> None:
    assert parse_tags("#urgent, sources  urgent") == ["sources", "urgent"]
    assert parse_tags(" , ") == []


def test_export_is_limited_to_a_mark_and_carries_the_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "corpus.json"
    ids = build_database(db)
    pair = ids["pair_kirby_peskov"]
    with Store(db) as store:
        store.set_review(f"cx:{pair}", read=True, mark="relevant", tags=["à vérifier"])
        store.set_review(f"cx:{ids['pair_walk_back']}", mark="to-check")
        peskov = store.statement(ids["peskov"])
        corrected = replace(peskov, speaker="Kremlin", extracted={"speaker": peskov.speaker})
        store.update_statements([corrected])
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--format", "json", "--mark", "relevant"]) == 0
    rows = orjson.loads(capsys.readouterr().out)
    assert [(r["id"], r["mark"], r["tags"]) for r in rows] == [(pair, "relevant", ["à vérifier"])]
    assert (rows[0]["b"]["speaker"], rows[0]["b"]["corrected"]) == ("Kremlin", True)
    assert rows[0]["a"]["corrected"] is False
    assert main(["--db", str(db), "export", "--mark", "relevant"]) == 0
    report = capsys.readouterr().out
    assert "- Mark: relevant" in report and "- Tags: à vérifier" in report
    assert "(deny, corrected by the analyst)" in report
    assert main(["--db", str(db), "export", "--format", "json", "--mark", "irrelevant"]) == 0
    assert orjson.loads(capsys.readouterr().out) == []
