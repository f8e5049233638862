"""Finding the publication date an article states, with the precision it states.

A publication date must be certain, so only three kinds of mention count,
in this order of trust:

1. a date in the header zone (the first lines) that is labelled ("Publié le",
   "Published:", "date") or stands on a date line ("22.09.2022 0 Par admin",
   "31 août 2023 16:12 (UTC+01:00)", "PARIS, le 13/10/2023");
2. a labelled date further down, on a line of its own or opening its line;
3. a date given with its weekday anywhere ("mardi 17 octobre"): news copy
   dates the days it reports this way, relative to the day it is written.

Dates inside sentences ("le 25 avril 2019", "en 2019") are events, not the
publication, and never count; nor does a day and month without year or
weekday ("le 13 octobre"). A missing year is supplied only when a weekday
fixes it: the year in which that day falls on that weekday, preferring a
year the text mentions, else the latest one not after `reference`. Dates
after `reference` are rejected, since an article cannot be published after
it is read. Everything is parsed here with word lists, never with the
current date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from analysis.lexicon_meta import DATE_LABELS, MONTHS, TIME_WORDS, WEEKDAYS

HEADER_LINES = 10
HEADER_CHARS = 2000
# A date line holds the date and little else: a byline, a time zone, a place.
MAX_DATE_LINE_WORDS = 6
# A line that is only a date, for headline finding: a byline at most.
MAX_DATE_ONLY_LINE_WORDS = 2
# Words a dateline may put before its date ("PARIS, le", "Mis en ligne le").
MAX_WORDS_BEFORE_DATE = 3
YEARS_BACK = 40
# How far before and after a number a date's words may reach:
# "Wednesday, September 17", "17th of September".
REACH_BEFORE = 24
REACH_AFTER = 16

_MONTH_NUMBER = {name: n for names in MONTHS.values() for name, n in names.items()}
_WEEKDAY_NUMBER = {name: n for names in WEEKDAYS.values() for name, n in names.items()}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?P<month>{_alternation(_MONTH_NUMBER)})"
_WEEKDAY = rf"(?:(?P<weekday>{_alternation(_WEEKDAY_NUMBER)})\.?,?\s+(?:(?:le|the)\s+)?)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_START = r"(?<!\w)"
_END = r"(?!\w)"
# Copied pages glue the time to the year: "October 17, 20233:12 PM".
_END_OR_TIME = r"(?:(?!\w)|(?<=\d)(?=\d\d?:\d\d))"

_DATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 17 octobre 2023, mardi 17 octobre, 1er mai, 13th of October 2023
        rf"{_START}{_WEEKDAY}(?P<day>\d\d?)(?:er|re|e|st|nd|rd|th)?\s+(?:(?:of|de)\s+)?"
        rf"{_MONTH}\.?(?:,?\s+{_YEAR})?{_END_OR_TIME}",
        # October 13, 2023, Oct. 13, Tuesday, October 17
        rf"{_START}{_WEEKDAY}{_MONTH}\.?\s+(?P<day>\d\d?)(?:st|nd|rd|th)?"
        rf"(?:,?\s+{_YEAR})?{_END_OR_TIME}",
        # octobre 2023, Oct. 2023
        rf"{_START}{_MONTH}\.?,?\s+{_YEAR}{_END_OR_TIME}",
        # 2023-10-13, 2023/10/13, 2022-09
        rf"(?<![\d/-]){_YEAR}(?P<sep>[-/])(?P<mm>\d\d?)(?:(?P=sep)(?P<dd>\d\d?))?(?![\d/-])",
        # 13/10/2023, 22.09.2022, 10/13/2023
        rf"(?<![\d./-])(?P<a>\d\d?)(?P<sep>[./-])(?P<b>\d\d?)(?P=sep){_YEAR}(?!\d)",
    )
)
_LABEL = re.compile(
    rf"{_START}(?:{_alternation({w for ws in DATE_LABELS.values() for w in ws})}){_END}"
    r"\s*[:\-–—]?\s*(?:(?:le|on|at|du|the)\s+)?",
    re.IGNORECASE,
)
_BODY_DATE_CUE = re.compile(
    rf"{_START}(?:{_alternation(_WEEKDAY_NUMBER)}|"
    rf"{_alternation({w for ws in DATE_LABELS.values() for w in ws})}){_END}",
    re.IGNORECASE,
)
_LABELLED_YEAR = re.compile(rf"{_YEAR}{_END}")
_DIGITS = re.compile(r"\d+")
_YEAR_MENTION = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LINE_LEAD = re.compile(r"\W*")
# What follows the date on a dateline: a separator, a time, or nothing.
_DATELINE_GOES_ON = re.compile(r"\s*(?:[-–—|:(•·/]|\d|,\s*\d|(?:à|at)\s|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: the parts it gives, and where it stands."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None


def find_publication_date(text: str, lang: str, *, reference: dt.date) -> str | None:
    """Return the publication date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or None.

    `lang` settles numeric dates that read both ways: "05/10/2023" is 5 October,
    except in English, where a slash date puts the month first.
    """
    header_end = _header_end(text)
    # Below the header only labelled and weekday dates count: skip the rest unread.
    windows = [
        (start, end)
        for start, end in _windows(text, 0, len(text))
        if start < header_end or _BODY_DATE_CUE.search(text, max(0, start - REACH_BEFORE), end)
    ]
    mentions = _dates_in(text, lang, windows)
    # A label may stand before a weekday and month: "Published on Tuesday, October 17".
    label_ends = {
        match.end(): match.start()
        for start, end in windows
        for match in _LABEL.finditer(text, max(0, start - REACH_BEFORE), end)
    }
    mentions += _labelled_years(text, label_ends, mentions)
    mentions.sort(key=lambda m: m.start)
    ranked: list[tuple[int, DateMention]] = []
    for mention in mentions:
        rank = _rank(text, mention, header_end, label_ends)
        if rank is not None:
            ranked.append((rank, mention))
    years_in_text: set[int] | None = None
    for _, mention in sorted(ranked, key=lambda item: item[0]):
        if mention.year is None and years_in_text is None:
            years_in_text = {int(y) for y in _YEAR_MENTION.findall(text)}
        value = _resolve(mention, years_in_text or set(), reference)
        if value is not None:
            return value
    return None


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date mentions in `text[start:end]`, in reading order, without overlaps."""
    end = len(text) if end is None else end
    return _dates_in(text, lang, _windows(text, start, end))


