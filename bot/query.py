"""Answers to members' commands, as plain data (bot.answers): shared by the CLI, console and cogs.

Names are looked up the same way everywhere (bot.store.names): full name, then alias, then a whole
word of a name ("Ramos", "de Bruyne"), then fuzzy for typos ("Ramoss", "zidan"), accent- and
case-blind throughout. When a name fits several people or clubs, the most prominent one wins (most
quotes, or most ties; then the most recent) and the others are offered as suggestions, unless only
another one has what was asked for (quotes with the keywords, a tie with the other team).

What a member types is read only up to MAX_ARGUMENT_LENGTH characters, and a name is sought only in
its first MAX_NAME_WORDS words: name lookups run on the event loop, so `!quote a a a …` (2,000
characters) must cost a dozen lookups, not a thousand.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.answers import ArticleItem, NewsAnswer, QuoteAnswer, TieAnswer
from bot.store import NameIndex, Store

MAX_SUGGESTIONS = 5
MAX_NAME_WORDS = 6  # the longest name tried when a prefix command's words are split into name and rest
MAX_ARGUMENT_LENGTH = 200  # characters of a name or of keywords that are read; the rest is ignored
BATCH_SIZE = 5  # articles a news channel gets per watcher round; the rest follow in the next rounds
FLOOD_THRESHOLD = 20  # more unposted articles than this at once is a flood: only the newest are posted
FLOOD_POSTS = 3  # how many articles a flood posts, besides the note about the others
MAX_CHOICE_LENGTH = 100  # Discord rejects longer autocomplete choices


async def quotes_for(store: Store, person: str, keywords: str | None = None, limit: int = 25) -> QuoteAnswer:
    """What `person` said, newest first, optionally only quotes containing every keyword."""
    person = _capped(person)
    keywords = _capped(keywords or "").strip() or None
    index = await store.speaker_index()
    found = index.lookup(person)
    if found is None:
        return QuoteAnswer(query=person, keywords=keywords, speaker=None,
                           suggestions=index.suggestions(person, MAX_SUGGESTIONS))
    chosen, quotes = found.entry, []
    for candidate in found.candidates:
        quotes = await store.quotes_by_person(candidate.id, keywords, limit)
        if quotes:
            chosen = candidate
            break
    others = [entry.name for entry in found.candidates if entry is not chosen][:MAX_SUGGESTIONS]
    return QuoteAnswer(query=person, keywords=keywords, speaker=chosen.name, quotes=quotes, suggestions=others)


async def tie_for(store: Store, team: str, other: str | None = None) -> TieAnswer:
    """The latest two-legged tie of `team` (against `other`, when given)."""
    team = _capped(team)
    other = _capped(other or "").strip() or None
    index = await store.tie_club_index()
    teams = index.lookup(team)
    if teams is None:
        return TieAnswer(query=team, other=other, found=False, suggestions=index.suggestions(team, MAX_SUGGESTIONS))
    rivals: tuple = (None,)
    if other is not None:
        opponents = index.lookup(other)
        if opponents is None:
            return TieAnswer(query=team, other=other, found=False,
                             suggestions=index.suggestions(other, MAX_SUGGESTIONS))
        rivals = opponents.candidates
    for club in teams.candidates:
        for rival in rivals:
            tie = await store.latest_tie(club.id, rival.id if rival else None)
            if tie is not None:
                return TieAnswer(
                    query=team, other=other, found=True, teams=tie.teams, aggregate=tie.aggregate,
                    winner=tie.winner, decided_by=tie.decided_by, competition=tie.competition,
                    legs=tie.legs, sources=tie.sources,
                )
    return TieAnswer(query=team, other=other, found=False)


async def latest_news(store: Store, limit: int = 5) -> NewsAnswer:
    return NewsAnswer(articles=await store.latest_articles(limit))


@dataclass(frozen=True)
class Backlog:
    """What a news channel posts next."""

    articles: list[ArticleItem]  # to post, in this order
    older: int  # unposted articles left out of a flood, summed up in one note instead (0: no flood)
    upto: int  # the article id the channel's cursor reaches once all of it is posted


async def channel_backlog(store: Store, after_id: int, batch: int = BATCH_SIZE, flood: int = FLOOD_THRESHOLD,
                          flood_posts: int = FLOOD_POSTS) -> Backlog | None:
    """The next articles for a channel whose cursor is at `after_id`; None when it has had them all.

    Up to `flood` unposted articles: the oldest `batch` of them, in the order they were added. More
    than `flood` (an archive ingested while the bot runs, a day's news after downtime): the newest
    by publication date among them — those of the store's `flood_posts` newest, what `news` lists
    first — oldest of them first, and `older` counts the rest, which the channel does not get.
    """
    pending = await store.articles_after(after_id, limit=flood + 1)
    if not pending:
        return None
    if len(pending) <= flood:
        chosen = pending[:batch]
        return Backlog(chosen, older=0, upto=chosen[-1].article.article_id)
    upto = await store.latest_article_id() or pending[-1].article.article_id
    # Article ids are AUTOINCREMENT and articles are never deleted: the ids after the cursor count them.
    unposted = max(upto - after_id, len(pending))
    newest = [item for item in await store.latest_articles(flood_posts) if after_id < item.article.article_id <= upto]
    newest.reverse()
    return Backlog(newest, older=unposted - len(newest), upto=upto)


async def speaker_choices(store: Store, current: str, limit: int = 25) -> list[str]:
    """Autocomplete for a person: names starting with, then containing, what was typed, then fuzzy.

    Served from an in-memory index that is rebuilt only after new articles: one indexed query per
    keystroke. Empty input: the most quoted people.
    """
    return _choices(await store.speaker_index(), current, limit)


async def team_choices(store: Store, current: str, limit: int = 25) -> list[str]:
    """Autocomplete for a club with ties, as speaker_choices; empty input: the clubs with most ties."""
    return _choices(await store.tie_club_index(), current, limit)


def _choices(index: NameIndex, current: str, limit: int) -> list[str]:
    return [name for name in index.choices(current, limit) if len(name) <= MAX_CHOICE_LENGTH]


async def split_person_and_keywords(store: Store, words: list[str]) -> tuple[str, str | None]:
    """`!quote Sergio Ramos responsible` → ("Sergio Ramos", "responsible"); see `_split_name`."""
    return _split_name(await store.speaker_index(), words)


async def split_teams(store: Store, words: list[str]) -> tuple[str, str | None]:
    """`!tie Real Madrid Leganes` → ("Real Madrid", "Leganes"); see `_split_name`."""
    return _split_name(await store.tie_club_index(), words)


def _capped(text: str) -> str:
    return text[:MAX_ARGUMENT_LENGTH]


def _capped_words(words: list[str]) -> list[str]:
    """The leading words that fit in MAX_ARGUMENT_LENGTH characters (joined by spaces); the rest are ignored."""
    kept: list[str] = []
    length = 0
    for word in words:
        room = MAX_ARGUMENT_LENGTH - length - (1 if kept else 0)
        if room <= 0:
            break
        kept.append(word[:room])
        length += len(kept[-1]) + (1 if len(kept) > 1 else 0)
    return kept


def _split_name(index: NameIndex, words: list[str]) -> tuple[str, str | None]:
    """The longest run of leading words that is a known name is the name, the rest is what follows.

    Exact lookups are tried before fuzzy ones, each from the longest run down, so "Sergio Ramos
    responsible" finds "Sergio Ramos" and "Zidanee responsible" still finds Zidane. Only runs of up
    to MAX_NAME_WORDS words are tried, and only the first MAX_ARGUMENT_LENGTH characters are read:
    at most 2 × MAX_NAME_WORDS lookups, however long the message. When nothing is known, a quoted
    first argument (it holds a space) is the name, else all the words (that were read) are.
    """
    words = _capped_words(words)
    for lookup in (index.exact, index.fuzzy):
        for count in range(min(len(words), MAX_NAME_WORDS), 0, -1):
            if lookup(" ".join(words[:count])):
                return " ".join(words[:count]), " ".join(words[count:]) or None
    if len(words) > 1 and " " in words[0]:
        return words[0], " ".join(words[1:])
    return " ".join(words), None
