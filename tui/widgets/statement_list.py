"""The statements pane: speaker, stance badge, pair mark and the claim, one row each."""

from __future__ import annotations

from rich.text import Text

from analysis.records import Statement
from tui.corpus import Corpus
from tui.widgets.look import literal, one_line
from tui.widgets.marks import ReviewList, review_badge, tags_text

SPEAKER_WIDTH = 16
NARROW = 60  # below this width the stance badge is one letter


class StatementList(ReviewList):
    def __init__(self, **kwargs) -> None:
        super().__init__(empty="No statements.", **kwargs)
        self.corpus = Corpus()
        self.statements: list[Statement] = []
        self._rows: dict[str, int] | None = None

    def show(self, corpus: Corpus, statements: list[Statement], select: str | None = None) -> None:
        self.corpus = corpus
        self.statements = statements
        self._rows = None
        cursor = self.row_of(select) if select else 0
        self.set_row_count(len(statements), cursor=cursor or 0)

    def row_of(self, statement_id: str) -> int | None:
        if self._rows is None:
            self._rows = {st.id: n for n, st in enumerate(self.statements)}
        return self._rows.get(statement_id)

    @property
    def current(self) -> Statement | None:
        if 0 <= self.cursor < len(self.statements):
            return self.statements[self.cursor]
        return None

    def review_key(self, index: int) -> str | None:
        return f"st:{self.statements[index].id}" if 0 <= index < len(self.statements) else None

    def render_row(self, index: int, width: int) -> Text:
        st = self.statements[index]
        review = self.reviews.get(f"st:{st.id}")
        row = review_badge(self, review)
        row.append(" ")
        room = min(SPEAKER_WIDTH, max(8, width // 4))
        speaker = one_line(st.speaker or st.speaker_mention or "unattributed")
        if len(speaker) > room:
            speaker = speaker[: room - 1] + "…"
        row.append_text(literal(f"{speaker:<{room}} ", self.look("look--speaker")))
        row.append_text(self.stance_badge(st.stance, short=width < NARROW))
        pairs = self.corpus.pairs_of.get(st.id, ())
        if pairs:
            verdicts = [self.corpus.verdict(p).verdict for p in pairs]
            shown = next(v for v in ("confirmed", "unreviewed", "dismissed") if v in verdicts)
            row.append(" ≠", style=self.look(f"verdict--{shown}"))
        else:
            row.append("  ")
        row.append(" ")
        if st.hidden:
            row.append("⊘ hidden ", style=self.look("look--corrected"))
        elif st.corrected or st.added:
            row.append("✎ ", style=self.look("look--corrected"))
        if review is not None and review.tags:
            row.append_text(tags_text(review, self.look("look--dim")))
            row.append(" ")
        row.append_text(literal(one_line(st.text), self.look("look--dim") if st.hidden else ""))
        return row