def _windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Stretches of text around numbers: every date form holds one.

    Scanning only these keeps the month-name patterns off most of the text.
    """
    window_start = window_end = -1
    for match in _DIGITS.finditer(text, start, end):
        near_start = max(start, match.start() - REACH_BEFORE)
        near_end = min(end, match.end() + REACH_AFTER)
        if near_start <= window_end:
            window_end = near_end
            continue
        if window_end >= 0:
            yield window_start, window_end
        window_start, window_end = near_start, near_end
    if window_end >= 0:
        yield window_start, window_end


def _dates_in(text: str, lang: str, windows: Iterable[tuple[int, int]]) -> list[DateMention]:
    found = [
        _mention(match, lang)
        for start, end in windows
        for pattern in _DATE_PATTERNS
        for match in pattern.finditer(text, start, end)
    ]
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[DateMention] = []
    for mention in found:
        if mention.month is not None and not 1 <= mention.month <= 12:
            continue
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def is_date_line(line: str, lang: str = "fr") -> bool:
    """Whether `line` is a date with at most a byline or a time around it."""
    mentions = find_dates(line, lang)
    if not mentions:
        return False
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _LABEL.sub(" ", rest)
    return _count_words(rest) <= MAX_DATE_ONLY_LINE_WORDS


def strip_leading_date(line: str, lang: str = "fr") -> str:
    """`line` without a date (and its label) that opens it: "date 2022-09 Titre" -> "Titre"."""
    lead = _LINE_LEAD.match(line)
    position = lead.end() if lead else 0
    label = _LABEL.match(line, position)
    if label:
        position = label.end()
    mentions = find_dates(line, lang, position)
    # "1er mai : les syndicats défilent" keeps its date: without a year it is the subject.
    if not mentions or mentions[0].start != position or mentions[0].year is None:
        return line
    return line[mentions[0].end :].lstrip(" \t:-–—|,")


def _mention(match: re.Match[str], lang: str) -> DateMention:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    # casefold, not lower: IGNORECASE also matches "ſ" for "s" or "K" (Kelvin) for "k".
    weekday = _WEEKDAY_NUMBER[groups["weekday"].casefold()] if groups.get("weekday") else None
    if groups.get("a"):
        month, day = _numeric_order(int(groups["a"]), int(groups["b"]), groups["sep"], lang)
    elif groups.get("mm"):
        month = int(groups["mm"])
        day = int(groups["dd"]) if groups.get("dd") else None
    else:
        month = _MONTH_NUMBER[groups["month"].casefold()]
        day = int(groups["day"]) if groups.get("day") else None
    return DateMention(match.start(), match.end(), year, month, day, weekday)


def _numeric_order(a: int, b: int, separator: str, lang: str) -> tuple[int, int]:
    """(month, day) of a numeric date: day first unless impossible, or US English."""
    if a > 12:
        return b, a
    if b > 12 or (lang == "en" and separator == "/"):
        return a, b
    return b, a


def _header_end(text: str) -> int:
    position = 0
    lines = 0
    while position < len(text) and position < HEADER_CHARS and lines < HEADER_LINES:
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline
        if text[position:line_end].strip():
            lines += 1
        position = line_end + 1
    return min(position, len(text))


def _labelled_years(
    text: str, label_ends: dict[int, int], mentions: list[DateMention]
) -> list[DateMention]:
    starts = {m.start for m in mentions}
    years = []
    for position in label_ends:
        if position in starts:
            continue
        match = _LABELLED_YEAR.match(text, position)
        if match:
            years.append(DateMention(match.start(), match.end(), int(match[0]), None, None, None))
    return years


def _rank(
    text: str, mention: DateMention, header_end: int, label_ends: dict[int, int]
) -> int | None:
    """0: header date, 1: labelled date, 2: weekday date; None: an event date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : mention.start]
    after = text[mention.end : line_end]
    label_start = label_ends.get(mention.start)
    labelled = label_start is not None and (
        not text[line_start:label_start].strip(" \t•*-–—|#>") or _few_words_around(before, after)
    )
    if mention.start < header_end and (labelled or _is_dateline(before, after)):
        return 0
    if labelled:
        return 1
    if mention.weekday is not None and mention.day is not None:
        return 2
    return None


