"""Statement extraction: who said what, with speaker, stance and exact span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from analysis.attribution import DocSpeakers, Mention, antecedent, describe, phrase_range
from analysis.claims import Claim, ents_of, sentence_of, text_of
from analysis.lexicon import QUOTE_TRIM, Lexicon, lexicon
from analysis.nlp import pipeline
from analysis.quotes import Quotation, balance_quotes, quotations_of, quote_claims
from analysis.records import Statement
from analysis.reported import according_claims, is_participle, verb_claims
from analysis.stance import Parties, decide

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# A quotation without attribution continues the previous speaker only this close.
INHERIT_REACH = 600
# Words that join a claim to a clause cut from its end ("…, après que").
JOINERS = frozenset({"SCONJ", "CCONJ", "ADP", "PUNCT", "ADV", "SPACE"})
KINDS = {"role": "person", "surname": "person", "name": "org", "pronoun": None}
# Dependents of an accusing verb that name the accused ("accused the police", "X is accused").
ACCUSED_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


# spaCy's parser needs about 1 GB per 100,000 characters and refuses texts over
# a million: longer documents are analysed in parts cut at paragraph breaks.
PART_CHARS = 100_000


def extract_statements(doc_id: str, text: str, lang: str) -> list[Statement]:
    """Every attributed claim of one document."""
    return extract_batch([(doc_id, text, lang)])[0]


def text_parts(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most `size` characters, cut where a reader would."""
    size = size or PART_CHARS
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = next(
            (
                at + len(mark)
                for mark in ("\n\n", "\n", ". ", " ")
                if (at := window.rfind(mark)) >= size // 2
            ),
            size,
        )
        parts.append((start, window[:cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _shifted(statement: Statement, doc_id: str, offset: int) -> Statement:
    if offset == 0:
        return statement
    start, end = statement.start + offset, statement.end + offset
    return replace(
        statement,
        id=Statement.make_id(doc_id, start, end),
        start=start,
        end=end,
        cues=[replace(c, start=c.start + offset, end=c.end + offset) for c in statement.cues],
    )


def extract_batch(
    items: Sequence[tuple[str, str, str]], *, batch_size: int = 16, n_process: int = 1
) -> list[list[Statement]]:
    """Statements of many (doc_id, text, lang) documents, in the order given.

    Documents are parsed by language with `nlp.pipe`; `n_process` > 1 parses
    in that many worker processes (worth it only for large batches).
    """
    results: list[list[Statement]] = [[] for _ in items]
    by_lang: dict[str, list[tuple[int, int, str]]] = {}
    for k, (_, text, lang) in enumerate(items):
        for offset, part in text_parts(text):
            by_lang.setdefault(lang, []).append((k, offset, part))
    for lang, parts in by_lang.items():
        texts = (part for _, _, part in parts)
        docs = pipeline(lang).pipe(texts, batch_size=batch_size, n_process=n_process)
        for (k, offset, _), doc in zip(parts, docs, strict=True):
            doc_id = items[k][0]
            results[k].extend(
                _shifted(st, doc_id, offset) for st in statements_of(doc_id, doc, lang)
            )
    return results


def statements_of(doc_id: str, doc: Doc, lang: str) -> list[Statement]:
    """Statements of a parsed document."""
    lex = lexicon(lang)
    direct, used = quote_claims(doc, lex)
    reported = verb_claims(doc, lex, used) + according_claims(doc, lex)
    reported = [c for c in reported if c.place(doc, QUOTE_TRIM)]
    claims = _merge(doc, direct, reported, lex)
    return _statements(doc_id, doc, claims, lex)


def _overlap(a: Claim, b: Claim) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _merge(doc: Doc, direct: list[Claim], reported: list[Claim], lex: Lexicon) -> list[Claim]:
    """One claim per thing said: nested and overlapping readings resolved."""
    kept: list[Claim] = []
    for claim in reported:
        inside_quote = any(
            q.first <= claim.cue_first <= q.last
            or _overlap(q, claim) * 2 >= min(q.end - q.start, claim.end - claim.start)
            for q in direct
        )
        if not inside_quote:
            kept.append(claim)
    kept.sort(key=lambda c: (c.start, -c.end))
    kept = _unnest(doc, kept, lex)
    kept = _join_participles(doc, kept)
    seen: set[tuple[int, int]] = set()
    unique = []
    for claim in sorted(direct + kept, key=lambda c: (c.start, -c.end)):
        if (claim.start, claim.end) not in seen:
            seen.add((claim.start, claim.end))
            unique.append(claim)
    return unique


def _clause_start(doc: Doc, claim: Claim) -> int:
    first = claim.cue_first
    if claim.own_subject and claim.subject >= 0:
        first = min(first, min(t.i for t in doc[claim.subject].subtree))
    return first


def _unnest(doc: Doc, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """A claim reported inside another one either ends it (a second speaker) or is part of it."""
    dropped: set[int] = set()
    for outer in claims:
        if id(outer) in dropped:
            continue
        for inner in claims:
            if inner is outer or id(inner) in dropped or not outer.contains_token(inner.cue_first):
                continue
            begins = _clause_start(doc, inner)
            pronoun = inner.subject >= 0 and doc[inner.subject].lower_ in lex.personal_pronouns
            speaks = inner.own_subject and _mention(doc, inner, lex) is not None
            if outer.kind == "according" and speaks and inner.kind != "according":
                dropped.add(id(outer))  # "selon X, Y a déclaré …": Y is the speaker
                break
            if _adds_to(doc, outer, inner):
                # "…, saying B", "…, ajoutant que B": a second claim of the same speaker.
                inner.subject, inner.own_subject, inner.inherit = -1, False, True
                inner.speaker_first = inner.speaker_last = -1
            elif not speaks or pronoun or begins <= outer.first + 1:
                dropped.add(id(inner))
                continue
            last = begins - 1
            while last > outer.first and (
                doc[last].pos_ in JOINERS or "Rel" in doc[last].morph.get("PronType")
            ):
                last -= 1
            outer.last = last
            outer.place(doc, QUOTE_TRIM)
    return [c for c in claims if id(c) not in dropped]


def _adds_to(doc: Doc, outer: Claim, inner: Claim) -> bool:
    """Whether `inner` is a participle clause after a comma inside `outer` ("…, saying …")."""
    verb = doc[inner.cue_last]
    return (
        inner.kind == "clause"
        and not inner.own_subject
        and is_participle(verb)
        and inner.cue_first > outer.first + 2
        and doc[inner.cue_first - 1].text == ","
    )


def _join_participles(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """'…, alléguant X' right after a claim by the same subject extends that claim."""
    out: list[Claim] = []
    for claim in claims:
        previous = out[-1] if out else None
        if (
            previous is not None
            and claim.kind == "act"
            and not claim.own_subject
            and previous.last < claim.cue_first
            and all(t.is_punct or t.is_space for t in doc[previous.last + 1 : claim.cue_first])
        ):
            previous.last = claim.last
            previous.place(doc, QUOTE_TRIM)
            continue
        out.append(claim)
    return out


def _mention(doc: Doc, claim: Claim, lex: Lexicon) -> Mention | None:
    if claim.speaker_first >= 0:
        return describe(doc, claim.speaker_first, claim.speaker_last, lex)
    if claim.subject < 0:
        return None
    head = doc[claim.subject]
    if head.lower_ in lex.relative_pronouns:
        head = antecedent(head)
    if head.lower_ in lex.personal_pronouns:
        return describe(doc, head.i, head.i, lex)
    first, last = phrase_range(head)
    return describe(doc, first, last, lex)


@dataclass(slots=True)
class _Attributed:
    claim: Claim
    name: str | None
    kind: str | None
    written: str | None


def _statements(doc_id: str, doc: Doc, claims: list[Claim], lex: Lexicon) -> list[Statement]:
    text = text_of(doc)
    speakers = DocSpeakers.of(doc, lex)
    quotations = quotations_of(doc)
    attributed = _attribute(doc, claims, speakers, lex)
    parties = _parties(doc, attributed, speakers, lex)
    out: list[Statement] = []
    for item in attributed:
        claim = item.claim
        claim.start, claim.end = balance_quotes(text, claim.start, claim.end)
        stance, cues = decide(doc, claim, lex, _names(item, lex), parties)
        out.append(
            Statement(
                id=Statement.make_id(doc_id, claim.start, claim.end),
                doc=doc_id,
                start=claim.start,
                end=claim.end,
                text=text[claim.start : claim.end],
                speaker=item.name,
                stance=stance,
                direct=claim.direct or _mostly_quoted(claim, quotations),
                cue=doc[claim.cue_first : claim.cue_last + 1].text if claim.cue_first >= 0 else "",
                cues=cues,
                speaker_mention=item.written,
                speaker_kind=item.kind,
                terms=_terms(doc, claim),
                lang=lex.lang,
            )
        )
    return out


def _attribute(
    doc: Doc, claims: list[Claim], speakers: DocSpeakers, lex: Lexicon
) -> list[_Attributed]:
    """Each claim with its speaker resolved in the document, in reading order."""
    out: list[_Attributed] = []
    previous: tuple[int, str | None, str | None, str | None] | None = None
    for claim in claims:
        mention = _mention(doc, claim, lex)
        name: str | None = None
        kind: str | None = None
        written: str | None = None
        if mention is not None:
            name, kind = speakers.resolve(mention, claim.start)
            kind = KINDS.get(kind, kind)
            written = mention.text
            if kind is None:
                name = None
        elif claim.inherit or claim.direct:
            if previous is not None and claim.start - previous[0] <= INHERIT_REACH:
                _, name, kind, written = previous
        else:
            continue  # the subject names no one who could speak (images, the fact)
        if name is not None:
            speakers.record(claim.start, name, kind or "org", mention)
            previous = (claim.end, name, kind, written)
        out.append(_Attributed(claim, name, kind, written))
    return out


def _names(item: _Attributed, lex: Lexicon) -> list[str]:
    """The speaker as resolved and as written, pronouns left out."""
    return [n for n in (item.name, item.written) if n and n.lower() not in lex.personal_pronouns]


def _parties(
    doc: Doc, attributed: list[_Attributed], speakers: DocSpeakers, lex: Lexicon
) -> Parties:
    """Who the document shows accusing (subjects of "accuse") and accused or denying."""
    parties = Parties()
    for item in attributed:
        names = set(_names(item, lex))
        if item.claim.lemma in lex.accuse_verbs:
            parties.accusers.update(names)
        if item.claim.lemma in lex.deny_verbs:
            parties.accused.update(names)
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.accuse_verbs:
            continue
        for child in tok.children:
            if child.dep_ == "nsubj":
                side = parties.accusers
            elif child.dep_ in ACCUSED_DEPS:
                side = parties.accused
            else:
                continue
            mention = describe(doc, *phrase_range(child), lex)
            if mention is not None and child.lower_ not in lex.relative_pronouns:
                side.add(speakers.resolve(mention, child.idx)[0])
    return parties


def _mostly_quoted(claim: Claim, quotations: list[Quotation]) -> bool:
    quoted = sum(max(0, min(q.end, claim.end) - max(q.start, claim.start)) for q in quotations)
    return quoted * 2 >= claim.end - claim.start


def _terms(doc: Doc, claim: Claim) -> list[str]:
    """Lemma and entity keys of the claim and the sentences it is written in."""
    first = sentence_of(doc[claim.first])[0]
    last = sentence_of(doc[claim.last])[1]
    region = doc[first:last]
    terms = {
        t.lemma_.lower()
        for t in region
        if t.pos_ in CONTENT_POS and not t.is_stop and not t.is_punct and len(t.text) > 1
    }
    terms.update(
        "ent:" + e.text.lower() for e in ents_of(doc) if e.start >= first and e.end <= last
    )
    return sorted(terms)
