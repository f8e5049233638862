"""Pairs of statements that contradict each other, with a score and a plain reason.

Kinds:
- `denial`: one side asserts what another denies;
- `walk_back`: an assertion taken back or weakened ("no indication that the purchase was
  finalised"), or denied by its own speaker (or by another voice of the same country);
- `figure`: one quantity or date given differently by two sources (`analysis.figures`).
Statements of one stance never pair; a hedge that only speculates ("could", "may") walks
back less than one that withholds confirmation ("no indication", "not yet") and scores
lower; an assertion that a transfer was warned against or attempted ("warned X against
selling arms") asserts no transfer.

Two statements bear on the same matter when they name the same places or bodies and the
same field (`analysis.concepts`), and when the parties of any transfer they describe agree:
"North Korea sells arms to Russia" and "Iran delivers drones to Russia" share Russia and
arms but not the seller. A denial or a hedge often points back ("Moscou a démenti cette
information"): it then takes its matter from the sentences before it, and from the story
its document mostly tells when it names the same parties. A statement that names nothing
("the sample appeared genuine") bears on what its document is about: the places, bodies,
names (words the document writes with a capital) and fields it mentions most.

Candidates come from an inverted index on (place, place, field), (place, field), field and
rare-word keys, each statement's keys computed once. In a collection of up to
SMALL_COLLECTION statements, any two statements that share a key are compared; in a
larger one, only those its tier allows (`_Key`), keys shared by more than
MAX_BLOCK statements are skipped as too common, large blocks only pair statements close in
time, and each statement keeps its MAX_PARTNERS best pairs, so that the work grows linearly.

`why` is written in English, with the statements quoted in their own language; `topic` is
in English too, or French with `label_lang="fr"`.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from typing import NamedTuple

from rapidfuzz import fuzz

from analysis.concepts import (
    ANAPHORS,
    ARTICLES,
    BETWEEN_WORDS,
    BY_WORDS,
    CLAIM_NOUNS,
    CLAUSE_BREAKS,
    CONCEPTS,
    DEFINITE,
    DEMONSTRATIVES,
    FROM_WORDS,
    IRREALIS,
    NEGATION,
    OF_WORDS,
    ORIGIN_WORDS,
    OTHER_PREPOSITIONS,
    POINTERS,
    STOPWORDS,
    TIME_WORDS,
    TO_WORDS,
    TRADED,
    Mention,
    concepts_in,
    entities_in,
    find_mentions,
    fold,
    is_entity,
    label,
    norm,
    tokenize,
    top,
)
from analysis.figures import Figure, conflicting, describe, find_figures
from analysis.records import Contradiction, Cue, Statement

# A collection of up to SMALL_COLLECTION statements is compared in full. Beyond, a block
# larger than FULL_BLOCK only pairs statements close in time and each statement keeps its
# MAX_PARTNERS best pairs, so that the work stays linear in the size of the collection.
SMALL_COLLECTION = 2000
FULL_BLOCK = 80  # statements sharing one key that are all compared with each other
MAX_BLOCK = 3000  # a commoner key is skipped; between the two, only neighbours in time
WINDOW = 6  # partners on either side of each statement in a block larger than FULL_BLOCK
MAX_CONTEXT = 3  # sentences read back for a denial that points back
TOPIC_ENTITIES = 3  # places, bodies and names that make a document's topic
TOPIC_FIELDS = 2
FRAME_WINDOW = 16  # tokens after a transfer word where its parties are looked for
SUBJECT_WINDOW = 8  # tokens before it where its subject is
HYPOTHETICAL_WINDOW = 8  # tokens before a transfer word where a warning or a request is seen
MAX_KEY_ENTITIES = 4  # places of a statement that go into its keys
MAX_KEY_FIELDS = 2
RARE_STEMS = 2
MIN_MATTER = 0.5
MIN_FIGURE_MATTER = 0.65
QUOTE_CHARS = 90
MAX_PARTNERS = 20  # pairs kept per statement in a large collection, the best first
UNDATED = "9999"  # sorts undated documents after dated ones
ASSERTS, DENIES, DOUBTS = 1, 2, 4

_SENTENCE_END = re.compile(r"\n+|(?<=[.!?…])[\"»”’)]*\s+(?=[\"«“(]?[A-ZÀ-Ý0-9])")
# A subject is looked for leftwards into an opening quote ("Russia “is buying"), not out of
# a closing one.
_SUBJECT_STOPS = re.compile(r"[:;»”()\[\]]")
_OBJECT_STOPS = re.compile(r"[:;()\[\]]|[.!?]\s")
_BREAK = re.compile(r"[.!?:\n«“\"]")  # a capital after one of these starts a sentence
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FIELD_ORDER = {c: i for i, c in enumerate(CONCEPTS) if c.startswith("field:")}
_STANCE_VERBS = {"assert": "asserts it", "deny": "denies it", "hedge": "doubts it"}


@dataclass(frozen=True, slots=True)
class DocContext:
    text: str
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    title: str = ""
    lang: str = "fr"


@dataclass(slots=True)
class DetectionResult:
    contradictions: list[Contradiction]
    candidates_examined: int


class Frame(NamedTuple):
    """Who hands what to whom, as far as the text says: a transfer between parties."""

    src: str | None
    dst: str | None


class _Facts(NamedTuple):
    entities: tuple[str, ...]  # in order of first mention
    fields: frozenset[str]  # broadest fields
    frames: tuple[Frame, ...]
    anaphoric: bool
    transfers: int = 0  # transfer words said to have happened
    hypothetical: int = 0  # transfer words inside a warning, a request or an attempt


_NO_FACTS = _Facts((), frozenset(), (), False)


class _Doc:
    """A document tokenised once: its tokens, concept mentions and sentences."""

    def __init__(self, ctx: DocContext, order: int) -> None:
        self.ctx = ctx
        self.order = order
        self.folded = fold(ctx.text)
        self.tokens = tokenize(ctx.text, self.folded)
        self.folds, self.starts, self.ends = self.tokens.folds, self.tokens.starts, self.tokens.ends
        self.mentions = find_mentions(self.tokens)
        self.mention_firsts = [m.first for m in self.mentions]
        self.named = {
            i for m in self.mentions if is_entity(m.concept) for i in range(m.first, m.last + 1)
        }
        self.mentioned = {i for m in self.mentions for i in range(m.first, m.last + 1)}
        self.name_words = self._name_words()
        self._topic: tuple[tuple[str, ...], frozenset[str]] | None = None
        bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(ctx.text)] + [len(ctx.text)]
        self.sentence_starts = sorted(set(bounds[:-1]))
        self._facts: dict[tuple[int, int], _Facts] = {}
        self._main: Frame | tuple[()] | None = None
        self.claim_sentences: set[int] = set()  # sentences holding a statement

    def _name_words(self) -> frozenset[str]:
        """Words this document writes with a capital inside a sentence and that the lexicon
        does not know: the names of its companies, towns, newspapers ("Helix", "Lens")."""
        text, starts, ends, folds = self.ctx.text, self.starts, self.ends, self.folds
        found = set()
        for i in range(1, len(starts)):
            word = folds[i]
            if (
                text[starts[i]].isupper()
                and i not in self.mentioned
                and len(word) > 2
                and word not in STOPWORDS
                and not _BREAK.search(text, ends[i - 1], starts[i])
            ):
                found.add(word)
        return frozenset(found)

    def topic(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """The places, bodies, names and fields the document speaks of most (twice at least)."""
        if self._topic is None:
            counts: Counter[str] = Counter(m.concept for m in self.mentions if is_entity(m.concept))
            counts.update(_names(self, 0, len(self.starts), frozenset()))
            fields: Counter[str] = Counter(
                top(m.concept) for m in self.mentions if m.concept.startswith("field:")
            )
            entities = tuple(e for e, n in counts.most_common(TOPIC_ENTITIES) if n > 1)
            main = frozenset(f for f, n in fields.most_common(TOPIC_FIELDS) if n > 1)
            self._topic = (entities, main)
        return self._topic

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.ctx.text)
        )
        return self.sentence_starts[index], end

    def main_frames(self, sentence: _Facts) -> tuple[Frame, ...]:
        """The transfer the document's statements mostly tell of, if `sentence` names both
        its parties.

        A denial of "these accusations" in a news article most often denies the story
        the article tells, when it names the same parties.
        """
        if self._main is None:
            counts: Counter[Frame] = Counter()
            for index in sorted(self.claim_sentences):
                counts.update(f for f in self.facts(*self.sentence_span(index)).frames if all(f))
            ranked = counts.most_common(2)
            clear = (
                ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            )
            self._main = ranked[0][0] if clear else ()
        main = self._main
        return (main,) if main and all(e in sentence.entities for e in main) else ()

    def stems(self, lo: int, hi: int) -> set[str]:
        """Stems of the content words of tokens lo..hi, names of places left out."""
        norms, named = self.tokens.norms, self.named
        return {
            _stem(norms[i])
            for i in range(lo, hi)
            if len(self.folds[i]) > 2
            and self.folds[i] not in STOPWORDS
            and self.folds[i].isalpha()
            and i not in named
        }

    def facts(self, start: int, end: int) -> _Facts:
        key = (start, end)
        if key not in self._facts:
            lo = bisect.bisect_left(self.starts, start)
            hi = bisect.bisect_left(self.starts, end)
            self._facts[key] = _facts(self, lo, hi) if hi > lo else _NO_FACTS
        return self._facts[key]


# --- what a stretch of text is about -------------------------------------------------------


def _role(folds: list[str], first: int) -> str | None:
    """The role word before a name: "to" ("à", "vers"), "at" ("à" alone), "from", "by", "of"."""
    j = first - 1
    while j >= 0 and folds[j] in ARTICLES and first - j <= 2:
        j -= 1
    if j < 0:
        return None
    word = folds[j]
    if word in OF_WORDS and j > 0:
        before = folds[j - 1]
        if before in FROM_WORDS:
            return "from"
        if before == "destination":
            return "to"
    if word in ("a", "au", "aux"):
        return "at"
    for role, words in (("to", TO_WORDS), ("from", FROM_WORDS), ("by", BY_WORDS)):
        if word in words:
            return role
    if word in OF_WORDS:
        return "of"
    if word in BETWEEN_WORDS or word in OTHER_PREPOSITIONS:
        return "other"
    return None


_GIVE_ROLES = {"to": "dst", "at": "dst", "from": "src", "by": "src", "of": "src"}
_GET_ROLES = {"to": "dst", "at": "src", "from": "src", "by": "dst", "of": "src"}


def _origin(folds: list[str], mentions: list[Mention], k: int) -> bool:
    """Whether place mention k names where goods come from ("drones iraniens", "Iranian-made")."""
    m = mentions[k]
    prev = mentions[k - 1] if k > 0 else None
    if prev and top(prev.concept) in TRADED:
        gap = folds[prev.last + 1 : m.first]
        if not gap or (len(gap) <= 2 and gap[-1] in ORIGIN_WORDS | {"de", "d", "of"}):
            return not gap or any(w in ORIGIN_WORDS for w in gap)
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt and top(nxt.concept) in TRADED:
        gap = folds[m.last + 1 : nxt.first]
        return not gap or (len(gap) == 1 and gap[0] in ORIGIN_WORDS)
    return False


def _transfer_frame(doc: _Doc, ms: list[Mention], k: int, lo: int, hi: int) -> Frame:
    """The parties of the transfer word ms[k]: marked ones ("à la Russie", "from Iran") first,
    then the subject before it for the slot still open."""
    folds, starts, ends, text = doc.folds, doc.starts, doc.ends, doc.ctx.text
    verb = ms[k]
    roles = _GIVE_ROLES if verb.concept == "give" else _GET_ROLES
    found: dict[str, str] = {}
    for p in range(k + 1, len(ms)):
        e = ms[p]
        if e.concept in ("give", "get") or e.first - verb.last > FRAME_WINDOW or e.last >= hi:
            break
        between = folds[verb.last + 1 : e.first]
        if any(f in CLAUSE_BREAKS for f in between) or _OBJECT_STOPS.search(
            text, ends[verb.last], starts[e.first]
        ):
            break
        if not is_entity(e.concept):
            continue
        role = _role(folds, e.first)
        slot = roles.get(role) if role else None
        if role is None and _origin(folds, ms, p):
            slot = "src"
        elif role is None and verb.concept == "give" and e.first - verb.last <= 3:
            slot = "dst"  # "supply Russia with shells"
        if slot and slot not in found and e.concept not in found.values():
            found[slot] = e.concept
    subject_slot = "src" if verb.concept == "give" else "dst"
    for p in range(k - 1, -1, -1):
        e = ms[p]
        if e.concept in ("give", "get") or verb.first - e.last > SUBJECT_WINDOW or e.first < lo:
            break
        between = folds[e.last + 1 : verb.first]
        if any(f in CLAUSE_BREAKS for f in between) or _SUBJECT_STOPS.search(
            text, ends[e.last], starts[verb.first]
        ):
            break
        if is_entity(e.concept) and _role(folds, e.first) is None:
            if subject_slot not in found and e.concept not in found.values():
                found[subject_slot] = e.concept
            break
    return Frame(found.get("src"), found.get("dst"))


def _facts(doc: _Doc, lo: int, hi: int) -> _Facts:
    a = bisect.bisect_left(doc.mention_firsts, lo)
    b = bisect.bisect_left(doc.mention_firsts, hi)
    ms = [m for m in doc.mentions[a:b] if m.last < hi]
    entities = tuple(dict.fromkeys(m.concept for m in ms if is_entity(m.concept)))
    fields = frozenset(top(m.concept) for m in ms if m.concept.startswith("field:"))
    frames: list[Frame] = []
    transfers = hypothetical = 0
    for k, m in enumerate(ms):
        if m.concept in ("give", "get") and _hypothetical(doc.folds, m.first, lo):
            hypothetical += 1
            continue
        if m.concept in ("give", "get"):
            transfers += 1
            frame = _transfer_frame(doc, ms, k, lo, hi)
        elif m.concept.startswith("place:") and _origin(doc.folds, ms, k):
            frame = Frame(m.concept, None)
        else:
            continue
        if (frame.src or frame.dst) and frame not in frames:
            frames.append(frame)
    anaphoric = _points_back(doc.folds, lo, hi)
    if TRADED.isdisjoint(fields):
        frames = []  # "la notification envoyée à la CNIL" hands no goods over
    return _Facts(entities, fields, tuple(frames), anaphoric, transfers, hypothetical)


def _points_back(folds: list[str], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi refer to something said before ("cette information", "it");
    "un rapport", "a report" do not."""
    if ANAPHORS.isdisjoint(folds[lo:hi]):
        return False
    return any(
        folds[i] in POINTERS
        or (folds[i] in CLAIM_NOUNS and i > lo and folds[i - 1] in DEFINITE)
        or (folds[i] in DEMONSTRATIVES and (i + 1 == hi or folds[i + 1] not in TIME_WORDS))
        for i in range(lo, hi)
    )


