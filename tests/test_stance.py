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


def test_each_coordinated_claim_takes_its_own_stance() -> None:
    text = (
        "Le porte-parole a ajouté que les achats n’étaient pas encore terminés et qu’il "
        "n’y avait aucune preuve de livraison."
    )
    first, second = extract_statements("doc", text, "fr")
    assert (first.stance, second.stance) == ("hedge", "deny")
    assert [c.text for c in first.cues] == ["pas encore"]
    assert [c.text for c in second.cues] == ["aucune preuve"]


def test_a_denial_inside_the_claim_denies_it() -> None:
    text = 'In a statement, the foreign ministry said it "categorically rejects" the accusations.'
    statement = only(text, "en")
    assert statement.stance == "deny"
    assert [c.kind for c in statement.cues] == ["deny_verb"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The denial is the subject's earlier act, not what the claim says.
        ("The retailer admits hackers stole card data weeks after denying any breach.", "en"),
        ("Le club reconnaît que le joueur a triché, deux jours après l’avoir nié.", "fr"),
        # A negation in a clause of time or condition does not negate the claim.
        ("The mayor said the road would reopen if no new cracks appeared.", "en"),
        ("Le préfet a indiqué que la route rouvrirait si aucune fissure n’apparaissait.", "fr"),
        # Nor one inside a relative clause.
        ("La ministre a affirmé que les familles qui n’ont pas été relogées seront aidées.", "fr"),
    ],
)
def test_negation_outside_the_main_clause_does_not_deny(text: str, lang: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "assert", statement.cues


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        (
            "« Nous avons fait une erreur de comptage », a reconnu le porte-parole.",
            "fr",
            "Nous avons fait une erreur",
        ),
        ("La préfecture a revu son bilan à la baisse.", "fr", "à la baisse"),
        ("L’institut a rectifié son estimation.", "fr", "rectifié"),
        ("Le témoin s’est rétracté devant le juge.", "fr", "rétracté"),
        (
            "Le laboratoire n’est plus en mesure de confirmer ces résultats, selon son directeur.",
            "fr",
            "plus en mesure de confirmer",
        ),
        ("Selon la mairie, l’origine de la fuite reste à vérifier.", "fr", "reste à vérifier"),
        ('"We made an error in the tally," the election board said.', "en", "We made an error"),
        (
            "The agency revised its casualty figure down to 30, officials said.",
            "en",
            "revised its casualty figure down",
        ),
        ("The newspaper retracted the article.", "en", "retracted"),
        (
            "A spokesman said the video could not be independently verified.",
            "en",
            "could not be independently verified",
        ),
        (
            "Officials said the cause of the outage remains to be established.",
            "en",
            "remains to be established",
        ),
    ],
)
def test_walk_backs_and_corrections_are_hedges(text: str, lang: str, cue: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "hedge"
    assert cue in [c.text for c in statement.cues]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ('"We are being made a scapegoat," the landlord said.', "en", "scapegoat"),
        ("The union said the charges were baseless.", "en", "baseless"),
        ("The minister described the allegations as unfounded.", "en", "unfounded"),
        (
            '"This story is a fabrication from start to finish," the actor said.',
            "en",
            "fabrication",
        ),
        ("« Ces chiffres sont farfelus », a lancé le maire.", "fr", "farfelus"),
        ("Selon l’entreprise, ces accusations sont sans fondement.", "fr", "sans fondement"),
        ("L’ambassade a qualifié l’article de « pure invention ».", "fr", "pure invention"),
        ("« C’est grotesque », a réagi la députée à propos du rapport.", "fr", "grotesque"),
        ("Le Kremlin a dénoncé une « propagande » occidentale.", "fr", "propagande"),
    ],
)
def test_denials_that_need_no_negation(text: str, lang: str, cue: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "deny"
    assert cue in [c.text for c in statement.cues]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"The toll is probably an underestimate," a nurse said.', "en"),
        ("Rescuers said at least 40 people may have been trapped.", "en"),
        ('"The real number could be even higher," the organiser said.', "en"),
        ("Selon les secours, au moins douze personnes pourraient être blessées.", "fr"),
        (
            "Le bilan pourrait être plus lourd, des victimes n’ayant pas encore été "
            "comptabilisées, selon la préfecture.",
            "fr",
        ),
    ],
)
def test_words_that_make_a_figure_larger_do_not_hedge(text: str, lang: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "assert", statement.cues


def by_text(statements: list[Statement], words: str) -> Statement:
    (found,) = [s for s in statements if words in s.text]
    return found


def test_a_negative_fact_supporting_the_speakers_accusation_is_asserted() -> None:
    text = (
        "Tenants accused the landlord of cutting the heating without notice. "
        '"There was no warning whatsoever," said Ann Cole, one of the tenants. '
        "The landlord denied the accusations. "
        '"We never cut the heating," a spokesman for the landlord said.'
    )
    statements = extract_statements("doc", text, "en")
    assert by_text(statements, "no warning").stance == "assert"
    never = by_text(statements, "never cut")
    assert never.stance == "deny"
    assert [c.text for c in never.cues] == ["never"]


def test_a_negation_answering_a_report_or_about_the_speaker_denies() -> None:
    text = (
        "Les parents ont accusé la cantine de servir des repas avariés. "
        "« Ce n’est pas vrai », a répondu la gérante. "
        "Le maire a précisé qu’il n’avait reçu aucune plainte écrite."
    )
    statements = extract_statements("doc", text, "fr")
    assert by_text(statements, "pas vrai").stance == "deny"
    assert by_text(statements, "aucune plainte").stance == "deny"


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ('"We cannot rule out more arrests," a detective said.', "en", "cannot rule out"),
        ('"We don\'t know yet what caused the leak," the engineer said.', "en", "don't know yet"),
        ("« On n’exclut pas une reprise du feu », a indiqué le pompier.", "fr", "n’exclut"),
        (
            "« Nous ne savons pas encore qui a tiré », a expliqué la procureure.",
            "fr",
            "ne savons pas encore",
        ),
    ],
)
def test_uncertainty_worded_as_a_negation_is_a_hedge(text: str, lang: str, cue: str) -> None:
    statement = only(text, lang)
    assert statement.stance == "hedge"
    assert [c.text for c in statement.cues] == [cue]
