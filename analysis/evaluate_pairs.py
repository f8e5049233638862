"""Scoring contradiction pairs against a gold annotation.

Gold pairs: two gold statements on the same proposition (across all documents), one
"assert" and the other "deny" (a denial pair) or "hedge" (a walk-back pair). System
statements are matched to gold statements per document (`analysis.gold.match_spans`);
a system pair is right when its two statements match the two statements of a gold pair,
in either order, whatever kind the system gave it.

Figure pairs are not annotated: a figure pair that is a gold pair counts as right like
any other; the others are listed apart ("unscored figure pairs") and are neither right
nor false alarms. Precision is right pairs over scored pairs; recall is gold pairs found
over gold pairs; proposition recall is the share of propositions with both an assert and
a deny for which at least one right pair was found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from itertools import product
from typing import Any

from analysis.concept_tables import NEGATION
from analysis.concepts import tokenize
from analysis.gold import GoldDocument, GoldStatement, match_spans
from analysis.records import Contradiction, Cue, Statement

GOLD_KINDS = {"deny": "denial", "hedge": "walk_back"}
LISTED = 40  # misses and false alarms shown by `format`


@dataclass(slots=True)
class PairNote:
    """One miss, false alarm or unscored pair, as the analyst reads it."""

    a: str  # gold id, or system statement id where nothing matched
    b: str
    kind: str
    reason: str
    quote_a: str
    quote_b: str


@dataclass(slots=True)
class PairReport:
    gold_pairs: int
    gold_by_kind: dict[str, int]
    reachable: int  # gold pairs whose two statements were both extracted
    system_pairs: int  # scored system pairs (unscored figure pairs left out)
    right: int
    found: int  # gold pairs found
    found_by_kind: dict[str, int]
    system_by_kind: dict[str, int]
    right_by_kind: dict[str, int]
    propositions: dict[str, bool]  # disputed proposition -> found
    misses: list[PairNote] = field(default_factory=list)
    false_alarms: list[PairNote] = field(default_factory=list)
    unscored_figures: list[PairNote] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.system_pairs if self.system_pairs else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_pairs if self.gold_pairs else 0.0

    @property
    def proposition_recall(self) -> float:
        return (
            sum(self.propositions.values()) / len(self.propositions) if self.propositions else 0.0
        )

    def recall_of(self, kind: str) -> float:
        total = self.gold_by_kind.get(kind, 0)
        return self.found_by_kind.get(kind, 0) / total if total else 0.0

    def precision_of(self, kind: str) -> float:
        total = self.system_by_kind.get(kind, 0)
        return self.right_by_kind.get(kind, 0) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            precision=self.precision,
            recall=self.recall,
            proposition_recall=self.proposition_recall,
            by_kind={
                kind: {"precision": self.precision_of(kind), "recall": self.recall_of(kind)}
                for kind in ("denial", "walk_back")
            },
        )
        return data

    def format(self) -> str:
        lines = [
            f"pairs: precision {self.precision:.3f} ({self.right}/{self.system_pairs})  "
            f"recall {self.recall:.3f} ({self.found}/{self.gold_pairs}, "
            f"{self.reachable} reachable from the extracted statements)",
            f"propositions: recall {self.proposition_recall:.3f} "
            f"({sum(self.propositions.values())}/{len(self.propositions)})",
        ]
        for kind in ("denial", "walk_back"):
            lines.append(
                f"  {kind:<9} precision {self.precision_of(kind):.3f} "
                f"({self.right_by_kind.get(kind, 0)}/{self.system_by_kind.get(kind, 0)})  "
                f"recall {self.recall_of(kind):.3f} "
                f"({self.found_by_kind.get(kind, 0)}/{self.gold_by_kind.get(kind, 0)})"
            )
        for title, notes in (
            ("missed", self.misses),
            ("false alarms", self.false_alarms),
            ("unscored figure pairs", self.unscored_figures),
        ):
            if not notes:
                continue
            lines.append(f"{title} ({len(notes)}):")
            for note in notes[:LISTED]:
                lines.append(
                    f"  {note.a} × {note.b} [{note.kind}] {note.reason}: "
                    f"{_short(note.quote_a)} × {_short(note.quote_b)}"
                )
            if len(notes) > LISTED:
                lines.append(f"  … and {len(notes) - LISTED} more")
        return "\n".join(lines)


def _short(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def gold_pairs(gold: list[GoldDocument]) -> dict[frozenset[str], str]:
    """Every gold pair (two gold statement ids) and its kind."""
    by_prop: dict[str, list[GoldStatement]] = defaultdict(list)
    for doc in gold:
        for s in doc.statements:
            if s.proposition:
                by_prop[s.proposition].append(s)
    pairs: dict[frozenset[str], str] = {}
    for members in by_prop.values():
        asserts = [s for s in members if s.polarity == "assert"]
        for polarity, kind in GOLD_KINDS.items():
            others = [s for s in members if s.polarity == polarity]
            for x, y in product(asserts, others):
                pairs[frozenset((x.id, y.id))] = kind
    return pairs


def _why_wrong(x: GoldStatement | None, y: GoldStatement | None) -> str:
    if x is None or y is None:
        return "a statement that is not in the gold"
    if not x.proposition or not y.proposition:
        return "a gold statement on no listed proposition"
    if x.proposition != y.proposition:
        return "gold statements on different propositions"
    return f"polarities {x.polarity}/{y.polarity} do not conflict"


def score_pairs(
    gold: list[GoldDocument],
    system_statements: dict[str, list[Statement]],
    contradictions: list[Contradiction],
) -> PairReport:
    """Pair precision and recall of `contradictions` (see the module docstring)."""
    statements = {s.id: s for doc in system_statements.values() for s in doc}
    gold_of: dict[str, GoldStatement] = {}
    gold_by_id = {s.id: s for doc in gold for s in doc.statements}
    for doc in gold:
        mine = system_statements.get(doc.doc, [])
        matched = match_spans(
            [(s.id, s.start, s.end) for s in doc.statements],
            [(s.id, s.start, s.end) for s in mine if not s.hidden],
        )
        gold_of.update({sid: gold_by_id[gid] for gid, sid in matched.items()})
    wanted = gold_pairs(gold)
    extracted = {g.id for g in gold_of.values()}
    found: set[frozenset[str]] = set()
    system_by_kind: dict[str, int] = defaultdict(int)
    right_by_kind: dict[str, int] = defaultdict(int)
    false_alarms: list[PairNote] = []
    unscored: list[PairNote] = []
    scored = right = 0

    def quote(sid: str, g: GoldStatement | None) -> str:
        return g.quote if g else (statements[sid].text if sid in statements else sid)

    for c in contradictions:
        ga, gb = gold_of.get(c.a), gold_of.get(c.b)
        key = frozenset((ga.id, gb.id)) if ga and gb else None
        is_right = key is not None and key in wanted
        note = PairNote(
            ga.id if ga else c.a, gb.id if gb else c.b, c.kind, "", quote(c.a, ga), quote(c.b, gb)
        )
        if c.kind == "figure" and not is_right:
            note.reason = "not a gold pair"
            unscored.append(note)
            continue
        scored += 1
        system_by_kind[c.kind] += 1
        if is_right and key is not None:
            right += 1
            right_by_kind[c.kind] += 1
            found.add(key)
        else:
            note.reason = _why_wrong(ga, gb)
            false_alarms.append(note)

    gold_by_kind: dict[str, int] = defaultdict(int)
    found_by_kind: dict[str, int] = defaultdict(int)
    misses: list[PairNote] = []
    disputed: dict[str, bool] = {}
    for key, kind in sorted(wanted.items(), key=lambda kv: sorted(kv[0])):
        gold_by_kind[kind] += 1
        x, y = sorted((gold_by_id[g] for g in key), key=lambda s: s.polarity != "assert")
        if kind == "denial":
            disputed.setdefault(x.proposition or "", False)
        if key in found:
            found_by_kind[kind] += 1
        else:
            reason = "not paired" if key <= extracted else "statement not extracted"
            misses.append(PairNote(x.id, y.id, kind, reason, x.quote, y.quote))
    for key in found:
        proposition = gold_by_id[next(iter(key))].proposition or ""
        if proposition in disputed:
            disputed[proposition] = True
    return PairReport(
        gold_pairs=len(wanted),
        gold_by_kind=dict(gold_by_kind),
        reachable=sum(1 for key in wanted if key <= extracted),
        system_pairs=scored,
        right=right,
        found=len(found),
        found_by_kind=dict(found_by_kind),
        system_by_kind=dict(system_by_kind),
        right_by_kind=dict(right_by_kind),
        propositions=disputed,
        misses=misses,
        false_alarms=false_alarms,
        unscored_figures=unscored,
    )


def gold_statements(
    gold: list[GoldDocument], texts: Mapping[str, str]
) -> dict[str, list[Statement]]:
    """The gold statements as Statement records (document id: the gold file name).

    Detection can then be measured on its own, apart from extraction: speaker from the
    gold, stance from the polarity, negation words of the quote as cues.
    """
    out: dict[str, list[Statement]] = {}
    for doc in gold:
        rows = []
        for g in doc.statements:
            words = tokenize(texts[doc.doc][g.start : g.end])
            cues = [
                Cue(g.start + words.starts[i], g.start + words.ends[i], words.word(i), "negation")
                for i, f in enumerate(words.folds)
                if f in NEGATION
            ]
            rows.append(
                Statement(
                    id=Statement.make_id(doc.doc, g.start, g.end),
                    doc=doc.doc,
                    start=g.start,
                    end=g.end,
                    text=g.quote,
                    speaker=g.speaker,
                    stance=g.polarity,  # type: ignore[arg-type]
                    direct=g.direct,
                    cue="",
                    cues=cues,
                    lang=doc.lang,
                )
            )
        out[doc.doc] = rows
    return out
