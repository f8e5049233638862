"""Contradictions grouped by dispute: a heading row per matter, then its pairs."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from analysis.records import Contradiction
from tui.corpus import Corpus, Dispute
from tui.widgets.look import literal, one_line
from tui.widgets.marks import ReviewList, review_badge, tags_text

KIND_LABEL = {"denial": "denial", "walk_back": "walk-back", "figure": "figure"}


class ContradictionList(ReviewList):
    # The verdict keys fill this screen's footer: the review keys are in the help.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_unread(1)", "Next unread", show=False),
        Binding("m", "cycle_mark", "Mark", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(empty="No contradictions match.", **kwargs)
        self.corpus = Corpus()
        self.rows: list[Dispute | Contradiction] = []

    def show(self, corpus: Corpus, disputes: list[Dispute], select: str | None = None) -> None:
        self.corpus = corpus
        self.rows = []
        for dispute in disputes:
            self.rows.append(dispute)
            self.rows.extend(dispute.pairs)
        cursor = next(
            (n for n, r in enumerate(self.rows) if isinstance(r, Contradiction) and r.id == select),
            1,
        )
        self.set_row_count(len(self.rows), cursor=cursor)

    @property
    def pairs(self) -> list[Contradiction]:
        return [r for r in self.rows if isinstance(r, Contradiction)]

    @property
    def current(self) -> Contradiction | None:
        if 0 <= self.cursor < len(self.rows):
            row = self.rows[self.cursor]
            return row if isinstance(row, Contradiction) else None
        return None

    def review_key(self, index: int) -> str | None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        return f"cx:{row.id}" if isinstance(row, Contradiction) else None

    def selectable(self, index: int) -> bool:
        return isinstance(self.rows[index], Contradiction)

    def render_row(self, index: int, width: int) -> Text:
        row = self.rows[index]
        if isinstance(row, Dispute):
            return self._heading(row)
        return self._pair(row)

    def _heading(self, dispute: Dispute) -> Text:
        topic_style = self.look("look--topic")
        dim = self.look("look--dim")
        heading = literal(one_line(dispute.topic or "other matters"), topic_style)
        heading.append(f"  {len(dispute.pairs)}×  ", style=dim)
        heading.append_text(literal(one_line(", ".join(dispute.asserting) or "—")))
        heading.append("  ⟷  ", style=dim)
        heading.append_text(literal(one_line(", ".join(dispute.denying) or "—")))
        return heading

    def _pair(self, cx: Contradiction) -> Text:
        corpus = self.corpus
        verdict = corpus.verdict(cx.id)
        dim = self.look("look--dim")
        review = self.reviews.get(f"cx:{cx.id}")
        row = Text(" ", end="")
        row.append_text(review_badge(self, review))
        row.append_text(self.verdict_badge(verdict.verdict, verdict.note))
        row.append(f" {KIND_LABEL.get(cx.kind, cx.kind):<9} ", style=dim)
        row.append(f"{cx.score:.2f} ", style="bold")
        for n, sid in enumerate((cx.a, cx.b)):
            st = corpus.by_id[sid]
            doc = corpus.docs.get(st.doc)
            if n:
                row.append(" ⟷ ", style=dim)
            who = one_line(st.speaker or "unattributed")
            row.append_text(literal(who, self.look("look--speaker")))
            if st.corrected or st.added:
                row.append("✎", style=self.look("look--corrected"))
            row.append(f" {(doc.date if doc else None) or '—'}", style=dim)
        row.append("  ")
        if review is not None and review.tags:
            row.append_text(tags_text(review, dim))
            row.append(" ")
        row.append_text(literal(one_line(cx.why), dim))
        return row
