import json
import random

import pytest

from analysis.contradictions import DocContext, find_contradictions
from analysis.evaluate_pairs import gold_statements, score_pairs
from analysis.gold import load_gold
from analysis.records import Contradiction, Statement
from fixtures import corpus_dir, gold_file

Claim = tuple[str, str | None, str]  # quoted words, speaker, stance


def corpus(*docs: tuple[str, str | None, str, str, list[Claim]]):
    """Statements and documents from (id, date, lang, text, claims); claims are found in text."""
    contexts: dict[str, DocContext] = {}
    statements: list[Statement] = []
    for doc_id, date, lang, text, claims in docs:
        contexts[doc_id] = DocContext(text=text, date=date, title="", lang=lang)
        for words, speaker, stance in claims:
            start = text.index(words)
            end = start + len(words)
            statements.append(
                Statement(
                    id=Statement.make_id(doc_id, start, end),
                    doc=doc_id,
                    start=start,
                    end=end,
                    text=words,
                    speaker=speaker,
                    stance=stance,  # type: ignore[arg-type]
                    direct=False,
                    cue="said",
                    lang=lang,
                )
            )
    return statements, contexts


def find(statements, contexts, **kw) -> list[Contradiction]:
    return find_contradictions(statements, contexts, **kw).contradictions


def by_text(statements: list[Statement]) -> dict[str, Statement]:
    return {s.text: s for s in statements}


KIRBY = (
    "a",
    "2023-10-13",
    "en",
    "The White House said on Friday that North Korea had delivered more than 1,000 "
    "containers of munitions to Russia in recent weeks.",
    [("North Korea had delivered more than 1,000 containers of munitions to Russia", "John Kirby",
      "assert")],
)  # fmt: skip
PESKOV = (
    "b",
    "2023-10-17",
    "en",
    "Kremlin spokesman Dmitry Peskov said on Tuesday there was no evidence that Pyongyang "
    "was sending weapons to Moscow.",
    [("there was no evidence that Pyongyang was sending weapons to Moscow", "Dmitry Peskov",
      "deny")],
)  # fmt: skip


def test_an_english_denial_across_documents():
    statements, contexts = corpus(PESKOV, KIRBY)
    [c] = find(statements, contexts)
    kirby, peskov = statements[1], statements[0]
    assert c.kind == "denial"
    assert (c.a, c.b) == (kirby.id, peskov.id)  # the earlier first
    assert c.id == Contradiction.make_id(c.a, c.b, "denial")
    assert "John Kirby (13 Oct 2023)" in c.why and "Dmitry Peskov (17 Oct 2023)" in c.why
    assert c.topic == "North Korea → Russia · arms"
    assert 0.5 < c.score <= 1.0