def _hypothetical(folds: list[str], first: int, lo: int) -> bool:
    """Whether the transfer word at `first` is warned against, asked for or attempted."""
    for word in reversed(folds[max(lo, first - HYPOTHETICAL_WINDOW) : first]):
        if word in CLAUSE_BREAKS:
            return False
        if word in IRREALIS:
            return True
    return False


def _merge(*facts: _Facts) -> _Facts:
    return _Facts(
        tuple(dict.fromkeys(e for f in facts for e in f.entities)),
        frozenset().union(*(f.fields for f in facts)),
        tuple(dict.fromkeys(fr for f in facts for fr in f.frames)),
        any(f.anaphoric for f in facts),
        sum(f.transfers for f in facts),
        sum(f.hypothetical for f in facts),
    )


# --- one statement, ready for comparison ---------------------------------------------------


@dataclass(slots=True)
class _Profile:
    st: Statement
    order: tuple[str, int, int]
    entities: frozenset[str]
    principal: frozenset[str]
    ordered_entities: tuple[str, ...]
    fields: frozenset[str]
    frames: tuple[Frame, ...]
    stems: frozenset[str]
    figures: tuple[Figure, ...]
    borrowed: bool
    withholds: bool
    speaker: str
    transfer: bool  # the statement itself speaks of a transfer
    hypothetical: bool  # an assertion that a transfer is warned against, asked or tried
    voice_of: frozenset[str]  # the places the speaker speaks for ("Kremlin" -> Russia)
    pole: int = 0  # see `_pole`
    shape: int = 0  # equal for statements alike in everything `_structure` reads
    voice: str = ""  # "speaker (date)", once written
    quote: str = ""  # the excerpt quoted in `why`, once written
    words: str = ""  # the stems as one string, once written


