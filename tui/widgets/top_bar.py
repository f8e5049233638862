"""The top line: the app, the three main screens (the current one lit), and the status."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from tui.widgets import css_beside

TABS = (
    ("reader", "1", "Reader"),
    ("contradictions", "2", "Contradictions"),
    ("speakers", "3", "Speakers"),
)


class TopBar(Widget):
    """Shows the screen's `sub_title` on the right; the tabs switch screens when clicked."""

    DEFAULT_CSS = css_beside(__file__)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"top-bar--tab", "top-bar--current", "top-bar--status"}

    def on_mount(self) -> None:
        self.watch(self.screen, "sub_title", lambda _: self.refresh())

    def render(self) -> Text:
        bar = Text(" ≠ dementi ", style="bold", end="", no_wrap=True, overflow="ellipsis")
        current = self.app.current_mode
        for mode, key, label in TABS:
            name = "top-bar--current" if mode == current else "top-bar--tab"
            click = Style.from_meta({"@click": f"app.switch_mode('{mode}')"})
            bar.append(f" {key} {label} ", style=self.get_component_rich_style(name) + click)
        status = Text(f"  {self.screen.sub_title or ''}", end="")
        status.stylize(self.get_component_rich_style("top-bar--status"))
        room = self.size.width - bar.cell_len
        if room > 3:
            status.truncate(room, overflow="ellipsis")
            bar.append_text(status)
        return bar
