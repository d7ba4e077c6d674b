"""Keys for comparing names and texts: accent- and case-folded names, content hashes, FTS5 queries.

Everything that decides whether two strings are "the same" lives here, so ingest (merging people and
clubs) and the query layer (finding them again) can never disagree.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

# Letters that carry no combining mark under NFKD and so would survive accent stripping.
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_LETTERS_OR_DIGITS = re.compile(r"[^\W_]+")
_MAX_SEARCH_WORDS = 16


def _plain(text: str) -> str:
    """Case-folded, accents stripped ("Kanté" → "kante"); letters of any script are kept."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)  # ingest folds the same names over and over
def fold(text: str | None) -> str:
    """"N’Golo Kanté" → "ngolo kante": no accents, no case, no punctuation, single spaces.

    Apostrophes are dropped rather than turned into spaces so "N'Golo" and "Ngolo" fold alike.
    """
    if not text:
        return ""
    return _NOT_LETTER_OR_DIGIT.sub(" ", _APOSTROPHES.sub("", _plain(text))).strip()


def is_single_word(key: str) -> bool:
    """A folded name of one word: a bare surname ("ramos") or a mononym ("ronaldinho")."""
    return bool(key) and " " not in key


def content_hash(text: str) -> str:
    """sha256 of the text with Unicode and whitespace normalised, so a re-wrapped copy hashes alike."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def fts_query(keywords: str | None) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted as a prefix term, all required.

    Members' text never reaches FTS5 syntax: `"`, `*`, `AND`, `NEAR(` become plain words or vanish.
    Words are split where the index's tokenizer splits them (any non letter or digit), so each is
    exactly one token: the indexes are detail=none, which rejects multi-token phrases.
    None when nothing searchable is left.
    """
    words = _LETTERS_OR_DIGITS.findall(_plain(keywords or ""))[:_MAX_SEARCH_WORDS]
    return " ".join(f'"{word}"*' for word in words) or None
