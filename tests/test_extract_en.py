"""End-to-end extraction from English news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import extract_statements
from analysis.records import Statement

ARTICLE = """Energy: Paris and Berlin split over nuclear power

PARIS, May 4 (Reuters) - France's energy minister, Claire Dubois, said on Tuesday that France \
would not give up its reactors. "Nuclear power is the energy of the future," she told lawmakers.

Dubois added that six new reactors would be built by 2035.

The German government rejected that position. It said the costs "far outweigh" the benefits.

"We have no intention of restarting our plants," said a spokesman for Germany's economy ministry.

The spokesman said talks would continue, adding that a meeting may take place in June.

According to EU officials, the Commission is preparing new rules. "This is a lie," Dubois told \
reporters when asked about the plan.
"""


@pytest.fixture(scope="module")
def statements() -> list[Statement]:
    return extract_statements("energy", ARTICLE, "en")


def by_text(statements: list[Statement], words: str) -> Statement:
    (found,) = [s for s in statements if words in s.text]
    return found


def test_every_claim_of_the_article_is_found(statements: list[Statement]) -> None:
    assert len(statements) == 10
    for statement in statements:
        assert ARTICLE[statement.start : statement.end] == statement.text
        assert statement.lang == "en"


def test_dateline_and_apposition_do_not_hide_the_speaker(statements: list[Statement]) -> None:
    first = by_text(statements, "give up its reactors")
    assert first.text == "France would not give up its reactors"
    assert first.speaker == "Claire Dubois"
    assert first.cue == "said"
    assert first.stance == "deny"


def test_quote_with_a_pronoun_incise(statements: list[Statement]) -> None:
    quote = by_text(statements, "energy of the future")
    assert quote.text == "Nuclear power is the energy of the future"
    assert quote.direct
    assert quote.cue == "told"
    assert quote.speaker == "Claire Dubois"
    assert quote.speaker_mention == "she"


def test_surname_and_it_resolve_within_the_document(statements: list[Statement]) -> None:
    assert by_text(statements, "six new reactors").speaker == "Claire Dubois"
    costs = by_text(statements, "far outweigh")
    assert costs.speaker == "German government"
    assert costs.speaker_mention == "It"


def test_inverted_said_and_a_later_bare_role(statements: list[Statement]) -> None:
    spokesman = by_text(statements, "no intention")
    assert spokesman.speaker == "spokesman for Germany's economy ministry"
    assert spokesman.speaker_kind == "anonymous"
    assert by_text(statements, "talks would continue").speaker == spokesman.speaker
    meeting = by_text(statements, "meeting may take place")
    assert meeting.cue == "adding"
    assert meeting.speaker == spokesman.speaker
    assert meeting.stance == "hedge"


def test_according_to_and_a_denial_phrase(statements: list[Statement]) -> None:
    rules = by_text(statements, "preparing new rules")
    assert rules.speaker == "EU officials"
    assert rules.cue == "According to"
    lie = by_text(statements, "This is a lie")
    assert lie.speaker == "Claire Dubois"
    assert lie.stance == "deny"
    assert [c.kind for c in lie.cues] == ["deny_phrase"]


def test_denial_verbs_with_an_object_claim_the_clause(statements: list[Statement]) -> None:
    rejected = by_text(statements, "rejected that position")
    assert rejected.text == "The German government rejected that position"
    assert rejected.stance == "deny"
    assert rejected.cues[0].text == "rejected"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"There is no evidence," said Jane Smith, a lawyer for the family.', "Jane Smith"),
        ('"I never said that," Johnson told reporters.', "Johnson"),
        (
            "A spokesperson for the army denied that troops had crossed the border.",
            "spokesperson for the army",
        ),
        ("Police said two people were arrested.", "Police"),
    ],
)
def test_speakers_of_common_constructions(text: str, speaker: str) -> None:
    (statement,) = extract_statements("d", text, "en")
    assert statement.speaker == speaker


FRAGMENTS = [
    '"We never sold arms,"',
    " the minister said",
    " said John Smith.",
    " According to officials,",
    " Russia denied the reports",
    " that the deal was not yet signed",
    " «\xa0Rien n’est décidé\xa0»,",
    " a-t-il ajouté.",
    " selon le Kremlin",
    " ‘It is a lie’",
    "\n\n",
    ", ",
    ". ",
    '"',
    "«",
    "”",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12), st.sampled_from(["en", "fr"]))
def test_spans_and_cues_are_exact_whatever_the_text(parts: list[str], lang: str) -> None:
    text = "".join(parts)
    for statement in extract_statements("d", text, lang):
        assert statement.text and text[statement.start : statement.end] == statement.text
        assert statement.text == statement.text.strip()
        for cue in statement.cues:
            assert text[cue.start : cue.end] == cue.text


STRIKE = """Port strike: 30,000 according to unions, 9,000 according to police

