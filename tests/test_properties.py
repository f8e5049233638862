"""Property tests: for any text, extraction and detection never crash, spans are
exact and results are deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.text import clean_text

# Pieces of press grammar mixed with arbitrary text, so that the extractor's
# own paths (quotes, incises, reporting verbs) are reached, not only noise.
PIECES = [
    "« ",
    " »",
    "“",
    "”",
    '"',
    "‘",
    "’",
    " a déclaré ",
    " a démenti ",
    " selon ",
    " said ",
    " denied ",
    "according to ",
    ", a-t-il ajouté",
    " que ",
    " that ",
    "Jean Dupont",
    "Kirby",
    "le porte-parole",
    "the spokesman",
    " n’a pas ",
    " not ",
    " aucune preuve ",
    " may ",
    ". ",
    ".\n\n",
    "\n",
    ", ",
    "[bold]",
    "[/]",
    "\u00a0",
    "\u202f",
    "1 000",
    "12",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(
    lambda parts: clean_text("".join(parts))
)

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@FAST
@given(texts, st.sampled_from(["fr", "en"]))
def test_extraction_never_crashes_and_spans_are_exact(text: str, lang: str) -> None:
    from analysis.extract import extract_statements

    first = extract_statements("doc", text, lang)
    for statement in first:
        assert 0 <= statement.start < statement.end <= len(text)
        assert statement.text == text[statement.start : statement.end]
        assert statement.stance in ("assert", "deny", "hedge")
        for cue in statement.cues:
            assert text[cue.start : cue.end] == cue.text
    assert extract_statements("doc", text, lang) == first


@FAST
@given(st.lists(texts, min_size=1, max_size=4), st.sampled_from(["fr", "en"]))
def test_detection_never_crashes_and_is_deterministic(docs: list[str], lang: str) -> None:
    from analysis.contradictions import DocContext, find_contradictions
    from analysis.extract import extract_statements

    contexts = {
        f"d{i}": DocContext(text=t, date=None, title="", lang=lang) for i, t in enumerate(docs)
    }
    statements = [s for i, t in enumerate(docs) for s in extract_statements(f"d{i}", t, lang)]
    first = find_contradictions(statements, contexts)
    ids = {s.id for s in statements}
    for cx in first.contradictions:
        assert cx.a in ids and cx.b in ids and cx.a != cx.b
        assert 0.0 <= cx.score <= 1.0
        assert cx.why
    again = find_contradictions(list(reversed(statements)), contexts)
    assert sorted(c.id for c in again.contradictions) == sorted(c.id for c in first.contradictions)
