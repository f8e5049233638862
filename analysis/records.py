"""Records produced by the analysis and kept by the store.

Plain data classes: analysis functions return them, `store/` persists them
(as dicts, through `to_dict`/`from_dict`), the app reads them back.
All offsets are character offsets into `Document.text`.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, Self, TypeVar

Stance = Literal["assert", "deny", "hedge"]
STANCES: tuple[Stance, ...] = ("assert", "deny", "hedge")

ContradictionKind = Literal["denial", "walk_back", "figure"]
KINDS: tuple[ContradictionKind, ...] = ("denial", "walk_back", "figure")

VerdictValue = Literal["unreviewed", "confirmed", "dismissed"]
VERDICTS: tuple[VerdictValue, ...] = ("unreviewed", "confirmed", "dismissed")

R = TypeVar("R", bound="Record")


class Record:
    """Mixin giving data classes a lossless dict round trip."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**known_fields(cls, data))


@functools.cache
def field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def known_fields(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """A copy of `data` without keys `cls` does not know.

    Unknown keys are dropped so that older code can read newer rows; this runs
    once per row when a database opens, hence the cached field names.
    """
    names = field_names(cls)
    if data.keys() <= names:
        return dict(data)
    return {k: v for k, v in data.items() if k in names}


def short_hash(*parts: str, length: int = 16) -> str:
    """Stable hexadecimal id from text parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:length]


@dataclass(slots=True)
class Cue(Record):
    """A word or phrase that decided something (a stance, a reporting verb)."""

    start: int
    end: int
    text: str
    kind: str  # "negation" | "deny_verb" | "deny_phrase" | "hedge" | "reporting"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(data["start"], data["end"], data["text"], data["kind"])


@dataclass(slots=True)
class Document(Record):
    id: str  # short hash of the text: the same text is the same document
    file: str  # file name, as shown to the analyst
    path: str  # where it was ingested from
    title: str
    outlet: str | None
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision the text gives
    lang: str  # "fr" | "en"
    text: str  # cleaned text: every offset in dementi points into it
    sha256: str = ""  # full content hash of `text`
    ingested_at: str = ""  # ISO timestamp

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class Statement(Record):
    """One attributed claim: a direct quotation or reported speech."""

    id: str
    doc: str  # Document.id
    start: int
    end: int
    text: str  # == document.text[start:end]
    speaker: str | None  # canonical speaker name
    stance: Stance
    direct: bool
    cue: str  # the reporting verb or phrase as written ("a déclaré", "selon")
    cues: list[Cue] = field(default_factory=list)  # stance cues, for highlighting
    speaker_mention: str | None = None  # the speaker as written nearest the claim
    speaker_kind: str | None = None  # "person" | "org" | "anonymous"
    terms: list[str] = field(default_factory=list)  # concept and lemma keys for matching
    lang: str = "fr"
    # Set by the analyst's corrections (analysis.overrides), never by extraction:
    hidden: bool = False
    added: bool = False
    extracted: dict[str, Any] | None = None  # speaker and stance as extracted, once corrected

    @property
    def corrected(self) -> bool:
        return self.extracted is not None

    @staticmethod
    def make_id(doc: str, start: int, end: int) -> str:
        return short_hash(doc, str(start), str(end))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        row = known_fields(cls, data)
        row["cues"] = [Cue.from_dict(c) for c in row.get("cues", [])]
        return cls(**row)


@dataclass(slots=True)
class Speaker(Record):
    id: str
    name: str  # canonical name
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None  # "person" | "org" | "anonymous"


@dataclass(slots=True)
class Contradiction(Record):
    id: str
    a: str  # Statement.id, the earlier by document date
    b: str  # Statement.id
    kind: ContradictionKind
    score: float  # in [0, 1]
    why: str  # one or two plain sentences
    topic: str = ""  # the matter both bear on, for grouping into disputes
    cues_a: list[Cue] = field(default_factory=list)
    cues_b: list[Cue] = field(default_factory=list)

    @staticmethod
    def make_id(a: str, b: str, kind: str) -> str:
        first, second = sorted((a, b))
        return short_hash(first, second, kind)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contradiction:
        row = known_fields(cls, data)
        row["cues_a"] = [Cue.from_dict(c) for c in row.get("cues_a", [])]
        row["cues_b"] = [Cue.from_dict(c) for c in row.get("cues_b", [])]
        return cls(**row)


@dataclass(slots=True)
class Verdict(Record):
    """An analyst's judgement on a contradiction, keyed by its id."""

    contradiction: str
    verdict: VerdictValue = "unreviewed"
    note: str = ""
    updated: str = ""  # ISO timestamp
