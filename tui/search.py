"""Searching statements as the analyst types: filter words, then fuzzy ranking.

Pure: records in, ranked hits out. The index folds every choice string once
(lowercase, accents removed, same length as the original so that match
positions point into the displayed text). A query first narrows the
candidates with its filter words and with plain substring tests, which are
cheap; only then is rapidfuzz asked to score what is left. Scoring uses
`process.cdist` with `workers=-1`, which releases the GIL while it works, so a
search running in a thread never makes the interface stutter
(`process.extract` holds the GIL for its whole run).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from analysis.records import KINDS, STANCES, VERDICTS, Contradiction, Document, Statement
from store.review import MARKS, Review

FILTER_KEYS = ("speaker", "stance", "doc", "kind", "verdict", "after", "before")
REVIEW_KEYS = ("is", "mark", "tag")  # the analyst's own state of each statement
READ_STATES = ("read", "unread")
LIMIT = 200
# partial_ratio of a word against its best window: one typo in a six-letter
# word still scores about 80; unrelated text rarely passes 75.
FUZZY_CUTOFF = 75
# Words this short match too much text by chance to be fuzzy: they must appear as typed.
MIN_FUZZY_WORD = 3

_TOKEN = re.compile(
    r'(?P<key>[A-Za-z]+):(?:"(?P<qval>[^"]*)"?|(?P<val>\S*))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)'
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _FoldTable(dict[int, int]):
    """str.translate table filled on demand: one character in, one character out."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        for candidate in (base.lower(), char.lower(), base, char):
            if len(candidate) == 1:
                break
        folded = ord(candidate)
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase `text` and strip its accents, keeping its length (offsets stay valid)."""
    return text.translate(_FOLD)


# Combining marks left by NFKD: accents, cedillas, diaereses.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATOR = "\x00"  # cleaned text never holds it


def fold_key(text: str) -> str:
    """Lowercase `text` and strip its accents, for matching (the length may change)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


def fold_all(texts: list[str]) -> list[str]:
    """`fold_key` of many strings at once: one pass over their concatenation."""
    if not texts:
        return []
    joined = _SEPARATOR.join(t.replace(_SEPARATOR, " ") for t in texts)
    return fold_key(joined).split(_SEPARATOR)


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...] = ()  # folded free words and "quoted phrases"
    speaker: str | None = None
    stance: str | None = None
    doc: str | None = None
    kind: str | None = None
    verdict: str | None = None
    after: str | None = None  # on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
    before: str | None = None  # strictly before this date
    read: bool | None = None  # is:read / is:unread
    mark: str | None = None  # one of store.review.MARKS
    tag: str | None = None  # folded; matches tags starting with it
    problems: tuple[str, ...] = ()  # filter words that could not be understood

    @property
    def filtered(self) -> bool:
        filters = (self.speaker, self.stance, self.doc, self.kind, self.verdict)
        review = (self.read, self.mark, self.tag)
        return any(v is not None for v in (*filters, self.after, self.before, *review))


def _choose(value: str, names: Sequence[str]) -> str | None:
    """The one name that `value` abbreviates ("den" -> "deny", "walk" -> "walk_back")."""
    wanted = value.replace("-", "_")
    found = [n for n in names if n.startswith(wanted) or n.replace("_", "").startswith(wanted)]
    return found[0] if len(found) == 1 else None


def parse_query(raw: str) -> Query:
    """Split a query into free words and `key:value` filter words."""
    words: list[str] = []
    values: dict[str, str] = {}
    problems: list[str] = []
    for match in _TOKEN.finditer(raw):
        key = match["key"]
        if key is not None and key.lower() in FILTER_KEYS + REVIEW_KEYS:
            value = fold_key(match["qval"] if match["qval"] is not None else match["val"]).strip()
            if value:
                values[key.lower()] = value
            continue
        text = match[0] if key is not None else match["phrase"] or match["word"] or ""
        text = fold_key(text).strip()
        if text:
            words.append(text)
    choices = {"stance": STANCES, "kind": KINDS, "verdict": VERDICTS}
    for key, names in choices.items():
        if key in values:
            chosen = _choose(values[key], names)
            if chosen is None:
                problems.append(f"{key}: one of {', '.join(names)}")
            values[key] = chosen or ""
    for key in ("after", "before"):
        if key in values and not _DATE.match(values[key]):
            problems.append(f"{key}: a date as YYYY, YYYY-MM or YYYY-MM-DD")
            values[key] = ""
    read = None
    if "is" in values:
        state = _choose(values.pop("is"), READ_STATES)
        if state is None:
            problems.append("is: read or unread")
        read = None if state is None else state == "read"
    if "mark" in values:
        mark = _choose(values["mark"], tuple(m.replace("-", "_") for m in MARKS))
        if mark is None:
            problems.append(f"mark: one of {', '.join(MARKS)}")
        values["mark"] = (mark or "").replace("_", "-")
    if "tag" in values:
        values["tag"] = values["tag"].lstrip("#")
    return Query(
        words=tuple(words),
        problems=tuple(problems),
        read=read,
        **{k: (v or None) for k, v in values.items()},
    )


