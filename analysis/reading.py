"""What a stretch of a document is about: places, bodies and names, fields, predicates,
transfers between parties and the words that carry its matter.

A document is read once (`DocReading`): its tokens, its concept mentions, its sentences, the
names it writes with a capital and what it speaks of most. `DocReading.facts` then tells
what any stretch of it says (`Facts`), and `context` what a statement that points back
("Moscou a démenti cette information", "the company denied it") refers to.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from analysis.concept_tables import (
    ANAPHORS,
    ARTICLES,
    BETWEEN_WORDS,
    BY_WORDS,
    CLAIM_NOUNS,
    CLAUSE_BREAKS,
    DEFINITE,
    DEMONSTRATIVES,
    DISMISSALS,
    FROM_WORDS,
    IRREALIS,
    NEGATION,
    OF_WORDS,
    ORIGIN_WORDS,
    OTHER_PREPOSITIONS,
    POINTERS,
    STANCE_WORDS,
    STOPWORDS,
    TIME_WORDS,
    TO_WORDS,
    TRADED,
    words,
)
from analysis.concepts import GLOSS, Mention, find_mentions, fold, is_entity, tokenize, top

MAX_CONTEXT = 3  # sentences read back for a statement that points back
TOPIC_ENTITIES = 3  # places, bodies and names that make a document's topic
FRAME_WINDOW = 16  # tokens after a transfer word where its parties are looked for
SUBJECT_WINDOW = 8  # tokens before it where its subject is
HYPOTHETICAL_WINDOW = 8  # tokens before a transfer word where a warning or a request is seen
TRANSFER = "pred:transfer"  # the predicate of a transfer of goods
HEADLINE_CHARS = 200  # a longer line is no headline

_SENTENCE_END = re.compile(r"\n+|(?<=[.!?…])[\"»”’)]*\s+(?=[\"«“(]?[A-ZÀ-Ý0-9])")
# A subject is looked for leftwards into an opening quote ("Russia “is buying"), not out of
# a closing one.
_SUBJECT_STOPS = re.compile(r"[:;»”()\[\]]")
_OBJECT_STOPS = re.compile(r"[:;()\[\]]|[.!?]\s")
_BREAK = re.compile(r"[.!?:\n«“\"]")  # a capital after one of these starts a sentence
_NOT_CONTENT = STOPWORDS | STANCE_WORDS | NEGATION | TIME_WORDS | ANAPHORS
# "That is not true", "that was false": "that" points back when a verb follows it.
_THAT_VERBS = words("is was s has had isn wasn")
# "Moscou l'a démenti": the object pronoun before an auxiliary points back.
_CLITIC_VERBS = words("a ont avait avaient aurait auraient")


@dataclass(frozen=True, slots=True)
class DocContext:
    text: str
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    title: str = ""
    lang: str = "fr"


class Frame(NamedTuple):
    """Who hands what to whom, as far as the text says: a transfer between parties."""

    src: str | None
    dst: str | None


class Facts(NamedTuple):
    """What a stretch of text says."""

    entities: tuple[str, ...]  # in order of first mention
    fields: frozenset[str]  # broadest fields, those of its predicates included
    frames: tuple[Frame, ...]
    anaphoric: bool
    transfers: int = 0  # transfer words said to have happened
    hypothetical: int = 0  # transfer words inside a warning, a request or an attempt
    preds: frozenset[str] = frozenset()  # what is said to have happened ("pred:toll")
    content: frozenset[str] = frozenset()  # word and concept keys of its matter


NO_FACTS = Facts((), frozenset(), (), False)


@cache
def stem(word: str) -> str:
    """A short stem that verb forms share: "dumped", "dumping" -> "dump"; "exporté",
    "exportait" -> "export"."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:6]


@cache
def word_key(normed: str) -> str:
    """The key a content word (as `concepts.norm` gives it) is compared by: its gloss across
    languages ("=customer" for "clients" and "customers"), else its stem."""
    gloss = GLOSS.get(normed)
    return f"={gloss}" if gloss else stem(normed)


@cache
def _content_key(folded: str, normed: str) -> str:
    """The key of a word that may carry matter, "" for one that cannot (a short word, a
    number, a word of stance or of time)."""
    if len(folded) < 3 or folded in _NOT_CONTENT or not folded.isalpha():
        return ""
    return word_key(normed)


