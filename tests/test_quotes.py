"""Quotation marks paired in every press style, and quoted statements told from scare quotes."""

from __future__ import annotations

import pytest

from analysis.extract import extract_statements
from analysis.quotes import balance_quotes, find_quotations


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit : « Nous restons prêts. »", ["Nous restons prêts"]),
        ("Il a dit : «\xa0Nous restons prêts\xa0».", ["Nous restons prêts"]),
        ("Il a dit : «\u202fNous restons prêts\u202f».", ["Nous restons prêts"]),
        ("“We are ready,” she said.", ["We are ready"]),
        ('"We are ready," she said.', ["We are ready"]),
        ("‘We are ready,’ she said.", ["We are ready"]),
        ("„Wir sind bereit“, sagte er.", ["Wir sind bereit"]),
    ],
)
def test_every_press_style_is_paired(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_apostrophes_inside_words_do_not_close_a_single_quote() -> None:
    text = "‘L’armée n’a pas bougé,’ a-t-il dit, and the officials’ claims stood."
    assert quoted(text) == ["L’armée n’a pas bougé"]


def test_a_quote_may_run_over_several_sentences() -> None:
    text = "« L’Occident ment. Il ment depuis le début. » a-t-il lancé."
    assert quoted(text) == ["L’Occident ment. Il ment depuis le début"]


def test_french_quotes_nest_english_ones() -> None:
    text = "« Il a parlé de “pure invention” hier », selon elle."
    assert quoted(text) == ["Il a parlé de “pure invention” hier"]


def test_a_quote_never_runs_over_a_blank_line_unless_it_opens_the_paragraph() -> None:
    text = 'He called it a "hoax\n\n"We are ready to talk\n\n"And we will," he said.'
    found = quoted(text)
    assert "hoax" not in " ".join(found)
    assert found[0] == "We are ready to talk"


def test_offsets_point_into_the_text() -> None:
    text = "Le ministre a déclaré : «\xa0Rien n’est décidé\xa0», selon l’agence."
    (q,) = find_quotations(text)
    assert text[q.open] == "«" and text[q.close] == "»"
    assert text[q.start : q.end] == "Rien n’est décidé"


def test_balance_takes_the_closing_mark_in_and_drops_a_dangling_opener() -> None:
    text = "il voyait des « possibilités » de coopération"
    start = text.index("il")
    end = text.index(" »")
    assert text[slice(*balance_quotes(text, start, end))] == "il voyait des « possibilités »"
    text = "les États-Unis avaient “ et rien"
    end = text.index("“") + 1
    assert text[slice(*balance_quotes(text, 0, end))] == "les États-Unis avaient"


def test_a_quote_split_by_an_incise_gives_two_statements_of_one_speaker() -> None:
    text = (
        "« Nous n’avons jamais vendu d’armes à ce pays », a déclaré un responsable du "
        "ministère, « et nous n’avons pas l’intention de le faire. »"
    )
    first, second = extract_statements("d", text, "fr")
    assert first.text == "Nous n’avons jamais vendu d’armes à ce pays"
    assert second.text == "et nous n’avons pas l’intention de le faire"
    assert first.speaker == second.speaker == "responsable du ministère"
    assert first.direct and second.direct


def test_scare_quotes_belong_to_the_statement_around_them() -> None:
    text = "Le syndicat a accusé la direction de répandre des « fausses rumeurs »."
    (statement,) = extract_statements("d", text, "fr")
    assert "« fausses rumeurs »" in statement.text
    assert not statement.direct
    text = "The report mentions “millions” of shells and “hostile forces” in the region."
    assert extract_statements("d", text, "en") == []


def test_a_quote_that_opens_a_sentence_continues_the_previous_speaker() -> None:
    text = '"We will not back down," the minister said on Tuesday. "This is our land."'
    first, second = extract_statements("d", text, "en")
    assert second.text == "This is our land"
    assert second.speaker == first.speaker == "minister"


def test_a_headline_quote_takes_the_speaker_after_its_colon() -> None:
    text = "« Les forces ennemies mentent » : Corée du Nord – sur les livraisons\n\nTexte."
    (statement,) = extract_statements("d", text, "fr")
    assert statement.text == "Les forces ennemies mentent"
    assert statement.speaker == "Corée du Nord"


def test_a_statement_introduced_by_its_source_and_a_colon() -> None:
    text = (
        "L’agence a publié une déclaration d’un porte-parole de l’armée : "
        "« Aucun soldat n’a franchi la frontière »."
    )
    (statement,) = extract_statements("d", text, "fr")
    assert statement.speaker == "porte-parole de l’armée"
    assert statement.stance == "deny"


def test_an_incise_may_set_the_speakers_title_off_with_commas() -> None:
    text = '"The plan was never costed," its finance director, Ruth Hale, told the board.'
    (statement,) = extract_statements("d", text, "en")
    assert statement.speaker == "Ruth Hale"
    assert statement.cue == "told"
    text = "« Rien n’a été signé », a indiqué son avocat, Me Paul Vidal, à la presse."
    (statement,) = extract_statements("d", text, "fr")
    assert statement.speaker == "Paul Vidal"


def test_a_quoted_figure_before_its_source_is_a_statement() -> None:
    text = "Manifestation : « 7 000 » selon la mairie, « 2 000 » selon la police\n\nSuite."
    first, second = extract_statements("d", text, "fr")
    assert (first.text, first.speaker, first.direct) == ("7 000", "mairie", True)
    assert (second.text, second.speaker) == ("2 000", "police")
