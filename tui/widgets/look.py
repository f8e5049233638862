"""Shared looks: stance and verdict badges, highlights, text shown literally.

Widgets mix in `Look` and list `SHARED_CLASSES` among their component
classes (styled once, in app.tcss), so that the colours of a stance or a
verdict are the same everywhere. Text
from documents always goes through `literal`: a rich Text built from the
string, never markup, so "[bold]" shows as typed.
"""

from __future__ import annotations

import unicodedata

from rich.style import Style
from rich.text import Text

SHARED_CLASSES = {
    "stance--assert",
    "stance--deny",
    "stance--hedge",
    "span--assert",
    "span--deny",
    "span--hedge",
    "span--selected",
    "verdict--confirmed",
    "verdict--dismissed",
    "verdict--unreviewed",
    "look--dim",
    "look--speaker",
    "look--match",
    "look--cue",
    "look--topic",
    "look--corrected",
    "review--unread",
    "mark--relevant",
    "mark--to-check",
    "mark--irrelevant",
}

STANCE_LABEL = {"assert": "assert", "deny": "deny", "hedge": "hedge"}
VERDICT_MARK = {"confirmed": "✓", "dismissed": "✗", "unreviewed": "·"}


def printable(text: str) -> str:
    """`text` with every control character shown as one replacement character.

    The length is kept, so document offsets still apply to the result.
    """
    if text.isprintable():
        return text
    return "".join(_SHOWN.get(c) or _shown(c) for c in text)


_SHOWN = {"\t": " ", "\n": " ", "\u00ad": "-"}


def _shown(char: str) -> str:
    return "\ufffd" if unicodedata.category(char) in ("Cc", "Cf") else char


def one_line(text: str) -> str:
    return " ".join(printable(text).split())


def literal(text: str, style: Style | str = "") -> Text:
    """A Text showing `text` exactly as written (no markup, no emoji codes)."""
    return Text(printable(text), style=style, end="", no_wrap=True)


class Look:
    """Mixin for widgets whose COMPONENT_CLASSES include SHARED_CLASSES."""

    def look(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)  # type: ignore[attr-defined]

    def stance_badge(self, stance: str, *, short: bool = False) -> Text:
        label = STANCE_LABEL.get(stance, stance)
        shown = f" {label[:1].upper()} " if short else f" {label:<6} "
        return Text(shown, style=self.look(f"stance--{stance}"), end="")

    def verdict_badge(self, verdict: str, note: str = "") -> Text:
        mark = VERDICT_MARK.get(verdict, "?")
        badge = Text(mark, style=self.look(f"verdict--{verdict}"), end="")
        badge.append("✎" if note else " ", style=self.look("look--dim"))
        return badge
