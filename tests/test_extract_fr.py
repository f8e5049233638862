"""End-to-end extraction from French news text: speakers resolved within the document."""

from __future__ import annotations

import pytest

from analysis.extract import extract_batch, extract_statements
from analysis.records import Statement

ARTICLE = """Énergie : Paris et Berlin divisés sur le nucléaire

La ministre de la Transition énergétique, Claire Dubois, a affirmé mardi que la France ne \
renoncerait pas à ses réacteurs. « Le nucléaire est une énergie d’avenir », a-t-elle déclaré \
devant les députés.

Mme Dubois a ajouté que six nouveaux réacteurs seraient construits d’ici 2035.

Le gouvernement allemand a rejeté cette position. Selon lui, les coûts « dépassent largement » \
les bénéfices.

« Nous n’avons aucune intention de relancer nos centrales », a précisé un porte-parole du \
ministère allemand de l’Économie.

La porte-parole a assuré que les discussions se poursuivraient.
"""


@pytest.fixture(scope="module")
def statements() -> list[Statement]:
    return extract_statements("energie", ARTICLE, "fr")


def by_text(statements: list[Statement], words: str) -> Statement:
    (found,) = [s for s in statements if words in s.text]
    return found


def test_every_claim_of_the_article_is_found(statements: list[Statement]) -> None:
    assert len(statements) == 7
    for statement in statements:
        assert ARTICLE[statement.start : statement.end] == statement.text
        assert statement.lang == "fr"
        assert statement.doc == "energie"


def test_titles_and_appositions_fold_into_the_name(statements: list[Statement]) -> None:
    first = by_text(statements, "ne renoncerait pas")
    assert first.speaker == "Claire Dubois"
    assert first.speaker_kind == "person"
    assert "ministre" in (first.speaker_mention or "")


def test_pronouns_and_honorifics_resolve_within_the_document(
    statements: list[Statement],
) -> None:
    quote = by_text(statements, "énergie d’avenir")
    assert quote.direct and quote.speaker == "Claire Dubois"
    assert by_text(statements, "six nouveaux réacteurs").speaker == "Claire Dubois"
    assert by_text(statements, "dépassent largement").speaker == "gouvernement allemand"


def test_a_bare_role_resolves_to_the_earlier_speaker_of_that_role(
    statements: list[Statement],
) -> None:
    anonymous = by_text(statements, "aucune intention")
    assert anonymous.speaker_kind == "anonymous"
    assert anonymous.speaker == "porte-parole du ministère allemand de l’Économie"
    assert by_text(statements, "discussions se poursuivraient").speaker == anonymous.speaker


def test_stances_of_the_article(statements: list[Statement]) -> None:
    assert by_text(statements, "ne renoncerait pas").stance == "deny"
    assert by_text(statements, "rejeté cette position").stance == "deny"
    assert by_text(statements, "six nouveaux réacteurs").stance == "assert"


def test_terms_hold_lemmas_and_entities_of_the_sentence(statements: list[Statement]) -> None:
    terms = by_text(statements, "six nouveaux réacteurs").terms
    assert "réacteur" in terms
    assert any(t.startswith("ent:") and "dubois" in t for t in terms)
    assert terms == sorted(set(terms))
    assert all(t == t.lower() for t in terms)


def test_a_headline_line_stays_out_of_the_next_paragraph() -> None:
    text = "Un responsable a démenti les accusations\n\nLa Corée a déclaré qu’elle était prête."
    first, second = extract_statements("d", text, "fr")
    assert first.text == "Un responsable a démenti les accusations"
    assert second.text == "elle était prête"
    assert second.speaker == "Corée"


def test_batches_keep_their_order_across_languages() -> None:
    items = [
        ("a", "Le ministre a déclaré que tout allait bien.", "fr"),
        ("b", "The minister said everything was fine.", "en"),
        ("c", "Selon la police, deux personnes ont été arrêtées.", "fr"),
    ]
    batches = extract_batch(items, batch_size=2)
    assert [[s.doc for s in batch] for batch in batches] == [["a"], ["b"], ["c"]]
    assert [batch[0].lang for batch in batches] == ["fr", "en", "fr"]
    assert batches[0] == extract_statements("a", items[0][1], "fr")
