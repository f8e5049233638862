"""Asking for one line: a path to ingest, a file to export to."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PromptScreen(ModalScreen[str | None]):
    """Dismissed with the text typed (stripped), or None when cancelled or empty."""

    CSS_PATH = "prompt.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, explanation: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.explanation = explanation
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(Text(self.explanation), id="prompt-explanation")
            yield Input(self.value, id="prompt-input")

    def on_mount(self) -> None:
        box = self.query_one("#prompt-box")
        box.border_title = Text(self.title_text)
        box.border_subtitle = "Enter accepts · Esc cancels"
        self.query_one(Input).focus()

    @on(Input.Submitted, "#prompt-input")
    def _accept(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
