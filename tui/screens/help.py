"""Every key of the current screen, read from the live bindings: the help and the palette."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
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
    action: str
    node: DOMNode  # where the action runs


def _binding_owners(screen: Screen) -> list[tuple[str, DOMNode]]:
    """The app, `screen`, and one widget of each kind on it that has keys, with labels."""
    owners: list[tuple[str, DOMNode]] = [("everywhere", screen.app), ("this screen", screen)]
    seen_types: set[type] = set()
    for widget in screen.walk_children(with_self=False):
        if widget._bindings.key_to_bindings and type(widget) not in seen_types:
            seen_types.add(type(widget))
            title = widget.border_title
            label = Text.from_markup(title).plain if title else widget.id or type(widget).__name__
            owners.append((label, widget))
    return owners


def screen_keys(screen: Screen) -> list[KeyHelp]:
    """Every binding of the app, of `screen` and of the widgets on it, as they are now.

    Keys bound to the same action are listed together; actions that the
    screen has switched off for now are left out, disabled ones kept.
    """
    app = screen.app
    found: list[KeyHelp] = []
    for where, node in _binding_owners(screen):
        keys: dict[tuple[str, str], list[str]] = {}
        enabled: dict[tuple[str, str], bool] = {}
        for key, binding in node._bindings:
            if binding.system or not binding.description:
                continue
            state = app._check_action_state(binding.action, node)
            if state is False:
                continue
            ident = (binding.action, binding.description)
            shown = binding.key_display or app.get_key_display(Binding(key, ""))
            keys.setdefault(ident, []).append(shown)
            enabled[ident] = bool(state)
        for (action, description), shown_keys in keys.items():
            shown = " / ".join(dict.fromkeys(shown_keys))
            found.append(
                KeyHelp(shown, description, where, enabled[(action, description)], action, node)
            )
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


class DementiCommands(Provider):
    """Every action with a key on the current screen, and the app's own, in the palette."""

    def _commands(self) -> list[KeyHelp]:
        found: dict[str, KeyHelp] = {}
        for item in screen_keys(self.screen):
            if item.enabled:
                found.setdefault(item.description, item)
        return list(found.values())

    def _runner(self, item: KeyHelp) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await self.app.run_action(item.action, item.node)

        return run

    async def discover(self) -> Hits:
        for item in self._commands():
            yield DiscoveryHit(item.description, self._runner(item), help=f"key {item.keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for item in self._commands():
            score = matcher.match(item.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(item.description),
                    self._runner(item),
                    text=item.description,
                    help=f"key {item.keys}",
                )
