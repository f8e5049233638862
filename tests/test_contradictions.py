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


def test_hedges_walk_an_assertion_back_those_withholding_confirmation_most():
    statements, contexts = corpus(
        ("w", "2022-09-06", "en", WALK_BACK_TEXT, [
            ("Russia was buying millions of rockets and artillery shells from North Korea",
             "Vedant Patel", "assert"),
            ("there was no indication the purchase had been finalised", "John Kirby", "hedge"),
            ("North Korea could become a major supplier of shells to Russia", "analysts",
             "hedge"),
        ])
    )  # fmt: skip
    found = find(statements, contexts)
    assert [(c.kind, c.a, c.b) for c in found] == [
        ("walk_back", statements[0].id, statements[1].id),
        ("walk_back", statements[0].id, statements[2].id),
    ]
    assert "walks it back" in found[0].why
    # A hedge that only speculates ("could become") weakens the claim less.
    assert found[0].score > found[1].score


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
    from analysis import contradictions

    monkeypatch.setattr(contradictions, "SMALL_COLLECTION", 10)
    monkeypatch.setattr(contradictions, "FULL_BLOCK", 8)
    monkeypatch.setattr(contradictions, "MAX_PARTNERS", 5)
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
    assert c.topic == "Orbis · cyberattacks"


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
