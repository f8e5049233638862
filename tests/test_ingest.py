"""Ingestion through the command line and the pipeline: files in, documents stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fixtures import corpus_dir
from store import Store
from tui.cli import main
from tui.ingest import IngestReport, discover, read_document

FR = "Le ministre a déclaré que « la réforme sera votée en juin », selon l’AFP.\n"
EN = "The minister said that “the reform will pass in June”, according to Reuters.\n"
TODAY = __import__("datetime").date(2026, 11, 24)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_documents_json_lists_the_sample_with_dates_titles_and_languages(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_json(capsys, "--db", str(sample_db), "documents", "--json")
    by_file = {r["file"]: r for r in rows}
    assert sorted(by_file) == sorted(p.name for p in corpus_dir().glob("*.txt"))
    dates = {name[:3]: row["date"] for name, row in by_file.items()}
    assert dates == {
        "000": "2022-09",
        "001": "2022-09-22",
        "002": None,
        "003": "2023-08-31",
        "004": "2023-10-17",
    }
    assert {row["lang"] for row in rows} == {"fr"}
    for row in rows:
        assert {"id", "file", "title", "outlet", "date", "lang", "chars"} <= row.keys()
        assert row["chars"] > 1000
        assert row["title"] and len(row["title"]) <= 200
    titles = {name[:3]: row["title"] for name, row in by_file.items()}
    assert titles["003"].startswith("LES ÉTATS-UNIS METTENT EN GARDE")
    assert titles["004"].startswith("Livraison d’armes nord-coréennes à la Russie")
    assert not titles["000"].startswith("date")


def test_reingesting_unchanged_files_is_a_no_op(
    sample_db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_db_copy.read_bytes()
    assert main(["--db", str(sample_db_copy), "ingest", str(corpus_dir())]) == 0
    assert "5 unchanged" in capsys.readouterr().err
    assert sample_db_copy.read_bytes() == before


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_each_encoding_is_decoded_to_the_same_text(tmp_path: Path) -> None:
    text = "L’Élysée a démenti : « ce n’est pas vrai », a déclaré le porte-parole.\n"
    files = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": text.encode("utf-8-sig"),
        "utf16.txt": text.encode("utf-16"),
        "cp1252.txt": text.encode("cp1252"),
    }
    for name, data in files.items():
        doc = read_document(write(tmp_path, name, data), reference=TODAY)
        assert doc.text.strip() == text.strip(), name


def test_html_boilerplate_is_dropped(tmp_path: Path) -> None:
    article = " ".join([FR.strip()] * 4)
    html = f"""<html><head><title>Réforme votée</title><style>.x{{color:red}}</style>
    <script>var tracker = "SCRIPTTEXT";</script></head><body>
    <nav><ul><li>Accueil</li><li>MENUITEM Politique</li></ul></nav>
    <article><h1>Réforme votée</h1><p>{article}</p><p>{article}</p></article>
    <footer>Mentions légales FOOTERTEXT</footer></body></html>"""
    doc = read_document(write(tmp_path, "page.html", html), reference=TODAY)
    assert "la réforme sera votée en juin" in doc.text
    for junk in ("SCRIPTTEXT", "MENUITEM", "color:red"):
        assert junk not in doc.text


def test_binary_empty_and_unsupported_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.md", b"   \n\n  ")
    write(tmp_path, "good.txt", EN)
    with Store(tmp_path / "db.json") as store:
        from tui.ingest import ingest

        report = ingest(store, [tmp_path], reference=TODAY)
        reasons = {Path(s.path).name: s.reason for s in report.skipped}
        assert set(reasons) == {"image.txt", "empty.txt", "blank.md"}
        assert "PNG" in reasons["image.txt"]
        assert "empty" in reasons["empty.txt"].lower()
        assert [Path(p).name for p in report.ingested] == ["good.txt"]
        assert [d.lang for d in store.documents()] == ["en"]


def test_changed_file_replaces_its_old_version_and_statements(tmp_path: Path) -> None:
    from tui.ingest import ingest

    path = write(tmp_path, "a.txt", FR)
    with Store(tmp_path / "db.json") as store:
        ingest(store, [path], reference=TODAY)
        (old,) = store.documents()
        path.write_text(FR + "\nLe porte-parole a ajouté que « rien n’est décidé ».\n")
        report = ingest(store, [path], reference=TODAY)
        assert report.updated == [str(path.resolve())]
        (new,) = store.documents()
        assert new.id != old.id
        assert store.statement_count(old.id) == 0
        assert all(st.doc == new.id for st in store.statements())


def test_duplicate_text_under_another_name_is_skipped(tmp_path: Path) -> None:
    from tui.ingest import ingest

    write(tmp_path, "a.txt", EN)
    write(tmp_path, "copy.txt", EN)
    with Store(tmp_path / "db.json") as store:
        report = ingest(store, [tmp_path], reference=TODAY)
    assert len(report.ingested) == 1
    assert "same text" in report.skipped[0].reason


def test_symlink_loops_and_unreadable_files_do_not_stop_the_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    write(corpus / "sub", "a.txt", EN)
    os.symlink(corpus, corpus / "sub" / "loop")
    secret = write(corpus, "secret.txt", FR)
    secret.chmod(0)
    report = IngestReport()
    try:
        found = [p.name for p in discover([corpus], report)]
        assert found == ["secret.txt", "a.txt"] or sorted(found) == ["a.txt", "secret.txt"]
        assert any("loop" in s.reason for s in report.skipped)
        if os.geteuid() != 0:  # root reads anything
            with pytest.raises(ValueError, match="cannot read"):
                read_document(secret, reference=TODAY)
    finally:
        secret.chmod(0o644)


def test_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:  # sparse: takes no disk
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ValueError, match="too large"):
        read_document(huge, reference=TODAY)


def test_one_megabyte_single_line_is_refused_and_the_run_goes_on(tmp_path: Path) -> None:
    from tui.ingest import ingest

    write(tmp_path, "line.txt", "Le ministre a déclaré que tout va bien. " * 26_000)
    write(tmp_path, "good.txt", EN)
    with Store(tmp_path / "db.json") as store:
        report = ingest(store, [tmp_path], reference=TODAY)
    assert [Path(p).name for p in report.ingested] == ["good.txt"]
    (skipped,) = report.skipped
    assert "too long to analyse" in skipped.reason and "split it" in skipped.reason


def test_long_text_is_parsed_in_parts_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.extract
    from analysis.extract import extract_statements, text_parts

    monkeypatch.setattr(analysis.extract, "PART_CHARS", 4_000)

    paragraph = "Le porte-parole a déclaré que « la frontière restera fermée ».\n\n"
    text = "Préambule sans citation.\n\n" * 400 + paragraph * 3
    parts = text_parts(text)
    assert len(parts) > 2 and "".join(part for _, part in parts) == text
    assert all(offset == sum(len(p) for _, p in parts[:i]) for i, (offset, _) in enumerate(parts))
    found = extract_statements("doc", text, "fr")
    assert len(found) == 3
    assert len({st.id for st in found}) == 3
    assert found[-1].start > parts[-1][0]
    for st in found:
        assert text[st.start : st.end] == st.text
        assert all(text[c.start : c.end] == c.text for c in st.cues)


def test_missing_path_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "db.json"), "ingest", str(tmp_path / "nope")]) == 0
    assert "no such file or folder" in capsys.readouterr().err


def test_reading_a_database_that_does_not_exist_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "none.json"), "documents"]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "none.json").exists()
