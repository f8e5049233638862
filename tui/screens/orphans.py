"""Corrections whose words are gone from their document, for the analyst to settle.

A correction anchors to the words it was made on; when a re-ingested
document no longer holds them, the correction is kept but applies to
nothing. Here each one is shown with the words it was looking for, and can
be dropped for good.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from analysis.overrides import Override
from tui.corpus import Corpus
from tui.widgets.look import literal, one_line
from tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from tui.app import DementiApp

ACTION_LABEL = {
    "speaker": "speaker",
    "stance": "stance",
    "hide": "hidden",
    "add": "added",
}


def anchor_target(ov: Override) -> str:
    """What the correction did, in a few words."""
    if ov.action == "add":
        return f"said by {ov.speaker}, {ov.value}"
    if ov.action in ("speaker", "stance"):
        return f"set to {ov.value}"
    return ""


class OrphanList(RowList):
    def __init__(self, **kwargs) -> None:
        super().__init__(empty="Every correction finds its words.", **kwargs)
        self.orphans: list[Override] = []

    def show(self, orphans: list[Override]) -> None:
        self.orphans = orphans
        self.set_row_count(len(orphans), cursor=min(self.cursor, max(0, len(orphans) - 1)))

    @property
    def current(self) -> Override | None:
        return self.orphans[self.cursor] if 0 <= self.cursor < len(self.orphans) else None

    def render_row(self, index: int, width: int) -> Text:
        ov = self.orphans[index]
        dim = self.look("look--dim")
        row = Text(f"{ACTION_LABEL.get(ov.action, ov.action):<8} ", style="bold", end="")
        if ov.anchor is not None:
            row.append_text(literal(f"« {one_line(ov.anchor.text)} »"))
            row.append(f"  {anchor_target(ov)}", style=dim)
        return row


class OrphansScreen(ModalScreen[None]):
    CSS_PATH = "orphans.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o", "dismiss(None)", "Close"),
        Binding("d,delete", "drop", "Drop"),
    ]

    @property
    def dementi(self) -> DementiApp:
        return cast("DementiApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id="orphans-box"):
            yield Static(
                Text(
                    "These corrections no longer find the words they were made on: the "
                    "document changed. They are kept but apply to nothing; drop the ones "
                    "you do not need (d), or make them again on the new text.",
                    style="dim",
                ),
                id="orphans-explanation",
            )
            yield OrphanList(id="orphan-list")
            yield Static(id="orphan-detail")

    def on_mount(self) -> None:
        box = self.query_one("#orphans-box")
        box.border_title = "Corrections that lost their text"
        box.border_subtitle = "d drops · Esc closes"
        self.dementi.corpus_signal.subscribe(self, self.show_corpus)
        self.show_corpus(self.dementi.corpus)
        self.query_one(OrphanList).focus()

    def show_corpus(self, corpus: Corpus) -> None:
        self.query_one(OrphanList).show(corpus.orphaned)
        self._show_detail()

    @on(RowList.Highlighted, "#orphan-list")
    def _show_detail(self) -> None:
        ov = self.query_one(OrphanList).current
        detail = Text(end="")
        if ov is not None and ov.anchor is not None:
            anchor = ov.anchor
            detail.append("…")
            detail.append_text(literal(anchor.before, "dim"))
            detail.append_text(literal(anchor.text, "bold reverse"))
            detail.append_text(literal(anchor.after, "dim"))
            detail.append("…\n")
            detail.append_text(literal(f"in {anchor.path} @ {anchor.start}–{anchor.end}", "dim"))
            detail.append(f"  · made {ov.created[:16].replace('T', ' ')}", style="dim")
        detail.no_wrap = False
        self.query_one("#orphan-detail", Static).update(detail)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "drop":
            return self.query_one(OrphanList).current is not None or None
        return True

    def action_drop(self) -> None:
        ov = self.query_one(OrphanList).current
        if ov is not None:
            self.dementi.drop_override(ov)
