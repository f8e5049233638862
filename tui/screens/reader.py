"""The reader: documents, their statements, and the text with every span tinted."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical

from analysis.records import Statement
from tui.corpus import Corpus
from tui.screens.base import DementiScreen
from tui.widgets.document_list import DocumentList
from tui.widgets.document_view import DocumentView
from tui.widgets.look import one_line
from tui.widgets.row_list import RowList
from tui.widgets.statement_list import StatementList
from tui.widgets.text_selection import SelectingDocumentView


class ReaderScreen(DementiScreen):
    CSS_PATH = "reader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "compare", "Compare"),
        Binding("escape", "clear_speaker", "All speakers"),
        Binding("s", "correct", "Correct…", show=False),
        Binding("x", "hide", "Hide/restore", show=False),
        Binding("H", "toggle_hidden", "Show hidden", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.doc_id: str | None = None  # None: every document
        self.statement: Statement | None = None
        self._speaker: str | None = None
        self.show_hidden = False  # list the statements the analyst hid, to restore them

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="reader"):
            with Vertical(id="reader-left"):
                yield DocumentList(id="documents")
                yield StatementList(id="statements")
            yield SelectingDocumentView(id="text")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#documents").border_title = "Documents"
        self.query_one("#statements", StatementList).focus()

    def on_screen_resume(self) -> None:
        if self._speaker != self.dementi.speaker:
            self.show_corpus(self.corpus)

    # -- filling the panes ---------------------------------------------------

    def show_corpus(self, corpus: Corpus) -> None:
        self._speaker = self.dementi.speaker
        if self.doc_id is not None and self.doc_id not in corpus.docs:
            self.doc_id = None
        keep = self.statement.id if self.statement else None
        documents = self.query_one(DocumentList)
        opening = self.dementi.store is None
        documents.empty = "Opening the database…" if opening else DocumentList.NONE_YET
        documents.show(corpus, self.doc_id)
        self._fill_statements(select=keep)
        self.set_status(f"speaker: {self._speaker} (Esc: all speakers)" if self._speaker else "")

    def _fill_statements(self, select: str | None = None) -> None:
        corpus = self.corpus
        listed = corpus.statements_for(self.doc_id, self._speaker, hidden=self.show_hidden)
        statements = self.query_one(StatementList)
        row = statements.cursor
        statements.show(corpus, listed, select=select)
        if select and listed and statements.row_of(select) is None:
            statements.move_cursor(min(row, len(listed) - 1), announce=False)  # it was hidden
        doc = corpus.docs.get(self.doc_id) if self.doc_id else None
        title = one_line(doc.title or doc.file) if doc else "all documents"
        shown = " · hidden ones too" if self.show_hidden else ""
        statements.border_title = Text(f"Statements · {title}{shown}")
        statements.label(f"{len(listed)}")
        self._show_statement(statements.current, doc_if_none=doc)

    def _show_statement(self, statement: Statement | None, doc_if_none=None) -> None:
        """Show `statement` in the text pane (or the document alone if there is none)."""
        self._select(statement)
        view = self.query_one(DocumentView)
        doc = self.corpus.docs.get(statement.doc) if statement else doc_if_none
        if doc is None:
            view.show(None, [], None)
            view.border_title = Text("Text")
            view.border_subtitle = ""
            return
        if view.document is doc:
            view.select(statement)
        else:
            view.show(doc, self.corpus.by_doc.get(doc.id, []), statement)
            view.border_title = Text(one_line(doc.title or doc.file))
            where = " · ".join(x for x in (doc.outlet, doc.date, doc.lang, doc.file) if x)
            view.border_subtitle = Text(one_line(where))

    def _select(self, statement: Statement | None) -> None:
        """Make `statement` the current one; the footer is redrawn only if Compare changes."""
        could = self._can_compare()
        self.statement = statement
        if self._can_compare() != could:
            self.refresh_bindings()

    def _can_compare(self) -> bool:
        return bool(self.statement and self.corpus.pairs_of.get(self.statement.id))

    def show_statement(self, statement_id: str) -> None:
        """Open the statement's document with the statement selected and the cursor on it."""
        statement = self.corpus.by_id.get(statement_id)
        if statement is None:
            return
        if self._speaker and statement.speaker != self._speaker:
            self.dementi.speaker = None
            self._speaker = None
            self.set_status()
        self.doc_id = statement.doc
        self.query_one(DocumentList).show(self.corpus, self.doc_id)
        self._fill_statements(select=statement.id)
        self.query_one(DocumentView).focus()
        self.dementi.mark_read(f"st:{statement.id}")

    # -- following the cursor ------------------------------------------------

    @on(RowList.Highlighted, "#documents")
    def _document_highlighted(self, event: RowList.Highlighted) -> None:
        doc = self.query_one(DocumentList).document_at(event.index)
        self.doc_id = doc.id if doc else None
        self._fill_statements()

    @on(RowList.Selected, "#documents")
    def _document_chosen(self) -> None:
        self.query_one(StatementList).focus()
        if self.doc_id is not None:
            self.dementi.mark_read(f"doc:{self.doc_id}")

    @on(RowList.Highlighted, "#statements")
    def _statement_highlighted(self) -> None:
        self._show_statement(self.query_one(StatementList).current)

    @on(RowList.Selected, "#statements")
    def _statement_chosen(self) -> None:
        self.query_one(DocumentView).focus()
        if self.statement is not None:
            self.dementi.mark_read(f"st:{self.statement.id}")

    @on(SelectingDocumentView.SpanChosen)
    def _span_chosen(self, event: SelectingDocumentView.SpanChosen) -> None:
        self.dementi.add_statement(event.document.id, event.start, event.end, self.show_statement)

    @on(DocumentView.StatementUnderCursor)
    def _cursor_on_statement(self, event: DocumentView.StatementUnderCursor) -> None:
        if event.statement is None:
            return
        self._select(event.statement)
        statements = self.query_one(StatementList)
        row = statements.row_of(event.statement.id)
        if row is not None:
            statements.move_cursor(row, announce=False, center=True)

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_speaker":
            return self._speaker is not None
        if action == "compare":
            return self._can_compare() or None
        if action in ("correct", "hide"):
            return self.statement is not None or None
        return True

    def action_compare(self) -> None:
        if self.statement is None:
            return
        pairs = self.corpus.pairs_of.get(self.statement.id, [])
        if not pairs:
            self.notify("No contradiction involves this statement.", severity="information")
            return
        self.dementi.open_pair(pairs[0], pairs)

    def action_clear_speaker(self) -> None:
        self.dementi.speaker = None
        self.show_corpus(self.corpus)

    def action_correct(self) -> None:
        if self.statement is not None:
            self.dementi.correct_statement(self.statement)

    def action_hide(self) -> None:
        if self.statement is not None:
            self.dementi.hide_statement(self.statement)

    def action_toggle_hidden(self) -> None:
        self.show_hidden = not self.show_hidden
        self._fill_statements(select=self.statement.id if self.statement else None)
        count = len(self.corpus.hidden)
        if self.show_hidden:
            self.notify(f"{count} hidden statements listed: x restores one.", markup=False)

    def verdict_changed(self, pair_id: str) -> None:
        self.query_one(StatementList).redraw()
        self.query_one(DocumentList).redraw()
