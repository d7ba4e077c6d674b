"""Plain data that flows from the readers through extraction into the store.

Kept free of I/O and of Discord so that every layer (CLI, console, cogs) shares one vocabulary.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class RawArticle:
    """What a reader hands to extraction: the article text plus whatever metadata the file carried."""

    source: str  # the path (or URL) as given
    text: str  # body, normalised: LF line endings, paragraphs separated by blank lines
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None


@dataclass
class Quote:
    speaker: str | None
    text: str
    kind: str = "speech"  # "speech", "post" (an embedded social-media post) or "headline" (quoted in the title)


@dataclass
class Scorer:
    player: str
    team: str | None = None
    minute: int | None = None


@dataclass
class Match:
    home: str
    away: str
    home_score: int
    away_score: int
    competition: str | None = None
    date: str | None = None
    venue: str | None = None
    leg: int | None = None
    scorers: list[Scorer] = field(default_factory=list)
    extra_time: bool = False
    penalties: tuple[int, int] | None = None


@dataclass
class Tie:
    teams: tuple[str, str]
    aggregate: tuple[int, int]
    winner: str | None
    decided_by: str | None  # "aggregate" | "away goals" | "penalties" | None
    competition: str | None = None
    legs: list[Match] = field(default_factory=list)


@dataclass
class Person:
    name: str  # fullest form the article gives
    aliases: list[str] = field(default_factory=list)


@dataclass
class Club:
    name: str  # canonical name
    aliases: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything Pressbox reads out of one article."""

    source: str
    title: str | None
    published: str | None
    url: str | None
    text: str
    quotes: list[Quote] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    clubs: list[Club] = field(default_factory=list)
    summary: str = ""

    def to_json(self) -> dict:
        """The `extract --json` schema (README, "pressbox extract --json")."""

        def match(m: Match) -> dict:
            d = asdict(m)
            d["penalties"] = list(m.penalties) if m.penalties else None
            return d

        return {
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in self.quotes],
            "matches": [match(m) for m in self.matches],
            "ties": [
                {
                    "teams": list(t.teams),
                    "aggregate": list(t.aggregate),
                    "winner": t.winner,
                    "decided_by": t.decided_by,
                    "competition": t.competition,
                }
                for t in self.ties
            ],
            "summary": self.summary,
        }