@dataclass(frozen=True, slots=True)
class Hit:
    position: int  # index into SearchIndex.ids
    statement: str  # Statement.id
    score: float  # 0..100, plus a bonus for matches as typed
    exact: bool  # every word appears as typed


@dataclass(slots=True)
class SearchIndex:
    """Folded strings and filter fields of every statement, in document order."""

    ids: list[str]
    choices: list[str]  # folded "speaker mention text": what free words match
    speakers: list[str]  # folded speaker, mention and aliases
    stances: list[str]
    docs: list[str]  # folded file, title, outlet and id of the statement's document
    dates: list[str]
    contradictions: list[tuple[str, ...]]  # ids of the pairs the statement takes part in
    kinds: list[frozenset[str]]
    _positions: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        statements: Sequence[Statement],
        documents: Mapping[str, Document],
        contradictions: Iterable[Contradiction],
        aliases: Mapping[str, Sequence[str]] | None = None,
    ) -> SearchIndex:
        aliases = aliases or {}
        by_statement: dict[str, list[Contradiction]] = {}
        for cx in contradictions:
            by_statement.setdefault(cx.a, []).append(cx)
            by_statement.setdefault(cx.b, []).append(cx)
        doc_keys = {d.id: f"{d.file} {d.title} {d.outlet or ''} {d.id}" for d in documents.values()}
        dates = {d.id: d.date or "" for d in documents.values()}
        who = [st.speaker or "" for st in statements]
        mentions = [
            st.speaker_mention if st.speaker_mention not in (None, w) else ""
            for st, w in zip(statements, who, strict=True)
        ]
        pairs = [by_statement.get(st.id, ()) for st in statements]
        index = cls(
            ids=[st.id for st in statements],
            choices=fold_all(
                [f"{w} {m} {st.text}" for st, w, m in zip(statements, who, mentions, strict=True)]
            ),
            speakers=fold_all(
                [" ".join([w, m, *aliases.get(w, ())]) for w, m in zip(who, mentions, strict=True)]
            ),
            stances=[st.stance for st in statements],
            docs=fold_all([doc_keys.get(st.doc, st.doc) for st in statements]),
            dates=[dates.get(st.doc, "") for st in statements],
            contradictions=[tuple(cx.id for cx in found) for found in pairs],
            kinds=[frozenset(cx.kind for cx in found) for found in pairs],
        )
        index._positions = {sid: i for i, sid in enumerate(index.ids)}
        return index

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, statement_id: str) -> int | None:
        return self._positions.get(statement_id)


def _date_ok(date: str, after: str | None, before: str | None) -> bool:
    if not date:
        return False
    # Compare at the precision both sides have: "2022-09" is not before "2022-09-15".
    if after is not None and date[: len(after)] < after[: len(date)]:
        return False
    return not (before is not None and date[: len(before)] >= before[: len(date)])


def candidates(
    index: SearchIndex,
    query: Query,
    verdicts: Mapping[str, str] | None = None,
    reviews: Mapping[str, Review] | None = None,
) -> list[int]:
    """Positions passing every filter word of `query`.

    `reviews` holds the analyst's review state by key ("st:" + statement id).
    """
    verdicts = verdicts or {}
    tests: list[Callable[[int], bool]] = []
    if query.speaker is not None:
        speaker = query.speaker
        tests.append(lambda i: speaker in index.speakers[i])
    if query.stance is not None:
        stance = query.stance
        tests.append(lambda i: index.stances[i] == stance)
    if query.doc is not None:
        doc = query.doc
        tests.append(lambda i: doc in index.docs[i])
    if query.kind is not None:
        kind = query.kind
        tests.append(lambda i: kind in index.kinds[i])
    if query.verdict is not None:
        wanted = query.verdict
        tests.append(
            lambda i: any(verdicts.get(c, "unreviewed") == wanted for c in index.contradictions[i])
        )
    if query.after is not None or query.before is not None:
        after, before = query.after, query.before
        tests.append(lambda i: _date_ok(index.dates[i], after, before))
    tests.extend(_review_tests(index, query, reviews or {}))
    if not tests:
        return list(range(len(index)))
    return [i for i in range(len(index)) if all(test(i) for test in tests)]


