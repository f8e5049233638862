"""The query box: fuzzy search over statements and speakers as the analyst types.

One thread worker does the searching for as long as the box is open. A
keystroke only leaves the latest query where the worker will find it; the
worker runs one search at a time, gives up on a search as soon as a newer
query arrives, and a result for an older query is never shown. So the
latest query always wins, searches never pile up, and typing never waits.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.corpus import Corpus
from tui.search import LIMIT, Hit, Query, parse_query, search
from tui.widgets.result_list import ResultList
from tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from tui.app import DementiApp

# A pause this short is not felt, yet lets a burst of keystrokes run one search.
SETTLE_SECONDS = 0.06
HINT = (
    "filters: speaker:kirby stance:deny doc:… kind:denial verdict:confirmed after:2023-01 before:"
    " · is:unread mark:to-check tag:…"
)


def _with_problems(status: Text, query: Query) -> Text:
    """`status` after what the query got wrong, so that the warning is seen first."""
    shown = Text(end="")
    for problem in query.problems:
        shown.append(f"⚠ {problem}  ", style="bold")
    shown.append_text(status)
    return shown


class SearchScreen(ModalScreen[str | None]):
    """Dismissed with the chosen statement id, or None."""

    CSS_PATH = "search.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.typed = query  # what is in the box, kept for the next time it opens
        self._generation = 0
        self._wanted: tuple[int, Query] | None = None  # the latest query, for the worker
        self._wake = threading.Event()
        self._box_closed = threading.Event()
        self.shown = 0  # the number of the query whose results are on screen

    @property
    def corpus(self) -> Corpus:
        return cast("DementiApp", self.app).corpus

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                value=self.initial,
                placeholder="search statements and speakers…",
                id="query",
                select_on_focus=False,
            )
            yield Static(Text(HINT, style="dim"), id="search-status")
            yield ResultList(id="results")

    def on_mount(self) -> None:
        box = self.query_one("#search-box")
        box.border_title = "Search"
        box.border_subtitle = "↑↓ choose · Enter opens · Esc closes"
        self.query_one("#results").border_title = "Results"
        self.query_one(Input).focus()
        self._searcher()
        self._start(self.initial)

    def on_unmount(self) -> None:
        self._box_closed.set()
        self._wake.set()

    @property
    def up_to_date(self) -> bool:
        """True when the results shown are those of the query in the box."""
        return self._wanted is None or self.shown == self._generation

    @on(Input.Changed, "#query")
    def _typed(self, event: Input.Changed) -> None:
        self.typed = event.value
        self._start(event.value)

    def _start(self, raw: str) -> None:
        self._generation += 1
        query = parse_query(raw)
        if not query.words and not query.filtered:
            self._wanted = None
            self.shown = self._generation
            self.query_one(ResultList).show(self.corpus, [], ())
            self._status(_with_problems(Text(HINT, style="dim", end=""), query))
            return
        self._wanted = (self._generation, query)
        self._wake.set()

    @work(thread=True, group="search")
    def _searcher(self) -> None:
        worker = get_current_worker()
        self.corpus.search_index()  # built while the first letters are typed
        while not (worker.is_cancelled or self._box_closed.is_set()):
            if not self._wake.wait(timeout=1.0):
                continue
            self._wake.clear()
            time.sleep(SETTLE_SECONDS)  # a burst of keystrokes runs one search
            wanted = self._wanted
            if wanted is None or worker.is_cancelled:
                continue
            generation, query = wanted
            corpus = self.corpus

            def outdated(generation: int = generation) -> bool:
                latest = self._wanted
                return worker.is_cancelled or latest is None or latest[0] != generation

            verdicts = {k: v.verdict for k, v in corpus.verdicts.items()}
            hits = search(
                corpus.search_index(),
                query,
                verdicts=verdicts,
                reviews=corpus.reviews,
                cancelled=outdated,
            )
            if not outdated():
                self.post_message(self.Found(generation, query, hits, corpus))

    class Found(Message):
        """Results of the search for query number `generation`."""

        def __init__(self, generation: int, query: Query, hits: list[Hit], corpus: Corpus) -> None:
            super().__init__()
            self.generation, self.query, self.hits, self.corpus = generation, query, hits, corpus

    def on_search_screen_found(self, message: Found) -> None:
        self._show(message.generation, message.query, message.hits, message.corpus)

    def _show(self, generation: int, query: Query, hits: list[Hit], corpus: Corpus) -> None:
        if generation != self._generation:
            return  # a newer query was typed meanwhile: its results will come
        self.shown = generation
        self.query_one(ResultList).show(corpus, hits, query.words)
        more = "+" if len(hits) >= LIMIT else ""
        status = Text(f"{len(hits)}{more} results", style="dim", end="")
        self._status(_with_problems(status, query))

    def _status(self, text: Text) -> None:
        self.query_one("#search-status", Static).update(text)

    def action_move(self, delta: int) -> None:
        results = self.query_one(ResultList)
        results.move_cursor(results.cursor + delta)

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self._pick()

    @on(RowList.Selected, "#results")
    def _chosen(self) -> None:
        self._pick()

    def _pick(self) -> None:
        hit = self.query_one(ResultList).current
        if hit is not None:
            self.dismiss(hit.statement)
