"""Quotation marks: where quoted passages open and close in a text.

Every press style is paired at the character level: « … » (with ordinary,
non-breaking or narrow spaces inside), “ … ”, " … ", ‘ … ’ and „ … “.
A quotation may run over several sentences but never over a blank line,
except the long-quote convention where each paragraph re-opens the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from analysis.claims import Claim, sentence_of, text_of
from analysis.lexicon import QUOTE_PAIRS, QUOTE_TRIM, Lexicon
from analysis.reported import reporting_key, subject_of, verb_group_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PARAGRAPH = re.compile(r"\n[ \t\xa0\u202f]*\n")
_MARKS = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
_QUOTATIONS = "dementi.quotations"


@cache
def _pair_pattern(opener: str, closer: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(opener + closer) + "]")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted passage: marks at `open` and `close`, words in [start, end)."""

    open: int
    close: int  # index of the closing mark, or the paragraph end when left open
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return self.close + 1

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_TRIM):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_TRIM):
        end -= 1
    return start, end


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (not _is_word(before) or before in "([—–-:") and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _paragraph_ends(text: str) -> list[int]:
    ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    ends.append(len(text))
    return ends


def find_quotations(text: str) -> list[Quotation]:
    """All quoted passages of `text`, outermost only, in reading order."""
    found: list[Quotation] = []
    paragraph_ends = _paragraph_ends(text)
    para = 0
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:
        i = mark.start()
        while paragraph_ends[para] < i:
            para += 1
        limit = paragraph_ends[para]
        ch = text[i]
        if ch in "\"'‘" and not _can_open(text, i):
            i += 1
            continue
        close = _find_close(text, i, QUOTE_PAIRS[ch], limit)
        if close is None:
            i += 1
            continue
        start, end = _trimmed(text, i + 1, min(close, limit))
        if end > start:
            found.append(Quotation(i, close, start, end))
        i = close + 1
    return found


def quotations_of(doc: Doc) -> list[Quotation]:
    """The quotations of a parsed document, found once."""
    found = doc.user_data.get(_QUOTATIONS)
    if found is None:
        found = doc.user_data[_QUOTATIONS] = find_quotations(text_of(doc))
    return found


def balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen or narrow a span so that the quotation marks it holds are paired.

    A claim that ends on a quoted word takes the closing mark in; an opening
    mark left dangling at either edge is dropped.
    """
    for opener, closer in (("«", "»"), ("“", "”")):
        inside = text[start:end]
        opened = inside.count(opener) - inside.count(closer)
        if opened > 0:
            after = end
            while after < len(text) and text[after] in " \xa0\u202f":
                after += 1
            if after < len(text) and text[after] == closer:
                end = after + 1
            elif inside.rstrip(" \xa0\u202f").endswith(opener):
                end = start + len(inside.rstrip(" \xa0\u202f")) - 1
        elif opened < 0 and inside.lstrip(" \xa0\u202f").startswith(closer):
            start = end - len(inside.lstrip(" \xa0\u202f")) + 1
    if text.count('"', start, end) % 2:
        # '…"pure fiction."': the closing straight quote waits after the full stop.
        after = text.find('"', end, end + 3)
        if after >= 0 and not text[end:after].strip(".,;!? "):
            end = after + 1
    while end > start and text[end - 1] in QUOTE_TRIM:
        end -= 1
    while start < end and text[start] in QUOTE_TRIM:
        start += 1
    closer = QUOTE_PAIRS.get(text[start]) if end > start else None
    inner = text[start + 1 : end - 1]
    if closer and text[end - 1] == closer and text[start] not in inner and closer not in inner:
        return balance_quotes(text, start + 1, end - 1)  # the claim is all quoted words
    return start, end


def _find_close(text: str, open_at: int, closer: str, limit: int) -> int | None:
    opener = text[open_at]
    nests = opener != closer and opener not in "\"'"
    depth = 0
    for match in _pair_pattern(opener, closer).finditer(text, open_at + 1, limit):
        j = match.start()
        if text[j] == opener and nests:
            depth += 1
        elif text[j] == closer and (closer not in "\"'’" or _can_close(text, j)):
            if depth == 0:
                return j
            depth -= 1
    # A quote opened at a paragraph start and left open continues the speech of
    # the next paragraph (long-quote style): it ends with its own paragraph.
    line_start = text.rfind("\n", 0, open_at) + 1
    if opener in '«“"' and not text[line_start:open_at].strip() and limit > open_at + 1:
        return limit
    return None


# Fewer words in quotation marks are a scare quote unless a reporting verb follows.
MIN_WORDS = 3
INCISE_REACH = 14
_CLOSERS = "»”\"’'›“"
_FINAL = ".!?"


def _token_at(starts: list[int], offset: int) -> int:
    """Index of the token that holds character `offset`."""
    return max(bisect_right(starts, offset) - 1, 0)


def _opens_sentence(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    previous = doc[i - 1]
    return (previous.is_space and "\n" in previous.text) or previous.text in _FINAL + ":—–-"


def _incise_after(doc: Doc, close: int, lex: Lexicon) -> Token | None:
    """The reporting verb of "« … », a déclaré X" / '"…," she said'."""
    j = close + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or (doc[j].is_sent_start and j != close + 1):
        return None
    for tok in doc[j : j + INCISE_REACH]:
        if tok.text in _FINAL or tok.text in _CLOSERS or tok.text in "«“" or "\n" in tok.text:
            return None
        if reporting_key(tok, lex) is not None:
            return tok
        # Commas may set off the speaker's title ('"…," its chief executive, Tom Reilly, said').
        if tok.pos_ == "VERB" or tok.lower_ in lex.complementizers or tok.text == ";":
            return None
    return None


def _intro_before(doc: Doc, open_: int, lex: Lexicon) -> Token | None:
    """The reporting verb of "X a déclaré : « … »" / 'adding "…"' / 'he said: "…"'."""
    k = open_ - 1
    punctuated = k >= 0 and doc[k].text in ":,"
    if punctuated:
        k -= 1
    reach = 6 if punctuated else 1
    stop = max(open_ - 1 - reach - (1 if punctuated else 0), -1)
    while k > stop:
        tok = doc[k]
        if tok.text in _FINAL or tok.text in _CLOSERS or tok.is_space:
            return None
        if reporting_key(tok, lex) is not None:
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.text == ",":
            return None
        k -= 1
    return None


def _source_before(doc: Doc, open_: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker of "une déclaration d'un responsable : « … »" or of "Kirby : « … »"."""
    colon = open_ - 1
    if colon < 1 or doc[colon].text != ":":
        return None
    sent_start = sentence_of(doc[colon])[0]
    for k in range(colon - 1, max(colon - 14, sent_start - 1), -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.text in _FINAL:
            break
        if tok.lower_ in lex.speech_nouns and k + 1 < colon:
            after = doc[k + 1]
            if after.lower_ in lex.of_words:
                return k + 2, colon - 1
    if colon - sent_start <= 6 and colon > sent_start:
        return sent_start, colon - 1
    return None


def _source_after(doc: Doc, close: int) -> tuple[int, int] | None:
    """The speaker of a headline '"…": North Korea' / « … » : Moscou."""
    colon = close + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return None
    last = colon
    for tok in doc[colon + 1 : colon + 8]:
        if tok.text in ",–—-(" or tok.text in _FINAL or "\n" in tok.text or tok.pos_ == "VERB":
            break
        last = tok.i
    return (colon + 1, last) if last > colon else None


def quote_claims(doc: Doc, lex: Lexicon) -> tuple[list[Claim], set[int]]:
    """Quotations that are statements of their own, and the reporting verbs they use.

    A quotation is a statement when a reporting verb or a source introduces it
    or follows it, or when it opens a sentence (it then continues the previous
    speaker). Words quoted inside narration («forces hostiles») are not.
    """
    text = text_of(doc)
    starts = [t.idx for t in doc]
    claims: list[Claim] = []
    used: set[int] = set()
    for q in quotations_of(doc):
        open_ = _token_at(starts, q.open)
        close = _token_at(starts, min(q.close, len(text) - 1))
        first = _token_at(starts, q.start)
        last = _token_at(starts, q.end - 1)
        claim = Claim(first, last, True, "quote")
        claim.start, claim.end = q.start, q.end
        claim.roots = [
            t.i for t in doc[first : last + 1] if not (first <= t.head.i <= last) or t.head.i == t.i
        ]
        opening = _opens_sentence(doc, open_)
        punctuated = open_ > 0 and doc[open_ - 1].text in ":,"
        verb = _incise_after(doc, close, lex) if opening or punctuated else None
        if verb is None:
            verb = _intro_before(doc, open_, lex)
        if verb is None and q.words(text) < MIN_WORDS:
            continue
        source = None
        if verb is None:
            source = _source_before(doc, open_, lex) or (
                _source_after(doc, close) if opening else None
            )
        if verb is not None:
            subject, own, _ = subject_of(verb, lex)
            claim.lemma = reporting_key(verb, lex) or ""
            claim.cue_first = verb_group_start(verb)
            claim.cue_last = verb.i + claim.lemma.count("-")
            claim.subject = subject.i if subject is not None else -1
            claim.own_subject = own
            claim.inherit = subject is None
            used.add(verb.i)
        elif source is not None:
            claim.speaker_first, claim.speaker_last = source
            claim.own_subject = True
        elif opening:
            claim.inherit = True
        else:
            continue
        claims.append(claim)
    return claims, used
