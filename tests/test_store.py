"""The Store API: records round-trip, replacement rules, one write per batch."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from helpers_store import contradiction, document, speaker, statements

import store.storage
from analysis.records import Document
from store import ClosedStore, InvalidRecord, ReadOnlyStore, Store


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file replacement the store makes."""
    made: list[Path] = []
    real = store.storage.write_atomically

    def counting(path: Path, payload: bytes) -> None:
        made.append(path)
        real(path, payload)

    monkeypatch.setattr(store.storage, "write_atomically", counting)
    return made


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "db.json"


def test_every_record_kind_survives_close_and_reopen(db: Path) -> None:
    doc = document(1)
    sts = statements(doc)
    cx = contradiction(doc)
    with Store(db) as s:
        assert s.created
        s.put_document(doc, sts)
        s.put_speakers([speaker("Le ministre"), speaker("Anne Dupont")])
        s.add_contradictions([cx])
        verdict = s.set_verdict(cx.id, "confirmed", note="Deux versions, « citées »")
        s.set_setting("layout", {"split": 0.4, "panes": ["documents", "statements"]})
    with Store(db) as s:
        assert not s.created
        assert s.documents() == [doc]
        assert s.document(doc.id) == doc
        assert s.document_by_path(doc.path) == doc
        assert s.statements() == sts and s.statements(doc=doc.id) == sts
        assert s.statement(sts[1].id) == sts[1]
        assert s.statements(speaker="Le ministre") == sts
        assert [sp.name for sp in s.speakers()] == ["Anne Dupont", "Le ministre"]
        assert s.speakers()[1] == speaker("Le ministre")
        assert s.contradictions() == [cx] and s.contradiction(cx.id) == cx
        assert s.verdict(cx.id) == verdict and verdict.updated
        assert s.verdicts() == {cx.id: verdict}
        assert s.setting("layout") == {"split": 0.4, "panes": ["documents", "statements"]}
        assert s.setting("missing", "default") == "default"
        assert not s.unsaved


def test_an_unknown_verdict_is_refused_and_nothing_is_written(db: Path, writes: list) -> None:
    with Store(db) as s:
        writes.clear()
        with pytest.raises(ValueError, match="verdict must be one of"):
            s.set_verdict("cx-1", "maybe")  # type: ignore[arg-type]
        assert s.verdicts() == {} and writes == []


def test_a_verdict_and_a_note_are_set_independently(db: Path) -> None:
    with Store(db) as s:
        s.set_verdict("cx-1", "confirmed")
        s.set_verdict("cx-1", note="vérifié")
        s.set_verdict("cx-1", "dismissed")
    with Store(db, read_only=True) as s:
        assert (s.verdict("cx-1").verdict, s.verdict("cx-1").note) == ("dismissed", "vérifié")
        assert s.verdict("cx-unknown").verdict == "unreviewed"


def test_replacing_a_document_by_path_drops_its_statements_and_their_contradictions(
    db: Path,
) -> None:
    old, other = document(1), document(2)
    old_cx, other_cx = contradiction(old), contradiction(other)
    with Store(db) as s:
        s.put_document(old, statements(old))
        s.put_document(other, statements(other))
        s.add_contradictions([old_cx, other_cx])
        s.set_verdict(old_cx.id, "confirmed")
        new = document(3, path=old.path, text="Selon Anne Dupont, « rien de neuf ». Il a démenti.")
        s.put_document(new, statements(new))
    with Store(db) as s:
        assert {d.id for d in s.documents()} == {new.id, other.id}
        assert s.document(old.id) is None
        assert s.document_by_path(old.path) == new
        assert s.statements(doc=old.id) == [] and s.statement_count(old.id) == 0
        assert all(st.doc != old.id for st in s.statements())
        assert s.statement_count() == 4
        assert [c.id for c in s.contradictions()] == [other_cx.id]
        assert s.verdict(old_cx.id).verdict == "confirmed", "a verdict outlives its pair"


def test_putting_the_same_document_again_replaces_its_statements(db: Path) -> None:
    doc = document(1)
    first, second = statements(doc)
    with Store(db) as s:
        s.put_document(doc, [first, second])
        s.add_contradictions([contradiction(doc)])
        s.put_document(doc, [first])
        assert s.statement_count(doc.id) == 1
    with Store(db) as s:
        assert s.statements(doc=doc.id) == [first]
        assert s.contradictions() == []


def test_a_document_is_found_by_id_or_by_file_name(db: Path) -> None:
    with Store(db) as s:
        for n in (1, 2):
            s.put_document(document(n), [])
        assert s.find_document("doc-000002") == document(2)
        assert s.find_document("article-1.txt") == document(1)
        assert s.find_document("article-3.txt") is None


def test_removing_a_document_removes_what_hangs_on_it(db: Path) -> None:
    keep, gone = document(1), document(2)
    with Store(db) as s:
        for doc in (keep, gone):
            s.put_document(doc, statements(doc))
            s.add_contradictions([contradiction(doc)])
        s.remove_document(gone.id)
    with Store(db) as s:
        assert [d.id for d in s.documents()] == [keep.id]
        assert s.statement_count() == 2
        assert [c.id for c in s.contradictions()] == [contradiction(keep).id]


