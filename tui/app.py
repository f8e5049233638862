"""The dementi reader: who said what, and where the sources contradict each other.

The app opens the database in a worker, so the first screen shows at once;
a new database is filled with the bundled sample corpus in the same way.
All slow work (opening, ingesting, searching, saving) runs in thread
workers. The store is only touched under `_store_lock`; the screens read
the `Corpus` built from it, which is replaced, never changed in place,
except for verdicts, which the analyst sets here, and review state (see
`tui.workflow`, which also runs the analyst's corrections).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.signal import Signal

from analysis.records import Verdict, VerdictValue
from store import CorruptDatabase, DatabaseLocked, NewerSchema, SaveFailed, Store, StoreError
from store.review import Review
from store.store import now_iso
from tui.corpus import Corpus
from tui.screens.compare import CompareScreen
from tui.screens.contradictions import ContradictionsScreen
from tui.screens.fatal import FatalScreen
from tui.screens.prompt import PromptScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.verdict import VerdictScreen
from tui.widgets.ingest_bar import IngestProgress
from tui.widgets.look import one_line
from tui.workflow import WorkflowApp

if TYPE_CHECKING:
    from textual.command import Provider

    from tui.ingest import IngestReport


class IngestCancelled(Exception):
    """Raised from the progress callback to stop an ingest when the app quits."""


def _palette_commands() -> type[Provider]:
    from tui.screens.help import DementiCommands  # loaded when the palette first opens

    return DementiCommands


class DementiApp(WorkflowApp):
    TITLE = "dementi"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_palette_commands}
    SCREENS: ClassVar = {
        "reader": ReaderScreen,
        "contradictions": ContradictionsScreen,
        "speakers": SpeakersScreen,
    }
    MODES: ClassVar = {name: name for name in ("reader", "contradictions", "speakers")}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "switch_mode('reader')", "Reader", show=False),
        Binding("2", "switch_mode('contradictions')", "Contradictions", show=False),
        Binding("3", "switch_mode('speakers')", "Speakers", show=False),
        Binding("slash", "search", "Search"),
        Binding("question_mark", "help", "Help"),
        Binding("i", "ingest", "Ingest…", show=False),
        Binding("e", "export", "Export…", show=False),
        Binding("q", "quit", "Quit"),
    ]

    # Workers report with messages: posting one never waits for the interface.

    class Opened(Message):
        def __init__(self, store: Store, corpus: Corpus, notice: str) -> None:
            super().__init__()
            self.store, self.corpus, self.notice = store, corpus, notice

    class OpenFailed(Message):
        def __init__(self, error: Exception) -> None:
            super().__init__()
            self.error = error

    class IngestTicked(Message):
        def __init__(self, progress: IngestProgress | None) -> None:
            super().__init__()
            self.progress = progress

    class Ingested(Message):
        def __init__(
            self, corpus: Corpus, report: IngestReport | None, problem: Exception | None
        ) -> None:
            super().__init__()
            self.corpus, self.report, self.problem = corpus, report, problem

    class Notice(Message):
        def __init__(self, text: str, title: str = "", severity: SeverityLevel = "information"):
            super().__init__()
            self.text, self.title, self.severity = text, title, severity

    def __init__(
        self, path: str | Path, *, read_only: bool = False, sample: Path | None = None
    ) -> None:
        super().__init__()
        self.path = Path(path).expanduser()
        self.read_only = read_only
        self.sample = sample  # what a new database is filled with (default: the sample corpus)
        self.store: Store | None = None
        self.corpus = Corpus()
        self.speaker: str | None = None  # the speaker the screens filter on
        self.notice = ""  # shown in every header: read-only, and why
        self.ingest_progress: IngestProgress | None = None  # what the bar shows
        self._ingesting = False
        self.corpus_signal: Signal[Corpus] = Signal(self, "corpus")
        self.verdict_signal: Signal[str] = Signal(self, "verdict")
        self.ingest_signal: Signal[IngestProgress | None] = Signal(self, "ingest")
        self.last_query = ""
        self.close_problem: str | None = None
        self._store_lock = threading.Lock()  # held by whoever works on the store
        self._unsaved: dict[str, Verdict] = {}  # shown, not yet handed to the store
        self._unsaved_lock = threading.Lock()  # held only to touch `_unsaved`
        self._cancel_ingest = threading.Event()
        self._fatal = False

    # -- opening -------------------------------------------------------------

    def on_mount(self) -> None:
        self.switch_mode("reader")
        self._show_progress(IngestProgress("opening", 0, 0))
        # Reading a large file holds the interpreter for a while: paint the screen first.
        self.call_after_refresh(self._open)

    @work(thread=True, group="store")
    def _open(self) -> None:
        notice = "read-only" if self.read_only else ""
        try:
            try:
                store = Store(self.path, read_only=self.read_only)
            except DatabaseLocked as locked:
                store = Store(self.path, read_only=True)
                holder = f"pid {locked.pid}" if locked.pid else "another process"
                notice = f"read-only: open in another dementi ({holder})"
            corpus = Corpus.from_store(store)
        except (StoreError, OSError) as error:
            self.post_message(self.OpenFailed(error))
            return
        self.post_message(self.Opened(store, corpus, notice))

    def on_dementi_app_opened(self, message: Opened) -> None:
        self._show_progress(None)
        self.store = message.store
        self.notice = message.notice
        if message.notice:
            self.notify(message.notice, title="Read-only", severity="warning", markup=False)
        self._replace_corpus(message.corpus)
        if message.store.created and not message.store.read_only:
            from fixtures import corpus_dir

            self.notify(
                "New database: reading the sample articles so that there is something to explore.",
                title="Welcome",
                markup=False,
            )
            self._ingest([self.sample or corpus_dir()])

    def on_dementi_app_open_failed(self, message: OpenFailed) -> None:
        self._show_progress(None)
        self._fatal = True
        error = message.error
        if isinstance(error, NewerSchema):
            fix = "Upgrade dementi, or open another database with --db PATH."
        elif isinstance(error, CorruptDatabase):
            fix = (
                f"Run `dementi --db {self.path} doctor` to check it and restore its last good save."
            )
        elif not self.path.exists():
            fix = "Start dementi without --read-only to create it, or choose a file with --db PATH."
        else:
            fix = f"Check the file and its folder, then run `dementi --db {self.path} doctor`."
        self.push_screen(FatalScreen(one_line(str(error)), fix))

    def _replace_corpus(self, corpus: Corpus) -> None:
        with self._unsaved_lock:
            corpus.verdicts.update(self._unsaved)
        self.carry_reviews(corpus)
        self.corpus = corpus
        self.corpus_signal.publish(corpus)
        # The records live as long as the corpus: keep the collector from walking them on
        # every pass (a freeze costs nothing; unreachable frozen objects are freed by refcount).
        gc.freeze()
        self._prepare_search(corpus)

    @work(thread=True, group="index")
    def _prepare_search(self, corpus: Corpus) -> None:
        """Build the search index ahead of the first `/`."""
        corpus.search_index()

    # -- checks ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self._fatal:
            return action == "quit"
        if action in ("ingest", "export") and self.store is None:
            return None
        return True

    def _writable(self) -> bool:
        if self.store is None:
            return False
        if self.store.read_only:
            warning = f"{self.notice or 'read-only'}: changes cannot be saved"
            self.notify(warning, severity="warning", markup=False)
            return False
        return True

    def on_dementi_app_notice(self, message: Notice) -> None:
        self.notify(message.text, title=message.title, severity=message.severity, markup=False)

    # -- navigation -------------------------------------------------------------

    def open_statement(self, statement_id: str) -> None:
        """Show the Reader on the statement's document, the statement selected."""

        async def go() -> None:
            await self.switch_mode("reader")
            reader = self.get_screen("reader")
            assert isinstance(reader, ReaderScreen)
            reader.show_statement(statement_id)

        self.call_later(go)

    def open_pair(self, pair_id: str, sequence: Sequence[str] = ()) -> None:
        """The two statements of a contradiction side by side; n/p walk `sequence`."""
        self.push_screen(CompareScreen(pair_id, list(sequence) or [pair_id]))

    def action_search(self) -> None:
        screen = SearchScreen(self.last_query)

        def picked(statement_id: str | None) -> None:
            self.last_query = screen.typed
            if statement_id:
                self.open_statement(statement_id)

        self.push_screen(screen, picked)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen, screen_keys

        title = type(self.screen).__name__.removesuffix("Screen")
        self.push_screen(HelpScreen(screen_keys(self.screen), title))

    # -- verdicts -----------------------------------------------------------------

    def edit_verdict(self, pair_id: str) -> None:
        cx = self.corpus.pairs.get(pair_id)
        if cx is None or not self._writable():
            return
        a, b = self.corpus.by_id[cx.a], self.corpus.by_id[cx.b]
        summary = f"{a.speaker or 'unattributed'} ⟷ {b.speaker or 'unattributed'}: {cx.why}"

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                verdict, note = result
                self.set_verdict(pair_id, verdict=cast(VerdictValue, verdict), note=note)

        self.push_screen(VerdictScreen(self.corpus.verdict(pair_id), one_line(summary)), chosen)

    def set_verdict(
        self, pair_id: str, verdict: VerdictValue | None = None, note: str | None = None
    ) -> None:
        """Show the new verdict at once and save it in a worker."""
        if pair_id not in self.corpus.pairs or not self._writable():
            return
        current = self.corpus.verdict(pair_id)
        updated = Verdict(
            pair_id,
            verdict or current.verdict,
            current.note if note is None else note,
            now_iso(),
        )
        self.corpus.verdicts[pair_id] = updated
        with self._unsaved_lock:
            self._unsaved[pair_id] = updated
        self.verdict_signal.publish(pair_id)
        self._save_verdicts()

    @work(thread=True, group="save")
    def _save_verdicts(self) -> None:
        with self._store_lock:
            self._write_unsaved()

    def _write_unsaved(self) -> None:
        """Hand pending verdicts to the store and save (the caller holds `_store_lock`).

        Taking them under the store's lock keeps saves in order: a later
        verdict on the same pair is always taken by a later save.
        """
        with self._unsaved_lock:
            pending, self._unsaved = self._unsaved, {}
        if self.store is None or not pending:
            return
        try:
            with self.store.batch():
                for v in pending.values():
                    self.store.set_verdict(v.contradiction, v.verdict, v.note)
        except SaveFailed as error:
            # The store keeps the change and writes it with the next save.
            self.post_message(self.Notice(str(error), "Not saved yet", "error"))

    # -- ingest ----------------------------------------------------------------------

    def action_ingest(self) -> None:
        if not self._writable():
            return
        if self._ingesting:
            self.notify("An ingest is already running.", markup=False)
            return

        def chosen(path: str | None) -> None:
            if path:
                self._ingest([Path(path).expanduser()])

        explanation = "A file or folder of articles (.txt, .md, .html); folders are read whole."
        self.push_screen(PromptScreen("Ingest", explanation), chosen)

    def _ingest(self, paths: list[Path]) -> None:
        self._ingesting = True
        self._show_progress(IngestProgress("reading", 0, 0))
        self._run_ingest(paths)

    def _show_progress(self, progress: IngestProgress | None) -> None:
        self.ingest_progress = progress
        self.ingest_signal.publish(progress)

    def on_dementi_app_ingest_ticked(self, message: IngestTicked) -> None:
        if self._ingesting:
            self._show_progress(message.progress)

    @work(thread=True, group="ingest")
    def _run_ingest(self, paths: list[Path]) -> None:
        from tui.ingest import ingest  # spaCy loads here, in the worker, and only here

        def tick(stage: str, done: int, total: int) -> None:
            if self._cancel_ingest.is_set():
                raise IngestCancelled
            self.post_message(self.IngestTicked(IngestProgress(stage, done, total)))

        report: IngestReport | None = None
        problem: Exception | None = None
        with self._store_lock:
            assert self.store is not None
            try:
                report = ingest(self.store, paths, progress=tick)
            except IngestCancelled:
                return
            except Exception as error:  # shown to the analyst; the app keeps running
                problem = error
            self.post_message(self.IngestTicked(IngestProgress("refreshing", 0, 0)))
            corpus = Corpus.from_store(self.store)
        self.post_message(self.Ingested(corpus, report, problem))

    def on_dementi_app_ingested(self, message: Ingested) -> None:
        self._ingesting = False
        self._show_progress(None)
        self._replace_corpus(message.corpus)
        if message.problem is not None:
            problem = message.problem
            self.notify(
                f"{type(problem).__name__}: {problem}",
                title="Ingest failed",
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        report = message.report
        if report is not None:
            for skipped in report.skipped[:5]:
                text = f"skipped {skipped.path}: {skipped.reason}"
                self.notify(text, severity="warning", markup=False)
            self.notify(report.summary(), title="Ingest done", markup=False)

    # -- export ------------------------------------------------------------------------

    def action_export(self) -> None:
        if self.store is None:
            return

        def chosen(target: str | None) -> None:
            if target:
                corpus = self.corpus
                verdicts, reviews = dict(corpus.verdicts), dict(corpus.reviews)
                self._export(Path(target).expanduser(), corpus, verdicts, reviews)

        explanation = (
            "Every contradiction with both quotes, sources, verdicts and notes. "
            "The file name's ending chooses the format: .md, .json or .csv."
        )
        self.push_screen(PromptScreen("Export", explanation, "dementi-report.md"), chosen)

    @work(thread=True, group="export")
    def _export(
        self,
        target: Path,
        corpus: Corpus,
        verdicts: dict[str, Verdict],
        reviews: dict[str, Review],
    ) -> None:
        from tui.commands.export import write_report
        from tui.export import FORMATS, render, report_rows

        fmt = target.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            text = f"{target.name}: end the file name with .md, .json or .csv"
            self.post_message(self.Notice(text, "Not exported", "error"))
            return
        rows = report_rows(
            corpus.contradictions, corpus.by_id, corpus.docs, verdicts, reviews=reviews
        )
        try:
            write_report(target, render(rows, fmt))
        except OSError as error:
            text = f"cannot write {target}: {error.strerror or error}"
            self.post_message(self.Notice(text, "Not exported", "error"))
            return
        self.post_message(
            self.Notice(f"{len(rows)} contradictions written to {target}", "Exported")
        )

    # -- leaving ----------------------------------------------------------------------

    def action_quit(self) -> None:
        self._cancel_ingest.set()
        self.exit()

    def on_unmount(self) -> None:
        self._cancel_ingest.set()
        with self._store_lock:
            if self.store is None:
                return
            try:
                if not self.store.read_only:
                    self._write_unsaved()
                    self._write_unsaved_reviews()
                self.store.close()
            except StoreError as error:
                self.close_problem = str(error)

    def run(self, *args, **kwargs):  # type: ignore[override]
        try:
            return super().run(*args, **kwargs)
        finally:
            if self.close_problem:
                print(f"dementi: {self.close_problem}", file=sys.stderr)
