"""JSON articles: `{"title", "url", "published", "text"}`, or an array of such objects.

Only "text" is required; other keys are ignored. `published` may be YYYY-MM-DD or an ISO
datetime (the day as written is kept). An array gives one result per item, with source
`path#index` (0-based, like JSON itself); one broken item does not spoil the others.
"""
from __future__ import annotations

import json

from bot.model import RawArticle
from bot.addresses import web_address
from bot.readers.dates import day_from_iso
from bot.readers.decode import clean_characters
from bot.readers.errors import ReadError, UnreadableArticle
from bot.readers.paragraphs import one_line, tidy_paragraphs


def read_json_articles(text: str, source: str) -> list[RawArticle | ReadError]:
    """Read a JSON file's text. Raises UnreadableArticle when the file as a whole is unusable."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableArticle(
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise UnreadableArticle("JSON nested too deeply to be an article") from None
    if isinstance(data, dict):
        return [article_from_json(data, source)]
    if not isinstance(data, list):
        raise UnreadableArticle("JSON must be an object or an array of objects")
    if not data:
        raise UnreadableArticle("the JSON array holds no articles")
    results: list[RawArticle | ReadError] = []
    for index, item in enumerate(data):
        item_source = f"{source}#{index}"
        try:
            results.append(article_from_json(item, item_source))
        except UnreadableArticle as error:
            results.append(ReadError.about(item_source, error.reason))
    return results


def article_from_json(item: object, source: str) -> RawArticle:
    """One JSON object -> RawArticle. Raises UnreadableArticle naming the offending field."""
    if not isinstance(item, dict):
        raise UnreadableArticle("JSON article is not an object")
    if "text" not in item:
        raise UnreadableArticle("JSON is missing 'text'")
    body = tidy_paragraphs(clean_characters(_string_field(item, "text") or ""))
    if not body:
        raise UnreadableArticle("empty article ('text' is empty)")
    return RawArticle(
        source=source,
        text=body,
        title=one_line(clean_characters(_string_field(item, "title") or "")) or None,
        published=_published(_string_field(item, "published")),
        url=web_address(_string_field(item, "url")),
    )


def _string_field(item: dict, key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise UnreadableArticle(f"'{key}' must be a string, not {type(value).__name__}")
    return value


def _published(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return day_from_iso(value)
    except ValueError:
        raise UnreadableArticle(f"'published' is not a date (YYYY-MM-DD or ISO datetime): {value!r}") from None
