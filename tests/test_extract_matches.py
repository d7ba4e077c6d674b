"""Matches, scorers, legs and two-legged ties, one rule per test.

Every article here is invented for the test (players, scores and reports do not exist); real club
and ground names are used because they are facts the engine's tables know.
"""
from __future__ import annotations

import pytest

from bot.extract import extract
from bot.model import Extraction, Match, RawArticle, Tie


def article(*paras: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(RawArticle(source="test.txt", text="\n\n".join(paras), title=title, published=published))


def goals(m: Match) -> dict[str, int]:
    """The score by team, for results whose home side the text does not tell."""
    return {m.home: m.home_score, m.away: m.away_score}


def line(m: Match) -> tuple[str, int, int, str]:
    return (m.home, m.home_score, m.away_score, m.away)


def between(ex: Extraction, a: str, b: str) -> list[Match]:
    return [m for m in ex.matches if {m.home, m.away} == {a, b}]


def tie_view(t: Tie) -> tuple[dict[str, int], str | None, str | None]:
    """A tie without depending on which team the engine lists first."""
    return dict(zip(t.teams, t.aggregate)), t.winner, t.decided_by


def scorer_view(m: Match) -> list[tuple[str, str | None, int | None]]:
    return sorted((s.player.split()[-1], s.team, s.minute) for s in m.scorers)


# --- results -------------------------------------------------------------------------------------


def test_headline_home_score_away():
    ex = article(
        "Everton came from behind to beat Fulham and climb into the top half.",
        "Fulham led through a first-half penalty, but Everton turned the game around after the break.",
        title="Everton 2-1 Fulham",
    )
    assert [line(m) for m in ex.matches] == [("Everton", 2, 1, "Fulham")]


def test_x_beat_y():
    ex = article("Sunderland beat Middlesbrough 2-0 in the Wear-Tees derby to move off the bottom of the table.")
    assert [goals(m) for m in ex.matches] == [{"Sunderland": 2, "Middlesbrough": 0}]


def test_won_at_a_known_ground_makes_its_club_the_home_side():
    ex = article("Tottenham won 2-1 at Highbury to end a run of eleven north London derbies without a win.")
    assert [line(m) for m in ex.matches] == [("Arsenal", 1, 2, "Tottenham")]
    assert ex.matches[0].venue == "Highbury"


def test_a_win_against():
    ex = article("Bolton moved up to sixth with a 2-0 win against Blackburn, their fourth in a row.")
    assert [goals(m) for m in ex.matches] == [{"Bolton": 2, "Blackburn": 0}]


def test_were_beaten_with_the_opponent_named_elsewhere():
    ex = article(
        "Portsmouth climbed out of the relegation zone after a hard-fought victory over Leicester.",
        "Leicester were beaten 2-1 despite taking an early lead through Jordan Eddery's header.",
    )
    assert [goals(m) for m in ex.matches] == [{"Portsmouth": 2, "Leicester": 1}]


# --- team sheets ---------------------------------------------------------------------------------

_NEWCASTLE_SHEET = [
    "Newcastle: Harper, Ramsden, Tolley, Mbeki, Ashworth, Keane, Dorrell, Pask (Mills 80), Fenby, Lister (Grainger 88), Okoro.",
    "Subs Not Used: Caig, Byfield.",
    "Booked: Dorrell.",
    "Goals: Fenby 35, Lister 69.",
    "Bolton: Jaaskelainen, Hunt, Faye, Ben Haim, Gardner, Nolan, Speed, Campo (Cardle 60), Pedersen, Davies, Diouf.",
    "Subs Not Used: Walker, Fojut.",
    "Booked: Nolan, Davies.",
    "Goals: Cardle 80.",
    "Att: 51,204",
    "Ref: Mark Hollins (Durham)",
]


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["one-paragraph", "one-line-per-label"])
def test_labeled_team_sheet_gives_scorers_with_minutes_and_team(joiner):
    ex = article(
        "Newcastle held off a late Bolton rally to climb into the top half of the table.",
        joiner.join(_NEWCASTLE_SHEET),
        title="Newcastle 2-1 Bolton",
    )
    (match,) = ex.matches
    assert line(match) == ("Newcastle", 2, 1, "Bolton")
    assert scorer_view(match) == [("Cardle", "Bolton", 80), ("Fenby", "Newcastle", 35), ("Lister", "Newcastle", 69)]


