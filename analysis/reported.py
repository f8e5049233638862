"""Reported speech: a reporting verb or phrase and the claim it introduces.

Covers "X a déclaré que …", "…, ont déclaré X", "X said (that) …", participles
("affirmant que …", "adding that …"), infinitives ("affirme avoir …"), verbs
that make a claim with a nominal object ("X a démenti cette information", "X
denied the reports"), figures given by their source ("la préfecture a recensé
5 000 manifestants", "police put the figure at 18,000") and according-to
phrases ("selon X, …", "…, according to X", "« 80 000 » selon la CGT").
Coordinated complements ("que A et que B") and a clause after an incise ("A,
he insisted, and B") are claims of their own, by the same speaker.
The dependency parse gives subjects and clause complements; word order is
the fallback where the parse is unsure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.claims import Claim, sentence_of, sentence_root, text_of, verb_key
from analysis.lexicon import Lexicon, words
from analysis.lexicon_meta import MONTHS

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
# Dependents that give a name to a verb's object ("called the claims baseless").
PREDICATE_DEPS = frozenset({"oprd", "xcomp", "acomp"})


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
        verbal = any(c.dep_.startswith("aux") for c in token.children) or _after_clitic(token, lex)
    if verbal:
        key = verb_key(token, lex.verb_forms, lex.verb_particles)
        if _is_reporting(key, lex):
            return key
    elif not _before_complementizer(token, lex):
        return None
    guess = _lemma_from_ending(token.lower_, lex)
    return guess if guess is not None and _is_reporting(guess, lex) else None


def _after_clitic(token: Token, lex: Lexicon) -> Token | None:
    """The inverted subject clitic just before a participle ("a-t-elle martelé")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if (
        before is not None
        and before.text.startswith("-")
        and before.lower_ in lex.personal_pronouns
    ):
        return before
    return None


def _is_reporting(key: str, lex: Lexicon) -> bool:
    return key in lex.claim_verbs or key in lex.act_verbs or key in lex.incise_verbs


def _before_complementizer(token: Token, lex: Lexicon) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.complementizers


def object_key(token: Token, lex: Lexicon) -> str | None:
    """The key of a verb whose object makes the claim: a figure or a name given to it.

    "a recensé 5 000 manifestants", "put the figure at 18,000": a figure verb
    counts only when a number follows it in its clause (and, for verbs such as
    "put" or "porter", the preposition that introduces the figure). "called
    the report a fabrication": a naming verb counts only with the name it gives.
    """
    if token.pos_ == "VERB" and token.lemma_.lower() in lex.naming_verbs:
        predicate = any(c.dep_ in PREDICATE_DEPS for c in token.children)
        return token.lemma_.lower() if predicate and not _is_negated(token, lex) else None
    # A known verb form the tagger took for a noun counts unless an article makes it one.
    known = token.lower_ in lex.verb_forms and token.i > 0
    if known and token.doc[token.i - 1].pos_ in ("DET", "ADP"):
        known = False
    if token.pos_ not in ("VERB", "AUX") and not known:
        return None
    key = verb_key(token, lex.verb_forms, lex.verb_particles)
    if key not in lex.figure_verbs or _is_negated(token, lex):
        return None
    return key if _figure_after(token, key, lex) else None


def _figure_after(verb: Token, key: str, lex: Lexicon) -> bool:
    doc = verb.doc
    end = sentence_of(verb)[1]
    prep = lex.figure_preps.get(key)
    seen_prep = seen_noun = False
    for tok in doc[verb.i + 1 : min(verb.i + 12, end)]:
        if tok.text in FINAL or tok.text in ";:" or tok.lower_ in lex.complementizers:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl"):
            return False
        seen_prep = seen_prep or tok.lower_ == prep
        seen_noun = seen_noun or (tok.lower_ in lex.figure_nouns and tok.pos_ == "NOUN")
        if prep is None and (seen_noun or is_figure(tok)):
            return True
        if seen_prep and seen_noun and is_figure(tok):
            return True
    return False


