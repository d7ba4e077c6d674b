"""British single-mark quotations become double marks, one character for one."""
from __future__ import annotations

from bot.extract.marks import as_double_marks


def test_single_mark_speech_becomes_double_and_apostrophes_stay():
    line = "‘I’m the coach,’ said Zidane. ‘The fans’ anger is fair.’"
    assert as_double_marks(line) == "“I’m the coach,” said Zidane. “The fans’ anger is fair.”"


def test_nested_double_marks_become_single_and_lengths_never_change():
    text = "Ramos added: ‘Someone told me “stay calm” today.’\n\nNo quotes here: Chelsea’s win."
    out = as_double_marks(text)
    assert out == "Ramos added: “Someone told me ‘stay calm’ today.”\n\nNo quotes here: Chelsea’s win."
    assert len(out) == len(text)


def test_a_paragraph_in_double_mark_style_is_left_alone():
    line = "He said: “It was ‘special’ for us,” and left."
    assert as_double_marks(line) == line
