"""The dementi database: typed records in, typed records out.

Nothing outside `store/` touches the file. Changes are held in memory and
written in one atomic save per batch (`with store.batch(): ...`), or at once
for single analyst actions such as a verdict.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from analysis.overrides import Override
from analysis.records import (
    VERDICTS,
    Contradiction,
    Document,
    Speaker,
    Statement,
    Verdict,
    VerdictValue,
)
from store.collection import Collection, DementiDB
from store.errors import (
    ClosedStore,
    CorruptDatabase,
    MissingDatabase,
    ReadOnlyStore,
    StoreError,
)
from store.review import MARKS, Review
from store.storage import (
    DeferredStorage,
    WriterLock,
    new_tables,
    read_database,
    remove_stale_temporaries,
)

C = TypeVar("C", bound=type)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _one_thread_at_a_time(cls: C) -> C:
    """Run every public method under the instance's `_mutex`.

    The app may ingest in a worker thread while the analyst records verdicts;
    a save must never walk the pending changes while another thread adds one.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(member):
            continue

        def serialised(*args: Any, _method: Any = member, **kwargs: Any) -> Any:
            with args[0]._mutex:
                return _method(*args, **kwargs)

        setattr(cls, name, functools.wraps(member)(serialised))
    return cls


@_one_thread_at_a_time
class Store:
    """An open database file.

    A writer holds the file's lock for as long as it is open; a second
    writer gets `DatabaseLocked`. `read_only=True` opens without the lock and
    works on a copy in memory: a file replaced meanwhile is not seen.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        # Resolved so that a database reached through a symbolic link is
        # replaced at its target, not by a plain file in place of the link.
        self.path = Path(path).expanduser().resolve()
        self.read_only = read_only
        self._mutex = threading.RLock()
        self._batches = threading.local()
        self._lock: WriterLock | None = None
        if not read_only:
            self._lock = self._claim()
        try:
            self._open(read_only)
        except StoreError:
            self._release()
            raise
        except (TypeError, KeyError, ValueError, AttributeError) as error:
            self._release()
            raise CorruptDatabase(self.path, f"a row does not fit its table: {error}") from None
        except BaseException:
            self._release()
            raise

    def _claim(self) -> WriterLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create {self.path.parent}: {error.strerror}") from None
        lock = WriterLock(self.path)
        lock.acquire()
        return lock

    def _open(self, read_only: bool) -> None:
        opened_at = time.time()
        tables = read_database(self.path)
        self.created = tables is None
        if tables is None and read_only:
            raise MissingDatabase(self.path)
        if not read_only:
            remove_stale_temporaries(self.path, older_than=opened_at)
        self._db = DementiDB(self.path, tables or new_tables(), storage=_storage_factory(read_only))
        self._documents = Collection(self._db, "documents", Document.from_dict, Document.to_dict)
        self._statements = Collection(
            self._db, "statements", Statement.from_dict, Statement.to_dict
        )
        self._speakers = Collection(self._db, "speakers", Speaker.from_dict, Speaker.to_dict)
        self._contradictions = Collection(
            self._db, "contradictions", Contradiction.from_dict, Contradiction.to_dict
        )
        self._verdicts = Collection(self._db, "verdicts", Verdict.from_dict, Verdict.to_dict)
        self._meta = Collection(self._db, "settings", dict, dict)
        self._overrides = Collection(self._db, "overrides", Override.from_dict, Override.to_dict)
        self._reviews = Collection(self._db, "reviews", Review.from_dict, Review.to_dict)
        # In-memory indexes: lookups by path and by statement stay constant-time
        # at 10,000 documents and 100,000 statements.
        self._by_doc: dict[str, list[str]] = defaultdict(list)
        for st in self._statements:
            self._by_doc[st.doc].append(st.id)
        self._by_path = {d.path: d.id for d in self._documents}
        self._pairs_of: dict[str, set[str]] = defaultdict(set)
        for cx in self._contradictions:
            self._pairs_of[cx.a].add(cx.id)
            self._pairs_of[cx.b].add(cx.id)
        self._collections = (
            self._documents,
            self._statements,
            self._speakers,
            self._contradictions,
            self._verdicts,
            self._meta,
            self._overrides,
            self._reviews,
        )
        if self.created:
            self._storage.dirty = True
            self.save()

    # -- life cycle -------------------------------------------------------

    @property
    def _storage(self) -> DeferredStorage:
        return self._db.storage  # type: ignore[return-value]

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Save what is pending, then let go of the file; later changes are refused."""
        if self._storage.closed:
            return
        try:
            if not self.read_only:
                self.save()
        finally:
            self._release()
            self._storage.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _depth(self) -> int:
        """How many batches the calling thread is inside."""
        return getattr(self._batches, "depth", 0)

    @property
    def unsaved(self) -> bool:
        return self._storage.dirty or any(c.pending for c in self._collections)

    def save(self) -> None:
        """Write every pending change in one atomic replace (SaveFailed keeps them pending)."""
        if self.read_only:
            if any(c.pending for c in self._collections):
                raise ReadOnlyStore(self.path)
            return
        if self._storage.closed:
            return
        for collection in self._collections:
            collection.commit()
        self._storage.flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[Store]:
        """Group changes into one save, made when the outermost batch ends."""
        self._batches.depth = self._depth + 1
        try:
            yield self
        finally:
            self._batches.depth -= 1
        if self._depth == 0:
            self.save()

    def _check_writable(self) -> None:
        if self._storage.closed:
            raise ClosedStore(self.path)
        if self.read_only:
            raise ReadOnlyStore(self.path)

    def _changed(self) -> None:
        self._check_writable()
        if self._depth == 0:
            self.save()

    # -- settings -----------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._meta.get(key)
        return default if row is None else row.get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        self._meta.put(key, {"value": value})
        self._changed()

    # -- documents ----------------------------------------------------------

    def documents(self) -> list[Document]:
        return sorted(self._documents, key=lambda d: (d.date or "", d.file))

    def document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def find_document(self, id_or_file: str) -> Document | None:
        """A document by its id or, failing that, by its file name."""
        found = self._documents.get(id_or_file)
        return found or next((d for d in self._documents if d.file == id_or_file), None)

    def document_by_path(self, path: str) -> Document | None:
        doc_id = self._by_path.get(path)
        return None if doc_id is None else self._documents.get(doc_id)

    def put_document(self, document: Document, statements: Iterable[Statement]) -> None:
        """Add a document with its statements, replacing any earlier version of it."""
        self._check_writable()
        # Rows are made first: a record that cannot be stored changes nothing.
        doc_row = self._documents.row(document.id, document)
        rows = [(st, self._statements.row(st.id, st)) for st in statements]
        old = self.document_by_path(document.path)
        if old is not None and old.id != document.id:
            self._drop_document(old.id)
        self._drop_statements(document.id)
        self._documents.put(document.id, document, doc_row)
        self._by_path[document.path] = document.id
        for st, row in rows:
            self._statements.put(st.id, st, row)
            self._by_doc[document.id].append(st.id)
        self._changed()

    def remove_document(self, doc_id: str) -> None:
        self._check_writable()
        self._drop_document(doc_id)
        self._changed()

    def _drop_document(self, doc_id: str) -> None:
        self._drop_statements(doc_id)
        doc = self._documents.get(doc_id)
        if doc is not None and self._by_path.get(doc.path) == doc_id:
            del self._by_path[doc.path]
        self._documents.delete(doc_id)

    def _drop_statements(self, doc_id: str) -> None:
        gone = set(self._by_doc.pop(doc_id, []))
        for sid in gone:
            self._statements.delete(sid)
        self._drop_pairs({cid for sid in gone for cid in self._pairs_of.get(sid, ())})

    def _drop_pairs(self, ids: Iterable[str]) -> None:
        for cid in ids:
            cx = self._contradictions.get(cid)
            if cx is not None:
                self._pairs_of[cx.a].discard(cid)
                self._pairs_of[cx.b].discard(cid)
            self._contradictions.delete(cid)

    # -- statements ---------------------------------------------------------

    def statements(
        self, doc: str | None = None, speaker: str | None = None, *, hidden: bool = False
    ) -> list[Statement]:
        """Statements in document order; hidden ones only when `hidden` is true."""
        if doc is not None:
            found = [self._statements.items[i] for i in self._by_doc.get(doc, [])]
        else:
            found = list(self._statements)
        if speaker is not None:
            found = [s for s in found if s.speaker == speaker]
        if not hidden:
            found = [s for s in found if not s.hidden]
        return sorted(found, key=lambda s: (s.doc, s.start, s.end))

    def update_statements(self, changed: Iterable[Statement], removed: Iterable[str] = ()) -> None:
        """Store corrected statements in place (ids may be new: added statements)."""
        for sid in removed:
            st = self._statements.get(sid)
            if st is not None:
                self._statements.delete(sid)
                self._by_doc[st.doc].remove(sid)
        for st in changed:
            if st.id not in self._statements:
                self._by_doc[st.doc].append(st.id)
            self._statements.put(st.id, st)
        self._changed()

    def remove_contradictions(self, ids: Iterable[str]) -> None:
        self._drop_pairs(ids)
        self._changed()

    def statement(self, statement_id: str) -> Statement | None:
        return self._statements.get(statement_id)

    def statement_count(self, doc: str | None = None) -> int:
        return len(self._statements) if doc is None else len(self._by_doc.get(doc, ()))

    # -- speakers -----------------------------------------------------------

    def speakers(self) -> list[Speaker]:
        return sorted(self._speakers, key=lambda s: s.name.casefold())

    def put_speakers(self, speakers: Iterable[Speaker]) -> None:
        for speaker in speakers:
            self._speakers.put(speaker.id, speaker)
        self._changed()

    # -- contradictions -----------------------------------------------------

    def contradictions(
        self, kind: str | None = None, min_score: float | None = None
    ) -> list[Contradiction]:
        found = [
            c
            for c in self._contradictions
            if (kind is None or c.kind == kind) and (min_score is None or c.score >= min_score)
        ]
        return sorted(found, key=lambda c: (-c.score, c.id))

    def contradiction(self, contradiction_id: str) -> Contradiction | None:
        return self._contradictions.get(contradiction_id)

    def contradictions_of(self, statement_ids: Iterable[str]) -> list[Contradiction]:
        """The stored pairs that involve any of `statement_ids`."""
        ids = {cid for sid in statement_ids for cid in self._pairs_of.get(sid, ())}
        return [cx for cid in sorted(ids) if (cx := self._contradictions.get(cid))]

    def add_contradictions(self, found: Iterable[Contradiction]) -> None:
        """Store detected pairs; a pair already stored is updated in place."""
        for cx in found:
            self._contradictions.put(cx.id, cx)
            self._pairs_of[cx.a].add(cx.id)
            self._pairs_of[cx.b].add(cx.id)
        self._changed()

    def replace_contradictions(self, found: Iterable[Contradiction]) -> None:
        """Replace every stored pair (verdicts are kept: they are keyed by pair id)."""
        self._drop_pairs([cx.id for cx in self._contradictions])
        self.add_contradictions(found)

    # -- verdicts -----------------------------------------------------------

    def verdict(self, contradiction_id: str) -> Verdict:
        return self._verdicts.get(contradiction_id) or Verdict(contradiction_id)

    def verdicts(self) -> dict[str, Verdict]:
        return dict(self._verdicts.items)

    def set_verdict(
        self, contradiction_id: str, verdict: VerdictValue | None = None, note: str | None = None
    ) -> Verdict:
        """Record an analyst's verdict and/or note; saved at once."""
        current = self.verdict(contradiction_id)
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        updated = Verdict(
            contradiction_id,
            verdict if verdict is not None else current.verdict,
            note if note is not None else current.note,
            now_iso(),
        )
        self._verdicts.put(contradiction_id, updated)
        self._changed()
        return updated

    # -- corrections ----------------------------------------------------------

    def overrides(self) -> list[Override]:
        return sorted(self._overrides, key=lambda o: (o.created, o.id))

    def put_override(self, override: Override) -> None:
        self._overrides.put(override.id, override)
        self._changed()

    def delete_override(self, override_id: str) -> None:
        self._overrides.delete(override_id)
        self._changed()

    # -- review state -------------------------------------------------------

    def review(self, key: str) -> Review:
        """Read/unread, triage mark and tags of an item ("doc:ID", "st:ID", "cx:ID")."""
        return self._reviews.get(key) or Review(key)

    def reviews(self) -> dict[str, Review]:
        return dict(self._reviews.items)

    def set_review(
        self,
        key: str,
        *,
        read: bool | None = None,
        mark: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Review:
        """Change review state; `mark=""` clears the mark. Saved at once."""
        if mark and mark not in MARKS:
            raise ValueError(f"mark must be one of {', '.join(MARKS)}")
        current = self.review(key)
        updated = Review(
            key,
            current.read if read is None else read,
            current.mark if mark is None else (mark or None),
            current.tags if tags is None else sorted(set(tags)),
            now_iso(),
        )
        self._reviews.put(key, updated)
        self._changed()
        return updated


def _storage_factory(read_only: bool) -> Any:
    def make(path: Path, tables: dict[str, Any]) -> DeferredStorage:
        return DeferredStorage(path, tables, read_only=read_only)

    return make
