"""The research corpus's seed article (read from ../shared/corpus, never copied into the repo).

Real Madrid 1-2 Leganes, Copa del Rey second leg: facts a careful reader finds, asserted one by one.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import extract
from bot.model import Extraction, RawArticle
from bot.readers import read_paths

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "000_f1683797de13b3f1.txt"

if not SEED.is_file():
    pytest.skip(f"the research corpus seed article is not present (expected at {SEED})", allow_module_level=True)


@pytest.fixture(scope="module")
def seed() -> Extraction:
    (item,) = read_paths([str(SEED)])
    assert isinstance(item, RawArticle), item
    return extract(item)


def speech(ex: Extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes if q.kind == "speech"]


def in_article_order(ex: Extraction, texts: list[str]) -> bool:
    """Every text stands verbatim in the article (copied exactly between the marks), in order, without overlap."""
    at = 0
    for t in texts:
        found = ex.text.find(t, at)
        if not t.strip() or found < 0:
            return False
        at = found + len(t)
    return True


# The corpus is not copied into the repo: quote texts are checked against the article file itself.


def test_every_zidane_quote_is_his(seed):
    zidane = [t for s, t in speech(seed) if s == "Zinedine Zidane"]
    assert len(zidane) == 6
    assert in_article_order(seed, zidane)
    ramos_enters = seed.text.index("Sergio Ramos")
    assert all(seed.text.index(t) < ramos_enters for t in zidane)


def test_every_ramos_quote_is_his(seed):
    ramos = [t for s, t in speech(seed) if s == "Sergio Ramos"]
    assert len(ramos) == 4
    assert in_article_order(seed, ramos)
    ramos_enters = seed.text.index("Sergio Ramos")
    assert all(seed.text.index(t) > ramos_enters for t in ramos)


def test_only_zidane_and_ramos_speak(seed):
    assert [s for s, _ in speech(seed)] == ["Zinedine Zidane"] * 6 + ["Sergio Ramos"] * 4


def test_the_tweet_is_a_post_by_fox_sports_asia_and_nobody_named_in_it_says_it(seed):
    posts = [q for q in seed.quotes if q.kind == "post"]
    assert [q.speaker for q in posts] == ["FOX Sports Asia"]
    (tweet,) = [p for p in seed.text.split("\n") if posts[0].text and posts[0].text in p]
    assert "FOX Sports Asia" in tweet
    assert not any(t in tweet for _, t in speech(seed))


def test_second_leg(seed):
    (second,) = [m for m in seed.matches if m.leg == 2]
    assert (second.home, second.home_score, second.away_score, second.away) == ("Real Madrid", 1, 2, "Leganes")
    assert sorted(s.player for s in second.scorers) == ["Eraso", "Gabriel", "Karim Benzema"]
    assert second.date == "2018-01-24"  # "Wednesday", published Thursday 2018-01-25
    assert second.venue == "Santiago Bernabeu"
    assert second.competition == "Copa del Rey"


def test_first_leg_follows_from_the_aggregate_lead(seed):
    (first,) = [m for m in seed.matches if m.leg == 1]
    assert (first.home, first.home_score, first.away_score, first.away) == ("Leganes", 0, 1, "Real Madrid")


def test_only_the_two_legs_are_matches(seed):
    assert sorted(m.leg for m in seed.matches) == [1, 2]


def test_tie_won_by_leganes_on_away_goals(seed):
    (tie,) = seed.ties
    assert dict(zip(tie.teams, tie.aggregate)) == {"Real Madrid": 2, "Leganes": 2}
    assert (tie.winner, tie.decided_by, tie.competition) == ("Leganes", "away goals", "Copa del Rey")
