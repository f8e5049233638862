"""Scoring statements against gold annotations."""

from __future__ import annotations

import json

import pytest

from analysis.evaluate import evaluate_corpus, score_statements
from analysis.gold import GoldDocument, GoldStatement
from analysis.records import Statement
from fixtures import corpus_dir, gold_file

TEXT = "Moscou a démenti. « Rien n’a été livré », a dit Peskov. Kirby a dit que tout était prêt."


def gold_statement(gid: str, quote: str, speaker: str, polarity: str) -> GoldStatement:
    start = TEXT.index(quote)
    return GoldStatement(
        gid, "a.txt", start, start + len(quote), quote, speaker, [], False, None, polarity
    )


def system(quote: str, speaker: str | None, stance: str = "assert") -> Statement:
    start = TEXT.index(quote)
    end = start + len(quote)
    return Statement(
        Statement.make_id("a.txt", start, end), "a.txt", start, end, quote, speaker, stance,
        False, "",
    )  # fmt: skip


GOLD = [
    GoldDocument(
        "a.txt",
        "fr",
        None,
        [
            gold_statement("a-1", "Moscou a démenti", "Russie", "deny"),
            gold_statement("a-2", "Rien n’a été livré", "Dmitri Peskov", "deny"),
            gold_statement("a-3", "tout était prêt", "John Kirby", "assert"),
        ],
    )
]
GOLD[0].statements[0].aliases.append("Moscou")


def test_found_wrong_speaker_wrong_stance_and_false_alarms_are_counted() -> None:
    mine = [
        system("Moscou a démenti", "Moscou", "deny"),  # right, via an alias
        system("Rien n’a été livré", "Peskov", "assert"),  # wrong speaker and stance
        system("a dit Peskov", "Peskov"),  # a false alarm
        system("Kirby a dit", None),  # no speaker: not counted against precision
    ]
    report = score_statements(GOLD, {"a.txt": mine})
    assert (report.gold, report.found, report.false_alarms_count) == (3, 2, 1)
    assert report.recall == pytest.approx(2 / 3)
    assert report.precision == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.speaker_accuracy == pytest.approx(1 / 2)
    assert report.stance_accuracy == pytest.approx(1 / 2)
    assert report.misses == [("a-3", "tout était prêt")]
    assert report.false_alarms == [("a dit Peskov", "Peskov")]
    assert report.wrong_speakers == [("a-2", "Dmitri Peskov", "Peskov")]
    assert report.wrong_stances == [("a-2", "deny", "assert")]


def test_matching_is_one_to_one_and_needs_half_the_shorter_span() -> None:
    mine = [system("Moscou a démenti. « Rien", "Russie", "deny"), system("tout", "John Kirby")]
    report = score_statements(GOLD, {"a.txt": mine})
    assert report.found == 2  # "tout" covers all of itself; the long span takes one gold only
    assert [m[0] for m in report.misses] == ["a-2"]


def test_a_document_without_system_output_misses_everything() -> None:
    report = score_statements(GOLD, {})
    assert report.found == 0 and len(report.misses) == 3
    assert report.precision == 0.0 and report.f1 == 0.0


def test_report_reads_as_a_table_and_round_trips_to_a_dict() -> None:
    report = score_statements(GOLD, {"a.txt": [system("Rien n’a été livré", "Peskov")]})
    text = report.format()
    assert "span F1" in text and "speaker accuracy" in text
    assert "a-1: Moscou a démenti" in text
    assert "a-2: gold 'Dmitri Peskov', system 'Peskov'" in text
    data = report.to_dict()
    assert data["found"] == 1 and data["recall"] == round(1 / 3, 4)
    assert data["misses"][0] == {"id": "a-1", "text": "Moscou a démenti"}
    assert data["wrong_speakers"] == [{"id": "a-2", "gold": "Dmitri Peskov", "system": "Peskov"}]
    assert json.loads(json.dumps(data)) == data


@pytest.mark.slow
def test_sample_corpus_meets_its_targets() -> None:
    gold = json.loads(gold_file().read_text(encoding="utf-8"))
    texts = {
        path.name: (path.read_text(encoding="utf-8"), "fr")
        for path in sorted(corpus_dir().glob("*.txt"))
    }
    report = evaluate_corpus(gold, texts)
    assert report.f1 >= 0.85, report.format()
    assert report.speaker_accuracy >= 0.90, report.format()
    assert report.stance_accuracy >= 0.90, report.format()