def _speaker_key(name: str | None) -> str:
    return " ".join(fold(name).replace("-", " ").split()) if name else ""


@cache
def _stem(word: str) -> str:
    """A short stem that verb forms share: "dumped", "dumping" -> "dump"; "exporté",
    "exportait" -> "export"."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:6]


@cache
def _term_stem(term: str) -> str:
    """The stem of a lemma term, "" for names, phrases and common words."""
    word = fold(term)
    if term.startswith("ent:") or " " in term or word in STOPWORDS or len(word) < 3:
        return ""
    return _stem(norm(word))


def _term_entities(st: Statement) -> list[str]:
    """Places and names the extractor found ("ent:…" terms), as concepts where known."""
    out: list[str] = []
    speaker = _speaker_key(st.speaker)
    for term in st.terms:
        if not term.startswith("ent:"):
            continue
        name = term[4:]
        if any(c.isdigit() for c in name) or not TIME_WORDS.isdisjoint(fold(name).split()):
            continue  # a date or a number, not a party
        known = concepts_in(name)
        key = _speaker_key(name)
        if known:
            out.extend(c for c in known if is_entity(c))
        elif key and key != speaker and fuzz.partial_ratio(key, speaker) < 90:
            out.append(f"ent:{key}")
    return out


def _context(doc: _Doc, first_sentence: int) -> _Facts:
    """The sentences a pointing-back statement refers to: back to the first that says enough
    without pointing back itself. That one gives the transfer; the sentences passed on the
    way (elaborations of it, "de telles mesures") add their places and fields only."""
    gathered: list[_Facts] = []
    for index in range(first_sentence - 1, max(-1, first_sentence - 1 - MAX_CONTEXT), -1):
        facts = doc.facts(*doc.sentence_span(index))
        gathered.append(facts)
        says_enough = facts.frames or (facts.fields and facts.entities)
        if says_enough and not facts.anaphoric:
            return _merge(*gathered)._replace(frames=facts.frames)
    return _merge(*gathered) if gathered else _NO_FACTS


def _names(doc: _Doc, lo: int, hi: int, speaker: frozenset[str]) -> list[str]:
    """The document's name words in tokens lo..hi ("Helix", "Pesek"), one key each so that
    "Helix", "Helix Mobile" and "Helix's" meet; the speaker's own name is left out."""
    text, folds, names = doc.ctx.text, doc.folds, doc.name_words
    return [
        "ent:" + folds[i]
        for i in range(lo, hi)
        if folds[i] in names
        and folds[i] not in speaker
        and i not in doc.mentioned
        and text[doc.starts[i]].isupper()
    ]


