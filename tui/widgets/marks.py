"""Review state in the lists: the unread dot, the triage mark, tags, and their counts.

Documents, statements and contradictions are listed by subclasses of
`ReviewList`, which gives them the same keys everywhere (n/p next or
previous unread, space read/unread, m mark, # tags) and keeps the pane's
unread and mark counts after its own subtitle. The lists only draw the
state; the app changes it (`DementiApp.set_review`) and says so on its
`review_signal` with the item's key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType

from store.review import MARKS, Review
from tui.corpus import Corpus
from tui.widgets.look import Look, literal, one_line
from tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from tui.workflow import WorkflowApp

UNREAD = "●"
MARK_GLYPH = {"relevant": "★", "to-check": "?", "irrelevant": "–"}
# `m` walks through the marks in this order, then back to none.
MARK_CYCLE: tuple[str | None, ...] = ("relevant", "to-check", "irrelevant", None)


def next_mark(mark: str | None) -> str | None:
    return MARK_CYCLE[(MARK_CYCLE.index(mark) + 1) % len(MARK_CYCLE)]


def review_badge(look: Look, review: Review | None) -> Text:
    """Two cells: the unread dot, then the mark's glyph."""
    badge = Text(end="")
    if review is None or not review.read:
        badge.append(UNREAD, style=look.look("review--unread"))
    else:
        badge.append(" ")
    mark = review.mark if review else None
    if mark in MARK_GLYPH:
        badge.append(MARK_GLYPH[mark], style=look.look(f"mark--{mark}"))
    else:
        badge.append(" ")
    return badge


def tags_text(review: Review | None, style: Style | str = "") -> Text:
    """The item's tags as "#tag" words (empty when it has none)."""
    if review is None or not review.tags:
        return Text(end="")
    return literal(one_line(" ".join(f"#{t}" for t in review.tags)), style)


def describe_review(review: Review | None) -> str:
    """The state in words: "read · relevant · #a #b"."""
    parts = ["read" if review and review.read else "unread"]
    if review and review.mark:
        parts.append(review.mark)
    if review and review.tags:
        parts.append(" ".join(f"#{t}" for t in review.tags))
    return " · ".join(parts)


@dataclass(slots=True)
class ReviewCounts:
    unread: int = 0
    marks: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """The counts that are not zero: "3 unread · 1 relevant · 2 to-check"."""
        parts = [f"{self.unread} unread"] if self.unread else []
        parts += [f"{self.marks[m]} {m}" for m in MARKS if self.marks[m]]
        return " · ".join(parts)


def count_reviews(keys: set[str], reviews: Mapping[str, Review]) -> ReviewCounts:
    """Counts over `keys`, walking whichever of `keys` and `reviews` is smaller."""
    counts = ReviewCounts(unread=len(keys))
    if len(reviews) < len(keys):
        found = (r for k, r in reviews.items() if k in keys)
    else:
        found = (r for k in keys if (r := reviews.get(k)) is not None)
    for review in found:
        counts.unread -= review.read
        if review.mark:
            counts.marks[review.mark] += 1
    return counts


class ReviewList(RowList):
    """A list whose rows are reviewable items; subclasses say which (`review_key`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_unread(1)", "Next unread"),
        Binding("p", "next_unread(-1)", "Previous unread", show=False),
        Binding("space", "toggle_read", "Read/unread", show=False),
        Binding("m", "cycle_mark", "Mark"),
        Binding("number_sign", "edit_tags", "Tags…", show=False),
    ]

    corpus: Corpus  # set by the subclass

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._label = ""
        self._keys: set[str] | None = None
        self._counts: ReviewCounts | None = None

    def review_key(self, index: int) -> str | None:
        """The review key of row `index` ("doc:ID", "st:ID", "cx:ID"), None if not an item."""
        raise NotImplementedError

    @property
    def reviews(self) -> Mapping[str, Review]:
        return self.corpus.reviews

    def review_at(self, index: int) -> Review | None:
        key = self.review_key(index)
        return None if key is None else self.reviews.get(key)

    # -- counts ---------------------------------------------------------------

    def set_row_count(self, count: int, cursor: int | None = 0) -> None:
        self._keys = None
        self._counts = None
        super().set_row_count(count, cursor)
        self.show_counts()

    @property
    def keys(self) -> set[str]:
        """The review keys of every row."""
        if self._keys is None:
            found = (self.review_key(i) for i in range(self.row_count))
            self._keys = {k for k in found if k is not None}
        return self._keys

    @property
    def counts(self) -> ReviewCounts:
        if self._counts is None:
            self._counts = count_reviews(self.keys, self.reviews)
        return self._counts

    def label(self, text: str) -> None:
        """Set the pane's own subtitle; the review counts follow it."""
        self._label = text
        self.show_counts()

    def show_counts(self) -> None:
        parts = (self._label, self.counts.summary())
        self.border_subtitle = Text(" · ".join(p for p in parts if p))

    def review_changed(self, key: str) -> None:
        """Redraw and count again if the changed item is listed here."""
        if key not in self.keys:
            return
        self._counts = None
        self.show_counts()
        self.redraw()

    # -- keys -------------------------------------------------------------------

    @property
    def workflow(self) -> WorkflowApp:
        return self.app  # type: ignore[return-value]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Rows that are no item (headings, "all documents") take the keys and ignore them,
        # so that the footer does not change as the cursor moves.
        return True if self.row_count else None

    def action_next_unread(self, direction: int) -> None:
        count = self.row_count
        for step in range(1, count + 1):
            index = (self.cursor + direction * step) % count
            key = self.review_key(index)
            if key is None:
                continue
            review = self.reviews.get(key)
            if review is None or not review.read:
                self.move_cursor(index)
                return
        self.notify("Nothing unread here.", markup=False)

    def action_toggle_read(self) -> None:
        key = self.review_key(self.cursor) if self.row_count else None
        if key is not None:
            self.workflow.toggle_read(key)

    def action_cycle_mark(self) -> None:
        key = self.review_key(self.cursor) if self.row_count else None
        if key is not None:
            self.workflow.cycle_mark(key)

    def action_edit_tags(self) -> None:
        key = self.review_key(self.cursor) if self.row_count else None
        if key is not None:
            self.workflow.edit_tags(key)
