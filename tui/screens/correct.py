"""Small forms for corrections: a statement's speaker and stance, a yes/no, a choice."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, OptionList, RadioButton, RadioSet, Static

from analysis.records import STANCES
from tui.corpus import Corpus
from tui.widgets.look import one_line

QUOTE_CHARS = 240  # the quote is cut to this in the form's head
NEAR_CHARS = 400  # names written this close to a span are suggested first
SUGGESTIONS = 6


def suggest_speakers(corpus: Corpus, doc_id: str, start: int, end: int) -> list[str]:
    """Known speakers, likeliest first, for a span of a document.

    First those whose name or an alias is written near the span (nearest
    first), then those of the document's statements (nearest first), then
    everyone else by how much they said.
    """
    doc = corpus.docs.get(doc_id)
    ranked: dict[str, float] = {}
    if doc is not None:
        lo = max(0, start - NEAR_CHARS)
        window = doc.text[lo : end + NEAR_CHARS].casefold()
        for speaker in corpus.speakers:
            for name in (speaker.name, *speaker.aliases):
                at = window.find(name.casefold()) if len(name) > 2 else -1
                if at >= 0:
                    where = lo + at
                    distance = start - where if where < start else where - end
                    ranked[speaker.name] = min(ranked.get(speaker.name, 1e9), max(0, distance))
    known = {sp.name for sp in corpus.speakers}
    for st in corpus.by_doc.get(doc_id, ()):
        if st.speaker in known:
            distance = 1e6 + (start - st.end if st.end <= start else st.start - end)
            ranked.setdefault(st.speaker, abs(distance))
    names = sorted(ranked, key=lambda n: (ranked[n], n))
    by_count = sorted(known - set(names), key=lambda n: (-corpus.speaker_count.get(n, 0), n))
    return names + by_count


def _quote(text: str) -> Text:
    shown = one_line(text)
    if len(shown) > QUOTE_CHARS:
        shown = shown[: QUOTE_CHARS - 1] + "…"
    return Text(f"« {shown} »", style="italic")


class StatementForm(ModalScreen[tuple[str, str] | None]):
    """Who said it and how: dismissed with (speaker, stance), or None when cancelled."""

    CSS_PATH = "correct.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("enter,ctrl+s", "save", "Save", priority=True),
        Binding("down", "suggest(1)", "Next suggestion", show=False),
        Binding("up", "suggest(-1)", "Previous suggestion", show=False),
        Binding("a", "stance('assert')", "Assert", show=False),
        Binding("d", "stance('deny')", "Deny", show=False),
        Binding("h", "stance('hedge')", "Hedge", show=False),
    ]

    def __init__(
        self, title: str, quote: str, speaker: str, stance: str, suggestions: list[str]
    ) -> None:
        super().__init__()
        self.title_text = title
        self.quote = quote
        self.speaker = speaker
        self.stance = stance if stance in STANCES else "assert"
        self.suggestions = [s for s in dict.fromkeys([speaker, *suggestions]) if s]
        self.suggested = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(_quote(self.quote), id="form-quote")
            yield Static("Speaker", classes="form-label")
            yield Input(
                self.speaker,
                placeholder="who said it",
                id="form-speaker",
                suggester=SuggestFromList(self.suggestions, case_sensitive=False),
                compact=True,
            )
            yield Static(id="form-suggestions")
            yield Static("Stance (Tab, then a / d / h)", classes="form-label")
            with RadioSet(id="form-stance", compact=True):
                for stance in STANCES:
                    yield RadioButton(stance, value=stance == self.stance, name=stance)

    def on_mount(self) -> None:
        box = self.query_one("#form-box")
        box.border_title = Text(self.title_text)
        box.border_subtitle = "Enter saves · Tab: stance · ↑↓ suggestions · Esc cancels"
        self._show_suggestions()
        self.query_one(Input).focus()

    def _show_suggestions(self) -> None:
        line = Text("↑↓ ", style="dim", end="")
        for n, name in enumerate(self.suggestions[:SUGGESTIONS]):
            if n:
                line.append(" · ", style="dim")
            line.append(one_line(name), style="bold reverse" if n == self.suggested else "")
        self.query_one("#form-suggestions", Static).update(line)

    def action_suggest(self, step: int) -> None:
        if not self.suggestions:
            return
        self.suggested = (self.suggested + step) % min(SUGGESTIONS, len(self.suggestions))
        speaker = self.query_one(Input)
        speaker.value = self.suggestions[self.suggested]
        speaker.cursor_position = len(speaker.value)
        self._show_suggestions()

    def action_stance(self, stance: str) -> None:
        for button in self.query(RadioButton):
            if button.name == stance:
                button.value = True

    @property
    def chosen_stance(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else self.stance

    def action_save(self) -> None:
        speaker = " ".join(self.query_one(Input).value.split())
        if not speaker:
            self.notify("Say who said it.", severity="warning", markup=False)
            self.query_one(Input).focus()
            return
        self.dismiss((speaker, self.chosen_stance))


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question: dismissed with True (y, Enter) or False (n, Esc)."""

    CSS_PATH = "correct.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "dismiss(True)", "Yes"),
        Binding("n,escape", "dismiss(False)", "No"),
    ]

    def __init__(self, title: str, question: str) -> None:
        super().__init__()
        self.title_text = title
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(Text(self.question))

    def on_mount(self) -> None:
        box = self.query_one("#form-box")
        box.border_title = Text(self.title_text)
        box.border_subtitle = "y / Enter: yes · n / Esc: no"


class ChoiceScreen(ModalScreen[str | None]):
    """One of a few strings: dismissed with the one chosen, or None."""

    CSS_PATH = "correct.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, explanation: str, choices: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.explanation = explanation
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(Text(self.explanation), id="form-quote")
            yield OptionList(*[Text(one_line(c)) for c in self.choices], id="form-choices")

    def on_mount(self) -> None:
        box = self.query_one("#form-box")
        box.border_title = Text(self.title_text)
        box.border_subtitle = "↑↓ choose · Enter picks · Esc cancels"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#form-choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])
