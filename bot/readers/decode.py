"""Bytes to clean characters: every format goes through here so extraction sees one alphabet.

Deliberately NOT done: curly quotes stay curly, dashes stay as they are. Extraction copies
quotes exactly as printed, so only invisible or purely typographic noise is changed.
"""
from __future__ import annotations

import codecs
import html
import re

from bot.readers.errors import UnreadableArticle

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MOSTLY_BINARY_SHARE = 0.10  # real text has almost no control characters; binary data ~25%

# Only complete entities: html.unescape alone would also turn "&not" in "?a=1&notify=2" into "¬".
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_KEYCAP_DIGIT = re.compile("([0-9])\ufe0f?\u20e3\ufe0f?")  # 2️⃣ (with or without FE0F) -> 2
_KEYCAP_TEN = "\U0001f51f"  # 🔟
_NON_BREAKING = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2011": "-"})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width, BOM, soft hyphen


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: BOMs honoured, UTF-8 first, then cp1252, then Latin-1.

    Raises UnreadableArticle("not a text file") for NUL bytes or mostly-control-character data.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableArticle("not a text file (broken UTF-16)") from None
    if b"\x00" in data:
        raise UnreadableArticle("not a text file")
    text = _decode_single_byte_fallback(data)
    if text and len(_CONTROL_CHARS.findall(text)) / len(text) > _MOSTLY_BINARY_SHARE:
        raise UnreadableArticle("not a text file")
    return text


def _decode_single_byte_fallback(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails: every byte is a Latin-1 character


def clean_characters(text: str, *, unescape_entities: bool = True) -> str:
    """Normalise line endings and invisible/typographic noise, keeping the words verbatim.

    - complete HTML entities (`&#163;`, `&amp;`, `&eacute;`) -> characters; BBC files carry leftovers.
      Off for text trafilatura already parsed, so a literal "&amp;" in a page is not unescaped twice.
    - CRLF, CR, U+2028 -> LF; U+2029 (paragraph separator) -> blank line.
    - zero-width characters, stray BOMs and soft hyphens removed.
    - emoji keycap digits (`2️⃣-1️⃣`, `🔟`) -> plain digits, so scores in tweets read as `2-1`.
    - non-breaking spaces -> spaces, non-breaking hyphen -> hyphen.
    """
    if unescape_entities:
        text = _ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _KEYCAP_DIGIT.sub(r"\1", text).replace(_KEYCAP_TEN, "10")
    return text.translate(_NON_BREAKING)
