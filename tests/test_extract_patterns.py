"""The fast pattern helpers agree with what a regex with word boundaries would find."""
from __future__ import annotations

import re

from bot.extract.patterns import whole_words, word_list


def test_whole_words_finds_only_whole_words_in_text_order():
    text = "The goalkeeper and keeper-coach met the coach; coaches and Keeper stayed. keeper"
    assert whole_words(text, ["coach", "keeper"]) == [(19, "keeper"), (26, "coach"), (40, "coach"), (74, "keeper")]


def test_a_word_list_with_word_starts_matches_like_a_leading_word_boundary():
    pattern = re.compile(word_list(["said", "says", "sa"], word_start=True) + r"\b")
    plain = re.compile(r"\b(?:said|says|sa)\b")
    text = "He said, she says; Isaid sa saying"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
