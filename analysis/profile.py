"""One statement, read once and ready for comparison: what it bears on (`Profile`).

An assertion bears on what it says itself, with the parties of its sentence; one that only
confirms ("the sample appeared genuine", "rien ne justifiait cette charge") bears on what was
said just before it. A denial or a hedge often points back ("Moscou a démenti cette
information", "Bellmoor denied it"): it then takes its matter from the sentences before it
(`reading.context`), and from the story its document mostly tells when it names the same
parties. A statement that names nothing bears on what its document is about: the places,
bodies and names (words the document writes with a capital) it mentions most.

A statement's predicates are those of its own words (`own_preds`) or, when these name none,
those it borrows; only its own can set it apart from another claim (`analysis.matter`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

from analysis.concept_tables import CONFIRMATIONS, DEMONSTRATIVES, TIME_WORDS, WITHHOLDING
from analysis.concepts import concepts_in, entities_in, fold, is_entity
from analysis.figures import Figure, find_figures
from analysis.reading import DocReading, Facts, Frame, context, merge, names
from analysis.records import Statement

UNDATED = "9999"  # sorts undated documents after dated ones
ASSERTS, DENIES, DOUBTS = 1, 2, 4
# Units whose count says what a statement is about.
COUNTED_PREDICATES = {"deaths": "pred:toll", "injured": "pred:injured", "jobs": "pred:layoffs"}


@dataclass(slots=True)
class Profile:
    """A statement with what it bears on; built once per run (`build`)."""

    st: Statement
    order: tuple[str, int, int]  # (document date, document order, offset): time order
    entities: frozenset[str]
    principal: frozenset[str]
    ordered_entities: tuple[str, ...]
    fields: frozenset[str]
    frames: tuple[Frame, ...]
    preds: frozenset[str]  # what it says happened ("pred:toll"), "pred:transfer" included
    own_preds: frozenset[str]  # those its own words (or its sentence) say, not borrowed
    content: frozenset[str]  # keys of the words and concepts of its own matter
    story: frozenset[str]  # the places, bodies and names its document speaks of most
    figures: tuple[Figure, ...]
    borrowed: bool  # its matter comes partly from the sentences before it or its document
    withholds: bool  # a hedge that withholds confirmation rather than speculates
    speaker: str
    transfer: bool  # the statement itself speaks of a transfer
    hypothetical: bool  # an assertion that a transfer is warned against, asked or tried
    voice_of: frozenset[str]  # the places the speaker speaks for ("Kremlin" -> Russia)
    pole: int = 0  # see `pole`
    mass: float = 0.0  # the weight of its content keys in the collection (`matter.Weights`)
    shape: int = 0  # equal for statements alike in everything `matter.structure` reads
    voice: str = ""  # "speaker (date)", once written
    quote: str = ""  # the excerpt quoted in `why`, once written


def speaker_key(name: str | None) -> str:
    return " ".join(fold(name).replace("-", " ").split()) if name else ""


def _term_entities(st: Statement) -> list[str]:
    """Places and names the extractor found ("ent:…" terms), as concepts where known."""
    out: list[str] = []
    speaker = speaker_key(st.speaker)
    for term in st.terms:
        if not term.startswith("ent:"):
            continue
        name = term[4:]
        if any(c.isdigit() for c in name) or not TIME_WORDS.isdisjoint(fold(name).split()):
            continue  # a date or a number, not a party
        known = concepts_in(name)
        key = speaker_key(name)
        if known:
            out.extend(c for c in known if is_entity(c))
        elif key and key != speaker and fuzz.partial_ratio(key, speaker) < 90:
            out.append(f"ent:{key}")
    return out


def _withholds(st: Statement, doc: DocReading, lo: int, hi: int) -> bool:
    """A hedge that withholds confirmation ("no indication that ...") rather than speculates."""
    return not WITHHOLDING.isdisjoint(doc.folds[lo:hi]) or "n't" in doc.folded[st.start : st.end]


def _confirms(doc: DocReading, st: Statement) -> bool:
    """Whether an assertion confirms or points at something said before it ("the data
    appeared genuine", "rien ne justifiait cette charge")."""
    lo, hi = doc.token_range(st.start, st.end)
    words = doc.folds[lo:hi]
    return not (CONFIRMATIONS.isdisjoint(words) and DEMONSTRATIVES.isdisjoint(words))


class _Read(NamedTuple):
    facts: Facts  # what the statement bears on
    span: Facts  # what its own words say
    own_preds: frozenset[str]  # the predicates of its own words (or of its sentence)
    borrowed: bool  # whether it took its matter from the sentences before it


def _read(st: Statement, doc: DocReading) -> _Read:
    """What a statement bears on, from its words, its sentence and those before it."""
    span = doc.facts(st.start, st.end)
    first, last = doc.sentence_of(st.start), doc.sentence_of(max(st.start, st.end - 1))
    sentence = doc.facts(doc.sentence_span(first)[0], doc.sentence_span(last)[1])
    if st.stance == "assert":
        # An assertion takes parties and fields from its sentence only when it speaks of
        # goods or of a transfer itself: "un accord impliquant des millions d'obus".
        about = bool(span.fields or span.transfers)
        facts = Facts(
            span.entities + sentence.entities,
            span.fields or (sentence.fields if about else frozenset()),
            span.frames or (sentence.frames if about else ()),
            False,
            preds=span.preds,
            content=span.content,
        )
        if span.preds or facts.fields or not _confirms(doc, st):
            return _Read(facts, span, span.preds, False)
        # "The figure is right", "the data appeared genuine": it confirms what was said
        # before it.
        before = context(doc, first)
        facts = facts._replace(
            fields=before.fields, preds=before.preds, content=facts.content | before.content
        )
        return _Read(facts, span, frozenset(), bool(before.preds or before.fields))
    # A denial says what it denies, or the words before it in its sentence do ("Livraison
    # d'armes à la Russie : Moscou dénie"); those after it are often another claim ("said the
    # vote had been fair and that turnout reached 58%").
    lead = doc.sentence_span(first)[0]
    own = span if span.preds or span.anaphoric else doc.facts(lead, st.end)
    facts = Facts(
        span.entities + sentence.entities,
        span.fields | sentence.fields,
        span.frames or sentence.frames,
        span.anaphoric,
        preds=own.preds,
        content=span.content | own.content,
    )
    # It points back, says too little of its own, or names no transfer: a denial is
    # about what was said before it ("les achats n'étaient pas encore terminés").
    vague = not (facts.fields and facts.entities)
    if not (span.anaphoric or vague or not facts.frames):
        return _Read(facts, span, own.preds, False)
    before = context(doc, first)
    if facts.preds and not span.anaphoric:
        # Its own words name what it denies: the sentences before lend parties only.
        before = before._replace(preds=frozenset(), content=frozenset())
    main = Facts((), frozenset(), doc.main_frames(sentence), False)
    borrowed = bool(before.entities or before.fields)
    return _Read(merge(facts, before, main), span, own.preds, borrowed)


def build(st: Statement, doc: DocReading, shapes: dict[tuple[object, ...], int]) -> Profile:
    """The profile of `st`, a statement of `doc`; `shapes` numbers the distinct structures."""
    lo, hi = doc.token_range(st.start, st.end)
    facts, span, own_preds, borrowed = _read(st, doc)
    speaker_words = frozenset(speaker_key(f"{st.speaker or ''} {st.speaker_mention or ''}").split())
    own_names = names(doc, lo, hi, speaker_words)
    ordered = tuple(dict.fromkeys([*facts.entities, *own_names, *_term_entities(st)]))
    story = doc.topic()
    preds, fields = facts.preds, facts.fields
    # A statement that names nothing bears on what its document is about ("I would be very
    # surprised if this came from anywhere else").
    lang = st.lang or doc.ctx.lang
    inherited = not ordered
    if inherited:
        ordered = story
    figures = tuple(find_figures(st.text, lang, st.start, doc.folded[st.start : st.end]))
    counted = {COUNTED_PREDICATES[f.unit] for f in figures if f.unit in COUNTED_PREDICATES}
    if counted:
        # A statement that counts the dead is about the toll, whatever else it says of
        # them ("only five deaths can be linked to legionella").
        preds = own_preds = frozenset(counted)
    framed = {e for fr in facts.frames for e in fr if e}
    voice = frozenset(entities_in(st.speaker or ""))
    # Who accuses is seldom what the accusation is about; who denies often is ("Brazilian
    # officials denied having dumped steel").
    told = set(facts.entities) - voice if st.stance == "assert" else set(span.entities)
    principal = framed or (told | set(own_names) if told or own_names else set(ordered))
    profile = Profile(
        st=st,
        order=(doc.ctx.date or UNDATED, doc.order, st.start),
        entities=frozenset(ordered),
        principal=frozenset(principal),
        ordered_entities=ordered,
        fields=fields,
        frames=facts.frames,
        preds=preds,
        own_preds=own_preds,
        content=facts.content,
        story=frozenset(story),
        figures=figures,
        borrowed=borrowed or inherited,
        withholds=st.stance == "hedge" and _withholds(st, doc, lo, hi),
        speaker=speaker_key(st.speaker),
        transfer=span.transfers > 0,
        hypothetical=st.stance == "assert" and span.hypothetical > 0 and not span.transfers,
        voice_of=voice,
    )
    shape = (
        profile.entities,
        profile.principal,
        profile.frames,
        profile.transfer,
        st.stance == "assert",
        profile.story,
    )
    profile.shape = shapes.setdefault(shape, len(shapes))
    profile.pole = pole(profile)
    return profile


def pole(p: Profile) -> int:
    """ASSERTS, DENIES or DOUBTS for stance pairs; 0 for an assertion that makes none (a
    transfer warned against or attempted)."""
    if p.st.stance == "assert":
        return 0 if p.hypothetical else ASSERTS
    if p.st.stance == "deny":
        return DENIES
    return DOUBTS
