"""Concepts that statements bear on, and the light tokeniser that finds them in text.

Two statements bear on the same matter when they name the same places, bodies,
fields (arms, casualties, sanctions, ...) and predicates (a death toll, a cause, a
data breach, ...), whatever the language or the word chosen: "Pyongyang", "la RPDC",
"North Korean" all name one place; "morts", "killed", "décès" one predicate. The
synonym sets are data, French and English together, in `analysis.concept_tables`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from analysis.concept_tables import (
    ARTICLES,
    BODIES,
    FIELDS,
    GET_FORMS,
    GIVE_FORMS,
    GLOSSES,
    NOUNS_AFTER_ARTICLE,
    PLACES,
    PREDICATES,
    TRANSFER_EXCEPTIONS,
)


@dataclass(frozen=True, slots=True)
class Concept:
    id: str  # "place:KP", "body:UN", "field:drones", "pred:toll", "give", "get"
    kind: str  # "place" | "body" | "field" | "pred" | "give" | "get"
    en: str  # label in English
    fr: str  # label in French
    parent: str | None = None  # the broader field ("field:drones" -> "field:arms")
    # A predicate's field ("pred:toll" -> "field:casualties"), if it has one.

    def label(self, lang: str = "en") -> str:
        return self.fr if lang == "fr" else self.en

    @property
    def top(self) -> str:
        return self.parent or self.id


@dataclass(slots=True)
class Tokens:
    """The words of a text as parallel lists, one entry per word."""

    text: str
    starts: list[int]
    ends: list[int]
    folds: list[str]  # lower case, no accents
    norms: list[str]  # folded and lightly stemmed

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        """Word i as written."""
        return self.text[self.starts[i] : self.ends[i]]


class Mention(NamedTuple):
    concept: str  # Concept.id
    first: int  # index of its first token
    last: int  # index of its last token


_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = "’‘ʼ`´"


def _fold_table() -> dict[int, str]:
    """One character for one character, so that folded text keeps every offset."""
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base != char and len(base) == 1 and (base.isascii() or char.isupper()):
            table[code] = base if len(char.lower()) == 1 else char
    for char in _APOSTROPHES:
        table[ord(char)] = "'"
    return table


_FOLD = _fold_table()
_ACCENTS = {chr(code): base for code, base in _FOLD.items() if code > 0x7F}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unaccent(m: re.Match[str]) -> str:
    return _ACCENTS.get(m.group(), m.group())


def fold(text: str) -> str:
    """Lower case without accents, of the same length as `text`."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ")
        return text.translate(_FOLD)
    return low if low.isascii() else _NON_ASCII.sub(_unaccent, low)


@cache
def norm(word: str) -> str:
    """Light stemming of a folded word: plural and feminine endings go.

    Crude, but applied alike to the tables and to the text, so that
    "nord-coréennes", "iraniens", "chinoise", "missiles", "tuées" meet their base forms.
    """
    if len(word) > 3 and word[-1] in "sx" and word[-2] != "s":
        word = word[:-1]
    if len(word) > 3 and word[-1] == "e":
        word = word[:-1]
        # "alertée", "inspectées" as "alerté"; "chinoises" as "chinois".
        double_e = len(word) > 4 and word[-1] == "e"
        if double_e or (len(word) > 3 and word[-1] == "s" and word[-2] != "s"):
            word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in "nlt":
        word = word[:-1]
    return word


def tokenize(text: str, folded: str | None = None) -> Tokens:
    """Words with offsets; hyphens and apostrophes split words ("l'Iran", "nord-coréen").

    `folded` is `fold(text)` when the caller has it already.
    """
    low = fold(text) if folded is None else folded
    spans = [m.span() for m in _WORD.finditer(low)]
    folds = [low[s:e] for s, e in spans]
    return Tokens(text, [s for s, _ in spans], [e for _, e in spans], folds, list(map(norm, folds)))


# --- the lexicon, compiled once -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Term:
    concept: str
    words: tuple[str, ...]  # normed words
    raw: tuple[str, ...]  # as in the table
    case: str  # "exact" | "capital" | "any"


def _parse_rows(table: str, columns: int) -> Iterator[list[str]]:
    """Rows of a "|"-separated table; an indented line goes on with the row above it."""
    rows: list[str] = []
    for line in table.strip().splitlines():
        if line.startswith(" ") and rows:
            rows[-1] = f"{rows[-1]} {line.strip()}"
        else:
            rows.append(line)
    for row in rows:
        cells = [c.strip() for c in row.split("|")]
        cells += [""] * (columns - len(cells))
        yield cells