class DocReading:
    """A document read once: its tokens, concept mentions, names, word keys and sentences;
    what its stretches say is kept as it is asked for."""

    def __init__(self, ctx: DocContext, order: int) -> None:
        self.ctx = ctx
        self.order = order
        self.folded = fold(ctx.text)
        self.tokens = tokenize(ctx.text, self.folded)
        self.folds, self.starts, self.ends = self.tokens.folds, self.tokens.starts, self.tokens.ends
        self.mentions = find_mentions(self.tokens)
        self.mention_firsts = [m.first for m in self.mentions]
        self.mentioned = {i for m in self.mentions for i in range(m.first, m.last + 1)}
        self.name_forms: dict[str, str] = {}  # name word -> as first written ("CGT")
        self.name_words = self._name_words()
        self.keys = self._token_keys()
        self._topic: tuple[str, ...] | None = None
        bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(ctx.text)] + [len(ctx.text)]
        self.sentence_starts = sorted(set(bounds[:-1]))
        self._facts: dict[tuple[int, int], Facts] = {}
        self._main: Frame | tuple[()] | None = None
        self.claim_sentences: set[int] = set()  # sentences holding a statement

    def _name_words(self) -> frozenset[str]:
        """Words this document writes with a capital and that the lexicon does not know: the
        names of its companies, towns, newspapers ("Helix", "Lens"). A word that opens a
        sentence is a name only if the document writes it so twice and never in lower case;
        the words of a headline in title case are not names."""
        text, starts, ends, folds = self.ctx.text, self.starts, self.ends, self.folds
        headlines = _title_case_lines(text)
        capitals = [i for i, start in enumerate(starts) if text[start].isupper()]
        lower = {word for word, start in zip(folds, starts, strict=True) if text[start].islower()}
        inside: set[str] = set()
        opening: Counter[str] = Counter()
        for i in capitals:
            word = folds[i]
            if (
                i in self.mentioned
                or len(word) < 3
                or word in STOPWORDS
                or word in STANCE_WORDS
                or word in GLOSS
                or (headlines and text.rfind("\n", 0, starts[i]) + 1 in headlines)
            ):
                continue
            if i > 0 and not _BREAK.search(text, ends[i - 1], starts[i]):
                inside.add(word)
            else:
                opening[word] += 1
        found = inside | {w for w, n in opening.items() if n > 1 and w not in lower}
        for i in capitals:
            if folds[i] in found and folds[i] not in self.name_forms:
                self.name_forms[folds[i]] = text[starts[i] : ends[i]]
        return frozenset(found)

    def _token_keys(self) -> list[str]:
        """The key each word is compared by ("" for the words that carry no matter: places,
        names, numbers, words of stance, and concept words, which count as their concept)."""
        names, mentioned = self.name_words, self.mentioned
        keys = list(map(_content_key, self.folds, self.tokens.norms))
        for i in mentioned:
            keys[i] = ""
        if names:
            for i, word in enumerate(self.folds):
                if word in names:
                    keys[i] = ""
        return keys

    def topic(self) -> tuple[str, ...]:
        """The places, bodies and names the document speaks of most (twice at least)."""
        if self._topic is None:
            counts: Counter[str] = Counter(m.concept for m in self.mentions if is_entity(m.concept))
            counts.update(names(self, 0, len(self.starts), frozenset()))
            self._topic = tuple(e for e, n in counts.most_common(TOPIC_ENTITIES) if n > 1)
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

    def main_frames(self, sentence: Facts) -> tuple[Frame, ...]:
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

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def facts(self, start: int, end: int) -> Facts:
        key = (start, end)
        if key not in self._facts:
            lo, hi = self.token_range(start, end)
            self._facts[key] = _facts(self, lo, hi) if hi > lo else NO_FACTS
        return self._facts[key]


def _title_case_lines(text: str) -> set[int]:
    """Where the lines of `text` begin whose long words are mostly capitalised ("Autoval
    Denies Plan To Cut Jobs")."""
    found, start = set(), 0
    for line in text.split("\n"):
        if len(line) > HEADLINE_CHARS:
            start += len(line) + 1
            continue
        long = [w for w in line.split() if len(w) > 3]
        if len(long) >= 3 and sum(w[0].isupper() for w in long) * 3 > len(long) * 2:
            found.add(start)
        start += len(line) + 1
    return found


def names(doc: DocReading, lo: int, hi: int, speaker: frozenset[str]) -> list[str]:
    """The document's name words in tokens lo..hi ("Helix", "Pesek"), one key each so that
    "Helix", "Helix Mobile" and "Helix's" meet; the speaker's own name is left out."""
    text, folds, found = doc.ctx.text, doc.folds, doc.name_words
    return [
        "ent:" + folds[i]
        for i in range(lo, hi)
        if folds[i] in found
        and folds[i] not in speaker
        and i not in doc.mentioned
        and text[doc.starts[i]].isupper()
    ]


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
    for role, table in (("to", TO_WORDS), ("from", FROM_WORDS), ("by", BY_WORDS)):
        if word in table:
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