def test_verdicts_survive_replace_contradictions(db: Path) -> None:
    a, b = document(1), document(2)
    with Store(db) as s:
        for doc in (a, b):
            s.put_document(doc, statements(doc))
        s.add_contradictions([contradiction(a), contradiction(b)])
        s.set_verdict(contradiction(a).id, "dismissed", note="même déclaration")
        s.replace_contradictions([contradiction(a, score=0.3)])
    with Store(db) as s:
        assert [(c.id, c.score) for c in s.contradictions()] == [(contradiction(a).id, 0.3)]
        verdict = s.verdict(contradiction(a).id)
        assert (verdict.verdict, verdict.note) == ("dismissed", "même déclaration")


def test_contradictions_are_filtered_and_ranked(db: Path) -> None:
    low, high = contradiction(document(1), score=0.2), contradiction(document(2), score=0.9)
    with Store(db) as s:
        s.add_contradictions([low, high])
        assert s.contradictions() == [high, low]
        assert s.contradictions(min_score=0.5) == [high]
        assert s.contradictions(kind="figure") == []


def test_a_batch_is_one_write(db: Path, writes: list) -> None:
    with Store(db) as s:
        writes.clear()
        with s.batch():
            for n in range(1, 6):
                doc = document(n)
                s.put_document(doc, statements(doc))
                with s.batch():
                    s.add_contradictions([contradiction(doc)])
                    s.set_verdict(contradiction(doc).id, "confirmed")
            assert writes == [], "nothing is written before the outermost batch ends"
        assert writes == [db]
        s.set_verdict("cx-x", "confirmed")
        s.set_verdict("cx-y", "confirmed")
        assert len(writes) == 3, "outside a batch every change is saved at once"
    assert len(writes) == 3, "closing with nothing pending writes nothing"


def test_ingesting_a_thousand_documents_in_one_batch_is_one_write(db: Path, writes: list) -> None:
    with Store(db) as s:
        assert writes == [db], "a new database is written when it is created"
        with s.batch():
            for n in range(1, 1001):
                doc = document(n)
                s.put_document(doc, statements(doc))
                s.add_contradictions([contradiction(doc)])
    assert len(writes) == 2
    with Store(db, read_only=True) as s:
        assert len(s.documents()) == 1000
        assert s.statement_count() == 2000 and len(s.contradictions()) == 1000


def test_a_read_only_store_changes_nothing(db: Path) -> None:
    doc = document(1)
    with Store(db) as s:
        s.put_document(doc, statements(doc))
    before = db.read_bytes()
    with Store(db, read_only=True) as s:
        changes = [
            lambda: s.put_document(doc, statements(doc)[:1]),
            lambda: s.remove_document(doc.id),
            lambda: s.set_verdict("cx-1", "confirmed"),
            lambda: s.add_contradictions([contradiction(doc)]),
            lambda: s.replace_contradictions([]),
            lambda: s.put_speakers([speaker("X")]),
            lambda: s.set_setting("k", 1),
        ]
        for change in changes:
            with pytest.raises(ReadOnlyStore, match="open read-only"):
                change()
        assert s.statements(doc=doc.id) == statements(doc)
        assert s.verdicts() == {} and s.contradictions() == [] and s.speakers() == []
        assert not s.unsaved
    assert db.read_bytes() == before


def test_a_record_that_cannot_be_stored_changes_nothing(db: Path, writes: list) -> None:
    good = document(1)
    with Store(db) as s:
        s.put_document(good, statements(good))
        saved = db.read_bytes()
        bad = dataclasses.replace(document(2), title="broken \udc80 title")
        with pytest.raises(InvalidRecord, match="cannot store documents doc-000002"):
            s.put_document(bad, statements(bad))
        assert s.document(bad.id) is None and s.statement_count() == 2
        assert db.read_bytes() == saved
        s.set_verdict("cx-1", "confirmed")
    with Store(db, read_only=True) as s:
        assert s.verdict("cx-1").verdict == "confirmed"


def test_a_closed_store_refuses_changes(db: Path) -> None:
    s = Store(db)
    s.set_verdict("cx-1", "confirmed")
    s.close()
    saved = db.read_bytes()
    doc = document(1)
    for change in (
        lambda: s.set_verdict("cx-1", "dismissed"),
        lambda: s.put_document(doc, statements(doc)),
        lambda: s.remove_document(doc.id),
    ):
        with pytest.raises(ClosedStore, match="was closed"):
            change()
    assert s.verdict("cx-1").verdict == "confirmed" and s.documents() == []
    s.close()
    assert db.read_bytes() == saved
    Store(db).close()


def test_the_file_is_plain_json_with_a_dementi_header(db: Path) -> None:
    doc = document(1)
    with Store(db) as s:
        s.put_document(doc, statements(doc))
    data = orjson.loads(db.read_bytes())
    assert data["_meta"]["1"] == {"app": "dementi", "schema": store.storage.SCHEMA_VERSION}
    assert Document.from_dict(data["documents"][doc.id]) == doc
    assert db.stat().st_mode & 0o077 == 0, "the database is private to its owner"


def test_the_previous_save_is_kept_as_a_backup(db: Path) -> None:
    with Store(db) as s:
        s.set_verdict("cx-1", "confirmed")
        first = db.read_bytes()
        s.set_verdict("cx-2", "confirmed")
    assert store.storage.backup_path(db).read_bytes() == first
