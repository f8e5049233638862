"""A bar at the bottom of every screen while an ingest runs."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from tui.widgets import css_beside

STAGES = {
    "opening": "Opening the database",
    "reading": "Reading files",
    "extracting": "Extracting statements",
    "contradictions": "Finding contradictions",
    "refreshing": "Refreshing",
}


@dataclass(frozen=True, slots=True)
class IngestProgress:
    stage: str
    done: int
    total: int


class IngestBar(Horizontal):
    """Hidden unless the app publishes progress (opening, ingesting) on its `ingest_signal`."""

    DEFAULT_CSS = css_beside(__file__)

    def compose(self) -> ComposeResult:
        yield Label(classes="ingest-stage")
        yield ProgressBar(total=None, show_eta=False, classes="ingest-progress")

    def on_mount(self) -> None:
        signal = getattr(self.app, "ingest_signal", None)
        if signal is not None:
            signal.subscribe(self, self.show_progress)
        self.show_progress(getattr(self.app, "ingest_progress", None))

    def show_progress(self, progress: IngestProgress | None) -> None:
        self.display = progress is not None
        if progress is None:
            return
        label = STAGES.get(progress.stage, progress.stage)
        prefix = "" if progress.stage == "opening" else "Ingest · "
        self.query_one(".ingest-stage", Label).update(f"{prefix}{label}")
        bar = self.query_one(".ingest-progress", ProgressBar)
        bar.update(total=progress.total or None, progress=progress.done)
