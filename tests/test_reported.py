"""Reported speech: the reporting verb or phrase, the claim it introduces and its speaker."""

from __future__ import annotations

import pytest

from analysis.extract import extract_statements
from analysis.records import Statement


def only(text: str, lang: str) -> Statement:
    statements = extract_statements("doc", text, lang)
    assert len(statements) == 1, [s.text for s in statements]
    return statements[0]


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "cue"),
    [
        (
            "Le Premier ministre a déclaré que les négociations reprendraient lundi.",
            "les négociations reprendraient lundi",
            "Premier ministre",
            "a déclaré",
        ),
        (
            "Les négociations reprendront lundi, a indiqué le Premier ministre.",
            "Les négociations reprendront lundi",
            "Premier ministre",
            "a indiqué",
        ),
        (
            "Selon le ministère de la Santé, le nombre de cas a doublé en une semaine.",
            "le nombre de cas a doublé en une semaine",
            "ministère de la Santé",
            "Selon",
        ),
        (
            "Le nombre de cas a doublé en une semaine, selon le ministère de la Santé.",
            "Le nombre de cas a doublé en une semaine",
            "ministère de la Santé",
            "selon",
        ),
        (
            "D'après la présidence, le sommet pourrait être reporté.",
            "le sommet pourrait être reporté",
            "présidence",
            "D'après",
        ),
        (
            "Le gouvernement a adopté le budget, soulignant que la dette serait réduite.",
            "la dette serait réduite",
            "gouvernement",
            "soulignant",
        ),
        (
            "La présidente de la Commission, Ursula Martin, a averti que les sanctions "
            "seraient renforcées.",
            "les sanctions seraient renforcées",
            "Ursula Martin",
            "a averti",
        ),
    ],
)
def test_french_reporting_constructions(text: str, claim: str, speaker: str, cue: str) -> None:
    statement = only(text, "fr")
    assert statement.text == claim
    assert statement.speaker == speaker
    assert statement.cue == cue
    assert not statement.direct


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "The company said in a statement that it had not received any offer.",
            "it had not received any offer",
            "company",
        ),
        ("Officials told Reuters the talks had stalled.", "the talks had stalled", "Officials"),
        (
            "According to the health ministry, cases doubled in a week.",
            "cases doubled in a week",
            "health ministry",
        ),
        (
            "Cases doubled in a week, according to the health ministry.",
            "Cases doubled in a week",
            "health ministry",
        ),
        (
            "The deliveries may continue in the coming months, officials said.",
            "The deliveries may continue in the coming months",
            "officials",
        ),
        (
            "Senator John Smith told CNN on Sunday that the bill would pass.",
            "the bill would pass",
            "John Smith",
        ),
    ],
)
def test_english_reporting_constructions(text: str, claim: str, speaker: str) -> None:
    statement = only(text, "en")
    assert statement.text == claim
    assert statement.speaker == speaker


def test_a_verb_that_acts_on_an_object_claims_its_whole_clause() -> None:
    statement = only("L’opposition a qualifié le projet de « provocation ».", "fr")
    assert statement.text == "L’opposition a qualifié le projet de « provocation »"
    assert statement.speaker == "opposition"
    statement = only("Russia has repeatedly rejected the accusations.", "en")
    assert statement.text == "Russia has repeatedly rejected the accusations"


def test_an_intransitive_denial_in_a_headline_claims_the_line() -> None:
    statement = only("Livraisons d’armes : Moscou dément\n\nLe texte suit.", "fr")
    assert statement.text == "Livraisons d’armes : Moscou dément"
    assert statement.speaker == "Moscou"
    assert statement.stance == "deny"


def test_a_clause_ends_where_another_speaker_is_reported() -> None:
    text = (
        "La Russie a qualifié l'information de fausse, tandis que la Chine a accusé "
        "les États-Unis de mentir."
    )
    first, second = extract_statements("doc", text, "fr")
    assert first.text == "La Russie a qualifié l'information de fausse"
    assert first.speaker == "Russie"
    assert second.speaker == "Chine"
    assert "Russie" not in second.text


def test_a_relative_clause_speaker_is_the_noun_it_follows() -> None:
    text = (
        "Le prix a été relevé par le porte-parole adjoint, Marc Petit, qui a déclaré aux "
        "journalistes que la hausse était temporaire."
    )
    statement = only(text, "fr")
    assert statement.speaker == "Marc Petit"
    assert statement.text == "la hausse était temporaire"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le rapport selon lequel la Russie aurait livré des armes circule depuis lundi.", "fr"),
        ("Le porte-parole a refusé de préciser comment les données avaient été recueillies.", "fr"),
        ("Le ministre n’a pas confirmé que l’accord était signé.", "fr"),
        ("Les images montrent que le pont a été détruit.", "fr"),
        ("He did not say when the deliveries started.", "en"),
        ("The photos show that the bridge was destroyed.", "en"),
    ],
)
def test_sentences_that_report_no_claim(text: str, lang: str) -> None:
    assert extract_statements("doc", text, lang) == []


def test_spans_are_exact_substrings_and_ids_follow_them() -> None:
    text = "PARIS (AFP) - Le ministre a affirmé que «\xa0rien n’est décidé\xa0», a-t-on appris."
    for statement in extract_statements("doc-1", text, "fr"):
        assert text[statement.start : statement.end] == statement.text
        assert statement.id == Statement.make_id("doc-1", statement.start, statement.end)
