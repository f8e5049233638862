"""What a document says about itself: language, headline, outlet and date.

All four are read from the cleaned text alone, with word lists from
`analysis.lexicon_meta`; a web page's markup, when there is one, is read by
`analysis.html` instead, and takes precedence.

Language: whichever of French and English has more function words in the
first few thousand characters. On a tie (a few names, a one-word line), a
text with no French letters (é, ç, œ…) is English; "fr" is the default only
when nothing decides: no words at all, or a tie with French letters present.

Title: the first line that is not site chrome (masthead, section name,
breadcrumb menu, byline, photo credit, "Loading..."), not a date line, with
a leading "date 2022-09" or wire dateline ("WASHINGTON (AP) —") removed.

Outlet: only a name the text gives as its publisher counts, in this order:
a "SOURCE:" or "Publié par" line; a wire dateline ("PARIS (AFP) -");
"nouvelles de la BBC" or "BBC News" in the byline; "Le Monde avec AFP"; a
"Place / Outlet" dateline whose outlet reads like a title ("Paris / La
Gazette", not the breadcrumb "International / Asie"); a copyright line
("© 2023 Le Monde"). Credits for what the text draws on ("Selon AFP,
Yonhap", "Photo : AFP", "Crédit photo : Getty Images") name sources, not
the outlet: they give None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from analysis.dates import find_publication_date, is_date_line, strip_leading_date
from analysis.lexicon_meta import (
    AGENCIES,
    BOILERPLATE_LINES,
    BYLINE_FILLERS,
    BYLINE_WORDS,
    CREDIT_WORDS,
    FRENCH_LETTERS,
    NAME_JOINERS,
    NAVIGATION_WORDS,
    OUTLET_ARTICLES,
    OUTLET_LABELS,
    OUTLET_NEWS_PHRASES,
    STOPWORDS,
)
from analysis.text import safe_line

# Enough text to tell the language.
LANGUAGE_SAMPLE_CHARS = 5_000
HEADER_LINES = 12
MAX_TITLE_CHARS = 200
# A masthead or section name is at most this long; a headline is usually longer.
MIN_TITLE_WORDS = 3
MAX_OUTLET_CHARS = 60
# "Par Jeanne Martin et Paul Durand", "Crédit photo : Getty Images"
MAX_BYLINE_WORDS = 6

_BYLINE_TAIL = NAME_JOINERS | BYLINE_FILLERS
_WORD = re.compile(r"[^\W\d_]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_NAVIGATION_SEPARATOR = re.compile(r"\s+[/|>»›·•]\s+")
_BULLET = re.compile(r"^[\s•*·▪–—-]+")
_OUTLET_NAME = r"(?P<name>[^\W\d_][\w&.'’ -]{1,58}?)"
_SOURCE_LINE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, OUTLET_LABELS))})\s*:\s*{_OUTLET_NAME}\s*\.?$",
    re.IGNORECASE,
)
_NEWS_PHRASE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, OUTLET_NEWS_PHRASES))})\s+(?:la\s+|le\s+|l['’]\s*)?"
    rf"{_OUTLET_NAME}\s*$",
    re.IGNORECASE,
)
# "BBC News", "CBS News"; not a section such as "World News".
_NEWS_NAME = re.compile(r"^(?P<name>[A-Z]{2,6}\s+News)$")
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,30}(?:,[^()\n]{1,30})?\s+\((?P<name>[A-Z][\w .&-]{1,25})\)\s*[-–—]\s*"
)
_WITH_AGENCY = re.compile(
    rf"^{_OUTLET_NAME}\s+(?:avec|with)\s+(?:l['’]\s*)?(?:{'|'.join(map(re.escape, AGENCIES))})"
    r"(?:\s*(?:,|et|and)\s*\w+)*$"
)
_PLACE_OUTLET = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})\s+/\s+"
    rf"(?P<name>(?:{'|'.join(map(re.escape, OUTLET_ARTICLES))})[^/]{{2,40}})$"
)
_COPYRIGHT = re.compile(
    rf"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]?\s*(?:(?:19|20)\d\d)?\s*)?"
    rf"{_OUTLET_NAME}\s*(?:[.,|]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str
    outlet: str | None
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    lang: str  # "fr" | "en"


def describe(text: str, file_name: str, *, reference: dt.date) -> DocumentMeta:
    """Title, outlet, publication date and language of a cleaned text."""
    lang = detect_language(text)
    return DocumentMeta(
        title=find_title(text, file_name),
        outlet=find_outlet(text),
        date=find_publication_date(text, lang, reference=reference),
        lang=lang,
    )


def detect_language(text: str) -> str:
    """Return "fr" or "en": by function words, then by letters; "fr" when nothing tells."""
    sample = text[:LANGUAGE_SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    french = sum(map(STOPWORDS["fr"].__contains__, words))
    english = sum(map(STOPWORDS["en"].__contains__, words))
    if french != english:
        return "fr" if french > english else "en"
    if words and FRENCH_LETTERS.isdisjoint(sample):
        return "en"
    return "fr"


def find_title(text: str, file_name: str) -> str:
    """The headline: the first line that is neither site chrome nor a date."""
    front_matter = safe_line(_front_matter_title(text) or "")
    if front_matter:
        return _capped(front_matter)
    fallback = ""
    for raw in _head_lines(text, HEADER_LINES):
        line = _MARKDOWN_HEADING.sub("", raw)
        line = safe_line(strip_leading_date(_WIRE_DATELINE.sub("", line, count=1)))
        if not line or _is_chrome(line) or is_date_line(line):
            continue
        if not _is_section_name(line):
            return _capped(line)
        fallback = fallback or line
    return _capped(fallback) if fallback else safe_line(PurePath(file_name).stem)


def find_outlet(text: str) -> str | None:
    """The outlet the text names as its publisher, or None (see the module rules)."""
    lines = [_BULLET.sub("", line).strip() for line in _head_lines(text, HEADER_LINES)]
    tail = [_BULLET.sub("", line).strip() for line in _tail_lines(text, HEADER_LINES)]
    for pattern, zone in (
        (_SOURCE_LINE, lines + tail),
        (_WIRE_DATELINE, lines),
        (_NEWS_PHRASE, lines),
        (_WITH_AGENCY, lines),
        (_NEWS_NAME, lines),
        (_PLACE_OUTLET, lines),
        (_COPYRIGHT, tail + lines),
    ):
        for line in zone:
            match = pattern.match(line)
            if match and not _is_credit(match["name"]):
                return _outlet_name(match["name"])
    return None


def _head_lines(text: str, count: int) -> list[str]:
    """The first `count` non-blank lines, stripped."""
    lines: list[str] = []
    start = 0
    while len(lines) < count and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if line := text[start:end].strip():
            lines.append(line)
        start = end + 1
    return lines


def _tail_lines(text: str, count: int) -> list[str]:
    """The last `count` non-blank lines, stripped, in reading order."""
    lines: list[str] = []
    end = len(text)
    while len(lines) < count and end > 0:
        start = text.rfind("\n", 0, end) + 1
        if line := text[start:end].strip():
            lines.append(line)
        end = start - 1
    return lines[::-1]


def _front_matter_title(text: str) -> str | None:
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    match = _FRONT_MATTER_TITLE.search(text, 4, end) if end > 0 else None
    return match[1].strip("'\"") if match else None


def _is_chrome(line: str) -> bool:
    """Site name, menu, byline decoration or page furniture rather than a headline."""
    lowered = line.lower()
    if lowered in BOILERPLATE_LINES:
        return True
    segments = _NAVIGATION_SEPARATOR.split(line)
    if len(segments) >= 3 and all(len(segment.split()) <= 4 for segment in segments):
        return True
    words = _WORD.findall(lowered)
    if not words:
        return False
    if words[0] in CREDIT_WORDS and len(words) <= MAX_BYLINE_WORDS:
        return True
    return _is_byline(line) or all(word in NAVIGATION_WORDS for word in words)


def _is_section_name(line: str) -> bool:
    """Whether `line` is too short, or all names, for a headline: "Asie et Pacifique"."""
    words = _NAME_WORD.findall(line)
    if len(words) < MIN_TITLE_WORDS:
        return True
    return len(words) == MIN_TITLE_WORDS and all(
        word[0].isupper() or word.lower() in NAME_JOINERS for word in words
    )


def _is_byline(line: str) -> bool:
    words = _NAME_WORD.findall(line)
    if not words or words[0].lower() not in BYLINE_WORDS or len(words) > MAX_BYLINE_WORDS:
        return False
    return all(word[0].isupper() or word.lower() in _BYLINE_TAIL for word in words[1:])


def _is_credit(name: str) -> bool:
    return any(word in CREDIT_WORDS for word in _WORD.findall(name.lower()))


def _outlet_name(name: str) -> str | None:
    name = safe_line(name).strip(" .,;:-–—")
    return name[:MAX_OUTLET_CHARS] or None


def _capped(line: str) -> str:
    if len(line) <= MAX_TITLE_CHARS:
        return line
    cut = line.rfind(" ", 0, MAX_TITLE_CHARS)
    return line[: cut if cut > 0 else MAX_TITLE_CHARS].rstrip(" ,;:-–—") + "…"
