"""What every main screen has: header, body, ingest bar, footer, and fresh data."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from tui.corpus import Corpus
from tui.widgets.ingest_bar import IngestBar
from tui.widgets.marks import ReviewList
from tui.widgets.top_bar import TopBar

if TYPE_CHECKING:
    from tui.app import DementiApp


class DementiScreen(Screen):
    """A main screen: subclasses compose the body and redraw from a Corpus."""

    @property
    def dementi(self) -> DementiApp:
        return cast("DementiApp", self.app)

    @property
    def corpus(self) -> Corpus:
        return self.dementi.corpus

    def compose(self) -> ComposeResult:
        yield TopBar()
        yield from self.compose_body()
        yield IngestBar()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.dementi.corpus_signal.subscribe(self, self.show_corpus)
        self.dementi.verdict_signal.subscribe(self, self.verdict_changed)
        self.dementi.review_signal.subscribe(self, self.review_changed)
        self.show_corpus(self.corpus)

    def show_corpus(self, corpus: Corpus) -> None:
        """Show `corpus`, keeping what the analyst had selected where possible."""

    def set_status(self, text: str = "") -> None:
        """The header's second part: the file, the app's notice, what this screen filters on."""
        app = self.dementi
        self.sub_title = " · ".join(x for x in (app.path.name, app.notice, text) if x)

    def verdict_changed(self, pair_id: str) -> None:
        """The verdict or note of `pair_id` changed: redraw its badges."""

    def review_changed(self, key: str) -> None:
        """The item `key` was read, marked or tagged: redraw the lists that show it."""
        for pane in self.query(ReviewList):
            pane.review_changed(key)
