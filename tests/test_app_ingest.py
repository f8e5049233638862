"""Ingesting from the app: the path prompt, the progress bar, fresh panes, the first run."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from app_fixture import build_database, screen_text, settle
from textual.widgets import ProgressBar

import tui.ingest
from analysis.records import Document, Statement, short_hash
from tui.app import DementiApp
from tui.ingest import IngestReport
from tui.widgets.document_list import DocumentList
from tui.widgets.ingest_bar import IngestBar

SIZE = (120, 40)
NEW_TEXT = "Selon le ministre, « la frontière reste fermée »."


class FakeIngest:
    """Stands in for the spaCy pipeline: one document per path, progress in two steps.

    It waits on `go` after the first step so that a test can look at the bar.
    """

    def __init__(self) -> None:
        self.paths: list[list[Path]] = []
        self.go = threading.Event()

    def __call__(self, store, paths, *, progress=None, **_) -> IngestReport:
        paths = [Path(p) for p in paths]
        self.paths.append(paths)
        progress("reading", 1, 2)
        self.go.wait(10)
        progress("reading", 2, 2)
        report = IngestReport()
        for path in paths:
            doc = Document(
                short_hash(str(path)),
                path.name,
                str(path),
                "Frontière",
                "Le Nord",
                "2024-02-01",
                "fr",
                NEW_TEXT,
            )
            start = NEW_TEXT.index("la frontière")
            end = start + len("la frontière reste fermée")
            st = Statement(
                Statement.make_id(doc.id, start, end),
                doc.id,
                start,
                end,
                NEW_TEXT[start:end],
                "le ministre",
                "assert",
                True,
                "selon",
            )
            store.put_document(doc, [st])
            report.ingested.append(str(path))
            report.statements += 1
        progress("extracting", 1, 1)
        return report


@pytest.fixture
def fake_ingest(monkeypatch: pytest.MonkeyPatch) -> FakeIngest:
    fake = FakeIngest()
    monkeypatch.setattr(tui.ingest, "ingest", fake)
    return fake


async def test_ingest_a_folder_from_the_prompt(tmp_path: Path, fake_ingest: FakeIngest) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)
    folder = tmp_path / "articles"
    folder.mkdir()
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*str(folder), "enter")
        for _ in range(50):
            await pilot.pause(0.02)
            if (
                app.ingest_progress
                and app.ingest_progress.stage == "reading"
                and app.ingest_progress.done
            ):
                break
        bar = app.screen.query_one(IngestBar)
        assert bar.display
        assert bar.query_one(ProgressBar).progress == 1
        assert "Ingest · Reading files" in screen_text(app)
        fake_ingest.go.set()
        await settle(pilot)
        assert fake_ingest.paths == [[folder]]
        assert not bar.display
        documents = app.screen.query_one(DocumentList)
        assert documents.row_count == 1 + 7
        assert any(d.title == "Frontière" for d in app.corpus.documents)
        assert any("1 ingested" in n.message for n in app._notifications)


async def test_a_failed_ingest_is_reported_and_the_app_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)

    def broken(store, paths, **_):
        raise RuntimeError("the model is missing")

    monkeypatch.setattr(tui.ingest, "ingest", broken)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", *"/nowhere", "enter")
        await settle(pilot)
        assert any("the model is missing" in n.message for n in app._notifications)
        assert app.ingest_progress is None
        await pilot.press("2")
        assert app.current_mode == "contradictions"


async def test_first_run_shows_at_once_and_reads_the_sample(
    tmp_path: Path, fake_ingest: FakeIngest
) -> None:
    path = tmp_path / "new" / "dementi.json"
    sample = tmp_path / "sample"
    sample.mkdir()
    app = DementiApp(path, sample=sample)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.ingest_progress is not None and app.ingest_progress.stage == "reading":
                break
        # The reader is up while the sample is read.
        assert app.current_mode == "reader"
        assert "Welcome" in {n.title for n in app._notifications}
        fake_ingest.go.set()
        await settle(pilot)
        assert fake_ingest.paths == [[sample]]
        assert [d.file for d in app.corpus.documents] == ["sample"]
    assert path.exists()


async def test_quitting_during_an_ingest_stops_it(tmp_path: Path, fake_ingest: FakeIngest) -> None:
    path = tmp_path / "corpus.json"
    build_database(path)
    app = DementiApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", *str(tmp_path), "enter")
        await pilot.pause(0.1)
        assert app.ingest_progress is not None
        threading.Timer(0.2, fake_ingest.go.set).start()
        await pilot.press("q")
    # The ingest stopped at its next step, and the file was closed cleanly.
    from store import Store

    with Store(path) as store:
        assert len(store.documents()) == 6


@pytest.mark.slow
async def test_first_run_ingests_the_real_sample_corpus(tmp_path: Path) -> None:
    app = DementiApp(tmp_path / "dementi.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current_mode == "reader"
        for _ in range(600):
            await pilot.pause(0.1)
            if app.corpus.documents and app.ingest_progress is None:  # opened, then read
                break
        assert len(app.corpus.documents) == 5
        assert app.corpus.contradictions
        assert "Dmitri Peskov" in app.corpus.speaker_count
