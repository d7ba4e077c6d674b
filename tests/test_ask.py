"""Command lines → the text the bot answers: parsing, splitting names from keywords, rendering.

Every article here is invented for the tests.
"""
from __future__ import annotations

import pytest

from bot.ask import ask, help_text, parse_command
from bot.model import Club, Extraction, Match, Person, Quote, Scorer, Tie
from bot.store import Store


@pytest.mark.parametrize(("line", "expected"), [
    ("!quote Ramos", ("quote", ["Ramos"])),
    ("quote Ramos", ("quote", ["Ramos"])),
    ("  !QUOTE   Zidane   responsible ", ("quote", ["Zidane", "responsible"])),
    ('!tie "Real Madrid" Leganes', ("tie", ["Real Madrid", "Leganes"])),
    ("!tie “Real  Madrid” Leganes", ("tie", ["Real Madrid", "Leganes"])),
    ('!tie "Real Madrid', ("tie", ["Real Madrid"])),
    ('!tie Leganes "', ("tie", ["Leganes"])),
    ("!quote N'Golo Kanté", ("quote", ["N'Golo", "Kanté"])),
    ("!", ("", [])),
    ("", ("", [])),
    ("!news", ("news", [])),
])
def test_parse_command(line, expected):
    assert parse_command(line) == expected


def test_parse_command_with_another_prefix():
    assert parse_command("?tie Leganes", prefix="?") == ("tie", ["Leganes"])
    assert parse_command("tie Leganes", prefix="?") == ("tie", ["Leganes"])


def invented_cup_night() -> Extraction:
    first = Match("Leganes", "Real Madrid", 0, 1, "Copa del Rey", None, None, 1)
    second = Match("Real Madrid", "Leganes", 1, 2, "Copa del Rey", "2018-01-24", "Santiago Bernabeu", 2,
                   [Scorer("Eraso", "Leganes", 31), Scorer("Benzema", "Real Madrid", 48), Scorer("Gabriel", "Leganes", 55)])
    return Extraction(
        source="tests/cup-night.txt", title="Holders knocked out at home", published="2018-01-25", url=None,
        text="An invented report of an invented cup night.", summary="The holders went out on away goals.",
        quotes=[Quote("Zinedine Zidane", "The responsibility is mine, nobody else's."),
                Quote("Zidane", "We start again on Sunday."),
                Quote("Sergio Ramos", "We are all responsible for tonight."),
                Quote("Ramos", "Changes are part of football.")],
        people=[Person("Zinedine Zidane", ["Zidane"]), Person("Sergio Ramos", ["Ramos"])],
        clubs=[Club("Real Madrid", ["Madrid"]), Club("Leganes", ["Leganés"])],
        matches=[first, second],
        ties=[Tie(("Real Madrid", "Leganes"), (2, 2), "Leganes", "away goals", "Copa del Rey", [first, second])],
    )


@pytest.fixture
async def store(tmp_path):
    async with await Store.open(tmp_path / "pressbox.db") as opened:
        await opened.add_article(invented_cup_night())
        yield opened


TIE_TEXT = """\
Real Madrid v Leganes — Copa del Rey
Leg 1: Leganes 0-1 Real Madrid
Leg 2 (2018-01-24, Santiago Bernabeu): Real Madrid 1-2 Leganes — Benzema; Eraso, Gabriel
Aggregate 2-2: Leganes through on away goals
Source: Holders knocked out at home (2018-01-25) — tests/cup-night.txt"""


@pytest.mark.parametrize("line", ["!tie Leganes", "tie leganés", '!tie "Real Madrid" Leganes', "!tie Real Madrid Leganes",
                                  "!tie madrid"])
async def test_tie(store, line):
    assert await ask(store, line) == TIE_TEXT


async def test_quote(store):
    assert await ask(store, "!quote Ramos") == """\
Sergio Ramos — 2 quotes, newest first

“We are all responsible for tonight.”
  Holders knocked out at home (2018-01-25) — tests/cup-night.txt

“Changes are part of football.”
  Holders knocked out at home (2018-01-25) — tests/cup-night.txt"""


@pytest.mark.parametrize("line", ["!quote Zidane responsib", "!quote Zinedine Zidane responsibility",
                                  '!quote "Zinedine Zidane" responsibility', "!quote Zidanne responsibility"])
async def test_quote_with_keywords(store, line):
    answer = await ask(store, line)
    assert answer.startswith("Zinedine Zidane — 1 quote matching")
    assert "The responsibility is mine" in answer and "Sunday" not in answer


async def test_multi_word_person_then_keywords(store):
    answer = await ask(store, "!quote Sergio Ramos responsible")
    assert answer.startswith('Sergio Ramos — 1 quote matching "responsible"')


async def test_not_found_texts(store):
    assert await ask(store, "!quote Ramsey") == "No quotes from Ramsey — did you mean Sergio Ramos?"
    assert await ask(store, "!quote Qwerty") == "No quotes from Qwerty."
    assert await ask(store, "!quote Ramos penalties") == 'No quotes from Sergio Ramos matching "penalties".'
    assert await ask(store, "!tie Qwerty") == "No two-legged tie found for Qwerty."
    assert await ask(store, "!tie Legia") == "No two-legged tie found for Legia — did you mean Leganes?"


async def test_news(store):
    assert await ask(store, "!news") == (
        "Latest news\n"
        "1. Holders knocked out at home (2018-01-25) — tests/cup-night.txt\n"
        "   The holders went out on away goals."
    )


async def test_help_and_mistakes(store):
    assert await ask(store, "!help") == help_text()
    assert await ask(store, "") == help_text()
    unknown = await ask(store, "!transfer Ramos")
    assert unknown.startswith("I don't know !transfer.") and "!quote <person>" in unknown
    missing = await ask(store, "!quote")
    assert missing.startswith("!quote needs a name, e.g. !quote Ramos.") and "!tie <team>" in missing
    assert (await ask(store, "?tie", prefix="?")).startswith("?tie needs a name")


@pytest.mark.parametrize("line", ['!quote Ramos "', "!quote Ramos *", "!quote Ramos AND(", '!quote Ramos NEAR("a" "b")',
                                  '!quote " * AND', "!tie ((", "!quote 🙂"])
async def test_hostile_input_gets_an_answer_not_an_error(store, line):
    assert isinstance(await ask(store, line), str)
