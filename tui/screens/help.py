"""Every key of the screen it was opened from, read from the live bindings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


@dataclass(frozen=True, slots=True)
class KeyHelp:
    keys: str  # as shown: "j / ↓"
    description: str
    where: str  # "everywhere", the screen, or the pane that owns the key
    enabled: bool


def _display_key(node: DOMNode, key: str) -> str:
    return node.app.get_key_display(Binding(key, ""))


def screen_keys(screen: Screen) -> list[KeyHelp]:
    """The bindings of the app, of `screen` and of every widget on it, as they are now."""
    app = screen.app
    nodes: list[tuple[str, DOMNode]] = [("everywhere", app), ("this screen", screen)]
    seen_types: set[type] = set()
    for widget in screen.walk_children(with_self=False):
        if widget._bindings.key_to_bindings and type(widget) not in seen_types:
            seen_types.add(type(widget))
            title = widget.border_title
            label = Text.from_markup(title).plain if title else widget.id or type(widget).__name__
            nodes.append((label, widget))
    found: list[KeyHelp] = []
    for where, node in nodes:
        grouped: dict[tuple[str, str], list[str]] = {}
        enabled: dict[tuple[str, str], bool] = {}
        for key, binding in node._bindings:
            if binding.system or not binding.description:
                continue
            state = app._check_action_state(binding.action, node)
            if state is False:
                continue
            ident = (binding.action, binding.description)
            grouped.setdefault(ident, []).append(binding.key_display or _display_key(node, key))
            enabled[ident] = bool(state)
        for ident, keys in grouped.items():
            shown = " / ".join(dict.fromkeys(keys))
            found.append(KeyHelp(shown, ident[1], where, enabled[ident]))
    return found


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss(None)", "Close"),
    ]

    def __init__(self, keys: list[KeyHelp], title: str) -> None:
        super().__init__()
        self.keys = keys
        self.title_text = title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(self._table())

    def on_mount(self) -> None:
        box = self.query_one("#help-box")
        box.border_title = Text(f"Keys · {self.title_text}")
        box.border_subtitle = "Esc closes"
        box.focus()

    def _table(self) -> Table:
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("what")
        where = None
        for item in self.keys:
            if item.where != where:
                where = item.where
                table.add_row(Text(""), Text(where, style="italic dim"))
            style = "" if item.enabled else "dim"
            table.add_row(Text(item.keys, style=style), Text(item.description, style=style))
        return table
