"""What the app shows, read from the store once per change.

The store is written by the ingest thread; the interface never reads it
directly but holds a `Corpus` built from it in a worker. Lists keep
references to the store's records (no copies, no widget per row), and the
lookups the panes need (statements of a document, pairs of a statement,
counts) are computed once here.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from analysis.overrides import Override, effective_speakers
from analysis.records import Contradiction, Document, Speaker, Statement, Verdict
from store import Store
from store.review import Review
from tui.search import SearchIndex


@dataclass(slots=True)
class Dispute:
    """Contradictions bearing on one matter, with who stands on each side."""

    topic: str
    pairs: list[Contradiction]
    asserting: list[str]  # speakers on the asserting side
    denying: list[str]  # speakers denying or hedging


def _who_spoke(statements: list[Statement]) -> list[Statement]:
    """One statement per (speaker, mention, kind), the last of each last: all that
    `effective_speakers` reads of them, at a fraction of the cost on a large corpus."""
    last: dict[tuple[str | None, str | None, str | None], Statement] = {}
    for st in reversed(statements):
        last.setdefault((st.speaker, st.speaker_mention, st.speaker_kind), st)
    return list(reversed(last.values()))


@dataclass(slots=True)
class Corpus:
    documents: list[Document] = field(default_factory=list)  # by date, then file
    docs: dict[str, Document] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)  # in document order
    by_id: dict[str, Statement] = field(default_factory=dict)
    by_doc: dict[str, list[Statement]] = field(default_factory=dict)
    contradictions: list[Contradiction] = field(default_factory=list)
    pairs: dict[str, Contradiction] = field(default_factory=dict)
    pairs_of: dict[str, list[str]] = field(default_factory=dict)  # statement id -> pair ids
    pair_count: dict[str, int] = field(default_factory=dict)  # document id -> pairs touching it
    speakers: list[Speaker] = field(default_factory=list)
    speaker_count: dict[str, int] = field(default_factory=dict)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    reviews: dict[str, Review] = field(default_factory=dict)  # "doc:ID", "st:ID", "cx:ID"
    hidden: list[Statement] = field(default_factory=list)  # hidden by the analyst
    orphaned: list[Override] = field(default_factory=list)  # corrections that lost their text
    _index: SearchIndex | None = None
    _index_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_store(cls, store: Store) -> Corpus:
        documents = store.documents()
        order = {d.id: n for n, d in enumerate(documents)}
        everything = sorted(
            store.statements(hidden=True),
            key=lambda s: (order.get(s.doc, len(order)), s.start, s.end),
        )
        statements = [st for st in everything if not st.hidden]
        by_doc: dict[str, list[Statement]] = defaultdict(list)
        for st in statements:
            by_doc[st.doc].append(st)
        by_id = {st.id: st for st in statements}
        overrides = store.overrides()
        orphaned = set(store.setting("orphaned_overrides", []))
        contradictions = [c for c in store.contradictions() if c.a in by_id and c.b in by_id]
        pairs_of: dict[str, list[str]] = defaultdict(list)
        pair_count: Counter[str] = Counter()
        for cx in contradictions:
            pairs_of[cx.a].append(cx.id)
            pairs_of[cx.b].append(cx.id)
            docs = {by_id[cx.a].doc, by_id[cx.b].doc}
            pair_count.update(docs)
        return cls(
            documents=documents,
            docs={d.id: d for d in documents},
            statements=statements,
            by_id=by_id,
            by_doc=dict(by_doc),
            contradictions=contradictions,
            pairs={c.id: c for c in contradictions},
            pairs_of=dict(pairs_of),
            pair_count=dict(pair_count),
            # As corrected: merges, renames and splits applied, hidden statements left out.
            speakers=effective_speakers(store.speakers(), _who_spoke(statements), overrides),
            speaker_count=dict(Counter(st.speaker for st in statements if st.speaker)),
            verdicts=store.verdicts(),
            reviews=store.reviews(),
            hidden=[st for st in everything if st.hidden],
            orphaned=[ov for ov in overrides if ov.id in orphaned],
        )

    def verdict(self, pair_id: str) -> Verdict:
        return self.verdicts.get(pair_id) or Verdict(pair_id)

    def document_of(self, statement: Statement) -> Document | None:
        return self.docs.get(statement.doc)

    def review(self, key: str) -> Review:
        return self.reviews.get(key) or Review(key)

    def statements_for(
        self, doc: str | None = None, speaker: str | None = None, *, hidden: bool = False
    ) -> list[Statement]:
        """Statements in document order; `hidden` adds those the analyst hid."""
        found = self.statements if doc is None else self.by_doc.get(doc, [])
        if hidden and self.hidden:
            order = {d.id: n for n, d in enumerate(self.documents)}
            extra = [st for st in self.hidden if doc is None or st.doc == doc]
            found = sorted(
                [*found, *extra], key=lambda s: (order.get(s.doc, len(order)), s.start, s.end)
            )
        if speaker is not None:
            found = [s for s in found if s.speaker == speaker]
        return found

    def pair_date(self, cx: Contradiction) -> str:
        """The later of the two documents' dates, for sorting by date."""
        dates = [
            (self.docs[st.doc].date or "") if st.doc in self.docs else ""
            for st in (self.by_id[cx.a], self.by_id[cx.b])
        ]
        return max(dates)

    def disputes(self, pairs: list[Contradiction]) -> list[Dispute]:
        """Group `pairs` by topic, keeping their order within and across groups."""
        groups: dict[str, list[Contradiction]] = {}
        for cx in pairs:
            groups.setdefault(cx.topic or "", []).append(cx)
        found = []
        for topic, members in groups.items():
            asserting: dict[str, None] = {}
            denying: dict[str, None] = {}
            for cx in members:
                for sid in (cx.a, cx.b):
                    st = self.by_id[sid]
                    side = asserting if st.stance == "assert" else denying
                    side.setdefault(st.speaker or "unattributed", None)
            found.append(Dispute(topic, members, list(asserting), list(denying)))
        return found

    def search_index(self) -> SearchIndex:
        """Built on first use, in the searching thread; shared afterwards."""
        with self._index_lock:
            if self._index is None:
                self._index = SearchIndex.build(
                    self.statements,
                    self.docs,
                    self.contradictions,
                    {sp.name: sp.aliases for sp in self.speakers},
                )
            return self._index