def _case_rule(term: str) -> str:
    letters = [c for c in term if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    return "capital" if term[:1].isupper() else "any"


def _make_terms(concept: str, terms: Iterable[str]) -> Iterator[_Term]:
    for term in terms:
        term = term.strip()
        if not term:
            continue
        raw = tuple(m.group() for m in _WORD.finditer(term))
        words = tuple(norm(fold(w)) for w in raw)
        if words:
            yield _Term(concept, words, raw, _case_rule(term))


def _build() -> tuple[dict[str, Concept], dict[tuple[str, ...], list[_Term]]]:
    concepts: dict[str, Concept] = {}
    phrases: dict[tuple[str, ...], list[_Term]] = {}

    def add(concept: Concept, terms: Iterable[str]) -> None:
        concepts[concept.id] = concept
        for term in _make_terms(concept.id, terms):
            phrases.setdefault(term.words, []).append(term)

    for code, en, fr, terms in _parse_rows(PLACES, 4):
        add(Concept(f"place:{code}", "place", en, fr), [en, fr, *terms.split(";")])
    for code, en, fr, terms in _parse_rows(BODIES, 4):
        add(Concept(f"body:{code}", "body", en, fr), [en, fr, *terms.split(";")])
    for code, parent, en, fr, terms in _parse_rows(FIELDS, 5):
        # A field's labels are not terms: "energy" or "santé" name too much on their own.
        top = None if parent == "-" else f"field:{parent}"
        add(Concept(f"field:{code}", "field", en, fr, top), terms.split(";"))
    for code, parent, en, fr, terms in _parse_rows(PREDICATES, 5):
        top = None if parent == "-" else f"field:{parent}"
        whole = [t for t in terms.split(";") if not t.strip().endswith("*")]
        add(Concept(f"pred:{code}", "pred", en, fr, top), whole)
    concepts["give"] = Concept("give", "give", "supply", "fourniture")
    concepts["get"] = Concept("get", "get", "purchase", "achat")
    return concepts, phrases


def _prefixes() -> dict[str, tuple[tuple[str, str], ...]]:
    """The first four letters of a predicate's word prefixes ("décéd*" for "décédées",
    "décèdent") -> (folded prefix, concept) pairs."""
    table: dict[str, list[tuple[str, str]]] = {}
    for code, _, _, _, terms in _parse_rows(PREDICATES, 5):
        for term in terms.split(";"):
            term = term.strip()
            if term.endswith("*"):
                prefix = fold(term[:-1])
                table.setdefault(prefix[:4], []).append((prefix, f"pred:{code}"))
    return {head: tuple(sorted(found, key=lambda p: -len(p[0]))) for head, found in table.items()}


CONCEPTS, _PHRASES = _build()
_PREFIXES = _prefixes()
_TOPS = {c.id: c.top for c in CONCEPTS.values()}
# First word of a phrase -> the lengths of the phrases it starts, longest first.
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _words in _PHRASES:
    _LENGTHS[_words[0]] = tuple(sorted({*_LENGTHS.get(_words[0], ()), len(_words)}, reverse=True))


def _gloss_table() -> dict[str, str]:
    """Normed word -> gloss key, for the one-word forms of `GLOSSES`."""
    table: dict[str, str] = {}
    for key, forms in _parse_rows(GLOSSES, 2):
        for form in forms.split(";"):
            form = form.strip()
            if form and _WORD.fullmatch(form):
                table[norm(fold(form))] = key
    return table


GLOSS = _gloss_table()


def _shouting(tokens: Tokens, i: int) -> bool:
    """Whether token `i` sits in a run of capitals (a headline), where "UN" is just "un"."""
    return any(
        0 <= j < len(tokens) and len(tokens.word(j)) > 1 and tokens.word(j).isupper()
        for j in (i - 1, i + 1)
    )


def _case_ok(term: _Term, tokens: Tokens, i: int, strict: bool) -> bool:
    if term.case == "any" or not strict:
        return True
    if term.case == "capital":
        return tokens.text[tokens.starts[i]].isupper()
    last = i + len(term.raw) - 1
    return all(tokens.word(i + k) == w for k, w in enumerate(term.raw)) and not (
        _shouting(tokens, i) if i == last else False
    )


def _transfer_pattern() -> re.Pattern[str]:
    def alternatives(table: str) -> str:
        forms = sorted(table.split(), key=lambda w: (-len(w), w))
        return "|".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in forms
        )

    return re.compile(
        rf"(?<!\w)(?:(?P<give>{alternatives(GIVE_FORMS)})|(?P<get>{alternatives(GET_FORMS)}))(?!\w)"
    )


