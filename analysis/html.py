"""Reading the article out of a saved web page.

trafilatura keeps the main text and drops menus, scripts, styles, footers and
comment threads; its metadata gives the title, the site name (the outlet) and
the date from the page markup. When it finds no main text, a plain tag
stripper keeps whatever visible text the page has. Nothing here touches the
network: no URL is ever passed, and the page's own links are only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import lxml.html
from lxml import etree

from analysis.text import safe_line

if TYPE_CHECKING:
    from trafilatura.settings import Document

# The page's own markup only: no guessing a date from its wording.
_DATE_FROM_MARKUP = {"original_date": True, "extensive_search": False}
_ISO_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")

# Elements whose text is never article text.
_NOT_TEXT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "head",
    "iframe",
    "svg",
    "button",
    "select",
)
# Elements that start a new paragraph.
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    }
)
_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_SPACES = re.compile(r"[ \t\u00a0]+")
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class HtmlMeta:
    """What the page markup says about the article; None where it says nothing."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # "YYYY-MM-DD" as found in the markup


def html_to_text(html: str) -> tuple[str, HtmlMeta]:
    """Main text of a web page, paragraphs separated by blank lines, and its metadata.

    The text is as extracted: callers clean it (`analysis.text.clean_text`)
    with the rest of the ingested text.
    """
    if not html.strip():
        return "", HtmlMeta()
    # Precision first: on short pages the default mode lets menu entries in.
    document = _extract(html, favor_precision=True) or _extract(html, favor_precision=False)
    if document is None:
        return _visible_text(html)
    date = document.date if document.date and _ISO_DATE.fullmatch(document.date) else None
    meta = HtmlMeta(
        title=safe_line(document.title or "") or None,
        outlet=safe_line(document.sitename or "") or None,
        date=date,
    )
    return _paragraphs(document.text), meta


def _extract(html: str, *, favor_precision: bool) -> Document | None:
    # Imported on first use: it costs more to load than the rest of the app's start.
    import trafilatura
    from trafilatura.settings import Document

    try:
        document = trafilatura.bare_extraction(
            html,
            favor_precision=favor_precision,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_FROM_MARKUP,
        )
    except ValueError:
        return None
    if isinstance(document, Document) and document.text:
        return document
    return None


def _paragraphs(text: str) -> str:
    return _PARAGRAPH_BREAK.sub("\n\n", text.strip())


def _visible_text(html: str) -> tuple[str, HtmlMeta]:
    """Text of every element a reader sees, one paragraph per block element."""
    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return "", HtmlMeta()
    titles = root.xpath("//title")
    meta = HtmlMeta(title=(safe_line(titles[0].text_content()) or None) if titles else None)
    etree.strip_elements(root, *_NOT_TEXT, etree.Comment, with_tail=False)
    pieces: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCKS:
            pieces.append("\n")
        if event == "start" and element.text:
            pieces.append(element.text)
        elif event == "end" and element.tail:
            pieces.append(element.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(pieces).splitlines())
    return "\n\n".join(line for line in lines if line), meta
