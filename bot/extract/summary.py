"""A two- or three-sentence summary for a Discord post: the result first when there is one."""
from __future__ import annotations

from ..model import Match, Tie
from .text import paragraphs, sentence_starts

_MAX_CHARS = 600


def _result_line(matches: list[Match], ties: list[Tie]) -> str | None:
    if ties:
        t = ties[0]
        line = f"{t.teams[0]} {t.aggregate[0]}-{t.aggregate[1]} {t.teams[1]} on aggregate"
        if t.winner and t.decided_by:
            line += f": {t.winner} through on {t.decided_by}" if t.decided_by != "aggregate" else f": {t.winner} through"
        return line + "."
    if matches:
        m = matches[0]
        line = f"{m.home} {m.home_score}-{m.away_score} {m.away}"
        if m.competition:
            line += f" ({m.competition})"
        return line + "."
    return None


def summarise(text: str, matches: list[Match], ties: list[Tie]) -> str:
    sentences: list[str] = []
    for par in paragraphs(text)[:3]:
        starts = sentence_starts(par) + [len(par)]
        sentences += [par[a:b].strip() for a, b in zip(starts, starts[1:]) if par[a:b].strip()]
        if len(sentences) >= 2:
            break
    lead = sentences[:2]
    result = _result_line(matches, ties)
    parts = ([result] if result else []) + lead
    out = ""
    for part in parts:
        if len(out) + len(part) + 1 > _MAX_CHARS and out:
            break
        out = f"{out} {part}".strip()
    return out[:_MAX_CHARS]
