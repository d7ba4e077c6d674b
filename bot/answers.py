"""Answers to members' commands, as plain data.

The query layer (`bot.query`) produces these; `bot.render_text` turns them into text for the CLI and
console, and `bot.render_embed` into Discord embeds. Nothing here knows about Discord or SQLite.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceRef:
    """The article a fact came from."""

    article_id: int
    title: str | None
    published: str | None  # YYYY-MM-DD
    source: str  # path or URL as ingested
    url: str | None = None


@dataclass(frozen=True)
class QuoteItem:
    speaker: str
    text: str
    article: SourceRef


@dataclass(frozen=True)
class QuoteAnswer:
    query: str  # the person as the member typed it
    keywords: str | None
    speaker: str | None  # the resolved speaker's full name, None when nobody matched
    quotes: list[QuoteItem] = field(default_factory=list)  # newest first
    suggestions: list[str] = field(default_factory=list)  # nearest names when nothing was found


@dataclass(frozen=True)
class LegItem:
    leg: int | None
    home: str
    away: str
    home_score: int
    away_score: int
    date: str | None
    venue: str | None
    scorers: list[str] = field(default_factory=list)  # "Eraso (Leganes)" style, or plain names
    extra_time: bool = False
    penalties: tuple[int, int] | None = None


@dataclass(frozen=True)
class TieAnswer:
    query: str
    other: str | None
    found: bool
    teams: tuple[str, str] | None = None
    aggregate: tuple[int, int] | None = None
    winner: str | None = None
    decided_by: str | None = None
    competition: str | None = None
    legs: list[LegItem] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleItem:
    article: SourceRef
    summary: str


@dataclass(frozen=True)
class NewsAnswer:
    articles: list[ArticleItem] = field(default_factory=list)  # newest first


@dataclass(frozen=True)
class ErrorAnswer:
    """A member's command that could not be understood (unknown command, missing argument)."""

    message: str
