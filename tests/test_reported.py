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


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue"),
    [
        (
            "La gendarmerie a dénombré 4 500 véhicules sur le périphérique.",
            "fr",
            "gendarmerie",
            "a dénombré",
        ),
        ("Le collectif fait état de 230 familles sans logement.", "fr", "collectif", "fait état"),
        (
            "L'observatoire chiffre à 17 000 le nombre de sans-abri.",
            "fr",
            "observatoire",
            "chiffre",
        ),
        ("L'association avance le chiffre de 600 bénévoles.", "fr", "association", "avance"),
        ("Le parquet porte le bilan à neuf morts.", "fr", "parquet", "porte"),
        ("Firefighters put the death toll at 14.", "en", "Firefighters", "put"),
        ("The regulator counted 310 complaints last year.", "en", "regulator", "counted"),
        ("Organizers estimated the turnout at 25,000.", "en", "Organizers", "estimated"),
        ("The airline reported 1,200 cancelled flights.", "en", "airline", "reported"),
    ],
)
def test_a_figure_reported_by_its_source_is_a_statement(
    text: str, lang: str, speaker: str, cue: str
) -> None:
    statement = only(text, lang)
    assert statement.speaker == speaker
    assert statement.cue == cue
    assert statement.text == text.rstrip(".")
    assert statement.stance == "assert"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le club compte 2 000 adhérents.", "fr"),
        ("Le président a porté le budget à 12 millions d'euros.", "fr"),
        ("La mairie a enregistré le 14 juillet 2021 un pic de fréquentation.", "fr"),
        ("The team put 2 players on the bench.", "en"),
        ("The group has 3,000 members.", "en"),
    ],
)
def test_a_number_in_narration_is_not_a_reported_figure(text: str, lang: str) -> None:
    assert extract_statements("doc", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Grève : « 45 000 » selon FO, « 6 000 » selon la préfecture\n\nLe texte suit.",
            "fr",
            [("45 000", "FO"), ("6 000", "préfecture")],
        ),
        (
            "Rally: 12,000 according to organisers, 3,500 according to police\n\nMore.",
            "en",
            [("12,000", "organisers"), ("3,500", "police")],
        ),
    ],
)
def test_headline_figures_each_take_their_source(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    statements = extract_statements("doc", text, lang)
    assert [(s.text, s.speaker) for s in statements] == expected


def test_a_source_phrase_without_a_comma_attributes_the_clause_before_it() -> None:
    statement = only("Le trafic a doublé en un an selon la SNCF.", "fr")
    assert statement.text == "Le trafic a doublé en un an"
    assert statement.speaker == "SNCF"
    assert extract_statements("doc", "Les tarifs varient selon les saisons.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        (
            "La rectrice a précisé que les cours reprendraient lundi et que les examens "
            "étaient maintenus.",
            "fr",
            ["les cours reprendraient lundi", "les examens étaient maintenus"],
        ),
        (
            "The coroner said that the driver had been speeding and that the road was icy.",
            "en",
            ["the driver had been speeding", "the road was icy"],
        ),
        (
            "The bank said it had restored access, saying no accounts had been emptied.",
            "en",
            ["it had restored access", "no accounts had been emptied"],
        ),
        (
            "Le syndicat a affirmé que la grève était suivie, ajoutant que trois dépôts "
            "étaient bloqués.",
            "fr",
            ["la grève était suivie", "trois dépôts étaient bloqués"],
        ),
        (
            "The vote was fair, the senator insisted, and the count will stand.",
            "en",
            ["The vote was fair", "the count will stand"],
        ),
        (
            "Le scrutin était régulier, a-t-elle martelé, et le résultat sera confirmé.",
            "fr",
            ["Le scrutin était régulier", "le résultat sera confirmé"],
        ),
    ],
)
def test_coordinated_claims_are_statements_of_one_speaker(
    text: str, lang: str, claims: list[str]
) -> None:
    statements = extract_statements("doc", text, lang)
    assert [s.text for s in statements] == claims
    assert len({s.speaker for s in statements}) == 1
    assert all(text[s.start : s.end] == s.text for s in statements)


