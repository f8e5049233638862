"""Reported speech: a reporting verb or phrase and the claim it introduces.

Covers "X a déclaré que …", "…, ont déclaré X", "X said (that) …", participles
("affirmant que …", "adding that …"), verbs that make a claim with a nominal
object ("X a démenti cette information", "X denied the reports") and
according-to phrases ("selon X, …", "…, according to X").
The dependency parse gives subjects and clause complements; word order is
the fallback where the parse is unsure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.claims import Claim, sentence_of, sentence_root, text_of, verb_key
from analysis.lexicon import Lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "expl:subj")
CLAUSE_DEPS = ("ccomp", "ccomp:obj")
# Dependents of a verb that carry the content of an act ("accusé X de Y").
OBJECT_DEPS = words(
    """obj iobj obl obl:arg obl:mod xcomp dobj prep pobj oprd attr dative advmod nmod acomp
    npadvmod advcl conj cc punct ccomp"""
)
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "ccomp"})
# Words that are part of a name or noun phrase headed further right ("Mason" in "Mason Clark").
NAME_PART_DEPS = frozenset({"compound", "flat", "flat:name", "amod", "nmod", "poss"})
# Left dependents that belong to the verb group.
GROUP_DEPS = frozenset({"expl:subj", "advmod", "neg"})
# Right-hand dependents that may follow the verb of an incise ("said on Tuesday").
INCISE_TAIL_DEPS = words(
    """punct obl obl:mod obl:arg advmod npadvmod prep dative iobj nmod advcl acl conj cc nsubj"""
)
FINAL = ".!?"


def reporting_key(token: Token, lex: Lexicon) -> str | None:
    """The lexicon key of a reporting verb, or None for any other word.

    The tagger and the lemmatizer miss some verbs: a past participle taken for
    an adjective counts when an auxiliary governs it ("a-t-il martelé"), and a
    present form whose lemma is wrong ("indique") or that was tagged as a noun
    before "que" ("juge que") is read from its ending.
    """
    verbal = token.pos_ in ("VERB", "AUX") or (
        token.lower_ in lex.verb_forms and token.pos_ not in ("NOUN", "PROPN")
    )
    if not verbal and token.pos_ == "ADJ":
        verbal = any(c.dep_.startswith("aux") for c in token.children)
    if verbal:
        key = verb_key(token, lex.verb_forms, lex.verb_particles)
        if _is_reporting(key, lex):
            return key
    elif not _before_complementizer(token, lex):
        return None
    guess = _lemma_from_ending(token.lower_, lex)
    return guess if guess is not None and _is_reporting(guess, lex) else None


def _is_reporting(key: str, lex: Lexicon) -> bool:
    return key in lex.claim_verbs or key in lex.act_verbs or key in lex.incise_verbs


def _before_complementizer(token: Token, lex: Lexicon) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.complementizers


def _lemma_from_ending(word: str, lex: Lexicon) -> str | None:
    for ending, infinitive in lex.present_endings:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + infinitive
    return None


def _is_negated(verb: Token, lex: Lexicon) -> bool:
    """ "n'a pas déclaré", "did not say": no claim is reported."""
    negators = lex.negation | lex.negative_particles
    return any(
        (child.dep_ == "neg" or child.lower_ in negators) and child.i < verb.i + 3
        for child in verb.children
    )


def subject_of(verb: Token, lex: Lexicon) -> tuple[Token | None, bool, Token | None]:
    """(subject, whether it is the verb's own, the verb it was found on).

    A verb without a subject of its own borrows the one of the verb it depends
    on (participles, infinitives, coordinated verbs); a participle that
    modifies a noun has that noun for subject ("un responsable, ajoutant …").
    """
    inverted = _inverted_subject(verb, lex)
    if inverted is not None:
        return inverted, True, verb
    current = verb
    for hops in range(4):
        # A participle shares the subject of its clause, passive or reflexive alike.
        deps = SUBJECT_DEPS if hops == 0 else (*SUBJECT_DEPS, "nsubj:pass", "nsubjpass")
        for child in current.children:
            if child.dep_ in deps and child.lower_ not in lex.euphonic:
                if _another_clause_between(child, current):
                    return None, False, None
                return child, hops == 0, current
        for aux in current.children:
            if aux.dep_.startswith("aux") and aux.i < current.i:
                for child in aux.children:
                    clitic = child.i > aux.i and child.lower_ in lex.personal_pronouns
                    if clitic or (child.dep_ in SUBJECT_DEPS and child.i < aux.i):
                        return child, hops == 0, current
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head, False, current
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
    root = sentence_root(verb)
    if _is_participle(verb) and root.i < verb.i and root.i != current.i:
        for child in root.children:
            if child.dep_ in (*SUBJECT_DEPS, "nsubj:pass", "nsubjpass"):
                return child, False, root
    return None, False, None


def _another_clause_between(subject: Token, verb: Token) -> bool:
    """ "A sont sous sanctions, et le fait de … indique": A is not the subject (a parse slip)."""
    doc = verb.doc
    for i in range(subject.i + 1, verb.i - 1):
        if doc[i].text == "," and doc[i + 1].pos_ == "CCONJ":
            return True
    return False


def _inverted_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject after the verb of an incise ("…, ont déclaré des responsables").

    The parser often takes an inverted subject for an object, and a word of
    the quoted clause for the subject. After a comma or a closing quotation
    mark, a finite verb followed by a noun phrase and nothing that opens a
    clause has that noun phrase for subject.
    """
    if _is_participle(verb) or "Inf" in verb.morph.get("VerbForm"):
        return None
    doc = verb.doc
    start = verb_group_start(verb)
    if start == 0 or doc[start - 1].text not in ",»”\"’'›":
        return None
    if any(c.dep_ in SUBJECT_DEPS and start - 1 < c.i < verb.i for c in verb.children):
        return None
    # A subject before the comma may be right ("X, envoyé de Y, a rejeté la plainte"):
    # then only a noun that can speak is taken for an inverted subject.
    has_subject = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    sent_end = sentence_of(verb)[1]
    after = verb.i + 1 + verb_key(verb, lex.verb_forms, lex.verb_particles).count("-")
    for tok in doc[after:sent_end]:
        if tok.text in ",;:" or tok.text in FINAL or tok.is_quote:
            break
        finite = tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")
        if finite or tok.lower_ in lex.complementizers:
            return None
    # The first noun after the verb that no preposition governs is its subject
    # (inversion) or its object: only a noun that can speak is the former.
    for tok in doc[after:sent_end]:
        if tok.text in ",;:" or tok.text in FINAL or tok.is_quote:
            break
        if tok.dep_ in SUBJECT_DEPS and tok.head.i == verb.i:
            return tok
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ == "flat:name":
            continue
        if any(c.dep_ == "case" for c in tok.children):
            continue
        while tok.dep_ in NAME_PART_DEPS and verb.i < tok.head.i < sent_end:
            tok = tok.head
        if tok.lower_ in lex.relative_pronouns:
            return None
        if has_subject and not _can_speak(tok, lex):
            return None
        return tok
    return None


def _can_speak(token: Token, lex: Lexicon) -> bool:
    """Whether a word may head a speaker's name: a name, a pronoun, a role or a body."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    words = (token.lemma_.lower(), token.lower_)
    lists = (lex.role_nouns, lex.body_nouns, lex.anonymous_nouns, lex.source_nouns)
    return any(w in nouns for w in words for nouns in lists)


def verb_group_start(verb: Token) -> int:
    """First token of the verb with its auxiliaries and clitics ("a-t-il ajouté", "has not")."""
    doc = verb.doc
    first = verb.i
    sent_start = sentence_of(verb)[0]
    while first > sent_start:
        before = doc[first - 1]
        owner = before.head
        if owner.i != verb.i and not (owner.head.i == verb.i and owner.dep_.startswith("aux")):
            break
        if before.is_punct:
            break
        if not (before.dep_.startswith("aux") or before.dep_ in GROUP_DEPS):
            break
        first -= 1
    return first


def _after_quote_mark(doc: Doc, i: int) -> bool:
    return i >= 0 and doc[i].text in "»”\"’'›“"


def _trim_range(doc: Doc, first: int, last: int, lex: Lexicon) -> tuple[int, int]:
    while first <= last and (
        doc[first].is_punct or doc[first].is_space or doc[first].lower_ in lex.complementizers
    ):
        if doc[first].text in '«“"‘' and first < last:
            break
        first += 1
    while last >= first and (
        doc[last].is_space or doc[last].text in ",;:–—(" or doc[last].text in FINAL
    ):
        last -= 1
    return first, last


def _cut_at_breaks(doc: Doc, first: int, last: int, lex: Lexicon) -> int:
    """End of a claim before a comma that opens another clause ("…, tandis que …")."""
    for i in range(first + 2, last + 1):
        if doc[i].text not in (",", ";"):
            continue
        words = tuple(t.lower_ for t in doc[i + 1 : i + 4])
        for seq in lex.clause_breaks:
            if words[: len(seq)] == seq:
                return i - 1
    return last


def _opens_question(clause: Token, lex: Lexicon) -> bool:
    first = min(t.i for t in clause.subtree)
    return clause.doc[first].lower_ in lex.question_words


def _range_of(tokens: list[Token]) -> tuple[int, int]:
    return min(t.i for t in tokens), max(t.i for t in tokens)


def _clause_claim(verb: Token, lex: Lexicon) -> tuple[int, int, list[int]] | None:
    """The que/that clause of a reporting verb, or of the last word of its phrase."""
    doc = verb.doc
    key = verb_key(verb, lex.verb_forms, lex.verb_particles)
    if "-" in key:
        last = doc[min(verb.i + key.count("-"), len(doc) - 1)]
        if any(c.dep_ in CLAUSE_DEPS for c in last.children):
            verb = last
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            if _opens_question(child, lex):
                return None
            tokens = [t for t in child.subtree if t.i != verb.i]
            if child.i < verb.i:
                stop = verb_group_start(verb)
                tokens = [t for t in tokens if t.i < stop]
            else:
                tokens = [t for t in tokens if t.i > verb.i]
            if tokens:
                first, last = _range_of(tokens)
                return first, last, [child.i]
    for child in verb.children:
        if child.lemma_.lower() in lex.fact_nouns and child.i > verb.i:
            for grandchild in child.children:
                marks = {t.lower_ for t in grandchild.children if t.dep_ == "mark"}
                if marks & lex.complementizers and grandchild.i > child.i:
                    first, last = _range_of(list(grandchild.subtree))
                    return first, last, [grandchild.i]
    return _que_claim(verb, lex)


def _que_claim(verb: Token, lex: Lexicon) -> tuple[int, int, list[int]] | None:
    """The clause after "a déclaré mardi que …" when the parse lost the complement.

    After a verb that acts on an object ("denied reports that …") the clause
    belongs to the object: the whole act is the claim, not this clause.
    """
    doc = verb.doc
    end = sentence_of(verb)[1]
    acts = verb_key(verb, lex.verb_forms, lex.verb_particles) in lex.act_verbs
    for tok in doc[verb.i + 1 : min(verb.i + 10, end)]:
        if tok.text in FINAL or tok.text == "," or tok.pos_ == "VERB" or tok.is_quote:
            return None
        if acts and tok.pos_ in ("NOUN", "PROPN"):
            return None
        conjunction = tok.dep_ not in ("fixed", "det") and tok.pos_ != "DET"
        if tok.lower_ in lex.complementizers and tok.i + 1 < end and conjunction:
            first, last = tok.i + 1, end - 1
            roots = [t.i for t in doc[first:end] if not first <= t.head.i <= last]
            return first, last, roots
    return None


def _incise_claim(verb: Token, sent: Span, lex: Lexicon) -> tuple[int, int, list[int]] | None:
    """The words before "…, ont déclaré X" / "…, officials said" when the verb closes them."""
    doc = verb.doc
    start = verb_group_start(verb)
    if start <= sent.start or doc[start - 1].text != ",":
        return None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        tokens = [t for t in verb.head.subtree if t.i < start]
        if tokens:
            first, last = _range_of(tokens)
            return max(first, sent.start), last, [verb.head.i]
    subject, own, _ = subject_of(verb, lex)
    inverted = subject is not None and own and subject.i > verb.i
    english_tail = (
        subject is not None
        and own
        and subject.i < verb.i
        and min(t.i for t in subject.subtree) > sent.start
        and doc[min(t.i for t in subject.subtree) - 1].text == ","
        and all(c.dep_ in INCISE_TAIL_DEPS for c in verb.children if c.i > verb.i)
    )
    if not (inverted or english_tail):
        return None
    end_of_incise = verb.i
    for tok in doc[verb.i : sent.end]:
        if tok.text in FINAL or tok.text == ",":
            break
        end_of_incise = tok.i
    rest = doc[end_of_incise + 1 : sent.end]
    if any(t.pos_ == "VERB" for t in rest if t.dep_ not in ("acl", "advcl", "conj")):
        return None
    first = sent.start
    last = min(t.i for t in subject.subtree) - 2 if english_tail else start - 2
    if last <= first:
        return None
    return first, last, [sent.root.i] if sent.root.i < start else []


def _act_claim(verb: Token, sent: Span, lex: Lexicon) -> tuple[int, int, list[int]]:
    """A verb whose object is the claim: the clause from its subject to its end."""
    subject, own, _ = subject_of(verb, lex)
    start = verb_group_start(verb)
    relative = subject is not None and subject.lower_ in lex.relative_pronouns
    if subject is not None and own and subject.i < verb.i and not relative:
        start = min(start, min(t.i for t in subject.subtree if t.i >= sent.start))
    right = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in OBJECT_DEPS:
            right.extend(child.subtree)
    last = max(t.i for t in right)
    last = min(last, sent.end - 1)
    has_object = any(
        c.i > verb.i and c.dep_ not in ("punct", "cc", "advmod", "conj") and not c.is_space
        for c in verb.children
    )
    if not has_object:
        return sent.start, sent.end - 1, [verb.i]
    return start, last, [verb.i]


def verb_claims(doc: Doc, lex: Lexicon, skip: set[int]) -> list[Claim]:
    """Claims introduced by reporting verbs; verbs in `skip` are already attributed."""
    claims: list[Claim] = []
    for sent in doc.sents:
        if _shouting(sent):
            continue
        for tok in sent:
            if tok.i in skip:
                continue
            key = reporting_key(tok, lex)
            if key is None or _is_negated(tok, lex):
                continue
            claim = _claim_for(tok, key, sent, lex)
            if claim is not None:
                claims.append(claim)
    return claims


def _claim_for(verb: Token, key: str, sent: Span, lex: Lexicon) -> Claim | None:
    doc = verb.doc
    found = _clause_claim(verb, lex)
    kind = "clause"
    if found is not None and found[0] < verb.i and _after_quote_mark(doc, found[1] + 1):
        return None  # the quotation itself is attributed by its incise
    if found is None:
        found = _incise_claim(verb, sent, lex)
        kind = "incise"
    if found is None and key in lex.act_verbs:
        found = _act_claim(verb, sent, lex)
        kind = "act"
    if found is None:
        return None
    first, last, roots = found
    first, last = _trim_range(doc, first, last, lex)
    if kind != "incise":
        last = _cut_at_breaks(doc, first, last, lex)
        first, last = _trim_range(doc, first, last, lex)
    if last < first:
        return None
    subject, own, _ = subject_of(verb, lex)
    cue_last = verb.i + len(key.split("-")) - 1 if "-" in key else verb.i
    claim = Claim(
        first,
        last,
        False,
        kind,
        verb_group_start(verb),
        cue_last,
        key,
        subject=subject.i if subject is not None else -1,
        own_subject=own,
        roots=roots,
    )
    if subject is None:
        words = _words_before(verb, sent)
        if words is not None:
            claim.speaker_first, claim.speaker_last = words
            claim.own_subject = True
        else:
            claim.inherit = _is_participle(verb)
    return claim


def _is_participle(verb: Token) -> bool:
    return (
        "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    ) or verb.tag_ == "VBG"


def _words_before(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The words between the clause start and the verb, when the parse gave no subject."""
    if _is_participle(verb) or "Inf" in verb.morph.get("VerbForm"):
        return None
    doc = verb.doc
    last = verb_group_start(verb) - 1
    while last >= sent.start and (doc[last].pos_ in ("AUX", "ADV", "ADP") or doc[last].is_punct):
        last -= 1
    first = last
    while (
        first - 1 >= sent.start
        and not doc[first - 1].is_punct
        and doc[first - 1].pos_ not in ("VERB", "AUX", "SCONJ")
    ):
        first -= 1
    if last < first or last - first > 8:
        return None
    return first, last


def _shouting(sent: Span) -> bool:
    """An all-capitals line (a kicker or headline): the parser cannot read it."""
    text = text_of(sent.doc)[sent.start_char : sent.end_char]
    return len(text) > 20 and text.isupper()


def according_claims(doc: Doc, lex: Lexicon) -> list[Claim]:
    """Claims of "selon X, …", "…, selon X", "according to X, …" and "…, according to X"."""
    claims: list[Claim] = []
    lowered = [t.lower_ for t in doc]
    firsts = {seq[0] for seq in (*lex.according, *lex.according_initial)}
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            if lowered[i] not in firsts:
                continue
            initial = [seq for seq in lex.according_initial if i == sent.start]
            for seq in (*lex.according, *initial):
                n = len(seq)
                if tuple(lowered[i : i + n]) != seq or i + n >= sent.end:
                    continue
                if seq in initial and not _can_speak(
                    doc[i + n : _phrase_end(doc, sent, i + n)].root, lex
                ):
                    continue
                if lowered[i + n] in lex.according_not_before:
                    continue
                claim = _according(doc, sent, i, i + n, lex)
                if claim is not None:
                    claims.append(claim)
    return claims


def _phrase_end(doc: Doc, sent: Span, after: int) -> int:
    """End of a source phrase: the next comma or the end of the sentence."""
    end = after
    while end < sent.end and doc[end].text not in ",;:()" and doc[end].text not in FINAL:
        end += 1
    return max(end, after + 1)


def _apposition_end(doc: Doc, sent: Span, comma: int, lex: Lexicon) -> int:
    """Skip ", porte-parole de la présidence," after a named source; returns the comma to use."""
    following = doc[comma + 1] if comma + 1 < sent.end else None
    if following is None:
        return comma
    words = (
        [following] if following.lower_ not in lex.determiners else list(doc[comma + 2 : comma + 3])
    )
    if not words or words[0].lower_ not in lex.role_nouns:
        return comma
    end = _phrase_end(doc, sent, comma + 1)
    return end if end < sent.end and doc[end].text == "," else comma


def _according(doc: Doc, sent: Span, at: int, after: int, lex: Lexicon) -> Claim | None:
    end = _phrase_end(doc, sent, after)
    source_last = end - 1
    if end < sent.end and doc[end].text == ",":
        end = _apposition_end(doc, sent, end, lex)
    if source_last < after or source_last - after > 10:
        return None
    before = doc[at - 1] if at > sent.start else None
    opens = before is None or before.text == "," or before.is_sent_start
    if (
        before is not None
        and before.pos_ in ("ADV", "CCONJ")
        and (at - 1 == sent.start or doc[at - 2].text == ",")
    ):
        opens = True
    if opens and end < sent.end and doc[end].text == ",":
        first, last = end + 1, sent.end - 1
    elif before is not None and before.text == "," and (end >= sent.end or doc[end].text in FINAL):
        first, last = sent.start, at - 2
    else:
        return None
    first, last = _trim_range(doc, first, last, lex)
    last = _cut_at_breaks(doc, first, last, lex)
    first, last = _trim_range(doc, first, last, lex)
    if last - first < 2:
        return None
    roots = [
        t.i for t in doc[first : last + 1] if not (first <= t.head.i <= last) or t.head.i == t.i
    ]
    return Claim(
        first,
        last,
        False,
        "according",
        at,
        after - 1,
        "",
        speaker_first=after,
        speaker_last=source_last,
        own_subject=True,
        roots=roots,
    )
