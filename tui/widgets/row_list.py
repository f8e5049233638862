"""A list that draws only the rows on screen, whatever their number.

Built on the Line API: the virtual height is the row count and
`render_line` asks the subclass for the one row at that line, so a list of
100,000 statements costs what the visible rows cost. The list owns its
cursor and announces it with messages; subclasses only say how a row looks
and which rows can take the cursor.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets import css_beside, set_virtual_size
from tui.widgets.look import SHARED_CLASSES, Look


class RowList(Look, ScrollView, can_focus=True):
    DEFAULT_CSS = css_beside(__file__)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Open"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = SHARED_CLASSES | {
        "row-list--cursor",
        "row-list--cursor-blurred",
        "row-list--empty",
    }

    class Highlighted(Message):
        """The cursor moved to `index`."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    class Selected(Highlighted):
        """The row at `index` was chosen (Enter or double click)."""

    def __init__(self, *, empty: str = "Nothing here.", **kwargs) -> None:
        super().__init__(**kwargs)
        self.empty = empty
        self._count = 0
        self.cursor = 0
        self._lines: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(512)

    # -- what subclasses provide --------------------------------------------

    def render_row(self, index: int, width: int) -> Text:
        raise NotImplementedError

    def selectable(self, index: int) -> bool:
        return True

    # -- rows ---------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return self._count

    def set_row_count(self, count: int, cursor: int | None = 0) -> None:
        """Show `count` rows (drawn again from the subclass), cursor at `cursor`."""
        self._count = count
        self._lines.clear()
        set_virtual_size(self, Size(self.scrollable_content_region.width, count))
        if cursor is not None:
            self.move_cursor(self._nearest_selectable(cursor, 1), announce=False, center=True)
        self.refresh()

    def redraw(self) -> None:
        """Draw every row again (their content changed, not their number)."""
        self._lines.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self, event: events.Focus) -> None:
        self.redraw()

    def on_blur(self, event: events.Blur) -> None:
        self.redraw()

    def on_resize(self, event: events.Resize) -> None:
        set_virtual_size(self, Size(self.scrollable_content_region.width, self._count))
        self._lines.clear()
        self.scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        base = self.rich_style
        if self._count == 0:
            if y != 0:
                return Strip.blank(width, base)
            text = Text(self.empty, style=self.get_component_rich_style("row-list--empty"))
            return self._strip(text, width)
        if index >= self._count:
            return Strip.blank(width, base)
        key = (index, width, index == self.cursor, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            text = self.render_row(index, width)
            if index == self.cursor:
                name = "row-list--cursor" if self.has_focus else "row-list--cursor-blurred"
                text.stylize_before(self.get_component_rich_style(name, partial=True))
            strip = self._strip(text, width)
            self._lines[key] = strip
        return strip

    def _strip(self, text: Text, width: int) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        base = self.rich_style
        segments = list(text.render(self.app.console, end=""))
        return Strip(segments).crop_extend(0, width, base).apply_style(base)

    # -- cursor ---------------------------------------------------------------

    def _nearest_selectable(self, index: int, step: int) -> int:
        if self._count == 0:
            return 0
        index = max(0, min(index, self._count - 1))
        probe = index
        while 0 <= probe < self._count:
            if self.selectable(probe):
                return probe
            probe += step
        probe = index - step
        while 0 <= probe < self._count:
            if self.selectable(probe):
                return probe
            probe -= step
        return index

    def move_cursor(self, index: int, *, announce: bool = True, center: bool = False) -> None:
        """Put the cursor on `index`; `announce` posts Highlighted."""
        if self._count == 0:
            self.cursor = 0
            return
        index = max(0, min(index, self._count - 1))
        old, self.cursor = self.cursor, index
        self.refresh_line(old)
        self.refresh_line(index)
        self.scroll_to_cursor(center=center)
        if announce:
            self.post_message(self.Highlighted(self, index))

    def scroll_to_cursor(self, *, center: bool = False) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = self.scroll_offset.y
        if center and not top <= self.cursor < top + height:
            self.scroll_to(y=max(0, self.cursor - height // 2), animate=False)
        elif self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def _step(self, delta: int) -> None:
        if self._count == 0:
            return
        target = max(0, min(self.cursor + delta, self._count - 1))
        target = self._nearest_selectable(target, 1 if delta > 0 else -1)
        if target != self.cursor:
            self.move_cursor(target)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_page_up(self) -> None:
        self._step(-max(1, self.scrollable_content_region.height - 1))

    def action_page_down(self) -> None:
        self._step(max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        self._step(-self._count)

    def action_last(self) -> None:
        self._step(self._count)

    def action_select(self) -> None:
        if self._count and self.selectable(self.cursor):
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._count == 0:
            return
        index = self.scroll_offset.y + offset.y
        if index >= self._count or not self.selectable(index):
            return
        if index != self.cursor:
            self.move_cursor(index)
        if event.chain >= 2:
            self.action_select()
