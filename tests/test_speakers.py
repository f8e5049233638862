"""One canonical speaker across documents."""

from __future__ import annotations

from analysis.gold import fold
from analysis.records import Speaker, Statement, short_hash
from analysis.speakers import canonicalize


def said(
    speaker: str | None, kind: str | None = "person", doc: str = "d1", n: int = 0
) -> Statement:
    return Statement(
        id=Statement.make_id(doc, n, n + 5),
        doc=doc,
        start=n,
        end=n + 5,
        text="words",
        speaker=speaker,
        stance="assert",
        direct=False,
        cue="said",
        speaker_kind=kind,
    )


def names(statements: list[Statement]) -> list[str | None]:
    return [s.speaker for s in statements]


def test_a_surname_joins_the_full_name_whichever_comes_first() -> None:
    speakers, statements = canonicalize([], [said("Peskov", n=0), said("Dmitri Peskov", n=10)])
    assert names(statements) == ["Dmitri Peskov", "Dmitri Peskov"]
    (peskov,) = speakers
    assert peskov.id == short_hash(fold("Dmitri Peskov"))
    assert set(peskov.aliases) >= {"Peskov", "Dmitri Peskov"}


def test_accents_case_and_transliterations_merge() -> None:
    _, statements = canonicalize(
        [],
        [
            said("Dmitri Peskov", n=0),
            said("Dmitry Peskov", n=10),
            said("DMITRI PESKOV", n=20),
            said("Sergueï Lavrov", n=30),
            said("Serguei Lavrov", n=40),
        ],
    )
    assert names(statements) == ["Dmitri Peskov"] * 3 + ["Sergueï Lavrov"] * 2


def test_different_people_stay_apart() -> None:
    speakers, statements = canonicalize(
        [],
        [
            said("Kim Jong Un", n=0),
            said("Kim Jong Il", n=10),
            said("John Kerry", n=20),
            said("John Kirby", n=30),
        ],
    )
    assert len(speakers) == 4
    assert names(statements) == ["Kim Jong Un", "Kim Jong Il", "John Kerry", "John Kirby"]


def test_an_ambiguous_surname_is_left_alone() -> None:
    _, statements = canonicalize(
        [], [said("Anna Smith", n=0), said("John Smith", n=10), said("Smith", n=20)]
    )
    assert names(statements)[2] == "Smith"


def test_known_speakers_are_kept_and_grown() -> None:
    known = [Speaker(short_hash(fold("John Kirby")), "John Kirby", ["John Kirby"], "person")]
    speakers, statements = canonicalize(known, [said("Kirby", doc="d9")])
    assert statements[0].speaker == "John Kirby"
    assert len(speakers) == 1 and "Kirby" in speakers[0].aliases
    assert known[0].aliases == ["John Kirby"]  # the table given in is not changed


def test_institutions_merge_only_with_their_own_spellings() -> None:
    speakers, statements = canonicalize(
        [],
        [
            said("Maison-Blanche", "org", n=0),
            said("Maison Blanche", "org", n=10),
            said("Kremlin", "org", n=20),
            said("responsable militaire anonyme", "anonymous", n=30),
        ],
    )
    first, second = names(statements)[:2]
    assert first == second and first is not None and fold(first) == "maison blanche"
    assert names(statements)[2:] == ["Kremlin", "responsable militaire anonyme"]
    assert {s.kind for s in speakers} == {"org", "anonymous"}


def test_statements_without_speaker_pass_through() -> None:
    speakers, statements = canonicalize([], [said(None, None)])
    assert speakers == [] and names(statements) == [None]
