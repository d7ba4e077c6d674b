"""Readers: turn files (text, BBC, seed, HTML, JSON) into RawArticle, one bad file never stopping the batch.

Public API:
- read_paths(paths) -> Iterator[RawArticle | ReadError], in input order, folders walked recursively
  (see bot.readers.folders for which files a folder contributes).
- read_text_article(text, source) -> RawArticle, for text that is already decoded.
- ReadError(source, message), UnreadableArticle (raised by read_text_article), ARTICLE_SUFFIXES.

A file's format is chosen by extension first (.json, .html/.htm), otherwise by content: a JSON
object or array of objects, or a page starting `<!doctype html` / `<html`; anything else is text.
No Discord, no network.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

from bot.model import RawArticle
from bot.readers.decode import decode_bytes
from bot.readers.errors import ReadError, UnreadableArticle
from bot.readers.folders import ARTICLE_SUFFIXES, article_files
from bot.readers.html_page import read_html_article
from bot.readers.json_article import read_json_articles
from bot.readers.plain_text import read_text_article

__all__ = ["ARTICLE_SUFFIXES", "ReadError", "UnreadableArticle", "read_paths", "read_text_article"]

MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # far above any article or news page; guards against stray dumps
_JSON_START = re.compile(r"\s*(\{|\[\s*\{)")  # an object, or an array of objects ("[Updated] ..." is text)
_HTML_START = re.compile(r"\s*(<!doctype html|<html)", re.IGNORECASE)


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawArticle | ReadError]:
    """Read every path in order: a file directly, a folder recursively in sorted order.

    Sources are the paths as given (folder files: joined onto the folder as given). A single
    path string is accepted too, rather than being read character by character.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _read_folder(path)
        else:
            yield from _read_file(path)


def _read_folder(folder: str) -> Iterator[RawArticle | ReadError]:
    found_any = False
    for item in article_files(folder):
        if isinstance(item, ReadError):
            yield item
            continue
        found_any = True
        yield from _read_file(item)
    if not found_any:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        yield ReadError.about(folder, f"no article files ({suffixes}) in this folder")


def _read_file(path: str) -> list[RawArticle | ReadError]:
    try:
        text = decode_bytes(_read_bytes(path))
        if not text.strip():
            raise UnreadableArticle("empty article")
        kind = _article_kind(path, text)
        if kind == "json":
            return read_json_articles(text, path)
        if kind == "html":
            return [read_html_article(text, path)]
        return [read_text_article(text, path)]
    except UnreadableArticle as error:
        return [ReadError.about(path, error.reason)]
    except Exception as error:  # a reader's bug on a hostile file must not end the batch
        return [ReadError.about(path, f"could not be read ({type(error).__name__})")]


def _read_bytes(path: str) -> bytes:
    try:
        if not os.path.isfile(path):
            reason = "not a regular file" if os.path.exists(path) else "no such file or folder"
            raise UnreadableArticle(reason)
        with open(path, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except PermissionError:
        raise UnreadableArticle("permission denied") from None
    except OSError as error:
        raise UnreadableArticle(error.strerror or str(error)) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableArticle(f"too large to be an article (over {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)")
    return data


def _article_kind(path: str, text: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".json":
        return "json"
    if suffix in (".html", ".htm"):
        return "html"
    if _JSON_START.match(text):
        return "json"
    if _HTML_START.match(text):
        return "html"
    return "text"
