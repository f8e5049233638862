import json
from collections import Counter

from analysis.evaluate_pairs import gold_pairs, gold_statements, score_pairs
from analysis.gold import load_gold
from analysis.records import Contradiction, Statement
from fixtures import corpus_dir, gold_file

TEXT = (
    "Officials said North Korea sold shells to Russia. "  # 0
    "Pyongyang denied it. "  # 50
    "Kirby said there was no indication the sale was final. "  # 71
    "Moscow called it fake news. "  # 126
    "The weather was fine, a minister said."  # 154
)


def gold_doc(statements: list[dict]) -> dict:
    return {
        "corpus": "t",
        "propositions": {"p": "North Korea sells shells to Russia"},
        "documents": [{"doc": "d.txt", "lang": "en", "date": "2024-01-01",
                       "statements": statements}],
    }  # fmt: skip


GOLD = gold_doc(
    [
        {"id": "g1", "speaker": "officials", "quote": "North Korea sold shells to Russia",
         "proposition": "p", "polarity": "assert"},
        {"id": "g2", "speaker": "North Korea", "quote": "Pyongyang denied it",
         "proposition": "p", "polarity": "deny"},
        {"id": "g3", "speaker": "John Kirby",
         "quote": "there was no indication the sale was final", "proposition": "p",
         "polarity": "hedge"},
        {"id": "g4", "speaker": "Russia", "quote": "Moscow called it fake news",
         "proposition": "p", "polarity": "deny"},
        {"id": "g5", "speaker": "a minister", "quote": "The weather was fine",
         "proposition": None, "polarity": "assert"},
    ]
)  # fmt: skip


def system(words: str, stance: str = "assert", doc: str = "d.txt") -> Statement:
    start = TEXT.index(words)
    end = start + len(words)
    return Statement(Statement.make_id(doc, start, end), doc, start, end, words, None,
                     stance, False, "said")  # type: ignore[arg-type]  # fmt: skip


def pair(a: Statement, b: Statement, kind: str = "denial") -> Contradiction:
    return Contradiction(Contradiction.make_id(a.id, b.id, kind), a.id, b.id, kind, 0.9, "")  # type: ignore[arg-type]


def loaded():
    return load_gold(GOLD, {"d.txt": TEXT})


def test_gold_pairs_are_assertions_against_denials_and_hedges():
    pairs = gold_pairs(loaded())
    assert pairs == {
        frozenset({"g1", "g2"}): "denial",
        frozenset({"g1", "g4"}): "denial",
        frozenset({"g1", "g3"}): "walk_back",
    }


def test_a_pair_is_right_in_either_order_and_whatever_its_kind():
    gold = loaded()
    a = system("North Korea sold shells to Russia")
    b = system("Pyongyang denied", "deny")  # overlaps the gold quote by more than half
    c = system("there was no indication the sale was final", "hedge")
    statements = {"d.txt": [a, b, c]}
    report = score_pairs(gold, statements, [pair(b, a), pair(a, c, "denial")])
    assert (report.right, report.system_pairs, report.found) == (2, 2, 2)
    assert report.precision == 1.0
    assert report.recall == 2 / 3
    assert report.recall_of("walk_back") == 1.0
    assert report.recall_of("denial") == 0.5
    assert report.propositions == {"p": True}
    [miss] = report.misses
    assert {miss.a, miss.b} == {"g1", "g4"} and miss.reason == "statement not extracted"


def test_false_alarms_say_what_is_wrong():
    gold = loaded()
    a = system("North Korea sold shells to Russia")
    b = system("Pyongyang denied it", "deny")
    d = system("Moscow called it fake news", "deny")
    e = system("The weather was fine")
    stray = system("a minister said")
    statements = {"d.txt": [a, b, d, e, stray]}
    report = score_pairs(gold, statements, [pair(b, d), pair(e, b), pair(stray, b)])
    assert report.right == 0 and report.system_pairs == 3 and report.precision == 0.0
    reasons = sorted(n.reason for n in report.false_alarms)
    assert reasons == [
        "a gold statement on no listed proposition",
        "a statement that is not in the gold",
        "polarities deny/deny do not conflict",
    ]
    assert report.propositions == {"p": False}
    assert report.proposition_recall == 0.0


def test_figure_pairs_count_only_when_they_are_gold_pairs():
    gold = loaded()
    a = system("North Korea sold shells to Russia")
    b = system("Pyongyang denied it", "deny")
    e = system("The weather was fine")
    statements = {"d.txt": [a, b, e]}
    report = score_pairs(gold, statements, [pair(a, b, "figure"), pair(a, e, "figure")])
    assert (report.right, report.system_pairs) == (1, 1)
    assert report.false_alarms == []
    assert [(n.a, n.b) for n in report.unscored_figures] == [("g1", "g5")]


def test_report_as_dict_and_text():
    gold = loaded()
    a = system("North Korea sold shells to Russia")
    b = system("Pyongyang denied it", "deny")
    report = score_pairs(gold, {"d.txt": [a, b]}, [pair(a, b)])
    data = report.to_dict()
    assert data["precision"] == 1.0 and data["recall"] == 1 / 3
    assert data["by_kind"]["walk_back"] == {"precision": 0.0, "recall": 0.0}
    text = report.format()
    assert "precision 1.000 (1/1)" in text
    assert "recall 0.333 (1/3" in text
    assert "missed (2)" in text
    json.dumps(data)


def test_the_sample_gold_has_every_assert_against_every_deny_and_hedge():
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus_dir().glob("*.txt")}
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str]] = Counter(
        (s["proposition"], s["polarity"])
        for d in raw["documents"]
        for s in d["statements"]
        if s["proposition"]
    )
    expected = Counter()
    for (prop, polarity), n in counts.items():
        if polarity != "assert":
            kind = "denial" if polarity == "deny" else "walk_back"
            expected[kind] += n * counts[(prop, "assert")]
    pairs = gold_pairs(load_gold(raw, texts))
    assert Counter(pairs.values()) == expected


def test_gold_statements_become_statement_records():
    texts = {"d.txt": TEXT}
    rows = gold_statements(loaded(), texts)["d.txt"]
    assert [r.stance for r in rows] == ["assert", "deny", "hedge", "deny", "assert"]
    assert all(TEXT[r.start : r.end] == r.text for r in rows)
    hedge = rows[2]
    assert [c.text for c in hedge.cues] == ["no"]
    assert all(TEXT[c.start : c.end] == c.text for c in hedge.cues)
