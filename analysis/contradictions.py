"""Pairs of statements that contradict each other, with a score and a plain reason.

A run reads each document once (`analysis.reading`), each statement once
(`analysis.profile`), weighs words by their rarity in the collection (`analysis.matter`),
compares only the pairs that share a key (`analysis.blocking`), judges each pair's kind and
score (`analysis.pairing`) and writes its topic and `why` (`analysis.explain`).
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from analysis import blocking, pairing
from analysis.explain import Topics, figure_why, why
from analysis.matter import Matters, Weights
from analysis.profile import Profile, build
from analysis.reading import DocContext, DocReading
from analysis.records import Contradiction, Cue, Statement

__all__ = ["DetectionResult", "DocContext", "find_contradictions"]


@dataclass(slots=True)
class DetectionResult:
    contradictions: list[Contradiction]
    candidates_examined: int


def _record(pair: pairing.Pair, a: Profile, b: Profile, topics: Topics) -> Contradiction:
    short, phrase = topics(a, b, pair.frame)
    cues_a, cues_b = list(a.st.cues), list(b.st.cues)
    if pair.figures is not None:
        fa, fb = pair.figures
        cues_a.append(Cue(fa.start, fa.end, fa.text, "figure"))
        cues_b.append(Cue(fb.start, fb.end, fb.text, "figure"))
        reason = figure_why(a, b, phrase, pair.figures)
    else:
        reason = why(pair.kind, a, b, phrase)
    return Contradiction(
        id=Contradiction.make_id(a.st.id, b.st.id, pair.kind),
        a=a.st.id,
        b=b.st.id,
        kind=pair.kind,  # type: ignore[arg-type]
        score=pair.score,
        why=reason,
        topic=short,
        cues_a=cues_a,
        cues_b=cues_b,
    )


def find_contradictions(
    statements: Sequence[Statement],
    docs: Mapping[str, DocContext],
    *,
    new: Collection[str] | None = None,
    label_lang: str = "en",
) -> DetectionResult:
    """Every contradicting pair among `statements`; with `new`, only pairs touching one of them.

    `docs` maps document ids to their text and date (statements of other documents and
    hidden statements are left out). The result is the same for the same input, in any order.
    """
    with _no_cycle_collection():
        return _find(statements, docs, new, label_lang)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: a run makes millions of small objects, all freed
    by reference counting, which the collector would otherwise walk again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _find(
    statements: Sequence[Statement],
    docs: Mapping[str, DocContext],
    new: Collection[str] | None,
    label_lang: str,
) -> DetectionResult:
    order = {doc_id: k for k, doc_id in enumerate(docs)}
    usable = sorted(
        (s for s in statements if s.doc in order and not s.hidden),
        key=lambda s: (order[s.doc], s.start, s.end, s.id),
    )
    parsed = {doc_id: DocReading(docs[doc_id], order[doc_id]) for doc_id in {s.doc for s in usable}}
    for s in usable:
        parsed[s.doc].claim_sentences.add(parsed[s.doc].sentence_of(s.start))
    shapes: dict[tuple[object, ...], int] = {}
    profiles = [build(s, parsed[s.doc], shapes) for s in usable]
    profiles.sort(key=lambda p: (p.order, p.st.end, p.st.id))
    wanted = None if new is None else {i for i, p in enumerate(profiles) if p.st.id in new}
    candidates = blocking.candidates(profiles, wanted)
    matters = Matters(Weights(profiles))
    n = len(profiles)
    pairs: list[pairing.Pair] = []
    for code in sorted(candidates):
        i, j = divmod(code, n)
        pairs += pairing.judge(profiles[i], profiles[j], i, j, matters)
    names = {f"ent:{w}": form for doc in parsed.values() for w, form in doc.name_forms.items()}
    topics = Topics(profiles, label_lang, names)
    small = len(profiles) <= blocking.SMALL_COLLECTION
    kept = sorted(pairs) if small else pairing.keep_best(pairs)
    found = [_record(p, profiles[p.a], profiles[p.b], topics) for p in kept]
    found.sort(key=lambda c: (-c.score, c.topic, c.id))
    return DetectionResult(found, len(candidates))
