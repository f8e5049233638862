"""Who said it: the speaker's words in the sentence and what they refer to in the document.

A speaker phrase folds titles and appositions into the name they introduce
("le porte-parole du Kremlin, Dmitri Peskov" -> "Dmitri Peskov"). Later
mentions are resolved within the document: a surname or an honorific and a
surname (Kirby, M. Kirby), a pronoun (il, she), a bare role (le porte-parole).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.claims import ents_of, sentence_of
from analysis.gold import fold
from analysis.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = frozenset({"PER", "PERSON"})
NAME_LABELS = frozenset({"ORG", "LOC", "GPE", "NORP", "MISC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Dependents that leave the speaker's phrase: clauses said about the speaker.
CLAUSE_DEPS = frozenset(
    {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "xcomp", "dep", "cop", "aux"}
)
MAX_MENTION = 14
# Sentence subjects that a later pronoun may stand for.
SUBJECT_KINDS = frozenset({"person", "surname", "org", "anonymous", "role"})
EDGE_PUNCT = ",;:()–—-\"'«»“”’ "


@dataclass(slots=True)
class Mention:
    """A speaker as written: the phrase and what kind of reference it is."""

    first: int
    last: int
    text: str  # as written
    name: str  # the name it gives, before in-document resolution
    kind: str  # "person" | "org" | "anonymous" | "role" | "pronoun" | "surname" | "name"
    plural: bool = False


def _phrase_tokens(head: Token) -> list[Token]:
    start, end = sentence_of(head)
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS or (child.pos_ in ("VERB",) and child.dep_ != "amod"):
                continue
            if not start <= child.i < end:
                continue
            out.append(child)
            stack.append(child)
    return out


def phrase_range(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by `head`, clauses about it left out."""
    tokens = _phrase_tokens(head)
    # Leftward dependents are joined to the head; walk from the head both ways.
    present = {t.i for t in tokens}
    first = last = head.i
    while first - 1 in present:
        first -= 1
    while last + 1 in present:
        last += 1
    doc = head.doc
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].pos_ in ("SCONJ", "VERB", "AUX") or doc[i].dep_ == "mark":
            first = i + 1
            break
    for i in range(head.i + 1, last + 1):
        if doc[i].ent_type_ in TIME_LABELS:
            last = i - 1
            while last > head.i and doc[last].pos_ in ("ADP", "DET", "PUNCT", "CCONJ"):
                last -= 1
            break
    while first < last and doc[first].text in EDGE_PUNCT:
        first += 1
    while last > first and doc[last].text in EDGE_PUNCT:
        last -= 1
    if last - first + 1 > MAX_MENTION:
        last = first + MAX_MENTION - 1
    return first, last


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Vedant Patel, qui a déclaré")."""
    verb = token.head
    if verb.dep_ in ("acl:relcl", "relcl", "acl") and verb.head.i < token.i:
        return verb.head
    return token


def _strip_front(doc: Doc, first: int, last: int, lex: Lexicon) -> int:
    """Skip determiners and "l'un des" / "one of the" before a speaker's words."""
    words = tuple(t.lower_ for t in doc[first : last + 1])
    for seq in lex.partitive:
        if words[: len(seq)] == seq and len(words) > len(seq):
            first += len(seq)
            break
    while first < last and (doc[first].lower_ in lex.determiners or doc[first].text in EDGE_PUNCT):
        first += 1
    return first


def _persons(doc: Doc, first: int, last: int) -> list[Span]:
    return [
        e
        for e in ents_of(doc)
        if e.label_ in PERSON_LABELS and e.start >= first and e.end - 1 <= last
    ]


def _name_of_person(ent: Span, lex: Lexicon) -> str:
    """A person's name without the honorific written before it (M. Kirby -> Kirby)."""
    words = ent.text.split()
    while len(words) > 1 and (
        words[0].lower() in lex.honorifics or words[0].lower().rstrip(".") in lex.honorifics
    ):
        words = words[1:]
    return " ".join(words).strip(EDGE_PUNCT)


