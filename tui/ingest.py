"""Ingestion: files on disk -> analysis -> store.

The only place where article files are read. Each file is decoded, cleaned
and described; new or changed documents have their statements extracted
(in batches, so spaCy runs `nlp.pipe`), speakers made canonical across the
corpus, and are then checked for contradictions against what is stored.
Writes are grouped: one save per chunk of documents, not one per row.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from analysis.decode import DecodeError, decode_bytes
from analysis.html import html_to_text
from analysis.metadata import describe
from analysis.records import Document, short_hash
from analysis.text import clean_text
from store import Store
from tui.corrections import Corrections

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# News articles are kilobytes; anything this large is a dump or a mistake and
# would hold the whole file in memory.
MAX_BYTES = 20 * 1024 * 1024
# Parsing costs grow with length; past this a "document" is a dump, not an article.
MAX_CHARS = 500_000
CHUNK = 200  # documents per save

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    statements: int = 0
    contradictions: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.ingested)} ingested, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped; "
            f"{self.statements} statements, {self.contradictions} contradictions found"
        )


def discover(paths: Iterable[str | Path], report: IngestReport) -> Iterator[Path]:
    """Article files under `paths`, in a stable order, each once.

    Folders are walked recursively; a symbolic link that leads back into a
    folder already seen is skipped instead of looping.
    """
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def walk(folder: Path) -> Iterator[Path]:
        real = os.path.realpath(folder)
        if real in seen_dirs:
            report.skipped.append(Skipped(str(folder), "folder already visited (link loop)"))
            return
        seen_dirs.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            report.skipped.append(Skipped(str(folder), f"cannot read folder: {error.strerror}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path)
            elif path.suffix.lower() in SUFFIXES:
                yield path

    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            candidates: Iterable[Path] = walk(path)
        elif path.exists() or path.is_symlink():
            if path.suffix.lower() not in SUFFIXES:
                report.skipped.append(Skipped(str(path), "not a .txt, .md or .html file"))
                continue
            candidates = [path]
        else:
            report.skipped.append(Skipped(str(path), "no such file or folder"))
            continue
        for candidate in candidates:
            key = os.path.realpath(candidate)
            if key not in seen_files:
                seen_files.add(key)
                yield candidate


def read_document(path: Path, *, reference: date) -> Document:
    """Read, decode, clean and describe one file; raise ValueError with the reason."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValueError(f"cannot read: {error.strerror}") from None
    if size > MAX_BYTES:
        raise ValueError(
            f"too large ({size / 1_048_576:.0f} MB; the limit is {MAX_BYTES // 1_048_576} MB): "
            "split it into articles"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read: {error.strerror}") from None
    try:
        text = decode_bytes(data)
    except DecodeError as error:
        raise ValueError(str(error)) from None
    html_meta = None
    if path.suffix.lower() in HTML_SUFFIXES:
        text, html_meta = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        raise ValueError("no text in it")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"too long to analyse ({len(text):,} characters; the limit is {MAX_CHARS:,}): "
            "split it into articles"
        )
    meta = describe(text, path.name, reference=reference)
    title, outlet, when = meta.title, meta.outlet, meta.date
    if html_meta is not None:
        title = html_meta.title or title
        outlet = html_meta.outlet or outlet
        when = html_meta.date or when
    digest = short_hash(text, length=64)
    return Document(
        id=digest[:16],
        file=path.name,
        path=str(path.resolve()),
        title=title,
        outlet=outlet,
        date=when,
        lang=meta.lang,
        text=text,
        sha256=digest,
    )


def _chunks(items: Sequence[Document], size: int) -> Iterator[Sequence[Document]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    force: bool = False,
    progress: Progress | None = None,
    reference: date | None = None,
) -> IngestReport:
    """Ingest files and folders into `store`; see the module docstring."""
    from analysis.extract import extract_batch
    from analysis.speakers import canonicalize

    report = IngestReport()
    tick = progress or (lambda stage, done, total: None)
    today = reference or date.today()
    files = list(discover(paths, report))
    fresh: list[Document] = []
    fresh_ids: set[str] = set()
    for n, path in enumerate(files, 1):
        tick("reading", n, len(files))
        try:
            doc = read_document(path, reference=today)
        except ValueError as error:
            report.skipped.append(Skipped(str(path), str(error)))
            continue
        old = store.document_by_path(doc.path)
        twin = store.document(doc.id)
        if old is not None and old.id == doc.id and not force:
            report.unchanged.append(doc.path)
        elif twin is not None and twin.path != doc.path:
            report.skipped.append(Skipped(doc.path, f"same text as {twin.file}"))
        elif doc.id in fresh_ids:
            report.skipped.append(Skipped(doc.path, "same text as another file in this run"))
        else:
            (report.updated if old is not None else report.ingested).append(doc.path)
            fresh.append(doc)
            fresh_ids.add(doc.id)

    new_ids: set[str] = set()
    done = 0
    for chunk in _chunks(fresh, CHUNK):
        extracted = extract_batch([(d.id, d.text, d.lang) for d in chunk])
        flat = [st for sts in extracted for st in sts]
        speakers, flat = canonicalize(store.speakers(), flat)
        by_doc: dict[str, list] = {d.id: [] for d in chunk}
        for st in flat:
            by_doc[st.doc].append(st)
        stamped = datetime.now(UTC).isoformat(timespec="seconds")
        with store.batch():
            store.put_speakers(speakers)
            for doc in chunk:
                doc.ingested_at = stamped
                store.put_document(doc, by_doc[doc.id])
                new_ids.update(st.id for st in by_doc[doc.id])
        report.statements += len(flat)
        done += len(chunk)
        tick("extracting", done, len(fresh))

    if new_ids:
        tick("contradictions", 0, 1)
        outcome = Corrections(store).recompute(detect=new_ids)
        report.contradictions = outcome.contradictions_added
        tick("contradictions", 1, 1)
    return report
