"""Who said it: the speaker's words in the sentence and what they refer to in the document.

A speaker phrase folds titles and appositions into the name they introduce
("le porte-parole du Kremlin, Dmitri Peskov" -> "Dmitri Peskov"). Later
mentions are resolved within the document: a surname or an honorific and a
surname (Kirby, M. Kirby), a pronoun (il, she), a bare role (le porte-parole).
A pronoun takes up the latest speaker, sentence subject or topic ("quant à
X") whose gender and number fit it: "elle" a woman named with "Mme", "la
ministre" or a woman's first name, "ils" a plural.
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
# Entities that a pronoun may take up even when they were not a sentence's subject.
PASSING_LABELS = frozenset({"PER", "PERSON", "ORG", "GPE"})
# Dependents that leave the speaker's phrase: clauses said about the speaker.
CLAUSE_DEPS = frozenset(
    {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "xcomp", "dep", "cop", "aux"}
)
MAX_MENTION = 14
# Sentence subjects that a later pronoun may stand for.
SUBJECT_KINDS = frozenset({"person", "surname", "org", "anonymous", "role", "name"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# How much nearer (in characters) a passing mention must be to win over a subject or speaker.
SALIENCE = 200
EDGE_PUNCT = ",;:()–—-\"'«»“”’ "
# Dependencies by which a proper noun names the common noun before it ("la société Acme").
NAMING_DEPS = frozenset({"nmod", "appos", "flat", "flat:name", "compound"})


@dataclass(slots=True)
class Mention:
    """A speaker as written: the phrase and what kind of reference it is."""

    first: int
    last: int
    text: str  # as written
    name: str  # the name it gives, before in-document resolution
    kind: str  # "person" | "org" | "anonymous" | "role" | "pronoun" | "surname" | "name"
    plural: bool = False
    gender: str | None = None  # "Fem" | "Masc" when the words tell


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
    mention = _describe(doc, first, last, lex)
    if mention is not None and mention.gender is None:
        mention.gender = _gender(doc, mention, lex)
    return mention


def _describe(doc: Doc, first: int, last: int, lex: Lexicon) -> Mention | None:
    first = _strip_front(doc, first, last, lex)
    span = doc[first : last + 1]
    text = span.text.strip(EDGE_PUNCT)
    lowered = [t.lower_ for t in span]
    plural = any(t.lower_ in lex.conjunctions for t in span)
    if len(span) == 1 and span[0].lower_ in lex.personal_pronouns | lex.relative_pronouns:
        word = span[0].lower_
        plural = word in lex.plural_pronouns
        return Mention(first, last, text, text, "pronoun", plural, lex.genders.get(word))
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
    many = plural or head.morph.get("Number") == ["Plur"]
    if head_word in lex.anonymous_nouns or head.lemma_.lower() in lex.anonymous_nouns:
        indefinite = first > 0 and doc[first - 1].lower_ in lex.anonymous_markers
        marked = any(w in lex.anonymous_markers for w in lowered)
        if indefinite or marked or head.morph.get("Number") == ["Plur"] or not named:
            return Mention(first, last, text, org_name, "anonymous", many)
    if head_word in lex.role_nouns or head.lemma_.lower() in lex.role_nouns:
        indefinite = first > 0 and doc[first - 1].lower_ in lex.indefinite_articles
        kind = "anonymous" if indefinite else "role"
        return Mention(first, last, text, org_name, kind, many)
    if len(span) == 1 and head.pos_ == "PROPN":
        return Mention(first, last, text, org_name, "name")
    if named or head_word in lex.body_nouns or head.lemma_.lower() in lex.body_nouns:
        return Mention(first, last, text, _proper_name(head, lex) or org_name, "org", many)
    if head.pos_ == "NOUN" and lex.names_people(head_word):
        # "les médecins", "critics", "un manifestant": people who speak unnamed.
        indefinite = first > 0 and doc[first - 1].lower_ in lex.anonymous_markers
        kind = "anonymous" if many or indefinite else "role"
        return Mention(first, last, text, org_name, kind, many)
    return None


def _proper_name(head: Token, lex: Lexicon) -> str | None:
    """The name a common noun introduces ("l'entreprise Veolia" -> "Veolia")."""
    if head.lower_ not in lex.body_nouns or head.ent_type_:
        return None
    for child in head.children:
        if child.i == head.i + 1 and child.pos_ == "PROPN" and child.dep_ in NAMING_DEPS:
            last = max(t.i for t in child.subtree)
            return head.doc[child.i : last + 1].text.strip(EDGE_PUNCT)
    return None


def _gender(doc: Doc, mention: Mention, lex: Lexicon) -> str | None:
    """The grammatical gender a mention shows: an honorific, an article, a gendered noun.

    For a person named without a title, the first name's gender as the
    tagger gives it (the French model knows common first names).
    """
    words = doc[max(mention.first - 1, 0) : mention.last + 1]
    for tok in words:
        if tok.lower_ in lex.honorifics and tok.lower_ in lex.genders:
            return lex.genders[tok.lower_]
    head = doc[mention.first : mention.last + 1].root
    for child in head.children:
        if child.dep_ == "det" and child.lower_ in lex.genders:
            return lex.genders[child.lower_]
    if head.lower_ in lex.genders:
        return lex.genders[head.lower_]
    gender = head.morph.get("Gender")
    if mention.kind in ("person", "surname") or head.lower_ in lex.role_nouns:
        # Role nouns such as "ministre" are written alike for both: only a first name tells.
        first_name = doc[mention.first : mention.last + 1]
        persons = [t for t in first_name if t.ent_type_ in PERSON_LABELS and t.pos_ == "PROPN"]
        gender = persons[0].morph.get("Gender") if persons else []
    return gender[0] if gender else None


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
class Referent:
    """Someone a later pronoun or bare role may stand for."""

    at: int  # character offset of the mention
    name: str
    kind: str  # "person" | "org" | "anonymous"
    gender: str | None = None
    plural: bool = False
    salient: bool = True  # a speaker, a sentence subject or a topic; else a passing mention


@dataclass(slots=True)
class DocSpeakers:
    """In-document coreference of speakers, filled in reading order."""

    lex: Lexicon
    persons: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    genders: dict[str, str] = field(default_factory=dict)  # folded full name -> gender
    roles: list[Role] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)  # subjects, topics, mentions
    said: list[Referent] = field(default_factory=list)  # speakers, as statements are read

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> DocSpeakers:
        found = cls(lex)
        people = [e for e in ents_of(doc) if e.label_ in PERSON_LABELS]
        for ent in people:
            name = _name_of_person(ent, lex)
            gender = _person_gender(doc, ent, lex)
            if gender is not None:
                found.genders.setdefault(fold(name), gender)
            if len(name.split()) > 1:
                found.persons.append((ent.start_char, name))
                role = _role_before(doc, ent, lex)
                if role is not None:
                    found.roles.append(Role(ent.start_char, role[0], role[1], name))
        subjects: set[int] = set()
        for head in _subject_heads(doc, lex):
            first, last = phrase_range(head)
            if found._add(doc, first, last, head.idx, salient=True):
                subjects.update(range(first, last + 1))
        for first, last in _topics(doc, lex):
            found._add(doc, first, last, doc[first].idx, salient=True)
        for ent in ents_of(doc):
            if ent.label_ in PASSING_LABELS and ent.start not in subjects:
                found._add(doc, ent.start, ent.end - 1, ent.start_char, salient=False)
        found.referents.sort(key=lambda r: r.at)
        return found

    def _add(self, doc: Doc, first: int, last: int, at: int, *, salient: bool) -> bool:
        mention = describe(doc, first, last, self.lex)
        if mention is None or mention.kind not in SUBJECT_KINDS:
            return False
        name, kind = self.resolve(mention, at)
        gender = self.gender_of(name, mention)
        self.referents.append(Referent(at, name, kind, gender, mention.plural, salient))
        return True

    def gender_of(self, name: str, mention: Mention | None) -> str | None:
        """Gender of `name`: as learnt from its titles and first name, else as the mention shows."""
        known = self.genders.get(fold(name))
        return known or (mention.gender if mention is not None else None)

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

    def record(self, at: int, name: str, kind: str, mention: Mention | None = None) -> None:
        """A statement by `name` at offset `at`: the latest speaker a pronoun may take up."""
        plural = mention.plural if mention is not None else False
        self.said.append(Referent(at, name, kind, self.gender_of(name, mention), plural))

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
        """The latest earlier speaker, subject or topic that the pronoun can stand for.

        The pronoun's gender and number must fit (French "elle" takes up "la
        ministre" or "Mme Morel", never "le directeur"; "ils" a plural or a
        body); a passing mention that fits is taken when it is much closer
        than any speaker or subject that fits.
        """
        word = mention.text.lower()
        candidates = [r for r in (*self.said, *self.referents) if r.at < at]
        if word in self.lex.neuter_pronouns:
            candidates = [r for r in candidates if r.kind != "person"]
        elif word in self.lex.person_pronouns:
            candidates = [r for r in candidates if r.kind != "org"]
        if mention.gender is not None:
            candidates = [r for r in candidates if r.gender in (None, mention.gender)]
        if mention.plural:
            candidates = [r for r in candidates if r.plural] or [
                r for r in candidates if r.kind != "person"
            ]
        else:
            candidates = [r for r in candidates if not r.plural]
        if not candidates:
            return mention.name, "pronoun"
        best = max(candidates, key=lambda r: r.at + (SALIENCE if r.salient else 0))
        return best.name, best.kind

    def _role(self, mention: Mention, at: int) -> str | None:
        """The person a role stands for: named with it, or an earlier speaker of that role."""
        words = _content_words(mention.text, self.lex)
        head = fold(mention.name.split()[0]) if mention.name else ""
        for role in sorted(self.roles, key=lambda r: abs(at - r.at)):
            if role.head != head:
                continue
            if words <= role.words or role.words <= words:
                return role.person
        for said in reversed(self.said):
            name = said.name
            same_role = head and fold(name).startswith(head) and name != mention.name
            if said.at < at and same_role and _content_words(name, self.lex) >= words:
                return name
        return None


def _subject_heads(doc: Doc, lex: Lexicon) -> list[Token]:
    """Subjects of main clauses and of clauses joined to them, pronouns left out.

    Subjects inside what is reported ("elle a dit que la France …") or inside
    relative clauses are what is spoken of, not who is speaking.
    """
    pronouns = lex.personal_pronouns | lex.relative_pronouns
    return [
        tok
        for tok in doc
        if tok.dep_ in SUBJECT_DEPS
        and _main_clause(tok.head)
        and tok.lower_ not in pronouns
        and tok.pos_ != "PRON"
    ]


def _main_clause(verb: Token) -> bool:
    while verb.dep_ in ("conj", "parataxis") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.head.i == verb.i


def _topics(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Noun phrases put forward as the topic ("Quant à l'entreprise, elle …")."""
    found = []
    lowered = [t.lower_ for t in doc]
    for i in range(len(doc)):
        for seq in lex.topic_markers:
            if tuple(lowered[i : i + len(seq)]) != seq:
                continue
            first = i + len(seq)
            last = first
            end = sentence_of(doc[i])[1]
            while last + 1 < end and doc[last + 1].text not in ",;:" and not doc[last + 1].is_punct:
                last += 1
            if first < end:
                found.append((first, last))
    return found


def _person_gender(doc: Doc, ent: Span, lex: Lexicon) -> str | None:
    """A person's gender from the title or role written with the name, or the first name."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    for tok in (before, ent[0]):
        if tok is not None and tok.lower_ in lex.honorifics and tok.lower_ in lex.genders:
            return lex.genders[tok.lower_]
    head = ent.root.head if ent.root.dep_ == "appos" else None
    if head is not None and head.i < ent.start:
        for child in head.children:
            if child.dep_ == "det" and child.lower_ in lex.genders:
                return lex.genders[child.lower_]
        if head.lower_ in lex.genders:
            return lex.genders[head.lower_]
    gender = ent[0].morph.get("Gender") if ent[0].pos_ == "PROPN" and len(ent) > 1 else []
    return gender[0] if gender else None


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
