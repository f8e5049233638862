"""Which pairs of statements are worth comparing: those that share a key.

Keys join what a statement is about (its places, bodies and names) with the kind of thing
it says (its predicates and fields), and rare words with either: (place, place, field),
(place, predicate), (place, rare word), ...; a place or name of its document's story alone
is a key too. Each statement's keys are computed once. In a collection of up to
SMALL_COLLECTION statements, any two statements that share a key are compared; in a
larger one, only those its tier allows (`Key`), keys shared by more than MAX_BLOCK
statements are skipped as too common, and large blocks only pair statements close in time,
so that the work grows linearly.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import NamedTuple

from analysis.profile import Profile

SMALL_COLLECTION = 2000
FULL_BLOCK = 80  # statements sharing one key that are all compared with each other
MAX_BLOCK = 3000  # a commoner key is skipped; between the two, only neighbours in time
WINDOW = 6  # partners on either side of each statement in a block larger than FULL_BLOCK
MAX_KEY_ENTITIES = 4  # places of a statement that go into its keys
MAX_KEY_MATTERS = 3  # predicates and fields of a statement that go into its keys
RARE_WORDS = 2


class Key(NamedTuple):
    name: str
    # Which pairs of its block count in a large collection: "pair", all of them; "single",
    # those with a statement naming one place; "field", those with a statement naming none;
    # "story", those with a statement naming no place of its own and saying no field or
    # predicate; "words", those with a statement naming no place or saying no field or
    # predicate.
    tier: str


def _matters(p: Profile) -> list[str]:
    """The predicates and fields that go into a statement's keys."""
    return (sorted(p.preds) + sorted(p.fields))[:MAX_KEY_MATTERS]


def keys(p: Profile, rare: Sequence[str]) -> list[Key]:
    """The keys of a statement, given its rarest words."""
    ents = sorted(p.principal)[:MAX_KEY_ENTITIES]
    ents += [e for e in p.ordered_entities if e not in p.principal][: MAX_KEY_ENTITIES - len(ents)]
    story = sorted(p.story - set(ents))
    matters = _matters(p)
    out: list[Key] = []
    for m in matters:
        out += [Key(f"{x}|{y}|{m}", "pair") for x, y in combinations(sorted(ents), 2)]
        out += [Key(f"{e}|{m}", "single") for e in ents]
        out.append(Key(m, "field"))
    # Every statement meets the rest of its story; in a large collection, only through a
    # statement that names no place and says no predicate or field (its tier).
    out += [Key(e, "story") for e in ents + story]
    for word in rare:
        out += [Key(f"{e}|#{word}", "words") for e in ents[:2]]
        out += [Key(f"{m}|#{word}", "words") for m in matters[:1]]
    if not ents and not matters:
        out += [Key(f"#{x}|#{y}", "words") for x, y in combinations(sorted(rare), 2)]
    return out


def _near(pool: list[int], x: int, full: bool) -> list[int]:
    """The members of `pool` that `x` is compared with: all of them, or its WINDOW nearest
    in time on either side."""
    if full:
        return pool
    k = bisect.bisect_left(pool, x)
    return pool[max(0, k - WINDOW) : k + WINDOW + 1]


def _block_pairs(
    members: list[int], tier: str, loose: list[bool], side: list[str] | None, full_block: int
) -> Iterator[tuple[int, int]]:
    """The pairs of one block, as (earlier, later): between an assertion and a denial or
    doubt (or, without `side`, between any two), allowed by the tier (any pair, or only
    those with a loose member); in a block larger than `full_block`, only between statements
    close in time: each with the WINDOW nearest partners on either side of it."""
    if side is None:
        firsts, seconds = members, members
    else:
        firsts = [m for m in members if side[m] == "a"]
        seconds = [m for m in members if side[m] != "a"]
    full = len(members) <= full_block
    if tier == "pair":
        anchored = [(x, seconds) for x in firsts]
    else:
        # Only pairs with a loose member count: start from those, which are few.
        anchored = [(x, seconds) for x in firsts if loose[x]]
        if side is not None:
            anchored += [(y, firsts) for y in seconds if loose[y]]
    for x, pool in anchored:
        for y in _near(pool, x, full):
            if y != x:
                yield (x, y) if x < y else (y, x)


def _is_word(key: str) -> bool:
    return ":" not in key


def candidates(profiles: list[Profile], new: set[int] | None) -> set[int]:
    """Pairs (i * n + j, i < j) worth comparing: opposite stances or figures, sharing a key.

    Which pairs of a block count depends on the tier of its key (`Key`). Figures meet on
    keys that carry their unit, so only like-for-like figures are compared. Profiles come
    in time order, and so do the members of a block.
    """
    df: Counter[str] = Counter(k for p in profiles for k in p.content if _is_word(k))
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    narrow = [True] * len(profiles)
    placeless = [not p.entities for p in profiles]
    storied = [
        not (p.preds or p.fields) and all(e.startswith("ent:") for e in p.entities)
        for p in profiles
    ]
    vague = [not (p.fields or p.preds) or not p.entities for p in profiles]
    side = ["a" if p.st.stance == "assert" else "o" for p in profiles]
    for i, p in enumerate(profiles):
        words = (k for k in p.content if _is_word(k) and df[k] > 1)
        rare = sorted(words, key=lambda k: (df[k], k))[:RARE_WORDS]
        units = sorted({f.unit for f in p.figures}) if p.st.stance != "deny" else []
        for key in keys(p, rare):
            narrow[i] = narrow[i] and key.tier != "pair"
            index[(key.name, key.tier)].append(i)
            for unit in units:
                index[(f"{key.name}^{unit}", key.tier)].append(i)
    n = len(profiles)
    full_block = n if n <= SMALL_COLLECTION else FULL_BLOCK
    everyone = [True] * n
    looseness = {"single": narrow, "field": placeless, "story": storied}
    pairs: set[int] = set()
    for (name, tier), members in index.items():
        if len(members) < 2 or len(members) > max(MAX_BLOCK, full_block):
            continue
        if new is not None and not any(m in new for m in members):
            continue
        # A small collection compares every pair that shares a key, whatever its tier.
        loose = looseness.get(tier, vague) if n > SMALL_COLLECTION else everyone
        opposite = None if "^" in name else side
        for x, y in _block_pairs(members, tier, loose, opposite, full_block):
            if new is None or x in new or y in new:
                pairs.add(x * n + y)
    return pairs
