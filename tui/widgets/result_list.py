"""Search results: speaker and claim, the characters that matched in bold colour."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.corpus import Corpus
from tui.search import Hit, match_spans
from tui.widgets.look import literal, one_line
from tui.widgets.row_list import RowList

SPEAKER_WIDTH = 16
CONTEXT = 24  # characters kept before the first match when the claim is cut


class ResultList(RowList):
    def __init__(self, **kwargs) -> None:
        super().__init__(empty="Type to search statements and speakers.", **kwargs)
        self.corpus = Corpus()
        self.hits: list[Hit] = []
        self.words: tuple[str, ...] = ()

    def show(self, corpus: Corpus, hits: list[Hit], words: tuple[str, ...]) -> None:
        self.corpus = corpus
        self.hits = hits
        self.words = words
        self.set_row_count(len(hits), cursor=0)

    @property
    def current(self) -> Hit | None:
        if 0 <= self.cursor < len(self.hits):
            return self.hits[self.cursor]
        return None

    def _marked(self, text: str, style: Style | str = "") -> Text:
        shown = literal(text, style)
        for start, end in match_spans(text, self.words):
            shown.stylize(self.look("look--match"), start, end)
        return shown

    def render_row(self, index: int, width: int) -> Text:
        st = self.corpus.by_id[self.hits[index].statement]
        doc = self.corpus.docs.get(st.doc)
        dim = self.look("look--dim")
        speaker = one_line(st.speaker or st.speaker_mention or "unattributed")
        if len(speaker) > SPEAKER_WIDTH:
            speaker = speaker[: SPEAKER_WIDTH - 1] + "…"
        row = self._marked(f"{speaker:<{SPEAKER_WIDTH}} ", self.look("look--speaker"))
        row.append_text(self.stance_badge(st.stance))
        row.append(f" {(doc.date if doc else None) or '—':<10} ", style=dim)
        claim = one_line(st.text)
        spans = match_spans(claim, self.words)
        if spans and spans[0][0] > CONTEXT:
            claim = "…" + claim[spans[0][0] - CONTEXT :]
        row.append_text(self._marked(claim))
        return row
