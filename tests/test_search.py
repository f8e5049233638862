"""Query parsing, folding and ranking of the search box (no interface involved)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.records import Contradiction, Document, Statement
from tui.search import SearchIndex, fold, match_spans, parse_query, search


def _doc(
    doc_id: str, date: str | None, title: str = "Article", outlet: str = "Le Temps"
) -> Document:
    return Document(doc_id, f"{doc_id}.txt", f"/c/{doc_id}.txt", title, outlet, date, "fr", "")


def _st(sid: str, doc: str, text: str, speaker: str | None, stance: str = "assert") -> Statement:
    return Statement(sid, doc, 0, len(text), text, speaker, stance, True, "a déclaré")  # type: ignore[arg-type]


DOCS = {
    "d1": _doc("d1", "2022-09-06", "Washington accuse"),
    "d2": _doc("d2", "2023-10-17", "Moscou dément", outlet="Nouvelles de l'Est"),
    "d3": _doc("d3", "2023-10", "Kirby insiste"),
    "d4": _doc("d4", None, "Sans date"),
}
STATEMENTS = [
    _st("s1", "d1", "La Corée du Nord fournit des obus à la Russie", "Vedant Patel"),
    _st("s2", "d2", "Il n'y a aucune preuve de livraisons", "Dmitri Peskov", "deny"),
    _st("s3", "d3", "Plus de 1 000 conteneurs ont été livrés", "John Kirby"),
    _st("s4", "d3", "Rien n'indique que l'achat a été finalisé", "John Kirby", "hedge"),
    _st("s5", "d4", "Le président a évoqué la coopération", "Élysée"),
]
PAIRS = [
    Contradiction("c1", "s3", "s2", "denial", 0.9, "why"),
    Contradiction("c2", "s3", "s4", "walk_back", 0.6, "why"),
]


def _index() -> SearchIndex:
    return SearchIndex.build(
        STATEMENTS, DOCS, PAIRS, {"John Kirby": ["porte-parole du Conseil de sécurité"]}
    )


def _ids(query: str, **kwargs) -> list[str]:
    return [h.statement for h in search(_index(), parse_query(query), **kwargs)]


def test_fold_lowercases_strips_accents_and_keeps_length() -> None:
    assert fold("Élysée à Pyongyang") == "elysee a pyongyang"
    assert fold("İstanbul") == "istanbul"
    # A ligature has no one-letter base: it is kept, so positions stay aligned.
    assert len(fold("ﬁnal ß")) == len("ﬁnal ß")


@given(st.text())
def test_fold_never_changes_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_parse_query_separates_filter_words_from_free_words() -> None:
    q = parse_query('speaker:kirby stance:den "mille conteneurs" Livrés after:2023-01 before:2024')
    assert q.words == ("mille conteneurs", "livres")
    assert (q.speaker, q.stance, q.after, q.before) == ("kirby", "deny", "2023-01", "2024")
    assert not q.problems


def test_parse_query_accepts_quoted_filter_values_and_abbreviated_kinds() -> None:
    q = parse_query('speaker:"John Kirby" kind:walk verdict:conf')
    assert (q.speaker, q.kind, q.verdict) == ("john kirby", "walk_back", "confirmed")


def test_parse_query_reports_what_it_cannot_understand() -> None:
    q = parse_query("stance:maybe after:yesterday note:x")
    assert q.stance is None and q.after is None
    assert len(q.problems) == 2
    # An unknown key is searched for as typed.
    assert q.words == ("note:x",)


def test_a_speaker_name_finds_their_statements_first() -> None:
    assert _ids("peskov")[0] == "s2"
    assert set(_ids("kirby")[:2]) == {"s3", "s4"}


def test_accents_and_case_do_not_matter() -> None:
    assert _ids("elysee") == ["s5"]
    assert _ids("COREE")[0] == "s1"


def test_a_typo_still_finds_the_word_after_exact_matches() -> None:
    hits = search(_index(), parse_query("peskv"))
    assert hits and hits[0].statement == "s2"
    assert not hits[0].exact


def test_exact_matches_rank_before_fuzzy_ones() -> None:
    hits = search(_index(), parse_query("livr"))
    exact = [h.exact for h in hits]
    assert exact == sorted(exact, reverse=True)
    assert {h.statement for h in hits if h.exact} == {"s2", "s3"}


def test_filters_narrow_without_free_words() -> None:
    assert _ids("stance:deny") == ["s2"]
    assert _ids("speaker:kirby stance:hedge") == ["s4"]
    assert _ids("speaker:porte-parole") == ["s3", "s4"]  # an alias of the speaker
    assert _ids("doc:moscou") == ["s2"]
    assert _ids("kind:walk_back") == ["s3", "s4"]
    assert _ids("kind:denial conteneurs") == ["s3"]


def test_dates_compare_at_the_precision_they_have() -> None:
    assert _ids("after:2023-01") == ["s2", "s3", "s4"]
    assert _ids("before:2023") == ["s1"]
    # "2023-10" is not before "2023-10-17": the month holds the day.
    assert _ids("after:2023-10-17 before:2023-11") == ["s2", "s3", "s4"]
    assert "s5" not in _ids("after:1900")  # undated documents never pass a date filter


def test_verdict_filter_reads_the_verdicts_given() -> None:
    assert _ids("verdict:confirmed", verdicts={"c2": "confirmed"}) == ["s3", "s4"]
    assert _ids("verdict:unreviewed", verdicts={"c2": "confirmed"}) == ["s2", "s3"]


def test_short_words_must_appear_as_typed() -> None:
    assert _ids("n'y") == ["s2"]
    assert _ids("zq") == []


def test_limit_and_cancellation() -> None:
    assert len(_ids("stance:assert", limit=2)) == 2
    # A cancelled search stops early: its results would be dropped anyway.
    assert _ids("preuve") == ["s2"]
    assert _ids("preuve", cancelled=lambda: True) == []


def test_match_spans_marks_exact_words_everywhere_and_fuzzy_words_once() -> None:
    text = "Peskov a déclaré que Peskov"
    assert match_spans(text, ("peskov",)) == [(0, 6), (21, 27)]
    assert match_spans("a déclaré", ("declare",)) == [(2, 9)]
    [(start, end)] = match_spans("Dmitri Peskov", ("peskv",))
    assert start == 7 and end in (12, 13)
    assert match_spans("rien", ("xyzzy",)) == []


def test_search_scales_to_many_statements() -> None:
    many = [
        _st(f"s{i}", "d1", f"déclaration numéro {i} sur les obus", "Quelqu'un")
        for i in range(20_000)
    ]
    many.append(_st("target", "d2", "Dmitri Peskov dément", "Dmitri Peskov", "deny"))
    index = SearchIndex.build(many, DOCS, [])
    hits = search(index, parse_query("peskov"), limit=50)
    assert hits[0].statement == "target"
    assert len(search(index, parse_query("obus"), limit=50)) == 50
