import pytest

from analysis.concepts import (
    concepts_in,
    entities_in,
    find_mentions,
    fold,
    label,
    norm,
    tokenize,
    top,
    transfer_kind,
)


def mentions(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    return [
        (m.concept, " ".join(tokens.word(i) for i in range(m.first, m.last + 1)))
        for m in find_mentions(tokens)
    ]


def concepts(text: str) -> list[str]:
    return [concept for concept, _ in mentions(text)]


@pytest.mark.parametrize(
    "name",
    ["Corée du Nord", "Pyongyang", "la RPDC", "nord-coréennes", "North Korea", "DPRK",
     "Pyongyang's", "North Korean", "D.P.R.K."],
)  # fmt: skip
def test_every_name_of_north_korea_is_one_place(name):
    assert entities_in(name) == ("place:KP",)


@pytest.mark.parametrize(
    "name", ["Russie", "Moscou", "le Kremlin", "Russia", "russe", "Russians", "Moscow's"]
)
def test_every_name_of_russia_is_one_place(name):
    assert entities_in(name) == ("place:RU",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Téhéran", "place:IR"),
        ("des drones iraniens", "place:IR"),
        ("Kyiv", "place:UA"),
        ("la Maison Blanche", "place:US"),
        ("the White House", "place:US"),
        ("l'Élysée", "place:FR"),
        ("Pékin", "place:CN"),
        ("Beijing", "place:CN"),
        ("Tsahal", "place:IL"),
        ("chinoises", "place:CN"),
        ("les États-Unis", "place:US"),
        ("ÉTATS-UNIS", "place:US"),
    ],
)
def test_capitals_demonyms_and_metonyms(text, place):
    assert place in entities_in(text)


def test_a_longer_name_wins_over_the_shorter_one_inside_it():
    # The US National Security Council is not the UN Security Council.
    assert concepts("le Conseil de sécurité nationale, à Washington") == ["place:US", "place:US"]
    assert concepts("le Conseil de sécurité de l'ONU") == ["body:UN", "body:UN"]
    assert concepts("West Bank settlers") == ["place:PS"]


def test_case_rules_keep_common_words_apart_from_names():
    assert concepts("le nom de la ville de Vienne") == ["place:AT"]
    assert concepts("qu'il vienne demain") == []
    assert concepts("We asked us to leave") == []  # "us" is not the United States
    assert concepts("US officials said") == ["place:US"]
    assert concepts("a turkey for dinner") == []


def test_an_acronym_inside_a_headline_in_capitals_is_a_word():
    assert "body:UN" not in concepts("UN RESPONSABLE A DÉMENTI")
    assert "body:UN" in concepts("The UN said on Monday")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("des millions d'obus d'artillerie", "field:ammunition"),
        ("1,000 containers of ammunition", "field:ammunition"),
        ("des roquettes", "field:missiles"),
        ("armed UAVs", "field:drones"),
        ("du matériel militaire", "field:arms"),
        ("weapons", "field:arms"),
        ("un cessez-le-feu", "field:ceasefire"),
        ("sanctions", "field:sanctions"),
    ],
)
def test_fields_in_both_languages(text, field):
    assert field in concepts(text)


def test_narrow_fields_belong_to_a_broader_one():
    assert top("field:drones") == "field:arms"
    assert top("field:ammunition") == "field:arms"
    assert top("field:casualties") == "field:casualties"
    assert top("place:RU") == "place:RU"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("livrerait", "give"),
        ("fourni", "give"),
        ("vendre", "give"),
        ("exporté", "give"),
        ("transférer", "give"),
        ("supplied", "give"),
        ("delivered", "give"),
        ("sold", "give"),
        ("acheter", "get"),
        ("achat", "get"),
        ("bought", "get"),
        ("purchase", "get"),
        ("received", "get"),
        ("vendredi", None),
        ("important", None),
        ("arms", None),
    ],
)
def test_transfer_words(word, kind):
    assert transfer_kind(word) == kind