@pytest.mark.parametrize(
    ("text", "lang", "claim", "speaker"),
    [
        (
            "Les infirmières affirment que les effectifs baissent.",
            "fr",
            "les effectifs baissent",
            "infirmières",
        ),
        ("Les riverains disent que le bruit a doublé.", "fr", "le bruit a doublé", "riverains"),
        (
            "Local teachers say the new timetable is unworkable.",
            "en",
            "the new timetable is unworkable",
            "Local teachers",
        ),
        (
            "Critics argue that the scheme favours landlords.",
            "en",
            "the scheme favours landlords",
            "Critics",
        ),
        ("The headmaster insists the school is safe.", "en", "the school is safe", "headmaster"),
        (
            "Le préfet souligne que la circulation reste difficile.",
            "fr",
            "la circulation reste difficile",
            "préfet",
        ),
    ],
)
def test_present_tense_and_unnamed_people_speak(
    text: str, lang: str, claim: str, speaker: str
) -> None:
    statement = only(text, lang)
    assert statement.text == claim
    assert statement.speaker == speaker


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "cue"),
    [
        (
            "Pour le syndicat, « la direction joue la montre ».",
            "la direction joue la montre",
            "syndicat",
            "Pour",
        ),
        (
            "Pour Mme Roux, le calendrier est intenable.",
            "le calendrier est intenable",
            "Roux",
            "Pour",
        ),
        ("Selon la mairie, pourtant, le chantier avance.", "le chantier avance", "mairie", "Selon"),
        (
            "D’après l’avocate, toutefois, le dossier est vide.",
            "le dossier est vide",
            "avocate",
            "D’après",
        ),
    ],
)
def test_french_source_phrases(text: str, claim: str, speaker: str, cue: str) -> None:
    statement = only(text, "fr")
    assert statement.text == claim
    assert statement.speaker == speaker
    assert statement.cue == cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le maire s’est félicité de la baisse des cambriolages.", "est félicité"),
        ("La directrice a salué l’engagement des équipes.", "a salué"),
        ("L’opposition a fustigé un budget « insincère ».", "a fustigé"),
        ("Le sénateur a répliqué que le texte était inconstitutionnel.", "a répliqué"),
        ("La ministre a concédé que le calendrier était serré.", "a concédé"),
        ("The coach conceded that the team had been outplayed.", "conceded"),
        ("The mayor retorted that the figures were outdated.", "retorted"),
        ("The firm acknowledged the outage.", "acknowledged"),
        ("The minister called the report a fabrication.", "called"),
        ("The actor posted that he was leaving the series.", "posted"),
    ],
)
def test_reporting_verbs_of_both_languages(text: str, cue: str) -> None:
    lang = "en" if text.startswith("The") else "fr"
    statement = only(text, lang)
    assert statement.cue == cue
    assert statement.speaker is not None


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        ("Le directeur assure n’avoir reçu aucune offre.", "fr", "n’avoir reçu aucune offre"),
        ("L’entreprise affirme avoir respecté les normes.", "fr", "avoir respecté les normes"),
        ("The group claimed to have downed a drone.", "en", "to have downed a drone"),
    ],
)
def test_an_infinitive_after_a_verb_of_saying_is_the_claim(
    text: str, lang: str, claim: str
) -> None:
    assert only(text, lang).text == claim


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement a promis de baisser les impôts.", "fr"),
        ("Le ministre a demandé aux préfets de renforcer les contrôles.", "fr"),
        ("The rebels vowed to fight on.", "en"),
        ("Aucun blessé n’est à déplorer.", "fr"),
        ("The figure has been corrected.", "en"),
    ],
)
def test_promises_requests_and_passives_report_no_claim(text: str, lang: str) -> None:
    assert extract_statements("doc", text, lang) == []
