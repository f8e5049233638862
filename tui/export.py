"""Reports of contradictions as Markdown, JSON or CSV. Pure: records in, text out.

Every row cites both statements by file and character offsets so that a
reader can check the quote against the source. Statements are as the
analyst corrected them (a side says so), and each row carries the
analyst's mark and tags of the contradiction. Markdown escapes the
characters that would change its layout; CSV neutralises cells that a
spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

import orjson

from analysis.records import Contradiction, Document, Statement, Verdict
from store.review import Review

FORMATS = ("md", "json", "csv")


@dataclass(frozen=True, slots=True)
class Side:
    speaker: str
    quote: str
    stance: str
    outlet: str
    date: str
    title: str
    file: str
    start: int
    end: int
    corrected: bool = False  # speaker or stance set by the analyst, or added by them


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: str
    kind: str
    score: float
    topic: str
    why: str
    verdict: str
    note: str
    a: Side
    b: Side
    mark: str = ""  # the analyst's triage mark of the contradiction
    tags: tuple[str, ...] = ()


def _side(st: Statement, doc: Document | None) -> Side:
    return Side(
        speaker=st.speaker or "unattributed",
        quote=st.text,
        stance=st.stance,
        outlet=(doc.outlet if doc else None) or "",
        date=(doc.date if doc else None) or "",
        title=doc.title if doc else "",
        file=doc.file if doc else st.doc,
        start=st.start,
        end=st.end,
        corrected=st.corrected or st.added,
    )


def report_rows(
    contradictions: Iterable[Contradiction],
    statements: Mapping[str, Statement],
    documents: Mapping[str, Document],
    verdicts: Mapping[str, Verdict],
    *,
    verdict: str | None = None,
    reviews: Mapping[str, Review] | None = None,
    mark: str | None = None,
) -> list[ReportRow]:
    """One row per contradiction whose two statements are known.

    `verdict` and `mark` keep only the pairs with that verdict or that mark
    ("cx:ID" in `reviews`); hidden statements are not in `statements`, so
    the pairs they were part of are left out.
    """
    reviews = reviews or {}
    rows = []
    for cx in contradictions:
        a, b = statements.get(cx.a), statements.get(cx.b)
        if a is None or b is None:
            continue
        judged = verdicts.get(cx.id) or Verdict(cx.id)
        if verdict is not None and judged.verdict != verdict:
            continue
        review = reviews.get(f"cx:{cx.id}")
        if mark is not None and (review is None or review.mark != mark):
            continue
        rows.append(
            ReportRow(
                id=cx.id,
                kind=cx.kind,
                score=round(cx.score, 3),
                topic=cx.topic,
                why=cx.why,
                verdict=judged.verdict,
                note=judged.note,
                a=_side(a, documents.get(a.doc)),
                b=_side(b, documents.get(b.doc)),
                mark=(review.mark if review else None) or "",
                tags=tuple(review.tags) if review else (),
            )
        )
    return rows


# -- Markdown -------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#|~!&])")
# A list item or a setext underline when it starts the line: "- ", "+ ", "=", "1. ", "1) ".
_MD_LINE_START = re.compile(r"^(\d*)([-+=.)])")


def md_escape(text: str) -> str:
    """`text` on one line, every character Markdown would read as syntax escaped."""
    flat = " ".join(text.split())
    return _MD_LINE_START.sub(r"\1\\\2", _MD_SPECIAL.sub(r"\\\1", flat))


def _md_side(label: str, side: Side) -> list[str]:
    where = " · ".join(md_escape(x) for x in (side.outlet, side.date) if x)
    cite = f"{md_escape(side.file)}, characters {side.start}–{side.end}"
    stance = f"{side.stance}, corrected by the analyst" if side.corrected else side.stance
    return [
        f"**{label}: {md_escape(side.speaker)}** ({stance}){' — ' + where if where else ''}",
        "",
        f"> {md_escape(side.quote)}",
        "",
        f"Source: {cite}" + (f" ({md_escape(side.title)})" if side.title else ""),
        "",
    ]


def to_markdown(rows: list[ReportRow], *, title: str = "Contradictions") -> str:
    lines = [f"# {md_escape(title)}", "", f"{len(rows)} contradictions.", ""]
    for n, row in enumerate(rows, 1):
        heading = md_escape(row.topic) if row.topic else md_escape(row.kind)
        lines += [
            f"## {n}. {heading}",
            "",
            f"- Kind: {md_escape(row.kind)}",
            f"- Score: {row.score:.2f}",
            f"- Verdict: {md_escape(row.verdict)}",
        ]
        if row.note:
            lines.append(f"- Note: {md_escape(row.note)}")
        if row.mark:
            lines.append(f"- Mark: {md_escape(row.mark)}")
        if row.tags:
            lines.append(f"- Tags: {md_escape(', '.join(row.tags))}")
        lines += [f"- Why: {md_escape(row.why)}", f"- Id: {md_escape(row.id)}", ""]
        lines += _md_side("A", row.a) + _md_side("B", row.b)
    return "\n".join(lines).rstrip("\n") + "\n"


# -- JSON -----------------------------------------------------------------


def to_json(rows: list[ReportRow]) -> str:
    return orjson.dumps([asdict(r) for r in rows], option=orjson.OPT_INDENT_2).decode() + "\n"


# -- CSV ------------------------------------------------------------------

_SIDE_COLUMNS = ("speaker", "quote", "stance", "outlet", "date", "file", "start", "end")
CSV_COLUMNS = (
    ["id", "kind", "score", "verdict", "note", "mark", "tags", "topic", "why"]
    + [f"a_{f}" for f in (*_SIDE_COLUMNS, "corrected")]
    + [f"b_{f}" for f in (*_SIDE_COLUMNS, "corrected")]
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: a leading formula sign is quoted away."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(rows: list[ReportRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        cells: list[object] = [r.id, r.kind, f"{r.score:.3f}", r.verdict, r.note, r.mark]
        cells += [" ".join(r.tags), r.topic, r.why]
        for s in (r.a, r.b):
            cells += [s.speaker, s.quote, s.stance, s.outlet, s.date, s.file, s.start, s.end]
            cells.append("yes" if s.corrected else "")
        writer.writerow([csv_cell(c) for c in cells])
    return out.getvalue()


def render(rows: list[ReportRow], fmt: str) -> str:
    if fmt == "md":
        return to_markdown(rows)
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        return to_csv(rows)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")