def test_a_club_label_after_a_line_ups_last_surname_is_read_as_that_club():
    # "Booked: Fowler, Tolley. Man Utd: …": the label is "Man Utd", not "Tolley. Man Utd"; the one
    # "Goals:" line after both line-ups belongs to the second, an own goal to the player's own side.
    ex = article(
        "Man Utd moved up to second after a scrappy derby win over Man City.",
        "Man City: Weaver, Mills, Tolley, Distin, Thatcher, Barton, Sibierski, Fowler. Booked: Fowler, Tolley. "
        "Man Utd: Carroll, Neville, Brown, Keane, Fortune, Rooney, Scholes. Booked: Keane. "
        "Goals: Rooney 68, Tolley 75 og. Att: 47,111",
        title="Man City 0-2 Man Utd",
    )
    (match,) = ex.matches
    assert scorer_view(match) == [("Rooney", "Man Utd", 68), ("Tolley", "Man City", 75)]


def test_team_sheet_minutes_complete_scorers_the_report_already_named():
    ex = article(
        "Jamie Fenby and Craig Lister scored either side of half-time as Newcastle held off a late Bolton rally.",
        " ".join(_NEWCASTLE_SHEET),
        title="Newcastle 2-1 Bolton",
    )
    (match,) = ex.matches
    assert sorted((s.player, s.team, s.minute) for s in match.scorers) == [
        ("Cardle", "Bolton", 80), ("Craig Lister", "Newcastle", 69), ("Jamie Fenby", "Newcastle", 35),
    ]


def test_unlabeled_team_sheet_gives_scorers():
    # BBC layout without labels: lineup, subs, booked, goals, attendance, referee, one paragraph each.
    ex = article(
        "Charlton were well beaten at Old Trafford and slip to 14th.",
        "Hartley, Dunne, Mercer, Kowalczyk, Shaw, Ingram, Pollard (Bright 70), Cassidy, Norwood, Faulds (Tennant 80), Yeo.",
        "Subs Not Used: Ross, Delap, Heaton.",
        "Mercer, Ingram.",
        "Norwood 9, Faulds 87.",
        "Pike, Gray, Holden, Fortune, Kishishev, Ambrose, Reid (Rommedahl 64), Holland, Thomas, Bent, Murphy.",
        "Subs Not Used: Andersen, Sankofa.",
        "Holland, Gray.",
        "67,302",
        "P Walton (Northamptonshire).",
        title="Man Utd 2-0 Charlton",
    )
    (match,) = ex.matches
    assert line(match) == ("Man Utd", 2, 0, "Charlton")
    assert scorer_view(match) == [("Faulds", "Man Utd", 87), ("Norwood", "Man Utd", 9)]


# --- legs and ties --------------------------------------------------------------------------------


def test_second_leg_with_an_aggregate_lead_makes_the_first_leg_a_match_with_home_and_away_swapped():
    ex = article(
        "Celtic are out of the Uefa Cup after a miserable night in Glasgow.",
        "Leading 1-0 on aggregate ahead of the second leg at Celtic Park, Celtic were beaten 2-0 by Porto.",
    )
    legs = sorted(between(ex, "Celtic", "Porto"), key=lambda m: m.leg or 0)
    assert [(line(m), m.leg) for m in legs] == [
        (("Porto", 0, 1, "Celtic"), 1),
        (("Celtic", 0, 2, "Porto"), 2),
    ]


def test_tie_decided_on_away_goals():
    ex = article(
        "Rangers went out of the Uefa Cup on Thursday night.",
        "Leading 1-0 on aggregate ahead of the second leg at Ibrox, Rangers were beaten 2-1 by Lyon and went out on away goals.",
    )
    assert [tie_view(t) for t in ex.ties] == [({"Rangers": 2, "Lyon": 2}, "Lyon", "away goals")]


def test_first_leg_named_in_the_second_leg_sentence_does_not_make_it_the_first_leg():
    ex = article(
        "Rangers went out of the Uefa Cup on away goals on Thursday night.",
        "Leading 1-0 on aggregate after the first leg in Lyon, Rangers were beaten 2-1 at Ibrox in the second leg.",
    )
    assert sorted((m.leg, line(m)) for m in between(ex, "Rangers", "Lyon")) == [
        (1, ("Lyon", 0, 1, "Rangers")),
        (2, ("Rangers", 1, 2, "Lyon")),
    ]
    assert [tie_view(t) for t in ex.ties] == [({"Rangers": 2, "Lyon": 2}, "Lyon", "away goals")]


