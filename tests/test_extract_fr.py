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


STRIKE = """Retraites : « 80 000 » selon les syndicats, « 12 000 » selon la police

Plusieurs milliers de personnes ont défilé jeudi à Nantes. La préfecture a recensé 12 000 \
manifestants, tandis que l'intersyndicale fait état de 80 000 personnes.

La ministre du Travail, Élise Garnier, s'est félicitée du « calme » de la journée. Le secrétaire \
départemental de la CGT, Marc Lebrun, a dénoncé une « provocation ». Elle affirme que la réforme \
sera votée avant l'été et que le dialogue reste ouvert. Il estime au contraire que la mobilisation \
va grandir.

Quant à la préfecture, elle maintient que les forces de l'ordre n'ont fait usage d'aucune grenade. \
Les syndicats affirment pourtant que des grenades ont été lancées.

Pour Mme Garnier, « le texte ne sera pas retiré ». D'après elle, les chiffres avancés par les \
syndicats sont « fantaisistes ».

La préfecture a revu son bilan à la baisse vendredi, indiquant qu'une erreur de comptage avait \
été commise.

« Nous ne céderons pas », a martelé M. Lebrun.
"""


@pytest.fixture(scope="module")
def strike() -> list[Statement]:
    return extract_statements("greve", STRIKE, "fr")


def test_headline_figures_and_counts_are_statements(strike: list[Statement]) -> None:
    assert [(s.text, s.speaker) for s in strike[:2]] == [
        ("80 000", "syndicats"),
        ("12 000", "police"),
    ]
    assert by_text(strike, "a recensé").speaker == "préfecture"
    assert by_text(strike, "fait état").speaker == "intersyndicale"
    for statement in strike:
        assert STRIKE[statement.start : statement.end] == statement.text


def test_pronouns_follow_gender_and_topic(strike: list[Statement]) -> None:
    assert by_text(strike, "sera votée").speaker == "Élise Garnier"
    assert by_text(strike, "dialogue reste ouvert").speaker == "Élise Garnier"
    assert by_text(strike, "mobilisation").speaker == "Marc Lebrun"
    assert by_text(strike, "aucune grenade").speaker == "préfecture"
    fanciful = by_text(strike, "fantaisistes")
    assert fanciful.speaker == "Élise Garnier"
    assert fanciful.speaker_mention == "elle"
    assert fanciful.stance == "deny"


def test_walk_back_and_its_reason_are_hedges(strike: list[Statement]) -> None:
    revised = by_text(strike, "a revu son bilan")
    assert revised.speaker == "préfecture" and revised.stance == "hedge"
    reason = by_text(strike, "erreur de comptage")
    assert reason.text == "une erreur de comptage avait été commise"
    assert reason.speaker == "préfecture" and reason.stance == "hedge"


def test_acts_and_source_phrases_of_the_strike(strike: list[Statement]) -> None:
    assert by_text(strike, "félicitée").speaker == "Élise Garnier"
    assert by_text(strike, "texte ne sera pas retiré").cue == "Pour"
    assert by_text(strike, "grenades ont été lancées").speaker == "syndicats"
    assert by_text(strike, "ne céderons pas").speaker == "Marc Lebrun"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "Elle" takes up the last woman named, "il" the last man, whoever came last.
        (
            "La juge d’instruction, Nadia Ferhat, a entendu le témoin. Le commissaire, Hugo "
            "Blanc, était présent. Elle estime que le dossier est solide.",
            "dossier est solide",
            "Nadia Ferhat",
        ),
        (
            "Mme Caron a reçu M. Vidal mardi. Il assure que l’usine ne fermera pas.",
            "usine ne fermera pas",
            "Vidal",
        ),
        # A plural pronoun takes up a plural subject.
        (
            "Les éleveurs ont bloqué la route. La coopérative a publié un communiqué. "
            "Ils affirment que les prix sont trop bas.",
            "prix sont trop bas",
            "éleveurs",
        ),
        # An apposition names the speaker; a topic is taken up by the next pronoun.
        (
            "Sa porte-parole, Inès Morel, dénonce une manœuvre.",
            "manœuvre",
            "Inès Morel",
        ),
        (
            "Quant à la société Batiplus, elle maintient que le chantier est conforme.",
            "chantier est conforme",
            "Batiplus",
        ),
        # "D'après lui" takes up the man who spoke, not the noun phrase that follows.
        (
            "Le quotidien a publié des courriels internes. Le directeur a réagi le soir même. "
            "D’après lui, les courriels du quotidien sont tronqués.",
            "tronqués",
            "directeur",
        ),
    ],
)
def test_speakers_resolved_within_the_document(text: str, words: str, speaker: str) -> None:
    found = by_text(extract_statements("d", text, "fr"), words)
    assert found.speaker == speaker