_TRANSFER = _transfer_pattern()


@cache
def transfer_kind(word: str) -> str | None:
    """ "give", "get" or None for a lower-case word as written ("livrerait" -> "give")."""
    m = _TRANSFER.fullmatch(word)
    if m is None or word in TRANSFER_EXCEPTIONS:
        return None
    return "give" if m.group("give") else "get"


def _transfers(tokens: Tokens) -> dict[int, str]:
    """Token index -> "give" or "get", for every transfer word of the text."""
    low = tokens.text.lower()
    if len(low) != len(tokens.text):
        low = tokens.text
    out: dict[int, str] = {}
    for m in _TRANSFER.finditer(low):
        i = bisect.bisect_left(tokens.starts, m.start())
        if i == len(tokens) or tokens.starts[i] != m.start() or tokens.ends[i] != m.end():
            continue
        word = m.group()
        if word in TRANSFER_EXCEPTIONS:
            continue
        if word in NOUNS_AFTER_ARTICLE and i > 0 and tokens.folds[i - 1] in ARTICLES:
            continue
        out[i] = "give" if m.group("give") else "get"
    return out


@cache
def _prefix_concept(word: str) -> str | None:
    """The predicate whose prefix begins a folded word ("décédées" -> "pred:toll"), if any."""
    options = _PREFIXES.get(word[:4]) if len(word) > 4 else None
    return next((c for prefix, c in options if word.startswith(prefix)), None) if options else None


def _prefixed(tokens: Tokens) -> dict[int, str]:
    """Token index -> predicate, for the words that begin with a predicate's prefix."""
    found = {w: c for w in set(tokens.folds) if (c := _prefix_concept(w))}
    return {i: found[w] for i, w in enumerate(tokens.folds) if w in found} if found else {}


def find_mentions(tokens: Tokens, strict: bool = True) -> list[Mention]:
    """Concept mentions, longest match first, left to right; transfer words included.

    `strict=False` ignores the case rules, for names already lower-cased.
    """
    norms, n = tokens.norms, len(tokens)
    transfers = _transfers(tokens)
    prefixed = _prefixed(tokens)
    starts = sorted(
        {i for i, w in enumerate(norms) if w in _LENGTHS} | transfers.keys() | prefixed.keys()
    )
    out: list[Mention] = []
    free = 0  # the first token not inside a mention yet
    for i in starts:
        if i < free:
            continue
        found: Mention | None = None
        for length in _LENGTHS.get(norms[i], ()):
            if i + length > n:
                continue
            terms = _PHRASES.get(tuple(norms[i : i + length]), ())
            term = next((t for t in terms if _case_ok(t, tokens, i, strict)), None)
            if term:
                found = Mention(term.concept, i, i + length - 1)
                break
        if found is None and i in transfers:
            found = Mention(transfers[i], i, i)
        if found is None and i in prefixed:
            found = Mention(prefixed[i], i, i)
        if found:
            out.append(found)
            free = found.last + 1
    return out


@cache
def concepts_in(name: str) -> tuple[str, ...]:
    """The concepts a name or term contains, in any case ("Moscou et Pyongyang" -> RU, KP)."""
    return tuple(dict.fromkeys(m.concept for m in find_mentions(tokenize(name), strict=False)))


def entities_in(name: str) -> tuple[str, ...]:
    """The places and bodies a name contains."""
    return tuple(c for c in concepts_in(name) if is_entity(c))


def is_entity(concept: str) -> bool:
    return concept.startswith(("place:", "body:", "ent:"))


def top(concept: str) -> str:
    """The broadest field of a concept ("field:drones" -> "field:arms", "pred:toll" ->
    "field:casualties"); itself otherwise."""
    return _TOPS.get(concept, concept)


def label(concept: str, lang: str = "en") -> str:
    found = CONCEPTS.get(concept)
    return found.label(lang) if found else concept.removeprefix("ent:").title()
