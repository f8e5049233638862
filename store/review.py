"""Review state of documents, statements and contradictions."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.records import Record

MARKS = ("relevant", "irrelevant", "to-check")


@dataclass(slots=True)
class Review(Record):
    key: str  # "doc:ID" | "st:ID" | "cx:ID"
    read: bool = False
    mark: str | None = None  # one of MARKS
    tags: list[str] = field(default_factory=list)
    updated: str = ""
