"""British single-mark quotations become double marks, one character for one."""
from __future__ import annotations

import pytest

from bot.extract.marks import as_double_marks


def test_single_mark_speech_becomes_double_and_apostrophes_stay():
    line = "‘I’m the coach,’ said Zidane. ‘The fans’ anger is fair.’"
    assert as_double_marks(line) == "“I’m the coach,” said Zidane. “The fans’ anger is fair.”"


def test_nested_double_marks_become_single_and_lengths_never_change():
    text = "Ramos added: ‘Someone told me “stay calm” today.’\n\nNo quotes here: Chelsea’s win."
    out = as_double_marks(text)
    assert out == "Ramos added: “Someone told me ‘stay calm’ today.”\n\nNo quotes here: Chelsea’s win."
    assert len(out) == len(text)


def test_a_plural_possessive_does_not_close_the_quote_while_a_later_mark_can():
    line = "‘Wolves’ 2-0 win was deserved,’ said Tom Smith."
    assert as_double_marks(line) == "“Wolves’ 2-0 win was deserved,” said Tom Smith."


def test_a_single_mark_quote_nested_in_speech_does_not_end_it():
    line = "Smith said: ‘The fans’ support has been ‘unbelievable’ this season.’"
    assert as_double_marks(line) == "Smith said: “The fans’ support has been ‘unbelievable’ this season.”"


def test_a_plural_possessive_with_no_later_mark_closes_the_quote():
    assert as_double_marks("‘We thank the fans’ he said.") == "“We thank the fans” he said."


def test_speech_running_on_from_a_paragraphs_start_is_converted():
    assert as_double_marks("‘We lost and I am angry.") == "“We lost and I am angry."


@pytest.mark.parametrize("line", [
    "He said: “It was ‘special’ for us,” and left.",
    "Mourinho, the self-styled ‘Special One’, told reporters: “We were the better side.”",
    "Arsenal were the best side of the ‘90s, said Tom Smith after they beat Chelsea 2-0.",
    "Fans of ‘Boro were delighted as their side beat Chelsea 2-0.",
    "They played rock ‘n’ roll football and beat Chelsea 2-0.",
    "‘Boro boss Tony Pulis said: “We were poor.”",
])
def test_double_mark_style_elisions_and_stray_marks_are_left_alone(line):
    assert as_double_marks(line) == line


def test_straight_single_mark_speech_becomes_double_and_apostrophes_stay():
    line = "'We can't start like that,' admitted Hearts coach Tom Reid. 'The fans' anger is fair.'"
    assert as_double_marks(line) == "“We can't start like that,” admitted Hearts coach Tom Reid. “The fans' anger is fair.”"


def test_straight_double_marks_nested_in_straight_single_speech_become_single():
    line = "'I told them \"the next goal decides it\" and we got it.'"
    assert as_double_marks(line) == "“I told them ‘the next goal decides it’ and we got it.”"


@pytest.mark.parametrize("line", [
    "They played rock 'n' roll football and beat Chelsea 2-0.",
    "Chelsea's fans sang, and the players' wives cheered 'em on.",
    "He said \"it was 'special' for us\" and left.",
])
def test_straight_marks_that_are_apostrophes_or_nested_in_double_speech_are_left_alone(line):
    assert as_double_marks(line) == line


def test_single_mark_speech_after_a_colon_may_run_on_to_the_next_paragraph():
    line = "Walsh said: 'I've been in football 25 years and never felt that. Never."
    assert as_double_marks(line) == "Walsh said: “I've been in football 25 years and never felt that. Never."


def test_a_plural_before_and_closes_the_quote():
    line = "Lyon thanked her 'for eight wonderful years' and wished her 'every success in London'."
    assert as_double_marks(line) == "Lyon thanked her “for eight wonderful years” and wished her “every success in London”."
