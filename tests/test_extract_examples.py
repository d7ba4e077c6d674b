"""The shipped example articles (bot/examples/): what a careful reader finds in each.

The facts below were checked against the articles themselves; bot/examples/README.md lists the
phenomena each file exercises.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import extract
from bot.model import Extraction, Match, RawArticle, Tie
from bot.readers import read_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"


@pytest.fixture(scope="module")
def examples() -> dict[str, Extraction]:
    out = {}
    for item in read_paths([str(EXAMPLES)]):
        assert isinstance(item, RawArticle), item
        out[Path(item.source).name[:2]] = extract(item)
    assert sorted(out) == ["01", "02", "03", "04", "05", "06"]
    return out


def speech(ex: Extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes if q.kind == "speech"]


def assert_quotes(ex: Extraction, expected: list[tuple[str, str]]) -> None:
    """Speakers in order, each text starting as given (texts are checked whole where a rule is at stake)."""
    got = speech(ex)
    assert [(s, t[: len(p)]) for (s, t), (_, p) in zip(got, expected)] == expected
    assert len(got) == len(expected), got


def line(m: Match) -> tuple[str, int, int, str]:
    return (m.home, m.home_score, m.away_score, m.away)


def tie_view(t: Tie) -> tuple[dict[str, int], str | None, str | None]:
    return dict(zip(t.teams, t.aggregate)), t.winner, t.decided_by


def scorer_view(m: Match) -> list[tuple[str, str | None, int | None]]:
    return sorted((s.player.split()[-1], s.team, s.minute) for s in m.scorers)


# --- 01: seed format, away goals, curly quotes across paragraphs, tweet ------------------------------


def test_01_quotes_run_across_paragraphs_and_the_role_word_is_dropped(examples):
    assert_quotes(examples["01"], [
        ("Martín Etcheverry", "We had the tie in our hands and we let it go,"),
        ("Martín Etcheverry", "That is my responsibility"),
        ("Martín Etcheverry", "I changed the shape at half-time"),
        ("Martín Etcheverry", "The supporters have every right"),
        ("Martín Etcheverry", "I will not hide from this."),
        ("Joaquín Barrios", "Nobody in there blames the coach,"),
        ("Joaquín Barrios", "We are the ones on the pitch"),
        ("Joaquín Barrios", "Going out on away goals hurts"),
        ("Joaquín Barrios", "Now we have to show some character."),
    ])


def test_01_tweet_is_a_post_with_its_keycap_score_as_digits(examples):
    posts = [q for q in examples["01"].quotes if q.kind == "post"]
    assert [q.speaker for q in posts] == ["North Pitch Radio"]
    assert posts[0].text.startswith("Stunned at the BBVA 😮 The Whitecaps win 2-1 in Monterrey and go through")


def test_01_second_leg_on_wednesday(examples):
    ex = examples["01"]
    second = [m for m in ex.matches if m.leg == 2]
    assert [line(m) for m in second] == [("Monterrey", 1, 2, "Vancouver Whitecaps")]
    assert second[0].date == "2026-03-11"  # "Wednesday", published Thursday 2026-03-12
    assert sorted(s.player for s in second[0].scorers) == ["Callum Reid", "Iker Saldaña", "Tomás Ferreyra"]


def test_01_first_leg_follows_from_the_aggregate_lead(examples):
    first = [m for m in examples["01"].matches if m.leg == 1]
    assert [line(m) for m in first] == [("Vancouver Whitecaps", 0, 1, "Monterrey")]


def test_01_tie_decided_on_away_goals(examples):
    ties = examples["01"].ties
    assert [tie_view(t) for t in ties] == [
        ({"Monterrey": 2, "Vancouver Whitecaps": 2}, "Vancouver Whitecaps", "away goals")
    ]
    assert ties[0].competition == "CONCACAF Champions Cup"


# --- 02: BBC match report ---------------------------------------------------------------------------


def test_02_quotes(examples):
    ex = examples["02"]
    assert_quotes(ex, [
        ("Gareth Holloway", "We were the better side for most of the afternoon,"),  # said Holloway
        ("Gareth Holloway", "We lost our shape for ten minutes after half-time and they punished us."),
        ("Gareth Holloway", "But the reaction was excellent."),
        ("Pieter Dijkstra", "Their keeper went down holding his hamstring"),  # Dijkstra said: "
        ("Pieter Dijkstra", "Everybody in the stadium saw it."),
        ("Pieter Dijkstra", "The fourth official told me 'the referee has seen it, sit down', but nobody had seen anything."),
        ("Pieter Dijkstra", "We played well enough to take a point,"),  # the Dutchman said
        ("Pieter Dijkstra", "The second half was our best football for a month."),
        ("Pieter Dijkstra", "I am not going to talk about the referee any more,"),  # he added
        ("Pieter Dijkstra", "I will only get a fine."),
    ])
    assert not any(t.strip() in ("fake", "the referee has seen it, sit down") for _, t in speech(ex))


def test_02_headline_result(examples):
    assert [line(m) for m in examples["02"].matches] == [("Aston Villa", 2, 1, "Newcastle")]


def test_02_team_sheet_scorers(examples):
    (match,) = examples["02"].matches
    assert scorer_view(match) == [
        ("Ekwueme", "Aston Villa", 69), ("Lindgren", "Newcastle", 58), ("Whitlock", "Aston Villa", 35),
    ]


# --- 03: BBC reaction block --------------------------------------------------------------------------


def test_03_reaction_lines_name_the_speaker_without_role_words(examples):
    assert_quotes(examples["03"], [
        ("Ryan Cottle", "I have waited a long time for a night like this,"),
        ("Ryan Cottle", "The lads kept telling me my chance would come."),
        ("Declan Shore", "We did not turn up in the first half"),
        ("Declan Shore", "The first goal came from our own mistake"),
        ("Declan Shore", "I take responsibility for that. We go again on Tuesday."),
        ("Andrés Colmenar", "I am very happy for the players"),
        ("Andrés Colmenar", "We suffered in the second half"),
        ("Andrés Colmenar", "Ryan has been waiting patiently for his chance and he took it."),
    ])


def test_03_away_win_at_selhurst_park(examples):
    # "Wolves ended Crystal Palace's seven-game unbeaten run with a 2-0 win at Selhurst Park."
    matches = examples["03"].matches
    assert [line(m) for m in matches] == [("Crystal Palace", 0, 2, "Wolves")]
    assert matches[0].venue == "Selhurst Park"


# --- 04: two-legged tie won on penalties ------------------------------------------------------------


def test_04_quotes(examples):
    assert_quotes(examples["04"], [
        ("Derek Fallon", "I have been in football a long time"),
        ("Derek Fallon", "When we went behind in extra time"),
        ("Derek Fallon", "Jack was brilliant,"),
        ("Derek Fallon", "He did his homework on their takers"),
        ("Jack Halloran", "I just tried to stay big and make them think."),  # "Halloran, who …, said:"
        ("Jack Halloran", "When Peixoto hit the post"),
        ("Paulo Vidigal", "Penalties are cruel."),
    ])


def test_04_both_legs_and_nothing_else(examples):
    # First leg in Portugal: Braga 2-1 Rangers. Second leg at Ibrox: Rangers 2-1 after extra time, 4-3 on penalties.
    # "Portugal" is where the first leg was played, and 4-3 is the shoot-out, not a result.
    legs = sorted(examples["04"].matches, key=lambda m: m.leg or 0)
    assert [(m.leg, line(m)) for m in legs] == [(1, ("Braga", 2, 1, "Rangers")), (2, ("Rangers", 2, 1, "Braga"))]
    second = legs[1]
    assert (second.extra_time, second.penalties) == (True, (4, 3))
    assert second.competition == "Europa League"


def test_04_tie_decided_on_penalties(examples):
    ties = examples["04"].ties
    assert [tie_view(t) for t in ties] == [({"Rangers": 3, "Braga": 3}, "Rangers", "penalties")]
    assert ties[0].competition == "Europa League"


# --- 05: HTML page -----------------------------------------------------------------------------------


def test_05_metadata(examples):
    ex = examples["05"]
    assert (ex.title, ex.published, ex.url) == (
        "Chelsea Women 3-1 Arsenal Women: Brennan double sends Blues top",
        "2026-03-29",
        "https://touchline-weekly.example/wsl/chelsea-women-arsenal-women-report",
    )


def test_05_quotes_from_entity_encoded_curly_marks(examples):
    assert_quotes(examples["05"], [
        ("Hanna Lind", "We were nervous for twenty minutes and then we remembered who we are,"),  # said … Hanna Lind
        ("Hanna Lind", "Aoife is in the form of her life."),
        ("Hanna Lind", "The table means nothing yet."),  # the quote runs on into the next paragraph
        ("Moira Keane", "We gave away two soft goals"),
        ("Aoife Brennan", "The goals are for the team,"),  # she told Touchline Weekly
        ("Aoife Brennan", "Sofia made both of them easy for me."),
    ])


def test_05_result(examples):
    (match,) = examples["05"].matches
    assert match.home.startswith("Chelsea") and match.away.startswith("Arsenal")
    assert (match.home_score, match.away_score) == (3, 1)


def test_05_scorers(examples):
    # Brennan twice, Marchetti's free-kick for Chelsea; Dalton's reply for Arsenal.
    (match,) = examples["05"].matches
    assert sorted(s.player for s in match.scorers) == ["Aoife Brennan", "Freya Dalton", "Sofia Marchetti"]


# --- 06: JSON article ----------------------------------------------------------------------------------


def test_06_metadata(examples):
    ex = examples["06"]
    assert ex.title == "Aumann wants Brighton to keep their edge after Burnley rout"
    assert (ex.published, ex.url) == ("2026-04-18", "https://pressbox.example/news/2026/04/brighton-bournemouth-preview")


def test_06_quotes_running_across_paragraphs_after_told_reporters(examples):
    assert_quotes(examples["06"], [
        ("Felix Aumann", "Last week is finished,"),  # Aumann told reporters at the club's training ground on Friday.
        ("Felix Aumann", "Bournemouth will run more than Burnley"),
        ("Felix Aumann", "If we think a good performance protects us"),  # straight quote carried into the next paragraph
        ("Felix Aumann", "Marcus is disappointed"),
        ("Felix Aumann", "Bart trained fully yesterday and today, so he is ready."),
        ("Yuto Hayashi", "I feel confident"),  # "Hayashi, who …, said:"
    ])


def test_06_last_saturdays_win_at_burnley(examples):
    burnley = [m for m in examples["06"].matches if {m.home, m.away} == {"Burnley", "Brighton"}]
    assert [line(m) for m in burnley] == [("Burnley", 0, 3, "Brighton")]
    assert sorted(s.player for s in burnley[0].scorers) == ["Evan Lowther", "Yuto Hayashi"]


def test_06_last_saturday_is_the_week_before_publication(examples):
    (match,) = [m for m in examples["06"].matches if {m.home, m.away} == {"Burnley", "Brighton"}]
    assert match.date == "2026-04-11"  # published Saturday 2026-04-18: "last Saturday" is not the same day


def test_06_bournemouths_home_defeat_by_everton(examples):
    # "Bournemouth, who lost 2-1 at home to Everton last weekend"
    others = [line(m) for m in examples["06"].matches if {m.home, m.away} != {"Burnley", "Brighton"}]
    assert others == [("Bournemouth", 1, 2, "Everton")]