def test_a_country_named_as_where_a_leg_was_played_is_not_the_opponent():
    ex = article(
        "Rangers went out of the Uefa Cup on away goals on Thursday night.",
        "Leading 1-0 on aggregate from the trip to France, Rangers were beaten 2-1 by Lyon in the second leg at Ibrox.",
    )
    assert all("France" not in (m.home, m.away) for m in ex.matches)
    assert [tie_view(t) for t in ex.ties] == [({"Rangers": 2, "Lyon": 2}, "Lyon", "away goals")]


def test_tie_decided_on_aggregate():
    ex = article(
        "Chelsea reached the Champions League quarter-finals despite a 1-1 draw with Porto in the second leg on Tuesday, "
        "going through 4-2 on aggregate.",
        "Chelsea had won the first leg 3-1 at Stamford Bridge three weeks ago.",
    )
    assert [tie_view(t) for t in ex.ties] == [({"Chelsea": 4, "Porto": 2}, "Chelsea", "aggregate")]
    assert ex.ties[0].competition == "Champions League"


def test_tie_decided_on_penalties():
    # Both legs 1-1: two matches with the same score are still two legs.
    ex = article(
        "Hearts drew 1-1 with Sporting after extra time in the second leg at Tynecastle on Thursday "
        "and went on to win 4-3 on penalties to reach the Uefa Cup group stage.",
        "The first leg in Lisbon had ended in a 1-1 draw.",
    )
    assert [tie_view(t) for t in ex.ties] == [({"Hearts": 2, "Sporting": 2}, "Hearts", "penalties")]
    (second,) = [m for m in ex.matches if m.leg == 2]
    assert second.extra_time is True
    assert second.penalties == ((4, 3) if second.home == "Hearts" else (3, 4))


def test_penalties_after_a_second_leg_won_in_extra_time():
    # Level on aggregate and on away goals after a 2-1 and a 2-1: the shoot-out follows a match that was not a draw.
    ex = article(
        "Hearts are through to the Uefa Cup group stage after beating Sporting 4-3 on penalties at Tynecastle on Thursday.",
        "Sporting had won the first leg 2-1 in Lisbon.",
        "Hearts won the second leg 2-1 after extra time to leave the tie level at 3-3 on aggregate.",
    )
    assert [tie_view(t) for t in ex.ties] == [({"Hearts": 3, "Sporting": 3}, "Hearts", "penalties")]
    (second,) = [m for m in ex.matches if m.leg == 2]
    assert (second.home, second.home_score, second.away_score, second.away) == ("Hearts", 2, 1, "Sporting")
    assert second.extra_time is True
    assert second.penalties == (4, 3)


# --- dates ---------------------------------------------------------------------------------------


def test_weekday_is_resolved_against_the_published_date():
    ex = article(
        "Southampton beat Norwich 3-1 at St Mary's on Wednesday to end a five-match losing run.",
        published="2018-01-25",  # a Thursday
    )
    (match,) = ex.matches
    assert match.date == "2018-01-24"


# --- numbers that are not results ------------------------------------------------------------------


def test_half_time_score_is_not_a_match():
    ex = article("Wigan were 2-1 down at half-time but beat Charlton 3-2 thanks to two goals in the last ten minutes.")
    assert [goals(m) for m in ex.matches] == [{"Wigan": 3, "Charlton": 2}]


def test_seasons_are_not_matches():
    ex = article(
        "Preston, unbeaten champions in 1888-89, have not won the title since.",
        "Their best recent spell came in 2000/01, when they won seven games in a row and beat Burnley in both derbies.",
        "The club's record win, in the 1936-37 season, is still talked about at Deepdale.",
    )
    assert ex.matches == []


def test_money_is_not_a_match():
    ex = article(
        "Arsenal beat Chelsea to the signing of the Benfica winger, agreeing a fee of £12-15m with the Portuguese club.",
        "Chelsea had been prepared to pay between 10-12 million euros, but Arsenal won the race after talks in Lisbon.",
    )
    assert ex.matches == []
