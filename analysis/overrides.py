"""An analyst's corrections, kept apart from the extraction and laid on top of it.

Each correction anchors to the text itself (content hash, offsets, exact
words and a few words around them) so that it finds its statement again
after re-ingestion and re-extraction, even when the document moved on; one
whose words are gone is reported as orphaned, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from rapidfuzz import fuzz

from analysis.gold import fold
from analysis.records import Record, Speaker, Statement, short_hash

Action = Literal["merge", "rename", "split", "speaker", "stance", "hide", "add"]
ACTIONS: tuple[Action, ...] = ("merge", "rename", "split", "speaker", "stance", "hide", "add")
CONTEXT_CHARS = 40
ADDED_CUE = "added by the analyst"


@dataclass(slots=True)
class Anchor(Record):
    path: str  # the document's source file
    sha256: str  # the document's content hash when the anchor was made
    start: int
    end: int
    text: str
    before: str
    after: str


@dataclass(slots=True)
class Override(Record):
    """One correction. Which fields count depends on `action`:

    merge: `speaker` absorbs `other` · rename: `speaker` becomes `value` ·
    split: alias `other` leaves `speaker` · speaker/stance: the anchored
    statement gets `value` · hide: the anchored statement leaves every
    listing · add: a statement at the anchor, said by `speaker`, stance `value`.
    """

    id: str
    action: Action
    created: str
    anchor: Anchor | None = None
    speaker: str | None = None
    other: str | None = None
    value: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Override:
        anchor = data.get("anchor")
        return cls(
            id=data["id"],
            action=data["action"],
            created=data.get("created", ""),
            anchor=Anchor.from_dict(anchor) if anchor else None,
            speaker=data.get("speaker"),
            other=data.get("other"),
            value=data.get("value"),
        )


@dataclass(slots=True)
class DocRef:
    """What anchoring needs to know of a stored document."""

    id: str
    path: str
    sha256: str
    text: str


@dataclass(slots=True)
class Applied:
    statements: list[Statement]
    orphaned: list[str] = field(default_factory=list)  # override ids whose anchor is lost


def make_anchor(doc: DocRef, start: int, end: int) -> Anchor:
    if not 0 <= start < end <= len(doc.text):
        raise ValueError(f"span {start}-{end} is outside the document (0-{len(doc.text)})")
    return Anchor(
        path=doc.path,
        sha256=doc.sha256,
        start=start,
        end=end,
        text=doc.text[start:end],
        before=doc.text[max(0, start - CONTEXT_CHARS) : start],
        after=doc.text[end : end + CONTEXT_CHARS],
    )


def resolve_anchor(anchor: Anchor, docs: Iterable[DocRef]) -> tuple[str, int, int] | None:
    """Where the anchored words are now: (document id, start, end), or None if gone."""
    same_file = [d for d in docs if d.sha256 == anchor.sha256 or d.path == anchor.path]
    for doc in same_file:
        if doc.sha256 == anchor.sha256 and doc.text[anchor.start : anchor.end] == anchor.text:
            return doc.id, anchor.start, anchor.end
    best: tuple[float, str, int] | None = None
    for doc in same_file:
        pos = doc.text.find(anchor.text)
        while pos >= 0:
            before = doc.text[max(0, pos - CONTEXT_CHARS) : pos]
            after = doc.text[pos + len(anchor.text) : pos + len(anchor.text) + CONTEXT_CHARS]
            # The surrounding words tell repeated phrases apart.
            score = fuzz.ratio(before, anchor.before) + fuzz.ratio(after, anchor.after)
            if best is None or score > best[0]:
                best = (score, doc.id, pos)
            pos = doc.text.find(anchor.text, pos + 1)
    if best is None:
        return None
    _, doc_id, pos = best
    return doc_id, pos, pos + len(anchor.text)


def reset(statement: Statement) -> Statement | None:
    """The statement as the extractor made it (None for one the analyst added)."""
    if statement.added:
        return None
    if not statement.hidden and statement.extracted is None:
        return statement
    original = statement.extracted or {}
    return replace(
        statement,
        speaker=original.get("speaker", statement.speaker),
        stance=original.get("stance", statement.stance),
        hidden=False,
        extracted=None,
    )


def _correct(statement: Statement, **changes: Any) -> Statement:
    extracted = statement.extracted or {"speaker": statement.speaker, "stance": statement.stance}
    return replace(statement, extracted=extracted, **changes)


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold(a) == fold(b)


def _apply_speaker_rule(st: Statement, ov: Override) -> Statement:
    if ov.action == "merge" and _same_name(st.speaker, ov.other):
        return _correct(st, speaker=ov.speaker)
    if ov.action == "rename" and _same_name(st.speaker, ov.speaker):
        return _correct(st, speaker=ov.value)
    if (
        ov.action == "split"
        and _same_name(st.speaker, ov.speaker)
        and _same_name(st.speaker_mention, ov.other)
    ):
        return _correct(st, speaker=ov.other)
    return st


def apply_overrides(
    statements: Sequence[Statement], docs: Mapping[str, DocRef], overrides: Sequence[Override]
) -> Applied:
    """Lay `overrides`, oldest first, on extracted `statements` (see `reset`).

    `docs` must hold every document the statements belong to; anchored
    overrides on documents not in `docs` are left alone (not orphaned), so
    that a single re-extracted document can be corrected on its own.
    """
    by_id = {st.id: st for st in statements}
    orphaned: list[str] = []
    for ov in sorted(overrides, key=lambda o: (o.created, o.id)):
        if ov.anchor is None:
            by_id = {k: _apply_speaker_rule(st, ov) for k, st in by_id.items()}
            continue
        if not any(d.path == ov.anchor.path or d.sha256 == ov.anchor.sha256 for d in docs.values()):
            continue
        where = resolve_anchor(ov.anchor, docs.values())
        if where is None:
            orphaned.append(ov.id)
            continue
        doc_id, start, end = where
        if ov.action == "add":
            sid = Statement.make_id(doc_id, start, end)
            lang_of = next((s.lang for s in by_id.values() if s.doc == doc_id), "fr")
            by_id[sid] = Statement(
                id=sid,
                doc=doc_id,
                start=start,
                end=end,
                text=docs[doc_id].text[start:end],
                speaker=ov.speaker,
                stance=ov.value or "assert",  # type: ignore[arg-type]
                direct=False,
                cue=ADDED_CUE,
                lang=lang_of,
                added=True,
            )
            continue
        target = _statement_at(by_id.values(), doc_id, start, end)
        if target is None:
            orphaned.append(ov.id)
        elif ov.action == "hide":
            by_id[target.id] = replace(target, hidden=True)
        elif ov.action == "speaker":
            by_id[target.id] = _correct(target, speaker=ov.value)
        elif ov.action == "stance":
            by_id[target.id] = _correct(target, stance=ov.value)
    ordered = sorted(by_id.values(), key=lambda s: (s.doc, s.start, s.end))
    return Applied(ordered, orphaned)


def _statement_at(
    statements: Iterable[Statement], doc_id: str, start: int, end: int
) -> Statement | None:
    """The statement of `doc_id` covering most of the span (at least half of it)."""
    best, best_overlap = None, 0
    for st in statements:
        if st.doc != doc_id:
            continue
        overlap = min(end, st.end) - max(start, st.start)
        if overlap * 2 >= min(end - start, st.end - st.start) and overlap > best_overlap:
            best, best_overlap = st, overlap
    return best


def effective_speakers(
    extracted: Sequence[Speaker], statements: Iterable[Statement], overrides: Sequence[Override]
) -> list[Speaker]:
    """The speakers table as the analyst sees it: one row per name still in use."""
    aliases: dict[str, set[str]] = {}
    kinds: dict[str, str | None] = {}
    by_fold = {fold(sp.name): sp for sp in extracted}
    for ov in sorted(overrides, key=lambda o: (o.created, o.id)):
        if ov.action == "merge" and ov.speaker and ov.other:
            absorbed = by_fold.pop(fold(ov.other), None)
            kept = by_fold.get(fold(ov.speaker))
            if absorbed and kept:
                merged = sorted({*kept.aliases, *absorbed.aliases, absorbed.name})
                by_fold[fold(ov.speaker)] = replace(kept, aliases=merged)
        elif ov.action == "rename" and ov.speaker and ov.value:
            old = by_fold.pop(fold(ov.speaker), None)
            if old:
                by_fold[fold(ov.value)] = replace(
                    old, name=ov.value, aliases=sorted({*old.aliases, old.name})
                )
        elif ov.action == "split" and ov.speaker and ov.other:
            owner = by_fold.get(fold(ov.speaker))
            if owner:
                rest = [a for a in owner.aliases if fold(a) != fold(ov.other)]
                by_fold[fold(ov.speaker)] = replace(owner, aliases=rest)
    for st in statements:
        if st.hidden or not st.speaker:
            continue
        key = fold(st.speaker)
        known = by_fold.get(key)
        aliases.setdefault(st.speaker, set()).update(known.aliases if known else ())
        if st.speaker_mention and fold(st.speaker_mention) != key:
            aliases[st.speaker].add(st.speaker_mention)
        kinds[st.speaker] = known.kind if known else st.speaker_kind
    return [
        Speaker(id=short_hash(fold(name)), name=name, aliases=sorted(names), kind=kinds[name])
        for name, names in sorted(aliases.items(), key=lambda kv: kv[0].casefold())
    ]
