"""The benchmark corpus generator: deterministic, bilingual, made of attributed claims."""

from __future__ import annotations

import re

import pytest

from benchmarks.generate import (
    MAX_WORDS,
    MIN_WORDS,
    article,
    build_store,
    main,
    synthesize,
    write_corpus,
)
from store import Store

SAMPLE = range(60)
QUOTE_MARKS = ("«", "“", '"')


@pytest.fixture(scope="module")
def articles():
    return [article(7, i) for i in SAMPLE]


def test_same_seed_same_articles_other_seed_other_articles(articles):
    again = [article(7, i) for i in SAMPLE]
    assert [a.text for a in again] == [a.text for a in articles]
    assert [a.claims for a in again] == [a.claims for a in articles]
    other = [article(8, i).text for i in SAMPLE]
    assert sum(x != y for x, y in zip(other, (a.text for a in articles), strict=True)) > 50


def test_an_article_does_not_depend_on_the_corpus_size(tmp_path):
    small = write_corpus(tmp_path / "small", 5, seed=3)
    large = write_corpus(tmp_path / "large", 12, seed=3)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:5]]


def test_french_and_english_articles_of_news_length(articles):
    assert {a.lang for a in articles} == {"fr", "en"}
    for a in articles:
        assert MIN_WORDS <= a.words <= MAX_WORDS, (a.name, a.words)


def test_claims_point_at_their_text_and_quotations_sit_in_quote_marks(articles):
    for a in articles:
        assert a.claims, a.name
        for c in a.claims:
            said = a.text[c.start : c.end]
            assert said and said == said.strip(), (a.name, said)
            if c.direct:
                opening = a.text[max(0, c.start - 2) : c.start]
                assert any(mark in opening for mark in QUOTE_MARKS), (a.name, opening, said)


def test_several_press_styles_stances_and_reported_speech(articles):
    text = "\n".join(a.text for a in articles)
    assert all(mark in text for mark in QUOTE_MARKS)
    claims = [c for a in articles for c in a.claims]
    assert {c.stance for c in claims} == {"assert", "deny", "hedge"}
    assert any(not c.direct for c in claims) and any(c.direct for c in claims)
    french = "\n".join(a.text for a in articles if a.lang == "fr")
    english = "\n".join(a.text for a in articles if a.lang == "en")
    assert re.search(r"\b(a déclaré|a affirmé|a assuré|a indiqué) qu", french)
    assert re.search(r"\b(Selon|D’après|D'après) ", french)
    assert re.search(r"\ba (démenti|nié) ", french)
    assert re.search(r"\bpourrai(en)?t\b|pas encore", french)
    assert re.search(r"\bsaid that\b|\btold reporters\b", english)
    assert re.search(r"\b[Aa]ccording to\b", english)
    assert re.search(r"\bdenied\b", english)
    assert re.search(r"\bmay have\b|\bnot yet\b", english)


def test_speakers_are_named_in_several_ways(articles):
    mentions: dict[str, set[str]] = {}
    for a in articles:
        for c in a.claims:
            if c.speaker_kind == "person":
                mentions.setdefault(c.speaker, set()).add(c.mention)
    assert len(mentions) > 20
    assert max(len(m) for m in mentions.values()) >= 4


def test_the_same_matter_carries_disagreeing_figures(articles):
    figures: dict[str, set[str]] = {}
    for a in articles:
        for c in a.claims:
            if c.matter is not None and c.stance == "assert":
                said = a.text[c.start : c.end]
                numbers = re.findall(r"\d[\d\s\u202f\xa0.,]*\d|\d", said)
                figures.setdefault(c.matter, set()).update(re.sub(r"\D", "", n) for n in numbers)
    assert any(len(found) >= 2 for found in figures.values())


def test_the_command_writes_identical_files_for_a_seed(tmp_path, capsys):
    for out in ("a", "b"):
        assert main(["--docs", "40", "--seed", "5", "--out", str(tmp_path / out)]) == 0
    first = sorted((tmp_path / "a").iterdir())
    second = sorted((tmp_path / "b").iterdir())
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert {p.suffix for p in first} >= {".txt"}
    assert "40 articles" in capsys.readouterr().err


def test_some_articles_are_markdown_or_saved_web_pages(tmp_path):
    paths = write_corpus(tmp_path, 200, seed=0)
    suffixes = {p.suffix for p in paths}
    assert suffixes == {".txt", ".md", ".html"}
    page = next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8")
    assert "<article>" in page and "<p>" in page


def test_synthesized_records_are_exact_and_counted():
    pairs = list(synthesize(300, seed=2))
    statements = [st for _, found in pairs for st in found]
    assert len(statements) == 300
    texts = {doc.id: doc.text for doc, _ in pairs}
    for st in statements:
        assert texts[st.doc][st.start : st.end] == st.text
        assert st.speaker and st.stance in ("assert", "deny", "hedge")


def test_build_store_writes_a_database_the_store_opens(tmp_path):
    path = tmp_path / "db.json"
    built = build_store(path, 250, seed=4)
    with Store(path, read_only=True) as store:
        assert store.statement_count() == built.statements == 250
        assert len(store.documents()) == built.documents
        assert len(store.speakers()) == built.speakers > 0
    with pytest.raises(FileExistsError):
        build_store(path, 10, seed=4)
