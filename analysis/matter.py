"""Whether two statements bear on the same matter, and how surely.

Two statements bear on the same matter when they are about the same story and make the same
claim of it:
- the story: they name the same places or bodies (two statements naming only different
  places are about different stories; names the lexicon does not know, "Calvex", "Lyon", may
  differ when their documents tell the same story), and agree on the parties of any transfer
  they describe ("North Korea sells arms to Russia" and "Iran delivers drones to Russia"
  share Russia and arms but not the seller);
- the claim: they share a predicate ("killed 12" and "le bilan est de 5"; "hackers stole the
  data" and "un groupe criminel a eu accès à la base"), or count the same thing ("120,000
  marched", "18 000 manifestants"). Two statements whose own words name predicates and share
  none are different claims of one story ("the outbreak killed 12" and "the tower is not the
  source"), and so are two that name different fields only. Where one of them names no
  predicate of its own, a shared field, or else enough shared words, makes the claim one.
Words are weighed by how rare they are in the collection (`Weights`): sharing "légionellose"
and "tower" says more than sharing "people" and "week".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from analysis.concept_tables import TRADED
from analysis.profile import Profile
from analysis.reading import TRANSFER, Frame

STORY_NAMES = 0.5  # entity score of two statements whose documents tell the same story
MIN_WORDS = 0.3  # share of the lighter statement's word weight two claims must share alone
STRONG_WORDS = 0.6  # ... to be one claim although their predicates differ


def _compatible(f: Frame, g: Frame) -> bool:
    if f.src and g.src and f.src != g.src:
        return False
    if f.dst and g.dst and f.dst != g.dst:
        return False
    return not ((f.src and f.src == g.dst) or (f.dst and f.dst == g.src))


def _frame_fit(a: Profile, b: Profile) -> tuple[float, Frame | None]:
    """How well the transfers of two statements agree (0: they disagree), and their union."""
    if not a.frames and not b.frames:
        return 0.6, None
    if not (a.frames and b.frames):
        framed, other = (a, b) if a.frames else (b, a)
        if other.st.stance == "assert" and not other.transfer:
            return 0.0, None  # a transfer against an assertion of something else
        for f in framed.frames:
            if all(e in other.entities for e in f if e):
                return 0.7, f
        return 0.0, None
    best: tuple[float, Frame | None] = (0.0, None)
    for f in a.frames:
        for g in b.frames:
            if not _compatible(f, g):
                continue
            union = Frame(f.src or g.src, f.dst or g.dst)
            if not all(e in a.entities and e in b.entities for e in union if e):
                continue
            agree = sum(1 for x, y in zip(f, g, strict=True) if x and x == y)
            score = 0.7 + 0.15 * agree
            if score > best[0]:
                best = (score, union)
    return best


def _places(entities: frozenset[str]) -> frozenset[str]:
    return frozenset(e for e in entities if not e.startswith("ent:"))


def structure(a: Profile, b: Profile) -> tuple[float, Frame | None]:
    """The part of a same-matter judgement that reads places, fields and transfers only."""
    shared = a.entities & b.entities
    if a.entities and b.entities and not shared:
        # Names the lexicon does not know ("Lyon", "Calvex") are written many ways and
        # often only in the story around a statement: different names alone do not part
        # two statements whose documents tell the same story.
        places_a, places_b = _places(a.entities), _places(b.entities)
        if (places_a and places_b) or not (a.story & b.story):
            return 0.0, None
    frame_score, frame = _frame_fit(a, b)
    if frame_score == 0:
        return 0.0, None
    # What a statement without a transfer is about must be named by the other: against a
    # transfer, as much of it as the other names places (up to two), or else some of it.
    for x, y in ((a, b), (b, a)):
        if x.frames or not y.entities or not shared:
            continue
        wanted = min(2, len(x.principal), len(y.entities)) if y.frames else 1
        if len(x.principal & y.entities) < wanted:
            return 0.0, None
    if shared:
        entity_score = len(shared) / max(1, min(len(a.entities), len(b.entities)))
    else:
        entity_score = STORY_NAMES
    return 0.4 * entity_score + 0.3 * frame_score, frame


class Weights:
    """How much each content key says, by its rarity in the collection (inverse document
    frequency over statements), computed once per run."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        df = Counter(k for p in profiles for k in p.content)
        n = len(profiles)
        self.idf = idf = {k: math.log(1 + n / count) for k, count in df.items()}
        for p in profiles:
            p.mass = math.fsum(map(idf.__getitem__, p.content))

    def overlap(self, a: Profile, b: Profile) -> float:
        """The weight of the keys two statements share, over that of the lighter of them.

        Sums are exact (`math.fsum`), so that the order sets happen to iterate in, which
        changes from one process to the next, never changes a result."""
        shared = a.content & b.content
        if not shared:
            return 0.0
        return math.fsum(map(self.idf.__getitem__, shared)) / min(a.mass, b.mass)


def _units(p: Profile) -> set[str]:
    return {f.unit for f in p.figures if f.unit != "date"}


def goods_moved(a: Profile, b: Profile) -> bool:
    """A transfer of goods against a statement on such goods that names no predicate: "North
    Korea never exported arms" and "a deal involving millions of shells"."""
    return TRANSFER in a.preds and not b.preds and bool(a.fields & b.fields & TRADED)


def _apart(a: Profile, b: Profile) -> bool:
    """Whether the own words of two statements name different predicates, or their fields
    differ: different claims (when they share no predicate and few words)."""
    return bool(a.own_preds and b.own_preds) or bool(
        a.fields and b.fields and not a.fields & b.fields
    )


class Matters:
    """Same-matter judgements; those that depend on structure only are computed once."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self._memo: dict[tuple[int, int], tuple[float, Frame | None]] = {}

    def __call__(self, a: Profile, b: Profile) -> tuple[float, Frame | None]:
        """A score in [0, 1] (0: different matters) and the transfer both speak of."""
        key = (a.shape, b.shape)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = structure(a, b)
        base, frame = found
        if base == 0:
            return 0.0, None
        words = self.weights.overlap(a, b)
        same_predicate = bool(a.preds & b.preds)
        if not same_predicate and words < STRONG_WORDS and _apart(a, b):
            return 0.0, None
        # Two counts of one thing ("120,000 marched", "18 000 personnes") are one claim, and
        # so are a transfer of goods and a statement on such goods.
        if (
            same_predicate
            or (a.figures and b.figures and _units(a) & _units(b))
            or goods_moved(a, b)
            or goods_moved(b, a)
        ):
            return base + 0.3 * max(0.7, min(1.0, 0.5 + words)), frame
        if a.fields & b.fields:
            # One of them names no predicate of its own: a shared field is the claim.
            return base + 0.3 * max(0.6, min(1.0, 0.4 + words)), frame
        if words >= MIN_WORDS:
            return base + 0.3 * min(1.0, words), frame
        return 0.0, None
