"""The document's text with a selection, to add a statement the extractor missed.

`v` (or shift with a move) drops an anchor at the cursor; every move then
stretches the selection from the anchor to the cursor; Enter gives the span
to the screen (`SpanChosen`), Esc lets it go. The cursor is a caret before
the character it covers, so the selection is text[anchor:cursor] (or the
other way round), and word jumps stop at word edges: a word is selected
exactly.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from analysis.records import Document, Statement
from tui.widgets import css_beside
from tui.widgets.document_view import DocumentView

# Spaces and the quotation marks around a quote are not part of what was said.
_EDGES = " \t\n«»\"“”„‘’'"


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def word_end(text: str, offset: int) -> int:
    """Where the word at or after `offset` ends."""
    i = offset
    while i < len(text) and not _in_word(text[i]):
        i += 1
    while i < len(text) and _in_word(text[i]):
        i += 1
    return i


def word_start(text: str, offset: int) -> int:
    """Where the word before `offset` (or holding it) starts."""
    i = offset
    while i > 0 and not _in_word(text[i - 1]):
        i -= 1
    while i > 0 and _in_word(text[i - 1]):
        i -= 1
    return i


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and quotation marks at its edges."""
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


class SelectingDocumentView(DocumentView):
    DEFAULT_CSS = css_beside(__file__)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "toggle_selection", "Select text"),
        Binding("shift+left", "extend(0, -1)", "Select left", show=False),
        Binding("shift+right", "extend(0, 1)", "Select right", show=False),
        Binding("shift+up", "extend(-1, 0)", "Select line up", show=False),
        Binding("shift+down", "extend(1, 0)", "Select line down", show=False),
        Binding("ctrl+shift+right", "extend_word(1)", "Select next word", show=False),
        Binding("ctrl+shift+left", "extend_word(-1)", "Select previous word", show=False),
        Binding("w,ctrl+right", "word(1)", "Word end", show=False),
        Binding("b,ctrl+left", "word(-1)", "Word start", show=False),
        Binding("enter", "choose_span", "Add statement…"),
        Binding("escape", "cancel_selection", "Cancel selection"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = DocumentView.COMPONENT_CLASSES | {
        "document-view--selection"
    }

    class SpanChosen(Message):
        """The analyst chose text[start:end] of `document` as a statement."""

        def __init__(self, document: Document, start: int, end: int) -> None:
            super().__init__()
            self.document, self.start, self.end = document, start, end

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.anchor: int | None = None
        self._subtitle: str | Text = ""  # the border's subtitle before selecting

    @property
    def selection(self) -> tuple[int, int] | None:
        """(start, end) of the selected text, None when nothing is selected."""
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    def show(
        self, document: Document | None, statements: list[Statement], selected: Statement | None
    ) -> None:
        if document is not self.document:
            self.action_cancel_selection()
        super().show(document, statements, selected)

    # -- selecting ------------------------------------------------------------

    def start_selection(self) -> None:
        if self.anchor is None and self.document is not None:
            self.anchor = self.cursor
            self._subtitle = self.border_subtitle
            self.refresh_bindings()
            self._describe()

    def action_toggle_selection(self) -> None:
        if self.anchor is None:
            self.start_selection()
        else:
            self.action_cancel_selection()

    def action_cancel_selection(self) -> None:
        if self.anchor is None:
            return
        self.anchor = None
        self.border_subtitle = self._subtitle
        self.refresh_bindings()
        self.refresh()

    def action_extend(self, lines: int, chars: int) -> None:
        self.start_selection()
        self.action_move(lines, chars)

    def action_word(self, direction: int) -> None:
        if self.document is None:
            return
        text = self.document.text
        if direction > 0:
            self.move_cursor(word_end(text, self.cursor))
        else:
            self.move_cursor(word_start(text, self.cursor))

    def action_extend_word(self, direction: int) -> None:
        self.start_selection()
        self.action_word(direction)

    def action_choose_span(self) -> None:
        span = self.selection
        if span is None or self.document is None:
            return
        start, end = trim_span(self.document.text, *span)
        if start == end:
            self.notify("Select some words first.", severity="warning", markup=False)
            return
        document = self.document
        self.action_cancel_selection()
        self.post_message(self.SpanChosen(document, start, end))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_selection":
            return self.anchor is not None
        if action == "choose_span":
            # Off unless selecting, so that Enter keeps its usual work; dim while empty.
            if self.anchor is None:
                return False
            return self.selection is not None or None
        return True

    def move_cursor(self, offset: int) -> None:
        was_empty = self.selection is None
        super().move_cursor(offset)
        if self.anchor is not None:
            self._describe()
            if was_empty != (self.selection is None):
                self.refresh_bindings()

    def _describe(self) -> None:
        span = self.selection
        size = span[1] - span[0] if span else 0
        self.border_subtitle = Text(
            f"selecting {size} characters · Enter: add a statement · Esc: cancel"
        )

    # -- drawing --------------------------------------------------------------

    def _paint_spans(self, line: Text, start: int, end: int) -> None:
        super()._paint_spans(line, start, end)
        span = self.selection
        if span is not None and span[0] < end and span[1] > start:
            style = self.get_component_rich_style("document-view--selection", partial=True)
            line.stylize(style, max(span[0], start) - start, min(span[1], end) - start)
