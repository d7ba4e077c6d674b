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
