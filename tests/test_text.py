import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.text import clean_text, safe_line

UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a \x1b[31mred\x1b[0m word", "a red word"),
        ("\x1b[1;38;5;196mbold\x1b[22m", "bold"),
        ("\x1b]0;window title\x07Kirby said", "Kirby said"),
        ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ here", "link here"),
        ("\x9b2Jcleared", "cleared"),
        ("\x1b(Bcharset", "charset"),
        ("\x1bPdevice control\x1b\\text", "text"),
        ("bell\x07 and nul\x00 and del\x7f", "bell and nul and del"),
        ("unterminated \x1b]0;title\nnext line", "unterminated \nnext line"),
        ("lone escape at end\x1b", "lone escape at end"),
    ],
)
def test_escape_sequences_are_removed_whole(raw, expected):
    assert clean_text(raw) == expected


def test_line_endings_become_line_feeds():
    assert clean_text("one\r\ntwo\rthree\nfour\r\n") == "one\ntwo\nthree\nfour\n"
    assert clean_text("a\r\r\nb") == "a\n\nb"


def test_tabs_and_line_feeds_are_kept():
    assert clean_text("col1\tcol2\n\nnext") == "col1\tcol2\n\nnext"


def test_bidi_controls_and_zero_width_characters_are_removed():
    raw = "\ufeffKim\u202e gnoJ\u202c \u2066isolated\u2069 zero\u200bwidth\u200d join\u2060er"
    assert clean_text(raw) == "Kim gnoJ isolated zerowidth joiner"


def test_rich_markup_and_unicode_text_stay_literal():
    raw = "[bold]Kirby[/bold] a déclaré « non » — 1 000 € [link=http://x]…"
    assert clean_text(raw) == raw


def test_offsets_of_words_after_removed_sequences_are_consistent():
    raw = "\x1b[32mPeskov\x1b[0m a déclaré\r\n« aucune preuve »"
    text = clean_text(raw)
    start = text.index("aucune preuve")
    assert text[start : start + len("aucune preuve")] == "aucune preuve"
    assert text == "Peskov a déclaré\n« aucune preuve »"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs"))))
def test_safe_text_is_unchanged(raw):
    assert clean_text(raw) == raw


@given(st.text())
def test_cleaning_is_idempotent_and_leaves_nothing_unsafe(raw):
    text = clean_text(raw)
    assert clean_text(text) == text
    assert "\r" not in text
    assert UNSAFE.search(text) is None


def test_safe_line_folds_onto_one_line():
    assert safe_line("  Moscou\r\n dément\t\x1b[1m !  ") == "Moscou dément !"
