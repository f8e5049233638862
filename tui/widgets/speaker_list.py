"""Speakers with their aliases and how many statements each made."""

from __future__ import annotations

from rich.text import Text

from analysis.records import Speaker
from tui.widgets.look import literal, one_line
from tui.widgets.row_list import RowList


class SpeakerList(RowList):
    def __init__(self, **kwargs) -> None:
        super().__init__(empty="No speakers yet.", **kwargs)
        self.speakers: list[Speaker] = []
        self.counts: dict[str, int] = {}
        self.merging: str | None = None  # the speaker marked to be merged into another

    def show(self, speakers: list[Speaker], counts: dict[str, int], select: str | None) -> None:
        self.speakers = speakers
        self.counts = counts
        cursor = next((n for n, s in enumerate(speakers) if s.name == select), 0)
        self.set_row_count(len(speakers), cursor=cursor)

    @property
    def current(self) -> Speaker | None:
        if 0 <= self.cursor < len(self.speakers):
            return self.speakers[self.cursor]
        return None

    def render_row(self, index: int, width: int) -> Text:
        speaker = self.speakers[index]
        dim = self.look("look--dim")
        row = Text(f"{self.counts.get(speaker.name, 0):>5} ", style=dim, end="")
        row.append("⇢" if speaker.name == self.merging else " ", style="bold")
        row.append_text(literal(one_line(speaker.name), self.look("look--speaker")))
        if speaker.kind:
            row.append(f"  {speaker.kind}", style=dim)
        aliases = [a for a in speaker.aliases if a != speaker.name]
        if aliases:
            row.append("  aka ", style=dim)
            row.append_text(literal(one_line(" · ".join(aliases))))
        return row
