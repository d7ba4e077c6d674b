"""Regular expressions built for speed: word lists as tries, word starts the scanner can jump to.

Python's `re` tries every alternative of `a|b|c…` at every position, and scans fast only when a
pattern opens with a literal or a character set. A word list compiled as a trie
(`sa(?:id|ys?)`) tries each letter once; a leading `\\b` written as a look-behind after the first
character (`S(?<!\\w.)aid`) keeps that opening literal, so the scanner can skip to it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def word_list(words: Iterable[str], word_start: bool = False) -> str:
    """A group matching any of `words` (longest first where one is a prefix of another).

    `word_start`: each word must begin a word, as a leading `\\b` would say; the check is written
    after the first character so the group still opens with literals."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _group(tree, r"(?<!\w.)" if word_start else "")


def _group(node: dict, after_first: str = "") -> str:
    branches = [re.escape(ch) + after_first + _group(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """(offset, word) of each whole-word occurrence of `words` in `text`, in text order. `str.find`
    runs at C speed; a regex over a list of common words would stop at nearly every letter."""
    found = []
    for word in words:
        i = text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not _is_word_char(text[i - 1])) and (end == len(text) or not _is_word_char(text[end])):
                found.append((i, word))
            i = text.find(word, i + 1)
    return sorted(found)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
