"""Claims found in a parsed text, before speakers are resolved and stances decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT = "dementi.text"
_ENTS = "dementi.ents"
_SENTENCES = "dementi.sentences"


def text_of(doc: Doc) -> str:
    """The text of `doc`, built once: spaCy joins the tokens again on every `Doc.text`."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The entities of `doc`, built once: spaCy makes new spans on every `Doc.ents`."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


@dataclass(slots=True)
class Claim:
    """What was said (token range [first, last]) and how to find who said it."""

    first: int  # token index of the first word of the claim
    last: int  # token index of the last word of the claim, inclusive
    direct: bool
    kind: str  # "quote" | "clause" | "act" | "incise" | "according"
    cue_first: int = -1  # token range of the reporting verb or phrase
    cue_last: int = -1
    lemma: str = ""  # reporting verb lemma, or "" for a phrase such as "selon"
    subject: int = -1  # token index of the speaker's head word
    speaker_first: int = -1  # explicit speaker token range (overrides `subject`)
    speaker_last: int = -1
    own_subject: bool = False  # the reporting verb has a subject of its own
    inherit: bool = False  # speaker is the one of the previous statement
    roots: list[int] = field(default_factory=list)  # claim heads, for negation scope
    start: int = 0  # character offsets, set by `place`
    end: int = 0

    def place(self, doc: Doc, trim: str) -> bool:
        """Set character offsets from the token range, trimming `trim` characters."""
        text = text_of(doc)
        start = doc[self.first].idx
        end = doc[self.last].idx + len(doc[self.last].text)
        while start < end and (text[start].isspace() or text[start] in trim):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in trim):
            end -= 1
        self.start, self.end = start, end
        return end > start

    def contains_token(self, i: int) -> bool:
        return self.first <= i <= self.last


def verb_key(
    token: Token, forms: dict[str, str], particles: dict[str, tuple[tuple[str, ...], ...]]
) -> str:
    """The lexicon key of a verb token: its lemma, joined to its particles ("mettre-en-garde")."""
    lemma = forms.get(token.lower_) or token.lemma_.lower()
    doc = token.doc
    for words in particles.get(lemma, ()):
        following = tuple(t.lower_ for t in doc[token.i + 1 : token.i + 1 + len(words)])
        if following == words:
            return "-".join((lemma, *words))
    return lemma


def sentence_of(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the sentence holding `token`.

    Built once per document: spaCy's `Token.sent` scans the whole document on
    every call.
    """
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        bounds = []
        for sent in doc.sents:
            bounds.extend([(sent.start, sent.end)] * len(sent))
        doc.user_data[_SENTENCES] = bounds
    return bounds[token.i]


def sentence_root(token: Token) -> Token:
    start, end = sentence_of(token)
    doc = token.doc
    for tok in doc[start:end]:
        if tok.head.i == tok.i:
            return tok
    return doc[start]
