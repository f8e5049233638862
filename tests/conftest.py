"""Shared fixtures: the sample corpus ingested once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fixtures import corpus_dir


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the ingested sample corpus (spaCy runs once per session).

    Tests must not change it: use `sample_db_copy` to write.
    """
    from store import Store
    from tui.ingest import ingest

    path = tmp_path_factory.mktemp("sample") / "sample.json"
    with Store(path) as store:
        report = ingest(store, [corpus_dir()])
    assert len(report.ingested) == 5, report.summary()
    return path


@pytest.fixture
def sample_db_copy(sample_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sample.json"
    shutil.copy2(sample_db, target)
    return target
