"""The installed `dementi` in a real terminal: first run, search, compare, verdict, restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

LOADED = re.compile(r"All documents\s+[1-9]\d* st")  # the corpus is on screen, not yet empty

pytestmark = [
    pytest.mark.terminal,
    pytest.mark.skipif(
        not (shutil.which("tmux") and shutil.which("dementi")),
        reason="needs tmux and the installed dementi",
    ),
]


class Terminal:
    """One detached tmux session of 120x40 running a command."""

    def __init__(self, command: str) -> None:
        self.name = f"dementi-test-{uuid.uuid4().hex[:8]}"
        # The command waits a moment so that it starts in the window's final size.
        wrapped = f"sleep 0.5; exec {command}"
        self._tmux("new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", wrapped)
        self._tmux("set-option", "-t", self.name, "remain-on-exit", "on")
        self._tmux("set-option", "-t", self.name, "window-size", "manual")
        self._tmux("resize-window", "-t", self.name, "-x", "120", "-y", "40")

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", *args], capture_output=True, text=True, check=True)
        return done.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str) -> None:
        """Send keys one by one: an Escape followed at once by a key reads as Alt+key."""
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", self.name, "-l", text)
        time.sleep(0.3)

    def wait_for(self, found: Callable[[str], bool], timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; the terminal shows:\n{screen}")
            time.sleep(0.2)

    def exited(self) -> bool:
        out = self._tmux("display-message", "-p", "-t", self.name, "#{pane_dead}")
        return out.strip() == "1"

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal() -> Iterator[Callable[[str], Terminal]]:
    opened: list[Terminal] = []

    def open_terminal(command: str) -> Terminal:
        opened.append(Terminal(command))
        return opened[-1]

    yield open_terminal
    for term in opened:
        term.close()


def test_new_user_finds_a_contradiction_and_keeps_a_verdict(
    tmp_path: Path, terminal: Callable[[str], Terminal]
) -> None:
    db = tmp_path / "x.json"
    term = terminal(f"dementi --db {db}")
    # The reader shows at once; the sample corpus is read in the background.
    term.wait_for(lambda s: "1 Reader" in s and "Documents" in s, timeout=30)
    term.wait_for(lambda s: "Ingest done" in s and LOADED.search(s) is not None, timeout=180)

    term.keys("/")
    term.type("peskov")
    results = term.wait_for(lambda s: "results" in s and "Dmitri Peskov" in s)
    assert "deny" in results
    term.keys("Enter")
    term.wait_for(lambda s: "Compare" in s and "Moscou" in s)
    term.keys("c")
    compare = term.wait_for(lambda s: "pair 1 of" in s)
    assert "· Dmitri Peskov" in compare
    assert "Maison Blanche" in compare or "John Kirby" in compare

    term.keys("v")
    term.wait_for(lambda s: "Verdict and note" in s)
    term.keys("c")
    term.type("confirmé par les images")
    term.keys("Enter")
    term.wait_for(lambda s: "✓ confirmed" in s and "note: confirmé par les images" in s)
    term.keys("q")
    deadline = time.monotonic() + 10
    while not term.exited():
        assert time.monotonic() < deadline, term.screen()
        time.sleep(0.2)

    again = terminal(f"dementi --db {db}")
    again.wait_for(lambda s: LOADED.search(s) is not None, timeout=30)
    again.keys("2", "r", "r")  # contradictions, then only the confirmed ones
    listing = again.wait_for(lambda s: "verdict confirmed" in s)
    assert "✓✎" in listing and "Dmitri Peskov" in listing
    assert "note: confirmé par les images" in listing
    again.keys("q")
