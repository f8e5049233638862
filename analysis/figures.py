"""Quantities and dates inside a statement, with the unit they count.

"plus de 1 000 conteneurs", "1,000 containers", "des millions d'obus",
"plusieurs centaines de drones", "killed 12", "290 kilomètres", "le 13 octobre".
A figure is an interval [low, high] of its unit, so that "more than 1,000" and
"1,200" agree while "12" and "40" do not. Only figures of one unit are compared:
the unit is the counted noun (or the casualty word next to the number), brought
to one name across French and English through `UNITS`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from analysis.concept_tables import words
from analysis.concepts import fold, norm

# unit -> nouns (French and English, base forms) that count it.
UNITS: dict[str, str] = {
    "deaths": "mort tué décès victime killed dead death fatality",
    "injured": "blessé injured wounded",
    "people": "personne gens habitant people person resident manifestant protester protestor "
    "demonstrator marcher participant marched protested demonstrated rallied gathered",
    "civilians": "civil civilian",
    "children": "enfant child children",
    "troops": "soldat troupe militaire combattant soldier troop fighter",
    "refugees": "réfugié déplacé migrant refugee displaced",
    "hostages": "otage hostage prisonnier prisoner détenu detainee",
    "containers": "conteneur container",
    "records": "record fiche enregistrement ligne row client customer abonné subscriber compte "
    "account utilisateur user donnée",
    "shells": "obus shell munition ammunition round",
    "missiles": "missile roquette rocket",
    "drones": "drone UAV",
    "tanks": "char tank blindé",
    "aircraft": "avion aircraft plane jet hélicoptère helicopter",
    "km": "kilomètre km kilometre kilometer",
    "miles": "mile",
    "metres": "mètre metre meter",
    "tonnes": "tonne ton",
    "barrels": "baril barrel",
    "dollars": "dollar usd $",
    "euros": "euro eur €",
    "percent": "% pourcent percent pct",
    "votes": "voix vote",
    "jobs": "emploi job poste position post salarié employé employee worker ouvrier",
    "years": "an année year",
    "days": "jour day",
}
# A number next to one of these counts deaths or injuries whatever noun it has.
CASUALTY_WORDS = {
    "deaths": "tué tuée tuées tués morts killed died dead death deaths fatalities décédé décédée "
    "décédés décédées décès perished succombé",
    "injured": "blessé blessée blessés blessées injured wounded",
}
NUMBER_WORDS: dict[str, dict[str, float]] = {
    "fr": {
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
    },
    "en": {
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    },
}  # fmt: skip
# Words that multiply the number before them ("1,5 million", "3 milliards").
SCALES = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9,
    "billions": 1e9, "mille": 1e3, "thousand": 1e3, "bn": 1e9,
}  # fmt: skip
# Round counts: "une centaine" (about 100), "des centaines" / "hundreds" (200 to 999).
ROUND_COUNTS = {
    "dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "centaine": 100, "millier": 1000, "million": 1e6, "milliard": 1e9, "dozen": 12,
    "ten": 10, "hundred": 100, "thousand": 1000, "billion": 1e9,
}  # fmt: skip
ONE_WORDS = words("un une a one")
# Qualifiers before a number, folded: how they widen it.
AT_LEAST = ("plus de", "plus d", "au moins", "more than", "over", "at least", "upwards of",
            "in excess of", "au-dela de", "au dela de", "pas moins de", "no fewer than",
            "no less than")  # fmt: skip
AT_MOST = ("moins de", "moins d", "less than", "fewer than", "under", "up to", "jusqu a",
           "jusqu'a", "pas plus de", "no more than", "at most", "au plus")  # fmt: skip
ABOUT = ("environ", "pres de", "pres d", "quelque", "autour de", "about", "around", "nearly",
         "almost", "approximately", "roughly", "some", "presque", "approximativement",
         "an estimated", "une estimation de")  # fmt: skip
# Words between a number and the noun it counts.
LINKS = words("de d of the les des la le l")
# A number with no noun after it counts what its clause named before it: "put the crowd at
# 18,000", "revised the death toll down to five".
COUNTED_BEFORE = {"deaths": "toll bilan", "people": "crowd foule affluence turnout mobilisation"}
BEFORE_WORDS = 12  # words before a bare number where the noun it counts is looked for
MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "fev": 2, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
TOLERANCE = 0.1  # reported figures are rounded: 1,000 and 1,050 agree


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # absolute offsets, like every span in dementi
    end: int
    text: str
    unit: str  # a key of UNITS, another counted noun, or "date"
    low: float
    high: float
    # Dates: (year or 0, month or 0, day or 0) with `low`/`high` unused.
    date: tuple[int, int, int] | None = None


_NUMBER = re.compile(
    r"(?<![\w.,:+-])(?:\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?)(?![\w:])"
)
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+")
_NUMERIC_DATE = re.compile(
    r"(?<![\w.])(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\w.]\w)"
)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+|[%$€£]|\d+")
_COUNT_DETERMINERS = words("des plusieurs quelques several few")
_ALL_NUMBER_WORDS = frozenset(w for words in NUMBER_WORDS.values() for w in words)
_NUMBER_WORD_RUNS = {
    lang: re.compile(rf"\b(?:{'|'.join(words)})(?:[ -](?:{'|'.join(words)}))*\b")
    for lang, words in NUMBER_WORDS.items()
}
_ROUND_COUNT = re.compile(rf"\b(?:{'|'.join(ROUND_COUNTS)})s?\b")
_ANY_FIGURE = re.compile(
    rf"\d|\b(?:{'|'.join(sorted({*ROUND_COUNTS, *_ALL_NUMBER_WORDS}, key=len, reverse=True))})"
)


def _unit_words() -> dict[str, str]:
    table: dict[str, str] = {}
    for unit, nouns in UNITS.items():
        for noun in nouns.split():
            table[norm(fold(noun))] = unit
    return table


_UNIT_OF = _unit_words()
_CASUALTY_OF = {fold(w): unit for unit, words in CASUALTY_WORDS.items() for w in words.split()}
_COUNTED_BEFORE = {fold(w): unit for unit, words in COUNTED_BEFORE.items() for w in words.split()}
_CLAUSE_PUNCTUATION = re.compile(r"[.;:,()\[\]]")
_CONJUNCTIONS = re.compile(r"\b(?:and|et|but|mais|while|tandis)\b")


def _qualifiers(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in p.replace("'", " ").split()) for p in phrases
    )
    return re.compile(rf"(?<![\w])(?:{alternatives})['\s]+$")


_AT_LEAST = _qualifiers(AT_LEAST)
_AT_MOST = _qualifiers(AT_MOST)
_ABOUT = _qualifiers(ABOUT)


def _parse_number(raw: str) -> float:
    """Grouped digits ("1 000", "1,000", "1.000") are thousands; else "," is a decimal point."""
    if _GROUPED.fullmatch(raw):
        return float(re.sub(r"\D", "", raw))
    return float(raw.replace(",", "."))


def _words_after(folded: str, pos: int, count: int) -> list[re.Match[str]]:
    out = []
    for m in _WORD.finditer(folded, pos):
        out.append(m)
        if len(out) == count:
            break
    return out


def _before(folded: str, pos: int, chars: int = 30) -> str:
    return " ".join(_LETTERS.findall(folded[max(0, pos - chars) : pos]))


def _bounds(value: float, folded: str, pos: int) -> tuple[float, float, int]:
    """The interval a number stands for, and where its qualifier ("at least", "environ")
    begins (`pos` without one)."""
    window = max(0, pos - 30)
    before = folded[window:pos]
    for pattern, low, high in (
        (_AT_LEAST, value, math.inf),
        (_AT_MOST, 0.0, value),
        (_ABOUT, value * 0.8, value * 1.2),
    ):
        m = pattern.search(before)
        if m:
            return low, high, window + m.start()
    return value, value, pos


def _year(folded: str, start: int) -> bool:
    """Whether the number at `start` is written like a year ("2019", not "2,019" or "2500")."""
    digits = folded[start : start + 5]
    if len(digits) < 4 or not digits[:4].isdigit() or digits[4:].isdigit():
        return False
    return 1900 <= int(digits[:4]) <= 2100


def _unit_before(folded: str, start: int) -> str | None:
    """The unit of a number with no noun after it: the nearest counted noun before it in
    its clause ("put the crowd at 18,000", "revised the death toll down to five")."""
    left = _CLAUSE_PUNCTUATION.split(folded[max(0, start - 120) : start])[-1]
    for word in reversed(_LETTERS.findall(left)[-BEFORE_WORDS:]):
        unit = _COUNTED_BEFORE.get(word) or _CASUALTY_OF.get(word) or _UNIT_OF.get(norm(word))
        if unit:
            return unit
    return None


def _unit(folded: str, start: int, end: int) -> tuple[str | None, int]:
    """The unit a number counts, and where its counted noun ends.

    The noun after it (skipping "de", "d'", "of"); a casualty word near it
    ("12 people were killed", "killed 12") makes it count deaths.
    """
    unit, stop = None, end
    for m in _words_after(folded, end, 4):
        word = m.group()
        if _CLAUSE_PUNCTUATION.search(folded, end, m.start()) or word in _ALL_NUMBER_WORDS:
            break
        if word in LINKS:
            continue
        base = norm(word)
        if word in _CASUALTY_OF or base in _UNIT_OF:
            unit, stop = _CASUALTY_OF.get(word) or _UNIT_OF[base], m.end()
        elif word.isalpha() and len(word) > 2 and word not in MONTHS and not _year(folded, start):
            unit, stop = base, m.end()
        break
    if unit is None:
        unit = _unit_before(folded, start)
    if unit in (None, "people", "civilians", "children", "troops"):
        left = _CLAUSE_PUNCTUATION.split(folded[max(0, start - 25) : start])[-1]
        left = _CONJUNCTIONS.split(left)[-1]
        right = _CLAUSE_PUNCTUATION.split(folded[stop : stop + 40])[0]
        window = _LETTERS.findall(f"{left} {right}")
        unit = next((_CASUALTY_OF[w] for w in window if w in _CASUALTY_OF), unit)
    return unit, stop


def _date_figure(text: str, offset: int, m: re.Match[str], date: tuple[int, int, int]) -> Figure:
    return Figure(offset + m.start(), offset + m.end(), text[m.start() : m.end()], "date", 0, 0,
                  date)  # fmt: skip


def _dates(text: str, folded: str, offset: int) -> list[Figure]:
    out: list[Figure] = []
    for m in _NUMERIC_DATE.finditer(text):
        if m.group(1):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(_date_figure(text, offset, m, (year, month, day)))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(folded):
            month, day = MONTHS.get(m.group(month_group)), int(m.group(day_group))
            clash = any(f.start < offset + m.end() and offset + m.start() < f.end for f in out)
            if month and 1 <= day <= 31 and not clash:
                out.append(_date_figure(text, offset, m, (int(m.group(3) or 0), month, day)))
    return out


def _numbers(folded: str, text: str, lang: str, digits: bool) -> list[tuple[int, int, float]]:
    """Numbers in digits and in words ("vingt-deux", "two hundred"), with scales applied."""
    found = (
        [(m.start(), m.end(), _parse_number(m.group())) for m in _NUMBER.finditer(text)]
        if digits
        else []
    )
    words = NUMBER_WORDS.get(lang, {})
    pattern = _NUMBER_WORD_RUNS.get(lang)
    for m in pattern.finditer(folded) if pattern else ():
        total = 0.0
        for word in _LETTERS.findall(m.group()):
            value = words[word]
            total = max(total, 1) * value if value in (100, 1000) else total + value
        found.append((m.start(), m.end(), total))
    out = []
    for start, end, value in found:
        after = _words_after(folded, end, 1)
        if after and after[0].group() in SCALES:
            value *= SCALES[after[0].group()]
            end = after[0].end()
        out.append((start, end, value))
    return sorted(out)


def _round_counts(folded: str) -> list[tuple[int, int, float, float]]:
    """ "des centaines", "plusieurs millions", "hundreds", "une dizaine", "a dozen"."""
    out = []
    for m in _ROUND_COUNT.finditer(folded):
        word = m.group()
        plural = word.endswith("s")
        base = ROUND_COUNTS.get(word[:-1] if plural else word)
        if base is None:
            continue
        before = _before(folded, m.start(), 12).split()
        prev = before[-1] if before else ""
        first = m.start() - len(prev) - 1
        if plural:
            low, high = base * 2, base * 10 - 1
            if prev not in _COUNT_DETERMINERS:
                first = m.start()
        elif prev in ONE_WORDS:
            low, high = base * 0.8, base * 1.4
        else:
            continue
        out.append((max(first, 0), m.end(), low, high))
    return out


def find_figures(
    text: str, lang: str = "fr", offset: int = 0, folded: str | None = None
) -> list[Figure]:
    """Every quantity with a unit, and every date, in `text` (offsets shifted by `offset`).

    `folded` is `concepts.fold(text)` when the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    if _ANY_FIGURE.search(folded) is None:
        return []
    digits = _DIGIT.search(text) is not None
    figures = _dates(text, folded, offset) if digits else []
    taken = [(f.start - offset, f.end - offset) for f in figures]

    def free(start: int) -> bool:
        return not any(s <= start < e for s, e in taken)

    for start, end, value in _numbers(folded, text, lang, digits):
        if not free(start):
            continue
        unit, stop = _unit(folded, start, end)
        if unit is None or (unit == "years" and 1900 <= value <= 2100):
            if 1900 <= value <= 2100 and value == int(value):
                figures.append(Figure(offset + start, offset + end, text[start:end], "date",
                                      0, 0, (int(value), 0, 0)))  # fmt: skip
            continue
        low, high, first = _bounds(value, folded, start)
        figures.append(Figure(offset + first, offset + stop, text[first:stop], unit, low, high))
        taken.append((first, stop))
    for start, end, low, high in _round_counts(folded):
        if free(end - 1):
            unit, stop = _unit(folded, start, end)
            if unit and unit != "years":
                figures.append(
                    Figure(offset + start, offset + stop, text[start:stop], unit, low, high)
                )
                taken.append((start, stop))
    return sorted(figures, key=lambda f: (f.start, f.end))


def _dates_conflict(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    if a[0] and b[0] and a[0] != b[0]:
        return True
    if not (a[1] and b[1]):
        return False
    if a[1] != b[1]:
        return a[0] == b[0] or not (a[0] and b[0])
    return bool(a[2] and b[2] and a[2] != b[2])


def conflicting(a: Figure, b: Figure) -> bool:
    """Whether two figures of one unit cannot both be right."""
    if a.unit != b.unit:
        return False
    if a.date is not None and b.date is not None:
        return _dates_conflict(a.date, b.date)
    if a.date is not None or b.date is not None:
        return False
    return a.high * (1 + TOLERANCE) < b.low or b.high * (1 + TOLERANCE) < a.low


def describe(figure: Figure) -> str:
    """The figure as written, on one line."""
    return " ".join(figure.text.split())
