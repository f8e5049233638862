"""Records for store tests, and the child processes that the crash and lock tests drive.

Run as a script (`python tests/helpers_store.py MODE DB`), it imports only the
store and the records, so that a child starts in a tenth of a second.

- `writer DB`: prints "ready", then forever: one batch adding document N with
  two statements and a contradiction between them, then a verdict on that
  contradiction (a second save), then prints "committed N".
- `hold DB`: opens the store, records a verdict, prints "ready" and keeps the
  file open until its standard input is closed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.records import Contradiction, Cue, Document, Speaker, Statement
from store import Store

HELD_VERDICT = "held-pair"


def document(n: int, *, path: str | None = None, text: str | None = None) -> Document:
    text = text if text is not None else f"Selon le ministre {n}, « tout va bien ». Il a démenti."
    return Document(
        id=f"doc-{n:06d}",
        file=f"article-{n}.txt",
        path=path or f"/corpus/article-{n}.txt",
        title=f"Article {n}",
        outlet="Le Quotidien",
        date="2024-03-05",
        lang="fr",
        text=text,
        sha256=f"sha-{n}",
        ingested_at="2024-03-06T10:00:00+00:00",
    )


def statements(doc: Document) -> list[Statement]:
    quote = doc.text.index("«")
    first = Statement(
        id=f"{doc.id}-s1",
        doc=doc.id,
        start=quote,
        end=quote + 14,
        text=doc.text[quote : quote + 14],
        speaker="Le ministre",
        stance="assert",
        direct=True,
        cue="selon",
        cues=[Cue(0, 5, "Selon", "reporting")],
        speaker_mention="le ministre",
        speaker_kind="person",
        terms=["aller", "bien"],
    )
    second = Statement(
        id=f"{doc.id}-s2",
        doc=doc.id,
        start=len(doc.text) - 13,
        end=len(doc.text),
        text=doc.text[-13:],
        speaker="Le ministre",
        stance="deny",
        direct=False,
        cue="a démenti",
        cues=[Cue(len(doc.text) - 9, len(doc.text) - 1, "démenti", "deny_verb")],
    )
    return [first, second]


def contradiction(doc: Document, *, score: float = 0.8) -> Contradiction:
    first, second = statements(doc)
    return Contradiction(
        id=f"cx-{doc.id}",
        a=first.id,
        b=second.id,
        kind="denial",
        score=score,
        why="Le ministre affirme puis dément.",
        topic="bilan",
        cues_a=[Cue(0, 5, "Selon", "reporting")],
        cues_b=[Cue(1, 8, "démenti", "deny_verb")],
    )


def speaker(name: str) -> Speaker:
    return Speaker(id=name.casefold(), name=name, aliases=[name.upper()], kind="person")


def run_writer(path: Path) -> None:
    store = Store(path)
    print("ready", flush=True)
    n = len(store.documents())
    while True:
        n += 1
        doc = document(n)
        with store.batch():
            store.put_document(doc, statements(doc))
            store.add_contradictions([contradiction(doc)])
        store.set_verdict(f"cx-{doc.id}", "confirmed", note=f"n{n}")
        print(f"committed {n}", flush=True)


def run_holder(path: Path) -> None:
    with Store(path) as store:
        store.set_verdict(HELD_VERDICT, "dismissed")
        print("ready", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    mode, db = sys.argv[1], Path(sys.argv[2])
    {"writer": run_writer, "hold": run_holder}[mode](db)