def test_a_french_denial_that_points_back_takes_its_matter_from_before():
    text = (
        "Des responsables américains ont déclaré que la Russie était en train d'acheter des "
        "millions d'obus à la Corée du Nord. Moscou a ensuite démenti cette information."
    )
    statements, contexts = corpus(
        ("d", "2022-09-22", "fr", text, [
            ("la Russie était en train d'acheter des millions d'obus à la Corée du Nord",
             "responsables américains", "assert"),
            ("Moscou a ensuite démenti cette information", "Russie", "deny"),
        ])
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("denial", statements[0].id, statements[1].id)
    assert c.topic == "North Korea → Russia · arms"


def test_the_topic_can_be_labelled_in_french():
    statements, contexts = corpus(KIRBY, PESKOV)
    [c] = find(statements, contexts, label_lang="fr")
    assert c.topic == "Corée du Nord → Russie · armes"


WALK_BACK_TEXT = (
    "A State Department spokesman, Vedant Patel, said Russia was buying millions of rockets "
    "and artillery shells from North Korea. Later, John Kirby said there was no indication "
    "the purchase had been finalised. Analysts said North Korea could become a major "
    "supplier of shells to Russia."
)


def test_a_hedge_withholding_confirmation_walks_back_a_speculation_of_others_does_not():
    statements, contexts = corpus(
        ("w", "2022-09-06", "en", WALK_BACK_TEXT, [
            ("Russia was buying millions of rockets and artillery shells from North Korea",
             "Vedant Patel", "assert"),
            ("there was no indication the purchase had been finalised", "John Kirby", "hedge"),
            ("North Korea could become a major supplier of shells to Russia", "analysts",
             "hedge"),
        ])
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("walk_back", statements[0].id, statements[1].id)
    assert "walks it back" in c.why


def test_a_speculation_walks_back_only_an_earlier_claim_of_its_own_side():
    text = (
        "Officials said 40 people were killed in the strike on the market in Kherson. "
        "A week later the same officials said the toll could be lower than announced."
    )
    claim = ("40 people were killed in the strike on the market in Kherson", "regional officials",
             "assert")  # fmt: skip
    later = ("the toll could be lower than announced", "regional officials", "hedge")
    statements, contexts = corpus(("k", "2024-03-01", "en", text, [claim, later]))
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("walk_back", statements[0].id, statements[1].id)
    # The same words from another side only speculate: nothing is taken back.
    other = ("the toll could be lower than announced", "analysts", "hedge")
    statements, contexts = corpus(("k", "2024-03-01", "en", text, [claim, other]))
    assert find(statements, contexts) == []


def test_a_later_hedge_walks_back_more_surely_than_an_earlier_one():
    claim = (
        "k1",
        "2024-03-02",
        "en",
        "Officials said 40 people were killed in Kherson.",
        [("40 people were killed in Kherson", "regional officials", "assert")],
    )
    before = (
        "k0",
        "2024-03-01",
        "en",
        "A ministry spokesman said there was no confirmation yet of deaths in Kherson.",
        [("there was no confirmation yet of deaths in Kherson", "ministry", "hedge")],
    )
    after = (
        "k2",
        "2024-03-03",
        "en",
        "A ministry spokesman said there was no confirmation yet of deaths in Kherson.",
        [("there was no confirmation yet of deaths in Kherson", "ministry", "hedge")],
    )
    [early] = find(*corpus(before, claim))
    [late] = find(*corpus(claim, after))
    assert early.kind == late.kind == "walk_back"
    assert late.score > early.score


def test_a_speaker_taking_back_their_own_claim_is_a_walk_back_not_a_denial():
    statements, contexts = corpus(
        ("t1", "2024-01-10", "en",
         "The minister said Turkey had sold 50 armed drones to Azerbaijan.",
         [("Turkey had sold 50 armed drones to Azerbaijan", "Ali Demir", "assert")]),
        ("t2", "2024-02-10", "en", "Ali Demir said Turkey had never sold drones to Azerbaijan.",
         [("Turkey had never sold drones to Azerbaijan", "Ali Demir", "deny")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert c.kind == "walk_back"
    assert c.why.count("Ali Demir") == 2 and "takes it back" in c.why


def test_a_figure_conflict_between_two_sources():
    statements, contexts = corpus(
        ("k1", "2024-01-10", "en", "Police said 12 people were killed in the blast in Kabul.",
         [("12 people were killed in the blast in Kabul", "Kabul police", "assert")]),
        ("k2", "2024-01-11", "en",
         "The Taliban government said 40 people were killed in the Kabul blast.",
         [("40 people were killed in the Kabul blast", "Taliban", "assert")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert c.kind == "figure"
    assert "“12 people”" in c.why and "“40 people”" in c.why
    figure_a = next(cue for cue in c.cues_a if cue.kind == "figure")
    figure_b = next(cue for cue in c.cues_b if cue.kind == "figure")
    assert contexts["k1"].text[figure_a.start : figure_a.end] == "12 people"
    assert contexts["k2"].text[figure_b.start : figure_b.end] == "40 people"


def test_figures_about_different_places_do_not_conflict():
    statements, contexts = corpus(
        ("k1", "2024-01-10", "en", "Police said 12 people were killed in the blast in Kabul.",
         [("12 people were killed in the blast in Kabul", "Kabul police", "assert")]),
        ("g1", "2024-01-11", "en", "Officials said 40 people were killed in the blast in Gaza.",
         [("40 people were killed in the blast in Gaza", "health officials", "assert")]),
    )  # fmt: skip
    assert find(statements, contexts) == []


def test_statements_that_do_not_contradict():
    statements, contexts = corpus(
        ("i", "2024-01-10", "en",
         "Iran said it had never supplied drones to Russia. Tehran repeated that it never "
         "supplied drones to Russia.",
         [("it had never supplied drones to Russia", "Iran", "deny"),
          ("it never supplied drones to Russia", "Iran", "deny")]),
        ("n", "2024-01-12", "en",
         "Officials said North Korea delivered artillery shells to Russia. They said again "
         "that North Korea delivered artillery shells to Russia last month.",
         [("North Korea delivered artillery shells to Russia.", "US officials", "assert"),
          ("North Korea delivered artillery shells to Russia last month", "US officials",
           "assert")]),
    )  # fmt: skip
    # Same stance, a speaker repeating themselves, and Iran's drones are not North Korea's shells.
    assert find(statements, contexts) == []


def test_a_transfer_warned_against_is_not_asserted():
    statements, contexts = corpus(
        ("w", "2023-08-31", "en",
         "The White House warned North Korea against selling arms to Russia.",
         [("The White House warned North Korea against selling arms to Russia", "White House",
           "assert")]),
        ("p", "2023-09-02", "en", "Pyongyang said it had never sold arms to Russia.",
         [("it had never sold arms to Russia", "North Korea", "deny")]),
    )  # fmt: skip
    assert find(statements, contexts) == []


def test_one_dispute_has_one_topic():
    statements, contexts = corpus(
        KIRBY,
        PESKOV,
        ("c", "2023-10-20", "fr",
         "La Corée du Nord a nié avoir livré des armes à la Russie.",
         [("La Corée du Nord a nié avoir livré des armes à la Russie", "Corée du Nord", "deny")]),
    )  # fmt: skip
    found = find(statements, contexts)
    assert len(found) == 2
    assert {c.topic for c in found} == {"North Korea → Russia · arms"}


def test_new_restricts_the_work_to_pairs_touching_new_statements():
    statements, contexts = corpus(
        KIRBY,
        PESKOV,
        ("c", "2023-10-20", "en", "North Korea denied supplying weapons to Russia.",
         [("North Korea denied supplying weapons to Russia", "North Korea", "deny")]),
    )  # fmt: skip
    everything = find(statements, contexts)
    newest = statements[2].id
    only_new = find(statements, contexts, new={newest})
    assert only_new and all(newest in (c.a, c.b) for c in only_new)
    assert {c.id for c in only_new} == {c.id for c in everything if newest in (c.a, c.b)}
    assert find(statements, contexts, new=set()) == []


def test_the_result_does_not_depend_on_the_input_order():
    statements, contexts = corpus(
        KIRBY,
        PESKOV,
        ("c", "2023-10-20", "en", "North Korea denied supplying weapons to Russia.",
         [("North Korea denied supplying weapons to Russia", "North Korea", "deny")]),
    )  # fmt: skip
    first = find(statements, contexts)
    shuffled = statements[:]
    random.Random(3).shuffle(shuffled)
    again = find(shuffled, contexts)
    assert [c.to_dict() for c in again] == [c.to_dict() for c in first]


def test_same_date_falls_back_to_document_order_then_offset():
    statements, contexts = corpus(
        ("x", "2023-10-13", "en", PESKOV[3], PESKOV[4]),
        ("y", "2023-10-13", "en", KIRBY[3], KIRBY[4]),
    )
    [c] = find(statements, contexts)
    assert (c.a, c.b) == (statements[0].id, statements[1].id)


def test_nothing_in_nothing_out():
    result = find_contradictions([], {})
    assert (result.contradictions, result.candidates_examined) == ([], 0)


def test_hidden_statements_and_unknown_documents_are_left_out():
    statements, contexts = corpus(KIRBY, PESKOV)
    statements[1].hidden = True
    assert find(statements, contexts) == []
    statements[1].hidden = False
    assert find(statements, {"a": contexts["a"]}) == []


@pytest.fixture(scope="module")
def sample():
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus_dir().glob("*.txt")}
    gold = load_gold(json.loads(gold_file().read_text(encoding="utf-8")), texts)
    statements = gold_statements(gold, texts)
    contexts = {g.doc: DocContext(texts[g.doc], g.date, "", g.lang) for g in gold}
    return gold, statements, contexts


def test_on_the_gold_statements_of_the_sample_pairs_are_found_and_right(sample):
    gold, statements, contexts = sample
    found = find([s for rows in statements.values() for s in rows], contexts)
    report = score_pairs(gold, statements, found)
    assert report.precision >= 0.8
    assert report.recall >= 0.8
    assert report.proposition_recall == 1.0


def dispute(asserts: int, denials: int):
    """One matter told and denied in many documents, one statement each, a day apart."""
    docs = []
    for i in range(asserts + denials):
        date = f"20{10 + i // 336}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
        if i < asserts:
            text = f"Officials said North Korea delivered {100 + i} shells to Russia."
            claim = (f"North Korea delivered {100 + i} shells to Russia", f"official {i}", "assert")
        else:
            text = "A spokesman said North Korea never supplied shells to Russia."
            claim = ("North Korea never supplied shells to Russia", f"spokesman {i}", "deny")
        docs.append((f"d{i}", date, "en", text, [claim]))
    return corpus(*docs)


def test_a_small_collection_is_compared_in_full():
    # Larger than a block compared in full in a large collection, more partners than kept there.
    statements, contexts = dispute(50, 50)
    denials = [c for c in find(statements, contexts) if c.kind == "denial"]
    assert len(denials) == 50 * 50


def test_a_large_collection_keeps_the_best_pairs_of_each_statement(monkeypatch):
    from analysis import blocking, pairing

    monkeypatch.setattr(blocking, "SMALL_COLLECTION", 10)
    monkeypatch.setattr(blocking, "FULL_BLOCK", 8)
    monkeypatch.setattr(pairing, "MAX_PARTNERS", 5)
    statements, contexts = dispute(30, 30)
    result = find_contradictions(statements, contexts)
    denials = [c for c in result.contradictions if c.kind == "denial"]
    partners = {s.id: 0 for s in statements}
    for c in denials:
        partners[c.a] += 1
        partners[c.b] += 1
    assert 0 < len(denials) < 30 * 30
    assert max(partners.values()) <= 5
    assert result.candidates_examined < 30 * 30
    # Only statements close in time meet: the first assertion and the last denial do not.
    assert not any({c.a, c.b} == {statements[0].id, statements[59].id} for c in denials)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled):
    import gc

    statements, contexts = corpus(KIRBY, PESKOV)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        find(statements, contexts)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


ORBIS = (
    "o",
    "2024-03-04",
    "en",
    "Orbis Telecom on Monday denied that hackers had stolen customer data. A spokeswoman said "
    "its systems had not been breached. Researchers at Greyfield, who examined files offered "
    "for sale, disagreed with Orbis. They said the sample looked genuine.",
    [("its systems had not been breached", "Orbis Telecom", "deny"),
     ("the sample looked genuine", "Greyfield", "assert")],
)  # fmt: skip


def test_a_statement_that_names_nothing_bears_on_what_its_document_is_about():
    statements, contexts = corpus(ORBIS)
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("denial", statements[0].id, statements[1].id)
    assert c.topic == "Orbis · data breach"


def test_documents_about_other_things_lend_nothing():
    statements, contexts = corpus(
        ORBIS,
        ("f", "2024-03-05", "en",
         "Farmers in Brittany said wheat prices had collapsed. The ministry denied it.",
         [("wheat prices had collapsed", "farmers", "assert"),
          ("The ministry denied it", "ministry", "deny")]),
    )  # fmt: skip
    pairs = {frozenset((c.a, c.b)) for c in find(statements, contexts)}
    orbis = {statements[0].id, statements[1].id}
    farm = {statements[2].id, statements[3].id}
    assert frozenset(orbis) in pairs and frozenset(farm) in pairs
    assert all(p <= orbis or p <= farm for p in pairs)


# --- same story, different claims --------------------------------------------------------

OUTBREAK = (
    "o1",
    "2024-03-11",
    "en",
    "Health officials in Lens said on Monday that the legionella outbreak had killed 12 "
    "people. Sorvex, whose cooling tower was sampled last week, said the tower was not the "
    "source of the outbreak.",
    [("the legionella outbreak had killed 12 people", "health officials", "assert"),
     ("the tower was not the source of the outbreak", "Sorvex", "deny")],
)  # fmt: skip


def test_claims_with_different_predicates_on_one_story_do_not_pair():
    # One story (Lens, Sorvex, the outbreak), two claims: a toll and a cause.
    statements, contexts = corpus(OUTBREAK)
    assert find(statements, contexts) == []


def test_a_crowd_count_and_police_conduct_do_not_pair():
    statements, contexts = corpus(
        ("m1", "2024-01-20", "en",
         "Organisers said 100,000 people marched through Lyon against the reform.",
         [("100,000 people marched through Lyon against the reform", "organisers", "assert")]),
        ("m2", "2024-01-21", "en",
         "The Lyon prefecture denied that the police charge near the station was unprovoked.",
         [("the police charge near the station was unprovoked", "prefecture", "deny")]),
    )  # fmt: skip
    assert find(statements, contexts) == []


def test_the_same_claim_pairs_across_languages_and_documents():
    statements, contexts = corpus(
        OUTBREAK,
        ("o2", "2024-03-12", "fr",
         "L'usine Sorvex de Lens est bien à l'origine de l'épidémie de légionellose, selon "
         "l'Agence régionale de santé.",
         [("L'usine Sorvex de Lens est bien à l'origine de l'épidémie de légionellose", "ARS",
           "assert")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    source, denial = statements[2], statements[1]
    assert (c.kind, c.a, c.b) == ("denial", denial.id, source.id)
    assert c.topic == "Lens · cause"
    assert "Sorvex (11 Mar 2024)" in c.why and "ARS (12 Mar 2024)" in c.why


def test_a_denied_breach_meets_its_report_in_another_language():
    statements, contexts = corpus(
        ("h1", "2024-05-06", "en",
         "Telecoms operator Telvane on Monday denied that hackers had stolen customer data.",
         [("hackers had stolen customer data", "Telvane", "deny")]),
        ("h2", "2024-05-08", "fr",
         "Selon Le Matin, un groupe criminel a eu accès à une base de données de clients de "
         "Telvane contenant 4,2 millions de fiches.",
         [("un groupe criminel a eu accès à une base de données de clients de Telvane "
           "contenant 4,2 millions de fiches", "Le Matin", "assert")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("denial", statements[0].id, statements[1].id)
    assert c.topic == "Telvane · data breach"


def test_a_toll_revised_down_meets_the_toll_it_revises():
    statements, contexts = corpus(
        ("t1", "2024-03-14", "fr",
         "Les médecins de l'hôpital de Lens maintiennent que l'épidémie a fait douze morts.",
         [("l'épidémie a fait douze morts", "médecins de l'hôpital de Lens", "assert")]),
        ("t2", "2024-03-15", "en",
         "The health ministry denied that twelve people had died in the Lens outbreak.",
         [("twelve people had died in the Lens outbreak", "health ministry", "deny")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert c.kind == "denial" and c.topic == "Lens · death toll"


# --- a denial that points back ------------------------------------------------------------


@pytest.mark.parametrize(
    "denial", ["The company denied it.", "Bellmoor said that was untrue.",
               "Bellmoor dismissed the claims as baseless."]
)  # fmt: skip
def test_an_english_denial_that_points_back_takes_its_matter_from_before(denial):
    text = (
        "The miners' union said Bellmoor had ignored warnings about cracks in the roof of the "
        f"Karsten tunnel. {denial} Three miners were killed when the tunnel collapsed."
    )
    claim = ("Bellmoor had ignored warnings about cracks in the roof of the Karsten tunnel",
             "miners' union", "assert")  # fmt: skip
    statements, contexts = corpus(
        ("d", "2024-07-02", "en", text, [claim, (denial.rstrip("."), "Bellmoor", "deny")]),
        ("e", "2024-07-03", "en", "Rescuers said the toll from the collapse had risen to five.",
         [("the toll from the collapse had risen to five", "rescuers", "assert")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("denial", statements[0].id, statements[1].id)
    assert c.topic.endswith("· warnings")


# --- figures --------------------------------------------------------------------------------


def figure_pairs(*docs) -> list[Contradiction]:
    return [c for c in find(*corpus(*docs)) if c.kind == "figure"]


def test_counts_of_the_dead_that_disagree():
    [c] = figure_pairs(
        ("f1", "2024-03-12", "en", "Doctors said the outbreak in Lens had left at least 12 dead.",
         [("the outbreak in Lens had left at least 12 dead", "doctors", "assert")]),
        ("f2", "2024-03-15", "fr", "Le ministère a annoncé que l'épidémie de Lens a fait 5 morts.",
         [("l'épidémie de Lens a fait 5 morts", "ministère de la Santé", "assert")]),
    )  # fmt: skip
    assert "“at least 12 dead”" in c.why and "“5 morts”" in c.why


def test_crowd_counts_that_disagree_whatever_noun_counts_the_crowd():
    statements, contexts = corpus(
        ("c1", "2024-01-20", "en", "Organisers said 120,000 marched in Lyon.",
         [("120,000 marched in Lyon", "organisers", "assert")]),
        ("c2", "2024-01-20", "fr", "Selon la police, 18 000 manifestants ont défilé à Lyon.",
         [("18 000 manifestants ont défilé à Lyon", "police", "assert")]),
    )  # fmt: skip
    [c] = find(statements, contexts)
    assert (c.kind, c.a, c.b) == ("figure", statements[0].id, statements[1].id)
    assert "“120,000 marched”" in c.why and "“18 000 manifestants”" in c.why


def test_rounded_figures_and_other_units_agree():
    around = (
        "c1",
        "2024-01-20",
        "en",
        "Organisers said about 31,500 people marched in Lyon.",
        [("about 31,500 people marched in Lyon", "organisers", "assert")],
    )
    exact = (
        "c2",
        "2024-01-20",
        "fr",
        "Selon la police, 31 000 personnes ont défilé à Lyon.",
        [("31 000 personnes ont défilé à Lyon", "police", "assert")],
    )
    arrests = (
        "c3",
        "2024-01-20",
        "en",
        "Police said 23 people were arrested in Lyon.",
        [("23 people were arrested in Lyon", "police", "assert")],
    )
    assert figure_pairs(around, exact) == []
    # 23 arrests are no crowd count, though both count people in Lyon.
    assert figure_pairs(around, arrests) == []


def test_dates_that_disagree():
    [c] = figure_pairs(
        ("d1", "2024-07-02", "en", "Bellmoor said the tunnel was inspected on 12 June 2024.",
         [("the tunnel was inspected on 12 June 2024", "Bellmoor", "assert")]),
        ("d2", "2024-07-03", "fr",
         "Selon l'inspection du travail, le tunnel a été inspecté le 28 juin 2024.",
         [("le tunnel a été inspecté le 28 juin 2024", "inspection du travail", "assert")]),
    )  # fmt: skip
    assert "12 June 2024" in c.why and "28 juin 2024" in c.why


def test_one_source_updating_its_own_figure_is_no_conflict():
    assert (
        figure_pairs(
            (
                "u1",
                "2024-07-02",
                "en",
                "Bellmoor said three miners were killed in the collapse.",
                [("three miners were killed in the collapse", "Bellmoor", "assert")],
            ),
            (
                "u2",
                "2024-07-03",
                "en",
                "Bellmoor said five miners were killed in the collapse.",
                [("five miners were killed in the collapse", "Bellmoor", "assert")],
            ),
        )
        == []
    )
