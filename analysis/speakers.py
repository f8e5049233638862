"""One canonical speaker across documents.

"Peskov" and "Dmitry Peskov" become "Dmitri Peskov" once a full name is
known; names match case- and accent-insensitively, a surname matches the full
name that ends (or, for names written family name first, starts) with it, and
transliteration variants match by fuzzy ratio. Institutions and anonymous
descriptions only merge with the same name written differently.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from rapidfuzz import fuzz

from analysis.gold import fold
from analysis.records import Speaker, Statement, short_hash

# Two full names written with different transliterations (Dmitri/Dmitry Peskov).
VARIANT_RATIO = 88
SURNAME_RATIO = 75
# Two spellings of one institution ("Maison-Blanche"/"Maison Blanche" fold alike already).
ORG_RATIO = 95
PERSON_KINDS = ("person", None)


def speaker_id(name: str) -> str:
    return short_hash(fold(name))


def _variants(words: list[str], other: list[str]) -> bool:
    """Two spellings of one full name (Dmitri/Dmitry Peskov, Vassily Nebenzia/Vasily Nebenzya)."""
    if len(words) < 2 or len(other) < 2:
        return False
    whole = fuzz.ratio(" ".join(words), " ".join(other))
    return whole >= VARIANT_RATIO and fuzz.ratio(words[-1], other[-1]) >= SURNAME_RATIO


class _Table:
    """The speakers table with the indexes that keep look-ups off a scan of every speaker."""

    def __init__(self, known: list[Speaker]) -> None:
        self.speakers: list[Speaker] = []
        self.by_key: dict[str, Speaker] = {}
        self.by_word: dict[str, list[Speaker]] = defaultdict(list)  # persons: first/last word
        self.by_prefix: dict[str, list[Speaker]] = defaultdict(list)  # fuzzy candidates
        for speaker in known:
            self._index(replace(speaker, aliases=list(speaker.aliases)))

    def _index(self, speaker: Speaker) -> None:
        self.speakers.append(speaker)
        for name in (speaker.name, *speaker.aliases):
            self.by_key.setdefault(fold(name), speaker)
        self._index_name(speaker)

    def _index_name(self, speaker: Speaker) -> None:
        words = fold(speaker.name).split()
        if not words:
            return
        if speaker.kind in PERSON_KINDS and len(words) > 1:
            for word in {words[0], words[-1]}:
                self.by_word[word].append(speaker)
            self.by_prefix[words[-1][:2]].append(speaker)
        elif speaker.kind not in PERSON_KINDS:
            self.by_prefix[" ".join(words)[:3]].append(speaker)

    def find(self, name: str, kind: str | None) -> Speaker | None:
        key = fold(name)
        words = key.split()
        if key in self.by_key:
            return self.by_key[key]
        if not words:
            return None
        if kind not in PERSON_KINDS:
            for speaker in self.by_prefix.get(key[:3], ()):
                if speaker.kind == kind and fuzz.ratio(key, fold(speaker.name)) >= ORG_RATIO:
                    return speaker
            return None
        if len(words) == 1:
            # A bare surname joins a full name only when one person bears it.
            candidates = {id(s): s for s in self.by_word.get(key, ())}
            return next(iter(candidates.values())) if len(candidates) == 1 else None
        for speaker in self.by_prefix.get(words[-1][:2], ()):
            if _variants(words, fold(speaker.name).split()):
                return speaker
        return None

    def add(self, name: str, kind: str | None) -> None:
        found = self.find(name, kind)
        if found is None:
            found = Speaker(speaker_id(name), name, [name], kind)
            self._index(found)
            self._absorb_surnames(found)
            return
        if name not in found.aliases:
            found.aliases.append(name)
        self.by_key.setdefault(fold(name), found)
        if kind == "person" and len(name.split()) > len(found.name.split()):
            found.name, found.id = name, speaker_id(name)
            self._index_name(found)

    def _absorb_surnames(self, full: Speaker) -> None:
        """A full name met after its bare surname takes the surname's speaker in."""
        words = fold(full.name).split()
        if full.kind not in PERSON_KINDS or len(words) < 2:
            return
        for word in {words[0], words[-1]}:
            single = self.by_key.get(word)
            if single is None or single is full or single.kind not in PERSON_KINDS:
                continue
            if len(fold(single.name).split()) != 1 or len(self.by_word.get(word, ())) != 1:
                continue
            full.aliases.extend(a for a in single.aliases if a not in full.aliases)
            for alias in single.aliases:
                self.by_key[fold(alias)] = full
            self.speakers.remove(single)


def canonicalize(
    known: list[Speaker], statements: list[Statement]
) -> tuple[list[Speaker], list[Statement]]:
    """Merge the speakers of `statements` into `known`.

    Returns the updated speakers table and the statements with `speaker` set to
    the canonical name (`known` itself is left unchanged). Longer names are
    placed first so that a bare surname finds its full name whichever document
    comes first.
    """
    table = _Table(known)
    first_seen: dict[tuple[str, str | None], int] = {}
    for k, s in enumerate(statements):
        if s.speaker:
            first_seen.setdefault((s.speaker, s.speaker_kind), k)
    # Longest names first; among spellings of one name, written case before capitals.
    order = sorted(
        first_seen,
        key=lambda p: (-len(p[0].split()), fold(p[0]), p[0].isupper(), first_seen[p]),
    )
    for name, kind in order:
        table.add(name, kind)
    canonical: dict[tuple[str, str | None], str] = {}
    for name, kind in order:
        found = table.find(name, kind)
        canonical[(name, kind)] = found.name if found else name
    updated = [
        replace(s, speaker=canonical[(s.speaker, s.speaker_kind)]) if s.speaker else s
        for s in statements
    ]
    return table.speakers, updated
