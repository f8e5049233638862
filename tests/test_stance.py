"""Stance: assert, deny or hedge, with the cue words that decided it at document offsets."""

from __future__ import annotations

import pytest

from analysis.extract import extract_statements
from analysis.records import Statement


def only(text: str, lang: str) -> Statement:
    statements = extract_statements("doc", text, lang)
    assert len(statements) == 1, [s.text for s in statements]
    return statements[0]


@pytest.mark.parametrize(
    ("text", "lang", "stance", "cue_kind", "cue_text"),
    [
        (
            "Le ministère a affirmé qu’il n’avait jamais livré d’armes à ce pays.",
            "fr",
            "deny",
            "negation",
            "jamais",
        ),
        ("Le gouvernement a réfuté ces allégations.", "fr", "deny", "deny_verb", "réfuté"),
        (
            "Le parti a dénoncé une « théorie du complot ».",
            "fr",
            "deny",
            "deny_phrase",
            "théorie du complot",
        ),
        (
            "Le ministre a déclaré que les travaux n’étaient pas encore terminés.",
            "fr",
            "hedge",
            "hedge",
            "pas encore",
        ),
        (
            "Selon le porte-parole, il n’y a aucune indication que l’accord a été signé.",
            "fr",
            "hedge",
            "hedge",
            "aucune indication",
        ),
        (
            "Les experts estiment que les prix pourraient encore augmenter.",
            "fr",
            "hedge",
            "hedge",
            "pourraient",
        ),
        (
            "The ministry said it had never delivered weapons to the country.",
            "en",
            "deny",
            "negation",
            "never",
        ),
        ("Russia has repeatedly rejected the accusations.", "en", "deny", "deny_verb", "rejected"),
        (
            "The spokesman said there was no evidence of any transfer.",
            "en",
            "deny",
            "deny_phrase",
            "no evidence",
        ),
        ("The minister said the work was not yet finished.", "en", "hedge", "hedge", "not yet"),
        (
            "The White House said there was no indication the deal had been signed.",
            "en",
            "hedge",
            "hedge",
            "no indication",
        ),
        ("Experts say prices could rise further.", "en", "hedge", "hedge", "could"),
    ],
)
def test_stance_and_its_cue(
    text: str, lang: str, stance: str, cue_kind: str, cue_text: str
) -> None:
    statement = only(text, lang)
    assert statement.stance == stance
    kinds = {(c.kind, c.text) for c in statement.cues}
    assert (cue_kind, cue_text) in kinds
    for cue in statement.cues:
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a affirmé que l’armée avait repris la ville.", "fr"),
        # "aucun doute" affirms; "ne pas livrer" is what was urged, not a denial.
        ("Le ministre a assuré qu’il ne fait aucun doute que la croissance reprendra.", "fr"),
        ("La Commission a exhorté le pays à ne pas livrer d’armes.", "fr"),
        ("The Commission urged the country not to deliver weapons.", "en"),
        ("There is no doubt that the economy will recover, the minister said.", "en"),
        # A negation inside a relative clause does not deny the claim.
        ("The minister said the plan, which nobody had seen, was ready.", "en"),
    ],
)
def test_assertions_that_contain_negative_words(text: str, lang: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "assert"
    assert statement.cues == []


def test_a_walked_back_claim_is_a_hedge_even_with_a_denial_phrase() -> None:
    text = (
        "Le porte-parole a ajouté que les achats n’étaient pas encore terminés et qu’il "
        "n’y avait aucune preuve de livraison."
    )
    assert only(text, "fr").stance == "hedge"


def test_a_denial_inside_the_claim_denies_it() -> None:
    text = 'In a statement, the foreign ministry said it "categorically rejects" the accusations.'
    statement = only(text, "en")
    assert statement.stance == "deny"
    assert [c.kind for c in statement.cues] == ["deny_verb"]