def _withholds(st: Statement, doc: _Doc, lo: int, hi: int) -> bool:
    """A hedge that withholds confirmation ("no indication that ...") rather than speculates."""
    return not NEGATION.isdisjoint(doc.folds[lo:hi]) or "n't" in doc.folded[st.start : st.end]


def _profile(st: Statement, doc: _Doc, shapes: dict[tuple[object, ...], int]) -> _Profile:
    lo = bisect.bisect_left(doc.starts, st.start)
    hi = bisect.bisect_left(doc.starts, st.end)
    span = doc.facts(st.start, st.end)
    first, last = doc.sentence_of(st.start), doc.sentence_of(max(st.start, st.end - 1))
    sentence = doc.facts(doc.sentence_span(first)[0], doc.sentence_span(last)[1])
    borrowed = False
    if st.stance == "assert":
        # An assertion takes parties and fields from its sentence only when it speaks of
        # goods or of a transfer itself: "un accord impliquant des millions d'obus".
        about = bool(span.fields or span.transfers)
        facts = _Facts(
            span.entities + sentence.entities,
            span.fields or (sentence.fields if about else frozenset()),
            span.frames or (sentence.frames if about else ()),
            False,
        )
    else:
        facts = _Facts(
            span.entities + sentence.entities,
            span.fields | sentence.fields,
            span.frames or sentence.frames,
            span.anaphoric,
        )
        # It points back, says too little of its own, or names no transfer: a denial is
        # about what was said before it ("les achats n'étaient pas encore terminés").
        vague = not (facts.fields and facts.entities)
        if span.anaphoric or vague or not facts.frames:
            context = _context(doc, first)
            borrowed = bool(context.entities or context.fields)
            facts = _merge(
                facts, context, _Facts((), frozenset(), doc.main_frames(sentence), False)
            )
    speaker_words = frozenset(
        _speaker_key(f"{st.speaker or ''} {st.speaker_mention or ''}").split()
    )
    names = _names(doc, lo, hi, speaker_words)
    ordered = tuple(dict.fromkeys([*facts.entities, *names, *_term_entities(st)]))
    # A statement that names nothing bears on what its document is about
    # ("I would be very surprised if this came from anywhere else").
    inherited = not ordered
    if inherited:
        ordered, topic_fields = doc.topic()
        facts = facts._replace(fields=facts.fields or topic_fields)
    framed = {e for fr in facts.frames for e in fr if e}
    voice = frozenset(entities_in(st.speaker or ""))
    # Who accuses is seldom what the accusation is about; who denies often is ("Brazilian
    # officials denied having dumped steel").
    if st.stance == "assert":
        told = set(span.entities + sentence.entities) - voice
    else:
        told = set(span.entities)
    principal = framed or (told | set(names) if told or names else set(ordered))
    borrowed = borrowed or inherited
    stems = doc.stems(lo, hi)
    stems.update(_term_stem(t) for t in st.terms)
    stems.discard("")
    lang = st.lang or doc.ctx.lang
    profile = _Profile(
        st=st,
        order=(doc.ctx.date or UNDATED, doc.order, st.start),
        entities=frozenset(ordered),
        principal=frozenset(principal),
        ordered_entities=ordered,
        fields=facts.fields,
        frames=facts.frames,
        stems=frozenset(stems),
        figures=tuple(find_figures(st.text, lang, st.start, doc.folded[st.start : st.end])),
        borrowed=borrowed,
        withholds=st.stance == "hedge" and _withholds(st, doc, lo, hi),
        speaker=_speaker_key(st.speaker),
        transfer=span.transfers > 0,
        hypothetical=st.stance == "assert" and span.hypothetical > 0 and not span.transfers,
        voice_of=voice,
    )
    shape = (
        profile.entities,
        profile.principal,
        profile.fields,
        profile.frames,
        profile.transfer,
        st.stance == "assert",
    )
    profile.shape = shapes.setdefault(shape, len(shapes))
    profile.pole = _pole(profile)
    return profile