def is_figure(token: Token) -> bool:
    """A number that counts something: not a day of the month, a year or a time."""
    # "un"/"one" are numbers to the tokenizer but articles or pronouns in the text.
    word = token.pos_ in ("DET", "PRON") and not token.text[0].isdigit()
    numeral = token.pos_ == "NUM" or (token.like_num and not word)
    if not numeral or token.ent_type_ in ("DATE", "TIME"):
        return False
    doc = token.doc
    text = token.text
    if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
        return False
    months = MONTHS.get(doc.lang_, {})
    beside = [doc[j].lower_.rstrip(".") for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    return not any(word in months for word in beside)


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
    inverted = _inverted_subject(verb, lex) or _after_clitic(verb, lex)
    if inverted is not None:
        return inverted, True, verb
    current = verb
    for hops in range(4):
        # A participle shares the subject of its clause, passive or reflexive alike.
        passive_too = hops > 0 or _is_reflexive(current)
        deps = (*SUBJECT_DEPS, "nsubj:pass", "nsubjpass") if passive_too else SUBJECT_DEPS
        for child in current.children:
            # An inverted clitic ("a-t-il") is the subject whatever the parser labelled it.
            clitic = child.text.startswith("-") and child.lower_ in lex.personal_pronouns
            if (child.dep_ in deps or clitic) and child.lower_ not in lex.euphonic:
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
    clause = _left_clause_subject(verb)
    if clause is not None:
        return next(c for c in clause.children if c.dep_ in SUBJECT_DEPS), True, verb
    root = sentence_root(verb)
    if is_participle(verb) and root.i < verb.i and root.i != current.i:
        for child in root.children:
            if child.dep_ in (*SUBJECT_DEPS, "nsubj:pass", "nsubjpass"):
                return child, False, root
    return None, False, None


def _left_clause_subject(verb: Token) -> Token | None:
    """A subject with a long modifier that the parser took for a clause of its own.

    "A police officer deployed at the march, speaking on condition of
    anonymity, said the crowd was calm": "officer deployed …" comes out as a
    clause before "said", which then has no subject. When the verb has no
    subject of its own, a clause complement after it, and a clause before it
    that ends at a comma right before it, that clause's subject is the verb's.
    """
    children = list(verb.children)
    if any(c.dep_ in SUBJECT_DEPS for c in children):
        return None
    if not any(c.dep_ in CLAUSE_DEPS and c.i > verb.i for c in children):
        return None
    doc = verb.doc
    start = verb_group_start(verb)
    for child in children:
        if child.dep_ not in (*CLAUSE_DEPS, "advcl", "csubj") or child.i > verb.i:
            continue
        last = max(t.i for t in child.subtree)
        subject = [c for c in child.children if c.dep_ in SUBJECT_DEPS and c.i < child.i]
        if subject and last >= start - 2 and doc[start - 1].text == ",":
            return child
    return None


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
    if is_participle(verb) or "Inf" in verb.morph.get("VerbForm"):
        return None
    if verb_key(verb, lex.verb_forms, lex.verb_particles) in lex.listener_verbs:
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
    if has_subject and not lex.inverts_after_subject:
        return None
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
        if has_subject and not _can_speak(tok, lex, strict=True):
            return None
        return tok
    return None


def _can_speak(token: Token, lex: Lexicon, *, strict: bool = False) -> bool:
    """Whether a word may head a speaker's name: a name, a pronoun, a role or a body.

    `strict` leaves out the nouns of people in general ("reporters"), which
    are as often the ones spoken to.
    """
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PER", "PERSON"):
        return True
    if token.lower_ in lex.honorifics:
        return True
    words = (token.lemma_.lower(), token.lower_)
    lists = (lex.role_nouns, lex.body_nouns, lex.anonymous_nouns, lex.source_nouns)
    if any(w in nouns for w in words for nouns in lists):
        return True
    return not strict and lex.names_people(token.lower_)


def verb_group_start(verb: Token) -> int:
    """First token of the verb with its auxiliaries and clitics ("a-t-il ajouté", "has not")."""
    doc = verb.doc
    first = verb.i
    sent_start = sentence_of(verb)[0]
    while first > sent_start and (
        doc[first - 1].text.startswith("-")
        or (first < verb.i and doc[first].text.startswith("-") and doc[first - 1].pos_ == "AUX")
    ):
        first -= 1  # "a-t-elle": clitics and their auxiliary, however the parser attached them
    while first > sent_start:
        before = doc[first - 1]
        owner = before.head
        if owner.i != verb.i and not (owner.head.i == verb.i and owner.dep_.startswith("aux")):
            break
        if before.is_punct or before.pos_ == "PRON":  # "Il estime": the subject stays out
            break
        if not (before.dep_.startswith("aux") or before.dep_ in GROUP_DEPS):
            break
        first -= 1
    return first


def _after_quote_mark(doc: Doc, i: int) -> bool:
    return i >= 0 and doc[i].text in "»”\"’'›“"


def _trim_range(doc: Doc, first: int, last: int, lex: Lexicon) -> tuple[int, int]:
    while first <= last:
        tok = doc[first]
        if tok.pos_ in ("ADV", "CCONJ") and first + 1 < last and doc[first + 1].text == ",":
            first += 2  # "pourtant, …", "however, …": a link to the text before
            continue
        if not (tok.is_punct or tok.is_space or tok.lower_ in lex.complementizers):
            break
        if tok.text in '«“"‘' and first < last:
            break
        first += 1
    while last >= first and (
        doc[last].is_space
        or doc[last].text in ",;:–—("
        or doc[last].text in FINAL
        or doc[last].pos_ == "CCONJ"
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
    # A clause after the verb is its complement; one before it may be its misparsed subject.
    misparsed = _left_clause_subject(verb)
    skip = misparsed.i if misparsed is not None else -1
    for child in sorted(verb.children, key=lambda c: c.i < verb.i):
        if child.dep_ in CLAUSE_DEPS and child.i != skip:
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
    return _que_claim(verb, lex) or _infinitive_claim(verb, key, lex)


def _infinitive_claim(verb: Token, key: str, lex: Lexicon) -> tuple[int, int, list[int]] | None:
    """ "affirme avoir respecté les règles", "claimed to have fixed it", "se dit favorable à …".

    The infinitive or adjective complement of a verb of saying is what the
    subject claims of itself; verbs that act on an object keep their own reading.
    """
    if key in lex.act_verbs or key not in lex.claim_verbs:
        return None  # "a demandé à X de …" asks; it claims nothing
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX", "ADJ"):
            tokens = [t for t in child.subtree if t.i > verb.i]
            first, last = _range_of(tokens)
            if _promises(verb.doc, first, last, lex):
                return None
            return first, last, [child.i]
    return None


def _promises(doc: Doc, first: int, last: int, lex: Lexicon) -> bool:
    """ "a promis de renforcer", "vowed to fight": a marked infinitive commits or asks.

    Only a perfect or a state ("claimed to have won", "said to be") reports a fact.
    """
    if doc[first].lower_ not in lex.infinitive_marks:
        return False
    following = doc[first + 1] if first + 1 <= last else None
    return following is None or following.lemma_.lower() not in lex.stative_verbs


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
    inverted = subject is not None and own and (subject.i > verb.i or subject.text[0] == "-")
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


def _act_claim(verb: Token, sent: Span, lex: Lexicon) -> tuple[int, int, list[int]] | None:
    """A verb whose object is the claim: the clause from its subject to its end."""
    subject, own, _ = subject_of(verb, lex)
    start = verb_group_start(verb)
    relative = subject is not None and subject.lower_ in lex.relative_pronouns
    if subject is not None and own and subject.i < verb.i and not relative:
        start = min(start, min(t.i for t in subject.subtree if t.i >= sent.start))
    right = [verb]
    for child in verb.children:
        # A second reporting verb joined to this one is a claim of its own ("… and said …").
        if child.dep_ == "conj" and reporting_key(child, lex) is not None:
            break
        if child.i > verb.i and child.dep_ in OBJECT_DEPS:
            right.extend(child.subtree)
    last = max(t.i for t in right)
    last = min(last, sent.end - 1)
    has_object = any(
        c.i > verb.i and c.dep_ not in ("punct", "cc", "advmod", "conj") and not c.is_space
        for c in verb.children
    )
    if not has_object:
        if "Inf" in verb.morph.get("VerbForm") or verb.tag_ == "VB":
            return None  # "aucun blessé n'est à déplorer": nothing is reported
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
            if key is not None and _is_negated(tok, lex):
                continue
            key = key or object_key(tok, lex)
            if key is not None:
                claims.extend(_claims_for(tok, key, sent, lex))
    return claims


def _claims_for(verb: Token, key: str, sent: Span, lex: Lexicon) -> list[Claim]:
    doc = verb.doc
    found = _clause_claim(verb, lex)
    kind = "clause"
    if found is not None and found[0] < verb.i and _after_quote_mark(doc, found[1] + 1):
        return []  # the quotation itself is attributed by its incise
    if found is None:
        found = _incise_claim(verb, sent, lex)
        kind = "incise"
    acts = key in lex.act_verbs or object_key(verb, lex) is not None
    if found is None and acts and not _is_passive(verb):
        found = _act_claim(verb, sent, lex)
        kind = "act"
    if found is None:
        return []
    first, last, roots = found
    first, last = _trim_range(doc, first, last, lex)
    if kind != "incise":
        last = _cut_at_breaks(doc, first, last, lex)
        first, last = _trim_range(doc, first, last, lex)
    if last < first:
        return []
    parts = [(first, last, roots)]
    if kind == "clause":
        parts = _coordinated_parts(doc, first, last, roots, lex)
    if kind == "incise" or last < verb.i:
        parts.extend(_continuation(doc, verb, sent, lex))
    subject, own, _ = subject_of(verb, lex)
    cue_last = verb.i + len(key.split("-")) - 1 if "-" in key else verb.i
    claims = []
    for part_first, part_last, part_roots in parts:
        claim = Claim(
            part_first,
            part_last,
            False,
            kind,
            verb_group_start(verb),
            cue_last,
            key,
            subject=subject.i if subject is not None else -1,
            own_subject=own,
            roots=part_roots,
        )
        if subject is None:
            words = _words_before(verb, sent)
            if words is not None:
                claim.speaker_first, claim.speaker_last = words
                claim.own_subject = True
            else:
                claim.inherit = is_participle(verb)
        claims.append(claim)
    return claims


def _is_passive(verb: Token) -> bool:
    """ "the figure has been corrected": the act of someone the clause does not name.

    A reflexive verb ("s'est rétracté") is active whatever its tags say.
    """
    if _is_reflexive(verb):
        return False
    return "Pass" in verb.morph.get("Voice") or any(
        c.dep_ in ("aux:pass", "auxpass") for c in verb.children
    )


def _is_reflexive(verb: Token) -> bool:
    return any("Yes" in c.morph.get("Reflex") for c in verb.children if c.i < verb.i)


def _roots_in(doc: Doc, first: int, last: int) -> list[int]:
    return [t.i for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head.i == t.i]


def _coordinated_parts(
    doc: Doc, first: int, last: int, roots: list[int], lex: Lexicon
) -> list[tuple[int, int, list[int]]]:
    """ "que A et que B", "that A and that B": each complement clause is a claim of its own."""
    cuts = [
        i
        for i in range(first + 2, last)
        if doc[i].lower_ in lex.complementizers
        and doc[i].pos_ == "SCONJ"
        and doc[i - 1].lower_ in lex.conjunctions
    ]
    if not cuts:
        return [(first, last, roots)]
    parts = []
    start = first
    for cut in cuts:
        end = cut - 2
        while end > start and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        if end >= start:
            parts.append((start, end, _roots_in(doc, start, end)))
        start = cut + 1
    parts.append((start, last, _roots_in(doc, start, last)))
    return parts


def _continuation(
    doc: Doc, verb: Token, sent: Span, lex: Lexicon
) -> list[tuple[int, int, list[int]]]:
    """ "A, he insisted, and B": the clause after the incise is said by the same speaker."""
    i = verb.i + 1
    while i < sent.end and doc[i].text not in "," and doc[i].text not in FINAL:
        i += 1
    if i + 2 >= sent.end or doc[i].text != "," or doc[i + 1].lower_ not in lex.conjunctions:
        return []
    first, last = _trim_range(doc, i + 2, sent.end - 1, lex)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[first : last + 1]):
        return []
    return [(first, last, _roots_in(doc, first, last))]


def is_participle(verb: Token) -> bool:
    return (
        "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    ) or verb.tag_ == "VBG"


def _words_before(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The words between the clause start and the verb, when the parse gave no subject."""
    if is_participle(verb) or "Inf" in verb.morph.get("VerbForm"):
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
        if doc[end].is_space and "\n" in doc[end].text:
            break
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


def _segment_before(doc: Doc, sent: Span, at: int) -> int:
    """First token of the words that run up to `at` from the last comma, colon or sentence start."""
    first = at
    while first > sent.start and doc[first - 1].text not in ",;:" and not doc[first - 1].is_space:
        first -= 1
    return first


def _according(doc: Doc, sent: Span, at: int, after: int, lex: Lexicon) -> Claim | None:
    end = _phrase_end(doc, sent, after)
    source_last = end - 1
    if end < sent.end and doc[end].text == ",":
        end = _apposition_end(doc, sent, end, lex)
    if source_last < after or source_last - after > 10:
        return None
    before = doc[at - 1] if at > sent.start else None
    opens = before is None or before.text == ","
    if before is not None and before.is_sent_start and before.pos_ in ("ADV", "CCONJ", "SCONJ"):
        opens = True  # "Mais selon X, …"
    if (
        before is not None
        and before.pos_ in ("ADV", "CCONJ")
        and (at - 1 == sent.start or doc[at - 2].text == ",")
    ):
        opens = True
    closes = end >= sent.end or doc[end].text in FINAL or doc[end].is_space
    if opens and end < sent.end and doc[end].text == ",":
        first, last = end + 1, sent.end - 1
    elif before is not None and before.text == "," and closes:
        first, last = sent.start, at - 2
    elif before is not None and (closes or doc[end].text in ",;"):
        # "Le trafic a doublé selon la SNCF"; "« 80 000 » selon la CGT, « 9 000 » selon …"
        first, last = _segment_before(doc, sent, at), at - 1
    else:
        return None
    first, last = _trim_range(doc, first, last, lex)
    last = _cut_at_breaks(doc, first, last, lex)
    first, last = _trim_range(doc, first, last, lex)
    figure = any(is_figure(t) for t in doc[first : last + 1])
    if last < first or (last - first < 2 and not figure):
        return None
    roots = _roots_in(doc, first, last)
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
