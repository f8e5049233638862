"""Printing results: JSON arrays on stdout, or plain tables that never style text."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table
from rich.text import Text


def print_json(rows: Iterable[dict[str, Any]]) -> None:
    sys.stdout.buffer.write(orjson.dumps(list(rows), option=orjson.OPT_INDENT_2))
    sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, title: str | None = None
) -> None:
    """A table whose cells are shown literally: text is never read as Rich markup."""
    table = Table(title=title, show_lines=False, expand=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    Console(markup=False, highlight=False, emoji=False).print(table)


def err_console() -> Console:
    return Console(stderr=True, markup=False, highlight=False, emoji=False, soft_wrap=True)
