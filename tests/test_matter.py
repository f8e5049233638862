from analysis.matter import Matters, Weights
from analysis.profile import build
from analysis.reading import DocContext, DocReading
from analysis.records import Statement


def profiles(*claims: tuple[str, str]) -> list:
    """One document per (text, stance); each statement is its document's whole text."""
    out, shapes = [], {}
    for k, (text, stance) in enumerate(claims):
        doc = DocReading(DocContext(text, "2024-01-01", "", "en"), k)
        st = Statement(f"s{k}", f"d{k}", 0, len(text), text, f"speaker {k}", stance, False, "")  # type: ignore[arg-type]
        out.append(build(st, doc, shapes))
    return out


def test_rare_words_weigh_more_than_common_ones():
    ps = profiles(
        ("The town tunnel roof had cracks", "assert"),
        ("The town tunnel roof never had cracks", "deny"),
        ("The town weather was fine", "assert"),
        ("The town road was open", "assert"),
    )
    weights = Weights(ps)
    assert weights.idf["=crack"] > weights.idf["=town"]
    assert weights.overlap(ps[0], ps[1]) > weights.overlap(ps[0], ps[2]) > 0
    assert weights.overlap(ps[2], ps[2]) == 1.0


def test_different_predicates_part_two_claims_of_one_story():
    toll, source, other_source = profiles(
        ("Officials in Lens said the outbreak had killed 12 people", "assert"),
        ("Sorvex in Lens said its tower was not the source of the outbreak", "deny"),
        ("Officials in Lens said the Sorvex tower was the source of the outbreak", "assert"),
    )
    matters = Matters(Weights([toll, source, other_source]))
    assert toll.own_preds == {"pred:toll"} and source.own_preds == {"pred:cause"}
    assert matters(toll, source)[0] == 0
    assert matters(other_source, source)[0] > 0.5


def test_counts_of_one_thing_make_one_claim_across_languages():
    organisers, police = profiles(
        ("Organisers in Lyon said 120,000 marched", "assert"),
        ("Selon la police de Lyon, 18 000 personnes étaient là", "deny"),
    )
    score, _ = Matters(Weights([organisers, police]))(organisers, police)
    assert score > 0.5