LIVERPOOL, March 3 (Reuters) - Dock workers marched through the city centre on Saturday. Police \
put the figure at 9,000, while the Transport Workers' Union estimated the crowd at 30,000.

The union accused the port operator of using agency staff to break the strike. "There was no \
consultation whatsoever," said Karen Walsh, the union's regional secretary. She added that members \
would stay out until a fair offer was made.

Harbour Logistics, which runs the port, denied the accusations. In a statement, it said no agency \
staff had been hired and that talks remained open. "We are being made a scapegoat," its chief \
executive, Tom Reilly, told reporters.

A police officer deployed at the march, speaking on condition of anonymity because he was not \
authorised to talk to the press, said the crowd had been calm all afternoon.

Local doctors say the strike has delayed deliveries of medical supplies. "The shortage is probably \
an underestimate," said Dr Anil Mehta, who runs a clinic near the docks.

The city council reported 12 complaints from residents. It later revised the figure down to eight, \
saying some complaints had been counted twice.

Reilly replied: "Our offer is fair."
"""


@pytest.fixture(scope="module")
def strike() -> list[Statement]:
    return extract_statements("strike", STRIKE, "en")


def test_figures_by_source(strike: list[Statement]) -> None:
    assert [(s.text, s.speaker) for s in strike[:2]] == [("30,000", "unions"), ("9,000", "police")]
    assert by_text(strike, "put the figure").speaker == "Police"
    assert by_text(strike, "estimated the crowd").speaker == "Transport Workers' Union"
    for statement in strike:
        assert STRIKE[statement.start : statement.end] == statement.text


def test_speakers_far_from_the_verb_and_behind_it(strike: list[Statement]) -> None:
    calm = by_text(strike, "crowd had been calm")
    assert calm.speaker == "police officer" and calm.speaker_kind == "anonymous"
    assert by_text(strike, "no agency staff").speaker == "Harbour Logistics"
    assert by_text(strike, "talks remained open").speaker == "Harbour Logistics"
    assert by_text(strike, "scapegoat").speaker == "Tom Reilly"
    assert by_text(strike, "offer is fair").speaker == "Tom Reilly"
    assert by_text(strike, "delayed deliveries").speaker == "Local doctors"


def test_stances_of_the_strike(strike: list[Statement]) -> None:
    assert by_text(strike, "no consultation").stance == "assert"  # the accusing side
    assert by_text(strike, "no agency staff").stance == "deny"  # the accused side
    assert by_text(strike, "scapegoat").stance == "deny"
    assert by_text(strike, "underestimate").stance == "assert"
    assert by_text(strike, "revised the figure").stance == "hedge"
    twice = by_text(strike, "counted twice")
    assert twice.speaker == "city council" and twice.cue == "saying"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A nurse working on the ward, who asked not to be named because she feared for "
            "her job, said the unit had been short-staffed for months.",
            "short-staffed",
            "nurse",
        ),
        (
            "Hackers targeted Norvale Bank last week. In a statement, it said no savings had "
            "been lost.",
            "no savings",
            "Norvale Bank",
        ),
        (
            "Ms Grant met Mr Ellis on Monday. He said the merger was off.",
            "merger was off",
            "Ellis",
        ),
        (
            "Peter Lund, the club's owner, was asked about the sale. Lund replied: "
            '"Nothing has been signed."',
            "Nothing has been signed",
            "Peter Lund",
        ),
    ],
)
def test_speakers_resolved_within_the_document(text: str, words: str, speaker: str) -> None:
    found = by_text(extract_statements("d", text, "en"), words)
    assert found.speaker == speaker
