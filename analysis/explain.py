"""Saying what a pair is about (`Topics`, its `topic`) and why it contradicts (`why`).

`why` is written in English, with the statements quoted in their own language; `topic` is
in English too, or in French with `lang="fr"`. Every pair of one dispute gets the same
topic: the places of the transfer it bears on ("North Korea → Russia · arms"), or the place
or name the collection speaks of most among those both statements share, with the
predicate or field they share ("Vernay · death toll").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from analysis.concepts import CONCEPTS, label
from analysis.figures import Figure, describe
from analysis.profile import UNDATED, Profile
from analysis.reading import TRANSFER, Frame

QUOTE_CHARS = 90
TOPIC_PARTIES = 1  # the place or name most spoken of: one dispute, one label
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MATTER_ORDER = {c: i for i, c in enumerate(CONCEPTS) if c.startswith(("field:", "pred:"))}
_STANCE_VERBS = {"assert": "asserts it", "deny": "denies it", "hedge": "doubts it"}


def _date_label(date: str | None) -> str:
    if not date:
        return "undated"
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTH_ABBR[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split()).strip(" «»“”\"'")
    if len(flat) <= QUOTE_CHARS:
        return f"“{flat}”"
    return f"“{flat[:QUOTE_CHARS].rsplit(' ', 1)[0]}…”"


class Topics:
    """Labels of the matters pairs bear on, the same for every pair of one dispute.

    A pair whose transfer lacks a party takes the direction most often given for the
    places both statements name, so that its label joins the others.
    """

    def __init__(
        self, profiles: Sequence[Profile], lang: str, names: Mapping[str, str] | None = None
    ) -> None:
        self.lang = lang
        self.names = names or {}  # "ent:cgt" -> "CGT": names as the documents write them
        self.directions: Counter[tuple[str, str]] = Counter(
            (f.src, f.dst) for p in profiles for f in p.frames if f.src and f.dst
        )
        # How many statements name each place or name: the most named labels a dispute.
        self.salience: Counter[str] = Counter(e for p in profiles for e in p.entities)
        # Keyed by what a label reads of the two statements.
        self._memo: dict[tuple[object, ...], tuple[str, str]] = {}

    def _parties(
        self, shared: frozenset[str], frame: Frame | None, ranked: list[str]
    ) -> tuple[tuple[str, ...], bool]:
        if frame and not (frame.src and frame.dst):
            options = [
                (count, d)
                for d, count in self.directions.items()
                if all(e in shared for e in d)
                and frame.src in (None, d[0])
                and frame.dst in (None, d[1])
            ]
            if options:
                frame = Frame(*max(options)[1])
        if frame and frame.src and frame.dst:
            return (frame.src, frame.dst), True
        return tuple(ranked[:TOPIC_PARTIES]), False

    def __call__(self, a: Profile, b: Profile, frame: Frame | None) -> tuple[str, str]:
        """A short label ("North Korea → Russia · arms") and a phrase for `why`."""
        shared = a.entities & b.entities
        principal = a.principal | b.principal
        around = shared or (a.story & b.story) or principal
        # A transfer says itself in the arrow: its goods name it ("North Korea → Russia · arms").
        preds = (a.preds & b.preds) - {TRANSFER}
        matters = preds or (a.fields & b.fields) or (a.fields | b.fields)
        what = min(matters, key=_MATTER_ORDER.__getitem__, default="")
        # Without a concept, the shared glossed words ("customer", "tunnel") say the matter.
        glossed = {w for w in a.content & b.content if w.startswith("=")}
        words = () if what else tuple(sorted(glossed, key=lambda s: (-len(s), s)))
        key = (around, frame, what, words[:2])
        found = self._memo.get(key)
        if found is None:
            ranked = sorted(around, key=lambda e: (-self.salience[e], e))
            parties, directed = self._parties(shared, frame, ranked)
            found = self._memo[key] = self._label(parties, directed, what, words[:2])
        return found

    def _name(self, entity: str, lang: str) -> str:
        return self.names.get(entity) or label(entity, lang)

    def _label(
        self, parties: tuple[str, ...], directed: bool, what: str, words: tuple[str, ...]
    ) -> tuple[str, str]:
        names = [self._name(e, self.lang) for e in parties]
        plain = " ".join(w.lstrip("=") for w in words)
        matter = label(what, self.lang) if what in CONCEPTS else plain
        head = " → ".join(names) if directed else " · ".join(names)
        short = " · ".join(x for x in (head, matter) if x) or "same matter"
        en_names = [self._name(e, "en") for e in parties]
        en_matter = label(what) if what in CONCEPTS else plain
        if directed:
            phrase = f"{en_matter or 'transfers'} from {en_names[0]} to {en_names[1]}"
        elif en_matter and en_names:
            phrase = f"the {en_matter} ({', '.join(en_names)})"
        else:
            phrase = f"the {en_matter}" if en_matter else ", ".join(en_names)
        return short, phrase or "the same matter"


def _who(p: Profile) -> str:
    if not p.voice:
        date = None if p.order[0] == UNDATED else p.order[0]
        p.voice = f"{p.st.speaker or 'an unnamed source'} ({_date_label(date)})"
    return p.voice


def _quote(p: Profile) -> str:
    if not p.quote:
        p.quote = _excerpt(p.st.text)
    return p.quote


def why(kind: str, a: Profile, b: Profile, phrase: str) -> str:
    """One or two plain sentences: who said what, when, and what clashes."""
    if a.speaker and a.speaker == b.speaker:
        second = "takes it back" if b.st.stance != "assert" else "asserts it after all"
        return (
            f"On {phrase}, {_who(a)} {_STANCE_VERBS[a.st.stance]}: {_quote(a)}; "
            f"later, {_who(b)} {second}: {_quote(b)}."
        )
    verb_b = _STANCE_VERBS[b.st.stance]
    if kind == "walk_back" and b.st.stance == "hedge":
        verb_b = "walks it back"
    return (
        f"On {phrase}, {_who(a)} {_STANCE_VERBS[a.st.stance]}: {_quote(a)}; "
        f"{_who(b)} {verb_b}: {_quote(b)}."
    )


def figure_why(a: Profile, b: Profile, phrase: str, figures: tuple[Figure, Figure]) -> str:
    fa, fb = figures
    return (
        f"On {phrase}, {_who(a)} gives “{describe(fa)}” while {_who(b)} gives "
        f"“{describe(fb)}”: the figures disagree."
    )
