"""Gold annotations (format: fixtures/gold/SCHEMA.md) and matching system output to them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz


@dataclass(slots=True)
class GoldStatement:
    id: str
    doc: str  # file name
    start: int
    end: int
    quote: str
    speaker: str
    aliases: list[str]
    direct: bool
    proposition: str | None
    polarity: str


@dataclass(slots=True)
class GoldDocument:
    doc: str  # file name
    lang: str
    date: str | None
    statements: list[GoldStatement] = field(default_factory=list)


class GoldError(ValueError):
    """A gold file that does not follow the schema or does not fit its corpus."""


def _nth_occurrence(text: str, quote: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_gold(data: dict[str, Any], texts: dict[str, str]) -> list[GoldDocument]:
    """Read a parsed gold file and place every quote in its document text.

    `texts` maps file names to the text the system stored for them, so that
    gold spans and system spans share one coordinate system.
    """
    documents: list[GoldDocument] = []
    for raw in data.get("documents", []):
        name = raw["doc"]
        if name not in texts:
            raise GoldError(f"gold document {name!r} is not in the corpus")
        text = texts[name]
        gold_doc = GoldDocument(name, raw.get("lang", "fr"), raw.get("date"))
        for s in raw.get("statements", []):
            start = _nth_occurrence(text, s["quote"], int(s.get("occurrence", 1)))
            if start < 0:
                raise GoldError(f"gold quote {s['id']} not found in {name}: {s['quote'][:60]!r}")
            gold_doc.statements.append(
                GoldStatement(
                    id=s["id"],
                    doc=name,
                    start=start,
                    end=start + len(s["quote"]),
                    quote=s["quote"],
                    speaker=s["speaker"],
                    aliases=list(s.get("speaker_aliases", [])),
                    direct=bool(s.get("direct", False)),
                    proposition=s.get("proposition"),
                    polarity=s["polarity"],
                )
            )
        documents.append(gold_doc)
    return documents


def overlap_ok(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Spans match when they overlap by at least half of the shorter one."""
    overlap = min(a_end, b_end) - max(a_start, b_start)
    shorter = min(a_end - a_start, b_end - b_start)
    return shorter > 0 and overlap * 2 >= shorter


def match_spans(
    gold: Sequence[tuple[str, int, int]], system: Sequence[tuple[str, int, int]]
) -> dict[str, str]:
    """One-to-one matching of (id, start, end) spans of one document: gold id -> system id.

    Greedy on overlap size, largest first, so that each gold span takes the
    system span that covers it best.
    """
    pairs: list[tuple[int, str, str]] = []
    for gid, gs, ge in gold:
        for sid, ss, se in system:
            if overlap_ok(gs, ge, ss, se):
                pairs.append((min(ge, se) - max(gs, ss), gid, sid))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    matched: dict[str, str] = {}
    used: set[str] = set()
    for _, gid, sid in pairs:
        if gid not in matched and sid not in used:
            matched[gid] = sid
            used.add(sid)
    return matched


def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").replace("-", " ").split())


def speaker_matches(system: str | None, gold_names: Iterable[str]) -> bool:
    """A system speaker is right when it matches the gold name or an alias (ratio >= 85)."""
    if not system:
        return False
    mine = fold(system)
    return any(fuzz.ratio(mine, fold(g)) >= 85 for g in gold_names if g)