def _review_tests(
    index: SearchIndex, query: Query, reviews: Mapping[str, Review]
) -> list[Callable[[int], bool]]:
    """Filters on the statement's own review state: read, mark, tags."""
    tests: list[Callable[[int], bool]] = []

    def review(i: int) -> Review | None:
        return reviews.get("st:" + index.ids[i])

    if query.read is not None:
        wanted_read = query.read
        tests.append(lambda i: bool((r := review(i)) and r.read) == wanted_read)
    if query.mark is not None:
        mark = query.mark
        tests.append(lambda i: (r := review(i)) is not None and r.mark == mark)
    if query.tag is not None:
        tag = query.tag
        tests.append(
            lambda i: (
                (r := review(i)) is not None and any(fold_key(t).startswith(tag) for t in r.tags)
            )
        )
    return tests


def _speaker_words(index: SearchIndex, i: int, words: Sequence[str]) -> int:
    """How many of the words name the speaker: such hits rank first."""
    return sum(w in index.speakers[i] for w in words)


def search(
    index: SearchIndex,
    query: Query,
    *,
    verdicts: Mapping[str, str] | None = None,
    reviews: Mapping[str, Review] | None = None,
    limit: int = LIMIT,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Hit]:
    """Statements matching every word of `query`, best first.

    A word found as typed in some statement keeps only the statements that
    hold it (a plain substring test, cheap); the other words are matched
    approximately, by rapidfuzz, among what is left. When every word is
    found as typed and there are fewer hits than `limit`, statements that
    match approximately follow the exact ones.
    """
    filtered = candidates(index, query, verdicts, reviews)
    if not query.words:
        return [Hit(i, index.ids[i], 0.0, True) for i in filtered[:limit]]
    choices = index.choices
    pool = filtered
    fuzzy: list[str] = []
    for word in query.words:
        found = [i for i in pool if word in choices[i]]
        if found or len(word) < MIN_FUZZY_WORD or " " in word:
            pool = found
        else:
            fuzzy.append(word)
        if cancelled():
            return []
    if fuzzy:
        return _fuzzy(index, pool, fuzzy, limit)
    pool.sort(key=lambda i: -_speaker_words(index, i, query.words))
    hits = [
        Hit(i, index.ids[i], 100.0 + _speaker_words(index, i, query.words), True)
        for i in pool[:limit]
    ]
    if len(hits) >= limit or cancelled():
        return hits
    seen = set(pool)
    others = [i for i in filtered if i not in seen]
    words = [w for w in query.words if len(w) >= MIN_FUZZY_WORD and " " not in w]
    return hits + _fuzzy(index, others, words, limit - len(hits))


def _fuzzy(index: SearchIndex, pool: list[int], words: list[str], limit: int) -> list[Hit]:
    """`pool` ranked by how well each statement matches every word, weak matches dropped."""
    if not pool or not words or limit <= 0:
        return []
    import numpy as np  # loaded on the first fuzzy search, not when the app starts

    everything = len(pool) == len(index)
    choices = index.choices if everything else [index.choices[i] for i in pool]
    scores = process.cdist(
        words,
        choices,
        scorer=fuzz.partial_ratio,
        score_cutoff=FUZZY_CUTOFF,
        dtype=np.uint8,
        workers=-1,
    )
    passing = np.flatnonzero(scores.min(axis=0) > 0)
    if not passing.size:
        return []
    mean = scores[:, passing].mean(axis=0)
    best = np.argsort(-mean, kind="stable")[:limit]
    return [
        Hit(pool[j], index.ids[pool[j]], float(score), False)
        for j, score in zip(passing[best].tolist(), mean[best].tolist(), strict=True)
    ]


def match_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the query words match `text`: (start, end) offsets, sorted and merged.

    A word found as typed is marked at every occurrence; otherwise the
    window that matches it best is marked, if it matches well enough.
    """
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        found = False
        start = folded.find(word)
        while start != -1 and word:
            spans.append((start, start + len(word)))
            found = True
            start = folded.find(word, start + len(word))
        if not found and len(word) >= MIN_FUZZY_WORD:
            best = fuzz.partial_ratio_alignment(word, folded, score_cutoff=FUZZY_CUTOFF)
            if best is not None and best.dest_end > best.dest_start:
                spans.append((best.dest_start, best.dest_end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
