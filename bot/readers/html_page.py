"""HTML pages: trafilatura finds the article body and its metadata; nav, ads and footers go.

Everything runs on the string handed in; nothing is fetched. Precision is favoured over recall
(a missing boilerplate paragraph is cheaper than a cookie banner read as a quote), and tables,
comments, images and links are left out.
"""
from __future__ import annotations

import trafilatura
from lxml import etree

from bot.model import RawArticle
from bot.addresses import web_address
from bot.readers.dates import day_from_iso
from bot.readers.decode import clean_characters
from bot.readers.errors import UnreadableArticle
from bot.readers.paragraphs import one_line, tidy_paragraphs

# Only dates the page states in its metadata; no guessing from copyright lines or body text.
_DATE_FROM_METADATA_ONLY = {"extensive_search": False, "original_date": True}


def read_html_article(html: str, source: str) -> RawArticle:
    """Read an HTML page. Raises UnreadableArticle when trafilatura finds no article text."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_FROM_METADATA_ONLY,
    )
    if document is None or document.body is None:
        raise UnreadableArticle("no article text found in the HTML page")
    title = one_line(clean_characters(document.title, unescape_entities=False)) if document.title else None
    paragraphs = [_block_text(block) for block in document.body]
    if paragraphs and title and one_line(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]  # the page's <h1> repeats the title
    text = tidy_paragraphs(clean_characters("\n\n".join(p for p in paragraphs if p), unescape_entities=False))
    if not text:
        raise UnreadableArticle("no article text found in the HTML page")
    return RawArticle(
        source=source,
        text=text,
        title=title or None,
        published=_published(document.date),
        url=web_address(document.url),
    )


def _block_text(block: etree._Element) -> str:
    """One paragraph per top-level block; list items and <br> line breaks become single newlines."""
    if block.tag == "list":
        return "\n".join(_inline_text(item).strip() for item in block if item.tag == "item")
    return _inline_text(block).strip()


def _inline_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _published(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return day_from_iso(date)
    except ValueError:
        return None  # a page's odd date metadata is not worth losing the article over
