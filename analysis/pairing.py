"""What kind of contradiction two statements on one matter make, and how sure it is.

- `denial`: one side asserts what another denies;
- `walk_back`: an assertion taken back or weakened: denied by its own speaker (or by another
  voice of the same country), or met by a hedge on the same claim. A hedge that withholds
  confirmation ("no indication that the purchase was finalised", "cannot rule out") walks
  back any assertion of the claim, and more surely when it comes later; one that only
  speculates ("could", "may") walks back only an earlier assertion of its own side;
- `figure`: one quantity or date given differently by two sources (`analysis.figures`).
Statements of one stance never pair; an assertion that a transfer was warned against or
attempted ("warned X against selling arms") asserts no transfer.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from analysis.figures import Figure, conflicting
from analysis.matter import MIN_WORDS, Matters, goods_moved
from analysis.profile import ASSERTS, DENIES, DOUBTS, Profile
from analysis.reading import Frame

MIN_MATTER = 0.5
MIN_FIGURE_MATTER = 0.65
MAX_PARTNERS = 20  # pairs kept per statement in a large collection, the best first


class Pair(NamedTuple):
    rank: float  # minus the score: pairs sort best first
    a: int
    b: int
    kind: str
    frame: Frame | None
    figures: tuple[Figure, Figure] | None

    @property
    def score(self) -> float:
        return -self.rank


_NO_PAIRS: list[Pair] = []


def same_side(a: Profile, b: Profile) -> bool:
    """One speaker, or two voices of one place ("Israël", "l'armée israélienne")."""
    return bool(a.speaker and a.speaker == b.speaker) or bool(
        a.voice_of and a.voice_of == b.voice_of
    )


def stance_kind(a: Profile, b: Profile) -> str | None:
    """The kind of a stance pair (`a` the earlier), or None."""
    poles = a.pole | b.pole
    if poles == ASSERTS | DENIES:
        return "walk_back" if same_side(a, b) else "denial"
    if poles != ASSERTS | DOUBTS:
        return None
    hedge = b if b.pole == DOUBTS else a
    if hedge.withholds or (hedge is b and same_side(a, b)):
        return "walk_back"
    return None


def _figure_clash(a: Profile, b: Profile) -> tuple[Figure, Figure] | None:
    """Two figures of one unit that disagree, given by two different sources."""
    if a.st.stance == "deny" or b.st.stance == "deny":
        return None
    if a.speaker == b.speaker and (a.speaker or a.st.doc == b.st.doc):
        return None
    for fa in a.figures:
        for fb in b.figures:
            if conflicting(fa, fb):
                return fa, fb
    return None


def _same_claim(a: Profile, b: Profile, matters: Matters) -> bool:
    """Whether a hedge bears on the very claim it is paired with: by a predicate of its own
    words, or by enough shared words; not merely by the story or the field around it."""
    hedge, claim = (a, b) if a.pole == DOUBTS else (b, a)
    return (
        bool(hedge.own_preds & claim.preds)
        or goods_moved(hedge, claim)
        or matters.weights.overlap(a, b) >= MIN_WORDS
    )


def judge(a: Profile, b: Profile, ia: int, ib: int, matters: Matters) -> list[Pair]:
    """The contradictions between `a` and `b` (`a` the earlier, index `ia`)."""
    kind = stance_kind(a, b) if a.pole != b.pole else None
    figures = _figure_clash(a, b) if a.figures and b.figures else None
    if kind is None and figures is None:
        return _NO_PAIRS
    matter, frame = matters(a, b)
    if matter < MIN_MATTER:
        return _NO_PAIRS
    if kind == "walk_back" and DOUBTS in (a.pole, b.pole) and not _same_claim(a, b, matters):
        kind = None
        if figures is None:
            return _NO_PAIRS
    out: list[Pair] = []
    if kind is not None:
        base = 0.55 if kind == "denial" else 0.5
        score = (base + (1 - base) * matter) * (0.9 if a.borrowed or b.borrowed else 1.0)
        if DOUBTS in (a.pole, b.pole):
            hedge_first = a.pole == DOUBTS
            if not (a.withholds or b.withholds):
                score *= 0.85  # a hedge that speculates ("could", "may") weakens less
            if hedge_first:
                score *= 0.95  # a hedge before the claim walks back less than one after
        out.append(Pair(-round(min(1.0, score), 3), ia, ib, kind, frame, None))
    if figures is not None and matter >= MIN_FIGURE_MATTER:
        out.append(Pair(-round(0.5 + 0.4 * matter, 3), ia, ib, "figure", frame, figures))
    return out


def keep_best(pairs: list[Pair]) -> list[Pair]:
    """At most MAX_PARTNERS pairs per statement, the best first: a large dispute stays
    readable and writing the pairs out stays linear."""
    used: Counter[int] = Counter()
    kept: list[Pair] = []
    for pair in sorted(pairs):
        if used[pair.a] < MAX_PARTNERS and used[pair.b] < MAX_PARTNERS:
            used[pair.a] += 1
            used[pair.b] += 1
            kept.append(pair)
    return kept