def _few_words_around(before: str, after: str) -> bool:
    return _count_words(before) + _count_words(after) <= MAX_DATE_LINE_WORDS


def _is_dateline(before: str, after: str) -> bool:
    if _few_words_around(before, after):
        return True
    return (
        _count_words(before) <= MAX_WORDS_BEFORE_DATE
        and len(before) <= 30
        and _DATELINE_GOES_ON.match(after) is not None
    )


def _count_words(fragment: str) -> int:
    return sum(1 for word in _WORD.findall(fragment) if word.lower() not in TIME_WORDS)


def _resolve(mention: DateMention, years_in_text: set[int], reference: dt.date) -> str | None:
    year, month, day = mention.year, mention.month, mention.day
    if year is None:
        if month is None or day is None or mention.weekday is None:
            return None
        year = _year_of_weekday(month, day, mention.weekday, years_in_text, reference)
        if year is None:
            return None
    if month is None:
        return f"{year:04d}" if year <= reference.year else None
    if day is None:
        in_past = (year, month) <= (reference.year, reference.month)
        return f"{year:04d}-{month:02d}" if in_past else None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if date <= reference else None


def _year_of_weekday(
    month: int, day: int, weekday: int, years_in_text: set[int], reference: dt.date
) -> int | None:
    fitting = [
        year
        for year in range(reference.year, reference.year - YEARS_BACK, -1)
        if _falls_on(year, month, day, weekday) and dt.date(year, month, day) <= reference
    ]
    mentioned = [year for year in fitting if year in years_in_text]
    if mentioned:
        return mentioned[0]
    return fitting[0] if fitting else None


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False