# --- same matter? --------------------------------------------------------------------------


def _compatible(f: Frame, g: Frame) -> bool:
    if f.src and g.src and f.src != g.src:
        return False
    if f.dst and g.dst and f.dst != g.dst:
        return False
    return not ((f.src and f.src == g.dst) or (f.dst and f.dst == g.src))


def _frame_fit(a: _Profile, b: _Profile) -> tuple[float, Frame | None]:
    """How well the transfers of two statements agree (0: they disagree), and their union."""
    if not a.frames and not b.frames:
        return 0.6, None
    if not (a.frames and b.frames):
        framed, other = (a, b) if a.frames else (b, a)
        if other.st.stance == "assert" and not other.transfer:
            return 0.0, None  # a transfer against an assertion of something else
        for f in framed.frames:
            if all(e in other.entities for e in f if e):
                return 0.7, f
        return 0.0, None
    best: tuple[float, Frame | None] = (0.0, None)
    for f in a.frames:
        for g in b.frames:
            if not _compatible(f, g):
                continue
            union = Frame(f.src or g.src, f.dst or g.dst)
            if not all(e in a.entities and e in b.entities for e in union if e):
                continue
            agree = sum(1 for x, y in zip(f, g, strict=True) if x and x == y)
            score = 0.7 + 0.15 * agree
            if score > best[0]:
                best = (score, union)
    return best


