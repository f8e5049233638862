"""One side of a contradiction: who, where, when, and the paragraph around the claim."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from analysis.records import Cue, Document, Statement
from tui.widgets import css_beside
from tui.widgets.look import SHARED_CLASSES, Look, literal, one_line

CONTEXT_CHARS = 600  # at most this much text on each side of the claim


def paragraph_bounds(
    text: str, start: int, end: int, limit: int = CONTEXT_CHARS
) -> tuple[int, int]:
    """The paragraph (or paragraphs) holding text[start:end], cut to `limit` around it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    lo = max(lo, start - limit)
    hi = min(hi, end + limit)
    return lo, hi


class StatementCard(Look, VerticalScroll, can_focus=True):
    DEFAULT_CSS = css_beside(__file__)
    COMPONENT_CLASSES: ClassVar[set[str]] = SHARED_CLASSES

    def compose(self) -> ComposeResult:
        yield Static(classes="card-meta")
        yield Static(classes="card-passage")

    def show(
        self, label: str, statement: Statement, document: Document | None, cues: Sequence[Cue]
    ) -> None:
        who = one_line(statement.speaker or statement.speaker_mention or "unattributed")
        self.border_title = Text(f"{label} · {who}")
        dim = self.look("look--dim")
        meta = Text(end="")
        meta.append_text(self.stance_badge(statement.stance))
        manner = "quoted" if statement.direct else "reported"
        meta.append(f" {manner}", style=dim)
        if statement.cue:
            meta.append(", ", style=dim)
            meta.append_text(literal(one_line(statement.cue), dim))
        if statement.added:
            meta.append("\n✎ added by the analyst", style=self.look("look--corrected"))
        elif statement.extracted is not None:
            was = statement.extracted
            meta.append("\n✎ corrected; extracted as ", style=self.look("look--corrected"))
            meta.append_text(literal(one_line(f"{was.get('speaker') or '—'}, {was.get('stance')}")))
        if statement.speaker_mention and statement.speaker_mention != statement.speaker:
            meta.append("\nas written: ", style=dim)
            meta.append_text(literal(one_line(statement.speaker_mention)))
        if document is not None:
            meta.append("\n")
            meta.append_text(literal(one_line(document.outlet or "unknown outlet"), "bold"))
            meta.append(f" · {document.date or 'undated'} · {document.lang}", style=dim)
            meta.append("\n")
            meta.append_text(literal(one_line(document.title), "italic"))
            meta.append("\n")
            meta.append_text(literal(f"{document.file} @ {statement.start}–{statement.end}", dim))
        self.query_one(".card-meta", Static).update(meta)
        self.query_one(".card-passage", Static).update(self._passage(statement, document, cues))
        self.scroll_home(animate=False)

    def _passage(
        self, statement: Statement, document: Document | None, cues: Sequence[Cue]
    ) -> Text:
        if document is None:
            return literal(statement.text)
        text = document.text
        lo, hi = paragraph_bounds(text, statement.start, statement.end)
        passage = Text(end="")
        if lo > 0 and text[lo - 1] != "\n":
            passage.append("… ", style=self.look("look--dim"))
        shift = len(passage) - lo
        passage.append_text(literal(text[lo:hi]))
        passage.no_wrap = False
        span = self.look(f"span--{statement.stance}") + self.look("span--selected")
        passage.stylize(span, statement.start + shift, statement.end + shift)
        for cue in cues:
            if lo <= cue.start and cue.end <= hi:
                passage.stylize(self.look("look--cue"), cue.start + shift, cue.end + shift)
        if hi < len(text) and text[hi] != "\n":
            passage.append(" …", style=self.look("look--dim"))
        return passage