def _pick_person(doc: Doc, persons: list[Span], lex: Lexicon) -> Span:
    """The person a phrase names, not one named inside a complement ("conseiller de X, Y")."""
    good = []
    for ent in persons:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is None or before.lower_ not in lex.governing_words:
            good.append(ent)
    return (good or persons)[-1]


def describe(doc: Doc, first: int, last: int, lex: Lexicon) -> Mention | None:
    """What the phrase doc[first:last+1] says of a speaker, or None when it names no one."""
    first = _strip_front(doc, first, last, lex)
    span = doc[first : last + 1]
    text = span.text.strip(EDGE_PUNCT)
    lowered = [t.lower_ for t in span]
    plural = any(t.lower_ in lex.conjunctions for t in span)
    if len(span) == 1 and span[0].lower_ in lex.personal_pronouns | lex.relative_pronouns:
        return Mention(first, last, text, text, "pronoun", span[0].lower_ in lex.plural_pronouns)
    persons = _persons(doc, first, last)
    if persons:
        if len(persons) > 1 and plural:
            name = doc[persons[0].start : persons[-1].end].text
            return Mention(first, last, text, name, "person", True)
        ent = _pick_person(doc, persons, lex)
        name = _name_of_person(ent, lex)
        kind = "surname" if len(name.split()) == 1 else "person"
        return Mention(first, last, text, name, kind)
    if lowered and lowered[0] in lex.honorifics and len(span) > 1:
        return Mention(first, last, text, _name_of_person(span, lex), "surname")
    head = span.root
    head_word = head.lower_
    if head_word in lex.source_nouns or head_word in lex.speech_nouns:
        source = _complement(head, last, lex)
        if source is not None:
            return describe(doc, source[0], source[1], lex)
        # "the statement said": the statement of whoever was just speaking.
        definite = first > 0 and doc[first - 1].lower_ in lex.definite_articles
        return Mention(first, last, text, text, "pronoun") if definite else None
    named = head.ent_type_ in NAME_LABELS or head.pos_ == "PROPN"
    org_name = _cut_at_comma(span)
    if head_word in lex.anonymous_nouns or head.lemma_.lower() in lex.anonymous_nouns:
        indefinite = first > 0 and doc[first - 1].lower_ in lex.anonymous_markers
        marked = any(w in lex.anonymous_markers for w in lowered)
        if indefinite or marked or head.morph.get("Number") == ["Plur"] or not named:
            return Mention(first, last, text, org_name, "anonymous", plural)
    if head_word in lex.role_nouns or head.lemma_.lower() in lex.role_nouns:
        indefinite = first > 0 and doc[first - 1].lower_ in lex.indefinite_articles
        kind = "anonymous" if indefinite else "role"
        return Mention(first, last, text, org_name, kind, plural)
    if len(span) == 1 and head.pos_ == "PROPN":
        return Mention(first, last, text, org_name, "name")
    if named or head_word in lex.body_nouns or head.lemma_.lower() in lex.body_nouns:
        return Mention(first, last, text, org_name, "org", plural)
    return None


