"""A small form: the verdict on one contradiction and the analyst's note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from analysis.records import VERDICTS, Verdict

LABELS = {"confirmed": "Confirmed", "dismissed": "Dismissed", "unreviewed": "Unreviewed"}


class VerdictScreen(ModalScreen[tuple[str, str] | None]):
    """Dismissed with (verdict, note), or None when cancelled."""

    CSS_PATH = "verdict.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
        Binding("c", "choose('confirmed')", "Confirmed"),
        Binding("d", "choose('dismissed')", "Dismissed"),
        Binding("u", "choose('unreviewed')", "Unreviewed"),
    ]

    def __init__(self, current: Verdict, summary: str) -> None:
        super().__init__()
        self.current = current
        self.summary = summary

    def compose(self) -> ComposeResult:
        with Vertical(id="verdict-box"):
            yield Static(Text(self.summary), id="verdict-summary")
            with RadioSet(id="verdict-choice"):
                for value in VERDICTS[1:] + VERDICTS[:1]:
                    yield RadioButton(
                        LABELS[value], value=value == self.current.verdict, name=value
                    )
            yield Input(self.current.note, placeholder="note (Enter saves)", id="verdict-note")
            with Horizontal(id="verdict-buttons"):
                yield Button("Save", variant="primary", id="verdict-save")
                yield Button("Cancel", id="verdict-cancel")

    def on_mount(self) -> None:
        box = self.query_one("#verdict-box")
        box.border_title = "Verdict and note"
        box.border_subtitle = "c/d/u choose · Tab moves · Enter saves · Esc cancels"
        self.query_one(RadioSet).focus()

    @property
    def chosen(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else self.current.verdict

    def action_choose(self, value: str) -> None:
        for button in self.query(RadioButton):
            if button.name == value:
                button.value = True
        self.query_one(Input).focus()

    def action_save(self) -> None:
        self.dismiss((self.chosen, self.query_one(Input).value.strip()))

    @on(Input.Submitted, "#verdict-note")
    @on(Button.Pressed, "#verdict-save")
    def _save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#verdict-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
