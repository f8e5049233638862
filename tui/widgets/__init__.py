"""Widgets of the dementi app; each module keeps its CSS in a .tcss file beside it."""

from pathlib import Path

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def css_beside(module_file: str) -> str:
    """The CSS kept next to a widget module (`row_list.py` -> `row_list.tcss`)."""
    return Path(module_file).with_suffix(".tcss").read_text(encoding="utf-8")


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give `view` a new scrollable size without laying out the whole screen.

    Assigning `virtual_size` lays out every widget of the screen (tens of
    milliseconds), which moving through documents would pay on each step.
    The views using this always show their vertical scrollbar (overflow-y:
    scroll), so only the scrollbar's thumb and the view need redrawing.
    """
    if view.virtual_size == size:
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)
    view.refresh()
