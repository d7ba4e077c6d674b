"""The paragraph layout extraction relies on: paragraphs split by exactly one blank line."""
from __future__ import annotations

import re

_THREE_OR_MORE_NEWLINES = re.compile(r"\n{3,}")


def tidy_paragraphs(text: str) -> str:
    """Strip trailing whitespace on every line, squeeze blank-line runs to one, trim the ends.

    Single newlines inside a paragraph are kept; leading indentation inside the text is kept.
    """
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _THREE_OR_MORE_NEWLINES.sub("\n\n", text).strip()


def one_line(text: str) -> str:
    """Titles and other single-line fields: any run of whitespace becomes one space."""
    return " ".join(text.split())