def _complement(head: Token, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """The "de X" of "un communiqué du ministère": who issued the statement."""
    doc = head.doc
    i = head.i + 1
    while i <= last and doc[i].pos_ == "ADJ":
        i += 1
    if i <= last and doc[i].lower_ in lex.of_words:
        return (i + 1, last) if i + 1 <= last else None
    return None


def _cut_at_comma(span: Span) -> str:
    words = []
    for tok in span:
        if tok.text in (",", "(", "–", "—") and words:
            break
        words.append(tok)
    if not words:
        return span.text
    return span.doc[words[0].i : words[-1].i + 1].text.strip(EDGE_PUNCT)


@dataclass(slots=True)
class Role:
    at: int  # character offset of the apposition
    words: frozenset[str]
    head: str
    person: str


@dataclass(slots=True)
class DocSpeakers:
    """In-document coreference of speakers, filled in reading order."""

    lex: Lexicon
    persons: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    subjects: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, name, kind)
    roles: list[Role] = field(default_factory=list)
    said: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, name, kind)

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> DocSpeakers:
        found = cls(lex)
        pronouns = lex.personal_pronouns | lex.relative_pronouns
        people = [e for e in ents_of(doc) if e.label_ in PERSON_LABELS]
        for ent in people:
            name = _name_of_person(ent, lex)
            if len(name.split()) > 1:
                found.persons.append((ent.start_char, name))
                role = _role_before(doc, ent, lex)
                if role is not None:
                    found.roles.append(Role(ent.start_char, role[0], role[1], name))
        for tok in doc:
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.lower_ not in pronouns:
                first, last = phrase_range(tok)
                mention = describe(doc, first, last, lex)
                if mention is not None and mention.kind in SUBJECT_KINDS:
                    name, kind = found.resolve(mention, tok.idx)
                    found.subjects.append((tok.idx, name, kind))
        return found

    def resolve(self, mention: Mention, at: int) -> tuple[str, str]:
        """Canonical in-document name and kind of a mention made at offset `at`."""
        kind = mention.kind
        if kind == "surname":
            return self._full_name(mention.name, at), "person"
        if kind == "name":
            full = self._full_name(mention.name, at)
            return full, "person" if full != mention.name else "org"
        if kind == "pronoun":
            return self._pronoun(mention, at)
        if kind == "role":
            person = self._role(mention, at)
            if person:
                return person, "person"
            return mention.name, "person" if not mention.plural else "org"
        return mention.name, kind

    def record(self, at: int, name: str, kind: str) -> None:
        self.said.append((at, name, kind))

    def _full_name(self, surname: str, at: int) -> str:
        key = fold(surname)
        best: tuple[int, str] | None = None
        for offset, name in self.persons:
            parts = fold(name).split()
            if key not in (parts[-1], parts[0]) and fold(name) != key:
                continue
            distance = at - offset if offset <= at else 10 * (offset - at)
            if best is None or distance < best[0]:
                best = (distance, name)
        return best[1] if best else surname

    def _pronoun(self, mention: Mention, at: int) -> tuple[str, str]:
        """The nearest earlier speaker, or person who was the subject of a sentence."""
        word = mention.text.lower()
        candidates = [c for c in self.said if c[0] < at]
        candidates += [c for c in self.subjects if c[0] < at]
        if word in self.lex.neuter_pronouns:
            candidates = [c for c in candidates if c[2] != "person"]
        elif word in self.lex.person_pronouns:
            candidates = [c for c in candidates if c[2] != "org"]
        if not candidates:
            return mention.name, "pronoun"
        _, name, kind = max(candidates, key=lambda c: c[0])
        return name, kind

    def _role(self, mention: Mention, at: int) -> str | None:
        """The person a role stands for: named with it, or an earlier speaker of that role."""
        words = _content_words(mention.text, self.lex)
        head = fold(mention.name.split()[0]) if mention.name else ""
        for role in sorted(self.roles, key=lambda r: abs(at - r.at)):
            if role.head != head:
                continue
            if words <= role.words or role.words <= words:
                return role.person
        for offset, name, _ in reversed(self.said):
            same_role = head and fold(name).startswith(head) and name != mention.name
            if offset < at and same_role and _content_words(name, self.lex) >= words:
                return name
        return None


def _content_words(text: str, lex: Lexicon) -> frozenset[str]:
    skip = lex.determiners | lex.of_words | lex.conjunctions
    words = fold(text).replace("'", " ").replace(",", " ").split()
    return frozenset(w for w in words if w not in skip)


def _role_before(doc: Doc, ent: Span, lex: Lexicon) -> tuple[frozenset[str], str] | None:
    """Role words written just before a name ("le porte-parole du Kremlin, Dmitri Peskov")."""
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    words: list[Token] = []
    while i >= 0 and len(words) < 12:
        tok = doc[i]
        if tok.is_sent_start and tok.lower_ not in lex.role_nouns:
            words.append(tok)
            break
        if tok.pos_ in ("VERB", "AUX", "PUNCT") and tok.text not in ("-", "'", "’"):
            break
        words.append(tok)
        i -= 1
    words.reverse()
    for k, tok in enumerate(words):
        if tok.lower_ in lex.role_nouns and tok.pos_ != "PROPN":
            text = " ".join(t.text for t in words[k:])
            return _content_words(text, lex), fold(tok.text)
    return None
