"""The analyst's corrections: recorded as overrides, laid over the extraction.

Used by the command line and the app alike. Every change goes through
`recompute`, which rebuilds the corrected statements from what was
extracted, stores only what changed, and brings the contradictions up to
date for those statements alone.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime

from analysis.gold import fold
from analysis.overrides import (
    Anchor,
    DocRef,
    Override,
    apply_overrides,
    effective_speakers,
    make_anchor,
    reset,
    resolve_anchor,
)
from analysis.records import STANCES, Speaker, Statement
from store import Store

UNDO_DEPTH = 50


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why."""


@dataclass(slots=True)
class SpeakerRow:
    speaker: Speaker
    statements: int


@dataclass(slots=True)
class Recomputed:
    changed: list[str] = field(default_factory=list)  # statement ids
    orphaned: list[str] = field(default_factory=list)  # override ids
    contradictions_added: int = 0
    contradictions_removed: int = 0


def _stamp() -> str:
    # Nanoseconds keep corrections made within one second in order.
    return f"{datetime.now(UTC).isoformat(timespec='seconds')}.{time.time_ns() % 10**9:09d}"


class Corrections:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ------------------------------------------------------------

    def docrefs(self) -> dict[str, DocRef]:
        return {d.id: DocRef(d.id, d.path, d.sha256, d.text) for d in self.store.documents()}

    def speakers(self) -> list[SpeakerRow]:
        visible = self.store.statements()
        counts = Counter(st.speaker for st in visible)
        table = effective_speakers(self.store.speakers(), visible, self.store.overrides())
        return [SpeakerRow(sp, counts.get(sp.name, 0)) for sp in table]

    def find_speaker(self, name_or_id: str) -> Speaker:
        rows = [row.speaker for row in self.speakers()]
        for test in (
            lambda sp: sp.id == name_or_id,
            lambda sp: sp.name == name_or_id,
            lambda sp: fold(sp.name) == fold(name_or_id),
            lambda sp: any(fold(a) == fold(name_or_id) for a in sp.aliases),
        ):
            found = [sp for sp in rows if test(sp)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(sp.name for sp in found)
                raise CorrectionError(f"{name_or_id!r} could be any of: {names}")
        raise CorrectionError(f"no speaker {name_or_id!r}: see `dementi speakers`")

    def orphaned(self) -> list[Override]:
        ids = set(self.store.setting("orphaned_overrides", []))
        return [ov for ov in self.store.overrides() if ov.id in ids]

    # -- corrections --------------------------------------------------------

    def _record(self, override: Override) -> Recomputed:
        with self.store.batch():
            self.store.put_override(override)
            return self.recompute()

    def _new(self, action: str, **fields: object) -> Override:
        return Override(id=uuid.uuid4().hex[:16], action=action, created=_stamp(), **fields)  # type: ignore[arg-type]

    def merge(self, keep: str, other: str) -> Recomputed:
        kept, absorbed = self.find_speaker(keep), self.find_speaker(other)
        if kept.id == absorbed.id:
            raise CorrectionError(f"{kept.name!r} and {other!r} are already one speaker")
        return self._record(self._new("merge", speaker=kept.name, other=absorbed.name))

    def rename(self, name_or_id: str, new_name: str) -> Recomputed:
        speaker = self.find_speaker(name_or_id)
        if not new_name.strip():
            raise CorrectionError("the new name is empty")
        return self._record(self._new("rename", speaker=speaker.name, value=new_name.strip()))

    def split(self, name_or_id: str, alias: str) -> Recomputed:
        speaker = self.find_speaker(name_or_id)
        if not any(fold(a) == fold(alias) for a in speaker.aliases):
            raise CorrectionError(f"{alias!r} is not an alias of {speaker.name}")
        return self._record(self._new("split", speaker=speaker.name, other=alias))

    def _anchor_of(self, statement_id: str) -> Anchor:
        st = self.store.statement(statement_id)
        if st is None:
            raise CorrectionError(f"no statement {statement_id!r}: see `dementi statements`")
        doc = self.store.document(st.doc)
        assert doc is not None
        return make_anchor(DocRef(doc.id, doc.path, doc.sha256, doc.text), st.start, st.end)

    def set_speaker(self, statement_id: str, name: str) -> Recomputed:
        anchor = self._anchor_of(statement_id)
        return self._record(self._new("speaker", anchor=anchor, value=name.strip()))

    def set_stance(self, statement_id: str, stance: str) -> Recomputed:
        if stance not in STANCES:
            raise CorrectionError(f"stance must be one of {', '.join(STANCES)}")
        return self._record(self._new("stance", anchor=self._anchor_of(statement_id), value=stance))

    def hide(self, statement_id: str) -> Recomputed:
        st = self.store.statement(statement_id)
        if st is not None and st.hidden:
            raise CorrectionError(f"statement {statement_id} is already hidden")
        return self._record(self._new("hide", anchor=self._anchor_of(statement_id)))

    def unhide(self, statement_id: str) -> Recomputed:
        st = self.store.statement(statement_id)
        if st is None or not st.hidden:
            raise CorrectionError(f"statement {statement_id!r} is not hidden")
        docs = self.docrefs().values()
        hides = [
            ov
            for ov in self.store.overrides()
            if ov.action == "hide"
            and ov.anchor is not None
            and resolve_anchor(ov.anchor, docs) == (st.doc, st.start, st.end)
        ]
        with self.store.batch():
            for ov in hides:
                self.store.delete_override(ov.id)
            return self.recompute()

    def add_statement(
        self, doc_id: str, start: int, end: int, speaker: str, stance: str
    ) -> Recomputed:
        doc = self.store.find_document(doc_id)
        if doc is None:
            raise CorrectionError(f"no document {doc_id!r}: see `dementi documents`")
        if stance not in STANCES:
            raise CorrectionError(f"stance must be one of {', '.join(STANCES)}")
        if not speaker.strip():
            raise CorrectionError("a statement needs a speaker")
        try:
            anchor = make_anchor(DocRef(doc.id, doc.path, doc.sha256, doc.text), start, end)
        except ValueError as error:
            raise CorrectionError(str(error)) from None
        return self._record(self._new("add", anchor=anchor, speaker=speaker.strip(), value=stance))

    def undo(self) -> Override | None:
        """Take back the most recent correction."""
        history = self.store.overrides()
        if not history:
            return None
        last = history[-1]
        with self.store.batch():
            self.store.delete_override(last.id)
            self.recompute()
        return last

    # -- consequences -------------------------------------------------------

    def recompute(self, *, detect: Collection[str] = ()) -> Recomputed:
        """Re-lay every override on the extraction; update contradictions of what changed.

        `detect` names statements (fresh from extraction) that must be checked
        for contradictions even if no override touched them.
        """
        from analysis.contradictions import DocContext, find_contradictions

        store = self.store
        current = store.statements(hidden=True)
        extracted = [raw for st in current if (raw := reset(st)) is not None]
        applied = apply_overrides(extracted, self.docrefs(), store.overrides())
        before = {st.id: st for st in current}
        after = {st.id: st for st in applied.statements}
        changed = [st for sid, st in after.items() if before.get(sid) != st]
        removed = [sid for sid in before if sid not in after]
        touched = {st.id for st in changed} | set(removed)
        result = Recomputed(changed=sorted(touched), orphaned=applied.orphaned)
        with store.batch():
            store.update_statements(changed, removed)
            store.set_setting("orphaned_overrides", applied.orphaned)
            stale = [c.id for c in store.contradictions_of(touched)]
            store.remove_contradictions(stale)
            result.contradictions_removed = len(stale)
            check = {st.id for st in changed if not st.hidden} | (set(detect) - set(removed))
            check = {sid for sid in check if (s := store.statement(sid)) and not s.hidden}
            if check:
                contexts = {
                    d.id: DocContext(text=d.text, date=d.date, title=d.title, lang=d.lang)
                    for d in store.documents()
                }
                found = find_contradictions(store.statements(), contexts, new=check)
                store.add_contradictions(found.contradictions)
                result.contradictions_added = len(found.contradictions)
        return result

    def history(self, limit: int = UNDO_DEPTH) -> list[Override]:
        return self.store.overrides()[-limit:]


def statement_state(st: Statement) -> dict[str, object]:
    """The correction fields shown with a statement (`statements --json`)."""
    row: dict[str, object] = {}
    if st.hidden:
        row["hidden"] = True
    if st.added:
        row["added"] = True
    if st.extracted is not None:
        row["corrected"] = True
        row["extracted"] = st.extracted
    return row
