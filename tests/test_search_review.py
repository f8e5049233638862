"""The search box's review filters: is:read / is:unread, mark:…, tag:… (no interface)."""

from __future__ import annotations

from analysis.records import Document, Statement
from store.review import Review
from tui.search import SearchIndex, parse_query, search

DOCS = {"d1": Document("d1", "d1.txt", "/c/d1.txt", "Titre", None, "2023-10-17", "fr", "")}
TEXTS = {
    "s1": "La Corée du Nord fournit des obus",
    "s2": "Il n'y a aucune preuve de livraisons",
    "s3": "Plus de 1 000 conteneurs ont été livrés",
    "s4": "Rien n'indique que l'achat a été finalisé",
}
STATEMENTS = [
    Statement(sid, "d1", 0, len(text), text, "Kirby", "assert", True, "a déclaré")
    for sid, text in TEXTS.items()
]
REVIEWS = {
    "st:s1": Review("st:s1", read=True, mark="relevant", tags=["Sources", "urgent"]),
    "st:s2": Review("st:s2", read=True, mark="to-check"),
    "st:s3": Review("st:s3", read=False, mark="to-check", tags=["chiffres"]),
    "doc:d1": Review("doc:d1", read=True, mark="irrelevant", tags=["urgent"]),
}


def _ids(query: str) -> list[str]:
    index = SearchIndex.build(STATEMENTS, DOCS, [])
    return [h.statement for h in search(index, parse_query(query), reviews=REVIEWS)]


def test_read_state_filters() -> None:
    assert _ids("is:read") == ["s1", "s2"]
    assert _ids("is:unread") == ["s3", "s4"]  # no review at all is unread
    assert _ids("is:un livrés") == ["s3"]


def test_mark_filters_take_abbreviations() -> None:
    assert _ids("mark:to-check") == ["s2", "s3"]
    assert _ids("mark:to") == ["s2", "s3"]
    assert _ids("mark:rel") == ["s1"]
    assert _ids("mark:irrelevant") == []  # the document's mark is not its statements'
    assert _ids("mark:to-check is:read") == ["s2"]


def test_tag_filter_matches_the_start_of_a_tag_without_case_or_accents() -> None:
    assert _ids("tag:urg") == ["s1"]
    assert _ids("tag:#SOURCES") == ["s1"]
    assert _ids("tag:chiffrés") == ["s3"]
    assert _ids("tag:gent") == []


def test_filters_that_cannot_be_understood_are_reported() -> None:
    query = parse_query("is:maybe mark:important obus")
    assert query.read is None and query.mark is None
    assert query.problems == ("is: read or unread", "mark: one of relevant, irrelevant, to-check")
    assert query.words == ("obus",)
    assert parse_query("is:unread").filtered and not parse_query("obus").filtered
