"""Text articles: the seed feed format, BBC-style headline + body, and anything else as plain text.

Rules, tried in order:
1. Seed format: the first line starts with `date YYYY-MM-DD` and the first paragraph follows on
   the same line. published = that date, title = None, text = the article without the prefix.
2. Headline: the first line is short (<= 120 characters), does not end with a full stop, and is
   followed by a blank line and more text. title = that line, text = the rest. This is the BBC
   corpus layout, and it is also how a plain article with a headline looks, so one rule serves both.
3. Otherwise the whole text is the body and title is None.
"""
from __future__ import annotations

import re

from bot.model import RawArticle
from bot.readers.dates import day_from_iso
from bot.readers.decode import clean_characters
from bot.readers.errors import UnreadableArticle
from bot.readers.paragraphs import one_line, tidy_paragraphs

_SEED_DATE_PREFIX = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*")
_HEADLINE_MAX_CHARS = 120
_CLOSING_MARKS = "\"'”’)]"


def read_text_article(text: str, source: str) -> RawArticle:
    """Read already-decoded article text. Raises UnreadableArticle when nothing is left to read."""
    text = tidy_paragraphs(clean_characters(text))
    seed_date = _SEED_DATE_PREFIX.match(text)
    if seed_date:
        return _seed_article(text[seed_date.end():], seed_date.group(1), source)
    title, body = _split_headline(text)
    if not body:
        raise UnreadableArticle("empty article")
    return RawArticle(source=source, text=body, title=title)


def _seed_article(body: str, day: str, source: str) -> RawArticle:
    try:
        published = day_from_iso(day)
    except ValueError:
        raise UnreadableArticle(f"the 'date' line holds an impossible date: {day}") from None
    body = body.strip()
    if not body:
        raise UnreadableArticle("empty article (only a 'date' line)")
    return RawArticle(source=source, text=body, published=published)


def _split_headline(text: str) -> tuple[str | None, str]:
    first, _, rest = text.partition("\n\n")
    if rest and _looks_like_headline(first):
        return one_line(first), rest
    return None, text


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    return (
        "\n" not in line
        and len(line) <= _HEADLINE_MAX_CHARS
        and not line.rstrip(_CLOSING_MARKS).endswith((".", "…"))
    )
