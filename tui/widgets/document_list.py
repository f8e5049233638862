"""The documents pane: one row per document, and a first row for all of them."""

from __future__ import annotations

from rich.text import Text

from analysis.records import Document
from tui.corpus import Corpus
from tui.widgets.look import literal, one_line
from tui.widgets.marks import ReviewList, review_badge, tags_text

OUTLET_WIDTH = 14
WIDE = 70  # room for outlet, language and statement count
MEDIUM = 40  # room for the date


class DocumentList(ReviewList):
    """Row 0 is "all documents"; row n is `documents[n - 1]`."""

    NONE_YET = "No documents yet: press i to ingest a folder."

    def __init__(self, **kwargs) -> None:
        super().__init__(empty=self.NONE_YET, **kwargs)
        self.corpus = Corpus()

    def show(self, corpus: Corpus, doc_id: str | None = None) -> None:
        self.corpus = corpus
        count = len(corpus.documents)
        self.set_row_count(count + 1 if count else 0, cursor=self.row_of(doc_id))

    def document_at(self, index: int) -> Document | None:
        """The document of row `index`, or None for the "all documents" row."""
        if 1 <= index <= len(self.corpus.documents):
            return self.corpus.documents[index - 1]
        return None

    @property
    def current(self) -> Document | None:
        return self.document_at(self.cursor)

    def review_key(self, index: int) -> str | None:
        doc = self.document_at(index)
        return None if doc is None else f"doc:{doc.id}"

    def row_of(self, doc_id: str | None) -> int:
        if doc_id is None:
            return 0
        for n, doc in enumerate(self.corpus.documents, 1):
            if doc.id == doc_id:
                return n
        return 0

    def render_row(self, index: int, width: int) -> Text:
        corpus = self.corpus
        dim = self.look("look--dim")
        if index == 0:
            row = Text("   All documents", style="bold", end="")
            counts = f"{len(corpus.statements)} st · {len(corpus.contradictions)} cx"
            return _with_suffix(row, Text(counts, style=dim), width)
        doc = corpus.documents[index - 1]
        pairs = corpus.pair_count.get(doc.id, 0)
        review = self.reviews.get(f"doc:{doc.id}")
        row = review_badge(self, review)
        row.append(" ")
        if width >= MEDIUM:
            row.append(f"{doc.date or '—':<10} ", style=dim)
        row.append_text(literal(one_line(doc.title or doc.file)))
        if review is not None and review.tags:
            row.append(" ")
            row.append_text(tags_text(review, dim))
        meta = Text(end="")
        if width >= WIDE:
            outlet = one_line(doc.outlet or "")
            if len(outlet) > OUTLET_WIDTH:
                outlet = outlet[: OUTLET_WIDTH - 1] + "…"
            meta.append_text(literal(outlet, dim))
            meta.append(f" {doc.lang} ", style=dim)
            meta.append(f"{len(corpus.by_doc.get(doc.id, ())):>3} st ", style=dim)
        meta.append(f"{pairs:>3} cx", style=self.look("stance--deny") if pairs else dim)
        return _with_suffix(row, meta, width)


def _with_suffix(row: Text, suffix: Text, width: int) -> Text:
    """`row` cut to leave room for `suffix`, right-aligned at `width`."""
    if suffix.cell_len + 12 > width:
        suffix = suffix[-max(0, width - 12) :] if width > 12 else Text("")
    room = max(1, width - suffix.cell_len - 1)
    row.truncate(room, overflow="ellipsis", pad=True)
    row.append(" ")
    row.append_text(suffix)
    return row
