"""Contradictions grouped into disputes, sortable and filterable."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from analysis.records import KINDS, VERDICTS, Contradiction
from tui.corpus import Corpus
from tui.screens.base import DementiScreen
from tui.widgets.contradiction_list import KIND_LABEL, ContradictionList
from tui.widgets.look import literal, one_line
from tui.widgets.marks import describe_review
from tui.widgets.row_list import RowList

SORTS = ("score", "date", "kind")


def _cycle(value: str | None, values: tuple[str, ...]) -> str | None:
    """The next filter value: None (everything), then each value in turn."""
    options: tuple[str | None, ...] = (None, *values)
    return options[(options.index(value) + 1) % len(options)]


class ContradictionsScreen(DementiScreen):
    CSS_PATH = "contradictions.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Shown in the filter line above the list rather than in the footer.
        Binding("s", "cycle_sort", "Sort", show=False),
        Binding("t", "cycle_kind", "Filter by kind", show=False),
        Binding("r", "cycle_verdict", "Filter by verdict", show=False),
        Binding("w", "pick_speaker", "Filter by speaker", show=False),
        Binding("v", "edit_verdict", "Verdict…"),
        Binding("y", "verdict('confirmed')", "Confirm"),
        Binding("x", "verdict('dismissed')", "Dismiss"),
        Binding("u", "verdict('unreviewed')", "Unreviewed", show=False),
        Binding("escape", "clear_filters", "Clear filters"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "score"
        self.kind: str | None = None
        self.verdict: str | None = None

    def compose_body(self) -> ComposeResult:
        with Vertical(id="contradictions"):
            yield Static(id="cx-filters")
            yield ContradictionList(id="pairs")
            yield Static(id="cx-detail")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(ContradictionList).focus()

    def on_screen_resume(self) -> None:
        self.show_corpus(self.corpus)

    # -- the list ------------------------------------------------------------

    def matching(self, corpus: Corpus) -> list[Contradiction]:
        speaker = self.dementi.speaker
        found = []
        for cx in corpus.contradictions:
            if self.kind is not None and cx.kind != self.kind:
                continue
            if self.verdict is not None and corpus.verdict(cx.id).verdict != self.verdict:
                continue
            sides = (corpus.by_id[cx.a].speaker, corpus.by_id[cx.b].speaker)
            if speaker is not None and speaker not in sides:
                continue
            found.append(cx)
        if self.sort == "date":
            found.sort(key=lambda c: (corpus.pair_date(c), c.score), reverse=True)
        elif self.sort == "kind":
            found.sort(key=lambda c: (KINDS.index(c.kind) if c.kind in KINDS else 9, -c.score))
        else:
            found.sort(key=lambda c: -c.score)
        return found

    def show_corpus(self, corpus: Corpus) -> None:
        pairs = self.query_one(ContradictionList)
        keep = pairs.current.id if pairs.current else None
        found = self.matching(corpus)
        pairs.show(corpus, corpus.disputes(found), select=keep)
        pairs.border_title = "Contradictions"
        pairs.label(f"{len(found)} of {len(corpus.contradictions)}")
        self._describe_filters()
        self._show_detail()

    def _describe_filters(self) -> None:
        dim = "dim"
        line = Text(end="")
        line.append("sort ", style=dim)
        line.append(self.sort, style="bold")
        line.append(" (s)   kind ", style=dim)
        line.append(KIND_LABEL.get(self.kind, "all") if self.kind else "all", style="bold")
        line.append(" (t)   verdict ", style=dim)
        line.append(self.verdict or "all", style="bold")
        line.append(" (r)   speaker ", style=dim)
        line.append_text(literal(one_line(self.dementi.speaker or "all"), "bold"))
        line.append(" (w)", style=dim)
        self.query_one("#cx-filters", Static).update(line)
        speaker = self.dementi.speaker
        self.set_status(f"speaker: {speaker}" if speaker else "")

    def _show_detail(self) -> None:
        cx = self.query_one(ContradictionList).current
        detail = Text(end="")
        if cx is not None:
            verdict = self.corpus.verdict(cx.id)
            detail.append(f"{KIND_LABEL.get(cx.kind, cx.kind)} · {cx.score:.2f} · ", style="bold")
            detail.append(verdict.verdict, style="bold")
            detail.append(f" · {describe_review(self.corpus.reviews.get(f'cx:{cx.id}'))}")
            detail.append("\n")
            detail.append_text(literal(one_line(cx.why)))
            if verdict.note:
                detail.append("\nnote: ", style="dim")
                detail.append_text(literal(one_line(verdict.note), "italic"))
        self.query_one("#cx-detail", Static).update(detail)

    @on(RowList.Highlighted, "#pairs")
    def _pair_highlighted(self) -> None:
        self._show_detail()

    @on(RowList.Selected, "#pairs")
    def _pair_chosen(self, event: RowList.Selected) -> None:
        pairs = self.query_one(ContradictionList)
        cx = pairs.current
        if cx is not None:
            self.dementi.open_pair(cx.id, [p.id for p in pairs.pairs])

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filters":
            return any(x is not None for x in (self.kind, self.verdict, self.dementi.speaker))
        if action in ("edit_verdict", "verdict"):
            return self.query_one(ContradictionList).current is not None or None
        return True

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.show_corpus(self.corpus)

    def action_cycle_kind(self) -> None:
        self.kind = _cycle(self.kind, KINDS)
        self.show_corpus(self.corpus)
        self.refresh_bindings()

    def action_cycle_verdict(self) -> None:
        self.verdict = _cycle(self.verdict, VERDICTS)
        self.show_corpus(self.corpus)
        self.refresh_bindings()

    def action_pick_speaker(self) -> None:
        self.dementi.switch_mode("speakers")

    def action_clear_filters(self) -> None:
        self.kind = self.verdict = None
        self.dementi.speaker = None
        self.show_corpus(self.corpus)
        self.refresh_bindings()

    def action_edit_verdict(self) -> None:
        cx = self.query_one(ContradictionList).current
        if cx is not None:
            self.dementi.edit_verdict(cx.id)

    def action_verdict(self, value: str) -> None:
        cx = self.query_one(ContradictionList).current
        if cx is not None:
            self.dementi.set_verdict(cx.id, verdict=value)

    def review_changed(self, key: str) -> None:
        super().review_changed(key)
        self._show_detail()

    def verdict_changed(self, pair_id: str) -> None:
        if self.verdict is not None:
            self.show_corpus(self.corpus)
        else:
            self.query_one(ContradictionList).redraw()
            self._show_detail()