def test_an_envoy_is_not_a_shipment():
    assert "give" not in concepts("L'envoyé de Moscou auprès de l'ONU")
    assert "give" in concepts("Moscou a envoyé des armes")


def test_folding_keeps_every_offset():
    text = "L’Iran, la Corée du Nord et les ÉTATS-UNIS"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "l'iran, la coree du nord et les etats-unis"


def test_tokens_point_into_the_text():
    text = "La Corée du Nord a livré des obus à la Russie."
    tokens = tokenize(text)
    assert [tokens.word(i) for i in range(3)] == ["La", "Corée", "du"]
    assert all(
        text[s:e] == tokens.word(i)
        for i, (s, e) in enumerate(zip(tokens.starts, tokens.ends, strict=True))
    )


@pytest.mark.parametrize(
    ("forms", "base"),
    [
        (("iranien", "iranienne", "iraniens", "iraniennes"), "iranien"),
        (("chinois", "chinoise", "chinoises"), "chinoi"),
        (("missile", "missiles"), "missil"),
    ],
)
def test_plural_and_feminine_forms_meet(forms, base):
    assert {norm(fold(f)) for f in forms} == {base}


def test_weapons_and_army_stay_apart():
    assert norm("armes") != norm("armees")


def test_names_already_lower_cased_are_found():
    assert concepts_in("corée du nord") == ("place:KP",)
    assert concepts_in("uav") == ("field:drones",)


def test_labels_in_english_and_french():
    assert label("place:KP") == "North Korea"
    assert label("place:KP", "fr") == "Corée du Nord"
    assert label("field:arms", "fr") == "armes"
    assert label("ent:northway mining") == "Northway Mining"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("12 people were killed", "pred:toll"),
        ("douze personnes sont décédées", "pred:toll"),
        ("le bilan s'est alourdi", "pred:toll"),
        ("the cooling tower was the source", "pred:cause"),
        ("l'usine est à l'origine de l'épidémie", "pred:cause"),
        ("hackers stole the data", "pred:breach"),
        ("les serveurs ont été piratés", "pred:breach"),
        ("100,000 protesters marched", "pred:protest"),
        ("les manifestants ont défilé", "pred:protest"),
        ("the charge was unprovoked", "pred:force"),
        ("la direction avait été alertée", "pred:warning"),
        ("la galerie avait été inspectée", "pred:inspection"),
        ("ballot boxes were stuffed in a rigged vote", "pred:fraud"),
    ],
)
def test_predicates_in_both_languages_and_their_forms(text, predicate):
    assert predicate in concepts(text)


def test_a_predicate_belongs_to_its_field():
    assert top("pred:toll") == "field:casualties"
    assert top("pred:breach") == "field:cyber"
    assert top("pred:cause") == "pred:cause"  # a cause is a cause of anything
    assert label("pred:toll") == "death toll"


def test_prefixes_take_word_forms_but_not_other_words():
    assert concepts("ils se sont rassemblés") == ["pred:protest"]
    assert concepts("manifestement faux") == []  # "manifestement" is no demonstration
    assert concepts("a blessed day") == []


@pytest.mark.parametrize("word", ["plan", "mai", "la ferme", "a mass grave", "le vol AF447"])
def test_common_words_are_not_taken_for_concepts(word):
    # Light stemming would bring them to "plane", "maïs", "fermé", "massé", "volé": the
    # tables leave those forms out.
    assert concepts(word) == []


def test_glosses_bring_two_languages_to_one_key():
    from analysis.concepts import GLOSS

    assert GLOSS[norm(fold("clients"))] == GLOSS[norm(fold("customers"))] == "customer"
    assert GLOSS[norm(fold("données"))] == GLOSS[norm(fold("data"))] == "data"
    assert GLOSS[norm(fold("usines"))] == GLOSS[norm(fold("plant"))] == "factory"


def test_feminine_past_participles_meet_their_base_form():
    assert norm(fold("alertée")) == norm(fold("alerté")) == norm(fold("alertées"))
    assert norm(fold("Corée")) != norm(fold("coréen"))
