"""Cleaning raw text once, at ingest, so that it is safe to show in a terminal.

Every character offset in dementi points into the cleaned text, so the
cleaning must happen exactly once, before anything else reads the text.
Terminal escape sequences are removed whole (not just their ESC byte), so
that no "[31m" debris is left behind; bidirectional overrides and
zero-width characters are removed because they make displayed text differ
from what is matched. Everything else is kept as written, including
bracketed words such as "[bold]": escaping markup is the display's job.
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCE = (
    # CSI: ESC [ or the 8-bit CSI, parameters, intermediates, final byte.
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    # OSC, DCS, SOS, PM, APC: a string ended by BEL or ST; an unterminated
    # one runs to the end of its line.
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\r\n]*(?:\x07|\x1b\\|\x9c)?"
    # Other escapes: ESC, optional intermediates, one final byte.
    r"|\x1b[ -/]*[0-~]"
)
_UNSAFE_CHARACTER = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (but \t \n \r), DEL, C1
    r"\u202a-\u202e\u2066-\u2069"  # bidirectional embeddings, overrides, isolates
    r"\u200b-\u200d\u2060\ufeff]"  # zero-width space, joiners, word joiner, BOM
)
_UNSAFE = re.compile(f"{_ESCAPE_SEQUENCE}|{_UNSAFE_CHARACTER}")
# Every unsafe stretch starts with one of these: a cheap test for clean text.
_ANY_UNSAFE = re.compile(_UNSAFE_CHARACTER)
_LINE_BREAK = re.compile(r"\r\n?")
_WHITESPACE_RUN = re.compile(r"\s+")


def clean_text(raw: str) -> str:
    """Return `raw` with Unix line endings and without terminal-unsafe characters."""
    text = _UNSAFE.sub("", raw) if _ANY_UNSAFE.search(raw) else raw
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    return text


def safe_line(s: str) -> str:
    """Clean `s` and fold it onto one line, for titles and other labels."""
    return _WHITESPACE_RUN.sub(" ", clean_text(s)).strip()