def _structure(a: _Profile, b: _Profile) -> tuple[float, Frame | None]:
    """The part of a same-matter judgement that reads places, fields and transfers only."""
    shared = a.entities & b.entities
    if a.entities and b.entities and not shared:
        return 0.0, None
    frame_score, frame = _frame_fit(a, b)
    if frame_score == 0:
        return 0.0, None
    # What a statement without a transfer is about must be named by the other: against a
    # transfer, as much of it as the other names places (up to two), or else some of it.
    for x, y in ((a, b), (b, a)):
        if x.frames or not y.entities:
            continue
        wanted = min(2, len(x.principal), len(y.entities)) if y.frames else 1
        if len(x.principal & y.entities) < wanted:
            return 0.0, None
    if a.fields and b.fields and not a.fields & b.fields:
        return 0.0, None
    entity_score = len(shared) / max(1, min(len(a.entities), len(b.entities))) if shared else 0.5
    return 0.4 * entity_score + 0.3 * frame_score, frame


def _words_of(p: _Profile) -> str:
    if not p.words:
        p.words = " ".join(sorted(p.stems))
    return p.words


class _Matters:
    """Same-matter judgements; those that depend on structure only are computed once."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, int], tuple[float, Frame | None]] = {}

    def __call__(self, a: _Profile, b: _Profile) -> tuple[float, Frame | None]:
        """A score in [0, 1] (0: different matters) and the transfer both speak of."""
        key = (a.shape, b.shape)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = _structure(a, b)
        base, frame = found
        if base == 0:
            return 0.0, None
        if a.fields and b.fields:
            return base + 0.3, frame
        # Without a shared field, the words must say that it is the same matter.
        if len(a.stems & b.stems) < 2:
            return 0.0, None
        similarity = fuzz.token_set_ratio(_words_of(a), _words_of(b)) / 100
        return (base + 0.3 * similarity, frame) if similarity >= 0.6 else (0.0, None)


# --- finding the pairs ---------------------------------------------------------------------


class _Key(NamedTuple):
    name: str
    # Which pairs of its block count: "pair", all of them; "single", those with a statement
    # naming one place; "field", those with a statement naming none; "words", those with a
    # statement naming no place or no field.
    tier: str


def _keys(p: _Profile, rare: Sequence[str]) -> list[_Key]:
    ents = sorted(p.principal)[:MAX_KEY_ENTITIES]
    ents += [e for e in p.ordered_entities if e not in p.principal][: MAX_KEY_ENTITIES - len(ents)]
    fields = sorted(p.fields)[:MAX_KEY_FIELDS]
    keys: list[_Key] = []
    for f in fields:
        keys += [_Key(f"{x}|{y}|{f}", "pair") for x, y in combinations(sorted(ents), 2)]
        keys += [_Key(f"{e}|{f}", "single") for e in ents]
        keys.append(_Key(f, "field"))
    for stem in rare:
        keys += [_Key(f"{e}|#{stem}", "words") for e in ents[:2]]
        keys += [_Key(f"{f}|#{stem}", "words") for f in fields[:1]]
    if not ents and not p.fields:
        keys += [_Key(f"#{x}|#{y}", "words") for x, y in combinations(sorted(rare), 2)]
    return keys


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
    for x in firsts:
        if full:
            near = seconds
        else:
            k = bisect.bisect_left(seconds, x)
            near = seconds[max(0, k - WINDOW) : k + WINDOW + 1]
        for y in near:
            if y == x or (side is None and y < x):
                continue
            if tier != "pair" and not (loose[x] or loose[y]):
                continue
            yield (x, y) if x < y else (y, x)


def _candidates(profiles: list[_Profile], new: set[int] | None) -> set[int]:
    """Pairs (i * n + j, i < j) worth comparing: opposite stances or figures, sharing a key.

    A key shared by more than MAX_BLOCK statements (in a collection larger than
    SMALL_COLLECTION) is too common to mean anything. Which pairs of a block count depends
    on the tier of its key (`_Key`). Figures meet on keys that carry their unit, so only
    like-for-like figures are compared. Profiles come in time order, and so do the members
    of a block.
    """
    df: Counter[str] = Counter(s for p in profiles for s in p.stems)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    narrow = [True] * len(profiles)
    placeless = [not p.entities for p in profiles]
    vague = [not p.fields or not p.entities for p in profiles]
    side = ["a" if p.st.stance == "assert" else "o" for p in profiles]
    for i, p in enumerate(profiles):
        rare = sorted((s for s in p.stems if df[s] > 1), key=lambda s: (df[s], s))[:RARE_STEMS]
        units = sorted({f.unit for f in p.figures}) if p.st.stance != "deny" else []
        for key in _keys(p, rare):
            narrow[i] = narrow[i] and key.tier != "pair"
            index[(key.name, key.tier)].append(i)
            for unit in units:
                index[(f"{key.name}^{unit}", key.tier)].append(i)
    n = len(profiles)
    full_block = n if n <= SMALL_COLLECTION else FULL_BLOCK
    everyone = [True] * n
    pairs: set[int] = set()
    for (name, tier), members in index.items():
        if len(members) < 2 or len(members) > max(MAX_BLOCK, full_block):
            continue
        if new is not None and not any(m in new for m in members):
            continue
        # A small collection compares every pair that shares a key, whatever its tier.
        loose = (
            {"single": narrow, "field": placeless}.get(tier, vague)
            if n > SMALL_COLLECTION
            else everyone
        )
        opposite = None if "^" in name else side
        for x, y in _block_pairs(members, tier, loose, opposite, full_block):
            if new is None or x in new or y in new:
                pairs.add(x * n + y)
    return pairs


def _pole(p: _Profile) -> int:
    """ASSERTS, DENIES or DOUBTS for stance pairs; 0 for an assertion that makes none (a
    transfer warned against or attempted)."""
    if p.st.stance == "assert":
        return 0 if p.hypothetical else ASSERTS
    if p.st.stance == "deny":
        return DENIES
    return DOUBTS


def _same_side(a: _Profile, b: _Profile) -> bool:
    """One speaker, or two voices of one place ("Israël", "l'armée israélienne")."""
    return bool(a.speaker and a.speaker == b.speaker) or bool(
        a.voice_of and a.voice_of == b.voice_of
    )


def _stance_kind(a: _Profile, b: _Profile) -> str | None:
    poles = a.pole | b.pole
    if poles == ASSERTS | DENIES:
        return "walk_back" if _same_side(a, b) else "denial"
    return "walk_back" if poles == ASSERTS | DOUBTS else None


def _figure_clash(a: _Profile, b: _Profile) -> tuple[Figure, Figure] | None:
    """Two figures of one unit that disagree, given by two different sources."""
    if a.st.stance == "deny" or b.st.stance == "deny":
        return None
    if a.speaker == b.speaker and (a.speaker or a.st.doc == b.st.doc):
        return None
    for fa in a.figures:
        for fb in b.figures:
            if conflicting(fa, fb):
                return fa, fb
    return None


# --- describing a pair ---------------------------------------------------------------------


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


class _Topics:
    """Labels of the matters pairs bear on, the same for every pair of one dispute.

    A pair whose transfer lacks a party takes the direction most often given for the
    places both statements name, so that its label joins the others.
    """

    def __init__(self, profiles: Sequence[_Profile], lang: str) -> None:
        self.lang = lang
        self.directions: Counter[tuple[str, str]] = Counter(
            (f.src, f.dst) for p in profiles for f in p.frames if f.src and f.dst
        )
        # Keyed by the shapes of the two statements, which hold all that a label reads.
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
        return tuple(sorted(ranked[:3], key=lambda e: label(e, self.lang))), False

    def __call__(self, a: _Profile, b: _Profile, frame: Frame | None) -> tuple[str, str]:
        """A short label ("North Korea → Russia · arms") and a phrase for `why`."""
        words = None if a.fields or b.fields else a.stems & b.stems
        key = (a.shape, b.shape, frame, words)
        found = self._memo.get(key)
        if found is None:
            shared = a.entities & b.entities
            principal = a.principal | b.principal
            fields = a.fields & b.fields or a.fields | b.fields
            ranked = sorted(e for e in shared if e in principal) or sorted(principal)
            parties, directed = self._parties(shared, frame, ranked)
            common = sorted(words or (), key=lambda s: (-len(s), s))[:2]
            found = self._label(
                parties, directed, sorted(fields, key=_FIELD_ORDER.get)[:1], tuple(common)
            )
            self._memo[key] = found
        return found

    def _label(
        self, parties: tuple[str, ...], directed: bool, fields: list[str], words: tuple[str, ...]
    ) -> tuple[str, str]:
        names = [label(e, self.lang) for e in parties]
        what = label(fields[0], self.lang) if fields else " ".join(words)
        head = " → ".join(names) if directed else " · ".join(names)
        short = " · ".join(x for x in (head, what) if x) or "same matter"
        en_names = [label(e) for e in parties]
        en_what = label(fields[0]) if fields else " ".join(words)
        if directed:
            phrase = f"{en_what or 'transfers'} from {en_names[0]} to {en_names[1]}"
        else:
            phrase = " and ".join(x for x in (en_what, ", ".join(en_names)) if x)
        return short, phrase or "the same matter"


def _who(p: _Profile) -> str:
    if not p.voice:
        date = None if p.order[0] == UNDATED else p.order[0]
        p.voice = f"{p.st.speaker or 'an unnamed source'} ({_date_label(date)})"
    return p.voice


def _quote(p: _Profile) -> str:
    if not p.quote:
        p.quote = _excerpt(p.st.text)
    return p.quote


def _why(kind: str, a: _Profile, b: _Profile, phrase: str) -> str:
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


def _figure_why(a: _Profile, b: _Profile, phrase: str, figures: tuple[Figure, Figure]) -> str:
    fa, fb = figures
    return (
        f"On {phrase}, {_who(a)} gives “{describe(fa)}” while {_who(b)} gives "
        f"“{describe(fb)}”: the figures disagree."
    )


# --- the whole run -------------------------------------------------------------------------


class _Pair(NamedTuple):
    rank: float  # minus the score: pairs sort best first
    a: int
    b: int
    kind: str
    frame: Frame | None
    figures: tuple[Figure, Figure] | None

    @property
    def score(self) -> float:
        return -self.rank


_NO_PAIRS: list[_Pair] = []


def _judge(a: _Profile, b: _Profile, ia: int, ib: int, matters: _Matters) -> list[_Pair]:
    kind = _stance_kind(a, b) if a.pole != b.pole else None
    figures = _figure_clash(a, b) if a.figures and b.figures else None
    if kind is None and figures is None:
        return _NO_PAIRS
    matter, frame = matters(a, b)
    if matter < MIN_MATTER:
        return _NO_PAIRS
    out: list[_Pair] = []
    if kind is not None:
        base = 0.55 if kind == "denial" else 0.5
        score = (base + (1 - base) * matter) * (0.9 if a.borrowed or b.borrowed else 1.0)
        if DOUBTS in (a.pole, b.pole) and not (a.withholds or b.withholds):
            score *= 0.85  # a hedge that speculates ("could", "may") weakens less
        overlap = len(a.stems & b.stems) / max(1, len(a.stems | b.stems))
        out.append(_Pair(-round(min(1.0, score + 0.02 * overlap), 3), ia, ib, kind, frame, None))
    if figures is not None and matter >= MIN_FIGURE_MATTER:
        out.append(_Pair(-round(0.5 + 0.4 * matter, 3), ia, ib, "figure", frame, figures))
    return out


def _keep_best(pairs: list[_Pair]) -> list[_Pair]:
    """At most MAX_PARTNERS pairs per statement, the best first: a large dispute stays
    readable and writing the pairs out stays linear."""
    used: Counter[int] = Counter()
    kept: list[_Pair] = []
    for pair in sorted(pairs):
        if used[pair.a] < MAX_PARTNERS and used[pair.b] < MAX_PARTNERS:
            used[pair.a] += 1
            used[pair.b] += 1
            kept.append(pair)
    return kept


def _record(pair: _Pair, a: _Profile, b: _Profile, topics: _Topics) -> Contradiction:
    short, phrase = topics(a, b, pair.frame)
    cues_a, cues_b = list(a.st.cues), list(b.st.cues)
    if pair.figures is not None:
        fa, fb = pair.figures
        cues_a.append(Cue(fa.start, fa.end, fa.text, "figure"))
        cues_b.append(Cue(fb.start, fb.end, fb.text, "figure"))
        why = _figure_why(a, b, phrase, pair.figures)
    else:
        why = _why(pair.kind, a, b, phrase)
    return Contradiction(
        id=Contradiction.make_id(a.st.id, b.st.id, pair.kind),
        a=a.st.id,
        b=b.st.id,
        kind=pair.kind,  # type: ignore[arg-type]
        score=pair.score,
        why=why,
        topic=short,
        cues_a=cues_a,
        cues_b=cues_b,
    )


def find_contradictions(
    statements: Sequence[Statement],
    docs: Mapping[str, DocContext],
    *,
    new: Collection[str] | None = None,
    label_lang: str = "en",
) -> DetectionResult:
    """Every contradicting pair among `statements`; with `new`, only pairs touching one of them.

    `docs` maps document ids to their text and date (statements of other documents and
    hidden statements are left out). The result is the same for the same input, in any order.
    """
    with _no_cycle_collection():
        return _find(statements, docs, new, label_lang)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: a run makes millions of small objects, all freed
    by reference counting, which the collector would otherwise walk again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _find(
    statements: Sequence[Statement],
    docs: Mapping[str, DocContext],
    new: Collection[str] | None,
    label_lang: str,
) -> DetectionResult:
    order = {doc_id: k for k, doc_id in enumerate(docs)}
    usable = sorted(
        (s for s in statements if s.doc in order and not s.hidden),
        key=lambda s: (order[s.doc], s.start, s.end, s.id),
    )
    parsed = {doc_id: _Doc(docs[doc_id], order[doc_id]) for doc_id in {s.doc for s in usable}}
    for s in usable:
        parsed[s.doc].claim_sentences.add(parsed[s.doc].sentence_of(s.start))
    shapes: dict[tuple[object, ...], int] = {}
    profiles = [_profile(s, parsed[s.doc], shapes) for s in usable]
    profiles.sort(key=lambda p: (p.order, p.st.end, p.st.id))
    wanted = None if new is None else {i for i, p in enumerate(profiles) if p.st.id in new}
    candidates = _candidates(profiles, wanted)
    matters = _Matters()
    n = len(profiles)
    pairs: list[_Pair] = []
    for code in sorted(candidates):
        i, j = divmod(code, n)
        pairs += _judge(profiles[i], profiles[j], i, j, matters)
    topics = _Topics(profiles, label_lang)
    kept = sorted(pairs) if len(profiles) <= SMALL_COLLECTION else _keep_best(pairs)
    found = [_record(p, profiles[p.a], profiles[p.b], topics) for p in kept]
    found.sort(key=lambda c: (-c.score, c.topic, c.id))
    return DetectionResult(found, len(candidates))
