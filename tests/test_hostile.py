"""Text built to attack a terminal app, through the real ingest: stored clean, shown literally."""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path

import pytest

from store import Store
from tui.ingest import ingest

TODAY = datetime.date(2026, 11, 24)
ATTACK = (
    "Titre \x1b]0;pwned\x07 [bold]gras[/]\n\n"
    "\x1b[2J\x1b[H« Le ministre \x1b[31mrouge\x1b[0m ment », a déclaré "
    "[link=http://evil.example]Jean Dupont[/link], porte-parole.\n\n"
    "Selon l’AFP, \u202ele texte\u202c\u200b ne doit pas [/] bouger \x1b]8;;http://x\x1b\\lien\x1b]8;;\x1b\\.\n"
)


def _ingest(tmp_path: Path, name: str, text: str) -> Store:
    source = tmp_path / "in"
    source.mkdir(exist_ok=True)
    (source / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "db.json")
    report = ingest(store, [source], reference=TODAY)
    assert not report.skipped, report.skipped
    return store


def test_escape_sequences_and_invisible_controls_never_reach_the_store(tmp_path: Path) -> None:
    with _ingest(tmp_path, "attack.txt", ATTACK) as store:
        (doc,) = store.documents()
        for char in doc.text + doc.title:
            assert char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf"), repr(char)
        assert "[bold]gras[/]" in doc.title
        assert "[link=http://evil.example]Jean Dupont[/link]" in doc.text
        assert "pwned" not in doc.text and "http://x" not in doc.text
        for st in store.statements():
            assert doc.text[st.start : st.end] == st.text
        assert any("ment" in st.text for st in store.statements())


@pytest.mark.slow
def test_ten_thousand_nested_quotes_are_ingested_without_crashing(tmp_path: Path) -> None:
    nested = "Le ministre a déclaré : " + "« " * 10_000 + "non" + " »" * 10_000 + "\n"
    with _ingest(tmp_path, "nested.txt", nested) as store:
        (doc,) = store.documents()
        for st in store.statements():
            assert doc.text[st.start : st.end] == st.text
