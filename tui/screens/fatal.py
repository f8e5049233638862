"""The database cannot be opened: say why and how to fix it, then let the analyst quit."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static


class FatalScreen(Screen):
    CSS_PATH = "fatal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "app.quit", "Quit")]

    def __init__(self, problem: str, fix: str) -> None:
        super().__init__()
        self.problem = problem
        self.fix = fix

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="fatal-box"):
            yield Static(Text("dementi cannot open this database", style="bold"))
            yield Static(Text(self.problem), id="fatal-problem")
            yield Static(Text(self.fix), id="fatal-fix")
            yield Static(Text("Press q to quit.", style="dim"))
        yield Footer()
