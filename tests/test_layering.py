"""The design card's boundaries: data flows files -> analysis -> store -> tui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def package_files(name: str) -> list[Path]:
    return sorted((ROOT / name).rglob("*.py"))


def test_analysis_is_free_of_ui_storage_and_application_code() -> None:
    for path in package_files("analysis"):
        forbidden = imported_modules(path) & {"textual", "rich", "tinydb", "tui", "store"}
        assert not forbidden, f"{path.relative_to(ROOT)} imports {sorted(forbidden)}"


def test_store_is_free_of_ui_code() -> None:
    for path in package_files("store"):
        forbidden = imported_modules(path) & {"textual", "rich", "tui"}
        assert not forbidden, f"{path.relative_to(ROOT)} imports {sorted(forbidden)}"


def test_only_store_touches_tinydb() -> None:
    for package in ("analysis", "tui", "fixtures"):
        for path in package_files(package):
            assert "tinydb" not in imported_modules(path), path.relative_to(ROOT)


def test_spacy_is_never_imported_at_module_level() -> None:
    for package in ("analysis", "store", "tui"):
        for path in package_files(package):
            top = imported_modules(path, top_level_only=True)
            assert "spacy" not in top, f"{path.relative_to(ROOT)} imports spaCy at load time"


def test_starting_the_app_module_does_not_load_spacy() -> None:
    probe = "import sys, tui.cli, tui.app; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
