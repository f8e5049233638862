"""One canonical speaker across documents.

"Peskov" and "Dmitry Peskov" become "Dmitri Peskov" once a full name is
known; names match case- and accent-insensitively, a surname matches the full
name that ends (or, for names written family name first, starts) with it, and
transliteration variants match by fuzzy ratio. Institutions and anonymous
descriptions only merge with the same name written differently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from analysis.gold import fold
from analysis.records import Speaker, Statement, short_hash

# Two full names written with different transliterations (Dmitri/Dmitry).
VARIANT_RATIO = 88
SURNAME_RATIO = 75
# Two spellings of one institution (Maison-Blanche/Maison Blanche fold alike already).
ORG_RATIO = 95


def speaker_id(name: str) -> str:
    return short_hash(fold(name))


def _variants(words: list[str], other: list[str]) -> bool:
    """Two spellings of one full name (Dmitri/Dmitry Peskov, Vassily Nebenzia/Vasily Nebenzya)."""
    if len(words) < 2 or len(other) < 2:
        return False
    whole = fuzz.ratio(" ".join(words), " ".join(other))
    return whole >= VARIANT_RATIO and fuzz.ratio(words[-1], other[-1]) >= SURNAME_RATIO


class _Table:
    def __init__(self, known: Iterable[Speaker]) -> None:
        self.speakers: list[Speaker] = [replace(s, aliases=list(s.aliases)) for s in known]

    def find(self, name: str, kind: str | None) -> Speaker | None:
        key = fold(name)
        words = key.split()
        for speaker in self.speakers:
            if key == fold(speaker.name) or key in (fold(a) for a in speaker.aliases):
                return speaker
        if kind == "person" or kind is None:
            if len(words) == 1:
                return self._by_surname(key)
            for speaker in self.speakers:
                if speaker.kind not in ("person", None):
                    continue
                other = fold(speaker.name).split()
                if _variants(words, other):
                    return speaker
        else:
            for speaker in self.speakers:
                if speaker.kind == kind and fuzz.ratio(key, fold(speaker.name)) >= ORG_RATIO:
                    return speaker
        return None

    def _by_surname(self, key: str) -> Speaker | None:
        candidates = [
            s
            for s in self.speakers
            if s.kind in ("person", None)
            and len(fold(s.name).split()) > 1
            and key in (fold(s.name).split()[-1], fold(s.name).split()[0])
        ]
        return candidates[0] if len(candidates) == 1 else None

    def add(self, name: str, kind: str | None) -> Speaker:
        found = self.find(name, kind)
        if found is None:
            found = Speaker(speaker_id(name), name, [name], kind)
            self.speakers.append(found)
            self._absorb_surnames(found)
            return found
        if name not in found.aliases:
            found.aliases.append(name)
        if kind == "person" and len(name.split()) > len(found.name.split()):
            found.name, found.id = name, speaker_id(name)
        return found

    def _absorb_surnames(self, full: Speaker) -> None:
        """A full name met after its bare surname takes the surname's speaker in."""
        words = fold(full.name).split()
        if full.kind not in ("person", None) or len(words) < 2:
            return
        for other in list(self.speakers):
            if other is full or other.kind not in ("person", None):
                continue
            if fold(other.name) in (words[-1], words[0]):
                full.aliases.extend(a for a in other.aliases if a not in full.aliases)
                self.speakers.remove(other)


def canonicalize(
    known: list[Speaker], statements: list[Statement]
) -> tuple[list[Speaker], list[Statement]]:
    """Merge the speakers of `statements` into `known`.

    Returns the updated speakers table and the statements with `speaker` set to
    the canonical name. Full names are placed first so that a bare surname finds
    the full name whichever document comes first.
    """
    table = _Table(known)
    named = [s for s in statements if s.speaker]
    order = sorted(
        {(s.speaker, s.speaker_kind) for s in named},
        key=lambda p: (-len(p[0].split()), fold(p[0]), p[1] or ""),
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
