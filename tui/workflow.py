"""The analyst's work in the app: review state, and corrections of the extraction.

Review state (read, mark, tags) changes in the shown `Corpus` at once and is
handed to the store by a worker, like verdicts. A correction goes through
`tui.corrections.Corrections` in a worker, under the store's lock, since it
re-checks contradictions; the app then shows the corpus rebuilt from the
store and says what changed. `DementiApp` derives from `WorkflowApp`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.signal import Signal
from textual.worker import Worker

from analysis.overrides import Override
from analysis.records import Statement
from store import SaveFailed, StoreError
from store.review import Review
from store.store import now_iso
from tui.corpus import Corpus
from tui.corrections import CorrectionError, Corrections, Recomputed
from tui.widgets.look import one_line
from tui.widgets.marks import describe_review, next_mark

if TYPE_CHECKING:
    from store import Store

QUOTE_CHARS = 50  # quotes in notifications are cut to this
SLOW_SECONDS = 0.8  # a correction still running after this is said to be under way

Change = Callable[[Corrections], str]  # makes a correction, says what it did


def short_quote(text: str) -> str:
    shown = one_line(text)
    return f"«{shown[: QUOTE_CHARS - 1]}…»" if len(shown) > QUOTE_CHARS else f"«{shown}»"


def describe(ov: Override) -> str:
    """A correction in a few words, for the notice that it was undone."""
    quote = short_quote(ov.anchor.text) if ov.anchor else ""
    return {
        "merge": f"merge of {ov.other} into {ov.speaker}",
        "rename": f"renaming of {ov.speaker} to {ov.value}",
        "split": f"split of {ov.other} from {ov.speaker}",
        "speaker": f"speaker {ov.value} for {quote}",
        "stance": f"stance {ov.value} for {quote}",
        "hide": f"hiding of {quote}",
        "add": f"added statement {quote} ({ov.speaker}, {ov.value})",
    }.get(ov.action, ov.action)


def consequences(outcome: Recomputed) -> str:
    changed = len(outcome.changed)
    found = outcome.contradictions_added
    text = f"{changed} statement{'s' * (changed != 1)} changed"
    if outcome.contradictions_removed or found:
        text += f"; contradictions re-checked, {found} found"
    return text


def forget_override(corrections: Corrections, override_id: str) -> Recomputed:
    """Delete a correction for good (not undoable) and lay the others again."""
    store = corrections.store
    with store.batch():
        store.delete_override(override_id)
        return corrections.recompute()


class WorkflowApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("o", "orphans", "Lost corrections…", show=False),
    ]

    # Provided by DementiApp.
    store: Store | None
    corpus: Corpus
    speaker: str | None
    corpus_signal: Signal[Corpus]
    _store_lock: threading.Lock

    if TYPE_CHECKING:

        def _writable(self) -> bool: ...

        def _replace_corpus(self, corpus: Corpus) -> None: ...

    class Corrected(Message):
        """A correction ran, or a save failed: the corpus rebuilt after it (None if unchanged)."""

        def __init__(
            self,
            corpus: Corpus | None,
            text: str,
            severity: SeverityLevel = "information",
            then: Callable[[], None] | None = None,
        ) -> None:
            super().__init__()
            self.corpus, self.text, self.severity, self.then = corpus, text, severity, then

    def __init__(self) -> None:
        super().__init__()
        self.review_signal: Signal[str] = Signal(self, "review")  # the item's key
        self._unsaved_reviews: dict[str, Review] = {}
        self._reviews_lock = threading.Lock()  # held only to touch `_unsaved_reviews`
        self._orphans_told: set[str] = set()

    def on_mount(self) -> None:
        # Textual runs this as well as DementiApp.on_mount: handlers of every class are called.
        self.corpus_signal.subscribe(self, self._tell_orphans)

    # -- review state -------------------------------------------------------------

    def review(self, key: str) -> Review:
        return self.corpus.review(key)

    def set_review(
        self,
        key: str,
        *,
        read: bool | None = None,
        mark: str | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Show the new state at once and save it in a worker (`mark=""` clears the mark)."""
        if not self._writable():
            return
        current = self.review(key)
        updated = Review(
            key,
            current.read if read is None else read,
            current.mark if mark is None else (mark or None),
            current.tags if tags is None else sorted(set(tags)),
            now_iso(),
        )
        self.corpus.reviews[key] = updated
        with self._reviews_lock:
            self._unsaved_reviews[key] = updated
        self.review_signal.publish(key)
        self._save_reviews()

    def mark_read(self, *keys: str) -> None:
        """The items were opened: they are read now (quietly nothing when read-only)."""
        if self.store is None or self.store.read_only:
            return
        for key in keys:
            if not self.review(key).read:
                self.set_review(key, read=True)

    def toggle_read(self, key: str) -> None:
        self.set_review(key, read=not self.review(key).read)

    def cycle_mark(self, key: str) -> None:
        self.set_review(key, mark=next_mark(self.review(key).mark) or "")

    def edit_tags(self, key: str) -> None:
        from tui.screens.tags import TagsScreen

        if not self._writable():
            return
        in_use = sorted({t for r in self.corpus.reviews.values() for t in r.tags})

        def chosen(tags: list[str] | None) -> None:
            if tags is not None:
                self.set_review(key, tags=tags)

        what = f"{self._item_name(key)} · {describe_review(self.review(key))}"
        self.push_screen(TagsScreen(what, self.review(key).tags, in_use), chosen)

    def _item_name(self, key: str) -> str:
        kind, _, ident = key.partition(":")
        corpus = self.corpus
        if kind == "doc" and ident in corpus.docs:
            doc = corpus.docs[ident]
            return doc.title or doc.file
        if kind == "st" and ident in corpus.by_id:
            st = corpus.by_id[ident]
            return f"{st.speaker or 'unattributed'}: {short_quote(st.text)}"
        if kind == "cx" and ident in corpus.pairs:
            return corpus.pairs[ident].why
        return key

    @work(thread=True, group="save")
    def _save_reviews(self) -> None:
        with self._store_lock:
            self._write_unsaved_reviews()

    def _write_unsaved_reviews(self) -> None:
        """Hand pending review state to the store and save (the caller holds `_store_lock`)."""
        with self._reviews_lock:
            pending, self._unsaved_reviews = self._unsaved_reviews, {}
        if self.store is None or not pending:
            return
        try:
            with self.store.batch():
                for r in pending.values():
                    self.store.set_review(r.key, read=r.read, mark=r.mark or "", tags=r.tags)
        except SaveFailed as error:
            # The store keeps the change and writes it with the next save.
            self.post_message(self.Corrected(None, str(error), "error"))

    def carry_reviews(self, corpus: Corpus) -> None:
        """Keep the review state shown in `corpus`, read from the store, that replaces it.

        What is shown is the latest: the app is the only writer of review
        state, and a change may not be saved yet (its save waits for a
        correction or an ingest to let go of the store).
        """
        corpus.reviews.update(self.corpus.reviews)

    # -- corrections ------------------------------------------------------------------

    def correct(self, change: Change, then: Callable[[], None] | None = None) -> None:
        """Run `change` in a worker; then show the corpus after it and what it did."""
        if self._writable():
            worker = self._run_correction(change, then)
            self.set_timer(SLOW_SECONDS, lambda: self._tell_slow(worker))

    def _tell_slow(self, worker: Worker[None]) -> None:
        if worker.is_running:
            self.notify(
                "Correcting: contradictions are being checked again. "
                "Reading, marking and searching go on meanwhile.",
                timeout=4,
                markup=False,
            )

    @work(thread=True, group="correct")
    def _run_correction(self, change: Change, then: Callable[[], None] | None) -> None:
        with self._store_lock:
            assert self.store is not None
            severity: SeverityLevel = "information"
            try:
                text = change(Corrections(self.store))
            except CorrectionError as error:
                self.post_message(self.Corrected(None, str(error), "warning"))
                return
            except StoreError as error:  # kept in memory; written with the next save
                text, severity = str(error), "error"
            except Exception as error:  # shown to the analyst; the app keeps running
                text, severity = f"{type(error).__name__}: {error}", "error"
            corpus = Corpus.from_store(self.store)
        self.post_message(self.Corrected(corpus, text, severity, then))

    def on_workflow_app_corrected(self, message: Corrected) -> None:
        if message.corpus is not None:
            self._replace_corpus(message.corpus)
        self.notify(message.text, severity=message.severity, markup=False)
        went_through = message.corpus is not None and message.severity == "information"
        if message.then is not None and went_through:
            message.then()

    def action_undo(self) -> None:
        def undo(corrections: Corrections) -> str:
            undone = corrections.undo()
            return f"Undone: {describe(undone)}" if undone else "Nothing to undo."

        self.correct(undo)

    # speakers

    def merge_speakers(self, keep: str, other: str) -> None:
        from tui.screens.correct import ConfirmScreen

        said = self.corpus.speaker_count.get(other, 0)
        statements = f"{said} statement{'s' * (said != 1)}"
        question = (
            f"Merge {other} into {keep}? The {statements} of {other} "
            f"become{'s' * (said == 1)} {keep}'s, "
            f"and {other} is kept as another way of writing {keep}. Ctrl+Z undoes it."
        )

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return

            def merge(corrections: Corrections) -> str:
                outcome = corrections.merge(keep, other)
                return f"Merged {other} into {keep}: {consequences(outcome)}."

            def follow() -> None:
                if self.speaker == other:
                    self.speaker = keep

            self.correct(merge, follow)

        self.push_screen(ConfirmScreen("Merge speakers", question), confirmed)

    def rename_speaker(self, name: str) -> None:
        from tui.screens.prompt import PromptScreen

        def chosen(new: str | None) -> None:
            if not new or new == name:
                return

            def rename(corrections: Corrections) -> str:
                outcome = corrections.rename(name, new)
                return f"Renamed {name} to {new}: {consequences(outcome)}."

            def follow() -> None:
                if self.speaker == name:
                    self.speaker = new

            self.correct(rename, follow)

        explanation = f"A new name for {name}; the old one is kept as another way of writing it."
        self.push_screen(PromptScreen("Rename speaker", explanation, name), chosen)

    def split_alias(self, name: str, aliases: list[str]) -> None:
        from tui.screens.correct import ChoiceScreen

        if not aliases:
            self.notify(f"{name} has no other name to split off.", markup=False)
            return

        def chosen(alias: str | None) -> None:
            if not alias:
                return

            def split(corrections: Corrections) -> str:
                outcome = corrections.split(name, alias)
                return f"{alias} is a speaker of its own again: {consequences(outcome)}."

            self.correct(split)

        explanation = (
            f"Which name is not {name}? Statements where it was written so "
            "go to a speaker of that name."
        )
        self.push_screen(ChoiceScreen("Split a name off", explanation, aliases), chosen)

    # statements

    def _speaker_choices(self, doc_id: str, start: int, end: int) -> list[str]:
        from tui.screens.correct import suggest_speakers

        return suggest_speakers(self.corpus, doc_id, start, end)

    def correct_statement(self, st: Statement) -> None:
        from tui.screens.correct import StatementForm

        if not self._writable():
            return
        speaker = st.speaker or st.speaker_mention or ""

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            new_speaker, new_stance = result
            if new_speaker == (st.speaker or "") and new_stance == st.stance:
                self.notify("Nothing changed.", markup=False)
                return

            def fix(corrections: Corrections) -> str:
                done, outcomes = [], []
                if new_speaker != (st.speaker or ""):
                    outcomes.append(corrections.set_speaker(st.id, new_speaker))
                    done.append(f"speaker {new_speaker}")
                if new_stance != st.stance:
                    outcomes.append(corrections.set_stance(st.id, new_stance))
                    done.append(f"stance {new_stance}")
                outcome = Recomputed(
                    changed=sorted({sid for o in outcomes for sid in o.changed}),
                    contradictions_added=outcomes[-1].contradictions_added,
                    contradictions_removed=sum(o.contradictions_removed for o in outcomes),
                )
                return f"{short_quote(st.text)}: {', '.join(done)}; {consequences(outcome)}."

            self.correct(fix)

        form = StatementForm(
            "Correct the statement",
            st.text,
            speaker,
            st.stance,
            self._speaker_choices(st.doc, st.start, st.end),
        )
        self.push_screen(form, chosen)

    def hide_statement(self, st: Statement) -> None:
        if st.hidden:

            def unhide(corrections: Corrections) -> str:
                outcome = corrections.unhide(st.id)
                return f"Shown again: {short_quote(st.text)}; {consequences(outcome)}."

            self.correct(unhide)
            return

        def hide(corrections: Corrections) -> str:
            outcome = corrections.hide(st.id)
            return (
                f"Hidden: {short_quote(st.text)} (H shows hidden statements, Ctrl+Z undoes); "
                f"{consequences(outcome)}."
            )

        self.correct(hide)

    def add_statement(
        self, doc_id: str, start: int, end: int, then: Callable[[str], None] | None = None
    ) -> None:
        """Ask who said text[start:end] and how, then add it; `then` gets the new id."""
        from tui.screens.correct import StatementForm

        doc = self.corpus.docs.get(doc_id)
        if doc is None or not self._writable():
            return
        suggestions = self._speaker_choices(doc_id, start, end)

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            speaker, stance = result

            def add(corrections: Corrections) -> str:
                outcome = corrections.add_statement(doc_id, start, end, speaker, stance)
                quote = short_quote(doc.text[start:end])
                return f"Added {quote} ({speaker}, {stance}): {consequences(outcome)}."

            new_id = Statement.make_id(doc_id, start, end)
            self.correct(add, (lambda: then(new_id)) if then else None)

        form = StatementForm(
            "New statement",
            doc.text[start:end],
            suggestions[0] if suggestions else "",
            "assert",
            suggestions,
        )
        self.push_screen(form, chosen)

    # corrections that lost their words

    def action_orphans(self) -> None:
        from tui.screens.orphans import OrphansScreen

        self.push_screen(OrphansScreen())

    def drop_override(self, ov: Override) -> None:
        def drop(corrections: Corrections) -> str:
            outcome = forget_override(corrections, ov.id)
            return f"Dropped the {describe(ov)}: {consequences(outcome)}."

        self.correct(drop)

    def _tell_orphans(self, corpus: Corpus) -> None:
        new = [ov for ov in corpus.orphaned if ov.id not in self._orphans_told]
        self._orphans_told.update(ov.id for ov in new)
        if new:
            count = len(corpus.orphaned)
            self.notify(
                f"{count} correction{'s' * (count != 1)} no longer find their words in the "
                "re-ingested text: press o to see and settle them.",
                title="Corrections",
                severity="warning",
                timeout=10,
                markup=False,
            )