def _transfer_frame(doc: DocReading, ms: list[Mention], k: int, lo: int, hi: int) -> Frame:
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


def _content(doc: DocReading, ms: list[Mention], lo: int, hi: int) -> frozenset[str]:
    """Keys of the words that carry the matter of tokens lo..hi: the fields and predicates
    named, and the other content words by gloss or stem. Places, names, numbers and the
    words of stance ("denied", "evidence") are left out."""
    keys = set(doc.keys[lo:hi])
    keys.discard("")
    for m in ms:
        if m.concept.startswith(("field:", "pred:")):
            keys.add(m.concept)
            keys.add(top(m.concept))
    return frozenset(keys)


def _facts(doc: DocReading, lo: int, hi: int) -> Facts:
    """What tokens lo..hi say: their places and bodies, fields, predicates, transfers and
    word keys."""
    a = bisect.bisect_left(doc.mention_firsts, lo)
    b = bisect.bisect_left(doc.mention_firsts, hi)
    ms = [m for m in doc.mentions[a:b] if m.last < hi]
    entities = tuple(dict.fromkeys(m.concept for m in ms if is_entity(m.concept)))
    fields = frozenset(field for m in ms if (field := top(m.concept)).startswith("field:"))
    preds = {m.concept for m in ms if m.concept.startswith("pred:")}
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
    elif transfers or hypothetical:
        preds.add(TRANSFER)
    content = _content(doc, ms, lo, hi) | preds
    return Facts(
        entities, fields, tuple(frames), anaphoric, transfers, hypothetical,
        frozenset(preds), content,
    )  # fmt: skip


def _points_back(folds: list[str], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi refer to something said before ("cette information", "it",
    "that is untrue", "Moscou l'a démenti", "des rumeurs"); "un rapport", "a report" do not."""
    window = folds[lo:hi]
    if ANAPHORS.isdisjoint(window) and "that" not in window and "l" not in window:
        return False
    for i in range(lo, hi):
        word = folds[i]
        after = folds[i + 1] if i + 1 < hi else ""
        if (
            word in POINTERS
            or word in DISMISSALS
            or (word in CLAIM_NOUNS and i > lo and folds[i - 1] in DEFINITE)
            or (word in DEMONSTRATIVES and (i + 1 == hi or after not in TIME_WORDS))
            or (word == "that" and (i + 1 == hi or after in _THAT_VERBS))
            or (word == "l" and after in _CLITIC_VERBS)
        ):
            return True
    return False


def _hypothetical(folds: list[str], first: int, lo: int) -> bool:
    """Whether the transfer word at `first` is warned against, asked for or attempted."""
    for word in reversed(folds[max(lo, first - HYPOTHETICAL_WINDOW) : first]):
        if word in CLAUSE_BREAKS:
            return False
        if word in IRREALIS:
            return True
    return False


def merge(*facts: Facts) -> Facts:
    return Facts(
        tuple(dict.fromkeys(e for f in facts for e in f.entities)),
        frozenset().union(*(f.fields for f in facts)),
        tuple(dict.fromkeys(fr for f in facts for fr in f.frames)),
        any(f.anaphoric for f in facts),
        sum(f.transfers for f in facts),
        sum(f.hypothetical for f in facts),
        frozenset().union(*(f.preds for f in facts)),
        frozenset().union(*(f.content for f in facts)),
    )


def context(doc: DocReading, first_sentence: int) -> Facts:
    """The sentences a pointing-back statement refers to: back to the first that says enough
    without pointing back itself. That one gives the transfer; the sentences passed on the
    way (elaborations of it, "de telles mesures") add their places and fields only. What is
    said to have happened (predicates and words) comes from the nearest sentence that says it,
    not from those further back: "Le syndicat dit que la direction avait été alertée. La
    direction dément cette version." denies the warning only."""
    gathered: list[Facts] = []
    claim: Facts | None = None
    frames: tuple[Frame, ...] | None = None
    for index in range(first_sentence - 1, max(-1, first_sentence - 1 - MAX_CONTEXT), -1):
        facts = doc.facts(*doc.sentence_span(index))
        gathered.append(facts)
        if claim is None and (facts.preds or facts.fields or facts.frames):
            claim = facts
        says_enough = facts.frames or ((facts.fields or facts.preds) and facts.entities)
        if says_enough and not facts.anaphoric:
            frames = facts.frames
            break
    if not gathered:
        return NO_FACTS
    merged = merge(*gathered)
    if frames is not None:
        merged = merged._replace(frames=frames)
    if claim is not None:
        merged = merged._replace(preds=claim.preds, content=claim.content)
    return merged
