"""The query box: fuzzy search over statements and speakers as the analyst types.

Each keystroke starts a thread worker; a newer query cancels the older
one, and a result that arrives after a newer query was typed is dropped,
so the latest query always wins and typing never waits for a search.
"""

from __future__ import annotations

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
HINT = "filters: speaker:kirby stance:deny doc:… kind:denial verdict:confirmed after:2023-01 before:"


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
        self._start(self.initial)

    @on(Input.Changed, "#query")
    def _typed(self, event: Input.Changed) -> None:
        self.typed = event.value
        self._start(event.value)

    def _start(self, raw: str) -> None:
        self._generation += 1
        query = parse_query(raw)
        if not query.words and not query.filtered:
            self.query_one(ResultList).show(self.corpus, [], ())
            self._status(_with_problems(Text(HINT, style="dim", end=""), query))
            return
        self._run(self._generation, query, self.corpus)

    @work(thread=True, exclusive=True, group="search")
    def _run(self, generation: int, query: Query, corpus: Corpus) -> None:
        worker = get_current_worker()
        time.sleep(SETTLE_SECONDS)
        if worker.is_cancelled:
            return
        index = corpus.search_index()
        verdicts = {k: v.verdict for k, v in corpus.verdicts.items()}
        hits = search(index, query, verdicts=verdicts, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(self.Found(generation, query, hits))

    class Found(Message):
        """Results of the search started as `generation`."""

        def __init__(self, generation: int, query: Query, hits: list[Hit]) -> None:
            super().__init__()
            self.generation, self.query, self.hits = generation, query, hits

    def on_search_screen_found(self, message: Found) -> None:
        self._show(message.generation, message.query, message.hits)

    def _show(self, generation: int, query: Query, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # a newer query was typed meanwhile: its results will come
        self.query_one(ResultList).show(self.corpus, hits, query.words)
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
