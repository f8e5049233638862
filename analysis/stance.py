"""Stance of a claim: asserted, denied, or hedged, and the words that decide it.

Order of precedence: a denial verb ("a démenti", "denied"); a weakened claim
that is worded as a negation ("pas encore", "no indication") is a hedge, not a
denial; then denial phrases ("théorie du complot", "no evidence"); then a
negation of the claim's own clause (not one inside a relative clause or a
clause embedded further down); then hedge words and conditional modals.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.claims import text_of
from analysis.lexicon import Lexicon
from analysis.records import Cue, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from analysis.claims import Claim

# Dependencies that put a negation out of the claim's own clause.
EMBEDDING_DEPS = frozenset({"acl", "acl:relcl", "relcl", "ccomp", "csubj", "amod"})


@cache
def _patterns(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


def _phrase_cues(text: str, start: int, end: int, phrases: tuple[str, ...], kind: str) -> list[Cue]:
    pattern = _patterns(phrases)
    return (
        [
            Cue(start + m.start(), start + m.end(), m.group(0), kind)
            for m in pattern.finditer(text, 0)
            if start + m.end() <= end
        ]
        if phrases
        else []
    )


def _in_own_clause(token: Token, claim: Claim, lex: Lexicon) -> bool:
    """Whether `token` belongs to the claim's own clause, walking up to one of its roots.

    A negation inside a relative clause, a noun's complement, an infinitive
    ("urged them not to sell") or the complement of a verb of saying or
    thinking inside the claim ("we think nobody has the right") does not
    negate the claim.
    """
    roots = set(claim.roots)
    current = token
    infinitive = "Inf" in token.head.morph.get("VerbForm") or token.head.tag_ == "VB"
    if infinitive and token.head.i not in roots:
        return False
    for _ in range(40):
        if current.i in roots:
            return True
        if current.dep_ in EMBEDDING_DEPS:
            return False
        head = current.head
        if head.i != current.i and current.i != token.i and head.lemma_.lower() in lex.claim_verbs:
            return False
        if current.head.i == current.i or not claim.contains_token(current.head.i):
            return not roots
        current = current.head
    return False


def _negation_cues(doc: Doc, claim: Claim, lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    tokens = doc[claim.first : claim.last + 1]
    text = text_of(doc)[claim.start : claim.end]
    affirmed = (
        [
            (claim.start + m.start(), claim.start + m.end())
            for m in _patterns(lex.certainty_phrases).finditer(text)
        ]
        if lex.certainty_phrases
        else []
    )
    for k, tok in enumerate(tokens):
        if tok.idx < claim.start or tok.idx >= claim.end:
            continue
        if any(a <= tok.idx < b for a, b in affirmed):
            continue
        low = tok.lower_
        if low in lex.negative_particles:
            following = {t.lower_ for t in tokens[k + 1 : k + 5]}
            if not following & (lex.negation | lex.negation_partners):
                continue
        elif low in lex.negation_partners:
            before = {t.lower_ for t in tokens[max(k - 4, 0) : k]}
            if not before & lex.negative_particles:
                continue
        elif low not in lex.negation:
            continue
        if _in_own_clause(tok, claim, lex):
            cues.append(Cue(tok.idx, tok.idx + len(tok.text), tok.text, "negation"))
    return cues


def _hedge_word_cues(doc: Doc, claim: Claim, lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    for tok in doc[claim.first : claim.last + 1]:
        if tok.idx < claim.start or tok.idx >= claim.end or tok.pos_ == "PROPN":
            continue
        conditional = tok.lemma_.lower() in lex.hedge_modals and "Cnd" in tok.morph.get("Mood")
        if tok.lower_ in lex.hedge_words or conditional:
            cues.append(Cue(tok.idx, tok.idx + len(tok.text), tok.text, "hedge"))
    return cues


def decide(doc: Doc, claim: Claim, lex: Lexicon) -> tuple[Stance, list[Cue]]:
    """The stance of `claim` and the cues that decided it, with document offsets."""
    text = text_of(doc)[claim.start : claim.end]
    if claim.lemma in lex.deny_verbs and claim.cue_last >= 0:
        verb = doc[claim.cue_last]
        return "deny", [Cue(verb.idx, verb.idx + len(verb.text), verb.text, "deny_verb")]
    for tok in doc[claim.first : claim.last + 1]:
        lemma = lex.verb_forms.get(tok.lower_) or tok.lemma_.lower()
        inside = claim.start <= tok.idx < claim.end
        if lemma in lex.deny_verbs and inside and _in_own_clause(tok, claim, lex):
            return "deny", [Cue(tok.idx, tok.idx + len(tok.text), tok.text, "deny_verb")]
    hedges = _phrase_cues(text, claim.start, claim.end, lex.hedge_phrases, "hedge")
    if hedges:
        return "hedge", hedges
    denials = _phrase_cues(text, claim.start, claim.end, lex.deny_phrases, "deny_phrase")
    if denials:
        return "deny", denials
    negations = _negation_cues(doc, claim, lex)
    if negations:
        return "deny", negations
    weak = _hedge_word_cues(doc, claim, lex)
    if weak:
        return "hedge", weak
    return "assert", []
