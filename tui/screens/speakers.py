"""Speakers: canonical names, aliases, statement counts; choosing one filters by them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from tui.corpus import Corpus
from tui.screens.base import DementiScreen
from tui.widgets.look import literal, one_line
from tui.widgets.row_list import RowList
from tui.widgets.speaker_list import SpeakerList


class SpeakersScreen(DementiScreen):
    CSS_PATH = "speakers.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "show_pairs", "Their contradictions"),
        Binding("escape", "clear_speaker", "All speakers"),
        Binding("m", "merge", "Merge…"),
        Binding("r", "rename", "Rename…"),
        Binding("s", "split", "Split a name off…", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.merging: str | None = None  # marked to be merged into the next speaker chosen

    def compose_body(self) -> ComposeResult:
        with Vertical(id="speakers"):
            yield SpeakerList(id="speaker-list")
            yield Static(id="speaker-detail")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(SpeakerList).focus()

    def on_screen_resume(self) -> None:
        self.show_corpus(self.corpus)

    def show_corpus(self, corpus: Corpus) -> None:
        speakers = self.query_one(SpeakerList)
        keep = speakers.current.name if speakers.current else self.dementi.speaker
        speakers.show(corpus.speakers, corpus.speaker_count, keep)
        speakers.border_title = "Speakers"
        speakers.border_subtitle = Text(f"{len(corpus.speakers)}")
        chosen = self.dementi.speaker
        self.set_status(f"filtering on {chosen} (Esc: all speakers)" if chosen else "")
        self._show_detail()
        self.refresh_bindings()

    def _show_detail(self) -> None:
        speaker = self.query_one(SpeakerList).current
        detail = Text(end="")
        if speaker is not None:
            corpus = self.corpus
            said = corpus.statements_for(speaker=speaker.name)
            pairs = {p for st in said for p in corpus.pairs_of.get(st.id, ())}
            detail.append_text(literal(one_line(speaker.name), "bold"))
            detail.append(f"  {len(said)} statements · {len(pairs)} contradictions", style="dim")
            aliases = [a for a in speaker.aliases if a != speaker.name]
            if aliases:
                detail.append("\nalso written: ", style="dim")
                detail.append_text(literal(one_line(" · ".join(aliases))))
            detail.append("\nEnter: read their statements   p: their contradictions", style="dim")
        if self.merging is not None:
            detail.append("\nmerging ", style="bold")
            detail.append_text(literal(one_line(self.merging), "bold"))
            detail.append(": go to who keeps the statements and press m (Esc cancels)")
        self.query_one("#speaker-detail", Static).update(detail)

    @on(RowList.Highlighted, "#speaker-list")
    def _speaker_highlighted(self) -> None:
        self._show_detail()

    @on(RowList.Selected, "#speaker-list")
    def _speaker_chosen(self) -> None:
        self.action_choose()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_speaker":
            return self.dementi.speaker is not None or self.merging is not None
        return True

    def _filter(self) -> bool:
        speaker = self.query_one(SpeakerList).current
        if speaker is None:
            return False
        self.dementi.speaker = speaker.name
        return True

    def action_choose(self) -> None:
        if self._filter():
            self.dementi.switch_mode("reader")

    def action_show_pairs(self) -> None:
        if self._filter():
            self.dementi.switch_mode("contradictions")

    def action_clear_speaker(self) -> None:
        if self.merging is not None:
            self._mark_for_merge(None)
            return
        self.dementi.speaker = None
        self.show_corpus(self.corpus)

    def _mark_for_merge(self, name: str | None) -> None:
        self.merging = name
        speakers = self.query_one(SpeakerList)
        speakers.merging = name
        speakers.redraw()
        self._show_detail()
        self.refresh_bindings()

    def action_merge(self) -> None:
        """First press marks the speaker to absorb; the second, on another, merges."""
        speaker = self.query_one(SpeakerList).current
        if speaker is None:
            return
        if self.merging is None or self.merging == speaker.name:
            self._mark_for_merge(None if self.merging else speaker.name)
            return
        other = self.merging
        self._mark_for_merge(None)
        self.dementi.merge_speakers(keep=speaker.name, other=other)

    def action_rename(self) -> None:
        speaker = self.query_one(SpeakerList).current
        if speaker is not None:
            self.dementi.rename_speaker(speaker.name)

    def action_split(self) -> None:
        speaker = self.query_one(SpeakerList).current
        if speaker is not None:
            aliases = [a for a in speaker.aliases if a != speaker.name]
            self.dementi.split_alias(speaker.name, aliases)
