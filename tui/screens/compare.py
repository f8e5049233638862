"""Two statements side by side: the contradiction, its sides, and the analyst's verdict."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Static

from tui.corpus import Corpus
from tui.screens.base import DementiScreen
from tui.widgets.contradiction_list import KIND_LABEL
from tui.widgets.look import literal, one_line
from tui.widgets.marks import describe_review
from tui.widgets.statement_card import StatementCard


class CompareScreen(DementiScreen):
    CSS_PATH = "compare.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("n,right_square_bracket", "step(1)", "Next pair"),
        Binding("p,left_square_bracket", "step(-1)", "Previous pair"),
        Binding("a", "open_side('a')", "Open A"),
        Binding("b", "open_side('b')", "Open B"),
        Binding("v", "edit_verdict", "Verdict…"),
        Binding("y", "verdict('confirmed')", "Confirm"),
        Binding("x", "verdict('dismissed')", "Dismiss"),
        Binding("u", "verdict('unreviewed')", "Unreviewed", show=False),
        Binding("space", "toggle_read", "Read/unread", show=False),
        Binding("m", "cycle_mark", "Mark", show=False),
        Binding("number_sign", "edit_tags", "Tags…", show=False),
    ]

    def __init__(self, pair_id: str, sequence: list[str]) -> None:
        super().__init__()
        self.pair_id = pair_id
        self.sequence = sequence or [pair_id]

    def compose_body(self) -> ComposeResult:
        yield Static(id="compare-head")
        with Horizontal(id="compare-sides"):
            yield StatementCard(id="side-a")
            yield StatementCard(id="side-b")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#side-a").focus()
        self._opened()

    def _opened(self) -> None:
        """Seen side by side: the pair and both its statements are read."""
        cx = self.corpus.pairs.get(self.pair_id)
        if cx is not None:
            self.dementi.mark_read(f"cx:{cx.id}", f"st:{cx.a}", f"st:{cx.b}")

    def show_corpus(self, corpus: Corpus) -> None:
        self.sequence = [p for p in self.sequence if p in corpus.pairs]
        if self.pair_id not in corpus.pairs:
            if not self.sequence:
                self.dismiss()
                return
            self.pair_id = self.sequence[0]
        cx = corpus.pairs[self.pair_id]
        for side, sid, cues in (("a", cx.a, cx.cues_a), ("b", cx.b, cx.cues_b)):
            st = corpus.by_id[sid]
            card = self.query_one(f"#side-{side}", StatementCard)
            card.show(side.upper(), st, corpus.docs.get(st.doc), cues)
        self._show_head()

    def _show_head(self) -> None:
        corpus = self.corpus
        cx = corpus.pairs.get(self.pair_id)
        if cx is None:
            return
        verdict = corpus.verdict(cx.id)
        head = Text(end="")
        head.append(f" {KIND_LABEL.get(cx.kind, cx.kind)} ", style="bold reverse")
        head.append(f"  score {cx.score:.2f}  ", style="bold")
        head.append_text(self._verdict_badge(verdict.verdict))
        position = self.sequence.index(cx.id) + 1 if cx.id in self.sequence else 1
        head.append(f"   pair {position} of {len(self.sequence)}", style="dim")
        head.append(f"   {describe_review(corpus.reviews.get(f'cx:{cx.id}'))}", style="dim")
        if cx.topic:
            head.append("\n")
            head.append_text(literal(one_line(cx.topic), "bold"))
        head.append("\n")
        head.append_text(literal(one_line(cx.why)))
        if verdict.note:
            head.append("\nnote: ", style="dim")
            head.append_text(literal(one_line(verdict.note), "italic"))
        self.query_one("#compare-head", Static).update(head)
        self.set_status(f"{cx.kind} · {verdict.verdict}")

    def _verdict_badge(self, verdict: str) -> Text:
        card = self.query_one("#side-a", StatementCard)
        badge = card.verdict_badge(verdict)
        badge.append(verdict, style=card.look(f"verdict--{verdict}"))
        return badge

    def action_step(self, delta: int) -> None:
        if self.pair_id in self.sequence and len(self.sequence) > 1:
            n = (self.sequence.index(self.pair_id) + delta) % len(self.sequence)
            self.pair_id = self.sequence[n]
            self.show_corpus(self.corpus)
            self._opened()

    def action_open_side(self, side: str) -> None:
        cx = self.corpus.pairs.get(self.pair_id)
        if cx is not None:
            self.dementi.open_statement(cx.a if side == "a" else cx.b)

    def action_edit_verdict(self) -> None:
        self.dementi.edit_verdict(self.pair_id)

    def action_verdict(self, value: str) -> None:
        self.dementi.set_verdict(self.pair_id, verdict=value)

    def verdict_changed(self, pair_id: str) -> None:
        if pair_id == self.pair_id:
            self._show_head()

    def review_changed(self, key: str) -> None:
        if key == f"cx:{self.pair_id}":
            self._show_head()

    def action_toggle_read(self) -> None:
        self.dementi.toggle_read(f"cx:{self.pair_id}")

    def action_cycle_mark(self) -> None:
        self.dementi.cycle_mark(f"cx:{self.pair_id}")

    def action_edit_tags(self) -> None:
        self.dementi.edit_tags(f"cx:{self.pair_id}")
