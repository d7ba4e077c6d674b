"""Splitting an article into paragraphs and sentences, the units every rule works on."""
from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9À-Þ])")  # opens with a character set: scans fast


def paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped: both blank-line and single-newline breaks end a paragraph."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def sentence_starts(paragraph: str) -> list[int]:
    """Offsets at which sentences begin (always including 0)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(paragraph)]
