"""Hand-built extractions for the bot's tests. All text is invented for these tests."""
from __future__ import annotations

from bot.model import Club, Extraction, Match, Person, Quote, Scorer, Tie

RAMOS_RESPONSIBLE = "We take responsibility for tonight and we will answer on the pitch."
RAMOS_UNITED = "The dressing room is united, whatever gets written this week."
VALDIVIA_MENTIONS = "@everyone should be proud of this squad, <@123> included."


def cup_exit() -> Extraction:
    """Two quotes from Sergio Ramos and a two-legged tie Leganes won on away goals."""
    first = Match("Leganes", "Real Madrid", 1, 1, competition="Copa del Rey", date="2020-01-15",
                  venue="Butarque", leg=1, scorers=[Scorer("Oscar", "Leganes"), Scorer("Benzema", "Real Madrid")])
    second = Match("Real Madrid", "Leganes", 2, 2, competition="Copa del Rey", date="2020-01-22",
                   venue="Bernabeu", leg=2, scorers=[Scorer("Ramos", "Real Madrid"), Scorer("Eraso", "Leganes")])
    return Extraction(
        source="tests/cup-exit.txt",
        title="Ramos takes responsibility after cup exit",
        published="2020-01-23",
        url="https://example.org/cup-exit",
        text=f"Leganes knocked Real Madrid out on away goals. Ramos said: {RAMOS_RESPONSIBLE} {RAMOS_UNITED}",
        quotes=[Quote("Sergio Ramos", RAMOS_RESPONSIBLE), Quote("Sergio Ramos", RAMOS_UNITED)],
        matches=[first, second],
        ties=[Tie(("Real Madrid", "Leganes"), (3, 3), "Leganes", "away goals", "Copa del Rey", legs=[first, second])],
        people=[Person("Sergio Ramos", ["Ramos"])],
        clubs=[Club("Real Madrid"), Club("Leganes")],
        summary="Leganes went through on away goals after a 2-2 draw at the Bernabeu.",
    )


def supporters() -> Extraction:
    """A quote that contains mentions, which must be shown verbatim and ping nobody."""
    return Extraction(
        source="tests/supporters.txt",
        title="Valdivia thanks the travelling support",
        published="2020-02-02",
        url=None,
        text=f"Tomas Valdivia spoke after the match. {VALDIVIA_MENTIONS}",
        quotes=[Quote("Tomas Valdivia", VALDIVIA_MENTIONS)],
        people=[Person("Tomas Valdivia", ["Valdivia"])],
        summary="Tomas Valdivia thanked the supporters who travelled.",
    )


def news_item(n: int) -> Extraction:
    """A plain article with a distinct title and summary, for the news list and the watcher."""
    return Extraction(
        source=f"tests/news-{n}.txt",
        title=f"Transfer round-up number {n}",
        published=f"2020-03-{n % 28 + 1:02d}",
        url=f"https://example.org/news-{n}",
        text=f"Round-up {n}: several clubs are said to be watching young full-backs this month.",
        summary=f"Summary of round-up {n}.",
    )
