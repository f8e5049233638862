"""The tags of one document, statement or contradiction, typed on one line."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.widgets.look import one_line

_SEPARATORS = re.compile(r"[,\s]+")
KNOWN_SHOWN = 12  # tags already in use, offered under the box


def parse_tags(typed: str) -> list[str]:
    """Tags from a line: separated by commas or spaces, a leading # dropped, each once."""
    tags = (t.lstrip("#") for t in _SEPARATORS.split(typed))
    return sorted({t for t in tags if t})


class TagsScreen(ModalScreen[list[str] | None]):
    """Dismissed with the new tags (an empty list clears them), or None when cancelled."""

    CSS_PATH = "tags.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, what: str, tags: list[str], known: list[str]) -> None:
        super().__init__()
        self.what = what
        self.tags = tags
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="tags-box"):
            yield Static(Text(one_line(self.what), style="italic"), id="tags-what")
            yield Input(" ".join(self.tags), placeholder="tags, by spaces or commas", id="tags")
            if self.known:
                shown = " ".join(f"#{t}" for t in self.known[:KNOWN_SHOWN])
                yield Static(Text(f"in use: {shown}", style="dim"), id="tags-known")

    def on_mount(self) -> None:
        box = self.query_one("#tags-box")
        box.border_title = "Tags"
        box.border_subtitle = "Enter saves (empty clears) · Esc cancels"
        self.query_one(Input).focus()

    @on(Input.Submitted, "#tags")
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(parse_tags(event.value))
