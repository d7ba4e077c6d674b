"""Answers → plain text, for the CLI (`pressbox ask`) and the console. No length limits here: the
Discord side renders the same answers as embeds (bot.render_embed)."""
from __future__ import annotations

import re

from bot.answers import ErrorAnswer, LegItem, NewsAnswer, QuoteAnswer, SourceRef, TieAnswer

_SCORER_WITH_TEAM = re.compile(r"^(?P<player>.*) \((?P<team>[^()]*)\)$")
_OUTCOMES = {"away goals": "through on away goals", "penalties": "through on penalties"}

Answer = QuoteAnswer | TieAnswer | NewsAnswer | ErrorAnswer


def render(answer: Answer) -> str:
    match answer:
        case QuoteAnswer():
            return _quotes(answer)
        case TieAnswer():
            return _tie(answer)
        case NewsAnswer():
            return _news(answer)
        case ErrorAnswer():
            return answer.message
    raise TypeError(f"no text rendering for {type(answer).__name__}")


def source_line(ref: SourceRef) -> str:
    """"Title (2018-01-25) — where": the title, or the source itself when there is no title."""
    where = ref.url or ref.source
    date = f" ({ref.published})" if ref.published else ""
    return f"{ref.title}{date} — {where}" if ref.title else f"{where}{date}"


def _did_you_mean(suggestions: list[str]) -> str:
    return f" — did you mean {', '.join(suggestions)}?" if suggestions else "."


# --- quotes --------------------------------------------------------------------------------------


def _quotes(answer: QuoteAnswer) -> str:
    if answer.speaker is None:
        return f"No quotes from {answer.query}{_did_you_mean(answer.suggestions)}"
    about = f' matching "{answer.keywords}"' if answer.keywords else ""
    if not answer.quotes:
        lines = [f"No quotes from {answer.speaker}{about}."]
    else:
        count = f"{len(answer.quotes)} quote{'s' if len(answer.quotes) != 1 else ''}"
        lines = [f"{answer.speaker} — {count}{about}, newest first"]
        for item in answer.quotes:
            lines += ["", f"“{item.text}”", f"  {source_line(item.article)}"]
    if answer.suggestions:
        lines += ["", f'Also matching "{answer.query}": {", ".join(answer.suggestions)}']
    return "\n".join(lines)


# --- ties ----------------------------------------------------------------------------------------


def _tie(answer: TieAnswer) -> str:
    if not answer.found or answer.teams is None:
        teams = f"{answer.query} and {answer.other}" if answer.other else answer.query
        return f"No two-legged tie found for {teams}{_did_you_mean(answer.suggestions)}"
    home, away = answer.teams
    title = f"{home} v {away}" + (f" — {answer.competition}" if answer.competition else "")
    lines = [title]
    lines += [_leg_line(leg, position) for position, leg in enumerate(answer.legs, start=1)]
    if answer.aggregate:
        lines.append(f"Aggregate {answer.aggregate[0]}-{answer.aggregate[1]}: {_outcome(answer)}")
    if len(answer.sources) == 1:
        lines.append(f"Source: {source_line(answer.sources[0])}")
    elif answer.sources:
        lines += ["Sources:", *(f"- {source_line(ref)}" for ref in answer.sources)]
    return "\n".join(lines)


def _outcome(answer: TieAnswer) -> str:
    if not answer.winner:
        return "not decided yet"
    return f"{answer.winner} {_OUTCOMES.get(answer.decided_by or '', 'through')}"


def _leg_line(leg: LegItem, position: int) -> str:
    """"Leg 2 (2018-01-24, Santiago Bernabeu): Real Madrid 1-2 Leganes — Benzema; Eraso, Gabriel"."""
    details = ", ".join(part for part in (leg.date, leg.venue) if part)
    label = f"Leg {leg.leg or position}" + (f" ({details})" if details else "")
    score = f"{leg.home} {leg.home_score}-{leg.away_score} {leg.away}"
    extras = (["aet"] if leg.extra_time else []) + (
        [f"{leg.penalties[0]}-{leg.penalties[1]} on penalties"] if leg.penalties else []
    )
    if extras:
        score += f" ({', '.join(extras)})"
    scorers = _scorers(leg)
    return f"{label}: {score}" + (f" — {scorers}" if scorers else "")


def _scorers(leg: LegItem) -> str:
    """Home scorers; away scorers (the score line's order); scorers of no known side last."""
    groups: dict[str, list[str]] = {leg.home: [], leg.away: [], "": []}
    for scorer in leg.scorers:
        found = _SCORER_WITH_TEAM.match(scorer)
        if found and found["team"] in (leg.home, leg.away):
            groups[found["team"]].append(found["player"])
        else:
            groups[""].append(scorer)
    return "; ".join(", ".join(names) for names in groups.values() if names)


# --- news ----------------------------------------------------------------------------------------


def _news(answer: NewsAnswer) -> str:
    if not answer.articles:
        return "No articles stored yet."
    lines = ["Latest news"]
    for number, item in enumerate(answer.articles, start=1):
        lines.append(f"{number}. {source_line(item.article)}")
        if item.summary:
            lines.append(f"   {item.summary}")
    return "\n".join(lines)
