"""The text of one document, every statement span tinted by its stance.

The text is wrapped once per width into (start, end) offsets, so that a
character offset maps to a screen line and back; only the lines on screen
are drawn (Line API). The view has a character cursor: moving it onto a
statement selects that statement and says so with a message, and selecting
a statement from outside moves the cursor to its span.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from analysis.records import Document, Statement
from tui.widgets import css_beside, set_virtual_size
from tui.widgets.look import SHARED_CLASSES, Look, literal


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Split `text` into lines at most `width` cells wide, as (start, end) offsets.

    Lines break at spaces when they can, inside a word when it is wider than
    the line. Every offset belongs to exactly one line: a line keeps the
    spaces that follow it, and ends before the newline that closes it.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        end = pos + len(paragraph)
        start = pos
        used = 0
        i = pos
        while i < end:
            j = i
            while j < end and not text[j].isspace():
                j += 1
            word_cells = cell_len(text[i:j])
            if used and used + word_cells > width:
                lines.append((start, i))
                start, used = i, 0
            while word_cells > width:
                k, cells = i, 0
                while k < j and cells + cell_len(text[k]) <= width:
                    cells += cell_len(text[k])
                    k += 1
                k = max(k, i + 1)
                lines.append((start, k))
                start, i, used = k, k, 0
                word_cells = cell_len(text[i:j])
            used += word_cells
            while j < end and text[j].isspace():
                j += 1
                used += 1
            i = j
        lines.append((start, end))
        pos = end + 1
    return lines


class DocumentView(Look, ScrollView, can_focus=True):
    DEFAULT_CSS = css_beside(__file__)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1, 0)", "Line up", show=False),
        Binding("down,j", "move(1, 0)", "Line down", show=False),
        Binding("left,h", "move(0, -1)", "Left", show=False),
        Binding("right,l", "move(0, 1)", "Right", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("home", "line_edge(0)", "Line start", show=False),
        Binding("end", "line_edge(1)", "Line end", show=False),
        Binding("g,ctrl+home", "edge(0)", "Top", show=False),
        Binding("G,ctrl+end", "edge(1)", "Bottom", show=False),
        Binding("right_square_bracket,n", "statement(1)", "Next statement"),
        Binding("left_square_bracket,p", "statement(-1)", "Previous statement"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = SHARED_CLASSES | {
        "document-view--cursor",
        "document-view--cursor-line",
        "document-view--empty",
    }

    class StatementUnderCursor(Message):
        """The cursor came onto `statement` (None: onto no statement)."""

        def __init__(self, view: DocumentView, statement: Statement | None) -> None:
            super().__init__()
            self.view = view
            self.statement = statement

        @property
        def control(self) -> DocumentView:
            return self.view

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.document: Document | None = None
        self.statements: list[Statement] = []
        self._starts: list[int] = []
        self.selected: Statement | None = None
        self.cursor = 0
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._wrapped_for = -1
        self._under: Statement | None = None

    # -- content ------------------------------------------------------------

    def show(
        self, document: Document | None, statements: list[Statement], selected: Statement | None
    ) -> None:
        """Show `document` with its `statements`, the cursor on `selected` if given."""
        if document is not self.document:
            self.document = document
            self._wrapped_for = -1
        self.statements = sorted(statements, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.statements]
        self._rewrap()
        self.select(selected, scroll=True)

    def select(self, statement: Statement | None, *, scroll: bool = True) -> None:
        """Highlight `statement` and put the cursor at its start (no message is sent)."""
        self.selected = statement
        if statement is not None:
            self.cursor = statement.start
        self._under = statement
        if scroll and statement is not None:
            self._scroll_to_span(statement)
        elif scroll:
            self.cursor = 0
            self.scroll_to(y=0, animate=False)
        self.refresh()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_for:
            return
        text = self.document.text if self.document else ""
        self._lines = wrap_offsets(text, width) if self.document else []
        self._line_starts = [s for s, _ in self._lines]
        self._wrapped_for = width
        set_virtual_size(self, Size(width, len(self._lines)))

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()
        if self.selected is not None and self.statement_at(self.cursor) is self.selected:
            self._scroll_to_span(self.selected)
        else:
            self._scroll_to_cursor()
        self.refresh()

    def line_of(self, offset: int) -> int:
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def statement_at(self, offset: int) -> Statement | None:
        """The innermost statement whose span holds `offset`."""
        found = None
        for st in self.statements[: bisect_right(self._starts, offset)]:
            if st.start <= offset < st.end and (found is None or st.start >= found.start):
                found = st
        return found

    # -- scrolling ----------------------------------------------------------

    def _scroll_to_span(self, statement: Statement) -> None:
        self._rewrap()
        height = self.scrollable_content_region.height
        if not self._lines or height <= 0:
            return
        first = self.line_of(statement.start)
        last = self.line_of(max(statement.start, statement.end - 1))
        top = self.scroll_offset.y
        if first >= top and last < top + height:
            return
        span = last - first + 1
        target = first - max(0, (height - span) // 3) if span < height else first
        self.scroll_to(y=max(0, target), animate=False)

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if not self._lines or height <= 0:
            return
        line = self.line_of(self.cursor)
        top = self.scroll_offset.y
        if line < top:
            self.scroll_to(y=line, animate=False)
        elif line >= top + height:
            self.scroll_to(y=line - height + 1, animate=False)

    # -- cursor -------------------------------------------------------------

    def move_cursor(self, offset: int) -> None:
        if self.document is None:
            return
        self.cursor = max(0, min(offset, len(self.document.text)))
        self._scroll_to_cursor()
        self.refresh()
        under = self.statement_at(self.cursor)
        if under is not self._under:
            self._under = under
            if under is not None:
                self.selected = under
            self.post_message(self.StatementUnderCursor(self, under))

    def action_move(self, lines: int, chars: int) -> None:
        if not self._lines:
            return
        if chars:
            self.move_cursor(self.cursor + chars)
            return
        here = self.line_of(self.cursor)
        target = max(0, min(here + lines, len(self._lines) - 1))
        column = self.cursor - self._lines[here][0]
        start, end = self._lines[target]
        self.move_cursor(min(start + column, end))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1), 0)

    def action_line_edge(self, edge: int) -> None:
        if self._lines:
            start, end = self._lines[self.line_of(self.cursor)]
            self.move_cursor(end if edge else start)

    def action_edge(self, edge: int) -> None:
        if self.document is not None:
            self.move_cursor(len(self.document.text) if edge else 0)

    def action_statement(self, direction: int) -> None:
        """Jump to the start of the next or previous statement span."""
        if not self.statements:
            return
        if direction > 0:
            n = bisect_right(self._starts, self.cursor)
            target = self.statements[min(n, len(self.statements) - 1)]
        else:
            current = self.statement_at(self.cursor)
            n = bisect_left(self._starts, current.start if current else self.cursor)
            target = self.statements[max(0, n - 1)]
        self.move_cursor(target.start)
        self._scroll_to_span(target)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._lines or self.document is None:
            return
        index = self.scroll_offset.y + offset.y
        if index >= len(self._lines):
            return
        start, end = self._lines[index]
        cells, position = 0, start
        while position < end and cells + cell_len(self.document.text[position]) <= offset.x:
            cells += cell_len(self.document.text[position])
            position += 1
        self.move_cursor(position)

    def on_focus(self, event: events.Focus) -> None:
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self.refresh()

    # -- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = self.scroll_offset.y + y
        if self.document is None:
            if y == 0:
                empty = self.get_component_rich_style("document-view--empty")
                return self._strip(Text("Choose a document or a statement.", style=empty), width)
            return Strip.blank(width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        line = literal(self.document.text[start:end])
        self._paint_spans(line, start, end)
        if self.has_focus and start <= self.cursor <= end and index == self.line_of(self.cursor):
            line.stylize_before(self.get_component_rich_style("document-view--cursor-line"))
            column = self.cursor - start
            if column >= len(line):
                line.append(" ")
            line.stylize(self.get_component_rich_style("document-view--cursor"), column, column + 1)
        return self._strip(line, width)

    def _paint_spans(self, line: Text, start: int, end: int) -> None:
        for st in self.statements[: bisect_left(self._starts, end)]:
            if st.end <= start:
                continue
            lo, hi = max(st.start, start) - start, min(st.end, end) - start
            style: Style = self.look(f"span--{st.stance}")
            if self.selected is not None and st.id == self.selected.id:
                style += self.look("span--selected")
            line.stylize(style, lo, hi)
            for cue in st.cues:
                if cue.end > start and cue.start < end:
                    cue_lo, cue_hi = max(cue.start, start) - start, min(cue.end, end) - start
                    line.stylize(self.look("look--cue"), cue_lo, cue_hi)

    def _strip(self, text: Text, width: int) -> Strip:
        base = self.rich_style
        segments = list(text.render(self.app.console, end=""))
        return Strip(segments).crop_extend(0, width, base).apply_style(base)
