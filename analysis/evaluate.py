"""Scoring extracted statements against a gold annotation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.extract import extract_batch
from analysis.gold import GoldDocument, load_gold, match_spans, speaker_matches
from analysis.records import Statement
from analysis.speakers import canonicalize


@dataclass(slots=True)
class StatementReport:
    gold: int = 0
    system: int = 0  # system statements with a speaker
    found: int = 0
    false_alarms_count: int = 0
    speakers_right: int = 0
    stances_right: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (gold id, quote)
    false_alarms: list[tuple[str, str | None]] = field(default_factory=list)  # (text, speaker)
    wrong_speakers: list[tuple[str, str, str | None]] = field(default_factory=list)
    wrong_stances: list[tuple[str, str, str]] = field(default_factory=list)  # (id, gold, system)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        judged = self.found + self.false_alarms_count
        return self.found / judged if judged else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.found if self.found else 0.0

    @property
    def stance_accuracy(self) -> float:
        return self.stances_right / self.found if self.found else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts, rates and the itemised lists, as plain JSON-ready data."""
        data: dict[str, Any] = {
            name: getattr(self, name) for name in ("gold", "system", "found", "false_alarms_count")
        }
        data["speakers_right"] = self.speakers_right
        data["stances_right"] = self.stances_right
        for name in ("recall", "precision", "f1", "speaker_accuracy", "stance_accuracy"):
            data[name] = round(getattr(self, name), 4)
        data["misses"] = [{"id": g, "text": t} for g, t in self.misses]
        data["false_alarms"] = [{"text": t, "speaker": s} for t, s in self.false_alarms]
        data["wrong_speakers"] = [
            {"id": g, "gold": gs, "system": ss} for g, gs, ss in self.wrong_speakers
        ]
        data["wrong_stances"] = [
            {"id": g, "gold": gs, "system": ss} for g, gs, ss in self.wrong_stances
        ]
        return data

    def format(self) -> str:
        rows = [
            ("span recall", f"{self.recall:.3f}", f"{self.found}/{self.gold}"),
            (
                "span precision",
                f"{self.precision:.3f}",
                f"{self.found}/{self.found + self.false_alarms_count}",
            ),
            ("span F1", f"{self.f1:.3f}", ""),
            (
                "speaker accuracy",
                f"{self.speaker_accuracy:.3f}",
                f"{self.speakers_right}/{self.found}",
            ),
            (
                "stance accuracy",
                f"{self.stance_accuracy:.3f}",
                f"{self.stances_right}/{self.found}",
            ),
        ]
        lines = [f"{name:<18} {value:>6}  {count}" for name, value, count in rows]
        sections = [
            ("missed", [f"{gid}: {_short(q)}" for gid, q in self.misses]),
            ("false alarms", [f"[{spk}] {_short(t)}" for t, spk in self.false_alarms]),
            (
                "wrong speakers",
                [f"{gid}: gold {g!r}, system {s!r}" for gid, g, s in self.wrong_speakers],
            ),
            ("wrong stances", [f"{gid}: gold {g}, system {s}" for gid, g, s in self.wrong_stances]),
        ]
        for title, items in sections:
            lines.append("")
            lines.append(f"{title} ({len(items)})")
            lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score_statements(
    gold: list[GoldDocument], system: dict[str, list[Statement]]
) -> StatementReport:
    """Compare system statements (keyed by file name) to the gold documents."""
    report = StatementReport()
    for document in gold:
        mine = system.get(document.doc, [])
        by_id = {s.id: s for s in mine}
        pairs = match_spans(
            [(g.id, g.start, g.end) for g in document.statements],
            [(s.id, s.start, s.end) for s in mine],
        )
        report.gold += len(document.statements)
        report.system += sum(1 for s in mine if s.speaker)
        for g in document.statements:
            sid = pairs.get(g.id)
            if sid is None:
                report.misses.append((g.id, g.quote))
                continue
            found = by_id[sid]
            report.found += 1
            if speaker_matches(found.speaker, [g.speaker, *g.aliases]):
                report.speakers_right += 1
            else:
                report.wrong_speakers.append((g.id, g.speaker, found.speaker))
            if found.stance == g.polarity:
                report.stances_right += 1
            else:
                report.wrong_stances.append((g.id, g.polarity, found.stance))
        matched = set(pairs.values())
        for s in mine:
            if s.speaker and s.id not in matched:
                report.false_alarms_count += 1
                report.false_alarms.append((s.text, s.speaker))
    return report


def evaluate_corpus(
    gold_data: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> StatementReport:
    """Extract, canonicalize and score a corpus given as {file name: (text, lang)}."""
    names = list(texts)
    batches = extract_batch([(name, texts[name][0], texts[name][1]) for name in names])
    flat = [s for batch in batches for s in batch]
    _, canonical = canonicalize([], flat)
    system: dict[str, list[Statement]] = {name: [] for name in names}
    for statement in canonical:
        system[statement.doc].append(statement)
    gold = load_gold(gold_data, {name: text for name, (text, _) in texts.items()})
    return score_statements(gold, system)
