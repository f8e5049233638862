"""Stance of a claim: asserted, denied, or hedged, and the words that decide it.

Order of precedence:

1. the reporting verb denies ("a démenti", "denied") or takes a claim back
   ("a rectifié", "retracted": a hedge);
2. a denial verb in the claim's own clause ("categorically rejects");
3. a weakened or walked-back claim ("pas encore", "no indication", "we made a
   mistake in counting", "revised the toll down") is a hedge, even when it is
   worded as a negation;
4. denial phrases, which need no negation ("théorie du complot", "baseless",
   "we are being made a scapegoat");
5. a negation of the claim's own clause;
6. hedge words and conditional modals.

The claim's own clause leaves out relative clauses, complements of nouns,
infinitives, clauses reported inside the claim, and clauses of time or
condition ("days after denying a breach", "if it did not pay"): a negation or
a denial verb there does not deny what the speaker claims. Words that make a
figure larger ("at least", "probably an underestimate", "victims not yet
counted") say more, not less: hedges and negations inside them do not count.

A negated claim denies when it rejects something another party asserted:
the speaker negates its own deeds (first person, or a pronoun standing for
the speaker in reported speech), or answers an accusation, a report or a
claim named in the sentence, or says it is not true. A negation that states
a fact against the other side ("there was no provocation whatsoever", said
by the side that accuses the police; "the police gave no warning") supports
the speaker's own accusation: it is asserted. The speaker is on that side
when the document shows it accusing and never shows it accused or denying,
or when the negated clause is about a party the document shows accused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from analysis.claims import sentence_of, text_of
from analysis.gold import fold
from analysis.lexicon import Lexicon
from analysis.records import Cue, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from analysis.claims import Claim

# Dependencies that put a word out of the claim's own clause.
EMBEDDING_DEPS = frozenset({"acl", "acl:relcl", "relcl", "ccomp", "csubj", "amod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "expl"})
# Dependencies of the word that opens a subordinate clause or a prepositional phrase.
MARK_DEPS = frozenset({"mark", "case", "prep", "advmod", "fixed"})
# Words of at least MIN_WORD letters, cut to STEM letters, tell one side from the other.
MIN_WORD = 4
STEM = 5
# How near (in characters) to a strengthening phrase a hedge word is part of it.
STRENGTH_REACH = 30


def stems(names: Iterable[str]) -> set[str]:
    """Word stems of names, to tell one side of a dispute by its words ("organisers")."""
    return {
        word[:STEM]
        for name in names
        for word in fold(name).replace("'", " ").split()
        if len(word) >= MIN_WORD
    }


@dataclass(slots=True)
class Parties:
    """Who accuses and who is accused or denies in one document, as in-document names."""

    accusers: set[str] = field(default_factory=set)
    accused: set[str] = field(default_factory=set)

    def against(self, speaker: Iterable[str]) -> bool:
        """Whether a speaker (names and words used for it) is on the accusing side only."""
        mine = stems(speaker)
        return bool(mine & stems(self.accusers)) and not mine & stems(self.accused)

    def about_accused(self, words: Iterable[str], speaker: Iterable[str]) -> bool:
        """Whether `words` name an accused party other than the speaker."""
        accused = stems(self.accused) - stems(speaker)
        return bool(stems(words) & accused)


@cache
def _patterns(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


def _phrase_cues(text: str, start: int, end: int, phrases: tuple[str, ...], kind: str) -> list[Cue]:
    if not phrases:
        return []
    return [
        Cue(start + m.start(), start + m.end(), m.group(0), kind)
        for m in _patterns(phrases).finditer(text, 0)
        if start + m.end() <= end
    ]


def _token_cue(token: Token, kind: str) -> Cue:
    return Cue(token.idx, token.idx + len(token.text), token.text, kind)


def _opens_other_scope(token: Token, lex: Lexicon) -> bool:
    """Whether `token` heads a clause of time or condition ("after denying", "si …")."""
    if token.lower_ in lex.scope_marks and token.dep_ in MARK_DEPS:
        return True
    return any(c.dep_ in MARK_DEPS and c.lower_ in lex.scope_marks for c in token.children)


def in_own_clause(token: Token, claim: Claim, lex: Lexicon) -> bool:
    """Whether `token` belongs to the claim's own clause, walking up to one of its roots.

    A word inside a relative clause, a noun's complement, an infinitive
    ("urged them not to sell"), a clause of time or condition ("days after
    denying a breach") or the complement of a verb of saying or thinking
    inside the claim ("we think nobody has the right") is not.
    """
    roots = set(claim.roots)
    current = token
    infinitive = "Inf" in token.head.morph.get("VerbForm") or token.head.tag_ == "VB"
    if infinitive and token.head.i not in roots:
        return False
    for _ in range(40):
        if current.i in roots:
            return True
        if current.dep_ in EMBEDDING_DEPS or _opens_other_scope(current, lex):
            return False
        head = current.head
        if head.i != current.i and current.i != token.i and head.lemma_.lower() in lex.claim_verbs:
            return False
        if current.head.i == current.i or not claim.contains_token(current.head.i):
            return not roots
        current = current.head
    return False


def _inside(ranges: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in ranges)


def _negation_tokens(
    doc: Doc, claim: Claim, lex: Lexicon, skip: list[tuple[int, int]]
) -> Iterator[Token]:
    tokens = doc[claim.first : claim.last + 1]
    text = text_of(doc)[claim.start : claim.end]
    affirmed = [
        (claim.start + m.start(), claim.start + m.end())
        for m in (_patterns(lex.certainty_phrases).finditer(text) if lex.certainty_phrases else ())
    ]
    for k, tok in enumerate(tokens):
        if tok.idx < claim.start or tok.idx >= claim.end:
            continue
        if _inside(affirmed, tok.idx) or _inside(skip, tok.idx):
            continue
        low = tok.lower_
        if low in lex.negative_particles:
            partners = lex.negation | lex.negation_partners
            following = [t for t in tokens[k + 1 : k + 5] if t.lower_ in partners]
            if not following or all(_inside(skip, t.idx) for t in following):
                continue
        elif low in lex.negation_partners:
            before = {t.lower_ for t in tokens[max(k - 4, 0) : k]}
            if not before & lex.negative_particles:
                continue
        elif low not in lex.negation:
            continue
        if in_own_clause(tok, claim, lex):
            yield tok


def _hedge_word_cues(
    doc: Doc, claim: Claim, lex: Lexicon, strong: list[tuple[int, int]]
) -> list[Cue]:
    cues: list[Cue] = []
    near = [(a - STRENGTH_REACH, b + STRENGTH_REACH) for a, b in strong]
    for tok in doc[claim.first : claim.last + 1]:
        if tok.idx < claim.start or tok.idx >= claim.end or tok.pos_ == "PROPN":
            continue
        conditional = tok.lemma_.lower() in lex.hedge_modals and "Cnd" in tok.morph.get("Mood")
        if (tok.lower_ in lex.hedge_words or conditional) and not _inside(near, tok.idx):
            cues.append(_token_cue(tok, "hedge"))
    return cues


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a negation word belongs to."""
    node = token
    for _ in range(6):
        if node.dep_ in SUBJECT_DEPS:
            return node
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    for child in node.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _rejects(doc: Doc, claim: Claim, negations: list[Token], lex: Lexicon) -> bool:
    """Whether a negated claim answers what was asserted: its own deeds, a claim, a report."""
    for tok in negations:
        subject = _clause_subject(tok)
        if subject is None:
            continue
        word = subject.lower_
        if word in lex.first_person or (word in lex.personal_pronouns and not claim.direct):
            return True
    start = sentence_of(doc[claim.first])[0]
    end = sentence_of(doc[claim.last])[1]
    for tok in doc[start:end]:
        if tok.lower_ in lex.claim_nouns or tok.lemma_.lower() in lex.claim_nouns:
            return True
    for tok in negations:
        after = doc[tok.i + 1 : min(tok.i + 4, claim.last + 1)]
        if any(t.lower_ in lex.truth_words for t in after):
            return True
    return False


def _subject_words(negations: list[Token]) -> list[str]:
    words = []
    for tok in negations:
        subject = _clause_subject(tok)
        if subject is not None:
            words.extend(t.text for t in subject.subtree)
    return words


def decide(
    doc: Doc,
    claim: Claim,
    lex: Lexicon,
    speaker: Sequence[str] = (),
    parties: Parties | None = None,
) -> tuple[Stance, list[Cue]]:
    """The stance of `claim` and the cues that decided it, with document offsets.

    `speaker` holds the claim's speaker as resolved and as written, `parties`
    who accuses whom in the document; without them a negated claim is a denial.
    """
    text = text_of(doc)[claim.start : claim.end]
    if claim.cue_last >= 0 and claim.lemma in lex.deny_verbs | lex.retract_verbs:
        verb = doc[claim.cue_last]
        if claim.lemma in lex.deny_verbs:
            return "deny", [_token_cue(verb, "deny_verb")]
        return "hedge", [_token_cue(verb, "hedge")]
    for tok in doc[claim.first : claim.last + 1]:
        lemma = lex.verb_forms.get(tok.lower_) or tok.lemma_.lower()
        inside = claim.start <= tok.idx < claim.end
        verbal = tok.pos_ in ("VERB", "AUX") or tok.lower_ in lex.verb_forms
        if lemma in lex.deny_verbs and verbal and inside and in_own_clause(tok, claim, lex):
            return "deny", [_token_cue(tok, "deny_verb")]
    strong = [
        (c.start, c.end)
        for c in _phrase_cues(text, claim.start, claim.end, lex.strengthening_phrases, "")
    ]
    hedges = [
        c
        for c in _phrase_cues(text, claim.start, claim.end, lex.hedge_phrases, "hedge")
        if not _inside(strong, c.start)
    ]
    if hedges:
        return "hedge", hedges
    denials = _phrase_cues(text, claim.start, claim.end, lex.deny_phrases, "deny_phrase")
    if denials:
        return "deny", denials
    negations = list(_negation_tokens(doc, claim, lex, strong))
    if negations:
        parties = parties or Parties()
        about = _subject_words(negations)
        supports = parties.against(speaker) or parties.about_accused(about, speaker)
        if not supports or _rejects(doc, claim, negations, lex):
            return "deny", [_token_cue(t, "negation") for t in negations]
    weak = _hedge_word_cues(doc, claim, lex, strong)
    if weak:
        return "hedge", weak
    return "assert", []
