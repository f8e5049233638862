"""Corrections as overrides: anchoring, re-resolution and application."""

from __future__ import annotations

import pytest

from analysis.overrides import (
    DocRef,
    Override,
    apply_overrides,
    effective_speakers,
    make_anchor,
    reset,
    resolve_anchor,
)
from analysis.records import Speaker, Statement, short_hash

TEXT = (
    "Le porte-parole, Jean Dupont, a déclaré que « la frontière est fermée ».\n\n"
    "Selon le ministère, la frontière reste ouverte.\n\n"
    "« La frontière est fermée », a répété M. Dupont."
)


def doc(text: str = TEXT, path: str = "/corpus/a.txt") -> DocRef:
    sha = short_hash(text, length=64)
    return DocRef(sha[:16], path, sha, text)


def statement(
    d: DocRef, quote: str, speaker: str, stance: str = "assert", nth: int = 1
) -> Statement:
    start = -1
    for _ in range(nth):
        start = d.text.index(quote, start + 1)
    end = start + len(quote)
    return Statement(
        Statement.make_id(d.id, start, end),
        d.id,
        start,
        end,
        quote,
        speaker,
        stance,
        True,
        "dit",
        speaker_mention=speaker,
    )


def override(action: str, n: int, **fields: object) -> Override:
    return Override(id=f"ov{n}", action=action, created=f"2026-01-01T00:00:0{n}", **fields)  # type: ignore[arg-type]


def test_anchor_resolves_in_place_when_text_is_unchanged() -> None:
    d = doc()
    start = TEXT.index("la frontière reste ouverte")
    anchor = make_anchor(d, start, start + 26)
    assert resolve_anchor(anchor, [d]) == (d.id, start, start + 26)


def test_anchor_follows_text_shifted_by_an_inserted_paragraph() -> None:
    old = doc()
    start = TEXT.index("la frontière reste ouverte")
    anchor = make_anchor(old, start, start + 26)
    new = doc("Un nouveau chapeau de trois lignes.\n\n" + TEXT)
    doc_id, s, e = resolve_anchor(anchor, [new])  # type: ignore[misc]
    assert doc_id == new.id
    assert new.text[s:e] == "la frontière reste ouverte"
    assert s == start + len("Un nouveau chapeau de trois lignes.\n\n")


def test_anchor_tells_repeated_words_apart_by_their_context() -> None:
    old = doc()
    second = TEXT.index("La frontière est fermée")  # the capitalised, second quote
    anchor = make_anchor(old, second, second + 23)
    new = doc("Préambule.\n\n" + TEXT)
    _, s, _ = resolve_anchor(anchor, [new])  # type: ignore[misc]
    assert s == second + len("Préambule.\n\n")


def test_anchor_whose_words_were_deleted_is_lost() -> None:
    old = doc()
    start = TEXT.index("la frontière reste ouverte")
    anchor = make_anchor(old, start, start + 26)
    new = doc(TEXT.replace("Selon le ministère, la frontière reste ouverte.\n\n", ""))
    assert resolve_anchor(anchor, [new]) is None


def test_anchor_outside_the_document_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the document"):
        make_anchor(doc(), 10, 10_000)


def test_hide_and_stance_overrides_apply_and_reset_restores_the_extraction() -> None:
    d = doc()
    first = statement(d, "la frontière est fermée", "Jean Dupont")
    other = statement(d, "la frontière reste ouverte", "ministère")
    hide = override("hide", 1, anchor=make_anchor(d, first.start, first.end))
    deny = override("stance", 2, anchor=make_anchor(d, other.start, other.end), value="deny")
    applied = apply_overrides([first, other], {d.id: d}, [hide, deny])
    by_id = {s.id: s for s in applied.statements}
    assert by_id[first.id].hidden
    assert by_id[other.id].stance == "deny"
    assert by_id[other.id].corrected
    assert by_id[other.id].extracted == {"speaker": "ministère", "stance": "assert"}
    assert reset(by_id[other.id]) == other
    assert reset(by_id[first.id]) == first
    assert applied.orphaned == []


def test_overrides_survive_reextraction_of_a_changed_document() -> None:
    old = doc()
    st = statement(old, "la frontière reste ouverte", "ministère")
    fix = override(
        "speaker", 1, anchor=make_anchor(old, st.start, st.end), value="Ministère de l'Intérieur"
    )
    new = doc("Mise à jour.\n\n" + TEXT)
    fresh = statement(new, "la frontière reste ouverte", "ministère")
    applied = apply_overrides([fresh], {new.id: new}, [fix])
    assert applied.statements[0].speaker == "Ministère de l'Intérieur"
    assert applied.statements[0].id == fresh.id


def test_override_on_deleted_text_is_reported_orphaned_not_dropped() -> None:
    old = doc()
    st = statement(old, "la frontière reste ouverte", "ministère")
    fix = override("hide", 1, anchor=make_anchor(old, st.start, st.end))
    new = doc(TEXT.replace("Selon le ministère, la frontière reste ouverte.\n\n", ""))
    applied = apply_overrides(
        [statement(new, "la frontière est fermée", "Jean Dupont")], {new.id: new}, [fix]
    )
    assert applied.orphaned == ["ov1"]
    assert not any(s.hidden for s in applied.statements)


def test_added_statement_takes_its_span_speaker_and_stance() -> None:
    d = doc()
    start = TEXT.index("la frontière reste ouverte")
    add = override(
        "add", 1, anchor=make_anchor(d, start, start + 26), speaker="Ministère", value="deny"
    )
    applied = apply_overrides([], {d.id: d}, [add])
    (added,) = applied.statements
    assert (added.text, added.speaker, added.stance, added.added) == (
        "la frontière reste ouverte",
        "Ministère",
        "deny",
        True,
    )
    assert d.text[added.start : added.end] == added.text
    assert reset(added) is None


def test_merge_rename_and_split_change_speakers_in_order() -> None:
    d = doc()
    a = statement(d, "la frontière est fermée", "Jean Dupont")
    b = statement(d, "La frontière est fermée", "Dupont")
    c = statement(d, "la frontière reste ouverte", "ministère")
    merge = override("merge", 1, speaker="Jean Dupont", other="Dupont")
    rename = override("rename", 2, speaker="Jean Dupont", value="Jean-Marc Dupont")
    applied = apply_overrides([a, b, c], {d.id: d}, [merge, rename])
    speakers = {s.id: s.speaker for s in applied.statements}
    assert speakers == {a.id: "Jean-Marc Dupont", b.id: "Jean-Marc Dupont", c.id: "ministère"}
    split = override("split", 3, speaker="Jean-Marc Dupont", other="Dupont")
    applied = apply_overrides([a, b, c], {d.id: d}, [merge, rename, split])
    assert {s.id: s.speaker for s in applied.statements}[b.id] == "Dupont"


def test_effective_speakers_fold_merged_aliases_and_count_only_visible_names() -> None:
    d = doc()
    a = statement(d, "la frontière est fermée", "Jean Dupont")
    b = statement(d, "La frontière est fermée", "Dupont")
    extracted = [
        Speaker("1", "Jean Dupont", ["M. Dupont"], "person"),
        Speaker("2", "Dupont", [], "person"),
    ]
    merge = override("merge", 1, speaker="Jean Dupont", other="Dupont")
    applied = apply_overrides([a, b], {d.id: d}, [merge])
    table = effective_speakers(extracted, applied.statements, [merge])
    assert [s.name for s in table] == ["Jean Dupont"]
    assert "Dupont" in table[0].aliases and "M. Dupont" in table[0].aliases
